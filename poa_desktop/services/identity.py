"""Who a change is recorded as: one person, with the computer login beside, never instead.

The audit trail names the person who answers for the report: whoever says they are working
(``Workspace.working_as``: the window's File → Working as…, the command line's ``--as``), else
the focal point of the State profile. The operating-system login is recorded beside the person
(``revision.login``), since on a shared office computer it often names nobody in particular.
"""

from __future__ import annotations

import getpass

from sqlalchemy import select

from poa_desktop.services.workspace import Workspace
from poa_desktop.store import StateProfile


def computer_login() -> str:
    """The operating-system login ("unknown" when the system cannot say)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def person(ws: Workspace, author: str | None = None) -> str:
    """The name a change is recorded under: ``author`` when given, else who is working."""
    for name in (author, ws.working_as):
        if name and name.strip():
            return " ".join(name.split())
    with ws.db.session() as session:
        focal = session.scalar(select(StateProfile.focal_point_name).limit(1))
    return " ".join(focal.split()) if focal and focal.strip() else computer_login()
