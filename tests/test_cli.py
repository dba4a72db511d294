"""The `iccgraph` command line, run for real: build, query, export, stats, remove, and bad
input that must give one error line, a non-zero exit and an untouched store."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from conftest import ROOT, SEEDS
from helpers import canonical

pytestmark = pytest.mark.slow

_SCRIPT = Path(sys.executable).with_name("iccgraph")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else ([shutil.which("iccgraph")] if shutil.which("iccgraph")
                                                   else [sys.executable, "-m", "iccgraph.cli"])

N_SEEDS = len(list(SEEDS.glob("*.txt")))
DOC = "date 2024-03-11\n\nCanada imposed sanctions on Iran on Friday.\n"


def run(*args: str | Path, cwd: Path | None = None, check: bool = False) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "ICCGRAPH_STORE"}
    proc = subprocess.run([*COMMAND, *map(str, args)], capture_output=True, text=True, cwd=cwd or ROOT,
                          env=env, timeout=600)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def store_quads(path: Path) -> set[ox.Quad]:
    """The store's quads, blank nodes labelled canonically (the ontology graph has some)."""
    if not (path / "CURRENT").exists():
        return set()
    store = ox.Store.read_only(str(path))
    try:
        return canonical(store)
    finally:
        del store


@pytest.fixture(scope="module")
def seeds_store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    proc = run("build", SEEDS, "--store", path, check=True)
    assert proc.stdout == ""
    assert proc.stderr.startswith(f"built {N_SEEDS} document(s)")
    return path


def query(store: Path, *args: str) -> subprocess.CompletedProcess:
    return run("query", *args, "--store", store, check=True)


SELECT_SANCTIONS = "SELECT ?a ?t WHERE { ?a iccg:sanctioned ?t } ORDER BY ?a ?t"
COUNT_EVENTS = "SELECT (COUNT(?e) AS ?n) WHERE { ?e a ?c . ?c rdfs:subClassOf iccg:Event }"


# --- the happy path --------------------------------------------------------------------------

def test_build_reports_documents_events_and_actors(seeds_store_dir):
    n = int(json.loads(query(seeds_store_dir, "-e", COUNT_EVENTS, "--format", "json").stdout)
            ["results"]["bindings"][0]["n"]["value"])
    assert n > 10


def test_query_expression_table(seeds_store_dir):
    out = query(seeds_store_dir, "-e", "SELECT ?id WHERE { ?d a iccg:Document ; dcterms:identifier ?id } ORDER BY ?id").stdout
    lines = out.splitlines()
    assert lines[0].strip() == "id"
    assert lines[-1] == f"({N_SEEDS} rows)"
    assert {p.stem for p in SEEDS.glob("*.txt")} == {l.strip() for l in lines[2:-1]}


def test_query_file(seeds_store_dir, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("# documents\nSELECT (COUNT(?d) AS ?n) WHERE { ?d a iccg:Document }\n", encoding="utf-8")
    out = query(seeds_store_dir, rq, "--format", "csv").stdout
    assert list(csv.reader(io.StringIO(out))) == [["n"], [str(N_SEEDS)]]


def test_query_ask(seeds_store_dir):
    assert query(seeds_store_dir, "-e", "ASK { ?a iccg:expelled ?b }").stdout.strip() == "true"
    assert query(seeds_store_dir, "-e", "ASK { ?a iccg:nonsense ?b }").stdout.strip() == "false"


def test_query_construct_gives_turtle(seeds_store_dir):
    out = query(seeds_store_dir, "-e", "CONSTRUCT { ?a iccg:sanctioned ?t } WHERE { ?a iccg:sanctioned ?t }").stdout
    g = rdflib.Graph().parse(data=out, format="turtle")
    assert len(g) > 0


def test_query_json(seeds_store_dir):
    data = json.loads(query(seeds_store_dir, "-e", SELECT_SANCTIONS, "--format", "json").stdout)
    assert data["head"]["vars"] == ["a", "t"]
    assert data["results"]["bindings"]
    assert all(b["a"]["type"] == "uri" for b in data["results"]["bindings"])


def test_query_csv_and_tsv_agree(seeds_store_dir):
    c = list(csv.reader(io.StringIO(query(seeds_store_dir, "-e", SELECT_SANCTIONS, "--format", "csv").stdout)))
    t = query(seeds_store_dir, "-e", SELECT_SANCTIONS, "--format", "tsv").stdout.splitlines()
    assert c[0] == ["a", "t"] and t[0].split("\t") == ["?a", "?t"]
    assert len(c) == len(t) > 1
    assert [row[0] for row in c[1:]] == [line.split("\t")[0].strip("<>") for line in t[1:]]


def test_query_xml(seeds_store_dir):
    out = query(seeds_store_dir, "-e", SELECT_SANCTIONS, "--format", "xml").stdout
    assert out.lstrip().startswith("<?xml") and "<sparql" in out


@pytest.mark.parametrize("fmt, rdf_format", [
    ("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES), ("rdfxml", ox.RdfFormat.RDF_XML),
    ("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS), ("jsonld", ox.RdfFormat.JSON_LD),
])
def test_export_every_format(seeds_store_dir, tmp_path, fmt, rdf_format):
    out = tmp_path / f"graph.{fmt}"
    proc = run("export", "--format", fmt, "-o", out, "--store", seeds_store_dir, check=True)
    assert proc.stdout == ""
    parsed = list(ox.parse(out.read_bytes(), format=rdf_format))
    everything = store_quads(seeds_store_dir)
    if rdf_format.supports_datasets:
        assert canonical(parsed) == everything
    else:
        assert len(parsed) == len(set(parsed))
        union = {ox.Triple(q.subject, q.predicate, q.object) for q in everything}
        as_quads = lambda ts: canonical(ox.Quad(t.subject, t.predicate, t.object) for t in ts)  # noqa: E731
        assert as_quads(parsed) == as_quads(union)
    assert not out.with_name(out.name + ".part").exists()


def test_export_to_stdout(seeds_store_dir):
    proc = subprocess.run([*COMMAND, "export", "--format", "nquads", "--store", str(seeds_store_dir)],
                          capture_output=True, timeout=600)
    assert proc.returncode == 0
    assert canonical(ox.parse(proc.stdout, format=ox.RdfFormat.N_QUADS)) == store_quads(seeds_store_dir)


def test_stats(seeds_store_dir):
    out = run("stats", "--store", seeds_store_dir, check=True).stdout
    assert out.splitlines()[0] == f"documents: {N_SEEDS}"
    assert "actors by class" in out and "events by action and status" in out
    assert "iccg:State" in out and "iccg:Expel" in out and "iccg:Asserted" in out


def test_remove_then_rebuild(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "one.txt").write_text(DOC, encoding="utf-8")
    (docs / "two.txt").write_text("date 2024-03-11\n\nGermany expelled two Russian diplomats.\n", encoding="utf-8")
    store = tmp_path / "store"
    run("build", docs, "--store", store, check=True)
    full = store_quads(store)
    run("remove", "two", "--store", store, check=True)
    ids = query(store, "-e", "SELECT ?id WHERE { ?d dcterms:identifier ?id }", "--format", "csv").stdout.split()
    assert ids == ["id", "one"]
    run("build", docs / "two.txt", "--store", store, check=True)
    assert store_quads(store) == full


def test_store_from_environment(tmp_path):
    doc = tmp_path / "one.txt"
    doc.write_text(DOC, encoding="utf-8")
    env = {**os.environ, "ICCGRAPH_STORE": str(tmp_path / "envstore")}
    proc = subprocess.run([*COMMAND, "build", str(doc)], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "envstore" / "CURRENT").exists()


def test_version():
    proc = run("--version", check=True)
    assert proc.stdout.startswith("iccgraph, version")


# --- bad input -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def small_store(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("small")
    (root / "ok.txt").write_text(DOC, encoding="utf-8")
    path = root / "store"
    run("build", root / "ok.txt", "--store", path, check=True)
    return path


def assert_one_error_line(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("iccgraph: error: "), proc.stderr
    assert "Traceback" not in proc.stderr
    for w in words:
        assert w.lower() in lines[0].lower(), lines[0]
    assert proc.stdout == ""


def bad_file(tmp_path: Path, kind: str) -> Path:
    contents = {
        "empty": ("empty.txt", b""),
        "whitespace": ("blank.txt", b"  \n\t\n"),
        "binary": ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "latin1": ("latin1.txt", "Caf\u00e9 owners protested in Montr\u00e9al.".encode("latin-1")),
        "suffix": ("story.pdf", b"%PDF-1.4 not really"),
    }
    name, data = contents[kind]
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("kind, words", [
    ("empty", ["empty"]), ("whitespace", ["empty"]), ("binary", ["binary"]),
    ("latin1", ["utf-8"]), ("suffix", ["story.pdf"]),
])
def test_build_bad_file(small_store, tmp_path, kind, words):
    before = store_quads(small_store)
    proc = run("build", bad_file(tmp_path, kind), "--store", small_store)
    assert_one_error_line(proc, *words)
    assert store_quads(small_store) == before


def test_a_bad_file_among_good_ones_writes_nothing(small_store, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("date 2024-03-11\n\nGermany expelled two Russian diplomats.\n", encoding="utf-8")
    before = store_quads(small_store)
    proc = run("build", good, bad_file(tmp_path, "binary"), "--store", small_store)
    assert_one_error_line(proc, "binary")
    assert store_quads(small_store) == before


def test_build_bad_file_does_not_create_a_store(tmp_path):
    proc = run("build", bad_file(tmp_path, "empty"), "--store", tmp_path / "new")
    assert_one_error_line(proc, "empty")
    assert not (tmp_path / "new").exists()


def test_build_empty_folder(small_store, tmp_path):
    (tmp_path / "nothing").mkdir()
    before = store_quads(small_store)
    assert_one_error_line(run("build", tmp_path / "nothing", "--store", small_store), "no .txt or .md")
    assert store_quads(small_store) == before


def test_build_missing_path(small_store, tmp_path):
    before = store_quads(small_store)
    assert_one_error_line(run("build", tmp_path / "missing.txt", "--store", small_store), "no such file")
    assert store_quads(small_store) == before


def test_build_unknown_model(small_store, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("date 2024-03-11\n\nGermany expelled two Russian diplomats.\n", encoding="utf-8")
    before = store_quads(small_store)
    proc = run("build", good, "--model", "xx_no_such_pipeline", "--store", small_store)
    assert_one_error_line(proc, "xx_no_such_pipeline")
    assert store_quads(small_store) == before


def test_malformed_sparql(small_store):
    before = store_quads(small_store)
    assert_one_error_line(run("query", "-e", "SELECT ?s WHERE { ?s ?p ", "--store", small_store), "sparql")
    assert store_quads(small_store) == before


def test_unknown_prefix_in_sparql(small_store):
    assert_one_error_line(run("query", "-e", "SELECT ?s WHERE { ?s nope:thing ?o }", "--store", small_store))


def test_sparql_update_through_query_is_refused(small_store):
    before = store_quads(small_store)
    proc = run("query", "-e", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", small_store)
    assert proc.returncode != 0
    assert proc.stderr.startswith("iccgraph: error: ") and len(proc.stderr.splitlines()) == 1, proc.stderr
    assert store_quads(small_store) == before


def test_query_file_and_expression_together(small_store, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert_one_error_line(run("query", rq, "-e", "ASK { ?s ?p ?o }", "--store", small_store))
    assert_one_error_line(run("query", "--store", small_store))


def test_query_without_a_store(tmp_path):
    assert_one_error_line(run("query", "-e", "ASK { ?s ?p ?o }", "--store", tmp_path / "none"), "no iccgraph store")
    assert not (tmp_path / "none" / "CURRENT").exists()


def test_export_and_stats_without_a_store(tmp_path):
    assert_one_error_line(run("export", "--format", "turtle", "--store", tmp_path / "none"), "no iccgraph store")
    assert_one_error_line(run("stats", "--store", tmp_path / "none"), "no iccgraph store")


def test_remove_unknown_document(small_store):
    before = store_quads(small_store)
    assert_one_error_line(run("remove", "no-such-doc", "--store", small_store), "no-such-doc")
    assert store_quads(small_store) == before


@pytest.mark.parametrize("args", [
    ["query", "-e", "ASK { ?s ?p ?o }", "--format", "yaml"],
    ["export", "--format", "yaml"],
    ["build", "--min-confidence", "2"],
    ["query", "--no-such-option"],
])
def test_usage_errors(small_store, args):
    before = store_quads(small_store)
    proc = run(*args, "--store", small_store)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "Error" in proc.stderr
    assert proc.stdout == ""
    assert store_quads(small_store) == before


def test_export_output_is_not_left_half_written_on_error(tmp_path):
    out = tmp_path / "graph.ttl"
    proc = run("export", "--format", "turtle", "-o", out, "--store", tmp_path / "none")
    assert_one_error_line(proc)
    assert not out.exists() and not out.with_name(out.name + ".part").exists()


# --- in-process, for speed: click's runner agrees with the subprocess -------------------------

def test_click_runner_reports_iccgraph_errors(small_store):
    from click.testing import CliRunner

    from iccgraph.cli import main
    result = CliRunner().invoke(main, ["query", "-e", "SELEKT", "--store", str(small_store)])
    assert result.exit_code == 1
    assert result.output.startswith("iccgraph: error: ") or result.stderr.startswith("iccgraph: error: ")
