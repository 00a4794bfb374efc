"""What a speech verb reports is a happening of its own, with its own day: the speech keeps
the day it was made ("said on Monday it would cut jobs next year")."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.model import Analysis


def _analysed(text: str, lang: str) -> Analysis:
    return analyze(text, lang=lang, backend="builtin", pubdate="2026-11-26")


def _told(analysis: Analysis) -> list[tuple[str, str | None]]:
    return [(e.trigger.text, e.time) for e in analysis.events if e.trigger]


def test_a_clause_reported_without_that_is_an_event_of_its_own() -> None:
    text = "Opposition leader Martin Kloss said on Tuesday the budget had failed families."
    found = _analysed(text, "en")
    assert [t for t, _ in _told(found)] == ["said", "failed"]
    said, failed = found.events
    assert said.time == "2026-11-24" and failed.time is None  # when it failed is not said
    assert failed.order < said.order  # told in the pluperfect: it came first


def test_an_indonesian_reported_plan_keeps_its_own_year_after_the_saying() -> None:
    text = (
        "Menteri Perhubungan Dudy Purwagandhi mengatakan pemerintah akan membangun dua "
        "bandara baru di Papua pada 2027. Hal itu disampaikan Dudy di Jakarta, Senin (23/11)."
    )
    found = _analysed(text, "id")
    assert [t for t, _ in _told(found)] == ["mengatakan", "membangun", "disampaikan"]
    said, build, told = found.events
    assert build.time_text == "2027" and build.time == "2027"
    assert told.time == "2026-11-23"
    assert said.order < build.order and told.order < build.order


def test_the_saying_is_summarised_with_what_it_reports_and_keeps_its_own_span() -> None:
    text = "Opposition leader Martin Kloss said on Tuesday the budget had failed families."
    said, failed = _analysed(text, "en").events
    assert (
        said.summary
        == "Opposition leader Martin Kloss said on Tuesday the budget had failed families"
    )
    assert failed.summary == "The budget had failed families"
    assert text[said.start : said.end].endswith("on Tuesday")  # the report is not its span


def test_it_opening_a_reported_clause_is_the_speaker() -> None:
    text = "Harwick Motors said on Monday it would cut 1,200 jobs in Britain next year."
    found = _analysed(text, "en")
    names = {a.id: a.name for a in found.actors}
    assert [[names[i] for i in e.actors] for e in found.events] == [
        ["Harwick Motors"], ["Harwick Motors"]
    ]  # fmt: skip
    assert found.events[0].order < found.events[1].order


def test_a_belief_verb_reports_a_clause_too() -> None:
    text = "Gubernur BI Perry Warjiyo memperkirakan inflasi akan turun pada kuartal pertama 2027."
    assert [t for t, _ in _told(_analysed(text, "id"))] == ["memperkirakan", "turun"]


def test_what_a_request_asks_for_is_no_report() -> None:
    text = "Anggota Komisi V Lasarus meminta pemerintah memperhatikan keselamatan penerbangan."
    assert [t for t, _ in _told(_analysed(text, "id"))] == ["meminta"]
    text = "Juru bicara itu mengatakan kepada wartawan di Jakarta, Senin."
    assert [t for t, _ in _told(_analysed(text, "id"))] == ["mengatakan"]


def test_a_clause_with_its_own_year_does_not_take_the_day_of_the_clause_before() -> None:
    text = (
        "A judge in Melbourne ruled on Thursday that the state government had acted "
        "unlawfully when it closed a public housing tower in 2023."
    )
    found = _analysed(text, "en")
    closed = next(e for e in found.events if e.trigger and e.trigger.text == "closed")
    assert closed.time == closed.time_text == "2023"
    ruled = next(e for e in found.events if e.trigger and e.trigger.text == "ruled")
    assert ruled.time == "2026-11-26" and closed.order < ruled.order


def test_a_hearer_stands_between_the_telling_and_what_was_told() -> None:
    text = "Prosecutor Thierry Dran told reporters the suspects had planned the robbery for weeks."
    found = _analysed(text, "en")
    assert [t for t, _ in _told(found)] == ["told", "planned"]
    assert found.events[1].summary.startswith("The suspects had planned")


def test_the_subject_opening_what_was_said_is_never_its_predicate() -> None:
    text = "Chief executive Vanessa Hudson said demand from travellers had recovered strongly."
    assert [t for t, _ in _told(_analysed(text, "en"))] == ["said", "recovered"]


def test_it_after_a_person_speaking_is_not_that_person() -> None:
    text = "Tom Zelvano said on Monday it would close the plant in Leeds."
    found = _analysed(text, "en")
    assert [t for t, _ in _told(found)] == ["said", "close"]
    assert [e.actors for e in found.events] == [["tom-zelvano"], []]


def test_the_speaker_after_an_inverted_cue_opens_no_report() -> None:
    text = "“Nobody likes it,” wrote Maria Lopez in a reply, “but we must.”"
    assert [t for t, _ in _told(_analysed(text, "en"))] == ["wrote"]


def test_what_is_alleged_is_the_happening_not_the_hearsay() -> None:
    text = "Hevearita diduga menerima suap dari sejumlah kontraktor sejak 2023."
    assert [t for t, _ in _told(_analysed(text, "id"))] == ["menerima"]
    text = "Harga beras di Surabaya naik menjadi Rp 14.500 per kilogram pekan ini."
    assert [t for t, _ in _told(_analysed(text, "id"))] == ["naik"]


def test_a_clause_said_after_a_comma_is_an_event_of_its_own() -> None:
    text = "Ia menambahkan, dewan pengupahan masih menghitung angka yang tepat."
    assert [t for t, _ in _told(_analysed(text, "id"))] == ["menambahkan", "menghitung"]
    text = "Ratna menambahkan, pihaknya siap."
    assert [t for t, _ in _told(_analysed(text, "id"))] == ["menambahkan"]


def test_what_is_expected_or_scheduled_is_the_happening() -> None:
    text = "President William Ruto is expected to sign the bill next week."
    assert [t for t, _ in _told(_analysed(text, "en"))] == ["sign"]
    text = "Kedua negara dijadwalkan melanjutkan perundingan teknis bulan depan."
    assert [t for t, _ in _told(_analysed(text, "id"))] == ["melanjutkan"]
    text = "Prices rose as expected."
    assert [t for t, _ in _told(_analysed(text, "en"))] == ["rose"]
