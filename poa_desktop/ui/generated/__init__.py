"""Modules compiled from forms/*.ui by ``python -m tools.forms``; never edit them by hand."""
