"""``poa-desktop demo``: a complete fictional assessment to explore and to benchmark with."""

from __future__ import annotations

from poa_desktop.services.answering.answers import AnswerWrite, write_answers
from poa_desktop.services.answering.field_values import write_field_values
from poa_desktop.services.assessments.assessments import (
    AssessmentInfo,
    create_assessment,
    find_assessment,
)
from poa_desktop.services.assessments.profiles import add_agency, load_profile
from poa_desktop.services.demo import content as content
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Assessment, Contact


def build_demo(ws: Workspace) -> AssessmentInfo:
    """Fill an empty database with Exampleland's assessment: every measure answered."""
    with ws.db.writing() as session:
        existing = load_profile(session)
        if existing is not None:
            raise ServiceError(
                f"{ws.db.path} already holds {existing.name}'s assessments; run the demo on a "
                "new file, e.g. 'poa-desktop --db demo.sqlite demo'"
            )
    author = content.DEMO_FOCAL_POINT["name"]
    info = create_assessment(
        ws,
        state=content.DEMO_STATE,
        iso_code=content.DEMO_ISO,
        cycle=content.DEMO_CYCLE,
        author=author,
    )
    with ws.db.writing() as session:
        assessment = session.get(Assessment, info.id)
        assert assessment is not None
        profile = assessment.profile
        profile.focal_point_name = content.DEMO_FOCAL_POINT["name"]
        profile.focal_point_title = content.DEMO_FOCAL_POINT["title"]
        profile.focal_point_email = content.DEMO_FOCAL_POINT["email"]
        profile.focal_point_phone = content.DEMO_FOCAL_POINT["phone"]
        for position, data in enumerate(content.DEMO_AGENCIES):
            agency = add_agency(
                session,
                profile,
                data["name"],
                short_name=data.get("short_name"),
                contact_person=data.get("contact_person"),
                email=data.get("email"),
                phone=data.get("phone"),
            )
            if data.get("contact_person"):
                profile.contacts.append(
                    Contact(
                        name=data["contact_person"],
                        role=f"Contact point, {data['name']}",
                        email=data.get("email"),
                        phone=data.get("phone"),
                        agency=agency,
                        position=position,
                    )
                )
        writes = [AnswerWrite(c.id, content.demo_answer(c)) for c in ws.catalog.measures]
        write_answers(session, ws.catalog, assessment.id, writes, author=author)
        write_field_values(session, ws, assessment, content.DEMO_FIELD_VALUES, author=author)
    return find_assessment(ws, info.cycle)
