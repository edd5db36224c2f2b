"""Finding the header row of a hand-kept tracker and proposing which column holds what.

Ministry spreadsheets start with title rows ("Ministry of Foreign Affairs — PoA tracker 2024"),
merged banners and blank lines, and name their columns in English, French or Spanish. The
import's mapping step starts from this proposal; the user confirms or corrects it, so a column
is proposed only when its header says clearly what it holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from poa_desktop.exchange.reading.statuses import fold
from poa_desktop.exchange.workbook.layout import ANSWER_COLUMNS

# Logical field -> header forms people write, most telling first (an earlier form wins a tie).
# The app's own export headers are put first below, from the workbook's columns (by key), so its
# workbooks map completely without a question.
# fmt: off
_WRITTEN_FORMS: dict[str, tuple[str, ...]] = {
    "reference": (
        "Paragraph", "Para", "Paragraph number", "Paragraph reference", "§",
        "Paragraphe", "Párrafo", "Reference", "Ref", "Référence", "Referencia", "Commitment",
        "Engagement", "Compromiso", "Citation",
    ),
    "document": (
        "Outcome document", "Instrument", "Documento", "Document final",
        "Documento final",
    ),
    "section": ("Sección", "Part", "Partie", "Parte", "Chapter", "Chapitre"),
    "status": (
        "Implementation status", "Statut", "État", "État de mise en œuvre",
        "Statut de mise en œuvre", "Estado", "Estado de implementación", "Estado de aplicación",
        "Situación", "Implemented",
    ),
    "measures_taken": (
        "Narrative", "Comments", "Progress", "Actions", "Actions taken",
        "Mesures prises", "Commentaires", "Medidas adoptadas", "Medidas tomadas", "Observaciones",
        "Comentarios",
    ),
    "laws": (
        "Legislation", "Laws", "Legal framework", "Législation",
        "Lois et règlements", "Cadre juridique", "Legislación", "Leyes y reglamentos",
        "Marco jurídico", "Normativa",
    ),
    "agencies": (
        "Lead agency", "Agency", "Agencies", "Responsible agency",
        "Agences responsables", "Organisme", "Organisme responsable", "Institución responsable",
        "Entidad", "Entidad responsable",
    ),
    "challenges": (
        "Difficulties", "Obstacles", "Difficultés", "Défis", "Desafíos",
        "Dificultades", "Retos",
    ),
    "assistance_needed": (
        "Needs", "Assistance required", "Assistance requested",
        "Besoins d'assistance", "Assistance requise", "Besoins", "Necesidades de asistencia",
        "Asistencia requerida", "Necesidades",
    ),
    "assistance_kinds": (
        "Kind of assistance", "Type of assistance", "Type d'assistance",
        "Tipo de asistencia",
    ),
    "assistance_description": (
        "Description of assistance", "Description de l'assistance",
        "Descripción de la asistencia",
    ),
    "assistance_offered": (
        "Assistance provided", "Offers of assistance", "Assistance offerte",
        "Asistencia ofrecida",
    ),
    "national_target": (
        "Target", "Objectif national", "Objectif", "Meta nacional",
        "Objetivo nacional", "Meta",
    ),
    "target_date": (
        "Deadline", "Timeline", "Échéance", "Date cible", "Fecha límite", "Plazo",
        "Fecha objetivo",
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
_MAX_HEADER_WORDS = 8  # longer cells are sentences (instructions, titles), not headers


@dataclass(frozen=True, slots=True, order=True)
class HeaderMatch:
    """How well one header cell names one field; higher sorts later (better)."""

    exact: bool
    words: int  # for a partial match: more matched words is more specific
    priority: int  # minus the form's position in HEADER_FORMS
    column_rank: int  # minus the column index: the leftmost column wins a full tie
    field: str
    column: int


def _header_key(value: object) -> str:
    return fold(value.replace("§", " para ")) if isinstance(value, str) else ""


def match_header(value: object, column: int = 0) -> list[HeaderMatch]:
    """Every field a header cell could name (its best form each), best first.

    Empty for non-text cells and for long ones: those are sentences, not headers.
    """
    key = _header_key(value)
    words = key.split()
    if not words or len(words) > _MAX_HEADER_WORDS:
        return []
    padded = f" {key} "
    found = []
    for field, forms in _FOLDED.items():
        matches = [
            HeaderMatch(form == key, 0 if form == key else len(form.split()), -i, -column, field,
                        column)
            for i, form in enumerate(forms)
            if f" {form} " in padded
        ]  # fmt: skip
        if matches:
            found.append(max(matches))
    return sorted(found, reverse=True)


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
    ("BMS8 para 29") is data, not a header, so a file without a header row is not misread.
    """
    for index, row in enumerate(rows[:max_scan]):
        filled = [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]
        texts = [v for v in filled if isinstance(v, str)]
        if len(texts) * 2 <= len(filled):
            continue
        named = [v for v in texts if not any(c.isdigit() for c in v) and match_header(v)]
        if len(named) >= 2:
            return index
    return None
