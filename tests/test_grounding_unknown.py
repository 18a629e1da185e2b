"""Names the vocabulary lacks are reported with their sentence, not dropped silently."""

from __future__ import annotations

from rdflib import Graph

from kg.export import UNKNOWN_NAMES_FILE, write_all
from kg.ground.unknown import unknown_in_text, unknown_names
from kg.ground.vocabulary import Entry, Vocabulary, default_vocabulary
from kg.ingest import load_document

TEXT = ("Apatinib inhibited KDR. Selumetinib reduced growth of HCC1806 cells, "
        "and CDK4 expression fell (IC50 2 uM).\n")


def small_vocabulary() -> Vocabulary:
    entries = [Entry("drug.apatinib", "drug", "apatinib"), Entry("gene.KDR", "gene", "KDR", ("VEGFR2",))]
    return Vocabulary({e.id: e for e in entries})


def test_unknown_drug_gene_and_cell_line_are_found_with_a_kind_guess():
    found = {(name, kind) for name, kind, _, _ in unknown_in_text(TEXT, small_vocabulary())}
    assert found == {("Selumetinib", "drug"), ("HCC1806", "cell"), ("CDK4", "gene")}


def test_known_names_and_measurement_abbreviations_are_not_reported():
    names = {name for name, *_ in unknown_in_text(TEXT, small_vocabulary())}
    assert not names & {"Apatinib", "KDR", "IC50"}
    assert unknown_in_text("VEGFR2 phosphorylation fell.", small_vocabulary()) == []


def test_unknown_names_carry_the_sentence_and_its_original_offsets(tmp_path):
    path = tmp_path / "toy.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = load_document(path, small_vocabulary().lexicon())
    names = unknown_names([doc], small_vocabulary())
    assert {u.name for u in names} == {"Selumetinib", "HCC1806", "CDK4"}
    for u in names:
        assert u.doc_id == "toy"
        assert TEXT[u.start:u.end].strip() == u.sentence
        assert u.name in u.sentence


def test_build_exports_write_the_unknown_names_report(tmp_path):
    path = tmp_path / "toy.txt"
    path.write_text(TEXT, encoding="utf-8")
    vocabulary = default_vocabulary()
    doc = load_document(path, vocabulary.lexicon())
    out = tmp_path / "out"
    out.mkdir()
    paths = write_all(Graph(), vocabulary, out, "toy", unknown=unknown_names([doc], vocabulary))
    lines = (out / UNKNOWN_NAMES_FILE).read_text(encoding="utf-8").splitlines()
    assert paths["unknown_names"] == out / UNKNOWN_NAMES_FILE
    assert lines[0].split("\t")[:3] == ["name", "kind_guess", "doc_id"]
    assert any(line.startswith("Selumetinib\tdrug\ttoy\t") for line in lines[1:])
