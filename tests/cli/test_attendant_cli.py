"""`python -m kiosk attendant`: no password on its command line; the desk PC's account file."""
from __future__ import annotations

import argparse

from kiosk.cli import attendant


def parsed(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default=None)
    attendant.add_parser(parser.add_subparsers())
    return parser.parse_args(["attendant", *argv])


def test_the_password_comes_from_the_environment_or_a_file_never_the_command_line(
        monkeypatch, capsys, tmp_path):
    """A command line is visible to every user of the PC (ps); the environment is not."""
    calls = []
    monkeypatch.setattr(attendant, "has_display", lambda: True)
    monkeypatch.setattr("kiosk.ui.console.app.run", lambda *args: calls.append(args) or 0)
    monkeypatch.setenv("KIOSK_CONSOLE_PASSWORD", "from-env")
    args = parsed(["--broker", "127.0.0.1:1884", "--user", "desk-2", "--name", "Kim"])
    assert args.func(args) == 0
    assert calls[-1][:4] == ("127.0.0.1:1884", "desk-2", "from-env", "Kim")
    args = parsed(["--account-file", str(tmp_path / "desk-2.console.toml"), "--name", "Kim"])
    assert args.func(args) == 0 and calls[-1][5] == tmp_path / "desk-2.console.toml"
    count = len(calls)
    args = parsed(["--user", "desk-2", "--password", "given"])
    assert args.func(args) == attendant.BAD_SETTING and len(calls) == count  # refused
    assert "--account-file" in capsys.readouterr().err


def test_a_name_kiosks_would_refuse_is_refused_at_start(monkeypatch, capsys):
    """Kiosks refuse every answer whose attendant breaks the rule (docs/alerts.md): a console
    started with such a name would be ignored by all of them, so it does not start."""
    calls = []
    monkeypatch.setattr(attendant, "has_display", lambda: True)
    monkeypatch.setattr("kiosk.ui.console.app.run", lambda *args: calls.append(args) or 0)
    for name in ("K" * 101, "Kim\x1b[2J", "Kim\u202e", "Kim\u200b", "FAKE\nNOTICE",
                 "K" * 21, "Desk 2", "호출이 취소되었습니다. 02-0000-0000으로 전화하세요"):
        args = parsed(["--user", "desk-2", "--name", name])
        assert args.func(args) == attendant.BAD_SETTING and not calls
        assert "kiosks refuse every answer" in capsys.readouterr().err
    for name in ("김민지", "Kim Lee-Park"):
        args = parsed(["--user", "desk-2", "--name", name])
        assert args.func(args) == 0
    assert [c[3] for c in calls] == ["김민지", "Kim Lee-Park"]


def test_an_empty_or_blank_name_is_refused_with_what_to_give(monkeypatch, capsys):
    """The visitor is told who is coming: a console without a name (or with one that shows
    nothing: spaces, the Hangul filler, a control character alone) does not start."""
    calls = []
    monkeypatch.setattr(attendant, "has_display", lambda: True)
    monkeypatch.setattr("kiosk.ui.console.app.run", lambda *args: calls.append(args) or 0)
    for argv, says in (([], "--name is empty"), (["--name", ""], "--name is empty"),
                       (["--name", "   "], "shows nothing"),
                       (["--name", "\u3164\u3000"], "shows nothing"),
                       (["--name", "\x07"], "control character U+0007"),
                       (["--name", "\t"], "control character U+0009")):
        args = parsed(["--user", "desk-2", *argv])
        assert args.func(args) == attendant.BAD_SETTING and not calls, argv
        err = capsys.readouterr().err
        assert says in err and "Give the attendant's name" in err, err


def test_the_desk_pc_s_unit_does_not_restart_on_a_wrong_setting(monkeypatch):
    """An empty KIOSK_ATTENDANT_NAME used to restart the console every 5 s for ever; a missing
    display (the session not up yet) is still retried."""
    from pathlib import Path
    unit = (Path(__file__).resolve().parents[2] / "deploy" / "console"
            / "library-kiosk-attendant.service").read_text(encoding="utf-8")
    assert f"RestartPreventExitStatus={attendant.BAD_SETTING}" in unit.splitlines()
    assert "Restart=on-failure" in unit.splitlines()
    monkeypatch.setattr(attendant, "has_display", lambda: False)
    args = parsed(["--user", "desk-2", "--name", "Kim"])
    assert args.func(args) == 2 != attendant.BAD_SETTING


def test_the_readme_and_the_help_give_the_name_rule_the_command_checks():
    """README said "1 to 100 characters" (the wire's limit), --help "1-20 letters"; the
    command refuses a name of more than MAX_PERSON_NAME, and digits."""
    from pathlib import Path

    from kiosk.calls.wire_check import MAX_PERSON_NAME

    parser = argparse.ArgumentParser()
    attendant.add_parser(parser.add_subparsers())
    shown = " ".join(parser._subparsers._group_actions[0].choices["attendant"]
                     .format_help().split())
    assert f"a person's name of 1-{MAX_PERSON_NAME} characters: letters, spaces" in shown
    readme = " ".join((Path(__file__).parents[2] / "README.md").read_text("utf-8").split())
    assert f"a person's name of 1 to {MAX_PERSON_NAME} characters (letters, spaces" in readme
    assert "1 to 100 characters on one line" not in readme
