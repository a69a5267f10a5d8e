"""fresh8's context classes (context15) on minimal sentences with several states: the act that
an appeal, offer or demand asks another to permit ("called on X to let Y visit", "offered to let
Y's experts inspect", "asked X to allow Y to V") is no act of its own, only the appeal or offer
is (RQ); "called in X's ambassador" is a summons, and a request conjoined with it is aimed at X
(V); a titled name "was received by" a counterpart is hosted, and "the two" who then sign do so
both ways, never at the guest alone (J/PB). The suite's tables: ``phenomena_context15.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import country_roots

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]

# (sentence, the appeal or offer (source, target or "", root)): nothing else is emitted
PERMITTED = [
    ("Nepal's foreign ministry called on India to let consular officers visit the detained "
     "students.", ("NPL", "IND", "02")),
    ("Ghana called on Togo to let its diplomats visit the prisoners.", ("GHA", "TGO", "02")),
    ("Kenya asked Uganda to allow Kenyan officials to visit the detained traders.",
     ("KEN", "UGA", "02")),
    ("Egypt urged Sudan to permit UN monitors to enter the border area.", ("EGY", "SDN", "02")),
    ("Peru offered to allow Chilean inspectors to visit the mine.", ("PER", "", "03")),
    ("Japan's foreign minister offered to let Korean experts inspect the plant.",
     ("JPN", "", "03")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "asked"), PERMITTED)
def test_a_permitted_act_is_only_asked_for_or_offered(
    extract: Extract, text: str, asked: tuple[str, str, str]
) -> None:
    ex = extract(text)
    assert country_roots(ex) == {asked}
    assert len(ex.events) == 1  # (no possible visit or inspection either)


def test_a_permission_granted_is_an_act(extract: Extract) -> None:
    """Outside an appeal or offer, "let Y visit" says the visit happened: it stays."""
    ex = extract("India let Nepali officials visit the detained students.")
    assert any(e.cameo[:2] == "04" for e in ex.events)


# (sentence, the summoned side, the conjoined request's root)
CALLED_IN = [
    ("The Kenyan foreign ministry called in Ethiopia's ambassador on Monday and asked for the "
     "traders' release.", "KEN", "ETH", "02"),
    ("Ghana's foreign ministry called in Togo's envoy and demanded compensation.", "GHA", "TGO",
     "10"),
    ("Kenya called in the Ethiopian ambassador on Monday.", "KEN", "ETH", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src", "tgt", "root"), CALLED_IN)
def test_called_in_an_envoy_is_a_summons(
    extract: Extract, text: str, src: str, tgt: str, root: str
) -> None:
    got = country_roots(extract(text))
    assert (src, tgt, "11") in got
    if root:
        assert (src, tgt, root) in got


def test_called_in_without_an_envoy_is_no_summons(extract: Extract) -> None:
    ex = extract("The ministry called in experts to review the dam.")
    assert not [e for e in ex.events if e.cameo == "110"]


HOSTED_SIGNED = [
    ("Mongolian Prime Minister Luvsannamsrai Oyun-Erdene was received by his Japanese "
     "counterpart Shigeru Ishiba at the prime minister's office in Tokyo on Monday, and the two "
     "signed an agreement on rare earths.", "JPN", "MNG"),
    ("Mongolian Prime Minister Oyun was received by Japanese Prime Minister Ishiba in Tokyo on "
     "Monday.", "JPN", "MNG"),
    ("President Ruto was received by his Ugandan counterpart in Kampala.", "UGA", "KEN"),
    ("Kenyan President William Ruto was received by his Ugandan counterpart in Kampala.", "UGA",
     "KEN"),
    ("British President Theresa May was received by his Kenyan counterpart in Nairobi late on "
     "Sunday, and the two signed an agreement on rare earths.", "KEN", "GBR"),
    ("Spain's prime minister was received by his Afghan counterpart Hamid Karzai in Kabul, and "
     "the two signed a protocol on border crossings.", "AFG", "ESP"),
    ("Mongolia's prime minister was received by his Japanese counterpart in Tokyo on Monday, "
     "and the two signed an agreement on rare earths.", "JPN", "MNG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "host", "guest"), HOSTED_SIGNED)
def test_a_titled_guest_received_by_a_counterpart_is_hosted(
    extract: Extract, text: str, host: str, guest: str
) -> None:
    got = country_roots(extract(text))
    assert {(host, guest, "04"), (guest, host, "04")} <= got
    if "signed" in text:  # "the two signed": both ways, never the guest at itself
        assert {(host, guest, "05"), (guest, host, "05")} <= got
        assert not {k for k in got if k[0] == k[1]}
