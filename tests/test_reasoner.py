"""HermiT on ontology + data: the defined classes classify, transitivity reaches, contradictions are caught."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.assemble.namespaces import AKG
from kg.validate.reasoner import abox, reason

PREFIXES = """
@prefix akg: <https://w3id.org/apatinib-kg/ontology#> .
@prefix akgid: <https://w3id.org/apatinib-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""

DATA = PREFIXES + """
akgid:drug.apatinib a akg:Drug ; rdfs:label "apatinib" .
akgid:drug.cisplatin a akg:Drug ; rdfs:label "cisplatin" .
akgid:disease.cancer a akg:Disease .
akgid:disease.breast-cancer a akg:Disease ; akg:subtypeOf akgid:disease.cancer .
akgid:disease.tnbc a akg:Disease ; akg:subtypeOf akgid:disease.breast-cancer .
akgid:disease.gastric-cancer a akg:Disease ; akg:subtypeOf akgid:disease.cancer .

akgid:combination.apatinib.cisplatin a akg:DrugCombination ;
    akg:hasComponent akgid:drug.apatinib, akgid:drug.cisplatin .
akgid:regimen.cisplatin-only a akg:Regimen ; akg:hasComponent akgid:drug.cisplatin .
akgid:regimen.with-apatinib a akg:Regimen ; akg:hasComponent akgid:drug.apatinib .

akgid:study.tnbc a akg:ClinicalStudy ; akg:hasPopulation akgid:population.tnbc .
akgid:population.tnbc a akg:Population ; akg:hasDisease akgid:disease.tnbc .
akgid:study.gastric a akg:ClinicalStudy ; akg:hasPopulation akgid:population.gastric .
akgid:population.gastric a akg:Population ; akg:hasDisease akgid:disease.gastric-cancer .

akgid:effect.1 a akg:MolecularEffect ; akg:direction akg:decreases ;
    akg:agent akgid:combination.apatinib.cisplatin ; akg:hasEvidence akgid:evidence.1 .
akgid:evidence.1 a akg:Evidence ; akg:sentenceText "Apatinib plus cisplatin reduced p-VEGFR2." .
"""

ID = "https://w3id.org/apatinib-kg/id/"


@pytest.fixture(scope="module")
def result():
    return reason(Graph().parse(data=DATA, format="turtle"))


def test_consistent(result) -> None:
    assert result.consistent, result.explanation


def test_combination_or_regimen_containing_apatinib_is_an_apatinib_regimen(result) -> None:
    expected = {f"{ID}combination.apatinib.cisplatin", f"{ID}regimen.with-apatinib"}
    assert result.instances(AKG.ApatinibRegimen) == expected


def test_tnbc_study_is_a_breast_cancer_study_through_subtype_transitivity(result) -> None:
    assert result.instances(AKG.BreastCancerStudy) == {f"{ID}study.tnbc"}


def test_claim_superclass_is_inferred(result) -> None:
    assert f"{ID}effect.1" in result.instances(AKG.Claim)


def test_contradictory_directions_are_inconsistent() -> None:
    """direction is functional and the three directions are distinct individuals."""
    data = Graph().parse(data=DATA + "akgid:effect.1 akg:direction akg:increases .", format="turtle")
    outcome = reason(data)
    assert not outcome.consistent
    assert outcome.explanation


def test_disjoint_classes_are_inconsistent() -> None:
    data = Graph().parse(data=DATA + "akgid:drug.apatinib a akg:Disease .", format="turtle")
    assert not reason(data).consistent


def test_abox_leaves_evidence_out_unless_asked() -> None:
    data = Graph().parse(data=DATA, format="turtle")
    assert not any(s == AKG.Evidence or o == AKG.Evidence for s, _, o in abox(data))
    assert any(o == AKG.Evidence for _, _, o in abox(data, with_evidence=True))


def test_assembled_graph_classifies_the_same_way(vocabulary) -> None:
    """The graph the assembler writes (one record of each kind) is consistent and classifies as expected."""
    from test_validate_shapes import sample_graph

    outcome = reason(sample_graph(vocabulary))
    assert outcome.consistent, outcome.explanation
    assert f"{ID}combination.apatinib.cisplatin" in outcome.instances(AKG.ApatinibRegimen)
    assert len(outcome.instances(AKG.BreastCancerStudy)) == 1
    assert outcome.instances(AKG.BreastCancerStudy) <= outcome.instances(AKG.ClinicalStudy)
