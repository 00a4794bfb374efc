"""A body named for its members in "-men" keeps its possessive inside the name ("Seamen's
Union"); mountain ranges and visited moons are places; a place noun's tail keeps a
two-town name whole ("Cedar Springs"); a place noun names the place right before it or
before "of", not a person a verb away ("the village thanked Okafor"); a journey goes to a
place ("flew to Marlow Bottom")."""

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, backend="builtin").entities}


def test_members_in_men_before_a_body_word_stay_in_the_name() -> None:
    found = _entities("The National Seamen's Union called a stoppage at two ports on Friday.")
    assert ("National Seamen's Union", "ORG") in found


def test_country_in_men_still_ends_the_name_before_its_possessive() -> None:
    found = _entities("Yemen's Council met in Aden on Friday.")
    assert ("Yemen", "LOC") in found


def test_mountain_ranges_and_moons_are_places() -> None:
    found = _entities(
        "The riders crossed the Apennines before the stage ended, while the orbiter "
        "photographed Callisto and the Carpathians were covered in snow."
    )
    assert {("Apennines", "LOC"), ("Callisto", "LOC"), ("Carpathians", "LOC")} <= found


def test_two_word_place_ending_in_place_tail_is_one_place() -> None:
    found = _entities("Firefighters cleared homes in Paradise Springs overnight.")
    assert ("Paradise Springs", "LOC") in found


def test_community_of_names_a_place() -> None:
    found = _entities("Deputies went door to door in the hill community of Tarrowby.")
    assert ("Tarrowby", "LOC") in found


def test_place_noun_as_subject_of_a_verb_does_not_make_the_object_a_place() -> None:
    found = _entities("The village thanked Okafor for the new well on Sunday.")
    assert ("Okafor", "PER") in found


def test_a_place_tail_after_a_given_name_is_a_surname() -> None:
    assert ("Daniel Creek", "PER") in _entities("Daniel Creek starred in the new series.")
    assert ("Mission Beach", "LOC") in _entities("Storms battered Mission Beach on Friday.")


def test_a_name_a_journey_goes_to_is_a_place() -> None:
    found = _entities("The minister will travel to Ferrybridge Colliery on Tuesday.")
    assert found == {("Ferrybridge Colliery", "LOC")}
    assert _entities("The delegation flew to Marlow Bottom.") == {("Marlow Bottom", "LOC")}
    assert _entities("The family relocated to Castle Pellow.") == {("Castle Pellow", "LOC")}
    # one writes to a person
    assert _entities("She wrote to Marlow Bottom in 1998.") == {("Marlow Bottom", "PER")}
