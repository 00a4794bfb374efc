"""A body's regional branch named again without the head word of its region ("BPBD
Lumajang" after "BPBD Kabupaten Lumajang") is the same branch, and so is a service named
by its abbreviation ("Dinkes Bantul" after "Dinas Kesehatan Kabupaten Bantul"), but not a
twin city's regency, whose name alone is the city's ("BPBD Bogor") (mentions given by hand;
sentences written for these tests)."""

from __future__ import annotations

from tests.unit.test_actors_merging import actors_of, groups


def test_a_branch_named_without_its_regions_head_word_is_the_same_branch() -> None:
    text = "BPBD Kabupaten Lumajang mengevakuasi warga. BPBD Lumajang menyiapkan tenda."
    found = groups(actors_of(text, [("BPBD Kabupaten Lumajang", "ORG"), ("BPBD Lumajang", "ORG")]))
    assert found == {"BPBD Kabupaten Lumajang": ["BPBD Kabupaten Lumajang", "BPBD Lumajang"]}
    text = "KPU Kota Medan menggelar debat. KPU Medan menetapkan jadwal."
    found = groups(actors_of(text, [("KPU Kota Medan", "ORG"), ("KPU Medan", "ORG")]))
    assert found == {"KPU Kota Medan": ["KPU Kota Medan", "KPU Medan"]}


def test_a_twin_citys_name_alone_is_not_its_regencys_branch() -> None:
    text = "BPBD Kota Bogor dan BPBD Kabupaten Bogor bekerja sama. BPBD Bogor menyiapkan tenda."
    mentions = [("BPBD Kota Bogor", "ORG"), ("BPBD Kabupaten Bogor", "ORG"), ("BPBD Bogor", "ORG")]
    found = groups(actors_of(text, mentions))
    assert found["BPBD Kota Bogor"] == ["BPBD Kota Bogor", "BPBD Bogor"]
    assert found["BPBD Kabupaten Bogor"] == ["BPBD Kabupaten Bogor"]


def test_a_service_by_its_abbreviation_is_the_same_branch() -> None:
    text = "Dinas Kesehatan Kabupaten Bantul mencatat kasus. Dinkes Bantul menambah posko."
    mentions = [("Dinas Kesehatan Kabupaten Bantul", "ORG"), ("Dinkes Bantul", "ORG")]
    found = groups(actors_of(text, mentions))
    assert found == {
        "Dinas Kesehatan Kabupaten Bantul": ["Dinas Kesehatan Kabupaten Bantul", "Dinkes Bantul"]
    }


def test_an_abbreviated_service_of_a_twin_city_is_not_the_regencys() -> None:
    text = "Dinas Kesehatan Kabupaten Bogor mencatat kasus. Dinkes Bogor menambah posko."
    mentions = [("Dinas Kesehatan Kabupaten Bogor", "ORG"), ("Dinkes Bogor", "ORG")]
    found = groups(actors_of(text, mentions))
    assert found["Dinas Kesehatan Kabupaten Bogor"] == ["Dinas Kesehatan Kabupaten Bogor"]
