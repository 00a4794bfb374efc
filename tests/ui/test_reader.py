"""The reader screen driven through the real app with Pilot: every flow of issue 4."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.color import Color
from textual.content import Content
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList

import reader.store.storage
import reader.store.store
from reader.analysis.model import Analysis, Entity, NumberSpan, TimeSpan
from reader.app import NewsReaderApp
from reader.keys import load_keymap
from reader.library import Library
from reader.screens.dialogs import NoteDialog
from reader.screens.library import ArticleTable
from reader.screens.reader import ReaderScreen
from reader.store.records import Anchor
from reader.widgets.actors_panel import ActorsPanel
from reader.widgets.article_header import ArticleHeader
from reader.widgets.article_view import ArticleView
from reader.widgets.legend import Legend
from reader.widgets.notes_panel import NotesPanel
from reader.widgets.side_panel import SidePanel, TabStrip
from reader.widgets.status_line import StatusLine
from tests.ui.conftest import REPO, SEED, FixedLibrary, disk_full, hand_analysis

pytestmark = pytest.mark.anyio

SIZE = (120, 40)


async def status_text(pilot: Pilot[None]) -> str:
    """The status line once pending messages (cursor moves) are handled."""
    await pilot.pause()
    return str(pilot.app.screen.query_one(StatusLine).render())


def view_of(app: NewsReaderApp) -> ArticleView:
    return app.screen.query_one(ArticleView)


def shown_tab(app: NewsReaderApp) -> str:
    """The side panel's active tab, checking that its list is the only one displayed."""
    side = app.screen.query_one(SidePanel)
    lists = side.query(OptionList)
    assert [widget.id for widget in lists if widget.display] == [side.active]
    return side.active


async def test_first_paint_shows_article_header_and_hint(library: Library) -> None:
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        header = str(app.screen.query_one(ArticleHeader).render())
        assert "analysis: builtin" in header
        assert "n/p" in await status_text(pilot)
        assert app.screen.query_one(ArticleView).has_focus


async def test_n_and_p_move_between_items_and_describe_them(fixed_library: FixedLibrary) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        await pilot.press("n")
        assert view.cursor_item is not None and view.cursor_item.ref.text == "Donald Trump"
        status = await status_text(pilot)
        assert "PERSON" in status and "Donald Trump" in status and "“Trump”" in status
        await pilot.press("n")
        second = view.cursor_item
        assert second is not None and second.start > view.items[0].start
        assert await status_text(pilot) != status
        await pilot.press("p")
        assert view.cursor_item == view.items[0]
        await pilot.press("tab", "tab")
        assert view.cursor_item == view.items[2]
        await pilot.press("shift+tab")
        assert view.cursor_item == view.items[1]


async def test_stepping_past_either_end_says_so_in_words(fixed_library: FixedLibrary) -> None:
    """p on the first highlight must say that nothing comes before it, in words that make
    sense without knowing what "one" refers to."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "p")
        assert "No highlights before this point" in await status_text(pilot)
        await pilot.press(*["n"] * len(view_of(app).items))  # from the first to past the last
        assert "No more highlights after this point" in await status_text(pilot)


async def test_first_n_reaches_an_item_at_the_very_start(tmp_path: Path) -> None:
    text = "Jakarta flooded again on Monday."
    lib = FixedLibrary(
        tmp_path, Analysis(lang="en", backend="builtin", entities=[Entity(0, 7, "Jakarta", "LOC")])
    )
    lib.import_text(text, title="Floods")
    app = NewsReaderApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert view_of(app).cursor == (0, 7)
        await pilot.press("escape", "p")
        assert view_of(app).cursor is None  # nothing above the top of the view


async def test_status_line_explains_numbers_times_and_quotes(
    fixed_library: FixedLibrary,
) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        for kind, expected in [
            ("number", ["NUMBER", "175", "tawanan perang"]),
            ("time", ["TIME", "Tue 18 Mar 2025", "relative to publication date 2025-03-19"]),
            ("quote", ["QUOTE", "speaker: Donald Trump", "cue “menggambarkannya”"]),
        ]:
            item = next(i for i in view.items if i.kind == kind)
            view.place_cursor(item.start, item.end)
            await pilot.pause()
            status = await status_text(pilot)
            assert all(part in status for part in expected), status


async def test_status_line_shows_periods_of_reduced_precision_in_words(
    tmp_path: Path,
) -> None:
    """Years, months, quarters, halves, seasons, fiscal years, decades, centuries, weeks and
    weekends have TimeML values of reduced precision ("2025-03", "2025-SU", "19",
    "2025-W12"), which the status line says in words."""
    text = (
        "Sales fell in March 2025, in 2024, in the third quarter, in the first half, "
        "last summer, in fiscal 2026, in the 1990s, in the 20th century, last week and "
        "last weekend."
    )
    values = {"March 2025": "2025-03", "2024": "2024", "the third quarter": "2024-Q3",
              "the first half": "2025-H1", "last summer": "2025-SU", "fiscal 2026": "FY2026",
              "the 1990s": "199", "the 20th century": "19", "last week": "2025-W11",
              "last weekend": "2025-W11-WE"}  # fmt: skip
    times = [
        TimeSpan(text.find(phrase), text.find(phrase) + len(phrase), phrase, value=value)
        for phrase, value in values.items()
    ]
    lib = FixedLibrary(tmp_path, Analysis(lang="en", backend="builtin", times=times))
    lib.import_text(text, title="Sales")
    app = NewsReaderApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        shown_as = ["March 2025", "2024", "Q3 2024", "first half of 2025", "summer 2025",
                    "fiscal year 2026", "the 1990s", "the 20th century",
                    "the week of Mon 10 Mar 2025", "the weekend of Sat 15 Mar 2025"]  # fmt: skip
        for time, shown in zip(times, shown_as, strict=True):
            view.place_cursor(time.start, time.end)
            assert f"“{time.text}” = {shown}" in await status_text(pilot)


async def test_navigation_is_disabled_without_items(library: Library) -> None:
    empty = FixedLibrary(library.home, Analysis(lang="id", backend="builtin"))
    app = NewsReaderApp(empty)
    async with app.run_test(size=SIZE) as pilot:
        assert app.screen.check_action("next", ()) is None
        await pilot.press("n")
        assert view_of(app).cursor is None


async def test_choosing_an_actor_marks_its_mentions_and_brackets_step(
    fixed_library: FixedLibrary,
) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("A")
        panel = app.screen.query_one(ActorsPanel)
        assert panel.has_focus
        # Most mentioned first: Trump.
        assert panel.get_option_at_index(0).id == "a1"
        await pilot.press("enter")
        view = view_of(app)
        trump = fixed_library.quick.actor("a1")
        assert trump is not None
        mentions = sorted((m.start, m.end) for m in trump.mentions)
        assert view.marks == mentions
        assert view.cursor == mentions[0] and view.has_focus
        await pilot.press("right_square_bracket")
        assert view.cursor == mentions[1]
        await pilot.press("left_square_bracket")
        assert view.cursor == mentions[0]
        # The marked mentions are painted with the mark style.
        line = view._lines_of(*mentions[1])[0]
        assert any(d[3] == "hl--mark" for d in view._overlay[line])
        await pilot.press("escape")
        assert view.marks == []


async def test_timeline_lists_events_in_order_and_jumps(fixed_library: FixedLibrary) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        assert shown_tab(app) == "timeline"
        timeline = app.screen.query_one("#timeline", OptionList)
        assert timeline.has_focus
        assert timeline.get_option_at_index(0).id == "e1"  # order 0 first
        dated, undated = (timeline.get_option_at_index(i).prompt for i in (0, 1))
        assert isinstance(dated, Content) and isinstance(undated, Content)
        assert dated.plain.startswith("2025-03-19 · Rabu")
        assert undated.plain.startswith("no date · story order")
        await pilot.press("down", "enter")
        event = next(e for e in fixed_library.quick.events if e.id == "e2")
        assert event.trigger is not None
        view = view_of(app)
        # The cursor sits on the predicate; the whole clause is marked around it.
        assert view.cursor == (event.trigger.start, event.trigger.end)
        assert view.marks == [(event.start, event.end)]
        assert "EVENT" in await status_text(pilot) and "175 prisoners" in await status_text(pilot)
        await pilot.press("escape")
        assert view.marks == []


async def test_timeline_event_without_predicate_puts_the_cursor_on_its_clause(
    fixed_library: FixedLibrary,
) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t", "enter")  # e1 has no predicate span
        event = next(e for e in fixed_library.quick.events if e.id == "e1")
        assert event.trigger is None
        assert view_of(app).cursor == (event.start, event.end)
        assert view_of(app).marks == []


async def test_a_note_after_a_timeline_jump_is_anchored_to_the_event_clause(
    fixed_library: FixedLibrary,
) -> None:
    """After Enter on an event the cursor sits on its predicate, one word; a note made there
    belongs to the event, so it is anchored to the marked clause."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t", "down", "enter", "a")
        dialog = app.screen
        assert "Note on this event" in str(dialog.query_one(Label).render())
        await pilot.press(*"the exchange", "enter")
        event = next(e for e in fixed_library.quick.events if e.id == "e2")
        (note,) = fixed_library.notes(app.screen.article.id)
        assert note.anchor is not None
        assert (note.anchor.start, note.anchor.end) == (event.start, event.end)


async def test_add_edit_delete_note(fixed_library: FixedLibrary) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        article = app.screen.article
        await pilot.press("n", "a")
        await pilot.press(*"first thought", "enter")
        notes = fixed_library.notes(article.id)
        assert [n.body for n in notes] == ["first thought"]
        assert notes[0].anchor is not None
        assert (notes[0].anchor.text, notes[0].anchor.kind) == ("Donald Trump", "entity")
        panel = app.screen.query_one(NotesPanel)
        assert panel.notes == notes
        # Edit from the notes list.
        await pilot.press("m")
        assert panel.has_focus
        await pilot.press("e")
        await pilot.press("end", *" revised", "enter")
        assert [n.body for n in fixed_library.notes(article.id)] == ["first thought revised"]
        # Delete asks first: "n" keeps it, "y" deletes it.
        await pilot.press("d", "n")
        assert len(fixed_library.notes(article.id)) == 1
        await pilot.press("d", "y")
        assert fixed_library.notes(article.id) == []


async def test_note_without_cursor_goes_to_the_top_sentence_and_w_to_the_article(
    fixed_library: FixedLibrary,
) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        article_id = app.screen.article.id
        await pilot.press("a", *"sentence note", "enter")
        await pilot.press("w", *"article note", "enter")
        kinds = {n.body: n.anchor.kind for n in fixed_library.notes(article_id) if n.anchor}
        assert kinds == {"sentence note": "sentence", "article note": "article"}


async def test_editing_an_article_note_does_not_quote_whole_article(
    fixed_library: FixedLibrary,
) -> None:
    """A note on the whole article has no passage: the edit dialog says so in its heading
    instead of showing “whole article” as if the article said it."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w", *"article note", "enter", "m", "e")
        dialog = app.screen
        assert isinstance(dialog, NoteDialog)
        shown = " ".join(str(label.render()) for label in dialog.query(Label))
        shown += " ".join(str(static.render()) for static in dialog.query(".dialog--detail"))
        assert "Edit the note on the whole article" in shown
        assert "“whole article”" not in shown
        await pilot.press("end", *" (edited)", "enter")
        [note] = fixed_library.notes(app.screen.article.id)
        assert note.body == "article note (edited)"


async def test_a_in_the_actors_list_notes_the_actor_highlighted_there(
    fixed_library: FixedLibrary,
) -> None:
    """Moving through the actors list and pressing a notes that actor (at its first
    mention), not whatever the text cursor was on, nor the sentence at the top."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        article_id = app.screen.article.id
        panel = app.screen.query_one(ActorsPanel)
        await pilot.press("n", "A", "down")  # the cursor is on Donald Trump; pick another
        assert panel.has_focus and panel.highlighted_option is not None
        actor = app.screen.analysis.actor(panel.highlighted_option.id)
        assert actor is not None and actor.name != "Donald Trump"
        first = min(actor.mentions, key=lambda m: m.start)
        await pilot.press("a")
        dialog = app.screen
        assert isinstance(dialog, NoteDialog)
        heading = str(dialog.query_one(".dialog--title", Label).render())
        assert first.text in heading
        await pilot.press(*"who is this", "enter")
        [note] = fixed_library.notes(article_id)
        assert note.anchor is not None
        assert (note.anchor.start, note.anchor.end, note.anchor.kind) == (
            first.start,
            first.end,
            "entity",
        )
        assert panel.has_focus  # back in the list, where the user was


async def test_a_in_the_timeline_notes_the_event_highlighted_there(
    fixed_library: FixedLibrary,
) -> None:
    """In the focused timeline, a notes the highlighted event (its clause), as it would after
    Enter jumped to it, not the item the text cursor was left on."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        article_id = app.screen.article.id
        await pilot.press("n", "t", "down")
        panel = app.screen.query_one("#timeline", OptionList)
        assert panel.has_focus and panel.highlighted_option is not None
        event = next(e for e in app.screen.analysis.events if e.id == panel.highlighted_option.id)
        await pilot.press("a")
        dialog = app.screen
        assert isinstance(dialog, NoteDialog)
        assert "Note on this event" in str(dialog.query_one(".dialog--title", Label).render())
        await pilot.press(*"check the date", "enter")
        [note] = fixed_library.notes(article_id)
        assert note.anchor is not None
        assert (note.anchor.start, note.anchor.end) == (event.start, event.end)
        assert panel.has_focus


async def test_notes_survive_a_restart(library: Library, tmp_path: Path) -> None:
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", *"keep me", "enter")
    again = NewsReaderApp(Library(tmp_path))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        panel = again.screen.query_one(NotesPanel)
        assert [n.body for n in panel.notes] == ["keep me"]
        # Enter on the note jumps to its anchor.
        await pilot.press("enter")
        anchor = panel.notes[0].anchor
        assert anchor is not None
        assert view_of(again).cursor == (anchor.start, anchor.end)


async def test_toggling_a_kind_hides_and_skips_it(fixed_library: FixedLibrary) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        await pilot.press("1")
        assert "per" in view.hidden_kinds
        assert all(item.kind != "per" for item in view.items)
        await pilot.press("n")
        assert view.cursor_item is not None and view.cursor_item.kind != "per"
        await pilot.press("1")
        assert any(item.kind == "per" for item in view.items)


async def test_search_steps_through_hits_and_escape_ends_it(
    fixed_library: FixedLibrary,
) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        text = view.text
        await pilot.press("slash", *"putin")
        expected = [(i, i + 5) for i in range(len(text)) if text[i : i + 5].lower() == "putin"]
        assert len(expected) > 2
        assert view.search_hits == expected
        assert view.cursor == expected[0]
        await pilot.press("enter")  # keep the search, back to the text
        assert view.has_focus
        await pilot.press("n")
        assert view.cursor == expected[1]
        assert f"match 2 of {len(expected)}" in await status_text(pilot)
        await pilot.press("N")
        assert view.cursor == expected[0]
        await pilot.press("escape")
        assert view.search_hits == []
        assert not app.screen.query_one("#search", Input).display


async def test_ending_a_search_leaves_no_search_message(fixed_library: FixedLibrary) -> None:
    """Clearing the search line must not bring back "SEARCH" in the status line after the
    search has ended."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"putin", "enter", "escape")
        status = await status_text(pilot)
        assert "SEARCH" not in status
        assert "n/p" in status


async def test_a_query_that_stops_matching_leaves_no_cursor_mid_word(
    fixed_library: FixedLibrary,
) -> None:
    """Typing on past the last match ("zel", then "zel?") must not leave the cursor lit on the
    letters the earlier query found, nor let that earlier move hide "no match", however fast
    the keys come."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        await pilot.press("slash", *"zel")
        assert view.search_hits and view.cursor in view.search_hits
        assert view.cursor_item is None  # three letters of "Zelensky"
        await pilot.press("question_mark")
        status = await status_text(pilot)
        assert view.search_hits == [] and view.cursor is None
        assert "no match for “zel?”" in status
        await pilot.press("escape")
        assert view.cursor is None
        assert "n/p" in await status_text(pilot)


async def test_a_cursor_on_a_highlight_stays_when_the_query_stops_matching(
    fixed_library: FixedLibrary,
) -> None:
    """A hit that is a whole highlight is a place worth keeping: the cursor stays there."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        await pilot.press("slash", *"donald trump")
        assert view.cursor_item is not None and view.cursor_item.ref.text == "Donald Trump"
        await pilot.press("x")
        assert "no match for “donald trumpx”" in await status_text(pilot)
        assert view.cursor_item is not None and view.cursor_item.ref.text == "Donald Trump"


async def test_a_search_hit_on_a_highlight_still_says_which_match_it_is(
    fixed_library: FixedLibrary,
) -> None:
    """While searching, n/N step through the hits: the status line must keep counting them
    when a hit is also a highlighted name."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        await pilot.press("slash", *"donald trump", "enter")
        assert view.cursor_item is not None and view.cursor_item.kind == "per"
        status = await status_text(pilot)
        assert f"match 1 of {len(view.search_hits)}" in status
        assert "Donald Trump" in status


async def test_narrow_terminal_hides_panel_and_still_navigates(
    fixed_library: FixedLibrary,
) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        side = app.screen.query_one("#side")
        assert side.display
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not side.display
        await pilot.press("n", "n")
        assert view_of(app).cursor_item == view_of(app).items[1]
        await pilot.press("s")
        assert side.display
        await pilot.press("A", "enter")  # jumping closes the overlay
        assert not side.display
        assert view_of(app).has_focus


async def test_better_analysis_swaps_in_without_moving_the_cursor(tmp_path: Path) -> None:
    lib = FixedLibrary(tmp_path, Analysis(lang="id", backend="builtin"))
    article = lib.import_path(SEED)
    full = hand_analysis(article.text)
    quick = Analysis(
        lang="id",
        backend="builtin",
        entities=[e for e in full.entities if e.text == "Truth Social"],
    )
    lib.quick, lib.full = quick, full
    full.backend, full.pubdate = "stanza", article.pubdate
    app = NewsReaderApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = view_of(app)
        assert view.analysis is full
        header = str(app.screen.query_one(ArticleHeader).render())
        assert "analysis: stanza" in header


async def test_cursor_and_scroll_stay_when_the_analysis_is_swapped(
    fixed_library: FixedLibrary,
) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=(60, 16)) as pilot:
        view = view_of(app)
        truth = next(i for i in view.items if i.ref.text == "Truth Social")
        view.place_cursor(truth.start, truth.end)
        await pilot.press("j")
        scroll = view.scroll_y
        richer = hand_analysis(view.text)
        richer.entities.append(Entity(0, 8, "Presiden", "MISC"))
        view.set_analysis(richer)
        await pilot.pause()
        assert view.cursor == (truth.start, truth.end)
        assert view.cursor_item is not None and view.cursor_item.ref.text == "Truth Social"
        assert view.scroll_y == scroll
        # A span that grew in the new analysis keeps the cursor on the grown item.
        grown = hand_analysis(view.text)
        grown.entities = [
            Entity(e.start, e.end + 1, view.text[e.start : e.end + 1], e.label)
            if e.text == "Truth Social"
            else e
            for e in grown.entities
        ]
        view.set_analysis(grown)
        await pilot.pause()
        assert view.cursor == (truth.start, truth.end + 1)
        assert view.scroll_y == scroll


async def test_clicking_a_highlight_selects_it(fixed_library: FixedLibrary) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        target = next(i for i in view.items if i.ref.text == "Truth Social")
        line = view._lines_of(target.start, target.end)[0]
        column = len(view.text[view._lines[line][0] : target.start]) + view._indent + 2
        await pilot.click(ArticleView, offset=(column, line))
        assert view.cursor == (target.start, target.end)
        assert "ORGANISATION" in await status_text(pilot)


async def test_clicking_an_actor_row_jumps_like_enter(fixed_library: FixedLibrary) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click(ActorsPanel, offset=(3, 0))  # the first row: Trump
        await pilot.pause()
        trump = fixed_library.quick.actor("a1")
        assert trump is not None
        assert view_of(app).cursor == (trump.mentions[0].start, trump.mentions[0].end)
        assert view_of(app).marks == sorted((m.start, m.end) for m in trump.mentions)


async def test_clicking_a_tab_name_shows_and_focuses_its_list(
    fixed_library: FixedLibrary,
) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        assert shown_tab(app) == "actors"
        strip = app.screen.query_one(TabStrip)
        line = strip.render_line(0).text
        await pilot.click(TabStrip, offset=(line.index("Notes"), 0))
        assert shown_tab(app) == "notes"
        assert app.screen.query_one(NotesPanel).has_focus
        await pilot.click(TabStrip, offset=(line.index("Timeline") + 3, 0))
        assert shown_tab(app) == "timeline"
        # The active name is marked by more than colour: bold and underlined.
        marked = [seg for seg in strip.render_line(0) if seg.style and seg.style.bold]
        assert [seg.text.strip() for seg in marked] == ["Timeline"]
        assert all(seg.style and seg.style.underline for seg in marked)
        await pilot.press("A")
        assert shown_tab(app) == "actors"
        assert app.screen.query_one(ActorsPanel).has_focus


async def test_a_quote_points_at_its_cue(fixed_library: FixedLibrary) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        quote = next(i for i in view.items if i.kind == "quote")
        view.place_cursor(quote.start, quote.end)
        await pilot.pause()
        cue = fixed_library.quick.quotes[0].cue
        assert cue is not None
        line = view._lines_of(cue.start, cue.end)[0]
        assert (cue.start, cue.end, "hl--evidence") in [d[1:] for d in view._overlay[line]]
        await pilot.press("n")
        assert all(d[3] != "hl--evidence" for d in view._overlay.get(line, []))


async def test_y_copies_the_quote_under_the_cursor(fixed_library: FixedLibrary) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        quote = next(i for i in view.items if i.kind == "quote")
        view.place_cursor(quote.start, quote.end)
        await pilot.press("y")
        assert app.clipboard == "“sangat baik”"


async def test_setting_the_date_updates_the_article(library: Library) -> None:
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("D")
        date_input = app.screen.query_one("#date-value", Input)
        date_input.value = ""
        await pilot.press(*"2025-03-20", "enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.article.pubdate == "2025-03-20"
        assert library.get(reader.article.id).pubdate == "2025-03-20"
        assert "2025-03-20" in str(reader.query_one(ArticleHeader).render())


async def test_brackets_show_literally_and_control_codes_never_reach_the_terminal(
    tmp_path: Path,
) -> None:
    lib = Library(tmp_path)
    lib.import_text("A [bold]test[/bold] with [red] brackets.", title="Brackets")
    app = NewsReaderApp(lib)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        painted = view_of(app).render_line(0).text
        assert "[bold]test[/bold] with [red] brackets." in painted
    view = ArticleView("Escape \x1b[31mred\x07 here")
    assert "\x1b" not in view._shown and "\x07" not in view._shown
    assert len(view._shown) == len(view.text)


async def test_command_palette_offers_the_reader_actions(fixed_library: FixedLibrary) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE):
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Search", "Note on article", "Timeline", "Set date", "Library"} <= titles


async def test_escape_walks_back_out_step_by_step(fixed_library: FixedLibrary) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        await pilot.press("n", "right_square_bracket")  # cursor on Trump, his mentions marked
        assert view.cursor is not None and view.marks
        await pilot.press("slash", *"rusia")
        assert view.search_hits
        await pilot.press("escape")
        assert not view.search_hits and view.marks and view.cursor is not None
        await pilot.press("escape")
        assert not view.marks and view.cursor is not None
        await pilot.press("escape")
        assert view.cursor is None


async def test_narrow_panel_opens_focused_and_escape_closes_it(
    fixed_library: FixedLibrary,
) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=(80, 24)) as pilot:
        side = app.screen.query_one("#side")
        assert not side.display
        await pilot.press("s")
        assert side.display and app.screen.query_one(ActorsPanel).has_focus
        await pilot.press("escape")
        assert not side.display and view_of(app).has_focus


async def test_palette_commands_run_the_bound_action(fixed_library: FixedLibrary) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        await commands["Timeline"].callback()  # type: ignore[misc]
        await pilot.pause()
        assert shown_tab(app) == "timeline"


async def test_theme_change_keeps_the_reader_working(fixed_library: FixedLibrary) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        dark = view.render_line(0)
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.press("n")
        assert view.render_line(0).text == dark.text
        assert view.render_line(0) != dark  # repainted in the new theme's colours


async def test_opening_another_article_from_the_library(library: Library) -> None:
    pytest.importorskip("reader.screens.library")
    other = library.import_text("A second article about Jakarta.", title="Second")
    first = library.get(library.import_path(SEED).id)
    app = NewsReaderApp(library, first.id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l")
        await pilot.pause()
        for _ in range(len(library.articles())):  # move down to the other article
            if getattr(app.screen, "selected_id", None) == other.id:
                break
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == other.id
        assert len(app.screen_stack) == 2  # the reader replaced, not stacked


async def test_removing_the_open_article_returns_to_another(library: Library) -> None:
    pytest.importorskip("reader.screens.library")
    other = library.import_text("A second article about Jakarta.", title="Second")
    app = NewsReaderApp(library, other.id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l")
        await pilot.pause()
        await pilot.press("d", "y")
        await pilot.pause()
        remaining = {a.id for a in library.articles()}
        assert remaining and other.id not in remaining
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id != other.id


async def test_keys_can_be_greyed_while_the_reader_is_torn_down(library: Library) -> None:
    """Switching articles removes the old reader's view while its footer may still ask
    which keys work: the answer is "not these", never a crash."""
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.check_action("next", ()) is True
        await screen.query_one(ArticleView).remove()
        assert screen.check_action("next", ()) is None


async def test_o_imports_a_file_and_reads_it(library: Library, tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour reopens\n\nThe harbour of Lindmoor reopened on Monday.\n")
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        app.screen.query_one("#file-path", Input).value = str(article)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert "Lindmoor" in app.screen.article.text
        assert len(library.articles()) == 2


async def test_library_and_help_keys_open_their_screens(library: Library) -> None:
    library_screen = pytest.importorskip("reader.screens.library")
    help_screen = pytest.importorskip("reader.screens.help")
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l")
        assert isinstance(app.screen, library_screen.LibraryScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("question_mark")
        assert isinstance(app.screen, help_screen.HelpScreen)


async def test_status_line_shows_the_note_on_the_current_item(
    fixed_library: FixedLibrary,
) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "a", *"check his title", "enter")
        await pilot.press("n", "p")
        assert "note: check his title" in await status_text(pilot)


async def test_user_keymap_rebinds_by_id(fixed_library: FixedLibrary) -> None:
    (fixed_library.home / "keymap.json").write_text('{"item.next": "x"}')
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        assert view_of(app).cursor_item == view_of(app).items[0]


def test_keymap_problems_are_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "keymap.json"
    assert load_keymap(path) == ({}, None)
    path.write_text('{"item.next": "x", "no.such": "z"}')
    keymap, problem = load_keymap(path)
    assert keymap == {"item.next": "x"} and problem is not None and "no.such" in problem
    path.write_text("{not json")
    keymap, problem = load_keymap(path)
    assert keymap == {} and problem is not None and "Ignored" in problem


TINY_MODELS = REPO.parent / "shared" / "stanza-id-tiny"


@pytest.mark.stanza
@pytest.mark.slow
async def test_stanza_analysis_arrives_from_the_worker_and_keeps_the_view(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("stanza")
    if not TINY_MODELS.is_dir():
        pytest.skip("the tiny Stanza models are not on this machine")
    monkeypatch.setenv("NEWSREADER_STANZA_DIR", str(TINY_MODELS))
    app = NewsReaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        view = view_of(app)
        assert view.analysis is not None and view.analysis.backend == "builtin"
        await pilot.press("j", "j", "j")
        scroll = view.scroll_y
        assert scroll > 0
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert view.analysis.backend == "stanza"
        assert view.scroll_y == scroll
        assert "analysis: stanza" in str(app.screen.query_one(ArticleHeader).render())


async def test_control_characters_from_an_article_never_reach_the_terminal(
    tmp_path: Path,
) -> None:
    """An escape sequence in a title, a noted passage or a note would recolour or move the
    terminal: the header, the notes list, the library and the dialogs draw spaces instead."""
    path = tmp_path / "odd.txt"
    path.write_text("Title \x1b[31mred\x1b[0m here.\n\nBody \x1b[2J text.\n", encoding="utf-8")
    library = Library(tmp_path / "home")
    article = library.import_path(path)
    start = article.text.index("Body")
    anchor = Anchor(start, start + 15, article.text[start : start + 15], "sentence")
    library.add_note(article.id, "see \x07 this", anchor)
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = [str(app.screen.query_one(ArticleHeader).render())]
        notes = app.screen.query_one(NotesPanel)
        shown += [str(notes.get_option_at_index(i).prompt) for i in range(notes.option_count)]
        await pilot.press("l")
        await pilot.pause()
        shown.append(str(app.screen.query_one(ArticleTable).render_line(1).text))
        await pilot.press("d")
        await pilot.pause()
        shown += [str(label.render()) for label in app.screen.query(Label)]
        assert "red" in shown[0] and "see" in shown[1]
        assert not [text for text in shown if "\x1b" in text or "\x07" in text]


def painted_color(widget: Widget, text: str, *, background: bool = False) -> Color | None:
    """The colour (foreground, or ``background``) the widget's first line paints ``text`` in."""
    for segment in widget.render_line(0):
        if segment.text.strip() == text and segment.style is not None:
            color = segment.style.bgcolor if background else segment.style.color
            return None if color is None else Color.from_rich_color(color)
    raise AssertionError(f"{text!r} not painted")


async def test_a_theme_chosen_in_the_palette_recolours_legend_actors_and_status(
    fixed_library: FixedLibrary,
) -> None:
    """The theme picker sits over the reader; once it closes, every kind name must be in the
    new theme's colours, not the old theme's (light blue on a light background)."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")  # the status line describes a person
        screen = app.screen
        await pilot.press("ctrl+p", *"theme")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press(*"textual-light", "enter")
        for _ in range(3):
            await pilot.pause()
        assert app.theme == "textual-light" and app.screen is screen
        theme = app.get_css_variables()
        person = Color.parse(theme["text-primary"])
        assert painted_color(screen.query_one(Legend), "people") == person
        assert painted_color(screen.query_one(StatusLine), "PERSON") == person
        name = screen.query_one(ActorsPanel).get_option_at_index(0).prompt
        assert isinstance(name, Content) and not isinstance(name.spans[0].style, str)
        name_colors = {
            Color.parse(theme[v])
            for v in ("text-primary", "text-secondary", "text-success", "hl-misc")
        }
        assert name.spans[0].style.foreground in name_colors


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "ansi-dark"])
async def test_other_names_and_numbers_have_colours_of_their_own(
    fixed_library: FixedLibrary, theme: str
) -> None:
    """The default themes give accent and warning one orange: "other" names must still not
    look like numbers (nor, in the ANSI theme, like places, whose green is its accent)."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await pilot.pause()
        legend = app.screen.query_one(Legend)
        other = painted_color(legend, "other")
        assert other is not None
        assert other not in {painted_color(legend, kind) for kind in ("numbers", "places")}


async def test_header_keeps_the_source_in_sight_on_a_narrow_terminal(tmp_path: Path) -> None:
    """Each header line is cut with "…" instead of wrapping out of its two rows, and the
    remark on the analysis comes last, so the backend and the source stay visible."""
    library = Library(tmp_path)
    library.ensure_seeds()
    article = library.find("Okafor")
    app = NewsReaderApp(library, article.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one(ArticleHeader).show(
            article, app.screen.analysis, busy=False, hint="Stanza: newsreader models download en"
        )
        await pilot.pause()
        header = app.screen.query_one(ArticleHeader)
        title, facts = (header.render_line(y).text.strip() for y in range(2))
        assert title == article.title
        assert "analysis: builtin" in facts and "Written for newsreader" in facts
        assert facts.endswith("…")


async def test_legend_and_status_line_show_quotes_on_their_band(
    fixed_library: FixedLibrary,
) -> None:
    """Quotes are marked in the text by a band behind them: the legend and the status line
    label must show that band, not plain italic text."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        band = view.get_component_rich_style("hl--quote", partial=True).bgcolor
        assert band is not None
        quote = next(item for item in view.items if item.kind == "quote")
        view.place_cursor(quote.start, quote.end)
        await pilot.pause()
        expected = Color.from_rich_color(band)
        assert painted_color(app.screen.query_one(Legend), "quotes", background=True) == expected
        assert painted_color(app.screen.query_one(StatusLine), "QUOTE", background=True) == expected


async def test_text_dragged_over_is_selected_and_ctrl_c_copies_it(
    fixed_library: FixedLibrary,
) -> None:
    """The help offers Ctrl+C to copy selected text: dragging over the article must select
    the characters under the mouse, and Ctrl+C copy them as the article has them."""
    app = NewsReaderApp(fixed_library)
    copied: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        view = view_of(app)
        await pilot.pause()
        await pilot.mouse_down(view, offset=(3, 0))
        await pilot.hover(view, offset=(10, 1))
        await pilot.mouse_up(view, offset=(10, 1))
        await pilot.press("ctrl+c")
        first, second = view._lines[0], view._lines[1]
        assert copied == [view.text[first[0] + 2 : second[0] + 10]]


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_marked_mentions_and_search_hits_look_different(
    fixed_library: FixedLibrary, theme: str
) -> None:
    """An actor's marked mentions and the search hits are both shown at once (n/N while an
    actor is marked): in the default themes they must not share a background."""
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await pilot.pause()
        view = view_of(app)
        backgrounds = {
            name: view.get_component_rich_style(name, partial=True).bgcolor
            for name in ("hl--mark", "hl--search", "hl--noted", "hl--evidence", "hl--quote")
        }
        assert len(set(backgrounds.values())) == len(backgrounds), backgrounds


async def test_words_that_are_a_number_and_a_time_are_described_as_both(
    fixed_library: FixedLibrary,
) -> None:
    """ "30 hari" is a number (30, counting days) and a time (a 30-day duration) on the same
    words; the cursor visits the span once, so the status line must say both."""
    article = fixed_library.most_recent()
    assert article is not None
    start = article.text.index("30 hari")
    span = (start, start + len("30 hari"))
    quick = fixed_library.quick
    fixed_library.quick = replace(
        quick,
        numbers=[NumberSpan(*span, "30 hari", 30, "hari")],
        times=[TimeSpan(*span, "30 hari", "DURATION", duration="P30D")],
        entities=[],
        quotes=[],
    )
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert view_of(app).cursor == span
        status = await status_text(pilot)
        assert "TIME" in status and "P30D" in status
        assert "NUMBER" in status and "counts: hari" in status


async def test_a_full_disk_during_o_is_a_notice_not_a_crash(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour reopens\n\nThe harbour of Lindmoor reopened on Monday.\n")
    monkeypatch.setattr(reader.store.store, "atomic_write", disk_full)
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        before = app.screen
        await pilot.press("o")
        app.screen.query_one("#file-path", Input).value = str(article)
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and app.screen is before
        [notice] = [n.message for n in app._notifications]
        assert "No space left on device" in notice and "nothing was changed" in notice
    assert len(library.articles()) == 1


async def test_a_note_that_cannot_be_saved_is_a_notice_and_its_text_stays_in_the_dialog(
    fixed_library: FixedLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = NewsReaderApp(fixed_library)
    async with app.run_test(size=SIZE) as pilot:
        article_id = app.screen.article.id
        await pilot.press("w", *"keep this", "enter")  # saved: the disk has room
        await pilot.press("m", "e")
        monkeypatch.setattr(reader.store.storage, "atomic_write", disk_full)
        await pilot.press("end", *" and this", "enter")  # edit: not saved, one notice
        await pilot.press("escape", "w", *"precious words", "enter")
        await pilot.pause()
        assert app.is_running
        notices = [n.message for n in app._notifications]
        assert sum("No space left on device" in notice for notice in notices) == 2
        assert app.screen.query_one("#note-body", Input).value == "precious words"  # asked again
        await pilot.press("escape", "escape", "d", "y", "D", *"2025-03-20", "enter")
        await pilot.pause()
        assert sum("No space left on device" in n.message for n in app._notifications) == 4
        assert isinstance(app.screen, ReaderScreen)
    assert [n.body for n in fixed_library.notes(article_id)] == ["keep this"]


async def test_removing_the_only_article_while_it_is_open_leaves_the_empty_library(
    library: Library,
) -> None:
    """The removed reader's panels may still be asked to redraw in the theme's colours once
    the screen is gone: they must let it pass (this crashed with a KeyError)."""
    pytest.importorskip("reader.screens.library")
    for article in library.articles()[1:]:
        library.remove(article.id)
    app = NewsReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t", "l")
        await pilot.pause()
        await pilot.press("d", "y")
        await pilot.pause()
        assert not library.articles()
        await pilot.press("escape")
        await pilot.pause(0.5)
        assert app.is_running
