"""Minimal documents for the party stages of lex22 (issue 9: fresh11's AO class and the
conditional retaliation of its L class): an apology is aimed at the wronged party, never at
the apologiser's own troops whose acts it names; a threat whose clause names the speaker's own
act is aimed at that act's party, not at the speaker; in ``test_parties.py``'s shape (stage,
text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "not_own_apology",  # AO: the troops are the apologiser's own; the statues' state is wronged
        "Belgium's foreign minister returned 12 statues taken from Congo and apologised for the "
        "crimes committed by Belgian troops.",
        "apologised",
        "targets",
        {"COD"},
    ),
    (
        "not_own_apology",  # AO: with no coordinated act, the own troops are dropped, none taken
        "Japan's prime minister apologised for the abuses committed by Japanese soldiers.",
        "apologised",
        "targets",
        set(),
    ),
    (
        "inner_act_target",  # L: "warned it would stop issuing visas to X": aimed at X (the
        # clause's subject "it" is the speaker, no target: ``clause_subject`` passes it by)
        "Chile warned it would stop issuing visas to Bolivian officials unless the blockade ended.",
        "warned",
        "targets",
        {"BOLGOV"},
    ),
]
