""" "Today" inside a quotation is the speaker's today: the publication day when the text does
not say when the words were said, the day of the saying when it dates it right by the
quotation ("kata Asep kemarin", "said on Sunday:")."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

PUBDATE = "2026-01-20"  # a Tuesday


def values(text: str, lang: str) -> dict[str, str | None]:
    times = analyze(text, lang=lang, backend="builtin", pubdate=PUBDATE).times
    return {t.text: t.value for t in times}


@pytest.mark.parametrize(
    ("text", "lang", "quoted", "value"),
    [
        (
            'Asep Mulyana mengatakan kemarin, "Hari ini air sudah mulai surut."',
            "id",
            "Hari ini",
            "2026-01-19",
        ),
        (
            '"Hari ini air sudah mulai surut," kata Asep Mulyana kemarin.',
            "id",
            "Hari ini",
            "2026-01-19",
        ),
        (
            'Mayor Jenna Holt said on Sunday: "Today was the worst day I have seen."',
            "en",
            "Today",
            "2026-01-18",
        ),
        (
            '"We will reopen the road tomorrow," the mayor said yesterday.',
            "en",
            "tomorrow",
            "2026-01-20",
        ),
    ],
)
def test_a_quoted_day_is_told_from_the_day_of_the_saying(
    text: str, lang: str, quoted: str, value: str
) -> None:
    assert values(text, lang)[quoted] == value


def test_an_undated_saying_keeps_the_publication_day() -> None:
    text = '"Today was the worst day I have seen," Mayor Jenna Holt said.'
    assert values(text, "en")["Today"] == PUBDATE


def test_a_day_outside_the_quotation_is_not_moved() -> None:
    text = "The mayor said yesterday that the road would reopen today."
    assert values(text, "en")["today"] == PUBDATE


def test_a_day_of_the_sentence_before_does_not_date_the_saying() -> None:
    text = 'The squad has a day off on Monday. "We will enjoy today," the coach added.'
    assert values(text, "en")["today"] == PUBDATE


def test_a_day_ahead_is_no_day_of_a_saying() -> None:
    text = 'The minister will speak on Friday: "Today we start."'
    assert values(text, "en")["Today"] == PUBDATE
