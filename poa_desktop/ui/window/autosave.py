"""Autosave: what is typed reaches the database within a second, without pressing anything.

Edits start two timers: a short quiet-period timer (saves when typing pauses) and a deadline
timer (saves at least once a second while typing goes on). Navigation and closing flush at once.
A killed process therefore loses at most the last second of typing.

When the database cannot be written (disk full, read-only, file deleted or damaged) the form stays
as typed, what it holds goes to a recovery file (:mod:`poa_desktop.services.safety.recovery`) and
the user is told once per failure episode; the next edits retry, and the first save that works again
removes what it superseded from the recovery file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from poa_desktop.catalog.validation import FieldValueError, parse_value
from poa_desktop.domain.errors import AppError
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.answering.field_values import save_field_values
from poa_desktop.services.assessments.assessments import list_assessments
from poa_desktop.services.errors import ConflictError, InvalidInputError
from poa_desktop.services.safety import recovery
from poa_desktop.services.safety.recovery_apply import restore
from poa_desktop.services.workspace import Workspace, default_author
from poa_desktop.store.errors import StorageError
from poa_desktop.ui.window.answer_form import AnswerForm
from poa_desktop.ui.window.progress_model import arg

QUIET_MS = 400
DEADLINE_MS = 900


class AutosaveController(QObject):
    """Saves the form's answer and report fields for the commitment on screen."""

    saved = Signal(str, object)  # commitment id, status (str | None)
    state_changed = Signal(str)  # text for the save indicator
    conflict = Signal(str)  # commitment id whose answer changed elsewhere (reload it)
    storage_failed = Signal(str)  # the message, once per failure episode

    def __init__(self, ws: Workspace, form: AnswerForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._form = form
        self._assessment_id: int | None = None
        self._commitment_id: str | None = None
        self._version = 0
        self._dirty = False
        self.author: str | None = None
        self._names: tuple[int, str, str] | None = None  # assessment id, State, cycle
        self._storage_error: StorageError | None = None
        self._failing = False  # in a failure episode: the user has been told
        self._kept: set[recovery.Key] = set()  # recovery entries written by this window
        self.recovery_path: Path | None = None
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

    def track(self, assessment_id: int, commitment_id: str | None, version: int) -> None:
        """Follow a newly loaded answer (call :meth:`flush` for the previous one first)."""
        if self._names is None or self._names[0] != assessment_id:
            self._names = self._assessment_names(assessment_id)
        self._assessment_id = assessment_id
        self._commitment_id = commitment_id
        self._version = version
        self._dirty = False

    def _on_edited(self) -> None:
        if self._commitment_id is None:
            return
        self._dirty = True
        self.state_changed.emit(self.tr("Editing…"))
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def flush(self) -> bool:
        """Save now if anything changed; True when nothing is left unsaved."""
        self._quiet.stop()
        self._deadline.stop()
        if not self._dirty or self._assessment_id is None or self._commitment_id is None:
            return True
        commitment_id = self._commitment_id
        self._storage_error = None
        answer_ok = self._save_answer(self._assessment_id, commitment_id)
        fields_ok = self._save_fields(self._assessment_id)
        if self._storage_error is not None:
            self._keep(self._assessment_id, commitment_id, self._storage_error)
            return False
        if not answer_ok:
            return False
        self._storage_works(self._assessment_id, commitment_id)
        # A report field that does not parse cannot be stored; its message stays on screen.
        self._dirty = False
        now = datetime.now().strftime("%H:%M:%S")
        if fields_ok:
            self.state_changed.emit(self.tr("Saved at %1").replace("%1", now))
        else:
            self.state_changed.emit(
                self.tr("Saved at %1, except the report fields marked ⚠").replace("%1", now)
            )
        return fields_ok

    def _save_answer(self, assessment_id: int, commitment_id: str) -> bool:
        content = self._form.content()
        try:
            saved = save_answer(
                self._ws,
                assessment_id,
                commitment_id,
                content,
                author=self.author,
                expected_version=self._version,
            )
        except InvalidInputError as error:
            self._form.show_problems(error.problems)
            self.state_changed.emit(self.tr("Not saved: correct the marked field"))
            return False
        except ConflictError:
            self.state_changed.emit(self.tr("Changed elsewhere: reloaded"))
            self._dirty = False
            self.conflict.emit(commitment_id)
            return False
        except StorageError as error:
            self._storage_error = error
            return False
        except AppError as error:
            self.state_changed.emit(self.tr("Not saved: %1").replace("%1", str(error)))
            return False
        self._form.clear_problems()
        self._version = saved.version
        if saved.changed:
            self.saved.emit(commitment_id, content.status)
        return True

    def _save_fields(self, assessment_id: int) -> bool:
        """Save every report field that parses; the form already shows why the others don't."""
        inputs = self._form.field_inputs()
        valid = {}
        for field_id, raw in inputs.items():
            try:
                parse_value(self._ws.catalog.field(field_id), raw)
            except FieldValueError:
                continue
            valid[field_id] = raw
        if not valid:
            return len(valid) == len(inputs)
        try:
            save_field_values(self._ws, assessment_id, valid, author=self.author)
        except StorageError as error:
            self._storage_error = self._storage_error or error
            return False
        except AppError as error:
            self.state_changed.emit(self.tr("Not saved: %1").replace("%1", str(error)))
            return False
        return len(valid) == len(inputs)

    # --- storage failures ---------------------------------------------------------------------
    def _assessment_names(self, assessment_id: int) -> tuple[int, str, str]:
        """State and cycle, read while the database works, to label a recovery entry."""
        try:
            found = [a for a in list_assessments(self._ws) if a.id == assessment_id]
        except AppError:
            found = []
        return (assessment_id, found[0].state, found[0].cycle) if found else (assessment_id, "", "")

    def _keep(self, assessment_id: int, commitment_id: str, error: StorageError) -> None:
        """Keep the form's content in the recovery file; tell the user once per episode."""
        _, state, cycle = self._names or (assessment_id, "", "")
        entry = recovery.RecoveryEntry(
            assessment_id=assessment_id,
            state=state,
            cycle=cycle,
            commitment_id=commitment_id,
            commitment_label=self._ws.catalog.get(commitment_id).label,
            base_version=self._version,
            content=self._form.content(),
            fields=self._form.field_inputs(),
            author=self.author or default_author(),
            error=str(error),
            kind=error.kind,
            database=recovery.database_key(self._ws.db.path),
        )
        try:
            self.recovery_path = recovery.keep(self._ws.db.path, [entry])
        except OSError as os_error:
            self.state_changed.emit(self.tr("Not saved — copy your text somewhere safe"))
            text = arg(
                self.tr(
                    "%1\n\nThe recovery file could not be written either (%2). What you typed is "
                    "still on screen: copy it somewhere safe before closing poa-desktop."
                ),
                error,
                os_error.strerror or os_error,
            )
        else:
            self._kept.add(entry.key)
            self.state_changed.emit(self.tr("Not saved — kept in a recovery file"))
            text = arg(
                self.tr(
                    "%1\n\nWhat you typed stays on screen and is kept in the recovery file\n"
                    "%2\n\nIf it cannot be saved before you close poa-desktop, it is offered "
                    "again at the next start."
                ),
                error,
                self.recovery_path,
            )
        if not self._failing:
            self._failing = True
            self.storage_failed.emit(text)
            self.report_failure(text)

    def _storage_works(self, assessment_id: int, commitment_id: str) -> None:
        """A save went through: what it superseded, and what waited since a failure, is saved."""
        was_failing, self._failing = self._failing, False
        if not self._kept:
            return
        key = (assessment_id, commitment_id)
        if key in self._kept:
            self._kept.discard(key)
            with contextlib.suppress(OSError):  # a stale entry is offered at start, no harm
                recovery.forget(self._ws.db.path, [key])
        if not was_failing or not self._kept:
            return
        # Answers kept when moving on during the failure: saved now, unless changed meanwhile.
        try:
            waiting = [e for e in recovery.pending(self._ws.db.path) if e.key in self._kept]
            result = restore(self._ws, waiting, only_unchanged=True)
        except (AppError, OSError):
            return
        for entry in result.applied:
            self._kept.discard(entry.key)
            if entry.assessment_id == assessment_id:
                self.saved.emit(entry.commitment_id, entry.content.status)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self._form.window(), self.tr("Your changes could not be saved"), text)
