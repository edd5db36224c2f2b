"""Schema migrations with Alembic, run from code on one connection.

Only imported when the schema is not current (Alembic takes a noticeable part of a second to
import), so every Alembic import here sits inside a function as well.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from .backup import backup_database, backup_path_before_upgrade
from .engine import create_sqlite_engine
from .errors import DatabaseTooNewError, MigrationError
from .probe import probe_database

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection

MIGRATIONS_DIR: Final = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code: no alembic.ini, works installed and frozen."""
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolates "%", which may appear in a user's install path.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    """The revision scripts shipped with this version of the app."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The single head revision; two heads mean an unmerged branch and are refused."""
    heads = script_directory().get_heads()
    if len(heads) != 1:
        raise MigrationError(
            f"The migrations shipped with poa-desktop have {len(heads)} heads "
            f"({', '.join(sorted(heads))}); expected exactly one."
        )
    return heads[0]


def known_revisions() -> frozenset[str]:
    """Every revision this app can upgrade from."""
    return frozenset(script.revision for script in script_directory().walk_revisions())


def check_known(path: Path, revision: str) -> None:
    """Refuse a database stamped with a revision this app has never heard of."""
    if revision not in known_revisions():
        raise DatabaseTooNewError(path, found=revision, supported=head_revision())


def upgrade(path: Path, target: str = "head") -> None:
    """Upgrade the database at ``path`` to ``target`` in one transaction, no backup taken.

    Foreign keys are off during the upgrade (see ``create_sqlite_engine``) and checked in full
    before committing, so a migration cannot leave dangling references behind.
    """
    from alembic import command

    engine = create_sqlite_engine(path, foreign_keys=False, for_migration=True)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), target)
            dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if dangling:
                raise MigrationError(
                    f"Upgrading {path} to schema {target} would leave {len(dangling)} broken "
                    f"references (first: {tuple(dangling[0])}); nothing was changed."
                )
    finally:
        engine.dispose()


def upgrade_to_head(path: Path) -> Path | None:
    """Bring ``path`` to the head revision, backing it up first unless it is empty.

    Returns the backup's path (None for a new database). On failure the upgrade is rolled back
    and the error names the backup.
    """
    head = head_revision()
    state = probe_database(path)
    if state.revision is not None:
        check_known(path, state.revision)
    backup = None
    if not state.is_empty:
        backup = backup_database(path, backup_path_before_upgrade(path, head))
    try:
        upgrade(path, head)
    except MigrationError:
        raise
    except Exception as error:
        raise MigrationError(
            f"Upgrading {path} to schema {head} failed ({type(error).__name__}: {error}); "
            "the database was left as it was.",
            backup,
        ) from error
    return backup


def compare_with_models(connection: Connection) -> list[Any]:
    """Differences between the schema behind ``connection`` and the models (empty when equal)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from . import models  # noqa: F401  (registers every table)
    from .base import Base

    context = MigrationContext.configure(
        connection,
        opts={"compare_type": True, "compare_server_default": _server_defaults_differ},
    )
    return list(compare_metadata(context, Base.metadata))


def _unquoted(default: str | None) -> str | None:
    """A server default as SQLite reports it, without wrapping parentheses or quotes."""
    if default is None:
        return None
    default = re.sub(r"^\((.*)\)$", r"\1", default)
    return re.sub(r"^\"?'(.*)'\"?$", r"\1", default)


def _server_defaults_differ(
    context: Any,
    inspected_column: Any,
    metadata_column: Any,
    inspected_default: str | None,
    metadata_default: Any,
    rendered_metadata_default: str | None,
) -> bool:
    """Alembic's SQLite comparison, extended to the empty-string default ('' vs nothing)."""
    return _unquoted(inspected_default) != _unquoted(rendered_metadata_default)


def new_revision(message: str) -> Path:
    """Write the next revision script, autogenerated from the models (a developer tool).

    Review and tidy the script by hand, then raise ``SCHEMA_HEAD`` in ``probe.py`` to match.
    """
    import tempfile

    from alembic import command

    head = head_revision()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "scratch.sqlite"
        upgrade(scratch, head)
        engine = create_sqlite_engine(scratch, foreign_keys=False, for_migration=True)
        try:
            with engine.begin() as connection:
                script = command.revision(
                    alembic_config(connection),
                    message,
                    autogenerate=True,
                    rev_id=f"{int(head) + 1:04d}",
                )
        finally:
            engine.dispose()
    if script is None or isinstance(script, list):
        raise MigrationError("Alembic did not write exactly one revision script.")
    return Path(script.path)


if __name__ == "__main__":  # python -m poa_desktop.store.migrate "what changed"
    import sys

    if len(sys.argv) != 2:
        sys.exit('usage: python -m poa_desktop.store.migrate "message of the new revision"')
    print(new_revision(sys.argv[1]))
