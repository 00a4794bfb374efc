"""In an interview the writer tells ("Who taught you?\\n\\n“My father,” she says"), "she" or
"he" in an answer is the person answering, not someone named beside them; in an answer the
person tells in the first person ("My father. He said, “…”"), or after "A:", it is someone
else."""

from __future__ import annotations

from reader.analysis import analyze

_INTRO = (
    "Ingrid Solberg on running a ferry company\n\n"
    "Ingrid Solberg has run Nordlys Ferries for ten years. Her father, Olav Berg, founded "
    "it. We asked her about the job.\n\n"
)


def test_she_in_a_told_answer_is_the_person_answering() -> None:
    text = (
        _INTRO + "Who taught you the trade?\n\n"
        '"My father, mostly," she says. "He never trusted a forecast."\n\n'
        "What was hardest?\n\n"
        'She pauses. "The winter of 2019, when we lost a boat," she says.\n'
    )
    speakers = [q.speaker for q in analyze(text, lang="en").quotes]
    assert speakers == ["ingrid-solberg"] * 3


def test_he_in_a_first_person_answer_is_someone_else() -> None:
    text = (
        _INTRO + "Who taught you the trade?\n\n"
        'My mentor. He said, "Never trust the weather forecast." I still believe that.\n\n'
        "What did your brother say?\n\n"
        'A: He said, "Sell the boats." He was wrong.\n'
    )
    speakers = [q.speaker for q in analyze(text, lang="en").quotes]
    assert "ingrid-solberg" not in speakers
