"""The store: one node per actor across documents, one named graph per document, idempotent
and replaceable writes, pruning on removal, faithful evidence offsets and exports."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from iccgraph.documents import read_document
from iccgraph.namespaces import ICCG, ONTOLOGY_GRAPH
from iccgraph.pipeline import build
from iccgraph.rdf import doc_iri
from iccgraph.store import GraphStore

from conftest import SEEDS
from helpers import canonical

pytestmark = pytest.mark.slow

US_FORMS = {"the United States", "United States", "U.S.", "US", "Washington"}

DOC_A = ("date 2024-03-11\n\n"
         "The United States sanctioned two Iranian officials on Friday.\n\n"
         "Donald Trump criticized the International Criminal Court on Monday.\n")
DOC_B = ("date 2024-03-12\n\n"
         "Washington condemned Venezuela on Tuesday.\n\n"
         "Trump met Japanese Prime Minister Fumio Kishida.\n\n"
         "Separately, U.S. officials said Canada had sanctioned Iran.\n")


def quads(store: GraphStore) -> set[ox.Quad]:
    """The store's quads, blank nodes (the ontology has some) labelled canonically."""
    return canonical(store.quads())


def ask(store: GraphStore, sparql: str) -> bool:
    return bool(store.query(sparql))


def rows(store: GraphStore, sparql: str) -> list[dict]:
    return [{k: v.value for k, v in r.items()} for r in store.select(sparql)]


def actors_named(store: GraphStore, names: set[str]) -> set[str]:
    """Actor IRIs whose label or alternative label is one of `names`."""
    values = " ".join(f'"{n}"' for n in names)
    return {r["a"] for r in rows(store, f"""
        SELECT DISTINCT ?a WHERE {{ VALUES ?n {{ {values} }}
          {{ ?a rdfs:label ?n }} UNION {{ ?a skos:altLabel ?n }} ?a a ?c . ?c rdfs:subClassOf* iccg:Actor }}""")}


def labels(store: GraphStore, actor: str) -> tuple[list[str], set[str]]:
    lab = [r["l"] for r in rows(store, f"SELECT ?l WHERE {{ <{actor}> rdfs:label ?l }}")]
    alt = {r["l"] for r in rows(store, f"SELECT ?l WHERE {{ <{actor}> skos:altLabel ?l }}")}
    return lab, alt


# --- one node per actor ------------------------------------------------------------------

def test_surface_forms_of_a_state_across_documents_make_one_node(build_texts):
    store = build_texts({"a": DOC_A, "b": DOC_B})
    nodes = actors_named(store, US_FORMS)
    assert len(nodes) == 1, nodes
    (us,) = nodes
    lab, alt = labels(store, us)
    assert lab == ["United States"]
    assert {"Washington", "U.S."} <= alt
    assert "United States" not in alt
    # both documents' events point at that one node
    assert ask(store, f"ASK {{ <{us}> iccg:sanctioned ?x . <{us}> iccg:criticized ?y }}")


def test_surname_in_another_document_joins_the_full_name(build_texts):
    store = build_texts({"a": DOC_A, "b": DOC_B})
    nodes = actors_named(store, {"Donald Trump", "Trump"})
    assert len(nodes) == 1, nodes
    (trump,) = nodes
    lab, alt = labels(store, trump)
    assert lab == ["Donald Trump"]
    assert "Trump" in alt
    assert ask(store, f"ASK {{ <{trump}> a iccg:Person ; iccg:criticized ?x ; iccg:met ?y }}")


def test_every_actor_has_exactly_one_label(build_texts):
    store = build_texts({"a": DOC_A, "b": DOC_B})
    bad = rows(store, """SELECT ?a (COUNT(?l) AS ?n) WHERE {
        ?a a ?c . ?c rdfs:subClassOf* iccg:Actor . OPTIONAL { ?a rdfs:label ?l } }
        GROUP BY ?a HAVING (COUNT(?l) != 1)""")
    assert bad == []


def test_label_does_not_depend_on_the_order_of_documents(build_texts, tmp_path):
    first = build_texts({"b": DOC_B}, tmp_path / "s1")
    build([tmp_path / "docs" / "b.txt"], first)
    (tmp_path / "docs" / "a.txt").write_text(DOC_A, encoding="utf-8")
    build([tmp_path / "docs" / "a.txt"], first)
    (trump,) = actors_named(first, {"Donald Trump", "Trump"})
    assert labels(first, trump)[0] == ["Donald Trump"]


def test_actor_descriptions_live_outside_document_graphs(build_texts):
    store = build_texts({"a": DOC_A, "b": DOC_B})
    assert not ask(store, """ASK { GRAPH ?g { ?a rdfs:label ?l } FILTER(?g != <%s>) }""" % ONTOLOGY_GRAPH)
    assert not ask(store, "ASK { GRAPH ?g { ?a skos:altLabel ?l } }")
    assert ask(store, "ASK { ?a a iccg:State ; rdfs:label ?l }")


# --- writing documents ---------------------------------------------------------------------

def test_rebuilding_the_same_folder_is_idempotent(build_texts, tmp_path):
    store = build_texts({"a": DOC_A, "b": DOC_B})
    before = quads(store)
    assert before
    build([tmp_path / "docs"], store)
    assert quads(store) == before


def test_reopening_a_store_for_writing_changes_no_quad(build_texts, tmp_path):
    store = build_texts({"a": DOC_A})
    before = set(store.quads())
    del store
    again = GraphStore(tmp_path / "store")
    assert set(again.quads()) == before


def test_two_fresh_builds_give_the_same_quads(build_texts, tmp_path):
    one = build_texts({"a": DOC_A, "b": DOC_B}, tmp_path / "one")
    two = GraphStore(tmp_path / "two")
    build([tmp_path / "docs"], two)
    assert quads(one) == quads(two)


def test_rereading_a_changed_document_replaces_its_graph(build_texts, tmp_path):
    store = build_texts({"a": DOC_A, "b": DOC_B})
    g = doc_iri("a")
    assert ask(store, f"ASK {{ GRAPH {g} {{ ?e a iccg:Sanction }} }}")
    b_graph_before = set(store.store.quads_for_pattern(None, None, None, doc_iri("b")))
    changed = "date 2024-04-01\n\nGermany expelled two Russian diplomats on Monday.\n"
    (tmp_path / "docs" / "a.txt").write_text(changed, encoding="utf-8")
    build([tmp_path / "docs" / "a.txt"], store)
    assert not ask(store, f"ASK {{ GRAPH {g} {{ ?e a iccg:Sanction }} }}")
    assert not ask(store, f"ASK {{ GRAPH {g} {{ ?e a iccg:Criticize }} }}")
    assert ask(store, f"ASK {{ GRAPH {g} {{ ?e a iccg:Expel ; iccg:status iccg:Asserted }} }}")
    assert ask(store, f'ASK {{ GRAPH {g} {{ {g} dcterms:date "2024-04-01"^^xsd:date }} }}')
    assert not ask(store, f'ASK {{ GRAPH {g} {{ {g} dcterms:date "2024-03-11"^^xsd:date }} }}')
    # evidence of the old text is gone too
    assert not ask(store, f'ASK {{ GRAPH {g} {{ ?m nif:anchorOf ?t FILTER(CONTAINS(?t, "Iranian officials")) }} }}')
    # the other document is untouched
    assert set(store.store.quads_for_pattern(None, None, None, doc_iri("b"))) == b_graph_before


def test_remove_document_prunes_actors_nobody_mentions(build_texts):
    store = build_texts({"a": DOC_A, "b": DOC_B})
    (venezuela,) = actors_named(store, {"Venezuela"})
    (kishida,) = actors_named(store, {"Fumio Kishida", "Kishida"})
    (us,) = actors_named(store, US_FORMS)
    assert store.remove_document("b") is True
    assert "b" not in store.document_ids() and "a" in store.document_ids()
    assert not ask(store, f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g = {doc_iri('b')}) }}")
    for gone in (venezuela, kishida):
        assert not ask(store, f"ASK {{ <{gone}> ?p ?o }}"), gone
        assert not ask(store, f"ASK {{ ?s ?p <{gone}> }}"), gone
    # an actor document a still mentions stays, without the names only b used
    lab, alt = labels(store, us)
    assert lab == ["United States"]
    assert "Washington" not in alt
    assert ask(store, f"ASK {{ <{us}> a iccg:State }}")


def test_remove_unknown_document_is_false_and_changes_nothing(build_texts):
    store = build_texts({"a": DOC_A})
    before = quads(store)
    assert store.remove_document("nope") is False
    assert quads(store) == before


def test_removing_every_document_leaves_only_the_ontology(build_texts):
    store = build_texts({"a": DOC_A, "b": DOC_B})
    store.remove_document("a")
    store.remove_document("b")
    graphs = {q.graph_name for q in store.quads()}
    assert graphs == {ox.NamedNode(ONTOLOGY_GRAPH)}


# --- direct edges ----------------------------------------------------------------------------

def test_direct_edge_sits_in_the_document_graph_beside_its_event(build_texts):
    store = build_texts({"a": DOC_A})
    assert ask(store, f"""ASK {{ GRAPH {doc_iri('a')} {{
        ?e a iccg:Sanction ; iccg:agent ?a ; iccg:target ?t ; iccg:status iccg:Asserted .
        ?a iccg:sanctioned ?t }} }}""")


# --- evidence --------------------------------------------------------------------------------

TRICKY = ("date 2024-03-11\r\n\r\n"
          "Café owners cheered — “finally” — as the European Union sanctioned Belarus on Friday. 🇪🇺\r\n\r\n"
          "Meanwhile,\u00a0Ukraine’s president criticized Hungary.\r\n")


def _evidence_rows(store: GraphStore) -> list[dict]:
    return rows(store, """SELECT ?id ?anchor ?b ?e WHERE {
        GRAPH ?g { ?m nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ; prov:wasDerivedFrom ?d .
                   ?d dcterms:identifier ?id } }""")


def test_every_anchor_is_the_text_between_its_offsets(build_texts, tmp_path):
    store = build_texts({"a": DOC_A, "b": DOC_B, "tricky": TRICKY})
    texts = {p.stem: read_document(p).text for p in (tmp_path / "docs").glob("*.txt")}
    found = _evidence_rows(store)
    assert {r["id"] for r in found} == {"a", "b", "tricky"}
    for r in found:
        assert texts[r["id"]][int(r["b"]):int(r["e"])] == r["anchor"], r


def test_offsets_count_characters_not_bytes(build_texts):
    store = build_texts({"tricky": TRICKY})
    ev = rows(store, """SELECT ?anchor ?b WHERE { ?e a iccg:Sanction ; iccg:evidence ?m .
                        ?m nif:anchorOf ?anchor ; nif:beginIndex ?b }""")
    assert ev, "no Sanction event read from the tricky document"
    for r in ev:
        assert "sanctioned Belarus" in r["anchor"]
        # (into the text as read: its "\r\n" line ends as "\n", as Python's open() reads them)
        assert TRICKY.replace("\r\n", "\n")[int(r["b"]):].startswith(r["anchor"])


def test_every_event_has_one_status_and_evidence(build_texts):
    store = build_texts({"a": DOC_A, "b": DOC_B})
    bad = rows(store, """SELECT ?e WHERE { ?e a ?c . ?c rdfs:subClassOf iccg:Event .
        OPTIONAL { ?e iccg:status ?s } OPTIONAL { ?e iccg:evidence ?m } }
        GROUP BY ?e HAVING (COUNT(DISTINCT ?s) != 1 || COUNT(DISTINCT ?m) < 1)""")
    assert bad == []


def test_seed_evidence_offsets_reproduce_their_text(seeds_store):
    texts = {p.stem: read_document(p).text for p in SEEDS.glob("*.txt")}
    found = _evidence_rows(seeds_store)
    assert len(found) > 10
    for r in found:
        assert texts[r["id"]][int(r["b"]):int(r["e"])] == r["anchor"], r


# --- exports -----------------------------------------------------------------------------------

@pytest.fixture
def small_store(build_texts):
    return build_texts({"a": DOC_A, "b": DOC_B, "tricky": TRICKY})


def test_turtle_export_has_every_triple_once(small_store):
    data = small_store.dump(ox.RdfFormat.TURTLE)
    n = small_store.triple_count()
    assert n > 50
    assert len(list(ox.parse(data, format=ox.RdfFormat.TURTLE))) == n
    g = rdflib.Graph()
    g.parse(data=data.decode("utf-8"), format="turtle")
    assert len(g) == n


def test_ntriples_and_rdfxml_exports_hold_the_union(small_store):
    n = small_store.triple_count()
    for fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML):
        assert len(set(ox.parse(small_store.dump(fmt), format=fmt))) == n, fmt


def test_turtle_export_holds_events_from_every_document(small_store):
    g = rdflib.Graph()
    g.parse(data=small_store.dump(ox.RdfFormat.TURTLE).decode("utf-8"), format="turtle")
    docs = {str(o) for o in g.objects(None, rdflib.URIRef("http://purl.org/dc/terms/identifier"))}
    assert docs == {"a", "b", "tricky"}
    assert (None, rdflib.URIRef(ICCG + "sanctioned"), None) in g


@pytest.mark.parametrize("fmt", [ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS], ids=["trig", "nquads"])
def test_dataset_exports_keep_one_named_graph_per_document(small_store, fmt):
    parsed = list(ox.parse(small_store.dump(fmt), format=fmt))
    assert canonical(parsed) == quads(small_store)
    graphs = {q.graph_name for q in parsed}
    expected = {doc_iri(d) for d in ("a", "b", "tricky")} | {ox.NamedNode(ONTOLOGY_GRAPH), ox.DefaultGraph()}
    assert graphs == expected
    for d in ("a", "b", "tricky"):
        g = doc_iri(d)
        in_graph = [q for q in parsed if q.graph_name == g]
        ids = {q.object.value for q in in_graph if q.predicate.value.endswith("/identifier")}
        assert ids == {d}
        # nothing of another document's events leaks in
        assert all(not (isinstance(q.object, ox.NamedNode) and "/doc/" in q.object.value
                        and q.object != g) for q in in_graph)


def test_trig_export_parsed_by_rdflib_keeps_the_graphs(small_store):
    ds = rdflib.Dataset()
    ds.parse(data=small_store.dump(ox.RdfFormat.TRIG).decode("utf-8"), format="trig")
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert {str(doc_iri(d).value) for d in ("a", "b", "tricky")} <= names
    assert sum(1 for _ in ds.quads((None, None, None, None))) == len(quads(small_store))


def test_read_only_store_needs_a_built_one(tmp_path):
    from iccgraph.model import IccgraphError
    with pytest.raises(IccgraphError, match="no iccgraph store"):
        GraphStore(tmp_path / "nothing", read_only=True)


def test_malformed_sparql_is_an_iccgraph_error(small_store):
    from iccgraph.model import IccgraphError
    with pytest.raises(IccgraphError) as err:
        small_store.query("SELEKT * WHERE { ?s ?p ?o }")
    assert "\n" not in str(err.value)
