"""Every public name of the store, imported eagerly: SQLAlchemy, the models, opening, backups.

The package's ``__init__`` loads this module on the first name taken from it, so that the few
plain-``sqlite3`` modules (:mod:`.probe`, :mod:`.quick_read`) can be imported without SQLAlchemy.
"""

from .backup import (
    BACKUP_FOLDER,
    backup_database,
    backup_path,
    backup_path_before_upgrade,
    copy_database,
    restore_into,
)
from .base import NAMING_CONVENTION, Base
from .database import Database, open_database
from .errors import (
    DatabaseDamagedError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    MigrationError,
    NotADatabaseError,
    StorageError,
    StoreError,
)
from .failures import guard_storage
from .location import DB_PATH_ENV, default_database_path
from .models import (
    ANSWER_STATUSES,
    ASSESSMENT_STATUSES,
    ASSISTANCE_KINDS,
    PROVENANCES,
    Agency,
    Answer,
    AnswerDraft,
    AnswerLaw,
    Assessment,
    Contact,
    EvidenceFile,
    LocalSecret,
    ReportFieldRevision,
    ReportFieldValue,
    ReportValue,
    Revision,
    StateProfile,
    answer_agency,
    sha256_hex,
)
from .probe import SCHEMA_HEAD
from .types import UTCDateTime, utcnow

__all__ = [
    "ANSWER_STATUSES",
    "ASSESSMENT_STATUSES",
    "ASSISTANCE_KINDS",
    "BACKUP_FOLDER",
    "DB_PATH_ENV",
    "NAMING_CONVENTION",
    "PROVENANCES",
    "SCHEMA_HEAD",
    "Agency",
    "Answer",
    "AnswerDraft",
    "AnswerLaw",
    "Assessment",
    "Base",
    "Contact",
    "Database",
    "DatabaseDamagedError",
    "DatabaseTooNewError",
    "DatabaseUnavailableError",
    "EvidenceFile",
    "LocalSecret",
    "MigrationError",
    "NotADatabaseError",
    "ReportFieldRevision",
    "ReportFieldValue",
    "ReportValue",
    "Revision",
    "StateProfile",
    "StorageError",
    "StoreError",
    "UTCDateTime",
    "answer_agency",
    "backup_database",
    "backup_path",
    "backup_path_before_upgrade",
    "copy_database",
    "default_database_path",
    "guard_storage",
    "open_database",
    "restore_into",
    "sha256_hex",
    "utcnow",
]
