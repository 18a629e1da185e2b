"""Stage 7 — query: stored SPARQL queries, run on a graph file, a store or an endpoint."""

from kg.query.catalog import QueryError, StoredQuery, load_catalog, load_query
from kg.query.run import Source, run_query, to_frame

__all__ = ["QueryError", "Source", "StoredQuery", "load_catalog", "load_query", "run_query", "to_frame"]
