"""Citation scope: which citation and which study a sentence belongs to in a review.

A review reports one study over several sentences and closes the stretch with the citation
("... decreased p-VEGFR2 expression. Moreover, apatinib decreased Akt/mTOR activity ... [20]").
A unit runs until a sentence closing with a citation or the end of the paragraph; a sentence that
introduces another study ("Zhang et al.", "Another report", "our previous study") opens a new unit.
Consecutive stretches of a paragraph closing with the same citation report the same study: one unit.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.extract.base import CITATION
from kg.ingest.documents import Document, Sentence

CLOSING = re.compile(r"\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\][\s.)\]]*$")
SAME_STUDY = re.compile(r"^\s*(?:The|This|That|In the|In this|In that)\s+(?:same\s+)?"
                        r"(?:study|report|work|group|authors)\b|^\s*(?:The|These)\s+(?:same\s+)?authors\b", re.I)
NEW_STUDY = re.compile(
    r"\bet al\b|\b(?:another|other|a recent|our previous|a previous|one) "
    r"(?:\w+ )?(?:study|studies|report|reports|investigation|investigations|research|experiment)\b",
    re.I,
)


@dataclass(frozen=True)
class Unit:
    """Consecutive sentences of one paragraph reporting one study."""

    index: int
    paragraph: int
    sentences: tuple[int, ...]
    citation: str | None


def closing_citation(text: str) -> str | None:
    """The citation that ends a sentence, as written."""
    m = CLOSING.search(text)
    return f"[{m.group(1)}]" if m else None


def paragraph_of(doc: Document, sentence: Sentence) -> int:
    return bisect.bisect_right(sorted(doc.clean.breaks), sentence.clean_start)


def units(doc: Document) -> list[Unit]:
    """The document's sentences grouped into citation units."""
    found: list[Unit] = []
    current: list[int] = []
    paragraph = -1

    def close(citation: str | None) -> None:
        if current:
            last = found[-1] if found else None
            adjacent = last is not None and last.paragraph == paragraph and last.sentences[-1] + 1 == current[0]
            opening = doc.sentences[current[0]].text
            if (citation and adjacent and last.citation == citation and not NEW_STUDY.search(opening)):
                found[-1] = Unit(last.index, paragraph, last.sentences + tuple(current), citation)  # the same study
            elif citation is None and adjacent and last.citation and SAME_STUDY.search(opening):
                found[-1] = Unit(last.index, paragraph, last.sentences + tuple(current), last.citation)  # "The same
                # study found that ...": an uncited stretch that says it continues the study cited just before
            else:
                found.append(Unit(len(found), paragraph, tuple(current), citation))
            current.clear()

    for sentence in doc.sentences:
        para = paragraph_of(doc, sentence)
        if para != paragraph or (current and NEW_STUDY.search(sentence.text)):
            close(None)
            paragraph = para
        current.append(sentence.index)
        cited = closing_citation(sentence.text)
        if cited:
            close(cited)
    close(None)
    return found


def cites(doc: Document) -> bool:
    """Whether the document cites sources at all (a review), so uncited statements are background."""
    return any(CITATION.search(s.text) for s in doc.sentences)


def overlap(a: str | None, b: str | None) -> bool:
    """Two citation markers share a reference number ("[56]" and "[20, 56, 62]")."""
    if a is None or b is None:
        return a == b
    return bool(set(re.findall(r"\d+", a)) & set(re.findall(r"\d+", b)))
