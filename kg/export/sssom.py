"""The vocabulary's identifier mappings as an SSSOM TSV file, so mapping tools can read them directly."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.assemble import identifiers as ids
from kg.assemble.namespaces import compress, converter, expand
from kg.ground.vocabulary import Vocabulary

MAPPING_SET_ID = "https://w3id.org/apatinib-kg/mappings/apatinib-kg.sssom.tsv"
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
JUSTIFICATION = "semapv:ManualMappingCuration"
COLUMNS = ("subject_id", "subject_label", "predicate_id", "object_id", "object_label",
           "mapping_justification", "comment")


def mapping_rows(graph: Graph, vocabulary: Vocabulary) -> list[dict[str, str]]:
    """One row per cross-reference of every vocabulary entity present in ``graph``, sorted."""
    rows = []
    for entry in vocabulary.entries.values():
        node = ids.entity(entry.id)
        if (node, None, None) not in graph:
            continue
        for xref in entry.xrefs:
            rows.append({
                "subject_id": compress(str(node)) or str(node),
                "subject_label": entry.label,
                "predicate_id": xref.predicate,
                "object_id": compress(expand(xref.curie)) or xref.curie,
                "object_label": xref.label,
                "mapping_justification": JUSTIFICATION,
                "comment": f"verified in: {xref.source}",
            })
    return sorted(rows, key=lambda r: (r["subject_id"], r["object_id"], r["predicate_id"]))


def header(rows: list[dict[str, str]]) -> list[str]:
    """The YAML metadata block, each line behind '#': prefixes actually used, set id, license."""
    used = {"semapv", "skos"} | {r[c].split(":", 1)[0] for r in rows for c in ("subject_id", "object_id")}
    prefix_map = converter().prefix_map
    lines = ["curie_map:"]
    lines += [f"  {prefix}: {prefix_map[prefix]}" for prefix in sorted(used) if prefix in prefix_map]
    lines += [
        f"mapping_set_id: {MAPPING_SET_ID}",
        "mapping_set_title: Apatinib knowledge graph vocabulary mappings",
        "mapping_set_description: Identifiers of the drugs, genes, cell lines, diseases, processes, "
        "pathways, adverse events and endpoints named in the apatinib literature.",
        f"license: {LICENSE}",
        "mapping_provider: https://w3id.org/apatinib-kg",
    ]
    return ["#" + line for line in lines]


def _cell(value: str) -> str:
    return " ".join(value.replace("\t", " ").split())


def sssom_tsv(graph: Graph, vocabulary: Vocabulary) -> str:
    rows = mapping_rows(graph, vocabulary)
    body = ["\t".join(COLUMNS)] + ["\t".join(_cell(row[c]) for c in COLUMNS) for row in rows]
    return "\n".join(header(rows) + body) + "\n"


def write_sssom(graph: Graph, vocabulary: Vocabulary, directory: Path) -> Path:
    """Write ``mappings.sssom.tsv`` into ``directory``."""
    path = Path(directory) / "mappings.sssom.tsv"
    path.write_text(sssom_tsv(graph, vocabulary), encoding="utf-8")
    return path
