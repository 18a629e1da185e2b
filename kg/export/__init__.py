"""Stage 8 — export: the graph and its mappings in the formats other projects read."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rdflib import Graph

from kg.export.kgx import write_kgx
from kg.export.serialize import write_graph_files
from kg.export.sssom import write_sssom
from kg.ground.coverage import write_coverage
from kg.ground.unknown import UnknownName, write_unknown
from kg.ground.vocabulary import Vocabulary

UNKNOWN_NAMES_FILE = "unknown-names.tsv"


def write_all(graph: Graph, vocabulary: Vocabulary, directory: Path, basename: str,
              unknown: Sequence[UnknownName] | None = None) -> dict[str, Path]:
    """Every export of a build into ``directory``: RDF, SSSOM, KGX TSV, identifier coverage, unknown names.

    Returns the written paths by format; the unknown-names report is written when the build found
    names (it is given even when empty, so the file always says what was checked).
    """
    paths = write_graph_files(graph, directory, basename)
    paths["sssom"] = write_sssom(graph, vocabulary, directory)
    paths.update(write_kgx(graph, directory, basename))
    paths["identifier_coverage"] = write_coverage(graph, vocabulary, directory)
    if unknown is not None:
        paths["unknown_names"] = write_unknown(list(unknown), Path(directory) / UNKNOWN_NAMES_FILE)
    return paths


__all__ = ["write_all", "write_graph_files", "write_kgx", "write_sssom"]
