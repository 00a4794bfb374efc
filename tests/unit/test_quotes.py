"""Direct quotes and their speakers (reader.analysis.quotes, reader.analysis.quote_marks)."""

from __future__ import annotations

import json
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.model import Quote
from reader.analysis.quote_marks import continues, is_hard_wrapped, quote_spans
from reader.analysis.quotes import find_quotes
from tests.conftest import SEED
from tests.unit.quotes_events_inputs import EN_NAMES, gold_inputs, parse, parsed, people


def quotes_of(text: str, lang: str, names: dict) -> list[Quote]:
    entities, actors = people(text, names)
    return find_quotes(parse(text, lang), entities, actors)


def speakers(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes]


# ---- quote marks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dia bilang “ya” lalu “tidak”.", ["“ya”", "“tidak”"]),
        ('He said "fine" twice.', ['"fine"']),
        ("Elle a dit «non» hier.", ["«non»"]),
        ("They called it ‘a deal’ and didn’t look back.", ["‘a deal’"]),
        ("Er sagte „Nein“ sofort.", ["„Nein“"]),
        ("an apostrophe in don’t and rock ’n’ roll", []),
        ("“empty” then “”", ["“empty”"]),
    ],
)
def test_quote_marks_are_paired(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Harford said : " We deserved it . " He left .', ['" We deserved it . "']),
        ('" I went early , " he said .', ['" I went early , "']),
        ('x " stray and "real" one', ['"real"']),  # a lone mark never pairs with a word mark
        ('A 5" screen and " x', []),
        ('" One .\nTwo , " he said .', ['" One .\nTwo , "']),  # a sentence on each line
        ('" never closed .\nTwo " he said .', []),  # no punctuation token before the closer
        ('" One .\n\nTwo , " he said .', []),  # never past a blank line
    ],
)
def test_tokenized_text_pads_straight_quotes_with_spaces(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'We will not back down,' the mayor said.", ["'We will not back down,'"]),
        ("Britain's team, the '90s, rock 'n' roll, Ma'ruf, Jum'at, 'em, 'til dawn", []),
        ("it 's late and we 're tired", []),  # tokenized clitics
        (
            "'The traders' days are over. They weren't,' she said.",
            ["'The traders' days are over. They weren't,'"],
        ),
        ("'We're not goin' back.' Then she left.", ["'We're not goin' back.'"]),
        ("She called it 'unfair' and the deal 'dead'.", ["'unfair'", "'dead'"]),
        ("the 'yes' side ('Remain') won", ["'yes'", "'Remain'"]),  # a mark after "(" opens
        ("the ‘90s, rock ‘n’ roll and the players’ union", []),  # autocorrected apostrophes
        (
            "Mereka bilang 'Awalnya dia 'malas' di rumah,' tuturnya.",
            ["'Awalnya dia 'malas' di rumah,'"],
        ),
        ("‘The traders’ days are over,’ she said.", ["‘The traders’ days are over,’"]),
    ],
)
def test_single_quotes_are_told_from_apostrophes(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("`` We will stay , '' he said .", ["`` We will stay , ''"]),
        ("He said it was ``a good deal'' today.", ["``a good deal''"]),
        ("''We will stay,'' he said.", ["''We will stay,''"]),
        ("`` One .\nTwo , '' he said .", ["`` One .\nTwo , ''"]),
        ("`` never closed .\n`` Closed , '' he said .", ["`` Closed , ''"]),
        ("the seafarers ' union and a 6'2'' forward", []),
    ],
)
def test_doubled_marks_of_tokenized_text(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Nous restons », a-t-il dit.", ["« Nous restons »"]),
        ("Dia bilang „Kami siap,“ lalu pergi.", ["„Kami siap,“"]),
        ("“He said ‘never again’ and left,” she said.", ["“He said ‘never again’ and left,”"]),
        ("'They said \"go home\" to us,' she said.", ["'They said \"go home\" to us,'"]),
        (
            "\"They kept saying 'nobody's free',\" he said.",
            ["\"They kept saying 'nobody's free',\""],
        ),
    ],
)
def test_guillemets_low_high_and_nested_quotes(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == expected


def test_opening_mark_mistyped_as_the_closer() -> None:
    text = "“Kami siap,“ kata Budi. Dia bilang “tidak“ lalu “ya”."
    assert [text[a:b] for a, b in quote_spans(text)] == ["“Kami siap,“", "“tidak“", "“ya”"]


def test_unclosed_quote_is_skipped_within_its_paragraph() -> None:
    text = "Ia berkata “kami akan datang.\nParagraf baru tanpa kutipan, lalu “ini” saja."
    assert [text[a:b] for a, b in quote_spans(text)] == ["“ini”"]


def test_quote_running_over_paragraphs_closes_at_paragraph_end() -> None:
    text = "“First part of a long statement.\n“Second part,” she said."
    found = [text[a:b] for a, b in quote_spans(text)]
    assert found == ["“First part of a long statement.", "“Second part,”"]


def test_second_opener_means_the_first_was_never_closed() -> None:
    text = "“Broken quote. “Proper quote,” he said."
    assert [text[a:b] for a, b in quote_spans(text)] == ["“Proper quote,”"]


def test_continues_links_the_parts_of_a_quote_over_paragraphs() -> None:
    text = "“First part.\n\n“Second part,” she said.\n\n“A new quote.”"
    first, second, third = quote_spans(text)
    assert continues(text, first, second)
    assert not continues(text, second, third)  # the second part was closed


@given(st.text(alphabet=st.sampled_from(list("ab .,\n“”\"«»‘’„ '`"))))
def test_quote_spans_never_overlap_and_stay_in_bounds(text: str) -> None:
    spans = quote_spans(text)
    for (_a, b), (c, _d) in pairwise(spans):
        assert b <= c
    assert all(0 <= a < b <= len(text) for a, b in spans)


@given(st.text(max_size=300))
def test_find_quotes_never_raises_on_any_text(text: str) -> None:
    quotes = find_quotes(parse(text, "id"), [], [])
    assert all(text[q.start : q.end] == q.text for q in quotes)


# ---- speakers: Indonesian ---------------------------------------------------------------

ID_NAMES = {
    "Sri Wahyuni": ("PER", ["Sri Wahyuni", "Wahyuni"]),
    "Budi Santoso": ("PER", ["Budi Santoso", "Budi"]),
    "Kementerian Keuangan": ("ORG", ["Kementerian Keuangan"]),
    "Bandung": ("LOC", ["Bandung"]),
}


def test_indonesian_nya_cue_resolves_to_the_subject_of_the_previous_sentence() -> None:
    text = (
        "Wali Kota Sri Wahyuni bertemu Budi Santoso di Bandung. "
        "“Kami butuh jembatan baru sebelum musim hujan,” ujarnya."
    )
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [
        ("“Kami butuh jembatan baru sebelum musim hujan,”", "Sri Wahyuni")
    ]


def test_indonesian_kata_x_and_consecutive_quote() -> None:
    text = (
        "“Anggaran sudah siap,” kata Budi di kantornya. “Tinggal menunggu tanda tangan.” "
        "Sementara itu Wahyuni menolak berkomentar."
    )
    quotes = quotes_of(text, "id", ID_NAMES)
    assert speakers(quotes) == [
        ("“Anggaran sudah siap,”", "Budi Santoso"),
        ("“Tinggal menunggu tanda tangan.”", "Budi Santoso"),
    ]
    assert quotes[0].cue is not None and quotes[0].cue.text == "kata"
    assert quotes[0].speaker_span is not None and quotes[0].speaker_span.text == "Budi"


def test_indonesian_framing_verb_and_colon_and_menurut() -> None:
    text = (
        "Sri Wahyuni menyebut rencana itu sebagai “langkah berani”. "
        "Budi Santoso: “Saya tidak setuju.” "
        "Menurut Kementerian Keuangan, “defisit tetap aman”."
    )
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [
        ("“langkah berani”", "Sri Wahyuni"),
        ("“Saya tidak setuju.”", "Budi Santoso"),
        ("“defisit tetap aman”", "Kementerian Keuangan"),
    ]


def test_indonesian_pronoun_after_the_verb() -> None:
    text = "Budi Santoso tiba pagi tadi. “Semua berjalan lancar,” kata dia kepada wartawan."
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [
        ("“Semua berjalan lancar,”", "Budi Santoso")
    ]


def test_reported_words_belong_to_their_author_not_the_reporter() -> None:
    text = (
        "Wahyuni juga menjanjikan dana, menambahkan bahwa proyek itu akan menjadi "
        "“yang terbesar” di provinsi ini, kata Budi."
    )
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [("“yang terbesar”", "Sri Wahyuni")]


def test_quote_without_any_cue_has_no_speaker() -> None:
    text = "Budi Santoso pulang. Di dinding tertulis “dilarang masuk” dengan huruf besar."
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [("“dilarang masuk”", None)]


# ---- speakers: English ------------------------------------------------------------------


def test_english_said_x_and_x_said_and_pronouns() -> None:
    text = (
        "Maria Lopez opened the plant on Monday. “This is a good day for the town,” she said. "
        "“We hired 300 people,” said Tom Baker, the plant manager. "
        "“Prices will rise,” Lopez told reporters."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“This is a good day for the town,”", "Maria Lopez"),
        ("“We hired 300 people,”", "Tom Baker"),
        ("“Prices will rise,”", "Maria Lopez"),
    ]


def test_english_framing_and_according_to() -> None:
    text = (
        'Baker described the quarter as "the hardest in a decade". '
        "According to Acme, “sales recovered in June”. "
        "Lopez said: “We will not close the plant.”"
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ('"the hardest in a decade"', "Tom Baker"),
        ("“sales recovered in June”", "Acme Corp"),
        ("“We will not close the plant.”", "Maria Lopez"),
    ]


def test_english_name_with_apposition_before_the_verb() -> None:
    text = "“We expect delays,” Baker, a manager at the Ohio plant, said on Tuesday."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“We expect delays,”", "Tom Baker")]


def test_speaker_named_by_role_is_the_last_person_with_that_title() -> None:
    text = (
        "Finance Minister Maria Lopez met President Tom Baker. "
        "“Taxes will not rise,” the minister said. “We agree,” said the president."
    )
    entities, actors = people(text, EN_NAMES)
    titles = {"Maria Lopez": ["Finance Minister"], "Tom Baker": ["President"]}
    actors = [replace(a, roles=titles.get(a.id, [])) for a in actors]
    quotes = find_quotes(parse(text, "en"), entities, actors)
    assert [q.speaker for q in quotes] == ["Maria Lopez", "Tom Baker"]
    assert quotes[0].speaker_span is not None and quotes[0].speaker_span.text == "minister"


def test_indonesian_role_before_the_verb() -> None:
    text = (
        "Gubernur Sri Wahyuni menemui Budi Santoso. Budi Santoso menolak usulan itu. "
        "Gubernur itu mengatakan, “Warga harus mengungsi.”"
    )
    entities, actors = people(text, ID_NAMES)
    actors = [replace(a, roles=["Gubernur"] if a.id == "Sri Wahyuni" else []) for a in actors]
    quotes = find_quotes(parse(text, "id"), entities, actors)
    assert [q.speaker for q in quotes] == ["Sri Wahyuni"]


def test_a_headline_role_beats_the_organisation_it_heads() -> None:
    text = (
        "Wawancara Kepala Kementerian Keuangan: “Anggaran Aman”\n\n"
        "Kepala Kementerian Keuangan, Sri Wahyuni, menjawab pertanyaan kami."
    )
    entities, actors = people(text, ID_NAMES)
    actors = [
        replace(a, roles=["Kepala Kementerian Keuangan"]) if a.id == "Sri Wahyuni" else a
        for a in actors
    ]
    quotes = find_quotes(parse(text, "id"), entities, actors)
    assert [q.speaker for q in quotes] == ["Sri Wahyuni"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("kata rekan Budi itu", "Sri Wahyuni"),  # Budi only describes: Budi's colleague
        ("kata pria bernama Budi itu", "Budi Santoso"),  # "bernama" names the speaker
        ("kata rekan Budi, Sri Wahyuni", "Sri Wahyuni"),  # no description: a name follows
    ],
)
def test_a_name_inside_an_indonesian_description_only_describes(cue: str, speaker: str) -> None:
    text = f"Sri Wahyuni datang terlambat. “Maaf, jalan macet,” {cue}."
    assert [q.speaker for q in quotes_of(text, "id", ID_NAMES)] == [speaker]


def test_a_pronoun_after_a_long_quote_looks_back_from_where_the_quote_opens() -> None:
    # The quote's three sentences would use up the sentences a "-nya" looks back over.
    text = (
        "“Klien kami tidak bersalah,” ujar Budi Santoso. Ia juga mempersoalkan keterangan "
        "Sri Wahyuni. “Di berkas dia bilang lain. Di sidang dia bilang di kantor. Mana yang "
        "benar?” katanya."
    )
    assert [q.speaker for q in quotes_of(text, "id", ID_NAMES)] == ["Budi Santoso"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker spoke first. “Too little, too late” – that was how the MP, Maria Lopez, put it.",
        "Tom Baker spoke first. As Maria Lopez put it, “too little, too late”.",
    ],
)
def test_put_it_is_a_speech_cue(text: str) -> None:
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Maria Lopez"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Baker left. Lopez expects the slump to last “two more quarters”.", "Maria Lopez"),
        ("Lopez left. She fears the river will “swallow the village”.", "Maria Lopez"),
        # a belief verb without a named subject frames nothing
        ("Tom Baker left. Residents fear the river will “swallow the village”.", None),
    ],
)
def test_a_belief_verb_frames_a_quote_of_its_named_subject(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == [speaker]


def test_an_indonesian_belief_verb_frames_a_quote() -> None:
    text = "Budi Santoso kalah. Ia yakin timnya akan “bangkit pekan depan”."
    assert [q.speaker for q in quotes_of(text, "id", ID_NAMES)] == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tom Baker left.\n\n“She will be fine” – Baker's wife, Maria Lopez, at home.",
            "Maria Lopez",
        ),
        ("Maria Lopez left.\n\n“He will be fine” — Tom Baker", "Tom Baker"),
        # a dash with no person after it names nobody
        ("Tom Baker left.\n\n“Fine” – and nothing more.", None),
    ],
)
def test_a_person_after_a_dash_is_a_pull_quotes_byline(text: str, speaker: str | None) -> None:
    quotes = quotes_of(text, "en", EN_NAMES)
    assert [q.speaker for q in quotes] == [speaker]


INTERVIEW = (
    "“What did you find?” I asked.\n\n“A safe,” Tom Baker said.\n\n“And the most common?”"
    "\n\n“Wet wipes.”\n\n“Is it getting better?”\n\nHe paused. “In some ways.”"
)


def test_in_an_interview_the_writers_questions_and_the_answers_alternate() -> None:
    assert [q.speaker for q in quotes_of(INTERVIEW, "en", EN_NAMES)] == [
        None,
        "Tom Baker",
        None,  # the writer's question, standing alone
        "Tom Baker",  # its answer
        None,
        "Tom Baker",
    ]


def test_a_question_alone_is_the_speakers_own_when_the_writer_asks_nothing() -> None:
    text = "“We have waited ten years,” Tom Baker said.\n\n“How much longer must we wait?”"
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Tom Baker"] * 2


def test_in_the_words_of_names_the_source() -> None:
    text = "Tom Baker arrived late. In the words of Maria Lopez, it was “a disaster”."
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Maria Lopez"]


@pytest.mark.parametrize(
    "text",
    [
        "Sri Wahyuni tiba lebih awal. Menurutnya, “semua sudah siap”.",
        # "Menurutnya" opens the sentence before: it goes on about Sri, not about Budi
        "Sri Wahyuni tiba lebih awal. Menurutnya, Budi Santoso terlambat. “Itu biasa,” katanya.",
    ],
)
def test_menurutnya_is_the_source_its_nya_stands_for(text: str) -> None:
    assert [q.speaker for q in quotes_of(text, "id", ID_NAMES)] == ["Sri Wahyuni"]


def test_a_quote_runs_on_over_a_line_break_inside_its_sentence() -> None:
    text = "“Ini bukan soal uang,\nini soal harga diri,” katanya.\n“Baru” di baris baru."
    assert [text[a:b] for a, b in quote_spans(text)] == [
        "“Ini bukan soal uang,\nini soal harga diri,”",
        "“Baru”",
    ]


WRAPPED = (
    "Court hears of forged forms\n\n"
    "“My manager called me in. I looked at it and\n"
    "I just felt sick,” Maria Lopez told the court.\n\n"
    "“It was planned,” said Tom Baker, the prosecutor,\n"
    "who spoke after her. “It was patient.\n"
    "It was repeated.”"
)


def test_in_hard_wrapped_text_a_quote_and_its_cue_run_over_line_breaks() -> None:
    assert is_hard_wrapped(WRAPPED)
    assert not is_hard_wrapped(WRAPPED.replace("\n\n", "\n").replace("\n", " ", 1))
    assert speakers(quotes_of(WRAPPED, "en", EN_NAMES)) == [
        ("“My manager called me in. I looked at it and\nI just felt sick,”", "Maria Lopez"),
        ("“It was planned,”", "Tom Baker"),
        ("“It was patient.\nIt was repeated.”", "Tom Baker"),
    ]


def test_text_with_long_lines_is_not_hard_wrapped() -> None:
    assert not is_hard_wrapped("Headline\n\n" + "word " * 30 + "\nNext paragraph.")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Budi Santoso hadir. Hal itu dikatakan Sri Wahyuni di Bandung: “Kami siap.”",
            "id",
            "Sri Wahyuni",
        ),
        ("Sri Wahyuni bertanya kepada Budi Santoso: “Kapan mulai?”", "id", "Sri Wahyuni"),
        (
            "Budi Santoso hadir. Hal itu dikatakan oleh Sri Wahyuni: “Kami siap.”",
            "id",
            "Sri Wahyuni",
        ),
        ("Lopez told Baker: “You are fired.”", "en", "Maria Lopez"),
    ],
)
def test_a_name_after_a_preposition_before_a_colon_is_no_speaker(
    text: str, lang: str, speaker: str
) -> None:
    names = ID_NAMES if lang == "id" else EN_NAMES
    assert [q.speaker for q in quotes_of(text, lang, names)] == [speaker]


def test_an_organisation_opening_the_sentence_speaks_across_an_adverbial() -> None:
    text = "Kementerian Keuangan dalam keterangan tertulisnya menyebutkan, “Anggaran aman.”"
    assert [q.speaker for q in quotes_of(text, "id", ID_NAMES)] == ["Kementerian Keuangan"]
    # an organisation modifying the noun after it is not the subject
    text = "Kementerian Keuangan staf menyebutkan, “Anggaran aman.”"
    assert [q.speaker for q in quotes_of(text, "id", ID_NAMES)] == [None]


def test_english_adding_clause_keeps_the_sentence_subject() -> None:
    text = "Lopez thanked the workers and Baker, adding that the deal was “fair to everyone”."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“fair to everyone”", "Maria Lopez")]


def test_nested_quote_stays_inside_and_takes_the_outer_speaker() -> None:
    text = "Tom Baker left. “I told him ‘we are done’ and walked out,” Lopez said."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“I told him ‘we are done’ and walked out,”", "Maria Lopez")
    ]


def test_british_single_quotes_with_apostrophes_inside() -> None:
    text = (
        "Maria Lopez met Tom Baker. 'The traders' days aren't over,' Baker said. "
        "'We're goin' nowhere.' Lopez called the plan 'rushed'."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("'The traders' days aren't over,'", "Tom Baker"),
        ("'We're goin' nowhere.'", "Tom Baker"),
        ("'rushed'", "Maria Lopez"),
    ]


def test_tokenized_quotes_find_their_speakers() -> None:
    text = "`` We will stay , '' Lopez said .\nBaker called it `` a mistake '' ."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("`` We will stay , ''", "Maria Lopez"),
        ("`` a mistake ''", "Tom Baker"),
    ]


def test_present_tense_speech_verbs_of_headlines_and_features() -> None:
    text = "Lopez vows 'no retreat' on the plant. 'It was close,' Baker concedes."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("'no retreat'", "Maria Lopez"),
        ("'It was close,'", "Tom Baker"),
    ]


def test_colon_after_a_clause_names_its_subject() -> None:
    text = "Tom Baker left early. Asked about the loss, Lopez was blunt: 'We were poor.'"
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("'We were poor.'", "Maria Lopez")]
    text = "Maria Lopez stayed. Baker's lawyer was brief: 'No comment.'"
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("'No comment.'", None)]


def test_organisation_before_an_aside_is_the_speaker() -> None:
    text = "Tom Baker left. Acme Corp, which part-funded the plan, said it was 'watching closely'."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("'watching closely'", "Acme Corp")]


def test_quote_opening_a_paragraph_belongs_to_the_person_just_described() -> None:
    text = (
        "Maria Lopez ran the bakery for years. She still remembers the first customer.\n\n"
        "“He could not read the price list. I read it to him.”"
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“He could not read the price list. I read it to him.”", "Maria Lopez")
    ]


def test_quoted_fragment_opening_a_sentence_stays_unowned() -> None:
    text = "Budi Santoso pulang.\n\n“Dilarang masuk” tertulis di pintu itu."
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [("“Dilarang masuk”", None)]


def test_a_possessive_name_is_not_the_subject_a_pronoun_refers_to() -> None:
    text = (
        "Maria Lopez spoke first. Then Lopez's lawyer, Tom Baker, stood up. "
        "“Did you ever read the contract?” he asked."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“Did you ever read the contract?”", "Tom Baker")
    ]


def test_pronoun_led_sentences_do_not_use_up_the_pronoun_reach() -> None:
    text = (
        "Sri Wahyuni mengajar di desa itu. Sudah lama sekolah itu rusak. Ia ingat hari "
        "pertamanya. Ia datang pagi-pagi. Hanya empat anak datang.\n\n“Saya hampir menangis.”"
    )
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [("“Saya hampir menangis.”", "Sri Wahyuni")]


def test_quote_over_paragraphs_has_one_speaker_named_in_its_last_part() -> None:
    text = (
        "Wahyuni menunggu di luar.\n\n"
        "“Babak pertama kami lambat.\n\n"
        "“Babak kedua lebih baik,” kata Budi.\n\n"
        "“Lalu kami menang.\n\n“Itu saja.”"
    )
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [
        ("“Babak pertama kami lambat.", "Budi Santoso"),
        ("“Babak kedua lebih baik,”", "Budi Santoso"),
        ("“Lalu kami menang.", "Budi Santoso"),
        ("“Itu saja.”", "Budi Santoso"),
    ]


def test_paragraph_ending_in_a_colon_introduces_the_quote() -> None:
    text = "Lopez left early. In a statement, Acme said:\n\n“We will appeal the ruling.”"
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“We will appeal the ruling.”", "Acme Corp")
    ]


def test_speaker_described_without_a_known_title_is_the_person_just_mentioned() -> None:
    text = (
        "Tom Baker scored twice on Sunday. “I just hit it,” said the 23-year-old. "
        "Maria Lopez watched. “It was unfair,” the Spaniard said."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“I just hit it,”", "Tom Baker"),
        ("“It was unfair,”", "Maria Lopez"),
    ]


def test_bodies_documents_and_unnamed_sources_are_not_a_person_described() -> None:
    text = (
        "Tom Baker spoke first. “Sales fell,” the company said. “No comment,” the spokesman said."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“Sales fell,”", None),
        ("“No comment,”", None),
    ]


def test_indonesian_description_beats_the_party_inside_it() -> None:
    text = "Budi Santoso menolak usulan itu. “Kami ingin mendengar dulu,” ucap politikus Acme itu."
    names = {**ID_NAMES, "Acme": ("ORG", ["Acme"])}
    assert speakers(quotes_of(text, "id", names)) == [
        ("“Kami ingin mendengar dulu,”", "Budi Santoso")
    ]


def test_demikian_points_back_at_the_quote_and_names_its_source() -> None:
    text = (
        "Wahyuni tiba lebih dulu. “Orang tua harus waspada,” demikian pesan Budi. "
        "“Jangan panik,” demikian katanya."
    )
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [
        ("“Orang tua harus waspada,”", "Budi Santoso"),
        ("“Jangan panik,”", "Budi Santoso"),
    ]


def test_body_described_is_the_organisation_named_before_with_that_word() -> None:
    text = "The Farmers Union met Tom Baker. “Promises do not pay bills,” the union said."
    names = {**EN_NAMES, "Farmers Union": ("ORG", ["Farmers Union"])}
    assert speakers(quotes_of(text, "en", names)) == [
        ("“Promises do not pay bills,”", "Farmers Union")
    ]


def test_the_company_is_the_organisation_the_text_is_about() -> None:
    text = (
        "Acme cut 300 jobs. Acme Corp shares fell on the Farmers Union index. "
        "“We had no choice,” the company said."
    )
    names = {**EN_NAMES, "Farmers Union": ("ORG", ["Farmers Union"])}
    assert speakers(quotes_of(text, "en", names)) == [("“We had no choice,”", "Acme Corp")]


def test_person_in_apposition_between_commas_is_the_subject() -> None:
    text = "Tom Baker's finance chief, Maria Lopez, told investors costs would be “disciplined”."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“disciplined”", "Maria Lopez")]


def test_more_indonesian_speech_roots_with_nya() -> None:
    text = "Budi Santoso menunggu sejak subuh. “Sayur saya bisa busuk,” keluhnya."
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [
        ("“Sayur saya bisa busuk,”", "Budi Santoso")
    ]


def test_name_in_apposition_after_a_long_title_is_the_speaker() -> None:
    text = (
        "“Rumah rusak mencapai 4.000 unit,” ungkap kuasa hukum Budi dari kantor pengacara "
        "di Bandung, Sri Wahyuni. “Kami siap,” kata Menteri Budi Santoso kepada Wahyuni, Senin."
    )
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [
        ("“Rumah rusak mencapai 4.000 unit,”", "Sri Wahyuni"),
        ("“Kami siap,”", "Budi Santoso"),
    ]


def test_manner_verbs_tag_speech_in_features() -> None:
    text = "Tom Baker pours the tea. “You never switch off,” he laughs. “Never,” he murmured."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“You never switch off,”", "Tom Baker"),
        ("“Never,”", "Tom Baker"),
    ]


def test_possessive_name_describes_the_speaker_and_an_unnamed_speaker_stays_unknown() -> None:
    text = (
        "Tom Baker was away. “We regret the delay,” said Baker's spokeswoman, Maria Lopez. "
        "“Fine,” Baker's lawyer said."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“We regret the delay,”", "Maria Lopez"),
        ("“Fine,”", None),
    ]


def test_more_indonesian_speech_verbs() -> None:
    text = "Juru bicara Budi Santoso membeberkan temuan itu. “Uang mengalir ke pejabat,” bebernya."
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [
        ("“Uang mengalir ke pejabat,”", "Budi Santoso")
    ]


def test_a_long_title_after_the_cue_still_reaches_the_name() -> None:
    text = (
        "“Hujan masih turun,” kata Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan "
        "Bandung Budi Santoso, Senin."
    )
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [("“Hujan masih turun,”", "Budi Santoso")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Budi Santoso dan Siti Aminah menemui warga. Perempuan itu menjelaskan dana "
            "habis. “Uangnya untuk jalan,” imbuhnya.",
            "Siti Aminah",
        ),
        (
            "Siti Aminah dan Budi Santoso menemui warga. Pria itu menjelaskan dana habis. "
            "“Uangnya untuk jalan,” imbuhnya.",
            "Budi Santoso",
        ),
        (  # an honorific and a name open the sentence: no description
            "Pak Budi menyebut rumah itu rusak. Siti Aminah datang. “Kami bantu,” imbuhnya.",
            "Siti Aminah",
        ),
    ],
)
def test_an_indonesian_description_gives_its_gender_to_nya(text: str, speaker: str) -> None:
    names = {**ID_NAMES, "Siti Aminah": ("PER", ["Siti Aminah"])}
    assert [q.speaker for q in quotes_of(text, "id", names)] == [speaker]


def test_indonesian_reply_and_message_tags() -> None:
    text = "Budi Santoso tersenyum. “Jangan lupa makan,” pesannya. “Tentu,” sahut Sri Wahyuni."
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [
        ("“Jangan lupa makan,”", "Budi Santoso"),
        ("“Tentu,”", "Sri Wahyuni"),
    ]
    text = "Budi Santoso menyapa. “Kita mulai,” kata Budi Santoso. “Siap,” balas Sri Wahyuni."
    assert speakers(quotes_of(text, "id", ID_NAMES))[1] == ("“Siap,”", "Sri Wahyuni")
    text = "Budi Santoso menuduh. “Itu salah,” kata Budi Santoso. “Tidak,” sanggah Sri Wahyuni."
    assert speakers(quotes_of(text, "id", ID_NAMES))[1] == ("“Tidak,”", "Sri Wahyuni")


def test_nationality_before_the_verb_describes_the_person_just_mentioned() -> None:
    text = "Maria Lopez was blunt. “She gave me no chance,” the Russian told reporters."
    names = {**EN_NAMES, "Russian": ("MISC", ["Russian"])}
    assert speakers(quotes_of(text, "en", names)) == [("“She gave me no chance,”", "Maria Lopez")]


def test_titles_and_nicknames_after_a_naming_cue_are_not_quotes() -> None:
    text = (
        "Maria Lopez, author of the novel “Salt and Stone”, was there. The so-called “quiet "
        "era” is over, she said. “We start today,” Lopez said."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“We start today,”", "Maria Lopez")]


def test_indonesian_song_titles_and_nicknames_are_not_quotes() -> None:
    text = (
        "Budi Santoso, yang dijuluki “si kancil”, menyanyikan lagu “Serba Salah”. "
        "“Saya senang sekali,” kata Budi."
    )
    assert speakers(quotes_of(text, "id", ID_NAMES)) == [("“Saya senang sekali,”", "Budi Santoso")]


def test_a_title_case_name_in_quotes_is_not_speech_but_a_headline_quote_is() -> None:
    text = (
        "Lopez: “We Will Not Back Down”\n\n"
        "The ferry, known to all as “the Old Lady”, sails at noon. Its story, “Crossing the "
        "Sound”, aired last year. Maria Lopez said it was “a fairy tale”."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“We Will Not Back Down”", "Maria Lopez"),
        ("“a fairy tale”", "Maria Lopez"),
    ]


def test_a_slogan_with_two_parts_is_kept_as_quoted_words() -> None:
    text = "Students carried a banner reading “Jobs First, Not Promises” in the rain."
    assert [q.text for q in quotes_of(text, "en", EN_NAMES)] == ["“Jobs First, Not Promises”"]


def test_an_indefinite_subject_before_the_verb_names_nobody() -> None:
    text = "Tom Baker spoke first. Later a colleague told her, “I can't go on,” and left."
    quotes = quotes_of(text, "en", EN_NAMES)
    assert speakers(quotes) == [("“I can't go on,”", None)]
    assert quotes[0].cue is not None and quotes[0].cue.text == "told"


def test_a_speech_word_right_after_a_determiner_is_a_noun() -> None:
    text = "“Nobody likes it,” wrote Maria Lopez in a reply, “but we must.”"
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“Nobody likes it,”", "Maria Lopez"),
        ("“but we must.”", "Maria Lopez"),
    ]


def test_a_definite_body_before_the_verb_is_not_the_last_person() -> None:
    text = "Tom Baker left early. In a post, the union wrote: “Thank you all.”"
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“Thank you all.”", None)]


def test_a_pronoun_after_an_unnamed_speaker_stays_unnamed() -> None:
    text = (
        "Budi Santoso menilai harga akan turun.\n\n"
        "“Stok aman,” ungkap wali kota dalam keterangan tertulis.\n\n"
        "“Warga jangan panik,” kata dia."
    )
    quotes = quotes_of(text, "id", ID_NAMES)
    assert speakers(quotes) == [("“Stok aman,”", None), ("“Warga jangan panik,”", None)]
    assert quotes[0].cue is not None and quotes[0].cue.text == "ungkap"


def test_she_is_the_woman_when_the_last_subject_is_a_man() -> None:
    text = "Mr Baker met Mrs Lopez on Monday. Tom Baker left first. “It went well,” she said."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“It went well,”", "Maria Lopez")]


def test_a_pronoun_resolved_once_gives_its_person_a_gender() -> None:
    text = (
        "Maria Lopez and Tom Baker argued. She called it “a fairy tale”, while he said it "
        "was “a matter of money”."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“a fairy tale”", "Maria Lopez"),
        ("“a matter of money”", "Tom Baker"),
    ]


def test_a_role_before_a_colon_in_the_headline_names_the_person_introduced_later() -> None:
    text = (
        "Tim Kalah, Pelatih: “Kami Kalah Fisik”\n\n"
        "Pelatih Budi Santoso kecewa. “Pemain lelah,” ujar Budi."
    )
    entities, actors = people(text, ID_NAMES)
    actors = [replace(a, roles=["Pelatih"]) if a.id == "Budi Santoso" else a for a in actors]
    quotes = find_quotes(parse(text, "id"), entities, actors)
    assert speakers(quotes)[0] == ("“Kami Kalah Fisik”", "Budi Santoso")


def test_a_sentence_opening_with_menurut_dia_is_about_that_person() -> None:
    text = (
        "“Kami kalah,” ujar Budi Santoso. Menurut dia, kartu merah untuk Sri Wahyuni "
        "mengubah laga. “Sulit mengejar,” tuturnya."
    )
    assert speakers(quotes_of(text, "id", ID_NAMES))[1] == ("“Sulit mengejar,”", "Budi Santoso")


def test_the_name_after_told_is_the_hearer_not_the_speaker() -> None:
    text = "“We are far apart,” an official told Acme Corp on Sunday."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“We are far apart,”", None)]


def test_a_possessive_subject_before_the_verb_is_not_the_last_person() -> None:
    text = "Maria Lopez spoke. Tom Baker's lawyer said he “will not agree to a deal”."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“will not agree to a deal”", None)]
    text = "Tom Baker spoke. Its owner calls it “honest food”, and Lopez nods."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“honest food”", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker spoke. Maria Lopez's office said she “will not agree to a deal”.",
        "Tom Baker spoke. “We will not agree to a deal,” Lopez's campaign said.",
        "Tom Baker spoke. Lopez' office said: “We will not agree to a deal.”",
        "Tom Baker left. Maria Lopez stayed; her office said: “We will not agree to a deal.”",
    ],
)
def test_an_office_speaks_for_its_owner(text: str) -> None:
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Maria Lopez"]


def test_the_statement_is_its_issuers() -> None:
    text = (
        "Acme Corp said in a statement that the offer was final. Tom Baker disagreed. "
        "“The union walked away,” the statement said."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“The union walked away,”", "Acme Corp")]
    text = "A spokesperson said in a statement that it was final. “We wait,” the statement said."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“We wait,”", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker spoke. A Home Office spokesperson for the region said: “We are working on it.”",
        "Tom Baker spoke. One of the organisers said: “We are working on it.”",
    ],
)
def test_an_indefinite_subject_with_a_complement_names_nobody(text: str) -> None:
    names = {**EN_NAMES, "Tom Baker": ("PER", ["Mayor Tom Baker", "Tom Baker", "Baker"])}
    assert [q.speaker for q in quotes_of(text, "en", names)] == [None]


def test_a_person_of_an_organisation_is_the_speaker_not_the_organisation() -> None:
    text = "Tom Baker spoke. Maria Lopez of Acme Corp said it was “mostly theatre”."
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Maria Lopez"]
    text = "“It is theatre,” Maria Lopez of Acme said."
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Maria Lopez"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # what a group calls something, by a calling verb
        ("Regulars call it “the brick” because of its weight. “Eat up,” Lopez said.", EN_NAMES),
        ("They ran what they call a “farewell tour”. “Eat up,” Lopez said.", EN_NAMES),
        ("Critics had called the “dark horse” of the race. “Eat up,” Lopez said.", EN_NAMES),
        ("Warga menyebutnya “kedai tanpa nama”. “Ayo makan,” kata Budi.", None),
        ("Sistem yang disebut warga “klaim kilat” diperluas. “Ayo makan,” kata Budi.", None),
        # a scare-quoted modifier between a determiner and its noun
        ("The “famous” meatloaf is back. “Eat up,” Lopez said.", EN_NAMES),
        ("Lopez's “quiet” book won. “Eat up,” Lopez said.", EN_NAMES),
    ],
)
def test_names_in_common_use_and_scare_quotes_are_not_quotes(text: str, names: dict | None) -> None:
    quotes = quotes_of(text, "en" if names else "id", names or ID_NAMES)
    assert [q.text for q in quotes] == ["“Ayo makan,”" if names is None else "“Eat up,”"]


#: People whose given names tell no gender.
NEUTRAL_NAMES = {
    "Sam Okafor": ("PER", ["Sam Okafor", "Okafor"]),
    "Alex Brennan": ("PER", ["Alex Brennan", "Brennan"]),
}


def test_two_people_named_together_are_told_apart_by_a_pronoun_after_a_name() -> None:
    text = (
        "Sam Okafor argued that her client needed time. Alex Brennan welcomed the ruling. "
        "Okafor and Brennan have clashed. He called it “noise”."
    )
    assert speakers(quotes_of(text, "en", NEUTRAL_NAMES)) == [("“noise”", "Alex Brennan")]


def test_a_pronoun_tells_the_gender_of_the_name_right_before_it_only() -> None:
    text = (
        "Alex Brennan met Sam Okafor and her client. Okafor and Brennan have clashed. "
        "He called it “noise”."
    )
    # "her" follows Okafor, not Brennan: Okafor is a woman, so "he" is Brennan
    assert speakers(quotes_of(text, "en", NEUTRAL_NAMES)) == [("“noise”", "Alex Brennan")]
    text = "Alex Brennan met Sam Okafor. Okafor and Brennan have clashed. He called it “noise”."
    # nothing tells either gender: the first person named stays
    assert speakers(quotes_of(text, "en", NEUTRAL_NAMES)) == [("“noise”", "Sam Okafor")]


def test_a_pronoun_after_her_name_tells_a_gender_against_a_later_he() -> None:
    text = (
        "Sam Okafor opened her shop in May. Asked about the site, Okafor said the builder, "
        "Alex Brennan, found it. He said “take it”."
    )
    # "her" makes Okafor a woman, so "he" is the builder named after her
    assert speakers(quotes_of(text, "en", NEUTRAL_NAMES)) == [("“take it”", "Alex Brennan")]


def test_a_report_speaks_for_the_body_named_after_by() -> None:
    text = (
        "A report by the Water Board warned of shortages. "
        "“Reservoirs are at their lowest in years,” the report said."
    )
    names = {"Water Board": ("ORG", ["Water Board"])}
    assert speakers(quotes_of(text, "en", names)) == [
        ("“Reservoirs are at their lowest in years,”", "Water Board")
    ]
    text = "A report for the Water Board warned of shortages. “It is low,” the report said."
    # whoever a report is for did not write it
    assert speakers(quotes_of(text, "en", names)) == [("“It is low,”", None)]


def test_a_pronoun_opening_the_clause_before_a_colon_is_the_speaker() -> None:
    text = "Alex Brennan was asked about the roof. Her answer was short: “It will hold.”"
    assert speakers(quotes_of(text, "en", NEUTRAL_NAMES)) == [("“It will hold.”", "Alex Brennan")]
    text = "Alex Brennan was asked about the roof. She was blunt: “It will hold.”"
    assert speakers(quotes_of(text, "en", NEUTRAL_NAMES)) == [("“It will hold.”", "Alex Brennan")]
    text = "Alex Brennan chairs the board. Its answer was short: “It will hold.”"
    assert speakers(quotes_of(text, "en", NEUTRAL_NAMES)) == [("“It will hold.”", None)]


def test_a_role_inside_a_name_mention_names_that_person() -> None:
    text = (
        "Premier Sam Okafor and Treasurer Alex Brennan spoke on Monday. "
        "“It is for families,” the premier said. “And for growth,” the treasurer added."
    )
    names = {
        "Sam Okafor": ("PER", ["Premier Sam Okafor", "Okafor"]),
        "Alex Brennan": ("PER", ["Treasurer Alex Brennan", "Brennan"]),
    }
    assert speakers(quotes_of(text, "en", names)) == [
        ("“It is for families,”", "Sam Okafor"),
        ("“And for growth,”", "Alex Brennan"),
    ]


def test_an_age_as_the_speaker_names_the_person_given_that_age() -> None:
    text = (
        "Sam Okafor, 31, lost to Alex Brennan, 27, on Monday. Okafor had won in May. "
        "“It was close,” the 27-year-old said."
    )
    assert speakers(quotes_of(text, "en", NEUTRAL_NAMES)) == [("“It was close,”", "Alex Brennan")]


def test_an_indonesian_description_by_age_names_the_person_given_that_age() -> None:
    text = (
        "Sam Okafor (24) dan Alex Brennan (19) menolong warga. Okafor memanggil polisi. "
        "“Saya langsung lompat,” kata pemuda berusia 19 tahun itu."
    )
    assert speakers(quotes_of(text, "id", NEUTRAL_NAMES)) == [
        ("“Saya langsung lompat,”", "Alex Brennan")
    ]


def test_an_untagged_surname_by_the_cue_names_the_person_with_that_name() -> None:
    text = "Sam Okafor chairs the board. “We are ready,” Okafor said."
    names = {"Sam Okafor": ("PER", ["Sam Okafor"])}  # the bare "Okafor" goes untagged
    assert speakers(quotes_of(text, "en", names)) == [("“We are ready,”", "Sam Okafor")]


def test_a_name_after_said_of_is_the_topic_not_the_speaker() -> None:
    text = (
        "Alex Brennan beat Sam Okafor on Monday. “She is the best,” Brennan's rival said of Okafor."
    )
    assert speakers(quotes_of(text, "en", NEUTRAL_NAMES)) == [("“She is the best,”", None)]
    text = (
        "Alex Brennan spoke after the game. “She is the best,” the 27-year-old said of Sam Okafor."
    )
    assert speakers(quotes_of(text, "en", NEUTRAL_NAMES)) == [
        ("“She is the best,”", "Alex Brennan")
    ]


def test_a_common_given_name_tells_a_gender() -> None:
    text = (
        "Maria Lopez welcomed the ruling. Tom Baker objected. Baker and Lopez have clashed. "
        "She called it “noise”, while he said “lies”."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“noise”", "Maria Lopez"),
        ("“lies”", "Tom Baker"),
    ]


def test_the_writers_question_is_no_unnamed_speaker_for_the_answer() -> None:
    text = "Maria Lopez met us at the gate. “Why now?” I asked. “Because it is time,” she said."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“Why now?”", None),
        ("“Because it is time,”", "Maria Lopez"),
    ]


def test_a_cue_after_while_belongs_to_its_own_clause() -> None:
    text = (
        "Tom Baker spoke. He has accused Acme of “playing politics”, while Lopez has said little."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“playing politics”", "Tom Baker")]
    text = "Tom Baker spoke. The plan is “a mess”, while Lopez has said nothing."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“a mess”", None)]


def test_a_persons_coinage_after_a_calling_verb_is_quoted() -> None:
    text = "Maria Lopez urged both sides to accept what she called a “bridging proposal”."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“bridging proposal”", "Maria Lopez")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a fragment in the headline's clause: the story's main voice
        ("Jury hears of 'chaotic' night\n\n“It was chaos,” Tom Baker said.", "Tom Baker"),
        # a quote standing alone: the body's quote repeating it
        (
            "'We cannot wait': fishermen act\n\n“Hello,” Lopez said. “We cannot wait for "
            "them,” Tom Baker said.",
            "Tom Baker",
        ),
        # ... or nobody: a slogan
        ("'Enough is enough': nurses walk out\n\n“We are tired,” Tom Baker said.", None),
        # the person the headline names
        ("'We cannot wait': an interview with Maria Lopez\n\n“No,” Baker said.", "Maria Lopez"),
    ],
)
def test_a_headline_quote_without_a_cue_takes_the_storys_speaker(
    text: str, speaker: str | None
) -> None:
    assert quotes_of(text, "en", EN_NAMES)[0].speaker == speaker


def test_a_first_line_ending_in_a_full_stop_is_no_headline() -> None:
    text = "Tom Baker said it was 'chaotic' there.\n\n“It was chaos,” Maria Lopez said."
    assert quotes_of(text, "en", EN_NAMES)[0].speaker == "Tom Baker"
    text = "Nobody knew why it was 'chaotic' there.\n\n“It was chaos,” Maria Lopez said."
    assert quotes_of(text, "en", EN_NAMES)[0].speaker is None


def test_a_title_case_quote_in_the_headline_is_kept() -> None:
    text = "Budi Sebut Kenaikan Pajak “Tidak Berpihak pada Rakyat”\n\nBudi Santoso menolak."
    assert [q.text for q in quotes_of(text, "id", ID_NAMES)] == ["“Tidak Berpihak pada Rakyat”"]


def test_the_spokesperson_is_the_one_introduced_as_spokesperson() -> None:
    text = (
        "A spokesperson for the transport authority, Maria Lopez, said it would review the "
        "request. “We cannot write a blank cheque,” the spokesperson said."
    )
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [
        ("“We cannot write a blank cheque,”", "Maria Lopez")
    ]


def test_an_unnamed_spokesperson_stays_unnamed() -> None:
    text = "Tom Baker left. “We regret it,” the spokesperson said."
    assert speakers(quotes_of(text, "en", EN_NAMES)) == [("“We regret it,”", None)]


# ---- the seed article -------------------------------------------------------------------

SEED_NAMES = {
    "Donald Trump": ("PER", ["Donald Trump", "Trump"]),
    "Volodymyr Zelensky": ("PER", ["Volodymyr Zelensky", "Zelensky"]),
    "Vladimir Putin": ("PER", ["Vladimir Putin", "Putin"]),
    "Marco Rubio": ("PER", ["Marco Rubio", "Rubio"]),
    "Amerika Serikat": ("LOC", ["AS", "Amerika Serikat"]),
    "Ukraina": ("LOC", ["Ukraina"]),
    "Rusia": ("LOC", ["Rusia"]),
    "Truth Social": ("ORG", ["Truth Social"]),
}


@pytest.mark.skipif(not SEED.exists(), reason="seed article missing")
def test_seed_article_quotes_and_speakers() -> None:
    text = SEED.read_text(encoding="utf-8")
    quotes = quotes_of(text, "id", SEED_NAMES)
    trump, zelensky = "Donald Trump", "Volodymyr Zelensky"
    expected = [trump, trump, zelensky, zelensky, trump, trump, trump]
    expected += [zelensky, zelensky, zelensky, zelensky]
    assert len(quotes) == 11
    right = sum(q.speaker == want for q, want in zip(quotes, expected, strict=True))
    assert right >= 10
    assert all(text[q.start : q.end] == q.text for q in quotes)
    assert quotes[4].cue is not None and quotes[4].cue.text == "tulisnya"


# ---- all gold fixtures ------------------------------------------------------------------

GOLD = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "gold").glob("*.json"))


@pytest.mark.skipif(not GOLD, reason="no gold fixtures")
def test_gold_quotes_found_and_attributed() -> None:
    """Over every gold article, with gold entities and actors as inputs: every quote found
    with its exact span, and at least 90% of speakers right (null when the gold is null)."""
    found = right = total = 0
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parents[3] / gold["file"]).read_text(encoding="utf-8")
        entities, actors, _times = gold_inputs(gold, text)
        quotes = {
            (q.start, q.end): q for q in find_quotes(parse(text, gold["lang"]), entities, actors)
        }
        for g in gold["quotes"]:
            total += 1
            quote = quotes.get((g["start"], g["end"]))
            found += quote is not None
            right += quote is not None and quote.speaker == g["speaker"]
    assert found == total
    assert right / total >= 0.9


# ---- with a dependency parse ------------------------------------------------------------

PARSE_TEXT = "Budi yang ditemui di Bandung menyebut rencana itu “berani”."
PARSE_ROWS = [
    ("Budi", "PROPN", 5, "nsubj"),
    ("yang", "PRON", 2, "nsubj:pass"),
    ("ditemui", "VERB", 0, "acl"),
    ("di", "ADP", 4, "case"),
    ("Bandung", "PROPN", 2, "obl"),
    ("menyebut", "VERB", -1, "root"),
    ("rencana", "NOUN", 5, "obj"),
    ("itu", "DET", 6, "det"),
    ("“", "PUNCT", 9, "punct"),
    ("berani", "ADJ", 5, "xcomp"),
    ("”", "PUNCT", 9, "punct"),
    (".", "PUNCT", 5, "punct"),
]


def test_parse_subject_of_the_linked_speech_verb_names_the_speaker() -> None:
    # On the surface, "Bandung" stands right before "menyebut"; the parse knows Budi is nsubj.
    entities, actors = people(PARSE_TEXT, ID_NAMES)
    surface = find_quotes(parse(PARSE_TEXT, "id"), entities, actors)
    with_parse = find_quotes(parsed(PARSE_TEXT, "id", PARSE_ROWS), entities, actors)
    assert [q.speaker for q in surface] == ["Bandung"]
    assert [q.speaker for q in with_parse] == ["Budi Santoso"]
    assert with_parse[0].cue is not None and with_parse[0].cue.text == "menyebut"
    assert with_parse[0].speaker_span is not None and with_parse[0].speaker_span.text == "Budi"


# What the parse gives when no speech verb links to the quote (no speaker), when the verb has
# no subject (its cue alone) and when its subject is a pronoun (the person named before it)
_QUOTE_ROWS = [
    ("“", "PUNCT", 1, "punct"),
    ("Berani", "ADJ", -1, "root"),
    (",", "PUNCT", 1, "punct"),
    ("”", "PUNCT", 1, "punct"),
    ("kata", "VERB", 1, "parataxis"),
]


@pytest.mark.parametrize(
    ("text", "rows", "found"),
    [
        (
            "Rencana Budi itu “berani”.",
            [
                ("Rencana", "NOUN", 4, "nsubj"),
                ("Budi", "PROPN", 0, "nmod"),
                ("itu", "DET", 0, "det"),
                ("“", "PUNCT", 4, "punct"),
                ("berani", "ADJ", -1, "root"),
                ("”", "PUNCT", 4, "punct"),
                (".", "PUNCT", 4, "punct"),
            ],
            (None, None, None),
        ),
        (
            "“Berani,” kata warga.",
            [*_QUOTE_ROWS, ("warga", "NOUN", 4, "obj"), (".", "PUNCT", 1, "punct")],
            (None, "kata", None),
        ),
        (
            "Budi tersenyum lalu “Berani,” kata dia.",
            [
                ("Budi", "PROPN", 1, "nsubj"),
                ("tersenyum", "VERB", -1, "root"),
                ("lalu", "CCONJ", 7, "cc"),
                ("“", "PUNCT", 4, "punct"),
                ("Berani", "ADJ", 1, "conj"),
                (",", "PUNCT", 4, "punct"),
                ("”", "PUNCT", 4, "punct"),
                ("kata", "VERB", 4, "parataxis"),
                ("dia", "PRON", 7, "nsubj"),
                (".", "PUNCT", 1, "punct"),
            ],
            ("Budi Santoso", "kata", "dia"),
        ),
    ],
)
def test_parse_without_a_linked_verb_or_its_subject_and_with_a_pronoun_subject(
    text: str, rows: list[tuple[str, str, int, str]], found: tuple[str | None, ...]
) -> None:
    entities, actors = people(text, ID_NAMES)
    [quote] = find_quotes(parsed(text, "id", rows), entities, actors)
    span = quote.speaker_span.text if quote.speaker_span else None
    assert (quote.speaker, quote.cue.text if quote.cue else None, span) == found


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Ditanya soal tudingan Budi Santoso, Sri Wahyuni mengatakan semua sesuai aturan. "
            "“Tidak ada yang kami sembunyikan,” katanya.",
            "id",
            ID_NAMES,
        ),
        (
            "Menanggapi pernyataan Budi, Sri Wahyuni menyebut stok cukup. “Aman,” ujarnya.",
            "id",
            ID_NAMES,
        ),
        ("Asked about Tom Baker, Maria Lopez said little. “No comment,” she said.", "en", EN_NAMES),
        ("Responding to Baker, Maria Lopez shrugged. “We move on,” she said.", "en", EN_NAMES),
        (
            "Asked about his rival, Tom Baker, Maria Lopez smiled. “He is good,” she said.",
            "en",
            EN_NAMES,
        ),
    ],
)
def test_the_person_after_an_opening_clause_is_the_subject(
    text: str, lang: str, names: dict
) -> None:
    speaker = "Sri Wahyuni" if lang == "id" else "Maria Lopez"
    assert [q.speaker for q in quotes_of(text, lang, names)] == [speaker]


def test_the_company_said_is_the_main_one_when_the_last_is_named_in_another_paragraph() -> None:
    names = EN_NAMES | {"Beta Ltd": ("ORG", ["Beta Ltd"])}
    text = (
        "Acme Corp posted record sales.\n\nRival Beta Ltd reported a fall.\n\n"
        "“We planned for this,” the company said."
    )
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["Acme Corp"]


def test_the_company_said_is_the_one_named_in_its_paragraph() -> None:
    names = EN_NAMES | {"Beta Ltd": ("ORG", ["Beta Ltd"])}
    text = "Acme Corp posted record sales.\n\nBeta Ltd cut jobs. “It hurts,” the company said."
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["Beta Ltd"]


def test_a_dateline_credit_is_not_the_company() -> None:
    names = EN_NAMES | {"Reuters": ("ORG", ["Reuters"])}
    text = "LONDON (Reuters) - Acme Corp cut jobs. “It hurts,” the firm said."
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["Acme Corp"]


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez spoke. She thanked staff who had, by her count, “worked 90 nights”.",
        "Maria Lopez spoke. In her words, “it was a long year”.",
        "Prices rose. “Too little, too late.” That was Maria Lopez's verdict.",
        "Prices rose. “Too little, too late.” That was the verdict of Maria Lopez.",
        "Prices rose. “Too little, too late.” That was how Maria Lopez put it.",
        "Tom Baker left. Maria Lopez in a statement on Monday said: “We are sorry.”",
    ],
)
def test_cues_that_name_the_speaker_without_a_plain_speech_verb(text: str) -> None:
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Maria Lopez"]


def test_a_reply_pointing_back_at_a_quote_does_not_own_it() -> None:
    text = "Prices rose. “Too little, too late.” That was a fair point, Tom Baker said."
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] != ["Tom Baker"]


def test_an_organisation_with_a_statement_between_it_and_its_verb_speaks() -> None:
    text = "Tom Baker left. Acme Corp in a statement on Monday said: “We are sorry.”"
    assert [q.speaker for q in quotes_of(text, "en", EN_NAMES)] == ["Acme Corp"]


def test_itulah_penilaian_names_the_speaker() -> None:
    text = "Harga naik. “Ini sudah keterlaluan.” Itulah penilaian Sri Wahyuni."
    assert [q.speaker for q in quotes_of(text, "id", ID_NAMES)] == ["Sri Wahyuni"]


def test_the_airline_said_is_the_airline_named_before() -> None:
    names = EN_NAMES | {"SkyHarbor Airways": ("ORG", ["SkyHarbor Airways"])}
    text = "SkyHarbor Airways cut routes. Tom Baker flew. “It was hard,” the airline said."
    assert [q.speaker for q in quotes_of(text, "en", names)] == ["SkyHarbor Airways"]


def test_candidate_marks_are_every_opening_character_but_apostrophes_inside_words() -> None:
    from reader.analysis.quote_marks import _candidate_marks

    text = "Britain's \u201cplan\u201d, 'yes' and ``done'' \u00abnon\u00bb"
    assert _candidate_marks(text) == [
        i
        for i, ch in enumerate(text)
        if ch in "\u201c\u201e\u00ab\u2018\"\u201d'`" and not (ch == "'" and text[i - 1].isalnum())
    ]
    assert 7 not in _candidate_marks(text)  # the apostrophe of "Britain's"


def test_according_to_a_bare_the_names_no_source() -> None:
    [quote] = quotes_of("“We won,” according to the.", "en", EN_NAMES)
    assert (quote.speaker, quote.cue) == (None, None)
