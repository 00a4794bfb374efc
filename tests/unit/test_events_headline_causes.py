"""A headline that says what one thing caused ("Verdict sparks protest", "Results prompt share
slump", "Vonis picu demo") has the cause verb as its happening: headlines use "spark",
"prompt", "spur", "trigger", "picu" so, in their bare or "-s" form."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("headline", "lang", "verb"),
    [
        ("Brightwell results prompt share slump", "en", "prompt"),
        ("Verdict Prompts Protest In Porthaven", "en", "Prompts"),
        ("Rate rise spurs selling", "en", "spurs"),
        ("Vonis mantan bupati picu demo di Sampit", "id", "picu"),
        ("Kenaikan Harga BBM Picu Antrean Panjang", "id", "Picu"),
    ],
)
def test_a_headline_s_cause_verb_is_its_happening(headline: str, lang: str, verb: str) -> None:
    text = headline + "\n\nThe story follows in the body of the article."
    events = analyze(text, lang=lang, backend="builtin", pubdate="2026-04-16").events
    first = min(events, key=lambda e: e.start)
    assert first.trigger is not None and first.trigger.text == verb
    assert first.summary == headline
