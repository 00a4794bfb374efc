"""A speech verb after "but" or "and" shares the subject of the clause before it: "Arteta told
reporters his side had “…” but warned that “…”" is Arteta both times, not the owner of "his
side". Sentences written for these tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes]


def test_a_speech_verb_after_but_keeps_the_speaker_of_its_sentence() -> None:
    text = (
        'Coach Dana Pell told reporters her side had "earned a rest" but warned that '
        '"the hardest games are still to come."'
    )
    assert speakers(text) == ["dana-pell", "dana-pell"]


def test_a_speech_verb_after_and_keeps_the_named_subject() -> None:
    text = 'Mayor Tom Briggs thanked his staff and added that "the work goes on."'
    assert speakers(text) == ["tom-briggs"]


def test_an_unnamed_subject_before_and_stays_unnamed() -> None:
    text = 'The mayor\'s lawyer praised the ruling and said "justice was done."'
    assert speakers(text) == [None]
