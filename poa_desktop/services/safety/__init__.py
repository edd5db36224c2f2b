"""Keeping work safe: rolling backups, the recovery file of unsaved typing, re-applying it."""
