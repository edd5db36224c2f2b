"""Status cells from hand-kept spreadsheets -> the app's four statuses, or a readable problem.

Ministries wrote "Oui", "Partially", "En curso", "N/A", "x"... (and, in Arabic, Chinese and
Russian trackers, "نعم", "部分执行", "не выполнено"). The import preview must say which
cells it cannot read rather than guess, so an unknown value is a :class:`StatusProblem` that asks
the user to map it; their choices come back as ``extra`` and win over the built-in forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from poa_desktop.domain.status import STATUSES, Status, as_status
from poa_desktop.domain.text import fold, shorten
from poa_desktop.translations import REPORT_LANGUAGES, Texts

# The forms each status is written in, as people write them; folded when the table is built.
# fmt: off
_FORMS: dict[Status | None, tuple[str, ...]] = {
    Status.IMPLEMENTED: (
        "Implemented", "Yes", "Y", "Done", "Fully implemented", "Fully", "Complete", "Completed",
        "In place", "Oui", "Mis en œuvre", "Mise en œuvre", "Entièrement mis en œuvre",
        "Réalisé", "Sí", "Si", "Implementado", "Implementada", "Aplicado", "Aplicada",
        "Totalmente implementado", "Cumplido",
        # Arabic, Chinese (simplified and traditional), Russian
        "نعم", "منفذ", "منفذة", "تم التنفيذ", "منفذ بالكامل",
        "是", "已执行", "已執行", "已实施", "已實施", "已落实", "已落實", "已完成",
        "да", "выполнено", "выполнен", "выполнена", "осуществлено", "реализовано",
        "полностью выполнено", "полностью осуществлено", "полностью реализовано",
    ),
    Status.DEVELOPING: (
        "Developing", "Partially", "Partial", "Partly", "Partially implemented", "In progress",
        "Ongoing", "On-going", "Under way", "Underway", "Under development", "In development",
        "D", "Partiellement", "Partiellement mis en œuvre", "En partie", "En cours",
        "En cours de mise en œuvre", "En développement", "Parcialmente", "Parcial",
        "Parcialmente implementado", "En curso", "En desarrollo", "En proceso",
        "جزئيا", "منفذ جزئيا", "منفذة جزئيا", "قيد التنفيذ", "جار التنفيذ", "جاري التنفيذ",
        "部分", "部分执行", "部分執行", "部分实施", "部分實施", "部分落实", "部分落實",
        "进行中", "進行中", "正在执行", "正在執行", "正在实施", "正在實施",
        "частично", "частично выполнено", "частично осуществлено", "частично реализовано",
        "в процессе", "в процессе выполнения", "в процессе осуществления",
        "в процессе реализации", "выполняется", "осуществляется", "реализуется",
    ),
    Status.NOT_IMPLEMENTED: (
        "Not implemented", "No", "N", "Not started", "Non", "Pas mis en œuvre",
        "Non mis en œuvre", "Pas encore mis en œuvre", "No implementado", "No implementada",
        "Sin implementar", "No aplicado",
        "لا", "غير منفذ", "غير منفذة", "لم ينفذ", "لم يتم التنفيذ",
        "否", "未执行", "未執行", "未实施", "未實施", "未落实", "未落實",
        "нет", "не выполнено", "не осуществлено", "не реализовано",
    ),
    Status.NOT_APPLICABLE: (
        "Not applicable", "N/A", "NA", "n.a.", "Sans objet", "Non applicable", "S.O.",
        "No aplica", "No aplicable", "No corresponde",
        "لا ينطبق", "غير منطبق", "غير قابل للتطبيق",
        "不适用", "不適用",
        "не применимо", "неприменимо", "не применяется",
    ),
    None: ("", "-", "Not yet assessed", "Not assessed", "Non évalué", "Sin evaluar"),
}
# fmt: on
BUILT_IN: Mapping[str, Status | None] = (
    {fold(form): status for status, forms in _FORMS.items() for form in forms}
    | {fold(Texts(language).term(s.label)): s for language in REPORT_LANGUAGES for s in STATUSES}
    | {fold(s): s for s in STATUSES}
)
"""Every form above, the app's own status words in the six languages, and the ids."""


@dataclass(frozen=True, slots=True)
class StatusMatch:
    """A readable cell; ``status`` None means the cell says "not yet assessed"."""

    status: Status | None

    @property
    def ok(self) -> Literal[True]:
        return True


@dataclass(frozen=True, slots=True)
class StatusProblem:
    """A cell the import cannot read; ``reason`` is shown to the user as is."""

    text: str
    reason: str

    @property
    def ok(self) -> Literal[False]:
        return False


StatusResult = StatusMatch | StatusProblem


def _as_status(value: str | None) -> Status | Literal[False] | None:
    """The status an id names, None for not assessed, False for anything else."""
    try:
        return as_status(value)
    except ValueError:
        return False


def parse_status(text: str, extra: Mapping[str, str | None] | None = None) -> StatusResult:
    """The status a cell value means; never raises.

    ``extra`` maps further values (compared folded) to a status id, a built-in form ("Oui"), or
    None for "not yet assessed"; it takes precedence over the built-in forms.
    """
    key = fold(text)
    if extra:
        for value, meaning in extra.items():
            if fold(value) != key:
                continue
            status = _as_status(meaning)
            if status is not False:
                return StatusMatch(status)
            if meaning and fold(meaning) in BUILT_IN:
                return StatusMatch(BUILT_IN[fold(meaning)])
            return StatusProblem(
                text, f"the import settings map '{value}' to '{meaning}', which is not a status"
            )
    if key in BUILT_IN:
        return StatusMatch(BUILT_IN[key])
    shown = shorten(text, 40)
    return StatusProblem(text, f"unknown status '{shown}': map it in the import settings")
