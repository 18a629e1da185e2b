"""Every SHACL shape has a passing fixture (the sample graph) and a failing one that makes exactly it fire."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.assemble.graph import GraphBuilder
from kg.ground.vocabulary import Vocabulary
from kg.models import (
    AdverseEvent,
    Arm,
    Dose,
    DrugFact,
    DrugTarget,
    Evidence,
    MolecularEffect,
    Outcome,
    Pharmacokinetic,
    Study,
)
from kg.paths import SHAPES_FILE
from kg.validate import validate_graph

AKGSH = "https://w3id.org/apatinib-kg/shapes#"
SENTENCE = "Apatinib plus cisplatin reduced phosphorylated VEGFR2 in MDA-MB-231 cells [12]."
TEXT = SENTENCE + " " + "Further text of the abstract follows here. " * 4
PREFIXES = """
PREFIX akg: <https://w3id.org/apatinib-kg/ontology#>
PREFIX akgid: <https://w3id.org/apatinib-kg/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def evidence() -> list[Evidence]:
    return [Evidence(doc_id="doc-a", sentence=SENTENCE, start=0, end=len(SENTENCE), rule="test.rule",
                     confidence=0.9, citation="[12]")]


def sample_records() -> list:
    """One record of every kind, shaped the way extraction writes them."""
    dose = Dose(drug="drug.apatinib", amount_mg=500, mg_per_day=500, schedule="once daily")
    return [
        Study(key="s1", registry_id="NCT01234567", phase="2", design=["randomized"], enrolled=60,
              disease="disease.tnbc", population="patients with TNBC", evidence=evidence(),
              arms=[Arm(regimen=["drug.apatinib"], patients=30, doses=[dose]),
                    Arm(regimen=["drug.apatinib", "drug.cisplatin"], patients=30)]),
        Outcome(study_key="s1", regimen=["drug.apatinib"], endpoint="endpoint.ORR", statistic="rate", value=20.0,
                unit="%", evidence=evidence()),
        Outcome(study_key="s1", regimen=["drug.apatinib"], endpoint="endpoint.DCR", statistic="rate", value=60.0,
                unit="%", evidence=evidence()),
        Outcome(study_key="s1", regimen=["drug.apatinib", "drug.cisplatin"], endpoint="endpoint.PFS",
                statistic="median", value=6.1, unit="months", ci_low=4.0, ci_high=8.2, p_value=0.03, hazard_ratio=0.6,
                compared_with=["drug.apatinib"], population="patients with TNBC", evidence=evidence()),
        AdverseEvent(study_key="s1", regimen=["drug.apatinib"], event="event.hypertension", grade="3-4", percent=12.5,
                     evidence=evidence()),
        MolecularEffect(agents=["drug.apatinib", "drug.cisplatin"], direction="decreases", target="gene.KDR",
                        form="phosphorylation", context=["cell.MDA-MB-231"], evidence=evidence()),
        MolecularEffect(agents=["drug.apatinib"], direction="decreases", target="process.apoptosis", form="process",
                        context=["cell.MDA-MB-231"], evidence=evidence()),
        DrugTarget(drug="drug.apatinib", target="gene.KDR", relation="inhibits", evidence=evidence()),
        Pharmacokinetic(drug="drug.apatinib", parameter="pk.half-life", value=9.0, unit="hour", evidence=evidence()),
        Pharmacokinetic(drug="drug.apatinib", parameter="pk.tmax", low=3.0, high=4.0, unit="hour", evidence=evidence()),
        DrugFact(drug="drug.apatinib", property="code_name", value="YN968D1", evidence=evidence()),
    ]


def sample_graph(vocabulary: Vocabulary) -> Graph:
    builder = GraphBuilder(vocabulary)
    builder.add_document(SimpleNamespace(id="doc-a", title="A trial", kind="trial-abstract", text=TEXT, metadata={}))
    for record in sample_records():
        builder.add_record("doc-a", record)
    return builder.graph


@pytest.fixture(scope="module")
def sample(vocabulary: Vocabulary) -> Graph:
    return sample_graph(vocabulary)


def fired(graph: Graph) -> dict[str, str]:
    """Shape local name → severity of every shape that reported a result."""
    result = validate_graph(graph)
    return {f.shape: f.severity for f in result.findings}


# shape → a SPARQL Update that breaks exactly that rule in the sample graph
FAILING = {
    "Claim-evidence": "DELETE { ?c akg:hasEvidence ?e } WHERE { ?c a akg:DrugTargetAssertion ; akg:hasEvidence ?e }",
    "Evidence-document": "DELETE { ?e akg:inDocument ?d } WHERE { ?e akg:inDocument ?d }",
    "Evidence-sentence": "DELETE { ?e akg:sentenceText ?s } WHERE { ?e akg:sentenceText ?s }",
    "Evidence-start": "DELETE { ?e akg:startOffset ?s } WHERE { ?e akg:startOffset ?s }",
    "Evidence-end": "DELETE { ?e akg:endOffset ?s } WHERE { ?e akg:endOffset ?s }",
    "Evidence-rule": "DELETE { ?e akg:extractionRule ?s } WHERE { ?e akg:extractionRule ?s }",
    "Evidence-confidence": "DELETE { ?e akg:confidence ?c } INSERT { ?e akg:confidence 1.5 } "
                           "WHERE { ?e akg:confidence ?c }",
    "Evidence-citation": "DELETE { ?e akg:citation ?c } INSERT { ?e akg:citation '12' } WHERE { ?e akg:citation ?c }",
    "Evidence-offsets": "DELETE { ?e akg:endOffset ?o } INSERT { ?e akg:endOffset 100000 } "
                        "WHERE { ?e akg:endOffset ?o }",
    "Document-identifier": "DELETE { ?d dcterms:identifier ?i } WHERE { ?d dcterms:identifier ?i }",
    "Document-characters": "DELETE { ?d akg:characterCount ?n } WHERE { ?d akg:characterCount ?n }",
    "Document-kind": "DELETE { ?d akg:documentKind ?k } INSERT { ?d akg:documentKind 'blog' } "
                     "WHERE { ?d akg:documentKind ?k }",
    "Entity-label": "INSERT DATA { akgid:drug.apatinib rdfs:label 'rivoceranib' }",
    "Disease-parent": "INSERT DATA { akgid:disease.tnbc akg:subtypeOf akgid:drug.apatinib }",
    "Drug-salt": "INSERT DATA { akgid:drug.cisplatin akg:saltOf akgid:gene.KDR }",
    "CellLine-disease": "INSERT DATA { akgid:cell.MDA-MB-231 akg:derivedFromDisease akgid:gene.KDR }",
    "Pathway-participant": "INSERT DATA { akgid:pathway.x a akg:Pathway ; rdfs:label 'x' ; "
                           "akg:hasParticipant akgid:drug.apatinib }",
    "ProteinForm-gene": "DELETE { ?f akg:ofGene ?g } WHERE { ?f akg:ofGene ?g }",
    "ProteinForm-type": "DELETE { ?f akg:formType ?t } INSERT { ?f akg:formType 'cleavage' } "
                        "WHERE { ?f akg:formType ?t }",
    "DrugCombination-component": "DELETE { ?c akg:hasComponent akgid:drug.cisplatin } "
                                 "WHERE { ?c a akg:DrugCombination ; akg:hasComponent akgid:drug.cisplatin }",
    "DrugCombination-distinct": "INSERT { ?c akg:hasComponent akgid:drug.apatinib-mesylate . "
                                "akgid:drug.apatinib-mesylate a akg:Drug ; rdfs:label 'apatinib mesylate' ; "
                                "akg:saltOf akgid:drug.apatinib } "
                                "WHERE { ?c a akg:DrugCombination } ; "
                                "DELETE { ?c akg:hasComponent akgid:drug.cisplatin } "
                                "WHERE { ?c a akg:DrugCombination ; akg:hasComponent akgid:drug.cisplatin }",
    "Regimen-component": "DELETE { ?r akg:hasComponent ?d } WHERE { ?r a akg:Regimen ; akg:hasComponent ?d }",
    "Regimen-dosing": "INSERT { ?r akg:hasDosing akgid:drug.apatinib } WHERE { ?r a akg:Regimen }",
    "Regimen-combination": "INSERT { ?r akg:asCombination akgid:drug.apatinib } "
                           "WHERE { ?r a akg:Regimen ; akg:asCombination ?c }",
    "Dosing-drug": "DELETE { ?d akg:drug ?x } WHERE { ?d a akg:Dosing ; akg:drug ?x }",
    "Dosing-dose": "DELETE { ?d akg:doseMg ?x } INSERT { ?d akg:doseMg 0.0 } WHERE { ?d akg:doseMg ?x }",
    "Dosing-daily": "DELETE { ?d akg:dailyDoseMg ?x } INSERT { ?d akg:dailyDoseMg '-5.0'^^xsd:decimal } "
                    "WHERE { ?d akg:dailyDoseMg ?x }",
    "Dosing-schedule": "INSERT { ?d akg:schedule 'twice daily' } WHERE { ?d a akg:Dosing }",
    "ClinicalStudy-registry": "DELETE { ?s akg:registryId ?r } INSERT { ?s akg:registryId 'NCT123' } "
                              "WHERE { ?s akg:registryId ?r }",
    "ClinicalStudy-phase": "DELETE { ?s akg:phase ?p } INSERT { ?s akg:phase 'II' } WHERE { ?s akg:phase ?p }",
    "ClinicalStudy-design": "INSERT { ?s akg:design 'fantastic' } WHERE { ?s a akg:ClinicalStudy }",
    "ClinicalStudy-enrolled": "DELETE { ?s akg:enrolledCount ?n } INSERT { ?s akg:enrolledCount 0 } "
                              "WHERE { ?s akg:enrolledCount ?n }",
    "ClinicalStudy-evaluated": "INSERT { ?s akg:evaluatedCount -1 } WHERE { ?s a akg:ClinicalStudy }",
    "ClinicalStudy-arm": "INSERT { ?s akg:hasArm akgid:drug.apatinib } WHERE { ?s a akg:ClinicalStudy }",
    "ClinicalStudy-population": "INSERT { ?s akg:hasPopulation akgid:drug.apatinib } WHERE { ?s a akg:ClinicalStudy }",
    "StudyArm-regimen": "DELETE { ?a akg:receivesRegimen ?r } WHERE { ?a akg:receivesRegimen ?r }",
    "StudyArm-study": "DELETE { ?s a akg:ClinicalStudy } WHERE { ?s a akg:ClinicalStudy }",
    "StudyArm-patients": "DELETE { ?a akg:patientCount ?n } INSERT { ?a akg:patientCount -3 } "
                         "WHERE { ?a a akg:StudyArm ; akg:patientCount ?n }",
    "Population-disease": "INSERT { ?p akg:hasDisease akgid:gene.KDR } WHERE { ?p a akg:Population }",
    "Population-label": "INSERT { ?p rdfs:label 'another label' } WHERE { ?p a akg:Population }",
    "Outcome-arm": "DELETE { ?m akg:ofArm ?a } WHERE { ?m a akg:OutcomeMeasurement ; akg:ofArm ?a }",
    "Outcome-study": "DELETE { ?m akg:inStudy ?s } WHERE { ?m a akg:OutcomeMeasurement ; akg:inStudy ?s }",
    "Outcome-endpoint": "DELETE { ?m akg:endpoint ?e } INSERT { ?m akg:endpoint akgid:gene.KDR } "
                        "WHERE { ?m akg:endpoint ?e }",
    "Outcome-statistic": "DELETE { ?m akg:statistic ?s } INSERT { ?m akg:statistic 'mode' } "
                         "WHERE { ?m akg:statistic ?s }",
    "Outcome-value": "DELETE { ?m akg:value ?v } INSERT { ?m akg:value '-6.1'^^xsd:decimal } "
                     "WHERE { ?m a akg:OutcomeMeasurement ; akg:endpoint akgid:endpoint.PFS ; akg:value ?v }",
    "Outcome-unit": "DELETE { ?m akg:unit ?u } WHERE { ?m a akg:OutcomeMeasurement ; akg:unit ?u }",
    "Outcome-ciLower": "DELETE { ?m akg:ciLower ?v } INSERT { ?m akg:ciLower '4'^^xsd:string } "
                       "WHERE { ?m akg:ciLower ?v }",
    "Outcome-ciUpper": "DELETE { ?m akg:ciUpper ?v } INSERT { ?m akg:ciUpper '-1.0'^^xsd:decimal } "
                       "WHERE { ?m akg:ciUpper ?v }",
    "Outcome-pValue": "DELETE { ?m akg:pValue ?v } INSERT { ?m akg:pValue 1.3 } "
                      "WHERE { ?m a akg:OutcomeMeasurement ; akg:pValue ?v }",
    "Outcome-hazardRatio": "DELETE { ?m akg:hazardRatio ?v } INSERT { ?m akg:hazardRatio 0.0 } "
                           "WHERE { ?m a akg:OutcomeMeasurement ; akg:hazardRatio ?v }",
    "Outcome-comparator": "DELETE { ?m akg:comparedWith ?a } INSERT { ?m akg:comparedWith akgid:drug.apatinib } "
                          "WHERE { ?m akg:comparedWith ?a }",
    "Outcome-population": "INSERT { ?m akg:population akgid:gene.KDR } WHERE { ?m akg:population ?p }",
    "Outcome-armOfStudy": "DELETE { ?s akg:hasArm ?a } WHERE { ?m a akg:OutcomeMeasurement ; akg:endpoint "
                          "akgid:endpoint.ORR ; akg:ofArm ?a ; akg:inStudy ?s . ?s akg:hasArm ?a } ; "
                          "INSERT { ?a akg:isArmOf ?s } WHERE { ?m akg:endpoint akgid:endpoint.ORR ; akg:ofArm ?a ; "
                          "akg:inStudy ?s } ; "
                          "INSERT { akgid:study.other a akg:ClinicalStudy ; akg:hasEvidence ?e ; akg:hasArm ?a } "
                          "WHERE { ?m akg:endpoint akgid:endpoint.ORR ; akg:ofArm ?a ; akg:hasEvidence ?e }",
    "Outcome-interval": "DELETE { ?m akg:ciLower ?v } INSERT { ?m akg:ciLower 9.0 } WHERE { ?m akg:ciLower ?v }",
    "Outcome-percent": "DELETE { ?m akg:value ?v } INSERT { ?m akg:value 160.0 } "
                       "WHERE { ?m akg:endpoint akgid:endpoint.DCR ; akg:value ?v }",
    "Outcome-unitFitsStatistic": "DELETE { ?m akg:unit ?u } INSERT { ?m akg:unit 'percent' } "
                                 "WHERE { ?m akg:endpoint akgid:endpoint.PFS ; akg:unit ?u }",
    "Outcome-dcrAtLeastOrr": "DELETE { ?m akg:value ?v } INSERT { ?m akg:value 10.0 } "
                             "WHERE { ?m akg:endpoint akgid:endpoint.DCR ; akg:value ?v }",
    "Comparison-arms": "DELETE { ?c akg:comparesArm ?a } WHERE { ?c a akg:Comparison ; akg:comparesArm ?a ; "
                       "akg:hasMeasurement/akg:comparedWith ?a }",
    "Comparison-measurement": "DELETE { ?c akg:hasMeasurement ?m } WHERE { ?c akg:hasMeasurement ?m }",
    "Comparison-study": "DELETE { ?c akg:inStudy ?s } WHERE { ?c a akg:Comparison ; akg:inStudy ?s }",
    "Comparison-pValue": "DELETE { ?c akg:pValue ?v } INSERT { ?c akg:pValue '-0.01'^^xsd:decimal } "
                         "WHERE { ?c a akg:Comparison ; akg:pValue ?v }",
    "Comparison-hazardRatio": "DELETE { ?c akg:hazardRatio ?v } INSERT { ?c akg:hazardRatio '0.6' } "
                              "WHERE { ?c a akg:Comparison ; akg:hazardRatio ?v }",
    "Comparison-sameStudy": "INSERT { akgid:arm.elsewhere a akg:StudyArm ; rdfs:label 'x' ; akg:receivesRegimen ?r . "
                            "akgid:study.other a akg:ClinicalStudy ; akg:hasEvidence ?e ; "
                            "akg:hasArm akgid:arm.elsewhere . ?c akg:comparesArm akgid:arm.elsewhere } "
                            "WHERE { ?c a akg:Comparison ; akg:hasEvidence ?e . ?a akg:receivesRegimen ?r } ; "
                            "DELETE { ?c akg:comparesArm ?a } WHERE { ?c akg:comparesArm ?a ; "
                            "akg:hasMeasurement/akg:comparedWith ?a }",
    "AdverseEvent-arm": "DELETE { ?o akg:ofArm ?a } WHERE { ?o a akg:AdverseEventObservation ; akg:ofArm ?a }",
    "AdverseEvent-study": "DELETE { ?o akg:inStudy ?s } WHERE { ?o a akg:AdverseEventObservation ; akg:inStudy ?s }",
    "AdverseEvent-event": "DELETE { ?o akg:adverseEvent ?e } WHERE { ?o akg:adverseEvent ?e }",
    "AdverseEvent-grade": "DELETE { ?o akg:grade ?g } INSERT { ?o akg:grade 'severe' } WHERE { ?o akg:grade ?g }",
    "AdverseEvent-percent": "DELETE { ?o akg:percent ?p } INSERT { ?o akg:percent 125.0 } WHERE { ?o akg:percent ?p }",
    "AdverseEvent-patients": "INSERT { ?o akg:patientCount 3.5 } WHERE { ?o a akg:AdverseEventObservation }",
    "AdverseEvent-armOfStudy": "DELETE { ?s akg:hasArm ?a } WHERE { ?o a akg:AdverseEventObservation ; akg:ofArm ?a ; "
                               "akg:inStudy ?s } ; "
                               "INSERT { akgid:study.other a akg:ClinicalStudy ; akg:hasEvidence ?e ; akg:hasArm ?a } "
                               "WHERE { ?o a akg:AdverseEventObservation ; akg:ofArm ?a ; akg:hasEvidence ?e }",
    "Effect-agent": "DELETE { ?x akg:agent ?a } INSERT { ?x akg:agent akgid:gene.KDR } "
                    "WHERE { ?x akg:agent ?a ; akg:effectForm 'process' }",
    "Effect-direction": "DELETE { ?x akg:direction ?d } INSERT { ?x akg:direction akgid:drug.apatinib } "
                        "WHERE { ?x akg:direction ?d ; akg:effectForm 'process' }",
    "Effect-target": "DELETE { ?x akg:affects ?t } INSERT { ?x akg:affects akgid:drug.cisplatin } "
                     "WHERE { ?x akg:affects ?t ; akg:effectForm 'process' }",
    "Effect-form": "DELETE { ?x akg:effectForm ?f } INSERT { ?x akg:effectForm 'mood' } "
                   "WHERE { ?x akg:effectForm ?f ; akg:effectForm 'process' }",
    "Effect-context": "INSERT { ?x akg:inContext akgid:drug.cisplatin } WHERE { ?x a akg:MolecularEffect }",
    "Effect-context-label": "INSERT { ?x akg:contextLabel 'MCF-7', 'BT-474' } WHERE { ?x a akg:MolecularEffect }",
    "Effect-contradiction": "INSERT { akgid:effect.opposite a akg:MolecularEffect ; akg:agent ?a ; akg:affects ?t ; "
                            "akg:effectForm ?f ; akg:inContext ?c ; akg:hasEvidence ?e ; "
                            "akg:direction akg:increases } "
                            "WHERE { ?x akg:agent ?a ; akg:affects ?t ; akg:effectForm ?f ; akg:inContext ?c ; "
                            "akg:hasEvidence ?e ; akg:effectForm 'process' }",
    "Target-drug": "DELETE { ?x akg:drug ?d } WHERE { ?x a akg:DrugTargetAssertion ; akg:drug ?d }",
    "Target-target": "DELETE { ?x akg:target ?t } INSERT { ?x akg:target akgid:drug.cisplatin } "
                     "WHERE { ?x akg:target ?t }",
    "Target-relation": "DELETE { ?x akg:relation ?r } INSERT { ?x akg:relation akg:hasComponent } "
                       "WHERE { ?x akg:relation ?r }",
    "PK-drug": "DELETE { ?x akg:drug ?d } WHERE { ?x a akg:PharmacokineticMeasurement ; akg:drug ?d }",
    "PK-parameter": "DELETE { ?x akg:pkParameter ?p } WHERE { ?x akg:pkParameter ?p }",
    "PK-unit": "DELETE { ?x akg:unit ?u } WHERE { ?x a akg:PharmacokineticMeasurement ; akg:unit ?u }",
    "PK-value": "DELETE { ?x akg:value ?v } INSERT { ?x akg:value '-9.0'^^xsd:decimal } "
                "WHERE { ?x a akg:PharmacokineticMeasurement ; akg:value ?v }",
    "PK-min": "DELETE { ?x akg:minValue ?v } INSERT { ?x akg:minValue '3 h' } WHERE { ?x akg:minValue ?v }",
    "PK-max": "INSERT { ?x akg:maxValue 5.0 } WHERE { ?x akg:maxValue ?v }",
    "PK-range": "DELETE { ?x akg:minValue ?v } INSERT { ?x akg:minValue 12.0 } WHERE { ?x akg:minValue ?v }",
    "DrugProperty-drug": "DELETE { ?x akg:drug ?d } WHERE { ?x a akg:DrugPropertyAssertion ; akg:drug ?d }",
    "DrugProperty-property": "DELETE { ?x akg:property ?p } INSERT { ?x akg:property 'colour' } "
                             "WHERE { ?x akg:property ?p }",
    "DrugProperty-value": "DELETE { ?x akg:propertyValue ?p } INSERT { ?x akg:propertyValue '' } "
                          "WHERE { ?x akg:propertyValue ?p }",
}
WARNINGS = {"Effect-contradiction"}


def test_sample_graph_passes_every_shape(sample: Graph) -> None:
    """The passing fixture of every shape: a graph with one record of each kind reports nothing."""
    result = validate_graph(sample)
    assert result.conforms
    assert [f"{f.shape}: {f.message}" for f in result.findings] == []


@pytest.mark.parametrize("shape", sorted(FAILING))
def test_failing_fixture_fires_its_shape(sample: Graph, shape: str) -> None:
    graph = Graph()
    for triple in sample:
        graph.add(triple)
    graph.update(PREFIXES + FAILING[shape])
    assert len(graph) != len(sample) or set(graph) != set(sample), "the fixture update changed nothing"
    shapes = fired(graph)
    assert shape in shapes, f"expected {shape} to fire, got {sorted(shapes)}"
    assert shapes[shape] == ("Warning" if shape in WARNINGS else "Violation")


def test_warnings_do_not_break_conformance(sample: Graph) -> None:
    graph = Graph()
    for triple in sample:
        graph.add(triple)
    graph.update(PREFIXES + FAILING["Effect-contradiction"])
    result = validate_graph(graph)
    assert result.conforms and [f.shape for f in result.warnings] == ["Effect-contradiction"]


def test_every_shape_has_a_failing_fixture() -> None:
    """A new shape without a failing fixture fails here: add one to FAILING."""
    shapes = Graph().parse(SHAPES_FILE)
    named = {str(s)[len(AKGSH):] for s in set(shapes.subjects(RDF.type, SH.PropertyShape))
             | {s for s in shapes.subjects(SH.sparql, None)} if isinstance(s, URIRef)}
    assert named == set(FAILING)


def test_finding_names_label_shape_and_evidence_sentence(sample: Graph) -> None:
    graph = Graph()
    for triple in sample:
        graph.add(triple)
    graph.update(PREFIXES + FAILING["AdverseEvent-percent"])
    (finding,) = [f for f in validate_graph(graph).findings if f.shape == "AdverseEvent-percent"]
    assert finding.sentence == SENTENCE
    assert finding.focus.startswith("https://w3id.org/apatinib-kg/id/ae.")


def test_the_build_engine_and_the_reference_engine_give_the_same_report(sample: Graph) -> None:
    """pyshacl-turbo (the build's engine) reports exactly what pySHACL reports, on every fixture at once."""
    graph = Graph()
    for triple in sample:
        graph.add(triple)
    for update in FAILING.values():
        graph.update(PREFIXES + update)

    def rows(engine: str) -> set[tuple[str, str, str, str]]:
        result = validate_graph(graph, engine=engine)
        return {(f.focus, f.shape, f.severity, f.path) for f in result.findings}

    turbo, reference = rows("turbo"), rows("pyshacl")
    assert len(reference) >= len(FAILING) // 2
    assert turbo == reference
