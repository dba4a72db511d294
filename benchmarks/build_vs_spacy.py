#!/usr/bin/env python3
"""How much a whole iccgraph build costs next to bare spaCy on the same texts.

The seeds (or the .txt files of --source) are repeated to at least --docs documents. Each measurement runs in a fresh
process (so model loading and peak memory are comparable) and prints:
  - bare spaCy: spacy.load + nlp.pipe over the texts;
  - read: the same plus iccgraph's extraction (actors, events, dates, affiliations);
  - build: the whole `iccgraph build` (read + RDF + writing a pyoxigraph store on disk);
the ratios read/bare (the extraction's overhead) and build/bare, and each one's peak RSS.

    python benchmarks/build_vs_spacy.py [--docs 100] [--model en_core_web_sm] [--repeat 3] [--source DIR]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import time, resource, spacy
from pathlib import Path
from iccgraph.nlp import _PYPI_NAMES
texts = [p.read_text() for p in sorted(Path({docs!r}).glob('*.txt'))]
t0 = time.perf_counter()
try:
    nlp = spacy.load({model!r})
except OSError:
    nlp = spacy.load(_PYPI_NAMES[{model!r}])
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""
READ = """
import time, resource
from pathlib import Path
from iccgraph.documents import discover, read_document
from iccgraph.extract import read_with
from iccgraph.nlp import PARSE_REPAIRS, load_pipeline, parse_repairs, prepare
docs = [read_document(p) for p in discover([Path({docs!r})])]
t0 = time.perf_counter()
nlp = load_pipeline({model!r})
with nlp.select_pipes(disable=[PARSE_REPAIRS]):  # our own component: timed with the extraction below
    parsed = list(nlp.pipe((prepare(d.text) for d in docs), batch_size=16))
t_parse = time.perf_counter() - t0
t1 = time.perf_counter()
for d, s in zip(docs, parsed):
    read_with(d, parse_repairs(s))
extra = dict(parse_seconds=t_parse, extract_seconds=time.perf_counter() - t1)
"""
BUILD = """
import time, resource
from pathlib import Path
from iccgraph.pipeline import build
from iccgraph.store import GraphStore
t0 = time.perf_counter()
build([Path({docs!r})], GraphStore(Path({store!r})), model={model!r})
"""
TAIL = """
import json
print(json.dumps(dict(seconds=time.perf_counter() - t0, peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      **globals().get("extra", {}))))
"""


def measure(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code) + TAIL], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--model", default="en_core_web_sm")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest counts")
    ap.add_argument("--source", type=Path, default=ROOT / "seeds", help="folder of .txt documents (default: the seeds)")
    args = ap.parse_args()
    seeds = sorted(args.source.glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="iccgraph-bench-") as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for i in range(args.docs):
            src = seeds[i % len(seeds)]
            shutil.copy(src, docs / f"{i:04d}_{src.name}")
            meta = src.with_name(src.stem + ".meta.json")
            if meta.exists():
                shutil.copy(meta, docs / f"{i:04d}_{src.stem}.meta.json")
        chars = sum(len(p.read_text()) for p in docs.glob("*.txt"))
        results = {}
        for name, code in (("bare spaCy nlp.pipe", BARE), ("read (spaCy + extraction)", READ), ("whole build", BUILD)):
            runs = []
            for r in range(args.repeat):
                store = Path(tmp) / f"store-{name[:4]}-{r}"
                runs.append(measure(code.format(docs=str(docs), model=args.model, store=str(store))))
            results[name] = min(runs, key=lambda x: x["seconds"])
    bare = results["bare spaCy nlp.pipe"]
    where = args.source.resolve().relative_to(ROOT) if args.source.resolve().is_relative_to(ROOT) else args.source
    print(f"{args.docs} documents from {where}/, {chars:,} characters, model {args.model}, best of {args.repeat}")
    print(f"{'':28}{'seconds':>9}{'x bare':>8}{'peak MB':>9}")
    for name, r in results.items():
        print(f"{name:28}{r['seconds']:9.2f}{r['seconds'] / bare['seconds']:8.2f}{r['peak_mb']:9.0f}")
    read = results["read (spaCy + extraction)"]
    print(f"extraction time / spaCy time, same process: {read['extract_seconds']:.2f} s / {read['parse_seconds']:.2f} s"
          f" = {100 * read['extract_seconds'] / read['parse_seconds']:.1f}%")


if __name__ == "__main__":
    main()
