"""European events by tense, with the built-in backend: present-tense verbs after a subject,
strong pasts, what a future auxiliary or a passive "wird" tells the timeline, and cues after
a German or Dutch verb (sentences written for these tests, names invented)."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis import analyze
from reader.analysis.model import Event
from reader.analysis.narrative import rough_past_day


def events(text: str, lang: str) -> list[Event]:
    return analyze(text, lang=lang, backend="builtin", pubdate=date(2025, 3, 12)).events


def triggers(text: str, lang: str) -> list[str]:
    return [text[e.trigger.start : e.trigger.end] for e in events(text, lang) if e.trigger]


def order_of(text: str, lang: str, word: str) -> int:
    found = events(text, lang)
    at = text.index(word)
    return next(e.order for e in found if e.start <= at < e.end)


@pytest.mark.parametrize(
    ("text", "lang", "verb"),
    [
        ("Le ministre Paul Ravel présente un projet de loi.", "fr", "présente"),
        ("Le gouvernement français défend un texte plus strict.", "fr", "défend"),
        ("La presidente Gina Ferri incontra oggi i sindacati.", "it", "incontra"),
        ("La oposición critica el retraso del Gobierno.", "es", "critica"),
        ("O governo espera um acordo.", "pt", "espera"),
        ("De Tweede Kamer debatteert volgende week over het plan.", "nl", "debatteert"),
        ("Die Regierung plant neue Regeln.", "de", "plant"),
        ("Het kabinet besloot vrijdag om de btw te verlagen.", "nl", "besloot"),
        ("Am Montag schloss die Firma Kellner einen Vertrag.", "de", "schloss"),
        ("Na semana passada, o ministro Rui Sousa reuniu-se com investidores.", "pt", "reuniu-se"),
        ("Le Sénat examinera le projet en avril.", "fr", "examinera"),
    ],
)
def test_a_finite_verb_after_its_subject_is_the_predicate(text: str, lang: str, verb: str) -> None:
    assert triggers(text, lang) == [verb]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La marche à Paris contre la réforme.", "fr"),
        ("Die beiden Politiker in Berlin.", "de"),
        ("La politique étrangère de la France.", "fr"),
        ("La réunion prévue le 3 mars.", "fr"),
    ],
)
def test_nouns_adjectives_and_prepositions_after_a_subject_are_no_verbs(
    text: str, lang: str
) -> None:
    assert triggers(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "now", "later"),
    [
        (
            "Das Werk wird derzeit gebaut. Die Produktion soll 2027 beginnen.",
            "de",
            "gebaut",
            "2027",
        ),
        (
            "Der Bericht wird erstellt. Die Sitzung findet am 17. April statt.",
            "de",
            "erstellt",
            "April",
        ),
        ("Der Kanzler traf Mayer. Der Kanzler wird nach Paris reisen.", "de", "traf", "reisen"),
        (
            "El Gobierno aprobó el plan. El Estado va a construir pisos.",
            "es",
            "aprobó",
            "construir",
        ),
        ("O ministro falou ontem. O presidente vai visitar a China.", "pt", "falou", "visitar"),
    ],
)
def test_the_future_comes_after_the_news_but_a_passive_wird_does_not(
    text: str, lang: str, now: str, later: str
) -> None:
    assert order_of(text, lang, now) < order_of(text, lang, later)


@pytest.mark.parametrize(
    ("text", "lang", "verb"),
    [
        ("Die Regierung will die Steuer senken.", "de", "senken"),
        ("Der Konzern muss in Zwickau 2.000 Stellen abbauen.", "de", "abbauen"),
        ("Die Gespräche sollen in Wolfsburg fortgesetzt werden.", "de", "fortgesetzt"),
        ("Das Werk soll 2026 fertig sein.", "de", "fertig"),
        ("Het kabinet wil de huurprijzen in de vrije sector bevriezen.", "nl", "bevriezen"),
        ("De brug zal in 2027 gebouwd worden.", "nl", "gebouwd"),
        ("Ajax heeft met 1-3 verloren van PSV in Eindhoven.", "nl", "verloren"),
        ("Burgemeester Sharon Dekkers van Utrecht was aanwezig.", "nl", "aanwezig"),
        ("Het bedrijf heeft een nieuwe directeur.", "nl", "heeft"),
        ("Het kabinet zal volgende week reageren op het rapport.", "nl", "reageren"),
        ("Trainer Bert van Dijk was tevreden over zijn ploeg.", "nl", "tevreden"),
        ("Het bestuur heeft het besluit aangekondigd.", "nl", "aangekondigd"),
        ("Le procès pourrait s'ouvrir au printemps.", "fr", "s'ouvrir"),
        ("Le club ne pourra pas recruter cet hiver.", "fr", "recruter"),
        ("Le auto più vecchie non potranno entrare in città.", "it", "entrare"),
        ("A próxima reunião vai realizar-se em dezembro.", "pt", "realizar-se"),
    ],
)
def test_a_modal_or_auxiliary_hands_the_trigger_to_the_verb_it_serves(
    text: str, lang: str, verb: str
) -> None:
    assert triggers(text, lang) == [verb]


@pytest.mark.parametrize(
    ("text", "lang", "before", "after"),
    [
        (
            "Der Rat traf sich in Bonn. Der Bundestag soll im Mai abstimmen.",
            "de",
            "traf",
            "abstimmen",
        ),
        ("De raad kwam bijeen. De Kamer zullen het plan bespreken.", "nl", "kwam", "bespreken"),
    ],
)
def test_soll_and_zullen_tell_of_the_future(text: str, lang: str, before: str, after: str) -> None:
    assert order_of(text, lang, before) < order_of(text, lang, after)


def test_soll_before_a_perfect_reports_the_past() -> None:
    text = "Der Beamte soll das Geld gestohlen haben. Am Montag traf der Minister Mayer."
    assert order_of(text, "de", "gestohlen") < order_of(text, "de", "traf")
    text = "Der Beamte soll das Geld zurückgeben. Am Montag traf der Minister Mayer."
    assert order_of(text, "de", "zurückgeben") > order_of(text, "de", "traf")


def test_a_cue_after_a_dutch_verb_orders_its_clause() -> None:
    text = "Het kabinet besloot vrijdag een akkoord. Minister Eelco Smit sloot eerder een deal."
    assert order_of(text, "nl", " sloot") < order_of(text, "nl", "besloot")


def test_a_month_still_ahead_with_lalu_is_last_years() -> None:
    assert rough_past_day("Desember lalu", "2025-03-12") == "2024-12-15"
    assert rough_past_day("last December", "2025-03-12") == "2024-12-15"
    assert rough_past_day("Desember", "2025-03-12") is None


def test_a_month_gone_by_with_lalu_orders_its_clause_first() -> None:
    text = (
        "Bupati Garut Rudi Gunawan meresmikan jembatan baru, Senin (10/3). "
        "Jembatan itu sempat rusak akibat banjir pada Desember lalu."
    )
    assert order_of(text, "id", "rusak") < order_of(text, "id", "meresmikan")


def test_a_future_month_the_time_grammar_resolved_orders_a_future_clause() -> None:
    text = (
        "O presidente Rui Lemos vai visitar a China em maio. "
        "O anúncio foi feito nesta terça-feira pelo governo. O ministro falou ontem."
    )
    assert order_of(text, "pt", "falou") < order_of(text, "pt", "visitar")
    assert order_of(text, "pt", "anúncio") < order_of(text, "pt", "visitar")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Le juge l'a interrogé mardi.", "l'a"),
        ("La ministre s'est exprimée hier.", "s'est"),
    ],
)
def test_an_article_opening_a_sentence_makes_a_noun_and_an_elided_auxiliary_a_verb(
    text: str, verb: str
) -> None:
    assert triggers(text, "fr") == [verb]


@pytest.mark.parametrize(
    ("text", "lang", "verb"),
    [
        ("Die Regierung hat am Mittwoch ein Gesetz beschlossen.", "de", "beschlossen"),
        ("Het kabinet heeft gisteren een akkoord gesloten.", "nl", "gesloten"),
        ("Les syndicats ont manifesté samedi à Paris.", "fr", "manifesté"),
        ("Il governo ha approvato lunedì il decreto.", "it", "approvato"),
        ("El Estado va a construir pisos.", "es", "construir"),
        ("O anúncio foi feito pelo governo.", "pt", "feito"),
        ("Der Kanzler ist in Berlin.", "de", "ist"),
    ],
)
def test_an_auxiliarys_event_is_triggered_by_the_verb_it_serves(
    text: str, lang: str, verb: str
) -> None:
    assert triggers(text, lang) == [verb]


@pytest.mark.parametrize(
    ("text", "lang", "verbs"),
    [
        ("El Partido Popular rechazó la medida y pidió su retirada.", "es", ["rechazó", "pidió"]),
        ("Die Polizei nahm den Mann fest und verhörte ihn.", "de", ["nahm", "verhörte"]),
        ("Pedro Ruiz y María Gil llegaron tarde.", "es", ["llegaron"]),
    ],
)
def test_and_before_a_verb_joins_a_second_predicate_of_the_same_subject(
    text: str, lang: str, verbs: list[str]
) -> None:
    assert triggers(text, lang) == verbs


def test_a_portuguese_past_in_eu_is_a_verb_but_europeu_is_not() -> None:
    assert triggers("A seleção venceu a Polónia por 2-1.", "pt") == ["venceu"]
    assert triggers("O mercado europeu caiu ontem.", "pt") == ["caiu"]


@pytest.mark.parametrize(
    ("text", "lang", "earlier", "later"),
    [
        (
            "Le tribunal a condamné mardi un ancien maire. L'élu avait reçu des pots-de-vin.",
            "fr",
            "reçu",
            "condamné",
        ),
        (
            "Das Gericht verurteilte am Dienstag den Bürgermeister. Er hatte Geld angenommen.",
            "de",
            "angenommen",
            "verurteilte",
        ),
        (
            "El tribunal condenó el martes al alcalde. El alcalde había cobrado sobornos.",
            "es",
            "cobrado",
            "condenó",
        ),
    ],
)
def test_the_pluperfect_looks_back_before_the_news(
    text: str, lang: str, earlier: str, later: str
) -> None:
    assert order_of(text, lang, earlier) < order_of(text, lang, later)


def test_have_alone_is_no_pluperfect() -> None:
    text = "Die Firma hatte 500 Mitarbeiter. Am Montag schloss sie das Werk."
    assert order_of(text, "de", "hatte") < order_of(text, "de", "schloss")
