"""Parse shapes and word lists that decide whose act a trigger names, read off tokens alone.

Children by dependency, prepositional objects (also those the parser stranded on a reduced
clause), light verbs that only carry an event noun, partners named by "with X's help", a border
where something lies, a circumstance phrase's "with" partner ("after talks with X") and a verb
conjoined after a passive. Pure functions of tokens, used by the party stages
(``realpolitik.extract.parties``) and the codebook conventions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.actors import AUTHOR_WORDS, CRAFT_NOUNS, CRAFT_OWNER_WORDS, PROPOSAL_NOUNS
from realpolitik.extract._tree import doc_forms, has_any, tokens_with_lemma
from realpolitik.extract._words import LIGHT_VERBS
from realpolitik.extract.factuality import GIVING_UP, HELD, REPORT_GOVERNORS

__all__ = ["LIGHT_VERBS", "TARGET_PREPS", "SCENE_PREPS", "ATTRIBUTION_PREPS"]

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from realpolitik.extract._found import Found


# Prepositions whose object is the target of an act ("sent troops to X", "sanctions against X").
TARGET_PREPS = ("to", "with", "against", "on", "at", "into", "toward", "towards", "upon", "for")
# Roots that also name their target with other prepositions: conflict talk ("warned of X",
# "complained about X") and force posture ("drills near X", "warships off X").
ROOT_PREPS = {
    "11": ("of", "about", "over"),
    "13": ("of", "about"),
    "01": ("about", "of"),
    "15": ("near", "off", "around", "along"),
}


# Roots of statements, appeals, talks, agreements and aid (01-09): "at X" is where the act takes
# place ("signed a pact at the White House", "met at the foreign ministry in Madrid"), never
# whom it is done to; acts aimed at someone ("fired at", "protested at") keep "at".
VENUE_AT_ROOTS = frozenset(f"0{d}" for d in range(1, 10))
_BY_ROOT = {root: TARGET_PREPS + extra for root, extra in ROOT_PREPS.items()}
_BY_ROOT.update(
    {
        root: tuple(p for p in _BY_ROOT.get(root, TARGET_PREPS) if p != "at")
        for root in VENUE_AT_ROOTS
    }
)


def target_preps(root: str) -> tuple[str, ...]:
    """Prepositions that may name the target of an act of CAMEO root ``root``."""
    return _BY_ROOT.get(root, TARGET_PREPS)


# Prepositions of time and circumstance lead out of what the act is about ("after talks in X").
SCENE_PREPS = frozenset(
    {"after", "before", "since", "until", "till", "despite", "amid", "amidst", "following",
     "like", "unlike", "than", "because", "ahead", "prior", "without"}
)  # fmt: skip

# Prepositions that name who reports an act: "according to X", "per X", "citing X".
ATTRIBUTION_PREPS = frozenset({"according", "per", "citing", "quoting"})
_REPORT_ARCS = frozenset({"ccomp", "parataxis"})


def attribution_phrases(sent: Span) -> frozenset[int]:
    """Tokens of a sentence's "according to X" / "citing X" phrases."""
    if not has_any(sent, ATTRIBUTION_PREPS):
        return frozenset()  # (most sentences: no walk over their tokens)
    out: set[int] = set()
    for t in sent:
        if t.lower_ in ATTRIBUTION_PREPS and t.dep_ in ("prep", "advcl", "acl", "pcomp"):
            out.update(x.i for x in t.subtree)
    return frozenset(out)


# Nouns of a plain statement (CAMEO 010) that, as a speech verb's subject, only name a source.
_STATEMENT_NOUNS = frozenset({"statement", "comment", "remark", "communique"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})  # (a clause complement read as a noun phrase)
_SAID_PHRASE = frozenset({"ccomp", "dobj"})  # ("said Warsaw respected/JJ Athens' laws")


def attribution_noun(tok: Token) -> bool:
    """ "..., a ministry statement said", "a statement from X's foreign ministry said that ...":
    the noun is the subject of a speech verb and names who reports (GUIDE rule 3); "X issued
    a statement" keeps its reading."""
    return (
        tok.dep_ == "nsubj"
        and tok.lemma_.lower() in _STATEMENT_NOUNS
        and tok.head.lemma_.lower() in REPORT_GOVERNORS
    )


def reports_a_clause(verb: Token) -> bool:
    """ "a statement said Lome respected X's laws": the speech verb governs a finite clause with
    its own subject, so its subject noun only names who says it. A clause the parser read as a
    noun phrase, object or complement ("said Warsaw respected/JJ Athens' laws", the verb an
    adjective), is one too."""
    return any(
        (c.dep_ in _SAID_PHRASE and c.pos_ in _NOUN_POS)
        or (c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
        for c in verb.children
    )


def drop_attributions(found: list[Found]) -> list[Found]:
    """A sentence's triggers without the attribution nouns of a reported act's clause ("X
    summoned Y's ambassador, a ministry statement said": the summons, reported, and no
    statement act): the speech verb hangs on a trigger verb or governs it, or governs a clause
    with a subject of its own (what the statement says, a plain "said", GUIDE rule 2; lex22, AT).
    Otherwise the statement itself is what the sentence reports, and it stays (010)."""
    said = [f for f in found if f.entry.pos == "N" and attribution_noun(f.tok)]
    if not said:
        return found
    acts = {f.tok.i for f in found if f.entry.pos == "V"}
    spent = [
        f for f in said
        if f.tok.head.head.i in acts
        or any(c.i in acts for c in f.tok.head.children if c.dep_ in _REPORT_ARCS)
        or reports_a_clause(f.tok.head)  # "an embassy statement said Lome respected ..." (lex22)
    ]  # fmt: skip
    return [f for f in found if f not in spent] if spent else found


# Verbs whose object is an act answered ("answered X's protests by V-ing").
_ANSWERING = frozenset({"answer", "meet", "greet", "counter"})
_RESPONDING = frozenset({"respond", "react", "reply"})


def answered_event(tok: Token) -> bool:
    """ "Ethiopia has answered Egyptian protests by inviting engineers", "met X's demands with
    an offer of talks", "responded to X's protests": the event noun names what is answered,
    an earlier act (background), no act of the sentence; its only party (the demonym) would
    fill both slots."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to":  # "responded to X's protests by V-ing"
        return head.head.lemma_.lower() in _RESPONDING
    return tok.dep_ == "dobj" and head.lemma_.lower() in _ANSWERING


def given_up(tok: Token) -> bool:
    """ "Georgia dropped its objection to Turkey's dam", "withdrew its complaint": a stance
    given up is no act of the sentence; "had not dropped its objection" keeps it, asserted
    (``factuality``)."""
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and verb.lemma_.lower() in GIVING_UP
        and tok.lemma_.lower() in HELD
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def spent_noun(tok: Token) -> bool:
    """An event noun the sentence answers or gives up (:func:`answered_event`,
    :func:`given_up`): an earlier act, none of its own."""
    return answered_event(tok) or given_up(tok)


# Verbs of holding to a view: with a demand's subjunctive a demand ("insisted that Sudan
# withdraw"), with a finite copula a claim ("insists the dam is safe").
_INSISTING = frozenset({"insist", "maintain"})
_FINITE = frozenset({"VBZ", "VBD", "VBP"})


def insisted_claim(verb: Token) -> bool:
    """ "Ethiopia's government insists the dam is safe": the complement states a claim (a
    finite "is" / "was" + predicate), no demand and no act (fresh8 L)."""
    if verb.lemma_.lower() not in _INSISTING:
        return False
    return any(
        c.dep_ == "ccomp" and c.lemma_.lower() == "be" and c.tag_ in _FINITE
        and any(g.dep_ in ("acomp", "attr") for g in c.children)
        for c in verb.children
    )  # fmt: skip


def reporters(
    trigger: Token, phrases: frozenset[int] | None = None, sent: Span | None = None
) -> set[int]:
    """Tokens that name who reports the trigger's act, never a party to it: "according to X's
    news agency", the subject of a speech verb over the trigger's clause ("X's intelligence
    agency said that ...") or after it ("..., X's defence ministry said"). ``phrases``: the
    sentence's :func:`attribution_phrases`, and ``sent`` the trigger's sentence, when already
    known (``trigger.sent`` reads the parse again)."""
    sent = trigger.sent if sent is None else sent
    out = set(attribution_phrases(sent) if phrases is None else phrases)
    if not has_any(sent, REPORT_GOVERNORS):
        return out  # no speech verb in the sentence: no walk up the trigger's heads
    # the speech verbs of the sentence and their heads, read once (no walk over each clause's
    # children: a trailing report is one of these hanging on the clause)
    governors = [(c, c.head.i) for c in tokens_with_lemma(sent, REPORT_GOVERNORS)]
    t = trigger
    for _ in range(10):
        for (
            c,
            head_i,
        ) in governors:  # "X attacked Y, officials said": the report hangs on the clause
            if head_i != t.i or c.i == t.i:
                continue  # (not a child of the clause)
            trailing = c.dep_ in ("parataxis", "conj", "advcl") and c.i > t.i and c is not trigger
            if trailing:
                out.update(_subject_span(c))
        head = t.head
        if head.i == t.i:
            break
        if t.dep_ in _REPORT_ARCS and head.lemma_.lower() in REPORT_GOVERNORS:
            out.update(_subject_span(head, shared=True))
        t = head
    return out


_MAKE_VERBS = frozenset({"make", "build", "design", "produce", "manufacture", "develop"})
_SUPPLY_VERBS = frozenset(
    {"supply", "provide", "deliver", "send", "sell", "donate", "give", "ship"}
)


def maker(tok: Token) -> bool:
    """ "Chinese-made bombs", "U.S.-supplied rockets", "Iranian-backed militias", "drones
    designed in Iran", "missiles supplied by X": a state named on a participle that modifies a
    thing made, sent or backed it; no party to an act done with the thing."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "by" and head.dep_ in ("prep", "agent"):
        verb = head.head  # "missiles supplied by X" (but "a resolution drafted by X" is X's)
        return verb.dep_ == "acl" and verb.lemma_.lower() in _MAKE_VERBS | _SUPPLY_VERBS
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
        verb = head.head
        return verb.dep_ == "acl" and verb.lemma_.lower() in _MAKE_VERBS
    return (
        tok.dep_ in ("npadvmod", "compound", "nmod", "amod", "advmod")
        and head.tag_ == "VBN"
        and head.dep_ in ("amod", "compound")
        and not flag_state(tok)
        and not authored(head)
    )


def authored(participle: Token) -> bool:
    """ "A Saudi-brokered plan", "the French-drafted resolution": the state on the participle is
    the proposal's author or sponsor, a party (``actors._proposal_backers``, practice2)."""
    noun = participle.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "brokered peace plan"
    return participle.lower_ in AUTHOR_WORDS and noun.lower_ in PROPOSAL_NOUNS


def flag_state(tok: Token) -> bool:
    """ "A Greek-owned ship", "an Israel-linked vessel": the state on "-flagged / -owned /
    -linked" before a ship or an aircraft is its flag or owner, the party an act on the craft
    is done to (the CAMEO coders' target), not a maker."""
    head = tok.head
    if head.lower_ not in CRAFT_OWNER_WORDS or tok.i > head.i:
        return False
    craft = head.head
    while craft.dep_ == "compound" and craft.head.i > craft.i:
        craft = craft.head  # "owned cargo ship"
    return craft.lower_ in CRAFT_NOUNS


def reciprocal_object(verb: Token) -> bool:
    """ "Defend each other", "to help one another", "sanctions on each other": the verb's (or
    its infinitive's) object is the subjects themselves, each acting on the others."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    for h in heads:
        objs = [c for c in h.children if c.dep_ in ("dobj", "dative")]
        objs += [p for c in h.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        objs += [c for o in objs for c in o.children if c.dep_ == "poss"]  # "each other's"
        for o in objs:
            words = {c.lower_ for c in o.children} | {o.lower_}
            if o.lower_ in ("other", "another") and words & {"each", "one"}:
                return True
            if o.lower_ == "one" and "another" in words:  # "accused one another": parsed so
                return True
    return False


def _subject_span(verb: Token, *, shared: bool = False) -> set[int]:
    """The speech verb's subject; with ``shared``, also the one it shares with the verb it is
    conjoined to ("X's ministry denied the charge and said the traders were arrested": X
    reports the arrest, though X's denial is its own act)."""
    subj = child(verb, "nsubj")
    while shared and subj is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        subj = child(verb, "nsubj")
    return {x.i for x in subj.subtree} if subj is not None else set()


def for_to_clause(c: Token) -> bool:
    """ "called for Russia to withdraw": an infinitive after "for" whose own subject names a
    party (not "for the perpetrators to be tried", "for Hodeida port to remain open"), hung by
    the parser as a clause marked "for"."""
    kids = [(g.dep_, g.lower_) for g in c.children]
    if ("mark", "for") not in kids or ("aux", "to") not in kids:
        return False
    return named_subject(c) is not None


def named_subject(clause: Token) -> Token | None:
    """The clause's subject when it is a name ("Israel") or a demonym's noun ("the Israeli
    government"): a party that may be asked to act."""
    subj = child(clause, "nsubj", "nsubjpass")
    if subj is None:
        return None
    named = subj.tag_ in ("NNP", "NNPS") or any(
        g.dep_ == "amod" and g.pos_ == "ADJ" and g.is_title for g in subj.children
    )
    return subj if named else None


def trailing_participle(tok: Token) -> bool:
    """``tok`` is a gerund-participle clause after its main verb ("expelled X, accusing him")."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i


def set_off_participle(tok: Token) -> bool:
    """``tok`` is a trailing participle set off by a comma, with no subject or marker of its
    own, on a verb: the main clause's doer acting again ("deported the men, handing them to Y's
    police"; "closed the crossing, accusing Y of ...")."""
    if not trailing_participle(tok) or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return False
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def child(tok: Token, *deps: str) -> Token | None:
    """The first child of ``tok`` with one of ``deps``."""
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def pobjs(tok: Token, preps: tuple[str, ...] | frozenset[str]) -> list[tuple[str, Token]]:
    """(preposition, object) of each of ``tok``'s prepositional phrases headed by ``preps``."""
    if doc_forms(tok.doc).isdisjoint(preps):
        return []  # none of the prepositions in the parse: no walk over the token's children
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if not objs and c.dep_ in ("prep", "dative"):
                objs = stranded_object(c)
            out += [(c.lower_, p) for p in objs]
    return out


# "With X's help", "with the backing of X": a partner of the doer, never the act's target.
_COACTOR_NOUNS = frozenset(
    {"help", "support", "assistance", "backing", "aid", "cooperation", "blessing", "approval",
     "consent", "participation", "collaboration", "mediation"}
)  # fmt: skip


def stranded_object(prep: Token) -> list[Token]:
    """ "granted asylum to five officers holed up in X": the parser reads the object of "to" as
    the subject of a reduced clause after it; the noun right after the preposition is its object.
    """
    clauses = [v for v in prep.children if v.dep_ == "pcomp"] + [
        v for v in prep.head.children if v.dep_ in ("advcl", "ccomp", "relcl", "acl", "conj")
    ]
    for v in clauses:
        if v.i > prep.i and not role_clause(v):
            for s in v.children:
                if s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.i == prep.i + 1:
                    return [s]
    return []


# Verbs of a role taken in another's act: "with Qatar acting as mediator", "serving as host".
_ROLE_VERBS = frozenset({"act", "serve", "function", "play"})


def role_clause(verb: Token) -> bool:
    """ "With Qatar acting as mediator": a clause giving someone a role ("as X") in the act;
    its subject is the role's holder, never the object of the preposition before it."""
    return verb.lemma_.lower() in _ROLE_VERBS and any(
        k.dep_ == "prep" and k.lower_ == "as" for k in verb.children
    )


def coactor(prep: str, pobj: Token) -> bool:
    """ "with Albania's help": the phrase names who acts alongside the doer."""
    return prep == "with" and pobj.lemma_.lower() in _COACTOR_NOUNS


def active_after_passive(tok: Token) -> bool:
    """An active verb conjoined to a passive one: it shares the passive subject, not the agent.

    Active: its own auxiliary ("and will resign"), a present tense ("and resigns"), or a past
    tense with an object ("and fired his aide"). A bare "-ed" form ("was shelled by rebels and
    looted") shares the passive's auxiliary and its agent.
    """
    head = tok.head
    if child(head, "nsubjpass") is None or child(head, "nsubj") is not None:
        return False
    if child(tok, "auxpass", "nsubj", "nsubjpass") is not None:
        return False
    if child(tok, "aux") is not None or tok.tag_ in ("VBZ", "VBP"):
        return True
    return tok.tag_ == "VBD" and child(tok, "dobj") is not None


_BORDER_NOUNS = frozenset({"border", "frontier", "borderland", "boundary"})
_ALONG_PREPS = frozenset({"on", "near", "along", "at", "by", "off"})


def border_place(node: Token, trigger: Token) -> bool:
    """ "a stronghold on the Thai border": where a thing lies, not a party to the act.

    Only deep in the phrase; the trigger's own "on the X border" ("massed troops on the X
    border") is left to the direct roles, and so is the border of the forces the trigger posts
    ("stepped up patrols along its Somali frontier": where they are sent is whom they face,
    leftovers28).
    """
    prep = node.head
    return (
        node.dep_ == "pobj"
        and node.lemma_.lower() in _BORDER_NOUNS
        and prep.lower_ in _ALONG_PREPS
        and prep.head.i != trigger.i
        and not _posted_forces(prep.head, trigger)
    )


# Forces a show of force posts somewhere ("stepped up patrols", "massed troops")
_POSTED = frozenset(
    {"patrol", "troop", "soldier", "force", "unit", "presence", "deployment", "reinforcement",
     "battalion", "brigade", "tank", "guard", "checkpoint", "artillery", "personnel"}
)  # fmt: skip


def _posted_forces(noun: Token, trigger: Token) -> bool:
    """``noun`` is the trigger's object and names forces it posts."""
    return noun.dep_ == "dobj" and noun.head.i == trigger.i and noun.lemma_.lower() in _POSTED


def border_partner(pobj: Token) -> list[Token]:
    """ "massed troops on the border with X": the border's other side is the act's target; any
    other object stands for itself."""
    if pobj.lemma_.lower() in _BORDER_NOUNS:
        return [q for _, q in pobjs(pobj, ("with",))] or [pobj]
    return [pobj]


_NEVER_PARTIES = frozenset({"despite", "like", "unlike", "than", "without"})


def scene_partners(prep: Token) -> list[Token]:
    """ "called off the strike after talks with the government": the partner of the scene's
    talks or clashes is the other side of the act; "despite X's wish" never names one."""
    if prep.lower_ in _NEVER_PARTIES:
        return []
    return [
        w
        for p in prep.children
        if p.dep_ == "pobj"
        for w in p.children
        if w.dep_ == "prep" and w.lower_ == "with"
    ]


def title_words(name: Token) -> set[str]:
    """ "British President Theresa May": the parser hangs the title on the first name, two
    compounds below the name's head; its lemmas (a trigger row's object words) (context15)."""
    return {
        g.lemma_.lower()
        for k in name.lefts
        if k.dep_ == "compound"
        for g in k.children
        if g.dep_ == "compound"
    }
