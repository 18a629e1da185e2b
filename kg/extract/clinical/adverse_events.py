"""Adverse events in a sentence: the event, its grade, and how often it occurred in each arm.

Reads lists ("grade 3/4 adverse events were hypertension (20.5%), hand-foot syndrome (10.3%)"),
per-arm pairs ("neutropenia (22.2% vs 13.9%)"), narrative mentions ("common side effects were fatigue,
hypertension and diarrhoea") and negative findings ("proteinuria did not occur in either group",
"no treatment-related death was reported").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ground.vocabulary import Vocabulary

from .numbers import CI, COUNT, FRACTION, P_VALUE, THRESHOLD, VALUE, masked, parse_number, unit_of

SAFETY_CUE = re.compile(
    r"\badverse (?:events?|reactions?|effects?)\b|\bside[- ]effects?\b|\btoxicit(?:y|ies)\b|\btoxic effects?\b|"
    r"\bAEs?\b|\bTRAEs?\b|\bTEAEs?\b|\bsafety\b|\btolerab\w+\b|\bgrade\s*(?:[1-5]|[≥>]=?\s*\d|I{1,3}V?)\b|"
    r"[≥>]=?\s*G\s*[1-5]\b|\bG\s*[1-5]\s*(?:/|-|–)\s*G?\s*[2-5]\b|"
    r"\b(?:most )?common(?:ly)?\b.{0,40}\b(?:were|was|included|reported)\b|\bdid not occur\b|\bwas not observed\b|"
    r"\boccurred in\b|\b(?:was|were) (?:observed|reported|seen|noted|documented|recorded)\b|\bdeaths?\b|"
    r"\bincidences?\b|"
    r"\bexperienced\b|\bdeveloped\b|\bany grade\b|\ball grades\b",
    re.IGNORECASE,
)
# "One patient (2.1%) in the apatinib arm died of pulmonary hemorrhage, which was considered treatment-related"
DIED = re.compile(r"\b(?:patients?|cases?)\s*\(\s*(\d+(?:\.\d+)?)\s*%\s*\)([^.;]{0,60}?)\bdied\b[^.;]{0,80}?"
                  r"\b(?:considered|judged|deemed|assessed as|attributed to)\s+(?:to be\s+)?"
                  r"(?:treatment|drug)[- ]related\b", re.IGNORECASE)
# "in 2 patients (4.5%) of the apatinib group and in none of the control group": the other arm had none
NONE_IN_OTHER = re.compile(r"^[^.;]{0,60}?\(\s*\d+(?:\.\d+)?\s*%\s*\)[^.;()]{0,140}?\band\s+(?:in\s+)?none\s+"
                           r"(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:group|arm|cohort)\b", re.IGNORECASE)
# "hand-foot syndrome (14 [8.0%] vs 0)": the other arm's count is nought
VERSUS_NOUGHT = re.compile(r"%\s*\]?\s*(?:vs\.?|versus)\s+0\s*(?:\)|$)", re.IGNORECASE)
# "deaths occurred in two patients, one from upper gastrointestinal haemorrhage": the cause of a death is not an event
# of its own
CAUSE_OF_DEATH = re.compile(r"(?:\bdied (?:of|from)|\b(?:one|two|three|\d+|both|each|the other)\s+(?:from|of|due to)|"
                            r"\bdeaths?\s+(?:from|due to|caused by))\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "its dose reduced in 9 patients, mainly because of hypertension and hand-foot syndrome": the reason for a dose
# change names events whose rates are given elsewhere
REASON_FOR_CHANGE = re.compile(r"\b(?:because of|owing to|due to|for)\s+(?:[\w-]+(?:,)?\s+(?:and\s+|or\s+)?){0,6}$",
                               re.IGNORECASE)
DOSE_CHANGE = re.compile(r"\b(?:interrupt\w*|reduc\w*|discontinu\w*|withdr[ae]w\w*|delay\w*|modif\w*)\b",
                         re.IGNORECASE)
NEGATED_BEFORE = re.compile(r"\b(?:no|without|absence of|neither|nor)\s+(?:[\w/-]+\s+){0,2}$", re.IGNORECASE)
NEGATED_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:did not occur|was not (?:observed|reported|seen)|were not "
                           r"(?:observed|reported|seen)|was absent|were absent|did not develop)", re.IGNORECASE)
# "No grade 4 adverse reactions or treatment-related deaths occurred": the negation reaches past an all-event total
NEGATED_LIST = re.compile(r"\bno\s+(?:[\w/-]+\s+){0,4}?(?:adverse\s+\w+|toxicit\w+|events?)\s+(?:or|nor)\s+$",
                          re.IGNORECASE)
ALL_ARMS = re.compile(r"\b(?:in )?(?:both|either|any|all|each) (?:groups?|arms?|cohorts?)\b", re.IGNORECASE)
GRADES = [
    # "≥G3 TRAEs", "G3/4 neutropenia": the abstract shorthand for grade 3 or higher
    (re.compile(r"\bgrade\s*(?:3\s*(?:/|-|–|or|and|to)\s*4|III\s*(?:/|-|–|or|and)\s*IV|[≥>]=?\s*3|3 or (?:higher|above|"
                r"more))|\bsevere\b|\bserious\b|[≥>]=?\s*G\s*3\b|\bG\s*3\s*(?:/|-|–)\s*G?\s*4\b", re.IGNORECASE),
     "3-4"),
    (re.compile(r"\bgrade\s*(?:1\s*(?:/|-|–|or|and|to)\s*2|I\s*(?:/|-|–|or|and)\s*II)\b", re.IGNORECASE), "1-2"),
    (re.compile(r"\bgrade\s*(?:4|IV)\b", re.IGNORECASE), "4"),
    (re.compile(r"\bgrade\s*(?:3|III)\b", re.IGNORECASE), "3"),
    (re.compile(r"\bgrade\s*(?:5|V)\b|\bfatal\b", re.IGNORECASE), "5"),
]
# "Pneumothorax, a complication that seems specific to cavitating metastases, developed in 7 patients (17.1%)"
APPOSITION = re.compile(r"^\s*,\s*(?:an?|the|which|one of the)\s[^,;.()\[\]\d%]{1,80},", re.IGNORECASE)
ONLY_IN = re.compile(r"\bonly (?:with|in|among) (?:the )?(?:[\w+-]+\s+){0,2}?(?:combination|group|arm)\b",
                     re.IGNORECASE)
# "... in 9.0% and 5.1% of apatinib-treated patients": the figures are of one group, so they are per event
ONE_GROUP = re.compile(r"%\s+of\s+(?:the\s+)?(?:[\w-]+-treated|all)\s+(?:patients|subjects|participants)\b",
                       re.IGNORECASE)
DEATH_EVENTS = {"event.treatment-related-death"}
# "hand-foot syndrome of any grade occurred in 22.6%": the item undoes the grade of the clause around it
ANY_GRADE = re.compile(r"\b(?:of )?any[- ]grade\b|\ball[- ]grades?\b", re.IGNORECASE)
# "were 30.0%, 20.0% and 16.7% respectively, higher than control group (3.3%, 0.0% and 6.7%)"
THAN_GROUP = re.compile(r"\b(?:higher|lower|more|less|greater)\s+than\s+(?:th(?:ose|at)\s+(?:of|in)\s+)?(?:the\s+)?"
                        r"(?:[\w-]+\s+){0,3}?(?:group|arm|cohort)\s*\(([^()]*)\)", re.IGNORECASE)
# "Leukopenia (12.1%) and hypertension (10.3%) were the main grade 3-4 toxicities": the grade follows the list
GRADE_AFTER = re.compile(r"^(?:[^.;]|\.(?=\d))*?\b(?:were|was|being)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                         r"((?:grade\s*|[≥>]=?\s*G\s*\d|\bG\s*\d)\S*(?:\s+\S+){0,2})", re.IGNORECASE)
# "Patients who developed hypertension had longer OS": the event defines a subgroup, its incidence is not given
CONDITION_OF = re.compile(r"\b(?:patients|those|subjects|participants) (?:who (?:developed|experienced|had)|with)\s+"
                          r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
PATIENTS_HAD = re.compile(r"\b(?:patients?|subjects?|cases?)\s*\(\s*(\d+(?:\.\d+)?)\s*%\s*\)\s*(?:had|experienced|"
                          r"developed|presented with)\s+(?:(?:an?|grade\s*\S+|severe)\s+)?$", re.IGNORECASE)
# "Grade ≥3 AEs occurred in 77%; the most common was hypertension (34%)": the list continues the graded clause
# "Dose-limiting toxicities occurred in 2 of 3 patients at 750 mg: grade 3 hypertension (33.3%)": the events that
# set the dose in a few patients of one level, not the study's adverse-event rates
DOSE_LIMITING = re.compile(r"\bdose[- ]limiting\b|\bDLTs?\b", re.IGNORECASE)
# "..., whereas ≥G3 neutropenia (3.6% vs 19.6%) was more frequent with chemotherapy": a clause of its own grade
WHEREAS = re.compile(r"[,;]\s*(?:whereas|while)\s+(?=\S)", re.IGNORECASE)
# "No febrile neutropenia or treatment-related deaths occurred": the negation runs over the list
LISTED_AFTER = re.compile(r"\s*(?:,\s*)?(?:or|nor|,)\s*", re.IGNORECASE)
# "Adverse events, Grade 1-2 / Grade 3-4: leukopenia 36.8% / 13.2%; ...; proteinuria 18.4% / 0": table columns
_COLUMN = r"(any[- ]grade|all[- ]grades?|grade\s*(?:[≥>]=?\s*)?[1-5](?:\s*[-–]\s*[1-5])?)"
COLUMN_HEADER = re.compile(_COLUMN + r"\s*/\s*" + _COLUMN + r"\s*(?:\([^()]*\)\s*)?:", re.IGNORECASE)
CELL_PAIR = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%?\s*/\s*(\d+(?:\.\d+)?)\s*%?\s*(?:[;,.]|$)")
CONTINUATION = re.compile(r"^\s*(?:the most (?:common|frequent)\w*|most commonly|mainly|including|of which)\b",
                          re.IGNORECASE)


@dataclass
class EventFinding:
    """One event named in a sentence; ``percents`` in arm order, empty when the event is only named."""

    event: str
    grade: str
    percents: list[float]
    all_arms: bool = False
    hint: str = ""
    negated: bool = False
    only: bool = False  # "observed only with the combination (7.5%)": the other arms had none


def _reason_for_change(text: str, start: int) -> bool:
    """The event is named as why the dose was changed or treatment stopped, with no rate of its own."""
    before = text[max(0, start - 80):start]
    m = REASON_FOR_CHANGE.search(before)
    return m is not None and DOSE_CHANGE.search(before[:m.start()]) is not None


def grade_of(text: str) -> str:
    """The grade a clause or list item states, 'any' when it states none."""
    for pattern, grade in GRADES:
        if pattern.search(text):
            return grade
    return "any"


def _percents(item: str) -> list[float]:
    """Percentages in a list item; counts, fractions, CIs and p-values are not."""
    plain = masked(item, [CI, FRACTION, COUNT, P_VALUE, THRESHOLD])
    found = []
    for m in VALUE.finditer(plain):
        if unit_of(m.group(2)) == "percent":
            found.append(parse_number(m.group(1)))
    return found


def _percents_before(before: str) -> list[float]:
    """'three patients (10.0%) had grade 3 hypertension': the share of patients stated before the event."""
    m = PATIENTS_HAD.search(before)
    return [parse_number(m.group(1))] if m else []


def sentence_events(text: str, vocabulary: Vocabulary, context: str | None = None) -> list[EventFinding]:
    """Adverse events named in a clause whose sentence (``context``) speaks of safety; nothing otherwise."""
    parts = WHEREAS.split(text, maxsplit=1)
    if len(parts) == 2 and all(vocabulary.mentions(p, {"event"}) for p in parts):
        first, grade = _clause_events(parts[0], vocabulary, context or text)
        second, _ = _clause_events(parts[1], vocabulary, context or text, grade)
        return first + second
    return _clause_events(text, vocabulary, context)[0]


def _clause_events(text: str, vocabulary: Vocabulary, context: str | None = None, inherited: str = "any",
                   ) -> tuple[list[EventFinding], str]:
    """The events of one clause, and the grade the clause states for all of them."""
    death = DIED.search(text)
    if death:  # a death the investigators attribute to treatment is recorded as such, not as its cause
        return [EventFinding("event.treatment-related-death", "5", [parse_number(death.group(1))],
                             hint=death.group(2))], "5"
    if not SAFETY_CUE.search(context or text) or DOSE_LIMITING.search(text):
        return [], "any"
    mentions = []
    for mention in vocabulary.mentions(text, {"event"}):
        if mention.id not in DEATH_EVENTS and CAUSE_OF_DEATH.search(text[max(0, mention.start - 60):mention.start]):
            continue
        if _reason_for_change(text, mention.start):
            continue
        gap = text[mentions[-1].end:mention.start] if mentions else ""
        if mentions and mentions[-1].id == mention.id and re.fullmatch(r"\s*\(\s*", gap):
            continue
        mentions.append(mention)
    if not mentions:
        return [], "any"
    clause_grade = grade_of(text[:mentions[0].start])
    if clause_grade == "any" and context and CONTINUATION.match(text) and text in context:
        clause_grade = grade_of(context[:context.index(text)])
    if clause_grade == "any":
        after = GRADE_AFTER.match(text[mentions[-1].end:])
        clause_grade = grade_of(after.group(1)) if after else clause_grade
    clause_grade = inherited if clause_grade == "any" else clause_grade
    columns = _columns(context or text)
    found: list[EventFinding] = []
    conditioned = False
    for index, mention in enumerate(mentions):
        end = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        item = text[mention.end:end]
        item = APPOSITION.sub("", item, count=1)
        if "(" in item[:3]:
            item = re.split(r"(?<=\))\s*(?:,|\band\b)|[.;]\s", item)[0]
        else:
            # "in 16.3% of patients on X and in 7.0% of those on Y": the second group's figure stays with the event
            item = re.split(r",(?!\s*\d)|[.;]\s|\band\b(?!\s*(?:in\s+)?\d)", item)[0]
        local = grade_of(text[max(0, mention.start - 15):mention.start])
        if local == "any":
            local = grade_of(re.split(r"\(", item)[0])
        if ANY_GRADE.search(text[max(0, mention.start - 15):mention.start] + re.split(r"\(", item)[0]):
            local = clause_grade = "any"
        grade = "5" if mention.id in DEATH_EVENTS else (local if local != "any" else clause_grade)
        cells = CELL_PAIR.match(text[mention.end:end]) if columns else None
        if cells:  # "Grade 1-2 / Grade 3-4: leukopenia 36.8% / 13.2%": one figure per column grade
            found += [EventFinding(mention.id, column, [parse_number(cell)])
                      for column, cell in zip(columns, cells.groups())]
            continue
        negated = NEGATED_BEFORE.search(text[max(0, mention.start - 25):mention.start]) or \
            NEGATED_LIST.search(text[max(0, mention.start - 60):mention.start]) or \
            NEGATED_AFTER.match(text[mention.end:]) or (
                found and found[-1].negated and index and
                LISTED_AFTER.fullmatch(text[mentions[index - 1].end:mention.start]) is not None)
        if negated:
            if index and local == "any" and mention.id not in DEATH_EVENTS and not ANY_GRADE.search(text):
                grade = "any"  # "Grade 3 hypertension occurred in 9.8%, and hepatic decompensation was not observed"
            tail = text[mention.end:mention.end + 60]
            found.append(EventFinding(mention.id, grade, [0.0], bool(ALL_ARMS.search(tail)), negated=True))
            continue
        percents = _percents(item) or _percents_before(text[:mention.start])
        if len(percents) == 1 and (NONE_IN_OTHER.match(text[mention.end:end]) or VERSUS_NOUGHT.search(item)):
            percents.append(0.0)
        if not percents and (CONDITION_OF.search(text[max(0, mention.start - 60):mention.start]) or (
                conditioned and index and LISTED_AFTER.fullmatch(text[mentions[index - 1].end:mention.start]))):
            conditioned = True  # "in patients who developed grade 3 hypertension or proteinuria": the whole list
            continue
        conditioned = False
        found.append(EventFinding(mention.id, grade, percents, not percents and bool(ALL_ARMS.search(item)), item,
                                  only=len(percents) == 1 and bool(ONLY_IN.search(item))))
    if ONE_GROUP.search(text) and not re.search(r"\brespectively\b", text, re.IGNORECASE):
        found = _respectively_within(found)  # "A and B occurred in 9.0% and 5.1% of apatinib-treated patients"
    found = _respectively(found, text, _percents(text[mentions[-1].end:]))
    return found, clause_grade


def _columns(text: str) -> list[str]:
    """The grades of a flattened table's two figure columns ('Grade 1-2 / Grade 3-4:'), or none."""
    m = COLUMN_HEADER.search(text)
    return [grade_of(m.group(1)), grade_of(m.group(2))] if m else []


def _respectively(found: list[EventFinding], text: str, tail: list[float]) -> list[EventFinding]:
    """'A, B and C occurred in 30%, 20% and 10%, respectively': the numbers after the last event belong to all."""
    if len(found) < 2 or not re.search(r"\brespectively\b", text, re.IGNORECASE):
        return found
    bare = [f for f in found[:-1] if not f.percents]
    last = found[-1]
    if len(bare) != len(found) - 1:
        return _respectively_within(found)
    numbers = last.percents if len(last.percents) == len(found) else tail if not last.percents else []
    if len(numbers) == len(found):
        for finding, percent in zip(found, list(numbers)):
            finding.percents = [percent]
        other = THAN_GROUP.search(text)
        others = _percents(other.group(1)) if other else []
        if len(others) == len(found):  # "..., higher than control group (3.3%, 0.0% and 6.7%)": the second arm
            for finding, percent in zip(found, others):
                finding.percents.append(percent)
    return found


def _respectively_within(found: list[EventFinding]) -> list[EventFinding]:
    """'Grade 3-4 A and B occurred in 9.0% and 5.1%, respectively, and grade 3-4 C in 2.6%': named events before
    the one carrying as many figures as there are names share them out in order."""
    for index, finding in enumerate(found):
        run = 0
        while run < index and not found[index - run - 1].percents:
            run += 1
        if run and len(finding.percents) == run + 1:
            for other, percent in zip(found[index - run:index + 1], list(finding.percents)):
                other.percents = [percent]
    return found
