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
      const n = showTable(await res.json());
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
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
  summary();
}

init();
