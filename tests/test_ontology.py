"""The ontology is canonical, complete and clean: every term labelled once, defined, declared and CURIE-able."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF

from kg.assemble.namespaces import AKG
from kg.paths import ONTOLOGY_FILE, PACKAGE_DIR, QUERIES_DIR, SHAPES_FILE
from kg.validate.ontology import CHECKS_DIR, ONTOLOGY_IRI, is_canonical, run_checks, uncompressible_iris

FIX = "python -m kg.validate.ontology"
REQUIRED_CLASSES = """Drug DrugCombination Regimen GeneOrProtein ProteinForm Pathway BiologicalProcess CellLine
ExperimentalModel Disease ClinicalStudy StudyArm Population Endpoint OutcomeMeasurement Comparison AdverseEventTerm
AdverseEventObservation MolecularEffect DrugTargetAssertion PharmacokineticParameter PharmacokineticMeasurement
DrugPropertyAssertion Dosing Document Evidence Claim EffectDirection ApatinibRegimen""".split()
DECLARED = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


def declared_terms(graph: Graph) -> set[str]:
    return {str(s)[len(str(AKG)):] for t in DECLARED for s in graph.subjects(RDF.type, t)
            if str(s).startswith(str(AKG))}


def test_ontology_is_in_canonical_form() -> None:
    assert is_canonical(ONTOLOGY_FILE), f"ontology/apatinib-kg.ttl is not in canonical form: run `{FIX}`"


def test_header(ontology: Graph) -> None:
    header = URIRef(ONTOLOGY_IRI)
    assert (header, RDF.type, OWL.Ontology) in ontology
    for prop in (OWL.versionIRI, DCTERMS.title, DCTERMS.description, DCTERMS.license, DCTERMS.created):
        assert ontology.value(header, prop) is not None, prop


@pytest.fixture(scope="module")
def check_rows() -> dict[str, list[tuple[str, ...]]]:
    return run_checks(ONTOLOGY_FILE)


@pytest.mark.parametrize("check", sorted(p.stem for p in CHECKS_DIR.glob("*-violation.rq")))
def test_quality_check_returns_no_rows(check: str, check_rows) -> None:
    rows = check_rows[check]
    assert rows == [], f"{check}: {rows}"


BAD = """
@prefix akg: <https://w3id.org/apatinib-kg/ontology#> .
@prefix IAO: <http://purl.obolibrary.org/obo/IAO_> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
akg:Unlabelled a owl:Class ; IAO:0000115 "has no label" ; rdfs:subClassOf akg:Undeclared .
akg:TwoLabels a owl:Class ; rdfs:label "one", "two" ; IAO:0000115 "two labels" .
akg:Undefined a owl:Class ; rdfs:label "Same" .
akg:same a owl:ObjectProperty ; rdfs:label "same" ; IAO:0000115 "clashes with Undefined" .
"""


def test_each_check_catches_its_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(BAD, encoding="utf-8")
    rows = run_checks(bad)
    first = {name: {r[0].rsplit("#", 1)[-1] for r in found} for name, found in rows.items()}
    assert first["missing-label-violation"] == {"Unlabelled"}
    assert first["multiple-labels-violation"] == {"TwoLabels"}
    assert first["missing-definition-violation"] == {"Undefined"}
    assert first["duplicate-label-violation"] == {"Undefined", "same"}
    assert first["undeclared-term-violation"] == {"Undeclared"}
    assert set(rows) == set(first)


def test_every_iri_compresses_to_a_curie() -> None:
    assert uncompressible_iris(ONTOLOGY_FILE) == []


def test_uncompressible_iri_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<https://example.invalid/x> a <http://www.w3.org/2002/07/owl#Class> .", encoding="utf-8")
    assert uncompressible_iris(bad) == ["https://example.invalid/x"]


def test_required_classes_and_directions(ontology: Graph) -> None:
    terms = declared_terms(ontology)
    assert set(REQUIRED_CLASSES) <= terms
    for direction in ("increases", "decreases", "noEffect"):
        assert (AKG[direction], RDF.type, AKG.EffectDirection) in ontology
    assert (AKG.subtypeOf, RDF.type, OWL.TransitiveProperty) in ontology
    assert (AKG.hasEvidence, OWL.inverseOf, AKG.isEvidenceFor) in ontology


def test_every_term_the_graph_queries_and_shapes_use_is_declared(ontology: Graph) -> None:
    """A term written by the assembler, asked by a stored query or checked by a shape must exist in the ontology."""
    used = {term for path in (PACKAGE_DIR / "assemble").glob("*.py")
            for term in re.findall(r"\bAKG\.(\w+)", path.read_text(encoding="utf-8"))}
    for path in [*QUERIES_DIR.glob("*.rq"), SHAPES_FILE]:
        used |= set(re.findall(r"\bakg:(\w+)", path.read_text(encoding="utf-8")))
    missing = sorted(used - declared_terms(ontology))
    assert missing == [], f"add these terms to ontology/apatinib-kg.ttl: {missing}"
