"""English public bodies and firms read as one name: an agency named for two fields joined
by "and" ("National Research and Innovation Agency"), a sector's body named for its
country, and law and accounting firms named for their partners."""

from reader.analysis import analyze


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text, lang="en", backend="builtin").entities}


def test_two_fields_joined_by_and_before_an_agency_are_one_body() -> None:
    found = _entities(
        "Vaccine makers bid for the grant that the Biomedical Advanced Research and "
        "Development Authority offered in June."
    )
    assert ("Biomedical Advanced Research and Development Authority", "ORG") in found
    found = _entities("Engineers at the National Research and Innovation Agency built it.")
    assert ("National Research and Innovation Agency", "ORG") in found
    found = _entities("Clinics wrote to the Health Resources and Services Administration.")
    assert ("Health Resources and Services Administration", "ORG") in found


def test_a_firm_before_and_stays_apart_from_the_next_firm() -> None:
    found = _entities("Orders rose at Applied Materials and Lam Research last quarter.")
    assert ("Lam Research", "ORG") in found
    assert not any("and" in text for text, _ in found)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes]


def test_a_sector_and_a_country_opening_a_sentence_are_one_body() -> None:
    text = (
        "Clinics in Dunedin were short of nurses. Health New Zealand said on Monday it would "
        'hire more. "Staffing is our priority," Health New Zealand said.'
    )
    found = _entities(text)
    assert ("Health New Zealand", "ORG") in found
    assert ("New Zealand", "LOC") not in found
    assert _speakers(text) == ["health-new-zealand"]
    assert ("Sport Wales", "ORG") in _entities("Sport Wales paid for the new pool in Rhyl.")
    assert ("Historic England", "ORG") in _entities("Historic England listed the old pier.")


def test_a_sector_for_a_place_is_one_body() -> None:
    found = _entities("Grants from Sport England and Transport for London paid for the path.")
    assert {("Sport England", "ORG"), ("Transport for London", "ORG")} <= found
    text = '"Buses will run all night," Transport for Greater Manchester said.'
    assert _speakers(text) == ["transport-for-greater-manchester"]


def test_a_sector_before_a_place_in_a_phrase_stays_apart() -> None:
    found = _entities("Tourism in Australia rose sharply after the border reopened.")
    assert ("Australia", "LOC") in found
    assert not any(label == "ORG" for _, label in found)


def test_partners_joined_by_an_ampersand_are_a_firm() -> None:
    found = _entities("The buyers were advised by Harrow & Quint and by Bell, Marsh & Oduya.")
    assert {("Harrow & Quint", "ORG"), ("Bell, Marsh & Oduya", "ORG")} <= found
    found = _entities("Tolland, Pryce, Abara & Wenn represented the lenders in court.")
    assert ("Tolland, Pryce, Abara & Wenn", "ORG") in found


def test_places_joined_by_an_ampersand_stay_places() -> None:
    found = _entities("Floods cut roads in Bosnia & Herzegovina on Monday.")
    assert ("Bosnia & Herzegovina", "LOC") in found
    found = _entities("Trains to Paris, Lyon & Marseille were cancelled.")
    assert ("Paris", "LOC") in found
    assert not any(label in ("ORG", "PER") for _, label in found)


def test_well_known_advisers_named_for_partners_are_firms() -> None:
    found = _entities("Linklaters and Freshfields advised the banks on the loan.")
    assert {("Linklaters", "ORG"), ("Freshfields", "ORG")} <= found
    assert ("Baker McKenzie", "ORG") in _entities("Baker McKenzie advised the buyer.")
    text = 'Clifford Chance said it would hire 40 lawyers. "Demand is strong," it said.'
    assert ("Clifford Chance", "ORG") in _entities(text)


def test_a_court_or_bank_named_for_its_country_opening_a_sentence_is_one_body() -> None:
    found = _entities("Supreme Court of Canada judges ruled 5-4 on Friday.")
    assert ("Supreme Court of Canada", "ORG") in found
    found = _entities("Central Bank of Nigeria officials raised the rate.")
    assert ("Central Bank of Nigeria", "ORG") in found
    text = '"We will act," the Election Commission of India said.'
    assert _speakers(text) == ["election-commission-of-india"]


def test_a_countrys_sector_body_after_its_owner_is_no_player() -> None:
    text = "Britain's Sport England said on Thursday it would fund 300 pools."
    assert ("Sport England", "ORG") in _entities(text)
    assert ("Lena Varga", "PER") in _entities("Hungary's Lena Varga won the final.")


def test_a_titles_word_before_an_ampersand_is_a_partners_name() -> None:
    found = _entities("Lawyers from King & Wood Mallesons acted for the bank.")
    assert found == {("King & Wood Mallesons", "ORG")}


def test_a_listed_name_joined_by_and_to_a_month_is_one_name() -> None:
    found = _entities("Slaughter and May advised the Treasury on the sale.")
    assert ("Slaughter and May", "ORG") in found
    found = _entities("Aid workers from Bosnia and Herzegovina arrived on Monday.")
    assert ("Bosnia and Herzegovina", "LOC") in found
