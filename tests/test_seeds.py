"""The seeds, end to end: the development-set score, every query file, exports, SHACL.

The gold data is the project's own copy (tests/data/seeds_gold) of the shared evaluation.
"""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from iccgraph.evaluate import evaluate, read_jsonl
from iccgraph.query import render

from conftest import DATA, ROOT, SEEDS

GOLD = DATA / "seeds_gold"
QUERIES = sorted((ROOT / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def report(seeds_store):
    return evaluate(seeds_store, read_jsonl(GOLD / "seeds.gold.jsonl"), read_jsonl(GOLD / "actors.jsonl"),
                    read_jsonl(GOLD / "seeds.roles.jsonl"), SEEDS)


def test_asserted_events_are_accurate(report):
    # Floors just below what the extraction reaches, so accuracy can only go up. Precision
    # is held at the issue's 0.90: letter 002 urges "Palestinian and Israeli authorities to
    # cooperate with the ICC" twice, which the gold leaves out, and the extraction reads as
    # asserted urges (4 agent-target pairs).
    assert report.precision >= 0.90, report.text(show_errors=True)
    assert report.recall >= 0.97, report.text(show_errors=True)
    assert report.f1 >= 0.94


def test_negated_and_hypothetical_events_keep_their_status(report):
    found, total = report.nonasserted
    assert total > 0 and found == total
    assert report.status_errors == 0


def test_dates_affiliations_and_actors(report):
    ok, n = report.dates
    assert n > 0 and ok / n >= 0.9
    hit, want, good, got = report.roles
    assert hit / want >= 0.85 and good / got >= 0.9
    assert report.split_actors == []


def test_every_evidence_offset_reproduces_its_sentence(report):
    ok, n = report.evidence
    assert n > 0 and ok == n


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_query_file_runs_and_answers(seeds_store, path):
    text = path.read_text(encoding="utf-8")
    assert text.lstrip().startswith("#"), "every query file starts with a comment saying what it asks"
    rows = list(seeds_store.query(text))
    assert rows, f"{path.name} found nothing on the seeds"
    assert "(" in render(seeds_store.query(text))


def test_main_queries_name_the_expected_edges(seeds_store):
    sanctions = {(r[0].value, r[1].value) for r in seeds_store.query((ROOT / "queries/who-sanctioned-whom.rq").read_text())}
    assert ("Donald Trump", "International Criminal Court") in sanctions
    warrants = {(r[0].value, r[1].value) for r in seeds_store.query(
        (ROOT / "queries/who-issued-warrants-against-whom.rq").read_text())}
    assert ("International Criminal Court", "Benjamin Netanyahu") in warrants
    assert ("Russia", "Tomoko Akane") in warrants


def test_turtle_export_parses_to_the_stores_triple_count(seeds_store, tmp_path):
    data = seeds_store.dump(ox.RdfFormat.TURTLE)
    n = seeds_store.triple_count()
    assert len(list(ox.parse(data, format=ox.RdfFormat.TURTLE))) == n
    g = rdflib.Graph()
    g.parse(data=data.decode(), format="turtle")
    assert len(g) == n


def test_nquads_keep_one_graph_per_document(seeds_store):
    quads = list(ox.parse(seeds_store.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS))
    graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    docs = {f"https://w3id.org/iccgraph/id/doc/{p.stem}" for p in SEEDS.glob("*.txt")}
    assert docs <= graphs


def test_seeds_graph_conforms_to_the_shapes(seeds_store):
    from iccgraph.validate import validate
    conforms, report = validate(rdflib.Dataset().parse(data=seeds_store.dump(ox.RdfFormat.N_QUADS).decode(), format="nquads"))
    assert conforms, report
