"""Every module and its lessons as one list, drawn as cards: a header row per module (its title
and summary), then a row per lesson (its title, and a line of minutes, progress and summary).

A widget per lesson (Qt's command link buttons, as it was) cost about a millisecond and 50 KB
each to make and style, so a clinic's library of a thousand lessons held the window back and
took 50 MiB. One view draws only the rows on screen, and measures a row with font metrics.

The list never scrolls itself: it is as tall as its rows, and the library page around it
scrolls, so the page's title and introduction scroll away with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from caregiver_app.lessons import Lesson, Module
from caregiver_app.ui.widgets.text import Level
from caregiver_app.ui.widgets.theme import HEADING_SCALES, palette, scaled_font

Index = QModelIndex | QPersistentModelIndex
_DOWNWARDS = (
    QAbstractItemView.CursorAction.MoveDown,
    QAbstractItemView.CursorAction.MovePageDown,
    QAbstractItemView.CursorAction.MoveHome,
    QAbstractItemView.CursorAction.MoveNext,
)

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
LAYOUT_BATCH = 100
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


class LessonDelegate(QStyledItemDelegate):
    """Draws a row as its slice of a module's card, and measures it with font metrics."""

    def __init__(self, view: LessonList):
        super().__init__(view)
        self._view = view
        self._heights: dict[tuple[int, int], int] = {}  # (row, width) -> height
        self._totals: dict[int, int] = {}  # width -> the height of every row
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
            line = self._metrics[id(self.lesson_font)].height()
            heading = self._metrics[id(self.heading_font)].height()
            summary = self._metrics[id(self.summary_font)].height()
            total = 0
            for row in self._view.list_model.rows:
                if row.lesson is None:
                    total += 0 if row.first_module else CARD_GAP
                    total += (
                        CARD_PAD_TOP
                        + heading
                        + (SUMMARY_GAP + summary if row.module.summary else 0)
                    )
                    total += CARD_PAD_BOTTOM if row.last_in_module else HEADER_GAP
                else:
                    total += 2 * ROW_PAD + 2 * line + LINE_GAP
                    total += CARD_PAD_BOTTOM if row.last_in_module else ROW_GAP
            self._unwrapped = total
        return self._unwrapped

    def total_height(self, width: int) -> int:
        """The height of every row at ``width``: the list's own height."""
        total = self._totals.get(width)
        if total is None:
            rows = range(len(self._view.list_model.rows))
            total = self._totals[width] = sum(self.row_height(row, width) for row in rows)
        return total

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
        inner = max(40, text_width - 2 * ROW_PAD - self.arrow - ARROW_GAP)
        detail = self._view.detail(row.lesson.id)
        box = 2 * ROW_PAD + self.text_height(self.lesson_font, inner, row.lesson.title)
        if detail:
            box += LINE_GAP + self.text_height(self.lesson_font, inner, detail)
        return box + (CARD_PAD_BOTTOM if row.last_in_module else ROW_GAP)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.row_width  # viewport() from Python costs 25 µs; asked per row
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
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
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
        width = max(40, content.right() - ROW_PAD - text_left)
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


class LessonList(QListView):
    """The library's modules and lessons; ``lesson_chosen`` with a lesson's ID on a click, or
    on Enter or Space on the lesson with the keyboard focus."""

    lesson_chosen = Signal(str)
    current_moved = Signal(QRect)  # the row with the keyboard focus, in the list's viewport

    def __init__(self, modules: Sequence[Module], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lessonList")
        self.row_width = self.viewport().width()  # the rows' width, kept for the delegate
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows measured again at a new width
        # The rows on screen are placed at once, the rest a hundred at a time between events.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.setMouseTracking(True)  # a lesson lights up under the pointer, as a button did
        self.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.viewport().setAutoFillBackground(False)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # The model last: each setting above would otherwise lay every row out again.
        self.list_model = LessonListModel(modules, self)
        self.lesson_delegate = LessonDelegate(self)
        self.setItemDelegate(self.lesson_delegate)
        self.setModel(self.list_model)
        self.clicked.connect(self._choose)
        self.list_model.dataChanged.connect(self._details_changed)

    # --- what the rows are -----------------------------------------------------------------

    def row(self, number: int) -> Row:
        return self.list_model.rows[number]

    def detail(self, lesson_id: str) -> str:
        """The line under a lesson's title: its minutes, progress and summary."""
        return self.list_model.detail(lesson_id)

    def index_of(self, lesson_id: str) -> QModelIndex:
        row = self.list_model.row_of.get(lesson_id)
        return QModelIndex() if row is None else self.list_model.index(row)

    def module_index(self, module_id: str) -> QModelIndex:
        row = self.list_model.module_row.get(module_id)
        return QModelIndex() if row is None else self.list_model.index(row)

    def set_details(self, details: dict[str, str]) -> None:
        self.list_model.set_details(details)

    def lay_out_all(self) -> None:
        """Place every row now, not batch by batch: for finding a row far down the list."""
        rows = len(self.list_model.rows)
        if rows and not self.visualRect(self.list_model.index(rows - 1)).isValid():
            self.setLayoutMode(QListView.LayoutMode.SinglePass)
            self.doItemsLayout()
            self.setLayoutMode(QListView.LayoutMode.Batched)

    def set_base_font(self, base: QFont) -> None:
        """Text follows the app's text size: measured again, drawn again."""
        self.lesson_delegate.set_base_font(base)
        self.setFont(scaled_font(base, LESSON_FONT_FACTOR))
        self._sizes_changed()

    # --- its height: all its rows --------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.isVisible() and width == self.row_width:
            return self.lesson_delegate.total_height(width)
        # The page's layout tries several widths on its way to the one it gives the list, and
        # each would measure how every row wraps (a thousand lessons: tens of milliseconds a
        # width). Until the list has its width, it answers as if no text wrapped; once it has
        # it, it measures there and asks the page again (``resizeEvent``). Rows are drawn at
        # the list's real width either way: only the page's scroll range waits for this.
        return self.lesson_delegate.unwrapped_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.row_width = self.viewport().width()
        super().resizeEvent(event)
        if self.isVisible() and self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.updateGeometry()  # measured for real now that it has a width

    def sizeHint(self) -> QSize:
        width = max(self.width(), 300)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 0)

    def _details_changed(self) -> None:
        self._sizes_changed()

    def _sizes_changed(self) -> None:
        self.lesson_delegate.forget_sizes()
        self.updateGeometry()
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    # --- choosing ------------------------------------------------------------------------

    def _choose(self, index: QModelIndex) -> None:
        lesson_id = index.data(LESSON_ID_ROLE)
        if lesson_id:
            self.lesson_chosen.emit(lesson_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        choose = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in choose and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            return
        super().keyPressEvent(event)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """The arrows, Page Up/Down, Home and End go from lesson to lesson: a module's header
        is passed over (its title is read with the first lesson's card around it)."""
        self.lay_out_all()  # End and Page Down go by rows that may not be placed yet
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or self.row(index.row()).lesson is not None:
            return index
        step = 1 if action in _DOWNWARDS else -1
        number = index.row() + step
        while 0 <= number < len(self.list_model.rows):
            if self.row(number).lesson is not None:
                return self.list_model.index(number)
            number += step
        return self.currentIndex()

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        if current.isValid():
            self.current_moved.emit(self.visualRect(current))

    def focusInEvent(self, event: QFocusEvent) -> None:
        if not self.currentIndex().isValid() and self.list_model.rows:
            self.setCurrentIndex(self._first_lesson_from(0))
        super().focusInEvent(event)

    def _first_lesson_from(self, row: int) -> QModelIndex:
        for number in range(row, len(self.list_model.rows)):
            if self.list_model.rows[number].lesson is not None:
                return self.list_model.index(number)
        return QModelIndex()

    def focus_module(self, module_id: str) -> None:
        """The keyboard on the module's first lesson."""
        start = self.list_model.module_row.get(module_id)
        if start is None:
            return
        index = self._first_lesson_from(start)
        if index.isValid():
            self.setCurrentIndex(index)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
