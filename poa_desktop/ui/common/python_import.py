"""Python's own ``__import__``, for the Qt-free stack imported after PySide6.

PySide6 replaces ``builtins.__import__`` with a hook that reads the source of every module
imported after it, looking for its ``__feature__`` options. The store and the services never
import Qt (import-linter: "The core never imports Qt"): the hook has nothing to find there. A
window painted before SQLAlchemy loads (:mod:`poa_desktop.ui.app`) imports them through
:func:`python_import`, about 150 ms sooner on the development machine.

This module must be imported before PySide6 (``poa_desktop.ui.app`` does, with the rest of its
Qt-free imports); imported later, it cannot know Python's own function and changes nothing.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

_FOUND: Final = builtins.__import__
PYTHON_IMPORT: Final = _FOUND if getattr(_FOUND, "__name__", "") == "__import__" else None
"""Python's ``__import__`` as found when this module was first imported; None: already
replaced (by PySide6's hook), so unknown."""


@contextmanager
def python_import() -> Iterator[None]:
    """Imports inside go through Python's own ``__import__``, then the hook is put back.

    Only for modules that never import Qt, and only from the thread that runs the window.
    """
    hooked = builtins.__import__
    if PYTHON_IMPORT is None or hooked is PYTHON_IMPORT:
        yield
        return
    builtins.__import__ = PYTHON_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = hooked
