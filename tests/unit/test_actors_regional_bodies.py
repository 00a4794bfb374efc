"""Indonesian regional bodies named in full once and by their own name after: a council's
commission lettered "Komisi D" is a body, and one actor with "Komisi D DPRD DKI Jakarta";
"Dinas Bina Marga" is "Dinas Bina Marga DKI" (sentences written for these tests)."""

from __future__ import annotations

from reader.analysis import analyze
from tests.unit.test_actors_merging import actors_of, groups
from tests.unit.test_entities import ents


def test_a_lettered_commission_is_a_body() -> None:
    assert ents("Komisi D akan memanggil dinas terkait pekan depan.") == [("Komisi D", "ORG")]


def test_a_lettered_commission_is_its_assemblys_commission() -> None:
    text = (
        "Ketua Komisi D DPRD DKI Jakarta Yuke Yurike mengatakan, Komisi D akan memanggil"
        " dinas terkait."
    )
    names = {a.name: a.aliases for a in analyze(text, lang="id").actors}
    assert names["Komisi D DPRD DKI Jakarta"] == ["Komisi D"]


def test_a_regional_office_goes_by_its_name_without_the_region() -> None:
    text = "Dinas Bina Marga memperbaiki jalan. Kepala Dinas Bina Marga DKI mengatakan itu."
    found = groups(
        actors_of(text, [("Dinas Bina Marga", "ORG"), ("Dinas Bina Marga DKI", "ORG")], "id")
    )
    assert found == {"Dinas Bina Marga DKI": ["Dinas Bina Marga", "Dinas Bina Marga DKI"]}


def test_a_head_word_alone_is_no_regional_office() -> None:
    text = "Dinas menolak. Kepala Dinas Bina Marga DKI mengatakan itu."
    found = groups(actors_of(text, [("Dinas", "ORG"), ("Dinas Bina Marga DKI", "ORG")], "id"))
    assert len(found) == 2


def test_an_office_without_its_region_is_no_ones_when_two_regions_have_one() -> None:
    text = (
        "Dinas Pendidikan Kota Bogor dan Dinas Pendidikan Kota Depok menggelar rapat. "
        "Dinas Pendidikan menyebut sekolah siap."
    )
    names = {a.name: a.aliases for a in analyze(text, lang="id").actors}
    assert names["Dinas Pendidikan Kota Bogor"] == []
    assert names["Dinas Pendidikan Kota Depok"] == []
    assert "Dinas Pendidikan" in names


def test_a_state_body_goes_by_its_state_and_acronym() -> None:
    # the state's name, then the acronym of the rest: one body
    text = (
        "The Oregon Department of Fish and Wildlife closed two rivers to anglers. The Oregon"
        " DFW said the salmon run was the weakest in decades."
    )
    found = groups(
        actors_of(
            text,
            [("Oregon Department of Fish and Wildlife", "ORG"), ("Oregon DFW", "ORG")],
            "en",
        )
    )
    assert found == {
        "Oregon Department of Fish and Wildlife": [
            "Oregon Department of Fish and Wildlife",
            "Oregon DFW",
        ]
    }


def test_a_state_body_goes_by_the_acronym_of_its_name_after_the_state() -> None:
    text = (
        "The Nevada Department of Motor Vehicles closed four offices after a power cut. The"
        " DMV said licences could be renewed online."
    )
    found = groups(
        actors_of(text, [("Nevada Department of Motor Vehicles", "ORG"), ("DMV", "ORG")], "en")
    )
    assert found == {
        "Nevada Department of Motor Vehicles": ["Nevada Department of Motor Vehicles", "DMV"]
    }


def test_only_a_public_body_goes_by_the_acronym_after_its_place() -> None:
    text = (
        "The California Institute of Technology opened a new laboratory on Monday. The IT"
        " union said its members would move there in May."
    )
    found = groups(
        actors_of(text, [("California Institute of Technology", "ORG"), ("IT", "ORG")], "en")
    )
    assert found == {
        "California Institute of Technology": ["California Institute of Technology"],
        "IT": ["IT"],
    }
