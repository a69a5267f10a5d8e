"""An organisation named again: "the bloc" (``last_igo``) and "member states" / "the bloc's
leaders" (``member_body``), read off the document's mention chain of organisations named before
the phrase. Kept apart from ``_referring`` for its size and re-exported there; ``_mentions``
decides when a phrase is one of these.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import IGO_NOUNS, Arg
from realpolitik.extract._timex import FULL_MONTHS, WEEKDAYS
from realpolitik.extract._tree import doc_lemmas
from realpolitik.extract.confidence import DEFINITE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_chain import MentionChain
    from realpolitik.extract._mention_parts import Mention


_IGO_BACK = 600  # characters back within which "the bloc" is the organisation named last
# How far back (characters) "member states" are the members of the organisation named last.
MEMBERS_BACK = 1500
_MEMBER = "member"
_MEMBER_HEADS = frozenset({"state", "country", "nation", "government"})
# Words that count members and name no one: "several member states", "other member states".
_HOW_MANY = frozenset(
    {"several", "many", "other", "various", "numerous", "few", "most", "some", "fellow",
     "remaining", "individual", "certain", "smaller", "larger", "bigger", "eastern", "western",
     "northern", "southern"}
)  # fmt: skip


def _igo_named_last(things: MentionChain, tok: Token, pos: int, back: int) -> list[Arg]:
    """The organisation named last before ``pos`` within ``back`` characters, as ``tok``'s
    words; none beyond it (never the state named nearest)."""
    m = things.last_where(pos, back, lambda m: m.ref.code.startswith("IGO"))
    return [Arg(replace(m.ref, text=tok.text), DEFINITE, tok.i)] if m is not None else []


def last_igo(things: MentionChain, tok: Token, pos: int) -> list[Arg]:
    """ "Mali left ECOWAS, accusing the bloc of ...": the organisation named last (within a few
    sentences), for "the" + an organisation word with no modifier of its own."""
    kids = list(tok.children)
    if any(c.dep_ in ("amod", "compound", "poss") for c in kids):
        return []  # "the Western alliance", "the bloc's members"
    if any(c.dep_ == "prep" and any(p.dep_ == "pobj" for p in c.children) for c in kids):
        return []  # "the bloc of seven states" (but "accusing the bloc of imposing")
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return []
    return _igo_named_last(things, tok, pos, _IGO_BACK)


# Head nouns of organisations' names that stand for the body named before ("the IMF ... the
# fund", "the World Bank ... the bank"): the body whose own name ends in the noun (leftovers49).
SHORT_NAME_NOUNS = frozenset({"fund", "bank", "commission"})
# Short names that stand for a body other than the one whose name ends in them: "the
# Commission" is the European Union's executive, the EU named before (never a state's
# government; national commissions carry a modifier: "the election commission") (leftovers53,
# practice18 class BS).
_SHORT_FOR = {"commission": "IGOEUR"}
_STORY_BACK = 1500  # characters back within which the EU named makes "the Commission" its


def short_for_body(things: MentionChain, tok: Token, pos: int) -> Mention | None:
    """The body "the Commission" stands for (the EU named within ``_STORY_BACK``), as the
    owner of "a spokesman for the Commission"; None for any other word or no EU named."""
    prefix = _SHORT_FOR.get(tok.lemma_.lower())
    if prefix is None or tok.dep_ != "pobj":
        return None
    kids = list(tok.children)
    if any(c.dep_ in ("amod", "compound", "poss", "nummod") for c in kids):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return None
    return things.last_where(pos, _STORY_BACK, lambda m: m.ref.code.startswith(prefix))


def _time_phrase(c: Token) -> bool:
    """A time phrase the parse hangs on the subject ("the fund on Friday criticised Y", "the
    bank last week halted ..."): a preposition whose object is a time word, or a time word
    itself (leftovers52)."""
    if c.dep_ == "prep":
        return any(g.dep_ == "pobj" and g.lower_ in _TIME_WORDS for g in c.children)
    return c.dep_ == "npadvmod" and c.lower_ in _TIME_WORDS


_TIME_WORDS = frozenset(WEEKDAYS) | FULL_MONTHS | {"week", "month", "year", "weekend", "today"}


def short_name_body(things: MentionChain, tok: Token, pos: int) -> list[Arg]:
    """ "The IMF approved a loan to Y. The fund suspended disbursements": the organisation named
    last whose name's head noun ``tok`` is ("International Monetary Fund"), for "the" + the
    noun with no modifier of its own; none where no such body is named near."""
    noun = tok.lemma_.lower()
    kids = [c for c in tok.children if not _time_phrase(c)]  # ("the fund on Friday V-ed")
    if any(c.dep_ in ("amod", "compound", "poss", "prep", "nummod") for c in kids):
        return []  # "the sovereign fund", "the fund's board", "the bank of Y"
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return []

    prefix = _SHORT_FOR.get(noun)

    def named(m: Mention) -> bool:
        if prefix is not None:
            return m.ref.code.startswith(prefix)
        words = (m.ref.name or m.ref.text).lower().split()
        return m.ref.code.startswith("IGO") and bool(words) and words[-1] == noun

    m = things.last_where(pos, _IGO_BACK if prefix is None else _STORY_BACK, named)
    return [Arg(replace(m.ref, text=tok.text), DEFINITE, tok.i)] if m is not None else []


def member_body(things: MentionChain, tok: Token, pos: int) -> list[Arg] | None:
    """ "Somalia appealed to member states to lift the embargo" (after "the UN imposed ..."),
    "the bloc's leaders / members": the members of an organisation act as the organisation
    named last (within ``MEMBERS_BACK``), else as no one; never as the state named nearest.
    None when ``tok`` is no such phrase ("EU member states" and "Kenya's leaders" name theirs).
    Precondition: a plural noun (the members), or an organisation's noun in the parse (its
    owner): None at once for any other word, without reading its children."""
    if tok.tag_ != "NNS" and IGO_NOUNS.isdisjoint(doc_lemmas(tok.doc)):
        return None
    kids = list(tok.children)
    owner = next((c for c in kids if c.dep_ == "poss"), None)
    if owner is not None and owner.lemma_.lower() in IGO_NOUNS:  # "the bloc's leaders"
        return [
            Arg(replace(a.ref, text=tok.text), a.quality, tok.i)
            for a in last_igo(things, owner, pos)
        ]
    lemma = tok.lemma_.lower()
    members = lemma == _MEMBER and tok.tag_ == "NNS"
    if lemma in _MEMBER_HEADS and tok.tag_ == "NNS":
        members = any(c.dep_ in ("compound", "amod") and c.lower_ == _MEMBER for c in kids)
    if owner is not None and owner.lower_ in ("its", "their"):
        owner = None  # "its members": the organisation's (a state has none)
    if not members or owner is not None:
        return None
    if any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ != _MEMBER and c.lower_ not in _HOW_MANY
        for c in kids
    ):
        return None  # "EU member states", "African members": their own words name them
    if any(c.dep_ == "prep" for c in kids):
        return None  # "members of the council"
    return _igo_named_last(things, tok, pos, MEMBERS_BACK)
