"""Parse shapes and word lists that decide whose act a trigger names, read off tokens alone.

Light verbs that only carry an event noun, the prepositions that name a target, a border where
something lies, a circumstance phrase's "with" partner ("after talks with X"), a verb conjoined
after a passive, and event nouns answered or given up. Pure functions of tokens, used by the
party stages (``realpolitik.extract.parties``) and the codebook conventions. Children by
dependency and prepositional objects (also those the parser stranded on a reduced clause, and
partners named by "with X's help") are ``_dependents``, who reports an act ``_attributions``, a
thing's maker ``_thing_makers``; all re-exported here, where the stages import them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._attributions import (
    ATTRIBUTION_PREPS,
    attribution_noun,
    attribution_phrases,
    drop_attributions,
    reporters,
    reports_a_clause,
)
from realpolitik.extract._dependents import child, coactor, pobjs, role_clause, stranded_object
from realpolitik.extract._thing_makers import authored, flag_state, maker
from realpolitik.extract._words import LIGHT_VERBS
from realpolitik.extract.factuality import GIVING_UP, HELD

__all__ = [
    "LIGHT_VERBS",
    "TARGET_PREPS",
    "SCENE_PREPS",
    "ATTRIBUTION_PREPS",
    "attribution_noun",
    "attribution_phrases",
    "authored",
    "child",
    "coactor",
    "drop_attributions",
    "flag_state",
    "maker",
    "pobjs",
    "reporters",
    "reports_a_clause",
    "role_clause",
    "stranded_object",
]

if TYPE_CHECKING:
    from spacy.tokens import Token


# Prepositions whose object is the target of an act ("sent troops to X", "sanctions against X").
TARGET_PREPS = ("to", "with", "against", "on", "at", "into", "toward", "towards", "upon", "for")
# Roots that also name their target with other prepositions: conflict talk ("warned of X",
# "complained about X") and force posture ("drills near X", "warships off X").
ROOT_PREPS = {
    "11": ("of", "about", "over"),
    "13": ("of", "about"),
    "01": ("about", "of"),
    "15": ("near", "off", "around", "along"),
}


# Roots of statements, appeals, talks, agreements and aid (01-09): "at X" is where the act takes
# place ("signed a pact at the White House", "met at the foreign ministry in Madrid"), never
# whom it is done to; acts aimed at someone ("fired at", "protested at") keep "at".
VENUE_AT_ROOTS = frozenset(f"0{d}" for d in range(1, 10))
_BY_ROOT = {root: TARGET_PREPS + extra for root, extra in ROOT_PREPS.items()}
_BY_ROOT.update(
    {
        root: tuple(p for p in _BY_ROOT.get(root, TARGET_PREPS) if p != "at")
        for root in VENUE_AT_ROOTS
    }
)


def target_preps(root: str) -> tuple[str, ...]:
    """Prepositions that may name the target of an act of CAMEO root ``root``."""
    return _BY_ROOT.get(root, TARGET_PREPS)


# Prepositions of time and circumstance lead out of what the act is about ("after talks in X").
SCENE_PREPS = frozenset(
    {"after", "before", "since", "until", "till", "despite", "amid", "amidst", "following",
     "like", "unlike", "than", "because", "ahead", "prior", "without"}
)  # fmt: skip
# Verbs whose object is an act answered ("answered X's protests by V-ing").
_ANSWERING = frozenset({"answer", "meet", "greet", "counter"})
_RESPONDING = frozenset({"respond", "react", "reply"})


def answered_event(tok: Token) -> bool:
    """ "Ethiopia has answered Egyptian protests by inviting engineers", "met X's demands with
    an offer of talks", "responded to X's protests": the event noun names what is answered,
    an earlier act (background), no act of the sentence; its only party (the demonym) would
    fill both slots."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to":  # "responded to X's protests by V-ing"
        return head.head.lemma_.lower() in _RESPONDING
    return tok.dep_ == "dobj" and head.lemma_.lower() in _ANSWERING


def given_up(tok: Token) -> bool:
    """ "Georgia dropped its objection to Turkey's dam", "withdrew its complaint": a stance
    given up is no act of the sentence; "had not dropped its objection" keeps it, asserted
    (``factuality``)."""
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and verb.lemma_.lower() in GIVING_UP
        and tok.lemma_.lower() in HELD
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def spent_noun(tok: Token) -> bool:
    """An event noun the sentence answers or gives up (:func:`answered_event`,
    :func:`given_up`): an earlier act, none of its own."""
    return answered_event(tok) or given_up(tok)


# Verbs of holding to a view: with a demand's subjunctive a demand ("insisted that Sudan
# withdraw"), with a finite copula a claim ("insists the dam is safe").
_INSISTING = frozenset({"insist", "maintain"})
_FINITE = frozenset({"VBZ", "VBD", "VBP"})


def insisted_claim(verb: Token) -> bool:
    """ "Ethiopia's government insists the dam is safe": the complement states a claim (a
    finite "is" / "was" + predicate), no demand and no act (fresh8 L)."""
    if verb.lemma_.lower() not in _INSISTING:
        return False
    return any(
        c.dep_ == "ccomp" and c.lemma_.lower() == "be" and c.tag_ in _FINITE
        and any(g.dep_ in ("acomp", "attr") for g in c.children)
        for c in verb.children
    )  # fmt: skip


def reciprocal_object(verb: Token) -> bool:
    """ "Defend each other", "to help one another", "sanctions on each other": the verb's (or
    its infinitive's) object is the subjects themselves, each acting on the others."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    for h in heads:
        objs = [c for c in h.children if c.dep_ in ("dobj", "dative")]
        objs += [p for c in h.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        objs += [c for o in objs for c in o.children if c.dep_ == "poss"]  # "each other's"
        for o in objs:
            words = {c.lower_ for c in o.children} | {o.lower_}
            if o.lower_ in ("other", "another") and words & {"each", "one"}:
                return True
            if o.lower_ == "one" and "another" in words:  # "accused one another": parsed so
                return True
    return False


def for_to_clause(c: Token) -> bool:
    """ "called for Russia to withdraw": an infinitive after "for" whose own subject names a
    party (not "for the perpetrators to be tried", "for Hodeida port to remain open"), hung by
    the parser as a clause marked "for"."""
    kids = [(g.dep_, g.lower_) for g in c.children]
    if ("mark", "for") not in kids or ("aux", "to") not in kids:
        return False
    return named_subject(c) is not None


def named_subject(clause: Token) -> Token | None:
    """The clause's subject when it is a name ("Israel") or a demonym's noun ("the Israeli
    government"): a party that may be asked to act."""
    subj = child(clause, "nsubj", "nsubjpass")
    if subj is None:
        return None
    named = subj.tag_ in ("NNP", "NNPS") or any(
        g.dep_ == "amod" and g.pos_ == "ADJ" and g.is_title for g in subj.children
    )
    return subj if named else None


def trailing_participle(tok: Token) -> bool:
    """``tok`` is a gerund-participle clause after its main verb ("expelled X, accusing him")."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i


def set_off_participle(tok: Token) -> bool:
    """``tok`` is a trailing participle set off by a comma, with no subject or marker of its
    own, on a verb: the main clause's doer acting again ("deported the men, handing them to Y's
    police"; "closed the crossing, accusing Y of ...")."""
    if not trailing_participle(tok) or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return False
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def active_after_passive(tok: Token) -> bool:
    """An active verb conjoined to a passive one: it shares the passive subject, not the agent.

    Active: its own auxiliary ("and will resign"), a present tense ("and resigns"), or a past
    tense with an object ("and fired his aide"). A bare "-ed" form ("was shelled by rebels and
    looted") shares the passive's auxiliary and its agent.
    """
    head = tok.head
    if child(head, "nsubjpass") is None or child(head, "nsubj") is not None:
        return False
    if child(tok, "auxpass", "nsubj", "nsubjpass") is not None:
        return False
    if child(tok, "aux") is not None or tok.tag_ in ("VBZ", "VBP"):
        return True
    return tok.tag_ == "VBD" and child(tok, "dobj") is not None


_BORDER_NOUNS = frozenset({"border", "frontier", "borderland", "boundary"})
_ALONG_PREPS = frozenset({"on", "near", "along", "at", "by", "off"})


def border_place(node: Token, trigger: Token) -> bool:
    """ "a stronghold on the Thai border": where a thing lies, not a party to the act.

    Only deep in the phrase; the trigger's own "on the X border" ("massed troops on the X
    border") is left to the direct roles, and so is the border of the forces the trigger posts
    ("stepped up patrols along its Somali frontier": where they are sent is whom they face,
    leftovers28).
    """
    prep = node.head
    return (
        node.dep_ == "pobj"
        and node.lemma_.lower() in _BORDER_NOUNS
        and prep.lower_ in _ALONG_PREPS
        and prep.head.i != trigger.i
        and not _posted_forces(prep.head, trigger)
    )


# Forces a show of force posts somewhere ("stepped up patrols", "massed troops")
_POSTED = frozenset(
    {"patrol", "troop", "soldier", "force", "unit", "presence", "deployment", "reinforcement",
     "battalion", "brigade", "tank", "guard", "checkpoint", "artillery", "personnel"}
)  # fmt: skip


def _posted_forces(noun: Token, trigger: Token) -> bool:
    """``noun`` is the trigger's object and names forces it posts."""
    return noun.dep_ == "dobj" and noun.head.i == trigger.i and noun.lemma_.lower() in _POSTED


def border_partner(pobj: Token) -> list[Token]:
    """ "massed troops on the border with X": the border's other side is the act's target; any
    other object stands for itself."""
    if pobj.lemma_.lower() in _BORDER_NOUNS:
        return [q for _, q in pobjs(pobj, ("with",))] or [pobj]
    return [pobj]


_NEVER_PARTIES = frozenset({"despite", "like", "unlike", "than", "without"})


def scene_partners(prep: Token) -> list[Token]:
    """ "called off the strike after talks with the government": the partner of the scene's
    talks or clashes is the other side of the act; "despite X's wish" never names one."""
    if prep.lower_ in _NEVER_PARTIES:
        return []
    return [
        w
        for p in prep.children
        if p.dep_ == "pobj"
        for w in p.children
        if w.dep_ == "prep" and w.lower_ == "with"
    ]


def title_words(name: Token) -> set[str]:
    """ "British President Theresa May": the parser hangs the title on the first name, two
    compounds below the name's head; its lemmas (a trigger row's object words) (context15)."""
    return {
        g.lemma_.lower()
        for k in name.lefts
        if k.dep_ == "compound"
        for g in k.children
        if g.dep_ == "compound"
    }
