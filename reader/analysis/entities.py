"""PLACEHOLDER — replaced by the entity annotator (issue 3)."""
from reader.analysis.doc import Doc
from reader.analysis.model import Entity


def find_entities(doc: Doc) -> list[Entity]:
    return []
