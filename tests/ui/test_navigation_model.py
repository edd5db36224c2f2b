"""The navigation tree's model and its filter behave as Qt models must, and count correctly."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from poa_desktop.catalog import default_catalog
from poa_desktop.ui.window.navigation import ID_ROLE, NavigationFilter, NavigationModel


def _ids(model: NavigationFilter | NavigationModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    found: list[str] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(ID_ROLE):
            found.append(str(index.data(ID_ROLE)))
        found += _ids(model, index)
    return found


def test_model_and_filter_pass_the_model_tester(qtmodeltester: object, qapp: object) -> None:
    catalog = default_catalog()
    model = NavigationModel(catalog)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = NavigationFilter()
    proxy.setSourceModel(model)
    proxy.set_allowed({"BMS8-29", "RC3-III-4"})
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert _ids(proxy) == ["BMS8-29", "RC3-III-4"]
    proxy.set_allowed(None)
    assert len(_ids(proxy)) == 286


def test_every_paragraph_once_in_document_order(qapp: object) -> None:
    catalog = default_catalog()
    model = NavigationModel(catalog)
    assert _ids(model) == [c.id for c in catalog]


def test_heading_counts_follow_statuses(qapp: object) -> None:
    catalog = default_catalog()
    model = NavigationModel(catalog)
    model.set_statuses({"RC3-III-4": "implemented"})
    marking = model.index_of("RC3-III-4").parent()
    assert marking.data() == "B. Marking  (1/5)"
    model.set_status("RC3-III-5", "developing")
    assert marking.data() == "B. Marking  (2/5)"
    model.set_status("RC3-III-5", None)
    assert marking.data() == "B. Marking  (1/5)"
