"""The built-in tokenizer and sentence splitter."""

from __future__ import annotations

from itertools import accumulate
from typing import cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.backends.builtin import (
    _UNEVEN,
    BuiltinBackend,
    _line_tokens,
    _piece_tokens,
    _tokenize_piece,
    tokenize,
)


def sentences(text: str) -> list[str]:
    doc = BuiltinBackend().parse(text, "id")
    return [text[s.start : s.end] for s in doc.sentences]


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_offsets_index_the_text() -> None:
    text = "  Menteri  Sri Mulyani\ttiba di Bali.\n\nIa disambut gubernur.  "
    doc = BuiltinBackend().parse(text, "id")
    for sent in doc.sentences:
        assert sent.tokens
        assert sent.start == sent.tokens[0].start and sent.end == sent.tokens[-1].end
        for tok in sent.tokens:
            assert text[tok.start : tok.end] == tok.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harga naik 1,5 persen menjadi Rp 2.000 per liter.", ["1,5", "2.000"]),
        ("Inflation was 3.2% in May.", ["3.2", "%"]),
        ("Skor akhir 2-1 pada pukul 19:30.", ["19:30"]),
    ],
)
def test_numbers_keep_their_separators(text: str, expected: list[str]) -> None:
    toks = words(text)
    for item in expected:
        assert item in toks


def test_hyphenated_words_and_apostrophes_stay_whole() -> None:
    toks = words("Perserikatan Bangsa-Bangsa dan O'Brien don’t stop al-Assad.")
    assert {"Bangsa-Bangsa", "O'Brien", "don’t", "al-Assad"} <= set(toks)


def test_short_words_and_quotes_are_tokens_of_their_own_unless_more_follows() -> None:
    # A word of one or two letters is a token of its own only when nothing that another
    # branch of the tokenizer would take follows it: a period, hyphen, apostrophe, "$", digit.
    toks = words("“Di (a) I'll S$ 5, e-KTP di U.S. ab1 [x]: ok; ya”")
    assert toks == [
        "“", "Di", "(", "a", ")", "I'll", "S$", "5", ",", "e-KTP", "di", "U.S.", "ab1",
        "[", "x", "]", ":", "ok", ";", "ya", "”",
    ]  # fmt: skip


def test_urls_and_emails_are_single_tokens() -> None:
    toks = words("Baca https://contoh.co.id/berita/1.html atau tulis ke redaksi@contoh.id.")
    assert "https://contoh.co.id/berita/1.html" in toks
    assert "redaksi@contoh.id" in toks
    assert toks[-1] == "."


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "Dr. Siti tinggal di Jl. Merdeka No. 7. George W. Bush visited the U.S. Senate today."
    assert sentences(text) == [
        "Dr. Siti tinggal di Jl. Merdeka No. 7.",
        "George W. Bush visited the U.S. Senate today.",
    ]


def test_a_period_opening_the_text_does_not_look_at_the_last_word() -> None:
    """The word before a "." decides whether it ends the sentence; before the first token
    there is none, and the text's last word ("Rp") must not stand in for it."""
    assert sentences(". 5 orang tewas di sana. Mereka membayar Rp")[1:] == [
        "5 orang tewas di sana.",
        "Mereka membayar Rp",
    ]


def test_lowercase_word_after_a_period_continues_the_sentence() -> None:
    assert len(sentences("Ia membeli buah, sayur, dll. untuk dijual lagi.")) == 1


def test_quote_closing_after_the_period_belongs_to_the_sentence() -> None:
    assert sentences("“Kami sudah siap.” Ia lalu pergi.") == [
        "“Kami sudah siap.”",
        "Ia lalu pergi.",
    ]


def test_quote_ending_in_a_comma_keeps_its_inner_sentences_together() -> None:
    text = "“Kami siap. Semua sudah diatur,” kata Budi. Rapat dimulai."
    assert sentences(text) == ["“Kami siap. Semua sudah diatur,” kata Budi.", "Rapat dimulai."]


def test_quote_ending_in_a_full_stop_splits_inside() -> None:
    text = "He said: “We are ready. We waited long enough.” Then he left."
    assert sentences(text) == [
        "He said: “We are ready.",
        "We waited long enough.”",
        "Then he left.",
    ]


def test_question_inside_quote_followed_by_speech_verb() -> None:
    assert sentences("“Kapan selesai?” tanya wartawan. Tidak ada jawaban.") == [
        "“Kapan selesai?” tanya wartawan.",
        "Tidak ada jawaban.",
    ]


def test_line_breaks_end_sentences() -> None:
    assert sentences("Banjir Melanda Kota\nRibuan warga mengungsi.") == [
        "Banjir Melanda Kota",
        "Ribuan warga mengungsi.",
    ]


def test_ellipsis_and_dashes() -> None:
    toks = words("Tunggu… lalu — tiba-tiba... selesai -- habis.")
    assert "…" in toks and "—" in toks and "..." in toks and "--" in toks


def test_unbalanced_quote_does_not_swallow_the_text() -> None:
    assert len(sentences("“Kami siap. Ia pergi. Semua pulang.")) == 3


def test_cheap_tags() -> None:
    tags = {t.text: t.upos for t in tokenize("Ada 12 orang, 40% pria.")}
    assert tags["12"] == "NUM" and tags[","] == "PUNCT" and tags["%"] == "SYM"
    assert tags["Ada"] is None


def test_long_line_without_spaces() -> None:
    text = "x" * 200_000 + "." + "y" * 1000
    doc = BuiltinBackend().parse(text, "en")
    assert sum(len(s.tokens) for s in doc.sentences) == 3


def test_currency_symbols_are_their_own_tokens() -> None:
    assert words("Harga Rp50.000 atau US$3,5 per kg.")[1:6] == [
        "Rp",
        "50.000",
        "atau",
        "US$",
        "3,5",
    ]


def test_dotted_abbreviation_at_the_end_of_a_sentence() -> None:
    assert sentences("Sanctions hit the U.S. The move surprised Dr. Rao.") == [
        "Sanctions hit the U.S.",
        "The move surprised Dr. Rao.",
    ]


def test_capital_letter_after_a_lowercase_word_ends_the_sentence() -> None:
    assert sentences("Mereka meraih pendanaan seri B. CEO-nya senang. George W. Bush tiba.") == [
        "Mereka meraih pendanaan seri B.",
        "CEO-nya senang.",
        "George W. Bush tiba.",
    ]


def test_offsets_stay_right_past_underscores_links_and_currency() -> None:
    text = "__init__ lalu _x, tulis ke a_b@contoh.id atau www.contoh.id; harga Rp5.000 (S$ 3)."
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    kinds = {t.text: t.upos for t in toks}
    assert kinds["a_b@contoh.id"] == "SYM" and kinds["www.contoh.id"] == "SYM"
    assert kinds["Rp"] == "SYM" and kinds["S$"] == "SYM" and kinds["5.000"] == "NUM"
    assert "_" not in kinds and kinds["init__"] is None


def test_rp_is_a_currency_only_right_before_a_number() -> None:
    tags = [(t.text, t.upos) for t in tokenize("Rp50.000 dan Rp. lalu Rp")]
    assert tags[:2] == [("Rp", "SYM"), ("50.000", "NUM")]
    assert tags[3] == ("Rp", None) and tags[-1] == ("Rp", None)


def test_initial_at_the_start_of_a_line_stays_with_the_name() -> None:
    text = "Batting order\nR. Sharma c Smith b Lyon 40\nS. Gill not out 12"
    assert sentences(text) == ["Batting order", "R. Sharma c Smith b Lyon 40", "S. Gill not out 12"]


def test_ranks_titles_and_degrees_keep_their_periods() -> None:
    text = "Brigjen Pol. Hadi dan drg. Wulan, M.Kes. menjenguk Jend. A. Rahman. Semua sehat."
    assert sentences(text) == [
        "Brigjen Pol. Hadi dan drg. Wulan, M.Kes. menjenguk Jend. A. Rahman.",
        "Semua sehat.",
    ]
    assert {"M.Kes.", "Ph.D.", "dkk."} <= set(
        words("Rina M.Kes. dan Ali Ph.D. serta Tono dkk. tiba")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kios menjual kopi, teh, dsb. Pembelinya banyak.",
            ["Kios menjual kopi, teh, dsb.", "Pembelinya banyak."],
        ),
        (
            "The shop closes at 6 p.m. Staff leave soon after.",
            ["The shop closes at 6 p.m.", "Staff leave soon after."],
        ),
        (
            "The vote starts at 8 a.m. Tuesday in most towns.",
            ["The vote starts at 8 a.m. Tuesday in most towns."],
        ),
        ("Ia membeli kopi, teh, dll. untuk warung.", ["Ia membeli kopi, teh, dll. untuk warung."]),
    ],
)
def test_list_and_clock_abbreviations_end_a_sentence_before_a_capital(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


def test_numbered_and_lettered_list_items_are_not_cut_after_their_number() -> None:
    text = "Agenda:\n1. Laporan keuangan.\n2. Pemilihan ketua\nb. Lain-lain"
    assert sentences(text) == [
        "Agenda:",
        "1. Laporan keuangan.",
        "2. Pemilihan ketua",
        "b. Lain-lain",
    ]


def test_tokenised_text_keeps_a_spaced_closing_quote_and_clitics() -> None:
    text = "Ali said : \" It is n't over . \"\nThe team 's coach left ."
    assert sentences(text) == ['Ali said : " It is n\'t over . "', "The team 's coach left ."]
    assert "'s" in words("The team 's coach")


def test_a_spaced_single_quote_after_a_period_opens_the_next_sentence() -> None:
    assert sentences("Ia pergi. 'Pahlawan' itu kembali.") == [
        "Ia pergi.",
        "'Pahlawan' itu kembali.",
    ]


def test_repeated_marks_end_one_sentence_and_emoji_stay_with_it() -> None:
    assert sentences("Menang lagi!!! 🎉🎉 Besok final?! Semoga.") == [
        "Menang lagi!!! 🎉🎉",
        "Besok final?!",
        "Semoga.",
    ]
    assert sentences('"Gol!!! 🔥" tulis seorang fan.') == ['"Gol!!! 🔥" tulis seorang fan.']


def test_handles_and_hashtags_are_single_symbol_tokens() -> None:
    tags = {
        t.text: t.upos
        for t in tokenize("Ikuti @dinas_kesehatan dan #HidupSehat ya, kirim ke a@b.id")
    }
    assert tags["@dinas_kesehatan"] == "SYM" and tags["#HidupSehat"] == "SYM"
    assert tags["a@b.id"] == "SYM"


def test_initial_after_a_lowercase_word_needs_a_name_after_it() -> None:
    assert sentences("Surat itu ditulis oleh R. Hidayat di Bogor. Isinya singkat.") == [
        "Surat itu ditulis oleh R. Hidayat di Bogor.",
        "Isinya singkat.",
    ]
    assert sentences("Tomat kaya vitamin C. Selain itu, murah.") == [
        "Tomat kaya vitamin C.",
        "Selain itu, murah.",
    ]


def test_initial_or_abbreviation_before_a_sentence_opener_ends_the_sentence() -> None:
    assert sentences("Persija juara Grup B. Setelah itu, mereka libur.") == [
        "Persija juara Grup B.",
        "Setelah itu, mereka libur.",
    ]
    assert sentences("The firm left the U.S. After that, it shrank.") == [
        "The firm left the U.S.",
        "After that, it shrank.",
    ]


def test_single_curly_quotes_are_quotations_but_apostrophes_are_not() -> None:
    assert sentences("‘Kami lelah. Kami pulang,’ ujar buruh itu. Pabrik tutup.") == [
        "‘Kami lelah. Kami pulang,’ ujar buruh itu.",
        "Pabrik tutup.",
    ]
    assert sentences("“The nurses’ pay rose. We are glad,” she said. Talks ended.") == [
        "“The nurses’ pay rose. We are glad,” she said.",
        "Talks ended.",
    ]


def test_indonesian_forms_of_address_keep_their_period() -> None:
    assert len(sentences("Ny. Wati dan Tn. Joko bertemu Sdri. Rina di pasar.")) == 1


def test_a_quote_opening_the_next_paragraph_is_not_taken_as_a_closer() -> None:
    # A quotation running over paragraphs leaves its first paragraph unclosed.
    text = '"We trained hard. Nobody rested.\n\n"Now we play," the coach said.'
    assert sentences(text) == [
        '"We trained hard.',
        "Nobody rested.",
        '"Now we play," the coach said.',
    ]
    text = "The vote was close .\n`` We won , '' he said ."
    assert sentences(text) == ["The vote was close .", "`` We won , '' he said ."]


def test_a_comma_after_a_period_continues_the_sentence() -> None:
    assert sentences("Sen. Ann Lee, D-Vt., spoke first. Others followed.") == [
        "Sen. Ann Lee, D-Vt., spoke first.",
        "Others followed.",
    ]


def test_a_bare_domain_is_no_dotted_abbreviation() -> None:
    assert sentences("Baca di laman bps.go.id. Datanya terbuka.") == [
        "Baca di laman bps.go.id.",
        "Datanya terbuka.",
    ]


def test_a_short_form_before_a_number_keeps_the_sentence_whole() -> None:
    assert sentences("Tiket dijual Rp. 75.000 mulai tgl. 3 Juni. Stok terbatas.") == [
        "Tiket dijual Rp. 75.000 mulai tgl. 3 Juni.",
        "Stok terbatas.",
    ]
    # Other words before a number still end the sentence.
    assert sentences("Ia membeli 2 kg. 5 orang datang.") == ["Ia membeli 2 kg.", "5 orang datang."]


def test_shortened_given_names_keep_their_period() -> None:
    assert sentences("Bandara itu dinamai Moh. Hatta dan Abd. Saleh. Keduanya pahlawan.") == [
        "Bandara itu dinamai Moh. Hatta dan Abd. Saleh.",
        "Keduanya pahlawan.",
    ]
    assert sentences("Rektor Akh. Muzakki dan Ach. Fauzi hadir. Mhd. Rahman absen.") == [
        "Rektor Akh. Muzakki dan Ach. Fauzi hadir.",
        "Mhd. Rahman absen.",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares of 3M rose.", "3M"),
        ("Operator menggelar jaringan 5G di Bali.", "5G"),
        ("Skandal 1MDB kembali disidangkan.", "1MDB"),
        ("The G20 met, and COVID-19 cases fell.", "G20"),
    ],
)
def test_a_name_that_starts_with_a_digit_is_one_token(text: str, name: str) -> None:
    assert name in words(text)


def test_a_number_keeps_apart_from_its_unit_and_currency() -> None:
    toks = words("Jarak 50km, beban 10kg, naik 5%, harga Rp50 atau US$3 dan $100M tunai.")
    for item in ("50", "km", "10", "kg", "5", "%", "Rp", "US$", "3", "$", "100", "M"):
        assert item in toks


def test_a_clock_time_in_capitals_is_no_name() -> None:
    assert words("Doors open at 7PM.")[3:5] == ["7", "PM"]


@pytest.mark.parametrize(
    "text",
    [
        "Saham PT Astra International Tbk. (ASII) naik 3 persen.",
        "Saham PT Bank Central Asia Tbk. BBCA naik.",
        "PT Vale Indonesia Tbk., yang bergerak di sektor nikel, menguat.",
        "Dana itu dipinjam dari PT Bank Mandiri Tbk. untuk membangun pabrik.",
        "Direktur Utama PT Bank Rakyat Indonesia (Persero) Tbk. Sunarso mengatakan laba naik.",
        "Apple Inc. Chief Executive Tim Cook spoke first.",
        "Samsung Electronics Co. Ltd. said profit rose.",
        "Petronas Sdn. Bhd. menandatangani kontrak itu.",
        "The farm is in Co. Kerry near the coast.",
        "Shares of Warner Bros. Discovery fell 3 percent.",
        "The film was released by Warner Bros. Pictures in May.",
    ],
)
def test_a_company_form_inside_a_sentence_ends_none(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kredit diteken dengan PT Bank Mandala Raya Tbk. Pinjaman itu cair bulan depan.",
            ["Kredit diteken dengan PT Bank Mandala Raya Tbk.", "Pinjaman itu cair bulan depan."],
        ),
        (
            "Analysts had expected more from Acme Corp. Revenue fell.",
            ["Analysts had expected more from Acme Corp.", "Revenue fell."],
        ),
        (
            "The film was distributed by Warner Bros. Lopez said she was pleased.",
            ["The film was distributed by Warner Bros.", "Lopez said she was pleased."],
        ),
    ],
)
def test_a_company_form_ends_a_sentence_before_a_new_one(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_tbk_keeps_its_period_apart() -> None:
    assert words("PT Astra International Tbk. (ASII)")[3:5] == ["Tbk", "."]


@pytest.mark.parametrize(
    "text",
    [
        "TEMPO.CO, Jakarta - Presiden meresmikan bendungan itu.",
        "Berita ini tayang di KOMPAS.com pagi tadi.",
        "Informasi ada di laman kemenkes.go.id setiap hari.",
    ],
)
def test_a_site_name_ends_no_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_a_party_and_state_label_is_one_token() -> None:
    text = "Sen. Chuck Schumer, D-N.Y., spoke first."
    assert "D-N.Y." in words(text)
    assert sentences(text) == [text]


@pytest.mark.parametrize("zone", ["GMT", "ET", "WIB"])
def test_a_time_zone_after_a_clock_time_continues_the_sentence(zone: str) -> None:
    text = f"Markets open at 8 a.m. {zone}. Traders arrive early."
    assert sentences(text) == [f"Markets open at 8 a.m. {zone}.", "Traders arrive early."]


def test_a_bracketed_photo_credit_between_sentences_stands_apart() -> None:
    text = "Warga mengungsi ke balai desa. (Foto: ANTARA/Aditya) Bantuan mulai datang."
    assert sentences(text) == [
        "Warga mengungsi ke balai desa.",
        "(Foto: ANTARA/Aditya)",
        "Bantuan mulai datang.",
    ]


def test_a_bracketed_photo_credit_inside_a_sentence_stays_in_it() -> None:
    text = "Warga mengungsi (Foto: ANTARA) ke balai desa."
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SPRINGFIELD, Ill. (AP) — A tornado hit. No one was hurt.",
            ["SPRINGFIELD, Ill. (AP) — A tornado hit.", "No one was hurt."],
        ),
        (
            "SAN JOSE, Calif. — Apple unveiled a phone.",
            ["SAN JOSE, Calif. — Apple unveiled a phone."],
        ),
        (
            "The firm is based in Wilmington, Del. It has 40 staff.",
            ["The firm is based in Wilmington, Del.", "It has 40 staff."],
        ),
    ],
)
def test_a_us_state_in_wire_copy_keeps_its_period(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ibadah dipimpin Pdt. Yohanes Sitorus di gereja itu.",
        "Kajian diisi Ust. Adi Hidayat di masjid itu.",
        "Kejadian di Ds. Sukamaju dan Kp. Melayu membuat warga panik.",
    ],
)
def test_indonesian_titles_and_village_parts_keep_their_period(text: str) -> None:
    assert sentences(text) == [text]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab Dr.,“”\"'-_1$Rp\t\xa0@:/w", min_size=1, max_size=40))
def test_a_line_tokenised_piece_by_piece_is_tokenised_as_a_whole(line: str) -> None:
    # The pieces between spaces are tokenised (and remembered) one by one; the tokens, their
    # offsets and tags are those of the whole line in one regex pass.
    tokens, starts = _line_tokens(line, 10)
    whole = _tokenize_piece(line)
    lead = len(line) - len(line.lstrip())
    assert tokens == list(whole)
    assert starts == list(accumulate(cast("list[int]", whole[1::4]), initial=10 + lead))[:-1]
    assert all(
        line[s - 10 : s - 10 + len(t)] == t for t, s in zip(tokens[0::4], starts, strict=True)
    )


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abDrsJlnRp.,;:…'-_1“(", min_size=0, max_size=8))
def test_a_piece_of_a_common_shape_is_tokenised_as_the_regex_would(piece: str) -> None:
    # Letters only, or a word before a comma or full stop, are tokenised without the regex.
    expected = _tokenize_piece(piece) if piece else _UNEVEN
    assert _piece_tokens(piece) == expected
