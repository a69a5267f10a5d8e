"""The owner pronoun in a "when" clause of harm belongs to the main clause's victims, not to the
clause's own subject (leftovers24): "Kenyan soldiers were killed when Somali warplanes bombed
their base" is Somalia bombing Kenya's base. The nearest-subject rule picked the bombers
("Somali warplanes"), giving an asserted Somalia -> Somalia attack. Where the main clause's
subject suffers the act (a passive, or "died", "were wounded") and the "when" / "as" clause's
subject is of another state, the pronoun passes over that subject, as ``demander_codes`` passes
over a demander. A main subject of the clause subject's own state ("Somali soldiers were
killed when their base ...") keeps the rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import Resolver
from realpolitik.extract._words import OWNER_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Markers of a clause that says how the main clause's harm came about.
_WHEN_MARKS = frozenset({"when", "as", "after", "while"})
# Active verbs whose subject suffers ("three soldiers died when ...").
_SUFFERING = frozenset({"die", "perish", "suffer"})
_CLIMB = 4  # arcs from the owned noun up to its clause's verb ("bombed a camp near their base")


def clause_verb(tok: Token) -> Token | None:
    """The verb of the clause that holds ``tok``'s owned noun."""
    head = tok.head
    for _ in range(_CLIMB):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _when_clause(verb: Token) -> bool:
    """``verb`` heads a "when" / "as" clause of the main verb: an adverbial clause with its
    marker, or a conjunct the parser joined with the marker read as a preposition ("were killed
    as X's warplanes struck ...")."""
    if verb.dep_ == "advcl":
        return any(c.dep_ in ("advmod", "mark") and c.lower_ in _WHEN_MARKS for c in verb.children)
    if verb.dep_ != "conj":
        return False
    main = verb.head
    return any(
        c.dep_ in ("prep", "mark", "advmod") and c.lower_ in _WHEN_MARKS and main.i < c.i < verb.i
        for c in main.children
    )


def attacker_codes(actors: Resolver, tok: Token, depth: int) -> frozenset[str]:
    """Codes of a "when" clause's subject when ``tok`` (its "their" / "its") belongs to the
    main clause's victims of another state."""
    if tok.lower_ not in OWNER_PRONOUNS or tok.dep_ != "poss":
        return frozenset()
    verb = clause_verb(tok)
    if verb is None or not _when_clause(verb):
        return frozenset()
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    main = verb.head
    victim = next((c for c in main.children if c.dep_ == "nsubjpass"), None)
    if victim is None and main.lemma_.lower() in _SUFFERING:
        victim = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subj is None or victim is None or subj.i > tok.i:
        return frozenset()
    doers = actors.resolve(subj, depth + 1)
    harmed = {  # ("Five of Kenya's soldiers died": the state inside the counted phrase)
        a.ref.country for t in victim.subtree for a in actors.resolve(t, depth + 1) if a.ref.country
    }
    own = {a.ref.country for a in doers}
    if not doers or not harmed or harmed & own:
        return frozenset()
    codes = {a.ref.code for a in doers}
    for t in subj.subtree:  # ("Somali warplanes": the demonym's own mention too)
        codes.update(a.ref.code for a in actors.resolve(t, depth + 1))
    return frozenset(codes)
