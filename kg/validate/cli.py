"""``kg validate``: report rendering and exit codes (0 conforms, 1 violations, 2 error)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import click
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, SH

from kg.validate.loading import RDFFileError, load_rdf
from kg.validate.reasoner import ReasonerError, ReasonerResult, reason
from kg.validate.shacl import DEFAULT_ENGINE, Finding, ValidationResult, validate_graph


def add_consistency(result: ValidationResult, reasoning: ReasonerResult) -> None:
    """An inconsistent ontology plus data is one more Violation of the report, in every format."""
    if reasoning.consistent:
        return
    message = f"HermiT: inconsistent ({reasoning.explanation})"
    result.findings.insert(0, Finding("Violation", "", "ontology plus data", "owl-consistency", "", message, ""))
    result.conforms = False
    report = result.report
    node = BNode()
    for verdict in list(report.subjects(RDF.type, SH.ValidationReport)):
        report.set((verdict, SH.conforms, Literal(False)))
        report.add((verdict, SH.result, node))
    report.add((node, RDF.type, SH.ValidationResult))
    report.add((node, SH.resultSeverity, SH.Violation))
    report.add((node, SH.sourceShape, URIRef("https://w3id.org/apatinib-kg/shapes#owl-consistency")))
    report.add((node, SH.resultMessage, Literal(message)))


def render_text(result: ValidationResult) -> str:
    lines = [f"conforms: {result.conforms} — {len(result.violations)} violation(s), {len(result.warnings)} warning(s)"]
    for f in result.findings:
        lines.append(f"{f.severity}: {f.focus_label} [{f.shape}] {f.path}: {f.message}")
        if f.sentence:
            lines.append(f"    evidence: {f.sentence}")
    return "\n".join(lines) + "\n"


def render_junit(result: ValidationResult) -> str:
    cases = []
    for f in result.findings:
        body = escape(f"{f.message}\nfocus: {f.focus}\nevidence: {f.sentence}")
        tag = "failure" if f.severity == "Violation" else "system-out"
        cases.append(f'  <testcase classname={quoteattr(f.shape)} name={quoteattr(f.focus_label + " " + f.path)}>'
                     f"<{tag} message={quoteattr(f.message)}>{body}</{tag}></testcase>")
    if not cases:
        cases.append('  <testcase classname="shacl" name="graph conforms"/>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuite name="shacl" tests="{len(cases)}" failures="{len(result.violations)}">\n'
            + "\n".join(cases) + "\n</testsuite>\n")


def run_validation(path: Path, fmt: str, with_reasoner: bool = False, engine: str = DEFAULT_ENGINE) -> int:
    """Validate ``path`` with SHACL (and HermiT when asked), print the report, return the exit code."""
    try:
        data = load_rdf(path)
        result = validate_graph(data, engine=engine)
        if with_reasoner:
            add_consistency(result, reason(data))
    except (RDFFileError, ReasonerError) as exc:
        click.echo(f"error: {exc}", err=True)
        return 2
    if fmt == "turtle":
        click.echo(result.report.serialize(format="turtle"), nl=False)
    elif fmt == "junit":
        click.echo(render_junit(result), nl=False)
    else:
        click.echo(render_text(result), nl=False)
    return 0 if result.conforms else 1
