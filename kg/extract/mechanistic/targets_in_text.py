"""What changed: the gene products, processes and pathways named in an object phrase, with their form."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.mechanistic.forms import gene_form
from kg.ground.vocabulary import Mention, Vocabulary

TARGET_KINDS = {"gene", "process", "pathway"}
GENE_MODIFIER_AFTER = re.compile(
    r"^-?(?:mediated|induced|stimulated|triggered|evoked|dependent|related|associated|positive|negative|treated|targeted|driven|based"
    r"|overexpressing|expressing|deficient|knockdown|knockout|mutant|null|transfected|silenced)\b"
    r"|^\s*(?:inhibitors?|antagonists?|agonists?|ligands?|substrates?|knockdown|overexpression|over-expression"
    r"|silencing|siRNA|shRNA|-?positive cells|genotypes?|polymorphisms?|alleles?|variants?|carriers?)\b"
    r"|^\*\d",  # "the CYP2D6*10 genotype": the gene's variant, not its product
    re.I,
)
PROCESS_AS_MODIFIER = re.compile(r"^[\s-]*(?:associated\s+)?(?:proteins?|genes?|transporters?|pumps?|markers?)\b", re.I)
ANTI_BEFORE = re.compile(r"\banti-$", re.I)
RATIO_AFTER = re.compile(r"^\s*ratios?\b", re.I)
LOCATIVE_BEFORE = re.compile(r"\b(?:in|via|through|within)\s+(?:the\s+)?$", re.I)
CHANGE_IN = re.compile(r"\b(?:decrease|reduction|increase|decline|drop|change|rise|fall)s?\s+in\s+(?:the\s+)?$", re.I)
PATHWAY_SUFFIX = re.compile(r"\s*\b(?:signal(?:l)?ing|pathways?|axis|cascade|activity|activities)\b", re.I)
TUMOR_GROWTH = re.compile(r"\bgrowth\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:tumou?r\s+)?(?:xenografts?|tumou?rs?"
                          r"|allografts?)\b", re.I)
TUMOR_GROWTH_ID = "process.tumor-growth"
DRUG_ACCUMULATION = re.compile(r"\bintracellular\s+(?:[\w-]+\s+){1,3}?(?:accumulation|retention)\b", re.I)
DRUG_ACCUMULATION_ID = "process.drug-accumulation"
MARKER_INDEX = re.compile(r"^\s*(?:index|indices|indexes)\b", re.I)
ANAPHOR = re.compile(r"\bits\s+(?:(?:transport|efflux|kinase|enzymatic|catalytic)\s+)?"
                     r"(?P<word>phosphorylation|expression|activity|activation|function|levels?)\b", re.I)
MEASURE_PARENTHESIS = re.compile(r"\([^()]*\b(?:vs\.?|versus|P\s*[=<>≤])[^()]*\)")
ANAPHOR_FORM = {"phosphorylation": "phosphorylation", "activity": "activity", "activation": "activity",
                "function": "activity"}


@dataclass(frozen=True)
class Changed:
    """One thing an effect acts on: a vocabulary id, its form, and whether the text stated the form."""

    target: str
    form: str
    stated: bool
    position: int


ANALYSIS_SET_BEFORE = re.compile(r"\banalysis\s+(?:set|population)\s*\($", re.I)
ANALYSIS_SET_AFTER = re.compile(r"^\)?\s+(?:population|analysis\s+set|set)\b", re.I)


def target_mentions(text: str, vocabulary: Vocabulary) -> list[Mention]:
    """Target names of a sentence view; an adverse-event name ("reactive cutaneous capillary endothelial
    proliferation") holds no process of its own, and a cell-line name ("HEK293/ABCB1") no gene of its own."""
    lines = [(c.start, c.end) for c in vocabulary.mentions(text, {"cell"})]
    return [m for m in vocabulary.mentions(text, TARGET_KINDS | {"event"}) if m.entry.kind != "event"
            and not (m.entry.kind == "gene" and any(s <= m.start and m.end <= e for s, e in lines))
            and not (m.entry.kind == "gene" and _analysis_set(text, m))]


def _analysis_set(text: str, mention: Mention) -> bool:
    """"the full analysis set (FAS)", "the FAS population": a trial population that shares a gene symbol."""
    return bool(ANALYSIS_SET_BEFORE.search(text[:mention.start]) or ANALYSIS_SET_AFTER.match(text[mention.end:]))


def changed_in(text: str, span: tuple[int, int], mentions: list[Mention], vocabulary: Vocabulary,
               previous_gene: str | None = None) -> list[Changed]:
    """The targets named in ``text[span]``, in order; an "its phosphorylation" refers to ``previous_gene``;
    "the growth of 143B xenografts" is tumor growth. Names used as modifiers are left out: "anti-PD-1",
    "multidrug resistance protein", "the Bax/Bcl-2 ratio"."""
    start, end = span
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    genes = [m for m in inside if m.entry.kind == "gene"]
    listed = [m for m in inside if m.entry.kind in ("gene", "pathway")]  # "AKT/GSK-3β and NF-κB signaling"
    found: list[Changed] = []
    two_gene_ratio = _two_gene_ratios(text, genes)
    measures = [(p.start(), p.end()) for p in MEASURE_PARENTHESIS.finditer(text, start, end)]
    for m in inside:
        if m.entry.kind == "gene" and any(s < m.start < e for s, e in measures):
            continue  # "pericyte coverage (NG2+/CD31+ ratio 0.61 vs 0.34)": how a change was measured
        if m.entry.kind == "gene":
            if GENE_MODIFIER_AFTER.match(text[m.end:]) or ANTI_BEFORE.search(text[max(0, m.start - 5):m.start]):
                continue
            if m.start in two_gene_ratio:
                continue
            form = gene_form(text, m, listed, span) or _joined_to_pathway(text, m, inside)
            found.append(Changed(m.id, form or "expression", form is not None, m.start))
        elif m.entry.kind == "process":
            if _marker_index(text, m, genes):
                continue
            if not PROCESS_AS_MODIFIER.match(text[m.end:]):
                found.append(Changed(m.id, "process", True, m.start))
        elif not PATHWAY_SUFFIX.search(m.surface) and m.entry.field("members"):
            form = gene_form(text, m, genes, span)
            found.extend(Changed(g, form or "expression", form is not None, m.start)
                         for g in m.entry.field("members").split("|"))
        elif not _locative(text[max(0, m.start - 30):m.start]):
            members = _named_by_members(m.surface, vocabulary) or _listed_with_genes(text, m, genes)
            if members:
                found.extend(Changed(g, "activity", True, m.start) for g in members)
            else:
                found.append(Changed(m.id, "activity", True, m.start))
    if TUMOR_GROWTH_ID in vocabulary and not any(f.target == TUMOR_GROWTH_ID for f in found):
        grown = TUMOR_GROWTH.search(text, start, end)
        if grown and grown.end() <= end:
            found.append(Changed(TUMOR_GROWTH_ID, "process", True, grown.start()))
    if DRUG_ACCUMULATION_ID in vocabulary and not any(f.target == DRUG_ACCUMULATION_ID for f in found):
        held = DRUG_ACCUMULATION.search(text, start, end)  # "increased intracellular doxorubicin accumulation"
        if held and held.end() <= end:
            found.append(Changed(DRUG_ACCUMULATION_ID, "process", True, held.start()))
    if not found and previous_gene:
        anaphor = ANAPHOR.search(text, start, end)
        if anaphor:
            word = anaphor.group("word").lower()
            found.append(Changed(previous_gene, ANAPHOR_FORM.get(word, "expression"), True, anaphor.start()))
    return found


def _marker_index(text: str, process: Mention, genes: list[Mention]) -> bool:
    """"the Ki-67 proliferation index": the index measures the marker gene named before it, not a process."""
    gene_before = any(re.fullmatch(r"[\s-]*", text[g.end:process.start]) for g in genes if g.end <= process.start)
    return gene_before and bool(MARKER_INDEX.match(text[process.end:]))


def _listed_with_genes(text: str, pathway: Mention, genes: list[Mention]) -> list[str]:
    """"VEGFR2/ERK signaling": a pathway joined by a slash to a gene is read, like its neighbour, as its member
    genes."""
    joined = any(re.fullmatch(r"\s*/\s*", text[g.end:pathway.start]) for g in genes if g.end <= pathway.start)
    members = pathway.entry.field("members")
    return members.split("|") if joined and members else []


def _two_gene_ratios(text: str, genes: list[Mention]) -> set[int]:
    """Starts of genes in a ratio of two different genes ("the Bax/Bcl-2 ratio"): the direction belongs to the
    ratio, not to either gene. A ratio of one gene's forms ("LC3-II/LC3-I ratio") stays that gene's."""
    found: set[int] = set()
    for a, b in zip(genes, genes[1:]):
        if a.id != b.id and re.fullmatch(r"\s*/\s*", text[a.end:b.start]) and RATIO_AFTER.match(text[b.end:]):
            found.update({a.start, b.start})
    return found


def _locative(before: str) -> bool:
    """"in NF-κB signaling pathways" places an effect in a pathway; "a decrease in MAPK signaling" does not."""
    return bool(LOCATIVE_BEFORE.search(before)) and not CHANGE_IN.search(before)


def _named_by_members(surface: str, vocabulary: Vocabulary) -> list[str]:
    """Gene ids when a pathway is named by its member genes ("Akt/mTOR signaling"), else nothing."""
    core = PATHWAY_SUFFIX.sub("", surface).strip()
    genes = vocabulary.mentions(core, {"gene"})
    covered = set()
    for g in genes:
        covered.update(range(g.start, g.end))
    rest = "".join(ch for i, ch in enumerate(core) if i not in covered)
    if not genes or re.search(r"[A-Za-z0-9]", rest):
        return []
    return list(dict.fromkeys(g.id for g in genes))


def _joined_to_pathway(text: str, gene: Mention, inside: list[Mention]) -> str | None:
    """"VEGFR2/STAT3 signaling": a gene joined by a slash to a named pathway shares the pathway's activity form."""
    for m in inside:
        if m.entry.kind == "pathway" and m.start > gene.end and re.fullmatch(r"\s*/\s*", text[gene.end:m.start]):
            return "activity" if PATHWAY_SUFFIX.search(m.surface) else None
    return None
