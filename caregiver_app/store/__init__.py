"""Everything the app keeps: profiles, progress and private entries in one SQLite database.
Plain Python, no Qt."""

from caregiver_app.store.backups import Backup, list_backups, newest_good_backup
from caregiver_app.store.database import DatabaseFaultError, UnusableDatabaseError
from caregiver_app.store.integrity import LockedError
from caregiver_app.store.lock import AlreadyRunningError
from caregiver_app.store.private import (
    MOODS,
    STAGES,
    Observation,
    Plan,
    PrivateData,
    StagePlan,
    StressEntry,
)
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
