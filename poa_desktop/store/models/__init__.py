"""All mapped classes; importing this package registers every table on ``Base.metadata``."""

from .assessment import Answer, AnswerLaw, Assessment, Revision, answer_agency
from .clearance import ClearanceEvent
from .evidence import EvidenceFile, sha256_hex
from .local import AnswerDraft, LocalSecret
from .profile import Agency, Contact, StateProfile
from .report_fields import ReportFieldRevision, ReportFieldValue, ReportValue
from .vocabulary import (
    ANSWER_STATUSES,
    ASSESSMENT_STATUSES,
    ASSISTANCE_KINDS,
    CLEARANCE_ACTIONS,
    PROVENANCES,
)

__all__ = [
    "ANSWER_STATUSES",
    "ASSESSMENT_STATUSES",
    "ASSISTANCE_KINDS",
    "CLEARANCE_ACTIONS",
    "PROVENANCES",
    "Agency",
    "Answer",
    "AnswerDraft",
    "AnswerLaw",
    "Assessment",
    "ClearanceEvent",
    "Contact",
    "EvidenceFile",
    "LocalSecret",
    "ReportFieldRevision",
    "ReportFieldValue",
    "ReportValue",
    "Revision",
    "StateProfile",
    "answer_agency",
    "sha256_hex",
]
