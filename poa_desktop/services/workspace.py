"""A workspace: one open database and the catalog, the two things every service needs.

This module imports no SQLAlchemy: the window's start-up builds a workspace whose database opens
on first use (:meth:`Workspace.deferred`), so that it can paint its first screen from a plain
``sqlite3`` read (:mod:`poa_desktop.services.first_screen`) while SQLAlchemy and the models, half
of a start-up, load after the paint.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from poa_desktop.catalog import Catalog, default_catalog

if TYPE_CHECKING:
    from poa_desktop.store import Database


class Workspace:
    """What a window, a command or a test hands to the services."""

    catalog: Catalog
    """The documents of the assessment being worked on (:meth:`cover`); at first, all."""
    installed: Catalog
    """Every document installed: the bundled ones and those the user added."""
    working_as: str | None
    """Who says they are working (File → Working as…, ``--as``); None: the focal point."""
    path: Path
    """The database file, known before it opens."""

    def __init__(
        self,
        db: Database,
        catalog: Catalog,
        working_as: str | None = None,
        installed: Catalog | None = None,
    ) -> None:
        self._db: Database | None = None
        self.path = db.path
        self.catalog = catalog
        self.installed = installed if installed is not None else catalog
        self.working_as = working_as
        self._attach(db)

    @classmethod
    def deferred(cls, path: Path, catalog: Catalog) -> Workspace:
        """A workspace on ``path`` whose database opens on first use of :attr:`db`.

        For a file a quick read has just found current and intact: opening it then changes
        nothing, and whatever asks first (the window once it has painted) waits for it.
        """
        ws = cls.__new__(cls)
        ws._db = None
        ws.path = Path(path).expanduser()
        ws.catalog = ws.installed = catalog
        ws.working_as = None
        return ws

    @property
    def db(self) -> Database:
        """The open database (opened now, when the workspace was made deferred)."""
        if self._db is None:
            from poa_desktop.store import open_database

            self._attach(open_database(self.path))
        assert self._db is not None
        return self._db

    @property
    def is_open(self) -> bool:
        """Whether :attr:`db` has opened (a deferred workspace: not before its first use)."""
        return self._db is not None

    def _attach(self, db: Database) -> None:
        from poa_desktop.store.failures import guard_storage

        # Services then raise StorageError (disk full, read-only, file deleted or damaged).
        guard_storage(db)
        self._db = db

    def cover(self, document_ids: Collection[str]) -> Catalog:
        """Work on an assessment covering these documents: :attr:`catalog` becomes the installed
        catalog restricted to them (every document when none is recorded). Returns it."""
        self.catalog = self.installed.covering(document_ids)
        return self.catalog

    def reinstalled(self, catalog: Catalog) -> None:
        """The installed documents changed (one added or removed): keep the same coverage."""
        covered = {d.id for d in self.catalog.documents}
        self.installed = catalog
        self.cover(covered)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace(path: Path, catalog: Catalog | None = None) -> Workspace:
    """Open (creating and migrating as needed) the database at ``path`` with the catalog."""
    from poa_desktop.store import open_database

    return Workspace(open_database(path), catalog or default_catalog())
