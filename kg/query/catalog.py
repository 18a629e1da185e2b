"""Stored queries: one ``.rq`` file each, with a grlc-style ``#+`` YAML header.

Header keys: ``summary`` (the question, required), ``description``, ``params`` (name → type,
description, default), ``lists`` (column → separator, for cells that join several values: SPARQL's
GROUP_CONCAT has no order, so the runner sorts their items to make answers reproducible across stores)
and ``expect`` (what a correct answer on the project corpus must contain).
A parameter ``name`` is the variable ``?_name`` in the query body; it is bound as an RDF term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from kg.paths import QUERIES_DIR

PARAM_TYPES = ("iri", "literal", "integer", "decimal")


class QueryError(ValueError):
    """A stored query that is missing, malformed, or asked with wrong parameters."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str = "literal"
    description: str = ""
    default: Any = None


@dataclass(frozen=True)
class StoredQuery:
    name: str
    path: Path
    text: str
    summary: str
    description: str = ""
    params: tuple[Param, ...] = ()
    expect: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    lists: tuple[tuple[str, str], ...] = ()

    @property
    def body_line(self) -> int:
        """Line number (1-based) where the SPARQL body starts, to report parse errors in the file."""
        for number, line in enumerate(self.text.splitlines(), start=1):
            if not line.startswith("#+"):
                return number
        return 1


def parse_header(path: Path, text: str) -> dict[str, Any]:
    lines = [line[2:] for line in text.splitlines() if line.startswith("#+")]
    try:
        header = yaml.safe_load("\n".join(re.sub(r"^ ", "", line) for line in lines)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise QueryError(f"{where}: invalid '#+' header: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(header, dict) or not header.get("summary"):
        raise QueryError(f"{path}:1: missing '#+ summary:' header (the question the query answers)")
    return header


def check_syntax(path: Path, text: str) -> None:
    """Parse the query with the store's parser; an error names the file and line."""
    try:
        ox.Store().query(text)
    except SyntaxError as exc:
        message = str(exc)
        m = re.search(r"(\d+):(\d+)", message)
        line = f":{m.group(1)}" if m else ""
        raise QueryError(f"{path}{line}: SPARQL syntax error: {message}") from exc


def load_query(path: Path) -> StoredQuery:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read: {exc}") from exc
    header = parse_header(path, text)
    check_syntax(path, text)
    params = []
    for name, spec in (header.get("params") or {}).items():
        spec = spec or {}
        ptype = spec.get("type", "literal")
        if ptype not in PARAM_TYPES:
            raise QueryError(f"{path}: parameter {name!r} has unknown type {ptype!r}")
        if f"?_{name}" not in text:
            raise QueryError(f"{path}: parameter {name!r} is declared but ?_{name} is not used")
        params.append(Param(name, ptype, str(spec.get("description", "")), spec.get("default")))
    lists = header.get("lists") or {}
    if not isinstance(lists, dict) or not all(isinstance(v, str) and v for v in lists.values()):
        raise QueryError(f"{path}: '#+ lists:' must map column names to separators")
    return StoredQuery(path.stem, path, text, str(header["summary"]).strip(),
                       str(header.get("description", "")).strip(), tuple(params),
                       tuple(header.get("expect") or ()), tuple(sorted(lists.items())))


def load_catalog(directory: Path = QUERIES_DIR) -> dict[str, StoredQuery]:
    """Every stored query of a folder, by name."""
    directory = Path(directory)
    if not directory.is_dir():
        raise QueryError(f"{directory}: queries folder not found")
    return {p.stem: load_query(p) for p in sorted(directory.glob("*.rq"))}


def find_query(name: str, directory: Path = QUERIES_DIR) -> StoredQuery:
    path = Path(directory) / f"{name}.rq"
    if not path.exists():
        known = ", ".join(sorted(p.stem for p in Path(directory).glob("*.rq")))
        raise QueryError(f"unknown query {name!r}; stored queries: {known}")
    return load_query(path)
