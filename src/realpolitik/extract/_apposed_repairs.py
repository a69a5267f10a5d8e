"""Parse repairs for phrases the parser joined to the wrong word across a comma, an "and" or a
"that": a closing reporter read as the apposition of the object ("summoned the Kenyan envoy, a
government statement said"), a second titled name whose title was read as the conjunct
("President NAME and Jordan's President NAME"), a bare verb read as its object's compound
("insisted that X pay compensation"), "so did Z" joined to a modal complement, a demand's
"that" clause read as a relative clause, a participle's purpose hung on the subject, and an
active verb's "by" phrase after its prepositional object. Called by
:func:`realpolitik.extract._nlp.repair_parse` (suite16, issue 9 round 15)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from realpolitik.extract._charged_gerunds import _NOUN_READ as NOUN_READ
from realpolitik.extract._charged_gerunds import _SUPPORT_GERUNDS as SUPPORT_GERUNDS
from realpolitik.extract._charged_gerunds import _SUPPORT_VERBS as SUPPORT_VERBS
from realpolitik.extract._charged_gerunds import charged_gerund, group_place, noun_gerund
from realpolitik.extract._clause_noun_verbs import clause_noun_verb
from realpolitik.extract._clause_repairs import _as_verb, _write_tree, hang_report, tree_of
from realpolitik.extract._complement_repairs import _CLAIMING as CLAIMING
from realpolitik.extract._complement_repairs import (
    complement_subject_as_object,
    split_object_noun,
    verb_joined_to_complement,
)
from realpolitik.extract._denied_gerunds import _DENYING as DENYING
from realpolitik.extract._denied_gerunds import _MEETING as MEETING
from realpolitik.extract._denied_gerunds import answer_with, denied_gerund
from realpolitik.extract._raised_passives import _RAISING as RAISING
from realpolitik.extract._raised_passives import raised_passive
from realpolitik.extract._sent_to_fight import SENDING
from realpolitik.extract._since_adverb import adverb_since
from realpolitik.extract._tree import (
    sentence_forms,
    sentence_words,
    tag_hashes,
    tagged,
    tokens_with_form,
    tokens_with_lemma,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SAYING = frozenset({"say", "report", "claim", "allege", "add"})
_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp"})
_NAME_TAGS = tag_hashes("NNP")
# Verbs after which a "that" clause takes a bare verb ("insisted that X pay", the mandative).
_MANDATIVE = frozenset({"insist", "demand", "ask", "urge", "request", "propose", "recommend",
                        "suggest", "require", "order"})  # fmt: skip
_THAT = frozenset({"that"})
_AND = frozenset({"and"})
_THE = frozenset({"the", "this", "that"})  # (before the subject's common noun)
_DID = frozenset({"did"})
_BY = frozenset({"by"})
_TO = frozenset({"to"})
_SO_WORDS = frozenset({"so", "likewise", "too", "also"})
_SUBJECT_POS = frozenset({"PROPN", "DET", "PART"})  # (a name, "the", "'s")
_BARE_TAGS = frozenset({"NN", "VB", "VBP"})


def joined_phrases(sent: Span) -> None:
    """The repairs of this module and of ``_complement_repairs`` that run together, after the
    clause repairs (the closing reporter and the bare verb run earlier, before the repairs that
    read their clauses): ``JOINED_PHRASES`` in order, each called (``repair_parse`` calls them
    from the repair table, each only where the sentence has its words)."""
    for repair, _ in JOINED_PHRASES:
        repair(sent)


def object_apposed_reporter(sent: Span) -> None:
    """ "Iran summoned the South African envoy, a government statement said", "... summoned
    Taiwan's ambassador, Venezuela's government spokesman said": the parser may read the
    closing reporter as an apposition of the object ("the envoy, a statement"), so the
    reporting verb has no subject (or the object as its subject) and the reporter's state may
    become a party. A verb of saying that closes the sentence, with no object of its own, right
    after an apposition set off by a comma in the clause before it, is the reporting verb: its
    subject the apposition, the clause before the comma its content (and a noun it had taken
    as its subject that clause's object again)."""
    if sentence_words(sent).isdisjoint(_SAYING):
        return
    end = sent.end - 1 if sent[-1].is_punct else sent.end
    for said in tokens_with_lemma(sent, _SAYING):
        if said.right_edge.i < end - 1 or any(
            c.dep_ in _OBJECT_DEPS and c.i > said.i for c in said.children
        ):
            continue  # (the sentence ends with the reporting verb's phrase)
        subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
        verb: Token | None = None
        if said.dep_ in ("ccomp", "conj") and said.head.i < said.i and said.head.dep_ == "ROOT":
            verb = said.head  # "summoned [the envoy, a statement said]", "summoned ... and said"
        elif said.dep_ == "ROOT":
            verb = next((c for c in said.children if c.dep_ == "ccomp" and c.i < said.i), None)
        if said.dep_ == "conj" and subj is not None:
            continue  # ("summoned X and Y said": a verb of its own)
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        obj = subj if subj is not None and subj.i > verb.i else None
        reporter = _apposed_before(said, obj)
        if reporter is None or (subj is not None and obj is None):
            continue
        comma = reporter.left_edge.i - 1
        if sent.doc[comma].text != "," or comma <= verb.i:
            continue
        if obj is not None and any(c.dep_ == "dobj" for c in verb.children):
            continue
        hang_report(sent, said, verb, reporter, comma, obj)
        return


def _apposed_before(said: Token, obj: Token | None) -> Token | None:
    """The apposition whose phrase ends right before the reporting verb: the subject's own
    ("the envoy, a statement"), else any noun's ("Taiwan's ambassador, X's spokesman")."""
    if obj is not None:
        return next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i < said.i), None)
    last = said.doc[said.i - 1]
    while last.dep_ != "appos" and last.head.i < said.i and last.head.i > last.i:
        last = last.head  # (up the name or noun phrase to its head)
    if last.dep_ != "appos" or last.right_edge.i != said.i - 1 or last.head.i > last.i:
        return None
    return last if last.pos_ in ("NOUN", "PROPN") else None


def title_conjunct(sent: Span) -> None:
    """ "President Ana Temba and Jordan's President Sela Brenik signed a pact": the parser may
    read the second title as the conjunct of the first name and that name as a modifier of
    the second, so the sentence has one doer (the second) and the first name's state is lost.
    A name read as the modifier of a later name, whose own conjunct is a word of that later
    name's phrase, is the subject (or whatever the later name was), the later name its
    conjunct and the title the later name's again."""
    if "and" not in sentence_words(sent):
        return
    for first in map(sent.doc.__getitem__, tagged(sent, _NAME_TAGS)):
        if first.dep_ != "nmod":
            continue
        second = first.head
        while second.dep_ == "compound" and second.head.i > second.i:
            second = second.head  # ("President Cyril Ramaphosa": the name's last word)
        if second.i < first.i or second.pos_ != "PROPN" or second.head.i == second.i:
            continue
        title = next((c for c in first.children if c.dep_ == "conj"), None)
        if title is None or title.i > second.i or not _leads_to(title, second):
            continue
        if not any(c.dep_ == "cc" and first.i < c.i < title.i for c in first.children):
            continue
        heads, deps = tree_of(sent)
        heads[first.i], deps[first.i] = second.head.i, second.dep_
        heads[second.i], deps[second.i] = first.i, "conj"
        owner = any(c.dep_ == "case" for c in title.children)  # ("South Africa's", the conjunct)
        heads[title.i], deps[title.i] = second.i, "poss" if owner else "compound"
        for c in title.children:
            if c.dep_ == "poss":  # ("Jordan's": the whole name's)
                heads[c.i] = second.i
        _write_tree(sent, heads, deps)
        return


def _leads_to(title: Token, name: Token) -> bool:
    """Every word from the title to the name is a name word or a possessive "'s" (the
    title, or the state that owns it, and the name between)."""
    doc = title.doc
    return all(doc[i].pos_ == "PROPN" or doc[i].tag_ == "POS" for i in range(title.i, name.i + 1))


def subjunctive_noun(sent: Span) -> None:
    """ "Pakistan insisted that Armenia pay compensation": after a verb of demanding, the
    parser may read the clause's bare verb as a compound of its object ("pay compensation"),
    with the subject a modifier too, so the demand has no clause and no target. A word right
    after the subject of a "that" clause under such a verb, read as the compound of the noun
    after it, is the clause's verb: the noun its object, the subject and "that" its own. When
    the object noun was read as the subject of an elided "did the same" ("..., and Israel did
    the same"), that clause is the demand's conjunct again, with the object's conjunct its
    subject. "that Kyiv hand over the suspects" (the subject read as an adjective of the verb
    read as a noun): ``_clause_noun_verbs``."""
    clause_noun_verb(sent)
    words = sentence_words(sent)
    if "that" not in words or (words.isdisjoint(_MANDATIVE) and words.isdisjoint(_DEMAND_NOUNS)):
        return
    doc = sent.doc
    for that in tokens_with_form(sent, _THAT):
        gov = _asker(that)
        if gov is None:
            continue
        word = next((t for t in doc[that.i + 1 : sent.end] if t.pos_ not in _SUBJECT_POS), None)
        if word is None or word.i == that.i + 1 or word.tag_ not in _BARE_TAGS:
            continue
        noun = word.head
        if word.dep_ != "compound" or noun.i <= word.i or noun.pos_ != "NOUN":
            continue
        head_noun = _common_subject(word)
        if head_noun is not None:  # "that the firm pay compensation": "firm" the subject
            word = doc[word.i + 1]
        subj = [t for t in doc[that.i + 1 : word.i] if not that.i < t.head.i < word.i]
        if head_noun is not None:
            subj = [head_noun]
        if len(subj) != 1 or word.lower_ != word.lemma_.lower():
            continue
        heads, deps = tree_of(sent)
        if head_noun is not None:
            for t in doc[that.i + 1 : head_noun.i]:
                heads[t.i] = head_noun.i  # ("the": the subject's)
        heads[word.i], deps[word.i] = gov.i, "ccomp" if gov.pos_ == "VERB" else "acl"
        heads[noun.i], deps[noun.i] = word.i, "dobj"
        heads[subj[0].i], deps[subj[0].i] = word.i, "nsubj"
        heads[that.i], deps[that.i] = word.i, "mark"
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "do" and noun.head.i > noun.i:
            elided = noun.head  # "..., and Israel did the same"
            heads[elided.i], deps[elided.i] = gov.i, "conj"
            for c in noun.children:
                if c.i > noun.i and c.dep_ == "conj":
                    heads[c.i], deps[c.i] = elided.i, "nsubj"
                elif c.i > noun.i and c.dep_ in ("cc", "punct"):
                    heads[c.i] = gov.i
        for c in noun.children:
            if c.dep_ == "prep" and c.i > noun.i and c.lower_ != "of":
                heads[c.i] = word.i  # ("on Monday", "to X": the verb's)
        _write_tree(sent, heads, deps)
        word.tag_ = "VB"
        _as_verb(word)
        return


def _common_subject(word: Token) -> Token | None:
    """ "that the firm pay compensation": a common noun after "the", read with the bare verb
    after it as two compounds of the object, is the clause's subject (the verb the next word)."""
    doc = word.doc
    if word.i + 1 >= len(doc) or word.pos_ != "NOUN" or word.i < 1:
        return None
    verb = doc[word.i + 1]
    if verb.dep_ != "compound" or verb.head.i != word.head.i or verb.tag_ not in _BARE_TAGS:
        return None
    return word if doc[word.i - 1].lower_ in _THE else None


def _asks(gov: Token) -> bool:
    """A verb of demanding ("insisted that") or a noun of one ("the demand that")."""
    lemma = gov.lemma_.lower()
    if gov.pos_ == "VERB":
        return lemma in _MANDATIVE
    return gov.pos_ == "NOUN" and lemma in _DEMAND_NOUNS


def elided_past_on_complement(sent: Span) -> None:
    """ "Azerbaijan warned that Islamabad would pay a heavy price on Friday, and so did
    Australia": the parser may join the elided "so did X" to the complement's verb, so X
    seems to pay instead of warning. A past "did" that stands for an act ("so did X", "X did
    the same / likewise") cannot repeat a verb with a modal ("would pay") or a bare verb
    ("insisted that X pay"): joined to such a complement of a past verb, it is that verb's
    conjunct."""
    if "did" not in sentence_forms(sent):
        return
    for did in tokens_with_form(sent, _DID):
        comp = did.head
        gov = comp.head
        if did.dep_ != "conj" or comp.dep_ != "ccomp" or gov.tag_ != "VBD" or comp.i > did.i:
            continue
        if not _modal_or_bare(comp) or not _stands_for_an_act(did):
            continue
        heads, deps = tree_of(sent)
        heads[did.i] = gov.i
        for c in comp.children:
            if comp.i < c.i < did.i and c.dep_ in ("cc", "punct") and c.right_edge.i < did.i:
                heads[c.i] = gov.i
        _write_tree(sent, heads, deps)
        return


def _modal_or_bare(verb: Token) -> bool:
    """A verb with a modal ("would pay") or a bare verb with no auxiliary ("that X pay",
    tagged as a bare or a present verb)."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if any(c.tag_ == "MD" for c in auxes):
        return True
    return verb.tag_ in ("VB", "VBP") and not auxes


def _stands_for_an_act(did: Token) -> bool:
    """ "so did X", "as did X", "X did the same / likewise", with a subject of its own."""
    kids = list(did.children)
    return any(k.dep_ == "nsubj" for k in kids) and any(
        (k.dep_ == "advmod" and k.lower_ in _SO_WORDS)
        or (k.dep_ == "mark" and k.lower_ == "as")
        or (k.dep_ == "dobj" and k.lower_ == "same")
        for k in kids
    )


# Nouns whose "that" clause says what was asked for ("the demand that X withdraw").
_DEMAND_NOUNS = frozenset({"demand", "request", "insistence", "proposal", "ultimatum"})


def content_clause(sent: Span) -> None:
    """ "Prospects of the demand by Argentina that Serbia withdraw its troops have dimmed": the
    parser may read a demand's "that" clause as a relative clause, or hang it on another noun
    ("Prospects ... that Serbia withdraw"), so the clause's subject is not the demand's
    target. A clause right after a noun of demanding (or its "by" phrase) that has "that" as
    its marker (not as its subject or object), a subject and an object of its own and a bare
    verb or a modal (what is asked for: "that X withdraw", "that X should pay") is the noun's
    content clause. ("A call with X that the government had summoned ...": no demand.)"""
    if "that" not in sentence_words(sent) or sentence_words(sent).isdisjoint(_DEMAND_NOUNS):
        return
    for that in tokens_with_form(sent, _THAT):
        verb, noun = that.head, _asker(that)
        if that.dep_ != "mark" or verb.dep_ not in ("relcl", "acl") or verb.i < that.i:
            continue
        if noun is None or noun.pos_ != "NOUN" or not _modal_or_bare(verb):
            continue
        kids = {c.dep_ for c in verb.children}
        if "nsubj" not in kids or "dobj" not in kids:
            continue
        heads, deps = tree_of(sent)
        heads[verb.i], deps[verb.i] = noun.i, "acl"
        _write_tree(sent, heads, deps)
        return


def _asker(that: Token) -> Token | None:
    """The word of asking a "that" clause follows: "insisted that", "the demand that", "the
    demand by Spain that"."""
    if that.i == that.sent.start:
        return None
    gov = that.doc[that.i - 1]
    if gov.dep_ == "pobj" and gov.head.lower_ == "by" and gov.head.head.pos_ == "NOUN":
        gov = gov.head.head  # "the demand by Spain that ..."
    return gov if _asks(gov) else None


_REACTION_PREPS = frozenset({"against", "over", "about", "at", "on", "to"})


def agent_of_object_phrase(sent: Span) -> None:
    """ "The Colombian foreign minister protested against the naval drills by Spain, Hungary
    and Venezuela": the parser may hang "by X" on the active verb as its agent (as if passive),
    so the drills' doers become the protesters. An active verb has no agent: when it has no
    object, the "by" phrase belongs to the noun of its prepositional object before it ("against
    the drills by X"), as ``_clause_shape_repairs.active_agent`` hangs it on a direct object."""
    for by in tokens_with_form(sent, _BY):
        verb = by.head
        if by.dep_ != "agent" or verb.i > by.i or not _active(verb):
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            continue  # (``active_agent``'s)
        prep = next(
            (c for c in verb.children
             if c.dep_ == "prep" and c.lower_ in _REACTION_PREPS and c.i < by.i),
            None,
        )  # fmt: skip
        obj = None if prep is None else next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None or obj.right_edge.i != by.i - 1:
            continue
        heads, deps = tree_of(sent)
        heads[by.i], deps[by.i] = obj.i, "prep"
        _write_tree(sent, heads, deps)
        return


def _active(verb: Token) -> bool:
    """A finite verb or a perfect participle, with no passive auxiliary."""
    kids = list(verb.children)
    if any(c.dep_ == "auxpass" for c in kids):
        return False
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)


def participle_purpose(sent: Span) -> None:
    """ "Hundreds of volunteers sent by Kyiv to fight for Mexico arrived": the parser may hang
    the purpose infinitive on the subject's head noun ("Hundreds ... to fight") instead of on
    the participle right before it, so the sending serves no one. An infinitive read as a
    noun's modifier, right after the phrase of a participle of sending inside that noun's
    phrase, is the participle's purpose."""
    if "to" not in sentence_words(sent) or sentence_words(sent).isdisjoint(SENDING):
        return
    doc = sent.doc
    for to in tokens_with_form(sent, _TO):
        verb = to.head
        if to.dep_ != "aux" or verb.dep_ not in ("relcl", "acl") or verb.i != to.i + 1:
            continue
        part = doc[to.i - 1]
        while part.head.i < part.i and part.tag_ != "VBN":
            part = part.head  # (up the "by" phrase to the participle)
        if part.tag_ != "VBN" or part.dep_ != "acl" or part.lemma_.lower() not in SENDING:
            continue
        if part.right_edge.i != to.i - 1 or part.i < verb.head.i:
            continue
        heads, deps = tree_of(sent)
        heads[verb.i], deps[verb.i] = part.i, "advcl"
        _write_tree(sent, heads, deps)
        return


# The repairs ``joined_phrases`` runs, in order, each with the word groups it cannot act without
# (as the rows of ``_repair_table.REPAIRS``, where they stand in its place: most sentences have
# the words of few of them). The groups repeat each repair's own first test.
JOINED_PHRASES: tuple[tuple[Callable[[Span], None], tuple[frozenset[str], ...]], ...] = (
    (adverb_since, (frozenset({"since"}),)),  # "X has since shipped arms to Y" (practice2)
    (content_clause, (_THAT, _DEMAND_NOUNS)),  # "the demand by X that Y withdraw"
    (split_object_noun, ()),  # "If X rejected a ceasefire deal with Y, ..."
    (participle_purpose, (_TO, SENDING)),  # "volunteers sent by X to fight for Y arrived"
    (elided_past_on_complement, (_DID,)),  # "warned that X would pay ..., and so did Z"
    (title_conjunct, (_AND,)),  # "President NAME and X's President NAME"
    (complement_subject_as_object, (CLAIMING,)),  # "alleges Azerbaijan supplied drones to X"
    (verb_joined_to_complement, (_AND,)),  # "said the plan was illegal and summoned X's envoy"
    (agent_of_object_phrase, (_BY,)),  # "protested against the drills by X"
    (denied_gerund, (DENYING,)),  # "X denied on Friday breaching the accord with Y"
    (answer_with, (MEETING,)),  # "X met Y's plan with condemnation"
    (charged_gerund, (frozenset(SUPPORT_GERUNDS),)),  # "X denied funding separatists in Y"
    (group_place, (SUPPORT_VERBS,)),  # "accused X of arming rebels in eastern Y"
    (noun_gerund, (frozenset(NOUN_READ),)),  # "X again denied spying on Y": tagged a noun
    (raised_passive, (_TO, RAISING)),  # "X's envoy is to be summoned, Y said" (leftovers35)
)
