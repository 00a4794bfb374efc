"""Undated statements and plans on the timeline: what was said in the article was said by
its publication, so before a happening it plans; a clause opened by a "before"/"sebelum"
phrase with no event of its own looks back."""

from __future__ import annotations

from reader.analysis import analyze


def _order(text: str, lang: str, pubdate: str | None = "2025-03-05") -> dict[str, int]:
    found = analyze(text, lang=lang, backend="builtin", pubdate=pubdate)
    return {e.trigger.text: e.order for e in found.events if e.trigger}


def test_a_statement_comes_before_a_plan_dated_by_month_only() -> None:
    text = (
        "The government will raise fuel prices in April. Critics said the move would hurt the poor."
    )
    order = _order(text, "en")
    assert order["said"] < order["raise"]


def test_an_indonesian_statement_comes_before_a_plan_of_next_year() -> None:
    text = (
        "Pemerintah akan menaikkan harga BBM tahun depan. "
        "Pengamat menilai kebijakan itu akan membebani warga miskin."
    )
    order = _order(text, "id")
    assert order["menilai"] < order["menaikkan"]


def test_without_a_publication_day_a_plan_comes_after_the_past() -> None:
    text = (
        "The government will raise fuel prices in April. Critics said the move would hurt the poor."
    )
    order = _order(text, "en", pubdate=None)
    assert order["said"] < order["raise"]
    text = (
        "Pemerintah akan menaikkan harga BBM. Warga memprotes rencana itu. "
        "Polisi menangkap dua orang."
    )
    order = _order(text, "id", pubdate=None)
    assert order["memprotes"] < order["menangkap"] < order["menaikkan"]


def test_a_sebelum_phrase_without_an_event_looks_back() -> None:
    text = (
        "Warga mengungsi ke masjid pada Senin (3/3). "
        "Sebelum ada jembatan, warga harus menyeberang dengan perahu."
    )
    order = _order(text, "id")
    assert order["menyeberang"] < order["mengungsi"]


def test_a_before_phrase_does_not_pull_a_plan_back() -> None:
    text = "The council met on Tuesday. Before the vote, the city will repaint the hall."
    order = _order(text, "en")
    assert order["met"] < order["repaint"]


def test_a_before_inside_a_sentence_is_no_look_back() -> None:
    text = (
        "The council met on Tuesday. "
        "The mayor spoke first; before the vote, members debated the budget."
    )
    order = _order(text, "en")
    assert order["spoke"] < order["debated"]


def test_what_follows_a_plan_in_its_sentence_is_ahead_too() -> None:
    text = (
        "Jembatan itu dibuka pada Senin (3/3). "
        "Dody mengatakan pemerintah akan menambah anggaran sebelum seksi berikutnya dikerjakan."
    )
    order = _order(text, "id", pubdate=None)
    assert order["dibuka"] < order["mengatakan"] < order["menambah"] < order["dikerjakan"]


def test_then_will_is_still_a_plan() -> None:
    text = (
        "Polisi menangkap tiga pria pada Selasa (3/3). Pelaku sudah beraksi sejak Januari. "
        "Ia mengatakan polisi kemudian akan periksa rekaman kamera."
    )
    order = _order(text, "id", pubdate="2026-03-05")
    assert order["menangkap"] < order["periksa"]


def test_a_relative_clause_with_an_after_phrase_keeps_the_main_verb() -> None:
    text = (
        "The rail link, which was shut in March after a landslide, will reopen in September, "
        "the operator said."
    )
    for pubdate in ("2025-08-14", None):
        order = _order(text, "en", pubdate=pubdate)
        assert order["shut"] < order["reopen"]


def test_an_undated_clause_comes_after_its_dated_setelah_aside() -> None:
    text = "Warga mengungsi setelah banjir menerjang desa itu pada Minggu (2/3)."
    order = _order(text, "id")
    assert order["menerjang"] < order["mengungsi"]
    text = "Police arrested two men after a fight broke out on Saturday. Officials said so."
    order = _order(text, "en")
    assert order["broke"] < order["arrested"]


def test_a_relative_clause_and_the_clause_after_it_are_led_by_what_the_pronoun_stands_for() -> None:
    text = "Officials said the mayor, who resigned on Monday after a scandal, will testify."
    found = analyze(text, lang="en", backend="builtin", pubdate="2026-11-20")
    summaries = [e.summary for e in found.events]
    assert "The mayor will testify" in summaries
    assert "The mayor resigned on Monday after a scandal" in summaries
    assert not any(s.startswith(("Who ", "Will testify")) for s in summaries)


def test_a_relative_clause_of_a_name_is_led_by_the_name() -> None:
    found = analyze(
        "Tim itu menang atas Bandung FC, yang kalah dari Garut pada Minggu malam.",
        lang="id",
        backend="builtin",
        pubdate="2026-11-20",
    )
    assert "Bandung FC kalah dari Garut pada Minggu malam" in [e.summary for e in found.events]
    found = analyze("He praised Kirby, who resigned on Monday.", lang="en", backend="builtin")
    assert "Kirby resigned on Monday" in [e.summary for e in found.events]
