"""Find event triggers in a sentence: every verb and event noun, not only the root.

A token is a trigger when its (lemma, part of speech) is in the lexicon and the line's
conditions hold (particle, preposition, object head). The code is then refined by object words
in the trigger's phrase ("supplies of ... arms" -> 072) and, for control verbs, by the root of
the embedded event ("agreed to meet" -> 036, "threatened to attack" -> 138).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from realpolitik.extract._lexicon import NO_EVENT, Lexicon, Trigger, pos_key
from realpolitik.extract.factuality import NEGATORS
from realpolitik.ontology import cameo

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_OBJ_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_MOD_DEPS = frozenset({"amod", "compound", "nmod", "poss"})

# Control verbs: the embedded event's root refines the governing code.
_INTENT = {"04": "036", "07": "033", "06": "031", "08": "035", "05": "032", "03": "030"}
_APPEAL = {"04": "026", "07": "023", "06": "021", "08": "025", "05": "022"}
_DEMAND = {"04": "106", "07": "103", "06": "101", "08": "105", "05": "102"}
_THREAT = {
    "19": "138", "18": "138", "20": "138", "15": "138", "16": "131", "17": "137", "14": "133",
}  # fmt: skip
_PLANS = frozenset({"plan", "intend", "prepare", "propose", "consider"})
CONTROL_REFINE = {"03": _INTENT, "02": _APPEAL, "10": _DEMAND, "13": _THREAT}

# "The minister said that Iran must withdraw": a speech verb over a "must" clause reports the
# speaker's demand (CAMEO 10), refined by the embedded act like "demanded that ..." is.
_SPEECH = frozenset(
    {
        "say", "tell", "announce", "declare", "state", "stress", "reiterate", "reaffirm",
        "conclude", "add", "argue", "assert", "write", "note", "emphasize", "emphasise",
        "underline", "maintain",
    }
)  # fmt: skip
_OBLIGE = frozenset({"must"})
_SAY_DEMAND = Trigger(
    "say", "V", frozenset(), frozenset(), frozenset(), "100", frozenset({"ctl", "clause"})
)
# "The rebels claimed that they had shelled the base": claiming one's own act is claiming
# responsibility (015); the shelling stays an event of its own.
_CLAIM_OWN = Trigger(
    "claim", "V", frozenset(), frozenset(), frozenset(), "015", frozenset({"clause"})
)
_OWN = frozenset({"they", "we", "it", "he", "she", "i"})
_ACCORD_PREPS = frozenset({"on", "upon", "to", "over"})
_NORM = frozenset({"should", "must", "will", "would", "shall", "'ll", "wo"})


@dataclass
class Found:
    """A trigger token with its lexicon line and current code."""

    tok: Token
    entry: Trigger
    code: str
    absorbed: bool = False  # folded into a control verb ("agreed to sign")
    negated: bool = False  # under "refused to", "denied that"
    controller: Found | None = None


def plover_of(entry: Trigger, code: str) -> tuple[str | None, str | None]:
    """PLOVER type and mode of an event coded ``code`` by lexicon row ``entry``.

    A row's ``plover=TYPE/mode`` flag wins while the event keeps the row's CAMEO root (object
    words may refine it); once control folding or a future reading has moved the code to
    another root ("agreed to resign" is an intent, 03), the CAMEO conversion applies again.
    """
    if entry.plover and code[:2] == entry.cameo[:2]:
        return entry.plover, entry.plover_mode or None
    c = cameo(code)
    return c.plover, c.mode


def _object_words(tok: Token) -> set[str]:
    """Lemmas of the trigger's object and modifiers, one and two levels down."""
    words: set[str] = set()
    for c in tok.children:
        dep = c.dep_
        if dep in _OBJ_DEPS or dep in _MOD_DEPS or dep == "dative":
            words.add(c.lemma_.lower())
            for g in c.children:
                if g.dep_ in _MOD_DEPS:
                    words.add(g.lemma_.lower())
        elif dep == "prep":
            for p in c.children:
                if p.dep_ == "pobj":
                    words.add(p.lemma_.lower())
                    for g in p.children:
                        if g.dep_ in _MOD_DEPS:
                            words.add(g.lemma_.lower())
    if tok.dep_ in ("compound", "amod") or tok.pos_ == "ADJ":
        words.add(tok.head.lemma_.lower())
    return words


# Quantity heads whose "of" phrase names the real object: "suspended part of its aid".
_PARTITIVE = frozenset(
    {
        "part", "some", "most", "all", "half", "portion", "much", "bulk", "rest", "share", "one",
        "hundred", "thousand", "dozen", "score", "number", "lot", "many", "several", "majority",
    }
)  # fmt: skip


def _partitive_words(obj: Token) -> set[str]:
    """ "part of a military aid program" -> {"program", "aid", "military"}: the object the
    quantity is taken of, with its modifiers, for the lexicon's object conditions."""
    if obj.lemma_.lower() not in _PARTITIVE:
        return set()
    out: set[str] = set()
    for p in obj.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for q in p.children:
                if q.dep_ == "pobj":
                    out.add(q.lemma_.lower())
                    out.update(g.lemma_.lower() for g in q.children if g.dep_ in _MOD_DEPS)
    return out


class _Words:
    """The words of a trigger's phrase and of the tokens before it, as (form, lemma) strings,
    computed once per token however many rows test them (a lemma may have dozens)."""

    __slots__ = ("_after", "_before", "tok")

    def __init__(self, tok: Token) -> None:
        self.tok = tok
        self._after: tuple[list[tuple[str, str]], set[str]] | None = None
        self._before: tuple[list[tuple[str, str]], set[str]] | None = None

    def after(self) -> tuple[list[tuple[str, str]], set[str]]:
        if self._after is None:
            self._after = _strings(phrase_after(self.tok))
        return self._after

    def before(self) -> tuple[list[tuple[str, str]], set[str]]:
        if self._before is None:
            tok = self.tok
            lo = max(tok.sent.start, tok.i - BEFORE_WINDOW)
            self._before = _strings(list(tok.doc[lo : tok.i]))
        return self._before


def _strings(toks: list[Token]) -> tuple[list[tuple[str, str]], set[str]]:
    pairs = [(x.lower_, x.lemma_.lower()) for x in toks]
    return pairs, {w for pair in pairs for w in pair}


def _matches(
    t: Trigger, tok: Token, prts: set[str], preps: set[str], objs: set[str], words: _Words
) -> bool:
    if t.prt and not (t.prt & prts):
        return False
    if t.prep and not (t.prep & preps):
        return False
    if t.obj and not (t.obj & objs):
        return False
    if t.form and tok.lower_ not in t.form:
        return False
    if t.neg and not negated(tok):
        return False
    if t.pair and not pair_subject(tok):
        return False
    if t.clause and not any(c.dep_ == "ccomp" for c in tok.children):
        return False
    if t.after and not _any_sequence(t.after, *words.after()):
        return False
    return not t.before or _any_sequence(t.before, *words.before())


BEFORE_WINDOW = 8  # tokens before a trigger that a `before=` condition looks at
# Dependents that start a clause of their own: their words are not the trigger's phrase.
_OWN_CLAUSE = frozenset({"advcl", "relcl", "parataxis", "conj", "csubj"})


def phrase_after(tok: Token) -> list[Token]:
    """The words after a trigger inside its own phrase (the `after=` condition's scope): its
    objects, particles, prepositional phrases, infinitives and complement clauses, not the
    adverbial, relative or coordinated clauses around it ("restored ties, killing two" has no
    killing in the phrase of "restored")."""
    out: list[Token] = []
    stack = [c for c in tok.children if c.i > tok.i and c.dep_ not in _OWN_CLAUSE]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj" or c.dep_ not in _OWN_CLAUSE)
    return sorted(out, key=lambda x: x.i)


_PAIR_WORDS = frozenset({"two", "both"})


def pair_subject(tok: Token) -> bool:
    """ "A and B agreed", "the two countries agreed", "both sides agreed": a subject of two or
    more parties (the `pair` condition), on the trigger or the verb it depends on."""
    for head in (tok, tok.head) if tok.dep_ in ("xcomp", "conj") else (tok,):
        for c in head.children:
            if c.dep_ != "nsubj":
                continue
            if any(g.dep_ == "conj" for g in c.children):
                return True
            if any(g.lower_ in _PAIR_WORDS for g in c.children) or c.lower_ == "both":
                return True
    return False


def _any_sequence(
    alternatives: tuple[tuple[str, ...], ...], words: list[tuple[str, str]], vocab: set[str]
) -> bool:
    """One of the word sequences occurs in ``words`` in order (gaps allowed), by form or lemma."""
    for seq in alternatives:
        if not all(w in vocab for w in seq):
            continue
        k = 0
        for form, lemma in words:
            w = seq[k]
            if form == w or lemma == w:
                k += 1
                if k == len(seq):
                    return True
    return False


def negated(tok: Token) -> bool:
    """ "did not cut", "will never attend": a negation on the trigger (or, for an infinitive,
    on its governor: "did not agree to attend")."""
    for head in (tok, tok.head) if tok.dep_ == "xcomp" else (tok,):
        for c in head.children:
            if c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "preconj")):
                return True
    return False


def find_triggers(sent: Span, lex: Lexicon, light: Collection[str] = ()) -> list[Found]:
    """Triggers of one sentence in token order, before control-verb folding.

    A participle that only describes a noun ("detained sailors", "the occupied territories") is
    no trigger. An event noun carried by a light verb (``light``: "held drills near X",
    "launched strikes on X") also sees the verb's prepositions after it, wherever the parser
    attached them.
    """
    table = lex.triggers
    out: list[Found] = []
    for tok in sent:
        key = pos_key(tok.pos_)
        if key is None or (key == "V" and tok.dep_ == "amod"):
            continue
        cands = table.get((tok.lemma_.lower(), key))
        if cands is None:
            _clause_reading(tok, key, out)
            continue
        if key == "A" and not any(c.dep_ == "xcomp" for c in tok.children):
            continue
        prts: set[str] = set()
        preps: set[str] = set()
        objs: set[str] = set()
        if any(c.specificity for c in cands):
            for c in tok.children:
                if c.dep_ == "prt":
                    prts.add(c.lower_)
                elif c.dep_ in ("prep", "agent"):
                    preps.add(c.lower_)
                elif c.dep_ in ("dobj", "nsubjpass", "compound", "amod"):
                    objs.add(c.lemma_.lower())
                    if c.dep_ == "dobj":  # "called Foreign Minister Lavrov", "imposed a curfew"
                        objs.update(g.lemma_.lower() for g in c.children if g.dep_ in _MOD_DEPS)
                    if c.dep_ in ("dobj", "nsubjpass"):
                        objs.update(_partitive_words(c))
            if key == "N":
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        objs.update(p.lemma_.lower() for p in c.children if p.dep_ == "pobj")
                if tok.dep_ == "dobj" and tok.head.lemma_.lower() in light:
                    preps.update(
                        c.lower_ for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i
                    )
        words = _Words(tok)
        chosen = next((c for c in cands if _matches(c, tok, prts, preps, objs, words)), None)
        if chosen is None:
            _clause_reading(tok, key, out)
            continue
        if chosen.cameo == NO_EVENT:
            continue
        if "accord" in chosen.flags and _expresses_accord(tok):
            out.append(Found(tok, chosen, "019"))
            continue
        out.append(Found(tok, chosen, refine(chosen.cameo, _object_words(tok), lex)))
    _attach_nominal_agents(out)
    return out


def _attach_nominal_agents(found: list[Found]) -> None:
    """ "The expulsion of Venezuelan diplomats by Britain": the parser hangs "by X" on the noun's
    object; an event noun's "by" phrase names its doer, so it moves onto the event noun (in
    place). Not when the noun it hangs on is an event of its own ("the condemnation of attacks
    by militants"), unless the event noun's row was chosen for that object ("the suspension of
    trade ... by X"). A participle's agent ("sanctions imposed by X") stays: moving it lowered
    the check half of plover_gsr_dev."""
    events = {f.tok.i for f in found}
    for f in found:
        noun = f.tok
        if f.entry.pos != "N" or any(c.lower_ == "by" for c in noun.children):
            continue
        hosts = [
            obj
            for prep in noun.children
            if prep.dep_ == "prep" and prep.i > noun.i
            for obj in prep.children
            if obj.dep_ == "pobj" and (obj.i not in events or obj.lemma_.lower() in f.entry.obj)
        ]
        hung = [b for h in hosts for b in h.children if b.dep_ == "prep" and b.lower_ == "by"]
        if hung:
            hung[0].head = noun


def _clause_reading(tok: Token, key: str, out: list[Found]) -> None:
    """Verbs that are events only through their clause: "said X must", "claimed they had"."""
    if key != "V":
        return
    lemma = tok.lemma_.lower()
    if lemma in _SPEECH and _states_obligation(tok):
        out.append(Found(tok, _SAY_DEMAND, _SAY_DEMAND.cameo))
    elif lemma == "claim" and _claims_own_act(tok):
        out.append(Found(tok, _CLAIM_OWN, _CLAIM_OWN.cameo))


def _claims_own_act(tok: Token) -> bool:
    """A that-clause whose subject is a pronoun for the claimant: "claimed that they had"."""
    return any(
        c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ in _OWN for g in c.children)
        for c in tok.children
    )


def _expresses_accord(tok: Token) -> bool:
    """ "agreed that ...", "agree with the report": a shared view, not a commitment (019).

    An infinitive ("agreed to meet"), an object ("agreed a deal"), "on"/"to" ("agreed on a
    ceasefire") or a that-clause with "should"/"must"/"will" keeps the intent reading.
    """
    clause = False
    for c in tok.children:
        dep = c.dep_
        if dep in ("xcomp", "dobj") or (dep == "prep" and c.lower_ in _ACCORD_PREPS):
            return False
        if dep == "ccomp":
            if any(g.dep_ in ("aux", "auxpass") and g.lower_ in _NORM for g in c.children):
                return False  # "agree that disputes should be settled": a shared commitment
            clause = True
        elif dep == "prep" and c.lower_ == "with" and c.i > tok.i:
            clause = True
    return clause


def _states_obligation(tok: Token) -> bool:
    """A that-clause with "must": "said (that) Syria must withdraw"."""
    for c in tok.children:
        if c.dep_ == "ccomp" and any(
            g.dep_ in ("aux", "auxpass") and g.lower_ in _OBLIGE for g in c.children
        ):
            return True
    return False


def refine(code: str, words: set[str], lex: Lexicon) -> str:
    """A more specific code from object words, only where the lexicon line is generic."""
    if len(code) > 3 or code[2] != "0":
        return code
    for vocab, better in lex.refine.get(code[:2], ()):
        if vocab & words:
            return better
    return code


def fold_control(found: list[Found], light: Collection[str] = ()) -> None:
    """Fold embedded events into their control verb; a refusal codes the refused act as REJECT.

    "Refused to sign" / "declined to meet" is CAMEO 12 (PLOVER REJECT), the sub-code from the
    refused act (:func:`refusal_code`), asserted; "denied that it sent troops" keeps the act,
    negated (the `negctl` rows of other roots).

    An embedded verb that is no trigger passes its object noun's event up only when it is a
    light verb (``light``: "agreed to hold talks", "vowed to launch attacks") or the governor
    refuses or denies ("refused to reaffirm its support": the support is refused); "agreed to
    document the killings" is no threat of killing, and the killings only say what was agreed.
    """
    by_tok = {f.tok.i: f for f in found}
    for f in found:
        flags = f.entry.flags
        if f.entry.pos == "N" and f.tok.lemma_.lower() in _COMMISSIVE_NOUNS:
            _fold_promise_of(f, by_tok)
        if "ctl" not in flags and "negctl" not in flags:
            continue
        for c in f.tok.children:
            if _promised_noun(f, c, by_tok):
                pass  # "vowed revenge", "pledged aid": the promised act's noun, like "to X"
            elif c.dep_ not in ("xcomp", "ccomp", "acl") and not _infinitive_advcl(f.tok, c):
                continue
            if c.i not in by_tok:  # "agreed to hold talks": the light verb's event noun
                if c.lemma_.lower() not in light and "negctl" not in flags:
                    obj = next((g for g in c.children if g.dep_ == "dobj" and g.i in by_tok), None)
                    if obj is not None:
                        by_tok[obj.i].absorbed = True  # the content of the act, not news
                    continue
                obj = next((g for g in c.children if g.dep_ == "dobj" and g.i in by_tok), None)
                if obj is None or by_tok[obj.i].entry.pos != "N":
                    continue
                c = obj
            inner = by_tok[c.i]
            if f.code[:2] == "03" and any(g.dep_ == "neg" for g in c.children):
                _promise_not(f, inner)
            elif "negctl" in flags and f.code[:2] == "12" and inner.code[:2] != "01":
                inner.absorbed = True  # "refused to sign": a rejection, the codebooks' REJECT
                inner.controller = f
                f.code = refusal_code(inner.code)
            elif "negctl" in flags:
                inner.negated = True  # "denied that it sent troops": the sending, negated;
                f.absorbed = True  # "declined to comment" is no rejection of anyone
            elif f.code[:2] == "03" and inner.code[:2] >= "09":
                if f.tok.lemma_.lower() in _PLANS:
                    f.absorbed = True  # "plans to attack": the attack, possible
                else:
                    inner.absorbed = True  # "vowed to attack": a threat
                    inner.controller = f
                    f.code = _THREAT.get(inner.code[:2], "130")
            else:
                inner.absorbed = True
                inner.controller = f
                table = CONTROL_REFINE.get(f.code[:2])
                if table and len(f.code) == 3 and f.code[2] == "0":
                    f.code = table.get(inner.code[:2], f.code)
            break


# What refusing an act is in CAMEO's 12 (REJECT) branch: "refused to meet" rejects a proposal to
# meet (125), "refused to lift sanctions" refuses to ease them (1244), "refused to release the
# crew" refuses to release persons (1243). Most specific code first; the 12 root otherwise.
_REFUSAL = (
    ("045", "126"), ("046", "125"), ("04", "125"), ("057", "127"), ("0611", "1211"),
    ("061", "1211"), ("062", "1212"), ("071", "1221"), ("072", "1222"), ("073", "1223"),
    ("074", "1224"), ("07", "122"), ("06", "121"), ("081", "1241"), ("084", "1243"),
    ("085", "1244"), ("086", "1245"), ("087", "1246"), ("08", "124"),
)  # fmt: skip


def refusal_code(code: str) -> str:
    """The CAMEO rejection code for refusing the act ``code`` ("refused to meet" -> 125)."""
    return next((r for prefix, r in _REFUSAL if code.startswith(prefix)), "120")


# Commissive verbs whose object noun names the promised or threatened act: "vowed revenge
# against X" is a threat (13), "pledged aid to X" an intent to give aid (033).
_COMMISSIVE = frozenset({"vow", "pledge", "promise", "swear", "threaten"})


def _promised_noun(f: Found, c: Token, by_tok: dict[int, Found]) -> bool:
    inner = by_tok.get(c.i)
    if c.dep_ != "dobj" or inner is None or inner.entry.pos != "N":
        return False
    if f.tok.lemma_.lower() not in _COMMISSIVE or inner.code[:2] < "04":
        return False
    return not any(g.dep_ in ("xcomp", "ccomp") for g in f.tok.children)


_COMMISSIVE_NOUNS = frozenset({"pledge", "promise", "offer", "vow", "threat"})


def _fold_promise_of(f: Found, by_tok: dict[int, Found]) -> None:
    """ "the pledge of aid to X", "the offer of a loan", "the threat of sanctions": the promised
    or threatened act is the content of the promise (an intent, 03, or a threat, 13)."""
    for prep in f.tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            inner = by_tok.get(obj.i)
            if obj.dep_ != "pobj" or inner is None or inner.entry.pos != "N" or inner.absorbed:
                continue
            if inner.code[:2] < "04":
                continue
            inner.absorbed = True
            inner.controller = f
            by = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is not None and not any(c.lower_ == "by" for c in f.tok.children):
                by.head = f.tok  # "the pledge of aid to X by Y": Y pledges
            if inner.code[:2] >= "09":
                f.code = _THREAT.get(inner.code[:2], "130")
            elif f.code[:2] == "03" and len(f.code) == 3:
                f.code = _INTENT.get(inner.code[:2], f.code)
            return


def _promise_not(f: Found, inner: Found) -> None:
    """ "vowed not to attack": a promise of restraint, an intent (03) and no threat; "vowed
    not to return the Golan Heights": the act is promised not to happen, so it is the act,
    negated (like "refused to"), with no event of the promise's own."""
    inner.absorbed = True
    if inner.code[:2] >= "09":
        inner.controller = f  # the restraint keeps the promise's intent code
    else:
        inner.absorbed = False
        inner.negated = True
        f.absorbed = True


def _infinitive_advcl(verb: Token, c: Token) -> bool:
    """ "have sworn to fight until ...": a control verb's "to" infinitive that the parser
    attached as an adverbial clause; taken as the complement when the verb has no other."""
    if (
        c.dep_ != "advcl"
        or c.i < verb.i
        or not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    ):
        return False
    return not any(g.dep_ in ("xcomp", "ccomp", "dobj") for g in verb.children)


def _extraposed(noun: Token, by_tok: dict[int, Found]) -> list[Token]:
    """ "reiterated its demand today that Israel ease ...": a "that" clause the parser hung on
    the verb (not itself a trigger) whose object the demand noun is."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.i in by_tok:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and c.i > noun.i and any(g.lower_ == "that" for g in c.children)
    ]


def fold_requested(found: list[Found]) -> None:
    """ "demanded the president's resignation", "urged Chile's withdrawal", "its demand that
    Israel ease restrictions": an act named as the object of a demand or appeal, or in the
    clause of a demand noun, is asked for, not reported; it folds into the request (and
    refines its code) even when a possessor names its doer."""
    by_tok = {f.tok.i: f for f in found}
    for f in found:
        if f.absorbed or f.code[:2] not in ("02", "10"):
            continue
        noun = f.entry.pos == "N"  # "its demand that Israel ease restrictions"
        if not noun and "ctl" not in f.entry.flags:
            continue
        for c in list(f.tok.children) + (_extraposed(f.tok, by_tok) if noun else []):
            inner = by_tok.get(c.i)
            if inner is None or inner.absorbed:
                continue
            if noun and c.dep_ not in ("acl", "ccomp"):
                continue
            if not noun and (c.dep_ != "dobj" or inner.entry.pos != "N"):
                continue
            inner.absorbed = True
            inner.controller = f
            table = CONTROL_REFINE.get(f.code[:2])
            if table and len(f.code) == 3 and f.code[2] == "0":
                f.code = table.get(inner.code[:2], f.code)


_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
_PROTEST_AIMS = frozenset({"02", "10", "11", "14"})  # calls, demands, complaints, protests


def fold_protest_aims(found: list[Found]) -> None:
    """A protest's stated aim is part of the protest, not an event of its own.

    "Students marched to demand reforms", "farmers blocked roads, demanding lower prices",
    "began a hunger strike to protest the decision": the PLOVER codebook codes protests that
    make demands as PROTEST, never as REQUEST. The demand folds into the protest (whose target
    it may name) the way an infinitive folds into a control verb.
    """
    by_tok = {f.tok.i: f for f in found}
    for f in found:
        if f.absorbed or f.code[:2] != "14":
            continue
        heads = [f.tok]
        gov = f.tok.head
        if f.entry.pos == "N" and f.tok.dep_ in ("dobj", "pobj", "nsubj") and gov.i != f.tok.i:
            heads.append(gov.head if f.tok.dep_ == "pobj" else gov)  # "staged rallies to demand"
        for h in heads:
            for c in h.children:
                inner = by_tok.get(c.i)
                if c.dep_ not in _PURPOSE_DEPS or inner is None or inner is f:
                    continue
                if inner.absorbed or inner.code[:2] not in _PROTEST_AIMS:
                    continue
                inner.absorbed = True
                inner.controller = f
