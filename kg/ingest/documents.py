"""Load corpus documents: read and check the file, clean it, split it into sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.ingest.clean import CleanText, clean
from kg.ingest.sentences import split

METADATA_SUFFIX = ".meta.yaml"
DOCUMENT_KINDS = ("review", "trial-abstract", "trial-record", "preclinical-abstract", "article")


class DocumentError(ValueError):
    """A document that cannot be read; the message names the file (and line where there is one)."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path, self.line = path, line


@dataclass(frozen=True)
class Sentence:
    """A sentence of clean text and where it lies in the original file."""

    index: int
    text: str
    start: int
    end: int
    clean_start: int
    clean_end: int


@dataclass(frozen=True)
class TextBlock:
    """A table or caption set aside from the prose, with its original span."""

    kind: str
    start: int
    end: int
    text: str


@dataclass
class Document:
    """A corpus document after ingest."""

    id: str
    path: Path
    text: str
    metadata: dict[str, Any]
    clean: CleanText
    sentences: list[Sentence] = field(default_factory=list)
    blocks: list[TextBlock] = field(default_factory=list)

    @property
    def title(self) -> str:
        return str(self.metadata.get("title") or self.id)

    @property
    def kind(self) -> str:
        return str(self.metadata.get("kind") or "article")

    def sentence_at(self, original_offset: int) -> Sentence | None:
        """The sentence covering an original offset, if any."""
        for sentence in self.sentences:
            if sentence.start <= original_offset < sentence.end:
                return sentence
        return None


def read_text(path: Path) -> str:
    """Read a UTF-8 text file or raise a DocumentError naming the file and line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read: {exc.strerror}") from exc
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise DocumentError(path, "binary content (NUL byte); expected UTF-8 text", line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DocumentError(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})", line) from exc
    if not text.strip():
        raise DocumentError(path, "empty document")
    return text.removeprefix("\ufeff")


def read_metadata(path: Path) -> dict[str, Any]:
    """The document's ``.meta.yaml`` beside it, or an empty mapping when there is none."""
    meta_path = path.with_name(path.stem + METADATA_SUFFIX)
    if not meta_path.exists():
        return {}
    try:
        data = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DocumentError(meta_path, f"invalid YAML: {exc}", mark.line + 1 if mark else None) from exc
    except UnicodeDecodeError as exc:
        raise DocumentError(meta_path, "not UTF-8 text") from exc
    if not isinstance(data, dict):
        raise DocumentError(meta_path, "metadata must be a mapping of field: value")
    kind = data.get("kind")
    if kind is not None and kind not in DOCUMENT_KINDS:
        raise DocumentError(meta_path, f"unknown kind {kind!r}; expected one of {', '.join(DOCUMENT_KINDS)}")
    return data


def load_document(path: Path, lexicon: frozenset[str] = frozenset()) -> Document:
    """Read, clean and sentence-split one document."""
    path = Path(path)
    text = read_text(path)
    metadata = read_metadata(path)
    cleaned = clean(text, title=metadata.get("title"), lexicon=lexicon)
    if not cleaned.text.strip():
        raise DocumentError(path, "no prose left after removing page furniture")
    sentences = []
    for index, (start, end) in enumerate(split(cleaned.text, cleaned.breaks)):
        o_start, o_end = cleaned.original_span(start, end)
        sentences.append(Sentence(index, cleaned.text[start:end], o_start, o_end, start, end))
    blocks = [TextBlock(kind, start, end, block) for kind, start, end, block in cleaned.blocks]
    return Document(path.stem, path, text, metadata, cleaned, sentences, blocks)


def load_corpus(corpus_dir: Path, lexicon: frozenset[str] = frozenset()) -> list[Document]:
    """Every ``*.txt`` document of a folder, in name order so builds are reproducible."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise DocumentError(corpus_dir, "corpus folder not found")
    paths = sorted(corpus_dir.glob("*.txt"))
    if not paths:
        raise DocumentError(corpus_dir, "no .txt documents in the corpus folder")
    return [load_document(p, lexicon) for p in paths]
