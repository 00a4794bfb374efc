"""A tense cue counts for a day only in the day's own clause: the walk back from the day stops
at a clause break, and at the word scan's gap, past which lie the words of another stretch
(often an earlier sentence) that the scan kept around a number or time further back."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.backends import choose_backend
from reader.analysis.timegrammar import word_scan
from reader.analysis.wordscan import GAP

PUBDATE = "2026-11-25"  # a Wednesday: last Monday is the 23rd, next Monday the 30th

#: "akan" (will) stands in the first sentence, a gap of unscanned words after it, and the
#: sentence of the Monday is in the past tense of Indonesian news (no cue at all).
TEXT = (
    "Pemegang saham memperkirakan 2 direktur baru akan bergabung dengan dewan, setelah "
    "perundingan yang sangat berbelit-belit dan melelahkan. "
    "Perundingan restrukturisasi bersama negosiator pada Senin."
)


def test_the_text_has_a_gap_between_the_future_cue_and_the_day() -> None:
    parser, _ = choose_backend("builtin", "id")
    lows = [w.low for w in word_scan(parser.parse(TEXT, "id")).words]
    assert lows.index("akan") < lows.index(GAP) < lows.index("senin")


def test_a_future_cue_of_an_earlier_sentence_does_not_reach_over_the_gap() -> None:
    (time,) = analyze(TEXT, lang="id", backend="builtin", pubdate=PUBDATE).times
    assert time.value == "2026-11-23"


def test_a_future_cue_in_the_day_s_clause_still_counts() -> None:
    (time,) = analyze(
        "Negosiator akan bertemu pada Senin.", lang="id", backend="builtin", pubdate=PUBDATE
    ).times
    assert time.value == "2026-11-30"


def test_a_deadline_after_and_is_ahead_though_the_clause_before_is_past() -> None:
    text = "Crews worked through Monday night and expect to restore most lines by Friday."
    times = analyze(text, lang="en", backend="builtin", pubdate="2026-03-17").times
    assert [(t.text, t.value) for t in times] == [
        ("Monday night", "2026-03-16"),
        ("Friday", "2026-03-20"),
    ]
