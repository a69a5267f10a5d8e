"""Lexical tables of the phenomenon suite: states (from the project's actor tables) and acts.

The suite (``phenomena.py``) crosses every construction with these states and act phrasings, so
that a rule fitted to one sentence cannot pass it. States come from the shipped actor tables
(``realpolitik/actors/data``: names, capitals, demonyms, leaders with their terms); acts are
written here, several phrasings per CAMEO root, all twenty roots. Templates are the project's
own sentences in the style of wire news.

Placeholders in act phrasings: ``{T}`` the target state (name or capital), ``{Tposs}`` its
possessive ("Pakistan's"), ``{Tdem}`` its demonym ("Pakistani"), ``{a_Tdem}`` the demonym with
its article ("an Iranian"), ``{Tlead}`` its leader at the sentence's date (or its name). Nominal
and passive templates also hold ``{S}`` / ``{Sposs}`` / ``{Sdem}`` for the source.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources

# States the suite uses: ISO3 codes of states frequent in interstate news, across regions.
STATES = (
    "USA", "GBR", "RUS", "CHN", "IND", "PAK", "IRN", "ISR", "UKR", "FRA", "DEU", "JPN", "KOR",
    "PRK", "TUR", "SAU", "EGY", "BRA", "ARG", "MEX", "CAN", "AUS", "IDN", "PHL", "VNM", "POL",
    "SYR", "IRQ", "JOR", "LBN", "AFG", "KEN", "ETH", "NGA", "ZAF", "QAT", "ITA", "ESP", "GRC",
    "SRB", "HUN", "VEN", "COL", "CUB", "BLR", "AZE", "ARM", "TWN", "DZA", "MAR",
)  # fmt: skip
# How wire copy names some states (the tables' canonical names are formal or new).
_NAME = {
    "USA": "the United States", "GBR": "Britain", "TUR": "Turkey", "PHL": "the Philippines",
    "CZE": "the Czech Republic",
}  # fmt: skip
_DEMONYM = {"SAU": "Saudi", "ARG": "Argentine", "PHL": "Philippine"}
# Parliamentary systems: the head of government is the one in the news.
_HOG = frozenset(
    {"GBR", "IND", "PAK", "ISR", "DEU", "JPN", "ITA", "ESP", "CAN", "AUS", "GRC", "HUN", "IRQ",
     "ETH", "ARM", "POL", "LBN", "SRB"}
)  # fmt: skip
# Document dates the suite draws from (leaders are resolved by date).
DATES = ("2012-06-14", "2016-09-21", "2019-03-12", "2023-05-17", "2024-11-06")


@dataclass(frozen=True)
class State:
    iso3: str
    name: str  # as written in running text ("the Philippines")
    capital: str
    demonym: str
    leaders: tuple[tuple[str, str, str], ...]  # (name, from, until); until "" = open

    def leader(self, date: str) -> str | None:
        for name, start, until in self.leaders:
            if start <= date and (not until or date <= until):
                return name
        return None


def _table(name: str) -> list[list[str]]:
    text = resources.files("realpolitik.actors").joinpath("data", name).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]


def load_states() -> list[State]:
    """The suite's states, read from the shipped actor tables (once a process: every sample
    of every construction draws from them, and some builders look them up per sentence)."""
    return list(_states())


@functools.cache
def _states() -> tuple[State, ...]:
    return states_of(STATES, lambda c: "HOG" if c in _HOG else "HOS", _NAME, _DEMONYM)


def states_of(
    codes: Iterable[str],
    office: Callable[[str], str],
    names_over: Mapping[str, str] | None = None,
    demonyms_over: Mapping[str, str] | None = None,
    *,
    monarchs: bool = True,
) -> tuple[State, ...]:
    """``codes``' states from the shipped tables, each with the holders of ``office(code)``
    (without kings and sultans where ``monarchs`` is False); codes that lack a capital or a
    demonym are left out."""
    names = {r[0]: r[3] for r in _table("countries.tsv")}
    capitals = {r[0]: r[1].split("|")[0] for r in _table("capitals.tsv") if len(r) > 1}
    demonyms = {r[0]: r[1].split("|")[0] for r in _table("demonyms.tsv") if len(r) > 1}
    leaders: dict[str, list[tuple[str, str, str]]] = {}
    for r in _table("people.tsv"):
        name, _aliases, code, held, start, until = (r + [""] * 6)[:6]
        if held == office(code[:3]) and (monarchs or not name.startswith(("King ", "Sultan "))):
            leaders.setdefault(code[:3], []).append((name, start, until))
    return tuple(
        State(
            iso3=c,
            name=(names_over or {}).get(c, names[c]),
            capital=capitals[c],
            demonym=(demonyms_over or {}).get(c, demonyms[c]),
            leaders=tuple(leaders.get(c, ())),
        )
        for c in codes
        if c in capitals and c in demonyms
    )


@dataclass(frozen=True)
class Act:
    """One kind of act: its CAMEO root and the ways wire copy phrases it.

    ``base``: verb phrases in the base form, target inside ("impose sanctions on {T}");
    ``passive``: whole clauses with the target as subject and ``by {S}``; ``nominal``: pairs of
    noun phrases (possessive source, "by" source; "" where wire copy has no such form); ``of``: noun phrases whose "of" phrase names
    a party; ``pair``: base verb phrases for "{S} and {T} ..." (an event in each direction);
    ``refusable``: "refused to <act>" is a rejection (CAMEO 12) by the codebook's convention;
    ``also``: roots of an argument that is an event in its own right and may be coded too
    ("expressed optimism about its talks with {T}": the talks); ``forces``: phrasings only
    troops can be the subject of ("cross into {T}"), used with demonym + sector sources.
    ``domain`` picks plausible sources (mil: troops, dip: ministries and leaders). ``answer``:
    the root of the target's answering act, an acceptable reading in the other direction
    ("received X at the palace": X's visit, 042, as the news gold codes hosting).
    """

    key: str
    root: str
    domain: str
    base: tuple[str, ...]
    passive: tuple[str, ...] = ()
    nominal: tuple[tuple[str, str], ...] = ()
    of: tuple[str, ...] = ()
    pair: tuple[str, ...] = ()
    refusable: bool = False
    also: frozenset[str] = frozenset()
    forces: tuple[str, ...] = ()  # phrasings that need a military subject ("troops crossed into")
    answer: str = ""  # the target's answering act, acceptable too ("hosted X": X visited, 04)


ACTS = (
    # 01 public statement
    Act("comment", "01", "dip",
        ("express optimism about its talks with {T}", "voice pessimism about relations with {T}",
         "comment on the election in {T}"),
        also=frozenset({"04"})),
    # 02 appeal
    Act("appeal", "02", "dip",
        ("urge {T} to release the detained sailors", "call on {T} to end the blockade",
         "appeal to {T} for emergency food aid", "ask {T} for help in the investigation"),
        passive=("{T} was urged by {S} to resume talks",),
        nominal=(("{Sposs} appeal to {T}", "the appeal to {T} by {S}"),
                 ("{Sposs} call on {T} to show restraint", "the call on {T} by {S} to show restraint"))),
    # 03 intent to cooperate
    Act("intent", "03", "dip",
        ("pledge to help {T} rebuild its ports", "promise {T} new investment",
         "offer to mediate between {T} and its neighbours", "vow to support {T}"),
        passive=("{T} was promised new investment by {S}", "{T} was offered a loan by {S}"),
        nominal=(("{Sposs} pledge of aid to {T}", "the pledge of aid to {T} by {S}"),
                 ("{Sposs} offer of a loan to {T}", "the offer of a loan to {T} by {S}")),
        pair=("promise to defend each other", "pledge to deepen their cooperation")),
    # 04 consult: talks, visits, hosting (welcoming an arriving leader is hosting a visit)
    Act("consult", "04", "dip",
        ("hold talks with {T}", "meet {Tlead} in Geneva", "visit {T}", "travel to {T}",
         "host {Tlead}", "welcome {Tlead} to the capital", "receive {Tlead} at the presidential palace",
         "telephone {Tlead}", "consult {T} on the crisis", "speak by phone with {Tlead}",
         "exchange views with {T} on the crisis"),
        passive=("{Tlead} was welcomed by {S} at the presidential palace",
                 "{Tlead} was received by {S} at the presidential palace"),
        nominal=(("{Sposs} talks with {T}", ""),
                 ("{Sposs} visit to {T}", "the visit to {T} by {S}")),
        of=("the visit of {Slead} to {T}",),
        pair=("hold talks", "meet in Geneva"),
        refusable=True, answer="04"),
    # 05 diplomatic cooperation: praise, support, recognition, agreements, apologies
    Act("diplo", "05", "dip",
        ("praise {T} for its restraint", "reaffirm its support for {T}",
         "reiterate its backing for {T}", "express solidarity with {T}", "recognize {T}",
         "sign a defence pact with {T}", "restore diplomatic ties with {T}", "apologize to {T}",
         "endorse {Tposs} bid to join the alliance", "thank {T} for its help",
         "resume diplomatic relations with {T}"),
        passive=("{T} was praised by {S} for its restraint", "{T} was formally recognized by {S}",
                 "{T} was thanked by {S} for its help"),
        nominal=(("{Sposs} support for {T}", ""),
                 ("{Sposs} recognition of {T}", "the recognition of {T} by {S}"),
                 ("{Sposs} apology to {T}", "the apology to {T} by {S}")),
        of=("the recognition of {T} by {S}",),
        pair=("sign a defence pact", "restore diplomatic ties"),
        refusable=True),
    # 06 material cooperation
    Act("coop", "06", "econ",
        ("extradite a suspect to {T}", "share intelligence with {T}",
         "hold joint naval exercises with {T}", "invest $2 billion in {T}",
         "cooperate with {T} on border security"),
        nominal=(("{Sposs} joint exercises with {T}", "the joint exercises with {T} by {S}"),
                 ("{Sposs} investment in {T}", "the investment in {T} by {S}")),
        of=("the extradition of a suspect to {T} by {S}",),
        pair=("hold joint naval exercises",),
        refusable=True),
    # 07 aid (arms, humanitarian, loans)
    Act("aid", "07", "econ",
        ("send humanitarian aid to {T}", "provide military aid to {T}",
         "deliver air defence systems to {T}", "supply {T} with drones", "ship artillery shells to {T}",
         "give {T} a $3 billion loan", "approve a $2 billion aid package for {T}",
         "approve an arms sale to {T}"),
        passive=("{T} was supplied with drones by {S}", "{T} was given a $3 billion loan by {S}"),
        nominal=(("{Sposs} military aid to {T}", "the military aid to {T} from {S}"),
                 ("{Sposs} arms deliveries to {T}", "the arms deliveries to {T} by {S}")),
        of=("the delivery of air defence systems to {T} by {S}",),
        refusable=True),
    # 08 yield: withdrawals, releases, lifting sanctions
    Act("yield", "08", "dip",
        ("withdraw its troops from {T}", "release detained {Tdem} sailors",
         "lift sanctions on {T}", "ease restrictions on imports from {T}",
         "return captured {Tdem} soldiers"),
        passive=("{Tdem} sailors were released by {S}",),
        nominal=(("{Sposs} withdrawal from {T}", "the withdrawal from {T} by {S}"),
                 ("{Sposs} lifting of sanctions on {T}", "the lifting of sanctions on {T} by {S}")),
        of=("the release of {Tdem} sailors by {S}", "the withdrawal of {Sdem} troops from {T}"),
        refusable=True),
    # 09 investigate
    Act("investigate", "09", "dip",
        ("investigate {Tdem} firms over sanctions evasion", "open an inquiry into {Tposs} role in the attack",
         "launch an investigation into {Tdem} banks")),
    # 10 demand
    Act("demand", "10", "dip",
        ("demand that {T} withdraw its troops", "demand an apology from {T}",
         "insist that {T} pay compensation", "demand compensation from {T}"),
        nominal=(("{Sposs} demand that {T} withdraw its troops",
                  "the demand by {S} that {T} withdraw its troops"),)),
    # 11 disapprove, accuse, diplomatic protest (never a demonstration)
    Act("disapprove", "11", "dip",
        ("condemn {T}", "criticize {Tposs} missile test", "accuse {T} of violating the ceasefire",
         "denounce {Tposs} decision", "blame {T} for the collapse of the talks",
         "lodge a diplomatic protest with {T}", "lodge a formal protest with {T} over the incident",
         "summon {Tposs} ambassador in protest", "protest to {T} over the border incident",
         "rebuke {T}", "regret {Tposs} decision", "lash out at {T} over the incident",
         "hit out at {T} over its missile test", "call {Tposs} missile test a grave provocation",
         "express outrage over {Tposs} decision", "take issue with {Tposs} remarks",
         "criticise {T} over the border incident", "chastise {T} over its missile test",
         "voice anger at {Tposs} decision", "express regret over {Tposs} decision",
         "take aim at {T} over the incident", "slam {Tposs} decision",
         "deplore {Tposs} missile test", "castigate {T} over the incident",
         "voice displeasure with {Tposs} decision", "issue a rebuke to {T}",
         # criticism as predicted harm of another's act (CAMEO 11, not a threat)
         "warn that {Tposs} plan would destroy cooperation in the region",
         "say {Tposs} decision would undermine regional stability",
         "argue that {Tposs} policy would wreck the peace process"),
        passive=("{T} was condemned by {S}", "{T} was accused by {S} of violating the ceasefire",
                 "{T} was criticized by {S} for its missile test"),
        nominal=(("{Sposs} condemnation of {T}", "the condemnation of {T} by {S}"),
                 ("{Sposs} criticism of {T}", "the criticism of {T} by {S}"),
                 ("{Sposs} protest to {T}", "the protest to {T} by {S}")),
        of=("the condemnation of {T} by {S}",)),
    # 12 reject
    Act("reject", "12", "dip",
        ("reject {Tposs} proposal for talks", "rebuff {Tposs} offer of mediation",
         "turn down {Tposs} request for a meeting", "veto a resolution drafted by {T}",
         # a rejected agreement: the target is the agreement's other party
         "reject the trade agreement with {T}", "reject a ceasefire deal with {T}",
         "vote down the free trade pact with {T}"),
        passive=("{Tposs} proposal for talks was rejected by {S}",),
        nominal=(("{Sposs} rejection of {Tposs} proposal", "the rejection of {Tposs} proposal by {S}"),)),
    # 13 threaten: threats, warnings, ultimatums, pledged retaliation
    Act("threaten", "13", "dip",
        ("threaten {T} with sanctions", "threaten to strike {T}", "warn {T} of retaliation",
         "vow to retaliate against {T}", "pledge retaliation against {T}",
         "threaten to impose tariffs on {T}", "issue an ultimatum to {T}",
         "vow revenge against {T}", "vow a crushing response to {T}",
         "vow harsh punishment for {T}", "warn that {T} would pay a heavy price",
         "say {T} would pay a heavy price", "say that {T} would face severe consequences"),
        passive=("{T} was threatened with sanctions by {S}", "{T} was warned by {S} of retaliation"),
        nominal=(("{Sposs} threats against {T}", "the threats against {T} by {S}"),
                 ("{Sposs} ultimatum to {T}", "the ultimatum to {T} by {S}"))),
    # 14 protest (demonstrations, boycotts): done by people, so demonym + sector sources
    Act("protest", "14", "civ",
        ("protest outside the {Tdem} embassy", "demonstrate against {T}",
         "boycott {Tdem} goods", "stage protests against {Tposs} policies"),
        nominal=(("{Sdem} protests against {T}", "the protests against {T} by {Sdem} students"),)),
    # 15 military posture
    Act("posture", "15", "mil",
        ("mass troops on the border with {T}", "deploy warships near {T}",
         "put its forces on alert over {T}", "hold military drills near {T}",
         "mobilize reservists against {T}", "fire warning shots at {Tdem} fishing boats",
         "hold large-scale naval exercises near {T}"),
        nominal=(("{Sposs} military buildup near {T}", "the military buildup near {T} by {S}"),)),
    # 16 reduce relations: ties, expulsions, sanctions and tariffs, suspended trade and treaties,
    # cancelled visas
    Act("reduce", "16", "dip",
        ("cut diplomatic ties with {T}", "expel {Tdem} diplomats", "expel {Tposs} ambassador",
         "recall its ambassador from {T}", "impose sanctions on {T}", "suspend trade with {T}",
         "suspend its border treaty with {T}", "cancel visas for {Tdem} nationals",
         "freeze {Tposs} central bank assets", "halt arms sales to {T}", "ban imports from {T}",
         "impose an embargo on {T}", "impose tariffs on {Tdem} goods",
         "raise tariffs on {Tdem} steel", "add {Tdem} firms to its sanctions list",
         "order {Tdem} diplomats to leave the country", "withdraw its ambassador from {T}",
         "revoke its defence agreement with {T}", "withhold aid from {T}",
         "pull out of its trade deal with {T}", "quit the nuclear deal with {T}",
         "restrict exports of chips to {T}", "block imports from {T}",
         "cut off gas supplies to {T}", "suspend contacts with {T}",
         "reduce its diplomatic presence in {T}", "downgrade diplomatic ties with {T}",
         "sever ties with {T}", "break off diplomatic relations with {T}",
         "close its embassy in {T}", "halt imports of {Tdem} seafood",
         "scrap its military agreement with {T}", "impose tariffs on vehicles made in {T}",
         "impose duties on steel produced in {T}", "end its military cooperation with {T}",
         "end diplomatic relations with {T}", "revoke visas for {Tdem} officials",
         "suspend flights to {T}", "expel {Tposs} envoy",  # (visas: 172, GUIDE; lo47)
         "suspend its arms control treaty with {T}", "suspend its participation in the trade pact with {T}"),
        passive=("{T} was hit with sanctions by {S}", "{T} was sanctioned by {S}",
                 "{Tdem} diplomats were expelled by {S}"),
        nominal=(("{Sposs} sanctions on {T}", "the sanctions on {T} imposed by {S}"),
                 ("{Sposs} expulsion of {Tdem} diplomats", "the expulsion of {Tdem} diplomats by {S}"),
                 ("{Sposs} suspension of trade with {T}", "the suspension of trade with {T} by {S}"),
                 ("{Sposs} embargo on {T}", "the embargo on {T} imposed by {S}")),
        of=("the expulsion of {Tdem} diplomats by {S}",)),
    # 17 coerce: seizures, arrests, deportations, cyberattacks; ramming and boarding vessels
    # (force against property, CAMEO 171)
    Act("coerce", "17", "mil",
        ("seize {a_Tdem} oil tanker", "detain {Tdem} fishermen", "arrest {a_Tdem} diplomat",
         "deport {Tdem} migrants", "launch a cyberattack on {T}",
         "ram {a_Tdem} coast guard vessel", "board {a_Tdem} fishing vessel",
         "fire water cannon at {a_Tdem} supply boat"),
        passive=("{a_Tdem} oil tanker was seized by {S}", "{Tdem} fishermen were detained by {S}"),
        nominal=(("{Sposs} seizure of {a_Tdem} tanker", "the seizure of {a_Tdem} tanker by {S}"),
                 ("{Sposs} cyberattack on {T}", "the cyberattack on {T} by {S}")),
        of=("the detention of {Tdem} fishermen by {S}",)),
    # 18 assault
    Act("assault", "18", "mil",
        ("assassinate {a_Tdem} nuclear scientist", "abduct {Tdem} aid workers",
         "kidnap {a_Tdem} journalist"),
        passive=("{a_Tdem} nuclear scientist was assassinated by {S}",),
        nominal=(("{Sposs} assassination of {a_Tdem} general",
                  "the assassination of {a_Tdem} general by {S}"),)),
    # 19 fight: attacks, strikes and airstrikes (military acts here, never labour strikes),
    # weapons launched or fired at a state, invasions, shelling
    Act("fight", "19", "mil",
        ("attack {T}", "launch missiles at {T}", "fire rockets into {T}", "fire missiles at {T}",
         "launch strikes against {T}", "carry out airstrikes on {T}", "carry out drone strikes in {T}",
         "shell {Tdem} positions", "bomb {Tdem} military bases", "invade {T}",
         "strike targets in {T}", "launch a missile attack on {T}", "drop bombs on {T}",
         "fire a ballistic missile toward {T}", "launch a drone attack against {T}",
         "clash with {Tdem} troops"),
        passive=("{T} was attacked by {S}", "{T} was invaded by {S}", "{Tdem} positions were shelled by {S}",
                 "{Tdem} military bases were bombed by {S}", "{T} was struck by missiles fired by {S}"),
        nominal=(("{Sposs} invasion of {T}", "the invasion of {T} by {S}"),
                 ("{Sposs} airstrikes on {T}", "the airstrikes on {T} by {S}"),
                 ("{Sposs} missile attack on {T}", "the missile attack on {T} by {S}"),
                 ("{Sposs} strikes on {T}", "the strikes on {T} by {S}")),
        of=("the incursion of {Sposs} forces into {T}", "the shelling of {Tdem} positions by {S}"),
        forces=("cross into {T}", "cross the border into {T}")),
    # 19 restrict movement: closing borders, crossings and airspace (CAMEO 191, as the news gold
    # codes it; PETRARCH splits such closures between 160, 172 and 191)
    Act("restrict", "19", "dip",
        ("close its border with {T}", "close its airspace to {Tdem} airlines",
         "shut its border crossings with {T}"),
        nominal=(("{Sposs} closure of its border with {T}", ""),)),
    # 20 mass violence
    Act("massviolence", "20", "mil",
        ("use chemical weapons against {T}", "massacre {Tdem} civilians",
         "carry out ethnic cleansing of {Tdem} villages"),
        passive=("{Tdem} civilians were massacred by {S}",),
        nominal=(("{Sposs} use of chemical weapons against {T}",
                  "the use of chemical weapons against {T} by {S}"),)),
)  # fmt: skip

# Sector words for "demonym + sector" sources, by the act's domain.
SECTORS = {
    "mil": ("{} troops", "{} forces", "the {} military", "the {} army", "the {} navy",
            "{} warplanes"),
    "dip": ("the {} foreign ministry", "the {} government", "{} officials",
            "the {} foreign minister", "{} authorities"),
    "econ": ("the {} government", "{} authorities", "{} officials"),
    "civ": ("{} students", "{} activists", "thousands of {} students"),
}  # fmt: skip
