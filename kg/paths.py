"""Where the project's files live, so every stage finds them the same way."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = Path(os.environ.get("KG_PROJECT_DIR", PACKAGE_DIR.parent)).resolve()
RESOURCES_DIR = PACKAGE_DIR / "resources"
VOCABULARY_DIR = RESOURCES_DIR / "vocabulary"
ONTOLOGY_DIR = PROJECT_DIR / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "apatinib-kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
QUERIES_DIR = PROJECT_DIR / "queries"
CORPUS_DIR = PROJECT_DIR / "corpus"
OUT_DIR = PROJECT_DIR / "out"
GRAPH_BASENAME = "apatinib-kg"
