"""Issue 13, finding 7: damage inside the file is noticed, and never spreads into the backups."""

from __future__ import annotations

import shutil
from contextlib import suppress
from pathlib import Path

import pytest

from poa_desktop.services.safety.backups import (
    ensure_daily_backup,
    latest_readable_backup,
    list_backups,
    take_backup,
)
from poa_desktop.store import DatabaseDamagedError, open_database
from poa_desktop.store.probe import integrity_problems

PAGE = 4096


def _damage(path: Path, pages: tuple[int, ...] = (3, 5, 7)) -> None:
    """Overwrite whole pages in the middle of the file, as a failing disk or a bad copy does."""
    with path.open("r+b") as stream:
        for page in pages:
            stream.seek(page * PAGE)
            stream.write(b"\xa5" * PAGE)


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data" / "poa.sqlite"
    target.parent.mkdir()
    shutil.copyfile(demo_template, target)
    return target


def test_a_sound_database_passes_the_check(demo_copy: Path) -> None:
    assert integrity_problems(demo_copy) == []


def test_a_damaged_database_is_refused_at_open_and_left_as_it_was(demo_copy: Path) -> None:
    _damage(demo_copy)
    before = demo_copy.read_bytes()
    with pytest.raises(DatabaseDamagedError, match="is damaged"):
        open_database(demo_copy)
    assert demo_copy.read_bytes() == before


def test_no_backup_is_taken_from_a_damaged_database(demo_copy: Path) -> None:
    good = take_backup(demo_copy)
    _damage(demo_copy)
    with suppress(DatabaseDamagedError):  # unreadable enough that nothing is tried, or refused
        assert ensure_daily_backup(demo_copy) is None
    with pytest.raises(DatabaseDamagedError):
        take_backup(demo_copy)
    assert [b.path for b in list_backups(demo_copy)] == [good]
    offered = latest_readable_backup(demo_copy)
    assert offered is not None and offered.path == good


def test_a_damaged_backup_is_never_offered(demo_copy: Path) -> None:
    older = take_backup(demo_copy, "daily")
    newer = take_backup(demo_copy)
    _damage(newer)
    offered = latest_readable_backup(demo_copy)
    assert offered is not None and offered.path == older


def test_the_newest_copy_that_passed_the_check_is_never_pruned(demo_copy: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from poa_desktop.services.safety.backups import CHECKED, checked_copies, prune

    start = datetime(2026, 11, 1, 9, tzinfo=UTC)
    copies = [ensure_daily_backup(demo_copy, start + timedelta(days=day)) for day in range(3)]
    assert all(copies) and checked_copies(demo_copy) == {p.name for p in copies if p}
    good = copies[0]
    assert good is not None
    # The two later copies are not (or no longer) known to be good: only the first is.
    (demo_copy.parent / "backups" / CHECKED).write_text(good.name + "\n", encoding="utf-8")
    removed = prune(demo_copy, {"daily": 1})
    assert good.exists() and good not in removed
    assert copies[1] in removed and copies[2] is not None and copies[2].exists()
