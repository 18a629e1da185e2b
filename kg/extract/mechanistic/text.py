"""A sentence as the rules read it: expansions in brackets dropped, clauses split, hedges recognised."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.base import CITATION
from kg.ground.vocabulary import Vocabulary

PARENTHESIS = re.compile(r"\s*\(([^()]*)\)")
CLAUSE_BREAK = re.compile(
    r";|(?<=[a-zA-Z)])\.\s+(?=[A-Z][a-z])|,\s+(?=(?:so|thus|suggesting|indicating|implying|which|whereas|while|but)\b)"
)
HEDGE_BEFORE = re.compile(
    r"\b(?:may|might|potentially|possibly|perhaps|could potentially|seems?|appears? to|tend(?:s|ed)? to|whether|if"
    r"|to (?:investigate|explore|examine|evaluate|assess|determine|study|test|clarify|elucidate)"
    r"|in the hope of|with the (?:aim|goal|intention) of|aim(?:ed|ing) (?:to|at))\b",
    re.I,
)
HEDGE_ANYWHERE = re.compile(r"\b(?:propos\w*|suggest\w*|hypothes\w*|speculat\w*|indicating|implying)\b", re.I)
PURPOSE = re.compile(r"^\s*(?:in order )?to\b", re.I)
CLINICAL = re.compile(r"\bin (?:[\w-]+ ){0,4}patients\b|\bpatients (?:with|who|received|were)\b|\bclinical trials?\b"
                      r"|\bphase (?:I|II|III|1|2|3)\b", re.I)
GENERALITY = re.compile(r"\bin (?:many|various|several|multiple|other|different) (?:types of )?(?:cancers|tumou?rs)\b",
                        re.I)
KEEP_KINDS = {"cell"}
METHOD_NOTE = re.compile(r"\b(?:staining|immunostaining|immunohistochemistry|IHC|assays?|western blot\w*"
                         r"|flow cytometry)\s*$", re.I)
PHOSPHO_ABBREVIATION = re.compile(r"(?<![A-Za-z0-9-])(?:p|phospho)-(?=[A-Z0-9]|p\d)")


def view(text: str, vocabulary: Vocabulary) -> str:
    """The sentence without citations and bracketed expansions, keeping brackets that name cell lines or numbers."""
    text = CITATION.sub("", text)

    def keep(m: re.Match[str]) -> str:
        inner = m.group(1)
        if METHOD_NOTE.search(inner):
            return ""
        if re.search(r"\d", inner) and not re.fullmatch(r"[A-Za-z][\w-]*", inner):
            return m.group(0)
        if vocabulary.mentions(inner, KEEP_KINDS):
            return m.group(0)
        return ""

    text = PARENTHESIS.sub(keep, text)
    text = PHOSPHO_ABBREVIATION.sub("phosphorylated ", text)
    text = re.sub(r"(?<=[Ss]ignal)ling\b", "ing", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence view between clause breaks."""

    start: int
    end: int
    relative: bool = False

    def contains(self, position: int) -> bool:
        return self.start <= position < self.end


def clauses(text: str) -> list[Clause]:
    """Clauses of a view; a clause opened by ", which" is relative (its subject is not the sentence's agent)."""
    found: list[Clause] = []
    start, relative = 0, False
    for m in CLAUSE_BREAK.finditer(text):
        found.append(Clause(start, m.start(), relative))
        start = m.end()
        relative = text[start:start + 7].lstrip().lower().startswith("which")
    found.append(Clause(start, len(text), relative))
    return found


def clause_at(parts: list[Clause], position: int) -> Clause:
    for clause in parts:
        if clause.contains(position):
            return clause
    return parts[-1]


def hedged(text: str, clause: Clause, position: int) -> bool:
    """Whether a statement at ``position`` is put as possibility or proposal rather than finding."""
    before = text[clause.start:position]
    if PURPOSE.match(before):
        return True
    return bool(HEDGE_BEFORE.search(before) or HEDGE_ANYWHERE.search(text[clause.start:clause.end]))


def general(text: str) -> bool:
    """A statement about cancers in general or about patients, rather than a preclinical model."""
    return bool(GENERALITY.search(text) or CLINICAL.search(text))
