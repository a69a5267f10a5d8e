"""Minimal sentences for the party stages of names14 (issue 9, fresh6 classes A and DM: a
joint subject "President NAME and her Tdem counterpart NAME", "her government" through its
person, "wanted for" as no desire), in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected), so that ``test_every_stage_has_a_case`` sees them and
``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

_JOINT = (
    "ACCRA, March 3 (Wire) - President Lina Vesk and her Togolese counterpart Kofi Temba signed "
    "a trade pact."
)

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "verb_subject",  # the titled first conjunct is one more maker, as yet of no state
        _JOINT,
        "signed",
        "sources",
        {"---GOV", "TGOGOV"},
    ),
    (
        "locate_unplaced",  # the dateline's state, not the counterpart's
        _JOINT,
        "signed",
        "pairs",
        {("GHAGOV", "TGOGOV"), ("TGOGOV", "GHAGOV")},
    ),
    (
        "pair_up",  # one state is not its own partner ("Swazi counterpart" and his name)
        "Lesotho's prime minister and his Swazi counterpart Kofi Temba signed a water deal.",
        "signed",
        "pairs",
        {("LSOGOV", "SWZ"), ("SWZ", "LSOGOV")},
    ),
    (
        "passive_subject",  # "wanted for" modifies the men: they are the arrested
        "Two Batswana men wanted for a robbery in Gaborone were arrested in Harare by "
        "Zimbabwean police.",
        "arrested",
        "targets",
        {"BWA"},
    ),
    (
        "passive_subject",  # the parse that made "wanted" the passive verb's subject
        "A Tongan national wanted for fraud was detained in Suva by Fijian police.",
        "detained",
        "targets",
        {"TON"},
    ),
    (
        "verb_subject",  # "her government": the state of the titled name she refers to
        "Ghana's President Lina Vesk visited Togo. Her government pledged aid to Togo.",
        "pledged",
        "sources",
        {"GHAGOV"},
    ),
    (
        "locate_unplaced",  # unresolved "her government": the dateline's acting state
        "ACCRA, March 3 (Wire) - President Lina Vesk visited Togo. Her government pledged aid to "
        "Togo.",
        "pledged",
        "pairs",
        {("GHAGOV", "TGO")},
    ),
]
