"""Regimen acronyms a document defines itself ("SOX: S-1 plus oxaliplatin", "FOLFOX (oxaliplatin, ...)").

A reader expands a combination acronym with the document's own definition; only definitions that name two or
more drugs count, so that "ORR: objective response rate" is not read as a regimen.
"""

from __future__ import annotations

import re

from kg.ground.vocabulary import Vocabulary
from kg.models import Arm

from .arms import regimen

DEFINITION = re.compile(r"\b([A-Z][A-Z0-9]{1,9})\s*(?::|=|\()\s*((?:[^;.()]|\.(?=\d)|\([^()]*\))+?)(?=[;.)]|$)")
JOINED = r"(?:\+|\bplus\b|\band\b|\bwith\b)\s*"


def definitions(text: str, vocabulary: Vocabulary) -> dict[str, list[str]]:
    """Acronym → drug ids, for the acronyms the text defines as a combination of drugs."""
    found: dict[str, list[str]] = {}
    for m in DEFINITION.finditer(re.sub(r"\s+", " ", text)):
        drugs = regimen(m.group(2), vocabulary)
        if len(drugs) >= 2 and not vocabulary.mentions(m.group(1), {"drug"}):
            found.setdefault(m.group(1), drugs)
    return found


def expand(arms: list[Arm], text: str, defined: dict[str, list[str]]) -> None:
    """Add an acronym's drugs to the arm given it ('camrelizumab, apatinib and SOX'); one arm, or the arm named."""
    for acronym, drugs in defined.items():
        if not re.search(JOINED + re.escape(acronym) + r"\b", text):
            continue
        labelled = [a for a in arms if a.label and re.search(rf"\b{re.escape(acronym)}\b", a.label)]
        for arm in labelled or (arms if len(arms) == 1 else []):
            arm.regimen = sorted(set(arm.regimen) | set(drugs))
