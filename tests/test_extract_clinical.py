"""Clinical extraction on small abstracts written for the tests, each with the facts a curator would record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract.clinical import ClinicalExtractor
from kg.extract.clinical.numbers import find_values, p_values
from kg.extract.clinical.outcomes import sentence_findings
from kg.extract.clinical.tables import flatten
from kg.ground.vocabulary import default_vocabulary
from kg.ingest.documents import load_document
from kg.models import AdverseEvent, Outcome, Study

FIXTURES = Path(__file__).parent / "fixtures" / "clinical"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
SCHEMA_ENDPOINTS = {"ORR", "DCR", "CBR", "pCR", "PFS", "OS", "EFS", "TTP", "TTF"}


@pytest.fixture(scope="module")
def vocabulary():
    return default_vocabulary()


def names(ids: list[str], vocabulary) -> list[str]:
    return sorted(vocabulary.label(i) for i in ids)


def rows(records, vocabulary) -> dict[str, list[dict]]:
    """Records in the shape of the expected files (the curation schema's fields)."""
    out: dict[str, list[dict]] = {"trials": [], "efficacy": [], "adverse_events": []}
    for r in records:
        if isinstance(r, Study):
            dose = max((d.mg_per_day for a in r.arms for d in a.doses if d.drug == "drug.apatinib"
                        and d.mg_per_day), default=None)
            out["trials"].append(dict(registry_id=r.registry_id, phase=r.phase, design=sorted(r.design),
                                      enrolled=r.enrolled, apatinib_dose_mg_per_day=dose,
                                      regimens=sorted(names(a.regimen, vocabulary) for a in r.arms)))
        elif isinstance(r, Outcome) and vocabulary.label(r.endpoint) in SCHEMA_ENDPOINTS:
            label = vocabulary.label(r.endpoint)
            out["efficacy"].append(dict(regimen=names(r.regimen, vocabulary), statistic=r.statistic, value=r.value,
                                        endpoint=f"{r.landmark}-{label}" if r.landmark else label, unit=r.unit,
                                        p_value=r.p_value))
        elif isinstance(r, AdverseEvent):
            out["adverse_events"].append(dict(regimen=names(r.regimen, vocabulary), grade=r.grade,
                                              event=vocabulary.label(r.event), percent=r.percent))
    return out


def canonical(items: list[dict]) -> list[str]:
    """Rows as sorted JSON strings, numbers as floats (500 == 500.0)."""
    def number(v):
        return float(v) if isinstance(v, int) and not isinstance(v, bool) else v
    return sorted(json.dumps({k: number(v) for k, v in i.items()}, sort_keys=True) for i in items)


@pytest.mark.parametrize("case", CASES)
def test_fixture_facts(case: str, vocabulary) -> None:
    doc = load_document(FIXTURES / f"{case}.txt", vocabulary.lexicon())
    found = rows(ClinicalExtractor(vocabulary).extract(doc), vocabulary)
    expected = json.loads((FIXTURES / f"{case}.expected.json").read_text(encoding="utf-8"))
    for section in ("trials", "efficacy", "adverse_events"):
        assert canonical(found[section]) == canonical(expected[section]), section


@pytest.mark.parametrize("case", CASES)
def test_every_record_points_at_its_sentence(case: str, vocabulary) -> None:
    doc = load_document(FIXTURES / f"{case}.txt", vocabulary.lexicon())
    for record in ClinicalExtractor(vocabulary).extract(doc):
        assert record.evidence
        for ev in record.evidence:
            assert ev.doc_id == case and ev.rule.startswith("clinical")
            assert doc.text[ev.start:ev.end].split()[:2] == ev.sentence.split()[:2]


def test_compound_duration_is_one_value() -> None:
    (value,) = find_values("median PFS was 4 months and 15 days")
    assert (value.number, value.unit) == (4.49, "month")


def test_confidence_interval_and_fraction_are_not_values() -> None:
    values = find_values("ORR was 16.7% (6/36); PFS: 4.0 mo (95% CI, 2.8–5.2)")
    assert [(v.number, v.unit) for v in values] == [(16.7, "percent"), (4.0, "month")]
    assert (values[1].ci_low, values[1].ci_high) == (2.8, 5.2)


def test_decimal_comma_and_p_value() -> None:
    assert [v.number for v in find_values("leukopenia (8.3% vs 8,3%)")] == [8.3, 8.3]
    assert [p for _, p in p_values("182 days vs 63 days; P = 0.043")] == [0.043]
    assert [p for _, p in p_values("(HR 0.44; p<.001)")] == [0.001]


def test_comparison_gives_two_measurements_with_one_p_value(vocabulary) -> None:
    text = "Median PFS was longer with the combination (182 days vs 63 days; P = 0.043)."
    found = sentence_findings(text, vocabulary)
    assert [(f.value, f.unit, f.arm, f.p_value) for f in found] == [(182.0, "day", 0, 0.043), (63.0, "day", 1, 0.043)]


def test_values_written_before_their_endpoints(vocabulary) -> None:
    found = sentence_findings("6.0 months for PFS and 24.5 months for OS 10% and 62.5%, respectively, reported for "
                              "objective response and disease control rate", vocabulary)
    assert [(vocabulary.label(f.endpoint), f.value) for f in found] == [
        ("PFS", 6.0), ("OS", 24.5), ("ORR", 10.0), ("DCR", 62.5)]


def test_an_increase_by_is_not_a_value(vocabulary) -> None:
    assert sentence_findings("Adding the drug increased median PFS by 2.1 months.", vocabulary) == []


def test_flatten_joins_words_broken_across_lines() -> None:
    assert flatten("Apatinib+docetaxel+ epirubi-\ncin plus cyclo\nphosphamide HER-\n2-negative") == \
        "Apatinib+docetaxel+ epirubicin plus cyclo phosphamide HER-2-negative"


def test_thresholds_and_open_intervals_are_not_values() -> None:
    text = "ORR in patients with PD-L1 ≥1% was 40.0%; PFS was 18.4 months (95% CI 11.8 to not reached)"
    assert [(v.number, v.unit) for v in find_values(text)] == [(40.0, "percent"), (18.4, "month")]


def test_partial_response_rate_is_not_the_orr(vocabulary) -> None:
    assert sentence_findings("The partial response rate was 26.7%.", vocabulary) == []


def test_median_not_reached_takes_no_follow_up_time(vocabulary) -> None:
    assert sentence_findings("Median OS was not reached after a median follow-up of 14 months.", vocabulary) == []


def test_a_subgroup_analysis_is_not_a_new_study() -> None:
    from kg.extract.clinical.passages import introduces_study
    assert introduces_study("In another multicentre retrospective study of apatinib, 56 patients were enrolled.")
    assert not introduces_study("A subgroup analysis showed longer PFS in patients with liver metastases.")


def test_an_event_named_with_its_abbreviation_is_one_event(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    found = sentence_events("Hand-foot skin reaction (HFSR) was reported in 12 (30.0%) patients.", vocabulary)
    assert [(vocabulary.label(e.event), e.grade, e.percents) for e in found] == [("hand-foot syndrome", "any", [30.0])]


def test_events_and_figures_listed_respectively(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = ("Grade 3 hypertension and grade 4 thrombocytopenia were observed in 3 (7.5%) and 1 (2.5%) patients, "
            "respectively.")
    found = [(vocabulary.label(e.event), e.grade, e.percents) for e in sentence_events(text, vocabulary)]
    assert found == [("hypertension", "3", [7.5]), ("thrombocytopenia", "4", [2.5])]


def test_landmarks_written_as_a_list(vocabulary) -> None:
    found = sentence_findings("The 6-month and 12-month OS rates were 71.1% and 33.3%.", vocabulary)
    assert [(f.landmark, f.value) for f in found] == [("6m", 71.1), ("1y", 33.3)]


def test_a_subgroup_contrast_is_not_an_arm_comparison(vocabulary) -> None:
    from kg.models import Arm
    text = "The median PFS was 6.9 months in patients with liver metastases and 9.1 months in those without."
    arms = [Arm(regimen=["drug.apatinib", "drug.chemotherapy"]), Arm(regimen=["drug.chemotherapy"])]
    extractor = ClinicalExtractor(vocabulary)
    assert [extractor.arm_index(f, arms) for f in sentence_findings(text, vocabulary)] == [None, None]


def test_design_assumptions_are_not_results(vocabulary) -> None:
    text = "Assuming a median PFS of 3 months with placebo, 120 patients gave 80% power."
    assert sentence_findings(text, vocabulary) == []


def test_arms_named_by_their_bracketed_short_names(vocabulary) -> None:
    from kg.extract.clinical.arms import arm_for, randomised_arms
    arms = randomised_arms("Patients were randomly assigned to receive apatinib combined with chemotherapy (A+CT) or "
                           "chemotherapy (CT) alone.", vocabulary)
    assert [a.regimen for a in arms] == [["drug.apatinib", "drug.chemotherapy"], ["drug.chemotherapy"]]
    found = sentence_findings("ORR was 30% in CT and 50% in A+CT.", vocabulary)
    assert [(f.value, arm_for(f.hint, arms, vocabulary, f.arm, f.versus)) for f in found] == [(30.0, 1), (50.0, 0)]
    (single,) = sentence_findings("The ORR in the apatinib group was 40%.", vocabulary)
    assert arm_for(single.hint, arms, vocabulary, single.arm, single.versus) == 0
