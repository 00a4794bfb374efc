"""ActorsPanel: the article's actors by prominence; highlighting one marks its mentions."""

from __future__ import annotations

from textual import on
from textual.content import Content
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.analysis.model import Actor, Analysis
from reader.messages import ActorPicked
from reader.widgets.highlight_styles import kind_class, kind_style, kind_styles

_KIND_OF_LABEL = {"PER": "per", "ORG": "org", "LOC": "loc", "MISC": "misc"}
#: The component classes the names are drawn with.
_NAME_CLASSES = tuple(sorted(kind_class(kind) for kind in _KIND_OF_LABEL.values()))


def by_prominence(actors: list[Actor]) -> list[Actor]:
    """Most mentioned first; ties go to whoever appears first in the text."""
    return sorted(
        actors,
        key=lambda a: (-len(a.mentions), a.mentions[0].start if a.mentions else 0, a.name),
    )


class ActorsPanel(OptionList):
    """One row per actor: name (in its kind's style), kind and mention count."""

    HELP = """
## Actors

The people, organisations and places of the article, most mentioned first. Moving through
the list marks the actor's mentions in the text; **Enter** (or a click) jumps to the first
one, then **] / [** step through the rest.
"""

    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | set(_NAME_CLASSES)

    _analysis: Analysis | None = None
    #: The kinds' styles the names were drawn with.
    _drawn_with: tuple[Style, ...] = ()

    def notify_style_update(self) -> None:
        """Names are drawn in their kinds' colours: redraw them when a theme change gave the
        kinds other styles. Textual updates the component classes just after this call (and
        only when the screen shows again, if the theme was changed from a screen above), so
        the comparison waits for the next refresh, by which time the screen may be gone
        (an open article removed from the library): a detached panel has no styles to ask."""
        super().notify_style_update()
        self.call_after_refresh(self._restyle)

    def _restyle(self) -> None:
        if not self.is_attached:
            return
        if self._analysis is not None and kind_styles(self, _NAME_CLASSES) != self._drawn_with:
            self.show(self._analysis)

    def show(self, analysis: Analysis) -> None:
        """List the actors of ``analysis``, keeping the highlighted actor if it is still there."""
        self._analysis = analysis
        self._drawn_with = kind_styles(self, _NAME_CLASSES)
        current = self.highlighted_option.id if self.highlighted_option else None
        self.clear_options()
        actors = by_prominence(analysis.actors)
        if not actors:
            self.add_option(Option("No actors found in this article.", disabled=True))
            return
        self.add_options(Option(self._prompt(actor), id=actor.id) for actor in actors)
        ids = [actor.id for actor in actors]
        self.highlighted = ids.index(current) if current in ids else 0

    def highlight_actor(self, actor_id: str) -> None:
        """Move the highlight to this actor's row (following the article cursor)."""
        if self.has_focus:
            return
        for index in range(self.option_count):
            if self.get_option_at_index(index).id == actor_id:
                self.highlighted = index
                return

    def _prompt(self, actor: Actor) -> Content:
        style = kind_style(self, kind_class(_KIND_OF_LABEL.get(actor.label, "misc")))
        count = len(actor.mentions)
        aliases = [a for a in actor.aliases if a != actor.name]
        detail = f"{actor.label} · {count} mention{'s' if count != 1 else ''}"
        if aliases:
            detail += " · also " + ", ".join(aliases[:2])
        return Content.assemble((actor.name, style), "\n", (detail, "$text-muted"))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None and self.has_focus:
            self.post_message(ActorPicked(event.option.id, jump=False))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(ActorPicked(event.option.id, jump=True))
