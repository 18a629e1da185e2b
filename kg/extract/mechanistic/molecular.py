"""The "effects" extractor: agents → direction → target in a form, in a context, with the study's citation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.base import Extractor, evidence
from kg.extract.mechanistic import contexts as ctx
from kg.extract.mechanistic.agents import AgentPhrase, agent_phrases, contrasted
from kg.extract.mechanistic.discourse import Unit, cites, closing_citation, units
from kg.extract.mechanistic.effects import (
    ANTI_EFFECT,
    ARREST_ORPHAN,
    ARREST_VERB,
    ENHANCED_BY,
    SENSITIZE,
    Trigger,
    compose,
    intransitive,
    passive,
    postposed,
    stop_at,
    triggers,
)
from kg.extract.mechanistic.merging import merge
from kg.extract.mechanistic.targets_in_text import DRUG_ACCUMULATION, Changed, changed_in, target_mentions
from kg.extract.mechanistic.text import Clause, clause_at, clauses, general, hedged, view
from kg.ingest.documents import Document, Sentence
from kg.models import Direction, MolecularEffect

INDUCED_BEFORE = re.compile(r"([\w-]+?)-(?:induced|mediated|triggered)\s+$")
DEFINITION = re.compile(r"\b(?:is|was)\s+(?:(?:thus|therefore|hence|then)\s+)?(?:a|an)\b[^.;]*?"
                        r"\b(?:inhibitors?|drugs?|agents?|compounds?|antibod\w+)\b",
                        re.I)
ANTI_TARGET = {"angiogen": "process.angiogenesis", "tumo": "process.tumor-growth", "metasta": "process.metastasis",
               "prolif": "process.cell-proliferation"}
UNNAMED_COMBINATION = re.compile(r"\b(?:the|this|their|combined|dual)\s+(?:(?:triple|double|dual|two-drug|three-drug"
                                 r"|drug)\s+)?(?:combination|combined treatment|co-?treatment"
                                 r"|combination treatment|combination therapy)\b", re.I)
RESISTANT_SUBJECT = re.compile(r"\b[\w-]+-(?:resistant|refractory)\s+(?:\w+\s+){0,2}?(?:cells?|lines?|clones?"
                               r"|sublines?|tumou?rs?)\b", re.I)
BY_AGENT = re.compile(r"^\s+by\s+(?!\d|approximately|about|nearly|almost|more than|over\b|up to)", re.I)
PASSIVE_NEGATION = re.compile(r"(?:is|was|are|were|remained|(?:showed|displayed|exhibited)\s+no)\b", re.I)
KINASE_ASSAY = re.compile(r"\b(?:kinase|enzym\w*|cell-free|biochemical|binding)\s+assays?\b|\bIC50\s*[=<>≈]", re.I)
BOTH_DRUGS = re.compile(r"\b(?:both|the two)\s+(?:drugs|agents|compounds|inhibitors|TKIs)\b", re.I)
ELLIPTIC_NOT = re.compile(r"^\s+(?:did|does|do|could|was|were)\s+not\s*(?:[.;,)]|$)", re.I)
OBJECT_IT = re.compile(r"\s*it\b(?!\s+(?:is|was|has|had)\b)", re.I)
NEITHER = re.compile(r"\bneither\b", re.I)
NON_DRUG_ASIDE = re.compile(r",\s*(?:when\s+)?(?:combined with|in combination with|together with|plus)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:blockade|antibod\w*|irradiation|radiation|radiotherapy|immunotherapy)\b[^,;]{0,40},",
                            re.I)
WHEREAS_BEFORE = re.compile(r"\b(?:whereas|while|but)\s+$", re.I)
NOMINAL = re.compile(r"(?:ion|ment|ade)$", re.I)
BY_PHRASE = re.compile(r"\s*by\s+(?!\d|approximately|about|nearly|almost|more|over|up\b)(?:the\s+)?", re.I)
WITH_PHRASE = re.compile(r"\s(?:with|using)\s+(?:the\s+)?", re.I)
AS_WAS = re.compile(r",?\s+as\s+(?:was|were|did|is|are)\s+", re.I)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
TRIGGER_JOIN = re.compile(r"^(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|-?fold))?\s*(?:,\s*)?(?:and\s+)?$", re.I)
PER_ARM = re.compile(r"\d(?:\.\d+)?\s*%\s*(?:\(|,|and|vs\.?|for)?[^;]{0,80}?\bfor\s+(?:the\s+)?$", re.I)
RESPECTIVELY_AFTER = re.compile(r"^(?:\s+alone)?,?\s+respectively\b", re.I)
VALUE_ARM_BEFORE = re.compile(r"\d(?:\.\d+)?\s*%?\s+(?:with|in|for)\s+(?:the\s+)?$", re.I)
VALUE_REACHED = re.compile(r"\s+(?:rates?\s+)?(?:reached|was|were|amounted\s+to)\s+\d", re.I)
RATE_AFTER = re.compile(r"^\s+(?:rates?|ratios?|percentages?)\b", re.I)
VALUE_FOR_BEFORE = re.compile(r"\d(?:\.\d+)?\s*%\s+for\s+(?:the\s+)?$", re.I)
CHANGE_NOUN = re.compile(r"^(?:accumulation|degradation|increase|decrease|reduction|elevation|loss|induction"
                         r"|up-?regulation|down-?regulation|suppression|inhibition)$", re.I)
GERUND_OPENS = re.compile(r"(?:^|[,;(]|\bthat|\band)\s*$", re.I)
_VALUE = r"(\d+(?:\.\d+)?)\s*(?:±\s*\d+(?:\.\d+)?\s*)?(?:[^\s\d,;()][^\s,;()]*\s+)?"  # "312 ± 64 mm3"
GROUP_COMPARISON = re.compile(
    rf"\b(?:was|were)\s+{_VALUE}in\s+the\s+(?P<arm>[^,;()]{{1,40}}?)\s+groups?\s*,?\s+(?:versus|vs\.?|compared\s+with)\s+"
    rf"{_VALUE}in\s+the\s+(?:vehicle|control|untreated|saline|placebo|model)(?:-treated)?\s+groups?\b", re.I)
COMBINATION_ARM = re.compile(r"(?:combination|combined(?:\s+treatment)?|co-?treatment)", re.I)
EITHER_OF = re.compile(r"\s*(?:the\s+)?(?P<form>expression|levels?|phosphorylation|activity)\s+of\s+(?:either|both"
                       r"|each|the two)\s+(?:of\s+the\s+)?(?:transporters?|proteins?|kinases?|receptors?|genes?"
                       r"|enzymes?|pumps?)\b", re.I)
FORM_OF = {"phosphorylation": "phosphorylation", "activity": "activity"}
TRANSPORT_FUNCTION = re.compile(r"\b(?:transport|efflux|pump)\s+(?:function|activity)\b", re.I)


@dataclass
class Reading:
    """What one sentence gives: its effects, the agent it leaves for the next sentence, its last gene."""

    effects: list[MolecularEffect] = field(default_factory=list)
    agent: tuple[str, ...] | None = None
    last_gene: str | None = None
    unstated: set[int] = field(default_factory=set)


class EffectExtractor(Extractor):
    """Molecular and cellular effects of drugs and combinations in preclinical models."""

    name = "effects"
    rule = "mechanistic.effect"

    def extract(self, doc: Document) -> list[MolecularEffect]:
        found: list[MolecularEffect] = []
        unstated: set[int] = set()
        require_citation = cites(doc)
        carry: tuple[str, ...] | None = None
        paragraph = -1
        for unit in units(doc):
            carry = carry if unit.paragraph == paragraph else None
            paragraph = unit.paragraph
            effects, carry = self._unit(doc, unit, require_citation, unstated, carry)
            found.extend(effects)
        return merge(found, unstated)

    def _unit(self, doc: Document, unit: Unit, require_citation: bool, unstated: set[int],
              carried: tuple[str, ...] | None = None) -> tuple[list[MolecularEffect], tuple[str, ...] | None]:
        """The effects of one study unit, and the agent it leaves for the next unit of its paragraph ("Wang et al.
        confirmed the inhibition of ERK phosphorylation": the drug the paragraph is about)."""
        sentences = [doc.sentences[i] for i in unit.sentences]
        views = [view(s.text, self.vocabulary) for s in sentences]
        named = [[m.id for m in ctx.context_mentions(v, self.vocabulary)
                  if self.vocabulary[m.id].field("kind") != "in_vivo" or ctx.syngeneic(m.id)] for v in views]
        carry: tuple[str, ...] | None = carried
        combination: tuple[str, ...] | None = None
        last_gene: str | None = None
        drugs_named: list[str] = []
        out: list[MolecularEffect] = []
        for position, (sentence, text) in enumerate(zip(sentences, views)):
            unit_contexts = _nearest_models(named, position)
            citation = closing_citation(sentence.text) or unit.citation
            reading = self._sentence(doc, sentence, text, citation, unit_contexts, carry, last_gene, combination,
                                     tuple(drugs_named[-2:]))
            for phrase in agent_phrases(text, self.vocabulary):
                for drug in (d for agents in phrase.sets if len(agents) == 1 for d in agents):
                    drugs_named = [d for d in drugs_named if d != drug] + [drug]
            carry = reading.agent or carry
            combination = carry if carry and len(carry) > 1 else combination
            last_gene = reading.last_gene
            if require_citation and citation is None:
                continue
            if general(text):
                continue
            out.extend(reading.effects)
            unstated |= reading.unstated
        return out, carry

    def _sentence(self, doc: Document, sentence: Sentence, text: str, citation: str | None,
                  unit_contexts: list[str], carry: tuple[str, ...] | None, last_gene: str | None,
                  combination: tuple[str, ...] | None = None, last_two: tuple[str, ...] = ()) -> Reading:
        vocab = self.vocabulary
        context_found = ctx.context_mentions(text, vocab)
        phrases = agent_phrases(text, vocab, [(m.start, m.end) for m in context_found])
        set_against = [p for p in phrases if contrasted(text, p) == "but-not"]
        elliptic = [p for p in phrases if WHEREAS_BEFORE.search(text[:p.start]) and ELLIPTIC_NOT.match(text[p.end:])]
        phrases = [p for p in phrases if not contrasted(text, p) and p not in elliptic]
        if len(last_two) == 2:  # "Both drugs reduced p-VEGFR2": each of the two drugs named last
            pair = ((last_two[0],), (last_two[1],))
            both = [AgentPhrase(m.start(), m.end(), pair) for m in BOTH_DRUGS.finditer(text)]
            phrases = sorted(phrases + both, key=lambda p: p.start)
        context = ctx.resolve([m.id for m in context_found], unit_contexts, vocab)
        mentions = target_mentions(text, vocab)
        parts = clauses(text)
        found = [t for t in compose(text, list(triggers(text))) if not _inside_name(text, t, mentions)]
        definition = DEFINITION.search(text)
        reading = Reading(last_gene=next((m.id for m in reversed(mentions) if m.entry.kind == "gene"), None))
        covered: list[tuple[int, int]] = []
        earlier: list[Changed] = []
        respective = _respective(text, found, parts)
        changes: list[tuple[Trigger, list[Changed], list[tuple[str, ...]]]] = []

        def emit(agents: tuple[str, ...], direction: Direction, item: Changed, rule: str, confidence: float) -> None:
            ev = evidence(doc, sentence, f"{self.rule}.{rule}", confidence, citation)
            effect = MolecularEffect(agents=list(agents), direction=direction, target=item.target, form=item.form,
                                     context=list(context), citation=citation, evidence=[ev])
            reading.unstated.update({id(effect)} if not item.stated else set())
            reading.effects.append(effect)
            reading.agent = agents

        for index, trig in enumerate(found):
            clause = clause_at(parts, trig.start)
            if hedged(text, clause, trig.start) or (definition and trig.start > definition.start()):
                continue
            if index in respective and respective[index] is None:
                continue  # "... increased by 2.1-fold and decreased by 58%, respectively": paired below
            if trig.enhancing and ENHANCED_BY.search(text, max(0, trig.start - 30), trig.end + 5):
                continue
            span = _noun_after_target(text, trig, mentions) or self._span(text, trig, found, index, clause)
            covered.append(span)
            items = changed_in(text, span, mentions, vocab, last_gene)
            if trig.word.lower() == "activated":  # "caspase-9 was activated": its activity changed
                items = [i if i.stated or not i.target.startswith("gene.") else Changed(i.target, "activity", True,
                                                                                       i.position) for i in items]
            directions = [trig.direction] * len(items)
            if index in respective:
                paired = len(items) == len(respective[index])
                items, directions = (items, [t.direction for t in respective[index]]) if paired else ([], [])
            if as_was := AS_WAS.match(text, trig.end):  # "p-AKT was decreased, as was phosphorylation of eNOS"
                stop = min([clause.end, *(t.start for t in found if t.start > as_was.end())])
                comma = text.find(",", as_was.end(), stop)
                extra = changed_in(text, (as_was.end(), comma if comma > 0 else stop), mentions, vocab, None)
                items, directions = items + extra, directions + [trig.direction] * len(extra)
            if not items and earlier and OBJECT_IT.match(text, span[0]):
                items = earlier  # "..., whereas their combination abolished it": the thing changed just before
            if not items and earlier and (either := EITHER_OF.match(text, span[0])):
                form = FORM_OF.get(either.group("form").lower(), "expression")  # "the expression of either transporter"
                items = [Changed(e.target, form, True, e.position) for e in earlier if e.target.startswith("gene.")]
            if not items:
                continue
            directions += [trig.direction] * (len(items) - len(directions))
            earlier = items
            first = min((t.start for t in found if clause.contains(t.start)), default=trig.start)
            subject_is_target = passive(text, trig) or intransitive(text, trig) or PASSIVE_NEGATION.match(trig.word)
            agent_sets = _by_agent(text, trig, span, clause, phrases)
            later = [t for t in found[index + 1:] if t.start >= span[1] and clause.contains(t.start)]
            if agent_sets is not None and later:
                continue  # "Inhibition of autophagy by chloroquine enhanced ...": the method, not a finding
            if agent_sets is None:
                agent_sets = self._agents(text, trig, clause, phrases, carry, [] if subject_is_target else mentions,
                                          first, bool(subject_is_target), combination)
            profiling = bool(KINASE_ASSAY.search(text))
            kept = []
            for item, direction in zip(items, directions):
                measured = TRANSPORT_FUNCTION.search(text, max(0, item.position - 40), item.position + 30)
                if self._target_fact(trig, item, [m.id for m in context_found], profiling) and not measured:
                    continue  # a measured "transport function" is an effect, not only the drug's target
                if profiling and direction == "no_effect" and item.target.startswith("gene.") and not measured:
                    continue  # "in kinase assays ... had little effect on EGFR": selectivity, not a measured effect
                kept.append(item)
                inducer = self._inducer(text, item)
                for agents in agent_sets:
                    if inducer and inducer not in agents:
                        agents = tuple(sorted({*agents, inducer}))
                    emit(agents, direction, item, "verb", 0.8)
                self._set_against(trig, clause, item, set_against, elliptic, reading, emit)
            changes.append((trig, kept, agent_sets))
        self._per_arm(text, found, phrases, mentions, changes, emit)
        self._group_comparison(text, parts, found, phrases, mentions, emit, combination)
        self._special(text, parts, phrases, context, carry, mentions, covered, emit, definition)
        self._enhanced_by(text, phrases, reading, mentions, emit)
        if reading.agent is None and phrases and phrases[-1].sets:
            reading.agent = phrases[-1].sets[-1]
        return reading

    @staticmethod
    def _set_against(trig: Trigger, clause: Clause, item: Changed, set_against: list[AgentPhrase],
                     elliptic: list[AgentPhrase], reading: Reading, emit) -> None:
        """"sorafenib, but not apatinib, decreased p-RAF" and "sorafenib induced apoptosis, whereas apatinib did
        not": the drug set against the subject had no effect on the same target."""
        if trig.direction == "no_effect":
            return
        agent = reading.agent
        others = [p for p in set_against if clause.start <= p.start < trig.start]
        others += [p for p in elliptic if p.start > trig.end]
        for phrase in others:
            for agents in phrase.sets:
                emit(agents, "no_effect", item, "set-against", 0.6)
        reading.agent = agent

    def _inducer(self, text: str, item: Changed) -> str | None:
        """"chloroquine enhanced apatinib-induced apoptosis": the drug that induced the changed process acts too."""
        m = INDUCED_BEFORE.search(text, max(0, item.position - 40), item.position)
        entry = self.vocabulary.lookup(m.group(1), {"drug"}) if m else None
        return (entry.field("parent") or entry.id) if entry else None

    @staticmethod
    def _span(text: str, trig: Trigger, found: list[Trigger], index: int, clause: Clause) -> tuple[int, int]:
        """The object phrase of a trigger: after it, or before it for passive and intransitive verbs."""
        if passive(text, trig) or intransitive(text, trig) or PASSIVE_NEGATION.match(trig.word):
            previous = [t.end for t in found[:index] if t.end <= trig.start and clause.contains(t.start)]
            start = max([clause.start, *previous])
            start = max(start, postposed(text, trig) or 0)
            aux = re.search(r"\b(?:is|was|are|were|be|been|being)\s+(?:also\s+)?(?:\w+ly\s+)?$", text[:trig.start])
            return (start, aux.start() if aux else trig.start)
        following = [t.start for t in found[index + 1:] if t.start >= trig.end]
        end = min([clause.end, *following])
        return (trig.end, stop_at(text, trig.end, end))

    @staticmethod
    def _agents(text: str, trig: Trigger, clause: Clause, phrases: list[AgentPhrase],
                carry: tuple[str, ...] | None, mentions: list, first: int | None = None,
                anywhere_after: bool = False, combination: tuple[str, ...] | None = None) -> list[tuple[str, ...]]:
        """The agent sets of a trigger: the nearest agent phrase before it in its clause, else after it, else the
        agent of the previous sentence when nothing else stands as subject; "the combination" is the study's last
        named combination."""
        phrases = [p for p in phrases if not VALUE_ARM_BEFORE.search(text[:p.start])]  # "from 14.8% with X alone"
        own = [p for p in phrases if clause.start <= p.start < clause.end]
        before = [p for p in own if p.end <= trig.start]
        if not before and not clause.relative:
            before = [p for p in phrases if p.end <= trig.start]
        unnamed = UNNAMED_COMBINATION.search(text[before[-1].end:trig.start]) if before else None
        if unnamed:
            named = [s for p in phrases if p.end <= trig.start for s in p.sets if len(s) > 1]
            singles = list(dict.fromkeys(d for p in before for s in p.sets if len(s) == 1 for d in s))
            chosen = named[-1] if named else combination
            their = unnamed.group().lower().startswith("their")
            if not named and (their or combination is None) and len(singles) >= 2:
                chosen = tuple(sorted(singles[-2:]))  # "neither X nor Y alone ..., whereas their combination"
            return [chosen] if chosen else []  # "... more than gefitinib alone, and the combination suppressed"
        neither = NEITHER.search(text, clause.start, trig.start)
        if before and neither:  # "neither apatinib nor cetuximab alone altered ...": each drug named
            return [s for p in before if p.start > neither.start() for s in p.sets] or list(before[-1].sets)
        if before and NON_DRUG_ASIDE.search(text, before[-1].end, trig.start):
            return []  # "apatinib ... and, combined with PD-L1 blockade, promotes": the pair acts, not the drug
        if before:
            return list(before[-1].sets)
        after = [p for p in own if p.start >= trig.end]
        if anywhere_after and BY_AGENT.match(text[trig.end:]) and not any(
                trig.end <= p.start <= trig.end + 12 for p in phrases):
            return []
        if not after and anywhere_after:
            after = [p for p in phrases if p.start >= trig.end]
        if after:
            return list(after[0].sets)
        if clause.relative or carry is None:
            return []
        if UNNAMED_COMBINATION.search(text[:trig.start]):  # "the combination raised X ..., while Y declined"
            chosen = carry if len(carry) > 1 else combination
            return [chosen] if chosen else []
        subject = [m for m in mentions if clause.start <= m.start < (trig.start if first is None else first)]
        if RESISTANT_SUBJECT.search(text, clause.start, trig.start):
            return []  # "apatinib-resistant cells showed upregulated AXL": a property of the cells, not a drug effect
        return [] if subject else [carry]

    def _per_arm(self, text: str, found: list[Trigger], phrases: list[AgentPhrase], mentions: list,
                 changes: list[tuple[Trigger, list[Changed], list[tuple[str, ...]]]], emit) -> None:
        """"inhibition rates were 38.2%, 29.5% and 67.9% for apatinib, irinotecan and the combination, respectively"
        and "by 71.4%, compared with 38.6% and 42.0% for docetaxel and apatinib alone, respectively": a change
        stated with its size for each arm is a change for each arm's agents."""
        self._value_with(text, phrases, changes, emit)
        for phrase in phrases:
            if VALUE_FOR_BEFORE.search(text[:phrase.start]) and not RESPECTIVELY_AFTER.match(text[phrase.end:]):
                self._value_for(phrase, changes, emit)  # "(inhibition rate 71.2% vs 18.4% for paclitaxel)"
                continue
            if not RESPECTIVELY_AFTER.match(text[phrase.end:]) or not PER_ARM.search(text[:phrase.start]):
                continue
            before = [t for t in found if t.end <= phrase.start and t.direction != "no_effect"]
            if not before:
                continue
            trig = before[-1]
            items = next((kept for t, kept, _ in changes if t == trig), [])
            if not items and RATE_AFTER.match(text[trig.end:]):  # "the tumor volume inhibition rates"
                items = [Changed(m.id, "process", True, m.start) for m in mentions
                         if m.entry.kind == "process" and re.fullmatch(r"\s*", text[m.end:trig.start])]
            for agents in phrase.sets:
                for item in items:
                    emit(agents, trig.direction, item, "per-arm", 0.7)

    @staticmethod
    def _value_with(text: str, phrases: list[AgentPhrase],
                    changes: list[tuple[Trigger, list[Changed], list[tuple[str, ...]]]], emit) -> None:
        """"tumour growth inhibition reached 64.7% with apatinib plus oxaliplatin, versus 27.9% with oxaliplatin
        alone": a change noun given a size for each of two or more arms is a change for each arm; the arm with most
        drugs is emitted last, so "the combination" of the next sentence is that arm."""
        for trig, items, _ in changes:
            if not items or trig.direction == "no_effect" or not NOMINAL.search(trig.word):
                continue
            if not VALUE_REACHED.match(text, trig.end):
                continue
            arms = [p for p in phrases if p.start > trig.end and VALUE_ARM_BEFORE.search(text[:p.start])
                    and ";" not in text[trig.end:p.start]]
            if len(arms) < 2:
                continue
            for agents in sorted({s for p in arms for s in p.sets}, key=len):
                for item in items:
                    emit(agents, trig.direction, item, "per-arm", 0.7)

    @staticmethod
    def _group_comparison(text: str, parts: list[Clause], found: list[Trigger], phrases: list[AgentPhrase],
                          mentions: list, emit, combination: tuple[str, ...] | None = None) -> None:
        """"the tumour weight was 0.58 g in the apatinib group versus 1.41 g in the vehicle group": two values of
        one measure, the drug's arm against the control arm, state the direction of the drug's effect; "the
        combination group" is the study's last named combination."""
        for m in GROUP_COMPARISON.finditer(text):
            clause = clause_at(parts, m.start())
            if any(clause.start <= t.start < m.end() for t in found):
                continue  # a direction word says it already
            measured = [x for x in mentions if clause.start <= x.start and x.end <= m.start()
                        and x.entry.kind == "process"]
            arm = [p for p in phrases if m.start("arm") <= p.start < m.end("arm")]
            sets = list(arm[0].sets) if len(arm) == 1 else []
            if not arm and combination and COMBINATION_ARM.fullmatch(m.group("arm")):
                sets = [combination]
            treated, control = float(m.group(1)), float(m.group(3))
            if len(measured) != 1 or not sets or treated == control:
                continue
            direction: Direction = "decreases" if treated < control else "increases"
            item = Changed(measured[0].id, "process", True, measured[0].start)
            for agents in sets:
                emit(agents, direction, item, "group-comparison", 0.6)

    @staticmethod
    def _value_for(phrase: AgentPhrase, changes: list[tuple[Trigger, list[Changed], list[tuple[str, ...]]]],
                   emit) -> None:
        """"inhibited tumor growth more than either drug alone (inhibition rate 71.2% vs 18.4% for paclitaxel and
        22.9% for apatinib)": a size stated for an arm is that arm's change of the thing last changed before it."""
        before = [(t, kept) for t, kept, _ in changes if t.end <= phrase.start and kept and t.direction != "no_effect"]
        if not before:
            return
        trig, items = before[-1]
        for agents in phrase.sets:
            for item in items:
                emit(agents, trig.direction, item, "per-arm", 0.7)

    @staticmethod
    def _target_fact(trig: Trigger, item: Changed, own_context: list[str], profiling: bool = False) -> bool:
        """"Apatinib inhibits VEGFR2" (a sentence naming no cell line or model of its own, a disease at most) and
        inhibition in a kinase assay ("inhibits VEGFR-2 kinase (IC50 = 1 nM)") state the drug's targets, not a
        measured effect in a model."""
        gene = item.target.startswith("gene.")
        if not (gene and trig.inhibit_family):
            return False
        models = [i for i in own_context if ctx.tier(i) < 3]
        return profiling or (not item.stated and not models) or (item.form == "activity" and not own_context)

    def _special(self, text: str, parts: list[Clause], phrases: list[AgentPhrase], context: list[str],
                 carry: tuple[str, ...] | None, mentions: list, covered: list[tuple[int, int]], emit,
                 definition: re.Match[str] | None) -> None:
        """Phrases whose direction lies in the word itself: antiangiogenic effects, sensitising, arrest."""
        for m in ANTI_EFFECT.finditer(text):
            clause = clause_at(parts, m.start())
            if hedged(text, clause, m.start()) or (definition and m.start() > definition.start()):
                continue
            target = next(v for k, v in ANTI_TARGET.items() if k in m.group("kind").lower())
            if target == "process.tumor-growth" and not ctx.IN_VIVO & set(context):
                continue
            trig = Trigger(m.start(), m.end(), "decreases", m.group("verb"))
            partner = next((p for p in phrases if re.fullmatch(r"\s+of\s+(?:the\s+)?", text[m.end():p.start])), None)
            for agents in self._agents(text, trig, clause, phrases, carry, []):
                if partner is not None and trig.enhancing and len(partner.sets) == 1:
                    agents = tuple(sorted(set(agents) | set(partner.sets[0])))
                emit(agents, "decreases", Changed(target, "process", True, m.start()), "anti-effect", 0.7)
        for phrase in phrases:
            m = SENSITIZE.search(text, 0, phrase.start)
            if not m or len(phrase.sets) != 1 or len(phrase.sets[0]) != 1:
                continue
            drug = self.vocabulary[phrase.sets[0][0]].label
            resistance = self.vocabulary.lookup(f"{drug} resistance", {"process"})
            if resistance is None:
                continue
            clause = clause_at(parts, m.start())
            trig = Trigger(m.start(), m.start() + 9, "decreases", "sensitize")
            for agents in self._agents(text, trig, clause, [p for p in phrases if p is not phrase], carry, []):
                emit(agents, "decreases", Changed(resistance.id, "process", True, m.start()), "sensitize", 0.7)
        for mention in mentions:
            if mention.entry.kind != "process" or not ARREST_ORPHAN.search(mention.entry.label):
                continue
            if any(s <= mention.start < e for s, e in covered):
                continue
            clause = clause_at(parts, mention.start)
            if hedged(text, clause, mention.start):
                continue
            trig = Trigger(mention.start, mention.end, "increases", "arrest")
            for agents in self._agents(text, trig, clause, phrases, carry, []):
                emit(agents, "increases", Changed(mention.id, "process", True, mention.start), "arrest", 0.6)
        arrest = self.vocabulary.lookup("cell cycle arrest", {"process"})
        for m in ARREST_VERB.finditer(text) if arrest is not None else ():
            clause = clause_at(parts, m.start())
            if hedged(text, clause, m.start()):
                continue
            trig = Trigger(m.start(), m.end(), "increases", m.group())
            for agents in self._agents(text, trig, clause, phrases, carry, []):
                emit(agents, "increases", Changed(arrest.id, "process", True, m.start()), "arrest-verb", 0.6)

    def _enhanced_by(self, text: str, phrases: list[AgentPhrase], reading: Reading, mentions: list, emit) -> None:
        """"The effects of cisplatin ... were enhanced by apatinib": the same effects hold for the combination;
        "cisplatin-induced apoptosis was enhanced by apatinib": the combination increases apoptosis."""
        m = ENHANCED_BY.search(text)
        if not m:
            return
        enhancer = next((p for p in phrases if p.start >= m.end() - 1 and p.start <= m.end() + 2), None)
        if enhancer is None or len(enhancer.sets) != 1:
            return
        if not reading.effects:
            for drug in self.vocabulary.mentions(text[:m.start()], {"drug"}):
                induced = re.match(r"-(?:induced|triggered|mediated)\s+", text[drug.end:])
                process = next((p for p in mentions if drug.end < p.start <= drug.end + 12
                                and p.entry.kind == "process"), None)
                if induced and process is not None:
                    agents = tuple(sorted({self.vocabulary[drug.id].field("parent") or drug.id, *enhancer.sets[0]}))
                    emit(agents, "increases", Changed(process.id, "process", True, process.start), "enhanced-by", 0.7)
            return
        extra = []
        for effect in reading.effects:
            combined = tuple(sorted(set(effect.agents) | set(enhancer.sets[0])))
            if combined == tuple(effect.agents):
                continue
            copy = effect.model_copy(update={"agents": list(combined)}, deep=True)
            if id(effect) in reading.unstated:
                reading.unstated.add(id(copy))
            extra.append(copy)
        reading.effects.extend(extra)
        if extra:
            reading.agent = tuple(extra[-1].agents)


def _by_agent(text: str, trig: Trigger, span: tuple[int, int], clause: Clause,
              phrases: list[AgentPhrase]) -> list[tuple[str, ...]] | None:
    """"Inhibition of autophagy by (or with) chloroquine": a nominal trigger opening its clause takes its agent from the
    by-phrase after its object (nothing when that agent is not a known drug); None where the pattern is absent."""
    gerund = GERUND_OPENS.search(text, clause.start, trig.start) if trig.word.lower().endswith("ing") else None
    opener = gerund.start() if gerund else clause.start  # "..., and that blocking autophagy with 3-MA enhanced"
    if not (NOMINAL.search(trig.word) or gerund) or any(opener <= p.start < trig.start for p in phrases):
        return None
    by = BY_PHRASE.match(text, span[1])
    means = [m for m in WITH_PHRASE.finditer(text, span[0], span[1])
             if any(m.end() <= p.start <= m.end() + 12 for p in phrases)]
    if not by and not means:
        return None
    after = by.end() if by else means[0].end()
    named = [p for p in phrases if after <= p.start <= after + 12]
    return list(named[0].sets) if named else []


def _inside_name(text: str, trig: Trigger, mentions: list) -> bool:
    """A change noun that is part of a process name ("the intracellular accumulation of rhodamine 123") is the
    thing changed, not a direction word."""
    spans = [(m.start, m.end) for m in mentions if m.entry.kind == "process"]
    spans += [(m.start(), m.end()) for m in DRUG_ACCUMULATION.finditer(text)]
    return bool(CHANGE_NOUN.match(trig.word)) and any(s <= trig.start and trig.end <= e for s, e in spans)


def _noun_after_target(text: str, trig: Trigger, mentions: list) -> tuple[int, int] | None:
    """"as evidenced by LC3-II accumulation and p62 degradation": a change noun right after the thing it changed,
    with no "of" after it, changes that thing."""
    if not CHANGE_NOUN.match(trig.word) or re.match(r"\s+(?:of|in)\b", text[trig.end:]):
        return None
    before = [m for m in mentions if m.end <= trig.start and re.fullmatch(r"[\s-]*", text[m.end:trig.start])]
    return (before[-1].start, before[-1].end) if before else None


def _respective(text: str, found: list[Trigger], parts: list[Clause]) -> dict[int, list[Trigger] | None]:
    """"The expression of NCOA4 and FTH1 was increased by 2.1-fold and decreased by 58%, respectively": passive
    direction words joined by "and" before "respectively" pair with the listed things in order. Maps the first
    word's index to all the words, and each later word's index to None."""
    out: dict[int, list[Trigger] | None] = {}
    index = 0
    while index < len(found):
        run = [index]
        while run[-1] + 1 < len(found) and TRIGGER_JOIN.match(text[found[run[-1]].end:found[run[-1] + 1].start]):
            run.append(run[-1] + 1)
        last = found[run[-1]]
        clause = clause_at(parts, found[index].start)
        tail = text[last.end:clause.end]
        if len(run) > 1 and passive(text, found[index]) and RESPECTIVELY.search(tail) and len(
                {found[i].direction for i in run}) > 1:
            out[index] = [found[i] for i in run]
            out.update({i: None for i in run[1:]})
        index = run[-1] + 1
    return out


def _nearest_models(named: list[list[str]], position: int) -> list[str]:
    """The models of the nearest earlier sentence of the unit that names a cell line or model, else of the nearest
    later one: the study's model as the text last stated it."""
    def useful(ids: list[str]) -> list[str]:
        return [i for i in ids if ctx.tier(i) < 3]

    for index in [*range(position - 1, -1, -1), *range(position + 1, len(named))]:
        if useful(named[index]):
            return useful(named[index])
    return []
