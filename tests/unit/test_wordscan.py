"""The word scanner the number and time annotators share."""

from __future__ import annotations

from reader.analysis.wordscan import GAP, may_start, scan_words

TRIGGERS = frozenset({"hari"})


def test_words_carry_offsets_surface_and_lowercase_forms() -> None:
    text = "Pada 19/3/2025 Rp1,5 triliun (12,5%) cair dua hari kemudian."
    words = scan_words(text, TRIGGERS).words
    assert [w.text for w in words][:4] == ["Pada", "19/3/2025", "Rp1,5", "triliun"]
    for word in words:
        assert text[word.start : word.end] == word.text
        assert word.low == text.lower()[word.start : word.end]


def test_only_the_stretches_around_candidates_are_scanned() -> None:
    far = " ".join(["kata"] * 30)
    words = scan_words(f"{far} 5 {far} hari {far}", TRIGGERS).words
    assert "5" in [w.text for w in words] and "hari" in [w.text for w in words]
    assert [w.text for w in words].count(GAP) == 1
    assert len(words) < 50  # of 93


def test_lowercase_forms_follow_the_whole_text() -> None:
    """Greek final sigma depends on what follows ("·" is a word of its own)."""
    for text in ("ΟΔΟΣ·Α 2 hari", "ΟΔΟΣ 5 hari"):
        words = scan_words(text, TRIGGERS).words
        assert [w.low for w in words] == [text.lower()[w.start : w.end] for w in words]
    assert scan_words("ΟΔΟΣ·Α 2", TRIGGERS).words[0].low == "οδοσ"  # not "οδος": "Α" follows


def test_letters_that_lower_to_two_characters_keep_the_offsets() -> None:
    words = scan_words("İSTANBUL 3 hari", TRIGGERS).words
    assert [(w.start, w.end, w.text, w.low) for w in words] == [
        (0, 8, "İSTANBUL", "istanbul"),
        (9, 10, "3", "3"),
        (11, 15, "hari", "hari"),
    ]


def test_a_stretch_after_only_spaces_adds_no_words_where_offsets_change() -> None:
    """With "İ" the stretches are read one by one; the one after "2" holds only spaces."""
    words = scan_words("İzmir 1 2" + " " * 100 + "kata", TRIGGERS).words
    assert [w.text for w in words] == ["İzmir", "1", "2"]


def test_a_word_with_no_space_for_long_before_it_is_still_scanned() -> None:
    text = "lihat:" + "x" * 60 + "(2024) lalu"
    words = scan_words(text, TRIGGERS).words
    assert [w.text for w in words][-4:] == ["(", "2024", ")", "lalu"]


def test_words_where_a_number_or_time_may_start() -> None:
    lows = ["dua", "hari", "2024", "rp50.000", "g20", "dua-tiga", "hari-hari", "b2b", ",", "-"]
    assert may_start(lows, frozenset({"dua"})) == [0, 2, 3, 4, 5]


def test_a_gap_stands_where_the_stretch_before_ends() -> None:
    """The stretch around "5" reaches 50 characters on, into the spaces after it."""
    text = "5" + " " * 60 + " ".join(["kata"] * 30) + " hari"
    words = scan_words(text, TRIGGERS).words
    assert [(w.start, w.end, w.text) for w in words[:2]] == [(0, 1, "5"), (51, 51, GAP)]


def test_the_scan_names_the_words_it_kept_the_stretches_around() -> None:
    far = " ".join(["kata"] * 30)
    scan = scan_words(f"{far} 5 {far} dua hari {far}", TRIGGERS)
    assert [scan.words[k].text for k in scan.starts] == ["5", "hari"]
    assert list(scan.starts) == may_start(scan.lows, TRIGGERS)


def test_the_start_test_can_be_narrowed_to_some_words() -> None:
    lows = ["dua", "hari", "2024", "tiga"]
    assert may_start(lows, frozenset({"dua", "tiga"}), among=[1, 2, 3]) == [2, 3]


def test_a_slash_parts_a_price_from_its_unit_but_not_a_date_or_a_rate() -> None:
    text = "Rp 80.000/kg pada 19/3/2025, 45 km/jam, kuartal I/2025"
    words = [w.text for w in scan_words(text, TRIGGERS).words]
    assert words[:4] == ["Rp", "80.000", "/", "kg"]
    assert {"19/3/2025", "km/jam", "I/2025"} <= set(words)


def test_the_start_test_answers_the_same_for_words_it_has_seen() -> None:
    vocabulary = frozenset({"tiga", "pekan"})
    assert may_start(["tiga", "kata", "5", "tiga-empat"], vocabulary) == [0, 2, 3]
    assert may_start(["kata", "tiga", "5"], vocabulary) == [1, 2]
    assert may_start(["pekan", "kata", "tiga", "x1"], vocabulary) == [0, 2, 3]
