"""SHACL validation with pySHACL: data validated as asserted, the ontology given as ``ont_graph``.

pySHACL slows by orders of magnitude with OWL axioms in the data graph or with inference, so the
data graph is validated without either; shapes that need class hierarchy use ``rdfs:subClassOf*``
through the ontology graph, which pySHACL mixes in for type checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kg.paths import ONTOLOGY_FILE, SHAPES_FILE
from kg.validate.loading import load_rdf

AKG_SENTENCE = URIRef("https://w3id.org/apatinib-kg/ontology#sentenceText")
AKG_EVIDENCE = URIRef("https://w3id.org/apatinib-kg/ontology#hasEvidence")


@dataclass
class Finding:
    """One row of a validation report, in terms a curator can act on."""

    severity: str
    focus: str
    focus_label: str
    shape: str
    path: str
    message: str
    sentence: str


@dataclass
class ValidationResult:
    conforms: bool
    report: Graph
    findings: list[Finding]

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "Violation"]


def validate_graph(data: Graph, shapes_path: Path = SHAPES_FILE, ontology_path: Path = ONTOLOGY_FILE) -> ValidationResult:
    """Validate ``data``; only Violations make it non-conforming, Warnings are reported."""
    shapes = load_rdf(shapes_path)
    ontology = load_rdf(ontology_path)
    _, report, _ = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                            advanced=True, allow_warnings=True, abort_on_first=False)
    findings = sorted(_findings(report, data), key=lambda f: (f.severity != "Violation", f.shape, f.focus_label, f.message))
    conforms = not any(f.severity == "Violation" for f in findings)
    return ValidationResult(conforms, report, findings)


def _findings(report: Graph, data: Graph) -> list[Finding]:
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        severity = str(report.value(result, SH.resultSeverity) or SH.Violation).rsplit("#", 1)[-1]
        shape = report.value(result, SH.sourceShape)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        label = data.value(focus, RDFS.label) if focus is not None else None
        sentence = ""
        if focus is not None:
            for ev in data.objects(focus, AKG_EVIDENCE):
                sentence = str(data.value(ev, AKG_SENTENCE) or "")
                break
        out.append(Finding(severity, str(focus), str(label) if isinstance(label, Literal) else _short(focus),
                           _short(shape), _short(path), str(message or ""), sentence))
    return out


def _short(term: object) -> str:
    if term is None:
        return ""
    text = str(term)
    for sep in ("#", "/"):
        if sep in text:
            return text.rsplit(sep, 1)[-1]
    return text
