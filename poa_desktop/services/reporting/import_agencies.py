"""Agency names an import brings, matched with the State profile's and, when asked, added to it.

A tracker's "Lead agency" column writes "MFA" or "Police nationale"; the profile has "Ministry
of Foreign Affairs" (:mod:`poa_desktop.exchange.reading.agency_names` matches them). A name that
matches none costs its cell unless the person chose to add the new agencies, which are then
added in the import's own transaction (:func:`add_agencies`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from poa_desktop.domain.report import AgencyRow
from poa_desktop.services.assessments.profiles import add_agency, get_profile, load_profile
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from poa_desktop.exchange.reading.plan import ImportedRow, ReadResult, RowProblem


@dataclass(frozen=True)
class NewAgency(AgencyRow):
    """A name the file gives that matches no agency of the profile, and where it appears."""

    rows: tuple[str, ...] = ()
    """Where the name appears ("Seguimiento 7"), for the preview."""


class ProfileAgencies:
    """The profile's agencies, and the names a file gives that match none of them."""

    def __init__(self, ws: Workspace, result: ReadResult, adding: bool) -> None:
        from poa_desktop.exchange.reading.agency_names import AgencyMatcher

        profile = get_profile(ws).agencies
        self.known = [a.name for a in profile]
        self.matcher = AgencyMatcher((a.name, a.short_name) for a in profile)
        self.adding = adding
        self.details = {a.name.casefold(): a for a in result.agencies}
        self.unknown: dict[str, NewAgency] = {}

    def names(self) -> list[str]:
        """Every agency name an answer may hold: the profile's, and those to be added."""
        return self.known + ([a.name for a in self.unknown.values()] if self.adding else [])

    def new(self) -> tuple[NewAgency, ...]:
        """The names to add; an own workbook's are all its ``Contacts`` agencies, in its order.

        The app's own workbook carries the profile it was written from, so a new computer
        gets every agency (with short name and contact), not only those an answer names.
        """
        if not self.details:
            return tuple(self.unknown.values())
        from poa_desktop.domain.text import fold

        listed = []
        others = dict(self.unknown)
        for agency in self.details.values():
            if self.matcher.match(agency.name).name is None:
                key = fold(agency.name)
                rows = others.pop(key).rows if key in others else ()
                listed.append(
                    NewAgency(agency.name, agency.short_name, agency.contact_person,
                              agency.email, agency.phone, rows)
                )  # fmt: skip
        return (*listed, *others.values())

    def _note_unknown(self, name: str, where: str) -> str:
        """Register a name no agency matches; returns the spelling the profile would get."""
        from poa_desktop.domain.text import fold

        key = fold(name)
        entry = self.unknown.get(key)
        if entry is None:
            found = self.details.get(name.casefold())
            entry = NewAgency(name) if found is None else NewAgency(
                found.name, found.short_name, found.contact_person, found.email, found.phone
            )  # fmt: skip
        if where not in entry.rows:
            entry = replace(entry, rows=(*entry.rows, where))
        self.unknown[key] = entry
        return entry.name

    def resolve(self, row: ImportedRow, problems: list[RowProblem]) -> dict[str, object]:
        """The row's values with its agency names as the profile writes them.

        A name matching several agencies, or none while agencies are not being added, costs the
        agencies cell (listed), never the row.
        """
        from poa_desktop.exchange.reading.plan import RowProblem

        values = dict(row.values)
        written = values.get("agencies")
        if not isinstance(written, tuple) or not written:
            return values
        where = f"{row.sheet} {row.row}"
        names: list[str] = []
        reasons: list[str] = []
        for text in written:
            match = self.matcher.match(str(text))
            if match.name is not None:
                names.append(match.name)
            elif match.ambiguous:
                reasons.append(
                    f"'{text}' could be any of {', '.join(match.candidates)}: write the full name"
                )
            elif self.adding:
                names.append(self._note_unknown(str(text), where))
            else:
                self._note_unknown(str(text), where)
                reasons.append(
                    f"'{text}' is not an agency in the State profile: choose to add the new "
                    "agencies in the preview (--add-agencies), or write a name the profile has"
                )
        if reasons:
            del values["agencies"]
            column = row.columns.get("agencies")
            problems.append(
                RowProblem(row.sheet, row.row, column, "agencies", "; ".join(reasons), "cell")
            )
        else:
            values["agencies"] = self._in_profile_order(names)
        return values

    def _in_profile_order(self, names: list[str]) -> tuple[str, ...]:
        """Names as a saved answer lists them: the profile's order, agencies to add last."""
        order = {name: index for index, name in enumerate(self.names())}
        return tuple(sorted(dict.fromkeys(names), key=lambda name: order.get(name, len(order))))


def add_agencies(session: Session, agencies: Sequence[NewAgency]) -> tuple[str, ...]:
    """Add the new agencies to the profile (an agency added meanwhile is not added twice)."""
    if not agencies:
        return ()
    profile = load_profile(session)
    if profile is None:
        raise ServiceError("this database has no State profile to add agencies to")
    have = {a.name.casefold() for a in profile.agencies}
    added = []
    for agency in agencies:
        if agency.name.casefold() in have:
            continue
        add_agency(
            session,
            profile,
            agency.name,
            short_name=agency.short_name or None,
            contact_person=agency.contact_person or None,
            email=agency.email or None,
            phone=agency.phone or None,
        )
        have.add(agency.name.casefold())
        added.append(agency.name)
    return tuple(added)
