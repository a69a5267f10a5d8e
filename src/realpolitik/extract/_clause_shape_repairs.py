"""Parse repairs of a clause's shape that ``_nlp.repair_parse`` runs on every sentence: an active
verb's agent read as a by-phrase, a visiting guest read as the host's participle, a fronted subject,
an inverted condition ("Should X attack, ...") and a main clause conjoined after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._pos import VERB
from realpolitik.extract._tree import forget, sentence_words, tokens_with_form, tokens_with_lemma
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _active_verb(verb: Token) -> bool:
    """A verb in the active voice: finite, or a perfect participle ("has condemned")."""
    kids = list(verb.children)
    if any(c.dep_ == "auxpass" for c in kids):
        return False
    if verb.tag_ in _FINITE:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)


_BY = frozenset({"by"})


def active_agent(sent: Span) -> None:
    """ "Argentina's ambassador condemned the arrests by Kabul": the parser may hang "by Kabul"
    as the agent of "condemned", as if passive, and the doer of the arrests becomes the
    condemner. An active verb has no agent: the "by" phrase belongs to the object before it
    (the arrests' doer)."""
    for tok in tokens_with_form(sent, _BY):
        if tok.dep_ != "agent" or tok.lower_ != "by" or not _active_verb(verb := tok.head):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
        if obj is None or verb.i > tok.i:
            continue
        relabel(tok, "prep", obj)


# Verbs of receiving a guest: "met visiting Japanese Foreign Minister X" is "met the visiting X".
_HOST_VERBS = frozenset({"meet", "host", "welcome", "receive", "greet"})
_VERB_READS = frozenset({"advcl", "xcomp"})  # how the parser hangs the misread participle
_VISIT = frozenset({"visit"})


def visiting_guest(sent: Span) -> None:
    """ "Xi met visiting German Chancellor Scholz in Beijing": without an article the parser
    reads "visiting" as a second verb ("met while visiting Scholz"), leaving the meeting with no
    object and making the host the visitor. The guest becomes the host verb's object, and
    "visiting" its modifier; a place phrase on "visiting" moves to the host verb. (Only the
    tokens of the lemma are read: the lemmas read once per parse.)"""
    if "visit" not in sentence_words(sent):
        return  # (most sentences: no walk over their tokens)
    for tok in tokens_with_lemma(sent, _VISIT):
        head = tok.head
        if tok.lemma_.lower() != "visit" or tok.tag_ != "VBG" or tok.dep_ not in _VERB_READS:
            continue
        if tok.i != head.i + 1 or head.lemma_.lower() not in _HOST_VERBS:
            continue
        guest = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if guest is None or any(c.dep_ == "dobj" for c in head.children):
            continue
        for c in list(tok.children):
            if c.dep_ == "prep":
                relabel(c, head=head)
        relabel(guest, head=head)
        relabel(tok, "amod", guest)
        relabel(guest, "dobj")


def fronted_subject(sent: Span) -> None:
    """The subject read as an apposition inside a fronted phrase (see :func:`repair_parse`)."""
    verb = sent.root
    if verb.pos != VERB or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i <= sent.start:
        return
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return
    if sent[0].dep_ not in ("prep", "advcl", "mark", "advmod"):
        return
    t = sent.doc[verb.i - 1]
    while t.dep_ in ("compound", "flat") and t.head.i > t.i and t.head.i < verb.i:
        t = t.head
    if t.dep_ != "appos" or t.pos_ not in ("PROPN", "NOUN") or t.head.i >= t.i:
        return
    first = t.left_edge.i
    if first <= sent.start or sent.doc[first - 1].text != ",":
        return
    relabel(t, "nsubj", verb)


# Longest subject tried before the auxiliary when an inverted condition is read again.
_SUBJECT_WORDS = 6


def _one_subject(verb: Token) -> bool:
    """A reordering that leaves the verb two subjects ("the should Venezuelan government
    refuse") put the auxiliary inside the subject: not the clause's reading."""
    return [c.dep_ for c in verb.children].count("nsubj") == 1


def inverted_condition(sent: Span) -> None:
    """ "Should Mexico fire rockets into China, prices would rise": after an inverted
    auxiliary the parser often reads the clause as a noun phrase ("Mexico fire rockets"). Put
    back in declarative order ("Mexico should fire rockets into China") the clause parses as
    a verb's clause; each subject length is tried until the auxiliary sits on a verb whose
    subject is exactly the words before it. That reading replaces the clause's, hung as an
    adverbial clause on the main verb (the auxiliary stays on the verb, so the clause keeps
    its hedge). Only when the main verb lies outside the clause."""
    from realpolitik.extract.factuality import inverted_clause

    span = inverted_clause(sent)
    if span is None:
        return  # (most sentences: no parse root looked for)
    root = sent.root
    if span[0] <= root.i <= span[1]:
        _conjoined_main(sent, root, span)
        return
    aux, comma = span
    doc = sent.doc
    if _infinitive_of_subject(doc[aux], comma) or _were_attribute(doc[aux]):
        return
    words = list(doc[aux + 1 : comma])
    from realpolitik.extract._nlp import load_nlp  # (_nlp runs this repair: imported late)

    nlp = load_nlp()
    orders = [
        [*words[:k], doc[aux], *words[k:]]
        for k in range(1, min(_SUBJECT_WORDS, len(words) - 1) + 1)
    ]
    if not orders:
        return
    texts = [" ".join(t.lower_ if t.i == aux else t.text for t in order) for order in orders]
    # every order parsed in one call: a parse does not depend on its batch, and one call of a
    # few texts costs about half what a call for each costs
    alones = list(nlp.pipe(texts, batch_size=len(texts)))
    readings = []
    for k, (order, alone) in enumerate(zip(orders, alones, strict=True), start=1):
        if len(alone) != len(order):
            return
        verb = alone[k].head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            alone[k].dep_ == "aux"
            and verb.dep_ == "ROOT"
            and verb.pos_ == "VERB"
            and subj is not None
            and _one_subject(verb)  # ("the should Chinese government refuse": two)
            and (subj.left_edge.i, subj.right_edge.i) == (0, k - 1)
        ):
            readings.append((order, alone, verb))
    if not readings:
        return
    # "the Chinese should navy blockade ..." also parses: a verb the lexicon knows wins
    from realpolitik.extract._lexicon import lexicon

    verbs = lexicon().triggers
    order, alone, verb = next(
        (r for r in readings if (r[2].lemma_.lower(), "V") in verbs), readings[0]
    )
    for new, old in zip(alone, order, strict=True):  # the verb, and nouns it takes back
        if new.i == verb.i or (new.pos_ in ("NOUN", "PROPN") and old.pos_ == "VERB"):
            old.tag_, old.pos_, old.lemma_ = new.tag_, new.pos_, new.lemma_
    forget(doc)  # (the words read of the parse hold the old lemmas)
    for new, old in zip(alone, order, strict=True):
        if new.i == verb.i:
            relabel(old, "advcl", root)
        else:
            relabel(old, new.dep_, order[new.head.i])


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _infinitive_of_subject(aux: Token, comma: int) -> bool:
    """ "Were Canberra to arrest a Korean diplomat, markets would tumble": the parser may hang
    the infinitive on the inverted subject as its relative clause ("Canberra to arrest"), so
    the act has no subject. An infinitive inside the condition that modifies the auxiliary's
    subject is the auxiliary's clause, as in the parse it gives other names; True when
    repaired."""
    subj = next((c for c in aux.children if c.dep_ in _SUBJECTS), None)
    if subj is None or aux.head.i == aux.i:
        return False
    verb = next(
        (c for c in subj.children
         if c.dep_ in ("relcl", "acl") and c.i < comma and c.pos_ == "VERB"
         and to_infinitive(c)),
        None,
    )  # fmt: skip
    if verb is None:
        return False
    sent = aux.sent
    heads, deps = tree_of(sent)
    heads[verb.i], deps[verb.i] = aux.i, "advcl"
    _write_tree(sent, heads, deps)
    return True


def _were_attribute(aux: Token) -> bool:
    """ "Were Viktor Orban to invade X, ...": the parser may read the inverted subject of
    "were" as its attribute ("were Orban"), so the infinitive has no doer. With no subject of
    its own and an infinitive, the attribute is the subject; True when repaired."""
    if aux.lower_ != "were" or any(c.dep_ in _SUBJECTS for c in aux.children):
        return False
    attr = next((c for c in aux.children if c.dep_ == "attr" and c.i > aux.i), None)
    if attr is None or not any(c.dep_ == "xcomp" and c.i > attr.i for c in aux.children):
        return False
    heads, deps = tree_of(aux.sent)
    deps[attr.i] = "nsubj"
    _write_tree(aux.sent, heads, deps)
    return True


def _conjoined_main(sent: Span, root: Token, span: tuple[int, int]) -> None:
    """ "Should Russia refuse to pay, Brazil might take over the project": the parser may read
    the inverted clause as the sentence's root, its auxiliary and subject in place, and the
    main clause after the comma as its conjunct. A conjunct after the comma with a subject of
    its own is the main verb; the condition becomes its adverbial clause, and what hung on the
    condition after the comma (the comma, a conjunction) moves to the main verb."""
    aux, comma = span
    doc = sent.doc
    if doc[aux].head.i != root.i or not any(c.dep_ in _SUBJECTS for c in root.children):
        return
    main = next(
        (c for c in root.children
         if c.dep_ == "conj" and c.i > comma and any(k.dep_ in _SUBJECTS for k in c.children)),
        None,
    )  # fmt: skip
    if main is None:
        return
    heads, deps = tree_of(sent)
    for c in root.children:
        if comma <= c.i < main.i and c.dep_ in ("punct", "cc"):
            heads[c.i] = main.i
    heads[main.i], deps[main.i] = main.i, "ROOT"
    heads[root.i], deps[root.i] = main.i, "advcl"
    _write_tree(sent, heads, deps)
