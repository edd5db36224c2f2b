"""``scripts/run`` installs every Debian package Qt's xcb plugin needs (issue 19: on a fresh
machine the README's first command ended with "Could not load the Qt platform plugin 'xcb'")."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import PySide6
import pytest

from tests.conftest import REPO


def _listed() -> set[str]:
    text = (REPO / "scripts" / "_env.sh").read_text(encoding="utf-8")
    names: set[str] = set()
    for match in re.finditer(r"^(?:SYSTEM|XCB)_PACKAGES=\(([^)]*)\)", text, re.MULTILINE):
        names.update(match.group(1).split())
    return names


def _package_of(library: str) -> str | None:
    for candidate in (library, "/usr" + library):
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":", 1)[0]
    return None


@pytest.mark.skipif(not shutil.which("dpkg") or not shutil.which("ldd"), reason="not Debian")
def test_every_library_the_xcb_plugin_links_to_is_installed_by_the_scripts() -> None:
    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    links = subprocess.run(
        ["ldd", str(plugin), str(qt / "lib" / "libQt6XcbQpa.so.6")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    wanted = {
        package
        for library in re.findall(r"=> (/\S+)", links)
        if re.search(r"/lib(?:xcb|X11-xcb|xkbcommon-x11)", library)
        and (package := _package_of(library)) is not None
    }
    assert wanted >= {"libxcb-icccm4", "libxcb-keysyms1"}  # the check does look at them
    assert wanted - _listed() == set()
