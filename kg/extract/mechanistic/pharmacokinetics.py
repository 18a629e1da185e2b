"""The "pharmacokinetics" extractor: half-life, Tmax, clearance, volume, excretion, molecular weight.

Each parameter name is paired with the nearest number that carries the parameter's unit ("a half-life of
9 hours", "57.8 L/h as the absolute clearance", "(69.8%) excreted in the feces"), one number per name.
"Cmax ... reached within 2.9 to 4.7 hours" is the time to Cmax. Mass-balance sentences put the figure before
the route ("76.8% of the dose was recovered, 69.8% in faeces and 7.0% in urine"; "unchanged drug accounted for
59.0% of the dose in faeces").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.base import Extractor, evidence
from kg.extract.mechanistic.agents import drug_mentions
from kg.extract.mechanistic.discourse import paragraph_of
from kg.ingest.documents import Document, Sentence
from kg.models import Pharmacokinetic

NUMBER = r"\d+(?:\.\d+)?"
QUANTITY = re.compile(
    rf"(?<![\w/.])(?P<low>{NUMBER})(?:\s*(?:±|\+/-)\s*{NUMBER})?(?:\s*(?:to|-|–|and)\s*(?P<high>{NUMBER}))?\s*"
    r"(?P<unit>%|percent\b|hours?\b|hrs?\b|h\b|L/h\b|L\s*/\s*h\b|L/hr\b|mL/min\b|L\b|liters?\b|g/mol\b|Da\b|days?\b)"
)
UNIT_FAMILY = {
    "%": "percent", "percent": "percent", "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour",
    "l/h": "L/h", "l/hr": "L/h", "l": "L", "liter": "L", "liters": "L", "g/mol": "g/mol", "da": "g/mol",
    "day": "day", "days": "day",
}
TIME_TO_CMAX = re.compile(r"\b(?:Cmax|(?:peak|maximum|maximal) (?:plasma |serum )?concentrations?)\b[^.;]{0,60}?"
                          r"\breached\b"
                          r"|\breach(?:ed|es|ing)?\s+(?:the\s+|its\s+|a\s+)?(?:Cmax|(?:peak|maximum|maximal)\s+"
                          r"(?:plasma\s+|serum\s+)?concentrations?)\b", re.I)
PERCENT = rf"(?P<value>{NUMBER})\s*%"
OF_DOSE = r"(?:of\s+(?:the\s+)?(?:administered\s+|total\s+|oral\s+|given\s+)?(?:dose|radioactivity)\s+)"
ROUTE = r"in\s+(?:the\s+)?(?P<route>f(?:a)?eces|urine)\b"
UNCHANGED = re.compile(rf"\bunchanged\b[^.;%]{{0,40}}?\b(?:accounted for|represented|comprised|constituted)\s+"
                       rf"{PERCENT}\s+{OF_DOSE}{ROUTE}", re.I)
BY_ROUTE = re.compile(rf"{PERCENT}\s+{OF_DOSE}?(?:(?:was|were)\s+)?(?:(?:recovered|excreted|eliminated)\s+)?{ROUTE}",
                      re.I)
ROUTE_BRACKET = re.compile(rf"\b{ROUTE}\s*\(\s*{PERCENT}\s*\)", re.I)  # "most of it in faeces (69.4%)"
RECOVERED = re.compile(rf"{PERCENT}\s+{OF_DOSE}(?:was|were)\s+(?:\w+ly\s+)?recovered\b", re.I)
PERCENT_FIRST = (
    (UNCHANGED, {"feces": "pk.unchanged-fecal-excretion", "faeces": "pk.unchanged-fecal-excretion"}),
    (BY_ROUTE, {"feces": "pk.fecal-excretion", "faeces": "pk.fecal-excretion", "urine": "pk.urinary-excretion"}),
    (RECOVERED, {"": "pk.total-recovery"}),
    (ROUTE_BRACKET, {"feces": "pk.fecal-excretion", "faeces": "pk.fecal-excretion", "urine": "pk.urinary-excretion"}),
)
MAX_GAP = 60
CHANGED = re.compile(r"\b(?:delay|prolong|shorten|increas|decreas|reduc|rais|lower|alter|chang)\w*\s+(?:\S+\s+){0,2}$",
                     re.I)
LINK = re.compile(
    r"^(?:\s|[(),:=]|\b(?:of|was|were|is|are|at|reached|ranged|ranging|from|averaged|averaging|approximately|about"
    r"|around|nearly|mean|median|the|its|in|patients|within|after|value|values|a|an|be|to|accounted\s+for"
    r"|steady[\s-]state)\b)*$",
    re.I,
)
NOT_STATED_AFTER = re.compile(r"^\s+(?:was|were|remained)\s+(?:\w+ly\s+)?(?:unchanged|unaltered|unaffected|similar"
                              r"|comparable|not\s+\w+)\b", re.I)
FROM_TO = re.compile(rf"\s+(?:\S+\s+){{0,2}}?from\s+(?P<before>{NUMBER})\s*(?P<unit1>[\w/%]+)?\s+to\s+{NUMBER}\s*"
                     r"(?P<unit>%|hours?\b|h\b|L/h\b|L\b)", re.I)
MEASURED_OF = re.compile(r"\b(?:AUC\w*|Cmax|exposure|clearance|CL/F|concentrations?|levels?|pharmacokinetics)\s+"
                         r"(?:of|to)\s+(?:the\s+)?$", re.I)
PARTNER_BEFORE = re.compile(r"\b(?:with|plus)\s+$", re.I)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    low: float
    high: float | None
    unit: str


def quantities(text: str) -> list[Quantity]:
    """Numbers with a unit (or a range of them) in a text."""
    found = []
    for m in QUANTITY.finditer(text):
        unit = UNIT_FAMILY.get(re.sub(r"\s", "", m.group("unit")).lower())
        if unit:
            high = float(m.group("high")) if m.group("high") else None
            found.append(Quantity(m.start(), m.end(), float(m.group("low")), high, unit))
    return found


def _linked(text: str, start: int, end: int, drug_spans: list[tuple[int, int]]) -> bool:
    """Whether a name and a following number are joined only by a copula, preposition or the drug's name
    ("half-life of apatinib was 9 h", "CL/F: 57.8 L/h"), not by other words or names."""
    between = "".join(" " if any(s <= i < e for s, e in drug_spans) else ch for i, ch in enumerate(text[:end]))
    between = re.sub(r"\([^()]*\)", " ", between[start:end])
    return bool(LINK.match(between))


class PharmacokineticExtractor(Extractor):
    """Pharmacokinetic and physicochemical figures of a drug."""

    name = "pharmacokinetics"
    rule = "mechanistic.pk"

    def extract(self, doc: Document) -> list[Pharmacokinetic]:
        out: dict[tuple, Pharmacokinetic] = {}
        drug: str | None = None
        paragraph = -1
        for sentence in doc.sentences:
            para = paragraph_of(doc, sentence)
            if para != paragraph:  # "In patients, a phase I study found that tmax ...": the drug the paragraph names
                drug, paragraph = self._paragraph_drug(doc, para), para
            drugs = drug_mentions(sentence.text, self.vocabulary, [])
            if drugs:  # "Co-administration with voriconazole increased apatinib Cmax": the partner is not the subject
                drug = next((d.id for d in drugs if not PARTNER_BEFORE.search(sentence.text[:d.start])), drugs[0].id)
            if drug is None:
                continue
            for record in self._sentence(doc, sentence, drug):
                key = (record.drug, record.parameter, record.value, record.low, record.high)
                out.setdefault(key, record)
        return list(out.values())

    def _paragraph_drug(self, doc: Document, paragraph: int) -> str | None:
        """The first drug a paragraph names as its subject, or None."""
        for sentence in doc.sentences:
            if paragraph_of(doc, sentence) != paragraph:
                continue
            drugs = [d for d in drug_mentions(sentence.text, self.vocabulary, [])
                     if not PARTNER_BEFORE.search(sentence.text[:d.start])]
            if drugs:
                return drugs[0].id
        return None

    def _reference_values(self, doc: Document, sentence: Sentence, drug: str,
                          names: list[tuple[int, int, str]]) -> list[Pharmacokinetic]:
        """"Co-administration with voriconazole ... reduced CL/F from 61.8 to 25.6 L/h": the value before the change
        is the drug's own (the reference condition); the value after belongs to the combination and is left out."""
        out = []
        measured = [d for d in drug_mentions(sentence.text, self.vocabulary, [])
                    if MEASURED_OF.search(sentence.text[:d.start])]
        drug = measured[0].id if measured else drug  # "Ketoconazole increased the AUC of apatinib ... reduced CL/F"
        for name in names:
            m = _changed_from(sentence.text, name)
            unit = self.vocabulary[name[2]].field("unit")
            if m and UNIT_FAMILY.get(m.group("unit").lower()) == unit:
                ev = evidence(doc, sentence, f"{self.rule}.changed-from", 0.7, None)
                out.append(Pharmacokinetic(drug=drug, parameter=name[2], value=float(m.group("before")), unit=unit,
                                           evidence=[ev]))
        return out

    @staticmethod
    def _from_to_spans(text: str, names: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for n in names if (m := _changed_from(text, n))]

    def _sentence(self, doc: Document, sentence: Sentence, drug: str) -> list[Pharmacokinetic]:
        text = sentence.text
        names = []
        for m in self.vocabulary.mentions(text, {"pk"}):
            names.append((m.start, m.end, m.id))
        for m in TIME_TO_CMAX.finditer(text):
            names = [n for n in names if not m.start() <= n[0] < m.end()]
            names.append((m.start(), m.end(), "pk.tmax"))
        every = _without_restatements(text, names)
        names = [n for n in every if not CHANGED.search(text[:n[0]]) and not NOT_STATED_AFTER.match(text[n[1]:])]
        out: list[Pharmacokinetic] = self._reference_values(doc, sentence, drug, every)
        taken: list[tuple[int, int]] = []
        for pattern, parameters in PERCENT_FIRST:
            for m in pattern.finditer(text):
                pk = parameters.get((m.groupdict().get("route") or "").lower())
                if pk is None or any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                ev = evidence(doc, sentence, f"{self.rule}.percent-of-dose", 0.8, None)
                out.append(Pharmacokinetic(drug=drug, parameter=pk, value=float(m.group("value")), unit="percent",
                                           evidence=[ev]))
        names = [n for n in names if not any(s <= n[0] < e for s, e in taken)]
        amounts = [q for q in quantities(text) if not any(s < q.end and q.start < e for s, e, _ in every)
                   and not any(s <= q.start < e for s, e in self._from_to_spans(text, every))
                   and not any(s <= q.start < e for s, e in taken)]
        drug_spans = [(m.start, m.end) for m in self.vocabulary.mentions(text, {"drug"})]
        pairs = []
        for n_start, n_end, pk in names:
            unit = self.vocabulary[pk].field("unit")
            for q in amounts:
                if q.unit != unit and not (unit == "hour" and q.unit == "day"):
                    continue
                low, high = (n_end, q.start) if q.start >= n_end else (q.end, n_start)
                if any(low <= s < high for s, _, _ in every) or ";" in text[low:high] or high - low > MAX_GAP:
                    continue
                if q.start >= n_end and _linked(text, low, high, drug_spans):
                    pairs.append((0, high - low, n_start, q.start, pk, q))
                elif q.start < n_end and q.unit != "day":
                    pairs.append((1, high - low, n_start, q.start, pk, q))
        used_names, used_amounts = set(), set()
        for _side, _gap, n_start, q_start, pk, q in sorted(pairs, key=lambda p: (p[0], p[1])):
            if n_start in used_names or q_start in used_amounts:
                continue
            used_names.add(n_start)
            used_amounts.add(q_start)
            ev = evidence(doc, sentence, f"{self.rule}.nearest-quantity", 0.8, None)
            unit = self.vocabulary[pk].field("unit")
            factor = 24.0 if q.unit == "day" and unit == "hour" else 1.0
            if q.high is None:
                rec = Pharmacokinetic(drug=drug, parameter=pk, value=q.low * factor, unit=unit, evidence=[ev])
            else:
                rec = Pharmacokinetic(drug=drug, parameter=pk, low=q.low * factor, high=q.high * factor, unit=unit,
                                      evidence=[ev])
            out.append(rec)
        return out


def _changed_from(text: str, name: tuple[int, int, str]) -> re.Match[str] | None:
    """"reduced CL/F from 61.8 to 25.6 L/h": a changed parameter with its value before the change."""
    return FROM_TO.match(text, name[1]) if CHANGED.search(text[:name[0]]) else None


def _without_restatements(text: str, names: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"elimination half-life (t1/2) was 9.4 h" names one parameter twice; the bracketed repeat is dropped."""
    kept: list[tuple[int, int, str]] = []
    for name in sorted(names):
        if kept and kept[-1][2] == name[2] and re.fullmatch(r"\s*\(\s*", text[kept[-1][1]:name[0]]):
            continue
        kept.append(name)
    return kept
