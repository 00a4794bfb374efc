"""A month without its year in an English clause in the past is the last such month: the
past may be irregular ("bought", "sold", "taken") as well as in -ed; a form that is also the
verb's present or a noun ("a rate cut in March") tells no past."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

PUBDATE = "2025-11-20"  # March is eight months back, and four ahead


def month_value(sentence: str) -> str | None:
    (time,) = analyze(sentence, lang="en", backend="builtin", pubdate=PUBDATE).times
    return time.value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The firm bought the licence in March.", "2025-03"),
        ("The plant was sold to a rival in March.", "2025-03"),
        ("The army has taken the town in March.", "2025-03"),
        ("Lee won the seat in March.", "2025-03"),
        ("The ratified deal took effect in March.", "2025-03"),
        # no past: the nearest March
        ("Markets expect a rate cut in March.", "2026-03"),
        ("The shares will be sold in March.", "2026-03"),
    ],
)
def test_a_month_in_a_past_clause_is_the_last_one(sentence: str, value: str) -> None:
    assert month_value(sentence) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the speech verb right before the month tells when it was said
        ("She said in March that the plant would close.", "2025-03"),
        # what it reports has a tense of its own: the nearest March
        ("The minister said the law takes effect in March.", "2026-03"),
        ("Officials told reporters the rules start in March.", "2026-03"),
        # a past verb nearer the month still decides
        ("The minister said the law was passed in March.", "2025-03"),
    ],
)
def test_a_speech_verb_dates_the_saying_not_what_it_reports(sentence: str, value: str) -> None:
    assert month_value(sentence) == value


@pytest.mark.parametrize(
    ("sentence", "pubdate", "value"),
    [
        # a period opening its sentence takes the tense of the clause after it
        ("In Q2 profit fell 5%.", "2026-02-10", "2025-Q2"),
        ("In the second quarter, revenue dropped.", "2026-02-10", "2025-Q2"),
        ("In March, the plant was sold to a rival.", "2025-11-20", "2025-03"),
        ("In March the plant will be sold.", "2025-11-20", "2026-03"),
        # no verb that tells: the nearest
        ("In March the plant opens.", "2025-11-20", "2026-03"),
    ],
)
def test_a_period_opening_its_sentence_takes_the_clause_after(
    sentence: str, pubdate: str, value: str
) -> None:
    (time,) = analyze(sentence, lang="en", backend="builtin", pubdate=pubdate).times
    assert time.value == value
