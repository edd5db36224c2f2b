"""Use cases over the catalog and the store, for the UI, the command line and the tests.

No Qt here: every function takes a :class:`~poa_desktop.services.workspace.Workspace` (or a
session inside one) and returns plain data.
"""
