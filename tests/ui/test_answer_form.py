"""The answer form: load and read back, edits signalled, live report-field checks, problems."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from poa_desktop.catalog import Catalog, default_catalog
from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.services.demo.content import DEMO_AGENCIES, DEMO_FIELD_VALUES
from poa_desktop.services.errors import Problem
from poa_desktop.ui.window.answer_form import AnswerForm

AGENCIES = [row["name"] for row in DEMO_AGENCIES]
FULL = AnswerContent(
    status="developing",
    measures_taken="Marking at import was introduced in 2023.\nRecords are kept for 30 years.",
    laws=(
        Law(
            "Loi n° 2016-14 relative au contrôle des exportations",
            "Act No. 2016-14 on export control",
            2016,
            "https://example.org/loi-2016-14",
        ),
        Law("Firearms and Ammunition Act", year=2012),
    ),
    agencies=("National Police", "Customs and Border Service", "National Statistics Office"),
    challenges="Two border posts lack scanners.",
    assistance_needed=True,
    assistance_kinds=("technical", "training"),
    assistance_description="Scanner training for customs officers.",
    assistance_offered="Study visits to our marking workshop.",
    national_target="All imported arms marked on entry.",
    target_date=date(2027, 12, 31),
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return default_catalog()


@pytest.fixture
def form(qtbot: QtBot, catalog: Catalog) -> AnswerForm:
    widget = AnswerForm(catalog)
    qtbot.addWidget(widget)
    widget.resize(900, 1400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def load(
    form: AnswerForm,
    commitment_id: str,
    content: AnswerContent = FULL,
    *,
    values: Mapping[str, int | bool | str | None] | None = None,
    read_only: bool = False,
) -> None:
    commitment = default_catalog().get(commitment_id)
    form.load(commitment, content, AGENCIES, values or {}, read_only=read_only)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click where a person would: on the check box or radio indicator, left of the text."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def field_edit(form: AnswerForm, field_id: str) -> QLineEdit:
    edit = form.findChild(QLineEdit, f"field_{field_id}")
    assert edit is not None
    return edit


def test_load_then_content_round_trips_every_field(form: AnswerForm) -> None:
    load(form, "BMS8-25")
    assert form.content() == FULL


def test_blank_answer_reads_back_blank(form: AnswerForm) -> None:
    load(form, "BMS8-25", FULL)
    load(form, "RC3-II-21", AnswerContent())
    assert form.content() == AnswerContent()
    assert form.ui.notAssessedRadio.isChecked()
    assert not form.ui.targetDateEdit.isEnabled()


def test_load_emits_no_edited(qtbot: QtBot, form: AnswerForm) -> None:
    with qtbot.assertNotEmitted(form.edited), qtbot.assertNotEmitted(form.fields_edited):
        load(form, "BMS8-25", values=DEMO_FIELD_VALUES)
        load(form, "RC3-II-2", AnswerContent(), values={})


def test_typing_measures_taken_emits_edited_per_keystroke(qtbot: QtBot, form: AnswerForm) -> None:
    load(form, "RC3-II-21", AnswerContent())
    with qtbot.waitSignals([form.edited] * 3):
        qtbot.keyClicks(form.ui.measuresTakenEdit, "New")
    assert form.content().measures_taken == "New"


def test_clicking_a_status_changes_the_status(qtbot: QtBot, form: AnswerForm) -> None:
    load(form, "BMS8-25")
    with qtbot.waitSignal(form.edited):
        click(qtbot, form.ui.implementedRadio)
    assert form.content().status == "implemented"
    click(qtbot, form.ui.notAssessedRadio)
    assert form.content().status is None


def test_adding_a_law_row_and_typing_fills_laws(qtbot: QtBot, form: AnswerForm) -> None:
    load(form, "RC3-II-21", AnswerContent())
    with qtbot.waitSignal(form.edited):
        qtbot.mouseClick(form.ui.addLawButton, Qt.MouseButton.LeftButton)
    assert form.content().laws == ()  # an empty row is not a law
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    with qtbot.waitSignal(form.edited):
        qtbot.keyClicks(editor, "Arms Act")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert form.content().laws == (Law("Arms Act"),)


def test_law_year_is_parsed_and_a_non_numeric_year_is_dropped(form: AnswerForm) -> None:
    load(form, "RC3-II-21", AnswerContent(laws=(Law("Arms Act", year=2001),)))
    table = form.ui.lawsTable
    table.item(0, 2).setText("20x")
    assert form.content().laws == (Law("Arms Act"),)


def test_removing_a_law_row(qtbot: QtBot, form: AnswerForm) -> None:
    load(form, "BMS8-25")
    form.ui.lawsTable.selectRow(0)
    with qtbot.waitSignal(form.edited):
        qtbot.mouseClick(form.ui.removeLawButton, Qt.MouseButton.LeftButton)
    assert form.content().laws == FULL.laws[1:]


def test_unticking_assistance_disables_the_kinds_but_keeps_them(
    qtbot: QtBot, form: AnswerForm
) -> None:
    load(form, "BMS8-25")
    technical = form.findChild(type(form.ui.assistanceNeededCheck), "assistanceKind_technical")
    assert technical is not None and technical.isEnabled()
    with qtbot.waitSignal(form.edited):
        click(qtbot, form.ui.assistanceNeededCheck)
    assert not technical.isEnabled() and technical.isChecked()
    assert not form.ui.assistanceDescriptionEdit.isEnabled()
    assert form.ui.assistanceDescriptionEdit.toPlainText() == FULL.assistance_description
    content = form.content()
    assert not content.assistance_needed
    assert content.assistance_kinds == () and content.assistance_description == ""
    click(qtbot, form.ui.assistanceNeededCheck)
    assert form.content() == FULL  # ticking again brings them back


def test_checking_an_agency_emits_edited_and_keeps_profile_order(
    qtbot: QtBot, form: AnswerForm
) -> None:
    load(form, "BMS8-25")
    first = form.ui.agenciesList.item(0)
    with qtbot.waitSignal(form.edited):
        first.setCheckState(Qt.CheckState.Checked)
    assert form.content().agencies == ("Ministry of Foreign Affairs", *FULL.agencies)


def test_no_profile_agencies_shows_the_hint(form: AnswerForm, catalog: Catalog) -> None:
    form.load(catalog.get("BMS8-25"), AnswerContent(), [], {})
    assert form.ui.agenciesHint.isVisible()
    assert not form.ui.agenciesList.isVisible()
    load(form, "BMS8-25")
    assert not form.ui.agenciesHint.isVisible()


def test_an_agency_missing_from_the_profile_is_kept_and_marked(form: AnswerForm) -> None:
    load(form, "BMS8-25", AnswerContent(agencies=("Old Arms Bureau",)))
    last = form.ui.agenciesList.item(form.ui.agenciesList.count() - 1)
    assert "not in the State profile" in last.text()
    assert form.content().agencies == ("Old Arms Bureau",)


def test_target_date_only_when_set(qtbot: QtBot, form: AnswerForm) -> None:
    load(form, "BMS8-25")
    with qtbot.waitSignal(form.edited):
        click(qtbot, form.ui.targetDateCheck)
    assert form.content().target_date is None
    assert not form.ui.targetDateEdit.isEnabled()


def test_integer_report_field_is_checked_as_typed(qtbot: QtBot, form: AnswerForm) -> None:
    load(form, "BMS8-25", values={})
    edit = field_edit(form, "sdg1642.seized")
    problem = form.problem_label("sdg1642.seized")
    with qtbot.waitSignal(form.fields_edited), qtbot.waitSignal(form.edited):
        qtbot.keyClicks(edit, "abc")
    assert problem.isVisible()
    assert "Arms seized" in problem.text() and problem.text().startswith("⚠")
    assert form.field_inputs()["sdg1642.seized"] == "abc"
    edit.clear()
    qtbot.keyClicks(edit, "12")
    assert not problem.isVisible()
    assert form.field_inputs()["sdg1642.seized"] == "12"


def test_field_inputs_give_typed_text_and_yes_no(qtbot: QtBot, form: AnswerForm) -> None:
    load(form, "RC3-II-2", values=DEMO_FIELD_VALUES)
    assert form.field_inputs() == {
        "ncb.exists": True,
        "ncb.name": "National Commission on Small Arms and Light Weapons",
        "ncb.address": "12 Independence Avenue, Example City",
        "ncb.contact": "secretariat@salw-commission.gov.example, +999 20 555 0110",
        "ncb.members_women": "7",
        "ncb.members_men": "12",
    }
    combo = form.findChild(QComboBox, "field_ncb.exists")
    assert combo is not None
    with qtbot.waitSignal(form.fields_edited):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert form.field_inputs()["ncb.exists"] is False
    combo.setCurrentIndex(0)
    assert form.field_inputs()["ncb.exists"] is None


def test_unit_and_help_are_shown(form: AnswerForm) -> None:
    load(form, "BMS8-25", values={})
    edit = field_edit(form, "sdg1642.seized")
    help_text = default_catalog().field("sdg1642.seized").help
    assert edit.toolTip() == help_text
    texts = [label.text() for label in edit.parentWidget().findChildren(type(form.ui.lawsLabel))]
    assert "weapons" in texts and help_text in texts


def test_show_problems_near_the_control_and_clear(form: AnswerForm) -> None:
    load(form, "BMS8-25", values=DEMO_FIELD_VALUES)
    form.show_problems(
        [
            Problem("measures_taken", "Measures taken: 20001 characters; the limit is 20000"),
            Problem("sdg1642.traced", "Traced (2500) cannot exceed the total (2000)"),
            Problem("elsewhere", "Something the form has no control for"),
        ]
    )
    label = form.problem_label("measures_taken")
    edit = form.ui.measuresTakenEdit
    assert label.isVisible() and "the limit is 20000" in label.text()
    assert label.parentWidget() is edit.parentWidget()
    gap = label.geometry().top() - edit.geometry().bottom()
    assert 0 <= gap < label.fontMetrics().height() * 2
    assert "limit is 20000" in edit.accessibleDescription()
    field_problem = form.problem_label("sdg1642.traced")
    assert field_problem.isVisible() and "cannot exceed" in field_problem.text()
    assert "no control for" in form.ui.generalProblem.text()
    form.clear_problems()
    assert not label.isVisible() and not field_problem.isVisible()
    assert not form.ui.generalProblem.isVisible()


def test_load_clears_earlier_problems(form: AnswerForm) -> None:
    load(form, "BMS8-25")
    form.show_problems([Problem("laws", "Laws and regulations, row 1: the title is empty")])
    load(form, "RC3-II-2")
    assert not form.problem_label("laws").isVisible()


def test_commitment_without_field_groups_shows_no_report_fields(form: AnswerForm) -> None:
    load(form, "BMS8-25", values=DEMO_FIELD_VALUES)
    assert form.ui.reportFieldsSection.isVisible()
    load(form, "RC3-II-21", values=DEMO_FIELD_VALUES)
    assert not form.ui.reportFieldsSection.isVisible()
    assert form.field_inputs() == {}


def test_read_only_allows_no_change(form: AnswerForm) -> None:
    load(form, "BMS8-25", values=DEMO_FIELD_VALUES, read_only=True)
    assert form.ui.measuresTakenEdit.isReadOnly()
    assert not form.ui.developingRadio.isEnabled()
    assert not form.ui.addLawButton.isEnabled()
    assert field_edit(form, "sdg1642.seized").isReadOnly()
    form.set_read_only(False)
    assert not form.ui.measuresTakenEdit.isReadOnly()
    assert form.ui.developingRadio.isEnabled()


def test_tab_moves_top_to_bottom_through_built_controls(qtbot: QtBot, form: AnswerForm) -> None:
    load(form, "BMS8-25", values={})

    def tab_from(widget: QWidget, times: int) -> list[str]:
        widget.setFocus()
        names = []
        for _ in range(times):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            while focused.objectName().startswith("qt_"):  # a compound widget's own part
                focused = focused.parentWidget()
            names.append(focused.objectName())
        return names

    kinds = [f"assistanceKind_{k.id}" for k in default_catalog().assistance_kinds]
    assert tab_from(form.ui.assistanceNeededCheck, 6) == [*kinds, "assistanceDescriptionEdit"]
    # Tab steps through the date's year, month and day before leaving it (Qt's date editing).
    after_target = tab_from(form.ui.targetDateCheck, 4)
    assert after_target[0] == "targetDateEdit"
    # The first report field of BMS8-25's group: the year the 16.4.2 figures cover.
    assert next(n for n in after_target if n != "targetDateEdit") == "field_sdg1642.year"


def test_every_input_has_an_accessible_name(form: AnswerForm) -> None:
    load(form, "BMS8-25", values={})
    inputs = [
        w
        for kind in (QAbstractButton, QAbstractItemView, QPlainTextEdit, QLineEdit, QComboBox)
        for w in form.findChildren(kind)
        if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    buttons = {form.ui.addLawButton, form.ui.removeLawButton}
    unnamed = [
        w.objectName()
        for w in inputs
        if not w.accessibleName() and w not in buttons and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []


def test_each_status_says_the_template_s_answer(form: AnswerForm) -> None:
    """Issue 16: UNODA's template asks Yes / No / Developing / Not applicable."""
    assert form.ui.implementedRadio.toolTip() == "In UNODA's reporting template: Yes"
    assert form.ui.notImplementedRadio.toolTip() == "In UNODA's reporting template: No"
    assert form.ui.developingRadio.toolTip().endswith(": Developing")
    assert form.ui.notApplicableRadio.toolTip().endswith(": Not applicable")


def test_a_law_s_area_and_description_are_edited_and_kept(qtbot: QtBot) -> None:
    """Issue 16: UNODA's template asks laws by area, with what each provides."""
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    from poa_desktop.domain.content import Law
    from poa_desktop.ui.window.laws_table import AREA, DESCRIPTION, LawsTable

    table = LawsTable()
    qtbot.addWidget(table)
    table.set_laws([Law("Arms Act", year=2019, area="export", description="Licences")])
    assert table.item(0, AREA).text() == "Export"
    assert table.laws() == (Law("Arms Act", year=2019, area="export", description="Licences"),)
    edited: list[bool] = []
    table.edited.connect(lambda: edited.append(True))
    index = table.model().index(0, AREA)
    delegate = table.itemDelegateForColumn(AREA)
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "export"
    editor.setCurrentIndex(editor.findData("marking"))
    delegate.setModelData(editor, table.model(), index)
    table.item(0, DESCRIPTION).setText("Marking at import")
    assert table.laws() == (
        Law("Arms Act", year=2019, area="marking", description="Marking at import"),
    )
    assert edited
