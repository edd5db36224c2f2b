"""Core statements compiled once and run through the driver: the writes of every save.

``Connection.execute()`` looks a statement up in SQLAlchemy's compiled cache and builds its
parameters through the type system on every call, about 50 µs a statement on the 2-core
development machine: with the answer's UPDATE and the revision's INSERT, a fifth of what a save
costs beyond SQLite's own work and the fsync (issue 18). A :class:`Prepared` statement is
compiled once per dialect; each call converts its parameters with the bind processors
SQLAlchemy would use for those columns (public ``TypeEngine`` API) and hands the SQL to
``exec_driver_sql``. So the SQL, the stored formats (UTC timestamps, JSON, booleans, dates), the
engine's events and the translation of storage errors are those of any other statement.

Only INSERT and UPDATE statements whose every parameter the caller gives: SQLAlchemy's Python
side defaults (``default=utcnow``) are not run here, so a statement that would need one is
refused when it is compiled.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection, CursorResult, Delete, Insert, Update
from sqlalchemy.engine import Dialect

_Processor = Callable[[Any], Any]


class _Compiled(NamedTuple):
    sql: str
    names: tuple[str, ...]
    processors: tuple[_Processor | None, ...]
    expected: frozenset[str]


class Prepared:
    """An INSERT, UPDATE or DELETE compiled once for the keys ``keys`` (the columns it writes)
    and its own ``bindparam`` names; run with :meth:`execute`."""

    def __init__(self, statement: Insert | Update | Delete, keys: Sequence[str] = ()) -> None:
        self._statement = statement
        self._keys = list(keys)
        self._compiled: weakref.WeakKeyDictionary[Dialect, _Compiled] = weakref.WeakKeyDictionary()

    def _for(self, dialect: Dialect) -> _Compiled:
        found = self._compiled.get(dialect)
        if found is not None:
            return found
        compiled = self._statement.compile(dialect=dialect, column_keys=self._keys)
        names = tuple(compiled.positiontup or ())
        # A parameter the caller does not give is one SQLAlchemy would fill from a default.
        defaulted = [name for name in names if not compiled.binds[name].required]
        if defaulted:
            raise ValueError(f"{self._statement}: no value given for {', '.join(defaulted)}")
        processors = tuple(
            compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            for name in names
        )
        found = _Compiled(compiled.string, names, processors, frozenset(names))
        self._compiled[dialect] = found
        return found

    def execute(self, connection: Connection, params: Mapping[str, Any]) -> CursorResult[Any]:
        """Run the statement in ``connection``'s transaction; ``params`` gives exactly its keys
        and its own bound names."""
        compiled = self._for(connection.dialect)
        if params.keys() != compiled.expected:  # a value given for no column would be lost
            raise ValueError(f"parameters {sorted(params)}, expected {sorted(compiled.expected)}")
        values = tuple(
            params[name] if process is None else process(params[name])
            for name, process in zip(compiled.names, compiled.processors, strict=True)
        )
        return connection.exec_driver_sql(compiled.sql, values)
