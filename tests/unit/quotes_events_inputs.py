"""Hand-built annotator inputs for the quote and event tests.

The quote and event annotators take entities, actors and times from other annotators; these
helpers build those inputs directly from a test text by finding substrings, so the tests judge
quotes and events alone, whatever the other annotators currently do.
"""

from __future__ import annotations

import re
from typing import Any

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.doc import Doc, SentenceTokens, Token
from reader.analysis.model import Actor, Entity, EntityLabel, Span, TimeSpan

#: English names shared by the quote and event tests: surface forms per actor.
EN_NAMES = {
    "Maria Lopez": ("PER", ["Maria Lopez", "Lopez"]),
    "Tom Baker": ("PER", ["Tom Baker", "Baker"]),
    "Acme Corp": ("ORG", ["Acme Corp", "Acme"]),
}


def parse(text: str, lang: str) -> Doc:
    """The built-in backend's Doc for ``text``."""
    return BuiltinBackend().parse(text, lang)


def people(
    text: str, names: dict[str, tuple[EntityLabel, list[str]]]
) -> tuple[list[Entity], list[Actor]]:
    """Entities and actors from ``{actor name: (label, [surface forms])}``.

    Every whole-word occurrence of a surface form becomes an entity of that actor (longest forms
    first, so "Donald Trump" is not also matched as "Trump"). Actor ids are the names.
    """
    taken: list[tuple[int, int]] = []
    entities: list[Entity] = []
    forms = sorted(
        ((form, name, label) for name, (label, fs) in names.items() for form in fs),
        key=lambda item: -len(item[0]),
    )
    for form, name, label in forms:
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            entities.append(Entity(m.start(), m.end(), m.group(), label, name))
    entities.sort(key=lambda e: e.start)
    actors = [
        Actor(
            id=name,
            name=name,
            label=label,
            mentions=[Span(e.start, e.end, e.text) for e in entities if e.actor == name],
        )
        for name, (label, _forms) in names.items()
    ]
    return entities, actors


def dates(text: str, phrases: dict[str, str], anchor: str | None = None) -> list[TimeSpan]:
    """DATE time spans for every occurrence of each ``{phrase: ISO date}``, resolved against
    ``anchor`` (the publication date) when given."""
    spans = [
        TimeSpan(m.start(), m.end(), m.group(), "DATE", value, anchor)
        for phrase, value in phrases.items()
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)
    ]
    return sorted(spans, key=lambda t: t.start)


def gold_inputs(
    gold: dict[str, Any], text: str
) -> tuple[list[Entity], list[Actor], list[TimeSpan]]:
    """Entities (with actor ids), actors and times taken from a gold fixture.

    Dates and times are anchored to the fixture's publication date, as the time annotator
    anchors what it resolves.

    Actor ids are the actor names; an entity belongs to the actor whose mention list holds its
    surface form (first such actor).
    """
    owner: dict[str, str] = {}
    for actor in gold["actors"]:
        for mention in [actor["name"], *actor["mentions"]]:
            owner.setdefault(mention, actor["name"])
    entities = [
        Entity(e["start"], e["end"], text[e["start"] : e["end"]], e["label"], owner.get(e["text"]))
        for e in gold["entities"]
    ]
    actors = [
        Actor(
            id=a["name"],
            name=a["name"],
            label=a["label"],
            mentions=[Span(e.start, e.end, e.text) for e in entities if e.actor == a["name"]],
        )
        for a in gold["actors"]
    ]
    times = [
        TimeSpan(
            t["start"],
            t["end"],
            text[t["start"] : t["end"]],
            t["type"],
            t.get("value"),
            gold.get("pubdate") if t["type"] in ("DATE", "TIME") else None,
        )
        for t in gold["times"]
    ]
    return entities, actors, times


def parsed(text: str, lang: str, rows: list[tuple[str, str, int, str]]) -> Doc:
    """A one-sentence Doc with a dependency parse, from ``(word, upos, head, deprel)`` rows.

    Words are located in ``text`` left to right; ``head`` is a 0-based index into the rows
    (-1 for the root), as in :class:`reader.analysis.doc.Token`.
    """
    tokens: list[Token] = []
    at = 0
    for word, upos, head, deprel in rows:
        start = text.index(word, at)
        at = start + len(word)
        tokens.append(Token(start, at, word, None, upos, head, deprel))
    sentence = SentenceTokens(tokens[0].start, tokens[-1].end, tokens)
    return Doc(text=text, lang=lang, backend="test", sentences=[sentence], has_parse=True)
