"""Check report field values against their definitions and the rules that tie fields together.

Values arrive as typed text (from a form, the command line or a spreadsheet cell) or as Python
values; both go through :func:`parse_value`, which returns the stored value or says, in words a
focal point understands, what is wrong and in which field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from poa_desktop.domain.catalog import Catalog, FieldDefinition, FieldRule, FieldValue
from poa_desktop.domain.words import read_yes_no, yes_no

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9][0-9 ()./-]{3,38}[0-9]$")


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with which field (``field_id`` names the field the user should look at)."""

    field_id: str
    message: str

    def __str__(self) -> str:
        return self.message


class FieldValueError(ValueError):
    def __init__(self, problem: FieldProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _fail(definition: FieldDefinition, what: str) -> FieldValueError:
    return FieldValueError(FieldProblem(definition.id, f"{definition.label}: {what}"))


def _whole_number(definition: FieldDefinition, raw: Any) -> int:
    if isinstance(raw, bool):
        raise _fail(definition, "enter a number, not yes/no")
    if isinstance(raw, int):
        number = raw
    elif isinstance(raw, float) and raw.is_integer():
        number = int(raw)
    else:
        text = str(raw).strip().replace("\u00a0", "").replace(" ", "").replace(",", "")
        if not re.fullmatch(r"[+-]?\d+", text):
            raise _fail(definition, f"enter a whole number, not {str(raw).strip()!r}")
        number = int(text)
    if definition.min is not None and number < definition.min:
        raise _fail(definition, f"cannot be less than {definition.min}")
    if definition.max is not None and number > definition.max:
        raise _fail(definition, f"cannot be more than {definition.max}")
    return number


def parse_value(definition: FieldDefinition, raw: Any) -> FieldValue:
    """The value to store for ``raw`` (None when blank), or FieldValueError saying why not."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    kind = definition.type
    if kind in ("integer", "year"):
        return _whole_number(definition, raw)
    if kind == "boolean":
        if isinstance(raw, bool):
            return raw
        answer = read_yes_no(str(raw))
        if answer is not None:
            return answer
        raise _fail(definition, f"answer yes or no, not {str(raw).strip()!r}")
    text = str(raw).strip()
    if definition.max_length is not None and len(text) > definition.max_length:
        raise _fail(
            definition, f"is {len(text)} characters long; the limit is {definition.max_length}"
        )
    if kind == "email" and not EMAIL.match(text):
        raise _fail(definition, f"{text!r} is not an email address")
    if kind == "phone" and not PHONE.match(text):
        raise _fail(definition, f"{text!r} is not a telephone number (digits, spaces, + ( ) - .)")
    return text


def _total(values: Mapping[str, FieldValue], ids: tuple[str, ...]) -> int | None:
    present = [values.get(i) for i in ids]
    numbers = [v for v in present if isinstance(v, int) and not isinstance(v, bool)]
    return sum(numbers) if numbers else None


def _broken(rule: FieldRule, values: Mapping[str, FieldValue]) -> FieldProblem | None:
    if rule.kind == "sum_lte":
        left, right = _total(values, rule.left), _total(values, rule.right)
        if left is not None and right is not None and left > right:
            message = rule.message.format(left=left, right=right)
            return FieldProblem(rule.left[0], message)
        return None
    condition = values.get(rule.condition)
    filled = [f for f in rule.fields if values.get(f) is not None]
    if condition is not True and filled:
        return FieldProblem(filled[0], rule.message)
    return None


def check_rules(catalog: Catalog, values: Mapping[str, FieldValue]) -> list[FieldProblem]:
    """Every cross-field rule the given values break (values of other fields are ignored)."""
    problems = []
    for group in catalog.field_groups:
        for rule in group.rules:
            problem = _broken(rule, values)
            if problem is not None:
                problems.append(problem)
    return problems


def format_value(definition: FieldDefinition, value: FieldValue) -> str:
    """A value as a person reads it: "Yes", "1 204 weapons", "" for blank."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if definition.type == "integer" and isinstance(value, int):
        unit = f" {definition.unit}" if definition.unit else ""
        return f"{value:,}".replace(",", "\u202f") + unit
    return str(value)
