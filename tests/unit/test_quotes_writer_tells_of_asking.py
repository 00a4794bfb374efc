"""A writer who tells of asking someone outside quotes ("We put three questions to her.",
"Kami bertanya kepadanya") starts an interview: a question alone in its paragraph is the
writer's, and the quote answering it the interviewee's. Sentences written for these tests
(names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str, lang: str) -> list[str | None]:
    analysis = analyze(text, lang=lang, backend="builtin")
    names = {actor.id: actor.name for actor in analysis.actors}
    return [names.get(q.speaker) if q.speaker else None for q in analysis.quotes]


def test_english_questions_after_we_asked_are_the_writers() -> None:
    text = (
        "Ten years of baking\n\nMarta Quinlan opened her bakery in a garage. We asked what "
        "kept it going.\n\n“How did you find customers?”\n\n“Word of mouth,” Quinlan said. "
        "“Nothing else.”\n\n“Would you open a second shop?”\n\n“Maybe next year, if the rent "
        "falls.”"
    )
    assert speakers(text, "en") == [
        None,
        "Marta Quinlan",
        "Marta Quinlan",
        None,
        "Marta Quinlan",
    ]


def test_indonesian_questions_after_kami_bertanya_are_the_writers() -> None:
    text = (
        "Petani Kopi Muda\n\nDewi Kartika mengelola kebun kopi warisan ayahnya. Kami bertanya "
        "soal masa depannya.\n\n“Apa tantangan terbesar?”\n\n“Harga pupuk,” kata Dewi.\n\n"
        "“Apakah Anda akan bertahan?”\n\n“Tentu saja, ini tanah keluarga.”"
    )
    assert speakers(text, "id") == [None, "Dewi Kartika", None, "Dewi Kartika"]


def test_a_question_alone_without_the_writer_asking_keeps_its_speaker() -> None:
    text = (
        "Marta Quinlan opened her bakery in a garage.\n\n“Why would anyone buy bread from a "
        "garage?” Quinlan said, laughing.\n\n“Who knows?”"
    )
    assert speakers(text, "en")[0] == "Marta Quinlan"


def test_asking_for_comment_early_on_starts_no_interview_paragraphs_later() -> None:
    text = (
        "Harbour fees to double\n\nThe port board voted to double mooring fees from March. "
        "We asked the board for comment but it did not reply.\n\nFishermen say the rise "
        "will ruin them. Tomas Berg, who has fished the bay for thirty years, called a "
        "meeting on Sunday.\n\nHe said the board had never visited the quay.\n\n"
        "“Who do they think pays their wages?” Berg said.\n\n“Where will our boats go?”"
    )
    assert speakers(text, "en") == ["Tomas Berg", "Tomas Berg"]
