"""How the clinical rules generalise: a build of abstracts written apart from the corpus, scored against their gold.

The abstracts in fixtures/heldout/clinical/corpus and the facts in gold.json were written before the rules were
read; rows are matched on the scoring keys of the project's scorer (SCHEMA.md "How a graph is scored").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.query import Source, run_query

HELDOUT = Path(__file__).parent / "fixtures" / "heldout" / "clinical"
DAYS = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25}
GRADES = {"3/4": "3-4", ">=3": "3-4", "≥3": "3-4"}
# section: (stored query, key fields); precision floor, recall floor (reached on the set, less a small margin)
SECTIONS = {
    "trials": ("trials", ("source", "ref"), 0.97, 0.97),
    "efficacy": ("efficacy-outcomes", ("source", "regimen", "endpoint", "value"), 0.97, 0.97),
    "adverse_events": ("adverse-events", ("source", "event", "grade", "percent"), 0.97, 0.97),
}


def text(value) -> str:
    """Lower case, single spaces, grade spellings unified."""
    s = re.sub(r"\s+", " ", str(value or "").strip().lower())
    return GRADES.get(s, s)


def drugs(value) -> str:
    """A regimen as sorted names, whether a list (gold) or an 'a + b' cell (query)."""
    items = value if isinstance(value, list) else re.split(r"\s*\+\s*", str(value or ""))
    return " + ".join(sorted(text(i) for i in items if text(i)))


def number(value, unit=None) -> str:
    """A number, durations in days, to the scorer's precision."""
    m = re.search(r"-?\d+(?:\.\d+)?", str(value if value is not None else ""))
    if not m:
        return ""
    factor = DAYS.get(text(unit).rstrip("s"), 1.0)
    x = float(m.group()) * factor
    return f"{x:.3g}" if factor != 1.0 else f"{x:.4g}"


def key(row: dict, fields: tuple[str, ...]) -> tuple:
    """The fields a row is matched on, normalised as the scorer does."""
    out = []
    for f in fields:
        if f == "regimen":
            out.append(drugs(row.get(f)))
        elif f in ("value", "percent"):
            out.append(number(row.get(f), row.get("unit")))
        elif f == "ref":
            out.append(re.sub(r"[^0-9]", "", str(row.get(f) or "")))
        else:
            out.append(text(row.get(f)))
    return tuple(out)


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, tuple[float, float, list, list]]:
    """Precision, recall, missed and spurious keys per section, from one build of the held-out abstracts."""
    out = tmp_path_factory.mktemp("heldout-clinical")
    build(HELDOUT / "corpus", out, show_progress=False)
    gold = json.loads((HELDOUT / "gold.json").read_text(encoding="utf-8"))
    result = {}
    for section, (query, fields, _, _) in SECTIONS.items():
        columns, rows = run_query(query, Source(graph=out / "apatinib-kg.ttl"))
        predicted = Counter(key(dict(zip(columns, r)), fields) for r in rows)
        expected = Counter(key(r, fields) for r in gold[section])
        matched = sum((predicted & expected).values())
        precision = matched / sum(predicted.values()) if predicted else 0.0
        recall = matched / sum(expected.values())
        result[section] = (precision, recall, sorted(expected - predicted), sorted(predicted - expected))
    return result


def test_gold_rows_use_the_schema_fields():
    gold = json.loads((HELDOUT / "gold.json").read_text(encoding="utf-8"))
    sources = set(gold["documents"])
    assert sources == {p.stem for p in (HELDOUT / "corpus").glob("*.txt")}
    for section, (_, fields, _, _) in SECTIONS.items():
        assert gold[section], section
        assert all(r["source"] in sources and set(fields) <= set(r) for r in gold[section])


@pytest.mark.parametrize("section", list(SECTIONS))
def test_heldout_precision(scores, section):
    precision, _, _, spurious = scores[section]
    assert precision >= SECTIONS[section][2], f"{section}: precision {precision:.3f}; spurious {spurious}"


@pytest.mark.parametrize("section", list(SECTIONS))
def test_heldout_recall(scores, section):
    _, recall, missed, _ = scores[section]
    assert recall >= SECTIONS[section][3], f"{section}: recall {recall:.3f}; missed {missed}"


def test_key_normalisation_matches_durations_and_regimens():
    assert number(6.5, "month") == number("198", "day")
    assert drugs("S-1 + apatinib") == drugs(["apatinib", "s-1"])
    assert key({"grade": "3/4"}, ("grade",)) == key({"grade": "3-4"}, ("grade",))


# -- the phrase families the held-out abstracts brought in, one sentence each ----------------------------------------
@pytest.fixture(scope="module")
def vocabulary():
    from kg.ground.vocabulary import default_vocabulary

    return default_vocabulary()


def findings(text: str, vocabulary) -> list[tuple[str, float, int]]:
    from kg.extract.clinical.outcomes import sentence_findings

    return [(vocabulary.label(f.endpoint), f.value, f.arm) for f in sentence_findings(text, vocabulary)]


def test_square_bracket_intervals_keep_a_comparison_together(vocabulary):
    text = "Median OS was 6.5 months [95% CI, 4.8 to 7.6] vs 4.7 months [95% CI, 3.6 to 5.4]; HR, 0.709; P = .0149."
    assert findings(text, vocabulary) == [("OS", 6.5, 0), ("OS", 4.7, 1)]


def test_a_response_achieved_by_a_share_of_patients_is_a_rate_not_a_difference(vocabulary):
    text = "An objective response was achieved by 10.7% of treated patients compared with 1.5% of those given placebo."
    assert findings(text, vocabulary) == [("ORR", 10.7, 0), ("ORR", 1.5, 1)]
    assert findings("Apatinib increased median PFS by 2.1 months.", vocabulary) == []


def test_whereas_it_was_joins_the_figures_of_two_arms(vocabulary):
    text = "The median OS was 13.8 months in the apatinib group, whereas it was 10.2 months in the sorafenib group."
    assert findings(text, vocabulary) == [("OS", 13.8, 0), ("OS", 10.2, 1)]


def test_earlier_therapy_is_not_part_of_the_regimen(vocabulary):
    from kg.extract.clinical.arms import regimen

    names = lambda text: [vocabulary.label(d) for d in regimen(text, vocabulary)]  # noqa: E731
    assert names("Patients who had received anthracycline-containing chemotherapy were treated with apatinib.") == \
        ["apatinib"]
    assert names("Patients who had failed at least one line of anthracycline-based chemotherapy were given "
                 "apatinib.") == ["apatinib"]


def test_arms_from_cohort_counts_and_not_from_two_doses_of_one_drug(vocabulary):
    from kg.extract.clinical.arms import randomised_arms

    arms = randomised_arms("A total of 142 patients: 68 received TACE plus apatinib and 74 received TACE alone.",
                           vocabulary)
    assert [sorted(vocabulary.label(d) for d in a.regimen) for a in arms] == [["TACE", "apatinib"], ["TACE"]]
    assert randomised_arms("Patients received camrelizumab 200 mg or 3 mg/kg every 2 weeks plus apatinib 250 mg "
                           "once daily.", vocabulary) == []
    arms = randomised_arms("Patients were randomly assigned (1:1) to apatinib plus paclitaxel and cisplatin or "
                           "paclitaxel and cisplatin alone.", vocabulary)
    assert [len(a.regimen) for a in arms] == [3, 2]


def test_adverse_event_lists_read_across_respectively_and_semicolons(vocabulary):
    from kg.extract.clinical.adverse_events import sentence_events
    from kg.extract.clinical.outcomes import clauses

    text = ("The most common grade 3/4 toxicities were hand–foot syndrome, proteinuria and elevated ALT, occurring "
            "in 15.3%, 13.6% and 6.8% of patients, respectively.")
    assert [(vocabulary.label(e.event), e.grade, e.percents) for e in sentence_events(text, vocabulary)] == [
        ("hand-foot syndrome", "3-4", [15.3]), ("proteinuria", "3-4", [13.6]), ("alt increased", "3-4", [6.8])]
    text = "Grade ≥3 adverse events occurred in 147 patients (77.4%); the most common was hypertension (34.2%)."
    events = [e for _, c in clauses(text) for e in sentence_events(c, vocabulary, text)]
    assert [(vocabulary.label(e.event), e.grade, e.percents) for e in events] == [("hypertension", "3-4", [34.2])]


# -- round 4 phrase families ---------------------------------------------------------------------------------------
def test_a_methods_paragraph_before_the_results_gives_the_regimen_dose_and_size(vocabulary, tmp_path):
    from kg.extract.clinical import ClinicalExtractor
    from kg.ingest.documents import load_document
    from kg.models import Study

    path = tmp_path / "two-paragraphs.txt"
    path.write_text("Methods: Patients received camrelizumab 200 mg every 2 weeks plus apatinib 500 mg once daily.\n\n"
                    "Results: Of 36 patients enrolled, 35 were evaluable. Apatinib monotherapy was not studied. "
                    "The ORR was 20.9% and median PFS was 6.2 months.\n", encoding="utf-8")
    study = next(r for r in ClinicalExtractor(vocabulary).extract(load_document(path, vocabulary.lexicon()))
                 if isinstance(r, Study))
    assert [names(a.regimen, vocabulary) for a in study.arms] == [["apatinib", "camrelizumab"]]
    assert [d.mg_per_day for d in study.arms[0].doses if d.drug == "drug.apatinib"] == [500.0]
    assert study.enrolled == 36


def names(ids, vocabulary) -> list[str]:
    return sorted(vocabulary.label(i) for i in ids)


def test_cohorts_treated_with_one_thing_or_another_are_two_arms_with_short_names(vocabulary):
    from kg.extract.clinical.arms import aliases, randomised_arms

    arms = randomised_arms("We reviewed 312 patients treated at two centers with TACE plus apatinib (TACE-A; n = 98) "
                           "or TACE alone (n = 214).", vocabulary)
    assert [names(a.regimen, vocabulary) for a in arms] == [["TACE", "apatinib"], ["TACE"]]
    assert aliases(arms[0]) == ["TACE-A"]


def test_an_event_that_defines_a_subgroup_is_not_an_adverse_event_report(vocabulary):
    from kg.extract.clinical.adverse_events import sentence_events

    text = "Patients who developed hypertension during the first cycle had longer OS than those who did not."
    assert sentence_events(text, vocabulary) == []


def test_a_single_arm_study_comparing_its_dose_groups_keeps_both_figures(vocabulary):
    from kg.extract.clinical.arms import group_label, groups_compared

    text = "By starting dose, mPFS was 3.0 months (500 mg) and 3.4 months (750 mg) (P = 0.41)."
    assert findings(text, vocabulary) == [("PFS", 3.0, 0), ("PFS", 3.4, 1)]
    assert groups_compared(text) and [group_label(text, "", i) for i in (0, 1)] == ["500 mg subgroup",
                                                                                   "750 mg subgroup"]
    assert not groups_compared("The ORR was 25.7% in 500 mg patients versus 18.1% in a pooled historical series.")


def test_a_figure_beside_another_arms_not_reached_median_goes_to_the_arm_it_names(vocabulary):
    from kg.extract.clinical.outcomes import sentence_findings

    text = "Median OS was not reached in the TACE-A group and was 18.3 months in the TACE-alone group (P = 0.010)."
    found = sentence_findings(text, vocabulary)
    assert [(f.value, f.named_only, f.p_value) for f in found] == [(18.3, True, 0.01)]
    assert "TACE-alone" in found[0].hint and "TACE-A group" not in found[0].hint


def test_a_dose_after_a_procedure_belongs_to_the_drug_not_the_procedure(vocabulary):
    from kg.extract.clinical.studies import doses

    assert [d.drug for d in doses("Apatinib was started after TACE at 500 mg/day.", vocabulary)] == ["drug.apatinib"]


def test_a_dose_of_the_drug_the_sentence_says_was_started(vocabulary):
    from kg.extract.clinical.studies import doses

    text = "Apatinib was started 3-5 days after the first chemoembolization session at 500 mg/day."
    assert [(d.drug, d.mg_per_day) for d in doses(text, vocabulary)] == [("drug.apatinib", 500.0)]
