"""``python -m poa_desktop`` does what the ``poa-desktop`` command does."""

import sys

from poa_desktop.cli import main

sys.exit(main())
