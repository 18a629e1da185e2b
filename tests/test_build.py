"""The main job: outputs written whole or not at all, reproducible to the byte, new documents picked up."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph

import kg.pipeline as pipeline
from kg.paths import PROJECT_DIR
from kg.pipeline import BuildError, build
from kg.query import Source, run_query

OUTPUTS = ("apatinib-kg.ttl", "apatinib-kg.nt", "apatinib-kg.jsonld", "validation-report.ttl", "context.jsonld")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the project corpus that a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(PROJECT_DIR / "corpus", target)
    return target


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def test_build_writes_every_output_and_they_load_back(corpus, tmp_path):
    out = tmp_path / "out"
    result = build(corpus, out, show_progress=False)
    assert result.validation.conforms
    for name in OUTPUTS:
        assert (out / name).is_file(), name
    for name, fmt in (("apatinib-kg.ttl", "turtle"), ("apatinib-kg.nt", "nt"), ("apatinib-kg.jsonld", "json-ld")):
        assert len(Graph().parse(out / name, format=fmt)) == len(result.graph)
    columns, rows = run_query("trials", Source(store=out / "store"))
    assert columns[0] == "source"
    assert {d.id for d in result.documents} == {p.stem for p in corpus.glob("*.txt")}


def test_same_input_gives_byte_identical_output(corpus, tmp_path):
    build(corpus, tmp_path / "a", show_progress=False)
    build(corpus, tmp_path / "b", show_progress=False)
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")


def test_a_bad_document_stops_the_build_and_keeps_the_previous_output(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out, show_progress=False)
    before = snapshot(out)
    (corpus / "broken.txt").write_bytes(b"fine\n\xff\xfe")
    with pytest.raises(BuildError, match=r"broken\.txt:2: not UTF-8"):
        build(corpus, out, show_progress=False)
    assert snapshot(out) == before


def test_an_interrupted_write_leaves_the_previous_output_intact(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(corpus, out, show_progress=False)
    before = snapshot(out)

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "write_all", explode)
    with pytest.raises(KeyboardInterrupt):
        build(corpus, out, show_progress=False)
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_a_new_document_dropped_into_the_corpus_adds_its_facts(corpus, tmp_path):
    first = build(corpus, tmp_path / "a", show_progress=False)
    (corpus / "new-abstract.txt").write_text(
        "Background: Apatinib is a tyrosine kinase inhibitor that selectively inhibits VEGFR2.\n", encoding="utf-8")
    second = build(corpus, tmp_path / "b", show_progress=False)
    assert len(second.documents) == len(first.documents) + 1
    assert second.records["new-abstract"], "the new document gave no facts"
    assert len(second.graph) > len(first.graph)


def test_a_missing_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(BuildError, match="corpus folder not found"):
        build(tmp_path / "nowhere", tmp_path / "out", show_progress=False)


def test_a_shapes_file_with_a_syntax_error_stops_the_build_naming_file_and_line(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out, show_progress=False)
    before = snapshot(out)
    broken = tmp_path / "shapes.ttl"
    broken.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n\n<a> sh:path <b\n", encoding="utf-8")
    with pytest.raises(BuildError, match=r"shapes\.ttl:\d+: syntax error"):
        build(corpus, out, show_progress=False, shapes=broken)
    assert snapshot(out) == before


def test_a_stored_query_that_does_not_parse_stops_the_build(corpus, tmp_path):
    queries = tmp_path / "queries"
    shutil.copytree(PROJECT_DIR / "queries", queries)
    (queries / "broken.rq").write_text("#+ summary: Broken?\nSELECT ?x WHERE {\n  ?x ?y\n}\n", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(BuildError, match=r"broken\.rq:\d+: SPARQL syntax error"):
        build(corpus, out, show_progress=False, queries_dir=queries)
    assert not out.exists()
