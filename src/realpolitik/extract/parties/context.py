"""Stages that read beyond the trigger's own phrase: other triggers of the sentence, its clauses.

A demand noun's clause names whom it asks; a control verb takes its embedded act's target; a
speech verb around another event is that event's source of report, not an event; an event noun
that another trigger reacts to is what the reaction is about. Who reports an act is read in
``report_frames``, an act done in response in ``response_targets`` (both re-exported here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._hosted_talks import hosted_pair
from realpolitik.extract._mediating import mediating
from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import LIGHT_VERBS, child, for_to_clause, named_subject, pobjs
from realpolitik.extract.confidence import IN_PHRASE
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties._phrase_reading import governing_act_targets, phrase_target
from realpolitik.extract.parties._reading import first
from realpolitik.extract.parties.addressees import own_addressees
from realpolitik.extract.parties.context_earlier import bare_refusal_conjuncts
from realpolitik.extract.parties.judged_act_conjuncts import judged_act_conjuncts
from realpolitik.extract.parties.report_frames import not_the_reporter, report_frame
from realpolitik.extract.parties.response_targets import response_target
from realpolitik.extract.parties.role_places import recipient_conjuncts
from realpolitik.extract.parties.sold_assets import sold_asset_owners
from realpolitik.extract.parties.verbs import symmetric

if TYPE_CHECKING:
    from spacy.tokens import Token


def asked_to_act(s: Site, c: Candidates) -> Candidates:
    """ "Its demand that Israel ease restrictions": a demand noun asks its clause's subject;
    so does an appeal or demand verb "for" a clause with a subject ("called for Israel to
    ease") or with a that-clause naming a party ("proposed that Pakistan resume talks")."""
    if not c.sources or c.targets:
        return c
    if s.noun and s.inner is not None:
        subj = child(s.inner.tok, "nsubj", "nsubjpass")
    elif s.root in ("02", "10"):
        subj = next(
            (
                named_subject(k)
                for k in s.kids
                if (k.dep_ == "advcl" and for_to_clause(k))
                or (k.dep_ == "ccomp" and named_subject(k) is not None)
                or (s.noun and k.dep_ == "acl" and _that_clause(k))  # "the demand that X pay"
            ),
            None,
        )
    else:
        return c
    return c.with_targets(s.actors.resolve(subj) if subj is not None else [], 1)


def _that_clause(k: Token) -> bool:
    """A noun's "that" clause with a named subject ("the demand that Kenya pay ...")."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children) and (
        named_subject(k) is not None
    )


def phrase_actor(s: Site, c: Candidates) -> Candidates:
    """ "Agreed to an extension of the mandate for the force in Lebanon" -> Lebanon; "opened an
    embassy in Tehran" -> Iran: when syntax named no target, the nearest other named actor in the
    trigger's own phrase (never its subject or another clause)."""
    if not c.sources or c.targets or symmetric(s, c):
        return c  # (the doers of a symmetric act are each other's counterparts)
    avoid = s.not_parties | fronted_scenes(s.tok) | bare_refusal_conjuncts(s)
    avoid |= recipient_conjuncts(s.tok)  # "lent it to the councils and offered Y ..." (V)
    avoid |= judged_act_conjuncts(
        s.tok, s.code, s.ctx.triggers
    )  # "condemned the stabbing and called Y" (c36)
    avoid |= doer_agents(s, c)  # "was criticised by Z's embassy in CAPITAL" (p58)
    return c.with_targets(phrase_target(s.actors, s.tok, c.sources, avoid), 1)


def doer_agents(s: Site, c: Candidates) -> frozenset[int]:
    """ "The deal was condemned by Russia's embassy in Oslo": the by-phrase of a passive that
    names the act's doer is its subject, as in "Russia's embassy in Oslo condemned the deal";
    a place in it says where the doer sits, never whom the act is aimed at (parties58, fresh31's
    class B)."""
    doers = {a.tok for a in c.sources}
    return frozenset(
        k.i for k in s.kids
        if k.dep_ == "agent" and any(o.dep_ == "pobj" and o.i in doers for o in k.children)
    )  # fmt: skip


_FRONTED_SCENE_PREPS = frozenset({"in", "at", "from"})


def fronted_scenes(trigger: Token) -> frozenset[int]:
    """ "In Tbilisi, the ministry denied ...": a place phrase fronted before the subject, set
    off by a comma, is where the doer speaks or acts, never the act's target (names15, PL)."""
    subj = [k.i for k in trigger.children if k.dep_ in ("nsubj", "nsubjpass")]
    out = set()
    for k in trigger.children:
        if k.dep_ != "prep" or k.lower_ not in _FRONTED_SCENE_PREPS or k.i >= trigger.i:
            continue
        after = k.right_edge.i + 1
        comma = after < len(trigger.doc) and trigger.doc[after].text == ","
        if comma and (not subj or k.i < min(subj)):
            out.add(k.i)
    return frozenset(out)


def not_in_contrast(s: Site, c: Candidates) -> Candidates:
    """ "Unlike Qatar, Oman imposed sanctions on X", "Japan, like Korea, condemned X": a state
    named only to compare the party with is never its doer or target (the parser often makes a
    fronted "Unlike Qatar," the subject, conjoined with the real one)."""
    avoid = s.ctx.contrasts
    if not avoid:
        return c
    return c.without_tokens(avoid)


# Controllers aimed at the party of the act they control: appeals, intents, demands, refusals,
# threats ("threatened to attack X" threatens X) and protests ("rallied to demand that X ...").
# Not help: "helped to recapture Kursk from Ukrainian forces" helps no Ukrainian.
_SAME_PARTY_ROOTS = frozenset({"02", "03", "10", "12", "13", "14"})
# Verbs of permission: refusing to permit an act refuses whoever would do it.
PERMIT_VERBS = frozenset({"allow", "let", "permit"})
_REJECT = "12"


@acts_on(noun=False, roots=(_REJECT,))
def permitted_party(s: Site, c: Candidates) -> Candidates:
    """ "Ghana refused to allow an AU delegation to visit", "would not let UN inspectors enter
    the camp": a refusal to permit an act targets the party that would do it (whose request it
    refuses), not the act's own target."""
    if c.targets or s.noun or s.root != _REJECT:
        return c
    verbs = [s.tok] + [k for k in s.kids if k.dep_ == "xcomp"]
    own = {key(a) for a in c.sources}
    for v in verbs:
        if v.lemma_.lower() not in PERMIT_VERBS:
            continue
        doers = [k for k in v.children if k.dep_ == "dobj"]
        doers += [
            d for k in v.children if k.dep_ in ("ccomp", "xcomp") for d in k.children
            if d.dep_ == "nsubj"
        ]  # fmt: skip
        for d in doers:  # "inspectors from the United Nations": the phrase names them
            heads = [d] + [p for _, p in pobjs(d, ("from", "of"))]
            for h in heads:
                if h.i in s.not_parties:
                    continue  # ("allow the sale of Qatar's stake": its owner, clauses38)
                got = [
                    a for a in s.actors.resolve(h)
                    if key(a) not in own and not a.ref.code.startswith("---")
                ]  # fmt: skip
                if got:
                    return c.with_targets(got, 1)
    return c


@acts_on(roots=_SAME_PARTY_ROOTS)
def inner_act_target(s: Site, c: Candidates) -> Candidates:
    """ "Egypt agreed to meet Israel", "threatened to attack X": an intent, appeal, demand,
    refusal, threat or protest with no target of its own takes the target of the act it
    controls or asks for; a refusal never its own state ("Sudan refused to reopen them": the
    pronoun read as Sudan; the refusal answers the asker, placed by later stages)."""
    inner = s.inner
    if c.targets or inner is None or s.root not in _SAME_PARTY_ROOTS:
        return c
    got = s.ctx.roles_of(inner).targets
    owners = sold_asset_owners(inner.tok)  # ("refused to approve the sale of Z's stake": c38)
    got = tuple(a for a in got if a.tok not in owners) if owners else got
    if mediating(inner.tok):  # ("A and B offered to host talks": for others, never each other;
        own = {key(a) for a in c.sources}  # parties38, practice5's ST)
        got = tuple(a for a in got if key(a) not in own)
    if s.root == _REFUSED:  # (leftovers21)
        own = {key(a) for a in c.sources}
        got = tuple(a for a in got if key(a) not in own)
    elif s.root == _APPEAL:  # ("asked for the men to be handed over to Ghanaian courts": the
        homes = {a.ref.country for a in c.sources if a.ref.country}  # goal, not the addressee;
        got = tuple(a for a in got if a.ref.country not in homes)  # parties33, fresh17's HG)
    return c.with_targets(got, 1)


_APPEAL = "02"
_REFUSED = "12"
# Prepositions that name the occasion of an appeal: "called for restraint after clashes ...".
_OCCASION_PREPS = ("after", "amid", "following", "over")


@acts_on(roots=(_APPEAL,))
def occasion_parties(s: Site, c: Candidates) -> Candidates:
    """ "X called for restraint after clashes between A and B", "urged calm amid tensions
    between A and B": an appeal with no target of its own is aimed at the parties of the act or
    situation named as its occasion (never the appealing side)."""
    if s.root != _APPEAL or c.targets or not c.sources:
        return c
    own = {key(a) for a in c.sources}
    occasions = [p for _, p in pobjs(s.tok, _OCCASION_PREPS)]
    occasions += [q for p in occasions for _, q in pobjs(p, ("of",))]  # "an exchange of fire"
    for p in occasions:
        act = s.ctx.triggers.get(p.i)
        if act is not None and act is not s.found:
            roles = s.ctx.roles_of(act)
            parties = list(roles.sources + roles.targets)
        else:  # "amid tensions between A and B", "after an exchange of fire between A and B"
            parties = first(s.actors, [q for _, q in pobjs(p, ("between",))])
        parties = [a for a in parties if key(a) not in own]
        if parties:
            return c.with_targets(parties, 1)
    return c


_PROTEST = "14"
_VENUE_PREPS = ("in", "outside", "at", "near")


@acts_on(roots=(_PROTEST,))
def protest_venue(s: Site, c: Candidates) -> Candidates:
    """ "US and British activists staged a protest in Beijing": a protest held in another
    state's capital or country is aimed at that state, not at the protesters' own."""
    if s.root != _PROTEST or not c.sources or c.targets:
        return c
    heads = [s.tok]
    gov = s.tok.head
    if s.noun and s.tok.dep_ == "dobj" and gov.lemma_.lower() in LIGHT_VERBS:
        heads.append(gov)  # "staged a protest in X"
    own = {key(a) for a in c.sources}
    for h in heads:
        for _, p in pobjs(h, _VENUE_PREPS):
            m = s.actors.mention_of(p)
            if m is None or m.kind not in ("country", "capital") or not m.ref.country:
                continue
            if m.ref.country not in own:
                return c.with_targets([Arg(m.ref, IN_PHRASE, p.i)])
    return c


@acts_on(noun=True)
def reaction_object(s: Site, c: Candidates) -> Candidates:
    """ "Y condemned an attack by X": an event noun with no target that another trigger acts on
    is what that trigger reacts to (its doer becomes the reaction's target), not an event of its
    own."""
    tok = s.tok
    if not c.pairs or not s.noun or c.targets:
        return c
    gov = tok.head
    if tok.dep_ == "pobj" and gov.dep_ in ("prep", "dative"):  # "arrived on his first visit"
        gov = gov.head
    elif tok.dep_ != "dobj":
        return c
    climbed = gov.i not in s.ctx.triggers and gov.dep_ == "xcomp" and gov.head.i in s.ctx.triggers
    if climbed:
        gov = gov.head  # "refused to commit Japan to Egypt's proposal": what the refusal is about
    if gov.i not in s.ctx.triggers or gov.i == tok.i:
        return c
    if climbed and s.ctx.triggers[gov.i].absorbed:
        return c  # "China plans to hold drills": the plan folded into the drills (leftovers31)
    if not climbed and s.root == "04" and hosted_pair(tok) is not None:
        return c  # "Qatar hosted talks between A and B": A's and B's talks (leftovers47)
    return c.with_pairs([], "reaction_object")


# Verbal acts that share the aim of the act they are conjoined with: appeals and pledges
# ("signed a security agreement with Ukraine and pledged military aid", "met X and called for
# closer cooperation"), demands, disapproval, rejections, threats.
_VERBAL_CONFLICT = frozenset({"02", "03", "10", "11", "12", "13"})


@acts_on(noun=False, roots=_VERBAL_CONFLICT)
def conjoined_act_target(s: Site, c: Candidates) -> Candidates:
    """ "Iran condemned the seizure and demanded its release", "opposed the listing and would
    take measures": a demand, disapproval, rejection or threat conjoined with another act of
    the same doer, naming no target of its own, is aimed where that act is."""
    tok = s.tok
    if not c.sources or s.noun or s.root not in _VERBAL_CONFLICT:
        return c
    if c.targets and not _own_pronouns(s, c):
        return c
    if tok.dep_ != "conj" or child(tok, "nsubj", "nsubjpass") is not None:
        return c
    if own_addressees(tok):
        return c
    got = governing_act_targets(s, c)
    if got is c and tok.head.lemma_.lower() in LIGHT_VERBS:
        act = child(tok.head, "dobj")  # "lodged a protest with Y ..., and demanded ..."
        head = s.ctx.triggers.get(act.i) if act is not None else None
        if head is not None and head is not s.found:
            own = {key(a) for a in c.sources}
            got = c.with_targets([a for a in s.ctx.roles_of(head).targets if key(a) not in own], 1)
    return got


_IT = frozenset({"it", "they", "them"})


def _own_pronouns(s: Site, c: Candidates) -> bool:
    """ "... and demanded that it be withdrawn": "it" read as the doer's own state is the
    thing of the first act (the remarks, the law), no party; the demand is aimed where the
    first act is (leftovers40)."""
    own = {a.ref.country for a in c.sources}
    doc = s.tok.doc
    return all(
        a.ref.text.lower() in _IT
        and a.ref.country in own
        and 0 <= a.tok < len(doc)
        and doc[a.tok].dep_ == "nsubjpass"  # (a thing done to: "that it be withdrawn")
        for a in c.targets
    )


__all__ = [
    "PERMIT_VERBS",
    "asked_to_act",
    "conjoined_act_target",
    "fronted_scenes",
    "inner_act_target",
    "not_in_contrast",
    "not_the_reporter",
    "occasion_parties",
    "permitted_party",
    "phrase_actor",
    "protest_venue",
    "reaction_object",
    "report_frame",
    "response_target",
]
