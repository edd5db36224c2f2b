"""The window's new ways in (issue 19): F1, the search box's keys, dashboard rows, headings."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.dialogs.guide_dialog import GuideDialog
from poa_desktop.ui.window.navigation import ID_ROLE
from poa_desktop.ui.window.section_links import section_page
from poa_desktop.ui.window.window_links import first_paragraph
from tests.ui.windows import active_window


def test_f1_opens_the_user_guide(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = active_window(qtbot, demo_ws)
    assert window.ui.userGuideAction.shortcut().toString() == "F1"
    assert window.ui.sourceTextAction.shortcut().toString() == "Shift+F1"
    window.ui.userGuideAction.trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    window.ui.userGuideAction.trigger()
    assert len(window.findChildren(GuideDialog)) == 1  # the same guide, raised


def test_f1_opens_the_topic_of_where_the_keyboard_is(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = active_window(qtbot, demo_ws)
    window.go_to("BMS8-21")
    field = window.answer_form.ui.measuresTakenEdit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_F1)
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    assert guide.ui.contentsList.currentItem().text() == "Answering a measure"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() == window)
    window.ui.navigationTree.setFocus()
    qtbot.waitUntil(window.ui.navigationTree.hasFocus)
    window.ui.userGuideAction.trigger()
    assert guide.ui.contentsList.currentItem().text() == "Moving through the commitments"


def test_enter_in_the_search_goes_to_the_first_result_and_esc_clears(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = active_window(qtbot, demo_ws)
    window.go_to("BMS8-21")
    edit = window.ui.searchEdit
    edit.setFocus()
    qtbot.keyClicks(edit, "brokering")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    allowed = window.proxy.allowed
    assert allowed and window.current_id in allowed and window.current_id != "BMS8-21"
    assert window.ui.navigationTree.hasFocus()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "" and window.proxy.allowed is None


def test_a_dashboard_row_shows_its_measures(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = active_window(qtbot, demo_ws)
    window.ui.dashboardAction.setChecked(True)
    window.dashboard.row_chosen.emit("structure", "RC3")
    assert not window.ui.dashboardAction.isChecked()
    assert window.current_id is not None and window.current_id.startswith("RC3-")
    assert window.ui.documentFilter.currentData() == "RC3"
    window.dashboard.row_chosen.emit("structure", "BMS8:B")
    first_b = next(c.id for c in demo_ws.catalog.measures if c.section_key == "BMS8:B")
    assert window.current_id == first_b
    window.dashboard.row_chosen.emit("themes", "marking")
    assert window.ui.themeFilter.currentData() == "marking"
    assert "marking" in demo_ws.catalog.get(window.current_id or "").themes


def test_clicking_a_heading_shows_its_section_page(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = active_window(qtbot, demo_ws)
    window.go_to("BMS8-21")
    proxy = window.proxy
    heading = proxy.index(1, 0, QModelIndex())  # the second document's heading
    assert heading.isValid() and not heading.data(ID_ROLE)
    expected = first_paragraph(proxy, heading)
    assert expected is not None and expected != "BMS8-21"
    window.ui.navigationTree.clicked.emit(heading)
    page = section_page(window)  # issue 19: the heading's page, no longer its first paragraph
    assert window.ui.pages.currentWidget() is page
    assert page.node is not None and page.paragraph_ids()[0] == expected
