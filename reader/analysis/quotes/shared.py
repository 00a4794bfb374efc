"""What the layers share: the attribution each step returns, the limits and words more
than one layer uses, and tests on the shape of a quote or of the words after it."""

from __future__ import annotations

from typing import NamedTuple

from reader.analysis.model import Span
from reader.analysis.quote_marks import QUOTE_MARKS
from reader.analysis.speech import (
    ADVERBS_BETWEEN,
    BACK_POINTER_GOES_ON,
    BACK_POINTERS,
    FEMALE_WORDS,
    MALE_WORDS,
    PERSON_PRONOUNS,
    SPEECH_IDIOMS,
    VERDICT_NOUNS,
)
from reader.analysis.words import Word

#: How many words after "That was" may come before the verdict noun ("the verdict of",
#: "Caroline Webb's verdict").
_VERDICT_REACH = 5

#: How many words after a speech verb may hold a speaker's description ("kata pria itu").
_DESCRIPTION_WINDOW = 6
#: How many words either side of a name may introduce it by role ("a spokeswoman for Acme").
_APPOSITION_WINDOW = 8
#: How many words an aside between commas may have ("Acme, which …, said").
_ASIDE_WINDOW = 16
#: How many words before a colon introducing a quote may hold the speaker's role.
_ROLE_BEFORE_COLON = 4

#: Most words a scare-quoted modifier has ("the “famous” meatloaf").
_LONGEST_MODIFIER = 3

#: Pronouns naming the source after "menurut"/"according to".
_SOURCE_PRONOUNS = PERSON_PRONOUNS | {"him", "her"}

#: The gender ("m"/"f") each gendered pronoun, noun or honorific gives its person.
_GENDERS = dict.fromkeys(MALE_WORDS, "m") | dict.fromkeys(FEMALE_WORDS, "f")

#: Marks that end a sentence.
_SENTENCE_ENDS = frozenset({".", "!", "?"})


class _Attribution(NamedTuple):
    """Who said a quote, by which cue, named where. (A named tuple: attribution tries many
    candidates, and a tuple is several times cheaper to make than a frozen dataclass.)"""

    speaker: str | None
    cue: Span | None
    speaker_span: Span | None


_NONE = _Attribution(None, None, None)


def _is_question(quote: str) -> bool:
    """True when the quoted words end in a question mark (marks and spaces aside)."""
    return quote.rstrip(QUOTE_MARKS + " ").endswith("?")


def _speech_idiom(words: list[Word], v: int) -> bool:
    """True when ``words[v]``, a verb of :data:`SPEECH_IDIOMS`, is followed by the word that
    makes it a speech idiom ("as she put it")."""
    return v + 1 < len(words) and words[v + 1].lower == SPEECH_IDIOMS[words[v].lower]


def _subject_word(words: list[Word], v: int) -> Word | None:
    """The word right before the speech verb ``words[v]``, past adverbs ("warga sempat
    bertanya"): where its subject ends; None when only adverbs stand before it."""
    return next((w for w in reversed(words[:v]) if w.lower not in ADVERBS_BETWEEN), None)


def _points_back(right: list[Word]) -> bool:
    """True when the words after a quote open with a phrase pointing back at it (see
    :data:`BACK_POINTERS`) that goes on to say whose it is: "That was how …", "That was
    Natarajan's verdict", "Itulah penilaian Faisal", "So said X"; not "That was a fair
    point, Hale said", a reply to it."""
    seconds = BACK_POINTERS.get(right[0].lower) if right else None
    if seconds is None:
        return False
    n = 2 if seconds else 1
    if n == 2 and (len(right) < 2 or right[1].lower not in seconds):
        return False
    if n == 2 and right[1].lower in BACK_POINTER_GOES_ON:
        return True  # "So said Judge Maria Lopez on Monday."
    rest = right[n : n + _VERDICT_REACH]
    return bool(rest) and (
        rest[0].lower in BACK_POINTER_GOES_ON or any(w.lower in VERDICT_NOUNS for w in rest)
    )


def _ends_sentence(quote: str) -> bool:
    """True when the quoted words end in a full stop, "!" or "?" (marks and spaces aside)."""
    body = quote.rstrip(QUOTE_MARKS + " ")
    return body[-1:] in _SENTENCE_ENDS
