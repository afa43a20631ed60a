"""An attendant's name with a letter and many stacked combining marks draws a black smear
over the visitor's screen: the one name check (answers, call states, presence, `--name`)
refuses more than MAX_MARKS on one letter, and the schema says the same for the mark blocks
it names."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.calls import protocol as proto
from kiosk.calls import wire_check as wire
from kiosk.calls.presence_message import parse_presence, presence_payload
from kiosk.calls.wire_check import MAX_MARKS, ProtocolError

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "alerts.schema.json").read_text())
NAME = jsonschema.Draft202012Validator({"$defs": SCHEMA["$defs"],
                                        "$ref": "#/$defs/attendant"})
MARKS = st.sampled_from("\u0301\u0323\u0302\u0308\u20dd\u1ab0\u1dc0\ufe0f\ufe20")


@given(base=st.sampled_from("Kae김"), marks=st.lists(MARKS, max_size=6))
def test_more_than_two_marks_on_a_letter_are_refused_by_kiosk_and_schema(base, marks):
    name = "Kim " + base + "".join(marks)
    fits = len(marks) <= MAX_MARKS
    if fits:
        assert wire.attendant(name) == name
    else:
        with pytest.raises(ProtocolError, match="combining marks"):
            wire.attendant(name)
    assert NAME.is_valid(name) == fits


def test_the_outsiders_name_is_refused_everywhere_a_name_comes():
    zalgo = "K" + "\u0301" * 99
    with pytest.raises(ProtocolError):  # an answer
        wire.answer({"attendant": zalgo, "at": 1.0})
    with pytest.raises(ProtocolError):  # a console's presence
        parse_presence(proto.presence_topic("console", "desk-4"), presence_payload(
            "console", "desk-4", True, zalgo, 10, beat=("s", 1)))
    with pytest.raises(ProtocolError):  # `attendant --name`
        wire.attendant(zalgo, "--name", required=True)
    assert wire.attendant("Nguyễn Thị Ánh") and wire.attendant("e\u0323\u0302")  # two: fine
