"""The HTML network view in Debian's headless Chromium, with the network switched off: every
actor and edge is drawn, a click on an edge shows its evidence, a click on an actor lists its
events, the controls filter, and the page asks for nothing from anywhere. Also the PNG
snapshot command that makes the README's picture."""
from __future__ import annotations

import shutil
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from iccgraph.cli import main
from iccgraph.network import make_filter, network_from_store
from iccgraph.rdf import actor_iri
from iccgraph.views import CHROMIUM_ARGS
from test_network import DOCS  # noqa: F401  (the hand graph and its fixtures)
from test_network import hand_store, hand_store_path  # noqa: F401

pytestmark = pytest.mark.slow


def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.fail("Chromium is missing: apt-get install chromium (tasks.py test and .ci/run install it)")
    return path


@pytest.fixture(scope="module")
def playwright_driver():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright for Python is missing: pip install -e '.[test]'")
    with sync_playwright() as p:
        yield p


class OfflinePage:
    """A page in a fresh Chromium profile with the network off, recording every request."""

    def __init__(self, driver, profile: Path):
        self.context = driver.chromium.launch_persistent_context(
            str(profile), executable_path=chromium_path(), headless=True, args=list(CHROMIUM_ARGS),
            viewport={"width": 1400, "height": 900})
        self.context.set_offline(True)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.page = self.context.pages[0] if self.context.pages else self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def open(self, html: Path, timeout_s: float = 60) -> None:
        self.page.goto(html.as_uri())
        # Polled from here: Playwright's in-page polling evals, which the page's own CSP forbids.
        deadline = time.monotonic() + timeout_s
        while not self.page.evaluate("Boolean(window.iccgraph && window.iccgraph.ready)"):
            assert time.monotonic() < deadline, f"the view did not settle in {timeout_s} s: {self.errors}"
            self.page.wait_for_timeout(100)

    def outside_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:", "blob:", "about:"))]


@pytest.fixture
def browser(playwright_driver, tmp_path) -> Iterator[OfflinePage]:
    page = OfflinePage(playwright_driver, tmp_path / "profile")
    yield page
    page.context.close()


def export_html(store: Path, out: Path, *args: str) -> Path:
    result = CliRunner().invoke(main, ["export", "--format", "html", "-o", str(out), "--store", str(store), *args])
    assert result.exit_code == 0, result.output
    return out


# What the page drew: ids of the nodes and edges in vis-network's body, with where they are.
DRAWN = """() => {
  const n = window.iccgraph.network, body = n.body, box = document.getElementById("net").getBoundingClientRect();
  const nodes = {};
  for (const id of body.nodeIndices) {
    const p = n.canvasToDOM(n.getPosition(id));
    nodes[id] = {x: p.x, y: p.y, inside: p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height};
  }
  const edges = {};
  for (const id of body.edgeIndices) {
    const e = body.edges[id];
    edges[id] = {from: e.fromId, to: e.toId, connected: e.connected};
  }
  return {nodes, edges};
}"""

# A point on the edge, in page coordinates, where a click hits that edge and no node.
EDGE_POINT = """(id) => {
  const n = window.iccgraph.network, e = n.body.edges[id], box = document.getElementById("net").getBoundingClientRect();
  for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]) {
    const p = n.canvasToDOM(e.edgeType.getPoint(t));
    if (n.getNodeAt(p) === undefined && n.getEdgeAt(p) === id) return {x: box.left + p.x, y: box.top + p.y};
  }
  return null;
}"""

NODE_POINT = """(id) => {
  const n = window.iccgraph.network, box = document.getElementById("net").getBoundingClientRect();
  const p = n.canvasToDOM(n.getPosition(id));
  return {x: box.left + p.x, y: box.top + p.y};
}"""


def click_edge(page, edge_id: str) -> None:
    point = page.evaluate(EDGE_POINT, edge_id)
    assert point is not None, f"no clear point to click on edge {edge_id}"
    page.mouse.click(point["x"], point["y"])


def assert_all_drawn(browser: OfflinePage, g) -> dict:
    drawn = browser.page.evaluate(DRAWN)
    assert set(drawn["nodes"]) == set(g.nodes)
    assert all(p["inside"] for p in drawn["nodes"].values()), "an actor is drawn outside the view"
    assert set(drawn["edges"]) == {k for *_, k in g.edges(keys=True)}
    for u, v, k in g.edges(keys=True):
        assert drawn["edges"][k] == {"from": u, "to": v, "connected": True}
    return drawn


def test_hand_graph_view_offline(browser, hand_store, hand_store_path, tmp_path):
    html = export_html(hand_store_path, tmp_path / "view.html", "--status", "all")
    g = network_from_store(hand_store, make_filter(status="all"))
    browser.open(html)
    page = browser.page
    assert_all_drawn(browser, g)

    # an edge: its evidence sentence, document and date
    (meet,) = [k for *_, k, d in g.edges(keys=True, data=True) if d["action"] == "Meet"]
    click_edge(page, meet)
    assert page.text_content("#info .evidence") == "Teo Vance met Mara Lind on 1 May."
    info = page.text_content("#info")
    assert "hand_b" in info and "2023-05-01" in info and "Teo Vance \u2192 Meet \u2192 Mara Lind" in info

    # a sentence with quotes and angle brackets is shown as text, not as markup
    (support,) = [k for *_, k, d in g.edges(keys=True, data=True) if d["action"] == "Support"]
    click_edge(page, support)
    assert page.text_content("#info .evidence") == DOCS[("hand_a", "2024-11-25")][4][0]
    assert "undated" in page.text_content("#info")

    # an actor: its events (negated and hypothetical ones included, marked)
    page.mouse.click(**page.evaluate(NODE_POINT, actor_iri("mara-lind").value))
    assert page.text_content("#info .node-title") == "Mara Lind"
    items = page.locator("#info ol.events li").all_text_contents()
    assert len(items) == 3 and any("Cordia did not detain Lind" in t and "(negated)" in t for t in items)

    # action checkboxes: Meet off takes its edge and Teo Vance (who only met) away
    page.uncheck("input[data-kind=action][value=Meet]")
    drawn = page.evaluate(DRAWN)
    assert meet not in drawn["edges"] and len(drawn["edges"]) == g.number_of_edges() - 1
    assert actor_iri("teo-vance").value not in drawn["nodes"]

    # status checkboxes
    page.click("#reset")
    page.uncheck("input[data-kind=status][value=Asserted]")
    statuses = {g.edges[e]["status"] for e in g.edges(keys=True) if e[2] in page.evaluate(DRAWN)["edges"]}
    assert statuses == {"Negated", "Hypothetical"}

    # the date range: November 2024 keeps what falls in it, drops the undated and the earlier
    page.click("#reset")
    page.fill("#from", "2024-11-01")
    page.fill("#to", "2024-11-30")
    drawn = page.evaluate(DRAWN)
    kept = {d["action"] for u, v, k, d in g.edges(keys=True, data=True) if k in drawn["edges"]}
    assert kept == {"Sanction", "IssueArrestWarrant", "Criticize", "Threaten", "Arrest"}

    # the search box selects and frames the actors it finds (by altLabel too)
    page.click("#reset")
    page.fill("#search", "tribunal")
    assert page.evaluate("window.iccgraph.network.getSelectedNodes()") == [actor_iri("tribunal").value]
    assert page.text_content("#info .node-title") == "Permanent Tribunal of Westhaven"

    # legend: one entry per actor class and per action drawn
    legend = page.text_content("#legend")
    assert all(c in legend for c in ("Person", "State", "Court", "Organization", "Negated", "Hypothetical"))
    assert page.locator("input[data-kind=action]").count() == len({d["action"] for *_, d in g.edges(data=True)})

    page.screenshot(path=str(tmp_path / "hand-view.png"))
    assert (tmp_path / "hand-view.png").stat().st_size > 10_000
    assert browser.outside_requests() == []
    assert browser.errors == []


def test_seeds_view_offline(browser, seeds_store, seeds_store_path, tmp_path):
    html = export_html(seeds_store_path, tmp_path / "seeds.html")
    g = network_from_store(seeds_store, make_filter())
    assert g.number_of_edges() > 0, "the seeds give no event with an agent and a target"
    browser.open(html)
    page = browser.page
    assert_all_drawn(browser, g)
    # click edges until one is clear of others (parallel edges and crossings share points)
    for u, v, k, d in g.edges(keys=True, data=True):
        point = page.evaluate(EDGE_POINT, k)
        if point:
            page.mouse.click(point["x"], point["y"])
            assert page.text_content("#info .evidence") == d["evidence"]
            info = page.text_content("#info")
            assert d["document"] in info and (d["date"] or "undated") in info
            break
    else:
        pytest.fail("no edge of the seeds' view could be clicked on its own")
    page.screenshot(path=str(tmp_path / "seeds-view.png"))
    assert (tmp_path / "seeds-view.png").stat().st_size > 10_000
    assert browser.outside_requests() == []
    assert browser.errors == []


def test_empty_view_says_so(browser, hand_store_path, tmp_path):
    html = export_html(hand_store_path, tmp_path / "empty.html", "--action", "Expel")
    browser.open(html)
    assert "the graph is empty" in browser.page.text_content("#net")
    assert browser.outside_requests() == [] and browser.errors == []


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_snapshot_command_writes_a_png(hand_store_path, tmp_path):
    chromium_path()
    out = tmp_path / "docs" / "graph.png"
    result = CliRunner().invoke(main, ["snapshot", "-o", str(out), "--width", "1000", "--height", "700",
                                       "--status", "all", "--store", str(hand_store_path)])
    assert result.exit_code == 0, result.output
    assert png_size(out) == (1000, 700)
    assert out.stat().st_size > 20_000  # a drawn graph, not a blank page


def test_snapshot_of_an_unknown_actor_is_an_error(hand_store_path, tmp_path):
    result = CliRunner().invoke(main, ["snapshot", "-o", str(tmp_path / "x.png"), "--actor", "Nobody",
                                       "--store", str(hand_store_path)])
    assert result.exit_code == 1 and "no actor named 'Nobody'" in result.stderr
    assert not (tmp_path / "x.png").exists()

