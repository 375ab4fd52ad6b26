"""The plan's "one page" PDF is one A4 page whatever is in it, across the page's whole width,
shrunk only as much as it must be; the observations are on it only when the user chose them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QCheckBox, QPushButton, QStackedWidget

from caregiver_app.store import STAGES, Observation, Plan, StagePlan, open_store
from caregiver_app.ui.private.feature import private_feature
from caregiver_app.ui.private.plan_page import plan_html, save_plan_pdf
from caregiver_app.ui.private.reports import fitting_scale, write_pdf
from caregiver_app.ui.session import Location, Session, View

SHORT = Plan(
    "Sam",
    {
        "early": StagePlan("Up at night\nSkips meals", "Ask how they are sleeping", "GP 555 0100"),
        "crisis": StagePlan("Leaves home at night", "Call 988", "Crisis line 988\nDr Lee 555 0101"),
    },
)
SENTENCE = "Stays up all night and talks fast about plans; says the neighbours are watching. "
LONG = Plan(
    "Sam",
    {
        stage: StagePlan(SENTENCE * 8, SENTENCE * 8, f"Dr Lee 555 0101 ({stage})\n" + SENTENCE * 8)
        for stage in STAGES
    },
)
NOTICED = [
    Observation(n, date(2026, 1, 1) + timedelta(days=n), STAGES[n % 4], f"noticed thing {n:02}")
    for n in range(20)
]


@pytest.fixture
def read_pdf() -> Iterator[object]:
    """``read_pdf(path)`` -> (page count, the text of every page) of a written PDF."""
    opened: list[QPdfDocument] = []

    def read(path: Path) -> tuple[int, str]:
        document = QPdfDocument()
        opened.append(document)
        assert document.load(str(path)) == QPdfDocument.Error.None_
        pages = document.pageCount()
        return pages, "\n".join(document.getAllText(page).text() for page in range(pages))

    yield read
    for document in opened:
        document.close()


def ink_columns(path: Path) -> tuple[float, float]:
    """The leftmost and rightmost inked column of page 0, as fractions of the page's width."""
    document = QPdfDocument()
    document.load(str(path))
    image = document.render(0, QSize(595, 842)).convertToFormat(QImage.Format.Format_RGB32)
    document.close()
    inked = [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)).lightness() < 200 for y in range(0, image.height(), 2))
    ]
    return inked[0] / image.width(), inked[-1] / image.width()


@pytest.mark.parametrize("plan", [SHORT, Plan()], ids=["short", "empty"])
def test_a_short_plan_is_one_page_across_the_whole_width(qapp, tmp_path, read_pdf, plan) -> None:
    target = tmp_path / "plan.pdf"
    save_plan_pdf(plan, target)
    pages, text = read_pdf(target)
    assert pages == 1
    assert all(title in text for title in ("Well", "Early signs", "Getting worse", "Crisis"))
    left, right = ink_columns(target)
    # The printable width is 7% to 93% of A4 (15 mm margins); it used to end near 70%.
    assert left < 0.08 and right > 0.91


def test_a_plan_filled_to_the_brim_with_observations_is_still_one_whole_page(
    qapp, tmp_path, read_pdf
) -> None:
    target = tmp_path / "plan.pdf"
    save_plan_pdf(LONG, target, NOTICED)
    pages, text = read_pdf(target)
    assert pages == 1
    # Nothing fell off the bottom: the last stage, the last observation and the footer are there.
    assert "Dr Lee 555 0101 (crisis)" in text
    assert "noticed thing 19" in text and "Made with Caregiver Companion" in text
    left, right = ink_columns(target)
    assert left < 0.08 and right > 0.91  # shrunk, yet still across the whole width


def test_the_observations_are_on_the_page_only_when_chosen(qapp, tmp_path, read_pdf) -> None:
    without, with_them = tmp_path / "plan.pdf", tmp_path / "plan-and-notes.pdf"
    save_plan_pdf(SHORT, without)
    save_plan_pdf(SHORT, with_them, NOTICED[:2])
    assert "noticed thing" not in read_pdf(without)[1]
    text = read_pdf(with_them)[1]
    assert "noticed thing 00" in text and "noticed thing 01" in text
    assert "1 January 2026" in text and "What I have noticed" in text


def test_only_the_most_recent_observations_fit_and_the_page_says_so() -> None:
    many = [
        Observation(n, date(2025, 1, 1) + timedelta(days=n), "well", f"note {n:03}")
        for n in range(45)
    ]
    page = plan_html(SHORT, many)
    assert "note 014" not in page and "note 015" in page and "note 044" in page
    assert "The most recent 30 of 45" in page


def test_what_the_user_wrote_is_escaped_on_the_page() -> None:
    page = plan_html(Plan("<b>Sam</b>", {"well": StagePlan(signs="a < b & c")}))
    assert "&lt;b&gt;Sam&lt;/b&gt;" in page and "a &lt; b &amp; c" in page


def _a4_document(page_html: str) -> tuple[QTextDocument, QPdfWriter]:
    writer = QPdfWriter("/dev/null")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setHtml(page_html)
    return document, writer


def test_the_page_is_shrunk_no_more_than_it_must_be(qapp) -> None:
    document, writer = _a4_document(plan_html(SHORT))
    assert fitting_scale(document, writer.width(), writer.height()) == 1.0  # full size

    document, writer = _a4_document(plan_html(LONG, NOTICED))
    width, height = writer.width(), writer.height()
    scale = fitting_scale(document, width, height)
    assert 0.3 < scale < 1
    assert document.textWidth() == pytest.approx(width / scale)  # left laid out to fill width
    assert document.size().height() * scale <= height
    document.setTextWidth(width / (scale * 1.01))
    assert document.size().height() * scale * 1.01 > height  # a little larger would not fit


def test_other_pages_still_run_on_over_several_pages(qapp, tmp_path, read_pdf) -> None:
    target = tmp_path / "report.pdf"
    write_pdf("<p>A long day.</p>" * 400, target)
    assert read_pdf(target)[0] > 1


@pytest.fixture
def session(tmp_path: Path, session_over) -> Iterator[Session]:
    store = open_store(tmp_path / "data").store
    yield session_over(store)
    store.close()


def test_the_plan_page_offers_the_observations_next_to_its_save_button(
    qtbot, session, tmp_path, monkeypatch, read_pdf
) -> None:
    session.private_data().add_observation(date(2026, 3, 9), "worse", "up at 3am")
    host = QStackedWidget()
    qtbot.addWidget(host)
    area, _commands, files = private_feature(session, host)
    host.addWidget(area.page(Location(View.PLAN)))
    host.resize(1000, 800)
    host.show()
    qtbot.waitExposed(host)
    view = area.plan_view
    include = view.findChild(QCheckBox, "planIncludeObservations")
    assert include.isVisible() and not include.isChecked()  # not on the page unless chosen
    assert include.text() == "Include my observations"
    assert view.findChild(QPushButton, "planExportButton").isVisible()
    monkeypatch.setattr(files, "warn_unencrypted", lambda: True)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(files, "ask_save_path", lambda *args: target)

    files.export_plan()
    assert "up at 3am" not in read_pdf(target)[1]
    qtbot.mouseClick(include, Qt.MouseButton.LeftButton)
    files.export_plan()
    pages, text = read_pdf(target)
    assert pages == 1 and "up at 3am" in text and "9 March 2026" in text
