"""Upgrade fixtures: a small database written at each schema revision, as that version wrote it.

``tests/store/fixtures/schema-<revision>.sqlite`` stands for a database in a user's hands that
was last written by a release whose schema was ``<revision>``. Each is built by running the
migrations up to that revision on an empty file, then inserting Exampleland's assessment with
plain SQL valid for that revision's schema (never through the current models, which describe
the newest schema only). ``tests/store/test_schema_fixtures.py`` opens a copy of each in the
current version and compares what it reads with :data:`FIXTURES`, the one description of what
the files hold, shared by this script and the tests.

A fixture is never regenerated once committed: when a migration is added, add its content here
(a :class:`Fixture` in :data:`FIXTURES` and a writer in :data:`WRITERS`) and run the script,
which writes only the files that do not exist yet. See ``tests/store/fixtures/README.md``.

    python -m tools.schema_fixtures                  write the missing fixtures
    python -m tools.schema_fixtures --check          rebuild in a temporary folder, compare rows
    python -m tools.schema_fixtures --replace 0004   rewrite one (only before it is released)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Mapping
from contextlib import closing
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final

REPO: Final = Path(__file__).resolve().parents[1]
FIXTURES_DIR: Final = REPO / "tests" / "store" / "fixtures"
MAX_BYTES: Final = 200 * 1024
"""Fixtures stay small: they are committed, and copied by every run of the tests."""


def fixture_path(revision: str, folder: Path = FIXTURES_DIR) -> Path:
    return folder / f"schema-{revision}.sqlite"


def _at(text: str) -> datetime:
    """A fixed UTC timestamp (fixtures never depend on the clock)."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# --- What the fixtures hold ----------------------------------------------------------------------


@dataclass(frozen=True)
class LawRow:
    title_original: str
    title_english: str = ""
    year: int | None = None
    link: str = ""


@dataclass(frozen=True)
class AnswerText:
    """The content of an answer after one save: what its revision's snapshot stores."""

    status: str | None = None
    measures_taken: str = ""
    laws: tuple[LawRow, ...] = ()
    agencies: tuple[str, ...] = ()  # in the profile's order, as the app stores them
    challenges: str = ""
    assistance_needed: bool = False
    assistance_kinds: tuple[str, ...] = ()
    assistance_description: str = ""
    assistance_offered: str = ""
    national_target: str = ""
    target_date: date | None = None

    def snapshot(self) -> dict[str, Any]:
        """The JSON a revision holds (the snapshot format of every release so far)."""
        return {
            "status": self.status,
            "measures_taken": self.measures_taken,
            "laws": [
                {
                    "title_original": law.title_original,
                    "title_english": law.title_english,
                    "year": law.year,
                    "link": law.link,
                }
                for law in self.laws
            ],
            "agencies": list(self.agencies),
            "challenges": self.challenges,
            "assistance_needed": self.assistance_needed,
            "assistance_kinds": list(self.assistance_kinds),
            "assistance_description": self.assistance_description,
            "assistance_offered": self.assistance_offered,
            "national_target": self.national_target,
            "target_date": self.target_date.isoformat() if self.target_date else None,
        }

    def changed_fields(self, previous: AnswerText) -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name) != getattr(previous, f.name)]


@dataclass(frozen=True)
class Save:
    """One save of an answer: a revision, and the answer's content from then on."""

    at: datetime
    author: str
    content: AnswerText
    provenance: str = "typed"
    provenance_detail: str = ""


@dataclass(frozen=True)
class FixtureAnswer:
    commitment_id: str
    saves: tuple[Save, ...]

    @property
    def last(self) -> Save:
        return self.saves[-1]

    @property
    def current(self) -> AnswerText:
        return self.saves[-1].content


@dataclass(frozen=True)
class AgencyRow:
    name: str
    short_name: str | None = None
    contact_person: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class ContactRow:
    name: str
    agency: str | None
    role: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class FieldSave:
    """One save of a report field value (0002 onwards)."""

    at: datetime
    author: str
    value: int | str | bool | None
    provenance: str = "typed"
    provenance_detail: str = ""


@dataclass(frozen=True)
class EvidenceRow:
    """A file attached to an answer (0002 onwards)."""

    commitment_id: str
    filename: str
    media_type: str
    content: bytes
    added_at: datetime
    added_by: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass(frozen=True)
class ClearanceStep:
    """One step of the clearance trail (0003 onwards)."""

    at: datetime
    action: str
    actor: str
    reason: str = ""
    open_items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fixture:
    """Everything one fixture database holds, in the terms the app shows it."""

    revision: str
    description: str
    state: str
    iso_code: str
    cycle: str
    catalog_version: str
    assessment_status: str
    created_at: datetime
    updated_at: datetime
    focal_point: Mapping[str, str]
    agencies: tuple[AgencyRow, ...]
    contacts: tuple[ContactRow, ...]
    answers: tuple[FixtureAnswer, ...]
    field_values: Mapping[str, tuple[FieldSave, ...]] = field(default_factory=dict)
    evidence: tuple[EvidenceRow, ...] = ()
    clearance: tuple[ClearanceStep, ...] = ()
    period: tuple[date, date] | None = None
    """The reporting period (0005 onwards)."""
    report_language: str = "en"
    """The report's language (0005 onwards; English before)."""
    documents: tuple[tuple[str, str], ...] = ()
    """The outcome documents the assessment covers, (id, version) (0006 onwards)."""

    def answer(self, commitment_id: str) -> FixtureAnswer:
        return next(a for a in self.answers if a.commitment_id == commitment_id)

    @property
    def current_field_values(self) -> dict[str, int | str | bool | None]:
        return {field_id: saves[-1].value for field_id, saves in self.field_values.items()}


# Exampleland's profile, the same in every fixture.

FOCAL_POINT: Final = {
    "name": "Amina Haddad",
    "title": "Head, National Commission on Small Arms and Light Weapons",
    "email": "salw.commission@interior.gov.example",
    "phone": "+999 21 555 0100",
}
AGENCIES: Final = (
    AgencyRow("Ministry of the Interior", "MoI", "Amina Haddad", "a.haddad@interior.gov.example"),
    AgencyRow("National Police", "NP", "Chief Inspector Rui Okafor", None, "+999 21 555 0200"),
    AgencyRow("Customs Administration", "Customs", "Jean-Baptiste Lefèvre"),
    AgencyRow("Ministère de la Défense", "MinDéf", "Colonel Hélène Ménard"),
    AgencyRow("وزارة العدل (Ministry of Justice)", None, "Karim Al-Mansour"),
)
CONTACTS: Final = (
    ContactRow("Rui Okafor", "National Police", "Firearms registry", "registry@police.gov.example"),
    ContactRow("Hélène Ménard", "Ministère de la Défense", "Stockpile management"),
    ContactRow("Wang Lei (王磊)", None, "Translator, Chinese", phone="+999 21 555 0300"),
)

LONG_DESCRIPTION: Final = (
    "The Arms and Ammunition Act of 2019 replaced the colonial-era ordinance and now regulates "
    "manufacture, trade, possession, transfer, brokering, marking, record-keeping and "
    "destruction of small arms and light weapons and their ammunition. Implementing "
    "regulations (Decree 2020-114) set licensing procedures, storage standards and penalties; "
    "a consolidated text is published in the Official Gazette in English and French.\n"
    "\n"
    "Résumé en français : la loi de 2019 sur les armes et munitions remplace l'ordonnance de "
    "l'époque coloniale. Elle régit la fabrication, le commerce, la détention, le courtage, le "
    "marquage et la destruction des armes légères et de petit calibre. Le décret d'application "
    "n° 2020-114 précise les procédures d'autorisation, les normes d'entreposage et les "
    "sanctions ; la Commission nationale coordonne leur mise en œuvre « à l'échelle du pays ».\n"
    "\n"
    "ملخص بالعربية: يحظر قانون الأسلحة والذخائر لعام 2019 حيازة الأسلحة الصغيرة والأسلحة "
    "الخفيفة دون ترخيص، وينظم الوسم وحفظ السجلات والتدمير، وتتولى اللجنة الوطنية التنسيق بين "
    "الوزارات المعنية.\n"
    "\n"
    "中文摘要：2019年《武器弹药法》规定了小武器和轻武器的制造、贸易、持有、转让、中介、标识、"
    "记录保存和销毁。第2020-114号实施条例规定了许可程序、储存标准和处罚措施。\n"
    "\n"
    "Since 2021 every licence is recorded in the electronic registry (≈ 41 000 entries); "
    "the registry is reconciled with Customs declarations every quarter, and discrepancies "
    "of more than 2 % trigger an inspection within 30 days. "
    + "Inspections in 2022–2023 covered all 14 regions and 312 licensed dealers. "
    * 6
).strip()

LAW_ACT = LawRow(
    "Arms and Ammunition Act",
    "",
    2019,
    "https://laws.gov.example/acts/2019/arms-and-ammunition",
)
LAW_DECREE = LawRow(
    "Décret n° 2020-114 portant application de la loi sur les armes et munitions",
    "Decree 2020-114 implementing the Arms and Ammunition Act",
    2020,
)
LAW_ARABIC = LawRow("قانون الأسلحة والذخائر", "Arms and Ammunition Act (Arabic text)", 2019)
LAW_UNDATED = LawRow("Standing Order 7 of the National Police on armouries")

FP = FOCAL_POINT["name"]
MOI, NP, CUSTOMS, DEFENCE, JUSTICE = (a.name for a in AGENCIES)

_1 = AnswerText(
    status="developing",
    measures_taken="Draft act before Parliament; regulations being prepared.",
    laws=(LAW_ACT,),
    agencies=(MOI,),
)
_2 = AnswerText(
    status="implemented",
    measures_taken="Inventories of State-held stocks every six months; armouries audited.",
    laws=(LAW_UNDATED,),
    agencies=(NP, DEFENCE),
    challenges="Two of the regional armouries lack electronic records.",
)
_3 = AnswerText(
    status="developing",
    measures_taken="Marking machines bought for the police armourer; training under way.",
    agencies=(NP,),
    challenges="Only one marking machine for the whole country.",
    assistance_needed=True,
    assistance_kinds=("equipment", "training"),
    assistance_description="Two more dot-peen marking machines and training of 12 armourers.",
    national_target="All State-held weapons marked at import or manufacture.",
    target_date=date(2026, 12, 31),
)
_4 = AnswerText(
    status="not_implemented",
    measures_taken="",
    challenges="No legal basis yet for brokering controls; the draft is with the Cabinet.",
    assistance_needed=True,
    assistance_kinds=("legal",),
    assistance_description="Legal drafting support for brokering provisions.",
    target_date=date(2027, 6, 30),
)
_5 = AnswerText(
    status="not_applicable",
    measures_taken="Exampleland does not manufacture small arms or light weapons.",
)
_6 = AnswerText(measures_taken="Notes for the next meeting: ask Customs for 2023 figures.")

ANSWERS: Final = (
    FixtureAnswer(
        "BMS8-21",
        (
            Save(_at("2023-03-02T09:10:00"), FP, _1),
            Save(
                _at("2023-04-11T14:25:30.250000"),
                FP,
                replace(
                    _1,
                    status="implemented",
                    measures_taken=LONG_DESCRIPTION,
                    laws=(LAW_ACT, LAW_DECREE, LAW_ARABIC),
                    agencies=(MOI, NP, JUSTICE),
                ),
            ),
            Save(
                _at("2023-05-15T08:00:00"),
                "amina.haddad",
                replace(
                    _1,
                    status="implemented",
                    measures_taken=LONG_DESCRIPTION,
                    laws=(LAW_ACT, LAW_DECREE, LAW_ARABIC),
                    agencies=(MOI, NP, JUSTICE),
                    national_target="Registry reconciled with Customs every quarter.",
                ),
                "imported",
                "imported from tracker-2023.xlsx, sheet Tracker, row 4",
            ),
        ),
    ),
    FixtureAnswer(
        "BMS8-29",
        (
            Save(_at("2023-03-02T09:20:00"), FP, _2),
            Save(
                _at("2023-03-20T10:00:00"),
                "Rui Okafor",
                replace(_2, challenges=""),
                "contributed",
                "National Police",
            ),
        ),
    ),
    FixtureAnswer(
        "BMS8-37",
        (
            Save(_at("2023-03-03T11:00:00"), FP, replace(_3, assistance_kinds=("equipment",))),
            Save(_at("2023-03-03T11:05:00"), FP, _3),
            Save(
                _at("2023-04-01T16:45:00"),
                FP,
                replace(_3, assistance_offered="Can share the marking curriculum in French."),
            ),
        ),
    ),
    FixtureAnswer(
        "BMS8-53",
        (
            Save(
                _at("2023-03-04T09:00:00"),
                "Hélène Ménard",
                AnswerText(
                    status="developing",
                    measures_taken="Gender focal points named in the police and the army.",
                    agencies=(NP, DEFENCE),
                ),
                "contributed",
                DEFENCE,
            ),
            Save(
                _at("2023-03-06T09:00:00"),
                FP,
                AnswerText(
                    status="developing",
                    measures_taken=(
                        "Gender focal points named in the police and the army; "
                        "sex-disaggregated data collected from 2024."
                    ),
                    agencies=(NP, DEFENCE),
                ),
            ),
        ),
    ),
    FixtureAnswer(
        "BMS8-69",
        (
            Save(_at("2023-03-05T10:00:00"), FP, replace(_4, status=None)),
            Save(_at("2023-03-07T10:00:00"), FP, _4),
        ),
    ),
    FixtureAnswer(
        "BMS8-85",
        (
            Save(
                _at("2023-03-05T11:00:00"),
                FP,
                AnswerText(
                    status="not_implemented",
                    challenges="No regional cooperation agreement signed yet.",
                ),
            ),
            Save(
                _at("2023-03-08T11:00:00"),
                FP,
                AnswerText(
                    status="not_implemented",
                    challenges="No regional cooperation agreement signed yet.",
                    assistance_offered="Hosting of a regional workshop in 2025.",
                ),
            ),
        ),
    ),
    FixtureAnswer(
        "RC3-II-6",
        (
            Save(_at("2023-03-09T09:00:00"), FP, replace(_5, status="not_implemented")),
            Save(_at("2023-03-09T09:01:00"), FP, _5),
        ),
    ),
    FixtureAnswer(
        "RC3-II-22",
        (
            Save(_at("2023-03-09T10:00:00"), FP, AnswerText(status="not_applicable")),
            Save(
                _at("2023-03-10T10:00:00"),
                FP,
                AnswerText(
                    status="not_applicable",
                    measures_taken="Le pays n'exporte pas d'armes ; sans objet.",
                ),
            ),
        ),
    ),
    FixtureAnswer(
        "RC3-II-38",
        (
            Save(_at("2023-03-11T08:30:00"), "j.lefevre", _6),
            Save(
                _at("2023-03-12T08:30:00"),
                "j.lefevre",
                replace(_6, challenges="Re-export data are kept on paper at the border posts."),
            ),
        ),
    ),
    FixtureAnswer(
        "RC3-II-54",
        (
            Save(
                _at("2023-03-13T09:00:00"),
                FP,
                AnswerText(status="developing", measures_taken="Deactivation standard drafted."),
            ),
            Save(
                _at("2023-03-14T09:00:00"),
                FP,
                AnswerText(
                    status="implemented",
                    measures_taken=(
                        "Deactivation certificates issued since 2022 (证书编号 DA-2022-001 起)."
                    ),
                    laws=(LAW_DECREE,),
                    agencies=(NP,),
                ),
            ),
        ),
    ),
    FixtureAnswer(
        "RC3-III-8",
        (
            Save(
                _at("2023-03-15T09:00:00"),
                FP,
                AnswerText(status="developing", measures_taken="تعاون مع القطاع الخاص في الوسم."),
            ),
            Save(
                _at("2023-03-16T09:00:00"),
                "Karim Al-Mansour",
                AnswerText(
                    status="developing",
                    measures_taken=(
                        "تعاون مع القطاع الخاص في الوسم. Memorandum with the two importers."
                    ),
                    agencies=(CUSTOMS, JUSTICE),
                ),
                "contributed",
                JUSTICE,
            ),
        ),
    ),
    FixtureAnswer(
        "RC3-III-24",
        (
            Save(
                _at("2023-03-01T12:00:00"),
                FP,
                AnswerText(
                    status="implemented",
                    measures_taken="Marking at import since 2018.",
                    laws=(LAW_ACT,),
                    agencies=(CUSTOMS,),
                ),
                "carried_forward",
                "carried forward from BMS8 2022",
            ),
            Save(
                _at("2023-03-17T09:00:00"),
                FP,
                AnswerText(
                    status="implemented",
                    measures_taken="Marking at import since 2018; 2023 audit found no gaps.",
                    laws=(LAW_ACT,),
                    agencies=(CUSTOMS,),
                ),
            ),
        ),
    ),
    FixtureAnswer(
        "RC3-IV-12",
        (
            Save(_at("2023-03-18T09:00:00"), FP, AnswerText(status="developing")),
            Save(
                _at("2023-03-18T09:30:00"),
                FP,
                AnswerText(challenges="Status withdrawn until the ministry confirms."),
            ),
        ),
    ),
    FixtureAnswer(
        "RC3-IV-28",
        (
            Save(
                _at("2023-03-19T09:00:00"),
                FP,
                AnswerText(status="implemented", measures_taken="Research grant programme."),
            ),
            Save(
                _at("2023-03-19T10:00:00"),
                FP,
                AnswerText(
                    status="implemented",
                    measures_taken="Research grant programme on gender and small arms.",
                    assistance_offered="Funding for two regional research fellowships.",
                ),
            ),
            Save(
                _at("2023-03-21T10:00:00"),
                FP,
                AnswerText(
                    status="implemented",
                    measures_taken="Research grant programme on gender and small arms.",
                    agencies=(MOI,),
                    assistance_offered="Funding for two regional research fellowships.",
                ),
            ),
        ),
    ),
)

FIELD_VALUES: Final = {
    "sdg1642.seized": (
        FieldSave(_at("2023-03-22T09:00:00"), FP, 95),
        FieldSave(_at("2023-03-29T09:00:00"), "j.lefevre", 120),
    ),
    "sdg1642.traced": (FieldSave(_at("2023-03-22T09:01:00"), FP, 40),),
    "tracing.received": (
        FieldSave(
            _at("2023-05-15T08:00:00"),
            "amina.haddad",
            12,
            "imported",
            "imported from tracker-2023.xlsx, sheet Figures, row 2",
        ),
    ),
    "poc.name": (
        FieldSave(_at("2023-03-22T09:02:00"), FP, "Commission nationale « armes légères »"),
    ),
    "poc.email": (
        FieldSave(_at("2023-03-22T09:03:00"), FP, "salw.commission@interior.gov.example"),
    ),
    "ncb.exists": (
        FieldSave(_at("2023-03-22T09:04:00"), FP, False),
        FieldSave(_at("2023-03-22T09:05:00"), FP, True),
    ),
    "nap.year_adopted": (FieldSave(_at("2023-03-22T09:06:00"), FP, 2019),),
    "nap.period_end": (
        FieldSave(_at("2023-03-22T09:07:00"), FP, 2025),
        FieldSave(_at("2023-03-23T09:07:00"), FP, None),  # cleared again
    ),
}

EVIDENCE: Final = (
    EvidenceRow(
        "BMS8-29",
        "inspection-armouries-2023.txt",
        "text/plain",
        "Inspection of State armouries, 2023\nInspection des armureries de l'État\n".encode(),
        _at("2023-03-20T10:05:00"),
        "Rui Okafor",
    ),
)

CLEARANCE: Final = (
    ClearanceStep(_at("2023-06-01T09:00:00"), "submit", FP),
    ClearanceStep(
        _at("2023-06-03T15:00:00"),
        "reopen",
        "Karim Al-Mansour",
        "Les chiffres des douanes pour 2023 sont à corriger (customs figures to be corrected).",
    ),
    ClearanceStep(_at("2023-06-05T09:00:00"), "submit", FP),
    ClearanceStep(
        _at("2023-06-06T11:30:00"),
        "clear",
        "Karim Al-Mansour",
        open_items=(
            "214 measures are not yet assessed.",
            "RC3-II-38 has no status yet.",
        ),
    ),
)

_BASE: Final = Fixture(
    revision="0001",
    description="profile, assessment, answers with laws, agencies and revisions (release 0.1)",
    state="Exampleland",
    iso_code="XEX",
    cycle="RevCon4 2024",
    catalog_version="1.0.0",
    assessment_status="draft",
    created_at=_at("2023-03-01T08:00:00"),
    updated_at=_at("2023-05-15T08:00:00"),
    focal_point=FOCAL_POINT,
    agencies=AGENCIES,
    contacts=CONTACTS,
    answers=ANSWERS,
)

FIXTURES: Final[Mapping[str, Fixture]] = {
    "0001": _BASE,
    "0002": replace(
        _BASE,
        revision="0002",
        description="0001's content plus report field values with their history and an "
        "evidence file; the assessment submitted",
        assessment_status="submitted",
        field_values=FIELD_VALUES,
        evidence=EVIDENCE,
    ),
    "0003": replace(
        _BASE,
        revision="0003",
        description="0002's content plus the clearance trail (submit, reopen, submit, clear "
        "with open items); the assessment cleared",
        assessment_status="cleared",
        updated_at=_at("2023-06-06T11:30:00"),
        field_values=FIELD_VALUES,
        evidence=EVIDENCE,
        clearance=CLEARANCE,
    ),
    "0004": replace(
        _BASE,
        revision="0004",
        description="0003's content in the schema that adds drafts, editing sessions and the "
        "login beside the person (new columns empty, as an upgraded file has them)",
        assessment_status="cleared",
        updated_at=_at("2023-06-06T11:30:00"),
        field_values=FIELD_VALUES,
        evidence=EVIDENCE,
        clearance=CLEARANCE,
    ),
    "0005": replace(
        _BASE,
        revision="0005",
        description="0004's content plus a reporting period (1 July 2022 to 30 June 2024) and "
        "French as the report's language",
        assessment_status="cleared",
        updated_at=_at("2023-06-06T11:30:00"),
        field_values=FIELD_VALUES,
        evidence=EVIDENCE,
        clearance=CLEARANCE,
        period=(date(2022, 7, 1), date(2024, 6, 30)),
        report_language="fr",
    ),
    "0006": replace(
        _BASE,
        revision="0006",
        description="0005's content plus the outcome documents the assessment covers (the "
        "two bundled ones at its catalog version)",
        assessment_status="cleared",
        updated_at=_at("2023-06-06T11:30:00"),
        field_values=FIELD_VALUES,
        evidence=EVIDENCE,
        clearance=CLEARANCE,
        period=(date(2022, 7, 1), date(2024, 6, 30)),
        report_language="fr",
        documents=(("BMS8", "1.0.0"), ("RC3", "1.0.0")),
    ),
}
"""Each fixture's content by schema revision: what the script writes and the tests expect."""


# --- Writing them, in SQL of each revision ------------------------------------------------------


def _stamp(moment: datetime) -> str:
    """A timestamp as SQLAlchemy stores it in SQLite: naive UTC text with microseconds."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _json(value: object) -> str:
    return json.dumps(value)  # SQLAlchemy's JSON type serialises with json.dumps' defaults


def _write_core_0001(connection: sqlite3.Connection, fixture: Fixture) -> None:
    """Profile, agencies, contacts, the assessment, answers, laws and revisions (0001 tables)."""
    focal = fixture.focal_point
    connection.execute(
        "INSERT INTO state_profile (id, name, iso_code, focal_point_name, focal_point_title, "
        "focal_point_email, focal_point_phone, created_at, updated_at) "
        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            fixture.state,
            fixture.iso_code,
            focal["name"],
            focal["title"],
            focal["email"],
            focal["phone"],
            _stamp(fixture.created_at),
            _stamp(fixture.updated_at),
        ),
    )
    agency_ids: dict[str, int] = {}
    for position, agency in enumerate(fixture.agencies):
        agency_ids[agency.name] = position + 1
        connection.execute(
            "INSERT INTO agency (id, profile_id, name, short_name, contact_person, email, phone, "
            "position) VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
            (
                position + 1,
                agency.name,
                agency.short_name,
                agency.contact_person,
                agency.email,
                agency.phone,
                position,
            ),
        )
    for position, contact in enumerate(fixture.contacts):
        connection.execute(
            "INSERT INTO contact (profile_id, agency_id, name, role, email, phone, position) "
            "VALUES (1, ?, ?, ?, ?, ?, ?)",
            (
                agency_ids[contact.agency] if contact.agency else None,
                contact.name,
                contact.role,
                contact.email,
                contact.phone,
                position,
            ),
        )
    connection.execute(
        "INSERT INTO assessment (id, profile_id, cycle, catalog_version, status, created_at, "
        "updated_at) VALUES (1, 1, ?, ?, ?, ?, ?)",
        (
            fixture.cycle,
            fixture.catalog_version,
            fixture.assessment_status,
            _stamp(fixture.created_at),
            _stamp(fixture.updated_at),
        ),
    )
    order = list(agency_ids)
    for answer_id, answer in enumerate(fixture.answers, start=1):
        current, last = answer.current, answer.last
        for save in answer.saves:
            named = list(save.content.agencies)
            if named != sorted(named, key=order.index):
                raise ValueError(f"{answer.commitment_id}: agencies not in the profile's order")
        connection.execute(
            "INSERT INTO answer (id, assessment_id, commitment_id, status, measures_taken, "
            "challenges, assistance_description, assistance_offered, national_target, "
            "assistance_needed, assistance_kinds, target_date, provenance, provenance_detail, "
            "updated_by, updated_at, version) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                answer_id,
                answer.commitment_id,
                current.status,
                current.measures_taken,
                current.challenges,
                current.assistance_description,
                current.assistance_offered,
                current.national_target,
                int(current.assistance_needed),
                _json(list(current.assistance_kinds)),
                current.target_date.isoformat() if current.target_date else None,
                last.provenance,
                last.provenance_detail,
                last.author,
                _stamp(last.at),
                len(answer.saves),
            ),
        )
        connection.executemany(
            "INSERT INTO answer_law (answer_id, position, title_original, title_english, year, "
            "link) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (answer_id, position, law.title_original, law.title_english, law.year, law.link)
                for position, law in enumerate(current.laws)
            ],
        )
        connection.executemany(
            "INSERT INTO answer_agency (answer_id, agency_id) VALUES (?, ?)",
            [(answer_id, agency_ids[name]) for name in current.agencies],
        )
        previous = AnswerText()
        for number, save in enumerate(answer.saves, start=1):
            connection.execute(
                "INSERT INTO revision (answer_id, number, created_at, author, provenance, "
                "provenance_detail, changed_fields, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    answer_id,
                    number,
                    _stamp(save.at),
                    save.author,
                    save.provenance,
                    save.provenance_detail,
                    _json(save.content.changed_fields(previous)),
                    _json(save.content.snapshot()),
                ),
            )
            previous = save.content


def _write_additions_0002(connection: sqlite3.Connection, fixture: Fixture) -> None:
    """Report field values with their revisions, and evidence files (tables added by 0002)."""
    for value_id, (field_id, saves) in enumerate(fixture.field_values.items(), start=1):
        last = saves[-1]
        connection.execute(
            "INSERT INTO report_field_value (id, assessment_id, field_id, value, updated_at, "
            "updated_by, provenance, provenance_detail, version) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)",
            (
                value_id,
                field_id,
                _json(last.value),
                _stamp(last.at),
                last.author,
                last.provenance,
                last.provenance_detail,
                len(saves),
            ),
        )
        connection.executemany(
            "INSERT INTO report_field_revision (value_id, number, created_at, author, "
            "provenance, provenance_detail, value) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    value_id,
                    number,
                    _stamp(save.at),
                    save.author,
                    save.provenance,
                    save.provenance_detail,
                    _json(save.value),
                )
                for number, save in enumerate(saves, start=1)
            ],
        )
    answer_ids = {a.commitment_id: i for i, a in enumerate(fixture.answers, start=1)}
    for evidence in fixture.evidence:
        connection.execute(
            "INSERT INTO evidence_file (answer_id, filename, media_type, size, sha256, content, "
            "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                answer_ids[evidence.commitment_id],
                evidence.filename,
                evidence.media_type,
                len(evidence.content),
                evidence.sha256,
                evidence.content,
                _stamp(evidence.added_at),
                evidence.added_by,
            ),
        )


def _write_additions_0003(connection: sqlite3.Connection, fixture: Fixture) -> None:
    """The clearance trail (table added by 0003)."""
    connection.executemany(
        "INSERT INTO clearance_event (assessment_id, created_at, action, actor, reason, "
        "open_items) VALUES (1, ?, ?, ?, ?, ?)",
        [
            (_stamp(step.at), step.action, step.actor, step.reason, _json(list(step.open_items)))
            for step in fixture.clearance
        ],
    )


def _write_0001(connection: sqlite3.Connection, fixture: Fixture) -> None:
    if fixture.field_values or fixture.evidence or fixture.clearance:
        raise ValueError("schema 0001 has no report fields, evidence or clearance trail")
    _write_core_0001(connection, fixture)


def _write_0002(connection: sqlite3.Connection, fixture: Fixture) -> None:
    if fixture.clearance:
        raise ValueError("schema 0002 has no clearance trail")
    _write_core_0001(connection, fixture)  # 0002 only added tables: 0001's SQL is still valid
    _write_additions_0002(connection, fixture)


def _write_0003(connection: sqlite3.Connection, fixture: Fixture) -> None:
    _write_core_0001(connection, fixture)  # 0003 only added a table, as 0002 did
    _write_additions_0002(connection, fixture)
    _write_additions_0003(connection, fixture)


def _write_0005(connection: sqlite3.Connection, fixture: Fixture) -> None:
    _write_0003(connection, fixture)
    start, end = fixture.period or (None, None)
    connection.execute(
        "UPDATE assessment SET period_start = ?, period_end = ?, report_language = ?",
        (start and start.isoformat(), end and end.isoformat(), fixture.report_language),
    )


def _write_0006(connection: sqlite3.Connection, fixture: Fixture) -> None:
    _write_0005(connection, fixture)
    connection.execute(
        "UPDATE assessment SET documents = ?",
        (_json([{"id": i, "version": v} for i, v in fixture.documents]),),
    )


WRITERS: Final[Mapping[str, Callable[[sqlite3.Connection, Fixture], None]]] = {
    "0001": _write_0001,
    "0002": _write_0002,
    "0003": _write_0003,
    "0004": _write_0003,  # 0004 added a table and columns with defaults: 0003's SQL holds
    "0005": _write_0005,
    "0006": _write_0006,
}
"""How each fixture is written: SQL valid for that revision's schema. Never edit an old one's
SQL to suit a newer schema; a new revision whose changes break it gets a writer of its own."""


def build(revision: str, target: Path) -> Path:
    """Write the fixture of ``revision`` to ``target``: migrate an empty file, insert, vacuum."""
    from poa_desktop.store.migrate import upgrade

    fixture, writer = FIXTURES[revision], WRITERS[revision]
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    upgrade(partial, revision)
    with closing(sqlite3.connect(partial)) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        with connection:
            writer(connection, fixture)
        dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            raise ValueError(f"schema-{revision}: broken references {dangling[:3]}")
        connection.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        connection.execute("VACUUM")
    os.replace(partial, target)
    return target


# --- Comparing them -------------------------------------------------------------------------------

Dump = dict[str, list[tuple[Any, ...]]]


def dump(path: Path) -> Dump:
    """Every table's column names then its rows (sorted): the logical content of the file."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        content: Dump = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = tuple(description[0] for description in cursor.description)
            content[table] = [columns, *sorted(cursor.fetchall(), key=repr)]
    return content


def journal_mode(path: Path) -> str:
    """``delete`` or ``wal``, read from the file header (bytes 18-19) without opening it."""
    with path.open("rb") as stream:
        header = stream.read(20)
    return "wal" if header[18:20] == b"\x02\x02" else "delete"


def migration_revisions() -> list[str]:
    """Every revision in ``migrations/versions``, oldest first."""
    from poa_desktop.store.migrate import known_revisions

    return sorted(known_revisions())


def check(folder: Path = FIXTURES_DIR) -> list[str]:
    """Problems with the committed fixtures (empty when each holds what the script writes)."""
    problems = [
        f"schema revision {revision} has no fixture content in tools/schema_fixtures.py"
        for revision in migration_revisions()
        if revision not in FIXTURES or revision not in WRITERS
    ]
    with tempfile.TemporaryDirectory() as scratch:
        for revision in FIXTURES:
            path = fixture_path(revision, folder)
            if not path.exists():
                problems.append(f"{path.name} is missing: run python -m tools.schema_fixtures")
                continue
            if path.stat().st_size > MAX_BYTES:
                problems.append(f"{path.name} is {path.stat().st_size} bytes (> {MAX_BYTES})")
            if journal_mode(path) != "delete":
                problems.append(f"{path.name} is in WAL mode; fixtures are single files")
            found = dump(path)
            expected = dump(build(revision, fixture_path(revision, Path(scratch))))
            for table in sorted(found.keys() | expected.keys()):
                have, want = found.get(table), expected.get(table)
                if have == want:
                    continue
                if have is None or want is None:
                    where = "only in the file" if want is None else "missing from the file"
                    problems.append(f"{path.name}: table {table} is {where}")
                    continue
                first = next(
                    (i for i, (a, b) in enumerate(zip(have, want, strict=False)) if a != b),
                    min(len(have), len(want)),
                )
                problems.append(
                    f"{path.name}: table {table} differs ({len(have) - 1} rows in the file, "
                    f"{len(want) - 1} expected; first difference at line {first} of the dump)"
                )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.schema_fixtures",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--check", action="store_true", help="compare the files with the script")
    parser.add_argument(
        "--replace",
        action="append",
        default=[],
        metavar="REVISION",
        help="rewrite this fixture even though it exists (only one not yet released)",
    )
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        print("fixtures up to date" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0
    missing = [r for r in migration_revisions() if r not in FIXTURES or r not in WRITERS]
    if missing:
        print(
            f"no fixture content for revision(s) {', '.join(missing)}: add a Fixture to "
            "FIXTURES and a writer to WRITERS in tools/schema_fixtures.py",
            file=sys.stderr,
        )
        return 1
    unknown = [r for r in args.replace if r not in FIXTURES]
    if unknown:
        parser.error(f"no fixture for revision(s) {', '.join(unknown)}")
    for revision in FIXTURES:
        path = fixture_path(revision)
        if path.exists() and revision not in args.replace:
            print(f"kept  {path.relative_to(REPO)} (fixtures are never regenerated)")
            continue
        build(revision, path)
        print(f"wrote {path.relative_to(REPO)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
