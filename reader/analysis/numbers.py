"""PLACEHOLDER — replaced by the number annotator (issue 3)."""
from reader.analysis.doc import Doc
from reader.analysis.model import NumberSpan


def find_numbers(doc: Doc) -> list[NumberSpan]:
    return []
