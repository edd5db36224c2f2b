"""Autosave: what is typed reaches the database within a second, without pressing anything.

Edits start two timers: a short quiet-period timer (saves when typing pauses) and a deadline
timer (saves at least once a second while typing goes on). Navigation and closing flush at once.
A killed process therefore loses at most the last second of typing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from poa_desktop.catalog.validation import FieldValueError, parse_value
from poa_desktop.services.answers import save_answer
from poa_desktop.services.errors import ConflictError, InvalidInputError, ServiceError
from poa_desktop.services.field_values import save_field_values
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.answer_form import AnswerForm

QUIET_MS = 400
DEADLINE_MS = 900


class AutosaveController(QObject):
    """Saves the form's answer and report fields for the commitment on screen."""

    saved = Signal(str, object)  # commitment id, status (str | None)
    state_changed = Signal(str)  # text for the save indicator
    conflict = Signal(str)  # commitment id whose answer changed elsewhere (reload it)

    def __init__(self, ws: Workspace, form: AnswerForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._form = form
        self._assessment_id: int | None = None
        self._commitment_id: str | None = None
        self._version = 0
        self._dirty = False
        self.author: str | None = None
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
        answer_ok = self._save_answer(self._assessment_id, commitment_id)
        fields_ok = self._save_fields(self._assessment_id)
        if not answer_ok:
            return False
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
        except ServiceError as error:
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
        except ServiceError as error:
            self.state_changed.emit(self.tr("Not saved: %1").replace("%1", str(error)))
            return False
        return len(valid) == len(inputs)
