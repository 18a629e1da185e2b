"""Assemble: claims get content-hash IRIs, evidence accumulates, and the same input gives the same graph."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from kg.assemble import GraphBuilder
from kg.assemble.namespaces import AKG
from kg.models import AdverseEvent, Arm, Dose, Evidence, MolecularEffect, Study


def ev(doc: str, start: int, citation: str | None = None) -> Evidence:
    return Evidence(doc_id=doc, sentence="s", start=start, end=start + 1, rule="test", confidence=0.9,
                    citation=citation)


def effect(doc: str, start: int) -> MolecularEffect:
    return MolecularEffect(agents=["drug.cisplatin", "drug.apatinib"], direction="decreases", target="gene.KDR",
                           form="phosphorylation", context=["cell.MDA-MB-231"], evidence=[ev(doc, start)])


def test_two_documents_stating_one_fact_give_one_claim_with_two_evidences(vocabulary):
    builder = GraphBuilder(vocabulary)
    first = builder.add_effect(effect("a", 0))
    second = builder.add_effect(effect("b", 5))
    assert first == second
    assert len(set(builder.graph.objects(first, AKG.hasEvidence))) == 2


def test_a_combination_is_one_node_labelled_by_its_sorted_components(vocabulary):
    builder = GraphBuilder(vocabulary)
    claim = builder.add_effect(effect("a", 0))
    agent = builder.graph.value(claim, AKG.agent)
    assert (agent, RDF.type, AKG.DrugCombination) in builder.graph
    assert builder.graph.value(agent, RDFS.label) == Literal("apatinib + cisplatin")
    assert len(set(builder.graph.objects(agent, AKG.hasComponent))) == 2
    form = builder.graph.value(claim, AKG.affects)
    assert builder.graph.value(form, RDFS.label) == Literal("phosphorylated KDR")


def test_claim_iris_do_not_depend_on_evidence_or_build(vocabulary):
    one, two = GraphBuilder(vocabulary), GraphBuilder(vocabulary)
    assert one.add_effect(effect("a", 0)) == two.add_effect(effect("z", 99))


def test_outcomes_and_events_attach_to_the_arm_of_their_study(vocabulary):
    builder = GraphBuilder(vocabulary)
    arm = Arm(regimen=["drug.apatinib"], doses=[Dose(drug="drug.apatinib", mg_per_day=500)])
    study = Study(key="[68]", citation="[68]", registry_id="NCT01176669", phase="2", design=["open-label"],
                  enrolled=56, arms=[arm], evidence=[ev("r", 10, "[68]")])
    node = builder.add_study("r", study)
    observation = builder.add_adverse_event("r", AdverseEvent(study_key="[68]", regimen=["drug.apatinib"],
                                                              event="event.hypertension", evidence=[ev("r", 20)]))
    arm = builder.graph.value(observation, AKG.ofArm)
    assert (node, AKG.hasArm, arm) in builder.graph
    assert builder.graph.value(observation, AKG.inStudy) == node


def test_two_reports_of_one_trial_stay_apart_and_share_the_registry_iri(vocabulary):
    from rdflib.namespace import SKOS

    builder = GraphBuilder(vocabulary)
    interim = builder.add_study("a", Study(key="s", registry_id="NCT01176669", enrolled=40,
                                           arms=[Arm(regimen=["drug.apatinib"])], evidence=[ev("a", 0)]))
    final = builder.add_study("b", Study(key="s", registry_id="NCT01176669", enrolled=56,
                                         arms=[Arm(regimen=["drug.apatinib"])], evidence=[ev("b", 0)]))
    assert interim != final
    assert set(builder.graph.objects(interim, SKOS.exactMatch)) == set(builder.graph.objects(final, SKOS.exactMatch))
    assert len(set(builder.graph.objects(interim, AKG.enrolledCount))) == 1


def test_context_label_keeps_the_order_the_text_names_the_models(vocabulary):
    builder = GraphBuilder(vocabulary)
    first = effect("a", 0)
    first.context = ["cell.MCF-7", "cell.BT-474"]
    second = effect("b", 5)
    second.context = ["cell.BT-474", "cell.MCF-7"]
    claim = builder.add_effect(first)
    assert builder.add_effect(second) == claim
    assert list(builder.graph.objects(claim, AKG.contextLabel)) == [Literal("MCF-7 and BT-474")]
    assert len(set(builder.graph.objects(claim, AKG.inContext))) == 2
