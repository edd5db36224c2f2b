"""Where an unexpected error's traceback goes: a private file the person can attach to a report.

The window and the command line show one plain sentence; the traceback is for whoever fixes the
bug. The file is the user's alone (0600 in a 0700 folder): it may quote what was typed.
``POA_DESKTOP_LOGS`` names another folder (tests, portable installs).
"""

from __future__ import annotations

import os
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from poa_desktop.paths import create_private_file, make_private_folder

LOGS_ENV: Final = "POA_DESKTOP_LOGS"


def log_dir() -> Path:
    """``$POA_DESKTOP_LOGS`` or the operating system's log folder for poa-desktop."""
    override = os.environ.get(LOGS_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_log_path("poa-desktop", appauthor=False)


def write_error_log(error: BaseException) -> str:
    """Write ``error``'s traceback to a new log file; its path, or a note that it failed."""
    try:
        folder = make_private_folder(log_dir())
        path = folder / f"error-{datetime.now(UTC):%Y%m%dT%H%M%S.%fZ}.log"
        create_private_file(path)
        path.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
        return str(path)
    except OSError:
        return "(the log could not be written)"
