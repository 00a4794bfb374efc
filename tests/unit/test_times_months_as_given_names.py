"""Indonesian month names inside a person's name ("Raja Juli Antoni", and "Raja Juli" later)
are no times, while a month after a cue, opening a sentence or after an acronym still is."""

import pytest

from reader.analysis import analyze


def _times(text: str) -> list[tuple[str, str | None]]:
    found = analyze(text, lang="id", backend="builtin", pubdate="2026-11-25")
    return [(t.text, t.value) for t in found.times]


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Kehutanan Raja Juli Antoni meninjau lokasi kebakaran.",
        "Menteri Raja Juli Antoni tiba. Api sudah padam, kata Raja Juli kepada wartawan.",
    ],
)
def test_a_month_inside_a_persons_name_is_no_time(text: str) -> None:
    assert _times(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Harga beras naik pada Juli.",
        "Juli menjadi bulan terpanas.",
        "Inflasi Juli tercatat 2 persen.",
        "Laporan BPS Juli menunjukkan kenaikan.",
    ],
)
def test_a_month_after_a_cue_an_opening_word_or_an_acronym_is_a_time(text: str) -> None:
    assert _times(text) == [("Juli", "2026-07")]


def test_a_month_inside_a_name_is_no_time_whatever_order_the_names_come_in() -> None:
    """find_times looks the names up by offset, so names handed over out of order (or one
    inside another) hide the month inside them and no other."""
    from datetime import date

    from reader.analysis.backends.builtin import BuiltinBackend
    from reader.analysis.model import Entity
    from reader.analysis.times import find_times

    text = "Kata Bu Sri, Menteri Raja Juli Antoni datang pada Juli lalu."
    doc = BuiltinBackend().parse(text, "id")

    def name(words: str) -> Entity:
        start = text.index(words)
        return Entity(start, start + len(words), words, "PER")

    names = [name("Raja Juli Antoni"), name("Bu Sri"), name("Juli Antoni")]
    found = find_times(doc, date(2026, 11, 25), list(reversed(names)))
    assert [(t.text, t.start) for t in found] == [("Juli lalu", text.rindex("Juli"))]
