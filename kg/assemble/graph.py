"""Records → RDF. Each fact becomes a claim node whose IRI hashes its content; evidence nodes hang off it.

Two documents stating one fact give one claim with two evidence nodes (the claim hash ignores
evidence); a study is identified by its registry id where it has one, else by document and key.
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
from kg.models import (
    AdverseEvent,
    AnyRecord,
    Arm,
    DrugFact,
    DrugTarget,
    Evidence,
    MolecularEffect,
    Outcome,
    Pharmacokinetic,
    Record,
    Study,
)

KIND_CLASS = {
    "drug": AKG.Drug, "gene": AKG.GeneOrProtein, "cell": AKG.CellLine, "disease": AKG.Disease,
    "process": AKG.BiologicalProcess, "pathway": AKG.Pathway, "event": AKG.AdverseEventTerm,
    "endpoint": AKG.Endpoint, "model": AKG.ExperimentalModel, "pk": AKG.PharmacokineticParameter,
}
DIRECTION = {"increases": AKG.increases, "decreases": AKG.decreases, "no_effect": AKG.noEffect}
RELATION = {"inhibits": AKG.inhibits, "binds": AKG.bindsTo, "metabolized_by": AKG.isMetabolizedBy}
FORM_LABEL = {"phosphorylation": "phosphorylated {}", "expression": "{} expression", "activity": "{} activity"}


def number(value: float) -> Literal:
    """A decimal literal written the short way (6.0 stays 6.0, 0.043 stays 0.043)."""
    return Literal(Decimal(repr(float(value))), datatype=XSD.decimal)


class GraphBuilder:
    """Accumulates documents, vocabulary and records into one rdflib Graph."""

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

    # -- clinical ------------------------------------------------------------------------------
    def study_node(self, doc_id: str, key: str, registry_id: str | None = None) -> URIRef:
        known = self._studies.get((doc_id, key))
        if known is not None:
            return known
        return ids.local("study", [registry_id] if registry_id else [doc_id, key])

    def add_study(self, doc_id: str, study: Study) -> URIRef:
        node = self.study_node(doc_id, study.key, study.registry_id)
        self._studies[(doc_id, study.key)] = node
        g = self.graph
        g.add((node, RDF.type, AKG.ClinicalStudy))
        self.add_evidence(node, study.evidence)
        if study.citation:
            g.add((node, AKG.citation, Literal(study.citation)))
        if study.registry_id:
            g.add((node, AKG.registryId, Literal(study.registry_id)))
            g.add((node, SKOS.exactMatch, URIRef(expand(f"clinicaltrials:{study.registry_id}"))))
        if study.phase:
            g.add((node, AKG.phase, Literal(study.phase)))
        for design in sorted(set(study.design)):
            g.add((node, AKG.design, Literal(design)))
        if study.enrolled is not None:
            g.add((node, AKG.enrolledCount, Literal(study.enrolled, datatype=XSD.integer)))
        if study.evaluated is not None:
            g.add((node, AKG.evaluatedCount, Literal(study.evaluated, datatype=XSD.integer)))
        for prop, value in ((AKG.lineOfTherapy, study.line_of_therapy), (AKG.startDate, study.start_date),
                            (AKG.endDate, study.end_date)):
            if value:
                g.add((node, prop, Literal(value)))
        if study.population or study.disease:
            g.add((node, AKG.hasPopulation, self.population(node, study.population, study.disease)))
        for arm in study.arms:
            self.arm(node, arm)
        return node

    def population(self, study: URIRef, text: str | None, disease: str | None) -> URIRef:
        node = ids.local("population", [str(study), text, disease])
        g = self.graph
        g.add((node, RDF.type, AKG.Population))
        if text:
            g.add((node, RDFS.label, Literal(text)))
        if disease:
            g.add((node, AKG.hasDisease, self.entity(disease)))
        return node

    def arm(self, study: URIRef, arm: Arm) -> URIRef:
        regimen = sorted(set(arm.regimen))
        node = ids.local("arm", [str(study), regimen])
        g = self.graph
        g.add((study, AKG.hasArm, node))
        g.add((node, RDF.type, AKG.StudyArm))
        g.add((node, RDFS.label, Literal(self.regimen_label(regimen))))
        regimen_node = ids.local("regimen", [str(study), regimen])
        g.add((node, AKG.receivesRegimen, regimen_node))
        g.add((regimen_node, RDF.type, AKG.Regimen))
        g.add((regimen_node, RDFS.label, Literal(self.regimen_label(regimen))))
        for drug in regimen:
            g.add((regimen_node, AKG.hasComponent, self.entity(drug)))
        if len(regimen) > 1:
            g.add((regimen_node, AKG.asCombination, self.agents(regimen)))
        if arm.patients is not None:
            g.add((node, AKG.patientCount, Literal(arm.patients, datatype=XSD.integer)))
        for dose in arm.doses:
            dosing = ids.local("dosing", [str(regimen_node), dose.drug, dose.amount_mg, dose.mg_per_day, dose.schedule])
            g.add((regimen_node, AKG.hasDosing, dosing))
            g.add((dosing, RDF.type, AKG.Dosing))
            g.add((dosing, AKG.drug, self.entity(dose.drug)))
            if dose.amount_mg is not None:
                g.add((dosing, AKG.doseMg, number(dose.amount_mg)))
            if dose.mg_per_day is not None:
                g.add((dosing, AKG.dailyDoseMg, number(dose.mg_per_day)))
            if dose.schedule:
                g.add((dosing, AKG.schedule, Literal(dose.schedule)))
        return node

    def arm_of(self, doc_id: str, study_key: str, regimen: list[str]) -> URIRef:
        study = self.study_node(doc_id, study_key)
        return self.arm(study, Arm(regimen=regimen))

    def add_outcome(self, doc_id: str, rec: Outcome) -> URIRef:
        study = self.study_node(doc_id, rec.study_key)
        arm = self.arm(study, Arm(regimen=rec.regimen))
        content = ["outcome", str(arm), rec.population, rec.endpoint, rec.landmark, rec.statistic, rec.value,
                   rec.unit, rec.timepoint]
        node = self.claim("outcome", AKG.OutcomeMeasurement, content, rec)
        g = self.graph
        g.add((node, AKG.ofArm, arm))
        g.add((node, AKG.inStudy, study))
        g.add((node, AKG.endpoint, self.entity(rec.endpoint)))
        g.add((node, AKG.statistic, Literal(rec.statistic)))
        g.add((node, AKG.value, number(rec.value)))
        g.add((node, AKG.unit, Literal(rec.unit)))
        if rec.population:
            g.add((node, AKG.population, self.population(study, rec.population, None)))
        for prop, value in ((AKG.ciLower, rec.ci_low), (AKG.ciUpper, rec.ci_high), (AKG.pValue, rec.p_value),
                            (AKG.hazardRatio, rec.hazard_ratio)):
            if value is not None:
                g.add((node, prop, number(value)))
        for prop, text in ((AKG.timepoint, rec.timepoint), (AKG.landmark, rec.landmark)):
            if text:
                g.add((node, prop, Literal(text)))
        if rec.compared_with:
            other = self.arm(study, Arm(regimen=rec.compared_with))
            g.add((node, AKG.comparedWith, other))
            comparison = ids.local("comparison", sorted([str(arm), str(other)]) + [rec.endpoint, rec.population])
            g.add((comparison, RDF.type, AKG.Comparison))
            g.add((comparison, AKG.hasMeasurement, node))
            g.add((comparison, AKG.comparesArm, arm))
            g.add((comparison, AKG.comparesArm, other))
            g.add((comparison, AKG.inStudy, study))
            self.add_evidence(comparison, rec.evidence)
            if rec.p_value is not None:
                g.add((comparison, AKG.pValue, number(rec.p_value)))
            if rec.hazard_ratio is not None:
                g.add((comparison, AKG.hazardRatio, number(rec.hazard_ratio)))
        return node

    def add_adverse_event(self, doc_id: str, rec: AdverseEvent) -> URIRef:
        study = self.study_node(doc_id, rec.study_key)
        arm = self.arm(study, Arm(regimen=rec.regimen))
        content = ["adverse-event", str(arm), rec.event, rec.grade, rec.percent]
        node = self.claim("ae", AKG.AdverseEventObservation, content, rec)
        g = self.graph
        g.add((node, AKG.ofArm, arm))
        g.add((node, AKG.inStudy, study))
        g.add((node, AKG.adverseEvent, self.entity(rec.event)))
        g.add((node, AKG.grade, Literal(rec.grade)))
        if rec.percent is not None:
            g.add((node, AKG.percent, number(rec.percent)))
        if rec.patients is not None:
            g.add((node, AKG.patientCount, Literal(rec.patients, datatype=XSD.integer)))
        return node

    # -- mechanistic and pharmacological ---------------------------------------------------------
    def effect_target(self, target: str, form: str) -> URIRef:
        """The process or pathway itself, or the form of a gene product (phosphorylated KDR, ...)."""
        if not target.startswith("gene."):
            return self.entity(target)
        gene = self.entity(target)
        node = ids.AKGID[f"form.{ids.slug(target.split('.', 1)[1])}.{form}"]
        g = self.graph
        g.add((node, RDF.type, AKG.ProteinForm))
        g.add((node, RDFS.label, Literal(FORM_LABEL[form].format(self.vocabulary.label(target)))))
        g.add((node, AKG.ofGene, gene))
        g.add((node, AKG.formType, Literal(form)))
        return node

    def add_effect(self, rec: MolecularEffect) -> URIRef:
        agents = sorted(set(rec.agents))
        context = sorted(set(rec.context))
        content = ["effect", agents, rec.direction, rec.target, rec.form, context]
        node = self.claim("effect", AKG.MolecularEffect, content, rec)
        g = self.graph
        g.add((node, AKG.agent, self.agents(agents)))
        g.add((node, AKG.direction, DIRECTION[rec.direction]))
        g.add((node, AKG.affects, self.effect_target(rec.target, rec.form)))
        g.add((node, AKG.effectForm, Literal(rec.form)))
        for ctx in context:
            g.add((node, AKG.inContext, self.entity(ctx)))
        return node

    def add_target(self, rec: DrugTarget) -> URIRef:
        node = self.claim("target", AKG.DrugTargetAssertion, ["target", rec.drug, rec.target, rec.relation], rec)
        g = self.graph
        drug, target = self.entity(rec.drug), self.entity(rec.target)
        g.add((node, AKG.drug, drug))
        g.add((node, AKG.target, target))
        g.add((node, AKG.relation, RELATION[rec.relation]))
        g.add((drug, RELATION[rec.relation], target))
        return node

    def add_pharmacokinetic(self, rec: Pharmacokinetic) -> URIRef:
        content = ["pk", rec.drug, rec.parameter, rec.value, rec.low, rec.high, rec.unit]
        node = self.claim("pk", AKG.PharmacokineticMeasurement, content, rec)
        g = self.graph
        g.add((node, AKG.drug, self.entity(rec.drug)))
        g.add((node, AKG.pkParameter, self.entity(rec.parameter)))
        g.add((node, AKG.unit, Literal(rec.unit)))
        for prop, value in ((AKG.value, rec.value), (AKG.minValue, rec.low), (AKG.maxValue, rec.high)):
            if value is not None:
                g.add((node, prop, number(value)))
        return node

    def add_drug_fact(self, rec: DrugFact) -> URIRef:
        node = self.claim("drugfact", AKG.DrugPropertyAssertion, ["fact", rec.drug, rec.property, rec.value], rec)
        g = self.graph
        g.add((node, AKG.drug, self.entity(rec.drug)))
        g.add((node, AKG.property, Literal(rec.property)))
        g.add((node, AKG.propertyValue, Literal(rec.value)))
        return node

    # -- dispatch --------------------------------------------------------------------------------
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

