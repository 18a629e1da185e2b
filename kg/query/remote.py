"""Stored queries over the SPARQL protocol, with SPARQLWrapper."""

from __future__ import annotations

from typing import Any

from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kg.assemble.namespaces import compress
from kg.query.binding import with_values
from kg.query.catalog import QueryError


def select_remote(endpoint: str, text: str, bindings: dict[str, Any],
                  timeout: int = 60) -> tuple[list[str], list[list[str | None]]]:
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setTimeout(timeout)
    client.setQuery(with_values(text, bindings))
    try:
        result = client.queryAndConvert()
    except Exception as exc:  # SPARQLWrapper raises many unrelated types (URLError, EndPointNotFound, ...)
        raise QueryError(f"{endpoint}: query failed: {exc}") from exc
    names = result["head"]["vars"]
    rows = []
    for binding in result["results"]["bindings"]:
        row = []
        for name in names:
            cell = binding.get(name)
            if cell is None:
                row.append(None)
            elif cell["type"] == "uri":
                row.append(compress(cell["value"]) or cell["value"])
            else:
                row.append(cell["value"])
        rows.append(row)
    return names, rows

