"""Claims without a figure of their own: rankings, alliances and UN voting agreement.

Read from the parse, around a *role noun* (ally, partner, supplier, customer, market, ...):

- the **owner** (the claim's object) is the role noun's possessor ("Vietnam's largest arms
  supplier"), its "of"/"to"/"for" phrase ("the largest supplier to Vietnam", "an ally of the
  United States") or an actor modifying it ("a US treaty ally");
- the **holder** (the claim's subject) is the subject of the copula it is the complement of
  ("Russia is ..."), the noun it stands in apposition to ("China, North Korea's only treaty
  ally"), or the complement when the role noun is the subject ("Vietnam's largest partner is
  South Korea");
- the **ranking** comes from superlatives (largest, biggest, top, main, leading, primary,
  closest; "second-largest" is rank 2) and the **domain** from the words around the noun: arms
  (arms, weapons, defence, military), trade (trade, trading, commercial, export, import), UN
  voting (UN, United Nations, General Assembly, votes, voting), alliances (treaty, ally).

Alliance statements also come from treaty nouns ("China and North Korea have had a mutual
defence treaty since 1961"), and UN voting claims from vote and agreement words: a level ("Russia
and North Korea voted together in 90 percent of General Assembly votes") or a trend ("voting
agreement between China and Russia at the UN has risen since 2016"). The vote claims are read
in ``_vote_claims.py``; the Statement and the sentence's states in ``_claim_model.py``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from realpolitik.extract._claim_model import ActorSpan, Statement, _Actors, _governing_verb
from realpolitik.extract._claim_numbers import SCOPE
from realpolitik.extract._pos import PRON
from realpolitik.extract._tree import sentence_lemmas, sentence_lowers
from realpolitik.extract._vote_claims import _UN, _vote_claims
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_ALLY = frozenset({"ally", "allies"})
_PARTNER = frozenset({"partner", "friend"})
_SUPPLIER = frozenset({"supplier", "source", "provider", "seller", "exporter", "vendor"})
_BUYER = frozenset(
    {"buyer", "customer", "market", "purchaser", "importer", "client", "destination"}
)
_ROLE_NOUNS = _ALLY | _PARTNER | _SUPPLIER | _BUYER
_TREATIES = frozenset({"treaty", "pact", "alliance"})
_CLAIM_LEMMAS = _ROLE_NOUNS | _TREATIES
_COPULAS = frozenset({"be", "remain", "become", "stay", "rank", "emerge", "continue"})
_SUPERLATIVES = {
    "largest": 1, "biggest": 1, "top": 1, "main": 1, "leading": 1, "primary": 1,
    "principal": 1, "chief": 1, "dominant": 1, "closest": 1, "greatest": 1, "foremost": 1,
    "number-one": 1, "premier": 1, "most important": 1, "most reliable": 1, "most loyal": 1,
}  # fmt: skip
_ONLY = frozenset({"only", "sole", "lone", "single"})
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_ARMS = re.compile(r"\b(?:arms|weapons?|weaponry|defen[cs]e|military|armaments?)\b", re.I)
_TRADE = re.compile(r"\b(?:trade|trading|commercial|economic|goods)\b", re.I)
_EXPORTS = re.compile(r"\bexports?\b", re.I)
_IMPORTS = re.compile(r"\bimports?\b", re.I)
_TREATY = re.compile(r"\b(?:treaty|pact|alliance)\b", re.I)
_DEFENCE = re.compile(
    r"\b(?:defen[cs]e|mutual|assistance|aid|security|military|collective)\b", re.I
)


def find_statements(sent: Span, actors: list[ActorSpan]) -> list[Statement]:
    """Rankings, alliance and UN voting claims of one sentence (actors: sentence offsets)."""
    states = [a for a in actors if _is_state(a[2])]
    if not states:
        return []
    index = _Actors(sent, states)
    out: list[Statement] = []
    doc, words = sent.doc, zip(sentence_lemmas(sent), sentence_lowers(sent), strict=True)
    for i, (lem, low) in enumerate(words, sent.start):
        if lem not in _CLAIM_LEMMAS and low not in _ROLE_NOUNS:
            continue  # (neither a role noun nor a treaty: no Token for the word)
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if lemma in _ROLE_NOUNS or tok.lower_ in _ROLE_NOUNS:
            found = _role_claim(sent, tok, index)
            if found is not None:
                out.append(found)
        elif lemma in _TREATIES and not any(
            s.start <= tok.idx - sent.start_char < s.end for s in out
        ):
            found = _treaty_claim(sent, tok, index)
            if found is not None:
                out.append(found)
    out += _vote_claims(sent, index, out)
    return out


def _role_claim(sent: Span, noun: Token, index: _Actors) -> Statement | None:
    holder, via = _holder(noun, index)
    owner = _owner(noun, index, holder)
    if holder is None and owner is None and noun.tag_ == "NNS" and noun.lemma_.lower() in _ALLY:
        pair = _mutual(noun, index)  # "Vietnam and Russia have been treaty allies"
        if pair is not None:
            (holder, owner), via = pair, noun.head
    if holder is None or owner is None:
        return None  # "Moscow's ally" said of no one: nothing to check
    words = _modifier_text(noun)
    phrase = _phrase_text(sent, noun)
    lemma = noun.lemma_.lower()
    rank, only = _rank(noun, words)
    verb = via if via is not None else _governing_verb(noun)
    start = noun.left_edge.idx - sent.start_char
    end = noun.idx + len(noun.text) - sent.start_char
    subject = holder[2] if holder else None
    obj = owner[2] if owner else None
    if (lemma in _ALLY or noun.lower_ in _ALLY) and rank == 1 and _UN.search(phrase):
        # "Belarus was Moscow's closest ally in UN votes": a voting ranking, not a treaty
        return Statement("un_closest_partner", subject, obj, 1.0, "rank", start, end, verb)
    if lemma in _ALLY or noun.lower_ in _ALLY:
        if only:
            measure = "alliance_only"
        elif rank == 1 and re.search(r"\b(?:main|primary|closest|principal|chief|key)\b", words):
            measure = "alliance_primary"
        elif re.search(r"\b(?:treaty|defen[cs]e|formal|military|mutual)\b", words, re.I):
            measure = "alliance_defense"
        else:
            measure = "alliance"
        return Statement(measure, subject, obj, 1.0, "flag", start, end, verb)
    if rank is None:
        return None  # "a partner", "a supplier": no ranking claimed
    domain = _domain(phrase, lemma)
    product = SCOPE.search(phrase)
    scope = " ".join(product.group("scope").lower().split()) if product else None
    if scope is not None and domain in (None, "trade"):
        domain = "trade"  # "China's largest supplier of crude oil": a trade ranking in a product
    if domain is None:
        measure = "top_partner"  # which ranking is meant cannot be told
    elif lemma in _BUYER or noun.lower_ in _BUYER:
        measure = {"arms": "arms_top_recipient", "un": "un_closest_partner"}.get(
            domain, "export_top_partner"
        )
    elif lemma in _SUPPLIER:
        measure = {"arms": "arms_top_supplier", "un": "un_closest_partner"}.get(
            domain, "import_top_partner"
        )
    else:
        measure = {
            "arms": "arms_top_supplier",
            "un": "un_closest_partner",
            "export": "export_top_partner",
            "import": "import_top_partner",
        }.get(domain, "trade_top_partner")
    return Statement(measure, subject, obj, float(rank), "rank", start, end, verb, scope=scope)


def _holder(noun: Token, index: _Actors) -> tuple[ActorSpan | None, Token | None]:
    """Who the role noun is said of, and the verb that says it."""
    head = noun.head
    if noun.dep_ in ("attr", "oprd", "acomp") and head.lemma_.lower() in _COPULAS:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return _first(index.group(subj)), head
    if noun.dep_ == "appos":
        return index.of(head), None
    for child in noun.children:
        if child.dep_ == "appos":  # "Vietnam's largest supplier, Russia, ..."
            found = index.of(child)
            if found is not None:
                return found, None
    if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _COPULAS:
        attr = next((c for c in head.children if c.dep_ in ("attr", "oprd")), None)
        if attr is not None:
            return index.of(attr), head
    if noun.dep_ == "pobj" and head.lower_ == "as":  # "Russia, as Vietnam's top supplier, ..."
        verb = head.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return _first(index.group(subj)), verb
    return None, None


def _mutual(noun: Token, index: _Actors) -> tuple[ActorSpan, ActorSpan] | None:
    """The two states a plural role noun joins ("X and Y are allies")."""
    head = noun.head
    if noun.dep_ not in ("attr", "oprd") or head.lemma_.lower() not in _COPULAS:
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    group = index.group(subj) if subj is not None else []
    return (group[0], group[1]) if len(group) == 2 else None


def _owner(noun: Token, index: _Actors, holder: ActorSpan | None) -> ActorSpan | None:
    for child in noun.children:
        if child.dep_ == "poss":
            found = index.of(child)
            if found is not None:
                return found
            if child.pos == PRON:  # "its largest supplier": the state named before
                return index.before(child.idx - index.base, holder)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "to", "for"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":  # "to Vietnam", "for Vietnamese exports"
                    for found in [index.of(pobj), *index.in_subtree(pobj)]:
                        if found is not None and (
                            holder is None or found[2].code != holder[2].code
                        ):
                            return found
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            found = index.of(child)
            if found is not None and (holder is None or found[2].code != holder[2].code):
                return found
    return None


def _first(group: list[ActorSpan]) -> ActorSpan | None:
    return group[0] if len(group) == 1 else None


def _rank(noun: Token, words: str) -> tuple[int | None, bool]:
    """(rank claimed, whether "only"): "largest" 1, "second-largest" 2, "only ally"."""
    lowered = words.lower()
    if any(re.search(rf"\b{w}\b", lowered) for w in _ONLY):
        return 1, True
    for phrase, rank in _SUPERLATIVES.items():
        if re.search(rf"\b{re.escape(phrase)}\b", lowered):
            ordinal = re.search(
                rf"\b({'|'.join(_ORDINALS)})[\s-]*(?:{re.escape(phrase)})\b", lowered
            )
            return (_ORDINALS[ordinal.group(1)] if ordinal else rank), False
    return None, False


def _modifier_text(noun: Token) -> str:
    """The words before the role noun inside its phrase ("only treaty", "second-largest arms")."""
    left = [t for t in noun.subtree if t.i < noun.i and t.dep_ not in ("poss", "case", "det")]
    return " ".join(t.text for t in left)


def _phrase_text(sent: Span, noun: Token) -> str:
    """The role noun's phrase and its clause's adjuncts ("partner in General Assembly votes")."""
    words = [t.text for t in noun.subtree]
    head = noun.head
    if noun.dep_ in ("attr", "oprd", "nsubj"):
        for child in head.children:
            if child.dep_ == "prep" and child.i > noun.i:
                words += [t.text for t in child.subtree]
    return " ".join(words)


def _domain(phrase: str, lemma: str) -> str | None:
    if _UN.search(phrase):
        return "un"
    if _ARMS.search(phrase):
        return "arms"
    if _EXPORTS.search(phrase):
        return "export"
    if _IMPORTS.search(phrase):
        return "import"
    if _TRADE.search(phrase):
        return "trade"
    return None


def _treaty_claim(sent: Span, noun: Token, index: _Actors) -> Statement | None:
    """ "China and North Korea have had a mutual defence treaty since 1961"."""
    words = " ".join(t.text for t in noun.subtree if t.i <= noun.i)
    if not _DEFENCE.search(words) and noun.lemma_.lower() != "alliance":
        return None
    parties: list[ActorSpan] = []
    for child in noun.children:  # "a treaty between X and Y", "X's treaty with Y"
        if child.dep_ == "poss":
            parties += index.group(child)
        if child.dep_ == "prep" and child.lower_ in ("between", "with"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    parties += index.group(pobj)
    verb = _governing_verb(noun)
    if verb is not None and len(parties) < 2:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                parties = index.group(child) + parties
            if child.dep_ == "prep" and child.lower_ in ("with", "to"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        parties += index.group(pobj)
    seen: list[ActorSpan] = []
    for p in parties:
        if all(p[2].code != s[2].code for s in seen):
            seen.append(p)
    if len(seen) != 2:
        return None
    start = noun.left_edge.idx - sent.start_char
    end = noun.idx + len(noun.text) - sent.start_char
    since = verb is not None and any(
        c.dep_ == "prep" and c.lower_ == "since" for c in verb.children
    )
    # "did not sign a defence treaty" denies it; "did not invoke its defence treaty" presumes it
    said_by = verb if verb is not None and verb.lemma_.lower() in _HOLDING_VERBS else None
    return Statement(
        "alliance_defense", seen[0][2], seen[1][2], 1.0, "flag", start, end, said_by, since=since
    )


_HOLDING_VERBS = frozenset(
    {"have", "sign", "conclude", "maintain", "hold", "keep", "share", "be", "bind", "form",
     "forge", "enter", "renew", "ink", "agree", "seal", "remain"}
)  # fmt: skip


def _is_state(ref: ActorRef) -> bool:
    return bool(ref.country) and len(ref.country or "") == 3 and not ref.code.startswith("IGO")
