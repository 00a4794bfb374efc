"""A small time grammar after TIMEX3: finds DATE, TIME, DURATION and SET expressions.

It only *finds* expressions and records how each could be resolved (:class:`TimeMatch`); the
time annotator (:mod:`reader.analysis.times`) turns that into values against the publication
date, handing absolute dates to ``dateparser``. Keeping our own grammar matters because a
date parser alone reads the duration "30 hari" as a date and misses "pekan lalu", "Kamis lalu"
or "dua hari lalu".

Indonesian and English have full vocabularies below. Other languages get ISO and numeric
dates, clock times, and month, weekday and "yesterday/today/last week" words taken from
``dateparser``'s locale data (imported lazily, only for those languages).

Conventions (TIMEX3): prepositions stay out of the span ("pada hari Selasa" → "hari Selasa",
"on Tuesday" → "Tuesday", "selama satu jam" → "satu jam"), approximators stay in it, as
TimeML has them ("sekitar satu jam", "more than four years"); spans never overlap; a weekday
with a part of the day ("Selasa malam") or a clock time is TIME; "N units ago" is a DATE
(TIME below a day); "N units later/kemudian" is dated relative to the story, not to the
publication date, so it stays unresolved; "beberapa hari mendatang" is a DATE in the future,
while "72 jam ke depan" and "lima tahun terakhir" are whole DURATIONs, as "the past two
years" and "the three months" are; "sembilan bulan pertama tahun ini" and "tiga hari sebelum
Lebaran" are DATEs;
"lalu" and "mendatang" after a date choose which one ("26 Juni mendatang" is the next 26 June)
but stay out of its span, as in the project's gold. A unit right after an amount is a rate,
a SET ("£3bn a year", "Rp 10 juta sebulan", "90 million passengers a year"), but not after
a measure: "800 ton per hari", "20 km a day" and "60 miles per hour" are the measure's rate,
no time of their own. A game's "second half" or
"third quarter" is no date (a year's half needs "of", "the second half of the year", or an
amount of money just before it, "added £40m in the first half").

Where things are
----------------
- :mod:`~.grammar`: :func:`find_time_expressions`, :func:`word_scan` and
  :func:`candidate_words`; :class:`~.grammar._Grammar`, the left-to-right longest match, and
  the tables of which rules may start at a word.
- The grammar is built in layers, each a class in its own module that extends the one below
  and may call only the layers below it: :mod:`~.words` (the words of a text, and how a
  match is made of them), :mod:`~.tense` (is the clause future, present or past), then the
  rules by kind: :mod:`~.dates`, :mod:`~.periods`, :mod:`~.holidays`, :mod:`~.quantities`,
  :mod:`~.sets` and :mod:`~.clock`, and :mod:`~.grammar` on top.
- What the layers share: :mod:`~.values` (:class:`TimeMatch`, :data:`Kind`,
  :data:`Direction`, and the values the grammar writes), :mod:`~.vocabulary` (word lists and
  patterns) and :mod:`~.locales` (the other European languages' words).

Names with a leading underscore belong to the package: its modules share them, nothing
outside it uses them (its tests aside).
"""

from reader.analysis.timegrammar.grammar import (
    ID_NEXT_DAY_PHRASES,
    STORY_PARTS,
    candidate_words,
    find_time_expressions,
    opens_with_same_period,
    word_scan,
)
from reader.analysis.timegrammar.holidays import feast_date, feast_days, holiday_date
from reader.analysis.timegrammar.quantities import ID_ONE_UNIT_WORDS
from reader.analysis.timegrammar.tense import END_MOVERS, UNTIL_WORDS
from reader.analysis.timegrammar.values import PERIOD_KINDS, Direction, Kind, TimeMatch
from reader.analysis.timegrammar.vocabulary import (
    LATELY_WORDS,
    PERIOD_EDGE_WORDS,
    PRESENT_WORDS,
    WITHIN_DAY,
    month_name,
    month_number,
)

__all__ = [
    "END_MOVERS",
    "ID_NEXT_DAY_PHRASES",
    "ID_ONE_UNIT_WORDS",
    "LATELY_WORDS",
    "PERIOD_EDGE_WORDS",
    "PERIOD_KINDS",
    "PRESENT_WORDS",
    "STORY_PARTS",
    "UNTIL_WORDS",
    "WITHIN_DAY",
    "Direction",
    "Kind",
    "TimeMatch",
    "candidate_words",
    "feast_date",
    "feast_days",
    "find_time_expressions",
    "holiday_date",
    "month_name",
    "month_number",
    "opens_with_same_period",
    "word_scan",
]
