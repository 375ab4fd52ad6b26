"""Printing a page of our HTML.

Kiosks print straight to the default printer (a print dialog could "print" to a file, which
would leave a trace on the machine); at home the usual print dialog is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from caregiver_app.ui.widgets.text import tr
from caregiver_app.ui.widgets.theme import lesson_style_sheet


def print_html(
    page_html: str, parent: QWidget, ask: bool, images: dict[str, QImage] | None = None
) -> bool:
    """Print ``page_html``; with ``ask`` the print dialog is shown first. True when printed."""
    if QPrinterInfo.defaultPrinter().isNull() and not QPrinterInfo.availablePrinters():
        QMessageBox.information(
            parent, tr("No printer"), tr("No printer is set up on this computer.")
        )
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if ask and QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    document = QTextDocument()
    document.setDefaultStyleSheet(lesson_style_sheet())
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(page_html)
    document.print_(printer)
    return True
