"""The translations: complete in all five languages, faithful to their placeholders, current.

A new ``tr()`` text, a new status or a new report heading that is not translated in French,
Spanish, Arabic, Russian and Chinese fails here, naming the language and the text.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from poa_desktop.translations import read_ts
from tools.translations import LANGUAGES, REPO, sources, tool, ts_file, write_stubs

PLACEHOLDER = re.compile(r"%\d")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def _key(text: str) -> tuple[str, ...]:
    return tuple(sorted(PLACEHOLDER.findall(text)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated(language: str) -> None:
    entries = read_ts(ts_file(language))
    missing = [f"{context}: {source!r}" for (context, source), text in entries.items() if not text]
    assert not missing, f"{language}: {len(missing)} texts not translated, first {missing[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_tags_and_shortcuts(language: str) -> None:
    wrong = []
    for (context, source), text in read_ts(ts_file(language)).items():
        if not text:
            continue
        if "%n" in source and "|" in source:  # a counted text: each plural form on its own
            expected = set(PLACEHOLDER.findall(source))
            forms = text.split("|")
            if any(set(PLACEHOLDER.findall(form)) != expected for form in forms):
                wrong.append(f"{context}: {source!r} -> {text!r}: a form's placeholders differ")
        elif _key(source) != _key(text):
            wrong.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            wrong.append(f"{context}: {source!r} -> {text!r}: HTML tags differ")
        if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
            wrong.append(f"{context}: {source!r} -> {text!r}: keyboard shortcut (&) differs")
    assert not wrong, f"{language}: " + "\n".join(wrong[:10])


def test_the_translation_sources_are_current(tmp_path: Path) -> None:
    """Every text the code and forms ask for is in the .ts files (run tools.translations update)."""
    stubs = (REPO / "poa_desktop" / "ui" / "generated" / "texts_for_translation.py").read_text(
        encoding="utf-8"
    )
    write_stubs()
    try:
        assert (REPO / "poa_desktop" / "ui" / "generated" / "texts_for_translation.py").read_text(
            encoding="utf-8"
        ) == stubs, "run: python -m tools.translations update"
        fresh = tmp_path / "fresh.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), "-locations", "none", *sources(), "-ts", str(fresh)],
            check=True, cwd=REPO, capture_output=True,
        )  # fmt: skip
        wanted = set(read_ts(fresh))
        for language in LANGUAGES:
            have = set(read_ts(ts_file(language)))
            new = sorted(wanted - have)
            assert not new, f"{language}: not in the .ts yet: {new[:5]} (tools.translations update)"
    finally:
        (REPO / "poa_desktop" / "ui" / "generated" / "texts_for_translation.py").write_text(
            stubs, encoding="utf-8"
        )


def test_the_qm_files_compile_without_warnings(tmp_path: Path) -> None:
    for language in LANGUAGES:
        result = subprocess.run(
            [tool("pyside6-lrelease"), str(ts_file(language)), "-qm", str(tmp_path / "x.qm")],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert "warning" not in (result.stdout + result.stderr).lower(), result.stdout
