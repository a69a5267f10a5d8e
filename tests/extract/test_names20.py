"""names20 (issue 9, fresh10's NM with persons): a surname the people table holds for a famous
leader is the record's own person where the record writes it after another given name, there
and by the bare surname later (``_other_bearers``); a given name is a short form of a table
person only where the record wrote it for him (``_name_ties.short_forms``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import country_roots

from realpolitik.extract._mention_parts import Mention
from realpolitik.extract._name_ties import short_forms
from realpolitik.extract._other_bearers import drop_other_bearers
from realpolitik.models import ActorRef, Extraction

Run = Callable[..., Extraction]
_CHAVEZ = ActorRef("Hugo Chavez", "VENELI", "VEN", "Hugo Chavez")


def _bare(text: str, word: str = "Chavez") -> list[Mention]:
    """One person match on every "Chavez" of ``text``, as the registry scan gives them."""
    out, at = [], text.find(word)
    while at >= 0:
        out.append(Mention(at, at + len(word), _CHAVEZ, "person"))
        at = text.find(word, at + 1)
    return out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Former minister Carlos Chavez fled. Chavez said she feared arrest.", 0),
        ("Chavez said she feared arrest. Ana Chavez, a former minister, fled.", 0),
        ("Ana de Chavez fled.", 0),
        ("Hugo Chavez criticised Colombia. Chavez later praised Cuba.", 2),
        ("If Chavez had lived, he would have criticised Colombia.", 1),
        ("Later Chavez praised Cuba.", 1),
        ("Despite the protests Chavez praised Cuba. Despite this, despite that.", 1),
        ("He spoke of Chavez. Despite Chavez, despite all.", 2),
        ("He spoke of Chavez. Citing Chavez, he left.", 2),
        ("Maria Gabriela Chavez spoke.", 0),
        ("Moammar Chavez spoke.", 0),
        ("Hugo Rafael Chavez spoke. Chavez left.", 2),
        ("Huggo Chavez spoke. Chavez left.", 2),  # (his own given name, misspelt)
    ],
)  # fmt: skip
def test_only_another_given_name_drops_the_table_person(text: str, kept: int) -> None:
    assert len(drop_other_bearers(text, _bare(text))) == kept


def test_a_record_that_names_his_state_keeps_him() -> None:
    """ "Maria Chavez" in a story that names Venezuela may be of his family or state: left to
    the tables (the state's reading stays right)."""
    text = "Venezuela criticized Colombia. Maria Chavez spoke."
    state = Mention(0, len("Venezuela"), ActorRef("Venezuela", "VEN", "VEN"), "country")
    assert len(drop_other_bearers(text, [state, *_bare(text)])) == 2


def test_a_state_word_before_the_surname_is_no_given_name() -> None:
    text = "Venezuelan Chavez praised Cuba."
    state = Mention(0, len("Venezuelan"), ActorRef("Venezuela", "VEN", "VEN"), "demonym")
    assert drop_other_bearers(text, [state, *_bare(text)]) == [state, *_bare(text)]


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        ("Ghana broke off relations with Togo on Monday. Former minister Carlos Chavez accused "
         "Togo of meddling.", ("GHA", "TGO", "16"), ("VEN", "TGO", "11")),
        ("Azerbaijan gave refuge to Nigerian former judge Rosa Morales on Sunday.",
         ("AZE", "NGA", "07"), ("AZE", "BOL", "07")),
        ("Belarus gave refuge to Polish former prime minister Elena Mugabe on Monday. Robert da "
         "Costa, Poland's foreign minister, accused Belarus of meddling.",
         ("POL", "BLR", "11"), ("PRT", "BLR", "11")),
        ("Mexico gave refuge to Peru's former prime minister Chavez.", ("MEX", "PER", "07"),
         ("MEX", "VEN", "07")),
        ("Mexico gave refuge to Peruvian former prime minister Chavez. Peru accused Mexico of "
         "sheltering Chavez.", ("MEX", "PER", "07"), ("MEX", "VEN", "07")),
        ("Peru broke off relations with Mexico after former prime minister Betty Chavez took "
         "refuge in the Mexican embassy. Peru's foreign minister, Hugo de Zela, accused Mexico of "
         "interference.", ("PER", "MEX", "11"), ("VEN", "MEX", "11")),
    ],
)  # fmt: skip
def test_a_namesake_is_the_records_person(
    extract: Run, text: str, want: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text))
    assert want in got
    assert wrong not in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hugo Chavez criticised Colombia in 2005. Chavez later praised Cuba.", ("VEN", "CUB", "05")),
        ("Venezuelan President Hugo Chavez met Fidel Castro. Chavez praised Cuba.",
         ("VEN", "CUB", "05")),
        ("Venezuela's President Chavez criticised Colombia in 2005.", ("VEN", "COL", "11")),
        ("Prime Minister Hun Manet met Thai officials on Monday. Hun praised Thailand.",
         ("KHM", "THA", "05")),
    ],
)  # fmt: skip
def test_the_famous_bearer_keeps_his_name(
    extract: Run, text: str, want: tuple[str, str, str]
) -> None:
    assert want in country_roots(extract(text, date="2025-06-20"))


def test_a_first_name_the_record_never_wrote_for_him_is_no_short_form() -> None:
    """ "Chavez" alone in the record makes no later "Hugo" his; "Hugo Chavez" written does."""
    alone = "President Chavez spoke in 2005. Later Hugo spoke."
    assert short_forms(alone, _bare(alone)) == []
    whole = "Hugo Chavez spoke in 2005. Later Hugo spoke."
    mention = Mention(0, len("Hugo Chavez"), _CHAVEZ, "person")
    assert [spans for _, spans in short_forms(whole, [mention])] == [[(33, 37)]]


def test_a_first_name_before_a_particle_is_no_short_form(extract: Run) -> None:
    """ "Hugo de Zela": a name goes on after the given name (fresh10's NM)."""
    text = (
        "President Hugo Chavez criticised Colombia in 2005. Foreign Minister Hugo de Zela "
        "praised Chile on Monday."
    )
    assert ("VEN", "CHL", "05") not in country_roots(extract(text, date="2025-06-20"))


# -- fresh10's G: places and groups ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        ("Kenyan police arrested 12 people last week, some of whom had trained in Uganda.",
         ("KEN", "KEN", "17"), ("KEN", "UGA", "17")),
        ("Police in Chile detained 5 people, two of whom had fought in Peru.",
         ("CHL", "CHL", "17"), ("CHL", "PER", "17")),
        ("Rwanda attacked rebels who had fled from Congo.",  # (where they came from may place)
         ("RWA", "COD", "19"), ("RWA", "RWA", "19")),
        ("Rights groups accused Greece of pushing back asylum seekers.",
         ("---", "GRC", "11"), ("GRC", "GRC", "11")),
        ("Rights groups accused Greece of mistreating Syrian refugees.",
         ("---", "GRC", "11"), ("SYR", "GRC", "11")),
        ("Iran arrested rights activists on Monday.",  # (a target at home stays at home)
         ("IRN", "IRN", "17"), ("IRN", "", "17")),
        ("The EU imposed sanctions on Serbia on Monday. Several member states have criticized "
         "Serbia since.", ("IGO", "SRB", "11"), ("SRB", "SRB", "11")),
    ],
)  # fmt: skip
def test_a_group_is_placed_by_its_own_words(
    extract: Run, text: str, want: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text))
    assert want in got
    assert wrong not in got


def test_counted_member_states_are_no_government(extract: Run) -> None:
    """ "Other member states criticized Hungary": not Hungary's government (no body is named:
    no one)."""
    assert not any(s == "HUN" for s, _, _ in country_roots(extract(
        "Other member states criticized Hungary on Monday."
    )))  # fmt: skip
