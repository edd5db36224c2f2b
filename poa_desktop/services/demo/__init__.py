"""Exampleland, a complete demo assessment built from the catalog (for a first look and tests)."""
