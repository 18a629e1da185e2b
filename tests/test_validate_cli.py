"""``kg validate``: exit codes 0/1/2, three formats, and report rows a curator can act on."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main

GOOD = """
@prefix akg: <https://w3id.org/apatinib-kg/ontology#> .
@prefix akgid: <https://w3id.org/apatinib-kg/id/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
akgid:doc.a a akg:Document ; dcterms:identifier "a" ; akg:characterCount 200 .
akgid:drug.apatinib a akg:Drug ; rdfs:label "apatinib" .
akgid:gene.KDR a akg:GeneOrProtein ; rdfs:label "KDR" .
akgid:target.1 a akg:DrugTargetAssertion ; akg:drug akgid:drug.apatinib ; akg:target akgid:gene.KDR ;
    akg:relation akg:inhibits ; akg:hasEvidence akgid:evidence.1 .
akgid:evidence.1 a akg:Evidence ; akg:inDocument akgid:doc.a ; akg:sentenceText "Apatinib inhibits VEGFR2." ;
    akg:startOffset 0 ; akg:endOffset 25 ; akg:extractionRule "targets.inhibits" ; akg:confidence 0.9 .
"""
# the same assertion with an evidence span running past the end of its document
BAD = GOOD.replace("akg:endOffset 25", "akg:endOffset 900")
INCONSISTENT = GOOD + "akgid:drug.apatinib a akg:Disease .\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name, text in (("good", GOOD), ("bad", BAD), ("inconsistent", INCONSISTENT), ("broken", "akg:x akg:y .")):
        paths[name] = tmp_path / f"{name}.ttl"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def run(*args: str):
    return CliRunner().invoke(main, ["validate", *args])


def test_conforming_graph_exits_0(files) -> None:
    result = run(str(files["good"]))
    assert result.exit_code == 0, result.output
    assert "conforms: True" in result.output


def test_violation_exits_1_and_names_label_shape_message_and_sentence(files) -> None:
    result = run(str(files["bad"]))
    assert result.exit_code == 1
    assert "Violation: Evidence evidence.1 [Evidence-offsets]" in result.output
    assert "character count" in result.output
    assert "evidence: Apatinib inhibits VEGFR2." in result.output


def test_unreadable_file_exits_2(files, tmp_path) -> None:
    assert run(str(files["broken"])).exit_code == 2
    assert run(str(tmp_path / "missing.ttl")).exit_code == 2


def test_junit_lists_failures(files) -> None:
    result = run(str(files["bad"]), "--format", "junit")
    suite = ElementTree.fromstring(result.output)
    assert suite.get("failures") == "1"
    assert [case.get("classname") for case in suite] == ["Evidence-offsets"]


def test_turtle_report_parses_and_names_source_shape(files) -> None:
    result = run(str(files["bad"]), "--format", "turtle")
    report = Graph().parse(data=result.output, format="turtle")
    shapes = {str(o) for o in report.objects(None, report.namespace_manager.expand_curie("sh:sourceShape"))}
    assert shapes == {"https://w3id.org/apatinib-kg/shapes#Evidence-offsets"}


def test_reason_flag_reports_an_inconsistent_graph(files) -> None:
    assert run("--reason", str(files["good"])).exit_code == 0
    result = run("--reason", str(files["inconsistent"]))
    assert result.exit_code == 1
    assert "owl-consistency" in result.output
    turtle = run("--reason", "--format", "turtle", str(files["inconsistent"]))
    assert turtle.exit_code == 1 and "owl-consistency" in turtle.output
