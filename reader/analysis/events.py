"""PLACEHOLDER — replaced by the event annotator (issue 3)."""
from reader.analysis.doc import Doc
from reader.analysis.model import Actor, Entity, Event, Quote, TimeSpan


def find_events(
    doc: Doc, entities: list[Entity], actors: list[Actor], times: list[TimeSpan], quotes: list[Quote]
) -> list[Event]:
    return []
