"""Efficacy figures in a clause: which endpoint each value measures, in which arm and subgroup.

A clause is read as runs of endpoint names ("median PFS and OS") and runs of values ("4.7 and 15.3 months",
"182 days vs 63 days"). Runs are paired the way readers pair them: "6.0 months for PFS", "4.4 months PFS",
"PFS and OS were 4.7 and 15.3 months, respectively", "24.3% of patients achieved an objective response".
A pairing must make sense in units: a rate is a percentage, a survival time a duration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ground.vocabulary import Vocabulary

from .numbers import Value, hazard_ratios, p_values, timepoint
from .runs import EndpointRun, ValueRun, endpoint_runs, landmark_label, value_runs

STRONG_BACK = re.compile(r"^[\s,]*(?:respectively[\s,]*)?(?:(?:were |was )?(?:reported|observed|achieved|obtained|"
                         r"seen|noted)\s+)?for\s+(?:the\s+)?(?:median\s+|mean\s+)?$", re.IGNORECASE)
PATIENTS_BACK = re.compile(r"^\s*(?:of|in)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:patients|subjects|participants|cases)\b"
                           r".{0,30}?(?:achiev\w*|had|showed|reach\w*|attain\w*|with)\s+(?:an?\s+|the\s+)?$",
                           re.IGNORECASE)
# "Eleven of the 30 patients (36.7%) achieved an objective response": the share stands before the endpoint
SHARE_BACK = re.compile(r"^\s*\)\s*(?:achieved|attained|had|showed|reached|obtained)\s+(?:an?\s+|the\s+)?$",
                        re.IGNORECASE)
SHARE_OF = re.compile(r"\b(?:patients|subjects|participants|cases)\s*\(\s*$", re.IGNORECASE)
COPULA = re.compile(r"^\s*(?:\(\w+\)\s*)?(?:was|were|is|of|reached|:|=)\s*(?:about|approximately|only)?\s*$",
                    re.IGNORECASE)
# "increased PFS by 5.2 months" is a difference, "a response was achieved by 10.7% of patients" is not
ACHIEVED_BY = r"(?<!achieved )(?<!attained )(?<!reached )(?<!obtained )(?<!observed )(?<!seen )(?<!noted )" \
    r"(?<!reported )"
DIFFERENCE = re.compile(r"\b(?:" + ACHIEVED_BY + r"by|of only|difference(?: of)?|gain(?: of)?)\s*$|"
                        r"not (?:yet )?(?:been )?reached|\bNR\b|follow[- ]?up", re.IGNORECASE)
# "Median OS was not reached in the A group and was 18.3 months in the B group": the figure is the other arm's
NOT_REACHED_ELSEWHERE = re.compile(r"^\s*(?:was|were|had)\s+not\s+(?:yet\s+)?(?:been\s+)?reached\s+"
                                   r"(?:in|with|for|among)\s+[^.;]{1,60}?\s+(?:and|but|while|whereas)\s+"
                                   r"(?:it\s+)?(?:was|were)?\s*$", re.IGNORECASE)
CLAUSE_SPLIT = re.compile(r";(?!\s*(?:[Pp]\s*[=<>≤]|HR\b|95\s*%))|\.\s+(?=[A-Z])")
SUBGROUP = re.compile(r"(?<![\w+-])(?!(?:a|an|the|this|that|each|every|one|any|all|which)\s)([A-Za-z][\w+-]*\+?)\s+"
                      r"subgroup\b(?!\s+analys)", re.IGNORECASE)
PATIENTS_WITH = re.compile(r"\b(?i:of|in|among|for) (?:the )?(?:patients|those) with "
                           r"((?:[a-z]|[≥≤<>]\s?\d)[\w -]{2,80}?)(?=\s*[(,;]|\s+(?:was|were|had|showed|no)\b)")
# "Before matching, median OS was 16.1 months with the combination ...": the whole cohort of a matched comparison
UNMATCHED = re.compile(r"^\W*(?:before|prior to|without) (?:propensity[- ]score )?matching\b", re.IGNORECASE)
# "In patients with a complete or partial response to induction, the PFS benefit ...": the clause opens on a group
LEADING_GROUP = re.compile(r"^\W*(?:in|among) (?:the )?patients with\b", re.IGNORECASE)
TIME_UNITS = {"day", "week", "month", "year"}
# "ORR and DCR of group A were 40.0% and 83.3%, higher than those of control group (16.7% and 56.7%)"
THAN_GROUP = re.compile(r"\b(?:higher|lower|longer|shorter|better|worse|greater|more|less)\s+than\s+"
                        r"(?:th(?:ose|at)\s+(?:of|in)\s+)?(?:the\s+)?((?:[\w-]+\s+){0,3}?(?:group|arm|cohort))\s*\(\s*$",
                        re.IGNORECASE)
# "compared favourably with historical controls" states no figure of its own; "a historical ORR of 10%" does
# "with an ORR of 15% regarded as uninteresting and 35% as promising": the planned trial's design figures
HYPOTHESIS = re.compile(r"\b(?:assum\w*|hypothes\w*|powered|sample size|null|historical(?! controls?\b)|expected to|"
                        r"was set at|target(?:ed)? (?:ORR|PFS|OS|rate)|regarded as|uninteresting|will be)\b",
                        re.IGNORECASE)


# "..., the PFS benefit was retained (4.4 vs 1.7 months), whereas in those with stable disease no significant
# difference was observed (2.8 vs 1.5 months)": the same comparison in another group of patients
OTHER_SUBGROUP = re.compile(r"\b(?:whereas|while|but)\s+(?:in|among|for)\s+(?:those|patients|subjects|the)\b",
                            re.IGNORECASE)
# "in the hormone receptor-positive subgroup the rates were 26.1% and 18.2%": the rates of the endpoint just named
THE_RATES = re.compile(r"\bthe (?:corresponding )?rates (?:were|was)\b", re.IGNORECASE)
# "the ORR was 24.1%, and among the 12 with endometrial cancer it was 33.3%": the pronoun stands for the endpoint
IT_WAS = re.compile(r"\bit (?:was|reached)(?=\s+\d+(?:\.\d+)?\s*%)", re.IGNORECASE)


@dataclass
class Finding:
    """One efficacy figure read from a clause; ``arm`` is its place in a comparison (0 = first arm named)."""

    endpoint: str
    landmark: str | None
    statistic: str
    value: float
    unit: str
    arm: int = 0
    versus: bool = False
    ci_low: float | None = None
    ci_high: float | None = None
    p_value: float | None = None
    hazard_ratio: float | None = None
    population: str | None = None
    timepoint: str | None = None
    hint: str = ""
    named_only: bool = False
    clause: str = ""


def clauses(text: str) -> list[tuple[int, str]]:
    """(offset, clause) pieces of a sentence, cut at semicolons and glued sentence ends."""
    out, start = [], 0
    for m in CLAUSE_SPLIT.finditer(text):
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return [(s, c) for s, c in out if c.strip()]


def endpoint_kind_is_time(endpoint: tuple[str, str | None, str]) -> bool:
    """A survival-time endpoint read as a rate (its statistic was set from the value, not the name)."""
    return endpoint[2] != "rate"


def _fits(endpoint: tuple[str, str | None, str], rate_word: bool, value: Value) -> str | None:
    """The statistic under which ``value`` can measure ``endpoint``, or None when units disagree."""
    _, landmark, statistic = endpoint
    if statistic == "rate":
        return "rate" if value.unit == "percent" else None
    if value.unit in TIME_UNITS:
        return statistic
    return "rate" if value.unit == "percent" and rate_word else None


def arm_major(n_ends: int, v_run: ValueRun) -> bool:
    """'1-year and 2-year OS rates were 93.5% and 82.6% with A, and 89.1% and 76.1% with B': one list per arm."""
    values = v_run.values
    if n_ends < 2 or not v_run.versus or len(values) <= n_ends or len(values) % n_ends or \
            len(v_run.joins) != len(values) - 1:
        return False
    return all(joined == ((i + 1) % n_ends == 0) for i, joined in enumerate(v_run.joins))


def pair(e_run: EndpointRun, v_run: ValueRun, gap: str, backward: bool = False) -> list[Finding] | None:
    """Findings from one endpoint run and one value run, or None when they cannot go together."""
    ends, values = e_run.endpoints, v_run.values
    pairs: list[tuple[int, int, int]] = []
    if len(ends) == len(values) and not v_run.versus:
        pairs = [(i, i, 0) for i in range(len(ends))]
    elif len(ends) == 1 and v_run.versus and len(values) >= 2:
        pairs = [(0, j, j) for j in range(len(values))]
    elif len(ends) == 1 and v_run.respectively and len(values) >= 2:
        pairs = [(0, j, j) for j in range(len(values))]
    elif arm_major(len(ends), v_run):
        pairs = [(j % len(ends), j, j // len(ends)) for j in range(len(values))]
    elif len(ends) > 1 and len(values) == 1 and re.search(r"\b(?:all|both|each)\b", gap, re.IGNORECASE):
        pairs = [(i, 0, 0) for i in range(len(ends))]
    adjacent = not gap.strip() if backward else e_run.separate_last and COPULA.match(gap)
    if not pairs and len(ends) > 1 and adjacent:
        near = slice(0, 1) if backward else slice(-1, None)
        return pair(EndpointRun(ends[near], e_run.start, e_run.end, e_run.rate_words[near]), v_run, gap)
    if not pairs:
        return None
    findings = []
    for i, j, arm in pairs:
        statistic = _fits(ends[i], e_run.rate_words[i], values[j])
        if statistic is None:
            return None
        endpoint, landmark, _ = ends[i]
        v = values[j]
        if statistic == "rate" and landmark is None and endpoint_kind_is_time(ends[i]):
            at = re.search(r"\bat\s+(\d+)\s*(month|year)s?\b", gap, re.IGNORECASE)
            landmark = landmark_label(at.group(1), at.group(2)) if at else None
        versus = v_run.versus or (len(values) > 1 and len(ends) == 1)
        findings.append(Finding(endpoint, landmark, statistic, v.number, v.unit or "", arm, versus,
                                v.ci_low, v.ci_high))
    return findings


# "Patients who received X combined with Y had a longer median PFS than those on X monotherapy (5.6 vs 3.8 months"
COMPARED = re.compile(r"\b((?:patients|those|subjects|participants)\b[^;()]{0,100}?)\s+(?:had|showed|achieved|"
                      r"experienced)\s+(?:an?\s+)?(?:significantly\s+|numerically\s+)?(?:longer|shorter|higher|lower|"
                      r"better|worse|greater)\b[^;()]{0,60}?\bthan\s+([^;()]{1,80}?)\s*\(\s*$", re.IGNORECASE)


SHARE_OF_COUNT = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:patients?|subjects?|"
                            r"participants?|recipients?)\s*\(\s*$", re.IGNORECASE)


def _hints(text: str, v_run: ValueRun) -> list[str]:
    """The words next to each value of a comparison ('with placebo', 'in the combination arm'); bare values in
    brackets after 'patients who ... had a longer PFS than those on ...' take the two groups in order."""
    compared = COMPARED.search(text[:v_run.start])
    if compared and len(v_run.values) == 2 and v_run.versus:
        return [compared.group(1), compared.group(2)]
    hints = []
    for index, value in enumerate(v_run.values):
        end = v_run.values[index + 1].start if index + 1 < len(v_run.values) else value.end + 40
        words = text[value.end:end]
        if SHARE_OF_COUNT.search(text[:value.start]) and ")" in words and not words.split(")")[0].strip():
            words = words.split(")", 1)[1]  # "in one patient (1.1%) given placebo": the group follows the share
        elif text[:value.start].count("(") > text[:value.start].count(")"):
            words = words.split(")")[0]  # "(7.5 vs 4.1 months) in the combination group": the bracket ends the hint
        hints.append(re.sub(r"\([^()]*\)", " ", words))
    return hints


def _subgroup(text: str, passage_has_subgroups: bool) -> str | None:
    """'TNBC subgroup'; 'patients with liver metastases' → 'liver metastases subgroup' where subgroups are spoken of."""
    m = SUBGROUP.search(text)
    if m:
        return f"{m.group(1)} subgroup"
    m = PATIENTS_WITH.search(text) if passage_has_subgroups else None
    return f"{m.group(1).strip()} subgroup" if m else None


def clause_findings(text: str, vocabulary: Vocabulary, subgroups: bool = False) -> list[Finding]:
    """Every efficacy figure of one clause; a design assumption ('assuming a median PFS of 3 months') gives none."""
    if HYPOTHESIS.search(text):
        return []
    e_runs = endpoint_runs(text, vocabulary)
    v_runs = value_runs(text, [r.start for r in e_runs])
    groups = sorted([("e", r.start, r) for r in e_runs] + [("v", r.start, r) for r in v_runs], key=lambda g: g[1])
    bound: dict[int, tuple[EndpointRun, str, bool]] = {}
    used_e: set[tuple[int, str, str | None]] = set()

    def neighbours(kind_a: str, kind_b: str):
        for a, b in zip(groups, groups[1:]):
            if a[0] == kind_a and b[0] == kind_b:
                yield a[2], b[2], text[a[2].end:b[2].start]

    def bind(e_run: EndpointRun, v_run: ValueRun, gap: str, backward: bool = False) -> None:
        if id(v_run) in bound:
            return
        found = pair(e_run, v_run, gap, backward)
        keys = {(id(e_run), f.endpoint, f.landmark) for f in found or []}
        if found and not keys & used_e:
            bound[id(v_run)] = (e_run, gap, backward)
            used_e.update(keys)

    for v_run, e_run, gap in neighbours("v", "e"):
        if STRONG_BACK.match(gap) or (SHARE_BACK.match(gap) and SHARE_OF.search(text[:v_run.start])):
            bind(e_run, v_run, gap, True)
    for index, (kind, _, run) in enumerate(groups[:-1]):
        nxt = groups[index + 1]
        if kind == "v" and nxt[0] == "e" and not text[run.end:nxt[2].start].strip():
            prev = groups[index - 1] if index else None
            blocked = prev and prev[0] == "e" and not any(k[0] == id(prev[2]) for k in used_e) and \
                pair(prev[2], run, text[prev[2].end:run.start]) is not None
            if not blocked:
                bind(nxt[2], run, "", True)
    for e_run, v_run, gap in neighbours("e", "v"):
        readable = not DIFFERENCE.search(gap) or NOT_REACHED_ELSEWHERE.match(gap)
        if len(re.sub(r"\([^()]*\)", "", gap)) <= 100 and readable and not re.search(r"\.\s", gap):
            bind(e_run, v_run, gap)
    for v_run, e_run, gap in neighbours("v", "e"):
        if PATIENTS_BACK.match(gap):
            bind(e_run, v_run, gap, True)

    echoes: dict[int, tuple[ValueRun, str]] = {}
    for a, b in zip(v_runs, v_runs[1:]):
        than = THAN_GROUP.search(text[a.end:b.start])
        if id(a) in bound and id(b) not in bound and not a.versus and not b.versus and len(a.values) == len(b.values) \
                and not any(a.end <= r.start < b.start for r in e_runs) and than:
            bound[id(b)] = bound[id(a)]
            echoes[id(a)], echoes[id(b)] = (a, ""), (b, than.group(1))

    for a, b in zip(v_runs, v_runs[1:]):
        if id(a) in bound and id(b) not in bound and a.versus and b.versus and len(a.values) == len(b.values) and \
                {v.unit for v in a.values} == {v.unit for v in b.values} and \
                not any(a.end <= r.start < b.start for r in e_runs) and OTHER_SUBGROUP.search(text[a.end:b.start]):
            bound[id(b)] = bound[id(a)]

    findings: list[Finding] = []
    for v_run in v_runs:
        if id(v_run) not in bound:
            continue
        e_run, gap, backward = bound[id(v_run)]
        found = pair(e_run, v_run, gap, backward) or []
        start = min(e_run.start, v_run.start)
        later = [g[1] for g in groups if g[1] >= v_run.end]
        after = text[v_run.end:min([v_run.end + 120, *later])]
        p = [p for offset, p in p_values(after)][:1]
        hr = [h for offset, h in hazard_ratios(text[start:v_run.end + 80])][:1]
        population = _subgroup(text[:v_run.start], subgroups or LEADING_GROUP.match(text) is not None)
        population = population or ("unmatched cohort" if UNMATCHED.match(text) else None)
        echoed = [a for a in v_runs if a.end <= v_run.start and bound.get(id(a)) == bound[id(v_run)] and a is not v_run]
        if echoed and OTHER_SUBGROUP.search(text[echoed[-1].end:v_run.start]):
            population = _subgroup(text[echoed[-1].end:v_run.start], True) or population
        when = timepoint(text[e_run.end:v_run.start]) or timepoint(after[:40])
        hints = _hints(text, v_run)
        for f in found:
            if v_run.versus and arm_major(len(e_run.endpoints), v_run):
                f.hint = hints[(f.arm + 1) * len(e_run.endpoints) - 1]  # the words after an arm's last value
            elif v_run.versus:
                f.hint = hints[f.arm] if f.arm < len(hints) else ""
            elif NOT_REACHED_ELSEWHERE.match(gap):
                f.hint, f.named_only = re.sub(r"\([^()]*\)", " ", after[:40]), True
            elif not v_run.respectively:
                f.hint = re.sub(r"\([^()]*\)", " ", text[e_run.end:v_run.start] + " " + after[:40])
            if (f.versus or f.named_only) and p:
                f.p_value = p[0]
            if f.versus and hr and f.arm == 0:
                f.hazard_ratio = hr[0]
            f.population, f.timepoint, f.clause = population, when, text
            if id(v_run) in echoes:
                label = echoes[id(v_run)][1]
                f.arm, f.versus = (1, True) if label else (0, True)
                f.hint = label or re.sub(r"\([^()]*\)", " ", text[e_run.end:v_run.start])
                f.p_value = f.p_value or next((p for _, p in p_values(text[v_run.end:])), None)
        findings.extend(found)
    return findings


# "disease control was achieved in 31 of 45 patients": a share stated only as a count of the patients
COUNT_SHARE = re.compile(r"\b(?:was|were) (?:achieved|attained|observed|seen|reached) in (\d+) of (?:the |all )?(\d+) "
                         r"(?:evaluable )?(?:patients|subjects|participants|cases)\b(?!\s*\()", re.IGNORECASE)


def with_shares(text: str) -> str:
    """The sentence with each count-only share followed by its percentage, as authors usually write it."""
    def share(m: re.Match[str]) -> str:
        part, whole = int(m.group(1)), int(m.group(2))
        return f"{m.group(0)} ({100 * part / whole:.1f}%)" if 0 < part <= whole else m.group(0)
    return COUNT_SHARE.sub(share, text)


# "no objective response was observed among the 11 patients with liposarcoma": a stated zero rate in a subgroup
NO_RESPONSE = re.compile(r"\bno (?:objective )?responses? (?:was|were) (?:observed|seen|recorded|noted|achieved) "
                         r"(?:among|in) (?:the |all )?(?:\d+ )?(?:patients|subjects|cases) with ([a-z][\w-]+)"
                         r"(?=\s*(?:[.;,]|$))", re.IGNORECASE)


def with_zero_responses(text: str) -> str:
    """The sentence with each 'no objective response among patients with X' written as a 0% ORR of that subgroup."""
    return NO_RESPONSE.sub(lambda m: f"the {m.group(1)} subgroup had an ORR of 0%", text)


# "Apatinib prolonged median PFS from 1.7 to 3.5 months": the treated arm's 3.5 against the control arm's 1.7
FROM_TO = re.compile(r"\b((?:prolong|improv|extend|increas|lengthen)\w*\s+(?:the\s+)?(?:median\s+)?[\w-]+)\s+from\s+"
                     r"(\d+(?:\.\d+)?)\s*(?:months?|weeks?|days?|%)?\s+to\s+(\d+(?:\.\d+)?)(\s*(?:months?|weeks?|days?|%))",
                     re.IGNORECASE)


def with_change_as_versus(text: str) -> str:
    """'prolonged median PFS from 1.7 to 3.5 months' read as 'prolonged median PFS of 3.5 vs 1.7 months'."""
    return FROM_TO.sub(lambda m: f"{m.group(1)} of {m.group(3)} vs {m.group(2)}{m.group(4)}", text)


def with_pronoun_endpoint(text: str, vocabulary: Vocabulary) -> str:
    """'the ORR was 24.1%, and among the 12 with endometrial cancer it was 33.3%': 'it' names the rate before it."""
    for m in reversed(list(IT_WAS.finditer(text))):
        named = vocabulary.mentions(text[:m.start()], {"endpoint"})
        if named:
            text = f"{text[:m.start()]}the {named[-1].surface} {m.group(0).split()[-1]}{text[m.end():]}"
    return text


def sentence_findings(text: str, vocabulary: Vocabulary, subgroups: bool = False) -> list[Finding]:
    """Every efficacy figure of a sentence, clause by clause; 'the rates were X and Y' after a comparison of two
    arms gives the same endpoint's rates in the same arm order."""
    found: list[Finding] = []
    text = with_pronoun_endpoint(with_change_as_versus(text), vocabulary)
    for _, clause in clauses(with_zero_responses(with_shares(text))):
        own = clause_findings(clause, vocabulary, subgroups)
        rates = THE_RATES.search(clause)
        if not own and rates and found and found[-1].versus and found[-1].statistic == "rate" and \
                not endpoint_runs(clause, vocabulary):
            label = vocabulary[found[-1].endpoint].label
            restated = f"{clause[:rates.start()]}the {label} rates were{clause[rates.end():]}, respectively"
            own = [f for f in clause_findings(restated, vocabulary, subgroups) if f.endpoint == found[-1].endpoint]
        found.extend(own)
    return found
