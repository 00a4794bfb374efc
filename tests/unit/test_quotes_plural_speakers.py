"""Plural speakers ("they said", "kata mereka", "the drivers said") are one actor only
when they stand for an organisation named just before; people named before, or a group
described, give no speaker rather than a wrong person. And a quote an answer label opens
("A: “…”") is the answer of the person interviewed. Sentences written for these tests
(names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang=lang, backend="builtin").quotes]


def test_they_said_after_an_organisation_opening_the_sentence_before_is_it() -> None:
    text = (
        "Ferry operators in Norway raised fares on Monday. The Norwegian Ferry Alliance "
        "backed the rise. “Fuel costs have doubled in a year,” they said in a statement."
    )
    assert speakers(text, "en") == ["norwegian-ferry-alliance"]


def test_kata_mereka_after_two_people_named_is_nobody() -> None:
    text = (
        "Dua pengacara, Rudi Hartono dan Sinta Dewi, mendampingi terdakwa di pengadilan. "
        "“Klien kami tidak bersalah,” kata mereka."
    )
    assert speakers(text, "id") == [None]


def test_they_added_after_an_organisations_quote_is_that_organisation() -> None:
    text = (
        "“Services will resume on Friday,” the Harbour Transit Authority said. "
        "“Passengers with tickets will be refunded,” they added."
    )
    assert speakers(text, "en") == ["harbour-transit-authority"] * 2


def test_a_plural_description_is_not_the_person_just_named() -> None:
    text = (
        "Union leader Tom Farrow met the bosses of three bus companies on Tuesday. "
        "“Only half the routes will run,” the drivers said."
    )
    assert speakers(text, "en") == [None]


def test_a_singular_description_in_ss_is_still_the_person_just_named() -> None:
    text = (
        "Harriet Quinn has run the bakery on Mill Lane for twenty years. "
        "“We sell out by ten most days,” the boss said."
    )
    assert speakers(text, "en") == ["harriet-quinn"]


def test_a_quote_an_answer_label_opens_is_the_interviewees() -> None:
    text = (
        "Ingrid Moe has measured the ice of Svalbard for thirty years.\n\n"
        "Q: What has changed?\n\n"
        "A: “The glaciers I first walked on are gone.”\n\n"
        "Q: And what comes next?\n\n"
        "A: “More of the same, only faster.”\n"
    )
    assert speakers(text, "en") == ["ingrid-moe"] * 2


def test_the_couple_said_is_neither_of_the_two_named() -> None:
    text = (
        "Owen Marsh and Lena Vogt ran the hostel for a decade before the flood. "
        "“We lost everything in one night,” the couple said."
    )
    assert speakers(text, "en") == [None]


def test_mereka_is_the_organisation_after_an_opening_adverbial_and_date() -> None:
    text = (
        "Dalam jumpa pers di Makassar, Selasa, Yayasan Lembaga Konsumen Indonesia (YLKI) "
        "mengkritik kenaikan tarif air. “Warga miskin paling terbebani,” kata mereka."
    )
    found = analyze(text, lang="id", backend="builtin")
    assert [found.actor(q.speaker).name for q in found.quotes if q.speaker] == [
        "Yayasan Lembaga Konsumen Indonesia"
    ]


def test_an_answer_label_with_a_full_stop_opens_the_interviewees_quote() -> None:
    text = (
        "Marta Ruiz has coached the national team since 2019. We met her in Madrid.\n\n"
        "Q. What went wrong?\n\n"
        "A. “We lost our nerve in the last ten minutes.”\n"
    )
    assert speakers(text, "en") == ["marta-ruiz"]


def test_kata_mereka_after_pihak_and_an_organisation_is_that_organisation() -> None:
    text = (
        "Pihak PT Kereta Api Indonesia meminta maaf atas keterlambatan sejumlah perjalanan. "
        "“Kami sedang memperbaiki gangguan sinyal,” ujar mereka."
    )
    found = analyze(text, lang="id", backend="builtin")
    assert [found.actor(q.speaker).name for q in found.quotes if q.speaker] == [
        "PT Kereta Api Indonesia"
    ]


def test_a_bare_plural_subject_names_nobody() -> None:
    text = (
        "Mayor Lina Ortiz opened the new bridge on Friday. Engineers at the site said the "
        "span was “built to last a century.”"
    )
    quotes = analyze(text, lang="en", backend="builtin").quotes
    assert [q.speaker for q in quotes] == [None]


def test_a_bare_plural_opening_its_clause_after_an_adverbial_names_nobody() -> None:
    text = (
        "Rail boss Ivan Petrov resigned on Monday. By evening, commuters at the station "
        "said his exit was “long overdue.”"
    )
    quotes = analyze(text, lang="en", backend="builtin").quotes
    assert [q.speaker for q in quotes] == [None]


def test_a_name_ending_in_s_opening_the_sentence_is_no_plural() -> None:
    text = (
        "Ribas, who runs the ferry service, was furious on Tuesday. Ribas said: “The new "
        "dock fees will sink us.”"
    )
    assert speakers(text, "en") == ["ribas"]


def test_a_capitalised_group_noun_with_a_complement_is_still_a_plural() -> None:
    text = (
        "Judge Irene Walsh closed the hearing early. Lawyers for the families said the ruling "
        "was “a disgrace.”"
    )
    assert speakers(text, "en") == [None]


def test_a_capitalised_plural_of_doers_alone_before_the_verb_is_a_group() -> None:
    text = (
        "Councillor Mae Dunlop toured the flooded school on Monday. Surveyors said: “The "
        "east wing cannot be saved.”"
    )
    assert speakers(text, "en") == [None]


def test_a_bare_group_noun_opening_the_speech_is_nobody_named() -> None:
    for group in ("Analysts", "Witnesses", "Neighbours", "Sources"):
        text = f"Mara Quist chaired the hearing. {group} said: “Nobody warned us about the fees.”"
        assert speakers(text, "en") == [None], group
