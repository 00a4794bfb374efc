"""A subject that describes the organisation a story is about ("the company", "the chain",
"Perseroan", "perusahaan itu") stands for the one that opened a sentence before it."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _actors(text: str, lang: str) -> list[tuple[str, list[str]]]:
    found = analyze(text, lang=lang, backend="builtin", pubdate="2026-03-12")
    names = {a.id: a.name for a in found.actors}
    return [(e.trigger.text, [names[i] for i in e.actors]) for e in found.events if e.trigger]


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "actor"),
    [
        (
            "Corvale Shipping Ltd reported a loss on Monday. The week before, the company had "
            "cut its forecast.",
            "en",
            "cut",
            "Corvale Shipping Ltd",
        ),
        (
            "PT Semen Andalas Tbk mencatat laba Rp 1 triliun. Perseroan menutup pabrik di "
            "Padang pada Senin.",
            "id",
            "menutup",
            "PT Semen Andalas Tbk",
        ),
        (
            "PT Semen Andalas Tbk mencatat laba Rp 1 triliun. Perusahaan itu akan membagikan "
            "dividen.",
            "id",
            "membagikan",
            "PT Semen Andalas Tbk",
        ),
    ],
)
def test_a_described_company_is_the_one_named_before(
    text: str, lang: str, trigger: str, actor: str
) -> None:
    assert dict(_actors(text, lang))[trigger] == [actor]


def test_a_company_of_another_kind_of_word_is_no_description() -> None:
    text = "Corvale Shipping Ltd reported a loss on Monday. The storm had cut power."
    assert dict(_actors(text, "en"))["cut"] == []
