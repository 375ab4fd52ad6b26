"""Everything the app keeps: profiles, progress and private entries in one SQLite database.
Plain Python, no Qt."""

from typing import TYPE_CHECKING, Any

from caregiver_app.store.backups import Backup, list_backups, newest_good_backup
from caregiver_app.store.database import DatabaseFaultError, UnusableDatabaseError
from caregiver_app.store.integrity import LockedError
from caregiver_app.store.lock import AlreadyRunningError
from caregiver_app.store.profiles import Profile, ProfileNameError, Profiles, ProfileSummary
from caregiver_app.store.progress import (
    COMPLETED,
    IN_PROGRESS,
    LessonProgress,
    Progress,
    QuizAttempt,
)
from caregiver_app.store.store import OpenedStore, Store, StoreNotice, memory_store, open_store
from caregiver_app.store.vault import LockMaterial, Vault, WrongSecretError

__all__ = [
    "COMPLETED",
    "IN_PROGRESS",
    "MOODS",
    "STAGES",
    "AlreadyRunningError",
    "Backup",
    "DatabaseFaultError",
    "LessonProgress",
    "LockMaterial",
    "LockedError",
    "Observation",
    "OpenedStore",
    "Plan",
    "PrivateData",
    "Profile",
    "ProfileNameError",
    "ProfileSummary",
    "Profiles",
    "Progress",
    "QuizAttempt",
    "StagePlan",
    "Store",
    "StoreNotice",
    "StressEntry",
    "UnusableDatabaseError",
    "Vault",
    "WrongSecretError",
    "list_backups",
    "memory_store",
    "newest_good_backup",
    "open_store",
]

# The private entries' modules load when first used: a start shows the library, and their
# dataclasses (about 0.6 ms each to make on Python 3.11) and row sealing wait until then.
_PRIVATE = ("MOODS", "STAGES", "Observation", "Plan", "PrivateData", "StagePlan", "StressEntry")

if TYPE_CHECKING:
    from caregiver_app.store.private import (
        MOODS,
        STAGES,
        Observation,
        Plan,
        PrivateData,
        StagePlan,
        StressEntry,
    )


def __getattr__(name: str) -> Any:
    if name in _PRIVATE:
        from caregiver_app.store import private  # noqa: PLC0415

        return getattr(private, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
