"""StatusLine: one line saying what the cursor is on, in words (never by colour alone)."""

from __future__ import annotations

from calendar import month_name
from collections.abc import Sequence
from datetime import date

from textual.content import Content
from textual.style import Style
from textual.widgets import Static

from reader.analysis.model import Analysis, Entity, NumberSpan, Quote, TimeSpan
from reader.analysis.timevalues import WEEKEND_MARK, read_value, week_first_day
from reader.widgets.article_layout import KIND_NAMES, Item, showable
from reader.widgets.highlight_styles import KIND_CLASSES, kind_class, kind_styles


class StatusLine(Static):
    """Describes the current item: kind, actor and aliases, value and unit, resolved date,
    speaker and cue. Its height is fixed in CSS, so updating it never costs a layout pass."""

    COMPONENT_CLASSES = KIND_CLASSES

    #: What :meth:`show_items` last showed (None after a plain message), and the styles of
    #: its kind labels then.
    _shown: tuple[Sequence[Item], Analysis | None, str, str] | None = None
    _drawn_with: tuple[Style, ...] = ()

    def notify_style_update(self) -> None:
        """The kind labels are drawn in their kinds' colours: redraw them when a theme change
        gave a kind another style (see ``ActorsPanel.notify_style_update`` for the deferral)."""
        super().notify_style_update()
        self.call_after_refresh(self._restyle)

    def _restyle(self) -> None:
        if not self.is_attached:
            return  # (the screen went before the refresh: see ActorsPanel)
        if self._shown is not None and self._label_styles(self._shown[0]) != self._drawn_with:
            items, analysis, note, before = self._shown
            self.show_items(items, analysis, note, before=before)

    def _label_styles(self, items: Sequence[Item]) -> tuple[Style, ...]:
        return kind_styles(self, [kind_class(item.kind) for item in items])

    def show_items(
        self, items: Sequence[Item], analysis: Analysis | None, note: str = "", *, before: str = ""
    ) -> None:
        """Describe the items under the cursor (one, or a number that is also a time),
        looking up actors in ``analysis``, and the note on them if any; ``before`` comes
        first (which search match they are)."""
        self._shown = (items, analysis, note, before)
        self._drawn_with = self._label_styles(items)
        parts: list[str | tuple[str, str | Style]] = [f"{before} · "] if before else []
        for index, (item, style) in enumerate(zip(items, self._drawn_with, strict=True)):
            label = (f" {KIND_NAMES[item.kind].upper()} ", style)
            parts += [" · " if index else "", label, " ", showable(describe(item, analysis))]
        if note:
            parts.append((f" · note: {showable(note)}", "$text-success"))
        self.update(Content.assemble(*parts), layout=False)

    def show_text(self, text: str) -> None:
        """Show a plain message (a search hit, an event, a hint)."""
        self._shown = None
        self.update(Content(showable(text)), layout=False)


def describe(item: Item, analysis: Analysis | None) -> str:
    """The words after the kind label for ``item``."""
    ref = item.ref
    if isinstance(ref, Entity):
        return _describe_entity(ref, analysis)
    if isinstance(ref, NumberSpan):
        return _describe_number(ref)
    if isinstance(ref, TimeSpan):
        return _describe_time(ref, analysis.pubdate if analysis else None)
    if isinstance(ref, Quote):
        return _describe_quote(ref, analysis)
    return ref.text


def _describe_entity(entity: Entity, analysis: Analysis | None) -> str:
    actor = analysis.actor(entity.actor) if analysis else None
    if actor is None:
        return f"“{entity.text}”"
    parts = [actor.name]
    names = [alias for alias in actor.aliases if alias != actor.name]
    if names:
        shown = ", ".join(f"“{name}”" for name in names[:3])
        more = f" +{len(names) - 3}" if len(names) > 3 else ""
        parts.append(f"{len(names)} other name{'s' if len(names) > 1 else ''}: {shown}{more}")
    parts.append(f"{len(actor.mentions)} mention{'s' if len(actor.mentions) != 1 else ''}")
    if actor.roles:
        parts.append("role: " + ", ".join(actor.roles[:2]))
    parts.append("] / [ step through mentions")
    return " · ".join(parts)


def _describe_number(number: NumberSpan) -> str:
    if number.value is None:
        value = "vague quantity"
    else:
        value = f"{number.value:,}" if isinstance(number.value, int) else f"{number.value:g}"
    unit = f" · counts: {number.unit}" if number.unit else " · unit unknown"
    return f"“{number.text}” = {value}{unit}"


def _describe_time(time: TimeSpan, pubdate: str | None) -> str:
    anchor = time.anchor or pubdate
    parts = [f"“{time.text}”" + ("" if time.type == "DATE" else f" ({time.type.lower()})")]
    if time.value:
        parts[0] += f" = {_long_date(time.value)}"
        if time.relative:
            parts.append(f"relative to publication date {anchor}" if anchor else "relative")
    elif time.duration:
        parts.append(f"lasts {time.duration}")
    elif time.relative and not anchor:
        parts.append("not resolved: the article has no date (D sets it)")
    else:
        parts.append("not resolved to a day")
    return " · ".join(parts)


def _describe_quote(quote: Quote, analysis: Analysis | None) -> str:
    actor = analysis.actor(quote.speaker) if analysis else None
    parts = [f"speaker: {actor.name}" if actor else "speaker unknown"]
    if quote.speaker_span and (actor is None or quote.speaker_span.text != actor.name):
        parts.append(f"named as “{quote.speaker_span.text}”")
    if quote.cue:
        parts.append(f"cue “{quote.cue.text}”")
    parts.append("y copies it")
    return " · ".join(parts)


#: Seasons and halves of a year in words, by their number (the order of
#: :data:`reader.analysis.timevalues.SEASON_CODES`): "2025-SU" → "summer 2025", "2025-H1" →
#: "first half of 2025".
_SEASON_WORDS = ("spring", "summer", "autumn", "winter")
_HALF_WORDS = ("first half of", "second half of")


def _ordinal(n: int) -> str:
    """21 → '21st', 20 → '20th', 12 → '12th'."""
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _long_date(iso: str) -> str:
    """'2025-03-18' → 'Tue 18 Mar 2025'; a value of reduced precision, as TimeML gives years,
    months, quarters, halves, seasons, fiscal years and decades
    (:func:`reader.analysis.timevalues.read_value`), in words: '2025-03' → 'March 2025',
    '2024-Q3' → 'Q3 2024', '2025-H1' → 'first half of 2025', '2025-SU' → 'summer 2025',
    'FY2026' → 'fiscal year 2026', '2024' → '2024', '199' → 'the 1990s', '19' → 'the 20th
    century'; an ISO week or its weekend by its first day: '2026-W48' → 'the week of Mon 23
    Nov 2026', '2026-W48-WE' → 'the weekend of Sat 28 Nov 2026'; any other text as it is."""
    first = week_first_day(iso)  # (first: fromisoformat would read "2026-W48" as its Monday)
    if first is not None:
        kind = "weekend" if iso.endswith(WEEKEND_MARK) else "week"
        return f"the {kind} of {first.strftime('%a %d %b %Y')}"
    try:
        return date.fromisoformat(iso).strftime("%a %d %b %Y")
    except ValueError:
        pass
    read = read_value(iso)
    if read is None:
        return iso
    kind, year, number = read
    if kind == "fiscal":
        return f"fiscal year {year}"
    if kind == "decade":
        return f"the {year}0s"
    if kind == "century":
        return f"the {_ordinal(int(year) + 1)} century"
    if kind == "year":
        return year
    if kind == "quarter":
        return f"Q{number} {year}"
    if kind == "half":
        return f"{_HALF_WORDS[number - 1]} {year}"
    if kind == "season":
        return f"{_SEASON_WORDS[number - 1]} {year}"
    return f"{month_name[number]} {year}"
