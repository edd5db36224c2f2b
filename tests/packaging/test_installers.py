"""The installer definitions that cannot be built here: the Inno Setup script, the .desktop entry,
the icons, and the agreement between them and the PyInstaller spec."""

from __future__ import annotations

import configparser
import glob
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path, PureWindowsPath
from types import SimpleNamespace
from typing import cast

import pytest

from poa_desktop import __version__

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
ISS = PACKAGING / "windows" / "poa-desktop.iss"
SPEC = PACKAGING / "poa-desktop.spec"
DESKTOP = PACKAGING / "linux" / "poa-desktop.desktop"
ICONS = REPO / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)


# --- Inno Setup ------------------------------------------------------------------------------


def iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, re.M))


def iss_sections(text: str) -> dict[str, list[str]]:
    """Section name (lower case) -> its non-comment lines, with #define values substituted."""
    defines = iss_defines(text)
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1).lower()
            sections.setdefault(current, [])
            continue
        line = re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], line)
        sections.setdefault(current, []).append(line)
    return sections


def iss_entries(lines: list[str]) -> list[dict[str, str]]:
    """Parameter lines (``Name: "x"; Flags: y``) as dictionaries with lower-case keys."""
    entries = []
    for line in lines:
        parts = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
        entries.append({key.lower(): value.strip().strip('"') for key, value in parts})
    return entries


def iss_setup(sections: dict[str, list[str]]) -> dict[str, str]:
    return {
        key.strip().lower(): value.strip()
        for key, value in (line.split("=", 1) for line in sections["setup"])
    }


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return iss_sections(ISS.read_text(encoding="utf-8"))


def test_iss_installs_per_user_without_admin_rights(iss: dict[str, list[str]]) -> None:
    setup = iss_setup(iss)
    assert setup["privilegesrequired"] == "lowest"
    assert "privilegesrequiredoverridesallowed" not in setup  # never an all-users install
    assert setup["defaultdirname"].startswith(("{autopf}", "{userpf}", "{localappdata}"))
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["appid"])


def test_iss_version_matches_the_package() -> None:
    assert iss_defines(ISS.read_text(encoding="utf-8"))["AppVersion"] == __version__


def test_iss_has_a_start_menu_entry_for_the_windowed_program(iss: dict[str, list[str]]) -> None:
    icons = iss_entries(iss["icons"])
    start_menu = [e for e in icons if e["name"].startswith(("{autoprograms}", "{group}"))]
    assert start_menu and all(e["filename"] == r"{app}\poa-desktop.exe" for e in start_menu)
    desktop = [e for e in icons if e["name"].startswith("{autodesktop}")]
    assert desktop and all(e.get("tasks") == "desktopicon" for e in desktop)  # optional
    tasks = iss_entries(iss["tasks"])
    assert any(t["name"] == "desktopicon" and "unchecked" in t.get("flags", "") for t in tasks)


def test_iss_uninstaller_keeps_user_data(iss: dict[str, list[str]]) -> None:
    """The database and settings live in %LOCALAPPDATA%\\poa-desktop: nothing may delete them."""
    for section in ("uninstalldelete", "installdelete"):
        for entry in iss_entries(iss.get(section, [])):
            target = entry["name"].lower()
            assert target.startswith("{app}\\"), (
                f"[{section}] reaches outside the program: {target}"
            )
            assert not any(
                word in target for word in ("{localappdata}", "{userappdata}", ".sqlite", ".ini")
            )
    assert "uninstalldelete" not in iss
    assert not any("{localappdata}\\poa-desktop" in line.lower() for line in iss.get("run", []))


def test_iss_sources_exist_or_are_produced_by_the_spec(iss: dict[str, list[str]]) -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert 'NAME = "poa-desktop"' in spec
    produced = {"poa-desktop.exe", "poa-desktop-cli.exe", "_internal"}
    assert "executable(NAME, console=False)" in spec
    assert 'executable(f"{NAME}-cli", console=True)' in spec
    dist = (REPO / "dist" / "poa-desktop").resolve()

    def check(windows_path: str) -> None:
        path = (ISS.parent / Path(*PureWindowsPath(windows_path).parts)).resolve()
        if path.is_relative_to(dist):
            rest = path.relative_to(dist).parts
            assert rest and (rest[0] == "*" or rest[0] in produced), windows_path
        else:
            assert path.exists(), f"{windows_path} -> {path} does not exist"

    files = iss_entries(iss["files"])
    assert files
    for entry in files:
        check(entry["source"])
    setup = iss_setup(iss)
    for key in ("setupiconfile", "licensefile"):
        check(setup[key])
    assert setup["setupiconfile"].endswith("poa-desktop.ico")
    assert PureWindowsPath(setup["licensefile"]).name == "LICENSE"
    for entry in iss_entries(iss["icons"]) + iss_entries(iss["run"]):
        name = PureWindowsPath(entry["filename"]).name
        assert name in produced, entry


# --- Linux .desktop entry ---------------------------------------------------------------------


def test_desktop_entry_has_the_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "poa-desktop"
    assert entry["GenericName"] and entry["Comment"]
    assert entry["Exec"] == "poa-desktop"
    assert entry["Icon"] == "poa-desktop"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")
    assert entry["StartupWMClass"] == "poa-desktop"  # Qt's WM_CLASS: the application name
    for key, value in entry.items():
        assert value == value.strip() and "\t" not in value, key


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_install_script_is_executable_and_parses() -> None:
    script = PACKAGING / "linux" / "install.sh"
    assert script.stat().st_mode & 0o111
    bash = shutil.which("bash")
    if bash:
        subprocess.run([bash, "-n", str(script)], check=True)


# --- Icons ------------------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_png_icons_have_their_sizes() -> None:
    for size in PNG_SIZES:
        data = (ICONS / f"poa-desktop-{size}.png").read_bytes()
        assert png_size(data) == (size, size)
        assert data[25] == 6  # colour type RGBA: the rounded corners are transparent


def test_ico_holds_every_size_windows_asks_for() -> None:
    data = (ICONS / "poa-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        size = width or 256
        assert height == width and bits == 32 and planes == 1
        assert offset + length <= len(data)
        image = data[offset : offset + length]
        if image[:8] == b"\x89PNG\r\n\x1a\n":
            assert png_size(image) == (size, size)
        else:
            assert struct.unpack("<Iii", image[:12]) == (40, size, 2 * size)
        sizes.add(size)
    assert {16, 24, 32, 48, 256} <= sizes


def test_svg_icon_is_the_source_of_the_pngs() -> None:
    svg = (ICONS / "poa-desktop.svg").read_text(encoding="utf-8")
    assert 'viewBox="0 0 256 256"' in svg
    assert "#1f5f99" in svg.lower()
    assert (PACKAGING / "make_icons.py").is_file()


# --- The spec, on every platform --------------------------------------------------------------


class Recorder:
    """Stands in for one of PyInstaller's spec classes; remembers how the spec called it."""

    def __init__(self, calls: list[tuple[str, tuple[object, ...], dict[str, object]]], kind: str):
        self.calls, self.kind = calls, kind

    def __call__(self, *args: object, **kwargs: object) -> SimpleNamespace:
        self.calls.append((self.kind, args, kwargs))
        return SimpleNamespace(
            scripts=[],
            pure=[],
            binaries=[],
            datas=list(cast(list[object], kwargs.get("datas", []))),
        )


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_spec_on_each_platform(
    platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs the spec with PyInstaller's classes replaced by recorders, as if on ``platform``: the
    Windows and macOS branches cannot be built here, but they can be read and checked."""
    hooks = pytest.importorskip("PyInstaller.utils.hooks", reason="PyInstaller is not installed")
    import PyInstaller.utils.win32 as win32

    monkeypatch.setattr(hooks, "collect_submodules", lambda name, **_: [f"{name}.stub"])
    versioninfo = SimpleNamespace(
        **{
            name: (lambda *args, **kwargs: (args, kwargs))
            for name in (
                "VSVersionInfo",
                "FixedFileInfo",
                "StringFileInfo",
                "StringTable",
                "StringStruct",
                "VarFileInfo",
                "VarStruct",
            )
        }
    )
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", versioninfo)
    monkeypatch.setattr(win32, "versioninfo", versioninfo, raising=False)
    monkeypatch.setattr(sys, "platform", platform)

    calls: list[tuple[str, tuple[object, ...], dict[str, object]]] = []
    namespace: dict[str, object] = {
        "SPECPATH": str(PACKAGING),
        "DISTPATH": str(tmp_path / "dist"),
        "workpath": str(tmp_path / "build"),
        **{kind: Recorder(calls, kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)

    def called(kind: str) -> list[dict[str, object]]:
        return [kwargs for k, _, kwargs in calls if k == kind]

    (analysis,) = called("Analysis")
    for source, _ in analysis["datas"]:  # type: ignore[attr-defined]
        assert glob.glob(source), f"{source} matches no file"
    assert "PySide6.QtNetwork" in analysis["excludes"]  # type: ignore[operator]
    assert all(Path(p).is_dir() for p in analysis["hookspath"])  # type: ignore[attr-defined]
    assert any(d == "poa_desktop/store/migrations/versions" for _, d in analysis["datas"])  # type: ignore[attr-defined]

    executables = {(e["name"], e["console"]) for e in called("EXE")}
    (collect,) = called("COLLECT")
    assert collect["name"] == "poa-desktop"
    bundle = tmp_path / "dist" / "poa-desktop"
    assert (bundle / "_internal" / "resources" / "translations").is_dir()
    if platform == "win32":
        assert executables == {("poa-desktop", False), ("poa-desktop-cli", True)}
        assert all(str(e["icon"]).endswith("poa-desktop.ico") for e in called("EXE"))
        assert all(e["version"] is not None for e in called("EXE"))
    elif platform == "darwin":
        assert executables == {("poa-desktop", False)}
        (app,) = called("BUNDLE")
        assert app["name"] == "poa-desktop.app" and Path(str(app["icon"])).is_file()
        assert app["version"] == __version__
    else:
        assert executables == {("poa-desktop", True)}
        assert all(e["strip"] for e in called("EXE"))
        assert (bundle / "install.sh").stat().st_mode & 0o111
        assert (bundle / "poa-desktop.desktop").is_file()
    if platform != "darwin":
        assert called("BUNDLE") == []
