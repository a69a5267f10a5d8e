"""Quantitative claims about relations: shares, amounts and counts.

Analysts argue with numbers ("China accounts for more than 95% of North Korea's trade", "North
Korea sent about 11,000 troops to Russia"); these are facts to check against the trade and arms
datasets, so each becomes a :class:`~realpolitik.models.Claim` with subject, object, measure,
value and unit. One compiled pattern finds the quantities; the actors the registry resolved
give subject and object by position and the prepositions before them.

Conventions:

- shares are fractions (90 percent → 0.9, "a third of" → 0.333); a percentage counts as a share
  only with "of" after it or "share" before it, never after "by" (growth: "rose by 20 percent");
- money is the full amount (``$240 billion`` → 2.4e11) with unit ``USD``; other currencies keep
  their ISO 4217 code as unit (``1.5 trillion yuan`` → 1.5e12 ``CNY``); SIPRI trend-indicator
  values keep unit ``TIV``;
- counts have unit ``count``; qualifiers ("about", "more than", "up to") are dropped; vague
  plurals give the lower bound of two units: "dozens of" → 24, "hundreds of" → 200, "thousands
  of" → 2,000, "tens of thousands of" → 20,000, "hundreds of thousands of" → 200,000, "millions
  of" → 2,000,000; "a dozen" → 12; "several"/"a few" thousand → 3,000;
- subject is the share-holder or the origin of a flow (exporter, donor, sender), object the whole
  or the destination: "China's share of North Korea's trade" → CHN, PRK; "North Korea sent 11,000
  troops to Russia" → PRK, RUS; "China's imports from Russia" → RUS, CHN;
- a claim needs a measure word (trade, imports, aid, arms, troops, ...) and at least one actor
  of known country or organisation in its sentence (sector-only actors such as ``---MIL`` for
  "soldiers" do not count); the year comes from the sentence's time expression nearest the number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from realpolitik.extract.dates import resolve_date
from realpolitik.extract.factuality import factuality_of
from realpolitik.models import ActorRef, Claim, Evidence, Factuality

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FactualityFn = Callable[["Token"], Factuality]
ActorSpan = tuple[int, int, ActorRef]

_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
_CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP",
    "pounds": "GBP", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "rubles": "RUB",
    "roubles": "RUB", "rub": "RUB", "yen": "JPY", "jpy": "JPY", "won": "KRW", "krw": "KRW",
    "rupees": "INR", "inr": "INR", "tiv": "TIV", "sipri tiv": "TIV",
}  # fmt: skip
_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "several": 3, "a few": 3,
}  # fmt: skip
_VAGUE = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "tens of thousands": 20_000,
    "hundreds of thousands": 200_000, "millions": 2_000_000, "tens of millions": 20_000_000,
}  # fmt: skip
_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10}

# Count nouns → measure. Longer alternatives first so "artillery pieces" wins over "pieces".
_COUNT_NOUNS: dict[str, str] = {
    "troops": "troops", "soldiers": "troops", "servicemen": "troops",
    "military personnel": "troops", "personnel": "troops", "mercenaries": "troops",
    "fighters": "troops", "workers": "workers", "laborers": "workers", "labourers": "workers",
    "shells": "shells", "rounds": "shells", "munitions": "shells", "missiles": "missiles",
    "rockets": "missiles", "drones": "drones", "uavs": "drones", "tanks": "tanks",
    "armored vehicles": "armored_vehicles", "armoured vehicles": "armored_vehicles",
    "aircraft": "aircraft", "jets": "aircraft", "warplanes": "aircraft", "helicopters": "aircraft",
    "warships": "ships", "submarines": "ships", "vessels": "ships", "howitzers": "artillery",
    "artillery pieces": "artillery", "artillery systems": "artillery", "launchers": "launchers",
    "containers": "containers",
}  # fmt: skip
# Words that say what an amount or share is about, nearest to the number wins.
_MEASURE_WORDS = re.compile(
    r"\b(?:(?P<arms>arms|weapons?|weaponry|military\s+(?:equipment|hardware|supplies)|TIV)"
    r"|(?P<aid>aid|assistance|loans?|credits?|grants?|military\s+support)"
    r"|(?P<investment>investments?|FDI|invested)"
    r"|(?P<import>imports?|imported|purchases)"
    r"|(?P<export>exports?|exported|sales)"
    r"|(?P<trade>trade|trading|commerce|turnover))\b",
    re.IGNORECASE,
)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"thousand|million|billion|trillion|mn|bn|tn|[mbk](?![a-z])"
_CUR_BEFORE = r"US\$|\$|€|£|USD|EUR|GBP|RMB|CNY"
_CUR_AFTER = (
    r"(?:US\s+)?dollars|euros?|pounds|yuan|renminbi|RMB|rubles|roubles|yen|won|rupees|"
    r"(?:SIPRI\s+)?TIV|USD|EUR|CNY|RUB|JPY|KRW|INR"
)
_WORDNUM = "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True))
_VAGUE_RE = "|".join(sorted((re.escape(w) for w in _VAGUE), key=len, reverse=True))
_NOUNS = "|".join(sorted((n.replace(" ", r"\s+") for n in _COUNT_NOUNS), key=len, reverse=True))
_FRACTION_RE = (
    r"(?P<fnum>a|one|two|three|four|nine)[\s-]+(?P<fden>half|third|quarter|fourth|fifth|tenth)s?"
    r"|(?P<fhalf>half)"
)
# A few words may sit between a count and its noun: "11,000 North Korean troops".
_STOP = r"or|to|from|in|for|with|by|was|were|had|have|of|after|before|since|than|that|which"
_MID = rf"((?:\s+(?!(?:and|{_STOP})\b)[\w'-]+){{0,3}}?)"
_VAGUE_MID = rf"((?:\s+(?!(?:{_STOP})\b)[\w'-]+){{0,4}}?)"

_QUANTITY = re.compile(
    "|".join(
        [
            rf"(?P<money1>(?P<cur1>{_CUR_BEFORE})\s?(?P<num1>{_NUM})(?:\s*(?P<scale1>{_SCALE}))?\b)",
            rf"(?P<money2>\b(?P<num2>{_NUM})(?:\s*(?P<scale2>{_SCALE}))?\s+(?P<cur2>{_CUR_AFTER})\b)",
            rf"(?P<pct>\b(?P<num3>{_NUM})\s*(?:%|(?:per\s*cent|percent|pct)\b))",
            rf"(?P<frac>\b(?i:{_FRACTION_RE})\s+of\b)",
            rf"(?P<vague>\b(?P<vword>(?i:{_VAGUE_RE}))\s+of{_VAGUE_MID}\s+(?P<vnoun>(?i:{_NOUNS}))\b)",
            rf"(?P<count>(?<![\w.,-])(?P<num4>{_NUM}|(?i:{_WORDNUM}))\b"
            rf"(?:\s+(?P<scale4>(?i:dozen|hundred|thousand|million|billion)))?"
            rf"{_MID}\s+(?P<cnoun>(?i:{_NOUNS}))\b)",
        ]
    )
)
_CUE_BEFORE = re.compile(
    r"\b(?P<cue>from|to|for|into|with|at|against|between|and|in|of|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"'s?\b|’s?\b")
_GROWTH_BEFORE = re.compile(r"\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
_SHARE_WORD = re.compile(r"\bshare\s+of\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
_DIGIT = re.compile(r"\d")
_QUANT_ENTS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
_QUANT_WORDS = frozenset(
    {"dozen", "dozens", "scores", "hundreds", "thousands", "millions", "several", "few", "half",
     "quarter", "thirds"}
)  # fmt: skip


def find_claims(
    sent: Span,
    actors: list[ActorSpan],
    doc_id: str,
    sentence_index: int,
    doc_date: str | None,
    *,
    factuality: FactualityFn | None = None,
    sent_start: int | None = None,
) -> list[Claim]:
    """Claims in one sentence.

    ``actors`` are (start, end, ActorRef) with character offsets into the DOCUMENT text.
    ``sent_start`` is the sentence's offset in the document; pass it when ``sent`` comes from a
    parse of one paragraph (where ``sent.start_char`` is relative to the paragraph). The
    evidence offsets are document offsets.
    """
    text = sent.text
    if not _DIGIT.search(text) and not any(
        t.like_num or t.ent_type_ in _QUANT_ENTS or t.lower_ in _QUANT_WORDS for t in sent
    ):
        return []
    offset = sent.start_char if sent_start is None else sent_start
    local = [
        (s - offset, e - offset, ref)
        for s, e, ref in actors
        if s >= offset and e <= offset + len(text) and not ref.code.startswith("---")
    ]  # "11,000 soldiers" is a count, not an actor of unknown country
    if not local:
        return []
    local.sort(key=lambda a: a[0])
    factuality = factuality or factuality_of
    evidence_base = (text, offset, offset + len(text))
    claims: list[Claim] = []
    for m in _QUANTITY.finditer(text):
        parsed = _parse_quantity(m, text)
        if parsed is None:
            continue
        measure, value, unit, is_share = parsed
        number = _token_at(sent, m.start())
        if m.lastgroup == "count" and not _governs(_token_at(sent, m.start("cnoun")), number):
            continue  # "two days after Russian missiles": the number counts something else
        predicate = _predicate_token(sent, number)
        grammatical = _subject_span(sent, predicate, number)
        if is_share:
            subject, obj = _share_roles(text, m, local, grammatical)
        else:
            subject, obj = _flow_roles(text, m, local, measure, grammatical)
        if subject is None and obj is None:
            continue
        date, precision = resolve_date(text, doc_date, anchor=m.start())
        year = int(date[:4]) if date and precision != "document" else None
        claims.append(
            Claim(
                doc_id=doc_id,
                sentence_index=sentence_index,
                subject=subject,
                object=obj,
                measure=measure,
                value=value,
                unit=unit,
                year=year,
                factuality=factuality(predicate) if predicate is not None else "asserted",
                evidence=Evidence(*evidence_base, trigger=m.group().strip()),
            )
        )
    return claims


def _parse_quantity(m: re.Match[str], text: str) -> tuple[str, float, str, bool] | None:
    """(measure, value, unit, is_share) for one quantity match, or None if it is no claim."""
    kind = m.lastgroup
    g = m.group
    if kind in ("money1", "money2"):
        i = "1" if kind == "money1" else "2"
        unit = _CURRENCIES.get(" ".join(g("cur" + i).lower().split()), "USD")
        value = _number(g("num" + i)) * _scale(g("scale" + i))
        topic = "arms" if unit == "TIV" else _topic(text, m.start(), m.end())
        if topic is None:
            return None
        return f"{topic}_value", value, unit, False
    if kind in ("pct", "frac"):
        if kind == "pct":
            if _GROWTH_BEFORE.search(text, 0, m.start()):
                return None
            value = _number(g("num3")) / 100.0
            shared = _OF_AFTER.match(text, m.end()) is not None or bool(
                _SHARE_WORD.search(text, 0, m.start())
            )
            if not shared or value > 1.0:
                return None
        else:
            value = 0.5 if g("fhalf") else _fraction(g("fnum"), g("fden"))
        topic = _topic(text, m.start(), m.end())
        if topic is None or topic == "investment":
            return None
        return f"{topic}_share", round(value, 6), "fraction", True
    if kind == "vague":
        noun = " ".join(g("vnoun").lower().split())
        return (
            _COUNT_NOUNS[noun],
            float(_VAGUE[" ".join(g("vword").lower().split())]),
            "count",
            False,
        )
    if kind == "count":
        raw = g("num4").lower()
        base = _number(raw) if raw[0].isdigit() else float(_WORD_NUMBERS[raw])
        scale = (g("scale4") or "").lower()
        base *= {"dozen": 12.0, "hundred": 100.0}.get(scale, _scale(scale) if scale else 1.0)
        noun = " ".join(g("cnoun").lower().split())
        return _COUNT_NOUNS[noun], base, "count", False
    return None


def _number(raw: str) -> float:
    return float(raw.replace(",", ""))


def _scale(raw: str | None) -> float:
    return _SCALES.get(raw.lower(), 1.0) if raw else 1.0


def _fraction(numerator: str, denominator: str) -> float:
    num = _WORD_NUMBERS.get(numerator.lower(), 1)
    return num / _FRACTIONS[denominator.lower()]


def _topic(text: str, start: int, end: int) -> str | None:
    """The measure word nearest the number: up to ~100 characters before it or 60 after it,
    words across a comma or semicolon counting as farther away."""
    best: tuple[int, str] | None = None
    for w in _MEASURE_WORDS.finditer(text, max(0, start - 100), min(len(text), end + 60)):
        kind = w.lastgroup or ""
        before = w.end() <= start
        gap = text[w.end() : start] if before else text[end : w.start()]
        distance = len(gap) + (4 if before else 0) + 40 * (gap.count(",") + gap.count(";"))
        if kind in ("import", "export", "trade") and re.search(
            r"\b(?:arms|weapons?|military)\s+$", text[max(0, w.start() - 12) : w.start()], re.I
        ):
            kind = "arms"
        if best is None or distance < best[0]:
            best = (distance, kind)
    return best[1] if best else None


def _cue(text: str, start: int) -> str:
    m = _CUE_BEFORE.search(text, max(0, start - 14), start)
    return m.group("cue").lower() if m else ""


def _possessive(text: str, end: int) -> bool:
    return _POSSESSIVE.match(text, end) is not None


def _share_roles(
    text: str, m: re.Match[str], actors: list[ActorSpan], grammatical: tuple[int, int] | None
) -> tuple[ActorRef | None, ActorRef | None]:
    """Object: the actor in the "of" phrase (of the number or of "share of"); subject: the
    partner ("with"/"from"/"to"), the holder of "share", the clause's grammatical subject, or
    the nearest other actor before the number."""
    share = _SHARE_WORD.search(text)
    anchors = [m.end()] + ([share.end()] if share else [])
    obj = next(
        (
            a
            for pos in anchors
            for a in actors
            if pos <= a[0] < pos + 40 and not text[pos : a[0]].count(",")
        ),
        None,
    )
    others = [a for a in actors if obj is None or a[2].code != obj[2].code]
    subject = _nearest(m, [a for a in others if _cue(text, a[0]) in ("with", "from", "to")])
    if subject is None and share:
        subject = next(
            (a for a in others if a[1] <= share.start() and _possessive(text, a[1])), None
        )
    if subject is None:
        subject = _fallback(m, others, grammatical)
    return (subject[2] if subject else None, obj[2] if obj else None)


def _flow_roles(
    text: str,
    m: re.Match[str],
    actors: list[ActorSpan],
    measure: str,
    grammatical: tuple[int, int] | None,
) -> tuple[ActorRef | None, ActorRef | None]:
    """Subject = origin (exporter, donor, sender), object = destination."""
    for i, a in enumerate(actors[:-1]):
        nxt = actors[i + 1]
        gap = text[a[1] : nxt[0]]
        if _cue(text, a[0]) == "between" and _AND_GAP.fullmatch(gap):
            return a[2], nxt[2]  # "trade between China and Russia"
        if _PAIR_GAP.fullmatch(gap) or (measure == "trade_value" and _AND_GAP.fullmatch(gap)):
            return a[2], nxt[2]  # "China-Russia trade", "China and Russia traded"
    origins: list[ActorSpan] = []
    destinations: list[ActorSpan] = []
    owner: ActorSpan | None = None
    for a in actors:
        cue = _cue(text, a[0])
        after = text[a[1] : a[1] + 16].lower()
        if m.start() <= a[0] and a[1] <= m.end():
            owner = owner or a  # "11,000 North Korean troops"
        elif cue == "from" or (_possessive(text, a[1]) and "export" in after):
            origins.append(a)
        elif (
            cue in _TO
            or (cue == "in" and measure not in _VALUE_MEASURES and 0 <= a[0] - m.end() < 30)
            or (_possessive(text, a[1]) and "import" in after)
        ):
            destinations.append(a)
    if owner is not None:
        dest = _nearest(m, [d for d in destinations if d[2].code != owner[2].code])
        return owner[2], dest[2] if dest else None
    subject = _nearest(m, origins)
    obj = _nearest(m, destinations)
    taken = {x[2].code for x in (subject, obj) if x is not None}
    rest = [a for a in actors if a[2].code not in taken]
    if subject is None:
        subject = _fallback(m, rest, grammatical)
        if obj is None and subject is not None:
            # "North Korea had provided Russia with several missiles"
            between = [a for a in rest if subject[1] <= a[0] and a[1] <= m.start()]
            between = [a for a in between if a[2].code != subject[2].code]
            obj = between[-1] if between else None
    elif obj is None:
        before = [a for a in rest if a[1] <= m.start()]
        obj = before[-1] if before else None
    return (subject[2] if subject else None, obj[2] if obj else None)


_TO = ("to", "for", "into", "with", "at", "against")


def _nearest(m: re.Match[str], candidates: list[ActorSpan]) -> ActorSpan | None:
    if not candidates:
        return None
    return min(candidates, key=lambda a: abs(a[0] - m.start()))


def _fallback(
    m: re.Match[str], actors: list[ActorSpan], grammatical: tuple[int, int] | None
) -> ActorSpan | None:
    """The grammatical subject of the number's clause, else the nearest actor before it."""
    if grammatical is not None:
        inside = [a for a in actors if grammatical[0] <= a[0] and a[1] <= grammatical[1]]
        if inside:
            return inside[0]
    before = [a for a in actors if a[1] <= m.start()]
    return before[-1] if before else None


_PAIR_GAP = re.compile(r"\s*[-–/]\s*")
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?")
_VALUE_MEASURES = frozenset(
    f"{t}_value" for t in ("trade", "aid", "arms", "import", "export", "investment")
)


def _token_at(sent: Span, char: int) -> Token | None:
    """The token at a character offset of the sentence text."""
    start = sent.start_char + char
    for t in sent:
        if t.idx <= start < t.idx + max(len(t.text), 1):
            return t
    return None


def _governs(noun: Token | None, number: Token | None, hops: int = 3) -> bool:
    """Whether the count noun is the number's head (or a near ancestor): "11,000 troops"."""
    if noun is None or number is None:
        return True  # no parse to contradict the pattern
    cur = number
    for _ in range(hops):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.i == noun.i:
            return True
    return False


def _predicate_token(sent: Span, token: Token | None) -> Token | None:
    """The verb governing the number, for the factuality judgement ("could send 10,000 troops")."""
    if token is None:
        return sent.root if len(sent) else None
    cur = token
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            break
        cur = cur.head
    return cur if cur.pos_ in ("VERB", "AUX") else sent.root


def _subject_span(
    sent: Span, predicate: Token | None, number: Token | None
) -> tuple[int, int] | None:
    """Sentence-relative character span of the grammatical subject of the number's clause,
    climbing past clauses without one ("China is X's partner, accounting for 90 percent")."""
    cur = predicate
    base = sent.start_char
    for _ in range(4):
        if cur is None:
            return None
        for child in cur.children:
            if child.dep_ in ("nsubj", "nsubjpass") and (number is None or child.i != number.i):
                left, right = child.left_edge, child.right_edge
                return left.idx - base, right.idx + len(right.text) - base
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ == "PROPN":
            head = cur.head  # "Beijing, which accounts for ..."
            return head.left_edge.idx - base, head.idx + len(head.text) - base
        if cur.head is cur:
            return None
        cur = cur.head
    return None


__all__ = ["find_claims"]
