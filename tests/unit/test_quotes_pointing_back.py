"""A sentence after a quote that points back at it and names its speaker: "Hal itu
disampaikan X", "Begitu ujar X", "That was what X told …". Sentences written for these tests
(names invented)."""

from __future__ import annotations

from reader.analysis import analyze

_ID_OPENING = (
    "Kapolres Kudus AKBP Ronni Bonic memeriksa tujuh saksi. Bupati Kudus Samsul Hadi "
    "datang siang harinya.\n\n"
)


def speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang=lang, backend="builtin").quotes]


def test_hal_itu_with_a_passive_speech_verb_names_the_speaker() -> None:
    text = _ID_OPENING + (
        '"Kami akan tuntaskan kasus ini." Hal itu disampaikan Ronni kepada wartawan di '
        "Mapolres Kudus, Selasa."
    )
    assert speakers(text, "id") == ["ronni-bonic"]


def test_a_like_thing_said_by_another_is_not_the_quote_s_cue() -> None:
    text = _ID_OPENING + (
        '"Kami akan tuntaskan kasus ini," kata Ronni. "Pelakunya pasti tertangkap." Hal '
        "senada disampaikan Samsul Hadi kepada wartawan di Pendopo Kudus, Selasa."
    )
    assert speakers(text, "id") == ["ronni-bonic", "ronni-bonic"]


def test_begitu_points_back_as_demikian_does() -> None:
    text = _ID_OPENING + '"Kami akan tuntaskan kasus ini." Begitu ujar Ronni di Mapolres.'
    assert speakers(text, "id") == ["ronni-bonic"]


def test_that_was_what_names_the_speaker() -> None:
    text = (
        "Health Secretary Wes Streeting visited the hospital. Mayor Andy Burnham met him "
        "at the door.\n\n"
        '"This ward is a model for the whole country." That was what Streeting told the '
        "nurses gathered in the canteen afterwards."
    )
    assert speakers(text, "en") == ["wes-streeting"]


def test_begitu_kata_in_a_long_sentence_points_back() -> None:
    text = _ID_OPENING + (
        '"Pelakunya pasti tertangkap." Begitu kata Ronni saat dihubungi wartawan pada Kamis malam.'
    )
    assert speakers(text, "id") == ["ronni-bonic"]


def test_a_quote_leading_into_what_its_speaker_did_is_that_person_s() -> None:
    text = (
        "Health Secretary Wes Streeting met nurses on Monday. Labour MP Diane Abbott joined "
        'him.\n\n"Nobody wins from a strike." The health secretary repeated that line twice '
        "during the meeting."
    )
    assert speakers(text, "en") == ["wes-streeting"]


def test_a_person_opening_the_next_paragraph_is_no_speaker() -> None:
    text = (
        "Health Secretary Wes Streeting met nurses on Monday.\n\n"
        '"Nobody wins from a strike."\n\nLabour MP Diane Abbott left early.'
    )
    assert speakers(text, "en") == ["wes-streeting"]


def test_a_person_who_only_acts_after_a_quote_is_not_its_speaker() -> None:
    text = (
        "Finance Minister Rachel Osei presented the budget on Wednesday.\n\n"
        "Opposition leader Martin Kloss said the budget had failed ordinary families. "
        '"It punishes the people who can least afford it." Osei left the chamber before '
        "the vote."
    )
    assert speakers(text, "en") == ["martin-kloss"]


def test_a_person_who_speaks_next_claims_the_quote_before() -> None:
    text = (
        "Pelatih timnas Patrick Kluivert memuji para pemainnya. Ketua PSSI Erick Thohir "
        'menonton dari tribun.\n\n"Kami masih harus memperbaiki penyelesaian akhir." '
        "Kluivert menambahkan bahwa timnas akan berlatih di Bali."
    )
    assert speakers(text, "id") == ["patrick-kluivert"]
