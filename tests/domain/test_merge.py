"""Combining the focal point's and an agency's versions of one answer (issue 19)."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.merge import combine
from poa_desktop.domain.status import Status

MINE = AnswerContent(
    status=Status.DEVELOPING,
    measures_taken="A draft firearms bill is before parliament.",
    laws=(Law("Arms Act", year=2001),),
    agencies=("Police",),
    challenges="",
    assistance_needed=False,
    assistance_kinds=("training",),
    national_target="Pass the bill.",
)
THEIRS = AnswerContent(
    status=Status.IMPLEMENTED,
    measures_taken="Customs now check export licences at every border post.",
    laws=(Law("Arms Act", year=2001), Law("Customs Code", year=2019)),
    agencies=("Customs", "Police"),
    challenges="Too few scanners.",
    assistance_needed=True,
    assistance_kinds=("equipment",),
    assistance_description="Two container scanners.",
    target_date=date(2027, 6, 30),
)


def test_both_versions_are_kept_mine_first() -> None:
    merged = combine(MINE, THEIRS)
    assert merged.status == Status.DEVELOPING  # the focal point's judgement
    assert merged.measures_taken == (
        "A draft firearms bill is before parliament.\n\n"
        "Customs now check export licences at every border post."
    )
    assert merged.challenges == "Too few scanners."
    assert [law.title_original for law in merged.laws] == ["Arms Act", "Customs Code"]
    assert merged.agencies == ("Police", "Customs")
    assert merged.assistance_needed and merged.assistance_kinds == ("training", "equipment")
    assert merged.assistance_description == "Two container scanners."
    assert merged.national_target == "Pass the bill." and merged.target_date == date(2027, 6, 30)


def test_a_text_already_holding_the_other_is_not_doubled() -> None:
    longer = AnswerContent(measures_taken="Audit done. Report published.")
    assert combine(longer, AnswerContent(measures_taken="Audit done.")).measures_taken == (
        "Audit done. Report published."
    )
    assert combine(AnswerContent(measures_taken="Audit done."), longer).measures_taken == (
        "Audit done. Report published."
    )
    assert combine(AnswerContent(), THEIRS).status == Status.IMPLEMENTED  # nothing of mine


def test_every_field_of_an_answer_is_combined() -> None:
    """A field added to AnswerContent later must be merged too, not silently dropped."""
    merged = combine(AnswerContent(), THEIRS)
    for field in fields(AnswerContent):
        assert getattr(merged, field.name) == getattr(THEIRS, field.name), field.name
