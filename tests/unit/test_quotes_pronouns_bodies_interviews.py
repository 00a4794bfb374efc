"""Quote attribution: organisations as "it", person pronouns that are no
organisation, roles as the subject before a pronoun, named bodies, shared cues and headline
names the tagger missed (reader.analysis.quotes)."""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.model import Quote
from reader.analysis.quotes import find_quotes
from tests.unit.quotes_events_inputs import EN_NAMES, parse, people

ID_NAMES = {
    "Sri Wahyuni": ("PER", ["Sri Wahyuni", "Wahyuni"]),
    "Budi Santoso": ("PER", ["Budi Santoso", "Budi"]),
}


def quotes_of(text: str, lang: str, names: dict, roles: dict | None = None) -> list[Quote]:
    entities, actors = people(text, names)
    actors = [replace(a, roles=(roles or {}).get(a.id, [])) for a in actors]
    return find_quotes(parse(text, lang), entities, actors)


def test_it_said_is_the_organisation_of_the_sentence_before() -> None:
    text = "Acme Corp told customers it was diverting ships. “Expect delays,” it said."
    [quote] = quotes_of(text, "en", EN_NAMES)
    assert quote.speaker == "Acme Corp"
    assert quote.cue is not None and quote.cue.text == "said"


def test_it_warned_is_the_issuer_of_the_report_named_before() -> None:
    names = EN_NAMES | {"National Audit Office": ("ORG", ["National Audit Office"])}
    text = (
        "The report published by the National Audit Office makes grim reading. "
        "It warned that wards were “relying on goodwill”."
    )
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["National Audit Office"]


def test_it_said_with_no_organisation_in_reach_names_nobody() -> None:
    text = "Maria Lopez left early. The river rose. “Expect delays,” it said."
    [quote] = quotes_of(text, "en", EN_NAMES)
    assert quote.speaker is None
    assert quote.cue is not None


def test_she_is_never_the_organisation_quoted_just_before() -> None:
    text = "Acme Corp called the plan “unfair”. The vote was close. “We will appeal,” she said."
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Acme Corp", None]


def test_a_role_subject_in_the_sentence_before_is_who_she_is() -> None:
    names = EN_NAMES | {"Audit Office": ("ORG", ["Audit Office"])}
    text = (
        "Finance Minister Maria Lopez spoke first. The Audit Office called the target "
        "“achievable”. Asked about cuts, the minister paused. “I cannot say,” she said."
    )
    roles = {"Maria Lopez": ["Finance Minister"]}
    found = [q.speaker for q in quotes_of(text, "en", names, roles)]
    assert found == ["Audit Office", "Maria Lopez"]


def test_a_role_subject_names_the_person_out_of_a_pronouns_reach() -> None:
    text = (
        "Menteri Keuangan Sri Wahyuni tiba di Bandung. Hujan turun deras. Jalan macet. "
        "Rapat mundur. Menteri itu terdiam sejenak. “Belum ada keputusan,” ujarnya."
    )
    roles = {"Sri Wahyuni": ["Menteri Keuangan"]}
    assert [q.speaker for q in quotes_of(text, "id", ID_NAMES, roles)] == ["Sri Wahyuni"]


def test_the_authority_said_is_the_organisation_named_with_that_word() -> None:
    names = EN_NAMES | {"Port Authority": ("ORG", ["Port Authority"])}
    text = (
        "The Port Authority urged talks. Tom Baker agreed. "
        "“Every day costs us,” the authority said."
    )
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["Port Authority"]


def test_the_authority_said_is_the_nearest_organisation_named_with_that_word() -> None:
    names = EN_NAMES | {
        "Rotterdam Port Authority": ("ORG", ["Rotterdam Port Authority"]),
        "Antwerp Port Authority": ("ORG", ["Antwerp Port Authority"]),
    }
    text = (
        "The Rotterdam Port Authority raised its fees. Shippers turned to the Antwerp Port "
        "Authority for berths. “Every ship is welcome,” the authority said."
    )
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["Antwerp Port Authority"]


def test_the_authority_with_no_such_name_before_stays_unnamed() -> None:
    text = "Acme Corp urged talks. “Every day costs us,” the authority said."
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == [None]


def test_adding_shares_the_speaker_of_the_quote_before_in_its_sentence() -> None:
    text = (
        "Tom Baker arrived late. “We care,” Acme Corp said, adding that more money was "
        "“under discussion”."
    )
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Acme Corp"] * 2


def test_adding_after_an_unnamed_speaker_names_nobody() -> None:
    text = (
        "Tom Baker arrived late. “We care,” a spokesperson said, adding that more money was "
        "“under discussion”."
    )
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == [None, None]


def test_a_headline_quote_takes_the_person_the_headline_names_untagged() -> None:
    text = (
        "“Guru Itu Pekerja”: Wawancara dengan Sri Wahyuni\n\n"
        "Sri Wahyuni sudah 19 tahun mengajar. Ia menerima penghargaan."
    )
    entities, actors = people(text, ID_NAMES)
    headline_end = text.index("\n")
    entities = [e for e in entities if e.start > headline_end]
    actors = [
        replace(a, mentions=[m for m in a.mentions if m.start > headline_end]) for a in actors
    ]
    [quote] = find_quotes(parse(text, "id"), entities, actors)
    assert quote.speaker == "Sri Wahyuni"


def test_quoted_him_as_saying_is_the_person_quoted_not_the_outlet() -> None:
    names = EN_NAMES | {"Reuters": ("ORG", ["Reuters"])}
    text = "Tom Baker met envoys. “We are not there yet,” Reuters quoted him as saying."
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["Tom Baker"]


def test_quoted_a_name_as_saying_is_that_person() -> None:
    names = EN_NAMES | {"Reuters": ("ORG", ["Reuters"])}
    text = "Talks stalled. Reuters quoted Maria Lopez as saying the deal was “dead”."
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["Maria Lopez"]


def test_quoted_an_official_as_saying_names_nobody() -> None:
    names = EN_NAMES | {"Reuters": ("ORG", ["Reuters"])}
    text = "Talks stalled. Reuters quoted an official as saying the deal was “dead”."
    assert [q.speaker for q in quotes_of(text, "en", names)] == [None]


def test_i_in_an_interviews_answer_is_the_person_interviewed() -> None:
    text = (
        "Five questions for Maria Lopez\n\nMaria Lopez runs Acme Corp.\n\n"
        "Q: Was the offer good?\n\n"
        "A: The price was fine. I told the board, “We are not selling.” Tom Baker agreed."
    )
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Maria Lopez"]


def test_an_answer_after_an_unlabelled_question_is_the_interviewees_too() -> None:
    text = (
        "Sri Wahyuni mengajar di Wamena.\n\nSudah berapa lama?\n\nSembilan belas tahun.\n\n"
        "Apakah Ibu pernah ingin pindah?\n\n"
        "Pernah. Tapi saya sudah sampaikan ke Budi Santoso, “Saya bertahan di sini.”"
    )
    assert [q.speaker for q in quotes_of(text, "id", ID_NAMES)] == ["Sri Wahyuni"]


def test_a_columns_one_rhetorical_question_makes_no_interview() -> None:
    text = "Maria Lopez wants a new stadium.\n\nIs this fair?\n\nI told my editor, “No.”"
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == [None]


def test_i_outside_an_interview_is_the_writer_and_nobody_quoted() -> None:
    text = "Maria Lopez sat down.\n\nI told her, “Take your time.”"
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == [None]


def test_a_quote_its_sentence_introduces_is_not_the_next_sentences() -> None:
    text = "Maria Lopez stood up. She told the room, “We stay open.” Tom Baker argued."
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Maria Lopez"]


def test_a_title_before_an_organisation_and_a_colon_is_not_the_organisation() -> None:
    names = ID_NAMES | {"Universitas Gadjah Mada": ("ORG", ["Universitas Gadjah Mada", "UGM"])}
    text = (
        "Rektor UGM: “Kampus Terbuka”\n\nSri Wahyuni memimpin UGM sejak 2022. "
        "“Kampus ini milik semua,” kata Sri Wahyuni."
    )
    assert [q.speaker for q in quotes_of(text, "id", names)] == ["Sri Wahyuni"] * 2


def test_it_said_passes_over_an_organisation_that_is_an_object() -> None:
    names = EN_NAMES | {"Reuters": ("ORG", ["Reuters"])}
    text = (
        "Acme Corp fired its chief. Maria Lopez told Reuters she was shocked. "
        "“We wish him well,” it said."
    )
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["Acme Corp"]


def test_i_in_a_transcripts_turn_is_the_person_its_label_names() -> None:
    text = (
        "Two voices on the album\n\nMaria Lopez and Tom Baker made it together.\n\n"
        "Why the gap?\n\nBaker: I told her, “Take a year off.” She did."
    )
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Tom Baker"]


def test_a_quote_split_around_an_inverted_cue_keeps_its_speaker() -> None:
    text = "Acme Corp lost the case. “The fact is,” said Tom Baker, “that we never saw it.”"
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Tom Baker"] * 2


def test_a_verb_right_before_a_quote_beats_a_reporters_cue_further_on() -> None:
    text = "Witnesses said the gunman shouted, “Get down!” before fleeing, Tom Baker said."
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == [None]


def test_berteriak_is_a_speech_verb_framing_its_quote() -> None:
    text = "Pelaku sempat berteriak, “Jangan mendekat!” sebelum ditangkap, kata Budi Santoso."
    [quote] = quotes_of(text, "id", ID_NAMES)
    assert quote.speaker is None
    assert quote.cue is not None and quote.cue.text == "berteriak"


def test_a_title_before_a_place_and_a_colon_is_not_the_place() -> None:
    names = ID_NAMES | {"Jawa Tengah": ("LOC", ["Jawa Tengah", "Jateng"])}
    text = (
        "Soal Banjir, Gubernur Jateng: “Kami Sudah Siaga”\n\nGubernur Jawa Tengah Budi Santoso "
        "meninjau tanggul. “Kami sudah siaga,” ujar Budi."
    )
    roles = {"Budi Santoso": ["Gubernur Jawa Tengah"]}
    assert [q.speaker for q in quotes_of(text, "id", names, roles)] == ["Budi Santoso"] * 2


def test_it_said_after_the_companys_shares_is_the_company() -> None:
    text = (
        "Acme Corp reported results. The company's shares rose. "
        "In a filing, it said the plant would be “reassessed”."
    )
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Acme Corp"]


def test_according_to_a_statement_from_the_company_is_the_company() -> None:
    text = "Acme Corp cut jobs. The cuts were “painful”, according to a statement from the company."
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Acme Corp"]


def test_according_to_the_report_is_its_issuer_named_before() -> None:
    names = EN_NAMES | {"National Audit Office": ("ORG", ["National Audit Office"])}
    text = (
        "The National Audit Office published a report on Monday. Tom Baker read it. "
        "According to the report, the scheme was “poorly managed”."
    )
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["National Audit Office"]


def test_menurut_laporan_itu_is_its_issuer_named_before() -> None:
    names = ID_NAMES | {"Badan Pusat Statistik": ("ORG", ["Badan Pusat Statistik", "BPS"])}
    text = "BPS merilis laporan inflasi. Menurut laporan itu, harga pangan “masih bergejolak”."
    assert [q.speaker for q in quotes_of(text, "id", names)] == ["Badan Pusat Statistik"]


def test_a_report_in_an_organisations_possessive_is_the_organisations() -> None:
    names = EN_NAMES | {"World Health Organization": ("ORG", ["World Health Organization"])}
    text = (
        "Tom Baker read it. The World Health Organization's annual report, released on "
        "Tuesday, warned that cases were “rising fast”."
    )
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["World Health Organization"]


def test_laporan_followed_by_an_organisation_is_the_organisations() -> None:
    names = ID_NAMES | {"Bank Dunia": ("ORG", ["Bank Dunia"])}
    text = "Laporan Bank Dunia yang dirilis Selasa memperingatkan ekonomi bisa “melambat tajam”."
    assert [q.speaker for q in quotes_of(text, "id", names)] == ["Bank Dunia"]


def test_it_found_and_it_now_expects_frame_the_organisations_words() -> None:
    names = EN_NAMES | {"Oxfam": ("ORG", ["Oxfam"])}
    text = (
        "Oxfam released a study. It found that the rich had gained “more than everyone else”. "
        "It now expects the gap to grow “for a decade”."
    )
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["Oxfam", "Oxfam"]


def test_a_countrys_foreign_ministry_speaks_for_the_country() -> None:
    names = EN_NAMES | {"China": ("LOC", ["China"])}
    text = "Tom Baker spoke first. China's foreign ministry said the tariffs were “a violation”."
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["China"]
