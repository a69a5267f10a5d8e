"""Name a state the way an analyst types it: ``RUS``, ``RUSGOV``, "North Korea", ``DPRK``, "the US",
"Pyongyang", 365.

Every option that takes a state goes through here, and through the same registry extraction
uses, so a name that extraction understands in a sentence works on the command line too. An
unknown name is an error that names it with the closest known names, never an empty result.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from functools import cache

from realpolitik.actors import countries
from realpolitik.actors._actorfile import is_actor_code
from realpolitik.errors import Errors, RealpolitikError


def state_code(value: str, *, option: str = "state", date: str | None = None) -> str:
    """The ISO3 code of the state ``value`` names (sector codes count as their state)."""
    code, country = _resolve(value, option=option, date=date)
    if country is None:
        raise RealpolitikError(Errors.E906, option=option, value=value, what=_kind(code), code=code)
    return country


def actor_code(
    value: str,
    *,
    option: str = "--actor",
    date: str | None = None,
    known: Callable[[str], bool] | None = None,
) -> str:
    """What to match events against: an actor code as given (``RUSGOV``, ``IGOWSTNAT``), the
    ISO3 code of a state's name (matching every actor of that state), or the code of a named
    person or body ("Putin" -> RUSGOV). ``known(code)`` accepts codes only a store holds (from
    ``--actors`` files, e.g. fictional ``GONGOV``)."""
    text = value.strip()
    if text.isupper() and is_actor_code(text) and known is not None and known(text):
        return text
    code, _ = _resolve(value, option=option, date=date)
    return code


def close_matches(value: str, limit: int = 3) -> list[str]:
    """The known state names (and codes) closest to ``value``."""
    key = countries.normalize_name(value)
    names = _names()
    found = difflib.get_close_matches(key, list(names), n=limit, cutoff=0.6)
    return [names[k] for k in found]


def _resolve(value: str, *, option: str, date: str | None) -> tuple[str, str | None]:
    """(actor code, ISO3 or None) for ``value``, or E905 with close matches."""
    text = str(value).strip()
    if not text:
        raise RealpolitikError(Errors.E905, option=option, value=value, suggest="")
    if text.isalpha() and text.isupper() and is_actor_code(text):
        head = text[:3]
        known = countries.get(head)
        if known is not None:  # stored countries are ISO3: a bare KSV matches XKX's events
            return (known.iso3 if text == head else text), known.iso3
    if len(text) == 3 and text.isalpha() and text.islower() and _known_country(text.upper()):
        return text.upper(), text.upper()  # 'prk' typed in lower case: a code all the same
    iso3 = countries.to_iso3(text)
    if iso3 is not None:
        return iso3, iso3
    from realpolitik.actors import ActorRegistry

    starts = (0, 4) if text.lower().startswith("the ") else (0,)  # "the EU" names the EU
    whole = [
        m
        for m in ActorRegistry.default().find_mentions(text, date)
        if m.start in starts and m.end == len(text) and m.ref.code
        and not m.ref.code.startswith("---")
    ]  # fmt: skip
    if whole and whole[0].also:  # "the Koreas": several actors, none of them alone
        codes = "/".join([whole[0].ref.code, *(r.code for r in whole[0].also)])
        raise RealpolitikError(
            Errors.E906, option=option, value=text, what="several actors", code=codes
        )
    if whole:  # the registry spells states as CAMEO does (KSV); stored countries are ISO3
        code, country = whole[0].ref.code, whole[0].ref.country
        iso3 = countries.to_iso3(country) if country else None
        return (iso3 if iso3 and code == country else code), (iso3 or country)
    matches = close_matches(text)
    suggest = f" (did you mean {', '.join(matches)}?)" if matches else ""
    raise RealpolitikError(Errors.E905, option=option, value=text, suggest=suggest)


def _known_country(code: str) -> bool:
    return countries.get(code) is not None


def _kind(code: str) -> str:
    if code.startswith("IGO"):
        return "an international organisation"
    if len(code) == 3:
        return "a group of states"
    return "an actor without a state"


@cache
def _names() -> dict[str, str]:
    """Normalised name or code -> how to show it."""
    out: dict[str, str] = {}
    for c in countries.all_countries():
        out[countries.normalize_name(c.name)] = c.name
        out[c.iso3.lower()] = c.iso3
        for alias in c.name_forms[1:]:
            out.setdefault(countries.normalize_name(alias), alias)
    return out


__all__ = ["actor_code", "close_matches", "state_code"]
