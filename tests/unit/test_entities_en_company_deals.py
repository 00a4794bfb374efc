"""The sides of a company deal are companies: the target after "bid for", "takeover of",
"stake in" and the name owning such a deal; a possessive opening a sentence is a name."""

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, backend="builtin").entities}


def test_both_sides_of_a_bid_are_companies() -> None:
    found = _entities("Gencor's bid for Billiton was cleared by regulators in London.")
    assert {("Gencor", "ORG"), ("Billiton", "ORG"), ("London", "LOC")} <= found


def test_target_of_a_takeover_is_a_company() -> None:
    found = _entities("Analysts said the takeover of Mannesmann would cost billions.")
    assert ("Mannesmann", "ORG") in found


def test_player_named_in_full_stays_a_person_after_bid_for() -> None:
    text = "Chelsea signed Declan Rice in June. The club's bid for Rice was a record."
    found = _entities(text)
    assert ("Rice", "PER") in found
    assert ("Rice", "ORG") not in found


def test_possessive_opening_a_sentence_is_a_name() -> None:
    assert ("Kessler", "PER") in _entities("Kessler's lawyers appealed the ruling on Monday.")


def test_ordinary_possessives_opening_a_sentence_are_no_names() -> None:
    for text in ("Women's football is growing fast.", "Everyone's favourite won again."):
        assert _entities(text) == set()


def test_the_target_of_a_sale_is_a_company() -> None:
    found = _entities("He declined to comment on a possible sale of Gamesa to a rival.")
    assert found == {("Gamesa", "ORG")}
    # a place sold stays a place
    assert _entities("The sale of Alaska to the United States was a bargain.") == {
        ("Alaska", "LOC"),
        ("United States", "LOC"),
    }
