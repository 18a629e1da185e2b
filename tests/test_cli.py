"""The ``kg`` command line and ``build_graph.py``: formats, exit codes and messages."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.paths import PROJECT_DIR


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "out"
    proc = subprocess.run([sys.executable, str(PROJECT_DIR / "build_graph.py"), "--quiet", "--out", str(out)],
                          capture_output=True, text=True, cwd=PROJECT_DIR)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out, proc.stdout


def test_build_prints_a_summary_and_the_headline_answer(built):
    _, stdout = built
    for word in ("documents", "triples", "SHACL", "seconds", "Which drug combinations reduce phosphorylated VEGFR2"):
        assert word in stdout


def test_queries_lists_every_stored_query():
    result = CliRunner().invoke(main, ["queries"])
    assert result.exit_code == 0
    for name in ("trials", "efficacy-outcomes", "combinations-reducing-p-vegfr2"):
        assert name in result.output


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "table"])
def test_query_formats(built, fmt):
    out, _ = built
    result = CliRunner().invoke(main, ["query", "drug-targets", "--graph", str(out / "apatinib-kg.ttl"),
                                       "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        assert next(csv.reader(io.StringIO(result.output))) == ["source", "drug", "target", "relation"]
    elif fmt == "tsv":
        assert result.output.splitlines()[0].split("\t") == ["source", "drug", "target", "relation"]
    elif fmt == "json":
        assert isinstance(json.loads(result.output), list)
    else:
        assert "row(s)" in result.output


def test_store_and_graph_give_the_same_answer(built):
    out, _ = built
    runner = CliRunner()
    from_graph = runner.invoke(main, ["query", "trials", "--graph", str(out / "apatinib-kg.ttl"), "--format", "csv"])
    from_store = runner.invoke(main, ["query", "trials", "--store", str(out / "store"), "--format", "csv"])
    assert from_graph.output == from_store.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "nope"], "unknown query 'nope'"),
        (["query", "trials", "--param", "colour=red"], "has no parameter colour"),
        (["query", "trials", "--param", "colour"], "expected NAME=VALUE"),
        (["query", "trials", "--graph", "a.ttl", "--store", "b"], "at most one of"),
    ],
)
def test_errors_exit_2_with_one_clear_message(args, message):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert message in result.output


def test_build_graph_fails_cleanly_on_a_bad_document(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(PROJECT_DIR / "build_graph.py"), "--quiet", "--corpus", str(corpus),
                           "--out", str(tmp_path / "out")], capture_output=True, text=True, cwd=PROJECT_DIR)
    assert proc.returncode == 1
    assert "empty.txt" in proc.stdout and "empty document" in proc.stdout
    assert not (tmp_path / "out").exists()
