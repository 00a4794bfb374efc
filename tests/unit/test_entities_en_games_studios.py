"""A name ending in "Games" is an event by its form ("Asian Games"), but a games studio
when it acts as a body ("Rockstar Games delayed its title"), and a sentence opening with
such a name keeps its first word ("Wimbledon Championships", not "Championships")."""

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, backend="builtin").entities}


def test_games_studio_acting_on_its_own_title_is_an_organisation() -> None:
    text = "Rockstar Games delayed the release of its new title until next year."
    assert _entities(text) == {("Rockstar Games", "ORG")}


def test_games_studio_speaking_of_itself_is_an_organisation() -> None:
    assert ("Riot Games", "ORG") in _entities("Riot Games said it would cut 500 jobs.")


def test_sporting_games_stay_an_event() -> None:
    found = _entities("Asian Games open in Hangzhou on Saturday.")
    assert ("Asian Games", "MISC") in found


def test_event_opening_a_sentence_keeps_its_first_word() -> None:
    found = _entities("Wimbledon Championships start in late June.")
    assert ("Wimbledon Championships", "MISC") in found
