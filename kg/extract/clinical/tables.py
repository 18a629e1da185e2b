"""Rows of a study table flattened from PDF: regimen, population and findings, ending in the reference.

A PDF table comes out as lines and blank-line separated chunks; one row may run over several chunks.
A row begins with a drug name (the regimen column) and ends with its citation ("... [74]").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.base import CITATION
from kg.ground.vocabulary import Vocabulary
from kg.ingest.documents import Document, TextBlock

ROW_END = re.compile(CITATION.pattern + r"\s*$")
STOP = re.compile(r"^\s*(?:Abbreviations?|Note|Notes|Source)\b", re.IGNORECASE)
# a bare "II" or "I/II" cell of a table whose header has a Phase column; not "stage III" or "grade II"
PHASE_CELL = re.compile(r"(?<![\w/-])(?<!stage )(?<!grade )(IV|I{1,3})(?:/(IV|I{1,3}))?(?![\w/-])", re.IGNORECASE)
ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}
JOINER = re.compile(r"^(?:\s*(?:\+|plus|and|with|,|oral|\+\s*oral)\s*)+", re.IGNORECASE)


@dataclass
class TableRow:
    """One study row: its cells as flat text, where it lies in the file, and its citation."""

    citation: str
    regimen_text: str
    rest: str
    text: str
    start: int
    end: int
    phase: str | None = None


def flatten(text: str) -> str:
    """Undo PDF line breaks: 'epirubi-\\ncin' → 'epirubicin', 'HER-\\n2' → 'HER-2', other breaks → spaces."""
    text = re.sub(r"(?<=[a-z])-\s*\n\s*(?=[a-z])", "", text)
    text = re.sub(r"-\s*\n\s*(?=\d)", "-", text)
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def split_regimen(text: str, vocabulary: Vocabulary) -> tuple[str, str]:
    """The leading regimen cell (drug names joined by '+', 'plus', 'and') and the rest of the row."""
    end, pos = 0, 0
    drugs = vocabulary.mentions(text, {"drug"})
    for mention in drugs:
        gap = text[pos:mention.start]
        if mention.start != 0 and (pos == 0 or not JOINER.fullmatch(gap) and gap.strip()):
            if pos == 0 and mention.start > 0:
                return "", text
            break
        end = pos = mention.end
    return text[:end].strip(), text[end:].strip()


def table_rows(doc: Document, block: TextBlock, vocabulary: Vocabulary) -> list[TableRow]:
    """Study rows of one table block; the caption, header and footnotes are left out."""
    rows: list[TableRow] = []
    open_start: int | None = None
    phase_column = False
    for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", block.text):
        chunk = m.group(0)
        if STOP.match(chunk):
            break
        if open_start is None:
            first = vocabulary.mentions(flatten(chunk)[:40], {"drug"})
            if not first or first[0].start != 0:
                phase_column = phase_column or (not rows and re.search(r"\bphase\b", chunk, re.IGNORECASE) is not None)
                continue
            open_start = m.start()
        end = ROW_END.search(chunk)
        if end:
            raw = block.text[open_start:m.end()]
            flat = flatten(raw)
            citation = ROW_END.search(flat).group(0).strip()
            regimen, rest = split_regimen(flat[: -len(citation)].strip(), vocabulary)
            if regimen:
                rows.append(TableRow(citation, regimen, rest, flat, block.start + open_start, block.start + m.end(),
                                     phase_cell(rest) if phase_column else None))
            open_start = None
    return rows


def phase_cell(rest: str) -> str | None:
    """The phase a row's Phase cell gives ('II' → '2', 'I/II' → '1/2'), if it has exactly one."""
    cells = PHASE_CELL.findall(rest)
    if len(cells) != 1:
        return None
    first, second = (ROMAN[c.upper()] if c else "" for c in cells[0])
    return f"{first}/{second}" if second and second != first else first


def document_rows(doc: Document, vocabulary: Vocabulary) -> list[TableRow]:
    """Study rows of every table the document sets aside."""
    return [row for block in doc.blocks if block.kind == "table"
            for row in table_rows(doc, block, vocabulary) + cited_rows(block, vocabulary)]


# A table whose first column is the reference: "[29] Retrospective - Intermediate stage TACE + apatinib vs TACE 168
# 61.9 vs 42.9 8.6 vs 5.2 19.8 vs 14.3", under a header naming the figure columns ("N ORR (%) mPFS (mo) mOS (mo)")
ROW_START = re.compile(r"^\s*(" + CITATION.pattern + r")\s+(.*\S)\s*$")
CELL = r"(\d+(?:\.\d+)?\s*(?:vs\.?|versus)\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?|[-–—]|NR)"
COLUMN = re.compile(r"[A-Za-z][\w.-]*(?:\s*\(([^()]*)\))?")
COUNT_COLUMN = re.compile(r"^(?:N|n|No\.?|Patients|Pts)$")
COLUMN_UNITS = {"%": "%", "mo": " months", "months": " months", "m": " months", "wk": " weeks", "weeks": " weeks"}
FOOTNOTE = re.compile(r"\b([A-Z][A-Za-z0-9]{1,9}),\s+([a-z][^;,.]*?)(?=;|\.?\s*$)")


@dataclass
class FigureColumn:
    """A trailing column of figures: what it counts (None for the patient count) and the unit of its cells."""

    endpoint: str | None
    unit: str


def figure_columns(header: str, vocabulary: Vocabulary) -> list[FigureColumn]:
    """The columns after the regimen column that hold figures: 'N ORR (%) mPFS (mo)' → N, ORR %, PFS months."""
    columns: list[FigureColumn] = []
    start = re.search(r"\b(?:Regimens?|Treatments?|Interventions?|Arms?)\b", header, re.IGNORECASE)
    for m in COLUMN.finditer(header[start.end():] if start else header):
        name = re.sub(r"\s*\(.*", "", m.group(0))
        if COUNT_COLUMN.match(name):
            columns.append(FigureColumn(None, ""))
            continue
        endpoint = vocabulary.mentions(name, {"endpoint"})
        if not endpoint or (m.group(1) or "").strip().lower() not in COLUMN_UNITS:
            return columns if start else []
        columns.append(FigureColumn(endpoint[0].id, COLUMN_UNITS[m.group(1).strip().lower()]))
    return columns


def cited_rows(block: TextBlock, vocabulary: Vocabulary) -> list[TableRow]:
    """Rows of a table that opens each row with its reference, read against the header's figure columns."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", block.text)]
    header = next((text for _, text in lines if not ROW_START.match(text) and figure_columns(text, vocabulary)), None)
    if header is None:
        return []
    columns = figure_columns(header, vocabulary)
    phase_column = re.search(r"\bphase\b", header, re.IGNORECASE) is not None
    abbreviations = {a: full for _, text in lines for a, full in FOOTNOTE.findall(text) if not ROW_START.match(text)}
    rows = []
    for offset, text in lines:
        start = ROW_START.match(text)
        cells = re.search(r"\s+".join([CELL] * len(columns)) + r"\s*$", start.group(3)) if start else None
        if not cells:
            continue
        lead = start.group(3)[:cells.start()].strip()
        drugs = vocabulary.mentions(lead, {"drug"})
        if not drugs:
            continue
        regimen_text, described = lead[drugs[0].start:], lead[:drugs[0].start]
        for short, full in abbreviations.items():
            described = re.sub(rf"\b{re.escape(short)}\b", full, described)
        parts = [described.strip()]
        for column, cell in zip(columns, cells.groups()):
            if re.fullmatch(r"[-–—]|NR", cell):
                continue
            if column.endpoint is None:
                parts.append(f"N = {cell}")
                continue
            label = vocabulary[column.endpoint].label
            values = [f"{v.strip()}{column.unit}" for v in re.split(r"\s*(?:vs\.?|versus)\s*", cell)]
            parts.append(f"{label} " + " vs ".join(values))
        rows.append(TableRow(start.group(1), regimen_text, "; ".join(parts), text, block.start + offset,
                             block.start + offset + len(text), phase_cell(described) if phase_column else None))
    return rows
