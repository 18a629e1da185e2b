"""Which drugs each arm of a study received, read from the words around drug names.

Drugs named as earlier treatment ("prior bevacizumab", "unresponsive to previous chemotherapy",
"with failed chemotherapy") are not part of the regimen; "X or Y" after "randomly assigned to receive"
names two arms; a placebo or "X alone" is the comparator.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.ground.vocabulary import Mention, Vocabulary
from kg.models import Arm

PRIOR = re.compile(
    r"\b(?:prior|previous|previously|pretreated|pre-treated|failed|failure of|failing|refractory to|resistant to|"
    r"progressed (?:on|after)|progression (?:on|after)|intolerant to|unresponsive to|history of|"
    r"had (?:already )?(?:received|been treated with|been given|undergone)|"
    r"(?:\d|one|two|three|more|multiple|several)\s+(?:or more\s+)?(?:prior\s+)?lines? of)\b([^.;,]{0,45})$",
    re.IGNORECASE,
)
TREATMENT_CUE = re.compile(
    r"\b(?:receiv\w*|treat\w*|combin\w*|plus|adding|added|add-on|administ\w*|given|regimen|dose|dosing|mg|"
    r"assigned|monotherapy|arm|group|efficacy|effect\w*|study of|trial of|investigat\w*|evaluat\w*)\b|\+",
    re.IGNORECASE,
)
RANDOMISED = re.compile(
    r"\b(?:(?:assigned|allocated|randomi[sz]ed)(?:\s*\([^()]*\)|\s+(?:in a )?\d+\s*:\s*\d+(?: ratio)?)? "
    r"to(?: receive)?|"
    r"to receive|receiving|received|"
    r"(?:treated|managed)\b[^.;()]{0,60}?\bwith)\s+"
    r"((?:\([^()]*\)|[^.;]|\.(?=\d))+?)\s+"
    r"(?:or|versus|vs\.?|compared with)\s+(.+?)(?=\buntil\b|\bfor \d|[.;]|$)",
    re.IGNORECASE,
)
COHORTS = re.compile(
    r"\b\d+\s+(?:patients\s+)?(?:received|were treated with|were given|underwent)\s+((?:[^.;,]|\.(?=\d))+?)\s*,?\s+"
    r"(?:and|while|whereas)\s+\d+\s+(?:patients\s+)?(?:received|were treated with|were given|underwent|with)?\s*"
    r"((?:[^.;]|\.(?=\d))+?)(?=[.;]|$)",
    re.IGNORECASE,
)
# "randomly divided into observation group (apatinib combined with S-1) and control group (S-1 alone)"
# "assigned, according to prior taxane exposure, to cohort A (X plus Y) or cohort B (the same doublet plus Z)"
GROUPS_NAMED = re.compile(
    r"\b(?:divided|assigned|allocated|randomi[sz]ed|split)(?:\s*,[^,.;()]{1,60},)?\s+(?:in)?to\s+(?:an?\s+|the\s+)?"
    r"((?:[\w-]+\s+){0,3}?(?:group|arm|cohort)(?:\s+(?-i:[A-Z0-9]{1,2}))?)\s*\(([^()]+)\)\s*,?\s*(?:and|or)\s+"
    r"(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,3}?(?:group|arm|cohort)(?:\s+(?-i:[A-Z0-9]{1,2}))?)\s*\(([^()]+)\)",
    re.IGNORECASE,
)
# "a retrospective study comparing TACE plus apatinib with TACE alone found ..."
# "We compared whole-brain radiotherapy combined with apatinib against WBRT alone": "combined with" joins one arm
COMPARING = re.compile(r"\b(?:comparing|comparison of|(?:we|they|this (?:study|analysis)) compared)\s+"
                       r"((?:\([^()]*\)|[^.;,(]|\.(?=\d))+?)\s+"
                       r"(?:(?<!combined )(?<!plus )(?<!treated )with|to|versus|vs\.?|and|against)\s+"
                       r"((?:[^.;,]|\.(?=\d))+?)(?=\s+(?:found|showed|reported|revealed|demonstrated|observed)\b|[.;,(]|$)",
                       re.IGNORECASE)
# "apatinib (500 mg/day) plus capecitabine was compared with capecitabine alone in an open-label ... study"
COMPARED_WITH = re.compile(r"((?:\([^()]*\)|[^.;,(])+?)\s+(?:was|were)\s+compared\s+(?:with|to|against)\s+"
                           r"((?:[^.;,(]|\.(?=\d))+?)(?=\s+in\s+(?:an?|the|\d+)\b|[.;,(]|$)", re.IGNORECASE)
# "randomly divided into the observation group and the control group ... The control group was treated with S-1, and
# the observation group was given apatinib on the basis of the control group": groups named first, drugs later
GROUPS_LATER = re.compile(r"\b(?:divided|assigned|allocated|randomi[sz]ed|split)\s+(?:in)?to\s+(?:an?\s+|the\s+)?"
                          r"((?:[\w-]+\s+){0,2}?(?:group|arm))\s*,?\s*(?:and|or)\s+(?:an?\s+|the\s+)?"
                          r"((?:[\w-]+\s+){0,2}?(?:group|arm))\b(?!\s*\()", re.IGNORECASE)
GROUP_GIVEN = r"\b(?:the\s+)?{name}\s+(?:(?:was|were)\s+(?:treated with|given|administered)|received)\s+" \
              r"((?:\([^()]*\)|[^.;()]|\.(?=\d))+?)(?=,?\s*(?:and|while|whereas)\s+the\b|[.;]|$)"
ON_TOP_OF = re.compile(r"\bon the basis of (?:the\s+)?((?:[\w-]+\s+){0,2}?(?:group|arm))\b", re.IGNORECASE)
CONTROL = "drug.placebo"
CHEMOTHERAPY = "drug.chemotherapy"
# "investigator's choice of weekly paclitaxel, pegylated liposomal doxorubicin or topotecan": one arm of alternatives
CHOICE = re.compile(r"\b(?:investigator|physician|doctor|clinician)s?['’]?s?\s+choice\b|\btreatment of physician['’]?s?"
                    r"\s+choice\b", re.IGNORECASE)
OBSERVATION = "drug.observation"
# "... or to observation", "or observation alone": the comparator arm receives no treatment
NO_TREATMENT = re.compile(r"^\s*(?:to\s+)?(?:observation|watchful waiting)(?:\s+alone|\s+only)?\s*[,)]?\s*$",
                          re.IGNORECASE)
SAME = re.compile(r"^\s*(?:the\s+)?same\s+(?:doublet|triplet|regimen|combination|treatment|drugs|schedule)\b",
                  re.IGNORECASE)
SUBGROUP_CONTRAST = re.compile(r"\b(?:patients|those|subjects) (?:with|without|who|aged)\b|\bwithout\b", re.IGNORECASE)


def parent(drug: str, vocabulary: Vocabulary) -> str:
    """A salt's parent drug (apatinib mesylate → apatinib), else the drug itself."""
    return vocabulary[drug].field("parent") or drug if drug in vocabulary else drug


def drug_mentions(text: str, vocabulary: Vocabulary) -> list[Mention]:
    """Drug names in ``text``."""
    return vocabulary.mentions(text, {"drug"})


RECEIVING = re.compile(r"\b(?:were|was) (?:given|treated|administered)\b|\breceiv\w*\b|\bplus\b|\bcombined\b",
                       re.IGNORECASE)


def given(text: str, mention: Mention) -> bool:
    """The drug is named as part of the treatment under study, not as an earlier therapy."""
    prior = PRIOR.search(text[max(0, mention.start - 60):mention.start])
    if prior is None:
        return True
    # "previously untreated patients received X": a treatment verb after the cue; "previously received X" is not
    rest = re.sub(r"^\s*(?:received|been (?:treated with|given))\b", "", prior.group(1), flags=re.IGNORECASE)
    return RECEIVING.search(rest) is not None


def regimen(text: str, vocabulary: Vocabulary, require_cue: bool = False) -> list[str]:
    """Sorted drug ids given together in ``text`` (placebo excluded)."""
    found = set()
    for mention in drug_mentions(text, vocabulary):
        if not given(text, mention):
            continue
        window = text[max(0, mention.start - 60):mention.end + 60]
        if require_cue and not TREATMENT_CUE.search(window):
            continue
        found.add(parent(mention.id, vocabulary))
    found.discard(CONTROL)
    return sorted(found)


def randomised_arms(text: str, vocabulary: Vocabulary) -> list[Arm]:
    """Arms of 'randomly assigned to receive X or Y' or '68 received X and 74 received Y', experimental first."""
    text = UNTIL.sub(lambda m: " " * len(m.group(0)), text)
    arms = _with_or_without(text, vocabulary) or _alone_or_with(text, vocabulary)
    if arms:
        return arms
    for pattern in (GROUPS_NAMED, RANDOMISED, COHORTS, COMPARING, COMPARED_WITH):
        m = pattern.search(text)
        arms = _two_arms(m, vocabulary) if m else []
        if arms:
            return arms
    return _groups_later(text, vocabulary)


def _groups_later(text: str, vocabulary: Vocabulary) -> list[Arm]:
    """'divided into the observation group and the control group': each group's drugs from 'the X group was given
    ...', with 'on the basis of the Y group' adding Y's drugs; none unless both groups' drugs are found."""
    m = GROUPS_LATER.search(text)
    if not m:
        return []
    names = [m.group(1).strip(), m.group(2).strip()]
    told: dict[str, tuple[list[str], str]] = {}
    for name in names:
        given = re.search(GROUP_GIVEN.format(name=re.escape(name)), text[m.end():], re.IGNORECASE)
        if not given:
            return []
        told[name.lower()] = (regimen(SCHEDULE.sub(" ", given.group(1)), vocabulary), given.group(1).strip())
    arms: list[Arm] = []
    for name in names:
        drugs, said = told[name.lower()]
        basis = ON_TOP_OF.search(said)
        if basis and basis.group(1).strip().lower() in told and basis.group(1).strip().lower() != name.lower():
            drugs = sorted(set(drugs) | set(told[basis.group(1).strip().lower()][0]))
        if not drugs:
            return []
        arms.append(Arm(regimen=sorted(set(drugs)), label=f"{name} ({said})"))
    return arms if arms[0].regimen != arms[1].regimen else []


# "until progression or unacceptable toxicity": when treatment stops, not a second arm
UNTIL = re.compile(r"\buntil\s+(?:disease\s+)?(?:progression|death)[^.;()]{0,40}?\b(?:or|and)\s+"
                   r"(?:unacceptable|intolerable)\s+toxicit(?:y|ies)\b", re.IGNORECASE)
# "randomized 1:1 to nab-paclitaxel plus carboplatin with or without apatinib": chemotherapy with and without the drug
WITH_OR_WITHOUT = re.compile(r"(?:\b(?:assigned|allocated|randomi[sz]ed)\b[^.;]{0,40}?\bto\b|\breceiv\w*\b|"
                             r"\btreated with\b)((?:[^.;]|\.(?=\d)){1,200}?)\s+with or without\s+"
                             r"(?:the addition of\s+)?((?:[^.;,]|\.(?=\d)){1,80}?)(?=[.;,]|$)", re.IGNORECASE)
# "received apatinib, alone or with oral etoposide": the drug alone, and the drug with the other one
ALONE_OR_WITH = re.compile(r"\b(?:receiv\w*|treated with|given)\s+([^.;()]{1,60}?),?\s+(?:either\s+)?alone\s*,?\s+or\s+"
                           r"(?:with|plus|combined with|in combination with)\s+((?:[^.;,]|\.(?=\d)){1,80}?)(?=[.;,]|$)",
                           re.IGNORECASE)


def _with_or_without(text: str, vocabulary: Vocabulary) -> list[Arm]:
    """'X plus Y with or without Z' → arms X + Y + Z and X + Y."""
    m = WITH_OR_WITHOUT.search(text)
    if not m:
        return []
    base, added = regimen(SCHEDULE.sub(" ", m.group(1)), vocabulary), regimen(SCHEDULE.sub(" ", m.group(2)), vocabulary)
    if not base or not added or set(added) <= set(base):
        return []
    return [Arm(regimen=sorted(set(base) | set(added)), label=f"{m.group(1).strip()} with {m.group(2).strip()}"),
            Arm(regimen=base, label=f"{m.group(1).strip()} alone")]


def _alone_or_with(text: str, vocabulary: Vocabulary) -> list[Arm]:
    """'received X, alone or with Y' → arms X and X + Y."""
    m = ALONE_OR_WITH.search(text)
    if not m:
        return []
    base, added = regimen(m.group(1), vocabulary), regimen(m.group(2), vocabulary)
    if not base or not added or set(added) <= set(base):
        return []
    return [Arm(regimen=base, label=f"{m.group(1).strip()} alone"),
            Arm(regimen=sorted(set(base) | set(added)), label=f"{m.group(1).strip()} with {m.group(2).strip()}")]


# "apatinib with either everolimus (cohort A) or fulvestrant (cohort B)": the drug before 'either' is in both arms
EITHER = re.compile(r"\b(?:with|plus|and|combined with|in combination with)\s+either\b", re.IGNORECASE)
# "apatinib (500 mg/day during chemotherapy)": a dose bracket says when a drug is given, not another drug
SCHEDULE = re.compile(r"\(\s*\d+(?:\.\d+)?\s*(?:mg|g|µg|mcg)\b[^()]*\)", re.IGNORECASE)


def _two_arms(m: re.Match[str], vocabulary: Vocabulary) -> list[Arm]:
    """The two arms a comparison names, or none when either names no drug or both name the same."""
    if re.match(r"\s*\d+(?:\.\d+)?\s*(?:mg|g|µg|mcg|mg/kg|mg/m2|mg/m²)\b", m.group(2), re.IGNORECASE):
        return []  # "camrelizumab 200 mg or 3 mg/kg": two doses of one drug, not two arms
    arms: list[Arm] = []
    named = m.re is GROUPS_NAMED
    first, second = (m.group(2), m.group(4)) if named else (m.group(1), m.group(2))
    shared = EITHER.search(first)
    parts = (first[shared.end():], second) if shared else (first, second)
    common = regimen(SCHEDULE.sub(" ", first[:shared.start()]), vocabulary) if shared else []
    for index, part in enumerate(parts):
        own = regimen(SCHEDULE.sub(" ", part), vocabulary)
        if CHOICE.search(part):  # each patient got one of the drugs listed: an unnamed chemotherapy
            own = [CHEMOTHERAPY]
        if arms and SAME.match(part):  # "(the same doublet plus nab-paclitaxel)": the first arm's drugs and more
            own = sorted(set(own) | set(arms[0].regimen))
        drugs = sorted(set(own) | set(common)) if own else []
        drugs = drugs or (["drug.placebo"] if re.search(r"placebo", part, re.I) else [])
        drugs = drugs or ([OBSERVATION] if index and NO_TREATMENT.match(part) else [])
        if not drugs:
            return []
        label = f"{m.group(1 + 2 * index).strip()} ({part.strip()})" if named else part.strip()
        arms.append(Arm(regimen=drugs, label=label))
    if arms[0].regimen == arms[1].regimen:
        return []
    return arms


def passage_arms(text: str, vocabulary: Vocabulary, fallback: str | None = None) -> list[Arm]:
    """The arms a passage describes: randomised arms, else one arm of the drugs given (plus a placebo arm)."""
    arms = randomised_arms(text, vocabulary)
    if arms:
        return arms
    drugs = administered(text, vocabulary) or regimen(text, vocabulary, require_cue=True) or regimen(text, vocabulary)
    if not drugs and fallback:
        drugs = [fallback]
    arms = [Arm(regimen=drugs)] if drugs else []
    if arms and re.search(r"\bplacebo\b", text, re.IGNORECASE):
        arms.append(Arm(regimen=[CONTROL], label="placebo"))
    return arms


ADMINISTERED = re.compile(r"(?<!had )(?<!previously )(?<!already )\b(?:received|were (?:treated with|given)|"
                          r"(?P<passive>was (?:given|administered|escalated)|were administered))\s", re.IGNORECASE)
DRUG_SUBJECT = re.compile(r"^\W*(?:(?:the|oral)\s+)?$", re.IGNORECASE)


def administered(text: str, vocabulary: Vocabulary) -> list[str]:
    """The drugs the sentences saying what patients received name ('Patients received X plus Y'), if any do.

    A rationale or conclusion sentence ("combining PD-1 blockade and chemotherapy may improve") names drug classes
    that are not the regimen; the sentence that says what was given is the one to trust.
    """
    found: set[str] = set()
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])", text):
        m = ADMINISTERED.search(sentence)
        if not m:
            continue
        found.update(regimen(sentence[m.start():], vocabulary, require_cue=True))
        first = drug_mentions(sentence, vocabulary)[:1]
        if m.group("passive") and first and DRUG_SUBJECT.match(sentence[:first[0].start]):
            found.update(regimen(sentence[:m.start()], vocabulary))  # "Apatinib 500 mg was given daily, and S-1 ..."
    return sorted(found)


def dominant_drug(text: str, vocabulary: Vocabulary) -> str | None:
    """The drug a document is about: the one it names most often."""
    counts = Counter(parent(m.id, vocabulary) for m in drug_mentions(text, vocabulary))
    counts.pop(CONTROL, None)
    return counts.most_common(1)[0][0] if counts else None


def arm_for(hint: str, arms: list[Arm], vocabulary: Vocabulary, position: int = 0, versus: bool = False) -> int | None:
    """The arm a figure belongs to: the one the words next to it name, else its place in a comparison.

    'with placebo' / 'in the control group' → the placebo (or last) arm; 'the combination' → the arm with
    the most drugs; 'monotherapy' / 'alone' → the one with the fewest. A contrast between kinds of patients
    ('in those without liver metastases') is not a contrast between arms.
    """
    if not arms or (versus and len(arms) < 2):
        return None
    aliased = [i for i, a in enumerate(arms) if any(_names(alias, hint) and _whole_arm(alias, a, vocabulary)
                                                    for alias in aliases(a))]
    if len(aliased) == 1:
        return aliased[0]
    lacking = _lacking(hint, arms, vocabulary)
    if lacking is not None:
        return lacking
    named = set(regimen(hint, vocabulary))
    exact = [i for i, a in enumerate(arms) if named and set(a.regimen) == named]
    if len(exact) == 1:
        return exact[0]
    holding = [i for i, a in enumerate(arms) if named and named <= set(a.regimen)]
    if len(holding) == 1:
        return holding[0]
    if versus and not named and SUBGROUP_CONTRAST.search(hint):
        return None
    sizes = [len(a.regimen) for a in arms]
    if re.search(r"\b(?:placebo|control)\b", hint, re.IGNORECASE) and len(arms) > 1:
        placebo = [i for i, a in enumerate(arms) if a.regimen == [CONTROL]]
        return placebo[0] if placebo else len(arms) - 1
    if re.search(r"\bcombination\b", hint, re.IGNORECASE) and sizes.count(max(sizes)) == 1:
        return sizes.index(max(sizes))
    if re.search(r"\b(?:monotherapy|alone|single[- ]agent)\b", hint, re.IGNORECASE) and sizes.count(min(sizes)) == 1:
        return sizes.index(min(sizes))
    return position if position < len(arms) else None


def _whole_arm(alias: str, arm: Arm, vocabulary: Vocabulary) -> bool:
    """'chemotherapy (CT) alone' names its arm; '(WBRT) combined with apatinib' names one part of it."""
    named = drug_mentions(alias, vocabulary)
    if len(named) != 1 or named[0].end - named[0].start < len(alias):
        return True
    return {parent(named[0].id, vocabulary)} == set(arm.regimen)


WITHOUT = re.compile(r"\bwithout\s+(?:the\s+)?(?:addition of\s+)?([\w-]+)", re.IGNORECASE)


def _lacking(hint: str, arms: list[Arm], vocabulary: Vocabulary) -> int | None:
    """'76.1% without apatinib' → the one arm that does not contain the drug named after 'without'."""
    m = WITHOUT.search(hint)
    drugs = set(regimen(m.group(1), vocabulary)) if m else set()
    if not drugs:
        return None
    others = [i for i, a in enumerate(arms) if not drugs & set(a.regimen)]
    return others[0] if len(others) == 1 else None


def aliases(arm: Arm) -> list[str]:
    """Short names an abstract gives an arm: 'apatinib plus chemotherapy (A+CT)' → ['A+CT']; 'cohort A (...)'
    → ['cohort A']."""
    return re.findall(r"\(([A-Z][\w+/-]{0,11})(?:[;,][^()]*)?\)", arm.label or "") + group_names(arm)


def group_names(arm: Arm) -> list[str]:
    """The name of a lettered group: 'cohort A (sintilimab plus apatinib)' → ['cohort A']."""
    named = re.match(r"^((?:group|arm|cohort)\s+[A-Z0-9]{1,2})\s*\(", arm.label or "", re.IGNORECASE)
    return [named.group(1)] if named else []


def _names(alias: str, text: str) -> bool:
    return re.search(rf"(?<![\w+/-]){re.escape(alias)}(?![\w+/-])", text) is not None


COHORT = re.compile(r"^\W*(?:in|for|among|of) (?:the )?((?:[\w-]+ ){0,2}?[\w-]+) (cohort|subgroup|subset)\b",
                    re.IGNORECASE)
NOT_A_COHORT = re.compile(r"\b(?:placebo|control|comparator|combination|monotherapy|experimental|treatment|study)\b",
                          re.IGNORECASE)


def cohort_of(hint: str, vocabulary: Vocabulary) -> str | None:
    """'in the first-line cohort' → 'first-line cohort': figures of one regimen compared across patient cohorts."""
    m = COHORT.match(hint)
    if not m or NOT_A_COHORT.search(m.group(1)) or drug_mentions(m.group(1), vocabulary):
        return None
    return f"{m.group(1)} {m.group(2)}".lower()


# a single-arm study comparing its own patients: by dose, by subgroup or cohort, by a trait of the patients
WITHIN_STUDY = re.compile(r"\b\d+\s*mg\b|\bsubgroups?\b|\bcohorts?\b|\b(?:patients|those|subjects) (?:with|without|who|"
                          r"aged)\b|\b(?:patients|those|subjects) treated (?:in|as) (?:the )?\w+[- ]line\b|"
                          r"\b(?:in|among) (?:the )?[\w-]+-(?:positive|negative)\b", re.IGNORECASE)
# "5.5 mo in PD-L1-positive vs 5.7 mo in PD-L1-negative patients": groups by a marker's status
STATUS_GROUP = re.compile(r"\b(?:in|among) (?:the )?([\w-]+-(?:positive|negative))\b", re.IGNORECASE)
# "comparable between patients aged ≥75 years (5.1 mo) and those aged 70–74 years (5.6 mo)"
BETWEEN_GROUPS = re.compile(r"\bbetween\s+((?:patients|subjects|participants)\s+(?:with|without|who|aged)\b"
                            r"[^,;()]{1,60}?)\s*(?:\([^()]*\)\s*)?,?\s+and\s+((?:those|patients|subjects)\b[^,;()]{1,60}?)\s*(?=[,;(]|$)",
                            re.IGNORECASE)
# "37.0% in patients treated in the second line and 18.8% in those treated in the third line or later"
LINE_GROUP = re.compile(r"\b(?:patients|those|subjects) treated (?:in|as) (?:the )?(first|second|third|fourth|fifth)"
                        r"[- ]line( or later| or beyond)?\b", re.IGNORECASE)
# "as reported in an earlier trial" names another study; "reported in 13.8% of patients" gives this one's figure
OTHER_STUDY = re.compile(r"\bhistorical\b|\b(?:previous|prior|earlier|pivotal|registration|other)\s+(?:\w+\s+)?"
                         r"(?:study|trial|studies|trials|reports?)\b|\bliterature\b|\breported (?:in|by)\b(?!\s+\d)|"
                         r"\bpooled\b",
                         re.IGNORECASE)
GROUPS = re.compile(r"\b((?:patients|subjects|participants) (?:with|without|who|aged)\b[^,;()]{1,80}?)\s+"
                    r"(?:had|showed|achieved|experienced|reached)\b[^;()]*?\b(?:than|versus|vs\.?|compared with)\s+"
                    r"(?:\d+(?:\.\d+)?\s*(?:%|months?)?\s+(?:in|for|among)\s+)?"
                    r"((?:those|patients|subjects)\b[^,;()]{0,60}?)\s*(?=[,;(]|$)", re.IGNORECASE)

# "The median PFS of patients with X was 8.9 months, compared with 4.6 months in patients with Y"
OF_GROUPS = re.compile(r"\bof\s+((?:patients|subjects|participants) (?:with|without|who|aged)\b[^,;()]{1,80}?)\s+"
                       r"(?:was|were)\b[^;()]*?\b(?:compared with|versus|vs\.?|than)\s+"
                       r"\d+(?:\.\d+)?\s*(?:%|months?)?\s+(?:in|for|among)\s+"
                       r"((?:those|patients|subjects)\b[^,;()]{0,60}?)\s*(?=[,;(]|$)", re.IGNORECASE)


def groups_compared(sentence: str) -> bool:
    """The sentence compares groups of one study's patients, not the study with another."""
    return WITHIN_STUDY.search(sentence) is not None and OTHER_STUDY.search(sentence) is None


DOSE_GROUPS = re.compile(r"\b(\d+(?:\.\d+)?[\s-]*mg)(?:/d(?:ay)?)?\s+(?:and|or|vs\.?|versus)\s+(?:the\s+)?"
                         r"(\d+(?:\.\d+)?[\s-]*mg)(?:/d(?:ay)?)?\s+(?:[\w-]+\s+){0,2}?(?:groups?|arms?|cohorts?)\b",
                         re.IGNORECASE)
# "less common in the 250-mg group": patients grouped by the dose they received
DOSE_GROUP = re.compile(r"\b\d+(?:\.\d+)?[\s-]*mg(?:/d(?:ay)?)?\s+(?:starting[- ]dose\s+)?(?:groups?|arms?|cohorts?)\b",
                        re.IGNORECASE)


def dose_group_arm(sentence: str, arms: list[Arm]) -> int | None:
    """Figures of dose groups in a study whose arms differ by an added drug belong to the arm of the dosed drug
    alone (patients on 250 or 500 mg of apatinib, some with etoposide): the one arm every other arm contains."""
    if len(arms) < 2 or not (DOSE_GROUPS.search(sentence) or DOSE_GROUP.search(sentence)):
        return None
    common = set.intersection(*(set(a.regimen) for a in arms))
    alone = [i for i, a in enumerate(arms) if set(a.regimen) == common]
    return alone[0] if len(alone) == 1 else None


# "ORR was 33.3% in the whole population and 41.7% at the RP2D": the study's figure and that of one dose level
WHOLE_POPULATION = re.compile(r"^\W*(?:in|among|for|across)\s+(?:the\s+)?(?:whole|overall|entire|total|full)\s+"
                              r"(?:study\s+)?(?:population|cohort)\b|^\W*(?:in|among|for)\s+all\s+(?:\d+\s+)?"
                              r"(?:patients|participants|subjects)\b", re.IGNORECASE)
AT_DOSE_LEVEL = re.compile(r"^\W*at\s+the\s+(RP2D|MTD|recommended phase (?:2|II) dose|maximum tolerated dose)\b",
                           re.IGNORECASE)


def whole_or_level(hint: str, population: str | None) -> tuple[bool, str | None]:
    """Whether a figure of a single-arm study is its whole population's or one dose level's, and that level's
    population ('advanced BTC, RP2D')."""
    if WHOLE_POPULATION.match(hint):
        return True, None
    level = AT_DOSE_LEVEL.match(hint)
    if not level:
        return False, None
    return True, f"{population}, {level.group(1)}" if population else f"{level.group(1)} cohort"


def named_arms(sentence: str, arms: list[Arm]) -> list[int]:
    """The arms whose group names ('cohort A') the sentence uses."""
    return [i for i, a in enumerate(arms) if any(_names(name, sentence) for name in group_names(a))]


def group_label(sentence: str, hint: str, position: int) -> str | None:
    """'3.0 months (500 mg)' → '500 mg subgroup'; 'patients who X had longer OS than those who did not' → the groups."""
    dose = re.match(r"^\s*\((\d+(?:\.\d+)?\s*mg(?:/d(?:ay)?)?)\)", hint)
    if dose:
        return f"{dose.group(1)} subgroup"
    named = DOSE_GROUPS.search(sentence)
    if named and position < 2:
        dose = re.sub(r"[\s-]*mg$", " mg", named.group(position + 1))
        return f"{dose} subgroup"  # "between the 500 mg and 250 mg groups (4.4 vs 3.9 months)"
    doses = list(dict.fromkeys(re.findall(r"\((\d+(?:\.\d+)?\s*mg)\)", sentence)))
    if len(doses) == 2 and position < 2:
        return f"{doses[position]} subgroup"  # "3.0 (500 mg) and 3.4 months (750 mg), and OS 5.8 versus 6.2 months"
    lines = list(dict.fromkeys(f"{m.group(1).lower()}-line{m.group(2) or ''} subgroup"
                               for m in LINE_GROUP.finditer(sentence)))
    if len(lines) == 2 and position < 2:
        return lines[position]
    statuses = list(dict.fromkeys(m.group(1) for m in STATUS_GROUP.finditer(sentence)))
    if len(statuses) == 2 and position < 2:
        return f"{statuses[position]} subgroup"
    m = GROUPS.search(sentence) or OF_GROUPS.search(sentence) or BETWEEN_GROUPS.search(sentence)
    if m and position < 2:
        first, second = (g.strip().rstrip(".") for g in m.groups())
        return first if position == 0 else f"{second} ({first})"
    return None
