"""One record per fact of one study: restatements of a fact in a review add evidence, not records."""

from __future__ import annotations

from kg.extract.mechanistic import contexts as ctx
from kg.extract.mechanistic.discourse import overlap
from kg.models import MolecularEffect


def merge(effects: list[MolecularEffect], unstated: set[int] = frozenset()) -> list[MolecularEffect]:
    """One record per fact of one study: a restatement (same agents, direction, target, overlapping citation)
    adds its evidence; a form the text left unstated joins the stated one."""
    kept: list[MolecularEffect] = []
    pending = set(unstated)
    for effect in effects:
        twin = next((k for k in kept if _same(k, effect, pending)), None)
        if twin is None:
            kept.append(effect)
            continue
        twin.evidence.extend(e for e in effect.evidence if e not in twin.evidence)
        if effect.context and (not twin.context or _tier(effect.context) < _tier(twin.context)):
            twin.context = effect.context
        if id(twin) in pending and id(effect) not in pending:
            twin.form = effect.form
            pending.discard(id(twin))
    return kept


def _tier(context: list[str]) -> int:
    """How specific a context is: a cell line before a model before a disease (lower is more specific)."""
    return min(ctx.tier(i) for i in context)


def _compatible(a: list[str], b: list[str]) -> bool:
    """Contexts that may describe the same experiment: one unknown or only a disease, a shared model, or "in
    vivo" and a xenograft."""
    if not a or not b or set(a) & set(b):
        return True
    if set(a) | set(b) <= ctx.IN_VIVO:
        return True
    return _tier(a) == 3 or _tier(b) == 3


def _same(a: MolecularEffect, b: MolecularEffect, unstated: set[int]) -> bool:
    if (sorted(a.agents), a.direction, a.target) != (sorted(b.agents), b.direction, b.target):
        return False
    if not overlap(a.citation, b.citation) or not _compatible(a.context, b.context):
        return False
    return a.form == b.form or id(a) in unstated or id(b) in unstated
