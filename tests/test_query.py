"""Stored queries: headers parse, parameters bind as RDF terms, errors name the file, answers come as frames."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from kg.assemble import GraphBuilder
from kg.export.serialize import turtle
from kg.ingest import load_document
from kg.models import AdverseEvent, Arm, Evidence, Study
from kg.paths import QUERIES_DIR
from kg.query import QueryError, Source, load_catalog, load_query, run_query, to_frame

SCHEMA_COLUMNS = {
    "trials": ["source", "ref", "registry_id", "phase", "design", "enrolled", "population", "regimens",
               "apatinib_dose_mg_per_day"],
    "efficacy-outcomes": ["source", "ref", "regimen", "population", "endpoint", "statistic", "value", "unit",
                          "p_value"],
    "adverse-events": ["source", "ref", "regimen", "event", "grade", "percent"],
    "molecular-effects": ["source", "ref", "agents", "direction", "target", "form", "context"],
    "drug-targets": ["source", "drug", "target", "relation"],
    "pharmacokinetics": ["source", "drug", "parameter", "value", "unit"],
}


@pytest.fixture
def small_graph(tmp_path: Path, vocabulary, write_doc) -> Path:
    """A graph of one document and study with two adverse-event figures, built from records."""
    builder = GraphBuilder(vocabulary)
    builder.add_document(load_document(write_doc("doc.txt", "Grade 3/4 hypertension (11.1% vs 0.0%).")))
    evidence = Evidence(doc_id="doc", sentence="Grade 3/4 hypertension (11.1% vs 0.0%).", start=0, end=40,
                        rule="test", confidence=0.9)
    builder.add_study("doc", Study(key="s", arms=[Arm(regimen=["drug.apatinib", "drug.chemotherapy"]),
                                                  Arm(regimen=["drug.chemotherapy"])], evidence=[evidence]))
    for regimen, percent in ((["drug.apatinib", "drug.chemotherapy"], 11.1), (["drug.chemotherapy"], 0.0)):
        builder.add_adverse_event("doc", AdverseEvent(study_key="s", regimen=regimen, event="event.hypertension",
                                                      grade="3-4", percent=percent, evidence=[evidence]))
    path = tmp_path / "small.ttl"
    path.write_text(turtle(builder.graph), encoding="utf-8")
    return path


def test_every_stored_query_parses_and_states_its_question():
    catalog = load_catalog(QUERIES_DIR)
    assert set(SCHEMA_COLUMNS) | {"combinations-reducing-p-vegfr2"} <= set(catalog)
    for query in catalog.values():
        assert query.summary.endswith("?"), f"{query.path}: summary should be the question it answers"


@pytest.mark.parametrize("name", sorted(SCHEMA_COLUMNS))
def test_evaluation_queries_keep_the_schema_columns(name, small_graph):
    columns, _ = run_query(name, Source(graph=small_graph))
    assert columns == SCHEMA_COLUMNS[name]


def test_parameters_filter_as_rdf_terms(small_graph):
    _, rows = run_query("adverse-events", Source(graph=small_graph), {"min_percent": "10"})
    assert [(r[2], r[5]) for r in rows] == [("apatinib + chemotherapy", "11.1")]
    _, rows = run_query("adverse-events", Source(graph=small_graph), {"grade": '3-4" || true || "'})
    assert rows == []


def test_unknown_parameter_and_bad_values_are_refused(small_graph):
    with pytest.raises(QueryError, match="has no parameter colour"):
        run_query("adverse-events", Source(graph=small_graph), {"colour": "red"})
    with pytest.raises(QueryError, match="not a number"):
        run_query("adverse-events", Source(graph=small_graph), {"min_percent": "ten"})


def test_unknown_query_lists_the_stored_ones():
    with pytest.raises(QueryError, match="unknown query 'nope'; stored queries: .*trials"):
        run_query("nope")


def test_a_query_that_does_not_parse_names_file_and_line(tmp_path):
    path = tmp_path / "broken.rq"
    path.write_text("#+ summary: Broken?\nSELECT ?x WHERE {\n  ?x ?y \n}\n", encoding="utf-8")
    with pytest.raises(QueryError, match=r"broken\.rq:\d+: SPARQL syntax error"):
        load_query(path)


def test_a_query_without_summary_is_refused(tmp_path):
    path = tmp_path / "bare.rq"
    path.write_text("SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="summary"):
        load_query(path)


def test_python_api_returns_a_dataframe(small_graph):
    frame = to_frame("adverse-events", Source(graph=small_graph))
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == SCHEMA_COLUMNS["adverse-events"]
    assert sorted(float(p) for p in frame["percent"]) == [0.0, 11.1]


def test_a_missing_graph_file_is_a_clear_error(tmp_path):
    with pytest.raises(QueryError, match="graph file not found"):
        run_query("trials", Source(graph=tmp_path / "none.ttl"))


def test_list_cells_are_sorted_so_every_store_answers_alike(tmp_path):
    from kg.query.run import sort_lists

    path = tmp_path / "lists.rq"
    path.write_text('#+ summary: Lists?\n#+ lists: {design: " + "}\nSELECT ?design WHERE { }\n', encoding="utf-8")
    query = load_query(path)
    rows = sort_lists(query, ["design"], [["single-arm + open-label + open-label"], [None]])
    assert rows == [["open-label + single-arm"], [None]]


def test_a_malformed_lists_header_is_refused(tmp_path):
    path = tmp_path / "bad-lists.rq"
    path.write_text("#+ summary: Lists?\n#+ lists: [design]\nSELECT ?design WHERE { }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="lists"):
        load_query(path)
