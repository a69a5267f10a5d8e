"""Readers: pure functions from a trigger's tokens to the actors its syntax names.

Stages (``verbs``, ``nouns``, ``context``) decide which reader fills which slot and in what
order; the readers only know grammar: a verb's subject (or passive agent, or its governor's
subject), the owner of a moved thing, the doer inside an event noun phrase, the first actor deep
in a phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._accused_conjunct import verb_above
from realpolitik.extract._dependents import conjuncts, to_infinitive
from realpolitik.extract._held_back import held_back_verb, intending_verb
from realpolitik.extract._instruments import WEAPONS
from realpolitik.extract._means import ANSWERED_PREPS, RESPONSE_VERBS
from realpolitik.extract._mentions import Arg, DocActors
from realpolitik.extract._misread_subjects import misread_subject
from realpolitik.extract._pending_acts import pending_verb
from realpolitik.extract._resisted_calls import resisting_doer_verb
from realpolitik.extract._stated_intents import orders_own_forces
from realpolitik.extract._syntax import (
    active_after_passive,
    child,
    pobjs,
)
from realpolitik.extract._words import EVIDENTIAL, OWNER_PRONOUNS
from realpolitik.extract.confidence import OWNER
from realpolitik.extract.factuality import CAPABLE, POSSIBLE_GOVERNORS
from realpolitik.extract.parties.accused_acts import accused_doer
from realpolitik.extract.parties.reason_clauses import judged_doer

if TYPE_CHECKING:
    from spacy.tokens import Token


# Predicates whose passive subject does their infinitive's act: "X is expected to visit",
# "is poised to strike", "is scheduled to meet", "is well placed to host" (not requests: "X was
# urged to leave"); so do the evidential passives "X is said / reported / believed to have sent"
# (fact24).
# "X is resolved / was determined to strike Y": the resolved party acts (leftovers36).
_RESOLVED = frozenset({"resolve", "determine", "determined"})
_RAISING = (
    POSSIBLE_GOVERNORS | CAPABLE | EVIDENTIAL | _RESOLVED | {"schedule", "slate", "force"}
) - {
    "ask",
    "urge",
    "invite",
    "encourage",
    "persuade",
    "call",
    "demand",
}
_REL_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
# Verbs of appeal whose object is asked to do their infinitive's act ("asked X to press for
# observers"): the act is the appeal's content, aimed nowhere of its own (lex15, RQ).
_APPEALING = frozenset({"invite", "urge", "ask", "encourage", "persuade", "implore", "beg"})


def _called_on(verb: Token) -> Token | None:
    """ "Called on X to stop deporting ...": X, the one asked, does the infinitive's act, as
    the object of "urged X to" does (lex25: the deporting was the caller's own)."""
    if verb.lemma_.lower() != "call":
        return None
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    return None if on is None else child(on, "pobj")


# "invited the pope to visit Nairobi": the guest visits, whether or not placed, never the host
# (an unplaced object of "urge" / "ask" still lends its act to the appeal it folds into).
_INVITE = "invite"
# "summoned Y's ambassador to demand an explanation / to protest": the summons' infinitive is
# its purpose, the summoner's own act, never the envoy's (parties47: fresh23's G).
_SUMMONING = frozenset({"summon"})
# A verb without a subject of its own borrows its governor's through these arcs ("agreed to
# deepen", "met and signed", "..., killing 20"). Never through a reported clause (ccomp): in "X
# said that troops were sent to Y" the speaker is not the sender.
_SUBJ_INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
# "X appears / seems determined to strike Y": the predicate adjective of a verb of seeming
# lends X to its infinitive as "is determined to" does (leftovers36).
_SEEMING = frozenset({"appear", "seem", "remain", "look", "become", "grow"})


def first(actors: DocActors, toks: list[Token]) -> list[Arg]:
    """The actors of the first token in ``toks`` that names any."""
    for t in toks:
        got = actors.resolve(t)
        if got:
            return got
    return []


def partners_first(found: list[tuple[str, Token]]) -> list[Token]:
    """ "celebrated at X with Y": "at" is mostly a place, so the other phrases come first."""
    return [p for _, p in sorted(found, key=lambda x: x[0] == "at")]


def subject(actors: DocActors, tok: Token, depth: int = 0) -> tuple[list[Arg], int]:
    """Source of a verb and the arcs to it: its subject, the passive agent, or its governor's."""
    for _, p in pobjs(tok, ("by",)):
        if any(c.dep_ == "agent" for c in tok.children):
            # "struck by missiles fired by X": a weapon's user is the agent
            used = [q for a in p.children if a.dep_ == "acl" for _, q in pobjs(a, ("by",))]
            got = actors.resolve(p) or first(actors, used)
            if got:
                return got, 2
    if tok.tag_ == "VBN":  # "supplied with drones by X / from X": the agent hung on the object
        for prep, p in pobjs(tok, ("with", "to", "from")):
            preps = ("by", "from") if prep == "with" else ("by",)
            agents = [q for _, q in pobjs(p, preps)]
            agents += [q for a in p.children if a.dep_ == "acl" for _, q in pobjs(a, ("by",))]
            got = first(actors, agents)  # "armed with missiles supplied by X"
            if got:
                return got, 2
    if own_posture(tok):
        return actors.resolve(tok.head), 2  # "soldiers dug in near X": the soldiers dig in
    if passive_participle(tok):
        return [], 0  # "Indonesia, armed with missiles, ...": Indonesia is armed, not arming
    subj = child(tok, "nsubj") or misread_subject(tok)
    if subj is not None:
        if subj.lower_ in _REL_PRONOUNS and tok.dep_ == "relcl":
            return actors.resolve(tok.head), 2
        got = actors.resolve(subj)
        if got and conjuncts(subj) and not any(a.tok == subj.i for a in got):
            got = _titled_first(actors, subj) + got  # "President X and Togo's President Y"
        if got:
            return got, 1
        return theme_owner(actors, subj), 2
    if tok.dep_ == "xcomp" and depth < 3:  # "invited Putin to visit": the object visits
        obj = child(tok.head, "dobj") or _called_on(tok.head)
        if obj is not None and orders_own_forces(tok.head):
            obj = None  # "ordered troops to attack": the commander's state acts (lex10)
        if obj is not None and tok.head.lemma_.lower() in _SUMMONING:
            obj = None  # "summoned Y's envoy to demand ...": the summoner demands (parties47)
        asked = obj is None and tok.head.lemma_.lower() in _APPEALING  # (lex16)
        if obj is None and (tok.head.lemma_.lower() in _RAISING or asked):
            obj = child(tok.head, "nsubjpass")  # "X is expected / poised / was invited to ..."
        if obj is not None:
            got = actors.resolve(obj)
            if got:
                return got, 2
            if tok.head.lemma_.lower() == _INVITE or asked:
                return [], 0  # "invited the pope to visit": the pope, of no state, visits
    if infinitive_of_raising(tok) and depth < 3:  # "is set to expel" parsed as an adverbial
        obj = child(tok.head, "nsubjpass")
        if obj is not None:
            got = actors.resolve(obj)
            if got:
                return got, 2
    if tok.dep_ == "conj" and active_after_passive(tok):
        # "X has been indicted by the court and will resign": X resigns, not the court
        got = actors.resolve(child(tok.head, "nsubjpass") or tok.head)
        if got:
            return got, 2
    if child(tok, "nsubjpass") is not None and tok.dep_ != "conj":
        return [], 0  # "after the embassy was attacked": a passive with no agent names no doer
    accused = accused_doer(tok)
    if accused is not None:  # "accused X of detaining ...": X detains (class AC)
        got = actors.resolve(accused)
        if got:
            return got, 2
    judged = judged_doer(tok)
    if judged is not None:  # "condemned X for detaining ...": X detains (parties28)
        got = actors.resolve(judged)
        if got:
            return got, 2
    means = by_means_governor(tok)
    if means is not None and depth < 3:  # "responded by expelling X": who responded expels
        got, path = subject(actors, means, depth + 1)
        return got, path + 2
    held = (
        (
            held_back_verb(tok)
            or intending_verb(tok)
            or pending_verb(tok)
            or resisting_doer_verb(tok)
        )
        if depth < 3
        else None
    )
    if held is not None:  # "X stopped short of / refrained from recalling", "X had no intention
        # of invading", "X has no plans to / is in talks to V": X's act (fact24, leftovers22)
        got, path = subject(actors, held, depth + 1)
        return got, path + 2
    if depth < 3 and _trailing_after_control(tok):
        # "ordered a Y envoy to leave the country, accusing him of ...": the orderer accuses,
        # not the envoy the infinitive's subject is (parties27: fresh14's PR)
        got, path = subject(actors, tok.head.head, depth + 1)
        return got, path + 2
    seeming = tok.dep_ == "oprd" and tok.head.lemma_.lower() in _SEEMING
    if depth < 3 and (tok.dep_ in _SUBJ_INHERIT or seeming) and tok.head.i != tok.i:
        # "accused X of moving troops and put its army on alert": the accuser puts (context17)
        got, path = subject(actors, verb_above(tok), depth + 1)
        return got, path + 1
    if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBG"):
        return actors.resolve(tok.head), 2
    return [], 0


_APPEAL_CLIMB = 3


def _trailing_after_control(tok: Token) -> bool:
    """A participle set off by a comma after an infinitive whose subject is its governor's
    object ("ordered X to leave, accusing him"), or its "on" object ("called on X to V,
    warning of sanctions": practice24's PC), or after a demand's that-clause ("demanded that Y
    free the sailors, warning ...": practice24's TH): the participle hangs on the infinitive
    or the clause's verb but tells what the governor's subject did."""
    head = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i < head.i:
        return False
    if tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return False
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in _DEMANDING:
        # "demanded that Y free the sailors, warning that ...": the demander warns (p24 TH)
        demander = (
            head.head if head.head.dep_ != "conj" else head.head.head
        )  # ("went and demanded")
        return child(head, "nsubj") is not None and child(demander, "nsubj") is not None
    if head.dep_ != "xcomp":
        return False
    controller = child(head.head, "dobj") or _called_on(head.head)  # ("called on X to V": p24)
    return controller is not None and child(head.head, "nsubj") is not None


# Verbs whose that-clause tells what another party must do ("demanded that Y withdraw").
_DEMANDING = frozenset({"demand", "urge", "ask", "request"})


def appealed_act(tok: Token) -> bool:
    """ "asked India's prime minister to use the chairmanship to press for more observers": the
    act inside an appeal is its content, done (if ever) by the one asked, so it has no home
    target of its own guessed (never X -> X; lex15, RQ)."""
    linked = False
    for _ in range(_APPEAL_CLIMB):
        if tok.dep_ not in ("xcomp", "advcl", "conj") or tok.head.i == tok.i:
            return False
        linked = linked or tok.dep_ == "xcomp"
        tok = tok.head
        if tok.lemma_.lower() in _APPEALING:
            return linked
    return False


def _titled_first(actors: DocActors, subj: Token) -> list[Arg]:
    """ "President Lina Vesk and her Togolese counterpart Kofi Temba signed": a first conjunct
    named by title and a name the tables lack is one more maker, as yet of no state (the pair
    stages place it, by the dateline or the story, never in the counterpart's state)."""
    return [a for a in theme_owner(actors, subj) if a.ref.code.startswith("---")]


def by_means_governor(tok: Token) -> Token | None:
    """The verb whose means a gerund names: "Vietnam responded / retaliated by expelling X",
    "marked the anniversary by signing a deal" (class BY of fresh5): the gerund's doer is that
    verb's subject. An active governor only ("was punished by losing" names no doer)."""
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or prep.lower_ != "by" or prep.dep_ != "prep":
        return None
    gov = answering_verb(prep.head) or prep.head
    if gov.pos_ not in ("VERB", "AUX") or child(gov, "nsubjpass") is not None:
        return None
    return gov


def answering_verb(noun: Token) -> Token | None:
    """ "Kenya answered Uganda's move by offering talks", "responded to the closure by
    offering talks": the parser hangs the means on what is answered; it is the means of the
    verb of response (never of the answered act: a gerund is no one's agent)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj"):
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ not in ANSWERED_PREPS:
        return None
    return verb if verb.lemma_.lower() in RESPONSE_VERBS else None


def infinitive_of_raising(tok: Token) -> bool:
    """ "X is set to expel ...": the parser may hang the infinitive of a raising predicate as an
    adverbial clause (advcl with "to") instead of its complement; it is the complement."""
    return (
        tok.dep_ == "advcl"
        and tok.head.lemma_.lower() in _RAISING
        and to_infinitive(tok)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def passive_participle(tok: Token) -> bool:
    """ "Indonesia, armed with missiles, ...", "the troops, trained by X, ...": a past
    participle adjunct without auxiliaries or a subject of its own is passive: the noun it
    describes undergoes the act."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)
        and not own_posture(tok)
    )


# Phrasal verbs with no object whose participle states the posture of the noun it modifies,
# never an act done to it: "Serbian soldiers dug in near X" (read as "soldiers [that were] dug
# in") are the soldiers digging in (lex14).
_OWN_POSTURE = frozenset({"dig", "hole"})


def own_posture(tok: Token) -> bool:
    """A participle of :data:`_OWN_POSTURE` with its particle, hung on the noun that does it."""
    return (
        tok.dep_ == "acl"
        and tok.lemma_.lower() in _OWN_POSTURE
        and any(c.dep_ == "prt" for c in tok.children)
        and not any(c.dep_ == "dobj" for c in tok.children)
    )


def hung_agents(verb: Token, same: frozenset[int] = frozenset()) -> list[Token]:
    """ "Condemned the attack on C by B", "criticised the deal with X signed by B": a "by"
    phrase the parser hung on a reacting verb, or on a participle it read as the verb's own
    adverbial clause (no subject of its own, after the object), names the reacted act's doer."""
    found = [p for _, p in pobjs(verb, ("by",))]
    for k in verb.children:
        if k.dep_ == "advcl" and k.tag_ == "VBN" and k.i > verb.i and passive_participle(k):
            found += [p for _, p in pobjs(k, ("by",))]
        if k.dep_ == "prep" and k.i > verb.i:  # "denounced tariffs on X imposed by B"
            found += [
                q
                for p in k.children
                if p.dep_ == "pobj"
                for a in p.children
                if a.dep_ == "acl" and (a.lemma_.lower() in DOING_PARTICIPLES or a.i in same)
                for _, q in pobjs(a, ("by",))
            ]
    return found


# Verbs whose participle on an event noun says it was done ("sanctions imposed by X").
DOING_PARTICIPLES = frozenset(
    {"impose", "carry", "launch", "conduct", "announce", "order", "issue", "wage", "mount",
     "stage", "undertake", "deliver", "provide", "extend", "lodge", "file", "level", "unveil",
     "introduce", "adopt", "enforce", "declare", "slap"}
)  # fmt: skip


def theme_owner(actors: DocActors, theme: Token) -> list[Arg]:
    """The country that owns a moved thing: "North Korean arms" -> PRK; "its drones" -> the state
    "its" refers to ("Uganda said its drones had struck Y", fact24)."""
    for c in theme.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod"):
            m = actors.mention_of(c)
            if m is not None:
                return [Arg(m.ref, OWNER, c.i)]
            if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS and _craft(theme):
                got = [a for a in actors.resolve(c) if a.ref.country]
                if len(got) == 1:
                    return [Arg(got[0].ref, OWNER, c.i)]
    return []


# Craft a state's forces act with, besides the weapons: "its gunboats / warships had fired on Y".
_CRAFT = WEAPONS | {"warship", "gunboat", "frigate", "vessel", "ship", "boat", "submarine", "plane"}


def _craft(noun: Token) -> bool:
    """A weapon or craft ("its drones"), whose "its" is read; not "its decision" (no doer)."""
    return noun.lemma_.lower() in _CRAFT


def agent_of(actors: DocActors, noun: Token) -> list[Arg]:
    """The doer named inside an event noun phrase: possessor, modifier, "by" or "of" phrase."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod") and c.i < noun.i:
            got = actors.resolve(c)
            if got:
                return got
    for _, p in pobjs(noun, ("by", "of", "from")):
        got = actors.resolve(p)
        if got:
            return got
    return []
