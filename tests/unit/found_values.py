"""What the built-in backend finds in one text, as plain values, for the number and time
tests that compare it with what a reader expects."""

from __future__ import annotations

from datetime import date

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.numbers import find_numbers
from reader.analysis.times import find_times

#: The publication day the time tests resolve against.
WEDNESDAY = date(2025, 3, 19)


def time_value(text: str, lang: str, span: str, pubdate: date = WEDNESDAY) -> str | None:
    """The value of the time written ``span`` in ``text`` (which must be found)."""
    found = [t for t in find_times(BuiltinBackend().parse(text, lang), pubdate) if t.text == span]
    assert found, f"{span!r} not found in {text!r}"
    return found[0].value


def numbers_by_text(text: str, lang: str) -> dict[str, tuple[object, object]]:
    """Each number span's text with its value and unit."""
    return {n.text: (n.value, n.unit) for n in find_numbers(BuiltinBackend().parse(text, lang))}
