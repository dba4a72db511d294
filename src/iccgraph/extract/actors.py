"""Actors: find the names in a parsed document and map each to one canonical actor.

Names come from the gazetteer (states with their short forms, capitals and seats of
government, courts, international bodies, well-known people) and from spaCy's NER
(people and organizations it finds that the gazetteer does not know). Within a document,
"Trump" joins "Donald Trump"; across documents, one key per actor (the gazetteer id, or the
slug of the fullest name) makes one node.

`Resolver` maps a noun phrase to the actors it stands for: names, coordinations, listed
members of groups, "the Japanese government", "ICC officials", pronouns and definite
descriptions ("it", "the court", "the country"), letter authors ("we") and addressees.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..dates import FULL_DATE_RE
from ..model import Actor
from ..nlp import tokenizer_for
from .language import Gazetteer, Lexicon, lexicon

CLASS_PRIORITY = {"Person": 0, "Court": 1, "Organization": 2, "State": 3}
_HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "sen.", "rep.", "gen.", "judge", "justice", "sheikh", "lord", "dame",
               "sir", "madame", "mme", "mme.", "monsieur", "m.", "señor", "senor", "señora", "senora", "herr", "frau",
               "rt", "rt.", "hon", "hon.", "h.e.",  # ("To: Rt Hon. X", "H.E. X": letters' forms of address)
               "dato", "dato'", "datuk", "seri"}  # (Malaysia's: "Dato' Seri Abdullah Ahmad Badawi")
# (the forms of address among them, which no body's name opens with: "H.E. X", "Rt Hon X", "Dr X")
_ADDRESS_FORMS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "rt", "rt.", "hon", "hon.", "h.e."}


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _phrase_head(t: Token) -> Token:
    """The head of the noun phrase whose compound `t` is ("Sam" in "Sam Ouandja")."""
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    return t


# Small words inside bodies' names in other languages ("Colectivo Verdad y Justicia")
_NAME_LINKS = "y|e|de|del|la|las|los|et|des|du|pour|für|und|van|voor"
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")  # a quotation: its "we" is the speaker's, not the statement's


_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]+(?:['’][a-z]+)+")  # "Matiang'i", which str.istitle() refuses
_LIST_MARK = re.compile(r"\s*(?:\d{1,3}[.)]|[-•*–])\s*")
# a signature line that ends on the date it was signed ("Bangkok, 24 April 2023")
DATED_LINE = re.compile(rf",\s*(?:{FULL_DATE_RE.pattern})\s*$", re.I)


def _initialisms(name: str) -> set[str]:
    """The acronyms a name of two or more words may be shortened to: 'Rapid Support Forces' ->
    RSF; 'Economic Community of West African States' -> ECOWAS (small words in or out)."""
    words = re.findall(r"[^\W\d_]+", name)
    if len(words) < 2:
        return set()
    out = {"".join(w[0] for w in words).upper(),
           "".join(w[0] for w in words if w[0].isupper()),
           "".join(w[0] for w in words if w.lower() not in ("the", "and")).upper()}
    return {a for a in out if len(a) >= 2}


@dataclass(frozen=True)
class Mention:
    start: int          # token index
    end: int            # exclusive
    key: str
    source: str         # gazetteer | ner | surname | author


@dataclass(frozen=True)
class Ref:
    key: str
    how: str            # name | member | modifier | pronoun | description | author | addressee | action | envoy
    token: int          # the token the reference was read from


def _body_class(name: str) -> str:
    """A body the gazetteer does not know is a court if its name says so."""
    return "Court" if re.search(r"\b(courts?|tribunals?|chambers?)\b", name, re.I) else "Organization"


def _all_names(span: Span, hyphens: bool = False) -> bool:
    """A run of capitalised proper names (with hyphens: 'Patrice-Edouard Ngaissona')."""
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() or hyphens and t.text == "-" for t in span)


def _paragraphs(tokens: list[Token], breaks: int = 2) -> list[int]:
    """The paragraph of each token (a blank line starts the next; with `breaks=1`, any line
    break: the line of each token)."""
    para, out = 0, []
    for t in tokens:
        if t.is_space and t.text.count("\n") >= breaks:
            para += 1
        out.append(para)
    return out


def along_with(h: Token) -> list[Token]:
    """The objects of an 'along with' or 'together with' hung on `h` (or, the adverb hung on the
    "with", on a date phrase of `h`: "detained X on April 3 together with Y")."""
    withs = [w for p in h.children if p.dep_ in ("prep", "advmod") and p.lower_ in ("along", "together")
             for w in p.children if w.dep_ == "prep" and w.lower_ == "with"]
    withs += [w for p in h.children if p.dep_ == "prep" for x in (p, *(o for o in p.children if o.dep_ == "pobj"))
              for w in x.children if w.dep_ == "prep" and w.lower_ == "with"
              and any(c.dep_ == "advmod" and c.lower_ in ("along", "together") for c in w.children)]
    withs += [w for w in h.children if w.dep_ == "prep" and w.lower_ == "with"
              and any(c.dep_ == "advmod" and c.lower_ in ("along", "together") for c in w.children)]
    return [o for w in withs for o in w.children if o.dep_ == "pobj"]


def _taken(persons: list[tuple[int, int, str]], candidates: list[tuple[int, int, int, str, str]]) -> set[int]:
    """The tokens already in a person's name or another name's candidate span."""
    return {i for start, end, _ in persons for i in range(start, end)} | {i for c in candidates for i in range(c[1], c[2])}


NOT_AN_ACTOR = "-not-an-actor-"


_MATCHERS: dict[tuple[int, int], tuple[PhraseMatcher, PhraseMatcher]] = {}


def _matcher(vocab, gaz: Gazetteer) -> tuple[PhraseMatcher, PhraseMatcher]:
    """One phrase matcher per (vocabulary, gazetteer), built on first use."""
    cache_key = (id(vocab), id(gaz))
    if cache_key in _MATCHERS:
        return _MATCHERS[cache_key]
    tokenizer = tokenizer_for(vocab)  # (names split as the texts were)
    matcher = PhraseMatcher(vocab, attr="ORTH")
    # Some papers write bodies in lower case ("the international court of justice", "a UN
    # general assembly resolution", "the European parliament"): names of two words or more also
    # match so.
    lowered = PhraseMatcher(vocab, attr="LOWER")
    by_key: dict[str, list] = {}
    titled = lexicon().raw["titled_acronyms"]
    for e in gaz.entries.values():
        for n in e.names:
            by_key.setdefault(e.id, []).append(tokenizer(n))
            # "Igad", "Ecowas": an acronym some papers write as a word
            if e.type in ("Organization", "Court") and n.isalpha() and n.isupper() and len(n) >= titled["min_length"] \
                    and n not in titled["except"]:
                by_key[e.id].append(tokenizer(n.capitalize()))
    for key, docs in by_key.items():
        matcher.add(key, docs)
        long_names = [d for d in docs if len(d) >= 2 and not any(t.is_punct for t in d)]
        if long_names:
            lowered.add(key, long_names)
    matcher.add(NOT_AN_ACTOR, [tokenizer(n) for n in lexicon().words("non_actor_names", "names")])
    _MATCHERS[cache_key] = (matcher, lowered)
    return _MATCHERS[cache_key]


class DocActors:
    """The actors of one document and the token spans that name them."""

    def __init__(self, sdoc: Doc, gaz: Gazetteer, lex: Lexicon, place: tuple[str, ...] = (), text: str | None = None,
                 date: str | None = None, body: str | None = None):
        self.sdoc, self.gaz, self.lex = sdoc, gaz, lex
        self._dated_body = body  # the body a release names with its date before "We" (its own words, not parsed)
        self._org_ents: list[tuple[int, int]] | None = None  # (the NER's ORG spans, read once when needed)
        self.date = date  # the document's date, which says whose capital a city then was
        # the state a wire story was filed from ("BERLIN (dpa) -", "DENPASAR, Indonesia, Nov 8
        # (AFP) -"), if its dateline names one
        # (its last part first, which says where the city is: "ALEXANDRIA, Virginia (Reuters)")
        homes = [k for p in reversed(place) if (k := gaz.by_name.get(p) or gaz.cities.get(p)) and gaz.entries[k].type == "State"]
        self.dateline_state = homes[0] if homes else None
        self.filed = bool(place)  # (a story under a wire dateline is one story, not a list of leads)
        self.text = sdoc.text if text is None else text  # Doc.text is rebuilt on every access: read it once
        # spaCy makes a new Token object on every index or pass over the Doc: the extraction
        # reads words by position many times over, so they are made once, here
        self.tokens: list[Token] = list(sdoc)
        self.sents = list(sdoc.sents)
        self.sent_of = [0] * len(sdoc)
        for i, sent in enumerate(self.sents):
            for k in range(sent.start, sent.end):
                self.sent_of[k] = i
        self.paragraph_of = _paragraphs(self.tokens)
        self._lead_unit = self.paragraph_of  # (what a list of leads is told by: see lead_list)
        self.actors: dict[str, Actor] = {}
        self.tok: list[Mention | None] = [None] * len(sdoc)
        self.mentions: list[Mention] = []
        self.stated: dict[str, list[str]] = {}  # person -> bodies the text says they serve (set by the reader)
        self._titles = lex.words("titles", "words") | _HONORIFICS | lex.words("pronouns", "address_nouns")
        self._ranks, self._rank_names = lex.words("titles", "ranks"), lex.words("titles", "rank_names")
        self._office_titles = lex.words("titles", "office_titles")
        self._rank_name_cues = lex.words("titles", "rank_name_cues")
        self._mandate_words = lex.words("titles", "mandate_words")
        self._currencies = lex.words("currency_nouns", "words")
        self._regnal = lex.words("titles", "regnal")
        self._office_holders = lex.words("titles", "office_holders")
        self._person_nouns = lex.words("titles", "person_nouns")
        self._person_phrases = lex.words("titles", "person_phrases")
        self._body_heads = lex.words("unnamed_bodies", "heads")
        self._of_place_heads = lex.words("place_prepositions", "of_heads")
        self._place_preps = lex.words("place_prepositions", "any_head") | lex.words("place_prepositions", "after_verb")
        self._name_heads = lex.words("unnamed_bodies", "name_heads")
        self._org_heads = frozenset(lex.raw["author_markers"].get("org_heads", []))
        self._name_breaking_preps = lex.words("non_name_words", "breaking_prepositions")
        self._group_heads = lex.words("unnamed_bodies", "group_heads")
        self._party_heads = lex.words("unnamed_bodies", "party_heads")
        self._company_heads = lex.words("company_heads", "words")
        self._company_leads = lex.words("company_heads", "first_words")
        self._headline_verbs = lex.words("titles", "headline_verbs")
        self._sentence_openers = lex.words("titles", "sentence_openers")
        self._postpositive = lex.words("titles", "postpositive")
        self._post_nominals = lex.words("titles", "post_nominals")
        self._suffixes = lex.words("name_suffixes", "words")
        self._patronymic = lex.words("name_suffixes", "patronymic_particles")
        self._surname_particles = lex.words("name_suffixes", "surname_particles")
        self._place_nouns = lex.words("unnamed_bodies", "place_nouns")
        self._name_articles = lex.words("name_suffixes", "articles")
        self._family_first = lex.words("name_suffixes", "family_first")
        self._org_trailing, self._not_org_words = lex.words("org_trailing_words"), lex.words("not_actor_org_words")
        self._description_words = frozenset(k for k in lex.raw["descriptions"] if not k.startswith("_"))
        self._shared_names = lex.words("state_organs", "shared_names")
        # nouns an apposition uses to describe a body: "X, an investigative group"
        self._described_kinds = lex.words("appositive_bodies", "nouns")
        self._facilities = lex.words("facility_names", "heads")
        self._craft = lex.words("facility_names", "craft_before")
        self._media_nouns = lex.words("media_nouns", "words")
        self._missed_heads = lex.words("appositive_bodies", "missed_heads")
        self._lowercase_heads = lex.words("appositive_bodies", "lowercase_heads")
        self._named_kinds = lex.words("appositive_bodies", "named_kinds")
        self._described_tribunals = lex.raw["unnamed_bodies"]["described_tribunals"]
        # ("The Board of the X Network", "The members of X": the body, named after its organ or people)
        organs = "|".join(re.escape(w) for w in lex.raw["author_markers"]["organ_prefixes"])
        self._organ_prefix = re.compile(r"(?i:the\s+)?(?i:" + organs + r")\s+of\s+(?i:the\s+)?([A-Z].*?)\s*")
        self._international_seats = lex.words("world_cities", "international_seats")
        self._city_preps = lex.words("place_prepositions", "any_head") | lex.words("place_prepositions", "after_verb")
        # words that make a capitalised run a title or a body's name, not a person's name
        self._generic = self._titles | lex.words("actor_nouns", "nouns") | set(lex.raw["descriptions"]) \
            | self._name_heads | self._body_heads | self._described_kinds | self._org_trailing | self._not_org_words \
            | lex.words("non_name_words")
        # words that alone do not make a name an organization's ("the Foreign Ministry")
        self._actor_words = self._titles | lex.words("actor_nouns", "nouns") | frozenset(lex.raw["descriptions"])
        self._org_generic = self._actor_words | {"foreign", "ministry", "office", "department", "of", "the", "and", "'s", "’s"}
        self._person_acts = lex.words("acted_on_names", "verbs")
        self._untagged_person_acts = self._person_acts | lex.words("acted_on_names", "untagged_only_verbs")
        self._small_clause_acts = lex.words("acted_on_names", "small_clause_verbs")
        self._misread_name_labels = lex.words("acted_on_names", "misread_labels")
        self._quote_marks = lex.words("pronouns", "quote_marks")
        self._not_actor_names = lex.words("non_actor_names", "names")
        self._period_words = lex.words("non_actor_names", "period_words")
        self._treaty_nouns = lex.words("non_actor_names", "treaty_nouns")
        self._platforms, self._platform_preps = lex.words("platforms", "names"), lex.words("platforms", "preps")
        self._state_words = frozenset(w for w, kinds in lex.raw["descriptions"].items() if list(kinds) == ["State"])
        self._state_name_words = lex.words("state_organs", "state_name_words")
        self._bodies_of_a_state = lex.words("state_organs", "bodies_of_a_state")
        self._holding_verbs = lex.words("acted_on_names", "holdings", "verbs")
        self._holding_nouns = lex.words("acted_on_names", "holdings", "nouns")
        self._wanted_nouns = lex.words("acted_on_names", "wanted", "nouns")
        self._wanted_preps = lex.words("acted_on_names", "wanted", "preps")
        self._patient_nouns = lex.words("patient_nouns", "nouns")
        self._relatives = lex.words("actor_nouns", "relatives")
        self._unnamed_people = lex.words("actor_nouns", "unnamed_people")
        self._lone_names: dict[str, set[str]] = {}  # key -> last words of shorter names that joined its full name
        self._word_positions: dict[str, list[int]] | None = None
        self._lemma_positions: dict[str, list[int]] | None = None
        self._find()
        # (person, body, title, first offset, last offset): "Teresa Huaman Soto" over "Executive
        # Secretary, Andean Commission …" in a letter's signature
        self.signers: list[tuple[str, str, str, int, int]] = []
        self.authors: list[str] = self._authors()
        self.addressees: list[str] = self._addressees()

    # --- finding names ---------------------------------------------------------------------
    def _find(self) -> None:
        sdoc, tokens, gaz = self.sdoc, self.tokens, self.gaz
        candidates: list[tuple[int, int, int, str, str]] = []  # (priority, start, end, key, source)
        matcher, lowered = _matcher(sdoc.vocab, gaz)
        blocked: set[int] = set()
        matches = matcher(sdoc)
        exact = {(start, end) for _, start, end in matches}
        # (a name of two words only with its first word capitalised: "the European parliament",
        # not "a constitutional court")
        # (nor after a demonym, a state's own body of that kind: "a Pakistani joint investigation team")
        matches += [m for m in lowered(sdoc) if (m[1], m[2]) not in exact and any(t.is_lower for t in tokens[m[1]:m[2]])
                    and (m[2] - m[1] >= 3 or tokens[m[1]].is_title or tokens[m[1]].is_upper)
                    and not (m[1] and tokens[m[1]].is_lower and tokens[m[1] - 1].text in gaz.demonyms)
                    # (nor inside a longer demonym: "a South African court" is no African Court)
                    and not (m[1] and f"{tokens[m[1] - 1].text} {tokens[m[1]].text}" in gaz.demonyms)]
        named = [(start, end) for match_id, start, end in matches if sdoc.vocab.strings[match_id] != NOT_AN_ACTOR]
        # "ten million U.S. dollars": money, not the United States
        blocked.update(t.i for t in tokens if t.ent_type_ == "MONEY" or t.dep_ in ("compound", "amod", "nmod")
                       and t.head.lemma_.lower() in self._currencies)
        # "Franco-era officials", "Soviet-style courts": a time or a manner, not the actor (nor
        # the surname of one named in full elsewhere)
        # (looked up by the hyphen in the word index, not by walking every token)
        periods: set[int] = set()
        for i in self._positions().get("-", ()):
            if 0 < i < len(sdoc) - 1 and not tokens[i - 1].whitespace_ and tokens[i + 1].lower_ in self._period_words:
                start = i - 1  # (the whole name hyphened: "Saddam Hussein-era")
                while start > 0 and i - 1 - start < 3 and tokens[start - 1].pos_ == "PROPN":
                    start -= 1
                periods.update(range(start, i))
        blocked |= periods
        # "signed the Falepili Union treaty", "the Pukpuk mutual defence treaty": a name the NER took
        # for a body or a person (and the gazetteer does not know), between "the" and a treaty's noun
        # (after at most two lower-case words), is the treaty's, no party's
        spans = set(named)
        for ent in sdoc.ents:
            if ent.label_ in ("ORG", "PERSON") and ent.start > 0 and tokens[ent.start - 1].lower_ == "the" \
                    and any(tokens[j].lower_ in self._treaty_nouns and all(t.is_lower and t.is_alpha for t in tokens[ent.end:j + 1])
                            for j in range(ent.end, min(ent.end + 3, len(sdoc)))) \
                    and not any(s < ent.end and ent.start < e for s, e in spans):
                blocked.update(range(ent.start, ent.end))
        # "at John F. Kennedy airport", "Jomo Kenyatta International Airport": a person's name a place
        # bears (as the NER tagged it, a person's or the facility's) is no known person
        facility_names = {t.i for e in sdoc.ents if e.label_ == "PERSON" and self._names_a_facility(e.end)
                          or e.label_ == "FAC" and e[-1].lower_ in self._facilities for t in e}
        for match_id, start, end in matches:
            # (a place that is no actor, unless inside a longer name that is: "the Kurdistan Regional Government")
            if sdoc.vocab.strings[match_id] == NOT_AN_ACTOR and not any(
                    s <= start and end <= e and e - s > end - start for s, e in named):
                blocked.update(range(start, end))
        states: dict[str, dict[int, tuple[int, str]]] = {"start": {}, "end": {}}  # where a state's name starts or ends
        full: dict[str, str] = {}  # a person's fullest name in this document -> key
        for match_id, start, end in matches:
            key = sdoc.vocab.strings[match_id]
            if key == NOT_AN_ACTOR or blocked.intersection(range(start, end)) or self._another_states_body(start, end, key) \
                    or self._longer_unknown_name(start, end, key, matches) or self._opens_a_longer_city(start, end, key) \
                    or self._office_goes_on(end, key):
                continue
            etype = gaz.entries[key].type
            if etype == "Person" and facility_names.intersection(range(start, end)):
                continue
            # A full gazetteer name beats everything; a lone surname ("Duterte") must not
            # split a longer name the NER found ("Sara Duterte").
            prio = (0 if end - start > 1 else 1) if etype == "Person" else 2
            candidates.append((prio, start, end, key, "gazetteer"))
            if etype == "State":
                states["start"][start] = (end, key)
                states["end"][end - 1] = (start, key)
            elif etype == "Person" and end - start > 1:
                full.setdefault(sdoc[start:end].text, key)
        names = gaz.by_name
        persons: list[tuple[int, int, str]] = []
        orgs: list[Span] = []
        facilities: set[int] = set()  # where a name the NER took for a building or a place starts
        # A one-word name the NER tags a body at least as often as a person, and no full name
        # ends with, is a body ("Ryanair", tagged a person in half its places)
        labels = Counter((e.text, e.label_) for e in sdoc.ents if len(e) == 1)
        full_name_ends = {e[-1].text for e in sdoc.ents if e.label_ == "PERSON" and len(e) > 1}
        # ("met Kasit and his Cambodian counterpart", "Kasit" tagged a place after "Kasit Piromya"):
        # a lone word the NER took for a place or body, that is one of a full name's words here, is that person
        name_words = Counter(w for n in {e.text for e in sdoc.ents if e.label_ == "PERSON" and len(e) > 1}
                             for w in set(n.split()))
        # ('Jean-Claude "Baby Doc" Duvalier', tagged in two pieces around the nickname: one person)
        nicknamed = self._nicknamed_people()
        persons += nicknamed
        in_nicknamed = {i for start, end, _ in nicknamed for i in range(start, end)}
        # ("the campaign group Global Witness … said Global Witness campaigner X": a name a press noun
        # or a body's kind introduces is that paper or body wherever the NER takes it for a person)
        kind_named = {e.text for e in sdoc.ents if e.label_ == "PERSON" and self._after_kind_noun(e)} | self._before_kind_noun()
        for ent in self._joined_names(sdoc.ents):
            if in_nicknamed.intersection(range(ent.start, ent.end)):
                continue
            if blocked.intersection(range(ent.start, ent.end)) and not any(
                    t.i not in blocked and (t.lower_ in self._name_heads or t.lower_ in self._body_heads
                                            or t.lower_ in self._org_heads) for t in ent) \
                    and not self._named_after_a_place(ent, blocked):
                # (but a body named after one is an actor: "the Central American Court of Justice",
                # "the Patriotic Union of Kurdistan")
                continue  # "the Rohingya", "Latin America": named, but not an actor
            label = ent.label_
            if ent.text in self._platforms and ent.start > 0 and tokens[ent.start - 1].lower_ in self._platform_preps:
                continue  # "said on Twitter": where one speaks, not who
            if label == "PERSON" and len(ent) == 1 and ent[0].tag_ == "NNPS" and ent.text not in names \
                    and ent.text not in full_name_ends:
                continue  # "thousands of Muslims and Croats": a people, no person
            if label in ("ORG", "PERSON") and ent.text in gaz.cities and (
                    ent.root.dep_ == "pobj" and ent.root.head.lower_ in self._city_preps
                    or ent.root.dep_ in ("compound", "nmod") and ent.root.head.pos_ == "NOUN" and ent.root.head.is_lower
                    or len(ent) == 1 and ent.start > 0 and tokens[ent.start - 1].lower_ == "the"
                    and ent.end < len(tokens) and tokens[ent.end].is_lower and tokens[ent.end].is_alpha):
                # "police in Lyon", "the Almaty regional court", "the Guayaquil daily El Universo" (a
                # modifier however parsed): the city, whatever else the NER took it for
                continue
            if label == "PERSON" and len(ent) == 1 and ent.text not in full_name_ends and ent.text not in names \
                    and labels[ent.text, "ORG"] >= labels[ent.text, "PERSON"]:
                label = "ORG"
            if label in ("GPE", "ORG", "NORP") and len(ent) == 1 and name_words[ent.text] == 1 and ent.text not in names \
                    and ent.text not in gaz.cities and ent.text not in gaz.demonyms and ent.text.isalpha():
                label = "PERSON"
            if label == "ORG" and self._listed_among_people(ent, names):
                label = "PERSON"
            if label == "PERSON" and ent.text in kind_named:
                label = "ORG"  # "the newspapers Realny Azerbaijan and Gundelik Azerbaijan", "the group Global Witness"
            if label == "NORP" and (self._titled_name(ent, names) or self._unknown_people_name(ent, names)):
                label = "PERSON"  # "its first vice-president, Frans Timmermans", tagged a nationality
            if label in ("ORG", "PERSON") and (bare := self._without_nickname(ent)) is not None:
                persons.append(bare)  # 'Joaquin "El Chapo" Guzman', tagged a body or not: Joaquin Guzman
                continue
            if label == "PERSON":
                span = self._strip(ent, titles=True)
                commas = [t.i for t in span if t.text == ","] if span is not None else []
                if commas:  # "the Basij, Gholamreza Soleimani": a name holds no comma; the name is after it
                    span = self._strip(sdoc[commas[-1] + 1:span.end], titles=True)
                if span is not None:
                    # "a senior Indian diplomat, Pavan Kumar Rai", tagged "Kumar Rai": the capitalised
                    # name just before, untagged and no title, is the rest of it
                    start = span.start
                    while start > 0 and tokens[start - 1].pos_ == "PROPN" and tokens[start - 1].is_title \
                            and not tokens[start - 1].ent_type_ and tokens[start - 1].lower_ not in self._generic \
                            and not self._rank(start - 1) and tokens[start - 1].lower_ not in self._mandate_words \
                            and tokens[start - 1].text not in gaz.demonyms and tokens[start - 1].text not in names \
                            and not self._title_word(tokens[start - 1]) \
                            and not tokens[start - 1].is_sent_start and span.end - start < 4:
                        start -= 1
                    if start > 0 and tokens[start - 1].text == "-" and not tokens[start - 1].whitespace_:
                        start = span.start  # (half a hyphenated name, "Jan-Christian": leave it as tagged)
                    # "U.N. investigator Paulo Sergio Pinheiro", tagged "Paulo Sergio": the untagged
                    # capitalised word the name hangs on, right after it, ends it (with one between
                    # that hangs on it too: "Cheikh [Tidiane Gadio]"; or one with an apostrophe, "Fred [Matiang'i]")
                    end = span.end
                    while end < len(sdoc) and tokens[end - 1].dep_ == "compound" and end <= tokens[end - 1].head.i <= end + 1 \
                            and tokens[end].pos_ == "PROPN" and (tokens[end].is_title or _APOSTROPHE_NAME.fullmatch(tokens[end].text)) \
                            and not tokens[end].ent_type_ \
                            and tokens[end].lower_ not in self._generic and tokens[end].text not in gaz.demonyms \
                            and tokens[end].text not in names and end - start < 4:
                        end += 1
                    # ("Claudia [Paz] y Paz", "José Ortega y Gasset": a Spanish name's two surnames
                    # joined by "y", the NER stopping at the first; "[Jose Filomeno] dos Santos": a
                    # surname's particle, the NER stopping before it)
                    if end + 1 < len(sdoc) and (tokens[end].text == "y" or tokens[end].text in self._surname_particles) \
                            and tokens[end + 1].is_title and tokens[end + 1].pos_ == "PROPN":
                        end += 2
                    span = sdoc[start:end]
                    if len(span) > 1 and span[-1].is_lower and span[-1].pos_ == "NOUN":
                        continue  # ("Tamil diaspora groups", tagged a person: a people's name and a common noun)
                    if span[-1].text in gaz.demonyms and span.end < len(sdoc) and tokens[span.end].pos_ == "NOUN" \
                            and tokens[span.end].is_lower:
                        continue  # ("Veteran Ugandan opposition leader X", "Veteran Ugandan" tagged a person; not "Duong Van Thai")
                    if span.start > 0 and tokens[span.start - 1].lower_ in self._craft:
                        continue  # ("the freighter Chong Chon Gang": a ship's name)
                    if len(span) == 1 and span.text not in names and span.text not in full_name_ends and span.end < len(sdoc) \
                            and tokens[span.end].is_lower and span[0].dep_ in ("compound", "amod") and span[0].head.i == span.end \
                            and (tokens[span.end].tag_ == "NNS" or span.start > 0 and tokens[span.start - 1].lower_ == "the"):
                        # ("undeclared Rolex watches", "the Gospic case": a name no one here bears in full,
                        # modifying a plural thing or "the" thing, is a brand's or a place's)
                        continue
                    # "King Salman", "Pope Francis": a one-word name is known by its title with it
                    before = tokens[span.start - 1] if span.start > 0 else None
                    regnal = len(span) == 1 and before is not None and before.text[:1].isupper() \
                        and before.lower_ in self._regnal
                    persons.append((span.start, span.end, f"{before.text} {span.text}" if regnal else span.text))
            elif label in ("ORG", "FAC") or (label in ("GPE", "LOC") and re.search(r"\b(Court|Tribunal)\b", ent.text)):
                span = self._strip(ent)
                if span is not None and span.end < ent.end and tokens[span.end].tag_ in ("VBD", "VBZ", "VBP"):
                    # "[the Specialist Prosecutor accused Hashim Thaci]": a name after the verb too
                    rest = sdoc[span.end + 1:ent.end]
                    if 2 <= len(rest) <= 4 and _all_names(rest):
                        persons.append((rest.start, rest.end, rest.text))
                comma = next((t.i for t in span if t.text == ","), None) if span is not None else None
                if comma is not None:
                    # "the Basij, Gholamreza Soleimani": a body and, after the comma, a person's name
                    rest = sdoc[comma + 1:span.end]
                    if 2 <= len(rest) <= 4 and _all_names(rest):
                        persons.append((rest.start, rest.end, rest.text))
                    span = self._strip(sdoc[span.start:comma])
                if span is not None and span.end + 2 < len(sdoc) and tokens[span.end].lower_ == "and" \
                        and any(t.lower_ in ("for", "of", "on") for t in span):
                    # "the Korean Council for Justice [and Remembrance]": a name's complement the
                    # NER cut at its "and", when title-case words no one tagged end it
                    end = span.end + 1
                    while end < len(sdoc) and tokens[end].is_title and not tokens[end].ent_type_ and end - span.end <= 2 \
                            and tokens[end].pos_ in ("PROPN", "NOUN"):
                        end += 1
                    if end > span.end + 1 and (end == len(sdoc) or not tokens[end].is_title):
                        span = sdoc[span.start:end]
                if span is not None:
                    span = self._listed_name_start(span)
                if span is not None and self._post_with_holder(span):
                    continue  # "the UN Special Rapporteur on Afghanistan, Richard Bennett": the holder acts
                if span is not None and span.text not in names:
                    orgs.append(span)
                    if label == "FAC":
                        facilities.add(span.start)
        untagged = self._untagged_bodies(names)
        described = self._described_orgs(names)
        orgs += described + untagged + self._states_bodies_taken_for_places(names)
        persons += self._listed_people(persons, names)
        titled = self._titled_names(persons, names, candidates)
        persons += titled
        # ("Kars Mayor Ayhan Bilgen", "Major General Erhard Bühler", all one organization to the NER:
        # the name after the title or the rank is a person's)
        orgs = [o for o in orgs if not any(o.start < start and end <= o.end and (
            tokens[start - 1].lower_ in self._office_titles or all(self._rank(i) for i in range(o.start, start)))
            for start, end, _ in titled)]
        persons += self._acted_on_names(persons, names, candidates)
        persons += self._aged_names(persons, names, candidates)
        persons += self._titled_appositions(persons, names, candidates)
        persons += self._related_names(persons, names, candidates)
        persons += self._hyphened_given_names(persons, candidates)
        # "Representatives of our Collective met …" tagged "Collective" as a person: a lone word
        # that ends a body's name the story gives (the Sudan Accountability Collective) is no one's
        body_tails = {w.text for span in orgs if len(span) > 1 and (w := self._kind_word(span)) is not None}
        persons = [p for p in persons if not (p[1] - p[0] == 1 and p[2] in body_tails)]
        # "Kenya said …", "Kyiv": a name the gazetteer knows as a state (or any non-person) tagged
        # as a person is still that state, unless it is the surname of one named in full
        # ("Kevin Jordan ... Jordan said"; named in full before, since a surname points back:
        # "Zagreb was required to arrest him … Dinamo Zagreb's coach" leaves the capital Croatia's).
        surnames = {s for n in {text for _, _, text in persons} | set(full) if (s := self._surname(n))}
        first_named: dict[str, int] = {}
        for start, end, text in [*persons, *((c[1], c[2], sdoc[c[1]:c[2]].text) for c in candidates
                                             if c[4] == "gazetteer" and gaz.entries[c[3]].type == "Person")]:
            if end - start > 1 and (last := self._surname(text)):
                first_named[last] = min(first_named.get(last, start), start)
        persons = [p for p in persons if (p[2] in surnames and first_named.get(p[2], p[0]) < p[0] or p[2] not in names
                   or gaz.entries[names[p[2]]].type == "Person") and p[2] not in gaz.demonyms]  # "Sri Lankan"
        persons = self._not_places(persons, full)
        # "Sonko" the NER took for a place or an organization, where the story names Ousman Sonko.
        person_names = {text for _, _, text in persons} | set(full) | surnames
        # "Patrice-Edouard Ngaissona, 51, …" tagged as an organization: a name given an age is a person's
        aged = [span for span in orgs if span.end + 2 < len(sdoc) and tokens[span.end].text == ","
                and tokens[span.end + 1].like_num and tokens[span.end + 2].text in (",", ")") and _all_names(span)]
        person_names |= {span.text for span in aged} | {s for span in aged if (s := self._surname(span.text))}
        # (longest first: "President Faustin-Archange Touadéra" tagged as an organization makes a
        # later "Touadéra's government", tagged so too, his)
        for span in sorted(orgs, key=lambda sp: (-len(sp), sp.start)):
            # "Maxime Jeoffroy Eli Mokom Gawaka" tagged as an organization where the story later
            # calls him "Mokom": a run of names holding a person's name is that person; so is one
            # after a word for a person ("his counterpart Kassym-Jomart Tokayev")
            all_names = len(span) > 1 and _all_names(span, hyphens=True)
            # (a word that makes it a body's name: "the Commission on Human Rights in South Sudan")
            body_word = any(t.lower_ in self._name_heads or t.lower_ in self._body_heads for t in span)
            # (or set off after one: "two Malian generals, Abass Dembele and …")
            root = span.root
            after_person_noun = all_names and len(span) <= 4 and span.start > 0 and not body_word \
                and ((tokens[span.start - 1].lower_ in self._person_nouns or tokens[span.start - 1].lower_ in self._relatives)
                     and tokens[span.start - 1].pos_ in ("NOUN", "PROPN")  # (or a kin word: "his wife Din Phanara")
                     or root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in self._person_nouns
                     # ("Baruch Ivcher, an Israeli-born businessman": or set off before one)
                     or any(c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in self._person_nouns
                            for c in root.children) and not any(t.text in names or t.text in gaz.demonyms for t in span)
                     or " ".join(t.lower_ for t in tokens[max(0, span.start - 3):span.start]) in self._person_phrases)
            # (or taken, like the one named before it: "arrested Bagosora along with Ferdinand Nahimana")
            acted_on = all_names and len(span) <= 4 and not body_word and not any(
                t.lower_ in self._described_kinds or t.lower_ in self._missed_heads or t.text in names
                or t.text in gaz.demonyms for t in span) and (
                root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in self._person_acts
                # ("ordered Jean-Christophe Mitterrand held": the subject of a passive small clause)
                or root.dep_ == "nsubj" and root.head.dep_ == "ccomp" and root.head.tag_ in ("VBN", "VBD")
                and root.head.lemma_.lower() in self._person_acts | self._small_clause_acts
                and not any(c.dep_ in ("dobj", "acomp", "attr", "aux") for c in root.head.children)
                or root.dep_ == "pobj" and (v := root.head.head.head).lemma_.lower() in self._person_acts
                and root in along_with(v)
                # ("issued a warrant for [Sin Gwang Su]", "authorised the arrest of [Oleksandr Yakymenko]")
                or self._wanted(root))
            named = None
            if span.text in person_names or all_names and any(t.text in person_names for t in span) or after_person_noun \
                    or acted_on:
                named = span
            # (a demonym may open the title: "Indian National Security Advisor Ajit Doval")
            lead = next((i for i, t in enumerate(span) if t.lower_ not in self._titles
                         and not (t.text in gaz.demonyms and i + 1 < len(span) and span[i + 1].lower_ in self._titles)),
                        len(span))
            if (named is None or named is span) and 0 < lead and (span[lead - 1].lower_ in self._person_nouns
                                                                  or span[lead - 1].lower_ in _ADDRESS_FORMS) \
                    and 2 <= len(span) - lead <= 4 and _all_names(span[lead:], hyphens=True) and not body_word:
                # "Foreign Minister Nobutaka Machimura" (or "H.E. Abhisit Vejjajiva") tagged as an
                # organization: the name after the title (also when the name is known from before:
                # "Yang meets Doval … Advisor Ajit Doval")
                end = span.end
                while end - span.start - lead > 2 and self._post_nominal(tokens[end - 1]):
                    end -= 1  # ("Rt Hon Kenneth Clarke QC MP")
                named = sdoc[span.start + lead:end]
            if named is not None:
                persons.append((named.start, named.end, named.text))
                person_names |= {named.text} | ({last} if (last := self._surname(named.text)) else set())
                continue
            if not self._proper_org(span) or span.text in gaz.demonyms:  # "Sri Lankan" is no organization
                continue
            if span[-1].lower_ in self._facilities:
                continue  # "police at Istanbul Airport": a place
            if span.start in facilities and not body_word and root.dep_ == "pobj" and root.head.lower_ in self._place_preps:
                continue  # "police in Chiang Mai", tagged a facility: a place
            if self._of_a_place(span[-1]):
                continue  # "in the town of El-Obeid": a place, whatever the NER took it for
            if any(c[4] == "gazetteer" and span.start <= c[1] and c[2] < span.end and gaz.entries[c[3]].type != "Person"
                   and tokens[c[2]].lower_ in self._titles and tokens[c[2]].pos_ in ("NOUN", "PROPN") for c in candidates) \
                    and self._kind_word(span) is None:  # (but "the Uganda Press Defence Collective" is a body)
                continue  # "the Council of Europe Commissioner for Human Rights": an office of a known body, no body
            cut = next((t.i for t in span[1:-1] if t.lower_ == "of" and t.nbor().tag_ == "VBG"), None)
            if cut is not None:
                span = sdoc[span.start:cut]  # "accused [the Foreign Office of putting trade] first": a gerund ends the name
            while span.end - span.start > 1 and span[-1].is_lower and (span[-1].lower_ in self._org_trailing
                                                                       or span[-1].pos_ == "ADV"):
                # "Hasina's Awami League party": the Awami League; "the Bureau of Immigration later
                # ordered": no adverb in a name
                span = sdoc[span.start:span.end - 1]
            words = {w.lower() for w in re.findall(r"[\w']+", span.text)}
            # (a news outlet's word in a name that ends with a kind of body is no outlet's:
            # "the Uganda Press Defence Collective")
            kind = self._kind_word(span)
            if words & self._not_org_words and (kind is None or kind.lower_ in self._not_org_words) \
                    or not re.search(r"[A-Za-z]{2}", span.text):
                continue
            state = self._organ_of(span, states)
            if state:  # "India's Ministry of External Affairs" speaks for India
                candidates.append((2, span.start, span.end, state, "organ"))
                continue
            # "the Special Court" where the story names the Special Court for Sierra Leone, "the
            # Specialist Chambers" where it names the Kosovo Specialist Chambers: its short form
            named_here = {c[3] for c in candidates if c[4] == "gazetteer" and gaz.entries[c[3]].type in ("Court", "Organization")}
            span_text = span.text  # (Span.text is rebuilt on every access)
            short = next((k for k in named_here if len(span) > 1 and any(
                n.startswith(span_text + " ") or n.endswith(" " + span_text) and len(n.split()) == len(span_text.split()) + 1
                for n in gaz.entries[k].names)), None)
            if short:
                candidates.append((3, span.start, span.end, short, "ner"))
                continue
            cls = _body_class(span.text)
            extended = False
            tail_preps = ("in",) if cls == "Court" else ("on", "in", "for") if any(
                t.lemma_.lower() in self._name_heads for t in span) else ()
            # ("the National Human Rights Commission of Thailand": a state after "of" ends such a name)
            if "on" in tail_preps and span.end + 1 < len(sdoc) and tokens[span.end].lower_ == "of" and span.end + 1 in states["start"]:
                tail_preps = ("of",)
            # ("the District Court of The Hague": a court of a city, not of a state)
            city = self._city_after(span.end + 1) if cls == "Court" and span.end + 1 < len(sdoc) \
                and tokens[span.end].lower_ == "of" else None
            if city is not None:
                tail_preps = ("of",)
            if span.end + 1 < len(sdoc) and tokens[span.end].lower_ in tail_preps:
                # "the Higher Regional Court in Koblenz", "the Commission on Human Rights in South
                # Sudan", "… Experts on Ethiopia": the NER left the place that completes the name
                # (a town it may take for a person)
                end = span.end + 1
                while end < len(sdoc) and end - span.end <= 3 and tokens[end].pos_ == "PROPN" and tokens[end].text[:1].isupper():
                    end += 1
                if city is not None:
                    end = city.end
                extended = end > span.end + 1 and tokens[end - 1].ent_type_ in ("GPE", "LOC", "PERSON", "")
                if extended:
                    persons = [p for p in persons if not (span.end < p[1] and p[0] < end)]
                    span = sdoc[span.start:end]
            key = "org/" + slug(span.text)
            self._register(key, cls, span.text)
            owner = self._owning_state(span, states) if cls == "Court" else None
            if owner is not None and self.actors[key].label == span.text:
                # "Jordan's Court of Cassation": a state's own court, known by its name as the story
                # writes it with its state's (many states have a "Court of Cassation")
                self.actors[key].label = f"{owner} {span.text}"
            # (as sure as the place's own name, which the longer name then covers)
            # "the UN Commission of Inquiry on Burundi": a named body of an organization the gazetteer
            # knows is that body, not the organization
            of_org = any(c[4] == "gazetteer" and span.start <= c[1] and c[2] <= span.end and c[2] - c[1] < len(span)
                         and gaz.entries[c[3]].type == "Organization" for c in candidates) \
                and any(t.lemma_.lower() in self._name_heads for t in span)
            # ("the Movement for the Liberation of Congo": a group's name that ends with a state's)
            # (or a city's name and its kind: "the Lima Group", not Lima)
            # (or a party's or a group's that begins with one: "the Sudan People's Liberation Movement",
            # "the Sudan Accountability Collective")
            # (or a body of a country, named after it: "the Christian Council of Ghana", "the Law Society of Zimbabwe")
            group = span.root.lower_ in self._group_heads and span.root.i < span.end - 1 \
                or cls == "Organization" and len(span) >= 4 and span.root.lower_ in self._bodies_of_a_state \
                and span.start < span.root.i < span.end - 2 and tokens[span.root.i + 1].lower_ == "of" \
                and states["start"].get(span.root.i + 2, (None,))[0] == span.end \
                or span.root.lower_ in self._party_heads and len(span) >= 3 \
                or len(span) >= 3 and (w := self._kind_word(span)) is not None and w.i == span.end - 1 \
                or len(span) == 2 and any(span[0].text in names for names in (gaz.cities, gaz.capitals, gaz.by_name)) \
                and (w := self._kind_word(span)) is not None and w.i == span.end - 1 \
                or len(span) >= 2 and (span[-1].lower_ in self._company_heads  # "Qatar Airways"
                                       or span[0].lower_ in self._company_leads)  # "Air Astana"
            # ("the Kenya Anti-Corruption Commission": a whole name, over the state's inside it)
            whole = any(u.start == span.start and u.end == span.end for u in untagged)
            candidates.append((2 if extended or of_org or group or whole else 3, span.start, span.end, key, "ner"))
        # People: the fullest name of each cluster gives the key; a lone surname joins it.
        ner_people: dict[str, str] = {}  # key -> its fullest name here
        persons = self._shared_family_names([self._hyphen_tail(*p) for p in persons], full)
        # ("Reporters [Without Borders]" tagged a person: a body the gazetteer names in full holds no one)
        bodies = [(c[1], c[2]) for c in candidates if c[4] == "gazetteer" and c[2] - c[1] > 1 and gaz.entries[c[3]].type != "Person"]
        for start, end, text in sorted(persons, key=lambda p: -(p[1] - p[0])):
            if any(s <= start and end <= e and e - s > end - start for s, e in bodies):
                continue
            key = self._person_key(text, full)
            candidates.append((1, start, end, key, "ner"))
            ner_people.setdefault(key, text)
        positions = self._positions()
        label = lambda k: self.actors[k].label if k in self.actors else gaz.entries[k].label  # noqa: E731
        # A surname (or one-word name) the NER missed elsewhere ("Sheikh Hasina … Hasina's party")
        # (in a fixed order: two people may share a surname, and the first to claim it keeps it)
        lasts = {k: self._surname_forms(label(k)) for k in sorted(set(full.values()))}
        lasts.update({k: self._surname_forms(text) or {text} for k, text in ner_people.items() if not lasts.get(k)})
        for k, words in self._lone_names.items():
            lasts[k] = lasts.get(k, set()) | words
        # A family name written first ("Yoon Suk Yeol … Yoon") stands alone for the one person here
        # who bears it (for two, neither: "Kim Jong Un met Kim Yo Jong … Kim said").
        firsts = Counter(label(k).split()[0] for k in lasts)
        for k in lasts:
            parts = label(k).split()
            if len(parts) in (2, 3) and parts[0] in self._family_first and firsts[parts[0]] == 1:
                lasts[k].add(parts[0])
            elif len(parts) in (2, 3) and firsts[parts[0]] == 1 and self._called_by_given_name(parts) \
                    and not any(parts[0] in label(o).split() for o in lasts if o != k):  # (not another's surname)
                lasts[k].add(parts[0])
        for key, forms in lasts.items():
            for last in sorted(forms):
                if len(last) > 2:
                    # (the small tagger reads an unfamiliar name as a noun: "Carvajal headed …")
                    candidates += [(4, i, i + 1, key, "surname") for i in positions.get(last, ())
                                   if tokens[i].pos_ == "PROPN" or tokens[i].pos_ == "NOUN" and last[0].isupper()
                                   and (tokens[i].lemma_.lower() == last.lower() or tokens[i].tag_ == "NNS")  # ("Wilders" read as a plural)
                                   or tokens[i].pos_ == "PRON" and tokens[i].text == last and last[0].isupper()
                                   and not tokens[i].is_stop  # ("arrested Chin'ono", tagged a pronoun)
                                   and tokens[i].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")]
        # A surname that opens with a particle ("Leila de Lima … de Lima"), which the NER may take for a place
        for key in lasts:
            parts = label(key).split()
            if len(parts) >= 3 and parts[-2] in self._surname_particles:
                candidates += [(1, i - 1, i + 1, key, "surname") for i in positions.get(parts[-1], ())
                               if i > 0 and tokens[i - 1].lower_ == parts[-2]]
        # A person's full name the NER tagged once and cut elsewhere ("Mahinda Rajapaksa, who …",
        # tagged "Rajapaksa" only, where his brother shares the surname): the whole name there too
        for key in sorted(lasts):
            words = tuple(label(key).split())
            if 2 <= len(words) <= 4 and words[0].lower() not in self._titles:  # (not "King Hussein")
                candidates += [(1, i, i + len(words), key, "ner") for i in self._runs_of(words)]
        # A body's name of two words or more that the NER tagged once and missed elsewhere
        # ("Steppe Rights Initiative today calls on …"): the same body there too
        # (or of one word, if an apposition said it is a body: "Blackwater, the US firm … accused Blackwater")
        described_names = {span.text for span in described}
        bodies_named = sorted({(c[3], tuple(t.text for t in tokens[c[1]:c[2]])) for c in candidates
                               if c[4] == "ner" and c[3].startswith("org/") and (
                                   c[2] - c[1] >= 2 or tokens[c[1]].text in described_names and tokens[c[1]].pos_ == "PROPN")})
        candidates += [(3, i, i + len(words), key, "ner") for key, words in bodies_named for i in self._runs_of(words)]
        candidates += self._bodies_by_last_word(candidates, positions)
        candidates += self._unnamed_bodies(candidates)
        candidates = self._first_claims(candidates)
        # Longest, highest-priority spans win; the rest are dropped where they overlap.
        for prio, start, end, key, source in sorted(candidates, key=lambda c: (c[0], -(c[2] - c[1]), c[1])):
            if any(self.tok[i] is not None or i in periods for i in range(start, end)):
                continue
            m = Mention(start, end, key, source)
            if key not in self.actors:
                e = gaz.entries[key]
                self._register(key, e.type, e.label, e.wikidata)
            if source != "organ":  # "Ministry of Defence" is no name of the state
                self.actors[key].aliases.add(sdoc[start:end].text)
            for i in range(start, end):
                self.tok[i] = m
            self.mentions.append(m)
        self.mentions.sort(key=lambda m: m.start)
        self._capitals_then()
        self._contested_names()
        self._link_acronyms()
        self._link_own_language_names()
        self._link_known_as()
        self._link_organs_of()
        self._states_own_councils()
        # Names that lost every span to a longer or surer one ("Kosovo" in an org's name) are no actors here.
        self._drop_unmentioned()
        self._label_as_written()

    def _capitals_then(self) -> None:
        """"Belgrade" in a story of 1999 stands for Yugoslavia, not Serbia: a capital named in a
        document dated while it was the capital of a state that has since gone is that state's."""
        if not self.date:
            return
        for i, m in enumerate(self.mentions):
            if self.actors[m.key].cls != "State":
                continue
            then = self.gaz.capital_then(self.sdoc[m.start:m.end].text, self.date)
            if then is not None and then != m.key:
                e = self.gaz.entries[then]
                self._register(then, e.type, e.label, e.wikidata)
                self._relink(i, Mention(m.start, m.end, then, m.source))

    def _first_claims(self, candidates: list[tuple[int, int, int, str, str]]) -> list[tuple[int, int, int, str, str]]:
        """'Hannibal Gaddafi, a son of … Muammar Gaddafi … Gaddafi, 49, was abducted': a lone surname
        the gazetteer gives to one person is whoever of that surname the story named in full first."""
        sdoc, tokens, gaz = self.sdoc, self.tokens, self.gaz
        person = lambda k: k.startswith("person/") or k in gaz.entries and gaz.entries[k].type == "Person"  # noqa: E731
        first: dict[str, tuple[int, str]] = {}
        for _, start, end, key, _ in sorted(candidates, key=lambda c: c[1]):
            if end - start > 1 and person(key) and (last := self._surname(sdoc[start:end].text)):
                first.setdefault(last, (start, key))
        out = []
        for prio, start, end, key, source in candidates:
            claim = first.get(tokens[start].text) if source in ("gazetteer", "ner") and end - start == 1 and person(key) else None
            if claim is not None and claim[1] != key and claim[0] < start:
                key, source = claim[1], "surname"
            out.append((prio, start, end, key, source))
        return out

    def _shared_family_names(self, persons: list[tuple[int, int, str]], full: dict[str, str]) -> list[tuple[int, int, str]]:
        """'Atul and Rajesh Gupta', 'Ajay, Atul and Rajesh Gupta': a lone given name listed just before
        a full name shares its family name (not a name known alone, nor anyone's surname here:
        'Putin and Xi Jinping', 'Haftar and Fayez al-Sarraj' after Khalifa Haftar)."""
        tokens = self.tokens
        surnames = {s for _, _, t in persons if (s := self._surname(t))} | {s for n in full if (s := self._surname(n))}
        out: dict[int, tuple[int, int, str]] = {}
        for start, end, text in sorted(persons, key=lambda p: -p[0]):
            after = out.get(end + 1)  # (a name that starts right after the "and" or comma)
            words = after[2].split() if after is not None else []
            lone = end - start == 1 and text.isalpha() and text not in self.gaz.by_name and text not in surnames \
                and text not in full
            if lone and len(words) == 2 and tokens[end].lower_ in ("and", ","):
                text = f"{text} {words[-1]}"
            elif lone and (kin := self._kin_of(tokens[start], persons)):
                text = f"{text} {kin}"
            out[start] = (start, end, text)
        return sorted(out.values())

    def _kin_of(self, t: Token, persons: list[tuple[int, int, str]]) -> str | None:
        """The family name a lone given name takes from the relative it is said to be of: "his wife
        Auxillia" after "President Emmerson Mnangagwa", "Biden's son Hunter" (the kin word set off
        before the name, or a modifier of it: "Durov and his brother Nikolai")."""
        kin = t.head if t.dep_ == "appos" else next((c for c in t.children if c.dep_ == "compound" and c.i == t.i - 1), None)
        if kin is None or kin.lemma_.lower() not in self._relatives or kin.i > t.i:
            return None
        owner = next((c for c in (*kin.children, *(t.children if kin.head.i == t.i else ())) if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.pos_ == "PRON":  # the last full name before, in the same sentence (or a family name
            # the story gave in full before: "Durov and his brother Nikolai")
            families = {text.split()[-1] for _, _, text in persons if len(text.split()) >= 2}
            name = next((text for start, end, text in sorted(persons, key=lambda p: -p[0])
                         if end <= owner.i and start >= t.sent.start and (len(text.split()) >= 2 or text in families)), None)
        else:
            name = next((text for start, end, text in persons if start <= owner.i < end and len(text.split()) >= 2), None)
        return name.split()[-1] if name else None

    def _hyphen_tail(self, start: int, end: int, text: str) -> tuple[int, int, str]:
        """'Kim Yong-hyun' found as 'Kim Yong': the tokenizer's split of a hyphenated given name
        ends the name with the part after the hyphen."""
        sdoc, tokens = self.sdoc, self.tokens
        # ('Marie Kadege' found after 'Alphonse-': a given name hyphened before the name's first word,
        # not a title's, "Vice-President", nor a place's)
        if start >= 2 and tokens[start - 1].text == "-" and not tokens[start - 2].whitespace_ and not tokens[start - 1].whitespace_ \
                and tokens[start - 2].is_alpha and tokens[start - 2].is_title and tokens[start - 2].lower_ not in self._titles \
                and tokens[start - 2].ent_type_ not in ("GPE", "NORP", "ORG", "LOC") and not (start >= 3 and tokens[start - 3].text == "-"):
            start, text = start - 2, sdoc[start - 2:end].text
        # (a name of two words or more, not a group's: "Jamaat-ud-Dawa")
        if end - start >= 2 and end + 1 < len(sdoc) and tokens[end].text == "-" and not tokens[end - 1].whitespace_ \
                and not tokens[end].whitespace_ and tokens[end + 1].is_alpha and tokens[end + 1].is_lower \
                and not (end + 2 < len(sdoc) and tokens[end + 2].text == "-" and not tokens[end + 1].whitespace_):
            return start, end + 2, sdoc[start:end + 2].text
        # ('Alain Claude Bilie-By-Nze' found as 'Alain Claude Bilie': a surname of hyphened capitalised parts)
        stop = end
        while end - start >= 2 and stop + 1 < len(sdoc) and stop - end < 6 and tokens[stop].text == "-" \
                and not tokens[stop - 1].whitespace_ and not tokens[stop].whitespace_ and tokens[stop + 1].is_alpha \
                and tokens[stop + 1].is_title and tokens[stop + 1].ent_type_ not in ("GPE", "NORP", "ORG"):
            stop += 2
        if stop > end:
            return start, stop, sdoc[start:stop].text
        return start, end, text

    def _hyphened_given_names(self, persons: list[tuple[int, int, str]],
                              candidates: list[tuple[int, int, int, str, str]]) -> list[tuple[int, int, str]]:
        """'Choi Soon-sil', which the NER cut short or took for a body: a family name written first,
        then a given name of two parts joined by a hyphen, is a person's name."""
        tokens, out = self.tokens, []
        # (looked up by the hyphen in the word index, not by walking every token)
        hyphens = [i - 2 for i in self._positions().get("-", ()) if 2 <= i < len(tokens) - 1]
        taken = _taken(persons, candidates) if hyphens else set()
        for i in hyphens:
            family, given, hyphen, tail = tokens[i:i + 4]
            if family.text in self._family_first and family.whitespace_ and given.is_alpha and given.text[:1].isupper() \
                    and not given.whitespace_ and hyphen.text == "-" and not hyphen.whitespace_ \
                    and tail.is_alpha and tail.is_lower and not taken.intersection(range(i, i + 4)):
                out.append((i, i + 4, self.sdoc[i:i + 4].text))
                taken.update(range(i, i + 4))
        return out

    def _not_places(self, persons: list[tuple[int, int, str]], full: dict[str, str]) -> list[tuple[int, int, str]]:
        """Drop the names the NER took for people's that only ever stand where a place does:
        "a camp near Sam Ouandja", "was detained in Izmir" (so that "him" is not Izmir); and a
        name that opens a facility's ("detained at John F. Kennedy airport") where it does so."""
        preps = self.lex.raw["place_prepositions"]
        anywhere, after_verb = frozenset(preps["any_head"]), frozenset(preps["after_verb"])

        def as_place(i: int) -> bool:
            t = _phrase_head(self.tokens[i])
            p = t.head
            return t.dep_ == "pobj" and (p.lower_ in anywhere or p.lower_ in after_verb and p.head.pos_ == "VERB") \
                or self._of_a_place(t)

        persons = [p for p in persons if not self._names_a_facility(p[1])]
        spans: dict[str, list[tuple[int, int]]] = {}
        for start, end, text in persons:
            spans.setdefault(text, []).append((start, end))
        places = set()
        for text, where in spans.items():
            if text in full or text in self.gaz.by_name or not all(as_place(e - 1) for _, e in where):
                continue
            last = self.tokens[where[0][1] - 1].text
            # (and nowhere else: "Ouandja said …" would make it a person after all)
            if all(any(s <= i < e for s, e in where) for i in self._positions().get(last, ())):
                places.add(text)
        return [p for p in persons if p[2] not in places]

    def _names_a_facility(self, end: int) -> bool:
        """Does a facility's head follow a name that ends at `end`, straight or past one capitalised
        word ("John F. Kennedy airport", "Jomo Kenyatta International Airport")?"""
        after = list(self.tokens[end:end + 2])
        return bool(after) and (after[0].lower_ in self._facilities or len(after) == 2 and after[0].is_title
                                and after[1].lower_ in self._facilities)

    def _of_a_place(self, t: Token) -> bool:
        """Is the name ending with `t` the object of "of" after a word for a place or its office
        ("the town of El-Obeid", "governor of Carinthia")?"""
        t = _phrase_head(t)
        return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in self._of_place_heads

    def _runs_of(self, words: tuple[str, ...]) -> list[int]:
        """Where the document's tokens spell `words` in a row."""
        tokens = self.tokens
        return [i for i in self._positions().get(words[0], ()) if tuple(t.text for t in tokens[i:i + len(words)]) == words]

    def _called_by_given_name(self, parts: list[str]) -> bool:
        """Does the story call the one named `parts` by the first of them ("Najib Razak … Najib
        told Aquino"), as Malay, Indonesian, Thai or Arabic usage may: the first word stands alone
        somewhere, and the last never does (where the story uses a surname, a lone first word is
        someone else's)?"""
        first, last = parts[0], parts[-1]
        if len(first) <= 2 or not first.isalpha() or not first[0].isupper() or first.lower() in self._generic \
                or first in self.gaz.by_name or first in self.gaz.demonyms or first in self.gaz.cities:
            return False
        positions, tokens = self._positions(), self.tokens

        def alone(i: int) -> bool:  # (no other name's word beside it: not the "Jose" of "San Jose"; a title may be: "General Filipos")
            return not any(0 <= j < len(tokens) and tokens[j].pos_ == "PROPN" and tokens[j].is_title
                           and not (j < i and tokens[j].lower_ in self._titles) for j in (i - 1, i + 1))
        lone_first = any(alone(i) for i in positions.get(first, ()))
        lone_last = any(i == 0 or tokens[i - 1].text != parts[-2] for i in positions.get(last, ()))
        return lone_first and not lone_last

    def _positions(self) -> dict[str, list[int]]:
        """Where each word of the document stands (built once)."""
        if self._word_positions is None:
            self._word_positions = {}
            for t in self.tokens:
                self._word_positions.setdefault(t.text, []).append(t.i)
        return self._word_positions

    def lemma_positions(self) -> dict[str, list[int]]:
        """Where each lower-case lemma of the document stands (built once, on first use)."""
        if self._lemma_positions is None:
            self._lemma_positions = {}
            for t in self.tokens:
                self._lemma_positions.setdefault(t.lemma_.lower(), []).append(t.i)
        return self._lemma_positions

    def _joined_names(self, ents: tuple[Span, ...]) -> list[Span]:
        """The NER's spans, with a person's name it cut in two made whole again: "[Ali Osman]
        [Mohamed Taha]", "[Ahmad Tejan] [Kabbah]'s government", "[Dairo] [Antonio Usuga]" (two
        spans side by side, one a person's, the other a person's too or one unknown capitalised word)."""
        def part(e: Span) -> bool:
            # (not an acronym, nor the end of a title: "Secretary of State [Rex Tillerson]")
            return e.label_ == "PERSON" or len(e) == 1 and e.label_ in ("ORG", "GPE", "NORP") and e[0].pos_ == "PROPN" \
                and e.text not in self.gaz.by_name and e.text not in self.gaz.demonyms and e[0].lower_ not in self._titles \
                and e[0].is_title and not (e.start > 0 and self.tokens[e.start - 1].lower_ == "of")
        out: list[Span] = []
        for e in ents:
            prev = out[-1] if out else None
            if prev is not None and e.start < prev.end:
                continue  # (taken into the name before it, below)
            if prev is not None and prev.end == e.start and "PERSON" in (prev.label_, e.label_) and part(prev) and part(e):
                out[-1] = Span(self.sdoc, prev.start, e.end, label="PERSON")
            else:
                out.append(self._unhung(e))
        return out

    def _unhung(self, e: Span) -> Span:
        """A name the NER ended on a preposition: a body's goes on through the capitalised words
        after it ("the U.N. Group of Experts on [Congo]"), anyone else's ends before it ("Ilhan
        Omar of [Minnesota]" is Ilhan Omar)."""
        inner = next((t.i for t in e[1:] if t.lower_ in self._name_breaking_preps), None)
        if e.label_ == "PERSON" and inner is not None:
            return Span(self.sdoc, e.start, inner, label=e.label_)  # ("MWAI KIBAKI ON KENYA'S MEMBERSHIP", in capitals)
        if len(e) < 2 or e[-1].pos_ != "ADP":
            return e
        end = e.end
        while e.label_ == "ORG" and end < len(self.tokens) and self.tokens[end].pos_ == "PROPN" and self.tokens[end].is_title:
            end += 1
        return Span(self.sdoc, e.start, end if end > e.end else e.end - 1, label=e.label_)

    def _relink(self, i: int, new: Mention) -> None:
        """Mention `i` becomes `new` (the same tokens, another actor or source)."""
        self.mentions[i] = new
        for t in range(new.start, new.end):
            self.tok[t] = new

    def _drop_unmentioned(self) -> None:
        mentioned = {m.key for m in self.mentions}
        self.actors = {k: v for k, v in self.actors.items() if k in mentioned}

    def _contested_names(self) -> None:
        """'Rwanda accused Belgium … and asked Brussels to extradite them': a name two entries
        share ('Brussels': the EU, or Belgium's capital) is the other one's when that one is named
        in the same sentence or the one before."""
        if not self.gaz.contested:
            return
        for i, m in enumerate(self.mentions):
            other = self.gaz.contested.get(self.sdoc[m.start:m.end].text)
            if other is None or other == m.key:
                continue
            s = self.sent_of[m.start]
            if any(n.key == other and 0 <= s - self.sent_of[n.start] <= 1 for n in self.mentions) \
                    and not any(n.key == m.key and n is not m and 0 <= s - self.sent_of[n.start] <= 1 for n in self.mentions):
                self.ensure(other)
                self._relink(i, Mention(m.start, m.end, other, m.source))

    def _unnamed_bodies(self, candidates: list[tuple[int, int, int, str, str]]) -> list[tuple[int, int, int, str, str]]:
        """'a U.N. commission of inquiry', 'the AU's mission of experts': a body of an
        international organization the story describes but never names is an actor of its own,
        called by its description, unless the story names a body with that word
        ('the Commission of Inquiry on Syria')."""
        sdoc, tokens, gaz = self.sdoc, self.tokens, self.gaz
        orgs = {start: key for _, start, end, key, _ in candidates
                if key in gaz.entries and gaz.entries[key].type == "Organization" and end - start <= 2}
        named_words = {w.lower() for _, start, end, key, src in candidates if src == "ner" or (
            key in gaz.entries and gaz.entries[key].type in ("Organization", "Court"))
            for w in sdoc[start:end].text.split() if w[:1].isupper()}
        named_at = {i for _, start, end, _, _ in candidates for i in range(start, end)}
        body_names = {start for _, start, _, key, src in candidates if tokens[start].pos_ == "PROPN" and (
            src == "ner" and key.startswith("org/") or key in gaz.entries and gaz.entries[key].type == "Organization")}
        # ("the UN commission of inquiry on Ukraine", a known body's name written in lower case)
        in_known_name = {i for _, start, end, key, src in candidates if src == "gazetteer" and end - start >= 3
                         and gaz.entries[key].type in ("Organization", "Court") for i in range(start, end)}
        out = []
        for h in tokens:
            tribunal_only = h.lemma_.lower() in self._described_tribunals["heads"]
            if h.lemma_.lower() not in self._body_heads and not tribunal_only or h.text[:1].isupper() or h.lemma_.lower() in named_words \
                    or h.i in in_known_name:
                continue
            parent = next((c for c in h.children if c.dep_ in ("compound", "nmod", "poss") and c.i in orgs), None)
            if parent is None:
                continue
            if h.i + 1 in body_names or h.i + 2 in body_names and tokens[h.i + 1].text == "," \
                    or any(c.dep_ == "appos" and body_names.intersection(range(c.left_edge.i, c.i + 1)) for c in h.children):
                continue  # "the U.N. peacekeeping mission UNMISS" (or ", UNMISS,", "… in Congo, MONUC,"): described, then named
            end = h.i + 1
            # "… of inquiry on Syria", "… of experts into the killings": the phrase that tells which
            # (in the label; a state named there stays a mention of its own)
            while end + 1 < len(sdoc) and tokens[end].lower_ in ("of", "on", "for", "into") and tokens[end].head.i in (h.i, end - 1) \
                    and end - h.i < 6:
                obj = next((c for c in tokens[end].children if c.dep_ == "pobj"), None)
                if obj is None or obj.ent_type_ in ("DATE", "TIME") \
                        or obj.pos_ == "NOUN" and obj.lemma_.lower() in self._place_nouns:
                    break  # (not "… for the former Yugoslavia on Nov. 7", nor "a U.N. mission into the country")
                end = obj.i + 1
            mention_end = next((i for i in range(h.i + 1, end) if i in named_at), end)
            start = min(t.i for t in tokens[parent.i:h.i + 1] if t.dep_ != "det")
            label = sdoc[start:end].text.removesuffix("'s")
            if tribunal_only and not self._described_tribunal(label, candidates):
                continue  # ("a U.N. court" may be any; "the U.N. war crimes court for Rwanda" is one)
            out.append((0, start, mention_end - (1 if tokens[mention_end - 1].lower_ in ("of", "on", "for", "into") else 0),
                        label, "description"))
        # "the U.N. war crimes tribunal for the former Yugoslavia … the U.N. war crimes tribunal":
        # a shorter description is the fuller one's body
        labels = {c[3] for c in out}
        found = []
        for prio, start, end, label, source in out:
            label = max((x for x in labels if x.startswith(label + " ")), key=len, default=label)
            known = self._described_tribunal(label, candidates)
            if known:
                e = gaz.entries[known]
                self._register(known, e.type, e.label, e.wikidata)
                found.append((prio, start, end, known, source))
                continue
            key = "org/" + slug(label)
            self._register(key, _body_class(label), label)  # ("the U.N. war crimes tribunal" is a court)
            found.append((prio, start, end, key, source))
        return found

    def _described_tribunal(self, label: str, candidates: list[tuple[int, int, int, str, str]]) -> str | None:
        """The tribunal "the U.N. war crimes tribunal" is in a story that names the states of one
        region only (the ICTY where it names Croatia or Serbia, the ICTR where it names Rwanda),
        or that its own for-phrase names ("… for the former Yugoslavia")."""
        tribunals = self._described_tribunals
        # (or with the region it is for: "the U.N. war crimes tribunal for the former Yugoslavia")
        if not any(label.lower().partition(" for ")[0].endswith(w) for w in tribunals["words"]):
            return None
        named = {c[3] for c in candidates if c[4] == "gazetteer"}
        region = label.lower().partition(" for ")[2]
        named |= {st for states in tribunals["by_states"].values() for st in states if region and st in self.gaz.entries
                  and any(re.search(rf"\b{re.escape(n.lower())}\b", region) for n in self.gaz.entries[st].names)}
        fits = [k for k, states in tribunals["by_states"].items() if named & set(states) and k in self.gaz.entries]
        return fits[0] if len(fits) == 1 else None

    def _kind_word(self, span: Span) -> Token | None:
        """The word of a body's name that says what kind of body it is ("Collective", "Network"),
        if it is one: its head, or its last word (a heading's name parses badly)."""
        return next((t for t in (span.root, span[-1]) if t.lower_ in self._described_kinds), None)

    def _surname_forms(self, name: str) -> set[str]:
        """A surname as it is written alone: 'al-Bashir', 'Al-Bashir' (opening a sentence) and 'Bashir'."""
        last = self._surname(name)
        if not last:
            return set()
        forms = {last}
        article, _, rest = last.replace("‑", "-").partition("-")
        if rest and article.lower() in self._name_articles:
            forms |= {rest, f"{article[:1].upper()}{article[1:]}-{rest}"}
        # "Hassan Bouba Ali … Bouba", "Gabriel Ortiz Mena … Ortiz": the middle of three names, which
        # many naming customs use alone
        parts = name.split()
        if len(parts) == 3 and parts[1][:1].isupper() and parts[1].isalpha() and parts[1].lower() not in self._name_articles \
                and parts[1].lower() not in self._patronymic and parts[2] == last:
            forms.add(parts[1])
        return forms

    def _surname(self, name: str) -> str | None:
        """The last name of a full name, without 'Jr.' or 'III'; None for a single word."""
        parts = [p.rstrip(",") for p in name.split()]
        while len(parts) > 2 and parts[-1] in self._suffixes:
            parts.pop()
        if len(parts) > 2 and parts[-2].lower() in self._patronymic:
            return None  # "Mohammed bin Salman": Salman is his father ("King Salman"), not a surname
        return parts[-1] if len(parts) > 1 else None

    def _organ_of(self, span: Span, states: dict[str, dict[int, tuple[int, str]]]) -> str | None:
        """The state an organization's name stands for when it names one of the state's organs
        with the state: 'India's Ministry of External Affairs', 'the Indian Ministry of Defence',
        'the Ministry of Foreign Affairs of Kenya'; else None."""
        tokens, organs = self.tokens, self.lex.raw["state_organs"]
        start, state = span.start, self.gaz.demonyms.get(tokens[span.start].text)
        if state:                                    # "Indian Ministry of Defence"
            start += 1
        elif start in states["start"]:               # "Kenya Defence Forces"
            start, state = states["start"][start]
        elif tokens[start].text in self.gaz.cities:    # "the Istanbul Chief Public Prosecutor's Office"
            start, state = start + 1, self.gaz.cities[tokens[start].text]
        else:
            before = span.start - 1
            possessive = before >= 0 and tokens[before].tag_ == "POS"
            if possessive:                           # "India's Ministry of External Affairs"
                before -= 1
            elif before >= 0:                        # "the Indian Ministry of Defence"
                state = self.gaz.demonyms.get(tokens[before].text)
            if not state and before in states["end"]:
                state = states["end"][before][1]
            name = self._after_of(span.end)          # "the Ministry of Foreign Affairs of (the) Kenya"
            if not state and name is not None:
                state = states["start"].get(name, (None, None))[1]
        if not state or self.gaz.entries[state].type != "State":
            return None
        if start < span.end and tokens[start].tag_ == "POS":  # ("Mozambique's High Commission in Pretoria", one name)
            start += 1
        words = [t.lower_ for t in tokens[start:span.end]]
        mods, heads = set(organs["modifiers"]), [h.split() for h in organs["heads"]]
        for i in range(len(words)):
            if any(words[i:i + len(h)] == h and (i + len(h) == len(words) or words[i + len(h)] in ("of", "for", "in", "to", "at"))
                   for h in heads):
                return state
            if words[i] not in mods:
                break
        return None

    def _city_after(self, i: int) -> Span | None:
        """The name of a city the gazetteer knows starting at token `i` ("The Hague", "Paris"), if any."""
        for end in range(min(len(self.sdoc), i + 3), i, -1):
            if self.sdoc[i:end].text in self.gaz.cities:
                return self.sdoc[i:end]
        return None

    def _city_before(self, end: int) -> Span | None:
        """The longest name of a city the gazetteer knows, of up to three proper names, ending just
        before token `end` ("Milan" in "Milan's Court of Appeal"), if any."""
        start = end - 1
        while start > 0 and self.tokens[start - 1].pos_ == "PROPN" and end - start < 3:
            start -= 1
        return next((self.sdoc[i:end] for i in range(start, end) if self.sdoc[i:end].text in self.gaz.cities), None)

    def _owning_state(self, span: Span, states: dict[str, dict[int, tuple[int, str]]]) -> str | None:
        """The state's name as written owning a body's name just before it ("Jordan's" in
        "Jordan's Court of Cassation"), when the body's own name does not name the state; or a
        city's owning a court's ("Milan's Court of Appeal")."""
        tokens, before = self.tokens, span.start - 1
        if before < 1 or tokens[before].tag_ != "POS":
            return None
        # (or a city's, for a court of that city: "Milan's Court of Appeal", the Milan Court of Appeal;
        # only courts are asked for their owner)
        city = self._city_before(before)
        if city is not None and not any(t.ent_type_ == "GPE" for t in span):
            return self.sdoc[city.start:before + 1].text
        if before - 1 not in states["end"]:
            return None
        start, key = states["end"][before - 1]
        if self.gaz.entries[key].type != "State" or any(n.lower() in span.text.lower() for n in self.gaz.entries[key].names):
            return None
        return self.sdoc[start:before + 1].text

    def _proper_org(self, span: Span) -> bool:
        """An organization's own name, not 'the Foreign Ministry' or a capitalised verb."""
        generic = self._org_generic
        words = [t.lower_ for t in span if t.lower_ != "the"]
        if len(words) == 2 and words[0] in self._state_name_words and words[1] in self._state_words:
            # "the Federal Government", "the Federal Republic": a state's, as "the government" (not
            # "the Public Ministry", a prosecution service's name)
            return False
        return any(t.pos_ == "PROPN" for t in span) and any(t.text[:1].isupper() for t in span) \
            and not all(t.lower_ in generic or t.lemma_.lower() in generic for t in span)

    def _strip(self, ent: Span, titles: bool = False) -> Span | None:
        """Drop leading determiners (and for people titles and nationality words), a trailing 's,
        a heading's line break and an acronym in parentheses ('Rapid Support Forces (RSF')."""
        start, end = ent.start, ent.end
        while start < end and (self.tokens[start].lower_ in ("the", "a", "an", "its", "their") or self.tokens[start].is_punct or titles and (
                self._title_word(self.tokens[start]) or self.tokens[start].text in self.gaz.demonyms
                or self._rank(start) and end - start > 2
                or self.tokens[start].lower_ in self._headline_verbs and end - start > 2  # "Release Patrick George Zaki"
                or self.tokens[start].lower_ in self._sentence_openers and self.tokens[start].is_sent_start and end - start > 1)):
            start += 1
        while end > start and (self.tokens[end - 1].tag_ == "POS" or self.tokens[end - 1].is_punct or self.tokens[end - 1].is_space
                               or titles and end - start > 2 and self._post_nominal(self.tokens[end - 1])):
            end -= 1  # (and for people letters after the name: "Kenneth Clarke QC MP")
        if end - start > 2 and self.tokens[end - 2].text == "(" and self.tokens[end - 1].is_upper:
            end -= 2
        # "the Specialist Prosecutor accused Thaci": a name ends before a finite verb the NER swept in
        # (not a capitalised word the tagger took for one: "Delfim Neves")
        end = next((t.i for t in self.tokens[start:end] if t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ in ("VERB", "AUX")
                    and t.i > start and not t.is_title), end)
        return self.sdoc[start:end] if end > start else None

    def _post_nominal(self, token: Token) -> bool:
        """Letters after a person's name that are no part of it ("QC", "MP")."""
        return token.is_upper and token.lower_ in self._post_nominals

    def _title_word(self, token: Token) -> bool:
        """A title before a name, also in the plural of a title shared by several names
        ("Foreign Ministers Clement Rohee of Guyana and Errol Snijders of Suriname")."""
        word = token.lower_
        return word in self._titles or word.endswith("s") and word[:-1] in self._titles

    def _rank(self, i: int) -> bool:
        """Is token `i` a military rank leading a name ("Corporal Gilad Shalit"); one that is also a
        given name only after "former", "retired" or a nationality, or before another rank ("former
        Marine Paul Whelan", "Major General Erhard Bühler", not "Marine Le Pen")?"""
        word = self.tokens[i].lower_
        if word not in self._ranks:
            return False
        before = self.tokens[i - 1] if i > 0 else None
        after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return word not in self._rank_names or after is not None and after.lower_ in self._ranks \
            or before is not None and (
            before.lower_ in self._rank_name_cues or before.text in self.gaz.demonyms
            or (k := self.gaz.by_name.get(before.text)) is not None and self.gaz.entries[k].type == "State")

    def _bodies_by_last_word(self, candidates: list[tuple[int, int, int, str, str]],
                             positions: dict[str, list[int]]) -> list[tuple[int, int, int, str, str]]:
        """"The World Bank cancelled its loan … accused the Bank of acting on rumours": the last word of
        the name of a body named before, capitalised after "the" and ending the phrase, is the body
        last named with that word (the NER may tag it a body of its own, or nothing)."""
        tokens, gaz = self.tokens, self.gaz
        named: dict[str, list[tuple[int, str]]] = {}  # last word -> (where, key) of the bodies' full names
        for _, start, end, key, _ in candidates:
            if end - start < 2 or key == NOT_AN_ACTOR or not (
                    key.startswith("org/") or key in gaz.entries and gaz.entries[key].type in ("Organization", "Court")):
                continue
            last = tokens[end - 1]
            if last.is_title and last.is_alpha and last.pos_ in ("PROPN", "NOUN"):
                named.setdefault(last.text, []).append((start, key))
        # (not inside a longer name: "the Network of Searching Families of the West")
        inside = {i for _, start, end, _, _ in candidates if end - start >= 2 for i in range(start, end)}
        out = []
        for word, where in sorted(named.items()):
            if word.lower() in self._description_words:
                continue  # ("the Court", "the Commission": read as descriptions, in their own way)
            for i in positions.get(word, ()):
                if i == 0 or i in inside or tokens[i - 1].lower_ != "the" or i + 1 < len(self.sdoc) and tokens[i + 1].is_title:
                    continue
                before = [w for w in where if w[0] < i]
                if before:
                    out.append((2, i, i + 1, max(before)[1], "ner"))
        return out

    def _states_bodies_taken_for_places(self, names: dict[str, str]) -> list[Span]:
        """"Turkmenistan accused Russia's Gazprom …; Gazprom rejected the charge": a one-word name the
        NER took for a place, that no one knows as one, owned by a state ("Russia's") and heading its
        phrase, is a body of that state (a company, an agency) if it also acts somewhere as a
        subject (places seldom do: "India's Kashmir"); every use of the name is that body."""
        sdoc, tokens, gaz, positions = self.sdoc, self.tokens, self.gaz, self._positions()
        words = set()
        # (looked up by word, as the untagged bodies are: not a walk over every token)
        for t in (tokens[i] for mark in ("'s", "’s") for i in positions.get(mark, ())):
            if t.tag_ != "POS" or t.i < 1 or t.i + 1 >= len(sdoc):
                continue
            owner, n = tokens[t.i - 1], tokens[t.i + 1]
            key = gaz.by_name.get(owner.text)
            if key is None or key == NOT_AN_ACTOR or gaz.entries[key].type != "State":
                continue
            if n.ent_type_ not in ("GPE", "LOC") or n.pos_ != "PROPN" or not n.text.isalpha() or n.text in names \
                    or n.text in gaz.by_name or n.text in gaz.cities or n.text in gaz.demonyms \
                    or n.i + 1 < len(sdoc) and tokens[n.i + 1].pos_ in ("PROPN", "NOUN") or n.ent_iob_ == "I" \
                    or n.i + 1 < len(sdoc) and tokens[n.i + 1].ent_iob_ == "I":
                continue
            words.add(n.text)
        uses = [tokens[i] for w in sorted(words) for i in positions.get(w, ())
                if tokens[i].pos_ == "PROPN" and tokens[i].ent_type_ not in ("PERSON", "ORG", "NORP")]
        acting = {t.text for t in uses if t.dep_ == "nsubj" and t.head.pos_ == "VERB"}
        return [sdoc[t.i:t.i + 1] for t in sorted(uses, key=lambda t: t.i) if t.text in acting]

    def _described_orgs(self, names: dict[str, str]) -> list[Span]:
        """Names the NER missed that an apposition describes as a body: "The Sentry, an
        investigative group", "Justice Now, a London-based charity", "Blackwater, the US firm
        whose guards …". Read from the words, not the tree: the small parser attaches such
        appositions in many ways."""
        sdoc, tokens, out = self.sdoc, self.tokens, []
        for comma in (t for t in tokens if t.text == "," and 0 < t.i < len(sdoc) - 2):
            if tokens[comma.i + 1].lower_ not in ("a", "an", "the"):
                continue
            # "a Paris-based charity", "an investigative group", "the Panamanian shipping firm"
            kind = next((t for t in tokens[comma.i + 2:min(len(sdoc), comma.i + 7)] if t.pos_ not in ("ADJ", "PROPN", "PUNCT", "VERB", "ADV")
                         and not (t.pos_ == "NOUN" and t.dep_ == "compound") or t.text == ","), None)
            if kind is None or kind.pos_ != "NOUN" or kind.lemma_.lower() not in self._described_kinds:
                continue
            start = comma.i
            # (the tagger may read the words of an unfamiliar name as nouns: "Restitution Now")
            while start > 0 and tokens[start - 1].is_alpha and tokens[start - 1].text[:1].isupper() \
                    and tokens[start - 1].lower_ != "the" and not tokens[start - 1].is_sent_start:
                start -= 1
            if start > 0 and tokens[start - 1].is_sent_start and tokens[start - 1].lower_ != "the" and tokens[start - 1].text[:1].isupper() \
                    and tokens[start - 1].pos_ == "PROPN":
                start -= 1
            span = sdoc[start:comma.i]
            if len(span) and span.text not in names and not any(t.ent_type_ for t in span) \
                    and (len(span) > 1 or span[0].pos_ == "PROPN"):
                out.append(span)
        # ("the pan-Yoruba socio-political organisation Afenifere condemned …": an untagged name right
        # after a body's kind in lower case, as _after_kind_noun reads a tagged one)
        for kind in (t for t in tokens[:-1] if t.is_lower and t.pos_ == "NOUN" and t.lemma_.lower() in self._described_kinds):
            end = kind.i + 1
            while end < len(sdoc) and end - kind.i <= 4 and tokens[end].pos_ == "PROPN" and tokens[end].is_title \
                    and not tokens[end].ent_type_:
                end += 1
            span = sdoc[kind.i + 1:end]
            # (nor one whose name goes on: "the association Mothers of Srebrenica")
            if len(span) and span.text not in names and self._after_kind_noun(span) \
                    and (end == len(sdoc) or tokens[end].pos_ not in ("PROPN", "ADP")):
                out.append(span)
        return out

    def _name_goes_on_before(self, i: int) -> bool:
        """Does the capitalised name at token `i` go on leftwards: a capitalised word (not "The"),
        or a hyphen or a plural's possessive mark after one ("Anti-Corruption", "the Asian
        Lawyers' Solidarity Network")?"""
        before = self.tokens[i - 1]
        if before.text[:1].isupper() and before.is_alpha and before.lower_ != "the":
            return True
        word = self.tokens[i - 2] if i > 1 else None
        return word is not None and word.text[:1].isupper() and (
            before.text == "-" or before.text in ("'", "\u2019") and word.text.endswith("s"))

    def _untagged_bodies(self, names: dict[str, str]) -> list[Span]:
        """Capitalised names of bodies the NER left untagged: "the Kenya Anti-Corruption
        Commission", "Kenya's Independent Policing Oversight Authority" (after "the" or a
        possessive, ending in a body's head word, with no tagged person or body inside)."""
        sdoc, tokens, out, positions = self.sdoc, self.tokens, [], self._positions()
        # (looked up by word: walking every token of the document costs more than the rest)
        for h in (tokens[i] for w in sorted(self._missed_heads) for i in positions.get(w.capitalize(), ())):
            if h.ent_type_ and h.ent_type_ != "WORK_OF_ART":  # (or took for a title: "The X Justice Initiative")
                continue
            start = h.i
            while start > 0 and self._name_goes_on_before(start):
                start -= 1
            # (after "the" or a possessive: "Kenya's Independent Policing Oversight Authority")
            if start == h.i or start == 0 or not (tokens[start - 1].lower_ == "the" or tokens[start - 1].tag_ == "POS"):
                continue
            end = h.i + 1
            # (and its complement in title case: "the Bogotá Forum for Victims' Rights")
            # (not a date after it: "the High Court on Tuesday")
            if end + 1 < len(sdoc) and tokens[end].lower_ in ("for", "of", "on", "against") and tokens[end + 1].is_title \
                    and tokens[end + 1].ent_type_ not in ("DATE", "TIME"):
                j = end + 1
                while j < len(sdoc) and j - end <= 5 and (tokens[j].is_title or tokens[j].text in ("'", "’", "'s", "’s")
                                                          or tokens[j].lower_ == "and" and j + 1 < len(sdoc) and tokens[j + 1].is_title) \
                        and tokens[j].ent_type_ not in ("DATE", "TIME"):
                    j += 1
                # (ending on a name's noun: not "the Lima Group of Latin American countries")
                last, after = tokens[j - 1], tokens[j] if j < len(sdoc) else None
                on_a_name = last.is_title and last.pos_ in ("PROPN", "NOUN") and last.text not in self.gaz.demonyms \
                    and (after is None or not after.is_lower or after.pos_ not in ("NOUN", "PROPN"))
                if on_a_name or last.text in ("'", "’"):
                    end = j
            span = sdoc[start:end]
            if span.text not in names and not any(t.ent_type_ in ("PERSON", "ORG") for t in span):
                out.append(span)
        # "China's state arms company NORINCO": an untagged name right after a body's kind in lower
        # case that the parser makes its modifier
        for kind in (tokens[i] for w in sorted(self._described_kinds) for i in positions.get(w, ())
                     if tokens[i].pos_ == "NOUN" and tokens[i].dep_ == "compound"):
            start = end = kind.i + 1
            # (through "of" between capitalised words: "the association Mothers of Srebrenica")
            while end < len(sdoc) and end - start < 5 and (
                    tokens[end].pos_ == "PROPN" and tokens[end].text[:1].isupper()
                    and (not tokens[end].ent_type_ or tokens[end - 1].lower_ == "of" and tokens[end].ent_type_ != "ORG")
                    or tokens[end].lower_ == "of" and end > start and end + 1 < len(sdoc) and tokens[end + 1].text[:1].isupper()):
                end += 1
            if end > start and start <= kind.head.i < end and tokens[end - 1].lower_ != "of" \
                    and sdoc[start:end].text not in names:
                out.append(sdoc[start:end])
        # "the Amal movement": a name the NER left untagged, before a body's word in lower case
        for h in (tokens[i] for w in sorted(self._lowercase_heads) for i in positions.get(w, ())):
            start = h.i
            while start > 0 and tokens[start - 1].pos_ == "PROPN" and tokens[start - 1].text[:1].isupper() \
                    and not tokens[start - 1].ent_type_ and h.i - start < 3:
                start -= 1
            if start < h.i and start > 0 and tokens[start - 1].lower_ == "the" and sdoc[start:h.i].text not in names:
                out.append(sdoc[start:h.i + 1])
        return out

    def _titled_names(self, persons: list[tuple[int, int, str]], names: dict[str, str],
                      candidates: list[tuple[int, int, int, str, str]]) -> list[tuple[int, int, str]]:
        """'Former Peruvian President Alejandro Toledo': a run of names right after a capitalised
        title is a person's, whatever the NER took it for (here a city)."""
        sdoc, tokens = self.sdoc, self.tokens
        taken = _taken(persons, candidates)
        out = []
        for t in tokens[1:]:
            before = tokens[t.i - 1]
            if t.pos_ == "PROPN" and before.text == "," and t.i not in taken and self._set_off_after_title(t):
                before = t.head.head  # ("The Speaker of the House, Femi Gbajabiamila, …": a name set off after its title)
            elif not ((self._title_word(before) or self._rank(before.i)) and t.pos_ == "PROPN") or t.i in taken \
                    or self._title_word(t) or self._rank(t.i):
                continue  # (or a rank: "Lt Col Seveline Rugigana Ngabo")
            # ("UN special rapporteur Agnes Callamard": a title in lower case, before a name the NER
            # took for nothing else)
            lower = not before.text[:1].isupper()
            end = t.i
            while end < len(sdoc) and end - t.i < 4 and tokens[end].pos_ == "PROPN" and tokens[end].text[:1].isupper() \
                    and tokens[end].lower_ not in self._generic and end not in taken and tokens[end].tag_ != "POS" \
                    and tokens[end].lower_ not in self._name_breaking_preps:  # ("PRESIDENT MWAI KIBAKI ON KENYA'S …")
                end += 1
            # ("General Prayut Chan-o-cha": a name's hyphened parts, in whatever case, are the name's)
            while end - t.i >= 2 and end + 1 < len(sdoc) and tokens[end].text == "-" and not tokens[end - 1].whitespace_ \
                    and not tokens[end].whitespace_ and tokens[end + 1].is_alpha and end + 1 not in taken \
                    and not self._title_word(tokens[end + 1]) and tokens[end + 1].lower_ not in self._generic:
                end += 2
            span = sdoc[t.i:end]
            # ("Patriarch Kirill, the head of …": one name after a title a person is known by
            # alone, when a description set off after it says who he is; not "Sheikh Jarrah")
            known_by = len(span) == 1 and before.lower_ in self._regnal and any(c.dep_ == "appos" for c in t.children)
            # ("Lt Col Seveline Rugigana Ngabo": the NER's organization "Col Seveline" takes in the rank;
            # "Kars Mayor Ayhan Bilgen": its organization runs from the place through the title and the name)
            # ("Major General Erhard Bühler": a rank of two words opening the organization)
            first = before.i - 1 if before.ent_iob_ == "I" and before.i > 0 and self._rank(before.i - 1) else before.i
            misread = {"ORG"} if before.ent_type_ == "ORG" and (
                tokens[first].ent_iob_ == "B" and self._rank(first) and self._rank(before.i) or (
                before.lower_ in self._office_titles and before.ent_iob_ == "I" and all(x.ent_iob_ == "I" for x in span)
                and (end == len(sdoc) or tokens[end].ent_iob_ != "I"))) else set()
            if (len(span) >= 2 or known_by) and span.text not in names \
                    and not any(x.ent_type_ in {"ORG", "FAC", "DATE"} - misread or lower and x.ent_type_ for x in span):
                out.append((span.start, span.end, f"{before.text} {span.text}" if known_by else span.text))
                taken.update(range(span.start, span.end))
        return out

    def _set_off_after_title(self, t: Token) -> bool:
        """Does name word `t` open a run of names set off by commas after a title (or a word for a
        relative), whose apposition it is ("The Speaker of the House of Representatives, Femi
        Gbajabiamila, led …"), that the NER took for no name (or for a product's)?"""
        head = t.head if t.dep_ == "compound" else t
        # (or after a word for a relative: "Mr Kieffer's wife, Osange Silou-Kieffer, …")
        return head.dep_ == "appos" and (self._title_word(head.head) or head.head.lower_ in self._relatives) \
            and not self._title_word(t) \
            and all(x.pos_ == "PROPN" and x.ent_type_ in ("", "PRODUCT", "WORK_OF_ART")
                    or x.text == "-" and not x.whitespace_ and x.i > t.i for x in self.tokens[t.i:head.i + 1]) \
            and head.i + 1 < len(self.tokens) and self.tokens[head.i + 1].is_punct

    @property
    def actor_words(self) -> frozenset[str]:
        """Titles, nouns for people and descriptions of bodies ("officials", "government")."""
        return self._actor_words

    def quoted(self, sent: Span) -> set[int]:
        """The tokens of sentence `sent` that stand inside quotation marks."""
        inside, out = False, set()
        for t in sent:
            if t.text in self._quote_marks:
                inside = not inside
            elif inside:
                out.add(t.i)
        return out

    def _before_kind_noun(self) -> set[str]:
        """Names written right before a body's kind in lower case ("the little-known Al-Faran
        group"): bodies', wherever else the NER takes them for people ("Al-Faran warned India")."""
        tokens, out = self.tokens, set()
        # (through a name's particles in lower case and its hyphens: "the Harakat al-Nasr group")
        name_word = lambda t: t.pos_ == "PROPN" and (t.text[:1].isupper() or t.lower_ in self._name_articles) \
            or t.text == "-" and not t.whitespace_  # noqa: E731
        for h in tokens:
            if not (h.is_lower and h.pos_ == "NOUN" and h.lower_ in self._named_kinds):
                continue
            start = h.i
            while start > 0 and h.i - start < 5 and name_word(tokens[start - 1]) and start - 1 <= tokens[start - 1].head.i <= h.i:
                start -= 1
            if start < h.i and tokens[start].text[:1].isupper() and not tokens[start].is_sent_start \
                    and tokens[start - 1].tag_ != "POS":
                out.add(self.sdoc[start:h.i].text)
        return out

    def _after_kind_noun(self, ent: Span) -> bool:
        """Is name `ent` one of those a press noun just before names ("the newspaper X", "the
        dailies X and Y"), or the one right after a body's kind in lower case ("the London-based
        campaign group Global Witness"; not the subject of a clause on the noun, "the alliance
        Mokom joined" (as the parser reads it or not), nor a name cut before its possessive, "the
        charity Zoe's Ark", though "the nuclear group Areva's local operations" is the group's), or
        set off after such a word ("the main opposition party, Les Democrates")?"""
        kind = ent.root.head
        if ent.start > 1 and self.tokens[ent.start - 1].text == "," and ent.root.dep_ == "appos" \
                and kind.i == ent.start - 2 and kind.is_lower and (kind.lower_ in self._named_kinds or kind.lower_ in self._party_heads) \
                and not (kind.dep_ == "pobj" and kind.head.lower_ == "of"):
            return True  # ("the main opposition party, Les Democrates, …": set off after it)
        i = ent.start - 1
        while i >= 0 and ent.start - i < 8 and (self.tokens[i].lower_ in ("and", ",") or self.tokens[i].pos_ == "PROPN"):
            i -= 1
        if i >= 0 and self.tokens[i].lower_ in self._media_nouns:
            return True
        noun = self.tokens[ent.start - 1] if ent.start > 0 else None
        if noun is None or not noun.is_lower or noun.pos_ != "NOUN" or noun.lemma_.lower() not in self._described_kinds:
            return False
        after = self.tokens[ent.end] if ent.end < len(self.sdoc) else None
        # ("…, the rebel alliance Mokom joined in 2020, called …": a verb right after the name, in an aside)
        aside = noun.left_edge.i > 0 and self.tokens[noun.left_edge.i - 1].text == ","
        # ("the French nuclear group Areva's local operations" is the group's, a lower-case word after its "'s")
        beyond = self.tokens[ent.end + 1] if ent.end + 1 < len(self.sdoc) else None
        cut = after is not None and after.tag_ == "POS" and not (beyond is not None and beyond.is_lower)
        return not (ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.dep_ == "relcl") \
            and not (after is not None and (cut or aside and after.tag_ in ("VBD", "VBZ", "VBP")))

    def _without_nickname(self, ent: Span) -> tuple[int, int, str] | None:
        """'Joaquin "El Chapo" Guzman': a person's names around a quoted nickname (which the NER
        often takes for a body's name), as (start, end, the name without the nickname)."""
        span = self._strip(ent, titles=True)
        if span is None:
            return None
        quotes = [t.i for t in span if t.text in self._quote_marks]
        if len(quotes) != 2 or not span.start < quotes[0] < quotes[1] < span.end - 1:
            return None
        words = [t for t in span if t.i < quotes[0] or t.i > quotes[1]]
        if len(words) > 4 or not all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in self._generic for t in words):
            return None
        return span.start, span.end, " ".join(t.text for t in words)

    def _nicknamed_people(self) -> list[tuple[int, int, str]]:
        """'Jean-Claude "Baby Doc" Duvalier', 'Joaquin "El Chapo" Guzman' that the NER cut around
        the quotes: one to four capitalised names, a quoted nickname of one to four words, one or two
        capitalised names after it, a person's name touching it, as (start, end, the name without
        the nickname)."""
        tokens, out = self.tokens, []
        quotes = [t.i for t in tokens if t.text in self._quote_marks]

        def name_word(t: Token) -> bool:
            return t.pos_ == "PROPN" and t.is_title and t.lower_ not in self._generic
        for q1, q2 in zip(quotes, quotes[1:]):
            if not 2 <= q2 - q1 <= 5:
                continue
            start = q1
            while start > 0 and q1 - start < 5 and (name_word(tokens[start - 1]) or tokens[start - 1].text == "-"
                                                     and start >= 2 and name_word(tokens[start - 2])):
                start -= 1
            end = q2 + 1
            while end < len(tokens) and end - q2 <= 2 and name_word(tokens[end]):
                end += 1
            # (a nickname is capitalised, and the names around it are no place's or body's: not 'the
            # United States "fully supports" Lee')
            if start == q1 or end == q2 + 1 or not any(t.ent_type_ == "PERSON" for t in tokens[start:end]) \
                    or any(t.ent_type_ not in ("", "PERSON") for t in tokens[start:q1] + tokens[q2 + 1:end]) \
                    or not all(t.text[0].isupper() for t in tokens[q1 + 1:q2] if t.is_alpha) \
                    or out and out[-1][1] > start:
                continue
            out.append((start, end, f"{self.sdoc[start:q1].text} {self.sdoc[q2 + 1:end].text}"))
        return out

    def _compound_run(self, t: Token) -> Span:
        """A name's head word with the capitalised compound words right before it ("Murugan
        Thevarajah", not the "centre" of "Knicks centre Enes Kanter"), and a surname's article
        ("Asma al-Assad")."""
        start = t.i
        while start > 0 and start <= self.tokens[start - 1].head.i <= t.i and (
                self.tokens[start - 1].dep_ == "compound"
                and (self.tokens[start - 1].text[:1].isupper() or self.tokens[start - 1].lower_ in self._name_articles)
                or self.tokens[start - 1].text == "-" and start >= 2 and (
                    self.tokens[start - 2].lower_ in self._name_articles
                    or t.is_lower and start - 1 == t.i - 1 and self.tokens[start - 2].text[:1].isupper())):  # ("Son-hui")
            start -= 1
        return self.sdoc[start:t.i + 1]

    def _name_words(self, span: Span) -> bool:
        """Capitalised names, with a surname's article before its hyphen ("Asma al-Assad"), or a
        given name's second syllable after one ("Choe Son-hui")."""
        return span[0].text[:1].isupper() and all(
            x.lower_ in self._name_articles and x.i + 1 < span.end and self.tokens[x.i + 1].text == "-"
            or x.i >= span.start + 2 and self.tokens[x.i - 1].text == "-" and x.is_alpha and x.is_lower and len(x) <= 4
            and self.tokens[x.i - 2].text[:1].isupper() and not self.tokens[x.i - 1].whitespace_
            or _all_names(self.sdoc[x.i:x.i + 1], hyphens=True) for x in span)

    def _post_with_holder(self, span: Span) -> bool:
        """Whether a name the NER took for a body ends in a post's title, its holder's name set
        off after it by a comma ("the UN Special Rapporteur [on …], Mary Lawlor,")."""
        if span[-1].lemma_.lower() not in self._office_holders:
            return False
        # (read from the words, not the tree: the parser often hangs the name elsewhere)
        rest = self.tokens[span.end:span.end + 12]
        comma = next((t.i for t in rest if t.text == ","), None)
        if comma is None or any(t.pos_ in ("VERB", "AUX") for t in self.tokens[span.end:comma]) or comma + 1 >= len(self.sdoc):
            return False
        return self.tokens[comma + 1].ent_type_ == "PERSON" and self.tokens[comma + 1].ent_iob_ == "B"

    def _acted_on_names(self, persons: list[tuple[int, int, str]], names: dict[str, str],
                        candidates: list[tuple[int, int, int, str, str]]) -> list[tuple[int, int, str]]:
        """'Police in Colombo arrested Murugan Thevarajah': an untagged run of names (or one the NER
        took for a place no gazetteer knows) as the object of an act done to people is a person's."""
        taken = _taken(persons, candidates)
        out = []
        for t in self.tokens:
            # ("froze the assets of Asma al-Assad": the owner of what was taken)
            owner = t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in self._holding_nouns \
                and t.head.head.head.lemma_.lower() in self._holding_verbs
            # ("issued a warrant for Riad Salameh days later": the one a warrant is for)
            wanted = self._wanted(t)
            # ("investigating a Russian national, Igor Valenko": the one the act's unnamed object names)
            acted_on = t if t.dep_ != "appos" or t.head.lemma_.lower() not in self._unnamed_people else t.head
            if not owner and not wanted and (acted_on.dep_ not in ("dobj", "nsubjpass")
                                             or acted_on.head.lemma_.lower() not in self._untagged_person_acts) \
                    or t.pos_ != "PROPN" or t.i in taken or t.ent_type_ not in self._misread_name_labels:
                continue
            span = self._compound_run(t)
            if owner and self.tokens[span.start - 1].i != t.head.i:
                continue  # (the whole owner, not the end of a longer name: "of the Islamic Republic of Iran Shipping Lines")
            # (a known surname may end it: "Asma al-Assad" is not the Assad the gazetteer knows)
            if 2 <= len(span) - sum(x.text == "-" for x in span) <= 4 and self._name_words(span) and span.text not in names \
                    and not any(x.ent_type_ not in self._misread_name_labels or x.text in names and (x.i != t.i or span[0].text in names)
                                or x.text in self.gaz.demonyms or x.i in taken or x.lower_ in self._generic for x in span):
                out.append((span.start, span.end, span.text))
                taken.update(range(span.start, span.end))
        return out

    def _aged_names(self, persons: list[tuple[int, int, str]], names: dict[str, str],
                    candidates: list[tuple[int, int, int, str, str]]) -> list[tuple[int, int, str]]:
        """'Olivier Vandecasteele, 42, landed …', the surname tagged a place (or nothing): a run of
        two to four names given an age is a person's."""
        sdoc, tokens, taken = self.sdoc, self.tokens, _taken(persons, candidates)
        out = []
        for t in tokens[3:-1]:
            if not (t.like_num and tokens[t.i - 1].text == "," and tokens[t.i + 1].text in (",", ")")):
                continue
            start = end = t.i - 1
            # (a given name opening a sentence may be tagged an adjective: "Olivier")
            while start > 0 and start > end - 4 and tokens[start - 1].pos_ in ("PROPN", "ADJ", "NOUN") \
                    and tokens[start - 1].is_title and not tokens[start - 1].is_stop \
                    and tokens[start - 1].ent_type_ in ("", "GPE", "LOC") and start - 1 not in taken:
                start -= 1
            span = sdoc[start:end]
            if len(span) >= 2 and span.text not in names and not any(x.text in names or x.lower_ in self._generic for x in span):
                out.append((span.start, span.end, span.text))
                taken.update(range(span.start, span.end))
        return out

    def _titled_appositions(self, persons: list[tuple[int, int, str]], names: dict[str, str],
                            candidates: list[tuple[int, int, int, str, str]]) -> list[tuple[int, int, str]]:
        """'Noah Bullock, executive director of the rights group Cristosal, welcomed …', untagged: a
        run of two to four capitalised names set off by an apposition that opens on a title is a
        person's."""
        sdoc, tokens, taken = self.sdoc, self.tokens, _taken(persons, candidates)
        out = []
        for comma in (tokens[i] for i in self._positions().get(",", ()) if 2 <= i < len(sdoc) - 2):
            last = tokens[comma.i - 1]
            # (or a name the NER took for a body's, two or three names none of which a body's name
            # has: "Femi Falana, a Senior Advocate of Nigeria")
            body = last.ent_type_ == "ORG" and self._names_tagged_as_a_body(last)
            if last.ent_type_ and not body or last.pos_ != "PROPN":
                continue
            after = list(tokens[comma.i + 1:min(len(sdoc), comma.i + 7)])
            while after and after[0].lower_ in ("the", "a", "an", "its", "his", "her", "their"):
                after = after[1:]
            # (the title within the apposition's first words: "executive director", "a senior adviser",
            # "the London-based director")
            title = next((t for t in after[:5] if t.lower_ in self._titles and t.pos_ in ("NOUN", "PROPN")), None)
            # (after a body's tag, the title of no name beside it: not "Minister of Justice and
            # Constitutional Development, Mr Jeff Radebe")
            if title is None or body and title.dep_ == "compound" and title.head.ent_type_ == "PERSON" or any(
                    t.pos_ not in ("ADJ", "NOUN", "PROPN") and not self._based(t) for t in after[:after.index(title)]):
                continue
            start = end = comma.i
            while start > 0 and end - start < 4 and tokens[start - 1].pos_ == "PROPN" and tokens[start - 1].is_title \
                    and (not tokens[start - 1].ent_type_ or body and tokens[start - 1].ent_iob_ in ("B", "I")) \
                    and not tokens[start - 1].is_stop and start - 1 not in taken \
                    and tokens[start - 1].lower_ not in self._generic:
                start -= 1
                if body and tokens[start].ent_iob_ == "B":
                    break
            span = sdoc[start:end]
            if len(span) >= 2 and span.text not in names and span.text not in self.gaz.by_name \
                    and not any(x.text in names or x.text in self.gaz.demonyms for x in span):
                out.append((span.start, span.end, span.text))
                taken.update(range(span.start, span.end))
        return out

    def _names_tagged_as_a_body(self, last: Token) -> bool:
        """Does the body's name the NER ends at `last` hold two or three capitalised names and no
        word a body's name is made of ('Femi Falana', not 'Global Witness' nor 'Crisis Group')?"""
        start = last.i
        while start > 0 and self.tokens[start].ent_iob_ == "I":
            start -= 1
        span = self.sdoc[start:last.i + 1]
        return 2 <= len(span) <= 3 and span[0].ent_iob_ == "B" and all(
            t.pos_ == "PROPN" and t.is_title and t.lower_ not in self._generic and t.lower_ not in self._org_generic for t in span) \
            and span.text not in self.gaz.by_name

    @staticmethod
    def _based(t: Token) -> bool:
        """A word of a place-based compound before a title ('the Paris-based leader')."""
        return t.text == "-" or t.lower_ == "based" and t.i > 0 and t.doc[t.i - 1].text == "-"

    def _related_names(self, persons: list[tuple[int, int, str]], names: dict[str, str],
                       candidates: list[tuple[int, int, int, str, str]]) -> list[tuple[int, int, str]]:
        """'a red notice for Karim Keita, a son of former President X': a run of names the NER took
        for a place, set off by an apposition saying whose relative it is, is a person's."""
        taken = _taken(persons, candidates)
        out = []
        for t in self.tokens:
            if t.pos_ != "PROPN" or t.i in taken or t.ent_type_ not in ("", "GPE", "LOC", "NORP") or not any(
                    c.dep_ == "appos" and c.lemma_.lower() in self._relatives and c.i > t.i for c in t.children):
                continue
            span = self._compound_run(t)
            if 2 <= len(span) <= 4 and _all_names(span) and span.text not in names and not any(
                    x.i in taken or x.lower_ in self._generic or x.text in self.gaz.demonyms for x in span):
                out.append((span.start, span.end, span.text))
                taken.update(range(span.start, span.end))
        return out

    def _unknown_people_name(self, ent: Span, names: dict[str, str]) -> bool:
        """Is `ent`, tagged a nationality, two or three capitalised words that name no people we
        know, the last a singular name ("Natalya Sadykova said …")? Then it is a person's name."""
        after = self.tokens[ent.end] if ent.end < len(self.tokens) else None
        if after is not None and after.pos_ == "PROPN" or ent.root.dep_ in ("amod", "compound"):
            return False  # ("the West African Defenders Network": a people's word in a body's name)
        return 2 <= len(ent) <= 3 and ent.text not in names and ent[-1].tag_ == "NNP" and all(
            self._plain_name_word(t) and t.text not in self.gaz.by_name and t.text not in self._not_actor_names
            and t.lower_ not in self._org_heads for t in ent)

    def _plain_name_word(self, t: Token) -> bool:
        """Could capitalised word `t` be part of a person's name (no demonym, no word of a title or a body)?"""
        return t.is_title and t.is_alpha and t.text not in self.gaz.demonyms and t.lower_ not in self._generic

    def _titled_name(self, ent: Span, names: dict[str, str]) -> bool:
        """Is `ent`, of two or three capitalised words none of which is a demonym or a word of a
        title or a body, set off after a title ("its first vice-president, Frans Timmermans") or
        right after one ("Commissioner Frans Timmermans")? Then it is a person's name, whatever the
        NER took it for."""
        if not 2 <= len(ent) <= 3 or ent.text in names or not all(t.pos_ == "PROPN" and self._plain_name_word(t) for t in ent):
            return False
        before = self.tokens[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_ in self._titles:
            return True
        root = ent.root
        return root.dep_ == "appos" and root.head.lower_ in self._titles and before is not None and before.text == ","

    def _wanted(self, t: Token) -> bool:
        """Is `t` the one a warrant, an arrest or an extradition is for or of (lexicon acted_on_names.wanted)?
        ("a warrant for X", "X's arrest", or "issued a warrant on Wednesday for X", the phrase hung on the
        verb; a possessor only of an act done to it, lexicon patient_nouns: not "Scotland Yard's warrant")"""
        if t.dep_ == "poss":
            return t.head.lemma_.lower() in self._wanted_nouns and t.head.lemma_.lower() in self._patient_nouns
        if t.dep_ != "pobj" or t.head.lower_ not in self._wanted_preps:
            return False
        holder = t.head.head
        return holder.lemma_.lower() in self._wanted_nouns or holder.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self._wanted_nouns for c in holder.children)

    def _listed_name_start(self, span: Span) -> Span:
        """"the [Truth], [Reconciliation and Reparations Commission]": a body's name that lists its
        concerns, cut by the NER at the comma after the first one: a capitalised word between "the"
        and the comma, before a name that goes on with "and", begins it."""
        i = span.start
        if i < 3 or self.tokens[i - 1].text != "," or not any(t.lower_ == "and" for t in span):
            return span
        first, det = self.tokens[i - 2], self.tokens[i - 3]
        if first.pos_ == "PROPN" and first.is_title and det.lower_ == "the" and first.text not in self.gaz.by_name \
                and first.text not in self.gaz.demonyms and first.lower_ not in self._generic:
            return self.sdoc[i - 2:span.end]
        return span

    @staticmethod
    def _named_after_a_place(ent: Span, blocked: set[int]) -> bool:
        """"the Patriotic Union of Kurdistan": a body's name the NER found whose words before an
        "of" name no place, and after it only the place no one is (a region, not an actor)."""
        of = next((t.i for t in ent if t.lower_ == "of"), None)
        return ent.label_ == "ORG" and of is not None and all(i > of for i in blocked.intersection(range(ent.start, ent.end))) \
            and any(t.pos_ == "PROPN" and t.is_title for t in ent if t.i < of)

    def _listed_among_people(self, ent: Span, names: dict[str, str]) -> bool:
        """"three other senior officials, [Faruk Yigit], Serhat Gencoglu and …": two or three
        capitalised words the NER took for a body, no body's word among them and no name the
        gazetteer knows, in a list with a person's name, are a person's name."""
        return 2 <= len(ent) <= 3 and self._name_words(ent) and ent.text not in names \
            and not any(t.lower_ in self._generic or t.text in names or t.text in self.gaz.demonyms for t in ent) \
            and any(c.ent_type_ == "PERSON" and c.ent_iob_ != "O" for c in ent.root.conjuncts)

    def _listed_people(self, persons: list[tuple[int, int, str]], names: dict[str, str]) -> list[tuple[int, int, str]]:
        """"warrants for Rafsanjani, Velayati, Fallahian and six others": a one-word name the NER
        took for a place or a nationality, in a list of people, is a person's (unless the
        gazetteer knows it)."""
        starts = {start for start, _, _ in persons}
        out = []
        for start, end, _ in persons:
            tok = self.tokens[end - 1]
            for c in tok.conjuncts:
                # (before a full name, it may be half of one: in "Paola and Claudio Regeni" the first
                # name; before a lone surname it is another surname: "Haddad, Karimi, Mansouri")
                if c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "NORP", "LOC") and c.i not in starts \
                        and (c.i > tok.i or end - start == 1) \
                        and c.text not in names and c.text not in self.gaz.demonyms \
                        and not any(k.dep_ == "compound" for k in c.children) and c.text[:1].isupper():
                    out.append((c.i, c.i + 1, c.text))
                    starts.add(c.i)
                # ("Raska Lukwiya, Okot Odhiambo and Dominic Ongwen": a full name no one tagged, between full names)
                first = c.i - 1
                if end - start > 1 and c.pos_ == "PROPN" and not c.ent_type_ and c.is_title and c.i not in starts \
                        and first >= 0 and self.tokens[first].head.i == c.i and self.tokens[first].dep_ == "compound" \
                        and self.tokens[first].is_title and not self.tokens[first].ent_type_ \
                        and not {self.tokens[first].lower_, c.lower_} & self._generic \
                        and self.sdoc[first:c.i + 1].text not in names and c.text not in names:
                    out.append((first, c.i + 1, self.sdoc[first:c.i + 1].text))
                    starts.add(first)
        return out

    def _office_goes_on(self, end: int, key: str) -> bool:
        """"the Office of the Prosecutor General": a body's name that a postpositive word of office
        goes on from is the start of another body's name (a national prosecutor's, not the ICC's)."""
        return end < len(self.sdoc) and self.tokens[end].text in self._postpositive \
            and self.gaz.entries[key].type not in ("Person", "State")

    def _opens_a_longer_city(self, start: int, end: int, key: str) -> bool:
        """"in Santiago de Cuba": a known name that opens a longer city's name, of another state, is that
        city's word, not the name ("Santiago", Chile's capital)."""
        cities, sdoc = self.gaz.cities, self.sdoc
        return any(end + k <= len(sdoc) and cities.get(sdoc[start:end + k].text, key) != key for k in (2, 3))

    def _person_key(self, text: str, full: dict[str, str]) -> str:
        names = self.gaz.by_name
        # (or a known name with a second family name after it: "Hugo Chavez Frias", "Idriss Deby Itno";
        # not one with a middle name, "Ahmed Salem Haroun" is not Ahmad Harun)
        known = text if text in names else " ".join(text.split()[:-1]) if text.count(" ") >= 2 else None
        if known in names and self.gaz.entries[names[known]].type == "Person":
            key = names[known]
            e = self.gaz.entries[key]
            self._register(key, "Person", e.label, e.wikidata)
        elif text in full:
            key = full[text]
        else:
            # a lone name joins the full name it ends, or, in a long name, any name inside it
            # ("Mokom" in "Maxime Jeoffroy Eli Mokom Gawaka"), or the one full name it is part
            # of: a family name written first ("Yoon" in "Yoon Suk Yeol"), a paternal one before
            # the maternal ("Abdo" in "Mario Abdo Benítez"), or a name the NER cut short
            joined = next((k for n, k in full.items() if " " not in text and text in self._surname_forms(n)), None) \
                or self._particle_surname_of(text, full) \
                or next((k for n, k in full.items() if " " not in text and len(n.split()) >= 4
                         and text in n.split()[1:-1] and len(text) > 3), None) \
                or self._only_full_name_with(text, full)
            if joined:  # its last word is to be found again where the NER missed it, as a name's own would be
                self._lone_names.setdefault(joined, set()).update(self._surname_forms(text) or {text})
            key = joined or "person/" + slug(text)
            if key.startswith("person/"):
                self._register(key, "Person", text)
        full[text] = key
        return key

    def _particle_surname_of(self, text: str, full: dict[str, str]) -> str | None:
        """The full name that a surname opening with a particle ends ('De Lima' for 'Leila de Lima')."""
        words = text.split()
        if len(words) != 2 or words[0].lower() not in self._surname_particles:
            return None
        return next((k for n, k in full.items() if len(n.split()) >= 3
                     and [w.lower() for w in n.split()[-2:]] == [w.lower() for w in words]), None)

    def _only_full_name_with(self, name: str, full: dict[str, str]) -> str | None:
        """The one longer name in `full` that holds this name's words in a row ("Yoon" or the
        NER's "Yoon Suk" in "Yoon Suk Yeol"); None if there are none or several. (Not a name
        that only adds a generational suffix: "John Demjanjuk" is not "John Demjanjuk Jr.")"""
        words = name.split()
        if len(name) < 2 or not name[:1].isupper():
            return None
        n = len(words)
        # (a two-letter name only as the family name written first: "Li" in "Li Zhaoxing")
        starts = range(1) if len(name) < 3 else None
        # (nor a body's name that holds a person's: "the Rigoberta Menchu Tum Foundation")
        keys = {k for other, k in full.items() if len(ws := other.split()) > n and ws[-1].lower() not in self._generic
                and any(ws[i:i + n] == words for i in (starts or range(len(ws) - n + 1)))
                and not (n > 1 and ws[:n] == words and all(w in self._suffixes for w in ws[n:]))}
        return keys.pop() if len(keys) == 1 else None

    def _label_as_written(self) -> None:
        """A known person is labelled with his full name as the document spells it, when that is
        one of his known spellings: "Volodymyr Zelensky", "Zelenskiy" or "Zelenskyy", by the
        paper's style (a title before the surname is no spelling: "President Zelensky")."""
        written = Counter(self.sdoc[m.start:m.end].text for m in self.mentions if self.actors[m.key].cls == "Person")
        for key, actor in self.actors.items():
            entry = self.gaz.entries.get(key)
            if actor.cls != "Person" or entry is None or actor.label != entry.label:
                continue
            given, size = entry.label.split()[0], len(entry.label.split())
            spellings = [n for n in entry.names if len(n.split()) == size and n.split()[0] == given and written[n]]
            best = max(spellings, key=lambda n: (written[n], n == entry.label), default=None)
            if best is not None:
                actor.label = best

    def _register(self, key: str, cls: str, label: str, wikidata: str | None = None) -> None:
        if key not in self.actors:
            self.actors[key] = Actor(key=key, cls=cls, label=label, wikidata=wikidata)

    def _link_acronyms(self) -> None:
        """'the Rapid Support Forces ... the RSF': an acronym is the actor of this document whose
        name it abbreviates, or whose mention it follows in parentheses ('... Forces (RSF)')."""
        sdoc, tokens = self.sdoc, self.tokens
        is_acronym = lambda t: t.is_alpha and t.is_upper and 2 <= len(t) <= 8  # noqa: E731
        for i, m in enumerate(list(self.mentions)):
            # "The Volta Accountability Collective (VAC) welcomes …", where the NER found only the
            # acronym: the untagged name before it that it spells is the body, known by both
            if not (m.end - m.start == 1 and 0 < m.start and m.end < len(sdoc) and tokens[m.start - 1].text == "("
                    and tokens[m.end].text == ")" and is_acronym(tokens[m.start]) and self.actors[m.key].cls == "Organization"
                    and m.key.startswith("org/")):
                continue
            if (short := self._cut_short_before(m.start - 1, tokens[m.start].text)) is not None:
                # "The Press Freedom Alliance for Africa and Asia (PFAAA)": the NER's body stopped
                # short of the places the acronym spells as part of its name
                self._merge_name(short, Mention(short.end, m.start - 1, short.key, short.source))
                self.actors[short.key].aliases.add(tokens[m.start].text)
                self._relink(self.mentions.index(m), Mention(m.start, m.end, short.key, m.source))
            elif (start := self._acronym_start(m.start - 1, m.start - 1, tokens[m.start].text)) is not None:
                key = self._named_body(start, m.start - 1, tokens[m.start].text, m.source)
                self._relink(self.mentions.index(m), Mention(m.start, m.end, key, m.source))
        self.mentions.sort(key=lambda m: m.start)
        spelled: dict[str, set[str]] = {}
        for m in self.mentions:
            if self.actors[m.key].cls != "Person":
                # (a state's organ by the name it was named with: "the Australian Federal Police … the AFP")
                for name in (sdoc[m.start:m.end].text,) if m.source == "organ" else (self.actors[m.key].label, sdoc[m.start:m.end].text):
                    for acronym in _initialisms(name):
                        spelled.setdefault(acronym, set()).add(m.key)
        named = {a: ks.pop() for a, ks in spelled.items() if len(ks) == 1 and len(a) >= 3}
        # ("UNITAD has investigated … Iraqi officials criticized UNITAD", the second untagged): an
        # acronym the NER took for a body somewhere is that body wherever else it stands
        for m in self.mentions:
            if m.end - m.start == 1 and m.source == "ner" and len(tokens[m.start]) >= 3 and is_acronym(tokens[m.start]) \
                    and self.actors[m.key].cls == "Organization":
                named.setdefault(tokens[m.start].text, m.key)
        defined: set[str] = set()  # (acronyms set in parentheses after a body's name)
        for i, m in enumerate(list(self.mentions)):
            if m.end + 2 < len(sdoc) and tokens[m.end].text == "(" and tokens[m.end + 2].text == ")" \
                    and is_acronym(tokens[m.end + 1]) and self.actors[m.key].cls != "Person" and m.source != "organ":
                acronym = tokens[m.end + 1].text
                defined.add(acronym)
                before = self.mentions[i - 1] if i else None
                if acronym not in _initialisms(sdoc[m.start:m.end].text) and before is not None \
                        and self.actors[before.key].cls == "Organization" and before.source == "ner" \
                        and 0 < m.start - before.end <= 2 and acronym in _initialisms(sdoc[before.start:m.end].text):
                    # "the Observatory for Accountability in Lebanon (OAL)": the NER stopped at the
                    # place, which the acronym spells as part of the name
                    self._merge_name(before, m)
                    named[acronym] = before.key
                elif acronym not in _initialisms(sdoc[m.start:m.end].text) and self.actors[m.key].cls != "State" \
                        and m.source == "ner" and (start := self._acronym_start(m.start, m.end, acronym)) is not None:
                    # "the State Peace and Development Council (SPDC)" where the NER found only
                    # "Development Council": the words before it that the acronym spells
                    self._merge_name(Mention(start, start, m.key, m.source), m)
                    named[acronym] = m.key
                elif self.actors[m.key].cls == "State" and acronym not in _initialisms(self.actors[m.key].label) \
                        and (start := self._acronym_start(m.start, m.end, acronym)) is not None:
                    # "The Law Society of Kenya (LSK)": a body whose name ends with the state's, which
                    # the acronym spells whole (the state stays a mention of its own elsewhere)
                    self.mentions = [x for x in self.mentions if x is not m]
                    named[acronym] = self._named_body(start, m.end, acronym, "acronym")
                    self.mentions.sort(key=lambda x: x.start)
                elif self.actors[m.key].cls != "State" or acronym in _initialisms(self.actors[m.key].label):
                    named[acronym] = m.key
        if not named:
            return
        for t in tokens:
            key = named.get(t.text) if is_acronym(t) else None
            old = self.tok[t.i]
            # only a bare token, or a name the NER made up for it alone ("RSF" as its own organization;
            # as a person's only if set in parentheses after the body's name: "the Southern Africa Media
            # Defence Network (SAMDN) … said SAMDN's director")
            if key is None or old is not None and (old.key == key or old.end - old.start != 1 or not (
                    self.actors[old.key].cls == "Person" and t.text in defined)
                    and (old.source != "ner" or self.actors[old.key].cls == "Person")):
                continue
            m = Mention(t.i, t.i + 1, key, "acronym")
            self.tok[t.i] = m
            if old is None:
                self.mentions.append(m)
            else:
                self.mentions[self.mentions.index(old)] = m
            self.actors[key].aliases.add(t.text)
        self.mentions.sort(key=lambda m: m.start)

    def _link_own_language_names(self) -> None:
        """'the Mozambican Bar Association (Ordem dos Advogados de Moçambique)': a name in brackets
        right after a body's, with no other word in them, is that body's name in its own language."""
        tokens = self.tokens
        for m in list(self.mentions):
            if m.end + 2 >= len(tokens) or tokens[m.end].text != "(" or self.actors[m.key].cls != "Organization":
                continue
            close = next((i for i in range(m.end + 1, min(m.end + 12, len(tokens))) if tokens[i].text == ")"), None)
            inside = [x for x in self.mentions if close is not None and m.end < x.start and x.end <= close]
            # (a place in it is part of the name: "Ordem dos Advogados de Angola")
            if close is None or not any(self.actors[x.key].cls == "Organization" for x in inside) \
                    or any(self.actors[x.key].cls == "Person" for x in inside) \
                    or not all(t.text[:1].isupper() or t.is_lower and len(t) <= 3 for t in tokens[m.end + 1:close]) \
                    or close - m.end - 1 < 2:
                continue
            for x in inside:
                self._relink(self.mentions.index(x), Mention(x.start, x.end, m.key, x.source))
            self.actors[m.key].aliases.add(self.sdoc[m.end + 1:close].text)

    def _named_body(self, start: int, end: int, acronym: str, source: str) -> str:
        """The organization whose name runs from token `start` to `end`, known also by `acronym`,
        registered with a mention of that whole name (over whatever the tokens held)."""
        name = self.sdoc[start:end].text
        key = "org/" + slug(name)
        self._register(key, "Organization", name)
        self.actors[key].aliases.add(acronym)
        whole = Mention(start, end, key, source)
        self.mentions.append(whole)
        for t in range(whole.start, whole.end):
            self.tok[t] = whole
        return key

    def _acronym_start(self, first: int, end: int, acronym: str) -> int | None:
        """Where a name the NER cut short begins, if capitalised words (and small words between
        them) just before token `first`, no other actor's, make with the tokens up to `end` a
        name whose initials are `acronym`."""
        run = self._untagged_run(first, ("and", "of", "for"))
        return next((start for start in range(first - 1, run - 1, -1) if self.tokens[start].text[:1].isupper()
                     and acronym in _initialisms(self.sdoc[start:end].text)), None)

    def _untagged_run(self, first: int, small_words: tuple[str, ...]) -> int:
        """Where the words just before token `first` that no actor holds, capitalised or small
        (`small_words`), begin (six at most)."""
        start = first
        while start > 0 and first - start < 6 and self.tok[start - 1] is None and (
                self.tokens[start - 1].text[:1].isupper() and self.tokens[start - 1].is_alpha
                or self.tokens[start - 1].lower_ in small_words):
            start -= 1
        return start

    def _cut_short_before(self, first: int, acronym: str) -> Mention | None:
        """The organization the NER found just before the untagged capitalised words (and small
        words) ending at token `first`, when with them its name has the initials `acronym`."""
        start = self._untagged_run(first, ("and", "of", "for", "in"))
        prev = self.tok[start - 1] if 0 < start < first else None
        if prev is None or prev.end != start or prev.source != "ner" or self.actors[prev.key].cls != "Organization" \
                or acronym in _initialisms(self.sdoc[prev.start:prev.end].text):
            return None
        return prev if acronym in _initialisms(self.sdoc[prev.start:first].text) else None

    def _merge_name(self, first: Mention, place: Mention) -> None:
        """One organization's name over `first` and the place mention that completes it."""
        merged = Mention(first.start, place.end, first.key, first.source)
        self.mentions = [x for x in self.mentions if x is not first and x is not place] + [merged]
        for t in range(merged.start, merged.end):
            self.tok[t] = merged
        self.actors[first.key].label = self.sdoc[merged.start:merged.end].text
        self.actors[first.key].aliases.add(self.actors[first.key].label)
        self.mentions.sort(key=lambda x: x.start)

    def _after_of(self, i: int) -> int | None:
        """Where the name after 'of (the)' at token `i` starts, or None when no 'of' is there."""
        sdoc, tokens = self.sdoc, self.tokens
        if i >= len(sdoc) or tokens[i].lower_ != "of":
            return None
        return i + 2 if i + 1 < len(sdoc) and tokens[i + 1].lower_ == "the" else i + 1

    def _link_organs_of(self) -> None:
        """'the General Assembly of the Organization of American States': a body named as the
        organ of another is that other one here, not the body of the same name elsewhere (UN)."""
        for i, m in enumerate(self.mentions):
            j = self._after_of(m.end)
            if j is not None and j < len(self.sdoc):
                nxt = self.tok[j]
                if nxt is not None and nxt.start == j and nxt.key != m.key and self.actors[m.key].cls == "Organization" \
                        and self.actors[nxt.key].cls == "Organization":
                    self._relink(i, Mention(m.start, m.end, nxt.key, "organ"))

    def _states_own_councils(self) -> None:
        """"Russia's Security Council", "the Russian Security Council": a name an international body
        shares with states' own bodies (state_organs.shared_names), written with a state as its
        possessor or demonym, is that state's organ, not the international body."""
        for i, m in enumerate(self.mentions):
            if m.start < 2 or self.actors[m.key].cls != "Organization" \
                    or self.sdoc[m.start:m.end].text.lower() not in self._shared_names:
                continue
            before = self.tokens[m.start - 1]
            owner = self.tok[before.i - 1] if before.tag_ == "POS" else None
            state = owner.key if owner is not None and self.actors[owner.key].cls == "State" \
                else self.gaz.demonyms.get(before.text)
            if state:
                e = self.gaz.entries[state]
                self._register(state, e.type, e.label, e.wikidata)
                self._relink(i, Mention(m.start, m.end, state, "organ"))

    def _link_known_as(self) -> None:
        """'Mohammed al-Masri (known as Mohammed Deif)', 'Ahmed Mohamed Islam, widely known as Madobe':
        the second name is the same person (also when the NER took a lone name for a body's)."""
        known_as = r"\W{0,3}\(?\s*(?:\w+ly\s+)?(?:%s)\s+" % "|".join(map(re.escape, self.lex.words("known_as")))
        pattern, leading = re.compile(f"^{known_as}$", re.I), re.compile(known_as, re.I)
        text = self.text
        for a, b in zip(self.mentions, self.mentions[1:]):
            if a.key == b.key or not a.key.startswith(("person/",)) and self.actors[a.key].cls != "Person":
                continue
            between = text[self.tokens[a.end - 1].idx + len(self.tokens[a.end - 1]):self.tokens[b.start].idx]
            if self.actors.get(b.key) and (self.actors[b.key].cls == "Person" or b.source == "ner" and b.key.startswith("org/")) \
                    and pattern.match(between):
                self._relink(self.mentions.index(b), Mention(b.start, b.end, a.key, b.source))
                self.actors[a.key].aliases.add(self.sdoc[b.start:b.end].text)
                if not any(m.key == b.key for m in self.mentions):
                    self.actors.pop(b.key, None)
        # The name after "known as" that the NER left untagged: the person's too, and so is each
        # later mention of it the NER tagged as a body's ("… Islam, widely known as Madobe … Madobe's")
        for a in [m for m in self.mentions if self.actors[m.key].cls == "Person"]:
            after = self.tokens[a.end - 1].idx + len(self.tokens[a.end - 1])
            said = leading.match(text, after, after + 40)
            j = next((t.i for t in self.tokens[a.end:a.end + 6] if t.idx >= said.end()), None) if said else None
            if j is None or self.tok[j] is not None:
                continue
            k = j
            # (capitalised words there are a name, whatever the tagger made of them: "Dheere", ADV)
            while k < len(self.tokens) and k - j < 3 and self.tok[k] is None and self.tokens[k].is_alpha \
                    and self.tokens[k].is_title:
                k += 1
            if k == j:
                continue
            name = self.sdoc[j:k].text
            self.actors[a.key].aliases.add(name)
            new = Mention(j, k, a.key, "ner")
            self.mentions.append(new)
            for t in range(j, k):
                self.tok[t] = new
            for i, m in enumerate(self.mentions):
                if m.key.startswith("org/") and m.source == "ner" and self.sdoc[m.start:m.end].text == name:
                    self._relink(i, Mention(m.start, m.end, a.key, m.source))
            words = [t.text for t in self.tokens[j:k]]
            for i in range(len(self.tokens) - len(words) + 1):
                if all(self.tok[x] is None and self.tokens[x].text == w for x, w in zip(range(i, i + len(words)), words)):
                    again = Mention(i, i + len(words), a.key, "surname")
                    self.mentions.append(again)
                    for t in range(i, i + len(words)):
                        self.tok[t] = again
        self.mentions.sort(key=lambda m: m.start)

    def _another_states_body(self, start: int, end: int, key: str) -> bool:
        """Is the one-word name of a state's parliament at `start` part of another state's body's
        name ("the Indian National Congress", "the Peruvian Congress", "Peru's Congress" are not the
        U.S. Congress)?"""
        home = self.gaz.entries[key].legislature_of
        if not home or end - start != 1:
            return False
        i = start - 1
        if i >= 1 and self.tokens[i].tag_ == "POS":
            i -= 1
        while i >= 0 and self.tokens[i].pos_ in ("PROPN", "ADJ") and self.tokens[i].text[:1].isupper():
            state = self.gaz.demonyms.get(self.tokens[i].text) or self.gaz.by_name.get(self.tokens[i].text)
            if state and state != home and self.gaz.entries[state].type == "State":
                return True
            i -= 1
        return False

    def _longer_unknown_name(self, start: int, end: int, key: str, matches: list[tuple[int, int, int]]) -> bool:
        """Is the body's name at `start` the end of a longer name the gazetteer does not know,
        set off by a capitalised word before it ("Algeria's High Security Council", "the White House
        National Security Council" are not the U.N. Security Council)? Not a demonym, a known name or
        a longer name of the same body ("U.N. Security Council")."""
        if self.gaz.entries[key].type in ("Person", "State") or start == 0:
            return False
        if end - start < 2:
            # (a one-word name inside a longer body's name the NER found: "The World Uyghur Congress",
            # not a state's: "the Colombian Congress")
            if self._org_ents is None:  # (spaCy builds the entity spans anew on every read: once)
                self._org_ents = [(e.start, e.end) for e in self.sdoc.ents if e.label_ == "ORG"]
            if not any(s < start and e >= end for s, e in self._org_ents):
                return False
            before = self.tokens[start - 1]
            strings = self.sdoc.vocab.strings
            return before.pos_ == "PROPN" and before.text not in self.gaz.demonyms and not any(
                s <= start - 1 < e and strings[m] in self.gaz.entries and self.gaz.entries[strings[m]].type == "State"
                for m, s, e in matches)
        before = self.tokens[start - 1]
        if before.pos_ not in ("PROPN", "ADJ") or not before.text[:1].isupper() or before.is_sent_start \
                or "-" in before.text:  # ("the U.N.-backed Khmer Rouge tribunal")
            return False
        if before.text in self.gaz.demonyms or before.text in self.gaz.by_name or before.ent_type_ == "NORP" \
                or any(s <= start - 1 < e for _, s, e in matches):  # ("mainly Muslim Seleka", "United States House …")
            return False
        return not any(s < start and e >= end and self.sdoc.vocab.strings[m] == key for m, s, e in matches)

    # --- who "we" and "you" are in a letter -------------------------------------------------
    def _authors(self) -> list[str]:
        markers = [re.compile(p, re.I | re.M) for p in self.lex.raw["author_markers"]["lines"]]
        stop = re.compile(self.lex.raw["author_markers"]["stop"], re.I)
        text = self.text
        organ_line = self.lex.raw["author_markers"]["organs"]
        for marker in markers:
            for m in marker.finditer(text):
                keys: list[str] = []
                pos = m.end()
                lines = text[pos:].splitlines()[:12]
                signed: tuple[str, int] | None = None
                following_title = ""
                signed_for = False
                for n, line in enumerate(lines):
                    if stop.match(line) or (keys and not line.strip() and len(keys) >= 2):
                        break
                    if not line.strip():
                        continue
                    begin = text.index(line, pos)
                    pos = begin + len(line)
                    # ("On behalf of the Southern Africa Justice Network": the body signed for)
                    on_behalf = re.match(self.lex.raw["author_markers"]["signed_for"], line, re.I)
                    if on_behalf:
                        begin, line = begin + on_behalf.end(), line[on_behalf.end():]
                    elif signed_for:
                        continue  # ("On behalf of X:\nJane Doe, Chairperson": X's signers, not authors beside it)
                    # ("Coalition for Justice in Southern Africa (CJSA), Johannesburg": the body, not its
                    # seat, nor the seat's own line below it)
                    line = line[:self._seat_at_end(line)]
                    # (nor the place and date it was signed at, under its signer: "Bangkok, 24 April 2023")
                    if keys and (self._only_a_seat(line) or DATED_LINE.search(line)):
                        continue
                    # ("The Executive Board" over "Sahel Observatory …": the body's organ, signing for the body below)
                    if re.match(organ_line, line, re.I) and any(later.strip() for later in lines[n + 1:]):
                        continue
                    title, comma, rest = line.partition(",")
                    if signed is not None and comma and title.strip() == following_title and rest.strip():
                        # ("Njeri Kamau\nChairperson, Kenyans for Justice": the signer's title, then the body)
                        begin, line = begin + len(title) + 1 + (len(rest) - len(rest.lstrip())), rest.strip()
                    key = self._actor_in_chars(begin, begin + len(line), whole=True)
                    if (not key or self.actors[key].cls == "Organization") and (organ := self._organ_prefix.fullmatch(line.strip())):
                        # ("The Board of the X Coalition", "For the board of the X Committee": the body)
                        key = self._body_of_organ(organ.group(1)) or key
                    following = lines[n + 1] if n + 1 < len(lines) else ""
                    signer = (key if self.actors[key].cls == "Person" and self._opens_on_title(following) else None) \
                        if key else self._signer_line(line.strip(), following)
                    found = [key] if key else self._signature_parts(begin, line) or [signer or self._org_line(line.strip())]
                    signed_for = signed_for or bool(on_behalf and any(found))
                    if signed is not None:
                        self.signers += [(signed[0], k, following_title, signed[1], pos) for k in found
                                         if k and self.actors[k].cls != "Person"]
                    signed, following_title = ((signer, begin), following.split(",")[0].strip()) if signer else (None, "")
                    keys += [k for k in found if k and k not in keys]
                    if len(keys) >= 3:
                        break
                if keys:
                    return keys
        # A statement's byline near the top: "Joint statement by FIDH and the Center for Civil
        # Liberties", "Amnesty International public statement"; or its sign-off anywhere:
        # "Amnesty International and the undersigned organisations will continue …"
        markers = self.lex.raw["author_markers"]
        for patterns, where in ((markers["bylines"], text[:600]), (markers.get("signoffs", []), text)):
            for pattern in patterns:
                m = re.search(pattern, where, re.I | re.M)
                keys = self._named_by(m) if m else []
                if keys:
                    return keys
        # A statement in the first person plural signed by a last line that is only a name:
        # "… We stand with the families.\n\nMediterranean Rights Observatory"
        # (a closing place-and-date line after it is no name: "Banjul, 17 December 2024")
        end = re.search(r"\n[ \t]*[A-Z][^\n,]{0,40},\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}[ \t]*\s*\Z", text)
        body = text[:end.start()] if end else text
        m = re.search(r"\n[ \t]*([^\n]+?)[ \t]*\s*\Z", body)
        if m and re.search(r"\b(we|our|us)\b", text, re.I) and len(m.group(1).split()) <= 8 \
                and not m.group(1).endswith((".", ":", "?", "!", '"', "”")):
            keys = self._named_by(m)
            if keys and all(self.actors[k].cls == "Organization" for k in keys):
                return keys
        return self._opening_statement() or self._dated_byline() or self._self_described()

    def _dated_byline(self) -> list[str]:
        """A release whose first paragraph opens on its body's name (maybe its place) and the date
        before "We": "Artists at Risk Coalition, 8 April 2011 - We condemn …" (the body, not a city)."""
        name = self._dated_body
        key = self.gaz.by_name.get(name) if name else None
        if key is not None:
            self.ensure(key)
        key = key or (self._org_line(name) if name else None)
        return [key] if key and self.actors[key].cls == "Organization" else []

    def _opening_statement(self) -> list[str]:
        """A press release in the first person plural that opens on a body's own statement, in the
        present tense: "Monrovia - The Mano River Accountability Network (MRAN) welcomes …",
        then "Today we urge …": that body is "we" (in a release so headed, "PRESS RELEASE", however
        seldom it says "we")."""
        # (once is enough in a release so headed: "PRESS RELEASE … We welcome the statement of …")
        headed = any(line.strip().lower() in self.lex.raw["author_markers"]["release_headers"]
                     for line in self.text.lstrip().splitlines()[:4])
        if len(re.findall(r"\b(?:we|our)\b", _QUOTED.sub(" ", self.text), re.I)) < (1 if headed else 3):
            return []
        for sent in self.sents[:4]:
            root = sent.root
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
            # (or the past with "today": "The X Coalition (XC) today condemned …")
            # (the parser may hang "today" on the name: "The X Network (XN) today condemned")
            today = root.tag_ == "VBD" and any(t.lower_ == "today" for t in sent if t.i < root.i)
            key = self.at(subj) if subj is not None and (root.tag_ == "VBZ" or today) else None
            if key is not None and self.actors[key].cls == "Organization":
                return [key]
        return []

    def _self_described(self) -> list[str]:
        """A statement in the first person plural whose last paragraph opens on a body that goes
        on as "we" or describes itself: "Amnesty International has worked in Turkey for decades.
        … we documented …", "The X Network is a coalition of lawyers …"."""
        text = self.text
        if len(re.findall(r"\b(?:we|our)\b", _QUOTED.sub(" ", text), re.I)) < 3:
            return []
        last = text.rstrip()
        markers = self.lex.raw["author_markers"]
        # (past a closing contact line, "Contact: press@…", to the paragraph before it)
        while "\n\n" in last and re.match(markers["contact_lines"], last[last.rfind("\n\n") + 2:], re.I):
            last = last[:last.rfind("\n\n")].rstrip()
        begin = last.rfind("\n\n") + 2 if "\n\n" in last else 0
        # ("Notes to editors: Uyghur Asylum Watch is an independent organisation …": past its label)
        label = re.match(markers["note_labels"], text[begin:len(last)], re.I)
        begin += label.end() if label else 0
        heads = "|".join(self.lex.raw["author_markers"]["org_heads"])
        first = next((mm for mm in self.mentions if self.sdoc[mm.start:mm.end].start_char >= begin), None)
        span = self.sdoc[first.start:first.end] if first is not None else None
        key, name = None, None
        if span is not None and not re.sub(r"^\s*(?:the\s+)?", "", text[begin:span.start_char], flags=re.I):
            if self.actors[first.key].cls != "Organization":
                return []
            key, end = first.key, span.end_char
        else:  # a name the NER missed, ended by a word bodies end in ("Coastal Rights Watch")
            named = re.match(r"\s*(?:The\s+)?((?:[A-Z][\w'’&.-]*\s+){1,5}(?i:" + heads + r"))\b", text[begin:])
            if named is None:
                return []
            name, end = named.group(1), begin + named.end()
        rest = _QUOTED.sub(" ", text[end:len(last)])
        described = re.match(r"\s+is\s+an?\s+(?:[\w-]+\s+){0,4}?(?:" + heads + r"|group|organi[sz]ation|body|movement)s?\b",
                             rest, re.I)
        if not (described or re.search(r"\b(?:we|our)\b", rest, re.I)):
            return []
        key = key or self._org_line(name)
        return [key] if key else []

    def _signature_parts(self, begin: int, line: str) -> list[str]:
        """'Maria Lopez, Director, Andean Justice Network': a signature line of a name, a title
        and the body signed for is that person and that body (not one body named by the line)."""
        parts = [(begin + p.start(), begin + p.end(), p.group().strip()) for p in re.finditer(r"[^,]+", line)]
        if len(parts) < 2:
            return []
        heads = self.lex.raw["author_markers"].get("org_heads", [])
        # ("Thandeka Mokoena, Coordinator": a name the NER missed or took for a body's, then a title)
        titled = len(parts) > 1 and self._opens_on_title(parts[1][2])
        found = [(self._signer_line(part, parts[1][2]) if i == 0 and titled and not (
                    (k := self._actor_in_chars(b, e, whole=True)) and not k.startswith("org/")) else None)
                 or self._actor_in_chars(b, e, whole=True)
                 or (self._org_line(part) if any(w.lower() in heads for w in part.split()) else None)
                 for i, (b, e, part) in enumerate(parts)]
        # (every part must be a name or a title: "Tokyo, 1 October 2007" is no signature)
        if not any(found) or any(k is None and not all(w.lower() in self._titles for w in part.split())
                                 for k, (_, _, part) in zip(found, parts)):
            return []
        return [k for k in found if k]

    def _seat_at_end(self, line: str) -> int:
        """Where a body's name ends before the place it sits in ("Statement of the Free Press
        Alliance, Stockholm"; or places: "…, Tunis/Paris"): a last place after a comma."""
        seat = re.search(r",\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:\s*/\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)*)\s*$", line)
        return seat.start() if seat and all(
            p.strip() in self.gaz.cities or p.strip() in self.gaz.by_name for p in seat.group(1).split("/")) else len(line)

    def _only_a_seat(self, line: str) -> bool:
        """Is the line nothing but a place a body sits in ("Kuala Lumpur", "Tunis/Paris", "Accra,
        Dakar, Lagos", "Bangkok, Jakarta and Manila")?"""
        return all(p.strip() and self._seat_at_end(", " + p.strip()) == 0 for p in re.split(r"[,/]|\s+and\s+", line))

    def _named_by(self, m: re.Match) -> list[str]:
        """The organizations a byline's or sign-off's group 1 names, and nothing else."""
        named = m.group(1)[:self._seat_at_end(m.group(1))]
        if (organ := self._organ_prefix.fullmatch(named.strip())) is not None:
            return [k for k in (self._body_of_organ(organ.group(1)),) if k]
        inside = [(sp, mm.key) for mm in self.mentions if (sp := self.sdoc[mm.start:mm.end]).start_char >= m.start(1)
                  and sp.end_char <= m.start(1) + len(named)]
        rest = m.group(1)
        for sp, _ in inside:
            rest = rest.replace(sp.text, " ")
        # only names joined by "and" (not a headline: "Japan opts out of a joint statement")
        if inside and not re.sub(r"\b(and|the|its|other|member|partners?|organi[sz]ations?|\d+)\b|[,&()]|\s", "", rest, flags=re.I):
            keys = [k for _, k in inside if self.actors[k].cls != "Person"]
            if keys:
                return list(dict.fromkeys(keys))
        # "Statement by Caucasus Rights Monitor", "by the Gulf Rights Network and partner
        # organisations": a name the NER missed
        # (with where the partners are: "and partner organisations in North Kivu and Ituri")
        name = re.sub(r"^the\s+|\s+and\s+(?:\d+\s+)?(?:its\s+)?(?:other\s+)?(?:partner\s+|member\s+)?(?:organi[sz]ations|partners)"
                      r"(?:\s+(?:in|from|across)\s+[^,]+)?$", "",
                      named.strip(), flags=re.I)
        # (a place the NER found inside such a name is part of it: "the Gulf of Guinea Rights Network")
        heads = self.lex.raw["author_markers"].get("org_heads", [])
        # (or one closed by its acronym, whatever the acronym spells: "the Observatory for
        # Accountability in Lebanon (OAL)", "the Nicaraguan Memory and Justice Collective (CMJN)",
        # in another language's order; such a long name may hold "the" and a year: "the Committee
        # for Truth and Justice for the Disappeared of February 2008 (CVJD)")
        acronym = re.fullmatch(r"(.+?)\s*\(([A-Z]{2,})\)", name)
        # (a name ending in a place the NER found: "the Alliance for Justice in Honduras", its head
        # before the place; "the Coalition for Accountability in Afghanistan", the NER's body cut
        # short of it, found as "Coalition for Accountability" and "Afghanistan")
        placed = re.fullmatch(r"(.+?)\s+(?:in|for|of)\s+(?:the\s+)?" + re.escape(inside[-1][0].text), name) \
            if inside and self.actors[inside[-1][1]].cls == "State" else None
        states_after = lambda i: all(self.actors[k].cls == "State" for _, k in inside[i:])  # noqa: E731
        # (or a head with its complement after it, a place the NER found before: "the Bogotá Forum for
        # Victims' Rights")
        name_words = name.split()
        headed = name_words[-1].lower() in heads or placed is not None and states_after(0) \
            and any(w.lower() in heads for w in placed.group(1).split()) \
            or states_after(0) and any(w.lower() in heads and after in ("for", "of", "on", "against")
                                       for w, after in zip(name_words[1:], name_words[2:]))
        cut = inside[0][1] if placed is not None and len(inside) >= 2 and self.actors[inside[0][1]].cls == "Organization" \
            and name.startswith(inside[0][0].text) and states_after(1) else None
        words = r"(?:\s+(?:[A-Z][\w'’&.-]*|of|for|to|and|in|on|" + _NAME_LINKS + r")){1,6}" if acronym is None \
            else r"(?:\s+(?:[A-Z][\w'’&.-]*|\d{4}|the|of|for|to|and|in|on|" + _NAME_LINKS + r")){1,12}"
        if (not inside or headed or acronym is not None or cut is not None) \
                and re.fullmatch(r"[A-Z][a-z][\w'’&.-]*" + words + r"(?:\s*\([A-Z]{2,}\))?", name) \
                and name.split()[-1].lstrip("(")[0].isupper():
            key = self._org_line(acronym.group(1) if acronym is not None else name)
            if key and acronym is not None:  # its acronym elsewhere in the text is this body too
                replaced = set()
                for i, mm in enumerate(self.mentions):
                    if self.sdoc[mm.start:mm.end].text == acronym.group(2) and self.actors[mm.key].cls != "Person":
                        replaced.add(mm.key)
                        self._relink(i, Mention(mm.start, mm.end, key, "acronym"))
                self.actors[key].aliases.add(acronym.group(2))
                for old in replaced - {mm.key for mm in self.mentions}:
                    del self.actors[old]
            if key and cut is not None and cut != key:  # the short name wherever else it stands is this body too
                for i, mm in enumerate(self.mentions):
                    if mm.key == cut:
                        self._relink(i, Mention(mm.start, mm.end, key, "author"))
                if cut not in {mm.key for mm in self.mentions}:
                    del self.actors[cut]
            if key:
                # (words of the name the NER took for someone or another body, "Dignity
                # Collective", "the Kenyan Truth", are the body; a state named in it stays, as
                # the story's place: "the Burma Justice Coalition")
                for i, mm in enumerate(self.mentions):
                    sp = self.sdoc[mm.start:mm.end]
                    if m.start(1) <= sp.start_char and sp.end_char <= m.start(1) + len(named) \
                            and self.actors[mm.key].cls != "State":
                        self._relink(i, Mention(mm.start, mm.end, key, "author"))
                return [key]
        return []

    def _signer_line(self, line: str, following: str) -> str | None:
        """A signature's name line the NER missed, over a line that opens on a title ("Teresa
        Huaman Soto" over "Executive Secretary, Andean Commission …"): that person."""
        words = line.split()
        if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[A-Z][\w'’.-]*", w) for w in words) \
                or not self._opens_on_title(following) \
                or any(w.lower() in self.lex.raw["author_markers"].get("org_heads", []) for w in words):
            return None
        key = "person/" + slug(line)
        self._register(key, "Person", line)
        return key

    def _opens_on_title(self, line: str) -> bool:
        """Does a signature line open on a title ("Executive Secretary, Andean Commission …")?"""
        title = line.split(",")[0].split()
        return bool(title) and all(w.lower() in self._titles for w in title)

    def _body_of_organ(self, name: str) -> str | None:
        """The body a signature's organ serves ("The Board of the Mekong Press Freedom Coalition"):
        the organization of that name this document knows, else one of that name."""
        return next((k for k, a in self.actors.items() if a.cls == "Organization" and name in {a.label, *a.aliases}), None) \
            or self._org_line(name)

    def _org_line(self, line: str) -> str | None:
        """A line of a signature block that names an organization the NER missed."""
        if not re.fullmatch(r"[A-Z][\w'’&.,()\- ]{2,80}", line) or line.lower().startswith(("dear", "sincerely")):
            return None
        # ("Committee for Refugees and Exiles (Belgrade)", "… (CRE)": the name, without its seat or acronym)
        line = re.sub(r"\s*\([^()]*\)$", "", line) or line
        # ("The members of the X Network", "The Board of X": the body, named without its article)
        if (organ := self._organ_prefix.fullmatch(line)) is not None:
            line = organ.group(1)
        line = re.sub(r"^The\s+(?=[A-Z])", "", line)
        key = "org/" + slug(line)
        self._register(key, "Organization", line)
        return key

    def _actor_in_chars(self, begin: int, end: int, whole: bool = False) -> str | None:
        """The first actor named between two offsets; with `whole`, only one the line is (besides
        an acronym in brackets): the line "Haki Sasa Kenya" signs for an organization, not Kenya."""
        for m in self.mentions:
            s = self.sdoc[m.start:m.end]
            if s.start_char >= begin and s.end_char <= end:
                rest = re.sub(r"\([^)]*\)|\b(the|of|and)\b|[^\w]", "", self.text[begin:s.start_char] + self.text[s.end_char:end], flags=re.I)
                if whole and rest:
                    return None
                return m.key
        return None

    def _addressees(self) -> list[str]:
        sal = re.compile(self.lex.raw["salutation"], re.I | re.M)
        for m in sal.finditer(self.text):
            # ("To H.E. Samia Suluhu Hassan, President of …": the first person named there)
            key = next((mm.key for mm in self.mentions if self.actors[mm.key].cls == "Person"
                        and m.start(2) <= self.tokens[mm.start].idx and self.tokens[mm.end - 1].idx < m.end(2)), None)
            if key:
                return [key]
            # ("OPEN LETTER TO HIS EXCELLENCY IDRISS DÉBY ITNO, PRESIDENT …": in capitals the NER
            # finds no one; a well-known person named there in full)
            line = f"-{slug(m.group(2))}-"
            key = next((k for name, k in sorted(self.gaz.by_name.items()) if len(name.split()) >= 2
                        and self.gaz.entries[k].type == "Person" and f"-{slug(name)}-" in line), None)
            if key:
                e = self.gaz.entries[key]
                self._register(key, e.type, e.label, e.wikidata)
                return [key]
            # ("Dato' Seri Abdullah Ahmad Badawi / Prime Minister … / Dear Prime Minister,": a salutation
            # by title alone greets the person the letter's heading named last)
            if all(w.lower().strip(".") in self._titles for w in m.group(2).split()):
                key = next((mm.key for mm in reversed(self.mentions) if self.actors[mm.key].cls == "Person"
                            and self.tokens[mm.start].idx < m.start()), None)
                if key:
                    return [key]
        return []

    # --- lookups ----------------------------------------------------------------------------
    def _actors_by_paragraph(self, unit: list[int]) -> dict[int, set[str]]:
        out: dict[int, set[str]] = {}
        for m in self.mentions:
            out.setdefault(unit[m.start], set()).add(m.key)
        return out

    def stories(self) -> list[Span]:
        """The stories of a list of leads: each paragraph (or line, where the leads are one to a
        line), joined to the one before when they name an actor in common (a lead told on in a
        second paragraph), as spans without their surrounding blank."""
        unit = self._lead_unit
        actors_in = self._actors_by_paragraph(unit)
        groups: list[list[int]] = []  # [first token, last token, last paragraph]
        for t in self.tokens:
            if t.is_space:
                continue
            para = unit[t.i]
            if groups and groups[-1][2] == para:
                groups[-1][1] = t.i
            elif groups and actors_in.get(para, set()) & actors_in.get(groups[-1][2], set()) \
                    and not (t.text[:1].isdigit() and _LIST_MARK.match(self.text, t.idx)):
                # (but a lead opening on its number is a lead of its own: "7. Estonia …" after "6. Russia …")
                groups[-1][1:] = [t.i, para]
            else:
                groups.append([t.i, t.i, para])
        return [self.sdoc[first:last + 1] for first, last, _ in groups]

    def lead_list(self) -> bool:
        """Whether the document is a list of unrelated one-sentence leads (see the lexicon's
        lead_lists), told by its paragraphs or, failing that, by its lines."""
        if self.filed:
            return False
        for unit in (self.paragraph_of, _paragraphs(self.tokens, breaks=1)):
            if self._leads_by(unit):
                self._lead_unit = unit
                return True
        return False

    def _leads_by(self, unit: list[int]) -> bool:
        shape = self.lex.raw["lead_lists"]
        actors_in = self._actors_by_paragraph(unit)
        sentences: dict[int, int] = {}
        numbered: set[int] = set()  # paragraphs opening on a list's number: "3. Kuwait ordered …"
        for sent in self.sents:
            said = self.text[sent.start_char:sent.end_char]
            if unit[sent.start] not in sentences and _LIST_MARK.match(said) and said.lstrip()[:1].isdigit():
                numbered.add(unit[sent.start])
            # (a list's number the parser took for a sentence of its own, "1.", is no sentence)
            if said.strip() and not _LIST_MARK.fullmatch(said):
                sentences[unit[sent.start]] = sentences.get(unit[sent.start], 0) + 1
        paras = sorted(actors_in)
        if len(sentences) < shape["min_paragraphs"] or len(paras) < 2:
            return False
        single = sum(n == 1 for n in sentences.values()) / len(sentences)
        dated = len({unit[e.start] for e in self.sdoc.ents if e.label_ == "DATE"} & set(sentences)) / len(sentences)
        seen, any_before, previous = set(actors_in[paras[0]]), 0, 0
        for before, para in zip(paras, paras[1:]):
            any_before += bool(actors_in[para] & seen)
            previous += bool(actors_in[para] & actors_in[before])
            seen |= actors_in[para]
        pairs = len(paras) - 1
        # (numbered leads are a list whatever actors they share: a digest of one week's expulsions)
        listed = len(numbered & set(sentences)) / len(sentences) >= shape["min_numbered"]
        return single >= shape["min_single_sentence"] and dated >= shape["min_dated"] and (listed or (
            any_before / pairs <= shape["max_sharing_any_before"] and previous / pairs <= shape["max_sharing_previous"]))

    def words(self, span: Span) -> list[Token]:
        """The tokens of a span of this document (made once: see `tokens`)."""
        return self.tokens[span.start:span.end]

    def at(self, tok: Token) -> str | None:
        m = self.tok[tok.i]
        return m.key if m else None

    def cls(self, key: str) -> str:
        return self.actors[key].cls

    def demonym(self, tok: Token) -> str | None:
        sdoc, tokens = self.sdoc, self.tokens
        # a hyphenated one, split by the tokenizer: "Bissau-Guinean" (not "Guinean")
        key = next((k for a, b in ((tok.i - 2, tok.i), (tok.i, tok.i + 2)) if 0 <= a and b < len(sdoc)
                    and tokens[a + 1].text == "-" and not tokens[a].whitespace_ and not tokens[a + 1].whitespace_
                    and (k := self.gaz.demonyms.get(sdoc[a:b + 1].text))), None)
        # two-word demonyms first: "Central African", "South Korean", "Bosnian Serb" (not "Bosnian"),
        # and no state's in a region's ("seven Latin American countries")
        for a, b in ((tok.i - 1, tok.i), (tok.i, tok.i + 1)):
            if key is None and 0 <= a and b < len(sdoc):
                pair = f"{tokens[a].text} {tokens[b].text}"
                if pair in self._not_actor_names:
                    return None
                key = self.gaz.demonyms.get(pair)
        key = key or self.gaz.demonyms.get(tok.text) or self.gaz.demonyms.get(tok.text.capitalize())
        if key and key not in self.actors:
            e = self.gaz.entries[key]
            self._register(key, e.type, e.label, e.wikidata)
        return key

    def mention_span(self, tok: Token) -> Span | None:
        m = self.tok[tok.i]
        return self.sdoc[m.start:m.end] if m else None

    def city_state(self, tok: Token) -> str | None:
        """The state of a large city named by `tok` ('Istanbul', 'St. Petersburg'), if any."""
        sdoc = self.sdoc
        for a, b in ((tok.i, tok.i), (tok.i - 1, tok.i), (tok.i, tok.i + 1), (tok.i - 2, tok.i)):
            if 0 <= a and b < len(sdoc):
                key = self.gaz.cities.get(sdoc[a:b + 1].text)
                if key:
                    self.ensure(key)
                    return key
        return None

    def hosts_international_courts(self, tok: Token) -> bool:
        """Does the place `tok` heads name a city where international courts sit ("The Hague")?
        A court there is no court of the city's state, whatever else the city stands for."""
        text = self.sdoc[tok.left_edge.i:tok.i + 1].text
        return text in self._international_seats or f"The {text}" in self._international_seats  # ("the Hague-based court")

    def seat_state(self, tok: Token) -> str | None:
        """The state whose capital or large city `tok` names ("Addis Ababa", "Koblenz"), if any."""
        key = self.gaz.capitals.get(self.sdoc[tok.left_edge.i:tok.i + 1].text) or self.city_state(tok)
        if key is None or self.gaz.entries[key].type != "State":
            return None
        self.ensure(key)
        return key

    def ensure(self, key: str) -> None:
        """Make a gazetteer actor known to this document (one the text names only by description)."""
        if key not in self.actors and key in self.gaz.entries:
            e = self.gaz.entries[key]
            self._register(key, e.type, e.label, e.wikidata)

    def side_of(self, keys) -> set[str]:
        """The actors with the states they serve: who counts as one side ('Lavrov' and Russia)."""
        keys = set(keys)
        return keys | {st for k in keys if (st := self.state_of(k))}

    def state_of(self, person: str) -> str | None:
        """The state a well-known person leads or serves, or a parliament belongs to, from the gazetteer."""
        return self.body_of(person, ("State",))

    def state_for(self, key: str) -> str | None:
        """The state `key` is, or the one it leads or serves (`state_of`)."""
        return key if self.cls(key) == "State" else self.state_of(key)

    def body_of(self, person: str, types: tuple[str, ...] = ("State", "Court", "Organization")) -> str | None:
        """The state, court or organization a person serves: from the gazetteer for the well
        known, else as this document states it ("Austrian Chancellor Sebastian Kurz")."""
        e = self.gaz.entries.get(person)
        for k in e.affiliations if e else ():
            if k in self.gaz.entries and self.gaz.entries[k].type in types:
                self._register(k, self.gaz.entries[k].type, self.gaz.entries[k].label, self.gaz.entries[k].wikidata)
                return k
        return next((k for k in self.stated.get(person, ()) if k in self.actors and self.actors[k].cls in types), None)

    def dominant_state(self) -> str | None:
        counts: dict[str, int] = {}
        for m in self.mentions:
            if self.actors[m.key].cls == "State":
                counts[m.key] = counts.get(m.key, 0) + 1
        return max(counts, key=lambda k: (counts[k], -min(x.start for x in self.mentions if x.key == k))) if counts else None
