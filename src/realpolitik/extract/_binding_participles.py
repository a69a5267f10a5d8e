"""Participles of obligation on a signed document: "signed a declaration committing both
governments to V", "an accord obliging each side to V" (issue 9, pairs23: fresh12's DC). The
participle says what the document binds its makers to: the signing's content, not an act."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose participle on a document binds its object to an act: "committing X to V".
BINDING_VERBS = frozenset({"commit", "oblige", "obligate", "bind", "require", "compel"})
_DOCUMENT_DEPS = frozenset({"dobj", "nsubjpass"})
_PARTICIPLE_DEPS = frozenset({"acl", "relcl"})
_OF = "of"


def binding_participle(tok: Token, makers: Collection[str]) -> bool:
    """``tok`` is "committing" / "obliging" / "which commits" on the document a verb of
    ``makers`` (sign, adopt, issue) takes ("signed a declaration committing ...", "a pact
    binding each side ... was signed", "a package of measures obliging ...")."""
    if tok.lemma_.lower() not in BINDING_VERBS or tok.dep_ not in _PARTICIPLE_DEPS:
        return False
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.lower_ == _OF and noun.head.head.i != noun.head.i:
        noun = noun.head.head  # "a package of measures committing ...": the package
    return noun.dep_ in _DOCUMENT_DEPS and noun.head.lemma_.lower() in makers
