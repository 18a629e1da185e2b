"""Identifiers are data that tests police: valid CURIEs, canonical file, every corpus entity grounded or excused."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.assemble import assemble
from kg.assemble.namespaces import compress
from kg.extract import extract_document
from kg.ground import xrefs
from kg.ground.vocabulary import default_vocabulary
from kg.ingest import load_document
from kg.paths import CORPUS_DIR

GROUNDED_KINDS = ("drug", "gene", "cell", "disease")


@pytest.fixture(scope="module")
def corpus():
    """The corpus documents and the graph assembled from them (no validation or file output)."""
    vocabulary = default_vocabulary()
    documents = [load_document(path, vocabulary.lexicon()) for path in sorted(CORPUS_DIR.glob("*.txt"))]
    records = {doc.id: extract_document(doc, vocabulary) for doc in documents}
    return documents, assemble(vocabulary, documents, records)


def test_every_object_id_is_a_valid_bioregistry_curie():
    found = [xrefs.curie_problem(row["object_id"]) for row in xrefs.read_rows()]
    assert [p for p in found if p] == []


def test_curie_problem_catches_bad_ids():
    assert xrefs.curie_problem("chebi:28748") is None
    assert "pattern" in xrefs.curie_problem("hgnc:HGNC6307")
    assert "normal form" in xrefs.curie_problem("CHEBI:28748")
    assert "unknown" in xrefs.curie_problem("notaregistry:1")


def test_xrefs_file_is_canonical():
    found = xrefs.problems()
    assert found == [], f"{len(found)} problem(s); `{xrefs.FIX_COMMAND}` fixes the form: " + "; ".join(found[:5])


def test_every_xref_names_where_it_was_verified():
    assert all(row["source"].strip() for row in xrefs.read_rows())


def test_salt_and_free_base_are_not_the_same_entry():
    vocab = default_vocabulary()
    base = {x.curie for x in vocab["drug.apatinib"].xrefs if x.predicate == "skos:exactMatch"}
    salt = {x.curie for x in vocab["drug.apatinib-mesylate"].xrefs if x.predicate == "skos:exactMatch"}
    assert base and salt and not base & salt


def test_every_used_entity_is_grounded_or_listed_as_unmapped(corpus):
    vocab = default_vocabulary()
    unmapped = xrefs.read_unmapped()
    used = {m.id for doc in corpus[0] for s in doc.sentences
            for m in vocab.mentions(s.text, set(GROUNDED_KINDS))}
    missing = sorted(e for e in used if not vocab[e].xrefs and e not in unmapped)
    assert missing == [], f"add identifiers to xrefs.tsv or a reason to unmapped.tsv for: {missing}"


def test_unmapped_list_is_not_stale():
    vocab = default_vocabulary()
    unmapped = xrefs.read_unmapped()
    assert all(unmapped.values()), "every unmapped id needs a reason"
    stale = sorted(e for e in unmapped if e not in vocab or vocab[e].xrefs)
    assert stale == [], f"remove from unmapped.tsv (unknown or now mapped): {stale}"


def test_every_iri_of_the_built_graph_compresses(corpus):
    iris = {str(t) for triple in corpus[1] for t in triple if isinstance(t, URIRef)}
    assert sorted(i for i in iris if compress(i) is None) == []
