"""The main job, stage by stage: corpus → records → RDF → validation → files and store.

Outputs are written into a fresh temporary folder and swapped into place only when every stage
succeeded, so an interrupted or failed build leaves the previous output intact.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.compare import to_canonical_graph
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from kg.assemble import assemble
from kg.export import write_all
from kg.extract import extract_document
from kg.ground.coverage import Coverage, graph_coverage
from kg.ground.unknown import UnknownName, unknown_names
from kg.ground.vocabulary import Vocabulary, default_vocabulary
from kg.ingest import Document, load_document
from kg.ingest.documents import DocumentError
from kg.models import AnyRecord
from kg.paths import CORPUS_DIR, GRAPH_BASENAME, ONTOLOGY_FILE, OUT_DIR, QUERIES_DIR, SHAPES_FILE
from kg.query import QueryError, load_catalog
from kg.store import GraphStore
from kg.validate import ValidationResult, validate_graph
from kg.validate.hold_back import HeldBack, hold_back
from kg.validate.loading import RDFFileError
from kg.validate.reasoner import ReasonerError, reason

HELD_BACK_FILE = "held-back-claims.tsv"


class BuildError(RuntimeError):
    """A build that stopped; ``report`` is the validation result when validation failed."""

    def __init__(self, message: str, validation: ValidationResult | None = None) -> None:
        super().__init__(message)
        self.validation = validation


@dataclass
class BuildResult:
    documents: list[Document]
    records: dict[str, list[AnyRecord]]
    graph: Graph
    validation: ValidationResult
    out_dir: Path
    seconds: float = 0.0
    facts: Counter = field(default_factory=Counter)
    unknown: list[UnknownName] = field(default_factory=list)
    held_back: list[HeldBack] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description:<10}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                    TimeElapsedColumn(), transient=False)


def build(corpus_dir: Path = CORPUS_DIR, out_dir: Path = OUT_DIR, vocabulary: Vocabulary | None = None,
          show_progress: bool = True, shapes: Path = SHAPES_FILE, ontology: Path = ONTOLOGY_FILE,
          queries_dir: Path = QUERIES_DIR) -> BuildResult:
    """Build, validate and write the graph; raises BuildError and leaves ``out_dir`` as it was on failure.

    The stored queries are parsed first: a build whose queries cannot answer is not worth writing.
    """
    started = time.perf_counter()
    vocabulary = vocabulary or default_vocabulary()
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    if not corpus_dir.is_dir():
        raise BuildError(f"{corpus_dir}: corpus folder not found")
    paths = sorted(corpus_dir.glob("*.txt"))
    if not paths:
        raise BuildError(f"{corpus_dir}: no .txt documents")
    try:
        load_catalog(queries_dir)
    except QueryError as exc:
        raise BuildError(str(exc)) from exc
    lexicon = vocabulary.lexicon()
    with _progress() as progress:
        if not show_progress:
            progress.disable = True
        task = progress.add_task("ingest", total=len(paths))
        documents = []
        for path in paths:
            try:
                documents.append(load_document(path, lexicon))
            except DocumentError as exc:
                raise BuildError(str(exc)) from exc
            progress.advance(task)
        task = progress.add_task("extract", total=len(documents))
        records: dict[str, list[AnyRecord]] = {}
        for doc in documents:
            records[doc.id] = extract_document(doc, vocabulary)
            progress.advance(task)
        task = progress.add_task("ground", total=1)
        unknown = unknown_names(documents, vocabulary)
        progress.advance(task)
        task = progress.add_task("assemble", total=1)
        graph = assemble(vocabulary, documents, records)
        progress.advance(task)
        task = progress.add_task("validate", total=1)
        try:
            validation = validate_graph(graph, shapes, ontology)
        except RDFFileError as exc:
            raise BuildError(str(exc)) from exc
        progress.advance(task)
        validation, held = _hold_back_failing_claims(graph, validation, shapes, ontology)
        task = progress.add_task("reason", total=1)
        check_consistency(graph, validation)
        progress.advance(task)
        task = progress.add_task("write", total=2)
        _write_outputs(graph, validation, vocabulary, unknown, held, out_dir)
        progress.advance(task, 2)
    facts = Counter(type(r).__name__ for recs in records.values() for r in recs)
    return BuildResult(documents, records, graph, validation, out_dir, time.perf_counter() - started, facts,
                       unknown, held, graph_coverage(graph, vocabulary))


def check_consistency(graph: Graph, validation: ValidationResult) -> None:
    """OWL gate: HermiT must find ontology plus data consistent, else the build stops."""
    try:
        result = reason(graph)
    except (ReasonerError, RDFFileError) as exc:
        raise BuildError(f"OWL reasoning could not run: {exc}", validation) from exc
    if not result.consistent:
        raise BuildError(f"OWL reasoning: ontology plus data is inconsistent ({result.explanation})", validation)


def report_turtle(report: Graph) -> str:
    """The SHACL report with canonical blank-node labels, so equal reports are equal bytes."""
    canonical = to_canonical_graph(report)
    return "\n".join(sorted(canonical.serialize(format="nt").splitlines())) + "\n"


def _hold_back_failing_claims(graph: Graph, validation: ValidationResult, shapes: Path,
                              ontology: Path) -> tuple[ValidationResult, list[HeldBack]]:
    """The gate: claims behind Violations leave the graph; anything else that violates stops the build."""
    if validation.conforms:
        return validation, []
    held, unattributed = hold_back(graph, validation.violations)
    if unattributed:
        raise BuildError(f"validation failed: {len(unattributed)} violation(s) outside any claim", validation)
    second = validate_graph(graph, shapes, ontology)
    if not second.conforms:
        raise BuildError(f"validation failed: {len(second.violations)} violation(s) after holding back "
                         f"{len(held)} claim(s)", second)
    return second, held


def write_held_back(held: list[HeldBack], path: Path) -> None:
    """The claims kept out of the graph, each with the shape and message that caught it and its sentence."""
    lines = ["claim\tkind\tshape\tmessage\tsentence"]
    for h in held:
        cells = (h.claim, h.kind, h.finding.shape, h.finding.message, h.finding.sentence)
        lines.append("\t".join(" ".join(str(c).split()) for c in cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write_outputs(graph: Graph, validation: ValidationResult, vocabulary: Vocabulary,
                   unknown: list[UnknownName], held: list[HeldBack], out_dir: Path) -> None:
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-", dir=out_dir.parent))
    try:
        paths = write_all(graph, vocabulary, staging, GRAPH_BASENAME, unknown)
        (staging / "validation-report.ttl").write_text(report_turtle(validation.report), encoding="utf-8")
        write_held_back(held, staging / HELD_BACK_FILE)
        store = GraphStore.open(staging / "store", read_only=False)
        store.load_ntriples(paths["nt"].read_bytes())
        store.flush()
        del store
        _swap_into_place(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap_into_place(staging: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``staging`` with two renames; the old output is removed last."""
    retired = None
    if out_dir.exists():
        retired = out_dir.with_name(f".{out_dir.name}.previous-{time.time_ns()}")
        out_dir.rename(retired)
    staging.rename(out_dir)
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)
