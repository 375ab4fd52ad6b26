"""The warning-signs plan as one printable page: each stage in its colour, and the dated
observations when the user chooses them."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from caregiver_app.store import STAGES, Observation, Plan, StagePlan
from caregiver_app.store.sign_watch import Grid
from caregiver_app.ui.private.reports import write_pdf
from caregiver_app.ui.private.signs_timeline import grid_picture
from caregiver_app.ui.private.stages import STAGE_BOXES, STAGE_TITLES
from caregiver_app.ui.widgets.dates import day_text
from caregiver_app.ui.widgets.text import QT_TRANSLATE_NOOP
from caregiver_app.ui.widgets.theme import LIGHT

# Marked for lupdate; translated where shown, in this class's context.
FIELDS = (
    ("signs", QT_TRANSLATE_NOOP("PlanView", "What it looks like")),
    ("actions", QT_TRANSLATE_NOOP("PlanView", "What to do")),
    ("contacts", QT_TRANSLATE_NOOP("PlanView", "Who to contact")),
)
# The words of the printed page, translated where it is made.
PAGE_WORDS = {
    "title": QT_TRANSLATE_NOOP("PlanView", "Warning-signs plan for %s"),
    "nobody": QT_TRANSLATE_NOOP("PlanView", "my family member"),
    "noticed": QT_TRANSLATE_NOOP("PlanView", "What I have noticed, over time"),
    "some": QT_TRANSLATE_NOOP(
        "PlanView", "The most recent %1 of %2; the rest are kept in the app."
    ),
    "day": QT_TRANSLATE_NOOP("PlanView", "Day"),
    "stage": QT_TRANSLATE_NOOP("PlanView", "Stage"),
    "note": QT_TRANSLATE_NOOP("PlanView", "What I noticed"),
    "made": QT_TRANSLATE_NOOP("PlanView", "Made with Caregiver Companion on %s."),
    "signs": QT_TRANSLATE_NOOP("PlanView", "Signs seen, week by week, from %1 to %2"),
    "cells": QT_TRANSLATE_NOOP(
        "PlanView",
        "The darker a square, the more days of that week the sign was seen; a dotted square "
        "is a week not filled in.",
    ),
}
TIMELINE_IMAGE = "signs-timeline.png"
# The printable width of an A4 page with 15 mm margins, in the PDF writer's units (1200 dpi).
PRINTABLE_WIDTH = round((210 - 30) / 25.4 * 1200)
# A page holds this many legibly beside the plan; the app keeps them all.
OBSERVATIONS_ON_PAGE = 30


def plan_html(
    plan: Plan,
    observations: Sequence[Observation] = (),
    today: date | None = None,
    signs: tuple[Grid, QImage] | None = None,
) -> str:
    """The plan as one printable page, every value escaped: each stage in its colour, with what
    it looks like, what to do and who to contact side by side; then, when given, the dated
    observations (the most recent ``OBSERVATIONS_ON_PAGE`` of them, oldest first)."""
    person = html.escape(plan.person) or _text(PAGE_WORDS["nobody"])
    parts = [f"<h1>{_text(PAGE_WORDS['title']) % person}</h1>"]
    parts += [_stage_html(stage, plan.stages.get(stage, StagePlan())) for stage in STAGES]
    if signs is not None:
        parts.append(_signs_html(*signs, today or date.today()))
    if observations:
        parts.append(_observations_html(observations))
    made = _text(PAGE_WORDS["made"]) % day_text(today or date.today())
    parts.append(f"<p><small>{made}</small></p>")
    return f'<div style="font-size: 11pt;">{"".join(parts)}</div>'


def _text(text: str) -> str:
    """``text``, marked for translation in this module, translated and escaped for the page."""
    return html.escape(QCoreApplication.translate("PlanView", text))


def _stage_html(stage: str, stage_plan: StagePlan) -> str:
    # Side by side, as in the view: a stage reads across at a glance, and takes a third of the
    # height, so the page shrinks less to fit.
    fill, edge, title = LIGHT.boxes[STAGE_BOXES[stage]]  # paper: always the light colours
    cells = "".join(  # thirds that add up to the whole width, or Qt narrows the table
        f'<td width="{width}%" valign="top" bgcolor="{fill}"><b>{_text(label)}</b><br/>'
        f"{_html_lines(getattr(stage_plan, key))}</td>"
        for (key, label), width in zip(FIELDS, (33, 33, 34), strict=True)
    )
    return (
        f"{_TABLE % (6, edge)}<tr><td colspan='3' bgcolor='{fill}'>"
        f'<span style="font-size: 14pt; font-weight: bold; color: {title};">'
        f"{_text(STAGE_TITLES[stage])}</span></td></tr><tr>{cells}</tr></table>"
        '<p style="font-size: 4pt;">&nbsp;</p>'
    )


# Qt draws a table's background only under its cells once borders collapse, and its borders
# raised unless told otherwise: each cell gets the fill, and the lines are plain.
_TABLE = (
    '<table width="100%%" cellspacing="0" cellpadding="%d" border="1" '
    'style="border-collapse: collapse; border-style: solid; border-color: %s;">'
)


def _observations_html(observations: Sequence[Observation]) -> str:
    shown = sorted(observations, key=lambda o: (o.day, o.id))[-OBSERVATIONS_ON_PAGE:]
    rows = "".join(
        f'<tr><td style="white-space: nowrap;">{day_text(o.day)}</td>'
        f'<td style="color: {LIGHT.boxes[STAGE_BOXES[o.stage]][2]};">'
        f"{_text(STAGE_TITLES[o.stage])}</td><td>{_html_lines(o.note)}</td></tr>"
        for o in shown
    )
    parts = [f"<h2>{_text(PAGE_WORDS['noticed'])}</h2>"]
    if len(shown) < len(observations):
        some = _text(PAGE_WORDS["some"]).replace("%1", str(len(shown)))
        parts.append(f"<p>{some.replace('%2', str(len(observations)))}</p>")
    parts.append(
        f'{_TABLE % (3, LIGHT.input_border)}<tr><th align="left" width="20%">'
        f'{_text(PAGE_WORDS["day"])}</th><th align="left" width="18%">'
        f'{_text(PAGE_WORDS["stage"])}</th><th align="left">{_text(PAGE_WORDS["note"])}</th>'
        f"</tr>{rows}</table>"
    )
    return "".join(parts)


def _signs_html(grid: Grid, picture: QImage, today: date) -> str:
    """The signs timeline across the page, under a line saying which weeks it covers."""
    title = (
        _text(PAGE_WORDS["signs"])
        .replace("%1", day_text(grid.first_monday))
        .replace("%2", day_text(today))
    )
    height = round(PRINTABLE_WIDTH * picture.height() / max(picture.width(), 1))
    return (
        f'<h3>{title}</h3><p><img src="{TIMELINE_IMAGE}" width="{PRINTABLE_WIDTH}" '
        f'height="{height}"/></p><p><small>{_text(PAGE_WORDS["cells"])}</small></p>'
    )


def _html_lines(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>") or "—"


def save_plan_pdf(
    plan: Plan,
    target: Path,
    observations: Sequence[Observation] = (),
    signs_grid: Grid | None = None,
) -> None:
    """The plan, with ``observations`` and the signs timeline when the user chose them, as
    exactly one A4 page."""
    if signs_grid is None or not signs_grid.signs:
        write_pdf(plan_html(plan, observations), target, fit_one_page=True)
        return
    picture = grid_picture(signs_grid)
    page = plan_html(plan, observations, signs=(signs_grid, picture))
    write_pdf(page, target, {TIMELINE_IMAGE: picture}, fit_one_page=True)
