"""The library's rows: a model of every module and lesson in course order, and a delegate that
draws each row as its slice of a module's card and measures it with font metrics (see
``lesson_list``, the view that shows them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from caregiver_app.lessons import Lesson, Module
from caregiver_app.ui.widgets.text import Level
from caregiver_app.ui.widgets.theme import HEADING_SCALES, palette, scaled_font

Index = QModelIndex | QPersistentModelIndex
LESSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # a lesson's line under its title; a module's summary
LESSON_FONT_FACTOR = 1.1  # lesson titles a little larger than the text around them

# Geometry, in pixels, as the cards and buttons had it.
CARD_GAP = 16  # between one module's card and the next
CARD_PAD_X = 18
CARD_PAD_TOP = 14
CARD_PAD_BOTTOM = 14
CARD_RADIUS = 10
SUMMARY_GAP = 6  # between a module's title and its summary
HEADER_GAP = 8  # between a module's summary and its first lesson
ROW_GAP = 6  # between two lessons
ROW_PAD = 10  # inside a lesson's box
ROW_RADIUS = 8
ARROW = 12  # the triangle before a lesson's title, at least
ARROW_GAP = 10
LINE_GAP = 2  # between a lesson's title and its line below
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


@dataclass(frozen=True)
class Row:
    """One row of the list: a module's header, or one of its lessons."""

    module: Module
    lesson: Lesson | None = None
    first_module: bool = False
    last_in_module: bool = False


class LessonListModel(QAbstractListModel):
    """The rows in course order. A lesson's line (minutes, progress, summary) is set from the
    outside as progress changes."""

    def __init__(self, modules: Sequence[Module], parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Row] = []
        for number, module in enumerate(modules):
            self.rows.append(
                Row(module, first_module=number == 0, last_in_module=not module.lessons)
            )
            for position, lesson in enumerate(module.lessons):
                last = position == len(module.lessons) - 1
                self.rows.append(Row(module, lesson, last_in_module=last))
        self.row_of = {row.lesson.id: number for number, row in enumerate(self.rows) if row.lesson}
        self.module_row = {
            row.module.id: number for number, row in enumerate(self.rows) if row.lesson is None
        }
        self._details: dict[str, str] = {}

    def detail(self, lesson_id: str) -> str:
        return self._details.get(lesson_id, "")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.AccessibleTextRole and row.lesson is None:
            # Said as a module's title, not as one more item: "Module: Warning signs".
            return self.tr("Module: %1").replace("%1", row.module.title)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.lesson.title if row.lesson else row.module.title
        if role in (DETAIL_ROLE, Qt.ItemDataRole.AccessibleDescriptionRole):
            if row.lesson is None:
                return row.module.summary
            return self._details.get(row.lesson.id, "")
        if role == LESSON_ID_ROLE:
            return row.lesson.id if row.lesson else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].lesson is None:  # a header: read, not chosen
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_details(self, details: dict[str, str]) -> None:
        """Each lesson's line under its title; rows whose line changed are redrawn."""
        changed = [
            self.row_of[lesson_id]
            for lesson_id, detail in details.items()
            if lesson_id in self.row_of and self._details.get(lesson_id) != detail
        ]
        self._details.update(details)
        if changed:
            self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))


class RowsView(Protocol):
    """What the delegate needs of the list it draws for."""

    row_width: int
    hovered_row: int  # the row under the pointer, or -1
    list_model: LessonListModel

    def row(self, number: int) -> Row: ...
    def detail(self, lesson_id: str) -> str: ...
    def font(self) -> QFont: ...
    def hasFocus(self) -> bool: ...
    def isVisible(self) -> bool: ...
    def currentIndex(self) -> QModelIndex: ...


class LessonDelegate(QStyledItemDelegate):
    """Draws a row as its slice of a module's card, and measures it with font metrics."""

    def __init__(self, view: RowsView, parent: QObject | None = None):
        super().__init__(parent)
        self._view = view
        self._heights: dict[tuple[int, int], int] = {}  # (row, width) -> height
        self._totals: dict[int, int] = {}  # width -> the height of every row
        self.estimated = False  # a row was given its unwrapped height (see sizeHint)
        self.set_base_font(view.font())

    def set_base_font(self, base: QFont) -> None:
        """The body text's font; a module's title and the lessons are drawn a little larger."""
        self.heading_font = scaled_font(base, HEADING_SCALES[Level.SECTION], bold=True)
        self.summary_font = QFont(base)
        self.lesson_font = scaled_font(base, LESSON_FONT_FACTOR)
        self._metrics = {
            id(font): QFontMetrics(font)
            for font in (self.heading_font, self.summary_font, self.lesson_font)
        }
        self._one_line: dict[tuple[int, str], int] = {}  # (font, text) -> its width on one line
        # The triangle before a lesson's title grows with the text, as the title does.
        self.arrow = max(ARROW, round(self._metrics[id(self.lesson_font)].height() * 0.5))
        self.forget_sizes()

    def forget_sizes(self) -> None:
        self._heights.clear()
        self._totals.clear()
        self._unwrapped: int | None = None

    # --- measuring -----------------------------------------------------------------------

    def text_height(self, font: QFont, width: int, text: str) -> int:
        """How tall ``text`` is, wrapped at ``width``, in one of this delegate's fonts."""
        metrics = self._metrics[id(font)]
        # Most titles and lines fit on one line: its width is measured once, not wrapped again
        # at each width the page's layout tries.
        key = (id(font), text)
        one_line = self._one_line.get(key)
        if one_line is None:
            one_line = self._one_line[key] = metrics.horizontalAdvance(text)
        if one_line < width and "\n" not in text:
            return metrics.height()
        return metrics.boundingRect(QRect(0, 0, width, 1_000_000), WRAP, text).height()

    def unwrapped_height(self) -> int:
        """Every row's height if no text wrapped: a quick stand-in while the width settles."""
        if self._unwrapped is None:
            rows = range(len(self._view.list_model.rows))
            self._unwrapped = sum(self.unwrapped_row_height(row) for row in rows)
        return self._unwrapped

    def unwrapped_row_height(self, row_number: int) -> int:
        """One row's height if none of its text wrapped: no text is measured."""
        row = self._view.row(row_number)
        if row.lesson is None:
            heading = self._metrics[id(self.heading_font)].height()
            summary = self._metrics[id(self.summary_font)].height()
            height = 0 if row.first_module else CARD_GAP
            height += CARD_PAD_TOP + heading + (SUMMARY_GAP + summary if row.module.summary else 0)
            return height + (CARD_PAD_BOTTOM if row.last_in_module else HEADER_GAP)
        line = self._metrics[id(self.lesson_font)].height()
        height = 2 * ROW_PAD + 2 * line + LINE_GAP
        return height + (CARD_PAD_BOTTOM if row.last_in_module else ROW_GAP)

    def total_height(self, width: int) -> int:
        """The height of every row at ``width``: the list's own height."""
        total = self._totals.get(width)
        if total is None:
            rows = range(len(self._view.list_model.rows))
            total = self._totals[width] = sum(self.row_height(row, width) for row in rows)
        return total

    def height_measuring_first(self, width: int, measured_px: int) -> int:
        """The height of every row at ``width``, measuring rows only until ``measured_px`` is
        reached and estimating the rest (``unwrapped_row_height``); exact if all fit in it."""
        total = self._totals.get(width)
        if total is not None:
            return total
        rows = len(self._view.list_model.rows)
        total = row = 0
        while row < rows and total <= measured_px:
            total += self.row_height(row, width)
            row += 1
        if row == rows:
            self._totals[width] = total
        return total + sum(self.unwrapped_row_height(later) for later in range(row, rows))

    def row_height(self, row_number: int, width: int) -> int:
        key = (row_number, width)
        height = self._heights.get(key)
        if height is None:
            height = self._measure(self._view.row(row_number), width)
            self._heights[key] = height
        return height

    def _measure(self, row: Row, width: int) -> int:
        text_width = max(40, width - 2 * CARD_PAD_X)
        if row.lesson is None:
            height = 0 if row.first_module else CARD_GAP
            height += CARD_PAD_TOP + self.text_height(
                self.heading_font, text_width, row.module.title
            )
            if row.module.summary:
                summary = self.text_height(self.summary_font, text_width, row.module.summary)
                height += SUMMARY_GAP + summary
            return height + (CARD_PAD_BOTTOM if row.last_in_module else HEADER_GAP)
        inner = self.lesson_text_width(width)
        detail = self._view.detail(row.lesson.id)
        box = 2 * ROW_PAD + self.text_height(self.lesson_font, inner, row.lesson.title)
        if detail:
            box += LINE_GAP + self.text_height(self.lesson_font, inner, detail)
        return box + (CARD_PAD_BOTTOM if row.last_in_module else ROW_GAP)

    def lesson_text_width(self, row_width: int) -> int:
        """The width a lesson's title and line wrap at, in a row ``row_width`` wide: the same
        when measuring and drawing, or a line drawn would not be a line measured."""
        return max(40, row_width - 2 * CARD_PAD_X - 2 * ROW_PAD - self.arrow - ARROW_GAP)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.row_width  # viewport() from Python costs 25 µs; asked per row
        if not self._view.isVisible():
            # Laid out while the window is being built, at a width it will not have: an
            # estimate, until the list is shown and lays its rows out again (``showEvent``).
            self.estimated = True
            return QSize(width, self.unwrapped_row_height(index.row()))
        return QSize(width, self.row_height(index.row(), width))

    # --- drawing -------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = self._view.row(index.row())
        colours = palette()
        rect = option.rect
        card = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        top_gap = CARD_GAP if row.lesson is None and not row.first_module else 0
        card.setTop(card.top() + top_gap)
        # The card is drawn whole and cut to this row: rounded only where it starts and ends.
        reach = 2 * CARD_RADIUS
        shape = QRectF(card)
        if row.lesson is not None:
            shape.setTop(shape.top() - reach)
        if not row.last_in_module:
            shape.setBottom(shape.bottom() + reach)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(rect.adjusted(0, top_gap, 0, 0))
        painter.setPen(QPen(QColor(colours.border), 1))
        painter.setBrush(QColor(colours.surface))
        painter.drawRoundedRect(shape, CARD_RADIUS, CARD_RADIUS)
        painter.restore()
        content = rect.adjusted(CARD_PAD_X, top_gap, -CARD_PAD_X, 0)
        if row.lesson is None:
            self._paint_header(painter, row, content)
        else:
            self._paint_lesson(painter, option, index, row, content)

    def _paint_header(self, painter: QPainter, row: Row, content: QRect) -> None:
        heading_font, summary_font = self.heading_font, self.summary_font
        colours = palette()
        painter.save()
        top = content.top() + CARD_PAD_TOP
        painter.setPen(QColor(colours.ink))
        painter.setFont(heading_font)
        title_height = self.text_height(heading_font, content.width(), row.module.title)
        painter.drawText(QRect(content.left(), top, content.width(), title_height), WRAP,
                         row.module.title)  # fmt: skip
        if row.module.summary:
            top += title_height + SUMMARY_GAP
            painter.setPen(QColor(colours.muted))
            painter.setFont(summary_font)
            height = self.text_height(summary_font, content.width(), row.module.summary)
            painter.drawText(QRect(content.left(), top, content.width(), height), WRAP,
                             row.module.summary)  # fmt: skip
        painter.restore()

    def _paint_lesson(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, row: Row,
        content: QRect,
    ) -> None:  # fmt: skip
        assert row.lesson is not None
        colours = palette()
        gap_below = CARD_PAD_BOTTOM if row.last_in_module else ROW_GAP
        box = QRectF(content.adjusted(0, 0, 0, -gap_below)).adjusted(0.5, 0.5, -0.5, -0.5)
        hovered = index.row() == self._view.hovered_row
        focused = self._view.hasFocus() and index == self._view.currentIndex()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = colours.accent if focused else colours.group_edge if hovered else colours.border
        painter.setPen(QPen(QColor(edge), 2 if focused else 1))
        painter.setBrush(QColor(colours.hover if hovered else colours.surface))
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5) if focused else box,
                                ROW_RADIUS, ROW_RADIUS)  # fmt: skip
        lesson_font = self.lesson_font
        metrics = self._metrics[id(lesson_font)]
        left = content.left() + ROW_PAD
        top = content.top() + ROW_PAD
        arrow = self.arrow
        arrow_top = top + (metrics.height() - arrow) / 2
        path = QPainterPath()
        path.moveTo(left, arrow_top)
        path.lineTo(left + arrow * 0.8, arrow_top + arrow / 2)
        path.lineTo(left, arrow_top + arrow)
        path.closeSubpath()
        painter.fillPath(path, QColor(colours.ink))
        text_left = left + arrow + ARROW_GAP
        width = self.lesson_text_width(option.rect.width())
        painter.setFont(lesson_font)
        painter.setPen(QColor(colours.ink))
        title_height = self.text_height(lesson_font, width, row.lesson.title)
        painter.drawText(QRect(text_left, top, width, title_height), WRAP, row.lesson.title)
        detail = self._view.detail(row.lesson.id)
        if detail:
            top += title_height + LINE_GAP
            height = self.text_height(lesson_font, width, detail)
            painter.drawText(QRect(text_left, top, width, height), WRAP, detail)
        painter.restore()
