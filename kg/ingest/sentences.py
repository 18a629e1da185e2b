"""Split clean text into sentences with spaCy's rule-based sentencizer, repaired for scientific prose.

The plain sentencizer ends a sentence after every full stop; abstracts are full of "et al.",
"vs.", "Fig." and "95% CI" that do not end one. Splits are undone where the text shows they are wrong.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

ABBREVIATIONS = re.compile(
    r"(?:\bet al|\be\.g|\bi\.e|\bvs|\bv|\bFig|\bFigs|\bapprox|\bca|\bcf|\bNo|\bDr|\bmo|\bmos|\bwk|\bmin|\bmax"
    r"|\bincl|\bresp|\bRef|\bRefs|\bSt|\bsp|\bspp|\bno|\bal|\bet)\.\s*$"
)


@lru_cache(maxsize=1)
def sentencizer() -> Language:
    """A blank English pipeline with only the rule-based sentencizer."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 5_000_000
    return nlp


def split(text: str, hard_breaks: set[int] = frozenset()) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``; a sentence never crosses a hard break offset."""
    spans: list[tuple[int, int]] = []
    segment_starts = sorted({0, *(b for b in hard_breaks if 0 < b < len(text))})
    bounds = list(zip(segment_starts, [*segment_starts[1:], len(text)]))
    nlp = sentencizer()
    for seg_start, seg_end in bounds:
        segment = text[seg_start:seg_end]
        raw = _split_glued(segment, [(s.start_char, s.end_char) for s in nlp(segment).sents])
        for start, end in _repair(segment, raw):
            start, end = _strip(segment, start, end)
            if end > start:
                spans.append((seg_start + start, seg_start + end))
    return spans


GLUED_END = re.compile(r"(?:(?<=[a-z0-9%)\]])|(?<=\d [A-Z])|(?<=\d[A-Z])|(?<=/[A-Z])|(?<=[\d ][μµnmp]M))"
                       r"\.\s+(?=[A-Z][a-z])")  # "p70S6K. In", "μmol/L. The", "10 μM. In"


def _split_glued(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split where a full stop is glued to a token ("500 mg/d. The") so the sentencizer missed it."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for m in GLUED_END.finditer(text, start, end):
            if not ABBREVIATIONS.search(text[cut:m.start() + 1]):
                out.append((cut, m.start() + 1))
                cut = m.end()
        out.append((cut, end))
    return out


def _repair(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge a split that falls after an abbreviation, inside brackets, or before a lower-case word."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _wrong_split(text[merged[-1][0]:merged[-1][1]], text[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _wrong_split(before: str, after: str) -> bool:
    head = after.lstrip()
    if not head:
        return True
    if ABBREVIATIONS.search(before):
        return True
    if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
        return True
    if head[0].islower() or head[0] in ",;)]%":
        return True
    return not re.search(r"[.!?][\"')\]]*\s*$", before)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
