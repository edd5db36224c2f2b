"""Word-level and item-level differences: readable, and always the two versions put together."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from poa_desktop.domain.diff import (
    ADDED,
    REMOVED,
    SAME,
    Segment,
    elide,
    has_changes,
    item_diff,
    new_text,
    old_text,
    word_diff,
)


def test_a_changed_word_is_one_removed_and_one_added_word() -> None:
    assert word_diff(
        "End-user certificates are verified since 2021.",
        "End-user licences are verified since 2022.",
    ) == (
        Segment(SAME, "End-user "),
        Segment(REMOVED, "certificates"),
        Segment(ADDED, "licences"),
        Segment(SAME, " are verified since "),
        Segment(REMOVED, "2021"),
        Segment(ADDED, "2022"),
        Segment(SAME, "."),
    )


def test_neighbouring_changed_words_are_one_change() -> None:
    assert word_diff("the quick brown fox", "the slow red fox") == (
        Segment(SAME, "the "),
        Segment(REMOVED, "quick brown"),
        Segment(ADDED, "slow red"),
        Segment(SAME, " fox"),
    )


def test_numbers_and_compounds_change_as_whole_words() -> None:
    assert word_diff("1,200 arms seized", "1,500 arms seized") == (
        Segment(REMOVED, "1,200"),
        Segment(ADDED, "1,500"),
        Segment(SAME, " arms seized"),
    )
    assert word_diff("an end-user check", "an end-use check")[1:3] == (
        Segment(REMOVED, "end-user"),
        Segment(ADDED, "end-use"),
    )


def test_punctuation_is_its_own_word() -> None:
    assert word_diff("Police, Customs", "Police; Customs") == (
        Segment(SAME, "Police"),
        Segment(REMOVED, ","),
        Segment(ADDED, ";"),
        Segment(SAME, " Customs"),
    )


def test_only_white_space_that_changed_is_marked() -> None:
    """A paragraph break becoming a space does not mark the words either side as changed."""
    assert word_diff("Marked.\n\nRecorded.", "Marked. Recorded.") == (
        Segment(SAME, "Marked."),
        Segment(REMOVED, "\n\n"),
        Segment(ADDED, " "),
        Segment(SAME, "Recorded."),
    )
    assert word_diff("Marked", "Marked and recorded") == (
        Segment(SAME, "Marked"),
        Segment(ADDED, " and recorded"),
    )


def test_from_and_to_nothing() -> None:
    assert word_diff("", "New text.") == (Segment(ADDED, "New text."),)
    assert word_diff("Old text.", "") == (Segment(REMOVED, "Old text."),)
    assert word_diff("", "") == ()
    assert word_diff("Same.", "Same.") == (Segment(SAME, "Same."),)
    assert not has_changes(word_diff("Same.", "Same."))
    assert has_changes(word_diff("Same.", "Same!"))


def test_a_change_in_a_long_text_shows_a_few_words_either_side() -> None:
    words = [f"w{i}" for i in range(60)]
    old = " ".join(words)
    new = " ".join("CHANGED" if i == 30 else w for i, w in enumerate(words))
    shown = elide(word_diff(old, new), context=3)
    assert shown == (
        Segment(SAME, "… w27 w28 w29 "),
        Segment(REMOVED, "w30"),
        Segment(ADDED, "CHANGED"),
        Segment(SAME, " w31 w32 w33 …"),
    )


def test_elision_keeps_context_around_every_change_and_short_stretches_whole() -> None:
    old = "one two three four five six seven eight nine ten eleven twelve thirteen"
    new = old.replace("one", "ONE").replace("thirteen", "THIRTEEN")
    shown = elide(word_diff(old, new), context=2, mark="...")
    assert [s.kind for s in shown] == [REMOVED, ADDED, SAME, REMOVED, ADDED]
    assert shown[2] == Segment(SAME, " two three ... eleven twelve ")
    # Cutting fewer than three words is not worth a mark.
    short = word_diff("a b c d e", "A b c d e")
    assert elide(short, context=2) == short
    # Without changes there is nothing to give context to: the text comes back whole.
    same = word_diff(old, old)
    assert elide(same, context=1) == same


def test_items_added_removed_and_kept_in_order() -> None:
    assert item_diff(["Police", "Customs"], ["Police", "Army", "Customs"]) == (
        Segment(SAME, "Police"),
        Segment(ADDED, "Army"),
        Segment(SAME, "Customs"),
    )
    assert item_diff(["Firearms Act, 2019", "Old Act"], ["Firearms Act, 2019"]) == (
        Segment(SAME, "Firearms Act, 2019"),
        Segment(REMOVED, "Old Act"),
    )
    assert item_diff([], ["Training"]) == (Segment(ADDED, "Training"),)


# Text built from the pieces that make diffs hard: words, numbers, punctuation, runs of spaces,
# line breaks, apostrophes and hyphens inside words, non-Latin letters.
_PIECES = st.sampled_from(
    [
        "arms",
        "Arms",
        "end-user",
        "State's",
        "1,200",
        "12.5",
        "بندقية",
        "枪",
        ".",
        ",",
        ";",
        "(",
        ")",
        "-",
        "’",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        "\u00a0",
    ]
)
_TEXTS = st.one_of(st.lists(_PIECES, max_size=30).map("".join), st.text(max_size=60))


@given(_TEXTS, _TEXTS)
def test_the_segments_rebuild_both_versions(old: str, new: str) -> None:
    segments = word_diff(old, new)
    assert new_text(segments) == new  # same + added
    assert old_text(segments) == old  # same + removed
    assert "".join(t for k, t in segments if k in (SAME, ADDED)) == new
    assert all(text for _, text in segments)  # no empty segment
    # one removed then one added per change, never two of a kind in a row
    assert all(a.kind != b.kind for a, b in itertools.pairwise(segments))
    assert all(not (a.kind == ADDED and b.kind == REMOVED) for a, b in itertools.pairwise(segments))
    assert has_changes(segments) == (old != new)


@given(_TEXTS, _TEXTS)
def test_elision_only_shortens_unchanged_text(old: str, new: str) -> None:
    segments = word_diff(old, new)
    shown = elide(segments, context=2)
    assert [k for k, _ in shown] == [k for k, _ in segments]
    for before, after in zip(segments, shown, strict=True):
        if before.kind == SAME:
            assert len(after.text) <= len(before.text) + 2
        else:
            assert after == before


@given(
    st.lists(st.sampled_from(["Police", "Customs", "Army", "Courts", "Police"]), max_size=8),
    st.lists(st.sampled_from(["Police", "Customs", "Army", "Courts", "Ports"]), max_size=8),
)
def test_the_items_rebuild_both_lists(old: list[str], new: list[str]) -> None:
    segments = item_diff(old, new)
    assert [t for k, t in segments if k != REMOVED] == new
    assert [t for k, t in segments if k != ADDED] == old
