"""Times in German, French, Spanish, Italian, Portuguese and Dutch with the built-in backend:
day-month dates, amounts of time, weeks/months/years told from now, the tense of a weekday
and parts of the day (sentences written for these tests; publication date a Wednesday)."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.model import TimeSpan
from reader.analysis.times import find_times

WEDNESDAY = date(2025, 3, 19)


def times(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    found: list[TimeSpan] = find_times(BuiltinBackend().parse(text, lang), WEDNESDAY)
    return [(t.text, t.type, t.value or t.duration) for t in found]


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Die Wahl fand am 2. Februar 2025 statt.", "de", "2. Februar 2025", "2025-02-02"),
        ("Der Vertrag wurde am 14. März unterzeichnet.", "de", "14. März", "2025-03-14"),
        ("El pleno votó el 4 de marzo de 2025.", "es", "4 de marzo de 2025", "2025-03-04"),
        ("O acordo foi assinado a 7 de março.", "pt", "7 de março", "2025-03-07"),
    ],
)
def test_day_month_dates_with_their_links(text: str, lang: str, span: str, value: str) -> None:
    assert (span, "DATE", value) in times(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Die Gespräche dauerten vier Tage.", "de", "vier Tage", "P4D"),
        ("La grève a duré deux semaines.", "fr", "deux semaines", "P2W"),
        ("Los bomberos trabajaron 36 horas.", "es", "36 horas", "PT36H"),
        ("Il cantiere resterà chiuso sei mesi.", "it", "sei mesi", "P6M"),
        ("A obra vai durar duas semanas.", "pt", "duas semanas", "P2W"),
        ("Het onderzoek duurde drie jaar.", "nl", "drie jaar", "P3Y"),
    ],
)
def test_amounts_of_time_are_durations(text: str, lang: str, span: str, value: str) -> None:
    assert (span, "DURATION", value) in times(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Sie trat vor drei Tagen zurück.", "de", "vor drei Tagen", "2025-03-16"),
        ("Il est parti il y a deux jours.", "fr", "il y a deux jours", "2025-03-17"),
        ("Dimitió hace dos semanas.", "es", "hace dos semanas", "2025-03-05"),
        ("Si è dimesso tre giorni fa.", "it", "tre giorni fa", "2025-03-16"),
        ("Hij vertrok twee dagen geleden.", "nl", "twee dagen geleden", "2025-03-17"),
    ],
)
def test_amounts_ago_are_dates(text: str, lang: str, span: str, value: str) -> None:
    assert (span, "DATE", value) in times(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Im vergangenen Jahr fiel der Umsatz.", "de", "vergangenen Jahr", "2024"),
        ("L'an dernier, les ventes ont chuté.", "fr", "L'an dernier", "2024"),
        ("El año pasado cayeron las ventas.", "es", "El año pasado", "2024"),
        ("L'anno scorso le vendite sono calate.", "it", "L'anno scorso", "2024"),
        ("Vorige maand daalde de omzet.", "nl", "Vorige maand", "2025-02"),
        ("O pacote entra em vigor no ano que vem.", "pt", "ano que vem", "2026"),
    ],
)
def test_months_and_years_told_from_now(text: str, lang: str, span: str, value: str) -> None:
    assert (span, "DATE", value) in times(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Im Dezember stieg die Zahl.", "de", "Dezember", "2024-12"),
        ("Les prix ont baissé en février.", "fr", "février", "2025-02"),
        ("Desde enero crece el empleo.", "es", "enero", "2025-01"),
    ],
)
def test_months_after_a_cue(text: str, lang: str, span: str, value: str) -> None:
    assert (span, "DATE", value) in times(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("El viernes se votará la ley.", "es", "2025-03-21"),
        ("La premier parlerà venerdì alla Camera.", "it", "2025-03-21"),
        ("Vrijdag begint de verkoop.", "nl", "2025-03-21"),
        ("Der Rat soll am Freitag entscheiden.", "de", "2025-03-21"),
        ("El viernes había advertido del riesgo.", "es", "2025-03-14"),
        ("Das Gericht entscheidet am Donnerstag über die Klage.", "de", "2025-03-20"),
        ("Ajax speelt vrijdag thuis tegen de koploper.", "nl", "2025-03-21"),
        ("Die Bayern spielen am Samstag in Berlin.", "de", "2025-03-22"),
        ("Le Sénat vote jeudi le budget.", "fr", "2025-03-20"),
        ("El equipo juega el domingo en casa.", "es", "2025-03-23"),
        ("O Congresso deve votar o orçamento na quinta-feira.", "pt", "2025-03-20"),
        ("La Camera può approvare il testo venerdì.", "it", "2025-03-21"),
        ("Portugal defronta a Escócia na terça-feira em Lisboa.", "pt", "2025-03-25"),
        ("Da lunedì le auto più vecchie non potranno entrare in città.", "it", "2025-03-24"),
        ("Lors d'une conférence de presse mardi, le ministre a parlé.", "fr", "2025-03-18"),
        ("A votação final está marcada para sexta-feira.", "pt", "2025-03-21"),
        ("La sesión fue convocada para el viernes.", "es", "2025-03-21"),
        # the past and the perfect keep the day behind
        ("Das Gericht hat am Donnerstag entschieden.", "de", "2025-03-13"),
        ("Die Minister trafen sich am Montag.", "de", "2025-03-17"),
        ("Die Behörden meldeten am Montag neue Fälle.", "de", "2025-03-17"),
        ("Het kabinet besloot vrijdag een akkoord.", "nl", "2025-03-14"),
        ("Ajax speelde vrijdag tegen de koploper.", "nl", "2025-03-14"),
        ("Le ministre a tenu une conférence de presse mardi.", "fr", "2025-03-18"),
        ("El equipo jugó el domingo en casa.", "es", "2025-03-16"),
        (
            "De minister heeft op maandag gezegd dat het kabinet de wet wil wijzigen.",
            "nl",
            "2025-03-17",
        ),
    ],
)
def test_a_weekday_takes_the_tense_of_its_clause(text: str, lang: str, value: str) -> None:
    assert [t[2] for t in times(text, lang)] == [value]


def test_a_part_of_the_day_after_a_weekday_is_one_time() -> None:
    assert times("Le séisme a frappé samedi soir.", "fr") == [("samedi soir", "TIME", "2025-03-15")]
    found = times("La alcaldesa llegó el lunes por la mañana.", "es")
    assert found == [("lunes por la mañana", "TIME", "2025-03-17")]


def test_a_part_of_the_day_fused_to_the_weekday_is_one_time() -> None:
    assert times("Am Dienstagabend stimmte der Rat ab.", "de") == [
        ("Dienstagabend", "TIME", "2025-03-18")
    ]
    assert times("Zondagmiddag won de club.", "nl") == [("Zondagmiddag", "TIME", "2025-03-16")]


def test_the_morning_is_not_tomorrow() -> None:
    assert times("Am Morgen war es ruhig, morgen entscheidet das Gericht.", "de") == [
        ("morgen", "DATE", "2025-03-20")
    ]
    assert times("Esta mañana llegó el tren.", "es") == []


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Le ministre a parlé jeudi dernier.", "fr", "jeudi dernier", "2025-03-13"),
        ("Giovedì scorso ha parlato.", "it", "Giovedì scorso", "2025-03-13"),
        ("Letzten Donnerstag kam er.", "de", "Letzten Donnerstag", "2025-03-13"),
        ("Hace una semana llegó.", "es", "Hace una semana", "2025-03-12"),
    ],
)
def test_weekday_modifiers_and_one_unit_ago(text: str, lang: str, span: str, value: str) -> None:
    assert (span, "DATE", value) in times(text, lang)


def test_a_part_of_the_day_after_yesterday_is_one_time() -> None:
    assert times("Ontem à tarde, o ministro visitou a ilha.", "pt") == [
        ("Ontem à tarde", "TIME", "2025-03-18")
    ]
    assert times("Un jour, il reviendra.", "fr") == []


@pytest.mark.parametrize("text", ["Der Index stieg am Ende auf 3.", "Sie kam am 3.", "3."])
def test_a_day_number_with_its_dot_at_the_very_end_is_read_without_error(text: str) -> None:
    """The German ordinal dot looks at the word after it; at the end of the text there is none."""
    found = find_times(BuiltinBackend().parse(text, "de"), WEDNESDAY)
    assert all(text[t.start : t.end] == t.text for t in found)


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Die Strecke wird im Mai gesperrt.", "de", "Mai", "2025-05"),
        ("Die Arbeiten sollen Anfang März abgeschlossen sein.", "de", "Anfang März", "2025-03"),
        ("Bis Ende des Jahres sollen neue Weichen kommen.", "de", "Ende des Jahres", "2025"),
        ("Ende 2024 lag die Quote höher.", "de", "Ende 2024", "2024"),
        ("Die Arbeiten enden Anfang März kommenden Jahres.", "de",
         "Anfang März kommenden Jahres", "2026-03"),
        ("Ende des vergangenen Jahres stieg die Zahl.", "de", "Ende des vergangenen Jahres",
         "2024"),
        ("Le plan sera présenté à la fin du mois.", "fr", "la fin du mois", "2025-03"),
        ("Les travaux reprendront fin mai.", "fr", "fin mai", "2025-05"),
        ("El Gobierno espera cerrar el acuerdo a finales de mayo.", "es", "finales de mayo",
         "2025-05"),
        ("La fábrica abrirá a principios de 2026.", "es", "principios de 2026", "2026"),
        ("De nieuwe brug gaat begin juni open.", "nl", "begin juni", "2025-06"),
        ("De oude brug wordt eind dit jaar gesloopt.", "nl", "eind dit jaar", "2025"),
        ("I lavori finiranno a fine maggio.", "it", "fine maggio", "2025-05"),
        ("Le trafic reprendra d'ici la fin du mois de mai.", "fr", "la fin du mois de mai",
         "2025-05"),
        ("La ligne a transporté 6 % de plus qu'en 2024.", "fr", "2024", "2024"),
        ("Le taux visé sera atteint d'ici la fin de l'année 2027.", "fr",
         "la fin de l'année 2027", "2027"),
    ],
)  # fmt: skip
def test_the_edge_of_a_month_or_year_is_one_date_with_it(
    text: str, lang: str, span: str, value: str
) -> None:
    assert (span, "DATE", value) in times(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Das Ende der Welt ist nah.", "de"),
        ("La fin de la guerre approche.", "fr"),
        ("Las finales de la Copa se jugarán en Madrid.", "es"),
        ("Het begin van de zomer was koud.", "nl"),
    ],
)
def test_an_edge_of_no_period_is_no_date(text: str, lang: str) -> None:
    assert times(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("El Gobierno presentará el plan el próximo jueves.", "es", "próximo jueves",
         "2025-03-20"),
        ("El pasado lunes se firmó el acuerdo.", "es", "pasado lunes", "2025-03-17"),
        ("Il governo presenterà il piano il prossimo lunedì.", "it", "prossimo lunedì",
         "2025-03-24"),
        ("Na passada sexta-feira houve greve.", "pt", "passada sexta-feira", "2025-03-14"),
    ],
)  # fmt: skip
def test_a_word_before_a_weekday_says_which_one(
    text: str, lang: str, span: str, value: str
) -> None:
    assert (span, "DATE", value) in times(text, lang)


def test_the_edge_of_a_month_with_its_year() -> None:
    assert times("Die Preise steigen Anfang März 2025.", "de") == [
        ("Anfang März 2025", "DATE", "2025-03")
    ]
