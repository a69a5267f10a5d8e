"""The quantities of claims: shares, amounts and counts, with qualifier and stated precision.

One compiled pattern finds the quantities of a sentence; each becomes a :class:`Quantity` with
the measure it is about (the nearest measure word: trade, imports, arms, debt, troops, ...),
its value and unit, the comparator its qualifier states and the precision its rounding states.

- Shares are fractions (90 percent → 0.9, "a third of" → 0.333); a percentage counts as a
  share only with "of" after it or "share" before it, never after "by" (growth: "rose by 20
  percent").
- Money is the full amount (``$240 billion`` → 2.4e11) in ``USD`` or its ISO 4217 code;
  SIPRI trend-indicator values keep unit ``TIV``; counts have unit ``count``.
- Qualifiers: "more than / over / above" → ``>``, "at least / or more" → ``>=``, "less than /
  under / below" → ``<``, "up to / at most / as many as" → ``<=``; "about / around / some /
  nearly / almost" keep ``=`` and widen the precision.
- Precision: half a unit of the last stated digit ("82 percent" ± 0.5 points, "$2.3 billion" ±
  $0.05 billion, "11,000" ± 500), at most 5 points for a share and 10% of an amount; a fraction
  word ("a third", "half") or an approximate qualifier gives ± 5 points (10% of an amount).
- Vague quantities are lower bounds, never exact counts: "dozens of" → ≥ 24, "hundreds of" →
  ≥ 200, "thousands of" → ≥ 2,000, "several"/"a few" → ≥ 3. A number inside a model name
  ("KN-23", "Su-30", "S-400") is no quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from realpolitik.models import Comparator

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
_VAGUE_WORDS = frozenset({"several", "a few"})
_VAGUE = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "tens of thousands": 20_000,
    "hundreds of thousands": 200_000, "millions": 2_000_000, "tens of millions": 20_000_000,
}  # fmt: skip
_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10}

# Count nouns → measure. Longer alternatives first so "artillery pieces" wins over "pieces".
COUNT_NOUNS: dict[str, str] = {
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
    r"|(?P<debt>debts?|borrowing)"
    r"|(?P<import>imports?|imported|purchases)"
    r"|(?P<export>exports?|exported|sales)"
    r"|(?P<trade>trade|trading|commerce|turnover))\b",
    re.IGNORECASE,
)
# A product or sector that limits a trade figure ("a third of India's oil imports").
_SCOPE = re.compile(
    r"\b(?P<scope>oil|crude|petroleum|fuel|(?:natural\s+)?gas|LNG|coal|energy|electricity"
    r"|grain|wheat|rice|maize|corn|soybeans?|food|fertili[sz]ers?|fish|seafood|timber|cotton"
    r"|steel|iron\s+ore|copper|cobalt|lithium|nickel|uranium|rare\s+earths?|minerals?"
    r"|semiconductors?|chips|electronics|cars|vehicles|machinery|textiles|garments)\b",
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
_NOUNS = "|".join(sorted((n.replace(" ", r"\s+") for n in COUNT_NOUNS), key=len, reverse=True))
_FRACTION_RE = (
    r"(?P<fnum>a|one|two|three|four|nine)[\s-]+(?P<fden>half|third|quarter|fourth|fifth|tenth)s?"
    r"|(?P<fhalf>half)"
)
# A few words may sit between a count and its noun: "11,000 North Korean troops".
_STOP = r"or|to|from|in|for|with|by|was|were|had|have|of|after|before|since|than|that|which"
_MID = rf"((?:\s+(?!(?:and|{_STOP})\b)[\w'-]+){{0,3}}?)"
_VAGUE_MID = rf"((?:\s+(?!(?:{_STOP})\b)[\w'-]+){{0,4}}?)"

_QUANTITY_READINGS = "|".join(
    [
        rf"(?P<money1>(?P<cur1>{_CUR_BEFORE})\s?(?P<num1>{_NUM})(?:\s*(?P<scale1>{_SCALE}))?\b)",
        rf"(?P<money2>\b(?P<num2>{_NUM})(?:\s*(?P<scale2>{_SCALE}))?\s+(?P<cur2>{_CUR_AFTER})\b)",
        rf"(?P<pct>\b(?P<num3>{_NUM})\s*(?:%|(?:per\s*cent|percent|pct)\b))",
        rf"(?P<frac>\b(?i:{_FRACTION_RE})(?:\s+of\b|(?=\s*(?:[.,;]|\s(?:in|of|by|last|this)\b))))",
        rf"(?P<vague>\b(?P<vword>(?i:{_VAGUE_RE}))\s+of{_VAGUE_MID}\s+(?P<vnoun>(?i:{_NOUNS}))\b)",
        rf"(?P<count>(?<![\w.,-])(?P<num4>{_NUM}|(?i:{_WORDNUM}))\b"
        rf"(?:\s+(?P<scale4>(?i:dozen|hundred|thousand|million|billion)))?"
        rf"{_MID}\s+(?P<cnoun>(?i:{_NOUNS}))\b)",
    ]
)
# Where a reading above can start: a currency sign or code's first letter anywhere, else at the
# start of a word (each other reading opens with a word boundary or no word character before)
# a digit or the first letter of a fraction, vague or number word (in the words' own
# case-folding). A look at that first lets the scan pass every other position without trying
# the six readings there: the same matches, faster (test_speed6 compares them).
_QUANTITY_FIRST = "".join(sorted({w[0] for w in (*_WORD_NUMBERS, *_VAGUE, "half", "nine")}))
QUANTITY = re.compile(
    rf"(?:(?=[$€£UEGRC])|(?<!\w)(?=\d|(?i:[{re.escape(_QUANTITY_FIRST)}])))"
    rf"(?:{_QUANTITY_READINGS})"
)
_GROWTH_BEFORE = re.compile(r"\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
SHARE_WORD = re.compile(r"\bshare\s+of\b", re.IGNORECASE)
SCOPE = _SCOPE
_OF_AFTER = re.compile(r"\s+of\b")

_QUALIFIERS: dict[str, Comparator] = {
    "more than": ">", "over": ">", "above": ">", "upwards of": ">", "in excess of": ">",
    "greater than": ">", "exceeding": ">", "just over": ">", "well over": ">",
    "exceed": ">", "exceeds": ">", "exceeded": ">", "surpass": ">", "surpassed": ">",
    "top": ">", "topped": ">",
    "at least": ">=", "no less than": ">=", "no fewer than": ">=", "a minimum of": ">=",
    "less than": "<", "fewer than": "<", "under": "<", "below": "<", "just under": "<",
    "well under": "<", "up to": "<=", "at most": "<=", "no more than": "<=",
    "a maximum of": "<=", "as much as": "<=", "as many as": "<=",
    "about": "=", "around": "=", "approximately": "=", "roughly": "=", "some": "=",
    "nearly": "=", "almost": "=", "close to": "=", "an estimated": "=", "estimated": "=",
    "circa": "=", "~": "=", "just about": "=", "or so": "=",
}  # fmt: skip
APPROXIMATE = frozenset(q for q, c in _QUALIFIERS.items() if c == "=")
_QUALIFIER_BEFORE = re.compile(
    r"(?<![\w-])(?P<q>"
    + "|".join(
        sorted(
            (re.escape(q).replace(r"\ ", r"\s+") for q in _QUALIFIERS if q != "or so"),
            key=len,
            reverse=True,
        )
    )
    + r")\s*$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(
    r"\s*(?P<q>or\s+(?:more|above|over|higher)|or\s+(?:less|fewer|below|lower)|or\s+so)\b",
    re.IGNORECASE,
)
SHARE_CAP = 0.05  # the widest stated precision of a share: 5 points
AMOUNT_CAP = 0.10  # of an amount: 10% of the value


@dataclass(frozen=True)
class Quantity:
    """One quantity of a sentence and what it is about."""

    start: int  # character offsets in the sentence
    end: int
    kind: str  # money1, money2, pct, frac, vague, count
    measure: str
    value: float
    unit: str
    is_share: bool
    comparator: Comparator = "="
    qualifier: str | None = None
    precision: float | None = None
    exact: bool = True
    scope: str | None = None
    noun_start: int | None = None  # the count noun of a count ("troops")
    at: int = 0  # where the number itself starts (after any qualifier)


# A word every quantity needs, as a piece of lowercased text: a measure word (an amount or a
# share is kept only with one, ``_topic``: "aid", "weapons", "imported") or a count noun (a
# count's own noun, "troops"; of a noun of two words, its last). Most sentences with a digit
# (a year, a date) have none: a look for these pieces spares them the scan for numbers. A
# piece may sit inside another word ("said"): then the scan runs, as before.
_NEEDED = tuple(
    sorted(
        {"arms", "weapon", "military", "tiv", "aid", "assistance", "loan", "credit", "grant",
         "investment", "fdi", "invested", "debt", "borrowing", "import", "purchases", "export",
         "sales", "trade", "trading", "commerce", "turnover"}
        | {noun.split()[-1] for noun in COUNT_NOUNS}
    )
)  # fmt: skip


def _may_hold_quantity(text: str) -> bool:
    """Whether ``text`` has a piece of :data:`_NEEDED` (case-folded as the patterns fold it:
    outside ASCII, where they fold more than ``str.lower``, always)."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in _NEEDED)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity of ``text`` that is about a relation measure, in text order."""
    if not _may_hold_quantity(text):
        return []
    out: list[Quantity] = []
    for m in QUANTITY.finditer(text):
        q = _parse(m, text)
        if q is not None:
            out.append(q)
    return out


def _parse(m: re.Match[str], text: str) -> Quantity | None:
    kind = m.lastgroup or ""
    g = m.group
    start, end = m.start(), m.end()
    scope: str | None = None
    noun_start: int | None = None
    if kind in ("money1", "money2"):
        i = "1" if kind == "money1" else "2"
        unit = _CURRENCIES.get(" ".join(g("cur" + i).lower().split()), "USD")
        raw = g("num" + i)
        scale = _scale(g("scale" + i))
        value = _number(raw) * scale
        topic = ("arms", end) if unit == "TIV" else _topic(text, start, end)
        if topic is None:
            return None
        measure, is_share = f"{topic[0]}_value", False
        precision: float | None = min(rounding(raw) * scale, AMOUNT_CAP * value)
        scope = _scope(text, end, topic[1]) if topic[0] in ("trade", "import", "export") else None
    elif kind in ("pct", "frac"):
        if kind == "pct":
            if _GROWTH_BEFORE.search(text, 0, start):
                return None
            raw = g("num3")
            value = _number(raw) / 100.0
            shared = _OF_AFTER.match(text, end) is not None or bool(
                SHARE_WORD.search(text, 0, start)
            )
            if not shared or value > 1.0:
                return None
            precision = min(rounding(raw) / 100.0, SHARE_CAP)
        else:
            if not m.group().rstrip().lower().endswith(" of") and not SHARE_WORD.search(
                text, 0, start
            ):
                return None  # "was a quarter" counts only as the complement of "share of ..."
            value = 0.5 if g("fhalf") else _fraction(g("fnum"), g("fden"))
            precision = SHARE_CAP
        topic = _topic(text, start, end)
        if topic is None or topic[0] == "investment":
            return None
        measure, unit, is_share = f"{topic[0]}_share", "fraction", True
        value = round(value, 6)
        scope = _scope(text, end, topic[1]) if topic[0] in ("trade", "import", "export") else None
    elif kind == "vague":
        # casefold, not lower: the pattern matches case-insensitively ("ſ" matches "s")
        noun = " ".join(g("vnoun").casefold().split())
        vword = " ".join(g("vword").casefold().split())
        return Quantity(
            start, end, kind, COUNT_NOUNS[noun], float(_VAGUE[vword]), "count", False, ">=",
            vword + " of", None, False, None, None, start,
        )  # fmt: skip
    elif kind == "count":
        raw = g("num4").casefold()
        base = _number(raw) if raw[0].isdigit() else float(_WORD_NUMBERS[raw])
        scale_word = (g("scale4") or "").lower()
        factor = {"dozen": 12.0, "hundred": 100.0}.get(
            scale_word, _scale(scale_word) if scale_word else 1.0
        )
        noun = " ".join(g("cnoun").casefold().split())
        noun_start = m.start("cnoun")
        if raw in _VAGUE_WORDS:
            return Quantity(
                start, end, kind, COUNT_NOUNS[noun], base * factor, "count", False, ">=",
                raw, None, False, None, noun_start, start,
            )  # fmt: skip
        value = base * factor
        measure, unit, is_share = COUNT_NOUNS[noun], "count", False
        digits = raw if raw[0].isdigit() else str(int(base))
        precision = min(rounding(digits) * factor, AMOUNT_CAP * value)
    else:
        return None
    comparator, qualifier, q_start, q_end = _qualifier(text, start, end)
    if qualifier is not None and qualifier.lower() in APPROXIMATE | {"or so"}:
        precision = max(precision or 0.0, SHARE_CAP if is_share else AMOUNT_CAP * value)
    return Quantity(
        q_start, q_end, kind, measure, value, unit, is_share, comparator, qualifier,
        precision, True, scope, noun_start, start,
    )  # fmt: skip


def _qualifier(text: str, start: int, end: int) -> tuple[Comparator, str | None, int, int]:
    """(comparator, qualifier as written, start, end) with the qualifier inside the span."""
    before = _QUALIFIER_BEFORE.search(text, max(0, start - 24), start)
    if before is not None:
        words = " ".join(before.group("q").lower().split())
        return _QUALIFIERS[words], before.group("q"), before.start("q"), end
    after = _QUALIFIER_AFTER.match(text, end)
    if after is not None:
        words = " ".join(after.group("q").lower().split())
        comparator: Comparator = (
            "="
            if words == "or so"
            else ">="
            if words.split()[1] in ("more", "above", "over", "higher")
            else "<="
        )
        return comparator, after.group("q"), start, after.end()
    return "=", None, start, end


def rounding(raw: str) -> float:
    """Half a unit of the last stated digit: '82' → 0.5, '2.3' → 0.05, '11,000' → 500."""
    digits = raw.replace(",", "")
    if "." in digits:
        return 0.5 * 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    return 0.5 * 10.0**zeros


def _number(raw: str) -> float:
    return float(raw.replace(",", ""))


def _scale(raw: str | None) -> float:
    return _SCALES.get(raw.lower(), 1.0) if raw else 1.0


def _fraction(numerator: str, denominator: str) -> float:
    num = _WORD_NUMBERS.get(numerator.lower(), 1)
    return num / _FRACTIONS[denominator.lower()]


def _topic(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(measure word kind, its end) nearest the number: up to ~100 characters before it or 60
    after it, words across a comma or semicolon counting as farther away."""
    best: tuple[int, str, int] | None = None
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
            best = (distance, kind, w.end())
    return (best[1], best[2]) if best else None


def _scope(text: str, number_end: int, word_end: int) -> str | None:
    """A product named between the number and its measure word, or right after the word
    ("80 percent of its oil imports", "a third of India's imports of oil")."""
    lo, hi = (number_end, word_end) if word_end > number_end else (word_end - 12, number_end)
    window = text[max(0, lo) : hi]
    after = re.match(r"\s+(?:of|in)\s+(?:\w+\s+){0,2}?", text[word_end:])
    if after:
        window += " " + text[word_end : word_end + after.end() + 20]
    m = _SCOPE.search(window)
    return " ".join(m.group("scope").lower().split()) if m else None
