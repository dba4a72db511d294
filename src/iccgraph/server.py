"""`iccgraph serve`: a SPARQL 1.1 Protocol endpoint over the store, safe by default.

Why not the `oxigraph` server binary from PyPI (same engine)? It was tried: it forwards a
`SERVICE` clause (and `LOAD`) to any address, has no token on `/update` or on the write side
of `/store`, no result-size limit, and reports a query timeout or a failed `SERVICE` call as
an HTTP 200 whose body stops half way. A gate in front of it would have to parse every
query, buffer and re-check every answer and ship documents over a second hop: everything
this module does, plus a second process that owns the store. So one process owns the store
(pyoxigraph opened read-write, as `iccgraph build` does) and a Starlette app speaks the
protocol, with pyoxigraph's own parsers and result serializers doing the SPARQL work.

Readers see whole documents because pyoxigraph answers every query from a snapshot and
`GraphStore.replace_document` writes a document in one transaction. `iccgraph build` finds a
running server through `STORE/.iccgraph-server.json` and hands it the documents (the store's
RocksDB folder can only be opened read-write by one process).

One known limit: pyoxigraph cannot cancel a query it is evaluating. A query is abandoned at
its deadline (the client gets 503) and stopped as soon as it next writes a result, but a
query that computes for long without emitting anything (an aggregate over a huge join) keeps
one of the `workers` threads busy until it ends; the pool bounds how many can.
"""
from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import os
import re
import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import mimeparse
import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from .model import IccgraphError
from .namespaces import PREFIXES
from .rdf import DocumentRDF
from .store import GraphReader, GraphStore

SERVER_FILE = ".iccgraph-server.json"
WEB = Path(__file__).resolve().parent / "web"
DOCUMENTS_PATH = "/_iccgraph/documents"
MAX_DOCUMENT_BYTES = 256 * 2**20   # one document's RDF from `build`: owner-only, so generous

# Media types we answer with, best first (the first is the default for */*).
RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
DATASET_TYPES: dict[str, ox.RdfFormat] = {
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-quads": ox.RdfFormat.N_QUADS,
}
# `?format=` for links, which cannot set Accept (the page's download links); SPARQLWrapper
# sends it too, always agreeing with its Accept header.
FORMAT_PARAM: dict[str, str] = {
    "json": "application/sparql-results+json, application/ld+json;q=0.9",
    "xml": "application/sparql-results+xml, application/rdf+xml;q=0.9",
    "csv": "text/csv", "tsv": "text/tab-separated-values",
    "turtle": "text/turtle", "ttl": "text/turtle", "ntriples": "application/n-triples", "nt": "application/n-triples",
    "jsonld": "application/ld+json", "json-ld": "application/ld+json", "rdfxml": "application/rdf+xml",
    "trig": "application/trig", "nquads": "application/n-quads",
}

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE_WORD = re.compile(r"service", re.IGNORECASE)
_LOAD_WORD = re.compile(r"load", re.IGNORECASE)


@dataclass(frozen=True)
class Settings:
    timeout_s: float = 10.0
    max_result_bytes: int = 32 * 2**20
    max_request_bytes: int = 2**20
    cors_origins: tuple[str, ...] = ()
    allow_update: bool = False
    update_token: str | None = None
    queries_dir: Path | None = None
    workers: int = 4


class Refused(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.headers = status, headers


def _error(exc: Refused) -> PlainTextResponse:
    return PlainTextResponse(str(exc) + "\n", exc.status, headers=exc.headers)


# --- SERVICE / LOAD gate ---------------------------------------------------------------------
def _rdflib_names(tree: Any, acc: set[str]) -> set[str]:
    """Names of all the nodes of an rdflib SPARQL parse tree."""
    from rdflib.plugins.sparql.parserutils import CompValue
    if isinstance(tree, CompValue):
        acc.add(tree.name)
    if isinstance(tree, dict):
        for v in tree.values():
            _rdflib_names(v, acc)
    elif isinstance(tree, list | tuple) or type(tree).__name__ == "ParseResults":
        for v in tree:
            _rdflib_names(v, acc)
    return acc


def check_no_outgoing(text: str, *, update: bool = False) -> None:
    """Refuse `SERVICE` (and `LOAD` in updates): pyoxigraph would fetch any address.

    The parser decides; the word test only lets through, fast, text in which the keyword
    cannot occur at all (after SPARQL's \\u escapes, which apply before parsing)."""
    plain = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    if not (_SERVICE_WORD.search(plain) or (update and _LOAD_WORD.search(plain))):
        return
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
    try:
        names = _rdflib_names((parseUpdate if update else parseQuery)(text), set())
    except Exception:  # noqa: BLE001 - any parse failure: we cannot vouch for the text
        raise Refused(403, "this endpoint makes no outgoing requests, and a request that mentions "
                           "SERVICE or LOAD is refused unless it parses cleanly") from None
    if "ServiceGraphPattern" in names:
        raise Refused(403, "SERVICE (federated query) is refused: this endpoint makes no outgoing requests")
    if "Load" in names:
        raise Refused(403, "LOAD is refused: this endpoint makes no outgoing requests")


# --- evaluation in worker threads ---------------------------------------------------------------
class _Sink:
    """Collects serialized output; stops the serializer (and so the evaluation behind it) at
    the deadline or the size limit, so a runaway answer is cut off, not buffered."""

    def __init__(self, deadline: float, limit: int):
        self.chunks: list[bytes] = []
        self.size, self.deadline, self.limit = 0, deadline, limit

    def write(self, b: bytes) -> int:
        self.size += len(b)
        if self.size > self.limit:
            raise Refused(422, f"the result is larger than {self.limit} bytes: add a LIMIT or narrow the query")
        if time.monotonic() > self.deadline:
            raise TimeoutError
        self.chunks.append(bytes(b))
        return len(b)

    def flush(self) -> None:
        pass


def negotiate(accept: str, types: dict[str, Any]) -> str | None:
    """The best of `types` for an Accept header (ties go to the earlier entry), or None."""
    try:
        best = mimeparse.best_match(list(reversed(types)), accept or "*/*")
    except ValueError:  # a malformed Accept header: answer the default
        best = next(iter(types))
    return best or None


@dataclass
class Engine:
    """The store and the threads that read and write it."""
    store: GraphStore
    settings: Settings
    readers: ThreadPoolExecutor = field(init=False)
    writer: ThreadPoolExecutor = field(init=False)
    busy: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.readers = ThreadPoolExecutor(self.settings.workers, thread_name_prefix="iccgraph-query")
        # One writer thread: documents and updates are applied one at a time, in arrival order.
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="iccgraph-write")

    async def read(self, fn: Callable[..., Any], *args: Any, deadline: float | None = None) -> Any:
        loop = asyncio.get_running_loop()
        fut = loop.run_in_executor(self.readers, partial(self._counted, fn, *args))
        if deadline is None:
            return await fut
        try:
            return await asyncio.wait_for(fut, max(0.0, deadline - time.monotonic()))
        except (TimeoutError, asyncio.TimeoutError):
            raise Refused(503, f"the query ran past the time limit of {self.settings.timeout_s:g} s",
                          {"Retry-After": "1"}) from None

    async def write(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.writer, partial(fn, *args))

    def _counted(self, fn: Callable[..., Any], *args: Any) -> Any:
        with self.lock:
            self.busy += 1
        try:
            return fn(*args)
        finally:
            with self.lock:
                self.busy -= 1

    def evaluate(self, text: str, dataset: dict[str, Any], accept: str, deadline: float) -> tuple[bytes, str]:
        if time.monotonic() > deadline:  # waited in the queue past its time
            raise TimeoutError
        check_no_outgoing(text)  # here, not on the event loop: parsing a long text takes a while
        try:
            result = self.store.store.query(text, prefixes=dict(PREFIXES), **dataset)
        except SyntaxError as exc:
            raise Refused(400, f"malformed SPARQL query: {str(exc).splitlines()[0]}") from None
        sink = _Sink(deadline, self.settings.max_result_bytes)
        if isinstance(result, ox.QueryTriples):
            media = negotiate(accept, GRAPH_TYPES)
            if media is None:
                raise Refused(406, "CONSTRUCT/DESCRIBE answers in: " + ", ".join(GRAPH_TYPES))
            fmt = GRAPH_TYPES[media]
            ox.serialize(result, sink, fmt, prefixes=dict(PREFIXES) if fmt is ox.RdfFormat.TURTLE else None)
        else:
            media = negotiate(accept, RESULT_TYPES)
            if media is None:
                raise Refused(406, "SELECT/ASK answers in: " + ", ".join(RESULT_TYPES))
            fmt = RESULT_TYPES[media]
            result.serialize(sink, fmt)
        if time.monotonic() > deadline:
            raise TimeoutError
        return b"".join(sink.chunks), fmt.media_type

    def update(self, text: str) -> None:
        try:
            self.store.store.update(text, prefixes=dict(PREFIXES))
        except SyntaxError as exc:
            raise Refused(400, f"malformed SPARQL update: {str(exc).splitlines()[0]}") from None

    def graph(self, name: str | None, media: str) -> bytes:
        """The Graph Store Protocol's read side: a named graph, the (union) default graph, or
        with `name` "" the whole dataset."""
        if name == "":
            return self.store.dump(DATASET_TYPES[media])
        if name is None:
            return self.store.dump(GRAPH_TYPES[media])
        g = ox.NamedNode(name)
        if not self.store.store.contains_named_graph(g):
            raise Refused(404, f"no graph <{name}> in the store")
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in self.store.store.quads_for_pattern(None, None, None, g)]
        fmt = GRAPH_TYPES[media]
        return ox.serialize(triples, format=fmt, prefixes=dict(PREFIXES) if fmt is ox.RdfFormat.TURTLE else None)


# --- request plumbing ------------------------------------------------------------------------
class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuse requests larger than the limit: 413 for a body (whether or not it says its
    length), 414 for a query string."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = MAX_DOCUMENT_BYTES if scope["path"] == DOCUMENTS_PATH else self.limit
        if len(scope.get("query_string", b"")) > limit:
            return await PlainTextResponse(f"the request URI is longer than {limit} bytes\n", 414)(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length", b"0")
        if not length.isdigit() or int(length) > limit:
            return await PlainTextResponse(f"the request is larger than {limit} bytes\n", 413,
                                           headers={"Connection": "close"})(scope, receive, send)
        seen = 0

        async def counting() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _TooLarge(f"the request is larger than {limit} bytes")
            return message
        await self.app(scope, counting, send)


async def _params(request: Request) -> tuple[list[tuple[str, str]], str | None, str | None]:
    """(parameters, query text, update text) of a protocol request, by GET or either POST."""
    params = list(request.query_params.multi_items())
    if request.method != "POST":
        return params, request.query_params.get("query"), request.query_params.get("update")
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "the request body is not UTF-8") from None
    if ctype == "application/x-www-form-urlencoded":
        params += parse_qsl(text, keep_blank_values=True)
        form = dict(params)
        return params, form.get("query"), form.get("update")
    if ctype == "application/sparql-query":
        return params, text, None
    if ctype == "application/sparql-update":
        return params, None, text
    raise Refused(415, "send application/sparql-query, application/sparql-update or a form")


def _dataset(params: list[tuple[str, str]]) -> dict[str, Any]:
    """The protocol's default-graph-uri / named-graph-uri; without them, the union of all
    graphs is the default graph, as for `iccgraph query`."""
    defaults = [ox.NamedNode(v) for k, v in params if k == "default-graph-uri"]
    named = [ox.NamedNode(v) for k, v in params if k == "named-graph-uri"]
    if not defaults and not named:
        return {"use_default_graph_as_union": True}
    return {k: v for k, v in (("default_graph", defaults), ("named_graphs", named)) if v}


def _accept(request: Request, params: list[tuple[str, str]]) -> str:
    fmt = dict(params).get("format", "").lower()
    return FORMAT_PARAM.get(fmt) or request.headers.get("accept", "*/*")


def _is_local(request: Request) -> bool:
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback or host == request.scope.get("server", ("",))[0]
    except ValueError:
        return False


def _same(given: str, token: str) -> bool:
    """Constant-time token check (as bytes: compare_digest refuses non-ASCII str)."""
    return secrets.compare_digest(given.encode(), token.encode())


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _service_description(endpoint: str, update: bool) -> list[ox.Triple]:
    sd = "http://www.w3.org/ns/sparql-service-description#"
    fmts = "http://www.w3.org/ns/formats/"
    rdf_type = ox.NamedNode(PREFIXES["rdf"] + "type")
    s, ds, dg = ox.NamedNode(endpoint), ox.BlankNode(), ox.BlankNode()
    n = lambda local: ox.NamedNode(sd + local)  # noqa: E731
    out = [ox.Triple(s, rdf_type, n("Service")), ox.Triple(s, n("endpoint"), s),
           ox.Triple(s, n("supportedLanguage"), n("SPARQL11Query")),
           ox.Triple(s, n("feature"), n("UnionDefaultGraph")),
           ox.Triple(s, n("defaultEntailmentRegime"), ox.NamedNode("http://www.w3.org/ns/entailment/Simple")),
           ox.Triple(s, n("defaultDataset"), ds), ox.Triple(ds, rdf_type, n("Dataset")),
           ox.Triple(ds, n("defaultGraph"), dg), ox.Triple(dg, rdf_type, n("Graph"))]
    if update:
        out.append(ox.Triple(s, n("supportedLanguage"), n("SPARQL11Update")))
    for f in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
              "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        out.append(ox.Triple(s, n("resultFormat"), ox.NamedNode(fmts + f)))
    return out


def _query_files(folder: Path | None) -> list[dict[str, str]]:
    """The files of queries/ for the page: name, leading comment, text."""
    if folder is None or not folder.is_dir():
        return []
    out = []
    for f in sorted(folder.glob("*.rq")):
        text = f.read_text(encoding="utf-8")
        lead = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            lead.append(line.lstrip("# ").rstrip())
        out.append({"name": f.stem, "description": " ".join(lead), "text": text})
    return out


# --- the app ---------------------------------------------------------------------------------
def create_app(engine: Engine, owner_token: str, on_startup: Callable[[], None] = lambda: None,
               on_shutdown: Callable[[], None] = lambda: None) -> ASGIApp:
    settings = engine.settings

    async def sparql(request: Request) -> Response:
        params, query, update = await _params(request)
        if update is not None:
            return await _update(request, update)
        if query is None:
            if request.method == "POST":
                raise Refused(400, "no query given")
            return _describe(request, params)
        accept = _accept(request, params)
        if negotiate(accept, RESULT_TYPES) is None and negotiate(accept, GRAPH_TYPES) is None:
            raise Refused(406, "answers come in: " + ", ".join([*RESULT_TYPES, *GRAPH_TYPES]))
        try:
            dataset = _dataset(params)
        except ValueError as exc:
            raise Refused(400, f"bad graph IRI: {exc}") from None
        deadline = time.monotonic() + settings.timeout_s
        body, media = await engine.read(engine.evaluate, query, dataset, accept, deadline, deadline=deadline)
        return Response(body, media_type=media, headers={"Vary": "Accept"})

    async def update_endpoint(request: Request) -> Response:
        params, query, update = await _params(request)
        if update is None:
            raise Refused(400, "no update given (send `update=` or application/sparql-update)")
        return await _update(request, update)

    async def _update(request: Request, text: str) -> Response:
        if not settings.allow_update:
            raise Refused(403, "this endpoint is read-only (start it with --allow-update and a token to accept updates)")
        if not (settings.update_token and _same(_bearer(request), settings.update_token)):
            raise Refused(401, "an update needs `Authorization: Bearer <token>`", {"WWW-Authenticate": "Bearer"})
        if request.method != "POST":
            raise Refused(405, "an update must be POSTed", {"Allow": "POST"})
        await engine.read(partial(check_no_outgoing, text, update=True))
        await engine.write(engine.update, text)
        return Response(status_code=204)

    def _describe(request: Request, params: list[tuple[str, str]]) -> Response:
        accept = _accept(request, params)
        if negotiate(accept, {"text/html": None, **GRAPH_TYPES}) == "text/html" and "format" not in dict(params):
            return RedirectResponse("/", 303)  # a person with a browser: the page
        media = negotiate(accept, GRAPH_TYPES)
        if media is None:
            raise Refused(406, "the service description comes in: " + ", ".join(GRAPH_TYPES))
        endpoint = str(request.url.replace(query=""))
        body = ox.serialize(_service_description(endpoint, settings.allow_update), format=GRAPH_TYPES[media])
        return Response(body, media_type=GRAPH_TYPES[media].media_type, headers={"Vary": "Accept"})

    async def graph_store(request: Request) -> Response:
        params = dict(request.query_params)
        whole = "graph" not in params and "default" not in params
        types = DATASET_TYPES if whole else GRAPH_TYPES
        media = negotiate(_accept(request, list(params.items())), types)
        if media is None:
            raise Refused(406, "this answers in: " + ", ".join(types))
        name = "" if whole else params.get("graph")
        try:
            body = await engine.read(engine.graph, name, media)
        except ValueError as exc:
            raise Refused(400, f"bad graph IRI: {exc}") from None
        return Response(body, media_type=types[media].media_type, headers={"Vary": "Accept"})

    def _owner(request: Request) -> None:
        if not (_is_local(request) and _same(_bearer(request), owner_token)):
            raise Refused(403, "only the process that owns this store may do this")

    async def status(request: Request) -> Response:
        _owner(request)
        return JSONResponse({"store": str(engine.store.path.resolve()), "pid": os.getpid()})

    async def put_document(request: Request) -> Response:
        _owner(request)
        try:
            p = json.loads(await request.body())
            doc = DocumentRDF(graph=ox.NamedNode(p["graph"]), triples=_triples(p["triples"]),
                              actor_triples=_triples(p["actor_triples"]),
                              labels={ox.NamedNode(k): v for k, v in p["labels"].items()})
        except (ValueError, KeyError, TypeError, SyntaxError) as exc:
            raise Refused(400, f"bad document: {exc}") from None
        await engine.write(engine.store.replace_document, doc)
        return Response(status_code=204)

    async def flush(request: Request) -> Response:
        _owner(request)
        await engine.write(engine.store.flush)
        return Response(status_code=204)

    async def queries(request: Request) -> Response:
        return JSONResponse({"prefixes": PREFIXES, "queries": _query_files(settings.queries_dir)})

    async def page(request: Request) -> Response:
        return FileResponse(WEB / "index.html")

    async def vis_asset(request: Request) -> Response:
        """The page's graph library: vis-network as shipped in the pyvis wheel (never a CDN)."""
        from .views import vis_network_assets
        js, css = vis_network_assets()
        if request.path_params["name"] == "vis-network.min.js":
            return Response(js, media_type="text/javascript; charset=utf-8")
        if request.path_params["name"] == "vis-network.css":
            return Response(css, media_type="text/css; charset=utf-8")
        raise Refused(404, "no such file")

    async def graph_view(request: Request) -> Response:
        """The interactive network view of the graph (the visualizer's offline HTML page),
        with the export filters as query parameters: status, action, since, until, actor, hops."""
        from .network import make_filter, network_from_store
        from .views import to_html
        q = request.query_params
        try:
            f = make_filter(status=q.get("status", "asserted"), actions=q.getlist("action"), since=q.get("since"),
                            until=q.get("until"), actor=q.get("actor"),
                            hops=int(q["hops"]) if "hops" in q else None,
                            min_confidence=float(q["min_confidence"]) if "min_confidence" in q else None)
        except (IccgraphError, ValueError) as exc:
            raise Refused(400, str(exc)) from None
        html = await engine.read(lambda: to_html(network_from_store(engine.store, f)))
        return Response(html, media_type="text/html; charset=utf-8")

    async def refused(request: Request, exc: Exception) -> Response:
        return _error(exc)  # type: ignore[arg-type]

    async def too_large(request: Request, exc: Exception) -> Response:
        return PlainTextResponse(f"{exc}\n", 413, headers={"Connection": "close"})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        on_startup()
        try:
            yield
        finally:
            on_shutdown()

    csp = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
           "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

    async def security_headers(scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                # The page may only talk to this server: no CDN, no outgoing request.
                message.setdefault("headers", []).extend([(b"content-security-policy", csp.encode()),
                                                          (b"x-content-type-options", b"nosniff")])
            await send(message)
        await inner(scope, receive, send_with)

    middleware = []
    if settings.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                                     allow_methods=["GET", "POST", "HEAD"],
                                     allow_headers=["Accept", "Content-Type", "Authorization"]))
    inner = Starlette(
        routes=[Route("/", page), Route("/graph", graph_view), Route("/lib/{name}", vis_asset), Route("/query", sparql, methods=["GET", "POST"], name="query"),
                Route("/sparql", sparql, methods=["GET", "POST"]),
                Route("/update", update_endpoint, methods=["POST"]),
                Route("/store", graph_store, methods=["GET"]),
                Route("/_iccgraph/queries", queries), Route("/_iccgraph/status", status),
                Route(DOCUMENTS_PATH, put_document, methods=["POST"]),
                Route("/_iccgraph/flush", flush, methods=["POST"]),
                Mount("/static", StaticFiles(directory=WEB), name="static")],
        middleware=middleware, exception_handlers={Refused: refused, _TooLarge: too_large}, lifespan=lifespan)
    return BodyLimit(security_headers, settings.max_request_bytes)


def _triples(nt: str) -> list[ox.Triple]:
    return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(input=nt.encode(), format=ox.RdfFormat.N_TRIPLES)]


def _nt(triples: list[ox.Triple]) -> str:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()


# --- running it --------------------------------------------------------------------------------
def _write_private(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + f".{os.getpid()}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # it holds the owner token
    with os.fdopen(fd, "w") as f:
        json.dump(data, f)
    tmp.replace(path)


def _connect_host(host: str) -> str:
    """Where a local client reaches a server bound to `host`."""
    if host in ("", "0.0.0.0"):
        return "127.0.0.1"
    if host == "::":
        return "::1"
    return host


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def run(store_path: Path, host: str = "127.0.0.1", port: int = 7878, settings: Settings = Settings()) -> None:
    """Serve the store until interrupted. This process owns the store while it runs."""
    import uvicorn
    if settings.allow_update and not settings.update_token:
        raise IccgraphError("--allow-update needs a token (--update-token or ICCGRAPH_UPDATE_TOKEN)")
    store = GraphStore(store_path)
    engine = Engine(store, settings)
    try:
        sock = socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET)
    except OSError as exc:
        raise IccgraphError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # accepted sockets inherit it: no 40 ms Nagle stalls
    port = sock.getsockname()[1]
    url = _url(host, port)
    token = secrets.token_urlsafe(32)
    info_file = store.path / SERVER_FILE

    def started() -> None:
        _write_private(info_file, {"url": _url(_connect_host(host), port), "pid": os.getpid(), "token": token,
                                   "store": str(store.path.resolve())})
        mode = "read-write (token)" if settings.allow_update else "read-only"
        print(f"iccgraph: serving {store.path} at {url}/ ({mode}; query time limit {settings.timeout_s:g} s; "
              f"SERVICE refused)", file=sys.stderr, flush=True)
        if not _is_loopback(host):
            print(f"iccgraph: warning: listening on {host}, reachable from other machines", file=sys.stderr, flush=True)

    def stopped() -> None:
        with contextlib.suppress(OSError, ValueError):
            if json.loads(info_file.read_text()).get("pid") == os.getpid():
                info_file.unlink()
        engine.writer.shutdown(wait=True)  # documents already handed over are written
        store.flush()

    app = create_app(engine, token, started, stopped)
    # httptools when installed (faster), else h11; both get the same limits from BodyLimit.
    config = uvicorn.Config(app, lifespan="on", log_level="warning", access_log=False,
                            proxy_headers=False, server_header=False, timeout_graceful_shutdown=5,
                            h11_max_incomplete_event_size=settings.max_request_bytes + 65536)
    uvicorn.Server(config).run(sockets=[sock])
    if engine.busy:
        # A query pyoxigraph cannot cancel is still computing; the store is flushed, so leave
        # without waiting for it (a normal exit would join its thread).
        sys.stderr.flush()
        os._exit(0)


# --- `iccgraph build` hands its documents to a running server ----------------------------------------
@dataclass(frozen=True)
class ServerHandle:
    url: str
    token: str
    pid: int

    def remote_store(self) -> RemoteStore:
        return RemoteStore(self)


class RemoteStore:
    """The writing half of `GraphStore`, for `pipeline.build`: each document goes to the
    server that owns the store, which writes it in one transaction as `GraphStore` would."""

    def __init__(self, handle: ServerHandle):
        self.handle = handle
        self.client = httpx.Client(base_url=handle.url, headers={"Authorization": f"Bearer {handle.token}"},
                                   timeout=300, trust_env=False)  # loopback: never through a proxy

    def _post(self, path: str, **kw: Any) -> None:
        try:
            r = self.client.post(path, **kw)
        except httpx.HTTPError as exc:
            raise IccgraphError(f"the server at {self.handle.url} did not take the document: {exc}") from None
        if r.status_code >= 300:
            raise IccgraphError(f"the server at {self.handle.url} refused: {r.status_code} {r.text.strip()}")

    def replace_document(self, doc: DocumentRDF) -> None:
        self._post(DOCUMENTS_PATH, json={"graph": doc.graph.value, "triples": _nt(doc.triples),
                                         "actor_triples": _nt(doc.actor_triples),
                                         "labels": {a.value: label for a, label in doc.labels.items()}})

    def flush(self) -> None:
        self._post("/_iccgraph/flush")


class RemoteReader(GraphReader):
    """The reading half of `GraphStore` through the server that owns the store, so that
    `query`, `export` and `stats` never open a store another process is writing."""

    def __init__(self, handle: ServerHandle):
        self.handle = handle
        self.client = httpx.Client(base_url=handle.url, timeout=300, trust_env=False)

    def _get(self, method: str, path: str, accept: str, **kw: Any) -> httpx.Response:
        try:
            r = self.client.request(method, path, headers={"Accept": accept, **kw.pop("headers", {})}, **kw)
        except httpx.HTTPError as exc:
            raise IccgraphError(f"the server at {self.handle.url} did not answer: {exc}") from None
        if r.status_code >= 300:
            raise IccgraphError(r.text.strip().splitlines()[0] if r.text.strip() else f"server answered {r.status_code}")
        return r

    def query(self, sparql: str, *, union: bool = True):
        r = self._get("POST", "/query", "application/sparql-results+json, application/n-triples;q=0.9",
                      content=sparql.encode(), headers={"Content-Type": "application/sparql-query"})
        if r.headers.get("content-type", "").startswith("application/n-triples"):
            return list(ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES))
        return ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)

    def dump(self, fmt: ox.RdfFormat) -> bytes:
        params = {} if fmt.supports_datasets else {"default": ""}
        return self._get("GET", "/store", fmt.media_type, params=params).content


def open_reader(store_path: Path) -> GraphReader:
    """The store to read: through its server when one owns it, else opened read-only."""
    server = running_server(store_path)
    return RemoteReader(server) if server else GraphStore(store_path, read_only=True)


def running_server(store_path: Path) -> ServerHandle | None:
    """The server that owns this store, if one is running and answers as its owner."""
    try:
        info = json.loads((Path(store_path) / SERVER_FILE).read_text())
        os.kill(int(info["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # no file, or a file left by a server that died
    handle = ServerHandle(url=info["url"], token=info["token"], pid=int(info["pid"]))
    try:
        r = httpx.get(handle.url + "/_iccgraph/status", headers={"Authorization": f"Bearer {handle.token}"},
                      timeout=10, trust_env=False)
        ok = r.status_code == 200 and r.json().get("store") == str(Path(store_path).resolve())
    except (httpx.HTTPError, ValueError):
        ok = False
    return handle if ok else None
