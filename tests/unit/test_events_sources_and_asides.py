"""Who a clause says something on behalf of, which clause a date belongs to, and which of two
clauses joined by "before"/"sebelum" or a relative clause came first or is the main one."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.model import Analysis, Event


def _analysed(text: str, lang: str) -> Analysis:
    return analyze(text, lang=lang, backend="builtin", pubdate="2026-11-26")


def _event(analysis: Analysis, trigger: str) -> Event:
    return next(e for e in analysis.events if e.trigger and e.trigger.text == trigger)


def _actor_names(analysis: Analysis, trigger: str) -> list[str]:
    names = {a.id: a.name for a in analysis.actors}
    return [names[i] for i in _event(analysis, trigger).actors]


def test_the_source_after_menurut_is_no_actor_of_what_it_reports() -> None:
    text = (
        "Menurut Badan Penanggulangan Bencana Daerah Cianjur, banjir bandang melanda tiga "
        "desa pada Rabu (25/11)."
    )
    assert _actor_names(_analysed(text, "id"), "melanda") == []


def test_the_source_after_according_to_is_no_actor_either() -> None:
    text = "The ferry sank on Thursday near Lesbos, according to the Hellenic Coast Guard."
    assert "Hellenic Coast Guard" not in _actor_names(_analysed(text, "en"), "sank")


def test_a_date_set_off_at_the_end_dates_the_main_clause_and_its_setelah_aside() -> None:
    text = (
        "Tim bulu tangkis Indonesia meraih medali emas setelah mengalahkan Malaysia di final, "
        "Kamis (26/11)."
    )
    found = _analysed(text, "id")
    won, beat = _event(found, "meraih"), _event(found, "mengalahkan")
    assert won.time == beat.time == "2026-11-26"
    assert beat.order < won.order


def test_a_date_inside_the_setelah_clause_stays_the_asides_own() -> None:
    text = "Tim itu meraih medali emas setelah mengalahkan Malaysia pada Selasa (24/11)."
    found = _analysed(text, "id")
    assert _event(found, "meraih").time is None
    assert _event(found, "mengalahkan").time == "2026-11-24"


def test_a_hearer_of_several_words_is_cut_before_its_time_and_what_was_told() -> None:
    text = (
        "Mayor Carol Hartley told a council meeting on Wednesday the city would close three "
        "libraries next year."
    )
    found = _analysed(text, "en")
    told, close = _event(found, "told"), _event(found, "close")
    assert told.time == "2026-11-25"
    assert close.time != "2026-11-25" and close.start > told.end


def test_the_clause_after_a_sentence_opening_before_clause_came_first() -> None:
    text = "Before the meeting began, protesters gathered outside the town hall."
    found = _analysed(text, "en")
    assert _event(found, "gathered").order < _event(found, "began").order


def test_a_before_phrase_with_no_clause_of_its_own_moves_nothing() -> None:
    text = "Before joining the government, he worked at a bank and then ran a charity."
    found = _analysed(text, "en")
    assert _event(found, "worked").order < _event(found, "ran").order


def test_the_main_verb_follows_a_relative_clause_with_a_hearsay_verb() -> None:
    text = (
        "Pelaku yang diduga mencuri kotak amal masjid di Depok ditangkap polisi pada "
        "Selasa (24/11)."
    )
    triggers = [e.trigger.text for e in _analysed(text, "id").events if e.trigger]
    assert triggers == ["ditangkap"]


def test_a_counted_subject_with_a_bare_verb_is_a_reported_clause() -> None:
    text = "Kepala BPBD Cianjur Asep Sudrajat mengatakan 120 rumah rusak."
    found = _analysed(text, "id")
    assert [e.trigger.text for e in found.events if e.trigger] == ["mengatakan", "rusak"]


def test_an_aside_after_a_count_of_days_is_dated_that_many_days_earlier() -> None:
    text = (
        "Prime Minister Sebastien Lecornu resigned on Monday, a week after his coalition "
        "lost a key vote in parliament."
    )
    found = _analysed(text, "en")
    resigned, lost = _event(found, "resigned"), _event(found, "lost")
    assert (resigned.time, lost.time) == ("2026-11-23", "2026-11-16")
    assert lost.order < resigned.order


def test_a_clause_a_count_of_days_before_which_is_dated_that_many_days_later() -> None:
    text = "Polisi menangkap pelaku pada Senin (23/11), dua hari sebelum sidang dimulai."
    found = _analysed(text, "id")
    assert _event(found, "dimulai").time == "2026-11-25"


def test_an_indonesian_sebelum_clause_with_a_bare_verb_is_an_event_after_its_host() -> None:
    text = "Warga mengungsi ke masjid terdekat sebelum air naik."
    found = _analysed(text, "id")
    assert [e.trigger.text for e in found.events if e.trigger] == ["mengungsi", "naik"]
    assert _event(found, "mengungsi").order < _event(found, "naik").order


def test_a_sebelum_phrase_whose_weak_verb_is_not_last_stays_with_its_clause() -> None:
    text = "Warga mengungsi ke masjid terdekat sebelum kedatangan tim SAR."
    found = _analysed(text, "id")
    assert [e.trigger.text for e in found.events if e.trigger] == ["mengungsi"]


def test_a_hearer_told_in_a_place_is_cut_before_what_was_told() -> None:
    text = "He told a press conference in Kyiv the army would hold the line."
    found = _analysed(text, "en")
    told, hold = _event(found, "told"), _event(found, "hold")
    assert told.end < hold.start
    assert text[hold.start : hold.end].startswith("the army")


def test_an_article_right_after_in_is_the_places_not_the_reports() -> None:
    text = "The company told investors in a letter it expected losses."
    expected = _event(_analysed(text, "en"), "expected")
    assert text[expected.start : expected.end].startswith("it expected")


def test_a_warning_with_no_hearer_reports_the_clause_right_after_it() -> None:
    text = "Analysts had warned sales would slow by the end of the year."
    slow = _event(_analysed(text, "en"), "slow")
    assert text[slow.start : slow.end].startswith("sales would slow")


def test_a_closing_attribution_adds_no_actor_to_a_clause_with_its_own() -> None:
    text = "Microsoft later accepted the offer, minister Ana Petrov said yesterday."
    found = _analysed(text, "en")
    assert [e.trigger.text for e in found.events if e.trigger] == ["accepted"]
    assert _actor_names(found, "accepted") == ["Microsoft"]


def test_a_closing_attribution_stands_in_for_a_clause_naming_no_one() -> None:
    text = "Rail workers will strike again next week, union chief Dan Harper said."
    assert _actor_names(_analysed(text, "en"), "strike") == ["Dan Harper"]


def test_each_source_after_menurut_is_left_out_and_a_name_between_them_is_kept() -> None:
    text = (
        "Menurut BPBD Cianjur, banjir melanda tiga desa pada Rabu (25/11). Bupati Herman "
        "Suherman meninjau lokasi pada Kamis (26/11). Menurut Basarnas, tim SAR mencari dua "
        "warga yang hilang."
    )
    found = _analysed(text, "id")
    assert _actor_names(found, "melanda") == []
    assert _actor_names(found, "meninjau") == ["Herman Suherman"]
    assert "Basarnas" not in _actor_names(found, "mencari")
