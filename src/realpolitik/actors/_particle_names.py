"""Short forms of Arabic names built with a particle of descent: "Mohammed bin Salman" is "bin
Salman" in running copy, "Mohamed bin Zayed" "bin Zayed", "Zine El Abidine Ben Ali" "Ben Ali"
(issue 9, names18: a particle name whose short form names no one leaves the act without its
doer). The automatic surname alias takes a name's last word only, and no particle name's last
word may stand alone ("Salman", "Ali" are other people's names too); the particle with the word
after it may. It is added where every person the table gives it to is of one state, so a short
form shared by two states' princes ("bin Hamad": Qatar's and Bahrain's) names neither."""

from __future__ import annotations

from collections.abc import Iterable

_PARTICLES = frozenset({"bin", "ibn", "bint", "ben"})


def particle_short_forms(people: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Name -> its short forms ("bin Salman") from (name, actor code) rows, where the short
    form's every bearer is of one state."""
    states: dict[str, set[str]] = {}
    owners: dict[str, set[str]] = {}
    for name, code in people:
        words = name.split()
        for k in range(1, len(words) - 1):
            if words[k].lower() in _PARTICLES:
                short = f"{words[k]} {words[k + 1]}"
                states.setdefault(short, set()).add(code[:3])
                owners.setdefault(short, set()).add(name)
                break
    out: dict[str, list[str]] = {}
    for short, names in owners.items():
        if len(states[short]) == 1:
            for name in names:
                out.setdefault(name, []).append(short)
    return out
