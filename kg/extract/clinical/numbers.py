"""Numbers as trial reports write them: values with units, compound durations, CIs, p-values, hazard ratios."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

NUMBER = r"\d+(?:\.\d+)?"
UNIT_WORDS = {
    "%": "percent", "percent": "percent", "per cent": "percent",
    "day": "day", "days": "day", "d": "day",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "month": "month", "months": "month", "mo": "month", "mos": "month", "mon": "month",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
}
# "mo" only in lower case: "267 mOS" is a count before an abbreviation, not 267 months
UNIT = r"(?:%|per ?cent\b|percent\b|days?\b|weeks?\b|wks?\b|months?\b|(?-i:mos?)\b|mon\b|years?\b|yrs?\b)"
DAYS_PER = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25}
COMPOUND = re.compile(r"\b(\d+)\s*(months?|years?)\s*(?:and|,)\s*(\d+)\s*(days?|weeks?)\b"
                      r"|\b(\d+)\s*(years?)\s*(?:and|,)\s*(\d+)\s*(months?)\b")
VALUE = re.compile(rf"(?<![\w.,/-])(\d+,\d(?=\s*%)|{NUMBER})(?:\s*({UNIT}))?(?![\w/])", re.IGNORECASE)
CI = re.compile(rf"\(?\s*95\s*%\s*(?:CI|confidence interval)(?:\s*[\[(]CI[\])])?\s*[:,=]?\s*({NUMBER})\s*(?:%|\w+)?\s*"
                rf"(?:-|–|—|to|,)\s*({NUMBER})\s*(?:%|\w+)?\s*\)?", re.IGNORECASE)
P_VALUE = re.compile(rf"\b[Pp]\s*(?:-?\s*value)?\s*(?:=|<|>|≤|≥|<=|>=|of)\s*({NUMBER}|\.\d+)")
HAZARD = re.compile(rf"\b(?:HR|hazard ratio)(?:\s*[\[(]HR[\])])?\s*(?:was|of|[:=,])?\s*({NUMBER})", re.IGNORECASE)
RANGE = re.compile(rf"\(\s*(?:range[:,]?\s*)?{NUMBER}\s*{UNIT}?\s*(?:-|–|—|to)\s*{NUMBER}\s*{UNIT}?\s*\)",
                   re.IGNORECASE)
FRACTION = re.compile(r"\(?\b\d+\s*/\s*\d+\b\)?")
TIMEPOINT = re.compile(rf"\b(?:at|after|within)\s+({NUMBER})\s*(weeks?|months?|years?)\b|\bat the end of (?:the )?"
                       r"(?:study|treatment|follow-up)\b", re.IGNORECASE)
COUNT = re.compile(r"\b[Nn]\s*=\s*\d+")
# "a response rate of about 10% [1]": a rounded background figure, not a study's result
APPROXIMATE = re.compile(r"\b(?:about|approximately|around|roughly)\s+\d+(?:\.\d+)?\s*(?:%|percent\b|months?\b|"
                         r"weeks?\b|days?\b|years?\b)", re.IGNORECASE)
CI_LOOSE = re.compile(r"\(\s*95\s*%\s*(?:CI|confidence interval)\b[^()]*\)", re.IGNORECASE)
SPAN_OF_TIME = re.compile(r"\b(?:up to|every|per|for|over|during|beyond|before|since|each)\s+(?:the\s+)?(?:first\s+)?"
                          r"\d+(?:\.\d+)?\s*(?:days?|weeks?|months?|years?)\b|\[\s*Time Frame:[^\]]*\]?|"
                          r"\b(?:aged?|age of)\s+\d+(?:\s*(?:-|–|to)\s*\d+)?\s*years?", re.IGNORECASE)
THRESHOLD = re.compile(r"[≥≤<>]=?\s*\d+(?:\.\d+)?\s*%?")
LANDMARK = re.compile(r"\b(\d+)-(year|month|week)\b", re.IGNORECASE)


UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def word_number(lookahead: str, smallest: int = 1) -> re.Pattern[str]:
    """A number written in words ("forty-two", "eleven", from ``smallest`` up) followed by ``lookahead``."""
    tens, ones, small = "|".join(TENS[2:]), "|".join(UNITS[1:10]), "|".join(UNITS[smallest:])
    return re.compile(rf"\b(?:({tens})(?:[- ]({ones}))?|({small}))(?={lookahead})", re.IGNORECASE)


def word_value(m: re.Match[str]) -> int:
    """The value of a ``word_number`` match."""
    tens, ones, small = (g.lower() if g else None for g in m.groups())
    if small:
        return UNITS.index(small)
    return TENS.index(tens) * 10 + (UNITS.index(ones) if ones else 0)


# "the median overall survival reached eleven months": a duration written in words ("one" is too often an article)
WORD_DURATION = word_number(r"\s+(?:days?|weeks?|months?|years?)\b", smallest=2)


def digits_for_words(text: str) -> str:
    """``text`` with durations written in words as digits, padded with spaces so offsets stay put."""
    return WORD_DURATION.sub(lambda m: str(word_value(m)).ljust(len(m.group(0))), text)


@dataclass
class Value:
    """A number with its unit (None when the text gives the unit only once, on a later number)."""

    number: float
    unit: str | None
    start: int
    end: int
    ci_low: float | None = None
    ci_high: float | None = None
    extras: dict[str, float] = field(default_factory=dict)


def parse_number(text: str) -> float:
    """'8,3' (a decimal comma) and '4.90' alike as floats."""
    return float(text.replace(",", "."))


def unit_of(word: str | None) -> str | None:
    """The unit a word stands for ('mo' → 'month', '%' → 'percent')."""
    if not word:
        return None
    return UNIT_WORDS.get(re.sub(r"\s+", " ", word.lower()))


def masked(text: str, patterns: list[re.Pattern[str]]) -> str:
    """``text`` with every match of ``patterns`` blanked out, offsets kept."""
    chars = list(text)
    for pattern in patterns:
        for m in pattern.finditer(text):
            chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def compound_duration(m: re.Match[str]) -> tuple[float, str]:
    """'4 months and 15 days' → (4.49, 'month'): one number in the larger unit."""
    groups = [g for g in m.groups() if g is not None]
    big, big_unit = parse_number(groups[0]), unit_of(groups[1]) or "month"
    small, small_unit = parse_number(groups[2]), unit_of(groups[3]) or "day"
    return round(big + small * DAYS_PER[small_unit] / DAYS_PER[big_unit], 2), big_unit


def find_values(text: str) -> list[Value]:
    """Values with units, in order; CIs, ranges, fractions, counts and time points are not values."""
    text = digits_for_words(text)
    cis = [(m.start(), m.end(), parse_number(m.group(1)), parse_number(m.group(2))) for m in CI.finditer(text)]
    plain = masked(text, [CI, P_VALUE, HAZARD, RANGE, FRACTION, TIMEPOINT, COUNT, COMPOUND, LANDMARK,
                            THRESHOLD, CI_LOOSE, SPAN_OF_TIME, APPROXIMATE])
    values = [Value(*compound_duration(m), m.start(), m.end()) for m in COMPOUND.finditer(text)]
    for m in VALUE.finditer(plain):
        values.append(Value(parse_number(m.group(1)), unit_of(m.group(2)), m.start(), m.end()))
    values.sort(key=lambda v: v.start)
    for start, _end, low, high in cis:
        before = [v for v in values if v.end <= start and not text[v.end:start].strip(" ,;(")]
        if before:
            before[-1].ci_low, before[-1].ci_high = low, high
    return values


def p_values(text: str) -> list[tuple[int, float]]:
    """(offset, p) for every p-value written in ``text``."""
    return [(m.start(), parse_number(m.group(1) if not m.group(1).startswith(".") else "0" + m.group(1)))
            for m in P_VALUE.finditer(text)]


def hazard_ratios(text: str) -> list[tuple[int, float]]:
    """(offset, HR) for every hazard ratio written in ``text``."""
    return [(m.start(), parse_number(m.group(1))) for m in HAZARD.finditer(text)]


def timepoint(text: str) -> str | None:
    """The assessment time point a clause names ('at 3 months', 'at the end of the study')."""
    m = TIMEPOINT.search(text)
    return m.group(0) if m else None
