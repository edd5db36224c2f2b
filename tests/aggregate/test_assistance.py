"""Needs paired with offers: on the same measure, on the same theme, of a kind that fits."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from poa_desktop.domain.catalog import Commitment
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.status import Status
from poa_desktop.services.reporting.aggregate import AggregateResult, analyse_files, write_workbook
from tests.aggregate.builders import catalog, write_book


def _measures() -> tuple[Commitment, Commitment, Commitment]:
    """A measure, another sharing a theme with it, and one sharing none."""
    measures = catalog().measures
    first = measures[0]
    near = next(c for c in measures[1:] if set(c.themes) & set(first.themes))
    far = next(c for c in measures if not set(c.themes) & (set(first.themes) | set(near.themes)))
    return first, near, far


def _offer(text: str) -> AnswerContent:
    return AnswerContent(status=Status.IMPLEMENTED, assistance_offered=text)


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> AggregateResult:
    folder = tmp_path_factory.mktemp("assistance")
    first, near, far = _measures()
    need = AnswerContent(
        status=Status.DEVELOPING,
        assistance_needed=True,
        assistance_kinds=("training",),
        assistance_description="Training of 40 customs officers in marking and tracing.",
    )
    write_book(folder, "Ghana", "GHA", {first.id: need})
    write_book(folder, "Norway", "NOR", {first.id: _offer("We offer training courses.")})
    write_book(folder, "Japan", "JPN", {near.id: _offer("Experts can visit.")}, language="fr")
    write_book(folder, "Mexico", "MEX", {first.id: _offer("Legal drafting support.")})
    write_book(folder, "Chile", "CHL", {far.id: _offer("Any help asked for.")})
    return analyse_files([folder])


def test_offer_kinds_are_read_from_the_text(result: AggregateResult) -> None:
    kinds = {offer.state.iso: offer.kinds for offer in result.analysis.offers}
    assert kinds == {"NOR": ("training",), "JPN": (), "MEX": ("legal",), "CHL": ()}


def test_need_is_paired_with_fitting_offers(result: AggregateResult) -> None:
    (need,) = result.analysis.needs
    first, _near, _far = _measures()
    assert (need.state.iso, need.commitment_id, need.kinds) == ("GHA", first.id, ("training",))
    assert [s.iso for s in need.same_measure] == ["NOR"]  # Mexico offers legal help only
    assert [s.iso for s in need.same_theme] == ["JPN"]  # no kind named: any; Chile: no theme


def test_tallies(result: AggregateResult) -> None:
    training = next(t for t in result.analysis.kinds if t.key == "training")
    assert (training.needs, training.states_needing, training.offers) == (1, 1, 1)
    assert (training.met_on_measure, training.met_on_theme) == (1, 1)
    unnamed = next(t for t in result.analysis.kinds if t.key == "")
    assert (unnamed.needs, unnamed.offers, unnamed.states_offering) == (0, 2, 2)


def test_assistance_sheet(result: AggregateResult, tmp_path: Path) -> None:
    target = write_workbook(result, tmp_path / "a.xlsx")
    rows = list(load_workbook(target, read_only=True)["Assistance"].iter_rows(values_only=True))
    assert list(rows[0]) == [
        "State", "ISO code", "UN regional group", "Commitment ID", "Citation",
        "Assistance kinds", "Assistance description", "Offered on the same measure by",
        "Offered on a measure of the same theme by",
    ]  # fmt: skip
    first, _near, _far = _measures()
    assert list(rows[1]) == [
        "Ghana", "GHA", "African Group", first.id, first.label, "Training",
        "Training of 40 customs officers in marking and tracing.", "Norway (NOR)", "Japan (JPN)",
    ]  # fmt: skip
