"""The vocabulary: names match the way a reader would read them, and malformed files are named."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from kg.ground.vocabulary import KIND_FILES, VocabularyError, load_vocabulary
from kg.paths import VOCABULARY_DIR


def ids(mentions):
    return [m.id for m in mentions]


def test_names_are_found_with_case_rules_and_longest_match(vocabulary):
    found = vocabulary.mentions("Apatinib decreased p-VEGFR2 in MDA-MB-231 cells; the CT arm had hand-foot syndrome.")
    assert ids(found) == ["drug.apatinib", "gene.KDR", "cell.MDA-MB-231", "drug.chemotherapy",
                          "event.hand-foot-syndrome"]


def test_abbreviations_do_not_match_inside_words_or_in_the_wrong_case(vocabulary):
    assert ids(vocabulary.mentions("The act of selecting a vm.", kinds={"drug", "process"})) == []


def test_slash_pairs_name_both_members(vocabulary):
    assert set(ids(vocabulary.mentions("decreased LATS1/2 and ERK1/2; CYP3A4/5"))) == {
        "gene.LATS1", "gene.LATS2", "gene.MAPK3", "gene.MAPK1", "gene.CYP3A4", "gene.CYP3A5"}


def test_no_name_denotes_two_entries_of_one_kind(vocabulary):
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in vocabulary.entries.values():
        for name in entry.names:
            seen[(entry.kind, name.lower())].add(entry.id)
    ambiguous = {k: v for k, v in seen.items() if len(v) > 1}
    assert not ambiguous, f"ambiguous names: {ambiguous}"


def test_references_between_entries_resolve(vocabulary):
    for entry in vocabulary.entries.values():
        for column in ("parent", "disease"):
            target = entry.field(column)
            assert not target or target in vocabulary, f"{entry.id}: {column} {target!r} is not an entry"
        for member in filter(None, entry.field("members").split("|")):
            assert member in vocabulary, f"{entry.id}: member {member!r} is not an entry"


def copy_vocabulary(tmp_path: Path) -> Path:
    for name in [*KIND_FILES.values(), "xrefs.tsv"]:
        source = VOCABULARY_DIR / name
        if source.exists():
            (tmp_path / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def test_a_ragged_row_names_file_and_line(tmp_path):
    directory = copy_vocabulary(tmp_path)
    path = directory / "drugs.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "drug.broken\tbroken\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"drugs\.tsv:\d+: 2 fields"):
        load_vocabulary(directory)


def test_a_duplicate_id_is_refused(tmp_path):
    directory = copy_vocabulary(tmp_path)
    path = directory / "genes.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="duplicate id"):
        load_vocabulary(directory)
