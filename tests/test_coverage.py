"""Identifier coverage: which expected registries each entity has and lacks, as a build output."""

from __future__ import annotations

import bioregistry
import pytest
from export_fixture import claim_graph

from kg.export import write_all
from kg.ground.coverage import (
    COVERAGE_FILE,
    Expectation,
    coverage_of,
    coverage_tsv,
    expectation_for,
    graph_coverage,
    read_expectations,
)
from kg.ground.vocabulary import KIND_FILES, Entry, VocabularyError, Xref, default_vocabulary


def entry(kind: str, *curies: str) -> Entry:
    return Entry(f"{kind}.x", kind, "x", xrefs=tuple(Xref("skos:exactMatch", c, "x", "a source") for c in curies))


def test_each_rule_lists_every_missing_registry():
    expectation = Expectation("gene", ("hgnc", "ncbigene", "uniprot"), "each")
    found = coverage_of(entry("gene", "hgnc:6307", "uniprot:P35968"), expectation)
    assert (found.has, found.lacks, found.status) == (("hgnc", "uniprot"), ("ncbigene",), "partial")


def test_any_rule_is_complete_with_one_registry():
    expectation = Expectation("process", ("go", "reactome", "ncit"), "any")
    assert coverage_of(entry("process", "reactome:R-HSA-1257604"), expectation).status == "complete"
    bare = coverage_of(entry("process"), expectation, reason="an assay read-out")
    assert (bare.status, bare.lacks, bare.reason) == ("none", ("go", "reactome", "ncit"), "an assay read-out")


def test_registries_file_names_vocabulary_kinds_and_bioregistry_prefixes():
    expectations = read_expectations()
    assert {e.kind for e in expectations.values()} <= set(KIND_FILES)
    assert {"drug", "gene", "cell", "disease", "event", "endpoint"} <= set(expectations)
    categories = {entry.field("category") for entry in default_vocabulary().of_kind("drug")}
    assert {e.category for e in expectations.values() if e.kind == "drug"} - {""} <= categories
    prefixes = {p for e in expectations.values() for p in e.registries}
    assert sorted(p for p in prefixes if bioregistry.normalize_prefix(p) != p) == []


def test_a_category_row_overrides_its_kind():
    expectations = read_expectations()
    antibody = Entry("drug.x", "drug", "x", fields=(("category", "antibody"),),
                     xrefs=(Xref("skos:exactMatch", "drugbank:DB00112", "x", "a source"),))
    expectation = expectation_for(antibody, expectations)
    assert expectation is not None and "chebi" not in expectation.registries
    assert expectation_for(entry("drug"), expectations) == expectations["drug"]


def test_a_bad_rule_names_file_and_line(tmp_path):
    path = tmp_path / "registries.tsv"
    path.write_text("kind\tregistries\trule\ndrug\tchebi\tall\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"registries.tsv:2: rule"):
        read_expectations(path)


def test_build_exports_coverage_of_entities_in_facts(tmp_path):
    graph = claim_graph()
    paths = write_all(graph, default_vocabulary(), tmp_path, "test-kg")
    assert paths["identifier_coverage"] == tmp_path / COVERAGE_FILE
    lines = paths["identifier_coverage"].read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["entity", "kind", "label", "in_facts", "status", "has", "lacks", "reason"]
    rows = {line.split("\t")[0]: line.split("\t") for line in lines[1:]}
    assert rows["gene.KDR"][3:6] == ["yes", "complete", "hgnc|ncbigene|uniprot"]
    assert lines[1:] == coverage_tsv(graph_coverage(graph, default_vocabulary())).splitlines()[1:]
