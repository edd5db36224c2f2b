"""Evidence files: documents attached to an answer (a law, a decree, a report), in the database.

The bytes live in the database, so one file carries the assessment and what supports it, and
every copy, backup and carried-forward cycle takes them along. Each file is stored with its
name, media type, size and SHA-256; reading one checks the bytes against that digest, so a
damaged row is reported rather than handed on as if it were the document.

Attaching is not answering: the answer's status, content and version stay as they are. When a
measure has no answer yet, a blank one (not yet assessed) is created to hold the files, so the
measure still counts as unanswered and its history stays empty until something is typed.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath
from typing import Final

from sqlalchemy import BindParameter, Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from poa_desktop.atomic_write import write_atomically
from poa_desktop.catalog import Commitment, UnknownCommitmentError
from poa_desktop.domain.evidence import MAX_EVIDENCE_BYTES as MAX_EVIDENCE_BYTES
from poa_desktop.domain.evidence import in_catalog_order
from poa_desktop.domain.report import EvidenceRow
from poa_desktop.domain.text import format_size
from poa_desktop.services.answering.answers import assessable
from poa_desktop.services.errors import NotFoundError, ServiceError, ensure_editable
from poa_desktop.services.identity import person
from poa_desktop.services.safety.backups import take_backup
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Answer, Assessment, EvidenceFile, sha256_hex

BACKUP_REASON: Final = "before-removal"
"""The backup taken before an evidence file is removed (see ``services.safety.backups``)."""

_WHAT = "its evidence files"  # for ensure_editable's sentence
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}


class DamagedEvidenceError(ServiceError):
    """The stored bytes no longer match the SHA-256 recorded when the file was attached."""


EvidenceInfo = EvidenceRow
"""One attached file as lists show it; the bytes are not loaded (the report's own row)."""


@dataclass(frozen=True)
class Attached:
    """What :func:`add_evidence` stored, and the answer that holds it."""

    added: tuple[EvidenceInfo, ...]
    answer_version: int
    """The answer's version, unchanged by attaching (1 for an answer created to hold files)."""
    created_answer: bool
    """The measure had no answer: a blank one was created (a window following version 0 must
    now expect this version)."""


@dataclass(frozen=True)
class Removed:
    """The file that was removed, and the backup that still holds it."""

    info: EvidenceInfo
    backup: Path


@dataclass(frozen=True)
class Exported:
    """Files written by :func:`export_evidence`; damaged ones are named and not written."""

    written: tuple[Path, ...]
    damaged: tuple[str, ...]


# --- attaching ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Read:
    name: str
    content: bytes


def _read_file(raw: str | os.PathLike[str]) -> _Read:
    """The bytes of one file to attach, or an error naming it and saying what is wrong."""
    if not str(raw).strip():
        raise ServiceError("an empty file name was given: name each file to attach")
    path = Path(raw)
    name = path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ServiceError(f"{name} cannot be attached: there is no file {path}") from None
    except OSError as error:
        raise ServiceError(f"{name} cannot be read ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ServiceError(f"{name} is a folder: choose the files in it instead")
    if not stat.S_ISREG(info.st_mode):
        raise ServiceError(f"{name} is not a regular file and cannot be attached")
    _check_size(name, info.st_size)
    try:
        with path.open("rb") as stream:
            content = stream.read(MAX_EVIDENCE_BYTES + 1)  # the file may grow meanwhile
    except OSError as error:
        raise ServiceError(f"{name} cannot be read ({error.strerror or error})") from None
    _check_size(name, len(content))
    return _Read(name, content)


def _check_size(name: str, size: int) -> None:
    if size == 0:
        raise ServiceError(f"{name} is empty (0 bytes): there is nothing to attach")
    if size > MAX_EVIDENCE_BYTES:
        limit = format_size(MAX_EVIDENCE_BYTES)
        shown = format_size(size) if format_size(size) != limit else f"{size:,} bytes"
        raise ServiceError(f"{name} is {shown}; an evidence file may be at most {limit}")


def add_evidence(
    ws: Workspace,
    assessment_id: int,
    commitment_id: str,
    paths: Sequence[str | os.PathLike[str]],
    *,
    author: str | None = None,
) -> Attached:
    """Attach ``paths`` to the answer of ``commitment_id``: all of them, or none on error.

    Every file is read and checked before the database is touched (a slow share holds no
    lock); the same bytes twice on one answer, in the batch or already attached, are refused.
    """
    commitment = assessable(ws.catalog, commitment_id)
    if not paths:
        raise ServiceError("no file was given: name the files to attach")
    files: list[tuple[_Read, str]] = []
    seen: dict[str, str] = {}  # digest -> the name it was first given under
    try:
        for raw in paths:
            file = _read_file(raw)
            digest = sha256_hex(file.content)
            if digest in seen:
                raise ServiceError(f"{file.name} and {seen[digest]} are the same file")
            seen[digest] = file.name
            files.append((file, digest))
        return _store(ws, assessment_id, commitment, files, person(ws, author))
    except ServiceError as error:
        if len(paths) == 1:
            raise
        raise type(error)(f"{error}: none of the {len(paths)} files was attached") from None


def _store(
    ws: Workspace,
    assessment_id: int,
    commitment: Commitment,
    files: Sequence[tuple[_Read, str]],
    who: str,
) -> Attached:
    try:
        with ws.db.writing() as session:
            _ensure_editable(session, assessment_id)
            answer, created = _answer_for(session, assessment_id, commitment.id, who)
            stored = session.execute(
                select(EvidenceFile.sha256, EvidenceFile.filename).where(
                    EvidenceFile.answer_id == answer.id
                )
            )
            taken = {digest: name for digest, name in stored}  # digest -> name attached as
            rows = []
            for file, digest in files:
                if digest in taken:
                    raise ServiceError(_already(file.name, taken[digest], commitment))
                row = EvidenceFile.from_bytes(file.name, file.content, added_by=who)
                row.answer_id = answer.id
                session.add(row)
                rows.append(row)
            session.flush()
            added = tuple(_info(row, commitment.id) for row in rows)
            return Attached(added, answer.version, created)
    except IntegrityError:  # attached by another window between the check and the insert
        raise ServiceError(f"the file is already attached to {commitment.label}") from None


def _already(name: str, stored_as: str, commitment: Commitment) -> str:
    as_name = "" if stored_as == name else f" (as {stored_as})"
    return f"{name} is already attached to {commitment.label}{as_name}"


def _ensure_editable(session: Session, assessment_id: int) -> None:
    row = session.execute(
        select(Assessment.cycle, Assessment.status).where(Assessment.id == assessment_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"no assessment with id {assessment_id}")
    ensure_editable(row.cycle, row.status, _WHAT)


def _answer_for(
    session: Session, assessment_id: int, commitment_id: str, who: str
) -> tuple[Answer, bool]:
    """The answer that holds the files, created blank (not yet assessed) when there is none.

    A blank answer has no revision, as when typing was undone: the history shows content, and
    attaching a file changes none. Version 1 is the first version a stored answer can have.
    """
    answer = session.scalars(
        select(Answer).where(
            Answer.assessment_id == assessment_id, Answer.commitment_id == commitment_id
        )
    ).one_or_none()
    if answer is not None:
        return answer, False
    answer = Answer(
        assessment_id=assessment_id, commitment_id=commitment_id, version=1, updated_by=who
    )
    session.add(answer)
    session.flush()
    return answer, True


# --- listing and reading --------------------------------------------------------------------


def _info(row: EvidenceFile, commitment_id: str) -> EvidenceInfo:
    return EvidenceInfo(
        row.id,
        commitment_id,
        row.filename,
        row.media_type,
        row.size,
        row.sha256,
        row.added_at,
        row.added_by,
    )


def listing(
    assessment_id: int | BindParameter[int],
) -> Select[int, str, str, str, int, str, datetime, str]:
    """The columns lists need, never ``content``: listing costs nothing however large the files.

    ``assessment_id`` may be a bound parameter, for a statement built once.
    """
    return (
        select(
            EvidenceFile.id,
            Answer.commitment_id,
            EvidenceFile.filename,
            EvidenceFile.media_type,
            EvidenceFile.size,
            EvidenceFile.sha256,
            EvidenceFile.added_at,
            EvidenceFile.added_by,
        )
        .join(Answer, EvidenceFile.answer_id == Answer.id)
        .where(Answer.assessment_id == assessment_id)
    )


def _commitment(ws: Workspace, commitment_id: str) -> Commitment:
    try:
        return ws.catalog.get(commitment_id)
    except UnknownCommitmentError as error:
        raise NotFoundError(str(error)) from None


def list_evidence(
    ws: Workspace, assessment_id: int, commitment_id: str | None = None
) -> list[EvidenceInfo]:
    """The files of one measure, or of the whole assessment in catalog order; no bytes read."""
    query = listing(assessment_id)
    if commitment_id is not None:
        query = query.where(Answer.commitment_id == _commitment(ws, commitment_id).id)
    with ws.db.session() as session:
        found = [EvidenceInfo(*row) for row in session.execute(query)]
    return in_catalog_order(ws.catalog, found)


def evidence_info(ws: Workspace, assessment_id: int, evidence_id: int) -> EvidenceInfo:
    """One file of the assessment, without its bytes; NotFoundError names what was asked."""
    query = listing(assessment_id).where(EvidenceFile.id == evidence_id)
    with ws.db.session() as session:
        row = session.execute(query).one_or_none()
        if row is not None:
            return EvidenceInfo(*row)
        cycle = session.scalar(select(Assessment.cycle).where(Assessment.id == assessment_id))
        elsewhere = session.scalar(
            select(Assessment.cycle)
            .join(Answer, Answer.assessment_id == Assessment.id)
            .join(EvidenceFile, EvidenceFile.answer_id == Answer.id)
            .where(EvidenceFile.id == evidence_id)
        )
    where = f"the {cycle} assessment" if cycle else f"assessment {assessment_id}"
    hint = f" (it belongs to {elsewhere}: choose that cycle)" if elsewhere else ""
    raise NotFoundError(f"there is no evidence file {evidence_id} in {where}{hint}")


def read_evidence(ws: Workspace, assessment_id: int, evidence_id: int) -> bytes:
    """The file's bytes, checked against its SHA-256; :class:`DamagedEvidenceError` if not."""
    return _load(ws, evidence_info(ws, assessment_id, evidence_id))


def _load(ws: Workspace, info: EvidenceInfo) -> bytes:
    with ws.db.session() as session:
        content = session.scalar(select(EvidenceFile.content).where(EvidenceFile.id == info.id))
    return _verified(ws, info, content or b"")


def _verified(ws: Workspace, info: EvidenceInfo, content: bytes) -> bytes:
    actual = sha256_hex(content)
    if actual != info.sha256 or len(content) != info.size:
        label = _commitment(ws, info.commitment_id).label
        raise DamagedEvidenceError(
            f"{info.filename} (evidence file {info.id}, {label}) is damaged: its bytes no "
            f"longer match the SHA-256 recorded when it was attached (recorded "
            f"{info.sha256[:12]}…, {format_size(info.size)}; now {actual[:12]}…, "
            f"{format_size(len(content))}). Restore a backup taken before the damage, or "
            "remove it and attach the original again"
        )
    return content


# --- writing files out ----------------------------------------------------------------------


def safe_filename(name: str, fallback: str = "evidence") -> str:
    """``name`` as a file name every system accepts: no folders, no reserved characters."""
    base = _UNSAFE.sub("_", PurePath(name.replace("\\", "/")).name).strip().rstrip(". ")
    if not base or base in (".", ".."):
        return fallback
    if base.split(".", 1)[0].upper() in _RESERVED:
        base = f"_{base}"
    stem, suffix = PurePath(base).stem, PurePath(base).suffix
    room = 150 - len(suffix.encode())  # bytes: names stay short on every file system
    return stem.encode()[:room].decode(errors="ignore").rstrip(". ") + suffix


def _free_names(folder: Path, name: str) -> Iterator[Path]:
    """``name``, then "name (2).ext", "name (3).ext"... each not yet taken in ``folder``."""
    stem, suffix = PurePath(name).stem, PurePath(name).suffix
    for number in range(1, 100_000):
        candidate = folder / (name if number == 1 else f"{stem} ({number}){suffix}")
        if not candidate.exists():
            yield candidate
    raise ServiceError(f"{folder} holds too many files named like {name}")


def _write_new(folder: Path, name: str, content: bytes) -> Path:
    """Write ``content`` under the first free name like ``name``, atomically; never replaces.

    The bytes go to a hidden file first (written whole, flushed); a hard link then claims the
    name, which fails if another program took it meanwhile. Where links are not supported (a
    FAT memory stick), the free name is taken by renaming.
    """
    staged = folder / f".{name}.{secrets.token_hex(6)}.part"
    write_atomically(staged, lambda stream: stream.write(content))
    try:
        for candidate in _free_names(folder, name):
            try:
                os.link(staged, candidate)
            except FileExistsError:
                continue
            except OSError:
                if candidate.exists():
                    continue
                os.replace(staged, candidate)
            return candidate
    finally:
        staged.unlink(missing_ok=True)
    raise AssertionError("unreachable")  # pragma: no cover (_free_names raises first)


def _prepare_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ServiceError(f"{folder} is a file, not a folder: choose a folder to export into")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ServiceError(
            f"the folder {folder} cannot be created ({error.strerror or error})"
        ) from None


def save_evidence_as(ws: Workspace, assessment_id: int, evidence_id: int, target: Path) -> Path:
    """One file, checked, written to ``target`` (replacing it: the person chose that name)."""
    info = evidence_info(ws, assessment_id, evidence_id)
    content = _load(ws, info)
    try:
        write_atomically(target, lambda stream: stream.write(content))
    except OSError as error:
        raise ServiceError(
            f"{info.filename} could not be saved as {target} ({error.strerror or error})"
        ) from None
    return target


def export_evidence(
    ws: Workspace, assessment_id: int, folder: Path, commitment_id: str | None = None
) -> Exported:
    """Write the files of one measure into ``folder``, or of every measure into a sub-folder
    named by its id; an existing file is never replaced ("act.pdf" becomes "act (2).pdf").

    Each file is checked against its SHA-256 first: a damaged one is named in ``damaged`` and
    not written, and the others are still exported.
    """
    infos = list_evidence(ws, assessment_id, commitment_id)
    _prepare_folder(folder)
    written: list[Path] = []
    damaged: list[str] = []
    for info in infos:
        try:
            content = _load(ws, info)
        except DamagedEvidenceError as error:
            damaged.append(str(error))
            continue
        into = folder if commitment_id is not None else folder / info.commitment_id
        try:
            into.mkdir(exist_ok=True)
            name = safe_filename(info.filename, f"evidence-{info.id}")
            written.append(_write_new(into, name, content))
        except OSError as error:
            raise ServiceError(
                f"{info.filename} could not be written into {into} ({error.strerror or error}); "
                f"{len(written)} file(s) were exported before it"
            ) from None
    return Exported(tuple(written), tuple(damaged))


# --- removing -------------------------------------------------------------------------------


def remove_evidence(ws: Workspace, assessment_id: int, evidence_id: int) -> Removed:
    """Remove one file from its answer, after a backup that still holds it.

    The backup is taken first and the removal refused if it cannot be: nothing is lost
    (File → Restore from backup, or ``poa-desktop backups --restore FILE``, brings it back).
    """
    info = evidence_info(ws, assessment_id, evidence_id)
    with ws.db.session() as session:
        _ensure_editable(session, assessment_id)
    backup = take_backup(ws.db.path, BACKUP_REASON)
    with ws.db.writing() as session:
        _ensure_editable(session, assessment_id)  # it may have been submitted meanwhile
        row = session.get(EvidenceFile, evidence_id)
        if row is None:
            raise NotFoundError(f"evidence file {evidence_id} was removed meanwhile")
        session.delete(row)
    return Removed(info, backup)
