"""Deterministic IRIs: a claim's IRI is a hash of its content, so rebuilding never duplicates it."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from rdflib import URIRef

from kg.assemble.namespaces import AKGID

HASH_LENGTH = 16


def content_hash(content: Any) -> str:
    """A short stable hash of JSON-serialisable content (key order and float formatting fixed)."""
    blob = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def local(kind: str, content: Any) -> URIRef:
    """IRI ``akgid:<kind>.<hash>`` for a node identified by its content."""
    return AKGID[f"{kind}.{content_hash(content)}"]


def slug(text: str) -> str:
    """An IRI-safe slug of a name: ``MCF-7`` stays, spaces and symbols become ``-``."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.")


def entity(entry_id: str) -> URIRef:
    """IRI of a vocabulary entry, e.g. ``akgid:drug.apatinib``."""
    return AKGID[slug(entry_id)]


def document(doc_id: str) -> URIRef:
    return AKGID[f"doc.{slug(doc_id)}"]


def combination(drug_ids: list[str]) -> URIRef:
    """IRI of the combination of several drugs: ``akgid:combination.apatinib.cisplatin``."""
    names = sorted(d.split(".", 1)[1] for d in drug_ids)
    return AKGID["combination." + ".".join(slug(n) for n in names)]
