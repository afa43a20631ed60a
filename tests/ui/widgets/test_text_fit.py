"""The one fitting function: what it returns fits, and whatever it cuts is counted."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption

from kiosk.ui.widgets import basic, text_fit
from kiosk.wayfinding.directions import walk_text

WORDS = st.lists(st.sampled_from(["안내데스크", "Information", "desk", "02-3677-0371~0372",
                                  "어린이자료실", "a", "Children's", "Room", "·", "W" * 30]),
                 min_size=1, max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=WORDS, width=st.integers(40, 900), lines=st.integers(1, 3))
def test_fitted_lines_fit_and_every_cut_is_counted(qapp, text, width, lines):
    font = QFont()
    font.setPixelSize(28)
    metrics = QFontMetrics(font)
    with text_fit.watch_elisions() as cut:
        out = text_fit.fit(font, text, width, lines)
    assert 1 <= len(out) <= lines
    assert all(metrics.horizontalAdvance(line) <= width for line in out)
    if cut:
        assert cut == [text] and out[-1].endswith("…")
    else:  # nothing lost: the same characters, only broken into lines
        assert "".join(out).replace(" ", "") == text.replace(" ", "")


def test_a_number_shrinks_down_to_its_floor_then_counts(qapp):
    font = QFont()
    font.setPixelSize(64)
    number = "02-3677-0371~0372"
    wide = QFontMetrics(font).horizontalAdvance(number)
    assert text_fit.shrink_to_fit(font, number, wide, 20).pixelSize() == 64
    with text_fit.watch_elisions() as cut:
        smaller = text_fit.shrink_to_fit(font, number, wide * 2 // 3, 20)
        assert 20 < smaller.pixelSize() < 64 and cut == []
        assert text_fit.shrink_to_fit(font, number, 10, 20).pixelSize() == 20
    assert cut == [number]


HANGUL_WORDS = st.lists(st.sampled_from(["종합자료실에서", "도서를", "대출합니다", "길", "안내",
                                         "4층", "관장실(401)", "어린이자료실", "·"]),
                        min_size=1, max_size=8).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(text=HANGUL_WORDS, width=st.integers(40, 700))
def test_korean_breaks_between_words_not_inside_them(qapp, text, width):
    """Qt may break between any two Hangul syllables ("종합자료실에 / 서"): lines break at
    the spaces, inside a word only when that word alone is wider than the line."""
    font = QFont("NanumGothic")
    font.setPixelSize(40)
    metrics = QFontMetrics(font)
    for start in text_fit._line_starts(font, text, width)[1:]:
        if text[start - 1] == " ":
            continue  # between words
        left, right = text.rfind(" ", 0, start) + 1, text.find(" ", start)
        whole = text[left:right if right >= 0 else len(text)]
        # (the layout adds up fractional advances: a word the font measures at exactly the
        # width may lay out a fraction of a pixel wider)
        assert metrics.horizontalAdvance(whole) >= width, f"{whole!r} broken at {width}"


def test_a_label_keeps_korean_words_whole(qapp):
    label = basic.label("종합자료실에서 도서를 대출합니다")
    font = QFont("NanumGothic")
    font.setPixelSize(40)
    label.setFont(font)
    words = QFontMetrics(font).horizontalAdvance("종합자료실에서")
    label.resize(words + 20, 400)
    layout = QTextLayout(label.shown(), font)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(words + 20)
        lines.append(label.shown()[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    shown = [line.strip() for line in lines]
    assert shown == ["종합자료실에서", "도서를", "대출합니다"]
    assert label.text() == "종합자료실에서 도서를 대출합니다"  # as written, for speech
    assert text_fit.narrowest(font, label.shown()) >= words


@settings(max_examples=60, deadline=None)
@given(width=st.integers(60, 700), before=st.sampled_from(["", "안내데스크 ", "Call "]),
       after=st.sampled_from(["", "로 문의해 주세요.", " for help."]))
def test_a_phone_range_breaks_before_its_tilde_never_after(qapp, width, before, after):
    """"0371~ / 0372" read as a number cut short (the accessibility panel at 100 %)."""
    font = QFont("NanumGothic")
    font.setPixelSize(40)
    text = before + text_fit.breakable("02-3677-0371~0372") + after
    for mode in (QTextOption.WordWrap, QTextOption.WrapAtWordBoundaryOrAnywhere):
        starts = text_fit._starts(font, text, width, mode)  # as a label, as a row
        lines = [text[a:b].replace("\u200b", "").strip()
                 for a, b in zip(starts, starts[1:] + [len(text)])]
        assert not any(line.endswith("~") for line in lines), lines


@settings(max_examples=60, deadline=None)
@given(width=st.integers(260, 900), lang=st.sampled_from(["ko", "en"]))
def test_a_long_file_name_breaks_after_its_own_separators(qapp, width, lang):
    """The staff screen's report and a version's folder: "kios / k-report-…" and
    ".../kios / k-directory" where every character was a place to break."""
    font = QFont("NanumGothic")
    font.setPixelSize(40)
    said = {"ko": "보고서를 USB에 저장했습니다: {}", "en": "Report saved on the USB stick: {}"}
    name = "kiosk-report-20261206-181615.txt · USB kiosk-staff-seed-7qusyv4z/kiosk-directory"
    text = text_fit.breakable_anywhere(said[lang].format(name))
    starts = text_fit._starts(font, text, width, QTextOption.WordWrap)
    for at in starts[1:]:
        before = text[:at].replace("\u200b", "").rstrip(" ")
        assert before.endswith(("-", "/", ".")) or text[at - 1] == " ", (
            before[-12:], text[at:].replace("\u200b", "")[:12])


@settings(max_examples=60, deadline=None)
@given(width=st.integers(60, 700), metres=st.floats(3, 999))
def test_a_step_keeps_its_number_and_unit_together(qapp, width, metres):
    font = QFont("NanumGothic")
    font.setPixelSize(40)
    text = walk_text("left", metres, None, None).en
    number = str(round(metres))
    for line in text_fit.wrap(font, text, width):
        if line.startswith("m"):
            assert QFontMetrics(font).horizontalAdvance(f"{number} m.") >= width, text
