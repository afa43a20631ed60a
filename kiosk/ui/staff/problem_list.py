"""What is wrong with a bundle, one row per problem: where (file and row), what, and how to
fix it. Rows are as tall as their wrapped words need, so no message is cut short."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QListView, QStyledItemDelegate

from kiosk.directory.strings import tr
from kiosk.ui.widgets.basic import kinetic
from kiosk.ui.widgets.rows_below import StripList
from kiosk.ui.widgets.row_ground import paint_rule

PROBLEM_ROLE = Qt.UserRole + 1
SEVERITY_KEYS = {"error": "staff.problem.error", "warning": "staff.problem.warning"}


def where(problem, lang: str) -> str:
    if problem.line is None:
        return problem.place(lang)
    return tr("staff.problem.where", lang, file=problem.place(lang), line=problem.line)


def lines(problem, lang: str) -> tuple[str, str, str]:
    head = f"{tr(SEVERITY_KEYS.get(problem.severity, 'staff.problem.error'), lang)}  " \
           f"{where(problem, lang)}"
    return (head, problem.message.get(lang),
            tr("staff.problem.fix", lang, fix=problem.fix.get(lang)))


class ProblemListModel(QAbstractListModel):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.problems: list = []

    def set_problems(self, problems) -> None:
        self.beginResetModel()
        # Errors first: they are what stops the update.
        self.problems = sorted(problems, key=lambda p: p.severity != "error")
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.problems):
            return None
        problem = self.problems[index.row()]
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return ". ".join(lines(problem, self.session.language))
        if role == PROBLEM_ROLE:
            return problem
        return None


class ProblemDelegate(QStyledItemDelegate):
    FONTS = ((26, True), (28, False), (24, False))

    def __init__(self, theme, session, view: QListView):
        super().__init__(view)
        self.theme, self.session, self.view = theme, session, view

    def _width(self) -> int:
        return max(self.theme.px(200), self.view.viewport().width() - 2 * self.theme.px(20))

    def _blocks(self, problem):
        width = self._width()
        out = []
        for text, (size, bold) in zip(lines(problem, self.session.language), self.FONTS):
            font = self.theme.font(size, bold)
            height = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000),
                                                     Qt.TextWordWrap, text).height()
            out.append((text, font, height))
        return out

    def sizeHint(self, option, index) -> QSize:
        blocks = self._blocks(index.data(PROBLEM_ROLE))
        pad = self.theme.px(20)
        return QSize(self._width(), sum(h for _t, _f, h in blocks) + 2 * pad
                     + self.theme.px(8) * 2)

    def paint(self, painter: QPainter, option, index) -> None:
        problem = index.data(PROBLEM_ROLE)
        theme, px = self.theme, self.theme.px
        painter.save()
        rect = option.rect
        pad = px(20)
        paint_rule(painter, theme, rect)
        colors = ("help" if problem.severity == "error" else "presence_away", "text", "text_muted")
        y = rect.top() + pad
        for (text, font, height), color in zip(self._blocks(problem), colors):
            painter.setFont(font)
            painter.setPen(theme.color(color))
            painter.drawText(QRect(rect.left() + pad, y, rect.width() - 2 * pad, height),
                             Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop, text)
            y += height + px(8)
        painter.restore()


def problem_view(theme, session, model: ProblemListModel) -> QListView:
    view = StripList(objectName="ProblemList")
    # A row under the first that the bottom edge would slice lies under "▼ 2 more below".
    view.strip = (theme, lambda below: session.tr("staff.more_below.rows", n=below))
    view.setModel(model)
    view.setItemDelegate(ProblemDelegate(theme, session, view))
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    view.setSelectionMode(QListView.NoSelection)
    # Magnified, a row of many lines is taller than the list: it shows from its top and
    # scrolls through by pixels (kinetic), as search's answers do (widgets/touch_list.py).
    view.rows_whole = False
    view.setFocusPolicy(Qt.TabFocus)
    view.setResizeMode(QListView.Adjust)  # rows re-measured when the width changes
    kinetic(view)
    theme.changed.connect(view.doItemsLayout)
    session.language_changed.connect(view.doItemsLayout)
    return view
