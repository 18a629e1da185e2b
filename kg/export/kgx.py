"""KGX TSV nodes and edges with Biolink categories and predicates, so the graph merges into KG-Hub graphs.

Node ids are CURIEs in Biolink's prefix spelling, taken from the entity's preferred exact match where it
has one (the other exact matches go to ``xref``); claims become edges that keep their evidence:
publications, supporting sentences, knowledge level and agent type. Multivalued cells are '|'-joined,
as the KGX format specifies.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.assemble import identifiers as ids
from kg.assemble.namespaces import AKG, compress
from kg.paths import GRAPH_BASENAME

INFORES = "infores:apatinib-kg"
LIST_SEPARATOR = "|"
NODE_COLUMNS = ("id", "category", "name", "synonym", "xref", "provided_by")
EDGE_COLUMNS = (
    "id", "subject", "predicate", "object", "category", "qualified_predicate", "object_aspect_qualifier",
    "object_direction_qualifier", "causal_mechanism_qualifier", "negated", "disease_context_qualifier", "context",
    "grade", "percent",
    "knowledge_level", "agent_type", "primary_knowledge_source", "publications", "supporting_text",
)
# Biolink's spelling of a prefix where it differs from the project's (bioregistry-preferred) one.
# Biolink has no Cellosaurus prefix (its CellLine id_prefixes are CLO only); "CVCL" is Bioregistry's synonym.
BIOLINK_PREFIX = {
    "uniprot": "UniProtKB", "hgnc": "HGNC", "drugbank": "DRUGBANK", "chembl.compound": "CHEMBL.COMPOUND",
    "pubchem.compound": "PUBCHEM.COMPOUND", "unii": "UNII", "reactome": "REACT", "cellosaurus": "CVCL",
    "meddra": "MEDDRA", "clinicaltrials": "CLINICALTRIALS",
}
# Which exact match becomes the node id, by kind, best first: prefixes the Biolink category lists in
# its id_prefixes, in that order (a test holds this to the Biolink Model). Cellosaurus is the one
# exception: Biolink lists no cell-line registry but CLO. Other matches go to the node's ``xref``.
ID_PRIORITY = {
    AKG.Drug: ("CHEBI", "unii", "pubchem.compound", "chembl.compound", "drugbank"),
    AKG.GeneOrProtein: ("NCBIGene", "hgnc"),
    AKG.CellLine: ("cellosaurus",),
    AKG.Disease: ("MONDO", "DOID", "NCIT"),
    AKG.BiologicalProcess: ("GO", "reactome"),
    AKG.Pathway: ("GO", "reactome"),
    AKG.AdverseEventTerm: ("NCIT", "meddra"),
    AKG.Endpoint: ("NCIT",),
}
CATEGORY = {
    AKG.GeneOrProtein: "biolink:Gene", AKG.CellLine: "biolink:CellLine", AKG.Disease: "biolink:Disease",
    AKG.BiologicalProcess: "biolink:BiologicalProcess", AKG.Pathway: "biolink:Pathway",
    AKG.AdverseEventTerm: "biolink:PhenotypicFeature", AKG.Endpoint: "biolink:ClinicalAttribute",
    AKG.PharmacokineticParameter: "biolink:ClinicalAttribute", AKG.ExperimentalModel: "biolink:NamedThing",
    AKG.DrugCombination: "biolink:ChemicalMixture", AKG.ClinicalStudy: "biolink:ClinicalTrial",
}
DRUG_CATEGORY = {
    "small_molecule": "biolink:SmallMolecule", "salt": "biolink:SmallMolecule",
    "natural_product": "biolink:SmallMolecule", "antibody": "biolink:Drug",
    "placebo": "biolink:Treatment", "unspecified_chemotherapy": "biolink:Treatment",
}
DIRECTION = {AKG.increases: "increased", AKG.decreases: "decreased"}
ASPECT = {"phosphorylation": "phosphorylation", "expression": "expression", "activity": "activity"}
TEXT_MINED = {"knowledge_level": "knowledge_assertion", "agent_type": "text_mining_agent",
              "primary_knowledge_source": INFORES}
CURATED = {"knowledge_level": "knowledge_assertion", "agent_type": "manual_agent",
           "primary_knowledge_source": INFORES}


def biolink_curie(iri: str) -> str:
    """The CURIE of an IRI in Biolink's prefix spelling (our own nodes keep the ``akgid`` prefix)."""
    curie = compress(iri) or iri
    prefix, _, local = curie.partition(":")
    return f"{BIOLINK_PREFIX.get(prefix, prefix)}:{local}"


class KgxWriter:
    """Collects KGX node and edge rows from an assembled graph."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.ids: dict[URIRef, str] = {}

    # -- nodes ---------------------------------------------------------------------------------
    def node_id(self, node: URIRef) -> str:
        if node not in self.ids:
            self.ids[node] = biolink_curie(str(self._primary(node) or node))
        return self.ids[node]

    def _primary(self, node: URIRef) -> URIRef | None:
        matches = {compress(str(o)).split(":", 1)[0]: o for o in self.graph.objects(node, SKOS.exactMatch)
                   if compress(str(o))}
        for cls in self.graph.objects(node, RDF.type):
            for prefix in ID_PRIORITY.get(cls, ()):
                if prefix in matches:
                    return matches[prefix]
        if (node, RDF.type, AKG.ClinicalStudy) in self.graph and matches.get("clinicaltrials"):
            return matches["clinicaltrials"]
        return None

    def category(self, node: URIRef) -> str:
        for cls in sorted(self.graph.objects(node, RDF.type)):
            if cls == AKG.Drug:
                return DRUG_CATEGORY.get(str(self.graph.value(node, AKG.drugCategory) or ""), "biolink:Drug")
            if cls in CATEGORY:
                return CATEGORY[cls]
        return "biolink:NamedThing"

    def node_rows(self) -> list[dict[str, str]]:
        classes = set(CATEGORY) | {AKG.Drug}
        nodes = sorted({s for cls in classes for s in self.graph.subjects(RDF.type, cls) if isinstance(s, URIRef)})
        rows = []
        for node in nodes:
            own = self.node_id(node)
            xrefs = {biolink_curie(str(o)) for o in self.graph.objects(node, SKOS.exactMatch)}
            xrefs = (xrefs | {biolink_curie(str(node))}) - {own}
            rows.append({
                "id": own, "category": self.category(node), "name": _text(self.graph.value(node, RDFS.label)),
                "synonym": _join(str(s) for s in self.graph.objects(node, SKOS.altLabel)),
                "xref": _join(xrefs), "provided_by": INFORES,
            })
        return sorted(rows, key=lambda r: r["id"])

    # -- edges ---------------------------------------------------------------------------------
    def edge(self, edge_id: URIRef | str, subject: URIRef, predicate: str, obj: URIRef,
             claim: URIRef | None = None, **extra: str) -> dict[str, str]:
        row = {c: "" for c in EDGE_COLUMNS}
        row.update(CURATED if claim is None else TEXT_MINED)
        row.update(id=compress(str(edge_id)) or str(edge_id), subject=self.node_id(subject),
                   predicate=predicate, object=self.node_id(obj), category="biolink:Association")
        if claim is not None:
            row.update(self._evidence(claim))
        row.update({k: v for k, v in extra.items() if v})
        return row

    def _evidence(self, claim: URIRef) -> dict[str, str]:
        publications, sentences = set(), set()
        for ev in self.graph.objects(claim, AKG.hasEvidence):
            doc = self.graph.value(ev, AKG.inDocument)
            if doc is not None:
                doi = self.graph.value(doc, AKG.doi)
                publications.add(f"doi:{doi}" if doi else compress(str(doc)) or str(doc))
            sentence = self.graph.value(ev, AKG.sentenceText)
            if sentence is not None:
                sentences.add(_text(sentence).replace(LIST_SEPARATOR, "/"))
        return {"publications": _join(publications), "supporting_text": _join(sentences)}

    def edge_rows(self) -> list[dict[str, str]]:
        rows = list(self._claim_edges()) + list(self._vocabulary_edges())
        return sorted(rows, key=lambda r: (r["id"], r["subject"], r["predicate"], r["object"]))

    def _claim_edges(self) -> Iterator[dict[str, str]]:
        g = self.graph
        for claim in g.subjects(RDF.type, AKG.DrugTargetAssertion):
            drug, target, relation = g.value(claim, AKG.drug), g.value(claim, AKG.target), g.value(claim, AKG.relation)
            if relation == AKG.inhibits:
                yield self.edge(claim, drug, "biolink:affects", target, claim, qualified_predicate="biolink:causes",
                                object_aspect_qualifier="activity", object_direction_qualifier="decreased",
                                causal_mechanism_qualifier="inhibition")
            elif relation == AKG.bindsTo:
                yield self.edge(claim, drug, "biolink:directly_physically_interacts_with", target, claim,
                                causal_mechanism_qualifier="binding")
            elif relation == AKG.isMetabolizedBy:
                # Biolink's canonical direction: enzyme has_substrate drug (is_substrate_of is its inverse).
                yield self.edge(claim, target, "biolink:has_substrate", drug, claim)
        for claim in g.subjects(RDF.type, AKG.MolecularEffect):
            yield self._effect_edge(claim)
        for claim in g.subjects(RDF.type, AKG.AdverseEventObservation):
            agent = self._regimen_agent(g.value(claim, AKG.ofArm))
            if agent is not None:
                percent = g.value(claim, AKG.percent)
                yield self.edge(claim, agent, "biolink:has_adverse_event", g.value(claim, AKG.adverseEvent), claim,
                                grade=_text(g.value(claim, AKG.grade)), percent=_text(percent))
        for study in g.subjects(RDF.type, AKG.ClinicalStudy):
            diseases = {d for pop in g.objects(study, AKG.hasPopulation) for d in g.objects(pop, AKG.hasDisease)}
            for arm in g.objects(study, AKG.hasArm):
                agent = self._regimen_agent(arm)
                for disease in sorted(diseases):
                    if agent is not None and self.category(agent) != "biolink:Treatment":
                        edge_id = ids.local("edge", [str(arm), "in_clinical_trials_for", str(disease)])
                        yield self.edge(edge_id, agent, "biolink:in_clinical_trials_for", disease, study)

    def _effect_edge(self, claim: URIRef) -> dict[str, str]:
        g = self.graph
        target = g.value(claim, AKG.affects)
        aspect = ""
        if (target, RDF.type, AKG.ProteinForm) in g:
            aspect = ASPECT.get(_text(g.value(target, AKG.formType)), "")
            target = g.value(target, AKG.ofGene)
        direction = g.value(claim, AKG.direction)
        contexts = [c for c in g.objects(claim, AKG.inContext)]
        diseases = [c for c in contexts if (c, RDF.type, AKG.Disease) in g]
        return self.edge(
            claim, g.value(claim, AKG.agent), "biolink:affects", target, claim,
            qualified_predicate="biolink:causes", object_aspect_qualifier=aspect,
            object_direction_qualifier=DIRECTION.get(direction, ""),
            negated="True" if direction == AKG.noEffect else "",
            disease_context_qualifier=self.node_id(diseases[0]) if len(diseases) == 1 else "",
            context=_join(self.node_id(c) for c in contexts),
        )

    def _regimen_agent(self, arm: URIRef | None) -> URIRef | None:
        """The drug, or the combination node, an arm received."""
        regimen = self.graph.value(arm, AKG.receivesRegimen) if arm is not None else None
        if regimen is None:
            return None
        combination = self.graph.value(regimen, AKG.asCombination)
        components = list(self.graph.objects(regimen, AKG.hasComponent))
        return combination or (components[0] if len(components) == 1 else None)

    def _vocabulary_edges(self) -> Iterator[dict[str, str]]:
        g = self.graph
        links = ((AKG.hasComponent, "biolink:has_part", AKG.DrugCombination),
                 (AKG.derivedFromDisease, "biolink:model_of", AKG.CellLine),
                 (AKG.subtypeOf, "biolink:subclass_of", None),
                 (AKG.hasParticipant, "biolink:has_participant", AKG.Pathway))
        for prop, predicate, subject_class in links:
            for s, o in g.subject_objects(prop):
                if subject_class is None or (s, RDF.type, subject_class) in g:
                    yield self.edge(ids.local("edge", [str(s), str(prop), str(o)]), s, predicate, o)


def _text(value: object) -> str:
    """A cell value on one line, without tabs."""
    return "" if value is None else " ".join(str(value).replace("\t", " ").split())


def _join(values: Iterable[object]) -> str:
    return LIST_SEPARATOR.join(sorted({_text(v) for v in values if _text(v)}))


def _write(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                                escapechar="\\")
        writer.writeheader()
        writer.writerows(rows)


def write_kgx(graph: Graph, directory: Path, basename: str = GRAPH_BASENAME) -> dict[str, Path]:
    """Write ``<basename>_nodes.tsv`` and ``<basename>_edges.tsv``; edges only between written nodes."""
    writer = KgxWriter(graph)
    nodes = writer.node_rows()
    known = {row["id"] for row in nodes}
    edges = [row for row in writer.edge_rows() if row["subject"] in known and row["object"] in known]
    directory = Path(directory)
    paths = {"kgx_nodes": directory / f"{basename}_nodes.tsv", "kgx_edges": directory / f"{basename}_edges.tsv"}
    _write(paths["kgx_nodes"], NODE_COLUMNS, nodes)
    _write(paths["kgx_edges"], EDGE_COLUMNS, edges)
    return paths


def read_kgx(path: Path) -> list[dict[str, str]]:
    """Rows of a KGX TSV file, multivalued cells left '|'-joined."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))
