"""A reaction that an act draws: "X's move drew condemnation from Y" is Y condemning X.

Wire copy often names a reaction as the object of a verb of drawing ("drew", "sparked",
"prompted", "triggered", "provoked", "faced", "was met with"): the reacting side is named by a
"from"/"by" phrase, on the noun or hung on the verb by the parser, and the reaction is aimed at
the verb's subject: a party itself ("Israel faced condemnation from Egypt") or the doer of the
act it names ("Venezuela's annexation plan drew a rebuke from Guyana", "the launch by North
Korea prompted a protest from Tokyo"); a trailing participle ("X shelled Y, drawing
condemnation from Z") or a relative clause ("X expelled envoys, a move that drew criticism from
Z") draws it on the main clause's doer. Without a "from/by" phrase nothing is set here.

Such a reaction is another party's act, news beside the main clause, not its scene
(``drawn_from_another``), unlike "..., killing 20".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import child
from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties._reading import agent_of, first
from realpolitik.extract.parties.nouns import carrier

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

# Verbs whose object is a response the subject brings on itself ("drew criticism from X").
DRAWING_VERBS = frozenset(
    {"draw", "spark", "prompt", "trigger", "provoke", "attract", "earn", "elicit", "face",
     "receive", "win", "garner", "invite", "bring", "get"}  # ("got an appeal from Y")
)  # fmt: skip
# Passive verbs whose "with" phrase names the response ("was met with protests from X").
MET_WITH_VERBS = frozenset({"meet", "greet"})
DOER_PREPS = ("from", "by")
SUBJECTS = ("nsubj", "nsubjpass")
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "that", "which", "who"
# Nouns that sum up the clause before them ("X expelled envoys, a move that ...").
SUMMARY_NOUNS = frozenset({"move", "step", "action", "measure", "act", "decision", "development"})


@acts_on(noun=True)
def drew_reaction(s: Site, c: Candidates) -> Candidates:
    """ "The decision drew condemnation from Brazil", "Chile's move sparked criticism from Peru",
    "the test was met with protests from Japan": the "from/by" phrase names the doer, the
    drawing verb's subject (or the doer of the act it names) the target."""
    if not s.noun or (c.sources and c.targets):
        return c
    verb = _drawing_verb(carrier(s.tok))
    if verb is None:
        return c
    answered = _answered_object(verb)
    if answered is not None:
        return _answered_with(s, c, verb, answered)
    tok = carrier(s.tok)
    doers = first(s.actors, [p for h in (tok, verb) for _, p in pobjs(h, DOER_PREPS)])
    if not doers:
        return c
    sources = list(c.sources) or doers
    own = {key(a) for a in sources}
    targets = [a for a in _drawer(s, verb) if key(a) not in own]
    c = c if c.sources else c.with_sources(sources, 2)
    return c if c.targets or not targets else c.with_targets(targets)


def _drawing_verb(tok: Token) -> Token | None:
    """The verb of drawing whose object ``tok`` is ("drew criticism", "met with protests")."""
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in DRAWING_VERBS:
        return head
    if tok.dep_ == "pobj" and head.lower_ == "with":
        verb = head.head
        if verb.dep_ == "dobj" and verb.head.lemma_.lower() in MET_WITH_VERBS:
            verb = verb.head  # ("met [Japan's plan with condemnation]": the parser's attachment)
        if verb.lemma_.lower() in MET_WITH_VERBS and verb.i != head.i:
            return verb
    return None


def _answered_object(verb: Token) -> Token | None:
    """ "India met Pakistan's offer with a flat rejection": the active verb's object, the act
    answered (the answer's doer the verb's subject), where the verb has a subject of its own."""
    if verb.lemma_.lower() not in MET_WITH_VERBS or not any(
        k.dep_ == "nsubj" for k in verb.children
    ):
        return None
    return child(verb, "dobj")


def _answered_with(s: Site, c: Candidates, verb: Token, answered: Token) -> Candidates:
    """The answer of "X met Y's offer with a rebuff": X (the subject) at the doer of the act
    answered (leftovers33)."""
    subj = next(k for k in verb.children if k.dep_ == "nsubj")
    sources = list(c.sources) or _doers_of(s, subj)
    own = {key(a) for a in sources}
    targets = [a for a in _doers_of(s, answered) if key(a) not in own]
    if not sources or not targets:
        return c
    c = c if c.sources else c.with_sources(sources, 2)
    return c if c.targets else c.with_targets(targets)


def drawn_from_another(tok: Token) -> bool:
    """A reaction noun drawn from a party named by a "from/by" phrase ("..., drawing
    condemnation from Z", "a move that drew criticism from Z"): news of its own."""
    tok = carrier(tok)
    verb = _drawing_verb(tok)
    if verb is None:
        return False
    if _answered_object(verb) is not None:
        return True  # "X met Y's offer with protests": X's own answer
    return any(True for h in (tok, verb) for _ in pobjs(h, DOER_PREPS))


def _drawer(s: Site, verb: Token) -> list[Arg]:
    """Who drew the reaction: the doer of the act the subject names ("the launch by X",
    "X's plan"), the party the subject is ("Israel faced ..."); for a trailing participle the
    main clause's doer, for a relative clause its antecedent's."""
    subj = child(verb, *SUBJECTS)
    if subj is not None and subj.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        subj = verb.head  # "X did Y, a move that drew ...": the move is X's doing Y
        if subj.lemma_.lower() in SUMMARY_NOUNS and s.ctx.triggers.get(subj.i) is None:
            clause = next((a for a in subj.ancestors if a.pos_ in ("VERB", "AUX")), None)
            return _doers_of(s, clause) if clause is not None else []
    if subj is None:
        return _doers_of(s, verb.head) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else []
    return _doers_of(s, subj)


def _doers_of(s: Site, tok: Token) -> list[Arg]:
    """The doer of the act ``tok`` names (a trigger's sources; a verb's subject), or the party
    ``tok`` is or names."""
    act = s.ctx.triggers.get(tok.i)
    if act is not None and act is not s.found:
        doers = list(s.ctx.roles_of(act).sources)
        if doers:
            return doers
    if tok.pos_ in ("VERB", "AUX"):
        subj = child(tok, *SUBJECTS)
        return _doers_of(s, subj) if subj is not None else []
    return agent_of(s.actors, tok) or s.actors.resolve(tok)
