"""A workspace: one open database and the catalog, the two things every service needs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from poa_desktop.catalog import Catalog, default_catalog
from poa_desktop.store import Database, open_database
from poa_desktop.store.failures import guard_storage


@dataclass
class Workspace:
    """What a window, a command or a test hands to the services."""

    db: Database
    catalog: Catalog
    working_as: str | None = None
    """Who says they are working (File → Working as…, ``--as``); None: the focal point."""

    def __post_init__(self) -> None:
        # Services then raise StorageError (disk full, read-only, file deleted or damaged).
        guard_storage(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace(path: Path, catalog: Catalog | None = None) -> Workspace:
    """Open (creating and migrating as needed) the database at ``path`` with the catalog."""
    return Workspace(open_database(path), catalog or default_catalog())
