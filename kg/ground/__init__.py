"""Stage 3 — ground: names in text → vocabulary entries → standard identifiers."""

from kg.ground.vocabulary import Entry, Mention, Vocabulary, VocabularyError, load_vocabulary

__all__ = ["Entry", "Mention", "Vocabulary", "VocabularyError", "load_vocabulary"]
