"""Storage failures made by SQLite itself: pragmas set on every connection a workspace checks out.

``PRAGMA query_only=1`` fails every write as a read-only database would; tests switch it on and
off to make the same real failure the window and the services must survive.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from poa_desktop.services.workspace import Workspace


class Pragmas:
    """Pragmas set on every connection the engine hands out, as long as they are wanted."""

    def __init__(self, ws: Workspace) -> None:
        self.wanted: list[str] = []
        event.listen(ws.db.engine, "checkout", self._apply)

    def _apply(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in self.wanted:
            cursor.execute(pragma)
        cursor.close()
