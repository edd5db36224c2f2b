"""The dashboard shows the service's progress figures, follows saves, and paints its chart."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPointF, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.progress import Progress
from poa_desktop.domain.status import NOT_ASSESSED
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.answering.progress import assessment_progress
from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.icons import COLOURS
from poa_desktop.ui.window.dashboard import DashboardPage
from poa_desktop.ui.window.progress_model import ProgressTableModel
from poa_desktop.ui.window.status_chart import StatusChart


@pytest.fixture
def demo_progress(demo_ws: Workspace, demo_assessment: AssessmentInfo) -> Progress:
    return assessment_progress(demo_ws, demo_assessment.id)


@pytest.fixture
def page(qtbot: QtBot) -> DashboardPage:
    widget = DashboardPage()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    return widget


def expected(progress: Progress) -> dict[str, dict[str, int]]:
    rows = (progress.overall, *progress.documents, *progress.sections)
    return {row.key: {**row.counts, "total": row.total} for row in rows}


def test_figures_equal_the_service_for_the_demo(
    page: DashboardPage, demo_progress: Progress
) -> None:
    page.set_progress(demo_progress, title="Exampleland, BMS9 2026")
    figures = page.figures()
    assert figures == expected(demo_progress)
    assert figures["all"]["total"] == 221
    assert {"BMS8", "RC3", "BMS8:A", "RC3:IV"} <= figures.keys()
    assert page.ui.headlineLabel.text() == "221 of 221 measures assessed (100%)"
    assert page.ui.titleLabel.text() == "Exampleland, BMS9 2026"


def test_figures_follow_saves_in_a_fresh_assessment(qtbot: QtBot, empty_ws: Workspace) -> None:
    info = create_assessment(empty_ws, state="Kenya", cycle="BMS8 2022", author="Amina")
    page = DashboardPage()
    qtbot.addWidget(page)
    page.set_progress(assessment_progress(empty_ws, info.id))
    assert page.figures()["all"][NOT_ASSESSED] == 221
    assert page.ui.headlineLabel.text() == "0 of 221 measures assessed (0%)"

    answers = {
        "BMS8-21": "implemented",
        "BMS8-29": "developing",
        "RC3-II-21": "not_implemented",
        "RC3-III-5": "not_applicable",
    }
    for commitment_id, status in answers.items():
        save_answer(empty_ws, info.id, commitment_id, AnswerContent(status=status))
    progress = assessment_progress(empty_ws, info.id)
    page.set_progress(progress)

    figures = page.figures()
    assert figures == expected(progress)
    assert figures["all"] == {
        "implemented": 1,
        "developing": 1,
        "not_implemented": 1,
        "not_applicable": 1,
        NOT_ASSESSED: 217,
        "total": 221,
    }
    assert figures["BMS8"]["developing"] == 1
    assert figures["RC3:III"]["not_applicable"] == 1
    assert page.ui.headlineLabel.text() == "4 of 221 measures assessed (2%)"
    assert page.ui.summaryLabel.text() == "217 still to assess."


def test_themes_view_shows_the_themes(page: DashboardPage, demo_progress: Progress) -> None:
    page.set_progress(demo_progress)
    page.set_view("themes")
    figures = page.figures()
    assert list(figures) == ["all", *(row.key for row in demo_progress.themes)]
    assert len(page.chart.rows()) == 1 + len(demo_progress.themes)
    page.set_view("structure")
    assert page.figures() == expected(demo_progress)


def _is_blank(image: QImage) -> bool:
    first = image.pixel(0, 0)
    step = max(1, image.width() // 200)
    return all(
        image.pixel(x, y) == first
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    )


def _has_colour(image: QImage, colour: str) -> bool:
    wanted = QColor(colour).rgb()
    return any(
        image.pixel(x, y) == wanted
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


@pytest.mark.parametrize("size", [(1000, 700), (420, 320)])
def test_chart_paints_at_several_sizes(
    page: DashboardPage, demo_progress: Progress, size: tuple[int, int]
) -> None:
    page.resize(*size)
    page.set_progress(demo_progress)
    page.show()
    image = page.chart.grab().toImage()
    assert not image.isNull()
    assert not _is_blank(image)
    assert _has_colour(image, COLOURS["implemented"])


def test_chart_alone_with_a_dark_palette(qtbot: QtBot, demo_progress: Progress) -> None:
    chart = StatusChart()
    qtbot.addWidget(chart)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#1e1f22"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#2b2d30"))
    chart.setPalette(palette)
    chart.setAutoFillBackground(True)
    chart.resize(400, 200)
    assert not _is_blank(chart.grab().toImage())  # nothing to show: says so
    chart.set_groups([[demo_progress.overall], list(demo_progress.documents)])
    chart.resize(chart.sizeHint())
    image = chart.grab().toImage()
    assert _has_colour(image, "#e6e6e6")  # labels in the palette's text colour
    assert _has_colour(image, COLOURS["not_implemented"])
    hint = chart.sizeHint()
    assert hint.width() > 300
    assert hint.height() >= 3 * chart.fontMetrics().height() * 1.9


def test_chart_tooltip_names_the_segment(qtbot: QtBot, demo_progress: Progress) -> None:
    chart = StatusChart()
    qtbot.addWidget(chart)
    chart.set_groups([[demo_progress.overall]])
    chart.resize(800, chart.sizeHint().height())
    _, label, bar, _, segments = chart._layout()[0]
    first = segments[0]
    text = chart.describe_at(first.rect.center())
    assert text == "All measures: 106 of 221 measures implemented (48%)"
    assert chart.describe_at(QPointF(2, label.center().y())).startswith("All measures (221)")
    assert chart.describe_at(QPointF(bar.left(), -5)) == ""


def test_table_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, demo_progress: Progress
) -> None:
    model = ProgressTableModel()
    qtmodeltester.check(model)
    model.set_rows([demo_progress.overall, *demo_progress.documents, *demo_progress.sections])
    qtmodeltester.check(model)
    assert model.rowCount() == 9
    assert model.columnCount() == 9
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert headers[1:] == [
        "Implemented",
        "Developing",
        "Not implemented",
        "Not applicable",
        "Not yet assessed",
        "Assessed",
        "Total",
        "%",
    ]
    assert model.data(model.index(0, 8)) == "100%"


def test_returning_no_data_keeps_none_alive(demo_progress: Progress) -> None:
    """PySide6 6.12 drops a reference to None per None returned from data(); see no_data()."""
    model = ProgressTableModel()
    model.set_rows([demo_progress.overall])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for _ in range(2000):
        proxy.data(proxy.index(0, 1), Qt.ItemDataRole.WhatsThisRole)
        proxy.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
    assert sys.getrefcount(None) >= before - 10
