"""Previous / next / next unanswered over the measures."""

from __future__ import annotations

from poa_desktop.catalog import default_catalog
from poa_desktop.services.answering.walk import step, walk_order

CATALOG = default_catalog()


def test_order_is_the_measures() -> None:
    order = walk_order(CATALOG)
    assert order == [c.id for c in CATALOG.measures] and len(order) == 221
    assert order[0] == "BMS8-21" and order[-1] == "RC3-IV-31"
    assert "BMS8-60" not in order and "RC3-IV-12" not in order  # procedural: not walked


def test_next_and_previous_stop_at_the_ends() -> None:
    assert step(CATALOG, "BMS8-21", +1) == "BMS8-22"
    assert step(CATALOG, "BMS8-95", +1) == "RC3-II-1"
    assert step(CATALOG, "RC3-II-1", -1) == "BMS8-95"
    assert step(CATALOG, "RC3-IV-31", +1) is None
    assert step(CATALOG, "BMS8-21", -1) is None


def test_from_a_declaration_the_walk_continues_from_its_place() -> None:
    assert step(CATALOG, "BMS8-5", +1) == "BMS8-21"
    assert step(CATALOG, "RC3-I-20", -1) == "BMS8-95"
    assert step(CATALOG, None, +1) == "BMS8-21"


def test_next_unanswered_skips_answered_and_wraps() -> None:
    statuses = {"BMS8-22": "implemented", "BMS8-23": "developing"}
    assert step(CATALOG, "BMS8-21", +1, statuses=statuses, unanswered_only=True) == "BMS8-24"
    answered_all_but_one = {cid: "implemented" for cid in walk_order(CATALOG)}
    answered_all_but_one.pop("BMS8-30")
    assert (
        step(CATALOG, "RC3-IV-10", +1, statuses=answered_all_but_one, unanswered_only=True)
        == "BMS8-30"
    )
    everything = {cid: "implemented" for cid in walk_order(CATALOG)}
    assert step(CATALOG, "BMS8-21", +1, statuses=everything, unanswered_only=True) is None


def test_walk_within_a_filter() -> None:
    allowed = {"BMS8-50", "RC3-II-85", "BMS8-21"}
    assert step(CATALOG, "BMS8-21", +1, allowed=allowed) == "BMS8-50"
    assert step(CATALOG, "BMS8-50", +1, allowed=allowed) == "RC3-II-85"
    assert step(CATALOG, "RC3-II-85", +1, allowed=allowed) is None
