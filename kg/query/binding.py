"""Bind query parameters as RDF terms: an inline VALUES block at the top of the WHERE group.

Values are pyoxigraph terms serialised in N-Triples syntax (escaped by the library), never user text
pasted into the query. Placing the block first in the WHERE group makes the bound variable visible
to every pattern and FILTER of that group, for the embedded store and remote endpoints alike.
"""

from __future__ import annotations

import re
from typing import Any

WHERE_OPEN = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_values(text: str, bindings: dict[str, Any]) -> str:
    """The query with ``VALUES (?a ?b) { (term term) }`` inserted after its first ``WHERE {``."""
    if not bindings:
        return text
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    body = with_service_iris("\n".join(lines), bindings)
    match = WHERE_OPEN.search(body)
    if not match:
        raise ValueError("cannot bind parameters: the query has no WHERE { ... } group")
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(str(term) for term in bindings.values())
    block = f"\n  VALUES ({names}) {{ ({terms}) }}"
    return body[: match.end()] + block + body[match.end():]


def with_service_iris(text: str, bindings: dict[str, Any]) -> str:
    """``SERVICE ?_name`` written as ``SERVICE <iri>``: engines resolve a SERVICE only from a constant IRI."""
    for name, term in bindings.items():
        value = str(term)
        if value.startswith("<") and value.endswith(">"):
            text = re.sub(rf"\bSERVICE\s+\?{re.escape(name)}\b", lambda _m, v=value: f"SERVICE {v}", text,
                          flags=re.IGNORECASE)
    return text
