"""First-run set-up: validating and saving the State profile, starting an assessment."""

from __future__ import annotations

import pytest

from poa_desktop.domain.content import AnswerContent
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.assessments.assessments import AssessmentInfo, list_assessments
from poa_desktop.services.assessments.profiles import get_profile
from poa_desktop.services.assessments.setup import (
    AgencyInput,
    ProfileInput,
    first_run_needed,
    profile_input,
    save_profile,
    start_assessment,
    validate_cycle,
    validate_profile,
)
from poa_desktop.services.errors import InvalidInputError, NotFoundError
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Agency

KENYA = ProfileInput(
    state="kenya",
    iso_code="ken",
    focal_point_name=" Amina Odhiambo ",
    focal_point_title="Director, SALW desk",
    focal_point_email="amina@example.go.ke",
    agencies=(
        AgencyInput("National Police Service", "NPS", "Insp. Mwangi", "nps@example.go.ke"),
        AgencyInput("Kenya Revenue Authority, Customs", "KRA"),
    ),
)


def fields(data: ProfileInput) -> list[str]:
    return [p.field for p in validate_profile(data)]


def test_a_complete_profile_is_valid() -> None:
    assert validate_profile(KENYA) == []


def test_each_problem_names_its_field() -> None:
    data = ProfileInput(state=" ", iso_code="K3N", focal_point_name="", focal_point_email="amina@")
    problems = validate_profile(data)
    assert [p.field for p in problems] == [
        "state",
        "iso_code",
        "focal_point_name",
        "focal_point_email",
    ]
    assert problems[0].message.startswith("State:")
    assert problems[1].message.startswith("ISO code:")
    assert problems[2].message.startswith("Focal point name:")
    assert problems[3].message == "Focal point email: 'amina@' is not an email address"


def test_a_listed_state_must_keep_its_own_code() -> None:
    problems = validate_profile(ProfileInput("Kenya", "KEX", "Amina"))
    assert [p.message for p in problems] == ["ISO code: the code of Kenya is KEN"]
    assert validate_profile(ProfileInput("Atlantis", "XAT", "Amina")) == []


def test_a_half_typed_state_does_not_reach_the_cover() -> None:
    """Issue 19: "ivo" with the code CIV went on the report cover as the State's name."""
    problems = validate_profile(ProfileInput("ivo", "CIV", "Amina"))
    assert [(p.field, p.message) for p in problems] == [
        (
            "state",
            "State: CIV is the code of Côte d'Ivoire; choose Côte d'Ivoire from the list, or "
            "correct the code",
        )
    ]
    problems = validate_profile(ProfileInput("ivo", "XIV", "Amina"))
    assert [p.field for p in problems] == ["state"]
    assert problems[0].message.startswith("State: 'ivo' is part of a State's name (")
    assert "Côte d'Ivoire" in problems[0].message
    # The whole name, in any of the six languages, or a State not on the list, is fine.
    assert validate_profile(ProfileInput("Côte d'Ivoire", "CIV", "Amina")) == []
    assert validate_profile(ProfileInput("Кот-д'Ивуар", "CIV", "Amina")) == []
    assert validate_profile(ProfileInput("Kosovo", "XKX", "Amina")) == []


def test_agency_names_are_required_and_unique_and_emails_checked() -> None:
    data = ProfileInput(
        "Kenya",
        "KEN",
        "Amina",
        agencies=(
            AgencyInput("Police", email="police at example"),
            AgencyInput(" "),
            AgencyInput("POLICE"),
        ),
    )
    problems = validate_profile(data)
    assert [p.field for p in problems] == ["agencies.0.email", "agencies.1.name", "agencies.2.name"]
    assert problems[2].message == "Agency 3: 'POLICE' is already listed as agency 1"


def test_save_creates_the_profile_and_reads_it_back(ws: Workspace) -> None:
    assert profile_input(ws) is None
    save_profile(ws, KENYA)
    profile = get_profile(ws)
    assert (profile.name, profile.iso_code, profile.focal_point_name) == (
        "Kenya",
        "KEN",
        "Amina Odhiambo",
    )
    assert profile.focal_point_phone is None
    back = profile_input(ws)
    assert back is not None
    assert back.state == "Kenya" and back.focal_point_phone == ""
    assert [(a.name, a.short_name, a.previous_name) for a in back.agencies] == [
        ("National Police Service", "NPS", "National Police Service"),
        ("Kenya Revenue Authority, Customs", "KRA", "Kenya Revenue Authority, Customs"),
    ]


def test_invalid_data_writes_nothing(ws: Workspace) -> None:
    with pytest.raises(InvalidInputError) as caught:
        save_profile(ws, ProfileInput("Kenya", "KEN", "Amina", focal_point_email="nope"))
    assert [p.field for p in caught.value.problems] == ["focal_point_email"]
    assert profile_input(ws) is None


def test_saving_again_updates_the_one_profile(ws: Workspace) -> None:
    save_profile(ws, KENYA)
    save_profile(ws, ProfileInput("Kenya", "KEN", "Joseph Kamau", focal_point_title=""))
    with ws.db.session() as session:
        assert session.query(Agency).count() == 0
    back = profile_input(ws)
    assert back is not None
    assert back.focal_point_name == "Joseph Kamau" and back.focal_point_title == ""


def test_agencies_still_listed_keep_their_rows_and_answer_links(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    content = AnswerContent(status="developing", agencies=("National Police Service",))
    save_answer(ws, assessment.id, "BMS8-29", content)
    with ws.db.session() as session:
        police_id = session.query(Agency).filter_by(name="National Police Service").one().id
    save_profile(
        ws,
        ProfileInput(
            "Kenya",
            "KEN",
            "Amina",
            agencies=(
                AgencyInput("Ministry of Interior"),
                AgencyInput("national police service", "NPS", phone="+254 20 000"),
            ),
        ),
    )
    with ws.db.session() as session:
        rows = session.query(Agency).order_by(Agency.position).all()
        assert [(a.name, a.position) for a in rows] == [
            ("Ministry of Interior", 0),
            ("national police service", 1),
        ]
        assert rows[1].id == police_id and rows[1].phone == "+254 20 000"
    assert get_answer(ws, assessment.id, "BMS8-29").content.agencies == ("national police service",)


def test_a_renamed_agency_keeps_its_links(ws: Workspace, assessment: AssessmentInfo) -> None:
    save_answer(ws, assessment.id, "BMS8-29", AnswerContent(agencies=("National Police Service",)))
    current = profile_input(ws)
    assert current is not None
    police, customs = current.agencies
    renamed = AgencyInput("Kenya Police", previous_name=police.previous_name)
    # The police take the customs' name, customs is renamed too: no unique clash mid-way.
    swapped = AgencyInput(police.name, previous_name=customs.previous_name)
    save_profile(ws, ProfileInput("Kenya", "KEN", "Amina", agencies=(renamed, swapped)))
    assert get_answer(ws, assessment.id, "BMS8-29").content.agencies == ("Kenya Police",)


def test_an_agency_answers_name_cannot_be_removed(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    for commitment in ("BMS8-29", "BMS8-30"):
        save_answer(
            ws, assessment.id, commitment, AnswerContent(agencies=("National Police Service",))
        )
    with pytest.raises(InvalidInputError) as caught:
        save_profile(
            ws, ProfileInput("Kenya", "KEN", "Joseph", agencies=(AgencyInput("Interior"),))
        )
    assert str(caught.value) == (
        "Agency 'National Police Service' is responsible for 2 answers: "
        "remove it from those answers before removing it here"
    )
    back = profile_input(ws)
    assert back is not None and back.focal_point_name == ""  # nothing written
    assert [a.name for a in back.agencies] == [
        "National Police Service",
        "Kenya Revenue Authority, Customs",
    ]


def test_the_state_cannot_change_once_assessed(ws: Workspace, assessment: AssessmentInfo) -> None:
    with pytest.raises(InvalidInputError, match="reports for Kenya"):
        save_profile(ws, ProfileInput("Ghana", "GHA", "Kofi"))


def test_first_run_until_profile_and_assessment(ws: Workspace) -> None:
    assert first_run_needed(ws)
    save_profile(ws, KENYA)
    assert first_run_needed(ws)
    start_assessment(ws, "BMS10 2028", None)
    assert not first_run_needed(ws)


def test_start_assessment_for_the_profile_state(ws: Workspace) -> None:
    with pytest.raises(NotFoundError, match="State profile"):
        start_assessment(ws, "BMS10 2028", None)
    save_profile(ws, ProfileInput("Atlantis", "xat", "Amina"))
    info = start_assessment(ws, " BMS10 2028 ", None)
    assert (info.state, info.iso_code, info.cycle, info.carried_from) == (
        "Atlantis",
        "XAT",
        "BMS10 2028",
        None,
    )


def test_start_assessment_carries_forward(ws: Workspace, assessment: AssessmentInfo) -> None:
    save_answer(ws, assessment.id, "BMS8-29", AnswerContent(status="implemented"))
    info = start_assessment(ws, "BMS10 2028", "bms8 2022")
    assert info.carried_from == "BMS8 2022"
    assert get_answer(ws, info.id, "BMS8-29").content.status == "implemented"
    assert [a.cycle for a in list_assessments(ws)] == ["BMS10 2028", "BMS8 2022"]


def test_cycle_problems_are_reported_before_anything_is_written(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    assert [p.field for p in validate_cycle(ws, " ")] == ["cycle"]
    assert [p.message for p in validate_cycle(ws, "bms8 2022", "RevCon4")] == [
        "Reporting cycle: there is already an assessment for BMS8 2022",
        "Carry forward: there is no assessment for 'RevCon4'",
    ]
    with pytest.raises(InvalidInputError):
        start_assessment(ws, "BMS8 2022", None)
    assert len(list_assessments(ws)) == 1
