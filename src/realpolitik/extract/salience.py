"""Salience: which triggers report a sentence's news and which only set its scene.

A wire sentence reports one piece of news and mentions others as its background. A trigger is
*background* when, on its way up to the sentence root, it passes through an adverbial clause
("after rebels shelled the town", "..., killing 20", "to help him"), a relative clause ("the city
where 28 people were killed"), a past-participle modifier ("the curfew imposed in May"), a
circumstance phrase ("since the invasion", "during a summit", "because of fighting") or an
argument of another trigger ("agreed to US mediation", "rejected a proposal for talks").
Background events are emitted only when the sentence has no foreground event with a named doer
(``background=True`` keeps them all), so that "North Korea, which sent troops to Russia, ..."
still yields the troop event when nothing else in the sentence is news.

An event noun that only says what another trigger acted on ("signed a treaty", "the signing of
an agreement") is no event at all: it is folded into that trigger (``object_of_trigger``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._accused_conjunct import ACCUSING, finite_after_accused_gerund
from realpolitik.extract._added_reports import added_report
from realpolitik.extract._asides import noun_content, withheld_comment
from realpolitik.extract._bare_protests import DIPLOMATIC_PROTEST, bare_protest
from realpolitik.extract._cargo import carried_cargo
from realpolitik.extract._denied_charge import denied_report
from realpolitik.extract._disavowed import disavowed_conflict
from realpolitik.extract._evacuations import evacuates_own
from realpolitik.extract._held_back import CLAIMED_NOUNS, kept_from
from realpolitik.extract._means import framed_by_means, probed
from realpolitik.extract._measures import reaching_measure
from realpolitik.extract._offered import offers_no_act
from realpolitik.extract._own_threats import warned_of_others
from realpolitik.extract._promised_protests import owned_protest, protest_reading
from realpolitik.extract._sent_to_fight import sent_to_fight
from realpolitik.extract._state_protests import names_protested, state_voice, stated_protest
from realpolitik.extract._syntax import set_off_participle
from realpolitik.extract._tree import any_form
from realpolitik.extract._triggers import Found
from realpolitik.extract._warned_verdicts import warned_verdict
from realpolitik.extract._words import LIGHT_VERBS
from realpolitik.extract.parties._model import OCCASION_PREPS, ROLE_CODES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_parts import Arg
    from realpolitik.extract._mentions import DocActors

# Prepositions that set a scene rather than report the news ("after the coup", "amid fighting").
CIRCUMSTANCE_PREPS = frozenset(
    {
        "after", "before", "since", "during", "following", "amid", "amidst", "despite", "until",
        "throughout",
    }
)  # fmt: skip
_MULTI_PREP = frozenset({"because", "due", "wake", "aftermath", "prior"})  # "in the wake of"
_TOPIC_PREPS = frozenset({"about", "over", "on", "for", "against", "regarding", "into"})
_ARG_DEPS = frozenset({"dobj", "attr", "oprd", "dative", "nsubjpass"})
# Verbs of complaint whose object is what is complained of, even where the verb itself is no
# event ("summoned the envoy to protest the detention of its fishermen": one complaint).
_COMPLAINT_VERBS = frozenset({"protest", "complain", "object"})


# Subordinators that set a second piece of news against the first ("A did X, while B did Y").
_CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def contrast_clause(clause: Token) -> bool:
    """ "Kyiv accused Russian forces of blowing up the dam, while Moscow blamed Ukrainian
    shelling": a finite clause with its own subject after the main clause, opened by "while" or
    "whereas", states news of its own; a time clause ("while visiting Beijing", "while talks
    were under way") is a progressive, a participle or comes first."""
    return (
        clause.i > clause.head.i
        and clause.tag_ in ("VBD", "VBZ", "VBP")
        and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in clause.children)
        and any(c.dep_ == "nsubj" for c in clause.children)
    )


def is_background(tok: Token, triggers: set[int]) -> bool:
    """Whether a trigger only sets the scene for the sentence's news (see the module doc)."""
    t = tok
    for _ in range(12):
        head = t.head
        if head.i == t.i:
            return False
        dep = t.dep_
        if dep == "advcl" and (contrast_clause(t) or added_report(t)):
            t = head  # "..., while Moscow blamed Ukrainian shelling": news beside news; so is
            continue  # "..., adding that it could expel Y's diplomats" (fact24)
        if denied_report(t) is not None:
            t = head.head  # "denied reports that it had sent troops": the denial's news (l22)
            continue
        if finite_after_accused_gerund(t):
            t = head.head.head  # "accused X of moving troops and put its army on alert"
            continue
        if dep in ("advcl", "relcl") or (dep in ("acl", "amod") and t.tag_ == "VBN"):
            return True  # (also "released detained sailors": a participle describes a state)
        if dep == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in t.children):
            return True  # "a vote that X has declined to back": a finite clause on a noun
        if dep in ("conj", "ccomp") and t.tag_ in ("VBN", "VBD") and t.i == head.i + 1:
            return True  # "released detained sailors" misread as two verbs
        if noun_content(t):
            return True  # "the arrangement for X to train ...": what the noun arranges
        if kept_from(t) is not None:
            return True  # "prevented Y from sending troops": kept from it, not done (l22)
        if dep == "pcomp" and head.lower_ in CIRCUMSTANCE_PREPS:
            return True  # "before allowing aid convoys", "after killing 20"
        if dep == "pcomp" and head.lower_ in ("of", "for") and _accused(head, triggers):
            return True  # "accused X of shelling": the shelling is what is accused
        if dep == "dobj" and t.lemma_.lower() in CLAIMED_NOUNS:
            t = head  # "claimed responsibility for shelling X": the shelling is news (fact24)
            continue
        if dep in _ARG_DEPS and head.i in triggers:
            return True  # "rejected an offer of talks": the talks are what is rejected
        if dep == "dobj" and head.pos_ == "VERB" and head.lemma_ in _COMPLAINT_VERBS:
            return True
        if dep == "pobj" and head.dep_ in ("prep", "agent"):
            prep = head.lower_
            up = head.head
            if prep in CIRCUMSTANCE_PREPS or (prep in ("of", "to") and up.lower_ in _MULTI_PREP):
                return True
            if up.i in triggers and (up.pos_ == "VERB" or prep in _TOPIC_PREPS or prep == "of"):
                return True  # "agreed to a ceasefire", "optimism about the talks"
            if up.pos_ == "VERB" and probed(up, head):
                return True  # "opened an investigation into X's role in the attack"
            if prep in _TOPIC_PREPS and up.pos_ == "VERB" and up.lemma_ in _COMPLAINT_VERBS:
                return True  # "to protest against / complain about the expulsions"
        t = head
    return False


def _accused(prep: Token, triggers: set[int]) -> bool:
    """The "of" / "for" of an accusation trigger: "accused X of", "blamed X for"."""
    gov = prep.head
    return gov.i in triggers and gov.lemma_.lower() in ACCUSING


# Verbal conflict a doer voices alongside its act (demands, accusations, rejections, threats)
# and formal acts it performs alongside it (cutting ties or trade, expelling diplomats: 16x).
_VOICED_ROOTS = frozenset({"10", "11", "12", "13", "16"})


def hosted_act(tok: Token, code: str) -> Token:
    """Whose salience a host's participle shares: "A and B met in talks hosted by Z", "held
    talks hosted by Z" host the meeting (news when it is news), never a scene of their own.
    Any other trigger is its own."""
    if code[:3] not in ROLE_CODES or tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD"):
        return tok
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in OCCASION_PREPS:
        over = noun.head.head  # "met in talks hosted by Z": the meeting
        return over.head if over.dep_ in ("dobj", "nsubjpass") else over  # "signed a pact at"
    return noun


def voiced_alongside(tok: Token, code: str) -> bool:
    """ "Finland closed the crossing, accusing Moscow of pushing migrants": a trailing participle
    of accusation, demand, rejection or threat with no subject of its own is the same doer's
    speech act, news like its main clause (unlike "..., killing 20", which sets the scene); so
    is a second formal act ("recalled its envoy, suspending all trade", "..., declaring two
    diplomats persona non grata")."""
    return code[:2] in _VOICED_ROOTS and set_off_participle(tok)


def object_of_trigger(f: Found, triggers: set[int], actors: DocActors) -> bool:
    """A noun that only says what another trigger acted on ("signed a treaty", "the signing of
    an agreement", "a trade deal", "revoked its defence agreement": a document that is its
    doer's own), unless it names its own doer ("Russia's invasion", "an attack by X")."""
    tok = f.tok
    gov = tok.head
    if f.entry.pos != "N" or gov.i == tok.i:
        return False
    if tok.dep_ in ("compound", "amod"):
        return gov.i in triggers
    if tok.dep_ == "pobj" and gov.dep_ == "prep":
        if gov.head.pos_ in ("NOUN", "PROPN") and gov.lower_ != "of":
            return False
        gov = gov.head
        if met_with(gov):
            return False  # "was met with protests from X": the response, not a meeting's topic
    elif tok.dep_ not in ("dobj", "nsubjpass", "attr", "conj"):
        return False
    if gov.i not in triggers or gov.i == tok.i:
        return False
    for c in tok.children:
        own_document = c.pos_ == "PRON" and tok.lemma_.lower() in _DOCUMENTS
        if (c.dep_ == "poss" and not own_document) or (
            c.dep_ in ("amod", "compound") and actors.mention_of(c)
        ):
            return False
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return False
    return True


def depth(tok: Token) -> int:
    """Arcs from the sentence root; 0 = main verb."""
    d = 0
    head = tok.head  # (each head read once)
    while head.i != tok.i and d < 20:
        tok = head
        head = tok.head
        d += 1
    return d


# -- triggers that are no act at all -----------------------------------------------------------
# Documents: an agreement is an event when an act carries it ("signed a treaty", "reached a
# deal"); "its 1961 treaty", "under the deal" refer to one.
_DOCUMENTS = frozenset(
    {"agreement", "accord", "deal", "pact", "treaty", "partnership", "protocol", "memorandum",
     "alliance", "charter", "convention"}
)  # fmt: skip
# Verbs that put a label on something: "what Moscow calls aggression", "branded it an invasion".
_LABEL_VERBS = frozenset({"call", "label", "brand", "dub", "term", "describe", "characterize"})
_WH = frozenset({"what", "which", "whatever"})
_QUOTES = frozenset({'"', "'", "``", "''"})
_PROTEST_ROOT = "14"


def shows_that(f: Found) -> bool:
    """ "The protests demonstrate that the government is weak": a protest verb with a that-clause
    shows a fact; it is no demonstration."""
    tok = f.tok
    return (
        f.code[:2] == _PROTEST_ROOT
        and f.entry.pos == "V"
        and any(c.dep_ == "ccomp" for c in tok.children)
        and not stated_protest(tok)  # (lex30)
    )


def label(f: Found) -> bool:
    """ "What Moscow calls aggression by the West", "branded the visit a provocation",
    "described the drills as an invasion": a noun that labels something is the labeller's word,
    not an act that happened."""
    tok = f.tok
    if f.entry.pos != "N":
        return False
    t = tok
    if t.dep_ == "conj":  # "a provocation and an invasion"
        t = t.head
    head = t.head
    if t.dep_ == "pobj" and head.lower_ == "as":
        return head.head.lemma_.lower() in _LABEL_VERBS or head.head.lemma_.lower() in {
            "condemn",
            "denounce",
            "criticize",
            "see",
            "view",
            "regard",
            "reject",
        }
    if head.lemma_.lower() not in _LABEL_VERBS:
        return False
    if t.dep_ in ("oprd", "attr", "xcomp"):
        return True
    return t.dep_ == "dobj" and any(
        c.dep_ in ("dobj", "nsubj") and c.lower_ in _WH for c in head.children
    )


def quoted(f: Found) -> bool:
    """ "Called the visit a 'provocation'", a slogan, an insult: an event noun inside a short
    quotation is somebody's word, not an act. The object of a light verb is the act in its
    official wording ('lodged "stern representations" with X')."""
    tok = f.tok
    if f.entry.pos != "N":
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        return False
    doc = tok.doc
    if not any_form(doc, tok.i - 5, tok.i + 6, _QUOTES):
        return False  # no quote near the noun (most: ``tok.sent`` reads the whole parse)
    sent = tok.sent
    window = doc[max(sent.start, tok.i - 5) : min(sent.end, tok.i + 6)]
    left = [t.i for t in window if t.i < tok.i and t.text in _QUOTES]
    right = [t.i for t in window if t.i > tok.i and t.text in _QUOTES]
    if not left or not right:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[left[-1] + 1 : right[0]])


def document_reference(f: Found, triggers: set[int]) -> bool:
    """ "Its 1961 treaty made it Pyongyang's only ally", "under the deal": a treaty, pact or
    deal named as a standing thing; an event only when an act carries it ("signed a treaty",
    "reached a deal", "the treaty was ratified")."""
    tok = f.tok
    if f.entry.pos != "N" or tok.lemma_.lower() not in _DOCUMENTS:
        return False
    gov = tok.head
    if tok.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    if gov.i in triggers and gov.i != tok.i:
        return False
    return not (gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in LIGHT_VERBS)


# Sectors whose speakers comment on states' acts rather than act: experts, analysts; the press.
COMMENTATORS = frozenset({"EDU", "MED"})
_VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})


def commentary(f: Found, actors: DocActors) -> bool:
    """ "Analysts warned that Lebanon would invade", "experts cautioned that China could
    blockade Taiwan": a commentator's statement about a that-clause is a forecast framing
    the clause's act, not an act between states (the clause's act stands by itself)."""
    tok = f.tok
    if f.entry.pos != "V" or f.code[:2] not in _VERBAL_ROOTS:
        return False
    if not any(c.dep_ == "ccomp" for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    speakers = actors.resolve(subj) if subj is not None else []
    return bool(speakers) and all(a.ref.code[3:6] in COMMENTATORS for a in speakers)


_FORECASTING = frozenset({"warn", "caution", "predict"})
# Words of a punishment the speaker holds out ("would pay a heavy price", "would face
# consequences", "would not go unpunished"): the README's threat by the speaker.
_PUNISHMENT = frozenset(
    {"price", "dearly", "consequence", "unpunished", "unanswered", "retaliation", "reprisal",
     "punishment"}
)  # fmt: skip
_THREAT_ROOT = "13"


def forecast_of_another(f: Found, actors: DocActors) -> bool:
    """ "Germany warned that Russia would attack Moldova": a warning that another party will
    act is no threat by the speaker (a threat needs the speaker's own conditional act,
    "warned that it would retaliate"); the other's act stands by itself."""
    tok = f.tok
    if f.entry.lemma not in _FORECASTING or f.code[:2] != _THREAT_ROOT:
        return False
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    speaker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if clause is None or speaker is None:
        return False
    own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None or own.pos_ == "PRON":
        return False  # "warned that it would retaliate": its own act
    if any(t.lemma_.lower() in _PUNISHMENT for t in clause.subtree):
        return False  # "warned that Iran would pay a heavy price": the speaker's threat
    theirs = {a.ref.country or a.ref.code for a in actors.resolve(own)}
    mine = {a.ref.country or a.ref.code for a in actors.resolve(speaker)}
    return bool(theirs) and bool(mine) and not theirs & mine


def unfold_commentary(found: list[Found], actors: DocActors) -> None:
    """Commentary (:func:`commentary`) and a forecast of another's act
    (:func:`forecast_of_another`) are no events; an act folded into one is its own again."""
    for f in found:
        if f.absorbed:
            continue
        inner = any(g.controller is f for g in found)  # the other's act is a trigger itself
        if not (commentary(f, actors) or (inner and forecast_of_another(f, actors))):
            continue
        f.absorbed = True
        for g in found:
            if g.controller is f:
                g.controller = None
                g.absorbed = False


# Verbs that say how much of something there is: "trade rose by 26 percent", "could exceed";
# others only with a figure: "trade reached $240 billion" (but "the deployment reached Russia").
_MEASURE_VERBS = frozenset(
    {"rise", "fall", "grow", "drop", "decline", "exceed", "double", "triple", "top", "amount",
     "total", "increase", "decrease", "shrink", "surge", "soar", "plunge", "slump", "climb",
     "jump"}
)  # fmt: skip
_FIGURE_VERBS = frozenset({"reach", "hit", "stand", "account", "run"})


def quantity(f: Found) -> bool:
    """ "Trade between China and Russia rose by 26 percent", "reached $240 billion": an exchange
    measured as a level is a figure (a claim), not an act that happened."""
    tok = f.tok
    head = tok.head
    if f.entry.pos != "N" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lemma = head.lemma_.lower()
    if lemma in _MEASURE_VERBS:
        return True
    if lemma not in _FIGURE_VERBS:
        return False
    return any(
        t.like_num or t.text in ("$", "%") or t.lower_ == "percent"
        for t in head.subtree
        if t.i > head.i
    )


# Nouns of people, bodies, gatherings and measures: an event noun compounded onto one says what
# kind of person, body or thing it is ("a trade delegation", "the defence ministry", "an aid
# worker", "the sanctions committee", "a peace envoy", "a trade fair", "the trade surplus").
KIND_HEADS = frozenset(
    {"delegation", "ministry", "minister", "department", "office", "agency", "committee",
     "commission", "council", "body", "envoy", "official", "officer", "worker", "staff",
     "personnel", "team", "group", "organisation", "organization", "negotiator", "adviser",
     "advisor", "chief", "expert", "analyst", "spokesman", "spokeswoman", "representative",
     "fair", "exhibition", "expo", "show", "festival", "forum", "partner", "surplus", "deficit",
     "balance", "volume", "figure", "data", "statistic", "policy", "route", "hub", "bloc",
     "zone", "tribunal", "court", "activist", "campaigner"}
)  # fmt: skip


def describes_a_kind(f: Found) -> bool:
    """ "A trade delegation arrived", "Cuba's trade fair opened", "the sanctions committee met":
    an event noun compounded onto a noun of a person, body, gathering or measure
    (:data:`KIND_HEADS`) names what kind it is; it is no act by itself."""
    tok = f.tok
    return (
        f.entry.pos == "N"
        and tok.dep_ == "compound"
        and tok.head.i > tok.i
        and tok.head.lemma_.lower() in KIND_HEADS
    )


_MET_WITH = frozenset({"meet", "greet"})


def met_with(tok: Token) -> bool:
    """ "The test was met with protests from Japan", "was greeted with criticism": a passive
    "met / greeted with" names a response to its subject, no meeting."""
    if tok.lemma_.lower() not in _MET_WITH or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def non_event(f: Found, triggers: set[int]) -> str:
    """The name of the rule by which trigger ``f`` names no act at all, or ""."""
    for name, hit in (
        ("shows_that", shows_that(f)),
        ("label", label(f)),
        ("quoted", quoted(f)),
        ("document_reference", document_reference(f, triggers)),
        ("quantity", quantity(f)),
        ("describes_a_kind", describes_a_kind(f)),
        ("evacuates_own", evacuates_own(f)),
        ("met_with", f.entry.pos == "V" and met_with(f.tok)),
        ("withheld_comment", withheld_comment(f)),
        ("warned_of_others", warned_of_others(f)),
        ("warned_verdict", warned_verdict(f)),
        ("disavowed_conflict", disavowed_conflict(f)),
        ("carried_cargo", carried_cargo(f, triggers)),
        ("offers_no_act", offers_no_act(f, triggers)),
        ("reaching_measure", reaching_measure(f, triggers)),
        ("framed_by_means", framed_by_means(f, triggers)),
        ("sent_to_fight", sent_to_fight(f)),
    ):
        if hit:
            return name
    return ""


# A state named as such: by its name or its capital (not its people, "Chileans").
_STATE_KINDS = frozenset({"country", "capital"})
_PROTESTED = frozenset({"against", "over"})  # "protested against / over X's decision"


def diplomatic_protest(f: Found, source: Arg, actors: DocActors) -> str:
    """ "Brazil protested Argentina's decision", "Tokyo protested against ...", "the launch drew
    a protest from Tokyo": a state named by its name or capital that protests an act lodges a
    diplomatic protest (CAMEO 114,
    disapproval); a state does not demonstrate. People ("Chileans", "Greek fishermen") still
    do (14). Returns the code of ``f``'s event from ``source``."""
    tok = f.tok
    if not protest_reading(f.code) or tok.lemma_ != "protest":  # (leftovers19: "would")
        return f.code
    if f.entry.pos == "N":
        from realpolitik.extract.parties.drawn import drawn_from_another

        if not drawn_from_another(tok) and not owned_protest(tok, source.tok):
            return f.code  # "drew a protest from Tokyo", "Peru's protest": a crowd's stays 14
    elif f.entry.pos != "V" or not (names_protested(tok, _PROTESTED) or bare_protest(tok)):
        return f.code  # "protested at the UN": what is protested is not named (lex23: bare)
    doc = tok.doc
    if not 0 <= source.tok < len(doc) or len(source.ref.code) not in (3, 6):
        return f.code
    mention = actors.mention_of(doc[source.tok])
    if state_voice(doc[source.tok], source):  # "it did not protest", "the embassy protested"
        return DIPLOMATIC_PROTEST
    return DIPLOMATIC_PROTEST if mention is not None and mention.kind in _STATE_KINDS else f.code
