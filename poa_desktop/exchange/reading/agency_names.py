"""Agency names as trackers write them -> the agencies of the State profile.

A ministry's "Lead agency" column says "MFA", "Police nationale", "ComNat-ALPC" or
"ministerio de relaciones exteriores" where the profile has "Ministry of Foreign Affairs", a
short name, or another capitalisation. A written name matches a profile agency by its full name,
its short name, or its initials, compared without case, accents or punctuation ("ComNat ALPC"
and "ComNat-ALPC" are one name). A name that matches two agencies matches none: an answer is
never attached to the wrong agency, and the preview lists it with the candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from poa_desktop.domain.text import fold

# Words left out of initials ("Ministry of Foreign Affairs" -> MFA, "Ministère des affaires
# étrangères" -> MAE, "Ministerio de Relaciones Exteriores" -> MRE), folded.
_SMALL_WORD_LIST = (
    "of the and for on in to a an de des du la le les l d et pour en y del el los las para por"
    " e da do dos das"
)
_SMALL_WORDS = frozenset(_SMALL_WORD_LIST.split())
_PARENTHESES = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<inside>[^()]+)\)\s*$")


@dataclass(frozen=True, slots=True)
class AgencyMatch:
    """What a written name is: one profile agency (``name``), none, or several (``candidates``)."""

    written: str
    name: str | None
    candidates: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


def _keys(text: str) -> set[str]:
    folded = fold(text)
    return {folded, folded.replace(" ", "")} - {""}


def initials(name: str) -> str:
    """The initials of a name's significant words ("" for a name of fewer than two words)."""
    words = [word for word in fold(name).split() if word not in _SMALL_WORDS]
    return "".join(word[0] for word in words) if len(words) >= 2 else ""


class AgencyMatcher:
    """Matches written names against the profile's agencies (name, short name)."""

    def __init__(self, agencies: Iterable[tuple[str, str | None]]) -> None:
        self._exact: dict[str, set[str]] = {}
        self._initials: dict[str, set[str]] = {}
        for name, short in agencies:
            for key in _keys(name) | _keys(short or ""):
                self._exact.setdefault(key, set()).add(name)
            letters = initials(name)
            if letters:
                self._initials.setdefault(letters, set()).add(name)

    def _lookup(self, written: str) -> set[str]:
        found: set[str] = set()
        for key in _keys(written):
            found |= self._exact.get(key, set())
        if found:
            return found
        for key in _keys(written):
            found |= self._initials.get(key, set())
        return found

    def match(self, written: str) -> AgencyMatch:
        """The profile agency ``written`` names; "Policía Nacional (PN)" is tried whole, then by
        the name before the parentheses and by the one inside."""
        found = self._lookup(written)
        parts = _PARENTHESES.match(written)
        if not found and parts:
            found = self._lookup(parts.group("name")) | self._lookup(parts.group("inside"))
        if len(found) == 1:
            return AgencyMatch(written, next(iter(found)))
        return AgencyMatch(written, None, tuple(sorted(found)))


def distinct(names: Sequence[str]) -> tuple[str, ...]:
    """Names in first-seen order, one per folded form ("Gendarmerie" and "gendarmerie")."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(fold(name), name)
    return tuple(seen.values())
