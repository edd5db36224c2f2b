"""The history dialog lists an answer's revisions newest first and restores an old one."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.diff import word_diff
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Revision
from poa_desktop.ui.common.local_time import local_day_text, local_time_text
from poa_desktop.ui.dialogs.history_dialog import HistoryDialog, local_span_text, words_html

MEASURE = "BMS8-29"


def open_dialog(qtbot: QtBot, ws: Workspace, assessment_id: int) -> HistoryDialog:
    dialog = HistoryDialog(ws, assessment_id, MEASURE)
    qtbot.addWidget(dialog)
    return dialog


def comparable(content: AnswerContent) -> AnswerContent:
    """Content with agencies sorted: the store returns them in profile order (see report)."""
    return content.with_changes(agencies=tuple(sorted(content.agencies)))


@pytest.fixture
def three_versions(demo_ws: Workspace, demo_assessment: AssessmentInfo) -> Workspace:
    """The demo answer (revision 1) and two more saves through the service."""
    current = get_answer(demo_ws, demo_assessment.id, MEASURE).content
    second = current.with_changes(status="developing", challenges="Paper registry")
    save_answer(demo_ws, demo_assessment.id, MEASURE, second, author="Amina Odhiambo")
    third = second.with_changes(status="not_implemented", challenges="")
    save_answer(demo_ws, demo_assessment.id, MEASURE, third, author="Lena Marov")
    return demo_ws


def test_lists_the_demo_answers_revision(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = open_dialog(qtbot, demo_ws, demo_assessment.id)
    revision = answer_history(demo_ws, demo_assessment.id, MEASURE)[0]
    assert dialog.windowTitle() == "History of BMS8 para. 29"
    assert revision.login  # the computer login, recorded beside the person
    when = local_span_text(revision.created_at, revision.saved_at)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", when)  # to the second
    assert dialog.revision_lines() == [f"#1  {when}  {revision.author} ({revision.login})  typed"]
    assert dialog.revision_lines()[0].endswith(f"Lena Marov ({revision.login})  typed")
    assert dialog.selected_number() == 1
    assert not dialog.ui.restoreButton.isEnabled()
    details = dialog.ui.details.toPlainText()
    assert "Status: Not yet assessed → Implemented" in details
    assert "The whole answer in this version" in details
    assert dialog.ui.stack.currentWidget() is dialog.ui.historyPage


def test_three_revisions_newest_first_with_their_changes(
    qtbot: QtBot, three_versions: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = open_dialog(qtbot, three_versions, demo_assessment.id)
    lines = dialog.revision_lines()
    assert [line.split()[0] for line in lines] == ["#3", "#2", "#1"]
    login = answer_history(three_versions, demo_assessment.id, MEASURE)[1].login
    assert f"Amina Odhiambo ({login})  typed" in lines[1]
    changes3 = dialog.change_lines(3)
    assert "Status: Developing → Not implemented" in changes3
    assert "Challenges: Paper registry → (empty)" in changes3
    changes2 = dialog.change_lines(2)
    assert "Status: Implemented → Developing" in changes2
    assert "Challenges: (empty) → Paper registry" in changes2
    history = answer_history(three_versions, demo_assessment.id, MEASURE)
    for revision in history:
        assert len(dialog.change_lines(revision.number)) == len(revision.changes)

    # The newest is selected and shown; picking another shows its changes.
    assert dialog.selected_number() == 3
    assert "Status: Developing → Not implemented" in dialog.ui.details.toPlainText()
    dialog.select_revision(2)
    details = dialog.ui.details.toPlainText()
    assert "Status: Implemented → Developing" in details
    assert "Version 2" in details


def test_restore_is_disabled_on_the_newest_revision(
    qtbot: QtBot, three_versions: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = open_dialog(qtbot, three_versions, demo_assessment.id)
    assert dialog.selected_number() == 3
    assert not dialog.ui.restoreButton.isEnabled()
    dialog.select_revision(2)
    assert dialog.ui.restoreButton.isEnabled()
    dialog.select_revision(3)
    assert not dialog.ui.restoreButton.isEnabled()


def test_restoring_revision_one(
    qtbot: QtBot,
    three_versions: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, three_versions, demo_assessment.id)
    asked: list[int] = []

    def confirm(number: int) -> bool:
        asked.append(number)
        return True

    monkeypatch.setattr(dialog, "confirm_restore", confirm)
    dialog.select_revision(1)
    with qtbot.waitSignal(dialog.restored, timeout=2000) as blocker:
        qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert asked == [1]
    assert blocker.args == [4]

    first = answer_history(three_versions, demo_assessment.id, MEASURE)[0]
    record = get_answer(three_versions, demo_assessment.id, MEASURE)
    assert record.version == 4
    assert comparable(record.content) == comparable(first.content)
    lines = dialog.revision_lines()
    assert len(lines) == 4
    assert lines[0].startswith("#4") and lines[0].endswith("restored revision 1")
    assert dialog.selected_number() == 4
    assert not dialog.ui.restoreButton.isEnabled()


def test_cancelled_restore_changes_nothing(
    qtbot: QtBot,
    three_versions: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, three_versions, demo_assessment.id)
    monkeypatch.setattr(dialog, "confirm_restore", lambda number: False)
    dialog.select_revision(1)
    with qtbot.assertNotEmitted(dialog.restored):
        qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert get_answer(three_versions, demo_assessment.id, MEASURE).version == 3
    assert len(dialog.revision_lines()) == 3


def test_empty_history_says_so(qtbot: QtBot, empty_ws: Workspace) -> None:
    info = create_assessment(empty_ws, state="Kenya", cycle="BMS8 2022", author="Amina")
    dialog = open_dialog(qtbot, empty_ws, info.id)
    assert dialog.ui.stack.currentWidget() is dialog.ui.emptyPage
    assert dialog.ui.emptyLabel.text().startswith("No saved answer yet")
    assert dialog.revision_lines() == []
    assert not dialog.ui.restoreButton.isEnabled()

    save_answer(empty_ws, info.id, MEASURE, AnswerContent(status="implemented"))
    dialog.reload()
    assert dialog.ui.stack.currentWidget() is dialog.ui.historyPage
    assert dialog.change_lines(1) == ["Status: Not yet assessed → Implemented"]


def test_keyboard_moves_through_revisions(
    qtbot: QtBot, three_versions: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = open_dialog(qtbot, three_versions, demo_assessment.id)
    dialog.show()
    qtbot.waitExposed(dialog)
    items = dialog.ui.revisionList
    items.setFocus()
    qtbot.keyClick(items, Qt.Key.Key_Down)
    assert dialog.selected_number() == 2
    assert dialog.ui.restoreButton.isEnabled()
    for widget in (items, dialog.ui.details, dialog.ui.restoreButton):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_times_are_local_and_naive_ones_taken_as_utc() -> None:
    aware = datetime(2026, 11, 22, 14, 2, tzinfo=UTC)
    assert local_time_text(aware) == local_time_text(aware.replace(tzinfo=None))
    assert "2026" in local_time_text(aware)


def test_who_is_the_person_with_the_login_beside(
    qtbot: QtBot, empty_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, "root")
    info = create_assessment(empty_ws, state="Kenya", cycle="X")
    save_answer(empty_ws, info.id, MEASURE, AnswerContent(status="developing"), author="root")
    save_answer(
        empty_ws, info.id, MEASURE, AnswerContent(status="implemented"), author="Amina Diallo"
    )
    dialog = open_dialog(qtbot, empty_ws, info.id)
    lines = dialog.revision_lines()
    assert lines[0].endswith("  Amina Diallo (root)  typed")
    assert lines[1].endswith("  root  typed")  # the login is not repeated beside itself
    assert "by Amina Diallo (root), typed" in dialog.ui.details.toPlainText()


@pytest.fixture
def india_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock at UTC+5:30 (a POSIX zone: no time zone database needed)."""
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone can be set only on POSIX systems")
    monkeypatch.setenv("TZ", "IST-5:30")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _set_times(ws: Workspace, times: dict[int, tuple[datetime, datetime | None]]) -> None:
    with ws.db.session() as session, session.begin():
        for revision in session.scalars(select(Revision)):
            revision.created_at, revision.saved_at = times[revision.number]


def test_times_are_local_to_the_second_and_span_the_editing_session(
    qtbot: QtBot, empty_ws: Workspace, india_time: None
) -> None:
    info = create_assessment(empty_ws, state="Kenya", cycle="X")
    for status in ("developing", "implemented", "not_implemented"):
        save_answer(empty_ws, info.id, MEASURE, AnswerContent(status=status), author="Amina")
    _set_times(
        empty_ws,
        {
            # one editing session of almost two minutes
            1: (
                datetime(2026, 11, 29, 14, 3, 27, 400000, UTC),
                datetime(2026, 11, 29, 14, 5, 10, 900000, UTC),
            ),
            # one save, written before revisions had a last-saved time: past midnight locally
            2: (datetime(2026, 11, 29, 20, 0, 0, 200000, UTC), None),
            # a session across local midnight
            3: (
                datetime(2026, 11, 29, 18, 29, 50, tzinfo=UTC),
                datetime(2026, 11, 29, 18, 30, 10, tzinfo=UTC),
            ),
        },
    )
    dialog = open_dialog(qtbot, empty_ws, info.id)
    lines = dialog.revision_lines()
    assert lines[0].startswith("#3  2026-11-29 23:59:50 – 2026-11-30 00:00:10  Amina")
    assert lines[1].startswith("#2  2026-11-30 01:30:00  Amina")
    assert lines[2].startswith("#1  2026-11-29 19:33:27–19:35:10  Amina")
    dialog.select_revision(1)
    assert "Saved 2026-11-29 19:33:27–19:35:10 by Amina" in dialog.ui.details.toPlainText()


def _marked(html_text: str, decoration: str) -> list[str]:
    """The texts Qt shows with ``decoration`` (underline, line-through) in the details."""
    spans = re.findall(r'<span style="([^"]*)">([^<]*)</span>', html_text)
    return [text for style, text in spans if f"text-decoration: {decoration}" in style]


def test_what_changed_is_marked_word_by_word_and_item_by_item(
    qtbot: QtBot, empty_ws: Workspace
) -> None:
    info = create_assessment(empty_ws, state="Kenya", cycle="X")
    first = AnswerContent(
        status="implemented",
        measures_taken="End-user certificates are verified since 2021.",
        laws=(Law("Firearms Act", year=2019), Law("Old Act")),
    )
    save_answer(empty_ws, info.id, MEASURE, first)
    second = first.with_changes(
        status="developing",
        measures_taken="End-user licences are verified since 2022 <b>&</b>.",
        laws=(Law("Firearms Act", year=2019), Law("New Act", year=2020)),
    )
    save_answer(empty_ws, info.id, MEASURE, second)
    dialog = open_dialog(qtbot, empty_ws, info.id)
    html_text = dialog.ui.details.toHtml()
    added = _marked(html_text, "underline")
    removed = _marked(html_text, "line-through")
    # the legend first, then each change: never colour alone, a line under or through
    assert added == [
        "underlined on green",
        "licences",
        "2022 &lt;b&gt;&amp;&lt;/b&gt;",
        "New Act, 2020",
    ]
    assert removed == ["struck through on red", "certificates", "2021", "Old Act"]
    assert "background-color:#d8f3dc" in html_text and "background-color:#fde2e1" in html_text
    text = dialog.ui.details.toPlainText()
    assert (
        "Measures taken: End-user certificates licences are verified since 2021 2022 <b>&</b>."
        in text
    )
    assert "Laws and regulations: Firearms Act, 2019; Old Act; New Act, 2020" in text
    assert "Status: Implemented → Developing" in text  # a single value stays "old → new"
    assert dialog.change_lines(2)[1] == (
        "Measures taken: End-user certificates are verified since 2021. → "
        "End-user licences are verified since 2022 <b>&</b>."
    )

    # The first version: everything it wrote is added; nothing is struck through.
    dialog.select_revision(1)
    html_text = dialog.ui.details.toHtml()
    assert "End-user certificates are verified since 2021." in _marked(html_text, "underline")
    assert _marked(html_text, "line-through") == ["struck through on red"]


def test_a_change_in_a_long_text_shows_its_neighbourhood() -> None:
    old = " ".join(f"word{i}" for i in range(50)) + "\nLast line."
    new = old.replace("word25", "<changed>").replace("\nLast", "\n\nLast")
    shown = words_html(word_diff(old, new), context=3)
    assert shown.startswith("… word22 word23 word24 ")
    assert "<s>word25</s>" in shown and "<u>&lt;changed&gt;</u>" in shown
    assert "word10" not in shown and "word40" not in shown  # far from the change: cut
    assert "word26 word27 word28 … word47 word48 word49" in shown  # context either side
    # the added line break: a marked pilcrow, then the two breaks the text now has
    assert shown.endswith(
        "word49" + '<span style="background-color:#d8f3dc; color:#0b4f1c;">'
        "<u>¶</u></span><br><br>Last line."
    )


def test_times_read_as_each_language_writes_a_day(qapp: object) -> None:
    """ "30 Nov 2026" in English; in Chinese the year comes first, with its marks."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QLocale

    moment = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert local_time_text(moment).startswith("30 Nov 2026")
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        assert local_time_text(moment).startswith("2026年11月30日")
        assert local_day_text(moment, month_in_full=True) == "2026年11月30日"  # copies' dates
    finally:
        QLocale.setDefault(before)
