"""Issue 14's trackers: what ministries really keep imports every readable cell, nothing unasked.

The workbooks are built by :mod:`tests.exchange.trackers`: a Spanish tracker with a cover sheet
and title rows, a French one with one sheet per outcome document, an English one with a "Lead
agency" column, and the app's own export taken to a fresh database on a new computer.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from poa_desktop.domain.content import AnswerContent
from poa_desktop.services.answering.answers import all_answers, get_answer, save_answer
from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.assessments.profiles import get_profile
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.reporting.export import export_report
from poa_desktop.services.reporting.import_settings import load_mapping, save_mapping
from poa_desktop.services.reporting.imports import apply_import, preview_import
from poa_desktop.services.workspace import Workspace, open_workspace
from tests.exchange.trackers import (
    english_tracker_with_lead_agency,
    french_tracker_by_document,
    spanish_tracker,
    uruguay_assessment,
)


@pytest.fixture
def uruguay(ws: Workspace) -> AssessmentInfo:
    return uruguay_assessment(ws)


def _cells(preview_problems: tuple[object, ...], skips: str) -> list[str]:
    return [str(p) for p in preview_problems if getattr(p, "skips", None) == skips]


def test_the_spanish_tracker_imports_every_readable_cell(
    ws: Workspace, uruguay: AssessmentInfo, tmp_path: Path
) -> None:
    tracker = spanish_tracker(tmp_path / "seguimiento.xlsx")
    preview = preview_import(ws, tracker.path, assessment=uruguay, add_agencies=True)
    assert preview.sheets == ("Seguimiento",)
    assert any("Portada not read: passed over" in note for note in preview.notes)
    ids = {c.commitment_id: c for c in preview.changes}
    assert set(ids) == {"RC3-II-21", "RC3-II-4", "BMS8-29", "BMS8-30", "RC3-III-12", "BMS8-77",
                        "RC3-II-3", "RC3-II-5"}  # fmt: skip
    # Row 12 names no document: the whole row is refused, said so, and nothing guessed.
    rows = _cells(preview.problems, "row")
    assert len(rows) == 1 and "row 13" in rows[0] and "párr. 12" in rows[0]
    # Row 12's unknown status and its half-year date cost those cells, not the narrative.
    cells = _cells(preview.problems, "cell")
    assert len(cells) == 2
    assert any("row 12, column D (Status)" in c and "Pendiente" in c for c in cells)
    assert any("row 12, column G (Target date)" in c and "primer semestre" in c for c in cells)
    assert ids["RC3-II-5"].new.measures_taken == "Proyecto de ley en consulta."
    assert ids["RC3-II-5"].new.status is None
    # Agencies: full, accentless and short names find the profile's; new ones are listed.
    assert ids["RC3-II-21"].new.agencies == (  # in the profile's order, as saved
        "Ministerio de Relaciones Exteriores",
        "Policía Nacional",
    )
    assert ids["BMS8-30"].new.agencies == ("Policía Nacional",)
    assert ids["RC3-II-4"].new.agencies == ("Ministerio de Relaciones Exteriores",)
    assert [a.name for a in preview.new_agencies] == [
        "Dirección General de Aduanas",
        "Fuerzas Armadas",
    ]
    # Dates typed by hand, and what was understood.
    assert str(ids["RC3-II-21"].new.target_date) == "2025-06-30"
    assert str(ids["RC3-II-4"].new.target_date) == "2025-12-31"
    assert str(ids["BMS8-29"].new.target_date) == "2026-12-31"
    assert str(ids["RC3-III-12"].new.target_date) == "2026-03-15"
    understood = [str(r) for r in preview.readings]
    assert any("row 5, column G" in r and "junio 2025" in r for r in understood)
    result = apply_import(ws, preview, skip_unreadable=True)
    assert (result.new, result.cells_skipped, result.rows_skipped) == (8, 2, 1)
    assert result.agencies_added == ("Dirección General de Aduanas", "Fuerzas Armadas")
    names = [a.name for a in get_profile(ws).agencies]
    assert names[-2:] == ["Dirección General de Aduanas", "Fuerzas Armadas"]
    assert get_answer(ws, uruguay.id, "RC3-III-12").content.agencies == (
        "Ministerio de Relaciones Exteriores",
        "Fuerzas Armadas",
    )  # in the profile's order, as every saved answer


def test_new_agencies_are_not_added_unasked(
    ws: Workspace, uruguay: AssessmentInfo, tmp_path: Path
) -> None:
    tracker = spanish_tracker(tmp_path / "seguimiento.xlsx")
    before = [a.name for a in get_profile(ws).agencies]
    preview = preview_import(ws, tracker.path, assessment=uruguay)
    assert not preview.add_agencies
    cells = _cells(preview.problems, "cell")
    aduanas = [c for c in cells if "Dirección General de Aduanas" in c]
    assert len(aduanas) == 1 and "row 7, column F (Responsible agencies)" in aduanas[0]
    assert "not an agency in the State profile" in aduanas[0]
    with pytest.raises(ServiceError, match="cannot be read, so nothing was imported"):
        apply_import(ws, preview)
    assert all_answers(ws, uruguay.id) == {}
    apply_import(ws, preview, skip_unreadable=True)
    assert [a.name for a in get_profile(ws).agencies] == before
    # The row's other cells came in; only the agencies cell was left out.
    record = get_answer(ws, uruguay.id, "BMS8-29")
    assert record.content.status == "developing" and record.content.agencies == ()


def test_one_sheet_per_document_reads_bare_numbers_as_that_document(
    ws: Workspace, uruguay: AssessmentInfo, tmp_path: Path
) -> None:
    tracker = french_tracker_by_document(tmp_path / "suivi.xlsx")
    preview = preview_import(ws, tracker.path, assessment=uruguay, add_agencies=True)
    assert preview.sheets == ("BMS8", "RevCon3 II", "RevCon3 III")
    assert any("Page de garde not read" in note for note in preview.notes)
    where = {c.commitment_id: (c.sheet, c.row) for c in preview.changes}
    assert where == {
        "BMS8-29": ("BMS8", 3), "BMS8-30": ("BMS8", 4), "BMS8-77": ("BMS8", 5),
        "RC3-II-21": ("RevCon3 II", 3), "RC3-II-4": ("RevCon3 II", 4),
        "RC3-II-3": ("RevCon3 II", 5), "RC3-III-12": ("RevCon3 III", 3),
    }  # fmt: skip
    ids = {c.commitment_id: c.new for c in preview.changes}
    assert ids["BMS8-30"].agencies == (
        "Commission nationale de lutte contre la prolifération des ALPC",
    )
    assert ids["RC3-II-4"].agencies == ("Ministère des affaires étrangères",)  # "MAE"
    assert ids["BMS8-77"].agencies == ("Ministère des affaires étrangères",)
    assert [a.name for a in preview.new_agencies] == ["Gendarmerie nationale"]
    assert str(ids["BMS8-29"].target_date) == "2025-06-30"
    assert str(ids["BMS8-30"].target_date) == "2025-12-31"
    # 12/03/2026 could be 12 March or 3 December: that cell is refused, not guessed.
    (ambiguous,) = _cells(preview.problems, "cell")
    assert "RevCon3 II, row 4, column E" in ambiguous and "12/03/2026" in ambiguous
    assert ids["RC3-II-4"].status == "developing"


def test_lead_agency_initials_and_typed_dates(
    ws: Workspace, uruguay: AssessmentInfo, tmp_path: Path
) -> None:
    tracker = english_tracker_with_lead_agency(tmp_path / "tracker.xlsx")
    preview = preview_import(ws, tracker.path, assessment=uruguay)
    ids = {c.commitment_id: c.new for c in preview.changes}
    assert ids["BMS8-29"].agencies == ("Ministry of Foreign Affairs",)  # "MFA"
    assert ids["RC3-III-12"].agencies == ("National Police",)
    assert ids["BMS8-29"].measures_taken == "Weapons collection in two provinces."
    assert [a.name for a in preview.new_agencies] == ["Police", "Customs"]
    assert len(preview.changes) == 5  # every row's reference was read


def test_the_own_export_brings_its_answers_and_agencies_to_a_new_computer(
    demo_db: Path, tmp_path: Path
) -> None:
    demo = open_workspace(demo_db)
    try:
        (shown,) = [a for a in _assessments(demo)]
        export_report(demo, xlsx=tmp_path / "report.xlsx", assessment=shown)
        agencies = [(a.name, a.short_name) for a in get_profile(demo).agencies]
        answered = len(all_answers(demo, shown.id))
    finally:
        demo.close()
    fresh = open_workspace(tmp_path / "fresh.sqlite")
    try:
        info = create_assessment(
            fresh, state=shown.state, cycle=shown.cycle, author="Test", iso_code=shown.iso_code
        )
        preview = preview_import(fresh, tmp_path / "report.xlsx", assessment=info)
        assert preview.problems == ()
        assert preview.add_agencies and len(preview.new_agencies) == len(agencies)
        result = apply_import(fresh, preview)
        assert result.new == answered
        assert [(a.name, a.short_name) for a in get_profile(fresh).agencies] == agencies
        assert len(all_answers(fresh, info.id)) == answered
    finally:
        fresh.close()


def _assessments(ws: Workspace) -> list[AssessmentInfo]:
    from poa_desktop.services.assessments.assessments import list_assessments

    return list_assessments(ws)


def test_filling_empty_fields_is_the_default_and_replace_says_what_it_overwrites(
    ws: Workspace, uruguay: AssessmentInfo, tmp_path: Path
) -> None:
    detailed = "Ley 19.834: registro único, 4 000 armas marcadas, auditoría anual publicada."
    save_answer(
        ws,
        uruguay.id,
        "RC3-II-21",
        AnswerContent(status="implemented", measures_taken=detailed,
                      agencies=("Policía Nacional",)),
        author="Test",
    )  # fmt: skip
    tracker = spanish_tracker(tmp_path / "seguimiento.xlsx")
    preview = preview_import(ws, tracker.path, assessment=uruguay, add_agencies=True)
    assert preview.policy == "fill-empty"
    change = next(c for c in preview.changes if c.commitment_id == "RC3-II-21")
    assert change.new.measures_taken == detailed
    assert change.new.agencies == ("Policía Nacional",)
    assert change.changed == ("challenges", "target_date")
    assert change.overwritten == ()
    replacing = preview_import(
        ws, tracker.path, assessment=uruguay, add_agencies=True, policy="replace"
    )
    change = next(c for c in replacing.changes if c.commitment_id == "RC3-II-21")
    assert set(change.overwritten) == {"measures_taken", "agencies"}
    assert replacing.counts()["overwritten"] == 2


def test_the_sheets_chosen_are_saved_and_read_back(
    ws: Workspace, uruguay: AssessmentInfo, tmp_path: Path
) -> None:
    tracker = french_tracker_by_document(tmp_path / "suivi.xlsx")
    preview = preview_import(ws, tracker.path, assessment=uruguay)
    assert preview.mapping is not None
    save_mapping(preview.mapping, tmp_path / "suivi.json")
    loaded = load_mapping(tmp_path / "suivi.json")
    assert loaded == preview.mapping
    assert loaded.excluded == ("Page de garde",)
    text = (tmp_path / "suivi.json").read_text(encoding="utf-8")
    assert '"include": false' in text and '"version": 2' in text


def test_a_mapping_naming_a_sheet_the_file_lacks_is_refused(
    ws: Workspace, uruguay: AssessmentInfo, tmp_path: Path
) -> None:
    tracker = french_tracker_by_document(tmp_path / "suivi.xlsx")
    mapping = preview_import(ws, tracker.path, assessment=uruguay).mapping
    assert mapping is not None
    other = tmp_path / "autre.xlsx"
    shutil.copyfile(spanish_tracker(tmp_path / "es.xlsx").path, other)
    with pytest.raises(ServiceError, match="name a sheet 'BMS8' that this workbook does not have"):
        preview_import(ws, other, assessment=uruguay, mapping=mapping)
