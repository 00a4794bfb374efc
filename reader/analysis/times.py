"""PLACEHOLDER — replaced by the time annotator (issue 3)."""
from datetime import date

from reader.analysis.doc import Doc
from reader.analysis.model import TimeSpan


def find_times(doc: Doc, pubdate: date | None) -> list[TimeSpan]:
    return []
