"""The licence noun of a grant that the parser hangs on its gerund (clauses33, fresh21 D).

"Hungary granted Japanese firms mining concessions", "Nigeria awarded Egyptian companies
drilling licences", "gave Serbian carriers landing rights": spaCy may read the gerund that
names the licensed activity ("mining", "drilling", "landing") as a clause on the firms (``acl``)
or as the verb's complement with the firms as its subject (``ccomp``), so the licence noun is
the gerund's object and the firms no recipient of the grant. A granting verb with such a
gerund, the licence noun right after it, is repaired: the firms the verb's ``dative`` (the
recipient: the target of the economic cooperation, 061), the licence noun its object and the
gerund that noun's compound, as the same words read with "fishing licences" after a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._dependents import label_ids
from realpolitik.extract._tree import has_any, labelled

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_GRANTING = frozenset({"grant", "issue", "award", "give", "allocate", "allot", "offer"})
_ACTIVITIES = frozenset(
    {"mining", "drilling", "landing", "fishing", "logging", "prospecting", "trading",
     "exploring", "operating", "broadcasting", "farming", "docking", "berthing"}
)  # fmt: skip
_LICENCES = frozenset(
    {"licence", "license", "concession", "right", "permit", "quota", "route", "slot",
     "contract", "block", "lease"}
)  # fmt: skip
_NOMINAL = frozenset({"NOUN", "PROPN"})
_DATIVE = label_ids(("dative",))


def granted_gerund(sent: Span) -> None:
    """Re-hang "granted [firms] [mining] [concessions]" read with the gerund as a clause."""
    if not has_any(sent, _GRANTING) or not has_any(sent, _ACTIVITIES):
        return
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _GRANTING:
            continue
        found = _misread(verb)
        if found is None:
            continue
        firms, gerund, licence = found
        heads, deps = tree_of(sent)
        heads[firms.i], deps[firms.i] = verb.i, "dative"
        heads[licence.i], deps[licence.i] = verb.i, "dobj"
        heads[gerund.i], deps[gerund.i] = licence.i, "compound"
        for c in gerund.children:
            if c.i > licence.i:
                heads[c.i] = licence.i  # ("landing rights at two airports": the noun's phrase)
        _write_tree(sent, heads, deps)
        return


def _misread(verb: Token) -> tuple[Token, Token, Token] | None:
    """(firms, gerund, licence noun) of a grant whose three words follow each other in the
    verb's phrase ("granted [Y-ian firms] [mining] [concessions]") but are not read as its
    recipient and object, else None. The parser's readings vary (the gerund a clause on the
    firms, the verb's complement or adverbial clause, the firms its subject); the words and
    their order do not."""
    doc = verb.doc
    for firms in verb.subtree:
        if firms.i <= verb.i or firms.pos_ not in _NOMINAL or firms.i + 2 >= len(doc):
            continue
        gerund, licence = doc[firms.i + 1], doc[firms.i + 2]
        if gerund.lower_ not in _ACTIVITIES or licence.lemma_.lower() not in _LICENCES:
            continue
        if licence.pos_ not in _NOMINAL or not _under(licence, verb):
            continue
        if firms.dep_ == "dative" and licence.head.i == verb.i and licence.dep_ == "dobj":
            return None  # (read right already)
        if firms.dep_ == "compound" or any(t.pos_ == "VERB" for t in doc[verb.i + 1 : firms.i]):
            return None  # ("Y fishing firms' licences", or another verb between)
        return firms, gerund, licence
    return None


def _under(tok: Token, verb: Token) -> bool:
    """Whether ``verb`` governs ``tok`` (a few arcs up)."""
    for _ in range(4):
        if tok.head.i == verb.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def object_as_apposition(sent: Span) -> None:
    """ "Ethiopia gave Spain's airlines four new routes" (seeds40): after a possessive recipient
    the parser may read the second object as an apposition of the first ("airlines, four new
    routes"), so the verb has a recipient and no object, and the grant is read by the verb alone
    (aid, 070) instead of by its object (routes: economic cooperation, 061). An apposition with
    no comma, dash or bracket between it and a verb's ``dative`` is the verb's direct object."""
    heads: dict[int, int] | None = None
    deps: dict[int, str] = {}
    doc = sent.doc
    for tok in [doc[i] for i in labelled(sent, _DATIVE)]:  # (a rare label: no walk)
        if tok.head.pos_ != "VERB":
            continue
        verb = tok.head
        if any(k.dep_ == "dobj" for k in verb.children):
            continue
        app = next((k for k in tok.children if k.dep_ == "appos" and k.i > tok.i), None)
        if app is None or any(t.is_punct for t in sent.doc[tok.i + 1 : app.left_edge.i]):
            continue
        if heads is None:
            heads, deps = tree_of(sent)
        heads[app.i], deps[app.i] = verb.i, "dobj"
    if heads is not None:
        _write_tree(sent, heads, deps)
