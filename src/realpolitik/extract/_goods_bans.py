"""A ban whose own phrase names goods is the embargo (lex29, fresh16_classes.md BN).

"Estonia banned Latvian cheese", "Estonia's ban on Latvian cheese was lifted only in June",
"imposed a ban on Argentine beef", "the poultry ban": GUIDE rule 7 ("barring its goods or
livestock (a ban on them) is 163, as an export or import ban"). The lexicon codes "banned
imports / exports" 163, but a ban naming the goods themselves fell to the bare row, the
administrative ban (172: on officials, on entry, on flights of people). Here the bare reading
is recoded when the banned thing (the verb's object, the noun's "on" object or its own
modifier) is a good: foodstuffs, livestock, raw materials, manufactures. A ban on people,
officials or states keeps 172; a ban with no goods named takes the story's kind
(``_story_bans``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._held_out_shifts import GOODS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

_BARE = "172"
_EMBARGO = "163"
_BANNING = frozenset({"ban", "embargo", "prohibit", "bar", "outlaw"})
_BAN_NOUNS = frozenset({"ban", "prohibition", "embargo"})
_OWN_DEPS = frozenset({"compound", "amod", "nmod"})
_CONJ_DEPS = frozenset({"conj", "appos"})
# Foods, livestock and other traded goods a state bars (beside ``GOODS``: bulk trade words).
_FOODS = frozenset(
    {"cheese", "dairy", "milk", "butter", "yoghurt", "yogurt", "egg", "meat", "beef", "pork",
     "lamb", "mutton", "veal", "poultry", "chicken", "sausage", "ham", "fish",
     "seafood", "shrimp", "prawn", "salmon", "tuna", "fruit", "vegetable", "apple", "pear",
     "plum", "peach", "cherry", "grape", "citrus", "orange", "lemon", "banana", "mango",
     "avocado", "tomato", "potato", "onion", "cabbage", "pepper", "garlic", "berry",
     "strawberry", "wine", "beer", "spirit", "vodka", "whisky", "brandy", "juice", "flour",
     "barley", "soybean", "soya", "bean", "lentil", "nut", "cocoa", "honey", "cattle",
     "livestock", "sheep", "goat", "pig", "hog", "horse", "animal", "feed", "seed", "tobacco",
     "cigarette", "timber", "wood", "lumber", "log", "scrap", "aluminium", "aluminum", "iron",
     "nickel", "lithium", "gold", "diamond", "textile", "garment", "clothing", "shoe", "car",
     "vehicle", "tyre", "tire", "phone", "medicine", "drug", "pharmaceutical", "fertiliser",
     "pesticide", "plastic", "paper", "glass", "foodstuff", "food", "produce", "merchandise"}
)  # fmt: skip
GOODS_WORDS = GOODS | _FOODS


def goods_ban(f: Found) -> None:
    """Recode, in place, a bare ban (172) whose banned thing is a good as the embargo (163)."""
    if f.code != _BARE:
        return
    tok = f.tok
    lemma = tok.lemma_.lower()
    if f.entry.pos == "V" and lemma in _BANNING:
        banned = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        noun = tok if f.entry.pos == "N" else _carried_ban(tok)
        if noun is None or noun.lemma_.lower() not in _BAN_NOUNS:
            return
        banned = [k for k in noun.children if k.dep_ in _OWN_DEPS]
        banned += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "on"
                   for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    if any(_good(w) for w in banned):
        f.code = _EMBARGO


def _carried_ban(verb: Token) -> Token | None:
    """The ban a verb carries ("imposed / extended a ban on ...")."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _good(word: Token) -> bool:
    """The word, one joined to it ("cheese and butter") or its noun modifier ("poultry
    shipments", and "beef" in a misparsed "on [beef angered farmers]") names a good."""
    words = [word, *(c for c in word.children if c.dep_ in _CONJ_DEPS | _OWN_DEPS)]
    return any(w.lemma_.lower() in GOODS_WORDS or w.lower_ in GOODS_WORDS for w in words)


__all__ = ["GOODS_WORDS", "goods_ban"]
