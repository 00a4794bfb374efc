"""An event's summary leaves out the dateline its lead opens with ("PORTHAVEN —", "JAKARTA,
KOMPAS.com —", "LONDON, Jan 28 (Newswire) —"): where and by whom the story was filed is no
part of what happened, and a timeline row starts with who acted."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def first_summary(text: str, lang: str) -> str:
    events = analyze(text, lang=lang, backend="builtin", pubdate="2026-04-16").events
    return min(events, key=lambda e: e.start).summary


@pytest.mark.parametrize(
    ("text", "lang", "summary"),
    [
        (
            "PORTHAVEN — A jury on Wednesday convicted the former port director of fraud.",
            "en",
            "A jury on Wednesday convicted the former port director of fraud",
        ),
        (
            "LONDON, Jan 28 (Newswire) - Brightwell Plc said on Tuesday its profit fell.",
            "en",
            "Brightwell Plc said on Tuesday its profit fell",
        ),
        (
            "JAKARTA, KOMPAS.com — Polisi menangkap tiga pria di Cikampek pada Selasa.",
            "id",
            "Polisi menangkap tiga pria di Cikampek pada Selasa",
        ),
    ],
)
def test_the_lead_s_summary_starts_past_its_dateline(text: str, lang: str, summary: str) -> None:
    assert first_summary(text, lang) == summary


def test_a_line_without_a_dateline_keeps_its_opening_words() -> None:
    text = "Police in Cikampek - a busy junction - arrested three men on Tuesday."
    assert first_summary(text, "en").startswith("Police in Cikampek")
