// The query page: plain JS, served by iccgraph itself; it talks to this server only.
"use strict";

const $ = (id) => document.getElementById(id);
const RESULT_LINKS = [["csv", "CSV"], ["tsv", "TSV"], ["json", "JSON"], ["xml", "XML"]];
const GRAPH_LINKS = [["turtle", "Turtle", "ttl"], ["ntriples", "N-Triples", "nt"], ["jsonld", "JSON-LD", "jsonld"]];
const FALLBACK = "SELECT ?s ?p ?o\nWHERE { ?s ?p ?o }\nLIMIT 50\n";
let prefixes = {};
let queries = [];

function compact(iri) {
  for (const [p, ns] of Object.entries(prefixes)) {
    if (p !== "rdf" && iri.startsWith(ns)) return p + ":" + iri.slice(ns.length);
  }
  return iri;
}

function setStatus(text, error = false) {
  $("status").textContent = text;
  $("status").className = error ? "error" : "";
}

function currentName() {
  const q = queries[$("query-list").selectedIndex];
  return q && $("query").value === q.text ? q.name : "results";
}

function showDownloads(query, graph) {
  const box = $("downloads");
  box.replaceChildren("Download these results:");
  for (const [format, label, ext] of graph ? GRAPH_LINKS : RESULT_LINKS) {
    const a = document.createElement("a");
    a.href = "query?" + new URLSearchParams({ query, format });
    a.download = currentName() + "." + (ext || format);
    a.textContent = label;
    box.append(" ", a);
  }
  box.hidden = false;
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") {
    td.textContent = compact(term.value);
    td.className = "iri";
    td.title = term.value;
  } else {
    td.textContent = term.value;
    if (term.datatype) td.title = compact(term.datatype);
    if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
  }
  return td;
}

function showTable(data) {
  const head = $("table").tHead, body = $("table").tBodies[0];
  head.replaceChildren();
  body.replaceChildren();
  $("text").hidden = true;
  if ("boolean" in data) {
    head.append(row([th("answer")]));
    body.append(row([cell({ type: "literal", value: String(data.boolean) })]));
    return 1;
  }
  const vars = data.head.vars;
  head.append(row(vars.map(th)));
  const frag = document.createDocumentFragment();
  for (const b of data.results.bindings) frag.append(row(vars.map((v) => cell(b[v]))));
  body.append(frag);
  return data.results.bindings.length;
}

// The results as a network: each row links its first column to its second (labelled by
// the third), so "who sanctioned whom" draws as who -> whom. Drawn by vis-network.
let network = null;
function showGraph(data) {
  const vars = (data.head && data.head.vars) || [];
  const rows = (data.results && data.results.bindings) || [];
  $("views").hidden = !(vars.length >= 2 && rows.length);
  const nodes = new Map(), edges = [];
  const name = (t) => (t.type === "uri" ? compact(t.value) : t.value);
  for (const b of rows) {
    const a = b[vars[0]], t = b[vars[1]];
    if (!a || !t) continue;
    for (const x of [a, t]) nodes.set(name(x), { id: name(x), label: name(x) });
    edges.push({ from: name(a), to: name(t), arrows: "to", label: vars[2] && b[vars[2]] ? name(b[vars[2]]) : "" });
  }
  window.resultGraph = { nodes: nodes.size, edges: edges.length };
  if (network) network.destroy();
  network = new vis.Network($("graph"), { nodes: [...nodes.values()], edges },
    { physics: { stabilization: { iterations: 200 } }, edges: { font: { size: 10 } } });
}

function view(which) {
  $("graph").hidden = which !== "graph";
  $("table").parentElement.hidden = which !== "table";
  if (which === "graph" && network) network.fit();
}

function th(text) { const e = document.createElement("th"); e.textContent = text; return e; }
function row(cells) { const tr = document.createElement("tr"); tr.append(...cells); return tr; }

async function run() {
  const query = $("query").value;
  $("run").disabled = true;
  setStatus("running…");
  const started = performance.now();
  try {
    const res = await fetch("query", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: new URLSearchParams({ query }),
    });
    const ms = Math.round(performance.now() - started);
    if (!res.ok) {
      setStatus(`${res.status} ${res.statusText}: ${(await res.text()).trim()}`, true);
      return;
    }
    if ((res.headers.get("Content-Type") || "").includes("json")) {
      const data = await res.json();
      const n = showTable(data);
      showGraph(data);
      setStatus(`${n} row${n === 1 ? "" : "s"} · ${ms} ms`);
      showDownloads(query, false);
    } else {
      $("table").tHead.replaceChildren();
      $("table").tBodies[0].replaceChildren();
      $("text").textContent = await res.text();
      $("text").hidden = false;
      setStatus(`graph · ${ms} ms`);
      showDownloads(query, true);
    }
  } catch (err) {
    setStatus("the server did not answer: " + err, true);
  } finally {
    $("run").disabled = false;
  }
}

function choose(i) {
  const q = queries[i];
  $("query").value = q ? q.text : FALLBACK;
  $("query-description").textContent = q ? q.description : "";
}

async function summary() {
  const q = "SELECT (COUNT(DISTINCT ?d) AS ?docs) (COUNT(DISTINCT ?e) AS ?events) WHERE { " +
            "{ ?d a iccg:Document } UNION { ?e a ?c . ?c rdfs:subClassOf iccg:Event } }";
  try {
    const res = await fetch("query?" + new URLSearchParams({ query: q }),
                            { headers: { Accept: "application/sparql-results+json" } });
    const b = (await res.json()).results.bindings[0];
    $("summary").textContent = `${b.docs.value} documents · ${b.events.value} events`;
  } catch (err) { /* the summary is a nicety */ }
}

async function init() {
  try {
    const res = await fetch("_iccgraph/queries");
    ({ prefixes, queries } = await res.json());
  } catch (err) { queries = []; }
  const list = $("query-list");
  for (const q of queries) list.append(new Option(q.name, q.name));
  if (!queries.length) list.append(new Option("(no files in queries/)", ""));
  list.addEventListener("change", () => choose(list.selectedIndex));
  choose(0);
  $("run").addEventListener("click", run);
  $("show-table").addEventListener("click", () => view("table"));
  $("show-graph").addEventListener("click", () => view("graph"));
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
  summary();
}

init();
