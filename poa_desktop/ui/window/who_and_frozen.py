"""Who the window's changes are recorded as, the banners over answers that cannot change, and
the line that says when an answer was last saved.

Kept apart from the main window so that module stays about moving and answering.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from poa_desktop.catalog import Commitment
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.text import arg
from poa_desktop.services.assessments.info import AssessmentInfo
from poa_desktop.services.errors import FROZEN_STATUSES
from poa_desktop.ui.common.local_time import local_time_text


def ask_working_as(parent: QWidget, current: str) -> str | None:
    """File → Working as…: the name typed (empty: the focal point), or None when cancelled."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("MainWindow", "Working as"),
        QCoreApplication.translate(
            "MainWindow",
            "Your name, as the history and the report should record your changes.\n"
            "Leave it empty to work as the focal point of the State profile. The computer "
            "login is recorded beside it.",
        ),
        QLineEdit.EchoMode.Normal,
        current,
    )
    return name if ok else None


class FrozenStep(Protocol):
    """The step that froze an assessment (``frozen_by``'s, or the first screen's quick read)."""

    @property
    def actor(self) -> str: ...

    @property
    def created_at(self) -> datetime: ...


def frozen_notice(assessment: AssessmentInfo, step: FrozenStep | None) -> str:
    """The banner above a submitted or cleared assessment's answers: since when, by whom
    (``step``, the step that froze it, when recorded), and how to change them; empty for a
    draft."""
    status = assessment.status
    if status not in FROZEN_STATUSES:
        return ""
    how = QCoreApplication.translate(
        "MainWindow",
        "To change them, reopen the assessment as a draft, saying why (Assessment → Clearance…).",
    )
    if status == "submitted":
        if step is None:
            said = QCoreApplication.translate(
                "MainWindow", "Submitted for clearance: the answers cannot change."
            )
        else:
            said = arg(
                QCoreApplication.translate(
                    "MainWindow", "Submitted for clearance on %1 by %2: the answers cannot change."
                ),
                local_time_text(step.created_at),
                step.actor,
            )
    elif step is None:
        said = QCoreApplication.translate(
            "MainWindow", "Cleared (approved for release): the answers are frozen."
        )
    else:
        said = arg(
            QCoreApplication.translate(
                "MainWindow", "Cleared (approved for release) on %1 by %2: the answers are frozen."
            ),
            local_time_text(step.created_at),
            step.actor,
        )
    return f"{said} {how}"


def no_longer_a_measure(commitment: Commitment, catalog_version: str) -> str:
    """The banner over an answer kept from when an earlier catalog counted the paragraph as a
    measure: shown read-only, so nothing typed disappears from sight."""
    if commitment.kind == "declaration":
        kind = QCoreApplication.translate("MainWindow", "a declaration")
    else:
        kind = QCoreApplication.translate("MainWindow", "a procedural paragraph")
    return arg(
        QCoreApplication.translate(
            "MainWindow",
            "This answer was saved when the commitment catalog counted %1 as a measure. "
            "Catalog %2 reads it as %3, which is not assessed: the answer is kept and shown "
            "here read-only, but it no longer counts in the progress or the report.",
        ),
        commitment.label,
        catalog_version,
        kind,
    )


def provenance_text(record: AnswerRecord) -> str:
    """ "Last saved 2026-11-30 10:12 by Lena Marov (imported from …)", or "No answer yet"."""
    if record.updated_at is None:
        return QCoreApplication.translate("MainWindow", "No answer yet")
    when = record.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    text = arg(QCoreApplication.translate("MainWindow", "Last saved %1"), when)
    if record.updated_by:
        text += " " + arg(QCoreApplication.translate("MainWindow", "by %1"), record.updated_by)
    if record.provenance_detail:
        text += f" ({record.provenance_detail})"
    return text
