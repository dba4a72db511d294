"""The graph's vocabulary, in one place.

Every IRI the code writes or queries comes from here. `tests/test_ontology.py` checks
each term against `ontology/iccgraph.ttl`, so the ontology file stays the one source of
truth and a typo here fails the suite instead of silently forking the vocabulary.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

ICCG = "https://w3id.org/iccgraph/ontology#"
ICCR = "https://w3id.org/iccgraph/id/"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
WD = "http://www.wikidata.org/entity/"

PREFIXES: dict[str, str] = {
    "iccg": ICCG, "iccr": ICCR, "prov": PROV, "dcterms": DCTERMS, "nif": NIF,
    "skos": SKOS, "owl": OWL, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "wd": WD,
}
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

ONTOLOGY_FILE = Path(__file__).resolve().parent / "ontology" / "iccgraph.ttl"
SHAPES_FILE = ONTOLOGY_FILE.with_name("shapes.ttl")
ONTOLOGY_GRAPH = "https://w3id.org/iccgraph/ontology"

ACTOR_CLASSES: tuple[str, ...] = ("Person", "State", "Court", "Organization")

# Action class -> the direct agent->target property that asserted events also get.
ACTION_PROPERTIES: dict[str, str] = {
    "Sanction": "sanctioned",
    "IssueArrestWarrant": "issuedArrestWarrantAgainst",
    "RequestArrestWarrant": "requestedArrestWarrantAgainst",
    "Arrest": "arrested",
    "Expel": "expelled",
    "Criticize": "criticized",
    "Support": "supported",
    "Urge": "urged",
    "Threaten": "threatened",
    "Investigate": "investigated",
    "Cooperate": "cooperatedWith",
    "RefuseCooperation": "refusedCooperationWith",
    "Meet": "met",
}
ACTION_CLASSES: tuple[str, ...] = tuple(ACTION_PROPERTIES)
STATUSES: tuple[str, ...] = ("Asserted", "Negated", "Hypothetical")

# Terms of our own beyond the contract; all declared in the ontology.
OWN_CLASSES: tuple[str, ...] = ("Actor", "Event", "Document", "EventStatus", "Mention")
OWN_PROPERTIES: tuple[str, ...] = (
    "agent", "target", "status", "date", "confidence", "evidence", "affiliatedWith",
    "denotes", "pattern", "trigger", "directProperty", "cameoCode", "ploverCategory",
)


def iccg(name: str) -> ox.NamedNode:
    """The ontology term `iccg:name`."""
    return ox.NamedNode(ICCG + name)


def iccr(path: str) -> ox.NamedNode:
    """A minted resource `iccr:path` (actors, events, documents, mentions)."""
    return ox.NamedNode(ICCR + path)


def term(prefix: str, name: str) -> ox.NamedNode:
    return ox.NamedNode(PREFIXES[prefix] + name)


def all_iccg_terms() -> set[str]:
    """Every iccg: local name the code relies on (for the ontology check)."""
    return {
        *ACTOR_CLASSES, *ACTION_CLASSES, *ACTION_PROPERTIES.values(), *STATUSES,
        *OWN_CLASSES, *OWN_PROPERTIES,
    }
