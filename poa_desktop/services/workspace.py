"""A workspace: one open database and the catalog, the two things every service needs."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from poa_desktop.catalog import Catalog, default_catalog
from poa_desktop.store import Database, open_database
from poa_desktop.store.failures import guard_storage


@dataclass
class Workspace:
    """What a window, a command or a test hands to the services."""

    db: Database
    catalog: Catalog
    """The documents of the assessment being worked on (:meth:`cover`); at first, all."""
    working_as: str | None = None
    """Who says they are working (File → Working as…, ``--as``); None: the focal point."""
    installed: Catalog = field(default=None)  # type: ignore[assignment]
    """Every document installed: the bundled ones and those the user added."""

    def __post_init__(self) -> None:
        if self.installed is None:
            self.installed = self.catalog
        # Services then raise StorageError (disk full, read-only, file deleted or damaged).
        guard_storage(self.db)

    def cover(self, document_ids: Collection[str]) -> Catalog:
        """Work on an assessment covering these documents: :attr:`catalog` becomes the installed
        catalog restricted to them (every document when none is recorded). Returns it."""
        self.catalog = self.installed.covering(document_ids) if document_ids else self.installed
        return self.catalog

    def reinstalled(self, catalog: Catalog) -> None:
        """The installed documents changed (one added or removed): keep the same coverage."""
        covered = {d.id for d in self.catalog.documents}
        self.installed = catalog
        self.cover(covered)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace(path: Path, catalog: Catalog | None = None) -> Workspace:
    """Open (creating and migrating as needed) the database at ``path`` with the catalog."""
    return Workspace(open_database(path), catalog or default_catalog())
