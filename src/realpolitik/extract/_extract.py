"""extract_document: one document in, sentences, events, claims and actor mentions out.

One parse per paragraph, one registry scan per document, then per sentence: triggers, control
folding, roles, factuality, date. Everything is a pure function of (document, registry, date,
trigger lexicon).

Salience: a wire sentence reports one piece of news and mentions others as its background. A
trigger is *background* when, on its way up to the sentence root, it passes through an adverbial
clause ("after rebels shelled the town", "..., killing 20", "to help him"), a relative clause
("the city where 28 people were killed"), a past-participle modifier ("the curfew imposed in
May"), a circumstance phrase ("since the invasion", "during a summit", "because of fighting") or
an argument of another trigger ("agreed to US mediation", "rejected a proposal for talks").
Background events are emitted only when the sentence has no foreground event with a named doer
(``background=True`` keeps them all), so that "North Korea, which sent troops to Russia, ..."
still yields the troop event when nothing else in the sentence is news.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from realpolitik.extract._actors import Arg, DocActors, registry_mentions
from realpolitik.extract._conventions import crowd_protest, readied_force, unnamed_home
from realpolitik.extract._events import LIGHT_VERBS, Roles, noun_roles, phrase_target, verb_roles
from realpolitik.extract._lexicon import Lexicon, Trigger, lexicon
from realpolitik.extract._nlp import load_nlp, paragraphs, prepare_text, repair_parse
from realpolitik.extract._residence import resident
from realpolitik.extract._triggers import (
    CONTROL_REFINE,
    Found,
    find_triggers,
    fold_control,
    fold_protest_aims,
    fold_requested,
    plover_of,
)
from realpolitik.extract.claims import find_claims
from realpolitik.extract.dates import event_date
from realpolitik.extract.factuality import REPORT_GOVERNORS, factuality_of
from realpolitik.models import (
    ActorRef,
    Claim,
    Document,
    Event,
    Evidence,
    Extraction,
    Factuality,
    Mention,
    Sentence,
)
from realpolitik.ontology import cameo

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from realpolitik.actors import ActorRegistry
    from realpolitik.extract.seams import Pipeline

_PLACES = frozenset({"country", "capital", "demonym"})
# Prepositions that set a scene rather than report the news ("after the coup", "amid fighting").
CIRCUMSTANCE_PREPS = frozenset(
    {
        "after", "before", "since", "during", "following", "amid", "amidst", "despite", "until",
        "throughout",
    }
)  # fmt: skip
_MULTI_PREP = frozenset({"because", "due", "wake", "aftermath", "prior"})  # "in the wake of"
_ARG_DEPS = frozenset({"dobj", "attr", "oprd", "dative", "nsubjpass"})


@dataclass(frozen=True)
class TriggerHit:
    """A trigger with or without actors: what the sentence is about (for sentence labels)."""

    sentence_index: int
    code: str
    factuality: Factuality
    depth: int  # arcs from the sentence root; 0 = main verb
    has_event: bool


def default_registry() -> ActorRegistry:
    """The actor registry shipped with realpolitik (cached by the registry itself)."""
    from realpolitik.actors import ActorRegistry

    return ActorRegistry.default()


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 20:
        tok = tok.head
        d += 1
    return d


def _confidence(f: Found, roles: Roles, src: Arg, tgt: Arg | None) -> float:
    code = f.code
    specific = 0.12 if (len(code) == 4 or code[2] != "0") else 0.0
    lex = 0.04 * f.entry.specificity
    score = 0.3 + specific + lex + 0.3 * src.quality + (0.2 * tgt.quality if tgt else 0.05)
    score -= 0.05 * max(0, roles.path - 1)
    return max(0.05, min(0.99, score))


_COMMIT = frozenset({"will", "would", "'ll", "shall", "wo"})
_COMMIT_ADJ = frozenset({"ready", "willing", "prepared", "set", "due", "poised"})
_PLAN_VERBS = frozenset({"plan", "intend", "prepare", "decide", "aim", "vow", "pledge"})


def _commitment(tok: Token) -> bool:
    """A stated future act ("will provide", "would allow", "is ready to send")."""
    for _ in range(3):
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in _COMMIT:
                return True
        if tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i:
            tok = tok.head
            if tok.lemma_.lower() in _COMMIT_ADJ or tok.lemma_.lower() in _PLAN_VERBS:
                return True
        else:
            return False
    return False


def future_code(code: str) -> str:
    """A promised cooperative act is an intent (03x); a promised hostile act a threat (13x).

    CAMEO codes stated future acts as intentions and threats; PLOVER files "cooperation
    reported in future tense" under AGREE.
    """
    root = code[:2]
    if root in ("04", "05", "06", "07", "08"):
        return CONTROL_REFINE["03"].get(root, "030")
    if root in ("14", "15", "16", "17", "18", "19", "20"):
        return CONTROL_REFINE["13"].get(root, "130")
    return code


def is_background(tok: Token, triggers: set[int]) -> bool:
    """Whether a trigger only sets the scene for the sentence's news (see the module doc)."""
    t = tok
    for _ in range(12):
        head = t.head
        if head.i == t.i:
            return False
        dep = t.dep_
        if dep in ("advcl", "relcl") or (dep == "acl" and t.tag_ == "VBN"):
            return True
        if dep == "pcomp" and head.lower_ in CIRCUMSTANCE_PREPS:
            return True  # "before allowing aid convoys", "after killing 20"
        if dep in _ARG_DEPS and head.i in triggers:
            return True  # "rejected an offer of talks": the talks are what is rejected
        if dep == "pobj" and head.dep_ in ("prep", "agent"):
            prep = head.lower_
            up = head.head
            if prep in CIRCUMSTANCE_PREPS or (prep in ("of", "to") and up.lower_ in _MULTI_PREP):
                return True
            if up.i in triggers and up.pos_ == "VERB":
                return True  # "agreed to a ceasefire", "complained over the raids"
        t = head
    return False


# PLOVER types that act on someone: a domestic doer with no named other party acts at home.
_DOMESTIC_TYPES = frozenset(
    {"CONCEDE", "REJECT", "REQUEST", "ACCUSE", "THREATEN", "PROTEST", "COERCE", "ASSAULT"}
)


def domestic_target(
    src: Arg, code: str, plover: str | None = None, people: bool = False
) -> Arg | None:
    """The doer's own state as target of a domestic act that names no other party.

    "Police arrested 12 demonstrators", "the opposition called off the rally", "students
    protested": a state's own government, party, police or people acting at home; the
    PLOVER convention codes these ISO3 -> same ISO3. Only for actors inside a state (a sector
    or a person: "SDNGOV", "DZAOPP"), never for a bare state (except for protests), an IGO or
    an unknown country; never for meetings, aid or retreats, whose missing counterpart stays
    missing. ``plover``: the event's PLOVER type where its lexicon row sets one; ``people``:
    the doer is a people named by a demonym noun ("Albanians"), not the state itself.
    """
    ref = src.ref
    country = ref.country
    if plover is None:
        plover = cameo(code).plover
    # a protest is a collective act of people, so "Iraqi Kurds demonstrated" (a bare-country
    # demonym) protests at home as much as "students demonstrated" does
    bare_ok = (people or plover == "PROTEST") and len(ref.code) == 3
    if not country or (len(ref.code) <= 3 and not bare_ok) or ref.code[:3] != country:
        return None
    if code == "0831" or plover not in _DOMESTIC_TYPES:  # resigning acts on no one
        return None
    return Arg(ActorRef("", country, country), 0.3, src.tok)


# "X said that Y must Z": a demand by X on Y (PLOVER REQUEST), refined by Z as for "demand".
_MUST = Trigger(
    "must", "V", frozenset(), frozenset(), frozenset(), "100", frozenset({"ctl", "clause"})
)
_SAY = frozenset(
    {
        "say", "tell", "state", "declare", "announce", "insist", "add", "write", "reiterate",
        "conclude", "stress", "emphasize", "repeat", "warn", "argue", "assert",
    }
)  # fmt: skip


def _obligations(sent: Span, found: list[Found]) -> list[Found]:
    """Add a demand for each "must" clause under a speech verb that is not a trigger itself."""
    have = {f.tok.i for f in found}
    extra = []
    for tok in sent:
        if tok.lower_ != "must" or tok.dep_ != "aux":
            continue
        clause = tok.head
        gov = clause.head
        if clause.dep_ != "ccomp" or gov.i in have or gov.lemma_.lower() not in _SAY:
            continue
        have.add(gov.i)
        extra.append(Found(gov, _MUST, _MUST.cameo))
    if not extra:
        return found
    return sorted(found + extra, key=lambda f: f.tok.i)


_UNKNOWN_DOER_ROOTS = frozenset({"17", "18", "19", "20"})


def _attribution(f: Found, found: list[Found]) -> bool:
    """ "X attacked Y, officials said": a speech verb whose clause holds another event is the
    source of the report (its factuality), not an event of its own, unless it names an
    addressee ("told Y that ...")."""
    tok = f.tok
    if tok.lemma_.lower() not in REPORT_GOVERNORS or f.entry.pos != "V":
        return False
    if "clause" in f.entry.flags:  # read from its clause ("said X must"): the event itself
        return False
    if any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False
    if _trailing_report(tok):
        return True
    for g in found:
        if g is f or g.absorbed:
            continue
        t = g.tok
        for _ in range(6):
            if t.head.i == t.i:
                break
            if t.head.i == tok.i:
                if t.dep_ in ("ccomp", "parataxis"):
                    return True
                break
            t = t.head
    return False


# Verbs whose object event does not (yet) take place: "postponed their meeting".
_CALL_OFF = frozenset(
    {"postpone", "delay", "cancel", "scrap", "defer", "shelve", "suspend", "adjourn", "abort"}
)


def _called_off(f: Found) -> bool:
    """ "A and B postponed their meeting", "called off the visit": the event noun names an act
    that did not happen (negated); the postponing itself may be an event of its own."""
    tok = f.tok
    if f.entry.pos != "N" or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    gov = tok.head
    lemma = gov.lemma_.lower()
    if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in gov.children):
        return True
    return lemma in _CALL_OFF


def _reacted_to(f: Found, roles: Roles, trig: set[int]) -> bool:
    """ "Y condemned an attack by X": an event noun without a target that another trigger
    acts on is what that trigger reacts to (its doer is the reaction's target), not an event
    of its own to code."""
    tok = f.tok
    gov = tok.head
    if tok.dep_ == "pobj" and gov.dep_ == "prep":  # "arrived on his first visit"
        gov = gov.head
    elif tok.dep_ != "dobj":
        return False
    return f.entry.pos == "N" and not roles.targets and gov.i in trig and gov.i != tok.i


def _trailing_report(tok: Token) -> bool:
    """ "X will cut ties with Y, a senior official said": a speech verb after the clause it
    reports (news attribution) names the report's source, even when the clause's act is
    outside the lexicon; the speaker stating something about X is no event of its own."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i and c.pos_ in ("VERB", "AUX"):
            return True
    # "..., an official said" parsed as a clause attached to the reported verb
    if tok.dep_ not in ("parataxis", "conj") or tok.head.i > tok.i:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return False
    first = min(t.i for t in subj.subtree)
    return first > 0 and tok.doc[first - 1].text == ","


def _pairs(f: Found, roles: Roles) -> list[tuple[Arg, Arg | None]]:
    srcs, tgts = roles.sources, roles.targets
    if not srcs and tgts and f.code[:2] in _UNKNOWN_DOER_ROOTS:
        # "Three soldiers were killed by a roadside bomb": violence by an unnamed actor.
        srcs = [Arg(ActorRef("", "---"), 0.3, f.tok.i)]
    elif not srcs and crowd_protest(f):
        srcs = [Arg(ActorRef("", "---"), 0.3, f.tok.i)]
    if not srcs:
        return []
    if not tgts and len(srcs) >= 2 and "recip" in f.entry.flags:
        return [(a, b) for a in srcs for b in srcs if a.ref.code != b.ref.code]
    if tgts:
        return [(a, b) for a in srcs for b in tgts if a.ref.code != b.ref.code]
    if "recip" in f.entry.flags and f.code[:2] == "04":
        return []  # "the cabinet met on Sunday": a body meeting by itself consults no one
    return [(a, None) for a in srcs]


class _Run:
    """State of one document's extraction."""

    def __init__(
        self,
        doc: Document,
        registry: ActorRegistry,
        date: str | None,
        lex: Lexicon | None = None,
        background: bool = False,
    ) -> None:
        self.doc = doc
        self.background = background
        self.date = doc.date or date
        self.text = prepare_text(doc.text)
        self.lex = lex if lex is not None else lexicon()
        self.mentions = registry_mentions(registry, self.text, self.date)
        self.actors = DocActors(self.mentions, self.lex.sectors)
        self._starts = [m.start for m in self.mentions]
        self.find_claims = find_claims
        self.sentences: list[Sentence] = []
        self.events: list[Event] = []
        self.claims: list[Claim] = []
        self.hits: list[TriggerHit] = []

    def run(self, nlp: Pipeline) -> None:
        paras = paragraphs(self.text)
        texts = [self.text[s:e] for s, e in paras]
        for (pstart, _), pdoc in zip(paras, nlp.pipe(texts), strict=True):
            self.actors.bind(pdoc, pstart)
            for sent in pdoc.sents:
                start = pstart + sent.start_char
                end = pstart + sent.end_char
                idx = len(self.sentences)
                self.sentences.append(
                    Sentence(self.doc.doc_id, idx, start, end, self.doc.text[start:end])
                )
                self._sentence(sent, idx, start, end)

    def _sentence(self, sent: Span, idx: int, start: int, end: int) -> None:
        repair_parse(sent)
        found = find_triggers(sent, self.lex, LIGHT_VERBS)
        found = _obligations(sent, found)
        if found:
            fold_control(found, LIGHT_VERBS)
            fold_requested(found)
            fold_protest_aims(found)
            self._events(sent, found, idx, start, end)
        if self.find_claims is not None:
            lo = bisect.bisect_left(self._starts, start)
            hi = bisect.bisect_left(self._starts, end, lo)
            spans = [(m.start, m.end, m.ref) for m in self.mentions[lo:hi]]
            if spans:
                self.claims += self.find_claims(
                    sent, spans, self.doc.doc_id, idx, self.date, factuality=factuality_of,
                    sent_start=start,
                )  # fmt: skip

    def _events(self, sent: Span, found: list[Found], idx: int, start: int, end: int) -> None:
        roles: dict[int, Roles] = {}
        trig = {f.tok.i for f in found}
        asks = {f.controller.tok.i: f for f in found if f.controller is not None}
        for f in found:
            if f.entry.pos == "N" and self._object_of_trigger(f, trig):
                f.absorbed = True
            if f.absorbed and f.controller is None:
                continue
            r = noun_roles(self.actors, f) if f.entry.pos == "N" else verb_roles(self.actors, f)
            asked = asks.get(f.tok.i)  # "its demand that Israel ease ...": Israel is asked
            if r.sources and not r.targets and asked is not None and f.entry.pos == "N":
                r = Roles(r.sources, self._clause_subject(asked.tok), r.path + 1)
            if r.sources and not r.targets:
                r = Roles(r.sources, phrase_target(self.actors, f, r.sources), r.path + 1)
            roles[f.tok.i] = r
        inner_of = {f.controller.tok.i: f for f in found if f.controller is not None}
        sent_text = self.doc.text[start:end]
        evidence: Evidence | None = None
        seen: set[tuple[int, str, str]] = set()
        events: list[tuple[bool, bool, Event]] = []
        for f in found:
            if f.absorbed:
                continue
            back = is_background(f.tok, trig)
            r = roles[f.tok.i]
            inner = inner_of.get(f.tok.i)
            if inner is not None and not r.targets and inner.tok.i in roles:
                r = Roles(r.sources, roles[inner.tok.i].targets, r.path + 1)
            fact: Factuality = "negated" if f.negated or _called_off(f) else factuality_of(f.tok)
            if fact == "negated" and f.entry.neg and not f.negated:
                fact = "asserted"  # a `neg` row codes the negated act itself ("did not cut aid")
            if fact == "possible" and _commitment(f.tok) and readied_force(f):
                f.code, fact = "150", "asserted"  # the readying happened
            elif fact == "possible" and _commitment(f.tok):
                f.code = future_code(f.code)
            pairs = [
                (self._locate(a, b, start, end), self._locate(b, a, start, end) if b else None)
                for a, b in _pairs(f, r)
            ]
            # a guessed target ("the state" -> the doer's own government) that turned out to be
            # the doer itself names no target; a named one ("Russia praised Russia") no event
            pairs = [
                (a, None if b is not None and b.ref.code == a.ref.code and b.quality < 0.5 else b)
                for a, b in pairs
            ]
            pairs = [(a, b) for a, b in pairs if b is None or a.ref.code != b.ref.code]
            # ethnic groups are their host state's: their acts on it are domestic (SRB -> SRB)
            pairs = [(self._home(a, sent), self._home(b, sent) if b else b) for a, b in pairs]
            pairs = [(unnamed_home(a, b, f.code), b) for a, b in pairs]
            if pairs and (_attribution(f, found) or _reacted_to(f, r, trig)):
                pairs = []
            ptype = plover_of(f.entry, f.code)[0]
            pairs = [
                (
                    a,
                    b
                    if b is not None
                    else domestic_target(a, f.code, ptype, self._people(a, sent)),
                )
                for a, b in pairs
            ]
            self.hits.append(TriggerHit(idx, f.code, fact, _depth(f.tok), bool(pairs)))
            if not pairs:
                continue
            date, precision, reference = event_date(sent, f.tok, self.date)
            if reference:  # "the 1953 armistice": an old act named, not a new event
                continue
            if evidence is None or evidence.trigger != f.tok.text:
                evidence = Evidence(sent_text, start, end, f.tok.text)
            coded = [(src, tgt, f.code) for src, tgt in pairs]
            if f.entry.back:  # "A:B" rows: the target answers ("left for X": X hosts, 033)
                coded += [(tgt, src, f.entry.back) for src, tgt in pairs if tgt is not None]
            for src, tgt, code in coded:
                key = (f.tok.i, src.ref.code, tgt.ref.code if tgt else "")
                if key in seen:
                    continue
                seen.add(key)
                c = cameo(code)
                ptype, pmode = plover_of(f.entry, code) if code == f.code else (c.plover, c.mode)
                events.append(
                    (
                        back,
                        src.quality >= 0.4,
                        Event(
                            doc_id=self.doc.doc_id,
                            sentence_index=idx,
                            source=src.ref,
                            target=tgt.ref if tgt else None,
                            cameo=code,
                            plover=ptype,
                            mode=pmode,
                            goldstein=c.goldstein,
                            quad_class=c.quad_class,
                            factuality=fact,
                            date=date,
                            date_precision=precision,
                            evidence=evidence,
                            confidence=_confidence(f, r, src, tgt) * (0.6 if back else 1.0),
                        ),
                    )
                )
        # news: a foreground event whose doer is named, not guessed ("analysts" -> a country)
        news = any(not back and named for back, named, _ in events)
        self.events += [e for back, _, e in events if self.background or not (back and news)]

    def _locate(self, arg: Arg, other: Arg | None, start: int, end: int) -> Arg:
        """An actor of unknown country ("the rebels") takes the state the sentence names.

        The first country, capital or demonym mention in the sentence that is not the other
        party's country, else the only state the sentence names (domestic actors); none -> the
        actor stays ``---``.
        """
        ref = arg.ref
        if not ref.code.startswith("---"):
            return arg
        avoid = other.ref.country if other is not None else None
        lo = bisect.bisect_left(self._starts, start)
        places = []
        for m in self.mentions[lo:]:
            if m.start >= end:
                break
            if m.kind in _PLACES and m.ref.country:
                places.append(m.ref.country)
        # another state the sentence names, else the one state it names ("the government ...
        # accepted demands from rebels": domestic rebels)
        country = next((c for c in places if c != avoid), None)
        if country is None and places and len(set(places)) == 1 and len(ref.code) > 3:
            country = places[0]
        if country is None:
            return arg
        code = country + ref.code[3:]
        return Arg(replace(ref, code=code, country=country), arg.quality * 0.8, arg.tok)

    def _clause_subject(self, verb: Token) -> list[Arg]:
        """Whom a demand noun's clause asks to act: "demand that Israel ease ..." -> Israel."""
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return self.actors.resolve(c)
        return []

    def _people(self, arg: Arg, sent: Span) -> bool:
        """The argument is a people named by a plural demonym noun ("ethnic Albanians")."""
        if arg.tok < sent.start or arg.tok >= sent.end:
            return False
        tok = sent.doc[arg.tok]
        m = self.actors.mention_of(tok)
        return m is not None and m.kind == "demonym" and tok.tag_ in ("NNS", "NNPS")

    def _home(self, arg: Arg, sent: Span) -> Arg:
        return resident(arg, sent, self.actors, self.text, self.mentions, self._starts)

    def _object_of_trigger(self, f: Found, trig: set[int]) -> bool:
        """A noun that only says what another trigger acted on ("signed a treaty", "the
        signing of an agreement", "a trade deal")."""
        tok = f.tok
        gov = tok.head
        if gov.i == tok.i:
            return False
        if tok.dep_ in ("compound", "amod"):
            return gov.i in trig
        if tok.dep_ == "pobj" and gov.dep_ == "prep":
            if gov.head.pos_ in ("NOUN", "PROPN") and gov.lower_ != "of":
                return False
            gov = gov.head
        elif tok.dep_ not in ("dobj", "nsubjpass", "attr", "conj"):
            return False
        if gov.i not in trig or gov.i == tok.i:
            return False
        for c in tok.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and self.actors.mention_of(c)):
                return False
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                return False
        return True

    def mention_records(self) -> list[Mention]:
        out = []
        starts = [s.start for s in self.sentences]
        si = 0
        for m in self.mentions:
            while si + 1 < len(starts) and starts[si + 1] <= m.start:
                si += 1
            out.append(
                Mention(
                    self.doc.doc_id, si, self.doc.text[m.start : m.end], m.ref.code, m.start, m.end
                )
            )
        return out


def run_document(
    doc: Document,
    registry: ActorRegistry | None = None,
    date: str | None = None,
    nlp: Pipeline | None = None,
    lexicon: Lexicon | None = None,
    background: bool = False,
) -> tuple[Extraction, list[TriggerHit]]:
    """Extraction plus every trigger hit (for sentence-level labels in evaluation)."""
    reg = registry if registry is not None else default_registry()
    run = _Run(doc, reg, date, lexicon, background)
    run.run(nlp if nlp is not None else load_nlp())
    extraction = Extraction(doc, run.sentences, run.events, run.claims, run.mention_records())
    return extraction, run.hits


def extract_document(
    doc: Document,
    registry: ActorRegistry | None = None,
    date: str | None = None,
    nlp: Pipeline | None = None,
    lexicon: Lexicon | None = None,
    background: bool = False,
) -> Extraction:
    """Events, claims and actor mentions of one document.

    ``registry`` defaults to ``ActorRegistry.default()``; ``date`` (YYYY-MM-DD) stands in for a
    document without its own date, for actor terms in office and relative time expressions;
    ``nlp`` defaults to :func:`load_nlp`; ``lexicon`` (from :func:`load_lexicon`, built-in plus
    user trigger files) defaults to the built-in one; ``background=True`` also keeps the
    scene-setting events of sentences that report other news (see the module doc; they get 0.6x
    confidence). Pure: the same inputs give the same records.
    """
    return run_document(doc, registry, date, nlp, lexicon, background)[0]
