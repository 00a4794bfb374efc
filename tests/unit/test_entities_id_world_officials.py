"""Foreign leaders and executives in Indonesian copy: a chancellor's title, and a chief
executive whose given name is also an Indonesian body's head word ("Tim") (sentences
written for these tests)."""

from __future__ import annotations

from reader.analysis import analyze
from tests.unit.test_entities import ents


def test_a_chancellor_is_a_title_before_the_country_and_the_person() -> None:
    found = ents("Kanselir Jerman Friedrich Merz bertemu para menteri di Berlin.")
    assert found[:2] == [("Jerman", "LOC"), ("Friedrich Merz", "PER")]


def test_a_given_name_that_heads_bodies_names_the_holder_after_a_company() -> None:
    found = ents("CEO Apple Tim Cook mengatakan produksi akan dipindah ke India.")
    assert found[:2] == [("Apple", "ORG"), ("Tim Cook", "PER")]


def test_the_holders_surname_alone_is_the_same_person() -> None:
    text = "Bos Apple Tim Cook bertemu para pemasok. Cook juga mengunjungi pabrik di Vietnam."
    actors = {a.name: a.label for a in analyze(text, lang="id").actors}
    assert actors.get("Tim Cook") == "PER"
    assert "Cook" not in actors  # merged into Tim Cook


def test_a_team_after_a_body_stays_a_team() -> None:
    found = ents("Koordinator Basarnas Tim SAR gabungan tiba di lokasi.")
    assert ("Tim SAR", "ORG") in found
