"""The actor builder: one actor per real-world entity."""

from __future__ import annotations

from reader.analysis.actors import build_actors
from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.entities import find_entities
from reader.analysis.model import Actor, Entity


def actors_of(text: str, lang: str = "id") -> tuple[list[Actor], list[Entity]]:
    doc = BuiltinBackend().parse(text, lang)
    return build_actors(doc, find_entities(doc))


def by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


def test_surname_merges_into_the_full_name_and_title_becomes_a_role() -> None:
    text = (
        "Presiden Chile Tomas Ibarra tiba di Jakarta. Ibarra disambut hangat. "
        "Menurut Ibarra, kunjungan itu penting."
    )
    actors, _ = actors_of(text)
    tomas = by_name(actors)["Tomas Ibarra"]
    assert tomas.label == "PER"
    assert [m.text for m in tomas.mentions] == ["Tomas Ibarra", "Ibarra", "Ibarra"]
    assert tomas.aliases == ["Ibarra"]
    assert tomas.roles == ["Presiden Chile"]
    assert tomas.id == "tomas-ibarra"


def test_country_short_and_long_forms_are_one_actor() -> None:
    actors, _ = actors_of(
        "Amerika Serikat mengirim bantuan. Pejabat AS menyebut bantuan itu kecil."
    )
    us = by_name(actors)["Amerika Serikat"]
    assert sorted(m.text for m in us.mentions) == ["AS", "Amerika Serikat"]
    assert us.aliases == ["AS"]


def test_english_country_forms_merge_too() -> None:
    actors, _ = actors_of(
        "The United States imposed tariffs. Officials in the US said more may follow.", "en"
    )
    us = by_name(actors)["United States"]
    assert [m.text for m in us.mentions] == ["United States", "US"]


def test_acronym_merges_with_its_full_form_by_initials() -> None:
    text = "Komisi Pengawas Persaingan Usaha memanggil dua perusahaan. KPPU belum memberi sanksi."
    actors, _ = actors_of(text)
    kppu = by_name(actors)["Komisi Pengawas Persaingan Usaha"]
    assert [m.text for m in kppu.mentions] == ["Komisi Pengawas Persaingan Usaha", "KPPU"]
    assert kppu.label == "ORG"


def test_acronym_defined_in_parentheses_merges() -> None:
    text = "Lembaga Riset Pangan Nusantara (LRPN) merilis data. LRPN memperkirakan panen turun."
    actors, _ = actors_of(text)
    assert len([a for a in actors if a.label == "ORG"]) == 1


def test_short_organisation_name_merges_with_the_registered_name() -> None:
    text = "PT Gemilang Tekstil Utama Tbk mencatat rugi. Saham Gemilang Tekstil turun tajam."
    actors, _ = actors_of(text)
    org = by_name(actors)["PT Gemilang Tekstil Utama Tbk"]
    assert [m.text for m in org.mentions] == ["PT Gemilang Tekstil Utama Tbk", "Gemilang Tekstil"]


def test_surname_never_merges_across_labels() -> None:
    # "Jordan" the country and "Nadia Jordan" the person stay apart.
    text = "Pelatih Nadia Jordan tiba dari Yordania. Jordan kemudian terbang ke Amman."
    actors, _ = actors_of(text)
    names = by_name(actors)
    assert names["Nadia Jordan"].label == "PER"
    assert [m.text for m in names["Nadia Jordan"].mentions] == ["Nadia Jordan", "Jordan"]
    assert "Yordania" in names and names["Yordania"].label == "LOC"


def test_shared_surname_goes_to_the_person_named_last() -> None:
    text = (
        "Budi Hartono bertemu Sinta Hartono. Budi Hartono pulang lebih dulu. "
        "Hartono mengatakan rapat selesai."
    )
    actors, _ = actors_of(text)
    budi = by_name(actors)["Budi Hartono"]
    assert [m.text for m in budi.mentions] == ["Budi Hartono", "Budi Hartono", "Hartono"]


def test_every_entity_gets_an_actor_and_ids_are_unique() -> None:
    text = "Rina Kusuma dari Bandung menemui Rina Kusumawati di Bogor. Kusuma tersenyum."
    actors, entities = actors_of(text)
    ids = [a.id for a in actors]
    assert len(ids) == len(set(ids))
    assert all(e.actor in ids for e in entities)
    for actor in actors:
        assert all(m.text in (actor.name, *actor.aliases) for m in actor.mentions)


def test_actors_sorted_by_prominence() -> None:
    text = "Dewi Lestari ke Surabaya. Dewi Lestari lalu ke Malang. Lestari pulang ke Surabaya."
    actors, _ = actors_of(text)
    assert [a.name for a in actors[:2]] == ["Dewi Lestari", "Surabaya"]


def test_colliding_slugs_get_suffixes() -> None:
    actors, _ = actors_of("Jean-Paul Ramos bertemu Jean Paul Ramos.")
    assert sorted(a.id for a in actors) == ["jean-paul-ramos", "jean-paul-ramos-2"]


def test_no_entities_no_actors() -> None:
    assert actors_of("tidak ada nama di sini.") == ([], [])


def test_role_starts_at_the_title_word() -> None:
    text = "Wali kota meninjau lokasi bersama Kapolres Garut AKBP Yudi Pratama."
    actors, _ = actors_of(text)
    assert by_name(actors)["Yudi Pratama"].roles == ["Kapolres Garut AKBP"]


def test_place_without_its_head_word_merges_with_the_place() -> None:
    text = "Banjir melanda Kabupaten Garut. Bupati Garut Rudy Gunawan meninjau lokasi."
    actors, _ = actors_of(text)
    garut = by_name(actors)["Kabupaten Garut"]
    assert [m.text for m in garut.mentions] == ["Kabupaten Garut", "Garut"]
    assert by_name(actors)["Rudy Gunawan"].roles == ["Bupati Garut"]


def test_english_roles_with_abbreviations_hyphens_and_organisations() -> None:
    text = (
        "Dr. Amara Osei met Harbor City Mayor Leo Brandt. Brightline CEO Tanya Moss joined "
        "President-elect Omar Haddad later."
    )
    actors, _ = actors_of(text, "en")
    names = by_name(actors)
    assert names["Amara Osei"].roles == ["Dr."]
    assert names["Leo Brandt"].roles == ["Harbor City Mayor"]
    assert names["Tanya Moss"].roles == ["Brightline CEO"]
    assert names["Omar Haddad"].roles == ["President-elect"]


def test_party_before_a_role_is_an_organisation_and_part_of_the_role() -> None:
    actors, entities = actors_of("Labour MP Jane Doe said Britain's economy was weak.", "en")
    assert [(e.text, e.label) for e in entities] == [
        ("Labour", "ORG"),
        ("Jane Doe", "PER"),
        ("Britain", "LOC"),
    ]
    assert by_name(actors)["Jane Doe"].roles == ["Labour MP"]


def test_a_body_after_a_comma_opening_like_a_title_is_no_role() -> None:
    actors, _ = actors_of("Jane Smith, Health Canada, said sales fell.", "en")
    assert by_name(actors)["Jane Smith"].roles == []


def test_a_name_written_with_two_spaces_is_single_spaced() -> None:
    actors, _ = actors_of("Jane  Smith said sales fell. Smith spoke again.", "en")
    assert [a.name for a in actors] == ["Jane Smith"]


def test_us_politics_roles_and_party_abbreviations() -> None:
    text = (
        "Assembly Speaker Rosa Delgado met Senate Majority Leader Carl Whitfield, D-Ore., "
        "on Capitol Hill. Whitfield's office said the Budget Review Office agreed."
    )
    actors, entities = actors_of(text, "en")
    names = by_name(actors)
    assert names["Rosa Delgado"].roles == ["Assembly Speaker"]
    assert names["Carl Whitfield"].roles == ["Senate Majority Leader"]
    assert [m.text for m in names["Carl Whitfield"].mentions] == ["Carl Whitfield", "Whitfield"]
    labels = {e.text: e.label for e in entities}
    assert labels["Capitol Hill"] == "LOC"
    assert labels["Budget Review Office"] == "ORG"
    assert not any("D-" in e.text for e in entities)


def test_known_country_code_does_not_merge_with_a_name_of_the_same_initials() -> None:
    text = "Banjir melanda Aceh Selatan. Bantuan dari AS dan Amerika Serikat tiba."
    actors, _ = actors_of(text)
    names = by_name(actors)
    assert [m.text for m in names["Aceh Selatan"].mentions] == ["Aceh Selatan"]
    assert [m.text for m in names["Amerika Serikat"].mentions] == ["AS", "Amerika Serikat"]


def test_role_in_an_apposition_after_the_name() -> None:
    text = (
        "Warga menyambut Dedi Kurniawan, gubernur Jawa Tengah, di alun-alun. "
        "Kemarin Sari Wulan, Presiden Direktur Danu Sehat Anwar, dan staf hadir."
    )
    actors, _ = actors_of(text)
    names = by_name(actors)
    assert names["Dedi Kurniawan"].roles == ["gubernur Jawa Tengah"]
    # "Presiden Direktur Danu Sehat Anwar" introduces another person: no role for Sari.
    assert names["Sari Wulan"].roles == []


def test_dateline_in_capitals_is_the_same_place_as_in_the_text() -> None:
    actors, _ = actors_of(
        "KARANGJATI, Warta.com - Banjir melanda Kabupaten Karangjati. "
        "Warga Karangjati mengungsi ke sekolah."
    )
    place = by_name(actors)["Kabupaten Karangjati"]
    assert sorted(place.aliases) == ["KARANGJATI", "Karangjati"]


def test_shouted_surname_in_a_headline_joins_the_full_name() -> None:
    text = "TENNIS - DORVAN ROLLS ON\nTop seed Ilse Dorvan won again. Dorvan was tired.\n"
    actors, _ = actors_of(text, "en")
    ilse = by_name(actors)["Ilse Dorvan"]
    assert sorted(ilse.aliases) == ["DORVAN", "Dorvan"]


def test_abbreviated_regency_government_is_the_same_actor() -> None:
    actors, _ = actors_of(
        "Pemerintah Kabupaten Lorebang menyiapkan dana. Pemkab Lorebang juga membangun jalan."
    )
    government = by_name(actors)["Pemerintah Kabupaten Lorebang"]
    assert government.aliases == ["Pemkab Lorebang"]


def test_first_names_of_a_longer_name_are_the_same_person() -> None:
    actors, _ = actors_of(
        "Menteri Keuangan Ratna Dewi Kusumawati hadir. Menurut Menkeu Ratna Dewi, defisit "
        "terkendali. Ratna Dewi juga meminta laporan."
    )
    people = [a for a in actors if a.label == "PER"]
    assert len(people) == 1
    assert len(people[0].mentions) == 3


def test_father_and_son_of_one_name_stay_apart() -> None:
    actors, _ = actors_of("Tom Hale Jr met reporters. Later Tom Hale said he was proud.", "en")
    people = [a for a in actors if a.label == "PER"]
    assert len(people) == 2


def test_mixed_case_short_name_in_brackets_merges_with_the_long_name() -> None:
    actors, _ = actors_of("Menurut Lembaga Kajian Ekonomi Nusantara (Lekon), harga naik.")
    lekon = by_name(actors)["Lembaga Kajian Ekonomi Nusantara"]
    assert [m.text for m in lekon.mentions] == ["Lembaga Kajian Ekonomi Nusantara", "Lekon"]


def test_company_acronym_leaves_out_its_legal_form() -> None:
    actors, _ = actors_of("Northern Harbour Co. cut its outlook. NH said costs rose.", "en")
    harbour = by_name(actors)["Northern Harbour Co."]
    assert harbour.aliases == ["NH"]


def test_acronym_after_a_law_names_the_body_inside_it() -> None:
    actors, _ = actors_of(
        "Hakim menguji Undang-Undang Badan Pangan Daerah (BPD) pekan ini. BPD menolak."
    )
    law = by_name(actors)["Undang-Undang Badan Pangan Daerah"]
    assert law.aliases == []


def test_short_name_introduced_with_atau_is_the_company() -> None:
    actors, _ = actors_of(
        "Anak usaha itu, PT Telekomunikasi Nusantara atau Telkomnus, mencatat laba. "
        "Telkomnus menargetkan pelanggan baru."
    )
    company = by_name(actors)["PT Telekomunikasi Nusantara"]
    assert company.aliases == ["Telkomnus"]


def test_surname_particle_may_be_capitalised() -> None:
    actors, _ = actors_of(
        "Defender Pieter van Loon was booked. Fans cheered when Van Loon returned.", "en"
    )
    assert by_name(actors)["Pieter van Loon"].aliases == ["Van Loon"]


def test_club_and_paper_by_their_last_word() -> None:
    actors, _ = actors_of(
        "Westbridge United beat Coastal Rovers 3-1. United have now won five. The Harbour "
        "Post reported the score, and the Post later added quotes.",
        "en",
    )
    names = by_name(actors)
    assert names["Westbridge United"].aliases == ["United"]
    assert names["Harbour Post"].aliases == ["Post"]


def test_surname_goes_to_the_namesake_not_called_by_given_name() -> None:
    actors, _ = actors_of(
        "Peter Garland, 61, and his son Owen Garland, 34, were jailed. The elder Garland "
        "got six years, while Owen got five.",
        "en",
    )
    peter = by_name(actors)["Peter Garland"]
    assert [m.text for m in peter.mentions] == ["Peter Garland", "Garland"]


def test_surname_far_from_its_namesakes_goes_to_the_main_figure() -> None:
    actors, _ = actors_of(
        "Arthur Kessel agreed to sell the firm. Arthur Kessel founded it in 1961. His "
        "daughters Mia and Ruth Kessel objected. The board met on Monday. Kessel, 90, said "
        "he was at peace.",
        "en",
    )
    arthur = by_name(actors)["Arthur Kessel"]
    assert [m.text for m in arthur.mentions] == ["Arthur Kessel", "Arthur Kessel", "Kessel"]


def test_given_name_in_another_sentence_does_not_rule_a_namesake_out() -> None:
    actors, _ = actors_of(
        "For years, Hemi Rangi kept the lighthouse. His daughter, Aroha Rangi, grew up "
        'there. "Hemi is part of the place," a ranger said. Later, Rangi shrugs it off.',
        "en",
    )
    hemi = by_name(actors)["Hemi Rangi"]
    assert [m.text for m in hemi.mentions] == ["Hemi Rangi", "Hemi", "Rangi"]


def test_a_leading_article_does_not_split_a_name() -> None:
    text = "He told The Daily Ledger on Monday. The Daily Ledger and Daily Ledger staff agreed."
    doc = BuiltinBackend().parse(text, "en")
    spans = [(8, 24), (36, 52), (57, 69)]
    entities = [Entity(s, e, text[s:e], "ORG") for s, e in spans]
    actors, _ = build_actors(doc, entities)
    assert [(a.name, a.aliases) for a in actors] == [("The Daily Ledger", ["Daily Ledger"])]


def test_a_known_company_name_still_goes_to_its_legal_name() -> None:
    actors, _ = actors_of(
        "PT Pertamina (Persero) menahan harga. Direktur Utama Pertamina Budi Santoso hadir. "
        "Anak usaha PT Pertamina Patra Niaga menambah SPBU."
    )
    names = by_name(actors)
    assert names["PT Pertamina (Persero)"].aliases == ["Pertamina"]
    assert names["PT Pertamina Patra Niaga"].aliases == []


def test_hyphenated_acronym_is_its_full_name() -> None:
    actors, _ = actors_of(
        "Partai Demokrasi Indonesia Perjuangan (PDI-P) menyiapkan kader. Sekjen PDI-P hadir."
    )
    party = by_name(actors)["Partai Demokrasi Indonesia Perjuangan"]
    assert party.aliases == ["PDI-P"]


def test_department_named_either_way_round() -> None:
    actors, _ = actors_of(
        "The Justice Department appealed. A Department of Justice lawyer declined to comment.",
        "en",
    )
    assert [(a.name, a.aliases) for a in actors] == [
        ("Department of Justice", ["Justice Department"])
    ]


def test_two_surnames_without_the_given_names() -> None:
    actors, _ = actors_of(
        "President Andres Manuel Lopez Obrador left office in 2024. Lopez Obrador said he "
        "would retire.",
        "en",
    )
    assert by_name(actors)["Andres Manuel Lopez Obrador"].aliases == ["Lopez Obrador"]


def test_a_role_may_hold_an_acronym_in_brackets() -> None:
    actors, _ = actors_of(
        "Ketua Komisi Pemilihan Umum (KPU) Rahmat Santoso mengumumkan jadwal baru."
    )
    assert by_name(actors)["Rahmat Santoso"].roles == ["Ketua Komisi Pemilihan Umum (KPU)"]


def test_a_commission_is_not_the_parliament_it_belongs_to() -> None:
    actors, _ = actors_of("Rapat Komisi V DPR berlangsung alot. DPR akan memutuskan besok.")
    assert "DPR" in by_name(actors)


def test_firm_named_for_a_person_goes_by_the_surname() -> None:
    actors, _ = actors_of(
        "Harold Penrose Co. said on Monday it would cut 300 jobs at its plant. Shares of "
        "Penrose fell 3%.",
        "en",
    )
    assert by_name(actors)["Harold Penrose Co."].aliases == ["Penrose"]


def test_role_with_a_list_of_portfolios() -> None:
    actors, _ = actors_of(
        "Kepala Pusat Data dan Informasi BNPB Abdul Muhari mengatakan banjir surut."
    )
    assert by_name(actors)["Abdul Muhari"].roles == ["Kepala Pusat Data dan Informasi BNPB"]


def test_abbreviated_provincial_government_without_its_last_word() -> None:
    actors, _ = actors_of(
        "Pemerintah Provinsi DKI Jakarta menyiapkan bus gratis. Pemprov DKI juga menambah armada."
    )
    assert by_name(actors)["Pemerintah Provinsi DKI Jakarta"].aliases == ["Pemprov DKI"]


def test_acronyms_that_keep_the_of() -> None:
    actors, _ = actors_of(
        "The Bank of England held rates. Economists expect the BoE to cut in August. The "
        "Department of Justice sued Google. The DOJ said the case was strong.",
        "en",
    )
    names = by_name(actors)
    assert names["Bank of England"].aliases == ["BoE"]
    assert names["Department of Justice"].aliases == ["DOJ"]


def test_acronyms_that_keep_the_for() -> None:
    actors, _ = actors_of(
        "Transport for London said fares would rise in March. A TfL spokesperson said the "
        "money would pay for new trains.",
        "en",
    )
    assert by_name(actors)["Transport for London"].aliases == ["TfL"]
