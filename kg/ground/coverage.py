"""Which registries each entity of a build is grounded in, and which it still lacks.

A graph that joins with ChEBI, UniProt or MONDO only where an identifier exists is worth knowing
about entity by entity: ``identifier-coverage.tsv`` lists, for every vocabulary entity in the built
graph, the registries the kind is expected to be found in (``registries.tsv``), those it has and
those it lacks, with the reason when the entity is knowingly left without identifiers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.assemble import identifiers as ids
from kg.ground.vocabulary import Entry, Vocabulary, VocabularyError, read_tsv
from kg.ground.xrefs import read_unmapped
from kg.paths import VOCABULARY_DIR

REGISTRIES_PATH = VOCABULARY_DIR / "registries.tsv"
COVERAGE_FILE = "identifier-coverage.tsv"
COLUMNS = ("entity", "kind", "label", "in_facts", "status", "has", "lacks", "reason")


@dataclass(frozen=True)
class Expectation:
    """The registries a kind (or one category of it) is grounded in; ``each`` needs all, ``any`` one of them."""

    kind: str
    registries: tuple[str, ...]
    rule: str
    category: str = ""


@dataclass(frozen=True)
class Coverage:
    """One entity's grounding: complete, partial or none, with the registries it has and lacks."""

    entry: Entry
    has: tuple[str, ...]
    lacks: tuple[str, ...]
    reason: str = ""
    in_facts: bool = False

    @property
    def status(self) -> str:
        if not self.has:
            return "none"
        return "partial" if self.lacks else "complete"


def read_expectations(path: Path = REGISTRIES_PATH) -> dict[str, Expectation]:
    """Kind → expected registries, from ``registries.tsv``; rows with a category are keyed ``kind/category``."""
    expectations = {}
    for number, row in read_tsv(path, ("kind", "registries", "rule")):
        rule = row["rule"].strip()
        if rule not in ("each", "any"):
            raise VocabularyError(f"{path}:{number}: rule must be 'each' or 'any', not {rule!r}")
        kind, category = row["kind"].strip(), (row.get("category") or "").strip()
        registries = tuple(r.strip() for r in row["registries"].split("|") if r.strip())
        expectations[f"{kind}/{category}" if category else kind] = Expectation(kind, registries, rule, category)
    return expectations


def expectation_for(entry: Entry, expectations: dict[str, Expectation]) -> Expectation | None:
    """The expectation of the entry's own category where one is given, else that of its kind."""
    return expectations.get(f"{entry.kind}/{entry.field('category')}") or expectations.get(entry.kind)


def coverage_of(entry: Entry, expectation: Expectation, reason: str = "", in_facts: bool = False) -> Coverage:
    """What ``entry`` has of the registries its kind expects (any SKOS mapping counts as grounding)."""
    present = {xref.curie.partition(":")[0] for xref in entry.xrefs}
    has = tuple(r for r in expectation.registries if r in present)
    if expectation.rule == "any":
        lacks = () if has else expectation.registries
    else:
        lacks = tuple(r for r in expectation.registries if r not in present)
    return Coverage(entry, has, lacks, reason, in_facts)


def graph_coverage(graph: Graph, vocabulary: Vocabulary) -> list[Coverage]:
    """Coverage of every vocabulary entity of an expected kind that appears in ``graph``, by id.

    ``in_facts`` marks the entities something other than the vocabulary points to (a claim, a
    study, a combination), as opposed to vocabulary described but not met in any document.
    """
    expectations = read_expectations()
    unmapped = read_unmapped()
    vocabulary_nodes = {ids.entity(entry_id) for entry_id in vocabulary.entries}
    found = []
    for entry in sorted(vocabulary.entries.values(), key=lambda e: e.id):
        node, expectation = ids.entity(entry.id), expectation_for(entry, expectations)
        if expectation is not None and (node, None, None) in graph:
            in_facts = any(s not in vocabulary_nodes for s in graph.subjects(None, node))
            found.append(coverage_of(entry, expectation, unmapped.get(entry.id, ""), in_facts))
    return found


def coverage_tsv(rows: list[Coverage]) -> str:
    lines = ["\t".join(COLUMNS)]
    for row in rows:
        cells = (row.entry.id, row.entry.kind, row.entry.label, "yes" if row.in_facts else "no", row.status,
                 "|".join(row.has), "|".join(row.lacks), " ".join(row.reason.split()))
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def write_coverage(graph: Graph, vocabulary: Vocabulary, directory: Path) -> Path:
    """Write ``identifier-coverage.tsv`` into ``directory``."""
    path = Path(directory) / COVERAGE_FILE
    path.write_text(coverage_tsv(graph_coverage(graph, vocabulary)), encoding="utf-8")
    return path
