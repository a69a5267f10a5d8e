"""Query parameters are checked before any query runs: each accessor's accepted values, its
defaults, and a 400 (E710) naming the parameter for everything else."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.web._params import DEFAULT_ROWS, MAX_TEXT, ROW_CAP, BadParameter, Params, state


def bad(call: Callable[[], object]) -> BadParameter:
    """The 400 that ``call`` raises."""
    with pytest.raises(BadParameter) as err:
        call()
    assert err.value.code == "E710"
    return err.value


def test_text_takes_the_last_value_trimmed() -> None:
    p = Params("q=first&q=%20second%20&empty=")
    assert p.text("q") == "second" and p.text("empty", "d") == "d" and p.text("none") is None
    long = Params("q=" + "x" * (MAX_TEXT + 1))
    assert bad(lambda: long.text("q")).parameter == "q"
    assert "control characters" in str(bad(lambda: Params("q=a%0Ab").text("q")))


def test_whole_numbers_in_their_range() -> None:
    p = Params("year=2019&n=-3&x=3.5&big=12345678901&old=1700")
    assert p.year() == 2019 and p.integer("n", None, -5, 5) == -3
    assert p.year("missing", 2000) == 2000
    assert "whole number" in str(bad(lambda: p.integer("x", None, 0, 10)))
    assert "whole number" in str(bad(lambda: p.integer("big", None, 0, 10)))
    assert "outside 1800-2100" in str(bad(lambda: p.year("old")))


def test_choices_and_lists_of_choices() -> None:
    p = Params("layer=arms&f=asserted,%20reported&g=asserted,rumoured&format=csv")
    assert p.choice("layer", ("votes", "arms"), "votes") == "arms"
    assert p.choice("missing", ("votes", "arms"), "votes") == "votes"
    assert p.choices("f", ("asserted", "reported")) == ["asserted", "reported"]
    assert p.choices("missing", ("asserted",)) == []
    err = bad(lambda: p.choices("g", ("asserted", "reported")))
    assert err.parameter == "g" and "rumoured" in str(err)
    assert p.output() == "csv" and Params("").output() == "json"
    assert "is not one of json, csv" in str(bad(lambda: Params("format=xml").output()))


def test_states_and_codes() -> None:
    assert state("a", " rus ") == "RUS" and state("a", "SUN") == "SUN"  # historical ones too
    assert "three letters" in str(bad(lambda: state("a", "Russia")))
    assert "registry" in str(bad(lambda: state("a", "ZZZ")))
    assert "three letters" in str(bad(lambda: state("a", None)))
    p = Params("a=prk&code=19&bad=1a")
    assert p.state("a") == "PRK" and p.state("b", "USA") == "USA"
    assert p.cameo() == "19" and Params("").cameo() is None
    assert "CAMEO code" in str(bad(lambda: p.cameo("bad")))


def test_pages_are_capped() -> None:
    assert Params("").page() == (1, DEFAULT_ROWS)
    assert Params(f"page=3&limit={ROW_CAP}").page() == (3, ROW_CAP)
    assert "outside" in str(bad(lambda: Params(f"limit={ROW_CAP + 1}").page()))
    assert "outside" in str(bad(lambda: Params("page=0").page()))


def test_a_query_of_too_many_fields_is_refused() -> None:
    err = bad(lambda: Params("&".join(f"k{i}=v" for i in range(60))))
    assert err.parameter == "query"
