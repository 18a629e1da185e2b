"""SHACL validation: data validated as asserted, the ontology given as ``ont_graph``.

pySHACL slows by orders of magnitude with OWL axioms in the data graph or with inference, so the
data graph is validated without either; shapes that need class hierarchy use ``rdfs:subClassOf*``
through the ontology graph, which pySHACL mixes in for type checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyshacl
import pyshacl_turbo
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kg.paths import ONTOLOGY_FILE, SHAPES_FILE
from kg.validate.loading import load_rdf

ENGINES = {"turbo": pyshacl_turbo.validate, "pyshacl": pyshacl.validate}
"""pySHACL-compatible engines: pyshacl-turbo (Rust) for the build, pySHACL as the reference implementation.

pySHACL re-parses every SHACL-SPARQL constraint for each focus node, which makes the corpus build
take close to a minute; pyshacl-turbo gives the same report in well under a second (the shape tests
run both engines on the same fixtures). pyshacl-turbo is handed rdflib Graphs, never a pyoxigraph store.
"""
DEFAULT_ENGINE = "turbo"

AKG_NS = "https://w3id.org/apatinib-kg/ontology#"
AKG_SENTENCE = URIRef(AKG_NS + "sentenceText")
AKG_EVIDENCE = URIRef(AKG_NS + "hasEvidence")


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


def validate_graph(data: Graph, shapes_path: Path = SHAPES_FILE,
                   ontology_path: Path = ONTOLOGY_FILE, engine: str = DEFAULT_ENGINE) -> ValidationResult:
    """Validate ``data``; only Violations make it non-conforming, Warnings are reported."""
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}; choose one of {', '.join(ENGINES)}")
    shapes = _cached(Path(shapes_path))
    ontology = _cached(Path(ontology_path))
    run = ENGINES[engine]
    _, report, _ = run(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                       advanced=True, allow_warnings=True, abort_on_first=False)
    findings = sorted(_findings(report, data),
                      key=lambda f: (f.severity != "Violation", f.shape, f.focus_label, f.message))
    conforms = not any(f.severity == "Violation" for f in findings)
    return ValidationResult(conforms, report, findings)


def _cached(path: Path) -> Graph:
    """Shapes and ontology parsed once per file version (pySHACL only reads them)."""
    stat = path.stat() if path.is_file() else None
    return _parse(path, stat.st_mtime_ns if stat else 0, stat.st_size if stat else 0)


@lru_cache(maxsize=8)
def _parse(path: Path, mtime: int, size: int) -> Graph:
    return load_rdf(path)


def _findings(report: Graph, data: Graph) -> list[Finding]:
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        severity = str(report.value(result, SH.resultSeverity) or SH.Violation).rsplit("#", 1)[-1]
        shape = report.value(result, SH.sourceShape)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        out.append(Finding(severity, str(focus), describe(data, focus), _short(shape), _short(path),
                           str(message or ""), _sentence(data, focus)))
    return out


def describe(data: Graph, node: object) -> str:
    """A node's label; for an unlabelled claim, its class and the labels of what it links to."""
    if node is None:
        return ""
    label = data.value(node, RDFS.label)
    if isinstance(label, Literal):
        return str(label)
    linked = (data.value(o, RDFS.label) for p, o in data.predicate_objects(node)
              if str(p).startswith(AKG_NS) and p != AKG_EVIDENCE)
    parts = sorted({str(label) for label in linked if isinstance(label, Literal)})
    kind = _short(data.value(node, RDF.type))
    if not parts:
        return f"{kind} {_short(node)}".strip()
    return f"{kind} ({', '.join(parts)[:100]})"


def _sentence(data: Graph, focus: object) -> str:
    """The evidence sentence behind a claim, or the sentence of an evidence node itself."""
    if focus is None:
        return ""
    own = data.value(focus, AKG_SENTENCE)
    if own is not None:
        return str(own)
    for ev in sorted(data.objects(focus, AKG_EVIDENCE)):
        return str(data.value(ev, AKG_SENTENCE) or "")
    return ""


def _short(term: object) -> str:
    if term is None:
        return ""
    text = str(term)
    for sep in ("#", "/"):
        if sep in text:
            return text.rsplit(sep, 1)[-1]
    return text
