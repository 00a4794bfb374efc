"""A relative by a possessive ("his wife said") with no one introduced so is the one other
person of the text sharing the owner's surname, when the text gives that person the
relative's gender; a namesake of unknown or other gender stays no speaker. Sentences
written for these tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze

_WIFE = "“We need rest,” his wife said."


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes]


def test_his_wife_is_the_namesake_of_her_gender() -> None:
    text = "John Carter and Mary Carter run a farm in Kent. “It was hard,” John Carter said. "
    assert _speakers(text + _WIFE) == ["john-carter", "mary-carter"]


def test_his_wife_is_no_namesake_of_the_other_gender() -> None:
    text = "John Carter and Peter Carter run a farm in Kent. “It was hard,” John Carter said. "
    assert _speakers(text + _WIFE) == ["john-carter", None]
