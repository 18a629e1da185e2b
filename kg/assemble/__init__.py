"""Stage 4 — assemble: typed records → RDF claims with evidence, deterministic IRIs."""

from kg.assemble.graph import GraphBuilder, assemble

__all__ = ["GraphBuilder", "assemble"]
