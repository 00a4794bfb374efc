"""The actor builder's merging rules, on entity mentions given by hand (so each test checks
the grouping alone, whatever the entity finder makes of the sentence)."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.actors import build_actors
from reader.analysis.backends.builtin import BuiltinBackend
from reader.analysis.model import Actor, Entity, EntityLabel


def actors_of(text: str, mentions: list[tuple[str, EntityLabel]], lang: str = "en") -> list[Actor]:
    """The actors of ``text`` built from ``mentions`` (each found after the one before)."""
    entities, pos = [], 0
    for surface, label in mentions:
        start = text.index(surface, pos)
        entities.append(Entity(start, start + len(surface), surface, label))
        pos = start + len(surface)
    actors, _ = build_actors(BuiltinBackend().parse(text, lang), entities)
    return actors


def groups(actors: list[Actor]) -> dict[str, list[str]]:
    """Each actor's name with the texts of its mentions."""
    return {a.name: [m.text for m in a.mentions] for a in actors}


def test_courtesy_title_is_no_part_of_the_name() -> None:
    text = 'Gubernur Dedi Mulyadi datang. "Kami siap," kata Kang Dedi. Kang Asep dan Asep pulang.'
    found = groups(
        actors_of(
            text,
            [("Dedi Mulyadi", "PER"), ("Kang Dedi", "PER"), ("Kang Asep", "PER"), ("Asep", "PER")],
            "id",
        )
    )
    assert found == {"Dedi Mulyadi": ["Dedi Mulyadi", "Kang Dedi"], "Asep": ["Kang Asep", "Asep"]}


def test_club_goes_by_its_name_without_the_city() -> None:
    text = "Real Madrid met Atletico Madrid in Madrid. Real scored first; Atletico levelled."
    found = groups(
        actors_of(
            text,
            [
                ("Real Madrid", "ORG"),
                ("Atletico Madrid", "ORG"),
                ("Madrid", "LOC"),
                ("Real", "ORG"),
                ("Atletico", "ORG"),
            ],
        )
    )
    assert found["Real Madrid"] == ["Real Madrid", "Real"]
    assert found["Atletico Madrid"] == ["Atletico Madrid", "Atletico"]
    assert found["Madrid"] == ["Madrid"]


def test_a_head_word_is_not_the_name_before_the_place() -> None:
    text = "Bank Indonesia held rates. The Bank of nowhere, Bank, said nothing."
    found = groups(actors_of(text, [("Bank Indonesia", "ORG"), ("Bank", "ORG")]))
    assert found == {"Bank Indonesia": ["Bank Indonesia"], "Bank": ["Bank"]}


def test_a_chamber_is_not_the_unit_or_building_named_after_it() -> None:
    text = "The House Oversight Committee met. The White House said the House would vote."
    found = groups(
        actors_of(
            text, [("House Oversight Committee", "ORG"), ("White House", "ORG"), ("House", "ORG")]
        )
    )
    assert found["House"] == ["House"]


def test_known_as_joins_an_organisation_to_its_short_name() -> None:
    text = (
        "Petroliam Nasional Berhad, the state oil firm better known as Petronas, bought gas. "
        "Petronas declined to comment."
    )
    found = groups(
        actors_of(
            text, [("Petroliam Nasional Berhad", "ORG"), ("Petronas", "ORG"), ("Petronas", "ORG")]
        )
    )
    assert found == {"Petroliam Nasional Berhad": ["Petroliam Nasional Berhad", *["Petronas"] * 2]}


def test_known_as_needs_the_same_label() -> None:
    text = "Maria Lopez, a trader known as Tesla, spoke."
    found = groups(actors_of(text, [("Maria Lopez", "PER"), ("Tesla", "ORG")]))
    assert set(found) == {"Maria Lopez", "Tesla"}


def test_known_as_after_a_long_description_is_no_nickname_link() -> None:
    text = "Maria Lopez, a long-serving trader at the old city market, known as Mama Lo, spoke."
    found = groups(actors_of(text, [("Maria Lopez", "PER"), ("Mama Lo", "PER")]))
    assert found == {"Maria Lopez": ["Maria Lopez"], "Mama Lo": ["Mama Lo"]}


def test_a_malaysian_legal_form_is_left_out_of_the_acronym() -> None:
    text = "Malayan Banking Berhad (MB) reported profit. MB said so."
    found = groups(
        actors_of(text, [("Malayan Banking Berhad", "ORG"), ("MB", "ORG"), ("MB", "ORG")])
    )
    assert found == {"Malayan Banking Berhad": ["Malayan Banking Berhad", "MB", "MB"]}


def test_the_before_a_known_short_name_is_dropped() -> None:
    text = "Federal Reserve memangkas suku bunga. Keputusan The Fed disambut pasar."
    found = groups(actors_of(text, [("Federal Reserve", "ORG"), ("The Fed", "ORG")], "id"))
    assert found == {"Federal Reserve": ["Federal Reserve", "The Fed"]}


def test_suspects_initials_are_not_a_named_persons() -> None:
    text = (
        "Kepala BNN Marthinus Hukom hadir. Tersangka berinisial MH ditangkap. "
        "Dari tangan MH polisi menyita sabu."
    )
    found = groups(
        actors_of(
            text, [("BNN", "ORG"), ("Marthinus Hukom", "PER"), ("MH", "PER"), ("MH", "PER")], "id"
        )
    )
    assert found["Marthinus Hukom"] == ["Marthinus Hukom"]
    assert found["MH"] == ["MH", "MH"]


def test_initials_of_a_named_person_merge_without_anonymised_suspects() -> None:
    text = "Mantan presiden Susilo Bambang Yudhoyono hadir. SBY lalu berpidato."
    found = groups(actors_of(text, [("Susilo Bambang Yudhoyono", "PER"), ("SBY", "PER")], "id"))
    assert found == {"Susilo Bambang Yudhoyono": ["Susilo Bambang Yudhoyono", "SBY"]}


def test_a_name_with_and_without_its_accents_is_one_actor() -> None:
    text = "Kylian Mbappé scored. Mbappe celebrated, and MBAPPÉ trended. Mbappé left."
    found = groups(
        actors_of(
            text,
            [("Kylian Mbappé", "PER"), ("Mbappe", "PER"), ("MBAPPÉ", "PER"), ("Mbappé", "PER")],
        )
    )
    assert found == {"Kylian Mbappé": ["Kylian Mbappé", "Mbappe", "MBAPPÉ", "Mbappé"]}


def test_a_short_form_without_accents_finds_the_accented_full_name() -> None:
    text = "Andrés Manuel López Obrador spoke. Lopez Obrador later left."
    found = groups(
        actors_of(text, [("Andrés Manuel López Obrador", "PER"), ("Lopez Obrador", "PER")])
    )
    assert found == {
        "Andrés Manuel López Obrador": ["Andrés Manuel López Obrador", "Lopez Obrador"]
    }


def test_a_company_with_and_without_its_legal_form_is_one_actor() -> None:
    text = "PT Sinar Laut membangun pabrik. Sinar Laut menambah modal. PT Sinar Laut Tbk untung."
    found = groups(
        actors_of(
            text,
            [("PT Sinar Laut", "ORG"), ("Sinar Laut", "ORG"), ("PT Sinar Laut Tbk", "ORG")],
            "id",
        )
    )
    assert found == {"PT Sinar Laut Tbk": ["PT Sinar Laut", "Sinar Laut", "PT Sinar Laut Tbk"]}


def test_a_ministry_goes_by_its_portfolios_initials() -> None:
    text = (
        "The Department of Health and Human Services (HHS) declined. "
        "Kementerian Energi dan Sumber Daya Mineral (ESDM) mencatat ekspor."
    )
    found = groups(
        actors_of(
            text,
            [
                ("Department of Health and Human Services", "ORG"),
                ("HHS", "ORG"),
                ("Kementerian Energi dan Sumber Daya Mineral", "ORG"),
                ("ESDM", "ORG"),
            ],
        )
    )
    assert found["Department of Health and Human Services"][1:] == ["HHS"]
    assert found["Kementerian Energi dan Sumber Daya Mineral"][1:] == ["ESDM"]


def test_a_law_named_after_a_body_does_not_take_its_acronym() -> None:
    text = "Undang-Undang Tentara Nasional Indonesia (TNI) disahkan."
    found = groups(
        actors_of(
            text, [("Undang-Undang Tentara Nasional Indonesia", "MISC"), ("TNI", "MISC")], "id"
        )
    )
    assert set(found) == {"Undang-Undang Tentara Nasional Indonesia", "TNI"}


def test_sapaan_joins_a_nickname_written_before_the_full_name() -> None:
    text = "Danny, sapaan akrab Mohammad Ramdhan Pomanto, berkampanye. Danny lalu pulang."
    found = groups(
        actors_of(
            text, [("Danny", "PER"), ("Mohammad Ramdhan Pomanto", "PER"), ("Danny", "PER")], "id"
        )
    )
    assert found == {"Mohammad Ramdhan Pomanto": ["Danny", "Mohammad Ramdhan Pomanto", "Danny"]}


def test_a_nickname_given_for_a_short_name_joins_the_full_name_it_shortens() -> None:
    text = (
        "Kartika Wirjoatmodjo hadir di Jakarta. Tiko, sapaan Kartika, menyebut rencana itu "
        "matang. Kartika menambahkan bahwa dana sudah siap."
    )
    mentions: list[tuple[str, EntityLabel]] = [
        ("Kartika Wirjoatmodjo", "PER"),
        ("Jakarta", "LOC"),
        ("Tiko", "PER"),
        ("Kartika", "PER"),
        ("Kartika", "PER"),
    ]
    found = groups(actors_of(text, mentions, "id"))
    assert found["Kartika Wirjoatmodjo"] == [
        "Kartika Wirjoatmodjo",
        "Tiko",
        "Kartika",
        "Kartika",
    ]


def test_a_courtesy_title_picks_the_namesake_of_its_gender() -> None:
    text = (
        "Robert Kennedy named a panel. Caroline Kennedy objected. Caroline Kennedy wrote a "
        "letter. Mr Kennedy said he loved his cousin."
    )
    mentions: list[tuple[str, EntityLabel]] = [
        ("Robert Kennedy", "PER"),
        ("Caroline Kennedy", "PER"),
        ("Caroline Kennedy", "PER"),
        ("Kennedy", "PER"),
    ]
    found = groups(actors_of(text, mentions))
    assert found["Robert Kennedy"] == ["Robert Kennedy", "Kennedy"]


def test_a_national_bodys_acronym_is_not_its_regional_office() -> None:
    text = "KPU Sulawesi Selatan menetapkan calon. KPU menerbitkan aturan."
    found = groups(actors_of(text, [("KPU Sulawesi Selatan", "ORG"), ("KPU", "ORG")], "id"))
    assert set(found) == {"KPU Sulawesi Selatan", "KPU"}


def test_a_city_is_not_the_regency_of_the_same_name() -> None:
    text = "Banjir melanda Kabupaten Bandung. Warga Bandung membantu. Kabupaten Garut dan Garut."
    mentions: list[tuple[str, EntityLabel]] = [
        ("Kabupaten Bandung", "LOC"),
        ("Bandung", "LOC"),
        ("Kabupaten Garut", "LOC"),
        ("Garut", "LOC"),
    ]
    found = groups(actors_of(text, mentions, "id"))
    assert found["Bandung"] == ["Bandung"]
    assert found["Kabupaten Garut"] == ["Kabupaten Garut", "Garut"]


def test_after_the_regents_title_the_twin_name_is_the_regency() -> None:
    text = "Banjir melanda Kabupaten Bogor. Bupati Bogor meninjau lokasi."
    found = groups(actors_of(text, [("Kabupaten Bogor", "LOC"), ("Bogor", "LOC")], "id"))
    assert found == {"Kabupaten Bogor": ["Kabupaten Bogor", "Bogor"]}


def test_a_sentence_describing_someone_by_nickname_gives_it_to_the_last_person() -> None:
    text = (
        "Menteri Sosial Saifullah Yusuf tiba di Banjarnegara, Jawa Tengah. "
        "Pria yang akrab disapa Gus Ipul itu membawa bantuan."
    )
    mentions: list[tuple[str, EntityLabel]] = [
        ("Saifullah Yusuf", "PER"),
        ("Banjarnegara", "LOC"),
        ("Jawa Tengah", "LOC"),
        ("Gus Ipul", "PER"),
    ]
    found = groups(actors_of(text, mentions, "id"))
    assert found["Saifullah Yusuf"] == ["Saifullah Yusuf", "Gus Ipul"]


def test_a_nickname_after_a_quote_cue_is_the_person_before() -> None:
    text = (
        "Rina Marlina datang. “Kami siap bekerja sama dengan semua pihak,” "
        "tutur perempuan yang biasa dipanggil Bu Rin itu."
    )
    found = groups(actors_of(text, [("Rina Marlina", "PER"), ("Bu Rin", "PER")], "id"))
    assert found == {"Rina Marlina": ["Rina Marlina", "Bu Rin"]}


def test_a_quoted_nickname_may_carry_another_label() -> None:
    text = 'Former champion Anthony Jackson, known as "The Hammer", retired.'
    found = groups(actors_of(text, [("Anthony Jackson", "PER"), ("Hammer", "ORG")]))
    assert found == {"Anthony Jackson": ["Anthony Jackson", "Hammer"]}


def test_a_unit_named_by_its_own_short_name_and_its_parents_is_not_the_parent() -> None:
    text = "Korlantas Polri menutup jalan. Korlantas meminta maaf. Polri bersiaga."
    mentions: list[tuple[str, EntityLabel]] = [
        ("Korlantas Polri", "ORG"),
        ("Korlantas", "ORG"),
        ("Polri", "ORG"),
    ]
    found = groups(actors_of(text, mentions, "id"))
    assert found == {"Korlantas Polri": ["Korlantas Polri", "Korlantas"], "Polri": ["Polri"]}


def test_written_form_is_the_first_not_in_capitals_as_forms_come() -> None:
    from reader.analysis.actors import _Group

    group = _Group("LOC", [0], {"LONDON": 1}, "LONDON")
    group.add(1, "LONDON")
    assert group.written == "LONDON"
    group.add(2, "London")
    group.add(3, "Londres")
    assert group.written == "London"
    other = _Group("LOC", [4], {"PARIS": 1}, "PARIS")
    other.absorb(_Group("LOC", [5], {"Paris": 1}, "Paris"))
    assert other.written == "Paris"
    capitals = _Group("LOC", [6], {"ROMA": 1}, "ROMA")
    capitals.absorb(other)
    assert capitals.written == "Paris"


def test_role_reaches_back_over_a_name_inside_it_only() -> None:
    text = "Direktur Utama Kencana Agro, Ratna Suryaningsih, hadir. Kata Budi Santoso kemarin."
    found = actors_of(
        text,
        [("Kencana Agro", "ORG"), ("Ratna Suryaningsih", "PER"), ("Budi Santoso", "PER")],
        lang="id",
    )
    roles = {a.name: a.roles for a in found}
    assert roles["Ratna Suryaningsih"] == ["Direktur Utama Kencana Agro"]
    assert roles["Budi Santoso"] == []


def test_a_boarding_school_is_one_by_its_short_and_full_names() -> None:
    text = (
        "Menteri hadir di Pondok Pesantren Tebuireng. Pengasuh Pesantren Tebuireng menyambut "
        "baik. Ponpes Tebuireng menggelar doa."
    )
    mentions = [
        ("Pondok Pesantren Tebuireng", "ORG"),
        ("Pesantren Tebuireng", "ORG"),
        ("Ponpes Tebuireng", "ORG"),
    ]
    found = groups(actors_of(text, mentions, "id"))
    assert found == {"Pondok Pesantren Tebuireng": [m for m, _ in mentions]}


def test_a_shipping_firm_goes_by_its_first_word() -> None:
    text = "The shipping line Corvane Marine was fined. Corvane said it would appeal."
    names = {a.name: a.aliases for a in analyze(text, lang="en", backend="builtin").actors}
    assert names == {"Corvane Marine": ["Corvane"]}
