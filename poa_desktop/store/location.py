"""Where the database lives, without SQLAlchemy: the command line asks before it opens anything."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

DB_PATH_ENV: Final = "POA_DESKTOP_DB"
"""Environment variable naming the database file (tests and portable installs use it)."""


def default_database_path() -> Path:
    """Where the database lives: ``$POA_DESKTOP_DB`` if set, else the user's data folder."""
    override = os.environ.get(DB_PATH_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_data_path("poa-desktop", appauthor=False) / "poa-desktop.sqlite"
