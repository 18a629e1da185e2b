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


def test_a_count_before_an_abbreviated_endpoint_is_not_a_duration(vocabulary) -> None:
    found = sentence_findings("Apatinib vs placebo II 118 mPFS 3.4 vs 2.0 months", vocabulary)
    assert [(f.value, f.unit, f.arm) for f in found] == [(3.4, "month", 0), (2.0, "month", 1)]


def test_arms_named_as_groups_in_brackets(vocabulary) -> None:
    from kg.extract.clinical.arms import randomised_arms
    arms = randomised_arms("Patients were randomly divided into study group (apatinib plus docetaxel) and control "
                           "group (docetaxel alone).", vocabulary)
    assert [a.regimen for a in arms] == [["drug.apatinib", "drug.docetaxel"], ["drug.docetaxel"]]


def test_a_study_comparing_two_regimens_has_two_arms(vocabulary) -> None:
    from kg.extract.clinical.arms import randomised_arms
    arms = randomised_arms("A cohort study comparing apatinib plus S-1 with S-1 alone showed longer PFS.", vocabulary)
    assert [a.regimen for a in arms] == [["drug.apatinib", "drug.s-1"], ["drug.s-1"]]


def test_figures_of_the_other_group_after_higher_than(vocabulary) -> None:
    from kg.extract.clinical.arms import arm_for, randomised_arms
    arms = randomised_arms("They were divided into treatment group (apatinib plus S-1) and control group (S-1).",
                           vocabulary)
    found = sentence_findings("The ORR of treatment group was 45.0%, higher than that of control group (20.0%) "
                              "(P<0.05).", vocabulary)
    assert [(f.value, arm_for(f.hint, arms, vocabulary, f.arm, f.versus), f.p_value) for f in found] == \
        [(45.0, 0, 0.05), (20.0, 1, 0.05)]


def test_a_bracketed_comparison_ends_its_hint_at_the_bracket(vocabulary) -> None:
    from kg.extract.clinical.arms import arm_for
    from kg.models import Arm
    arms = [Arm(regimen=["drug.apatinib", "drug.tace"]), Arm(regimen=["drug.tace"])]
    found = sentence_findings("Median OS was longer (21.0 vs 15.2 months) in the combination group.", vocabulary)
    assert [arm_for(f.hint, arms, vocabulary, f.arm, f.versus) for f in found] == [0, 1]


def test_grade_stated_after_the_list_of_events(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = "Neutropenia (15.0%) and fatigue (5.0%) were the most frequent grade 3-4 events."
    found = sentence_events(text, vocabulary)
    assert [(vocabulary.label(e.event), e.grade) for e in found] == [("neutropenia", "3-4"), ("fatigue", "3-4")]


def test_an_event_of_any_grade_inside_a_graded_clause(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    found = sentence_events("Grade 3 diarrhea occurred in 4.0%, while proteinuria of any grade occurred in 31.0%.",
                            vocabulary)
    assert [(vocabulary.label(e.event), e.grade) for e in found] == [("diarrhea", "3"), ("proteinuria", "any")]


def test_event_rates_of_the_other_group_after_higher_than(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = ("The incidence of rash and diarrhea in treatment group were 12.0% and 8.0% respectively, higher than "
            "control group (4.0% and 2.0%).")
    found = sentence_events(text, vocabulary)
    assert [e.percents for e in found] == [[12.0, 4.0], [8.0, 2.0]]


def test_a_clause_bringing_in_another_study_starts_a_passage(tmp_path) -> None:
    from kg.extract.clinical.passages import passages
    path = tmp_path / "background.txt"
    path.write_text("A phase II study of apatinib in 30 patients reported an ORR of 10.0%; another retrospective "
                    "study of 52 patients reported a DCR of 61.5%.\n")
    doc = load_document(path)
    texts = [p.text for p in passages(doc)]
    assert texts[-1].startswith("another retrospective study") and len(texts) == 2
    assert doc.text[passages(doc)[-1].sentences[0].start:].startswith("another retrospective")


def test_a_remark_after_the_figures_does_not_join_the_regimen(tmp_path, vocabulary) -> None:
    path = tmp_path / "background.txt"
    path.write_text("A single-arm study combined apatinib with docetaxel in 25 patients: ORR 20.0%, mPFS 4.1 months. "
                    "In addition, apatinib plus gemcitabine was reported to be feasible.\n")
    studies = [r for r in ClinicalExtractor(vocabulary).extract(load_document(path)) if isinstance(r, Study)]
    assert [a.regimen for s in studies for a in s.arms] == [["drug.apatinib", "drug.docetaxel"]]


def test_enrolment_written_as_a_study_of_n_patients() -> None:
    from kg.extract.clinical.studies import enrolled
    assert enrolled("A retrospective analysis of 63 patients reported a DCR of 55.6%.") == 63
    assert enrolled("Apatinib 750 mg daily in 27 patients with refractory disease gave an ORR of 11.1%.") == 27
    assert enrolled("Twenty-two patients (mean age 51.2 ± 8.4 years) were enrolled.") == 22


def test_a_regimen_acronym_the_document_defines_is_expanded(vocabulary) -> None:
    from kg.extract.clinical.acronyms import definitions, expand
    from kg.models import Arm
    defined = definitions("ORR: objective response rate; XELOX: capecitabine plus oxaliplatin.", vocabulary)
    arms = [Arm(regimen=["drug.apatinib"])]
    expand(arms, "Patients received apatinib plus XELOX.", defined)
    assert list(defined) == ["XELOX"] and arms[0].regimen == ["drug.apatinib", "drug.capecitabine", "drug.oxaliplatin"]


def test_a_bare_phase_cell_of_a_table_with_a_phase_column() -> None:
    from kg.extract.clinical.tables import phase_cell
    assert [phase_cell(r) for r in ("mCRC II 40 ORR 12.5% [9]", "stage III NSCLC ORR 30%", "HCC I/II DCR 70%")] == \
        ["2", None, "1/2"]


def test_arms_after_a_randomisation_ratio(vocabulary) -> None:
    from kg.extract.clinical.arms import randomised_arms
    arms = randomised_arms("Patients were randomly assigned 2:1 to apatinib 750 mg daily plus docetaxel or docetaxel "
                           "alone.", vocabulary)
    assert [a.regimen for a in arms] == [["drug.apatinib", "drug.docetaxel"], ["drug.docetaxel"]]


def test_a_safety_paragraph_after_the_results_belongs_to_the_study(tmp_path, vocabulary) -> None:
    path = tmp_path / "series.txt"
    path.write_text("We reviewed 40 patients given apatinib 500 mg daily. The ORR was 20.0% and median PFS was 3.5 "
                    "months.\n\nAny-grade adverse events included hypertension (40.0%) and proteinuria (20.0%).\n")
    events = [r for r in ClinicalExtractor(vocabulary).extract(load_document(path)) if isinstance(r, AdverseEvent)]
    assert sorted((e.event, e.percent) for e in events) == [("event.hypertension", 40.0), ("event.proteinuria", 20.0)]


def test_a_threshold_is_not_a_percentage_and_each_group_means_all_arms(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = "Treatment-related deaths occurred in two patients (<1%) in each group."
    found = sentence_events(text, vocabulary, text)
    assert [(f.event, f.grade, f.percents, f.all_arms) for f in found] == \
        [("event.treatment-related-death", "5", [], True)]


def test_the_share_of_patients_stated_before_the_event(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = "Four patients (13.3%) experienced grade 3 proteinuria."
    assert [(f.event, f.grade, f.percents) for f in sentence_events(text, vocabulary, text)] == \
        [("event.proteinuria", "3", [13.3])]


def test_british_spelling_of_palmar_plantar_event_ends_the_previous_item(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = "Grade 3 or 4 events were neutropenia (20% vs 9%) and palmar-plantar erythrodysaesthesia (8% vs 11%)."
    assert [(f.event, f.percents) for f in sentence_events(text, vocabulary, text)] == \
        [("event.neutropenia", [20.0, 9.0]), ("event.hand-foot-syndrome", [8.0, 11.0])]


def test_subgroups_compared_with_the_second_figure_before_those(vocabulary) -> None:
    from kg.extract.clinical.arms import group_label
    sentence = "Patients with liver metastases had a DCR of 50.0% versus 71.4% in those without liver metastases."
    assert group_label(sentence, "", 0) == "Patients with liver metastases"
    assert group_label(sentence, "", 1).startswith("those without liver metastases (")


def test_a_duration_written_in_words(vocabulary) -> None:
    findings = sentence_findings("The median overall survival reached twenty-one months.", vocabulary)
    assert [(f.endpoint, f.value, f.unit) for f in findings] == [("endpoint.OS", 21.0, "month")]


def test_the_share_of_patients_stated_before_a_response(vocabulary) -> None:
    text = "Nine of the 40 patients (22.5%) achieved an objective response and 18 (45.0%) had stable disease."
    assert [(f.endpoint, f.value) for f in sentence_findings(text, vocabulary)] == [("endpoint.ORR", 22.5)]


def test_enrolment_written_as_records_reviewed() -> None:
    from kg.extract.clinical.studies import enrolled
    assert enrolled("We reviewed the medical records of 58 patients treated with apatinib.") == 58


def test_partial_responses_are_the_objective_responses_when_none_was_complete() -> None:
    from kg.extract.clinical.extractor import partial_as_objective
    prose = "No complete response was observed. Six patients (20.0%) had a partial response."
    assert partial_as_objective("Six patients (20.0%) had a partial response.", prose).endswith("objective response.")
    assert "partial" in partial_as_objective("Six patients (20.0%) had a partial response.", "One complete response.")


def test_landmark_rates_listed_once_per_arm(vocabulary) -> None:
    text = "The 1-year and 2-year OS rates were 93.5% and 82.6% with A, and 89.1% and 76.1% with B (P = 0.41)."
    found = [(f.landmark, f.value, f.arm, f.p_value) for f in sentence_findings(text, vocabulary)]
    assert found == [("1y", 93.5, 0, 0.41), ("2y", 82.6, 0, 0.41), ("1y", 89.1, 1, 0.41), ("2y", 76.1, 1, 0.41)]


def test_an_arm_named_by_the_drug_it_lacks(vocabulary) -> None:
    from kg.extract.clinical.arms import arm_for
    from kg.models import Arm
    arms = [Arm(regimen=["drug.apatinib", "drug.doxorubicin"]), Arm(regimen=["drug.doxorubicin"])]
    assert arm_for(" without apatinib ", arms, vocabulary, 0, True) == 1


def test_a_drug_given_with_either_of_two_partners_is_in_both_arms(vocabulary) -> None:
    from kg.extract.clinical.arms import randomised_arms
    text = "Patients received apatinib 250 mg/day with either everolimus 5 mg/day (cohort A) or fulvestrant (cohort B)."
    assert [a.regimen for a in randomised_arms(text, vocabulary)] == [
        ["drug.apatinib", "drug.everolimus"], ["drug.apatinib", "drug.fulvestrant"]]


def test_a_dose_bracket_names_no_drug(vocabulary) -> None:
    from kg.extract.clinical.arms import randomised_arms
    text = "Patients were assigned to doxorubicin with apatinib (500 mg/day during chemotherapy) or doxorubicin alone."
    assert [a.regimen for a in randomised_arms(text, vocabulary)] == [
        ["drug.apatinib", "drug.doxorubicin"], ["drug.doxorubicin"]]


def test_dose_groups_named_before_their_figures() -> None:
    from kg.extract.clinical.arms import group_label
    sentence = "Median PFS did not differ between the 500 mg and 250 mg starting-dose groups (4.4 vs 3.9 months)."
    assert [group_label(sentence, "", i) for i in (0, 1)] == ["500 mg subgroup", "250 mg subgroup"]


def test_dose_limiting_toxicities_are_not_adverse_event_rates(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = "DLTs occurred in 2 of 3 patients at 750 mg: grade 3 hypertension (33.3%) and grade 4 neutropenia (33.3%)."
    assert sentence_events(text, vocabulary) == []


def test_grade_1_2_events_are_read_with_their_grade(vocabulary) -> None:
    """The graph keeps them; the adverse-events query lists the schema's grades only."""
    from kg.extract.clinical.adverse_events import sentence_events
    text = "Grade 1–2 events included hypertension (n = 12, 30.0%) and proteinuria (n = 9, 22.5%)."
    found = [(e.event, e.grade, e.percents) for e in sentence_events(text, vocabulary)]
    assert found == [("event.hypertension", "1-2", [30.0]), ("event.proteinuria", "1-2", [22.5])]


def test_a_comparison_with_historical_controls_keeps_the_figure(vocabulary) -> None:
    text = "The median time to progression of 3.8 months (range, 1.2–14.5) compared well with historical controls."
    found = [(f.endpoint, f.value, f.unit) for f in sentence_findings(text, vocabulary)]
    assert found == [("endpoint.TTP", 3.8, "month")]


def test_a_share_given_only_as_a_count_of_patients(vocabulary) -> None:
    text = "Disease control was achieved in 31 of 45 patients."
    assert [(f.endpoint, f.value) for f in sentence_findings(text, vocabulary)] == [("endpoint.DCR", 68.9)]


def test_the_escalated_drug_and_its_partner_are_the_regimen(vocabulary) -> None:
    from kg.extract.clinical.arms import administered
    text = "Apatinib was escalated at 250, 500 and 750 mg once daily with irinotecan 180 mg/m2 every 2 weeks."
    assert administered(text, vocabulary) == ["drug.apatinib", "drug.irinotecan"]


def test_the_recommended_phase_2_dose_is_the_study_dose(vocabulary) -> None:
    from kg.extract.clinical.studies import doses, phase
    text = "Apatinib was escalated at 250, 500 and 750 mg once daily. The RP2D of apatinib was 500 mg once daily."
    assert [d.mg_per_day for d in doses(text, vocabulary)] == [500.0]
    assert phase("This open-label phase Ib/II study") == "1/2"


def test_a_background_sentence_about_this_study_and_a_count_that_received(vocabulary) -> None:
    from kg.extract.clinical.studies import OWN_STUDY, enrolled
    assert OWN_STUDY.search("This open-label, single-arm phase Ib/II study aimed to determine the RP2D.")
    assert not OWN_STUDY.search("A pooled analysis of 11 studies found a pooled ORR of 21.4%.")
    assert enrolled("In this phase II trial, 45 patients with advanced pancreatic cancer received apatinib.") == 45


def test_enrolled_count_in_words_with_qualifier_clause() -> None:
    from kg.extract.clinical.studies import enrolled
    assert enrolled("Twenty patients with progressive thyroid cancer received apatinib 750 mg once daily.") == 20


def test_enrolled_sentence_opening_with_count_treated_in_this_study() -> None:
    from kg.extract.clinical.studies import enrolled
    text = ("Objective: To assess apatinib in patients with progressive radioiodine-refractory differentiated thyroid "
            "cancer (RAIR-DTC) after failure of standard therapy. Methods: Twenty patients with progressive RAIR-DTC "
            "received apatinib 750 mg once daily in this prospective, single-arm study.")
    assert enrolled(text) == 20
    later = ("Objective: To assess apatinib in patients with progressive radioiodine-refractory differentiated thyroid "
             "cancer. Results: 12 patients with hypertension received antihypertensive drugs during treatment.")
    assert enrolled(later) is None  # a subgroup treated for a side effect, not the study's enrolment


# -- arms named in new ways -------------------------------------------------------------------------------------------
def arm_names(text: str, vocabulary) -> list[list[str]]:
    from kg.extract.clinical.arms import randomised_arms
    return [names(a.regimen, vocabulary) for a in randomised_arms(text, vocabulary)]


def test_chemotherapy_with_or_without_the_drug_is_two_arms(vocabulary) -> None:
    text = ("Women were randomized 1:1 to nab-paclitaxel (125 mg/m2) plus carboplatin (AUC 2) every 3 weeks with or "
            "without apatinib 250 mg once daily, followed by surgery.")
    assert arm_names(text, vocabulary) == [["apatinib", "carboplatin", "nab-paclitaxel"],
                                           ["carboplatin", "nab-paclitaxel"]]


def test_the_drug_alone_or_with_a_partner_is_two_arms(vocabulary) -> None:
    text = "Records of women who received apatinib, alone or with oral etoposide, were reviewed."
    assert arm_names(text, vocabulary) == [["apatinib"], ["apatinib", "etoposide"]]


def test_lettered_cohorts_with_their_regimens_in_brackets(vocabulary) -> None:
    text = ("Patients were assigned, according to prior taxane exposure, to cohort A (sintilimab 200 mg plus apatinib "
            "250 mg once daily) or cohort B (the same doublet plus nab-paclitaxel 260 mg/m2).")
    assert arm_names(text, vocabulary) == [["apatinib", "sintilimab"], ["apatinib", "nab-paclitaxel", "sintilimab"]]


def test_observation_is_an_arm_and_until_toxicity_is_not(vocabulary) -> None:
    text = ("Patients who had not progressed after 4-6 cycles of etoposide plus cisplatin were randomly assigned (1:1) "
            "to oral apatinib 375 mg daily until progression or unacceptable toxicity, or to observation.")
    assert arm_names(text, vocabulary) == [["apatinib"], ["observation"]]
    assert vocabulary.mentions("the observation period", {"drug"}) == []  # never found as a word


def test_a_cohort_letter_is_not_an_article() -> None:
    from kg.extract.clinical.passages import introduces_study
    assert not introduces_study("Median OS was 15.8 months in cohort A and was not reached in cohort B.")


# -- figures of groups -------------------------------------------------------------------------------------------------
def test_values_before_the_groups_they_belong_to(vocabulary) -> None:
    text = "ORRs were 21.1% and 29.1% in the 250-mg and 500-mg groups (P = 0.30)."
    found = [(f.value, f.arm, f.versus, f.p_value) for f in sentence_findings(text, vocabulary)]
    assert found == [(21.1, 0, True, 0.3), (29.1, 1, True, 0.3)]


def test_the_groups_compared_in_words_before_bare_values(vocabulary) -> None:
    text = ("Patients who received apatinib combined with oral etoposide had a longer median PFS than those on "
            "apatinib monotherapy (5.6 vs 3.8 months, p = 0.007).")
    first, second = sentence_findings(text, vocabulary)
    assert "etoposide" in first.hint and "monotherapy" in second.hint and first.p_value == 0.007


def test_the_same_comparison_in_another_group_of_patients(vocabulary) -> None:
    text = ("In patients with a complete or partial response to induction, the PFS benefit was retained (4.4 vs 1.7 "
            "months; P = .002), whereas in those with stable disease after induction no significant difference was "
            "observed (2.8 vs 1.5 months; P = .19).")
    found = [(f.value, f.p_value, f.population) for f in sentence_findings(text, vocabulary)]
    assert found[2:] == [(2.8, 0.19, "stable disease after induction subgroup"),
                         (1.5, 0.19, "stable disease after induction subgroup")]
    assert found[0][2] == "a complete or partial response to induction subgroup"


def test_the_rates_were_refers_to_the_endpoint_just_compared(vocabulary) -> None:
    text = ("In the TNBC subgroup, pCR was achieved by 52.4% vs 27.3% of patients (P = 0.09); in the HR-positive "
            "subgroup the rates were 26.1% and 18.2%.")
    found = [(vocabulary.label(f.endpoint), f.value, f.arm) for f in sentence_findings(text, vocabulary)]
    assert found[2:] == [("pCR", 26.1, 0), ("pCR", 18.2, 1)]


def test_bracketed_abbreviations_after_hazard_ratio_and_interval(vocabulary) -> None:
    text = ("Median PFS was 3.9 months with apatinib versus 1.6 months with observation (hazard ratio [HR] 0.46, 95% "
            "confidence interval [CI] 0.29–0.72; P < .001).")
    found = [(f.value, f.p_value, f.hazard_ratio) for f in sentence_findings(text, vocabulary)]
    assert found == [(3.9, 0.001, 0.46), (1.6, 0.001, None)]


def test_relapse_free_survival_is_not_event_free_survival(vocabulary) -> None:
    assert sentence_findings("The 1-year relapse-free survival rate was 53.0%.", vocabulary) == []


# -- adverse events ----------------------------------------------------------------------------------------------------
def test_a_death_judged_treatment_related(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = ("One patient (2.1%) in the apatinib arm died of pulmonary hemorrhage, which was considered "
            "treatment-related.")
    assert [(e.event, e.grade, e.percents) for e in sentence_events(text, vocabulary)] == [
        ("event.treatment-related-death", "5", [2.1])]


def test_none_in_the_other_group_is_zero(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = "Wound dehiscence was seen in 2 patients (4.5%) of the apatinib group and in none of the control group."
    assert [(e.event, e.percents) for e in sentence_events(text, vocabulary)] == [("event.wound-dehiscence",
                                                                                    [4.5, 0.0])]


def test_a_negative_finding_after_a_graded_event_takes_no_grade(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = "Grade 3 hypertension occurred in 9.8% of these patients, and hepatic decompensation was not observed."
    assert [(e.event, e.grade, e.percents) for e in sentence_events(text, vocabulary)] == [
        ("event.hypertension", "3", [9.8]), ("event.hepatic-decompensation", "any", [0.0])]


# -- whole documents ---------------------------------------------------------------------------------------------------
def extract_text(tmp_path, name: str, text: str, vocabulary) -> list:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ClinicalExtractor(vocabulary).extract(load_document(path, vocabulary.lexicon()))


def test_dose_groups_and_a_death_statement_in_a_study_of_two_regimens(tmp_path, vocabulary) -> None:
    text = ("Methods: Records of 126 women who received apatinib, alone or with oral etoposide, were reviewed. "
            "Results: Median PFS was 4.4 and 5.1 months in the 250-mg and 500-mg groups (P = 0.41). Grade 3-4 "
            "toxicities were less common in the 250-mg group; hypertension (7.0% vs 16.4%) was the main one. "
            "No treatment-related deaths occurred.")
    found = rows(extract_text(tmp_path, "dose-groups", text, vocabulary), vocabulary)
    assert sorted((e["regimen"], e["value"]) for e in found["efficacy"]) == [(["apatinib"], 4.4), (["apatinib"], 5.1)]
    assert sorted((e["regimen"], e["event"], e["percent"]) for e in found["adverse_events"]) == [
        (["apatinib"], "hypertension", 7.0), (["apatinib"], "hypertension", 16.4),
        (["apatinib"], "treatment-related death", 0.0), (["apatinib", "etoposide"], "treatment-related death", 0.0)]


def test_a_cited_trial_and_the_figures_after_it_and_a_citation_range(tmp_path, vocabulary) -> None:
    text = ("Evidence comes from a randomized phase III trial of apatinib [24].\nA total of 372 patients were randomly "
            "assigned to apatinib 750 mg once daily or placebo. Median OS was 8.1 months with apatinib and 6.2 months "
            "with placebo (P = 0.018).\n\nSeveral groups have combined apatinib with TACE [28-30]. A pathological "
            "complete response was seen in 3 patients (15.0%).\n")
    records = extract_text(tmp_path, "review-tail", text, vocabulary)
    studies = {r.citation for r in records if isinstance(r, Study)}
    outcomes = {(r.study_key, r.value) for r in records if isinstance(r, Outcome)}
    assert studies == {"[24]"} and outcomes == {("[24]", 8.1), ("[24]", 6.2)}


def test_a_table_that_opens_each_row_with_its_reference(tmp_path, vocabulary) -> None:
    from kg.extract.clinical.tables import document_rows
    text = ("Several studies are summarised below [29].\n\n"
            "Table 2. Selected clinical studies\nRef. Design Phase Setting Regimen N ORR (%) mPFS (mo) mOS (mo)\n"
            "[29] Retrospective - Intermediate stage TACE + apatinib vs TACE 168 61.9 vs 42.9 8.6 vs 5.2 19.8 vs 14.3\n"
            "[30] RCT II Intermediate stage TACE + apatinib 36 47.2 - -\nRCT, randomized controlled trial.\n")
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    rows_found = document_rows(load_document(path, vocabulary.lexicon()), vocabulary)
    assert [(r.citation, r.regimen_text, r.phase) for r in rows_found] == [
        ("[29]", "TACE + apatinib vs TACE", None), ("[30]", "TACE + apatinib", "2")]
    assert rows_found[0].rest.endswith("N = 168; ORR 61.9% vs 42.9%; PFS 8.6 months vs 5.2 months; "
                                       "OS 19.8 months vs 14.3 months")
    assert rows_found[1].rest.startswith("randomized controlled trial II")


def test_enrolled_as_the_records_a_review_identified() -> None:
    from kg.extract.clinical.studies import enrolled
    assert enrolled("Methods: Records were reviewed. Results: Of 126 patients identified, 71 started at 250 mg.") == 126


# -- round 12 phrase families ------------------------------------------------------------------------------------------
def test_a_radiotherapy_backbone_compared_with_and_without_the_drug(vocabulary) -> None:
    from kg.extract.clinical.arms import arm_for, randomised_arms
    arms = randomised_arms("We compared whole-brain radiotherapy (WBRT) combined with apatinib against WBRT alone.",
                           vocabulary)
    assert [a.regimen for a in arms] == [["drug.apatinib", "drug.radiotherapy"], ["drug.radiotherapy"]]
    found = sentence_findings("Median OS was 16.1 months with the combination and 11.7 months with WBRT alone.",
                              vocabulary)
    assert [(f.value, arm_for(f.hint, arms, vocabulary, f.arm, f.versus)) for f in found] == [(16.1, 0), (11.7, 1)]


def test_shares_after_counts_given_per_arm(vocabulary) -> None:
    text = ("Objective responses were observed in 21 patients (12.1%) given apatinib and in one patient (1.1%) given "
            "placebo (p=.002).")
    assert [(f.value, f.arm, f.p_value) for f in sentence_findings(text, vocabulary)] == [(12.1, 0, 0.002),
                                                                                          (1.1, 1, 0.002)]


def test_an_arm_with_a_count_of_nought(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = ("The most frequent grade ≥3 events were hypertension (24 [13.8%] vs 2 [2.3%]) and hand-foot syndrome "
            "(14 [8.0%] vs 0).")
    assert [(e.event, e.percents) for e in sentence_events(text, vocabulary)] == [
        ("event.hypertension", [13.8, 2.3]), ("event.hand-foot-syndrome", [8.0, 0.0])]


def test_causes_of_death_are_not_events_and_none_in_the_other_arm(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = ("Treatment-related deaths occurred in two patients (1.1%) in the apatinib group, one from upper "
            "gastrointestinal haemorrhage and one from oesophagotracheal fistula, and in none of the placebo group.")
    assert [(e.event, e.grade, e.percents) for e in sentence_events(text, vocabulary)] == [
        ("event.treatment-related-death", "5", [1.1, 0.0])]


def test_an_event_recorded_in_counts_of_each_arm(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = "Fistula formation was recorded in 5 apatinib-treated patients (2.9%) and 1 placebo recipient (1.1%)."
    assert [(e.event, e.grade, e.percents) for e in sentence_events(text, vocabulary)] == [
        ("event.fistula", "any", [2.9, 1.1])]


def test_an_event_described_in_apposition_before_its_rate(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = "Pneumothorax, a complication that seems specific to cavitating metastases, developed in 7 patients (17.1%)."
    assert [(e.event, e.percents) for e in sentence_events(text, vocabulary)] == [("event.pneumothorax", [17.1])]


def test_respectively_over_some_events_of_a_list(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = ("Grade 3-4 hypertension and hand-foot syndrome occurred in 9.0% and 5.1% of patients, respectively, and "
            "grade 3-4 proteinuria in 2.6% [33].")
    assert [(e.event, e.percents) for e in sentence_events(text, vocabulary)] == [
        ("event.hypertension", [9.0]), ("event.hand-foot-syndrome", [5.1]), ("event.proteinuria", [2.6])]


def test_rates_of_one_treated_group_go_to_the_events_in_order(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = "Grade 3-4 hypertension and hand-foot syndrome occurred in 9.0% and 5.1% of apatinib-treated patients [35]."
    assert [(e.event, e.percents) for e in sentence_events(text, vocabulary)] == [
        ("event.hypertension", [9.0]), ("event.hand-foot-syndrome", [5.1])]


def test_an_event_seen_only_with_the_combination(tmp_path, vocabulary) -> None:
    text = ("In this open-label phase II trial, 80 patients were randomized to apatinib plus doxorubicin or to "
            "doxorubicin alone [34]. The median PFS was 7.6 months with the combination and 4.9 months with "
            "doxorubicin alone (P = 0.021), while grade 3-4 hypertension was observed only with the combination "
            "(7.5%).")
    found = rows(extract_text(tmp_path, "only-with", text, vocabulary), vocabulary)
    assert sorted((e["regimen"], e["percent"]) for e in found["adverse_events"]) == [
        (["apatinib", "doxorubicin"], 7.5), (["doxorubicin"], 0.0)]


def test_no_objective_response_in_a_subgroup_is_a_zero_rate(vocabulary) -> None:
    text = ("Patients with ASPS had an ORR of 46.2%, whereas no objective response was observed among the 11 "
            "patients with liposarcoma.")
    assert [(f.value, f.population) for f in sentence_findings(text, vocabulary)][-1] == (0.0, "liposarcoma subgroup")


def test_figures_respectively_of_two_cited_trials(tmp_path, vocabulary) -> None:
    text = ("Zhou et al. treated 41 patients with osteosarcoma with apatinib 500 mg once daily [31]. The ORR was "
            "36.6%. A later phase II trial combined apatinib with camrelizumab [32]. Among the 43 enrolled patients, "
            "the ORR was 20.9%. Across the two studies the median PFS was 4.8 and 6.0 months, respectively [31, 32], "
            "which suggests that PD-1 blockade might prolong disease control. No treatment-related deaths occurred "
            "[32].")
    records = extract_text(tmp_path, "across-cited", text, vocabulary)
    studies = {r.key: r.citation for r in records if isinstance(r, Study)}
    pfs = sorted((studies[r.study_key], r.value) for r in records if isinstance(r, Outcome) and r.endpoint ==
                 "endpoint.PFS")
    assert pfs == [("[31]", 4.8), ("[32]", 6.0)]


def test_figures_by_line_of_therapy_in_a_single_arm_study(tmp_path, vocabulary) -> None:
    text = ("Methods: Patients received apatinib plus paclitaxel. Results: By line of therapy, the ORR was 37.0% "
            "(10/27) in patients treated in the second line and 18.8% (3/16) in those treated in the third line or "
            "later; median PFS was 5.2 versus 3.4 months, respectively (P = 0.041).")
    found = [r for r in extract_text(tmp_path, "lines", text, vocabulary) if isinstance(r, Outcome)]
    assert sorted((r.population, r.value) for r in found) == [
        ("second-line subgroup", 5.2), ("second-line subgroup", 37.0), ("third-line or later subgroup", 3.4),
        ("third-line or later subgroup", 18.8)]


def test_a_rounded_background_figure_is_not_a_result(vocabulary) -> None:
    text = "Docetaxel remains the standard second-line treatment with a response rate of about 10% [1]."
    assert sentence_findings(text, vocabulary) == []


def test_a_citation_before_a_semicolon_closes_its_study(tmp_path, vocabulary) -> None:
    text = ("In a retrospective analysis of 92 patients treated with apatinib, the median PFS was 3.6 months and the "
            "median OS 7.8 months [5]; PFS did not differ between EGFR-mutant and wild-type tumours (P=0.42). We "
            "therefore designed a single-arm phase II study of 46 patients.")
    records = extract_text(tmp_path, "mid-citation", text, vocabulary)
    assert [(r.citation, r.enrolled) for r in records if isinstance(r, Study)] == [("[5]", 92)]


def test_the_reason_for_a_dose_change_is_not_an_event(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = ("Apatinib was interrupted in 15 patients (32.6%) and its dose reduced in 9 patients (19.6%), mainly "
            "because of hypertension and hand-foot syndrome.")
    assert sentence_events(text, vocabulary) == []


def test_groups_of_a_matched_comparison(vocabulary) -> None:
    before = sentence_findings("Before matching, median OS was 16.1 months with the combination and 11.7 months with "
                               "WBRT alone (P = 0.012).", vocabulary)
    lesions = sentence_findings("In patients with ≥4 brain lesions, the combination was associated with a longer "
                                "median iPFS (9.6 vs 5.8 months, P = 0.019).", vocabulary)
    assert {f.population for f in before} == {"unmatched cohort"}
    assert [(f.endpoint, f.population) for f in lesions] == [("endpoint.PFS", "≥4 brain lesions subgroup")] * 2


def test_the_g3_shorthand_is_grade_3_or_higher(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = "The most common ≥G3 TRAEs were neutropenia (21.4%) and diarrhoea (7.1%)."
    assert [(e.event, e.grade, e.percents) for e in sentence_events(text, vocabulary)] == [
        ("event.neutropenia", "3-4", [21.4]), ("event.diarrhea", "3-4", [7.1])]


def test_a_whereas_clause_keeps_the_grade_of_the_first(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = ("Proteinuria (12.0% vs 2.0%) was the main ≥G3 event with the combination, whereas leukopenia "
            "(4.0% vs 16.0%) was more frequent with chemotherapy alone.")
    assert [(e.event, e.grade, e.percents) for e in sentence_events(text, vocabulary)] == [
        ("event.proteinuria", "3-4", [12.0, 2.0]), ("event.leukopenia", "3-4", [4.0, 16.0])]


def test_columns_of_a_flattened_grade_table(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    from kg.extract.clinical.outcomes import clauses
    text = "Toxicities, Any grade / Grade 3-4: fatigue 40.0% / 6.7%; hypertension 33.3% / 0."
    found = [(e.event, e.grade, e.percents) for _, c in clauses(text) for e in sentence_events(c, vocabulary, text)]
    assert found == [("event.fatigue", "any", [40.0]), ("event.fatigue", "3-4", [6.7]),
                     ("event.hypertension", "any", [33.3]), ("event.hypertension", "3-4", [0.0])]


def test_a_negation_runs_over_an_or_list(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = "No gastrointestinal perforation or treatment-related deaths were reported."
    assert [(e.event, e.percents) for e in sentence_events(text, vocabulary)] == [
        ("event.gi-perforation", [0.0]), ("event.treatment-related-death", [0.0])]


def test_an_investigators_choice_arm_is_an_unnamed_chemotherapy(tmp_path, vocabulary) -> None:
    text = ("Methods: Patients were randomly assigned to apatinib 750 mg daily or physician's choice of docetaxel or "
            "irinotecan. Results: Median PFS was 3.7 versus 2.1 months (P = 0.01).")
    found = rows(extract_text(tmp_path, "choice", text, vocabulary), vocabulary)
    assert found["trials"][0]["regimens"] == [["apatinib"], ["chemotherapy"]]


def test_a_single_drug_short_name_joins_the_arm(tmp_path, vocabulary) -> None:
    text = ("Background: We studied apatinib with irinotecan (IRI). Methods: Apatinib 500 mg/day was given alone for "
            "7 days and then combined with IRI. Results: The ORR was 22.0% (9/41).")
    found = rows(extract_text(tmp_path, "short-name", text, vocabulary), vocabulary)
    assert found["trials"][0]["regimens"] == [["apatinib", "irinotecan"]]


def test_hedged_future_work_gives_no_design_words() -> None:
    from kg.extract.clinical.studies import design
    text = ("This open-label study enrolled 30 patients. The signal warrants prospective validation and deserves "
            "evaluation in a randomized setting; a multicentre phase III trial is planned.")
    assert design(text) == ["open-label"]


def test_groups_by_marker_status_and_by_age(tmp_path, vocabulary) -> None:
    text = ("Methods: In this single-arm phase II trial, patients received apatinib plus camrelizumab. Results: The "
            "median PFS was 6.1 mo in MET-positive vs 4.0 mo in MET-negative patients (P=.20). The ORR was comparable "
            "between patients aged ≥65 years (30.0%) and those aged <65 years (28.0%; P=.70).")
    found = [r for r in extract_text(tmp_path, "status", text, vocabulary) if isinstance(r, Outcome)]
    assert sorted((r.population, r.value) for r in found) == [
        ("MET-negative subgroup", 4.0), ("MET-positive subgroup", 6.1), ("patients aged ≥65 years", 30.0),
        ("those aged <65 years (patients aged ≥65 years)", 28.0)]


def test_the_whole_population_and_a_dose_level(tmp_path, vocabulary) -> None:
    text = ("Methods: This phase I study escalated apatinib given with S-1. Results: The ORR was 25.0% (5/20) in the "
            "whole population and 40.0% (4/10) at the MTD.")
    found = [r for r in extract_text(tmp_path, "levels", text, vocabulary) if isinstance(r, Outcome)]
    assert sorted((r.value, "MTD" in (r.population or "")) for r in found) == [(25.0, False), (40.0, True)]


# -- long review sections --------------------------------------------------------------------------------------------
POOLED = ("The safety of apatinib monotherapy was summarised in a pooled analysis of 1,136 patients treated in 11 "
          "prospective trials [25]. Table 2 lists the most common events.\n\n"
          "Table 2. Adverse events in the pooled analysis (n = 1,136) [25]\n"
          "Event | Any grade (%) | Grade 3-4 (%)\nHypertension | 64.3 | 11.9\nProteinuria | 45.1 | NR\n\n"
          "Hypertension was controlled with standard drugs. Grade 3-4 hypertension was reported in 13.8% of patients "
          "who started at 750 mg and in 8.1% of those who started at 500 mg [25]. Gastrointestinal perforation was "
          "uncommon (0.4%, all grades).\n")


def test_an_event_table_of_grade_columns_goes_to_the_pooled_analysis_its_caption_cites(tmp_path, vocabulary) -> None:
    found = rows(extract_text(tmp_path, "pooled", POOLED, vocabulary), vocabulary)
    assert [(t["enrolled"], t["design"], t["regimens"]) for t in found["trials"]] == [
        (1136, [], [["apatinib"]])]
    assert sorted((e["event"], e["grade"], e["percent"]) for e in found["adverse_events"]) == [
        ("gastrointestinal perforation", "any", 0.4), ("hypertension", "3-4", 8.1), ("hypertension", "3-4", 11.9),
        ("hypertension", "3-4", 13.8), ("hypertension", "any", 64.3), ("proteinuria", "any", 45.1)]


def test_a_hedged_exposure_comparison_names_no_events(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = ("Trough concentrations tended to be higher in patients who developed grade 3 hypertension or "
            "proteinuria, but the groups overlapped.")
    assert sentence_events(text, vocabulary) == []


def test_a_citation_before_a_colon_or_comma_is_the_sentences_study(tmp_path, vocabulary) -> None:
    text = ("Apatinib is a selective VEGFR-2 inhibitor [3]. "
            "A single-arm phase II trial combined apatinib with irinotecan in 44 patients [47]: 8 patients responded "
            "(ORR 18.2%).\n\nIn the monotherapy trial [44], grade 3-4 hypertension occurred in 13.5% of patients.")
    records = extract_text(tmp_path, "cited-within", text, vocabulary)
    studies = {r.key: r.citation for r in records if isinstance(r, Study)}
    assert sorted((studies[r.study_key], type(r).__name__) for r in records if not isinstance(r, Study)) == [
        ("[44]", "AdverseEvent"), ("[47]", "Outcome")]


def test_a_planned_trials_design_figures_are_not_results(vocabulary) -> None:
    text = ("Using Simon's design, with an ORR of 15% regarded as uninteresting and 35% as promising, 40 patients "
            "will be enrolled.")
    assert sentence_findings(text, vocabulary) == []


def test_two_arms_compared_in_a_review_sentence(vocabulary) -> None:
    from kg.extract.clinical.arms import randomised_arms
    compared = randomised_arms("As maintenance, apatinib (500 mg/day) plus capecitabine was compared with "
                               "capecitabine alone in an open-label randomised phase II study.", vocabulary)
    comparison = randomised_arms("A retrospective comparison of third-line apatinib (500 mg/day; n = 62) and "
                                 "fruquintinib (n = 58) found no difference.", vocabulary)
    assert [a.regimen for a in compared] == [["drug.apatinib", "drug.capecitabine"], ["drug.capecitabine"]]
    assert [a.regimen for a in comparison] == [["drug.apatinib"], ["drug.fruquintinib"]]


def test_a_change_from_the_control_value_to_the_treated_value(vocabulary) -> None:
    found = sentence_findings("Apatinib prolonged median PFS from 1.7 to 3.5 months (HR 0.42; P < 0.001).", vocabulary)
    assert [(f.value, f.arm, f.versus) for f in found] == [(3.5, 0, True), (1.7, 1, True)]


def test_two_groups_figures_of_one_event(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    text = ("Grade 3 hand-foot syndrome was reported in 16.3% of patients on apatinib plus capecitabine and in 7.0% "
            "of those on capecitabine alone.")
    assert [(e.event, e.grade, e.percents) for e in sentence_events(text, vocabulary)] == [
        ("event.hand-foot-syndrome", "3", [16.3, 7.0])]


def test_it_was_restates_the_rate_named_before(vocabulary) -> None:
    text = "Among the 29 patients the ORR was 24.1%, and among the 12 with endometrial cancer it was 33.3%."
    assert [(f.endpoint, f.value) for f in sentence_findings(text, vocabulary)] == [
        ("endpoint.ORR", 24.1), ("endpoint.ORR", 33.3)]


def test_enrolment_after_a_bracketed_dose() -> None:
    from kg.extract.clinical.studies import enrolled
    assert enrolled("a single-arm phase II study of apatinib monotherapy (500 mg once daily) in 34 patients with "
                    "recurrent endometrial cancer") == 34


def test_groups_named_first_and_given_drugs_later(vocabulary) -> None:
    from kg.extract.clinical.arms import randomised_arms
    text = ("Patients were randomly divided into the study group and the reference group. The reference group "
            "received capecitabine (1000 mg/m2 twice daily), while the study group was given apatinib 500 mg daily "
            "on the basis of the reference group.")
    assert [a.regimen for a in randomised_arms(text, vocabulary)] == [
        ["drug.apatinib", "drug.capecitabine"], ["drug.capecitabine"]]


def test_negation_reaches_past_an_all_event_total(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    found = sentence_events("No grade 3 adverse events or treatment-related deaths occurred in either arm.", vocabulary)
    assert [(e.event, e.grade, e.percents, e.all_arms) for e in found] == [
        ("event.treatment-related-death", "5", [0.0], True)]


def test_one_patient_share_before_the_event(vocabulary) -> None:
    from kg.extract.clinical.adverse_events import sentence_events
    found = sentence_events("One patient (3.1%) developed grade 3 hypertension.", vocabulary)
    assert [(e.event, e.grade, e.percents) for e in found] == [("event.hypertension", "3", [3.1])]


def test_enrolment_after_a_long_description_of_the_patients() -> None:
    from kg.extract.clinical.studies import enrolled
    assert enrolled("Forty patients with metastatic colorectal cancer whose disease had progressed after two lines of "
                    "fluoropyrimidine-based chemotherapy with oxaliplatin and irinotecan were enrolled.") == 40


def test_endpoint_of_one_group_compared_with_another() -> None:
    from kg.extract.clinical.arms import group_label
    text = ("The median OS of patients with normal LDH was 12.1 months, compared with 7.3 months in patients with "
            "elevated LDH (P=0.02).")
    assert group_label(text, "", 0) == "patients with normal LDH"
    assert group_label(text, "", 1).startswith("patients with elevated LDH")
