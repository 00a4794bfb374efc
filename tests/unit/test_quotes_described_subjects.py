"""A speaker described rather than named: "the agency later said" (an adverb after the
head), "her deputy said" (a noun in the possessive introduced in apposition before).
Sentences written for these tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes]


def test_an_adverb_after_a_bodys_description_leaves_the_body_its_head() -> None:
    text = (
        "“We need more time,” said Karen Holt, a spokeswoman for the Environment Agency. "
        "The agency later said in a statement that “all options remain open.”"
    )
    assert speakers(text) == ["karen-holt", "environment-agency"]


def test_a_possessive_noun_names_the_person_introduced_by_it() -> None:
    text = (
        "The minister, Ana Costa, and her deputy, Luis Costa, disagreed. "
        "“We must cut,” Ana Costa said. “We must not,” her deputy said."
    )
    assert speakers(text) == ["ana-costa", "luis-costa"]


def test_a_possessive_noun_is_not_its_owner() -> None:
    text = "Tom Baker was charged on Monday. “He is innocent,” Baker's lawyer said."
    assert speakers(text) == [None]
