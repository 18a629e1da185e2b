"""In which form a gene product changes: p-X and "X phosphorylation" are phosphorylation, "X levels" and
"expression of X" are expression, "active X" and "X activity" are activity; processes are processes.
A form word right after the name wins, then "<form> of" a list the name belongs to, then a form after the list
("the phosphorylation of AKT and GSK3β and the expression of ANG2")."""

from __future__ import annotations

import re

from kg.ground.vocabulary import Mention

PHOSPHO_PREFIX = re.compile(r"(?:\bp-|\bphospho-|\bphosphorylated[\s-]+)$", re.I)
ACTIVE_SURFACE = re.compile(r"^(?:active|activated|cleaved)\b", re.I)
ACTIVE_PREFIX = re.compile(r"\b(?:active|activated|cleaved)\s+$", re.I)
FORM_WORDS = [
    ("phosphorylation", re.compile(r"\bphosphorylation\b", re.I)),
    ("expression", re.compile(r"\bexpressions?\b|\bsecretion\b|\blevels?\b|\bproteins?\b|\bmRNAs?\b|\babundance\b"
                              r"|\bcontent\b", re.I)),
    ("activity", re.compile(r"\bactivit(?:y|ies)\b|\bactivation\b|\bsignal(?:l)?ing\b|\bpathways?\b|\baxis\b"
                            r"|\bcascades?\b|\b(?:transport|efflux|pump)\s+function\b", re.I)),
]
LIST_MATERIAL = re.compile(r"^(?:[\s,/]|and|or|the|total|p-|phospho-|phosphorylated|\bas well as\b)*$", re.I)


def _form_words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    found = []
    for form, pattern in FORM_WORDS:
        for m in pattern.finditer(text, start, end):
            found.append((m.start(), m.end(), form))
    return sorted(found)


def gene_form(text: str, mention: Mention, genes: list[Mention], span: tuple[int, int]) -> str | None:
    """The stated form of a gene mention inside an object span, or None where the text does not say."""
    if PHOSPHO_PREFIX.search(text[max(0, mention.start - 16):mention.start]) or mention.surface.startswith("p-"):
        return "phosphorylation"
    if ACTIVE_SURFACE.match(mention.surface) or ACTIVE_PREFIX.search(text[max(0, mention.start - 12):mention.start]):
        return "activity"
    words = _form_words(text, *span)
    after = [w for w in words if w[0] >= mention.end]
    if after and re.fullmatch(r"[\s-]*", text[mention.end:after[0][0]]):
        return after[0][2]
    before = [w for w in words if w[1] <= mention.start]
    if before and (of := re.match(r"\s+of\s+", text[before[-1][1]:mention.start])) \
            and _only_list(text, before[-1][1] + of.end(), mention.start, genes):
        return before[-1][2]
    if after and _only_list(text, mention.end, after[0][0], genes):
        return after[0][2]
    if before:
        start, end, form = before[-1]
        between = text[end:mention.start]
        if re.match(r"^\s+of\b", between, re.I) and not re.search(r"[;]", between):
            return form
    return None


def _only_list(text: str, start: int, end: int, genes: list[Mention]) -> bool:
    """Whether text[start:end] is only list glue and further names (a pathway name may carry the shared form word:
    "AKT/GSK-3β and NF-κB signaling")."""
    pieces = []
    cursor = start
    for g in sorted(genes, key=lambda g: g.start):
        if g.start >= cursor and g.start < end:
            pieces.append(text[cursor:g.start])
            cursor = min(g.end, end)
    pieces.append(text[cursor:end])
    return all(LIST_MATERIAL.match(p) for p in pieces)

