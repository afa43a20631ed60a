"""The route's QR code is encoded once per text: the same route comes back as the visitor
switches language or stairs, and encoding its steps costs about 20 ms of a tap."""
from __future__ import annotations

import qrcode
import zxingcpp
from PySide6.QtGui import QImage
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.ui.widgets import qr_code
from kiosk.ui.widgets.qr_code import MASK, QUIET_ZONE, QrCode, qr_matrix


def fresh(text: str) -> list[list[bool]]:
    """The modules as `qrcode` gives them for the kiosk's settings, nothing remembered."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_L, border=QUIET_ZONE,
                         mask_pattern=MASK)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("가나다길층엘리베이터 abcXYZ0129.\n·→"), min_size=1,
               max_size=300))
def test_a_remembered_code_is_the_code_encoded_afresh(text):
    first = qr_matrix(text)
    assert first == fresh(text)
    assert qr_matrix(text) == first  # the second time, from memory: the same modules
    assert all(isinstance(module, bool) for row in first for module in row)


def test_a_text_is_encoded_once_however_often_it_is_shown(monkeypatch):
    made = []
    real = qrcode.QRCode.make
    monkeypatch.setattr(qrcode.QRCode, "make", lambda self, *a, **k: (made.append(1),
                                                                      real(self, *a, **k))[1])
    qr_code._encoded.cache_clear()
    steps = "관장실 가는 길\n1. 엘리베이터를 타고 4층으로 가세요."
    for _ in range(3):
        assert qr_matrix(steps)
    assert qr_matrix("Way to the Director's office")
    assert qr_matrix(steps)
    assert len(made) == 2  # once for each text


def test_a_text_too_long_for_any_code_is_remembered_as_none():
    qr_code._encoded.cache_clear()
    assert qr_matrix("x" * 10_000) == [] == qr_matrix("x" * 10_000)


ROUTE_LIKE = st.text(alphabet=st.sampled_from("가나다길층엘리베이터 계단 오른쪽 왼쪽 abcXYZ0129.\n·→m"),
                     min_size=1, max_size=600)


@settings(max_examples=30, deadline=None)
@given(ROUTE_LIKE)
def test_the_drawn_code_reads_back_as_its_text_at_two_pixels_a_module(qapp, text):
    """One mask for every code (no scoring of eight): what the widget paints, at the least
    size it allows, must still read back as the route, as a phone's camera would read it."""
    widget = QrCode()
    widget.set_text(text)
    widget.resize(widget.minimumSize())
    image = widget.grab().toImage().convertToFormat(QImage.Format_Grayscale8)
    widget.deleteLater()
    read = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [code.text for code in read] == [text]
