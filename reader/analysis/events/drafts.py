"""An event before ids, dates and order are final (:class:`_Draft`), and how the drafts
of one sentence share a subject or a source."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reader.analysis.words import Word


@dataclass(slots=True)
class _Draft:
    """An event before ids, dates and order are final."""

    start: int
    end: int
    trigger: Word
    sent: int
    cue: Literal["before", "after"] | None
    aside: bool  # a flashback inside its sentence ("… setelah warga melapor")
    flashback: bool  # a look back in the pluperfect ("had approved", "pernah dilanda")
    ahead: bool  # told in the future ("akan dijerat", "will appear")
    actors: list[str]
    people: frozenset[str]
    time: str | None = None
    time_text: str | None = None
    #: The month, year or other period ("2025-02", "2024", "2024-Q3") the clause's time
    #: resolves to when it names no day, for ordering by a rough day (see _placements).
    coarse: str | None = None
    #: The words (first, last) of a clause with two people, whose content words are compared
    #: with other events' (see _EventFinder.content_of); None for any other clause.
    compared: tuple[int, int] | None = None
    content: frozenset[str] | None = None  # (found when first asked for)
    #: its predicate is a speech verb ("said", "mengatakan", "erklärte"): see _placements
    speech: bool = False
    #: it is what the speech clause before it reports ("said the talks had failed"): the
    #: day of the saying is not its day (see _Dating._date_sentence)
    reported: bool = False
    #: it opens its sentence with "before"/"sebelum" ("Before the meeting began, protesters
    #: gathered …"): the clause after it happened first (see _first_before)
    opens_before: bool = False
    #: its first actor is its subject, named or resolved before its predicate (not the
    #: object of "Officers detained Maria Lopez"): only then does a clause that shares the
    #: subject take it ("… and questioned her")
    subject_first: bool = True
    #: it has no subject of its own but shares the one of the clause before it ("… and
    #: injured 11 others", "…, tetapi menolak …")
    shares_subject: bool = False
    #: the words naming the subject a clause without its own shares with the clause before
    #: ("Lopez" for "… and met Cho"), put before its summary so that it says who acted
    lead: str = ""
    #: where the clause's own words resume after those ``lead`` stands for (the pronoun of
    #: "She said …" named as "Dana Cole said …"); 0 when the lead replaces none
    after_lead: int = 0


def _told_before(drafts: list[_Draft], first: int) -> _Draft:
    """The last of ``drafts`` not an aside ("after a crack was found") from index ``first``
    on (the sentence's first), else the last: the clause a subject is shared with."""
    for k in range(len(drafts) - 1, first - 1, -1):
        if not drafts[k].aside:
            return drafts[k]
    return drafts[-1]


def _absorb(draft: _Draft, source: _Draft, people_ids: frozenset[str]) -> None:
    """Extend ``draft`` over the clause naming its ``source``. The source's actors become
    its actors only when it names none of its own ("Rail workers will strike …, union chief
    Dan Harper said"): the one who tells of it takes no part in what was done ("Kostal later
    accepted the offer, minister Ana Petrov said" is Kostal's doing, as after "according
    to")."""
    draft.end = source.end
    if not draft.actors:
        draft.actors = source.actors
        draft.people = people_ids.intersection(draft.actors)


def _take_subject(draft: _Draft, before: _Draft, people_ids: frozenset[str]) -> None:
    """Give ``draft`` the subject (first actor) of the clause ``before`` it shares it with,
    when that clause named it before its predicate."""
    if before.actors and before.subject_first:
        draft.actors = list(dict.fromkeys([before.actors[0], *draft.actors]))
        draft.people = people_ids.intersection(draft.actors)
