"""Plain records that flow between readers, extraction, the store and the CLI.

They are frozen dataclasses so that extraction stays a pure function: a document and a registry
in, records out. ``to_dict()`` gives the JSON Lines record contract of ``realpolitik extract``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

Factuality = Literal["asserted", "reported", "possible", "negated"]
DatePrecision = Literal["day", "month", "year", "document"]
Comparator = Literal["=", ">", ">=", "<", "<="]

# CAMEO country codes that differ from ISO 3166 (Kosovo KSV = XKX, East Timor TMP = TLS): the one
# table of them. Actor codes keep CAMEO's spelling; stored country columns hold ISO3 so that
# events, claims and the datasets join (``actors.countries.CAMEO_CODES`` is its inverse).
CAMEO_SPELLINGS: dict[str, str] = {"KSV": "XKX", "TMP": "TLS"}
# Older spellings still found in event files and dictionaries (GDELT and early CAMEO code Romania
# ROM, ISO's code before ROU; the DR Congo as Zaire, ZAR): read, never written.
LEGACY_SPELLINGS: dict[str, str] = {"ROM": "ROU", "ZAR": "COD"}
READ_SPELLINGS: dict[str, str] = {**CAMEO_SPELLINGS, **LEGACY_SPELLINGS}


def iso3_country(code: str | None) -> str | None:
    """A country code in ISO3 spelling (``KSV`` -> ``XKX``, ``ROM`` -> ``ROU``); others
    unchanged."""
    return READ_SPELLINGS.get(code, code) if code else code


def shown_date(date: str | None, precision: str | None) -> str:
    """A date as precise as the text made it: 2024, 2024-06 or 2024-06-19."""
    if not date:
        return ""
    return {"year": date[:4], "month": date[:7]}.get(precision or "", date)


@dataclass(frozen=True)
class Document:
    """One article as read from a file, feed entry or JSON line.

    Only ``doc_id`` and ``text`` are needed: ``source`` (where it was read: a file path, with
    "#id" or "#line" for records inside a file) defaults to ``doc_id``; it is what the store
    keys a document by, so that reading the same file again replaces it. ``date`` (ISO
    YYYY-MM-DD) anchors relative dates ("on Wednesday") and dates leaders' terms; without it
    only dates written in full are resolved. ``language`` is always English ("en") today.
    """

    doc_id: str
    text: str
    source: str = ""
    title: str | None = None
    date: str | None = None
    url: str | None = None
    language: str = "en"

    def __post_init__(self) -> None:
        if not self.source:
            object.__setattr__(self, "source", self.doc_id)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ActorRef:
    """An actor as written in the text and as resolved to a CAMEO actor code."""

    text: str
    code: str  # CAMEO actor code: "RUSGOV", "PRK", "NATO", "---REB", "WST"
    country: str | None = None  # ISO3 where the actor belongs to one state
    name: str | None = None  # canonical name of a person or body

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "code": self.code, "country": self.country}
        if self.name:
            out["name"] = self.name
        return out


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int  # character offsets of the sentence in the document text
    end: int
    trigger: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
        }


@dataclass(frozen=True)
class Event:
    doc_id: str
    sentence_index: int
    source: ActorRef
    target: ActorRef | None
    cameo: str
    plover: str | None
    mode: str | None
    goldstein: float | None
    quad_class: int | None
    factuality: Factuality
    date: str | None
    date_precision: DatePrecision
    evidence: Evidence
    confidence: float

    kind: Literal["event"] = field(default="event", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "event",
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "plover": self.plover,
            "mode": self.mode,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "factuality": self.factuality,
            "date": self.date,
            "date_precision": self.date_precision,
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Claim:
    """A quantitative statement about a relation: a share, an amount, a count."""

    doc_id: str
    sentence_index: int
    subject: ActorRef | None
    object: ActorRef | None
    measure: str  # trade_share, trade_value, arms_share, troops, ..., arms_top_supplier, alliance
    value: float
    unit: str  # fraction, USD, TIV, count, ...
    year: int | None
    factuality: Factuality
    evidence: Evidence
    # what checking needs (``realpolitik check``): "more than 90 percent" is (">", 0.9, 0.05)
    comparator: Comparator = "="
    qualifier: str | None = None  # as written: "more than", "about", "up to", "thousands of"
    precision: float | None = None  # ± in the value's unit at the stated rounding
    period: tuple[int, int] | None = None  # first and last year the claim is about
    exact: bool = True  # False for vague quantities ("several", "thousands of")
    scope: str | None = None  # a product or sector the figure is limited to ("oil")

    kind: Literal["claim"] = field(default="claim", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "claim",
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "subject": self.subject.to_dict() if self.subject else None,
            "object": self.object.to_dict() if self.object else None,
            "measure": self.measure,
            "value": self.value,
            "unit": self.unit,
            "year": self.year,
            "factuality": self.factuality,
            "evidence": self.evidence.to_dict(),
            "comparator": self.comparator,
            "qualifier": self.qualifier,
            "precision": self.precision,
            "period": list(self.period) if self.period else None,
            "exact": self.exact,
            "scope": self.scope,
        }


@dataclass(frozen=True)
class Mention:
    doc_id: str
    sentence_index: int
    text: str
    code: str
    start: int
    end: int

    kind: Literal["actor_mention"] = field(default="actor_mention", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "actor_mention",
            "doc_id": self.doc_id,
            "text": self.text,
            "code": self.code,
            "start": self.start,
            "end": self.end,
            "sentence_index": self.sentence_index,
        }


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in one document."""

    document: Document
    sentences: list[Sentence]
    events: list[Event]
    claims: list[Claim]
    mentions: list[Mention]

    def records(self, mentions: bool = False) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = [e.to_dict() for e in self.events]
        out += [c.to_dict() for c in self.claims]
        if mentions:
            out += [m.to_dict() for m in self.mentions]
        return out
