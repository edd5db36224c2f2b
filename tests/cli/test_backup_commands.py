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
