"""Clinical records → RDF: studies with populations and arms, regimens with dosing, outcomes, adverse events.

A study is identified by its document and key, so outcomes and events find the arm of their study;
the trial's registry IRI links the reports of one trial across documents.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.assemble import identifiers as ids
from kg.assemble.builder import BuilderCore, number
from kg.assemble.namespaces import AKG, expand
from kg.models import AdverseEvent, Arm, Outcome, Study


class ClinicalAssembly(BuilderCore):
    """Adds studies, arms, outcome measurements, comparisons and adverse-event observations."""

    def study_node(self, doc_id: str, key: str) -> URIRef:
        """A study as one document reports it; reports of one registered trial share its registry IRI.

        Two reports of a trial may differ (interim and final enrolment, a phase 2 part of a 2/3 trial),
        so each document's account is its own node, linked to the others by ``skos:exactMatch``.
        """
        known = self._studies.get((doc_id, key))
        if known is not None:
            return known
        return ids.local("study", [doc_id, key])

    def add_study(self, doc_id: str, study: Study) -> URIRef:
        node = self.study_node(doc_id, study.key)
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

    def arm_claim(self, doc_id: str, rec: Outcome | AdverseEvent, kind: str, cls: URIRef,
                  content: list) -> tuple[URIRef, URIRef, URIRef]:
        """A claim about one arm of a study: its node (content hashed with the arm), the study and the arm."""
        study = self.study_node(doc_id, rec.study_key)
        arm = self.arm(study, Arm(regimen=rec.regimen))
        node = self.claim(kind, cls, [content[0], str(arm), *content[1:]], rec)
        self.graph.add((node, AKG.ofArm, arm))
        self.graph.add((node, AKG.inStudy, study))
        return node, study, arm

    def add_outcome(self, doc_id: str, rec: Outcome) -> URIRef:
        content = ["outcome", rec.population, rec.endpoint, rec.landmark, rec.statistic, rec.value, rec.unit,
                   rec.timepoint]
        node, study, arm = self.arm_claim(doc_id, rec, "outcome", AKG.OutcomeMeasurement, content)
        g = self.graph
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
            landmark = [rec.landmark] if rec.landmark else []  # the 1-year and 2-year rates are two comparisons
            comparison = ids.local("comparison", sorted([str(arm), str(other)]) + [rec.endpoint, rec.population]
                                   + landmark)
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
        content = ["adverse-event", rec.event, rec.grade, rec.percent]
        node, _, _ = self.arm_claim(doc_id, rec, "ae", AKG.AdverseEventObservation, content)
        g = self.graph
        g.add((node, AKG.adverseEvent, self.entity(rec.event)))
        g.add((node, AKG.grade, Literal(rec.grade)))
        if rec.percent is not None:
            g.add((node, AKG.percent, number(rec.percent)))
        if rec.patients is not None:
            g.add((node, AKG.patientCount, Literal(rec.patients, datatype=XSD.integer)))
        return node

