"""An Indonesian title in lowercase standing alone after a speech verb ("tutur hakim.",
"kata jaksa.") is the official named before, as "hakim itu" would be; a capitalised one
may be a name ("kata Hakim"). Sentences written for these tests (names invented)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

TEXT = (
    "Hakim tunggal Siti Rahmawati menutup sidang dan menjadwalkan putusan pada Jumat. "
    "“Para pihak diminta menyerahkan kesimpulan,” {cue}."
)


@pytest.mark.parametrize("cue", ["tutur hakim", "kata hakim"])
def test_a_bare_lowercase_title_is_the_official_named_before(cue: str) -> None:
    quotes = analyze(TEXT.format(cue=cue), lang="id", backend="builtin").quotes
    assert [q.speaker for q in quotes] == ["siti-rahmawati"]


def test_a_bare_title_with_more_words_after_it_is_not_read_bare() -> None:
    text = (
        "Jaksa Rina Marlina membacakan tuntutan. Terdakwa Budi Hartono menangis. "
        "“Saya menyesal,” kata jaksa penuntut umum lain."
    )
    quotes = analyze(text, lang="id", backend="builtin").quotes
    assert [q.speaker for q in quotes] != ["budi-hartono"]
