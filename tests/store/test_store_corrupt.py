"""Corrupt or foreign data at start-up: the bad file is moved aside (never deleted), the user
gets one sentence saying where it went, and the store carries on; a newer schema is refused
untouched; an older one is migrated."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.analysis.model import ANALYZER_VERSION, Analysis
from reader.store import Anchor, Store, StoreError
from reader.store.text import text_id

TEXT = "Fishermen in the bay reported a record sardine catch this week, the cooperative said."
OTHER = "A library in the old town reopened after a two-year renovation."

as_root = os.name == "posix" and os.geteuid() == 0


def make_store(home: Path) -> tuple[Store, str, str]:
    """A store with two articles (in different shards) and a note on each; returns the ids."""
    store = Store(home)
    (a, _), (b, _) = store.add_articles(
        [{"text": TEXT, "title": "Sardines"}, {"text": OTHER, "title": "Library"}]
    )
    assert a.id[:2] != b.id[:2]
    store.add_note(a.id, "note on sardines", Anchor(0, 9, "Fishermen"))
    store.add_note(b.id, "note on the library", None)
    return store, a.id, b.id


def shard(home: Path, kind: str, article_id: str) -> Path:
    return home / kind / f"{article_id[:2]}.json"


def assert_moved_aside(store: Store, bad: Path, original: bytes | None) -> Path:
    """One warning naming the backup, which holds the original bytes; returns the backup."""
    [warning] = store.warnings
    [backup] = bad.parent.glob(bad.name + ".damaged-*")
    assert str(bad) in warning and str(backup) in warning
    if original is not None:
        assert backup.read_bytes() == original
    return backup


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated-json"),
        pytest.param(lambda raw: b"\x00\xff\x17 binary junk", id="not-json"),
        pytest.param(lambda raw: b"[1, 2, 3]", id="foreign-json"),
        pytest.param(lambda raw: b'{"_meta": {"1": {"schema": "one"}}}', id="bad-schema-marker"),
        pytest.param(lambda raw: b'{"notes": {"x": {"body": 1}}}', id="foreign-v0-file"),
        pytest.param(lambda raw: b"[" * 100_000 + b"]" * 100_000, id="nested-too-deep"),
    ],
)
def test_damaged_notes_shard_is_moved_aside_and_the_rest_survives(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    bad = shard(home, "notes", a)
    original = damage(bad.read_bytes())
    bad.write_bytes(original)

    store = Store(home)
    assert [n.body for n in store.notes()] == ["note on the library"]
    assert_moved_aside(store, bad, original)
    assert store.add_note(a, "a fresh start", None).body == "a fresh start"
    assert [n.body for n in Store(home).notes(a)] == ["a fresh start"]
    assert len(store.article_summaries()) == 2


@pytest.mark.parametrize(
    "odd",
    [
        pytest.param("not an object", id="string"),
        pytest.param([1, 2], id="list"),
        pytest.param({"article_id": ["not", "a", "string"], "body": "x"}, id="list-article-id"),
        pytest.param({"body": {"not": "text"}}, id="object-body"),
        pytest.param({"body": "x", "anchor": {"start": "x", "end": None}}, id="bad-anchor"),
        pytest.param({"body": "x", "anchor": [0, 3]}, id="anchor-list"),
    ],
)
def test_malformed_note_records_are_kept_aside_and_the_good_notes_stay_in_use(
    tmp_path: Path, odd: object
) -> None:
    """Valid JSON of the wrong shape (hand-edited, another program): the readable notes stay
    in use, the original file is kept whole, and every command works."""
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    bad = shard(home, "notes", a)
    data = json.loads(bad.read_bytes())
    data["notes"][a[:2] + "0123456789"] = odd
    bad.write_text(json.dumps(data))
    original = bad.read_bytes()

    store = Store(home)
    assert sorted(n.body for n in store.notes()) == ["note on sardines", "note on the library"]
    backup = assert_moved_aside(store, bad, original)
    assert "carried on with the 1 record(s) it could read" in store.warnings[0]
    store.add_note(a, "still works", None)
    assert Store(home).doctor()[1:] == [f"Backup of a damaged file kept at {backup}."]
    assert sorted(n.body for n in Store(home).notes(a)) == ["note on sardines", "still works"]


def test_a_malformed_article_record_is_kept_aside(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    bad = shard(home, "library", a)
    data = json.loads(bad.read_bytes())
    data["articles"][a]["actors"] = "many"
    bad.write_text(json.dumps(data))

    store = Store(home)
    assert len(store.article_summaries()) == 1
    assert_moved_aside(store, bad, None)
    assert len(store.notes()) == 2
    again, created = store.add_article(text=TEXT, title="Sardines")
    assert created and [n.body for n in store.notes(again.id)] == ["note on sardines"]


def test_a_malformed_schema_marker_is_moved_aside(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    bad = shard(home, "notes", a)
    bad.write_text(json.dumps({"notes": {}, "_meta": {"1": ["schema", 1]}}))
    store = Store(home)
    assert [n.body for n in store.notes()] == ["note on the library"]
    assert_moved_aside(store, bad, None)


def test_damaged_library_shard_is_moved_aside_and_notes_are_untouched(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _, a, b = make_store(home)
    bad = shard(home, "library", a)
    bad.write_bytes(b'{"articles": {"')

    store = Store(home)
    assert [s.id for s in store.article_summaries()] == [b]
    assert_moved_aside(store, bad, b'{"articles": {"')
    assert len(store.notes()) == 2  # the sardine note waits for its article to be re-imported
    again, created = store.add_article(text=TEXT, title="Sardines")
    assert created and [n.body for n in store.notes(again.id)] == ["note on sardines"]


def test_a_folder_where_a_data_file_should_be_is_moved_aside(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    bad = shard(home, "notes", a)
    bad.unlink()
    bad.mkdir()
    (bad / "something.txt").write_text("kept")

    store = Store(home)
    assert len(store.notes()) == 1
    backup = assert_moved_aside(store, bad, None)
    assert (backup / "something.txt").read_text() == "kept"
    assert "folder" in store.warnings[0]
    store.add_note(a, "works again", None)


def test_a_file_where_a_data_folder_should_be_is_moved_aside(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "notes").write_text("not a folder")
    store = Store(home)
    article, _ = store.add_article(text=TEXT, title="Sardines")
    store.add_note(article.id, "saved", None)
    assert_moved_aside(store, home / "notes", b"not a folder")


def test_a_folder_where_a_text_file_should_be_is_moved_aside_on_reimport(
    tmp_path: Path,
) -> None:
    """doctor says "import the article again"; that must work, keeping the folder."""
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    text_file = home / "texts" / f"{a}.txt"
    text_file.unlink()
    text_file.mkdir()
    store = Store(home)
    assert store.get_article(a) is None
    article, _ = store.add_article(text=TEXT, title="Sardines")
    assert article.text == TEXT and Store(home).get_article(a) is not None
    assert_moved_aside(store, text_file, None)


@pytest.mark.parametrize("target", ["folder", "dangling-link", "link-loop"])
def test_a_lock_file_that_cannot_be_opened_is_moved_aside(tmp_path: Path, target: str) -> None:
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    lock = home / ".lock"
    lock.unlink()
    if target == "folder":
        lock.mkdir()
    else:
        lock.symlink_to(home / "nowhere" / "x" if target == "dangling-link" else lock)
    store = Store(home)
    store.add_note(a, "saved", None)
    assert len(Store(home).notes(a)) == 2
    assert_moved_aside(store, lock, None)


def test_unreadable_notes_shard_is_moved_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated, so it also runs as root (who can read anything)."""
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    bad = shard(home, "notes", a)
    original = bad.read_bytes()
    real_open = os.open

    def deny(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path) == bad:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    store = Store(home)
    assert len(store.notes()) == 1
    monkeypatch.undo()
    assert_moved_aside(store, bad, original)
    assert "no permission to read it" in store.warnings[0]


@pytest.mark.skipif(as_root, reason="root can read files without permission")
def test_unreadable_notes_shard_for_real(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    bad = shard(home, "notes", a)
    original = bad.read_bytes()
    bad.chmod(0)
    store = Store(home)
    assert len(store.notes()) == 1
    backup = assert_moved_aside(store, bad, None)
    backup.chmod(0o600)
    assert backup.read_bytes() == original


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    newer = shard(home, "notes", a)
    data = json.loads(newer.read_bytes())
    data["_meta"] = {"1": {"schema": 99}}
    newer.write_text(json.dumps(data))
    before = newer.read_bytes()

    store = Store(home)
    with pytest.raises(StoreError, match=r"newer newsreader.*upgrade newsreader"):
        store.notes()
    with pytest.raises(StoreError):
        store.add_note(a, "must not overwrite the newer file", None)
    assert newer.read_bytes() == before
    assert list(newer.parent.glob("*.damaged-*")) == []


def test_home_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "home").write_text("oops")
    with pytest.raises(StoreError, match="is a file, not a folder"):
        Store(tmp_path / "home").article_summaries()


def test_home_without_permission_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != home)
    with pytest.raises(StoreError, match="no permission") as caught:
        Store(home).notes()
    assert str(caught.value).count(". ") == 0  # one sentence


def test_a_read_only_home_can_still_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup on read-only media: every note can be read and exported; a write says why it
    cannot happen, and nothing in the folder changes."""
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    (home / ".lock").unlink()
    before = sorted(p.relative_to(home) for p in home.rglob("*"))
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda path, mode: not (Path(path) == home and mode & os.W_OK) and real_access(path, mode),
    )

    store = Store(home)
    assert sorted(n.body for n in store.notes()) == ["note on sardines", "note on the library"]
    assert len(store.article_summaries()) == 2 and store.get_article(a) is not None
    with pytest.raises(StoreError, match="read-only; nothing was changed"):
        store.add_note(a, "cannot be saved here", None)
    with pytest.raises(StoreError, match="read-only"):
        store.doctor()
    assert sorted(p.relative_to(home) for p in home.rglob("*")) == before


@pytest.mark.skipif(as_root, reason="root can write anywhere")
def test_home_without_permission_for_real(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    try:
        with pytest.raises(StoreError):
            Store(home).notes()
    finally:
        home.chmod(0o700)


@pytest.mark.parametrize(
    "damage", [b'{"lang": "en", "backe', b"[" * 100_000], ids=["cut-short", "nested-too-deep"]
)
def test_damaged_cached_analysis_is_deleted_and_recomputed_silently(
    tmp_path: Path, damage: bytes
) -> None:
    home = tmp_path / "home"
    store, a, _ = make_store(home)
    store.save_analysis(a, Analysis(lang="en", backend="builtin"))
    [cache] = (home / "analyses" / a).glob("*.json")
    cache.write_bytes(damage)

    fresh = Store(home)
    assert fresh.load_analysis(a, analyzer_version=ANALYZER_VERSION, pubdate=None) is None
    assert not cache.exists() and fresh.warnings == []
    fresh.save_analysis(a, Analysis(lang="en", backend="builtin"))
    assert fresh.load_analysis(a, analyzer_version=ANALYZER_VERSION, pubdate=None) is not None


@pytest.mark.parametrize("where", ["cache-file", "article-folder"])
def test_a_cache_entry_of_the_wrong_kind_is_replaced_silently(tmp_path: Path, where: str) -> None:
    """A folder where a cached analysis should be, or a file where an article's cache folder
    should be: caches are re-computable, so they never stop an article from opening."""
    home = tmp_path / "home"
    store, a, _ = make_store(home)
    store.save_analysis(a, Analysis(lang="en", backend="builtin"))
    [cache] = (home / "analyses" / a).glob("*.json")
    wrong = cache if where == "cache-file" else cache.parent
    shutil.rmtree(wrong) if wrong.is_dir() else wrong.unlink()
    wrong.mkdir() if where == "cache-file" else wrong.write_text("junk")

    fresh = Store(home)
    assert fresh.load_analysis(a, analyzer_version=ANALYZER_VERSION, pubdate=None) is None
    assert fresh.doctor()[0].startswith(("Store OK", "Store checked"))
    fresh.save_analysis(a, Analysis(lang="en", backend="builtin"))
    assert fresh.load_analysis(a, analyzer_version=ANALYZER_VERSION, pubdate=None) is not None
    assert fresh.warnings == []


def test_temporary_files_left_by_a_crash_are_removed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    leftover = home / "notes" / f".{a[:2]}.json.4242.deadbeef.tmp"
    leftover.write_bytes(b'{"half": ')
    store = Store(home)
    assert len(store.notes()) == 2
    assert not leftover.exists() and store.warnings == []


def test_version_0_files_are_migrated_and_the_originals_kept(tmp_path: Path) -> None:
    """Hand-written files in the prototype layout (no schema marker, flat anchors)."""
    home = tmp_path / "home"
    article_id = text_id(TEXT)
    for folder in ("library", "notes", "texts"):
        (home / folder).mkdir(parents=True)
    (home / "texts" / f"{article_id}.txt").write_text(TEXT, encoding="utf-8")
    library_v0 = {
        "articles": {
            "1": {
                "id": article_id,
                "title": "Sardines",
                "source": "/old/sardines.txt",
                "language": "en",
                "date": "2026-11-20",
                "added": "2026-11-21T08:00:00+00:00",
            }
        }
    }
    notes_v0 = {
        "notes": {
            "1": {
                "article_id": article_id,
                "body": "check the catch figure",
                "anchor_start": 0,
                "anchor_end": 9,
                "anchor_text": "Fishermen",
                "created_at": "2026-11-21T09:00:00+00:00",
            },
            "2": {
                "article_id": article_id,
                "body": "overall: good",
                "created_at": "2026-11-21T10:00:00+00:00",
            },
        }
    }
    library_file = home / "library" / f"{article_id[:2]}.json"
    notes_file = home / "notes" / f"{article_id[:2]}.json"
    library_file.write_text(json.dumps(library_v0))
    notes_file.write_text(json.dumps(notes_v0))

    store = Store(home)
    article = store.get_article(article_id)
    assert article is not None
    assert (article.title, article.lang, article.pubdate, article.source) == (
        "Sardines",
        "en",
        "2026-11-20",
        "/old/sardines.txt",
    )
    notes = store.notes(article_id)
    assert [(n.body, n.anchor) for n in notes] == [
        ("overall: good", None),
        ("check the catch figure", Anchor(0, 9, "Fishermen", "span")),
    ]
    assert all(n.id.startswith(article_id[:2]) for n in notes)
    assert json.loads(notes_file.read_bytes())["_meta"] == {"1": {"schema": 1}}
    [kept] = notes_file.parent.glob(notes_file.name + ".schema0-*")
    assert json.loads(kept.read_bytes()) == notes_v0
    assert store.warnings == []
    # Migrated notes behave like any other.
    store.update_note(notes[0].id, "overall: very good")
    assert Store(home).notes(article_id)[0].body == "overall: very good"


def test_doctor_reports_what_it_finds(tmp_path: Path) -> None:
    home = tmp_path / "home"
    store, a, b = make_store(home)
    # An anchor edited by hand so it no longer matches, a lost text, an orphaned cache folder.
    notes_file = shard(home, "notes", a)
    data = json.loads(notes_file.read_bytes())
    for doc in data["notes"].values():
        doc["anchor"]["text"] = "Farmers"
    notes_file.write_text(json.dumps(data))
    (home / "texts" / f"{b}.txt").unlink()
    (home / "analyses" / "ffffffffffffffff").mkdir(parents=True)
    (home / "analyses" / "ffffffffffffffff" / "builtin-1.0.0-nodate.json").write_text("{}")
    store.remove_article(a)

    report = Store(home).doctor()
    assert report[0].startswith("Store checked: 1 article, 2 notes")
    text = "\n".join(report)
    assert "1 note(s) belong to 1 removed article(s)" in text
    assert f"Article {b} (Library) has lost its text file" in text
    assert "Removed cached analyses of 1 article(s)" in text
    assert not (home / "analyses" / "ffffffffffffffff").exists()
    Store(home).add_article(text=TEXT, title="Sardines")
    assert f"Note {next(iter(data['notes']))} on article {a}: its anchor 'Farmers'" in "\n".join(
        Store(home).doctor()
    )


def test_an_unreadable_notes_folder_is_an_error_not_an_empty_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    make_store(home)
    real_listdir = os.listdir

    def deny(path):  # type: ignore[no-untyped-def]
        if Path(path) == home / "notes":
            raise PermissionError(13, "Permission denied", str(path))
        return real_listdir(path)

    monkeypatch.setattr(os, "listdir", deny)
    with pytest.raises(StoreError, match="cannot read"):
        Store(home).notes()


def test_a_bad_file_that_cannot_be_moved_aside_stops_with_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.store.storage as storage

    home = tmp_path / "home"
    _, a, _ = make_store(home)
    bad = shard(home, "notes", a)
    bad.write_bytes(b"{broken")

    def refuse(path: Path, label: str = "damaged") -> Path:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(storage, "move_aside", refuse)
    with pytest.raises(StoreError, match="could not be moved aside"):
        Store(home).notes()
    assert bad.read_bytes() == b"{broken"


def test_an_unreadable_publication_date_is_read_as_none_and_kept(tmp_path: Path) -> None:
    """Analysis resolves "yesterday" against the date, so it must never get one it cannot
    read; the file itself is left as it is."""
    home = tmp_path / "home"
    _, a, _ = make_store(home)
    library_file = shard(home, "library", a)
    data = json.loads(library_file.read_bytes())
    data["articles"][a]["pubdate"] = "last Tuesday"
    library_file.write_text(json.dumps(data))

    store = Store(home)
    article = store.get_article(a)
    assert article is not None and article.pubdate is None
    assert [s.pubdate for s in store.article_summaries()] == [None, None]
    assert json.loads(library_file.read_bytes())["articles"][a]["pubdate"] == "last Tuesday"
    assert store.warnings == []
