"""Who did what to whom, on template sentences crossed with many states (party_templates.py).

Every phenomenon class must be exactly right on every filled template: the speaker or
attribution source is no party, a modifier is no party, the target inside the phrase is found,
a reaction targets the reacted act's doer, spurious readings give no event, a hedge or negation
stays in its clause, and another act's argument is no event of its own. Trigger rows the
lexicon may lack ("launched drones against X") are given as a user file, so that these tests
measure party assignment, not the lexicon.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from party_templates import TEMPLATES, Case, cases, score

from realpolitik.actors import ActorRegistry
from realpolitik.extract import Lexicon, load_lexicon
from realpolitik.extract.parallel import extract_chunk
from realpolitik.models import Document

PER_TEMPLATE = 4
_EXTRA_TRIGGERS = "launch\tV\t\t190\ndrop\tV\tprep=on\t195\nincursion\tN\t\t190\n"
PHENOMENA = sorted({t.phenomenon for t in TEMPLATES})


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory: pytest.TempPathFactory) -> Lexicon:
    path: Path = tmp_path_factory.mktemp("lex") / "extra.tsv"
    path.write_text(_EXTRA_TRIGGERS, encoding="utf-8")
    return load_lexicon([path])


@pytest.fixture(scope="module")
def outcomes(nlp: Any, registry: ActorRegistry, lexicon: Lexicon) -> dict[str, list[Any]]:
    """Every case's extraction, the cases parsed in one batch (``extract_chunk``: the records
    ``extract_document`` gives each alone, as the batched path's tests check)."""
    out: dict[str, list[Any]] = {}
    todo = cases(PER_TEMPLATE)
    docs = [Document("t", case.text, "test", date="2024-06-20") for case in todo]
    for case, ex in zip(
        todo, extract_chunk(docs, registry, None, nlp, lexicon=lexicon), strict=True
    ):
        events = [
            (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2], e.factuality)
            for e in ex.events
        ]
        out.setdefault(case.phenomenon, []).append((case, score(case, events)))
    return out


@pytest.mark.parametrize("phenomenon", PHENOMENA)
def test_every_case_of_a_phenomenon_is_right(
    phenomenon: str, outcomes: dict[str, list[tuple[Case, Any]]]
) -> None:
    rows = outcomes[phenomenon]
    assert len(rows) >= 3 * PER_TEMPLATE  # several templates, each with several states
    wrong = [(c.text, missing, extra) for c, (ok, missing, extra) in rows if not ok]
    assert not wrong, wrong[:5]


def test_cases_cross_distinct_states() -> None:
    got = cases(3)
    assert len(got) == 3 * len(TEMPLATES)
    for case in got:
        assert len(set(case.roles.values())) == 3
    assert len({c.roles["A"] for c in got}) >= 20  # many states, not one fitted sentence
