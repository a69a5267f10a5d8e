"""A pledge for the pledger's own firms working in another state goes to that state (issue 9,
parties51: fresh25's class A; recurring.md's "role nouns and groups as parties").

"Chile's president pledged to triple export credits for Chilean firms building ports in Peru",
"Norway promised to double grants for Norwegian companies laying cables in Finland": the
pledged object's beneficiary is a group of the pledger's own state (its firms, companies,
contractors), and the object stage takes that group, an own-state business target. The
interstate reading is the state where the group works: the place of the participle or relative
clause inside the group's phrase ("building ports in Peru", "that operate in Peru"). Only
intents and aid (roots 03, 07); only a target of the source's own state's business sector whose
head noun has such a clause naming one other state in an "in / across / inside" phrase (its
citizens or troops living or serving abroad are another story).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import sentence_words
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

_ROOTS = ("03", "07")
_CLAUSES = frozenset({"acl", "relcl"})
_PLACE_PREPS = frozenset({"in", "across", "inside", "throughout"})
_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})
# Lemmas of the firms a pledge may be for (the gate of the phrase search: sentence words first).
_FIRM_WORDS = frozenset(
    {"firm", "company", "contractor", "business", "investor", "exporter", "builder", "enterprise"}
)
_BUSINESS = "BUS"  # the pledger's own firms (a business sector), never its citizens or forces


def _group_noun(tok: Token) -> Token:
    """The head noun of the phrase a demonym or name modifies ("Chilean" -> "firms")."""
    while tok.dep_ in _MODIFIERS and tok.head is not tok:
        tok = tok.head
    return tok


def _clauses(noun: Token) -> list[Token]:
    """The clauses that say what ``noun``'s group does: its participle or relative clause, or
    the gerund it is the subject of ("for Chilean firms building ports", parsed either way)."""
    out = [c for c in noun.children if c.dep_ in _CLAUSES]
    if noun.dep_ == "nsubj" and noun.head.tag_ == "VBG":
        out.append(noun.head)
    return out


def _working_place(s: Site, noun: Token, own: set[str]) -> list[Arg]:
    """The one other state named by the place phrase of ``noun``'s participle or relative clause."""
    got: dict[str, Arg] = {}
    for cl in _clauses(noun):
        for t in cl.subtree:
            if t.dep_ != "prep" or t.lower_ not in _PLACE_PREPS:
                continue
            for p in t.children:
                if p.dep_ != "pobj":
                    continue
                for a in s.actors.resolve(p):
                    if not unknown(a) and key(a) not in own and a.ref.country:
                        got.setdefault(a.ref.country, Arg(a.ref, a.quality, p.i))
    return list(got.values()) if len(got) == 1 else []


def _own_firms(s: Site, own: set[str]) -> list[Token]:
    """Group nouns of the trigger's phrase that resolve to the source's own firms (where the
    object stages found no target: "promised grants for Australian companies laying ...")."""
    out = []
    for t in s.tok.subtree:
        if t.pos_ != "NOUN" or t.i == s.tok.i:
            continue
        got = s.actors.resolve(t)
        if got and all(key(a) in own and a.ref.code[3:6] == _BUSINESS for a in got):
            out.append(t)
    return out


@acts_on(roots=_ROOTS)
def own_firms_abroad(s: Site, c: Candidates) -> Candidates:
    """ "pledged credits for Chilean firms building ports in Peru" by Chile: Peru, not the firms."""
    if not c.sources:
        return c
    own = {key(a) for a in c.sources}
    if not c.targets:  # (the object stages found nothing: the phrase's own firms, if any)
        if _FIRM_WORDS.isdisjoint(sentence_words(s.ctx.sent)):
            return c  # (most pledges: no firms named, no word read)
        for noun in _own_firms(s, own):
            place = _working_place(s, noun, own)
            if place:
                return c.with_targets(place)
        return c
    doc = s.ctx.sent.doc
    out: list[Arg] = []
    changed = False
    for t in c.targets:
        if key(t) in own and t.ref.code[3:6] == _BUSINESS:
            place = _working_place(s, _group_noun(doc[t.tok]), own)
            if place:
                out += place
                changed = True
                continue
        out.append(t)
    return c.with_targets(out) if changed else c
