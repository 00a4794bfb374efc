"""A period in what a decision or promise brings with "to" is ahead of the decision, though
the verb is past: "voted to raise fares in January" in March is next January."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "pubdate", "time_text", "value"),
    [
        ("The board voted to raise fares in January.", "2026-03-10", "January", "2027-01"),
        (
            "The city council voted on Tuesday to raise bus fares in January.",
            "2026-03-10",
            "January",
            "2027-01",
        ),
        ("The company agreed to cut 500 jobs in April.", "2026-06-10", "April", "2027-04"),
        # the decision itself, and "to" of a place, stay in the past
        ("The board voted in January to raise fares.", "2026-03-10", "January", "2026-01"),
        ("He returned to Jakarta in March.", "2026-06-10", "March", "2026-03"),
        (
            "Shareholders voted to approve the merger, which was completed in January.",
            "2026-03-10",
            "January",
            "2026-01",
        ),
    ],
)
def test_decided_periods(text: str, pubdate: str, time_text: str, value: str) -> None:
    times = {t.text: t.value for t in analyze(text, lang="en", pubdate=pubdate).times}
    assert times[time_text] == value
