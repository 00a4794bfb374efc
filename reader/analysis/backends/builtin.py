"""The built-in backend: regex tokenisation and sentence splitting, no model, always available.

One precompiled regex finds the tokens (URLs, e-mail addresses, @handles,
#hashtags, currency signs such as "US$" and "Rp", numbers with their decimal and thousands
separators, names that start with a digit ("3M", "5G"; a number with a unit in small letters,
"50km", stays two tokens, as the number annotator reads it), dotted abbreviations and degrees
("U.S.", "M.Si.", "D-N.Y.", and before a comma without their last period: "M.Si,", "Sp.OG,"),
words with inner hyphens and apostrophes, clitics split off in
tokenised text ("'s"), multi-character punctuation such as "...", "?!" and "--", and single
symbols), run once per distinct piece of text between two spaces and remembered (a text
repeats most of its pieces: see :func:`_scan`). Tokens are kept as parallel lists (offsets,
texts, tags) so that most of the work runs in C rather than once per token in Python; the
tokens are made once, at the end, as the words of the annotators' word view
(:func:`reader.analysis.words.written_words`: a Word is a Token). Attaching periods to
initials and sentence splitting look only at the tokens that are not plain words (and the
first of each line). The sentence rules:

* a sentence ends at ".", "!", "?", "…", "?!", "!!!" (plus the closing quotes, brackets and
  emoji after it on the same line) when the next token could start a sentence (a capital
  letter, a digit, an opening quote; not a comma), or is a word in small letters after a word
  in small letters, as web text writes ("great. will be back"; not after a short form:
  "incl. tax", nor after "…");
* a line break ends a sentence (headlines, datelines, scoreboard and list lines often lack a
  full stop), unless it only wraps a line between two words in small letters ("…said it
  would\nraise prices…"); the number of a list item ("1. Taxes…") ends none;
* known abbreviations ("Dr.", "Jl.", "No.", "Mr.") and initials ("George W. Bush", "M.
  Atherton" at a line start) keep their period inside the token and do not end a sentence,
  except before a typical sentence opener ("…the U.S. The move…", "…Grup A. Selain itu…")
  or a closing quote ("“No.” He left.");
  "dll." and "p.m." end one before any capitalised word but a day, month or time zone; a
  capital letter after a lowercase word is an initial only before a name ("oleh M. Nasir",
  but "seri B. CEO-nya…"), and none is the letter after a word named with one ("in Serie A.
  Inter then …"); a short form before a number ("Rp. 5.000", "hal. 12", "pkl.
  10.00") ends none, nor does a period inside a version ("v2.1");
* a company's legal form ("Inc.", "Tbk.") ends a sentence before a capitalised word only
  when that is no ticker, title or officer's name ("PT Astra International Tbk. (ASII)",
  "Direktur Utama PT BRI Tbk. Sunarso"); a period inside a site's name ("TEMPO.CO") ends
  none;
* inside a quotation a sentence end is only tentative: if the quote then closes on a comma
  (“Kami siap. Kami menunggu,” katanya.) the whole thing stays one sentence, because the
  speech verb after the quote belongs to it.

Tokens get cheap part-of-speech guesses only where they are certain (NUM for digits, PUNCT for
punctuation, SYM for symbols, links, @handles and #hashtags); everything else is left None.
"""

# Word lists read best as text.
# ruff: noqa: SIM905

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import reduce
from itertools import accumulate, compress
from operator import iadd
from typing import cast

from reader.analysis.doc import Doc, SentenceTokens, Token
from reader.analysis.memo import WordMemo
from reader.analysis.name_cues import LETTER_TAKERS
from reader.analysis.titles import TITLE_ABBREVIATIONS, TITLE_HEADS, may_start_title
from reader.analysis.words import Word, hand_over_words, written_words

#: Abbreviations (as written, without their period) whose period never ends a sentence:
#: titles, ranks, shortened given names ("Moh. Hatta"), address parts and Latin shorthands
#: in Indonesian and English, company forms ("Inc.", "Sdn. Bhd.", "Co. Ltd.") and the US states
#: as wire copy shortens them ("SPRINGFIELD, Ill. (AP) —", "Palo Alto, Calif."). Matched
#: case-sensitively so that "No. 5" is an abbreviation but "said no." is not. Single capital
#: letters (initials) are handled separately. Country codes such as "AS" are *not* here:
#: "oleh AS." ends a sentence far more often than it abbreviates anything.
ABBREVIATIONS = frozenset(
    """
    Dr Drs Dra Drg Ir Prof Hj KH Bpk Bp Sdr Sdri Ny Tn Yth dr drs drg drh ir prof Pdt Ust Ustz Tgk
    Jend Letjen Mayjen Brigjen Kol Letkol Kapt Pol Purn
    Moh Muh Moch Mochd Abd Akh Ach Mhd
    Jl Jln Gg Kec Kab Kel Prov Ds Dsn Kp Kep Komp No Nos Nomor Tel Telp Hlm hlm tel telp
    dll dsb dst dkk tsb ybs
    Mr Mrs Ms Messrs Jr Sr Rev Fr Msgr Hon Gen Maj Brig Lt Col Capt Sgt Cpl Pvt Cmdr Adm
    Gov Sen Sens Rep Reps Pres Supt Insp Det Atty
    St Ave Blvd Rd Mt Ft Fig Vol Dept Univ Assn approx
    Co Corp Inc Ltd Bros Plc Sdn Bhd Pte
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont
    Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo
    Jan Feb Mar Apr Jun Jul Aug Agu Sep Sept Okt Oct Nov Des Dec
    Mon Tue Tues Wed Thu Thur Thurs Fri Sat
    vs v etc cf al jo
    """.split()
)
#: Abbreviations (as tokens, period included) that close lists, clock times and dates and so
#: often end a sentence too: "…beras, gula, dll. Pedagang…", "…at 4 p.m. Traders…", "…due
#: in Jan. Markets…", "…by Fri. Please…". Their period ends the sentence when a capitalised
#: word follows that is no day, month or time zone ("at 9 a.m. Monday", "at 8 a.m. GMT");
#: before a number ("Jan. 5") it ends none. (Not "Sat.": in Indonesian it also shortens
#: "Satuan", a police unit, "Sat. Reskrim".)
_FINAL_ABBREVIATIONS = frozenset(
    """
    dll. dsb. dst. dkk. etc. a.m. p.m. A.M. P.M.
    Jan. Feb. Mar. Apr. Jun. Jul. Aug. Agu. Sep. Sept. Okt. Oct. Nov. Des. Dec.
    Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri.
    """.split()
)
#: Abbreviations that always lead into what follows them, and so never end a sentence, not
#: even before a typical opener: "…fruits, e.g. The Honeycrisp…", "Smith vs. The State".
_LEADING_ABBREVIATIONS = frozenset("e.g. i.e. vs. v. cf. viz.".split())
#: Legal forms that close a company's name, with their period ("Apple Inc."): see
#: :func:`_ends_company_sentence`.
_COMPANY_ENDS = frozenset("Co. Corp. Inc. Ltd. Plc. Bhd. Bros.".split())
#: Divisions named after a company's legal form, which go on with its name rather than open
#: a sentence: "Warner Bros. Discovery", "Warner Bros. Pictures".
_DIVISIONS_AFTER_FORMS = frozenset(
    "Discovery Pictures Entertainment Television Records Studios Games Animation "
    "Interactive Music".split()
)
#: Legal forms that keep their period apart: "Tbk" (for "Terbuka") is the last word of a
#: listed Indonesian company's registered name, "PT Astra International Tbk", and a period
#: after it only ends the sentence where :func:`_ends_company_sentence` says, not before
#: "(ASII)", "BBRI" or "atau".
_BARE_COMPANY_ENDS = frozenset({"Tbk"})
#: All legal forms, also those that another follows ("Sdn. Bhd.", "Pte. Ltd.").
_COMPANY_FORMS = _COMPANY_ENDS | {"Sdn.", "Pte."}
#: Signs inside a company's name: "(Persero)", "JPMorgan Chase & Co.".
_COMPANY_NAME_SIGNS = frozenset("()&")
#: How many tokens before its legal form a company's name (and a title before it) is looked
#: for: "Direktur Utama PT Bank Rakyat Indonesia ( Persero ) Tbk".
_LONGEST_COMPANY_NAME = 12
#: Last parts of site names, after a period with no space around it: "TEMPO.CO",
#: "KOMPAS.com", "kemenkes.go.id" (lowercase; compared with the word in lowercase).
_WEB_ENDINGS = frozenset("com co id go ac or net org gov edu uk news tv info".split())
#: Short forms that stand before a number and often take a period ("hal. 12", "RT. 05 RW.
#: 03", "Kav. 9", "no. 4", "est. 1925", "ca. 1200", "vol. 3"). Their period ends no sentence
#: when a number follows; tokens stay as written (the number annotator reads "Rp." itself).
#: Short forms without a vowel ("Rp. 5.000", "tgl. 5 Mei", "pkl. 10.00", "psl. 5", "pp.
#: 4-9", "p. 12") need no entry: see :func:`_is_short_form`.
_BEFORE_NUMBERS = frozenset("hal RT RW Kav no ca est vol".split())
#: Letters that a short form written without vowels lacks (see :func:`_is_short_form`).
_VOWELS = frozenset("aeiouyAEIOUY")
#: Lowercase words of four letters or more that are short forms all the same, whose period
#: is no sentence end before a lowercase word ("incl. tax", "govt. officials"): see
#: :func:`_ends_before_lowercase`. (Those in :data:`ABBREVIATIONS` keep their period anyway.)
_LONG_SHORT_FORMS = frozenset("incl excl govt dept misc resp orig cont appt asst corp".split())
#: Capitalised words that continue a sentence after a clock time: days, months, time zones.
_CALENDAR_WORDS = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Senin Selasa Rabu Kamis Jumat Sabtu Minggu
    January February March April May June July August September October November December
    Januari Februari Maret Mei Juni Juli Agustus Oktober Desember
    GMT UTC BST CET ET EST EDT CT CST CDT MT MST MDT PT PST PDT WIB WITA WIT
    """.split()
)

#: Names of zones a clock time may end with before "time": "8 p.m. Eastern time".
_ZONE_NAMES = frozenset(("Eastern", "Central", "Mountain", "Pacific"))

_LINKS = r"""
      (?:https?://|www\.)[^\s<>"“”‘’«»]*[^\s<>"“”‘’«».,;:!?)\]}']    # URL
    | [\w.+-]+@\w[\w-]*(?:\.\w[\w-]*)+                            # e-mail address
    | @\w+                                                       # handle: @kemenkes
    |"""
_PLAIN = r"""
      [^\W\d_]{3}\w*+(?:[-'’]\w+)*+     # word of 3+ letters, comma, full stop: most tokens,
    | [,.](?!\.)                        # so tried first (no branch below could match there)
    | [^\W\d_]{1,2}+(?![\w.'’$-])         # short word: di, of, I (no branch below takes more)
    | ["“”()\[\]:;]                      # quote, bracket: only [^\w\s] below matches them
    | (?:US|S|A|C|HK|NZ)\$|Rp(?=\d)      # currency: US$ 5 miliar, Rp50.000
    | (?<![$€£¥])\d++(?!AM\b|PM\b)[A-Z][^\W_]*+(?:[-'’]\w+)*+  # name: 3M  5G  4K  1MDB
    | \d+(?:[.,:/]\d+)*                 # number
    | (?:[A-Z]-)?(?:[^\W\d_]\.){2,}     # dotted: U.S.  a.m.  e.g.  D-N.Y. (party-state)
    | (?:[A-Z][a-z]?|LL)\.(?:[A-Za-z]{1,3}\.)+  # degree: M.Si.  Ph.D.  S.Kom.  LL.M. (not go.id.)
    | (?:[A-Z][a-z]?\.)+(?:[A-Z]{1,4}|[A-Z][a-z]{1,2})(?:-[A-Z]+)?(?=[,(])  # bare: M.Si,  Sp.OG,
    | [^\W_]\w*(?:[-'’]\w+)*            # word: Bangsa-Bangsa  O'Brien  don’t  al-Assad
    | \.{2,}|…                         # ellipsis
    | [!?]{2,}                          # repeated marks: ?!  !!!
    | -{2,}|[–—]                        # dash
    | \#[^\W\d_]\w*                     # hashtag: #PemiluDamai
    | ['’](?:[sdm]|re|ve|ll)\b          # clitic split off in tokenised text: Germany 's
    | [^\w\s]                          # any other punctuation or symbol
    | _                                 # (no token: matched only to keep count of offsets)
    """
#: Each match is a token with the whitespace before it: ``findall`` hands them over without a
#: match object per token, and the offsets follow from the lengths. Which branch matched is
#: told from the token itself (see :func:`_tag`). (``*+`` takes all it can and never gives
#: back: nothing after it could match what it took, and the regex engine skips the
#: bookkeeping for giving back.)
_TOKEN = re.compile(r"\s*+(?:" + _LINKS + _PLAIN + ")", re.VERBOSE)
#: The same without URLs and e-mail addresses, for the many texts that have neither (the
#: e-mail branch is tried at every word and costs a fifth of the tokeniser's time).
_TOKEN_PLAIN = re.compile(r"\s*+(?:" + _PLAIN + ")", re.VERBOSE)
_URL_STARTS = ("http://", "https://", "www.")

#: Tokens that end a sentence.
_TERMINATORS = frozenset({".", "!", "?", "…"})
#: First characters of the multi-character terminators ("...", "?!", "!!!").
_TERMINATOR_STARTS = frozenset(".!?")
#: Quotes and brackets that may close right after a sentence end and belong to that sentence.
_CLOSERS = frozenset({'"', "”", "’", "'", "»", ")", "]", "}", "›"})
#: The parts of emoji that are no symbols (category "So"): skin tones, the emoji variation
#: selector and the zero-width joiner.
_EMOJI_PARTS = frozenset("\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff\ufe0f\u200d")
#: Closers that never open anything, so they close a sentence even after a space.
_SPACED_CLOSERS = frozenset({"”", "»", "›", ")", "]", "}"})
#: Quotation marks that open a quotation (straight quotes toggle instead).
_OPEN_QUOTES = frozenset({"“", "«", "‹", "„", "‘"})
#: ("’" is also an apostrophe: inside a word it is no token of its own, and after a word,
#: "the players’ union", it closes nothing; see :data:`_CLAUSE_ENDS`.)
_CLOSE_QUOTES = frozenset({"”", "»", "›", "’"})
#: Punctuation that ends a quoted clause right before its closing quote: “…,” katanya.
_CLAUSE_ENDS = frozenset({",", ";", ":", "-", "–", "—"})
_STRAIGHT_QUOTES = frozenset({'"'})
_QUOTES = _OPEN_QUOTES | _CLOSE_QUOTES | _STRAIGHT_QUOTES
#: Last characters of tokens that may end a sentence (terminators, abbreviations).
_END_CHARS = frozenset(".!?…")
#: A photo credit or reading tip in brackets inside a paragraph, a sentence of its own:
#: "(Foto: ANTARA/Aditya Pradana)", "(Baca juga: Harga Cabai Naik)".
_BRACKETED_ASIDE = re.compile(r"\((?:Foto|FOTO|Photo|Ilustrasi|Baca [Jj]uga|BACA JUGA)\b[^()\n]*\)")
#: Punctuation that continues a sentence after an unknown abbreviation's period ("D-Mass.,").
_CONTINUERS = frozenset({",", ";", ":"})
#: Opening punctuation that may start a sentence.
_OPENERS = frozenset({'"', "“", "‘", "'", "«", "(", "[", "„", "‹", "¿", "¡"})
#: Words that open sentences far more often than they follow an abbreviation mid-sentence.
_SENTENCE_OPENERS = frozenset(
    """
    The It He She They We I But This That These Those There However In A An Its Their His Her
    After Before When While Since Although Despite Meanwhile Still Yet Now Then Last Earlier
    Later On At For With By From As If
    Neither Both Some Many Most All Each Every Several Few Such Another Other Others Our
    You Your What Why How Who Where Which So And Or Nor Also Instead Indeed Otherwise
    Ia Mereka Namun Sementara Kami Kita Dia Hal Para Saat Ketika Selain Setelah Sebelum
    Sebelumnya Selanjutnya Kemudian Lalu Sejak Meski Meskipun Menurut Dalam Pada Di Untuk
    Karena Jika Bila Bahkan Padahal Adapun Akibatnya Kini Ini Itu Tidak Tak
    Sedangkan Walau Walaupun Apalagi Maka Dengan Selama Sebab Semua Beberapa Banyak
    Sejumlah Seluruh Setiap Apa Bagaimana Mengapa Kenapa Siapa Kapan Hingga Sampai
    """.split()
)


#: Roman numerals of one letter, which number districts after a compass word: "Kecamatan
#: Ilir Barat I", "Seberang Ulu II" (Palembang's districts are so named). There "I." is the
#: numeral and a full stop, never a person's initial.
_ROMAN_LETTERS = frozenset("IVX")
_NUMBERED_DISTRICT_ENDS = frozenset("Barat Timur Utara Selatan Tengah Ulu Ilir".split())


class BuiltinBackend:
    """Tokenise and sentence-split with regexes; no model, no parse, no NER."""

    name = "builtin"

    def parse(self, text: str, lang: str) -> Doc:
        """Split ``text`` into sentences of tokens (offsets index into ``text``)."""
        columns = _scan(text)
        words: list[Word] = []
        sentences = []
        for these in _sentence_words(text, columns):
            words += these
            tokens = cast("list[Token]", these)  # (a Word is a Token)
            sentences.append(SentenceTokens(these[0].start, these[-1].end, tokens))
        doc = Doc(text=text, lang=lang, backend=self.name, sentences=sentences)
        # The tokens are the written words: they are the annotators' word view.
        hand_over_words(doc, words, columns.starts)
        return doc


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text`` in order, with a period attached to abbreviations and initials."""
    return [word for words in _sentence_words(text, _scan(text)) for word in words]


def _sentence_words(text: str, columns: _Columns) -> Iterator[list[Word]]:
    """The words of each sentence (see :func:`_sentence_spans`)."""
    starts, texts, tags = columns.starts, columns.texts, columns.tags
    for sent, (first, stop) in enumerate(_sentence_spans(text, columns)):
        yield written_words(starts[first:stop], texts[first:stop], tags[first:stop], sent)


@dataclass(slots=True)
class _Columns:
    """The tokens of a text as parallel lists, built by C-level helpers (``map``,
    ``accumulate``) where a loop over Token objects would run Python code per token. Token
    objects are made once, at the end. (A token ends at ``starts[i] + len(texts[i])``: the
    few ends that sentence splitting asks for are worked out, not kept.)"""

    starts: list[int]
    texts: list[str]
    tags: list[str | None]
    #: Indexes of the tokens that are not plain words (punctuation, numbers, "Dr.",
    #: "al-Assad"): the only ones that tagging and sentence splitting have to look at.
    others: list[int]
    #: The token after each line break (``len(texts)`` for a break after the last token).
    line_starts: set[int]

    def end(self, i: int) -> int:
        """Where token ``i`` ends."""
        return self.starts[i] + len(self.texts[i])

    def touching(self, i: int, j: int) -> bool:
        """Does token ``j`` start right where token ``i`` ends (no space between)?"""
        return self.starts[i] + len(self.texts[i]) == self.starts[j]


def _scan(text: str) -> _Columns:
    """The regex's tokens with their offsets and cheap tags, periods attached to
    abbreviations and initials.

    No token spans a space or a line break, so the text is cut into lines and the lines at
    their spaces (``split``, in C), and each piece is tokenised on its own: a news text
    repeats its pieces ("kata", "said,", "(Reuters)"), so most are looked up
    (:data:`_PIECES`) rather than run through the regex. A line's columns follow from its
    pieces' in C (``reduce``, slices, ``accumulate``), with no Python step per token.
    """
    texts: list[str] = []
    starts: list[int] = []
    tags: list[str | None] = []
    not_plain: list[bool] = []
    line_starts: set[int] = set()
    offset = 0  # where the line starts
    for line in text.split("\n"):
        if offset:
            line_starts.add(len(texts))
        if line:
            tokens, line_offsets = _line_tokens(line, offset)
            texts += cast("list[str]", tokens[0::_WIDTH])
            starts += line_offsets
            tags += cast("list[str | None]", tokens[2::_WIDTH])
            not_plain += cast("list[bool]", tokens[3::_WIDTH])
        offset += len(line) + 1
    others = list(compress(range(len(texts)), not_plain))
    columns = _Columns(starts, texts, tags, others, line_starts)
    # Underscores are matched only to keep count of offsets; they are no tokens.
    dropped = {i for i in others if texts[i] == "_"} if "_" in text else set()
    _attach_periods(text, columns, dropped)
    if dropped:
        _drop(columns, dropped)
    return columns


#: The tokens of a piece of text, flat: for each token its text, how far the next token
#: starts past its start (for the last token: past the piece's end and one space), its tag
#: and whether it is no plain word (see :func:`_tokenize_piece`).
_Tokens = tuple[str | int | None, ...]
#: How many entries of a :data:`_Tokens` make one token.
_WIDTH = 4


def _line_tokens(line: str, offset: int) -> tuple[list[str | int | None], list[int]]:
    """The tokens of a line that starts at ``offset`` (as :data:`_Tokens`), and where they
    start. A line of pieces between single spaces joins its pieces' tokens (in C: the
    in-place ``+=`` of ``reduce`` copies each piece's tuple); the rare other line (with two
    spaces in a row, a space at either end, a tab or a no-break space: an :data:`_UNEVEN`
    piece) is tokenised whole."""
    tokens: list[str | int | None] = reduce(iadd, map(_PIECES.__getitem__, line.split(" ")), [])
    starts = list(accumulate(cast("list[int]", tokens[1::_WIDTH]), initial=offset))
    if starts.pop() == offset + len(line) + 1:  # (where a token after the line would start)
        return tokens, starts
    tokens = list(_tokenize_piece(line))
    lead = len(line) - len(line.lstrip())
    starts = list(accumulate(cast("list[int]", tokens[1::_WIDTH]), initial=offset + lead))
    starts.pop()
    return tokens, starts


def _tokenize_piece(piece: str) -> _Tokens:
    """The tokens of ``piece`` (a stretch of text), as :data:`_Tokens`.

    One regex pass (the one with URLs and e-mail addresses only where one may be: that
    branch costs a fifth of the pass), each token with the whitespace before it to keep
    count of offsets. A known abbreviation takes the period right after it ("Dr.", "Jl.",
    "No."): that period never ends a sentence."""
    links = "@" in piece or "://" in piece or "www." in piece
    tokens: list[tuple[int, str]] = []  # (start, token)
    end = 0
    for match in (_TOKEN if links else _TOKEN_PLAIN).findall(piece):
        end += len(match)
        token = match.lstrip()
        start = end - len(token)
        if token[0] == "." and tokens and _takes_the_period(tokens[-1], start):
            tokens[-1] = (tokens[-1][0], tokens[-1][1] + ".")  # (the whole "..." goes)
        else:
            tokens.append((start, token))
    tags = _tags([token for _, token in tokens], [start for start, _ in tokens])
    flat: list[str | int | None] = []
    for k, (start, token) in enumerate(tokens):
        after = tokens[k + 1][0] if k + 1 < len(tokens) else len(piece) + 1
        flat += (sys.intern(token), after - start, tags[k], not token.isalpha())
    return tuple(flat)


def _takes_the_period(word: tuple[int, str], period: int) -> bool:
    """Does the ``word`` (start, token) take the period starting at offset ``period``: is
    it a known abbreviation right before it?"""
    start, token = word
    return token in ABBREVIATIONS and start + len(token) == period


def _tags(tokens: list[str], starts: list[int]) -> list[str | None]:
    """The tags of the ``tokens`` (starting at ``starts``) that their text makes certain
    (see :func:`_tag_of`; plain words have none)."""
    tags = [None if token.isalpha() else _tag_of(token) for token in tokens]
    for i in range(1, len(tokens)):
        # "Rp" is a currency right before a number ("Rp50.000"), elsewhere a word.
        touching = starts[i - 1] + len(tokens[i - 1]) == starts[i]
        if tags[i] == "NUM" and tokens[i - 1] == "Rp" and touching:
            tags[i - 1] = "SYM"
    return tags


#: Pieces longer than this are tokenised afresh each time rather than remembered.
_LONGEST_PIECE = 64


#: The "tokens" of a piece between two spaces that is none of a line's pieces of one word:
#: empty (two spaces in a row, or a space at either end of the line) or with whitespace
#: inside (a tab, a no-break space). Its one pseudo-token advances by 0, less than the piece
#: and its space take, so the line's tokens fall short of its end and the line is then
#: tokenised whole (see :func:`_line_tokens`).
_UNEVEN: _Tokens = ("", 0, None, False)
_WHITESPACE = re.compile(r"\s")


class _PieceMemo(WordMemo[_Tokens]):
    """:func:`_tokenize_piece` of each piece seen of one word (no whitespace), but for
    those longer than :data:`_LONGEST_PIECE`, which are rare and not remembered; a piece
    with whitespace is :data:`_UNEVEN`."""

    def __missing__(self, piece: str) -> _Tokens:
        if _WHITESPACE.search(piece):
            return _UNEVEN
        if len(piece) > _LONGEST_PIECE:
            return _tokenize_piece(piece)
        return super().__missing__(piece)


def _piece_tokens(piece: str) -> _Tokens:
    """:func:`_tokenize_piece`, but :data:`_UNEVEN` for an empty piece, and without the regex
    for the two shapes of most pieces met for the first time: letters only (one token: the
    regex's first branch takes all of a word of three letters or more, the short-word
    branch one of fewer) and a word of three letters or more before a comma, colon,
    semicolon or full stop (two tokens, but for a known abbreviation's period)."""
    if piece.isalpha():
        return (sys.intern(piece), len(piece) + 1, None, False)
    word, mark = piece[:-1], piece[-1:]
    if (
        mark in _CLAUSE_MARKS
        and len(word) >= 3
        and word.isalpha()
        and not (mark == "." and word in ABBREVIATIONS)
    ):
        return (sys.intern(word), len(word), None, False, mark, 2, "PUNCT", True)
    return _tokenize_piece(piece) if piece else _UNEVEN


#: The marks that end a word's piece most often ("kata,", "said.").
_CLAUSE_MARKS = frozenset(",.:;")


_PIECES = _PieceMemo(_piece_tokens)


def _drop(columns: _Columns, dropped: set[int]) -> None:
    """Take the ``dropped`` tokens out of ``columns``."""
    keep = [True] * len(columns.texts)
    for i in dropped:
        keep[i] = False
    columns.starts = list(compress(columns.starts, keep))
    columns.texts = list(compress(columns.texts, keep))
    columns.tags = list(compress(columns.tags, keep))
    columns.others = [i for i, text in enumerate(columns.texts) if not text.isalpha()]
    # (No line starts with a dropped period: it touches the word before.)
    gone = sorted(dropped)
    columns.line_starts = {i - bisect_left(gone, i) for i in columns.line_starts}


def _tag_of(token: str) -> str | None:
    """The tag of a token that is not a plain word: told from the text, whichever branch of
    the regex matched it."""
    if len(token) > 1 and ("@" in token or token[0] == "#" or token.startswith(_URL_STARTS)):
        return "SYM"  # link, handle or hashtag (the regex matches those only where they are)
    first = token[0]
    if first.isdecimal():
        return None if any(map(str.isalpha, token)) else "NUM"  # a name: 3M  5G
    if first.isalnum():
        return "SYM" if token[-1] == "$" else None  # currency: US$
    return "SYM" if _is_symbol(token) else "PUNCT"


def _is_symbol(tok: str) -> bool:
    return tok in "%$€£¥+=<>#&@*^~|°§"


def _those(indexes: list[int], texts: list[str], test: WordMemo[bool]) -> Iterator[int]:
    """The ``indexes`` whose text passes ``test``, picked in C (``compress``, ``map``): the
    tests run over the tokens that are no plain words, a sixth of all, and mostly commas and
    periods seen before."""
    return compress(indexes, map(test.__getitem__, map(texts.__getitem__, indexes)))


def _starts_with_period(token: str) -> bool:
    return token[0] == "."


def _may_change_sentence(token: str) -> bool:
    """Can the token end a sentence or open or close a quotation (see
    :func:`_sentence_spans`)?"""
    return token[-1] in _END_CHARS or token in _QUOTES


#: :func:`_starts_with_period` and :func:`_may_change_sentence` of each token seen.
_PERIOD_LED = WordMemo(_starts_with_period)
_MARKS = WordMemo(_may_change_sentence)


def _attach_periods(text: str, columns: _Columns, dropped: set[int]) -> None:
    """Give an initial ("George W. Bush") the period that follows it, so it never ends a
    sentence, and add the token that started at that period (a "." or the whole "...")
    to the ``dropped`` ones. (Known abbreviations, "Dr.", "Jl.", took theirs when their
    piece was tokenised: see :func:`_tokenize_piece`.)"""
    texts = columns.texts
    for i in _those(columns.others, texts, _PERIOD_LED):
        word = i - 1  # the initial that may take the period
        if word >= 0 and columns.touching(word, i) and _is_initial(text, columns, word, dropped):
            texts[word] += "."
            dropped.add(i)


def _is_initial(text: str, columns: _Columns, i: int, dropped: set[int]) -> bool:
    """Is token ``i`` an initial ("George W. Bush")? A capital letter after a lowercase word
    (the tokens in ``dropped`` do not count) is one only before a capitalised word that
    rarely opens a sentence ("kata M. Nasir", but not "seri B. CEO itu…", "vitamin C.
    Setelah…", "on X. Critics said"), or when a line break lies between them (a scoreboard
    line "M. Atherton"); after a word named with a letter ("Serie A", "Group B") it is
    that letter."""
    texts = columns.texts
    if not (len(texts[i]) == 1 and texts[i].isupper()):
        return False
    before = i - 1
    while before in dropped:
        before -= 1
    if texts[i] in _ROMAN_LETTERS and before >= 0 and texts[before] in _NUMBERED_DISTRICT_ENDS:
        return False  # "Kecamatan Ilir Barat I. Warga …": a district's numeral ends it
    if before >= 0 and texts[before].lower() in LETTER_TAKERS:
        return False  # "second in Serie A. Inter then …": a league's letter, no initial
    if (
        before < 0
        or not texts[before][:1].islower()
        or "\n" in text[columns.end(before) : columns.starts[i]]
    ):
        return True
    # After a lowercase word, an initial is followed by the rest of a name ("oleh M. Nasir");
    # but hardly a name has an X for its initial, while the platform X ends sentences
    # ("posted the video on X. Critics said").
    following = texts[i + 2] if i + 2 < len(texts) else ""
    return (
        texts[i] != "X"
        and following[:1].isupper()
        and following[1:2].islower()
        and following not in _SENTENCE_OPENERS
    )


def _sentence_spans(text: str, columns: _Columns) -> list[tuple[int, int]]:
    """Sentences as (first, stop) token indexes (see the module docstring for the rules).

    Only tokens that can change the state are visited: quotes, tokens ending in ".", "!",
    "?" or "…", and the first token of each line; the others simply join the sentence.
    """
    texts = columns.texts
    n = len(texts)
    marked = set(_those(columns.others, texts, _MARKS))
    # The token after each line break, and the bounds of bracketed asides, which stand
    # apart as if on a line of their own.
    line_starts = columns.line_starts.union(_aside_bounds(text, columns))
    spans: list[tuple[int, int]] = []
    first = 0  # the current sentence's first token
    # Sentence ends seen inside the open quotation, as token indexes; they are applied when
    # the quote closes on a full stop and dropped when it closes on a comma.
    pending: list[int] = []
    in_quote = False
    resume = 0  # tokens before this one were taken as closers of a sentence end
    for i in sorted(marked | line_starts):
        if i < resume or i >= n:
            continue
        # A line break before this token ends the sentence (unless it only wraps the line).
        if i in line_starts and first < i and not _wraps_a_line(text, columns, i):
            _close(spans, first, i, pending)
            first, pending, in_quote = i, [], False
        if i not in marked:
            continue
        t = texts[i]
        if t in _QUOTES:
            if t in _OPEN_QUOTES:
                in_quote = True
            elif t == "’" and texts[i - 1] not in _CLAUSE_ENDS:
                pass  # an apostrophe after a word (after ".", "?" it was taken as a closer)
            elif t in _CLOSE_QUOTES or (t in _STRAIGHT_QUOTES and in_quote):
                in_quote = False
                # “…,” katanya → one sentence; “….” → the pending ends stand.
                if pending and i > first and texts[i - 1] in _CLAUSE_ENDS:
                    pending.clear()
            else:
                in_quote = True
        # Periods that end no sentence: a list item's number, a short form's before a number,
        # "Tbk" inside a sentence, one inside a site's name or a version (checked inline:
        # every "." is).
        if (
            t == "."
            and i > 0  # (a text that opens with "." has no word before it to look at)
            and (
                ((i - 1 in line_starts or i == 1) and _numbers_a_list_item(columns, i))
                or (i > 1 and _ends_a_german_ordinal(columns, i))
                or (_introduces_a_number(texts, i) and _is_short_form(texts, i - 1))
                or (
                    texts[i - 1] in _BARE_COMPANY_ENDS
                    and not _ends_company_sentence(texts, i - 1, i + 1)
                )
                or (i + 1 < n and columns.touching(i, i + 1) and _joins_a_web_address(columns, i))
            )
        ):
            continue
        if t[-1] in _END_CHARS and (
            t in _TERMINATORS
            or (len(t) > 1 and t[0] in _TERMINATOR_STARTS and columns.tags[i] == "PUNCT")
            or _ends_with_abbreviation(texts, i)
            or _closes_a_quotation(columns, i, in_quote)
        ):
            # Swallow the closing quotes, brackets and emoji that follow on the same line.
            j = i + 1
            while j < n and (texts[j] in _CLOSERS or _is_emoji(texts[j])) and j not in line_starts:
                closer = texts[j]
                if not columns.touching(j - 1, j) and not _closes_anyway(closer, in_quote):
                    break
                if closer in _CLOSE_QUOTES or (closer in _STRAIGHT_QUOTES and in_quote):
                    in_quote = False
                j += 1
            resume = j
            if j < n and not (_starts_sentence(texts[j]) or _ends_before_lowercase(columns, i, j)):
                continue
            if in_quote:
                pending.append(j)
            else:
                _close(spans, first, j, pending)
                first, pending = j, []
    _close(spans, first, n, pending)
    return spans


def _wraps_a_line(text: str, columns: _Columns, i: int) -> bool:
    """Is the line break before token ``i`` one of text wrapped at a fixed width, inside a
    sentence ("…the company said it would\nraise prices…")? Only when a word in small letters
    or a comma ends the line and a word in small letters starts the next, with no blank line
    between: a headline, a list item or a scoreboard line starts with a capital, a digit, a
    sign or a letter that labels it ("b. Lain-lain", "c) biaya")."""
    texts = columns.texts
    word, before = texts[i], texts[i - 1]
    label = len(word) == 1 and i + 1 < len(texts) and texts[i + 1] in {".", ")"}
    return (
        word.isalpha()
        and word.islower()
        and not label
        and (before == "," or (before.isalpha() and before.islower()))
        and text.count("\n", columns.end(i - 1), columns.starts[i]) == 1
    )


def _aside_bounds(text: str, columns: _Columns) -> list[int]:
    """The first token of each bracketed aside between two sentences ("…ke balai desa.
    (Foto: ANTARA/Aditya) Bantuan datang…") and the token after it."""
    starts, texts = columns.starts, columns.texts
    bounds: list[int] = []
    for m in _BRACKETED_ASIDE.finditer(text):
        first = bisect_left(starts, m.start())
        after = bisect_left(starts, m.end())
        if (first == 0 or texts[first - 1][-1] in _END_CHARS or texts[first - 1] in _CLOSERS) and (
            after == len(texts) or texts[after][:1].isupper() or texts[after] in _OPENERS
        ):
            bounds += (first, after)
    return bounds


def _ends_with_abbreviation(texts: list[str], i: int) -> bool:
    """ "…sanctions on the U.S. The move…", "…lolos dari Grup A. Selain itu…": the
    abbreviation or initial ``texts[i]`` ends the sentence when a word that typically opens
    one follows; "dll." and "p.m." (see :data:`_FINAL_ABBREVIATIONS`) before any capitalised
    word but a day, month or time zone; a company's "Inc." as :func:`_ends_company_sentence`
    says; "e.g." and "vs." (see :data:`_LEADING_ABBREVIATIONS`) never."""
    tok = texts[i]
    following = texts[i + 1] if i + 1 < len(texts) else ""
    if tok in _LEADING_ABBREVIATIONS:
        return False
    if tok in _FINAL_ABBREVIATIONS:
        zone = following in _ZONE_NAMES and i + 2 < len(texts) and texts[i + 2].lower() == "time"
        return following[:1].isupper() and following not in _CALENDAR_WORDS and not zone
    if following in _SENTENCE_OPENERS:
        return len(tok) > 1 and tok[-1] == "."
    return tok in _COMPANY_ENDS and _ends_company_sentence(texts, i, i + 1)


def _closes_a_quotation(columns: _Columns, i: int, in_quote: bool) -> bool:
    """Does a quotation close right after the abbreviation ``i`` ("“No.” He shook his head",
    "…moved to the U.S.” The crowd…")? Then its period ends the sentence as a full stop
    would (when a sentence can start after the quote)."""
    texts = columns.texts
    after = i + 1
    if after >= len(texts) or not columns.touching(i, after) or texts[i][-1] != ".":
        return False
    closer = texts[after]
    return closer in _CLOSE_QUOTES or (closer in _STRAIGHT_QUOTES and in_quote)


def _ends_company_sentence(texts: list[str], form: int, after: int) -> bool:
    """Does the company's legal form ``texts[form]`` ("Inc.", or "Tbk" with the period
    after it) end the sentence before the word ``texts[after]``? Before a word that
    typically opens a sentence, yes; else only before a capitalised word that is no ticker
    ("Tbk. (ASII)", "Tbk. BBRI"), no other legal form ("Co. Ltd."), no division ("Warner
    Bros. Pictures") and no officer's title
    ("Apple Inc. Chief Executive Tim Cook"), and when no title stands before the company
    either (then the officer's name follows: "Direktur Utama PT BRI Tbk. Sunarso"). A form
    after no name ("in Co. Kerry") ends none."""
    following = texts[after] if after < len(texts) else ""
    if following in _SENTENCE_OPENERS:
        return True
    if not (following[:1].isupper() and following[1:2].islower()) or may_start_title(following):
        return False
    if following in _COMPANY_FORMS or following in _DIVISIONS_AFTER_FORMS:
        return False
    name = _name_before(texts, form)
    return bool(name) and not any(_is_title(word) for word in name)


def _name_before(texts: list[str], i: int) -> list[str]:
    """The capitalised words (and brackets, "&") right before token ``i``, nearest first:
    the name of the company whose legal form ``texts[i]`` is, and any title before it."""
    name = []
    for k in range(i - 1, max(i - _LONGEST_COMPANY_NAME, 0) - 1, -1):
        word = texts[k]
        if not (word[:1].isupper() or word in _COMPANY_NAME_SIGNS):
            break
        name.append(word)
    return name


def _is_title(word: str) -> bool:
    """Is ``word`` the head of a title ("Direktur", "CEO", "Dr.")?"""
    return word.lower() in TITLE_HEADS or word in TITLE_ABBREVIATIONS


def _numbers_a_list_item(columns: _Columns, i: int) -> bool:
    """Is the period ``i``, which follows the first token of a line, that of a list item's
    number or letter ("1. Taxes will rise", "b. Harga naik")? It ends no sentence."""
    item = i - 1
    label = columns.texts[item]
    return columns.touching(item, i) and (
        (label.isdecimal() and len(label) <= 2) or (len(label) == 1 and label.islower())
    )


#: Words before a German ordinal number ("am 3. März", "der 2. Weltkrieg", "Berlin, 5. Mai"):
#: articles, contracted prepositions and the comma of a dateline.
_ORDINAL_LEADS = frozenset(
    """am im zum zur vom beim ab seit bis der die das den dem des ihr ihre ihrem ihren sein
    seine seinem seinen , (""".split()
)
#: Capitalised German words that open a sentence: after "… um 3." they start the next one.
_GERMAN_OPENERS = frozenset(
    """Die Der Das Den Dem Des Ein Eine Einen Er Sie Es Wir Ich Man Auch Aber Doch Dabei Damit
    Danach Dann Zudem Nach Laut Im Am Bei In Mit Seit Vor Zuvor Bereits Noch Nun Jetzt So""".split()
)


def _ends_a_german_ordinal(columns: _Columns, i: int) -> bool:
    """Is the period ``i``, glued to a number of up to three digits after an article, a
    contracted preposition or a dateline's comma, the dot of a German ordinal ("am 3.
    März", "der 2. Weltkrieg", "zum 100. Geburtstag")? It ends no sentence unless a word
    that opens one follows ("… stieg um 3. Die Anleger …" has no lead word anyway)."""
    texts = columns.texts
    number, after = texts[i - 1], texts[i + 1] if i + 1 < len(texts) else ""
    return (
        number.isdecimal()
        and len(number) <= 3
        and columns.touching(i - 1, i)
        and texts[i - 2].lower() in _ORDINAL_LEADS
        and after[:1].isupper()
        and after not in _GERMAN_OPENERS
    )


def _is_short_form(texts: list[str], i: int) -> bool:
    """Is token ``i`` a short form that stands before a number: one of
    :data:`_BEFORE_NUMBERS`, or a word of up to three letters without a vowel and not all in
    capitals ("tgl", "pkl", "Gg", "p")? After a number such a word is a unit, and its period
    may well end the sentence: "…sejauh 5 km. 3 orang…"."""
    word = texts[i]
    if word in _BEFORE_NUMBERS:
        return True
    return (
        len(word) <= 3
        and word.isalpha()
        and not word.isupper()
        and _VOWELS.isdisjoint(word)
        and not (i > 0 and texts[i - 1][:1].isdecimal())
    )


def _introduces_a_number(texts: list[str], i: int) -> bool:
    """Is the period ``i``, after a short form (see :func:`_is_short_form`), followed by a
    number ("Rp. 5.000", "hal. 12", "tgl. 5 Mei")? Then it ends no sentence."""
    return i + 1 < len(texts) and texts[i + 1][0].isdecimal()


def _joins_a_web_address(columns: _Columns, i: int) -> bool:
    """Is the period ``i`` inside a site's name or a version written without spaces
    ("TEMPO.CO", "KOMPAS.com", "kemenkes.go.id", "v2.1")? It ends no sentence. (The name
    stays three tokens, as the entity annotator reads it.)"""
    texts = columns.texts
    return (
        0 < i < len(texts) - 1
        and (texts[i + 1].lower() in _WEB_ENDINGS or texts[i + 1][0].isdecimal())
        and columns.touching(i - 1, i)
        and columns.touching(i, i + 1)
    )


def _closes_anyway(closer: str, in_quote: bool) -> bool:
    """Does a closing quote, bracket or emoji belong to the sentence before it even after a
    space (tokenised text: `support it . "`; "Menang! 🎉")? Closing curly quotes, brackets
    and emoji always do, a straight double quote when a quotation is open; single quotes do
    not (a spaced one usually opens the next sentence's 'scare quote')."""
    return (
        closer in _SPACED_CLOSERS or (closer in _STRAIGHT_QUOTES and in_quote) or _is_emoji(closer)
    )


def _is_emoji(tok: str) -> bool:
    """Is the token an emoji or a part of one (symbol, skin tone, variation selector,
    joiner)? Called only on the few tokens right after a sentence end."""
    return len(tok) == 1 and (tok in _EMOJI_PARTS or unicodedata.category(tok) == "So")


def _starts_sentence(tok: str) -> bool:
    """Could a sentence start with this token? (Lowercase words after "." usually mean the
    period belonged to an unknown abbreviation.)"""
    first = tok[0]
    if tok in _CONTINUERS:
        return False
    return first.isupper() or first.isdigit() or tok in _OPENERS or not first.isalpha()


def _ends_before_lowercase(columns: _Columns, i: int, j: int) -> bool:
    """Does the terminator ``i`` end a sentence although the word ``j`` right after it is in
    small letters? Web and chat text often starts sentences so ("the food was great. will be
    back", "enak banget!! dagingnya empuk"). The terminator then follows a word in small
    letters, with a space after it ("github.io" is no sentence end); a period only a whole
    word of four letters or more, not a short form ("approx. 5", "incl. tax", "tgl. 5"). (A
    "!" after a capitalised name, "Yahoo! said", ends none; nor does an ellipsis: "naik...
    lalu turun".)"""
    texts = columns.texts
    if j != i + 1 or i == 0 or columns.touching(i, j) or not texts[j].isalpha():
        return False
    word, mark = texts[i - 1], texts[i]
    if not (word.isalpha() and word.islower()):
        return False
    if mark == ".":
        return len(word) >= 4 and word not in _LONG_SHORT_FORMS
    return mark[0] in "!?"


def _close(spans: list[tuple[int, int]], first: int, stop: int, pending: list[int]) -> None:
    """Add the sentence of tokens ``first:stop`` to ``spans``, cut at the ``pending`` ends
    that still stand."""
    last = first
    for cut in pending:
        if last < cut < stop:
            spans.append((last, cut))
            last = cut
    if last < stop:
        spans.append((last, stop))
