"""A player named in full at a sentence's start keeps his surname before a team role
("Moreno's coach"), and a portfolio named like a party is a title's word before a cabinet
head ("Labor Secretary") while it stays the party before other roles ("Labour leader")."""

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, backend="builtin").entities}


def test_surname_of_player_opening_the_story_before_coach_is_the_player() -> None:
    text = (
        "Lucia Moreno reached the final in Madrid on Friday. Moreno's coach Pablo Ruiz "
        "said she had played her best match of the year."
    )
    analysis = analyze(text, backend="builtin")
    assert ("Moreno", "PER") in {(e.text, e.label) for e in analysis.entities}
    moreno = [a for a in analysis.actors if a.name == "Lucia Moreno"]
    assert len(moreno) == 1 and len(moreno[0].mentions) == 2


def test_club_before_coach_is_still_the_club() -> None:
    found = _entities("Dunmore coach Pablo Ruiz said the team was tired after the trip.")
    assert ("Dunmore", "ORG") in found


def test_labor_before_secretary_is_part_of_the_title() -> None:
    found = _entities("Acting Labor Secretary Maria Ortega met both unions in Baltimore.")
    assert ("Maria Ortega", "PER") in found
    assert not any("Labor" in text for text, _ in found)


def test_labour_before_leader_is_still_the_party() -> None:
    found = _entities("Labour leader Tom Harding said the vote would be close.")
    assert ("Labour", "ORG") in found
    assert ("Tom Harding", "PER") in found
