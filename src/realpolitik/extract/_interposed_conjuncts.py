"""A coordinated predicate after an interposed clause, and the list item read as an adjective
(issue 9, clauses32: fresh20's class C).

"Uganda dismissed the complaint, saying the arrests were lawful, and accused Nairobi of
meddling": the parser conjoins "accused" to the participle "saying" (or to the verb of what is
said), so the accusation has no subject of its own and is lost. A finite verb cannot continue a
gerund participle ("and accusing" would), and the comma before its "and" closes the participle's
clause: the verb is the main predicate's next conjunct, with the main subject.

"Kenya's ministry summoned Uganda's envoy, the foreign secretary told parliament, and asked
Kampala to release the men": the parser makes the interposed "told" the root and the request its
conjunct, so the request takes the reporter as its doer. Where a verb of saying follows its own
fronted content after a comma and a subjectless finite verb follows it after ", and", the
attribution is set off in the middle of one subject's list of acts: the verb is the content's
conjunct (reported by the same attribution).

"Norway has funded schools in Uganda, sent engineers to Kampala and trained Ugandan police": the
tagger reads the list's last (or middle) item as an adjective ("trained Ugandan police" a noun
phrase), which the parser then hangs as a noun conjoined to a verb or as a second object of the
verb before the comma. A noun is no verb's conjunct and a verb whose object came before the comma
takes no second one after it: the participle is the list's next verb and the noun its object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import label_ids
from realpolitik.extract._tree import labelled, sentence_forms, token_lowers
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass", "mark"})
_AND = frozenset({"and", "but"})
_CLIMB = 4  # "saying (that) the men had been held (for days)": the clause under the participle
_UP = frozenset({"ccomp", "xcomp", "conj", "advcl", "acomp", "dobj", "prep", "pobj", "pcomp"})
_SAYING = frozenset({"say", "tell", "add", "state", "report", "write", "explain", "insist"})
_CONTENT_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_RELATIVES = frozenset({"WDT", "WP", "WP$", "WRB"})
_CONJ_AMOD = label_ids(("conj", "amod"))


def interposed_conjunct(sent: Span) -> None:
    """Re-hang (in place) a finite conjunct after ", P ..., and" or after ", X said, and" onto
    the main predicate, and a list item read as an adjective as the list's verb."""
    forms = sentence_forms(sent)
    if "," not in forms or _AND.isdisjoint(forms):
        return  # (most sentences: no walk over their tokens)
    tree: tuple[dict[int, int], dict[int, str]] | None = None  # (read where one may move)
    moved = False
    items: dict[int, Token] = {}  # object -> the participle made its verb
    doc = sent.doc  # (the tree is written after the loop: the labels read here stay)
    for tok in [doc[i] for i in labelled(sent, _CONJ_AMOD)]:  # (no Token per word)
        if tok.dep_ == "conj" and _after_comma_and(tok) and _subjectless(tok):
            main = _main_before(tok)
            if main is not None:
                tree = tree or tree_of(sent)
                _hang(tree[0], tok, main)
                moved = True
        elif tok.dep_ == "conj" and tok.tag_ in _FINITE and _on_object(tok):
            tree = tree or tree_of(sent)
            tree[0][tok.i] = tok.head.head.i  # "funded schools in X and trained Y police"
            moved = True
        elif tok.dep_ == "amod" and tok.tag_ in _PARTICIPLE_TAGS:
            tree = tree or tree_of(sent)
            moved = _list_item(*tree, tok, items) or moved
    if moved and tree is not None:
        _write_tree(sent, *tree)


def _on_object(tok: Token) -> bool:
    """A finite verb the parser conjoined to a verb's object noun ("funded schools in X and
    trained Y police": "trained" on "schools"): a noun has no verb for its conjunct."""
    noun = tok.head
    return (
        noun.pos_ in _NOUNS
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        and noun.i < tok.i
        and tok.doc[tok.i - 1].lower_ in _AND
        and not any(c.dep_ in _OWN_CLAUSE for c in tok.children)
    )


def _after_comma_and(tok: Token) -> bool:
    i, lowers = tok.i, token_lowers(tok.doc)  # (the words first: ``Token.sent`` is a walk)
    return i >= 2 and lowers[i - 1] in _AND and lowers[i - 2] == "," and i - 2 >= tok.sent.start


def _subjectless(tok: Token) -> bool:
    return tok.tag_ in _FINITE and not any(c.dep_ in _OWN_CLAUSE for c in tok.children)


def _main_before(tok: Token) -> Token | None:
    """The predicate ``tok`` continues past an interposed participle or attribution, or None."""
    node = tok.head
    for _ in range(_CLIMB):
        if _set_off_participle(node):
            return node.head
        if node.dep_ not in _UP or node.head.i == node.i:
            break
        node = node.head
    said = tok.head
    if said.lemma_.lower() not in _SAYING or said.i > tok.i:
        return None
    main = said.head  # ("summoned X, a spokesman said, and ...": the attribution hung on it)
    if said.dep_ in ("parataxis", "conj") and main.pos_ == "VERB" and main.i < said.i:
        subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if subj is not None and main.i < subj.left_edge.i - 1 and _comma_before(subj):
            return main
    if not any(c.dep_ == "nsubj" and c.i < said.i for c in said.children):
        return None
    subj = next(c for c in said.children if c.dep_ == "nsubj")
    first = _content_before(said)
    if first is None:
        return None
    if subj.left_edge.i - 1 <= first.i or tok.doc[subj.left_edge.i - 1].text != ",":
        return None  # ("X said Y had V-ed, and W-ed": no attribution set off by a comma)
    return first


def _comma_before(subj: Token) -> bool:
    return subj.doc[subj.left_edge.i - 1].text == ","


def _content_before(said: Token) -> Token | None:
    """The predicate before an interposed attribution ``said``: its fronted content (a ccomp
    with a subject), or the verb of the object the parser hung the attribution on as a relative
    clause ("condemned the raid, NAME told reporters, and ..."), else None."""
    content = [c for c in said.children if c.dep_ == "ccomp"]
    if len(content) == 1 and content[0].i < said.i:
        first = content[0]
        return first if any(c.dep_ in _CONTENT_SUBJECTS for c in first.children) else None
    if content or said.dep_ != "relcl" or any(c.tag_ in _RELATIVES for c in said.children):
        return None
    noun = said.head
    if noun.dep_ not in ("dobj", "pobj", "attr"):
        return None
    verb = noun.head if noun.dep_ != "pobj" else noun.head.head
    return verb if verb.pos_ == "VERB" and verb.i < noun.i else None


def _set_off_participle(node: Token) -> bool:
    """``node`` is a gerund participle set off by a comma after a finite predicate before it."""
    head = node.head
    return (
        node.dep_ == "advcl"
        and node.tag_ == "VBG"
        and head.i < node.i
        and head.pos_ in ("VERB", "AUX")
        and node.left_edge.i == node.i
        and node.doc[node.i - 1].text == ","
    )


def _hang(heads: dict[int, int], tok: Token, main: Token) -> None:
    heads[tok.i] = main.i
    heads[tok.i - 1] = main.i  # (the "and" and its comma go with it)
    heads[tok.i - 2] = main.i


def _list_item(
    heads: dict[int, int], deps: dict[int, str], part: Token, items: dict[int, Token]
) -> bool:
    """Make ``part`` (a participle read as its noun's adjective, first in its phrase, after a
    comma or an "and") the verb whose object the noun is; True when it was moved. ``items``:
    the objects of the list items made verbs so far (a later "and trained Y police" read as
    their conjunct is the list's next item)."""
    noun = part.head
    doc = part.doc
    if noun.i < part.i or noun.pos_ not in _NOUNS or part.left_edge.i != part.i:
        return False
    if any(doc[i].dep_ == "det" for i in range(part.i, noun.i)):
        return False
    if part.i - 1 < part.sent.start or doc[part.i - 1].lower_ not in (",", "and"):
        return False
    verb = _item_verb(noun, part, items, heads)
    swallowed = _swallowed_place(noun, part)
    if verb is None and swallowed is not None:  # "lent money to X, trained Y police"
        verb = noun.head.head
        heads[swallowed.i], deps[swallowed.i] = noun.head.i, "pobj"
    if verb is None:
        return False
    heads[part.i], deps[part.i] = verb.i, "conj"
    heads[noun.i], deps[noun.i] = part.i, "dobj"
    items[noun.i] = part
    return True


def _swallowed_place(noun: Token, part: Token) -> Token | None:
    """ "lent money to Amman, trained Jordanian police": the parser made "police" the object of
    "to" and the place before the comma its modifier; that place, or None."""
    doc = part.doc
    if noun.dep_ != "pobj" or doc[part.i - 1].text != "," or noun.head.head.pos_ != "VERB":
        return None
    return next(
        (c for c in noun.children if c.dep_ in ("nmod", "compound") and c.i == part.i - 2), None
    )


def _item_verb(
    noun: Token, part: Token, items: dict[int, Token], heads: dict[int, int]
) -> Token | None:
    """The list verb ``part`` is the next item of, from where the parser hung its noun."""
    doc = part.doc
    earlier = items.get(noun.head.i)
    if noun.dep_ == "conj" and earlier is not None:  # "..., funded schools and trained Y police"
        first = doc[heads[earlier.i]]  # (the earlier item's new head: the list's verb)
        return first if first.pos_ == "VERB" else earlier
    verb = noun.head
    if noun.dep_ == "appos" and verb.dep_ == "pobj":  # "to Hungary, funded schools": on a place
        verb = verb.head.head
    for _ in range(_CLIMB):  # ("sent troops to X to fight Y and trained Z": not the purpose's)
        if verb.tag_ != "VB" or verb.dep_ not in ("advcl", "xcomp") or verb.head.i > verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i > part.i:
        return None
    if noun.dep_ in ("conj", "dep"):  # "sent engineers to X and trained Y police": a noun
        return verb if noun.head.pos_ == "VERB" else None  # on a verb
    if noun.dep_ == "appos" and doc[part.i - 1].text == ",":
        return verb
    if noun.dep_ == "dobj" and doc[part.i - 1].text == ",":
        others = [c for c in verb.children if c.dep_ == "dobj" and c.i < part.i and c.i != noun.i]
        return verb if others else None  # ("sent aid to X, trained Y officers": one before)
    return None
