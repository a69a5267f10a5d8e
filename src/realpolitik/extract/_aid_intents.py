"""The codebook's sub-codes of a promise, appeal or demand of aid, read from the aid it names,
and of a threat, read from the act it threatens (leftovers27).

CAMEO files an intent, appeal or demand about aid under the sub-code of the aid: "pledged
loans" is "express intent to provide economic aid" (0331, not the bare 033), "offered weapons"
0332, "promised food aid" 0333, "pledged peacekeepers" 0334; "urged X to send food" 0233;
"demanded military aid" 1032. The promised aid's own code (071 economic, 072 military, 073
humanitarian, 074 protection or peacekeeping) names the sub-code by its last digit. The codes of
the other families (cooperation 031, yielding 035) keep their general form here: their
sub-codes are not this step's (issue 9 round 16, leftovers16 c), save one: a promised hand-over
of wanted people (judicial cooperation, 063) is the codebook's own example of 0313, "express
intent to cooperate on judicial matters" ("offered to hand over ... two of its nationals
suspected", leftovers37).
"""

from __future__ import annotations

from realpolitik.ontology import is_cameo

# The aid's root and its third digit -> the sub-code's last digit (075, asylum, has none).
_AID = "07"
_DIGITS = {"1": "1", "2": "2", "3": "3", "4": "4"}
# The general codes of aid that take a sub-code: the intent (033), appeal (023), demand (103).
_ABOUT = frozenset({"033", "023", "103"})
_GENERAL = 3
# Intent to cooperate (031), judicial cooperation (063), and the intent's judicial sub-code.
_COOPERATION, _JUDICIAL, _JUDICIAL_INTENT = "031", "063", "0313"


def aid_subcode(code: str, act: str) -> str:
    """``code`` (an intent, appeal or demand) made as specific as the act ``act`` it is about:
    ("033", "072") -> "0332", ("023", "073") -> "0233"; anything else unchanged."""
    if code in _THREATS:
        return threat_subcode(code, act)
    if code == _COOPERATION and act[:_GENERAL] == _JUDICIAL:
        return _JUDICIAL_INTENT  # "pledged to hand over the suspects to Y" (leftovers37)
    if code not in _ABOUT or len(act) < _GENERAL or act[:2] != _AID:
        return code
    digit = _DIGITS.get(act[2])
    if digit is None:
        return code
    specific = code + digit
    return specific if is_cameo(specific) else code


# Threats the codebook files under the threatened act (leftovers27; CAMEO 2.0 codebook, 131x
# and 138x): a blockade 1381, an occupation 1382, unconventional violence 1383, a conventional
# attack 1384, mass violence 1385; breaking or reducing relations 1313, cutting aid 1311,
# sanctions 1312. Other threatened acts keep the general code, so does force of no named kind
# (190: "would pay a heavy price", "threatened to attack": the codebook's "not otherwise
# specified" 138).
_THREATS = frozenset({"131", "138"})
_THREAT_BY_ACT = {"191": "1381", "192": "1382", "193": "1384", "194": "1384",
                  "195": "1384", "196": "1384", "160": "1313", "161": "1313", "162": "1311",
                  "163": "1312"}  # fmt: skip
_THREAT_BY_ROOT = {"18": "1383", "20": "1385"}


def threat_subcode(code: str, act: str) -> str:
    """A general threat (131, 138) made as specific as the act it threatens: ("138", "192")
    -> "1382" (threaten occupation), ("131", "161") -> "1313" (threaten to break relations)."""
    specific = _THREAT_BY_ACT.get(act[:_GENERAL]) or _THREAT_BY_ROOT.get(act[:2])
    if specific is None or specific[:3] != code:
        return code
    return specific if is_cameo(specific) else code
