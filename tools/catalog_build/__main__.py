"""``python -m tools.catalog_build [--sources DIR] [--check]``: write or verify the bundled
catalog, one file per outline in ``tools/catalog_build/outlines/``.

``python -m tools.catalog_build document --outline OUTLINE.json --source TEXT.txt --out DOC.json``
builds one new document, with its metadata in its outline, and checks it against the catalog
(see docs/building-a-document.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tools.catalog_build.assemble import CATALOG, REPO, build_all, build_new, render
from tools.catalog_build.errors import BuildError, shown


def _catalog(argv: list[str]) -> int:
    """The bundled catalog: every outline with ``curation/``, written or compared."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.catalog_build",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--sources", type=Path, default=REPO.parent / "shared" / "sources")
    parser.add_argument("--out", type=Path, default=CATALOG)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    try:
        built = build_all(args.sources)
    except BuildError as error:
        for problem in error.problems:
            print(f"catalog build failed: {problem}", file=sys.stderr)
        return 1
    stale = []
    for name, content in built.items():
        target = args.out / name
        text = render(content)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target} ({len(content['paragraphs'])} paragraphs)")
    if stale:
        print(
            f"out of date: {', '.join(stale)}; run python -m tools.catalog_build", file=sys.stderr
        )
        return 1
    return 0


def _document(argv: list[str]) -> int:
    """One new document from its outline and text, written only when every check passes."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.catalog_build document",
        description="Build one outcome document's catalog file from its outline and its text.",
    )
    parser.add_argument("--outline", type=Path, required=True, help="the outline (JSON)")
    parser.add_argument(
        "--source",
        type=Path,
        help="the text file (default: the outline's source file, beside the outline)",
    )
    parser.add_argument("--out", type=Path, required=True, help="the document file to write")
    parser.add_argument(
        "--catalog",
        type=Path,
        default=CATALOG,
        help="the catalog it joins: vocabulary, schema, documents it links to (default: bundled)",
    )
    args = parser.parse_args(argv)
    try:
        content = build_new(
            args.outline, args.source or args.outline.parent, args.out, args.catalog
        )
    except BuildError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    try:
        args.out.write_text(render(content), encoding="utf-8")
    except OSError as error:
        print(f"{shown(args.out)}: cannot write the file: {error.strerror}", file=sys.stderr)
        return 1
    print(f"wrote {shown(args.out)} ({len(content['paragraphs'])} paragraphs)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``document`` as the first word builds one new document; anything else, the catalog."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["document"]:
        return _document(args[1:])
    return _catalog(args)


if __name__ == "__main__":
    sys.exit(main())
