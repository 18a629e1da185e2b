"""Stage 2 — extract: rules that read sentences and return typed records with their evidence.

Each rule family is a module in a subpackage (``clinical``, ``mechanistic``); every subclass of
:class:`~kg.extract.base.Extractor` with a ``name`` registers itself when its module is imported.
"""

from kg.extract.base import Extractor, extract_document, load_extractors

__all__ = ["Extractor", "extract_document", "load_extractors"]
