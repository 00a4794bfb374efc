"""An organisation named in apposition to a description of it is the subject of the speech
verb after it ("The airline, Skyjet, said …"), also past an adverbial between them ("pihak
pengembang, PT X, melalui siaran pers menyebut …"). Sentences written for these tests
(names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str, lang: str) -> list[str | None]:
    analysis = analyze(text, lang=lang, backend="builtin")
    names = {actor.id: actor.name for actor in analysis.actors}
    return [names.get(q.speaker) if q.speaker else None for q in analysis.quotes]


def test_english_organisation_between_commas_after_its_description_speaks() -> None:
    text = (
        "Mayor Joan Whitlock criticised the bus contract on Friday. The operator, Northline "
        "Transit, said in a letter that the routes were “no longer viable.”"
    )
    assert speakers(text, "en") == ["Northline Transit"]


def test_indonesian_organisation_in_apposition_speaks_past_an_adverbial() -> None:
    text = (
        "Bupati Agus Salim meminta pabrik itu ditutup. Sementara itu, pihak pabrik, PT Sinar "
        "Tekstil Makmur, melalui siaran pers menyebut limbah mereka “sudah diolah sesuai "
        "aturan.”"
    )
    assert speakers(text, "id") == ["PT Sinar Tekstil Makmur"]


def test_english_organisation_then_an_adverbial_before_the_verb_speaks() -> None:
    text = (
        "Councillor Ben Ortiz opposed the tower. Harlow Homes in a statement on Monday "
        "called the objections “misleading.”"
    )
    assert speakers(text, "en") == ["Harlow Homes"]


def test_a_person_before_an_aside_still_speaks() -> None:
    text = (
        "The club fined two players. Its captain, Leo Marsh, in an interview said the fine "
        "was “fair enough.”"
    )
    assert speakers(text, "en") == ["Leo Marsh"]


def test_an_organisation_in_apposition_to_a_prepositions_object_is_no_speaker() -> None:
    text = (
        "The council voted to close the depot. Drivers at the depot, Redline Bus Company, "
        "said the decision was “a betrayal.”"
    )
    assert speakers(text, "en") == [None]


def test_an_organisation_after_a_longer_definite_description_speaks() -> None:
    text = (
        "Shoppers complained about the delays. The city's new parking contractor, Parkwell "
        "Systems, said the machines would be “fixed by Friday.”"
    )
    assert speakers(text, "en") == ["Parkwell Systems"]


def test_a_description_given_to_a_body_in_apposition_stands_for_it_later() -> None:
    text = (
        "The Electoral Board of Tarnland set the date on Friday. Voltana, the power "
        'regulator, said bills would fall in April. "Households will see some relief," the '
        "regulator said."
    )
    assert speakers(text, "en") == ["Voltana"]
    text = (
        "Ministers met on Monday. The housing charity Hearthline said rents had doubled. "
        '"Families are being priced out," the charity said.'
    )
    assert speakers(text, "en") == ["Hearthline"]
