"""Direction words: verbs and nouns that say a quantity went down, up, or did not change."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.models import Direction

DECREASE = (
    r"decreas\w*|reduc\w*|inhibit(?:s|ed|ing|ion|ory)?|suppress\w*|down-?regulat\w*|attenuat\w*|diminish\w*"
    r"|lower(?:s|ed|ing)?|impair\w*|block(?:s|ed|ing|ade)?|abolish\w*|abrogat\w*|prevent(?:s|ed|ing|ion)?"
    r"|limit(?:s|ed|ing)?|overc[oa]m\w*|revers\w*|fell|falls?|declin\w*|dropp?\w*|repress\w*|decline"
    r"|restrain\w*|curb\w*|weaken\w*|loss of|depletion of|silenc\w*|alleviat\w*|ameliorat\w*"
    r"|reliev(?:e|es|ed|ing)|delay(?:s|ed|ing)?|smaller|fewer|retard(?:s|ed|ing)?|slow(?:s|ed|ing)"
    r"|interfer(?:es|ed|ing)\s+with|degradation|less"
)
INCREASE = (
    r"increas\w*|induc\w*|promot\w*|up-?regulat\w*|enhanc\w*|elevat\w*|stimulat\w*|augment\w*|rais(?:es|ed|ing)"
    r"|rose|boost\w*|trigger\w*|caus(?:es|ed|ing)|accumulat\w*|potentiat\w*|strengthen\w*|accelerat\w*"
    r"|result(?:s|ed)\s+in|le(?:d|ads)\s+to|higher|greater|more|aggravat\w*|exacerbat\w*|worsen(?:s|ed|ing)?"
)
NEGATED = (
    r"(?:did|does|do|could|can|was|were|is|are)(?:\s+not|n't)\s+(?:significantly\s+|markedly\s+)?"
    r"(?:affect|alter|change|influence|modify|impact|modulate|affected|altered|changed|influenced|modified)\w*"
    r"|(?:had|has|have|showed|exerted)\s+(?:no|little\s+or\s+no|little|negligible|minimal)\s+"
    r"(?:significant\s+|obvious\s+|apparent\s+)?(?:effects?|influence|impact"
    r"|changes?)\s+(?:on|in)"
    r"|no\s+(?:significant\s+)?(?:effects?|changes?)\s+(?:on|in|of)"
    r"|no\s+(?:significant\s+|obvious\s+)?(?:effects?|changes?|differences?)\s+(?:was|were)\s+(?:observed|detected|found"
    r"|seen|noted)\s+(?:on|in|for)"
    r"|without\s+(?:significantly\s+)?(?:affecting|altering|changing)"
    r"|(?:remained|was|were)\s+(?:largely\s+)?(?:unchanged|unaffected|unaltered|stable|constant)"
    r"|(?:showed|displayed|exhibited)\s+no\s+(?:significant\s+|obvious\s+)?(?:changes?|differences?)(?!\s+(?:on|in|of)\b)"
)
TRIGGER = re.compile(rf"\b(?:(?P<none>{NEGATED})|(?P<down>{DECREASE})|(?P<up>{INCREASE}))\b", re.I)
NEGATED_BEFORE = re.compile(
    r"\b(?:not|n't|never|neither|nor|failed to|no longer|without|no|little or no)\s+(?:(?:significantly|markedly"
    r"|obviously|further|substantially|detectably|appreciably)\s+)?$",
    re.I,
)
NEITHER_VERB = re.compile(r"\bneither\b[^.;]{0,80}?\bnor\b[^.;]{0,60}?\b(?P<verb>(?:affect|alter|change|influenc"
                          r"|modif|modulat|impact)\w*)\b", re.I)
CONDITION_AFTER = re.compile(r"^(?:stimulated|induced|challenged|primed|pretreated)\s+with\b", re.I)
PREDICATIVE = re.compile(r"^(?:smaller|fewer)$", re.I)
COMPARATIVE_UP = re.compile(r"^(?:higher|greater)$", re.I)
COMPARATIVE_NOT_AFTER = re.compile(r"^\s+(?:than|concentrations?|doses?|levels? of (?:the )?drug|risk|in\b)", re.I)
QUANTIFIER = re.compile(r"^(?:more|less)$", re.I)
QUANTIFIER_NOT_AFTER = re.compile(r"^\s+(?:than|potent\w*|active|effective\w*|sensitive|likely|often|frequent\w*"
                                  r"|pronounced|effects?|impact|influence|toxic\w*|\w+ly\b)", re.I)
NOT_A_CHANGE_AFTER = re.compile(r"^\s+(?:potency|affinity|selectivity|doses?|concentrations?)\b", re.I)
EXPRESSED_BEFORE = re.compile(r"\b(?:expressed|displayed|showed|exhibited|contained|had|produced|secreted)\s+"
                              r"(?:significantly\s+|markedly\s+|far\s+|much\s+)?$", re.I)
LISTED_AFTER_TRIGGER = re.compile(r"(?:\band|,)\s+(?:an?\s+)?$", re.I)
WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?", re.I)
POSTPOSED_END = re.compile(r"^\s*(?:$|[,;.)]|and\b|in\b|after\b|following\b|upon\b)", re.I)
COMPOSABLE = re.compile(r"^(?:accumulation|increase|elevation|induction|up-?regulation|activation)$", re.I)
DETERMINER_GAP = re.compile(r"^\s+(?:the|its|their)\s+$", re.I)
SHOWING_BEFORE = re.compile(r"\b(?:displayed|showed|exhibited|contained|presented|had|produced|yielded)\s+"
                            r"(?:significantly\s+|markedly\s+|far\s+|much\s+)?$", re.I)
NOT_TRIGGER = re.compile(r"^(?:inhibitors?|suppressors?|inducible|promoters?|induced\s+pluripotent"
                         r"|reducing agents?)$", re.I)
PASSIVE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:also\s+)?(?:\w+ly\s+)?$", re.I)
NOUN_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:\w+\s+)?$", re.I)
INTRANSITIVE = re.compile(r"^(?:fell|falls?|rose|declined|dropped|decreased|increased|diminished|accumulated"
                          r"|(?:did|does|do)(?:\s+not|n't)\s+(?:significantly\s+)?change)$", re.I)
STOP = re.compile(
    r"\b(?:by|via|through|due to|because|leading to|resulting in|thereby|which|that|whereas|while|although|but"
    r"|compared with|compared to|relative to|than|after|following|associated with|related to|involved in"
    r"|responsible for|in response to|attributed to|without|in the absence of|under(?!-)|restor\w*|rescu\w*)\b|[;:]"
    r"|,\s+with\b",
    re.I,
)
ENHANCED_BY = re.compile(
    r"\b(?:was|were|is|are|being)\s+(?:\w+ly\s+)?(?:enhanced|potentiated|augmented|strengthened|amplified)\s+by\s+",
    re.I,
)
ANTI_EFFECT = re.compile(
    r"\b(?P<verb>exert\w*|show\w*|display\w*|ha[sd]|have|possess\w*|enhanc\w*|potentiat\w*|improv\w*)\s+"
    r"(?:the\s+|its\s+|an?\s+|strong\s+|potent\s+|significant\s+)*"
    r"(?P<kind>anti-?angiogen\w*|anti-?tumou?r|anti-?metasta\w*|anti-?proliferative)\s+"
    r"(?:effects?|activit(?:y|ies)|efficacy|properties)\b",
    re.I,
)
SENSITIZE = re.compile(r"\bsensiti[sz]\w*\b(?P<what>[^.;]{0,80}?)\bto\s+$", re.I)
ACTIVATED = re.compile(r"\bactivated\b(?!\s*-)", re.I)
ARREST_ORPHAN = re.compile(r"\barrest\b", re.I)
ARREST_VERB = re.compile(r"\barrest(?:s|ed|ing)\b(?=[^.;]{0,60}?\b(?:in|at)\s+(?:the\s+)?"
                         r"(?:G0/G1|G1|G2/M|G2|S|sub-G1)(?:[\s-]+phases?)?\b)", re.I)


@dataclass(frozen=True)
class Trigger:
    """A direction word in a sentence view."""

    start: int
    end: int
    direction: Direction
    word: str

    @property
    def inhibit_family(self) -> bool:
        """Words that also name a drug's action on its target ("inhibits VEGFR2")."""
        return self.word.lower().startswith("inhibit")

    @property
    def enhancing(self) -> bool:
        return bool(re.match(r"(?:enhanc|potentiat|augment|strengthen|amplif)", self.word, re.I))


def triggers(text: str) -> list[Trigger]:
    """Direction words, left to right; negated verbs give direction ``no_effect``."""
    found = []
    for m in TRIGGER.finditer(text):
        word = m.group(0)
        if NOT_TRIGGER.match(word) or _in_compound(text, m.start(), m.end()):
            continue
        if PREDICATIVE.match(word) and not (PASSIVE_BEFORE.search(text[:m.start()])
                                            or SHOWING_BEFORE.search(text[:m.start()])):
            continue  # "tumors were smaller": only a predicate compares quantities, not "a smaller effect"
        if COMPARATIVE_UP.match(word) and not _comparative(text, m.start(), m.end(), found):
            continue  # "showed lower GPX4 and higher LC3B staining", not "at higher concentrations"
        if QUANTIFIER.match(word) and (QUANTIFIER_NOT_AFTER.match(text[m.end():])
                                       or not EXPRESSED_BEFORE.search(text[:m.start()])):
            continue  # "tumor cells expressed more PD-L1", not "more than either drug" or "more potent"
        if CONDITION_AFTER.match(word + text[m.end():]):
            continue  # "HCT116 cells stimulated with VEGF-A": the experimental condition, not a finding
        if NOT_A_CHANGE_AFTER.match(text[m.end():]):
            continue  # "with considerably lower potency", "at lower doses": a comparison, not a change
        direction: Direction = "no_effect" if m.group("none") else "decreases" if m.group("down") else "increases"
        if re.search(r"\b(?:not|n't)\s+further\s+$", text[max(0, m.start() - 20):m.start()], re.I):
            continue
        if NEGATED_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            direction = "no_effect"
        found.append(Trigger(m.start(), m.end(), direction, word))
    for m in ACTIVATED.finditer(text):  # "caspase-3 was activated": a passive verb, unlike "activated caspase-3"
        if PASSIVE_BEFORE.search(text[:m.start()]):
            found.append(Trigger(m.start(), m.end(), "increases", m.group()))
    for m in NEITHER_VERB.finditer(text):  # "neither X nor Y altered p-EGFR": the bare verb is negated
        found.append(Trigger(m.start("verb"), m.end("verb"), "no_effect", m.group("verb")))
    return sorted(found, key=lambda t: t.start)


def _comparative(text: str, start: int, end: int, earlier: list[Trigger]) -> bool:
    """"higher" or "greater" as a stated change: after a verb of showing or being, or listed after another change
    ("a greater reduction in colony formation and a higher apoptotic rate"), and not qualifying a change noun, a
    dose or a comparison ("a greater reduction", "higher concentrations", "higher than")."""
    after = text[end:]
    if COMPARATIVE_NOT_AFTER.match(after) or TRIGGER.match(after.lstrip()):
        return False
    before = text[:start]
    if PASSIVE_BEFORE.search(before) or SHOWING_BEFORE.search(before):
        return True
    return bool(earlier and start - earlier[-1].end < 100 and LISTED_AFTER_TRIGGER.search(before))


def postposed(text: str, trigger: Trigger) -> int | None:
    """"with E-cadherin upregulated and vimentin downregulated": a participle after the thing it changed, in a
    with-phrase; the start of that thing, else None."""
    if not trigger.word.lower().endswith("ed") or not POSTPOSED_END.match(text[trigger.end:]):
        return None
    if PASSIVE_BEFORE.search(text[:trigger.start]):
        return None
    opener = None
    for m in WITH_BEFORE.finditer(text, max(0, trigger.start - 120), trigger.start):
        opener = m
    if opener is None or TRIGGER.search(text, opener.end(), trigger.start) and not _only_postposed(
            text, opener.end(), trigger.start):
        return None
    return opener.end()


def _only_postposed(text: str, start: int, end: int) -> bool:
    """Every direction word between ``start`` and ``end`` is itself a postposed participle ("with A upregulated
    and B downregulated")."""
    for m in TRIGGER.finditer(text, start, end):
        if not (m.group(0).lower().endswith("ed") and POSTPOSED_END.match(text[m.end():])):
            return False
    return True


def compose(text: str, found: list[Trigger]) -> list[Trigger]:
    """"reduced the accumulation of MDSCs": a verb acting on a noun of increase changes the noun's object in the
    verb's direction; "reduced the downregulation of X" (a double change) is dropped, being a relative statement."""
    out: list[Trigger] = []
    for trig in found:
        previous = out[-1] if out else None
        if (previous is not None and DETERMINER_GAP.match(text[previous.end:trig.start])
                and re.match(r"\s+(?:of|in)\b", text[trig.end:]) and not trig.word.lower().endswith("ed")):
            if COMPOSABLE.match(trig.word):
                out.append(Trigger(trig.start, trig.end, previous.direction, trig.word))
                continue
            if previous.direction == "decreases" and trig.direction == "decreases":
                out.pop()  # neither "reversed" nor "the inhibition of migration" is a change of its own
                continue
        out.append(trig)
    return out


def _in_compound(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated name ("VEGF-induced", "dose-dependent") rather than a verb or noun of its own."""
    return (start > 0 and text[start - 1] == "-") or (end < len(text) and text[end:end + 1] == "-"
                                                        and not text[start:end].lower().startswith(("down", "up")))


def passive(text: str, trigger: Trigger) -> bool:
    """A passive verb or a postposed participle: the changed thing stands before the direction word."""
    return bool(PASSIVE_BEFORE.search(text[:trigger.start])) or postposed(text, trigger) is not None


def intransitive(text: str, trigger: Trigger) -> bool:
    """"p-AKT levels fell": the changed quantity is the subject before the verb, with no object after."""
    if not INTRANSITIVE.match(trigger.word) or NOUN_BEFORE.search(text[:trigger.start]):
        return False  # "a fall in Bcl-2": a noun whose object follows
    after = text[trigger.end:].lstrip()
    return not after or bool(re.match(r"^(?:(?:in|after|following|upon|with|by|from|when|significantly|markedly"
                                       r"|sharply|dramatically)\b|,|\.|\d)", after, re.I))


def stop_at(text: str, start: int, end: int) -> int:
    """Where an object phrase ends: at a preposition introducing a means, cause or comparison."""
    m = STOP.search(text, start, end)
    return m.start() if m else end
