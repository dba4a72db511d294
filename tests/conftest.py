"""Shared fixtures: the real spaCy pipeline and real pyoxigraph stores on disk."""
from __future__ import annotations

from pathlib import Path

import pytest

from iccgraph.pipeline import build
from iccgraph.store import GraphStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seeds_store_path(tmp_path_factory) -> Path:
    """A store built once from seeds/ (closed again, so tests may reopen it read-only)."""
    path = tmp_path_factory.mktemp("seeds") / "store"
    store = GraphStore(path)
    build([SEEDS], store)
    del store
    return path


@pytest.fixture(scope="session")
def seeds_store(seeds_store_path) -> GraphStore:
    return GraphStore(seeds_store_path, read_only=True)


@pytest.fixture
def build_texts(tmp_path):
    """Write {name: text} as documents, build them into a fresh store, return the store."""
    def _build(texts: dict[str, str], store_dir: Path | None = None) -> GraphStore:
        docs = tmp_path / "docs"
        docs.mkdir(exist_ok=True)
        for name, text in texts.items():
            (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        store = GraphStore(store_dir or tmp_path / "store")
        build([docs / f"{n}.txt" for n in texts], store)
        return store
    return _build
