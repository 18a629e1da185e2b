"""Names that look like drugs, genes or cell lines but that the vocabulary lacks, with where they were seen.

Nothing is dropped silently: a name the vocabulary cannot ground is listed with its sentence, so a
curator can add it to ``kg/resources/vocabulary/*.tsv`` (or decide it is not an entity).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.ground.vocabulary import Vocabulary
from kg.ingest.documents import Document

# International Nonproprietary Name stems of anticancer and related drug classes.
INN_STEMS = (
    "tinib", "rafenib", "anib", "ciclib", "lisib", "parib", "degib", "zomib", "mab", "cept", "platin", "taxel",
    "rubicin", "mycin", "tecan", "poside", "citabine", "uracil", "trexed", "trexate", "mustine", "phamide",
    "fosfamide", "vastatin", "inostat", "strozole", "trozole", "lutamide", "relin", "olimus", "lidomide",
    "bulin", "tabine", "zolomide", "zumab", "ximab", "mumab", "limab",
)
DRUG_SHAPE = re.compile(r"(?<![\w-])([a-z][a-z-]{3,}(?:" + "|".join(INN_STEMS) + r"))(?![\w-])", re.IGNORECASE)
# Symbols with letters then digits (VEGFR3, CDK4, PD-L2, Ki-67), optionally with a phospho prefix.
SYMBOL_SHAPE = re.compile(r"(?<![\w-])(?:p-)?([A-Z][A-Za-z]{0,5}(?:-[A-Z]{1,2})?-?\d{1,3}[A-Z]?)(?![\w-])")
# Cell-line names: letter groups and digits joined by hyphens (MDA-MB-453, HCC1806, SUM159, 4T1).
CELL_SHAPE = re.compile(r"(?<![\w-])((?:[A-Z]{1,5}-){0,2}[A-Z]{1,5}-?\d{1,4}[A-Z]?\d?|\d[A-Z]\d)(?![\w-])")
CELL_CONTEXT_AFTER = re.compile(r"^[\s,)]*(?:(?:and|or|[A-Z][\w-]*)[\s,]+){0,4}(?:cells?|cell lines?)\b", re.I)
CELL_CONTEXT_BEFORE = re.compile(r"\b(?:cell lines?|cells?)\s*(?:\(|,|:|such as|including|namely)?\s*$", re.I)
# Measurement and trial abbreviations that share the gene-symbol shape but name no gene.
NOT_SYMBOLS = frozenset({
    "IC50", "EC50", "ED50", "LD50", "GI50", "CI95", "CO2", "H2O", "COVID-19", "SARS-CoV-2", "G0", "G1", "G2",
    "M1", "M0", "N0", "N1", "N2", "N3", "T1", "T2", "T3", "T4", "Q1", "Q2", "Q3", "Q4", "D1", "D8", "D15", "D21",
    "CCK-8", "O2",
})


@dataclass(frozen=True)
class UnknownName:
    """A drug-, gene- or cell-line-shaped name the vocabulary lacks, and the sentence it was seen in."""

    name: str
    kind: str
    doc_id: str
    start: int
    end: int
    sentence: str


def _kind_of(text: str, start: int, end: int, name: str) -> str | None:
    """'cell' when the words around say so, 'gene' for a symbol shape, None otherwise."""
    if CELL_SHAPE.fullmatch(name) and (CELL_CONTEXT_AFTER.match(text[end:end + 60])
                                       or CELL_CONTEXT_BEFORE.search(text[max(0, start - 40):start])):
        return "cell"
    if SYMBOL_SHAPE.fullmatch(name) and name not in NOT_SYMBOLS and not name.isdigit():
        return "gene"
    return None


def unknown_in_text(text: str, vocabulary: Vocabulary) -> list[tuple[str, str, int, int]]:
    """(name, kind, start, end) for each entity-shaped name in ``text`` that no vocabulary name covers."""
    covered = [(m.start, m.end) for m in vocabulary.mentions(text)]

    def known(start: int, end: int, name: str) -> bool:
        return any(s <= start and end <= e for s, e in covered) or vocabulary.lookup(name) is not None

    found: dict[tuple[int, int], tuple[str, str, int, int]] = {}
    for m in DRUG_SHAPE.finditer(text):
        if not known(m.start(1), m.end(1), m.group(1)):
            found[(m.start(1), m.end(1))] = (m.group(1), "drug", m.start(1), m.end(1))
    for pattern in (CELL_SHAPE, SYMBOL_SHAPE):
        for m in pattern.finditer(text):
            name, start, end = m.group(1), m.start(1), m.end(1)
            if (start, end) in found or known(start, end, name):
                continue
            kind = _kind_of(text, start, end, name)
            if kind:
                found[(start, end)] = (name, kind, start, end)
    return [found[key] for key in sorted(found)]


def unknown_names(documents: Iterable[Document], vocabulary: Vocabulary) -> list[UnknownName]:
    """Every unknown entity-shaped name of every sentence, with original-file offsets of the sentence."""
    result = []
    for doc in documents:
        for sentence in doc.sentences:
            for name, kind, _, _ in unknown_in_text(sentence.text, vocabulary):
                result.append(UnknownName(name, kind, doc.id, sentence.start, sentence.end, sentence.text))
    return sorted(set(result), key=lambda u: (u.kind, u.name.lower(), u.doc_id, u.start))


def write_unknown(names: list[UnknownName], path: Path) -> Path:
    """TSV of unknown names: name, kind, doc, sentence offsets and text."""
    lines = ["name\tkind_guess\tdoc_id\tsentence_start\tsentence_end\tsentence"]
    for u in names:
        sentence = " ".join(u.sentence.replace("\t", " ").split())
        lines.append(f"{u.name}\t{u.kind}\t{u.doc_id}\t{u.start}\t{u.end}\t{sentence}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
