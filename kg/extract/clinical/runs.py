"""Runs of words that go together in a results sentence: endpoint names ("median PFS and OS") and values
("4.7 and 15.3 months", "182 days vs 63 days"), each with its span, ready to be paired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ground.vocabulary import Vocabulary

from .numbers import LANDMARK, Value, find_values

E_FILLER = re.compile(r"^[\s,]*(?:(?:and|or|as well as|the|an?|median|mean|m|\(|\)|\d+-(?:year|month|week))[\s,]*)*$",
                      re.IGNORECASE)
V_PLAIN = re.compile(r"^[\s,]*(?:and|or|to)?[\s,]*$", re.IGNORECASE)
V_VERSUS = re.compile(r"\b(?:vs\.?|versus|compared (?:with|to)|than)(?=\W)", re.IGNORECASE)
ARM_PHRASE = re.compile(r"^\s*,?\s*(?:(?:in|with|for|among|on) (?:the )?[\w+ /≥≤<>–-]{1,40}?)?\s*,?\s*"
                        r"(?:and|vs\.?|versus|compared (?:with|to)|"
                        r"(?:while|whereas|but)(?:\s+(?:it|this|that) (?:was|is))?)\s*$",
                        re.IGNORECASE)


# "3.0 months (500 mg) and 3.4 months (750 mg)": each value carries the label of its group
GROUP_LABEL = re.compile(r"^\s*\((?![^()]*(?:\bCI\b|\brange\b|\bIQR\b|\bHR\b|\b[Pp]\s*[=<>≤]|%|\b[nN]\s*=|"
                         r"\d+\s*/\s*\d+))[^()]{1,30}\)\s*,?\s*(?:and|vs\.?|versus)\s*$")


# "between patients aged ≥75 years (5.1 mo) and those aged 70–74 years (5.6 mo)": each group's figure in brackets
# after it
GROUP_THEN_FIGURE = re.compile(r"^[^()]{0,40}\)\s*,?\s*(?:and|vs\.?|versus|compared with)\s+(?:in\s+)?"
                               r"(?:those|patients|subjects|participants)\b[^().;]{1,60}\(\s*$", re.IGNORECASE)


# "21.1% and 29.1% in the 250-mg and 500-mg groups": the groups named after the values, in the values' order
IN_GROUPS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:in|for|among|with)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+"
                       r"(?:and|or|vs\.?|versus)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:groups|arms|cohorts|subgroups)\b",
                       re.IGNORECASE)


# "in 21 patients (12.1%) given apatinib and in one patient (1.1%) given placebo": each share follows its count,
# and the group it was seen in follows the share
COUNTED_ARM = re.compile(r"^\s*\)\s*(?:given|receiving|treated with|in|with|on)\s+(?:the\s+)?[\w+ /-]{1,40}?\s*,?\s*"
                         r"(?:and|vs\.?|versus|compared with)\s+(?:in\s+)?(?:\d+|one|two|three|four|five|six|seven|"
                         r"eight|nine|ten)\s+(?:patients?|subjects?|participants?|recipients?)\s*\(\s*$", re.IGNORECASE)


OTHER_FREE = re.compile(r"\b(?:relapse|recurrence|metastasis|distant metastasis|local[- ]?regional|locoregional|"
                        r"failure|treatment|symptom|progression|disease)[- ]?$", re.IGNORECASE)


@dataclass
class EndpointRun:
    """Endpoint names written together: ids, landmarks and statistics, in order, and their span."""

    endpoints: list[tuple[str, str | None, str]]
    start: int
    end: int
    rate_words: list[bool] = field(default_factory=list)
    separate_last: bool = False


@dataclass
class ValueRun:
    """Values written together; ``versus`` when they compare arms, ``respectively`` when a list follows."""

    values: list[Value]
    start: int
    end: int
    versus: bool = False
    respectively: bool = False
    joins: list[bool] = field(default_factory=list)  # per gap between values: does it compare arms?


def endpoint_runs(text: str, vocabulary: Vocabulary) -> list[EndpointRun]:
    """Endpoint names in ``text`` grouped into runs; 'progression-free survival (PFS)' counts once."""
    runs: list[EndpointRun] = []
    for mention in vocabulary.mentions(text, {"endpoint"}):
        before = text[:mention.start]
        if mention.surface.lower() == "free survival" and OTHER_FREE.search(before):
            continue  # "relapse-free survival", "metastasis-free survival": endpoints outside the schema
        landmarks = _landmarks(before)
        landmark = landmarks[-1] if landmarks else None
        kind = vocabulary[mention.id].field("kind") or "time"
        if landmark or kind == "rate":
            statistic = "rate"
        else:
            statistic = "mean" if re.search(r"\bmean\s*$", before, re.IGNORECASE) else "median"
        rate_word = bool(re.match(r"\s*(?:rates?|responses?\b|(?:\([^()]*\)\s*)?at\s+\d+\s*(?:months?|years?)\b)",
                                  text[mention.end:], re.IGNORECASE))
        if kind == "rate" and re.search(r"\b(?:partial|complete|stable|major|minor|best)\s*$", before, re.IGNORECASE):
            continue
        item = (mention.id, landmark, statistic)
        if len(landmarks) > 1:
            runs.append(EndpointRun([(mention.id, lm, "rate") for lm in landmarks], mention.start, mention.end,
                                    [rate_word] * len(landmarks)))
            continue
        if runs and E_FILLER.match(text[runs[-1].end:mention.start]):
            run = runs[-1]
            if run.endpoints[-1][0] == mention.id and "(" in text[run.end:mention.start]:
                run.end = mention.end
                continue
            run.separate_last = bool(re.search(r"\band (?:the|an?)\s*$", text[run.end:mention.start]))
            run.endpoints.append(item)
            run.rate_words.append(rate_word)
            run.end = mention.end
        else:
            runs.append(EndpointRun([item], mention.start, mention.end, [rate_word]))
    for run in runs:
        if any(s == "mean" for _, _, s in run.endpoints):
            run.endpoints = [(e, lm, "mean" if s == "median" else s) for e, lm, s in run.endpoints]
    return runs


LANDMARK_LIST = re.compile(r"((?:\b\d+-(?:year|month|week)s?\s*(?:,\s*)?(?:and|or)?\s*)+)$", re.IGNORECASE)


def _landmarks(before: str) -> list[str]:
    """Landmarks written just before an endpoint: '2-year OS' → ['2y']; '6-month and 12-month OS' → ['6m', '12m']."""
    m = LANDMARK_LIST.search(before)
    if not m:
        return []
    return [landmark_label(n, unit) for n, unit in LANDMARK.findall(m.group(1))]


def landmark_label(number: str, unit: str) -> str:
    """'2y', '6m'; whole years of months are years (12-month → '1y')."""
    unit = unit[0].lower()
    if unit == "m" and int(number) % 12 == 0:
        return f"{int(number) // 12}y"
    return f"{number}{unit}"


def value_runs(text: str, breaks: list[int] = ()) -> list[ValueRun]:
    """Values written together; a unit written once ('3.3 and 10.6 months') applies to the whole run.

    A run never spans an offset in ``breaks`` (where an endpoint is named).
    """
    runs: list[ValueRun] = []
    for value in find_values(text):
        if value.unit is None and re.match(r"\s*(?:mg|µg|mcg)\b", text[value.end:]):
            continue  # a dose ("(500 mg)") labels a group; it is not a figure of the run
        if runs and not any(runs[-1].end <= b < value.start for b in breaks):
            gap = text[runs[-1].end:value.start]
            bare = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", gap)
            versus = (len(gap) <= 60 and V_VERSUS.search(gap) and not re.search(r"[.;()]", gap)) or \
                (len(bare) <= 60 and ARM_PHRASE.match(bare) and not V_PLAIN.match(bare)) or \
                bool(GROUP_LABEL.match(gap)) or bool(COUNTED_ARM.match(gap)) or bool(GROUP_THEN_FIGURE.match(gap))
            units = bool(value.unit and runs[-1].values[-1].unit) or bool(re.fullmatch(r"\s*(?:vs\.?|versus)\s*", gap))
            if V_PLAIN.match(bare) or (versus and units):
                versus = bool(versus)
                runs[-1].versus = runs[-1].versus or versus
                runs[-1].joins.append(versus)
                runs[-1].values.append(value)
                runs[-1].end = value.end
                continue
        runs.append(ValueRun([value], value.start, value.end))
    kept = []
    for run in runs:
        unit = None
        for value in reversed(run.values):
            unit = value.unit or unit
            value.unit = unit
        run.values = [v for v in run.values if v.unit]
        if run.values:
            run.start = run.values[0].start
            ahead = re.split(r"\.\s", text[run.end:run.end + 100])[0]
            run.respectively = bool(re.search(r"\brespectively\b", ahead, re.IGNORECASE)) or \
                (len(run.values) > 1 and not run.versus and IN_GROUPS.match(text[run.end:]) is not None)
            kept.append(run)
    return kept
