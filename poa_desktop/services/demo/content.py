"""Content of Exampleland's demo self-assessment: a fictional State that answered every measure.

A newcomer's first look at the app, and the benchmarks, need a realistic, complete assessment
rather than an empty form or lorem ipsum. The answers are assembled from per-theme phrase tables
and the commitment's own wording, chosen by a stable hash of its id, so the same catalog always
gives the same demo. Pure data: no Qt, no database.
"""

from __future__ import annotations

import re
import zlib
from datetime import date

from poa_desktop.catalog import Commitment
from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.status import Status
from poa_desktop.services.demo.themes import THEMES as _THEMES
from poa_desktop.services.demo.themes import Theme as _Theme

DEMO_STATE = "Exampleland"
DEMO_ISO = "XEX"
DEMO_CYCLE = "BMS9 2026"

_AGENCY_ROWS = (  # name, short name, contact person, mail domain
    ("Ministry of Foreign Affairs", "MFA", "Ms. Lena Marov", "mfa"),
    ("National Police", "NP", "Chief Inspector Daniel Verhaal", "police"),
    ("Customs and Border Service", "CBS", "Ms. Ines Caldera", "customs"),
    ("Ministry of Defence", "MOD", "Colonel Tomas Brandt", "defence"),
    ("Ministry of Justice", "MOJ", "Mr. Samuel Adeyemi-Holt", "justice"),
    ("Firearms Licensing Authority", "FLA", "Ms. Priya Nandakumar", "fla"),
    ("National Statistics Office", "NSO", "Dr. Marta Lindqvist", "stats"),
    ("Ministry of Gender Equality", "MGE", "Ms. Grace Otieno", "gender"),
)


def _email(person: str, domain: str) -> str:
    name = re.sub(r"^(Ms\.|Mr\.|Dr\.|Chief Inspector|Colonel) ", "", person)
    return f"{name.lower().replace(' ', '.')}@{domain}.gov.example"


DEMO_AGENCIES: list[dict[str, str]] = [
    {
        "name": name,
        "short_name": short,
        "contact_person": person,
        "email": _email(person, domain),
        "phone": f"+999 20 555 0{index + 1}00",
    }
    for index, (name, short, person, domain) in enumerate(_AGENCY_ROWS)
]
_AGENCY_NAME = {row[1]: row[0] for row in _AGENCY_ROWS}

DEMO_FOCAL_POINT: dict[str, str] = {
    "name": "Lena Marov",
    "title": "Counsellor, Disarmament and Arms Control Division, Ministry of Foreign Affairs",
    "email": "salw.focalpoint@mfa.gov.example",
    "phone": "+999 20 555 0101",
}

_LAWS: dict[str, Law] = {
    "arms": Law(
        "Firearms and Ammunition Act (amended 2021)",
        year=2012,
        area="possession",
        description="Licensing of civilian possession; the 2021 amendment adds storage rules.",
    ),
    "export": Law(
        "Loi n° 2016-14 relative au contrôle des exportations, importations et transits d'armes",
        "Act No. 2016-14 on the control of exports, imports and transit of arms",
        2016,
        area="export",
        description="A licence for every export, import and transit, after a risk assessment.",
    ),
    "penal": Law("Penal Code (Amendment) Act", year=2017, area="other"),
    "broker": Law(
        "Arms Brokering Regulations",
        year=2018,
        area="brokering",
        description="Registration of brokers and a licence for each brokering activity.",
    ),
    "depot": Law(
        "Decreto Ejecutivo 45/2019 sobre la seguridad de los arsenales del Estado",
        "Executive Decree 45/2019 on the security of State arsenals",
        2019,
        area="stockpiles",
    ),
    "mark": Law(
        "Marking and Record-Keeping Regulations",
        year=2015,
        area="marking",
        description="Marking at manufacture and import; records kept for 30 years.",
    ),
    "deact": Law("Ministerial Order 7/2022 on the Deactivation of Firearms", year=2022),
    "customs": Law("Customs and Excise Act", year=2010, area="transit"),
    "dv": Law("Domestic Violence Act", year=2020),
    "stats": Law("Official Statistics Act", year=2014),
}


_FOCUS = (  # phrase of the commitment's text (regex) -> the subject Exampleland's answer names
    (r"postal", "the detection of postal shipments"),
    (r"online|internet|dark web", "illicit online trade"),
    (r"3D|additive", "3D-printed weapons"),
    (r"modular|polymer", "polymer and modular weapons"),
    (r"man-portable", "man-portable air defence systems"),
    (r"broker", "brokering"),
    (r"end-user|end user", "end-user certificates"),
    (r"re-export", "re-exports"),
    (r"deactivat", "deactivation"),
    (r"conver", "illicit conversion"),
    (r"embargo", "arms embargoes"),
    (r"sanctions", "cooperation with sanctions bodies"),
    (r"demobilization|security sector", "DDR and security sector reform"),
    (r"peacekeep|peace operation|mission", "peace operations"),
    (r"sex, age|disaggregated", "data disaggregated by sex and age"),
    (r"women|gender", "gender mainstreaming"),
    (r"youth|young", "youth participation"),
    (r"16\.4|2030 Agenda|Sustainable Development", "SDG target 16.4"),
    (r"surplus|destr|disposal", "the destruction of weapons"),
    (r"ammunition", "ammunition"),
    (r"stockpile", "stockpile security"),
    (r"mark", "marking"),
    (r"trac", "tracing"),
    (r"record", "record-keeping"),
    (r"INTERPOL|iARMS|ballistic|database", "INTERPOL tools and databases"),
    (r"border|customs", "border controls"),
    (r"diversion|divert", "diversion"),
    (r"terroris", "terrorism"),
    (r"organized crime|corruption", "organized crime"),
    (r"national report|to report", "national reporting"),
    (r"fellowship|training programme", "training of national experts"),
    (r"point of contact|focal point", "the national point of contact"),
    (r"action plan", "the national action plan"),
    (r"target", "national targets"),
    (r"civil society|parliament", "civil society and parliament"),
    (r"industry|private sector", "cooperation with industry"),
    (r"regional centre", "the UN regional centre"),
    (r"technology transfer|capacity", "capacity-building"),
    (r"education|culture of peace", "peace education"),
    # Broad subjects, used only when none of the specific ones above is in the text.
    (r"humanitarian law|human rights", "human rights and humanitarian law"),
    (r"criminal offence", "criminal offences"),
    (r"export|import|transit|transfer", "transfer controls"),
    (r"laws, regulations|legislation", "the legal framework"),
    (r"regional", "regional cooperation"),
    (r"coordinat", "coordination between agencies"),
    (r"information|exchange|sharing", "information exchange"),
    (r"assistance|cooperation|instruments|needs", "international cooperation and assistance"),
)

_BROAD = next(i for i, (pattern, _) in enumerate(_FOCUS) if pattern.startswith("humanitarian"))
_DONE_NOTES = (
    "The National Commission reviewed these measures in 2025 with attention to {focus}.",
    "Exampleland's 2024 national report describes its work on {focus}.",
    "Results on {focus} are monitored under the national action plan 2022-2027.",
    "A 2025 inter-agency review found the measures on {focus} effective.",
)
_PARTIAL_NOTES = (
    "Measures on {focus} are partly in place.",
    "Work on {focus} started in {year} and is not yet complete.",
    "A review of {focus} began in {year}; its recommendations are being implemented.",
)
_NONE_NOTES = (
    "Beyond the general arms control framework, no specific measure on {focus} exists yet.",
    "No measure specific to {focus} was in place at the end of 2025.",
    "Measures on {focus} have been identified as a need but are not yet planned in detail.",
)
_GENERIC_CHALLENGES = (
    "Budget cuts in 2024 delayed the work.",
    "Staff turnover in the agencies concerned has slowed progress.",
    "Coordination between the agencies involved takes time.",
    "",
)
_NOT_APPLICABLE = (  # addressee -> why the measure is not Exampleland's to implement
    ("security-council", "This measure is addressed to the Security Council and regional bodies."),
    ("un-secretariat", "This measure concerns the United Nations Secretariat."),
    ("regional-organizations", "This measure is addressed to regional organizations."),
    ("states-affected-by-conflict", "Exampleland is not affected by armed conflict."),
    ("states-in-a-position", "This measure is addressed to donor States."),
)
_NA_FOLLOW_UP = {
    "states-in-a-position": "Exampleland receives assistance and gave none in the period.",
    "regional-organizations": "Exampleland supports this work as a member of its subregional "
    "organization and of the regional firearms commission.",
    "states-affected-by-conflict": "It shares its experience through its peacekeeping units.",
}
_NA_DEFAULT = "Exampleland followed the matter through its Permanent Mission in New York."
_KINDS = ("financial", "technical", "equipment", "training", "legal")


def _hash(commitment: Commitment, salt: str) -> int:
    return zlib.crc32(f"{commitment.id}:{salt}".encode())


def _theme(theme_id: str) -> _Theme:
    return _THEMES.get(theme_id, _THEMES["cooperation-assistance"])


def _focus(commitment: Commitment) -> str:
    """The one or two subjects the commitment names first, to echo in the answer."""
    hits = [
        (m.start(), i)
        for i, (pattern, _) in enumerate(_FOCUS)
        if (m := re.search(pattern, commitment.text))
    ]
    specific = sorted(hit for hit in hits if hit[1] < _BROAD)
    found = [_FOCUS[i][1] for _, i in (specific or sorted(hits))]
    if not found:
        return "this commitment"
    if len(found) == 1 or " and " in found[0] + found[1]:
        return found[0]
    return f"{found[0]} and {found[1]}"


def _status(commitment: Commitment) -> Status:
    roll = _hash(commitment, "status") % 100
    addressees = set(commitment.addressees)
    own = {"all-states", "requesting-states", "states-applying-to-ammunition"}
    if not addressees & own:  # addressed to donors, the Council, regional bodies, meetings...
        donor_only = addressees == {"states-in-a-position"}
        return Status.IMPLEMENTED if donor_only and roll % 4 == 0 else Status.NOT_APPLICABLE
    conflict = "states-affected-by-conflict" in addressees and "peace" not in commitment.text
    funding = "states-in-a-position" in addressees and "funding" in commitment.text
    if (conflict and roll < 60) or (funding and roll < 70):
        return Status.NOT_APPLICABLE
    offsets = [_theme(t).maturity for t in commitment.themes[:2]] or [0]
    score = roll + sum(offsets) // len(offsets)
    return (
        Status.IMPLEMENTED
        if score >= 53
        else Status.DEVELOPING
        if score >= 19
        else Status.NOT_IMPLEMENTED
    )


def _pick(options: tuple[str, ...], commitment: Commitment, salt: str) -> str:
    return options[_hash(commitment, salt) % len(options)]


def _not_applicable(commitment: Commitment) -> AnswerContent:
    reason, follow = "This measure is not addressed to States like Exampleland.", _NA_DEFAULT
    for addressee, text in _NOT_APPLICABLE:
        if addressee in commitment.addressees:
            reason, follow = text, _NA_FOLLOW_UP.get(addressee, _NA_DEFAULT)
            break
    return AnswerContent(
        status=Status.NOT_APPLICABLE,
        measures_taken=f"{reason} {follow}",
        agencies=(_AGENCY_NAME["MFA"],),
    )


def demo_answer(commitment: Commitment) -> AnswerContent:
    """Exampleland's answer to one measure: plausible, specific to its themes, deterministic."""
    status = _status(commitment)
    if status == Status.NOT_APPLICABLE:
        return _not_applicable(commitment)
    first = _theme(commitment.themes[0] if commitment.themes else "")
    second = _theme(commitment.themes[1]) if len(commitment.themes) > 1 else None
    focus = _focus(commitment)
    roll = _hash(commitment, "detail")
    year = 2022 + roll % 4
    donor = set(commitment.addressees) == {"states-in-a-position"}
    also = [second.done] if second not in (None, first) and roll % 3 == 0 else []
    if status == Status.IMPLEMENTED and donor:
        parts = [
            f"Although itself a recipient of assistance, Exampleland shared its expertise on "
            f"{focus} with neighbouring States: in 2025 it trained 30 of their officers."
        ]
    elif status == Status.IMPLEMENTED:
        note = _pick(_DONE_NOTES, commitment, "note").format(focus=focus)
        parts = [first.done, note, *also]
    elif status == Status.DEVELOPING:
        note = _pick(_PARTIAL_NOTES, commitment, "note").format(focus=focus, year=year)
        parts = [note, first.progress, *also]
    else:
        parts = [_pick(_NONE_NOTES, commitment, "note").format(focus=focus)]
        if roll % 2:
            parts.append(f"The matter is on the National Commission's work plan for {year + 4}.")
    agencies, laws, kinds = first.agencies, first.laws, first.kinds
    if second is not None:
        agencies, laws = agencies + second.agencies, laws + second.laws
        kinds = kinds + second.kinds
    agency_count = 1 + roll % 3 if status != Status.NOT_IMPLEMENTED else 1 + roll % 2
    all_agencies = tuple(dict.fromkeys(_AGENCY_NAME[a] for a in agencies))
    agency_names = all_agencies[:agency_count]
    law_count = 0 if status == Status.NOT_IMPLEMENTED else (roll // 3) % 3
    law_items = tuple(dict.fromkeys(_LAWS[key] for key in laws))[:law_count]
    answer = AnswerContent(
        status=status,
        measures_taken=" ".join(parts),
        laws=law_items,
        agencies=agency_names,
    )
    if status != Status.IMPLEMENTED:
        extra = _pick(_GENERIC_CHALLENGES, commitment, "challenge")
        answer = answer.with_changes(challenges=f"{first.gap} {extra}".strip())
    if status != Status.IMPLEMENTED and _hash(commitment, "assist") % 100 < 27:
        wanted = [k for k in dict.fromkeys(kinds) if k in _KINDS] or ["technical"]
        chosen = tuple(k for k in _KINDS if k in wanted[: 1 + roll % 2])
        cost = 40 + _hash(commitment, "cost") % 12 * 25
        answer = answer.with_changes(
            assistance_needed=True,
            assistance_kinds=chosen,
            assistance_description=f"{first.need} Estimated cost: US$ {cost},000 over "
            f"{2 + roll % 3} years.",
        )
    expert = next((a for a in all_agencies if a != _AGENCY_NAME["MFA"]), all_agencies[0])
    if status == Status.IMPLEMENTED and (donor or _hash(commitment, "offer") % 100 < 4):
        answer = answer.with_changes(
            assistance_offered=f"Exampleland can share its experience of {focus} with States of "
            f"the subregion through study visits and experts from the {expert}.",
        )
    target_roll = _hash(commitment, "target") % 100
    if (
        target_roll
        < {Status.IMPLEMENTED: 8, Status.DEVELOPING: 65, Status.NOT_IMPLEMENTED: 40}[status]
    ):
        later = {Status.IMPLEMENTED: 1, Status.DEVELOPING: 0, Status.NOT_IMPLEMENTED: 1}[status]
        target_year = min(2030, 2026 + target_roll % 5 + later)
        month, day = ((3, 31), (6, 30), (9, 30), (12, 31))[3 if target_year == 2026 else roll % 4]
        answer = answer.with_changes(
            national_target=first.target, target_date=date(target_year, month, day)
        )
    return answer


DEMO_FIELD_VALUES: dict[str, int | bool | str] = {
    "sdg1642.year": 2025,
    "sdg1642.seized": 2180,
    "sdg1642.found": 430,
    "sdg1642.surrendered": 3250,
    "sdg1642.traced": 1310,
    "tracing.year": 2025,
    "tracing.sent": 64,
    "tracing.received": 23,
    "tracing.answered": 21,
    "poc.name": DEMO_FOCAL_POINT["name"],
    "poc.agency": _AGENCY_NAME["MFA"],
    "poc.email": DEMO_FOCAL_POINT["email"],
    "poc.phone": DEMO_FOCAL_POINT["phone"],
    "itipoc.name": "Tracing Desk, National Central Bureau",
    "itipoc.agency": _AGENCY_NAME["NP"],
    "itipoc.email": "tracing@police.gov.example",
    "itipoc.phone": "+999 20 555 0142",
    "ncb.exists": True,
    "ncb.name": "National Commission on Small Arms and Light Weapons",
    "ncb.address": "12 Independence Avenue, Example City",
    "ncb.contact": "secretariat@salw-commission.gov.example, +999 20 555 0110",
    "ncb.members_women": 7,
    "ncb.members_men": 12,
    "nap.exists": True,
    "nap.year_adopted": 2022,
    "nap.period_start": 2022,
    "nap.period_end": 2027,
    "surplus.destroyed": 6480,
    "surplus.collected_destroyed": 3120,
    "surplus.year": 2025,
    "surplus.method": "Cutting and melting at the national foundry, witnessed by civil society",
    "surplus.categories": "Pistols, rifles, light machine guns and 40 tonnes of ammunition",
    "diversion.incidents": 17,
    "diversion.description": (
        "Most cases were thefts from private holders and two losses from a police armoury; all "
        "were reported to the national register and traced where possible."
    ),
    "assistance.received_from": "UNRCPD, the European Union and the Saving Lives Entity",
    "assistance.received_for": "Two marking machines and stockpile management training",
    "assistance.received_amount": 420000,
}
