"""The ontology file is the one source of truth for the vocabulary the code uses."""
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
    return {str(s)[len(ICCG):] for s in ONT.subjects(RDF.type, None) if str(s).startswith(ICCG)}


def test_code_and_ontology_name_the_same_terms():
    assert all_iccg_terms() == declared()


@pytest.mark.parametrize("name", sorted(all_iccg_terms()))
def test_every_term_has_a_label_and_a_definition(name):
    assert ONT.value(I[name], RDFS.label) and ONT.value(I[name], SKOS.definition)


@pytest.mark.parametrize("action, prop", sorted(ACTION_PROPERTIES.items()))
def test_action_classes_carry_their_direct_property_and_codes(action, prop):
    assert set(ONT.objects(I[action], I.directProperty)) == {I[prop]}
    assert (I[action], RDFS.subClassOf, I.Event) in ONT
    assert list(ONT.objects(I[action], I.cameoCode)) and list(ONT.objects(I[action], I.ploverCategory))
    assert (I[prop], RDF.type, OWL.ObjectProperty) in ONT


def test_both_files_parse_with_pyoxigraph_too():
    for path in (ONTOLOGY_FILE, SHAPES_FILE):
        assert list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


VALID = """
@prefix iccg: <https://w3id.org/iccgraph/ontology#> . @prefix d: <https://w3id.org/iccgraph/id/doc/> .
@prefix a: <https://w3id.org/iccgraph/id/actor/> . @prefix e: <https://w3id.org/iccgraph/id/event/x/> .
@prefix m: <https://w3id.org/iccgraph/id/mention/x/> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
d:x a iccg:Document ; dcterms:identifier "x" ; dcterms:date "2024-06-03"^^xsd:date .
a:norway a iccg:State ; rdfs:label "Norway" .
a:eritrea a iccg:State ; rdfs:label "Eritrea" .
e:1 a iccg:Sanction ; iccg:agent a:norway ; iccg:target a:eritrea ;
  iccg:status iccg:Asserted ; iccg:confidence 0.8 ; prov:wasDerivedFrom d:x ; iccg:evidence m:0-31 .
m:0-31 a iccg:Mention ; nif:anchorOf "Norway sanctioned Eritrea today." ;
  nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "31"^^xsd:nonNegativeInteger ; prov:wasDerivedFrom d:x .
a:norway iccg:sanctioned a:eritrea .
"""


def check(ttl: str) -> bool:
    return validate(rdflib.Graph().parse(data=ttl, format="turtle"))[0]


def test_shapes_accept_a_well_formed_graph():
    assert check(VALID)


@pytest.mark.parametrize("broken", [
    VALID.replace("iccg:status iccg:Asserted ;", ""),                                   # no status
    VALID.replace("iccg:confidence 0.8", "iccg:confidence 1.5"),                          # out of range
    VALID.replace('nif:beginIndex "0"^^xsd:nonNegativeInteger ;', ""),                    # no offsets
    VALID + "\na:norway iccg:affiliatedWith a:eritrea .",                     # a state's affiliation
    VALID.replace("a:norway iccg:sanctioned a:eritrea .", ""),                # no direct edge
], ids=["no-status", "confidence-1.5", "no-begin-offset", "state-affiliation", "no-direct-edge"])
def test_shapes_reject_broken_graphs(broken):
    assert not check(broken)
