"""Who acts: single drugs, combinations ("X with Y", "X+Y", "the combination of X and Y") and
enumerations with their combination ("X, Y, and their combinations" are three agent sets)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ground.vocabulary import Mention, Vocabulary

NOT_AGENTS = {"drug.chemotherapy", "drug.placebo"}
NOT_AGENT_CATEGORIES = {"procedure", "placebo", "no_treatment", "unspecified_chemotherapy"}
"""Treatments that are no chemical agent: radiotherapy, chemoembolisation, observation."""
MODIFIER_AFTER = re.compile(r"^-(?:resistant|induced|mediated|based|sensitive|free|loaded|like)\b", re.I)
ACTION_NOUN_AFTER = re.compile(r"^-(?:induced|mediated)\s+(?:inhibition|suppression|reduction|decrease|down-?regulation"
                               r"|attenuation|blockade|increase|induction|up-?regulation|promotion|enhancement)\s+of\b",
                               re.I)
DERIVED_BEFORE = re.compile(r"\b(?:derived from|analogu?e of|similar to|structurally related to)\s+$", re.I)
JOIN = re.compile(
    r"^\s*(?:\+|/|with|plus|combined with|in combination with|together with|and the|and|or|,|, and|, or|, and the)\s*$"
    r"|^\s+alone,?\s+(?:and|or)(?:\s+the)?\s+$"
    r"|^[-–]$",
    re.I
)
COMBINING = re.compile(r"^\s*(?:\+|/|with|plus|combined with|in combination with|together with)\s*$"
                       r"|^[-–]$", re.I)  # "the apatinib-oxaliplatin combination"
COMBINATION_BEFORE = re.compile(
    r"\b(?:combination of|combining|combined(?:\s+with)?|co-?treatment with|co-?administration of"
    r"|synergistic effects? of"
    r"|synergic effects? of)\s*(?:the\s+)?$",
    re.I,
)
THEIR_COMBINATION = re.compile(
    r"^\s*(?:,\s*)?(?:and\s+)?(?:their|the) (?:combinations?|combined (?:application|use|treatment)|co-?treatment)\b",
    re.I,
)
NON_DRUG_PARTNER = re.compile(
    r"^\s*(?:\([^()]{0,60}\)\s*)?(?:(?:was|were|is|are)\s+)?(?:\+|plus|combined with|in combination with"
    r"|together with|with|and)\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:irradiation|radiation|radiotherapy|IR\b|X-ray|ionizing|hyperthermia|photodynamic|knockdown|silencing|siRNA"
    r"|overexpression|anti-PD|anti-CTLA|antibod\w*|blockade|immunotherapy|chemotherapy|chemo\b|radiochemotherapy"
    r"|surgery|TACE|ablation)",
    re.I,
)
ADDITION_BEFORE = re.compile(r"\baddition\s+of\s+$", re.I)
ADDED_TO_NON_DRUG = re.compile(r"^\s+to\s+(?:[\w-]+\s+){0,2}?(?:irradiation|radiation|radiotherapy|blockade|antibod\w*"
                               r"|immunotherapy|chemotherapy|surgery)\b", re.I)
COMBINATION_AFTER = re.compile(r"^\s*(?:combinations?|co-?treatment|combined)\b", re.I)
CONTRASTED_BEFORE = re.compile(r"(?:\bbut\s+not|\bunlike|\bin\s+contrast\s+to)\s+$", re.I)
ALL_IN_COMBINATION = re.compile(r"^\s*(?:(?:in combination|combined|together)\b(?!\s+with\b)"
                                r"|(?:cooperat\w*|synergi[sz]\w*|jointly|act(?:ed)? together)\b)", re.I)


@dataclass(frozen=True)
class AgentPhrase:
    """A stretch of text naming one or more agent sets (each a sorted tuple of drug ids)."""

    start: int
    end: int
    sets: tuple[tuple[str, ...], ...]


def drug_mentions(text: str, vocabulary: Vocabulary, blocked: list[tuple[int, int]]) -> list[Mention]:
    """Drug names acting as agents: not generic chemotherapy, not inside model names, not modifiers."""
    found = []
    for m in vocabulary.mentions(text, {"drug"}):
        if m.id in NOT_AGENTS or vocabulary[m.id].field("category") in NOT_AGENT_CATEGORIES or any(
                s < m.end and m.start < e for s, e in blocked):
            continue
        acting = ACTION_NOUN_AFTER.match(text[m.end:])  # "apatinib-mediated inhibition of X": the drug acts on X
        if (MODIFIER_AFTER.match(text[m.end:]) and not acting) or DERIVED_BEFORE.search(text[:m.start]):
            continue
        found.append(m)
    return found


def _drug(vocabulary: Vocabulary, drug_id: str) -> str:
    """A salt counts as its parent drug."""
    parent = vocabulary[drug_id].field("parent")
    return parent or drug_id


def agent_phrases(text: str, vocabulary: Vocabulary, blocked: list[tuple[int, int]] = ()) -> list[AgentPhrase]:
    """Agent phrases of a sentence view, left to right."""
    mentions = drug_mentions(text, vocabulary, list(blocked))
    runs: list[list[Mention]] = []
    for m in mentions:
        contrast = runs and (CONTRASTED_BEFORE.search(text[:m.start])
                             or CONTRASTED_BEFORE.search(text[:runs[-1][0].start]))
        if runs and JOIN.match(text[runs[-1][-1].end:m.start]) and not contrast:
            runs[-1].append(m)
        else:
            runs.append([m])
    return [_phrase(text, vocabulary, run) for run in runs]


def contrasted(text: str, phrase: AgentPhrase) -> str | None:
    """"sorafenib, but not apatinib, ..." and "unlike sorafenib, apatinib ...": a drug set against the subject;
    "but not" states it had no effect, "unlike" only that it is not the subject."""
    m = CONTRASTED_BEFORE.search(text[:phrase.start])
    return None if m is None else ("but-not" if m.group().lower().startswith("but") else "unlike")


def _phrase(text: str, vocabulary: Vocabulary, run: list[Mention]) -> AgentPhrase:
    items: list[list[str]] = [[_drug(vocabulary, run[0].id)]]
    for prev, m in zip(run, run[1:]):
        gap = text[prev.end:m.start]
        drug = _drug(vocabulary, m.id)
        if COMBINING.match(gap):
            items[-1].append(drug)
        else:
            items.append([drug])
    start, end = run[0].start, run[-1].end
    head = text[:start]
    tail = text[end:]
    sets = [tuple(sorted(set(i))) for i in items]
    everything = tuple(sorted({d for i in items for d in i}))
    if COMBINATION_BEFORE.search(head):
        sets = [everything]
    elif m := THEIR_COMBINATION.match(tail):
        sets.append(everything)
        end += m.end()
    elif len(items) == 1 and COMBINATION_AFTER.match(tail):
        sets = [everything]
    elif len(items) > 1 and ALL_IN_COMBINATION.match(tail):
        sets = [everything]  # "apatinib, oxaliplatin and 5-FU in combination": one set of all three
    if NON_DRUG_PARTNER.match(tail) or (ADDITION_BEFORE.search(head) and ADDED_TO_NON_DRUG.match(tail)):
        sets = []  # "apatinib plus irradiation", "the addition of apatinib to PD-1 blockade"
    unique = tuple(dict.fromkeys(s for s in sets if s))
    return AgentPhrase(start, end, unique)
