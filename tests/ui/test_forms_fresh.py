"""Generated form modules are committed; they must match their .ui files."""

from __future__ import annotations

from tools.forms import main as compile_forms


def test_generated_forms_are_up_to_date() -> None:
    assert compile_forms(["--check"]) == 0
