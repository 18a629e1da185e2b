"""Cut a document into study passages: the run of sentences that describes one study.

A review closes each study's account with its citation ("... [68]."), so a sentence ending in a citation
ends a passage. An abstract or background text introduces each study in words ("A retrospective study",
"In another multicentre study", "Chen et al. published a study"), and there, where no citation closes
passages, a new paragraph starts a new topic. What an abstract's Background section says of earlier studies
is marked, so that it is not read as the abstract's own results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.base import CITATION
from kg.ingest.documents import Document, Sentence

INTRODUCES_STUDY = re.compile(
    r"(?<!\binto )(?<!\bto )(?<!\bor )"  # "enrolled into a first-line cohort or a second-line cohort": the same study
    r"(?<!\bcohort )(?<!\bgroup )(?<!\barm )"  # "in cohort A and was not reached in cohort B": a name, not an article
    r"\b(?:a|an|another|one|other|similar|second|third)\s+(?!total\b|series\b|number\b|variety\b)"
    r"(?:[\w/-]+,?\s+){0,6}?(?:study|trial|analysis|cohort)\b"
    r"(?!\s+(?:treatments?|drugs?|medications?|visits?|periods?|entry|sites?|protocol|procedures?)\b)"
    r"|\bet al\.?\s+(?:published|reported|investigated|conducted|performed|evaluated|showed|found|enrolled)"
    r"|\b(?:in|by)\s+(?:the\s+)?(?:study|trial)\s+(?:by|of|with)\b",
    re.IGNORECASE,
)
NOT_A_NEW_STUDY = re.compile(r"\b(?:subgroup|post[- ]hoc|exploratory|sensitivity|interim|final|multivariate|"
                             r"univariate|survival|statistical|pooled|safety|efficacy)\s+analysis\b", re.IGNORECASE)


def heading(words: str) -> re.Pattern[str]:
    """'Methods:' in any case, or a Lancet-style run-in heading ('Methods In this study ...')."""
    return re.compile(rf"^(?:\d+\s+)?(?:(?i:{words})\s*:|(?:{words})\s+(?=[A-Z][a-z]))")


BACKGROUND_HEADING = heading(r"Background|Introduction|Rationale|Context")
OWN_STUDY_HEADING = heading(r"Purpose|Objectives?|Aims?|Methods?|Patients and methods|Materials and methods|Design|"
                            r"Results|Findings|Conclusions?|Interpretation")
ENDS_WITH_CITATION = re.compile(CITATION.pattern + r"\s*[.;]?\s*$")
# "In the monotherapy trial [44], grade 3-4 hypertension ...", "... after oxaliplatin-based therapy [47]: 8 patients
# responded": a review sentence whose one citation stands before a comma or colon is about the cited study throughout
CITED_WITHIN = re.compile(CITATION.pattern + r"(?=\s*[,:])")


@dataclass
class Passage:
    """Consecutive sentences about one study, and the citation that closes them (if any)."""

    sentences: list[Sentence] = field(default_factory=list)
    citation: str | None = None
    background: bool = False
    follows: str | None = None  # the citation that closed the passage just before, when this one starts right after

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


def introduces_study(text: str) -> bool:
    """The sentence brings in a study of its own, not an analysis of the one at hand."""
    m = INTRODUCES_STUDY.search(text)
    return m is not None and not NOT_A_NEW_STUDY.search(m.group(0))


def _new_paragraph(doc: Document, before: Sentence, after: Sentence) -> bool:
    """A blank line lies between the two sentences in the original file."""
    return bool(re.search(r"\n[ \t]*\n", doc.text[before.end:after.start]))


SEMICOLON = re.compile(r";\s+")
# "... the median OS 7.8 months [5]; PFS did not differ ...": the citation closes the study's account mid-sentence
CITED_BEFORE = re.compile(r"\[\d+(?:\s*[-–,]\s*\d+)*\]\s*$")


def pieces(doc: Document, sentence: Sentence) -> list[Sentence]:
    """A sentence cut where a clause after a semicolon brings in another study ('...; another analysis of 45 ...')."""
    cuts = [m for m in SEMICOLON.finditer(sentence.text) if _opens_with_study(sentence.text[m.end():]) or
            CITED_BEFORE.search(sentence.text[:m.start()])]
    if not cuts:
        return [sentence]
    out, start = [], 0
    for end, restart in [(m.start() + 1, m.end()) for m in cuts] + [(len(sentence.text), len(sentence.text))]:
        clean_start, clean_end = sentence.clean_start + start, sentence.clean_start + end
        o_start, o_end = doc.clean.original_span(clean_start, clean_end)
        out.append(Sentence(sentence.index, sentence.text[start:end], o_start, o_end, clean_start, clean_end))
        start = restart
    return out


def _opens_with_study(clause: str) -> bool:
    """The clause begins by naming a study of its own."""
    m = INTRODUCES_STUDY.search(clause)
    return m is not None and m.start() <= 25 and introduces_study(clause[:m.end() + 40])


def cited_within(text: str) -> re.Match[str] | None:
    """The sentence's one citation, when it stands mid-sentence before a comma or colon."""
    cited = list(CITATION.finditer(text))
    if len(cited) != 1 or not cited[0].group(1).isdigit():  # "[31, 32]" speaks of several studies
        return None
    return CITED_WITHIN.match(text, cited[0].start())


def passages(doc: Document) -> list[Passage]:
    """The document's sentences grouped into study passages, in order."""
    by_paragraph = not any(ENDS_WITH_CITATION.search(s.text) for s in doc.sentences)
    found: list[Passage] = []
    current = Passage()
    previous: Sentence | None = None
    background = False
    for sentence in (piece for whole in doc.sentences for piece in pieces(doc, whole)):
        heading = None
        if by_paragraph:
            heading = "background" if BACKGROUND_HEADING.match(sentence.text) else \
                "own" if OWN_STUDY_HEADING.match(sentence.text) else None
        # "... phase III trial [24].\nA total of 372 patients ...\n\n": the uncited rest of a cited study's paragraph
        paragraph = previous is not None and _new_paragraph(doc, previous, sentence)
        starts_new = bool(current.sentences) and (
            introduces_study(sentence.text)
            or (paragraph and (by_paragraph or current.follows is not None))
            or (heading is not None and (heading == "background") != background)
        )
        if heading:
            background = heading == "background"
        if starts_new:
            found.append(current)
            current = Passage()
        current.background = background
        current.sentences.append(sentence)
        closing = ENDS_WITH_CITATION.search(sentence.text) or (None if by_paragraph else cited_within(sentence.text))
        if closing:
            current.citation = closing.group(0).strip(" .;")
            found.append(current)
            current = Passage(follows=current.citation)
        previous = sentence
    if current.sentences:
        found.append(current)
    return found
