"""Namesakes: "the elder"/"the younger" with a surname tells a parent from a child only when
the text says who is whose parent or child; else the one the paragraph is about is meant.
Mentions are given by hand, so each test checks the grouping alone (names invented)."""

from __future__ import annotations

from tests.unit.actor_groups import mention_groups


def test_the_elder_of_two_namesakes_no_one_relates_is_the_one_just_named() -> None:
    text = (
        "Harbour Logistics said Wang Lei, its operating chief, would succeed founder Wang "
        'Jianguo.\n\n"Lei has run our operations well," Wang Jianguo said. The elder Wang, '
        "68, will remain chairman."
    )
    found = mention_groups(
        text,
        [
            ("Wang Lei", "PER"),
            ("Wang Jianguo", "PER"),
            ("Lei", "PER"),
            ("Wang Jianguo", "PER"),
            ("Wang", "PER"),
        ],
        "en",
    )
    assert found["Wang Jianguo"] == ["Wang Jianguo", "Wang Jianguo", "Wang"]


def test_the_elder_of_a_father_and_son_is_still_the_father() -> None:
    text = (
        "Peter Garland, 61, and his son Owen Garland, 34, were jailed.\n\nOwen Garland "
        "smiled. The elder Garland wept."
    )
    found = mention_groups(
        text,
        [
            ("Peter Garland", "PER"),
            ("Owen Garland", "PER"),
            ("Owen Garland", "PER"),
            ("Garland", "PER"),
        ],
        "en",
    )
    assert found["Peter Garland"] == ["Peter Garland", "Garland"]


def test_a_given_name_alone_earlier_in_the_sentence_rules_its_bearer_out() -> None:
    text = (
        "Daniel Okafor blamed his younger brother, Samuel Okafor.\n\nSamuel Okafor denied "
        'that. "Daniel signed every transfer. I made the spreadsheets," the younger Okafor '
        "said."
    )
    found = mention_groups(
        text,
        [
            ("Daniel Okafor", "PER"),
            ("Samuel Okafor", "PER"),
            ("Samuel Okafor", "PER"),
            ("Daniel", "PER"),
            ("Okafor", "PER"),
        ],
        "en",
    )
    assert found["Samuel Okafor"] == ["Samuel Okafor", "Samuel Okafor", "Okafor"]


def test_a_surname_two_names_share_goes_to_the_longest_when_one_is_part_of_the_other() -> None:
    text = "Murdoch spoke first. Rupert Murdoch, whose full name is Keith Rupert Murdoch, listened."
    found = mention_groups(
        text,
        [("Murdoch", "PER"), ("Rupert Murdoch", "PER"), ("Keith Rupert Murdoch", "PER")],
        "en",
    )
    assert found == {"Keith Rupert Murdoch": ["Murdoch", "Rupert Murdoch", "Keith Rupert Murdoch"]}


def test_a_child_introduced_in_an_apposition_is_the_younger() -> None:
    text = (
        "Owen Garland, the younger son of the founder, met Peter Garland in May.\n\n"
        "Peter Garland said the talks went well. The younger Garland left early."
    )
    found = mention_groups(
        text,
        [
            ("Owen Garland", "PER"),
            ("Peter Garland", "PER"),
            ("Peter Garland", "PER"),
            ("Garland", "PER"),
        ],
        "en",
    )
    assert found["Owen Garland"] == ["Owen Garland", "Garland"]
