"""Who a change is recorded as: one person, with the computer login beside, never instead.

The audit trail names the person who answers for the report: whoever says they are working
(``Workspace.working_as``: the window's File → Working as…, the command line's ``--as``), else
the focal point of the State profile. The operating-system login is recorded beside the person
(``revision.login``), since on a shared office computer it often names nobody in particular.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from poa_desktop.services.workspace import Workspace

_LOGIN_VARIABLES = ("LOGNAME", "USER", "LNAME", "USERNAME")
"""Where :func:`getpass.getuser` looks first, in its order."""


def computer_login() -> str:
    """The operating-system login ("unknown" when the system cannot say).

    :func:`getpass.getuser`, with its last resort, the system's account database (about 40 µs,
    on every revision written where no login variable is set), asked once per process.
    """
    for variable in _LOGIN_VARIABLES:
        login = os.environ.get(variable)
        if login:
            return login
    return _account_login()


@cache
def _account_login() -> str:
    """The account name of the process's user id: it cannot change while the process runs."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid())[0]
    except (ImportError, KeyError, OSError):  # no pwd (Windows), or an id without an account
        return "unknown"


def named(ws: Workspace, author: str | None = None) -> str | None:
    """``author`` when given, else who says they are working, tidied; None: neither, so the
    change is recorded as the focal point (:func:`focal_point_or_login`)."""
    for name in (author, ws.working_as):
        if name and name.strip():
            return " ".join(name.split())
    return None


def focal_point_or_login(focal: str | None) -> str:
    """The focal point's name as stored in the profile, tidied; the login when there is none."""
    return " ".join(focal.split()) if focal and focal.strip() else computer_login()


def person(ws: Workspace, author: str | None = None) -> str:
    """The name a change is recorded under: ``author`` when given, else who is working.

    A save reads the focal point in its own statement instead (:func:`named`, then
    :func:`focal_point_or_login`), saving a transaction on every autosave.
    """
    given = named(ws, author)
    if given is not None:
        return given
    from sqlalchemy import select  # here: the window names who works before SQLAlchemy loads

    from poa_desktop.store import StateProfile

    with ws.db.session() as session:
        focal = session.scalar(select(StateProfile.focal_point_name).limit(1))
    return focal_point_or_login(focal)
