"""Find event triggers in a sentence: every verb and event noun, not only the root.

A token is a trigger when its (lemma, part of speech) is in the lexicon and the line's
conditions hold (particle, preposition, object head). The code is then refined by object words
in the trigger's phrase ("supplies of ... arms" -> 072) and, for control verbs, by the root of
the embedded event ("agreed to meet" -> 036, "threatened to attack" -> 138). Whether a row's
conditions hold at a token is read in ``_row_conditions.py``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from realpolitik.extract import _syntax
from realpolitik.extract._denied_charge import denied_accusation
from realpolitik.extract._folding import (
    fold_control,
    fold_protest_aims,
    fold_requested,
    refusal_code,
)
from realpolitik.extract._found import CONTROL_REFINE, Found, plover_of
from realpolitik.extract._hyphen_objects import hyphen_words
from realpolitik.extract._kind_clauses import kind_clause
from realpolitik.extract._lexicon import (
    ANY_OBJECT,
    NO_EVENT,
    NO_OBJECT,
    Lexicon,
    Trigger,
    pos_key,
)
from realpolitik.extract._measure_pronouns import measure_words
from realpolitik.extract._open_verdicts import open_verdict
from realpolitik.extract._pact_subjects import raised_pact_words
from realpolitik.extract._people_objects import aboard_words, people_words
from realpolitik.extract._predicted_harm import (
    HARM_GOVERNORS,
    SAY_HARM,
    predicted_harm,
    quoted_subject,
)
from realpolitik.extract._readings import (
    CLAUSE_VERBS,
    clause_reading,
    compared_relative,
    expresses_accord,
    free_relative_label,
    in_name,
    label,
    repair_labels,
    stops_short,
)
from realpolitik.extract._regret import regret_code
from realpolitik.extract._row_conditions import _matches, _SentenceWords, _Words
from realpolitik.extract._shared_objects import shared_object, shared_passive_subject
from realpolitik.extract._stood_by import stood_idle
from realpolitik.extract._syntax import for_to_clause, title_words
from realpolitik.extract._timex import WEEKDAYS
from realpolitik.extract._told_orders import TELL, told_order
from realpolitik.extract._trade_balances import multiplied_amount
from realpolitik.extract._tree import tokens_with_lemma
from realpolitik.extract._tree_rewrites import relabel
from realpolitik.extract._trigger_objects import (
    MOD_DEPS,
    object_words,
    partitive_words,
    preps_after_apposition,
)
from realpolitik.extract._unit_nouns import unit_modifier
from realpolitik.extract._violence_means import armed_destruction_code, bombing_code
from realpolitik.extract._warned_subject import repair_warned_subject

__all__ = [
    "CONTROL_REFINE",
    "Found",
    "find_triggers",
    "fold_control",
    "fold_protest_aims",
    "fold_requested",
    "plover_of",
    "refine",
    "refusal_code",
]

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _adjective_complement(c: Token) -> bool:
    """What makes an adjective an act: an infinitive ("ready to talk") or what it judges ("was
    critical of Y", leftovers24; the rows ask for the preposition)."""
    return c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "of")


def _verb_read_as_adjective(tok: Token) -> bool:
    """An adjective the parser gave an infinitive's "to" and a direct object ("to free X's
    soldiers"): a verb the tagger misread."""
    kids = list(tok.children)
    return any(c.dep_ == "dobj" for c in kids) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids
    )


def find_triggers(sent: Span, lex: Lexicon, light: Collection[str] = ()) -> list[Found]:
    """Triggers of one sentence in token order, before control-verb folding.

    A participle that only describes a noun ("detained sailors", "the occupied territories") is
    no trigger. An event noun carried by a light verb (``light``: "held drills near X",
    "launched strikes on X") also sees the verb's prepositions after it, wherever the parser
    attached them.
    """
    table = lex.triggers
    out: list[Found] = []
    repair_labels(sent)
    repair_warned_subject(sent)  # "experts warned X might ...": X the clause's subject
    sentence = _SentenceWords(sent)
    harms: set[int] = set()  # harm verbs read as the content of a criticism
    for tok in tokens_with_lemma(sent, _lemmas(table)):  # (the others are no trigger)
        key = pos_key(tok.pos)
        if key is None or (key == "V" and tok.dep_ == "amod"):
            continue
        if tok.i in harms:
            continue
        lemma = tok.lemma_.lower()
        harm = predicted_harm(tok) if key == "V" and lemma in HARM_GOVERNORS else None
        if harm is not None:  # "warned that X's plan would destroy ...": criticism, no threat
            out.append(Found(tok, SAY_HARM, SAY_HARM.cameo))
            harms.add(harm.i)
            judged = quoted_subject(harm)  # "said Y's arms sales 'threaten ...'" (c41, E)
            if judged is not None:
                harms.add(judged.i)
            continue
        cands = table.get((lemma, key))
        if key == "V" and tok.dep_ in _NOMINAL_DEPS and tok.tag_ in ("NNS", "NN", "VBZ"):
            key = "N"  # "taking part in the Balikatan drills": a noun the tagger read as a verb
            cands = table.get((lemma, key))
        elif key == "A" and _verb_read_as_adjective(tok):
            key = "V"  # "rejected calls to free X's soldiers": "free" with an object is a verb
            cands = table.get((lemma, key))
        if cands is None:
            if key == "V" and lemma in CLAUSE_VERBS:  # (it reads no other token)
                clause_reading(tok, key, out)
            continue
        if key == "A" and not any(_adjective_complement(c) for c in tok.children):
            continue
        if key == "N" and (label(tok) or in_name(tok, cands) or _syntax.spent_noun(tok)):
            continue  # (spent: "answered X's protests", "dropped its objection")
        if key == "N" and unit_modifier(tok, cands):
            continue  # "riot police": the noun names a unit, no act
        if key == "V" and (free_relative_label(tok) or stops_short(tok) or stood_idle(tok)):
            continue
        if key == "V" and (compared_relative(tok) or multiplied_amount(tok)):
            continue  # "a fraction of what Z offers" (c37), "sells Y 3 times what it buys" (c38)
        if key == "V" and _syntax.insisted_claim(tok):  # "insists the dam is safe"
            continue
        if key == "V" and kind_clause(tok):  # "a row of the kind X once fought with Y"
            continue
        prts: set[str] = set()
        preps: set[str] = set()
        objs: set[str] = set()
        specific, appeal = _row_facts(cands)
        if specific:
            # whether it has an object (ANY_OBJECT / NO_OBJECT rows): a verb's direct object or
            # passive subject, an event noun's "of" object; read in the same walk
            has_object = False
            for c in tok.children:
                dep = c.dep_
                if dep == "prt":
                    prts.add(c.lower_)
                    # "was handing over detainees": the parser hangs the object on the particle
                    pobj = [g.lemma_.lower() for g in c.children if g.dep_ == "pobj"]
                    objs.update(pobj)
                    has_object = has_object or bool(pobj)
                elif dep in ("prep", "agent") and not _dating(c):
                    preps.add(c.lower_)
                elif dep in ("advcl", "acl") and appeal and for_to_clause(c):
                    preps.add("for")  # "called for X to withdraw": "for" heads the clause
                elif dep == "ccomp" and any(g.lower_ == "to" for g in c.children):
                    # "ordered X's ambassador to leave" parsed as a clause: X is the object
                    objs.update(g.lemma_.lower() for g in c.children if g.dep_ == "nsubj")
                elif dep in ("dobj", "nsubjpass", "compound", "amod", "dative"):
                    objs.add(c.lemma_.lower())
                    objs.update(hyphen_words(c))  # "a cease-fire": also "cease-fire"
                    if dep in ("dobj", "nsubjpass"):  # "called Foreign Minister Lavrov",
                        # "imposed a curfew", "Prime Minister X was received by ..."
                        objs.update(g.lemma_.lower() for g in c.children if g.dep_ in MOD_DEPS)
                    if dep == "nsubjpass":  # "President Theresa May was received": a title
                        objs.update(title_words(c))
                    if dep == "dobj":
                        preps.update(preps_after_apposition(c))
                    if dep in ("dobj", "nsubjpass"):
                        has_object = True
                        objs.update(partitive_words(c))
                        objs.update(people_words(c))  # "sent back 120 Tunisians" (lo19)
                        objs.update(aboard_words(c))  # "a boat carrying 40 Somalis" (lex33)
                        objs.update(measure_words(c))  # "should scrap them" (the tariffs)
            if key == "V":  # "the pact is due to be inked", "it is to be concluded" (lo21)
                objs.update(raised_pact_words(tok))
            if key == "V" and tok.dep_ in _ANSWER_DEPS and denied_accusation(tok):
                objs.add("accusation")  # "..., which Y rejected": the charge its object (l45)
                has_object = True
            if key == "V" and not has_object and (shared := shared_object(tok)) is not None:
                objs.add(shared.lemma_.lower())  # "banned and unbanned maize exports" (lex25)
                objs.update(g.lemma_.lower() for g in shared.children if g.dep_ in MOD_DEPS)
                has_object = True
            if key == "V" and not has_object and (shared := shared_passive_subject(tok)):
                objs.add(shared.lemma_.lower())  # "were arrested and later set free" (lo49)
                has_object = True
            if key == "N":
                has_object = False
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        of = [p.lemma_.lower() for p in c.children if p.dep_ == "pobj"]
                        objs.update(of)
                        objs.update(w for p in c.children for w in hyphen_words(p))
                        has_object = has_object or bool(of)
                if tok.dep_ == "dobj" and tok.head.lemma_.lower() in light:
                    preps.update(
                        c.lower_ for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i
                    )
            objs.add(ANY_OBJECT if has_object else NO_OBJECT)
        words = _Words(tok, sentence)
        chosen = next((c for c in cands if _matches(c, tok, prts, preps, objs, words)), None)
        if chosen is None and key == "V":
            chosen = open_verdict(tok, table)  # "called the arrests heavy-handed" (lex25)
        elif chosen is not None and key == "V" and lemma == "call" and chosen.cameo[:2] == "02":
            # "called X's decision a prize for terrorism": the verdict's "for", no call for (p26)
            chosen = open_verdict(tok, table) or chosen
        if chosen is None and key == "V" and lemma == TELL:
            chosen = told_order(tok, table)  # "told Y to withdraw": an order (wire9)
        if chosen is None:
            clause_reading(tok, key, out)
            continue
        if chosen.cameo == NO_EVENT:
            continue
        if "accord" in chosen.flags and expresses_accord(tok):
            out.append(Found(tok, chosen, "019"))
            continue
        code = bombing_code(chosen.cameo, tok) if key == "V" else regret_code(tok, chosen.cameo)
        if key == "V":  # "Israeli warplanes destroyed Syrian batteries": force (wire9)
            code = armed_destruction_code(code, tok)
        if code == chosen.cameo and _refinable(code, lex):  # (a bomb's own code wins, 195)
            code = refine(code, object_words(tok), lex)
        out.append(Found(tok, chosen, code))
    _attach_nominal_agents(out)
    return _syntax.drop_attributions(out)


_ANSWER_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "ROOT"})
_NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
_ROW_FACTS: dict[int, tuple[tuple[Trigger, ...], bool, bool]] = {}


def _row_facts(rows: tuple[Trigger, ...]) -> tuple[bool, bool]:
    """Whether some row of a lemma's rows has conditions (then the trigger's particles,
    prepositions and objects are read), and whether some is an appeal "for" a clause with its
    own subject ("called for X to go"; a demand "for" one is often domestic: "pushed for the
    Constitution to be revised"). Read once per row tuple (kept with it, so its id is never
    reused), not once per token."""
    got = _ROW_FACTS.get(id(rows))
    if got is None or got[0] is not rows:
        specific = any(c.specificity for c in rows)
        appeal = any(c.cameo[:2] == "02" and "for" in c.prep for c in rows)
        got = _ROW_FACTS[id(rows)] = (rows, specific, appeal)
    return got[1], got[2]


_LEMMAS: dict[int, tuple[Mapping[tuple[str, str], object], frozenset[str]]] = {}


def _lemmas(table: Mapping[tuple[str, str], object]) -> frozenset[str]:
    """Every lemma that :func:`find_triggers` reads further: the table's, the harm governors'
    and the clause verbs' (kept per table, with the table, so its id is never reused)."""
    got = _LEMMAS.get(id(table))
    if got is None or got[0] is not table:
        lemmas = frozenset(lemma for lemma, _ in table) | HARM_GOVERNORS | CLAUSE_VERBS
        got = _LEMMAS[id(table)] = (table, lemmas)
    return got[1]


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
            relabel(hung[0], head=noun)


def _refinable(code: str, lex: Lexicon) -> bool:
    """Whether :func:`refine` could change ``code`` at all (else no object words are read)."""
    return not (len(code) > 3 or code[2] != "0") and bool(lex.refine.get(code[:2]))


def refine(code: str, words: set[str], lex: Lexicon) -> str:
    """A more specific code from object words, only where the lexicon line is generic."""
    if len(code) > 3 or code[2] != "0":
        return code
    for vocab, better in lex.refine.get(code[:2], ()):
        if vocab & words:
            return better
    return code


def _dating(prep: Token) -> bool:
    """ "called Turkey a rogue state on Monday": a time phrase fills no preposition a row asks
    for (no "call on X" appeal)."""
    return any(
        p.dep_ == "pobj" and (p.lower_ in WEEKDAYS or p.ent_type_ in ("DATE", "TIME"))
        for p in prep.children
    )
