"""The commitment catalog: every paragraph of the outcome documents, as frozen data."""

from poa_desktop.catalog.loader import CatalogError, default_catalog, load_catalog
from poa_desktop.domain.catalog import (
    Catalog,
    Commitment,
    Document,
    Expiry,
    FieldDefinition,
    FieldGroup,
    FieldRule,
    Heading,
    Section,
    Term,
    UnknownCommitmentError,
)

__all__ = [
    "Catalog",
    "CatalogError",
    "Commitment",
    "Document",
    "Expiry",
    "FieldDefinition",
    "FieldGroup",
    "FieldRule",
    "Heading",
    "Section",
    "Term",
    "UnknownCommitmentError",
    "default_catalog",
    "load_catalog",
]
