"""The build's OWL gate: an inconsistent or unreasonable graph stops the build and leaves out/ untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg.pipeline as pipeline
from kg.paths import PROJECT_DIR
from kg.pipeline import BuildError, build
from kg.validate.reasoner import ReasonerError, ReasonerResult


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """A corpus copy and a first build of it, made with the real reasoner."""
    root = tmp_path_factory.mktemp("gate")
    corpus = root / "corpus"
    shutil.copytree(PROJECT_DIR / "corpus", corpus)
    out = root / "out"
    build(corpus, out, show_progress=False)
    return corpus, out


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def test_inconsistent_graph_fails_the_build_and_keeps_previous_output(built, monkeypatch) -> None:
    corpus, out = built
    before = snapshot(out)
    monkeypatch.setattr(pipeline, "reason", lambda graph: ReasonerResult(False, "drug.x is a Drug and a Disease"))
    with pytest.raises(BuildError, match="inconsistent"):
        build(corpus, out, show_progress=False)
    assert snapshot(out) == before


def test_reasoner_that_cannot_run_fails_the_build(built, monkeypatch) -> None:
    corpus, out = built

    def broken(graph):
        raise ReasonerError("no Java")

    monkeypatch.setattr(pipeline, "reason", broken)
    with pytest.raises(BuildError, match="could not run"):
        build(corpus, out, show_progress=False)
    assert (out / "apatinib-kg.ttl").is_file()
