"""Earlier acts within reach of a reaction and the nouns that name them: how far back an act may
be named (``EARLIER_SENTENCES``, ``ANSWERED_SENTENCES``), the word sets of deeds, sayings,
givings and bodies, and :func:`_named_act_noun`, the definite noun by which a reaction names the
act it answers ("welcomed the release", "protested against the exclusion"). Split from
:mod:`realpolitik.extract.parties.context_earlier`, whose stages read them and which
re-exports what other modules import from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._lexicon import lexicon
from realpolitik.extract._pos import NOUN
from realpolitik.extract._readings import ACT_NOUNS
from realpolitik.extract._syntax import child, pobjs
from realpolitik.extract.parties._model import EarlierAct, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.models import ActorRef


# How far back (sentences, across paragraphs) a noun may name an earlier act; an act answered
# without a noun ("lodged a protest") is looked for closer, in ``ANSWERED_SENTENCES``.
EARLIER_SENTENCES = 6
ANSWERED_SENTENCES = 2

# Roots of reactions that may name another's act by a noun: requests and demands ("asked for
# the withdrawal"), approval ("welcomed the release"), disapproval, rejection, protest; and a
# denial (016) of what was said ("denied the accusation").
_NAMING_ROOTS = frozenset({"02", "05", "10", "11", "12", "14"})
_DENIAL = "016"
# The roots of every trigger ``_named_act_noun`` reads (a mark, ``acts_on(roots=...)``, of the
# stages that act only through it: the denials' root, 01, taken whole).
NAMING_ROOTS = _NAMING_ROOTS | {_DENIAL[:2]}
# Roots whose passive subject is the act judged ("the offer was welcomed / rejected by Y"); a
# passive request or demand names the act asked for ("the operation was ordered by Y").
_PASSIVE_REACTIONS = frozenset({"05", "11", "12", "14"})
# The prepositions by which a reaction names the act it is about ("asked for the withdrawal",
# "protested against the exclusion", "a protest over the seizure").
_ABOUT_PREPS: dict[str, tuple[str, ...]] = {
    "02": ("for",),
    "10": ("for",),
    "11": ("against", "over", "about", "at"),
    "12": (),
    "05": (),
    "14": ("against", "over", "about", "at"),
}
# Prepositions by which a noun's own phrase names its parties ("the release of X's soldiers").
_PHRASE_PREPS = ("of", "by", "from", "to", "against", "on", "with")
ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those", "such"})
_OWNER_WORDS = frozenset({"its", "their"})  # "its withdrawal": the doer, when it resolves
# Nouns of what was said: they refer back to a statement, not to a deed.
SAID_NOUNS = frozenset(
    {"report", "statement", "accusation", "allegation", "claim", "remark", "comment",
     "announcement", "suggestion", "charge", "threat", "warning", "admission",
     # parties37 (fresh19's B): a complaint is said, never the complained-of deed
     "complaint", "objection", "criticism", "grievance", "protest"}
)  # fmt: skip
# Roots of no decision or measure: statements and meetings (hosting the summit where a body
# decided is not the decision).
_NO_DEED_ROOTS = frozenset({"01", "04"})
MATERIAL_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})
# Nouns that name an act by another verb than its own: "the release" of prisoners "freed".
_CROSSING = frozenset(
    {"enter", "cross", "violate", "intrude", "stray", "drift", "wander", "penetrate", "breach", "invade", "fly",
     "send", "deploy", "move", "march", "advance", "push", "launch"}
)  # fmt: skip
NOUN_ACTS: dict[str, frozenset[str]] = {
    "release": frozenset({"release", "free", "liberate", "return", "hand", "pardon"}),
    "handover": frozenset({"hand", "return", "transfer", "release", "extradite"}),
    "extradition": frozenset({"extradite", "hand", "deport"}),
    "expulsion": frozenset({"expel", "deport", "order"}),
    "withdrawal": frozenset({"withdraw", "pull", "leave", "quit"}),
    "closure": frozenset({"close", "shut"}),
    "shipment": frozenset({"ship", "send", "deliver", "supply", "transfer"}),
    "delivery": frozenset({"deliver", "send", "ship", "supply", "transfer"}),
    "deployment": frozenset({"deploy", "send", "station", "move"}),
    "sanction": frozenset({"sanction", "impose", "adopt", "slap"}),
    # "called the incursion reckless": the crossing's doer (whose drones entered), never the
    # jets that shot them down (leftovers53, practice18 class ET)
    "incursion": _CROSSING,
    "intrusion": _CROSSING,
    # parties51 (fresh25's D): a reaction's noun linked to the latest act of its verb family
    # (``act_families``); one table with the nouns above since round 35 (the twins had drifted)
    "purchase": frozenset({"buy", "purchase", "acquire", "order", "import"}),
    "acquisition": frozenset({"acquire", "buy", "purchase", "order"}),
    "sale": frozenset({"sell", "export", "supply"}),
    "return": frozenset({"return", "hand", "give", "send", "repatriate", "restitute"}),
    "restitution": frozenset({"return", "hand", "give", "restitute"}),
    "repatriation": frozenset({"repatriate", "return", "send", "fly", "deport"}),
    "deportation": frozenset({"deport", "expel", "fly", "send", "repatriate"}),
    "deportations": frozenset({"deport", "expel", "fly", "send", "repatriate"}),
    "inquiry": frozenset({"investigate", "probe", "inquire", "examine"}),
    "investigation": frozenset({"investigate", "probe", "inquire", "examine"}),
    "probe": frozenset({"investigate", "probe", "inquire", "examine"}),
    "arrest": frozenset({"arrest", "detain", "seize", "hold"}),
    "arrests": frozenset({"arrest", "detain", "seize", "hold"}),
    "detention": frozenset({"detain", "arrest", "hold", "seize"}),
    "detentions": frozenset({"detain", "arrest", "hold", "seize"}),
    "seizure": frozenset({"seize", "impound", "confiscate", "capture"}),
    "loan": frozenset({"lend", "loan"}),
    "donation": frozenset({"donate", "give"}),
    "gift": frozenset({"give", "donate"}),
    "transfer": frozenset({"transfer", "hand", "send"}),
    "pardon": frozenset({"pardon", "free", "release"}),
}
# Nouns of getting something: the act is the receiver's ("called the purchase a provocation"
# blames the buyer, not the seller), the target of the earlier giving or selling act.
ACQUIRE_NOUNS = frozenset({"purchase", "acquisition", "buy", "import", "imports", "order"})
_GIVING_ROOTS = frozenset({"06", "07"})
_GIVING_VERBS = frozenset(
    {"buy", "purchase", "acquire", "import", "order", "sell", "supply", "deliver", "export",
     "ship", "provide", "transfer"}
)  # fmt: skip
# Verbs of getting whose subject is the buyer, the source of its act ("bought jets from Y" is the
# buyer's act toward Y: README's PLOVER conventions); after a giving verb the buyer is the target.
_BUYING_VERBS = frozenset({"buy", "purchase", "acquire", "import", "order"})
# Nouns of a deed done to another, beyond ``ACT_NOUNS``: what a reaction names when the act
# itself had no row ("Serbia kept Kosovo out. Kosovo protested the exclusion").
DEED_NOUNS = frozenset(
    {"exclusion", "reopening", "suspension", "removal", "refusal", "rejection", "dismissal",
     "cancellation", "postponement", "ouster", "eviction", "invasion", "occupation", "bombing",
     "shelling", "crackdown", "interception", "confiscation", "boycott", "embargo", "freeze",
     "halt", "takeover", "expansion", "blockade", "capture", "incursion", "shutdown",
     "incident", "gesture",
     # practice9 (wire copy): an armed push named by its noun ("condemned the offensive")
     "offensive", "assault", "onslaught", "bombardment", "intervention"}
)  # fmt: skip
# Words for whatever was done: "the move" is the previous sentence's act, whatever its verb.
GENERIC_DEEDS = frozenset({"decision", "move", "step", "action", "measure", "incident", "gesture"})
# Owners that are a body named before ("the bloc's decision"): its act, not the last state's.
BODY_OWNERS = frozenset(
    {"bloc", "alliance", "union", "organisation", "organization", "council", "body",
     "community", "group", "grouping", "assembly"}
)  # fmt: skip
# Nouns of stopping an act, whose "to" / "of" phrase names the act a request or demand is about
# (practice9: "called for an immediate halt to the offensive").
_STOP_NOUNS = frozenset({"halt", "end", "stop", "cessation"})
_APPROVE = "05"
_BODY_PREFIX = "IGO"
_ACT_WORDS = ACT_NOUNS | frozenset(NOUN_ACTS)


def recent(s: Site, sentences: int = EARLIER_SENTENCES) -> list[EarlierAct]:
    """The earlier acts of the last ``sentences`` sentences, in document order."""
    lo = s.ctx.index - sentences
    return [a for a in s.ctx.earlier if a.trigger // 10_000 >= lo]


def same_word(verb: str, noun: str) -> bool:
    """ "drills" / "drill", "listing" / "list", "deployment" / "deploy", "decision" / "decide";
    a short verb's gerund too: "ruling" / "rule", "voting" / "vote", "banning" / "ban"
    (leftovers58: "The court ruled ... Y welcomed the ruling")."""
    if verb == noun or _gerund_of(verb, noun):
        return True
    n = 0
    for x, y in zip(verb, noun, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4 and n >= min(len(verb), len(noun)) - 2


def _gerund_of(verb: str, noun: str) -> bool:
    if len(verb) < 3 or not noun.endswith("ing"):
        return False
    stem = noun[:-3]
    return stem in (verb, verb[:-1] if verb.endswith("e") else "", verb + verb[-1])


def _home(ref_country: str | None, ref_code: str) -> str:
    return ref_country or ref_code


def _getter(a: EarlierAct) -> ActorRef:
    """Who got what an earlier giving or buying act moved: the buyer or the receiver."""
    return a.source if a.lemma in _BUYING_VERBS or a.target is None else a.target


def _side(a: EarlierAct, receiver: bool) -> str:
    ref = _getter(a) if receiver else a.source
    return _home(ref.country, ref.code)


def _done_to(a: EarlierAct, own: set[str]) -> bool:
    return a.target is not None and _home(a.target.country, a.target.code) in own


def _definite(noun: Token) -> bool:
    """ "the exclusion", "this step", "its withdrawal", "the bloc's decision"."""
    for k in noun.children:
        if k.dep_ == "det" and k.lower_ in ANAPHORIC_DETS:
            return True
        if k.dep_ == "poss" and (k.lower_ in _OWNER_WORDS or _body_owner(k)):
            return True
    return False


def _body_owner(poss: Token) -> bool:
    """ "the bloc's", "the alliance's": a body named before by a common noun."""
    return poss.lemma_.lower() in BODY_OWNERS and any(
        k.dep_ == "det" and k.lower_ in ANAPHORIC_DETS for k in poss.children
    )


_NOUN = "N"  # the lexicon's part of speech of an event noun


def thing_named(a: EarlierAct, lemma: str) -> bool:
    """ "Japan announced an aid package for Y. Y welcomed the package", "X raised its tariffs on
    Y-ian sugar. Y regretted the tariffs": a definite noun of the word of what an earlier act
    gave, imposed or offered (its object, ``EarlierAct.thing``) names that act (leftovers61)."""
    if lemma in GIVEN_NOUNS and a.root in _PLEDGE_ROOTS and a.target is not None:
        return True  # "pledged $2 billion in aid to Y. Y welcomed the package (the money)"
    return a.thing is not None and a.root in THING_ROOTS and same_word(a.thing[0], lemma)


# Roots of acts whose object, named again, names the act: offers and pledges (03), giving (07),
# economic exchange (06), easing (08), measures (16).
THING_ROOTS = frozenset({"03", "06", "07", "08", "16"})
# Nouns of money or a bundle given, which name an earlier pledge or gift to another state
# whatever its own object's word ("$2 billion in aid": "the package", "the funds").
GIVEN_NOUNS = frozenset({"package", "money", "fund", "funds", "funding", "grant", "donation"})
_PLEDGE_ROOTS = frozenset({"03", "07"})


def noun_roots(lemma: str) -> frozenset[str]:
    """The CAMEO roots the lexicon's rows give an event noun ("deportation": 17)."""
    return frozenset(t.cameo[:2] for t in lexicon().triggers.get((lemma, _NOUN), ()))


def _named_act_noun(s: Site, *, passive: bool = False) -> Token | None:
    """The definite noun by which a reaction names the act it answers: its object ("welcomed
    the release", or a passive's subject with its doer in a "by" phrase: "the release was
    welcomed by Y"), what a criticism judges ("said the measure was unjustified", "called the
    purchase a provocation"), or the act of its preposition ("asked for the withdrawal",
    "protested against the exclusion", a noun's "protest over the seizure")."""
    if s.root not in _NAMING_ROOTS and not s.code.startswith(_DENIAL):
        return None
    found: list[Token] = []
    if not s.noun:
        obj = s.child("dobj")
        if obj is None and passive and s.root in _PASSIVE_REACTIONS and s.child("agent"):
            obj = _passive_act(s)  # "the offer was welcomed by Y" (parties55, fresh29's D)
        if obj is not None:
            found.append(obj)
        if s.root == "11":
            clause = s.child("ccomp", "xcomp")
            subj = child(clause, "nsubj", "nsubjpass") if clause is not None else None
            if subj is not None:
                found.append(subj)
    found += [p for _, p in pobjs(s.tok, _ABOUT_PREPS.get(s.root, ()))]
    # "called for a halt to the offensive", "demanded an end to the raids": the act stopped
    found += [
        p for n in found if n.lemma_.lower() in _STOP_NOUNS for _, p in pobjs(n, ("to", "of"))
    ]
    for n in found:
        if n.pos != NOUN or not _definite(n):
            continue
        if _known_act_noun(s, n) or previous_root_word(n) is not None:
            return n  # (or "A court ruled that ... Y welcomed the ruling": no event of its own)
    return None


def _passive_act(s: Site) -> Token | None:
    """A passive reaction's subject where it names an act the story told by that act's own word
    or family ("offered ... The offer was welcomed by Y", "freed ... The release was praised by
    Y"); a word of any act ("the decision", "the move") is left to the stages that read the
    sentence's other parties."""
    subj = s.child("nsubjpass")
    if subj is None:
        return None
    lemma = subj.lemma_.lower()
    acts = recent(s)
    if any(same_word(a.lemma, lemma) for a in acts):
        return subj
    return subj if noun_roots(lemma) & {a.root for a in acts} else None


def _known_act_noun(s: Site, n: Token) -> bool:
    lemma = n.lemma_.lower()
    if n.i in s.ctx.triggers or lemma in _ACT_WORDS or lemma in ACQUIRE_NOUNS:
        return True
    if lemma in DEED_NOUNS:
        return True  # "the exclusion", "the reopening"
    if any(same_word(a.lemma, lemma) for a in recent(s)):
        return True  # "the drills" after "held drills"
    if any(thing_named(a, lemma) for a in recent(s)):
        return True  # "the package" after "announced an aid package for Y" (leftovers61)
    # an event noun of an earlier act's root: "the handover", "the raids"
    return bool(noun_roots(lemma) & {a.root for a in recent(s)})


def unevented_act(s: Site, noun: Token) -> Token | None:
    """The previous sentence's verb a definite noun names when no earlier event is of its word
    ("The court ruled on Monday that ... . Y welcomed the ruling"), else None."""
    return None if _known_act_noun(s, noun) else previous_root_word(noun)


def previous_root_word(noun: Token) -> Token | None:
    """The previous sentence's main verb when ``noun`` is its word ("The court ruled on Monday
    that ... . Y welcomed the ruling"): the act the reaction names though it gave no event of
    its own (leftovers58)."""
    sent = noun.sent
    if sent.start == 0:
        return None
    root = noun.doc[sent.start - 1].sent.root
    return root if same_word(root.lemma_.lower(), noun.lemma_.lower()) else None
