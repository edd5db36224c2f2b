"""The ``poa-desktop`` command: headless access to everything the app does with data.

Errors print one line (``poa-desktop: error: ...``) and exit non-zero; an unexpected failure
prints one line too and leaves the traceback in a log file for a bug report.
"""

from __future__ import annotations

import os
import sys

from poa_desktop.catalog import CatalogError, UnknownCommitmentError
from poa_desktop.cli.parser import build_parser
from poa_desktop.domain.errors import AppError
from poa_desktop.error_log import write_error_log

EXIT_ERROR = 1
EXIT_INTERNAL = 70


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from poa_desktop.ui.app import run_gui  # Qt loads only for the window

        return run_gui(args.db, working_as=args.working_as)
    try:
        result: int = args.run(args)
        return result
    except (AppError, CatalogError, UnknownCommitmentError) as error:
        message = str(error.args[0]) if isinstance(error, KeyError) else str(error)
        print(f"poa-desktop: error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # Output piped into `head` and friends: stop quietly, like other command-line tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        print(f"poa-desktop: error: {error.strerror or error}{where}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("poa-desktop: interrupted", file=sys.stderr)
        return 130
    except Exception as error:
        log = write_error_log(error)
        print(
            f"poa-desktop: internal error: {type(error).__name__}: {error} (details in {log})",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
