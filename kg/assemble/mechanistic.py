"""Mechanistic and pharmacological records → RDF: molecular effects, drug targets, PK figures, drug facts."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.assemble import identifiers as ids
from kg.assemble.builder import BuilderCore, number
from kg.assemble.namespaces import AKG
from kg.models import DrugFact, DrugTarget, MolecularEffect, Pharmacokinetic

DIRECTION = {"increases": AKG.increases, "decreases": AKG.decreases, "no_effect": AKG.noEffect}
RELATION = {"inhibits": AKG.inhibits, "binds": AKG.bindsTo, "metabolized_by": AKG.isMetabolizedBy}
FORM_LABEL = {"phosphorylation": "phosphorylated {}", "expression": "{} expression", "activity": "{} activity"}


class MechanisticAssembly(BuilderCore):
    """Adds molecular effects (agent, direction, target form or process, context) and pharmacology."""

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
        if rec.context and (node, AKG.contextLabel, None) not in g:
            # as the first report names them (documents are assembled in a fixed order)
            named = " and ".join(self.vocabulary.label(c) for c in dict.fromkeys(rec.context))
            g.add((node, AKG.contextLabel, Literal(named)))
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

