"""The stored federated query joins our drug targets with a UniProt-shaped endpoint through shared IRIs.

Two real SPARQL endpoints (rdflib-endpoint) run on 127.0.0.1: one serves a small UniProt-shaped sample,
the other serves our graph and resolves the query's SERVICE clause; the query goes over the SPARQL
protocol through SPARQLWrapper. The same query also runs on the embedded store, which resolves SERVICE.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from export_fixture import claim_graph

from kg.query.run import Source, run_query

pytest.importorskip("rdflib_endpoint")
pytest.importorskip("uvicorn")

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = ["apatinib", "KDR", "inhibits", "uniprot:P35968", "VGFR2_HUMAN",
            "Vascular endothelial growth factor receptor 2"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(path: Path) -> tuple[subprocess.Popen, str]:
    """Start an endpoint for ``path``; wait (at most 30 s) until it answers."""
    port = free_port()
    process = subprocess.Popen([sys.executable, str(FIXTURES / "serve_sparql.py"), str(path), str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"endpoint for {path} stopped: {process.stderr.read().decode()[-500:]}")
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2):
                return process, url
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise RuntimeError(f"endpoint for {path} did not start")


@pytest.fixture(scope="module")
def endpoints(tmp_path_factory):
    graph_file = tmp_path_factory.mktemp("federated") / "claims.ttl"
    claim_graph().serialize(graph_file, format="turtle")
    started = []
    try:
        for path in (FIXTURES / "uniprot-sample.ttl", graph_file):
            started.append(serve(path))
        yield graph_file, started[0][1], started[1][1]
    finally:
        for process, _ in started:
            process.terminate()
            process.wait(timeout=10)


def test_federated_query_over_the_sparql_protocol(endpoints):
    _, uniprot, ours = endpoints
    columns, rows = run_query("federated-uniprot-targets", Source(endpoint=ours), {"endpoint": uniprot})
    assert columns == ["drug", "target", "relation", "protein", "mnemonic", "protein_name"]
    assert rows == [EXPECTED]


def test_federated_query_from_the_embedded_store(endpoints):
    graph_file, uniprot, _ = endpoints
    _, rows = run_query("federated-uniprot-targets", Source(graph=graph_file), {"endpoint": uniprot})
    assert rows == [EXPECTED]
