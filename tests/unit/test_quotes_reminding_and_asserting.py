"""Verbs of reminding and asserting are verbs of saying: "X reminded the jury that “…”"
frames the quote as X's words. Sentences written for these tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str, lang: str) -> list[str | None]:
    analysis = analyze(text, lang=lang, backend="builtin")
    names = {actor.id: actor.name for actor in analysis.actors}
    return [names.get(q.speaker) if q.speaker else None for q in analysis.quotes]


def test_reminding_someone_frames_a_quote_as_speech() -> None:
    text = (
        "The inquiry resumed on Monday. Its chair, Lady Hope Carrick, reminded witnesses that "
        "“every word given here is under oath.”"
    )
    assert speakers(text, "en") == ["Hope Carrick"]


def test_asserting_frames_a_quote_as_speech() -> None:
    text = "Ravi Menon, the treasurer, asserted that the deficit was “entirely manageable.”"
    assert speakers(text, "en") == ["Ravi Menon"]
