"""Evidence files against a real database: attach, refuse, list, read, export, remove, verify."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.status import Status
from poa_desktop.domain.text import format_size
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.evidence import (
    BACKUP_REASON,
    MAX_EVIDENCE_BYTES,
    DamagedEvidenceError,
    add_evidence,
    evidence_info,
    export_evidence,
    list_evidence,
    read_evidence,
    remove_evidence,
    safe_filename,
    save_evidence_as,
)
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.answering.progress import statuses
from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.assessments.clearance import clear, reopen, submit
from poa_desktop.services.errors import NotFoundError, ServiceError
from poa_desktop.services.safety.backups import list_backups
from poa_desktop.services.workspace import Workspace

ACT = b"%PDF-1.7 The Firearms Act, 2019 (consolidated)"
DECREE = b"%PDF-1.7 Decree 114 on marking"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "Firearms Act 2019.pdf").write_bytes(ACT)
    (folder / "decree-114.pdf").write_bytes(DECREE)
    (folder / "notes.txt").write_text("Meeting notes, 3 March", encoding="utf-8")
    return folder


def test_attaching_creates_a_blank_answer_that_does_not_count_as_answered(
    ws: Workspace, assessment: AssessmentInfo, files: Path
) -> None:
    attached = add_evidence(
        ws,
        assessment.id,
        "bms8-29",
        [files / "Firearms Act 2019.pdf", str(files / "notes.txt")],
        author="  Amina   Yusuf ",
    )
    assert attached.created_answer and attached.answer_version == 1
    act, notes = attached.added
    assert (act.commitment_id, act.filename, act.media_type) == (
        "BMS8-29",
        "Firearms Act 2019.pdf",
        "application/pdf",
    )
    assert act.size == len(ACT) and len(act.sha256) == 64 and act.added_by == "Amina Yusuf"
    assert notes.media_type == "text/plain"
    record = get_answer(ws, assessment.id, "BMS8-29")
    assert record.content == AnswerContent() and record.version == 1
    assert "BMS8-29" not in statuses(ws, assessment.id)  # still not yet assessed
    assert answer_history(ws, assessment.id, "BMS8-29") == []  # attaching is not answering
    assert list_evidence(ws, assessment.id, "BMS8-29") == [act, notes]
    assert read_evidence(ws, assessment.id, act.id) == ACT


def test_typing_after_attaching_saves_on_the_version_the_attachment_left(
    ws: Workspace, assessment: AssessmentInfo, files: Path
) -> None:
    attached = add_evidence(ws, assessment.id, "BMS8-29", [files / "decree-114.pdf"])
    saved = save_answer(
        ws,
        assessment.id,
        "BMS8-29",
        AnswerContent(status=Status.IMPLEMENTED),
        expected_version=attached.answer_version,
    )
    assert saved.version == 2
    assert [e.filename for e in list_evidence(ws, assessment.id, "BMS8-29")] == ["decree-114.pdf"]


def test_attaching_to_an_answer_changes_neither_its_content_nor_its_version(
    ws: Workspace, assessment: AssessmentInfo, files: Path
) -> None:
    content = AnswerContent(status=Status.DEVELOPING, measures_taken="A bill is before Parliament.")
    save_answer(ws, assessment.id, "BMS8-29", content, author="Amina")
    before = get_answer(ws, assessment.id, "BMS8-29")
    attached = add_evidence(ws, assessment.id, "BMS8-29", [files / "decree-114.pdf"])
    after = get_answer(ws, assessment.id, "BMS8-29")
    assert not attached.created_answer and attached.answer_version == before.version
    assert (after.content, after.version, after.updated_at) == (
        before.content,
        before.version,
        before.updated_at,
    )
    assert len(answer_history(ws, assessment.id, "BMS8-29")) == 1
    assert statuses(ws, assessment.id) == {"BMS8-29": "developing"}


def test_the_same_file_twice_is_refused_by_name(
    ws: Workspace, assessment: AssessmentInfo, files: Path
) -> None:
    add_evidence(ws, assessment.id, "BMS8-29", [files / "Firearms Act 2019.pdf"])
    copy = files / "act-copy.pdf"
    copy.write_bytes(ACT)
    with pytest.raises(ServiceError) as again:
        add_evidence(ws, assessment.id, "BMS8-29", [files / "Firearms Act 2019.pdf"])
    assert str(again.value) == "Firearms Act 2019.pdf is already attached to BMS8 para. 29"
    with pytest.raises(ServiceError) as renamed:
        add_evidence(ws, assessment.id, "BMS8-29", [files / "decree-114.pdf", copy])
    assert str(renamed.value) == (
        "act-copy.pdf is already attached to BMS8 para. 29 (as Firearms Act 2019.pdf): "
        "none of the 2 files was attached"
    )
    with pytest.raises(ServiceError, match=r"decree-114\.pdf and decree-114\.pdf are the same"):
        add_evidence(ws, assessment.id, "BMS8-30", [files / "decree-114.pdf"] * 2)
    assert [e.filename for e in list_evidence(ws, assessment.id)] == ["Firearms Act 2019.pdf"]
    # Another measure may hold the same document.
    add_evidence(ws, assessment.id, "BMS8-30", [copy])
    assert len(list_evidence(ws, assessment.id)) == 2


def test_a_file_over_the_limit_is_refused_saying_its_size_and_the_limit(
    ws: Workspace, assessment: AssessmentInfo, tmp_path: Path
) -> None:
    big = tmp_path / "scan of the whole gazette.pdf"
    with big.open("wb") as stream:
        stream.truncate(30 * 1024 * 1024)  # sparse: no 30 MB written
    with pytest.raises(ServiceError) as refused:
        add_evidence(ws, assessment.id, "BMS8-29", [big])
    assert str(refused.value) == (
        "scan of the whole gazette.pdf is 30 MB; an evidence file may be at most 25 MB"
    )
    just_over = tmp_path / "just-over.pdf"
    with just_over.open("wb") as stream:
        stream.truncate(MAX_EVIDENCE_BYTES + 1)
    with pytest.raises(ServiceError, match=r"is 26,214,401 bytes; .* at most 25 MB"):
        add_evidence(ws, assessment.id, "BMS8-29", [just_over])
    at_limit = tmp_path / "at-limit.bin"
    with at_limit.open("wb") as stream:
        stream.truncate(MAX_EVIDENCE_BYTES)
    (info,) = add_evidence(ws, assessment.id, "BMS8-29", [at_limit]).added
    assert info.size == MAX_EVIDENCE_BYTES and info.media_type == "application/octet-stream"


def test_empty_names_folders_missing_empty_and_unreadable_files_are_refused(
    ws: Workspace, assessment: AssessmentInfo, files: Path, tmp_path: Path
) -> None:
    (tmp_path / "empty.pdf").touch()
    cases = {
        "": "an empty file name was given: name each file to attach",
        "   ": "an empty file name was given: name each file to attach",
        str(files): "documents is a folder: choose the files in it instead",
        str(tmp_path / "gone.pdf"): f"gone.pdf cannot be attached: there is no file {tmp_path}",
        str(tmp_path / "empty.pdf"): "empty.pdf is empty (0 bytes): there is nothing to attach",
    }
    for raw, message in cases.items():
        with pytest.raises(ServiceError) as refused:
            add_evidence(ws, assessment.id, "BMS8-29", [raw])
        assert str(refused.value).startswith(message)
    with pytest.raises(ServiceError, match="no file was given"):
        add_evidence(ws, assessment.id, "BMS8-29", [])
    with pytest.raises(ServiceError, match="declaration paragraph"):
        add_evidence(ws, assessment.id, "RC3-I-15", [files / "notes.txt"])
    assert list_evidence(ws, assessment.id) == []
    assert get_answer(ws, assessment.id, "BMS8-29").version == 0  # no answer row left behind


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_file_that_cannot_be_read_is_named_with_the_reason(
    ws: Workspace, assessment: AssessmentInfo, files: Path, tmp_path: Path
) -> None:
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)  # unreadable whoever runs the test, root included
    with pytest.raises(ServiceError) as refused:
        add_evidence(ws, assessment.id, "BMS8-29", [files / "notes.txt", loop])
    message = str(refused.value)
    assert message.startswith("loop.pdf cannot be read (")
    assert message.endswith("): none of the 2 files was attached")
    assert list_evidence(ws, assessment.id) == []


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="permissions do not bind root"
)
def test_a_file_without_read_permission_is_refused(
    ws: Workspace, assessment: AssessmentInfo, files: Path
) -> None:
    secret = files / "secret.pdf"
    secret.write_bytes(b"%PDF")
    secret.chmod(0)
    with pytest.raises(ServiceError, match=r"secret.pdf cannot be read \(Permission denied\)"):
        add_evidence(ws, assessment.id, "BMS8-29", [secret])


@pytest.fixture
def statements(ws: Workspace) -> Iterator[list[str]]:
    """Every SQL statement the database runs while the test goes on."""
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(ws.db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(ws.db.engine, "before_cursor_execute", record)


def test_listing_never_reads_the_bytes(
    ws: Workspace, assessment: AssessmentInfo, files: Path, statements: list[str]
) -> None:
    add_evidence(ws, assessment.id, "BMS8-30", [files / "decree-114.pdf"])
    add_evidence(ws, assessment.id, "BMS8-29", [files / "Firearms Act 2019.pdf"])
    add_evidence(ws, assessment.id, "RC3-II-21", [files / "notes.txt"])
    statements.clear()
    every = list_evidence(ws, assessment.id)
    one = list_evidence(ws, assessment.id, "BMS8-29")
    info = evidence_info(ws, assessment.id, one[0].id)
    assert [e.commitment_id for e in every] == ["BMS8-29", "BMS8-30", "RC3-II-21"]  # catalog order
    assert one == [info] and info.filename == "Firearms Act 2019.pdf"
    assert statements and not [s for s in statements if "content" in s]
    read_evidence(ws, assessment.id, info.id)
    assert any("evidence_file.content" in s for s in statements)


def test_export_never_replaces_a_file_and_names_the_next_one_like_a_file_manager(
    ws: Workspace, assessment: AssessmentInfo, files: Path, tmp_path: Path
) -> None:
    add_evidence(ws, assessment.id, "BMS8-29", [files / "Firearms Act 2019.pdf"])
    add_evidence(ws, assessment.id, "RC3-II-21", [files / "notes.txt"])
    out = tmp_path / "out"
    out.mkdir()
    (out / "Firearms Act 2019.pdf").write_bytes(b"somebody else's file")
    first = export_evidence(ws, assessment.id, out, "BMS8-29")
    second = export_evidence(ws, assessment.id, out, "BMS8-29")
    assert [p.name for p in first.written + second.written] == [
        "Firearms Act 2019 (2).pdf",
        "Firearms Act 2019 (3).pdf",
    ]
    assert (out / "Firearms Act 2019.pdf").read_bytes() == b"somebody else's file"
    assert (out / "Firearms Act 2019 (3).pdf").read_bytes() == ACT
    whole = export_evidence(ws, assessment.id, tmp_path / "new" / "folder")
    assert [p.relative_to(tmp_path / "new" / "folder").as_posix() for p in whole.written] == [
        "BMS8-29/Firearms Act 2019.pdf",
        "RC3-II-21/notes.txt",
    ]
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".part")]  # nothing left over
    with pytest.raises(ServiceError, match="is a file, not a folder"):
        export_evidence(ws, assessment.id, out / "Firearms Act 2019.pdf")


def test_a_stored_name_never_writes_outside_the_folder(
    ws: Workspace, assessment: AssessmentInfo, files: Path, tmp_path: Path
) -> None:
    (info,) = add_evidence(ws, assessment.id, "BMS8-29", [files / "notes.txt"]).added
    with closing(sqlite3.connect(ws.db.path)) as raw, raw:
        raw.execute(
            "UPDATE evidence_file SET filename = ? WHERE id = ?", ("../../CON:evil?.txt", info.id)
        )
    exported = export_evidence(ws, assessment.id, tmp_path / "out", "BMS8-29")
    assert [p.name for p in exported.written] == ["CON_evil_.txt"]
    assert exported.written[0].parent == tmp_path / "out"
    assert safe_filename("CON.txt") == "_CON.txt" and safe_filename("..") == "evidence"


def test_removing_takes_a_backup_first_that_still_holds_the_file(
    ws: Workspace, assessment: AssessmentInfo, files: Path
) -> None:
    act, decree = add_evidence(
        ws, assessment.id, "BMS8-29", [files / "Firearms Act 2019.pdf", files / "decree-114.pdf"]
    ).added
    removed = remove_evidence(ws, assessment.id, act.id)
    assert removed.info == act and removed.backup.is_file()
    assert [b.reason for b in list_backups(ws.db.path)] == [BACKUP_REASON]
    assert list_backups(ws.db.path)[0].reason_label == "Before removing an evidence file"
    assert list_evidence(ws, assessment.id) == [decree]
    with closing(sqlite3.connect(removed.backup)) as kept:
        row = kept.execute(
            "SELECT filename, sha256, content FROM evidence_file WHERE id = ?", (act.id,)
        ).fetchone()
    assert row == ("Firearms Act 2019.pdf", act.sha256, ACT)
    with pytest.raises(NotFoundError, match=f"there is no evidence file {act.id} in the BMS8 2022"):
        remove_evidence(ws, assessment.id, act.id)


def test_a_submitted_or_cleared_assessment_refuses_changes_but_its_files_can_be_read(
    ws: Workspace, assessment: AssessmentInfo, files: Path, tmp_path: Path
) -> None:
    (act,) = add_evidence(ws, assessment.id, "BMS8-29", [files / "Firearms Act 2019.pdf"]).added
    submit(ws, assessment.id, "Reporting Officer")
    clear(ws, assessment.id, "The Minister", accept_open_items=True)
    frozen = (
        "the BMS8 2022 assessment is cleared: its evidence files cannot change; reopen it as a "
        "draft (with a reason) to change them"
    )
    with pytest.raises(ServiceError) as adding:
        add_evidence(ws, assessment.id, "BMS8-30", [files / "notes.txt"])
    assert str(adding.value) == frozen
    with pytest.raises(ServiceError) as removing:
        remove_evidence(ws, assessment.id, act.id)
    assert str(removing.value) == frozen
    assert list_backups(ws.db.path) == []  # refused before any backup
    assert read_evidence(ws, assessment.id, act.id) == ACT
    saved = save_evidence_as(ws, assessment.id, act.id, tmp_path / "copy.pdf")
    assert saved.read_bytes() == ACT
    assert get_answer(ws, assessment.id, "BMS8-30").version == 0
    reopen(ws, assessment.id, "The Minister", "A decree was missing")
    add_evidence(ws, assessment.id, "BMS8-30", [files / "notes.txt"])


def test_bytes_changed_in_the_database_are_reported_not_handed_on(
    ws: Workspace, assessment: AssessmentInfo, files: Path, tmp_path: Path
) -> None:
    act, decree = add_evidence(
        ws, assessment.id, "BMS8-29", [files / "Firearms Act 2019.pdf", files / "decree-114.pdf"]
    ).added
    with closing(sqlite3.connect(ws.db.path)) as raw, raw:
        raw.execute(
            "UPDATE evidence_file SET content = ? WHERE id = ?",
            (ACT.replace(b"2019", b"2018"), act.id),
        )
    with pytest.raises(DamagedEvidenceError) as damaged:
        read_evidence(ws, assessment.id, act.id)
    message = str(damaged.value)
    assert message.startswith(
        f"Firearms Act 2019.pdf (evidence file {act.id}, BMS8 para. 29) is damaged: its bytes no "
        f"longer match the SHA-256 recorded when it was attached (recorded {act.sha256[:12]}…"
    )
    with pytest.raises(DamagedEvidenceError):
        save_evidence_as(ws, assessment.id, act.id, tmp_path / "copy.pdf")
    assert not (tmp_path / "copy.pdf").exists()
    exported = export_evidence(ws, assessment.id, tmp_path / "out")
    assert [p.name for p in exported.written] == ["decree-114.pdf"]
    assert exported.damaged == (message,)
    assert read_evidence(ws, assessment.id, decree.id) == DECREE


def test_an_evidence_id_of_another_cycle_says_which(
    ws: Workspace, assessment: AssessmentInfo, files: Path
) -> None:
    (notes,) = add_evidence(ws, assessment.id, "BMS8-29", [files / "notes.txt"]).added
    later = create_assessment(ws, state="Kenya", cycle="RevCon4 2024", author="Amina")
    with pytest.raises(NotFoundError) as elsewhere:
        read_evidence(ws, later.id, notes.id)
    assert str(elsewhere.value) == (
        f"there is no evidence file {notes.id} in the RevCon4 2024 assessment (it belongs to "
        "BMS8 2022: choose that cycle)"
    )


def test_sizes_read_as_people_write_them() -> None:
    assert [format_size(n) for n in (0, 1, 1023, 1024, 1536, 25 * 1024 * 1024, 3 * 1024**4)] == [
        "0 bytes",
        "1 byte",
        "1023 bytes",
        "1 KB",
        "1.5 KB",
        "25 MB",
        "3072 GB",
    ]
