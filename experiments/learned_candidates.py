"""Can a learned scorer over candidate (trigger, agent, target) triples add recall to the rules?

An experiment, not part of iccgraph: it needs scikit-learn (`pip install scikit-learn`), which
the package does not depend on. Run from the repository root:

    python experiments/learned_candidates.py

For every sentence of the ten tuned corpora it forms a candidate for each trigger word of the
lexicon, each action class that word can signal, and each ordered pair of actors the sentence
names or refers to (through the same resolver the rules use). A candidate is positive when an
asserted gold line whose evidence overlaps the sentence has that class, agent and target.
Features: the class and trigger lemma, the dependency paths from the trigger to each actor
(with the words of prepositions and clause links), the actors' classes and how each was
reached, word order, negation and modals near the trigger, the status the rules give the
trigger, and what the rules themselves extracted in the sentence and the document.

A logistic regression is trained on nine corpora and applied to the tenth, in turn. The rules'
own asserted events are scored alone, and together with the candidates the model puts above
each threshold, by the matching rules of the shared scorer. Result (1 December 2026,
en_core_web_sm 3.8.0, the session's final rules, 2,056 required gold lines): the rules alone F1
0.765 (P 0.919, R 0.656); a perfect scorer over these candidates would reach F1 0.862 (R 0.801);
the learned one adds recall only at a greater cost in precision (F1 0.763 with what it puts at
p >= 0.9, 0.752 at 0.7, 0.730 at 0.5). (Run when it was written, before that session's later
rules: 0.760 alone, 0.757 at best, 0.859 with a perfect scorer.) The held-out corpora that
were never tuned on are not read here.
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from iccgraph.documents import discover, read_document
from iccgraph.evaluate import GoldActors, matching_lines, read_jsonl
from iccgraph.extract import analyse
from iccgraph.extract.language import Frame, lexicon
from iccgraph.namespaces import WD
from iccgraph.nlp import load_pipeline, prepare

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
TUNED = ["devcorpus", "newswire", "heldout", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
         "heldout9", "heldout11"]
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
NEG, MODALS = {"not", "never", "n't", "no"}, {"would", "could", "may", "might", "should", "will", "can", "must", "shall"}
WORDED = {"prep", "agent", "dative", "xcomp", "ccomp", "conj", "acl", "relcl", "advcl", "pcomp"}


def frame_classes(f: Frame) -> set[str]:
    out = {f.action, *f.also, *f.xcomp_actions.values(), *f.object_actions.values(), *f.asked_actions.values(),
           *f.person_prep_actions.values(), f.private_person_action, f.negated_action}
    for alt in f.alternatives:
        out |= frame_classes(alt)
    return {c for c in out if c}


def trigger_classes(t, lex) -> set[str]:
    lemma, frames = t.lemma_.lower(), []
    if t.pos_ in ("VERB", "AUX"):
        frames += [lex.phrasal[(lemma, c.lower_)] for c in t.children if c.dep_ == "prt" and (lemma, c.lower_) in lex.phrasal]
        frames += [lex.verbs[lemma]] if lemma in lex.verbs else []
    if t.pos_ in ("NOUN", "PROPN", "VERB") and (lemma in lex.nouns or t.lower_ in lex.nouns):
        frames.append(lex.nouns.get(lemma) or lex.nouns[t.lower_])
    return set().union(*map(frame_classes, frames)) if frames else set()


def dep_path(a, b):
    """(path of dependency labels, path with linking words, length, common ancestor)."""
    up_a, up_b = [a, *a.ancestors], [b, *b.ancestors]
    at_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in at_b:
            rise, fall = up_a[:k], up_b[:at_b[t.i]][::-1]
            word = lambda x: x.dep_ + (":" + x.lemma_.lower() if x.dep_ in WORDED else "")  # noqa: E731
            return ("^".join(x.dep_ for x in rise) + "|" + "v".join(x.dep_ for x in fall),
                    "^".join(map(word, rise)) + "|" + "v".join(map(word, fall)), k + at_b[t.i], t)
    return "none", "none", 99, None


def candidates(doc, sdoc, gold: list[dict], ga: GoldActors) -> tuple[list[dict], set[tuple]]:
    lex = lexicon()
    actors, resolver, finder, _, events = analyse(doc, sdoc)

    def gid(key):
        a = actors.actors.get(key)
        return a and ga.resolve([a.label, *sorted(a.aliases)], [WD + a.wikidata] if a.wikidata else [])

    in_sent: dict[int, set] = collections.defaultdict(set)
    rules: set[tuple] = set()
    for e in events:
        si = actors.sent_of[sdoc.char_span(e.evidence.begin, e.evidence.end, alignment_mode="expand")[0].i]
        for a in e.agents or (None,):
            for t in e.targets:
                in_sent[si].add((e.action, a, t, e.status))
                if e.status == "Asserted":
                    rules.add((doc.id, e.action, gid(a) if a else None, gid(t) or "?" + t))
    rules_doc = set().union(*in_sent.values()) if in_sent else set()
    mine = [g for g in gold if g["doc"] == doc.id and g["status"] == "asserted"]
    out = []
    for si, s in enumerate(actors.sents):
        refs = collections.defaultdict(list)  # actor key -> [(token, how it was reached)]
        for tok in s:
            m = actors.tok[tok.i]
            if m and tok.i == m.end - 1:
                refs[m.key].append((tok, "name"))
            elif not m and tok.pos_ in ("PRON", "NOUN", "PROPN"):
                for r in resolver.np(tok):
                    refs[r.key].append((tok, r.how))
        keys = [k for k in refs if k in actors.actors]
        if len(keys) < 2:
            continue
        here = [g for g in mine if (p := doc.text.find((g.get("evidence") or "")[:60])) >= 0 and g.get("evidence")
                and p < s.end_char and p + len(g["evidence"]) > s.start_char]
        rs = in_sent[si]
        for t in s:
            classes = trigger_classes(t, lex)
            if not classes:
                continue
            status = finder.status(t)
            near = [*t.children, *t.head.children]
            for c in classes:
                doers = {r.key for r in (finder.verb_agents(t, c) if t.pos_ in ("VERB", "AUX") else finder.noun_agents(t, c))}
                for ka in keys:
                    for kb in keys:
                        if ka == kb:
                            continue
                        ga_, gb_ = gid(ka), gid(kb)
                        pa = min((dep_path(t, x) + (x, how) for x, how in refs[ka]), key=lambda z: z[2])
                        pb = min((dep_path(t, x) + (x, how) for x, how in refs[kb]), key=lambda z: z[2])
                        lem = t.lemma_.lower()
                        order = "".join(k for _, k in sorted([(pa[4].i, "A"), (pb[4].i, "B"), (t.i, "T")]))
                        f = {"c=" + c: 1, "lem=" + lem: 1, "lemc=" + lem + c: 1, "pos=" + t.pos_: 1, "dep=" + t.dep_: 1,
                             "pa=" + pa[0]: 1, "pb=" + pb[0]: 1, "pac=" + c + pa[0]: 1, "pbc=" + c + pb[0]: 1,
                             "pab=" + pa[0] + "#" + pb[0]: 1, "pal=" + lem + pa[0]: 1, "pbl=" + lem + pb[0]: 1,
                             "pwa=" + pa[1]: 1, "pwb=" + pb[1]: 1, "pwac=" + c + pa[1]: 1, "pwbc=" + c + pb[1]: 1,
                             "lca=" + (pa[3].lemma_.lower() if pa[3] is not None else "-"): 1,
                             "la": min(pa[2], 6) / 6, "lb": min(pb[2], 6) / 6, "ord=" + order: 1,
                             "clsAB=" + c + actors.cls(ka) + actors.cls(kb): 1,
                             "clsA=" + actors.cls(ka): 1, "clsB=" + actors.cls(kb): 1,
                             "howA=" + pa[5]: 1, "howB=" + pb[5]: 1, "st=" + status: 1,
                             "tneg": any(x.lower_ in NEG or x.dep_ == "neg" for x in near),
                             "tmod": any(x.lower_ in MODALS for x in near), "nkeys": min(len(keys), 8) / 8,
                             "rule_sent": (c, ka, kb, "Asserted") in rs, "rule_doc": (c, ka, kb, "Asserted") in rules_doc,
                             "rule_other_status": any((c, ka, kb, x) in rs for x in ("Negated", "Hypothetical")),
                             "rule_reversed": (c, kb, ka, "Asserted") in rs,
                             "rule_pair_other_class": any(x[1:3] == (ka, kb) and x[0] != c for x in rs),
                             "rule_class": any(x[0] == c for x in rs), "rule_target": any(x[0] == c and x[2] == kb for x in rs),
                             "rule_agent": any(x[0] == c and x[1] == ka for x in rs), "rule_none": not rs,
                             "doer": ka in doers, "doer_b": kb in doers, "no_doer": not doers}
                        y = bool(ga_ and gb_) and any(g["action"] == c and (not g["agent"] or ga_ in g["agent"])
                                                      and gb_ in g["target"] for g in here)
                        out.append(dict(f=f, y=y, status=status, key=(doc.id, c, ga_ or "?" + ka, gb_ or "?" + kb)))
    return out, rules


def score(pred: set[tuple], gold: list[dict]) -> tuple[int, int, int]:
    """(tp, fp, required) of asserted (doc, action, agent, target) tuples, as the shared scorer
    counts them: each required gold line is credited once; a tuple matching only an optional or
    already credited line is neither."""
    lines = [g for g in gold if g["status"] == "asserted"]
    credited: set[int] = set()
    tp = fp = 0
    for doc, action, agent, target in sorted(pred, key=str):
        match = matching_lines(lines, doc, action, agent, target)
        fresh = [i for i in match if not lines[i].get("optional") and i not in credited]
        if fresh:
            credited.add(fresh[0])
            tp += 1
        elif not match:
            fp += 1
    return tp, fp, sum(not g.get("optional") for g in lines)


def figures(tp: int, fp: int, n: int) -> str:
    p, r = tp / (tp + fp), tp / n
    return f"F1 {2 * p * r / (p + r):.3f}  P {p:.3f}  R {r:.3f}"


def main() -> None:
    nlp = load_pipeline()
    corpora = {}
    for name in TUNED:
        root = DATA / name
        gold = read_jsonl(root / "gold.jsonl", "gold")
        ga = GoldActors(read_jsonl(root / "actors.jsonl", "actors"))
        docs = [d for d in map(read_document, discover([root / "docs"])) if d.id in {g["doc"] for g in gold}]
        cands, rules = [], set()
        for doc, sdoc in zip(docs, nlp.pipe(prepare(d.text) for d in docs)):
            c, r = candidates(doc, sdoc, gold, ga)
            cands += c
            rules |= r
        corpora[name] = (cands, rules, gold)
        print(f"{name}: {len(cands)} candidates", file=sys.stderr)
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    perfect = [0, 0, 0]
    for held in TUNED:
        train = [x for n in TUNED if n != held for x in corpora[n][0]]
        vec = DictVectorizer()
        model = LogisticRegression(max_iter=3000).fit(vec.fit_transform([x["f"] for x in train]), [x["y"] for x in train])
        cands, rules, gold = corpora[held]
        best: dict[tuple, float] = collections.defaultdict(float)
        for x, p in zip(cands, model.predict_proba(vec.transform([x["f"] for x in cands]))[:, 1]):
            if x["status"] == "Asserted":
                best[x["key"]] = max(best[x["key"]], p)
        for label, pred in [("rules alone", rules)] + [(f"rules + model p >= {th}", rules | {k for k, p in best.items() if p >= th})
                                                        for th in THRESHOLDS]:
            totals[label] = [a + b for a, b in zip(totals[label], score(pred, gold))]
        right = {x["key"] for x in cands if x["y"] and x["status"] == "Asserted"}
        perfect = [a + b for a, b in zip(perfect, score(rules | right, gold))]
    for label, t in totals.items():
        print(f"{label:<24} {figures(*t)}")
    print(f"{'rules + perfect scorer':<24} {figures(*perfect)}")


if __name__ == "__main__":
    main()
