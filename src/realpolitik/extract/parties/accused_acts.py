"""Accused acts: "Kenya accused Uganda of detaining 12 fishermen", "Uganda was accused of
seizing a boat", "accused Chad on Monday of moving troops to the border" (class AC of fresh7 to
fresh9). The gerund under "accused / blamed X of / for" is the accused's act, reported (GUIDE
rule 3, ``factuality``): its doer is the accusation's object, never the accuser, the only
subject the gerund could otherwise borrow; a hostile act that names no victim is aimed at the
accuser, who speaks for the victim ("Sudan accused Chad of moving troops to the border", "of
violating its airspace")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from realpolitik.extract._accused_conjunct import ACCUSED_PREPS, ACCUSING
from realpolitik.extract._denied_charge import CHARGED_ROOTS, CHARGED_VERBS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import key, unknown
from realpolitik.extract.parties.reason_clauses import gerund_frame_verb, judged_party

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg, DocActors
    from realpolitik.extract.parties._model import Candidates, Site

# Possessives by which an accused act's object is the accuser's ("of violating its airspace")
_ITS = frozenset({"its", "their", "our"})
# Truces whose breach wrongs the other side of the truce, the accuser.
_TRUCES = frozenset({"ceasefire", "truce", "armistice", "cease-fire"})


def accusing_verb(tok: Token) -> Token | None:
    """The accusation a gerund is the charge of: "accused X of seizing", "accused X of seizing
    the boats and detaining their crews" (a coordinated gerund shares the first's)."""
    return gerund_frame_verb(tok, ACCUSED_PREPS, ACCUSING)


def accused_doer(tok: Token) -> Token | None:
    """The accused, for a gerund that is what an accusation charges: the accusing verb's object
    ("accused Uganda of detaining"), or its passive subject ("Uganda was accused of seizing")."""
    if tok.dep_ != "pcomp":
        return None  # (a coordinated gerund borrows the first one's doer)
    return judged_party(accusing_verb(tok))


def _accuser(actors: DocActors, gov: Token) -> list[Arg]:
    subj = [c for c in gov.children if c.dep_ == "nsubj"]
    return actors.resolve(subj[0]) if subj else []


def _aimed_at_accuser(s: Site) -> bool:
    """The act has no object of another's: none ("of moving troops to the border": the
    troops moved are the doer's own), or the accuser's by "its" ("of violating its airspace");
    "of torturing prisoners" names a victim of no known state."""
    objs = [k for k in s.tok.children if k.dep_ == "dobj"]
    if not objs or s.theme or objs[0].lemma_.lower() in _TRUCES:
        return True  # ("of violating the ceasefire": the accuser is the other side, l35)
    return any(k.dep_ == "poss" and k.lower_ in _ITS for k in objs[0].children)


@acts_on(noun=False, roots=CHARGED_ROOTS | {"09"})
def accused_victim(s: Site, c: Candidates) -> Candidates:
    """ "Russia accused Kyiv of shelling civilian buildings": a hostile accused act with no
    victim named is aimed at the accuser (the doer's own state never); so is spying ("of
    spying on its military bases", leftovers35)."""
    if s.noun or c.targets or not c.sources:
        return c
    if s.root not in CHARGED_ROOTS and s.tok.lemma_.lower() not in CHARGED_VERBS:
        return c
    gov = accusing_verb(s.tok)
    if gov is None or not _aimed_at_accuser(s):
        return c
    own = {key(a) for a in c.sources}
    got = [a for a in _accuser(s.actors, gov) if not unknown(a) and key(a) not in own]
    return c.with_targets(got) if got else c


def accused_news(
    tok: Token, code: str, pairs: Sequence[tuple[Arg, Arg | None]], *, judged: bool = False
) -> bool:
    """A hostile accused act (a charge, as a denial answers one: ``CHARGED_ROOTS``) aimed at
    another state is news of the sentence, reported, beside the accusation (GUIDE rule 3; class
    AC); with no target, or its doer's own state ("of shelling Kharkiv" with the city unknown),
    or a friendly act ("accused X of backing the rebels", whose parties are often not the
    story's states), it stays the accusation's background. ``judged``: the reason of a
    judgement ("condemned X for detaining Y's fishermen", ``reason_clauses``), read alike."""
    aimed = any(t is not None and key(t) != key(s) for s, t in pairs)
    gov = accusing_verb(tok)
    charged = judged or (gov is not None and not _withheld(gov))
    hostile = code[:2] in CHARGED_ROOTS or tok.lemma_.lower() in CHARGED_VERBS  # ("spying")
    return aimed and hostile and charged


# Words by which an accusation is not made ("have not accused", "has never accused")
_NOT = frozenset({"not", "n't", "never"})


def _withheld(gov: Token) -> bool:
    """ "Togolese officials have not accused Accra of mistreating the drivers": an accusation
    not made charges nothing; the act stays its background, never reported news (clauses37,
    fresh25 H: the shape with an earlier sentence placing the victims)."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NOT) for c in gov.children)


def accused_act(tok: Token) -> bool:
    """An act an accusation charges: background unless ``accused_news`` (never news for want
    of other news in its sentence: "firms accused of helping X" is no act of the firms')."""
    return accusing_verb(tok) is not None
