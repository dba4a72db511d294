"""Network exports (GraphML, GEXF, Cytoscape JSON, DOT, SVG, HTML) of a real store on disk:
a small graph written by hand, whose every edge is known, and the seeds' graph, whose counts
are checked against SPARQL over the same store. Every filter is checked in every format."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pydot
import pytest
from click.testing import CliRunner

from iccgraph.cli import main
from iccgraph.model import Actor, ActorMention, Affiliation, Document, DocumentStatements, Event, Span
from iccgraph.network import NetworkFilter, make_filter, network_from_store
from iccgraph.rdf import actor_iri, to_rdf
from iccgraph.store import GraphStore
from iccgraph.views import FORMATS

# pydot's parser (used here to read DOT back) still calls pyparsing's old names.
pytestmark = pytest.mark.filterwarnings("ignore:'[a-zA-Z]+' deprecated:DeprecationWarning")

# --- a graph written by hand -----------------------------------------------------------------

ACTORS = {
    "arland": Actor("arland", "State", "Republic of Arland", {"Arland"}, "Q990001"),
    "borvia": Actor("borvia", "State", "Borvia"),
    "cordia": Actor("cordia", "State", "Cordia"),
    "tribunal": Actor("tribunal", "Court", "Permanent Tribunal of Westhaven", {"the Tribunal"}, "Q990002"),
    "mara-lind": Actor("mara-lind", "Person", "Mara Lind", {"Lind"}),
    "teo-vance": Actor("teo-vance", "Person", "Teo Vance"),
    "justice-watch": Actor("justice-watch", "Organization", "Justice Watch"),
}
# (sentence, action, agents, targets, status, date, confidence) per document.
DOCS = {
    ("hand_a", "2024-11-25"): [
        ("Arland froze the assets of three Borvia ministers in November.",
         "Sanction", ("arland",), ("borvia",), "Asserted", "2024-11", 0.9),
        ("On 21 November the Permanent Tribunal of Westhaven issued an arrest warrant for Mara Lind.",
         "IssueArrestWarrant", ("tribunal",), ("mara-lind",), "Asserted", "2024-11-21", 0.95),
        ("Borvia denounced the Tribunal the next day.",
         "Criticize", ("borvia",), ("tribunal",), "Asserted", "2024-11-22", 0.7),
        ("Borvia warned that it could retaliate against the Republic of Arland.",
         "Threaten", ("borvia",), ("arland",), "Hypothetical", "2024-11-22", 0.6),
        ('Justice Watch said it "fully backs" the Tribunal & its <judges> </script>.',
         "Support", ("justice-watch",), ("tribunal",), "Asserted", None, 0.5),
        ("Cordia did not detain Lind when she visited this year.",
         "Arrest", ("cordia",), ("mara-lind",), "Negated", "2024", 0.8),
    ],
    ("hand_b", "2023-05-03"): [
        ("Justice Watch called on Arland and Cordia to honour their obligations.",
         "Urge", ("justice-watch",), ("arland", "cordia"), "Asserted", "2023", 0.6),
        ("Teo Vance met Mara Lind on 1 May.",
         "Meet", ("teo-vance",), ("mara-lind",), "Asserted", "2023-05-01", 0.4),
        ("Borvia was criticised for its silence.",
         "Criticize", (), ("borvia",), "Asserted", None, 0.5),
        ("Arland and Cordia sent investigators to help the Tribunal in May.",
         "Cooperate", ("arland", "cordia"), ("tribunal",), "Asserted", "2023-05", 0.85),
    ],
}
LABEL = {k: a.label for k, a in ACTORS.items()}
NAMES = {name: key for key, a in ACTORS.items() for name in (a.label, *a.aliases)}


def statements(doc_id: str, day: str, rows) -> DocumentStatements:
    text = " ".join(r[0] for r in rows)
    doc = Document(doc_id, text, day)
    events, mentions, offset = [], [], 0
    for sentence, action, agents, targets, status, date, conf in rows:
        begin = text.index(sentence, offset)
        offset = begin + len(sentence)
        events.append(Event(action, agents, targets, status, date, conf, Span(begin, offset, sentence),
                            pattern="hand", trigger=action.lower()))
        # Every name the sentence uses is a mention: the store keeps actors (and altLabels) a mention backs.
        for name, key in NAMES.items():
            for m in re.finditer(re.escape(name), sentence):
                mentions.append(ActorMention(key, Span(begin + m.start(), begin + m.end(), name)))
    affiliations = [Affiliation("teo-vance", "justice-watch", "director", events[-1].evidence)] if doc_id == "hand_b" else []
    return DocumentStatements(doc, {k: Actor(a.key, a.cls, a.label, set(a.aliases), a.wikidata)
                                    for k, a in ACTORS.items()}, mentions, events, affiliations)


def write_hand_store(path: Path) -> Path:
    store = GraphStore(path)
    for (doc_id, day), rows in DOCS.items():
        store.replace_document(to_rdf(statements(doc_id, day, rows)))
    store.flush()
    del store
    return path


def edges_of(status: str = "Asserted") -> Counter:
    """(agent label, action, target label) of every edge the hand graph should draw."""
    out = Counter()
    for rows in DOCS.values():
        for _, action, agents, targets, st, *_ in rows:
            if status == "all" or st == status:
                out.update((LABEL[a], action, LABEL[t]) for a in agents for t in targets if a != t)
    return out


@pytest.fixture(scope="session")
def hand_store_path(tmp_path_factory) -> Path:
    return write_hand_store(tmp_path_factory.mktemp("hand") / "store")


@pytest.fixture(scope="session")
def hand_store(hand_store_path) -> GraphStore:
    return GraphStore(hand_store_path, read_only=True)


def export(store: Path, fmt: str, out: Path, *args: str):
    result = CliRunner().invoke(main, ["export", "--format", fmt, "-o", str(out), "--store", str(store), *args])
    return result


# --- reading each format back: (node labels, Counter of (source label, action, target label)) -------

def read_graphml(path: Path):
    g = nx.read_graphml(path, force_multigraph=True)
    return _from_nx(g)


def read_gexf(path: Path):
    return _from_nx(nx.read_gexf(path, version="1.2draft"))


def _from_nx(g: nx.MultiDiGraph):
    lab = {n: d["label"] for n, d in g.nodes(data=True)}
    return set(lab.values()), Counter((lab[u], d["action"], lab[v]) for u, v, d in g.edges(data=True))


def read_cytoscape(path: Path):
    data = json.loads(path.read_text(encoding="utf-8"))
    lab = {n["data"]["id"]: n["data"]["label"] for n in data["elements"]["nodes"]}
    return set(lab.values()), Counter((lab[e["data"]["source"]], e["data"]["action"], lab[e["data"]["target"]])
                                      for e in data["elements"]["edges"])


def read_dot(path: Path):
    (g,) = pydot.graph_from_dot_data(path.read_text(encoding="utf-8"))
    unq = lambda s: s.strip('"').replace('\\"', '"')  # noqa: E731
    lab = {unq(n.get_name()): unq(n.get("label")) for n in g.get_nodes() if n.get("label")}
    return set(lab.values()), Counter((lab[unq(e.get_source())], unq(e.get("label")).split("\\n")[0],
                                       lab[unq(e.get_destination())]) for e in g.get_edges())


def read_svg(path: Path):
    root = ET.parse(path).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    groups = [(g.get("class"), g) for g in root.iter(f"{ns}g") if g.get("class") in ("node", "edge")]
    lab = {g.find(f"{ns}title").text: "".join(t.text for t in g.iter(f"{ns}text")) for c, g in groups if c == "node"}
    edges = Counter()
    for c, g in groups:
        if c == "edge":
            u, v = g.find(f"{ns}title").text.split("->")
            edges[(lab[u], next(g.iter(f"{ns}text")).text, lab[v])] += 1
    return set(lab.values()), edges


def read_html(path: Path):
    m = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', path.read_text(encoding="utf-8"), re.S)
    data = json.loads(m[1])
    lab = {n["id"]: n["label"] for n in data["nodes"]}
    return set(lab.values()), Counter((lab[e["source"]], e["action"], lab[e["target"]]) for e in data["edges"])


READERS = {"graphml": read_graphml, "gexf": read_gexf, "cytoscape": read_cytoscape, "dot": read_dot,
           "svg": read_svg, "html": read_html}


def labels_of(edges: Counter) -> set[str]:
    return {x for (a, _, t) in edges for x in (a, t)}


# --- the network itself ----------------------------------------------------------------------

def test_network_of_the_hand_graph(hand_store):
    g = network_from_store(hand_store, NetworkFilter())
    expected = edges_of()
    assert sum(expected.values()) == 9 and g.number_of_edges() == 9
    assert _from_nx(g) == (labels_of(expected), expected)
    arland = g.nodes[actor_iri("arland").value]
    assert arland["label"] == "Republic of Arland" and arland["actor_class"] == "State"
    assert arland["wikidata"] == "http://www.wikidata.org/entity/Q990001" and arland["aliases"] == "Arland"
    assert arland["events"] == 3   # sanction, urge (one event, two targets), cooperate
    assert g.nodes[actor_iri("tribunal").value]["events"] == 4
    (sanction,) = [d for *_, d in g.edges(data=True) if d["action"] == "Sanction"]
    assert sanction == sanction | {"status": "Asserted", "date": "2024-11", "start": "2024-11-01", "end": "2024-11-30",
                                   "confidence": 0.9, "document": "hand_a",
                                   "evidence": "Arland froze the assets of three Borvia ministers in November."}
    (support,) = [d for *_, d in g.edges(data=True) if d["action"] == "Support"]
    assert support["date"] == "" and "start" not in support  # undated: no time on the timeline


def test_status_all_adds_negated_and_hypothetical_events(hand_store):
    g = network_from_store(hand_store, make_filter(status="all"))
    assert _from_nx(g)[1] == edges_of("all")
    assert Counter(d["status"] for *_, d in g.edges(data=True)) == {"Asserted": 9, "Negated": 1, "Hypothetical": 1}


# (CLI options, expected edges) -- a date stands for its whole period: "2024-11" meets 2024-11-21.
ALL = edges_of("all")
ARL, TRI = LABEL["arland"], LABEL["tribunal"]
FILTER_CASES = {
    "default": ([], edges_of()),
    "status-all": (["--status", "ALL"], ALL),
    "one-action": (["--action", "sanction"], Counter({(ARL, "Sanction", "Borvia"): 1})),
    "two-actions": (["--action", "Criticize", "--action", "iccg:SUPPORT"],
                    Counter({("Borvia", "Criticize", TRI): 1,
                             ("Justice Watch", "Support", TRI): 1})),
    "since-year": (["--since", "2024"], Counter({(ARL, "Sanction", "Borvia"): 1,
                                                 (TRI, "IssueArrestWarrant", "Mara Lind"): 1,
                                                 ("Borvia", "Criticize", TRI): 1})),
    "until-day": (["--until", "2023-12-31"], Counter({("Justice Watch", "Urge", ARL): 1,
                                                      ("Justice Watch", "Urge", "Cordia"): 1,
                                                      ("Teo Vance", "Meet", "Mara Lind"): 1,
                                                      (ARL, "Cooperate", TRI): 1,
                                                      ("Cordia", "Cooperate", TRI): 1})),
    "one-day": (["--since", "2024-11-21", "--until", "2024-11-21"],
                Counter({(ARL, "Sanction", "Borvia"): 1,
                         (TRI, "IssueArrestWarrant", "Mara Lind"): 1})),
    "month-and-all": (["--since", "2024-11", "--until", "2024-11", "--status", "all", "--action", "Threaten",
                       "--action", "Arrest"], Counter({("Borvia", "Threaten", ARL): 1,
                                                       ("Cordia", "Arrest", "Mara Lind"): 1})),
    "actor-alias": (["--actor", "lind"], Counter({(TRI, "IssueArrestWarrant", "Mara Lind"): 1,
                                                  ("Teo Vance", "Meet", "Mara Lind"): 1})),
    "actor-two-hops": (["--actor", "TEO VANCE", "--hops", "2"],
                       Counter({(TRI, "IssueArrestWarrant", "Mara Lind"): 1,
                                ("Teo Vance", "Meet", "Mara Lind"): 1})),
    "actor-three-hops": (["--actor", "Teo Vance", "--hops", "3"], edges_of()),  # every actor, so every edge
    "min-confidence": (["--min-confidence", "0.8"], Counter({(ARL, "Sanction", "Borvia"): 1,
                                                            (TRI, "IssueArrestWarrant", "Mara Lind"): 1,
                                                            (ARL, "Cooperate", TRI): 1,
                                                            ("Cordia", "Cooperate", TRI): 1})),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", FILTER_CASES)
def test_filters_cut_every_format(hand_store_path, tmp_path, fmt, case):
    args, expected = FILTER_CASES[case]
    out = tmp_path / f"net.{fmt}"
    result = export(hand_store_path, fmt, out, *args)
    assert result.exit_code == 0, result.output
    nodes, edges = READERS[fmt](out)
    assert edges == expected
    assert nodes == labels_of(expected)


def test_three_hops_reach_further_than_two(hand_store):
    two = network_from_store(hand_store, make_filter(actor="Teo Vance", hops=2))
    three = network_from_store(hand_store, make_filter(actor="Teo Vance", hops=3))
    assert set(two) < set(three)
    zero = network_from_store(hand_store, make_filter(actor="Teo Vance", hops=0))
    assert list(zero) == [actor_iri("teo-vance").value] and zero.number_of_edges() == 0


# --- each format as its readers expect it -------------------------------------------------------

def test_gexf_is_dynamic_with_valid_days(hand_store_path, tmp_path):
    out = tmp_path / "net.gexf"
    assert export(hand_store_path, "gexf", out, "--status", "all").exit_code == 0
    root = ET.parse(out).getroot()
    ns = {"g": "http://www.gexf.net/1.2draft"}
    graph = root.find("g:graph", ns)
    assert root.get("version") == "1.2" and graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    spans = {(e.get("start"), e.get("end")) for e in graph.iter("{http://www.gexf.net/1.2draft}edge")}
    # a gYear and a gYearMonth become their first and last day; the undated event has no time
    assert {("2024-01-01", "2024-12-31"), ("2024-11-01", "2024-11-30"), ("2023-05-01", "2023-05-01"),
            (None, None)} <= spans
    g = nx.read_gexf(out, version="1.2draft")
    assert (g.number_of_nodes(), g.number_of_edges()) == (len(labels_of(ALL)), sum(ALL.values()))


def test_cytoscape_json_has_the_elements_cytoscape_js_loads(hand_store_path, tmp_path):
    out = tmp_path / "net.cyjs"
    assert export(hand_store_path, "cytoscape", out).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    assert set(data["elements"]) == {"nodes", "edges"} and data["directed"] and data["multigraph"]
    ids = [el["data"]["id"] for el in nodes + edges]
    assert len(ids) == len(set(ids)) == 7 + 9  # every element has a unique id
    node_ids = {n["data"]["id"] for n in nodes}
    assert all(e["data"]["source"] in node_ids and e["data"]["target"] in node_ids for e in edges)
    assert all(set(n["data"]) >= {"id", "label", "actor_class", "wikidata", "events"} for n in nodes)
    assert all(set(e["data"]) >= {"action", "status", "date", "confidence", "evidence", "document"} for e in edges)
    g = nx.cytoscape_graph(data)  # networkx reads it back too
    assert (g.number_of_nodes(), g.number_of_edges()) == (7, 9)


def _graphviz() -> str:
    dot = shutil.which("dot")
    if dot is None:
        pytest.fail("Graphviz's `dot` is missing: apt-get install graphviz (tasks.py test installs it)")
    return dot


def test_dot_export_renders_with_graphviz(hand_store_path, tmp_path):
    out = tmp_path / "net.dot"
    assert export(hand_store_path, "dot", out, "--status", "all").exit_code == 0
    for fmt in ("svg", "png"):
        proc = subprocess.run([_graphviz(), f"-T{fmt}", str(out), "-o", str(tmp_path / f"net.{fmt}")],
                              capture_output=True, text=True)
        assert proc.returncode == 0 and "Error" not in proc.stderr, proc.stderr
    assert (tmp_path / "net.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # quotes, ampersands and angle brackets of a sentence survive as text
    svg = (tmp_path / "net.svg").read_text(encoding="utf-8")
    assert "fully backs" in svg and ET.fromstring(svg) is not None
    assert "style=dashed" in out.read_text() and "style=dotted" in out.read_text()


def test_svg_export_is_drawn_by_graphviz(hand_store_path, tmp_path):
    _graphviz()
    out = tmp_path / "net.svg"
    assert export(hand_store_path, "svg", out).exit_code == 0
    assert ET.parse(out).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    assert "Generated by graphviz" in out.read_text(encoding="utf-8")


def test_html_is_one_file_with_the_library_inline(hand_store_path, tmp_path):
    out = tmp_path / "net.html"
    assert export(hand_store_path, "html", out).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "vis-network" in page and not re.search(r"@@(TITLE|VIS_CSS|PAGE_CSS|VIS_JS|DATA|PAGE_JS)@@", page)
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=""", page)  # nothing loaded from elsewhere
    assert page.count("</script>") == 3  # the data, vis-network, the page: none ended early by a sentence


def test_stdout_when_no_output_file(hand_store_path):
    result = CliRunner().invoke(main, ["export", "--format", "graphml", "--store", str(hand_store_path)])
    assert result.exit_code == 0 and result.stdout_bytes.startswith(b"<?xml")


# --- empty graphs and bad input ---------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_network_is_a_valid_empty_file_with_a_warning(hand_store_path, tmp_path, fmt):
    out = tmp_path / f"empty.{fmt}"
    result = export(hand_store_path, fmt, out, "--action", "Expel")
    assert result.exit_code == 0
    assert result.stderr.startswith("iccgraph: warning: no events match") and result.stderr.count("\n") == 1
    assert READERS[fmt](out) == (set(), Counter())


def test_store_without_documents_exports_empty(tmp_path):
    empty = GraphStore(tmp_path / "store")
    del empty
    out = tmp_path / "empty.gexf"
    result = export(tmp_path / "store", "gexf", out)
    assert result.exit_code == 0 and "warning" in result.stderr
    g = nx.read_gexf(out)
    assert g.number_of_nodes() == g.number_of_edges() == 0


@pytest.mark.parametrize("args, message", [
    (["--format", "pajek"], "Invalid value for '--format'"),
    (["--format", "html", "--action", "Bombard"], "unknown action 'Bombard'"),
    (["--format", "gexf", "--since", "2024-13"], "--since: cannot read '2024-13'"),
    (["--format", "gexf", "--until", "May 2024"], "--until: cannot read 'May 2024'"),
    (["--format", "gexf", "--since", "2025", "--until", "2024"], "--since 2025 is after --until 2024"),
    (["--format", "dot", "--actor", "Nobody Atall"], "no actor named 'Nobody Atall'"),
    (["--format", "dot", "--hops", "2"], "--hops needs --actor"),
    (["--format", "dot", "--actor", "Borvia", "--hops", "-1"], "--hops must be 0 or more"),
    (["--format", "svg", "--min-confidence", "1.5"], "--min-confidence must be between 0 and 1"),
    (["--format", "svg", "--min-confidence", "high"], "Invalid value for '--min-confidence'"),
    (["--format", "svg", "--status", "maybe"], "Invalid value for '--status'"),
    (["--format", "turtle", "--action", "Sanction"], "--action: only for the network formats"),
])
def test_bad_input_is_one_clear_error(hand_store_path, tmp_path, args, message):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["export", *args, "-o", str(out), "--store", str(hand_store_path)])
    assert result.exit_code != 0
    assert message in result.stderr, result.stderr
    assert not out.exists()


def test_rdf_exports_still_work(hand_store_path, tmp_path):
    out = tmp_path / "g.ttl"
    assert export(hand_store_path, "turtle", out).exit_code == 0
    assert "iccg:Sanction" in out.read_text(encoding="utf-8")


# --- the seeds: whatever the extraction finds, the exports hold the same network ------------------

def _sparql_counts(store, status_filter: str) -> tuple[int, int]:
    pattern = f"""?e a ?c ; iccg:agent ?a ; iccg:target ?t ; iccg:status ?s .
                  ?c rdfs:subClassOf iccg:Event . FILTER(?a != ?t) {status_filter}"""
    edges = next(store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?e ?a ?t WHERE {{ {pattern} }} }}"))
    nodes = next(store.select(f"""SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern}
                                  VALUES ?role {{ 0 1 }} BIND(IF(?role = 0, ?a, ?t) AS ?x) }}"""))
    return int(nodes["n"].value), int(edges["n"].value)


@pytest.mark.slow  # builds the seeds with spaCy
@pytest.mark.parametrize("status, status_filter", [("asserted", "FILTER(?s = iccg:Asserted)"), ("all", "")])
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_seeds_exports_read_back_to_the_graphs_counts(seeds_store, seeds_store_path, tmp_path, fmt, status,
                                                      status_filter):
    n_nodes, n_edges = _sparql_counts(seeds_store, status_filter)
    assert n_edges > 0, "the seeds give no event with an agent and a target"
    out = tmp_path / f"seeds.{fmt}"
    assert export(seeds_store_path, fmt, out, "--status", status).exit_code == 0
    g = nx.read_graphml(out, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(out)
    assert (g.number_of_nodes(), g.number_of_edges()) == (n_nodes, n_edges)


@pytest.mark.slow  # builds the seeds with spaCy
@pytest.mark.parametrize("fmt", ["cytoscape", "dot", "svg", "html"])
def test_seeds_other_formats_hold_the_same_counts(seeds_store, seeds_store_path, tmp_path, fmt):
    n_nodes, n_edges = _sparql_counts(seeds_store, "FILTER(?s = iccg:Asserted)")
    out = tmp_path / f"seeds.{fmt}"
    assert export(seeds_store_path, fmt, out).exit_code == 0
    nodes, edges = READERS[fmt](out)
    assert sum(edges.values()) == n_edges
    assert len(nodes) <= n_nodes  # (labels: two actors could share one)
