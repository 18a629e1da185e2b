"""Stage 6 — store: the graph in pyoxigraph (in memory or on disk) behind one small interface."""

from kg.store.oxigraph import GraphStore, StoreError

__all__ = ["GraphStore", "StoreError"]
