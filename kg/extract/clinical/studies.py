"""Study-level facts read from a passage: registry id, phase, design, size, population, dates and doses."""

from __future__ import annotations

import re

from kg.ground.vocabulary import Mention, Vocabulary
from kg.models import Dose

from .arms import parent
from .numbers import word_number, word_value

REGISTRY = re.compile(r"\b(NCT\d{8}|ChiCTR[-\w]*\d{6,}|CTR\d{8})\b")
# "phase Ib/II" is a phase 1/2 study: the sub-phase letter does not change the phase
PHASE = re.compile(r"\bphase\s*(IV|I{1,3}|[1-4])[ab]?(?:\s*(?:/|-|–|and)\s*(IV|I{1,3}|[1-4])[ab]?)?\b(?!-like)",
                   re.IGNORECASE)
ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}
DESIGN_WORDS = {
    "randomized": r"\brandomi[sz]ed\b|\brandomly (?:assigned|allocated)\b|\brandomi[sz]ation\b",
    "single-arm": r"\bsingle[- ]arm\b",
    "open-label": r"\bopen[- ]label\b",
    "double-blind": r"\bdouble[- ]blind(?:ed)?\b",
    "retrospective": r"\bretrospective(?:ly)?\b",
    "prospective": r"\bprospective(?:ly)?\b",
    "multicenter": r"\bmulti[- ]?(?:cent(?:er|re|ric|ered)|institutional)\b",
    "controlled": r"\b(?:placebo-)?controlled\b(?!\s+(?:with|by)\b)",  # not "was controlled with antihypertensives"
    "observational": r"\bobservational\b|\breal[- ]world\b|\bnon[- ]?interventional\b|\bnon[- ]clinical[- ]trial\b",
}
ENROLLED = [
    re.compile(r"\bof the (\d+) (?:patients|subjects|participants) (?:who (?:underwent|were) )?"
               r"(?:randomi[sz]\w*|enrolled|included|recruited)", re.IGNORECASE),
    re.compile(r"\b(?:a )?total of (\d+) (?:\w+ ){0,4}?(?:patients|subjects|participants|cases)\b", re.IGNORECASE),
    re.compile(r"\b(\d+) (?:\w+ ){0,4}?(?:patients|subjects|participants)\b(?:[^.;]|\.(?=\d)){0,160}?\b(?:were|was) "
               r"(?:enrolled|included|recruited|randomi[sz]ed|randomly (?:assigned|divided|allocated)|registered|"
               r"treated|given|assigned|allocated)",
               re.IGNORECASE),
    re.compile(r"\b(?:enrolled|included|recruited|randomi[sz]ed|analy[sz]ed|reviewed)\s+"
               r"(?:the\s+(?:\w+\s+)?(?:records|charts|data)\s+of\s+)?(\d+)\s+(?:\w+ ){0,3}?"
               r"(?:patients|subjects)", re.IGNORECASE),
    re.compile(r"\bof the (\d+) (?:patients|subjects|participants),\s*\d+\s+(?:patients\s+)?(?:received|were|had)\b",
               re.IGNORECASE),
    re.compile(r"\b(?:among|of|in) (?:the |all )?(\d+) (?:randomi[sz]ed|enrolled|included|treated) "
               r"(?:patients|subjects|participants)\b", re.IGNORECASE),
    re.compile(r"\b(?:among|of) (?:the |all )?(\d+) (?:patients|subjects|participants) (?:enrolled|included|recruited|"
               r"randomi[sz]ed)\b", re.IGNORECASE),
    re.compile(r"\b[Nn]\s*=\s*(\d+)\b(?![^()]*%)"),
    # "In this phase II trial, 45 patients with advanced pancreatic cancer ... received apatinib"
    re.compile(r"\b(?:study|trial|cohort),\s+(\d+) (?:\w+ ){0,3}?(?:patients|subjects|participants)\b[^.;]{0,120}?"
               r"\breceived\b", re.IGNORECASE),
    # "a retrospective analysis of 45 patients", "a randomized phase II trial of 135 previously treated patients"
    re.compile(r"\b(?:study|trial|analysis|cohort|series) of (\d+) (?:[\w-]+ ){0,3}?"
               r"(?:patients|subjects|participants)\b", re.IGNORECASE),
    # "apatinib 500 mg daily in 48 patients", "as second-line treatment in 30 patients", "combined with X in 105 ..."
    # "apatinib monotherapy (500 mg once daily) in 34 patients", "combined apatinib (500 mg/day) with X in 44 patients"
    re.compile(r"(?:\bmg(?:/d(?:ay)?)?|\bdaily|\b\w+ (?:treatment|therapy|monotherapy)|\bcombined with [\w -]{1,40}?|"
               r"\([^()]*\b(?:mg|daily)\b[^()]*\)|\bcombined [^.;]{1,60}?\bwith [\w -]{1,40}?) "
               r"in (\d+) (?:[\w-]+ ){0,3}?(?:patients|subjects|participants)\b", re.IGNORECASE),
    # "Twenty patients with progressive RAIR-DTC received apatinib": the count opens the text; a with-clause may follow
    re.compile(r"^\D{0,80}?\b(\d+) (?:[\w-]+ ){0,3}?(?:patients|subjects|participants) (?:with [^.;,()]{1,60}? )?"
               r"(?:received|underwent)\b", re.IGNORECASE),
    # "Methods: 20 patients with RAIR-DTC received apatinib ... in this prospective study": a sentence opening with the
    # count of patients that received treatment in the study itself
    re.compile(r"(?:^|(?<=[.:] ))(\d+) (?:[\w-]+ ){0,3}?(?:patients|subjects|participants) (?:with [^.;,()]{1,60}? )?"
               r"(?:received|underwent)\b[^.;]{0,80}?\bin (?:this|the present|our)\b[^.;]{0,60}?\b(?:study|trial)\b",
               re.IGNORECASE),
    # "Results: Of 126 patients identified, 71 started at 250 mg": the records a retrospective review found
    re.compile(r"(?:^|(?<=[.:] ))(?:Of|Among) (?:the )?(\d+) (?:[\w-]+ ){0,2}?"
               r"(?:patients|subjects|participants|women|men) (?:identified|included|enrolled|eligible)\b",
               re.IGNORECASE),
]
EVALUATED = re.compile(r"\b(\d+) (?:patients |subjects )?(?:were )?(?:evaluable|evaluated|assessable)", re.IGNORECASE)
DATES = re.compile(r"\b(?:between|from)\s+((?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\s+(?:and|to|through)\s+"
                   r"((?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b")
LINE = re.compile(r"\b(first|second|third|fourth|later|subsequent)[- ]line\b|\b(?:less|fewer) than (?:two|2) lines\b"
                  r"|\bheavily pretreated\b|\bpreviously untreated\b", re.IGNORECASE)
DOSE = re.compile(r"(?<![\d.][-–])(?<![\d.] [-–] )\b(\d+(?:\.\d+)?)\s*mg\b(?!\s*/\s*(?:m2|m²|kg))", re.IGNORECASE)
SCHEDULE = [
    (re.compile(r"\btwice (?:a |per )?da(?:y|ily)\b|\bb\.?i\.?d\b", re.IGNORECASE), "twice daily", 2.0),
    (re.compile(r"\bonce (?:a |per )?da(?:y|ily)\b|\bq\.?d\b|/\s*d(?:ay)?\b|\bper day\b|\bdaily\b|\ba day\b",
                re.IGNORECASE), "once daily", 1.0),
]
MODIFIERS = (r"(?:(?:previously untreated|heavily pretreated|advanced|metastatic|recurrent|refractory|relapsed|"
             r"locally advanced|unresectable|inoperable|early(?:-stage)?|early stage|stage [IV]+[ABC]?(?:-[IV]+[ABC]?)?"
             r"|chinese|elderly)[\s,]+(?:or\s+|and\s+)?)*")


def registry_id(text: str) -> str | None:
    """The first trial-registry number (NCT…, ChiCTR…) in ``text``."""
    m = REGISTRY.search(text)
    return m.group(1) if m else None


# "warrants prospective validation", "deserves evaluation in a randomized setting", "A randomized phase II trial is
# ongoing": hedged future work, not the design of the study reported
FUTURE_WORK = re.compile(
    r"\b(?:warrants?|deserves?|merits?|requires?|needs?)\s+(?:further\s+)?(?:(?!(?:and|or|but)\b)[\w-]+\s+){0,6}(?:validation|evaluation|"
    r"investigation|confirmation|studies|trials?|setting)\b|"
    r"\b(?:an?|another)\s+(?:[\w/-]+\s+){0,5}?(?:trial|study)\s+(?:is|was|has been)\s+(?:ongoing|planned|underway|"
    r"initiated|launched|warranted|needed)\b|"
    r"\bfurther\s+(?:[\w-]+\s+){0,3}?(?:studies|trials)\b|"
    r"\b(?:larger|large|prospective|randomi[sz]ed|multi[- ]?cent\w+)\s+(?:[\w-]+\s+){0,3}?(?:studies|trials)\s+"
    r"(?:are|is)\s+(?:needed|warranted|required)\b", re.IGNORECASE)


# "a pooled analysis of 1,136 patients treated in 11 prospective trials": the design of the trials pooled
POOLED_FROM = re.compile(r"\b(?:in|from|of|across)\s+\d+\s+(?:[\w-]+\s+){0,3}?(?:studies|trials)\b", re.IGNORECASE)


def stated(text: str) -> str:
    """The text with hedged future-work phrases and the trials a pooled analysis drew on blanked out, so only what
    the study itself did is read."""
    text = FUTURE_WORK.sub(lambda m: " " * len(m.group(0)), text)
    return POOLED_FROM.sub(lambda m: " " * len(m.group(0)), text)


def phase(text: str) -> str | None:
    """'phase II' → '2', 'phase I/II' → '1/2'."""
    m = PHASE.search(stated(text))
    if not m:
        return None
    first = ROMAN.get(m.group(1).upper(), m.group(1))
    second = m.group(2) and ROMAN.get(m.group(2).upper(), m.group(2))
    return f"{first}/{second}" if second and second != first else first


def design(text: str) -> list[str]:
    """The design words the text states (randomized, single-arm, retrospective, ...)."""
    text = stated(text)
    return [name for name, pattern in DESIGN_WORDS.items() if re.search(pattern, text, re.IGNORECASE)]


WORD_COUNT = word_number(r" (?:\w+ ){0,3}?(?:patients|subjects|participants)\b")


def digits(text: str) -> str:
    """'Forty-two patients' → '42 patients', so counts written in words read like counts in figures."""
    text = re.sub(r"(?<=\b\d),(?=\d{3} (?:[\w-]+ ){0,3}?(?:patients|subjects|participants)\b)", "", text)  # "1,136"
    return WORD_COUNT.sub(lambda m: str(word_value(m)), text)


def enrolled(text: str) -> int | None:
    """The number of patients the study enrolled, from the most explicit phrasing found."""
    text = digits(text)
    for pattern in ENROLLED:
        m = pattern.search(text)
        if m:
            return int(m.group(1))
    return None


def evaluated(text: str) -> int | None:
    """The number of patients evaluable for response."""
    m = EVALUATED.search(text)
    return int(m.group(1)) if m else None


def dates(text: str) -> tuple[str | None, str | None]:
    """Enrolment period: 'Between August 2017 and January 2021'."""
    m = DATES.search(text)
    return (m.group(1), m.group(2)) if m else (None, None)


def line_of_therapy(text: str) -> str | None:
    """'second-line', 'heavily pretreated', 'previously untreated'."""
    m = LINE.search(text)
    return m.group(0) if m else None


def population(text: str, vocabulary: Vocabulary) -> tuple[str | None, str | None]:
    """(population text, disease id): the first disease named, with its stage and setting words."""
    for mention in vocabulary.mentions(text, {"disease"}):
        if mention.id == "disease.cancer":
            continue
        before = re.search(MODIFIERS + r"$", text[:mention.start], re.IGNORECASE)
        start = before.start() if before and before.group(0) else mention.start
        label = re.sub(r"[()]", "", re.sub(r"\s+", " ", text[start:mention.end])).strip(" ,")
        return label, mention.id
    return None, None


def doses(text: str, vocabulary: Vocabulary) -> list[Dose]:
    """Daily doses of named drugs: '250 mg of apatinib once daily', 'apatinib (500 mg/d)'."""
    found: list[Dose] = []
    recommended: list[Dose] = []
    drugs = [d for d in vocabulary.mentions(text, {"drug"}) if vocabulary[d.id].field("category") != "procedure"]
    for m in DOSE.finditer(text):
        after = text[m.end():m.end() + 45]
        following = [d for d in drugs if d.start >= m.end()]
        of_drug = re.match(r"\s*(?:of|oral)\s+", after) and following and following[0].start - m.end() < 12
        # "apatinib 850 mg or placebo orally once daily": the schedule is shared with the placebo
        cut = min([d.start for d in following if (not of_drug or d is not following[0]) and d.id != "drug.placebo"] +
                  [m.end() + x.start() for x in DOSE.finditer(after)] + [m.end() + 45]) - m.end()
        found_at = [(p.search(after[:cut]), name, factor) for p, name, factor in SCHEDULE]
        hits = sorted((hit.start(), name, factor) for hit, name, factor in found_at if hit)
        if not hits:
            continue
        schedule = hits[0][1:]
        before = [d for d in drugs if d.end <= m.start() and m.start() - d.end < 40]
        drug = following[0] if of_drug else before[-1] if before else \
            next((d for d in following if d.start - m.end() < 15), None) or _subject_started(text, m.start(), drugs)
        if drug is None:
            continue
        clause = re.split(r"[.;]\s", text[max(0, m.start() - 80):m.start()])[-1]
        if ESCALATION.search(clause):
            continue
        amount = float(m.group(1))
        settled = recommended if RECOMMENDED.search(clause) else found
        settled.append(Dose(drug=parent(drug.id, vocabulary), amount_mg=amount, mg_per_day=amount * schedule[1],
                            schedule=schedule[0]))
    return recommended + found


# "apatinib was escalated at 250, 500 and 750 mg": the levels tried, not the dose the study settled on
ESCALATION = re.compile(r"\bescalat\w*|\bdose levels?\b|\bdose[- ]limiting\b|\bDLTs?\b", re.IGNORECASE)
# "The RP2D of apatinib was 500 mg once daily": the dose the study recommends comes before any other
RECOMMENDED = re.compile(r"\bRP2D\b|\brecommended phase (?:2|II) dose\b", re.IGNORECASE)
STARTED = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:was|were)\s+(?:started|initiated|commenced|begun|given|administered)\b"
                     r"[^.;]*\bat\s*$", re.IGNORECASE)


def _subject_started(text: str, at: int, drugs: list[Mention]) -> Mention | None:
    """'Apatinib was started 3-5 days after TACE at 500 mg/day': the dose of the sentence's subject."""
    stop = text.rfind(". ", 0, at)
    start = stop + 2 if stop >= 0 else 0
    subject = next((d for d in drugs if start <= d.start < at), None)
    if subject is None or text[start:subject.start].strip(" (") or not STARTED.match(text[subject.end:at]):
        return None
    return subject


# "Background: This open-label, single-arm study aimed to ...": a background sentence about the abstract's own study
# "this open-label phase Ib study", "We report the final efficacy analysis of a single-arm phase II trial"
OWN_STUDY = re.compile(r"\b(?:this|the present|the current|our)\s+(?:[\w/,-]+\s+){0,6}?(?:study|trial)\b|"
                       r"\bwe (?:report|present|describe)\b[^.;]{0,80}?\b(?:study|trial)\b", re.IGNORECASE)
# "a pooled analysis of 1,136 patients treated in 11 trials" is a study of its own patients as well
INTRO_WORDS = re.compile(r"\b(?:study|trial|cohort|enrolled|randomi[sz]ed|randomly assigned)\b|\b[Nn]\s*=\s*\d|"
                         r"\banalysis of (?:the )?\d[\d,]*\s+patients\b", re.IGNORECASE)


def design_order(name: str) -> int:
    """Designs in the order of DESIGN_WORDS, so lists read the same way every build."""
    return list(DESIGN_WORDS).index(name) if name in DESIGN_WORDS else len(DESIGN_WORDS)
