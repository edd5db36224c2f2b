"""The cell readers of an import, on anything a cell can hold: a value or a reason, never a crash.

Every mapped answer field has a reader (``mapping.decoders``): strict for the app's own
workbooks, forgiving for trackers. Whatever the cell holds, a reader returns a value of its
field's type or raises ``ValueError`` with a message for the preview; nothing else escapes.
"""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from poa_desktop.catalog import default_catalog
from poa_desktop.domain.content import AnswerContent
from poa_desktop.exchange.reading.dates import DateReading
from poa_desktop.exchange.reading.mapping import OWN_COLUMNS, ImportMapping, decoders

WORDS = [
    "Yes", "no", "Oui", "Sí", "да", "是", "نعم", "N/A", "Partially", "En curso", "x", "",
    " ", "\n", "June 2025", "31/12/2025", "03/04/2025", "2026", "fin 2026", "2025年6月",
    "Firearms Act | | 2001", "a | b | 19x", "Technical; training", "MFA; Police",
    "=1+1", "_x000D_", "\u202e", "\x00",
]  # fmt: skip
CELLS = st.one_of(
    st.none(),
    st.sampled_from(WORDS),
    st.text(max_size=40),
    st.integers(-(10**12), 10**12),
    st.floats(),
    st.booleans(),
    st.dates(),
    st.datetimes(),
)
MAPPING = ImportMapping("S", 1, dict(OWN_COLUMNS), {"Peut-être": "developing"})
READERS = {own: decoders(default_catalog(), MAPPING, own) for own in (True, False)}


@settings(max_examples=300, deadline=None)
@given(value=CELLS, own=st.booleans(), field=st.sampled_from(sorted(READERS[True])))
def test_a_reader_returns_a_value_or_a_reason(value: object, own: bool, field: str) -> None:
    try:
        result = READERS[own][field](value)
    except ValueError as error:
        assert str(error).strip()
        return
    if isinstance(result, DateReading):
        assert 1900 <= result.value.year <= 2100
        result = result.value
    # The value is one an answer can hold: building the content with it works.
    content = AnswerContent().with_changes(**{field: result})
    assert getattr(content, field) == result or result is None


@given(st.dates(date(1900, 1, 1), date(2100, 12, 31)))
def test_a_real_date_cell_is_taken_as_it_is(day: date) -> None:
    for own in (True, False):
        reading = READERS[own]["target_date"](datetime(day.year, day.month, day.day))
        assert isinstance(reading, DateReading)
        assert reading.value == day and reading.understood is None
