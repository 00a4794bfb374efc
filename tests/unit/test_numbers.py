"""The number annotator: quantities with what they count, in Indonesian, English and beyond.

Sentences are written for these tests; each case says which span must be found and with what
value and unit, so a wrong span, value or unit fails.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.model import NumberSpan
from reader.analysis.number_words import parse_digits
from reader.analysis.numbers import find_numbers


def numbers(text: str, lang: str) -> list[NumberSpan]:
    found = find_numbers(BuiltinBackend().parse(text, lang))
    for number in found:
        assert text[number.start : number.end] == number.text
    return found


def by_text(text: str, lang: str) -> dict[str, tuple[object, object]]:
    return {n.text: (n.value, n.unit) for n in numbers(text, lang)}


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value", "unit"),
    [
        # Indonesian: digits and what they count
        ("id", "Ada 175 tawanan perang.", "175 tawanan perang", 175, "tawanan perang"),
        ("id", "Rusia juga menyerahkan 22 tentara yang terluka.", "22 tentara", 22, "tentara"),
        ("id", "Ia menolak usul gencatan senjata 30 hari itu.", "30 hari", 30, "hari"),
        ("id", "Sebanyak 12 orang tewas dalam kecelakaan itu.", "12 orang", 12, "orang"),
        # Indonesian number words
        ("id", "Mereka berbicara selama satu jam penuh.", "satu jam", 1, "jam"),
        ("id", "Rapat itu berlangsung dua jam.", "dua jam", 2, "jam"),
        ("id", "Ada tiga puluh peserta yang datang.", "tiga puluh peserta", 30, "peserta"),
        ("id", "Ada dua belas pemain muda.", "dua belas pemain muda", 12, "pemain muda"),
        ("id", "Panitia menyiapkan seratus kursi.", "seratus kursi", 100, "kursi"),
        ("id", "Sepuluh ribu relawan dikerahkan.", "Sepuluh ribu relawan", 10000, "relawan"),
        # Indonesian digit format: dot groups thousands, comma is the decimal point
        ("id", "Sekitar 2.000 warga mengungsi.", "2.000 warga", 2000, "warga"),
        ("id", "Banjir merendam 1,5 hektare sawah.", "1,5 hektare", 1.5, "hektare"),
        ("id", "Jumlah pemilih mencapai 2,5 juta orang.", "2,5 juta orang", 2_500_000, "orang"),
        # money and percentages
        ("id", "Dana Rp 1,2 triliun disiapkan.", "Rp 1,2 triliun", 1_200_000_000_000, "Rp"),
        ("id", "Investasi itu bernilai US$ 3 miliar.", "US$ 3 miliar", 3_000_000_000, "US$"),
        ("id", "Harga tiket Rp50.000 per orang.", "Rp50.000", 50_000, "Rp"),
        ("id", "Laba naik menjadi Rp1,5 triliun.", "Rp1,5 triliun", 1_500_000_000_000, "Rp"),
        ("id", "Inflasi naik 30 persen tahun ini.", "30 persen", 30, "%"),
        ("id", "Saham itu turun 4,5% kemarin.", "4,5%", 4.5, "%"),
        # English
        ("en", "The firm cut 2,000 jobs last year.", "2,000 jobs", 2000, "jobs"),
        ("en", "Rainfall reached 1.5 inches overnight.", "1.5 inches", 1.5, "inches"),
        ("en", "The deal is worth $4.5 billion.", "$4.5 billion", 4_500_000_000, "$"),
        ("en", "Profits rose 30 percent in March.", "30 percent", 30, "%"),
        ("en", "Turnout fell to 61.2%.", "61.2%", 61.2, "%"),
        ("en", "The meeting ran two hours over schedule.", "two hours", 2, "hours"),
        ("en", "A dozen volunteers stayed behind.", "A dozen volunteers", 12, "volunteers"),
        ("en", "They found twenty-five survivors.", "twenty-five survivors", 25, "survivors"),
        ("en", "It sold one hundred and five hats.", "one hundred and five hats", 105, "hats"),
        ("en", "They agreed a 30-day ceasefire.", "30-day", 30, "day"),
        ("en", "It has 1.2 million residents.", "1.2 million residents", 1_200_000, "residents"),
        ("en", "Revenues were $1.2 bln.", "$1.2 bln", 1_200_000_000, "$"),
        ("en", "It issued 5 mln shares.", "5 mln shares", 5_000_000, "shares"),
        ("en", "Almost two-thirds of voters agreed.", "two-thirds of voters", 0.666667, "voters"),
        ("id", "Acara dihadiri 1.500-an peserta.", "1.500-an peserta", 1500, "peserta"),
        ("id", "Sepertiga warga mengungsi.", "Sepertiga warga", 0.333333, "warga"),
        ("en", "He scored in the 14th minute.", "14th minute", 14, "minute"),
        ("en", "The 19-year-old signed on.", "19-year-old", 19, "year-old"),
        # multipliers after number words, exact and vague
        ("en", "They refitted two dozen vessels.", "two dozen vessels", 24, "vessels"),
        ("en", "Several hundred jobs will move.", "Several hundred jobs", None, "jobs"),
        ("id", "Beberapa ratus warga mengungsi.", "Beberapa ratus warga", None, "warga"),
        # a range is one span with no single value
        ("id", "Sebanyak 10-15 orang terluka.", "10-15 orang", None, "orang"),
        ("id", "Penjualan naik 8-10 persen.", "8-10 persen", None, "%"),
        ("en", "Volumes may grow 4-6 percent.", "4-6 percent", None, "%"),
        ("id", "Kerugian ditaksir Rp 10-15 miliar.", "Rp 10-15 miliar", None, "Rp"),
        ("id", "Cukup empat hingga lima bulan.", "empat hingga lima bulan", None, "bulan"),
        ("en", "Between 10 to 15 people were hurt.", "10 to 15 people", None, "people"),
        ("en", "It rose from 5 to 7 percent.", "7 percent", 7, "%"),
        # a headline capitalises every word
        ("id", "Banjir Bandang, 8 Warga Tewas\n\nBanjir melanda desa itu.", "8 Warga", 8, "Warga"),
        # and a noun of two words before a function word, a verb or the line's end
        ("id", "KAI Tambah 40 Perjalanan Kereta Jelang Natal\n\nKAI menambah jadwal.",
         "40 Perjalanan Kereta", 40, "Perjalanan Kereta"),
        ("id", "Polisi Amankan 12 Pelaku Tawuran\n\nPolisi menangkap mereka.",
         "12 Pelaku Tawuran", 12, "Pelaku Tawuran"),
        ("id", "Polisi Tangkap 7 Tersangka Penipuan Daring\n\nPolisi menangkap mereka.",
         "7 Tersangka Penipuan Daring", 7, "Tersangka Penipuan Daring"),
        ("id", "Mantan Bupati Divonis 5 Tahun Penjara\n\nHakim membacakan vonis.",
         "5 Tahun", 5, "Tahun"),
        ("id", "Sebanyak 47 orang luka-luka.", "47 orang", 47, "orang"),
        ("en", "1.1 million people remain.", "1.1 million people", 1_100_000, "people"),
        ("id", "Operasi pasar di 500 titik mulai pekan depan.", "500 titik", 500, "titik"),
        # the counted noun stops at prepositions and bare verbs
        ("en", "Payrolls fell by 109,000 between March and April.", "109,000", 109000, None),
        ("id", "Dana dari dua investor asal Jepang.", "dua investor", 2, "investor"),
        ("id", "Tiga jembatan putus diterjang banjir.", "Tiga jembatan", 3, "jembatan"),
        ("en", "A 6.4 quake struck the coast.", "6.4 quake", 6.4, "quake"),
        # a magnitude is measured in magnitude, not in earthquakes
        ("en", "A magnitude 7.1 earthquake hit.", "magnitude 7.1", 7.1, "magnitude"),
        ("id", "Gempa bermagnitudo 6,4 terjadi.", "bermagnitudo 6,4", 6.4, "magnitude"),
        ("id", "Gempa berkekuatan magnitudo 5,6 terasa.", "magnitudo 5,6", 5.6, "magnitude"),
        ("en", "A 6.4-magnitude quake hit.", "6.4-magnitude", 6.4, "magnitude"),
        ("id", "Gempa M 5,2 terasa di Garut.", "M 5,2", 5.2, "magnitude"),
        ("en", "It measured 5.8 on the Richter scale.", "5.8", 5.8, "magnitude"),
        ("en", "A 5.9 magnitude tremor followed.", "5.9 magnitude", 5.9, "magnitude"),
        ("id", "Gempa berkekuatan 5,9 magnitudo terjadi.", "5,9 magnitudo", 5.9, "magnitude"),
        # a scale after degrees; "others" is what is counted
        ("en", "It fell to minus 18 degrees Celsius.", "minus 18 degrees Celsius", -18,
         "degrees Celsius"),
        ("en", "Two died and 188 others were hurt.", "188 others", 188, "others"),
        # nouns that only look like me-/ber- verbs are counted
        ("id", "Presiden melantik lima menteri baru.", "lima menteri baru", 5, "menteri baru"),
        ("id", "Jaksa menyerahkan dua berkas perkara.", "dua berkas perkara", 2, "berkas perkara"),
        # "between ... and" makes a range too, and so do two amounts of money
        ("en", "Shares fell between 4 and 6 percent.", "4 and 6 percent", None, "%"),
        ("id", "Usia mereka antara 24 dan 39 tahun.", "24 dan 39 tahun", None, "tahun"),
        ("en", "It guided to $1.10 to $1.20 a share.", "$1.10 to $1.20", None, "$"),
        ("en", "Its shares rose $1.25 to $48.50.", "$48.50", 48.5, "$"),
        ("id", "Harga Rp 10.000 hingga Rp 15.000 per kilo.", "Rp 10.000 hingga Rp 15.000", None,
         "Rp"),
        # Indonesian fractions; a fraction of something stands alone
        ("id", "Dua pertiga rumah rusak berat.", "Dua pertiga rumah", 0.666667, "rumah"),
        ("id", "Tiga perempat peserta hadir.", "Tiga perempat peserta", 0.75, "peserta"),
        ("id", "Separuh warga mengungsi.", "Separuh warga", 0.5, "warga"),
        ("id", "Setengah dari panel itu buatan lokal.", "Setengah", 0.5, None),
        ("en", "Two-thirds of the seats went to the left.", "Two-thirds", 0.666667, None),
        # an acronym after the counted noun names whose members they are
        ("id", "Tiga anggota DPR menolak usul itu.", "Tiga anggota DPR", 3, "anggota DPR"),
        ("id", "Sebanyak 500 personel TNI dikerahkan.", "500 personel TNI", 500, "personel TNI"),
        # suspects are counted without their case
        ("id", "Polisi menahan lima tersangka kasus penipuan.", "lima tersangka", 5, "tersangka"),
        ("id", "Polisi menahan tiga tersangka pencurian motor.", "tiga tersangka", 3, "tersangka"),
        ("id", "Jaksa memeriksa dua tersangka baru.", "dua tersangka baru", 2, "tersangka baru"),
        ("id", "Ada dua korban dugaan malapraktik.", "dua korban", 2, "korban"),
        # an English adjective written with a capital belongs to the counted phrase
        ("en", "Two Republican senators crossed over.", "Two Republican senators", 2,
         "Republican senators"),
        ("en", "Five Labour MPs rebelled.", "Five Labour MPs", 5, "Labour MPs"),
        ("en", "The 3 Lions fans sang.", "3", 3, None),
        # a unit acronym at the end of a headline
        ("id", "PLN Resmikan PLTS 145 MW\n\nPembangkit itu baru.", "145 MW", 145, "MW"),
        # "one" before a noun counts when it is no mere article
        ("en", "The meeting lasted one hour.", "one hour", 1, "hour"),
        ("en", "They won by one vote.", "one vote", 1, "vote"),
        # fractions written apart, before "of"
        ("en", "About a third of the homes were lost.", "a third", 0.333333, None),
        ("en", "She won by two tenths of a second.", "two tenths", 0.2, None),
        ("en", "Two thirds of voters agreed.", "Two thirds of voters", 0.666667, "voters"),
        ("en", "Growth slowed for two quarters.", "two quarters", 2, "quarters"),
        # Indonesian business shorthand and glued ranges of money
        ("id", "Asing jual bersih Rp1,1 T kemarin.", "Rp1,1 T", 1_100_000_000_000, "Rp"),
        ("id", "Dana Rp 500 M disiapkan.", "Rp 500 M", 500_000_000_000, "Rp"),
        ("id", "Rupiah di rentang Rp16.200-Rp16.350.", "Rp16.200-Rp16.350", None, "Rp"),
        # "m" glued to digits: metres from a thousand up, or in Indonesian
        ("en", "She won the 10,000m final.", "10,000m", 10000, "m"),
        # grams glued to the digits, but not a network's generation
        ("en", "A 250g packet now costs more.", "250g", 250, "g"),
        ("en", "The 5G network covers 40 towns.", "40 towns", 40, "towns"),
        ("en", "About 3m people watched.", "3m people", 3_000_000, "people"),
        ("id", "Tembok setinggi 5m roboh.", "5m", 5, "m"),
        # a compound noun whose second word often ends the unit
        ("id", "Dua rumah sakit daerah penuh.", "Dua rumah sakit daerah", 2, "rumah sakit daerah"),
        ("id", "Ia diberi waktu 3 x 24 jam.", "24 jam", 24, "jam"),
        ("en", "At least 46 died and 17 remain missing.", "17", 17, None),
        # a headline: a measure at the end of its line, a verb before the number
        ("id", "Gelombang Tinggi hingga 4 Meter\n\nBMKG memperingatkan nelayan.", "4 Meter", 4,
         "Meter"),
        ("id", "Banjir Rendam 500 Rumah\n\nAir naik sejak pagi.", "500 Rumah", 500, "Rumah"),
        # rates, storage, nouns that modify with an -s, businesses
        ("id", "Angin bertiup 40 km/jam di laut.", "40 km/jam", 40, "km/jam"),
        ("en", "It has 128GB of storage.", "128GB", 128, "GB"),
        ("en", "He bought two sports cars.", "two sports cars", 2, "sports cars"),
        ("id", "Ada seribu pelaku usaha kecil.", "seribu pelaku usaha kecil", 1000,
         "pelaku usaha kecil"),
        # "half of" is a share; "the first half of" a period
        ("en", "Nearly half of them do not know it.", "half", 0.5, None),
        # Indian scales, singulars in -is, a time after the counted noun, "seper-" fractions
        ("en", "They approved a Rs 1.5 lakh crore package.", "Rs 1.5 lakh crore",
         1_500_000_000_000, "Rs"),
        ("en", "It cut rates by 50 basis points.", "50 basis points", 50, "basis points"),
        ("id", "Bantuan untuk 18,6 juta siswa tahun depan.", "18,6 juta siswa", 18_600_000,
         "siswa"),
        ("id", "Seperlima di antaranya di wilayah timur.", "Seperlima", 0.2, None),
        ("id", "Arus Mudik, 1,2 Juta Kendaraan Tinggalkan Jakarta\n\nArus padat.",
         "1,2 Juta Kendaraan", 1_200_000, "Kendaraan"),
        # a classifier before the counted noun, adjectives that look like verbs
        ("id", "Penyidik menyita dua unit mobil mewah kemarin.", "dua unit mobil mewah", 2,
         "unit mobil mewah"),
        ("id", "Ada belasan pegawai dinas yang diperiksa.", "belasan pegawai dinas", None,
         "pegawai dinas"),
        ("id", "Mereka membeli empat unit crane baru senilai Rp 4 miliar.", "empat unit crane baru",
         4, "unit crane baru"),
        # an irregular participle says what happened, unless a noun follows it
        ("en", "Approvals were below the 66,000 seen before.", "66,000", 66000, None),
        ("en", "Police found three stolen cars.", "three stolen cars", 3, "stolen cars"),
        # temperatures glued to their scale, "by a third"
        ("en", "It was 1.48C above the old average.", "1.48C", 1.48, "C"),
        ("en", "Solar capacity grew by a third.", "a third", 0.333333, None),
        # other languages: digits at least
        ("fr", "Environ 2.000 personnes ont défilé.", "2.000 personnes", 2000, "personnes"),
        ("de", "Die Stadt zahlte 3,5 Prozent mehr.", "3,5 Prozent", 3.5, "%"),
    ],
)  # fmt: skip
def test_quantity_span_value_and_unit(
    lang: str, sentence: str, span: str, value: float, unit: str | None
) -> None:
    found = by_text(sentence, lang)
    assert span in found, f"{span!r} not among {sorted(found)}"
    assert found[span] == (value, unit)


def test_a_place_closing_a_headline_is_not_what_is_counted() -> None:
    text = "Banjir Rendam 500 Rumah Warga Bekasi\n\nBanjir melanda kota itu."
    assert all("Bekasi" not in found for found in by_text(text, "id"))


def test_an_english_headline_counts_no_capitalised_verb() -> None:
    """English capitalises its headline verbs as its nouns: "Max Returns" is no counted noun."""
    text = "Boeing 737 Max Returns To Service\n\nThe jet flew again on Monday."
    assert all("Returns" not in found for found in by_text(text, "en"))


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "unit"),
    [
        ("id", "Tim akan bertemu dalam beberapa hari mendatang.", "beberapa hari", "hari"),
        ("id", "Puluhan orang ditahan polisi.", "Puluhan orang", "orang"),
        ("id", "Ribuan warga memadati alun-alun.", "Ribuan warga", "warga"),
        ("id", "Bantuan datang dari ratusan relawan.", "ratusan relawan", "relawan"),
        ("en", "The storm lasted several hours.", "several hours", "hours"),
        ("en", "Dozens of people were hurt.", "Dozens of people", "people"),
        ("en", "Hundreds of thousands of fans marched.", "Hundreds of thousands of fans", "fans"),
        ("en", "Talks resume in the next few weeks.", "few weeks", "weeks"),
    ],
)
def test_vague_quantities_have_no_value(lang: str, sentence: str, span: str, unit: str) -> None:
    found = by_text(sentence, lang)
    assert found.get(span) == (None, unit)


def test_a_magnitude_word_alone_is_still_a_vague_quantity() -> None:
    assert by_text("Korban luka mencapai ratusan.", "id") == {"ratusan": (None, None)}


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("2.000", "id", 2000),
        ("2,000", "id", 2.0),
        ("2,000", "en", 2000),
        ("2.000", "en", 2.0),
        ("1,5", "id", 1.5),
        ("1.5", "id", 1.5),  # one dot without a group of three is still a decimal point
        ("2,5", "en", 2.5),
        ("1.234.567", "id", 1_234_567),
        ("1,234,567", "en", 1_234_567),
        ("1.234,5", "id", 1234.5),
        ("1,234.5", "en", 1234.5),
        ("1.23.4", "id", None),
        ("1,2,3", "id", None),
        ("12", "xx", 12),
    ],
)
def test_digit_formats_follow_the_language(text: str, lang: str, value: float | None) -> None:
    assert parse_digits(text, lang) == value


def test_a_number_at_the_very_end_of_the_text_is_found() -> None:
    assert by_text("Harga naik menjadi 2.000", "id") == {"2.000": (2000, None)}
    assert by_text("The total came to 2,000", "en") == {"2,000": (2000, None)}


def test_a_negative_number_keeps_its_sign() -> None:
    assert by_text("Suhu turun hingga -5 derajat di puncak.", "id") == {
        "-5 derajat": (-5, "derajat")
    }


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # dates, times of day and years belong to the time annotator
        ("id", "Laporan itu terbit pada 19 Maret 2025 di Jakarta."),
        ("id", "Rapat dimulai pukul 10.00 WIB di balai kota."),
        ("id", "Pada 2024 perusahaan itu berdiri."),
        ("en", "The report came out on March 19, 2025 in London."),
        ("en", "The meeting starts at 10:30 sharp."),
        ("en", "In 2019 the bridge was opened."),
        ("en", "A 2015 earthquake razed the town after the 2008 crisis."),
        # "few" alone means hardly any
        ("en", "Few people came."),
        ("en", "It was published on 2025-03-19."),
        # ordinals are positions, not quantities
        ("id", "Ia menjadi orang pertama yang tiba, dan yang ke-3 menyusul."),
        ("en", "She finished first, and he came third."),
        # labels, not amounts
        ("id", "Pasal 27 ayat 3 undang-undang itu dihapus."),
        ("en", "See page 12, section 4."),
        # phone numbers, names with numbers, scores
        ("id", "Hubungi 0812 3456 7890 atau +62 21 5551234 untuk info."),
        ("id", "Warga dapat menghubungi hotline 119 atau telepon 112."),
        ("en", "Call the hotline or phone 999 in an emergency."),
        ("en", "The G20 summit discussed COVID-19 and the Boeing 737 fleet."),
        ("en", "Shares of 3M rose, and the new 4K screens sold out."),
        ("id", "Pertandingan berakhir dengan skor 2-1."),
        ("en", "It was a 1-2 defeat at home."),
        ("en", "The plan ran from 2019-2022."),
        # vote tallies and scores written out
        ("en", "The bill passed by a vote of 74 to 24, late on Friday."),
        ("id", "Persib unggul 3 berbanding 1 atas tamunya."),
        # a year before its noun, a candidate's ballot number
        ("en", "It trimmed its 2026 earnings forecast."),
        ("id", "Pasangan nomor urut 2 unggul."),
        # a number word with a capital inside a name
        ("en", "Ireland lead the Six Nations table."),
        ("en", "He won in Formula One last year."),
        # ratios, league names, halves of a period
        ("en", "One in five adults has it."),
        ("en", "About 1 in 10 people agree."),
        ("id", "Jadwal Liga 1 Musim Ini\n\nLiga dimulai pekan depan."),
        ("en", "Sales rose in the first half of the year."),
        # "one" as an article
        ("en", "A house collapsed in one village."),
        ("en", "Analysts at one bank disagree."),
        # "salah satu" is "one of", "one of" likewise; "no one" counts nobody
        ("id", "Salah satu pemain cedera."),
        ("en", "One of them left, and no one noticed."),
    ],
)
def test_things_that_are_not_counts(lang: str, sentence: str) -> None:
    assert numbers(sentence, lang) == []


def test_days_counted_back_from_now_keep_their_number() -> None:
    assert by_text("Ia tiba dua hari lalu.", "id") == {"dua hari": (2, "hari")}


def test_the_unit_stops_at_verbs_names_and_function_words() -> None:
    found = by_text("Polisi menahan 22 tentara Rusia, dan 5 orang tewas.", "id")
    assert found["22 tentara"] == (22, "tentara")
    assert found["5 orang"] == (5, "orang")
    assert by_text("Officials said 22 wounded soldiers were flown out.", "en") == {
        "22 wounded soldiers": (22, "wounded soldiers")
    }


def test_a_participle_alone_is_not_a_unit() -> None:
    assert by_text("Nine died and dozens injured.", "en")["dozens"] == (None, None)


def test_spans_of_numbers_never_overlap_and_are_in_text_order() -> None:
    text = "Sekitar 2.000 warga, 30 persen di antaranya anak-anak, dan Rp 5 miliar hilang."
    found = numbers(text, "id")
    assert [n.text for n in found] == ["2.000 warga", "30 persen", "Rp 5 miliar"]
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_stanza_style_tags_keep_a_verb_out_of_the_unit() -> None:
    doc = BuiltinBackend().parse("Sebanyak 40 warga mengungsi.", "id")
    for sentence in doc.sentences:
        for token in sentence.tokens:
            token.upos = {"warga": "NOUN", "40": "NUM"}.get(token.text, "VERB")
    assert [(n.text, n.unit) for n in find_numbers(doc)] == [("40 warga", "warga")]


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.sampled_from(["id", "en", "fr", "xx"]),
)
def test_any_text_gives_valid_spans(text: str, lang: str) -> None:
    found = numbers(text, lang)
    for a, b in pairwise(found):
        assert a.end <= b.start
    for n in found:
        assert 0 <= n.start < n.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "2.000",
                "1,5",
                "dua",
                "puluh",
                "ribu",
                "Rp",
                "$",
                "-",
                "%",
                "juta",
                "orang",
                "hari",
                "19",
                "Maret",
                "2025",
                " ",
                ".",
            ]
        ),
        max_size=30,
    )
)
def test_number_like_soup_gives_valid_spans(parts: list[str]) -> None:
    text = " ".join(parts)
    found = numbers(text, "id")
    for a, b in pairwise(found):
        assert a.end <= b.start


def test_a_long_line_without_spaces_does_not_break_anything() -> None:
    text = "1" * 5000 + "x" * 100_000
    assert numbers(text, "id") == []


def test_an_amount_is_read_once_per_word_list_and_afresh_for_another() -> None:
    """The time grammar and the number annotator share the amounts they read in a text."""
    from reader.analysis.number_words import read_quantity
    from reader.analysis.wordscan import scan_words

    words = scan_words("Ia menunggu dua jam.", frozenset({"dua"})).words
    first = read_quantity(words, 2, "id")
    assert first is not None and first.value == 2
    assert read_quantity(words, 2, "id") is first
    other = scan_words("Ia menunggu tiga jam.", frozenset({"tiga"})).words
    assert read_quantity(other, 2, "id") == first._replace(value=3)


def test_a_capital_scale_after_a_currency_sign_still_scales() -> None:
    assert by_text("The club paid $100M for him.", "en") == {"$100M": (100_000_000, "$")}


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value", "unit"),
    [
        ("id", "Jarak 50km ditempuh dua jam.", "50km", 50, "km"),
        ("en", "A 5.4km track opened.", "5.4km", 5.4, "km"),
        ("id", "Lahan 2,5ha itu dijual.", "2,5ha", 2.5, "ha"),
    ],
)
def test_a_measure_glued_to_its_digits_is_its_unit(
    lang: str, sentence: str, span: str, value: float, unit: str
) -> None:
    assert by_text(sentence, lang)[span] == (value, unit)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value", "unit"),
    [
        # a rough amount is a range: "two or three", "satu atau dua"
        ("en", "They may need two or three partners.", "two or three partners", None, "partners"),
        ("id", "Bunga bisa turun satu atau dua kali lagi.", "satu atau dua kali", None, "kali"),
        # half of a scale
        (
            "en",
            "It spent half a billion dollars on roads.",
            "half a billion dollars",
            5e8,
            "dollars",
        ),
        ("en", "Police held half a dozen men.", "half a dozen men", 6, "men"),
        # "more" and "other" before the counted noun
        (
            "en",
            "The bank signalled two more rate rises.",
            "two more rate rises",
            2,
            "more rate rises",
        ),
        ("en", "Three other people were hurt.", "Three other people", 3, "other people"),
        # a degree sign is the unit
        ("en", "It fell to 4°C overnight.", "4°C", 4, "°C"),
        ("id", "Suhu mencapai 38,5°C siang itu.", "38,5°C", 38.5, "°C"),
        # a golfer's score against par
        ("en", "She finished at 12 under par.", "12 under par", 12, "under par"),
        ("id", "Ia mencetak skor tiga di bawah par.", "tiga di bawah par", 3, "di bawah par"),
        # an acronym spelling a stop word is no stop word
        ("en", "The currency fell to 64.20 US cents.", "64.20 US cents", 64.2, "US cents"),
        # a disease in -s modifies the noun after it
        (
            "en",
            "Officials counted 1,284 measles cases.",
            "1,284 measles cases",
            1284,
            "measles cases",
        ),
    ],
)
def test_rough_amounts_halves_signs_and_pars(
    lang: str, sentence: str, span: str, value: float | None, unit: str
) -> None:
    assert by_text(sentence, lang)[span] == (value, unit)


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "unit"),
    [
        # a bare verb or modal ends the counted phrase
        ("id", "Sekitar 4,5 juta orang datang ke TPS.", "4,5 juta orang", "orang"),
        ("id", "Empat partai gagal meraih kursi.", "Empat partai", "partai"),
        ("id", "Ada 20.000 pelari ambil bagian.", "20.000 pelari", "pelari"),
        ("en", "Children under five get priority.", "five", None),
        # "me" before a consonant no me- verb takes is a noun: "medis", "media"
        ("id", "Panitia menyiapkan 300 tenaga medis.", "300 tenaga medis", "tenaga medis"),
    ],
)
def test_the_counted_phrase_ends_at_bare_verbs(
    lang: str, sentence: str, span: str, unit: str | None
) -> None:
    assert by_text(sentence, lang)[span][1] == unit


def test_more_alone_is_no_unit() -> None:
    assert by_text("They won two more than last time.", "en") == {"two": (2, None)}


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value", "unit"),
    [
        # a plain number word before "of" counts what was named before it
        ("en", "He admitted 17 counts of fraud and two of theft.", "two", 2, None),
        ("en", "Dozens of flights were cancelled.", "Dozens of flights", None, "flights"),
        (
            "en",
            "Two-thirds of economists agree.",
            "Two-thirds of economists",
            0.666667,
            "economists",
        ),
        # "plus or minus" is a margin, not a negative amount
        ("en", "Sales will be $37.5bn, plus or minus 2%.", "2%", 2, "%"),
        ("en", "It was minus 18 degrees.", "minus 18 degrees", -18, "degrees"),
        # a headline's capitals keep the measure's tail
        ("id", "Kasus DBD Naik Tiga Kali Lipat", "Tiga Kali Lipat", 3, "Kali Lipat"),
        # a compound noun whose second word looks like a verb
        (
            "id",
            "Tercatat 58 kasus demam berdarah.",
            "58 kasus demam berdarah",
            58,
            "kasus demam berdarah",
        ),
    ],
)
def test_of_margins_tails_and_compounds(
    lang: str, sentence: str, span: str, value: float | None, unit: str | None
) -> None:
    assert by_text(sentence, lang)[span] == (value, unit)


def test_a_price_per_unit_keeps_its_amount() -> None:
    assert by_text("Harga cabai naik menjadi Rp 80.000/kg.", "id") == {"Rp 80.000": (80_000, "Rp")}


@pytest.mark.parametrize(
    ("lang", "sentence", "span", "value", "unit"),
    [
        ("en", "The storm dumped 1½ inches of rain.", "1½ inches", 1.5, "inches"),
        ("en", "It costs £2½ million.", "£2½ million", 2_500_000, "£"),
        ("id", "Banjir merendam ¾ desa.", "¾ desa", 0.75, "desa"),
    ],
)
def test_a_fraction_character_is_read(
    lang: str, sentence: str, span: str, value: float, unit: str
) -> None:
    assert by_text(sentence, lang)[span] == (value, unit)


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # a ratio counts neither side, whatever its numbers
        ("en", "Two in three stores are in the north.", {}),
        ("en", "Nine in 10 voters agreed.", {}),
        ("en", "He scored 2 in 10 minutes.", {"2": (2, None), "10 minutes": (10, "minutes")}),
        # the size of a change, hedged
        ("en", "Profit fell by almost a third.", {"a third": (0.333333, None)}),
        # pence glued to the digits
        ("en", "Shares fell 6p to 194p.", {"6p": (6, "p"), "194p": (194, "p")}),
        # a comparison ends the counted phrase
        ("id", "Kasus naik seperlima dibanding tahun lalu.", {"seperlima": (0.2, None)}),
        ("id", "Sepertiga sisanya oposisi.", {"Sepertiga": (0.333333, None)}),
    ],
)
def test_ratios_hedged_changes_pence_and_comparisons(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert by_text(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a capitalised plural with no noun after it is what is counted
        ("Two Democrats voted against.", {"Two Democrats": (2, "Democrats")}),
        ("Police said 12 Americans were freed.", {"12 Americans": (12, "Americans")}),
        ("The 3 Lions fans sang.", {"3": (3, None)}),
        # an -ing word alone after a number is what the counted did, after "one" a noun
        ("Ten voted for and three abstaining.", {"Ten": (10, None), "three": (3, None)}),
        ("He held one meeting.", {"one meeting": (1, "meeting")}),
        ("It was the 140th meeting.", {}),  # a position: an ordinal, no amount
        (
            "The 40 remaining hostages were freed.",
            {"40 remaining hostages": (40, "remaining hostages")},
        ),
    ],
)
def test_english_capitalised_plurals_and_ing_words(
    sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert by_text(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a two-word name before a plural noun says what kind of thing is counted
        ("She has won 23 Grand Slam titles.", {"23 Grand Slam titles": (23, "Grand Slam titles")}),
        # a capital anywhere in the word before makes the digits part of a name
        ("The iPhone 15 sold 2.3 million units.", {"2.3 million units": (2_300_000, "units")}),
        # an abbreviated reference word
        ("She is ranked No. 1 in the world.", {}),
        # speeds and weights glued to their digits
        ("Gusts of 70mph hit a 200lb statue.", {"70mph": (70, "mph"), "200lb": (200, "lb")}),
    ],
)
def test_english_names_references_and_glued_units(
    sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert by_text(sentence, "en") == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # an Indonesian digit ordinal after its noun, as "14th minute" is read
        ("id", "Gol itu lahir pada menit ke-67.", {"menit ke-67": (67, "menit")}),
        ("id", "Laga pekan ke-14 ditunda.", {"pekan ke-14": (14, "pekan")}),
        ("id", "Juara bertahan finis di urutan yang ke-3.", {}),
        # "satu" in a fixed phrase counts nothing
        ("id", "Jalan itu kini satu arah.", {}),
        ("id", "Layanan satu pintu dibuka di kantor camat.", {}),
        # an en dash joins a range like a hyphen does; glued between bare digits it is a score
        ("id", "Harga naik 5\u20137 persen.", {"5\u20137 persen": (None, "%")}),
        ("en", "Sales rose 5\u20137% this year.", {"5\u20137%": (None, "%")}),
        ("en", "They won 3\u20131 at home.", {}),
        # a capitalised word before a percentage makes no name of it
        ("en", "Inflation 3% higher than hoped.", {"3%": (3, "%")}),
        (
            "id",
            "Inflasi turun 0,2 poin persentase.",
            {"0,2 poin persentase": (0.2, "poin persentase")},
        ),
        # time units are counted through their adjective, and "hari kerja" is one unit
        ("en", "Refunds take five working days.", {"five working days": (5, "working days")}),
        ("id", "Banding diajukan dalam tiga hari kerja.", {"tiga hari kerja": (3, "hari kerja")}),
        (
            "en",
            "Sales rose for eleven consecutive weeks.",
            {"eleven consecutive weeks": (11, "consecutive weeks")},
        ),
    ],
)
def test_noun_ordinals_fixed_phrases_and_dashes(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert by_text(sentence, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # a grade on a scale is a label, unless a measure follows it
        ("en", "Patients with type 2 diabetes waited.", {}),
        ("en", "She has stage 4 cancer.", {}),
        ("en", "It became a category 5 storm.", {}),
        ("id", "Murid kelas 3 belajar bergantian.", {}),
        ("id", "Pasien diabetes tipe 2 dirawat.", {}),
        ("id", "Lomba kategori 5 km diikuti warga.", {"5 km": (5, "km")}),
        ("id", "Ia turun di kelas 60 kg.", {"60 kg": (60, "kg")}),
        ("id", "Dia meraih peringkat 1 di kelasnya.", {}),
        # a house number before a street's name is part of the name
        ("en", "He lives at 10 Downing Street.", {}),
        ("en", "Staff at 10 Downing Street met 2 envoys.", {"2 envoys": (2, "envoys")}),
        # unit symbols whatever their case or digits
        ("en", "It makes 1.2 TWh a year.", {"1.2 TWh a year": (1.2, "TWh a year")}),
        (
            "id",
            "Pembangkit menghasilkan 300 GWh setahun.",
            {"300 GWh setahun": (300, "GWh setahun")},
        ),
        ("id", "Internet mencapai 100 Mbps.", {"100 Mbps": (100, "Mbps")}),
        ("id", "Lahan 2.000 m2 terbakar.", {"2.000 m2": (2000, "m2")}),
        ("en", "A 500,000 sq ft warehouse opened.", {"500,000 sq ft": (500000, "sq ft")}),
        # British "pc" is per cent
        ("en", "Profit fell 38pc last year.", {"38pc": (38, "%")}),
        # "a handful of", "a couple of" are vague; "half the" is a share like "half of the"
        ("en", "A handful of councils objected.", {"A handful of councils": (None, "councils")}),
        ("en", "It took a couple of weeks.", {"a couple of weeks": (None, "weeks")}),
        ("en", "The couple won a handful.", {}),
        ("en", "Half the staff left.", {"Half": (0.5, None)}),
        ("en", "In the second half the team scored.", {}),
        ("id", "Lusinan kendaraan terjebak.", {"Lusinan kendaraan": (None, "kendaraan")}),
        # a year after an English possessive modifies the noun
        ("en", "The company's 2025 revenue rose.", {}),
        ("en", "Apple\u2019s 2024 profit fell.", {}),
        # "out of" joins a ratio as "in" does
        ("en", "Four out of five doctors agree.", {}),
        ("en", "They came out of 5 cities.", {"5 cities": (5, "cities")}),
        # "vs" in wire copy's tables is no unit
        ("en", "Shr 1.23 vs 1.05.", {"1.23": (1.23, None), "1.05": (1.05, None)}),
        # places in a list or a table of results are no amounts
        ("en", "Results:\n1. Ann Lee ( Kenya ) 3:31.89\n2. Bo Kim ( Korea )", {}),
        ("en", "Team : 15 - Matt Burke , 14 - Joe Roff .", {}),
        ("en", "He won by 2. Then it rained.", {"2": (2, None)}),
        # a year shortened with an apostrophe, and one before an Indonesian verb
        ("id", "Ia pelopor Angkatan '45.", {}),
        ("id", "Kuota SNBP 2027 dipangkas.", {}),
        ("en", "The top half of the league won.", {}),
        # a scale inside a hyphenated amount scales it
        ("en", "She refused a 4-billion-euro offer.", {"4-billion-euro": (4e9, "euro")}),
        # these Indonesian words end the counted noun
        ("id", "Sebanyak 14 aplikasi tanpa izin diblokir.", {"14 aplikasi": (14, "aplikasi")}),
        ("id", "Delapan fraksi setuju.", {"Delapan fraksi": (8, "fraksi")}),
        ("id", "Ia juara Proliga 2026 usai menang.", {}),
        # references in brackets, road markers, Hijri dates and labels written out
        ("id", "Ia dijerat Pasal 114 ayat (2) UU Narkotika.", {}),
        ("id", "Bus terguling di kilometer 164 tol itu.", {}),
        ("id", "Puasa dimulai 1 Ramadhan.", {}),
        ("id", "Murid kelas tiga masuk siang.", {}),
        ("en", "He is number two in the world.", {}),
        ("id", "Frekuensi 700 MHz dilelang.", {"700 MHz": (700, "MHz")}),
        # "half a" before a unit is half of it, as "setengah jam" is
        ("en", "The talks lasted half an hour.", {"half an hour": (0.5, "hour")}),
        (
            "en",
            "Rates fell by half a percentage point.",
            {"half a percentage point": (0.5, "percentage point")},
        ),
        ("en", "Half a Mars bar was left.", {}),
        # a scale opening a hyphenated word scales the amount
        (
            "en",
            "He signed a \u00a31.5 million-a-year deal.",
            {"\u00a31.5 million-a-year": (1.5e6, "\u00a3")},
        ),
        # a hedge or "aged" opening a sentence is no name; a passive verb is no unit
        ("en", "Nearly 40 were hurt.", {"40": (40, None)}),
        ("en", "Aged 34, she won.", {"34": (34, None)}),
        ("id", "Hampir 40 terluka.", {"40": (40, None)}),
        ("id", "Sebanyak 12 terinfeksi.", {"12": (12, None)}),
        # plurals without -s, "worth" and a singular "point" end the counted phrase
        (
            "en",
            "It ordered 150 aircraft worth $18bn.",
            {"150 aircraft": (150, "aircraft"), "$18bn": (1.8e10, "$")},
        ),
        (
            "en",
            "After a 2.4 percentage point rise.",
            {"2.4 percentage point": (2.4, "percentage point")},
        ),
        # a state after the counted noun ends it
        ("id", "Sebanyak 10 pasien sembuh.", {"10 pasien": (10, "pasien")}),
    ],
)
def test_grades_unit_symbols_vague_nouns_and_possessive_years(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert by_text(sentence, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # glued money whose digits are no number is none
        ("id", "Harga naik menjadi Rp1.2.3.4 per liter.", {}),
        # a falling pair of prices is no range
        ("id", "Harga cabai Rp16.350-Rp16.200 per kg.", {}),
        ("en", "Tickets cost $50 to $20 each.", {"$50": (50, "$"), "$20": (20, "$")}),
        # a capitalised word ending the text counts nothing
        ("en", "He bought 3 Apple", {"3": (3, None)}),
    ],
)
def test_odd_money_falling_prices_and_a_last_capitalised_word(
    lang: str, sentence: str, expected: dict[str, tuple[object, object]]
) -> None:
    assert by_text(sentence, lang) == expected
