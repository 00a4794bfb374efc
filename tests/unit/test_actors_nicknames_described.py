"""Indonesian nicknames given after a person's name by description, not by name: "kata Ani,
sapaan akrabnya" and "Ani, sapaan akrab sang menteri" call the person named last before; and
a nickname joined to a short name ("Ani, sapaan akrab Sri Mulyani") still goes with that
short name to the full one (mentions given by hand; sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_actors_merging import actors_of, groups

_FULL = "Menteri Keuangan Sri Mulyani Indrawati hadir di Jakarta. "


def test_sapaan_akrabnya_calls_the_person_named_last() -> None:
    text = _FULL + '"Pajak pulih," kata Ani, sapaan akrabnya, kepada wartawan.'
    found = groups(actors_of(text, [("Sri Mulyani Indrawati", "PER"), ("Ani", "PER")], "id"))
    assert found == {"Sri Mulyani Indrawati": ["Sri Mulyani Indrawati", "Ani"]}


def test_sapaan_akrab_before_a_description_calls_the_person_named_last() -> None:
    text = _FULL + '"Pajak pulih," ujar Ani, sapaan akrab sang menteri.'
    found = groups(actors_of(text, [("Sri Mulyani Indrawati", "PER"), ("Ani", "PER")], "id"))
    assert found == {"Sri Mulyani Indrawati": ["Sri Mulyani Indrawati", "Ani"]}


def test_a_nickname_of_a_short_name_goes_with_it_to_the_full_name() -> None:
    text = _FULL + '"Pajak pulih," kata Ani, sapaan akrab Sri Mulyani, kemarin.'
    mentions = [("Sri Mulyani Indrawati", "PER"), ("Ani", "PER"), ("Sri Mulyani", "PER")]
    found = groups(actors_of(text, mentions, "id"))
    assert found == {"Sri Mulyani Indrawati": ["Sri Mulyani Indrawati", "Ani", "Sri Mulyani"]}


def test_a_one_word_name_without_sapaan_stays_apart() -> None:
    text = _FULL + '"Pajak pulih," kata Ani kepada wartawan.'
    found = groups(actors_of(text, [("Sri Mulyani Indrawati", "PER"), ("Ani", "PER")], "id"))
    assert found == {"Sri Mulyani Indrawati": ["Sri Mulyani Indrawati"], "Ani": ["Ani"]}


def test_the_person_whose_name_the_nickname_clips_wins_over_the_one_named_last() -> None:
    text = (
        _FULL + "Wakil Menteri Keuangan Thomas Djiwandono mendampingi. "
        '"Pajak pulih," ujar Ani, sapaan akrab sang menteri.'
    )
    mentions = [("Sri Mulyani Indrawati", "PER"), ("Thomas Djiwandono", "PER"), ("Ani", "PER")]
    found = groups(actors_of(text, mentions, "id"))
    assert found == {
        "Sri Mulyani Indrawati": ["Sri Mulyani Indrawati", "Ani"],
        "Thomas Djiwandono": ["Thomas Djiwandono"],
    }
