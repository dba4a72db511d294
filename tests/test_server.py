"""`iccgraph serve` against the real server process on 127.0.0.1.

Every test talks HTTP to a server started as `python -m iccgraph.cli serve` on a free
loopback port; nothing leaves the machine. `iccgraph query` rows are taken before the server
opens the same store (one process at a time owns a pyoxigraph store).
"""
from __future__ import annotations

import gc
import itertools
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import rdflib
from click.testing import CliRunner

from iccgraph.cli import main
from iccgraph.model import Actor, ActorMention, Affiliation, Document, DocumentStatements, Event, Span
from iccgraph.namespaces import ONTOLOGY_GRAPH
from iccgraph.rdf import doc_iri, to_rdf
from iccgraph.server import SERVER_FILE, Refused, check_no_outgoing, running_server
from iccgraph.store import GraphStore

ROOT = Path(__file__).resolve().parents[1]
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
TOKEN = "update-token-for-tests"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
SELECT_SMALL = "SELECT ?d ?id WHERE { ?d a iccg:Document ; dcterms:identifier ?id } ORDER BY ?id"


# --- a small hand-made graph ---------------------------------------------------------------------
ACTORS = {a.key: a for a in [
    Actor("united-states", "State", "United States", {"US"}, "Q30"),
    Actor("person/karim-khan", "Person", "Karim Khan", {"Khan"}),
    Actor("icc", "Court", "International Criminal Court", {"ICC"}, "Q47488"),
    Actor("japan", "State", "Japan", {"Tokyo"}, "Q17"),
    Actor("hungary", "State", "Hungary", set(), "Q28"),
    Actor("russia", "State", "Russia", set(), "Q159"),
    Actor("mongolia", "State", "Mongolia", set(), "Q711"),
    Actor("person/benjamin-netanyahu", "Person", "Benjamin Netanyahu", {"Netanyahu"}, "Q43174"),
    Actor("person/vladimir-putin", "Person", "Vladimir Putin", {"Putin"}, "Q7747"),
]}


def _span(text: str, phrase: str) -> Span:
    begin = text.index(phrase)
    return Span(begin, begin + len(phrase), phrase)


def _statements(doc_id: str, date: str, title: str, text: str,
                events: list[tuple[str, tuple[str, ...], tuple[str, ...], str, str | None, str]],
                affiliations: list[tuple[str, str, str]] = ()) -> DocumentStatements:
    """events: (action, agents, targets, status, date, sentence); affiliations: (person, org, phrase)."""
    keys = {k for e in events for k in (*e[1], *e[2])} | {k for a in affiliations for k in a[:2]}
    mentions = [ActorMention(k, _span(text, name)) for k in sorted(keys)
                for name in sorted({ACTORS[k].label} | ACTORS[k].aliases) if name in text]
    return DocumentStatements(
        document=Document(doc_id, text, date, title),
        actors={k: ACTORS[k] for k in keys}, mentions=mentions,
        events=[Event(a, ag, tg, st, d, 0.9, _span(text, s), "test", s.split()[1]) for a, ag, tg, st, d, s in events],
        affiliations=[Affiliation(p, o, "prosecutor", _span(text, s)) for p, o, s in affiliations])


T1 = ("The United States imposed sanctions on ICC prosecutor Karim Khan on Friday. "
      "Japan expressed support for the International Criminal Court. Hungary criticized the ICC. "
      "Tokyo called on Russia to cooperate with the court.")
T2 = ("The International Criminal Court issued an arrest warrant for Benjamin Netanyahu. "
      "Prosecutor Karim Khan had applied for the warrant in May. Russia expelled Japan's diplomats. "
      "Mongolia did not arrest Vladimir Putin. Japan cooperated with the ICC.")
HANDMADE = [
    _statements("hm_001", "2025-02-07", "US sanctions ICC prosecutor", T1, [
        ("Sanction", ("united-states",), ("person/karim-khan",), "Asserted", "2025-02-07",
         "The United States imposed sanctions on ICC prosecutor Karim Khan on Friday."),
        ("Support", ("japan",), ("icc",), "Asserted", "2025-02-07",
         "Japan expressed support for the International Criminal Court."),
        ("Criticize", ("hungary",), ("icc",), "Asserted", "2025-02-06", "Hungary criticized the ICC."),
        ("Urge", ("japan",), ("russia",), "Hypothetical", None, "Tokyo called on Russia to cooperate with the court."),
    ], [("person/karim-khan", "icc", "ICC prosecutor Karim Khan")]),
    _statements("hm_002", "2024-11-21", "Warrants", T2, [
        ("IssueArrestWarrant", ("icc",), ("person/benjamin-netanyahu",), "Asserted", "2024-11-21",
         "The International Criminal Court issued an arrest warrant for Benjamin Netanyahu."),
        ("RequestArrestWarrant", ("person/karim-khan",), ("person/benjamin-netanyahu",), "Asserted", "2024-05",
         "Prosecutor Karim Khan had applied for the warrant in May."),
        ("Expel", ("russia",), ("japan",), "Asserted", "2024-11", "Russia expelled Japan's diplomats."),
        ("Arrest", ("mongolia",), ("person/vladimir-putin",), "Negated", "2024-09",
         "Mongolia did not arrest Vladimir Putin."),
        ("Cooperate", ("japan",), ("icc",), "Asserted", None, "Japan cooperated with the ICC."),
    ]),
]


def make_handmade(path: Path) -> Path:
    store = GraphStore(path)
    for st in HANDMADE:
        store.replace_document(to_rdf(st))
    store.flush()
    del store
    gc.collect()
    return path


# --- the real server -------------------------------------------------------------------------------
class Server:
    """`iccgraph serve` in a subprocess on a free loopback port."""
    expected: dict[str, dict]  # `iccgraph query` JSON per query file, when taken

    def __init__(self, store: Path, *options: str):
        self.store, self.options = store, options

    def __enter__(self) -> Server:
        (self.store / SERVER_FILE).unlink(missing_ok=True)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "iccgraph.cli", "serve", "--store", str(self.store), "--port", "0",
             "--queries", str(ROOT / "queries"), *self.options],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server stopped: {self.proc.stderr.read()}")
            try:
                info = json.loads((self.store / SERVER_FILE).read_text())
                if info["pid"] == self.proc.pid:
                    break
            except (OSError, ValueError):
                pass
            time.sleep(0.1)
        else:
            raise RuntimeError("the server did not start")
        self.url = info["url"]
        assert self.url.startswith("http://127.0.0.1:")
        self.client = httpx.Client(base_url=self.url, timeout=60, trust_env=False)
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def select(self, query: str) -> list[dict]:
        r = self.client.post("/query", data={"query": query}, headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200, r.text
        return r.json()["results"]["bindings"]


def cli_json(store: Path, query_file: Path) -> dict:
    """What `iccgraph query FILE --format json` prints (run in-process; the store is closed after)."""
    result = CliRunner().invoke(main, ["query", str(query_file), "--format", "json", "--store", str(store)])
    assert result.exit_code == 0, result.output
    gc.collect()
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def handmade_path(tmp_path_factory) -> Path:
    return make_handmade(tmp_path_factory.mktemp("handmade") / "store")


def _serve_with_expected(path: Path):
    """`iccgraph query` rows of every query file, taken before the server owns the store; then the server."""
    expected = {f.name: cli_json(path, f) for f in QUERIES}
    with Server(path) as srv:
        srv.expected = expected
        yield srv


@pytest.fixture(scope="module")
def handmade(handmade_path):
    yield from _serve_with_expected(handmade_path)


@pytest.fixture(scope="module")
def seeds(seeds_store_path, tmp_path_factory):
    """A server over a copy of the seeds store (so other tests may still read the original)."""
    dst = tmp_path_factory.mktemp("seeds-copy") / "store"
    shutil.copytree(seeds_store_path, dst, ignore=shutil.ignore_patterns("LOCK", SERVER_FILE))
    yield from _serve_with_expected(dst)


@pytest.fixture(scope="module")
def server(handmade) -> Server:
    return handmade


STORES = ["handmade", pytest.param("seeds", marks=pytest.mark.slow)]


@pytest.fixture(scope="module")
def strict(tmp_path_factory):
    """Tight limits, CORS for one origin, and updates with a token."""
    path = make_handmade(tmp_path_factory.mktemp("strict") / "store")
    with Server(path, "--timeout-s", "1", "--max-request-bytes", "4096", "--max-result-bytes", "20000",
                "--cors", "http://example.org", "--allow-update", "--update-token", TOKEN) as s:
        yield s


# --- the files of queries/: same rows as `iccgraph query` ---------------------------------------------
def test_handmade_graph_answers_every_query(handmade):
    empty = [f for f, r in handmade.expected.items() if not r["results"]["bindings"]]
    assert not empty, f"the hand-made graph gives no rows for {empty}"


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("query_file", QUERIES, ids=[f.stem for f in QUERIES])
def test_sparqlwrapper_gets_the_rows_of_iccgraph_query(request, store, query_file):
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    srv = request.getfixturevalue(store)
    want = srv.expected[query_file.name]
    for method in ("GET", POST):
        sw = SPARQLWrapper(srv.url + "/query")
        sw.setQuery(query_file.read_text(encoding="utf-8"))
        sw.setReturnFormat(JSON)
        if method == POST:
            sw.setMethod(POST)
        got = sw.query().convert()
        assert got["head"]["vars"] == want["head"]["vars"]
        assert got["results"]["bindings"] == want["results"]["bindings"]


def _rdflib_term(b: dict | None):
    if b is None:
        return None
    if b["type"] == "uri":
        return rdflib.URIRef(b["value"])
    if b["type"] == "bnode":
        return rdflib.BNode(b["value"])
    return rdflib.Literal(b["value"], lang=b.get("xml:lang"),
                          datatype=None if "xml:lang" in b else b.get("datatype"))


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("query_file", QUERIES, ids=[f.stem for f in QUERIES])
def test_rdflib_sparqlstore_gets_the_rows_of_iccgraph_query(request, store, query_file):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    srv = request.getfixturevalue(store)
    want = srv.expected[query_file.name]
    graph = rdflib.Graph(SPARQLStore(srv.url + "/query", returnFormat="xml"))
    result = graph.query(query_file.read_text(encoding="utf-8"))
    assert [str(v) for v in result.vars] == want["head"]["vars"]
    rows = [tuple(row) for row in result]
    assert rows == [tuple(_rdflib_term(b.get(v)) for v in want["head"]["vars"]) for b in want["results"]["bindings"]]


# --- the protocol -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("accept,content_type", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("*/*", "application/sparql-results+json"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+xml"),
])
def test_select_answers_in_the_accepted_format(server, accept, content_type):
    r = server.client.get("/query", params={"query": SELECT_SMALL}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == content_type
    rows = [r for r in r.text.splitlines() if r.strip()] if content_type.startswith("text/") else None
    if rows:
        assert rows[0].replace("?", "").split("," if content_type == "text/csv" else "\t") == ["d", "id"]
        assert len(rows) == 1 + len(HANDMADE)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own JSON-LD parser
@pytest.mark.parametrize("accept,content_type,fmt", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
])
def test_construct_answers_in_the_accepted_format(server, accept, content_type, fmt):
    q = "CONSTRUCT { ?a iccg:sanctioned ?t } WHERE { ?a iccg:sanctioned ?t }"
    r = server.client.get("/query", params={"query": q}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == content_type
    g = rdflib.Graph().parse(data=r.text, format=fmt)
    assert len(g) == 1
    assert (None, rdflib.URIRef("https://w3id.org/iccgraph/ontology#sanctioned"), None) in g


def test_query_by_every_method(server):
    want = server.select(SELECT_SMALL)
    get = server.client.get("/query", params={"query": SELECT_SMALL}).json()
    form = server.client.post("/query", data={"query": SELECT_SMALL}).json()
    direct = server.client.post("/query", content=SELECT_SMALL, headers={"Content-Type": "application/sparql-query"}).json()
    sparql_alias = server.client.get("/sparql", params={"query": SELECT_SMALL}).json()
    for answer in (get, form, direct, sparql_alias):
        assert answer["results"]["bindings"] == want
    assert server.client.get("/query", params={"query": "ASK { ?d a iccg:Document }"}).json() == {"head": {}, "boolean": True}


def test_format_parameter_and_unacceptable_formats(server):
    r = server.client.get("/query", params={"query": SELECT_SMALL, "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    r = server.client.get("/query", params={"query": SELECT_SMALL}, headers={"Accept": "image/png"})
    assert r.status_code == 406
    r = server.client.get("/query", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": "text/csv"})
    assert r.status_code == 406


def test_protocol_dataset_parameters(server):
    g = doc_iri("hm_001").value
    r = server.client.get("/query", params={"query": "SELECT ?id WHERE { ?d dcterms:identifier ?id }",
                                            "default-graph-uri": g})
    assert [b["id"]["value"] for b in r.json()["results"]["bindings"]] == ["hm_001"]


def test_service_description(server):
    r = server.client.get("/query", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    endpoint = rdflib.URIRef(server.url + "/query")
    assert (endpoint, rdflib.RDF.type, sd.Service) in g
    assert (endpoint, sd.supportedLanguage, sd.SPARQL11Query) in g
    assert (endpoint, sd.supportedLanguage, sd.SPARQL11Update) not in g
    assert (endpoint, sd.feature, sd.UnionDefaultGraph) in g
    browser = server.client.get("/query", headers={"Accept": "text/html"}, follow_redirects=False)
    assert browser.status_code == 303 and browser.headers["location"] == "/"


def test_graph_store_protocol_read_side(server):
    total = int(server.select(COUNT_ALL)[0]["n"]["value"])
    r = server.client.get("/store", params={"default": ""}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=r.text, format="turtle")) == total

    g = doc_iri("hm_002").value
    in_graph = int(server.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")[0]["n"]["value"])
    r = server.client.get("/store", params={"graph": g}, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/n-triples")
    assert len([line for line in r.text.splitlines() if line.strip()]) == in_graph
    assert server.client.get("/store", params={"graph": g, "format": "jsonld"}).headers["content-type"] == "application/ld+json"

    r = server.client.get("/store", headers={"Accept": "application/n-quads"})
    assert r.headers["content-type"].startswith("application/n-quads")
    assert f"<{g}>" in r.text and f"<{ONTOLOGY_GRAPH}>" in r.text
    assert server.client.get("/store", params={"graph": "https://example.org/none"}).status_code == 404
    assert server.client.put("/store", params={"default": ""}, content="").status_code == 405


def test_cors_is_off_by_default_and_settable(server, strict):
    origin = {"Origin": "http://example.org"}
    assert "access-control-allow-origin" not in server.client.get("/query", params={"query": SELECT_SMALL}, headers=origin).headers
    r = strict.client.get("/query", params={"query": SELECT_SMALL}, headers=origin)
    assert r.headers["access-control-allow-origin"] == "http://example.org"
    pre = strict.client.options("/query", headers={**origin, "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "content-type"})
    assert pre.status_code == 200 and "POST" in pre.headers["access-control-allow-methods"]
    other = strict.client.get("/query", params={"query": SELECT_SMALL}, headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in other.headers


# --- safe by default -----------------------------------------------------------------------------------------
INSERT = "INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }"
ASK_INSERTED = "ASK { <https://example.org/a> <https://example.org/b> <https://example.org/c> }"


def test_updates_are_refused_by_a_read_only_server(server):
    assert server.client.post("/update", data={"update": INSERT}).status_code == 403
    assert server.client.post("/update", content=INSERT, headers={"Content-Type": "application/sparql-update"}).status_code == 403
    assert server.client.post("/query", data={"update": INSERT}).status_code == 403
    assert server.client.post("/update", data={"update": INSERT}, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 403
    assert server.client.post("/query", data={"query": INSERT}).status_code == 400  # not a query
    assert server.client.get("/query", params={"query": ASK_INSERTED}).json()["boolean"] is False


def test_updates_need_the_token(strict):
    assert strict.client.post("/update", data={"update": INSERT}).status_code == 401
    assert strict.client.post("/update", data={"update": INSERT}, headers={"Authorization": "Bearer wrông".encode()}).status_code == 401
    r = strict.client.post("/update", data={"update": INSERT}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert strict.client.get("/query", params={"query": ASK_INSERTED}).json()["boolean"] is False
    r = strict.client.post("/update", content=INSERT, headers={"Content-Type": "application/sparql-update",
                                                                "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204, r.text
    assert strict.client.get("/query", params={"query": ASK_INSERTED}).json()["boolean"] is True
    r = strict.client.post("/update", data={"update": "LOAD <http://127.0.0.1:9/data.ttl>"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403


@pytest.fixture
def trap():
    """A loopback listener that counts the connections a SERVICE call would make."""
    sock = socket.create_server(("127.0.0.1", 0))
    sock.settimeout(0.2)
    hits = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
                hits.append(1)
                conn.close()
            except OSError:
                pass
    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/sparql", hits
    stop.set()
    t.join()
    sock.close()


def test_service_is_refused_and_nothing_goes_out(server, strict, trap):
    target, hits = trap
    for q in [f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
              f"select * where {{ ?x a iccg:Document OPTIONAL {{ service silent <{target}> {{ ?s ?p ?o }} }} }}",
              f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}"]:
        r = server.client.get("/query", params={"query": q})
        assert r.status_code == 403, (q, r.status_code, r.text)
        assert "SERVICE" in r.text
    from urllib.error import HTTPError

    from SPARQLWrapper import JSON, SPARQLWrapper
    sw = SPARQLWrapper(server.url + "/query")
    sw.setQuery(f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}")
    sw.setReturnFormat(JSON)
    with pytest.raises(HTTPError) as refused:
        sw.query()
    assert refused.value.code == 403
    r = strict.client.post("/update", data={"update": f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403
    # The word alone is no clause: a literal or a comment that says "service" is fine.
    ok = server.client.get("/query", params={"query": 'SELECT ?x WHERE { BIND("public service" AS ?x) } # service'})
    assert ok.status_code == 200
    time.sleep(0.3)
    assert hits == []


def test_gate_decides_by_parsing():
    check_no_outgoing("SELECT * WHERE { ?s ?p 'SERVICE' }")
    check_no_outgoing("SELECT * WHERE { ?s <http://example.org/service> ?o }")
    check_no_outgoing("INSERT DATA { <http://example.org/download> <http://example.org/p> 'load' }", update=True)
    for text, update in [("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", False),
                         ("SELECT * { \\U00000053ERVICE <http://x/> { ?s ?p ?o } }", False),
                         ("SELECT * { SERVICE ?where { ?s ?p ?o } }", False),
                         ("LOAD SILENT <http://x/> INTO GRAPH <http://y/>", True),
                         ("SELECT * { SERVICE <http://x/> { ?s ?p ?o }", False)]:  # broken: not vouched for
        with pytest.raises(Refused) as exc:
            check_no_outgoing(text, update=update)
        assert exc.value.status == 403


def test_over_long_query_is_stopped(strict):
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    r = strict.client.get("/query", params={"query": heavy})
    assert r.status_code == 503, r.text
    assert "time limit" in r.text
    assert time.monotonic() - started < 10
    # The server still answers at once.
    assert strict.client.get("/query", params={"query": SELECT_SMALL}).status_code == 200


def test_oversized_requests_and_results_are_refused(strict):
    padding = "# " + "x" * 8000 + "\n"
    assert strict.client.post("/query", data={"query": padding + SELECT_SMALL}).status_code == 413
    assert strict.client.post("/query", content=padding + SELECT_SMALL,
                              headers={"Content-Type": "application/sparql-query"}).status_code == 413

    def chunks():  # no Content-Length: the body is counted as it comes
        for _ in range(10):
            yield padding[:1000].encode()
    assert strict.client.post("/query", content=chunks(), headers={"Content-Type": "application/sparql-query"}).status_code == 413
    assert strict.client.get("/query", params={"query": padding + SELECT_SMALL}).status_code == 414
    r = strict.client.get("/query", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 422 and "LIMIT" in r.text
    assert strict.client.get("/query", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"}).status_code == 200
    assert strict.client.get("/query", params={"query": "SELEKT nothing"}).status_code == 400


def test_owner_endpoints_need_the_owner_token(server):
    assert server.client.get("/_iccgraph/status").status_code == 403
    assert server.client.post("/_iccgraph/documents", json={}).status_code == 403
    handle = running_server(server.store)
    assert handle is not None and handle.url == server.url


# --- the page ----------------------------------------------------------------------------------------------
CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (apt-get install chromium)")
def test_page_runs_a_query_in_chromium(server, tmp_path):
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    want = server.select((ROOT / "queries" / "who-sanctioned-whom.rq").read_text()) \
        if (ROOT / "queries" / "who-sanctioned-whom.rq").exists() else None
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        try:
            page = browser.new_page()
            page.on("request", lambda req: requests.append(req.url))
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(server.url + "/")
            # A selector, not wait_for_function("..."): a string predicate is eval'd on each
            # animation frame, which the page's CSP (script-src 'self') refuses once the first
            # check (run through the debugging protocol) has come out false.
            page.wait_for_selector("#query-list option", state="attached")
            names = page.eval_on_selector_all("#query-list option", "os => os.map(o => o.value)")
            assert names == [f.stem for f in QUERIES]
            if want is not None:
                page.select_option("#query-list", "who-sanctioned-whom")
            else:
                page.fill("#query", SELECT_SMALL)
                want = server.select(SELECT_SMALL)
            page.click("#run")
            page.wait_for_selector("#status:has-text('row')")
            cells = page.eval_on_selector_all("#table tbody tr", "rs => rs.map(r => [...r.cells].map(c => c.textContent))")
            headers = page.eval_on_selector_all("#table thead th", "hs => hs.map(h => h.textContent)")
            assert len(cells) == len(want) > 0
            # Literal cells show their value (IRIs are shown compacted).
            assert [[c for c, h in zip(row, headers) if b.get(h, {}).get("type") != "uri"] for row, b in zip(cells, want)] \
                == [[b[h]["value"] if h in b else "" for h in headers if b.get(h, {}).get("type") != "uri"] for b in want]
            assert "United States" in cells[0] and "Karim Khan" in cells[0]
            # The same rows as a graph: first column -> second column, drawn on a canvas.
            page.click("#show-graph")
            page.wait_for_selector("#graph canvas")
            drawn = page.evaluate("window.resultGraph")
            assert drawn["edges"] == len(want)
            assert drawn["nodes"] == len({b[h]["value"] for b in want for h in headers[:2] if h in b})
            csv_link = page.get_attribute("#downloads a[download$='.csv']", "href")
            assert server.client.get("/" + csv_link).headers["content-type"].startswith("text/csv")
            page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
            assert not errors
        finally:
            browser.close()
    assert requests and all(u.startswith(server.url + "/") for u in requests), requests


# --- serving while building ------------------------------------------------------------------------------------
BUILD_TEXTS = {
    f"live_{i:02d}": text for i, text in enumerate([
        "The United States imposed sanctions on the International Criminal Court on Thursday.",
        "Japan said it supports the International Criminal Court.",
        "Hungary announced it would withdraw from the International Criminal Court. Viktor Orban criticized the court.",
        "The International Criminal Court issued an arrest warrant for Vladimir Putin in March 2023.",
        "Russia expelled two Japanese diplomats on Monday.",
        "Mongolia failed to arrest Vladimir Putin during his visit.",
        "The prosecutor Karim Khan applied for arrest warrants against Benjamin Netanyahu and Yoav Gallant.",
        "France condemned the sanctions imposed by the United States on the court's judges.",
        "Germany and the Netherlands expressed support for the court and its staff.",
        "South Africa urged Israel to comply with the orders of the court.",
    ])}
PER_GRAPH = (f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{ONTOLOGY_GRAPH}>) }} "
             "GROUP BY ?g")
TOTAL = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{ONTOLOGY_GRAPH}>) }}"


@pytest.mark.slow
def test_build_while_serving(tmp_path, build_texts):
    # Each document's graph, as a build writes it: precomputed in a store of its own.
    reference = build_texts(BUILD_TEXTS, tmp_path / "reference")
    per_doc = {r["g"].value: int(r["n"].value) for r in reference.select(PER_GRAPH)}
    del reference
    assert len(per_doc) == len(BUILD_TEXTS)
    sums = {sum(c) for k in range(len(per_doc) + 1) for c in itertools.combinations(per_doc.values(), k)}

    live = tmp_path / "live"
    with Server(live) as srv:
        stop = threading.Event()
        failures: list[str] = []
        seen: list[tuple[str, object]] = []

        def client(kind: str) -> None:
            with httpx.Client(base_url=srv.url, timeout=60, trust_env=False) as c:
                while not stop.is_set():
                    try:
                        r = c.post("/query", data={"query": PER_GRAPH if kind == "graphs" else TOTAL},
                                   headers={"Accept": "application/sparql-results+json"})
                    except httpx.HTTPError as exc:
                        failures.append(repr(exc))
                        continue
                    if r.status_code != 200:
                        failures.append(f"{r.status_code} {r.text}")
                        continue
                    rows = r.json()["results"]["bindings"]
                    if kind == "graphs":
                        seen.append((kind, {b["g"]["value"]: int(b["n"]["value"]) for b in rows}))
                    else:
                        seen.append((kind, int(rows[0]["n"]["value"])))
        threads = [threading.Thread(target=client, args=(k,)) for k in ("graphs", "graphs", "total", "total")]
        for t in threads:
            t.start()
        try:
            time.sleep(0.5)
            build = subprocess.run(
                [sys.executable, "-m", "iccgraph.cli", "build", str(tmp_path / "docs"), "--store", str(live)],
                capture_output=True, text=True, timeout=600)
            time.sleep(0.5)
        finally:
            stop.set()
            for t in threads:
                t.join(60)
        assert build.returncode == 0, build.stderr
        assert f"via {srv.url}" in build.stderr
        final = {b["g"]["value"]: int(b["n"]["value"]) for b in srv.select(PER_GRAPH)}

    assert failures == []
    assert final == per_doc
    graphs = [v for k, v in seen if k == "graphs"]
    totals = [v for k, v in seen if k == "total"]
    assert graphs and totals
    for state in graphs:  # every document is there whole, or not at all
        assert all(per_doc[g] == n for g, n in state.items()), state
    assert all(t in sums for t in totals), sorted(set(totals) - sums)
    assert graphs[0] == {} and graphs[-1] == per_doc
    assert not (live / SERVER_FILE).exists()
    assert running_server(live) is None


def test_a_stale_server_file_is_ignored(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / SERVER_FILE).write_text(json.dumps({"url": "http://127.0.0.1:9", "pid": dead.pid, "token": "x"}))
    assert running_server(tmp_path) is None
    (tmp_path / SERVER_FILE).write_text(json.dumps({"url": "http://127.0.0.1:9", "pid": os.getpid(), "token": "x"}))
    assert running_server(tmp_path) is None  # alive, but nothing answers there as this store's owner


def test_graph_view_draws_the_network_with_filters(server):
    """/graph serves the offline network view of the visualizer; filters cut it; bad ones are 400."""
    edges = int(server.select("SELECT (COUNT(*) AS ?n) WHERE { ?e iccg:status iccg:Asserted ; "
                              "iccg:agent ?a ; iccg:target ?t FILTER (?a != ?t) }")[0]["n"]["value"])
    r = server.client.get("/graph")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "vis-network" in r.text or "vis.Network" in r.text
    assert f"{edges} event" in r.text or edges == 0
    page = server.client.get("/").text
    assert 'href="graph"' in page
    assert server.client.get("/graph", params={"action": "NoSuchAction"}).status_code == 400
    assert server.client.get("/graph", params={"since": "not-a-date"}).status_code == 400
