"""An assessment as the UI and the command line show it, without SQLAlchemy.

The window holds one before SQLAlchemy loads (its first screen is read with plain ``sqlite3``:
:mod:`poa_desktop.services.first_screen`); the type itself is the domain's.
"""

from __future__ import annotations

from poa_desktop.domain.assessment import AssessmentInfo as AssessmentInfo
