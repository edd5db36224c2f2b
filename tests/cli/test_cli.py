"""The command line, run as a user runs it: a real process, a real database file."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from poa_desktop.cli import main


def run(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m poa_desktop`` in a subprocess (proves no traceback reaches the user)."""
    command = [sys.executable, "-m", "poa_desktop"]
    if db is not None:
        command += ["--db", str(db)]
    env = {**os.environ, "POA_DESKTOP_DB": "/nonexistent/should-not-be-used.sqlite"}
    return subprocess.run([*command, *args], capture_output=True, text=True, env=env, check=False)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def started(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, out, _ = cli(
        capsys, "--db", str(db_path), "new-assessment", "--state", "Ghana", "--cycle", "BMS8 2022"
    )
    assert code == 0 and "Created the BMS8 2022 assessment for Ghana (GHA)" in out
    return db_path


def test_help_lists_the_commands(db_path: Path) -> None:
    result = run("--help", db=db_path)
    assert result.returncode == 0
    assert "new-assessment" in result.stdout and "--db PATH" in result.stdout
    assert "--as NAME" in result.stdout


def test_catalog_summary_and_one_commitment(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "catalog")
    assert code == 0 and "286 paragraphs, 221 measures" in out
    code, out, _ = cli(capsys, "catalog", "rc3-ii-21")
    assert code == 0 and "RevCon3 II.21" in out and "(a) Stockpile management" in out
    code, out, _ = cli(capsys, "catalog", "--json")
    data = json.loads(out)
    assert sum(len(d["commitments"]) for d in data["documents"]) == 286


def test_answer_progress_history_restore(started: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(started)
    code, out, _ = cli(
        capsys,
        "--db",
        db,
        "answer",
        "BMS8-29",
        "--status",
        "implemented",
        "--text",
        "End-user certificates verified since 2021.",
    )
    assert code == 0 and "BMS8 para. 29: Implemented (revision 1" in out
    code, out, _ = cli(capsys, "answer", "BMS8-29", "--db", db, "--status", "not-implemented")
    assert code == 0 and "Not implemented (revision 2" in out
    code, out, _ = cli(capsys, "--db", db, "progress", "--json")
    data = json.loads(out)
    assert data["overall"]["answered"] == 1 and data["overall"]["counts"]["not_implemented"] == 1
    code, out, _ = cli(capsys, "--db", db, "history", "BMS8-29")
    assert "2 revision(s)" in out and "Status: Implemented -> Not implemented" in out
    code, out, _ = cli(capsys, "--db", db, "restore", "BMS8-29", "1")
    assert code == 0 and "revision 1 restored as revision 3" in out
    code, out, _ = cli(capsys, "--db", db, "answer", "BMS8-29", "--status", "none")
    assert code == 0 and "Not yet assessed" in out
    code, out, _ = cli(capsys, "--db", db, "field", "sdg1642.seized", "12")
    assert code == 0 and "Arms seized: saved" in out
    code, out, _ = cli(capsys, "--db", db, "search", "end-user certificates verified")
    assert "BMS8 para. 29" in out and "1 commitment(s) found" in out


def test_carry_forward_from_the_command_line(
    started: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(started)
    cli(capsys, "--db", db, "answer", "RC3-III-4", "--status", "developing")
    code, out, _ = cli(
        capsys,
        "--db",
        db,
        "new-assessment",
        "--state",
        "Ghana",
        "--cycle",
        "RevCon4 2024",
        "--from",
        "BMS8 2022",
    )
    assert code == 0 and "carried forward from BMS8 2022" in out
    code, out, _ = cli(capsys, "--db", db, "history", "RC3-III-4")
    assert "RevCon4 2024: 1 revision(s)" in out and "(carried forward from BMS8 2022)" in out
    code, out, _ = cli(capsys, "--db", db, "progress", "--cycle", "BMS8 2022", "--json")
    assert json.loads(out)["cycle"] == "BMS8 2022"


def test_as_names_who_the_changes_are_recorded_as(
    started: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, "office-pc")
    db = str(started)
    code, _, err = cli(
        capsys, "--db", db, "--as", "Kofi Mensah", "answer", "BMS8-29", "--status", "implemented"
    )
    assert code == 0, err
    # after the command name too, the way --db is accepted
    code, _, err = cli(
        capsys, "answer", "BMS8-29", "--as", " Ama  Owusu ", "--db", db, "--status", "developing"
    )
    assert code == 0, err
    code, _, err = cli(capsys, "--db", db, "field", "sdg1642.seized", "12", "--as", "Kofi Mensah")
    assert code == 0, err
    # nobody named and no focal point in the profile: the login alone
    code, _, err = cli(capsys, "--db", db, "answer", "BMS8-29", "--status", "none")
    assert code == 0, err
    result = run("--as", "Kofi Mensah", "restore", "BMS8-29", "1", db=started)  # a real process
    assert result.returncode == 0, result.stderr

    with closing(sqlite3.connect(started)) as connection:
        answers = connection.execute(
            "SELECT r.author, r.login FROM revision r JOIN answer a ON a.id = r.answer_id "
            "WHERE a.commitment_id = 'BMS8-29' ORDER BY r.number"
        ).fetchall()
        fields = connection.execute(
            "SELECT author, login FROM report_field_revision ORDER BY id"
        ).fetchall()
    assert answers == [
        ("Kofi Mensah", "office-pc"),
        ("Ama Owusu", "office-pc"),
        ("office-pc", "office-pc"),
        ("Kofi Mensah", "office-pc"),
    ]
    assert fields == [("Kofi Mensah", "office-pc")]
    code, out, _ = cli(capsys, "--db", db, "history", "BMS8-29")
    assert "UTC  Kofi Mensah (office-pc)  (typed)" in out
    assert "UTC  Ama Owusu (office-pc)  (typed)" in out
    assert "UTC  office-pc  (typed)" in out  # the login is not repeated beside itself


def test_history_shows_seconds_and_what_changed_word_by_word(
    started: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(started)
    long = " ".join(f"w{i}" for i in range(40))
    texts = (
        "End-user certificates verified since 2021.\nChecks weekly.",
        "End-user licences verified since 2022.\nChecks daily.",
        long,
        long.replace("w20", "twenty"),
    )
    for text in texts:
        code, _, err = cli(
            capsys, "--db", db, "answer", "BMS8-29", "--status", "developing", "--text", text
        )
        assert code == 0, err
    with closing(sqlite3.connect(started)) as connection, connection:  # one editing session
        connection.execute(
            "UPDATE revision SET created_at = '2026-11-29 14:03:27.400000', "
            "saved_at = '2026-11-29 14:05:10.900000' WHERE number = 2"
        )
    code, out, _ = cli(capsys, "--db", db, "history", "BMS8-29")
    assert code == 0
    revisions = out.split("\n\n")[1:]
    assert len(revisions) == 4
    assert re.match(r"#1  \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC  ", revisions[0])
    assert revisions[0].splitlines()[1:] == [
        "   Status: Not yet assessed -> Developing",
        "   Measures taken: {+End-user certificates verified since 2021.",
        "     Checks weekly.+}",
    ]
    assert revisions[1].startswith("#2  2026-11-29 14:03:27-14:05:10 UTC  ")
    assert revisions[1].splitlines()[1:] == [
        "   Measures taken: End-user [-certificates-]{+licences+} verified since [-2021-]{+2022+}.",
        "     Checks [-weekly-]{+daily+}.",
    ]
    assert revisions[3].splitlines()[1] == (
        "   Measures taken: … w14 w15 w16 w17 w18 w19 [-w20-]{+twenty+} w21 w22 w23 w24 w25 w26 …"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["answer", "BMS8-120", "--status", "implemented"],
            "no commitment BMS8-120: BMS8 has paragraphs 1-97",
        ),
        (
            ["answer", "RC3-II-95", "--status", "implemented"],
            "no commitment RC3-II-95: RevCon3 II has paragraphs 1-94",
        ),
        (["answer", "RC3-I-4", "--status", "implemented"], "is a declaration paragraph"),
        (
            ["answer", "BMS8-29", "--status", "implemented", "--cycle", "BMS9"],
            "no assessment for cycle 'BMS9': this database has BMS8 2022",
        ),
        (["history", "PARA-9"], "no commitment PARA-9: ids look like"),
        (["restore", "BMS8-29", "4"], "BMS8 para. 29 has no revisions, not revision 4"),
        (["field", "sdg1642.seized", "twelve"], "Arms seized: enter a whole number"),
        (["field", "nosuch.field", "1"], "no report field 'nosuch.field'"),
        (["new-assessment", "--state", "Togo", "--cycle", "X"], "reports for Ghana, not Togo"),
        (
            ["new-assessment", "--state", "Ghana", "--cycle", "BMS8 2022"],
            "Ghana already has an assessment for BMS8 2022",
        ),
        (
            ["new-assessment", "--state", "Ghana", "--cycle", "X", "--from", "RevCon2"],
            "cannot carry forward from 'RevCon2'",
        ),
        (["demo"], "already holds Ghana's assessments"),
    ],
)
def test_errors_are_one_line_and_non_zero(started: Path, args: list[str], message: str) -> None:
    result = run(*args, db=started)
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("poa-desktop: error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_errors_before_any_assessment(db_path: Path) -> None:
    result = run("progress", db=db_path)
    assert result.returncode == 1
    assert "there is no assessment yet" in result.stderr and "Traceback" not in result.stderr


def test_usage_errors_exit_2_in_one_line(db_path: Path) -> None:
    result = run("answer", "BMS8-29", "--status", "maybe", db=db_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "invalid choice: 'maybe'" in result.stderr


def test_files_that_are_not_databases(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")
    result = run("progress", db=text)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "notes.sqlite" in result.stderr
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    result = run("progress", db=folder)
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_newer_database_is_refused(db_path: Path) -> None:
    import sqlite3

    assert run("new-assessment", "--state", "Chile", "--cycle", "X", db=db_path).returncode == 0
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    before = db_path.read_bytes()
    result = run("progress", db=db_path)
    assert result.returncode == 1 and "newer version of poa-desktop" in result.stderr
    assert db_path.read_bytes() == before


def test_default_database_comes_from_the_environment(tmp_path: Path) -> None:
    target = tmp_path / "data" / "default.sqlite"
    env = {**os.environ, "POA_DESKTOP_DB": str(target)}
    result = subprocess.run(
        [sys.executable, "-m", "poa_desktop", "new-assessment", "--state", "Peru", "--cycle", "X"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert target.exists()


def test_assign_and_agency_progress(demo_template: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    result = run("assign", "--agency", "Ministry of Justice", "--section", "RC3:III", db=db)
    assert result.returncode == 0, result.stderr
    assert "measure(s) assigned to Ministry of Justice" in result.stdout
    progress = run("agencies", db=db)
    justice = next(
        line for line in progress.stdout.splitlines() if line.startswith("Ministry of Justice")
    )
    assert "answered" in justice
    unknown = run("assign", "--agency", "Interpol", "--theme", "marking", db=db)
    assert unknown.returncode == 1 and "no agency 'Interpol'" in unknown.stderr
