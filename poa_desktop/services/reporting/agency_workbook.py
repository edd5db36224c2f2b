"""Workbooks for agencies: prepare one with an agency's measures, take it back, settle conflicts.

The focal point prepares a workbook holding only the measures assigned to an agency (answers
whose responsible agencies include it), sends it, and later reads the returned file. The file's
``About`` sheet carries a token ``poa2:<assessment id>:<prepared UTC>:<ids>:<agency>:<mac>``
tying it to this assessment, the moment it was prepared and the measures assigned then; the mac
is an HMAC-SHA256 over all of those with a random key kept in this database and never exported
(``local_secret``), so a token cannot be made or edited by anyone who has only files. On return,
rows for measures that were not assigned to the agency are refused and listed in the preview.

On return, a row is a *conflict* when both sides changed the answer since preparation: the app
has a revision newer than the prepared time and the workbook's content differs from the content
the answer had then. The focal point chooses a version for each conflict; every other changed
row is written as a contribution ("contributed by <agency>, <file>, row <n>"). A row the agency
left as prepared while the app changed the answer is not written (the app's answer is newer).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.merge import combine
from poa_desktop.domain.provenance import Provenance
from poa_desktop.services.answering.answers import all_answers
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.assessments.assessments import (
    AssessmentInfo,
    find_assessment,
    list_assessments,
)
from poa_desktop.services.assessments.profiles import get_profile
from poa_desktop.services.errors import NotFoundError, ServiceError, ensure_editable
from poa_desktop.services.identity import person
from poa_desktop.services.reporting.export import write_file
from poa_desktop.services.reporting.imports import (
    ImportPreview,
    ImportResult,
    RowChange,
    apply_import,
    preview_import,
)
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import LocalSecret

TOKEN_VERSION = "poa2"
_SECRET_NAME = "agency-token-key"
_STAMP = "%Y%m%dT%H%M%S.%fZ"
Choice = Literal["agency", "app", "both"]

if TYPE_CHECKING:
    from poa_desktop.exchange.reading.plan import RowProblem


@dataclass(frozen=True)
class AgencyWorkbookInfo:
    path: Path
    agency: str
    assessment_id: int
    cycle: str
    prepared_at: datetime
    token: str
    measures: tuple[str, ...]


@dataclass(frozen=True)
class AgencyToken:
    assessment_id: int
    prepared_at: datetime
    measures: tuple[str, ...]
    agency: str
    mac: str

    def __str__(self) -> str:
        stamp = self.prepared_at.astimezone(UTC).strftime(_STAMP)
        ids = ",".join(self.measures)
        return f"{TOKEN_VERSION}:{self.assessment_id}:{stamp}:{ids}:{self.agency}:{self.mac}"


def _key(ws: Workspace) -> bytes:
    """This database's token key, made on first use (32 random bytes; never exported)."""
    with ws.db.session() as session, session.begin():
        row = session.get(LocalSecret, _SECRET_NAME)
        if row is None:
            row = LocalSecret(name=_SECRET_NAME, value=secrets.token_hex(32))
            session.add(row)
        return bytes.fromhex(row.value)


def _mac(
    key: bytes, assessment_id: int, prepared_at: datetime, measures: tuple[str, ...], agency: str
) -> str:
    stamp = prepared_at.astimezone(UTC).strftime(_STAMP)
    text = f"{TOKEN_VERSION}|{assessment_id}|{stamp}|{','.join(measures)}|{agency}"
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def make_token(
    ws: Workspace,
    info: AssessmentInfo,
    agency: str,
    prepared_at: datetime,
    measures: tuple[str, ...],
) -> AgencyToken:
    mac = _mac(_key(ws), info.id, prepared_at, measures, agency)
    return AgencyToken(info.id, prepared_at, measures, agency, mac)


def parse_token(text: str) -> AgencyToken:
    """The token's parts; ValueError when it is not one (a version 1 token included)."""
    version, number, stamp, ids, rest = [*text.strip().split(":", 4), "", "", "", ""][:5]
    agency, _, mac = rest.rpartition(":")
    if version != TOKEN_VERSION or not number.isdigit() or not agency or not mac or not ids:
        raise ValueError(f"not an agency workbook token: {text!r}")
    prepared = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    return AgencyToken(int(number), prepared, tuple(ids.split(",")), agency, mac)


def _assessment(ws: Workspace, assessment_id: int) -> AssessmentInfo:
    for info in list_assessments(ws):
        if info.id == assessment_id:
            return info
    raise NotFoundError(f"no assessment {assessment_id}")


def _agency_name(ws: Workspace, agency: str) -> str:
    names = {a.name.casefold(): a.name for a in get_profile(ws).agencies}
    found = names.get(agency.strip().casefold())
    if found is None:
        raise NotFoundError(f"no agency {agency!r} in the State profile")
    return found


def assigned_measures(ws: Workspace, assessment_id: int, agency: str) -> tuple[str, ...]:
    """The measures (catalog order) whose answer names ``agency`` among its responsible ones."""
    answers = all_answers(ws, assessment_id)
    return tuple(
        c.id
        for c in ws.catalog.measures
        if (r := answers.get(c.id)) is not None and agency in r.content.agencies
    )


def prepare_agency_workbook(
    ws: Workspace, assessment_id: int, agency: str, target: Path
) -> AgencyWorkbookInfo:
    """Write ``target`` (atomically) with the measures assigned to ``agency``."""
    from poa_desktop.exchange.workbook.agency import write_agency_xlsx

    info = _assessment(ws, assessment_id)
    name = _agency_name(ws, agency)
    ensure_editable(info.cycle, info.status)
    ids = assigned_measures(ws, info.id, name)
    if not ids:
        raise ServiceError(f"no measure is assigned to {name}: assign measures to it first")
    data = build_report_data(ws, info)
    prepared_at = datetime.now(UTC)
    token = str(make_token(ws, info, name, prepared_at, ids))

    def write(stream: BinaryIO) -> None:
        write_agency_xlsx(data, name, ids, token, stream)

    target = Path(os.path.expanduser(target))
    write_file(target, write)
    return AgencyWorkbookInfo(target, name, info.id, info.cycle, prepared_at, token, ids)


# --- the return ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyConflict:
    """An answer both the app and the agency changed since the workbook was prepared."""

    change: RowChange
    prepared: AnswerContent  # the content when the workbook was prepared

    @property
    def commitment_id(self) -> str:
        return self.change.commitment_id

    @property
    def label(self) -> str:
        return self.change.label

    @property
    def app(self) -> AnswerContent:
        return self.change.old

    @property
    def agency(self) -> AnswerContent:
        return self.change.new


@dataclass(frozen=True)
class AgencyReturnPreview:
    source: Path
    assessment: AssessmentInfo
    agency: str
    prepared_at: datetime
    token: str
    import_preview: ImportPreview
    updates: tuple[RowChange, ...]
    conflicts: tuple[AgencyConflict, ...]
    app_newer: tuple[RowChange, ...]  # agency left as prepared, app changed since: not written

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        return tuple(self.import_preview.problems)


def _about_items(path: Path) -> dict[str, str]:
    from poa_desktop.exchange.reading.mapping import plain_text
    from poa_desktop.exchange.reading.sources import WorkbookProblem, open_source
    from poa_desktop.exchange.workbook.layout import ABOUT

    try:
        workbook = open_source(path)
    except WorkbookProblem as problem:
        raise ServiceError(str(problem)) from None
    if ABOUT not in workbook.sheet_names:
        return {}
    return {
        plain_text(row[0]).strip(): plain_text(row[1]).strip()
        for row in workbook.rows(ABOUT)[1:]
        if len(row) >= 2
    }


def _verify(ws: Workspace, path: Path, info: AssessmentInfo) -> AgencyToken:
    from poa_desktop.exchange.workbook.agency import TOKEN_ITEM
    from poa_desktop.exchange.workbook.layout import AboutItem

    items = _about_items(path)
    text = items.get(TOKEN_ITEM, "")
    if not text:
        raise ServiceError(
            f"{path.name} is not an agency workbook: its About sheet has no {TOKEN_ITEM!r}; "
            "import it as an ordinary spreadsheet instead"
        )
    try:
        token = parse_token(text)
    except ValueError:
        if text.startswith("poa1:"):
            raise ServiceError(
                f"{path.name} was prepared by an earlier version of poa-desktop, whose token "
                "could be forged: prepare the agency's workbook again, or import this one as an "
                "ordinary spreadsheet (File → Import answers…), which shows every change first"
            ) from None
        raise ServiceError(f"{path.name}: the {TOKEN_ITEM} {text!r} cannot be read") from None
    here = f"{info.state}, {info.cycle} (assessment {info.id})"
    state, cycle = items.get(AboutItem.STATE, "?"), items.get(AboutItem.CYCLE, "?")
    there = f"{state}, {cycle} (assessment {token.assessment_id})"
    if token.assessment_id != info.id:
        raise ServiceError(
            f"{path.name} was prepared for {there}, not for {here}: open that assessment"
        )
    expected = _mac(_key(ws), info.id, token.prepared_at, token.measures, token.agency)
    if not hmac.compare_digest(token.mac, expected):
        raise ServiceError(
            f"{path.name} was prepared for {there} of another database, not for {here}, "
            "or its token was changed"
        )
    return token


def _content_at(
    ws: Workspace, info: AssessmentInfo, commitment_id: str, moment: datetime
) -> tuple[AnswerContent, bool]:
    """The answer's content at ``moment``, and whether a revision was made after it."""
    content, later = AnswerContent(), False
    for revision in answer_history(ws, info.id, commitment_id):
        if revision.created_at <= moment:
            content = revision.content
        else:
            later = True
    return content, later


def preview_agency_return(
    ws: Workspace, path: Path, assessment: AssessmentInfo | None = None
) -> AgencyReturnPreview:
    """Read a returned agency workbook: plain updates, conflicts; writes nothing.

    Rows for measures the token does not list (not assigned when it was prepared) are refused
    and listed among the preview's problems; they are never applied.
    """
    from poa_desktop.exchange.reading.plan import RowProblem

    path = Path(path)
    info = assessment or find_assessment(ws)
    token = _verify(ws, path, info)
    preview = preview_import(ws, path, policy="replace", assessment=info, add_agencies=False)
    if not preview.own_format:
        raise ServiceError(
            f"{path.name}: the {preview.sheet!r} sheet is not as prepared (columns or sheet names "
            "were changed), so it cannot be read as an agency workbook"
        )
    updates, conflicts, app_newer = [], [], []
    assigned = set(token.measures)
    refused = [
        RowProblem(
            change.sheet,
            change.row,
            None,
            "reference",
            f"{change.label} was not assigned to {token.agency} when the workbook was "
            "prepared: this row is not taken",
        )
        for change in preview.changes
        if change.commitment_id not in assigned
    ]
    if refused:
        preview = replace(
            preview,
            changes=tuple(c for c in preview.changes if c.commitment_id in assigned),
            problems=(*preview.problems, *refused),
        )
    for change in preview.changes:
        if change.action not in ("new", "update"):
            continue
        prepared, later = _content_at(ws, info, change.commitment_id, token.prepared_at)
        agency_changed = bool(change.new.changed_fields(prepared))
        if not later:
            updates.append(change)
        elif agency_changed:
            conflicts.append(AgencyConflict(change, prepared))
        else:
            app_newer.append(change)
    return AgencyReturnPreview(
        path,
        info,
        token.agency,
        token.prepared_at,
        str(token),
        preview,
        tuple(updates),
        tuple(conflicts),
        tuple(app_newer),
    )


def apply_agency_return(
    ws: Workspace,
    preview: AgencyReturnPreview,
    choices: Mapping[str, Choice],
    *,
    skip_unreadable: bool = False,
    author: str | None = None,
) -> ImportResult:
    """Write the updates and the chosen conflict versions in one transaction, or nothing.

    ``choices`` maps a conflict's commitment id to "agency" (write the workbook's answer),
    "app" (keep the app's answer) or "both" (:func:`~poa_desktop.domain.merge.combine`: what
    either wrote, the app's first). A conflict without a choice writes nothing.
    """
    chosen = []
    for conflict in preview.conflicts:
        choice = choices.get(conflict.commitment_id)
        if choice is None:
            raise ServiceError(
                f"choose a version for {conflict.label}: the agency's or the one in the app"
            )
        if choice not in ("agency", "app", "both"):
            raise ServiceError(
                f"{conflict.label}: choose 'agency', 'app' or 'both', not {choice!r}"
            )
        if choice == "agency":
            chosen.append(conflict.change)
        elif choice == "both":
            change = conflict.change
            chosen.append(replace(change, new=combine(change.old, change.new)))
    to_write = replace(
        preview.import_preview, changes=(*preview.updates, *chosen), field_changes=()
    )
    agency = preview.agency
    return apply_import(
        ws,
        to_write,
        skip_unreadable=skip_unreadable,
        author=person(ws, author),
        provenance=Provenance.CONTRIBUTED,
        detail=lambda file, _sheet, row: f"contributed by {agency}, {file}, row {row}",
    )
