"""Workbooks shared by the analysis tests, written once (writing them is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.aggregate.builders import Book, varied_answers, write_book

STATES = (
    ("Kenya", "KEN", "en", 1),
    ("France", "FRA", "fr", 2),
    ("Saudi Arabia", "SAU", "ar", 1),
    ("Brazil", "BRA", "es", 3),
    ("Exampleland", "XEX", "zh", 1),
)
"""(State, ISO code, report language, every how many measures it answers)."""


@pytest.fixture(scope="package")
def books(tmp_path_factory: pytest.TempPathFactory) -> list[Book]:
    """Five States' workbooks in five languages, answers varied per State, some left blank."""
    folder = tmp_path_factory.mktemp("books")
    return [
        write_book(folder, state, iso, varied_answers(iso, every), language=language)
        for state, iso, language, every in STATES
    ]


@pytest.fixture(scope="package")
def folder(books: list[Book]) -> Path:
    return books[0].path.parent
