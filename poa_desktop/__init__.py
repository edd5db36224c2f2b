"""poa-desktop: offline self-assessment and national reporting on the PoA and the ITI."""

__version__ = "0.1.0"
