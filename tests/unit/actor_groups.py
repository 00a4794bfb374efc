"""Actors built from mentions given by hand, for tests that check the grouping alone."""

from __future__ import annotations

from reader.analysis.actors import build_actors
from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.model import Actor, Entity, EntityLabel


def mention_groups(
    text: str, mentions: list[tuple[str, EntityLabel]], lang: str
) -> dict[str, list[str]]:
    """Each actor's name with the texts of its mentions, built from ``mentions`` (each
    found after the one before)."""
    entities, pos = [], 0
    for surface, label in mentions:
        start = text.index(surface, pos)
        entities.append(Entity(start, start + len(surface), surface, label))
        pos = start + len(surface)
    actors: list[Actor] = build_actors(BuiltinBackend().parse(text, lang), entities)[0]
    return {a.name: [m.text for m in a.mentions] for a in actors}
