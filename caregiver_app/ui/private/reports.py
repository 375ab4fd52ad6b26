"""Printable pages as PDF: the stress log report for the user's own doctor, and pages that must
fit on one sheet (the warning-signs plan)."""

from __future__ import annotations

import contextlib
import errno
import html
import os
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from caregiver_app.store import MOODS, StressEntry
from caregiver_app.store.trends import helped_effects
from caregiver_app.ui.widgets.dates import day_text

REPORT_DAYS = 30
# Past this, a page would need a magnifying glass anyway; it is still one page.
_SMALLEST_SCALE = 1 / 64


def write_pdf(
    page_html: str,
    target: Path,
    images: dict[str, QImage] | None = None,
    *,
    fit_one_page: bool = False,
) -> None:
    """Render ``page_html`` to an A4 PDF; ``images`` are referenced as ``<img src="name">``.

    With ``fit_one_page`` it is exactly one page: laid out across the whole printable width, and
    shrunk, only as much as it needs, until it fits (a page to pin up or hand over, where a part
    split over a page break is missed). Otherwise it runs on over as many pages as it needs.

    The file is the user's alone (it holds private entries), and it is written whole or not at
    all: Qt's PDF writer fails silently (a folder that cannot be written, a full disk), so the
    result is checked and ``OSError`` raised, rather than "Saved" said over an empty file.
    """
    partial = target.with_name(f".{target.name}.partial")
    try:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        writer = QPdfWriter(str(partial))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        document = QTextDocument()
        for name, image in (images or {}).items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        if fit_one_page:
            _draw_on_one_page(document, page_html, writer)
        else:
            document.setHtml(page_html)
            document.print_(writer)
        del writer  # closes the file
        with partial.open("rb") as written:
            if written.read(5) != b"%PDF-":
                raise OSError(errno.EIO, "the PDF could not be written", str(target))
        partial.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def _draw_on_one_page(document: QTextDocument, page_html: str, writer: QPdfWriter) -> None:
    # Laid out in the writer's own units, as print_() does, so point sizes and pixel lengths
    # come out as on paper; the page margins are the only margin.
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setHtml(page_html)
    painter = QPainter()
    if not painter.begin(writer):
        return  # nothing is written, and write_pdf's check of the file says so
    try:
        width, height = writer.width(), writer.height()
        scale = fitting_scale(document, width, height)
        painter.scale(scale, scale)
        document.drawContents(painter, QRectF(0, 0, width / scale, height / scale))
    finally:
        painter.end()


def fitting_scale(document: QTextDocument, width: float, height: float) -> float:
    """The largest scale, at most 1, at which ``document`` laid out ``width / scale`` wide is
    at most ``height`` tall once scaled; the document is left laid out at that width.

    Laying out wider as it shrinks keeps the scaled page exactly ``width`` wide, with fewer,
    longer lines, so the text shrinks no more than the page needs.
    """

    def fits(scale: float) -> bool:
        document.setTextWidth(width / scale)
        return document.size().height() * scale <= height

    if fits(1.0):
        return 1.0
    low, high = 0.5, 1.0
    while low > _SMALLEST_SCALE and not fits(low):
        low, high = low / 2, low
    for _ in range(10):  # to within 1/1000 of the best scale: finer would not show
        middle = (low + high) / 2
        if fits(middle):
            low = middle
        else:
            high = middle
    document.setTextWidth(width / low)
    return low


def _average(values: Sequence[float]) -> str:
    return f"{sum(values) / len(values):.1f}" if values else "—"


def stress_report_html(entries: Sequence[StressEntry], name: str, today: date | None = None) -> str:
    """A page for the user to take to their own doctor: figures first, then the recent days."""
    today = today or date.today()
    recent = [entry for entry in entries if entry.day > today - timedelta(days=REPORT_DAYS)]
    before = [
        entry
        for entry in entries
        if today - timedelta(days=2 * REPORT_DAYS)
        < entry.day
        <= today - timedelta(days=REPORT_DAYS)
    ]
    causes = Counter(tag for entry in recent for tag in entry.caused).most_common(5)
    helped = [effect for effect in helped_effects(entries) if effect.difference >= 0.3][:3]
    sleep = [entry.sleep_hours for entry in recent if entry.sleep_hours is not None]
    e = html.escape
    parts = [
        f"<h1>Stress log of {e(name)}</h1>",
        f"<p>The last {REPORT_DAYS} days, to {day_text(today)}. Written by me, for my own doctor. "
        "It describes how I have been as a carer; it is not a medical assessment.</p>",
        "<table border='1' cellpadding='6' cellspacing='0'>",
        f"<tr><td>Days with a check-in</td><td>{len(recent)} of {REPORT_DAYS}</td></tr>",
        f"<tr><td>Average stress (0 to 10)</td><td>{_average([x.stress for x in recent])} "
        f"(the {REPORT_DAYS} days before: {_average([x.stress for x in before])})</td></tr>",
        f"<tr><td>Average sleep</td><td>{_average(sleep)} h</td></tr>",
        f"<tr><td>Days at 8 or more</td><td>{sum(x.stress >= 8 for x in recent)}</td></tr>",
        "</table>",
        "<p><img src='chart' width='560'></p>",
    ]
    if causes:
        parts.append(
            "<p><b>What caused stress most often:</b> "
            + e(", ".join(f"{tag} ({count})" for tag, count in causes))
            + "</p>"
        )
    if helped:
        parts.append(
            "<p><b>What seemed to help:</b> "
            + e(
                "; ".join(
                    f"{x.tag} (stress {x.average_with:.1f} on those days, "
                    f"{x.average_without:.1f} on others)"
                    for x in helped
                )
            )
            + "</p>"
        )
    rows = "".join(
        f"<tr><td>{day_text(x.day)}</td><td>{x.stress}</td>"
        f"<td>{'' if x.sleep_hours is None else f'{x.sleep_hours:g}'}</td>"
        f"<td>{'' if x.mood is None else MOODS[x.mood]}</td><td>{e(x.note)}</td></tr>"
        for x in reversed(recent)
    )
    parts.append(
        "<h2>Day by day</h2><table border='1' cellpadding='4' cellspacing='0' width='100%'>"
        "<tr><th>Day</th><th>Stress</th><th>Sleep</th><th>Mood</th><th>Note</th></tr>"
        + rows
        + "</table>"
    )
    parts.append("<p><small>Made with Caregiver Companion. This file is not encrypted.</small></p>")
    return "".join(parts)
