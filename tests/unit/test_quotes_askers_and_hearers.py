"""Who asks and who is asked: the person a question is put to ("kepada Budi", "asked the
governor") never asked it, and is the one who answers it. Sentences written for these tests
(names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang=lang, backend="builtin").quotes]


def test_a_name_after_kepada_is_the_one_asked_not_the_asker() -> None:
    text = (
        "Harga beras naik lagi di Pasar Senen. “Kenapa pemerintah diam saja?” tanya seorang "
        "warga kepada Budi Santoso, pedagang beras di sana. Budi hanya menggeleng."
    )
    assert speakers(text, "id") == [None]


def test_a_name_after_to_is_the_hearer_not_the_speaker() -> None:
    text = "“Why is nobody helping?” a shopper said to Mark Delaney, a trader at the market."
    assert speakers(text, "en") == [None]


def test_the_asker_named_before_kepada_keeps_the_question() -> None:
    text = "“Kapan harga turun?” tanya Rina Hapsari kepada Agus Salim. “Bulan depan,” katanya."
    assert speakers(text, "id") == ["rina-hapsari", "agus-salim"]


def test_a_question_put_to_a_titled_person_before_a_colon_is_the_askers() -> None:
    text = (
        "Wartawan Rina Hapsari bertanya kepada Menteri Agus Salim: “Kapan harga turun?” "
        "“Bulan depan, kami sudah siapkan operasi pasar,” katanya."
    )
    assert speakers(text, "id") == ["rina-hapsari", "agus-salim"]


def test_an_answer_without_a_cue_after_a_question_put_to_someone_is_theirs() -> None:
    text = (
        "Wartawan Rina Hapsari bertanya kepada Menteri Agus Salim: “Kapan harga turun?” "
        "“Bulan depan, kami sudah siapkan operasi pasar.”"
    )
    assert speakers(text, "id") == ["rina-hapsari", "agus-salim"]


def test_the_first_answer_after_asking_in_the_sentence_before_is_the_one_asked() -> None:
    text = (
        "Rina Hapsari bertanya kepada Agus Salim soal harga. “Kapan harga turun?” tanyanya. "
        "“Bulan depan,” ujarnya."
    )
    assert speakers(text, "id") == ["rina-hapsari", "agus-salim"]


def test_asked_with_a_subject_names_the_one_asked_before_a_colon() -> None:
    text = (
        "Reporter Jane Moss asked Governor Paul Reed: “When will prices fall?” "
        "“By spring, we expect,” he said."
    )
    assert speakers(text, "en") == ["jane-moss", "paul-reed"]


def test_a_rhetorical_question_answered_by_its_asker_stays_theirs() -> None:
    text = "“Why did we lose?” Coach Dana Wilde asked. “Because we stopped running.”"
    assert speakers(text, "en") == ["dana-wilde", "dana-wilde"]
