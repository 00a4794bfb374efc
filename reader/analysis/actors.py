"""PLACEHOLDER — replaced by the actor builder (issue 3)."""
from reader.analysis.doc import Doc
from reader.analysis.model import Actor, Entity


def build_actors(doc: Doc, entities: list[Entity]) -> tuple[list[Actor], list[Entity]]:
    return [], entities
