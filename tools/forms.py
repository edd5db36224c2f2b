"""Compile ``forms/*.ui`` into ``poa_desktop/ui/generated/ui_*.py`` with pyside6-uic.

Forms are compiled at development time and the generated modules are committed, so neither the
app nor a frozen bundle needs ``uic`` at run time (Qt advises against ``loadUiType`` on PySide6).
``--check`` regenerates into memory and fails when a committed module is stale; a test runs it.

    python -m tools.forms [--check]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FORMS = REPO / "forms"
GENERATED = REPO / "poa_desktop" / "ui" / "generated"


def uic() -> str:
    """The pyside6-uic of the running interpreter's environment."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: run scripts/test once to set up .venv")
    return found


def compiled(form: Path) -> str:
    result = subprocess.run(
        [uic(), str(form.relative_to(REPO))],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return only_used_imports(result.stdout)


_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def only_used_imports(code: str) -> str:
    """``code`` without the names uic imports whatever the form uses (gradients, QPainter...).

    PySide6 makes each class the first time it is imported, so every name a module imports
    costs start-up time: about 8 ms for the unused ones of one form.
    """
    body = _IMPORT.sub("", code)
    used = set(re.findall(r"\b\w+\b", body))

    def keep(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip() in used]
        if not names:
            return ""
        return f"from {match.group(1)} import {', '.join(names)}\n"

    return _IMPORT.sub(keep, code)


def target(form: Path) -> Path:
    return GENERATED / f"ui_{form.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.forms", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a module is stale")
    args = parser.parse_args(argv)
    GENERATED.mkdir(parents=True, exist_ok=True)
    stale = []
    forms = sorted(FORMS.glob("*.ui"))
    for form in forms:
        code = compiled(form)
        path = target(form)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != code:
                stale.append(path.name)
        else:
            path.write_text(code, encoding="utf-8")
    if args.check:
        expected = {target(f).name for f in forms}
        extra = sorted(p.name for p in GENERATED.glob("ui_*.py") if p.name not in expected)
        if stale or extra:
            print(f"stale: {stale}; without a form: {extra}; run python -m tools.forms")
            return 1
    else:
        print(f"compiled {len(forms)} forms into {GENERATED.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
