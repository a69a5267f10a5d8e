"""The CAMEO codebook's sub-codes that ``phenomena_lex8.py`` does not cover, as a second
coverage suite (issue 9 section 2, lex9): one construction per root, ``lex9_r02`` ..
``lex9_r20``, each sentence one sub-code's phrasing in one form, states drawn as in the suite
and named by name, capital, leader or demonym with a sector.

The phrasings are the project's own, written from each code's definition in the CAMEO
codebook (Gerner, Schrodt, Yilmaz et al.), target inside, in the past, perfect, progressive,
passive with a by-phrase and nominal forms (``phenomena_lex8.build``). ``CODES``: what the
extractor codes; ``GAPS``: what it misses or files under another root (both printed by
``bench/lex8_coverage.py --suite lex9``)."""

from __future__ import annotations

from collections.abc import Callable

from phenomena_lex8 import Code, build, forms_of
from phenomena_words import Built, Scene

# fmt: off
CODES = (
    # 02 appeals: "called on / urged / asked X to" is an appeal, whatever the act asked for
    Code("0212", "dip", ("urge {T} to deepen military cooperation",
                         "call on {T} to expand defence cooperation",
                         "ask {T} to hold joint exercises with its navy")),
    Code("0213", "dip", ("urge {T} to extradite the suspects", "ask {T} to hand over the fugitive",
                         "call on {T} to cooperate with the investigation")),
    Code("0214", "dip", ("ask {T} to share intelligence on the attack",
                         "urge {T} to share intelligence")),
    Code("022", "dip", ("urge {T} to back its bid for a UN seat",
                        "ask {T} for diplomatic support", "call on {T} to support the resolution",
                        "urge {T} to join the agreement", "invite {T} to join the coalition")),
    # "called for X to withdraw": an appeal to X, the withdrawal only asked for
    Code("025", "dip", ("call for {T} to withdraw its forces",
                        "call for {T} to free the detained sailors",
                        "appeal for {T} to lift its blockade",
                        "propose that {T} withdraw its troops"),
         nominal=("{Sposs} call for {T} to withdraw its forces",)),
    # a proposal that another party acts is a request (the codebook's 020 "proposals")
    Code("021", "dip", ("propose that {T} extradite the suspects",
                        "recommend that {T} open its markets to foreign firms")),
    Code("0231", "dip", ("ask {T} for a loan", "appeal to {T} for economic aid",
                         "request financial assistance from {T}")),
    Code("0233", "dip", ("appeal to {T} for humanitarian aid", "ask {T} for food aid",
                         "request emergency relief from {T}")),
    Code("0255", "dip", ("call on {T} to allow aid into the region",
                         "urge {T} to let inspectors visit its nuclear sites")),
    Code("027", "dip", ("urge {T} to settle the dispute peacefully",
                        "call on {T} to resolve the border dispute",
                        "urge {T} to show restraint", "call on {T} to de-escalate tensions")),
    Code("020", "dip", ("implore {T} to reconsider its decision",
                        "encourage {T} to accept the proposal", "exhort {T} to show restraint")),
    # 03 intent: "pledged / promised / vowed / offered to" is an intent
    Code("0311", "dip", ("pledge to invest in {T}", "promise to deepen economic ties with {T}",
                         "vow to boost trade with {T}")),
    Code("0313", "dip", ("agree to extradite the suspects to {T}",
                         "offer to hand over the suspects to {T}")),
    Code("0314", "dip", ("offer to share intelligence with {T}",
                         "pledge to share intelligence with {T}")),
    Code("032", "dip", ("pledge support for {T}", "promise diplomatic support to {T}",
                        "vow to stand by {T}", "pledge to back {Tposs} bid for membership")),
    Code("0331", "dip", ("pledge economic aid to {T}", "promise a loan to {T}",
                         "offer financial assistance to {T}")),
    Code("0333", "dip", ("pledge humanitarian aid to {T}", "promise food aid to {T}",
                         "offer emergency relief to {T}")),
    Code("0334", "dip", ("offer peacekeepers to {T}", "pledge to send peacekeepers to {T}")),
    # a party to a dispute inviting a mediator commits to accept mediation (038, not 028)
    Code("038", "dip", ("invite {T} to mediate in its dispute with the rebels",)),
    Code("0356", "dip", ("promise to withdraw its forces from {T}",
                         "pledge to pull its troops back from the border with {T}",
                         "offer a ceasefire to {T}")),
    # 04 consult
    Code("045", "dip", ("broker talks between {T} and the rebels",), answer="04"),
    # 05 diplomatic cooperation
    Code("051", "dip", ("vouch for {T}", "champion {Tposs} bid for membership",
                        "give its blessing to {Tposs} plan")),
    Code("050", "dip", ("mend ties with {T}", "patch up relations with {T}",
                        "extend an olive branch to {T}", "send an ambassador to {T}")),
    Code("057", "dip", ("ink a trade deal with {T}", "ink a memorandum of understanding with {T}")),
    # 09 investigate
    Code("091", "dip", ("investigate {Tposs} officials for corruption",
                        "open a corruption probe into {Tdem} firms")),
    Code("092", "dip", ("investigate {Tposs} human rights abuses",
                        "open an inquiry into {Tposs} abuses against civilians")),
    # 10 demand
    Code("1013", "dip", ("demand that {T} extradite the suspects",
                         "demand the extradition of the suspects from {T}")),
    Code("1031", "dip", ("demand compensation from {T}", "demand economic aid from {T}")),
    Code("1041", "dip", ("demand the resignation of {Tposs} president",)),
    Code("1042", "dip", ("demand that {T} reverse its decision",
                         "demand that {T} change its policy")),
    Code("1055", "dip", ("demand that {T} allow inspectors into the country",
                         "demand that {T} admit international monitors")),
    # 11 disapprove
    Code("1121", "dip", ("accuse {T} of corruption", "accuse {Tposs} officials of bribery",
                         "accuse {T} of money laundering")),
    Code("1122", "dip", ("accuse {T} of human rights abuses", "accuse {T} of torturing prisoners",
                         "charge {T} with abuses against civilians")),
    Code("1124", "dip", ("accuse {T} of war crimes", "accuse {T} of genocide",
                         "charge {T} with war crimes"),
         passive=("{T} was accused of war crimes by {S}",)),
    Code("110", "dip", ("criticise {T} sharply", "slam {Tposs} decision",
                        "rebuke {T} over its remarks", "mock {Tposs} claims",
                        "speak out against {Tposs} policies"),
         passive=("{T} was criticised by {S}",)),
    # 12 reject
    Code("1211", "dip", ("reject a trade deal with {T}", "reject {Tposs} trade proposal")),
    Code("1222", "dip", ("reject {Tposs} request for weapons",
                         "turn down {Tposs} request for military aid")),
    Code("1221", "dip", ("reject {Tposs} request for a loan",)),
    Code("1244", "dip", ("refuse to lift sanctions on {T}", "refuse to ease its embargo on {T}")),
    Code("1246", "dip", ("refuse to withdraw its troops from {T}",
                         "refuse to pull its forces out of {T}")),
    Code("126", "dip", ("reject {Tposs} offer to mediate", "turn down {Tposs} mediation offer")),
    # lex8's codes in phrasings it lacks
    Code("120", "dip", ("brush off {Tposs} warnings", "brush off {Tposs} objections")),
    # 13 threaten
    Code("1311", "dip", ("threaten to cut aid to {T}", "threaten to suspend aid to {T}",
                         "threaten to halt assistance to {T}")),
    Code("134", "dip", ("threaten to break off talks with {T}",
                        "threaten to suspend negotiations with {T}")),
    Code("1381", "mil", ("threaten to blockade {Tposs} ports",
                         "threaten a naval blockade of {T}")),
    Code("1382", "mil", ("threaten to occupy {Tposs} border region",
                         "threaten to invade {T}")),
    Code("138", "dip", ("threaten {T} with military force", "threaten to use force against {T}",
                        "threaten war with {T}", "vow to punish {T}",
                        "vow to avenge the killing of its soldiers by {T}")),
    # 16 reduce relations
    Code("1621", "dip", ("cut economic aid to {T}", "suspend financial assistance to {T}",
                         "halt loans to {T}")),
    Code("1623", "dip", ("cut humanitarian aid to {T}", "suspend food aid to {T}")),
    Code("1661", "dip", ("withdraw its peacekeepers from {T}",
                         "pull its peacekeepers out of {T}")),
    Code("1662", "dip", ("expel {Tdem} inspectors", "expel {Tdem} monitors")),
    Code("164", "dip", ("walk out of talks with {T}", "pull out of negotiations with {T}")),
    Code("160", "dip", ("curtail cooperation with {T}", "scale back ties with {T}",
                        "reduce cooperation with {T}", "suspend cooperation with {T}")),
    # 17 coerce
    Code("172", "dip", ("impose travel bans on {Tdem} officials",
                        "impose visa bans on {Tdem} officials")),
    # 18 assault
    Code("182", "mil", ("beat {Tdem} fishermen", "assault {Tdem} diplomats")),
    Code("184", "mil", ("use {Tdem} prisoners as human shields",
                        "use {Tdem} civilians as human shields")),
    # 19 fight
    Code("193", "mil", ("exchange fire with {Tdem} troops", "open fire on {Tdem} soldiers",
                        "fire on {Tdem} border guards")),
    # 20 mass violence
    Code("203", "mil", ("carry out ethnic cleansing of {Tdem} villagers",)),
    Code("204", "mil", ("use weapons of mass destruction against {T}",)),
)
# fmt: on

# Phrasings the extractor still misses or files under another root: printed by
# bench/lex8_coverage.py --suite lex9 --gaps, kept out of the suite's rows.
GAPS = (
    # "advised X to withdraw" reads X's withdrawal; no row: "advised its citizens to leave X"
    # is a travel warning
    Code("020", "dip", ("advise {T} to withdraw its troops",)),
    # "Kabul has frozen relations with Damascus": the parser reads "has" as the verb and
    # "frozen" as describing "relations" (no trigger); the past tense codes 160
    Code("164", "dip", ("walk out of talks with {T}", "pull out of negotiations with {T}")),
    Code("160", "dip", ("freeze relations with {T}",)),
    # "has taken X to task": the parser now and then reads "to task" as an infinitive
    Code("110", "dip", ("take {T} to task over its remarks",)),
    # "said no to X's proposal" now and then parses "no" as the proposal's determiner;
    # "shrug" conjugates as "shruging" in the suite's word forms
    Code("120", "dip", ("say no to {Tposs} proposal",)),
    Code("128", "dip", ("shrug off {Tposs} warnings",)),
    # rows measured and dropped: "deepened ties with X" added a spurious key on the news gold;
    # "sided with X" read "sided with X's interests" in a criticism as an endorsement
    Code("050", "dip", ("deepen ties with {T}",)),
    Code("051", "dip", ("side with {T}",)),
    # the target of "plead with X to" is read only now and then
    Code("020", "dip", ("plead with {T} to reconsider",)),
    # "mediating between X and its neighbours": the progressive reads no mediation
    Code("045", "dip", ("mediate between {T} and its neighbours",), answer="04"),
    # receiving inspectors: "allowed X's inspectors to visit" reads X's visit, not a concession
    Code("0862", "dip", ("allow {Tdem} inspectors to visit its nuclear sites",
                         "admit inspectors from {T}")),
    # the target stands in a place phrase ("along the border with X", "in X"): no target
    Code("152", "mil", ("place its troops on alert along the frontier with {T}",)),
    Code("183", "mil", ("carry out a bombing in {T}", "carry out a suicide bombing in {T}")),
)  # fmt: skip


def _root_builder(root: str) -> Callable[[Scene], Built]:
    codes = [c for c in CODES if c.root == root]

    def one(sc: Scene) -> Built:
        code = sc.rng.choice(codes)
        form, phrase = sc.rng.choice(forms_of(code))
        return build(sc, code, form, phrase)

    one.__doc__ = f"A phrasing of one of CAMEO root {root}'s sub-codes lex8 leaves out."
    return one


ROOTS = tuple(sorted({c.root for c in CODES}))
SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    f"lex9_r{r}": _root_builder(r) for r in ROOTS
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
