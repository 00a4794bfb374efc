"""An English year between an article, a determiner or a possessive and a noun is that
noun's year, a DATE ("the council's 2029 plan", "their 2027 budget"), not a count of plans;
it names when the thing is, so it dates no clause's deed ("trimmed its 2026 forecast") but
after "in"/"during" ("won in the 2024 election")."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

PUBDATE = "2025-09-10"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The council's 2029 plan drew angry letters.", "2029"),
        ("The party’s 2024 manifesto promised lower fares.", "2024"),
        ("The unions' 2030 targets were called unrealistic.", "2030"),
        ("Critics attacked their 2027 budget.", "2027"),
    ],
)
def test_a_year_after_a_possessive_is_a_year(text: str, year: str) -> None:
    found = analyze(text, lang="en", backend="builtin", pubdate=PUBDATE)
    assert [(t.text, t.type, t.value) for t in found.times] == [(year, "DATE", year)]
    assert not [n for n in found.numbers if n.text.startswith(year)]


def test_the_year_of_a_thing_dates_no_deed_but_after_in() -> None:
    text = "The insurer trimmed its 2026 profit forecast. Lopez ran in the 2024 election."
    events = analyze(text, lang="en", backend="builtin", pubdate=PUBDATE).events
    times = {e.trigger.text: e.time for e in events if e.trigger}
    assert times == {"trimmed": None, "ran": "2024"}
