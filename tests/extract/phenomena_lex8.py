"""The CAMEO codebook's roots and common sub-codes as a coverage suite (issue 9 section 2,
"lexicon gaps in the core of interstate news"): one construction per root, ``lex8_r01`` ..
``lex8_r20``, each sentence one sub-code's phrasing in one form, with states drawn as in the
suite and named by name, capital, leader or demonym with a sector.

The phrasings are the project's own, written from each code's definition in the CAMEO codebook
(3-6 per code, target inside) in the past, perfect, progressive, passive with a by-phrase and
nominal ("X's <noun> of Y", "the <noun> by X"). ``CODES``: what the extractor codes; ``GAPS``:
what it misses or files under another root (both printed by ``bench/lex8_coverage.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from phenomena_tables import SECTORS
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _one, _time, conjugate


@dataclass(frozen=True)
class Code:
    """One CAMEO code's phrasings: ``base`` verb phrases (base form, ``{T}`` inside),
    ``passive`` clauses (``{T}`` ... ``by {S}``), ``nominal`` noun phrases naming the source
    (``{Sposs}`` or ``by {S}``). ``domain`` picks sources (``mil`` forces, ``dip``
    governments and leaders, ``civ`` crowds); ``answer``: the target's answering root."""

    code: str
    domain: str
    base: tuple[str, ...]
    passive: tuple[str, ...] = ()
    nominal: tuple[str, ...] = ()
    answer: str = ""

    @property
    def root(self) -> str:
        return self.code[:2]


# fmt: off
CODES = (
    # 01 public statements with a target
    Code("011", "dip", ("decline to comment on {Tposs} accusations",
                        "decline to comment on {Tposs} proposal",
                        "refuse to comment on {Tposs} claims"),),
    Code("014", "dip", ("study {Tposs} proposal", "weigh {Tposs} offer of talks",
                        "consider {Tposs} request for a loan"),),
    Code("015", "dip", ("claim responsibility for the raid on {T}",
                        "admit responsibility for the strike on {T}",
                        "acknowledge its role in the attack on {T}"),),
    Code("012", "dip", ("voice pessimism about the talks with {T}",
                        "voice deep pessimism about its relations with {T}",
                        "express doubts about {Tposs} commitment to the truce")),
    Code("013", "dip", ("express optimism about the talks with {T}",
                        "express confidence in {Tposs} commitment to the deal",
                        "voice optimism about its ties with {T}")),
    Code("016", "dip", ("deny {Tposs} accusations of spying", "reject {Tposs} charges as baseless"),
         nominal=("{Sposs} denial of {Tposs} accusations",)),
    Code("018", "dip", ("offer condolences to {T} after the earthquake",
                        "express sympathy to {T} over the floods",
                        "send a message of condolence to {Tlead}"),
         nominal=("{Sposs} condolences to {T}",)),
    Code("019", "dip", ("express agreement with {Tposs} position on the conflict",
                        "express agreement with {T} on the crisis",
                        "voice agreement with {T} on the need for talks"),),
    # 02 appeals
    Code("020", "dip", ("appeal to {T} to reconsider", "urge {T} to reconsider its decision",
                        "call on {T} to show flexibility"),
         passive=("{T} was urged by {S} to reconsider its decision",),
         nominal=("{Sposs} appeal to {T}",)),
    Code("0211", "dip", ("call on {T} to open its markets to its exports",
                         "urge {T} to expand trade ties", "ask {T} to boost investment"),),
    Code("0232", "dip", ("ask {T} for weapons", "request air defence systems from {T}",
                         "appeal to {T} for military aid"),
         nominal=("{Sposs} request for weapons from {T}",)),
    Code("0234", "dip", ("appeal to {T} for peacekeeping troops", "ask {T} to send peacekeepers",
                         "request peacekeepers from {T}"),),
    Code("0254", "dip", ("appeal to {T} to lift its trade embargo", "urge {T} to lift sanctions",
                         "call on {T} to ease its embargo"),),
    Code("026", "dip", ("urge {T} to hold talks with its neighbours", "urge {T} to resume talks",
                        "call on {T} to return to negotiations"),),
    Code("028", "dip", ("call on {T} to act as a mediator", "ask {T} to mediate",
                        "urge {T} to mediate in the dispute"),),
    Code("023", "dip", ("ask {T} for emergency aid", "appeal to {T} for financial help"),
         nominal=("{Sposs} request for aid from {T}",)),
    Code("0253", "dip", ("urge {T} to free the detained sailors",
                         "call on {T} to release the captured soldiers"),
         nominal=("{Sposs} appeal to {T} to free the detained sailors",)),
    Code("0256", "dip", ("urge {T} to halt its offensive", "call on {T} to stop the shelling"),
         passive=("{T} was urged by {S} to halt its offensive",)),
    # 03 intent
    Code("031", "dip", ("offer to expand trade with {T}", "promise to boost investment in {T}"),
         nominal=("{Sposs} offer of closer trade ties to {T}",)),
    Code("0312", "dip", ("offer military training to {T}", "offer to train {Tposs} army",
                         "pledge closer military cooperation with {T}"),),
    Code("033", "dip", ("pledge aid to {T}", "promise humanitarian assistance to {T}",
                        "offer financial help to {T}"),
         nominal=("{Sposs} pledge of aid to {T}", "the pledge of aid to {T} by {S}")),
    Code("0332", "dip", ("promise weapons to {T}", "pledge to send arms to {T}",
                         "offer to supply fighter jets to {T}"),),
    Code("0353", "dip", ("pledge to release {Tdem} detainees", "offer to release {Tdem} prisoners",
                         "promise to free {Tdem} sailors"),),
    Code("0354", "dip", ("pledge to lift sanctions on {T}", "promise to ease sanctions on {T}",
                         "offer to lift its embargo on {T}"),),
    Code("036", "dip", ("offer to hold talks with {T}", "agree to meet {Tlead}",
                        "express willingness to negotiate with {T}"),
         nominal=("{Sposs} offer of talks to {T}",)),
    Code("039", "dip", ("offer to mediate between {T} and its neighbours",
                        "offer to broker talks with {T}",
                        "offer to mediate in the dispute with {T}", )),
    # 04 consult
    Code("040", "dip", ("meet {Tlead} in Geneva", "hold talks with {T}", "confer with {Tlead}"),
         nominal=("{Sposs} talks with {T}", "the talks with {T} by {S}"), answer="04"),
    Code("041", "dip", ("speak by telephone with {Tlead}", "hold a phone call with {Tlead}",
                        "phone {Tlead}"),
         nominal=("{Sposs} phone call with {Tlead}",), answer="04"),
    Code("042", "dip", ("visit {T}", "travel to {T} for talks", "arrive in {T} for a visit"),
         nominal=("{Sposs} visit to {T}", "the visit to {T} by {S}"), answer="04"),
    Code("043", "dip", ("host {Tlead}", "host talks with {Tposs} foreign minister",
                        "receive {Tposs} foreign minister"),
         answer="04"),
    Code("046", "dip", ("negotiate with {T} over the border", "hold negotiations with {T}",
                        "open negotiations with {T}"),
         nominal=("{Sposs} negotiations with {T}",), answer="04"),
    # 05 diplomatic cooperation
    Code("050", "dip", ("restore relations with {T}", "normalise relations with {T}",
                        "upgrade ties with {T}"),
         nominal=("{Sposs} rapprochement with {T}",)),
    Code("051", "dip", ("praise {T} for its help", "commend {Tposs} efforts",
                        "hail {Tposs} role in the talks"),
         passive=("{T} was praised by {S} for its help",),
         nominal=("{Sposs} praise for {T}",)),
    Code("052", "dip", ("defend {Tposs} decision at the UN", "defend {Tposs} right to self-defence",
                        "speak up for {T} at the UN"),),
    Code("054", "dip", ("recognise {T}", "establish diplomatic relations with {T}",
                        "restore diplomatic ties with {T}"),
         nominal=("{Sposs} recognition of {T}",)),
    Code("055", "dip", ("apologise to {T} for the incident",
                        "express regret to {T} for the border incident"),
         nominal=("{Sposs} apology to {T}",)),
    Code("056", "dip", ("pardon {Tdem} sailors", "forgive {T} for the attack",
                        "pardon {Tdem} prisoners"),),
    Code("057", "dip", ("sign a trade agreement with {T}", "conclude a treaty with {T}",
                        "ratify a border accord with {T}"),
),
    # 06 material cooperation
    Code("061", "econ", ("step up trade with {T}", "expand trade with {T}",
                         "boost economic cooperation with {T}"),),
    Code("062", "mil", ("hold joint military exercises with {T}", "take part in drills with {T}",
                        "conduct joint drills with {T}", "take part in naval drills with {T}"),
         nominal=("{Sposs} joint exercises with {T}",)),
    Code("063", "dip", ("extradite suspects to {T}", "hand over a fugitive to {T}"),
         nominal=("{Sposs} extradition of suspects to {T}",)),
    Code("064", "dip", ("provide intelligence to {T}", "share intelligence with {T}",
                        "hand over intelligence to {T}"),),
    # 07 aid
    Code("070", "econ", ("provide aid to {T}", "send assistance to {T}"),
         nominal=("{Sposs} aid to {T}",)),
    Code("071", "econ", ("give {T} a $2 billion loan", "extend credit to {T}",
                         "provide financial aid to {T}"),
         passive=("{T} was given a $2 billion loan by {S}",),
         nominal=("{Sposs} loan to {T}",)),
    Code("072", "mil", ("supply arms to {T}", "deliver fighter jets to {T}",
                        "send weapons to {T}", "provide air defence systems to {T}"),
         passive=("{T} was supplied with arms by {S}", "{T} took delivery of fighter jets from {S}",
                  "{T} received air defence systems from {S}"),
         nominal=("{Sposs} arms deliveries to {T}", "the delivery of arms to {T} by {S}")),
    Code("073", "econ", ("send humanitarian aid to {T}", "airlift food supplies to {T}",
                         "deliver relief supplies to {T}"),
         nominal=("{Sposs} humanitarian aid to {T}",)),
    Code("074", "mil", ("send troops to protect {T}", "send peacekeepers to {T}",
                        "deploy peacekeepers to {T}"),),
    Code("075", "dip", ("grant asylum to {Tposs} former defence minister",
                        "give refuge to {Tdem} dissidents", "grant asylum to {Tdem} dissidents", )),
    # 08 yield
    Code("0841", "dip", ("release {Tdem} hostages", "release {Tdem} prisoners",
                         "free {Tdem} sailors", "hand over {Tdem} detainees to {T}"),
         passive=("{Tdem} prisoners were freed by {S}",),
         nominal=("{Sposs} release of {Tdem} prisoners", "the release of {Tdem} prisoners by {S}")),
    Code("081", "dip", ("ease visa rules for {Tdem} citizens",
                        "ease visa restrictions on {Tdem} citizens",
                        "lift travel restrictions on {Tdem} nationals"),),
    Code("0842", "dip", ("return seized ships to {T}", "hand back the disputed island to {T}",
                         "return the seized tanker to {T}"),),
    Code("085", "dip", ("lift sanctions on {T}", "ease its embargo on {T}",
                        "remove tariffs on goods from {T}"),
         nominal=("{Sposs} lifting of sanctions on {T}",)),
    Code("0841", "mil", ("return {Tdem} prisoners of war to {T}",
                         "hand over {Tdem} detainees to {T}"),),
    Code("0873", "mil", ("disarm its fighters under the deal with {T}",
                         "demobilise its reservists under the accord with {T}",
                         "disband its militias under the deal with {T}"),),
    Code("0871", "mil", ("declare a ceasefire with {T}", "agree a truce with {T}"),
         nominal=("{Sposs} ceasefire with {T}",)),
    Code("0872", "mil", ("lift its blockade of {T}", "ease its blockade of {T}",
                         "lift its naval blockade of {Tposs} ports"),),
    Code("0874", "mil", ("withdraw its troops from {T}", "pull its forces out of {T}"),
         nominal=("{Sposs} withdrawal from {T}",)),
    # 09 investigate
    Code("090", "dip", ("open an investigation into {Tposs} role in the attack",
                        "launch an inquiry into {Tposs} arms sales"),
         nominal=("{Sposs} investigation into {Tposs} conduct",)),
    Code("093", "dip", ("investigate {Tposs} missile strike", "investigate {Tposs} incursion",
                        "investigate {Tposs} border raids"),),
    Code("094", "dip", ("open a war crimes inquiry into {Tposs} forces",
                        "investigate {T} for war crimes",
                        "open a war crimes investigation into {Tposs} forces"),),
    # 10 demand
    Code("100", "dip", ("issue a statement demanding that {T} withdraw its troops",
                        "demand that {T} withdraw its troops",
                        "demand an apology from {T}", "insist that {T} pay compensation"),
         nominal=("{Sposs} demand for an apology from {T}",)),
    Code("1053", "dip", ("demand that {T} release its detained citizens",
                         "demand the release of its citizens from {T}",
                         "demand that {T} free the detained sailors"),),
    Code("1032", "dip", ("demand arms from {T}", "demand weapons from {T}",
                         "demand more military aid from {T}"),),
    Code("1054", "dip", ("demand that {T} ease its sanctions", "demand that {T} lift its sanctions",
                         "demand an end to {Tposs} embargo"),),
    Code("1056", "dip", ("demand a ceasefire from {T}", "demand that {T} halt its offensive",
                         "demand that {T} pull back its troops"),),
    Code("106", "dip", ("demand negotiations with {T}", "demand talks with {T}",
                        "demand that {T} return to negotiations"),),
    # 11 disapprove
    Code("111", "dip", ("condemn {T} for the attack", "criticise {Tposs} decision",
                        "denounce {Tposs} actions"),
         passive=("{T} was condemned by {S} for the attack",),
         nominal=("{Sposs} condemnation of {T}", "the criticism of {T} by {S}")),
    Code("112", "dip", ("accuse {T} of spying", "blame {T} for the blast",
                        "charge {T} with violating the truce"),
         passive=("{T} was accused by {S} of spying",),
         nominal=("{Sposs} accusations against {T}",)),
    Code("1123", "dip", ("accuse {T} of aggression", "accuse {T} of violating its airspace",
                         "blame {T} for the border clashes"),),
    Code("1125", "dip", ("charge {Tdem} diplomats with espionage", "accuse {T} of espionage",
                         "accuse {T} of spying on its officials"),),
    Code("114", "dip", ("send a protest note to {T}", "lodge a complaint with {T}",
                        "lodge a formal protest with {T}", "summon {Tposs} ambassador to protest"
                        ),),
    Code("115", "dip", ("sue {T} at the International Court of Justice",
                        "file a lawsuit against {T}", "take {T} to court"),
         nominal=("{Sposs} lawsuit against {T}",)),
    # 12 reject
    Code("120", "dip", ("reject {Tposs} proposal", "turn down {Tposs} offer",
                        "refuse {Tposs} request"),
         passive=("{Tposs} proposal was rejected by {S}",),
         nominal=("{Sposs} rejection of {Tposs} proposal",)),
    Code("1243", "dip", ("refuse to hand back {Tdem} fishermen", "refuse to free {Tdem} sailors",
                         "refuse to release {Tdem} prisoners"),),
    Code("125", "dip", ("refuse to meet {Tlead}", "reject talks with {T}",
                        "rule out negotiations with {T}"),),
    Code("127", "dip", ("reject {Tposs} plan for a settlement", "reject {Tposs} peace plan",
                        "turn down {Tposs} peace proposal"),),
    Code("128", "dip", ("defy {Tposs} ban on flights", "defy {Tposs} warnings",
                        "ignore {Tposs} ultimatum"),),
    Code("129", "dip", ("veto a resolution drafted by {T}", "veto {Tposs} draft resolution",),
         nominal=("{Sposs} veto of {Tposs} resolution",)),
    # 13 threaten
    Code("130", "dip", ("threaten {T} with retaliation", "threaten to retaliate against {T}",
                        "warn {T} of serious consequences"),
         nominal=("{Sposs} threat against {T}", "the threats against {T} by {S}")),
    Code("1384", "dip", ("threaten military action against {T}",
                         "warn {T} against further provocations",
                         "warn {T} against interfering in its affairs",
                         "warn that it would hit {T} hard", "vow to retaliate against {T}"),),
    Code("1312", "dip", ("threaten to slap sanctions on {T}", "threaten {T} with sanctions",
                         "threaten to impose sanctions on {T}"),),
    Code("1384", "mil", ("threaten to attack {T}", "threaten to strike {T}"),),
    Code("1313", "dip", ("threaten to cut ties with {T}", "threaten to expel {Tposs} ambassador",
                         "threaten to sever relations with {T}"),),
    Code("1385", "dip", ("threaten {T} with nuclear annihilation",
                         "threaten {T} with nuclear weapons",
                         "threaten to use nuclear weapons against {T}"),),
    Code("139", "dip", ("issue an ultimatum to {T}", "give {T} an ultimatum"),
         nominal=("{Sposs} ultimatum to {T}",)),
    # 14 protest
    Code("141", "civ", ("protest outside {Tposs} embassy", "rally against {Tposs} policies",
                        "demonstrate outside {Tposs} consulate"),),
    Code("143", "civ", ("boycott {Tdem} products", "boycott {Tdem} goods",),),
    Code("145", "crowd", ("storm {Tposs} embassy", "torch {Tposs} consulate",
                          "pelt {Tposs} embassy with stones"),),
    # 15 force posture
    Code("150", "mil", ("hold live-fire drills near {Tposs} border",
                        "stage military exercises near {Tposs} border",
                        "send warships near {Tposs} waters"),),
    Code("154", "mil", ("deploy tanks to the border with {T}",
                        "mobilise forces along the frontier with {T}"),
         nominal=("{Sposs} troop buildup on {Tposs} border",)),
    # 16 reduce relations
    Code("161", "dip", ("sever diplomatic ties with {T}", "recall its ambassador from {T}",
                        "downgrade relations with {T}", "expel {Tposs} ambassador"),
         nominal=("{Sposs} severance of ties with {T}",)),
    Code("162", "dip", ("cut aid to {T}", "suspend military aid to {T}"),
         nominal=("{Sposs} suspension of aid to {T}", "the suspension of aid to {T} by {S}")),
    Code("1622", "dip", ("suspend arms deliveries to {T}", "halt weapons shipments to {T}",
                         "stop military aid to {T}"),),
    Code("163", "dip", ("impose sanctions on {T}", "slap tariffs on {Tdem} steel",
                        "ban imports from {T}"),
         passive=("sanctions were imposed on {T} by {S}",),
         nominal=("{Sposs} sanctions on {T}", "the sanctions on {T} by {S}")),
    Code("164", "dip", ("call off talks with {T}", "break off talks with {T}",
                        "suspend negotiations with {T}"),),
    # 17 coerce
    Code("171", "mil", ("seize {Tdem} fishing boats", "seize {a_Tdem} tanker",
                        "confiscate {Tdem} fishing boats"),
         passive=("{a_Tdem} tanker was seized by {S}",),
         nominal=("{Sposs} seizure of {a_Tdem} tanker",)),
    Code("171", "mil", ("intercept {a_Tdem} cargo ship", "intercept {a_Tdem} tanker"),),
    Code("1711", "dip", ("expropriate {Tdem} oil companies", "confiscate {Tdem} assets",
                         "seize the assets of {Tdem} firms"),),
    Code("173", "dip", ("arrest {Tdem} diplomats", "detain {Tdem} journalists",
                        "jail {Tdem} nationals on spying charges"),
         passive=("{Tdem} journalists were detained by {S}",),
         nominal=("{Sposs} arrest of {Tdem} diplomats",
                  "the detention of {Tdem} journalists by {S}")),
    Code("174", "dip", ("deport {Tdem} nationals", "expel {Tdem} workers"),
         nominal=("{Sposs} deportation of {Tdem} nationals",)),
    Code("1712", "mil", ("demolish {Tdem} homes", "destroy {Tdem} fishing boats",
                         "blow up a {Tdem} border post"),),
    # 18 assault
    Code("181", "mil", ("abduct {Tdem} sailors", "kidnap {Tdem} aid workers",
                        "hijack {a_Tdem} airliner"),
         passive=("{Tdem} sailors were abducted by {S}",),
         nominal=("{Sposs} kidnapping of {Tdem} aid workers",)),
    Code("1822", "mil", ("torture {Tdem} captives", "torture {Tdem} prisoners",
                         "torture {Tdem} detainees"),),
    Code("185", "mil", ("try to kill {Tposs} ambassador", "try to assassinate {Tposs} ambassador",
                        "attempt to assassinate {Tposs} defence minister"),),
    Code("186", "mil", ("murder {Tposs} ambassador", "assassinate {Tposs} nuclear scientist",),
         nominal=("{Sposs} assassination of {Tposs} nuclear scientist",)),
    # 19 fight
    Code("190", "mil", ("shoot down {a_Tdem} fighter jet", "attack {T}",
                        "launch an offensive against {T}", "clash with {Tdem} troops"),
         passive=("{T} was attacked by {S}",),
         nominal=("{Sposs} attack on {T}", "the attack on {T} by {S}")),
    Code("190", "mil", ("intercept {Tdem} drones", "shoot down {a_Tdem} drone"),),
    Code("191", "mil", ("blockade {Tposs} ports", "close its border with {T}",
                        "impose a naval blockade on {T}"),
         nominal=("{Sposs} blockade of {Tposs} ports",)),
    Code("192", "mil", ("occupy {Tposs} border town", "seize territory from {T}",
                        "capture a {Tdem} border post"),
         nominal=("{Sposs} occupation of {Tposs} border region",)),
    Code("194", "mil", ("shell {Tdem} positions", "fire rockets at {T}",
                        "pound {Tdem} villages with artillery"),
         passive=("{Tdem} positions were shelled by {S}",),
         nominal=("{Sposs} shelling of {Tdem} positions",)),
    Code("195", "mil", ("bomb {T}", "carry out airstrikes on {T}", "launch air raids on {T}"),
         passive=("{T} was bombed by {S}",),
         nominal=("{Sposs} airstrikes on {T}", "the air raids on {T} by {S}")),
    Code("196", "mil", ("violate the ceasefire with {T}", "break the truce with {T}"),
         nominal=("{Sposs} violation of the ceasefire with {T}",)),
    # 20 mass violence
    Code("202", "mil", ("carry out a massacre of {Tdem} villagers", "massacre {Tdem} civilians",),
         nominal=("{Sposs} massacre of {Tdem} civilians",)),
    Code("201", "mil", ("expel thousands of {Tdem} residents from the region",
                        "expel thousands of {Tdem} villagers",
                        "expel hundreds of {Tdem} civilians from the border region"),),
    Code("2041", "mil", ("use chemical weapons against {T}", "launch a chemical attack on {T}"),
         nominal=("{Sposs} chemical attack on {T}",)),
    Code("2042", "mil", ("carry out a nuclear attack on {T}", "use a nuclear weapon against {T}",
                         "drop a nuclear bomb on {T}"),),
)
# fmt: on

# Phrasings the extractor still misses or files under another root: printed by
# bench/lex8_coverage.py with the rest, kept out of the suite's rows.
GAPS = (
    # the host is the by-phrase's party; no row reads a person received as a hosted visit
    Code("043", "dip", (), passive=("{Tlead} was received by {S}",)),
    # the target stands inside the passive subject ("sanctions on X") or a possessive
    # ("on X's border"): the act is coded without it
    Code("085", "dip", (), passive=("sanctions on {T} were lifted by {S}",)),
    Code("161", "dip", (), passive=("diplomatic ties with {T} were cut by {S}",),
         nominal=("{Sposs} break with {T}",)),
    Code("154", "mil", ("mass troops on {Tposs} border",)),
    Code("150", "mil", ("hold naval drills off {Tposs} coast",)),
    Code("093", "dip", ("open an inquiry into {Tposs} ceasefire violations",)),
    # "X's aid cuts to Y": the tagger reads "cuts" as a verb now and then, and "aid" as the act
    Code("162", "dip", (), nominal=("{Sposs} aid cuts to {T}",)),
    # "Iraq's agreement with Poland": the noun alone is read as no act
    Code("057", "dip", (), nominal=("{Sposs} agreement with {T}", "{Sposs} treaty with {T}")),
    # rows measured and dropped: each added only spurious keys on the news gold (a plane flying
    # near a place, intercepting aircraft, ships carrying another state's soldiers)
    Code("150", "mil", ("fly bombers near {Tposs} airspace",
                        "intercept {Tdem} bombers near its airspace",
                        "scramble jets to intercept {a_Tdem} reconnaissance plane")),
    Code("074", "mil", ("carry troops to {T}",)),
    # (lex10: "invite {T} to mediate in the dispute" was listed here as 028; the codebook codes a
    # party inviting a mediator 038, a third party's proposal 028; both are coded now and cross
    # the suite as phenomena_lex10's f3lex_mediation)
    Code("043", "dip", (), nominal=("{Sposs} hosting of {Tposs} foreign minister",)),
    Code("201", "mil", ("drive thousands of {Tdem} civilians from their homes",)),
    # "hit back at X" is criticism as often as force in wire copy: no row
    Code("1384", "dip", ("vow to hit back at {T}",)),
)  # fmt: skip

_BE = {"past": "was", "now": "is"}
# a crowd's acts of force are a violent protest (145) by the codebook's convention
_CROWD = ("{} protesters", "thousands of {} protesters", "{} demonstrators", "a {} mob")
_PLURAL_HEADS = ("troops", "forces", "officials", "authorities", "warplanes", "students",
                 "activists", "protesters", "demonstrators")  # fmt: skip


def _source(sc: Scene, code: Code, phrase: str = "") -> tuple[str, bool]:
    """The source as a name, capital, leader (governments) or demonym with a sector; whether
    it is plural."""
    rng, s = sc.rng, sc.s
    r = rng.random()
    if " its " in f" {phrase} ":  # "withdraw its troops": a state, not its forces
        return sc.name(s), False
    if code.domain in ("civ", "crowd") or r < 0.25:
        who = rng.choice(_CROWD if code.domain == "crowd" else SECTORS[code.domain])
        who = who.format(s.demonym)
        return who, who.endswith(_PLURAL_HEADS)
    if code.domain == "dip" and r < 0.45 and s.leader(sc.date):
        return sc.leader(s), False
    return sc.name(s), False


# Codes whose phrasing also states its own act unasserted: "declined to comment" (the comment,
# negated), "tried to assassinate" (the killing, possible).
_ALSO_NOT_ASSERTED = {
    "011": (frozenset({"01"}), frozenset({"negated"})),
    "185": (frozenset({"18", "19"}), frozenset({"possible"})),  # "tried to kill": 19 (190)
}


def _expect(sc: Scene, code: Code) -> Built:
    return "", (_one(sc.s, sc.t.iso3, code.root, ASSERTED),), _allowed(sc, code)


def _allowed(sc: Scene, code: Code) -> tuple[Expect, ...]:
    """The target's answering act, and an act of the target's own named inside the phrase
    ("T's proposal", "T's accusations") with no target."""
    out = (Expect(sc.t.iso3, "", frozenset(), ANY),)
    if code.code in _ALSO_NOT_ASSERTED:  # "declined to comment": the comment not made
        roots, facts = _ALSO_NOT_ASSERTED[code.code]
        out += (Expect(sc.s.iso3, sc.t.iso3, roots, facts),)
    if code.answer:
        out += (Expect(sc.t.iso3, sc.s.iso3, frozenset({code.answer}), ANY),)
    return out


def build(sc: Scene, code: Code, form: str, phrase: str) -> Built:
    """One sentence of ``code`` in ``form`` (past, perfect, progressive, passive, nominal)."""
    rng = sc.rng
    if form == "passive":
        who, _ = _source(sc, code)
        text = sc.fill(phrase, who) + _time(sc) + "."
    elif form == "nominal":
        who, _ = _source(sc, code)
        pred = rng.choice(("drew sharp reactions", "came after weeks of tension",
                           "surprised many diplomats", "was widely reported on Tuesday"
                           ))  # fmt: skip
        text = f"{sc.fill(phrase, who)} {pred}."
    else:
        who, plural = _source(sc, code, phrase)
        if form == "past":
            vp = conjugate(phrase, "past") + _time(sc)
        elif form == "perfect":
            vp = ("have " if plural else "has ") + conjugate(phrase, "pp")
        else:
            be = rng.choice(("past", "now"))
            aux = {"was": "were", "is": "are"}[_BE[be]] if plural else _BE[be]
            vp = f"{aux} {conjugate(phrase, 'ing')}"
        text = f"{who} {sc.fill(vp, who)}."
    _, expected, allowed = _expect(sc, code)
    return _cap(text), expected, allowed


FORMS = ("past", "perfect", "progressive", "passive", "nominal")


def forms_of(code: Code) -> list[tuple[str, str]]:
    """Every (form, phrasing) of a code."""
    out = [(f, p) for f in ("past", "perfect", "progressive") for p in code.base]
    out += [("passive", p) for p in code.passive] + [("nominal", p) for p in code.nominal]
    return out


def _root_builder(root: str) -> Callable[[Scene], Built]:
    codes = [c for c in CODES if c.root == root]

    def one(sc: Scene) -> Built:
        code = sc.rng.choice(codes)
        form, phrase = sc.rng.choice(forms_of(code))
        return build(sc, code, form, phrase)

    one.__doc__ = f"A phrasing of one of CAMEO root {root}'s codes in one form."
    return one


ROOTS = tuple(f"{r:02d}" for r in range(1, 21))
SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    f"lex8_r{r}": _root_builder(r) for r in ROOTS
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
# a demonym + ministry doer with no target read ("The Ethiopian foreign ministry extradited
# suspects to Israel")
FLOORS |= {"lex8_r06": (23, 0)}
