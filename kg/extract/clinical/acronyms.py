"""Regimen acronyms a document defines itself ("SOX: S-1 plus oxaliplatin", "FOLFOX (oxaliplatin, ...)").

A reader expands a combination acronym with the document's own definition; only definitions that name two or
more drugs count, so that "ORR: objective response rate" is not read as a regimen.
"""

from __future__ import annotations

import re

from kg.ground.vocabulary import Vocabulary
from kg.models import Arm

from .arms import PRIOR, parent, regimen

DEFINITION = re.compile(r"\b([A-Z][A-Z0-9]{1,9})\s*(?::|=|\()\s*((?:[^;.()]|\.(?=\d)|\([^()]*\))+?)(?=[;.)]|$)")
JOINED = r"(?:\+|\bplus\b|\band\b|\bwith\b)\s*"


# "metronomic temozolomide (TMZ)": a single drug's short name, defined right after the name it abbreviates
SHORT_NAME = re.compile(r"\(\s*([A-Z][A-Z0-9]{1,5})\s*\)")


def definitions(text: str, vocabulary: Vocabulary) -> dict[str, list[str]]:
    """Acronym → drug ids, for the acronyms the text defines as a combination of drugs or as one drug's initials."""
    found: dict[str, list[str]] = {}
    flat = re.sub(r"\s+", " ", text)
    for m in DEFINITION.finditer(flat):
        drugs = regimen(m.group(2), vocabulary)
        if len(drugs) >= 2 and not vocabulary.mentions(m.group(1), {"drug"}):
            found.setdefault(m.group(1), drugs)
    for mention in vocabulary.mentions(flat, {"drug"}):
        m = SHORT_NAME.match(flat, mention.end + (flat[mention.end:mention.end + 1] == " "))
        if m and initials_of(m.group(1), flat[mention.start:mention.end]) and \
                not vocabulary.mentions(m.group(1), {"drug"}):
            found.setdefault(m.group(1), [parent(mention.id, vocabulary)])
    return found


def initials_of(short: str, name: str) -> bool:
    """'TMZ' abbreviates 'temozolomide': same first letter, the others in order within the name."""
    name = name.lower()
    if not name.startswith(short[0].lower()):
        return False
    at = 1
    for letter in short[1:].lower():
        at = name.find(letter, at) + 1
        if not at:
            return False
    return True


def expand(arms: list[Arm], text: str, defined: dict[str, list[str]]) -> None:
    """Add an acronym's drugs to the arm given it ('camrelizumab, apatinib and SOX'); one arm, or the arm named."""
    for acronym, drugs in defined.items():
        joined = [m for m in re.finditer(JOINED + re.escape(acronym) + r"\b", text)
                  if len(drugs) > 1 or not PRIOR.search(text[max(0, m.start() - 60):m.start()])]
        if not joined:
            continue
        labelled = [a for a in arms if a.label and re.search(rf"\b{re.escape(acronym)}\b", a.label)]
        for arm in labelled or (arms if len(arms) == 1 else []):
            arm.regimen = sorted(set(arm.regimen) | set(drugs))
