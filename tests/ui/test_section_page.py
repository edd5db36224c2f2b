"""Issue 19, navigation: whole labels, headings that show their section, codes explained, and
Previous / Next that say why they stop. Driven on a real database, as a focal point would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QTextDocumentFragment
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from poa_desktop.catalog import default_catalog
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.outline import catalog_outline, section_nodes
from poa_desktop.domain.progress import compute_progress
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.answering.progress import assessment_progress
from poa_desktop.services.answering.walk import walk_order
from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.elide import ELLIPSIS, elide_middle
from poa_desktop.ui.window.main_window import MainWindow
from poa_desktop.ui.window.navigation import NavigationModel, one_line
from poa_desktop.ui.window.progress_model import COLUMNS
from poa_desktop.ui.window.section_links import section_page
from poa_desktop.ui.window.section_page import describe
from tests.ui.windows import active_window


def plain(rich: str) -> str:
    return QTextDocumentFragment.fromHtml(rich).toPlainText()


@pytest.fixture
def fresh(empty_ws: Workspace) -> AssessmentInfo:
    info = create_assessment(empty_ws, state="Ghana", cycle="BMS10 2028", author="Ama")
    for commitment_id, status in (
        ("BMS8-21", "implemented"),
        ("BMS8-22", "developing"),
        ("BMS8-23", "developing"),
        ("BMS8-45", "not_implemented"),
        ("BMS8-59", "not_applicable"),
        ("RC3-II-1", "implemented"),
    ):
        save_answer(empty_ws, info.id, commitment_id, AnswerContent(status=status))
    return info


def heading_index(window: MainWindow, key: str) -> QModelIndex:
    index = window.proxy.mapFromSource(window.model.index_of_heading(key))
    assert index.isValid()
    return index


def section_key(window: MainWindow, code: str) -> str:
    return next(n.key for n in window.model.nodes.values() if n.is_section and n.code == code)


def test_tree_labels_are_whole_and_the_tooltip_holds_the_text(qapp: QApplication) -> None:
    catalog = default_catalog()
    model = NavigationModel(catalog)
    for commitment_id in ("BMS8-21", "RC3-II-49", "RC3-I-1"):
        commitment = catalog.get(commitment_id)
        index = model.index_of(commitment_id)
        text = one_line(commitment.text)
        assert len(text) > 100  # the old labels stopped at about 48 characters
        assert index.data() == f"{commitment.label}  {text}"
        assert text in plain(index.data(Qt.ItemDataRole.ToolTipRole))
    heading = model.index_of("BMS8-21").parent().parent()  # A. Consideration of…
    title = catalog.get("BMS8-21").headings[1].display
    assert heading.data().startswith(title) and heading.data().endswith("(0/39)")
    assert len(title) > 150 and title in plain(heading.data(Qt.ItemDataRole.ToolTipRole))


def test_labels_are_elided_in_the_middle_between_words(qapp: QApplication) -> None:
    metrics = QFontMetrics(qapp.font())
    heading = "A. Consideration of the implementation of the Programme of Action  (12/39)"
    shown = elide_middle(metrics, heading, 200)
    assert ELLIPSIS in shown and shown.endswith("(12/39)") and shown.startswith("A. Consid")
    assert metrics.horizontalAdvance(shown) <= 200
    paragraph = one_line(default_catalog().get("BMS8-21").text)
    width = metrics.averageCharWidth() * 60  # room enough for the last words too
    shown = elide_middle(metrics, paragraph, width)
    head, tail = shown.split(ELLIPSIS)
    assert paragraph.startswith(head) and paragraph.endswith(tail) and tail.startswith(" ")
    assert metrics.horizontalAdvance(shown) <= width
    narrow = elide_middle(metrics, paragraph, metrics.averageCharWidth() * 20)
    assert narrow.endswith(ELLIPSIS) and paragraph.startswith(narrow[:-1])  # the start only
    wide = metrics.horizontalAdvance("At the national level  (20/20)") + 10
    assert elide_middle(metrics, "At the national level  (20/20)", wide) == (
        "At the national level  (20/20)"
    )


def test_the_tree_elides_in_the_middle(qtbot: QtBot, empty_ws: Workspace, fresh: object) -> None:
    window = active_window(qtbot, empty_ws)
    tree = window.ui.navigationTree
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_a_heading_clicked_shows_its_section_with_the_services_counts(
    qtbot: QtBot, empty_ws: Workspace, fresh: AssessmentInfo
) -> None:
    window = active_window(qtbot, empty_ws)
    key = section_key(window, "BMS8 A")
    tree = window.ui.navigationTree
    index = heading_index(window, key)
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )
    page = section_page(window)
    assert window.ui.pages.currentWidget() is page
    expected = next(
        r for r in assessment_progress(empty_ws, fresh.id).sections if r.key == "BMS8:A"
    )
    assert page.figures() == {**expected.counts, "answered": 5, "total": 39}
    assert expected.answered == 5 and expected.total == 39
    assert "5 of 39 measures assessed" in page.headline_label.text()
    assert page.code_label.text().startswith("<b>BMS8 A</b>")
    assert "Section A of the BMS8 outcome" in page.code_label.text()
    assert page.paragraph_ids() == list(window.model.nodes[key].paragraphs)
    assert "BMS8-21" in page.paragraph_ids() and "BMS8-45" in page.paragraph_ids()

    # A paragraph clicked on the page opens it, on the commitment page.
    item = page.item_of("BMS8-45")
    assert item is not None
    page.list.scrollToItem(item)
    qtbot.mouseClick(
        page.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.list.visualItemRect(item).center(),
    )
    assert window.current_id == "BMS8-45"
    assert window.ui.pages.currentWidget() is window.ui.commitmentPage


def test_enter_on_a_heading_then_enter_opens_its_first_measure(
    qtbot: QtBot, empty_ws: Workspace, fresh: AssessmentInfo
) -> None:
    window = active_window(qtbot, empty_ws)
    window.go_to("RC3-II-1")
    tree = window.ui.navigationTree
    key = section_key(window, "RevCon3 III")
    tree.setCurrentIndex(heading_index(window, key))  # arrow keys: the page follows
    page = section_page(window)
    assert window.ui.pages.currentWidget() is page and page.node is window.model.nodes[key]
    assert window.current_id == "RC3-II-1"  # nothing opened yet
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert page.list.hasFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert window.current_id == window.model.nodes[key].measures[0]
    assert window.ui.pages.currentWidget() is window.ui.commitmentPage


def test_the_page_counts_follow_a_save(
    qtbot: QtBot, empty_ws: Workspace, fresh: AssessmentInfo
) -> None:
    window = active_window(qtbot, empty_ws)
    key = section_key(window, "BMS8 B")
    window.ui.navigationTree.clicked.emit(heading_index(window, key))
    page = section_page(window)
    assert page.figures()["answered"] == 0
    window.model.set_status(window.model.nodes[key].measures[0], "implemented")
    assert page.figures()["answered"] == 1 and page.figures()["implemented"] == 1


def test_next_at_the_end_of_a_filtered_list_says_so(
    qtbot: QtBot, empty_ws: Workspace, fresh: AssessmentInfo
) -> None:
    window = active_window(qtbot, empty_ws)
    window.filters.show_only(document="BMS8")
    shown = walk_order(empty_ws.catalog, window.proxy.allowed)
    window.go_to(shown[-1])
    window.go_next()
    assert window.current_id == shown[-1]
    assert window.ui.statusBar.currentMessage() == (
        f"This is the last measure the filter shows ({len(shown)} of {len(shown)}). "
        "Clear the filter to go on."
    )
    assert not window.progress_label.isVisible()  # out of the message's way while it shows
    window.go_to(shown[0])
    window.go_previous()
    assert window.current_id == shown[0]
    assert window.ui.statusBar.currentMessage().startswith(
        f"This is the first measure the filter shows (1 of {len(shown)})."
    )
    window.filters.clear()
    last = walk_order(empty_ws.catalog)[-1]
    window.go_to(last)
    window.go_next()
    assert window.ui.statusBar.currentMessage() == "This is the last measure (221 of 221)."


def test_next_from_a_section_page_starts_at_the_section(
    qtbot: QtBot, empty_ws: Workspace, fresh: AssessmentInfo
) -> None:
    window = active_window(qtbot, empty_ws)
    key = section_key(window, "BMS8 C")
    window.ui.navigationTree.clicked.emit(heading_index(window, key))
    window.go_next()
    assert window.current_id == window.model.nodes[key].measures[0]


def test_next_unanswered_when_none_is_left_says_so(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = active_window(qtbot, demo_ws)
    window.go_next_unanswered()
    assert window.ui.statusBar.currentMessage() == "Every measure has a status."


def test_a_section_code_is_described_from_the_catalog(qapp: QApplication) -> None:
    catalog = default_catalog()
    sections = section_nodes(catalog_outline(catalog))
    text = describe(sections["BMS8:A"])
    assert text.startswith("Section A of the BMS8 outcome (Eighth Biennial Meeting of States")
    assert "Consideration of the implementation of the Programme of Action" in text
    assert "39 measures" in text and "At the national level: 20" in text
    revcon = describe(sections["RC3:II"])
    assert revcon.startswith("Section II of the RevCon3 outcome (Third Review Conference")
    assert "Implementation plan for the Programme of Action" in revcon
    # Every progress row's code names the section whose heading the description reads.
    progress = compute_progress(catalog, {})
    for row in progress.sections:
        assert sections[row.key].code == row.label
        assert len(sections[row.key].measures) == row.total


def test_the_codes_are_explained_where_they_appear(
    qtbot: QtBot, empty_ws: Workspace, fresh: AssessmentInfo
) -> None:
    window = active_window(qtbot, empty_ws)
    status_tip = plain(window.progress_label.toolTip())
    assert "BMS8 A: Section A of the BMS8 outcome" in status_tip
    assert "RevCon3 II: Section II of the RevCon3 outcome" in status_tip
    window.ui.dashboardAction.setChecked(True)
    model = window.dashboard.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).key == "BMS8:B")
    tip = plain(model.index(row, COLUMNS.index("label")).data(Qt.ItemDataRole.ToolTipRole))
    assert "Section B of the BMS8 outcome" in tip and "of 13 measures assessed" in tip
    window.go_to("RC3-III-4")
    crumb = plain(window.commitment_view.ui.headingPath.toolTip())
    assert "RevCon3 III: Section III of the RevCon3 outcome" in crumb
