"""Read ontology and shapes files, turning parser errors into messages that name file and line."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph


class RDFFileError(ValueError):
    """An RDF file that cannot be parsed."""


def load_rdf(path: Path) -> Graph:
    path = Path(path)
    if not path.is_file():
        raise RDFFileError(f"{path}: file not found")
    fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".owl": "xml", ".rdf": "xml"}.get(path.suffix, "turtle")
    graph = Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises parser-specific types (BadSyntax, SAXParseException, ...)
        message = str(exc)
        m = re.search(r"line (\d+)", message) or re.search(r":(\d+):\d+", message)
        line = f":{m.group(1)}" if m else ""
        first = message.strip().splitlines()[0] if message.strip() else type(exc).__name__
        raise RDFFileError(f"{path}{line}: syntax error: {first}") from exc
    return graph
