"""An analytics or technology firm's coined name speaks as a firm ("Cargometrics said");
Spanish "de los"/"de las" stay inside a person's name; a split party's faction in brackets
ends the party's name ("Janata Dal (Secular)") but a player's club in brackets does not."""

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, backend="builtin").entities}


def test_analytics_firm_named_once_before_said_is_an_organisation() -> None:
    found = _entities("Freight bookings fell for a third week, Cargometrics said on Monday.")
    assert ("Cargometrics", "ORG") in found
    found = _entities("Shipping costs are still rising, Portlytica said in a note.")
    assert ("Portlytica", "ORG") in found


def test_de_los_and_de_las_stay_inside_a_spanish_name() -> None:
    text = (
        "The court heard Elena de los Rios on Tuesday. De los Rios said she had "
        "signed nothing, and Jorge de las Casas agreed."
    )
    found = _entities(text)
    assert ("Elena de los Rios", "PER") in found
    assert ("Jorge de las Casas", "PER") in found


def test_bracketed_faction_ends_a_party_name() -> None:
    found = _entities("The Samajwadi Front (Secular) won 12 seats in the state poll.")
    assert ("Samajwadi Front (Secular)", "ORG") in found


def test_bracketed_club_after_a_player_is_not_part_of_his_name() -> None:
    found = _entities("Goals came from Daniel Okoro (United) and Sam Price late on.")
    assert not any("(" in text for text, _ in found)
