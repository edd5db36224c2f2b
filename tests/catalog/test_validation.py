"""Report field values: typed parsing with messages that name the field, and cross-field rules."""

from __future__ import annotations

import pytest

from poa_desktop.catalog import default_catalog
from poa_desktop.catalog.validation import FieldValueError, check_rules, format_value, parse_value

CATALOG = default_catalog()


@pytest.mark.parametrize(
    ("field_id", "raw", "value"),
    [
        ("sdg1642.seized", "1 204", 1204),
        ("sdg1642.seized", 12, 12),
        ("sdg1642.seized", "", None),
        ("ncb.exists", "Oui", True),
        ("ncb.exists", False, False),
        ("nap.year_adopted", "2019", 2019),
        ("poc.email", " focal.point@mfa.example ", "focal.point@mfa.example"),
        ("poc.phone", "+41 22 917 1234", "+41 22 917 1234"),
    ],
)
def test_parse_accepts(field_id: str, raw: object, value: object) -> None:
    assert parse_value(CATALOG.field(field_id), raw) == value


@pytest.mark.parametrize(
    ("field_id", "raw", "message"),
    [
        ("sdg1642.seized", "many", "Arms seized: enter a whole number, not 'many'"),
        ("sdg1642.seized", "-3", "Arms seized: cannot be less than 0"),
        ("ncb.exists", "perhaps", "answer yes or no"),
        ("nap.year_adopted", "1850", "Year adopted: cannot be less than 1990"),
        ("poc.email", "nobody", "Email: 'nobody' is not an email address"),
        ("poc.phone", "call me", "not a telephone number"),
    ],
)
def test_parse_rejects_with_the_field_named(field_id: str, raw: object, message: str) -> None:
    with pytest.raises(FieldValueError, match=message) as caught:
        parse_value(CATALOG.field(field_id), raw)
    assert caught.value.problem.field_id == field_id


def test_traced_cannot_exceed_total() -> None:
    values = {
        "sdg1642.seized": 10,
        "sdg1642.found": 2,
        "sdg1642.surrendered": 3,
        "sdg1642.traced": 16,
    }
    problems = check_rules(CATALOG, values)
    assert [p.field_id for p in problems] == ["sdg1642.traced"]
    assert "Arms traced (16) cannot exceed the arms seized, found and surrendered (15)" in str(
        problems[0]
    )
    assert check_rules(CATALOG, {**values, "sdg1642.traced": 15}) == []


def test_only_if_and_periods() -> None:
    assert check_rules(CATALOG, {"nap.exists": False, "nap.year_adopted": 2020})
    assert check_rules(
        CATALOG, {"nap.exists": True, "nap.period_start": 2024, "nap.period_end": 2020}
    )
    assert not check_rules(
        CATALOG, {"nap.exists": True, "nap.period_start": 2020, "nap.period_end": 2024}
    )


def test_format_value() -> None:
    assert format_value(CATALOG.field("sdg1642.seized"), 1204) == "1\u202f204 weapons"
    assert format_value(CATALOG.field("ncb.exists"), True) == "Yes"
    assert format_value(CATALOG.field("poc.name"), None) == ""
