""" "Your data": where it is kept, backing it up to one file, and restoring it (with care)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store import DatabaseFaultError, Store, UnusableDatabaseError, list_backups
from caregiver_app.ui.widgets.dates import time_text
from caregiver_app.ui.widgets.dialogs import button_row, confirm
from caregiver_app.ui.widgets.saving import busy_cursor, describe_failure

BACKUP_FILTER = "Caregiver Companion backup (*.ccbackup *.db)"


class DataDialog(QDialog):
    """Back up everything to a file, restore from a file or from an automatic backup."""

    data_replaced = Signal()

    def __init__(self, store: Store, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Your data"))
        self.setMinimumSize(560, 460)

        where = QLabel()
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if store.in_memory:
            where.setText(self.tr("Nothing is being saved on this computer in this session."))
        else:
            where.setText(
                self.tr(
                    "Everything you save stays on this computer, in %s. To move to another "
                    "computer, back up to a file (on a USB stick, for example) and restore it "
                    "there. Only entries protected by a passcode are encrypted in the backup "
                    "file, so keep it somewhere safe."
                )
                % data_dir
            )
        self.backup_button = QPushButton(self.tr("Back up to a file…"))
        self.backup_button.setObjectName("backupButton")
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"))
        self.restore_file_button.setObjectName("restoreFileButton")
        file_row = button_row(start=(self.backup_button, self.restore_file_button))

        automatic = QLabel(
            self.tr(
                "Automatic backups (made while you use the app and before big changes; one a "
                "day is kept for two weeks, then one a week, then one a month for a year):"
            )
        )
        automatic.setWordWrap(True)
        self.backups = QListWidget()
        self.backups.setObjectName("automaticBackups")
        self.backups.setAccessibleName(self.tr("Automatic backups"))
        self.restore_backup_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_backup_button.setObjectName("restoreBackupButton")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(file_row)
        layout.addWidget(automatic)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.restore_backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(close)

        self._offer_what_the_store_allows(where)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.restore_backup_button.clicked.connect(self.restore_selected_backup)
        close.rejected.connect(self.reject)
        self._list_backups()

    def _offer_what_the_store_allows(self, where: QLabel) -> None:
        for button in (self.backup_button, self.restore_file_button, self.restore_backup_button):
            button.setEnabled(not self.store.in_memory)
        if self.store.read_only_reason is not None:  # saving a copy works; replacing cannot
            self.restore_file_button.setEnabled(False)
            where.setText(where.text() + "\n\n" + self.store.read_only_reason)

    def _list_backups(self) -> None:
        self.backups.clear()
        for backup in list_backups(self.data_dir):
            text = time_text(backup.made_at)
            reason = self._reasons().get(backup.reason)
            item = QListWidgetItem(f"{text} ({reason})" if reason else text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.backups.addItem(item)
        self.backups.setCurrentRow(0)
        self.restore_backup_button.setEnabled(
            not self.store.in_memory and not self.store.read_only and self.backups.count() > 0
        )

    def _reasons(self) -> dict[str, str]:
        return {
            "before-restore": self.tr("before a restore"),
            "before-import": self.tr("before an import"),
            "before-passcode": self.tr("before a passcode was set"),
        }

    # Small methods so tests can answer the file dialogs and questions for the user.
    def ask_save_path(self) -> Path | None:
        suggested = Path.home() / f"caregiver-companion-{datetime.now():%Y-%m-%d}.ccbackup"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up to a file"), str(suggested), BACKUP_FILTER
        )
        return Path(path) if path else None

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(Path.home()), BACKUP_FILTER
        )
        return Path(path) if path else None

    def confirm_replace(self, source: str) -> bool:
        confirmed = confirm(
            self,
            self.tr("Replace everything?"),
            self.tr(
                "This replaces ALL profiles, progress and notes on this computer with those in %s. "
                "What is here now will be lost unless you back it up first. A backup made before "
                "a passcode was set holds those entries unencrypted. Continue?"
            )
            % source,
        )
        return confirmed

    def back_up(self) -> None:
        target = self.ask_save_path()
        if target is None:
            return
        try:
            with busy_cursor():
                self.store.export_to(target)
        except (OSError, sqlite3.Error) as error:
            QMessageBox.warning(
                self,
                self.tr("Backup failed"),
                self.tr("Nothing was saved: %s") % describe_failure(error),
            )
            return
        QMessageBox.information(
            self, self.tr("Backup saved"), self.tr("Everything was saved to %s.") % target
        )

    def restore_from_file(self) -> None:
        source = self.ask_open_path()
        if source is not None and self.confirm_replace(source.name):
            self._restore(source)

    def restore_selected_backup(self) -> None:
        item = self.backups.currentItem()
        if item is not None and self.confirm_replace(self.tr("the backup from %s") % item.text()):
            self._restore(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _restore(self, source: Path) -> None:
        try:
            with busy_cursor():
                kept = self.store.restore_from(source)
        except (UnusableDatabaseError, DatabaseFaultError) as error:
            QMessageBox.warning(
                self,
                self.tr("Cannot restore this file"),
                self.tr("Nothing was changed, because %s.") % error.reason,
            )
            return
        except (OSError, sqlite3.Error) as error:
            QMessageBox.warning(
                self,
                self.tr("Restore failed"),
                self.tr("Nothing was changed: %s") % describe_failure(error),
            )
            return
        message = self.tr("Your data was restored.")
        if kept is not None:
            message += " " + self.tr(
                "What was here before is kept as the backup from %s, in the list of automatic "
                "backups."
            ) % time_text(kept.made_at)
        QMessageBox.information(self, self.tr("Restored"), message)
        self.data_replaced.emit()
        self.accept()
