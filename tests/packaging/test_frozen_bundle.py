"""The frozen program works: build the PyInstaller bundle from packaging/poa-desktop.spec once per
session, then run it the way a user would, cut off from the source tree.

Slow (the build takes about 40 s on two cores) but part of every CI run: packaging breaks silently
(a lazily imported module, a data file, Alembic's scripts), and only a frozen run shows it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from poa_desktop import __version__

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "packaging" / "poa-desktop.spec"
MIGRATIONS = REPO / "poa_desktop" / "store" / "migrations"
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120


@dataclass(frozen=True)
class Bundle:
    root: Path  # dist/poa-desktop
    program: Path  # the console executable
    internal: Path  # _internal: sys._MEIPASS of the frozen program
    build_seconds: float


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    pytest.importorskip(
        "PyInstaller", reason="PyInstaller is not installed (pip install -e '.[dev]')"
    )
    base = tmp_path_factory.mktemp("pyinstaller")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "POA_RESOURCES")}
    env["PYINSTALLER_CONFIG_DIR"] = str(base / "cache")  # not the user's ~/.cache/pyinstaller
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(base / "dist"),
        "--workpath",
        str(base / "build"),
        str(SPEC),
    ]
    start = time.monotonic()
    result = subprocess.run(
        command,
        cwd=base,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    seconds = time.monotonic() - start
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stderr[-6000:]}"
    root = base / "dist" / "poa-desktop"
    program = root / ("poa-desktop-cli.exe" if sys.platform == "win32" else "poa-desktop")
    assert program.is_file(), sorted(p.name for p in root.iterdir())
    print(f"\nPyInstaller bundle built in {seconds:.0f} s: {root}")
    return Bundle(root, program, root / "_internal", seconds)


@pytest.fixture
def user(tmp_path: Path) -> Path:
    """A private home for one run: no real settings, database or logs are touched."""
    home = tmp_path / "home"
    home.mkdir()
    return home


def frozen_env(home: Path) -> dict[str, str]:
    """The environment of a user's session, minus anything that leads back to the source tree."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "POA_RESOURCES", "POA_DESKTOP_LANG", "VIRTUAL_ENV")
        and not k.startswith("PYTEST")
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        USERPROFILE=str(home),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        POA_DESKTOP_DB=str(home / "default.sqlite"),
        POA_DESKTOP_CONFIG=str(home / "config"),
    )
    return env


def run(
    bundle: Bundle, home: Path, *args: str, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [*prefix, str(bundle.program), *args],
        cwd=home,
        env=frozen_env(home),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stderr}"
    return result


def test_version(bundle: Bundle, user: Path) -> None:
    assert run(bundle, user, "--version").stdout.strip() == f"poa-desktop {__version__}"


def test_fresh_database_demo_and_exports(bundle: Bundle, user: Path) -> None:
    """A new database runs every Alembic migration from the bundled .py scripts; the demo fills it
    and both exports (reportlab with embedded fonts, openpyxl) work frozen."""
    from pypdf import PdfReader

    from poa_desktop.store.probe import SCHEMA_HEAD

    db = user / "x.sqlite"
    out = run(bundle, user, "--db", str(db), "demo").stdout
    assert "Exampleland" in out
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SCHEMA_HEAD,)
        ]
        assert connection.execute("SELECT count(*) FROM assessment").fetchone()[0] >= 1
        assert connection.execute("SELECT count(*) FROM answer").fetchone()[0] >= 200

    pdf, xlsx = user / "r.pdf", user / "r.xlsx"
    run(bundle, user, "--db", str(db), "export", "--pdf", str(pdf), "--xlsx", str(xlsx))
    reader = PdfReader(pdf)
    assert len(reader.pages) > 50
    text = "".join(page.extract_text() or "" for page in reader.pages[:3])
    assert "Exampleland" in text
    fonts = embedded_fonts(reader)
    assert fonts and all(fonts.values()), f"fonts not embedded: {fonts}"
    assert any("NotoSans" in name for name in fonts)

    from openpyxl import load_workbook

    workbook = load_workbook(xlsx, read_only=True)
    assert len(workbook.sheetnames) >= 2
    workbook.close()

    # An Arabic report: HarfBuzz (uharfbuzz) and python-bidi are in the bundle and used.
    arabic = user / "ar.pdf"
    run(bundle, user, "--db", str(db), "export", "--pdf", str(arabic), "--language", "ar")
    raw = "".join(page.extract_text() or "" for page in PdfReader(arabic).pages[:2])
    assert any("\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufefe" for c in raw)

    # A tracker with dates typed in French and Russian: Babel's month names are in the bundle.
    from tests.exchange.workbooks import write_table

    tracker = write_table(
        user / "suivi.xlsx",
        {"Suivi": [["Paragraphe", "Document", "Échéance"], ["§ 29", "BMS8", "juin 2025"],
                   ["§ 30", "BMS8", "30 июня 2025 г."]]},
    )  # fmt: skip
    out = run(bundle, user, "--db", str(db), "import", str(tracker), "--dry-run", "--json").stdout
    preview = json.loads(out)
    assert [u["text"].split(" read as ")[1][:12] for u in preview["understood"]] == [
        "30 June 2025",
        "30 June 2025",
    ]

    # The frozen interpreter writes no bytecode: the (possibly read-only) program folder stays as
    # installed, and an uninstaller finds nothing it did not put there.
    assert not list(bundle.root.rglob("__pycache__"))


def embedded_fonts(reader: object) -> dict[str, bool]:
    """Base font name -> whether its font program is embedded, for the first pages' fonts."""
    found: dict[str, bool] = {}
    for page in reader.pages[:5]:  # type: ignore[attr-defined]
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            files = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = any(
                key in files for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return found


def test_bundle_contents(bundle: Bundle) -> None:
    internal = bundle.internal
    assert (internal / "resources" / "catalog" / "catalog.json").is_file()
    assert (internal / "resources" / "fonts" / "OFL-1.1.txt").is_file()
    assert (internal / "resources" / "translations").is_dir()
    assert (internal / "resources" / "icons" / "poa-desktop.svg").is_file()
    assert (internal / "LICENSE").is_file()
    # Alembic's scripts as source, every revision of the source tree.
    bundled = internal / "poa_desktop" / "store" / "migrations"
    assert (bundled / "env.py").is_file()
    assert {p.name for p in (bundled / "versions").glob("*.py")} == {
        p.name for p in (MIGRATIONS / "versions").glob("*.py")
    }
    # The SVG icon can be shown: Qt's SVG image and icon-engine plugins are there.
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert list((plugins / "iconengines").glob("*qsvgicon*"))
    assert list((plugins / "imageformats").glob("*qsvg*"))
    # No Qt networking, no TLS: nothing that could talk to a network ships at all.
    files = [p.relative_to(bundle.root).as_posix() for p in bundle.root.rglob("*")]
    network = [f for f in files if re.search(r"Qt6?Network|QtNetwork|/tls/|networkinformation", f)]
    assert network == []
    assert not [f for f in files if re.search(r"(^|/)(lib)?ssl[-.]|_ssl\.", f)]
    assert not [f for f in files if re.search(r"(^|/)(tkinter|_tkinter|pytest|hypothesis)", f)]
    # Babel's CLDR data for the six UN languages only (every locale would add ~30 MB).
    locales = {p.stem for p in (internal / "babel" / "locale-data").glob("*.dat")}
    assert {"root", "en", "en_GB", "fr", "es", "ar", "zh", "ru"} <= locales and len(locales) < 14


@pytest.mark.skipif(sys.platform != "linux", reason="ELF dependencies are read with readelf")
def test_no_bundled_library_needs_qt_network(bundle: Bundle) -> None:
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf (binutils) is not installed")
    libraries = [p for p in bundle.root.rglob("*.so*") if p.is_file()] + [bundle.program]
    output = subprocess.run(
        [readelf, "-d", *map(str, libraries)], capture_output=True, text=True, check=True
    ).stdout
    assert "Qt6Network" not in output


@pytest.fixture
def gui(bundle: Bundle, user: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    db = user / "gui.sqlite"
    run(bundle, user, "--db", str(db), "demo")
    process = subprocess.Popen(
        [str(bundle.program), "--db", str(db)],
        cwd=user,
        env=frozen_env(user),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    yield process, db
    if process.poll() is None:
        process.kill()
        process.communicate()


def test_window_starts_frozen(gui: tuple[subprocess.Popen[str], Path]) -> None:
    """No command opens the window (offscreen here): it must come up and stay up. The app has no
    option to quit by itself, so it is stopped after a few seconds."""
    process, db = gui
    deadline = time.monotonic() + 60
    lock = db.with_name(db.name + ".lock")
    while not lock.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(3)  # the window, its models and the dashboard load after the lock is taken
    alive = process.poll() is None
    if alive:
        process.terminate()
    try:
        _, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
    assert alive, f"the window exited with {process.returncode}:\n{err}"
    assert lock.exists()
    assert "Traceback" not in err and "internal error" not in err, err


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_frozen_program_opens_no_network_socket(bundle: Bundle, user: Path) -> None:
    """Under strace: the frozen CLI never creates an internet socket (the only sockets are the C
    library's local AF_UNIX look-ups of the name service, e.g. nscd for the user's home)."""
    trace = user / "strace.txt"
    prefix = ("strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace))
    probe = subprocess.run(
        [*prefix, "true"], capture_output=True, text=True, timeout=30, check=False
    )
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here: {probe.stderr.strip()}")
    db = user / "trace.sqlite"
    run(bundle, user, "--db", str(db), "demo", prefix=prefix)
    run(bundle, user, "--db", str(db), "export", "--pdf", str(user / "t.pdf"), prefix=prefix)
    calls = trace.read_text(encoding="utf-8")
    assert not re.search(r"socket\((AF_INET6?|AF_PACKET)\b", calls), calls


@pytest.mark.skipif(sys.platform != "linux", reason="the install script is for Linux")
def test_linux_install_script(bundle: Bundle, user: Path) -> None:
    """install.sh (shipped inside the bundle) installs for one user and uninstalls, keeping data."""
    script = bundle.root / "install.sh"
    assert script.is_file() and (bundle.root / "poa-desktop.desktop").is_file()
    prefix = user / ".local"
    env = frozen_env(user) | {"PREFIX": str(prefix)}
    subprocess.run([str(script)], env=env, check=True, capture_output=True, timeout=RUN_TIMEOUT)
    command = prefix / "bin" / "poa-desktop"
    version = subprocess.run(
        [str(command), "--version"], env=env, capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"poa-desktop {__version__}"
    entry = (prefix / "share" / "applications" / "poa-desktop.desktop").read_text(encoding="utf-8")
    assert f"Exec={prefix}/opt/poa-desktop/poa-desktop" in entry
    for size in (16, 48, 256):
        assert (
            prefix / "share/icons/hicolor" / f"{size}x{size}" / "apps/poa-desktop.png"
        ).is_file()

    data = prefix / "share" / "poa-desktop"  # the user's data folder (XDG_DATA_HOME)
    data.mkdir(parents=True)
    (data / "poa-desktop.sqlite").write_bytes(b"keep me")
    subprocess.run(
        [str(script), "--uninstall"], env=env, check=True, capture_output=True, timeout=60
    )
    assert not command.exists() and not (prefix / "opt" / "poa-desktop").exists()
    assert (data / "poa-desktop.sqlite").read_bytes() == b"keep me"
