"""An assessment's catalog: the installed one restricted to the documents it covers."""

from __future__ import annotations

from poa_desktop.catalog import default_catalog


def test_covering_no_document_named_is_the_whole_catalog() -> None:
    """An assessment from before documents were recorded covers every document."""
    catalog = default_catalog()
    assert catalog.covering(()) is catalog
    assert catalog.covering([d.id for d in catalog.documents]) is catalog
    first = catalog.documents[0].id
    assert [d.id for d in catalog.covering([first]).documents] == [first]
