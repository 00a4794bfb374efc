"""TimelinePanel: the article's events in time order; choosing one jumps to its predicate."""

from __future__ import annotations

from textual import on
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.analysis.model import Analysis, Event
from reader.messages import SpanPicked
from reader.widgets.article_layout import showable

#: What an event without a date shows: the text gives none, so it keeps its place in the story
#: (next to the event told before it).
NO_DATE = "no date · story order"


def time_label(event: Event) -> str:
    """The event's date when known, with the phrase that dated it ("2025-03-18 · Selasa")."""
    parts = [p for p in (event.time, event.time_text) if p]
    return " · ".join(dict.fromkeys(parts)) or NO_DATE


class TimelinePanel(OptionList):
    """One row per event: time label, participants, one-line summary."""

    HELP = """
## Timeline

The reported events in time order: the date (and the words that dated it), who took part,
and a one-line summary. An event the text gives no date for keeps its place in the story,
next to the event told before it ("no date · story order"). **Enter** (or a click) jumps to
the event in the text: the cursor lands on its verb and the clause that reports it is marked
(**Escape** clears the mark).
"""

    def show(self, analysis: Analysis) -> None:
        """List the events of ``analysis`` in timeline order."""
        self._analysis = analysis
        self.clear_options()
        events = sorted(analysis.events, key=lambda e: (e.order, e.start))
        if not events:
            self.add_option(Option("No events found in this article.", disabled=True))
            return
        rows: list[Option | None] = []
        for event in events:
            rows.extend([Option(self._prompt(event, analysis), id=event.id), None])
        self.add_options(rows[:-1])
        self.highlighted = 0

    @staticmethod
    def _prompt(event: Event, analysis: Analysis) -> Content:
        names = [actor.name for a in event.actors if (actor := analysis.actor(a)) is not None]
        label = time_label(event)
        return Content.assemble(
            (label, "$text-muted italic" if label == NO_DATE else "bold"),
            "  ",
            (", ".join(names), "$text-muted"),
            "\n",
            showable(event.summary),
        )

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        found = self._analysis.event(event.option.id)
        if found is None:
            return
        description = f"EVENT  {time_label(found)} · {found.summary}"
        clause = (found.start, found.end)
        if found.trigger is None:
            self.post_message(SpanPicked(*clause, description))
        else:  # the cursor on the predicate, the clause marked around it
            self.post_message(
                SpanPicked(found.trigger.start, found.trigger.end, description, context=clause)
            )
