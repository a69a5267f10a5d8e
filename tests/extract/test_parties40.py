"""parties40 (fresh20's classes A, B, G, I, L): a ruler's title alone, an office or an envoy
named again, advice with no object, a patient event noun, a reopened crossing and a handover
pledge read across the discourse."""

from __future__ import annotations

from collections.abc import Callable

from realpolitik.models import Extraction


def _keys(ex: Extraction) -> set[tuple[str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2]) for e in ex.events
    }


def test_ruler_title_is_the_titled_person(extract: Callable[..., Extraction]) -> None:
    ex = extract(
        "Emir Tamim bin Hamad Al Thani received Kenyan President William Ruto in Doha on Monday. "
        "Ruto invited the emir to visit Nairobi next year."
    )
    assert ("KEN", "QAT", "03") in _keys(ex)
    assert not any(s == "---" for s, _, _ in _keys(ex))


def test_office_named_again(extract: Callable[..., Extraction]) -> None:
    ex = extract(
        "Kenya's foreign ministry said on Monday that Ugandan police had detained five Kenyan "
        "traders. The ministry summoned Uganda's high commissioner."
    )
    assert ("KEN", "UGA", "11") in _keys(ex)


def test_envoy_never_named_is_the_senders(extract: Callable[..., Extraction]) -> None:
    ex = extract(
        "President William Ruto sent his deputy to Kampala with a message for President Yoweri "
        "Museveni. Museveni received the envoy, James Otieno, at State House."
    )
    received = {k for k in _keys(ex) if k[2] == "04"}
    assert ("UGA", "KEN", "04") in received and ("KEN", "UGA", "04") in received


def test_advice_with_no_object_is_no_event(extract: Callable[..., Extraction]) -> None:
    ex = extract("Uganda keeps asking Kenya for more. Ruto should not yield.")
    assert [e for e in ex.events if e.evidence.trigger == "yield"] == []


def test_possessed_arrest_is_no_act_of_the_embassy(extract: Callable[..., Extraction]) -> None:
    ex = extract(
        "Chile expelled three Peruvian nationals accused of smuggling, and Peru's embassy "
        "objected that it had not been told of their arrest."
    )
    keys = _keys(ex)
    assert ("PER", "CHL", "11") in keys
    assert not any(s == t for s, t, _ in keys)


def test_handover_pledge_goes_to_the_victims_state(extract: Callable[..., Extraction]) -> None:
    ex = extract(
        "Gunmen from Uganda killed four Kenyan police officers near Busia. Kampala also pledged "
        "to hand over any suspects in the killing of the officers."
    )
    assert ("UGA", "KEN", "03") in _keys(ex)
