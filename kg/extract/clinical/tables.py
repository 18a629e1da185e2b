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
    return [row for block in doc.blocks if block.kind == "table" for row in table_rows(doc, block, vocabulary)]
