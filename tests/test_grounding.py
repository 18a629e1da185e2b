"""Identifiers are data that tests police: valid CURIEs, canonical file, every corpus entity grounded or excused."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.assemble import assemble
from kg.assemble.namespaces import compress
from kg.extract import extract_document
from kg.ground import xrefs
from kg.ground.coverage import graph_coverage, read_expectations
from kg.ground.vocabulary import default_vocabulary
from kg.ingest import load_document
from kg.paths import CORPUS_DIR

GROUNDED_KINDS = ("drug", "gene", "cell", "disease", "endpoint", "event", "process", "pathway")
# The registries each kind is grounded in (issue 5, kept in registries.tsv); an id from any other is a slip.
KIND_PREFIXES: dict[str, set[str]] = {}
for _expectation in read_expectations().values():
    KIND_PREFIXES.setdefault(_expectation.kind, set()).update(_expectation.registries)


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


def used_entities(documents, vocab) -> set[str]:
    """Ids of the grounded kinds mentioned in the prose or the table blocks of the documents."""
    texts = [s.text for doc in documents for s in doc.sentences] + [b.text for doc in documents for b in doc.blocks]
    return {m.id for text in texts for m in vocab.mentions(text, set(GROUNDED_KINDS))}


def test_every_used_entity_is_grounded_or_listed_as_unmapped(corpus):
    vocab = default_vocabulary()
    unmapped = xrefs.read_unmapped()
    used = used_entities(corpus[0], vocab)
    assert {vocab[e].kind for e in used} >= {"drug", "gene", "disease", "endpoint", "event", "process", "pathway"}
    missing = sorted(e for e in used if not vocab[e].xrefs and e not in unmapped)
    assert missing == [], f"add identifiers to xrefs.tsv or a reason to unmapped.tsv for: {missing}"


def test_every_entity_in_facts_is_grounded_or_listed_as_unmapped(corpus):
    """Entities a claim, study or combination points to, not only those the prose names."""
    found = [c for c in graph_coverage(corpus[1], default_vocabulary()) if c.in_facts]
    assert len(found) > 50
    assert sorted(c.entry.id for c in found if c.status == "none" and not c.reason) == []


def test_grounded_kinds_are_those_with_expected_registries():
    assert set(GROUNDED_KINDS) == set(KIND_PREFIXES)


def test_each_kind_is_grounded_in_its_own_registries():
    vocab = default_vocabulary()
    wrong = sorted((row["subject_id"], row["object_id"]) for row in xrefs.read_rows()
                   if row["subject_id"] in vocab and vocab[row["subject_id"]].kind in KIND_PREFIXES
                   and row["object_id"].partition(":")[0] not in KIND_PREFIXES[vocab[row["subject_id"]].kind])
    assert wrong == []


def test_an_identifier_names_one_entity_only():
    exact = [(row["object_id"], row["subject_id"]) for row in xrefs.read_rows()
             if row["predicate_id"] == "skos:exactMatch"]
    owners: dict[str, set[str]] = {}
    for curie, subject in exact:
        owners.setdefault(curie, set()).add(subject)
    assert {c: s for c, s in owners.items() if len(s) > 1} == {}


def test_unmapped_list_is_not_stale():
    vocab = default_vocabulary()
    unmapped = xrefs.read_unmapped()
    assert all(unmapped.values()), "every unmapped id needs a reason"
    stale = sorted(e for e in unmapped if e not in vocab or vocab[e].xrefs)
    assert stale == [], f"remove from unmapped.tsv (unknown or now mapped): {stale}"


def test_every_iri_of_the_built_graph_compresses(corpus):
    iris = {str(t) for triple in corpus[1] for t in triple if isinstance(t, URIRef)}
    assert sorted(i for i in iris if compress(i) is None) == []
