"""What a speaker says of others: its own quoted threat, and harm it predicts of another's act.

" 'We will strike back,' the Iranian minister said of Israel": the first person of a quote is
its speaker, and the state the quote is said "of" is whom the announced act is aimed at (a
stated future hostile act is a threat, 13x). "The Kremlin said the measures would destabilise
markets" is criticism of whoever took the measures (``SAY_HARM``, 111) only when the sentence
names them ("China's plan", "the measures announced by the EU"); with no target it is no event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._factuality_words import CLAUSE_REPORTERS
from realpolitik.extract._mentions import Arg
from realpolitik.extract._predicted_harm import SAY_HARM, predicted_harm
from realpolitik.extract._syntax import child, pobjs
from realpolitik.extract._tree import doc_forms
from realpolitik.extract.confidence import REFERRED
from realpolitik.extract.factuality import REPORT_GOVERNORS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key

if TYPE_CHECKING:
    from spacy.tokens import Token

# First-person words of a quote: the speaker itself ("we", "I") or what it owns ("our forces").
FIRST_PERSON = frozenset({"we", "i", "us"})
FIRST_PERSON_OWNERS = frozenset({"our", "my"})
_FIRST_WORDS = FIRST_PERSON | FIRST_PERSON_OWNERS
# Speech verbs a quote hangs on ("said", "warned", "told reporters"), besides those of report.
QUOTE_VERBS = REPORT_GOVERNORS | frozenset({"warn", "vow", "tell", "threaten", "pledge"})
# What a quote is said "of" or "about" is whom its acts concern.
ABOUT_PREPS = ("of", "about")
REFERRING = frozenset({"refer", "speak"})  # "..., referring to Y", "speaking of Y"
_CLIMB = 3  # arcs from an act up to its quote's clause ("we will hit back and punish them")
# Arcs from an act up to the clause that holds its subject: conjuncts, infinitives, and the
# predicate adjective of "we are ready to strike".
_UP = ("conj", "xcomp", "acomp")


def _first_person(subj: Token) -> bool:
    if subj.lower_ in FIRST_PERSON and subj.pos_ == "PRON":
        return True
    return any(k.dep_ == "poss" and k.lower_ in FIRST_PERSON_OWNERS for k in subj.children)


def _speech_verb(tok: Token) -> Token | None:
    """The speech verb whose quote ``tok``'s clause is (climbing conjuncts and infinitives)."""
    for _ in range(_CLIMB):
        trailing = _trailing_speech(tok)
        if trailing is not None:
            return trailing
        if tok.head.i == tok.i:
            return None
        if tok.dep_ in ("ccomp", "parataxis"):
            gov = tok.head
            lemma = gov.lemma_.lower()
            return gov if lemma in QUOTE_VERBS or lemma in CLAUSE_REPORTERS else None
        if tok.dep_ not in _UP:
            return None
        tok = tok.head
    return None


def _trailing_speech(tok: Token) -> Token | None:
    """ " 'We will respond,' the minister told reporters": the parser may make the quote the
    sentence's root and the speech verb after it its conjunct (with a subject of its own and no
    "and" between them)."""
    for k in tok.children:
        if k.dep_ not in ("conj", "parataxis") or k.i < tok.i:
            continue
        if k.lemma_.lower() not in QUOTE_VERBS or child(k, "nsubj") is None:
            continue
        if any(c.dep_ == "cc" and tok.i < c.i < k.i for c in tok.children):
            continue
        return k
    return None


def _quoted_self(s: Site) -> Token | None:
    """The speech verb of a quote whose subject is the speaker's first person, if ``s`` is an
    act of that subject."""
    if s.noun:
        return None
    tok = s.tok
    if doc_forms(tok.doc).isdisjoint(_FIRST_WORDS):
        return None  # no first person in the parse: no subject to climb to
    subj = child(tok, "nsubj")
    probe = tok
    for _ in range(_CLIMB):  # "we will hit back and punish them": the conjunct's subject
        if subj is not None or probe.dep_ not in _UP or probe.head.i == probe.i:
            break
        probe = probe.head
        subj = child(probe, "nsubj")
    if subj is None or not _first_person(subj):
        return None
    return _speech_verb(tok)


def quoted_speaker(s: Site, c: Candidates) -> Candidates:
    """ " 'We will strike back,' the minister said", " 'Our forces will respond,' X warned": the
    first person of a quote is its speaker, the doer of the act the quote announces (never the
    state named nearest to "our")."""
    verb = _quoted_self(s)
    speaker = child(verb, "nsubj") if verb is not None else None
    if speaker is None:
        return c
    subj = child(s.tok, "nsubj")
    at = subj.i if subj is not None else s.tok.i  # (the pronoun: the speaker reports nothing)
    # (an unnamed speaker, "a senior official said", is placed in no state by its quote)
    named = [a for a in s.actors.resolve(speaker) if not a.ref.code.startswith("---")]
    got = [Arg(a.ref, REFERRED, at) for a in named]
    return c.with_sources(got, 2) if got else c


def said_of_target(s: Site, c: Candidates) -> Candidates:
    """ " 'We will strike back,' the minister said of Israel / said, referring to Israel": a
    speaker's own quoted act with no target of its own is aimed at the state the quote is said
    of or about."""
    if c.targets or not c.sources:
        return c
    verb = _quoted_self(s)
    if verb is None:
        return c
    own = {key(a) for a in c.sources}
    about = [p for _, p in pobjs(verb, ABOUT_PREPS)]
    for k in verb.children:  # "..., the minister said, referring to Israel"
        if k.dep_ in ("advcl", "xcomp") and k.lemma_.lower() in REFERRING:
            about += [p for _, p in pobjs(k, ("to", "of"))]
    for p in about:
        got = [a for a in s.actors.resolve(p) if key(a) not in own]
        if got:
            return c.with_targets(got, 1)
    return c


def harm_needs_target(s: Site, c: Candidates) -> Candidates:
    """ "The Kremlin said the measures would destabilise markets": a predicted harm is
    criticism of the act's author; when no stage found that author there is no one criticised
    and no event (a plain statement, not coded)."""
    if s.found.entry is not SAY_HARM or not c.pairs:
        return c
    owners = _harm_owners(s)
    if owners and not {key(b) for _, b in c.pairs if b is not None} & {key(o) for o in owners}:
        # "warned Y that X's plan would ...": X's plan is criticised, Y only told (rule 2)
        doers = list({key(a): a for a, _ in c.pairs}.values())
        return c.with_pairs([(a, o) for a in doers for o in owners if key(o) != key(a)])
    return c.with_pairs([(a, b) for a, b in c.pairs if b is not None], "harm_needs_target")


def _harm_owners(s: Site) -> list[Arg]:
    """The states a predicted harm's act names as its owner ("X's plan", "the plan by X")."""
    clause = predicted_harm(s.tok)
    subj = child(clause, "nsubj") if clause is not None else None
    if subj is None:
        return []
    got = [a for c in subj.children if c.dep_ == "poss" for a in s.actors.resolve(c)]
    return got + [a for _, p in pobjs(subj, ("by",)) for a in s.actors.resolve(p)]


DECLINE_COMMENT = "011"


@acts_on(codes=(DECLINE_COMMENT,))
def comment_needs_target(s: Site, c: Candidates) -> Candidates:
    """ "Tokyo declined to comment": declining comment (CAMEO 011) is an act toward whoever the
    comment was asked of ("declined to comment on Seoul's proposal"); with no one named it
    says only that nothing was said, and no event is coded (the GUIDE codes none)."""
    if s.code != DECLINE_COMMENT or not c.pairs:
        return c
    return c.with_pairs([(a, b) for a, b in c.pairs if b is not None], "comment_needs_target")


@acts_on(noun=False)
def claimed_doer(s: Site, c: Candidates) -> Candidates:
    """ "Poland claims Damascus massed troops on the border": after a claim or speech verb the
    parser may read the reported clause's subject as a noun-phrase adverb; a named actor there is
    the clause's doer (the claimer reports the act and never does it)."""
    if c.sources or s.noun or s.tok.dep_ not in ("ccomp", "parataxis"):
        return c
    if s.tok.head.lemma_.lower() not in QUOTE_VERBS or child(s.tok, "nsubj", "nsubjpass"):
        return c
    for k in s.kids:
        if k.dep_ == "npadvmod" and k.i < s.tok.i:
            got = s.actors.resolve(k)
            if got:
                return c.with_sources(got)
    return c
