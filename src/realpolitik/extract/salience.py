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
Triggers that name no act at all (labels, quotes, figures, kinds) are read in ``_non_events.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._accused_conjunct import ACCUSING, finite_after_accused_gerund
from realpolitik.extract._added_reports import added_report
from realpolitik.extract._asides import noun_content
from realpolitik.extract._bare_protests import DIPLOMATIC_PROTEST, bare_protest
from realpolitik.extract._concessive_news import concessive_news
from realpolitik.extract._denied_charge import DENYING_VERBS, answered_accusation, denied_report
from realpolitik.extract._held_back import CLAIMED_NOUNS, kept_from
from realpolitik.extract._hosted_talks import hosted_pair, two_states
from realpolitik.extract._means import probed
from realpolitik.extract._non_events import _DOCUMENTS, met_with
from realpolitik.extract._non_events import non_event as non_event
from realpolitik.extract._pos import NOMINAL, NOUN, PRON, VERB
from realpolitik.extract._promised_protests import owned_protest, protest_reading
from realpolitik.extract._reported_content import reported_content
from realpolitik.extract._state_protests import names_protested, state_voice
from realpolitik.extract._syntax import set_off_participle
from realpolitik.extract._triggers import Found
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
    were under way") is a progressive, a participle or comes first. A perfect ("while Moscow has
    warned ...", "had warned") is as finite as the simple past: its auxiliary carries the tense."""
    return (
        clause.i > clause.head.i
        and (clause.tag_ in ("VBD", "VBZ", "VBP") or _finite_perfect(clause))
        and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in clause.children)
        and any(c.dep_ == "nsubj" for c in clause.children)
    )


def _finite_perfect(verb: Token) -> bool:
    """ "has / have / had warned": a past participle whose perfect auxiliary is finite."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBD", "VBZ", "VBP")
        for c in verb.children
    )


def is_background(tok: Token, triggers: set[int]) -> bool:
    """Whether a trigger only sets the scene for the sentence's news (see the module doc)."""
    t = tok
    for _ in range(12):
        head = t.head
        if head.i == t.i:
            return False
        dep = t.dep_
        if dep == "advcl" and (contrast_clause(t) or added_report(t) or concessive_news(t)):
            t = head  # "..., while Moscow blamed Ukrainian shelling": news beside news; so is
            continue  # "..., adding that it could expel Y's diplomats" (fact24)
        if denied_report(t) is not None:
            t = head.head  # "denied reports that it had sent troops": the denial's news (l22)
            continue
        if answered_accusation(t) is not None:
            return False  # "accused Y of X, which Y denied": the denial is news (l45)
        if finite_after_accused_gerund(t):
            t = head.head.head  # "accused X of moving troops and put its army on alert"
            continue
        if dep == "relcl" and reported_content(t):
            t = head  # "Reports that X had V-ed Y surfaced": the report's content (lo52)
            continue
        if dep in ("advcl", "relcl") or (dep in ("acl", "amod") and t.tag_ == "VBN"):
            return True  # (also "released detained sailors": a participle describes a state)
        if dep == "acl" and head.pos == NOUN and any(c.dep_ == "nsubj" for c in t.children):
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
        if dep == "dobj" and t.tag_ == "VBG" and t.pos == VERB and head.lemma_ in DENYING_VERBS:
            t = head  # "denied spying on Y": the denied act, as "denied attacking" (l35)
            continue
        if dep == "dobj" and t.pos == NOUN and hosted_pair(t) is not None:
            t = head  # "Qatar hosted talks between A and B": news as the hosting is (lo47)
            continue
        if dep in _ARG_DEPS and head.i in triggers:
            return True  # "rejected an offer of talks": the talks are what is rejected
        if dep == "dobj" and head.pos == VERB and head.lemma_ in _COMPLAINT_VERBS:
            return True
        if dep == "pobj" and head.dep_ in ("prep", "agent"):
            prep = head.lower_
            up = head.head
            if prep in CIRCUMSTANCE_PREPS or (prep in ("of", "to") and up.lower_ in _MULTI_PREP):
                return True
            if up.i in triggers and (up.pos == VERB or prep in _TOPIC_PREPS or prep == "of"):
                return True  # "agreed to a ceasefire", "optimism about the talks"
            if up.pos == VERB and probed(up, head):
                return True  # "opened an investigation into X's role in the attack"
            if prep in _TOPIC_PREPS and up.pos == VERB and up.lemma_ in _COMPLAINT_VERBS:
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
        if gov.head.pos in NOMINAL and gov.lower_ != "of":
            return False
        gov = gov.head
        if met_with(gov):
            return False  # "was met with protests from X": the response, not a meeting's topic
    elif tok.dep_ not in ("dobj", "nsubjpass", "attr", "conj"):
        return False
    if gov.i not in triggers or gov.i == tok.i:
        return False
    pair = hosted_pair(tok) if f.code[:2] == "04" else None
    if pair is not None and two_states(actors.resolve(pair)):
        return False  # "Qatar hosted talks between A and B": the talks are A's and B's (lo47)
    for c in tok.children:
        own_document = c.pos == PRON and (tok.lemma_.lower() in _DOCUMENTS or _own_aid_cut(f, gov))
        if (c.dep_ == "poss" and not own_document) or (
            c.dep_ in ("amod", "compound") and actors.mention_of(c)
        ):
            return False
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return False
    return True


# Verbs that cut or stop aid (the lexicon's 162 rows); "its aid" under them is what is cut.
_CUTTING = frozenset(
    {"cut", "suspend", "halt", "freeze", "reduce", "withhold", "slash", "stop", "end", "scrap"}
)
_AID_ROOT = "07"


def _own_aid_cut(f: Found, gov: Token) -> bool:
    """ "Were X to cut its military aid to Y": "its" aid under a verb that cuts it is the
    cut's object, the aid no act of its own (the cut, 162, only: clauses43, fresh30 C)."""
    return f.code[:2] == _AID_ROOT and gov.lemma_.lower() in _CUTTING


def depth(tok: Token) -> int:
    """Arcs from the sentence root; 0 = main verb."""
    d = 0
    head = tok.head  # (each head read once)
    while head.i != tok.i and d < 20:
        tok = head
        head = tok.head
        d += 1
    return d


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
    if own is None or own.pos == PRON:
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
