"""Acts passed over for another (lex14): "Samoa would keep control of its programme rather than
hand it to a regulator", "Kenya sent aid instead of imposing sanctions": the act named after
"rather than" / "instead of" is the one not chosen, so it is not done (negated), and no refusal
either (nobody asked for it; the GUIDE's rule 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import doc_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

# Word pairs that set an act aside for the one the clause chooses.
_PASSING_OVER = frozenset({("rather", "than"), ("instead", "of")})
_FIRST_WORDS = frozenset(first for first, _ in _PASSING_OVER)


def passed_over(tok: Token) -> bool:
    """Whether ``tok``'s phrase opens with, or directly follows, "rather than" / "instead of"
    ("rather than hand it", "instead of imposing sanctions", "rather than new sanctions")."""
    doc = tok.doc
    if _FIRST_WORDS.isdisjoint(doc_forms(doc)):
        return False  # (most parses: no "rather" or "instead" anywhere; no sentence read)
    floor = tok.sent.start
    first = tok.left_edge.i
    for start in {tok.i, first}:
        if start - 2 >= floor and (doc[start - 2].lower_, doc[start - 1].lower_) in _PASSING_OVER:
            return True
    if first + 1 >= tok.i or (doc[first].lower_, doc[first + 1].lower_) not in _PASSING_OVER:
        return False
    return doc[first + 1].head.i == tok.i  # its own "than" ("Rather than X, Y did Z": not Z)


# Nouns of an undertaking whose act an appositive can say was never done ("X's threat to
# retaliate, never carried out, ..."), and the participles that say it (fresh15's NC).
_UNDERTAKINGS = frozenset({"threat", "pledge", "promise", "vow", "plan", "ultimatum", "offer"})
_DONE = frozenset(
    {"carry", "use", "enforce", "implement", "execute", "fulfil", "fulfill", "honour", "honor",
     "act", "follow", "deliver", "keep", "apply", "materialise", "materialize", "make"}
)  # fmt: skip
_DENYING = frozenset({"never", "not", "n't"})
_RELATIVE = frozenset({"which", "that", "it", "they", "he", "she"})  # (and its subject)
_AUX = frozenset({"was", "were", "has", "have", "had", "been", "is", "are"})
_SOFT = frozenset({"actually", "really", "fully", "ever", "yet"})


def unfulfilled(tok: Token) -> bool:
    """Whether ``tok`` is the act of an undertaking noun ("threat to retaliate", "threat of
    sanctions") that an appositive or relative clause says was never done: "X's threat to
    retaliate against Y, never carried out, ...", "..., which was never enforced, ...", or
    "the threat ... was never carried out". The act is negated; the undertaking itself is
    left as it is (GUIDE: background of the comment it stands in)."""
    doc = tok.doc
    if _DENYING.isdisjoint(doc_forms(doc)):
        return False  # (most parses: no "never" / "not"; no walk)
    noun = tok.head
    if tok.dep_ == "pobj" and noun.lower_ == "of":
        noun = noun.head  # "the threat of sanctions"
    elif tok.dep_ not in ("acl", "xcomp"):
        return False
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _UNDERTAKINGS or noun.i > tok.i:
        return False
    gov = noun.head
    denied = any(c.dep_ == "neg" for c in gov.children)
    if noun.dep_ in ("nsubjpass", "nsubj") and gov.lemma_.lower() in _DONE and denied:
        return True  # "the threat ... was never carried out" (or misread as its subject)
    end = tok.sent.end
    i = next((t.i for t in doc[tok.i : end] if t.text == ","), end)  # (a relative clause may
    if i >= end:  # hang on the act's object: "against Y's goods, which was never ...")
        return False
    words = doc[i + 1 : min(len(doc), i + 8)]
    k = 0
    while k < len(words) and (words[k].lower_ in _RELATIVE | _AUX | _SOFT):
        k += 1
    if k >= len(words) or words[k].lower_ not in _DENYING:
        return False
    k += 1
    while k < len(words) and words[k].lower_ in _SOFT | _AUX:
        k += 1
    return k < len(words) and words[k].lemma_.lower() in _DONE and words[k].tag_.startswith("VB")
