"""Quotes of someone unnamed stay unnamed: a quote going on after an unnamed speaker, and an
indefinite subject with a relative aside. Sentences written for these tests
(names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str, lang: str = "en") -> list[str | None]:
    return [q.speaker for q in analyze(text, lang=lang, backend="builtin").quotes]


def test_quote_going_on_after_an_unnamed_speaker_stays_unnamed() -> None:
    text = 'Judge Mary Stone spoke first. "It was late," a witness said. "Nobody came."'
    assert speakers(text) == [None, None]


def test_indefinite_subject_with_a_relative_aside_names_nobody() -> None:
    text = (
        "Chief executive Kim Min-soo told analysts that the firm would cope. "
        '"We have been here before," he said.\n\n'
        "The ministry said it was in talks. An official at the ministry, who asked not to be "
        'named, said the government expected "a deal by spring".'
    )
    assert speakers(text)[-1] is None


def test_pronoun_after_an_unnamed_source_in_indirect_speech_names_nobody() -> None:
    text = (
        "Inspector Tom Hale said the bus had been going slowly. "
        '"We see nothing suspicious," Hale said.\n\n'
        "A police spokesman later said the driver had been tested. "
        '"Both tests were negative," he said.'
    )
    assert speakers(text) == ["tom-hale", None]


def test_pronoun_after_an_unnamed_indonesian_source_names_nobody() -> None:
    text = (
        "Kapolres Purworejo AKBP Hendra Saputra mengatakan dua pelaku sudah ditahan. "
        '"Mereka beraksi pada malam hari," ujar Hendra.\n\n'
        "Seorang petugas yang enggan disebut namanya mengatakan pelaku juga beraksi di "
        'Wonosobo. "Kami sedang berkoordinasi," ujarnya.'
    )
    assert speakers(text, "id") == ["hendra-saputra", None]


def test_pronoun_after_a_source_named_in_apposition_is_that_person() -> None:
    text = (
        "Kapolres Purworejo AKBP Hendra Saputra mengatakan dua pelaku sudah ditahan.\n\n"
        "Seorang warga Bayan, Sutrisno, mengaku sering mendengar suara gergaji. "
        '"Saya kira itu orang memperbaiki jaringan," tuturnya.'
    )
    assert speakers(text, "id") == ["sutrisno"]


def test_pronoun_after_an_unnamed_source_of_according_to_names_nobody() -> None:
    text = (
        'El presidente del colegio, Tomás Cobo, celebró la medida. "Llevamos años '
        'pidiéndolo", afirmó Cobo.\n\n'
        "Según un portavoz del sindicato CESM, faltan plazas en atención primaria. "
        '"Los residentes se van a la privada", explicó.'
    )
    assert speakers(text, "es") == ["tomas-cobo", None]


def test_an_opening_phrase_is_no_unnamed_source() -> None:
    text = (
        "In Harrowfield, a market town, the council leader, Bernadette Oyelaran, said "
        'residents had waited for a bypass. "We will cheer it," she said.'
    )
    assert speakers(text) == ["bernadette-oyelaran"]


def test_the_source_is_not_the_person_the_source_spoke_of() -> None:
    text = (
        'Tony Dyer resigned on Thursday. "I take full responsibility," Dyer said.\n\n'
        "A council source said Dyer had been under pressure for weeks. "
        '"He knew the numbers were coming," the source said.'
    )
    assert speakers(text) == ["tony-dyer", None]


def test_a_person_the_unnamed_source_speaks_for_does_not_name_it() -> None:
    text = (
        "Mayor Andy Burnham met Wes Streeting. A spokeswoman for Burnham said the talks "
        'went well. "We are pleased," she said.'
    )
    assert speakers(text) == [None]


def test_a_public_service_described_is_no_person_named_before() -> None:
    text = (
        "Nadia Ferreira, 44, was cleared of all charges. The fire service said it was "
        "“reviewing its own procedures.”"
    )
    found = analyze(text, lang="en", backend="builtin")
    assert [q.speaker for q in found.quotes] == [None]


def test_the_prosecution_is_no_person_named_before() -> None:
    text = (
        "Judge Colm Reilly adjourned the case. The prosecution said it would “call new witnesses.”"
    )
    found = analyze(text, lang="en", backend="builtin")
    assert [q.speaker for q in found.quotes] == [None]
