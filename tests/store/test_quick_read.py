"""The quick read (plain sqlite3) reads only a database the full open would take as it is.

Anything else gives None (the caller then opens it the full way), and the file is left exactly
as it was; what the probe refuses is raised as the full open raises it.
"""

from __future__ import annotations

import functools
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from poa_desktop.store import (
    DatabaseUnavailableError,
    NotADatabaseError,
    open_database,
)
from poa_desktop.store import quick_read as quick
from poa_desktop.store.quick_read import Snapshot, read_current


def _everything(snapshot: Snapshot) -> tuple[list[quick.AssessmentRow], dict[str, str]]:
    rows = snapshot.assessments()
    return rows, snapshot.answer_statuses(rows[0].id)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


@pytest.fixture
def demo(demo_db: Path, tmp_path: Path) -> Path:
    """The demo alone in a folder of its own, so a test sees every file beside it."""
    folder = tmp_path / "alone"
    folder.mkdir()
    return Path(shutil.copy(demo_db, folder / "demo.sqlite"))


def test_a_current_database_is_read_and_left_as_it_was(demo: Path) -> None:
    before = _files(demo.parent)
    found = read_current(demo, _everything)
    assert found is not None
    rows, statuses = found
    assert [(r.state, r.cycle, r.status) for r in rows] == [("Exampleland", "BMS9 2026", "draft")]
    assert rows[0].documents == ("BMS8", "RC3")
    assert len(statuses) == 221 and set(statuses.values()) <= {
        "implemented",
        "developing",
        "not_implemented",
        "not_applicable",
    }
    assert _files(demo.parent) == before  # no byte changed, no -wal or -shm left behind


def test_the_same_rows_as_the_models(demo: Path) -> None:
    from sqlalchemy import select

    from poa_desktop.store import Answer

    found = read_current(demo, _everything)
    assert found is not None
    with open_database(demo) as db, db.session() as session:
        rows = session.execute(
            select(Answer.commitment_id, Answer.status).where(Answer.status.is_not(None))
        ).all()
    assert found[1] == dict(rows)


def test_no_file_no_read_and_nothing_created(tmp_path: Path) -> None:
    missing = tmp_path / "new" / "poa.sqlite"
    assert read_current(missing, _everything) is None
    assert not missing.parent.exists()


@pytest.mark.parametrize(
    "statements",
    [
        ["UPDATE alembic_version SET version_num = '0005'"],  # older: the full open upgrades
        ["UPDATE alembic_version SET version_num = '0099'"],  # newer: the full open refuses
        ["PRAGMA application_id = 0"],  # from before the id: the full open stamps it
        ["PRAGMA journal_mode = DELETE"],  # the full open turns WAL back on
        ["UPDATE assessment SET documents = 'not json'"],  # not what the models hold
        ['UPDATE assessment SET documents = \'[{"name": "BMS8"}]\''],
    ],
)
def test_anything_the_full_open_would_change_or_question_is_left_to_it(
    demo: Path, statements: list[str]
) -> None:
    _sql(demo, *statements)
    before = _files(demo.parent)
    assert read_current(demo, _everything) is None
    assert _files(demo.parent) == before


def test_a_database_without_assessments_is_read(head_db_path: Path) -> None:
    open_database(head_db_path).close()  # stamped and in WAL, as every opened database
    assert read_current(head_db_path, lambda snapshot: snapshot.assessments()) == []


def test_a_damaged_database_is_left_to_the_full_open(demo: Path) -> None:
    """A page of the revision history overwritten, as a failing disk does: nothing the read
    itself touches, so only the snapshot's own ``quick_check`` finds it."""
    with closing(sqlite3.connect(demo)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (page,) = connection.execute(
            "SELECT max(pageno) FROM dbstat WHERE name = 'revision'"
        ).fetchone()
        (size,) = connection.execute("PRAGMA page_size").fetchone()
    with demo.open("r+b") as stream:
        stream.seek((page - 1) * size)
        stream.write(b"\xa5" * size)
    assert read_current(demo, _everything) is None


def test_what_the_probe_refuses_is_raised_as_the_full_open_raises_it(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        read_current(text, _everything)
    with pytest.raises(NotADatabaseError):
        read_current(tmp_path, _everything)


def test_a_locked_database_is_refused_once(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program holds the file exclusively: the probe's error, after one wait only."""
    holder = sqlite3.connect(demo, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE assessment SET status = status")
        calls: list[str] = []
        connect = sqlite3.connect

        def quick_connect(*args: object, **kwargs: object) -> sqlite3.Connection:
            calls.append(str(args[0]))
            return functools.partial(connect, timeout=0.05)(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(sqlite3, "connect", quick_connect)
        with pytest.raises(DatabaseUnavailableError):
            read_current(demo, _everything)
        assert len(calls) == 1
    finally:
        holder.close()
