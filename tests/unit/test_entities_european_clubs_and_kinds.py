"""European names with the built-in backend: a town's club after an article, a kind of
organisation fused into a German or Dutch compound before a name, and an article alone
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.entities import find_entities


def ents(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(BuiltinBackend().parse(text, lang))]


@pytest.mark.parametrize(
    ("text", "lang", "club"),
    [
        ("El Betis ganó el sábado al Sevilla por 3-1.", "es", "Sevilla"),
        ("El equipo visitará el domingo al Valencia.", "es", "Valencia"),
        ("La squadra affronterà sabato il Napoli.", "it", "Napoli"),
        ("Il Napoli ha pareggiato domenica.", "it", "Napoli"),
    ],
)
def test_a_town_after_an_article_is_its_club(text: str, lang: str, club: str) -> None:
    assert (club, "ORG") in ents(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("El alcalde viajó el sábado a Sevilla.", "es", "Sevilla"),
        ("Il premier è arrivato sabato a Napoli.", "it", "Napoli"),
    ],
)
def test_a_town_without_an_article_stays_a_place(text: str, lang: str, town: str) -> None:
    assert (town, "LOC") in ents(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Der Autobauer Kellwagen muss in Zwickau Stellen abbauen.", "de", "Kellwagen"),
        ("Verhuurdersorganisatie Vastbouw Belang reageerde kritisch.", "nl", "Vastbouw Belang"),
        ("Die Gewerkschaft IG Chemtal will am Montag beraten.", "de", "IG Chemtal"),
        ("La Junta de Castilla y León pidió calma.", "es", "Junta de Castilla y León"),
    ],
)
def test_a_kind_of_organisation_before_a_name_makes_it_one(text: str, lang: str, name: str) -> None:
    assert (name, "ORG") in ents(text, lang)


def test_an_article_alone_is_no_name() -> None:
    text = "La Juventus ha battuto l'Inter. Ha parlato Igor Tudor. La squadra giocherà sabato."
    assert all(name != "La" for name, _ in ents(text, "it"))


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Aanvaller Ayase Ueda maakte twee doelpunten.", "nl", "Ayase Ueda"),
        ("Nationalspieler Leon Kramer fehlt verletzt.", "de", "Leon Kramer"),
        ("Le PDG de l'entreprise, Jean Carmet, a parlé mercredi.", "fr", "Jean Carmet"),
    ],
)
def test_a_players_or_bosss_role_before_a_name_is_no_name(
    text: str, lang: str, person: str
) -> None:
    assert ents(text, lang) == [(person, "PER")]


def test_a_ministers_portfolio_is_no_name() -> None:
    text = "O ministro dos Transportes, Caio Ribeiro, afirmou que as obras vão começar."
    assert ents(text, "pt") == [("Caio Ribeiro", "PER")]


def test_a_german_noun_after_alle_is_no_organisation() -> None:
    text = "Die Bundesregierung will die Stromsteuer für alle Haushalte senken."
    assert ("Haushalte", "ORG") not in ents(text, "de")
