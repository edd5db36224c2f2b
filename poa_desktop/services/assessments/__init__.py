"""Assessments and their life: the State profile, set-up, cycles, carrying forward, clearance."""
