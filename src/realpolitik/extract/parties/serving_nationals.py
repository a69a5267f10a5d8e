"""Nationals fighting for another state are no act of their own state (issue 9, parties52:
fresh26's class K; recurring.md's "role nouns and groups as parties").

"Warsaw says at least 40 Ghanaians are fighting for Togo", "dozens of Kenyan men are fighting
alongside Russia's army": people of a state named by their nationality (a demonym noun, or
"nationals / citizens / volunteers / recruits / mercenaries" with its demonym) who fight "for"
(alongside) another state serve that state as individuals (issue 9's "volunteers sent to
fight for Syria": no attack of theirs). Their state neither fights nor is fought: no event. A
state's own forces ("Ghanaian troops are fighting for ...") keep the act as the other stages
read it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import FORCE_ROOTS, Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

# ("with" is left out: "clashed with Tajik guards" names the other side, not whom they serve)
_SERVED_PREPS = frozenset({"for", "alongside"})
_SERVE_VERBS = frozenset({"serve", "enlist", "volunteer"})
# People of a state named by what they are, not by a force of the state.
_INDIVIDUALS = frozenset({"national", "citizen", "volunteer", "recruit", "mercenary", "man",
                          "fighter", "people", "student", "migrant", "worker", "youth"})  # fmt: skip
_DEMONYM = "demonym"
_PLURALS = frozenset({"NNS", "NNPS"})


@acts_on(noun=False, roots=FORCE_ROOTS)
def nationals_serving_another(s: Site, c: Candidates) -> Candidates:
    """ "N Y-ians are fighting for Z": no act of Y, at Y or at anyone (see the module doc)."""
    if not c.pairs or s.root not in FORCE_ROOTS:
        return c
    subj = s.child("nsubj")
    if subj is None:
        return c
    people = _nationality(s, subj) or next(
        (_nationality(s, p) for p in _of_objects(subj)), None
    )  # ("dozens of Kenyan men")
    if people is None:
        return c
    served = _served_states(s, s.tok)
    if not served or served == {people}:
        return c
    return c.with_pairs([], "nationals_serving_another")


def _nationality(s: Site, subj: Token) -> str | None:
    """The state ``subj`` names people of: "Ghanaians", "40 Kenyan nationals"."""
    m = s.actors.mention_of(subj)
    if (
        m is not None and m.kind == _DEMONYM and m.ref.country and subj.tag_ in _PLURALS
        and m.end - m.start == len(subj.text)
    ):  # fmt: skip
        return m.ref.country  # ("Ghanaians": the demonym itself, never "Kyrgyz forces")
    if subj.lemma_.lower() not in _INDIVIDUALS:
        return None
    for k in subj.children:
        if k.dep_ in ("amod", "compound", "nmod"):
            km = s.actors.mention_of(k)
            if km is not None and km.kind == _DEMONYM and km.ref.country:
                return km.ref.country
    return None


def _of_objects(tok: Token) -> list[Token]:
    return [p for k in tok.children if k.dep_ == "prep" and k.lower_ == "of"
            for p in k.children if p.dep_ == "pobj"]  # fmt: skip


def _served_states(s: Site, verb: Token) -> set[str]:
    """The states ``verb``'s "for / with / alongside" phrases name (or a serving verb's own)."""
    got: set[str] = set()
    for k in verb.children:
        if k.dep_ == "prep" and k.lower_ in _SERVED_PREPS:
            for p in k.children:
                if p.dep_ != "pobj":
                    continue
                got |= {a.ref.country for a in s.actors.resolve(p) if a.ref.country}
        elif k.dep_ == "xcomp" and k.lemma_.lower() in _SERVE_VERBS:
            got |= _served_states(s, k)
    return got


__all__ = ["nationals_serving_another"]
