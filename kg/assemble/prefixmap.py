"""Regenerate ``kg/resources/prefixes.json`` from bioregistry: ``python -m kg.assemble.prefixmap``.

The prefix map is committed so builds need no network and stay reproducible; bioregistry is the
source of every external prefix and URI prefix.
"""

from __future__ import annotations

import json

from kg.assemble.namespaces import CORE_PREFIXES, PREFIX_FILE

EXTERNAL = (
    "chebi", "drugbank", "pubchem.compound", "chembl.compound", "ncit", "unii", "hgnc", "ncbigene",
    "uniprot", "cellosaurus", "mondo", "doid", "go", "reactome", "meddra", "clinicaltrials", "ro",
    "iao", "obi", "uo", "biolink", "sio", "efo", "hp", "mesh", "wikidata", "pav", "semapv", "oboinowl",
)


def build_records() -> list[dict]:
    """Extended prefix map records: our own prefixes, then bioregistry's for external resources."""
    import bioregistry

    records = [{"prefix": p, "uri_prefix": uri, "prefix_synonyms": []} for p, uri in CORE_PREFIXES.items()
               if p not in EXTERNAL]
    for prefix in EXTERNAL:
        preferred = bioregistry.get_preferred_prefix(prefix) or prefix
        uri = bioregistry.get_uri_prefix(prefix)
        if not uri:
            raise SystemExit(f"bioregistry has no URI prefix for {prefix}")
        synonyms = sorted({prefix, prefix.upper(), preferred} - {preferred})
        records.append({"prefix": preferred, "uri_prefix": uri, "prefix_synonyms": synonyms})
    return records


def render(records: list[dict]) -> str:
    return json.dumps(records, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> None:
    PREFIX_FILE.write_text(render(build_records()), encoding="utf-8")
    print(f"wrote {PREFIX_FILE}")


if __name__ == "__main__":
    main()
