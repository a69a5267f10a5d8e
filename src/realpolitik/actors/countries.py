"""The one country registry: ISO3, ISO2, COW codes, UN names, common names, historical states.

Every dataset loader and the extractor resolve states through here, so that "DPRK", "KP", 731
and "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA" all become ``PRK``. The tables are the project's
own TSV files (``actors/data/countries.tsv``, ``actors/data/country_cow.tsv``), written from
facts (ISO 3166, the Correlates of War state system, UN General Assembly names).

Historical states keep their own codes: ``SUN`` (USSR), ``YUG``, ``SCG`` (Serbia and
Montenegro), ``CSK``, ``DDR``, ``RVN`` (South Vietnam), ``YMD`` (South Yemen), ``ZAN``
(Zanzibar), and the pre-1871 German and Italian states under their COW abbreviations.
``successor()`` maps a state to the one that continued its seat and treaties (``SUN`` → ``RUS``)
for analyses that want one series per state.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from realpolitik.models import CAMEO_SPELLINGS, READ_SPELLINGS

__all__ = [
    "CAMEO_CODES",
    "SUCCESSORS",
    "Country",
    "all_countries",
    "cameo_code",
    "from_cow",
    "from_iso2",
    "get",
    "name",
    "normalize_name",
    "successor",
    "to_iso3",
]

# Continuity of seat and treaty obligations (UN membership, COW code): opt-in, never applied by
# the lookups themselves.
SUCCESSORS: dict[str, str] = {"SUN": "RUS"}

# Where CAMEO (and the Phoenix/PETRARCH dictionaries that code news with it) differs from ISO 3166:
# Kosovo is KSV (ISO's user-assigned XKX came later), East Timor TMP (ISO's code before TLS).
# Actor codes in extracted events follow CAMEO; the registry's state identity and the datasets
# stay ISO3, and every lookup here accepts either spelling.
CAMEO_CODES: dict[str, str] = {iso3: cameo for cameo, iso3 in CAMEO_SPELLINGS.items()}
_FROM_CAMEO: dict[str, str] = dict(READ_SPELLINGS)  # and the older ROM, ZAR


@dataclass(frozen=True)
class Country:
    """A state (or a territory with an ISO code) as the registry knows it."""

    iso3: str
    iso2: str | None
    cow: int | None
    name: str
    un_name: str | None
    aliases: tuple[str, ...]
    start_year: int | None
    end_year: int | None

    @property
    def name_forms(self) -> tuple[str, ...]:
        """The name, the aliases and the long forms written without "the" after "of"
        ("Republic of the Congo" is also "Republic of Congo"), as news writes them."""
        forms = [self.name, *self.aliases]
        forms += [
            f.replace(_OF_THE, " of ")
            for f in forms
            if _OF_THE in f and not any(ch in f for ch in "(),")
        ]
        forms += [v for f in forms for v in _saint_forms(f)]
        return tuple(dict.fromkeys(forms))


_OF_THE = " of the "
# "St. Vincent", "St Vincent" and "Saint Vincent" are one name: copy writes all three, and a
# form the table lacks leaves "and the Grenadines" to be read as another state (Grenada).
_SAINT_WORDS = ("St. ", "St ", "Saint ")


def _saint_forms(form: str) -> list[str]:
    """The other two spellings of a name that starts with a saint's title."""
    for word in _SAINT_WORDS:
        if form.startswith(word):
            rest = form[len(word) :]
            return [w + rest for w in _SAINT_WORDS if w != word]
    return []


@dataclass(frozen=True)
class _CowSpan:
    cow: int
    iso3: str
    start_year: int
    end_year: int | None


def normalize_name(text: str) -> str:
    """Fold case, accents, dots, '&' and a leading 'the' so spellings of one name meet."""
    text = text.replace("\u2019", "'").replace("\u02bc", "'").replace("`", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("ı", "i").replace(".", "").replace("&", " and ")
    text = text.replace("*", " ")
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _read_tsv(filename: str) -> list[dict[str, str]]:
    path = resources.files("realpolitik.actors").joinpath("data", filename)
    text = path.read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


def _int_or_none(value: str) -> int | None:
    return int(value) if value.strip() else None


@cache
def _countries() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for row in _read_tsv("countries.tsv"):
        out[row["iso3"]] = Country(
            iso3=row["iso3"],
            iso2=row["iso2"] or None,
            cow=_int_or_none(row["cow"]),
            name=row["name"],
            un_name=row["un_name"] or None,
            aliases=tuple(a for a in row["aliases"].split("|") if a),
            start_year=_int_or_none(row["start_year"]),
            end_year=_int_or_none(row["end_year"]),
        )
    return out


@cache
def _cow_spans() -> dict[int, tuple[_CowSpan, ...]]:
    spans: dict[int, list[_CowSpan]] = {}
    for row in _read_tsv("country_cow.tsv"):
        span = _CowSpan(
            int(row["cow"]), row["iso3"], int(row["start_year"]), _int_or_none(row["end_year"])
        )
        spans.setdefault(span.cow, []).append(span)
    return {code: tuple(items) for code, items in spans.items()}


@cache
def _by_name() -> dict[str, str]:
    """Normalised name → ISO3. Official and UN names win over aliases on a clash."""
    table: dict[str, str] = {}
    countries = _countries().values()
    for country in countries:
        for alias in country.name_forms[1:]:
            table.setdefault(normalize_name(alias), country.iso3)
    for country in countries:
        table[normalize_name(country.name)] = country.iso3
        if country.un_name:
            table[normalize_name(country.un_name)] = country.iso3
    return table


@cache
def _by_iso2() -> dict[str, str]:
    return {c.iso2: c.iso3 for c in _countries().values() if c.iso2}


def all_countries() -> list[Country]:
    """Every entry, in the table's order (current states first, then historical ones)."""
    return list(_countries().values())


def get(iso3: str) -> Country | None:
    """The state of an ISO3 code (or of its CAMEO spelling: ``KSV`` is Kosovo, ``ROM``
    Romania)."""
    code = iso3.upper()
    return _countries().get(_FROM_CAMEO.get(code, code))


def cameo_code(iso3: str) -> str:
    """The CAMEO country code of a state (``XKX`` -> ``KSV``); ISO3 where the two agree."""
    return CAMEO_CODES.get(iso3, iso3)


def name(iso3: str) -> str:
    """The common English name, or the code itself when the registry does not know it."""
    country = get(iso3)
    return country.name if country else iso3


def from_iso2(code: str) -> str | None:
    return _by_iso2().get(code.strip().upper())


def from_cow(ccode: int | str, year: int | None = None) -> str | None:
    """COW state number → ISO3, following the state system's changes when a year is given.

    365 is the USSR (``SUN``) in 1922–1991 and Russia otherwise; 260 (German Federal Republic)
    and 255 are Germany (``DEU``); 265 is ``DDR``; 816 is Vietnam, 817 South Vietnam (``RVN``).
    """
    try:
        code = int(float(ccode)) if isinstance(ccode, str) else int(ccode)
    except ValueError:
        return None
    spans = _cow_spans().get(code)
    if not spans:
        return None
    country = _countries()
    if year is None:
        primary = [s for s in spans if country[s.iso3].cow == code and s.end_year is None]
        return (primary or [s for s in spans if country[s.iso3].cow == code] or list(spans))[0].iso3
    inside = [s for s in spans if s.start_year <= year <= (s.end_year or 9999)]
    if inside:
        return min(inside, key=lambda s: (s.end_year or 9999) - s.start_year).iso3
    # Outside every period COW lists (e.g. years of occupation): nearest period.
    return min(
        spans, key=lambda s: min(abs(year - s.start_year), abs(year - (s.end_year or 9999)))
    ).iso3


def to_iso3(name_or_code: str | int, year: int | None = None) -> str | None:
    """Any spelling of a state (ISO3, ISO2, COW number, UN or common name) → ISO3, or None.

    Codes count only in upper case ("IN" is India, "in" is not); names match case-insensitively,
    ignoring accents, dots and a leading "the". "Korea, North" style inversions are understood.
    """
    if isinstance(name_or_code, int):
        return from_cow(name_or_code, year)
    text = name_or_code.strip()
    if not text:
        return None
    if text.isdigit():
        return from_cow(int(text), year)
    if text.isalpha() and text.isupper():
        if len(text) == 3 and text in _countries():
            return text
        if len(text) == 3 and text in _FROM_CAMEO:
            return _FROM_CAMEO[text]
        if len(text) == 2 and (found := from_iso2(text)):
            return found
    key = normalize_name(text)
    table = _by_name()
    if key in table:
        return table[key]
    if "," in key:
        head, _, tail = key.partition(",")
        swapped = normalize_name(f"{tail} {head}")
        if swapped in table:
            return table[swapped]
    return None


def successor(iso3: str) -> str:
    """The state that continued this one's seat (USSR → Russia); itself otherwise."""
    return SUCCESSORS.get(iso3, iso3)
