"""The submission package: the report, its workbook and evidence in one zip that proves itself.

What a focal point sends to UNODA (or to the clearing authority) should be checkable later:
*is this what we sent, and was it the cleared version?* ``write_package`` puts the PDF, the
Excel workbook and every evidence file in one zip with a ``manifest.json`` naming the State,
cycle, status, reporting period, report language, the clearance record and each file's size
and SHA-256; ``verify_package`` reads a received zip and says whether every file is intact,
naming the first that differs, the files missing and any added. The manifest carries its own
digest, so a changed byte in it is found too. A digest proves integrity against accidents and
slips, not authorship: whoever can write the zip can write a new manifest, and the note says so.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from poa_desktop import __version__
from poa_desktop.domain.report import ReportData
from poa_desktop.services.answering.evidence import read_evidence, safe_filename
from poa_desktop.services.assessments.assessments import AssessmentInfo, find_assessment
from poa_desktop.services.assessments.clearance import clearance_history
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.reporting.export import (
    ExportOptions,
    default_file_stem,
    write_file,
    write_report_files,
)
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import Workspace

PACKAGE_FORMAT = "poa-desktop report package"
PACKAGE_VERSION = 1
MANIFEST = "manifest.json"
MAX_MEMBERS = 10_000
"""More members than any real package holds: a zip with more is not ours (or is hostile)."""
MAX_MANIFEST_BYTES = 5 * 1024 * 1024
CHUNK = 1024 * 1024
Progress = Callable[[float], None]


@dataclass(frozen=True)
class PackedFile:
    """One file of the package as the manifest lists it."""

    path: str
    role: str  # "report-pdf" | "report-xlsx" | "evidence"
    size: int
    sha256: str
    commitment_id: str = ""

    def to_json(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"path": self.path, "role": self.role, "size": self.size}
        entry["sha256"] = self.sha256
        if self.commitment_id:
            entry["commitment_id"] = self.commitment_id
        return entry


@dataclass(frozen=True)
class PackageResult:
    path: Path
    files: tuple[PackedFile, ...]
    warnings: tuple[str, ...] = ()


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _canonical(manifest: dict[str, Any]) -> bytes:
    """The manifest without its own digest, as canonical JSON (what the digest covers)."""
    body = {key: value for key, value in manifest.items() if key != "manifest_sha256"}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _evidence(ws: Workspace, data: ReportData, assessment_id: int) -> list[tuple[str, str, bytes]]:
    """(commitment id, file name, bytes) of every evidence file the report lists, each checked
    against its SHA-256 (a damaged file stops the package, named)."""
    return [
        (row.commitment_id, row.filename, read_evidence(ws, assessment_id, row.id))
        for row in data.evidence
    ]


def _unique(path: str, taken: set[str]) -> str:
    """``path``, or ``name (2).ext`` ... when a file of that name is already in the zip."""
    candidate, number = path, 2
    pure = PurePosixPath(path)
    while candidate.casefold() in taken:
        candidate = str(pure.with_name(f"{pure.stem} ({number}){pure.suffix}"))
        number += 1
    taken.add(candidate.casefold())
    return candidate


def _clearance(ws: Workspace, assessment_id: int) -> list[dict[str, Any]]:
    return [
        {
            "action": record.action,
            "actor": record.actor,
            "at": record.created_at.isoformat(),
            "reason": record.reason,
            "open_items": list(record.open_items),
        }
        for record in clearance_history(ws, assessment_id)
    ]


def manifest_for(
    data: ReportData, files: Iterable[PackedFile], clearance: list[dict[str, Any]], language: str
) -> dict[str, Any]:
    """The manifest of a package holding ``files``, with its own digest."""
    manifest: dict[str, Any] = {
        "format": PACKAGE_FORMAT,
        "version": PACKAGE_VERSION,
        "application": f"poa-desktop {__version__}",
        "catalog_version": data.catalog.version,
        "state": data.state,
        "iso_code": data.iso_code,
        "cycle": data.cycle,
        "status": data.status,
        "period_start": data.period_start.isoformat() if data.period_start else None,
        "period_end": data.period_end.isoformat() if data.period_end else None,
        "report_language": language,
        "generated_at": data.generated_at.isoformat(),
        "answers_sha256": data.answers_digest(),
        "clearance": clearance,
        "files": [f.to_json() for f in files],
        "note": "SHA-256 digests show whether a file changed; they do not prove who wrote it.",
    }
    manifest["manifest_sha256"] = _digest(_canonical(manifest))
    return manifest


@dataclass(frozen=True)
class PackageSource:
    """Everything a package holds, read from the database at once (on the window's thread);
    :func:`write_package_file` then needs no database and may run in the background."""

    data: ReportData
    options: ExportOptions
    stem: str
    evidence: tuple[tuple[str, str, bytes], ...]
    clearance: tuple[dict[str, Any], ...]


def package_source(
    ws: Workspace, info: AssessmentInfo, options: ExportOptions | None = None
) -> PackageSource:
    """Snapshot what a package of ``info`` holds: report data, evidence, clearance record."""
    options = options or ExportOptions()
    data = build_report_data(ws, info, changes_since=options.changes_since)
    stem = default_file_stem(info.iso_code, info.cycle, info.status)
    evidence = tuple(_evidence(ws, data, info.id))
    return PackageSource(data, options, stem, evidence, tuple(_clearance(ws, info.id)))


def write_package_file(
    source: PackageSource, target: Path, progress: Progress | None = None
) -> PackageResult:
    """Write the zip at ``target`` all or nothing: report, workbook, evidence, manifest."""
    data, options = source.data, source.options
    language = options.language or data.report_language
    report = progress or (lambda _fraction: None)
    pdf, xlsx = io.BytesIO(), io.BytesIO()
    written = write_report_files(
        data, pdf=pdf, xlsx=xlsx, options=options, progress=lambda f: report(0.9 * f)
    )
    members: list[tuple[PackedFile, bytes]] = []
    taken: set[str] = {MANIFEST.casefold()}
    for role, suffix, stream in (("report-pdf", "pdf", pdf), ("report-xlsx", "xlsx", xlsx)):
        content = stream.getvalue()
        path = _unique(f"{source.stem}.{suffix}", taken)
        members.append((PackedFile(path, role, len(content), _digest(content)), content))
    for commitment_id, filename, content in source.evidence:
        path = _unique(f"evidence/{commitment_id}/{safe_filename(filename)}", taken)
        packed = PackedFile(path, "evidence", len(content), _digest(content), commitment_id)
        members.append((packed, content))
    manifest = manifest_for(data, (m for m, _ in members), list(source.clearance), language)

    def write(stream: BinaryIO) -> None:
        with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
            text = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
            archive.writestr(MANIFEST, text.encode("utf-8"))
            for packed, content in members:
                archive.writestr(packed.path, content)

    write_file(target, write)
    report(1.0)
    return PackageResult(target.expanduser(), tuple(m for m, _ in members), written.warnings)


def write_package(
    ws: Workspace,
    target: Path,
    options: ExportOptions | None = None,
    assessment: AssessmentInfo | None = None,
    progress: Progress | None = None,
) -> PackageResult:
    """Snapshot the assessment (the most recent by default) and write its package."""
    source = package_source(ws, assessment or find_assessment(ws), options)
    return write_package_file(source, target, progress)


# --- verifying a received package ---------------------------------------------------------------


@dataclass(frozen=True)
class FileCheck:
    path: str
    state: str  # "intact" | "changed" | "missing" | "unexpected"
    detail: str = ""


@dataclass(frozen=True)
class Verification:
    """What a package is and whether it is intact; ``problems`` in the manifest's order."""

    path: Path
    manifest: dict[str, Any] = field(default_factory=dict)
    checks: tuple[FileCheck, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def first_problem(self) -> str | None:
        return self.problems[0] if self.problems else None

    def describe(self) -> str:
        """One line: whose report, which cycle, what status, sent when."""
        m = self.manifest
        period = ""
        if m.get("period_start") or m.get("period_end"):
            period = f", period {m.get('period_start') or '?'} to {m.get('period_end') or '?'}"
        return (
            f"{m.get('state', '?')} ({m.get('iso_code', '?')}), {m.get('cycle', '?')}{period}: "
            f"{m.get('status', '?')} report in {m.get('report_language', '?')}, written "
            f"{m.get('generated_at', '?')} by {m.get('application', '?')}"
        )


def _hash_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    digest = hashlib.sha256()
    with archive.open(info) as member:
        while chunk := member.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _read_manifest(path: Path, archive: zipfile.ZipFile) -> dict[str, Any]:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise ServiceError(f"{path.name} has no {MANIFEST}: it is not a report package") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise ServiceError(f"{path.name}: its {MANIFEST} is too large to be a manifest")
    try:
        manifest = json.loads(archive.read(info).decode("utf-8"))
    except (ValueError, zipfile.BadZipFile) as error:
        raise ServiceError(f"{path.name}: its {MANIFEST} cannot be read ({error})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
        raise ServiceError(f"{path.name}: its {MANIFEST} is not a poa-desktop package manifest")
    if not isinstance(manifest.get("files"), list):
        raise ServiceError(f"{path.name}: its {MANIFEST} lists no files")
    return manifest


def verify_package(path: Path) -> Verification:
    """Check every file of a received package against its manifest; raises ServiceError only
    when the file is not a package at all (not a zip, no manifest)."""
    path = path.expanduser()
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ServiceError(f"{path} does not exist") from None
    except (zipfile.BadZipFile, OSError) as error:
        raise ServiceError(f"{path.name} is not a zip file ({error})") from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise ServiceError(f"{path.name} holds {len(members)} files: not a report package")
        manifest = _read_manifest(path, archive)
        problems: list[str] = []
        if manifest.get("manifest_sha256") != _digest(_canonical(manifest)):
            problems.append(f"{MANIFEST} was changed after the package was written")
        by_name = {info.filename: info for info in members}
        checks: list[FileCheck] = []
        listed: set[str] = {MANIFEST}
        for entry in manifest["files"]:
            name = str(entry.get("path", "")) if isinstance(entry, dict) else ""
            listed.add(name)
            info = by_name.get(name)
            if info is None:
                checks.append(FileCheck(name, "missing", "listed in the manifest, not in the zip"))
                continue
            try:
                actual = _hash_member(archive, info)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as error:
                checks.append(FileCheck(name, "changed", f"the zip's own check failed: {error}"))
                continue
            if actual != entry.get("sha256") or info.file_size != entry.get("size"):
                checks.append(FileCheck(name, "changed", f"SHA-256 is now {actual}"))
            else:
                checks.append(FileCheck(name, "intact"))
        for name in by_name:
            if name not in listed:
                checks.append(FileCheck(name, "unexpected", "in the zip, not in the manifest"))
        problems += [f"{c.path}: {c.state} ({c.detail})" for c in checks if c.state != "intact"]
    return Verification(path, manifest, tuple(checks), tuple(problems))
