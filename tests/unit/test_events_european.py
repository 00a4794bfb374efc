"""Events in German, French, Spanish, Italian, Portuguese and Dutch with the built-in
backend: each clause with a finite verb and its subject is one event (sentences written for
these tests, names invented)."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis import analyze
from reader.analysis.predicates import european_verb_strength


def summaries(text: str, lang: str) -> list[str]:
    found = analyze(text, lang=lang, backend="builtin", pubdate=date(2025, 3, 19)).events
    return [e.summary for e in found]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Regierung hat den Plan gestern gebilligt. Der Minister stellte ihn vor.", "de"),
        ("Les pompiers ont évacué le quartier. Le maire prévoyait une réunion.", "fr"),
        ("El incendio arrasó el bosque. Los vecinos volvieron a casa.", "es"),
        ("Il Senato ha approvato la legge. La ministra parlerà domani.", "it"),
        ("O banco publicou os dados. Os preços subiram em março.", "pt"),
        ("De club won zondag. De spits ligt drie weken uit.", "nl"),
    ],
)
def test_each_clause_with_a_verb_is_an_event(text: str, lang: str) -> None:
    assert len(summaries(text, lang)) == 2


def test_a_named_subject_is_the_events_actor() -> None:
    found = analyze("La ministra Carla Nuti ha firmato il decreto ieri.", lang="it",
                    backend="builtin", pubdate=date(2025, 3, 19)).events  # fmt: skip
    assert [e.actors for e in found] == [["carla-nuti"]]


def test_a_german_adjective_after_an_article_is_no_verb() -> None:
    assert european_verb_strength("letzte", "die", "de") == 0
    assert european_verb_strength("meldete", "firma", "de") == 1
    assert european_verb_strength("hat", "", "de") == 2


def test_a_speech_frame_around_a_quote_is_no_event() -> None:
    text = "« Nous avons gagné », a déclaré Paul Morin. Le club a signé un contrat."
    assert summaries(text, "fr") == ["Le club a signé un contrat"]


def test_french_il_y_a_is_no_clause_of_its_own() -> None:
    text = "Il y a trois mois, le gouvernement promettait une baisse."
    assert summaries(text, "fr") == [text[:-1]]


def test_listed_german_strong_verbs_make_events() -> None:
    text = "Im ersten Quartal sank der Absatz. Das Finale findet in Köln statt."
    assert len(summaries(text, "de")) == 2


def test_a_noun_after_a_french_article_is_no_event() -> None:
    text = "Le retrait des troupes a commencé lundi. Le front du nord. Un extrait du rapport."
    assert summaries(text, "fr") == ["Le retrait des troupes a commencé lundi"]


def test_an_article_that_is_also_a_pronoun_keeps_a_clear_verb() -> None:
    assert european_verb_strength("aprobó", "la", "es") == 1
    assert european_verb_strength("portrait", "le", "fr") == 0
    assert european_verb_strength("publicó", "el", "es") == 0


def test_after_a_plural_article_pronoun_a_verb_ending_is_a_verb() -> None:
    assert european_verb_strength("attendait", "les", "fr") == 1
    assert european_verb_strength("lava", "a", "pt") == 0


def test_a_capitalised_german_word_opening_a_sentence_is_no_verb() -> None:
    text = "Experten in Berlin. Die Firma meldete einen Gewinn."
    assert summaries(text, "de") == ["Die Firma meldete einen Gewinn"]


def timeline(text: str, lang: str) -> list[str]:
    found = analyze(text, lang=lang, backend="builtin", pubdate=date(2025, 3, 19)).events
    return [e.summary.split()[-1] for e in sorted(found, key=lambda e: e.order)]


@pytest.mark.parametrize(
    ("text", "lang", "order"),
    [
        ("Le port a fermé mardi. Les quais resteront vides. Le mois dernier, le port avait grandi.",
         "fr", ["grandi", "mardi", "vides"]),
        ("Der Umsatz sank am Dienstag. Die Kais werden leer bleiben. "
         "Letzten Monat hatte der Hafen gewonnen.",
         "de", ["gewonnen", "Dienstag", "bleiben"]),
        ("El puerto cerró el martes. Los muelles quedarán vacíos. "
         "El mes pasado el puerto había crecido.",
         "es", ["crecido", "martes", "vacíos"]),
        ("Il porto ha chiuso martedì. Le banchine resteranno vuote. "
         "Il mese scorso il porto aveva vinto.",
         "it", ["vinto", "martedì", "vuote"]),
    ],
)  # fmt: skip
def test_future_after_the_day_and_last_month_first(text: str, lang: str, order: list[str]) -> None:
    """A clause in the future goes after the news of the day, one dated "last month" first."""
    assert timeline(text, lang) == order


def test_a_party_in_brackets_after_a_person_is_no_participant() -> None:
    text = "Finanzminister Lars Hoffmann (SPD) sagte am Dienstag in Berlin, die Steuer sinke."
    found = analyze(text, lang="de", backend="builtin").events
    assert [e.actors for e in found][:1] == [["lars-hoffmann"]]


@pytest.mark.parametrize(
    ("text", "lang", "verb"),
    [
        (
            "La ministra de Sanidad, Marta Gil, presentó el plan. La ministra insistió en ello.",
            "es",
            "insistió",
        ),
        ("Kanzler Olaf Brandt traf Macron. Der Kanzler reiste dann nach Rom.", "de", "reiste"),
    ],
)
def test_a_definite_title_as_subject_is_the_person_named_before(
    text: str, lang: str, verb: str
) -> None:
    found = analyze(text, lang=lang, backend="builtin").events
    at = text.index(verb)
    event = next(e for e in found if e.start <= at < e.end)
    assert event.actors[:1] == [found[0].actors[0]]


def test_a_dutch_weak_past_after_a_subject_and_its_apposition_is_an_event() -> None:
    text = "De minister van Financiën, Eelco Hendriks, presenteerde het plan."
    found = analyze(text, lang="nl", backend="builtin").events
    assert [(text[e.trigger.start : e.trigger.end], e.actors) for e in found if e.trigger] == [
        ("presenteerde", ["eelco-hendriks"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "O presidente Rui Lemos falou ontem. O ministro anunciou um plano.",
        "O presidente Rui Lemos falou. O ministro da Saúde, Caio Ribeiro, anunciou um plano.",
        "«Meu cliente lamenta», disse o advogado Rui Lemos. O juiz anunciou um plano.",
    ],
)
def test_a_definite_title_is_not_someone_named_with_another_title(text: str) -> None:
    found = analyze(text, lang="pt", backend="builtin").events
    at = text.index("anunciou")
    event = next(e for e in found if e.start <= at < e.end)
    assert "rui-lemos" not in event.actors


@pytest.mark.parametrize(
    ("text", "lang", "verb", "body"),
    [
        (
            "El Betis ganó el sábado al Sevilla. El técnico Ramón Gil habló. "
            "El club visitará el domingo al Valencia.",
            "es",
            "visitará",
            "betis",
        ),
        (
            "La Juventus ha battuto l'Inter. La squadra affronterà sabato il Napoli.",
            "it",
            "affronterà",
            "juventus",
        ),
        (
            "Die Firma Krellwerk meldete Verluste. Das Unternehmen will Stellen streichen.",
            "de",
            "streichen",
            "krellwerk",
        ),
    ],
)
def test_a_definite_body_as_subject_is_the_organisation_that_opened_a_sentence_before(
    text: str, lang: str, verb: str, body: str
) -> None:
    found = analyze(text, lang=lang, backend="builtin").events
    at = text.index(verb)
    event = next(e for e in found if e.start <= at < e.end)
    assert event.actors[:1] == [body]
