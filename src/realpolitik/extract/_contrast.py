"""Contrast phrases: "Unlike Qatar, ...", "..., like Japan, ...", "as with Canada": the state
they name is compared with the clause's party, never a party of its act or the holder of its
claim. Read off the token sequence (the parser often hangs a fronted "Unlike X," as the
subject), so a misparse cannot make the compared state a party.

The phrases are read once per sentence (``_tree.sentence_facts``: kept with the words read of
the parse), since three stages ask for them: the parse repairs move heads and labels, which the
phrases do not read; the one that changes tags (an inverted condition parsed again) drops them
with the words (``_tree.forget``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_facts, sentence_lowers
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Markers that open a contrast wherever they stand ("unlike"), and those that do only at the
# start of the sentence or after a comma ("like X" elsewhere lists examples: "states like Iran").
_ANYWHERE = frozenset({("unlike",), ("beyond",)})  # ("spread its trade beyond Z": clauses38)
_SET_OFF = frozenset(
    {("like",), ("as", "with"), ("as", "in"), ("in", "contrast", "to"), ("in", "contrast", "with"),
     ("compared", "with"), ("compared", "to"), ("just", "like"), ("much", "like")}
)  # fmt: skip
_LONGEST = max(len(m) for m in _ANYWHERE | _SET_OFF)
_FIRST_WORDS = frozenset(m[0] for m in _ANYWHERE | _SET_OFF)  # (most tokens start none)
_SET_OFF_BEFORE = (",", ";", "\u2014", "\u2013", "(")  # what sets a marker off (and the start)
_KEY = "realpolitik.contrast_phrases"
# Words that end the compared phrase when no comma does: its verb, a conjunction of clauses.
_PHRASE_ENDS = frozenset({"VERB", "AUX", "CCONJ", "SCONJ", "PUNCT"})


def _marker(sent: Span, k: int, lowers: list[str]) -> int:
    """The length of the contrast marker starting at sentence token ``k`` (0 when none);
    ``lowers``: the sentence's lowercased forms."""
    if lowers[k] not in _FIRST_WORDS:
        return 0
    set_off = k == 0 or lowers[k - 1] in _SET_OFF_BEFORE  # (punctuation: its lower is its text)
    for n in range(_LONGEST, 0, -1):
        words = tuple(lowers[k : k + n])
        if len(words) < n:
            continue
        if words in _ANYWHERE or (set_off and words in _SET_OFF):
            return n if _prepositional(sent[k]) else 0
    return 0


def _prepositional(tok: Token) -> bool:
    """ "Like Japan" (a preposition), not "would like to" (a verb)."""
    return tok.tag_ in ("IN", "VBN", "RB", "JJ") or tok.pos_ == "ADP"


def _inside(sent: Span, j: int) -> bool:
    """A token that continues the compared phrase: a hyphen, a possessive, "and" or "or"
    before another name ("unlike Germany and Italy")."""
    tok = sent[j]
    if tok.text in ("-", "'", "'s"):
        return True
    after = sent[j + 1] if j + 1 < len(sent) else None
    return tok.pos_ == "CCONJ" and after is not None and after.pos_ in ("PROPN", "DET")


def contrast_phrases(sent: Span) -> frozenset[int]:
    """Document indices of the tokens of the sentence's contrast phrases (marker and the noun
    phrase it compares, up to the next comma, verb or clause conjunction)."""
    kept = sentence_facts(sent.doc, _KEY)
    got = kept.get((sent.start, sent.end))
    if got is None:
        got = kept[sent.start, sent.end] = _phrases(sent)
    return got


def _phrases(sent: Span) -> frozenset[int]:
    lowers = sentence_lowers(sent)
    if _FIRST_WORDS.isdisjoint(lowers):
        return frozenset()
    out: set[int] = set()
    k = 0
    n = len(sent)
    while k < n:
        m = _marker(sent, k, lowers) if lowers[k] in _FIRST_WORDS else 0
        if not m:
            k += 1
            continue
        j = k + m
        while j < n and (sent[j].pos_ not in _PHRASE_ENDS or _inside(sent, j)):
            j += 1
        out.update(t.i for t in sent[k:j])
        k = j
    return frozenset(out)


def repair_contrast_subject(sent: Span) -> None:
    """ "Unlike Qatar, South Africa imposed sanctions": the parser may read the clause's subject
    as conjoined with the compared state (South Africa a conj of Qatar) and leave the verb with
    no subject. Repaired in place: a conjunct after the contrast phrase, before the verb the
    phrase hangs on, is that verb's subject."""
    compared = contrast_phrases(sent)
    if not compared:
        return
    for tok in sent:
        if tok.dep_ != "conj" or tok.i in compared or tok.head.i not in compared:
            continue
        verb = tok.head
        while verb.i in compared and verb.head.i != verb.i:
            verb = verb.head
        if verb.i < tok.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i not in compared:
            continue
        if subj is not None:  # "Unlike Qatar, ..." read as the subject: the marker's object
            marker = min(i for i in compared if i <= subj.i)
            relabel(subj, "pobj", sent.doc[marker])
        relabel(tok, head=verb)
        relabel(tok, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj")
