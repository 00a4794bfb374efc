"""Quotes of someone unnamed stay unnamed: a quote going on after an unnamed speaker, and an
indefinite subject with a relative aside. Sentences written for these tests
(names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str, lang: str = "en") -> list[str | None]:
    return [q.speaker for q in analyze(text, lang=lang, backend="builtin").quotes]


def test_quote_going_on_after_an_unnamed_speaker_stays_unnamed() -> None:
    text = 'Judge Mary Stone spoke first. "It was late," a witness said. "Nobody came."'
    assert speakers(text) == [None, None]


def test_indefinite_subject_with_a_relative_aside_names_nobody() -> None:
    text = (
        "Chief executive Kim Min-soo told analysts that the firm would cope. "
        '"We have been here before," he said.\n\n'
        "The ministry said it was in talks. An official at the ministry, who asked not to be "
        'named, said the government expected "a deal by spring".'
    )
    assert speakers(text)[-1] is None
