"""Adjectives of criticism as a class: the verdicts "call", "label" or "brand" give a judged act.

"Hungary called Slovakia's ban discriminatory": the tagger may read a verdict adjective after
its noun as a noun ("discriminatory" NN, "ban" its compound), and the repair that makes the
judged noun the verb's object (``_judged_object``) trusted only "-less" words to be adjectives
there. A word of this class is an adjective in that place whatever its tag: what the lexicon's
judging rows (``call`` + an object + a verdict, criticism 111) read as criticism (clauses33,
fresh21 J). Words of mere disapproval ("counterproductive", "regrettable": the bare rows' 110)
are left out, so their old reading stands.
"""

from __future__ import annotations

CRITICAL_ADJECTIVES = frozenset(
    {"discriminatory", "unfair", "unjust", "arbitrary", "unwarranted", "unjustified",
     "unjustifiable", "aggressive", "punitive", "abusive", "coercive", "hypocritical", "cynical",
     "racist", "xenophobic", "offensive", "insulting", "humiliating", "retaliatory", "illegal",
     "unlawful", "illegitimate", "unacceptable", "provocative", "hostile", "baseless",
     "groundless", "unfounded", "excessive", "disproportionate", "outrageous", "absurd",
     "dangerous", "reckless", "irresponsible", "inadmissible", "unreasonable", "inappropriate",
     "harmful", "damaging", "inhumane", "inhuman", "cruel", "protectionist", "biased",
     "extortionate", "predatory", "unprovoked", "unnecessary", "deplorable", "disgraceful",
     "intolerable", "shameful", "destabilising", "destabilizing", "escalatory", "belligerent",
     "vindictive", "malicious", "spiteful", "arrogant", "irrational", "high-handed",
     "heavy-handed", "one-sided"}
)  # fmt: skip
