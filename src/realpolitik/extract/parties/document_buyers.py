"""A contract is no buyer (issue 9, lexicon64): "a Swedish contract buys 40 howitzers for Peru",
"the Korean deal buys Poland 180 tanks". The subject of a buying verb is a document (a contract,
a deal, an agreement) whose only state is its modifier: the document's state made the deal, it
bought nothing, so that pair is no purchase by it ("Sweden buys howitzers" would be). The state
named as buyer elsewhere in the sentence ("Under the deal, Peru buys ...") keeps its pairs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Buying verbs whose subject is the buyer.
_BUYING = frozenset({"buy", "buys", "bought", "purchase", "purchases", "purchased", "acquire",
                     "acquires", "acquired", "procure", "procures", "procured"})  # fmt: skip
_BUYING_LEMMAS = frozenset({"buy", "purchase", "acquire", "procure"})
# Documents and arrangements that are named as the subject of a purchase they only enable.
_DOCUMENTS = frozenset(
    {
        "contract", "deal", "agreement", "accord", "pact", "package", "arrangement", "order",
        "tender", "treaty", "memorandum", "programme", "program", "plan", "budget", "loan",
        "credit", "grant", "fund",
    }
)  # fmt: skip
_MODIFIERS = ("amod", "compound", "poss", "nmod")


def _of_document(doc: Doc, tok: int, subj: int) -> bool:
    """The mention is the document itself or only its modifier ("a Swedish contract")."""
    if tok == subj:
        return True
    return 0 <= tok < len(doc) and doc[tok].head.i == subj and doc[tok].dep_ in _MODIFIERS


@acts_on(words=_BUYING)
def document_not_buyer(s: Site, c: Candidates) -> Candidates:
    """ "A Swedish contract buys 40 howitzers for Peru": a source that only modifies the
    document the buying verb has as its subject is no buyer; its pairs go, for the verb and
    for the document noun's own event."""
    if not c.pairs:
        return c
    if s.noun:  # the document noun's own event ("a Swedish contract": 061) goes with it
        verb = s.tok.head
        subj = s.tok if s.tok.dep_ == "nsubj" and verb.lemma_.lower() in _BUYING_LEMMAS else None
    elif s.tok.lemma_.lower() in _BUYING_LEMMAS:
        subj = next((k for k in s.tok.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        return c
    if subj is None or subj.lemma_.lower() not in _DOCUMENTS:
        return c
    doc = s.tok.doc
    pairs = [(a, b) for a, b in c.pairs if not _of_document(doc, a.tok, subj.i)]
    return c.with_pairs(pairs, dropped="document_not_buyer")


__all__ = ["document_not_buyer"]
