"""A pronoun or description after a quote goes back to a sentence opened by a role ("The
minister defended the force. “…,” he said"): that role's person is who speaks, not the one
quoted before. Sentences written for these tests (names invented)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

TEXT = (
    "Interior minister Daniel Kiprop ordered an inquiry into the shootings.\n\n"
    "Its director, Grace Wanjiru, said the police had fired live rounds. "
    "“We have the casings,” she told reporters.\n\n"
    "The minister defended the force. “Our officers were attacked with stones,” {cue}.\n"
)


@pytest.mark.parametrize("cue", ["he said", "the former senator said"])
def test_a_role_opening_the_sentence_before_is_who_speaks(cue: str) -> None:
    quotes = analyze(TEXT.format(cue=cue), lang="en", backend="builtin").quotes
    assert [q.speaker for q in quotes] == ["grace-wanjiru", "daniel-kiprop"]


def test_indonesian_role_opening_the_sentence_before_is_who_speaks() -> None:
    text = (
        "Menteri Dalam Negeri Budi Hartono meninjau lokasi. Warga, Siti Aminah, mengeluh "
        "soal air. “Airnya keruh,” ujar Siti.\n\n"
        "Sang menteri berjanji mengirim tangki air. “Besok tangki datang,” katanya."
    )
    quotes = analyze(text, lang="id", backend="builtin").quotes
    assert [q.speaker for q in quotes] == ["siti-aminah", "budi-hartono"]
