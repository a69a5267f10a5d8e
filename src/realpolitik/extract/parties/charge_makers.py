"""Whom a denial answers where its sentence names who made the denied charge (issue 9, parties58:
fresh31's class F; recurring.md's "Denials").

"Santiago denied that the case was politically motivated, a charge made by the men's lawyers",
"Kampala rejected the families' claim that the arrests were political": GUIDE rule 2 aims a
denial (016) at the accuser, the state that made the charge, else the victims' state the story
names. Where the sentence names the charge's maker ("a charge / claim / allegation made by M",
"levelled by M", "M's accusation", "a claim by M"), that maker decides:

- a maker of another state ("a charge made by Tanzania", "Thailand's accusation") is the
  target (``named_charge_maker``, where no earlier stage found one);
- a maker of no state, or of the denier's own ("the men's lawyers", "rights groups", "the
  activists' families") is no one a state act answers: the denial keeps only a victim named
  inside the denied clause itself, never the story's other state that the story stages read
  for an untargeted denial (``stateless_charge_maker``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._denied_charge import CHARGE_NOUNS, DISMISSING_VERBS
from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import tokens_with_lemma
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties.context_earlier import recent
from realpolitik.extract.parties.denials import ACCUSATION_SENTENCES

if TYPE_CHECKING:
    from spacy.tokens import Token

_DENIAL = "016"
_ACCUSE = "11"
_NO_STATE = "---"
# The complement that states the denied deed ("denied that ...", "denied detaining ...").
_DEED_DEPS = frozenset({"ccomp", "xcomp"})


def _makers_of(noun: Token) -> list[Token]:
    """The maker a charge noun names: "M's claim", "a claim by M", "a charge made / levelled
    by M" (the participle on the noun, or hung on the denying verb just after the noun: "the
    charge, made by M, that ...")."""
    out: list[Token] = []
    for k in noun.children:
        if k.dep_ == "poss":
            out.append(k)
        elif k.dep_ == "prep" and k.lower_ == "by":
            out += [o for o in k.children if o.dep_ == "pobj"]
        elif k.dep_ == "acl" and k.tag_ == "VBN":
            out += _agents(k)
    if not out:  # ("denied the charge, made by M, that": the participle on the verb)
        nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        after = noun.doc[noun.i + 2] if noun.i + 2 < len(noun.doc) else None
        if nxt is not None and nxt.text == "," and after is not None and after.tag_ == "VBN":
            out += _agents(after) if after.head == noun.head else []
    return out


def _agents(verb: Token) -> list[Token]:
    return [o for k in verb.children if k.dep_ == "agent" for o in k.children if o.dep_ == "pobj"]


def charge_makers(s: Site) -> list[Token] | None:
    """The makers of the charge a denial's sentence names (None where it names none): a charge
    noun after the denying verb, inside its clause, that names who made it."""
    if s.tok.lemma_.lower() not in DISMISSING_VERBS:
        return None
    lo, hi = s.tok.left_edge.i, s.tok.right_edge.i
    for noun in tokens_with_lemma(s.ctx.sent, CHARGE_NOUNS):
        if noun.i <= s.tok.i or not lo <= noun.i <= hi or noun.pos_ != "NOUN":
            continue
        makers = _makers_of(noun)
        if makers:
            return makers
    return None


def _maker_states(s: Site, makers: list[Token], own: set[str]) -> list[Arg]:
    """The makers that are actors of a state other than the denier's own."""
    out: list[Arg] = []
    for m in makers:
        for a in s.actors.resolve(m):
            if a.ref.country and not a.ref.code.startswith(_NO_STATE) and key(a) not in own:
                out.append(a)
    return out


@acts_on(noun=False, codes=(_DENIAL,), words=CHARGE_NOUNS)
def named_charge_maker(s: Site, c: Candidates) -> Candidates:
    """ "X denied that ..., a charge made by Z" / "..., Z's accusation": Z as the target."""
    if c.targets or not c.sources or s.noun or not s.code.startswith(_DENIAL):
        return c
    makers = charge_makers(s)
    if not makers:
        return c
    own = {key(a) for a in c.sources}
    states = _maker_states(s, makers, own)
    return c.with_targets(states, 1) if states else c


def _kept(s: Site, b: Arg, accusers: set[str]) -> bool:
    """``b`` accused the denier in the story ("Kenya accused Uganda of ... Uganda denied ...,
    a charge also made by rights groups") or stands inside the denied clause (the deed's
    victim, rule 2's fallback)."""
    if key(b) in accusers:
        return True
    for k in s.kids:
        if k.dep_ in _DEED_DEPS and k.left_edge.i <= b.tok <= k.right_edge.i:
            return b.tok != s.tok.i
    return False


@acts_on(noun=False, codes=(_DENIAL,), words=CHARGE_NOUNS)
def stateless_charge_maker(s: Site, c: Candidates) -> Candidates:
    """ "X denied that the case was political, a charge made by the men's lawyers": no target
    but a victim the denied clause names (never the story's other state)."""
    if not c.pairs or s.noun or not s.code.startswith(_DENIAL):
        return c
    if all(b is None for _, b in c.pairs):
        return c
    makers = charge_makers(s)
    if not makers:
        return c
    own = {key(a) for a, _ in c.pairs}
    if _maker_states(s, makers, own):
        return c
    accusers = {
        a.source.country or a.source.code for a in recent(s, ACCUSATION_SENTENCES)
        if a.root == _ACCUSE and a.target is not None and (a.target.country or a.target.code) in own
    }  # fmt: skip
    pairs: list[tuple[Arg, Arg | None]] = [
        (a, b if b is not None and _kept(s, b, accusers) else None) for a, b in c.pairs
    ]
    if pairs == list(c.pairs):
        return c
    return c.with_pairs(pairs)
