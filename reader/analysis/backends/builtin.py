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
      (?:https?://|www\.)[^\s<>"“”‘’«»]*[^\s<>"“”‘’«».,;:!?)\]}']    # URL
    | [\w.+-]+@\w[\w-]*(?:\.\w[\w-]*)+                            # e-mail address
    |"""
_PLAIN = r"""
      (?:US|S|A|C|HK|NZ)\$|Rp(?=\d)      # currency: US$ 5 miliar, Rp50.000
    | \d+(?:[.,:/]\d+)*                 # number
    | (?:[^\W\d_]\.){2,}               # dotted: U.S.  a.m.  e.g.
    | [^\W_]\w*(?:[-'’]\w+)*            # word: Bangsa-Bangsa  O'Brien  don’t  al-Assad
    | \.{2,}|…                         # ellipsis
    | -{2,}|[–—]                        # dash
    | [^\w\s]                          # any other punctuation or symbol
    | _                                 # (no token: matched only to keep count of offsets)
    """
#: Each match is (whitespace before, token): ``findall`` hands them over without a match
#: object per token, and the offsets follow from the lengths. Which branch matched is told
#: from the token itself (see :func:`tokenize`).
_TOKEN = re.compile(r"(\s*)(" + _LINKS + _PLAIN + ")", re.VERBOSE)
#: The same without URLs and e-mail addresses, for the many texts that have neither (the
#: e-mail branch is tried at every word and costs a fifth of the tokeniser's time).
_TOKEN_PLAIN = re.compile(r"(\s*)(" + _PLAIN + ")", re.VERBOSE)
_URL_STARTS = ("http://", "https://", "www.")

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
    end = 0
    taken = 0  # end of the last token, past a period an abbreviation swallowed
    for space, tok in (_TOKEN if links else _TOKEN_PLAIN).findall(text):
        start = end + len(space)
        end = start + len(tok)
        if start < taken or tok == "_":
            continue
        first = tok[0]
        if links and len(tok) > 1 and ("@" in tok or tok.startswith(_URL_STARTS)):
            append(Token(start, end, tok, None, "SYM"))
        elif first.isdecimal():
            append(Token(start, end, tok, None, "NUM"))
        elif first.isalnum():
            if tok[-1] == "$" or (tok == "Rp" and text[end : end + 1].isdecimal()):
                append(Token(start, end, tok, None, "SYM"))  # currency
            # A word (or dotted abbreviation). "Dr." / "Jl." / initial "W." keep their
            # period, so it never ends a sentence. A capital letter after a lowercase
            # word is no initial: "seri B. CEO itu…".
            elif text.startswith(".", end) and (
                tok in abbreviations
                or (
                    len(tok) == 1
                    and tok.isupper()
                    and not (tokens and tokens[-1].text[:1].islower())
                )
            ):
                taken = end + 1
                append(Token(start, taken, text[start:taken]))
            else:
                append(Token(start, end, tok))
        else:
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
