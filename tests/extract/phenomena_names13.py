"""Actor resolution of named people and issued texts (issue 9, names13: fresh5's class A), as
suite constructions of two or three sentences, crossed with the suite's states, invented names
and several phrasings each.

- ``n13_apposed_later``: "President NAME criticized T. SURNAME, S's president since 2021,
  ...": an apposition anywhere in the record ties the unlisted name to S, for the act before it;
- ``n13_apposed_first``: "S's foreign minister, NAME, took office in 2021. SURNAME criticized
  T": the apposition ties the later bare surname;
- ``n13_counterpart``: "Z's president met his Sdem counterpart NAME. SURNAME thanked T": the
  counterpart's demonym places him;
- ``n13_of_state_later``: "Prime Minister NAME met T's president. SURNAME of S then
  criticized Z": "NAME of STATE" places the titled name;
- ``n13_conjoined_state``: "President NAME appealed for calm, and Z offered T aid": a titled
  unlisted name is not of the state a conjoined clause names (no event of Z's state for him);
- ``n13_dateline``: "CAPITAL, March 3 (Wire) - President NAME criticized T": the dateline's
  state when nothing else places him;
- ``n13_issued_text``: "S expelled T's ambassador. The expulsion order accused T of ...": the
  decree or order speaks for the state that did the act it names;
- ``n13_short_form``: "S's President FIRST LAST met T's ... FIRST/LAST criticized T": a leader
  of the tables named again by one word of his name (built from the tables' leaders);
- ``n13_dateline_government``: "SCAP, March 3 (Wire) - S protested to T. In a statement, the
  government accused TCAP ...": the dateline's state, which acted first in the story;
- ``n13_government_not_addressee``: "T seized two Sdem boats. The foreign ministry accused
  TCAP ...": the government is not the state it accuses (of no state: S did not act first).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State, _table
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_ANYROOT: frozenset[str] = frozenset()
_SHORTEST = 3  # a shorter word of a leader's name ("VI", "bin") is no short form
_FIRST = ("Kofi", "Ana", "Tomas", "Lina", "Jorge", "Mira", "Pavel", "Sara")
_LAST = ("Temba", "Vesk", "Malvik", "Dravon", "Kettel", "Quorven", "Brenik", "Halvorsen")
_TITLES = ("President", "Prime Minister", "Foreign Minister", "Defence Minister")
_OFFICES = ("president", "prime minister", "foreign minister", "defence minister")
_ACTS = (
    ("criticized {T}", "11"),
    ("accused {T} of meddling", "11"),
    ("praised {T}", "05"),
    ("thanked {T} for its support", "05"),
)  # fmt: skip
_NEUTRAL_LATER = (
    "{L}, {Sposs} {office} since 2021, is a former diplomat.",
    "{L}, the {Sdem} {office}, has held the post since 2021.",
    "{L}, {Sposs} {office}, took office last year.",
)  # fmt: skip


def _name(sc: Scene) -> tuple[str, str]:
    last = sc.rng.choice(_LAST)
    return f"{sc.rng.choice(_FIRST)} {last}", last


def _act(sc: Scene, t: str) -> tuple[str, str]:
    phrase, root = sc.rng.choice(_ACTS)
    return phrase.format(T=t), root


def _others(*states: State) -> tuple[Expect, ...]:
    """Any reading of a state's own scene-setting (a meeting, an offer) is no error here."""
    out: tuple[Expect, ...] = ()
    for st in states:
        out += (Expect(st.iso3, "*", _ANYROOT, ANY), Expect("*", st.iso3, _ANYROOT, ANY))
    return out


def n13_apposed_later(sc: Scene) -> Built:
    """ "President Kofi Temba criticized Togo. Temba, Ghana's president since 2021, ...": the
    later apposition places the earlier act."""
    s, t = sc.s, sc.t
    full, last = _name(sc)
    k = sc.rng.randrange(len(_TITLES))
    act, root = _act(sc, sc.name(t, 0.0))
    later = sc.rng.choice(_NEUTRAL_LATER).format(
        L=last, Sposs=_poss(s.name), Sdem=s.demonym, office=_OFFICES[k]
    )
    text = f"{_TITLES[k]} {full} {act}{_time(sc)}. {later}"
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


def n13_apposed_first(sc: Scene) -> Built:
    """ "Ghana's foreign minister, Kofi Temba, took office in 2021. Temba criticized Togo": the
    apposition places the later bare surname."""
    s, t = sc.s, sc.t
    full, last = _name(sc)
    office = sc.rng.choice(_OFFICES)
    first = sc.rng.choice(
        (
            f"{_poss(s.name)} {office}, {full}, took office in 2021.",
            f"{full}, {_poss(s.name)} {office}, took office in 2021.",
            f"{full}, the {s.demonym} {office}, was sworn in last year.",
        )
    )
    act, root = _act(sc, sc.name(t, 0.0))
    text = f"{first} {last} {act}{_time(sc)}."
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


def n13_counterpart(sc: Scene) -> Built:
    """ "Benin's president met his Ghanaian counterpart Kofi Temba. Temba thanked Togo ..."."""
    s, t, z = sc.s, sc.t, sc.z
    full, last = _name(sc)
    office = sc.rng.choice(("president", "foreign minister", "prime minister"))
    place = sc.rng.choice((f" in {z.capital}", "", f" on the sidelines of a summit in {z.capital}"))
    act, root = _act(sc, sc.name(t, 0.0))
    text = f"{_poss(z.name)} {office} met his {s.demonym} counterpart {full}{place}. {last} {act}."
    want = (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),)
    return text, want + (Expect(z.iso3, s.iso3, frozenset({"04"}), ASSERTED),), _others(z)


def n13_of_state_later(sc: Scene) -> Built:
    """ "Prime Minister Kofi Temba met Benin's president. Temba of Ghana then criticized Togo"."""
    s, t, z = sc.s, sc.t, sc.z
    full, last = _name(sc)
    meet = sc.rng.choice(("met {Zposs} president", "held talks with {Zposs} foreign minister"))
    act, root = _act(sc, sc.name(t, 0.0))
    then = sc.rng.choice(("then", "later", "also"))
    text = (
        f"{sc.rng.choice(_TITLES)} {full} {meet.format(Zposs=_poss(z.name))}{_time(sc)}. "
        f"{last} of {s.name} {then} {act}."
    )
    want = (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),)
    return text, want, _others(z)


_CALM = (
    "appealed for calm",
    "asked the bloc for money",
    "called for an end to the violence",
    "asked donors for help",
)  # fmt: skip
_OFFERS = (
    ("{Z} offered to train {Tdem} police", "03"),
    ("{Z} pledged aid to {T}", "03"),
    ("{Z} promised {T} new loans", "03"),
)  # fmt: skip


def n13_conjoined_state(sc: Scene) -> Built:
    """ "President Kofi Temba asked the bloc for money, and India offered to train Maldivian
    police": the titled name is not India's (nor the police's state: of no state named)."""
    t, z = sc.t, sc.z
    full, _ = _name(sc)
    offer, root = sc.rng.choice(_OFFERS)
    second = offer.format(Z=z.name, T=t.name, Tdem=t.demonym)
    text = f"{sc.rng.choice(_TITLES)} {full} {sc.rng.choice(_CALM)}{_time(sc)}, and {second}."
    want = (Expect(z.iso3, t.iso3, frozenset({root}), ASSERTED),)
    return text, want, (Expect("---", "*", _ANYROOT, ANY),)


def n13_dateline(sc: Scene) -> Built:
    """ "ACCRA, March 3 (Wire) - President Kofi Temba criticized Togo": the dateline's state."""
    s, t = sc.s, sc.t
    full, _ = _name(sc)
    wire = sc.rng.choice(("(Wire)", "(Reuters)", "(AP)"))
    act, root = _act(sc, sc.name(t, 0.0))
    text = f"{s.capital.upper()}, March 3 {wire} - {sc.rng.choice(_TITLES)} {full} {act}."
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


_EXPELS = (
    ("{S} expelled {Tposs} ambassador", "expulsion order"),
    ("{S} ordered {Tposs} ambassador to leave", "expulsion decree"),
    ("{S} expelled two {Tdem} diplomats", "order"),
    ("{S} ordered {Tposs} envoy out of the country", "order"),
    ("{S} expelled {Tposs} consul", "decree"),
)  # fmt: skip
_SPOKE = (
    ("accused {T} of meddling in its affairs", "11"),
    ("condemned {Tposs} interference", "11"),
    ("accused {T} of spying", "11"),
)  # fmt: skip


def n13_issued_text(sc: Scene) -> Built:
    """ "Peru expelled Mexico's ambassador. The expulsion order accused Mexico of meddling"."""
    s, t = sc.s, sc.t
    expel, noun = sc.rng.choice(_EXPELS)
    spoke, root = sc.rng.choice(_SPOKE)
    tname = sc.name(t, 0.0)
    first = expel.format(S=sc.name(s, 0.0), Tposs=_poss(tname), Tdem=t.demonym)
    text = f"{first}{_time(sc)}. The {noun} {spoke.format(T=tname, Tposs=_poss(tname))}."
    want = (
        Expect(s.iso3, t.iso3, frozenset({"16"}), ASSERTED),
        Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),
    )
    return text, want, ()


# States whose leaders' family name is written first ("Kim Jong Un" is "Kim", never "Jong").
_FAMILY_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN"})
# Words of a leader's name that are no short form of it: a title before the name ("King
# Salman" is "Salman") and a generation after it ("Ferdinand Marcos Jr." is "Marcos").
_NAME_TITLES = frozenset({"King", "Queen", "Emir", "Sheikh", "Sultan", "Prince"})
_GENERATIONS = frozenset({"Jr.", "Jr", "Sr.", "II", "III", "IV", "VI"})
_ARTICLES = ("al-", "el-")  # "Bashar al-Assad" is "Assad"


def _table_short_forms() -> dict[str, list[str]]:
    """Each leader's short forms as the people table writes them: aliases made of fewer of
    the name's own words ("Lula", "Pena Nieto", "Kim", "Assad"), never with a title."""
    out: dict[str, list[str]] = {}
    for row in _table("people.tsv"):
        name, aliases = (row + ["", ""])[:2]
        words = set(name.replace("-", " ").split()) | set(name.split())
        for alias in aliases.split("|"):
            parts = alias.split()
            short = 0 < len(parts) < len(name.split()) and all(w in words for w in parts)
            if short and not _NAME_TITLES & set(parts) and alias not in out.get(name, []):
                out.setdefault(name, []).append(alias)
    return out


_TABLE_SHORT = _table_short_forms()


def short_forms_of(leader: str, *, family_first: bool) -> list[str]:
    """The words a story names a leader by after his full name: the people table's own short
    forms where it has any (matched as aliases), else the surname (the first word where the family name is written
    first), the given name of a two-word name, the name after a monarch's title ("King
    Salman": "Salman"); never a title, a middle name or a generation ("Kim Jong Un": "Kim";
    "Ferdinand Marcos Jr.": "Marcos"). Words shorter than ``_SHORTEST`` are left out (the
    extractor takes no shorter short form)."""
    if leader in _TABLE_SHORT:
        return _TABLE_SHORT[leader]  # ("Xi": the table's alias, however short)
    words = [w for w in leader.split() if w not in _GENERATIONS and w[:1].isupper()]
    words += [w for w in leader.split() if w.startswith(_ARTICLES) and w == leader.split()[-1]]
    titled = bool(words) and words[0] in _NAME_TITLES
    words = [w for w in words if w not in _NAME_TITLES]
    if not words or len(words) + titled < 2:
        return []
    if titled or family_first or "bin" in leader.split():
        forms = [words[0]]  # "King Salman", "Kim Jong Un", "Tamim bin Hamad Al Thani"
    else:
        last = words[-1]
        forms = [last.split("-", 1)[1] if last.startswith(_ARTICLES) else last]
        forms += words[:1] if len(words) == 2 else []  # ("Recep" of three names is no form)
    return [w for w in forms if len(w) >= _SHORTEST]


def n13_short_form(sc: Scene) -> Built:
    """ "Kenya's President William Ruto met Uganda's president. Ruto criticized Tanzania":
    a leader of the tables named again by his surname or given name."""
    s, t, z = sc.s, sc.t, sc.z
    leader = s.leader(sc.date) or ""
    forms = short_forms_of(leader, family_first=s.iso3 in _FAMILY_FIRST)
    if not forms:
        return n13_apposed_first(sc)  # (a leader the tables name by one word, "Mohammed VI")
    short = sc.rng.choice((forms[0], *forms))
    act, root = _act(sc, sc.name(t, 0.0))
    text = (
        f"{_poss(s.name)} {sc.rng.choice(('President', 'leader'))} {leader} met "
        f"{_poss(z.name)} foreign minister{_time(sc)}. {short} later {act}."
    )
    want = (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),)
    return _cap(text), want, _others(z)


_STATE_ACTS = (
    ("{S} protested to {T} on Monday", "11"),
    ("{S} summoned {Tposs} ambassador on Monday", "11"),
    ("{S} lodged a formal protest with {T}", "11"),
)  # fmt: skip
_GOVERNMENT_SAYS = (
    ("In a statement, the government accused {Tcap} of piracy", "11"),
    ("The foreign ministry accused {Tcap} of lying", "11"),
    ("In a statement, the government demanded that {Tcap} free the sailors", "10"),
    ("The ministry urged {Tcap} to release the crew", "02"),
)  # fmt: skip
_SEIZED = (
    "{T} seized two {Sdem} fishing boats",
    "{Tdem} troops detained three {Sdem} soldiers",
    "{T} expelled two {Sdem} diplomats",
)  # fmt: skip


def n13_dateline_government(sc: Scene) -> Built:
    """ "MANILA, March 3 (Wire) - The Philippines protested to Vietnam. In a statement, the
    government accused Hanoi of piracy": the dateline's state, which acted first."""
    s, t = sc.s, sc.t
    first, root1 = sc.rng.choice(_STATE_ACTS)
    says, root2 = sc.rng.choice(_GOVERNMENT_SAYS)
    wire = sc.rng.choice(("(Wire)", "(Reuters)", "(AP)"))
    text = (
        f"{s.capital.upper()}, March 3 {wire} - {first.format(S=s.name, T=t.name, Tposs=_poss(t.name))}. "
        f"{says.format(Tcap=t.capital)}."
    )
    want = (
        Expect(s.iso3, t.iso3, frozenset({root1}), ASSERTED),
        Expect(s.iso3, t.iso3, frozenset({root2}), ASSERTED),
    )
    return _cap(text), want, ()


def n13_government_not_addressee(sc: Scene) -> Built:
    """ "MANILA, March 3 (Wire) - Vietnam seized two Philippine boats. In a statement, the
    government demanded that Hanoi free the sailors": not Vietnam's government (it does not
    demand of itself); the Philippines did not act first, so no state is guessed. (A bare
    "BRASILIA - " dateline is not blanked and may be parsed as the subject: not crossed.)"""
    s, t = sc.s, sc.t
    first = sc.rng.choice(_SEIZED).format(T=t.name, Tdem=t.demonym, Sdem=s.demonym)
    says, _ = sc.rng.choice(_GOVERNMENT_SAYS)
    dateline = sc.rng.choice(
        (f"{s.capital.upper()}, March 3 (Wire) - ", f"{s.capital.upper()}, Oct 18 (AP) - ", "")
    )
    text = f"{dateline}{_cap(first)}{_time(sc)}. {says.format(Tcap=t.capital)}."
    allowed = (Expect("---", t.iso3, _ANYROOT, ANY), Expect(t.iso3, s.iso3, _ANYROOT, ANY))
    return text, (), allowed


NAMES13_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "n13_apposed_later": n13_apposed_later,
    "n13_apposed_first": n13_apposed_first,
    "n13_counterpart": n13_counterpart,
    "n13_of_state_later": n13_of_state_later,
    "n13_conjoined_state": n13_conjoined_state,
    "n13_dateline": n13_dateline,
    "n13_issued_text": n13_issued_text,
    "n13_short_form": n13_short_form,
    "n13_dateline_government": n13_dateline_government,
    "n13_government_not_addressee": n13_government_not_addressee,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before names13 (7fa1d07) the same 24 scored (right, false assertions):
# n13_apposed_later 0/24, n13_apposed_first 0/0, n13_counterpart 0/0, n13_of_state_later 0/0,
# n13_conjoined_state 6/18, n13_dateline 0/24, n13_issued_text 0/0, n13_short_form 12/0,
# n13_dateline_government 0/24, n13_government_not_addressee 6/18; after names13 all 24/0.
FLOORS = {name: (24, 0) for name in NAMES13_CONSTRUCTIONS}
