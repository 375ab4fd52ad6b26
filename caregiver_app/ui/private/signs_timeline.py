"""The signs timeline: a row per sign, a column per week, each cell as dark as the number of
days that week the sign was seen, in its stage's colour. Weeks not filled in at all are shown
as gaps (hatched), never as weeks without signs.

Painted with QPainter from a ``Grid`` worked out once per change, so a repaint is a loop over
cells, whatever the years stored. The same drawing goes onto the plan's printed page.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from caregiver_app.store.sign_watch import Grid
from caregiver_app.ui.private.stages import STAGE_BOXES
from caregiver_app.ui.widgets.theme import LIGHT, Palette, palette

LABEL_CHARACTERS = 24  # the sign's words beside its row, shortened past this
MIN_CELL = 6


class SignsTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signsTimeline")
        self.grid: Grid | None = None
        self.stress: tuple[float | None, ...] = ()  # the week's mean stress (0-10), if shown
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader can reach its words

    def show_grid(
        self, grid: Grid | None, description: str, stress: tuple[float | None, ...] = ()
    ) -> None:
        """``stress``: a week's mean stress from the stress log (None: none logged), drawn as a
        last row when the user asks for it."""
        self.grid = grid
        self.stress = stress
        self.setAccessibleName(self.tr("Signs timeline"))
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        rows = len(self.grid.signs) if self.grid is not None else 0
        rows += 1 if self.stress else 0
        return QSize(600, (max(rows, 1) + 1) * self.row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.grid is None:
            return
        painter = QPainter(self)
        draw_grid(
            painter, self.grid, self.width(), self.row_height(), palette(), stress=self.stress
        )
        painter.end()


def draw_grid(
    painter: QPainter,
    grid: Grid,
    width: int,
    row_height: int,
    colours: Palette,
    *,
    stress: tuple[float | None, ...] = (),
) -> None:
    """The grid in ``width`` pixels: labels on the left, then one column per week, the month
    names along the top; with ``stress``, the stress log's weeks as a last row."""
    metrics = QFontMetrics(painter.font())
    label_width = min(metrics.averageCharWidth() * LABEL_CHARACTERS, width // 3)
    weeks = len(grid.filled)
    cell = max(MIN_CELL, (width - label_width - 4) / max(weeks, 1))
    text = QColor(colours.ink)
    painter.setPen(text)
    _draw_months(painter, grid, label_width, cell, row_height)
    # Cells are gathered by how they look and drawn a group at a time: one pen and brush per
    # group, not per cell, which is most of the cost of painting a year of 30 signs.
    groups: dict[tuple[str, int], list[QRectF]] = {}
    for row, sign in enumerate(grid.signs):
        top = (row + 1) * row_height
        label = metrics.elidedText(sign.wording, Qt.TextElideMode.ElideRight, label_width - 6)
        painter.drawText(
            QRectF(0, top, label_width - 6, row_height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            label,
        )
        for week in range(weeks):
            box = QRectF(label_width + week * cell + 1, top + 2, cell - 2, row_height - 4)
            if not grid.filled[week]:
                key = ("gap", 0)
            else:
                key = (sign.stage, min(grid.cells[row][week], 7))
            groups.setdefault(key, []).append(box)
    for (kind, days_seen), boxes in groups.items():
        if kind == "gap":
            painter.setPen(QPen(QColor(colours.muted), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif days_seen == 0:
            painter.setPen(QPen(QColor(colours.muted), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            fill = QColor(colours.boxes[STAGE_BOXES[kind]][1])
            fill.setAlphaF(0.25 + 0.75 * days_seen / 7)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
        painter.drawRects(boxes)
    if stress:
        top = (len(grid.signs) + 1) * row_height
        _draw_stress_row(painter, stress, QRectF(label_width, top, cell, row_height), colours)


def _draw_stress_row(
    painter: QPainter, stress: tuple[float | None, ...], first_cell: QRectF, colours: Palette
) -> None:
    """The stress log beside the signs: each week as dark as its mean stress out of 10.
    ``first_cell`` is where the first week's cell starts (its left is the labels' width)."""
    left, top, cell = first_cell.left(), first_cell.top(), first_cell.width()
    row_height = first_cell.height()
    painter.setPen(QColor(colours.ink))
    painter.drawText(
        QRectF(0, top, left - 6, row_height),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        QCoreApplication.translate("SignsTimeline", "Your stress (log)"),
    )
    for week, mean in enumerate(stress):
        box = QRectF(left + week * cell + 1, top + 2, cell - 2, row_height - 4)
        if mean is None:
            painter.setPen(QPen(QColor(colours.muted), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            fill = QColor(colours.accent)
            fill.setAlphaF(0.15 + 0.85 * min(max(mean, 0.0), 10.0) / 10)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
        painter.drawRect(box)


def _draw_months(painter: QPainter, grid: Grid, left: float, cell: float, row_height: int) -> None:
    """The short month name over the first week that starts in it (where there is room)."""
    metrics = QFontMetrics(painter.font())
    last_right = -1.0
    last_month = None
    for week in range(len(grid.filled)):
        monday = grid.first_monday + timedelta(weeks=week)
        if monday.month == last_month:
            continue
        last_month = monday.month
        name = QLocale().monthName(monday.month, QLocale.FormatType.ShortFormat)
        x = left + week * cell
        if x > last_right:
            painter.drawText(
                QRectF(x, 0, metrics.horizontalAdvance(name) + 4, row_height),
                Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            last_right = x + metrics.horizontalAdvance(name) + 8


def grid_picture(grid: Grid, width: int = 1400, point_size: int = 11) -> QImage:
    """The timeline as a picture for the printed page: light colours, as on paper."""
    font_metrics_row = int(point_size * 2.2)
    height = (len(grid.signs) + 1) * font_metrics_row + 4
    picture = QImage(width, height, QImage.Format.Format_ARGB32)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    font = painter.font()
    font.setPointSize(point_size)
    painter.setFont(font)
    draw_grid(painter, grid, width, font_metrics_row, LIGHT)
    painter.end()
    return picture
