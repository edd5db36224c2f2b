"""Compile ``forms/*.ui`` into ``poa_desktop/ui/generated/ui_*.py`` with pyside6-uic.

Forms are compiled at development time and the generated modules are committed, so neither the
app nor a frozen bundle needs ``uic`` at run time (Qt advises against ``loadUiType`` on PySide6).
``--check`` regenerates into memory and fails when a committed module is stale; a test runs it.

    python -m tools.forms [--check]
"""

from __future__ import annotations

import argparse
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
    return result.stdout


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
