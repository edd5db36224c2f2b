"""Autosave decisions, without Qt: what is saved, how a failure is read, what goes to recovery.

The window's :class:`~poa_desktop.ui.window.autosave.AutosaveController` owns the timers and the
messages; it hands what the form holds to :meth:`AutosaveSession.save` and shows the result. The
CLI and the tests drive the same session directly, so the rules below hold wherever typing comes
from:

* every field saves on its own merits: a field that cannot be saved (a law's year of 15, a number
  written in words) keeps the stored value, the rest of the answer is saved, and what was typed
  is kept as a draft beside the answer (:mod:`poa_desktop.services.answering.drafts`) until it
  is corrected, so it survives moving on, closing and a crash;
* saves of one visit to the measure share one revision (an editing session; a pause of a minute
  starts another), so the history holds what a person did, not every autosave;
* the answer is saved with the version it was read at: a newer one elsewhere is a conflict, and
  nothing is written; the result carries both versions so the person can keep theirs, take the
  other or combine them, and a draft keeps their typing meanwhile;
* when the database cannot be written, what was typed goes to the recovery file and the caller
  is told whether this is the first failure of an episode (the user is told once per episode);
* the first save that works again forgets what it superseded in the recovery file and saves the
  answers kept while moving on during the failure, unless they were changed meanwhile.

The services that read and write through SQLAlchemy are imported where a save uses them: the
window makes its session before its first paint, which SQLAlchemy does not wait for
(:mod:`poa_desktop.services.first_screen`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from poa_desktop.catalog.validation import FieldValueError, parse_value
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.errors import AppError
from poa_desktop.domain.fields import FIELD_KEYS
from poa_desktop.domain.records import AnswerRecord, SavedAnswer
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.drafts import Draft, drop_draft, get_draft, keep_draft
from poa_desktop.services.errors import ConflictError, InvalidInputError, Problem
from poa_desktop.services.identity import person
from poa_desktop.services.safety import recovery
from poa_desktop.services.safety.recovery import FieldInput
from poa_desktop.services.workspace import Workspace
from poa_desktop.store.errors import StorageError

_BUSY_ATTEMPTS = 2  # a save that found the database busy is tried once more before warning
_HELD_TOGETHER = {  # fields whose rule reads them together are held back together
    "assistance_needed": ("assistance_needed", "assistance_kinds", "assistance_description"),
}


AnswerOutcome = Literal["saved", "invalid", "conflict", "storage_failed", "error"]
"""What happened to the answer itself (report fields are reported apart)."""


@dataclass(frozen=True)
class SavedStatus:
    """An answer that was written, with its status, so the caller can update progress."""

    commitment_id: str
    status: Status | None


@dataclass(frozen=True)
class StorageFailure:
    """The database could not be written: why, and where the typing went instead.

    Exactly one of ``recovery_path`` (kept there) and ``recovery_error`` (the recovery file
    could not be written either: the text only survives on screen) is set.
    """

    message: str  # the storage error, worded for the user
    kind: str  # full, read_only, gone, damaged, unavailable (see StorageError)
    recovery_path: Path | None = None
    recovery_error: OSError | None = None
    first: bool = False  # the first failure of an episode: the user should be told now


@dataclass(frozen=True)
class AutosaveResult:
    """What one :meth:`AutosaveSession.save` did."""

    answer: AnswerOutcome
    problems: tuple[Problem, ...] = ()  # why the answer is invalid (answer == "invalid")
    error: str = ""  # why the answer was refused (answer == "error")
    fields_saved: bool = True  # every report field was stored (False on a conflict: none were)
    fields_error: str = ""  # why storing the report fields was refused, other than storage
    storage: StorageFailure | None = None  # set when the typing went to the recovery file
    saved: tuple[SavedStatus, ...] = ()  # written answers: this one, then any re-applied
    draft_kept: bool = False  # something typed could not be saved and is kept as a draft
    theirs: AnswerRecord | None = None  # on a conflict: the answer as saved elsewhere
    mine: AnswerContent | None = None  # on a conflict: what the person had typed

    @property
    def outcome(self) -> AnswerOutcome:
        """One word for the whole save: a storage failure outweighs what the answer did."""
        return "storage_failed" if self.storage is not None else self.answer

    @property
    def complete(self) -> bool:
        """Nothing typed is left unsaved (a field that does not parse counts as unsaved)."""
        return (
            self.storage is None
            and self.answer == "saved"
            and self.fields_saved
            and not self.draft_kept
        )


@dataclass(frozen=True)
class _FieldsResult:
    saved: bool
    error: str = ""
    storage: StorageError | None = None
    unsaved: Mapping[str, FieldInput] = field(default_factory=dict)  # inputs that do not parse


class AutosaveSession:
    """Saves one followed answer at a time, remembering failures across saves.

    ``author`` is who saves are recorded as (None: the operating-system login). ``recovery_path``
    is where the last kept entry was written.
    """

    def __init__(self, ws: Workspace, author: str | None = None) -> None:
        self._ws = ws
        self.author = author
        self._assessment_id: int | None = None
        self._commitment_id: str | None = None
        self._version = 0
        self._names: tuple[int, str, str] | None = None  # assessment id, State, cycle
        self._failing = False  # in a failure episode: the user has been told
        self._kept: set[recovery.Key] = set()  # recovery entries written by this session
        self.recovery_path: Path | None = None
        self._editing = ""  # the editing session: one per visit to a measure
        self._has_draft = False

    @property
    def assessment_id(self) -> int | None:
        return self._assessment_id

    @property
    def commitment_id(self) -> str | None:
        """The followed answer (None: nothing to save, e.g. a paragraph that is not assessed)."""
        return self._commitment_id

    @property
    def version(self) -> int:
        """The answer version the next save expects to replace."""
        return self._version

    @property
    def failing(self) -> bool:
        """In a failure episode: the last save could not be written."""
        return self._failing

    def track(
        self,
        assessment_id: int,
        commitment_id: str | None,
        version: int,
        *,
        has_draft: bool | None = None,
    ) -> None:
        """Follow a newly loaded answer (save the previous one first)."""
        if self._names is None or self._names[0] != assessment_id:
            self._names = self._assessment_names(assessment_id)
        self._assessment_id = assessment_id
        self._commitment_id = commitment_id
        self._version = version
        self._editing = ""  # named on its first save (uuid, with its imports, after the paint)
        self._has_draft = False
        if has_draft is not None:  # the caller read it already (the window, to show it)
            self._has_draft = has_draft
        elif commitment_id is not None:
            with contextlib.suppress(AppError):  # unreadable now: the save will say so
                self._has_draft = get_draft(self._ws, assessment_id, commitment_id) is not None

    def name_assessment(self, assessment_id: int, state: str, cycle: str) -> None:
        """The State and cycle that label a recovery entry, when the caller knows them (the
        window, which may not have opened the database yet); else :meth:`track` reads them."""
        self._names = (assessment_id, state, cycle)

    def resolve(self, version: int) -> None:
        """After a conflict the person chose what to keep: the next save replaces ``version``."""
        self._version = version

    def save(self, content: AnswerContent, fields: Mapping[str, FieldInput]) -> AutosaveResult:
        """Save the followed answer's ``content`` and the raw report field ``fields``."""
        assessment_id, commitment_id = self._assessment_id, self._commitment_id
        if assessment_id is None or commitment_id is None:
            raise RuntimeError("autosave follows no answer: call track() first")
        error = ""
        storage_error: StorageError | None = None
        saved: list[SavedStatus] = []
        answer: AnswerOutcome = "saved"
        problems: tuple[Problem, ...] = ()
        try:
            written, problems = self._save_valid_part(assessment_id, commitment_id, content)
        except ConflictError:
            return self._conflict(assessment_id, commitment_id, content, fields)
        except StorageError as failure:
            written, answer, storage_error = None, "storage_failed", failure
        except AppError as refused:
            written, answer, error = None, "error", str(refused)
        else:
            if problems:
                answer = "invalid"
            if written is not None:
                self._version = written.version
                if written.changed:
                    saved.append(SavedStatus(commitment_id, content.status))
        fields_result = self._save_fields(assessment_id, fields)
        storage_error = storage_error or fields_result.storage
        failure_info = None
        draft_kept = False
        if storage_error is not None:
            failure_info = self._keep(assessment_id, commitment_id, content, fields, storage_error)
        else:
            draft_kept = self._keep_or_drop_draft(
                assessment_id, commitment_id, content, fields_result.unsaved, problems
            )
            if answer in ("saved", "invalid"):
                saved += self._storage_works(assessment_id, commitment_id)
        return AutosaveResult(
            answer,
            problems=problems,
            error=error,
            fields_saved=fields_result.saved,
            fields_error=fields_result.error,
            storage=failure_info,
            saved=tuple(saved),
            draft_kept=draft_kept,
        )

    def _save_valid_part(
        self, assessment_id: int, commitment_id: str, content: AnswerContent
    ) -> tuple[SavedAnswer | None, tuple[Problem, ...]]:
        """Save ``content``; if some fields are invalid, save the others with those as stored.

        Returns what was written (None: nothing valid differs from what is stored) and the
        problems of the content as typed, which the draft keeps and the form marks.
        """
        from poa_desktop.services.answering.answers import get_answer

        candidate, refused = content, set[str]()
        problems: tuple[Problem, ...] = ()
        for _ in range(len(FIELD_KEYS)):
            try:
                written = self._save_answer(assessment_id, commitment_id, candidate)
            except InvalidInputError as invalid:
                problems = problems or invalid.problems
                fields = {p.field for p in invalid.problems}
                if not fields.issubset(FIELD_KEYS) or fields <= refused:
                    return None, problems  # no field to set apart: nothing can be saved
                refused |= {name for f in fields for name in _HELD_TOGETHER.get(f, (f,))}
                stored = get_answer(self._ws, assessment_id, commitment_id)
                if stored.version != self._version:
                    raise ConflictError(f"{commitment_id} changed elsewhere") from None
                candidate = content.with_changes(
                    **{name: getattr(stored.content, name) for name in refused}
                )
                continue
            return written, problems
        return None, problems

    def _save_answer(
        self, assessment_id: int, commitment_id: str, content: AnswerContent
    ) -> SavedAnswer:
        """``save_answer``, tried once more, quietly, when the database was busy.

        Writers wait their turn (up to SQLite's busy timeout); a second try covers another
        program holding the file for longer than that before the person is warned.
        """
        from poa_desktop.services.answering.answers import save_answer

        if not self._editing:
            import uuid

            self._editing = uuid.uuid4().hex
        for attempt in range(_BUSY_ATTEMPTS):
            try:
                return save_answer(
                    self._ws,
                    assessment_id,
                    commitment_id,
                    content,
                    author=self.author,
                    expected_version=self._version,
                    editing_session=self._editing,
                )
            except StorageError as failure:
                if failure.kind != "unavailable" or attempt + 1 == _BUSY_ATTEMPTS:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _keep_or_drop_draft(
        self,
        assessment_id: int,
        commitment_id: str,
        content: AnswerContent,
        unsaved_fields: Mapping[str, FieldInput],
        problems: tuple[Problem, ...],
    ) -> bool:
        """Keep what could not be saved as a draft, or forget the draft once all is saved."""
        if problems or unsaved_fields:
            draft = Draft(
                commitment_id,
                content,
                dict(unsaved_fields),
                problems,
                self._version,
                person(self._ws, self.author),
            )
            keep_draft(self._ws, assessment_id, draft)
            self._has_draft = True
            return True
        if self._has_draft:
            drop_draft(self._ws, assessment_id, commitment_id)
            self._has_draft = False
        return False

    def _conflict(
        self,
        assessment_id: int,
        commitment_id: str,
        content: AnswerContent,
        fields: Mapping[str, FieldInput],
    ) -> AutosaveResult:
        """Changed elsewhere while the person typed: keep their typing and show both versions."""
        from poa_desktop.services.answering.answers import get_answer

        theirs = get_answer(self._ws, assessment_id, commitment_id)
        # Report fields are values of their own, not part of the answer that conflicts: the ones
        # that parse are saved; those that do not stay in the draft with the typed answer.
        fields_result = self._save_fields(assessment_id, fields)
        differing = content.changed_fields(theirs.content)
        problems = tuple(Problem(name, "changed elsewhere while you typed") for name in differing)
        keep_draft(
            self._ws,
            assessment_id,
            Draft(
                commitment_id,
                content,
                dict(fields_result.unsaved),
                problems,
                theirs.version,
                person(self._ws, self.author),
            ),
        )
        self._has_draft = True
        return AutosaveResult(
            "conflict",
            fields_saved=fields_result.saved,
            fields_error=fields_result.error,
            draft_kept=True,
            theirs=theirs,
            mine=content,
        )

    def _save_fields(self, assessment_id: int, fields: Mapping[str, FieldInput]) -> _FieldsResult:
        """Save every report field that parses; the others are kept in the draft, as typed."""
        from poa_desktop.services.answering.field_values import save_field_values

        valid, unsaved = {}, {}
        for field_id, raw in fields.items():
            try:
                parse_value(self._ws.catalog.field(field_id), raw)
            except FieldValueError:
                unsaved[field_id] = raw
                continue
            valid[field_id] = raw
        if not valid:
            return _FieldsResult(not unsaved, unsaved=unsaved)
        try:
            save_field_values(self._ws, assessment_id, valid, author=self.author)
        except StorageError as error:
            return _FieldsResult(False, storage=error, unsaved=unsaved)
        except AppError as error:
            return _FieldsResult(False, error=str(error), unsaved=unsaved)
        return _FieldsResult(not unsaved, unsaved=unsaved)

    # --- storage failures ---------------------------------------------------------------------
    def _assessment_names(self, assessment_id: int) -> tuple[int, str, str]:
        """State and cycle, read while the database works, to label a recovery entry."""
        from poa_desktop.services.assessments.assessments import list_assessments

        try:
            found = [a for a in list_assessments(self._ws) if a.id == assessment_id]
        except AppError:
            found = []
        return (assessment_id, found[0].state, found[0].cycle) if found else (assessment_id, "", "")

    def _keep(
        self,
        assessment_id: int,
        commitment_id: str,
        content: AnswerContent,
        fields: Mapping[str, FieldInput],
        error: StorageError,
    ) -> StorageFailure:
        """Keep what was typed in the recovery file; the first failure of an episode says so."""
        _, state, cycle = self._names or (assessment_id, "", "")
        entry = recovery.RecoveryEntry(
            assessment_id=assessment_id,
            state=state,
            cycle=cycle,
            commitment_id=commitment_id,
            commitment_label=self._ws.catalog.get(commitment_id).label,
            base_version=self._version,
            content=content,
            fields=dict(fields),
            author=person(self._ws, self.author),
            error=str(error),
            kind=error.kind,
            database=recovery.database_key(self._ws.db.path),
        )
        path: Path | None = None
        write_error: OSError | None = None
        try:
            path = self.recovery_path = recovery.keep(self._ws.db.path, [entry])
        except OSError as os_error:
            write_error = os_error
        else:
            self._kept.add(entry.key)
        first, self._failing = not self._failing, True
        return StorageFailure(str(error), error.kind, path, write_error, first)

    def _storage_works(self, assessment_id: int, commitment_id: str) -> list[SavedStatus]:
        """A save went through: what it superseded, and what waited since a failure, is saved."""
        from poa_desktop.services.safety.recovery_apply import restore

        was_failing, self._failing = self._failing, False
        if not self._kept:
            return []
        key = (assessment_id, commitment_id)
        if key in self._kept:
            self._kept.discard(key)
            with contextlib.suppress(OSError):  # a stale entry is offered at start, no harm
                recovery.forget(self._ws.db.path, [key])
        if not was_failing or not self._kept:
            return []
        # Answers kept when moving on during the failure: saved now, unless changed meanwhile.
        try:
            waiting = [e for e in recovery.pending(self._ws.db.path) if e.key in self._kept]
            result = restore(self._ws, waiting, only_unchanged=True)
        except (AppError, OSError):
            return []
        applied = []
        for entry in result.applied:
            self._kept.discard(entry.key)
            if entry.assessment_id == assessment_id:
                applied.append(SavedStatus(entry.commitment_id, entry.content.status))
        return applied
