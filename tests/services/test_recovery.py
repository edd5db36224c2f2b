"""The recovery file: kept answers survive, merge, come back as revisions, and go when asked."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.field_values import field_values
from poa_desktop.services.answering.history import answer_history, restore_revision
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.safety import recovery
from poa_desktop.services.safety.recovery import RecoveryEntry
from poa_desktop.services.safety.recovery_apply import export, restore
from poa_desktop.services.workspace import Workspace
from poa_desktop.store.errors import StorageError
from poa_desktop.store.failures import describe_storage_error, storage_kind

WHEN = datetime(2026, 3, 4, 10, 30, tzinfo=UTC)


def entry(
    info: AssessmentInfo,
    commitment_id: str = "BMS8-29",
    text: str = "Draft rules circulated.",
    *,
    base: int = 0,
    at: datetime = WHEN,
    fields: dict[str, recovery.FieldInput] | None = None,
) -> RecoveryEntry:
    return RecoveryEntry(
        assessment_id=info.id,
        state=info.state,
        cycle=info.cycle,
        commitment_id=commitment_id,
        commitment_label=commitment_id.replace("-", " para. "),
        base_version=base,
        content=AnswerContent(
            status="developing",
            measures_taken=text,
            laws=(Law("Firearms Act", "Firearms Act", 2010),),
        ),
        fields=fields or {},
        author="Amina",
        failed_at=at,
        error="The disk holding poa.sqlite is full",
        kind="full",
    )


def test_keep_merge_list_and_discard(
    ws: Workspace, assessment: AssessmentInfo, tmp_path: Path
) -> None:
    db = ws.db.path
    assert recovery.pending(db) == []
    first = recovery.keep(db, [entry(assessment, text="first")])
    recovery.keep(db, [entry(assessment, "BMS8-30", "other", at=WHEN + timedelta(seconds=1))])
    later = recovery.keep(db, [entry(assessment, text="second", at=WHEN + timedelta(seconds=5))])
    assert first == later
    kept = recovery.pending(db)
    assert [(e.commitment_id, e.content.measures_taken) for e in kept] == [
        ("BMS8-30", "other"),
        ("BMS8-29", "second"),  # the latest typing of a commitment wins
    ]
    assert kept[1].content.laws == (Law("Firearms Act", "Firearms Act", 2010),)
    assert kept[1].failed_at == WHEN + timedelta(seconds=5)
    # An older entry arriving late does not replace a newer one.
    recovery.keep(db, [entry(assessment, text="stale", at=WHEN)])
    assert recovery.pending(db)[1].content.measures_taken == "second"
    recovery.forget(db, [(assessment.id, "BMS8-30")])
    assert [e.commitment_id for e in recovery.pending(db)] == ["BMS8-29"]
    recovery.discard(db)
    assert recovery.pending(db) == [] and not later.exists()


def test_the_file_lives_outside_the_database_folder_and_says_which_database(
    ws: Workspace, assessment: AssessmentInfo, tmp_path: Path
) -> None:
    path = recovery.keep(ws.db.path, [entry(assessment)])
    assert path.parent == tmp_path / "config" / "recovery"  # $POA_DESKTOP_CONFIG
    assert path.parent != ws.db.path.parent  # a full or read-only database folder is no help
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == recovery.FORMAT
    assert data["database"] == str(ws.db.path.resolve())
    assert data["entries"][0]["content"] == entry(assessment).content.to_snapshot()
    other = tmp_path / "elsewhere" / ws.db.path.name
    assert recovery.locations(other)[0] != path  # one file per database, same file name
    assert recovery.pending(other) == []


def test_written_atomically(
    ws: Workspace, assessment: AssessmentInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = recovery.keep(ws.db.path, [entry(assessment, text="kept")])
    before = path.read_text(encoding="utf-8")

    def crash(*_args: object) -> None:
        raise KeyboardInterrupt  # the process dies between writing and renaming

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        recovery.keep(ws.db.path, [entry(assessment, text="never", at=WHEN + timedelta(1))])
    assert path.read_text(encoding="utf-8") == before  # the old file, whole
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp file left


def test_falls_back_to_the_temp_folder(
    ws: Workspace, assessment: AssessmentInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the settings folder should be")
    monkeypatch.setenv("POA_DESKTOP_CONFIG", str(blocked))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    path = recovery.keep(ws.db.path, [entry(assessment)])
    assert path.is_relative_to(tmp_path / "tmp")
    assert recovery.recovery_file(ws.db.path) == path
    assert len(recovery.pending(ws.db.path)) == 1


def test_restore_saves_revisions_and_keeps_the_newer_value_undoable(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    save_answer(ws, assessment.id, "BMS8-29", AnswerContent(status="implemented"), author="Amina")
    # The failed save was based on version 1; another save made version 2 since.
    save_answer(
        ws,
        assessment.id,
        "BMS8-29",
        AnswerContent(status="implemented", measures_taken="Saved elsewhere."),
        author="Kofi",
    )
    kept = [
        entry(assessment, text="Typed before the disk filled.", base=1),
        entry(assessment, "RC3-II-21", "Armouries audited.", fields={"sdg1642.seized": "120"}),
    ]
    recovery.keep(ws.db.path, kept)
    result = restore(ws)
    assert [e.commitment_id for e in result.applied] == ["BMS8-29", "RC3-II-21"]
    assert [e.commitment_id for e in result.changed_since] == ["BMS8-29"]
    assert result.failed == []
    assert recovery.pending(ws.db.path) == [] and recovery.recovery_file(ws.db.path) is None
    answer = get_answer(ws, assessment.id, "BMS8-29")
    assert answer.content.measures_taken == "Typed before the disk filled."
    assert answer.provenance_detail.startswith("recovered after a failed save on 2026-03-04")
    history = answer_history(ws, assessment.id, "BMS8-29")
    assert [r.number for r in history] == [1, 2, 3]
    assert "recovered" in history[-1].source and history[-1].author == "Amina"
    restore_revision(ws, assessment.id, "BMS8-29", 2)  # the superseded value comes back
    again = get_answer(ws, assessment.id, "BMS8-29").content
    assert again.measures_taken == "Saved elsewhere."
    assert field_values(ws, assessment.id)["sdg1642.seized"] == 120


def test_restore_refuses_another_assessment_and_keeps_the_entry(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    foreign = RecoveryEntry(
        assessment_id=assessment.id,
        state="Ghana",
        cycle="BMS10 2028",  # a database recreated since: same id, another cycle
        commitment_id="BMS8-29",
        commitment_label="BMS8 para. 29",
        base_version=0,
        content=AnswerContent(status="implemented"),
    )
    recovery.keep(ws.db.path, [foreign])
    result = restore(ws)
    assert result.applied == [] and "not in this database" in result.failed[0][1]
    assert len(recovery.pending(ws.db.path)) == 1
    assert get_answer(ws, assessment.id, "BMS8-29").version == 0


def test_export_as_text_and_json_keeps_the_recovery(
    ws: Workspace, assessment: AssessmentInfo, tmp_path: Path
) -> None:
    text = "Line one.\nLine two."
    recovery.keep(ws.db.path, [entry(assessment, text=text, fields={"sdg1642.seized": "120"})])
    readable = export(ws.db.path, tmp_path / "out" / "kept.txt", ws.catalog).read_text("utf-8")
    assert "Kenya, BMS8 2022: BMS8 para. 29 (BMS8-29)" in readable
    assert "Status: Developing" in readable and "    Line two." in readable
    assert "Firearms Act" in readable and "disk holding" in readable
    assert ": 120" in readable and "sdg1642.seized" not in readable  # the field's label
    as_json = json.loads(export(ws.db.path, tmp_path / "kept.json").read_text("utf-8"))
    assert as_json["entries"][0]["content"]["measures_taken"] == text
    assert len(recovery.pending(ws.db.path)) == 1
    assert os.listdir(tmp_path / "out") == ["kept.txt"]


def test_recover_on_the_command_line(
    ws: Workspace, assessment: AssessmentInfo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from poa_desktop.cli import main

    db = str(ws.db.path)
    recovery.keep(ws.db.path, [entry(assessment)])
    assert main(["--db", db, "recover"]) == 0
    listed = capsys.readouterr().out
    assert "1 answer(s) kept in" in listed and "BMS8-29\tKenya, BMS8 2022" in listed
    assert main(["recover", "--db", db, "--export", str(tmp_path / "kept.txt")]) == 0
    assert "Draft rules circulated." in (tmp_path / "kept.txt").read_text(encoding="utf-8")
    assert main(["--db", db, "recover", "--apply"]) == 0
    assert get_answer(ws, assessment.id, "BMS8-29").content.measures_taken == (
        "Draft rules circulated."
    )
    recovery.keep(ws.db.path, [entry(assessment, "BMS8-30")])
    assert main(["--db", db, "recover", "--discard"]) == 0
    assert recovery.pending(ws.db.path) == []
    assert main(["--db", db, "recover"]) == 0
    assert "Nothing kept" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("error", "kind", "words"),
    [
        (sqlite3.OperationalError("database or disk is full"), "full", "is full"),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            "read_only",
            "read-only",
        ),
        (sqlite3.OperationalError("unable to open database file"), "read_only", "read-only"),
        (sqlite3.DatabaseError("database disk image is malformed"), "damaged", "is damaged"),
        (sqlite3.DatabaseError("file is not a database"), "damaged", "backups"),
        (PermissionError(errno.EACCES, "Permission denied"), "read_only", "cannot be written"),
        (OSError(errno.ENOSPC, "No space left on device"), "full", "Free some space"),
        (FileNotFoundError(errno.ENOENT, "gone"), "gone", "deleted or moved"),
    ],
)
def test_storage_errors_in_plain_words(error: Exception, kind: str, words: str) -> None:
    path = Path("/data/poa.sqlite")
    assert storage_kind(error) == kind
    assert words in describe_storage_error(error, path)
    assert str(path) in describe_storage_error(error, path)


def test_a_bug_is_not_a_storage_error() -> None:
    assert storage_kind(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert storage_kind(ValueError("x")) is None


def test_a_replaced_file_is_told_as_gone(ws: Workspace, assessment: AssessmentInfo) -> None:
    replacement = ws.db.path.with_name("other.sqlite")
    replacement.write_bytes(ws.db.path.read_bytes())
    os.replace(replacement, ws.db.path)  # same name, another file: SQLite would not notice
    with pytest.raises(StorageError, match="deleted or moved") as raised:
        save_answer(ws, assessment.id, "BMS8-29", AnswerContent(status="implemented"))
    assert raised.value.kind == "gone"
