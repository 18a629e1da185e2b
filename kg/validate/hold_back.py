"""Claims that break a shape are held back from the published graph, with the finding that caught them.

One misread sentence should not stop a corpus of a thousand abstracts, and a wrong number must not
be published either. So a Violation whose focus is a claim (or a claim's evidence, or a study) removes
that claim from the graph and is reported; a Violation on anything else (a document, a vocabulary
entry) cannot be attributed to one reading and still fails the build.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.assemble.namespaces import AKG
from kg.validate.shacl import Finding

CLAIM_CLASSES = frozenset({
    AKG.OutcomeMeasurement, AKG.AdverseEventObservation, AKG.MolecularEffect, AKG.DrugTargetAssertion,
    AKG.PharmacokineticMeasurement, AKG.DrugPropertyAssertion, AKG.Comparison,
})


@dataclass(frozen=True)
class HeldBack:
    """A claim removed from the graph and the finding that caught it."""

    claim: str
    kind: str
    finding: Finding


def claims_behind(graph: Graph, focus: URIRef) -> set[URIRef]:
    """The claims a focus node stands for: itself, the claim its evidence supports, or a study's claims."""
    types = set(graph.objects(focus, RDF.type))
    if types & CLAIM_CLASSES:
        found = {focus}
        if AKG.Comparison in types:
            found |= set(graph.objects(focus, AKG.hasMeasurement))
        return found
    if AKG.Evidence in types:
        found: set[URIRef] = set()
        for holder in graph.subjects(AKG.hasEvidence, focus):
            if holder != focus:
                found |= claims_behind(graph, holder)
        return found
    if AKG.ClinicalStudy in types:
        return {focus, *graph.subjects(AKG.inStudy, focus)}
    return set()


def study_parts(graph: Graph, study: URIRef) -> set[URIRef]:
    """The nodes that exist only as parts of a study: its arms, their regimens and dosing, its populations."""
    arms = set(graph.objects(study, AKG.hasArm))
    regimens = {r for arm in arms for r in graph.objects(arm, AKG.receivesRegimen)}
    dosing = {d for r in regimens for d in graph.objects(r, AKG.hasDosing)}
    populations = set(graph.objects(study, AKG.hasPopulation))
    populations |= {p for claim in graph.subjects(AKG.inStudy, study) for p in graph.objects(claim, AKG.population)}
    return arms | regimens | dosing | populations


def remove_claim(graph: Graph, claim: URIRef) -> None:
    """Remove a claim (or a study with its parts), its own evidence nodes and the links to it."""
    if (claim, RDF.type, AKG.ClinicalStudy) in graph:
        for part in study_parts(graph, claim):
            graph.remove((part, None, None))
            graph.remove((None, None, part))
    for evidence in list(graph.objects(claim, AKG.hasEvidence)):
        if set(graph.subjects(AKG.hasEvidence, evidence)) <= {claim}:
            graph.remove((evidence, None, None))
    graph.remove((claim, None, None))
    graph.remove((None, None, claim))


def hold_back(graph: Graph, violations: list[Finding]) -> tuple[list[HeldBack], list[Finding]]:
    """Remove the claims behind ``violations`` from ``graph``; returns them and the findings left unattributed."""
    held: dict[URIRef, HeldBack] = {}
    unattributed: list[Finding] = []
    for finding in violations:
        focus = URIRef(finding.focus)
        claims = claims_behind(graph, focus)
        if not claims:
            unattributed.append(finding)
            continue
        for claim in sorted(claims):
            kind = str(graph.value(claim, RDF.type) or "").rsplit("#", 1)[-1]
            held.setdefault(claim, HeldBack(str(claim), kind, finding))
    studies_first = sorted(held, key=lambda c: (c, RDF.type, AKG.ClinicalStudy) not in graph)
    for claim in studies_first:
        remove_claim(graph, claim)
    return sorted(held.values(), key=lambda h: h.claim), unattributed
