"""`python -m kiosk say TEXT`: the kiosk's voice, aloud or into a WAV file, to check audio."""
from __future__ import annotations

import sys
from pathlib import Path


def add_parser(sub) -> None:
    v = sub.add_parser("say", help="speak TEXT aloud, or write it to a WAV file (--out)")
    v.add_argument("text")
    v.add_argument("--lang", choices=("ko", "en"), default="ko")
    v.add_argument("--out", type=Path, help="write a WAV file instead of speaking (not over an existing file)")
    v.set_defaults(func=cmd_say)


def cmd_say(args) -> int:
    from kiosk.speech.engine import Speech, SpeechError, wav_seconds

    if args.out and (args.out.exists() or args.out.is_symlink()):
        print(f"error: {args.out} exists already: give another --out FILE (or delete that "
              f"file)", file=sys.stderr)
        return 2
    speech = Speech()
    try:
        speech.wait_ready(30)
        if speech.can_synthesize and args.out:
            path = speech.save(args.text, args.lang, args.out)
            print(f"{path}  {wav_seconds(path):.2f} s  voice {speech.voices.get(args.lang)}")
            return 0
        if speech.available:
            speech.say(args.text, args.lang)
            speech.wait()
        if not speech.available:  # also when playing failed
            print(f"speech unavailable: {speech.problem}", file=sys.stderr)
            return 2
        return 0
    except SpeechError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        speech.close()
