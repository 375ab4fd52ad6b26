"""The "Get support" page: what to do in an emergency, crisis lines, and support for families."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QTextBrowser, QWidget

from caregiver_app.lessons import Service
from caregiver_app.lessons.services import for_country, parse_service
from caregiver_app.ui.reader.reading_area import READING_WIDTH
from caregiver_app.ui.widgets.text import QT_TRANSLATE_NOOP, tr
from caregiver_app.ui.widgets.theme import (
    READER_FONT_FACTOR,
    lesson_style_sheet,
    qt_html,
    scaled_font,
)

# In the empty context, with the rest of the page's text: support_html is outside any class.
SECTION_TITLES = {
    "emergency": QT_TRANSLATE_NOOP("", "In an emergency"),
    "crisis": QT_TRANSLATE_NOOP("", "Crisis lines: someone to talk to now"),
    "support": QT_TRANSLATE_NOOP("", "Support for families"),
}


def clinic_services(entries: Sequence[object]) -> list[Service]:
    """The services a site config lists (``Settings.clinic_services``) that can be shown;
    ``check-config`` reports the others."""
    parsed = (parse_service(entry, "config", number)[0] for number, entry in enumerate(entries, 1))
    return [service for service in parsed if service is not None]


def support_html(
    services: Sequence[Service],
    allow_links: bool,
    clinic_services: Sequence[Service] = (),
    clinic_name: str = "",
    country: str = "",
) -> str:
    """The page as safe HTML. Every value is escaped: site configs and content are not trusted.

    What to do if someone is in danger comes first, then the clinic's own services (those of
    ``services`` that are in ``clinic_services``), in the order its config lists them, then
    the services of the reader's ``country`` by kind, then those of other countries."""
    parts = [
        "<h1>" + tr("Get support") + "</h1>",
        '<div class="admonition danger"><p class="admonition-title">'
        + tr("If someone is in danger right now")
        + "</p><p>"
        + tr(
            "Call your local emergency number. Stay with the person if it is safe, and remove "
            "anything they could use to hurt themselves or others."
        )
        + "</p></div>",
    ]
    if not services:
        parts.append(
            "<p>"
            + tr(
                "No support services are listed for this language yet. Your doctor, clinic or "
                "local health service can tell you who to call."
            )
            + "</p>"
        )
    own = [service for service in services if service in clinic_services]
    if own:
        title = tr("At %s") % clinic_name if clinic_name else tr("At your clinic")
        parts.append(f"<h2>{html.escape(title)}</h2>")
        parts += [_service_html(service, allow_links) for service in own]
    local, elsewhere = for_country([s for s in services if s not in own], country)
    parts += _by_kind(local, allow_links, "h2")
    if elsewhere:
        other_countries = tr("In other countries")  # outside the f-string: lupdate finds it
        parts.append(f"<h2>{html.escape(other_countries)}</h2>")
        parts += _by_kind(elsewhere, allow_links, "h3")
    parts.append(
        "<p><small>"
        + tr(
            "This app does not contact anyone for you, and never sends anything over the internet."
        )
        + "</small></p>"
    )
    return "\n".join(parts)


def _by_kind(services: Sequence[Service], allow_links: bool, heading: str) -> list[str]:
    """Emergency services, then crisis lines, then support, each under its own heading."""
    parts = []
    for kind in ("emergency", "crisis", "support"):
        entries = [service for service in services if service.kind == kind]
        if entries:
            title = html.escape(tr(SECTION_TITLES[kind]))
            parts.append(f"<{heading}>{title}</{heading}>")
            parts += [_service_html(service, allow_links) for service in entries]
    return parts


def _service_html(service: Service, allow_links: bool) -> str:
    e = html.escape
    heading = f"<b>{e(service.name)}</b>" + (f" — {e(service.region)}" if service.region else "")
    lines = [heading]
    if service.phone:
        lines.append(tr("Call") + f": <b><big>{e(service.phone)}</big></b>")
    if service.text:
        lines.append(tr("Text") + f": <b>{e(service.text)}</b>")
    if service.hours:
        lines.append(e(service.hours))
    if service.description:
        lines.append(e(service.description))
    if service.web:
        shown = e(service.web)
        lines.append(f'<a href="{shown}">{shown}</a>' if allow_links else shown)
    return "<p>" + "<br/>".join(lines) + "</p>"


class SupportView(QWidget):
    """Shows the services, the clinic's own (``clinic_services``, named ``clinic_name``) first;
    web addresses open only after the reader confirms (never in kiosk)."""

    def __init__(
        self,
        services: Sequence[Service],
        open_external: Callable[[QWidget, QUrl], bool] | None,
        parent: QWidget | None = None,
        *,
        clinic_services: Sequence[Service] = (),
        clinic_name: str = "",
        country: str = "",
    ):
        super().__init__(parent)
        self.country = country
        self.setObjectName("page")
        self.services = list(services)
        self.clinic_services = list(clinic_services)
        self.clinic_name = clinic_name
        self._open_external = open_external
        self.browser = QTextBrowser()
        self.browser.setObjectName("supportText")
        self.browser.setAccessibleName(self.tr("Get support"))
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.document().setDocumentMargin(24)
        self.browser.document().setDefaultStyleSheet(lesson_style_sheet())
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setHtml(self._page())
        self.browser.setMaximumWidth(READING_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addStretch(1)
        layout.addWidget(self.browser, 100)
        layout.addStretch(1)

    def set_country(self, country: str) -> None:
        """List ``country``'s services first from now on."""
        self.country = country
        self.browser.setHtml(self._page())

    def restyle(self) -> None:
        """Draw the page again in the current theme's colours."""
        self.browser.document().setDefaultStyleSheet(lesson_style_sheet())
        self.browser.setHtml(self._page())

    def _page(self) -> str:
        allow_links = self._open_external is not None
        return qt_html(
            support_html(
                self.services, allow_links, self.clinic_services, self.clinic_name, self.country
            )
        )

    def _follow(self, url: QUrl) -> None:
        if self._open_external is not None and url.scheme() in ("http", "https"):
            self._open_external(self, url)

    def refresh_fonts(self, base: QFont) -> None:
        self.browser.document().setDefaultFont(scaled_font(base, READER_FONT_FACTOR))
