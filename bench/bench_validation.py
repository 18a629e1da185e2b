"""SHACL validation as the build runs it (pyshacl-turbo, no inference) vs pySHACL, same graph, one run.

Three settings on the same data: the build's (pyshacl-turbo, no inference, ontology as ont_graph),
pySHACL with the same options, and pySHACL's default RDFS inference.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyshacl  # noqa: E402
import pyshacl_turbo  # noqa: E402
from scaled import corpus_ntriples, rdflib_graph, scaled_ntriples  # noqa: E402

from kg.paths import ONTOLOGY_FILE, SHAPES_FILE  # noqa: E402
from kg.validate.loading import load_rdf  # noqa: E402


def timed(run) -> tuple[float, bool]:
    start = time.perf_counter()
    conforms = run()
    return time.perf_counter() - start, conforms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=2, help="copies of the corpus graph")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = rdflib_graph(scaled_ntriples(corpus_ntriples(Path(tmp)), args.scale))
    shapes, ontology = load_rdf(SHAPES_FILE), load_rdf(ONTOLOGY_FILE)
    options = {"shacl_graph": shapes, "ont_graph": ontology, "advanced": True, "allow_warnings": True}
    build, build_ok = timed(lambda: pyshacl_turbo.validate(data, inference="none", **options)[0])
    same, same_ok = timed(lambda: pyshacl.validate(data, inference="none", **options)[0])
    rdfs, rdfs_ok = timed(lambda: pyshacl.validate(data, inference="rdfs", **options)[0])
    print(f"graph: {len(data)} triples ({args.scale} copies of the corpus graph)")
    print(f"pyshacl-turbo, no inference (build): {build:8.2f} s  conforms={build_ok}")
    print(f"pySHACL, no inference:               {same:8.2f} s  conforms={same_ok}  ratio {same / build:6.1f}x")
    print(f"pySHACL, RDFS inference:             {rdfs:8.2f} s  conforms={rdfs_ok}  ratio {rdfs / build:6.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
