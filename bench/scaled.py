"""A bigger graph of the same shape: the corpus graph copied N times under fresh data IRIs."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph

from kg.paths import CORPUS_DIR
from kg.pipeline import build

DATA_IRI = re.compile(r"<(https://w3id\.org/apatinib-kg/id/[^>]*)>")


def corpus_ntriples(tmp: Path) -> str:
    """N-Triples of a fresh build of the project corpus."""
    result = build(CORPUS_DIR, tmp / "out", show_progress=False)
    return (result.out_dir / "apatinib-kg.nt").read_text(encoding="utf-8")


def scaled_ntriples(ntriples: str, copies: int) -> str:
    """``copies`` disjoint copies: every data IRI gets the suffix ``-k`` in copy k."""
    parts = [DATA_IRI.sub(lambda m, k=k: f"<{m.group(1)}-{k}>", ntriples) for k in range(copies)]
    return "".join(parts)


def rdflib_graph(ntriples: str) -> Graph:
    return Graph().parse(data=ntriples, format="nt")
