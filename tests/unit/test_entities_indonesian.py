"""Indonesian news conventions the entity annotator follows: police and military ranks,
offices the press abbreviates, portfolios written out before a body's acronym, places named
after a title, and listed companies (sentences written for these tests, names invented)."""

from __future__ import annotations

from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.entities import find_entities


def ents(text: str) -> list[tuple[str, str]]:
    doc = BuiltinBackend().parse(text, "id")
    found = find_entities(doc)
    for e in found:
        assert text[e.start : e.end] == e.text
    return [(e.text, e.label) for e in found]


def test_a_rank_is_followed_by_the_person_alone() -> None:
    # "Arsa" alone elsewhere must not make it an office before "Wiratama Sinaga".
    found = ents(
        "Kabid Humas Polda Lintang Kombes Arsa Wiratama Sinaga memberi keterangan. "
        "Menurut Arsa, pelaku sudah ditahan."
    )
    assert ("Polda Lintang", "ORG") in found
    assert ("Arsa Wiratama Sinaga", "PER") in found


def test_a_rank_takes_its_service_along() -> None:
    found = ents("Latihan itu ditinjau Brigjen TNI Darmaji Kusuma di Kabupaten Sekarwangi.")
    assert ("Darmaji Kusuma", "PER") in found
    assert all(text != "TNI" for text, _ in found)


def test_abbreviated_offices_are_titles() -> None:
    found = ents("Kapolresta Sekarwangi Kombes Hadi Purnomo mengatakan pelaku ditangkap.")
    assert ("Sekarwangi", "LOC") in found
    assert ("Hadi Purnomo", "PER") in found
    found = ents("Rektor Universitas Lintang Mohammad Rasyid menyambut baik rencana itu.")
    assert ("Universitas Lintang", "ORG") in found
    assert ("Mohammad Rasyid", "PER") in found


def test_a_written_out_portfolio_is_part_of_the_title() -> None:
    found = ents(
        "Direktur Pencegahan dan Pengendalian Penyakit Menular Kemenkes Darsono Wiryo "
        "mengatakan kasus naik."
    )
    assert found == [("Kemenkes", "ORG"), ("Darsono Wiryo", "PER")]
    found = ents(
        "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Laksmi Andriani "
        "menyebut akses terputus."
    )
    assert found == [("BNPB", "ORG"), ("Laksmi Andriani", "PER")]


def test_a_body_named_after_a_title_is_no_portfolio() -> None:
    found = ents("Ketua Bawaslu RI Rahmat Sudarso hadir dalam rapat itu.")
    assert ("Rahmat Sudarso", "PER") in found
    assert any("Bawaslu" in text for text, label in found if label == "ORG")


def test_a_place_name_may_open_with_a_title_or_function_word() -> None:
    assert ents("Bantuan dikirim melalui Bandara Sultan Mahmud Lingga kemarin.") == [
        ("Bandara Sultan Mahmud Lingga", "LOC")
    ]
    assert ("Stadion Si Gagak Rimang", "LOC") in ents("Laga digelar di Stadion Si Gagak Rimang.")


def test_a_listed_company_is_also_named_without_tbk() -> None:
    found = ents(
        "Saham PT Batu Lestari Tbk menguat. Batu Lestari menyiapkan belanja modal. "
        "Direktur Utama Batu Lestari Ratna Dewi optimistis."
    )
    assert found.count(("Batu Lestari", "ORG")) == 2
    assert ("Ratna Dewi", "PER") in found
