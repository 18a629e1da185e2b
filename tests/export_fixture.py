"""A small assembled graph with one claim of each kind, shared by the export and federation tests."""

from __future__ import annotations

from rdflib import Graph

from kg.assemble import assemble
from kg.ground.vocabulary import default_vocabulary
from kg.models import AdverseEvent, Arm, DrugTarget, Evidence, MolecularEffect, Study

SENTENCE = "Apatinib inhibited VEGFR2 phosphorylation in MDA-MB-231 cells | and KDR."


def evidence() -> list[Evidence]:
    return [Evidence(doc_id="doc-a", sentence=SENTENCE, start=0, end=len(SENTENCE), rule="test", confidence=0.9)]


def records() -> list:
    study = Study(key="s1", registry_id="NCT01234567", disease="disease.tnbc", evidence=evidence(),
                  arms=[Arm(regimen=["drug.apatinib"]), Arm(regimen=["drug.apatinib", "drug.cisplatin"])])
    return [
        study,
        DrugTarget(drug="drug.apatinib", target="gene.KDR", relation="inhibits", evidence=evidence()),
        DrugTarget(drug="drug.apatinib", target="gene.CYP3A4", relation="metabolized_by", evidence=evidence()),
        MolecularEffect(agents=["drug.apatinib"], direction="decreases", target="gene.KDR", form="phosphorylation",
                        context=["cell.MDA-MB-231"], evidence=evidence()),
        MolecularEffect(agents=["drug.apatinib", "drug.doxorubicin"], direction="increases",
                        target="process.apoptosis", form="process", context=["disease.tnbc"], evidence=evidence()),
        AdverseEvent(study_key="s1", regimen=["drug.apatinib"], event="event.hypertension", grade="3", percent=12.5,
                     evidence=evidence()),
    ]


class _Doc:
    """The few document fields assembly reads."""

    id = "doc-a"
    title = "A test abstract"
    kind = "trial-abstract"
    text = SENTENCE
    metadata = {"doi": "10.1000/test.1", "year": 2024}


def claim_graph() -> Graph:
    return assemble(default_vocabulary(), [_Doc()], {"doc-a": records()})  # type: ignore[list-item]
