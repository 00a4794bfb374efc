"""The Analysis data shape: plain dataclasses, immutable by contract, JSON round-trippable.

Every span carries ``start``/``end`` character offsets into the exact text that was analysed,
so ``text[start:end] == span.text`` always holds. Nothing here knows about Textual, TinyDB or
which backend produced the data; the UI, the store and the CLI all speak this shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, TypeVar, dataclass_transform

EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]

#: Bump when any annotator changes its output, so cached analyses are recomputed.
ANALYZER_VERSION = "1.20.0"

_T = TypeVar("_T")


@dataclass_transform(frozen_default=True)
def record(cls: type[_T]) -> type[_T]:
    """A slotted dataclass that is immutable by contract: the type checker (``mypy --strict``
    in ``scripts/check.sh``) rejects any assignment to its fields, as for a frozen dataclass.

    Not frozen at run time, because a frozen dataclass sets each field through
    ``object.__setattr__``: building the few hundred spans of an article that way cost about 6%
    of the whole analysis. Hashable like a frozen dataclass, so spans can key sets and dicts.
    """
    return dataclass(slots=True, unsafe_hash=True)(cls)


@record
class Span:
    """A stretch of the text: the base of every highlight and every piece of evidence."""

    start: int
    end: int
    text: str


@record
class Sentence:
    """One sentence, as ``[start, end)`` in the text."""

    start: int
    end: int


@record
class Entity:
    """A named entity mention; ``actor`` is the id of the actor it refers to, if any."""

    start: int
    end: int
    text: str
    label: EntityLabel
    actor: str | None = None


@record
class NumberSpan:
    """A quantity with what it counts: "175 tawanan perang" → value 175, unit "tawanan perang".

    ``value`` is None for vague quantities ("beberapa hari", "several hours"); scale words are
    folded into it ("Rp 1,2 triliun" → 1.2e12). Percentages and money keep their symbol or
    currency in ``unit`` ("%", "Rp", "US$").
    """

    start: int
    end: int
    text: str
    value: float | int | None
    unit: str | None = None


@record
class TimeSpan:
    """A time expression, after TIMEX3: DATE, TIME, DURATION or SET.

    ``value`` is an ISO date (``YYYY-MM-DD``) when the expression names a day that could be
    resolved; for a year, month, quarter or decade it is an ISO 8601 date of reduced
    precision, as TimeML has them ("2024", "2025-03", "2024-Q3", "199" for the 1990s); else
    None. So a value names a day only when it is ten characters long or more.
    ``anchor`` is the ISO date a day was resolved against (the publication date) when the
    expression is relative ("kemarin", "hari Selasa"), so the UI can show why.
    ``duration`` is an ISO 8601 duration ("P30D", "PT1H") for DURATION expressions.
    """

    start: int
    end: int
    text: str
    type: TimeType = "DATE"
    value: str | None = None
    anchor: str | None = None
    relative: bool = False
    duration: str | None = None


@record
class Quote:
    """A direct quote (span includes its quotation marks) and who said it.

    ``speaker`` is an actor id or None. ``cue`` is the speech-verb span that attributes it
    ("katanya", "said", "menurut"); ``speaker_span`` is the mention that names the speaker
    ("Rubio", "-nya" as part of "tulisnya", "he"), kept as evidence for the UI.
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    cue: Span | None = None
    speaker_span: Span | None = None


@record
class Actor:
    """One real-world entity with all its names and mentions.

    ``name`` is the fullest name without titles ("Donald Trump"); ``roles`` keeps the titles
    that were stripped ("Presiden AS"); ``aliases`` are the other surface forms ("Trump").
    """

    id: str
    name: str
    label: EntityLabel
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


@record
class Event:
    """A reported happening: a predicate with its participants, placed on the timeline.

    ``start``/``end`` cover the clause (or sentence) that reports it; ``trigger`` is the
    predicate itself. ``time`` is the ISO date when known, else the month or year the text
    gives ("2025-03", "2024": ISO 8601 of reduced precision), else None; ``time_text`` the
    phrase that dated it. ``order`` is the event's place on the timeline (0 first): resolved
    time first, then narrative cues ("kemudian", "sebelumnya"), then text order.
    """

    id: str
    start: int
    end: int
    summary: str
    actors: list[str] = field(default_factory=list)
    time: str | None = None
    time_text: str | None = None
    order: int = 0
    trigger: Span | None = None


@dataclass(slots=True)
class Analysis:
    """Everything newsreader found in one text."""

    lang: str
    backend: str
    analyzer_version: str = ANALYZER_VERSION
    pubdate: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    numbers: list[NumberSpan] = field(default_factory=list)
    times: list[TimeSpan] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: Human-readable remarks about how the analysis was made (e.g. "no Stanza models for id").
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form printed by ``newsreader analyze``."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Rebuild an Analysis from :meth:`to_dict` output (e.g. a cached copy)."""
        return cls(
            lang=data["lang"],
            backend=data["backend"],
            analyzer_version=data.get("analyzer_version", ""),
            pubdate=data.get("pubdate"),
            sentences=[_build(Sentence, d) for d in data.get("sentences", [])],
            entities=[_build(Entity, d) for d in data.get("entities", [])],
            numbers=[_build(NumberSpan, d) for d in data.get("numbers", [])],
            times=[_build(TimeSpan, d) for d in data.get("times", [])],
            quotes=[
                _build(
                    Quote,
                    d,
                    cue=_span_or_none(d.get("cue")),
                    speaker_span=_span_or_none(d.get("speaker_span")),
                )
                for d in data.get("quotes", [])
            ],
            actors=[
                _build(Actor, d, mentions=[_build(Span, m) for m in d.get("mentions", [])])
                for d in data.get("actors", [])
            ],
            events=[
                _build(Event, d, trigger=_span_or_none(d.get("trigger")))
                for d in data.get("events", [])
            ],
            notes=list(data.get("notes", [])),
        )

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        if actor_id is None:
            return None
        return next((a for a in self.actors if a.id == actor_id), None)

    def event(self, event_id: str | None) -> Event | None:
        """The event with this id, or None."""
        if event_id is None:
            return None
        return next((e for e in self.events if e.id == event_id), None)


def _build(cls: type[_T], data: dict[str, Any], **overrides: Any) -> _T:
    """Construct ``cls`` from the keys of ``data`` it knows, ignoring unknown ones."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    kwargs = {k: v for k, v in data.items() if k in names}
    kwargs.update(overrides)
    return cls(**kwargs)


def _span_or_none(data: dict[str, Any] | None) -> Span | None:
    return None if data is None else _build(Span, data)
