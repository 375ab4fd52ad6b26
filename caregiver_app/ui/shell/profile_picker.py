"""Choosing who is using the app: one profile per family member."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.store import Profile, ProfileNameError, Store
from caregiver_app.ui.widgets.dialogs import button_row, confirm
from caregiver_app.ui.widgets.text import QT_TRANSLATE_NOOP, Level, heading

# Translated when the profile is made.
DEFAULT_PROFILE_NAME = QT_TRANSLATE_NOOP("ProfilePicker", "Me")
T = TypeVar("T")


class ProfilePicker(QDialog):
    """Lists the profiles (the last one used selected) and lets the user add, rename or delete."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.chosen: Profile | None = None
        self.setWindowTitle(self.tr("Who is using Caregiver Companion?"))
        self.setMinimumSize(460, 420)

        title = heading(self.tr("Who is using Caregiver Companion?"), Level.PAGE)
        explanation = QLabel(
            self.tr(
                "Each person in the family can have a profile of their own, with their own "
                "progress and notes."
            )
        )
        explanation.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("profileList")
        self.list.setAccessibleName(self.tr("Profiles"))
        list_font = self.list.font()
        list_font.setPointSizeF(list_font.pointSizeF() * 1.2)
        self.list.setFont(list_font)

        self.new_button = QPushButton(self.tr("New profile…"))
        self.new_button.setObjectName("newProfileButton")
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setObjectName("renameProfileButton")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteProfileButton")
        manage = button_row(start=(self.new_button, self.rename_button, self.delete_button))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setObjectName("primaryButton")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(self.list, 1)
        layout.addLayout(manage)
        layout.addWidget(self.buttons)

        self.new_button.clicked.connect(self.add_profile)
        self.rename_button.clicked.connect(self.rename_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self.buttons.accepted.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        profiles = self.store.profiles.all()
        if select_id is None and profiles:
            last = self.store.profiles.last_used()
            select_id = last.id if last else profiles[0].id
        self.list.clear()
        for profile in profiles:
            label = profile.name + (self.tr("  (passcode)") if profile.has_passcode else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, profile.name)
            self.list.addItem(item)
            if profile.id == select_id:
                self.list.setCurrentItem(item)
        self._update_buttons()
        self.list.setFocus()

    def selected(self) -> Profile | None:
        item = self.list.currentItem()
        return self.store.profiles.get(int(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def _update_buttons(self) -> None:
        has_selection = self.list.currentItem() is not None
        self.rename_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(has_selection)

    def accept(self) -> None:
        self.chosen = self.selected()
        if self.chosen is None:
            return
        super().accept()

    def ask_name(self, title: str, label: str, current: str = "") -> str | None:
        """Ask for a name; a separate method so tests can answer for the user."""
        name, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, current)
        return name if ok else None

    def add_profile(self) -> None:
        name = self.ask_name(
            self.tr("New profile"), self.tr("Name (for example, your first name):")
        )
        if name is not None:
            profile = self._save(lambda: self.store.profiles.create(name))
            if profile is not None:
                self.refresh(profile.id)

    def rename_profile(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        name = self.ask_name(self.tr("Rename profile"), self.tr("New name:"), profile.name)
        if name is not None:
            renamed = self._save(lambda: self.store.profiles.rename(profile.id, name))
            if renamed is not None:
                self.refresh(renamed.id)

    def delete_profile(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        summary = self.store.profiles.summary(profile.id)
        confirmed = confirm(
            self,
            self.tr("Delete “%s”?") % profile.name,
            self.tr(
                "This deletes the profile “%1” and everything in it: %2 lessons started, "
                "%3 completed, %4 quiz answers and %5 written reflections. This cannot be undone."
            )
            .replace("%1", profile.name)
            .replace("%2", str(summary.lessons_started))
            .replace("%3", str(summary.lessons_completed))
            .replace("%4", str(summary.quiz_answers))
            .replace("%5", str(summary.reflections)),
        )
        if confirmed:
            self._save(lambda: self.store.profiles.delete(profile.id))
            self.refresh()

    def _save(self, change: Callable[[], T]) -> T | None:
        try:
            return change()
        except ProfileNameError as error:
            QMessageBox.information(self, self.tr("Choose another name"), str(error))
        except sqlite3.Error as error:
            QMessageBox.warning(
                self, self.tr("Could not save"), self.tr("Nothing was changed: %s") % error
            )
        return None


def choose_profile(
    store: Store, parent: QWidget | None = None, always_ask: bool = False
) -> Profile | None:
    """The profile to use: asked for when there is a choice to make.

    With no profiles yet, a first one is made (its name can be changed later); with a single
    profile that has no passcode, it is used without asking.
    """
    profiles = store.profiles.all()
    if not profiles:
        profile = store.profiles.create(
            QCoreApplication.translate("ProfilePicker", DEFAULT_PROFILE_NAME)
        )
    elif len(profiles) == 1 and not profiles[0].has_passcode and not always_ask:
        profile = profiles[0]
    else:
        picker = ProfilePicker(store, parent)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
            return None
        profile = picker.chosen
    remember_profile(store, profile)
    return profile


def remember_profile(store: Store, profile: Profile) -> None:
    """Pre-select ``profile`` next time. Only a convenience: a store that cannot be written now
    (read-only, a full disk) is no reason not to start."""
    with contextlib.suppress(sqlite3.Error):
        store.profiles.mark_used(profile.id)
