"""The library service: seeds on first run, imports, cached analyses and notes export."""

from __future__ import annotations

import errno
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from reader.errors import UserError
from reader.library import Library
from reader.store import StoreError
from reader.store.records import Anchor
from tests.conftest import SEED


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library(tmp_path / "home")


def test_first_run_imports_the_bundled_articles_with_their_metadata(library: Library) -> None:
    library.ensure_seeds()
    seeds = list(SEED.parent.glob("*.txt"))
    assert len(library.articles()) == len(seeds)
    seed = library.find(str(SEED))
    assert library.most_recent() == seed  # a first start opens the user's own article
    assert seed.pubdate == "2025-03-19" and seed.lang == "id"
    library.ensure_seeds()  # a second start adds nothing
    assert len(library.articles()) == len(seeds)


def test_a_bundled_sample_opened_by_path_keeps_its_catalogued_title(library: Library) -> None:
    sample = sorted(SEED.parent.glob("*.txt"))[1]
    meta = json.loads((SEED.parent / "catalog.json").read_text(encoding="utf-8"))[sample.name]
    article = library.find(str(sample))  # e.g. `newsreader notes add seeds/… "…"` before a launch
    assert (article.title, article.pubdate, article.lang) == (
        meta["title"],
        meta["pubdate"],
        meta["lang"],
    )


def test_reimporting_the_same_text_finds_the_same_article(library: Library, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(SEED.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    first = library.import_path(SEED)
    again = library.import_path(copy)
    assert first.id == again.id
    assert len(library.articles()) == 1


def test_find_by_id_prefix_and_title(library: Library) -> None:
    article = library.import_text(
        "Banjir merendam Kota Contoh pada hari Senin.", title="Banjir Kota"
    )
    assert library.find(article.id[:6]).id == article.id
    assert library.find("banjir kota").id == article.id
    with pytest.raises(UserError):
        library.find("gempa")


def test_quick_analysis_is_cached_and_respects_the_date(library: Library) -> None:
    article = library.import_text("Menteri itu tiba di Jakarta kemarin.", pubdate="2025-03-19")
    first = library.quick_analysis(article)
    assert first.backend == "builtin"
    assert library.quick_analysis(article) == first
    kemarin = [t for t in first.times if t.text == "kemarin"]
    assert kemarin and kemarin[0].value == "2025-03-18"
    moved = library.set_pubdate(article.id, "2025-01-02")
    redone = library.quick_analysis(moved)
    assert [t.value for t in redone.times if t.text == "kemarin"] == ["2025-01-01"]


def test_no_stanza_models_means_no_better_analysis(library: Library) -> None:
    article = library.import_text("Presiden tiba di Jakarta.")
    assert not library.needs_better_analysis(article, library.quick_analysis(article))


def test_notes_survive_removal_and_reimport(library: Library) -> None:
    article = library.import_path(SEED)
    text = article.text
    start = text.index("Marco Rubio")
    library.add_note(
        article.id, "Secretary of State", Anchor(start, start + 11, "Marco Rubio", "entity")
    )
    assert library.remove(article.id) == 1
    assert library.import_path(SEED).id == article.id
    assert [n.body for n in library.notes(article.id)] == ["Secretary of State"]


def test_empty_notes_are_refused(library: Library) -> None:
    article = library.import_text("Sebuah artikel singkat.")
    with pytest.raises(UserError):
        library.add_note(article.id, "   ", None)


def test_export_markdown_and_json(library: Library) -> None:
    article = library.import_path(SEED)
    library.add_note(article.id, "Whole-article thought", None)
    library.add_note(article.id, "Check this figure", Anchor(10, 20, article.text[10:20], "span"))
    markdown = library.export_notes(article.id, "md")
    assert markdown.startswith(f"# {article.title}")
    assert "## On the whole article" in markdown and "Check this figure" in markdown
    rows = json.loads(library.export_notes(None, "json"))
    assert {r["body"] for r in rows} == {"Whole-article thought", "Check this figure"}
    assert all(r["article_title"] == article.title for r in rows)


@pytest.mark.parametrize("damage", ["lost", "binary"])
def test_an_article_whose_text_file_is_lost_is_named_as_such(library: Library, damage: str) -> None:
    """Its record and notes are still there: the user is told to re-import, not that the
    article does not exist, and the export keeps its title."""
    article = library.import_text("Sebuah artikel singkat tentang banjir.", title="Banjir")
    library.add_note(article.id, "still mine", None)
    text_file = library.home / "texts" / f"{article.id}.txt"
    if damage == "lost":
        text_file.unlink()
    else:
        text_file.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(UserError, match=r"text of “Banjir”.*missing or damaged.*import"):
        library.find("Banjir")
    assert library.export_notes(None, "md").startswith("# Banjir")
    library.import_text("Sebuah artikel singkat tentang banjir.")
    assert library.find("Banjir").id == article.id


def test_a_note_with_bytes_that_were_not_utf8_is_refused_with_a_sentence(
    library: Library,
) -> None:
    """A terminal in another encoding hands Python lone surrogates, which cannot be saved:
    refused before anything is written, and the notes already there are untouched."""
    article = library.import_text("Sebuah artikel singkat.")
    kept = library.add_note(article.id, "kept", None)
    with pytest.raises(UserError, match="not valid Unicode"):
        library.add_note(article.id, "caf\udce9", None)
    with pytest.raises(UserError, match="not valid Unicode"):
        library.update_note(kept.id, "caf\udce9")
    assert [n.body for n in Library(library.home).notes(article.id)] == ["kept"]


@pytest.mark.skipif(os.name != "posix", reason="file names as raw bytes are POSIX")
def test_a_file_whose_name_is_not_utf8_is_imported(library: Library, tmp_path: Path) -> None:
    path = tmp_path / os.fsdecode(b"caf\xe9.txt")
    path.write_text("Sebuah artikel tentang kopi.", encoding="utf-8")
    article = library.import_path(path)
    assert article.source is not None and article.source.endswith("caf\ufffd.txt")
    library.add_note(article.id, "works", None)
    assert [n.body for n in Library(library.home).notes(article.id)] == ["works"]


def test_an_analysis_that_cannot_be_cached_is_still_shown(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk or a read-only folder must not stop the user from reading: the analysis is
    re-computable, so it is handed out uncached and the user is told once."""
    article = library.import_text("Presiden bertemu Menteri di Jakarta pada hari Selasa.")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise StoreError("newsreader could not save to the folder (No space left on device).")

    monkeypatch.setattr(library.store, "save_analysis", disk_full)
    monkeypatch.setattr(library.store, "update_article", disk_full)
    assert library.quick_analysis(article).backend == "builtin"
    assert library.warnings == [
        "The analysis was not cached: newsreader could not save to the folder "
        "(No space left on device)."
    ]


def test_notes_file_is_named_after_the_article_and_never_overwrites(
    library: Library, tmp_path: Path
) -> None:
    article = library.import_text("Rain fell on Lindmoor.", title="Rain: Lindmoor [update]")
    out = tmp_path / "out"
    out.mkdir()
    assert library.export_notes_file(article.id, out) is None  # no notes, no file
    assert list(out.iterdir()) == []
    library.add_note(article.id, "Check the gauge.", None)
    first = library.export_notes_file(article.id, out)
    second = library.export_notes_file(article.id, out)
    assert first is not None and second is not None
    assert first.path.name == f"newsreader-notes-rain-lindmoor-update-{date.today()}.md"
    assert second.path == first.path.with_name(first.path.stem + "-2.md")
    assert first.notes == 1
    assert "Check the gauge." in first.path.read_text(encoding="utf-8")
    long = library.import_text("Wind.", title="Trump dan Zelensky bertelepon satu jam, Putin")
    library.add_note(long.id, "Whole words only.", None)
    cut = library.export_notes_file(long.id, out)
    assert cut is not None
    assert cut.path.name.startswith("newsreader-notes-trump-dan-zelensky-bertelepon-satu-jam-2")
    everything = library.export_notes_file(None, out)
    assert everything is not None and everything.path.name == f"newsreader-notes-{date.today()}.md"


def test_a_notes_file_that_cannot_be_written_is_one_sentence_and_no_half_file(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = library.import_text("Rain fell on Lindmoor.", title="Rain")
    library.add_note(article.id, "Check the gauge.", None)
    with pytest.raises(UserError, match=r"could not be written to .*missing"):
        library.export_notes_file(article.id, tmp_path / "missing")

    class FullDisk(io.BytesIO):
        def write(self, data: object) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: (os.close(fd), FullDisk())[1])
    with pytest.raises(UserError, match="No space left on device"):
        library.export_notes_file(article.id, tmp_path)
    assert not list(tmp_path.glob("newsreader-notes-*"))
