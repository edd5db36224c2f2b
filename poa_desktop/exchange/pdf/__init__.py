"""The PDF report: fonts, styles, flowables, the front matter, the body and the annexes."""

from poa_desktop.exchange.pdf.bidi import install as _install_bidi

RIGHT_TO_LEFT = _install_bidi()
"""Whether reportlab lays out right-to-left text (always, unless it was imported before us)."""
