"""``python -m bench [--json] [--json-file PATH] [--only NAME]``: run the benchmarks.

By default prints the machine's description, then a table, then where the JSON went (the same
figures with the machine facts; ``bench/out/results.json`` unless ``--json-file`` says
otherwise). ``--json`` prints that JSON instead of the table. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from bench import aggregate, cli, foundation, gui, history, memory, reports
from bench.machine import describe, machine_facts
from bench.measure import Result

SUITES: dict[str, Callable[[], list[Result]]] = {
    "catalog": foundation.catalog_load,
    "save": foundation.answer_save,
    "startup": gui.startup,
    "navigation": gui.navigation,
    "reports": reports.exports,
    "history": history.revisions,
    "cli": cli.commands,
    "aggregate": aggregate.aggregate,
    "memory": memory.peak_memory,
}
OUT = Path(__file__).parent / "out"
DEFAULT_JSON = OUT / "results.json"


def table(results: list[Result]) -> list[str]:
    """One line per figure; a figure compared with a floor shows the floor, the ratio and its
    goal (``2.1x <= 2.5x``), and names the floor below the table."""
    lines = [
        f"{'benchmark':42} {'median':>9} {'p95':>9} {'target':>14} {'floor':>9} {'ratio':>16}  ok"
    ]
    floors = []
    for r in results:
        target = f"{r.target_on} < {r.target:.0f}" if r.target is not None else "-"
        floor = f"{r.floor:9.2f}" if r.floor is not None else f"{'-':>9}"
        ratio = r.ratio
        goal = f" <= {r.ratio_target:g}x" if r.ratio_target is not None else ""
        shown = f"{ratio:.2f}x{goal}" if ratio is not None else "-"
        lines.append(
            f"{r.name:42} {r.median:9.2f} {r.p95:9.2f} {target:>14} {floor} {shown:>16}  "
            f"{'yes' if r.ok else 'NO'}   ({r.unit}, {r.runs} runs)"
        )
        if r.floor_name:
            floors.append(f"  {r.name}: floor = {r.floor_name}")
    if floors:
        lines += ["", "Floors (the same job done bare, measured in this run, same statistic):"]
        lines += floors
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--json-file",
        type=Path,
        default=DEFAULT_JSON,
        metavar="PATH",
        help="where to write the JSON (default: bench/out/results.json)",
    )
    parser.add_argument("--only", choices=sorted(SUITES), action="append")
    args = parser.parse_args(argv)
    machine = machine_facts()  # before the benchmarks: the load average is the machine's own
    if not args.json:
        print("\n".join(describe(machine)), end="\n\n", flush=True)
    results: list[Result] = []
    for name in args.only or SUITES:
        results += SUITES[name]()
    payload = {"machine": machine, "results": [r.as_dict() for r in results]}
    text = json.dumps(payload, indent=1, ensure_ascii=False)
    json_file: Path = args.json_file
    json_file.parent.mkdir(parents=True, exist_ok=True)
    json_file.write_text(text + "\n", encoding="utf-8")
    if args.json:
        print(text)
    else:
        print("\n".join(table(results)))
        print(f"\nJSON (machine and figures): {json_file}")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
