"""Harm predicted of another's act: "said the decision would wreck the peace process" criticises
the decision's owner (111); the speaker does nothing, so it is no threat, and the harm verb is
no event of its own (split from ``_readings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._lexicon import Trigger
from realpolitik.extract._readings import _FUTURE, _SPEECH, ACT_NOUNS, _owned

if TYPE_CHECKING:
    from spacy.tokens import Token

# "Germany said Russia's decision would destroy cooperation", "warned that X's plan would
# wreck the peace process": harm predicted of another's act criticises it (111), aimed at the
# act's owner; it is no threat (the speaker does nothing) and no event of the harm verb.
SAY_HARM = Trigger("say", "V", frozenset(), frozenset(), frozenset(), "111", frozenset({"clause"}))
HARM_VERBS = frozenset(
    {"destroy", "undermine", "wreck", "harm", "damage", "hurt", "jeopardize", "jeopardise",
     "endanger", "destabilize", "destabilise", "erode", "derail", "ruin", "weaken", "poison",
     "threaten", "sabotage", "torpedo", "imperil"}
)  # fmt: skip
_WARN = frozenset({"warn", "caution"})
HARM_GOVERNORS = _SPEECH | _WARN  # the lemmas predicted_harm reads (no other verb has one)
_MAY = frozenset({"could", "might", "may", "can"})
# Whom a warning is told to ("warned Y that ...", "told Y that ..."): being told does not make
# Y the owner of an act the sentence leaves unowned (GUIDE rule 2: a plain warning, no 111).
_ADDRESSEE = frozenset({"dobj", "dative"})


# A quoted predicate in the present or past tense judges the act its subject names (clauses41,
# fresh29's class E): "said Y's decision 'rewards impunity'", "said Y's arms sales 'threaten
# regional peace'", "Y's refusal to hand over the banker 'shields criminals'". Verbs of harm,
# and verbs of abetting what the speaker condemns; the subject may be any act noun of these.
ABETTING_VERBS = frozenset(
    {"reward", "shield", "protect", "encourage", "embolden", "fuel", "legitimise", "legitimize",
     "whitewash", "excuse", "condone", "abet", "betray", "insult", "violate", "breach", "flout",
     "defy", "mock", "trample", "contradict", "escalate", "inflame", "provoke"}
)  # fmt: skip
QUOTED_ACT_NOUNS = ACT_NOUNS | frozenset(
    {"sale", "sales", "refusal", "ruling", "verdict", "deal", "purchase", "order", "support",
     "backing", "offer", "pact", "agreement", "grant", "treatment", "handling", "conduct",
     "presence", "behaviour", "behavior", "stance", "position", "silence", "inaction",
     "crackdown", "expansion", "export", "exports", "subsidy", "subsidies", "duty", "duties"}
)  # fmt: skip
_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d", "``", "''"})
_TOLD = frozenset({"VBZ", "VBP", "VBD"})


def _quoted_verdict(c: Token) -> bool:
    """A present or past clause whose verb opens a quotation ("... 'threaten regional peace'")
    and judges by harm or abetting."""
    if c.i == 0 or c.doc[c.i - 1].text not in _QUOTES:
        return False
    if c.tag_ not in _TOLD and not (c.tag_ == "VB" and _bare(c)):
        return False
    return c.lemma_.lower() in HARM_VERBS | ABETTING_VERBS


def _bare(c: Token) -> bool:
    """A base form with a subject and no auxiliary: a plural present the tagger reads as
    the base form ("said Y's arms sales 'endanger our fishermen'", VB; clauses42)."""
    kids = list(c.children)
    return any(g.dep_ == "nsubj" for g in kids) and not any(
        g.dep_ in ("aux", "auxpass") for g in kids
    )


def _clauses(verb: Token) -> list[Token]:
    """The speech verb's complement clauses, with the ones conjoined to them ("said X had asked
    ... and that Y's decision 'rewards impunity'")."""
    out = []
    for c in verb.children:
        if c.dep_ == "ccomp":
            out.append(c)
            out.extend(g for g in c.children if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX"))
    return out


def predicted_harm(verb: Token) -> Token | None:
    """The harm verb of a future clause under a speech or warning verb whose subject is
    another's act or policy ("X's plan", "the Russian decision"), or of such a clause quoted
    (``_quoted_verdict``); the criticism is ``SAY_HARM`` and the harm no event of its own."""
    if verb.lemma_.lower() not in HARM_GOVERNORS:
        return None
    for c in _clauses(verb):
        quoted = _quoted_verdict(c)
        if c.dep_ != "ccomp" and not quoted:
            continue
        if not quoted and c.lemma_.lower() not in HARM_VERBS:
            continue
        if not quoted and not any(
            g.dep_ == "aux" and g.lower_ in _FUTURE | _MAY for g in c.children
        ):
            continue
        if any(g.dep_ == "neg" for g in c.children):
            continue  # "said the decision would not harm ties"
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        nouns = QUOTED_ACT_NOUNS if quoted else ACT_NOUNS
        if subj is None or subj.lemma_.lower() not in nouns or not _named_act(subj):
            continue
        if not _owned(subj) and any(g.dep_ in _ADDRESSEE for g in verb.children):
            continue  # "warned Y that the deployment would ...": Y is told, not the owner
        return c
    return None


def _named_act(noun: Token) -> bool:
    """An act with its owner ("X's plan") or one already named ("the closure", "this move")."""
    return _owned(noun) or any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children
    )


def quoted_subject(clause: Token) -> Token | None:
    """The act noun a quoted verdict judges ("Y's arms sales" of "... 'threaten regional
    peace'"): the scene of the speaker's criticism (GUIDE rule 1), no act of its own."""
    if not _quoted_verdict(clause):
        return None
    return next((g for g in clause.children if g.dep_ == "nsubj"), None)
