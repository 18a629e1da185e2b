"""Preclinical abstracts written in other phrasings than the corpus, with the facts a curator records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract.mechanistic.drug_facts import DrugFactExtractor
from kg.extract.mechanistic.molecular import EffectExtractor
from kg.extract.mechanistic.pharmacokinetics import PharmacokineticExtractor
from kg.extract.mechanistic.targets import TargetExtractor
from kg.ground.vocabulary import default_vocabulary
from kg.ingest import load_document

FIXTURES = Path(__file__).parent / "fixtures" / "mechanistic"
CASES = sorted(p.name.removesuffix(".expected.json") for p in FIXTURES.glob("*.expected.json"))


def _document(name: str):
    vocabulary = default_vocabulary()
    return load_document(FIXTURES / f"{name}.txt", vocabulary.lexicon()), vocabulary


def _expected(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", CASES)
def test_effects_match_curator(name: str) -> None:
    expected = _expected(name)
    if "effects" not in expected:
        pytest.skip("no effects curated for this fixture")
    doc, vocabulary = _document(name)
    found = EffectExtractor(vocabulary).extract(doc)
    got = {(tuple(sorted(e.agents)), e.direction, e.target, e.form) for e in found}
    want = {(tuple(sorted(e["agents"])), e["direction"], e["target"], e["form"]) for e in expected["effects"]}
    assert got - want == set(), "spurious effects"
    assert want - got == set(), "missed effects"
    for item in expected["effects"]:
        record = next(e for e in found if (tuple(sorted(e.agents)), e.direction, e.target, e.form)
                      == (tuple(sorted(item["agents"])), item["direction"], item["target"], item["form"]))
        if "context" in item:
            assert record.context == item["context"], record
        if "citation" in item:
            assert record.citation == item["citation"], record
        assert record.evidence and record.evidence[0].doc_id == name
        assert doc.text[record.evidence[0].start:record.evidence[0].end].split()[0] in record.evidence[0].sentence


@pytest.mark.parametrize("name", CASES)
def test_targets_match_curator(name: str) -> None:
    expected = _expected(name)
    doc, vocabulary = _document(name)
    got = {(t.drug, t.target, t.relation) for t in TargetExtractor(vocabulary).extract(doc)}
    want = {(t["drug"], t["target"], t["relation"]) for t in expected.get("targets", [])}
    assert got == want


@pytest.mark.parametrize("name", CASES)
def test_pharmacokinetics_match_curator(name: str) -> None:
    expected = _expected(name)
    doc, vocabulary = _document(name)
    got = {(p.drug, p.parameter, p.value if p.value is not None else (p.low, p.high), p.unit)
           for p in PharmacokineticExtractor(vocabulary).extract(doc)}
    want = {(p["drug"], p["parameter"], p["value"] if not isinstance(p["value"], list) else tuple(p["value"]),
             p["unit"]) for p in expected.get("pharmacokinetics", [])}
    assert got == want


def test_drug_facts_read_code_name_synonym_formula_and_makers(tmp_path: Path) -> None:
    path = tmp_path / "facts.txt"
    path.write_text("Apatinib (YN968D1), also known as rivoceranib, was studied.\n\nApatinib mesylate (molecular "
                    "formula C25H27N5O4S) was first produced by Advanchen Laboratories and then by Jiangsu Hengrui "
                    "Medicine.\n", encoding="utf-8")
    vocabulary = default_vocabulary()
    facts = {(f.drug, f.property, f.value) for f in DrugFactExtractor(vocabulary).extract(
        load_document(path, vocabulary.lexicon()))}
    assert facts == {
        ("drug.apatinib", "code_name", "YN968D1"),
        ("drug.apatinib-mesylate", "formula", "C25H27N5O4S"),
        ("drug.apatinib-mesylate", "manufacturer", "Advanchen Laboratories"),
        ("drug.apatinib-mesylate", "manufacturer", "Jiangsu Hengrui Medicine"),
    }


def _effects(tmp_path: Path, text: str) -> set[tuple[tuple[str, ...], str, str]]:
    vocabulary = default_vocabulary()
    path = tmp_path / "effects.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path, vocabulary.lexicon())
    return {(tuple(e.agents), e.direction, e.target) for e in EffectExtractor(vocabulary).extract(doc)}


def test_a_purpose_hoped_for_is_not_an_effect(tmp_path: Path) -> None:
    assert _effects(tmp_path, "Several groups have combined apatinib with TACE in the hope of suppressing the VEGF "
                              "surge that follows embolization.") == set()


def test_an_adverse_event_named_proliferation_is_not_cell_proliferation(tmp_path: Path) -> None:
    assert _effects(tmp_path, "Camrelizumab rarely caused reactive cutaneous capillary endothelial proliferation "
                              "when given with apatinib (any grade, 2.8%).") == set()
