"""Where poa-desktop keeps per-user files, without Qt (services and the CLI need it too)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

CONFIG_ENV: Final = "POA_DESKTOP_CONFIG"
"""Environment variable naming the settings folder (tests and portable installs use it)."""


def config_dir() -> Path:
    """The user's poa-desktop settings folder: ``$POA_DESKTOP_CONFIG`` or the OS convention.

    The same folder :mod:`poa_desktop.ui.common.settings` keeps its INI file in.
    """
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_config_path("poa-desktop", appauthor=False)
