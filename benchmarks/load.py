#!/usr/bin/env python3
"""Load on `iccgraph serve`: requests per second and latency, next to the same query in-process.

Starts the real server on 127.0.0.1 (a free port) over a store, then for each client count
(1, then --clients) runs closed-loop clients for --seconds, each sending the query by POST
and reading the whole SPARQL JSON answer. It prints, per run: requests/s, p50 and p99
latency, and the ratio of p50 to the same query answered in-process by pyoxigraph (query +
JSON serialization, no HTTP). Loopback only; clients and time are bounded.

    python benchmarks/load.py [--store DIR] [--query queries/who-sanctioned-whom.rq]
                              [--clients 4] [--seconds 10]

Without --store, seeds/ is built into a temporary store first.
"""
from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from iccgraph.query import RESULT_FORMATS  # noqa: E402
from iccgraph.server import SERVER_FILE  # noqa: E402
from iccgraph.store import GraphStore  # noqa: E402

MAX_CLIENTS, MAX_SECONDS = 32, 120


def percentile(xs: list[float], p: float) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[p - 1] if len(xs) > 1 else xs[0]


def in_process(store_path: Path, query: str, seconds: float) -> list[float]:
    store = GraphStore(store_path, read_only=True)
    times: list[float] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end and len(times) < 100_000:
        t0 = time.perf_counter()
        store.query(query).serialize(format=RESULT_FORMATS["json"])
        times.append(time.perf_counter() - t0)
    del store
    gc.collect()
    return times


def start_server(store_path: Path) -> tuple[subprocess.Popen, str]:
    (store_path / SERVER_FILE).unlink(missing_ok=True)
    proc = subprocess.Popen([sys.executable, "-m", "iccgraph.cli", "serve", "--store", str(store_path),
                             "--host", "127.0.0.1", "--port", "0"], stderr=subprocess.DEVNULL)
    end = time.monotonic() + 60
    while time.monotonic() < end:
        try:
            info = json.loads((store_path / SERVER_FILE).read_text())
            if info["pid"] == proc.pid:
                return proc, info["url"]
        except (OSError, ValueError):
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def load(url: str, query: str, clients: int, seconds: float) -> tuple[list[float], int, float]:
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    end = time.monotonic() + seconds

    def client(i: int) -> None:
        with httpx.Client(base_url=url, timeout=30, trust_env=False) as c:
            while time.monotonic() < end:
                t0 = time.perf_counter()
                r = c.post("/query", data={"query": query}, headers={"Accept": "application/sparql-results+json"})
                r.read()
                latencies[i].append(time.perf_counter() - t0)
                errors[i] += r.status_code != 200
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [x for xs in latencies for x in xs], sum(errors), time.monotonic() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, help="an existing store (default: build seeds/ into a temporary one)")
    ap.add_argument("--query", type=Path, default=ROOT / "queries" / "who-sanctioned-whom.rq")
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=10.0)
    args = ap.parse_args()
    clients = max(1, min(args.clients, MAX_CLIENTS))
    seconds = max(1.0, min(args.seconds, MAX_SECONDS))
    query = args.query.read_text(encoding="utf-8")

    with tempfile.TemporaryDirectory(prefix="iccgraph-load-") as tmp:
        store_path = args.store
        if store_path is None:
            from iccgraph.pipeline import build
            store_path = Path(tmp) / "store"
            store = GraphStore(store_path)
            report = build([ROOT / "seeds"], store)
            del store
            gc.collect()
            print(f"built seeds/: {report.documents} documents, {report.events} events")
        base = in_process(store_path, query, min(seconds, 5.0))
        base_p50 = statistics.median(base)
        rows = len(json.loads(GraphStore(store_path, read_only=True).query(query).serialize(
            format=RESULT_FORMATS["json"]))["results"]["bindings"])
        gc.collect()
        print(f"query: {args.query.name} ({rows} rows)")
        print(f"in-process pyoxigraph: p50 {base_p50 * 1e3:.2f} ms over {len(base)} runs")
        proc, url = start_server(store_path)
        try:
            load(url, query, 1, 1.0)  # warm-up
            print(f"{'clients':>7} {'requests':>9} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'p50/in-process':>15}")
            for n in sorted({1, clients}):
                lat, errors, elapsed = load(url, query, n, seconds)
                p50, p99 = statistics.median(lat), percentile(lat, 99)
                print(f"{n:>7} {len(lat):>9} {errors:>6} {len(lat) / elapsed:>8.1f} {p50 * 1e3:>8.2f} "
                      f"{p99 * 1e3:>8.2f} {p50 / base_p50:>15.1f}")
        finally:
            proc.terminate()
            proc.wait(30)


if __name__ == "__main__":
    main()
