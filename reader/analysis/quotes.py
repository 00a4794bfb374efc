"""PLACEHOLDER — replaced by the quote annotator (issue 3)."""
from reader.analysis.doc import Doc
from reader.analysis.model import Actor, Entity, Quote


def find_quotes(doc: Doc, entities: list[Entity], actors: list[Actor]) -> list[Quote]:
    return []
