"""What the rules ask of every word, worked out once per distinct word.

Each answer is a bit of a small number (two bytes per word, see :func:`_word_bits` and
:func:`_more_bits`), so a sentence's words become byte strings and a question about all of them
is one C-level ``bytes.translate`` (see :data:`_FLAG_TABLES`) rather than a Python loop."""

from __future__ import annotations

from reader.analysis import gazetteer
from reader.analysis.entities.lexicon import (
    _AGAINST,
    _APPOSITION_LINKS,
    _CHAMBERS,
    _CLIMB_VERBS,
    _COMEBACK_VERBS,
    _COMPASS_ADJECTIVES,
    _FIXTURE_VERBS,
    _FUNCTION_WORDS_IN_NAMES,
    _HEADS,
    _HOME_FIXTURE_VERBS,
    _HONORIFICS,
    _INNER_MARKS,
    _LOWERCASE_LEGAL_FORMS,
    _MATCH_VERBS,
    _MONTH_SURNAMES,
    _NATIONALITY_FIRSTS,
    _NOBLE_ABBREVIATIONS,
    _OPENING_MARKS,
    _PERSON_NOUNS,
    _RAMADAN_SURNAMES,
    _ROUND,
    _SPORTS_PEOPLE,
    _SPORTS_ROLES,
    _TRAIN_ABBREVIATIONS,
    _TRAIN_KINDS,
    _USE_VERBS,
    _WEEKDAYS,
)
from reader.analysis.entities.shapes import (
    _has_letter_or_digit,
    _is_business_descriptor,
    _is_lowercase_compound,
    _is_name_word,
    _is_possessive,
    _may_start_name,
)
from reader.analysis.memo import WordMemo
from reader.analysis.name_cues import (
    COMMON_ACRONYMS,
    COMMON_SUBJECTS,
    LAW_HEADS,
    NAME_PARTICLES,
    NUMBERED_UNIT_HEADS,
    PERSON_CONTEXT,
    SCHOOL_LEVELS,
)
from reader.analysis.titles import (
    TITLE_HEADS,
    may_start_title,
)

# What the rules ask of every word, worked out once per distinct word (see _word_bits) as
# the bits of one small number, so that a sentence's words become one byte string and a
# question about all of them is one C-level ``bytes.translate`` (see _FLAG_TABLES).
#: The word starts with a letter; with a capital; a title phrase may start at it (see
#: :func:`~reader.analysis.titles.may_start_title`).
_ALPHA_FIRST, _CAPITALISED, _TITLE_START = 1, 2, 4
#: The word may be (part of) a name (see :func:`_is_name_word`); a name or a title may
#: start at it (see :func:`_may_start_name`).
_NAME_WORD, _NAME_START = 8, 16
#: The word opens a quotation or clause (see :data:`_OPENING_MARKS`); it has a letter or
#: a digit; it is a place or organisation head word ("Kabupaten", "Partai").
_OPENING, _ALNUM, _HEAD_WORD = 32, 64, 128
#: For each bit, the ``bytes.translate`` table that maps a word's bits to 1 if it is set,
#: else 0.
_FLAG_TABLES = {
    bit: bytes(int(bool(code & bit)) for code in range(256)) for bit in (1 << k for k in range(8))
}


#: A second byte of such facts (see :func:`_more_bits`): the word, though no name word,
#: may go on a run of name words ("bin", "of", "dan", "'s", "Minggu" of "Pasar Minggu"; see
#: :meth:`_SentenceReader._run_end`), or a list of words in an organisation's name ("," of
#: "Badan Meteorologi, Klimatologi, dan Geofisika"); it ends in a possessive ("Acme's"); a
#: run opening with it may end past its name words (a law's, a military unit's or a
#: school's head: "UU Nomor 1", "Kodim 0832", "SMAN 3 Yogyakarta"); it is a school's level
#: ("SMAN").
_JOINS_RUN, _LINKS_LIST, _POSSESSIVE, _NUMBERED_HEAD, _SCHOOL_LEVEL = 1, 2, 4, 8, 16
#: After a name, the word may say that it is a team ("by" of a margin, runs, a match verb,
#: a team's role; see :meth:`_SentenceReader._may_be_team`); before it, "for", "from" or
#: a preposition after a match ("a draw with", "scored for", "on loan from").
_TEAM_CUE_AFTER, _TEAM_CUE_BEFORE = 32, 64
#: The word is odd as a run's first word or right before a run: it may open a train's name
#: ("KA"), be a title, a letter, an acronym of no name, a law's kind, a chamber, a compass
#: word, a nationality, a noble's abbreviation, a possessive or a compound ("Trump-Putin"),
#: or come before a train's name ("api"), initials ("berinisial") or a product or place
#: ("used", "climbed"). See :meth:`_SentenceReader._odd_run`.
_ODD_WORD = 128


def _word_bits(word: str) -> int:
    """The facts about ``word`` the rules ask of every word, as bits (see _ALPHA_FIRST)."""
    first = word[:1]
    return (
        first.isalpha() * _ALPHA_FIRST
        | first.isupper() * _CAPITALISED
        | may_start_title(word) * _TITLE_START
        | _is_name_word(word) * _NAME_WORD
        | _may_start_name(word) * _NAME_START
        | (word in _OPENING_MARKS) * _OPENING
        | _has_letter_or_digit(word) * _ALNUM
        | (word.lower() in _HEADS) * _HEAD_WORD
    )


def _more_bits(word: str) -> int:
    """The facts of the second byte about ``word``, as bits (see _JOINS_RUN)."""
    low = word.lower()
    return (
        _joins_run(word, low) * _JOINS_RUN
        | (low in _APPOSITION_LINKS) * _LINKS_LIST
        | _is_possessive(word) * _POSSESSIVE
        | (low in LAW_HEADS or low in NUMBERED_UNIT_HEADS or word in SCHOOL_LEVELS) * _NUMBERED_HEAD
        | (word in SCHOOL_LEVELS) * _SCHOOL_LEVEL
        | (word in _TEAM_WORDS_AFTER or word.isdigit()) * _TEAM_CUE_AFTER
        | (word in _TEAM_WORDS_BEFORE) * _TEAM_CUE_BEFORE
        | _is_odd_word(word, low) * _ODD_WORD
    )


def _is_odd_word(word: str, low: str) -> bool:
    """Is ``word`` (``low`` lowercased) odd as a run's first word or the word before it
    (see _ODD_WORD)?"""
    return (
        len(word) == 1
        or word in _ODD_WORDS
        or low in _LOWERCASE_ODD_WORDS
        or "-" in word
        or _is_possessive(word)
        or gazetteer.is_demonym(word)
    )


_ODD_WORDS = (
    COMMON_ACRONYMS
    | _CHAMBERS
    | _NOBLE_ABBREVIATIONS
    | _COMPASS_ADJECTIVES
    | _TRAIN_KINDS
    | _TRAIN_ABBREVIATIONS
    | {"kereta"}  # "kereta Argo Bromo Anggrek": a train's name after it
)
_LOWERCASE_ODD_WORDS = (
    TITLE_HEADS
    | LAW_HEADS
    | _NATIONALITY_FIRSTS
    | PERSON_CONTEXT
    | _USE_VERBS
    | _CLIMB_VERBS
    | _ROUND
)


_TEAM_WORDS_AFTER = (
    _MATCH_VERBS | _SPORTS_ROLES | _COMEBACK_VERBS | _HOME_FIXTURE_VERBS | {"by", "were"}
)
_TEAM_WORDS_BEFORE = _AGAINST | _FIXTURE_VERBS | {"for", "at", "from"}


#: Words (as written, and lowercased) that :meth:`_SentenceReader._run_end` may take into a
#: run though they are no name words.
_RUN_JOINERS = (
    _FUNCTION_WORDS_IN_NAMES
    | _INNER_MARKS
    | _MONTH_SURNAMES
    | _RAMADAN_SURNAMES
    | _LOWERCASE_LEGAL_FORMS
    | {"I", "A", ".", "("}
)
_LOWERCASE_RUN_JOINERS = _WEEKDAYS | _HONORIFICS | NAME_PARTICLES | {"untuk", "and", "dan"}


def _joins_run(word: str, low: str) -> bool:
    """May ``word`` (``low`` lowercased) go on a run of name words though it is none: a
    capitalised word, or one that :meth:`_SentenceReader._run_end` takes in some name?
    Any other word ends a run (but a comma may go on an organisation's, see _LINKS_LIST)."""
    return (
        word[:1].isupper()
        or word in _RUN_JOINERS
        or low in _LOWERCASE_RUN_JOINERS
        or word.startswith("ke-")  # "Pesta Kesenian Bali ke-49"
    )


_WORD_BITS = WordMemo(_word_bits, limit=1 << 16)
_MORE_BITS = WordMemo(_more_bits, limit=1 << 16)


def _may_be_given_name(word: str, bits: int) -> bool:
    """Could ``word``, opening a sentence before more capitalised words, be a person's first
    name rather than a title, head word, descriptor or ordinary subject ("Chipmaker Acme
    Semiconductor", "Kepala Dinas", "Police Scotland")? ``bits`` are its _word_bits."""
    low = word.lower()
    return not (
        bits & (_TITLE_START | _HEAD_WORD)
        or _is_business_descriptor(word)
        or low in COMMON_SUBJECTS
        or low in _PERSON_NOUNS
        or low in _SPORTS_PEOPLE
        or _is_lowercase_compound(word)
    )


def _initial_positions(bits: bytes) -> set[int]:
    """Indexes of words that start the sentence or a quotation, where capitals prove nothing,
    from the words' bits: the first word with a letter or digit (marks before it, as in
    "# Heading", "* item", "> quoted", do not count), and each word after opening marks."""
    # (Most sentences open with a word and hold no opening mark: two cheap tests.)
    first = 0 if bits and bits[0] & _ALNUM else bits.translate(_FLAG_TABLES[_ALNUM]).find(1)
    if first < 0:
        return set()
    starts = {first}
    opening = bits.translate(_FLAG_TABLES[_OPENING])
    if 1 not in opening:
        return starts
    k = opening.find(1, first)
    while k >= 0:
        k = opening.find(0, k)  # the word after the marks
        if k < 0:
            break
        starts.add(k)
        k = opening.find(1, k)
    return starts
