"""Affiliations from titles and appositions.

"Israeli Prime Minister Benjamin Netanyahu", "the ICC's head Tomoko Akane", "Karim Khan,
the ICC prosecutor", "three Hamas leaders (Yahya Sinwar, ...)": the person holds a position
in the state or organization named with the title. A government title with no state named
("Prime Minister Shigeru Ishiba") falls back to the person's known affiliation in the
gazetteer, else to the state the story was filed from (when its lead names it), else to the
state the document is mostly about.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..model import Affiliation, Span
from .actors import DocActors
from .events import sentence_span
from .language import Lexicon
from .resolve import Resolver


PLACE_PREPS = ("in", "at", "near", "inside", "outside")  # "told reporters in Beijing": where, not whom


def acted_on(a: DocActors, tok: Token, warning: frozenset[str], suffering: frozenset[str],
             governments: frozenset[str], obliged: frozenset[str] = frozenset()) -> set[str]:
    """The states `tok`'s sentence names as objects, or as the subjects of a `suffering` verb
    under a `warning` one ("warned that Tehran would face serious consequences"), or of a reported
    clause with a modal of obligation ("said Moscow must bring those responsible to account"), or as
    the modifier of a government acted on ("called on the Moldovan authorities"), or the owner of an
    object ("summoned Norway's ambassador"): not the state of one titled there."""
    def an_object(t: Token) -> bool:
        return t.dep_ in ("dobj", "dative") or t.dep_ == "pobj" and t.head.lower_ not in PLACE_PREPS

    def owns_an_object(t: Token) -> bool:
        # (any object's possessor: "summoned Norway's ambassador" acts on Norway; a government's
        # modifier too: "the Moldovan authorities")
        return t.dep_ in ("compound", "amod", "poss") and an_object(t.head) \
            and (t.dep_ == "poss" or t.head.lemma_.lower() in governments or t.head.lower_ in governments)

    sent = a.sents[a.sent_of[tok.i]]
    return {k for t in a.words(sent) if (an_object(t) or owns_an_object(t)
                                         or t.dep_ == "nsubj" and t.head.lemma_.lower() in suffering
                                         and t.head.head.lemma_.lower() in warning
                                         or t.dep_ == "nsubj" and t.head.dep_ == "ccomp"
                                         and any(x.dep_ == "aux" and x.lower_ in obliged for x in t.head.children))
            and (k := a.at(t) or a.demonym(t)) and a.cls(k) == "State"}


def titles_another(a: DocActors, t: Token, tok: Token, after: bool = True) -> bool:
    """Is `t` (a state's name or demonym) in the title of a person other than `tok`, named
    after it (or, unless `after`, anywhere): "North Korean leader Y", "Chile's ambassador, Y"?"""
    head = t.head
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head

    def person(x: Token) -> bool:
        return x.i != tok.i and a.tok[x.i] is not None and a.cls(a.tok[x.i].key) == "Person"
    if person(head):
        return head.i > tok.i or not after
    # ("Chile's ambassador, Heraldo Munoz": the title set off beside the name it belongs to)
    return not after and t.dep_ == "poss" and any(c.dep_ == "appos" and person(c) for c in head.children)


def others_titles(a: DocActors, tok: Token) -> set[str]:
    """The states named in the titles of other people in `tok`'s sentence ("Prime Minister X
    and North Korean leader Y": X is not North Korea's)."""
    sent = a.sents[a.sent_of[tok.i]]
    return {k for t in a.words(sent) if (k := a.at(t) or a.demonym(t)) and a.cls(k) == "State" and titles_another(a, t, tok)}


def nearest_state(a: DocActors, tok: Token, objects: set[str], speech: frozenset[str] = frozenset()) -> str | None:
    """The state a bare government title belongs to: one that is the subject (or the
    subject's possessor) of a clause before it in the sentence, else the nearest one (not one
    of `objects`, the states the sentence acts on)."""
    sent = a.sents[a.sent_of[tok.i]]
    # (not the dateline's place: "PYONGYANG, Sept. 17 Kyodo - Prime Minister Junichiro Koizumi …";
    # nor one named in what is quoted: "'Forces in Romania were behind this,' President X said")
    quoted = a.quoted(sent)
    quoted = set() if tok.i in quoted else quoted
    states = [(t.i, k) for t in a.words(sent) if (k := a.at(t) or a.demonym(t)) and a.cls(k) == "State"
              and not (t.is_upper and len(t) > 2 and t.sent.start == 0) and t.i not in quoted]
    subjects = [k for i, k in states if i < tok.i and (a.tokens[i].dep_ in ("nsubj", "nsubjpass") or (
        a.tokens[i].dep_ == "poss" and a.tokens[i].head.dep_ in ("nsubj", "nsubjpass")))]
    if subjects:
        return subjects[-1]
    # (nor one in another's title before it, "the commission headed by Chile's ambassador, X, said
    # … the government of then President Y", unless the story is about that state)
    home = a.dominant_state()
    before = [k for i, k in states if i < tok.i and (k == home or not titles_another(a, a.tokens[i], tok, after=False))]
    # one named after only as the clause's own subject or object's owner, not "… flew to Moscow"
    # (nor one the sentence also names as an object: "Foreign Minister X accused Greece of … and
    # said Athens must explain" is no Greek minister; nor one in another person's title: "Prime
    # Minister X and North Korean leader Y")
    # (a modifier only of people or a government: "said Japanese officials would …", not "adding that
    # Romanian flags had been hoisted")
    # (or where the title's holder spoke: "government spokesman X said in Berlin")
    spoke = speaking_verb(tok, speech)
    # (an owner only of a subject or object: not "said officers of Pakistan's intelligence agency were
    # involved", where the state is a third party in what he reports)
    after = [k for i, k in states if i > tok.i and ((t := a.tokens[i]).dep_ in ("poss", "nsubj", "compound", "amod")
             and not (t.dep_ == "poss" and t.head.dep_ == "pobj")
             and (t.dep_ in ("poss", "nsubj") or t.head.lemma_.lower() in a.actor_words)
             or spoke is not None and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.i == spoke.i)
             and k not in objects and not titles_another(a, t, tok, after=False)]  # ("Canada's envoy, X")
    return before[-1] if before else after[0] if after else None


def speaking_verb(tok: Token, speech: frozenset[str]) -> Token | None:
    """The speech verb whose subject `tok` is ("X said …"), if it is one."""
    return tok.head if tok.dep_ == "nsubj" and tok.head.lemma_ in speech else None


def spoken_place(a: DocActors, tok: Token, speech: frozenset[str]) -> str | None:
    """The state of the capital where a bare title's holder spoke ("Foreign Minister X told reporters
    in Abuja that Pretoria had …"), whatever else the sentence names."""
    spoke = speaking_verb(tok, speech)
    if spoke is None:
        return None
    places = [o for p in spoke.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    # ("told reporters in Abuja", parsed with the place on the hearers)
    places += [o for d in spoke.children if d.dep_ == "dobj" for p in d.children if p.dep_ == "prep" and p.lower_ == "in"
               for o in p.children if o.dep_ == "pobj"]
    return next((k for o in places if o.text in a.gaz.capitals and (k := a.at(o)) and a.cls(k) == "State"), None)


def told_organ(a: DocActors, r: Resolver, title: list[Token], heads: frozenset[str]) -> str | None:
    """The state whose organ a title's bare organ word is, as the story last named one with the
    same word ("Israel's Foreign Ministry welcomed … ministry spokesman Mark Regev said": Israel)."""
    for t in title:
        if t.lemma_.lower() not in heads or any(c.dep_ in ("poss", "compound", "amod", "nmod") and (a.at(c) or a.demonym(c))
                                                 for c in t.children):
            continue
        states = [x.key for x in r._same_noun_before(t, 0, window=r.sent_of[t.i]) if a.cls(x.key) == "State"]
        if states:
            return states[0]
    return None


def find_affiliations(a: DocActors, r: Resolver, lex: Lexicon) -> list[Affiliation]:
    titles = lex.words("titles", "words")
    gov_titles = lex.words("titles", "government_titles")
    not_aff = lex.words("titles", "not_affiliation")
    offices_of: dict[str, str] = lex.raw["titles"]["offices_of"]
    member_nouns = lex.words("actor_nouns", "member_nouns")
    body_heads = lex.words("state_organs", "body_heads")
    told_heads = lex.words("state_organs", "told_heads")
    speech = lex.words("speech_verbs")
    # ("warned that X would pay", "… that X could face sanctions")
    warning, suffering = lex.words("threats", "coercive_warnings"), lex.words("threats", "consequence_verbs")
    governments = frozenset(k for k, v in lex.raw["descriptions"].items() if v == ["State"])  # ("the authorities")
    obliged = lex.words("status", "obligation_modals")
    tokens = a.tokens
    out: dict[tuple[str, str], Affiliation] = {}

    def plural_title(t: Token) -> bool:
        """A title in the plural, shared by the names after it ("Foreign Ministers X of … and Y of …")."""
        return t.tag_ in ("NNS", "NNPS") and t.lower_.endswith("s") and t.lower_[:-1] in titles

    def orgs_in(words: list[Token]) -> list[str]:
        keys = []
        for t in words:
            key = a.at(t) or a.demonym(t)
            if key is None and t.dep_ == "poss":
                key = next((x.key for x in r.np(t)), None)
            if key is None and t.pos_ == "PROPN" and t.is_title and t.lower_ in body_heads:
                # "Commission First Vice-President Frans Timmermans": the body named before with that
                # word in its name ("the European Commission"), as for "the commission"
                key = next((x.key for x in r._named_like(t, ("Organization", "Court"))), None)
            if key and a.cls(key) != "Person":
                keys.append(key)
        return keys

    def of_bodies(t: Token) -> list[str]:
        """The states, courts and bodies `t`'s of-phrase names ("the prosecutor of the ICC")."""
        return [x.key for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                for x in r.np(next((c for c in p.children if c.dep_ == "pobj"), None)) if a.cls(x.key) != "Person"]

    def respective(head: Token) -> str | None:
        """"The foreign ministers of Congo and Rwanda, Therese Wagner and Olivier Nduhungirehe":
        names listed after a plural title of as many listed states or bodies are theirs in order
        (however the parser hung the names: as the title's apposition or conjunct, or the last
        state's conjunct)."""
        def person(t: Token) -> bool:
            return (k := a.at(t)) is not None and a.cls(k) == "Person"

        first = head
        while first.dep_ == "conj" and first.head.i < first.i and person(first.head):
            first = first.head
        start = min([first.i] + [c.i for c in first.children if c.dep_ == "compound" and c.i < first.i])
        if start < 2 or tokens[start - 1].text != ",":
            return None
        title = next((t for t in reversed(tokens[max(0, start - 16):start - 1]) if plural_title(t)), None)
        if title is None:
            return None
        names = sorted([first, *(c for c in first.conjuncts if c.i > first.i and person(c))], key=lambda t: t.i)
        bodies = [o for p in title.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                  if c.dep_ == "pobj" for o in sorted([c, *c.conjuncts], key=lambda t: t.i) if o.i < start - 1]
        if not bodies or bodies[-1].right_edge.i != start - 2:
            return None  # (the of-phrase must run up to the comma)
        keys = [next((x.key for x in r.np(o) if a.cls(x.key) != "Person"), None) for o in bodies]
        if len(names) < 2 or len(keys) != len(names) or None in keys or head not in names:
            return None
        return keys[names.index(head)]

    for m in a.mentions:
        if a.cls(m.key) != "Person":
            continue
        head = tokens[m.end - 1]
        while head.head.i in range(m.start, m.end) and head.head.i != head.i:
            head = head.head
        if (own := respective(head)) is not None:
            out.setdefault((m.key, own), Affiliation(m.key, own, None, sentence_span(a.sents[a.sent_of[head.i]], a.text)))
            continue
        orgs: list[str] = []
        left = [t for t in head.subtree if t.i < m.start and t.i >= m.start - 8]
        has_title = any(t.lower_ in titles for t in left) and not any(t.lower_ in not_aff for t in left)
        if not has_title:
            # "Presidents Yoweri Museveni of Uganda and Joseph Kabila of …": a plural title just
            # before the first name is each one's (whatever the parser hung it on)
            first = head
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            start = min([first.i] + [c.i for c in first.children if c.dep_ == "compound" and c.i < first.i])
            has_title = any(plural_title(t) for t in tokens[max(0, start - 1):first.i])
        if has_title:
            orgs += orgs_in(left)
        # Appositions either way round: "Karim Khan, the ICC prosecutor" / "the prosecutor, Karim Khan".
        others = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
        # ("the High Commissioner for Human Rights, X", parsed with X set off from the title's complement)
        complement = head.head
        if head.dep_ == "appos" and complement.dep_ == "pobj" and complement.head.dep_ == "prep" \
                and complement.head.head.lower_ in titles:
            others.append(complement.head.head)
        title_texts = [" ".join(t.lower_ for t in words) for words in [left, *(list(o.subtree) for o in others)]]
        office = next((k for text in title_texts for phrase, k in offices_of.items() if phrase in text), None)
        for o in others:
            if a.at(o) and office is None or o.lemma_.lower() in not_aff:
                continue
            if o.lower_ in titles or o.lemma_.lower() in member_nouns or o.lemma_.lower() in titles:
                has_title = True
                orgs += orgs_in([t for t in o.subtree if t.i < o.i and t.dep_ != "det"]) + of_bodies(o)
        # Listed members of a group: "two senior Israeli officials (Benjamin Netanyahu and ...)".
        g = head
        for _ in range(5):
            if g.dep_ == "appos" or g.head.i == g.i:
                break
            g = g.head
        if g.dep_ == "appos" and g.head.lemma_.lower() in member_nouns:
            orgs += [x.key for x in r.np(g.head) if a.cls(x.key) != "Person"] or \
                orgs_in([c for c in g.head.children if c.dep_ in ("compound", "amod", "nmod", "poss")])
            has_title = True
        if has_title and not orgs:
            orgs += of_bodies(head)  # "President Paul Biya of the Republic of Cameroon": the title's body after the name
        if has_title and not orgs and any(t.lower_ in gov_titles for t in left):
            known = a.gaz.entries.get(m.key)
            fallback = [k for k in (known.affiliations if known else ()) if k in a.gaz.entries]
            if not fallback:
                objects = acted_on(a, head, warning, suffering, governments, obliged)
                placed = told_organ(a, r, left, told_heads) or spoken_place(a, head, speech)
                k = placed or nearest_state(a, head, objects, speech) or next((x.key for x in r.dateline_home(head)), None) \
                    or a.dominant_state()
                fallback = [k] if k and (k == placed or k not in objects | others_titles(a, head)) else []
            for k in fallback:
                e = a.gaz.entries[k]
                a._register(k, e.type, e.label, e.wikidata)
            orgs += fallback
        if office is not None and orgs and office in a.gaz.entries:
            # "the UN High Commissioner for Human Rights, Volker Turk": the UN's office he heads
            e = a.gaz.entries[office]
            a._register(office, e.type, e.label, e.wikidata)
            orgs = [office] + [k for k in orgs if a.cls(k) != "Organization"]
        for org in dict.fromkeys(orgs):
            if org != m.key and (m.key, org) not in out:
                title = " ".join(t.text for t in left if t.lower_ in titles) or None
                out[(m.key, org)] = Affiliation(m.key, org, title, sentence_span(a.sents[a.sent_of[head.i]], a.text))
    for person, org, title, begin, end in a.signers:
        out.setdefault((person, org), Affiliation(person, org, title, Span(begin, end, a.text[begin:end])))
    return list(out.values())
