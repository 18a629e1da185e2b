"""The core of assembly: vocabulary nodes, documents, evidence, and claim nodes whose IRI hashes their content.

Two documents stating one fact give one claim with two evidence nodes (the claim hash ignores
evidence).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kg.assemble import identifiers as ids
from kg.assemble.namespaces import AKG, expand, turtle_prefixes
from kg.ground.vocabulary import Entry, Vocabulary
from kg.ingest.documents import Document
from kg.models import Evidence, Record

KIND_CLASS = {
    "drug": AKG.Drug, "gene": AKG.GeneOrProtein, "cell": AKG.CellLine, "disease": AKG.Disease,
    "process": AKG.BiologicalProcess, "pathway": AKG.Pathway, "event": AKG.AdverseEventTerm,
    "endpoint": AKG.Endpoint, "model": AKG.ExperimentalModel, "pk": AKG.PharmacokineticParameter,
}


def number(value: float) -> Literal:
    """A decimal literal written the short way (6.0 stays 6.0, 0.043 stays 0.043)."""
    return Literal(Decimal(repr(float(value))), datatype=XSD.decimal)


class BuilderCore:
    """The graph, the vocabulary's nodes, documents, evidence and claim nodes: what every record needs."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.graph = Graph()
        for prefix, uri in sorted(turtle_prefixes().items()):
            self.graph.bind(prefix, uri, override=True, replace=True)
        self._studies: dict[tuple[str, str], URIRef] = {}
        self._used: set[str] = set()

    # -- vocabulary --------------------------------------------------------------------------
    def entity(self, entry_id: str) -> URIRef:
        """The node of a vocabulary entry; its labels, class and mappings are written once."""
        node = ids.entity(entry_id)
        if entry_id in self._used:
            return node
        self._used.add(entry_id)
        entry = self.vocabulary[entry_id]
        g = self.graph
        g.add((node, RDF.type, KIND_CLASS[entry.kind]))
        g.add((node, RDFS.label, Literal(entry.label)))
        for synonym in sorted(set(entry.synonyms) - {entry.label}):
            g.add((node, SKOS.altLabel, Literal(synonym)))
        for xref in entry.xrefs:
            predicate = {"skos:exactMatch": SKOS.exactMatch, "skos:closeMatch": SKOS.closeMatch,
                         "skos:relatedMatch": SKOS.relatedMatch, "skos:broadMatch": SKOS.broadMatch,
                         "skos:narrowMatch": SKOS.narrowMatch}.get(xref.predicate, SKOS.relatedMatch)
            g.add((node, predicate, URIRef(expand(xref.curie))))
        self._entity_links(entry, node)
        return node

    def _entity_links(self, entry: Entry, node: URIRef) -> None:
        g = self.graph
        if entry.kind == "disease" and entry.field("parent"):
            g.add((node, AKG.subtypeOf, self.entity(entry.field("parent"))))
        if entry.kind == "drug" and entry.field("parent"):
            g.add((node, AKG.saltOf, self.entity(entry.field("parent"))))
        if entry.kind == "drug" and entry.field("category"):
            g.add((node, AKG.drugCategory, Literal(entry.field("category"))))
        if entry.kind == "process" and entry.field("parent"):
            g.add((node, AKG.subtypeOf, self.entity(entry.field("parent"))))
        if entry.kind == "cell" and entry.field("disease"):
            g.add((node, AKG.derivedFromDisease, self.entity(entry.field("disease"))))
        if entry.kind == "pathway":
            for member in filter(None, entry.field("members").split("|")):
                g.add((node, AKG.hasParticipant, self.entity(member)))
        if entry.kind == "endpoint" and entry.field("kind"):
            g.add((node, AKG.endpointKind, Literal(entry.field("kind"))))
        if entry.kind == "pk" and entry.field("unit"):
            g.add((node, AKG.defaultUnit, Literal(entry.field("unit"))))

    def add_vocabulary(self) -> None:
        for entry_id in sorted(self.vocabulary.entries):
            self.entity(entry_id)

    def agents(self, drug_ids: list[str]) -> URIRef:
        """A single drug, or the combination node of several (typed DrugCombination, labelled 'a + b')."""
        drug_ids = sorted(set(drug_ids))
        if len(drug_ids) == 1:
            return self.entity(drug_ids[0])
        node = ids.combination(drug_ids)
        g = self.graph
        g.add((node, RDF.type, AKG.DrugCombination))
        g.add((node, RDFS.label, Literal(self.regimen_label(drug_ids))))
        for drug in drug_ids:
            g.add((node, AKG.hasComponent, self.entity(drug)))
        return node

    def regimen_label(self, drug_ids: list[str]) -> str:
        return " + ".join(sorted(self.vocabulary.label(d) for d in set(drug_ids)))

    # -- documents and evidence ----------------------------------------------------------------
    def add_document(self, doc: Document) -> URIRef:
        node = ids.document(doc.id)
        g = self.graph
        g.add((node, RDF.type, AKG.Document))
        g.add((node, DCTERMS.identifier, Literal(doc.id)))
        g.add((node, DCTERMS.title, Literal(doc.title)))
        g.add((node, AKG.documentKind, Literal(doc.kind)))
        g.add((node, AKG.characterCount, Literal(len(doc.text), datatype=XSD.integer)))
        if doc.metadata.get("year"):
            g.add((node, DCTERMS.date, Literal(str(doc.metadata["year"]), datatype=XSD.gYear)))
        if doc.metadata.get("doi"):
            g.add((node, AKG.doi, Literal(str(doc.metadata["doi"]))))
        if doc.metadata.get("journal"):
            g.add((node, DCTERMS.isPartOf, Literal(str(doc.metadata["journal"]))))
        return node

    def add_evidence(self, claim: URIRef, evidence: Iterable[Evidence]) -> None:
        g = self.graph
        for ev in evidence:
            node = ids.local("evidence", [str(claim), ev.doc_id, ev.start, ev.end, ev.rule, ev.citation])
            g.add((claim, AKG.hasEvidence, node))
            g.add((node, RDF.type, AKG.Evidence))
            g.add((node, AKG.inDocument, ids.document(ev.doc_id)))
            g.add((node, AKG.sentenceText, Literal(ev.sentence)))
            g.add((node, AKG.startOffset, Literal(ev.start, datatype=XSD.integer)))
            g.add((node, AKG.endOffset, Literal(ev.end, datatype=XSD.integer)))
            g.add((node, AKG.extractionRule, Literal(ev.rule)))
            g.add((node, AKG.confidence, number(ev.confidence)))
            if ev.citation:
                g.add((node, AKG.citation, Literal(ev.citation)))

    def claim(self, kind: str, cls: URIRef, content: list, record: Record) -> URIRef:
        node = ids.local(kind, content)
        self.graph.add((node, RDF.type, cls))
        self.add_evidence(node, record.evidence)
        return node

