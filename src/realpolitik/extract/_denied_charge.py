"""Denials: "X accused Y of Z, a charge Y denied" (classes I, R of fresh4) and "X denied that
its troops fired on Y" (class DN of fresh5).

The parser may hang the appositive's verb over the accusation ("a charge ... denied" as the
root, the accusation its complement); the denial is the accused's answer, a scene of its own,
and does not negate the accusation it answers (``factuality``). A denial that one did a hostile
act answers a charge: CAMEO's "deny responsibility" (016, as PETRARCH2's DENY + ACCUSATION
rows code it), besides the denied act, negated (``_folding.fold_control``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._accused_conjunct import ACCUSING
from realpolitik.extract._charged_gerunds import ARMED_GROUPS

if TYPE_CHECKING:
    from spacy.tokens import Token

# The verbs whose that-clause denies a deed, and the roots of deeds one is charged with: threats,
# protests, force, reduced relations, coercion, assault, fighting, mass violence (13-20).
DENYING_VERBS = frozenset({"deny"})
CHARGED_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
# Codes of other roots that are charges too: a breach of an agreement, treaty or law (128,
# "defy norms, law"), which "X denied that it had breached the accord with Y" answers
# (leftovers31), unlike "denied that it had rejected the offer" (a 12 that charges no one).
CHARGED_CODES = frozenset({"128"})
# Nouns that sum up the clause before them as a statement another may deny.
CHARGE_NOUNS = frozenset(
    {"charge", "claim", "accusation", "allegation", "assertion", "assessment", "version"}
)


def appositive_denial(governor: Token, clause: Token) -> bool:
    """ "Poland accused Belarus of pushing migrants, a charge Minsk has denied": ``governor``
    (the denying verb) has for subject a charge noun set off by a comma after ``clause``; or
    for its fronted object ("..., a charge Damascus denied": the charge the object before the
    denier, which the parser may take when a time phrase ends the accusation)."""
    if clause.i > governor.i:
        return False
    for c in governor.children:
        fronted = c.dep_ == "dobj" and c.i < governor.i
        if (c.dep_ in ("nsubj", "nsubjpass") or fronted) and _charge(c):
            edge = c.left_edge
            return edge.i > clause.i and edge.doc[edge.i - 1].text == ","
    return False


def _charge(subject: Token) -> bool:
    """A charge noun, or one the parser made a compound of the denier ("an allegation
    Venezuela has denied")."""
    return subject.lemma_.lower() in CHARGE_NOUNS or any(
        k.dep_ == "compound" and k.lemma_.lower() in CHARGE_NOUNS for k in subject.children
    )


# Roots of support that charge the giver when it goes to an armed group ("denied funding
# separatists in Y", "accused X of arming rebels in Y"): praise, cooperation, aid (05-07).
_SUPPORT_ROOTS = frozenset({"05", "06", "07"})
# Verbs of a deed one is charged with whatever its code ("denied spying on Y"; CAMEO's 1125
# "accuse of espionage", PETRARCH2's SPY verbs 090). A request ignored or disregarded is a
# wrong charged to the one asked ("denied that it had ignored Y's extradition request", unlike
# "denied that it had rejected the offer", a refusal that is its right: clauses43, fresh30 E).
CHARGED_VERBS = frozenset({"spy", "ignore", "disregard", "snub", "neglect"})


def charged_deed(deed: Token | None, code: str) -> bool:
    """Whether the act ``code`` (its verb ``deed``) is one a state is charged with: a hostile
    deed (13-20), a breach (128), spying, or support for an armed group ("funding / arming /
    training separatists in Y": the group's state the one wronged; leftovers35)."""
    if code[:2] in CHARGED_ROOTS or code in CHARGED_CODES:
        return True
    if deed is None:
        return False
    if deed.lemma_.lower() in CHARGED_VERBS:
        return True
    return code[:2] in _SUPPORT_ROOTS and any(_armed_group(k) for k in deed.children)


def _armed_group(k: Token) -> bool:
    """An armed group as the deed's object ("arming rebels") or recipient ("weapons to
    rebels")."""
    if k.dep_ == "dobj":
        return k.lemma_.lower() in ARMED_GROUPS
    if k.dep_ == "prep" and k.lower_ in ("to", "for"):
        return any(g.dep_ == "pobj" and g.lemma_.lower() in ARMED_GROUPS for g in k.children)
    return False


def denies_charge(governor: Token, denied_code: str, denied: Token | None = None) -> bool:
    """ "Serbia denied that its soldiers had fired on Kosovar police": the denial of a hostile
    deed is an event of its own (016), not only the deed's negation; "denied that it planned a
    visit" denies no charge. ``denied``: the denied act's verb, where known."""
    if governor.lemma_.lower() not in DENYING_VERBS:
        return False
    if not charged_deed(denied, denied_code):
        return False
    heads = [governor, governor.head] if governor.dep_ == "conj" else [governor]
    return not any(k.lower_ in _UNDENIED for h in heads for k in h.children)


# Verbs that deny what a report noun states, and the nouns whose "that" clause states it.
DISMISSING_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "rebut"})
REPORT_NOUNS = CHARGE_NOUNS | frozenset(
    {"report", "suggestion", "speculation", "rumour", "rumor", "story", "notion", "idea"}
)


def denied_report(clause: Token) -> Token | None:
    """ "X denied / dismissed reports that it had sent troops to Y" (leftovers22): the clause on
    the denied report noun is the denied act itself, news with its own parties (negated, as
    "denied that it had sent troops"), not a mere argument of the noun; the denying verb, or
    None. A clause needs its "that" and its own subject: "reports of troops" is no clause."""
    noun = _hung_report_noun(clause) or clause.head
    if clause.dep_ not in ("acl", "ccomp") or noun.i >= clause.i or noun.dep_ != "dobj":
        return None
    if noun.lemma_.lower() not in REPORT_NOUNS:
        return None
    kids = list(clause.children)
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return None
    verb = noun.head
    if verb.lemma_.lower() not in DISMISSING_VERBS or any(
        c.lower_ in _UNDENIED for c in verb.children
    ):
        return None
    return verb


def _hung_report_noun(clause: Token) -> Token | None:
    """ "dismissed Kyiv's allegation that its warships had sailed ...": the parser may hang the
    noun's clause on the dismissing verb; the report noun is then the verb's object just before
    the clause (leftovers42)."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in DISMISSING_VERBS:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.right_edge.i + 1 != clause.left_edge.i:
        return None
    return noun if noun.lemma_.lower() in REPORT_NOUNS else None


# "would not deny", "neither confirm nor deny": no denial is made.
_UNDENIED = frozenset({"not", "n't", "never", "neither", "nor"})


# The relative words by which a clause after a comma takes up the whole accusation before it
# ("accused Y of shelling the plant, which Y denied").
_SENTENTIAL_RELATIVES = frozenset({"which"})
# A relative clause, or one the parser hangs as an adverbial or a complement after a time word ("accused Y of
# V-ing this week, which Y has denied").
_RELATIVE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def answered_accusation(tok: Token) -> Token | None:
    """ "X accused Y of shelling the plant, which Y denied" (leftovers45): a relative clause
    set off by a comma whose dismissing verb has a subject of its own and for its object a
    "which" that takes up the whole accusation is the accused's denial, news of its own (016,
    aimed at the accuser); the accusing verb it answers, or None."""
    if tok.dep_ not in _RELATIVE_DEPS or tok.lemma_.lower() not in DISMISSING_VERBS:
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "nsubj" for c in kids) or any(c.lower_ in _UNDENIED for c in kids):
        return None
    noun = tok.head
    doc = tok.doc
    # (not "..., a charge Y has denied" as a relative clause on the charge noun: it cost
    # fresh14 a false assertion, measured blind; the parser's appositive root reading of it
    # stays, ``denied_accusation``)
    if not any(
        c.dep_ == "dobj" and c.lower_ in _SENTENTIAL_RELATIVES and c.i > 0
        and doc[c.i - 1].text == ","
        for c in kids
    ):  # fmt: skip
        return None
    up = noun
    for _ in range(8):
        if up.lemma_.lower() in ACCUSING and up.i < tok.i:
            return up
        if up.head.i == up.i:
            return None
        up = up.head
    return None


def denied_accusation(tok: Token) -> Token | None:
    """The accusing verb a dismissing verb answers in its own sentence: a relative clause
    (``answered_accusation``) or an appositive the parser made the root ("X accused Y of Z,
    allegations Y has dismissed", the accusation its complement); else None."""
    if tok.lemma_.lower() not in DISMISSING_VERBS:
        return None
    if tok.dep_ != "ROOT":
        return answered_accusation(tok)
    for c in tok.children:
        if c.dep_ == "ccomp" and c.lemma_.lower() in ACCUSING and appositive_denial(tok, c):
            return c
    return None
