"""An act a scheme, deal or rule only permits is not done (issue 9, clauses34: fresh22's class I).

"Norway would pay for the jets under a scheme that lets Poland send its old MiGs to Ukraine",
"a deal allowing Kenya to sell maize to Uganda", "the agreement permits Chile to fish in
Argentine waters": the act under "let / allow / permit / enable" is what the arrangement makes
possible, not a sending, sale or fishing the writer states as done. GUIDE rule 4 codes it
`possible`. Only a permission whose giver is an arrangement (its relative or participle clause
hangs on a noun, or the noun is its subject) counts: "Armenia allowed Russian troops to cross"
is a state's act of its own and stays as it is read. The parser may read the permitted verb as
a modifier of its own object ("a waiver that lets X export gas": "export" a compound of "gas")
or the arrangement as the subject of its participle ("a mechanism agreed last year permits X
to ship grain": "agreed" the root, "permits" its complement): both are the same permission
(leftovers41, the suite's c34_permitted on seeds 0-8).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._words import LIGHT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

_PERMITTING = frozenset({"let", "allow", "permit", "enable", "authorise", "authorize"})
# Nouns of a standing arrangement that can be a permission's giver.
_ARRANGEMENTS = frozenset(
    {"scheme", "deal", "agreement", "accord", "arrangement", "programme", "program", "pact",
     "treaty", "rule", "law", "mechanism", "waiver", "licence", "license", "exemption",
     "framework", "plan", "system", "regime", "clause", "provision", "protocol", "contract",
     "initiative", "facility", "loophole", "quota", "permit", "decree", "measure", "change",
     "amendment", "bill", "regulation", "memorandum", "understanding", "compact", "fund"}
)  # fmt: skip
_COMPLEMENTS = frozenset({"ccomp", "xcomp"})
_RELATIVE = frozenset({"relcl", "acl"})


def _act_verb(tok: Token) -> Token:
    """The verb that states ``tok``'s act: itself, or the light verb of its event noun."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        return tok.head
    return tok


def _arrangement(noun: Token | None) -> bool:
    return noun is not None and noun.lemma_.lower() in _ARRANGEMENTS


def _subject(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def _permission_of(verb: Token) -> Token | None:
    """The verb ``verb`` is the complement of: its head, or, where the permitted verb was read
    as a modifier of its own object ("lets X export gas"), the object's verb."""
    if verb.dep_ in _COMPLEMENTS:
        return verb.head
    if verb.dep_ == "compound" and verb.pos_ == "VERB" and verb.head.dep_ == "dobj":
        return verb.head.head
    return None


def permitted_only(tok: Token) -> bool:
    """``tok``'s act is the complement of a permission an arrangement gives ("a scheme that
    lets X send N to Z", "the deal allows X to V"): possible, not done."""
    verb = _act_verb(tok)
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
        verb = verb.head  # "lets X buy N and sell it to Z"
    gov = _permission_of(verb)
    if gov is None or gov.lemma_.lower() not in _PERMITTING or gov.i == verb.i:
        return False
    if gov.dep_ in _RELATIVE and _arrangement(gov.head):
        return True  # "a scheme that lets ...", "a deal allowing ..."
    subj = _subject(gov)
    if subj is None and gov.dep_ == "ccomp" and gov.head.i != gov.i:
        subj = _subject(gov.head)  # "a mechanism agreed last year permits X to V"
    return _arrangement(subj)
