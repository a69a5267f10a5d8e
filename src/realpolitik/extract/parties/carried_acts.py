"""Parties that another verb of the sentence gives an act (context17, issue 9: fresh9's V, RF
and NA classes).

- ``conjoined_posture_target``: "Sudan accused Chad of moving troops to the border and put its
  own army on alert": a show of force or a cut in ties conjoined with a hostile act of the same
  doer, naming no other party, is aimed where that act is.
- ``refused_despite_requester``: "Morocco has refused to pull its forces back despite repeated
  UN calls", "... despite calls from Algeria", "... despite Spain's appeals": a refusal whose
  only target is the doer's own (the refused act's object) refuses the requester.
- ``kept_act_doer``: "Ghana's president has kept the border police cooperation with Togo
  going", "Peru kept up the naval cooperation with Chile": the act noun kept going is the
  keeper's, not its modifier's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._accused_conjunct import finite_after_accused_gerund
from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import child, pobjs
from realpolitik.extract.confidence import COMPOSED
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

# Roots carried from a hostile act to a conjoined one: shows of force (15) and cuts in ties (16).
_CARRIED_ROOTS = frozenset({"15", "16"})
# Roots of the hostile act that lends its target: demands, disapproval (accusations),
# rejections, threats, protests, cuts in ties, coercion, assault, fighting.
_HOSTILE_ROOTS = frozenset({"10", "11", "12", "13", "14", "16", "17", "18", "19", "20"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _lender(tok: Token) -> Token:
    """The verb whose act lends its target: the head of the conjoined verb, or the verb above a
    gerund the parser hung it on ("accused Chad of moving troops ... and put", where "put" is
    finite and so the accuser's, not the accused's)."""
    if finite_after_accused_gerund(tok):
        return tok.head.head.head  # gerund -> "of" -> "accused"
    return tok.head


@acts_on(noun=False, roots=_CARRIED_ROOTS)
def conjoined_posture_target(s: Site, c: Candidates) -> Candidates:
    """ "accused Chad of moving troops ... and put its own army on alert", "condemned the raid
    and raised its alert level": a show of force or cut in ties conjoined (with no subject of
    its own) to a hostile act of the same doer, naming no party but the doer's own, is aimed at
    that act's targets."""
    tok = s.tok
    if s.noun or s.root not in _CARRIED_ROOTS or tok.dep_ != "conj":
        return c
    if child(tok, *_SUBJECT_DEPS) is not None:
        return c
    lender = _lender(tok)
    head = s.ctx.triggers.get(lender.i)
    if head is None or lender.i == tok.i or head.code[:2] not in _HOSTILE_ROOTS:
        return c
    if not c.sources and lender.i != tok.head.i:  # (hung on the gerund: no subject read)
        c = c.with_sources(s.ctx.roles_of(head).sources)
    own = {key(a) for a in c.sources}
    if not own or any(not unknown(a) and key(a) not in own for a in c.targets):
        return c
    got = [a for a in s.ctx.roles_of(head).targets if key(a) not in own and not unknown(a)]
    return c.with_targets(got, 1) if got else c


_REFUSAL = "12"
# Nouns of asking whose maker a refusal "despite" them refuses.
REQUEST_NOUNS = frozenset(
    {"call", "appeal", "demand", "request", "plea", "urging", "entreaty", "pressure"}
)
_DESPITE = "despite"
# How a refusal holds its refused act: "refused to V" (xcomp; advcl after "refused since 2017").
_REFUSED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl"})
# How the asking noun names its maker: "calls from / by the UN", "Spain's appeals", "UN calls".
_MAKER_PREPS = ("from", "by", "of")
_MAKER_DEPS = frozenset({"poss", "compound", "amod"})


def _refused_acts(tok: Token) -> list[Token]:
    """The verbs whose nearest verb above is the refusal: "refused to V" (xcomp), "refused
    since 2017 to V" (advcl), "refused for years to V" (hung on "years")."""
    out = []
    for v in tok.subtree:
        if v.i == tok.i or v.pos_ != "VERB" or v.dep_ not in _REFUSED_DEPS:
            continue
        up = v.head
        while up.i != tok.i and up.pos_ != "VERB" and up.head.i != up.i:
            up = up.head
        if up.i == tok.i:
            out.append(v)
    return out


def _despite_requests(tok: Token) -> list[Token]:
    """The asking nouns of a "despite" phrase on the refusal, on its refused act or on that
    act's object (the parser hangs it on any of them)."""
    acts = _refused_acts(tok)
    heads = [tok, *acts, *(k for a in acts for k in a.children if k.dep_ == "dobj")]
    return [p for h in heads for _, p in pobjs(h, (_DESPITE,)) if p.lemma_.lower() in REQUEST_NOUNS]


@acts_on(noun=False, roots=(_REFUSAL,))
def refused_despite_requester(s: Site, c: Candidates) -> Candidates:
    """ "has refused for years to pull its forces back despite repeated UN calls", "refused to
    reopen the crossing despite calls from Egypt": a refusal naming no target but the doer's own
    (or none) refuses the maker of the calls its "despite" phrase names, when they name one."""
    if not c.sources or s.noun or s.root != _REFUSAL:
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if not own or any(not unknown(a) and key(a) not in own for a in c.targets):
        return c
    for noun in _despite_requests(s.tok):
        words = [p for _, p in pobjs(noun, _MAKER_PREPS)]
        words += [k for k in noun.children if k.dep_ in _MAKER_DEPS]
        makers = [
            a for w in words for a in s.actors.resolve(w) if not unknown(a) and key(a) not in own
        ]
        if makers:
            return c.with_targets([Arg(a.ref, COMPOSED, a.tok) for a in makers], 1)
    return c


# "kept X going / alive", "kept up X", "sustained X": the subject carries on the act X names.
_KEEP = "keep"
_KEPT_WORDS = frozenset({"going", "alive", "up"})
_WITH = "with"


def _kept_by(noun: Token) -> Token | None:
    """The verb "kept" whose object is ``noun`` and which keeps it going ("kept up the
    cooperation", "kept the cooperation going / alive")."""
    head = noun.head
    if noun.dep_ != "dobj" or head.lemma_.lower() != _KEEP:
        return None
    words = {k.lower_ for k in head.children} | {t.lower_ for t in noun.subtree}
    return head if words & _KEPT_WORDS else None


@acts_on(noun=True)
def kept_act_doer(s: Site, c: Candidates) -> Candidates:
    """ "Ghana's president has quietly kept the border police cooperation with Togo going":
    an event noun that is the object of "kept ... going" or "kept up" is done by the subject of
    "kept" (when it names an actor), not by a modifier of the noun of no state ("border
    police"); an owner that names another state keeps the act ("the Chinese investment")."""
    if not s.noun:
        return c
    kept = _kept_by(s.tok)
    if kept is None:
        return c
    subj = child(kept, "nsubj")
    doers = s.actors.resolve(subj) if subj is not None else []
    doers = [a for a in doers if not unknown(a)]
    if not doers:
        return c
    own = {key(a) for a in doers}
    if any(not unknown(a) and key(a) not in own for a in c.sources):
        return c  # "kept the Chinese investment going": a state's own act, named by its owner
    targets = [a for a in c.targets if key(a) not in own]
    if not targets:  # "kept up the cooperation with Greece": the phrase hung on "kept"
        targets = [
            a for _, p in pobjs(kept, (_WITH,)) for a in s.actors.resolve(p)
            if not unknown(a) and key(a) not in own
        ]  # fmt: skip
    return Candidates(tuple(doers), tuple(targets), c.path + 1)
