"""A title in quotes inside the description after a speech cue ("kata pelantun “Hujan”
itu", "ujar pemeran film “Senja” tersebut") is passed over: the description still closes
with its demonstrative and names the person it describes. Sentences written for these
tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang="id", backend="builtin").quotes]


def test_a_song_title_inside_the_description_after_kata_is_passed_over() -> None:
    text = (
        "Konser Amal di Solo\n\nPenyanyi Dinda Puspita tampil di Solo pada Sabtu malam. "
        "Penonton memadati stadion. “Saya terharu sekali,” kata pelantun “Langit Jingga” itu."
    )
    assert speakers(text) == ["dinda-puspita"]


def test_a_film_title_inside_the_description_after_ujar_is_passed_over() -> None:
    text = (
        "Film Baru Tayang\n\nAktor Bayu Samudra hadir di pemutaran perdana. Gedung penuh. "
        "“Syutingnya berat,” ujar pemeran film “Jalan Pulang” tersebut."
    )
    assert speakers(text) == ["bayu-samudra"]


def test_a_long_title_in_the_cue_does_not_push_the_speaker_out() -> None:
    text = (
        "“We filmed it over one winter,” said the director of the documentary “The Last "
        "Ferry Across The Grey Water Before The Bridge Opened”, Owen Adeyemi."
    )
    quotes = analyze(text, lang="en", backend="builtin").quotes
    assert [q.speaker for q in quotes] == ["owen-adeyemi"]
