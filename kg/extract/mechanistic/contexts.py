"""Where an effect was seen: cell lines first, then named models (xenograft, stem cells), then
generic models and diseases; a sentence naming no model takes the model of its study unit.
"SKOV3 xenografts" names the in-vivo model, not the cell line."""

from __future__ import annotations

import re

from kg.ground.vocabulary import Mention, Vocabulary

CLINICAL_AFTER = re.compile(r"^\s*(?:patients?|treatment|therapy|therapies|management|care|survivors?)\b", re.I)
GRAFTED_AFTER = re.compile(r"^[\s-]*(?:cells?\s+)?(?:(?:subcutaneous|orthotopic|intracranial)\s+)?(?:tumou?r\s+)?"
                           r"(?:xenografts?|allografts?|(?:tumou?r-)?bearing)\b", re.I)
GENERIC = {"model.breast-cancer-cells", "model.breast-cancer-models"}
NOT_CONTEXT = {"disease.cancer"}
IN_VIVO = {"model.xenograft", "model.in-vivo"}
"""Models of one in-vivo experiment: "in vivo" and a xenograft may name the same tumours."""


def context_mentions(text: str, vocabulary: Vocabulary) -> list[Mention]:
    """Cell line, model and disease names in a sentence view; "breast cancer patients" and "breast cancer
    treatment" name no experimental model."""
    found = []
    for m in vocabulary.mentions(text, {"cell", "model", "disease"}):
        if m.id in NOT_CONTEXT:
            continue
        if m.entry.kind == "disease" and CLINICAL_AFTER.match(text[m.end:]):
            continue
        if m.entry.kind == "cell" and GRAFTED_AFTER.match(text[m.end:]):
            continue
        found.append(m)
    return found


def syngeneic(entry_id: str) -> bool:
    """A named in-vivo model of its own ("Lewis lung carcinoma model"), which a whole study may be about, unlike the
    generic "in vivo" and xenograft that name one experiment of a study."""
    return entry_id.startswith("model.") and entry_id not in IN_VIVO | GENERIC and entry_id != "model.matrigel-plug"


def tier(entry_id: str) -> int:
    """Specificity of a context id: 0 cell line, 1 named model, 2 generic model, 3 disease."""
    if entry_id.startswith("cell."):
        return 0
    if entry_id.startswith("model."):
        return 2 if entry_id in GENERIC else 1
    return 3


def best(ids: list[str]) -> list[str]:
    """The most specific tier of context ids, in order of appearance."""
    if not ids:
        return []
    top = min(tier(i) for i in ids)
    found = list(dict.fromkeys(i for i in ids if tier(i) == top))
    named = [i for i in found if i != "model.in-vivo"]
    return named or found  # "a Matrigel plug assay in C57BL/6 mice": the named model, not the generic "mice"


def resolve(sentence_ids: list[str], unit_ids: list[str], vocabulary: Vocabulary) -> list[str]:
    """A sentence's own context, or its unit's where the unit's is more specific (a cell line for "a breast
    cancer cell line", "breast cancer stem cells" for "CSCs"); a unit passes on models, not diseases."""
    own, shared = best(sentence_ids), best([i for i in unit_ids if tier(i) < 3])
    if shared and (not own or (tier(own[0]) >= 2 and tier(shared[0]) < tier(own[0]))):
        return shared
    if shared and own and tier(shared[0]) == tier(own[0]):
        narrower = [s for s in shared if any(_narrows(vocabulary, s, o) for o in own)]
        if narrower:
            return narrower
    return own


def _narrows(vocabulary: Vocabulary, specific: str, general: str) -> bool:
    a, b = vocabulary.label(specific).lower(), vocabulary.label(general).lower()
    return a != b and a.endswith(b)
