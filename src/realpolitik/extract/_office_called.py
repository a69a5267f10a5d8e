"""The verdict verb of an office-holder read as a reduced relative (issue 9, parties36).

"Norway's economy minister called Sweden's border controls a betrayal", "The Norwegian labour
minister called Sweden's remarks an affront": the parser often reads "called" as a participle
modifying the subject ("the minister (who was) called ...": acl), and then makes a word of the
object or of the verdict the sentence's root ("controls", "a step backwards", "to trade"), so
the judgement (criticism, 111: "called X a N") is lost or has no source. A participle of
naming takes one complement ("a group called Hamas"); followed by a determined or possessed
noun phrase and then "a / an" + noun, "called" is the finite verb: the noun phrase before it is
its subject, the first phrase its object and the second its label (``oprd``). The subject must
carry a state's cue (a possessive name, a capitalised modifier: "Norway's", "Norwegian"), which
is what makes the reading an act between states; the verdict's own phrase ("a blow to trade")
stays the verdict's and a time or venue phrase ("on Tuesday", "in a statement") the verb's.
The clause is rebuilt where the verb hangs as ``acl`` on that subject; the rest of the
sentence ("..., officials said"; "... and said ...") hangs where the misread clause hung.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import forget, has_any, tokens_with_lemma
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_VERBS = frozenset({"call", "called", "label", "labelled", "labeled", "brand", "branded",
                    "term", "termed", "dub", "dubbed"})  # fmt: skip
_PAST = frozenset({"VBD", "VBN"})
_SUBJECT_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_POSSESSIVE = frozenset({"'s", "'", "’s", "’"})
_OBJECT_DETS = frozenset({"the", "its", "their", "this", "that", "these", "those"})
_ARTICLES = frozenset({"a", "an"})
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "and", "but", "--", "—", "(", '"', "''"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "xcomp", "relcl", "parataxis", "acl"})
_MAX_OBJECT = 7  # words of the judged phrase: a noun phrase, not a clause
# Nouns of a phrase that dates or places the verdict, not its own phrase ("on Tuesday", "in a
# statement", "at a news conference").
_VERB_PHRASES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
     "month", "year", "day", "statement", "interview", "speech", "conference", "briefing",
     "letter", "post", "message", "address", "parliament", "meeting", "summit", "session",
     "morning", "evening", "night", "afternoon", "weekend", "broadcast", "television", "radio",
     "x", "twitter"}
)  # fmt: skip
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip


def office_called(sent: Span) -> None:
    """Rebuild "SUBJECT called OBJECT a/an N ..." where "called" hangs on the subject (acl)."""
    if not has_any(sent, _VERBS):
        return  # (most sentences: no token walked)
    for verb in tokens_with_lemma(sent, _VERBS):  # (the others: none of its verbs)
        ours = verb.lemma_.lower() in _VERBS and verb.tag_ in _PAST and _misread(verb)
        if ours and _rebuild(sent, verb):
            return


def _misread(verb: Token) -> bool:
    """A verb of naming hung on its subject (acl), or a root whose object or label hangs
    elsewhere ("a step backwards" on the subject)."""
    if verb.dep_ == "acl":
        return True
    kids = [c.dep_ for c in verb.children]
    return "nsubj" in kids and not ("dobj" in kids and "oprd" in kids)


def _subject_start(verb: Token) -> int | None:
    """The first word of the noun phrase right before ``verb`` when it carries a state's cue
    (a possessive name, a capitalised modifier), else None."""
    doc, lo = verb.doc, verb.sent.start
    i = verb.i - 1
    if i < lo or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.head.i != i and not (doc[i].head.i == verb.i and doc[i].dep_ == "nsubj"):
        return None
    while i - 1 >= lo and (doc[i - 1].pos_ in _SUBJECT_POS or _possessive(doc[i - 1])):
        i -= 1
    if i - 1 >= lo and doc[i - 1].lower_ == "the":
        i -= 1
    words = doc[i : verb.i]
    cue = any(_possessive(t) for t in words) or any(t.is_title and t.pos_ == "ADJ" for t in words)
    return i if cue and not _possessive(words[0]) else None


def _possessive(tok: Token) -> bool:
    """The possessive ending ("'s", "'" after "Philippines"), never a quotation mark."""
    return tok.lower_ in _POSSESSIVE and tok.tag_ == "POS"


def _object_span(verb: Token) -> tuple[int, int] | None:
    """(first, last) of the judged phrase after ``verb``: a determiner or a possessive name
    first, then words up to "a / an"; None where no "a / an" ends it."""
    doc, hi = verb.doc, verb.sent.end
    first = verb.i + 1
    if first >= hi:
        return None
    j = first
    while j < hi and j - first <= _MAX_OBJECT and doc[j].lower_ not in _ARTICLES:
        if not (doc[j].is_alpha or _possessive(doc[j])) or doc[j].lower_ in (
            "and",
            "but",
            "to",
            "of",
            "that",
            "which",
            "who",
        ):
            return None
        j += 1
    if j >= hi or doc[j].lower_ not in _ARTICLES or j - first < 2:
        return None
    opener = doc[first]
    possessed = any(_possessive(doc[k]) for k in range(first + 1, j))
    if opener.lower_ not in _OBJECT_DETS and not (opener.pos_ == "PROPN" and possessed):
        return None
    return first, j - 1


def _verdict_head(doc_start: int, hi: int, verb: Token) -> int | None:
    """The noun of "a / an (ADJ)* N" starting at ``doc_start``."""
    doc = verb.doc
    k = doc_start + 1
    while k < hi and doc[k].pos_ == "ADJ" and k + 1 < hi and doc[k + 1].is_alpha:
        k += 1
    if k >= hi or not doc[k].is_alpha or doc[k].lower_ in _CLAUSE_ENDS:
        return None
    return k


def _noun_phrase(doc: Doc, heads: dict[int, int], deps: dict[int, str], lo: int, head: int) -> None:
    """Hang the words lo..head-1 on ``head`` as one noun phrase: an article its det, a
    possessive name its poss (the name's earlier words its compounds), an adjective amod."""
    for k in range(lo, head):
        t = doc[k]
        heads[k] = head
        if t.tag_ == "PRP$":
            deps[k] = "poss"
        elif t.pos_ == "DET":
            deps[k] = "det"
        elif t.pos_ in ("ADJ", "NUM"):
            deps[k] = "amod" if t.pos_ == "ADJ" else "nummod"
        else:
            deps[k] = "compound"
    for k in range(lo + 1, head):
        if not _possessive(doc[k]):
            continue
        owner = k - 1
        heads[k], deps[k] = owner, "case"
        heads[owner], deps[owner] = head, "poss"
        m = owner - 1
        while m >= lo and doc[m].pos_ == "PROPN":
            heads[m], deps[m] = owner, "compound"
            m -= 1


def _tail(
    doc: Doc, heads: dict[int, int], deps: dict[int, str], verb: int, label: int, end: int
) -> None:
    """Hang the words after the verdict noun up to the clause's end: an adverb right after it
    is its own ("a step backwards"), a first prepositional phrase the verdict's ("a blow to
    trade", "a stab in the back") unless it dates or places the act ("on Tuesday", "in a
    statement"), which is the verb's; each phrase's last word its object."""
    k = label + 1
    first_pp = True
    while k < end:
        t = doc[k]
        if t.pos_ == "ADV" and k - 1 == label:
            heads[k], deps[k] = label, "advmod"
            k += 1
            continue
        if t.pos_ in ("ADP", "PART") or t.lower_ == "to":
            j = k + 1
            while j < end and doc[j].pos_ != "ADP" and doc[j].lower_ != "to":
                j += 1
            if j == k + 1:  # (a preposition with no words after it: the verb's)
                heads[k], deps[k] = verb, "prep"
                k += 1
                continue
            obj = j - 1
            place = doc[obj].lower_ in _VERB_PHRASES or doc[obj].lower_ in _MONTHS
            heads[k] = label if first_pp and not place else verb
            deps[k] = "prep"
            heads[obj], deps[obj] = k, "pobj"
            _noun_phrase(doc, heads, deps, k + 1, obj)
            first_pp = False
            k = j
            continue
        j = k
        while j < end and doc[j].pos_ != "ADP" and doc[j].lower_ != "to":
            j += 1
        heads[j - 1], deps[j - 1] = verb, "npadvmod"  # "last week", "again on Friday"
        _noun_phrase(doc, heads, deps, k, j - 1)
        k = j


def _rebuild(sent: Span, verb: Token) -> bool:
    subj_start = _subject_start(verb)
    span = _object_span(verb) if subj_start is not None else None
    if subj_start is None or span is None:
        return False
    doc, hi = sent.doc, sent.end
    subj, (obj_lo, obj) = doc[verb.i - 1], span  # (the noun right before the verb)
    label = _verdict_head(obj + 1, hi, verb)
    if label is None:
        return False
    end = next((k for k in range(label + 1, hi) if doc[k].lower_ in _CLAUSE_ENDS), hi)
    inside = range(subj_start, end)
    outside = [t for t in doc[subj_start:end] if t.head.i not in inside or t.head.i == t.i]
    old = next((t for t in outside if t.head.i == t.i), outside[0] if outside else None)
    if old is None:
        return False
    heads, deps = tree_of(sent)
    if old.head.i == old.i:
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    else:  # (a misread noun's role under the verb outside, ", officials said": its clause)
        dep = old.dep_ if old.dep_ in _CLAUSE_DEPS else "ccomp"
        heads[verb.i], deps[verb.i] = old.head.i, dep
    for t in doc[subj_start : subj.i]:  # the subject's own words stay its own
        if t.head.i not in range(subj_start, subj.i + 1) or t.head.i == t.i:
            heads[t.i], deps[t.i] = subj.i, "compound"
    heads[subj.i], deps[subj.i] = verb.i, "nsubj"
    heads[obj], deps[obj] = verb.i, "dobj"
    _noun_phrase(doc, heads, deps, obj_lo, obj)
    heads[label], deps[label] = verb.i, "oprd"
    _noun_phrase(doc, heads, deps, obj + 1, label)
    _tail(doc, heads, deps, verb.i, label, end)
    for t in sent:  # the rest of the sentence hangs where the misread clause hung
        if t.i not in inside and heads[t.i] in inside and t.i != verb.i:
            heads[t.i] = verb.i
    _write_tree(sent, heads, deps)
    verb.tag_ = "VBD"
    for k in (obj, label):
        if doc[k].pos_ not in ("NOUN", "PROPN"):
            doc[k].pos_ = "NOUN"
            doc[k].tag_ = "NNS" if doc[k].lower_.endswith("s") else "NN"
    forget(doc)
    return True
