"""English titles with their portfolio and the body or party before them: a portfolio of
affairs is the title's ("Foreign Affairs Minister", "Minister for Home Affairs"), not a
body, and its holder keeps the whole title as a role."""

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, lang="en", backend="builtin").entities}


def _roles(text: str, name: str) -> list[str]:
    actors = analyze(text, lang="en", backend="builtin").actors
    return next(a.roles for a in actors if a.name == name)


def test_a_portfolio_of_affairs_before_minister_is_the_title() -> None:
    text = "Foreign Affairs Minister Kerry Dalton flew to Suva on Sunday."
    assert _entities(text) == {("Kerry Dalton", "PER"), ("Suva", "LOC")}
    assert _roles(text, "Kerry Dalton") == ["Foreign Affairs Minister"]
    found = _entities('"The visa is cancelled," Home Affairs Minister Raj Pillai said.')
    assert found == {("Raj Pillai", "PER")}
    found = _entities("Indigenous Affairs Minister Alinta Ross opened the clinic.")
    assert found == {("Alinta Ross", "PER")}


def test_a_portfolio_after_for_or_of_is_the_title() -> None:
    text = "Minister for Foreign Affairs Kerry Dalton met her Fijian counterpart."
    assert ("Kerry Dalton", "PER") in _entities(text)
    assert _roles(text, "Kerry Dalton") == ["Minister for Foreign Affairs"]
    found = _entities("Minister of Home Affairs Budi Gunawan said the border was shut.")
    assert ("Budi Gunawan", "PER") in found
    found = _entities("Minister for Health Aaron Hale said the ward would reopen.")
    assert ("Aaron Hale", "PER") in found


def test_the_magazine_named_foreign_affairs_is_still_a_body() -> None:
    found = _entities("She wrote an essay for Foreign Affairs magazine.")
    assert ("Foreign Affairs", "ORG") in found


def test_a_country_before_a_party_and_a_role_is_two_names() -> None:
    text = "UK Labour leader Imogen Hartley said the party would vote against the bill."
    assert _entities(text) == {("UK", "LOC"), ("Labour", "ORG"), ("Imogen Hartley", "PER")}
    found = _entities("The bill was opposed by US Republican senator Dale Whitcomb.")
    assert {("US", "LOC"), ("Dale Whitcomb", "PER")} <= found
    assert not any(text.startswith("US ") for text, _ in found)


def test_a_peoples_party_branch_and_a_countrys_body_stay_one_name() -> None:
    found = _entities("Scottish Labour leader Fiona Baird said she would stand again.")
    assert ("Scottish Labour", "ORG") in found
    assert ("US Congress", "ORG") in _entities("The US Congress passed the bill on Friday.")


def test_a_word_of_tenure_before_a_body_and_a_role_is_no_part_of_the_body() -> None:
    text = (
        "Former Bank of England governor Mervyn Hale said rates were too low. "
        '"Savers are paying for it," Hale said.'
    )
    analysis = analyze(text, lang="en", backend="builtin")
    found = {(e.text, e.label) for e in analysis.entities}
    assert ("Bank of England", "ORG") in found
    assert ("Mervyn Hale", "PER") in found
    assert not any(text.startswith("Former") for text, _ in found)
    assert [q.speaker for q in analysis.quotes] == ["mervyn-hale"]
    found = _entities("Outgoing Federal Reserve chair Lena Ortiz spoke on Friday.")
    assert ("Federal Reserve", "ORG") in found


def test_a_verb_after_a_title_ends_it_in_english() -> None:
    # "minister" names no one here: the verb after it opens the predicate, so the name
    # after the verb is no holder of the title ("Judge Peter Lane" is)
    found = _entities("The minister visited Victoria Station on Monday.")
    assert found == {("Victoria Station", "LOC")}


def test_a_holder_whose_surname_ends_a_bodys_name_is_a_person() -> None:
    text = (
        'The regulator sued the bank. Its deputy chair Helen Court said: "The fees were '
        'unfair." Court said the case would be heard in May.'
    )
    analysis = analyze(text, lang="en", backend="builtin")
    assert ("Helen Court", "PER") in {(e.text, e.label) for e in analysis.entities}
    assert [q.speaker for q in analysis.quotes] == ["helen-court"]
