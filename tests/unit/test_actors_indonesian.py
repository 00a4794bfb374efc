"""Actor merging the way Indonesian news names things: nicknames the text gives, listed
companies with their legal forms and tickers, ministries cut from syllables (names
invented)."""

from __future__ import annotations

from reader.analysis.actors import build_actors
from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.entities import find_entities
from reader.analysis.model import Actor


def actors_of(text: str) -> list[Actor]:
    doc = BuiltinBackend().parse(text, "id")
    actors, _ = build_actors(doc, find_entities(doc))
    return actors


def names_with(actors: list[Actor], form: str) -> set[str]:
    """All forms of the actor that has ``form``."""
    actor = next(a for a in actors if form == a.name or form in a.aliases)
    return {actor.name, *actor.aliases}


def test_a_nickname_the_text_gives_is_the_person() -> None:
    actors = actors_of(
        "Mantan wali kota Darmawan Sutejo, yang akrab disapa Dartej, hadir di Solo. "
        "Namun Dartej membantah terlibat."
    )
    assert names_with(actors, "Dartej") == {"Darmawan Sutejo", "Dartej"}


def test_a_nickname_alone_is_not_merged() -> None:
    actors = actors_of("Darmawan Sutejo hadir di Solo. Dartej membantah terlibat.")
    assert names_with(actors, "Darmawan Sutejo") == {"Darmawan Sutejo"}


def test_a_listed_company_its_ticker_and_short_names() -> None:
    actors = actors_of(
        "Laba Bank Sentosa Raya Tumbuh\n\n"
        "PT Bank Sentosa Raya (Persero) Tbk. (BBSR) membukukan laba. "
        "Direktur Utama BSR Darmaji mengatakan laba naik."
    )
    assert names_with(actors, "BBSR") == {
        "PT Bank Sentosa Raya (Persero) Tbk.",
        "Bank Sentosa Raya",
        "BBSR",
        "BSR",
    }


def test_a_ministry_cut_from_syllables() -> None:
    actors = actors_of(
        "Kementerian Kesehatan mencatat kenaikan kasus. Juru bicara Kemenkes Laksmi Andriani "
        "membenarkan data itu."
    )
    assert names_with(actors, "Kemenkes") == {"Kementerian Kesehatan", "Kemenkes"}
