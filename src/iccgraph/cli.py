"""The `iccgraph` command line (click)."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click
import pyoxigraph as ox

from . import __version__
from .model import DEFAULT_MIN_CONFIDENCE, DocumentStatements, Event, IccgraphError
from .nlp import DEFAULT_MODEL
from .store import DEFAULT_STORE, GraphStore

SEEDS = Path("seeds")
RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
               "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}

store_option = click.option("--store", "store_path", type=click.Path(path_type=Path), default=DEFAULT_STORE,
                            show_default=True, envvar="ICCGRAPH_STORE", help="Folder of the pyoxigraph store.")


class Group(click.Group):
    """Turn every IccgraphError into one line on stderr and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except IccgraphError as exc:
            click.echo(f"iccgraph: error: {exc}", err=True)
            sys.exit(1)


def _reader(store_path: Path):
    """Read through a running server that owns the store, else open it read-only."""
    from .server import open_reader
    return open_reader(store_path)


@click.group(cls=Group)
@click.version_option(__version__, prog_name="iccgraph")
def main() -> None:
    """Build and query a knowledge graph of international-justice news."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline to use.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Store only events at least this confident (0: every reading).")
@store_option
def build(paths: tuple[Path, ...], model: str, min_confidence: float, store_path: Path) -> None:
    """Read documents (files or folders; default: seeds/) into the store."""
    from .pipeline import build_documents, read_paths
    from .server import running_server
    docs = read_paths(list(paths) or [SEEDS])  # bad input fails here, before the store is opened or made
    server = running_server(store_path)  # a server owns the store: hand it the documents
    store = server.remote_store() if server else GraphStore(store_path)
    report = build_documents(docs, store, model=model, min_confidence=min_confidence, progress=sys.stderr.isatty())
    click.echo(f"built {report.documents} document(s): {report.events} event(s), "
               f"{report.actors} actor(s) -> {store_path}" + (f" (via {server.url})" if server else ""), err=True)


@main.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-e", "--expression", help="SPARQL query text instead of a file.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv", "xml"]), default="table", show_default=True)
@store_option
def query(file: Path | None, expression: str | None, fmt: str, store_path: Path) -> None:
    """Run a SPARQL query (a .rq file or -e TEXT) over the union of all graphs."""
    from .query import render
    if bool(file) == bool(expression):
        raise IccgraphError("give a query file or -e 'SPARQL', not both or neither")
    text = expression or file.read_text(encoding="utf-8")
    store = _reader(store_path)
    click.echo(render(store.query(text), fmt).rstrip("\n"))


NETWORK_FORMATS = ("graphml", "gexf", "cytoscape", "dot", "svg", "html")
_FILTERS = {"status": "--status", "actions": "--action", "since": "--since", "until": "--until", "actor": "--actor",
            "hops": "--hops", "min_confidence": "--min-confidence"}


def network_filter_options(f):
    """The filters every network view shares (export's network formats, snapshot)."""
    for opt in reversed([
        click.option("--status", type=click.Choice(["asserted", "all"], case_sensitive=False), default="asserted",
                     show_default=True, help="'all' adds negated and hypothetical events, marked as such."),
        click.option("--action", "actions", multiple=True, metavar="CLASS",
                     help="Keep only this action class (repeatable, case-insensitive), e.g. Sanction."),
        click.option("--since", metavar="DATE", help="Keep events dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD; "
                     "an event dated 2024-11 is the whole month). Undated events drop out."),
        click.option("--until", metavar="DATE", help="Keep events dated on or before DATE (as --since)."),
        click.option("--actor", metavar="NAME", help="Keep the neighbourhood of this actor (label or altLabel)."),
        click.option("--hops", type=int, metavar="N", help="Radius of the --actor neighbourhood (default 1)."),
        click.option("--min-confidence", type=float, metavar="X", help="Keep events at least this confident (0-1)."),
    ]):
        f = opt(f)
    return f


def _network(store_path: Path, opts: dict):
    from .network import make_filter, network_from_store
    filters = make_filter(**{k: opts[k] for k in _FILTERS})  # bad input fails before the store is opened
    g = network_from_store(_reader(store_path), filters)
    if g.number_of_edges() == 0:
        click.echo(f"iccgraph: warning: no events match ({filters.describe()}): the network is empty", err=True)
    return g


def _write(data: bytes, output: Path | None) -> None:
    if output:
        tmp = output.with_name(output.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(output)
    else:
        sys.stdout.buffer.write(data)


@main.command()
@click.option("--format", "fmt", required=True, type=click.Choice([*sorted(RDF_FORMATS), *NETWORK_FORMATS]),
              help="Output format: an RDF syntax, or a network of actors and events.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout).")
@network_filter_options
@store_option
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None, store_path: Path, **opts) -> None:
    """Export the graph (Turtle/N-Triples: union of graphs; TriG/N-Quads keep them apart), or the
    network of actors and events (GraphML, GEXF, Cytoscape JSON, DOT, SVG, an HTML view),
    filtered by the network options."""
    if fmt in RDF_FORMATS:
        given = [flag for k, flag in _FILTERS.items()
                 if ctx.get_parameter_source(k) is not click.core.ParameterSource.DEFAULT]
        if given:
            raise IccgraphError(f"{', '.join(given)}: only for the network formats ({', '.join(NETWORK_FORMATS)}); "
                                f"an RDF export is always the whole graph")
        _write(_reader(store_path).dump(RDF_FORMATS[fmt]), output)
        return
    from .views import render
    _write(render(_network(store_path, opts), fmt), output)


@main.command()
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path), help="PNG to write.")
@click.option("--width", default=1600, show_default=True, type=click.IntRange(200, 8000))
@click.option("--height", default=1000, show_default=True, type=click.IntRange(200, 8000))
@network_filter_options
@store_option
def snapshot(output: Path, width: int, height: int, store_path: Path, **opts) -> None:
    """A PNG of the HTML network view, drawn by headless Chromium (the README's picture)."""
    from .views import snapshot as shoot
    shoot(_network(store_path, opts), output, width, height)


@main.command()
@store_option
def stats(store_path: Path) -> None:
    """Documents, actors by class, events by action and status."""
    from .query import compact, table
    store = _reader(store_path)
    docs = len(store.document_ids())
    actors = [[compact(r["class"]), r["n"].value] for r in store.select(
        "SELECT ?class (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ?class . ?class rdfs:subClassOf iccg:Actor } "
        "GROUP BY ?class ORDER BY DESC(?n)")]
    events = [[compact(r["action"]), compact(r["status"]), r["n"].value] for r in store.select(
        "SELECT ?action ?status (COUNT(?e) AS ?n) WHERE { ?e a ?action ; iccg:status ?status . "
        "?action rdfs:subClassOf iccg:Event } GROUP BY ?action ?status ORDER BY ?action ?status")]
    click.echo(f"documents: {docs}\n\nactors by class\n{table(['class', 'actors'], actors)}\n\n"
               f"events by action and status\n{table(['action', 'status', 'events'], events)}")


@main.command()
@click.argument("doc_ids", nargs=-1, required=True)
@store_option
def remove(doc_ids: tuple[str, ...], store_path: Path) -> None:
    """Remove documents (by identifier) and what only they said."""
    store = GraphStore(store_path)
    for d in doc_ids:
        if not store.remove_document(d):
            raise IccgraphError(f"no document {d!r} in the store")
    store.flush()


def _beside(gold: Path, *names: str) -> Path | None:
    return next((p for n in names if (p := gold.with_name(n)).exists()), None)


def _gold_inputs(gold: Path, actors: Path | None, docs: Path | None) -> tuple[list[dict], Path, Path]:
    """The gold lines, the actors file and the documents folder, defaulting to files beside GOLD."""
    from .evaluate import read_jsonl
    actors = actors or _beside(gold, "actors.jsonl")
    if actors is None:
        raise IccgraphError(f"no actors file: give --actors (none beside {gold})")
    return read_jsonl(gold, "gold"), actors, docs or _beside(gold, "docs") or SEEDS


def _build_gold_documents(gold_rows: list[dict], docs: Path, store: GraphStore, model: str,
                          min_confidence: float,
                          observe: Callable[[DocumentStatements], None] | None = None) -> None:
    """Build exactly the documents the gold lines name into `store`."""
    from .documents import discover
    from .pipeline import build as run_build
    wanted = {g["doc"] for g in gold_rows}
    files = [p for p in discover([docs]) if p.stem in wanted]
    missing = wanted - {p.stem for p in files}
    if missing:
        raise IccgraphError(f"{len(missing)} gold document(s) not in {docs}: {', '.join(sorted(missing)[:5])}")
    run_build(files, store, model=model, min_confidence=min_confidence, progress=sys.stderr.isatty(), observe=observe)


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--actors", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold actors (default: actors.jsonl beside GOLD).")
@click.option("--roles", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold affiliations (default: NAME.roles.jsonl or roles.jsonl beside GOLD).")
@click.option("--docs", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of the documents GOLD names (default: docs/ beside GOLD, else seeds/).")
@click.option("--store", "store_path", type=click.Path(path_type=Path),
              help="Score this existing store instead of building the documents afresh.")
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline for the build.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Build with this confidence floor (as `build` does).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--show-errors", is_flag=True, help="List every miss and false positive with its sentence.")
def evaluate(gold: Path, actors: Path | None, roles: Path | None, docs: Path | None, store_path: Path | None,
             model: str, min_confidence: float, as_json: bool, show_errors: bool) -> None:
    """Score the graph against gold annotations: P/R/F1 by action class, status, dates, affiliations."""
    import json
    import tempfile

    from .evaluate import evaluate as score, read_jsonl
    gold_rows, actors, docs = _gold_inputs(gold, actors, docs)
    roles = roles or _beside(gold, *([gold.name.replace(".gold.", ".roles.")] if ".gold." in gold.name else []),
                             "roles.jsonl")
    with tempfile.TemporaryDirectory(prefix="iccgraph-eval-") as tmp:
        if store_path is None:
            store = GraphStore(Path(tmp) / "store")
            _build_gold_documents(gold_rows, docs, store, model, min_confidence)
        else:
            store = GraphStore(store_path, read_only=True)
        report = score(store, gold_rows, read_jsonl(actors, "actors"), read_jsonl(roles, "roles") if roles else None, docs)
        del store
    click.echo(json.dumps(report.as_dict(), indent=2) if as_json else report.text(show_errors))


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback unless told).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--timeout-s", default=10.0, show_default=True, type=click.FloatRange(min=0.1), help="Query time limit.")
@click.option("--max-result-bytes", default=32 * 2**20, show_default=True, type=click.IntRange(min=1),
              help="Largest answer sent; a larger one is refused.")
@click.option("--max-request-bytes", default=2**20, show_default=True, type=click.IntRange(min=1),
              help="Largest request (body or query string) accepted.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN", help="Allow cross-origin requests from ORIGIN ('*': any).")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update on /update (needs --update-token).")
@click.option("--update-token", envvar="ICCGRAPH_UPDATE_TOKEN", help="Bearer token an update must carry.")
@click.option("--queries", "queries_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("queries"),
              show_default=True, help="Folder of .rq files offered on the page.")
@click.option("--workers", default=4, show_default=True, type=click.IntRange(1, 64), help="Query threads.")
def serve(store_path: Path, host: str, port: int, timeout_s: float, max_result_bytes: int, max_request_bytes: int,
          cors: tuple[str, ...], allow_update: bool, update_token: str | None, queries_dir: Path, workers: int) -> None:
    """Serve the store over the SPARQL 1.1 Protocol, with a query page at /.

    Read-only and without SERVICE unless told; `iccgraph build` on the same store hands its
    documents to the running server."""
    from .server import Settings, run
    run(store_path, host, port, Settings(timeout_s=timeout_s, max_result_bytes=max_result_bytes,
                                         max_request_bytes=max_request_bytes, cors_origins=cors,
                                         allow_update=allow_update, update_token=update_token,
                                         queries_dir=queries_dir, workers=workers))


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the pattern reliability table (the package reads data/calibration.json).")
@click.option("--model", default=DEFAULT_MODEL, show_default=True)
def calibrate(gold: tuple[Path, ...], output: Path, model: str) -> None:
    """Fit event confidence on annotated corpora: when is each cue of a reading right?

    Each GOLD file is read with the actors.jsonl and docs/ beside it."""
    import tempfile

    from .calibrate import fit, pattern_counts, write
    from .evaluate import evaluate as score, read_jsonl
    from .rdf import event_iri
    examples, patterns = [], []
    for one in gold:
        gold_rows, actors, docs = _gold_inputs(one, None, None)
        read: dict[str, Event] = {}
        keep = lambda st: read.update((event_iri(st.document.id, e).value, e) for e in st.events)  # noqa: E731
        with tempfile.TemporaryDirectory(prefix="iccgraph-calibrate-") as tmp:
            store = GraphStore(Path(tmp) / "store")
            _build_gold_documents(gold_rows, docs, store, model, min_confidence=0.0, observe=keep)  # (every reading)
            for iri, right in score(store, gold_rows, read_jsonl(actors, "actors")).outcomes:
                examples.append((dict(read[iri].cues), right))
                patterns.append((read[iri].pattern, right))
            del store
    weights = fit(examples)
    write(weights, pattern_counts(patterns), output, " + ".join(str(g.parent.name + "/" + g.name) for g in gold))
    click.echo(f"{len(weights)} cue weights from {len(examples)} asserted events -> {output}", err=True)

if __name__ == "__main__":
    main()
