"""Autosave: what is typed reaches the database within a second, without pressing anything.

Edits start two timers: a short quiet-period timer (saves when typing pauses) and a deadline
timer (saves at least once a second while typing goes on). Navigation and closing flush at once.
A killed process therefore loses at most the last second of typing.

What is saved, how a failure is read and what goes to the recovery file are decided by
:class:`~poa_desktop.services.answering.autosave.AutosaveSession`; this controller only times the
saves and tells the user. When the database cannot be written (disk full, read-only, file deleted
or damaged) the form stays as typed, what it holds is kept in a recovery file and the user is told
once per failure episode; the next edits retry, and the first save that works again removes what
it superseded from the recovery file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from poa_desktop.domain.text import arg
from poa_desktop.services.answering.autosave import AutosaveResult, AutosaveSession, StorageFailure
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.window.answer_form import AnswerForm

QUIET_MS = 400
DEADLINE_MS = 900


class AutosaveController(QObject):
    """Saves the form's answer and report fields for the commitment on screen."""

    saved = Signal(str, object)  # commitment id, status (str | None)
    state_changed = Signal(str)  # text for the save indicator
    conflict = Signal(str, object)  # commitment id, AutosaveResult with both versions
    draft_kept = Signal(str)  # commitment id with something typed kept as a draft
    storage_failed = Signal(str)  # the message, once per failure episode

    def __init__(self, ws: Workspace, form: AnswerForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self.session = AutosaveSession(ws)
        """What to save and how failures are handled, without Qt (the CLI uses it too)."""
        self._dirty = False
        self.report_failure: Callable[[str], None] = self._warn
        """Tells the user a save failed (a warning box); tests replace it to read the text."""
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._deadline = QTimer(self, singleShot=True, interval=DEADLINE_MS)
        self._quiet.timeout.connect(self.flush)
        self._deadline.timeout.connect(self.flush)
        form.edited.connect(self._on_edited)

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def author(self) -> str | None:
        """Who saves are recorded as (None: the operating-system login)."""
        return self.session.author

    @author.setter
    def author(self, author: str | None) -> None:
        self.session.author = author

    @property
    def recovery_path(self) -> Path | None:
        """Where the last failed save was kept, if any."""
        return self.session.recovery_path

    def track(
        self,
        assessment_id: int,
        commitment_id: str | None,
        version: int,
        *,
        has_draft: bool | None = None,
    ) -> None:
        """Follow a newly loaded answer (call :meth:`flush` for the previous one first)."""
        self.session.track(assessment_id, commitment_id, version, has_draft=has_draft)
        self._dirty = False

    def _on_edited(self) -> None:
        if self.session.commitment_id is None:
            return
        self._dirty = True
        self.state_changed.emit(self.tr("Editing…"))
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def flush(self) -> bool:
        """Save now if anything changed; True when nothing is left unsaved."""
        self._form.commit_open_edits()  # a cell being typed in counts (may mark the form edited)
        self._quiet.stop()
        self._deadline.stop()
        session = self.session
        if not self._dirty or session.assessment_id is None or session.commitment_id is None:
            return True
        commitment_id = session.commitment_id
        result = session.save(self._form.content(), self._form.field_inputs())
        self._show_answer(result, commitment_id)
        if result.answer == "conflict":
            self._dirty = False
            self.conflict.emit(commitment_id, result)
            return False
        if result.fields_error:
            self.state_changed.emit(arg(self.tr("Not saved: %1"), result.fields_error))
        if result.storage is not None:
            self._tell_kept(result.storage)
            return False
        if result.answer == "error":
            return False
        self._dirty = False
        now = datetime.now().strftime("%H:%M:%S")
        if result.draft_kept:
            # What cannot be saved yet stays on screen, marked, and in the draft beside it.
            self.state_changed.emit(
                arg(self.tr("Saved at %1, except the fields marked ⚠ (kept as a draft)"), now)
            )
            self.draft_kept.emit(commitment_id)
        else:
            self.state_changed.emit(arg(self.tr("Saved at %1"), now))
        return True

    def mark_edited(self) -> None:
        """Save what the form now shows at the next flush (after a conflict was resolved)."""
        if self.session.commitment_id is not None:
            self._dirty = True

    def _show_answer(self, result: AutosaveResult, commitment_id: str) -> None:
        """What happened to the answer itself: problems on the form, the indicator, progress."""
        if result.answer == "invalid":
            self._form.show_problems(result.problems)
        elif result.answer == "conflict":
            self.state_changed.emit(self.tr("Changed elsewhere: choose what to keep"))
        elif result.answer == "error":
            self.state_changed.emit(arg(self.tr("Not saved: %1"), result.error))
        elif result.answer == "saved":
            self._form.clear_problems()
        for saved in result.saved:
            self.saved.emit(saved.commitment_id, saved.status)

    def _tell_kept(self, failure: StorageFailure) -> None:
        """Where the typing went; the first failure of an episode is also told in a box."""
        if failure.recovery_error is not None:
            os_error = failure.recovery_error
            self.state_changed.emit(self.tr("Not saved — copy your text somewhere safe"))
            text = arg(
                self.tr(
                    "%1\n\nThe recovery file could not be written either (%2). What you typed is "
                    "still on screen: copy it somewhere safe before closing poa-desktop."
                ),
                failure.message,
                os_error.strerror or os_error,
            )
        else:
            self.state_changed.emit(self.tr("Not saved — kept in a recovery file"))
            text = arg(
                self.tr(
                    "%1\n\nWhat you typed stays on screen and is kept in the recovery file\n"
                    "%2\n\nIf it cannot be saved before you close poa-desktop, it is offered "
                    "again at the next start."
                ),
                failure.message,
                failure.recovery_path,
            )
        if failure.first:
            self.storage_failed.emit(text)
            self.report_failure(text)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self._form.window(), self.tr("Your changes could not be saved"), text)
