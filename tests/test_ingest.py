"""Ingest: cleaning PDF text keeps names whole, drops furniture, and every sentence maps back to the file."""

from __future__ import annotations

import re

import pytest

from kg.ingest import DocumentError, load_document
from kg.ingest.clean import clean
from kg.ingest.sentences import split


def squash(text: str) -> str:
    return re.sub(r"[\s-]+", "", text)


def test_hyphen_inside_a_word_is_joined_but_names_keep_theirs():
    text = "Apatinib with che-\nmotherapy inhibits VEGFR-\n2 in an open-\nlabel trial; CY-\nP2D6 metabolises it."
    out = clean(text, lexicon=frozenset({"cyp2d6", "vegfr-2"}))
    assert "chemotherapy" in out.text
    assert "VEGFR-2" in out.text
    assert "open-label" in out.text
    assert "CYP2D6" in out.text


def test_page_furniture_is_dropped_and_tables_and_captions_set_aside():
    text = (
        "Apatinib reduced proliferation.\n\n132\n\nhttps://doi.org/10.1/x\n"
        "Res Mol Med, 2025; 13(3):131-142\n"
        "It also induced apoptosis in\n\nFigure 2. The drugs used\n MDA-MB-231 cells [18].\n"
        "Table 1. Trials\nDrug Result Ref.\nApatinib PFS 3 months [68]\n"
        "Abbreviations: PFS: progression-free survival.\n"
        "Next sentence.\n"
    )
    out = clean(text)
    assert "132" not in out.text and "doi.org" not in out.text and "Res Mol Med" not in out.text
    assert "induced apoptosis in MDA-MB-231 cells [18]." in out.text
    kinds = [block[0] for block in out.blocks]
    assert kinds == ["caption", "table"]
    assert "[68]" in out.blocks[1][3] and "[68]" not in out.text


def test_every_clean_character_maps_to_the_same_character_of_the_original():
    text = "The ORR was 33.3%,\nand the DCR   75%.\n\n12\n\nPFS was 4.6 months."
    out = clean(text)
    for i, ch in enumerate(out.text):
        if not ch.isspace():
            assert text[out.offsets[i]] == ch


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zhang et al. reported that apatinib worked [17]. Next one.", 2),
        ("PFS was 182 vs. 63 days. OS was longer.", 2),
        ("The dose was 500 mg/d. The toxic effects included rash.", 2),
        ("The volume was 112.5 L. The clearance was high.", 2),
        ("Median PFS was 6.0 months (95% CI, 2.8-5.2). OS was e.g. longer.", 2),
    ],
)
def test_sentences_split_like_a_reader_would(text, expected):
    assert len(split(text)) == expected


def test_sentence_offsets_point_into_the_original_file(write_doc):
    path = write_doc("d.txt", "  Apatinib inhibits VEGFR-\n2 [4].\n\nThe ORR was 10%\nin this trial [5].\n")
    doc = load_document(path)
    assert [s.text for s in doc.sentences] == ["Apatinib inhibits VEGFR-2 [4].", "The ORR was 10% in this trial [5]."]
    for sentence in doc.sentences:
        assert squash(doc.text[sentence.start:sentence.end]) == squash(sentence.text)


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        ("", "empty document", None),
        ("   \n\n", "empty document", None),
        (b"line one\nline two\x00binary", "binary content", 2),
        (b"ok line\n\xff\xfe broken", "not UTF-8", 2),
    ],
)
def test_bad_documents_get_one_clear_error_naming_file_and_line(write_doc, content, message, line):
    path = write_doc("bad.txt", content)
    with pytest.raises(DocumentError) as info:
        load_document(path)
    assert str(path) in str(info.value) and message in str(info.value)
    assert info.value.line == line


def test_bad_metadata_names_its_file_and_line(write_doc):
    path = write_doc("doc.txt", "Apatinib inhibits VEGFR2.")
    write_doc("doc.meta.yaml", "title: ok\nkind: [unclosed\n")
    with pytest.raises(DocumentError, match=r"doc\.meta\.yaml:\d+: invalid YAML"):
        load_document(path)


def test_metadata_kind_must_be_known(write_doc):
    path = write_doc("doc.txt", "Apatinib inhibits VEGFR2.")
    write_doc("doc.meta.yaml", "kind: blog\n")
    with pytest.raises(DocumentError, match="unknown kind"):
        load_document(path)


def test_a_sentence_may_start_with_a_digit():
    text = "Co-treatment decreased p-VEGFR2 compared with either agent alone. 5-FU alone had no effect."
    assert len(split(text)) == 2


def test_a_long_title_stays_apart_from_the_first_sentence(write_doc):
    title = "Apatinib suppresses tumour growth and angiogenesis of anaplastic thyroid carcinoma through the AKT pathway"
    doc = load_document(write_doc("t.txt", f"{title}\n\nApatinib inhibited proliferation of KHM-5M cells.\n"))
    assert [s.text for s in doc.sentences] == [title, "Apatinib inhibited proliferation of KHM-5M cells."]


def test_a_middle_dot_between_digits_is_a_decimal_point_at_the_same_offset():
    text = "Median OS was 6·9 months · a gain; the ratio was 0·71."
    out = clean(text)
    assert "6.9 months · a gain" in out.text and "0.71." in out.text
    assert text[out.offsets[out.text.index("6.9") + 1]] == "·"


def test_a_pipe_table_without_a_note_ends_at_the_blank_line_after_its_rows():
    text = ("Safety was pooled [25].\n\nTable 2. Adverse events (n = 100) [25]\nEvent | Any grade (%)\n"
            "Hypertension | 64.3\n\nHypothyroidism was reported in 5.2% of patients.\n")
    out = clean(text)
    assert "Hypothyroidism was reported in 5.2% of patients." in out.text
    assert "64.3" in out.blocks[0][3] and "Hypothyroidism" not in out.blocks[0][3]


def test_a_pipe_table_keeps_rows_after_a_blank_line():
    text = "Table 1. Trials [4]\nEvent | Any grade (%)\nFatigue | 20.0\n\nRash | 10.0\n\nThe next sentence.\n"
    out = clean(text)
    assert "Rash | 10.0" in out.blocks[0][3] and out.text.strip() == "The next sentence."
