"""The Qt application: a thin layer of widgets over :mod:`poa_desktop.services`."""
