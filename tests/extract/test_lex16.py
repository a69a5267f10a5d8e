"""fresh7's open lexicon, refusal and factuality classes (lex16) on minimal sentences with
several states: ships struck off a register are an administrative sanction, not an attack (L);
"the decision was final" / "the answer was no" after a request refuses it, and refuses nothing
when nothing was asked (RF); every verb of rejecting an accusation codes the denial (DN); an
elided "did not" keeps the first clause's act asserted; "did not rule out / exclude V-ing"
leaves V possible, and so does "is to V"; an invitation is aimed at the invitee, never at the
inviter's own state or capital (PL). The suite's tables: ``phenomena_lex16.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_lex8 import _codes, _has

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


# (sentence, source, target, code or root): asserted
CASES = [
    # struck off / removed from a register, deregistered, delisted: administrative (172)
    ("Panama has struck 20 Greek-owned tankers off its register.", "PAN", "GRC", "172"),
    ("Liberia struck 12 Iranian-owned vessels off its registry.", "LBR", "IRN", "172"),
    ("Malta deregistered five Russian-owned ships.", "MLT", "RUS", "172"),
    ("The Marshall Islands removed 14 Iranian tankers from its shipping register.", "MHL",
     "IRN", "172"),
    # a reply that the decision stands, after a request: a refusal aimed at who asked (12)
    ("Kenya asked Uganda to return the cattle, but Kampala said the decision was final.",
     "UGA", "KEN", "12"),
    ("Ghana appealed to Denmark to reconsider, but the Danish embassy said the decision was "
     "final.", "DNK", "GHA", "12"),
    ("Chile asked Bolivia to reopen the border. The answer was no.", "BOL", "CHL", "12"),
    ("Argentina urged Uruguay to drop the tariff. Uruguay replied that its decision was "
     "irreversible.", "URY", "ARG", "12"),
    # a rejected accusation, whatever the verb: a denial aimed at the accuser (016)
    ("Georgia rebuffed Armenia's accusation of an incursion.", "GEO", "ARM", "016"),
    ("Serbia brushed aside Croatia's accusations.", "SRB", "HRV", "016"),
    ("Turkey repudiated Greece's claim that its jets had entered Greek airspace.", "TUR", "GRC",
     "016"),
    ("Cuba rejected as unfounded Panama's accusation that its guards had fired first.", "CUB",
     "PAN", "016"),
    ("Pakistan rejected India's assertion that it shelters militants.", "PAK", "IND", "016"),
    # the first clause of an elided "did not" / "has not" stays asserted
    ("Hungary expelled two Russian diplomats; Poland did not.", "HUN", "RUS", "16"),
    ("Kenya imposed sanctions on Russia; Brazil did not.", "KEN", "RUS", "163"),
    ("Chile has recalled its ambassador from Israel; Peru has not.", "CHL", "ISR", "16"),
    # an invitation: to the invitee; the inviter's own state or capital is a place
    ("Togo's president invited Ghana's president to visit Lome.", "TGO", "GHA", "036"),
    ("Kenya has invited Uganda's president to Kenya.", "KEN", "UGA", "036"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src", "tgt", "code"), CASES)
def test_lex16_reads_the_act(extract: Extract, text: str, src: str, tgt: str, code: str) -> None:
    ex = extract(text)
    assert _has(ex, src, tgt, code), (text, _codes(ex))


# (sentence, roots that must not be asserted at all)
NOT_ASSERTED = [
    ("Panama has struck 20 Greek-owned tankers off its register.", ("19",)),
    ("Malta deregistered five Russian-owned ships.", ("19",)),
    ("Georgia rebuffed Armenia's accusation of an incursion.", ("12",)),
    # nothing asked: no refusal (GUIDE rule 5)
    ("Kampala said the decision was final.", ("12",)),
    ("The court in Lima said its decision was final.", ("12",)),
    ("Peru's decision to recall its envoy was no surprise.", ("12",)),
    ("Chile asked Peru to reopen the border, but Lima said the decision was not final.",
     ("12",)),
    # an elided "will not" after a clause that asks nothing: no refusal
    ("Kenya will sign the deal; Uganda will not.", ("12",)),
    ("Hungary would expel the envoys; Poland would not.", ("12",)),
    ("South Korea will impose sanctions on Vietnam, but Italy will not.", ("12",)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "roots"), NOT_ASSERTED)
def test_lex16_no_act_asserted(extract: Extract, text: str, roots: tuple[str, ...]) -> None:
    got = _codes(extract(text))
    bad = [e for e in got if e[3] == "asserted" and e[2].startswith(roots)]
    assert not bad, (text, got)


# (sentence, source, target, root): the act left open by "did not rule out / exclude", or
# scheduled by "is to"
OPEN = [
    ("Japan did not rule out imposing sanctions on Russia.", "JPN", "RUS", "16"),
    ("Japan has not ruled out sanctions on Russia.", "JPN", "RUS", "16"),
    ("Poland did not exclude sending troops to Ukraine.", "POL", "UKR", "07"),
    ("Canada has not excluded sanctions on Iran.", "CAN", "IRN", "16"),
    ("Japan refused to rule out imposing sanctions on Russia.", "JPN", "RUS", "16"),
    ("Chile declined to rule out sanctions on Venezuela.", "CHL", "VEN", "16"),
    # "is to V": a scheduled act (GUIDE rule 4)
    ("Norway is to phase out its aid to Malawi.", "NOR", "MWI", "16"),
    ("Japan is to visit China next week.", "JPN", "CHN", "04"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src", "tgt", "root"), OPEN)
def test_not_ruled_out_is_possible(
    extract: Extract, text: str, src: str, tgt: str, root: str
) -> None:
    got = _codes(extract(text))
    assert any((s, t, f) == (src, tgt, "possible") and c.startswith(root) for s, t, c, f in got), (
        text,
        got,
    )


def test_an_elided_negation_negates_only_its_own_clause(extract: Extract) -> None:
    """ "Hungary expelled the envoys; Poland did not": no act of Hungary's is negated."""
    got = _codes(extract("Hungary expelled two Russian diplomats; Poland did not."))
    assert not [e for e in got if e[0] == "HUN" and e[3] == "negated"], got


def test_an_invitation_home_has_no_home_target(extract: Extract) -> None:
    """ "Peru's president invited the pope to visit Peru": no target of its own state."""
    for text in ("Peru's president invited the pope to visit Peru.",
                 "Jordan has invited the pope to Jordan.",
                 "Kenya's president invited the pope to visit Nairobi."):  # fmt: skip
        got = _codes(extract(text))
        assert any(c == "036" and t == "" for _, t, c, _ in got), (text, got)
        assert not [e for e in got if e[0] == e[1]], (text, got)


def test_the_invited_visits_in_the_passive(extract: Extract) -> None:
    """ "X's president was invited by Y's president to visit CAPITAL": X's visit (possible),
    never the inviter's (RQ)."""
    got = _codes(extract("Ghana's president was invited by Nigeria's president to visit Abuja."))
    assert ("NGA", "GHA", "036", "asserted") in got, got
    assert ("GHA", "NGA", "042", "possible") in got, got
    assert not [e for e in got if e[0] == "NGA" and e[2].startswith("04")], got
