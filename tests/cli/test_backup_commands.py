"""``poa-desktop backups``: list, take, restore and copy from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from poa_desktop.cli import main


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_take_list_restore_and_copy(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(db_path)
    assert cli(capsys, "--db", db, "new-assessment", "--state", "Ghana", "--cycle", "BMS9")[0] == 0
    code, out, _ = cli(capsys, "--db", db, "backups")
    assert code == 0 and "No backups yet" in out
    assert (
        cli(capsys, "--db", db, "answer", "BMS8-21", "--status", "implemented", "--text", "Old")[0]
        == 0
    )
    code, out, _ = cli(capsys, "--db", db, "backups", "--take")
    assert code == 0 and "Backup taken:" in out
    taken = Path(out.split("Backup taken: ")[1].strip())
    assert taken.is_file()
    cli(capsys, "--db", db, "answer", "BMS8-21", "--status", "developing", "--text", "New")
    code, out, _ = cli(capsys, "--db", db, "backups")
    assert code == 0 and "Taken on request" in out and taken.name in out
    code, out, _ = cli(capsys, "--db", db, "backups", "--restore", str(taken))
    assert code == 0 and "the database as it was is kept in" in out
    code, out, _ = cli(capsys, "--db", db, "history", "BMS8-21")
    assert code == 0 and "Old" in out and "New" not in out
    copy = db_path.parent / "handover.sqlite"
    code, out, _ = cli(capsys, "--db", db, "backups", "--copy-to", str(copy))
    assert code == 0 and copy.is_file()
    code, out, err = cli(capsys, "--db", db, "backups", "--restore", str(db_path.parent / "nope"))
    assert code == 1 and "no such backup file" in err


def test_copy_records_where_it_went_and_the_listing_says_so(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 19: ``backups copy`` records the copy; the listing says when one last left."""
    from datetime import UTC, datetime, timedelta

    from poa_desktop.services.safety import off_computer

    db = str(db_path)
    cli(capsys, "--db", db, "new-assessment", "--state", "Ghana", "--cycle", "BMS9")
    cli(capsys, "--db", db, "answer", "BMS8-21", "--status", "implemented", "--text", "Law")
    code, out, _ = cli(capsys, "--db", db, "backups")
    assert code == 0 and "No copy has left this computer yet" in out
    folder = tmp_path / "same-disk"
    folder.mkdir()
    code, out, _ = cli(capsys, "backups", "copy", str(folder), "--db", db)
    assert code == 0 and "Copy saved:" in out
    saved = Path(out.split("Copy saved: ")[1].splitlines()[0])
    assert saved.parent == folder and saved.is_file()
    assert "on the same disk as the database: it will not survive a disk failure" in out
    assert [c.target for c in off_computer.copies(db_path)] == [saved]
    code, out, _ = cli(capsys, "--db", db, "backups")
    assert "No copy has left this computer yet" in out  # the same disk does not count

    monkeypatch.setattr(off_computer, "is_off_computer", lambda _target, _db: True)  # a USB key
    usb = tmp_path / "usb.sqlite"
    code, out, _ = cli(capsys, "--db", db, "backups", "--copy-to", str(usb))
    assert code == 0 and usb.is_file() and "same disk" not in out
    code, out, _ = cli(capsys, "--db", db, "backups")
    assert "Last copy that left this computer: " in out and f", to {usb}" in out
    assert "No copy of your answers has left" not in out

    long_ago = datetime.now(UTC) - timedelta(days=31)
    off_computer.record_file(db_path).unlink()
    off_computer.record_copy(db_path, usb, long_ago)
    code, out, _ = cli(capsys, "--db", db, "backups")
    assert code == 0
    assert (
        f"No copy of your answers has left this computer since {off_computer.long_date(long_ago)}"
        in out
    )
