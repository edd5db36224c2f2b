"""``export --package`` and ``verify``: the submission package and the check of a received one.

Kept apart from :mod:`poa_desktop.cli.commands`; :func:`add_arguments` adds ``verify``'s.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from poa_desktop.cli.opening import AddCommon, Parser

if TYPE_CHECKING:
    from poa_desktop.services.assessments.assessments import AssessmentInfo
    from poa_desktop.services.reporting.export import ExportOptions
    from poa_desktop.services.workspace import Workspace


def add_arguments(p: Parser, common: AddCommon) -> None:
    """``verify``'s arguments (it reads a zip, not the database: ``common`` is not needed)."""
    del common
    p.add_argument("package", type=Path, metavar="FILE.zip")
    p.set_defaults(run=verify)


def write(ws: Workspace, target: Path, options: ExportOptions, info: AssessmentInfo) -> None:
    """Write the package and say what it holds."""
    from poa_desktop.services.reporting.package import write_package

    result = write_package(ws, target, options, info)
    evidence = sum(1 for f in result.files if f.role == "evidence")
    size = result.path.stat().st_size // 1024
    print(
        f"Wrote {result.path} ({size} KiB): the report, the workbook, {evidence} evidence "
        "file(s) and a manifest of their SHA-256"
    )
    for warning in result.warnings:
        print(f"warning: {warning}")


def verify(args: argparse.Namespace) -> int:
    """Exit 0 when every file is intact, 1 (naming the first that differs) otherwise."""
    from poa_desktop.services.reporting.package import verify_package

    result = verify_package(args.package)
    print(result.describe())
    for check in result.checks:
        detail = f" ({check.detail})" if check.detail else ""
        print(f"  {check.state:10} {check.path}{detail}")
    if result.intact:
        print(f"{args.package.name}: intact, {len(result.checks)} file(s) as written")
        return 0
    print(f"{args.package.name}: NOT intact: {result.first_problem}")
    return 1
