"""The extractor registry and helpers shared by all rule families."""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import ClassVar

from kg.ground.vocabulary import Vocabulary
from kg.ingest.documents import Document, Sentence
from kg.models import AnyRecord, Evidence

CITATION = re.compile(r"\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]")


class Extractor:
    """A family of extraction rules; subclasses set ``name`` and implement :meth:`extract`."""

    name: ClassVar[str] = ""
    registry: ClassVar[dict[str, type[Extractor]]] = {}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.name:
            Extractor.registry[cls.name] = cls

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    def extract(self, doc: Document) -> list[AnyRecord]:
        raise NotImplementedError


def load_extractors() -> dict[str, type[Extractor]]:
    """Import every module under ``kg.extract`` so each extractor registers itself."""
    import kg.extract as package

    for info in pkgutil.walk_packages(package.__path__, prefix="kg.extract."):
        importlib.import_module(info.name)
    return dict(sorted(Extractor.registry.items()))


def extract_document(doc: Document, vocabulary: Vocabulary, only: set[str] | None = None) -> list[AnyRecord]:
    """Records from every registered extractor (or those named in ``only``), in registry order."""
    records: list[AnyRecord] = []
    for name, cls in load_extractors().items():
        if only and name not in only:
            continue
        records.extend(cls(vocabulary).extract(doc))
    return records


def evidence(doc: Document, sentence: Sentence, rule: str, confidence: float,
             citation: str | None = None) -> Evidence:
    """Evidence pointing at a whole sentence of ``doc``."""
    return Evidence(doc_id=doc.id, sentence=sentence.text, start=sentence.start, end=sentence.end,
                    rule=rule, confidence=confidence, citation=citation)


def citations(text: str) -> list[str]:
    """Citation markers in a text, as written: ``['[20]', '[56, 57]']``."""
    return [m.group(0) for m in CITATION.finditer(text)]


def last_citation(text: str) -> str | None:
    found = citations(text)
    return found[-1] if found else None
