"""Parse repairs that re-hang a whole clause: a trailing appositive's relative clause read as
the main clause. Called by :func:`realpolitik.extract._nlp.repair_parse`."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from realpolitik.extract._pos import PROPN, VERB
from realpolitik.extract._tree import (
    forget,
    tag_hashes,
    tagged,
    tokens_with_lemma,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token
    from thinc.types import Ints2d

_ARTICLES = frozenset({"a", "an"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NOUNISH = frozenset({"NOUN", "PROPN"})
_NOT_IN_SUBJECT = frozenset({"ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"})
_PAST = frozenset({"VBD", "VBN"})  # (the tagger may read the past tense as a participle)
_NOUN_MODIFIERS = frozenset({"compound", "amod", "nummod"})
_SHORTEST_SUBJECT = 1  # (words between the appositive's noun and the relative's auxiliary)
_BE = frozenset({"be"})
# Each repair looks first for its words or tags in the columns read once per parse
# (``_tree``) and makes a Token only of a candidate: most sentences have none.


def trailing_relative(sent: Span) -> None:
    """ "Moscow went ahead with the pipeline, a plan Caracas has repeatedly rejected": the
    parser may read the appositive's relative clause (its object left out) as the sentence's
    main clause, with the real main clause its complement ("Caracas rejected [Moscow went
    ahead]") or the appositive noun its subject. When the sentence ends "..., a NOUN SUBJECT
    has/have (ADV) PARTICIPLE.", the clause before the comma becomes the main clause again,
    the noun its set-off modifier and the participle the noun's relative clause."""
    end = sent.end - 1 if sent[-1].is_punct else sent.end
    doc = sent.doc
    verb = doc[end - 1]
    if verb.tag_ != "VBN" or end - sent.start < 6:
        return
    aux = verb.i - 1
    while aux > sent.start and doc[aux].pos_ == "ADV":
        aux -= 1
    if doc[aux].lemma_.lower() != "have" or doc[aux].tag_ not in _FINITE:
        return
    comma = next((i for i in range(aux - 1, sent.start, -1) if doc[i].text == ","), None)
    if comma is None or doc[comma + 1].lower_ not in _ARTICLES:
        return
    nouns = [i for i in range(comma + 2, aux) if doc[i].pos_ == "NOUN"]
    if not nouns:
        return
    noun = doc[nouns[0]]
    subject = list(range(noun.i + 1, aux))
    if len(subject) < _SHORTEST_SUBJECT or doc[subject[-1]].pos_ not in _NOUNISH:
        return  # (", a spokesman has said": no relative clause)
    if any(doc[i].pos_ in _NOT_IN_SUBJECT for i in subject):
        return  # (", an official in Kyiv has confirmed": the noun is the subject)
    if verb.dep_ == "relcl" and verb.head.i == noun.i:
        return  # (read right)
    if any(c.dep_ == "dobj" for c in verb.children if c.i > verb.i):
        return
    main = _main_verb(sent, comma)
    if main is None:
        return
    _rehang(sent, main, noun, verb, subject, comma)


def _main_verb(sent: Span, comma: int) -> Token | None:
    """The finite verb of the clause before the comma ("Rabat carried on ...", which the
    parser may read as "Rabat, carried on ...": a participle on the first noun)."""
    for t in sent.doc[sent.start : comma]:
        if t.pos_ == "VERB" and t.tag_ in _FINITE:
            return t
        if t.pos_ == "VERB" and t.dep_ == "acl" and t.head.i == t.i - 1 == sent.start:
            t.head.dep_ = "nsubj"
            t.tag_ = "VBD"
            forget(sent.doc)  # (a tag changed)
            return t
    return None


def _rehang(
    sent: Span, main: Token, noun: Token, verb: Token, subject: list[int], comma: int
) -> None:
    """The heads and labels of the repaired reading."""
    doc = sent.doc
    heads, deps = tree_of(sent)
    inside = range(sent.start, comma)
    for i in inside:  # the main clause hangs from its verb
        if i != main.i and not sent.start <= heads[i] < comma:
            heads[i] = main.i
    heads[main.i], deps[main.i] = main.i, "ROOT"
    head_of_subject = subject[-1]
    for i in range(comma, sent.end):
        if i in (noun.i, verb.i):
            continue
        if i == comma or doc[i].is_punct:
            heads[i], deps[i] = main.i if i > verb.i else noun.i, "punct"
        elif i < noun.i:
            heads[i] = noun.i  # "a", and words before the noun
        elif i == head_of_subject:
            heads[i], deps[i] = verb.i, "nsubj"
        elif i in subject and not noun.i < heads[i] <= head_of_subject:
            heads[i] = head_of_subject
        elif i > head_of_subject:
            heads[i] = verb.i  # the auxiliary and adverbs
    heads[noun.i], deps[noun.i] = main.i, "npadvmod"
    heads[verb.i], deps[verb.i] = noun.i, "relcl"
    _write_tree(sent, heads, deps)


def progressive_copula(sent: Span) -> None:
    """ "Abdelaziz Bouteflika was brokering talks between Russia and the rebels": the parser may
    read "was" as a copula and "brokering" as an adjective of "talks" ("was [brokering talks]"),
    so the act has no doer. Right after "was" and before a bare noun, a participle of a verb
    the lexicon knows, with a named subject, is the progressive verb: it takes the subject,
    "was" as its auxiliary and the noun as its object."""
    from realpolitik.extract._lexicon import lexicon

    progressive = set(tagged(sent, tag_hashes("VBG")))
    for be in tokens_with_lemma(sent, _BE) if progressive else ():
        if be.i + 2 >= sent.end or be.i + 1 not in progressive:
            continue
        part, noun = be.doc[be.i + 1], be.doc[be.i + 2]
        if part.tag_ != "VBG" or part.dep_ != "amod" or part.head.i != noun.i:
            continue
        if noun.dep_ != "attr" or noun.head.i != be.i:
            continue
        subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PROPN":
            continue
        if (part.lemma_.lower(), "V") not in lexicon().triggers:
            continue
        _progressive(sent, be, part, noun)
        return


def _progressive(sent: Span, be: Token, part: Token, noun: Token) -> None:
    """The participle the clause's verb, "was" its auxiliary, the noun its object."""
    heads, deps = tree_of(sent)
    for i in heads:
        if heads[i] == be.i and i != be.i:
            heads[i] = part.i
    take_place(heads, deps, part, be)
    heads[be.i], deps[be.i] = part.i, "aux"
    deps[noun.i] = "dobj"
    _write_tree(sent, heads, deps)


def tree_of(sent: Span) -> tuple[dict[int, int], dict[int, str]]:
    """A sentence's heads and labels as they stand, for a repair to edit and ``_write_tree``."""
    return {t.i: t.head.i for t in sent}, {t.i: t.dep_ for t in sent}


def take_place(heads: dict[int, int], deps: dict[int, str], new: Token, old: Token) -> None:
    """``new`` hangs where ``old`` hung, with its label (the root where ``old`` was the root):
    the step of every repair that puts a misread word back at the head of its clause."""
    if old.head.i == old.i:
        heads[new.i], deps[new.i] = new.i, "ROOT"
    else:
        heads[new.i], deps[new.i] = old.head.i, old.dep_


def _write_tree(sent: Span, heads: dict[int, int], deps: dict[int, str]) -> None:
    """Write a sentence's new heads and labels at once: the parse's links (children, edges)
    are rebuilt from the heads, which re-hanging one token at a time leaves stale."""
    import numpy as np
    from spacy.attrs import DEP, HEAD

    doc = sent.doc
    arr = np.asarray(doc.to_array([HEAD, DEP]), dtype=np.uint64)
    labels = doc.vocab.strings
    for i in range(sent.start, sent.end):
        arr[i, 0] = np.int64(heads[i] - i).astype(np.uint64)
        arr[i, 1] = labels.add(deps[i])
    doc.from_array([HEAD, DEP], cast("Ints2d", arr))


# How far up from a place the act's noun may lie ("extradition of a suspect to Britain").
_ACT_NOUN_ARCS = 4


def doer_on_place(sent: Span) -> None:
    """ "The extradition of a suspect to Britain by Mexico", "the delivery of jets to Kyiv by
    Washington": the parser hangs "by X" on the place just before it ("Britain by Mexico"); a
    place has no doer, so the phrase moves up to the act's noun (a noun the lexicon knows)."""
    from realpolitik.extract._lexicon import lexicon

    for by in sent:
        place = by.head
        if by.lower_ != "by" or by.dep_ != "prep" or place.pos != PROPN:
            continue
        if place.dep_ != "pobj" or place.head.lower_ == "by":
            continue
        t = place.head
        for _ in range(_ACT_NOUN_ARCS):
            t = t.head
            if t.pos_ == "NOUN" and (t.lemma_.lower(), "N") in lexicon().triggers:
                if not any(c.lower_ == "by" for c in t.children):
                    by.head = t
                break
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break


# How the parser may hang a past-tense verb it reads as a noun's modifier.
_MODIFIER = frozenset({"amod", "compound"})
# Verbs of saying that close a sentence: "..., South Africa said".
_SAYING = frozenset({"say", "report", "claim", "allege"})


def hang_report(
    sent: Span, said: Token, content: Token, reporter: Token, comma: int, obj: Token | None = None
) -> None:
    """Make a closing "..., REPORTER said" the sentence's reporting verb: `said` the root,
    `reporter` its subject, the clause headed by `content` (before the comma) what it reports,
    and what the parser had hung on `content` after the reporting verb hung on `said`; `obj`,
    when given, is the content verb's object again (it had been read as the reporter)."""
    heads, deps = tree_of(sent)
    heads[said.i], deps[said.i] = said.i, "ROOT"
    heads[content.i], deps[content.i] = said.i, "ccomp"
    if obj is not None:
        heads[obj.i], deps[obj.i] = content.i, "dobj"
    heads[reporter.i], deps[reporter.i] = said.i, "nsubj"
    heads[comma] = said.i
    for i in range(said.i + 1, sent.end):
        if heads[i] == content.i:
            heads[i] = said.i
    _write_tree(sent, heads, deps)


def trailing_reporter(sent: Span) -> None:
    """ "Hungary has been arming South Korea, South Africa said", "Colombia launched a
    cyberattack on X, a senior official said": the parser may read the closing "X said" as a
    second verb of the clause ("launched ... and said"), or the reporter as an apposition of
    the last object ("South Korea, South Africa"), so the act is not reported and the reporter
    may become a target. A verb of saying with no object that ends the sentence right after
    ", SUBJECT" is the reporting verb: the clause before the comma is its content."""
    saying = tokens_with_lemma(sent, _SAYING)
    if not saying:
        return
    root = sent.root
    for said in saying:
        if said.dep_ != "conj" or said.head.i != root.i:
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "cc") for c in said.children):
            continue
        if said.right_edge.i < (sent.end - 2 if sent[-1].is_punct else sent.end - 1):
            continue  # (the sentence ends with the reporting verb's phrase)
        subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if subj is None:  # "..., South Africa said": the reporter read as an apposition
            subj = sent.doc[said.i - 1]
            if subj.dep_ != "appos" or subj.pos_ != "PROPN" or subj.head.i >= subj.i:
                continue
        comma = subj.left_edge.i - 1
        if comma <= sent.start or sent.doc[comma].text != "," or subj.i > said.i:
            continue
        hang_report(sent, said, root, subj, comma)
        return


def finite_modifier(sent: Span) -> None:
    """ "The Afghan prime minister pressed lawmakers to approve aid", "the Ethiopian foreign
    ministry extradited suspects to Israel": the parser may read a past-tense verb as a
    modifier of the noun after it ("pressed lawmakers", "extradited suspects"), leaving the
    sentence's subject a subject of something else or a fragment. A word tagged as a
    past-tense verb but read as a modifier, between a subject and its noun, is the sentence's
    verb: the noun its object and an infinitive after it its complement."""
    past = tagged(sent, tag_hashes(*_PAST))
    if not past:
        return
    root = sent.root
    for verb in map(sent.doc.__getitem__, past):
        if verb.dep_ not in _MODIFIER or not _noun_after(verb):
            continue
        obj = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:  # "Azerbaijan ordered tank units to ...": the name read as an adverb
            subj = next((c for c in verb.children if _name_before(c, verb)), None)
        elif verb.tag_ != "VBD" and not _opening_name(subj, verb):
            continue  # (a participle with a subject of its own is the subject's)
        if subj is None and obj.dep_ == "appos" and obj.head.i < verb.i:
            subj = obj.head
        clause = next((t for t in sent[obj.i + 1 - sent.start :] if _infinitive(t)), None)
        mark = _that_clause(obj)  # "alleged that Armenia massed troops near X": the clause
        # read as a noun phrase, the noun its head
        if subj is None or (
            root.i not in {subj.i, obj.i, clause.i if clause else obj.i} and mark is None
        ):
            continue
        heads, deps = tree_of(sent)
        if mark is not None and root.i not in {subj.i, obj.i}:
            heads[verb.i], deps[verb.i] = obj.head.i, obj.dep_
            heads[mark.i] = verb.i
            heads[subj.i], deps[subj.i] = verb.i, "nsubj"
            heads[obj.i], deps[obj.i] = verb.i, "dobj"
            _write_tree(sent, heads, deps)
            verb.tag_ = "VBD"
            forget(sent.doc)  # (a tag changed)
            return
        for i, h in heads.items():
            if h == root.i and i not in (subj.i, obj.i) and sent.doc[i].is_punct:
                heads[i] = verb.i
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[subj.i], deps[subj.i] = verb.i, "nsubj"
        heads[obj.i], deps[obj.i] = verb.i, "dobj"
        if clause is not None:
            heads[clause.i], deps[clause.i] = verb.i, "xcomp"
        if obj.i == root.i:  # "ordered tank units to the border": the clause's phrases
            for c in obj.rights:
                if c.dep_ == "prep":
                    heads[c.i] = verb.i
        _write_tree(sent, heads, deps)
        return


def _that_clause(noun: Token) -> Token | None:
    """The "that" of a complement clause the parser headed by a noun, or None."""
    if noun.dep_ != "ccomp":
        return None
    return next((c for c in noun.children if c.dep_ == "mark" and c.lower_ == "that"), None)


def _noun_after(verb: Token) -> bool:
    """The verb's head is the noun right after it, or after the noun's own modifiers ("ordered
    tank units": "tank" a compound of "units"; lex13)."""
    noun = verb.head
    if noun.i <= verb.i:
        return False
    between = verb.doc[verb.i + 1 : noun.i]
    return all(t.head.i == noun.i and t.dep_ in _NOUN_MODIFIERS for t in between)


def _opening_name(subj: Token, verb: Token) -> bool:
    """The sentence opens with a proper name right before the verb ("Greece ordered tank
    units ...", the verb tagged a participle): a state's name, no noun the participle
    describes (names16)."""
    return subj.pos_ == "PROPN" and subj.i == verb.i - 1 and subj.left_edge.i == subj.sent.start


def name_as_adverb(sent: Span) -> None:
    """ "Turkey ordered tank units to the border", "The Philippines ordered ...": the parser
    may hang the opening name on the main verb as an adverb ("npadvmod"), and its article as
    the object, so the verb has no subject. A proper name right before a main verb that has
    none is its subject (names16, suite l13_tank_units)."""
    verb = sent.root
    if verb.pos != VERB or verb.i == sent.start:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return
    name = sent.doc[verb.i - 1]
    if name.dep_ != "npadvmod" or name.pos_ != "PROPN" or name.head.i != verb.i:
        return
    article = sent.doc[name.i - 1] if name.i > sent.start else None
    if article is not None and (article.lower_ != "the" or article.i != sent.start):
        return
    name.dep_ = "nsubj"
    if article is not None:
        article.head, article.dep_ = name, "det"


def _name_before(c: Token, verb: Token) -> bool:
    """A proper name right before the verb that the parser hung on it as an adverb."""
    return c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i == verb.i - 1


def _infinitive(t: Token) -> bool:
    return t.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def participle_adjective(sent: Span) -> None:
    """ "Seoul released detained Argentine sailors", "X returned captured soldiers": the parser
    may read the participle before the object as the verb (the release an auxiliary, or the
    capture a second act), so the sentence reports a detention. A participle right after a
    past-tense verb and right before that verb's object noun phrase, with no subject of its
    own, describes the noun: it becomes the noun's modifier and the noun the verb's object."""
    doc = sent.doc
    for i in tagged(sent, tag_hashes("VBD"), stop=2):
        verb, part = doc[i], doc[i + 1]
        if part.tag_ not in ("VBN", "VBD") or part.pos_ != "VERB":
            continue
        if verb.dep_ == "aux" and verb.head.i == part.i and verb.lemma_.lower() == "have":
            continue  # "and had sent two engineers": a perfect, not "had" + modified object
        if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in part.children):
            continue
        obj = next(
            (o for o in (*part.children, *verb.children)
             if o.dep_ == "dobj" and o.left_edge.i == part.i + 1),
            None,
        )  # fmt: skip
        if obj is None or any(c.dep_ == "dobj" and c.i != obj.i for c in verb.children):
            continue
        heads, deps = tree_of(sent)
        if heads[verb.i] == part.i:  # "released" read as the participle's auxiliary
            heads[verb.i], deps[verb.i] = (
                (verb.i, "ROOT") if part.head.i == part.i else (part.head.i, part.dep_)
            )
        for i, h in heads.items():
            if h == part.i and i not in (verb.i, obj.i):
                heads[i] = verb.i
        heads[part.i], deps[part.i] = obj.i, "amod"
        heads[obj.i], deps[obj.i] = verb.i, "dobj"
        _write_tree(sent, heads, deps)
        if verb.pos_ == "AUX":  # (its part of speech and lemma followed the auxiliary reading)
            _as_verb(verb)
        return


def _as_verb(tok: Token) -> None:
    """A word the tagger read as an auxiliary made a verb again, with the verb's lemma."""
    from realpolitik.extract._nlp import load_nlp
    from realpolitik.extract._verb_lemmas import repaired_lemma

    tok.pos_ = "VERB"
    lemmas = load_nlp().get_pipe("lemmatizer").rule_lemmatize(tok)  # type: ignore[attr-defined]
    if lemmas:
        tok.lemma_ = lemmas[0]
    tok.lemma_ = repaired_lemma(tok) or tok.lemma_
    forget(tok.doc)
