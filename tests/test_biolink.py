"""The KGX export speaks Biolink: every category, predicate, qualifier and id prefix it writes is in the model.

The model is read from the ``biolink-model`` package (its LinkML schema and prefix map), so a
misspelt category or a predicate the model does not define fails here rather than in a KG-Hub merge.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

import pytest
import yaml
from export_fixture import claim_graph

from kg.export.kgx import CATEGORY, DRUG_CATEGORY, read_kgx, write_kgx

# Biolink has no Cellosaurus prefix (CellLine lists CLO only); the export keeps Bioregistry's "CVCL".
PREFIXES_OUTSIDE_BIOLINK = {"CVCL", "akgid"}


@lru_cache(maxsize=1)
def model() -> dict:
    return yaml.safe_load((files("biolink_model") / "schema" / "biolink_model.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def biolink_prefixes() -> frozenset[str]:
    text = (files("biolink_model") / "prefixmaps" / "biolink-model-prefix-map.json").read_text(encoding="utf-8")
    return frozenset(json.loads(text))


def classes() -> set[str]:
    return {"biolink:" + "".join(word[0].upper() + word[1:] for word in name.split()) for name in model()["classes"]}


def slots() -> set[str]:
    return {"biolink:" + name.replace(" ", "_") for name in model()["slots"]}


def enum_values(name: str) -> set[str]:
    return set(model()["enums"][name]["permissible_values"])


@pytest.fixture(scope="module")
def kgx(tmp_path_factory):
    paths = write_kgx(claim_graph(), tmp_path_factory.mktemp("kgx"), "test-kg")
    return read_kgx(paths["kgx_nodes"]), read_kgx(paths["kgx_edges"])


def test_the_model_is_read():
    assert "biolink:Gene" in classes() and "biolink:affects" in slots()
    assert "biolink:Gen" not in classes()


def test_every_category_the_export_can_write_is_a_biolink_class():
    categories = set(CATEGORY.values()) | set(DRUG_CATEGORY.values()) | {"biolink:NamedThing", "biolink:Drug"}
    assert sorted(categories - classes()) == []


def test_written_categories_and_predicates_are_biolink(kgx):
    nodes, edges = kgx
    assert nodes and edges
    categories = {c for row in nodes for c in row["category"].split("|")} | {row["category"] for row in edges}
    assert sorted(categories - classes()) == []
    predicates = {row["predicate"] for row in edges} | {row["qualified_predicate"] for row in edges} - {""}
    assert sorted(predicates - slots()) == []


def test_edge_columns_and_qualifier_values_are_biolink(kgx):
    _, edges = kgx
    columns = set(edges[0]) - {"id", "subject", "predicate", "object", "category", "context", "grade", "percent"}
    assert sorted("biolink:" + c for c in columns if "biolink:" + c not in slots()) == []
    aspects = {row["object_aspect_qualifier"] for row in edges} - {""}
    assert aspects and aspects <= enum_values("GeneOrGeneProductOrChemicalEntityAspectEnum")
    directions = {row["object_direction_qualifier"] for row in edges} - {""}
    assert directions and directions <= enum_values("DirectionQualifierEnum")
    mechanisms = {row["causal_mechanism_qualifier"] for row in edges} - {""}
    assert mechanisms and mechanisms <= enum_values("CausalMechanismQualifierEnum")
    assert {row["knowledge_level"] for row in edges} <= enum_values("KnowledgeLevelEnum")
    assert {row["agent_type"] for row in edges} <= enum_values("AgentTypeEnum")


def test_node_ids_use_biolink_prefixes(kgx):
    nodes, edges = kgx
    used = {row["id"].split(":", 1)[0] for row in nodes}
    used |= {x.split(":", 1)[0] for row in nodes for x in row["xref"].split("|") if x}
    assert sorted(used - biolink_prefixes() - PREFIXES_OUTSIDE_BIOLINK) == []


def test_node_id_priorities_follow_the_category_id_prefixes():
    """The registry chosen for a node id is one Biolink lists for the category, in Biolink's order."""
    from kg.assemble.namespaces import AKG
    from kg.export.kgx import BIOLINK_PREFIX, ID_PRIORITY

    def class_name(curie: str) -> str:
        words = []
        for char in curie.removeprefix("biolink:"):
            if char.isupper() and words:
                words.append(" ")
            words.append(char.lower())
        return "".join(words)

    out_of_order = []
    for cls, priorities in ID_PRIORITY.items():
        category = "biolink:SmallMolecule" if cls == AKG.Drug else CATEGORY[cls]
        listed = model()["classes"][class_name(category)].get("id_prefixes")
        if not listed:
            continue
        spelled = [BIOLINK_PREFIX.get(p, p) for p in priorities if p != "cellosaurus"]
        if any(p not in listed for p in spelled) or spelled != sorted(spelled, key=listed.index):
            out_of_order.append((category, spelled, listed[:8]))
    assert out_of_order == []
