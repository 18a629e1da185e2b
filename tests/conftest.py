"""Shared fixtures: the project vocabulary and small documents written into a temporary corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ground.vocabulary import Vocabulary, default_vocabulary

PROJECT_DIR = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def vocabulary() -> Vocabulary:
    return default_vocabulary()


@pytest.fixture
def write_doc(tmp_path: Path):
    """Write a document (text or bytes) into a temporary corpus folder and return its path."""

    def write(name: str, content: str | bytes, folder: str = "corpus") -> Path:
        directory = tmp_path / folder
        directory.mkdir(exist_ok=True)
        path = directory / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
