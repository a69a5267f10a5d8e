"""parties25 (issue 9 round 19, fresh13's party classes): the parse repairs and helpers behind
the party stages (``party_cases_parties25.py`` runs the stages themselves): a capital's facility
is a place, unnamed attackers stay unplaced, "to western Y" is a goal, ", and V-ed" after a
set-off relative clause is the main verb's conjunct, "wanted for X to Y" hangs on the object,
and a name's "al-" article or two-word particle keeps its bare surname tied."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extract_helpers import root_events

from realpolitik.extract._compass_goals import compass_goal
from realpolitik.extract._facility_places import facility_place
from realpolitik.extract._mention_parts import Mention
from realpolitik.extract._name_ties import NameIndex, name_ties, short_forms
from realpolitik.extract._nlp import repair_parse
from realpolitik.extract._relative_conjuncts import relative_conjunct
from realpolitik.extract._unnamed_attackers import anonymous_attacker, attacked_by_anonymous
from realpolitik.models import ActorRef, Extraction

Run = Callable[..., Extraction]


def test_a_capitals_airport_is_a_place(nlp: Any) -> None:
    doc = nlp("Police turned back 30 travellers at Santiago's main airport on Monday.")
    airport = next(t for t in doc if t.text == "airport")
    assert facility_place(airport)
    assert not facility_place(next(t for t in doc if t.text == "travellers"))


def test_unnamed_attackers(nlp: Any) -> None:
    doc = nlp("Unidentified men attacked a convoy, killing one driver.")
    men = next(t for t in doc if t.text == "men")
    assert anonymous_attacker(men)
    killing = next(t for t in doc if t.text == "killing")
    assert attacked_by_anonymous(killing)
    assert not anonymous_attacker(nlp("Kenyan police arrested them.")[1])


def test_compass_word_read_as_a_verb(nlp: Any) -> None:
    text = "Belarus sent 200 tonnes of rice and a team of doctors to eastern Mexico late on Sunday."
    doc = nlp(text)
    east = next(t for t in doc if t.text == "eastern")
    assert east.pos_ == "VERB"  # (the parser's reading this repair is for)
    compass_goal(doc[:])
    assert east.dep_ == "amod" and east.head.text == "Mexico" and east.pos_ == "ADJ"
    assert east.head.head.text == "to" and east.head.head.head.text == "sent"


def test_conjunct_after_a_set_off_relative_clause(nlp: Any) -> None:
    text = ("Tanzania's president thanked Kenya's president, whose own country was hit by "
            "floods last year, and offered to send engineers.")  # fmt: skip
    doc = nlp(text)
    for sent in doc.sents:
        repair_parse(sent)
    relative_conjunct(doc[:])
    offered = next(t for t in doc if t.text == "offered")
    assert offered.head.text == "thanked"


def test_wanted_man_is_the_object(nlp: Any) -> None:
    doc = nlp("Spain extradited a Colombian businessman wanted for a pension fraud to Colombia.")
    for sent in doc.sents:
        repair_parse(sent)
    man = next(t for t in doc if t.text == "businessman")
    assert man.dep_ == "dobj" and man.head.text == "extradited"


def test_article_and_particles_keep_the_bare_surname() -> None:
    text = "Egypt met his Libyan counterpart, Abdul Hamid al-Dbeibah. Sisi received Dbeibah."
    libyan = text.index("Libyan")
    mentions = [Mention(libyan, libyan + 6, ActorRef("Libyan", "LBY", "LBY"), "demonym")]
    ties = name_ties(text, mentions, NameIndex(text, mentions))
    assert [(t.name, t.surname) for t in ties] == [("Abdul Hamid al-Dbeibah", "Dbeibah")]
    text = "His Dutch counterpart, Jan van der Berkhout, came. Ruto thanked Berkhout."
    dutch = text.index("Dutch")
    mentions = [Mention(dutch, dutch + 5, ActorRef("Dutch", "NLD", "NLD"), "demonym")]
    assert [t.surname for t in name_ties(text, mentions)] == ["Berkhout"]


def test_short_form_after_an_article() -> None:
    text = "Mohammed Shia al-Sudani flew in. King Abdullah received Sudani."
    ref = ActorRef("Mohammed Shia al-Sudani", "IRQGOV", "IRQ", "Mohammed Shia al-Sudani")
    mentions = [Mention(0, len("Mohammed Shia al-Sudani"), ref, "person")]
    got = short_forms(text, mentions)
    assert [(r.code, [text[a:b] for a, b in spans]) for r, spans in got] == [("IRQGOV", ["Sudani"])]


def test_gunmen_are_of_no_state(extract: Run) -> None:
    ex = extract(
        "Gunmen attacked a convoy of Kenyan lorries in northern Uganda, killing one driver."
    )
    assert root_events(ex) == {("---", "KEN", "19", "asserted")}
