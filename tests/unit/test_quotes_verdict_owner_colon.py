"""A clause before a colon about someone's words ("The minister's message was clear:",
"The message from the minister was blunt:", "Lindqvist's answer was short:") gives the quote
to that person; another noun in the possessive only describes the subject ("The minister's
lawyer was blunt:"). Sentences written for these tests (names invented)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

TEXT = (
    "Health Minister Karin Lindqvist said the ban would go ahead. "
    "{clause} “Every month we wait, more children get hooked.”"
)


@pytest.mark.parametrize(
    "clause",
    [
        "The minister's message was clear:",
        "The message from the minister was clear:",
        "Lindqvist's answer was short:",
    ],
)
def test_the_owner_of_the_words_before_a_colon_speaks(clause: str) -> None:
    quotes = analyze(TEXT.format(clause=clause), lang="en", backend="builtin").quotes
    assert [q.speaker for q in quotes] == ["karin-lindqvist"]


def test_the_owner_of_someone_else_before_a_colon_does_not_speak() -> None:
    text = TEXT.format(clause="The minister's lawyer was blunt:")
    assert [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes] == [None]


@pytest.mark.parametrize("clause", ["Her advice to residents was simple:", "Her reply was short:"])
def test_her_advice_or_reply_before_a_colon_is_hers(clause: str) -> None:
    text = (
        "Sheriff Tom Baker said two men had been arrested. Health officer Maria Lopez said "
        f"shelters would stay open. {clause} “Do not go home until the roads are cleared.”"
    )
    quotes = analyze(text, lang="en", backend="builtin").quotes
    assert [q.speaker for q in quotes] == ["maria-lopez"]
