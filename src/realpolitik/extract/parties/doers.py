"""Stages for a verbal act whose own clause names no doer, where the sentence still says who
does it: the act a rejected request asks for ("rejected calls to return X's soldiers": the one
who rejects would return them), and the act an enacted instrument does ("signed an order
imposing tariffs on X": the signer imposes them).

The doer stages run right after ``verbs.verb_subject`` and only when it found no source, so
that the target stages after it (a moved thing's owner, the phrase fallbacks) see the doer;
``elided_doers`` adds the subjects of "and so did Z" after the nouns' own stages;
``modified_noun_phrase`` reads the phrase of the noun a participle hangs on;
``enacted_instrument`` drops the enacting verb's own event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._binding_participles import binding_participle
from realpolitik.extract._syntax import LIGHT_VERBS, pobjs, target_preps
from realpolitik.extract._tree import sentence_words
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties._reading import first, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

_REJECT = "12"
# Instruments whose gerund names the act they do: "an order imposing tariffs", "a decree banning
# imports", "a package sanctioning X", "a law barring X's firms".
INSTRUMENT_NOUNS = frozenset(
    {"order", "decree", "law", "directive", "bill", "package", "resolution", "measure",
     "regulation", "legislation", "ordinance", "rule", "proclamation", "memorandum",
     "amendment", "act", "edict", "instruction", "declaration", "motion",
     "statement", "communique", "communiqué"}  # "issued a statement condemning X" (lex8)
)  # fmt: skip
# Verbs that make an instrument take effect: its maker does what it says.
ENACTING_VERBS = frozenset(
    {"sign", "issue", "approve", "pass", "adopt", "enact", "announce", "unveil", "introduce",
     "publish", "endorse", "finalize", "finalise", "implement", "decree", "promulgate", "ratify",
     "authorize", "authorise", "back", "vote", "release"}
)  # fmt: skip


@acts_on(noun=False)
def refused_request_doer(s: Site, c: Candidates) -> Candidates:
    """ "Indonesia rejected calls to return captured Indian soldiers", "ignored demands to free
    X's sailors": the act a rejected request asks for (the parser hangs its infinitive on the
    request noun) would be done by whoever rejects the request, so its doer is the rejecting
    side; its target then comes from its own phrase (the soldiers' state), never the
    rejecting side's own state."""
    ctl = s.found.controller
    tok = s.tok
    if s.noun or c.sources or ctl is None or ctl.code[:2] != _REJECT:
        return c
    request = tok.head
    if tok.dep_ in ("xcomp", "advcl") and request.i == ctl.tok.i:
        pass  # "rejected appeals to release X": the infinitive hung on the rejecting verb
    elif tok.dep_ not in ("relcl", "acl") or request.dep_ != "dobj" or request.head.i != ctl.tok.i:
        return c
    got, path = subject(s.actors, ctl.tok)
    return c.with_sources(got, path + 1)


@acts_on(noun=False)
def enacted_by(s: Site, c: Candidates) -> Candidates:
    """ "France signed an order imposing tariffs on Chinese steel", "the EU approved a package
    sanctioning Russia", "an order banning X's imports was issued by Y": the act an enacted
    instrument does (its gerund) is done by whoever signs, issues or passes it."""
    tok = s.tok
    if s.noun or c.sources or tok.dep_ != "acl" or tok.tag_ != "VBG":
        return c
    instrument = _enacted(tok.head)
    if instrument is None:
        return c
    got, path = subject(s.actors, instrument.head)
    return c.with_sources(got, path + 1)


def _enacted(noun: Token) -> Token | None:
    """The instrument an enacting verb takes ("signed an order", "approved a package of
    measures": the package), when ``noun`` is it or what it is "of"; else None."""
    top = noun
    for _ in range(2):  # "a package of measures sanctioning X": the gerund hangs on "measures"
        if top.dep_ != "pobj" or top.head.lower_ != "of" or top.head.head.i == top.head.i:
            break
        top = top.head.head
    named = noun.lemma_.lower() in INSTRUMENT_NOUNS or top.lemma_.lower() in INSTRUMENT_NOUNS
    if not named or top.dep_ not in ("dobj", "nsubjpass"):
        return None
    return top if top.head.lemma_.lower() in ENACTING_VERBS else None


@acts_on(noun=False)
def enacted_instrument(s: Site, c: Candidates) -> Candidates:
    """ "The EU approved a package sanctioning Russia": enacting an instrument whose gerund is
    an act is that act (``enacted_by`` gives it its doer), not an act of its own (no aid from
    "approved a package", no agreement from "signed an order")."""
    tok = s.tok
    if not c.pairs or s.noun or tok.lemma_.lower() not in ENACTING_VERBS:
        return c
    for obj in s.kids:
        if obj.dep_ != "dobj":
            continue
        heads = [obj] + [p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for p in prep.children if p.dep_ == "pobj"]  # fmt: skip
        for h in heads:
            acts = [s.ctx.triggers.get(g.i) for g in h.children if g.dep_ == "acl"
                    and g.tag_ == "VBG" and not binding_participle(g, ENACTING_VERBS)]  # fmt: skip
            if any(a is not None and a is not s.found for a in acts) and _enacted(h) is not None:
                return c.with_pairs([], "enacted_instrument")
    return c


@acts_on(noun=True)
def instrument_of_an_act(s: Site, c: Candidates) -> Candidates:
    """ "Egypt issued a statement demanding that Israel withdraw", "a statement condemning X":
    an instrument noun whose gerund is an act says that act (``enacted_by`` gives it its
    doer); the statement is no event of its own beside it."""
    tok = s.tok
    if not c.pairs or not s.noun or tok.lemma_.lower() not in INSTRUMENT_NOUNS:
        return c
    acts = [s.ctx.triggers.get(g.i) for g in tok.children if g.dep_ == "acl" and g.tag_ == "VBG"]
    if any(a is not None and a is not s.found for a in acts):
        return c.with_pairs([], "instrument_of_an_act")
    return c


@acts_on(noun=False)
def modified_noun_phrase(s: Site, c: Candidates) -> Candidates:
    """ "The deal with Vietnam signed by Japan", "the aid to Ukraine pledged by Germany": a
    participle whose agent the parser found, hung on the noun that names what was done, takes
    its target from that noun's own "with/to/on/against" phrase before it."""
    tok = s.tok
    if s.noun or c.targets or not c.sources or tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD"):
        return c
    noun = tok.head
    own = {key(a) for a in c.sources}
    found = [p for _, p in pobjs(noun, target_preps(s.root)) if p.i < tok.i]
    return c.with_targets([a for a in first(s.actors, found) if key(a) not in own], 1)


def elided_doers(s: Site, c: Candidates) -> Candidates:
    """ "France recognised Kosovo, and so did Spain", "..., as did Canada", "..., and Poland did
    the same", "...; Poland followed suit": an elided clause repeats the act with its own
    subject as another doer (the same target, the same code); for an event noun, the clauses
    of the verb that carries it ("issued an ultimatum to X, and so did Z")."""
    tok = s.tok
    if s.noun and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        tok = tok.head  # "issued an ultimatum to X, and so did Z": the light verb's clauses
    elif s.noun:
        return c
    if not c.sources or _ELLIPSIS_WORDS.isdisjoint(sentence_words(tok.doc[:])):
        return c  # (``_elliptic`` needs a "do" or a "follow": most parses have none)
    verbs = [tok, *(k for k in tok.children if k.dep_ == "xcomp" and k.i > tok.i)]
    clauses = [k for v in verbs for k in v.children if k.i > v.i and _joined_clause(k)]
    if tok.dep_ in ("ccomp", "parataxis") and tok.head.i > tok.i:
        clauses.append(tok.head)  # "X expelled ...; Poland followed suit": read as its governor
    clauses += _after_semicolon(tok)
    own = {a.ref.code for a in c.sources}
    extra = []
    for k in clauses:
        subj = next((x for x in k.children if x.dep_ == "nsubj"), None)
        if subj is None or not _elliptic(k, tok) or _own_mood(k):
            continue
        extra += [a for a in s.actors.resolve(subj) if a.ref.code not in own]
    return c.with_sources(c.sources + tuple(extra)) if extra else c


def _after_semicolon(tok: Token) -> list[Token]:
    """ "North Korea commented on X; Tehran did likewise", split by the parser into two
    sentences at the semicolon: the elided clause that makes up the next one, after the act's
    main clause."""
    sent = tok.sent
    doc = tok.doc
    if tok.i != sent.root.i or sent.end >= len(doc) or doc[sent.end - 1].text != ";":
        return []
    return [doc[sent.end].sent.root]


def elided_subject(tok: Token) -> bool:
    """The subject of an elided clause ("and so did Spain", "Poland followed suit"): a doer
    ``elided_doers`` added, who repeats the act on its target as the first doer placed it."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.i != tok.i and _elliptic(verb, verb)


def _joined_clause(k: Token) -> bool:
    """A clause joined to the act's verb (or its complement's: "threatened to impose tariffs on
    X, as did Z"): a conjunct, an adverbial clause or a juxtaposed clause, which the parser may
    read as a complement after a semicolon ("X asked Y for help; Z followed suit")."""
    if k.dep_ in ("conj", "advcl", "parataxis"):
        return True
    return k.dep_ == "ccomp" and k.left_edge.i > 0 and k.doc[k.left_edge.i - 1].text == ";"


# The verbs an elided clause repeats an act with (``_elliptic``), lemmas and forms: a form as
# well, since the parse's word sets are read before a repair may read a word's lemma again.
_ELLIPSIS_WORDS = frozenset(
    {"do", "does", "did", "done", "doing", "follow", "follows", "followed", "following"}
)
# The words that make "do" or "follow" stand for an act named before it.
_SO_DID = frozenset({"so", "likewise", "too", "also"})


# What gives an elided clause a factuality of its own ("though Kenya may not follow suit", "if
# Poland does the same"): its doer is not a doer of the act the clause repeats.
_OWN_MOOD = frozenset({"could", "might", "may", "would", "should", "can", "must", "will", "wo",
                       "ca", "not", "n't", "never", "if", "unless", "whether"})  # fmt: skip


def _own_mood(verb: Token) -> bool:
    """An elided clause with its own modal, negation or condition ("X may not follow suit")."""
    return any(k.dep_ in ("aux", "neg", "mark") and k.lower_ in _OWN_MOOD for k in verb.children)


def _elliptic(verb: Token, act: Token) -> bool:
    """ "so did X", "as did X", "X did the same / likewise", "X followed suit" (a complement of
    its own is no ellipsis, but the act it repeats may be read as one: "X rebuked Y; Z did the
    same")."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma == "follow":
        return any(k.dep_ == "dobj" and k.lower_ == "suit" for k in kids)
    if lemma != "do" or any(k.dep_ in ("xcomp", "ccomp") and k.i != act.i for k in kids):
        return False
    return any(
        (k.dep_ == "advmod" and k.lower_ in _SO_DID)
        or (k.dep_ == "mark" and k.lower_ == "as")
        or (k.dep_ == "dobj" and k.lower_ == "same")
        for k in kids
    )


# Participles by which craft or fighters serve a side: "jets flying for NATO", "pilots
# fighting for Y", "ships operating under the EU's flag" (leftovers42).
_SERVING = frozenset({"fly", "fight", "operate", "serve", "work", "sail", "patrol"})
_SERVING_PREPS = ("for", "under")


@acts_on(noun=False)
def served_side(s: Site, c: Candidates) -> Candidates:
    """ "Jets flying for NATO bombed Serbian positions": a doer of no state that serves a named
    side is that side's (NATO the doer), never the state it strikes (``locate_unplaced`` placed
    it in the target's)."""
    if not c.sources or not all(a.ref.code.startswith("---") for a in c.sources):
        return c
    subj = s.child("nsubj")
    if subj is None:
        return c
    for k in subj.children:
        if k.dep_ != "acl" or k.tag_ != "VBG" or k.lemma_.lower() not in _SERVING:
            continue
        got = first(s.actors, [p for _, p in pobjs(k, _SERVING_PREPS)])
        got = [a for a in got if not a.ref.code.startswith("---")]
        if got:
            return c.with_sources(got, 2)
    return c
