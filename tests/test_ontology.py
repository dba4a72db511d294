"""The ontology file is the one source of truth for the vocabulary; the shapes check the graph."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from iccgraph.namespaces import ACTION_PROPERTIES, ICCG, ONTOLOGY_FILE, SHAPES_FILE, all_iccg_terms
from iccgraph.validate import validate

ONT = rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")
I = rdflib.Namespace(ICCG)


def declared() -> set[str]:
    """Local names of the iccg: terms the ontology gives a type."""
    return {str(s)[len(ICCG):] for s in ONT.subjects(RDF.type, None) if str(s).startswith(ICCG)}


def test_every_code_term_is_declared():
    assert all_iccg_terms() - declared() == set()


def test_the_ontology_declares_no_term_the_code_lacks():
    assert declared() - all_iccg_terms() == set()


def test_no_iccg_term_is_used_undeclared():
    # A typo'd iccg: IRI anywhere in the file (say as an annotation value) would escape `declared`.
    used = {str(t)[len(ICCG):] for triple in ONT for t in triple
            if isinstance(t, rdflib.URIRef) and str(t).startswith(ICCG)}
    assert used <= all_iccg_terms()


@pytest.mark.parametrize("name", sorted(all_iccg_terms()))
def test_every_term_has_an_english_label_and_definition(name):
    for prop in (RDFS.label, SKOS.definition):
        values = list(ONT.objects(I[name], prop))
        assert values and all(v.language == "en" for v in values), (name, prop)


@pytest.mark.parametrize("action, prop", sorted(ACTION_PROPERTIES.items()))
def test_action_classes_carry_their_direct_property_and_codes(action, prop):
    assert set(ONT.objects(I[action], I.directProperty)) == {I[prop]}
    assert (I[action], RDFS.subClassOf, I.Event) in ONT
    assert (I[prop], RDF.type, OWL.ObjectProperty) in ONT
    assert list(ONT.objects(I[action], I.cameoCode)) and list(ONT.objects(I[action], I.ploverCategory))


def test_multi_coded_classes_get_one_triple_per_code():
    assert {str(c) for c in ONT.objects(I.Expel, I.cameoCode)} == {"161", "174"}
    assert {str(c) for c in ONT.objects(I.Cooperate, I.ploverCategory)} == {"COOPERATE", "AID"}


@pytest.mark.parametrize("path", [ONTOLOGY_FILE, SHAPES_FILE], ids=lambda p: p.name)
def test_file_parses_with_rdflib_and_pyoxigraph_alike(path):
    with_rdflib = rdflib.Graph().parse(path, format="turtle")
    with_oxigraph = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    assert len(with_rdflib) == len(with_oxigraph) > 0


# --- shapes ------------------------------------------------------------------------------
# An invented sentence; the evidence offsets are computed, so the anchor matches its span.
TEXT = "Lumeria froze the assets of General Odo Vance on Monday, its finance ministry said."
SENT = TEXT.index("Lumeria"), len(TEXT)
NAME = TEXT.index("Odo Vance"), TEXT.index("Odo Vance") + len("Odo Vance")

VALID = f"""
@prefix iccg: <https://w3id.org/iccgraph/ontology#> . @prefix d: <https://w3id.org/iccgraph/id/doc/> .
@prefix a: <https://w3id.org/iccgraph/id/actor/> . @prefix e: <https://w3id.org/iccgraph/id/event/t1/> .
@prefix m: <https://w3id.org/iccgraph/id/mention/t1/> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
d:t1 a iccg:Document ; dcterms:identifier "t1" ; dcterms:date "2031-03-05"^^xsd:date ; dcterms:title "Assets frozen" .
a:lumeria a iccg:State ; rdfs:label "Lumeria" ; owl:sameAs <http://www.wikidata.org/entity/Q999999999> .
a:odo-vance a iccg:Person ; rdfs:label "Odo Vance" ; skos:altLabel "Vance" .
e:1 a iccg:Sanction ; iccg:agent a:lumeria ; iccg:target a:odo-vance ;
  iccg:status iccg:Asserted ; iccg:date "2031-03-03"^^xsd:date ; iccg:confidence 0.85 ;
  iccg:pattern "sanction-froze-assets" ; iccg:trigger "froze" ;
  prov:wasDerivedFrom d:t1 ; iccg:evidence m:{SENT[0]}-{SENT[1]} .
m:{SENT[0]}-{SENT[1]} a iccg:Mention ; nif:anchorOf "{TEXT[SENT[0]:SENT[1]]}" ;
  nif:beginIndex "{SENT[0]}"^^xsd:nonNegativeInteger ; nif:endIndex "{SENT[1]}"^^xsd:nonNegativeInteger ;
  prov:wasDerivedFrom d:t1 .
m:{NAME[0]}-{NAME[1]} a iccg:Mention ; nif:anchorOf "Odo Vance" ;
  nif:beginIndex "{NAME[0]}"^^xsd:nonNegativeInteger ; nif:endIndex "{NAME[1]}"^^xsd:nonNegativeInteger ;
  prov:wasDerivedFrom d:t1 ; iccg:denotes a:odo-vance .
a:lumeria iccg:sanctioned a:odo-vance .
"""


def graph(ttl: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=ttl, format="turtle")


def test_shapes_accept_a_well_formed_graph():
    conforms, report = validate(graph(VALID))
    assert conforms, report


def test_shapes_accept_the_graph_after_a_pyoxigraph_round_trip(tmp_path):
    # The store hands offsets back as xsd:integer and keeps documents in named graphs.
    store = ox.Store()
    g = ox.NamedNode("https://w3id.org/iccgraph/id/doc/t1")
    store.extend(ox.Quad(t.subject, t.predicate, t.object, g)
                 for t in ox.parse(VALID.encode(), format=ox.RdfFormat.TURTLE))
    path = tmp_path / "graph.nq"
    path.write_bytes(store.dump(format=ox.RdfFormat.N_QUADS))
    conforms, report = validate(path)
    assert conforms, report


def test_validate_reads_a_turtle_file(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text(VALID, encoding="utf-8")
    assert validate(path)[0] and validate(str(path))[0]


EVIDENCE = f"m:{SENT[0]}-{SENT[1]}"
OFFSETS = f'nif:beginIndex "{SENT[0]}"^^xsd:nonNegativeInteger ; nif:endIndex "{SENT[1]}"^^xsd:nonNegativeInteger ;'
# name -> (broken graph, what the report must name: the path or the message at fault)
BROKEN = {
    "no-status": (VALID.replace("iccg:status iccg:Asserted ;", ""), "iccg:status"),
    "two-statuses": (VALID.replace("iccg:status iccg:Asserted ;", "iccg:status iccg:Asserted, iccg:Negated ;"),
                     "iccg:status"),
    "confidence-1.5": (VALID.replace("iccg:confidence 0.85", "iccg:confidence 1.5"), "iccg:confidence"),
    "confidence-not-decimal": (VALID.replace("iccg:confidence 0.85", 'iccg:confidence "high"'), "iccg:confidence"),
    "mention-without-offsets": (VALID.replace(OFFSETS, ""), "nif:beginIndex"),
    "end-before-begin": (VALID.replace(f'nif:endIndex "{NAME[1]}"', f'nif:endIndex "{NAME[0] - 1}"'),
                         "nif:beginIndex"),
    "anchor-not-its-span": (VALID.replace('nif:anchorOf "Odo Vance"', 'nif:anchorOf "Vance"'), "offsets span"),
    "state-affiliated": (VALID + "\na:lumeria iccg:affiliatedWith a:odo-vance .", "iccg:affiliatedWith"),
    "no-direct-edge": (VALID.replace("a:lumeria iccg:sanctioned a:odo-vance .", ""), "lacks the direct edge"),
    "no-target": (VALID.replace("iccg:target a:odo-vance ;", ""), "iccg:target"),
    "target-not-an-actor": (VALID.replace("iccg:target a:odo-vance ;", "iccg:target d:t1 ;"), "iccg:target"),
    "no-evidence": (VALID.replace(f"; iccg:evidence {EVIDENCE} .", "."), "iccg:evidence"),
    "no-document": (VALID.replace("prov:wasDerivedFrom d:t1 ; iccg:evidence", "iccg:evidence"),
                    "prov:wasDerivedFrom"),
    "date-as-string": (VALID.replace('iccg:date "2031-03-03"^^xsd:date', 'iccg:date "March 2031"'), "iccg:date"),
    "two-labels": (VALID.replace('rdfs:label "Lumeria"', 'rdfs:label "Lumeria", "Republic of Lumeria"'),
                   "rdfs:label"),
    "two-actor-classes": (VALID.replace("a:lumeria a iccg:State", "a:lumeria a iccg:State, iccg:Organization"),
                          "exactly one of Person"),
    "sameAs-not-wikidata": (VALID.replace("http://www.wikidata.org/entity/Q999999999", "http://example.org/x"),
                            "owl:sameAs"),
    "document-without-identifier": (VALID.replace('dcterms:identifier "t1" ;', ""), "dcterms:identifier"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_shapes_reject_a_broken_graph(name):
    ttl, culprit = BROKEN[name]
    assert ttl != VALID, "the replacement did not apply"
    conforms, report = validate(graph(ttl))
    assert not conforms and culprit in report, report
