"""Acts a request asks for that its addressee resists: "X resisted (withstood, defied, held out
against) the calls at home to bar Y's lorries", "X resisted pressure to expel Y's ambassador".
The infinitive under the request noun names an act nobody did: the resister did not do it
(negated, as "refrained from"), and it is the resister's act that was asked for, never the
callers' (fresh18's RC: the only false assertion of that set). A resisting verb with a REJECT
row ("rejected / ignored calls to V") folds the act into its refusal first
(``_refusal_folds``); this reads the verbs without one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._refusal_folds import REQUEST_NOUNS
from realpolitik.extract._syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs by which the one asked holds out against a request to act.
RESISTING = frozenset(
    {"resist", "withstand", "defy", "ignore", "rebuff", "spurn", "brush", "shrug", "dismiss",
     "reject", "disregard", "rebuke", "fend", "snub", "buck"}
)  # fmt: skip
# Those of them whose REJECT row folds the asked act into the refusal, whose doer
# ``parties.doers.refused_request_doer`` reads: the party reading leaves them to it.
_FOLDING = frozenset({"reject", "ignore", "rebuff", "spurn", "brush", "dismiss"})
_REQUESTS = REQUEST_NOUNS | frozenset({"push", "urging", "clamour", "clamor"})


def resisting_verb(tok: Token) -> Token | None:
    """The verb that resists the request whose asked-for act ``tok`` is ("resisted" for
    "resisted the calls at home to bar Y's lorries", whether the parser hangs the infinitive
    on the noun or on the verb itself); None for any other act. A passive resisting verb or an
    infinitive with its own subject is left alone."""
    if tok.pos_ not in ("VERB", "AUX") or not to_infinitive(tok):
        return None
    if child(tok, "nsubj") is not None or child(tok, "nsubjpass") is not None:
        return None
    head = tok.head
    if tok.dep_ in ("acl", "relcl", "advcl") and head.lemma_.lower() in _REQUESTS:
        # (the parser may hang the infinitive on the noun as an adverbial clause: "withstood
        # calls to close the border")
        verb = head.head if head.dep_ == "dobj" else None
    elif tok.dep_ in ("advcl", "xcomp") and head.i < tok.i:
        obj = child(head, "dobj")
        hung = obj is not None and obj.lemma_.lower() in _REQUESTS and obj.i < tok.i
        verb = head if hung else None
    else:
        verb = None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or child(verb, "nsubjpass") is not None:
        return None
    return verb if verb.lemma_.lower() in RESISTING else None


def resisting_doer_verb(tok: Token) -> Token | None:
    """:func:`resisting_verb` for the party reading: the resisting verb whose subject does the
    asked act, where no refusal fold has taken the act ("resisted", "withstood", "defied")."""
    verb = resisting_verb(tok)
    return None if verb is None or verb.lemma_.lower() in _FOLDING else verb
