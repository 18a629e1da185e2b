"""The hand-curated vocabulary: names, synonyms, class membership and identifiers, read from TSV files.

Every entity the pipeline can name lives in ``kg/resources/vocabulary/*.tsv``; its identifiers live in
``xrefs.tsv`` with the source each was verified in. Nothing here is a fact about a study: only names.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.paths import VOCABULARY_DIR

KIND_FILES = {
    "drug": "drugs.tsv",
    "gene": "genes.tsv",
    "cell": "cell_lines.tsv",
    "disease": "diseases.tsv",
    "process": "processes.tsv",
    "pathway": "pathways.tsv",
    "event": "adverse_events.tsv",
    "endpoint": "endpoints.tsv",
    "model": "models.tsv",
    "pk": "pk_parameters.tsv",
}
XREF_FILE = "xrefs.tsv"
XREF_COLUMNS = ("subject_id", "predicate_id", "object_id", "object_label", "source")
BOUNDARY_BEFORE = r"(?<![A-Za-z0-9])"
BOUNDARY_AFTER = r"(?![A-Za-z0-9])"
SLASH_PAIR = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9-]*?)(\d+)/(\d+)(?![A-Za-z0-9])")


class VocabularyError(ValueError):
    """A vocabulary file that cannot be used; the message names file and line."""


@dataclass(frozen=True)
class Xref:
    """A mapping of a vocabulary entry to an identifier in another resource."""

    predicate: str
    curie: str
    label: str
    source: str


@dataclass(frozen=True)
class Entry:
    """One vocabulary entity."""

    id: str
    kind: str
    label: str
    synonyms: tuple[str, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()
    xrefs: tuple[Xref, ...] = ()

    def field(self, name: str) -> str:
        return dict(self.fields).get(name, "")

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms)


@dataclass(frozen=True)
class Mention:
    """A vocabulary name found in a text."""

    entry: Entry
    start: int
    end: int
    surface: str

    @property
    def id(self) -> str:
        return self.entry.id


@dataclass
class Vocabulary:
    """All vocabulary entries, with a matcher for their names."""

    entries: dict[str, Entry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_name: dict[str, list[Entry]] = {}
        for entry in self.entries.values():
            for name in entry.names:
                bucket = self._by_name.setdefault(_key(name), [])
                if entry not in bucket:
                    bucket.append(entry)
        self._patterns: dict[frozenset[str] | None, tuple[re.Pattern[str], re.Pattern[str]]] = {}

    def __getitem__(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def of_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == kind]

    def label(self, entry_id: str) -> str:
        return self.entries[entry_id].label

    def lexicon(self) -> frozenset[str]:
        """Every name, lower-cased: lets ingest keep the hyphen in names such as VEGFR-2."""
        return frozenset(name.lower() for e in self.entries.values() for name in e.names)

    def lookup(self, name: str, kinds: set[str] | None = None) -> Entry | None:
        """The entry a name denotes (exact name, case rules as in matching)."""
        for entry in self._by_name.get(_key(name), []):
            if kinds and entry.kind not in kinds:
                continue
            if name == entry.label or name in entry.synonyms or _case_free(name, entry):
                return entry
        return None

    def mentions(self, text: str, kinds: set[str] | None = None) -> list[Mention]:
        """Non-overlapping vocabulary names in ``text``, longest first, left to right.

        Lower-case names match in any case ("Apatinib"); names with capitals or digits match exactly,
        so "CT" (chemotherapy) is not found inside ordinary words. "LATS1/2" and "ERK1/2" give one
        mention per member.
        """
        key = frozenset(kinds) if kinds else None
        if key not in self._patterns:
            self._patterns[key] = self._compile(kinds)
        insensitive, sensitive = self._patterns[key]
        found: list[Mention] = []
        for pattern in (insensitive, sensitive):
            for m in pattern.finditer(text):
                entry = self.lookup(m.group(0), kinds)
                if entry:
                    found.append(Mention(entry, m.start(), m.end(), m.group(0)))
        for m in SLASH_PAIR.finditer(text):
            members = [self.lookup(m.group(1) + n, kinds) for n in (m.group(2), m.group(3))]
            if all(members) and members[0] != members[1]:
                found.extend(Mention(e, m.start(), m.end(), m.group(0)) for e in members if e)
        return _without_overlaps(found)

    def _compile(self, kinds: set[str] | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
        # an arm without treatment ("or to observation") is named by the design sentence, never found as a word
        names = {n for e in self.entries.values() if (not kinds or e.kind in kinds)
                 and e.field("category") != "no_treatment" for n in e.names}
        lower = sorted((n for n in names if n == n.lower() and not re.search(r"\d", n)), key=len, reverse=True)
        exact = sorted((n for n in names if n not in lower), key=len, reverse=True)
        return (_alternation(lower, re.IGNORECASE), _alternation(exact, 0))


def _alternation(names: list[str], flags: int) -> re.Pattern[str]:
    if not names:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(n) for n in names)
    return re.compile(f"{BOUNDARY_BEFORE}(?:{body}){BOUNDARY_AFTER}", flags)


def _key(name: str) -> str:
    return name.lower()


def _case_free(name: str, entry: Entry) -> bool:
    return any(n == n.lower() and not re.search(r"\d", n) and n == name.lower() for n in entry.names)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.entry.id))
    kept: list[Mention] = []
    for m in ordered:
        if kept and m.start < kept[-1].end and not (m.start == kept[-1].start and m.end == kept[-1].end):
            continue
        if any(k.start == m.start and k.end == m.end and k.entry.id == m.entry.id for k in kept):
            continue
        kept.append(m)
    return kept


def read_tsv(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with their line numbers; a missing column or ragged row names file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise VocabularyError(f"{path}: cannot read: {exc}") from exc
    reader = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if not header:
        raise VocabularyError(f"{path}:1: empty file, expected a header row")
    missing = [c for c in required if c not in header]
    if missing:
        raise VocabularyError(f"{path}:1: missing column(s) {', '.join(missing)}")
    rows = []
    for number, values in enumerate(reader, start=2):
        if not values or all(not v.strip() for v in values):
            continue
        if len(values) != len(header):
            raise VocabularyError(f"{path}:{number}: {len(values)} fields, header has {len(header)}")
        rows.append((number, dict(zip(header, values))))
    return rows


def load_vocabulary(directory: Path = VOCABULARY_DIR) -> Vocabulary:
    """Read every kind's TSV and the cross-references; ids must be unique and carry their kind."""
    directory = Path(directory)
    xrefs: dict[str, list[Xref]] = {}
    xref_path = directory / XREF_FILE
    if xref_path.exists():
        for _line, row in read_tsv(xref_path, XREF_COLUMNS):
            xrefs.setdefault(row["subject_id"], []).append(
                Xref(row["predicate_id"], row["object_id"], row["object_label"], row["source"])
            )
    entries: dict[str, Entry] = {}
    for kind, filename in KIND_FILES.items():
        path = directory / filename
        for number, row in read_tsv(path, ("id", "label", "synonyms")):
            entry_id = row["id"].strip()
            if not entry_id.startswith(kind + "."):
                raise VocabularyError(f"{path}:{number}: id {entry_id!r} must start with '{kind}.'")
            if entry_id in entries:
                raise VocabularyError(f"{path}:{number}: duplicate id {entry_id!r}")
            synonyms = tuple(s.strip() for s in row["synonyms"].split("|") if s.strip())
            extra = tuple(sorted((k, v) for k, v in row.items() if k not in ("id", "label", "synonyms")))
            entries[entry_id] = Entry(entry_id, kind, row["label"].strip(), synonyms, extra,
                                      tuple(sorted(xrefs.get(entry_id, []), key=lambda x: x.curie)))
    unknown = sorted(set(xrefs) - set(entries))
    if unknown:
        raise VocabularyError(f"{xref_path}: cross-references for unknown ids: {', '.join(unknown[:5])}")
    return Vocabulary(entries)


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The project's vocabulary, read once per process."""
    return load_vocabulary(VOCABULARY_DIR)
