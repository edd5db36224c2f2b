"""The ``poa-desktop`` command: headless access to everything the app does with data.

Errors print one line (``poa-desktop: error: ...``) and exit non-zero; an unexpected failure
prints one line too and leaves the traceback in a log file for a bug report.

Every run makes the main parser, which lists the commands without making their parsers
(:mod:`poa_desktop.cli.parser`); the command given gets its own parser, from its own module,
so ``--version`` and ``--help`` load none of the command modules. Those import only the
standard library, ``poa_desktop.domain`` and each other at the top; a command imports the
services it calls inside its function, and so loads only what it uses: SQLAlchemy, the catalog
and the services wait for a command that needs them, and Qt for the window.
``tests/cli/test_lazy_imports.py`` and ``tests/test_startup_imports.py`` keep it so.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys

from poa_desktop.cli.parser import build_parser
from poa_desktop.domain.errors import AppError

EXIT_ERROR = 1
EXIT_INTERNAL = 70


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return start_window(args)
    _no_collection_at_exit()
    try:
        result: int = args.run(args)
        return result
    except AppError as error:
        return _error_line(error)
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
        if _is_catalog_error(error):
            return _error_line(error)
        from poa_desktop.error_log import write_error_log

        log = write_error_log(error)
        print(
            f"poa-desktop: internal error: {type(error).__name__}: {error} (details in {log})",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def start_window(args: argparse.Namespace) -> int:
    """``poa-desktop`` with no command: the window.

    The garbage collector stays off while the window starts: the modules, the catalog and the
    widgets loaded meanwhile all live as long as the window, so collecting finds nothing to
    free and only delays the first paint. The window turns it back on once it has painted (see
    :mod:`poa_desktop.ui.app`).
    """
    gc.disable()
    from poa_desktop.ui.app import run_gui  # Qt loads only for the window

    return run_gui(args.db, working_as=args.working_as)


def _no_collection_at_exit() -> None:
    """After a command, the interpreter's exit leaves out the objects alive by then.

    Exiting, Python collects garbage over every object once more (10-15 ms after ``progress``
    or ``catalog`` has printed) for memory the system takes back anyway; objects frozen
    (:func:`gc.freeze`, at the start of the exit) are left out. Files and databases are closed
    by the commands themselves, not by that collection. Registered once, however often
    :func:`main` runs in one process; not for the window, which Qt takes down its own way.
    """
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


def _error_line(error: Exception) -> int:
    message = str(error.args[0]) if isinstance(error, KeyError) else str(error)
    print(f"poa-desktop: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def _is_catalog_error(error: Exception) -> bool:
    """A catalog that cannot be read, or a commitment id it does not know: the person's to fix.

    Imported here, not at the top: a command that never loaded the catalog cannot raise them.
    """
    from poa_desktop.catalog import CatalogError, UnknownCommitmentError

    return isinstance(error, CatalogError | UnknownCommitmentError)
