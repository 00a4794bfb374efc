"""``analyze()``: text → linguistic layer → annotators → :class:`Analysis`.

The order matters and is the only place it is written down: entities come first because
actors are built from them, quotes need actors for their speakers, and events need all of it.
"""

from __future__ import annotations

from datetime import date

from reader.analysis import models
from reader.analysis.actors import build_actors
from reader.analysis.backends import choose_backend
from reader.analysis.entities import find_entities
from reader.analysis.events import find_events
from reader.analysis.language import detect_language
from reader.analysis.model import Analysis, Sentence
from reader.analysis.numbers import find_numbers
from reader.analysis.quotes import find_quotes
from reader.analysis.times import find_times


def analyze(
    text: str,
    *,
    lang: str | None = None,
    backend: str = "auto",
    pubdate: date | str | None = None,
) -> Analysis:
    """Analyse ``text`` and return plain data whose spans index into ``text`` itself.

    ``backend`` is "auto" (Stanza when its models for the language are installed, else the
    built-in one), "stanza" or "builtin". ``pubdate`` anchors relative times ("kemarin").
    Never downloads anything; missing models fall back to the built-in backend with a note.
    """
    day = date.fromisoformat(pubdate) if isinstance(pubdate, str) else pubdate
    language = lang
    if not language:
        # Any language with installed Stanza models may be the answer, unless Stanza is ruled
        # out (the model folder is listed only when the language is not given).
        installed = models.installed_languages() if backend != "builtin" else frozenset()
        language = detect_language(text, also=installed)
    parser, remarks = choose_backend(backend, language)
    doc = parser.parse(text, language)
    entities = find_entities(doc)
    actors, entities = build_actors(doc, entities)
    numbers = find_numbers(doc)
    times = find_times(doc, day, entities)
    quotes = find_quotes(doc, entities, actors)
    events = find_events(doc, entities, actors, times, quotes, day.isoformat() if day else None)
    return Analysis(
        lang=language,
        backend=doc.backend,
        pubdate=day.isoformat() if day else None,
        sentences=[Sentence(s.start, s.end) for s in doc.sentences],
        entities=entities,
        numbers=numbers,
        times=times,
        quotes=quotes,
        actors=actors,
        events=events,
        notes=remarks,
    )
