"""Stage 5 — validate: SHACL shapes (and OWL reasoning) as a gate on the built graph."""

from kg.validate.shacl import ValidationResult, validate_graph

__all__ = ["ValidationResult", "validate_graph"]
