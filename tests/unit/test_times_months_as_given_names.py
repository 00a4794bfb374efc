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
