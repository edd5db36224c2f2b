"""The outline of each outcome document, as written in it: headings, lead-ins and paragraph runs.

The extractor walks the source text against this outline in order. Every heading title here is
checked word for word against the source, and every line of the source region must land in one
of these units, so a typo here or a line the outline forgets stops the build instead of slipping
into the catalog.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Heading:
    """A heading: ``label`` as printed ("II.", "A.", "(a)", "" when unnumbered) and full title."""

    level: int
    label: str
    title: str


@dataclass(frozen=True)
class Text:
    """An unnumbered passage (a chapeau or lead-in); ``starts`` is its first words in the source."""

    starts: str
    lead_in: bool = True


@dataclass(frozen=True)
class Paragraphs:
    """Numbered paragraphs ``first``..``last`` in sequence."""

    first: int
    last: int


Item = Heading | Text | Paragraphs

_BEARING = Text("Bearing in mind the different situations, capacities and priorities")

BMS8_OUTLINE: tuple[Item, ...] = (
    Heading(
        1,
        "Annex",
        "Outcome of the Eighth Biennial Meeting of States to Consider the Implementation of the "
        "Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms "
        "and Light Weapons in All Its Aspects",
    ),
    Paragraphs(1, 20),
    Heading(
        2,
        "A.",
        "Consideration of the implementation of the Programme of Action to Prevent, Combat and "
        "Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, at the "
        "national regional and global levels.",
    ),
    _BEARING,
    Heading(3, "", "At the national level"),
    Paragraphs(21, 40),
    Heading(3, "", "At the regional level"),
    Paragraphs(41, 48),
    Heading(3, "", "At the global level"),
    Heading(
        4,
        "",
        "Armed violence, terrorism and the broader peace, security, and sustainable development "
        "nexus",
    ),
    Paragraphs(49, 54),
    Heading(4, "", "Programme of Action in the context of conflict and post-conflict settings"),
    Paragraphs(55, 61),
    Heading(
        2,
        "B.",
        "Consideration of the implementation of the International Instrument to Enable States to "
        "Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons",
    ),
    _BEARING,
    Paragraphs(62, 66),
    Heading(
        3,
        "",
        "Implications of new technologies in strengthening the implementation of the "
        "International Tracing Instrument",
    ),
    Paragraphs(67, 75),
    Heading(
        2,
        "C.",
        "Consideration of international cooperation and assistance, including capacity-building, "
        "and means of enhancing modalities and procedures for international cooperation and "
        "assistance",
    ),
    _BEARING,
    Paragraphs(76, 95),
    Heading(
        2,
        "D.",
        "Other issues and topics for the effective implementation of the Programme of Action and "
        "the International Tracing Instrument.",
    ),
    Paragraphs(96, 97),
)

_STATES_UNDERTAKE = "States undertake the following measures"

RC3_OUTLINE: dict[str, tuple[Item, ...]] = {
    "I": (
        Heading(1, "I.", "2018 Declaration"),
        Heading(
            2,
            "",
            "A renewed commitment to prevent, combat and eradicate the illicit trade in small arms "
            "and light weapons in all its aspects",
        ),
        Paragraphs(1, 20),
    ),
    "II": (
        Heading(
            1,
            "II.",
            "Implementation plan for the Programme of Action to Prevent, Combat and Eradicate the "
            "Illicit Trade in Small Arms and Light Weapons in All Its Aspects, 2018–2024",
        ),
        Text("At the Third United Nations Conference to Review Progress Made", lead_in=False),
        Heading(
            2,
            "A.",
            "Preventing, combating and eradicating the illicit trade in small arms and light "
            "weapons in all its aspects at all levels (national, subregional, regional and global)",
        ),
        Heading(3, "1.", "Coordination and synergies"),
        Heading(4, "(a)", "Implementation at the national level"),
        Text("In implementing the Programme of Action at the national level"),
        Paragraphs(1, 6),
        Heading(4, "(b)", "Implementation at the regional and subregional levels"),
        Text("In implementing the Programme of Action at the regional and subregional levels"),
        Paragraphs(7, 12),
        Heading(
            4,
            "(c)",
            "Role of relevant international organizations, including United Nations offices, the "
            "International Criminal Police Organization and the World Customs Organization",
        ),
        Text("In strengthening the implementation of the Programme of Action in cooperation"),
        Paragraphs(13, 15),
        Heading(
            4,
            "(d)",
            "Strengthening implementation synergies with relevant global instruments, including "
            "those related to counter-terrorism and transnational organized crime",
        ),
        Text("In strengthening implementation synergies with relevant global instruments"),
        Paragraphs(16, 20),
        Heading(3, "2.", "Preventing and combating the diversion of small arms and light weapons"),
        Text("In preventing and combating the diversion of small arms and light weapons, States"),
        Heading(4, "(a)", "Stockpile management and security"),
        Paragraphs(21, 25),
        Heading(4, "(b)", "Transportation"),
        Paragraphs(26, 27),
        Heading(4, "(c)", "Unauthorized end-users"),
        Paragraphs(28, 38),
        Heading(
            4,
            "(d)",
            "Conflict and post-conflict situations, including programmes for disarmament, "
            "demobilization and reintegration and security sector reform",
        ),
        Paragraphs(39, 44),
        Heading(4, "(e)", "Arms embargoes"),
        Paragraphs(45, 48),
        Heading(
            3,
            "3.",
            "Preventing the illicit manufacturing, reactivation and conversion of small arms and "
            "light weapons",
        ),
        Text("In preventing the illicit manufacturing, reactivation and conversion"),
        Heading(4, "(a)", "Preventing the illicit manufacturing of small arms and light weapons"),
        Paragraphs(49, 51),
        Heading(4, "(b)", "Good practices to ensure irreversible deactivation"),
        Paragraphs(52, 56),
        Heading(4, "(c)", "Preventing the illicit conversion of small arms and light weapons"),
        Paragraphs(57, 59),
        Heading(
            3,
            "4.",
            "Responding to the opportunities and challenges presented by recent developments in "
            "small arms and light weapons manufacturing, technology and design",
        ),
        Text("In responding to the opportunities and challenges presented by recent developments"),
        Paragraphs(60, 67),
        Heading(3, "5.", "Encouraging transparency and information exchange"),
        Text("In encouraging transparency and information exchange, " + _STATES_UNDERTAKE),
        Paragraphs(68, 77),
        Heading(
            2,
            "B.",
            "Addressing the adverse consequences of the illicit trade in small arms and light "
            "weapons on peace, security and sustainable development",
        ),
        Text("In addressing the adverse consequences of the illicit trade"),
        Heading(
            3,
            "1.",
            "2030 Agenda for Sustainable Development, in particular Sustainable Development "
            "Goal 16",
        ),
        Paragraphs(78, 83),
        Heading(
            3,
            "2.",
            "Gender, including Security Council resolution 1325 (2000), and the impacts of the "
            "illicit trade in small arms and light weapons on women, men, girls and boys",
        ),
        Paragraphs(84, 92),
        Heading(
            3,
            "3.",
            "Promotion of the rule of law and a culture of peace in combating the illicit trade in "
            "small arms and light weapons",
        ),
        Paragraphs(93, 94),
    ),
    "III": (
        Heading(
            1,
            "III.",
            "Implementation plan for the International Instrument to Enable States to Identify "
            "and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons, "
            "2018–2024",
        ),
        Text("At the Third United Nations Conference to Review Progress Made", lead_in=False),
        Text("In strengthening implementation of the International Tracing Instrument, States"),
        Heading(2, "A.", "General"),
        Paragraphs(1, 3),
        Heading(2, "B.", "Marking"),
        Paragraphs(4, 8),
        Heading(2, "C.", "Record-keeping"),
        Paragraphs(9, 10),
        Heading(2, "D.", "Tracing"),
        Paragraphs(11, 16),
        Heading(
            2, "E.", "Encouraging transparency, information exchange and implementation synergies"
        ),
        Paragraphs(17, 22),
        Heading(
            2,
            "F.",
            "Implications for the International Tracing Instrument of recent developments in small "
            "arms and light weapons manufacturing, technology and design",
        ),
        Paragraphs(23, 28),
    ),
    "IV": (
        Heading(
            1,
            "IV.",
            "Promoting adequate, effective and sustainable international cooperation and "
            "assistance for the full and effective implementation of the Programme of Action and "
            "the International Tracing Instrument",
        ),
        Text("Stressing that adequate, effective and sustainable international cooperation"),
        Heading(
            2,
            "A.",
            "Encouraging international cooperation for the full and effective implementation of "
            "the Programme of Action and the International Tracing Instrument",
        ),
        Paragraphs(1, 9),
        Heading(
            2,
            "B.",
            "Ensuring the full and effective implementation of the Programme of Action and the "
            "International Tracing Instrument through adequate, effective and sustainable "
            "international assistance",
        ),
        Paragraphs(10, 22),
        Heading(
            2,
            "C.",
            "Coordination of international assistance for the full and effective implementation "
            "of the Programme of Action and the International Tracing Instrument",
        ),
        Paragraphs(23, 31),
    ),
    "V": (
        Heading(
            1,
            "V.",
            "Follow-up to the Third Review Conference of the Programme of Action to Review "
            "Progress Made in the Implementation of the Programme of Action to Prevent, Combat "
            "and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects",
        ),
        Text("States,"),
        Text("Reaffirming the importance of enhancing the coherence"),
        Text("Noting the convening of the Fifth Biennial Meeting of States"),
        Text("Recalling the recommendation to clearly define and distinguish"),
        Heading(2, "", "Schedule of meetings for 2018-2024"),
        Paragraphs(1, 8),
        Heading(2, "", "Regional meetings"),
        Paragraphs(9, 11),
        Heading(2, "", "Engagement of civil society"),
        Paragraphs(12, 12),
        Heading(2, "", "Reporting"),
        Paragraphs(13, 15),
        Heading(2, "", "Support for meeting participation"),
        Paragraphs(16, 16),
    ),
}

# Words that a line break splits at a hyphen which belongs to the word itself ("end-users"):
# the hyphen is kept and the halves are joined. A break at any other hyphen stops the build,
# because deciding it needs a human reading the document.
KNOWN_HYPHENATED = frozenset(
    {"end-users", "gender-disaggregated", "record-keeping", "cross-regional"}
)
# The source prints these compounds with a space before the hyphen; kept as printed.
KNOWN_SPACED_HYPHEN = frozenset({"post -conflict", "multi -partner"})
