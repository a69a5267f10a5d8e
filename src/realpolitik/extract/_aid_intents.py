"""The codebook's sub-codes of a promise, appeal or demand of aid, read from the aid it names.

CAMEO files an intent, appeal or demand about aid under the sub-code of the aid: "pledged
loans" is "express intent to provide economic aid" (0331, not the bare 033), "offered weapons"
0332, "promised food aid" 0333, "pledged peacekeepers" 0334; "urged X to send food" 0233;
"demanded military aid" 1032. The promised aid's own code (071 economic, 072 military, 073
humanitarian, 074 protection or peacekeeping) names the sub-code by its last digit. The codes of
the other families (cooperation 031, yielding 035) keep their general form here: their
sub-codes are not this step's (issue 9 round 16, leftovers16 c).
"""

from __future__ import annotations

from realpolitik.ontology import is_cameo

# The aid's root and its third digit -> the sub-code's last digit (075, asylum, has none).
_AID = "07"
_DIGITS = {"1": "1", "2": "2", "3": "3", "4": "4"}
# The general codes of aid that take a sub-code: the intent (033), appeal (023), demand (103).
_ABOUT = frozenset({"033", "023", "103"})
_GENERAL = 3


def aid_subcode(code: str, act: str) -> str:
    """``code`` (an intent, appeal or demand) made as specific as the act ``act`` it is about:
    ("033", "072") -> "0332", ("023", "073") -> "0233"; anything else unchanged."""
    if code not in _ABOUT or len(act) < _GENERAL or act[:2] != _AID:
        return code
    digit = _DIGITS.get(act[2])
    if digit is None:
        return code
    specific = code + digit
    return specific if is_cameo(specific) else code
