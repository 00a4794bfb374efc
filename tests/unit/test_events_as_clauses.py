"""An "as" inside a sentence that opens a clause with its own subject and a past verb
("Sales slipped as demand weakened this spring", "The deal collapsed as talks stalled in
March") joins two happenings at one time: each is an event, and the one before takes the
other's day or period. "such as", "served as chairman", "as expected" join nothing."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.model import Event

PUBDATE = "2026-07-30"  # a Thursday


def events(text: str) -> dict[str, Event]:
    found = analyze(text, lang="en", backend="builtin", pubdate=PUBDATE).events
    return {e.trigger.text: e for e in found if e.trigger}


@pytest.mark.parametrize(
    ("text", "first", "second", "time"),
    [
        ("Sales of smartphone chips slipped as demand weakened this spring, the company said.",
         "slipped", "weakened", "2026-SP"),
        ("The deal collapsed as talks stalled in March.", "collapsed", "stalled", "2026-03"),
        ("Prices rose as the storm approached on Friday.", "rose", "approached", "2026-07-24"),
    ],
)  # fmt: skip
def test_an_as_clause_is_a_happening_at_the_same_time(
    text: str, first: str, second: str, time: str
) -> None:
    found = events(text)
    assert found[second].time == found[first].time == time
    assert found[second].summary.split()[0] != "As"


@pytest.mark.parametrize(
    "text",
    [
        "He served as chairman until 2019.",
        "Fruits such as apples rotted in May.",
        "Output fell as expected in May.",
        "Shares rose as much as 5% in May.",
    ],
)
def test_an_as_that_opens_no_clause_leaves_one_event(text: str) -> None:
    assert len(events(text)) == 1
