"""The store's behaviour in one process: round trips, dedupe, ordering, notes that outlive
their article and its analyses, the analysis cache."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.model import Actor, Analysis, Entity, Event, Sentence, Span
from reader.store import (
    UNSET,
    Anchor,
    ArticleNotFound,
    NoteNotFound,
    Store,
    StoreError,
    normalise_text,
    text_id,
)
from reader.store.files import is_temp_file

TEXT = (
    "The city council approved a new bus line on Tuesday.\n"
    "Mayor Lena Ortiz said 12 stops would open by March.\n"
)
OTHER = "Heavy rain closed two mountain roads overnight, the police said.\n"


def analysis(
    backend: str = "builtin", version: str = "1.0.0", pubdate: str | None = None
) -> Analysis:
    """A small but realistic analysis of TEXT."""
    start = TEXT.index("Lena Ortiz")
    mention = Span(start, start + 10, "Lena Ortiz")
    return Analysis(
        lang="en",
        backend=backend,
        analyzer_version=version,
        pubdate=pubdate,
        sentences=[Sentence(0, 52), Sentence(53, len(TEXT) - 1)],
        entities=[Entity(mention.start, mention.end, mention.text, "PER", actor="a1")],
        actors=[
            Actor(id="a1", name="Lena Ortiz", label="PER", mentions=[mention], roles=["Mayor"])
        ],
        events=[Event(id="e1", start=0, end=52, summary="council approved bus line")],
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "home")


def test_normalise_text_makes_equivalent_texts_identical() -> None:
    messy = "\ufeff\n  \r\nCafe\u0301 opens\t \r\nsecond line   \rthird\n\n\n"
    assert normalise_text(messy) == "Café opens\nsecond line\nthird"
    assert text_id(normalise_text(messy)) == text_id("Café opens\nsecond line\nthird")
    assert len(text_id("x")) == 16
    assert normalise_text("  indented first line") == "  indented first line"


@given(st.text(alphabet=st.sampled_from("ab \t\r\n\ufeff\u00e9e\u0301")))
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert "\r" not in once and not once.startswith("\n") and not once.endswith((" ", "\n"))


def test_creating_a_store_touches_nothing(tmp_path: Path) -> None:
    Store(tmp_path / "home")
    assert not (tmp_path / "home").exists()


def test_article_round_trip_stores_the_normalised_text(store: Store) -> None:
    record, created = store.add_article(
        text=TEXT.replace("\n", "\r\n") + "\r\n\r\n",
        title="Bus line",
        source="/tmp/bus.txt",
        lang="en",
        pubdate="2026-11-24",
    )
    assert created
    assert record.text == normalise_text(TEXT)
    assert record.id == text_id(record.text)
    again = Store(store.home).get_article(record.id)
    assert again == record
    assert again.added_at and again.opened_at is None


def test_same_text_twice_is_one_article_and_missing_metadata_is_filled(store: Store) -> None:
    first, created = store.add_article(text=TEXT, title="Bus line")
    second, created_again = store.add_article(
        text="\ufeff" + TEXT + "  \n", title="Other title", lang="en", pubdate="2026-11-24"
    )
    assert created and not created_again
    assert second.id == first.id
    assert (second.title, second.lang, second.pubdate) == ("Bus line", "en", "2026-11-24")
    assert len(store.article_summaries()) == 1


def test_bulk_add_with_a_duplicate_inside_the_batch(store: Store) -> None:
    results = store.add_articles(
        [{"text": TEXT, "title": "a"}, {"text": OTHER, "title": "b"}, {"text": TEXT, "title": "c"}]
    )
    assert [created for _, created in results] == [True, True, False]
    assert results[0][0].id == results[2][0].id
    assert {s.title for s in store.article_summaries()} == {"a", "b"}


def test_empty_text_is_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        store.add_article(text=" \n\ufeff\n", title="Nothing")


def test_summaries_most_recently_opened_first_then_newest_added(store: Store) -> None:
    a, _ = store.add_article(text=TEXT, title="A")
    b, _ = store.add_article(text=OTHER, title="B")
    c, _ = store.add_article(text="A third, different text.", title="C")
    assert [s.id for s in store.article_summaries()] == [c.id, b.id, a.id]
    store.mark_opened(a.id)
    assert [s.id for s in store.article_summaries()] == [a.id, c.id, b.id]
    store.mark_opened(b.id)
    assert [s.id for s in store.article_summaries()] == [b.id, a.id, c.id]


def test_summaries_count_notes_and_actors(store: Store) -> None:
    article, _ = store.add_article(text=TEXT, title="Bus line")
    store.add_note(article.id, "check the stop count", None)
    store.add_note(article.id, "who is she?", Anchor(59, 69, "Lena Ortiz", "entity"))
    store.save_analysis(article.id, analysis())
    [summary] = store.article_summaries()
    assert (summary.notes, summary.actors, summary.title) == (2, 1, "Bus line")


def test_actors_are_unknown_until_analysed_even_in_records_of_older_versions(
    store: Store,
) -> None:
    article, _ = store.add_article(text=TEXT, title="Bus line")
    assert store.article_summaries()[0].actors is None
    store.save_analysis(article.id, Analysis(lang="en", backend="builtin"))
    assert store.article_summaries()[0].actors == 0  # analysed: it has none
    shard = store.home / "library" / f"{article.id[:2]}.json"
    data = json.loads(shard.read_bytes())
    for actors, shown in ((0, None), (3, 3)):  # older records: 0 until analysed, no flag
        record = data["articles"][article.id]
        record.pop("analysed", None)
        record["actors"] = actors
        shard.write_text(json.dumps(data), encoding="utf-8")
        assert Store(store.home).article_summaries()[0].actors == shown


def test_find_articles_by_id_prefix_source_and_title(store: Store) -> None:
    a, _ = store.add_article(text=TEXT, title="Bus line approved", source="/data/bus.txt")
    b, _ = store.add_article(text=OTHER, title="Rain closes roads")

    def ids(query: str) -> list[str]:
        return [s.id for s in store.find_articles(query)]

    assert ids(a.id) == [a.id]
    assert ids(b.id[:4]) == [b.id]
    assert ids("/data/bus.txt") == [a.id]
    assert ids("RAIN") == [b.id]
    assert sorted(ids("o")) == sorted([a.id, b.id])
    assert ids("nothing like this") == []
    assert ids("   ") == []


def test_update_article_sets_and_clears_fields(store: Store) -> None:
    article, _ = store.add_article(text=TEXT, title="Bus", pubdate="2026-11-24")
    updated = store.update_article(article.id, title="Bus line", lang="en")
    assert (updated.title, updated.lang, updated.pubdate) == ("Bus line", "en", "2026-11-24")
    assert store.update_article(article.id, pubdate=UNSET).pubdate == "2026-11-24"
    assert store.update_article(article.id, pubdate=None).pubdate is None
    assert Store(store.home).get_article(article.id).pubdate is None  # type: ignore[union-attr]
    with pytest.raises(ArticleNotFound):
        store.update_article("0" * 16, title="x")


def test_notes_round_trip_in_text_order(store: Store) -> None:
    article, _ = store.add_article(text=TEXT, title="Bus line")
    late = store.add_note(article.id, "on the stops", Anchor(80, 88, TEXT[80:88]))
    early = store.add_note(article.id, "on the council", Anchor(4, 16, "city council", "entity"))
    whole = store.add_note(article.id, "whole article", Anchor(0, 0, "", "article"))
    same_place = store.add_note(article.id, "second on the council", Anchor(4, 16, "city council"))
    assert [n.id for n in Store(store.home).notes(article.id)] == [
        whole.id,
        early.id,
        same_place.id,
        late.id,
    ]
    assert Store(store.home).notes(article.id)[1] == early


def test_all_notes_are_grouped_by_article(store: Store) -> None:
    a, _ = store.add_article(text=TEXT, title="A")
    b, _ = store.add_article(text=OTHER, title="B")
    n1 = store.add_note(a.id, "a1", None)
    n2 = store.add_note(b.id, "b1", None)
    n3 = store.add_note(a.id, "a2", None)
    assert [n.id for n in store.notes()] == [n1.id, n3.id, n2.id]
    assert store.notes("not an id") == []


def test_update_and_delete_note(store: Store) -> None:
    article, _ = store.add_article(text=TEXT, title="Bus line")
    note = store.add_note(article.id, "draft", None)
    changed = store.update_note(note.id, "final")
    assert changed.body == "final" and changed.created_at == note.created_at
    assert changed.updated_at >= note.updated_at
    assert Store(store.home).notes(article.id) == [changed]
    store.delete_note(note.id)
    assert store.notes(article.id) == []
    with pytest.raises(NoteNotFound):
        store.delete_note(note.id)
    with pytest.raises(NoteNotFound):
        store.update_note("../../etc", "x")


def test_a_note_needs_an_existing_article_and_a_matching_anchor(store: Store) -> None:
    with pytest.raises(ArticleNotFound):
        store.add_note("0123456789abcdef", "orphan", None)
    article, _ = store.add_article(text=TEXT, title="Bus line")
    with pytest.raises(ValueError):
        store.add_note(article.id, "wrong text", Anchor(4, 16, "town council"))
    with pytest.raises(ValueError):
        store.add_note(article.id, "past the end", Anchor(0, 10_000, TEXT))
    assert store.notes(article.id) == []


def test_notes_survive_removal_and_come_back_with_the_same_text(store: Store) -> None:
    article, _ = store.add_article(text=TEXT, title="Bus line")
    note = store.add_note(article.id, "keep me", Anchor(4, 16, "city council"))
    store.save_analysis(article.id, analysis())
    assert store.remove_article(article.id) == 1
    assert store.get_article(article.id) is None
    assert store.article_summaries() == []
    assert store.load_analysis(article.id, analyzer_version="1.0.0", pubdate=None) is None
    assert store.notes(article.id) == [note]
    with pytest.raises(ArticleNotFound):
        store.remove_article(article.id)

    again, created = Store(store.home).add_article(text=TEXT + "\n\n", title="Bus line again")
    assert created and again.id == article.id
    assert store.notes(again.id) == [note]
    assert store.article_summaries()[0].notes == 1


def test_notes_survive_reanalysis(store: Store) -> None:
    article, _ = store.add_article(text=TEXT, title="Bus line")
    note = store.add_note(article.id, "keep me", Anchor(59, 69, "Lena Ortiz", "entity"))
    store.save_analysis(article.id, analysis(version="1.0.0"))
    store.save_analysis(article.id, analysis(version="2.0.0"))
    store.save_analysis(article.id, analysis(backend="stanza", version="2.0.0"))
    assert store.notes(article.id) == [note]


def test_analysis_cache_is_keyed_by_version_backend_and_pubdate(store: Store) -> None:
    article, _ = store.add_article(text=TEXT, title="Bus line")
    builtin = analysis("builtin", "1.0.0", "2026-11-24")
    store.save_analysis(article.id, builtin)

    def load(**key: str | None) -> Analysis | None:
        return Store(store.home).load_analysis(article.id, **key)  # type: ignore[arg-type]

    hit = load(analyzer_version="1.0.0", pubdate="2026-11-24")
    assert hit is not None and hit.to_dict() == builtin.to_dict()
    assert load(analyzer_version="1.0.1", pubdate="2026-11-24") is None
    assert load(analyzer_version="1.0.0", pubdate=None) is None
    assert load(analyzer_version="1.0.0", pubdate="2026-11-24", backend="stanza") is None

    stanza = analysis("stanza", "1.0.0", "2026-11-24")
    store.save_analysis(article.id, stanza)
    best = load(analyzer_version="1.0.0", pubdate="2026-11-24")
    assert best is not None and best.backend == "stanza"
    chosen = load(analyzer_version="1.0.0", pubdate="2026-11-24", backend="builtin")
    assert chosen is not None and chosen.backend == "builtin"


def test_saving_an_analysis_needs_the_article(store: Store) -> None:
    with pytest.raises(ArticleNotFound):
        store.save_analysis("0123456789abcdef", analysis())


def test_two_stores_on_one_home_see_each_other(store: Store) -> None:
    other = Store(store.home)
    article, _ = store.add_article(text=TEXT, title="Bus line")
    assert other.get_article(article.id) == article
    note = other.add_note(article.id, "from the other one", None)
    assert store.notes(article.id) == [note]
    store.update_note(note.id, "edited here")
    assert other.notes(article.id)[0].body == "edited here"


def test_threads_adding_notes_at_once_lose_nothing(store: Store) -> None:
    article, _ = store.add_article(text=TEXT, title="Bus line")
    saved: list[str] = []

    def write(tag: str) -> None:
        for number in range(25):
            saved.append(store.add_note(article.id, f"{tag}{number}", None).id)

    threads = [threading.Thread(target=write, args=(tag,)) for tag in "abcd"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(saved) == sorted(n.id for n in Store(store.home).notes(article.id))
    assert len(saved) == 100


def test_doctor_on_a_healthy_store(store: Store) -> None:
    article, _ = store.add_article(text=TEXT, title="Bus line")
    store.add_note(article.id, "fine", Anchor(4, 16, "city council"))
    store.save_analysis(article.id, analysis())
    assert store.doctor() == [f"Store OK: 1 article, 1 note, 1 cached analysis in {store.home}."]


def test_a_write_never_trusts_the_cached_copy(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even when a change on disk is invisible to the stat check (reused inode number, same
    size, same coarse timestamp), a write re-reads the file first and keeps the other's note."""
    import reader.store.storage as storage

    article, _ = store.add_article(text=TEXT, title="Bus line")
    first = store.add_note(article.id, "already there", None)
    monkeypatch.setattr(storage, "_signature", lambda st: (1, 1, 1, 1))
    other = Store(store.home)
    other.notes(article.id)  # cached in ``other``
    mine = store.add_note(article.id, "from the first store", None)
    theirs = other.add_note(article.id, "from the second store", None)
    saved = {n.id for n in Store(store.home).notes(article.id)}
    assert saved == {first.id, mine.id, theirs.id}


def test_a_writer_gives_up_with_a_message_when_another_holds_the_lock(store: Store) -> None:
    import fcntl

    article, _ = store.add_article(text=TEXT, title="Bus line")
    store._lock.timeout = 0.05
    with open(store.home / ".lock", "a") as other:  # another open file: another lock owner
        fcntl.flock(other, fcntl.LOCK_EX)
        with pytest.raises(StoreError, match="Another newsreader has been busy"):
            store.add_note(article.id, "blocked", None)
        assert store.notes(article.id) == []  # reads need no lock
    assert store.add_note(article.id, "free again", None).body == "free again"


def test_settings_are_merged_replaced_whole_and_never_block_a_start(tmp_path: Path) -> None:
    store = Store(tmp_path)
    assert store.settings() == {}  # no file yet
    store.save_setting("theme", "nord")
    store.save_setting("other", "x")
    assert Store(tmp_path).settings() == {"other": "x", "theme": "nord"}
    (tmp_path / "settings.json").write_text('{"theme": ', encoding="utf-8")
    assert Store(tmp_path).settings() == {}
    (tmp_path / "settings.json").write_text("[" * 100_000, encoding="utf-8")  # too deep
    assert Store(tmp_path).settings() == {}
    store.save_setting("theme", "dracula")
    assert Store(tmp_path).settings() == {"theme": "dracula"}
    assert not [p for p in tmp_path.iterdir() if is_temp_file(p)]
