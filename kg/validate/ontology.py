"""Ontology quality: canonical Turtle form and the ``ontology/checks/*-violation.rq`` queries.

Run ``python -m kg.validate.ontology`` to rewrite the ontology in canonical form and list check failures.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Graph, URIRef

from kg.assemble.namespaces import compress
from kg.paths import ONTOLOGY_DIR, ONTOLOGY_FILE
from kg.validate.loading import load_rdf

CHECKS_DIR = ONTOLOGY_DIR / "checks"
ONTOLOGY_IRI = "https://w3id.org/apatinib-kg/ontology"
# header IRIs that name documents, not terms, and so need no CURIE
HEADER_IRIS = {ONTOLOGY_IRI, f"{ONTOLOGY_IRI}/0.1.0", "https://creativecommons.org/licenses/by/4.0/"}


def canonical_turtle(graph: Graph) -> str:
    """The one serialisation of a graph we commit: rdflib's sorted ``longturtle``."""
    return graph.serialize(format="longturtle")


def is_canonical(path: Path = ONTOLOGY_FILE) -> bool:
    return Path(path).read_text(encoding="utf-8") == canonical_turtle(load_rdf(path))


def run_checks(path: Path = ONTOLOGY_FILE, checks_dir: Path = CHECKS_DIR) -> dict[str, list[tuple[str, ...]]]:
    """Rows returned by each ``*-violation.rq`` check, by check name (an empty list is a pass)."""
    graph = load_rdf(path)
    return {query.stem: [tuple(str(v) for v in row) for row in graph.query(query.read_text(encoding="utf-8"))]
            for query in sorted(Path(checks_dir).glob("*-violation.rq"))}


def uncompressible_iris(path: Path = ONTOLOGY_FILE) -> list[str]:
    """IRIs of the ontology that no prefix of the project's prefix map compresses to a CURIE."""
    graph = load_rdf(path)
    iris = {str(t) for triple in graph for t in triple if isinstance(t, URIRef)} - HEADER_IRIS
    return sorted(iri for iri in iris if compress(iri) is None)


def main(path: Path = ONTOLOGY_FILE) -> int:
    """Rewrite the ontology in canonical form and print every failed check; exit 1 when one failed."""
    path.write_text(canonical_turtle(load_rdf(path)), encoding="utf-8")
    failed = {name: rows for name, rows in run_checks(path).items() if rows}
    failed.update({"uncompressible-iri": [(iri,) for iri in uncompressible_iris(path)]} if uncompressible_iris(path)
                  else {})
    for name, rows in failed.items():
        for row in rows:
            print(f"{name}: {' '.join(row)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
