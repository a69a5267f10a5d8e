"""fresh17's frame and factuality classes (fact29; fresh17_classes.md EV, NY, NA, RC, WN, BM) on
minimal sentences with several states: a modal frame of judgement weighs an act (no event), an
"accept no N" stance, a measure broken, a relative clause on a thing in a phrase, "would not
tolerate" a doing nobody asked about, and a carried message's content. The suite's tables:
``phenomena_fact29.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, repaired

from realpolitik.extract._weighed_acts import broken_measure, denied_object, weighed
from realpolitik.extract.parties.message_content import carried_content


def _tok(doc: Any, form: str) -> Any:
    return next(t for t in doc if t.text == form)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Chile would be foolish to refuse.", "refuse"),
        ("Santiago would be wise not to press Buenos Aires on the border.", "press"),
        ("It would be a mistake for Kenya to impose sanctions on Uganda.", "impose"),
        ("Ghana might be short-sighted to expel Togolese diplomats.", "expel"),
        ("It would be wiser to route aid through the UN than to cut aid to Peru.", "route"),
    ],
)
def test_weighed_acts(nlp: Any, text: str, form: str) -> None:
    """The act a modal frame of judgement weighs is the writer's verdict, no event."""
    assert weighed(_tok(repaired(nlp, text), form))


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Chile was foolish to refuse the offer.", "refuse"),
        ("Kenya imposed sanctions on Uganda.", "imposed"),
        ("Argentina should ask Chile to finance the bridge.", "finance"),
    ],
)
def test_judged_or_plain_acts_are_not_weighed(nlp: Any, text: str, form: str) -> None:
    """Without the modal the judged act happened; a plain or asked act is no verdict."""
    assert not weighed(_tok(repaired(nlp, text), form))


def test_accept_no_is_a_stance(nlp: Any) -> None:
    doc = repaired(nlp, "Chile said it would accept no conditions on the deal with Peru.")
    assert denied_object(_tok(doc, "accept"))
    doc = repaired(nlp, "Chile said it would accept the conditions of the deal with Peru.")
    assert not denied_object(_tok(doc, "accept"))


def test_broken_sanctions_are_in_force(nlp: Any) -> None:
    doc = repaired(nlp, "Nairobi was reviewing whether the shipments broke Kenyan sanctions.")
    assert broken_measure(_tok(doc, "sanctions"))
    doc = repaired(nlp, "Nairobi imposed sanctions on Uganda.")
    assert not broken_measure(_tok(doc, "sanctions"))


@pytest.mark.parametrize(
    "text",
    [
        "Chile would be foolish to refuse Argentina's request.",
        "It would be a mistake for Kenya to impose sanctions on Uganda.",
        "It would be wiser for Ghana to route aid through the UN than to ship fuel to Lome.",
        "Chile said it would accept no conditions on the copper deal with Argentina.",
        "Argentina said it had accepted no such arrangement with Chile.",
        "A Kenyan spokesman said Nairobi was reviewing whether the shipments broke Kenyan "
        "sanctions on Uganda.",
        "For years the Estonian navy has patrolled Latvian waters under an arrangement that no "
        "Latvian government has ever admitted.",
        "Togo's interior minister said Togo would not tolerate foreigners smuggling fuel through "
        "its ports.",
        "Ghana said it would not allow smugglers to use its ports.",
        "It is unclear whether the Kenyan sanctions on Uganda apply to fuel.",
    ],
)
def test_frames_that_name_no_act(extract: Extract, text: str) -> None:
    assert not code_events(extract(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kenya's foreign minister carried a message from President William Ruto inviting "
         "President Yoweri Museveni to Nairobi.", ("KEN", "UGA", "036", "asserted")),
        ("The Ghanaian envoy delivered a letter from Ghana's president asking Togo to reopen "
         "the border.", ("GHA", "TGO", "025", "asserted")),
    ],
)  # fmt: skip
def test_carried_message_content(extract: Extract, text: str, want: tuple[str, ...]) -> None:
    """The message's content is the sender's act; the carrying is no 010 of its own."""
    assert code_events(extract(text)) == {want}


def test_message_without_content_is_still_carried(nlp: Any, extract: Extract) -> None:
    text = "The envoy carried a message from Chile's president to Argentina's leader."
    doc = repaired(nlp, text)
    assert not carried_content(_tok(doc, "carried"), {t.i for t in doc if t.text == "carried"})
    assert ("CHL", "ARG", "010", "asserted") in code_events(extract(text))


def test_asked_meddling_is_still_refused(extract: Extract) -> None:
    """A stance toward a state ("any meddling by Greece") stays a refusal (lex12)."""
    got = code_events(extract("Turkey said it would not tolerate any meddling by Greece."))
    assert any(e[:2] == ("TUR", "GRC") and e[2][:2] == "12" for e in got), got


def test_planned_act_asked_about_stays_possible(extract: Extract) -> None:
    """A planned act a "whether" question is about is no measure in force: it stays."""
    text = "It is unclear whether the visit by Chile's president to Argentina will take place."
    assert ("CHL", "ARG", "042", "possible") in code_events(extract(text))


def test_complement_hung_on_a_noun_is_no_relative_clause(extract: Extract) -> None:
    """ "said after talks with X that the nation had summoned Y's ambassador": the "that"
    clause (with an object of its own) is what was said, not a scene on "talks"."""
    text = (
        "Turkey's government spokesman said after talks with Afghanistan that the nation had "
        "summoned the United States' ambassador."
    )
    assert any(e[:2] == ("TUR", "USA") for e in code_events(extract(text)))
