"""The target of a trailing participle that performs a second formal act (fresh4 class B):
"Ghana recalled its envoy from Togo, suspending all cross-border trade" suspends trade with
Togo. ``salience.voiced_alongside`` keeps such a participle as news beside its main act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import trailing_participle
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties._phrase_reading import governing_act_targets

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

# Formal acts a trailing participle performs alongside the main act ("..., suspending trade").
_FORMAL_ROOTS = frozenset({"16"})


@acts_on(noun=False, roots=_FORMAL_ROOTS)
def participle_act_target(s: Site, c: Candidates) -> Candidates:
    """A trailing participle of a formal act (16x) that names no target of its own is aimed
    where the main act is."""
    tok = s.tok
    if not c.sources or c.targets or s.noun or s.root not in _FORMAL_ROOTS:
        return c
    if not trailing_participle(tok):
        return c
    return governing_act_targets(s, c)


# Main acts that press a party to act (demands, appeals, criticism, rejection, sanctions,
# coercion) and whose target a trailing threat is aimed at (practice24's TH).
_PRESSING_ROOTS = frozenset({"02", "10", "11", "12", "16", "17"})
_THREAT_ROOT = "13"
_COMPLEMENTS = frozenset({"xcomp", "ccomp"})


@acts_on(noun=False, roots=(_THREAT_ROOT,))
def participle_threat_target(s: Site, c: Candidates) -> Candidates:
    """ "A and B demanded that Y accept a ceasefire, warning that sanctions on its banks would
    follow if it did not", "X urged Y to free the sailors, threatening to cut aid": a trailing
    threat participle that names no target of its own is aimed where the main act that presses
    a party (a demand, appeal, criticism, refusal, sanction) is: the party that must meet it,
    never the doers' own states nor the place the doers travelled to (practice24's TH)."""
    if not c.sources or c.targets or s.noun or s.root != _THREAT_ROOT:
        return c
    if not trailing_participle(s.tok):
        return c
    verb = s.tok.head
    for _ in range(3):  # ("urged Y to free the sailors, threatening ...": on "free", up to "urged")
        act = _pressing(s, verb) or next(
            (a for k in reversed(list(verb.children))
             if k.dep_ == "conj" and k.i < s.tok.i and (a := _pressing(s, k)) is not None),
            None,
        )  # ("travelled to Z and demanded that Y ..., warning": on "travelled")  # fmt: skip
        if act is not None:
            break
        if verb.dep_ not in _COMPLEMENTS or verb.head.i == verb.i:
            return c
        verb = verb.head
    else:
        return c
    own = {key(a) for a in c.sources}
    return c.with_targets([a for a in s.ctx.roles_of(act).targets if key(a) not in own], 1)


def _pressing(s: Site, verb: Token) -> Found | None:
    """The trigger on ``verb`` when it is another act that presses a party (``_PRESSING_ROOTS``)."""
    act = s.ctx.triggers.get(verb.i)
    if act is None or act is s.found or act.code[:2] not in _PRESSING_ROOTS:
        return None
    return act


# Person pronouns an object of a trailing participle may name the main act's person by.
_PERSON_OBJECTS = frozenset({"him", "her", "them"})


@acts_on(noun=False)
def participle_pronoun_target(s: Site, c: Candidates) -> Candidates:
    """ "Ghana declared a Togolese diplomat persona non grata, accusing him of ...", "Kenya
    expelled a Tanzanian journalist, accusing him of spying": the pronoun object of a trailing
    participle is the person the main act was done to (its placed target, the other state's),
    never the doer's own state nor no one (parties27: fresh14's PR). A pronoun read as the
    doer itself ("detained an Argentine boat and its 12 crew, accusing them": "them" taken for
    the navy) is read again so (parties33, fresh17's PT)."""
    tok = s.tok
    if not c.sources or s.noun:
        return c
    if c.targets and not _self_read(c):
        return c
    if not trailing_participle(tok):
        return c
    obj = s.child("dobj")
    if obj is None or obj.lower_ not in _PERSON_OBJECTS:
        return c
    person = _asked_person(s, tok.head, obj)
    if person is not None:
        return _person_state(s, c, person)
    got = governing_act_targets(s, c)
    head = tok.head  # "ordered X's envoy to leave the country, accusing him": the order's
    if not got.targets and head.dep_ == "xcomp" and head.head.i in s.ctx.triggers:
        act = s.ctx.triggers[head.head.i]
        own = {key(a) for a in c.sources}
        return c.with_targets([a for a in s.ctx.roles_of(act).targets if key(a) not in own], 1)
    return got


def _self_read(c: Candidates) -> bool:
    """Every target found is of the doer's own state (a pronoun read as the doer)."""
    homes = {a.ref.country for a in c.sources if a.ref.country}
    return bool(homes) and all(a.ref.country in homes for a in c.targets)


# The number of a person pronoun: "him"/"her" one person, "them" several.
_SINGULAR_TAGS = frozenset({"NN"})
_PLURAL_TAGS = frozenset({"NNS"})


def _asked_person(s: Site, head: Token, pronoun: Token) -> Token | None:
    """ "Togo asked Benin to hand over a former general ..., accusing him": the person object of
    the act the main verb asks for (its ``xcomp``'s object), when the asking verb's own object
    is the party asked; the participle may hang on either verb. The pronoun means that person,
    never the state asked (PR of fresh14 and fresh15, parties29)."""
    if head.dep_ == "xcomp":
        asked, acts = head.head, [head]
    else:
        asked, acts = head, [x for x in head.children if x.dep_ == "xcomp"]
    if not any(k.dep_ in ("dobj", "dative") for k in asked.children):
        return None
    tags = _PLURAL_TAGS if pronoun.lower_ == "them" else _SINGULAR_TAGS
    for x in acts:
        for o in x.children:
            if o.dep_ != "dobj" or o.tag_ not in tags:
                continue
            if any(m.is_state and m.ref.code == m.ref.country for m in _mentions(s, o)):
                return None  # ("to hand over the town": no person)
            return o
    return None


def _mentions(s: Site, tok: Token) -> list:  # type: ignore[type-arg]
    return [m for t in (tok, *tok.children) if (m := s.actors.mention_of(t)) is not None]


def _person_state(s: Site, c: Candidates, person: Token) -> Candidates:
    """The state of the person the pronoun means: the one its phrase names ("a Beninese
    journalist"), else the doer's own (a wanted person of no named state is the requester's own
    national: a domestic accusation, never the asked state's)."""
    own = {key(a) for a in c.sources}
    placed = [a for a in s.actors.resolve(person) if a.ref.country and key(a) not in own]
    if placed:
        return c.with_targets(placed, 1)
    return c.with_targets([Arg(a.ref, a.quality, person.i) for a in c.sources], 1)
