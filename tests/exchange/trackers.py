"""Ministry trackers as people really keep them, built by the tests (issue 14's "done when").

Each builder writes one workbook and returns a :class:`Tracker`: its path and how many answer
cells it holds (status, narrative, agencies, dates... not the reference columns), so a test and
the closing note can say how many of them an import takes and how many it refuses.

Run ``python -m tests.exchange.trackers`` to print, for each tracker, the answer cells given,
imported and refused by the current code into a fresh assessment (the profile below).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.exchange.workbooks import write_table

# The State profile the trackers are imported into: full names, some short names.
PROFILE_AGENCIES: tuple[tuple[str, str | None], ...] = (
    ("Ministerio de Relaciones Exteriores", "MRE"),
    ("Policía Nacional", None),
    ("Ministère des affaires étrangères", None),
    ("Commission nationale de lutte contre la prolifération des ALPC", "ComNat-ALPC"),
    ("Ministry of Foreign Affairs", None),
    ("National Police", None),
)


def uruguay_assessment(ws: Any) -> Any:
    """A fresh assessment whose State profile has :data:`PROFILE_AGENCIES` (a Workspace in)."""
    from poa_desktop.services.assessments.assessments import create_assessment
    from poa_desktop.store import Agency, StateProfile

    info = create_assessment(ws, state="Uruguay", cycle="BMS9 2026", author="Test")
    with ws.db.session() as session, session.begin():
        profile = session.query(StateProfile).one()
        for name, short in PROFILE_AGENCIES:
            profile.agencies.append(Agency(name=name, short_name=short))
    return info


@dataclass(frozen=True)
class Tracker:
    path: Path
    answer_cells: int
    """Non-empty cells in answer columns (status, narrative, agencies, dates...) of data rows."""


def _count(rows: Sequence[Sequence[Any]], answer_columns: Sequence[int], first: int) -> int:
    return sum(
        1
        for row in rows[first:]
        for index in answer_columns
        if index < len(row) and row[index] not in (None, "")
    )


def spanish_tracker(path: Path) -> Tracker:
    """A cover sheet, then title rows and a Spanish table whose agencies and dates are typed."""
    cover = [
        ["Ministerio de Relaciones Exteriores"],
        ["Seguimiento de la aplicación del Programa de Acción sobre armas pequeñas y ligeras"],
        ["Versión de trabajo, no distribuir. Actualizado el 3 de marzo de 2025 por la Dirección "
         "de Desarme."],
    ]  # fmt: skip
    header = [
        "N°", "Documento", "Párrafo", "Estado de implementación", "Acciones realizadas",
        "Institución responsable", "Fecha límite", "Dificultades",
    ]  # fmt: skip
    data: list[list[Any]] = [
        [1, "Tercera Conferencia de Examen", "Sección II, párrafo 21", "Implementado",
         "Ley 19.834 de armas de fuego, registro único en funcionamiento.",
         "Policía Nacional; Ministerio de Relaciones Exteriores", "junio 2025",
         "Presupuesto limitado"],
        [2, "RevCon3", "II-4", "En curso", "Comisión nacional creada por decreto.",
         "MRE", "31/12/2025", None],
        [3, "BMS8", "párr. 29", "Parcialmente", "Programa de recolección voluntaria.",
         "Dirección General de Aduanas", "2026", None],
        [4, "BMS8", "30", "Sí", "Marcado en importación desde 2021.",
         "policia nacional", dt.datetime(2025, 12, 31), None],
        [5, "RevCon3", "III.12", "No implementado", "Sin avances.",
         "Fuerzas Armadas; MRE", "15 de marzo de 2026", "Falta de equipos de marcado"],
        [6, "Octava Reunión Bienal de los Estados", "párrafo 77", "No aplica", None, None,
         None, None],
        [7, "RevCon3", "Sección segunda, párrafo 3", "Implementado", "Punto de contacto "
         "nacional designado.", "Ministerio de Relaciones Exteriores", "2025-06-30", None],
        [8, "RevCon3", "II.5", "Pendiente de revisión", "Proyecto de ley en consulta.",
         "Policía Nacional", "primer semestre 2026", None],
        [9, None, "párr. 12", "Implementado", "Fila sin documento.", "MRE", None, None],
    ]  # fmt: skip
    rows: list[list[Any]] = [
        ["Seguimiento PoA — matriz de implementación"],
        ["Responsable: Dirección de Desarme", None, None, "Confidencial"],
        [],
        header,
        *data,
    ]
    write_table(path, {"Portada": cover, "Seguimiento": rows}, {"Seguimiento": ["A1:H1"]})
    return Tracker(path, _count(data, range(3, 8), 0))


def french_tracker_by_document(path: Path) -> Tracker:
    """One sheet per outcome document, bare paragraph numbers, the document only in the title."""
    header = ["§", "Statut", "Mesures prises", "Institution chef de file", "Échéance"]
    bms8: list[list[Any]] = [
        [29, "Oui", "Collecte d'armes dans trois régions.", "Gendarmerie nationale", "juin 2025"],
        [30, "En cours", "Marquage à l'importation.", "ComNat-ALPC", "31 décembre 2025"],
        [77, "Non", None, "Ministère des Affaires étrangères", "fin 2026"],
    ]  # fmt: skip
    revcon_ii: list[list[Any]] = [
        ["21", "Mis en œuvre", "Loi n° 2019-04 adoptée.", "ComNat-ALPC; Gendarmerie nationale",
         "2026"],
        ["§ 4", "Partiellement", "Commission nationale opérationnelle.", "MAE", "12/03/2026"],
        ["3", "Oui", "Point de contact désigné.", "Ministère des affaires étrangères", None],
    ]  # fmt: skip
    revcon_iii: list[list[Any]] = [
        ["12", "En cours", "Registre des armes en cours d'informatisation.", "Gendarmerie "
         "nationale", "mars 2026"],
    ]  # fmt: skip
    cover = [["Suivi du Programme d'action — Ministère des affaires étrangères"], ["Version 3"]]
    title = ["Suivi de la mise en œuvre"]
    write_table(
        path,
        {
            "Page de garde": cover,
            "BMS8": [title, header, *bms8],
            "RevCon3 II": [title, header, *revcon_ii],
            "RevCon3 III": [title, header, *revcon_iii],
        },
    )
    cells = sum(_count(rows, range(1, 5), 0) for rows in (bms8, revcon_ii, revcon_iii))
    return Tracker(path, cells)


def english_tracker_with_lead_agency(path: Path) -> Tracker:
    """An English tracker with a "Lead agency" column and dates typed by hand."""
    header = ["Paragraph", "Status", "Progress", "Lead agency", "Deadline", "Comments"]
    data: list[list[Any]] = [
        ["BMS8 para 29", "Implemented", "Weapons collection in two provinces.", "MFA",
         "June 2025", None],
        ["RevCon3 II-21", "Partially", "Draft law before parliament.", "Police",
         "31/12/2025", None],
        ["RC3 ITI plan para 12", "Ongoing", "Marking machines procured.", "National Police",
         "2026", None],
        ["BMS8 §77", "Not applicable", None, None, None, None],
        ["RevCon3 IV 3", "Yes", "Regional cooperation agreement signed.",
         "Ministry of Foreign Affairs; Customs", "Q3 2026", None],
    ]  # fmt: skip
    rows: list[list[Any]] = [["National PoA tracker"], [], header, *data]
    write_table(path, {"Tracker": rows})
    return Tracker(path, _count(data, range(1, 5), 0))


BUILDERS = {
    "Spanish tracker (cover sheet, title rows)": spanish_tracker,
    "French tracker (one sheet per document)": french_tracker_by_document,
    "English tracker (lead agency, typed dates)": english_tracker_with_lead_agency,
}


def _yield_of(folder: Path, name: str, tracker: Tracker) -> str:
    """Import one tracker into a fresh assessment and count the answer cells it would write."""
    from poa_desktop.services.errors import ServiceError
    from poa_desktop.services.reporting.imports import preview_import
    from poa_desktop.services.workspace import open_workspace

    ws = open_workspace(folder / f"{tracker.path.stem}.sqlite")
    try:
        info = uruguay_assessment(ws)
        lines = []
        for options in ({}, {"add_agencies": True}):
            try:
                preview = preview_import(ws, tracker.path, assessment=info, **options)
            except TypeError:
                continue  # a version without the option
            except ServiceError as error:
                return f"{name}: {tracker.answer_cells} cells, none imported ({error})"
            imported = sum(
                len([f for f in change.changed if f != "assistance_needed"])
                for change in preview.changes
            )
            refused = tracker.answer_cells - imported
            lines.append(
                f"{name}{' (new agencies added)' if options else ''}: {tracker.answer_cells} "
                f"answer cells, {imported} imported, {refused} refused; "
                f"{len(preview.problems)} problem line(s)"
            )
        return "\n".join(lines)
    finally:
        ws.close()


def _own_export_into_fresh_database(folder: Path) -> str:
    """The demo's export imported on a new computer: a fresh database of the same State."""
    from poa_desktop.services.assessments.assessments import create_assessment
    from poa_desktop.services.demo.build import build_demo
    from poa_desktop.services.errors import ServiceError
    from poa_desktop.services.reporting.export import export_report
    from poa_desktop.services.reporting.imports import preview_import
    from poa_desktop.services.workspace import open_workspace

    demo = open_workspace(folder / "demo.sqlite")
    try:
        shown = build_demo(demo)
        export_report(demo, xlsx=folder / "demo.xlsx", assessment=shown)
    finally:
        demo.close()
    fresh = open_workspace(folder / "fresh.sqlite")
    try:
        info = create_assessment(
            fresh, state=shown.state, cycle=shown.cycle, author="Test", iso_code=shown.iso_code
        )
        try:
            preview = preview_import(fresh, folder / "demo.xlsx", assessment=info)
        except ServiceError as error:
            return f"own export into a fresh database: none imported ({error})"
        return (
            f"own export into a fresh database: {len(preview.changes)} answers readable, "
            f"{len(preview.problems)} problem line(s)"
        )
    finally:
        fresh.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name, build in BUILDERS.items():
            tracker = build(folder / f"{build.__name__}.xlsx")
            print(_yield_of(folder, name, tracker))
        print(_own_export_into_fresh_database(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
