"""Indonesian nicknames given after a person's name by description, not by name: "kata Ani,
sapaan akrabnya" and "Ani, sapaan akrab sang menteri" call a person named before, the one
whose name it clips, else the one named last; and
a nickname joined to a short name ("Ani, sapaan akrab Sri Mulyani") still goes with that
short name to the full one (mentions given by hand; sentences written for these tests); a
nickname after "disapa" is a person's though it looks like an acronym ("KDM")."""

from __future__ import annotations

from reader.analysis import analyze
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


def test_sapaan_akrabnya_joins_the_one_person_it_clips_and_no_one_between() -> None:
    # the aside is read once, by the nickname's clipping: Budi, named between, stays apart
    text = _FULL + 'Budi Santoso juga datang. "Kita siap," kata Ani, sapaan akrabnya, kemarin.'
    mentions = [("Sri Mulyani Indrawati", "PER"), ("Budi Santoso", "PER"), ("Ani", "PER")]
    found = groups(actors_of(text, mentions, "id"))
    assert found == {
        "Sri Mulyani Indrawati": ["Sri Mulyani Indrawati", "Ani"],
        "Budi Santoso": ["Budi Santoso"],
    }


def test_panggilan_karibnya_alone_calls_the_person_named_before() -> None:
    text = "Ursula Cahyani hadir di Jakarta. Uci, panggilan karibnya, menambahkan bahwa ia siap."
    found = groups(actors_of(text, [("Ursula Cahyani", "PER"), ("Uci", "PER")], "id"))
    assert found == {"Ursula Cahyani": ["Ursula Cahyani", "Uci"]}


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


def test_a_nickname_after_disapa_is_a_person_though_shaped_like_an_acronym() -> None:
    text = (
        "Gubernur Jawa Barat Dedi Mulyadi meninjau tanggul. Gubernur yang akrab disapa KDM "
        "itu meminta warga mengungsi. KDM juga meminta bantuan."
    )
    found = analyze(text, lang="id", backend="builtin")
    assert [(e.text, e.label) for e in found.entities] == [
        ("Jawa Barat", "LOC"),
        ("Dedi Mulyadi", "PER"),
        ("KDM", "PER"),
        ("KDM", "PER"),
    ]
    assert groups(found.actors)["Dedi Mulyadi"] == ["Dedi Mulyadi", "KDM", "KDM"]
    # greeted by someone: the title stays out of the name
    found = analyze("Warga disapa Presiden Prabowo Subianto di Istana.", lang="id")
    assert (found.entities[0].text, found.entities[0].label) == ("Prabowo Subianto", "PER")


def test_an_office_described_by_its_nickname_is_the_person_named_last() -> None:
    text = (
        "Gubernur Jawa Barat Dedi Mulyadi meninjau tanggul di Kabupaten Bekasi. Gubernur yang "
        "akrab disapa KDM itu meminta warga mengungsi."
    )
    mentions = [("Dedi Mulyadi", "PER"), ("Kabupaten Bekasi", "LOC"), ("KDM", "PER")]
    found = groups(actors_of(text, mentions, "id"))
    assert found["Dedi Mulyadi"] == ["Dedi Mulyadi", "KDM"]
