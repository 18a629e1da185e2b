"""SHACL validation as the build runs it (no inference, ontology as ont_graph) vs pySHACL's RDFS default."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pyshacl import validate  # noqa: E402
from scaled import corpus_ntriples, rdflib_graph, scaled_ntriples  # noqa: E402

from kg.paths import ONTOLOGY_FILE, SHAPES_FILE  # noqa: E402
from kg.validate.loading import load_rdf  # noqa: E402


def timed(run) -> tuple[float, bool]:
    start = time.perf_counter()
    conforms = run()
    return time.perf_counter() - start, conforms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=10, help="copies of the corpus graph")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = rdflib_graph(scaled_ntriples(corpus_ntriples(Path(tmp)), args.scale))
    shapes, ontology = load_rdf(SHAPES_FILE), load_rdf(ONTOLOGY_FILE)
    ours, ours_ok = timed(lambda: validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                           advanced=True, allow_warnings=True)[0])
    rdfs, rdfs_ok = timed(lambda: validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
                                           advanced=True, allow_warnings=True)[0])
    print(f"graph: {len(data)} triples ({args.scale} copies of the corpus graph)")
    print(f"no inference (build setting): {ours:8.2f} s  conforms={ours_ok}")
    print(f"RDFS inference:               {rdfs:8.2f} s  conforms={rdfs_ok}")
    print(f"ratio: {rdfs / ours:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
