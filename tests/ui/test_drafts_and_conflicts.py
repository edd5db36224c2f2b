"""In the window: a typo keeps its draft, leaving and closing say so once, a conflict is chosen.

Issue 12 as a focal point meets it: one mistyped year never costs the narrative beside it, the
window says plainly what waits for a correction, and an answer changed elsewhere while typing is
shown beside the typing instead of replacing it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.drafts import get_draft, list_drafts
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from poa_desktop.ui.window.laws_table import YEAR
from poa_desktop.ui.window.main_window import MainWindow

MEASURE = "BMS8-29"


def open_window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_law_with_year(window: MainWindow, title: str, year: str) -> None:
    table = window.answer_form.ui.lawsTable
    table.add_row()
    row = table.rowCount() - 1
    table.item(row, 0).setText(title)
    table.item(row, YEAR).setText(year)


def test_a_mistyped_year_keeps_the_sentence_and_comes_back_marked(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    window = open_window(qtbot, demo_ws)
    told: list[str] = []
    window.unsaved.tell = told.append
    window.go_to(MEASURE)
    form = window.answer_form
    type_law_with_year(window, "Arms Marking Act", "15")
    form.ui.measuresTakenEdit.setPlainText("A sentence typed beside the law.")
    window.go_next()  # moving on saves, and says what waits
    saved = get_answer(demo_ws, demo_assessment.id, MEASURE).content
    assert saved.measures_taken == "A sentence typed beside the law."
    assert all(law.title_original != "Arms Marking Act" for law in saved.laws)
    assert len(told) == 1 and "Laws and regulations" in told[0] and "BMS8 para. 29" in told[0]

    window.go_to(MEASURE)  # back: the row with 15 is on screen, marked
    laws = form.content().laws
    assert any(law.title_original == "Arms Marking Act" and law.year == 15 for law in laws)
    assert "plausible year" in form.problem_label("laws").text()
    window.go_next()
    assert len(told) == 1  # told once, not at every visit

    window.close()
    again = open_window(qtbot, demo_ws)
    again.go_to(MEASURE)
    assert any(law.year == 15 for law in again.answer_form.content().laws)


def test_a_number_in_words_stays_on_screen_and_in_the_draft(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    window = open_window(qtbot, demo_ws)
    window.unsaved.tell = lambda _text: None
    commitment = next(
        c.id for c in demo_ws.catalog.measures if demo_ws.catalog.field_groups_for(c.id)
    )
    field_id = demo_ws.catalog.field_groups_for(commitment)[0].fields[0].id
    window.go_to(commitment)
    panel = window.answer_form.ui.reportFieldsPanel
    editor = next(
        e for e in panel.editors() if panel.field_ids()[panel.editors().index(e)] == field_id
    )
    editor.setText("about 1200")  # type: ignore[attr-defined]
    window.go_next()
    draft = get_draft(demo_ws, demo_assessment.id, commitment)
    assert draft is not None and draft.fields[field_id] == "about 1200"
    window.go_to(commitment)
    assert window.answer_form.field_inputs()[field_id] == "about 1200"


def test_closing_with_drafts_asks_and_staying_shows_the_first(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    window = open_window(qtbot, demo_ws)
    window.unsaved.tell = lambda _text: None
    asked: list[str] = []
    window.unsaved.ask_close = lambda text: asked.append(text) is not None  # stay
    window.go_to(MEASURE)
    type_law_with_year(window, "Arms Marking Act", "15")
    window.go_next()
    assert not window.close()
    assert len(asked) == 1 and "BMS8 para. 29" in asked[0] and "Laws and regulations" in asked[0]
    assert window.isVisible() and window.current_id == MEASURE
    assert [d.commitment_id for d in list_drafts(demo_ws, demo_assessment.id)] == [MEASURE]


def _conflict(
    qtbot: QtBot, demo_ws: Workspace, assessment: AssessmentInfo, press: str
) -> tuple[MainWindow, list[QWidget]]:
    window = open_window(qtbot, demo_ws)
    shown: list[QWidget] = []

    def answer(dialog: QWidget) -> int:
        shown.append(dialog)
        assert isinstance(dialog, ConflictDialog)
        getattr(dialog.ui, press).click()
        return int(dialog.result())

    window.exec_dialog = answer  # type: ignore[method-assign]
    window.go_to(MEASURE)
    window.answer_form.ui.measuresTakenEdit.setPlainText("Typed here, in the window.")
    with open_workspace(demo_ws.db.path) as other:  # the command line, meanwhile
        save_answer(
            other,
            assessment.id,
            MEASURE,
            AnswerContent(Status.IMPLEMENTED, "Saved by the agency return."),
            author="Juma",
        )
    window.autosave.flush()
    return window, shown


def test_a_conflict_combined_keeps_both_texts(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    _window, shown = _conflict(qtbot, demo_ws, demo_assessment, "combineButton")
    assert len(shown) == 1
    saved = get_answer(demo_ws, demo_assessment.id, MEASURE).content
    assert "Typed here, in the window." in saved.measures_taken
    assert "Saved by the agency return." in saved.measures_taken
    assert get_draft(demo_ws, demo_assessment.id, MEASURE) is None


def test_a_conflict_keep_mine_saves_the_typing(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    _conflict(qtbot, demo_ws, demo_assessment, "keepMineButton")
    saved = get_answer(demo_ws, demo_assessment.id, MEASURE).content
    assert saved.measures_taken == "Typed here, in the window."


def test_a_conflict_take_theirs_shows_the_saved_version(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    window, _shown = _conflict(qtbot, demo_ws, demo_assessment, "takeTheirsButton")
    assert window.answer_form.content().measures_taken == "Saved by the agency return."
    assert get_draft(demo_ws, demo_assessment.id, MEASURE) is None


def test_a_conflict_decided_later_keeps_the_typing_as_a_draft(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    window, _shown = _conflict(qtbot, demo_ws, demo_assessment, "laterButton")
    draft = get_draft(demo_ws, demo_assessment.id, MEASURE)
    assert draft is not None and draft.content.measures_taken == "Typed here, in the window."
    window.go_to("BMS8-30")
    window.go_to(MEASURE)  # the typing comes back over the saved version
    assert window.answer_form.content().measures_taken == "Typed here, in the window."
