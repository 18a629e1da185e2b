"""Namespaces and the prefix map: every IRI the graph writes compresses to a CURIE with these."""

from __future__ import annotations

import json
from functools import lru_cache

import curies
from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.paths import RESOURCES_DIR

AKG = Namespace("https://w3id.org/apatinib-kg/ontology#")
AKGID = Namespace("https://w3id.org/apatinib-kg/id/")
PREFIX_FILE = RESOURCES_DIR / "prefixes.json"

CORE_PREFIXES = {
    "akg": str(AKG),
    "akgid": str(AKGID),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
}


@lru_cache(maxsize=1)
def converter() -> curies.Converter:
    """CURIE ↔ IRI converter from the committed prefix map (generated from bioregistry)."""
    records = json.loads(PREFIX_FILE.read_text(encoding="utf-8"))
    return curies.Converter.from_extended_prefix_map(records)


def expand(curie: str) -> str:
    """The IRI of a CURIE such as ``CHEBI:71200``; raises ValueError for an unknown prefix."""
    return converter().expand(curie, strict=True)


def compress(iri: str) -> str | None:
    """The CURIE of an IRI, or None when no prefix covers it."""
    return converter().compress(iri)


def turtle_prefixes() -> dict[str, str]:
    """Prefixes to bind when serialising: the core ones plus each external resource's preferred prefix."""
    bound = dict(CORE_PREFIXES)
    for record in converter().records:
        bound.setdefault(record.prefix, record.uri_prefix)
    return bound
