"""Apatinib knowledge graph: literature → evidence-backed RDF, validated and queryable."""

__version__ = "0.1.0"
