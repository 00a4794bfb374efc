"""A speaker named by role: an Indonesian office as the press abbreviates it ("ujar Menkes")
is the person with that title. Sentences written for these tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang="id", backend="builtin").quotes]


def test_abbreviated_office_names_the_person_with_that_title() -> None:
    text = (
        "Menteri Kesehatan Bagus Santoso meninjau RSUD. Gubernur Jawa Barat Dedi Mulyana "
        'ikut mendampingi.\n\n"Rumah sakit ini harus jadi contoh," ujar Menkes.'
    )
    assert speakers(text) == ["bagus-santoso"]


def test_abbreviated_office_of_nobody_named_names_nobody() -> None:
    text = (
        "Menteri Kesehatan Bagus Santoso meninjau RSUD. Gubernur Jawa Barat Dedi Mulyana "
        'ikut mendampingi.\n\n"Anggarannya sudah cair," ujar Menkeu.'
    )
    assert speakers(text) != ["bagus-santoso"]


def test_sang_before_a_role_noun_names_the_person_just_introduced() -> None:
    text = (
        "Pelatih timnas, Patrick Kluivert, menyebut anak asuhnya kehilangan konsentrasi. "
        "“Kami kebobolan dua gol,” kata sang pelatih."
    )
    assert speakers(text) == ["patrick-kluivert"]


def test_sang_before_a_relative_names_nobody_before() -> None:
    text = "Budi Santoso tewas dalam kecelakaan itu. “Kami sangat sedih,” kata sang istri."
    assert speakers(text) == [None]


def test_a_described_speaker_is_not_the_person_who_holds_another_title() -> None:
    text = (
        "Prime Minister Keir Starmer met Emmanuel Macron in Paris. "
        "“We agree on Ukraine,” the French president said."
    )
    quotes = analyze(text, lang="en", backend="builtin").quotes
    assert [q.speaker for q in quotes] == [None]


def test_a_described_speaker_with_the_title_held_is_that_person() -> None:
    text = "Prime Minister Keir Starmer met Emmanuel Macron in Paris. “We agree,” the premier said."
    quotes = analyze(text, lang="en", backend="builtin").quotes
    assert [q.speaker for q in quotes] == ["keir-starmer"]


def test_a_leader_described_by_country_is_the_head_of_government_named_before() -> None:
    text = (
        "Chancellor Friedrich Merz hosted Polish Prime Minister Donald Tusk in Berlin. "
        "Tusk was more cautious. “Words are easy,” the Polish leader said."
    )
    quotes = analyze(text, lang="en", backend="builtin").quotes
    assert [q.speaker for q in quotes] == ["donald-tusk"]


def test_a_role_with_its_club_in_a_headline_names_that_clubs_coach() -> None:
    text = (
        "“Kami Pantas Menang”, Kata Pelatih Persib Usai Tekuk Bali United\n\n"
        "Pelatih Persib, Bojan Hodak, memuji anak asuhnya. “Kami bermain sabar,” katanya.\n\n"
        "Pelatih Bali United Johnny Jansen mengakui timnya kalah. “Kami harus bangkit,” ujarnya."
    )
    assert speakers(text) == ["bojan-hodak", "bojan-hodak", "johnny-jansen"]
