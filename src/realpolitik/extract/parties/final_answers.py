"""A refusal said without a verb of refusing (issue 9, fresh7's class RF, lex16).

"Kenya asked Uganda to return the cattle, but Kampala said the decision was final", "Chile asked
Bolivia to reopen the border. The answer was no": the reply to a request that it stands or that
the answer is no refuses what was asked (CAMEO 12x, GUIDE rule 5). The clause's subject ("the
decision", "the answer") is no party, so the refuser is whoever says it, else the state asked;
the target is the request's maker (``refused_request_maker``, ``answered_act_doer``). With
nothing asked it refuses nothing (``_asides.unasked_refusal``): "the court said its decision was
final" is no event.

A measure or a held thing said to stay is the same reply (clauses40, fresh28 G): "Kenya asked
Uganda to lift its ban ..., but Uganda's president said the ban would stay while Ugandan dairies
recovered", "asked Togo to return the lorries ... the lorries would stay impounded until a court
ruled": "would / will stay (remain)" with the kept thing as subject (the lexicon's rows: a
measure noun before it, 120; "impounded, in custody" after it, 1243) refuses what was asked, the
speaker's refusal at the asker; only where a request was made in the sentence or the one before
("the EU said its sanctions would stay in place" alone refuses nothing).

A stance said to stand is the same reply (clauses43, fresh30 E; the lead's ruling on fresh30's
Q2): "Kenya asked Tanzania to back its candidate, but Tanzania's minister said its position had
not changed (remained unchanged, was unchanged)" refuses what was asked, 120 at the asker; with
nothing asked before it, "X's position has not changed" is no event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties._reading import subject
from realpolitik.extract.parties.context_earlier import recent

if TYPE_CHECKING:
    from spacy.tokens import Token

_REFUSAL = "12"
# The nouns of a reply and what it says of itself: "the decision was final", "the answer was no".
REPLY_NOUNS = frozenset({"decision", "answer", "verdict"})
FINAL_WORDS = frozenset(
    {"final", "no", "irrevocable", "irreversible", "non-negotiable", "unchanged"}
)
# Verbs whose subject says the reply (the refuser speaks for itself: GUIDE rule 2).
_SAYING = frozenset({"say", "tell", "reply", "respond", "insist", "add", "state", "answer"})
_ASKED_SENTENCES = 1  # a reply answers a request of its own or the previous sentence


_KEPT = frozenset({"stay", "remain"})
_WILL = frozenset({"would", "will", "'ll"})


def kept_reply(verb: Token) -> bool:
    """ "the ban would stay", "the ship will remain impounded": a kept thing said to last."""
    if verb.lemma_.lower() not in _KEPT:
        return False
    kids = list(verb.children)
    if any(c.dep_ == "neg" for c in kids) or not any(c.lower_ in _WILL for c in kids):
        return False
    subj = [c for c in kids if c.dep_ == "nsubj"]
    return len(subj) == 1 and subj[0].pos_ == "NOUN"


# A party's stance, said not to have changed in reply to a request (clauses43, E).
STANCE_NOUNS = frozenset({"position", "stance", "policy"})
_UNCHANGED = "unchanged"


def unchanged_stance(verb: Token) -> bool:
    """ "its position had not changed", "X's stance remained (was) unchanged": a stance
    noun as subject, said to stand."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].lemma_.lower() not in STANCE_NOUNS:
        return False
    negated = any(c.dep_ == "neg" for c in kids)
    if lemma == "change":
        return negated
    if lemma in ("remain", "stay", "be"):
        return not negated and any(
            c.dep_ in ("acomp", "oprd", "attr") and c.lower_ == _UNCHANGED for c in kids
        )
    return False


def final_reply(verb: Token) -> bool:
    """ "the decision was final", "the answer was no": a copula whose subject is a reply noun
    and whose complement says the reply stands; a kept thing said to last (``kept_reply``); or
    a stance said not to have changed (``unchanged_stance``)."""
    if unchanged_stance(verb):
        return True
    if verb.lemma_.lower() in _KEPT:
        return kept_reply(verb)
    if verb.lemma_.lower() != "be":
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "the decision was not final": still open
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    said = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    return (
        len(subj) == 1
        and subj[0].lemma_.lower() in REPLY_NOUNS
        and any(c.lower_ in FINAL_WORDS for c in said)
    )


@acts_on(noun=False, roots=(_REFUSAL,))
def final_answer_refuser(s: Site, c: Candidates) -> Candidates:
    """ "Kampala said the decision was final", "The answer was no": the refuser is the speaker
    of the reply, else the state asked by the latest request (this sentence or the one before);
    a copula that is no such reply is no refusal (no doer)."""
    if s.noun or s.root != _REFUSAL or not final_reply(s.tok):
        return c
    verb = s.tok
    if c.sources and not unchanged_stance(verb):
        return c
    asked = _asked_here(s) or _asked_before(s) or _asked_to_undo(s)
    if not asked and unchanged_stance(verb):
        return c.with_sources([])  # (nothing asked: a stance said to stand is no event, c43)
    if not asked and verb.lemma_.lower() in _KEPT:
        return c  # (nothing asked: a measure said to stay refuses nothing, c40)
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in _SAYING:
        got, path = subject(s.actors, verb.head)
        kept = verb.lemma_.lower() in _KEPT or unchanged_stance(verb)
        if kept and got and all(unknown(a) for a in got):
            return c  # (a measure kept by a speaker of no known state refuses nothing)
        if got:  # (held at the reply, not the speaker's token: not dropped as its reporter)
            return c.with_sources([Arg(a.ref, a.quality, verb.i) for a in got], path + 1)
    return c.with_sources(asked, 1) if asked else c


def _asked_here(s: Site) -> list[Arg]:
    """The parties asked by the latest request before the reply in its own sentence."""
    asked: list[Arg] = []
    for i, f in sorted(s.ctx.triggers.items()):
        if i >= s.tok.i or f.code[:2] not in REQUEST_ROOTS or f.entry.pos == "N":
            continue
        got = s.ctx.roles_of(f)
        asked = [Arg(t.ref, EARLIER, s.tok.i) for t in got.targets if not unknown(t)]
    return asked


def _asked_before(s: Site) -> list[Arg]:
    """The state asked by the latest request of the sentence before."""
    asks = [a for a in recent(s, _ASKED_SENTENCES) if a.root in REQUEST_ROOTS and a.target]
    if not asks:
        return []
    asked = Arg(asks[-1].target, EARLIER, s.tok.i) if asks[-1].target else None
    maker = Arg(asks[-1].source, EARLIER, s.tok.i)
    if asked is None or unknown(asked) or key(asked) == key(maker):
        return []
    return [asked]


# A kept measure answers a request to undo it across one sentence that asks nothing ("asked
# Japan to lift a ban ... The minister wrote, but Tokyo has not replied ... officials said the
# ban would stay until ..."; clauses44, fresh31 E): "the ban" takes the story's ban.
_KEPT_ASKED_SENTENCES = 2
# What the request asked: a measure lifted (the ban kept: 120), a held thing given back (the
# ship kept impounded: 1243).
_LIFTING = frozenset(
    {"lift", "ease", "end", "remove", "scrap", "drop", "relax", "rescind", "revoke", "reverse",
     "cancel", "suspend", "withdraw", "loosen", "review", "reconsider", "unblock", "reopen"}
)  # fmt: skip
_RELEASING = frozenset({"return", "release", "free", "hand", "give"})
_HELD_KEPT = "1243"


def _asked_to_undo(s: Site) -> list[Arg]:
    """The state asked, up to two sentences before, to undo what "the N would stay" keeps: a
    definite kept thing ("the ban", "the ship") after a request to lift or return it."""
    verb = s.tok
    if not kept_reply(verb):
        return []
    subj = next(c for c in verb.children if c.dep_ == "nsubj")
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return []
    undoing = _RELEASING if s.code == _HELD_KEPT else _LIFTING
    asks = [
        a
        for a in recent(s, _KEPT_ASKED_SENTENCES)
        if a.root in REQUEST_ROOTS and a.target and undoing.intersection(a.asked)
    ]
    if not asks:
        return []
    target = asks[-1].target
    if target is None:
        return []
    asked, maker = Arg(target, EARLIER, s.tok.i), Arg(asks[-1].source, EARLIER, s.tok.i)
    if unknown(asked) or key(asked) == key(maker):
        return []
    return [asked]
