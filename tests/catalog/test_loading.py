"""Loading the catalog pauses the garbage collector and leaves it as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from poa_desktop.catalog import CatalogError, load_catalog


@pytest.fixture
def collector_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector_restored")
@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(enabled: bool) -> None:
    """On while a command runs; off while the window starts (it turns it on after)."""
    if enabled:
        gc.enable()
    else:
        gc.disable()
    catalog = load_catalog()
    assert len(catalog) == 286
    assert gc.isenabled() is enabled


@pytest.mark.usefixtures("collector_restored")
def test_the_collector_is_back_on_after_a_catalog_that_cannot_be_read(tmp_path: Path) -> None:
    gc.enable()
    with pytest.raises(CatalogError):
        load_catalog(tmp_path)
    assert gc.isenabled()


def test_paragraphs_under_one_heading_share_it() -> None:
    """Equal values, made once: the files repeat every paragraph's headings."""
    catalog = load_catalog()
    first, second = catalog.get("RC3-II-21"), catalog.get("RC3-II-22")
    assert first.headings == second.headings
    assert all(a is b for a, b in zip(first.headings, second.headings, strict=True))
