"""Speed work of round 46 that must not change behaviour: the part of ``Site.not_parties`` that
depends on the sentence alone is built once per sentence (``SentenceParties.shared_not_parties``,
``adversaries``) and shared by its triggers. It is built after the parse repairs: were it built
before them (or a repair run after it), it would hold the phrases of a tree the stages no longer
read. Each trigger's set is the set read afresh, part by part, off the repaired tree."""

from __future__ import annotations

from typing import Any

from realpolitik.actors import ActorRegistry
from realpolitik.extract._adversaries import adversary_tokens
from realpolitik.extract._channels import channel_tokens
from realpolitik.extract._command_phrases import command_tokens, occasion_host_tokens
from realpolitik.extract._contrast import contrast_phrases
from realpolitik.extract._instruments import instrument_tokens
from realpolitik.extract._knowledge_topics import knowledge_topic_tokens
from realpolitik.extract._label_phrases import label_phrase_tokens
from realpolitik.extract._lexicon import lexicon
from realpolitik.extract._meeting_places import meeting_place_tokens
from realpolitik.extract._mentions import DocActors, registry_mentions
from realpolitik.extract._nlp import repair_parse
from realpolitik.extract._speaker_places import speaker_place_tokens
from realpolitik.extract._syntax import reporters
from realpolitik.extract._triggers import find_triggers
from realpolitik.extract.parties import POLICY, SentenceParties
from realpolitik.extract.parties._model import BENEFICIARY_PREPS, FORCE_ROOTS, Site
from realpolitik.extract.parties.sold_assets import sold_asset_owners

# Sentences with each part: a contrast, a meeting place, a knowledge topic, "under X command",
# "against X", a channel, a speech's place, a host, an asset sold, a weapon, "fight for X".
_TEXTS = (
    "Unlike Brazil, Chile condemned Peru and agreed to meet Bolivia in Lima.",
    "Norway shared intelligence on Russian ships with Finland under British command.",
    "Kenya and Uganda pledged cooperation against Somalia at talks hosted by Ethiopia.",
    "In an interview with Japan's NHK, Korea criticised China, speaking in Seoul.",
    "Spain agreed to the sale of the Chilean stake to Mexico.",
    "Iran struck Israel with Russian drones and sent volunteers to fight for Syria.",
    "Ghana expelled two Togolese journalists and Togo's embassy complained.",
)


def _fresh(s: Site) -> frozenset[int]:
    """``Site.not_parties`` read part by part, with no shared set and no gate."""
    tok, sent, root = s.tok, s.ctx.sent, s.root
    out = set(reporters(tok, None, sent)) | contrast_phrases(sent) | label_phrase_tokens(tok)
    out |= instrument_tokens(tok, root, sent) | channel_tokens(tok, sent, root)
    out |= speaker_place_tokens(tok, root, sent) | adversary_tokens(root, sent)
    out |= meeting_place_tokens(sent) | knowledge_topic_tokens(sent) | command_tokens(sent)
    out |= occasion_host_tokens(tok) | sold_asset_owners(tok)
    if root in FORCE_ROOTS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in BENEFICIARY_PREPS:
                out.update(x.i for x in c.subtree)
    return frozenset(out)


def test_shared_sets_are_those_of_the_repaired_tree(nlp: Any, registry: ActorRegistry) -> None:
    sites = 0
    for text in _TEXTS:
        doc = nlp(text)
        actors = DocActors(registry_mentions(registry, text, "2024-06-20"), lexicon().sectors)
        actors.bind(doc, 0)
        sent = next(iter(doc.sents))
        repair_parse(sent)  # (as ``_extract`` does: the repairs first, then the sites)
        found = {f.tok.i: f for f in find_triggers(sent, lexicon())}
        ctx = SentenceParties(sent, actors, text, 0, len(text), found, POLICY)
        shared = ctx.shared_not_parties
        assert shared is ctx.shared_not_parties  # (kept: built once for the sentence)
        assert shared == (
            contrast_phrases(sent)
            | meeting_place_tokens(sent)
            | knowledge_topic_tokens(sent)
            | command_tokens(sent)
        ), text
        for f in found.values():
            s = ctx.site(f)
            assert s.not_parties == _fresh(s), (text, f.tok.text)
            sites += 1
    assert sites >= len(_TEXTS)  # (every sentence has a trigger: the test reads sites)
