"""Places that take part in an event as its subject: a country named after "from"/"dari"
behind a short subject of common nouns ("Negotiators from Verania and Kostal met") acts
through those people, and a place before its predicate may have an adverb between
("France later accepted"); a place after the predicate is only where things happen."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def actor_names(text: str, lang: str) -> list[str]:
    found = analyze(text, lang=lang, backend="builtin", pubdate="2026-04-16")
    names = {a.id: a.name for a in found.actors}
    (event,) = found.events
    return [names[i] for i in event.actors]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Delegates from France and Germany signed the accord in Brussels on Friday.",
            "en",
            ["France", "Germany"],
        ),
        ("On Monday, troops from Russia crossed the border.", "en", ["Russia"]),
        ("Delegasi dari Malaysia tiba di Jakarta pada Senin.", "id", ["Malaysia"]),
        ("France later accepted the offer.", "en", ["France"]),
        # a place after the predicate, or a person's home town, takes no part
        ("Tourists returned from Bali on Monday.", "en", []),
        ("Away from Westminster, the reaction was mixed.", "en", []),
        # a nationality or a place made an adjective describes a participant, unless the subject
        ("Tremors shook the Chilean port of Arica on Tuesday.", "en", []),
        ("Shares in the Oslo-listed miner fell 4% on Monday.", "en", []),
        ("Warga Muslim di Bekasi berdoa bersama pada Jumat.", "id", []),
        ("Ukrainians voted on Sunday.", "en", ["Ukrainians"]),
        # a list of places takes part as a whole: opened as a setting, it is none
        ("Di Medan dan Padang, harga cabai naik pada Senin.", "id", []),
        ("Chile and Peru signed the treaty on Monday.", "en", ["Chile", "Peru"]),
        ("Swiss and Austrian officials met on Monday.", "en", []),
        # a comma joins places only inside a list that goes on; after a setting the place
        # standing alone before the predicate is its subject
        ("In Chile, Peru signed the treaty on Monday.", "en", ["Peru"]),
        (
            "Chile, Peru and Bolivia signed the treaty on Monday.",
            "en",
            ["Chile", "Peru", "Bolivia"],
        ),
        ("Di Jepang, Korea Selatan menggelar latihan pada Senin.", "id", ["Korea Selatan"]),
        ("Rumah warga di Desa Lamteuba, Aceh Besar, terbakar pada Senin.", "id", []),
        ("Ukraine or Russia will sign the deal on Monday.", "en", ["Ukraine", "Russia"]),
    ],
)
def test_a_place_acts_for_the_people_from_it(text: str, lang: str, names: list[str]) -> None:
    assert actor_names(text, lang) == names
