"""Title phrases: ranks and their services, Indonesian office abbreviations."""

from __future__ import annotations

from reader.analysis.titles import is_rank_title, match_title


def test_a_rank_ends_after_its_service() -> None:
    words = ["Brigjen", "TNI", "Darmaji", "Kusuma"]
    assert match_title(words, 0) == 2
    assert is_rank_title(words, 0, 2)


def test_an_office_is_no_rank() -> None:
    words = ["Kapolresta", "Sekarwangi", "Hadi"]
    assert match_title(words, 0) == 1
    assert not is_rank_title(words, 0, 1)


def test_a_portfolio_of_basic_and_secondary_education() -> None:
    words = ["Menteri", "Pendidikan", "Dasar", "dan", "Menengah", "Rina", "Kusuma"]
    assert match_title(words, 0) == 5


def test_abbreviations_that_are_surnames_are_no_titles() -> None:
    assert match_title(["Kadis", "said"], 0) == 0
    assert match_title(["Mendes", "Ferreira"], 0) == 0


def test_every_rank_is_a_title_down_to_the_lowest() -> None:
    """The privates' and NCOs' ranks (Pratu, Sertu, Bripda, Lettu) name the person after them
    like a general's does."""
    for rank in ("Pratu", "Sertu", "Bripda", "Lettu", "Laksma", "Brigjen"):
        words = [rank, "Joko", "Susilo"]
        assert match_title(words, 0) == 1, rank
        assert is_rank_title(words, 0, 1), rank


def test_chair_is_a_title() -> None:
    words = ["Central", "Bank", "Chair", "Lena", "Marsh"]
    assert match_title(words, 2) == 3


def test_justices_before_several_names_is_a_title() -> None:
    assert match_title(["Justices", "Elena", "Kagan"], 0) == 1


def test_a_title_may_list_its_portfolios() -> None:
    words = ["Menteri", "Pendidikan", "Tinggi", ",", "Sains", ",", "dan", "Teknologi", "Rina"]
    assert match_title(words, 0) == 8
    assert match_title(["Menteri", "Keuangan", ",", "Menteri", "Agama"], 0) == 2


def test_advisers_and_policy_chiefs_are_titles() -> None:
    assert match_title(["Trade", "policy", "adviser", "Peter"], 0) == 3
    assert match_title(["foreign", "policy", "chief", "Kaja"], 0) == 3
    assert match_title(["Penasihat", "Khusus", "Presiden", "Wiranto"], 0) == 3


def test_a_retired_officers_mark_goes_with_the_title() -> None:
    assert match_title(["Jenderal", "(", "Purn", ")", "Budi", "Santoso"], 0) == 4
    words = ["Letjen", "TNI", "(", "Purn.", ")", "Agus", "Salim"]
    assert match_title(words, 0) == 5
