"""Victims or property of another state that the sentence places other than by a demonym on
the object itself (issue 9 round 19, parties25: fresh13's class G, recurring.md's "role nouns
fall to the domestic convention").

"Kenyan police arrested 12 Ugandan fishermen and seized their three boats", "Thai soldiers shot
dead three men who tried to carry timber from Cambodia's Oddar Meanchey province", "Turkish
troops shot two men near Kilis. Syria said the dead were Syrian farmers": the object of the act
of force names no state in its own words, so ``pairs.home_target`` gave the doer's own state
(a state's forces acting at home). The victims' state is written all the same: in the people
whom "their" / "its" refers back to (the object of the coordinated act before), in a "from / of
Y('s PLACE)" phrase of a clause on the victims, or in a later sentence that says who they were
("the dead were Y farmers"), or in the result participle of the act (", killing three Y
civilians"). The stage reads those places, for every act of coercion or
force, and only where the target is missing or the doer's own state was a guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import QUANT_HEADS
from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import OWNER_PRONOUNS
from realpolitik.extract.confidence import FIRM_TARGET, REFERRED
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

# CAMEO roots of acts done to people or their property: coerce (17: seize, arrest, deport),
# assault (18), fight (19), mass violence (20).
_PHYSICAL = ("17", "18", "19", "20")
_VICTIM_DEPS = ("dobj", "nsubjpass")
# Clauses on the victims that say where they came from: "men who tried to carry timber from
# Y's province", "herders who had strayed across the border from Y".
_CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Only "from": where they lived or worked ("had trained in Mexico") is no origin (names20), nor
# where they came back from ("returned from Syria").
_ORIGIN_PREPS = frozenset({"from"})
_NO_ORIGIN_VERBS = frozenset({"return", "repatriate"})
# Words a later sentence refers to the victims by: "the dead were Y farmers", "the men were Y
# shepherds", "they were Y nationals"; the victim's own head noun counts too.
_VICTIM_WORDS = frozenset(
    {"dead", "victim", "man", "woman", "body", "they", "casualty", "deceased", "killed", "those",
     "person", "people", "three", "two", "four", "five", "both", "all"}
)  # fmt: skip
_LATER_SENTENCES = 2
# Roots of a result participle that says whom the act hit: ", killing / wounding three Y".
_FORCE_RESULTS = frozenset({"18", "19", "20"})


@acts_on(roots=_PHYSICAL)
def victims_written_state(s: Site, c: Candidates) -> Candidates:
    """ "arrested 12 Ugandan fishermen and seized their boats", "shot three men who crossed
    from Cambodia's X province", "shot two men. ... the dead were Syrian farmers": the state of
    the people whose persons or property the act hits, where the object's own phrase names
    none; the target before this stage is missing (``pairs.home_target`` would give the doer's
    own state)."""
    if not c.pairs or s.noun or all(b is not None for _, b in c.pairs):
        return c
    victim = s.child(*_VICTIM_DEPS)
    homes = {a.ref.country for a, _ in c.pairs}
    state = _result_victims(s, homes)
    if state is None and victim is not None:
        state = (
            _owner_in_conjunct(s, victim, homes)
            or _origin_in_clause(s, victim, homes)
            or _said_later(s, victim, homes)
        )
    if state is None:
        return c
    pairs: list[tuple[Arg, Arg | None]] = [(a, b if b is not None else state) for a, b in c.pairs]
    return c.with_pairs(pairs)


def _other_state(s: Site, tok: Token, homes: set[str | None]) -> Arg | None:
    """The one state ``tok`` resolves to, when it is none of the doers' own."""
    got = [a for a in s.actors.resolve(tok) if a.ref.country]
    states = {a.ref.country for a in got}
    if len(states) != 1 or states & homes:
        return None
    a = got[0]
    return Arg(a.ref, max(REFERRED, min(a.quality, FIRM_TARGET)), a.tok)


def _result_victims(s: Site, homes: set[str | None]) -> Arg | None:
    """ "Israeli troops raided Jenin, killing three Palestinians": the object of a result
    participle of force on the act names whom the act hit."""
    for k in s.kids:
        if k.dep_ != "advcl" or k.tag_ != "VBG" or k.i < s.tok.i:
            continue
        f = s.ctx.triggers.get(k.i)
        if f is None or f.code[:2] not in _FORCE_RESULTS:
            continue
        for obj in k.children:
            if obj.dep_ == "dobj":
                return _other_state(s, obj, homes)
    return None


def _owner_in_conjunct(s: Site, victim: Token, homes: set[str | None]) -> Arg | None:
    """ "arrested 12 Ugandan fishermen and seized their boats" (or "the fishermen's boats"): the
    owner on the object is the people the coordinated act before was done to, when they are of
    another state. A count of the object ("seized three of their trawlers", "two of the
    fishermen's boats") owns through its "of" phrase, as the object itself would (practice8,
    OT)."""
    victim = _counted_noun(victim)
    owner = next((k for k in victim.children if k.dep_ == "poss"), None)
    if owner is None:
        return None
    pronoun = owner.lower_ in OWNER_PRONOUNS
    tok = s.tok
    verbs = [tok.head] if tok.dep_ == "conj" and tok.head.i < tok.i else []
    verbs += [k for k in tok.head.children if k.dep_ == "conj" and k.i < tok.i and k.i != tok.i]
    for v in verbs:
        for obj in v.children:
            same = pronoun or obj.lemma_.lower() == owner.lemma_.lower()  # "the fishermen's"
            if obj.dep_ == "dobj" and obj.i < victim.i and same:
                got = _other_state(s, obj, homes)
                if got is not None:
                    return got
    return None


def _counted_noun(tok: Token) -> Token:
    """The noun a count or quantity head counts ("three of their trawlers": "trawlers"), else
    ``tok`` itself."""
    if not (tok.like_num or tok.lower_ in QUANT_HEADS):
        return tok
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj"), tok)
    return tok


def _origin_in_clause(s: Site, victim: Token, homes: set[str | None]) -> Arg | None:
    """ "three men who tried to carry timber across the border from Cambodia's Oddar Meanchey
    province": a "from" phrase inside a clause on the victims names their state."""
    for cl in victim.children:
        if cl.dep_ not in _CLAUSE_DEPS:
            continue
        for prep in cl.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in _ORIGIN_PREPS:
                continue
            if prep.head.lemma_.lower() in _NO_ORIGIN_VERBS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                got = _other_state(s, obj, homes) or _place_owner(s, obj, homes)
                if got is not None:
                    return got
    return None


def _place_owner(s: Site, obj: Token, homes: set[str | None]) -> Arg | None:
    """ "Cambodia's Oddar Meanchey province": the possessor of a place noun."""
    for k in obj.children:
        if k.dep_ == "poss":
            got = _other_state(s, k, homes)
            if got is not None:
                return got
    return None


def _said_later(s: Site, victim: Token, homes: set[str | None]) -> Arg | None:
    """ "Turkish troops shot two men near Kilis. Syria said the dead were Syrian farmers": a
    copula of the next sentences whose subject refers to the victims ("the dead", "the men",
    "they") and whose complement names people of one state."""
    sent = s.ctx.sent
    doc = sent.doc
    words = _VICTIM_WORDS | {victim.lemma_.lower()}
    at = sent.end
    for _ in range(_LATER_SENTENCES):
        if at >= len(doc):
            break
        later = doc[at].sent
        at = later.end
        for tok in later:
            if tok.dep_ not in ("attr", "oprd") or tok.head.lemma_ != "be":
                continue
            subj = next((k for k in tok.head.children if k.dep_ == "nsubj"), None)
            if subj is None or subj.lemma_.lower() not in words:
                continue
            got = _other_state(s, tok, homes)
            if got is not None:
                return got
    return None


__all__ = ["victims_written_state"]
