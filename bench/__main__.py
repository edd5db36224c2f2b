"""``python -m bench [--json] [--only NAME]``: run the benchmarks and print a table."""

from __future__ import annotations

import argparse
import json
import platform
import sys
from collections.abc import Callable
from pathlib import Path

from bench import foundation, gui, reports
from bench.measure import Result

SUITES: dict[str, Callable[[], list[Result]]] = {
    "catalog": foundation.catalog_load,
    "save": foundation.answer_save,
    "startup": gui.startup,
    "navigation": gui.navigation,
    "reports": reports.exports,
}
OUT = Path(__file__).parent / "out"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--only", choices=sorted(SUITES), action="append")
    args = parser.parse_args(argv)
    results: list[Result] = []
    for name in args.only or SUITES:
        results += SUITES[name]()
    machine = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "system": platform.platform(),
    }
    payload = {"machine": machine, "results": [r.as_dict() for r in results]}
    OUT.mkdir(exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(payload, indent=1), encoding="utf-8")
    if args.json:
        print(json.dumps(payload, indent=1))
    else:
        print(f"{'benchmark':42} {'median':>9} {'p95':>9} {'target':>14}  ok")
        for r in results:
            target = f"{r.target_on} < {r.target:.0f}" if r.target is not None else "-"
            print(
                f"{r.name:42} {r.median:9.2f} {r.p95:9.2f} {target:>14}  "
                f"{'yes' if r.ok else 'NO'}   ({r.unit}, {r.runs} runs)"
            )
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
