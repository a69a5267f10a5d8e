"""Subjects the parser hung elsewhere than on their verb (party stages' ``subject`` reads them).

- "Madrid mediated talks between A and B": a name opening the sentence before a finite verb
  with no subject, read as an adverbial (npadvmod), is its subject;
- "China could, diplomats said, impose sanctions on Japan" (leftovers22): an attribution set off
  by commas between the modal and its verb makes the parser hang the subject on the modal; the
  modal's subject is the verb's (the speaker is never the doer, GUIDE rule 3);
- "Poland said it had scrambled aircraft in response" (parties32): the parser hangs "it" on the
  perfect's auxiliary "had", not on the participle; an auxiliary's own subject before it is the
  verb's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token


def misread_subject(tok: Token) -> Token | None:
    """The subject of ``tok`` the parser hung elsewhere (see the module doc), or None."""
    modal = next((c for c in tok.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal is not None and any(c.dep_ == "parataxis" for c in tok.children):
        subj = child(modal, "nsubj")
        if subj is not None and subj.i < modal.i:
            return subj  # "China could, diplomats said, impose sanctions"
    for aux in tok.children:
        if aux.dep_ == "aux" and aux.i < tok.i and child(tok, "nsubjpass") is None:
            subj = child(aux, "nsubj")
            if subj is not None and subj.i < aux.i:
                return subj  # "it had scrambled": the subject hung on "had"
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or child(tok, "nsubjpass") is not None:
        return None
    k = child(tok, "npadvmod")
    if k is None or k.pos_ != "PROPN" or k.i > tok.i or k.left_edge.i != tok.sent.start:
        return None
    return k


__all__ = ["misread_subject"]
