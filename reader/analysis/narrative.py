"""Placing events on a timeline: narrative ordering cues and the ordering rule itself.

The rule, applied to events in text order (each with an ISO date or none, and an optional
cue), building the timeline by insertion:

1. A **dated** event goes after every event already placed whose effective date is on or
   before its own (undated events placed before any dated one count as earliest), so dated
   events are sorted by date and keep text order within a day.
2. An **undated** event stays next to the event before it in the text and takes that event's
   effective date: right after it, or right *before* it when the event carries a "before" cue
   ("sebelumnya", "earlier", "previously"). "After" cues ("kemudian", "setelah itu",
   "beberapa jam kemudian", "later", "afterwards") and no cue both mean right after.
3. The first event of the text, when undated, starts the timeline with no effective date.

So undated events travel with their dated neighbour: "Trump spoke to Putin on Tuesday. Putin
refused…" keeps the refusal on Tuesday, even when Tuesday's events are told after Wednesday's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Cue = Literal["before", "after"]

# Multi-word cues are matched as phrases on lowercased text; single words as whole words.
_BEFORE_CUES = (
    "sebelumnya",
    "sebelum itu",
    "sebelum ini",
    "earlier",
    "previously",
    "before that",
    "prior to that",
)
_AFTER_CUES = (
    "kemudian",
    "setelah itu",
    "sesudah itu",
    "usai itu",
    "selanjutnya",
    "keesokan harinya",
    "later",
    "afterwards",
    "afterward",
    "subsequently",
    "then",
    "the next day",
)
_CUE_PATTERN = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(c) for c in _BEFORE_CUES + _AFTER_CUES) + r")(?!\w)"
)


def narrative_cue(text: str) -> Cue | None:
    """The ordering cue in ``text`` (a clause's opening words or the words before its verb)."""
    match = _CUE_PATTERN.search(text.lower())
    if match is None:
        return None
    return "before" if match.group(1) in _BEFORE_CUES else "after"


@dataclass(frozen=True, slots=True)
class Placement:
    """What the ordering needs to know about one event: its date and its cue."""

    date: str | None
    cue: Cue | None = None


def timeline_order(events: list[Placement]) -> list[int]:
    """The timeline position (0 first) of each event, given in text order (rule above)."""
    timeline: list[int] = []
    effective: list[str | None] = []
    for index, event in enumerate(events):
        if event.date is not None:
            effective.append(event.date)
            position = 0
            for k, other in enumerate(timeline):
                other_date = effective[other]
                if other_date is None or other_date <= event.date:
                    position = k + 1
            timeline.insert(position, index)
        elif index == 0:
            effective.append(None)
            timeline.append(index)
        else:
            effective.append(effective[index - 1])
            anchor = timeline.index(index - 1)
            timeline.insert(anchor if event.cue == "before" else anchor + 1, index)
    order = [0] * len(events)
    for position, index in enumerate(timeline):
        order[index] = position
    return order
