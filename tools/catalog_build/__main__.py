"""``python -m tools.catalog_build [--sources DIR] [--check]``: write or verify the catalog."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tools.catalog_build.assemble import build_all, render
from tools.catalog_build.extract import ExtractionError

REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.catalog_build", description=__doc__)
    parser.add_argument("--sources", type=Path, default=REPO.parent / "shared" / "sources")
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "catalog")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    try:
        built = build_all(args.sources)
    except ExtractionError as error:
        print(f"catalog build failed: {error}", file=sys.stderr)
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


if __name__ == "__main__":
    sys.exit(main())
