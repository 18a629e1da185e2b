"""A thin wrapper over pyoxigraph so the rest of the code never depends on its changing API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox

FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD,
           ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML, ".nq": ox.RdfFormat.N_QUADS}


class StoreError(RuntimeError):
    """A graph that cannot be loaded or a query that cannot run; the message names the file."""


class GraphStore:
    """A SPARQL store: ``GraphStore.from_file`` (in memory) or ``GraphStore.open`` (on disk)."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store

    @classmethod
    def in_memory(cls) -> GraphStore:
        return cls(ox.Store())

    @classmethod
    def from_file(cls, path: Path) -> GraphStore:
        """Load an RDF file (format from its extension) into a new in-memory store."""
        store = cls.in_memory()
        store.load_file(path)
        return store

    @classmethod
    def open(cls, directory: Path, read_only: bool = True) -> GraphStore:
        directory = Path(directory)
        if read_only and not directory.is_dir():
            raise StoreError(f"{directory}: no store here (build the graph first)")
        try:
            store = ox.Store.read_only(str(directory)) if read_only else ox.Store(str(directory))
        except OSError as exc:
            raise StoreError(f"{directory}: cannot open store: {exc}") from exc
        return cls(store)

    def load_file(self, path: Path) -> None:
        path = Path(path)
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise StoreError(f"{path}: unknown RDF format (expected one of {', '.join(sorted(FORMATS))})")
        try:
            self._store.bulk_load(path=str(path), format=fmt)
        except SyntaxError as exc:
            raise StoreError(f"{path}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{path}: cannot read: {exc}") from exc

    def load_ntriples(self, data: bytes) -> None:
        self._store.bulk_load(input=data, format=ox.RdfFormat.N_TRIPLES)

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        self._store.flush()

    def select(self, query: str) -> tuple[list[str], list[list[Any]]]:
        """Run a SELECT; returns (variable names, rows of pyoxigraph terms or None)."""
        try:
            result = self._store.query(query)
        except SyntaxError as exc:
            raise StoreError(str(exc)) from exc
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("only SELECT queries are supported here")
        names = [v.value for v in result.variables]
        rows = [[solution[name] for name in names] for solution in result]
        return names, rows

    def ask(self, query: str) -> bool:
        return bool(self._store.query(query))
