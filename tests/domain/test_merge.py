"""Combining two versions of an answer keeps everything either side wrote."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.merge import combine
from poa_desktop.domain.status import Status


def test_texts_lists_and_flags_from_both_sides() -> None:
    mine = AnswerContent(
        Status.DEVELOPING,
        "Our commission met twice.",
        laws=(Law("Firearms Act", year=2019),),
        agencies=("Police",),
        assistance_needed=False,
    )
    theirs = AnswerContent(
        Status.IMPLEMENTED,
        "Customs trained 40 officers.",
        laws=(Law("Customs Code", year=2015), Law("Firearms Act", year=2019)),
        agencies=("Customs", "Police"),
        assistance_needed=True,
        target_date=date(2030, 1, 1),
    )
    both = combine(mine, theirs)
    assert both.status == Status.DEVELOPING  # the person's own
    assert both.measures_taken == "Our commission met twice.\n\nCustoms trained 40 officers."
    assert both.laws == (Law("Firearms Act", year=2019), Law("Customs Code", year=2015))
    assert both.agencies == ("Police", "Customs")
    assert both.assistance_needed and both.target_date == date(2030, 1, 1)


def test_a_text_that_contains_the_other_is_not_repeated() -> None:
    mine = AnswerContent(measures_taken="Trained 40 officers. Then 20 more.")
    theirs = AnswerContent(measures_taken="Trained 40 officers.")
    assert combine(mine, theirs).measures_taken == mine.measures_taken
    assert combine(theirs, mine).measures_taken == mine.measures_taken


@given(st.text(), st.text())
def test_no_words_are_lost(mine: str, theirs: str) -> None:
    merged = combine(
        AnswerContent(measures_taken=mine), AnswerContent(measures_taken=theirs)
    ).measures_taken
    assert mine.strip() in merged and theirs.strip() in merged
