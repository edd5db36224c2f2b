"""The one family of errors a person is shown: ``str(error)`` is a sentence for them.

The store (:class:`~poa_desktop.store.errors.StoreError`, storage failures included) and the
services (:class:`~poa_desktop.services.errors.ServiceError`) raise members of this family; the
window and the command line catch :class:`AppError` and show the message as it is. Anything else
that escapes is a bug and is logged with its traceback.
"""

from __future__ import annotations


class AppError(Exception):
    """Something the person asked for cannot be done, said in one or two plain sentences."""
