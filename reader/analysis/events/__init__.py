"""Events: one per reported happening — a predicate with its participants — on a timeline.

How a sentence becomes events:

* It is cut into segments at commas (weak) and at clause-joining words and marks (strong:
  "tetapi", "namun", "sementara", "di mana", "but", "while", "where", ";", dashes,
  "lalu"/"kemudian"/"then" after a comma, and "dan"/"and" before a sure verb, whose clause
  shares the subject of the one before). Words inside direct quotes never count as
  predicates. "setelah", "sebelum", "sejak", "after", "before", "since" cut too, but what
  they open stays a phrase of the clause before unless it has a subject and a sure verb
  ("setelah warga melapor" is a clause, "after the break" and "sejak itu" are not; nor is
  "since" after an auxiliary, "have since improved"); a clause joined by "setelah"/"after"
  is an aside told out of order: it happened first.
* Each segment's predicate is its first verb that is not in a relative or purpose clause
  (:mod:`reader.analysis.predicates`; with a parse, a ``VERB`` that is not ``acl``). A segment
  with a predicate and something before it ("Putin menolak …", ", dengan Kyiv mengatakan …")
  opens a new clause; a predicate with nothing before it continues the clause it follows
  (", menambahkan bahwa …", ", adding that …") — or opens one after a strong boundary
  ("…, tetapi menolak …"); a segment without a predicate joins its neighbour (leading
  segments like "Namun," or "dalam panggilan … pada hari Selasa," join the next clause).
* Every clause with a predicate is an event, except a pure speech frame around a quote
  ("“…,” he said", "Lopez told reporters: “…”"): those add nothing the quote does not show.
  A speech (or belief) verb with reported content is cut where the content opens, at
  "that"/"bahwa" or, in English and Indonesian, at its subject ("Trump mengatakan | panggilan
  Rabu … berlangsung sekitar satu jam", "said on Monday | it would cut jobs"): the saying and
  what it reports are two events, each with its own day. A closing English attribution ("…,
  prosecutors said") is no event: it joins the clause it sources.

An event's ``actors`` are the actors of the entities in its clause (outside quotes) plus its
subject: the speaker when its predicate is a quote's speech cue, the person a subject pronoun
("ia", "he") stands for, the speaker for "it"/"they" opening what was reported, or for a
clause without a subject of its own ("… and met Cho") the subject of the clause before. Its
``time`` comes from a DATE (or a TIME naming a day) in its clause, else (but for a reported
clause, or one with a year or month of its own) from the clause before it in the same
sentence ("… pada hari Selasa, di mana pemimpin Rusia setuju …"), else from a date of the
sentence outside every clause, else from the previous event when the sentence continues the
same scene ("Dalam panggilan itu, …", "During the call, …"), else from a dated event that
reports the same happening (at least two shared people, the speaker counting for what was
reported, and a shared content word: "mengadakan panggilan … dengan Zelensky" / "Trump
mengatakan panggilan Rabu dengan Zelensky …").
A clause dated only by a month or a year has that period as its ``time`` ("2025-03",
"2022"; see :func:`~.timeline._partial_time`), ordered by a rough day in it. Dates inside quotes are
ignored. ``order`` follows :func:`reader.analysis.narrative.timeline_order`
with the article's reference day (the day relative times were resolved against); in a live
blog, whose paragraphs open with a timestamp ("01:45 GMT — …"), the entries' events are
ordered by their stamps (see :func:`~.timeline._live_blog_entries`).
Events are returned in text order; ids are "e1", "e2", … in that order.

Where things are
----------------
- :mod:`~.document`: :func:`find_events`, which runs the rest: the event finder's drafts,
  the passes that date an event from another (the same happening, days counted from the
  story, the lede under a headline) and the summaries; :mod:`~.timeline`: placement on the
  timeline (live blogs too).
- The event finder, one object per document, is built in layers, each a class in its own
  module that extends the one below and may call only the layers below it: :mod:`~.text`
  (the document's words, names, times and quotes), :mod:`~.verbs` (which words are verbs),
  :mod:`~.clauses` (segments and clauses), :mod:`~.reports` (reported speech),
  :mod:`~.participants` (who takes part, and the subject a clause shares), :mod:`~.dating`
  (a clause's day), :mod:`~.cues` (its order against the others), and :mod:`~.finder` on
  top, which drafts an event per clause.
- What they share: :mod:`~.lexicon` (word lists and limits) and :mod:`~.drafts` (the
  draft of an event).

Names with a leading underscore belong to the package: its modules share them, nothing
outside it uses them (its tests aside).
"""

from reader.analysis.events.document import SUMMARY_LENGTH, find_events

__all__ = ["SUMMARY_LENGTH", "find_events"]
