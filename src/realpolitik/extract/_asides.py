"""Acts said in passing or not said at all: an act with no target inside a comma-set relative
clause or past-participle modifier ("Chile, which had backed the text, voted against") and a
comment withheld ("Tokyo did not comment", "declined to comment").

Both are read by the salience gate (``salience``), kept apart for its size; the GUIDE codes the
first ``bg`` and the second not at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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


# A threat is said of the future by its nature ("said it would retaliate"): never idle.
_THREAT_ROOT = "13"
# Auxiliaries of a plain future ("will deliver the frigates next year"): a scheduled act.
_FUTURE = frozenset({"will", "shall", "'ll"})
_CHAIN = frozenset({"xcomp", "dobj", "pobj", "prep", "ccomp"})


def idle_hedge(tok: Token, event: Event) -> bool:
    """ "Qatar or Oman might ask for the same deal", "Egypt could seek a loan": an act hedged by
    a modal and aimed at no one is speculation about a doer, no event a reader could count. A
    plain future ("will deliver the jets next year"), a threat and an act left open by an
    unconfirmed report stay."""
    if event.factuality != "possible":
        return False
    if in_condition(tok) and _aimed_home(event):
        return True  # "if Slovakia keeps vetoing joint purchases, ...": a condition, no act
    if event.target is not None:
        return False
    if event.cameo[:2] == _THREAT_ROOT:
        return False
    t = tok
    for _ in range(4):
        modals = [c.lower_ for c in t.children if c.dep_ == "aux" and c.tag_ == "MD"]
        if modals:
            return not any(m in _FUTURE for m in modals)
        if t.dep_ not in _CHAIN or t.head.i == t.i:
            break
        t = t.head
    return False  # hedged otherwise ("has not confirmed the exchange mediated by X"): kept


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


def unasked_refusal(tok: Token, event: Event) -> bool:
    """ "Tanzania said it could not spare any doctors", "would not hand it over": a refusal of
    help read from a negated act needs something asked to refuse (the GUIDE's rule 5); aimed at no
    one, or only at the doer's own state (the domestic reading's guess), it refuses nothing
    (lex14). So for a refusal whose object is anyone at all ("would not allow any foreign power
    to build a base", 124: a stance toward whoever might ask, lex25). A request named in the story gives it its target; a refusal the
    text names ("refused to", "rejected") stays."""
    if event.cameo == _REJECT and _parallel_clause(tok):
        return True  # "Hungary would expel the envoys; Poland would not": no one asked (lex16)
    tgt = event.target  # none, or only the doer's own state (the domestic reading's guess)
    if tgt is not None and (tgt.code != tgt.country or tgt.country != event.source.country):
        return False
    if event.cameo == _REJECT and tok.lemma_.lower() == "be":
        return True  # "the decision was final" with nothing asked before it (lex16)
    if not any(c.dep_ == "neg" for c in tok.children):
        return False
    if event.cameo.startswith(_REFUSED_HELP):
        return True
    if (
        event.cameo.startswith("12")
        and event.cameo != _REJECT
        and (_anyone_object(tok) or (tok.lemma_.lower() in _ENDURING and _doings_of_others(tok)))
    ):
        return True  # "would not allow any foreign power to build a base": a stance (lex25)
    return event.cameo == _REJECT and (tok.pos_ == "AUX" or _suffered_act(tok))


# Verbs of asking whose clause a bare "would not" after it may answer (GUIDE rule 5).
_ASKING = frozenset(
    {"ask", "urge", "call", "appeal", "request", "demand", "press", "invite", "tell", "order"}
)


_ANYONE = frozenset({"anyone", "anybody", "anything"})


def _anyone_object(tok: Token) -> bool:
    """ "would not allow any foreign power / anyone to ...": the object is whoever it may be, so
    the clause states a policy and answers no request."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [
        g
        for c in tok.children
        if c.dep_ in ("ccomp", "xcomp")
        for g in c.children
        if g.dep_ == "nsubj"
    ]  # ("allow any country to station": the clause's subject)
    return any(
        o.lower_ in _ANYONE or any(c.dep_ == "det" and c.lower_ == "any" for c in o.children)
        for o in objs
    )


def _parallel_clause(tok: Token) -> bool:
    """ "Kenya will sign the deal; Uganda will not": a bare auxiliary after a clause of its own
    (hung on it as a complement) that asks nothing; its elided verb is that clause's, negated
    for the second state, which refuses nothing."""
    before = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        before.append(tok.head)  # "X will impose sanctions on Y, but Z will not"
    return tok.pos_ == "AUX" and any(c.lemma_.lower() not in _ASKING for c in before)


def _suffered_act(tok: Token) -> bool:
    """ "Tanzania said it would not accept further incursions": what a state will not accept
    is a hostile act done to it, which no one asked it to accept; a stance, no refusal (lex15)."""
    if tok.lemma_.lower() not in _ENDURING:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in _HOSTILE_ACTS | _CRIMES:
        return True
    return _doings_of_others(tok)


# Crimes a state may say it will not tolerate: done on its soil, asked of no one (fresh17 WN).
_CRIMES = frozenset(
    {"smuggling", "trafficking", "poaching", "piracy", "crime", "lawlessness", "banditry",
     "terrorism", "extremism", "smuggler", "trafficker", "poacher", "criminal", "gang", "poach",
     "smuggle", "traffic"}
)  # fmt: skip
_STATE_WORDS = frozenset({"country", "state", "government", "nation", "power", "neighbour"})


def _doings_of_others(tok: Token) -> bool:
    """ "would not tolerate foreigners smuggling fuel through its ports", "would not allow
    gangs to use its territory": what is not tolerated is a clause of people (no state) doing
    something; nobody asked for it, so it is a stance, no refusal (GUIDE rule 5; fresh17 WN)."""
    for c in tok.children:
        if c.dep_ not in ("ccomp", "xcomp", "dobj") or c.pos_ not in ("VERB", "NOUN"):
            continue
        doers = [g for g in c.children if g.dep_ == "nsubj"] if c.pos_ == "VERB" else []
        if c.pos_ == "VERB" and not doers and c.tag_ == "VBG" and c.lemma_.lower() in _CRIMES:
            return True  # "would not tolerate poaching in its waters": a crime, no one's
        if c.pos_ == "NOUN":  # "foreigners smuggling ...": the object with a participle on it
            doers = [c] if any(g.dep_ == "acl" and g.tag_ == "VBG" for g in c.children) else []
        if any(d.pos_ == "NOUN" and d.lemma_.lower() not in _STATE_WORDS for d in doers):
            return True
    return False


_REJECT = "120"  # a bare "would not" (its verb elided) or "would not accept X" (lex15)
_ENDURING = frozenset({"accept", "tolerate", "allow", "permit"})
# Hostile acts a state may say it will not accept: done to it, never asked of it ("would not
# accept any interference" refuses an expectation, the suite's y1, and stays).
_HOSTILE_ACTS = frozenset(
    {"incursion", "intrusion", "violation", "provocation", "aggression", "attack", "raid",
     "strike", "shelling", "encroachment", "infiltration"}
)  # fmt: skip


# Refusals of cooperation and aid (CAMEO 121, 122): what must have been asked for to be
# refused; a stance ("would not accept any interference") refuses an expectation and stays.
_REFUSED_HELP = ("121", "122")
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


# Words that open a condition ("if X vetoes", "unless X agrees") and the auxiliaries of an
# inverted one ("should X carry out its threat", "were X to refuse", "had X agreed").
_CONDITION_MARKS = frozenset({"if", "unless"})
_INVERTED_AUX = frozenset({"should", "were", "had"})
_CLAUSE_CLIMB = 4


def _aimed_home(event: Event) -> bool:
    """No target, or the doer's own state put there for want of one ("if Serbia blocks the
    reform": SRB -> SRB)."""
    tgt = event.target
    return tgt is None or (tgt.country is not None and tgt.country == event.source.country)


def in_condition(tok: Token) -> bool:
    """ "If Slovakia keeps vetoing joint purchases, the deal would collapse", "should Hungary
    carry out its threat to halt exports, ...": the act sits in a condition set before another
    clause (class H of fresh5); aimed at no one, it is no event."""
    t = tok
    for _ in range(_CLAUSE_CLIMB):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("advcl", "ccomp") and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            for c in t.children:
                if c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS:
                    return True
                if c.dep_ == "aux" and c.lower_ in _INVERTED_AUX and subj is not None:
                    return c.i < subj.i
            return False
        t = t.head
    return False


def noun_content(verb: Token) -> bool:
    """ "Condemned the arrangement for Saudi Arabia to train soldiers in Morocco": an infinitive
    with its subject in a "for" phrase on the governor's object noun (which the parser may hang
    on the governor itself) says what the noun arranges or plans; it is no act of its own."""
    if verb.dep_ not in ("xcomp", "advcl", "acl", "relcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
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


# Words that open a scene-setting phrase or clause (GUIDE rule 1: after/since/during/amid).
_SCENE_WORDS = frozenset({"after", "since", "following", "amid", "during"})
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
