"""The translations: Qt Linguist sources (``resources/translations/*.ts``) and their ``.qm`` builds.

One ``.ts`` file per language holds every text a person reads: the window's ``tr()`` strings
(context = the class), the shared terms (statuses, field labels, the catalog's vocabulary and
report fields: context ``Terms``) and the report's own words (context ``Report``). The window
loads the compiled ``.qm``; the report reads the ``.ts`` directly (``poa_desktop.translations``),
so a translator edits one file per language in Qt Linguist and both follow.

    python -m tools.translations update    # extract: new texts appear unfinished, old ones stay
    python -m tools.translations build     # compile the .qm files (the set-up runs this)
    python -m tools.translations status    # how many texts each language has, and how many open

``pyside6-lupdate`` cannot see texts that are data (the catalog's labels) or built in code that
must not import Qt (the report); ``update`` first writes them into
``poa_desktop/ui/generated/texts_for_translation.py`` as ``QT_TRANSLATE_NOOP`` calls, which it
can.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
STUBS = REPO / "poa_desktop" / "ui" / "generated" / "texts_for_translation.py"
LANGUAGES = ("fr", "es", "ar", "ru", "zh_CN")
"""Qt locale names of the shipped translations (English is the source language)."""


def tool(name: str) -> str:
    """A PySide6 tool of the running interpreter's environment (pyside6-lupdate...)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run scripts/test once to set up .venv")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"poa_desktop_{language}.ts"


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def term_texts() -> list[str]:
    """The shared terms: statuses, answer fields, the catalog's vocabulary and report fields."""
    from poa_desktop.catalog import default_catalog
    from poa_desktop.domain.fields import ANSWER_FIELDS, mapped_field_label
    from poa_desktop.domain.provenance import PROVENANCES
    from poa_desktop.domain.status import NOT_ASSESSED_LABEL, Status
    from poa_desktop.services.safety.backups import REASONS

    catalog = default_catalog()
    texts = [status.label for status in Status] + [NOT_ASSESSED_LABEL]
    texts += [f.label for f in ANSWER_FIELDS] + [f.header for f in ANSWER_FIELDS]
    texts += [mapped_field_label(key) for key in ("reference", "document", "section")]
    texts += list(REASONS.values())
    texts += [provenance.label for provenance in PROVENANCES]  # the workbook's Source column
    from poa_desktop.domain.content import LAW_AREAS

    texts += list(LAW_AREAS.values())  # the laws' areas (window, report)
    texts.append("All measures")  # the progress tables' first row (domain.progress)
    for terms in (catalog.themes, catalog.addressees, catalog.levels, catalog.assistance_kinds):
        texts += [term.label for term in terms]
    from poa_desktop.catalog.template import template_sections

    texts += [section.label for section in template_sections(catalog)]  # export --order template
    for group in catalog.field_groups:
        texts += [group.label, group.help]
        for field in group.fields:
            texts += [field.label, field.help, field.unit]
        texts += [rule.message for rule in group.rules]
    return list(dict.fromkeys(text for text in texts if text))


def report_texts() -> list[str]:
    """Every ``say("...")``, ``report_word("...")`` or ``texts.report("...")`` literal outside
    the window's code."""
    import ast

    found: list[str] = []
    for path in sorted((REPO / "poa_desktop").rglob("*.py")):
        if "ui" in path.relative_to(REPO / "poa_desktop").parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and (
                    (isinstance(node.func, ast.Attribute) and node.func.attr == "report")
                    or (isinstance(node.func, ast.Name) and node.func.id in ("say", "report_word"))
                )
                and len(node.args) == 1
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append(node.args[0].value)
            elif (  # say_count(n, "%n measure|%n measures")
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "say_count"
                and len(node.args) == 2
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            ):
                found.append(node.args[1].value)
    return list(dict.fromkeys(found))


def write_stubs() -> int:
    """The texts lupdate cannot find in code, as calls it can; returns how many."""

    lines = [
        '"""Generated by ``python -m tools.translations update``: do not edit.',
        "",
        "Texts that are data or built without Qt, written as calls pyside6-lupdate extracts.",
        '"""',
        "",
        "",
        "def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name)",
        "    return text",
        "",
        "",
        "TEXTS = (",
    ]
    count = 0
    for context, texts in (("Terms", term_texts()), ("Report", report_texts())):
        for text in texts:
            lines.append(f"    QT_TRANSLATE_NOOP({_literal(context)}, {_literal(text)}),")
            count += 1
    lines.append(")")
    STUBS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count


def sources() -> list[str]:
    """Every file lupdate reads, relative to the repository (stable order, stable .ts)."""
    ui = sorted(
        p for p in (REPO / "poa_desktop" / "ui").rglob("*.py")
        if "generated" not in p.parts or p == STUBS
    )  # fmt: skip
    forms = sorted((REPO / "forms").glob("*.ui"))
    return [str(p.relative_to(REPO)) for p in (*ui, *forms)]


def update(languages: Iterable[str] = LANGUAGES) -> None:
    write_stubs()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in languages:
        subprocess.run(
            [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
             "-target-language", language, *sources(), "-ts",
             str(ts_file(language).relative_to(REPO))],
            check=True, cwd=REPO, capture_output=True, text=True,
        )  # fmt: skip


def build(quiet: bool = False) -> None:
    """Compile each .ts into the .qm the window loads (beside it, not committed)."""
    for language in LANGUAGES:
        source = ts_file(language)
        if not source.exists():
            continue
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        result = subprocess.run(
            [tool("pyside6-lrelease"), str(source), "-qm", str(target)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        if not quiet:
            print(result.stdout.strip())


def status() -> dict[str, tuple[int, int]]:
    """Language -> (texts, texts not yet translated)."""
    from poa_desktop.translations import read_ts

    counts = {}
    for language in LANGUAGES:
        entries = read_ts(ts_file(language)) if ts_file(language).exists() else {}
        open_ = sum(1 for value in entries.values() if not value)
        counts[language] = (len(entries), open_)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.translations", description=__doc__)
    parser.add_argument("action", choices=("update", "build", "status"))
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if args.action == "update":
        update()
    elif args.action == "build":
        build(args.quiet)
    for language, (texts, open_) in status().items():
        if not args.quiet:
            print(f"{language}: {texts} texts, {open_} not translated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
