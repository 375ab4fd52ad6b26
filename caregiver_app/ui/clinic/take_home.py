"""Paper to take away: the "take this home" card of a kiosk visit."""

from __future__ import annotations

import html
import io
from collections.abc import Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons import Lesson, Service
from caregiver_app.ui.widgets.dialogs import button_row
from caregiver_app.ui.widgets.printing import print_html
from caregiver_app.ui.widgets.text import tr
from caregiver_app.ui.widgets.theme import lesson_style_sheet


def qr_image(text: str) -> QImage:
    """A QR code of ``text`` (the clinic's web address) as an image."""
    import segno  # noqa: PLC0415  (only kiosks with a web address need it)

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=6, border=2)
    return QImage.fromData(buffer.getvalue())


def take_home_html(
    lessons: Sequence[Lesson],
    clinic: str,
    web: str,
    services: Sequence[Service],
    *,
    printing: bool = True,
) -> str:
    """The card: what was read, where to find more, who to call. Nothing personal. Without
    ``printing`` it starts with how to take it home anyway: a phone."""
    e = html.escape
    # Translated outside the f-strings: lupdate does not find tr() inside one.
    looked_at = e(tr("Lessons you looked at today"))
    start_with = e(tr("Start with “Start here” and “Early warning signs of relapse”."))
    need_help = e(tr("If you need help"))
    parts = [f"<h1>{e(clinic) or 'Caregiver Companion'}</h1>"]
    if not printing:
        parts.append(f"<p><b>{e(_phone_note(web))}</b></p>")
    if web:
        parts.append(
            "<p>"
            + e(tr("Read more, at home:"))
            + f" <b>{e(web)}</b></p><p><img src='qr' width='150'></p>"
        )
    parts.append(f"<h2>{looked_at}</h2>")
    if lessons:
        parts.append(
            "<ul>"
            + "".join(f"<li><b>{e(x.title)}</b><br/>{e(x.summary)}</li>" for x in lessons)
            + "</ul>"
        )
    else:
        parts.append(f"<p>{start_with}</p>")
    crisis = [
        service for service in services if service.kind in ("emergency", "crisis") and service.phone
    ][:6]
    if crisis:
        parts.append(f"<h2>{need_help}</h2><ul>")
        parts += [
            f"<li>{e(x.name)}{f' ({e(x.region)})' if x.region else ''}: <b>{e(x.phone)}</b></li>"
            for x in crisis
        ]
        parts.append("</ul>")
    return "".join(parts)


def _phone_note(web: str) -> str:
    """How to take the card home where it cannot be printed. The code holds the clinic's web
    address only, so it is the photo that keeps the list itself."""
    if web:
        return tr(
            "This computer does not print. To take this home, point your phone's camera at "
            "the code below: it opens the clinic's pages. To keep this list too, take a photo "
            "of it."
        )
    return tr(
        "This computer does not print. To keep this list, take a photo of it with your phone."
    )


class TakeHomeDialog(QDialog):
    """Shows the card; prints it where the clinic allows printing."""

    def __init__(
        self,
        lessons: Sequence[Lesson],
        *,
        clinic: str,
        web: str,
        services: Sequence[Service],
        allow_printing: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take this home"))
        self.resize(620, 640)
        self.page_html = take_home_html(lessons, clinic, web, services, printing=allow_printing)
        self.images = {"qr": qr_image(web)} if web else {}
        self.browser = QTextBrowser()
        self.browser.setObjectName("takeHomeCard")
        self.browser.document().setDefaultStyleSheet(lesson_style_sheet())
        for name, image in self.images.items():
            self.browser.document().addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(name), image
            )
        self.browser.setHtml(self.page_html)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("primaryButton")
        self.print_button.setVisible(allow_printing)
        self.print_button.clicked.connect(
            lambda: print_html(self.page_html, self, ask=False, images=self.images)
        )
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = button_row(close, start=(self.print_button,))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addLayout(buttons)
