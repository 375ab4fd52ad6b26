"""Printable pages as PDF: the stress log report for the user's own doctor, and pages that must
fit on one sheet (the warning-signs plan)."""

from __future__ import annotations

import contextlib
import errno
import html
import os
import re
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

from caregiver_app.store import StressEntry
from caregiver_app.store.trends import helped_effects
from caregiver_app.ui.private.check_in_form import mood_word, sleep_words
from caregiver_app.ui.widgets.dates import day_text
from caregiver_app.ui.widgets.text import tr

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


def _fill(text: str, *values: object) -> str:
    """``text`` with %1, %2... replaced by ``values`` (Qt's placeholders), in one pass: a "%3"
    inside the user's own words (a tag) stays as they wrote it."""

    def value(place: re.Match[str]) -> str:
        number = int(place.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else place.group(0)

    return _PLACE.sub(value, text)


_PLACE = re.compile(r"%(\d)")


def _average(values: Sequence[float]) -> str:
    return f"{sum(values) / len(values):.1f}" if values else "—"


def stress_report_html(entries: Sequence[StressEntry], name: str, today: date | None = None) -> str:
    """A page for the user to take to their own doctor: figures first, then the recent days.

    Every phrase goes through tr() with numbered places: the page goes to a doctor in the
    user's language (and lupdate finds no tr() inside an f-string)."""
    today = today or date.today()
    recent = [entry for entry in entries if entry.day > today - timedelta(days=REPORT_DAYS)]
    before = [
        entry
        for entry in entries
        if today - timedelta(days=2 * REPORT_DAYS)
        < entry.day
        <= today - timedelta(days=REPORT_DAYS)
    ]
    e = html.escape
    title = tr("Stress log of %1").replace("%1", name)
    intro = _fill(
        tr(
            "The last %1 days, to %2. Written by me, for my own doctor. It describes how I have "
            "been as a carer; it is not a medical assessment."
        ),
        REPORT_DAYS,
        day_text(today),
    )
    made_with = tr("Made with Caregiver Companion. This file is not encrypted.")
    return "".join(
        [
            f"<h1>{e(title)}</h1><p>{e(intro)}</p>",
            _figures_html(recent, before),
            "<p><img src='chart' width='560'></p>",
            _patterns_html(entries, recent),
            _days_html(recent),
            f"<p><small>{e(made_with)}</small></p>",
        ]
    )


def _figures_html(recent: Sequence[StressEntry], before: Sequence[StressEntry]) -> str:
    sleep = [entry.sleep_hours for entry in recent if entry.sleep_hours is not None]
    rows = [
        (tr("Days with a check-in"), _fill(tr("%1 of %2"), len(recent), REPORT_DAYS)),
        (
            tr("Average stress (0 to 10)"),
            _fill(
                tr("%1 (the %2 days before: %3)"),
                _average([x.stress for x in recent]),
                REPORT_DAYS,
                _average([x.stress for x in before]),
            ),
        ),
        (tr("Average sleep"), _fill(tr("%1 h"), _average(sleep))),
        (tr("Days at 8 or more"), str(sum(x.stress >= 8 for x in recent))),
    ]
    e = html.escape
    cells = "".join(f"<tr><td>{e(label)}</td><td>{e(value)}</td></tr>" for label, value in rows)
    return f"<table border='1' cellpadding='6' cellspacing='0'>{cells}</table>"


def _patterns_html(entries: Sequence[StressEntry], recent: Sequence[StressEntry]) -> str:
    """What caused stress most often lately, and what seemed to help over the whole log."""
    e = html.escape
    causes = Counter(tag for entry in recent for tag in entry.caused).most_common(5)
    helped = [effect for effect in helped_effects(entries) if effect.difference >= 0.3][:3]
    parts = []
    if causes:
        most_often = tr("What caused stress most often:")
        listed = ", ".join(f"{tag} ({count})" for tag, count in causes)
        parts.append(f"<p><b>{e(most_often)}</b> {e(listed)}</p>")
    if helped:
        seemed_to_help = tr("What seemed to help:")
        effect = tr("%1 (stress %2 on those days, %3 on others)")
        listed = "; ".join(
            _fill(effect, x.tag, f"{x.average_with:.1f}", f"{x.average_without:.1f}")
            for x in helped
        )
        parts.append(f"<p><b>{e(seemed_to_help)}</b> {e(listed)}</p>")
    return "".join(parts)


def _days_html(recent: Sequence[StressEntry]) -> str:
    e = html.escape
    headings = (tr("Day"), tr("Stress"), tr("Sleep"), tr("Mood"), tr("Note"))
    day_by_day = tr("Day by day")
    rows = "".join(
        f"<tr><td>{e(day_text(x.day))}</td><td>{x.stress}</td>"
        f"<td>{e(sleep_words(x.sleep_hours))}</td>"
        f"<td>{e(mood_word(x.mood))}</td><td>{e(x.note)}</td></tr>"
        for x in reversed(recent)
    )
    header = "".join(f"<th>{e(heading)}</th>" for heading in headings)
    return (
        f"<h2>{e(day_by_day)}</h2><table border='1' cellpadding='4' cellspacing='0' "
        f"width='100%'><tr>{header}</tr>{rows}</table>"
    )
