"""A timeline row is read apart from its sentence: a clause opened by a person's pronoun names
the person in its summary, as the quotes resolve the pronoun."""

from __future__ import annotations

from reader.analysis import analyze


def _summaries(text: str, lang: str) -> dict[str, str]:
    found = analyze(text, lang=lang, backend="builtin", pubdate="2026-02-10")
    return {e.trigger.text: e.summary for e in found.events if e.trigger}


def test_an_english_pronoun_is_named_in_the_summary() -> None:
    text = (
        "Chief executive Dana Cole said sales had fallen. "
        "She said the workers would be offered jobs at other plants."
    )
    said = [s for t, s in _summaries(text, "en").items() if t == "said"]
    assert said[-1].startswith("Dana Cole said the workers would be offered")


def test_an_indonesian_pronoun_is_named_in_the_summary() -> None:
    text = (
        "Ketua DPRD Buky Wibawa menyatakan rapat akan digelar pada November. "
        "Ia mengatakan Badan Anggaran telah membahas rancangan itu."
    )
    assert _summaries(text, "id")["mengatakan"].startswith("Buky Wibawa mengatakan Badan")


def test_a_pronoun_with_no_person_before_it_stays() -> None:
    summaries = _summaries("He said the plan would fail.", "en")
    assert summaries["said"].startswith("He said")


def test_a_pronoun_is_not_named_after_a_person_named_in_its_own_clause() -> None:
    text = "The striker watched Rafael Nadal play. He lost 6-4 to Nadal last year."
    assert _summaries(text, "en")["lost"].startswith("He lost")


def test_portuguese_dia_is_a_day_not_a_pronoun() -> None:
    text = "O ministro João Silva visitou Lisboa. Dia 5 de março, o governo aprovou o plano."
    found = analyze(text, lang="pt", backend="builtin", pubdate="2025-03-19")
    approved = next(e for e in found.events if e.trigger and e.trigger.text == "aprovou")
    assert approved.summary.startswith("Dia 5 de março") and approved.actors == []
