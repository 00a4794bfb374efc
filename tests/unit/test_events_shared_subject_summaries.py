"""A clause that shares its subject with the clause before ("… and met Cho", "Kirby, who
resigned on Monday, said …") names that subject in its summary, so that a timeline row says
who acted; and a closing attribution after such a clause joins it rather than standing alone."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.model import Analysis


def _analysed(text: str, lang: str) -> Analysis:
    return analyze(text, lang=lang, backend="builtin", pubdate="2025-03-05")


def _summaries(analysis: Analysis) -> dict[str, str]:
    return {e.trigger.text: e.summary for e in analysis.events if e.trigger}


def test_a_verb_after_and_takes_the_subject_into_its_summary() -> None:
    found = _summaries(_analysed("Police arrested the man on Friday but released him later.", "en"))
    assert found["released"] == "Police released him later"


def test_the_subject_before_a_dated_relative_clause_leads_the_main_verb() -> None:
    text = "Jane Kirby, who resigned on Monday, said her party would fight the election alone."
    found = _summaries(_analysed(text, "en"))
    assert found["said"].startswith("Jane Kirby said her party would fight")


def test_an_indonesian_verb_after_tetapi_names_its_subject() -> None:
    text = "Putin menerima telepon dari Trump, tetapi menolak gencatan senjata."
    assert _summaries(_analysed(text, "id"))["menolak"] == "Putin menolak gencatan senjata"


def test_an_auxiliary_is_left_out_of_the_subject_and_a_participle_gets_none() -> None:
    text = "The company will publish its results in May and will hold a call with analysts."
    assert _summaries(_analysed(text, "en"))["hold"] == "The company will hold a call with analysts"
    text = "The minister resigned on Monday, citing health reasons."
    assert all(
        not s.startswith("The minister citing") for s in _summaries(_analysed(text, "en")).values()
    )


def test_a_closing_attribution_after_a_relative_clause_joins_the_report() -> None:
    text = (
        "The Harbour Bridge, which closed in January after a crack was found, will reopen in "
        "May, Mayor Tom Reed said on Tuesday."
    )
    found = _analysed(text, "en")
    assert [e.trigger.text for e in found.events if e.trigger] == ["closed", "found", "reopen"]
    reopen = found.events[-1]
    assert reopen.summary.startswith("The Harbour Bridge will reopen in May, Mayor Tom Reed said")
    assert [a.name for a in found.actors if a.id in reopen.actors] == ["Tom Reed"]


def test_an_auxiliary_after_a_speech_verb_opens_no_reported_clause() -> None:
    # "demand" after "said" is the subject, not a speech verb reporting "had weakened"
    found = _analysed("Lisa Grant said demand had weakened since April.", "en")
    assert [(e.trigger.text, e.summary) for e in found.events if e.trigger] == [
        ("said", "Lisa Grant said demand had weakened since April"),
        ("weakened", "Demand had weakened since April"),
    ]


def test_a_pronoun_subject_gives_the_person_its_name() -> None:
    found = _summaries(_analysed("Mayor John Hale said he would resign and urged calm.", "en"))
    assert found["urged"] == "John Hale urged calm"


def test_no_subject_goes_before_a_clause_opened_by_setelah() -> None:
    text = "Tim itu meraih medali emas setelah mengalahkan Malaysia pada Selasa (24/11)."
    assert _summaries(_analysed(text, "id"))["mengalahkan"].startswith("Setelah mengalahkan")


def test_a_capitalised_dan_in_english_is_a_name_not_an_and() -> None:
    text = "Rail workers will strike again next week, union chief Dan Harper said."
    found = _analysed(text, "en")
    (strike,) = found.events
    assert strike.summary.endswith("union chief Dan Harper said")
    assert [a.name for a in found.actors if a.id in strike.actors] == ["Dan Harper"]


def test_a_hearsay_verb_after_a_relative_clause_is_no_subject() -> None:
    text = (
        "KPK menahan Hendra pada Selasa (4/3). Hendra, yang ditetapkan sebagai tersangka "
        "pada Januari, diduga menerima suap Rp 2 miliar."
    )
    found = _analysed(text, "id")
    assert _summaries(found)["menerima"] == "Hendra diduga menerima suap Rp 2 miliar"
    ditetapkan, menerima = found.events[1:]
    assert menerima.actors == ditetapkan.actors != []


def test_a_speech_verb_after_a_reported_clause_is_the_speakers() -> None:
    text = "John Hale said that the talks had failed and urged calm."
    found = _summaries(_analysed(text, "en"))
    assert found["failed"] == "The talks had failed"
    assert found["urged"] == "John Hale urged calm"
    # a verb of the reported subject's own stays its
    text = "John Hale said that the talks had failed and collapsed."
    assert _summaries(_analysed(text, "en"))["collapsed"] == "The talks collapsed"
    # a request is the speaker's as well
    text = "Kapolres Budi Santoso mengatakan pelaku sudah ditangkap dan meminta warga tenang."
    assert (
        _summaries(_analysed(text, "id"))["meminta"] == "Kapolres Budi Santoso meminta warga tenang"
    )


def test_a_time_set_off_by_its_comma_before_the_subject_is_left_out_of_the_lead() -> None:
    text = "Sehari kemudian, Sungai Cimanuk meluap dan merendam empat kecamatan."
    assert (
        _summaries(_analysed(text, "id"))["merendam"] == "Sungai Cimanuk merendam empat kecamatan"
    )
    text = "On Sunday, the river burst its banks and flooded the town."
    assert _summaries(_analysed(text, "en"))["flooded"] == "The river flooded the town"
