"""ReaderScreen: one article, highlighted, with the actors/timeline/notes panel beside it.

The screen owns the flows (navigation, search, notes, the background analysis); the widgets
only draw. First paint uses ``Library.quick_analysis``; when Stanza can do better, a thread
worker computes it and posts :class:`AnalysisReady`, which is swapped in without moving the
cursor or the scroll position.
"""

from __future__ import annotations

import re
from contextlib import suppress
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.events import Resize, ScreenResume
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input

from reader.analysis.model import Actor, Analysis, Event, Quote
from reader.analysis.models import stanza_unavailable_reason
from reader.errors import UserError
from reader.keys import READER_BINDINGS
from reader.library import Library
from reader.messages import ActorPicked, AnalysisReady, CursorMoved, SpanPicked
from reader.store import StoreError
from reader.store.records import Anchor, AnchorKind, ArticleRecord, Note
from reader.widgets.actors_panel import ActorsPanel
from reader.widgets.article_header import ArticleHeader
from reader.widgets.article_layout import KIND_NAMES, TOGGLES, Item, showable
from reader.widgets.article_view import ArticleView
from reader.widgets.key_footer import KeyFooter
from reader.widgets.legend import Legend
from reader.widgets.notes_panel import NotesPanel, anchor_label
from reader.widgets.side_panel import SidePanel
from reader.widgets.status_line import StatusLine
from reader.widgets.timeline_panel import TimelinePanel

#: Seconds after opening before the visit is written to the store (after the first paint).
VISIT_DELAY = 1.0

#: Below this many columns the side panel hides itself and opens as an overlay.
NARROW_WIDTH = 100

_ENTITY_KINDS = {"per", "org", "loc", "misc"}

_HINT = "n/p or Tab move between highlights · / search · a note · s panel · ? help"


class ReaderScreen(Screen[None]):
    """Read one article closely."""

    BINDINGS: ClassVar[list[BindingType]] = READER_BINDINGS  # type: ignore[assignment]

    #: The side panel is shown (on narrow terminals: as an overlay over the text).
    show_panel: reactive[bool] = reactive(True)
    #: A search is active: n/N step through its hits.
    searching: reactive[bool] = reactive(False)

    def __init__(self, library: Library, article: ArticleRecord) -> None:
        super().__init__()
        self.library = library
        self.article = article
        self.analysis: Analysis | None = None
        self.notes: list[Note] = []
        #: The actor whose mentions are marked (chosen in the panel or stepped with ] and [).
        self.marked_actor: str | None = None
        #: What the status line says about spans placed from a panel row.
        self._picked: dict[tuple[int, int], str] = {}
        #: The last event jumped to: (its predicate, where the cursor went; its clause).
        self._event: tuple[tuple[int, int], tuple[int, int]] | None = None
        self._narrow: bool | None = None
        self._improving = False
        self._binding_state: tuple[bool | None, ...] = ()
        self._resumed = False
        self._visit_saved = False

    def compose(self) -> ComposeResult:
        # The text view gets its highlights and notes before anything is mounted, so the
        # footer's first frame already shows which keys apply (no rebuild after mount).
        self.analysis = self._quick_analysis()
        self.notes = self.library.notes(self.article.id)
        view = ArticleView(self.article.text, id="article")
        view.set_analysis(self.analysis)
        view.set_noted(_noted_spans(self.notes))
        yield ArticleHeader(id="header")
        yield Legend(id="legend")
        with Horizontal(id="body"):
            yield view
            yield SidePanel(
                ("Actors", ActorsPanel(id="actors")),
                ("Timeline", TimelinePanel(id="timeline")),
                ("Notes", NotesPanel(id="notes")),
                id="side",
            )
        yield StatusLine(_HINT, id="status")
        yield KeyFooter()

    # -- widgets ---------------------------------------------------------------------------

    @property
    def view(self) -> ArticleView:
        """The article text."""
        return self.query_one(ArticleView)

    @property
    def status(self) -> StatusLine:
        """The line under the text that describes the cursor."""
        return self.query_one(StatusLine)

    @property
    def notes_panel(self) -> NotesPanel:
        """The notes tab's list."""
        return self.query_one(NotesPanel)

    # -- start -----------------------------------------------------------------------------

    def _quick_analysis(self) -> Analysis:
        """The cached (or quickly computed) analysis; an empty one if that fails."""
        try:
            return self.library.quick_analysis(self.article)
        except Exception as error:  # the text and the notes stay readable without highlights
            self.notify(
                f"The analysis failed, showing the plain text: {error}",
                severity="error",
                timeout=15,
            )
            return Analysis(lang=self.article.lang or "und", backend="none")

    def on_mount(self) -> None:
        """Show the quick analysis at once; improve it in the background when Stanza can."""
        # Remembering the visit is a store write (with fsync): keep it out of start-up.
        self.set_timer(VISIT_DELAY, self._remember_visit)
        self._describe_analysis()
        self.notes_panel.show(self.notes)
        self.query_one(Legend).show(self.view.hidden_kinds)
        self.view.focus()
        self._improve_if_possible()

    def _remember_visit(self) -> None:
        """Record that the article was opened (once; also when the screen is left early)."""
        if not self._visit_saved:
            self._visit_saved = True
            # Only the library's order depends on it; a folder that cannot be written is
            # reported when something of the user's own (a note) fails to save.
            with suppress(StoreError):
                self.library.mark_opened(self.article.id)

    def on_screen_suspend(self) -> None:
        """Leaving for the library or a dialog: the visit counts from now on."""
        self._remember_visit()

    def on_unmount(self) -> None:
        """Closing or replacing the reader before the visit was recorded."""
        self._remember_visit()

    def on_screen_resume(self, event: ScreenResume) -> None:
        """The first resume comes right after mounting, which styled every widget: skip
        Textual's restyle of the whole screen then (the costliest step of start-up)."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def _improve_if_possible(self) -> None:
        if self.analysis is not None and self.library.needs_better_analysis(
            self.article, self.analysis
        ):
            self._improving = True
            self._show_header()
            self._run_full_analysis(self.article)

    @work(thread=True, exclusive=True, group="analysis")
    def _run_full_analysis(self, article: ArticleRecord) -> None:
        """Compute the best analysis off the UI thread and hand it back as a message."""
        try:
            analysis = self.library.full_analysis(article)
        except Exception as error:  # a failed improvement must not take the reader down
            self.app.call_from_thread(self._improvement_failed, str(error))
            return
        self.post_message(AnalysisReady(article.id, analysis))

    def _improvement_failed(self, reason: str) -> None:
        self._improving = False
        self._show_header()
        self.notify(
            f"The Stanza analysis failed, keeping the quick one: {reason}", severity="warning"
        )

    @on(AnalysisReady)
    def _analysis_ready(self, message: AnalysisReady) -> None:
        if (message.article_id, message.analysis.pubdate) != (
            self.article.id,
            self.article.pubdate,
        ):
            return  # made for another article, or before the date was changed
        self._improving = False
        self._show_analysis(message.analysis)
        if message.analysis.backend != "builtin":
            self.notify(f"Highlights updated by the {message.analysis.backend} analysis.")

    def _show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.view.set_analysis(analysis)
        self._describe_analysis()

    def _describe_analysis(self) -> None:
        """Fill the panels, header and keys from ``self.analysis`` (already in the view)."""
        analysis = self.analysis
        assert analysis is not None
        self.query_one(ActorsPanel).show(analysis)
        self.query_one(TimelinePanel).show(analysis)
        if self.marked_actor is not None:
            self._mark_actor(self.marked_actor)
        self._show_header()
        self._update_bindings()

    def _show_header(self) -> None:
        self.query_one(ArticleHeader).show(
            self.article, self.analysis, busy=self._improving, hint=self._stanza_hint()
        )

    def _stanza_hint(self) -> str:
        """How to get better highlights, when only the built-in analysis is available."""
        if self.analysis is None or self.analysis.backend != "builtin":
            return ""
        reason = stanza_unavailable_reason(self.analysis.lang)
        if reason is None:
            return ""
        command = reason.partition("run: ")[2]
        return f"Stanza: {command}" if command else reason

    def _reload_notes(self) -> None:
        self.notes = self.library.notes(self.article.id)
        self.notes_panel.show(self.notes)
        self.view.set_noted(_noted_spans(self.notes))
        self._update_bindings()

    # -- layout ----------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        """Collapse the panel below ``NARROW_WIDTH`` columns, bring it back above."""
        narrow = event.size.width < NARROW_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            self.set_class(narrow, "-narrow")
            self.show_panel = not narrow
            self.query_one(KeyFooter).show_command_palette = not narrow

    def watch_show_panel(self, show: bool) -> None:
        self.set_class(not show, "-panel-hidden")
        if not show and self.query_one("#side").has_focus_within:
            self.view.focus()

    def watch_searching(self, searching: bool) -> None:
        self.set_class(searching, "-searching")
        self._update_bindings()

    # -- bindings --------------------------------------------------------------------------

    def _update_bindings(self) -> None:
        """Refresh the footer only when a key became enabled or disabled (a footer refresh
        rebuilds it, too slow to do on every cursor move)."""
        state = tuple(
            self.check_action(action, ())
            for action in ("next", "previous", "previous_hit", "edit_note")
        )
        if state != self._binding_state:
            self._binding_state = state
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out the keys that have nothing to act on."""
        if action in ("next", "previous"):
            # (The footer may ask while the screen is switched away and its view is gone.)
            view = self.query_one_optional(ArticleView)
            return True if view is not None and (view.items or view.search_hits) else None
        if action == "previous_hit":
            return True if self.searching else None
        if action in ("edit_note", "delete_note"):
            return True if self.notes else None
        return True

    # -- moving ----------------------------------------------------------------------------

    def action_next(self) -> None:
        """Next search hit while searching, else next item."""
        self._step(1)

    def action_previous(self) -> None:
        """Previous search hit while searching, else previous item."""
        self._step(-1)

    def action_previous_hit(self) -> None:
        """Previous search hit."""
        self._step(-1)

    def _step(self, step: int) -> None:
        if self.searching and self.view.search_hits:
            self.view.step_through(self.view.search_hits, step)
        elif not self.view.move_cursor(step):
            self.status.show_text(
                "No more highlights after this point."
                if step > 0
                else "No highlights before this point: this is the first."
            )

    def action_mention(self, step: int) -> None:
        """Next/previous mention of the current actor."""
        actor = self._current_actor()
        if actor is None:
            self.status.show_text(
                "Put the cursor on a name, or pick an actor (A), to step through its mentions."
            )
            return
        self._mark_actor(actor.id)
        self.view.step_through(_mention_spans(actor), step)

    def _current_actor(self) -> Actor | None:
        """The actor under the cursor, else the marked one."""
        if self.analysis is None:
            return None
        item = self.view.cursor_item
        actor_id = getattr(item.ref, "actor", None) if item is not None else None
        return self.analysis.actor(actor_id) or self.analysis.actor(self.marked_actor)

    def _mark_actor(self, actor_id: str) -> None:
        actor = self.analysis.actor(actor_id) if self.analysis else None
        self.marked_actor = actor.id if actor else None
        self.view.set_marks(_mention_spans(actor) if actor else [])
        self._update_bindings()

    def action_scroll(self, where: str) -> None:
        """j/k, pages, top and bottom."""
        view = self.view
        if where == "down":
            view.scroll_down(animate=False)
        elif where == "up":
            view.scroll_up(animate=False)
        elif where == "page_down":
            view.scroll_page_down(animate=False)
        elif where == "page_up":
            view.scroll_page_up(animate=False)
        elif where == "home":
            view.scroll_home(animate=False)
        elif where == "end":
            view.scroll_end(animate=False)

    def action_toggle_kind(self, key: str) -> None:
        """Show or hide the kinds behind number key ``key``."""
        label, kinds = TOGGLES[key]
        hidden = set(self.view.hidden_kinds)
        now_hidden = not all(kind in hidden for kind in kinds)
        hidden = hidden | set(kinds) if now_hidden else hidden - set(kinds)
        self.view.set_hidden_kinds(hidden)
        self.query_one(Legend).show(hidden)
        self.status.show_text(
            f"{label.capitalize()} {'hidden' if now_hidden else 'shown'} ({key} toggles)."
        )
        self._update_bindings()

    def action_back(self) -> None:
        """Escape walks back out: search, overlay panel, marks, then the cursor."""
        if self.searching:
            self._end_search()
        elif self._narrow and self.show_panel:
            self.show_panel = False
        elif self.marked_actor is not None or self.view.marks:
            self.marked_actor = None
            self.view.set_marks([])
            self.status.show_text(_HINT)
            self._update_bindings()
        else:
            self.view.clear_cursor()
        self.view.focus()

    # -- panel -----------------------------------------------------------------------------

    def action_toggle_panel(self) -> None:
        """Show or hide the side panel (on narrow terminals it opens over the text, focused)."""
        self.show_panel = not self.show_panel
        if self.show_panel and self._narrow:
            self.query_one(SidePanel).active_page.focus()

    def action_show_tab(self, name: str) -> None:
        """Open the side panel on the actors, timeline or notes tab and focus its list."""
        self.show_panel = True
        side = self.query_one(SidePanel)
        side.active = name
        side.active_page.focus()

    @on(SidePanel.TabChanged)
    def _tab_changed(self, message: SidePanel.TabChanged) -> None:
        self._update_bindings()

    @on(ActorPicked)
    def _actor_picked(self, message: ActorPicked) -> None:
        actor = self.analysis.actor(message.actor_id) if self.analysis else None
        if actor is None:
            return
        self._mark_actor(actor.id)
        count = len(actor.mentions)
        self.status.show_text(
            f"ACTOR  {actor.name} · {count} mention{'s' if count != 1 else ''} marked · "
            "] / [ step through them"
        )
        if message.jump:
            spans = _mention_spans(actor)
            if spans:
                self.view.place_cursor(*spans[0])
            self._back_to_text()

    @on(SpanPicked)
    def _span_picked(self, message: SpanPicked) -> None:
        if message.end <= message.start:
            self.view.scroll_home(animate=False)
            self.status.show_text(message.description)
        else:
            if message.context is not None:
                self.marked_actor = None
                self.view.set_marks([message.context])
                self._event = ((message.start, message.end), message.context)
            self._picked[(message.start, message.end)] = message.description
            self.view.place_cursor(message.start, message.end)
        self._back_to_text()

    def _back_to_text(self) -> None:
        """After a jump from the panel: close the overlay on narrow screens, focus the text."""
        if self._narrow:
            self.show_panel = False
        self.view.focus()

    @on(CursorMoved)
    def _cursor_moved(self, message: CursorMoved) -> None:
        self.view.set_evidence(_evidence(message.item))
        match = self._match_number(message.start, message.end)
        if message.item is not None:
            note = self._note_at_cursor()
            self.status.show_items(
                self.view.items_with_span(message.item.start, message.item.end),
                self.analysis,
                note.body if note else "",
                before=match,
            )
            actor_id = getattr(message.item.ref, "actor", None)
            if actor_id is not None:
                self.query_one(ActorsPanel).highlight_actor(actor_id)
        elif self.searching and not self.view.search_hits:
            # A cursor move that lands after the query stopped matching (typed fast, or the
            # cursor left its last hit) must not hide the search's own message.
            self.status.show_text(_no_hits_message(self._search_line().value))
        elif message.start is None or message.end is None:
            self.status.show_text(_HINT)
        elif match:
            self.status.show_text(f"{match} · n/N step · Escape ends the search")
        else:
            self.status.show_text(
                self._picked.get((message.start, message.end), "")
                or f"“{self.article.text[message.start : message.end][:80]}”"
            )
        self._update_bindings()

    # -- search ----------------------------------------------------------------------------

    def _match_number(self, start: int | None, end: int | None) -> str:
        """ "SEARCH  match 2 of 5" when the cursor is on a search hit, else ""."""
        hits = self.view.search_hits
        if start is None or end is None or (start, end) not in hits:
            return ""
        return f"SEARCH  match {hits.index((start, end)) + 1} of {len(hits)}"

    def action_search(self) -> None:
        """Open the search line."""
        self.searching = True
        self._search_line().focus()

    def _search_line(self) -> Input:
        """The search line, made the first time a search starts: it is hidden until then,
        and building an input is a noticeable part of start-up."""
        try:
            return self.query_one("#search", Input)
        except NoMatches:
            line = Input(
                placeholder="Search the article (Enter keeps it, Escape ends it)",
                id="search",
                compact=True,
            )
            self.mount(line, before=self.query_one(KeyFooter))
            return line

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        if not self.searching:
            return  # the line was emptied by the end of the search: nothing to find
        query = event.value.strip()
        text = self.article.text
        hits = (
            [(m.start(), m.end()) for m in re.finditer(re.escape(query), text, re.IGNORECASE)]
            if query
            else []
        )
        old_hits = self.view.search_hits
        self.view.set_search_hits(hits)
        here = self.view.cursor
        if hits:
            if here is None or here not in hits:
                self.view.step_through(hits, 1)
            return
        self.status.show_text(_no_hits_message(query))
        if here in old_hits and self.view.cursor_item is None:
            # The cursor sat on a hit of the earlier query (often a few letters of a word):
            # nothing is there any more, so it goes rather than stay lit mid-word.
            self.view.clear_cursor()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        if not self.view.search_hits:
            self._end_search()
        self.view.focus()

    def _end_search(self) -> None:
        self.searching = False
        self._search_line().value = ""
        self.view.set_search_hits([])
        self.status.show_text(_HINT)

    # -- notes -----------------------------------------------------------------------------

    def action_add_note(self) -> None:
        """Note the current item, or the sentence at the top of the view."""
        self._cursor_to_listed_actor()
        event = self._listed_event()
        if event is not None:
            # The event highlighted in the focused timeline: its clause, as after a jump.
            text = self.article.text[event.start : event.end]
            self._ask_for_note("Note on this event", Anchor(event.start, event.end, text, "span"))
            return
        anchor = self._anchor_here()
        item = self.view.cursor_item
        if anchor.kind == "sentence":
            heading = "Note on this sentence"
        elif self._event_clause() is not None:
            heading = "Note on this event"
        elif item is not None:
            heading = f"Note on the {KIND_NAMES[item.kind]} “{_short(anchor.text)}”"
        else:
            heading = "Note on this passage"
        self._ask_for_note(heading, anchor)

    def _cursor_to_listed_actor(self) -> None:
        """With the actors list focused, the current item is the actor highlighted there:
        the cursor goes to its first mention (where Enter would jump), unless it is on one
        of its mentions already. The focus stays in the list."""
        panel = self.query_one(ActorsPanel)
        option = panel.highlighted_option
        if not panel.has_focus or option is None or self.analysis is None:
            return
        actor = self.analysis.actor(option.id)
        spans = _mention_spans(actor) if actor is not None else []
        if spans and self.view.cursor not in spans:
            self.view.place_cursor(*spans[0])

    def _listed_event(self) -> Event | None:
        """The event highlighted in the timeline, while the timeline has focus."""
        panel = self.query_one(TimelinePanel)
        option = panel.highlighted_option
        if not panel.has_focus or option is None or self.analysis is None:
            return None
        return self.analysis.event(option.id)

    def action_add_article_note(self) -> None:
        """Note the whole article."""
        self._ask_for_note(
            f"Note on the article “{_short(self.article.title)}”", Anchor(0, 0, "", "article")
        )

    def _event_clause(self) -> tuple[int, int] | None:
        """The clause of the event the cursor was put on from the timeline, while it is
        still marked and the cursor has not moved."""
        if self._event is None or self.view.cursor_item is not None:
            return None
        predicate, clause = self._event
        return clause if self.view.cursor == predicate and self.view.marks == [clause] else None

    def _anchor_here(self) -> Anchor:
        """What a new note is attached to: an event's clause after a jump from the timeline
        (its one-word predicate would mean nothing in the notes list), else the item or span
        at the cursor, else the sentence at the top of the view."""
        text = self.article.text
        cursor = self.view.cursor
        clause = self._event_clause()
        if clause is not None:
            return Anchor(clause[0], clause[1], text[clause[0] : clause[1]], "span")
        if cursor is not None:
            item = self.view.cursor_item
            kind: AnchorKind = (
                "entity" if item is not None and item.kind in _ENTITY_KINDS else "span"
            )
            return Anchor(cursor[0], cursor[1], text[cursor[0] : cursor[1]], kind)
        top = self.view.top_offset()
        sentences = self.analysis.sentences if self.analysis else []
        sentence = next((s for s in sentences if s.end > top), None)
        if sentence is None:
            return Anchor(0, 0, "", "article")
        return Anchor(sentence.start, sentence.end, text[sentence.start : sentence.end], "sentence")

    def _ask_for_note(self, heading: str, anchor: Anchor, draft: str = "") -> None:
        from reader.screens.dialogs import NoteDialog

        def save(body: str | None) -> None:
            if not body:
                return
            try:
                self.library.add_note(self.article.id, body, anchor)
            except UserError as error:
                self.notify(str(error), severity="warning")
                return
            except StoreError as error:
                self._not_saved("The note was not saved", error)
                self._ask_for_note(heading, anchor, body)  # the user's words stay in hand
                return
            self._reload_notes()
            self.notify("Note saved.")

        self.app.push_screen(NoteDialog(heading, anchor.text, draft), save)

    def _not_saved(self, what: str, error: UserError | StoreError) -> None:
        """One notice for a change that was refused or failed to save (a full disk, a
        read-only folder): the error's sentence says why and that nothing was changed."""
        self.notify(str(error), title=what, severity="error", timeout=15, markup=False)

    def _note_to_change(self) -> Note | None:
        """The note to edit or delete, or None after telling the user how to pick one."""
        note = self._target_note()
        if note is None:
            self.notify("Select a note in the notes list (m) or put the cursor on a noted span.")
        return note

    def _target_note(self) -> Note | None:
        """The note e/d/y act on: the one selected in the notes list when it has focus, else
        the one anchored at the cursor, else the one selected in the list."""
        selected = self.notes_panel.selected_note
        if self.notes_panel.has_focus and selected is not None:
            return selected
        return self._note_at_cursor() or selected

    def _note_at_cursor(self) -> Note | None:
        """The note whose anchor holds the cursor's span."""
        cursor = self.view.cursor
        if cursor is None:
            return None
        return next(
            (
                note
                for note in self.notes
                if note.anchor is not None
                and note.anchor.end > note.anchor.start
                and note.anchor.start <= cursor[0]
                and cursor[1] <= note.anchor.end
            ),
            None,
        )

    def action_edit_note(self) -> None:
        """Edit the target note."""
        from reader.screens.dialogs import NoteDialog

        note = self._note_to_change()
        if note is None:
            return

        def save(body: str | None) -> None:
            if body and body != note.body:
                try:
                    self.library.update_note(note.id, body)
                except (UserError, StoreError) as error:
                    self._not_saved("The note was not changed", error)
                    return
                self._reload_notes()
                self.notify("Note updated.")

        if note.anchor is None or note.anchor.kind == "article":
            # No passage to quote: say so in the heading rather than quote "whole article"
            # as if the article said it.
            dialog = NoteDialog("Edit the note on the whole article", "", note.body)
        else:
            dialog = NoteDialog("Edit note", anchor_label(note).strip("“”"), note.body)
        self.app.push_screen(dialog, save)

    def action_delete_note(self) -> None:
        """Delete the target note after asking."""
        from reader.screens.dialogs import ConfirmDialog

        note = self._note_to_change()
        if note is None:
            return

        def delete(yes: bool | None) -> None:
            if yes:
                try:
                    self.library.delete_note(note.id)
                except StoreError as error:
                    self._not_saved("The note was not deleted", error)
                    return
                self._reload_notes()
                self.notify("Note deleted.")

        self.app.push_screen(ConfirmDialog("Delete this note?", note.body), delete)

    def action_copy(self) -> None:
        """Copy the quote at the cursor, else the target note."""
        quote = self._quote_here()
        if quote is not None:
            self.app.copy_to_clipboard(quote.text)
            self.notify("Quote copied.")
            return
        note = self._target_note()
        if note is not None:
            self.app.copy_to_clipboard(note.body)
            self.notify("Note copied.")
            return
        self.notify("Nothing to copy: put the cursor on a quote, or select a note.")

    def _quote_here(self) -> Quote | None:
        cursor = self.view.cursor
        if cursor is None or self.analysis is None:
            return None
        return next(
            (q for q in self.analysis.quotes if q.start <= cursor[0] and cursor[1] <= q.end),
            None,
        )

    def action_export_notes(self) -> None:
        """Write this article's notes to a Markdown file and say where it is."""
        from reader.screens.notes_export import export_notes

        export_notes(self, self.library, self.article.id)

    # -- article ---------------------------------------------------------------------------

    def action_set_date(self) -> None:
        """Set or clear the publication date; relative times are resolved again."""
        from reader.screens.dialogs import DateDialog

        def apply(value: str | None) -> None:
            if value is None:
                return
            try:
                self.article = self.library.set_pubdate(self.article.id, value or None)
            except StoreError as error:
                self._not_saved("The date was not changed", error)
                return
            self._show_analysis(self.library.quick_analysis(self.article))
            self.notify(f"Article date {'set to ' + value if value else 'cleared'}.")
            self._improve_if_possible()

        self.app.push_screen(DateDialog(self.article.pubdate), apply)


def _no_hits_message(query: str) -> str:
    """The status line while searching for ``query`` finds nothing (or nothing is typed)."""
    query = query.strip()
    return f"SEARCH  no match for “{query}”" if query else "SEARCH"


def _evidence(item: Item | None) -> list[tuple[int, int]]:
    """The spans that explain ``item``: for a quote, its speech verb and the speaker's mention."""
    if item is None or not isinstance(item.ref, Quote):
        return []
    return [(s.start, s.end) for s in (item.ref.cue, item.ref.speaker_span) if s is not None]


def _noted_spans(notes: list[Note]) -> list[tuple[int, int]]:
    """The spans that carry notes (article notes have none)."""
    return [
        (n.anchor.start, n.anchor.end)
        for n in notes
        if n.anchor is not None and n.anchor.end > n.anchor.start
    ]


def _mention_spans(actor: Actor) -> list[tuple[int, int]]:
    return sorted((m.start, m.end) for m in actor.mentions)


def _short(text: str, limit: int = 40) -> str:
    """``text`` on one line, safe to draw, cut with "…" past ``limit`` characters."""
    text = " ".join(showable(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
