"""Speakers taking turns: a cue-less quote after a sentence that opens with another person
is that person's turn, not the previous speaker's words going on. Sentences written for
these tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes]


def test_a_quote_after_another_persons_sentence_is_their_turn() -> None:
    text = (
        "Novelist Hana Kobayashi moved to Lisbon last year. Her editor, Mark Delaney, said "
        "the book took three years. “She rewrote the ending four times,” Delaney recalled. "
        "Kobayashi laughed when told this. “Five, actually.”"
    )
    assert speakers(text) == ["mark-delaney", "hana-kobayashi"]


def test_a_quote_after_the_same_speakers_sentence_goes_on() -> None:
    text = (
        "Coach Dana Wilde was unhappy. “We gave away three goals,” Wilde said. "
        "Wilde shook her head. “That is not good enough.”"
    )
    assert speakers(text) == ["dana-wilde", "dana-wilde"]
