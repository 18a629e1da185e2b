"""The clinical extractor: studies, their arms, efficacy figures and adverse events, each with its evidence.

A study is a passage (or a table row, or both, joined by their citation) that reports results.
Facts cited with several references at once ("[77, 78]") go to the cited studies already known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.base import Extractor, evidence
from kg.ingest.documents import Document, Sentence
from kg.models import AdverseEvent, AnyRecord, Arm, Evidence, Outcome, Study

from . import studies
from .acronyms import definitions, expand
from .adverse_events import sentence_events
from .arms import (
    administered,
    arm_for,
    cohort_of,
    dominant_drug,
    dose_group_arm,
    group_label,
    groups_compared,
    named_arms,
    passage_arms,
    randomised_arms,
    regimen,
    whole_or_level,
)
from .event_tables import document_event_tables
from .numbers import DAYS_PER
from .outcomes import Finding, clauses, sentence_findings
from .passages import Passage, introduces_study, passages
from .tables import TableRow, document_rows

RULE = "clinical"
VERSUS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)
RANGE = re.compile(r"\d\s*[-–]\s*\d")  # "[28-30]": several studies cited at once
# "Across the two studies the median PFS was 4.8 and 6.0 months, respectively [31, 32]": one figure per cited study
ACROSS_CITED = re.compile(r"\brespectively\W{0,3}(\[\d+(?:\s*,\s*\d+)+\])")


@dataclass
class StudyText:
    """Everything a document says about one study: its passages' sentences and its table row."""

    key: str
    citation: str | None
    sentences: list[Sentence] = field(default_factory=list)
    row: TableRow | None = None
    context: list[Sentence] = field(default_factory=list)
    described: list[Sentence] = field(default_factory=list)
    table_events: list = field(default_factory=list)  # (row, EventFinding) pairs of an adverse-event table it cites

    @property
    def prose(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def header(self) -> str:
        """Title and background sentences before the study's own passage, then the passage."""
        return " ".join(s.text for s in self.context + self.sentences)


def table_count(row: TableRow) -> int | None:
    """The patient count of a table row's N column ('N = 168'), if it has one."""
    m = re.search(r"(?:^|; )N = (\d+)(?=;|$)", row.rest)
    return int(m.group(1)) if m else None


def row_sentence(row: TableRow) -> Sentence:
    """A table row as a pseudo-sentence, so its evidence points at the row's span in the file."""
    return Sentence(-1, row.text, row.start, row.end, -1, -1)


NO_COMPLETE = re.compile(r"\bno (?:patients? (?:achieved|had) (?:an? )?)?complete (?:responses?|remissions?)\b|"
                         r"\bno (?:CRs?|complete responders)\b", re.IGNORECASE)
PARTIAL = re.compile(r"\bpartial (?=responses?\b)", re.IGNORECASE)


def partial_as_objective(text: str, prose: str) -> str:
    """Where the study saw no complete response, its partial responses are its objective responses."""
    return PARTIAL.sub("objective ", text) if NO_COMPLETE.search(prose) else text


def members(citation: str | None) -> list[str]:
    """'[77, 78]' → ['[77]', '[78]']; a single citation has no members."""
    if not citation or "," not in citation:
        return []
    return [f"[{n.strip()}]" for n in citation.strip("[]").split(",")]


class ClinicalExtractor(Extractor):
    """Clinical evidence of trials and cohorts."""

    name = "clinical"

    def extract(self, doc: Document) -> list[AnyRecord]:
        """Studies with their outcomes and adverse events, from prose passages and table rows."""
        rows = {row.citation: row for row in document_rows(doc, self.vocabulary)}
        found: dict[str, StudyText] = {}
        described: list[Sentence] = []
        grouped: list[Passage] = []
        pending: list[Sentence] = []
        for number, passage in enumerate(passages(doc), start=1):
            key = passage.citation or f"study-{number}"
            if members(passage.citation) and all(m in rows for m in members(passage.citation)):
                grouped.append(passage)
                continue
            if passage.background:
                described += [s for s in passage.sentences if studies.OWN_STUDY.search(s.text)]
                continue
            if self._tail_of(passage, found):
                found[passage.follows].sentences.extend(passage.sentences)
                continue
            if self._after_several(passage):
                continue
            if self._continues(passage, found):
                found[list(found)[-1]].sentences.extend(passage.sentences)
                continue
            study = found.setdefault(key, StudyText(key, passage.citation))
            study.sentences.extend(passage.sentences)
            if passage.citation is None:
                study.context, pending = pending, []
                if not self._reports_results(passage):
                    pending = study.context + passage.sentences
        for citation, row in rows.items():
            found.setdefault(citation, StudyText(citation, citation)).row = row
        for table in document_event_tables(doc, self.vocabulary):
            if table.citation in found:  # the prose says which study and regimen the table's figures are of
                found[table.citation].table_events.extend(table.events)
        fallback = dominant_drug(doc.clean.text, self.vocabulary)
        records: list[AnyRecord] = []
        built: dict[str, Study] = {}
        for study in found.values():
            if study.citation is None:
                study.described = described
            made = self.study_records(doc, study, fallback)
            if made:
                built[study.key] = made[0]
                records.extend(made)
        for passage in grouped:
            records.extend(self.grouped_records(doc, passage, built, rows))
        records.extend(self.across_cited_records(doc, built))
        return records

    def across_cited_records(self, doc: Document, built: dict[str, Study]) -> list[Outcome]:
        """'the median PFS was 4.8 and 6.0 months, respectively [31, 32]': each figure to its single-arm study."""
        out: list[Outcome] = []
        for sentence in doc.sentences:
            m = ACROSS_CITED.search(sentence.text)
            cited = [built.get(c) for c in members(m.group(1))] if m else []
            if not cited or not all(s is not None and len(s.arms) == 1 for s in cited):
                continue
            found = [f for f in sentence_findings(sentence.text, self.vocabulary) if f.versus]
            if len(found) != len(cited) or sorted(f.arm for f in found) != list(range(len(cited))):
                continue
            for f in found:
                study = cited[f.arm]
                f.arm, f.versus, f.hint, f.p_value = 0, False, "", None
                out.extend(self.outcome_records(doc, study, study.arms, [(sentence, f)], m.group(1)))
        return out

    def _continues(self, passage: Passage, found: dict[str, StudyText]) -> bool:
        """A safety paragraph after an uncited study's results ('Adverse events of any grade included ...') that
        introduces no study of its own belongs to that study."""
        previous = list(found.values())[-1] if found else None
        if passage.citation is not None or previous is None or previous.citation is not None:
            return False
        if self._reports_results(passage) or studies.INTRO_WORDS.search(passage.text):
            return False
        return any(sentence_events(c, self.vocabulary, s.text) for s in passage.sentences for _, c in clauses(s.text))

    def _tail_of(self, passage: Passage, found: dict[str, StudyText]) -> bool:
        """A review cites a trial once and gives its figures in the sentences that follow, to the paragraph's end
        ('... phase III trial [24]. Median OS was 8.1 months ...'): those sentences belong to the cited study."""
        if passage.citation is not None or passage.follows not in found or members(passage.follows) or \
                RANGE.search(passage.follows) or introduces_study(passage.sentences[0].text):
            return False
        return self._reports_results(passage) or any(
            sentence_events(c, self.vocabulary, s.text) for s in passage.sentences for _, c in clauses(s.text))

    def _after_several(self, passage: Passage) -> bool:
        """Figures right after a citation of several studies ('[28-30]. A pCR was seen in 15.0%') to the paragraph's
        end: which study they belong to is not said, so they are not read."""
        return passage.citation is None and passage.follows is not None and \
            bool(members(passage.follows) or RANGE.search(passage.follows)) and self._reports_results(passage)

    def _reports_results(self, passage: Passage) -> bool:
        """The passage gives at least one efficacy figure."""
        return any(sentence_findings(s.text, self.vocabulary) for s in passage.sentences)

    # -- one study ------------------------------------------------------------------------------
    def study_records(self, doc: Document, study: StudyText, fallback: str | None) -> list[AnyRecord]:
        """The study and its facts, or nothing when the text reports no results for it."""
        prose, vocab = study.prose, self.vocabulary
        subgroups = "subgroup" in prose.lower()
        outcomes = [(s, f) for s in study.sentences
                    for f in sentence_findings(partial_as_objective(s.text, prose), vocab, subgroups)]
        if study.row:
            row_findings = sentence_findings(study.row.rest, vocab)
            compared = VERSUS.split(study.row.regimen_text)
            for f in row_findings:  # "TACE + apatinib vs TACE ... 61.9 vs 42.9": each figure is its regimen's
                if f.versus and len(compared) > 1 and f.arm < len(compared):
                    f.hint = compared[f.arm]
            outcomes += [(row_sentence(study.row), f) for f in self._not_contradicting(row_findings, outcomes)]
        events = [(s, e) for s in study.sentences for _, c in clauses(s.text)
                  for e in sentence_events(c, vocab, s.text)] + study.table_events
        if not outcomes and not events and not study.row:
            return []
        if not outcomes and not study.row and not studies.INTRO_WORDS.search(prose):
            return []
        arms = self.arms(study, fallback)
        if not arms:
            return []
        expand(arms, prose + " " + (study.row.text if study.row else ""), definitions(doc.text, vocab))
        record = self.study(doc, study, arms)
        out: list[AnyRecord] = [record]
        out.extend(self.outcome_records(doc, record, arms, outcomes, study.citation))
        out.extend(self.event_records(doc, record, arms, events, study.citation))
        return out

    def arms(self, study: StudyText, fallback: str | None) -> list[Arm]:
        """Randomised arms, else the table row's regimen, else the drugs the passage gives."""
        vocab = self.vocabulary
        randomised = randomised_arms(study.prose, vocab) or \
            (randomised_arms(study.header, vocab) if study.context else [])
        if randomised:
            return randomised
        if study.row:
            compared = [regimen(part, vocab) for part in VERSUS.split(study.row.regimen_text)]
            if len(compared) == 2 and all(compared) and compared[0] != compared[1]:
                return [Arm(regimen=drugs, label=part) for drugs, part in
                        zip(compared, VERSUS.split(study.row.regimen_text))]
            drugs = regimen(study.row.regimen_text, vocab)
            arms = [Arm(regimen=drugs)] if drugs else []
            if arms and re.search(r"\bplacebo\b", study.row.text + " " + study.prose, re.IGNORECASE):
                arms.append(Arm(regimen=["drug.placebo"], label="placebo"))
            return arms
        if study.context and not administered(study.prose, vocab) and administered(study.header, vocab):
            return passage_arms(study.header, vocab, fallback)  # a Methods paragraph before the results says it
        return passage_arms(self._through_results(study), vocab, fallback)

    def _through_results(self, study: StudyText) -> str:
        """The passage up to its last sentence of figures: a remark after it ('In addition, X plus Y was
        reported to be well tolerated') names another regimen, not this study's."""
        texts = [s.text for s in study.sentences]
        last = max((i for i, t in enumerate(texts) if sentence_findings(t, self.vocabulary)), default=None)
        if last is None or any(sentence_events(c, self.vocabulary, t) for t in texts[last + 1:] for _, c in clauses(t)):
            return study.prose
        return " ".join(texts[:last + 1])

    def study(self, doc: Document, study: StudyText, arms: list[Arm]) -> Study:
        """The Study record: registry id, phase, design, size, population, dates and doses."""
        prose, vocab = study.prose, self.vocabulary
        text = study.header or (study.row.text if study.row else "")
        population, disease = studies.population(prose, vocab)
        if population is None and study.context:
            population, disease = studies.population(study.header, vocab)
        if population is None and study.citation is None:
            population, disease = studies.population(doc.clean.text, vocab)
        if population is None and study.row:
            population, disease = studies.population(study.row.rest, vocab)
        design = studies.design(text)
        if study.row:  # the table's Design cell ("RCT", spelt out in its footnote) adds what the prose leaves out
            design = sorted(set(design) | set(studies.design(study.row.rest)), key=studies.design_order)
        described = " ".join(s.text for s in study.described)
        stated = [w for w in studies.design(described) if w not in design]
        if stated:  # "Background: This open-label, single-arm phase Ib/II study aimed to ..."
            design = sorted(design + stated, key=studies.design_order)
        if len(arms) > 1 and "controlled" not in design and re.search(r"\bcontrol (?:group|arm)\b|\bplacebo\b",
                                                                       text, re.IGNORECASE):
            design.append("controlled")
        for dose in studies.doses(prose, vocab) or studies.doses(study.header, vocab):
            arm = next((a for a in arms if dose.drug in a.regimen), None)
            if arm is not None and all(d.drug != dose.drug for d in arm.doses):
                arm.doses.append(dose)
        start, end = studies.dates(prose)
        sentences = study.sentences[:1] + ([row_sentence(study.row)] if study.row else [])
        return Study(
            key=study.key, citation=study.citation, registry_id=studies.registry_id(text),
            phase=studies.phase(described) or studies.phase(text) or (study.row.phase if study.row else None),
            design=design, enrolled=(studies.enrolled(study.header) if study.context else studies.enrolled(prose)) or
            (table_count(study.row) if study.row else None),
            evaluated=studies.evaluated(prose),
            population=population, disease=disease, line_of_therapy=studies.line_of_therapy(prose),
            start_date=start, end_date=end, arms=arms,
            evidence=[evidence(doc, s, f"{RULE}.study", 0.8, study.citation) for s in sentences],
        )

    @staticmethod
    def _not_contradicting(row: list[Finding], prose: list[tuple[Sentence, Finding]]) -> list[Finding]:
        """Table figures, less those the prose gives the same number to under another endpoint."""
        def same_number(a: Finding, b: Finding) -> bool:
            return a.value == b.value and a.unit == b.unit and a.arm == b.arm and a.landmark == b.landmark
        return [f for f in row if not any(same_number(f, p) and f.endpoint != p.endpoint for _, p in prose)]

    # -- outcomes and events ---------------------------------------------------------------------
    def outcome_records(self, doc: Document, study: Study, arms: list[Arm], found: list[tuple[Sentence, Finding]],
                        citation: str | None) -> list[Outcome]:
        """Outcome records, one per arm, endpoint and value; a figure stated twice gets two evidences."""
        merged: dict[tuple, Outcome] = {}
        cohorts: list[str] = []
        for sentence, f in found:
            index = self.arm_index(f, arms)
            cohort = cohort_of(f.hint, self.vocabulary) if index is None and len(arms) == 1 and f.versus else None
            if cohort and f.arm == len(cohorts):
                cohorts.append(cohort)
            elif index is None and len(arms) == 1 and f.versus and not cohort and f.arm < len(cohorts) and \
                    re.search(r"\brespectively\b", sentence.text, re.IGNORECASE):
                cohort = cohorts[f.arm]  # "Median PFS was 5.7 and 5.5 months, respectively" after the cohorts are named
            within = named_arms(f.clause or sentence.text, arms) if f.versus and len(arms) > 1 else []
            dosed = dose_group_arm(sentence.text, arms) if f.versus else None
            if cohort:
                index, f.population, f.versus = 0, cohort, False
            elif len(within) == 1 and not named_arms(f.hint, arms):
                index = within[0]  # "Among PD-L1-positive patients in cohort A, 50.0%, versus 28.6% in ...": one arm
            elif dosed is not None:
                index, f.population = dosed, group_label(sentence.text, f.hint, f.arm) or f.population
            elif index is None and len(arms) == 1 and f.versus and whole_or_level(f.hint, study.population)[0]:
                index, f.population, f.versus = 0, whole_or_level(f.hint, study.population)[1], False
            elif index is None and len(arms) == 1 and f.versus and groups_compared(sentence.text):
                label = group_label(sentence.text, f.hint, f.arm)
                if label:
                    index, f.population, f.versus = 0, label, False
            if index is None:
                continue
            arm = arms[index]
            others = [a.regimen for i, a in enumerate(arms) if i != index] if f.versus else []
            key = (tuple(arm.regimen), f.endpoint, f.landmark, round(f.value * DAYS_PER.get(f.unit, 1.0), 1),
                   f.population if f.population != study.population else None)
            ev = evidence(doc, sentence, f"{RULE}.outcome", 0.8 if sentence.index >= 0 else 0.7, citation)
            if key in merged:
                self._add_evidence(merged[key], ev)
                continue
            merged[key] = Outcome(
                study_key=study.key, regimen=arm.regimen, population=f.population or study.population,
                endpoint=f.endpoint, landmark=f.landmark, statistic=f.statistic, value=f.value, unit=f.unit,
                ci_low=f.ci_low, ci_high=f.ci_high, p_value=f.p_value, hazard_ratio=f.hazard_ratio,
                timepoint=f.timepoint, compared_with=others[0] if others else None, evidence=[ev],
            )
        return list(merged.values())

    def arm_index(self, f: Finding, arms: list[Arm]) -> int | None:
        """The arm an efficacy figure belongs to; one stated beside another arm's 'not reached' only if named."""
        if f.named_only and len(arms) > 1:
            return arm_for(f.hint, arms, self.vocabulary, len(arms), f.versus)
        return arm_for(f.hint, arms, self.vocabulary, f.arm, f.versus)

    def event_records(self, doc: Document, study: Study, arms: list[Arm], found: list, citation: str | None,
                      ) -> list[AdverseEvent]:
        """AdverseEvent records: per-arm figures in arm order, a single figure to the arm its words name."""
        merged: dict[tuple, AdverseEvent] = {}
        for sentence, e in found:
            dosed = dose_group_arm(sentence.text, arms) if len(e.percents) > 1 else None
            if len(e.percents) > 1 and len(arms) == 1 and groups_compared(sentence.text):
                pairs = [(arms[0], percent) for percent in e.percents]  # "(10.6% vs 5.3%)" in two dose groups
            elif dosed is not None:
                pairs = [(arms[dosed], percent) for percent in e.percents]  # the 250-mg and 500-mg groups of one arm
            elif e.negated and len(arms) > 1 and not self._names_arm(sentence.text, arms):
                pairs = [(a, e.percents[0] if e.percents else None) for a in arms]  # "No treatment-related deaths"
            elif len(e.percents) > 1 and len(e.percents) != len(arms):
                continue
            elif len(e.percents) > 1:
                pairs = list(zip(arms, e.percents))
            elif e.only and len(arms) > 1 and arm_for(e.hint, arms, self.vocabulary) is not None:
                hinted = arm_for(e.hint, arms, self.vocabulary)
                pairs = [(a, e.percents[0] if i == hinted else 0.0) for i, a in enumerate(arms)]
            elif e.all_arms:
                pairs = [(a, e.percents[0] if e.percents else None) for a in arms]
            else:
                hinted = arm_for(e.hint, arms, self.vocabulary) or 0
                pairs = [(arms[hinted], e.percents[0] if e.percents else None)]
            for arm, percent in pairs:
                key = (tuple(arm.regimen), e.event, e.grade, percent)
                ev = evidence(doc, sentence, f"{RULE}.adverse-event", 0.75, citation)
                if key in merged:
                    self._add_evidence(merged[key], ev)
                    continue
                merged[key] = AdverseEvent(study_key=study.key, regimen=arm.regimen, event=e.event, grade=e.grade,
                                           percent=percent, evidence=[ev])
        return list(merged.values())

    def _names_arm(self, sentence: str, arms: list[Arm]) -> bool:
        """The sentence says which arm it speaks of: a drug, an arm's short name, or a group word."""
        return bool(regimen(sentence, self.vocabulary) or named_arms(sentence, arms) or
                    re.search(r"\b(?:groups?|arms?|cohorts?|placebo|control)\b", sentence, re.IGNORECASE))

    @staticmethod
    def _add_evidence(record: Outcome | AdverseEvent, ev: Evidence) -> None:
        """A second sentence stating the same fact adds evidence, not a record."""
        if ev not in record.evidence:
            record.evidence.append(ev)

    # -- facts cited to several studies at once ----------------------------------------------------
    def grouped_records(self, doc: Document, passage: Passage, built: dict[str, Study],
                        rows: dict[str, TableRow]) -> list[AnyRecord]:
        """'[77, 78]': design words go to every cited study; a figure to the one whose table row names it."""
        cited = [built[m] for m in members(passage.citation) if m in built]
        if not cited:
            return []
        text = passage.text
        for study in cited:
            study.design = sorted(set(study.design) | set(studies.design(text)), key=studies.design_order)
            study.evidence.append(evidence(doc, passage.sentences[0], f"{RULE}.study", 0.6, passage.citation))
        out: list[AnyRecord] = []
        for sentence in passage.sentences:
            for f in sentence_findings(sentence.text, self.vocabulary):
                naming = [s for s in cited if s.citation in rows and any(
                    m.id == f.endpoint for m in self.vocabulary.mentions(rows[s.citation].rest, {"endpoint"}))]
                target = naming[0] if len(naming) == 1 else cited[0]
                out.extend(self.outcome_records(doc, target, target.arms, [(sentence, f)], passage.citation))
            events = [(sentence, e) for _, c in clauses(sentence.text)
                      for e in sentence_events(c, self.vocabulary, sentence.text)]
            out.extend(self.event_records(doc, cited[0], cited[0].arms, events, passage.citation))
        return out
