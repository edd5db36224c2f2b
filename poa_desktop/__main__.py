"""``python -m poa_desktop`` does what the ``poa-desktop`` command does; the bundle's entry point.

Frozen, ``freeze_support()`` comes first: the analysis of national reports reads in worker
processes started with ``spawn``, and in a frozen build a worker (and multiprocessing's resource
tracker) is this executable started again; PyInstaller's ``freeze_support`` runs the worker and
exits there, instead of opening a second window. Not frozen, it would do nothing, so
multiprocessing is not imported (some 20 ms of start-up).
"""

import sys

if getattr(sys, "frozen", False):
    import multiprocessing

    multiprocessing.freeze_support()

from poa_desktop.cli import main  # after freeze_support: a worker needs none of it

sys.exit(main())
