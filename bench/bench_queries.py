"""Stored queries on pyoxigraph (the project's store) vs rdflib's own SPARQL engine, same graph, one run."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scaled import corpus_ntriples, rdflib_graph, scaled_ntriples  # noqa: E402

from kg.query.catalog import load_catalog  # noqa: E402
from kg.store import GraphStore  # noqa: E402

QUERIES = ("trials", "efficacy-outcomes", "adverse-events", "molecular-effects", "drug-targets", "pharmacokinetics")


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=40, help="copies of the corpus graph")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = scaled_ntriples(corpus_ntriples(Path(tmp)), args.scale)
    store = GraphStore.in_memory()
    store.load_ntriples(data.encode("utf-8"))
    graph = rdflib_graph(data)
    catalog = load_catalog()
    print(f"graph: {len(store)} triples ({args.scale} copies of the corpus graph)")
    print(f"{'query':22s} {'pyoxigraph s':>13s} {'rdflib s':>10s} {'ratio':>8s}")
    ratios = []
    for name in QUERIES:
        text = catalog[name].text
        ox_rows = len(store.select(text)[1])
        rl_rows = len(list(graph.query(text)))
        if ox_rows != rl_rows:
            print(f"{name}: engines disagree ({ox_rows} vs {rl_rows} rows)")
        ox_time = best_of(args.repeat, lambda text=text: store.select(text))
        rl_time = best_of(args.repeat, lambda text=text: list(graph.query(text)))
        ratios.append(rl_time / ox_time)
        print(f"{name:22s} {ox_time:13.4f} {rl_time:10.4f} {rl_time / ox_time:7.1f}x")
    print(f"geometric-mean speed-up of pyoxigraph over rdflib: {statistics.geometric_mean(ratios):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
