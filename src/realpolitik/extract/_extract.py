"""extract_document: one document in, sentences, events, claims and actor mentions out.

One parse per paragraph, one registry scan per document, then per sentence: triggers
(``_triggers``), control folding, parties (``parties.POLICY``), factuality and code
(``factuality``, ``_codebook``), salience (``salience``), date. Everything is a pure function of
(document, registry, date, trigger lexicon).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from realpolitik.extract import _asides, _fates
from realpolitik.extract._accepted_invitations import accepted_invitation_code
from realpolitik.extract._act_coding import code_and_factuality, obligations
from realpolitik.extract._asides import aside_without_target, idle_hedge, scene_clause
from realpolitik.extract._asked_conjuncts import fold_asked_conjuncts
from realpolitik.extract._bare_protests import own_protest_target
from realpolitik.extract._causative_orders import drop_causing_orders
from realpolitik.extract._compass_places import drop_compass_places
from realpolitik.extract._conditions import CONDITION_WORDS, in_condition
from realpolitik.extract._dated_participles import dated_participle
from realpolitik.extract._dateline import dateline_state
from realpolitik.extract._done_so import AskedActs
from realpolitik.extract._filed_people import filed_people
from realpolitik.extract._folding import leaves_open
from realpolitik.extract._future_money import compared_relative
from realpolitik.extract._igo_seats import seat_bodies
from realpolitik.extract._joined_protests import manner_statement
from realpolitik.extract._lexicon import Lexicon, lexicon
from realpolitik.extract._members import suspends_no_member
from realpolitik.extract._mentions import Arg, DocActors
from realpolitik.extract._named_firms import named_firms
from realpolitik.extract._named_people_states import drop_states_in_names
from realpolitik.extract._news_beside import news_beside
from realpolitik.extract._nlp import load_nlp, paragraphs, prepare_text, repair_parse
from realpolitik.extract._noun_subjects import aside_noun
from realpolitik.extract._other_bearers import drop_other_bearers
from realpolitik.extract._passed_over import unfulfilled
from realpolitik.extract._performed_acts import manner_call, performed_in_contact
from realpolitik.extract._quoted_maxims import quoted_maxim
from realpolitik.extract._received_guests import received_guests
from realpolitik.extract._restated_objects import restated_object
from realpolitik.extract._ruled_out import unrequested_rule_outs
from realpolitik.extract._set_off_participles import supplied_aside
from realpolitik.extract._shared_demonyms import shared_demonyms
from realpolitik.extract._signed_purchases import act_lemma, signing_beside
from realpolitik.extract._speaker_acts import rehang_speaker_acts
from realpolitik.extract._state_protests import negated_complaint
from realpolitik.extract._subject_pair import paired_objects, subject_pair
from realpolitik.extract._syntax import LIGHT_VERBS
from realpolitik.extract._tit_for_tat import answered_in_kind
from realpolitik.extract._titled_names import titled_names
from realpolitik.extract._tree import remember_text, sentence_forms
from realpolitik.extract._triggers import (
    Found,
    find_triggers,
    fold_control,
    fold_protest_aims,
    fold_requested,
    plover_of,
)
from realpolitik.extract._unacted_nouns import unacted
from realpolitik.extract._unnamed_attackers import result_participle
from realpolitik.extract._vowed_retaliation import fold_vowed_retaliation
from realpolitik.extract._writer_advice import writer_advice
from realpolitik.extract.batched import parse_spans, scan_mentions
from realpolitik.extract.claims import find_claims
from realpolitik.extract.confidence import BACKGROUND, NAMED_DOER, event_confidence
from realpolitik.extract.dates import event_date
from realpolitik.extract.factuality import factuality_of
from realpolitik.extract.parties import (
    POLICY,
    Candidates,
    EarlierAct,
    Policy,
    SentenceParties,
    Step,
    assign_parties,
    trace_parties,
)
from realpolitik.extract.parties.accused_acts import accused_act, accused_news
from realpolitik.extract.parties.borne_messages import borne_message
from realpolitik.extract.parties.context_referents import told_words
from realpolitik.extract.parties.drawn import drawn_from_another
from realpolitik.extract.parties.message_content import carried_content
from realpolitik.extract.parties.reason_clauses import judged_reason
from realpolitik.extract.salience import (
    depth,
    diplomatic_protest,
    hosted_act,
    is_background,
    non_event,
    object_of_trigger,
    unfold_commentary,
    voiced_alongside,
)
from realpolitik.models import (
    Claim,
    DatePrecision,
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
    from spacy.tokens import Doc, Span

    from realpolitik.actors import ActorRegistry
    from realpolitik.extract.seams import Pipeline


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


class _Run:
    """State of one document's extraction."""

    def __init__(
        self,
        doc: Document,
        registry: ActorRegistry,
        date: str | None,
        lex: Lexicon | None = None,
        background: bool = False,
        policy: Policy = POLICY,
    ) -> None:
        self.doc = doc
        self.policy = policy
        self.background = background
        self.date = doc.date or date
        self.text = prepare_text(doc.text)
        self.lex = lex if lex is not None else lexicon()
        self.mentions = scan_mentions(registry, self.text, self.date)  # long texts in pieces
        self.mentions = drop_other_bearers(self.text, self.mentions)  # "Carlos Chavez ... Chavez"
        self.mentions = drop_compass_places(self.text, self.mentions)  # "North-Western province"
        self.mentions = drop_states_in_names(self.text, self.mentions)  # "Minister Ana Chad"
        self.mentions = titled_names(self.text, self.mentions)  # "Minister X of Peru ... X"
        dateline = dateline_state(registry, doc.text, self.date)
        self.mentions = filed_people(self.text, self.mentions, dateline)  # "... met Boateng"
        self.mentions = named_firms(self.text, self.mentions, registry, self.date)  # "the company"
        self.mentions = shared_demonyms(self.text, seat_bodies(self.text, self.mentions), dateline)
        self.actors = DocActors(self.mentions, self.lex.sectors)
        self.actors.dateline = dateline
        self.sentences: list[Sentence] = []
        self.events: list[Event] = []
        self.claims: list[Claim] = []
        self.hits: list[TriggerHit] = []
        self.earlier: list[EarlierAct] = []  # acts of the sentences read so far
        self.asked = AskedActs()  # the acts the last sentence asked for
        self.traces: list[tuple[str, list[Step]]] | None = None  # set to a list to trace
        self.fates: list[_fates.Fate] | None = None  # set to a list to record (``_fates``)

    def run(self, nlp: Pipeline) -> None:
        for pstart, pdoc in parse_spans(nlp, self.text, paragraphs(self.text)):
            self.paragraph(pstart, pdoc)  # bounded batches: a 20 MB text is never one parse

    def paragraph(self, pstart: int, pdoc: Doc) -> None:
        """The rule stages over one parsed paragraph that starts at ``pstart`` in the document;
        paragraphs come in order (``batched`` feeds them from a parse of many documents)."""
        remember_text(pdoc, self.text, pstart)  # (what the parse read: no ``Doc.text`` join)
        self.actors.bind(pdoc, pstart)
        for sent in pdoc.sents:
            start = pstart + sent.start_char
            end = pstart + sent.end_char
            idx = len(self.sentences)
            self.sentences.append(
                Sentence(self.doc.doc_id, idx, start, end, self.doc.text[start:end])
            )
            self._sentence(sent, idx, start, end)

    def extraction(self) -> Extraction:
        return Extraction(
            self.doc, self.sentences, self.events, self.claims, self.mention_records()
        )

    def _sentence(self, sent: Span, idx: int, start: int, end: int) -> None:
        repair_parse(sent)
        self.actors.note_subjects(sent.start, sent.end - 1)  # (subjects the repair made)
        self.actors.forget()  # (answers kept from the parse before its repair: ``_resolve_memo``)
        found = find_triggers(sent, self.lex, LIGHT_VERBS)
        drop_causing_orders(found)  # "ordered them deported": the deportation (lex27)
        found = self.asked.done(sent, obligations(sent, found))  # "X did so": the asked act
        received_guests(sent, found, self.actors, self.lex)  # "Ruto received Ishiba" (l23)
        if found:
            rehang_speaker_acts(found, self.actors)
            fold_control(found, LIGHT_VERBS)
            fold_vowed_retaliation(found)  # "vowed to retaliate by expelling": one threat (l30)
            fold_asked_conjuncts(found)  # "to try them or send them home" (lex27, RQ)
            unrequested_rule_outs(found, self.earlier, idx, self.actors)  # nothing asked: denied
            fold_requested(found)
            fold_protest_aims(found)
            unfold_commentary(found, self.actors)
            self._events(sent, found, idx, start, end)
        two = subject_pair(sent, self.actors)  # "X and Y have rarely been close" (parties57)
        two = two or paired_objects(sent, self.actors)  # "paired X with Y" (parties58)
        if two is not None:
            self.actors.pair.note_subjects(two, start, end)
        starts = self.actors.starts
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end, lo)
        spans = [(m.start, m.end, m.ref) for m in self.mentions[lo:hi]]
        if spans:
            self.claims += find_claims(
                sent, spans, self.doc.doc_id, idx, self.date, factuality=factuality_of,
                sent_start=start, sent_text=self.text[start:end],
            )  # fmt: skip

    def _events(self, sent: Span, found: list[Found], idx: int, start: int, end: int) -> None:
        trig = {f.tok.i for f in found if not leaves_open(f)}
        by_tok = {f.tok.i: f for f in found}
        ctx = SentenceParties(sent, self.actors, self.text, start, end, by_tok, self.policy)
        ctx.earlier = tuple(self.earlier)
        ctx.index = idx
        folded = {f.tok.i for f in found if f.absorbed}
        for f in found:
            if (
                (
                    object_of_trigger(f, trig, self.actors)
                    and manner_call(f.tok) is None
                    and not unfulfilled(f.tok)  # "threat to V Y, never carried out" (fact27)
                )
                or non_event(f, trig, self.actors)
                or (f.entry.pos == "V" and carried_content(f.tok, trig))  # (fact29, BM)
                or suspends_no_member(f, self.actors)
                or negated_complaint(f)  # "protested that the men had not been allowed" (lex30)
                or restated_object(f, by_tok)  # "to offer her sympathy": one act (c36, K)
                or manner_statement(f, by_tok)  # "joined the protest in a statement" (p54)
            ):
                f.absorbed = True
        sent_text = self.doc.text[start:end]
        parsed = self.text[start:end]  # what the parse read: ``sent.text``, without the join
        evidence: Evidence | None = None
        seen: set[tuple[int, str, str]] = set()
        events: list[tuple[bool, bool, Event]] = []
        origins: list[Found] = []  # the trigger of each event
        acts: list[EarlierAct] = []
        fate = _fates.recorder(self.fates, sent, (start, end), trig, self.actors)
        for f in found:
            if f.absorbed:
                fate(f, _fates.FOLDED if f.tok.i in folded else _fates.ABSORBED)
                continue
            back = is_background(hosted_act(f.tok, f.code), trig)
            back = back and not voiced_alongside(f.tok, f.code) and not drawn_from_another(f.tok)
            back = back and not performed_in_contact(f.tok, f.code, f.entry.pos == "N")
            back = back and not news_beside(f.tok, f.code)  # "..., handing them to" (lex29)
            back = back and not borne_message(f.tok, f.entry.pos == "N")  # (parties28)
            back = back and not supplied_aside(f.tok)  # "X, supplied with drones by Y, ..."
            back = back and not answered_in_kind(f.tok)  # "... after Y expelled its envoy" (l30)
            fact = code_and_factuality(f, ctx)
            got = assign_parties(f, ctx)
            if self.traces is not None:
                self.traces.append((f.tok.text, trace_parties(f, ctx)))
            pairs = tuple(p for p in got.pairs or () if not _partyless(f.code, *p))
            charged = accused_act(f.tok)  # (the charge: no act a later "it" refers to)
            if charged:  # "accused X of detaining Y's fishermen": X's act, reported (AC)
                back = not accused_news(f.tok, f.code, pairs)
                fact = "reported" if fact == "asserted" else fact
            elif judged_reason(f.tok):  # "condemned X for detaining Y's fishermen" (parties28)
                back = back or not accused_news(f.tok, f.code, pairs, judged=True)
            self.hits.append(TriggerHit(idx, f.code, fact, depth(f.tok), bool(pairs)))
            if not pairs:
                fate(f, _fates.NO_PARTIES)
                continue
            date, precision, reference = event_date(sent, f.tok, self.date, text=parsed)
            if reference:  # "the 1953 armistice": an old act named, not a new event
                fate(f, _fates.REFERENCE, pairs)
                continue
            if evidence is None or evidence.trigger != f.tok.text:
                evidence = Evidence(sent_text, start, end, f.tok.text)
            coded = [
                (src, tgt, accepted_invitation_code(
                    f, diplomatic_protest(f, src, self.actors), (src, tgt), self.earlier, idx))
                for src, tgt in pairs
            ]  # fmt: skip
            coded = [(s, own_protest_target(c, s, t), c) for s, t, c in coded]  # (lex23)
            if f.entry.back:  # "A:B" rows: the target answers ("left for X": X hosts, 033)
                coded += [(tgt, src, f.entry.back) for src, tgt in pairs if tgt is not None]
            signed = signing_beside(f.tok, f.code)  # "signed a contract to buy": both (c40)
            if signed is not None:
                coded += [(src, tgt, signed) for src, tgt in pairs if tgt is not None]
            for src, tgt, code in coded:
                key = (f.tok.i, src.ref.code, tgt.ref.code if tgt else "")
                if code == signed:
                    key = (f.tok.i, src.ref.code, f"{key[2]} {code}")
                if key in seen:
                    continue
                seen.add(key)
                when = (date, precision)
                event = self._event(f, code, (src, tgt), got, fact, back, idx, evidence, when)
                if fact != "negated" and not src.ref.code.startswith("---") and not charged:
                    order = idx * 10_000 + f.tok.i  # (sentence, token)
                    to = tgt.ref if tgt is not None else None
                    lemma = act_lemma(f.tok)  # ("signed a deal to buy": "buy", clauses37)
                    act = EarlierAct(lemma, code[:2], src.ref, order, to, back)
                    act = told_words(act, f.tok, tgt)  # (for a later paragraph's "them")
                    acts.append(act)
                events.append((back, src.quality >= NAMED_DOER, event))
                origins.append(f)
        # news: a foreground event whose doer is named, not guessed ("analysts" -> a country)
        news = any(not back and named for back, named, _ in events)
        # an aside with no target is no news even when nothing else is (``_asides``)
        by_origin = list(zip(events, origins, strict=True))
        heads = {f.tok.i for (b, _, _), f in by_origin if not b}  # foreground triggers
        quiet = [
            (
                b
                and (
                    news
                    or scene_clause(hosted_act(f.tok, f.code))
                    or accused_act(f.tok)
                    or result_participle(f.tok, heads)
                )
            )
            or aside_without_target(f.tok, e)
            or idle_hedge(f.tok, e)
            or writer_advice(f.tok)  # "Both governments should sign ...": an op-ed's (c43, F)
            or _asides.unasked_refusal(f.tok, e)
            or (f.entry.pos == "N" and aside_noun(f.tok, trig))  # (lex22, NA)
            or unacted(f.tok, f.entry.pos)  # reviewed, tempted to, judged (lex23, NA)
            or compared_relative(f.tok)  # "the largest loan X has granted ..." (clauses39, C)
            or dated_participle(f.tok)  # "the student killed in CAPITAL in 2016" (c40, B)
            or quoted_maxim(f.tok)  # "said X 'does not shelter thieves'" (clauses40, B)
            for (b, _, e), f in by_origin
        ]
        self.events += [
            e for q, (_, _, e) in zip(quiet, events, strict=True) if self.background or not q
        ]
        self.earlier += acts
        supposed = (
            {idx * 10_000 + o.tok.i for o in found if in_condition(o.tok)}
            if not CONDITION_WORDS.isdisjoint(sentence_forms(sent))
            else set()  # (no "if", "unless" or inverted auxiliary: no condition to walk up to)
        )
        self.actors.pair.note(acts, start, end, supposed)  # (not "Were Z1 to V Z2, ...": p57)
        self.actors.forget()  # ("the two countries" may name a new pair)
        for q, ((_, _, e), f) in zip(quiet, by_origin, strict=True):
            gate = _fates.BACKGROUND if q and not self.background else _fates.KEPT
            fate(f, gate, event=e)

    def _event(
        self,
        f: Found,
        code: str,
        pair: tuple[Arg, Arg | None],
        got: Candidates,
        fact: Factuality,
        back: bool,
        idx: int,
        evidence: Evidence,
        when: tuple[str | None, DatePrecision],
    ) -> Event:
        src, tgt = pair
        c = cameo(code)
        ptype, pmode = plover_of(f.entry, code) if code == f.code else (c.plover, c.mode)
        confidence = event_confidence(
            f.code, f.entry.specificity, src.quality, tgt.quality if tgt else None, got.path
        )
        return Event(
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
            date=when[0],
            date_precision=when[1],
            evidence=evidence,
            confidence=confidence * (BACKGROUND if back else 1.0),
        )

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
    *,
    policy: Policy = POLICY,
) -> tuple[Extraction, list[TriggerHit]]:
    """Extraction plus every trigger hit (for sentence-level labels in evaluation); ``policy``
    is the party-assignment policy (``parties.POLICY``, or one less a stage to see its effect)."""
    reg = registry if registry is not None else default_registry()
    run = _Run(doc, reg, date, lexicon, background, policy)
    run.run(nlp if nlp is not None else load_nlp())
    return run.extraction(), run.hits


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
    scene-setting events of sentences that report other news (see ``salience``; they get 0.6x
    confidence). Pure: the same inputs give the same records.
    """
    return run_document(doc, registry, date, nlp, lexicon, background)[0]


_NO_ACTOR = "---"


def _partyless(code: str, src: Arg, tgt: Arg | None) -> bool:
    """ "Fighting between the army and rebels killed 30 people": force whose doer is no actor at
    all (``---``, not even a sector) acting on no state's actor is an event with no party; it
    never comes out (leftovers58)."""
    if code[:2] not in _FORCE_ROOTS:
        return False  # ("Hundreds protested against the deal": a crowd's dissent stays, lex23)
    return src.ref.code == _NO_ACTOR and (tgt is None or tgt.ref.code[:3] == _NO_ACTOR)


# Roots of force, whose doer is the party the act is about (a crowd's protest, 14, stays).
_FORCE_ROOTS = frozenset({"18", "19", "20"})


def explain_parties(
    doc: Document,
    *,
    registry: ActorRegistry | None = None,
    nlp: Pipeline | None = None,
    policy: Policy = POLICY,
) -> list[tuple[str, list[Step]]]:
    """For each trigger of ``doc`` that could be an event (in order): its text and what every
    party stage did to its candidates. For reading why a slot got its actor."""
    reg = registry if registry is not None else default_registry()
    run = _Run(doc, reg, None, None, True, policy)
    run.traces = []
    run.run(nlp if nlp is not None else load_nlp())
    return run.traces
