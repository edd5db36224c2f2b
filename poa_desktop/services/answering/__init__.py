"""Answering measures: saves with revisions, autosave decisions, history, walk, search, progress."""
