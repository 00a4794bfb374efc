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


def test_a_pronoun_cue_after_an_asked_question_is_the_one_answering() -> None:
    text = (
        "Budi Santoso bertanya kepada Siti Aminah soal proyek itu. “Kapan selesai?” tanyanya. "
        "“Bulan depan,” jawab Siti. “Pasti?” tanya Budi lagi. “Pasti,” katanya."
    )
    quotes = analyze(text, lang="id", backend="builtin").quotes
    assert [q.speaker for q in quotes] == [
        "budi-santoso",
        "siti-aminah",
        "budi-santoso",
        "siti-aminah",
    ]


def test_a_pronoun_cue_after_a_question_said_goes_on_with_its_speaker() -> None:
    text = (
        "Siti Aminah menjawab singkat. “Sudah,” jawab Siti. Budi Santoso heran. "
        "“Kenapa harus begitu?” kata Budi. “Itu tidak masuk akal,” katanya."
    )
    quotes = analyze(text, lang="id", backend="builtin").quotes
    assert [q.speaker for q in quotes][-1] == "budi-santoso"


def test_a_name_after_asked_with_a_subject_before_is_the_one_asked() -> None:
    text = "“Are you worried?” a reporter asked the minister, Karen Bass. “Not at all,” she said."
    assert speakers(text) == [None, "karen-bass"]


def test_a_name_after_asked_with_no_subject_before_is_the_asker() -> None:
    text = "Karen Bass spoke first. “Why now?” asked Tom Lee."
    assert speakers(text) == ["tom-lee"]


def test_a_dialogue_of_question_and_answer_alternates_without_cues() -> None:
    text = (
        "The inquest heard from the lifeguard, Owen Pryce.\n\n"
        "“Did you see the flag go up?” asked the coroner, Judith Marr.\n\n"
        "“Yes,” Pryce said. “It was red.”\n\n"
        "“And where were you standing?”\n\n"
        "“By the tower, as always.”"
    )
    assert speakers(text) == [
        "judith-marr",
        "owen-pryce",
        "owen-pryce",
        "judith-marr",
        "owen-pryce",
    ]


def test_a_quote_after_an_answer_that_is_no_question_goes_on_as_the_answer() -> None:
    text = (
        "“Is the bridge safe?” asked councillor Amy Roe.\n\n"
        "“It is,” said engineer Paul Hart.\n\n"
        "“We checked every bolt last month.”"
    )
    assert speakers(text) == ["amy-roe", "paul-hart", "paul-hart"]


def test_indonesian_questions_and_answers_alternate_without_cues() -> None:
    text = (
        "“Saudara ada di lokasi malam itu?” tanya hakim ketua, Made Sudarsa.\n\n"
        "“Tidak, Yang Mulia,” jawab terdakwa, Yoga Pratama.\n\n"
        "“Lalu siapa yang membawa mobil itu?”\n\n"
        "“Teman saya.”"
    )
    quotes = analyze(text, lang="id", backend="builtin").quotes
    assert [q.speaker for q in quotes] == [
        "made-sudarsa",
        "yoga-pratama",
        "made-sudarsa",
        "yoga-pratama",
    ]
