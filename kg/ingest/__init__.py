"""Stage 1 — ingest: read documents, clean PDF-extracted text, split sentences, keep offsets."""

from kg.ingest.documents import Document, DocumentError, Sentence, TextBlock, load_corpus, load_document

__all__ = ["Document", "DocumentError", "Sentence", "TextBlock", "load_corpus", "load_document"]
