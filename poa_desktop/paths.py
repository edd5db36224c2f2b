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


PRIVATE_FOLDER: Final = 0o700
"""Mode of every folder poa-desktop creates: only its user may list or enter it."""
PRIVATE_FILE: Final = 0o600
"""Mode of every file poa-desktop creates: only its user may read or write it."""


def make_private_folder(folder: Path) -> Path:
    """Create ``folder`` and any missing parents as 0700, whatever the umask; return it.

    Folders that already exist keep their mode (the user chose it): only what this call creates
    is made private. The mode is set with ``chmod`` after ``mkdir`` because ``mkdir``'s mode is
    filtered through the umask (and ``Path.mkdir(parents=True)`` ignores it for parents).
    """
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:  # made meanwhile by another process: keep its mode
            continue
        _chmod(created, PRIVATE_FOLDER)
    if not folder.is_dir():
        folder.mkdir()  # raises the right error (a file in the way, no permission)
    return folder


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty with mode 0600 (whatever the umask) unless it exists already.

    Returns True when this call created it. An existing file is left exactly as it is.
    """
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    try:
        _fchmod(handle, PRIVATE_FILE)
    finally:
        os.close(handle)
    return True


def _chmod(path: Path, mode: int) -> None:
    if os.name == "posix":
        os.chmod(path, mode)


def _fchmod(handle: int, mode: int) -> None:
    if os.name == "posix":
        os.fchmod(handle, mode)


DOCUMENTS_ENV: Final = "POA_DESKTOP_DOCUMENTS"
"""Environment variable naming the folder of outcome documents the user added (tests use it)."""


def user_documents_folder() -> Path:
    """Where ``catalog add`` installs outcome documents: ``$POA_DESKTOP_DOCUMENTS`` or a
    ``documents`` folder in the user's data folder, beside the default database."""
    override = os.environ.get(DOCUMENTS_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_data_path("poa-desktop", appauthor=False) / "documents"
