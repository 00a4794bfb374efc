"""ArticleView: the article as wrapped text with its highlights and a cursor.

A Line-API scroll view: the text is wrapped once per width, each visible line is painted from
cached strips, and moving the cursor only repaints the lines it left and entered, so long
articles stay fast. Styles come from component classes (see ``highlight_styles``), layered
bottom to top: quote background, time, number, entity, marked mentions, search hits, cursor.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Offset, Region, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from reader.analysis.model import Analysis
from reader.keys import ARTICLE_BINDINGS
from reader.messages import CursorMoved
from reader.widgets.article_layout import (
    Item,
    build_items,
    item_at,
    line_of,
    next_index,
    offset_at_column,
    previous_index,
    showable,
    wrap_text,
)
from reader.widgets.highlight_styles import (
    CURSOR_CLASS,
    EVIDENCE_CLASS,
    HIGHLIGHT_CLASSES,
    MARK_CLASS,
    NOTED_CLASS,
    SEARCH_CLASS,
    kind_class,
)

#: Paint order of the layers (higher ranks are drawn over lower ones).
_KIND_RANK: dict[str, int] = {"quote": 0, "time": 1, "number": 2}
_ENTITY_RANK = 3
_NOTED_RANK, _MARK_RANK, _EVIDENCE_RANK, _SEARCH_RANK, _CURSOR_RANK = 4, 5, 6, 7, 8
_SELECTION_RANK = 9

#: The screen's component class for text selected with the mouse (painted over everything).
_SELECTION_CLASS = "screen--selection"

#: The widest text column; wider views centre the text so lines stay readable.
MAX_MEASURE = 100

Decoration = tuple[int, int, int, str]  # (rank, start, end, component class)

#: The arrow keys scroll a line, as j and k do (the same screen action, so the help lists
#: them on one row). The view inherits none of ScrollView's keys: the text never scrolls
#: sideways, and the page, Home and End keys are the reader's own, listed with their twins.
_ARROW_BINDINGS: list[Binding] = [
    Binding(
        "down",
        "screen.scroll('down')",
        "Scroll down",
        show=False,
        id="scroll.arrow_down",
        tooltip="Scroll one line down",
    ),
    Binding(
        "up",
        "screen.scroll('up')",
        "Scroll up",
        show=False,
        id="scroll.arrow_up",
        tooltip="Scroll one line up",
    ),
]


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """The highlighted article. Public methods move the cursor and set marks; every cursor
    change posts :class:`CursorMoved`."""

    HELP = """
## The article

Names, numbers, times and quotes are highlighted, one style per kind (the legend above the
text names them; keys 1-6 show or hide a kind). The highlight under the cursor is shown in
reverse and described in the status line below the text.

- **n / p** or **Tab / Shift+Tab**: next / previous highlight
- **] / [**: next / previous mention of the same actor
- **Click** a highlight to select it
- **Drag** over text to select it; **Ctrl+C** copies it
"""

    COMPONENT_CLASSES = HIGHLIGHT_CLASSES
    BINDINGS: ClassVar[list[BindingType]] = [*ARTICLE_BINDINGS, *_ARROW_BINDINGS]

    DEFAULT_CSS = """
    ArticleView {
        scrollbar-gutter: stable;
        overflow-x: hidden;
    }
    """

    def __init__(self, text: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = text
        #: ``text`` as painted (same length, control characters made spaces).
        self._shown = showable(text)
        self.analysis: Analysis | None = None
        #: Highlight kinds the user switched off.
        self.hidden_kinds: set[str] = set()
        #: Every item of the analysis, and those currently shown (what n/p visit).
        self._all_items: list[Item] = []
        self.items: list[Item] = []
        self._keys: list[tuple[int, int]] = []
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self._wrap_width = 0
        self._indent = 0
        self._static: dict[int, list[Decoration]] = {}
        self._overlay: dict[int, list[Decoration]] = {}
        self._marks: list[tuple[int, int]] = []
        self._hits: list[tuple[int, int]] = []
        self._noted: list[tuple[int, int]] = []
        self._evidence: list[tuple[int, int]] = []
        self._cursor: tuple[int, int] | None = None
        self.cursor_item: Item | None = None
        self._strips: dict[int, Strip] = {}
        self._styles: dict[tuple[str, ...], Style] = {}
        #: The virtual size (the wrapped text) the scrollbars were last sized for.
        self._scrollbars_sized_for = Size(0, 0)

    # -- content -------------------------------------------------------------------------

    def set_analysis(self, analysis: Analysis) -> None:
        """Show ``analysis``; the cursor stays on the same span (or the next one) and the
        scroll position does not move."""
        self.analysis = analysis
        self._all_items = build_items(analysis, self.text)
        self._refilter(keep_cursor=True)

    def set_hidden_kinds(self, kinds: Iterable[str]) -> None:
        """Hide these highlight kinds (their spans are no longer painted or visited)."""
        self.hidden_kinds = set(kinds)
        self._refilter(keep_cursor=True)

    def set_marks(self, spans: Iterable[tuple[int, int]]) -> None:
        """Mark these spans (an actor's mentions, an event's clause)."""
        self._marks = sorted(spans)
        self._rebuild_overlay()

    def set_search_hits(self, spans: Iterable[tuple[int, int]]) -> None:
        """Highlight search hits."""
        self._hits = sorted(spans)
        self._rebuild_overlay()

    def set_evidence(self, spans: Iterable[tuple[int, int]]) -> None:
        """Point at the words that explain the current item (a quote's cue and speaker)."""
        spans = sorted(spans)
        if spans == self._evidence:
            return
        old, self._evidence = self._evidence, spans
        self._overlay = self._spread(self._overlay_decorations())
        self._invalidate_spans(old + spans)

    def set_noted(self, spans: Iterable[tuple[int, int]]) -> None:
        """Underline the spans that carry notes."""
        self._noted = sorted(spans)
        self._rebuild_overlay()

    @property
    def marks(self) -> list[tuple[int, int]]:
        """The marked spans, in text order."""
        return self._marks

    @property
    def search_hits(self) -> list[tuple[int, int]]:
        """The current search hits, in text order."""
        return self._hits

    @property
    def cursor(self) -> tuple[int, int] | None:
        """The span under the cursor, or None."""
        return self._cursor

    def _refilter(self, *, keep_cursor: bool) -> None:
        self.items = [item for item in self._all_items if item.kind not in self.hidden_kinds]
        self._keys = [item.key for item in self.items]
        self._rebuild_static()
        if keep_cursor and self._cursor is not None:
            start, end = self._cursor
            # The same span if it is still an item, else the item now covering its start
            # (a better analysis may have grown "Trump" into "Donald Trump").
            if self._item_with_span(start, end) is None:
                covering = item_at(self.items, start)
                if covering is not None:
                    start, end = covering.start, covering.end
            self._cursor = None
            self.place_cursor(start, end, scroll=False)

    # -- cursor --------------------------------------------------------------------------

    def place_cursor(self, start: int, end: int, *, scroll: bool = True) -> None:
        """Put the cursor on ``[start, end)``; it describes the item there if there is one."""
        item = self._item_with_span(start, end)
        old = self._cursor
        self._cursor = (start, end)
        self.cursor_item = item
        self._invalidate_spans([s for s in (old, self._cursor) if s is not None])
        if scroll:
            self.scroll_to_offset(start, end)
        self.post_message(CursorMoved(item, start, end))

    def clear_cursor(self) -> None:
        """Take the cursor away (notes then go to the sentence at the top of the view)."""
        if self._cursor is None:
            return
        old = self._cursor
        self._cursor, self.cursor_item = None, None
        self._invalidate_spans([old])
        self.post_message(CursorMoved(None, None, None))

    def move_cursor(self, step: int) -> bool:
        """Move to the next (``step`` 1) or previous (-1) shown item; False when there is none.

        Without a cursor, "next" starts from the top of the view.
        """
        if not self.items:
            return False
        if self._cursor is None:
            # Items starting at the top of the view count as "next"; earlier ones as "previous".
            top = self.top_offset()
            if step > 0:
                found = next_index(self._keys, (top - 1, 0))
            else:
                found = previous_index(self._keys, (top, -len(self.text) - 1))
        else:
            key = (self._cursor[0], -self._cursor[1])
            found = next_index(self._keys, key) if step > 0 else previous_index(self._keys, key)
        if found is None:
            return False
        item = self.items[found]
        self.place_cursor(item.start, item.end)
        return True

    def step_through(self, spans: list[tuple[int, int]], step: int) -> bool:
        """Move the cursor to the next/previous span of ``spans`` (sorted) after the cursor."""
        if not spans:
            return False
        here = self._cursor or (self.top_offset() - (1 if step > 0 else 0), 0)
        if step > 0:
            later = [span for span in spans if span > here]
            target = later[0] if later else spans[0]
        else:
            earlier = [span for span in spans if span < here]
            target = earlier[-1] if earlier else spans[-1]
        self.place_cursor(*target)
        return True

    def items_with_span(self, start: int, end: int) -> list[Item]:
        """Every shown item with exactly this span: usually one, two when the same words are
        a number and a time ("30 hari": 30 days, and a duration)."""
        key = (start, -end)
        return self.items[bisect_left(self._keys, key) : bisect_right(self._keys, key)]

    def _item_with_span(self, start: int, end: int) -> Item | None:
        """The shown item with exactly this span (the last one if several share it)."""
        items = self.items_with_span(start, end)
        return items[-1] if items else None

    # -- scrolling -----------------------------------------------------------------------

    def top_offset(self) -> int:
        """The text offset at the top of the view."""
        if not self._lines:
            return 0
        index = min(len(self._lines) - 1, round(self.scroll_y))
        return self._lines[index][0]

    def scroll_to_offset(self, start: int, end: int | None = None) -> None:
        """Scroll so the text at ``start`` is visible, a third of the way down if it wasn't."""
        if not self._lines:
            return
        first = line_of(self._line_starts, start)
        last = line_of(self._line_starts, max(start, (end or start) - 1))
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        if first >= top and last < top + height:
            return
        self.scroll_to(y=max(0, first - height // 3), animate=False, immediate=True)

    # -- layout --------------------------------------------------------------------------

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """The first layout wraps the text at once (inside the layout pass), so the first
        frame already shows the article and its scrollbar; waiting for the Resize event
        would draw an empty view first and lay the whole screen out a second time.

        ``ScrollView`` refreshes the scrollbars when the ``virtual_size`` it is handed differs
        from the widget's own. The layout hands it the visible area, never the size of the
        wrapped text, so the scrollbars were redrawn after every layout pass, each time one
        more frame (two of them at start-up). It is handed the size the scrollbars were last
        sized for instead: they are redrawn when the size or the wrapping really changed."""
        if not self._lines and size.width:
            gutter = self.styles.gutter.width + self.scrollbar_size_vertical
            self._relayout(size.width - gutter, refresh=False)
        sized_for, self._scrollbars_sized_for = self._scrollbars_sized_for, self.virtual_size
        return super()._size_updated(size, sized_for, container_size, layout)

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap for the new width, keeping the same text at the top of the view."""
        self._relayout()

    def _relayout(self, width: int | None = None, *, refresh: bool = True) -> None:
        """Wrap for ``width`` columns (default: the current content width). Without
        ``refresh`` the new virtual size is only recorded (the layout pass under way
        reads it)."""
        width = width or self.scrollable_content_region.width or self.size.width
        measure = max(10, min(MAX_MEASURE, width - 2))
        indent = max(1, (width - measure) // 2)
        if measure == self._wrap_width and indent == self._indent and self._lines:
            return
        top = self.top_offset()
        self._wrap_width, self._indent = measure, indent
        self._lines = wrap_text(self._shown, measure)
        self._line_starts = [start for start, _ in self._lines]
        if refresh:
            self.virtual_size = Size(width, len(self._lines))
        else:
            self.set_reactive(ArticleView.virtual_size, Size(width, len(self._lines)))
        self._rebuild_static()
        self._rebuild_overlay()
        if top:
            self.scroll_to(y=line_of(self._line_starts, top), animate=False, immediate=True)

    def _lines_of(self, start: int, end: int) -> range:
        """Indexes of the lines that show ``[start, end)``."""
        first = line_of(self._line_starts, start)
        last = line_of(self._line_starts, max(start, end - 1))
        return range(first, last + 1)

    def _spread(self, decorations: Iterable[Decoration]) -> dict[int, list[Decoration]]:
        by_line: dict[int, list[Decoration]] = defaultdict(list)
        if not self._lines:
            return by_line
        for decoration in decorations:
            for index in self._lines_of(decoration[1], decoration[2]):
                by_line[index].append(decoration)
        return by_line

    def _rebuild_static(self) -> None:
        self._static = self._spread(
            (_KIND_RANK.get(item.kind, _ENTITY_RANK), item.start, item.end, kind_class(item.kind))
            for item in self.items
        )
        self._strips.clear()
        self.refresh()

    def _overlay_decorations(self) -> Iterable[Decoration]:
        layers = (
            (_NOTED_RANK, NOTED_CLASS, self._noted),
            (_MARK_RANK, MARK_CLASS, self._marks),
            (_EVIDENCE_RANK, EVIDENCE_CLASS, self._evidence),
            (_SEARCH_RANK, SEARCH_CLASS, self._hits),
        )
        return ((rank, start, end, name) for rank, name, spans in layers for start, end in spans)

    def _rebuild_overlay(self) -> None:
        self._overlay = self._spread(self._overlay_decorations())
        self._strips.clear()
        self.refresh()

    def _invalidate_spans(self, spans: list[tuple[int, int]]) -> None:
        """Forget and repaint only the lines showing ``spans`` (a cursor move)."""
        if not self._lines:
            return
        top = round(self.scroll_y)
        width = self.scrollable_content_region.width
        regions = []
        for start, end in spans:
            for index in self._lines_of(start, end):
                self._strips.pop(index, None)
                regions.append(Region(0, index - top, width, 1))
        self.refresh(*regions)

    # -- painting ------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        """The theme or CSS changed: forget the painted lines."""
        super().notify_style_update()
        self._styles.clear()
        self._strips.clear()

    def _style(self, names: tuple[str, ...]) -> Style:
        style = self._styles.get(names)
        if style is None:
            style = self.rich_style
            for name in names:
                if name == _SELECTION_CLASS:
                    style += self.screen.get_component_rich_style(name, partial=True)
                else:
                    style += self.get_component_rich_style(name, partial=True)
            self._styles[names] = style
        return style

    def render_line(self, y: int) -> Strip:
        """Paint one visible line (from the cache when nothing on it changed)."""
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        strip = self._strips.get(index)
        if strip is None or strip.cell_length != width:
            # The offsets tell Textual which character is under the mouse when it selects.
            strip = self._paint(index, width).apply_offsets(0, index)
            self._strips[index] = strip
        return strip

    def _paint(self, index: int, width: int) -> Strip:
        start, end = self._lines[index]
        decorations = self._static.get(index, []) + self._overlay.get(index, [])
        if self._cursor is not None and self._cursor[0] < end and self._cursor[1] > start:
            decorations.append((_CURSOR_RANK, *self._cursor, CURSOR_CLASS))
        selected = self._selected_span()
        if selected is not None and selected[0] < end and selected[1] > start:
            decorations.append((_SELECTION_RANK, *selected, _SELECTION_CLASS))
        decorations.sort()
        points = sorted(
            {start, end}
            | {max(start, min(end, d[1])) for d in decorations}
            | {max(start, min(end, d[2])) for d in decorations}
        )
        base = self.rich_style
        segments = [Segment(" " * self._indent, base)]
        for left, right in itertools.pairwise(points):
            names = tuple(d[3] for d in decorations if d[1] <= left and d[2] >= right)
            segments.append(Segment(self._shown[left:right], self._style(names)))
        return Strip(segments).adjust_cell_length(width, base)

    # -- mouse ---------------------------------------------------------------------------

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text selected with the mouse, as the article has it (paragraphs, not the
        wrapped lines), for Ctrl+C."""
        span = self._span_of(selection)
        return (self.text[span[0] : span[1]], "\n") if span is not None else None

    def selection_updated(self, selection: Selection | None) -> None:
        """Repaint with (or without) the selection."""
        self._strips.clear()
        self.refresh()

    def _selected_span(self) -> tuple[int, int] | None:
        selection = self.text_selection
        return self._span_of(selection) if selection is not None else None

    def _span_of(self, selection: Selection) -> tuple[int, int] | None:
        """The text offsets ``selection`` covers (its points are painted characters, the
        indent included, on wrapped lines)."""
        if not self._lines:
            return None
        start = 0 if selection.start is None else self._offset_at(selection.start)
        end = len(self.text) if selection.end is None else self._offset_at(selection.end)
        return (start, end) if start < end else None

    def _offset_at(self, point: Offset) -> int:
        if point.y >= len(self._lines):
            return len(self.text)
        start, end = self._lines[max(0, point.y)]
        return max(start, min(end, start + point.x - self._indent))

    def on_click(self, event: events.Click) -> None:
        """Clicking a highlight puts the cursor on it."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = round(self.scroll_y) + offset.y
        if index >= len(self._lines):
            return
        position = offset_at_column(self._shown, self._lines[index], offset.x - self._indent)
        if position is None:
            return
        item = item_at(self.items, position)
        if item is not None:
            self.place_cursor(item.start, item.end, scroll=False)

    def action_cursor(self, step: int) -> None:
        """Tab / Shift+Tab: next or previous item."""
        self.move_cursor(step)
