"""The outcome documents as bundled with the app, and where each paragraph sits in them.

A focal point checking a commitment against the official text reads the copy shipped in
``resources/sources`` (the app never opens the web). Paragraphs are found by their number and
their own first and last words, walking each document in order, so a paragraph number that
recurs (the BMS8 report numbers its body and its annex from 1) lands on the right one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from poa_desktop.catalog import Catalog
from poa_desktop.domain.catalog import Document
from poa_desktop.resources import resource_path

EDGE_WORDS = 8
"""Words matched at each end of a paragraph: enough to be unique, few enough to be fast."""


@dataclass(frozen=True)
class Span:
    """Where a paragraph is in its document's text: ``text[start:end]``."""

    start: int
    end: int


def has_source_text(document: Document) -> bool:
    """Whether the app carries the document's text (a document added by a user may not)."""
    return bool(document.source.file) and resource_path("sources", document.source.file).is_file()


def source_text(document: Document) -> str:
    """The full text of the document as bundled (the file the catalog was extracted from)."""
    return resource_path("sources", document.source.file).read_text(encoding="utf-8")


def _words_pattern(words: list[str]) -> str:
    # Line breaks in the source fall between words, and after the hyphen of a compound the
    # catalog joined back ("gender-" / "disaggregated"); every word is matched as printed.
    return r"\s+".join(re.escape(word).replace(r"\-", r"-\s*") for word in words)


_SPANS: dict[tuple[str, str], dict[str, Span]] = {}


def _spans(document: Document) -> dict[str, Span]:
    key = (document.id, document.source.sha256)
    if key not in _SPANS:
        _SPANS[key] = _find_spans(document)
    return _SPANS[key]


def _find_spans(document: Document) -> dict[str, Span]:
    text = source_text(document)
    spans: dict[str, Span] = {}
    position = 0
    for commitment in document.commitments:
        words = commitment.text.split()
        head = re.compile(
            # Some paragraphs are printed as list items ("- 74. To assess...").
            rf"^[ \t]*(?:-[ \t]+)?(?P<number>{commitment.number}\.\s+)"
            + _words_pattern(words[:EDGE_WORDS]),
            re.MULTILINE,
        )
        found = head.search(text, position)
        if found is None:
            continue
        tail = re.compile(_words_pattern(words[-EDGE_WORDS:]))
        ending = tail.search(text, found.start())
        end = ending.end() if ending is not None else found.end()
        spans[commitment.id] = Span(found.start("number"), end)
        position = end
    return spans


def locate(catalog: Catalog, commitment_id: str) -> Span | None:
    """The paragraph's place in its document's bundled text (None if it cannot be found)."""
    commitment = catalog.get(commitment_id)
    return _spans(catalog.document(commitment.document_id)).get(commitment_id)
