"""The built-in backend: regex tokenisation and sentence splitting, no model, always available.

One precompiled regex walks the text once and yields tokens (URLs, e-mail addresses, currency
signs such as "US$" and "Rp", numbers with their decimal and thousands separators, dotted
abbreviations, words with inner hyphens and apostrophes, multi-character punctuation such as
"..." and "--", and single symbols). A second, equally linear pass groups tokens into
sentences:

* a sentence ends at ".", "!", "?", "…" (plus any closing quotes or brackets right after it)
  when the next token could start a sentence (a capital letter, a digit, an opening quote);
* a line break always ends a sentence (headlines and paragraphs often lack a full stop);
* known abbreviations ("Dr.", "Jl.", "No.", "Mr.") and initials ("George W. Bush") keep their
  period inside the token and do not end a sentence, except a dotted one before a typical
  sentence opener ("…the U.S. The move…"); a capital letter after a lowercase word is no
  initial ("seri B. CEO-nya…");
* inside a quotation a sentence end is only tentative: if the quote then closes on a comma
  (“Kami siap. Kami menunggu,” katanya.) the whole thing stays one sentence, because the
  speech verb after the quote belongs to it.

Tokens get cheap part-of-speech guesses only where they are certain (NUM for digits, PUNCT for
punctuation, SYM for symbols); everything else is left None, as the token layer allows.
"""

# Word lists read best as text.
# ruff: noqa: SIM905

from __future__ import annotations

import re

from reader.analysis.doc import Doc, SentenceTokens, Token

#: Abbreviations (as written, without their period) whose period never ends a sentence:
#: titles, address parts and Latin shorthands in Indonesian and English. Matched case-sensitively
#: so that "No. 5" is an abbreviation but "said no." is not. Single capital letters (initials)
#: are handled separately. Country codes such as "AS" are *not* here: "oleh AS." ends a
#: sentence far more often than it abbreviates anything.
ABBREVIATIONS = frozenset(
    """
    Dr Drs Dra Ir Prof Hj KH Bpk Sdr Yth dr drs ir prof
    Jl Jln Kec Kab Kel Prov No Nomor Tel Telp Hlm hlm tel telp
    dll dsb dst tsb ybs
    Mr Mrs Ms Messrs Jr Sr Rev Gen Lt Col Capt Sgt Cmdr Adm Gov Sen Rep Pres Supt Insp
    St Ave Blvd Rd Mt Ft Fig Vol Co Corp Inc Ltd Bros Dept Univ approx
    Jan Feb Mar Apr Jun Jul Aug Agu Sep Sept Okt Oct Nov Des Dec
    vs etc cf al
    """.split()
)

_LINKS = r"""
      (?P<url>(?:https?://|www\.)[^\s<>"“”‘’«»]*[^\s<>"“”‘’«».,;:!?)\]}'])
    | (?P<email>[\w.+-]+@\w[\w-]*(?:\.\w[\w-]*)+)
    |"""
_PLAIN = r"""
      (?P<currency>(?:US|S|A|C|HK|NZ)\$|Rp(?=\d))   # US$ 5 miliar, Rp50.000
    | (?P<num>\d+(?:[.,:/]\d+)*)
    | (?P<dotted>(?:[^\W\d_]\.){2,})          # U.S.  a.m.  e.g.
    | (?P<word>[^\W_]\w*(?:[-'’]\w+)*)       # Bangsa-Bangsa  O'Brien  don’t  al-Assad
    | (?P<ellipsis>\.{2,}|…)
    | (?P<dash>-{2,}|[–—])
    | (?P<punct>[^\w\s])
    """
#: Leading whitespace is part of a match (the token is the named group): it spares the
#: regex engine a failed try of every branch at each space.
_TOKEN = re.compile(r"\s*(?:" + _LINKS + _PLAIN + ")", re.VERBOSE)
#: The same without URLs and e-mail addresses, for the many texts that have neither (the
#: e-mail branch is tried at every word and costs a fifth of the tokeniser's time).
_TOKEN_PLAIN = re.compile(r"\s*(?:" + _PLAIN + ")", re.VERBOSE)

#: Tokens that end a sentence.
_TERMINATORS = frozenset({".", "!", "?", "…", "?!", "!?"})
#: Quotes and brackets that may close right after a sentence end and belong to that sentence.
_CLOSERS = frozenset({'"', "”", "’", "'", "»", ")", "]", "}", "›"})
#: Quotation marks that open a quotation (straight quotes toggle instead).
_OPEN_QUOTES = frozenset({"“", "«", "‹", "„"})
_CLOSE_QUOTES = frozenset({"”", "»", "›"})
_STRAIGHT_QUOTES = frozenset({'"'})
_QUOTES = _OPEN_QUOTES | _CLOSE_QUOTES | _STRAIGHT_QUOTES
#: Last characters of tokens that may end a sentence (terminators, abbreviations).
_END_CHARS = frozenset(".!?…")
_NEWLINE = re.compile("\n")
#: Opening punctuation that may start a sentence.
_OPENERS = frozenset({'"', "“", "‘", "'", "«", "(", "[", "„", "‹", "¿", "¡"})
#: Words that open sentences far more often than they follow an abbreviation mid-sentence.
_SENTENCE_OPENERS = frozenset(
    "The It He She They We I But This That There However In A An Its Their Ia Mereka Namun "
    "Sementara Kami Kita Dia Hal Para Saat Ketika".split()
)


class BuiltinBackend:
    """Tokenise and sentence-split with regexes; no model, no parse, no NER."""

    name = "builtin"

    def parse(self, text: str, lang: str) -> Doc:
        """Split ``text`` into sentences of tokens (offsets index into ``text``)."""
        tokens = tokenize(text)
        sentences = [
            SentenceTokens(toks[0].start, toks[-1].end, toks)
            for toks in split_sentences(text, tokens)
        ]
        return Doc(text=text, lang=lang, backend=self.name, sentences=sentences)


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text`` in order, with a period attached to abbreviations and initials."""
    tokens: list[Token] = []
    append = tokens.append
    abbreviations = ABBREVIATIONS
    links = "@" in text or "://" in text or "www." in text
    taken = 0  # end of the last token, past a period an abbreviation swallowed
    for m in (_TOKEN if links else _TOKEN_PLAIN).finditer(text):
        kind = m.lastgroup
        start, end = m.span(kind)
        if kind == "word":
            # (A word never starts on the period an abbreviation swallowed.)
            word = text[start:end]
            # "Dr." / "Jl." / initial "W." keep their period, so it never ends a sentence.
            # A capital letter after a lowercase word is no initial: "seri B. CEO itu…".
            if text.startswith(".", end) and (
                word in abbreviations
                or (
                    len(word) == 1
                    and word.isupper()
                    and not (tokens and tokens[-1].text[:1].islower())
                )
            ):
                taken = end = end + 1
                append(Token(start, end, text[start:end]))
            else:
                append(Token(start, end, word))
        elif start < taken:
            continue
        elif kind == "num":
            append(Token(start, end, text[start:end], None, "NUM"))
        elif kind == "dotted":
            append(Token(start, end, text[start:end]))
        elif kind in ("url", "email", "currency"):
            append(Token(start, end, text[start:end], None, "SYM"))
        else:
            tok = text[start:end]
            append(Token(start, end, tok, None, "SYM" if _is_symbol(tok) else "PUNCT"))
    return tokens


def _is_symbol(tok: str) -> bool:
    return tok in "%$€£¥+=<>#&@*^~|°§"


def split_sentences(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Group ``tokens`` into sentences (see the module docstring for the rules)."""
    sentences: list[list[Token]] = []
    current: list[Token] = []
    # Sentence ends seen inside the open quotation, as indexes into ``current``; they are
    # applied when the quote closes on a full stop and dropped when it closes on a comma.
    pending: list[int] = []
    in_quote = False
    n = len(tokens)
    # Line breaks, in order; ``next_break`` is the first one not yet passed.
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    breaks.append(len(text) + 1)
    b = 0
    next_break = breaks[0]
    i = 0
    while i < n:
        tok = tokens[i]
        # A line break between the previous token and this one ends the sentence.
        if next_break < tok.start:
            if current:
                _flush(sentences, current, pending)
                current, pending, in_quote = [], [], False
            while next_break < tok.start:
                b += 1
                next_break = breaks[b]
        current.append(tok)
        t = tok.text
        if t in _QUOTES:
            if t in _OPEN_QUOTES:
                in_quote = True
            elif t in _CLOSE_QUOTES or (t in _STRAIGHT_QUOTES and in_quote):
                in_quote = False
                if pending:
                    # “…,” katanya → one sentence; “….” → the pending ends stand.
                    prev = current[-2].text if len(current) > 1 else ""
                    if prev in (",", ";", ":", "-", "–", "—"):
                        pending.clear()
            else:
                in_quote = True
        if t[-1] in _END_CHARS and (
            t in _TERMINATORS
            or (len(t) > 1 and t[0] == "." and tok.upos == "PUNCT")
            or _ends_with_abbreviation(t, tokens[i + 1].text if i + 1 < n else "")
        ):
            # Swallow closing quotes/brackets that follow directly.
            j = i + 1
            while j < n and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
                closer = tokens[j]
                current.append(closer)
                if closer.text in _CLOSE_QUOTES or (closer.text in _STRAIGHT_QUOTES and in_quote):
                    in_quote = False
                j += 1
            i = j
            if i < n and not _starts_sentence(tokens[i].text):
                continue
            if in_quote:
                pending.append(len(current))
            else:
                _flush(sentences, current, pending)
                current, pending = [], []
            continue
        i += 1
    _flush(sentences, current, pending)
    return sentences


def _ends_with_abbreviation(tok: str, following: str) -> bool:
    """ "…sanctions on the U.S. The move…": a dotted abbreviation ends the sentence when a
    word that typically opens one follows."""
    return len(tok) > 2 and tok[-1] == "." and following in _SENTENCE_OPENERS


def _starts_sentence(tok: str) -> bool:
    """Could a sentence start with this token? (Lowercase words after "." usually mean the
    period belonged to an unknown abbreviation.)"""
    first = tok[0]
    return first.isupper() or first.isdigit() or tok in _OPENERS or not first.isalpha()


def _flush(sentences: list[list[Token]], current: list[Token], pending: list[int]) -> None:
    """Append ``current`` to ``sentences``, cut at the still-standing ``pending`` ends."""
    if not current:
        return
    last = 0
    for cut in pending:
        if 0 < cut < len(current) and cut > last:
            sentences.append(current[last:cut])
            last = cut
    if last < len(current):
        sentences.append(current[last:])
