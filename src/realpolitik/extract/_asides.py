"""Acts said in passing or not said at all: an act with no target inside a comma-set relative
clause or past-participle modifier ("Chile, which had backed the text, voted against") and a
comment withheld ("Tokyo did not comment", "declined to comment").

Both are read by the salience gate (``salience``), kept apart for its size; the GUIDE codes the
first ``bg`` and the second not at all. Refusals nobody asked for are ``_unasked_refusals``,
acts hedged with no target ``_hedged_acts`` (both re-exported here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._hedged_acts import idle_hedge, leading_condition
from realpolitik.extract._unasked_refusals import unasked_refusal

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found
    from realpolitik.models import Event


# Hosting (CAMEO 043): a host's participle with no guest hosts no one.
HOSTING = "043"


def aside_without_target(tok: Token, event: Event) -> bool:
    """ "Chile and Peru, which had backed the text, voted against", "the summit, hosted by
    Qatar's emir, opened": an act with no target inside a non-restrictive relative clause or
    past-participle modifier (set off by a comma) describes the noun; it is no news even when
    the main clause has none (the GUIDE codes it ``bg``). A restrictive clause ("the state
    that backed the text") or an aside naming a target ("North Korea, which sent troops to
    Russia, ...") may still stand in for the news; a host's participle with no guest ("joined
    in a ceremony hosted by X") never does."""
    if event.target is not None:
        return False
    t = tok
    for _ in range(10):
        participle = t.dep_ == "acl" and t.tag_ == "VBN"
        if participle and event.cameo == HOSTING:
            return True  # "in a ceremony hosted by X's premier": a host with no guest
        if t.dep_ == "relcl" or participle:
            edge = t.left_edge
            return edge.i > 0 and edge.doc[edge.i - 1].text == ","
        if t.head.i == t.i:
            return False
        t = t.head
    return False


# Pro-verbs of a sentential relative ("threatened to expel him, which it did on Friday"): the
# clause reports that the main clause's act happened, news of its own.
_PRO_VERBS = frozenset({"do"})
# Where a described noun stands: a subject ("Romania, which signed ..., voted against") or an
# appositive ("the plan, a claim Athens rejected"); an object's clause ("mobilised against X,
# who has vowed to ...") may say why the main act is aimed at it.
_DESCRIBED = frozenset({"nsubj", "nsubjpass", "appos", "npadvmod"})


def scene_clause(tok: Token) -> bool:
    """ "Romania, which signed a gas deal with Azerbaijan last year, voted against", "the
    premier, who is backed by the army chief, said ...", "a claim Athens has rejected": an act
    told in a relative clause on a subject or an appositive describes its noun; it is no news
    whatever the main clause reports (the GUIDE codes it ``bg``). A participle ("Armenia,
    supplied with drones by X, ...") is left to the old gate. The clause is the news when
    it is the predicate's point ("It was Russia that fired", "X is the state that sent troops":
    its noun is the copula's attribute), when it says the main act was done ("..., which it
    did") and when the act sits in the reported content of a relative speech verb ("the
    ministry, which said X had shelled its posts, ..."). An after/since phrase on a main clause
    sets its scene too (``scene_phrase``)."""
    if scene_phrase(tok):
        return True
    t = tok
    for _ in range(12):
        if t.dep_ == "ccomp":
            return False  # reported inside the clause: the old gate decides
        if t.dep_ == "acl" and _required(t.head) and any(c.dep_ == "nsubj" for c in t.children):
            return True  # "would need approval that X has blocked", parsed as a complement
        if t.dep_ == "acl" and t.tag_ == "VBN":
            return False  # "Armenia, supplied with drones by X, ...": the old gate decides
        if t.dep_ == "relcl":
            if t.lemma_.lower() in _PRO_VERBS:
                return False
            noun = t.head
            while noun.dep_ == "conj" and noun.head.i != noun.i:
                noun = noun.head  # "Romania and Bulgaria, which signed ...": the joint subject
            return (
                noun.dep_ in _DESCRIBED
                or _set_off(noun)
                or _fragment(noun)
                or _required(noun)
                or _phrase_object_relative(t, noun)
            )
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _set_off(noun: Token) -> bool:
    """ "..., a move Athens has criticised": a noun phrase opened after a comma stands beside
    the clause (the parser may call it an object predicate); an object follows its verb."""
    edge = noun.left_edge
    return edge.i > 0 and edge.doc[edge.i - 1].text == ","


def _fragment(noun: Token) -> bool:
    """ "The government, which sent troops to X, abstained" parsed with the noun as the root and
    the main verb as its modifier: the clause still describes the subject; so does a clause in
    a main clause that is a noun phrase ("the first of two shipments that Japan pledged")."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.i:
        noun = noun.head.head  # "the first of three flights ...": the phrase's head noun
    return noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN", "ADJ")


_RELATIVE_WORDS = frozenset({"who", "which", "that", "whom", "whose"})
_PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


def _phrase_object_relative(clause: Token, noun: Token) -> bool:
    """ "patrolled X's waters under an arrangement that no Y government has ever admitted", "in
    a deal Lima signed in 2019": a relative clause whose own subject acts on a thing named in a
    prepositional phrase describes that thing; it sets the scene (GUIDE rule 1; fresh17 RC). A
    clause on a person or state in the phrase ("against X, who has vowed to ...", "from Y's
    president, whom he accused of ...") may say why the main act is aimed at it, and so may a
    clause whose subject is a pronoun of the story's actors ("the deal it signed"): both stay
    with the old gate."""
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return False
    if any(c.lower_ in _PERSON_RELATIVES for c in clause.children):
        return False
    if any(c.dep_ == "dobj" and c.lower_ not in _RELATIVE_WORDS for c in clause.children):
        return False  # (an object of its own: a "that" complement the parser hung on the noun)
    return any(
        c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_WORDS and c.pos_ != "PRON"
        for c in clause.children
    )


# Verbs of what a plan needs ("it would need a mandate that X and Y have declined to back",
# "hinges on approval that X has blocked"): the clause on the needed thing sets a condition.
_REQUIRING = frozenset({"need", "require", "lack", "depend", "hinge", "rest"})


def _required(noun: Token) -> bool:
    """ "If the bloc sent troops, it would need a mandate that Kenya has declined to back": a
    relative clause on what an act requires tells the state of play (class R of fresh5)."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ == "on":
        gov = gov.head
    elif noun.dep_ != "dobj":
        return False
    return gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in _REQUIRING


COMMENT_VERBS = frozenset({"comment", "respond", "reply"})
# Verbs by which a speaker withholds its comment: "declined / refused to comment".
WITHHOLDING = frozenset({"decline", "refuse"})


def withheld_comment(f: Found) -> bool:
    """ "Tokyo did not comment", "would not comment", "declined to comment": a statement
    (CAMEO 010) negated or declined is no statement, and no act either; the decline itself is
    CAMEO 011 only when aimed at someone (``speech.comment_needs_target``)."""
    tok = f.tok
    if f.code[:2] != "01" or f.entry.pos != "V" or tok.lemma_.lower() not in COMMENT_VERBS:
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in WITHHOLDING


# Verbs that hand over words, and the words' nouns: "gave no reaction / details / reason",
# "provided no timetable", "offered no comment", "did not give any explanation" (practice13 GN).
_HANDING = frozenset({"give", "provide", "offer", "issue", "supply", "share"})
_WORDS = frozenset(
    {"reaction", "comment", "response", "reply", "answer", "detail", "explanation", "reason",
     "indication", "sign", "timetable", "timeline", "figure", "information", "account", "clue",
     "hint", "date", "estimate", "breakdown", "word", "confirmation", "specifics"}
)  # fmt: skip


def withheld_information(f: Found) -> bool:
    """ "Beijing gave no public reaction", "provided no timetable for the withdrawal": words
    withheld are no statement (010), no aid (07x), no shared intelligence (064) and no act; the GUIDE codes a plain
    statement not at all, and its absence the less (the brief's "gave no details" read as a
    negated 010). A given promise, assurance or warning is another rule's act and stays."""
    tok = f.tok
    if f.entry.pos != "V" or f.code[:2] not in ("01", "06", "07"):
        return False
    if tok.lemma_.lower() not in _HANDING or (f.code[:2] == "06" and _shared_with(tok)):
        return False  # ("shared no information with Y" stays the negated sharing, 064)
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _WORDS]
    if not objs:
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return True  # "did not give any details"
    return any(d.dep_ == "det" and d.lower_ == "no" for o in objs for d in o.children)


def _shared_with(tok: Token) -> bool:
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with") for c in tok.children)


def noun_content(verb: Token) -> bool:
    """ "Condemned the arrangement for Saudi Arabia to train soldiers in Morocco": an infinitive
    with its subject in a "for" phrase on the governor's object noun (which the parser may hang
    on the governor itself) says what the noun arranges or plans; it is no act of its own."""
    if verb.dep_ not in ("xcomp", "advcl", "acl", "relcl") or not to_infinitive(verb):
        return False
    gov = verb.head
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if gov.pos_ == "NOUN" and "for" in marks and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "the plan for Minsk to sell jets", the "for" read as the clause's mark
    nouns = [gov] if gov.pos_ == "NOUN" else [k for k in gov.children if k.dep_ == "dobj"]
    return any(
        p.dep_ == "prep" and p.lower_ == "for" and noun.i < p.i < verb.i
        and any(q.dep_ == "pobj" and q.right_edge.i + 2 == verb.i for q in p.children)
        for noun in nouns
        for p in noun.children
    )  # fmt: skip


# Words that open a scene-setting phrase or clause (GUIDE rule 1: after/since/during/amid; a
# concessive "although / though" clause too, unless ``_concessive_news`` makes it news beside a
# negated main clause: "Although X has signed more accords than any other power, Y has kept it
# at arm's length", clauses37, fresh25 C).
_SCENE_WORDS = frozenset({"after", "since", "following", "amid", "during", "although", "though"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def scene_phrase(tok: Token) -> bool:
    """ "Kenya repatriated 40 migrants, a week after its navy intercepted their boat", "Since
    their patrol pact took effect, X has shared ...": an act inside an after/since/during/amid
    clause or phrase on a main clause with a subject of its own only sets that clause's scene
    (the GUIDE codes it ``bg``), even when the main clause's own act has no row, when its
    subject names its doer (``_named_doer``)."""
    t = tok
    for _ in range(12):
        head = t.head
        if head.i == t.i or t.dep_ in ("ccomp", "relcl", "acl"):
            return False  # reported content, or a clause on a noun: the old gates decide
        opener = None
        if t.dep_ == "advcl":
            opener = next((k for k in t.children if k.dep_ == "mark"), None)
        elif t.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
            opener, t = head, head
            head = t.head
        if opener is not None and opener.lower_ in _SCENE_WORDS:
            return head.dep_ == "ROOT" and any(_named_doer(k) for k in head.children)
        t = head
    return False


def _named_doer(k: Token) -> bool:
    """The main clause's subject names its doer ("Kenya", "Kenya's navy"): the clause is news
    about a party even when its act has no row. "Analysts in Seoul said little after Japan
    criticized China" names none: the after-clause's act is the news."""
    if k.dep_ not in _SUBJECTS:
        return False
    return k.pos_ == "PROPN" or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in k.children)


__all__ = [
    "COMMENT_VERBS",
    "HOSTING",
    "WITHHOLDING",
    "aside_without_target",
    "idle_hedge",
    "leading_condition",
    "noun_content",
    "scene_clause",
    "scene_phrase",
    "unasked_refusal",
    "withheld_comment",
]
