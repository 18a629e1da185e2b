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
