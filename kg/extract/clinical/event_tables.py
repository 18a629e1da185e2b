"""Adverse-event tables flattened with ' | ' columns: one event per row, one grade per figure column.

"Table 2. Adverse events ... [25]" / "Event | Any grade (%) | Grade 3-4 (%)" / "Hypertension | 64.3 | 11.9"
gives hypertension at any grade 64.3% and at grade 3-4 11.9% for the study the caption cites. A table whose columns
are arms rather than grades ("Apatinib | Placebo") is not read: which grade its figures have is not said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.base import CITATION
from kg.ground.vocabulary import Vocabulary
from kg.ingest.documents import Document, Sentence, TextBlock

from .adverse_events import EventFinding, grade_of
from .numbers import parse_number

EVENT_COLUMN = re.compile(r"^(?:(?:treatment[- ]related\s+)?adverse\s+events?|events?|AEs?|toxicit(?:y|ies))$",
                          re.IGNORECASE)
GRADE_COLUMN = re.compile(r"^(?:any[- ]grade|all[- ]grades?|grade\s*(?:[≥>]=?\s*)?[1-5](?:\s*[-–/]\s*[1-5])?)"
                          r"\s*(?:\(\s*%\s*\))?$", re.IGNORECASE)
CELL = re.compile(r"^\d+(?:\.\d+)?\s*%?$")


@dataclass
class TableEvents:
    """The events of one table, the study its caption cites, and the row each came from."""

    citation: str
    events: list[tuple[Sentence, EventFinding]]


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split(" | ")]


def block_events(block: TextBlock, vocabulary: Vocabulary) -> TableEvents | None:
    """The event rows of a ' | ' table whose header is an event column and grade columns, under a cited caption."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", block.text)]
    cited = CITATION.findall(lines[0][1]) if lines else []
    header = next(((i, _cells(text)) for i, (_, text) in enumerate(lines) if " | " in text), None)
    if len(cited) != 1 or header is None:
        return None
    index, columns = header
    if not EVENT_COLUMN.match(columns[0]) or len(columns) < 2 or not all(GRADE_COLUMN.match(c) for c in columns[1:]):
        return None
    grades = [grade_of(c) for c in columns[1:]]
    found: list[tuple[Sentence, EventFinding]] = []
    for offset, text in lines[index + 1:]:
        cells = _cells(text)
        if len(cells) != len(columns):
            break
        named = vocabulary.mentions(cells[0], {"event"})
        if len(named) != 1 or named[0].start != 0 or named[0].end != len(cells[0]):
            continue
        start = block.start + offset
        row = Sentence(-1, text, start, start + len(text), -1, -1)
        for grade, cell in zip(grades, cells[1:]):
            if CELL.match(cell):
                found.append((row, EventFinding(named[0].id, grade, [parse_number(cell.rstrip("% "))])))
    return TableEvents(f"[{cited[0]}]", found) if found else None


def document_event_tables(doc: Document, vocabulary: Vocabulary) -> list[TableEvents]:
    """Every adverse-event table the document sets aside."""
    return [t for block in doc.blocks if block.kind == "table"
            for t in [block_events(block, vocabulary)] if t is not None]
