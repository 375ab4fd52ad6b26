"""The stress chart: daily stress, its 7-day average, and sleep beside it (QtCharts)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from caregiver_app.store import StressEntry
from caregiver_app.store.trends import moving_average
from caregiver_app.ui.widgets.dates import to_qdatetime
from caregiver_app.ui.widgets.theme import LIGHT, palette

RANGES = (30, 90, 365)
SLEEP_TICKS = 5  # 0, 3, 6, 9, 12 hours: seven labels did not fit beside a short chart
STRESS_COLOUR = QColor("#b3261e")
AVERAGE_COLOUR = QColor(LIGHT.accent)
SLEEP_COLOUR = QColor("#2f6db5")
STRESS_COLOUR_DARK = QColor("#ff8a80")
SLEEP_COLOUR_DARK = QColor("#8ab4f8")


def _ms(day: date) -> float:
    """Noon of ``day`` in local time, as the milliseconds QDateTimeAxis expects.

    Python's own conversion: going through QDateTime costs ~50 us a point, which made a year
    of the chart take 70 ms (measured with benchmarks/run.py).
    """
    return datetime.combine(day, time(12)).timestamp() * 1000.0


class StressChart(QChartView):
    """Shows the last ``days`` days of entries. Only that range is plotted, so ten years of
    entries cost no more to draw than one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stressChart")
        self.setAccessibleName(self.tr("Stress and sleep over time"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._fit_height()
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(chart.margins() * 0 + chart.margins())  # keep Qt's default margins
        self.stress = QScatterSeries()
        self.stress.setName(self.tr("Stress (0-10)"))
        self.stress.setMarkerSize(7)
        self.stress.setColor(STRESS_COLOUR)
        self.stress.setBorderColor(STRESS_COLOUR)
        self.average = QLineSeries()
        self.average.setName(self.tr("7-day average"))
        self.average.setPen(QPen(AVERAGE_COLOUR, 3))
        self.sleep = QLineSeries()
        self.sleep.setName(self.tr("Sleep (hours)"))
        pen = QPen(SLEEP_COLOUR, 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.sleep.setPen(pen)
        for series in (self.stress, self.average, self.sleep):
            chart.addSeries(series)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM")
        self.stress_axis = QValueAxis()
        self.stress_axis.setRange(0, 10)
        self.stress_axis.setTickCount(6)
        self.stress_axis.setLabelFormat("%d")
        self.stress_axis.setTitleText(self.tr("Stress"))
        self.sleep_axis = QValueAxis()
        self.sleep_axis.setRange(0, 12)
        self.sleep_axis.setTickCount(SLEEP_TICKS)
        self.sleep_axis.setLabelFormat("%d h")
        self.sleep_axis.setGridLineVisible(False)  # one set of lines: the stress axis's
        self.sleep_axis.setTitleText(self.tr("Sleep"))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.stress_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.sleep_axis, Qt.AlignmentFlag.AlignRight)
        for series in (self.stress, self.average):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.stress_axis)
        self.sleep.attachAxis(self.x_axis)
        self.sleep.attachAxis(self.sleep_axis)
        self.setChart(chart)
        self.restyle()

    def _fit_height(self) -> None:
        """Tall enough for the axis labels at the current text size: when they do not fit,
        QtCharts shows "…" instead of the numbers."""
        self.setMinimumHeight(max(260, 22 * self.fontMetrics().lineSpacing()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
        super().changeEvent(event)

    def restyle(self) -> None:
        """The chart's colours in the current theme."""
        from PySide6.QtCharts import QChart  # noqa: PLC0415

        dark = palette().name == "dark"
        self.chart().setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        self.stress.setColor(STRESS_COLOUR_DARK if dark else STRESS_COLOUR)
        self.stress.setBorderColor(STRESS_COLOUR_DARK if dark else STRESS_COLOUR)
        self.average.setPen(QPen(QColor(palette().accent), 3))
        pen = QPen(SLEEP_COLOUR_DARK if dark else SLEEP_COLOUR, 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.sleep.setPen(pen)

    def show_entries(
        self, entries: Sequence[StressEntry], days: int, today: date | None = None
    ) -> None:
        today = today or date.today()
        start = today - timedelta(days=days - 1)
        shown = [entry for entry in entries if entry.day >= start]
        # The average looks back a week, so it needs the week before the range too (and only that:
        # averaging ten years to draw one cost a third of the chart's time).
        week_before = start - timedelta(days=7)
        recent = [entry for entry in entries if entry.day >= week_before]
        averages = [(day, value) for day, value in moving_average(recent) if day >= start]
        self.stress.replace([QPointF(_ms(entry.day), entry.stress) for entry in shown])
        self.average.replace([QPointF(_ms(day), value) for day, value in averages])
        self.sleep.replace(
            [
                QPointF(_ms(entry.day), entry.sleep_hours)
                for entry in shown
                if entry.sleep_hours is not None
            ]
        )
        self.x_axis.setRange(
            to_qdatetime(datetime.combine(start, time(0))),
            to_qdatetime(datetime.combine(today, time(23, 59))),
        )
        self.x_axis.setFormat("d MMM" if days <= 90 else "MMM yyyy")
        self.x_axis.setTickCount(7 if days <= 30 else 6)
        if shown:
            longest = max(12, *(entry.sleep_hours or 0 for entry in shown))
            # A whole number of hours at every tick, or "%d h" would label them wrongly.
            step = SLEEP_TICKS - 1
            self.sleep_axis.setMax(math.ceil(longest / step) * step)
        self.chart().setTitle(self.tr("The last %d days") % days)
