"""A phrase of time or circumstance opening a sentence, closed by a comma before the
clause's subject: the name before the comma lists nothing with the subject (sentences
written for these tests)."""

from __future__ import annotations

from tests.unit.test_entities import ents


def test_a_name_after_a_fronted_phrase_keeps_its_own_label() -> None:
    found = ents("Dalam laga melawan Barcelona, Vinicius mencetak dua gol.")
    assert found == [("Barcelona", "LOC"), ("Vinicius", "PER")]
    found = ents("Setelah bertemu Prabowo di Istana, Zulkifli mengatakan harga beras akan turun.")
    assert ("Zulkifli", "PER") in found


def test_a_list_after_a_preposition_is_still_a_list() -> None:
    found = ents("Di Jakarta, Bogor, dan Depok hujan turun sejak pagi.")
    assert found == [("Jakarta", "LOC"), ("Bogor", "LOC"), ("Depok", "LOC")]
