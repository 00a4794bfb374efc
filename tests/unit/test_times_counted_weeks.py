""" "The week before", "pekan sebelumnya" and the like name the week before or after the week
of the day the story told last, as TimeML values a week ("2026-W32"), and stay one time
phrase in the event timeline: the clause they open is a happening of that week."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

PUBDATE = "2026-10-29"


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "value"),
    [
        (
            "The board approved a buyback on August 12; the week before, two directors resigned.",
            "en",
            "the week before",
            "2026-W32",
        ),
        (
            "Dewi bertemu terdakwa pada 20 Februari 2026; pekan sebelumnya, ia menerima ancaman.",
            "id",
            "pekan sebelumnya",
            "2026-W07",
        ),
        (
            "Talks began on March 3. The following week, both sides met.",
            "en",
            "The following week",
            "2026-W11",
        ),
    ],
)
def test_a_week_counted_from_the_story_day(text: str, lang: str, phrase: str, value: str) -> None:
    times = analyze(text, lang=lang, backend="builtin", pubdate=PUBDATE).times
    (time,) = [t for t in times if t.text == phrase]
    assert time.value == value


def test_a_week_after_the_publication_date_is_not_told_as_past() -> None:
    text = "Talks began on October 27. The following week, both sides will meet."
    times = analyze(text, lang="en", backend="builtin", pubdate=PUBDATE).times
    assert [t.value for t in times if t.text == "The following week"] == [None]


def test_a_clause_opened_by_the_week_before_is_its_own_event() -> None:
    text = "The board approved a buyback on August 12; the week before, two directors resigned."
    events = analyze(text, lang="en", backend="builtin", pubdate=PUBDATE).events
    assert [e.summary for e in events] == [
        "The board approved a buyback on August 12",
        "The week before, two directors resigned",
    ]
    assert events[1].order < events[0].order
