"""Actor rules for namesakes and short forms: namesakes told apart by paragraph, the sentence
before and "the elder"/"the younger"; syllable nicknames ("Jokowi"); honorifics before a
given name ("Gus Yahya"); a person's initials tagged as an organisation ("AOC"). Mentions
are given by hand, so each test checks the grouping alone."""

from __future__ import annotations

from reader.analysis.model import EntityLabel
from tests.unit.actor_groups import mention_groups


def groups(
    text: str, mentions: list[tuple[str, EntityLabel]], lang: str = "en"
) -> dict[str, list[str]]:
    """:func:`mention_groups`, read as English unless told."""
    return mention_groups(text, mentions, lang)


def test_the_elder_namesake_is_the_parent_though_the_child_is_mentioned_more() -> None:
    text = (
        "Harold Vane handed the firm to his son, Colin Vane. Colin runs it now. Colin said "
        "sales rose. The elder Vane, 88, still visits. The younger Vane declined to comment."
    )
    found = groups(
        text,
        [
            ("Harold Vane", "PER"),
            ("Colin Vane", "PER"),
            ("Colin", "PER"),
            ("Colin", "PER"),
            ("Vane", "PER"),
            ("Vane", "PER"),
        ],
    )
    assert found["Harold Vane"] == ["Harold Vane", "Vane"]
    assert found["Colin Vane"] == ["Colin Vane", "Colin", "Colin", "Vane"]


def test_a_namesake_named_only_in_this_paragraph_is_the_one_meant() -> None:
    text = (
        "Tom Reed scored twice. Tom Reed also set up a third.\n\n"
        "His cousin, Sam Reed, watched from the stands. Sam said he was proud. Reed added "
        "that the family would celebrate."
    )
    found = groups(
        text,
        [
            ("Tom Reed", "PER"),
            ("Tom Reed", "PER"),
            ("Sam Reed", "PER"),
            ("Sam", "PER"),
            ("Reed", "PER"),
        ],
    )
    assert found["Sam Reed"] == ["Sam Reed", "Sam", "Reed"]


def test_a_given_name_mentioned_later_counts_for_its_namesake() -> None:
    # "Rupert" comes after "Murdoch" in the text, yet is Rupert Murdoch's when the
    # surname's owner is chosen.
    text = (
        "Rupert Lyle and Anna Lyle met. Anna Lyle spoke first. Anna left.\n\n"
        "Rupert stayed on. Lyle said he was tired."
    )
    found = groups(
        text,
        [
            ("Rupert Lyle", "PER"),
            ("Anna Lyle", "PER"),
            ("Anna Lyle", "PER"),
            ("Anna", "PER"),
            ("Rupert", "PER"),
            ("Lyle", "PER"),
        ],
    )
    assert found["Rupert Lyle"] == ["Rupert Lyle", "Rupert", "Lyle"]


def test_a_name_shared_as_given_name_and_surname_goes_to_the_one_named_just_before() -> None:
    text = (
        "Jenderal Listyo Sigit Prabowo hadir. Listyo mengatakan pengamanan siap. Presiden "
        "Prabowo Subianto memuji polisi. Prabowo meminta polisi bekerja keras."
    )
    found = groups(
        text,
        [
            ("Listyo Sigit Prabowo", "PER"),
            ("Listyo", "PER"),
            ("Prabowo Subianto", "PER"),
            ("Prabowo", "PER"),
        ],
        "id",
    )
    assert found["Prabowo Subianto"] == ["Prabowo Subianto", "Prabowo"]


def test_a_nickname_from_the_first_syllables_of_the_names_is_that_person() -> None:
    text = "Presiden Joko Widodo meresmikan tol. Jokowi meminta warga tertib. Jokowa hadir."
    found = groups(text, [("Joko Widodo", "PER"), ("Jokowi", "PER"), ("Jokowa", "PER")], "id")
    assert found["Joko Widodo"] == ["Joko Widodo", "Jokowi"]
    assert found["Jokowa"] == ["Jokowa"]


def test_a_name_in_capitals_joins_the_full_name_as_its_title_case_form_does() -> None:
    text = "Kepala desa Sutejo Surya Tejokusumo diperiksa. SUTEJO lalu pulang."
    found = groups(text, [("Sutejo Surya Tejokusumo", "PER"), ("SUTEJO", "PER")], "id")
    assert found == {"Sutejo Surya Tejokusumo": ["Sutejo Surya Tejokusumo", "SUTEJO"]}
    text = "Presiden Joko Widodo meresmikan tol. Jokowi meminta warga tertib. JOKOWI hadir."
    found = groups(text, [("Joko Widodo", "PER"), ("Jokowi", "PER"), ("JOKOWI", "PER")], "id")
    assert found == {"Joko Widodo": ["Joko Widodo", "Jokowi", "JOKOWI"]}


def test_a_name_running_on_past_the_last_name_is_no_syllable_nickname() -> None:
    text = "Presiden Joko Widodo meresmikan tol. Jokowiyanto meminta warga tertib."
    found = groups(text, [("Joko Widodo", "PER"), ("Jokowiyanto", "PER")], "id")
    assert found["Jokowiyanto"] == ["Jokowiyanto"]


def test_a_common_given_name_is_no_syllable_nickname() -> None:
    text = "Rosa Bertha memimpin rapat. Robert datang terlambat."
    found = groups(text, [("Rosa Bertha", "PER"), ("Robert", "PER")], "id")
    assert found["Robert"] == ["Robert"]


def test_an_honorific_before_the_given_name_does_not_hide_the_full_name() -> None:
    text = "Ketua PBNU Yahya Cholil Staquf hadir. Gus Yahya meminta warga tenang. Gus Dur dikenang."
    found = groups(
        text,
        [("PBNU", "ORG"), ("Yahya Cholil Staquf", "PER"), ("Gus Yahya", "PER"), ("Gus Dur", "PER")],
        "id",
    )
    assert found["Yahya Cholil Staquf"] == ["Yahya Cholil Staquf", "Gus Yahya"]
    assert found["Gus Dur"] == ["Gus Dur"]


def test_a_persons_initials_tagged_as_an_organisation_are_that_person() -> None:
    text = (
        "Rep. Alexandria Ocasio-Cortez spoke. AOC later posted a video. Basuki Tjahaja "
        "Purnama hadir. BTP tiba. The RI team left."
    )
    found = groups(
        text,
        [
            ("Alexandria Ocasio-Cortez", "PER"),
            ("AOC", "ORG"),
            ("Basuki Tjahaja Purnama", "PER"),
            ("BTP", "MISC"),
            ("RI", "ORG"),
        ],
    )
    assert found["Alexandria Ocasio-Cortez"] == ["Alexandria Ocasio-Cortez", "AOC"]
    assert found["Basuki Tjahaja Purnama"] == ["Basuki Tjahaja Purnama", "BTP"]
    assert found["RI"] == ["RI"]


def test_a_relative_is_not_the_main_figure_of_a_shared_surname() -> None:
    text = (
        "Chancellor Rachel Marsh set out the budget. Marsh said it was fair.\n\n"
        "Her sister, Ellie Marsh, a junior minister, agreed. Ellie said so twice.\n\n"
        "Bond markets were calm. Traders believe Marsh will keep her rules."
    )
    found = groups(
        text,
        [
            ("Rachel Marsh", "PER"),
            ("Marsh", "PER"),
            ("Ellie Marsh", "PER"),
            ("Ellie", "PER"),
            ("Marsh", "PER"),
        ],
    )
    assert found["Rachel Marsh"] == ["Rachel Marsh", "Marsh", "Marsh"]


def test_the_head_of_a_body_named_with_of_is_that_body() -> None:
    text = "The Bank of Avalon held rates. The Bank said prices were easing."
    found = groups(text, [("Bank of Avalon", "ORG"), ("Bank", "ORG")])
    assert found["Bank of Avalon"] == ["Bank of Avalon", "Bank"]
    text = "The Bank of Avalon and the Bank of Lyonesse met. The Bank said prices were easing."
    found = groups(text, [("Bank of Avalon", "ORG"), ("Bank of Lyonesse", "ORG"), ("Bank", "ORG")])
    assert found["Bank"] == ["Bank"]


def test_a_committee_is_not_the_body_it_is_named_after() -> None:
    text = "The Treasury Committee met. The Treasury declined to comment."
    found = groups(text, [("Treasury Committee", "ORG"), ("Treasury", "ORG")])
    assert found["Treasury"] == ["Treasury"]


def test_a_body_named_with_its_province_either_way_is_one() -> None:
    text = "Pemerintah Provinsi Jawa Timur menetapkan siaga. Pemprov Jatim menyiapkan dana."
    found = groups(
        text, [("Pemerintah Provinsi Jawa Timur", "ORG"), ("Pemprov Jatim", "ORG")], "id"
    )
    assert found["Pemerintah Provinsi Jawa Timur"] == [
        "Pemerintah Provinsi Jawa Timur",
        "Pemprov Jatim",
    ]


def test_a_short_name_tagged_with_the_other_label_goes_to_its_full_name() -> None:
    text = (
        "Menteri Nadiem Makarim hadir. Nadiem mengatakan program berjalan. The Harbour Post "
        "reported it, and the Post added figures. Trump visited the Trump Organization. "
        "Frank Williams founded the team, and Williams won the title."
    )
    found = groups(
        text,
        [
            ("Nadiem Makarim", "PER"),
            ("Nadiem", "ORG"),
            ("Harbour Post", "ORG"),
            ("Post", "PER"),
            ("Trump", "PER"),
            ("Trump Organization", "ORG"),
            ("Frank Williams", "PER"),
            ("Williams", "ORG"),
        ],
    )
    assert found["Nadiem Makarim"] == ["Nadiem Makarim", "Nadiem"]
    assert found["Harbour Post"] == ["Harbour Post", "Post"]
    assert found["Trump"] == ["Trump"]
    assert found["Williams"] == ["Williams"]


def test_the_elder_namesake_is_the_one_introduced_as_a_parent() -> None:
    text = (
        "Vera Lind won again. Her sister, Nina Lind, cheered. Their father, Karl Lind, "
        "coached them. The elder Lind, 83, rarely speaks."
    )
    found = groups(
        text,
        [
            ("Vera Lind", "PER"),
            ("Nina Lind", "PER"),
            ("Karl Lind", "PER"),
            ("Lind", "PER"),
        ],
    )
    assert found["Karl Lind"] == ["Karl Lind", "Lind"]


def test_first_and_last_name_are_short_for_a_name_with_a_middle_one() -> None:
    text = "Anindya Novyan Bakrie hadir. Anindya Bakrie mengatakan grupnya siap."
    found = groups(text, [("Anindya Novyan Bakrie", "PER"), ("Anindya Bakrie", "PER")], "id")
    assert found["Anindya Novyan Bakrie"] == ["Anindya Novyan Bakrie", "Anindya Bakrie"]
    text = "Donald Trump Jr. spoke. Donald Trump listened."
    found = groups(text, [("Donald Trump Jr.", "PER"), ("Donald Trump", "PER")])
    assert found["Donald Trump"] == ["Donald Trump"]


def test_a_typographic_apostrophe_does_not_split_a_name() -> None:
    text = "Sinead O'Brien spoke. O\u2019Brien added that costs would fall."
    found = groups(text, [("Sinead O'Brien", "PER"), ("O\u2019Brien", "PER")])
    assert found["Sinead O'Brien"] == ["Sinead O'Brien", "O\u2019Brien"]
