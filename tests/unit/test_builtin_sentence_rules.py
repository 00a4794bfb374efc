"""Sentence ends and tokens of the built-in backend on web text, short forms and degrees."""

from __future__ import annotations

import pytest

from reader.analysis.backends.builtin import BuiltinBackend, tokenize


def sentences(text: str) -> list[str]:
    doc = BuiltinBackend().parse(text, "en")
    return [text[s.start : s.end] for s in doc.sentences]


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The food was great. will be back for sure.",
        "I waited for two hours. nobody came.",
        "Satenya enak banget!! dagingnya empuk.",
    ],
)
def test_a_sentence_may_start_in_small_letters(text: str) -> None:
    assert len(sentences(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The price, incl. tax, went up.",
        "Ia membeli buah, sayur, dll. untuk dijual lagi.",
        "Harga naik... lalu turun lagi.",
        "Yahoo! said the deal was off.",
        "Download version 2.1 from github.io today.",
    ],
)
def test_short_forms_and_ellipses_before_small_letters_end_nothing(text: str) -> None:
    assert len(sentences(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Acara dimulai pkl. 10.00 WIB di aula.",
        "Lihat psl. 5 ayat 2 undang-undang itu.",
        "The vote is on p. 4 of the report.",
        "Over-watering is the no. 1 killer of these plants.",
        "Saya membaca hal. 12 buku itu.",
        "See the revised contract (v2.1) for details.",
    ],
)
def test_a_short_form_or_version_before_a_number_ends_nothing(text: str) -> None:
    assert len(sentences(text)) == 1


def test_a_unit_after_a_number_may_end_the_sentence() -> None:
    assert sentences("Jaraknya 5 km. 3 orang berjalan kaki.") == [
        "Jaraknya 5 km.",
        "3 orang berjalan kaki.",
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The firm is based in Washington, D.C. Neither side commented.", "D.C."),
        ("He lives in the U.S. Both his sons do too.", "U.S."),
        ("Rates were set in Jan. Markets rallied after that.", "Jan."),
        ("Please send it back by Fri. Thanks a lot.", "Fri."),
        ("Indonesia lolos dari Grup B. Beberapa lawannya tersingkir.", "B."),
    ],
)
def test_an_abbreviation_ends_the_sentence_before_a_typical_opener(text: str, first: str) -> None:
    assert sentences(text)[0].endswith(first)
    assert len(sentences(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The case, Trump v. CASA, went to the Supreme Court.",
        "Ia dijerat Pasal 2 jo. Pasal 18 UU Tipikor.",
        "The meeting is on Mon. 5 May at noon.",
        "Rates were cut in Jan. 2024 by the bank.",
    ],
)
def test_case_names_legal_references_and_dates_stay_one_sentence(text: str) -> None:
    assert len(sentences(text)) == 1


@pytest.mark.parametrize(
    ("text", "degree"),
    [
        ("Budi Santoso, M.Si, hadir di sana.", "M.Si"),
        ("Andi Pratama, S.H, menolak.", "S.H"),
        ("dr. Rina Wulandari, Sp.OG, praktik di Bogor.", "Sp.OG"),
        ("dr. Ari Syam, Sp.PD-KGEH, hadir.", "Sp.PD-KGEH"),
        ("dr. Rina, Sp.A(K), hadir.", "Sp.A"),
    ],
)
def test_a_degree_without_its_last_period_is_one_token(text: str, degree: str) -> None:
    assert degree in words(text)
    assert len(sentences(text)) == 1


def test_a_name_with_a_glued_initial_is_no_degree() -> None:
    assert "A.Yani" not in words("Kantornya di Jl. A.Yani, Surabaya.")


@pytest.mark.parametrize(
    "text",
    [
        "Maj. Gen. John Smith led the unit.",
        "Atty. Gen. Merrick Garland spoke.",
        "The Hon. Jane Doe presided.",
        "Ia tinggal di Jl. Melati Gg. Mawar No. 5, Bogor.",
        "Pemeriksaan dilakukan Drg. Sinta di puskesmas.",
        "The firm (est. 1925) makes shoes.",
        "Some fruits, e.g. The Honeycrisp apple, keep well.",
        "It was Smith vs. The State of Ohio.",
    ],
)
def test_ranks_titles_address_parts_and_leading_shorthands_end_nothing(text: str) -> None:
    assert len(sentences(text)) == 1


def test_a_capitalised_clock_time_closes_a_sentence() -> None:
    assert len(sentences("The market opened at 9 A.M. Traders were nervous.")) == 2


def test_a_line_wrapped_inside_a_sentence_does_not_end_it() -> None:
    first = "The company said on Monday that it would\nraise prices, and that it\nexpected losses."
    assert sentences(first + "\nShares fell.") == [first, "Shares fell."]


@pytest.mark.parametrize(
    "text",
    [
        "Harga cabai naik\n\nharga bawang turun",  # a blank line: a new paragraph
        "Storm Ida: what we know so far\nAt least 14 people have died",  # a capital
        "Results of the vote\n- yes: 12\n- no: 3",  # a list
    ],
)
def test_other_line_breaks_still_end_the_sentence(text: str) -> None:
    assert len(sentences(text)) == text.count("\n") - text.count("\n\n") + 1


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ('"No." He shook his head.', '"No."'),
        ("“No.” Dia menggeleng.", "“No.”"),
        ("He said they moved to the U.S.” The crowd cheered.", "He said they moved to the U.S.”"),
    ],
)
def test_an_abbreviation_closing_a_quotation_ends_the_sentence(text: str, first: str) -> None:
    assert sentences(text)[0] == first
    assert len(sentences(text)) == 2


def test_an_abbreviation_inside_a_quotation_closed_by_a_comma_ends_nothing() -> None:
    assert len(sentences("“Ini soal Jl. Merdeka No. 5,” katanya.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Roma climbed to second place in Serie A. Inter then dropped points.",
        "They were drawn in Group B. Italy lost both games.",
        "Persija juara Grup B. Persib kalah.",
    ],
)
def test_the_letter_of_a_lettered_name_is_no_initial(text: str) -> None:
    assert len(sentences(text)) == 2


def test_an_initial_after_a_given_name_still_ends_nothing() -> None:
    assert len(sentences("George W. Bush met Tony Blair.")) == 1
