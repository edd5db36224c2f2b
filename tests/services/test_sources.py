"""Every paragraph of the catalog is found in the bundled text it was taken from."""

from __future__ import annotations

import re

from poa_desktop.catalog import Catalog, default_catalog
from poa_desktop.services.sources import locate, source_text


def _words(text: str) -> list[str]:
    return re.sub(r"-\s+", "-", text).split()  # compounds split across lines count as one


def test_every_paragraph_is_located_in_document_order() -> None:
    catalog: Catalog = default_catalog()
    for document in catalog.documents:
        text = source_text(document)
        previous_end = 0
        for commitment in document.commitments:
            span = locate(catalog, commitment.id)
            assert span is not None, f"{commitment.id} not found in {document.source.file}"
            assert span.start >= previous_end, f"{commitment.id} found out of order"
            printed = text[span.start : span.end]
            assert re.match(rf"\s*{commitment.number}\.\s", printed), commitment.id
            # The span holds the paragraph as printed: same words, same order, at both ends.
            words = _words(printed)[1:]
            assert words[:8] == _words(commitment.text)[:8], commitment.id
            assert words[-8:] == _words(commitment.text)[-8:], commitment.id
            previous_end = span.end


def test_bms8_annex_paragraphs_are_not_confused_with_the_report_body() -> None:
    catalog = default_catalog()
    span = locate(catalog, "BMS8-1")
    assert span is not None
    text = source_text(catalog.document("BMS8"))
    assert text.rfind("Annex", 0, span.start) > text.find("I. Introduction")
