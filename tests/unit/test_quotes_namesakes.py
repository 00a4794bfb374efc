"""A speaker named by a bare surname the entities missed ("“…,” King said"): the person of
that surname mentioned last before, a generation after it ("King III") no surname; and a
place after the speech verb ("said at Morehouse College") is no speaker. Sentences written
for these tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes]


def test_an_untagged_surname_with_a_generation_is_the_son() -> None:
    text = (
        "ATLANTA - Marcus Luther King III, the eldest son of the civil rights leader, urged "
        'young voters to register.\n\n"My father did not march so we could stay home," King '
        "said at Morehouse College. His wife, Andrea Waters King, said the family would pay "
        "for buses."
    )
    assert speakers(text) == ["marcus-luther-king-iii"]


def test_a_relative_in_the_possessive_is_the_one_introduced_so() -> None:
    text = (
        "Gerald Hartley, 71, and his son Martin Hartley, 44, appeared before magistrates. "
        'Hartley senior spoke only to confirm his name. His son told the court, "We will '
        'fight this." Later, "We are innocent," his son said.'
    )
    assert speakers(text) == ["martin-hartley", "martin-hartley"]


def test_a_relative_introduced_nowhere_stays_unnamed() -> None:
    text = (
        'Gerald Hartley appeared before magistrates. "I am innocent," Hartley said. '
        '"He would never hurt anyone," his daughter said.'
    )
    assert speakers(text) == ["gerald-hartley", None]
