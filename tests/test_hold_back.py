"""The SHACL gate: a claim that breaks a shape is held back and reported; other violations stop the build."""

from __future__ import annotations

import shutil

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS

import kg.pipeline as pipeline
from kg.assemble import GraphBuilder
from kg.assemble.namespaces import AKG
from kg.ingest import load_document
from kg.models import AdverseEvent, Arm, Evidence, Study
from kg.paths import ONTOLOGY_FILE, PROJECT_DIR, SHAPES_FILE
from kg.pipeline import BuildError, build
from kg.validate import validate_graph
from kg.validate.hold_back import hold_back

SENTENCE = "Grade 3/4 hypertension occurred in 11.1% of patients."


@pytest.fixture
def graph_with_one_bad_claim(vocabulary, write_doc):
    """One study with a plausible adverse-event figure and an impossible one (150%)."""
    doc = load_document(write_doc("doc.txt", SENTENCE + " Rash occurred in 150% of patients."))
    evidence = [Evidence(doc_id="doc", sentence=SENTENCE, start=0, end=len(SENTENCE), rule="test", confidence=0.9)]
    builder = GraphBuilder(vocabulary)
    builder.add_document(doc)
    builder.add_study("doc", Study(key="s", arms=[Arm(regimen=["drug.apatinib"])], evidence=evidence))
    good = builder.add_adverse_event("doc", AdverseEvent(study_key="s", regimen=["drug.apatinib"], grade="3-4",
                                                         event="event.hypertension", percent=11.1, evidence=evidence))
    bad = builder.add_adverse_event("doc", AdverseEvent(study_key="s", regimen=["drug.apatinib"], grade="any",
                                                        event="event.rash", percent=150.0, evidence=evidence))
    return builder.graph, good, bad


def test_a_claim_that_breaks_a_shape_is_removed_and_reported(graph_with_one_bad_claim):
    graph, good, bad = graph_with_one_bad_claim
    first = validate_graph(graph)
    assert not first.conforms
    held, unattributed = hold_back(graph, first.violations)
    assert unattributed == []
    assert [(h.claim, h.kind) for h in held] == [(str(bad), "AdverseEventObservation")]
    assert "percent" in held[0].finding.shape.lower()
    assert (bad, None, None) not in graph and (good, AKG.percent, None) in graph
    assert validate_graph(graph).conforms


def test_a_violation_outside_any_claim_stops_the_build(graph_with_one_bad_claim):
    graph, _, _ = graph_with_one_bad_claim
    for document in list(graph.subjects(DCTERMS.identifier, None)):
        graph.remove((document, DCTERMS.identifier, None))
    result = validate_graph(graph)
    with pytest.raises(BuildError, match="outside any claim"):
        pipeline._hold_back_failing_claims(graph, result, SHAPES_FILE, ONTOLOGY_FILE)


def test_the_build_publishes_the_conforming_graph_and_lists_what_it_held_back(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(PROJECT_DIR / "corpus", corpus)
    real = pipeline.validate_graph
    calls = []

    def with_one_violation(graph, *args, **kwargs):
        """Corrupt one outcome's value the first time, as a misread number would."""
        if not calls:
            claim = sorted(graph.subjects(AKG.statistic, None))[0]
            graph.set((claim, AKG.unit, Literal("percent")))
            graph.set((claim, AKG.value, Literal(250)))
        calls.append(1)
        return real(graph, *args, **kwargs)

    monkeypatch.setattr(pipeline, "validate_graph", with_one_violation)
    result = build(corpus, tmp_path / "out", show_progress=False)
    assert result.validation.conforms and len(calls) == 2
    assert len(result.held_back) >= 1
    lines = (tmp_path / "out" / pipeline.HELD_BACK_FILE).read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["claim", "kind", "shape", "message", "sentence"]
    held = {URIRef(line.split("\t")[0]) for line in lines[1:]}
    assert held and all((claim, None, None) not in result.graph for claim in held)


def test_a_conforming_build_writes_an_empty_held_back_list(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(PROJECT_DIR / "corpus", corpus)
    build(corpus, tmp_path / "out", show_progress=False)
    assert (tmp_path / "out" / pipeline.HELD_BACK_FILE).read_text(encoding="utf-8").count("\n") == 1



def test_a_study_whose_evidence_breaks_a_shape_is_held_back_with_its_claims(graph_with_one_bad_claim):
    graph, good, bad = graph_with_one_bad_claim
    study = graph.value(good, AKG.inStudy)
    evidence = graph.value(study, AKG.hasEvidence)
    graph.set((evidence, AKG.endOffset, Literal(10**6)))
    result = validate_graph(graph)
    held, unattributed = hold_back(graph, result.violations)
    assert unattributed == []
    assert {URIRef(h.claim) for h in held} >= {study, good, bad}
    assert validate_graph(graph).conforms
