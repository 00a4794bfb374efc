"""Indonesian people whose names hold a city ("Hotman Paris") or a month ("Raja Juli
Antoni"): the text's other mentions say they are people (sentences written for these tests,
names invented but for the month and the city); and a first name opening a sentence alone
after the text opened another with a trade and the full name ("Artis Baim Wong"), and a
faith word that is a given name ("Muslim Jaya Sitorus")."""

from __future__ import annotations

from reader.analysis import analyze
from tests.unit.test_entities import ents


def test_a_word_and_a_city_is_a_person_when_the_word_speaks_alone() -> None:
    found = ents("Sidang itu dihadiri Hotman Paris dan Razman Nasution. Hotman mengatakan itu.")
    assert found == [("Hotman Paris", "PER"), ("Razman Nasution", "PER"), ("Hotman", "PER")]
    found = ents('Tigor Paris mendatangi Polda Metro Jaya. "Ini penipuan," kata Tigor.')
    assert found == [("Tigor Paris", "PER"), ("Polda Metro Jaya", "ORG"), ("Tigor", "PER")]


def test_a_word_and_a_city_named_as_the_source_is_a_person() -> None:
    # "menurut" or a speech verb before it names who speaks: a person, with no other mention
    assert ents("Menurut Hotman Paris, kasus itu harus diusut.") == [("Hotman Paris", "PER")]
    found = ents('"Kasus ini harus diusut," kata Tigor Medan kepada wartawan.')
    assert found == [("Tigor Medan", "PER")]
    # but a body's head word or a listed body keeps it a body
    assert ents("Menurut Polda Bali, kasus itu diusut.") == [("Polda Bali", "ORG")]
    assert ents("Menurut Persib Bandung, laga itu ditunda.") == [("Persib Bandung", "ORG")]


def test_a_word_and_a_city_stays_a_body_without_a_lone_speaker() -> None:
    assert ents("Sidang itu dihadiri Hotman Paris dan warga.") == [("Hotman Paris", "ORG")]
    found = ents("Persib Bandung menang 2-1. Persib mengatakan tidak puas.")
    assert found == [("Persib Bandung", "ORG"), ("Persib", "ORG")]


def test_the_speaker_and_the_full_name_are_one_actor() -> None:
    text = "Menurut Hotman Paris, kasus itu harus diusut. Hotman menambahkan bahwa polisi lamban."
    found = analyze(text, lang="id", backend="builtin")
    assert [sorted({m.text for m in a.mentions}) for a in found.actors] == [
        ["Hotman", "Hotman Paris"]
    ]


def test_a_month_given_inside_a_name_opens_a_sentence_as_that_person() -> None:
    text = (
        "Menteri Kehutanan Raja Juli Antoni meninjau hutan di Riau. Juli berkata izin akan "
        "dicabut. Juli meninjau lokasi lain."
    )
    found = analyze(text, lang="id", backend="builtin", pubdate="2026-11-25")
    assert [(e.text, e.label) for e in found.entities] == [
        ("Raja Juli Antoni", "PER"),
        ("Riau", "LOC"),
        ("Juli", "PER"),
        ("Juli", "PER"),
    ]
    assert len(found.actors) == 2
    assert found.times == []


def test_a_royal_first_word_before_such_a_month_opens_the_name_before_the_full_one() -> None:
    found = ents("Raja Juli menegaskan izin dicabut. Menteri Kehutanan Raja Juli Antoni hadir.")
    assert found == [("Raja Juli", "PER"), ("Raja Juli Antoni", "PER")]


def test_the_month_stays_a_month_before_a_time_word_or_after_a_preposition() -> None:
    text = (
        "Menteri Kehutanan Raja Juli Antoni hadir. Juli lalu, hutan terbakar. "
        "Hujan turun pada Juli."
    )
    found = analyze(text, lang="id", backend="builtin", pubdate="2026-11-25")
    assert [(e.text, e.label) for e in found.entities] == [("Raja Juli Antoni", "PER")]
    assert [t.text for t in found.times] == ["Juli lalu", "Juli"]


def test_a_first_name_after_a_trade_opening_a_sentence_opens_another_alone() -> None:
    found = ents("Artis Baim Santoso menggugat cerai. Baim tidak hadir dalam sidang.")
    assert found == [("Baim Santoso", "PER"), ("Baim", "PER")]


def test_a_faith_word_before_two_names_is_a_given_name_in_indonesian() -> None:
    found = ents("Kuasa hukum Ridwan, Muslim Jaya Sitorus, menyebut tuduhan itu tidak berdasar.")
    assert found == [("Ridwan", "PER"), ("Muslim Jaya Sitorus", "PER")]
    assert ents("Warga Muslim Rohingya mengungsi ke Aceh.") == [
        ("Muslim", "MISC"),
        ("Rohingya", "MISC"),
        ("Aceh", "LOC"),
    ]


def test_a_one_word_speaker_after_a_title_and_before_a_comma_is_the_person_served() -> None:
    found = ents(
        "Penyanyi Ari Wibowo menggelar konser. Ari menyebut tiket habis. Manajer Ari, "
        "Vera Wulandari, mengatakan itu."
    )
    assert found == [
        ("Ari Wibowo", "PER"),
        ("Ari", "PER"),
        ("Ari", "PER"),
        ("Vera Wulandari", "PER"),
    ]


def test_a_common_noun_that_speaks_makes_no_person_of_a_noun_and_a_city() -> None:
    assert ents("Warga mengatakan banjir datang. Warga Bandung panik.") == [("Bandung", "LOC")]
    found = ents("Polisi mengatakan pelaku kabur. Polisi Surabaya menangkap dua orang.")
    assert found == [("Surabaya", "LOC")]


def test_a_month_opening_a_sentence_about_itself_stays_the_month() -> None:
    text = (
        "Menteri Kehutanan Raja Juli Antoni meminta warga waspada. Juli merupakan puncak "
        "musim kemarau. Juli tercatat 120 titik api."
    )
    assert ents(text) == [("Raja Juli Antoni", "PER")]


def test_korea_alone_is_a_place_after_a_title_and_asal() -> None:
    text = "Wasit asal Korea itu memberi dua kartu merah dalam laga semalam."
    found = analyze(text, lang="id", backend="builtin")
    assert [(e.label, e.text) for e in found.entities] == [("LOC", "Korea")]


def test_two_places_given_an_age_are_a_persons_name() -> None:
    found = ents("Seorang pedagang, Malang Sari (45), mengaku rugi.")
    assert found == [("Malang Sari", "PER")]
