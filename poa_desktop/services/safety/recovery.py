"""Answers kept in a recovery file when a save failed for a storage reason.

When the database cannot be written (disk full, read-only, deleted, damaged) what was typed is
kept in a JSON file, one per database, in the user's settings folder: not beside the database,
whose folder may be the full or read-only one; the system temp folder when that fails too. The
next start offers it back (:mod:`poa_desktop.services.safety.recovery_apply` saves it as revisions).

Entries are keyed by (assessment id, commitment id); the latest typing of a commitment wins.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from poa_desktop.atomic_write import write_atomically
from poa_desktop.domain.content import AnswerContent
from poa_desktop.paths import config_dir, make_private_folder

FORMAT: Final = "poa-desktop recovery"
FORMAT_VERSION: Final = 1
FOLDER: Final = "recovery"

FieldInput = int | bool | str | None
Key = tuple[int, str]


@dataclass(frozen=True)
class RecoveryEntry:
    """The unsaved answer of one commitment and why it could not be saved."""

    assessment_id: int
    state: str
    cycle: str
    commitment_id: str
    commitment_label: str
    base_version: int  # the answer version the failed save was based on
    content: AnswerContent
    fields: Mapping[str, FieldInput] = field(default_factory=dict)  # report fields, as typed
    author: str = ""
    failed_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    error: str = ""  # the message the user was shown
    kind: str = ""  # full, read_only, gone, damaged, unavailable (see StorageError)
    database: str = ""

    @property
    def key(self) -> Key:
        return self.assessment_id, self.commitment_id

    @property
    def assessment(self) -> str:
        """ "Ghana, BMS10 2028", for display."""
        names = ", ".join(p for p in (self.state, self.cycle) if p)
        return names or f"assessment {self.assessment_id}"

    def to_json(self) -> dict[str, Any]:
        return {
            "assessment_id": self.assessment_id,
            "state": self.state,
            "cycle": self.cycle,
            "commitment_id": self.commitment_id,
            "commitment_label": self.commitment_label,
            "base_version": self.base_version,
            "content": self.content.to_snapshot(),  # as revisions store it
            "fields": dict(self.fields),
            "author": self.author,
            "failed_at": self.failed_at.astimezone(UTC).isoformat(),
            "error": self.error,
            "kind": self.kind,
            "database": self.database,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RecoveryEntry:
        failed_at = datetime.fromisoformat(str(data["failed_at"]))
        return cls(
            assessment_id=int(data["assessment_id"]),
            state=str(data.get("state", "")),
            cycle=str(data.get("cycle", "")),
            commitment_id=str(data["commitment_id"]),
            commitment_label=str(data.get("commitment_label", data["commitment_id"])),
            base_version=int(data.get("base_version", 0)),
            content=AnswerContent.from_snapshot(dict(data.get("content", {}))),
            fields=dict(data.get("fields", {})),
            author=str(data.get("author", "")),
            failed_at=failed_at if failed_at.tzinfo else failed_at.replace(tzinfo=UTC),
            error=str(data.get("error", "")),
            kind=str(data.get("kind", "")),
            database=str(data.get("database", "")),
        )


def database_key(db_path: Path) -> str:
    """The resolved database path: one recovery file per database file, wherever opened from."""
    return str(Path(db_path).expanduser().resolve())


def file_name(db_path: Path) -> str:
    digest = hashlib.sha256(database_key(db_path).encode("utf-8")).hexdigest()[:16]
    return f"{Path(db_path).stem}-{digest}.json"


def fallback_folder() -> Path:
    """The system temp folder, per user: used when the settings folder cannot be written."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    return Path(tempfile.gettempdir()) / f"poa-desktop-recovery-{user}"


def locations(db_path: Path) -> list[Path]:
    """Where the recovery file of ``db_path`` goes: the settings folder first, then temp."""
    name = file_name(db_path)
    return [config_dir() / FOLDER / name, fallback_folder() / name]


def owned_folder(folder: Path) -> bool:
    """True when ``folder`` is a real folder (not a link) that belongs to the current user.

    The temp folder is shared: another user could create ``poa-desktop-recovery-<you>`` first,
    to read what is written there or to plant answers that the next start would offer back.
    A folder owned by someone else is neither read nor written. (POSIX; elsewhere the system's
    per-user temp folder is private already.)
    """
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    getuid = getattr(os, "getuid", None)
    return getuid is None or info.st_uid == getuid()


def recovery_files(db_path: Path) -> list[Path]:
    """The recovery files that exist for ``db_path`` (normally none, at most two).

    Only files in folders the current user owns count (see :func:`owned_folder`).
    """
    return [path for path in locations(db_path) if owned_folder(path.parent) and path.is_file()]


def recovery_file(db_path: Path) -> Path | None:
    files = recovery_files(db_path)
    return files[0] if files else None


def _read(path: Path) -> list[RecoveryEntry]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []  # unreadable: left on disk for a person to look at, never deleted here
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return []
    entries = []
    for item in data.get("entries", []):
        with contextlib.suppress(KeyError, TypeError, ValueError):
            entries.append(RecoveryEntry.from_json(item))
    return entries


def _merged(entries: Iterable[RecoveryEntry]) -> list[RecoveryEntry]:
    latest: dict[Key, RecoveryEntry] = {}
    for entry in entries:
        known = latest.get(entry.key)
        if known is None or entry.failed_at >= known.failed_at:
            latest[entry.key] = entry
    return sorted(latest.values(), key=lambda e: (e.failed_at, e.commitment_id))


def pending(db_path: Path) -> list[RecoveryEntry]:
    """What is kept for ``db_path``, oldest first (empty when nothing is)."""
    return _merged(e for path in recovery_files(db_path) for e in _read(path))


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a crash leaves the old file or the new one, never half.

    The file is 0600, and a folder this creates 0700: what was typed is for its author only.
    """
    make_private_folder(path.parent)
    write_atomically(path, lambda stream: stream.write(text.encode("utf-8")))


def document_text(db_path: Path, entries: Sequence[RecoveryEntry]) -> str:
    """The recovery file's JSON (also what "Save as a file…" writes for a ``.json`` name)."""
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "database": database_key(db_path),
        "entries": [entry.to_json() for entry in entries],
    }
    return json.dumps(document, ensure_ascii=False, indent=1)


def _store(db_path: Path, entries: Sequence[RecoveryEntry]) -> Path | None:
    """Replace the recovery file with ``entries`` (deleting it when there are none)."""
    existing = recovery_files(db_path)
    if not entries:
        for path in existing:
            path.unlink(missing_ok=True)
        return None
    text = document_text(db_path, entries)
    failure: OSError | None = None
    for path in locations(db_path):
        try:
            make_private_folder(path.parent)
            if not owned_folder(path.parent):
                raise PermissionError(f"{path.parent} belongs to another user; not written into")
            write_atomic(path, text)
        except OSError as error:
            failure = failure or error
            continue
        for other in existing:
            if other != path:
                with contextlib.suppress(OSError):
                    other.unlink()
        return path
    assert failure is not None
    raise failure


def keep(db_path: Path, entries: Sequence[RecoveryEntry]) -> Path:
    """Add ``entries`` to the recovery file of ``db_path``; returns where it was written.

    Raises :class:`OSError` when neither the settings folder nor the temp folder can be written.
    """
    path = _store(db_path, _merged([*pending(db_path), *entries]))
    assert path is not None
    return path


def forget(db_path: Path, keys: Iterable[Key]) -> None:
    """Remove the entries of ``keys`` (saved now); the file goes when nothing is left."""
    gone = set(keys)
    entries = pending(db_path)
    kept = [e for e in entries if e.key not in gone]
    if len(kept) != len(entries):
        _store(db_path, kept)


def discard(db_path: Path) -> None:
    """Delete what is kept for ``db_path`` (the user said so, or it was all restored)."""
    for path in recovery_files(db_path):
        path.unlink(missing_ok=True)
