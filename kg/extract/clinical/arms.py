"""Which drugs each arm of a study received, read from the words around drug names.

Drugs named as earlier treatment ("prior bevacizumab", "unresponsive to previous chemotherapy",
"with failed chemotherapy") are not part of the regimen; "X or Y" after "randomly assigned to receive"
names two arms; a placebo or "X alone" is the comparator.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.ground.vocabulary import Mention, Vocabulary
from kg.models import Arm

PRIOR = re.compile(
    r"\b(?:prior|previous|previously|pretreated|pre-treated|failed|failure of|failing|refractory to|resistant to|"
    r"progressed (?:on|after)|progression (?:on|after)|intolerant to|unresponsive to|history of)\b[^.;,]{0,30}$",
    re.IGNORECASE,
)
TREATMENT_CUE = re.compile(
    r"\b(?:receiv\w*|treat\w*|combin\w*|plus|adding|added|add-on|administ\w*|given|regimen|dose|dosing|mg|"
    r"assigned|monotherapy|arm|group|efficacy|effect\w*|study of|trial of|investigat\w*|evaluat\w*)\b|\+",
    re.IGNORECASE,
)
RANDOMISED = re.compile(
    r"\b(?:(?:assigned|allocated|randomi[sz]ed) to(?: receive)?|to receive|receiving|received)\s+(.+?)\s+"
    r"(?:or|versus|vs\.?|compared with)\s+(.+?)(?=\buntil\b|\bfor \d|[.;]|$)",
    re.IGNORECASE,
)
CONTROL = "drug.placebo"
SUBGROUP_CONTRAST = re.compile(r"\b(?:patients|those|subjects) (?:with|without|who|aged)\b|\bwithout\b", re.IGNORECASE)


def parent(drug: str, vocabulary: Vocabulary) -> str:
    """A salt's parent drug (apatinib mesylate → apatinib), else the drug itself."""
    return vocabulary[drug].field("parent") or drug if drug in vocabulary else drug


def drug_mentions(text: str, vocabulary: Vocabulary) -> list[Mention]:
    """Drug names in ``text``."""
    return vocabulary.mentions(text, {"drug"})


RECEIVING = re.compile(r"\b(?:were|was) (?:given|treated|administered)\b|\breceiv\w*\b|\bplus\b|\bcombined\b",
                       re.IGNORECASE)


def given(text: str, mention: Mention) -> bool:
    """The drug is named as part of the treatment under study, not as an earlier therapy."""
    prior = PRIOR.search(text[max(0, mention.start - 60):mention.start])
    return prior is None or RECEIVING.search(prior.group(0)) is not None


def regimen(text: str, vocabulary: Vocabulary, require_cue: bool = False) -> list[str]:
    """Sorted drug ids given together in ``text`` (placebo excluded)."""
    found = set()
    for mention in drug_mentions(text, vocabulary):
        if not given(text, mention):
            continue
        window = text[max(0, mention.start - 60):mention.end + 60]
        if require_cue and not TREATMENT_CUE.search(window):
            continue
        found.add(parent(mention.id, vocabulary))
    found.discard(CONTROL)
    return sorted(found)


def randomised_arms(text: str, vocabulary: Vocabulary) -> list[Arm]:
    """Arms of 'randomly assigned to receive X or Y', experimental first."""
    m = RANDOMISED.search(text)
    if not m:
        return []
    arms = []
    for part in (m.group(1), m.group(2)):
        drugs = regimen(part, vocabulary) or (["drug.placebo"] if re.search(r"placebo", part, re.I) else [])
        if not drugs:
            return []
        arms.append(Arm(regimen=drugs, label=part.strip()))
    if arms[0].regimen == arms[1].regimen:
        return []
    return arms


def passage_arms(text: str, vocabulary: Vocabulary, fallback: str | None = None) -> list[Arm]:
    """The arms a passage describes: randomised arms, else one arm of the drugs given (plus a placebo arm)."""
    arms = randomised_arms(text, vocabulary)
    if arms:
        return arms
    drugs = regimen(text, vocabulary, require_cue=True) or regimen(text, vocabulary)
    if not drugs and fallback:
        drugs = [fallback]
    arms = [Arm(regimen=drugs)] if drugs else []
    if arms and re.search(r"\bplacebo\b", text, re.IGNORECASE):
        arms.append(Arm(regimen=[CONTROL], label="placebo"))
    return arms


def dominant_drug(text: str, vocabulary: Vocabulary) -> str | None:
    """The drug a document is about: the one it names most often."""
    counts = Counter(parent(m.id, vocabulary) for m in drug_mentions(text, vocabulary))
    counts.pop(CONTROL, None)
    return counts.most_common(1)[0][0] if counts else None


def arm_for(hint: str, arms: list[Arm], vocabulary: Vocabulary, position: int = 0, versus: bool = False) -> int | None:
    """The arm a figure belongs to: the one the words next to it name, else its place in a comparison.

    'with placebo' / 'in the control group' → the placebo (or last) arm; 'the combination' → the arm with
    the most drugs; 'monotherapy' / 'alone' → the one with the fewest. A contrast between kinds of patients
    ('in those without liver metastases') is not a contrast between arms.
    """
    if not arms or (versus and len(arms) < 2):
        return None
    aliased = [i for i, a in enumerate(arms) if any(_names(alias, hint) for alias in aliases(a))]
    if len(aliased) == 1:
        return aliased[0]
    named = set(regimen(hint, vocabulary))
    exact = [i for i, a in enumerate(arms) if named and set(a.regimen) == named]
    if len(exact) == 1:
        return exact[0]
    holding = [i for i, a in enumerate(arms) if named and named <= set(a.regimen)]
    if len(holding) == 1:
        return holding[0]
    if versus and not named and SUBGROUP_CONTRAST.search(hint):
        return None
    sizes = [len(a.regimen) for a in arms]
    if re.search(r"\b(?:placebo|control)\b", hint, re.IGNORECASE) and len(arms) > 1:
        placebo = [i for i, a in enumerate(arms) if a.regimen == [CONTROL]]
        return placebo[0] if placebo else len(arms) - 1
    if re.search(r"\bcombination\b", hint, re.IGNORECASE) and sizes.count(max(sizes)) == 1:
        return sizes.index(max(sizes))
    if re.search(r"\b(?:monotherapy|alone|single[- ]agent)\b", hint, re.IGNORECASE) and sizes.count(min(sizes)) == 1:
        return sizes.index(min(sizes))
    return position if position < len(arms) else None


def aliases(arm: Arm) -> list[str]:
    """Short names an abstract gives an arm in brackets: 'apatinib plus chemotherapy (A+CT)' → ['A+CT']."""
    return re.findall(r"\(([A-Z][\w+/-]{0,11})\)", arm.label or "")


def _names(alias: str, text: str) -> bool:
    return re.search(rf"(?<![\w+/-]){re.escape(alias)}(?![\w+/-])", text) is not None
