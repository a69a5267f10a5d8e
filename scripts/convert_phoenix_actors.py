"""Convert the Phoenix (PETRARCH2) actor and agent dictionaries into the project's actor table.

    python scripts/convert_phoenix_actors.py DICT_DIR [--out src/realpolitik/actors/data/phoenix.tsv]
                                             [--words /usr/share/dict/words] [--report FILE]

DICT_DIR holds ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt`` and ``Phoenix.agents.txt`` (Open Event Data Alliance, MIT;
on this project's machines ``../shared/reference/petrarch2_dictionaries``). The output is the
project's own table (format in ``realpolitik.actors._phoenix``): one row per actor with its
names and its CAMEO codes with date ranges, plus agent (sector) words.

What is kept is what a coder of news needs: heads of state and government, ministers, military
chiefs, opposition figures with their dates; other names of states and their cities; IGOs and
NGOs; militant and rebel groups. Agent (sector) words only with ``--agents``: measured on the
project's news gold they lowered the check half (stand-alone sector words became parties), so
the shipped table has none. What is dropped would match wrongly in modern text:
multinational corporations, single words that are ordinary English words (``--words``: a plain
word list, one word a line, lower case for common words, e.g. Debian's ``wamerican``) or first
names, short ambiguous names, names that two actors of different countries share, names of the
project's own tables (those win), and codes whose country no registry knows. ``--report`` writes
what was dropped and why.

The dictionaries' reading rules follow PETRARCH's reader: a line starting with ``+`` is another
name of the current actor; consecutive name lines without codes share the codes that follow;
a tab-indented ``[CODE]`` is the default code, ``[CODE >YYMMDD]`` holds from a date,
``[CODE <YYMMDD]`` until it, ``[CODE YYMMDD-YYMMDD]`` between two; two-digit years 00-30 are
20xx, others 19xx; `` #`` starts a comment.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from realpolitik.actors import countries  # noqa: E402
from realpolitik.actors._tables import project_entries, project_sectors  # noqa: E402
from realpolitik.actors._text import phrase_tokens  # noqa: E402

FILES = {
    "Phoenix.Countries.actors.txt": "countries",
    "Phoenix.International.actors.txt": "international",
    "Phoenix.MilNonState.actors.txt": "milnonstate",
}
AGENTS = "Phoenix.agents.txt"

HEADER = """\
# Actors converted from the Phoenix actor and agent dictionaries of PETRARCH2 by
# scripts/convert_phoenix_actors.py (do not edit by hand: change the script and run it again).
#
# Source: Phoenix.Countries.actors.txt (from CountryInfo.140130.txt, generated 2014-01-30),
# Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt (organisation names derived
# from the START TOPS database by M. Kenwick, H. W. Kim and E. Leonard) and Phoenix.agents.txt,
# as distributed with PETRARCH2 (https://github.com/openeventdata/petrarch2).
# Citation: Open Event Data Alliance (2014). Phoenix actor and agent dictionaries for the
# PETRARCH event coder. Computational Event Data System Project,
# http://eventdata.parusanalytics.com. Funded in part by the National Science Foundation
# (SES-0096086, SES-0455158, SES-0527564, SES-1004414, SES-1259190).
#
# The MIT License (MIT)
# Copyright (c) 2014 Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software
# and associated documentation files (the "Software"), to deal in the Software without
# restriction, including without limitation the rights to use, copy, modify, merge, publish,
# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
# Software is furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
# BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#
# Format (realpolitik.actors._phoenix): kind<TAB>names<TAB>codes. names: "|"-separated, the
# first is the canonical one. codes: "|"-separated CODE or CODE FROM..UNTIL (YYYY-MM-DD, either
# end may be empty); country codes are CAMEO's (Kosovo KSV, East Timor TMP). kind: country,
# capital (a city or institution standing for its state), demonym, person, igo, group, media,
# sector (an agent word: names are the words, codes the sector, e.g. CRM).
"""

# -- reading the dictionaries ----------------------------------------------------------------


@dataclass
class Span:
    code: str
    start: str | None = None  # YYYY-MM-DD
    until: str | None = None


@dataclass
class Block:
    names: list[str]
    spans: list[Span] = field(default_factory=list)
    file: str = ""
    section: str = ""
    line: int = 0
    note: str = ""


_BRACKET = re.compile(r"\[([^\]]*)\]")


def _ymd(text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    if len(digits) <= 7:
        digits = digits[:6]
        if len(digits) != 6:
            return None
        year = int(digits[:2])
        digits = f"{2000 + year if year <= 30 else 1900 + year}{digits[2:]}"
    digits = digits[:8]
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat()
    except ValueError:
        return None


def parse_span(inner: str) -> Span | None:
    """One ``[...]`` of a dictionary: a code and an optional date restriction."""
    parts = inner.strip().split(None, 1)
    if not parts:
        return None
    code, rest = parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")
    if not rest:
        return Span(code)
    if rest.startswith(">"):
        d = _ymd(rest[1:])
        return Span(code, start=d) if d else None
    if rest.startswith("<"):
        d = _ymd(rest[1:])
        return Span(code, until=d) if d else None
    if "-" in rest:
        a, _, b = rest.partition("-")
        da, db = _ymd(a), _ymd(b)
        if da and db and da <= db:
            return Span(code, da, db)
    return None


def read_actor_file(path: Path, label: str) -> Iterator[Block]:
    """Actor blocks of one file, in file order."""
    current: Block | None = None
    section = ""
    for lineno, raw in enumerate(path.read_text("utf-8", errors="replace").splitlines(), 1):
        if raw.startswith("#"):
            title = raw.strip("# ").strip()
            if title and not title.startswith("+") and len(title) < 60:
                section = title
            continue
        line, _, note = raw.partition("#")
        if "<!--" in line or not line.strip():
            continue
        if line[0] in "\t " and "[" in line:
            if current is not None:
                for inner in _BRACKET.findall(line):
                    span = parse_span(inner)
                    if span is not None:
                        current.spans.append(span)
            continue
        if line.startswith("+"):
            if current is not None:
                name = line[1:].partition(";")[0].strip()
                if name:
                    current.names.append(name)
            continue
        name = line.partition("[")[0].strip()
        inline = [s for s in (parse_span(x) for x in _BRACKET.findall(line)) if s]
        if current is not None and not current.spans:
            current.names.append(name)  # names without codes share the codes that follow
            current.spans.extend(inline)
            continue
        if current is not None:
            yield current
        current = Block([name], inline, label, section, lineno, note.strip())
    if current is not None:
        yield current


# -- names -------------------------------------------------------------------------------------

_LOWER_WORDS = {
    "of", "the", "and", "for", "in", "on", "to", "at", "by", "de", "du", "des", "la", "le",
    "al", "el", "bin", "ibn", "van", "von", "der", "den", "da", "dos", "das", "del", "y", "et",
    "ul", "ud", "e", "di",
}  # fmt: skip


def clean_name(raw: str) -> str:
    """A dictionary phrase as plain words: underscores to spaces, brackets and stray marks out."""
    text = raw.replace("_", " ")
    text = re.sub(r"\([^)]*\)", " ", text)
    text = text.replace(",", " ").replace("+", " ").replace('"', " ").replace("\ufffd", "'")
    return " ".join(text.split()).strip(" -.'")


def acronyms(raw: str) -> list[str]:
    return [m for m in re.findall(r"\(([A-Z][A-Z0-9\-]{2,9})\)", raw.replace("_", " "))]


def title_case(name: str, acronyms: frozenset[str] = frozenset()) -> str:
    """ALL-CAPS dictionary words in the case news prints them ("Muhammad al-Baradei"); words
    in ``acronyms`` (names the dictionaries also list on their own: "UN", "PLA") stay capitals."""
    words = []
    for i, w in enumerate(name.split()):
        if w in acronyms:
            words.append(w)
            continue
        parts = re.split(r"([\-'])", w)
        out = []
        for p in parts:
            if p in ("-", "'"):
                out.append(p)
            elif p.lower() in _LOWER_WORDS and (i > 0 or len(parts) > 1):
                out.append(p.lower())
            elif len(p) == 1 and out and out[-1] == "'":
                out.append(p.lower())  # "Cote d'Ivoire"
            else:
                out.append(p[:1].upper() + p[1:].lower())
        words.append("".join(out))
    text = " ".join(words)
    return text[:1].upper() + text[1:] if text[:2].lower() not in ("al", "el") else text


# -- codes -------------------------------------------------------------------------------------

# Phoenix heads that name no state the registry knows under that code.
_HEAD_ALIASES = {"USR": "SUN", "FRY": "YUG"}
_NON_STATE_HEADS = {"IGO", "NGO", "IMG"}
_REGION_HEADS = {
    "AFR", "ASA", "EUR", "EEU", "MEA", "LAM", "SEA", "SAS", "CAS", "WEU", "EAF", "SAF", "NAF",
    "WAF", "CFR", "WST",
}  # fmt: skip
_CODE = re.compile(r"(?:[A-Z]{3}|---)(?:[A-Z]{3})*")


def norm_code(code: str) -> str | None:
    """A Phoenix code in the project's CAMEO convention, or None when its head names nothing."""
    code = code.strip().upper()
    if not _CODE.fullmatch(code):
        return None
    head = _HEAD_ALIASES.get(code[:3], code[:3])
    if head in _NON_STATE_HEADS or head in _REGION_HEADS:
        return head + code[3:]
    if countries.get(head) is None:
        return None
    return countries.cameo_code(countries.get(head).iso3) + code[3:]  # type: ignore[union-attr]


# Phoenix codes the Soviet Union's offices as Russia's (Brezhnev RUSGOV 1964-1982); the project
# codes the Soviet Union SUN, as CAMEO's actor codebook and the gold files do. A span that ended by
# the Soviet Union's end is the Soviet Union's; one that runs past it (Yeltsin's RSFSR presidency
# from July 1991) stays Russia's.
SOVIET_END = "1991-12-25"


def soviet_era(code: str, until: str | None) -> str:
    """``code`` with a Soviet-era Russian span's head read as the Soviet Union's."""
    if code[:3] == "RUS" and until is not None and until <= SOVIET_END:
        return "SUN" + code[3:]
    return code


# Open-ended offices in a dictionary last revised in 2014-15: trusted until the end of 2015,
# then the person counts as the state's elite (ELI), as the project's own people table does.
HORIZON = "2015-12-31"
AFTER = "2016-01-01"


def spans_of(block: Block, *, person: bool) -> list[Span]:
    out: list[Span] = []
    for s in block.spans:
        code = norm_code(s.code)
        if code is None:
            continue
        if code == "---" or code[:3] == "---":
            continue
        out.append(Span(soviet_era(code, s.until), s.start, s.until))
    if person:
        capped = []
        undated = any(s.start is None and s.until is None for s in out)
        countries_seen: list[str] = []
        for s in out:
            if s.until is None and s.start is not None:
                if s.start > HORIZON:
                    capped.append(s)
                    continue
                capped.append(Span(s.code, s.start, HORIZON))
                head = s.code[:3]
                if head not in _NON_STATE_HEADS and head not in countries_seen:
                    countries_seen.append(head)
            else:
                capped.append(s)
        if not undated:
            capped += [Span(h + "ELI", AFTER, None) for h in countries_seen]
        out = capped
    seen: set[tuple[str, str | None, str | None]] = set()
    uniq = []
    for s in out:
        key = (s.code, s.start, s.until)
        if key not in seen:
            seen.add(key)
            uniq.append(s)
    return uniq


def fmt_span(s: Span) -> str:
    if s.start is None and s.until is None:
        return s.code
    return f"{s.code} {s.start or ''}..{s.until or ''}"


# -- classification ----------------------------------------------------------------------------

_INSTITUTION = {
    "army", "forces", "force", "ministry", "ministries", "council", "party", "assembly",
    "parliament", "court", "police", "commission", "agency", "bank", "department", "office",
    "government", "cabinet", "front", "movement", "union", "organization", "organisation",
    "league", "committee", "brigade", "brigades", "guard", "guards", "service", "services",
    "institute", "university", "corps", "navy", "senate", "congress", "chamber", "alliance",
    "association", "federation", "center", "centre", "society", "news", "radio", "television",
    "tv", "post", "herald", "coalition", "bloc", "junta", "regime", "administration",
    "authority", "directorate", "bureau", "fund", "foundation", "group", "tribunal",
    "legislature", "secretariat", "command", "unit", "units", "embassy", "mission", "board",
    "presidency", "forum", "network", "company", "corporation", "times", "daily",
    "gazette", "journal", "broadcasting", "fighters", "rebels", "militia", "militias", "army's",
    "battalion", "regiment", "division", "airlines", "airways", "republic", "kingdom", "state",
    "states", "students", "workers", "unions", "people's", "national",
}  # fmt: skip
_TITLES = {
    "president", "prime", "minister", "foreign", "defense", "defence", "interior", "finance",
    "secretary", "general", "chancellor", "premier", "king", "queen", "emir", "sultan", "prince",
    "crown", "vice", "deputy", "acting", "former", "chief", "leader", "chairman", "ambassador",
    "spokesman", "commander", "gen", "gen.", "lt", "col", "adm", "mr", "mrs", "dr", "sheikh",
    "sheik", "ayatollah", "mullah", "mawlawi", "maulana", "haji", "sir", "lord",
    "president-elect", "minister-president", "senator", "governor", "mayor", "speaker",
}  # fmt: skip
_ADJECTIVES = {"russian", "american", "us", "u.s.", "israeli", "palestinian", "afghan", "iraqi"}
_GROUP_SECTORS = ("REB", "INS", "UAF", "OPP", "SEP", "RAD", "PTY")


def is_country_block(block: Block) -> bool:
    if block.file != "countries":
        return False
    words = {w.lower() for w in clean_name(block.names[0]).split()}
    if words & _INSTITUTION - {"republic", "kingdom", "state", "states", "national"}:
        return False
    return any(len(s.code) == 3 for s in block.spans) and not (words & _TITLES)


def block_kind(block: Block) -> str | None:
    """country | capital | person | igo | group | media, or None to drop the block."""
    codes = [s.code for s in block.spans]
    if not codes or any(c.startswith("MNC") for c in codes):
        return None
    sec = block.section.lower()
    if block.file == "milnonstate":
        return "group"
    words = {w.lower().strip(".") for n in block.names[:1] for w in clean_name(n).split()}
    institution = bool(words & _INSTITUTION)
    if block.file == "international":
        if "multinational" in sec:
            return None
        if "media" in sec:
            return "media"
        dated = any(s.start or s.until for s in block.spans)
        if not institution and (dated or "rulers" in block.note.lower()):
            return "person"
        return "igo"
    if is_country_block(block):
        return "country"
    if institution:
        if any(c[3:6] == "MED" or c.endswith("MED") for c in codes) and "news" in words:
            return "media"
        if any(any(g in c[3:] for g in _GROUP_SECTORS) for c in codes):
            return "group"
        return "capital"
    return "person"


# -- names and filters -------------------------------------------------------------------------


@dataclass
class Row:
    kind: str
    names: list[str]
    spans: list[Span]
    origin: str  # file:line, for the report


def key(name: str) -> str:
    """The registry's own folding of a phrase (its tokens, lower case, hyphens dropped)."""
    return " ".join(phrase_tokens(name).keys)


def common_words(path: Path | None) -> set[str]:
    """Lower-case words of a plain word list (proper names there are capitalised)."""
    if path is None or not path.exists():
        return set()
    out = set()
    for line in path.read_text("utf-8", errors="replace").splitlines():
        w = line.strip()
        if w and w[0].islower() and "'" not in w:
            out.add(w)
    return out


ACRONYMS: set[str] = {"UN", "U.N.", "EU", "E.U.", "US", "U.S.", "UK", "U.K.", "PLA", "AU"}


def display(raw: str, kind: str) -> str:
    name = clean_name(raw)
    if kind in ("igo", "group", "media", "capital") and " " not in name and len(name) <= 6:
        return name  # a name on its own that short is an acronym: "UNHCR", "NATO"
    return title_case(name, frozenset(ACRONYMS) if kind != "person" else frozenset())


def alias_ok(name: str, kind: str) -> bool:
    toks = phrase_tokens(name)
    if not len(toks) or any(ch.isdigit() for ch in name) or len(name) < 3:
        return False
    return not any(len(t) > 25 for t in toks.keys)


class Filter:
    """Why a name would match wrongly in modern news, or None when it is safe."""

    def __init__(
        self,
        words: set[str],
        first_names: set[str],
        common_name_tokens: set[str],
        surnames: set[str],
    ) -> None:
        self.words = words
        self.first_names = first_names
        self.common_tokens = common_name_tokens
        self.surnames = surnames

    def why(self, name: str, kind: str) -> str | None:
        toks = phrase_tokens(name)
        keys = [k for k in toks.keys if k not in ("'", ".", "s")]
        content = [k for k in keys if k not in _LOWER_WORDS]
        if not content:
            return "no content word"
        if kind == "person":
            rest = [k for k in content if k not in _TITLES]
            if not rest:
                return "title only"
            if len(rest) == 1:
                return self._single(rest[0], toks.texts[keys.index(rest[0])], kind)
            if all(k in self.common_tokens for k in rest) and len(rest) <= 2:
                return "common name"
            return None
        if len(content) == 1 and len(keys) <= 2:
            return self._single(content[0], name.split()[-1], kind)
        return None

    def _single(self, k: str, text: str, kind: str) -> str | None:
        acronym = text.isupper() and kind in ("igo", "group", "media", "capital")
        if k in self.words:
            return "English word"
        if k in self.first_names:
            return "first name"
        if kind in ("country", "capital", "demonym") and k in self.surnames:
            return "also a surname"
        if len(k) < 4 and not acronym:
            return "short"
        if len(k) < 3:
            return "short"
        return None


def person_name_stats(
    blocks: list[tuple[Block, str]], project_people: list[str]
) -> tuple[set[str], set[str], set[str]]:
    """First names (first word of two or more persons' full names), common name words and
    surnames (last words of full names)."""
    firsts: Counter[str] = Counter()
    tokens: Counter[str] = Counter()
    lasts: set[str] = set()
    for b, kind in blocks:
        if kind != "person":
            continue
        seen_first: set[str] = set()
        seen_tok: set[str] = set()
        for n in b.names:
            ks = [k for k in phrase_tokens(clean_name(n)).keys if k not in _TITLES]
            if len(ks) >= 2:
                seen_first.add(ks[0])
                lasts.add(ks[-1])
            seen_tok.update(ks)
        firsts.update(seen_first)
        tokens.update(seen_tok)
    for n in project_people:
        ks = phrase_tokens(n).keys
        if len(ks) >= 2:
            firsts[ks[0]] += 2
            lasts.add(ks[-1])
    first_names = {k for k, c in firsts.items() if c >= 2}
    common = {k for k, c in tokens.items() if c >= 12}
    return first_names, common, lasts


_DEMONYM_ENDS = ("ian", "ean", "ese", "ish", "an", "i", "ic", "ch", "ot", "er")


def country_rows(block: Block, flt: Filter, dropped: list[str]) -> list[Row]:
    """A state's other names (country) and adjectives (demonym); its places are dropped."""
    spans = spans_of(block, person=False)
    bare = [s for s in spans if len(s.code) == 3]
    main = next((s for s in bare if s.start is None and s.until is None), None)
    main = main or next((s for s in bare if s.until is None), None) or (bare[-1] if bare else None)
    if main is None:
        return []
    code = [Span(main.code)]
    head = key(clean_name(block.names[0]))[:3]
    by_kind: dict[str, list[str]] = defaultdict(list)
    for raw in block.names:
        name = display(raw, "country")
        k = key(name)
        if not alias_ok(name, "country"):
            continue
        if k.startswith(head):
            kind = (
                "demonym"
                if k.endswith(_DEMONYM_ENDS) and k != key(clean_name(block.names[0]))
                else "country"
            )
        else:
            # Cities, regions, rivers and lakes ("Geneva", "Lake Geneva", "Aare River") are
            # places where things happen, not the state acting: a venue must never become a
            # party ("held talks in Geneva"). The project's own capitals and seats of power
            # cover the cities that do stand for their state.
            dropped.append(f"place, not an actor\t{name}\t{block.file}:{block.line}")
            continue
        if kind == "demonym" and not k.endswith(
            ("an", "ian", "ean", "ese", "ish", "i", "ic", "ch")
        ):
            kind = "country"
        why = flt.why(name, kind)
        if why:
            dropped.append(f"{why}\t{name}\t{block.file}:{block.line}")
            continue
        by_kind[kind].append(name)
    origin = f"{block.file}:{block.line}"
    return [Row(kind, names, code, origin) for kind, names in by_kind.items()]


def other_rows(block: Block, kind: str, flt: Filter, dropped: list[str]) -> list[Row]:
    spans = spans_of(block, person=kind == "person")
    if not spans:
        return []
    names: list[str] = []
    raws = list(block.names)
    if kind in ("group", "igo"):
        raws += [a for r in block.names for a in acronyms(r)]
    for raw in raws:
        name = display(raw, kind)
        if not alias_ok(name, kind) or name in names:
            continue
        why = flt.why(name, kind)
        if why:
            dropped.append(f"{why}\t{name}\t{block.file}:{block.line}")
            continue
        names.append(name)
    if kind == "person":
        # "President Vladimir Putin" when "Vladimir Putin" is there: the registry joins a
        # title and a name itself, so only titled forms of names not listed bare are kept
        bare = {key(n) for n in names}
        names = [n for n in names if untitled(n) == key(n) or untitled(n) not in bare]
    if not names:
        return []
    origin = f"{block.file}:{block.line}"
    if kind == "capital" and all(len(s.code) > 3 and s.code[:3] not in _NOT_STATES for s in spans):
        return [Row(kind, part, spans, origin) for part in bodies(names)]
    return [Row(kind, names, spans, origin)]


_NOT_STATES = frozenset({"IMG", "IGO", "NGO"})  # codes of no state: groups, organisations
# Words any US (or other) body's name may share with another's: no sign of the same body.
_SHARED_WORDS = _LOWER_WORDS | {
    "united", "states", "us", "u.s.", "american", "department", "office", "national", "federal",
    "of", "the", "administration", "agency", "bureau", "committee", "council", "service",
}  # fmt: skip


def bodies(names: list[str]) -> list[list[str]]:
    """One institution block's names split into the bodies they name: the dictionaries list
    several bodies as one actor's names ("Federal Trade Commission", "OPIC", "Exim Bank" under
    one head), and the first name is shown for every match. A name joins the first body whose
    names share an own word with it; an acronym belongs to the name before; any other name
    starts a body of its own. Only a state's bodies are split (a state's place names and a
    group's members stay)."""
    parts: list[list[str]] = []
    own: list[set[str]] = []
    at: int | None = None
    for name in names:
        words = {w for w in key(name).replace("-", " ").split() if w not in _SHARED_WORDS}
        last, at = at, next((i for i, seen in enumerate(own) if words & seen), None)
        if at is None and last is not None and (not words or (" " not in name and name.isupper())):
            at = last
        if at is None:
            parts.append([])
            own.append(set())
            at = len(parts) - 1
        parts[at].append(name)
        own[at] |= words
    return parts


def untitled(name: str) -> str:
    keys = phrase_tokens(name).keys
    k = 0
    while k < len(keys) - 1 and (keys[k] in _TITLES or keys[k] in _ADJECTIVES):
        k += 1
    return " ".join(keys[k:])


def owners(row: Row) -> frozenset[str]:
    return frozenset(s.code[:3] for s in row.spans)


def resolve_conflicts(rows: list[Row], project: dict[str, str], dropped: list[str]) -> list[Row]:
    """Names the project's tables hold, or that two actors of different states share, go."""
    seen: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        for n in r.names:
            seen[key(n)].append(i)
    bad: set[str] = set()
    for k, idx in seen.items():
        if k in project:
            bad.add(k)
            dropped.append(f"in the project's tables ({project[k]})\t{k}\t{rows[idx[0]].origin}")
            continue
        heads = [owners(rows[i]) for i in dict.fromkeys(idx)]
        if any(not (a & b) for a in heads for b in heads):
            bad.add(k)
            dropped.append(f"shared by actors of different states\t{k}\t{rows[idx[0]].origin}")
    out = []
    for r in rows:
        if r.kind == "person" and any(key(n) in project for n in r.names):
            continue  # the project's people table holds this person: all of it wins
        names = [n for n in r.names if key(n) not in bad]
        if names:
            out.append(Row(r.kind, list(dict.fromkeys(names)), r.spans, r.origin))
    return out


# -- agents ------------------------------------------------------------------------------------

_EQUIPMENT = {
    "missile", "missiles", "tank", "tanks", "helicopter", "helicopters", "gunship", "gunships",
    "jet", "jets", "bomber", "bombers", "carrier", "carriers", "artillery", "ship", "ships",
    "warship", "warships", "submarine", "submarines", "aircraft", "barracks", "rocket",
    "rockets", "plane", "planes", "drone", "drones", "vessel", "vessels", "frigate", "frigates",
    "destroyer", "cruiser", "battleship", "battlewagon", "howitzer", "mortar", "mortars",
    "weapon", "weapons", "system", "systems", "craft", "apache", "dragonfly", "building",
    "buildings", "patrols", "patrol",
}  # fmt: skip


def read_agents(path: Path, flt: Filter, dropped: list[str]) -> list[Row]:
    """Agent words with their sector, plurals spelled out as PETRARCH's reader does."""
    subst: dict[str, list[str]] = {}
    by_code: dict[str, list[str]] = defaultdict(list)
    for lineno, raw in enumerate(path.read_text("utf-8", errors="replace").splitlines(), 1):
        line = raw.partition("#")[0].strip()
        if not line:
            continue
        if "!" in line and "=" in line:
            name, _, items = line.partition("=")
            subst[name.strip().strip("!")] = [x.strip() for x in items.split(",") if x.strip()]
            continue
        m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", line)
        if not m:
            continue
        word, plural_cell, code = m.group(1).strip(), m.group(2), m.group(3)
        if not _CODE.fullmatch(code) or code[:3] in ("IGO",):
            continue
        forms = [word]
        if "!" in word:
            pre, _, rest = word.partition("!")
            mark, _, post = rest.partition("!")
            forms = [pre + s + post for s in subst.get(mark, [])]
        for form in forms:
            plurals: list[str] = []
            if plural_cell is None:
                if form.endswith("Y"):
                    plurals = [form[:-1] + "IES"]
                elif form.endswith("S"):
                    plurals = [form + "ES"]
                else:
                    plurals = [form + "S"]
            elif plural_cell.strip("{} "):
                plurals = [plural_cell.strip("{} ")]
            for f in [form, *plurals]:
                text = clean_name(f).lower()
                words = set(text.split())
                if not text or any(ch.isdigit() for ch in text) or words & _EQUIPMENT:
                    dropped.append(f"equipment or number\t{text}\tagents:{lineno}")
                    continue
                if len(text) < 4 or text.endswith((" of", " to", " for", " in", " at")):
                    dropped.append(f"fragment\t{text}\tagents:{lineno}")
                    continue
                if text not in by_code[code]:
                    by_code[code].append(text)
    return [Row("sector", sorted(v), [Span(k)], "agents") for k, v in sorted(by_code.items())]


# -- main --------------------------------------------------------------------------------------


def convert(
    folder: Path, words_path: Path | None, *, agents: bool = False
) -> tuple[list[Row], list[str]]:
    project: dict[str, str] = {}
    project_people: list[str] = []
    for e in project_entries():
        project.setdefault(key(e.phrase), e.kind)
        if e.kind == "person":
            project_people.append(e.phrase)
    blocks: list[tuple[Block, str]] = []
    for fname, label in FILES.items():
        for b in read_actor_file(folder / fname, label):
            kind = block_kind(b)
            if kind is not None:
                blocks.append((b, kind))
            if kind in ("igo", "group", "media", "capital"):
                for n in b.names:
                    c = clean_name(n)
                    if " " not in c and 2 <= len(c.replace(".", "")) <= 6 and c.isupper():
                        ACRONYMS.add(c)
    first_names, common_tokens, surnames = person_name_stats(blocks, project_people)
    flt = Filter(common_words(words_path), first_names, common_tokens, surnames)
    dropped: list[str] = []
    rows: list[Row] = []
    for b, kind in blocks:
        if kind == "country":
            rows += country_rows(b, flt, dropped)
        else:
            rows += other_rows(b, kind, flt, dropped)
    rows = resolve_conflicts(rows, project, dropped)
    if not agents:
        return rows, dropped
    agent_rows = read_agents(folder / AGENTS, flt, dropped)
    sector_phrases = {s.phrase.lower() for s in project_sectors()}
    for r in agent_rows:
        r.names = [n for n in r.names if n not in sector_phrases and key(n) not in project]
    rows += [r for r in agent_rows if r.names]
    return rows, dropped


def write(rows: Iterable[Row], out: Path) -> int:
    order = {
        k: i
        for i, k in enumerate(
            ("country", "demonym", "capital", "igo", "media", "group", "person", "sector")
        )
    }
    lines = [HEADER, "kind\tnames\tcodes\n"]
    n = 0
    for r in sorted(rows, key=lambda r: (order[r.kind], r.spans[0].code, r.names[0])):
        names = "|".join(n.replace("|", " ").replace("\t", " ") for n in r.names)
        lines.append(f"{r.kind}\t{names}\t{'|'.join(fmt_span(s) for s in r.spans)}\n")
        n += 1
    out.write_text("".join(lines), encoding="utf-8")
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder with the Phoenix dictionaries")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "src/realpolitik/actors/data/phoenix.tsv"
    )
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/words"))
    parser.add_argument("--report", type=Path, default=None, help="write the dropped names here")
    parser.add_argument(
        "--agents",
        action="store_true",
        help="also convert the agent words (off: measured, they lowered the wire gold's check "
        "half, 0.400 -> 0.379 country+root F1, by stand-alone sector words becoming parties)",
    )
    args = parser.parse_args(argv)
    for name in [*FILES, *([AGENTS] if args.agents else [])]:
        if not (args.folder / name).exists():
            print(f"convert_phoenix_actors: error: {args.folder / name} not found", file=sys.stderr)
            return 1
    if not args.words.exists():
        print(
            f"convert_phoenix_actors: error: word list {args.words} not found (Debian: apt-get "
            "install wamerican); it tells ordinary English words from names",
            file=sys.stderr,
        )
        return 1
    rows, dropped = convert(args.folder, args.words, agents=args.agents)
    n = write(rows, args.out)
    kinds = Counter(r.kind for r in rows)
    names = sum(len(r.names) for r in rows)
    print(f"{n} rows, {names} names -> {args.out}")
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    reasons = Counter(d.split("\t")[0].split(" (")[0] for d in dropped)
    print("dropped: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    if args.report:
        args.report.write_text("\n".join(sorted(dropped)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
