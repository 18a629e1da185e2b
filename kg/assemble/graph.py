"""Records → one RDF graph: the builder that combines the core, clinical and mechanistic assembly."""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.assemble.clinical import ClinicalAssembly
from kg.assemble.mechanistic import MechanisticAssembly
from kg.ground.vocabulary import Vocabulary
from kg.ingest.documents import Document
from kg.models import (
    AdverseEvent,
    AnyRecord,
    DrugFact,
    DrugTarget,
    MolecularEffect,
    Outcome,
    Pharmacokinetic,
    Study,
)


class GraphBuilder(ClinicalAssembly, MechanisticAssembly):
    """Accumulates documents, vocabulary and records into one rdflib Graph."""

    def add_record(self, doc_id: str, rec: AnyRecord) -> URIRef:
        if isinstance(rec, Study):
            return self.add_study(doc_id, rec)
        if isinstance(rec, Outcome):
            return self.add_outcome(doc_id, rec)
        if isinstance(rec, AdverseEvent):
            return self.add_adverse_event(doc_id, rec)
        if isinstance(rec, MolecularEffect):
            return self.add_effect(rec)
        if isinstance(rec, DrugTarget):
            return self.add_target(rec)
        if isinstance(rec, Pharmacokinetic):
            return self.add_pharmacokinetic(rec)
        if isinstance(rec, DrugFact):
            return self.add_drug_fact(rec)
        raise TypeError(f"no RDF mapping for {type(rec).__name__}")


def assemble(vocabulary: Vocabulary, documents: list[Document],
             records: dict[str, list[AnyRecord]]) -> Graph:
    """One graph from documents and their records; studies first so outcomes find their study."""
    builder = GraphBuilder(vocabulary)
    builder.add_vocabulary()
    for doc in documents:
        builder.add_document(doc)
        recs = records.get(doc.id, [])
        for rec in sorted(recs, key=lambda r: not isinstance(r, Study)):
            builder.add_record(doc.id, rec)
    return builder.graph

