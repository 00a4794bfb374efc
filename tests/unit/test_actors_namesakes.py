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
