"""Competency questions as regression tests: every stored query answers what its ``#+ expect:`` header says.

The corpus graph is built once per session; each expectation (column → value) must match at least one row.
A query without expectations fails unless NO_EXPECTATIONS gives the reason it cannot have any.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.paths import CORPUS_DIR, QUERIES_DIR
from kg.pipeline import build
from kg.query import Source, load_catalog, run_query

CATALOG = load_catalog(QUERIES_DIR)
NO_EXPECTATIONS = {
    "federated-uniprot-targets": "answers only through a remote SPARQL endpoint (SERVICE); tested offline elsewhere",
}


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory) -> Path:
    """The project corpus built through the full pipeline (SHACL and OWL gates included)."""
    out = tmp_path_factory.mktemp("competency") / "out"
    build(CORPUS_DIR, out, show_progress=False)
    return out / "store"


def same(cell: str | None, expected: Any) -> bool:
    """A result cell equals an expected value; numbers compare by value (6 == 6.0)."""
    if cell is None:
        return expected is None
    if str(cell) == str(expected).strip():
        return True
    try:
        return float(cell) == float(expected)
    except (TypeError, ValueError):
        return False


def test_allowlist_names_stored_queries_only() -> None:
    assert set(NO_EXPECTATIONS) <= set(CATALOG)


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_stored_query_meets_its_expectations(name: str, corpus_store: Path) -> None:
    query = CATALOG[name]
    if name in NO_EXPECTATIONS:
        assert not query.expect, f"{name} now has expectations: remove it from NO_EXPECTATIONS"
        return
    assert query.expect, f"{query.path}: add '#+ expect:' rows the corpus answer must contain"
    columns, rows = run_query(name, Source(store=corpus_store))
    records = [dict(zip(columns, row)) for row in rows]
    for expected in query.expect:
        unknown = set(expected) - set(columns)
        assert not unknown, f"{name}: expectation names unknown column(s) {sorted(unknown)}; columns: {columns}"
        hits = [r for r in records if all(same(r[col], value) for col, value in expected.items())]
        assert hits, f"{name}: no row matches {expected} among {len(records)} row(s)"


def test_facts_about_identifier_follow_arms_regimens_and_combinations(corpus_store):
    """A drug's DrugBank id reaches trial outcomes and adverse events through arm → regimen → component."""
    columns, rows = run_query("facts-about-identifier", Source(store=corpus_store), {"id": "drugbank:DB14765"})
    found = {(row[columns.index("fact")], row[columns.index("role")]) for row in rows}
    assert {("adverse event observation", "ofArm"), ("outcome measurement", "ofArm"),
            ("molecular effect", "agent"), ("drug target assertion", "drug")} <= found
    assert {row[columns.index("entity")] for row in rows} == {"apatinib"}
    _, none = run_query("facts-about-identifier", Source(store=corpus_store), {"id": "uniprot:P00000"})
    assert none == []
