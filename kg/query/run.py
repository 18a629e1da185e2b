"""Run a stored query against a graph file, an on-disk store or a remote SPARQL endpoint."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyoxigraph as ox

from kg.assemble.namespaces import compress, converter
from kg.paths import OUT_DIR, QUERIES_DIR
from kg.query.binding import with_values
from kg.query.catalog import QueryError, StoredQuery, find_query
from kg.store import GraphStore

XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Source:
    """Where to query: exactly one of a graph file, a store folder or an endpoint URL."""

    graph: Path | None = None
    store: Path | None = None
    endpoint: str | None = None

    @classmethod
    def default(cls) -> Source:
        """The last build: its on-disk store, else its Turtle file."""
        if (OUT_DIR / "store").is_dir():
            return cls(store=OUT_DIR / "store")
        return cls(graph=OUT_DIR / "apatinib-kg.ttl")


def bind(query: StoredQuery, values: dict[str, str]) -> dict[str, Any]:
    """Parameter values (strings from the command line) → RDF terms, with defaults filled in."""
    known = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(known))
    if unknown:
        names = ", ".join(known) or "none"
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(unknown)}; parameters: {names}")
    bound: dict[str, Any] = {}
    for name, param in known.items():
        raw = values.get(name, param.default)
        if raw is None:
            continue
        bound[f"_{name}"] = term(param.type, str(raw), name)
    return bound


def term(kind: str, raw: str, name: str) -> Any:
    if kind == "iri":
        iri = raw if "://" in raw else converter().expand(raw)
        if not iri:
            raise QueryError(f"parameter {name}: {raw!r} is neither an IRI nor a known CURIE")
        return ox.NamedNode(iri)
    if kind == "integer":
        if not raw.lstrip("-").isdigit():
            raise QueryError(f"parameter {name}: {raw!r} is not an integer")
        return ox.Literal(raw, datatype=ox.NamedNode(XSD + "integer"))
    if kind == "decimal":
        try:
            float(raw)
        except ValueError as exc:
            raise QueryError(f"parameter {name}: {raw!r} is not a number") from exc
        return ox.Literal(raw, datatype=ox.NamedNode(XSD + "decimal"))
    return ox.Literal(raw)


def render(value: Any) -> str | None:
    """A result term as text: IRIs as CURIEs where a prefix covers them, literals as their value."""
    if value is None:
        return None
    if isinstance(value, ox.NamedNode):
        return compress(value.value) or value.value
    return value.value


def run_query(name: str, source: Source | None = None, params: dict[str, str] | None = None,
              queries_dir: Path = QUERIES_DIR) -> tuple[list[str], list[list[str | None]]]:
    """Columns and rows (text) of a stored query."""
    query = find_query(name, queries_dir)
    source = source or Source.default()
    bindings = bind(query, params or {})
    if source.endpoint:
        from kg.query.remote import select_remote

        names, rows = select_remote(source.endpoint, query.text, bindings)
        return names, sort_lists(query, names, rows)
    if source.store:
        store = GraphStore.open(source.store)
    else:
        path = Path(source.graph or "")
        if not path.is_file():
            raise QueryError(f"{path}: graph file not found (build it with `python build_graph.py`)")
        store = GraphStore.from_file(path)
    names, rows = store.select(with_values(query.text, bindings))
    return names, sort_lists(query, names, [[render(v) for v in row] for row in rows])


def sort_lists(query: StoredQuery, names: list[str], rows: list[list[str | None]]) -> list[list[str | None]]:
    """Sort the items of the query's list-valued cells ("b + a" → "a + b"), so every store answers alike."""
    columns = [(names.index(column), separator) for column, separator in query.lists if column in names]
    for row in rows:
        for index, separator in columns:
            if row[index]:
                row[index] = separator.join(sorted(set(row[index].split(separator))))
    return rows


def to_frame(name: str, source: Source | None = None, params: dict[str, str] | None = None) -> pd.DataFrame:
    """A stored query's answer as a pandas DataFrame (the Python API)."""
    columns, rows = run_query(name, source, params)
    return pd.DataFrame(rows, columns=columns)
