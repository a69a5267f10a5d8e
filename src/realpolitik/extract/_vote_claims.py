"""UN voting claims of a sentence: a level of agreement in percent or as an index ("voted together
in 90 percent of General Assembly votes"), a trend with its verb ("voting agreement ... has
risen since 2016"), or the closest partner ("votes with Russia more often than any other
country"). Split from :mod:`realpolitik.extract._claim_statements`, whose
:func:`find_statements` asks :func:`_vote_claims`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from realpolitik.extract._claim_model import ActorSpan, Statement, _Actors, _governing_verb
from realpolitik.extract._claim_numbers import SHARE_CAP, rounding
from realpolitik.extract._pos import VERB
from realpolitik.extract._tree import sentence_text
from realpolitik.models import Comparator

if TYPE_CHECKING:
    from spacy.tokens import Span


_UN = re.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations|General\s+Assembly|votes?|voting|roll[-\s]calls?)\b"
)


_VOTE_WORDS = re.compile(r"\b(?:vot(?:e|es|ed|ing)|resolutions?|roll[-\s]calls?)\b", re.I)
_TOGETHER = re.compile(
    r"\b(?:together|alike|the\s+same\s+way|in\s+line|in\s+unison|agree(?:d|ment)?|aligned"
    r"|alignment|coincid\w+|with)\b",
    re.I,
)
_RISE = frozenset({"rise", "increase", "grow", "climb", "strengthen", "deepen", "jump", "rocket"})
_FALL = frozenset({"fall", "decline", "drop", "decrease", "weaken", "shrink", "slip", "erode"})
_MOST_OFTEN = re.compile(
    r"\b(?:most\s+(?:often|frequently|closely|consistently)|more\s+(?:often|closely|frequently)"
    r"\s+than\s+(?:any|all)\b)",
    re.I,
)
_FRACTION_NUMBER = re.compile(r"(?<![\d.])0\.(\d{1,3})\b")


def _vote_claims(sent: Span, index: _Actors, found: list[Statement]) -> list[Statement]:
    """UN voting agreement: a level in percent or as an index, or a trend with its verb."""
    text = sentence_text(sent)
    if not _VOTE_WORDS.search(text) and not _UN.search(text):
        return []
    if any(s.measure == "un_closest_partner" for s in found):
        return []
    pair = _vote_pair(sent, index)
    if pair is None:
        return []
    out: list[Statement] = []
    most = _MOST_OFTEN.search(text)
    if most is not None and _VOTE_WORDS.search(text):
        # "North Korea votes with Russia more often than any other country": Russia is its
        # closest partner (subject: the partner, object: the state)
        state, partner = pair
        verb = _governing_verb(sent[0]) or sent.root
        return [
            Statement(
                "un_closest_partner", partner[2], state[2], 1.0, "rank", most.start(), most.end(),
                verb,
            )
        ]  # fmt: skip
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos == VERB and (lemma in _RISE or lemma in _FALL):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and re.search(
                r"\b(?:agreement|alignment|coincidence|overlap|convergence)\b",
                " ".join(t.text for t in subj.subtree),
                re.I,
            ):
                comparator: Comparator = ">" if lemma in _RISE else "<"
                return [
                    Statement(
                        "un_agreement_trend", pair[0][2], pair[1][2], 0.0, "change",
                        tok.idx - sent.start_char, tok.idx + len(tok.text) - sent.start_char,
                        tok, comparator, tok.text,
                    )
                ]  # fmt: skip
    if not _TOGETHER.search(text):
        return out
    pct = re.search(r"\b(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", text)
    if pct is not None and float(pct.group(1)) <= 100:
        raw = pct.group(1)
        value = float(raw) / 100.0
        precision = min(rounding(raw) / 100.0, SHARE_CAP)
        comparator2, qualifier = _vote_qualifier(text, pct.start())
        if qualifier is not None and comparator2 == "=":
            precision = SHARE_CAP
        out.append(
            Statement(
                "un_agreement", pair[0][2], pair[1][2], round(value, 6), "fraction", pct.start(),
                pct.end(), sent.root, comparator2, qualifier, min(precision, SHARE_CAP),
            )
        )  # fmt: skip
        return out
    frac = _FRACTION_NUMBER.search(text)
    if frac is not None and re.search(r"\bagreement\b", text, re.I):
        value = float("0." + frac.group(1))
        precision = 0.5 * 10 ** -len(frac.group(1))
        comparator2, qualifier = _vote_qualifier(text, frac.start())
        out.append(
            Statement(
                "un_agreement", pair[0][2], pair[1][2], value, "index", frac.start(), frac.end(),
                sent.root, comparator2, qualifier, precision,
            )
        )  # fmt: skip
    return out


_VOTE_QUALIFIERS: dict[str, Comparator] = {
    "more than": ">", "over": ">", "above": ">", "at least": ">=", "less than": "<",
    "under": "<", "below": "<", "up to": "<=", "about": "=", "around": "=", "nearly": "=",
    "almost": "=", "roughly": "=", "some": "=",
}  # fmt: skip


def _vote_qualifier(text: str, start: int) -> tuple[Comparator, str | None]:
    m = re.search(
        r"\b(" + "|".join(q.replace(" ", r"\s+") for q in _VOTE_QUALIFIERS) + r")\s*$",
        text[max(0, start - 16) : start],
        re.I,
    )
    if m is None:
        return "=", None
    return _VOTE_QUALIFIERS[" ".join(m.group(1).lower().split())], m.group(1)


def _vote_pair(sent: Span, index: _Actors) -> tuple[ActorSpan, ActorSpan] | None:
    """The two states whose votes are compared: "X and Y", "between X and Y", "X ... with Y"."""
    states: list[ActorSpan] = []
    for a in index.states:
        if all(a[2].code != s[2].code for s in states):
            states.append(a)
    if len(states) != 2:
        return None
    return states[0], states[1]
