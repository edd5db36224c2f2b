"""Creating assessments (blank or carried forward) and finding the one a command acts on."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from poa_desktop.catalog import Catalog
from poa_desktop.domain.assessment import AssessmentInfo as AssessmentInfo
from poa_desktop.domain.assessment import chosen_assessment
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.provenance import CARRIED_PREFIX, SUPERSEDED_NOTE, Provenance
from poa_desktop.services.answering.answers import content_of
from poa_desktop.services.assessments.documents import document_records
from poa_desktop.services.assessments.period import check_period, check_report_language
from poa_desktop.services.assessments.profiles import ensure_profile
from poa_desktop.services.errors import NotFoundError, ServiceError
from poa_desktop.services.identity import computer_login, person
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Answer, Assessment, ReportFieldRevision, ReportFieldValue, Revision
from poa_desktop.store.models import AnswerLaw, EvidenceFile


def _info(assessment: Assessment) -> AssessmentInfo:
    return AssessmentInfo(
        id=assessment.id,
        state=assessment.profile.name,
        iso_code=assessment.profile.iso_code,
        cycle=assessment.cycle,
        catalog_version=assessment.catalog_version,
        status=assessment.status,
        created_at=assessment.created_at,
        carried_from=assessment.carried_from.cycle if assessment.carried_from else None,
        period_start=assessment.period_start,
        period_end=assessment.period_end,
        report_language=assessment.report_language,
        documents=tuple(d["id"] for d in assessment.documents),
    )


def list_assessments(ws: Workspace) -> list[AssessmentInfo]:
    """All assessments, most recent first."""
    with ws.db.session() as session:
        rows = session.scalars(
            select(Assessment).order_by(Assessment.created_at.desc(), Assessment.id.desc())
        ).all()
        return [_info(a) for a in rows]


def find_assessment(ws: Workspace, cycle: str | None = None) -> AssessmentInfo:
    """The assessment for ``cycle``, or the most recent one when no cycle is given."""
    assessments = list_assessments(ws)
    if not assessments:
        raise NotFoundError(
            "there is no assessment yet: create one with 'poa-desktop new-assessment --state "
            "NAME --cycle NAME' or try 'poa-desktop demo'"
        )
    found = chosen_assessment(assessments, cycle)
    if found is not None:
        return found
    known = ", ".join(a.cycle for a in assessments)
    raise NotFoundError(f"no assessment for cycle {cycle!r}: this database has {known}")


def _copy_answer(
    source: Answer, target_assessment: Assessment, detail: str, author: str, login: str
) -> Answer:
    answer = Answer(
        commitment_id=source.commitment_id,
        status=source.status,
        measures_taken=source.measures_taken,
        challenges=source.challenges,
        assistance_needed=source.assistance_needed,
        assistance_kinds=list(source.assistance_kinds),
        assistance_description=source.assistance_description,
        assistance_offered=source.assistance_offered,
        national_target=source.national_target,
        target_date=source.target_date,
        provenance=Provenance.CARRIED_FORWARD,
        provenance_detail=detail,
        updated_by=author,
        version=1,
    )
    answer.laws = [
        AnswerLaw(
            title_original=law.title_original,
            title_english=law.title_english,
            year=law.year,
            link=law.link,
            area=law.area,
            description=law.description,
        )
        for law in source.laws
    ]
    answer.agencies = list(source.agencies)
    answer.evidence = [
        EvidenceFile(
            filename=e.filename,
            media_type=e.media_type,
            size=e.size,
            sha256=e.sha256,
            content=e.content,
            added_by=e.added_by,
        )
        for e in source.evidence
    ]
    content = content_of(source)
    changed = content.changed_fields(AnswerContent())
    answer.revisions = [
        Revision(
            number=1,
            author=author,
            login=login,
            provenance=Provenance.CARRIED_FORWARD,
            provenance_detail=detail,
            changed_fields=changed,
            snapshot=content.to_snapshot(),
        )
    ]
    target_assessment.answers.append(answer)
    return answer


def _carry_forward(
    session: Session, source: Assessment, target: Assessment, author: str, catalog: Catalog
) -> None:
    """Copy ``source``'s answers and report field values into ``target``.

    Only answers to documents ``target`` covers are copied. A paragraph that supersedes one
    answered in ``source`` (and is not answered there itself) starts from that answer, its note
    saying so (:data:`~poa_desktop.services.assessments.carry.SUPERSEDED_NOTE`).
    """
    detail = f"{CARRIED_PREFIX}{source.cycle}"
    login = computer_login()
    covered = {d["id"] for d in target.documents}
    answers = session.scalars(
        select(Answer)
        .where(Answer.assessment_id == source.id)
        .options(
            selectinload(Answer.laws),
            selectinload(Answer.agencies),
            selectinload(Answer.evidence).undefer(EvidenceFile.content),
        )
    ).all()
    by_id = {a.commitment_id: a for a in answers}
    for answer in answers:
        if answer.commitment_id in catalog and (
            catalog.get(answer.commitment_id).document_id in covered
        ):
            _copy_answer(answer, target, detail, author, login)
    for successor in catalog:
        if successor.document_id not in covered or successor.id in by_id:
            continue
        earlier = next((by_id[q] for q in successor.supersedes if q in by_id), None)
        if earlier is not None:
            note = f"{detail}{SUPERSEDED_NOTE}{catalog.get(earlier.commitment_id).label}"
            _copy_answer(earlier, target, note, author, login).commitment_id = successor.id
    for value in source.field_values:
        copy = ReportFieldValue(
            field_id=value.field_id,
            value=value.value,
            updated_by=author,
            provenance=Provenance.CARRIED_FORWARD,
            provenance_detail=detail,
        )
        copy.revisions = [
            ReportFieldRevision(
                number=1,
                author=author,
                login=login,
                provenance=Provenance.CARRIED_FORWARD,
                provenance_detail=detail,
                value=value.value,
            )
        ]
        target.field_values.append(copy)


def create_assessment(
    ws: Workspace,
    *,
    state: str,
    cycle: str,
    from_cycle: str | None = None,
    iso_code: str | None = None,
    author: str | None = None,
    period: tuple[date | None, date | None] = (None, None),
    report_language: str = "en",
    documents: Sequence[str] | None = None,
) -> AssessmentInfo:
    """A new assessment for ``cycle``: blank, or a copy of ``from_cycle`` marked as carried.

    ``period`` is the first and last day the report covers (either may be unknown yet);
    ``report_language`` the language its report is written in unless an export says otherwise;
    ``documents`` the ids of the outcome documents it covers (every installed one by default).

    The copies are recorded as ``author``, else the person working (the State profile's focal
    point unless someone said otherwise), with the computer login beside.
    """
    cycle = cycle.strip()
    if not cycle:
        raise ServiceError("the reporting cycle needs a name, e.g. 'RevCon4 2024'")
    author = person(ws, author)
    check_period(*period)
    check_report_language(report_language)
    covered = document_records(ws.installed, documents)
    with ws.db.writing() as session:
        profile = ensure_profile(session, state, iso_code)
        existing = {a.cycle.casefold(): a for a in profile.assessments}
        if cycle.casefold() in existing:
            taken = existing[cycle.casefold()].cycle
            raise ServiceError(f"{profile.name} already has an assessment for {taken}")
        assessment = Assessment(
            cycle=cycle,
            catalog_version=ws.catalog.version,
            status="draft",
            period_start=period[0],
            period_end=period[1],
            report_language=report_language,
            documents=covered,
        )
        profile.assessments.append(assessment)
        if from_cycle is not None:
            source = existing.get(from_cycle.strip().casefold())
            if source is None:
                known = ", ".join(a.cycle for a in profile.assessments if a is not assessment)
                raise NotFoundError(
                    f"cannot carry forward from {from_cycle!r}: "
                    + (f"this database has {known}" if known else "there is no earlier cycle")
                )
            assessment.carried_from = source
            _carry_forward(session, source, assessment, author, ws.installed)
        session.flush()
        return _info(assessment)
