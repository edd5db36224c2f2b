"""The PDF report: fonts, styles, flowables, the front matter, the body and the annexes."""
