"""Undated statements on the timeline and the subject a clause shares with the one before
it (built-in backend; sentences written for these tests, names invented)."""

from __future__ import annotations

from datetime import date

from reader.analysis import analyze
from reader.analysis.model import Event


def events(text: str, lang: str = "en") -> list[Event]:
    return analyze(text, lang=lang, backend="builtin", pubdate=date(2025, 3, 12)).events


def event_at(found: list[Event], text: str, word: str) -> Event:
    at = text.index(word)
    return next(e for e in found if e.start <= at < e.end)


def test_an_undated_statement_is_made_on_the_articles_day_not_the_last_date_told() -> None:
    text = (
        "The company reported a loss on Tuesday. On March 3, the board fired its chief "
        "executive. Analysts said the results were weak."
    )
    found = events(text)
    assert event_at(found, text, "reported").order < event_at(found, text, "Analysts").order
    assert event_at(found, text, "fired").order < event_at(found, text, "reported").order


def test_an_undated_statement_keeps_its_place_in_an_undated_story() -> None:
    text = "Police arrested a man. Officers said he was armed. They later released him."
    found = events(text)
    assert [e.order for e in found] == [0, 1, 2, 3]  # (his being armed is reported)


def test_a_statement_going_on_from_the_dated_clause_before_it_stays_with_it() -> None:
    """In that clause's sentence, or by one of its people in the next sentence, a statement
    tells what was said then, not on the article's day."""
    text = (
        "Ahmad Yani bertemu Budi Santoso pada hari Senin. Tetapi ia mengatakan kesepakatan "
        "belum tercapai. Harga beras naik tajam. Beberapa jam kemudian polisi menutup jalan, "
        "dengan warga mengatakan antrean mengular."
    )
    found = events(text, lang="id")
    met, said = event_at(found, text, "bertemu"), event_at(found, text, "ia mengatakan")
    assert said.order == met.order + 1
    closed, residents = event_at(found, text, "menutup"), event_at(found, text, "warga")
    assert residents.order == closed.order + 1


def test_a_shared_subject_is_never_the_object_of_the_clause_before() -> None:
    text = "Officers detained Maria Lopez on Monday and questioned her."
    found = events(text)
    assert event_at(found, text, "questioned").actors == []


def test_a_named_subject_is_shared() -> None:
    text = "Maria Lopez met the mayor on Monday and thanked him."
    found = events(text)
    assert event_at(found, text, "thanked").actors == ["maria-lopez"]
