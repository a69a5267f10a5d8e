"""What a party stage reads (a trigger in its sentence) and what it returns (candidates)."""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass, field

# At run time: a class compiled by mypyc reads its fields' types (scripts/compile_rules.py).
from spacy.tokens import Span, Token

from realpolitik.extract._adversaries import COOPERATIVE_ROOTS, adversary_tokens
from realpolitik.extract._channels import channel_tokens
from realpolitik.extract._command_phrases import command_tokens, occasion_host_tokens
from realpolitik.extract._contrast import contrast_phrases
from realpolitik.extract._dependents import asked_for
from realpolitik.extract._found import Found
from realpolitik.extract._instruments import instrument_tokens
from realpolitik.extract._knowledge_topics import knowledge_topic_tokens
from realpolitik.extract._label_phrases import label_phrase_tokens
from realpolitik.extract._meeting_places import meeting_place_tokens
from realpolitik.extract._mentions import Arg, DocActors
from realpolitik.extract._speaker_places import speaker_place_tokens
from realpolitik.extract._syntax import LIGHT_VERBS, attribution_phrases, pobjs, reporters
from realpolitik.extract._tree import has_any, sentence_words
from realpolitik.extract._venues import gathering
from realpolitik.extract._word_bits import WordBits
from realpolitik.extract.parties._kinds import admitting, word_gates
from realpolitik.extract.parties.sold_assets import ASSETS, sold_asset_owners
from realpolitik.models import ActorRef, Factuality

# CAMEO codes of a role in another's act (hosting a visit, mediating): no act of that act's own.
ROLE_CODES = frozenset({"043", "045"})
# Prepositions that put an act at a hosted occasion ("met in / at / for talks hosted by Z"); a
# scene's ("after talks hosted by Z") keep the occasion out of the act.
OCCASION_PREPS = frozenset({"in", "at", "for"})


@dataclass(frozen=True)
class Candidates:
    """Sources and targets chosen so far for one trigger, then its (source, target) pairs.

    ``path``: dependency arcs from the trigger to its source (for confidence). ``pairs`` is None
    until the ``pair_up`` stage turns sources and targets into the event's pairs; an empty tuple
    after that means the trigger gives no event, and ``dropped`` names the stage that said so.
    """

    sources: tuple[Arg, ...] = ()
    targets: tuple[Arg, ...] = ()
    path: int = 1
    pairs: tuple[tuple[Arg, Arg | None], ...] | None = None
    dropped: str = ""

    # (built by the constructor, not ``dataclasses.replace``: every stage of every trigger
    # passes through these, and ``replace`` costs several times a plain call)
    def with_sources(
        self, sources: list[Arg] | tuple[Arg, ...], path: int | None = None
    ) -> Candidates:
        path = self.path if path is None else path
        return Candidates(tuple(sources), self.targets, path, self.pairs, self.dropped)

    def with_targets(self, targets: list[Arg] | tuple[Arg, ...], extra_arcs: int = 0) -> Candidates:
        path = self.path + extra_arcs
        return Candidates(self.sources, tuple(targets), path, self.pairs, self.dropped)

    def without_tokens(self, avoid: Container[int]) -> Candidates:
        """Sources and targets whose token index is not in ``avoid`` (the stages that drop a state
        named only as a report's source or a comparison); ``self`` when none is dropped."""
        sources = tuple(a for a in self.sources if a.tok not in avoid)
        targets = tuple(a for a in self.targets if a.tok not in avoid)
        if (sources, targets) == (self.sources, self.targets):
            return self
        return self.with_sources(sources).with_targets(targets)

    def with_pairs(self, pairs: list[tuple[Arg, Arg | None]], dropped: str = "") -> Candidates:
        dropped = dropped if not pairs else ""
        return Candidates(self.sources, self.targets, self.path, tuple(pairs), dropped)

    def fill_targets(
        self, partner: Callable[[str], Arg | None], by: Callable[[Arg], bool] | None = None
    ) -> Candidates:
        """Each pair with no target whose source is a placed state (a country, not a ``---``
        actor; and ``by(source)`` where given) takes ``partner(country)``: the one shape of the
        stages that find an untargeted act's other state in the story (yields, continued
        measures, pledges, joint projects, bare protests, demands and threats)."""
        pairs = []
        for a, b in self.pairs or ():
            own = a.ref.country
            if b is None and own and not a.ref.code.startswith("---") and (by is None or by(a)):
                b = partner(own)
            pairs.append((a, b))
        return self.with_pairs(pairs)

    def retarget(
        self, moved: Callable[[Arg, Arg], bool], to: Callable[[str], Arg | None]
    ) -> Candidates:
        """Each pair whose source is a placed state (has a country) and whose target
        ``moved(source, target)`` picks out takes ``to(country)`` instead (None: no target):
        the one shape of the stages that take an act's own-side target away (a venue, a place
        returned to, the leaver's own state); ``self`` when no pair moves."""
        pairs: list[tuple[Arg, Arg | None]] = []
        changed = False
        for a, b in self.pairs or ():
            own = a.ref.country
            if b is not None and own and moved(a, b):
                b = to(own)
                changed = True
            pairs.append((a, b))
        return self.with_pairs(pairs) if changed else self


# No candidates yet: where every trigger's stages start (immutable, so one serves them all).
NO_CANDIDATES = Candidates()

# Roots of force (fight, attack, kill) and the prepositions that name whom they are done for.
FORCE_ROOTS = frozenset({"18", "19", "20"})
BENEFICIARY_PREPS = ("for", "alongside", "beside")
_BENEFICIARIES = frozenset(BENEFICIARY_PREPS)
# Prepositions that name what a verb reacts to: "protested against", "complained about".
_REACTION_PREPS = ("against", "over", "about", "at", "to", "on")
_REQUEST_ROOT = "02"

Stage = Callable[["Site", Candidates], Candidates]


@dataclass(frozen=True)
class Policy:
    """The ordered stages: role stages (sources, targets), then pair stages."""

    roles: tuple[Stage, ...]
    pairs: tuple[Stage, ...]
    # each kind's stages (``of_kind``), read on the kind's first trigger
    kinds: dict[tuple[bool, str], tuple[tuple[Stage, ...], tuple[Stage, ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # each kind's stages that name words (their words by bit: ``WordBits``), and its stages
    # less those a sentence leaves out, by the bits of the stages left out
    gates: dict[tuple[bool, str], tuple[WordBits, tuple[Stage, ...], int]] = field(
        default_factory=dict, compare=False, repr=False
    )
    skipping: dict[tuple[bool, str, int], tuple[tuple[Stage, ...], tuple[Stage, ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def of_kind(self, noun: bool, code: str) -> tuple[tuple[Stage, ...], tuple[Stage, ...]]:
        """The role and pair stages that can act on a trigger of this kind (event noun or
        verb, CAMEO code), in order: the others' marks (``_kinds.acts_on``) leave it out."""
        got = self.kinds.get((noun, code))
        if got is None:
            got = (admitting(self.roles, noun, code), admitting(self.pairs, noun, code))
            self.kinds[noun, code] = got
        return got

    def of_sentence(
        self, noun: bool, code: str, words: frozenset[str]
    ) -> tuple[tuple[Stage, ...], tuple[Stage, ...]]:
        """``of_kind`` less the stages whose words (``acts_on(words=...)``) the sentence's
        ``words`` lack: bit ``k`` of ``skip`` is the kind's ``k``-th stage that names words,
        left out where the sentence meets none of them (``WordBits``: one set intersection per
        sentence and kind); the lists are kept by the stages they leave out, so each list is
        built once."""
        gates = self.gates.get((noun, code))
        if gates is None:
            kind = self.of_kind(noun, code)
            gated = word_gates(kind[0] + kind[1])
            every = (1 << len(gated)) - 1
            gates = (WordBits([w for _, w in gated]), tuple(s for s, _ in gated), every)
            self.gates[noun, code] = gates
        bits, named, every = gates
        skip = every & ~bits.met(words)
        got = self.skipping.get((noun, code, skip))
        if got is None:
            left = frozenset(s for k, s in enumerate(named) if skip >> k & 1)
            roles, pairs = self.of_kind(noun, code)
            got = (
                tuple(s for s in roles if s not in left),
                tuple(s for s in pairs if s not in left),
            )
            self.skipping[noun, code, skip] = got
        return got

    def without(self, *stages: Stage) -> Policy:
        """The same policy less ``stages`` (to see what a stage does)."""
        return Policy(
            tuple(s for s in self.roles if s not in stages),
            tuple(s for s in self.pairs if s not in stages),
        )

    def names(self) -> list[str]:
        return [s.__name__ for s in self.roles + self.pairs]


@dataclass(frozen=True)
class EarlierAct:
    """An act extracted from an earlier sentence of the document: its trigger's lemma, its
    CAMEO root and its doer (for "condemned the drills", where the drills were named before)."""

    lemma: str
    root: str
    source: ActorRef
    trigger: int  # document order of its trigger: the doers of one act stay together
    target: ActorRef | None = None  # whom it was done to ("more of the jets": the recipient)
    background: bool = False  # scene-setting in its sentence, not the sentence's news
    # what it was done to, for a later "them" / "the boats" in another paragraph's parse: the
    # target's head noun (lemma, plural) and the acts a request asked for ("extradite")
    thing: tuple[str, bool] | None = None
    asked: tuple[str, ...] = ()


@dataclass
class SentenceParties:
    """One sentence's triggers and actors, shared by the sites of its triggers.

    ``roles`` caches each trigger's candidates after the role stages, for stages that read
    another trigger's parties ("agreed to meet X": the agreement's target is the meeting's).
    """

    sent: Span
    actors: DocActors
    text: str  # the document text the mentions index (normalised, datelines blanked)
    start: int  # the sentence's offsets in that text
    end: int
    triggers: dict[int, Found]
    policy: Policy
    roles: dict[int, Candidates] = field(default_factory=dict)
    earlier: tuple[EarlierAct, ...] = ()  # acts of the document's earlier sentences, in order
    index: int = 0  # the sentence's place in the document (``EarlierAct.trigger // 10_000``)
    # One site per trigger and code, so that what a site caches (children, reporters, the
    # reacted act) is read once for the role stages, the pair stages and the factuality.
    sites: dict[tuple[int, str], tuple[Found, Site]] = field(default_factory=dict, repr=False)
    # Each trigger's factuality as ``_fact_scope.scoped_factuality`` reads it, by token: read
    # once for the factuality stage and the party stage that fills a hedged act's target.
    facts: dict[int, Factuality] = field(default_factory=dict, repr=False)
    # Each trigger kind's stages in this sentence (``stages_of``).
    kind_stages: dict[tuple[bool, str], tuple[tuple[Stage, ...], tuple[Stage, ...]]] = field(
        default_factory=dict, repr=False
    )
    # The token sets below, read on demand and kept: None until the first read. (Fields, not
    # ``functools.cached_property``, which writes the instance ``__dict__``: a class compiled by
    # mypyc has none, scripts/compile_rules.py; set in ``__post_init__``, as a compiled dataclass
    # leaves an ``init=False`` field's default unset.)
    _attribution: frozenset[int] | None = field(init=False, repr=False, compare=False)
    _contrasts: frozenset[int] | None = field(init=False, repr=False, compare=False)
    _meeting_places: frozenset[int] | None = field(init=False, repr=False, compare=False)
    _knowledge_topics: frozenset[int] | None = field(init=False, repr=False, compare=False)
    _shared_not_parties: frozenset[int] | None = field(init=False, repr=False, compare=False)
    _adversaries: frozenset[int] | None = field(init=False, repr=False, compare=False)
    _words: frozenset[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._words = None
        self._attribution = self._contrasts = None
        self._meeting_places = self._knowledge_topics = None
        self._shared_not_parties = self._adversaries = None

    @property
    def attribution(self) -> frozenset[int]:
        """Tokens of the sentence's "according to X" phrases."""
        got = self._attribution
        if got is None:
            got = self._attribution = attribution_phrases(self.sent)
        return got

    @property
    def contrasts(self) -> frozenset[int]:
        """Tokens of the sentence's "unlike X" / "like X," / "as with X" phrases."""
        got = self._contrasts
        if got is None:
            got = self._contrasts = contrast_phrases(self.sent)
        return got

    @property
    def meeting_places(self) -> frozenset[int]:
        """Tokens of the "in" / "at" place phrases of the sentence's meeting words (read once
        for the sentence, not once per trigger: they depend on the sentence alone)."""
        got = self._meeting_places
        if got is None:
            got = self._meeting_places = frozenset(meeting_place_tokens(self.sent))
        return got

    @property
    def knowledge_topics(self) -> frozenset[int]:
        """Tokens of the topic phrases of the sentence's nouns of knowledge (as above)."""
        got = self._knowledge_topics
        if got is None:
            got = self._knowledge_topics = knowledge_topic_tokens(self.sent)
        return got

    @property
    def shared_not_parties(self) -> frozenset[int]:
        """The part of every site's ``not_parties`` that depends on the sentence alone (its
        contrasts, meeting places, knowledge topics and "under X command" phrases): built once
        for the sentence, not once per trigger. (Sites exist only after the parse repairs, so
        the tree it reads is the one the stages read.)"""
        got = self._shared_not_parties
        if got is None:
            got = self.contrasts | self.meeting_places | self.knowledge_topics
            got = self._shared_not_parties = got | command_tokens(self.sent)
        return got

    def adversaries(self, root: str) -> frozenset[int]:
        """``adversary_tokens`` for an act of CAMEO root ``root`` (the same for every
        cooperative root: read once per sentence)."""
        if root not in COOPERATIVE_ROOTS:
            return frozenset()
        got = self._adversaries
        if got is None:
            got = self._adversaries = adversary_tokens(root, self.sent)
        return got

    @property
    def words(self) -> frozenset[str]:
        """The sentence's forms and lemmas (``_tree.sentence_words``; sites exist only after
        the parse repairs, which leave forms and lemmas as they are)."""
        got = self._words
        if got is None:
            got = self._words = sentence_words(self.sent)
        return got

    def stages_of(self, site: Site) -> tuple[tuple[Stage, ...], tuple[Stage, ...]]:
        """The role and pair stages that can act on ``site``'s trigger in this sentence
        (``Policy.of_sentence``: its kind's, less those whose words the sentence lacks; read
        once per kind and sentence, for the role stages and the pair stages alike)."""
        kind = (site.noun, site.found.code)
        got = self.kind_stages.get(kind)
        if got is None:
            got = self.kind_stages[kind] = self.policy.of_sentence(*kind, self.words)
        return got

    def site(self, f: Found) -> Site:
        got = self.sites.get((id(f), f.code))
        if got is None:  # (the trigger is kept with its site: its id stays its own)
            got = self.sites[id(f), f.code] = (f, Site(f, self))
        return got[1]

    def roles_of(self, f: Found) -> Candidates:
        """Sources and targets of ``f`` after the role stages (cached: a controller reads the
        roles of the act it controls, and every trigger's roles are read once)."""
        got = self.roles.get(f.tok.i)
        if got is None:
            self.roles[f.tok.i] = NO_CANDIDATES  # a cycle reads empty roles, never loops
            site = self.site(f)
            got = NO_CANDIDATES
            for stage in self.stages_of(site)[0]:
                got = stage(site, got)
            self.roles[f.tok.i] = got
        return got


@dataclass(frozen=True)
class Site:
    """A trigger in its sentence: everything a stage may read, nothing it may change."""

    found: Found
    ctx: SentenceParties
    # Set by the constructor (``__post_init__``), read by most stages first: the trigger's token,
    # and whether this is an event noun's site (the row's part of speech is fixed before sites
    # exist, as is the trigger's token).
    tok: Token = field(init=False, repr=False, compare=False)
    noun: bool = field(init=False, repr=False, compare=False)
    # What the properties below read on demand and keep: None until the first read (a one-tuple
    # where None is a value). Fields, not ``functools.cached_property``, which writes the
    # instance ``__dict__``: a class compiled by mypyc has none (scripts/compile_rules.py); a
    # frozen site sets them with ``object.__setattr__``, as a frozen dataclass's own code does;
    # all in ``__post_init__``, as a compiled dataclass leaves an ``init=False`` default unset.
    _kids: tuple[Token, ...] | None = field(init=False, repr=False, compare=False)
    _firsts: dict[str, tuple[int, Token]] | None = field(init=False, repr=False, compare=False)
    _reporters: frozenset[int] | None = field(init=False, repr=False, compare=False)
    _not_parties: frozenset[int] | None = field(init=False, repr=False, compare=False)
    _reacted: tuple[Found | None] | None = field(init=False, repr=False, compare=False)
    _inner: tuple[Found | None] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tok", self.found.tok)
        object.__setattr__(self, "noun", self.found.entry.pos == "N")
        for name in ("_kids", "_firsts", "_reporters", "_not_parties", "_reacted", "_inner"):
            object.__setattr__(self, name, None)

    @property
    def code(self) -> str:
        return self.found.code

    @property
    def root(self) -> str:
        return self.found.code[:2]

    @property
    def flags(self) -> frozenset[str]:
        return self.found.entry.flags

    @property
    def theme(self) -> bool:
        """The object is the thing moved (arms, troops), not the target (lexicon flag)."""
        return "theme" in self.flags

    @property
    def actors(self) -> DocActors:
        return self.ctx.actors

    @property
    def kids(self) -> tuple[Token, ...]:
        """The trigger's children (read by many stages; spaCy builds them on each call)."""
        got = self._kids
        if got is None:
            got = tuple(self.found.tok.children)
            object.__setattr__(self, "_kids", got)
        return got

    @property
    def _first_by_dep(self) -> dict[str, tuple[int, Token]]:
        """(position among the children, child) of the first child with each label."""
        got = self._firsts
        if got is None:
            got = {}
            for k, c in enumerate(self.kids):
                got.setdefault(c.dep_, (k, c))
            object.__setattr__(self, "_firsts", got)
        return got

    def child(self, *deps: str) -> Token | None:
        """The trigger's first child with one of ``deps``."""
        firsts = self._first_by_dep
        best = None
        for d in deps:
            got = firsts.get(d)
            if got is not None and (best is None or got[0] < best[0]):
                best = got
        return None if best is None else best[1]

    @property
    def reporters(self) -> frozenset[int]:
        """Tokens naming who reports this act ("according to X", "X said that ...")."""
        got = self._reporters
        if got is None:
            got = frozenset(reporters(self.found.tok, self.ctx.attribution, self.ctx.sent))
            object.__setattr__(self, "_reporters", got)
        return got

    @property
    def not_parties(self) -> frozenset[int]:
        """Tokens the phrase fallbacks never take a party from: who reports the act, a state
        it is compared with ("unlike X"), what a reaction calls its object ("as a violation of
        X's sovereignty"), the outlet and place of a statement ("in an interview with X's paper",
        "in a speech in Paris", for talk "during a visit to X"), where a meeting is held ("agreed
        to meet in Lima"), for cooperation the state it is against ("cooperation against X"),
        and for force, whom it is fought for
        ("volunteers sent to fight for Syria" fight on Syria's side, not against it) and the
        weapon's maker ("with Iranian drones")."""
        got = self._not_parties
        if got is None:
            got = self._find_not_parties()
            object.__setattr__(self, "_not_parties", got)
        return got

    def _find_not_parties(self) -> frozenset[int]:
        # the sentence's own: contrasts ("unlike X"), meeting venues ("... and agreed to meet
        # in Lima"), knowledge topics ("intelligence on the Russian ships", TP), "under British
        # command" (the force's leader, UC)
        ctx = self.ctx
        out = set(self.reporters) | ctx.shared_not_parties | label_phrase_tokens(self.found.tok)
        tok, sent, root = self.found.tok, ctx.sent, self.root
        out |= instrument_tokens(tok, root, sent)  # "struck X with Iranian drones"
        out |= channel_tokens(tok, sent, root)  # "in an interview with X's paper"
        out |= speaker_place_tokens(tok, root, sent)  # "in a speech in Paris"
        out |= ctx.adversaries(root)  # "cooperation against X"
        out |= occasion_host_tokens(tok, sent)  # "pledged at talks hosted by Z": the host (HS)
        if has_any(sent, ASSETS):  # (else no asset sold: no ``tok.sent`` read)
            out |= sold_asset_owners(tok)  # "the sale of the Chilean stake" (clauses38, H)
        if root in FORCE_ROOTS and has_any(sent, _BENEFICIARIES):
            for c in self.kids:
                if c.dep_ == "prep" and c.lower_ in BENEFICIARY_PREPS:
                    out.update(x.i for x in c.subtree)
        return frozenset(out)

    @property
    def reacted_act(self) -> Found | None:
        """The act this verb reacts to: its object is another trigger ("condemned the attack",
        "protested against the decision"), or the act of a participle on its object ("denounced
        the deal signed by X"); never for a light verb, whose object is its own act ("launched an
        attack"). Read once per site (a reaction's doer stage, ``home_target`` and the act's
        coding all ask)."""
        kept = self._reacted
        if kept is None:
            kept = (self._find_reacted_act(),)
            object.__setattr__(self, "_reacted", kept)
        return kept[0]

    def _find_reacted_act(self) -> Found | None:
        tok = self.found.tok
        triggers = self.ctx.triggers
        if len(triggers) == (tok.i in triggers):
            return None  # (the sentence's one trigger: no other act; no children read)
        if self.noun or tok.lemma_.lower() in LIGHT_VERBS:
            return None
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [p for _, p in pobjs(tok, _REACTION_PREPS)]
        if any(c.dep_ == "agent" for c in tok.children):  # "the ramming ... was condemned by Z"
            objs += [c for c in tok.children if c.dep_ == "nsubjpass"]
        for o in objs:
            if o.head.lower_ == "at" and gathering(o):
                continue  # "praised X at the Moscow meeting": the occasion, not the act judged
            act = self.ctx.triggers.get(o.i)
            if act is None or act is self.found or act.entry.pos != "N":
                continue
            if act.code[:2] == _REQUEST_ROOT and asked_for(o.head.lower_, o, self.root):
                continue  # "arrested at Madrid's request": the reason it was done, no act
                # reacted to; the requester is no party of the arrest (parties56, fresh30's B)
            if act.code[:2] != self.found.code[:2]:  # "met at a summit": the same act
                return act
        for o in objs:  # "denounced the deal with X signed by Y": the participle's act
            for k in o.children:
                act = self.ctx.triggers.get(k.i) if k.dep_ == "acl" else None
                if act is None or k.tag_ not in ("VBN", "VBD") or act is self.found:
                    continue
                if act.code[:3] not in ROLE_CODES:  # "met at a summit hosted by Z"
                    return act
        return None

    @property
    def inner(self) -> Found | None:
        """The act this trigger controls or asks for ("agreed to meet X": the meeting)."""
        kept = self._inner
        if kept is None:
            got = None
            for g in self.ctx.triggers.values():
                if g.controller is self.found:
                    got = g  # (the last, in sentence order)
            kept = (got,)
            object.__setattr__(self, "_inner", kept)
        return kept[0]


def home_of(ref: ActorRef) -> str:
    """Country of an actor's code; an IGO or group without one counts as itself."""
    return ref.country or ref.code


def key(a: Arg) -> str:
    """Country of an actor; an IGO or group without one counts as itself."""
    return home_of(a.ref)


def unknown(a: Arg) -> bool:
    """An actor of unknown country ("the rebels", a crowd): ``---`` code."""
    return a.ref.code.startswith("---")
