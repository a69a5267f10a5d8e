"""Events from sentences the project wrote: triggers, roles, reciprocity, coreference, actors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from extract_helpers import only, triples

from realpolitik.actors import ActorRegistry
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def test_verbal_trigger_subject_and_object(extract: Extract) -> None:
    ex = extract("Russia attacked Ukraine on Tuesday.")
    e = only(ex, "attacked")
    assert (e.source.code, e.target.code if e.target else None) == ("RUS", "UKR")
    assert e.cameo[:2] == "19" and e.plover == "ASSAULT" and e.quad_class == 4
    assert e.goldstein is not None and e.goldstein < 0


def test_trigger_below_the_root(extract: Extract) -> None:
    ex = extract("Analysts in Seoul think the summit ended after Japan criticized China.")
    assert ("JPN", "CHN", "111") in triples(ex)


def test_passive_voice_agent_is_source(extract: Extract) -> None:
    ex = extract("Georgia was invaded by Russia in 2008.")
    assert ("RUS", "GEO", "192") in triples(ex)


def test_nominal_visit_with_possessor(extract: Extract) -> None:
    ex = extract("Putin's visit to North Korea surprised few observers.")
    e = only(ex, "visit")
    assert e.source.code == "RUSGOV" and e.source.country == "RUS"
    assert e.target is not None and e.target.code == "PRK"
    assert e.cameo == "042" and e.plover == "CONSULT"


def test_nominal_support_with_group_adjective(extract: Extract) -> None:
    ex = extract("Western support for Ukraine remains strong.")
    assert ("WST", "UKR", "051") in triples(ex)


def test_nominal_supplies_of_arms_refined_to_military_aid(extract: Extract) -> None:
    ex = extract("Officials noted rising supplies of North Korean arms to Russia.")
    e = only(ex, "supplies")
    assert (e.source.country, e.target.code if e.target else None) == ("PRK", "RUS")
    assert e.cameo == "072"


def test_invasion_possessor_and_of_object(extract: Extract) -> None:
    ex = extract("Russia's invasion of Ukraine changed European security.")
    assert ("RUS", "UKR", "192") in triples(ex)


def test_light_verb_held_talks(extract: Extract) -> None:
    ex = extract("Vietnam held talks with Japan in Hanoi.")
    assert ("VNM", "JPN", "040") in triples(ex)


def test_relative_clause_event(extract: Extract) -> None:
    ex = extract("Observers met the Indian diplomats who criticized Pakistan.")
    got = triples(ex)
    assert ("INDGOV", "PAK", "111") in got


def test_reciprocal_conjoined_subjects(extract: Extract) -> None:
    ex = extract("Russia and Vietnam signed a treaty in Hanoi.")
    got = triples(ex)
    assert ("RUS", "VNM", "057") in got and ("VNM", "RUS", "057") in got
    assert not any(s == t for s, t, _ in got)


def test_two_countries_coreference(extract: Extract) -> None:
    text = "China sent envoys to Brazil. The two countries signed a trade pact."
    got = triples(extract(text))
    assert ("CHN", "BRA", "057") in got and ("BRA", "CHN", "057") in got


def test_pronoun_coreference_to_subject(extract: Extract) -> None:
    text = "Xi Jinping arrived in Moscow. He later criticized NATO."
    ex = extract(text)
    e = only(ex, "criticized")
    assert e.source.code == "CHNGOV" and e.source.text == "He"
    assert e.target is not None and e.target.code.startswith("IGO")


def test_control_verb_refined_by_embedded_event(extract: Extract) -> None:
    ex = extract("Egypt agreed to meet Israel next month.")
    e = only(ex, "agreed")
    assert e.cameo == "036" and e.plover == "AGREE"
    assert e.target is not None and e.target.code == "ISR"
    assert not [x for x in ex.events if x.evidence.trigger == "meet"]


def test_threat_to_attack(extract: Extract) -> None:
    ex = extract("Iran threatened to attack Israel.")
    assert ("IRN", "ISR", "138") in triples(ex)


def test_metonyms_and_demonym_with_sector(extract: Extract) -> None:
    ex = extract("The Kremlin condemned Kyiv. The Russian military shelled Kharkiv.")
    got = triples(ex)
    assert any(s.startswith("RUS") and t.startswith("UKR") and c == "111" for s, t, c in got)
    shelled = only(ex, "shelled")
    assert shelled.source.code == "RUSMIL" and shelled.cameo == "194"


def test_same_country_events_are_dropped(extract: Extract) -> None:
    ex = extract("Russia praised Russia.")
    assert not ex.events


def test_one_event_per_trigger_and_pair(extract: Extract) -> None:
    ex = extract("Japan and Japan's navy and Japan criticized China.")
    keys = [
        (e.evidence.trigger, e.source.code, e.target.code if e.target else "") for e in ex.events
    ]
    assert len(keys) == len(set(keys))


def test_actors_file_overrides_and_adds(
    tmp_path: Path, extract: Extract, registry: ActorRegistry
) -> None:
    path = tmp_path / "actors.tsv"
    path.write_text("Arnor\tARN\nGondor\tGON\nFalastur\tGONGOV\t1990\t1999\n", encoding="utf-8")
    reg = registry.with_file(path)
    ex = extract("Arnor accused Gondor of spying. Falastur praised Arnor.", "1995-01-01", reg)
    got = triples(ex)
    assert ("ARN", "GON", "112") in got
    assert ("GONGOV", "ARN", "051") in got
    later = extract("Falastur praised Arnor.", "2005-01-01", reg)
    assert not any(s == "GONGOV" for s, _, _ in triples(later))


def test_evidence_offsets_index_the_document(extract: Extract) -> None:
    text = "Headline about nothing\n\nSome words first. Then Pyongyang’s envoy visited Moscow."
    ex = extract(text)
    e = only(ex, "visited")
    assert text[e.evidence.start : e.evidence.end] == e.evidence.sentence
    assert e.evidence.sentence.startswith("Then Pyongyang’s envoy")
    assert ex.sentences[e.sentence_index].start == e.evidence.start
    for m in ex.mentions:
        assert text[m.start : m.end] == m.text


def test_paragraphs_split_headings(extract: Extract) -> None:
    ex = extract("Russia and China\nRussia criticized China.")
    assert [s.text for s in ex.sentences] == ["Russia and China", "Russia criticized China."]
    assert [e.sentence_index for e in ex.events] == [1]


def test_pure_function(extract: Extract) -> None:
    text = "China criticized Japan. Japan then sent aid to Vietnam, officials said."
    first = extract(text).records(mentions=True)
    assert extract(text).records(mentions=True) == first
    assert first  # not trivially equal


def test_event_date_from_sentence(extract: Extract) -> None:
    ex = extract("Russia attacked Ukraine on 3 March 2022.", "2024-06-20")
    e = only(ex, "attacked")
    assert (e.date, e.date_precision) == ("2022-03-03", "day")
    ex = extract("Russia attacked Ukraine.", "2024-06-20")
    assert only(ex, "attacked").date == "2024-06-20"


def test_confidence_is_bounded_and_ranked(extract: Extract) -> None:
    ex = extract("Japan criticized China. They sent envoys.")
    for e in ex.events:
        assert 0.0 < e.confidence < 1.0
    direct = only(ex, "criticized")
    assert direct.confidence > 0.7


def test_record_contract(extract: Extract) -> None:
    rec = extract("Russia attacked Ukraine.").records()[0]
    assert rec["kind"] == "event"
    for key in (
        "source",
        "target",
        "cameo",
        "plover",
        "goldstein",
        "quad_class",
        "factuality",
        "date",
        "date_precision",
        "evidence",
        "confidence",
        "sentence_index",
    ):
        assert key in rec


def test_quantity_head_passes_to_group(extract: Extract) -> None:
    ex = extract("Thousands of Kenyan students protested against Uganda.")
    e = only(ex, "protested")
    assert e.source.country == "KEN" and e.cameo.startswith("14")


def test_unnamed_attacker_is_located(extract: Extract) -> None:
    ex = extract("Two Japanese soldiers were killed by a roadside bomb in Iraq.")
    e = only(ex, "killed")
    assert e.target is not None and e.target.country == "JPN"
    assert e.source.code.startswith("IRQ") and e.confidence < 0.7


def test_claims_and_mentions_are_filled(extract: Extract) -> None:
    ex = extract("China accounts for 90 percent of North Korea's trade, Seoul said.")
    assert any(m.code == "CHN" for m in ex.mentions)
    assert any(c.measure == "trade_share" and c.value == 0.9 for c in ex.claims)


def test_pronoun_chains_terminate(extract: Extract) -> None:
    text = (
        "They said their troops would leave. Their leaders met them, and they thanked their hosts."
    )
    ex = extract(text)
    assert len(ex.sentences) == 2  # no endless coreference loop


def test_every_bundled_text_articles_headline_and_date_line(extract: Extract) -> None:
    """The bodies of the bundled articles (every example document, web pages and feeds too) are
    checked alike in test_batched.py, on the extractions that test makes anyway; here the lines
    above a body that a document's text leaves out (headline, ``Date:``), all in one text."""
    root = Path(__file__).resolve().parents[2] / "examples"
    files = sorted(
        p for p in root.rglob("*") if p.suffix in (".txt", ".md") and p.name != "README.md"
    )
    assert len(files) >= 20
    heads = [p.read_text(encoding="utf-8").split("\n\n")[0] for p in files]
    assert all(len(h.splitlines()) == 2 and "Date: " in h for h in heads)
    text = "\n\n".join(heads)
    ex = extract(text)
    assert len(ex.events) >= 10
    for e in ex.events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.sentence
        assert e.source.code and (e.target is None or e.target.code != e.source.code)


def test_domestic_actor_takes_the_named_state(extract: Extract) -> None:
    ex = extract("The Chilean government accepted demands from the rebels.")
    e = only(ex, "accepted")
    assert e.source.code == "CHLGOV"
    assert e.target is not None and e.target.code == "CHLREB" and e.target.country == "CHL"


def test_agreed_to_hold_talks_is_one_intent(extract: Extract) -> None:
    ex = extract("Peru agreed to hold talks with Bolivia.")
    assert ("PER", "BOL", "036") in triples(ex)
    assert not [e for e in ex.events if e.evidence.trigger == "talks"]


def test_wire_dateline_is_not_an_actor(extract: Extract) -> None:
    text = "SEOUL, Oct 18 (Wire) - North Korea criticized Japan on Friday."
    ex = extract(text)
    assert ("PRK", "JPN", "111") in triples(ex)
    assert not any(m.text == "SEOUL" for m in ex.mentions)
    e = only(ex, "criticized")
    assert text[e.evidence.start : e.evidence.end] == e.evidence.sentence


def test_object_control_invite(extract: Extract) -> None:
    ex = extract("Xi Jinping invited Putin to visit China.")
    visit = only(ex, "visit")
    assert visit.source.code == "RUSGOV" and visit.factuality == "possible"
    assert visit.target is not None and visit.target.code == "CHN"
    assert only(ex, "invited").cameo == "036"


def test_two_leaders(extract: Extract) -> None:
    ex = extract("Kim Jong Un welcomed Vladimir Putin. The two leaders signed a treaty.")
    got = triples(ex)
    assert ("PRKGOV", "RUSGOV", "057") in got and ("RUSGOV", "PRKGOV", "057") in got


def test_conjoined_country_modifiers(extract: Extract) -> None:
    got = triples(extract("U.S. and Russian negotiators held talks in Geneva."))
    assert ("USAGOV", "RUSGOV", "040") in got and ("RUSGOV", "USAGOV", "040") in got
    ex = extract("Police in Guinea beat scores of Sierra Leonean and Liberian refugees.")
    targets = {e.target.country for e in ex.events if e.target}
    assert targets == {"SLE", "LBR"}
