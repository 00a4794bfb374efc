"""Finding direct quotes by their quotation marks, robust to odd and unbalanced marks.

Recognised pairs: curly double quotes, straight double quotes, guillemets (also spaced, as in
French: « … »), curly and straight single quotes (British and Australian news, headlines), the
low-high German pair, the mis-typed pairs of two closing or two opening double quotes, and the
doubled marks of tokenized corpora and TeX: ``…'' and ''…''. A quote's span includes its
marks. Marks inside a quote are part of it (nested quotes are not reported separately), so
quotes never overlap.

Single marks double as apostrophes, so they only open at a word's start (not "Britain's",
"Ma'ruf"), never as a known elision ("'90s", "rock 'n' roll", "'em", tokenized "'s"), and close
only at a word's end. A word-end apostrophe may still be a possessive or a dropped letter ("the
traders' union", "goin' home"), so a single quote prefers a *firm* closer, one after
punctuation or before punctuation or a line end ("…,' she said", "…'."); it takes the first
*loose* one ("'rammed through' without …") only when no firm closer follows, or when another
single quote opens after it (two quoted fragments in one sentence).

Unclosed quotes: a quote must close within its paragraph (a paragraph ends at a line break,
unless the line is only wrapped: see :func:`paragraph_end`).
The one exception is the news convention for quotes running over several paragraphs, where a
paragraph ends without a closing mark and the next paragraph opens with the same mark again:
then the quote is closed at its paragraph's end. Any other unclosed mark is skipped, so a
stray mark never swallows the rest of the text (nor does any quote longer than
:data:`LONGEST_QUOTE` characters). An opening mark followed by a second opening
mark of the same kind before any closer is also treated as unclosed. Tokenized corpora put
one sentence on a line, so a ``…'' quote, or a padded straight quote that closes after a
punctuation token, may close on a later line (never past a blank one).
"""

from __future__ import annotations

import bisect
import re

_LDQ, _RDQ, _LSQ, _RSQ = "\u201c", "\u201d", "\u2018", "\u2019"  # curly double/single
_LOW, _LGUIL, _RGUIL, _STRAIGHT = "\u201e", "\u00ab", "\u00bb", '"'
_APOS = "'"  # the straight single quote, mostly an apostrophe
_TICKS, _APOS2 = "``", "''"  # doubled marks of tokenized (PTB) text and TeX

# Opening mark → the marks that may close it.
_CLOSERS: dict[str, str] = {
    _LDQ: _RDQ + _LDQ,  # the second mis-typed as an opener ("“Kami siap,“ katanya")
    _LOW: _LDQ + _RDQ,
    _LGUIL: _RGUIL,
    _LSQ: _RSQ,
    _STRAIGHT: _STRAIGHT,
    _RDQ: _RDQ,  # mis-typed: a closing mark used to open
    _APOS: _APOS,
}
# Openers of two characters, closed by two apostrophes.
_DOUBLED = (_TICKS, _APOS2)

#: Every character that opens or closes a quote.
QUOTE_MARKS = "".join(sorted(set("".join(_CLOSERS) + "".join(_CLOSERS.values()) + _TICKS)))

#: Longest quote, in characters: a mark left open longer than this is a stray mark.
LONGEST_QUOTE = 5000

# Characters that may open a quote (a backtick only doubled, as ``).
_OPENING_CHARS = "".join(_CLOSERS) + "`"
# Per opening mark: the marks that matter while looking for its closer.
_MARKS_OF = {
    mark: re.compile("[" + re.escape(closers + mark) + "]") for mark, closers in _CLOSERS.items()
}

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # what str.isalnum accepts
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
#: Longest line, in characters, of text wrapped at a fixed width (:func:`is_hard_wrapped`).
_WRAP_WIDTH = 100
_LONG_LINE = re.compile(rf"[^\n]{{{_WRAP_WIDTH + 1}}}")
_RUN_ON_LINE = re.compile(r"\S[^\S\n]*\n[^\S\n]*\S")  # a line, and the next one not blank
# How a quote's last token ends in tokenized text, right before its padded closing mark.
_TOKENIZED_ENDS = frozenset((", ", ". ", "? ", "! "))

# Words that begin with an apostrophe standing for left-out letters, so it opens no quote:
# English elisions ("rock 'n' roll", "'em", "'til", "'Tis"), the clitics tokenized text splits
# off ("it 's", "we 're", "I 'm") and abbreviated years ("the '90s", "'68"). Autocorrect often
# turns their apostrophe into an opening curly one ("the ‘90s"), which opens no quote either.
_ELISION = re.compile(
    r"['\u2018](?:[Nn]'?|em|til|[Tt]is|[Tt]was|cause|bout|round|s|re|ll|ve|d|m|t|\d\ds?)(?![^\W_])"
)

# Marks that are only quotes at a word's start (they double as apostrophes or closers).
_WORD_START_ONLY = frozenset((_LSQ, _STRAIGHT, _RDQ, _APOS, _APOS2))
# Openers that may instead be the apostrophe of an elision (see _ELISION).
_ELIDABLE = frozenset(_APOS + _LSQ)
# Openers whose closer must end a word (the single closer doubles as an apostrophe).
_WORD_END_CLOSE = frozenset(_LSQ + _STRAIGHT + _APOS)
# Openers whose closer is also an apostrophe, so a firm closer beats an earlier loose one.
_APOSTROPHE_CLOSED = frozenset(_LSQ + _APOS)
# Openers that may stand alone between spaces, as tokenized text and French typography pad
# them ("said : \" We deserved it . \"", "`` We will stay , ''", "« Non »").
_PADDABLE = frozenset((_STRAIGHT, _LGUIL, _TICKS))
# Punctuation before a closing single mark that makes it a quote's end, not an apostrophe.
_CLOSING_PUNCT = frozenset(".,;:!?\u2026")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every direct quote in ``text``, marks included, in order."""
    spans: list[tuple[int, int]] = []
    no_closer: dict[str, int] = {}  # mark (+ " " when padded) → offset up to which no closer
    para_end = -1
    wrapped = is_hard_wrapped(text)
    i = 0
    candidates = _candidate_marks(text)
    k = 0
    while (k := bisect.bisect_left(candidates, i, k)) < len(candidates):
        i = candidates[k]
        if i >= para_end:  # entered the next paragraph
            para_end = paragraph_end(text, i, wrapped)
        mark = _opener_at(text, i)
        end = _closing(text, i, mark, para_end, no_closer) if mark else None
        if end is None:
            i += len(mark) if mark else 1
            continue
        if _LETTER_OR_DIGIT.search(text, i + 1, end - 1):  # not just marks and spaces
            spans.append((i, end))
        i = end
    return spans


def _candidate_marks(text: str) -> list[int]:
    """The offsets of the characters that may open a quote, in order; an apostrophe only
    where no letter or digit precedes it, which rules out the many inside words ("Britain's",
    "don't"). Each character is found by ``str.find``, far faster than a regex's character
    class tried at every offset of the text."""
    found: list[int] = []
    for mark in _OPENING_CHARS:
        i = text.find(mark)
        while i != -1:
            if mark != _APOS or i == 0 or not text[i - 1].isalnum():
                found.append(i)
            i = text.find(mark, i + 1)
    found.sort()
    return found


def continues(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """True when quote ``second`` carries on quote ``first`` over a paragraph break: ``first``
    was left open at its paragraph's end and ``second`` opens the next one with the same mark
    (the news convention for one speaker's words running over several paragraphs)."""
    opener = _opener_at(text, first[0]) or text[first[0]]
    gap = text[first[1] : second[0]]
    return (
        not text.endswith(_closers_of(opener), first[0] + 1, first[1])
        and "\n" in gap
        and not gap.strip()
        and text.startswith(opener, second[0])
    )


def line_end(text: str, start: int) -> int:
    """Offset of the first line break from ``start`` on, or the text's length."""
    found = text.find("\n", start)
    return len(text) if found == -1 else found


def _closers_of(opener: str) -> tuple[str, ...]:
    """The marks that may close ``opener``."""
    return (_APOS2,) if opener in _DOUBLED else tuple(_CLOSERS[opener])


def _opener_at(text: str, i: int) -> str | None:
    """The opening mark at ``i`` (one or two characters), or None when it may not open a quote:
    it must be followed by a non-space, and ambiguous marks must also start a word (not an
    apostrophe, not an elision, not a stray closing mark). A mark standing alone between
    spaces opens too when tokenized text or French typography pads it (:data:`_PADDABLE`)."""
    mark = text[i : i + 2]
    if mark not in _DOUBLED:
        mark = text[i]
        if mark == "`":  # a lone backtick is no quote mark
            return None
    after = i + len(mark)
    nxt = text[after] if after < len(text) else ""
    if not nxt or nxt == "\n":
        return None
    if nxt.isspace():
        return mark if mark in _PADDABLE and _space_before(text, i) else None
    if mark in _WORD_START_ONLY:
        prev = text[i - 1] if i > 0 else " "
        if prev.isalnum() or prev in ".,;!?":
            return None
    if mark in _ELIDABLE and _ELISION.match(text, i):
        return None
    return mark


def _space_before(text: str, i: int) -> bool:
    """True when a space (or the text's start) precedes offset ``i``."""
    return i == 0 or text[i - 1].isspace()


def _closing(text: str, i: int, mark: str, para_end: int, no_closer: dict[str, int]) -> int | None:
    """End offset (after the closing mark) of the quote opened by ``mark`` at ``i`` in the
    paragraph ending at ``para_end``, or None if unclosed.

    ``no_closer`` remembers, per mark and mode, how far a search already found nothing, so a run of
    unclosable marks is scanned once, not once per mark.
    """
    if mark in _DOUBLED:
        return _closing_doubled(text, i, mark, para_end, no_closer)
    closers = _CLOSERS[mark]
    padded = text[i + 1].isspace()
    limit = min(para_end, i + LONGEST_QUOTE)
    memo = mark + " " if padded else mark  # padded marks close differently
    start = max(i + 1, no_closer.get(memo, 0))
    loose: int | None = None  # the first loose closer of a single quote (see module doc)
    for match in _MARKS_OF[mark].finditer(text, start, limit):
        j = match.start()
        if text[j] in closers and _can_close(text, j, mark, padded):
            if mark not in _APOSTROPHE_CLOSED or _firm(text, j):
                return j + 1
            loose = j + 1 if loose is None else loose
        elif loose is not None and _opener_at(text, j) == mark:
            return loose  # another quote opens: the loose closer ended this one
        elif text[j] == mark and closers != mark and _opener_at(text, j):
            return None  # a second opener of the same kind: this one was never closed
    if loose is not None:
        return loose
    no_closer[memo] = limit
    if limit < para_end:
        return None
    if _next_paragraph_opens_with(text, para_end, mark):
        body_end = len(text[:para_end].rstrip())
        return body_end if body_end > i + 1 else None
    return _closing_on_a_later_line(text, i, para_end) if padded and mark == _STRAIGHT else None


def is_hard_wrapped(text: str) -> bool:
    """True when ``text`` is plain text wrapped at a fixed width: blank lines set its
    paragraphs apart, no line is longer than :data:`_WRAP_WIDTH`, and some line runs on into
    the next. Its single line breaks then only wrap lines."""
    return (
        _LONG_LINE.search(text) is None
        and _BLANK_LINE.search(text) is not None
        and _RUN_ON_LINE.search(text) is not None
    )


def paragraph_end(text: str, start: int, wrapped: bool) -> int:
    """Offset of the line break ending the paragraph that ``start`` is in, or the text's
    length. In ``wrapped`` text (:func:`is_hard_wrapped`) a paragraph ends at a blank line;
    otherwise at a line break, unless a sentence runs on over it, from a line ending in a
    word or a comma into one starting in lowercase ("“Ini bukan soal uang,\nini soal …”")."""
    if wrapped:
        blank = _BLANK_LINE.search(text, start)
        return blank.start() if blank else len(text)
    end = line_end(text, start)
    while end + 1 < len(text) and text[end + 1].islower() and _runs_on(text[end - 1]):
        end = line_end(text, end + 1)
    return end


def paragraph_start(text: str, pos: int, wrapped: bool) -> int:
    """Offset where the paragraph holding ``pos`` starts: after the last blank line in
    ``wrapped`` text (:func:`is_hard_wrapped`), else after the last line break."""
    if wrapped:
        blank = text.rfind("\n\n", 0, pos)
        return blank + 2 if blank >= 0 else 0
    return text.rfind("\n", 0, pos) + 1


def _runs_on(last: str) -> bool:
    """True when a line ending in the character ``last`` leaves its sentence open."""
    return last.isalnum() or last in ",;"


def _closing_on_a_later_line(text: str, i: int, line_end: int) -> int | None:
    """End offset of a tokenized quote opened by the padded straight mark at ``i`` that runs
    over the end of its line (CoNLL-style text has a sentence on each line): the next straight
    mark, when it closes firmly after a punctuation token (" … , \" he said") with no blank
    line before it. A looser rule would let one stray mark pair every later quote wrongly."""
    j = text.find(_STRAIGHT, line_end, i + LONGEST_QUOTE)
    if (
        j == -1
        or text[j - 2 : j] not in _TOKENIZED_ENDS
        or not _can_close(text, j, _STRAIGHT, True)
    ):
        return None
    return None if _BLANK_LINE.search(text, line_end, j) else j + 1


def _closing_doubled(
    text: str, i: int, mark: str, para_end: int, no_closer: dict[str, int]
) -> int | None:
    """End offset of a quote opened by ``…'' or ''…'' at ``i``, or None if unclosed. A ``…''
    quote may run over line ends (tokenized text has a sentence on each line) but not past a
    blank line or another ``."""
    limit = min(len(text), i + LONGEST_QUOTE) if mark == _TICKS else para_end
    start = max(i + 2, no_closer.get(mark, 0))
    end = text.find(_APOS2, start, limit)
    if end == -1:
        no_closer[mark] = limit
        return None
    if mark == _TICKS and (text.find(_TICKS, i + 2, end) != -1 or _BLANK_LINE.search(text, i, end)):
        return None
    return end + 2


def _firm(text: str, j: int) -> bool:
    """True when the closing single mark at ``j`` surely ends a quote: punctuation comes
    before it, or punctuation or a line end after it ("…,' she said", "…'.")."""
    nxt = text[j + 1] if j + 1 < len(text) else "\n"
    return text[j - 1] in _CLOSING_PUNCT or nxt == "\n" or not (nxt.isspace() or nxt.isalnum())


def _can_close(text: str, j: int, mark: str, padded: bool = False) -> bool:
    """A closing single or straight mark, or a closer that is the opening mark again, must end
    a word (so apostrophes and the next quote's opener do not close); in tokenized text
    (``padded``) it stands alone after a space instead."""
    if mark not in _WORD_END_CLOSE and text[j] != mark:
        return True
    nxt = text[j + 1] if j + 1 < len(text) else " "
    prev = text[j - 1]
    return not nxt.isalnum() and prev.isspace() == padded and prev not in "([{"


def _next_paragraph_opens_with(text: str, para_end: int, mark: str) -> bool:
    """True when the next non-blank paragraph after ``para_end`` starts with ``mark`` opening
    a quote."""
    rest = text[para_end:].lstrip()
    return para_end < len(text) and bool(rest) and _opener_at(rest, 0) == mark
