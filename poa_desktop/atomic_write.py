"""Writing a file so that a crash or a full disk leaves the old file or the new one, never half.

Reports, recovery files and anything else the user relies on are written beside their target
under a temporary name, flushed to disk, renamed over the target, and the folder entry is
flushed too (on POSIX), so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from poa_desktop.paths import PRIVATE_FILE


def write_atomically(target: Path, write: Callable[[BinaryIO], object]) -> None:
    """Call ``write`` on a temporary file beside ``target``, then put it in ``target``'s place.

    The file is private (0600, whatever the umask): it may hold what a person typed.
    """
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    try:
        if os.name == "posix":
            os.fchmod(handle, PRIVATE_FILE)
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError, AttributeError):  # O_DIRECTORY: POSIX only
        folder = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
