"""Keep ``xrefs.tsv`` canonical and valid: ``python -m kg.ground.xrefs --fix`` rewrites it in place.

Canonical means: every object id as ``bioregistry.normalize_curie`` returns it, rows sorted by
subject then object, no duplicate rows. ``--check`` (the default) lists problems and exits 1.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from kg.ground.vocabulary import XREF_COLUMNS, XREF_FILE, read_tsv
from kg.paths import VOCABULARY_DIR

XREF_PATH = VOCABULARY_DIR / XREF_FILE
UNMAPPED_PATH = VOCABULARY_DIR / "unmapped.tsv"
PREDICATES = ("skos:exactMatch", "skos:closeMatch", "skos:relatedMatch", "skos:broadMatch", "skos:narrowMatch")
FIX_COMMAND = "python -m kg.ground.xrefs --fix"


def normalize(curie: str) -> str:
    """The bioregistry-normal form of a CURIE, or the input unchanged when bioregistry does not know it."""
    import bioregistry

    return bioregistry.normalize_curie(curie.strip()) or curie.strip()


def curie_problem(curie: str) -> str | None:
    """Why a CURIE is not acceptable (unknown prefix, not normal, id not matching the pattern), or None."""
    import bioregistry

    prefix, _, local = curie.partition(":")
    if not local:
        return f"{curie!r} is not a CURIE"
    if bioregistry.normalize_prefix(prefix) is None:
        return f"{curie!r}: prefix {prefix!r} unknown to bioregistry"
    if normalize(curie) != curie:
        return f"{curie!r} is not in normal form ({normalize(curie)!r})"
    pattern = bioregistry.get_pattern(prefix)
    if pattern and not re.fullmatch(pattern, local):
        return f"{curie!r}: local id does not match {prefix} pattern {pattern}"
    return None


def canonical_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows with normalised object ids, stripped cells, duplicates removed, sorted by subject then object."""
    seen: dict[tuple[str, str, str], dict[str, str]] = {}
    for row in rows:
        clean = {column: row.get(column, "").strip() for column in XREF_COLUMNS}
        clean["object_id"] = normalize(clean["object_id"])
        seen.setdefault((clean["subject_id"], clean["object_id"], clean["predicate_id"]), clean)
    return [seen[key] for key in sorted(seen)]


def render(rows: list[dict[str, str]]) -> str:
    lines = ["\t".join(XREF_COLUMNS)] + ["\t".join(row[c] for c in XREF_COLUMNS) for row in rows]
    return "\n".join(lines) + "\n"


def read_rows(path: Path = XREF_PATH) -> list[dict[str, str]]:
    return [row for _, row in read_tsv(path, XREF_COLUMNS)]


def problems(path: Path = XREF_PATH) -> list[str]:
    """Everything wrong with the file: non-canonical form, bad CURIEs, unknown predicates, missing sources."""
    rows = read_rows(path)
    found = []
    if path.read_text(encoding="utf-8") != render(canonical_rows(rows)):
        found.append(f"{path} is not in canonical form; run `{FIX_COMMAND}`")
    for number, row in enumerate(rows, start=2):
        problem = curie_problem(row["object_id"])
        if problem:
            found.append(f"{path}:{number}: {problem}")
        if row["predicate_id"] not in PREDICATES:
            found.append(f"{path}:{number}: predicate {row['predicate_id']!r} not one of {', '.join(PREDICATES)}")
        if not row["source"].strip():
            found.append(f"{path}:{number}: no source says where {row['object_id']} was verified")
    return found


def read_unmapped(path: Path = UNMAPPED_PATH) -> dict[str, str]:
    """Entities knowingly left without identifiers: id → reason."""
    return {row["id"]: row["reason"] for _, row in read_tsv(path, ("id", "reason"))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fix", action="store_true", help="rewrite the file in canonical form")
    parser.add_argument("path", nargs="?", type=Path, default=XREF_PATH)
    args = parser.parse_args(argv)
    if args.fix:
        args.path.write_text(render(canonical_rows(read_rows(args.path))), encoding="utf-8")
    found = problems(args.path)
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
