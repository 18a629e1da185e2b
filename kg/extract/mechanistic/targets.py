"""The "targets" extractor: a drug inhibits, binds or is metabolised by a gene product.

Read where the text says so as a property of the drug: "an inhibitor targeting VEGFR2", "selectively
suppresses VEGFR-2", "inhibited the activities of ... RET, c-kit", "binds to the ATP-binding site of
VEGFR-2", "CYP3A4/5 ... have a main role in the metabolism of apatinib", "It targets the PD-1 receptor".
"""

from __future__ import annotations

import re

from kg.extract.base import Extractor, evidence
from kg.extract.mechanistic.agents import drug_mentions
from kg.extract.mechanistic.discourse import paragraph_of
from kg.extract.mechanistic.effects import STOP
from kg.extract.mechanistic.forms import gene_form
from kg.extract.mechanistic.targets_in_text import GENE_MODIFIER_AFTER
from kg.extract.mechanistic.text import HEDGE_BEFORE, clause_at, clauses, hedged, view
from kg.ingest.documents import Document, Sentence
from kg.models import DrugTarget, TargetRelation

INHIBITS = re.compile(
    r"\binhibit(?:s|ed|ing|ion)?\b|\binhibitor\s+(?:of|targeting|against)\b|\btarget(?:s|ed|ing)?\b"
    r"|\bselective(?:ly)?\s+(?:suppress\w*|block\w*|antagoni\w*)|\b(?:that|which)\s+blocks\b",
    re.I,
)
BINDS = re.compile(r"(?<![-\w])bind(?:s|ing)?\b(?:\s+to)?|(?<![-\w])bound\s+to\b"
                   r"|\boccup(?:y|ies|ied|ying)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:site|pocket|cleft)\s+of\b", re.I)
PHOSPHORYLATION_BLOCKED = re.compile(r"\b(?:suppress|block)(?:es|s|ed|ing)?\s+(?:the\s+)?"
                                     r"(?:[\w-]+-(?:stimulated|induced|dependent)\s+)?phosphorylation\s+of\b", re.I)
OBJECT_IT = re.compile(r"^\s+it\b(?!\s+(?:is|was|has|had)\b)", re.I)
PASSIVE_IC50 = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+|\w+ly\s+)?inhibited\s+(?:with\s+an?\s+IC50|\(IC50"
                          r"|at\s+an?\s+IC50)", re.I)
ANTIBODY_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:monoclonal\s+)?antibod(?:y|ies)\b", re.I)
METABOLISM = re.compile(r"\bmetaboli[sz](?:m|ed|es)\b|\bbiotransform\w*", re.I)
NEGATED_CLAUSE = re.compile(r"\b(?:no|not|neither|nor|n't|without)\b", re.I)
NEGATION = re.compile(r"\b(?:not|no|neither|nor|without)\s+(?:\w+\s+){0,2}$", re.I)
GENE_INHIBITOR = re.compile(
    r"^(?:\s*(?:/|,|and)\s*[\w-]+)*[-\s]+(?:selective\s+|specific\s+|targeted\s+)?(?:(?:tyrosine\s+)?kinase\s+)?"
    r"inhibitors?\b", re.I)
PATHWAY_NAME_AFTER = re.compile(r"^(?:(?:[/-]|\s+(?:and|or)\s+)[\w-]+)*\s*(?:signal\w*|pathways?|axis|cascade)\b",
                                re.I)
KINASE_NAME = re.compile(r"\btyrosine kinase\b|\breceptor\b", re.I)
PRONOUN_START = re.compile(r"^\s*(?:It|This drug|The drug|This agent|The agent|This compound)\b")
PRONOUN_ANY = re.compile(r"\b(?:it|this drug|this agent)\b", re.I)
APPOSITION = re.compile(r",\s+(?:a|an)\s+[^,;()]*$", re.I)
DRUG_AFTER = re.compile(r"^\s*(?:,\s*)?$")
SUBJECT_PRONOUN = re.compile(r"\b(?:it|this drug|this agent|this compound)\s+"
                             r"(?:(?:also|further|additionally|\w+ly)\s+)*$", re.I)
CLASS_MENTION = re.compile(r"\b(?:of|with|to|by|and|or|plus|than)\s+(?:a|an|other|another)\s+(?:[\w-]+\s+){0,2}$", re.I)
ITS_SITE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,3}?(?:site|pocket|domain|cleft)\b", re.I)
PARENTHESIS = re.compile(r"\([^()]*\)")
DEGREE = re.compile(r"\b(?:to\s+a\s+(?:lesser|smaller|greater|similar)\s+(?:extent|degree)|less\s+potently"
                    r"|more\s+weakly|weakly|also"
                    r"|with\s+(?:an?\s+)?IC50\s+(?:value\s+)?(?:of\s+)?[<>≈~]?\s*[\d.,]+\s*(?:[pnμµm]?M|[pnμµm]?mol/L)"
                    r"|with\s+(?:(?:considerably|much|far|somewhat|slightly)\s+)?(?:lower|higher|weaker|similar"
                    r"|comparable|reduced)\s+potency)(?!\w)", re.I)


FIRST_WITHIN = 80
LIST_GLUE = re.compile(
    r"^(?:[\s,/()]|\b(?:and|or|as well as|including|such as|the|its|their|receptors?|kinases?|tyrosine|activit(?:y|ies)"
    r"|phosphorylation|of)\b)*$",
    re.I,
)


def _listed(text: str, start: int, genes: list) -> list:
    """The genes of an object phrase that form one list: the first near the verb, the rest joined by list glue."""
    kept: list = []
    for gene in sorted(genes, key=lambda g: g.start):
        if not kept:
            if gene.start - start > FIRST_WITHIN:
                break
        elif gene.start > kept[-1].end and not LIST_GLUE.match(_glue(text[kept[-1].end:gene.start])):
            break
        kept.append(gene)
    return kept


def _glue(gap: str) -> str:
    """A gap between listed targets without its potency notes: "VEGFR2 (IC50 = 2.4 nM) and, to a lesser extent,
    PDGFRβ" lists two targets."""
    return DEGREE.sub(" ", PARENTHESIS.sub(" ", gap))


class TargetExtractor(Extractor):
    """Drug → target relations stated as properties of a drug."""

    name = "targets"
    rule = "mechanistic.target"

    def extract(self, doc: Document) -> list[DrugTarget]:
        found: dict[tuple[str, str, str], DrugTarget] = {}
        previous_drug: str | None = None
        paragraph = -1
        for sentence in doc.sentences:
            para = paragraph_of(doc, sentence)
            if para != paragraph:
                previous_drug, paragraph = None, para
            text = view(sentence.text, self.vocabulary)
            for record in self._sentence(doc, sentence, text, previous_drug):
                key = (record.drug, record.target, record.relation)
                if key in found:
                    found[key].evidence.extend(record.evidence)
                else:
                    found[key] = record
            drugs = drug_mentions(text, self.vocabulary, [])
            if drugs:
                previous_drug = self._parent(drugs[0].id)
        return list(found.values())

    def _parent(self, drug_id: str) -> str:
        return self.vocabulary[drug_id].field("parent") or drug_id

    def _sentence(self, doc: Document, sentence: Sentence, text: str, previous: str | None) -> list[DrugTarget]:
        drugs = drug_mentions(text, self.vocabulary, [])
        genes = self.vocabulary.mentions(text, {"gene"})
        parts = clauses(text)
        out: list[DrugTarget] = []

        def agent(position: int) -> str | None:
            before = [d for d in drugs if d.end <= position]
            if before:
                return self._parent(before[-1].id)
            if previous and (PRONOUN_START.match(text) or PRONOUN_ANY.search(text[position:])
                             or SUBJECT_PRONOUN.search(text[:position])):
                return previous  # "At higher concentrations it also inhibits RET": the drug of the sentence before
            return None

        for relation, pattern in (("inhibits", INHIBITS), ("binds", BINDS), ("inhibits", PHOSPHORYLATION_BLOCKED)):
            for m in pattern.finditer(text):
                clause = clause_at(parts, m.start())
                stated = _apposition(text, m.start(), drugs) is not None or not hedged(text, clause, m.start())
                if not stated or NEGATION.search(text[clause.start:m.start()]):
                    continue
                if text[m.end():m.end() + 3].lower().startswith("ory"):
                    continue
                end = STOP.search(_without_degree(text), m.end(), clause.end)  # ", with lower potency, RET"
                span = (m.end(), end.start() if end else clause.end)
                drug = agent(m.start())
                if drug is None:
                    continue
                listed = _listed(text, m.end(), [g for g in genes if span[0] <= g.start < span[1]])
                if relation == "binds" and not listed and ITS_SITE.search(text, *span):
                    listed = _site_owner(text, clause.start, m.start(), genes)
                if relation == "inhibits" and not listed and OBJECT_IT.match(text[m.end():]):
                    listed = _joined_object(text, clause.start, m.start(), genes)  # "binds VEGFR-2 and inhibits it"
                for gene in listed:
                    form = gene_form(text, gene, genes, span)
                    if pattern is PHOSPHORYLATION_BLOCKED:
                        form = "phosphorylation"
                    if relation == "inhibits" and (form == "expression" or (
                            form == "phosphorylation" and not self._receptor_kinase(gene.id))):
                        continue
                    if GENE_MODIFIER_AFTER.match(text[gene.end:]):
                        continue
                    if PATHWAY_NAME_AFTER.match(text[gene.end:]):
                        continue
                    out.append(self._record(doc, sentence, drug, gene.id, relation, relation))
        for gene in genes:
            named = GENE_INHIBITOR.match(text[gene.end:])
            if named and not NEGATION.search(text[max(0, gene.start - 20):gene.start]):
                after = gene.end + named.end()
                named_drug = next((d for d in drugs if d.start >= after and DRUG_AFTER.match(text[after:d.start])),
                                  None)
                if named_drug is None and named.group().rstrip().lower().endswith("inhibitors"):
                    continue  # "strong CYP3A4 inhibitors": a class of other drugs, not a property of this one
                appositive = _apposition(text, gene.start, drugs)
                if named_drug is None and appositive is None and CLASS_MENTION.search(text, 0, gene.start):
                    continue  # "in the presence of a strong CYP3A4 inhibitor": any such drug, not this one
                chosen = named_drug or appositive
                drug = self._parent(chosen.id) if chosen else agent(gene.start)
                clause = clause_at(parts, gene.start)
                if drug and (appositive is not None or not hedged(text, clause, gene.start)):
                    out.append(self._record(doc, sentence, drug, gene.id, "inhibits", "named-inhibitor"))
        for m in PASSIVE_IC50.finditer(text):  # "VEGFR-1 was inhibited with an IC50 of 70 nmol/L"
            clause = clause_at(parts, m.start())
            subject = [g for g in genes if clause.start <= g.start and g.end <= m.start()]
            drug = agent(m.start()) or previous
            if drug and subject and not hedged(text, clause, m.start()) and not NEGATION.search(text, clause.start,
                                                                                              m.start()):
                out.extend(self._record(doc, sentence, drug, g.id, "inhibits", "passive-ic50") for g in subject)
        for gene in genes:  # "Camrelizumab, an anti-PD-1 antibody": a named antibody against its target
            antibody = ANTIBODY_AFTER.match(text[gene.end:])
            if antibody is None or text[max(0, gene.start - 5):gene.start].lower() != "anti-":
                continue
            after = gene.end + antibody.end()
            named_drug = next((d for d in drugs if d.start >= after and DRUG_AFTER.match(text[after:d.start])), None)
            chosen = named_drug or _apposition(text, gene.start, drugs)
            if chosen is not None:
                out.append(self._record(doc, sentence, self._parent(chosen.id), gene.id, "inhibits", "antibody"))
        if METABOLISM.search(text) and drugs:
            metabolism = METABOLISM.search(text)
            drug = self._parent(drugs[-1].id) if drugs[-1].start > metabolism.start() else self._parent(drugs[0].id)
            for gene in genes:
                clause = clause_at(parts, gene.start)
                if NEGATED_CLAUSE.search(text, clause.start, clause.end):
                    continue  # "CYP1A2 and CYP2C19 played no measurable role"
                if re.match(r"CYP|UGT|FMO|SULT|NAT\d", gene.entry.label):
                    out.append(self._record(doc, sentence, drug, gene.id, "metabolized_by", "metabolism"))
        return out

    def _receptor_kinase(self, gene_id: str) -> bool:
        """Blocked phosphorylation names a kinase inhibitor's target only for a (receptor) tyrosine kinase, whose
        phosphorylation is its own activity; "inhibited the phosphorylation of STAT3" is a downstream effect."""
        return bool(KINASE_NAME.search(self.vocabulary[gene_id].field("name") or ""))

    def _record(self, doc: Document, sentence: Sentence, drug: str, gene: str, relation: TargetRelation,
                rule: str) -> DrugTarget:
        ev = evidence(doc, sentence, f"{self.rule}.{rule}", 0.8, None)
        return DrugTarget(drug=drug, target=gene, relation=relation, evidence=[ev])


def _without_degree(text: str) -> str:
    """The text with its potency notes blanked out (same length), so that ", with lower potency," ends no list."""
    return DEGREE.sub(lambda m: " " * len(m.group()), text)


def _joined_object(text: str, start: int, position: int, genes: list) -> list:
    """"binds the ATP pocket of VEGFR-2 and inhibits it": "it" is the gene named just before "and" in the clause."""
    before = [g for g in genes if start <= g.start and g.end <= position]
    if not before or not re.fullmatch(r"\s+and\s+", text[before[-1].end:position]):
        return []
    return [before[-1]]


def _site_owner(text: str, start: int, position: int, genes: list) -> list:
    """"inhibits VEGFR-2 and binds with high affinity to its ATP-binding site": the site is the gene's named
    just before, as the object of the verb joined by "and"."""
    before = [g for g in genes if start <= g.start and g.end <= position]
    if not before or not re.fullmatch(r"\s+and\s+", text[before[-1].end:position]):
        return []
    return [before[-1]]


def _apposition(text: str, position: int, drugs: list) -> object | None:
    """"Whether apatinib, a small-molecule inhibitor of VEGFR-2, triggers ...": an apposition defining a drug is
    stated, even where the sentence around it asks a question; the drug mention it defines, else None."""
    m = APPOSITION.search(text, 0, position)
    if not m or HEDGE_BEFORE.search(m.group()):
        return None
    return next((d for d in drugs if re.fullmatch(r"\s*", text[d.end:m.start()])), None)
