"""Deterministic serialisations: the same graph always gives the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph

from kg.assemble.namespaces import turtle_prefixes


def ntriples(graph: Graph) -> str:
    """N-Triples with lines sorted (rdflib writes them in hash order)."""
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return "\n".join(sorted(set(line for line in lines if line.strip()))) + "\n"


def turtle(graph: Graph) -> str:
    """Turtle with only the prefixes that are used (rdflib orders subjects and predicates)."""
    return graph.serialize(format="turtle", encoding="utf-8").decode("utf-8")


def context() -> dict[str, str]:
    """The JSON-LD context: the project's prefix map."""
    return dict(sorted(turtle_prefixes().items()))


def jsonld(graph: Graph) -> str:
    """Compact JSON-LD with the prefix context; nodes and values sorted for stable output."""
    data = json.loads(graph.serialize(format="json-ld", context=context(), encoding="utf-8").decode("utf-8"))
    nodes = data.get("@graph", [])
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    data["@graph"] = sorted(nodes, key=lambda n: n.get("@id", ""))
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_graph_files(graph: Graph, directory: Path, basename: str) -> dict[str, Path]:
    """Write ``basename``.ttl/.nt/.jsonld into ``directory``; returns the paths by format."""
    paths = {}
    for suffix, render in ((".ttl", turtle), (".nt", ntriples), (".jsonld", jsonld)):
        path = Path(directory) / f"{basename}{suffix}"
        path.write_text(render(graph), encoding="utf-8")
        paths[suffix.lstrip(".")] = path
    (Path(directory) / "context.jsonld").write_text(
        json.dumps({"@context": context()}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return paths
