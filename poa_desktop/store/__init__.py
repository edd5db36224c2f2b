"""Local SQLite store: models, opening and migrating the database, backups. No Qt here.

Importing this package never imports Alembic; only an upgrade does. Nor does it import
SQLAlchemy: the first name taken from it (``from poa_desktop.store import Answer``) loads them
all, with every model (:mod:`.public`), while the plain-``sqlite3`` modules (:mod:`.probe`,
:mod:`.quick_read`, :mod:`.quick_report`) import without it. The command line's ``progress`` and
``export`` read through them in a fraction of the time SQLAlchemy takes to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .public import *  # noqa: F403  (at run time: __getattr__, on first use)
    from .public import __all__ as __all__
else:
    import importlib.util

    def __getattr__(name: str) -> object:
        """Load the whole store (SQLAlchemy, every model) on the first public name asked for.

        Also asked for a submodule not yet imported (``from poa_desktop.store import
        quick_read``): AttributeError, without loading anything, and the import system imports
        just that submodule.
        """
        if not name.startswith("__") and importlib.util.find_spec(f"{__name__}.{name}"):
            raise AttributeError(f"module {__name__!r} has no attribute {name!r} (yet)")
        from . import public  # a submodule too: the check above lets the import system load it

        if name not in public.__all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals().update((each, getattr(public, each)) for each in public.__all__)
        globals()["__all__"] = public.__all__
        return getattr(public, name)
