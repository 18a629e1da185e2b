"""The "drug_facts" extractor: code names, synonyms, molecular formula, chemical name and manufacturers."""

from __future__ import annotations

import re

from kg.extract.base import Extractor, evidence
from kg.extract.mechanistic.agents import drug_mentions
from kg.ingest.documents import Document, Sentence
from kg.models import DrugFact

CODE = re.compile(r"^\s*\((?P<code>[A-Z]{1,5}-?\d{3,7}[A-Z]?\d*)\)")
KNOWN_AS = re.compile(r"^\s*,?\s*(?:also\s+)?(?:known|marketed|sold)\s+as\s+(?P<name>[A-Z][\w-]+)")
FORMULA = re.compile(r"\b(?:molecular|chemical|empirical)\s+formula(?:\s+(?:of|is|was))?\s*:?\s*"
                     r"(?P<formula>(?:[A-Z][a-z]?\d*){3,})\b")
CHEMICAL = re.compile(r"\bor\s+(?P<name>N-\[[^\[\]]{5,}?\]\S*(?:\s+\S+){0,6}?\s+(?:carboxamide|amide|amine|acid))\b")
PRODUCED = re.compile(r"\b(?:produced|manufactured|developed|marketed)\s+(?:first\s+)?by\s+(?P<list>[^.;]+)", re.I)
COMPANY = re.compile(
    r"(?P<name>(?:[A-Z][\w&.-]*\s+){0,4}?(?:Laboratories|Laboratory|Medicine|Pharmaceuticals?|Pharma|BioPartners|"
    r"Biosciences|Therapeutics|Inc\.?|Ltd\.?|Co\.?|Corporation|Company|Group)"
    r"(?:\s+(?:Company|Co\.?|Inc\.?|Ltd\.?|Corporation|Group))*)\b"
)


class DrugFactExtractor(Extractor):
    """Descriptive facts about a drug, read from the sentence that names it."""

    name = "drug_facts"
    rule = "mechanistic.drug-fact"

    def extract(self, doc: Document) -> list[DrugFact]:
        out: dict[tuple[str, str, str], DrugFact] = {}
        for sentence in doc.sentences:
            for fact in self._sentence(doc, sentence):
                out.setdefault((fact.drug, fact.property, fact.value), fact)
        return list(out.values())

    def _sentence(self, doc: Document, sentence: Sentence) -> list[DrugFact]:
        text = sentence.text
        drugs = drug_mentions(text, self.vocabulary, [])
        if not drugs:
            return []
        subject = drugs[0].id
        facts: list[tuple[str, str, str]] = []
        for d in drugs:
            if m := CODE.match(text[d.end:]):
                facts.append((d.id, "code_name", m.group("code")))
            if m := KNOWN_AS.match(text[d.end:]):
                facts.append((d.id, "synonym", m.group("name")))
        if m := FORMULA.search(text):
            facts.append((subject, "formula", m.group("formula")))
        if m := CHEMICAL.search(text):
            facts.append((subject, "chemical_name", re.sub(r"\s+", " ", m.group("name"))))
        if m := PRODUCED.search(text):
            for company in COMPANY.finditer(m.group("list")):
                name = re.sub(r"^(?:and|then|by)\s+", "", company.group("name").strip())
                name = re.sub(r"^(?:(?:and|then|by)\s+)+", "", name)
                facts.append((subject, "manufacturer", name))
        return [DrugFact(drug=drug, property=prop, value=value,  # type: ignore[arg-type]
                         evidence=[evidence(doc, sentence, f"{self.rule}.{prop}", 0.7, None)])
                for drug, prop, value in facts]
