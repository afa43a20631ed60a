"""How the console window is laid out and styled: the parts it is built of (header, open
calls with their three actions, kiosks, messages, today's history, status bar), their sizes
at the desk's zoom, and the style sheet. The window (window.py) keeps the behaviour."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from kiosk.directory.strings import tr
from kiosk.ui.console.call_list import DESK_ZOOM, CallListModel, call_view, large_text
from kiosk.ui.console.messages_panel import MessagesPanel
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.fitted_text import FitLabel, WrapButton
from kiosk.ui.widgets.flow_rows import FlowRows
from kiosk.ui.widgets.more_below import MoreBelow


def build(w: QWidget, actions_table) -> None:
    """Creates the console window `w`'s parts as its attributes (the window and the tests
    name them), one action button for each row of `actions_table`."""
    w.header = QWidget(objectName="Header")
    w.header.setAttribute(Qt.WA_StyledBackground, True)
    w.title = label()
    w.attendant_label = FitLabel(max_lines=2)  # a name of 100 letters: two lines, then "…"
    w.lang_button = button(role="chrome", name="LanguageButton")
    w.lang_button.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Preferred)
    w.lang_button.clicked.connect(
        lambda: w.set_language("en" if w.ctx.language == "ko" else "ko"))
    head = QHBoxLayout(w.header)
    head.addWidget(w.title, 1)
    head.addWidget(w.attendant_label)
    head.addWidget(w.lang_button)
    w._head = head

    w.connection_banner = label(role="alert")
    w.connection_banner.setObjectName("ConnectionBanner")
    w.sound_banner = label(role="warn")
    w.sound_banner.setObjectName("SoundBanner")

    w.calls_panel = QWidget(objectName="CallsPanel")
    w.open_heading = label(role="heading")
    w.open_heading.setObjectName("OpenHeading")
    w.open_model = CallListModel(w.ctx, closed=False, parent=w)
    w.calls_view = call_view(w.ctx, w.open_model, "OpenCalls", selectable=True)
    w.calls_view.selectionModel().selectionChanged.connect(w._selection_changed)
    w.selected_label = FitLabel(max_lines=3, role="muted")  # its row above says it all
    w.selected_label.setObjectName("SelectedCall")
    w.action_buttons = {}
    actions = FlowRows()  # side by side where they fit, else in two rows or three
    for action, name, _key, _states in actions_table:
        b = WrapButton()  # its words wrap: three side by side fit a narrow screen at 200 %
        b.setProperty("role", "action")
        b.setObjectName(name)
        b.setFocusPolicy(Qt.StrongFocus)  # a desk PC: mouse and keyboard alike
        b.clicked.connect(lambda _=False, a=action: w.act(a))
        w.action_buttons[action] = b
        actions.add(b)
    w._actions_row = actions
    left = QVBoxLayout(w.calls_panel)
    left.setContentsMargins(0, 0, 0, 0)
    left.addWidget(w.open_heading)
    left.addWidget(w.calls_view, 1)
    left.addWidget(w.selected_label)
    left.addLayout(actions)
    w._left = left

    w.kiosk_panel = QFrame()
    w.kiosk_panel.setProperty("role", "panel")
    w.kiosk_heading = label(role="heading")
    w.offline_label = label()
    w.offline_label.setObjectName("OfflineKiosks")
    panel = QVBoxLayout(w.kiosk_panel)
    panel.addWidget(w.kiosk_heading)
    panel.addWidget(w.offline_label)
    w._panel = panel
    w.today_heading = label(role="heading")
    w.history_model = CallListModel(w.ctx, closed=True, parent=w)
    w.history_view = call_view(w.ctx, w.history_model, "TodayCalls",
                              selectable=False)
    w.history_empty = label(role="muted")
    w.messages = MessagesPanel(w.ctx, w.adapter)
    right = QVBoxLayout()
    right.addWidget(w.kiosk_panel)
    right.addWidget(w.messages, 1)
    right.addWidget(w.today_heading)
    right.addWidget(w.history_empty)
    right.addWidget(w.history_view, 1)
    w._right = right

    # The kiosks, messages and history scroll as one where the window is short for them
    # (large text): squeezed instead, a wrapped label was drawn over the heading above it.
    side = QWidget(objectName="SidePanels")
    side.setLayout(right)
    right.setContentsMargins(0, 0, 0, 0)
    w.side_scroll = QScrollArea(objectName="SideScroll")
    w.side_scroll.setWidget(side)
    w.side_scroll.setWidgetResizable(True)
    w.side_scroll.setFrameShape(QFrame.NoFrame)
    w.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    # Over what its bottom edge would cut.
    w.side_more = MoreBelow(w.side_scroll, w.theme,
                            lambda: tr("console.more_below.side", w.ctx.language))
    body = QHBoxLayout()
    body.addWidget(w.calls_panel, 3)
    body.addWidget(w.side_scroll, 2)
    w._body = body

    # Large text on a narrow screen: the calls and the rest take turns, each the whole
    # width; two buttons say what each holds, and its warnings (pages.py).
    w.page_bar = QWidget(objectName="PageBar")
    w.page_buttons = {}
    bar = QHBoxLayout(w.page_bar)
    bar.setContentsMargins(0, 0, 0, 0)
    for page in ("calls", "side"):
        b = WrapButton()
        b.setProperty("role", "page")
        b.setObjectName(f"{page.title()}PageButton")
        b.setCheckable(True)
        b.setFocusPolicy(Qt.StrongFocus)
        b.clicked.connect(lambda _=False, p=page: w.show_page(p))
        w.page_buttons[page] = b
        bar.addWidget(b, 1)
    w._page_bar = bar

    w.status_bar = QWidget(objectName="StatusBar")
    w.status_bar.setAttribute(Qt.WA_StyledBackground, True)
    w.status_label = FitLabel(max_lines=2)  # a broker's long address: the banner says why
    w.status_label.setObjectName("StatusLine")
    w.sound_status = label(role="muted")
    status = QHBoxLayout(w.status_bar)
    status.addWidget(w.status_label, 1)
    status.addWidget(w.sound_status)
    w._status = status

    outer = QVBoxLayout(w)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addWidget(w.header)
    w._content = QVBoxLayout()
    w._content.addWidget(w.connection_banner)
    w._content.addWidget(w.sound_banner)
    w._content.addWidget(w.page_bar)
    w._content.addLayout(body, 1)
    outer.addLayout(w._content, 1)
    outer.addWidget(w.status_bar)


def bar_px(theme: Theme):
    """Sizes of the bars, the banners and the headings, already large: magnified up to 150 %
    of the desk's, as the kiosk's own bars (Theme.capped_px), so that at 200 % the calls keep
    the height for three of them on a 1024 px screen."""
    return lambda units: max(1, round(units * min(theme.zoom, 1.5 * DESK_ZOOM)))


def stylesheet(theme: Theme) -> str:
    p, px, bar = theme.palette, theme.px, bar_px(theme)
    large = large_text(theme)
    return theme.stylesheet() + f"""
        #ConsoleWindow, #SidePanels, #SideScroll {{ background: {p.background}; }}
        #Header QLabel {{ font-size: {bar(34)}px; }}
        #Header QPushButton[role="chrome"] {{ font-size: {bar(30)}px; }}
        #StatusBar {{ background: {p.surface_alt}; border-top: 1px solid {p.border}; }}
        #StatusBar QLabel {{ font-size: {bar(26)}px; }}
        QLabel[role="heading"] {{ font-size: {bar(36)}px; }}
        QLabel[role="alert"] {{ background: {p.help}; color: {p.help_text};
            font-size: {bar(34)}px; font-weight: bold; padding: {px(14)}px {px(24)}px;
            border-radius: {px(12)}px; }}
        QLabel[role="warn"] {{ background: {p.highlight}; color: {p.highlight_text};
            font-size: {bar(28)}px; font-weight: bold; padding: {px(10)}px {px(24)}px;
            border-radius: {px(12)}px; }}
        QPushButton[role="page"] {{ font-size: {bar(26)}px; font-weight: bold;
            min-height: {px(40)}px; padding: {px(8)}px {px(16)}px; }}
        QPushButton[role="page"]:checked {{ background: {p.primary}; color: {p.primary_text};
            border: {px(2)}px solid {p.primary}; }}
        QLabel[state="ok"] {{ color: {p.presence_in}; font-weight: bold; }}
        QLabel[state="bad"] {{ color: {p.help}; font-weight: bold; }}
        QLabel#OfflineKiosks[state="bad"] {{ font-size: {px(30)}px; }}
        QListView:focus {{ border: {px(3)}px solid {p.primary}; }}
        QPushButton[role="action"] {{ font-size: {px(26 if large else 32)}px;
            font-weight: bold; min-height: {px(48 if large else 110)}px; }}
        QPushButton[role="action"][next="true"] {{ background: {p.primary};
            color: {p.primary_text}; border: {px(2)}px solid {p.primary}; }}
        """


def space_out(w: QWidget) -> None:
    """Margins and spacings at the theme's zoom."""
    px = w.theme.px
    pad = px(6) if w.ctx.large else px(14)  # its words are tall enough at large text
    w._head.setContentsMargins(px(28), pad, px(20), pad)
    w._head.setSpacing(px(24))
    w._content.setContentsMargins(px(24), px(18), px(24), px(18))
    w._content.setSpacing(px(8 if w.ctx.large else 14))
    w._body.setSpacing(px(28))
    # Larger text: the open calls take more of the width, their rows wrapping onto fewer
    # lines; the kiosks, messages and history beside them wrap onto more.
    large = w.ctx.large
    w._body.setStretch(0, 2 if large else 3)
    w._body.setStretch(1, 1 if large else 2)
    # The selected call's line repeats its row, which shows whole: at larger text it keeps
    # two lines, so the window, with the "not connected" banner, still fits a 1080 px screen.
    w.selected_label.max_lines = 2 if large else 3
    w.selected_label.updateGeometry()
    # The open calls' list asks no more than a row's first lines: the rest of the height
    # is the window's to give (Qt's own least for a list is a third taller at 200 %).
    w.calls_view.setMinimumHeight(px(100))
    w._left.setSpacing(px(8 if w.ctx.large else 12))
    w._page_bar.setSpacing(px(12))
    w._right.setSpacing(px(12))
    w._actions_row.setSpacing(px(16))
    w._panel.setContentsMargins(px(20), px(14), px(20), px(16))
    w._status.setContentsMargins(px(24), px(8), px(24), px(8))
    w.messages.box.setSpacing(px(8))
    for view in (w.calls_view, w.history_view, w.messages.view):
        view.setSpacing(px(2 if w.ctx.large else 3))
        view.doItemsLayout()