"""What the check after unlocking found, said in plain words."""

from __future__ import annotations

from caregiver_app.store.integrity import Findings
from caregiver_app.ui.widgets.text import tr


def _where(kind: str) -> str:
    return {
        "stress": tr("your stress log"),
        "plan": tr("your warning-signs plan"),
        "observation": tr("the observations of your plan"),
        "reflection": tr("your reflections"),
        "weekly": tr("your weekly check-ins"),
        "sign": tr("your list of signs"),
        "sign_day": tr("the days of your signs"),
        "sign_rules": tr("the thresholds of your signs"),
    }.get(kind, kind)


def findings_text(findings: Findings) -> str:
    """What the check after unlocking found, in plain words, one sentence per finding."""
    one = {
        "plain": tr(
            "1 entry in %s was not written by this app and is not shown; it is kept aside."
        ),
        "damaged": tr("1 entry in %s was changed or moved and cannot be opened; it is kept aside."),
        "older": tr(
            "1 entry in %s was replaced by an older copy of itself; the older copy is not shown "
            "and is kept aside."
        ),
        "missing": tr("1 entry in %s that this app wrote is gone from the file."),
    }
    many = {
        "plain": tr(
            "%d entries in %s were not written by this app and are not shown; they are kept aside."
        ),
        "damaged": tr(
            "%d entries in %s were changed or moved and cannot be opened; they are kept aside."
        ),
        "older": tr(
            "%d entries in %s were replaced by older copies of themselves; the older copies are "
            "not shown and are kept aside."
        ),
        "missing": tr("%d entries in %s that this app wrote are gone from the file."),
    }
    lines = []
    for reason, counts in findings.by_reason().items():
        for kind, count in sorted(counts.items()):
            if count == 1:
                lines.append(one[reason] % _where(kind))
            elif count:
                lines.append(many[reason] % (count, _where(kind)))
    if findings.record_lost:
        lines.append(
            tr(
                "The app's record of your entries was missing or damaged, so it could not check "
                "whether older copies were put back. It has made a new record."
            )
        )
    if findings.record_older:
        lines.append(tr("The app's record of your entries went back to an older copy."))
    lines.append(
        tr(
            "This app deleted nothing. If you did not expect this, someone may have changed "
            "this app's data file."
        )
    )
    return "\n\n".join(lines)
