"""Finding the header row of a hand-kept tracker and proposing which column holds what.

Ministry spreadsheets start with title rows ("Ministry of Foreign Affairs — PoA tracker 2024"),
merged banners and blank lines, and name their columns in English, French or Spanish. The
import's mapping step starts from this proposal; the user confirms or corrects it, so a column
is proposed only when its header says clearly what it holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from poa_desktop.domain.text import fold
from poa_desktop.exchange.reading.statuses import BUILT_IN
from poa_desktop.exchange.workbook.layout import ANSWER_COLUMNS

# Logical field -> header forms people write, most telling first (an earlier form wins a tie).
# The app's own export headers are put first below, from the workbook's columns (by key), so its
# workbooks map completely without a question. Each field lists English, then French, then
# Spanish forms, as ministries head their columns; a longer form beats a shorter one it contains
# ("Actions prévues" is a target, "Actions" what was done), so generic words stay safe.
# fmt: off
_WRITTEN_FORMS: dict[str, tuple[str, ...]] = {
    "reference": (
        "Paragraph", "Para", "Paragraph number", "Paragraph no.", "Para. no.",
        "Paragraph reference", "Para ref", "Operative paragraph", "OP", "§", "Reference", "Ref",
        "Ref. no.", "Commitment", "Commitment reference",
        "Paragraphe", "Numéro de paragraphe", "N° de paragraphe", "Par.", "Référence",
        "Référence du paragraphe", "Engagement",
        "Párrafo", "Número de párrafo", "N.º de párrafo", "Párr.", "Referencia",
        "Referencia del párrafo", "Compromiso", "Numeral",
        "Citation",
    ),
    "document": (
        "Outcome document", "Instrument", "Source document",
        "Document final", "Document de référence",
        "Documento", "Documento final", "Documento de referencia", "Instrumento",
    ),
    "section": (
        "Part", "Chapter",
        "Partie", "Chapitre",
        "Sección", "Parte", "Capítulo",
    ),
    "status": (
        "Implementation status", "Status of implementation", "Level of implementation",
        "Degree of implementation", "Progress status", "Current status", "Implemented",
        "Statut", "État", "État de mise en œuvre", "Statut de mise en œuvre",
        "Niveau de mise en œuvre", "Degré de mise en œuvre", "État d'avancement",
        "État de la mise en œuvre", "Situation", "Mis en œuvre",
        "Estado", "Estado de implementación", "Estado de aplicación", "Estado de ejecución",
        "Estado de cumplimiento", "Estado de avance", "Nivel de implementación",
        "Nivel de cumplimiento", "Nivel de avance", "Grado de implementación",
        "Grado de cumplimiento", "Grado de avance", "Situación", "Implementado",
    ),
    "measures_taken": (
        "Actions taken", "Action taken", "Measures", "Steps taken", "Actions", "Activities",
        "Activities undertaken", "Implementation measures", "Progress", "Progress made",
        "Progress to date", "Achievements", "Narrative", "Description of measures",
        "Description of actions", "Comments", "Remarks", "Observations",
        "Mesures prises", "Mesures adoptées", "Mesures", "Mesures mises en œuvre",
        "Actions menées", "Actions entreprises", "Actions réalisées", "Activités",
        "Activités menées", "Progrès réalisés", "Progrès", "Avancées", "Réalisations",
        "Description des mesures", "Description des actions", "Commentaires", "Remarques",
        "Medidas adoptadas", "Medidas tomadas", "Medidas", "Medidas implementadas",
        "Medidas realizadas", "Acciones", "Acciones realizadas", "Acciones emprendidas",
        "Acciones adoptadas", "Acciones tomadas", "Acciones desarrolladas", "Actividades",
        "Actividades realizadas", "Avances", "Avance", "Progresos", "Progresos realizados",
        "Logros", "Descripción de las medidas", "Descripción de las acciones", "Observaciones",
        "Comentarios",
    ),
    "laws": (
        "Legislation", "Laws", "Legal framework", "Legal basis", "Relevant legislation",
        "National legislation", "Legal instruments", "Regulations",
        "Législation", "Lois et règlements", "Cadre juridique", "Base juridique",
        "Fondement juridique", "Textes juridiques", "Textes législatifs",
        "Législation nationale", "Réglementation",
        "Legislación", "Leyes y reglamentos", "Marco jurídico", "Marco legal",
        "Marco normativo", "Base legal", "Base jurídica", "Fundamento legal",
        "Fundamento jurídico", "Normativa", "Normativa aplicable", "Legislación nacional",
    ),
    "agencies": (
        "Lead agency", "Agency", "Agencies", "Responsible agency", "Responsible institution",
        "Responsible institutions", "Lead institution", "Focal point institution",
        "Responsible entity", "Responsible body", "Implementing agency", "Lead ministry",
        "Responsible ministry", "Responsible",
        "Agences responsables", "Organisme", "Organisme responsable", "Institution responsable",
        "Institutions responsables", "Institution chef de file", "Entité responsable",
        "Service responsable", "Ministère responsable", "Structure responsable",
        "Responsable",
        "Institución responsable", "Instituciones responsables", "Institución líder",
        "Entidad", "Entidad responsable", "Entidades responsables", "Organismo responsable",
        "Dependencia responsable", "Ministerio responsable", "Entidad ejecutora",
        "Institución encargada",
    ),
    "challenges": (
        "Difficulties", "Obstacles", "Constraints", "Challenges encountered", "Gaps",
        "Difficultés", "Défis", "Contraintes", "Difficultés rencontrées", "Défis rencontrés",
        "Desafíos", "Dificultades", "Retos", "Obstáculos", "Limitaciones",
        "Dificultades encontradas", "Desafíos enfrentados",
    ),
    "assistance_needed": (
        "Needs", "Assistance required", "Assistance requested", "Assistance needs",
        "Needs for assistance", "Support needed", "Support required",
        "Besoins d'assistance", "Assistance requise", "Besoins", "Besoins en assistance",
        "Assistance nécessaire", "Assistance demandée", "Appui requis",
        "Necesidades de asistencia", "Asistencia requerida", "Necesidades",
        "Asistencia necesaria", "Asistencia solicitada", "Necesidades de apoyo",
        "Apoyo requerido",
    ),
    "assistance_kinds": (
        "Kind of assistance", "Type of assistance", "Types of assistance",
        "Kinds of assistance", "Assistance type", "Form of assistance",
        "Type d'assistance", "Types d'assistance", "Nature de l'assistance",
        "Forme d'assistance",
        "Tipo de asistencia", "Tipos de asistencia", "Modalidad de asistencia",
    ),
    "assistance_description": (
        "Description of assistance", "Details of assistance", "Assistance details",
        "Description de l'assistance", "Détails de l'assistance",
        "Descripción de la asistencia", "Detalle de la asistencia",
        "Detalles de la asistencia",
    ),
    "assistance_offered": (
        "Assistance provided", "Offers of assistance", "Assistance available",
        "Assistance offerte", "Assistance fournie", "Offres d'assistance",
        "Assistance proposée",
        "Asistencia ofrecida", "Asistencia brindada", "Asistencia prestada",
        "Ofertas de asistencia", "Asistencia proporcionada",
    ),
    "national_target": (
        "Target", "National objective", "Objective", "Goal", "Next steps", "Planned actions",
        "Planned measures",
        "Objectif national", "Objectif", "Cible", "Prochaines étapes", "Actions prévues",
        "Mesures prévues",
        "Meta nacional", "Objetivo nacional", "Meta", "Objetivo", "Próximos pasos",
        "Acciones previstas", "Acciones planificadas", "Medidas previstas",
    ),
    "target_date": (
        "Deadline", "Timeline", "Time frame", "Timeframe", "Due date", "Completion date",
        "Expected completion date", "Target completion date",
        "Échéance", "Date cible", "Date butoir", "Date limite", "Délai", "Échéancier",
        "Calendrier", "Date d'échéance", "Date prévue", "Date d'achèvement prévue",
        "Fecha límite", "Plazo", "Fecha objetivo", "Fecha meta", "Fecha prevista",
        "Fecha estimada", "Cronograma", "Calendario", "Fecha de cumplimiento",
        "Fecha de término", "Plazo previsto",
    ),
}
# fmt: on
_OWN_HEADERS = {column.key: column.header for column in ANSWER_COLUMNS}
HEADER_FORMS: dict[str, tuple[str, ...]] = {
    field: tuple(dict.fromkeys((_OWN_HEADERS[field], *forms))) if field in _OWN_HEADERS else forms
    for field, forms in _WRITTEN_FORMS.items()
}
FIELDS: tuple[str, ...] = tuple(HEADER_FORMS)
_FOLDED = {
    field: tuple(_key for form in forms if (_key := fold(form.replace("§", "para"))))
    for field, forms in HEADER_FORMS.items()
}
# Words that are a header on their own but mean something else inside a longer one: "Estado"
# is the status column, "Medidas adoptadas por el Estado" says what the State did; "Para" is
# the paragraph column, "Asistencia para la marcación" is not.
_EXACT_ONLY = frozenset(fold(word) for word in ("Estado", "État", "Para", "Par.", "OP"))
_MAX_HEADER_WORDS = 8  # longer cells are sentences (instructions, titles), not headers
# A numbered header ("3. Estado de implementación", "(b) Status", "2.1 - Actions taken"): the
# number is the column's place in a form, not data.
_ENUMERATOR = re.compile(
    r"^\s*(?:[(\[]\s*(?:\d{1,3}|[a-z]|[ivx]{1,4})\s*[)\]]\s*[.:\-–—]?"
    r"|(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,4})\s*[.):\-–—]+"
    r"|\d{1,3}(?:\.\d{1,3})+)\s*(?=[^\W\d_])",
    re.IGNORECASE,
)
_FOOTNOTE = re.compile(r"[\u00b2\u00b3\u00b9\u2070-\u209f*†‡]+")  # "Status¹", "Plazo*"
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # "Status (Yes / No / Partial)"


@dataclass(frozen=True, slots=True, order=True)
class HeaderMatch:
    """How well one header cell names one field; higher sorts later (better)."""

    exact: bool
    words: int  # for a partial match: more matched words is more specific
    # For a partial match, minus where the form starts: the first words say what a column holds
    # ("Comments by agency", "Medidas adoptadas por el Estado"), later ones qualify it.
    place: int
    priority: int  # minus the form's position in HEADER_FORMS
    column_rank: int  # minus the column index: the leftmost column wins a full tie
    field: str
    column: int


def _header_text(value: str) -> str:
    """The header without its leading number and footnote marks ("3. Estado¹" -> "Estado")."""
    return _FOOTNOTE.sub(" ", _ENUMERATOR.sub("", value, count=1))


def _header_keys(value: object) -> tuple[str, ...]:
    """Folded keys to match, best first: without bracketed notes, then the whole cell."""
    if not isinstance(value, str):
        return ()
    text = _header_text(value).replace("§", " para ")
    return tuple(dict.fromkeys(k for k in (fold(_BRACKETS.sub(" ", text)), fold(text)) if k))


def _matches(key: str, column: int) -> list[HeaderMatch]:
    padded = f" {key} "
    found = []
    for field, forms in _FOLDED.items():
        matches = [
            HeaderMatch(True, 0, 0, -i, -column, field, column)
            if form == key
            else HeaderMatch(False, len(form.split()), -place, -i, -column, field, column)
            for i, form in enumerate(forms)
            if form == key or (form not in _EXACT_ONLY and (place := padded.find(f" {form} ")) >= 0)
        ]
        if matches:
            found.append(max(matches))
    return sorted(found, reverse=True)


def match_header(value: object, column: int = 0) -> list[HeaderMatch]:
    """Every field a header cell could name (its best form each), best first.

    A leading number ("3. Estado") is ignored, and a bracketed note ("Status (Yes/No)") only
    counts when the rest names nothing. Empty for non-text cells and for long ones: those are
    sentences, not headers.
    """
    for index, key in enumerate(_header_keys(value)):
        if len(key.split()) > _MAX_HEADER_WORDS:
            if index == 0:
                return []
            continue
        found = _matches(key, column)
        if found:
            return found
    return []


def propose_mapping(header: Sequence[object]) -> dict[str, int]:
    """Logical field -> column index, each field and each column used at most once.

    Exact header matches are taken before partial ones, so "Target date" goes to the target
    date even though it also contains "Target"; among partial ones the longer form wins.
    """
    candidates = sorted(
        (match for column, value in enumerate(header) for match in match_header(value, column)),
        reverse=True,
    )
    mapping: dict[str, int] = {}
    for match in candidates:
        if match.field not in mapping and match.column not in mapping.values():
            mapping[match.field] = match.column
    return dict(sorted(mapping.items(), key=lambda item: item[1]))


def find_header_row(rows: Sequence[Sequence[object]], max_scan: int = 30) -> int | None:
    """The first row (0-based) within ``max_scan`` that looks like a header, or None.

    A header has at least two cells naming known fields and is mostly text. Title rows, merged
    banners and blank rows before it have at most one such cell; a cell with digits in it
    ("BMS8 para 29") is data, not a header, so a file without a header row is not misread. A
    header's own number ("3. Estado de implementación") and footnote marks ("Status¹") are not
    such digits.
    """
    for index, row in enumerate(rows[:max_scan]):
        filled = [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]
        texts = [v for v in filled if isinstance(v, str)]
        if len(texts) * 2 <= len(filled):
            continue
        # In a row with data in it ("BMS8 para 29", "Implemented", "Comments"), a status word
        # is a value, not the header "Implemented".
        data = any(_has_digits(v) for v in texts)
        named = [
            v
            for v in texts
            if not _has_digits(v) and match_header(v) and not (data and fold(v) in BUILT_IN)
        ]
        if len(named) >= 2:
            return index
    return None


def _has_digits(text: str) -> bool:
    return any(c.isdecimal() for c in _header_text(text))
