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

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QListView,
    QSizePolicy,
    QWidget,
)

from caregiver_app.lessons import Module
from caregiver_app.ui.library.lesson_rows import (
    LESSON_FONT_FACTOR,
    LESSON_ID_ROLE,
    LessonDelegate,
    LessonListModel,
    Row,
)
from caregiver_app.ui.widgets.theme import scaled_font

Index = QModelIndex | QPersistentModelIndex
LAYOUT_BATCH = 100
# Rows measured before the list is first painted; further down they are estimated until then.
FIRST_MEASURED_PX = 2_000
_MOVE = QAbstractItemView.CursorAction
_DOWNWARDS = (
    QAbstractItemView.CursorAction.MoveDown,
    QAbstractItemView.CursorAction.MovePageDown,
    QAbstractItemView.CursorAction.MoveHome,
    QAbstractItemView.CursorAction.MoveNext,
)


class LessonList(QListView):
    """The library's modules and lessons; ``lesson_chosen`` with a lesson's ID on a click, or
    on Enter or Space on the lesson with the keyboard focus."""

    lesson_chosen = Signal(str)
    current_moved = Signal(QRect)  # the row with the keyboard focus, in the list's viewport

    def __init__(self, modules: Sequence[Module], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lessonList")
        # Our own viewport, made here: the first time Python asks a scroll area for the one Qt
        # made, PySide looks through every widget class there is for its type (13 ms, before
        # the window is first painted). The rows are drawn in it, with no background of its own.
        viewport = QWidget()
        viewport.setBackgroundRole(QPalette.ColorRole.Base)  # as the view's own would have
        viewport.setAutoFillBackground(False)
        viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setViewport(viewport)
        self.row_width = viewport.width()  # the rows' width, kept for the delegate
        self._by_keyboard = False  # the current row is being moved by a key
        self._page: QAbstractScrollArea | None = None  # the page it scrolls in (scrolls_in)
        # The row under the pointer, drawn lit. Kept here rather than read from the style
        # option's state: reading that makes PySide build all of QStyle's enums before the
        # first paint (a few milliseconds of every start).
        self.hovered_row = -1
        self._painted = False  # the list has not been painted yet (see heightForWidth)
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
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # The model last: each setting above would otherwise lay every row out again.
        self.list_model = LessonListModel(modules, self)
        self.lesson_delegate = LessonDelegate(self, self)
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
            if not self._painted:
                # The first paint shows the top of the list: rows further down are estimated
                # until it is done (a thousand lessons: 20 ms of measuring before the window
                # showed). Then the page asks again, and every row is measured.
                return self.lesson_delegate.height_measuring_first(width, FIRST_MEASURED_PX)
            return self.lesson_delegate.total_height(width)
        # The page's layout tries several widths on its way to the one it gives the list, and
        # each would measure how every row wraps (a thousand lessons: tens of milliseconds a
        # width). Until the list has its width, it answers as if no text wrapped; once it has
        # it, it measures there and asks the page again (``resizeEvent``). Rows are drawn at
        # the list's real width either way: only the page's scroll range waits for this.
        return self.lesson_delegate.unwrapped_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = self.viewport().width()
        if width != self.row_width:  # heights are kept for the width in use only
            self.row_width = width
            self.lesson_delegate.forget_sizes()
        super().resizeEvent(event)
        if self.isVisible() and self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.updateGeometry()  # measured for real now that it has a width
        if self.lesson_delegate.estimated:  # rows were placed at estimated heights
            self.lesson_delegate.estimated = False
            self.scheduleDelayedItemsLayout()

    def scrolls_in(self, page: QAbstractScrollArea) -> None:
        """``page`` (the library page) scrolls the list, which never scrolls itself. Told by
        the page, not found through the parents: that would ask for Qt's own viewport of the
        page, which is slow the first time (see ``__init__``)."""
        self._page = page
        # The page scrolls under a still pointer: the lesson lit as under it no longer is.
        page.verticalScrollBar().valueChanged.connect(self._pointer_left)

    def _pointer_left(self) -> None:
        QCoreApplication.sendEvent(self.viewport(), QEvent(QEvent.Type.Leave))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._light(self.indexAt(event.position().toPoint()).row())

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Leave:
            self._light(-1)
        handled = super().viewportEvent(event)
        if kind == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.updateGeometry)  # every row measured (heightForWidth)
        return handled

    def _light(self, row: int) -> None:
        """Light the lesson in ``row`` (-1: none) as the one under the pointer."""
        if row >= 0 and self.row(row).lesson is None:
            row = -1  # a module's title is not a lesson to choose
        if row == self.hovered_row:
            return
        for changed in (self.hovered_row, row):
            if changed >= 0:
                self.viewport().update(self.visualRect(self.list_model.index(changed)))
        self.hovered_row = row

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

    # --- the keyboard and the mouse ----------------------------------------------------
    # The page scrolls to the lesson the keyboard moves to (``current_moved``), never to one a
    # click makes current: the press would scroll the page and the release land on another row.

    def keyPressEvent(self, event: QKeyEvent) -> None:
        choose = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in choose and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            return
        self._by_keyboard = True
        try:
            super().keyPressEvent(event)
        finally:
            self._by_keyboard = False

    def keyboardSearch(self, search: str) -> None:
        """Typing a lesson's first letters goes to it; a module's title, to its first lesson."""
        super().keyboardSearch(search)
        current = self.currentIndex()
        if current.isValid() and self.row(current.row()).lesson is None:
            self.setCurrentIndex(self._first_lesson_from(current.row()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and self.row(index.row()).lesson is None:
            event.accept()  # a module's title is read, not chosen: the focus stays where it is
            return
        super().mousePressEvent(event)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """The arrows, Page Up/Down, Home and End go from lesson to lesson: a module's header
        is passed over (its title is read with the first lesson's card around it)."""
        self.lay_out_all()  # End and Page Down go by rows that may not be placed yet
        step = 1 if action in _DOWNWARDS else -1
        if action in (_MOVE.MovePageUp, _MOVE.MovePageDown):
            index = self._a_page_away(step)
        else:
            index = super().moveCursor(action, modifiers)
        if not index.isValid() or self.row(index.row()).lesson is not None:
            return index
        number = index.row() + step
        while 0 <= number < len(self.list_model.rows):
            if self.row(number).lesson is not None:
                return self.list_model.index(number)
            number += step
        return self.currentIndex()

    def _a_page_away(self, step: int) -> QModelIndex:
        """The row a screen of the library page below (``step`` 1) or above (-1) the current
        one: Qt's own paging goes by the list's height, which here is the whole course."""
        page = self._page
        screen = page.viewport().height() if page is not None else self.height()
        current = self.visualRect(self.currentIndex())
        y = min(max(current.center().y() + step * screen, 0), self.height() - 1)
        index = self.indexAt(QPoint(current.center().x(), y))
        if index.isValid():
            return index
        return self.list_model.index(len(self.list_model.rows) - 1 if step > 0 else 0)

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        if current.isValid() and self._by_keyboard:
            self.current_moved.emit(self.visualRect(current))

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.MouseFocusReason and not self.currentIndex().isValid():
            self._by_keyboard = True  # Tab into the list: its first lesson, brought into view
            try:
                self.setCurrentIndex(self._first_lesson_from(0))
            finally:
                self._by_keyboard = False
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
