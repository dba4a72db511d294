"""Writers for the network (from `network.network_from_store`): GraphML, GEXF, Cytoscape JSON,
DOT, SVG, a self-contained HTML view, and a PNG of that view.

networkx writes GraphML, GEXF 1.2 (edges carry `start`/`end` days, so Gephi's timeline can
play the graph) and Cytoscape JSON; pydot writes DOT and Graphviz's `dot` draws the SVG.

The HTML view is one file that makes no request: the vis-network library (JavaScript and CSS)
is read from the PyPI package `pyvis`, which ships vis-network's standalone build, and put
inline with the data. Only those two files of pyvis are used: not its templates (which load
from a CDN) and not its Python code (which writes a `lib/` folder), so pyvis is not imported.
"""
from __future__ import annotations

import html
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

import networkx as nx

from .model import IccgraphError
from .namespaces import ACTION_CLASSES, ACTOR_CLASSES

FORMATS: tuple[str, ...] = ("graphml", "gexf", "cytoscape", "dot", "svg", "html")
EXTENSIONS = {"graphml": ".graphml", "gexf": ".gexf", "cytoscape": ".cyjs", "dot": ".dot", "svg": ".svg",
              "html": ".html"}

CLASS_COLORS: dict[str, str] = {"Person": "#4e79a7", "State": "#f28e2b", "Court": "#59a14f",
                                "Organization": "#b07aa1", "Actor": "#9d9d9d"}
CLASS_SHAPES: dict[str, str] = {"Person": "ellipse", "State": "box", "Court": "octagon",
                                "Organization": "hexagon", "Actor": "ellipse"}
# The same distinction in the HTML view (vis-network shape names), for readers without colour.
VIEW_SHAPES: dict[str, str] = {"Person": "dot", "State": "square", "Court": "diamond",
                               "Organization": "hexagon", "Actor": "dot"}
ACTION_COLORS: dict[str, str] = dict(zip(ACTION_CLASSES, (
    "#d62728", "#7b1e1e", "#ff7f0e", "#8c564b", "#e377c2", "#bcbd22", "#2ca02c",
    "#17becf", "#9467bd", "#1f77b4", "#00a087", "#6b4c9a", "#7f7f7f")))
STATUS_STYLES: dict[str, str] = {"Asserted": "solid", "Negated": "dashed", "Hypothetical": "dotted"}

# Headless Chromium that reaches nothing: no sync, no updates, no name resolution.
CHROMIUM_ARGS: tuple[str, ...] = (
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND")


def render(g: nx.MultiDiGraph, fmt: str) -> bytes:
    """The network in one of FORMATS."""
    writers = {"graphml": to_graphml, "gexf": to_gexf, "cytoscape": to_cytoscape, "dot": to_dot,
               "svg": to_svg, "html": to_html}
    if fmt not in writers:
        raise IccgraphError(f"unknown network format {fmt!r} (one of: {', '.join(FORMATS)})")
    out = writers[fmt](g)
    return out.encode("utf-8") if isinstance(out, str) else out


def to_graphml(g: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(_plain(g), buf, encoding="utf-8")
    return buf.getvalue()


def to_gexf(g: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    nx.write_gexf(_plain(g), buf, encoding="utf-8", version="1.2draft")
    return buf.getvalue()


def _plain(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose graph-level attributes are strings (GraphML writes them; GEXF ignores them)."""
    h = g.copy()
    h.graph = {k: str(v) for k, v in g.graph.items()}
    return h


def cytoscape_data(g: nx.MultiDiGraph) -> dict:
    """The JSON Cytoscape desktop (.cyjs) and Cytoscape.js read: {"elements": {"nodes", "edges"}}."""
    data = nx.cytoscape_data(g, name="label", ident="id")
    for e in data["elements"]["edges"]:
        e["data"]["id"] = e["data"]["key"]  # Cytoscape needs edge ids; our keys are unique
    return data


def to_cytoscape(g: nx.MultiDiGraph) -> str:
    return json.dumps(cytoscape_data(g), indent=1, ensure_ascii=False) + "\n"


def _dot_text(s: str) -> str:
    # pydot quotes but leaves backslashes alone, and Graphviz reads \N, \l ... as escapes.
    return s.replace("\\", "\\\\")


def _dot_id(iri: str) -> str:
    return '"' + iri.replace('"', '\\"') + '"'  # IRIs have ':' (DOT's port syntax) unless quoted


def dot_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The network with Graphviz attributes: colours by actor class and action, dashed
    negated and dotted hypothetical events, the evidence sentence as the edge's tooltip."""
    h = nx.MultiDiGraph()
    n_events = len({d["event"] for *_, d in g.edges(data=True)})
    h.graph["graph"] = {"rankdir": "LR", "fontname": "Helvetica", "labelloc": "t", "nodesep": "0.4",
                        "label": _dot_id(f"iccgraph: {g.number_of_nodes()} actors, {n_events} events"
                                         + (f" ({g.graph['filters']})" if g.graph.get("filters") else ""))}
    h.graph["node"] = {"style": "filled", "fontname": "Helvetica", "fontcolor": "white", "color": "#333333"}
    h.graph["edge"] = {"fontname": "Helvetica", "fontsize": "9"}
    for n, d in g.nodes(data=True):
        attrs = {"label": _dot_text(d["label"]), "fillcolor": CLASS_COLORS.get(d["actor_class"], "#9d9d9d"),
                 "shape": CLASS_SHAPES.get(d["actor_class"], "ellipse"),
                 "tooltip": _dot_text(f"{d['label']} ({d['actor_class']}, {d['events']} events)"),
                 "actor_class": d["actor_class"], "events": str(d["events"])}
        if d.get("wikidata"):
            attrs["URL"] = d["wikidata"]
        h.add_node(_dot_id(n), **attrs)
    for u, v, k, d in g.edges(keys=True, data=True):
        color = ACTION_COLORS.get(d["action"], "#555555")
        h.add_edge(_dot_id(u), _dot_id(v), key=k, label=_dot_text(d["action"] + (f"\n{d['date']}" if d["date"] else "")),
                   color=color, fontcolor=color, style=STATUS_STYLES.get(d["status"], "solid"),
                   tooltip=_dot_text(d["evidence"] or d["action"]), status=d["status"],
                   confidence=f"{d['confidence']:.2f}", document=_dot_text(d["document"]))
    return h


def to_dot(g: nx.MultiDiGraph) -> str:
    return nx.nx_pydot.to_pydot(dot_graph(g)).to_string()


def to_svg(g: nx.MultiDiGraph) -> bytes:
    dot = shutil.which("dot")
    if dot is None:
        raise IccgraphError("SVG needs Graphviz's `dot` (Debian: apt-get install graphviz)")
    proc = subprocess.run([dot, "-Tsvg"], input=to_dot(g).encode("utf-8"), capture_output=True, timeout=600)
    if proc.returncode != 0:
        raise IccgraphError(f"Graphviz failed: {proc.stderr.decode(errors='replace').strip().splitlines()[:1]}")
    return proc.stdout


# --- the HTML view ---------------------------------------------------------------------------

def vis_network_assets() -> tuple[str, str]:
    """(JavaScript, CSS) of the standalone vis-network build that the pyvis wheel ships."""
    spec = importlib.util.find_spec("pyvis")  # finds the package without importing it (and IPython)
    if spec is None or not spec.submodule_search_locations:
        raise IccgraphError("the HTML view needs the PyPI package pyvis (it ships vis-network): pip install pyvis")
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib"
    builds = sorted(lib.glob("vis-*/vis-network.min.js"),
                    key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)))
    if not builds:
        raise IccgraphError(f"no vis-network build in {lib}: reinstall pyvis")
    js = builds[-1]
    css = js.with_name("vis-network.css")
    return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8") if css.exists() else ""


def view_data(g: nx.MultiDiGraph) -> dict:
    """What the page draws: plain lists of nodes and edges plus the palettes."""
    nodes = [{"id": n, "label": d["label"], "cls": d["actor_class"], "wikidata": d.get("wikidata", ""),
              "aliases": d.get("aliases", ""), "events": d["events"]} for n, d in g.nodes(data=True)]
    edges = [{"id": k, "source": u, "target": v, **{f: d.get(f, "") for f in (
              "action", "status", "date", "start", "end", "evidence", "document", "event")},
              "confidence": d["confidence"]} for u, v, k, d in g.edges(keys=True, data=True)]
    actions = Counter(e["action"] for e in edges)
    dates = sorted(x for e in edges for x in (e["start"], e["end"]) if x)
    return {"filters": g.graph.get("filters", ""), "nodes": nodes, "edges": edges,
            "classes": {c: sum(n["cls"] == c for n in nodes) for c in (*ACTOR_CLASSES, "Actor")
                        if any(n["cls"] == c for n in nodes)},
            "actions": {a: actions[a] for a in ACTION_CLASSES if actions[a]},
            "statuses": sorted({e["status"] for e in edges}, key=list(STATUS_STYLES).index),
            "classColors": CLASS_COLORS, "classShapes": VIEW_SHAPES, "actionColors": ACTION_COLORS,
            "minDate": dates[0] if dates else "", "maxDate": dates[-1] if dates else ""}


def _inline(code: str) -> str:
    return code.replace("</script", "<\\/script").replace("</style", "<\\/style")


def to_html(g: nx.MultiDiGraph) -> str:
    js, css = vis_network_assets()
    data = json.dumps(view_data(g), ensure_ascii=False).replace("<", "\\u003c")  # no "</script>" inside
    n_events = len({d["event"] for *_, d in g.edges(data=True)})
    parts = {"TITLE": html.escape(f"iccgraph: {g.number_of_nodes()} actors, {n_events} events"),
             "VIS_CSS": _inline(css), "PAGE_CSS": _PAGE_CSS, "VIS_JS": _inline(js), "DATA": data,
             "PAGE_JS": _PAGE_JS}
    return re.sub(r"@@(\w+)@@", lambda m: parts[m[1]], _PAGE)  # one pass: the inserted code is not rescanned


def snapshot(g: nx.MultiDiGraph, output: Path, width: int = 1600, height: int = 1000) -> None:
    """A PNG of the HTML view, drawn by headless Chromium with the network unreachable."""
    chromium = shutil.which(os.environ.get("ICCGRAPH_CHROMIUM", "chromium"))
    if chromium is None:
        raise IccgraphError("a snapshot needs Chromium (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="iccgraph-snapshot-") as tmp:
        page, shot = Path(tmp) / "view.html", Path(tmp) / "shot.png"
        page.write_text(to_html(g), encoding="utf-8")
        # Virtual time lets the layout settle before the picture, however slow the machine.
        cmd = [chromium, "--headless", *CHROMIUM_ARGS, f"--user-data-dir={tmp}/profile",
               f"--window-size={width},{height}", "--force-device-scale-factor=1", "--virtual-time-budget=30000",
               f"--screenshot={shot}", page.as_uri()]
        proc = subprocess.run(cmd, capture_output=True, timeout=300, stdin=subprocess.DEVNULL)
        if proc.returncode != 0 or not shot.exists():
            raise IccgraphError(f"Chromium made no screenshot: {proc.stderr.decode(errors='replace').strip()[-300:]}")
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(shot, output)


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>@@TITLE@@</title>
<style>@@VIS_CSS@@</style>
<style>@@PAGE_CSS@@</style>
</head>
<body>
<header>
  <h1>@@TITLE@@</h1>
  <span id="filters" class="hint"></span>
  <input id="search" type="search" placeholder="Find an actor" aria-label="Find an actor">
  <label>from <input id="from" type="date"></label>
  <label>to <input id="to" type="date"></label>
  <button id="reset" type="button">Show all</button>
  <span id="count"></span>
</header>
<main>
  <aside>
    <section id="legend"></section>
    <section id="info"><p class="hint">Click an actor for its events, an edge for its evidence.</p></section>
  </aside>
  <div id="net"></div>
</main>
<script type="application/json" id="graph-data">@@DATA@@</script>
<script>@@VIS_JS@@</script>
<script>@@PAGE_JS@@</script>
</body>
</html>
"""

_PAGE_CSS = """
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; padding: 6px 12px;
         border-bottom: 1px solid #ccc; background: #f7f7f7; }
header h1 { font-size: 16px; margin: 0 12px 0 0; }
#count { color: #555; margin-left: auto; }
main { flex: 1; display: flex; min-height: 0; }
aside { width: 340px; overflow-y: auto; border-right: 1px solid #ccc; padding: 8px 12px; box-sizing: border-box; }
#net { flex: 1; min-width: 0; position: relative; }
#net:focus, #net *:focus { outline: none; }
h2 { font-size: 14px; margin: 10px 0 4px; }
.row { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.swatch { width: 16px; height: 16px; flex: none; }
.line { width: 28px; height: 8px; flex: none; }
.n { color: #777; margin-left: auto; }
#info dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 6px 0; }
#info dt { color: #666; } #info dd { margin: 0; overflow-wrap: anywhere; }
blockquote { margin: 6px 0; padding: 6px 8px; background: #f3f3f3; border-left: 4px solid #999; }
ol.events { padding-left: 20px; } ol.events li { margin-bottom: 8px; cursor: pointer; }
ol.events li:hover { background: #f0f4ff; }
.hint, .empty { color: #666; }
.empty { position: absolute; top: 40%; width: 100%; text-align: center; font-size: 18px; }
"""

_PAGE_JS = r"""
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("graph-data").textContent);
  const $ = (id) => document.getElementById(id);
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k === "style") e.style.cssText = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
    }
    for (const k of kids) if (k !== null && k !== undefined) e.append(k);
    return e;
  }
  const DASH = {Asserted: false, Negated: [8, 6], Hypothetical: [2, 5]};
  const SVG_DASH = {Asserted: "", Negated: "6 4", Hypothetical: "2 4"};
  const nodeById = new Map(DATA.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(DATA.edges.map((e) => [e.id, e]));
  const label = (id) => (nodeById.get(id) || {label: id}).label;

  // Parallel edges get their own curve, so they stay apart without physics.
  const pairs = new Map();
  for (const e of DATA.edges) {
    const k = [e.source, e.target].sort().join(" ");
    pairs.set(k, (pairs.get(k) || 0) + 1);
    e.slot = pairs.get(k) - 1;
  }
  const nodes = new vis.DataSet(DATA.nodes.map((n) => ({
    id: n.id, label: n.label, value: n.events, shape: DATA.classShapes[n.cls] || "dot",
    color: {background: DATA.classColors[n.cls] || "#999", border: "#333",
            highlight: {background: DATA.classColors[n.cls] || "#999", border: "#000"}},
    title: n.label + " (" + n.cls + ", " + n.events + " event" + (n.events === 1 ? "" : "s") + ")",
  })));
  const edges = new vis.DataSet(DATA.edges.map((e) => ({
    id: e.id, from: e.source, to: e.target, arrows: {to: {enabled: true, scaleFactor: 0.6}},
    color: {color: DATA.actionColors[e.action], highlight: DATA.actionColors[e.action], hover: DATA.actionColors[e.action]},
    dashes: DASH[e.status] || false, width: 1 + 2 * e.confidence,
    // sides alternate, counted for one direction of the pair (so A->B and B->A part too)
    smooth: {enabled: true, type: (e.slot % 2 === 0) !== (e.source > e.target) ? "curvedCW" : "curvedCCW",
             roundness: 0.1 + 0.15 * Math.floor(e.slot / 2)},
    title: e.action + (e.date ? ", " + e.date : "") + (e.status !== "Asserted" ? " (" + e.status.toLowerCase() + ")" : ""),
  })));

  // What the controls let through: action and status checkboxes, the date range.
  const shownActions = new Set(Object.keys(DATA.actions));
  const shownStatuses = new Set(DATA.statuses);
  let from = "", to = "";
  function edgeShown(id) {
    const e = edgeById.get(id);
    if (!shownActions.has(e.action) || !shownStatuses.has(e.status)) return false;
    if (from || to) {  // a dated range: undated events cannot be placed in it
      if (!e.start) return false;
      if (from && e.end < from) return false;
      if (to && e.start > to) return false;
    }
    return true;
  }
  let shownNodes = new Set();
  function computeNodes() {
    shownNodes = new Set();
    for (const e of DATA.edges) if (edgeShown(e.id)) { shownNodes.add(e.source); shownNodes.add(e.target); }
  }
  computeNodes();
  const edgeView = new vis.DataView(edges, {filter: (e) => edgeShown(e.id)});
  const nodeView = new vis.DataView(nodes, {filter: (n) => shownNodes.has(n.id)});

  const net = $("net");
  const network = new vis.Network(net, {nodes: nodeView, edges: edgeView}, {
    nodes: {scaling: {min: 8, max: 30, label: {enabled: true, min: 13, max: 18}}, font: {face: "sans-serif", size: 14}},
    edges: {selectionWidth: 2, hoverWidth: 1, font: {face: "sans-serif"}},
    physics: {solver: "forceAtlas2Based",
              forceAtlas2Based: {gravitationalConstant: -150, springLength: 150, avoidOverlap: 0.8},
              stabilization: {iterations: 600, fit: true}},
    layout: {randomSeed: 7, improvedLayout: true},
    interaction: {hover: true, navigationButtons: true, keyboard: {enabled: true, bindToWindow: false},
                  tooltipDelay: 150, multiselect: false},
  });
  const api = window.iccgraph = {network, ready: false, nodes: DATA.nodes.length, edges: DATA.edges.length};
  function settled() {
    if (api.ready) return;
    network.setOptions({physics: false});
    // Keep the layout in the data, so actors hidden by a filter come back where they were.
    const pos = network.getPositions();
    nodes.update(Object.entries(pos).map(([id, p]) => ({id, x: p.x, y: p.y})));
    network.fit();
    api.ready = true;
  }
  network.once("stabilizationIterationsDone", settled);
  network.once("stabilized", settled);
  if (!DATA.nodes.length) {
    net.append(el("div", {class: "empty"}, "No events match: the graph is empty."));
    api.ready = true;
  }
  network.on("dragEnd", (p) => {
    if (api.ready) nodes.update(p.nodes.map((id) => ({id, ...network.getPosition(id)})));
  });

  function refresh() {
    computeNodes();
    edgeView.refresh();
    nodeView.refresh();
    $("count").textContent = shownNodes.size + " actors, " +
      new Set(edgeView.get().map((e) => edgeById.get(e.id).event)).size + " events shown";
  }

  // --- legend: actor classes, actions (checkboxes), statuses (checkboxes) ---
  function svgEl(tag, attrs) {
    const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  }
  const SHAPE_POINTS = {square: "2,2 14,2 14,14 2,14", diamond: "8,1 15,8 8,15 1,8",
                        hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8"};
  function shapeSample(cls) {
    const svg = svgEl("svg", {class: "swatch", viewBox: "0 0 16 16"});
    const points = SHAPE_POINTS[DATA.classShapes[cls]], style = {fill: DATA.classColors[cls], stroke: "#333"};
    svg.append(points ? svgEl("polygon", {points, ...style}) : svgEl("circle", {cx: 8, cy: 8, r: 6.5, ...style}));
    return svg;
  }
  function lineSample(color, status) {
    const svg = svgEl("svg", {class: "line", viewBox: "0 0 28 8"});
    svg.append(svgEl("line", {x1: 0, y1: 4, x2: 28, y2: 4, stroke: color, "stroke-width": 3,
                              "stroke-dasharray": SVG_DASH[status] || "none"}));
    return svg;
  }
  const legend = $("legend");
  legend.append(el("h2", {}, "Actors"));
  for (const [cls, n] of Object.entries(DATA.classes)) {
    legend.append(el("div", {class: "row"}, shapeSample(cls), cls, el("span", {class: "n"}, String(n))));
  }
  function checkbox(set, value, kind) {
    const box = el("input", {type: "checkbox", "data-kind": kind, value: value});
    box.checked = true;
    box.addEventListener("change", () => { if (box.checked) set.add(value); else set.delete(value); refresh(); });
    return box;
  }
  legend.append(el("h2", {}, "Actions"));
  for (const [action, n] of Object.entries(DATA.actions)) {
    legend.append(el("label", {class: "row"}, checkbox(shownActions, action, "action"),
                     lineSample(DATA.actionColors[action], "Asserted"), action, el("span", {class: "n"}, String(n))));
  }
  if (DATA.statuses.length > 1 || (DATA.statuses.length && DATA.statuses[0] !== "Asserted")) {
    legend.append(el("h2", {}, "Status"));
    for (const s of DATA.statuses) {
      legend.append(el("label", {class: "row"}, checkbox(shownStatuses, s, "status"), lineSample("#444", s), s));
    }
  }

  // --- the info panel ---
  const info = $("info");
  function show(...kids) { info.replaceChildren(...kids); }
  function fields(pairs) {
    const dl = el("dl");
    for (const [k, v] of pairs) if (v !== "" && v !== null && v !== undefined) dl.append(el("dt", {}, k), el("dd", {}, v));
    return dl;
  }
  function showEdge(id) {
    const e = edgeById.get(id);
    show(el("h2", {class: "edge-title"}, label(e.source) + " \u2192 " + e.action + " \u2192 " + label(e.target)),
         el("blockquote", {class: "evidence"}, e.evidence || "(no evidence sentence)"),
         fields([["date", e.date || "undated"], ["status", e.status], ["confidence", e.confidence.toFixed(2)],
                 ["document", e.document], ["event", e.event]]));
  }
  function showNode(id) {
    const n = nodeById.get(id);
    const mine = DATA.edges.filter((e) => (e.source === id || e.target === id) && edgeShown(e.id))
      .sort((a, b) => (a.start || "9999").localeCompare(b.start || "9999"));
    const list = el("ol", {class: "events"});
    for (const e of mine) {
      list.append(el("li", {onclick: () => { network.selectEdges([e.id]); showEdge(e.id); }},
        el("strong", {}, label(e.source) + " \u2192 " + e.action + " \u2192 " + label(e.target)),
        el("br"), (e.date || "undated") + (e.status !== "Asserted" ? " (" + e.status.toLowerCase() + ")" : "") +
        ", " + e.document, el("br"), el("q", {}, e.evidence)));
    }
    const wd = n.wikidata ? el("a", {href: n.wikidata, target: "_blank", rel: "noopener"}, n.wikidata) : "";
    show(el("h2", {class: "node-title"}, n.label),
         fields([["class", n.cls], ["also", n.aliases], ["Wikidata", wd], ["IRI", n.id]]),
         el("h2", {}, mine.length + " event" + (mine.length === 1 ? "" : "s") + " shown"), list);
  }
  network.on("click", (p) => {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  // --- search: select and frame the actors whose names match ---
  $("search").addEventListener("input", () => {
    const q = $("search").value.trim().toLowerCase();
    if (!q) { network.unselectAll(); return; }
    const hits = DATA.nodes.filter((n) => shownNodes.has(n.id) &&
      (n.label.toLowerCase().includes(q) || n.aliases.toLowerCase().includes(q))).map((n) => n.id);
    network.selectNodes(hits, false);
    if (hits.length) network.fit({nodes: hits, animation: false, maxZoomLevel: 1.5});
    if (hits.length === 1) showNode(hits[0]);
    else show(el("h2", {}, hits.length ? hits.length + " actors match" : "No actor matches \u201c" + q + "\u201d"),
              el("ol", {class: "events"}, ...hits.map((id) => el("li", {onclick: () => showNode(id)}, label(id)))));
  });

  // --- date range ---
  for (const id of ["from", "to"]) {
    if (DATA.minDate) { $(id).min = DATA.minDate; $(id).max = DATA.maxDate; }
    $(id).addEventListener("change", () => { from = $("from").value; to = $("to").value; refresh(); });
  }
  $("reset").addEventListener("click", () => {
    from = to = ""; $("from").value = $("to").value = ""; $("search").value = "";
    for (const box of legend.querySelectorAll("input[type=checkbox]")) box.checked = true;
    Object.keys(DATA.actions).forEach((a) => shownActions.add(a));
    DATA.statuses.forEach((s) => shownStatuses.add(s));
    refresh(); network.unselectAll(); network.fit();
  });
  $("filters").textContent = DATA.filters;
  refresh();
})();
"""
