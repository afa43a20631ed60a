"""Long text reaches espeak-ng in pieces it can take (speech/pieces.py): one utterance of
more than about 16 KB of UTF-8 crashed the whole process."""
from __future__ import annotations

import wave

from hypothesis import given
from hypothesis import strategies as st

from kiosk.speech.pieces import PIECE_BYTES, join_wavs, pieces


def test_short_text_is_one_piece():
    assert pieces("  안녕하세요. 반갑습니다.  ") == ["안녕하세요. 반갑습니다."]


def test_long_text_is_cut_at_sentence_ends():
    sentence = "열람실은 오전 아홉 시에 문을 엽니다. "
    parts = pieces(sentence * 400)
    assert len(parts) > 1
    assert all(len(p.encode("utf-8")) <= PIECE_BYTES for p in parts)
    assert all(p.endswith("엽니다.") for p in parts)


def test_text_without_sentence_ends_is_cut_at_spaces_then_anywhere():
    words = pieces("가나다 " * 3000)
    assert all(p.endswith("가나다") and p.startswith("가") for p in words)
    one_word = pieces("가" * 6000, limit=3001)
    assert [len(p) for p in one_word] == [1000, 1000, 1000, 1000, 1000, 1000]


@given(st.text(max_size=600), st.integers(min_value=4, max_value=200))
def test_pieces_keep_every_word_in_order_and_fit(text, limit):
    parts = pieces(text, limit)
    assert all(p and p == p.strip() for p in parts)
    assert all(len(p.encode("utf-8")) <= limit for p in parts)
    assert "".join("".join(p.split()) for p in parts) == "".join(text.split())


def test_joined_wavs_play_one_after_another(tmp_path):
    files = []
    for n, frames in enumerate((100, 250)):
        files.append(tmp_path / f"{n}.wav")
        with wave.open(str(files[-1]), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(22050)
            w.writeframes(bytes([n + 1, 0]) * frames)
    join_wavs(files, tmp_path / "all.wav")
    with wave.open(str(tmp_path / "all.wav"), "rb") as w:
        assert w.getnframes() == 350 and w.getframerate() == 22050
        assert w.readframes(350) == b"\x01\x00" * 100 + b"\x02\x00" * 250
