"""Warnings to groups of no state: no interstate threat (issue 9, clauses32: fresh20's class H).

"Kenyan troops were deployed along the border, and a spokesman warned that soldiers would fire
on any armed group that crossed": the warned act is force against whoever crosses, a group that
belongs to no state (armed groups, smugglers, militants, gunmen, anyone). The threat names no
state to threaten, so the domestic convention made it a threat against the speaker's own state
(KENMIL -> KEN 138) and the story's other state would be a guess. Neither is a threat between
states; the warning is no event. A warning to another state's forces or people ("would fire on
any Somali soldiers", "on Somali militants") names that state and stays a threat; where the
group comes from ("smugglers crossing from Somalia") makes it no state's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors
    from realpolitik.extract._triggers import Found

_WARNING = frozenset({"warn", "caution", "threaten"})
# Groups that belong to no state by what they are: whoever crosses, armed men, criminals.
STATELESS_GROUPS = frozenset(
    {"group", "militant", "gunman", "smuggler", "rebel", "insurgent", "fighter", "militia",
     "militiaman", "bandit", "pirate", "trafficker", "poacher", "intruder", "infiltrator",
     "anyone", "anybody", "whoever", "terrorist", "jihadist", "criminal", "gang", "attacker",
     "raider", "trespasser"}
)  # fmt: skip
# Threats and the forceful acts a warning holds out (the act itself read under the warning).
_FORCE = frozenset({"13", "18", "19", "20"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ORIGIN = frozenset({"from", "across"})
_ADDRESSEES = frozenset({"dobj", "dative", "iobj"})
_AT = frozenset({"on", "at", "upon", "against"})
_CLIMB = 3
_ANY = frozenset({"any", "every", "all"})


def warned_stateless_group(f: Found, actors: DocActors) -> bool:
    """A threat (13), or a forceful act under a warning, aimed only at groups of no state in a
    clause that names no other state; see the module."""
    if f.code[:2] not in _FORCE or f.entry.pos != "V":
        return False
    tok = f.tok
    if tok.lemma_.lower() in _WARNING:
        warning, acts = tok, [c for c in tok.children if c.dep_ == "ccomp"]
    elif tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _WARNING:
        warning, acts = tok.head, [tok]  # ("warned that soldiers would fire on ...")
    else:
        return False
    if any(c.dep_ in _ADDRESSEES for c in warning.children):
        return False  # ("warned Y that it would fire on intruders": Y is warned)
    victims = [v for act in acts for v in _victims(act)]
    if not victims or any(v.lemma_.lower() not in STATELESS_GROUPS for v in victims):
        return False
    own = _own_states(warning, acts, actors)  # ("crossed into Kenya": the speaker's own)
    return not any(_names_state(act, actors, own) for act in acts)


def _victims(act: Token) -> list[Token]:
    """Whom the act is aimed at: "fire on X", "shoot at X", "open fire on X", "attack X"."""
    out: list[Token] = []
    heads = [act]
    obj = child(act, "dobj")
    if obj is not None and obj.lemma_.lower() == "fire":  # "open fire on X"
        heads.append(obj)
    elif obj is not None:
        out.append(obj)
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in _AT:
                out += [c for c in prep.children if c.dep_ == "pobj"]
                out += [  # ("shoot at smugglers crossing ...": read as a clause)
                    s for c in prep.children if c.dep_ == "pcomp"
                    for s in c.children if s.dep_ == "nsubj"
                ]  # fmt: skip
    return out


def warned_group_clause(f: Found) -> bool:
    """ "would fire on any armed group that crossed (into Kenya)": the crossing is what would
    bring the warned force on, by whoever might cross; no act of anyone's (the domestic
    convention made it an incursion into the speaker's own state, asserted)."""
    tok = f.tok
    if tok.dep_ not in ("relcl", "acl") or f.entry.pos != "V":
        return False
    group = tok.head
    if not any(c.dep_ == "det" and c.lower_ in _ANY for c in group.children):
        return False
    for act in list(group.ancestors)[: _CLIMB + 1]:  # the group a victim of a warned act
        if act.dep_ == "ccomp" and act.head.lemma_.lower() in _WARNING:
            return group in _victims(act)
    return False


def _own_states(warning: Token, acts: list[Token], actors: DocActors) -> set[str]:
    """The states of the warning's and the acts' subjects (the speaker's side)."""
    subjects = [c for v in (warning, *acts) for c in v.children if c.dep_ in _SUBJECTS]
    return {a.ref.country for s in subjects for a in actors.resolve(s) if a.ref.country}


def _names_state(act: Token, actors: DocActors, own: set[str]) -> bool:
    """Another state is named in the act's clause ("militants in Syria", "Somali militants"),
    not counting its subject (the doer) nor where a group comes from ("smugglers crossing from
    X": where they come from makes them no state's)."""
    skip = {
        t.i for p in act.subtree if p.dep_ == "prep" and p.lower_ in _ORIGIN
        for t in p.subtree
    }  # fmt: skip
    skip |= {t.i for c in act.children if c.dep_ in _SUBJECTS for t in c.subtree}
    for tok in act.subtree:
        if tok.i in skip:
            continue
        m = actors.mention_of(tok)
        if m is not None and m.ref.country and m.ref.country not in own:
            return True
    return False
