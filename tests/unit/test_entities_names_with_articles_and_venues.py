"""Dutch surnames with an article after "van" stay whole ("Rafael van der Vaart"), while a
"van" before an office or a town still ends the name; grounds opened by a Spanish or
Italian word for a stadium are places."""

from reader.analysis import analyze


def _entities(text: str, lang: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, lang=lang, backend="builtin").entities}


def test_dutch_van_der_surname_is_one_person() -> None:
    found = _entities(
        "Trainer Rafael van der Vaart zei dat de ploeg goed speelde in Amsterdam.", "nl"
    )
    assert ("Rafael van der Vaart", "PER") in found
    assert ("Amsterdam", "LOC") in found


def test_dutch_van_before_an_office_or_town_still_ends_the_name() -> None:
    assert _entities("Sharon Dijksma van Utrecht zei dat het goed gaat.", "nl") == {
        ("Sharon Dijksma", "PER"),
        ("Utrecht", "LOC"),
    }


def test_estadio_and_stadio_open_places() -> None:
    found = _entities(
        "Real Madrid won at the Estadio Santiago Bernabeu, then Roma lost at the Stadio Olimpico.",
        "en",
    )
    assert ("Estadio Santiago Bernabeu", "LOC") in found
    assert ("Stadio Olimpico", "LOC") in found
