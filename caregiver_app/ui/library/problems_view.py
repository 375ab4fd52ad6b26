"""The "Content problems" view: every problem in the content folder, checked off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.lessons import CheckReport, check_content
from caregiver_app.ui.widgets.operations import Operation
from caregiver_app.ui.widgets.text import Level, heading


class ProblemsView(QWidget):
    """Lists each problem as file, line and message, the same as ``check-content`` prints."""

    check_finished = Signal(object)  # CheckReport

    def __init__(self, content_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.content_dir = content_dir
        self.report: CheckReport | None = None
        self._job: Operation | None = None

        title = heading(self.tr("Content problems"), Level.PAGE)
        explanation = QLabel(
            self.tr(
                "Problems found in the lesson files of %s. Lessons that cannot be read are left "
                "out of the library; unsafe parts of other lessons are removed. Fix the files, "
                "then check again."
            )
            % content_dir
        )
        explanation.setWordWrap(True)
        explanation.setObjectName("pageIntro")
        self.summary = QLabel()
        self.summary.setObjectName("problemsSummary")
        self.summary.setWordWrap(True)  # with warnings it says two things
        self.progress = QProgressBar()
        self.progress.setObjectName("checkProgress")
        self.progress.setAccessibleName(self.tr("Checking lessons"))
        self.progress.hide()
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.setObjectName("recheckButton")
        self.table = QTreeWidget()
        self.table.setObjectName("problemsTable")
        self.table.setAccessibleName(self.tr("Content problems"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([self.tr("File"), self.tr("Line"), self.tr("Problem")])
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.progress)
        row.addWidget(self.recheck_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)
        self.recheck_button.clicked.connect(self.start_check)

    def start_check(self) -> None:
        """Check the whole folder in the background; the list fills in when it is done."""
        if self._job is not None:
            return
        self.summary.setText(self.tr("Checking lessons…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.recheck_button.setEnabled(False)
        content_dir = self.content_dir
        self._job = (
            Operation(self, lambda progress: check_content(content_dir, progress=progress.report))
            .with_progress(self._on_progress)
            .success(self.show_report)
            .failure(self._check_failed)
            .run()
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _check_failed(self, error: BaseException) -> None:
        self._job = None
        self.progress.hide()
        self.recheck_button.setEnabled(True)
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        self.summary.setText(
            self.tr("The lessons could not be checked (%s). Check again in a moment.") % reason
        )

    def show_report(self, report: CheckReport) -> None:
        self._job = None
        self.report = report
        self.progress.hide()
        self.recheck_button.setEnabled(True)
        self.table.clear()
        for problem in report.problems + report.warnings:  # warnings last: nothing is lost
            item = QTreeWidgetItem([problem.path, str(problem.line), problem.message])
            item.setToolTip(2, problem.message)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            self.table.addTopLevelItem(item)
        self.table.setVisible(bool(report.problems or report.warnings))
        if report.problems:
            count = len(report.problems)
            text = (
                self.tr("1 problem in %2 lessons.")
                if count == 1
                else self.tr("%1 problems in %2 lessons.")
            )
            self.summary.setText(
                text.replace("%1", str(count)).replace("%2", str(report.lesson_count))
            )
        else:
            self.summary.setText(
                self.tr(
                    "✓ No problems found in %n lesson(s). Every lesson can be read.",
                    "",
                    report.lesson_count,
                )
            )
        if report.warnings:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr(
                    "%n warning(s) below: a translation missing or behind its English lesson, "
                    "or text that shows, but not as it was written.",
                    "",
                    len(report.warnings),
                )
            )
        self.check_finished.emit(report)
