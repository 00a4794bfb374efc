"""A role with a word that makes a lesser office ("the deputy governor") is not the holder
of the office itself ("Central bank governor X") but someone whose title says so, or the
person the text was just about. Sentences written for these tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes]


def test_the_deputy_governor_is_not_the_governor() -> None:
    text = (
        "Central bank governor Anita Rao cut rates on Wednesday. "
        "“Inflation is beaten,” she told reporters.\n\n"
        "Her deputy, Vikram Iyer, was more careful. "
        "“We will watch food prices closely,” the deputy governor said."
    )
    assert speakers(text) == ["anita-rao", "vikram-iyer"]


def test_the_deputy_governor_is_the_one_titled_so() -> None:
    text = (
        "Deputy Governor Vikram Iyer and Governor Anita Rao spoke at the briefing. "
        "“We will watch food prices closely,” the deputy governor said."
    )
    assert speakers(text) == ["vikram-iyer"]
