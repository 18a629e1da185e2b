"""The small rule modules on their own: agent sets, protein forms, citation scope, quantities."""

from __future__ import annotations

from kg.extract.mechanistic.agents import agent_phrases
from kg.extract.mechanistic.discourse import closing_citation, overlap
from kg.extract.mechanistic.effects import triggers
from kg.extract.mechanistic.pharmacokinetics import quantities
from kg.extract.mechanistic.targets_in_text import changed_in, target_mentions
from kg.extract.mechanistic.text import view
from kg.ground.vocabulary import default_vocabulary


def _sets(text: str) -> list[tuple[tuple[str, ...], ...]]:
    return [p.sets for p in agent_phrases(text, default_vocabulary())]


def test_enumeration_with_their_combination_gives_three_agent_sets() -> None:
    assert _sets("apatinib, curcumin, and their combinations decreased viability") == [
        (("drug.apatinib",), ("drug.curcumin",), ("drug.apatinib", "drug.curcumin"))]


def test_combination_wordings_give_one_agent_set() -> None:
    both = (("drug.apatinib", "drug.cisplatin"),)
    assert _sets("the combination of cisplatin with apatinib decreased p-VEGFR2") == [both]
    assert _sets("the combination of cisplatin and apatinib") == [both]
    assert _sets("apatinib+cisplatin reduced growth") == [both]


def test_partner_that_is_not_a_drug_leaves_no_single_agent() -> None:
    assert _sets("apatinib plus irradiation induced apoptosis") == [()]


def test_model_names_and_modifiers_are_not_agents() -> None:
    vocabulary = default_vocabulary()
    assert agent_phrases("VEGF-induced and DOX-resistant cells", vocabulary, [(15, 28)]) == []


def _forms(text: str) -> list[tuple[str, str]]:
    vocabulary = default_vocabulary()
    text = view(text, vocabulary)
    mentions = target_mentions(text, vocabulary)
    return [(c.target, c.form) for c in changed_in(text, (0, len(text)), mentions, vocabulary)]


def test_form_word_after_a_list_covers_the_list_but_not_what_follows() -> None:
    assert sorted(_forms("LATS1/2, YAP, ERK1/2 phosphorylation, and cyclin D1")) == [
        ("gene.CCND1", "expression"), ("gene.LATS1", "phosphorylation"), ("gene.LATS2", "phosphorylation"),
        ("gene.MAPK1", "phosphorylation"), ("gene.MAPK3", "phosphorylation"), ("gene.YAP1", "phosphorylation")]


def test_p_prefix_wins_over_expression_of() -> None:
    assert _forms("the expression of p-p65 and p65") == [("gene.RELA", "phosphorylation"), ("gene.RELA", "expression")]


def test_pathway_named_by_its_genes_is_read_as_gene_activity() -> None:
    assert _forms("the VEGF-mediated Akt/mTOR signaling activity") == [("gene.AKT1", "activity"),
                                                                      ("gene.MTOR", "activity")]
    assert _forms("NF-κB signaling pathways") == [("pathway.nf-kb-signaling", "activity")]


def test_negations_are_no_effect_and_directions_are_read() -> None:
    words = {t.word.lower(): t.direction for t in triggers("did not alter ERK; levels fell; markedly up-regulated X")}
    assert words == {"did not alter": "no_effect", "fell": "decreases", "up-regulated": "increases"}


def test_closing_citation_and_overlap() -> None:
    assert closing_citation("decreased p-VEGFR2 in MDA-MB-231 cells [20].") == "[20]"
    assert closing_citation("HCC [15], lung cancer [14], and others.") is None
    assert overlap("[56]", "[20, 56, 62]") and not overlap("[13]", "[20, 56, 62]")


def test_quantities_read_ranges_and_plus_minus() -> None:
    found = [(q.low, q.high, q.unit) for q in quantities("within 2.9 to 4.7 hours; 9.4 ± 2.1 h; 57.8 L/h; 112.5 L")]
    assert found == [(2.9, 4.7, "hour"), (9.4, None, "hour"), (57.8, None, "L/h"), (112.5, None, "L")]


def _one_sentence(tmp_path, extractor: str, sentence: str) -> set[tuple]:
    """Effects (agents, direction, target, form, context) or targets (drug, target, relation) of one sentence."""
    from kg.extract.mechanistic.molecular import EffectExtractor
    from kg.extract.mechanistic.targets import TargetExtractor
    from kg.ingest import load_document

    vocabulary = default_vocabulary()
    path = tmp_path / "one-sentence.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    doc = load_document(path, vocabulary.lexicon())
    if extractor == "targets":
        return {(t.drug, t.target, t.relation) for t in TargetExtractor(vocabulary).extract(doc)}
    return {(tuple(e.agents), e.direction, e.target, e.form, tuple(e.context))
            for e in EffectExtractor(vocabulary).extract(doc)}


def test_delayed_growth_is_a_decrease(tmp_path) -> None:
    assert _one_sentence(tmp_path, "effects", "In U87 subcutaneous xenografts, apatinib delayed tumor growth.") == {
        (("drug.apatinib",), "decreases", "process.tumor-growth", "process", ("model.xenograft",))}


def test_arrested_cells_in_a_phase_is_cell_cycle_arrest(tmp_path) -> None:
    assert _one_sentence(tmp_path, "effects", "Apatinib arrested U251 cells in the G0/G1 phase.") == {
        (("drug.apatinib",), "increases", "process.cell-cycle-arrest", "process", ("cell.U251",))}


def test_bracketed_staining_method_is_not_a_changed_gene(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In PANC-1 xenografts, apatinib decreased microvessel density "
                                               "(CD31 staining).")
    assert {row[2] for row in found} == {"process.microvessel-density"}


def test_ferroptosis_markers_are_read(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In HuCCT1 cells, apatinib induced ferroptosis and decreased the "
                                               "expression of GPX4 and SLC7A11.")
    assert {(row[1], row[2]) for row in found} == {("increases", "process.ferroptosis"),
                                                    ("decreases", "gene.GPX4"), ("decreases", "gene.SLC7A11")}


def test_lung_metastatic_nodules_are_metastasis(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In a DU145 model, apatinib reduced the number of lung metastatic "
                                               "nodules.")
    assert {(row[1], row[2]) for row in found} == {("decreases", "process.metastasis")}


def test_apposition_defines_a_target_inside_a_question(tmp_path) -> None:
    assert _one_sentence(tmp_path, "targets", "Whether apatinib, a small-molecule inhibitor of VEGFR-2, triggers "
                                              "ferroptosis is unknown.") == {("drug.apatinib", "gene.KDR", "inhibits")}


def test_gene_inhibitor_named_before_its_drug(tmp_path) -> None:
    assert _one_sentence(tmp_path, "targets", "We examined the effects of the VEGFR-2 inhibitor apatinib on "
                                              "DU145 cells.") == {("drug.apatinib", "gene.KDR", "inhibits")}


def test_gene_joined_to_a_named_pathway_is_read_as_activity() -> None:
    assert _forms("VEGFR2/STAT3 signaling") == [("gene.KDR", "activity"), ("gene.STAT3", "activity")]


def test_secretion_of_a_protein_is_its_expression() -> None:
    assert _forms("the secretion of VEGF and the activity of MMP-9") == [("gene.VEGFA", "expression"),
                                                                          ("gene.MMP9", "activity")]



def test_a_drug_that_enhances_another_drugs_induced_effect_acts_with_it(write_doc):
    """'Inhibition of autophagy by chloroquine enhanced apatinib-induced apoptosis': the combination, not a method."""
    from kg.extract.mechanistic.molecular import EffectExtractor
    from kg.ingest import load_document

    text = "Inhibition of autophagy by chloroquine enhanced apatinib-induced apoptosis in U2OS cells."
    path = write_doc("t.txt", text)
    vocabulary = default_vocabulary()
    effects = EffectExtractor(vocabulary).extract(load_document(path, vocabulary.lexicon()))
    found = {(tuple(e.agents), e.direction, e.target) for e in effects}
    assert found == {(("drug.apatinib", "drug.chloroquine"), "increases", "process.apoptosis")}


def test_cell_cycle_arrest_after_a_coordinated_verb(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib inhibited the proliferation of MG-63 cells and arrested the "
                                               "cell cycle at the G2/M phase.")
    assert {(row[1], row[2]) for row in found} == {("decreases", "process.cell-proliferation"),
                                                    ("increases", "process.cell-cycle-arrest")}


def test_the_combination_after_a_single_drug_comparison_is_the_combination(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In A549 cells, apatinib combined with gefitinib inhibited cell "
                                               "proliferation more than gefitinib alone, and the combination "
                                               "suppressed the phosphorylation of EGFR.")
    assert {(row[0], row[2]) for row in found} == {(("drug.apatinib", "drug.gefitinib"), "process.cell-proliferation"),
                                                    (("drug.apatinib", "drug.gefitinib"), "gene.EGFR")}


def test_smaller_tumor_volumes_in_the_drug_group(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In SiHa xenografts, tumor volumes in the apatinib group were "
                                               "significantly smaller than those in the control group.")
    assert {(row[0], row[1], row[2]) for row in found} == {
        (("drug.apatinib",), "decreases", "process.tumor-growth")}


def test_method_with_a_drug_is_not_a_finding(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In AGS cells, inhibition of autophagy with chloroquine enhanced "
                                               "apatinib-induced apoptosis.")
    assert {(row[0], row[1], row[2]) for row in found} == {
        (("drug.apatinib", "drug.chloroquine"), "increases", "process.apoptosis")}


def test_marker_proliferation_index_is_the_marker(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In HeLa xenografts, apatinib lowered the Ki-67 proliferation index.")
    assert {(row[1], row[2]) for row in found} == {("decreases", "gene.MKI67")}


def test_pathway_joined_to_a_gene_is_read_as_its_members() -> None:
    assert _forms("VEGFR2/ERK signaling") == [("gene.KDR", "activity"), ("gene.MAPK1", "activity"),
                                              ("gene.MAPK3", "activity")]


def test_drug_inhibiting_its_target_in_a_disease_is_a_target_fact(tmp_path) -> None:
    assert _one_sentence(tmp_path, "effects", "In summary, apatinib inhibits VEGFR-2 and acts through several "
                                              "mechanisms in osteosarcoma.") == set()


def test_a_class_of_enzyme_inhibitors_is_not_the_drugs_target(tmp_path) -> None:
    assert _one_sentence(tmp_path, "targets", "Apatinib is metabolised by CYP3A4, and co-administration with strong "
                                              "CYP3A4 inhibitors should be avoided.") == {
        ("drug.apatinib", "gene.CYP3A4", "metabolized_by")}


def test_regulatory_t_cells_and_interferon_gamma_are_read(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In 4T1 tumors, apatinib reduced the infiltration of regulatory T "
                                               "cells and increased IFN-γ secretion.")
    assert {(row[1], row[2]) for row in found} == {("decreases", "process.treg-infiltration"),
                                                    ("increases", "gene.IFNG")}


def test_no_change_was_observed_in_is_no_effect() -> None:
    assert [t.direction for t in triggers("No change was observed in p-p38 levels.")] == ["no_effect"]


def test_passive_with_also_takes_the_agent_after_following(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In T24 cells, migration was also impaired following apatinib "
                                               "treatment.")
    assert {(row[0], row[1], row[2]) for row in found} == {(("drug.apatinib",), "decreases", "process.migration")}


def test_suppressor_cells_are_a_target_not_a_direction_word(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In CT26 tumors, apatinib reduced the proportion of myeloid-derived "
                                               "suppressor cells (MDSCs) and did not alter the number of CD4+ T cells.")
    assert {(row[1], row[2]) for row in found} == {("decreases", "process.mdsc-infiltration"),
                                                    ("no_effect", "process.cd4-t-cell-infiltration")}


def test_reached_peak_concentration_at_a_time_is_tmax(tmp_path) -> None:
    from kg.extract.mechanistic.pharmacokinetics import PharmacokineticExtractor
    from kg.ingest import load_document

    vocabulary = default_vocabulary()
    path = tmp_path / "pk.txt"
    path.write_text("Apatinib reached peak plasma concentration at a median of 3.0 h.\n", encoding="utf-8")
    doc = load_document(path, vocabulary.lexicon())
    found = {(r.parameter, r.value, r.unit) for r in PharmacokineticExtractor(vocabulary).extract(doc)}
    assert found == {("pk.tmax", 3.0, "hour")}


def test_new_gene_names_are_read(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In FaDu cells, apatinib downregulated Mcl-1, CDK4, thymidylate "
                                               "synthase and TGF-β.")
    assert {row[2] for row in found} == {"gene.MCL1", "gene.CDK4", "gene.TYMS", "gene.TGFB1"}


def test_drugs_listed_in_combination_are_one_agent_set() -> None:
    assert _sets("apatinib, oxaliplatin and 5-FU in combination inhibited cell viability") == [
        (("drug.5-fluorouracil", "drug.apatinib", "drug.oxaliplatin"),)]


def test_the_triple_combination_is_the_last_named_combination(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In AGS cells, apatinib, oxaliplatin and 5-FU in combination "
                                               "reduced viability. The triple combination induced apoptosis.")
    assert {(row[0], row[2]) for row in found} == {
        (("drug.5-fluorouracil", "drug.apatinib", "drug.oxaliplatin"), "process.cell-viability"),
        (("drug.5-fluorouracil", "drug.apatinib", "drug.oxaliplatin"), "process.apoptosis")}


def test_resistant_cells_as_subject_are_no_drug_effect(tmp_path) -> None:
    assert _one_sentence(tmp_path, "effects", "In H1975 cells, apatinib reduced proliferation. Apatinib-resistant "
                                              "cells showed increased phosphorylation of AKT.") == {
        (("drug.apatinib",), "decreases", "process.cell-proliferation", "process", ("cell.H1975",))}


def test_increased_before_an_adjective_is_transitive(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In H460 cells, apatinib reversed multidrug resistance and increased "
                                               "intracellular drug levels.")
    assert {(row[1], row[2]) for row in found} == {("decreases", "process.multidrug-resistance")}


def test_a_condition_after_without_is_not_a_changed_target(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib did not affect the viability of HUVECs cultured without VEGF.")
    assert {(row[1], row[2]) for row in found} == {("no_effect", "process.cell-viability")}


def test_gene_chain_coordinated_with_a_named_pathway_shares_its_activity(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib suppresses melanoma cell growth through inhibition of "
                                               "AKT/GSK-3β/β-catenin and NF-κB signaling.")
    assert {(row[2], row[3]) for row in found} >= {("gene.AKT1", "activity"), ("gene.GSK3B", "activity"),
                                                  ("gene.CTNNB1", "activity")}
    assert _one_sentence(tmp_path, "targets", "Apatinib suppresses melanoma cell growth through inhibition of "
                                              "AKT/GSK-3β/β-catenin and NF-κB signaling.") == set()


def test_phospho_site_and_greek_letter_names_are_read(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In A375 cells, apatinib reduced phospho-Akt (Ser473), p-ERK1/2 "
                                               "(Thr202/Tyr204), phosphorylated IκBα and FAK phosphorylation.")
    assert {(row[2], row[3]) for row in found} == {
        ("gene.AKT1", "phosphorylation"), ("gene.MAPK3", "phosphorylation"), ("gene.MAPK1", "phosphorylation"),
        ("gene.NFKBIA", "phosphorylation"), ("gene.PTK2", "phosphorylation")}


def test_a_drug_set_against_the_subject_with_but_not_had_no_effect(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In 786-O cells, sorafenib, but not apatinib, decreased p-MEK.")
    assert {(row[0], row[1], row[2]) for row in found} == {
        (("drug.sorafenib",), "decreases", "gene.MAP2K1"), (("drug.apatinib",), "no_effect", "gene.MAP2K1")}


def test_a_drug_after_unlike_is_not_the_subject(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In 786-O cells, unlike sorafenib, apatinib did not affect p-MEK.")
    assert {(row[0], row[1], row[2]) for row in found} == {(("drug.apatinib",), "no_effect", "gene.MAP2K1")}


def test_whereas_drug_did_not_is_no_effect_on_the_same_target(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In 786-O cells, sorafenib induced apoptosis, whereas apatinib did not.")
    assert {(row[0], row[1], row[2]) for row in found} == {
        (("drug.sorafenib",), "increases", "process.apoptosis"), (("drug.apatinib",), "no_effect", "process.apoptosis")}


def test_semicolon_and_whereas_clauses_keep_their_own_directions(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In HepG2 cells, apatinib suppressed p-PLCγ1; whereas p-Src was "
                                               "unchanged; moreover, cytochrome c release increased.")
    assert {(row[1], row[2]) for row in found} == {
        ("decreases", "gene.PLCG1"), ("no_effect", "gene.SRC"), ("increases", "gene.CYCS")}


def test_a_changed_parameter_under_another_condition_is_not_the_reference_value(tmp_path) -> None:
    from kg.extract.mechanistic.pharmacokinetics import PharmacokineticExtractor
    from kg.ingest import load_document

    vocabulary = default_vocabulary()
    path = tmp_path / "one-sentence.txt"
    path.write_text("For apatinib, the median tmax was 3.0 h; a high-fat meal delayed tmax to 4.5 h. Urinary "
                    "excretion accounted for 7.0% of the dose.\n", encoding="utf-8")
    doc = load_document(path, vocabulary.lexicon())
    found = {(r.parameter, r.value) for r in PharmacokineticExtractor(vocabulary).extract(doc)}
    assert found == {("pk.tmax", 3.0), ("pk.urinary-excretion", 7.0)}


def test_by_a_percentage_after_a_passive_verb_is_no_agent(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In xenografts, apatinib reduced tumor volume. Expression of VEGF-A "
                                               "was reduced by 30% in treated tumors.")
    assert (("drug.apatinib",), "decreases", "gene.VEGFA") in {(row[0], row[1], row[2]) for row in found}


def test_both_drugs_are_the_two_drugs_named_last(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "We compared apatinib and sorafenib in 786-O cells. Both drugs reduced "
                                               "p-MEK.")
    assert {(row[0], row[1], row[2]) for row in found} == {
        (("drug.apatinib",), "decreases", "gene.MAP2K1"), (("drug.sorafenib",), "decreases", "gene.MAP2K1")}


def test_neither_nor_is_no_effect_for_each_and_their_combination_acts_on_it(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In SW480 cells, neither apatinib nor cetuximab alone altered EGFR "
                                               "phosphorylation, whereas their combination abolished it.")
    assert {(row[0], row[1], row[2], row[3]) for row in found} == {
        (("drug.apatinib",), "no_effect", "gene.EGFR", "phosphorylation"),
        (("drug.cetuximab",), "no_effect", "gene.EGFR", "phosphorylation"),
        (("drug.apatinib", "drug.cetuximab"), "decreases", "gene.EGFR", "phosphorylation")}


def test_drugs_that_cooperate_are_one_agent_set() -> None:
    assert _sets("Apatinib and cetuximab cooperate to block EGFR phosphorylation.") == [
        (("drug.apatinib", "drug.cetuximab"),)]


def test_er_stress_markers_and_xenograft_growth_are_read(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib triggered endoplasmic reticulum stress in Huh7 cells, "
                                               "evidenced by elevated GRP78 and CHOP.")
    assert {row[2] for row in found} == {"process.er-stress", "gene.HSPA5", "gene.DDIT3"}
    growth = _one_sentence(tmp_path, "effects", "Apatinib combined with docetaxel exhibited stronger inhibition of "
                                                "A549 xenograft growth than either monotherapy.")
    assert {(row[0], row[1], row[2]) for row in growth} == {
        (("drug.apatinib", "drug.docetaxel"), "decreases", "process.tumor-growth")}


def test_negligible_effects_on_a_process_is_no_effect(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib had negligible effects on the viability of normal "
                                               "hepatocytes.")
    assert {(row[0], row[1], row[2]) for row in found} == {
        (("drug.apatinib",), "no_effect", "process.cell-viability")}


def test_drug_mediated_inhibition_of_a_process_names_the_drug_as_agent(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib-mediated inhibition of proliferation was accompanied by "
                                               "downregulated Cyclin B1 and CDC2.")
    assert {(row[0], row[1], row[2]) for row in found} == {
        (("drug.apatinib",), "decreases", "process.cell-proliferation"),
        (("drug.apatinib",), "decreases", "gene.CCNB1"), (("drug.apatinib",), "decreases", "gene.CDK1")}


def test_fewer_marker_positive_cells_after_a_verb_of_showing_is_the_marker_decreasing(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Compared with the control group, the apatinib group displayed "
                                               "fewer Ki-67-positive cells.")
    assert {(row[0], row[1], row[2]) for row in found} == {(("drug.apatinib",), "decreases", "gene.MKI67")}


def test_phosphorylation_of_a_list_was_abrogated_reads_each_gene(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Following apatinib exposure, the phosphorylation of FAK and paxillin "
                                               "was abrogated.")
    assert {(row[0], row[1], row[2], row[3]) for row in found} == {
        (("drug.apatinib",), "decreases", "gene.PTK2", "phosphorylation"),
        (("drug.apatinib",), "decreases", "gene.PXN", "phosphorylation")}


def _changes(found: set[tuple]) -> set[tuple]:
    return {(row[0], row[1], row[2]) for row in found}


def test_participles_after_their_objects_in_a_with_phrase_keep_their_own_direction(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib reversed EMT in SW480 cells, with vimentin downregulated "
                                               "and E-cadherin and ZO-1 upregulated.")
    assert {("drug.apatinib", "increases", "gene.CDH1"), ("drug.apatinib", "decreases", "gene.VIM")} <= {
        (a[0], d, t) for a, d, t in _changes(found)}
    assert not any(t == "gene.CDH1" and d == "decreases" for _, d, t in _changes(found))


def test_comparatives_listed_after_a_change_are_changes_of_their_own(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib delayed the growth of HT-29 xenografts. Immunohistochemistry "
                                               "showed lower Ki-67 and higher cleaved caspase-3 staining in treated "
                                               "tumors.")
    assert {(d, t) for _, d, t in _changes(found)} == {("decreases", "process.tumor-growth"),
                                                       ("decreases", "gene.MKI67"), ("increases", "gene.CASP3")}


def test_a_greater_reduction_is_not_an_increase_and_higher_doses_are_not_a_change(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib plus cisplatin produced a greater reduction in colony "
                                               "formation and a higher apoptotic rate than either drug.")
    assert {(d, t) for _, d, t in _changes(found)} == {("decreases", "process.colony-formation"),
                                                       ("increases", "process.apoptosis")}
    assert _one_sentence(tmp_path, "effects", "At higher doses apatinib was tested in HT-29 cells.") == set()


def test_a_verb_acting_on_a_noun_of_increase_gives_the_verbs_direction(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In 4T1 tumors, apatinib reduced the accumulation of myeloid-derived "
                                               "suppressor cells.")
    assert {(d, t) for _, d, t in _changes(found)} == {("decreases", "process.mdsc-infiltration")}


def test_passive_directions_pair_with_the_listed_targets_respectively(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "After apatinib treatment of HepG2 cells, the levels of Bax and Bcl-2 "
                                               "were increased by 1.8-fold and decreased by 40%, respectively.")
    assert {(d, t) for _, d, t in _changes(found)} == {("increases", "gene.BAX"), ("decreases", "gene.BCL2")}


def test_as_was_carries_the_direction_to_the_thing_named_after_it(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In HUVECs treated with apatinib, p-AKT was decreased, as was the "
                                               "phosphorylation of eNOS.")
    assert {(d, t, f) for _, d, t, f, _ in found} == {("decreases", "gene.AKT1", "phosphorylation"),
                                                      ("decreases", "gene.NOS3", "phosphorylation")}


def test_rates_stated_for_each_arm_respectively_are_changes_for_each_arm(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In HT-29 xenografts, the tumor growth inhibition rates were 35.1% and "
                                               "61.0% for apatinib and apatinib plus oxaliplatin, respectively.")
    assert _changes(found) == {(("drug.apatinib",), "decreases", "process.tumor-growth"),
                               (("drug.apatinib", "drug.oxaliplatin"), "decreases", "process.tumor-growth")}


def test_a_drug_added_to_a_non_drug_treatment_gives_no_agent(tmp_path) -> None:
    assert _one_sentence(tmp_path, "effects", "In 4T1 tumors, the addition of apatinib to PD-1 blockade further "
                                              "retarded tumor growth.") == set()


def test_a_value_stated_for_an_arm_is_not_the_subject_and_the_combination_is_the_two_drugs(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In A549 cells, cisplatin induced apoptosis, and this effect was "
                                               "enhanced by apatinib: the combination raised the apoptotic rate from "
                                               "12.1% with cisplatin alone to 30.2% and downregulated Mcl-1.")
    assert (("drug.cisplatin",), "decreases", "gene.MCL1") not in _changes(found)
    assert (("drug.apatinib", "drug.cisplatin"), "decreases", "gene.MCL1") in _changes(found)


def test_a_concluding_definition_with_thus_restates_and_adds_no_effect(tmp_path) -> None:
    assert _one_sentence(tmp_path, "effects", "Apatinib is thus a selective VEGFR2 inhibitor that blocks ERK "
                                              "signaling in HUVECs.") == set()


def test_a_named_model_wins_over_the_generic_mice(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In a Matrigel plug assay in C57BL/6 mice, apatinib reduced microvessel "
                                               "density.")
    assert {row[4] for row in found} == {("model.matrigel-plug",)}


def test_potency_notes_between_listed_kinases_do_not_end_the_list(tmp_path) -> None:
    found = _one_sentence(tmp_path, "targets", "In kinase assays, apatinib inhibited VEGFR2 (IC50 = 1 nM) and, to a "
                                               "lesser extent, RET and c-Src (IC50 = 13 and 530 nM).")
    assert found == {("drug.apatinib", g, "inhibits") for g in ("gene.KDR", "gene.RET", "gene.SRC")}


def test_it_as_subject_is_the_drug_of_the_sentence_before(tmp_path) -> None:
    found = _one_sentence(tmp_path, "targets", "Apatinib is a tyrosine kinase inhibitor. At micromolar "
                                               "concentrations it also inhibits c-Kit.")
    assert ("drug.apatinib", "gene.KIT", "inhibits") in found


def test_binding_its_site_names_the_receptor_just_inhibited(tmp_path) -> None:
    found = _one_sentence(tmp_path, "targets", "Apatinib selectively inhibits VEGFR-2 and binds tightly to its "
                                               "ATP-binding pocket.")
    assert ("drug.apatinib", "gene.KDR", "binds") in found


def test_an_inhibitor_class_after_a_preposition_is_no_target_of_the_drug(tmp_path) -> None:
    found = _one_sentence(tmp_path, "targets", "Apatinib exposure rose in the presence of a potent CYP3A4 "
                                               "inhibitor.")
    assert found == set()
    found = _one_sentence(tmp_path, "targets", "We gave apatinib with voriconazole, a strong CYP3A4 inhibitor.")
    assert found == {("drug.voriconazole", "gene.CYP3A4", "inhibits")}


def _pk(tmp_path, text: str) -> set[tuple]:
    from kg.extract.mechanistic.pharmacokinetics import PharmacokineticExtractor
    from kg.ingest import load_document

    vocabulary = default_vocabulary()
    path = tmp_path / "pk.txt"
    path.write_text(text + "\n", encoding="utf-8")
    doc = load_document(path, vocabulary.lexicon())
    return {(p.drug, p.parameter, p.value, p.low, p.high) for p in PharmacokineticExtractor(vocabulary).extract(doc)}


def test_a_parameter_changed_from_a_value_keeps_the_value_before_the_change(tmp_path) -> None:
    found = _pk(tmp_path, "Co-administration with voriconazole reduced the CL/F of apatinib from 40.2 to 19.0 L/h, "
                          "prolonged t1/2 to 14.1 h, whereas Tmax was unchanged.")
    assert found == {("drug.apatinib", "pk.clearance", 40.2, None, None)}


def test_a_half_life_at_steady_state_is_read(tmp_path) -> None:
    assert _pk(tmp_path, "With apatinib once daily, the elimination half-life at steady state was 10.5 h.") == {
        ("drug.apatinib", "pk.half-life", 10.5, None, None)}


def test_a_rescue_with_an_activator_records_only_the_activator_alone(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In HOS cells, colivelin alone enhanced the phosphorylation of STAT3, "
                                               "and pretreatment with colivelin restored p-STAT3 and MMP-9 levels.")
    assert _changes(found) == {(("drug.colivelin",), "increases", "gene.STAT3")}


def test_a_double_decrease_gives_no_change_to_either_word(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In HOS cells, colivelin largely reversed the inhibition of migration "
                                               "caused by apatinib.")
    assert found == set()


def test_flow_cytometry_proportions_and_aggravated_hypoxia_are_changes(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In the LLC model, apatinib raised the proportion of CD8+ T cells and "
                                               "lowered the proportion of CD4+FoxP3+ regulatory T cells, but "
                                               "aggravated hypoxia.")
    assert {(d, t) for _, d, t in _changes(found)} == {
        ("increases", "process.cd8-t-cell-infiltration"), ("decreases", "process.treg-infiltration"),
        ("increases", "process.hypoxia")}


def test_expressed_more_than_controls_is_an_increase_but_more_than_a_drug_is_none(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Tumor cells from apatinib-treated mice expressed more PD-L1 than those "
                                               "from controls.")
    assert {(d, t) for _, d, t in _changes(found)} == {("increases", "gene.CD274")}


def test_a_gene_in_a_measure_parenthesis_is_how_the_change_was_measured(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In the LLC model, apatinib increased pericyte coverage (NG2+/CD31+ "
                                               "ratio 0.52 vs 0.30, P = 0.01).")
    assert {t for _, _, t in _changes(found)} == {"process.pericyte-coverage"}


def test_neither_nor_with_commas_is_no_effect_on_the_expression(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In KB-C2 cells, neither the protein level of ABCB1, measured by "
                                               "western blotting, nor its mRNA level was affected by apatinib.")
    assert {(d, t) for _, d, t in _changes(found)} == {("no_effect", "gene.ABCB1")}


def test_intracellular_accumulation_of_a_substrate_is_drug_accumulation(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In KB-C2 cells, apatinib increased the intracellular accumulation of "
                                               "rhodamine 123.")
    assert _changes(found) == {(("drug.apatinib",), "increases", "process.drug-accumulation")}


def test_a_gene_inside_a_cell_line_name_is_not_changed(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib decreased the IC50 of paclitaxel in HEK293/ABCB1 cells.")
    assert not any(t == "gene.ABCB1" for _, _, t in _changes(found))


def test_a_size_stated_for_each_arm_without_respectively_is_each_arms_change(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In SW620/Ad300 xenografts, apatinib plus paclitaxel inhibited tumor "
                                               "growth (inhibition rate 65.0% vs 20.1% for paclitaxel and 25.3% for "
                                               "apatinib).")
    assert _changes(found) == {(("drug.apatinib", "drug.paclitaxel"), "decreases", "process.tumor-growth"),
                               (("drug.paclitaxel",), "decreases", "process.tumor-growth"),
                               (("drug.apatinib",), "decreases", "process.tumor-growth")}


def test_change_nouns_after_their_markers_and_a_blocking_method_is_no_finding(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In K1 cells, apatinib induced autophagy, as shown by LC3-II "
                                               "accumulation and p62 degradation, and blocking autophagy with "
                                               "3-methyladenine enhanced apatinib-induced apoptosis.")
    assert _changes(found) == {(("drug.apatinib",), "increases", "process.autophagy"),
                               (("drug.apatinib",), "increases", "gene.MAP1LC3B"),
                               (("drug.apatinib",), "decreases", "gene.SQSTM1"),
                               (("drug.3-methyladenine", "drug.apatinib"), "increases", "process.apoptosis")}


def test_remained_stable_and_showed_no_change_are_no_effect_on_the_subject(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In HOS cells, apatinib reduced p-STAT3, whereas total STAT3 protein "
                                               "showed no significant change.")
    assert {(d, t, f) for _, d, t, f, _ in found} == {("decreases", "gene.STAT3", "phosphorylation"),
                                                      ("no_effect", "gene.STAT3", "expression")}


def test_a_partner_named_before_when_combined_with_joins_the_subject(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "When combined with cisplatin, apatinib slowed the growth of A549 "
                                               "xenografts more than cisplatin alone.")
    assert _changes(found) == {(("drug.apatinib", "drug.cisplatin"), "decreases", "process.tumor-growth")}


def test_a_value_in_the_drug_group_against_the_vehicle_group_states_the_direction(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In vivo, the tumour weight was 0.61 ± 0.10 g in the apatinib group "
                                               "versus 1.32 ± 0.20 g in the vehicle group.")
    assert _changes(found) == {(("drug.apatinib",), "decreases", "process.tumor-growth")}


def test_the_same_study_continues_the_citation_and_the_paragraphs_drug(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In 8505C cells, apatinib decreased p-ERK1/2 [4]. The same study found "
                                               "that apatinib lowered cyclin B1. Li et al. observed no change in p38 "
                                               "MAPK phosphorylation [5].")
    assert {(d, t) for _, d, t in _changes(found)} >= {("decreases", "gene.CCNB1"), ("no_effect", "gene.MAPK14")}


def test_lower_potency_is_no_change_and_an_ic50_note_does_not_end_a_kinase_list(tmp_path) -> None:
    found = _one_sentence(tmp_path, "targets", "In kinase assays, apatinib inhibited VEGFR-2 with an IC50 of 1 nmol/L "
                                               "and, with much lower potency, RET (IC50 = 20 nmol/L) and c-Kit.")
    assert found == {("drug.apatinib", g, "inhibits") for g in ("gene.KDR", "gene.RET", "gene.KIT")}
    effects = _one_sentence(tmp_path, "effects", "In kinase assays, apatinib inhibited VEGFR-2 with an IC50 of 1 "
                                                 "nmol/L and, with much lower potency, RET.")
    assert effects == set()


def test_a_named_drug_with_its_stated_target_in_apposition(tmp_path) -> None:
    found = _one_sentence(tmp_path, "targets", "Verapamil, a reference ABCB1 inhibitor, restored the sensitivity.")
    assert found == {("drug.verapamil", "gene.ABCB1", "inhibits")}
    found = _one_sentence(tmp_path, "targets", "We studied the effect of the strong CYP3A4 inhibitor clarithromycin.")
    assert found == {("drug.clarithromycin", "gene.CYP3A4", "inhibits")}


def test_vz_f_is_the_volume_of_distribution(tmp_path) -> None:
    assert _pk(tmp_path, "After a single dose of apatinib, Vz/F was 612 L (35.2%).") == {
        ("drug.apatinib", "pk.volume-of-distribution", 612.0, None, None)}


def test_the_transport_function_of_a_transporter_is_its_measured_activity(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib reverses MDR by directly inhibiting the transport function of "
                                               "ABCB1.")
    assert (("drug.apatinib",), "decreases", "gene.ABCB1", "activity") in {row[:4] for row in found}


def test_a_fall_in_a_protein_changes_what_follows_it(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In Ishikawa cells, apatinib induced apoptosis, with an increase in "
                                               "cleaved caspase-3 and a fall in Bcl-2.")
    assert _changes(found) == {(("drug.apatinib",), "increases", "process.apoptosis"),
                               (("drug.apatinib",), "increases", "gene.CASP3"),
                               (("drug.apatinib",), "decreases", "gene.BCL2")}


def test_the_stimulus_of_the_cells_and_phospho_pairs_are_read_as_an_expert_does(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In HCT116 cells stimulated with VEGF-A, apatinib reduced "
                                               "phospho-ERK1/2.")
    assert {(d, t, f) for _, d, t, f, _ in found} == {("decreases", "gene.MAPK1", "phosphorylation"),
                                                      ("decreases", "gene.MAPK3", "phosphorylation")}


def test_a_genotype_is_not_the_gene_product_and_did_not_change_is_intransitive(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib raised plasma VEGF-A, whereas plasma PlGF did not change. "
                                               "The CYP2D6*10 genotype did not alter exposure to apatinib.")
    assert _changes(found) == {(("drug.apatinib",), "increases", "gene.VEGFA"),
                               (("drug.apatinib",), "no_effect", "gene.PGF")}


def test_a_labelling_index_that_did_not_change_significantly_is_no_effect(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib reduced tumour growth, but the Ki-67 labelling index did not "
                                               "change significantly (28.5% vs 25.1%; P = 0.41).")
    assert (("drug.apatinib",), "no_effect", "gene.MKI67") in _changes(found)


def test_the_expression_of_either_transporter_refers_to_both(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "Apatinib inhibited the efflux function of ABCB1 and ABCG2 without "
                                               "changing the expression of either transporter.")
    assert {(d, t, f) for _, d, t, f, _ in found} == {
        ("decreases", "gene.ABCB1", "activity"), ("decreases", "gene.ABCG2", "activity"),
        ("no_effect", "gene.ABCB1", "expression"), ("no_effect", "gene.ABCG2", "expression")}


def test_a_size_reached_with_each_arm_and_a_hyphenated_combination(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In LoVo xenografts, tumour growth inhibition reached 64.7% with "
                                               "apatinib plus oxaliplatin, versus 27.9% with oxaliplatin alone.")
    assert _changes(found) == {(("drug.apatinib", "drug.oxaliplatin"), "decreases", "process.tumor-growth"),
                               (("drug.oxaliplatin",), "decreases", "process.tumor-growth")}
    found = _one_sentence(tmp_path, "effects", "In HCT116 cells, oxaliplatin alone and the apatinib-oxaliplatin "
                                               "combination lowered cell viability.")
    assert _changes(found) == {(("drug.apatinib", "drug.oxaliplatin"), "decreases", "process.cell-viability"),
                               (("drug.oxaliplatin",), "decreases", "process.cell-viability")}


def test_a_drug_combined_with_an_unnamed_antibody_is_not_acting_alone(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In CT26 tumours, when apatinib was combined with an anti-PD-1 "
                                               "antibody, tumour growth was delayed.")
    assert found == set()


def test_a_tendency_is_hedged(tmp_path) -> None:
    found = _one_sentence(tmp_path, "effects", "In HUVECs, apatinib tended to reduce VEGFR-2 phosphorylation.")
    assert found == set()


def test_binding_and_inhibition_wordings_of_targets(tmp_path) -> None:
    found = _one_sentence(tmp_path, "targets", "Apatinib occupies the ATP-binding cleft of the VEGFR-2 kinase domain.")
    assert found == {("drug.apatinib", "gene.KDR", "binds")}
    found = _one_sentence(tmp_path, "targets", "Apatinib binds the ATP pocket of VEGFR-2 and inhibits it.")
    assert found == {("drug.apatinib", "gene.KDR", "binds"), ("drug.apatinib", "gene.KDR", "inhibits")}
    found = _one_sentence(tmp_path, "targets", "Apatinib inhibited RET. VEGFR-1 was inhibited with an IC50 of 70 nM.")
    assert found == {("drug.apatinib", "gene.RET", "inhibits"), ("drug.apatinib", "gene.FLT1", "inhibits")}


def test_suppressed_receptor_phosphorylation_names_a_target_but_not_a_downstream_one(tmp_path) -> None:
    found = _one_sentence(tmp_path, "targets", "Apatinib suppressed the PDGF-BB-stimulated phosphorylation of "
                                               "PDGFR-β and blocked the phosphorylation of STAT3.")
    assert found == {("drug.apatinib", "gene.PDGFRB", "inhibits")}


def test_an_enzyme_with_no_role_is_not_a_metabolising_enzyme(tmp_path) -> None:
    found = _one_sentence(tmp_path, "targets", "Apatinib is metabolised mainly by CYP3A4; CYP1A2 and CYP2C19 played "
                                               "no measurable role.")
    assert found == {("drug.apatinib", "gene.CYP3A4", "metabolized_by")}


def test_a_named_antibody_against_its_target_but_not_an_unnamed_one(tmp_path) -> None:
    found = _one_sentence(tmp_path, "targets", "Camrelizumab, an anti-PD-1 antibody, was given with apatinib.")
    assert found == {("drug.camrelizumab", "gene.PDCD1", "inhibits")}
    assert _one_sentence(tmp_path, "targets", "Apatinib was combined with an anti-PD-1 antibody.") == set()


def test_excretion_in_faeces_with_the_figure_in_brackets_and_the_paragraphs_drug(tmp_path) -> None:
    assert _pk(tmp_path, "Over 96 hours, most radioactivity was recovered in faeces (69.4%). Apatinib was "
                         "well tolerated.") == {("drug.apatinib", "pk.fecal-excretion", 69.4, None, None)}


def test_a_reference_clearance_belongs_to_the_drug_whose_exposure_changed(tmp_path) -> None:
    assert _pk(tmp_path, "Ketoconazole increased the AUC of apatinib 2.4-fold, and it reduced CL/F from 60.1 to "
                         "25.0 L/h.") == {("drug.apatinib", "pk.clearance", 60.1, None, None)}


def _rows(tmp_path, text: str) -> set[tuple]:
    """Effects of a short text as (agents, direction, target, form), context left out."""
    return {row[:4] for row in _one_sentence(tmp_path, "effects", text)}


def test_a_hyphenated_phosphorylated_prefix_names_the_phosphorylated_form(tmp_path) -> None:
    assert _rows(tmp_path, "In A375 cells, apatinib decreased phosphorylated-STAT3.") == {
        (("drug.apatinib",), "decreases", "gene.STAT3", "phosphorylation")}


def test_little_effect_on_is_no_effect(tmp_path) -> None:
    assert _rows(tmp_path, "In A375 cells, apatinib had little effect on the viability of the cells.") == {
        (("drug.apatinib",), "no_effect", "process.cell-viability", "process")}


def test_a_dose_in_brackets_before_a_non_drug_partner_leaves_no_single_agent() -> None:
    assert _sets("apatinib (50 mg/kg/day) plus fractionated irradiation delayed tumour growth") == [()]


def test_a_non_drug_partner_set_aside_before_the_verb_leaves_no_single_agent_row(tmp_path) -> None:
    assert _rows(tmp_path, "Apatinib, combined with PD-L1 blockade, promotes CD8+ T-cell infiltration.") == set()


def test_a_later_clause_of_a_combination_sentence_is_the_combinations(tmp_path) -> None:
    text = ("Apatinib and gemcitabine were given to mice. The combination raised the proportion of CD8+ T cells, "
            "while the percentage of Tregs declined.")
    assert (("drug.apatinib",), "decreases", "process.treg-infiltration", "process") not in _rows(tmp_path, text)


def test_passive_activated_and_intransitive_accumulated_are_increases_of_activity(tmp_path) -> None:
    text = "Apatinib was added to A375 cells. Mechanistically, caspase-9 was activated, and cleaved PARP accumulated."
    assert _rows(tmp_path, text) == {(("drug.apatinib",), "increases", "gene.CASP9", "activity"),
                                     (("drug.apatinib",), "increases", "gene.PARP1", "activity")}


def test_an_adjectival_activated_is_no_trigger() -> None:
    assert [t.word for t in triggers("activated caspase-3 was detected")] == []


def test_produced_fewer_is_a_stated_decrease() -> None:
    assert [(t.word, t.direction) for t in triggers("the combination produced fewer colonies")] == [
        ("fewer", "decreases")]


def test_a_combination_group_against_the_vehicle_group_is_the_combinations(tmp_path) -> None:
    text = ("Apatinib plus gemcitabine reduced colony formation. Tumour volume was 312 ± 64 mm3 in the combination "
            "group versus 845 ± 121 mm3 in the vehicle group.")
    assert (("drug.apatinib", "drug.gemcitabine"), "decreases", "process.tumor-growth", "process") in _rows(
        tmp_path, text)


def test_a_quantity_that_fell_from_one_value_to_another_is_a_decrease(tmp_path) -> None:
    text = "Mice received apatinib. The proportion of Ki67-positive cells fell from 58% to 19%."
    assert (("drug.apatinib",), "decreases", "gene.MKI67", "expression") in _rows(tmp_path, text)


def test_a_hypoxic_area_is_hypoxia(tmp_path) -> None:
    assert _rows(tmp_path, "In CNE-2 xenografts, apatinib reduced the pimonidazole-positive hypoxic area.") == {
        (("drug.apatinib",), "decreases", "process.hypoxia", "process")}


def test_a_full_stop_after_a_capital_glued_to_a_digit_or_slash_ends_a_sentence() -> None:
    from kg.ingest.sentences import split

    text = "It lowered p70S6K. In vivo, it worked at 40 μmol/L. Mechanistically, it acted at 10 μM. In vivo, it did."
    assert len(split(text)) == 4


def test_little_effect_on_a_kinase_in_a_kinase_assay_is_selectivity_not_an_effect(tmp_path) -> None:
    assert _rows(tmp_path, "In kinase assays, apatinib had little effect on EGFR (IC50 > 10 μM).") == set()


def test_a_trial_analysis_set_is_no_gene() -> None:
    vocabulary = default_vocabulary()
    text = "In the full analysis set (FAS), and in the FAS population, Fas expression fell."
    assert [m.surface for m in target_mentions(text, vocabulary) if m.entry.kind == "gene"] == ["Fas"]
