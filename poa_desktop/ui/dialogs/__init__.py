"""One module per dialog; each takes what it needs (a workspace, an assessment), not the window."""
