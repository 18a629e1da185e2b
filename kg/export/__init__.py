"""Stage 8 — export: the graph and its mappings in the formats other projects read."""

from pathlib import Path

from rdflib import Graph

from kg.export.serialize import write_graph_files
from kg.ground.vocabulary import Vocabulary


def write_all(graph: Graph, vocabulary: Vocabulary, directory: Path, basename: str) -> dict[str, Path]:
    """Every export of a build into ``directory``; returns the written paths by format."""
    return write_graph_files(graph, directory, basename)


__all__ = ["write_all", "write_graph_files"]
