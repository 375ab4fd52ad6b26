"""The "Content problems" view: every problem in the content folder, checked off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
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


class _CheckSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # CheckReport


class _CheckJob(QRunnable):
    """Loads and renders every lesson in a worker thread; reports back by signal."""

    def __init__(self, content_dir: Path):
        super().__init__()
        self.content_dir = content_dir
        self.signals = _CheckSignals()

    def run(self) -> None:
        report = check_content(self.content_dir, progress=self.signals.progress.emit)
        self.signals.finished.emit(report)


class ProblemsView(QWidget):
    """Lists each problem as file, line and message, the same as ``check-content`` prints."""

    check_finished = Signal(object)  # CheckReport

    def __init__(self, content_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.content_dir = content_dir
        self.report: CheckReport | None = None
        self._job: _CheckJob | None = None

        title = QLabel(self.tr("Content problems"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
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
        self._job = _CheckJob(self.content_dir)
        self._job.signals.progress.connect(self._on_progress)
        self._job.signals.finished.connect(self.show_report)
        QThreadPool.globalInstance().start(self._job)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def show_report(self, report: CheckReport) -> None:
        self._job = None
        self.report = report
        self.progress.hide()
        self.recheck_button.setEnabled(True)
        self.table.clear()
        for problem in report.problems:
            item = QTreeWidgetItem([problem.path, str(problem.line), problem.message])
            item.setToolTip(2, problem.message)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            self.table.addTopLevelItem(item)
        self.table.setVisible(bool(report.problems))
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
        self.check_finished.emit(report)
