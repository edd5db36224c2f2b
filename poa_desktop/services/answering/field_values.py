"""Report field values (counts, yes/no, years, contacts) of an assessment, with their history.

A value of the wrong type is refused with a message naming the field. A value that breaks a rule
across fields (traced more than seized) is still kept, because the other field may be the wrong
one and typing must never be lost; the save returns the rule problems and progress and clearance
show them until they are resolved.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from poa_desktop.catalog.validation import FieldProblem, FieldValueError, check_rules
from poa_desktop.catalog.validation import parse_value as parse_field
from poa_desktop.domain.catalog import FieldValue
from poa_desktop.domain.provenance import Provenance
from poa_desktop.services.errors import InvalidInputError, Problem, ServiceError, ensure_editable
from poa_desktop.services.identity import computer_login, person
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Assessment, ReportFieldRevision, ReportFieldValue


def field_values(ws: Workspace, assessment_id: int) -> dict[str, FieldValue]:
    """Current values by field id (fields never filled are absent)."""
    with ws.db.session() as session:
        rows = session.scalars(
            select(ReportFieldValue).where(ReportFieldValue.assessment_id == assessment_id)
        ).all()
        return {row.field_id: row.value for row in rows}


def field_problems(ws: Workspace, assessment_id: int) -> list[FieldProblem]:
    """Rules the stored values break (shown inline and in the clearance checklist)."""
    return check_rules(ws.catalog, field_values(ws, assessment_id))


def write_field_values(
    session: Session,
    ws: Workspace,
    assessment: Assessment,
    raw_values: Mapping[str, Any],
    *,
    author: str,
    provenance: str = Provenance.TYPED,
    provenance_detail: str = "",
) -> list[str]:
    """Parse and store values inside the caller's transaction; returns the ids that changed.

    ``author`` is the person recorded (see :func:`~poa_desktop.services.identity.person`); the
    computer login is recorded beside it.
    """
    ensure_editable(assessment.cycle, assessment.status, "its report field values")
    parsed: dict[str, FieldValue] = {}
    problems: list[Problem] = []
    for field_id, raw in raw_values.items():
        if field_id not in ws.catalog.fields:
            problems.append(Problem(field_id, f"no report field {field_id!r}"))
            continue
        try:
            parsed[field_id] = parse_field(ws.catalog.field(field_id), raw)
        except FieldValueError as error:
            problems.append(Problem(field_id, str(error)))
    if problems:
        raise InvalidInputError(problems)
    existing = {
        row.field_id: row
        for row in session.scalars(
            select(ReportFieldValue).where(ReportFieldValue.assessment_id == assessment.id)
        )
    }
    changed = []
    login = computer_login()
    for field_id, value in parsed.items():
        row = existing.get(field_id)
        if row is None:
            if value is None:
                continue
            row = ReportFieldValue(assessment_id=assessment.id, field_id=field_id, version=0)
            session.add(row)
        elif row.value == value and type(row.value) is type(value):
            continue
        row.value = value
        row.version += 1
        row.updated_by = author
        row.provenance = provenance
        row.provenance_detail = provenance_detail
        session.add(
            ReportFieldRevision(
                field_value=row,
                number=row.version,
                author=author,
                login=login,
                provenance=provenance,
                provenance_detail=provenance_detail,
                value=value,
            )
        )
        changed.append(field_id)
    session.flush()
    return changed


def save_field_values(
    ws: Workspace,
    assessment_id: int,
    raw_values: Mapping[str, Any],
    *,
    author: str | None = None,
    provenance: str = Provenance.TYPED,
    provenance_detail: str = "",
) -> tuple[list[str], list[FieldProblem]]:
    """Store values in one transaction; returns (changed ids, rule problems now standing).

    Recorded as ``author``, else the person working (:func:`~poa_desktop.services.identity.person`).
    """
    author = person(ws, author)
    with ws.db.writing() as session:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None:
            raise ServiceError(f"no assessment with id {assessment_id}")
        changed = write_field_values(
            session,
            ws,
            assessment,
            raw_values,
            author=author,
            provenance=provenance,
            provenance_detail=provenance_detail,
        )
    return changed, field_problems(ws, assessment_id)
