"""Builds ``resources/catalog/*.json`` from the outcome documents' texts and curated metadata."""
