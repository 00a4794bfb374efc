"""A speaker described rather than named: "the agency later said" (an adverb after the
head), "her deputy said" (a noun in the possessive introduced in apposition before).
Sentences written for these tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes]


def test_an_adverb_after_a_bodys_description_leaves_the_body_its_head() -> None:
    text = (
        "“We need more time,” said Karen Holt, a spokeswoman for the Environment Agency. "
        "The agency later said in a statement that “all options remain open.”"
    )
    assert speakers(text) == ["karen-holt", "environment-agency"]


def test_a_possessive_noun_names_the_person_introduced_by_it() -> None:
    text = (
        "The minister, Ana Costa, and her deputy, Luis Costa, disagreed. "
        "“We must cut,” Ana Costa said. “We must not,” her deputy said."
    )
    assert speakers(text) == ["ana-costa", "luis-costa"]


def test_a_possessive_noun_is_not_its_owner() -> None:
    text = "Tom Baker was charged on Monday. “He is innocent,” Baker's lawyer said."
    assert speakers(text) == [None]


def test_a_plain_noun_before_a_name_names_that_person_out_of_reach() -> None:
    text = (
        "Lorry driver Sean Petrie was stopped near Carlisle. “I was tired,” Petrie said. "
        "An inspector, Joy Mensah, checked his logbook. She found three missing days. "
        "The court fined the firm as well.\n\n“I should have pulled over,” the driver said."
    )
    assert speakers(text) == ["sean-petrie", "sean-petrie"]


def test_a_description_with_another_modifier_is_not_the_person_so_introduced() -> None:
    text = (
        "Bank governor Ruth Adler raised rates. Her deputy, Tom Briggs, spoke later. "
        "“Prices are still high,” the deputy governor said."
    )
    assert speakers(text) != ["ruth-adler"]


def test_an_indonesian_plain_noun_before_a_name_names_that_person() -> None:
    text = (
        "Nelayan Darto Wibowo kehilangan perahunya saat badai. Warga membantu mencari "
        "perahu itu. Polisi air juga dikerahkan. Kepala desa, Imam Syafii, ikut memantau. "
        "Pencarian berlangsung dua hari.\n\n“Perahu itu satu-satunya milik saya,” kata "
        "nelayan itu."
    )
    quotes = analyze(text, lang="id", backend="builtin").quotes
    assert [q.speaker for q in quotes] == ["darto-wibowo"]


def test_a_pronoun_after_a_sentence_opened_by_a_description_is_that_person() -> None:
    text = (
        "“I ran when I heard the bang,” said shop worker Nadia Okafor. Police officer Ben "
        "Lyle closed the road. “Nobody is to go past the tape,” Lyle said. The shop worker "
        "said she had seen smoke earlier. “I wish I had called someone,” she said."
    )
    assert speakers(text) == ["nadia-okafor", "ben-lyle", "nadia-okafor"]


def test_a_pronoun_after_a_sentence_opened_by_an_age_is_that_person() -> None:
    text = (
        "Farmer Tom Evans, 64, lost forty sheep in the storm. His neighbour, Rob Tate, "
        "helped him search. “We found them in the river,” Tate said. The 64-year-old said "
        "he would not restock. “I am too old to start again,” he said."
    )
    assert speakers(text) == ["rob-tate", "tom-evans"]


def test_story_opening_on_a_quote_names_its_speaker_in_the_next_sentence() -> None:
    text = (
        "“We will rebuild every classroom,” the principal said on Friday. “The children "
        "deserve it.” Martha Quist, 52, said the fire had started in the kitchen."
    )
    found = analyze(text, lang="en", backend="builtin")
    assert [q.speaker for q in found.quotes] == ["martha-quist", "martha-quist"]


def test_opening_quote_with_nya_is_the_titled_person_named_next() -> None:
    text = (
        "“Kami tidak akan menyerah,” ujarnya di Bandung, Minggu. Pelatih Rudi Santoso "
        "mengakui timnya lelah."
    )
    found = analyze(text, lang="id", backend="builtin")
    assert [q.speaker for q in found.quotes] == ["rudi-santoso"]


def test_quote_after_someone_named_is_not_given_to_the_next_sentences_subject() -> None:
    text = (
        "Inspector Hana Roy led the search. “We found nothing,” she said. Tom Egan, the "
        "harbour master, closed the port."
    )
    found = analyze(text, lang="en", backend="builtin")
    assert [q.speaker for q in found.quotes] == ["hana-roy"]


def test_age_description_as_subject_before_the_verb_is_the_person_of_that_age() -> None:
    text = (
        "Rosa Lindgren, 63, sold the bakery in May. Her nephew, Erik Dahl, runs it now. The "
        "63-year-old said she was “glad to finally rest.”"
    )
    assert speakers(text) == ["rosa-lindgren"]


def test_age_description_finds_its_person_paragraphs_back() -> None:
    text = (
        "Rosa Lindgren, 63, sold the bakery in May.\n\nHer nephew, Erik Dahl, runs it now. "
        "“The ovens are older than me,” Dahl said. “But they still work.”\n\nSales have "
        "grown since the summer.\n\n“I do not miss the early mornings,” the 63-year-old said."
    )
    assert speakers(text)[-1] == "rosa-lindgren"


def test_opening_quote_of_a_description_is_not_given_to_someone_else_named_next() -> None:
    text = (
        "“We will rebuild,” the mayor said. Tom Ridge, 45, was arrested near the scene on Monday."
    )
    assert speakers(text) == [None]
    text = "“Kami akan membangun kembali,” kata bupati. Joko Santoso (45) ditangkap polisi."
    found = analyze(text, lang="id", backend="builtin")
    assert [q.speaker for q in found.quotes] == [None]
    text = "“Kami siap,” kata bupati. Bupati Joko Santoso tiba di lokasi pada Senin."
    found = analyze(text, lang="id", backend="builtin")
    assert [q.speaker for q in found.quotes] == ["joko-santoso"]


def test_person_named_next_without_a_speech_verb_is_not_the_pronouns_speaker() -> None:
    text = "“We cannot wait,” she said. President Joe Biden, however, disagreed."
    assert [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes] == [None]
    text = "“Kami tidak panik,” katanya. Pelatih Rudi Santoso tiba di Bandung pada Senin."
    assert [q.speaker for q in analyze(text, lang="id", backend="builtin").quotes] == [None]


def test_person_named_next_must_fit_the_pronouns_gender() -> None:
    text = "“We are not panicking,” she said. John Maddox, 45, said the team would recover."
    assert [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes] == [None]
    text = "“We are not panicking,” he said. John Maddox, 45, said the team would recover."
    found = analyze(text, lang="en", backend="builtin")
    assert [q.speaker for q in found.quotes] == ["john-maddox"]
