"""Exports load back: RDF formats into rdflib/pyoxigraph, SSSOM with its header, KGX TSV with matching counts."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from export_fixture import claim_graph
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from kg.assemble.namespaces import AKG, compress
from kg.export import write_all
from kg.export.kgx import read_kgx
from kg.ground.vocabulary import default_vocabulary


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    graph = claim_graph()
    directory = tmp_path_factory.mktemp("export")
    return graph, write_all(graph, default_vocabulary(), directory, "test-kg")


def test_every_iri_compresses_to_a_curie(exported):
    graph, _ = exported
    iris = {str(t) for triple in graph for t in triple if isinstance(t, URIRef)}
    assert iris
    assert sorted(i for i in iris if compress(i) is None) == []


@pytest.mark.parametrize("fmt,rdflib_format,ox_format", [
    ("ttl", "turtle", ox.RdfFormat.TURTLE), ("nt", "nt", ox.RdfFormat.N_TRIPLES),
    ("jsonld", "json-ld", ox.RdfFormat.JSON_LD),
])
def test_rdf_exports_load_back(exported, fmt, rdflib_format, ox_format):
    graph, paths = exported
    loaded = Graph().parse(paths[fmt], format=rdflib_format)
    assert isomorphic(loaded, graph)
    store = ox.Store()
    store.load(path=str(paths[fmt]), format=ox_format)
    assert len(store) == len(graph)


def test_jsonld_uses_the_prefix_context(exported):
    _, paths = exported
    data = json.loads(paths["jsonld"].read_text(encoding="utf-8"))
    assert data["@context"]["CHEBI"] == "http://purl.obolibrary.org/obo/CHEBI_"


def test_sssom_has_metadata_and_one_row_per_mapping(exported):
    graph, paths = exported
    lines = paths["sssom"].read_text(encoding="utf-8").splitlines()
    meta = [line for line in lines if line.startswith("#")]
    assert any(line.startswith("#curie_map:") for line in meta)
    assert any(line.startswith("#mapping_set_id: https://") for line in meta)
    assert any(line.startswith("#license: https://") for line in meta)
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    header, body = rows[0], rows[1:]
    assert header[:6] == ["subject_id", "subject_label", "predicate_id", "object_id", "object_label",
                          "mapping_justification"]
    mapping_triples = [t for p in (SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch, SKOS.broadMatch,
                                   SKOS.narrowMatch)
                       for t in graph.triples((None, p, None)) if "/id/study." not in str(t[0])]
    assert len(body) == len(mapping_triples)
    assert {"akgid:drug.apatinib", "skos:exactMatch", "drugbank:DB14765"} <= {
        c for row in body if row[0] == "akgid:drug.apatinib" for c in row}
    assert all(row[5] == "semapv:ManualMappingCuration" for row in body)


def test_kgx_nodes_and_edges_load_back_with_matching_counts(exported):
    graph, paths = exported
    nodes, edges = read_kgx(paths["kgx_nodes"]), read_kgx(paths["kgx_edges"])
    ids = {n["id"] for n in nodes}
    assert len(ids) == len(nodes)
    assert all(n["category"].startswith("biolink:") for n in nodes)
    assert all(e["subject"] in ids and e["object"] in ids for e in edges)
    by_id = {e["id"]: e for e in edges}
    for cls in (AKG.DrugTargetAssertion, AKG.MolecularEffect, AKG.AdverseEventObservation):
        claims = {compress(str(c)) for c in graph.subjects(None, cls)}
        assert claims and claims <= set(by_id), cls
    assert len(nodes) >= len(set(graph.subjects(None, AKG.Drug)))


def test_kgx_prefers_external_ids_and_keeps_evidence(exported):
    _, paths = exported
    nodes = {n["id"]: n for n in read_kgx(paths["kgx_nodes"])}
    assert nodes["NCBIGene:3791"]["category"] == "biolink:Gene"
    assert {"HGNC:6307", "UniProtKB:P35968"} <= set(nodes["NCBIGene:3791"]["xref"].split("|"))
    assert nodes["CLINICALTRIALS:NCT01234567"]["category"] == "biolink:ClinicalTrial"
    apatinib = next(n for n in nodes.values() if n["name"] == "apatinib")
    assert "DRUGBANK:DB14765" in {apatinib["id"], *apatinib["xref"].split("|")}
    edges = read_kgx(paths["kgx_edges"])
    inhibits = [e for e in edges if e["object"] == "NCBIGene:3791" and e["object_aspect_qualifier"] == "activity"]
    assert len(inhibits) == 1
    edge = inhibits[0]
    assert edge["subject"] == apatinib["id"]
    assert (edge["predicate"], edge["object_direction_qualifier"]) == ("biolink:affects", "decreased")
    assert (edge["knowledge_level"], edge["agent_type"]) == ("knowledge_assertion", "text_mining_agent")
    assert edge["publications"] == "doi:10.1000/test.1"
    assert "|" not in edge["supporting_text"] and edge["supporting_text"].startswith("Apatinib inhibited")
    predicates = {e["predicate"] for e in edges}
    assert {"biolink:has_adverse_event", "biolink:has_substrate", "biolink:in_clinical_trials_for",
            "biolink:has_part"} <= predicates
    substrate = [e for e in edges if e["predicate"] == "biolink:has_substrate"]
    assert substrate and all(nodes[e["subject"]]["category"] == "biolink:Gene" for e in substrate)


def _sssom_problems(path) -> str:
    """What the SSSOM reference implementation finds wrong with a mapping file ('' when nothing)."""
    from sssom.constants import SchemaValidationType
    from sssom.parsers import parse_sssom_table
    from sssom.validators import validate

    checks = [SchemaValidationType.JsonSchema, SchemaValidationType.PrefixMapCompleteness,
              SchemaValidationType.StrictCurieFormat]
    try:
        validate(parse_sssom_table(path), checks, fail_on_error=True)
    except Exception as exc:  # the validators raise jsonschema or their own errors
        return str(exc) or type(exc).__name__
    return ""


def test_sssom_passes_the_reference_validator(exported):
    _, paths = exported
    assert _sssom_problems(paths["sssom"]) == ""


def test_the_reference_validator_would_catch_an_undeclared_prefix(exported, tmp_path):
    _, paths = exported
    lines = paths["sssom"].read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(lines) if line.startswith("akgid:"))
    cells = lines[row].split("\t")
    cells[3] = "undeclared:1"
    lines[row] = "\t".join(cells)
    broken = tmp_path / "broken.sssom.tsv"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _sssom_problems(broken)
