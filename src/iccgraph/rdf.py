"""Turn one document's statements into RDF terms of the contract.

The document's own claims (its node, events, evidence, affiliations, actor mentions and the
direct agent->target edges of asserted events) go into the document's named graph; actor
descriptions (class, label, alternative labels, Wikidata IRI) go into the default graph.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox

from .model import DocumentStatements, Event, Span
from .namespaces import ACTION_PROPERTIES, WD, XSD, iccg, iccr, term

RDF_TYPE = term("rdf", "type")
_DATE_TYPES = {10: "date", 7: "gYearMonth", 4: "gYear"}


def doc_iri(doc_id: str) -> ox.NamedNode:
    return iccr("doc/" + quote(doc_id, safe="-_.~"))


def actor_iri(key: str) -> ox.NamedNode:
    return iccr("actor/" + quote(key, safe="-_.~/"))


def event_iri(doc_id: str, ev: Event) -> ox.NamedNode:
    """The same reading of the same sentence gets the same IRI in every build."""
    digest = hashlib.sha1(repr((ev.action, ev.agents, ev.targets, ev.status, ev.evidence.begin,
                                ev.pattern)).encode()).hexdigest()[:16]
    return iccr(f"event/{quote(doc_id, safe='-_.~')}/{digest}")


def date_literal(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + _DATE_TYPES[len(value)]))


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "nonNegativeInteger"))


@dataclass
class DocumentRDF:
    graph: ox.NamedNode                 # the document's named graph (= its IRI)
    triples: list[ox.Triple]            # in that graph
    actor_triples: list[ox.Triple]      # actor class, altLabels, sameAs: default graph
    labels: dict[ox.NamedNode, str]     # canonical label per actor, set when the actor has none


def to_rdf(st: DocumentStatements) -> DocumentRDF:
    doc = st.document
    d = doc_iri(doc.id)
    out: list[ox.Triple] = []
    add = lambda s, p, o: out.append(ox.Triple(s, p, o))  # noqa: E731

    add(d, RDF_TYPE, iccg("Document"))
    add(d, term("dcterms", "identifier"), ox.Literal(doc.id))
    if doc.date:
        add(d, term("dcterms", "date"), date_literal(doc.date))
    if doc.title:
        add(d, term("dcterms", "title"), ox.Literal(doc.title))
    if doc.source:
        add(d, term("dcterms", "source"), ox.Literal(doc.source))

    def mention(span: Span) -> ox.NamedNode:
        m = iccr(f"mention/{quote(doc.id, safe='-_.~')}/{span.begin}-{span.end}")
        add(m, RDF_TYPE, iccg("Mention"))
        add(m, term("nif", "anchorOf"), ox.Literal(span.text))
        add(m, term("nif", "beginIndex"), _int(span.begin))
        add(m, term("nif", "endIndex"), _int(span.end))
        add(m, term("prov", "wasDerivedFrom"), d)
        return m

    used = set()
    for ev in st.events:
        e = event_iri(doc.id, ev)
        add(e, RDF_TYPE, iccg(ev.action))
        for a in ev.agents:
            add(e, iccg("agent"), actor_iri(a))
        for t in ev.targets:
            add(e, iccg("target"), actor_iri(t))
        add(e, iccg("status"), iccg(ev.status))
        if ev.date:
            add(e, iccg("date"), date_literal(ev.date))
        add(e, iccg("confidence"), ox.Literal(f"{ev.confidence:.2f}", datatype=ox.NamedNode(XSD + "decimal")))
        add(e, term("prov", "wasDerivedFrom"), d)
        add(e, iccg("evidence"), mention(ev.evidence))
        add(e, iccg("pattern"), ox.Literal(ev.pattern))
        add(e, iccg("trigger"), ox.Literal(ev.trigger))
        if ev.status == "Asserted":
            for a in ev.agents:
                for t in ev.targets:
                    if a != t:
                        add(actor_iri(a), iccg(ACTION_PROPERTIES[ev.action]), actor_iri(t))
        used.update(ev.agents, ev.targets)
    for af in st.affiliations:
        add(actor_iri(af.person), iccg("affiliatedWith"), actor_iri(af.organization))
        used.update((af.person, af.organization))

    # Only actors that take part in something become nodes: a place, a date or a job title
    # that the NER tagged never does.
    actor_triples: list[ox.Triple] = []
    labels: dict[ox.NamedNode, str] = {}
    for m in st.mentions:
        if m.actor in used:
            add(mention(m.span), iccg("denotes"), actor_iri(m.actor))
    for key in sorted(used):
        actor = st.actors[key]
        a = actor_iri(key)
        labels[a] = actor.label
        actor_triples.append(ox.Triple(a, RDF_TYPE, iccg(actor.cls)))
        if actor.wikidata:
            actor_triples.append(ox.Triple(a, term("owl", "sameAs"), ox.NamedNode(WD + actor.wikidata)))
        for alias in sorted(actor.aliases - {actor.label}):
            actor_triples.append(ox.Triple(a, term("skos", "altLabel"), ox.Literal(alias)))
    return DocumentRDF(graph=d, triples=list(dict.fromkeys(out)), actor_triples=actor_triples, labels=labels)
