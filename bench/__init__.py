"""Benchmarks: speed targets live here, never in timed unit tests. Run ``scripts/bench``."""
