"""Yes and no as people write them in a cell or a field, in the languages the import reads."""

from __future__ import annotations

from typing import Final

YES: Final = "Yes"
NO: Final = "No"
# The report's own Yes and No in the six UN languages are among them (a test keeps them so), so
# a workbook written in any of them reads back.
YES_WORDS: Final = frozenset({"yes", "y", "true", "1", "oui", "sí", "si", "نعم", "да", "是"})
NO_WORDS: Final = frozenset({"no", "n", "false", "0", "non", "لا", "нет", "否"})


def read_yes_no(text: str) -> bool | None:
    """True or False for a yes or no word (case and spacing ignored), None for anything else."""
    key = " ".join(text.split()).casefold()
    if key in YES_WORDS:
        return True
    if key in NO_WORDS:
        return False
    return None


def yes_no(value: bool) -> str:
    return YES if value else NO
