"""Reading quantities: digits in each language's format, number words, scales, vague amounts.

Shared by the number annotator ("175 tawanan perang") and the time grammar ("dua jam" is a
duration). :func:`read_quantity` reads the amount that starts at a word and says where it ends;
what the amount counts (the unit) is decided by the caller.

Digit formats: Indonesian and most continental languages write "2.000" for two thousand and
"1,5" for one and a half; English writes "2,000" and "1.5". A lone separator followed by exactly
three digits is a thousands separator in the language that uses it that way, otherwise a
decimal point ("1.5" in an Indonesian text is still 1.5).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from reader.analysis.predicates import EN_BE_FORMS
from reader.analysis.wordscan import Word, word_set

#: Languages that write a decimal comma and group thousands with a dot (or a space).
DECIMAL_COMMA_LANGS = word_set(
    """
     id ms de fr es it pt nl ru uk pl cs sk sl hr sr bs bg ro tr da sv nb nn no fi et lv lt el
     hu ca gl eu is vi az kk
     """
)

#: Units of mass, length, area, volume, power and energy: what a measured quantity is in.
#: A unit of time right after one ("500 ton per hari", "20 km a day", "60 miles per hour")
#: is the base of its rate, part of the unit, no time of its own.
PHYSICAL_UNITS = word_set(
    """
    km kilometer meter m cm mm milimeter sentimeter kg kilogram gram ton liter hektare ha mil
    barel watt megawatt mw gw kwh mwh gwh twh kuintal kwintal
    kilometre kilometres kilometers metre metres meters millimetre millimetres millimeters
    centimetre centimetres mile miles kilograms grams tonne tonnes tons litre litres liters
    hectare hectares acre acres barrel barrels gallon gallons feet knots megawatts
    """
)


#: English words before a year-like number that make it a year modifying a noun: "a 2015
#: earthquake", "its 2026 earnings", "the 2024 election" (not "2000 people").
_EN_YEAR_DETERMINERS = word_set("a an the its their his her our this that")
#: The endings of an English possessive, which make a year after it a modifier too: "the
#: council's 2029 plan".
_EN_POSSESSIVES = ("'s", "\u2019s", "s'", "s\u2019")
#: Straight and curly apostrophes: of a possessive, and of a year shortened to its last
#: two digits ("'45", "\u201998").
APOSTROPHES = frozenset("'\u2019")


def owns_year(before: str, earlier: str) -> bool:
    """Is the English word ``before`` (in lowercase; ``earlier`` the word before it) an
    article, a determiner or a possessive, which makes a year right after it the year of the
    noun after that ("a 2015 earthquake", "its 2026 budget", "the council's 2029 plan", "the
    unions' 2030 targets", whose apostrophe may be a word of its own)?"""
    if before in _EN_YEAR_DETERMINERS or before.endswith(_EN_POSSESSIVES):
        return True
    return before in APOSTROPHES and earlier.endswith("s")


# --- Indonesian number words -------------------------------------------------------------
_ID_DIGITS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}  # fmt: skip
#: Denominators after a number word: "dua pertiga" = 2/3, "tiga perempat" = 3/4.
_ID_FRACTIONS = {"per" + word: value for word, value in _ID_DIGITS.items() if value > 1}
#: "se-" forms that stand for one of something: sepuluh = 10, seratus = 100, setengah = 1/2,
#: selusin = a dozen, and one part of so many: sepertiga = 1/3, seperlima = 1/5.
_ID_SE = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "setengah": 0.5, "separuh": 0.5,
          "selusin": 12,
          **{"se" + word: 1 / value for word, value in _ID_FRACTIONS.items()}}  # fmt: skip
#: A fraction of what was just named, with "-nya" (of it): "sepertiganya", "separuhnya".
_ID_SE_OF_IT = {word + "nya": value for word, value in _ID_SE.items() if value < 1}
#: Multipliers inside a number: "dua belas" = 12, "tiga puluh" = 30, "dua ratus" = 200.
_ID_INNER = {"belas": 0, "puluh": 10, "ratus": 100}  # belas adds ten instead of multiplying
#: Multipliers that make the amount before them rough: "dua puluhan pohon" (twenty-odd),
#: "tiga ratusan warga", "lima ribuan botol".
_ID_ROUGH_INNER = frozenset({"puluhan", "ratusan", "ribuan"})
#: Scale words that close a group of three digits ("dua ribu", "2,5 juta"), and dozens
#: ("dua lusin telur" = 24).
_ID_SCALES = {
    "lusin": 12, "ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6,
    "miliar": 10**9, "milyar": 10**9, "triliun": 10**12,
}  # fmt: skip
_ID_SE_SCALES = {"seribu": 10**3, "sejuta": 10**6, "semiliar": 10**9}

# --- English number words ----------------------------------------------------------------
_EN_DIGITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_INNER = {"hundred": 100}
#: Denominators of written fractions: "two-thirds", "three-quarters".
_EN_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                 "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}  # fmt: skip
#: Scale words, with the short forms of wire copy and business news ("$1.2 bln", "5 mln").
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
              "mln": 10**6, "bln": 10**9, "trln": 10**12, "bn": 10**9,
              "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}  # fmt: skip
#: Scale words after digits in the other languages the built-in backend reads ("5 Milliarden",
#: "40 milliards", "7.000 millones", "2 miliardi", "1,5 bilhão", "20 miljoen"); "mil
#: millones" and "mil milhões" multiply out to a thousand million.
_EU_SCALES: dict[str, dict[str, int]] = {
    "de": {"tausend": 10**3, "million": 10**6, "millionen": 10**6, "mio.": 10**6, "mio": 10**6,
           "milliarde": 10**9, "milliarden": 10**9, "mrd.": 10**9, "mrd": 10**9,
           "billion": 10**12, "billionen": 10**12},
    "fr": {"mille": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9,
           "milliards": 10**9},
    "es": {"mil": 10**3, "millón": 10**6, "millones": 10**6, "billón": 10**12,
           "billones": 10**12},
    "it": {"mila": 10**3, "mille": 10**3, "milione": 10**6, "milioni": 10**6,
           "miliardo": 10**9, "miliardi": 10**9},
    "pt": {"mil": 10**3, "milhão": 10**6, "milhões": 10**6, "bilhão": 10**9, "bilhões": 10**9,
           "bilião": 10**12, "biliões": 10**12},
    "nl": {"duizend": 10**3, "miljoen": 10**6, "miljard": 10**9, "mln": 10**6, "mld": 10**9},
}  # fmt: skip

#: Scales glued to digits in English headlines and business news: "$4.5bn", "3m", "20k".
#: Written in capitals they scale only an amount of money ("$100M", "US$3M"); elsewhere a
#: capital after digits makes a name ("3M", "4K TV", "a 10K run").
_EN_SUFFIX = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "tn": 10**12}

# --- vague amounts ------------------------------------------------------------------------
#: Amounts with no exact value. Those marked True are quantities on their own ("ribuan");
#: those marked False only count when a unit follows ("beberapa hari", "several hours").
_VAGUE = {
    "id": {
        "beberapa": False, "sejumlah": False, "belasan": True, "puluhan": True,
        "ratusan": True, "ribuan": True, "jutaan": True, "miliaran": True, "lusinan": True,
    },
    "en": {
        "several": False, "dozens": True, "scores": False, "hundreds": True,
        "thousands": True, "millions": True, "billions": True, "tens": False, "few": False,
    },
}  # fmt: skip
#: English nouns that make a vague amount after "a" and before "of": "a handful of
#: protesters", "a couple of weeks" (two or so).
_EN_A_VAGUE_OF = frozenset({"handful", "couple"})
#: Words before a bare "few" that make it an amount: "the next few weeks", "the past few
#: days". Elsewhere "few" means hardly any ("few people believed it"): no quantity.
_FEW_AFTER = frozenset({"next", "past", "last", "coming", "first", "previous", "following"})

_NUMERIC = re.compile(r"\d+(?:[.,]\d+)*")
#: A range written with a hyphen: "10-15", "8,5-9".
_RANGE = re.compile(r"(\d+(?:[.,]\d+)*)-(\d+(?:[.,]\d+)*)")
YEAR_DIGITS = re.compile(r"(1[6-9]|20)\d{2}")
_EN_SUFFIXED = re.compile(r"(\d+(?:[.,]\d+)*)(k|m|mn|bn|tn)")
#: A fraction written with a slash: "1/3", "3/4" (a numerator below its denominator; a
#: date such as "(17/3)" is the time grammar's, and its digits no amount).
_SLASH_FRACTION = re.compile(r"([1-9])/([2-9]|10)")
#: Words before digits with a slash that make them a day and month: "(1/3)", "pada 2/3".
_DAY_CUES = frozenset({"(", "pada", "tanggal", "tgl", "sejak", "hingga", "sampai", "per", "on",
                       "since", "until", "by"})  # fmt: skip
#: Indonesian words of age that make the number after them one: "berusia 52 tahun", "usia
#: 60-an".
ID_AGE_WORDS = word_set("usia berusia umur berumur")
#: Words after digits with a slash that make them a round of a cup: "babak 1/8 final", "the
#: 1/4 finals" (the last eight, the last sixteen), no share of anything.
_ROUND_WORDS = frozenset({"final", "finals", "finale"})
#: Scales Indonesian shorthand glues to the digits of a price: "15rb" (ribu), "1,5jt" (juta),
#: as in "Rp15rb", "Rp 1,5jt".
ID_GLUED_SCALES = {"rb": 10**3, "ribu": 10**3, "jt": 10**6, "juta": 10**6}
_ID_SUFFIXED = re.compile(r"(\d+(?:[.,]\d+)*)(rb|ribu|jt|juta)")
#: Measure units written glued to their digits: "50km", "10kg", "250g", "100m" (in English
#: "3m" and "20k" are scales, see _EN_SUFFIX, and "m" is metres only from 1,000 up).
_GLUED_UNITS = frozenset({"km", "cm", "mm", "kg", "mg", "ml", "ha", "kwh", "mw", "gw", "m", "gb",
                          "tb", "mb", "mph", "kph", "ft", "lb", "lbs", "g"})  # fmt: skip
_GLUED_MEASURE = re.compile(r"(\d+(?:[.,]\d+)*)([a-z]+)")
#: Currency signs written before the digits of an amount.
_CURRENCY_SIGNS = frozenset("$€£¥₹₩₽")
#: Fractions written as one character, alone or after the whole number: "½", "1½ inches".
_VULGAR_FRACTIONS = {c: unicodedata.numeric(c) for c in "½⅓⅔¼¾⅕⅛⅜⅝⅞"}
_MAX_DIGITS = 24  # longer digit strings are ids, phone numbers or noise, not quantities


#: The word that links a scale word to what it counts in languages that need one: "5.000
#: millones de euros", "3 miliardi di euro", "4 milhões de reais", "2 millions de personnes".
_PARTITIVES = {"es": "de", "pt": "de", "fr": "de", "it": "di"}


def partitive_after_scale(words: tuple[Word, ...], j: int, lang: str) -> bool:
    """Is word ``j`` the partitive that follows a scale word ending an amount ("millones
    *de* euros"), so that what is counted starts after it?"""
    lex = base_lang(lang)
    return (
        0 < j < len(words) - 1
        and words[j].low == _PARTITIVES.get(lex)
        and words[j - 1].low in _EU_SCALES.get(lex, {})
    )


#: The partitive elided onto the noun after a scale word: "180 millions d'euros".
_ELIDED_PARTITIVES = ("d'", "d\u2019")


def elided_partitive(words: tuple[Word, ...], j: int, lang: str) -> bool:
    """Is word ``j`` a noun with the partitive elided onto it after a scale word ending an
    amount ("millions *d'euros*", "miliardi *d'euro*"), so that what is counted is the noun
    without its "d'"?"""
    lex = base_lang(lang)
    return (
        lex in _PARTITIVES
        and 0 < j < len(words)
        and words[j].low.startswith(_ELIDED_PARTITIVES)
        and words[j - 1].low in _EU_SCALES.get(lex, {})
    )


@lru_cache(maxsize=64)
def base_lang(lang: str) -> str:
    """The lexicon to use: "id" (also Malay), "en", or the bare language code."""
    code = (lang or "").split("-")[0].split("_")[0].lower()
    return "id" if code == "ms" else code


@lru_cache(maxsize=4096)
def parse_digits(text: str, lang: str) -> int | float | None:
    """The value of a digit string written the way ``lang`` writes numbers, or None (cached:
    the time grammar and the number annotator read the same numbers of a text).

    "2.000" is 2000 in Indonesian and 2.0 in English; "2,000" the other way round; "1,5" and
    "1.5" are 1.5 in both when the group after the separator is not three digits long.
    """
    if len(text) > _MAX_DIGITS or not _NUMERIC.fullmatch(text):
        return None
    comma_decimal = base_lang(lang) in DECIMAL_COMMA_LANGS
    thousands, decimal = (".", ",") if comma_decimal else (",", ".")
    seps = [c for c in text if c in ".,"]
    if not seps:
        return int(text)
    if len(set(seps)) == 2:
        # both present: the last one is the decimal point ("1.234,5" or "1,234.5")
        decimal = seps[-1]
        thousands = "," if decimal == "." else "."
        if seps.count(decimal) > 1:
            return None
    elif len(seps) > 1:
        # one kind repeated: only thousands groups can repeat ("1.000.000")
        thousands, decimal = seps[0], ""
    elif not (seps[0] == thousands and len(text.split(seps[0])[1]) == 3):
        decimal, thousands = seps[0], ""
    groups = text.split(thousands)[1:] if thousands else []
    if any(len(g.split(decimal)[0] if decimal else g) != 3 for g in groups):
        return None
    normal = text.replace(thousands, "") if thousands else text
    if decimal:
        normal = normal.replace(decimal, ".")
    value = float(normal)
    return int(value) if value.is_integer() and "." not in normal else value


def tidy(value: float) -> int | float:
    """Whole numbers as int (2.5 juta → 2500000), others as float rounded for display."""
    rounded = round(float(value), 6)  # 1.1 * 10**9 is 1100000000.0000002 in floating point
    return int(rounded) if rounded.is_integer() else rounded


class Quantity(NamedTuple):
    """An amount read from ``words[first:next]`` (a named tuple: both annotators read dozens
    per article, and a frozen dataclass takes three times as long to build).

    ``value`` is None for vague amounts and ranges. ``glued_unit`` is the unit written in the
    same word, after a hyphen or right after the digits ("30-day" → "day", "50km" → "km"),
    with its character offsets, if any.
    ``is_range`` marks "10-15": a range only counts with a unit ("10-15 orang"), as a bare
    one is more likely a score.
    """

    first: int
    next: int
    value: int | float | None
    vague: bool
    from_words: bool
    glued_unit: tuple[int, int, str] | None = None
    is_range: bool = False


#: Number words of the other European languages the built-in backend reads, two to twelve
#: ("one" is their article too: "un jour", "ein Tag"): "drei Wochen", "dos años", "trois
#: week-ends"; the time grammar counts units of time with them.
EU_NUMBER_WORDS: dict[str, dict[str, int]] = {
    lex: {word: k for k, forms in enumerate(numbers.split(), start=2) for word in forms.split("/")}
    for lex, numbers in {
        "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
        "fr": "deux trois quatre cinq six sept huit neuf dix onze douze",
        "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce",
        "it": "due tre quattro cinque sei sette otto nove dieci undici dodici",
        "pt": "dois/duas três quatro cinco seis sete oito nove dez onze doze",
        "nl": "twee drie vier vijf zes zeven acht negen tien elf twaalf",
    }.items()
}
#: Those words that are other words as often: Italian "sei" (you are), French "neuf" (new).
#: They count units of time ("sei mesi") but no amount of their own.
_EU_HOMOGRAPHS = frozenset({"sei", "neuf"})
_STARTERS = {
    "id": frozenset(_ID_DIGITS)
    | frozenset(_ID_SE)
    | frozenset(_ID_SE_OF_IT)
    | frozenset(_ID_SE_SCALES)
    | frozenset(_VAGUE["id"])
    | frozenset(_VULGAR_FRACTIONS),
    # "third", "fifth", "tenth", "handful" and "couple" only open an amount with the "a"
    # before them ("a third of the homes", "a handful of"): listed so the word scan, which
    # skips the common "a", looks around them ("quarter" is a unit of time it looks for);
    # "half" opens one before "of" ("half of the money"); so are the scales, which open one
    # after "a" ("a million people", "a hundred rooms")
    "en": frozenset(_EN_DIGITS)
    | frozenset(_VAGUE["en"])
    | frozenset(_VULGAR_FRACTIONS)
    | {"a", "an", "third", "fifth", "tenth", "half"}
    | frozenset(_EN_INNER)
    | frozenset(_EN_SCALES)
    | _EN_A_VAGUE_OF,
    **{lex: frozenset(table) - _EU_HOMOGRAPHS for lex, table in EU_NUMBER_WORDS.items()},
}


def quantity_starters(lang: str) -> frozenset[str]:
    """The words (besides digits) an amount can start with in ``lang``."""
    return _STARTERS.get(base_lang(lang), frozenset())


@lru_cache(maxsize=4096)
def starts_quantity(low: str, lang: str) -> bool:
    """Cheap test: can an amount start with this (lowercase) word? Digits always can (cached:
    the unit rules ask it of the same words again and again)."""
    if low[:1].isdigit():
        return True
    return low.split("-", 1)[0] in _STARTERS.get(base_lang(lang), frozenset())


def read_quantity(
    words: tuple[Word, ...], i: int, lang: str, *, ranges: bool = True
) -> Quantity | None:
    """Read the amount that starts at ``words[i]``, or return None if none starts there.

    Handles digits with a following scale ("2,5 juta", "4.5 billion", "4.5bn"), number words
    ("dua belas", "tiga puluh", "sepuluh ribu", "twenty-five", "a dozen", "one hundred"),
    vague amounts ("beberapa", "puluhan ribu", "dozens", "hundreds of thousands"), a unit
    glued with a hyphen ("30-day", "two-hour"), and (unless ``ranges`` is False) ranges
    ("10-15", "empat hingga lima", "10 to 15").

    Read once per word of the most recent word list: the time grammar and the number
    annotator read the same amounts of a text ("dua jam" is a duration and a number).
    """
    global _recent_reads
    recent = _recent_reads
    if recent is None or recent[0] is not words or recent[1] != lang:
        recent = _recent_reads = (words, lang, {})  # a new table for a new word list
    reads = recent[2]
    key = i if ranges else -1 - i  # (an int key: no tuple to build and hash per read)
    quantity = reads.get(key, _UNREAD)
    if quantity is _UNREAD:
        quantity = reads[key] = _read_quantity(words, i, lang, ranges=ranges)
    return quantity


#: The amounts read in the most recent word list, with that list and its language, by the
#: index of their first word (``-1 - index`` for one read without ranges). Replaced as a
#: whole, never mutated across word lists, so concurrent analyses only miss the cache.
_recent_reads: tuple[tuple[Word, ...], str, dict[int, Quantity | None]] | None = None
#: Marks an amount not read yet (None is a read that found none).
_UNREAD = Quantity(-1, -1, None, False, False)


def _read_quantity(words: tuple[Word, ...], i: int, lang: str, *, ranges: bool) -> Quantity | None:
    """:func:`read_quantity`, uncached."""
    quantity = _read_amount(words, i, lang, ranges=ranges)
    if (
        not ranges
        or quantity is None
        or quantity.next >= len(words)
        or words[quantity.next].low not in _ANY_RANGE_JOINER  # the cheap test first
    ):
        return quantity
    return _range_after(words, quantity, lang) or quantity


#: Words joining the two ends of a range written out: "empat hingga lima", "10 to 15", "5–7
#: persen" (an en dash, which the word split keeps apart), and of a rough amount: "dua atau
#: tiga hari", "two or three partners".
_RANGE_JOINERS = {
    "id": frozenset({"hingga", "sampai", "atau", "-", "\u2013"}),
    "en": frozenset({"to", "or", "-", "\u2013"}),
}
#: "and" joins the ends of a range only after "between": "between 30 and 40 percent",
#: "antara 24 dan 39 tahun" (elsewhere "5 and 6" are two numbers).
_BETWEEN = {"id": ("antara", "dan"), "en": ("between", "and")}
_ANY_RANGE_JOINER = frozenset().union(*_RANGE_JOINERS.values(), (j for _, j in _BETWEEN.values()))
#: Words before an amount that make "N to M" a change, not a range: "from 5 to 7 percent".
_CHANGE_OPENERS = frozenset({"from", "dari"})
#: Words before such an opener that make it a range again: "ranging from 10 to 15 years",
#: "berkisar dari 10 hingga 15 persen".
_SPREAD_WORDS = frozenset({"ranging", "range", "ranges", "ranged", "anywhere", "berkisar"})


def _range_after(words: tuple[Word, ...], first: Quantity, lang: str) -> Quantity | None:
    """The range that ``first`` opens ("empat hingga lima bulan"), or None: both ends written
    the same way (words or digits), rising, and no years."""
    j = first.next
    if j + 1 >= len(words) or not joins_range(words, first.first, j, lang):
        return None
    if first.value is None or first.glued_unit:
        return None
    if not words[j + 1].low[:1].isalnum() or not starts_quantity(words[j + 1].low, lang):
        return None
    second = _read_amount(words, j + 1, lang, ranges=False)
    if second is None or second.value is None or second.from_words != first.from_words:
        return None
    if first.value >= second.value or second.glued_unit:
        return None
    if any(YEAR_DIGITS.fullmatch(words[k].low) for k in (first.first, j + 1)):
        return None  # "2020 hingga 2024" is a period
    return Quantity(first.first, second.next, None, False, first.from_words, is_range=True)


def joins_range(words: tuple[Word, ...], first: int, j: int, lang: str) -> bool:
    """Does ``words[j]`` join the two ends of a range that starts at ``words[first]``? Not
    after "from": "from 5 to 7 percent" is a change, unless a word of spread opens it
    ("ranging from 10 to 15 years")."""
    lex = base_lang(lang)
    low = words[j].low
    before = words[first - 1].low if first > 0 else ""
    if low in _RANGE_JOINERS.get(lex, ()):
        return before not in _CHANGE_OPENERS or (
            first > 1 and words[first - 2].low in _SPREAD_WORDS
        )
    between, joiner = _BETWEEN.get(lex, ("", ""))
    return low == joiner and before == between


def _read_amount(words: tuple[Word, ...], i: int, lang: str, *, ranges: bool) -> Quantity | None:
    """One amount at ``words[i]`` (see :func:`read_quantity`); a hyphenated range ("10-15")
    only when ``ranges``."""
    lex = base_lang(lang)
    word = words[i]
    low = word.low
    if "-" in low and not low.startswith("-"):
        if ranges and _is_range(low, lang):
            j = i + 1
            while j < len(words) and _is_magnitude(words[j].low, lex):
                j += 1  # "Rp 10-15 miliar"
            return Quantity(i, j, None, False, False, is_range=True)
        glued = _read_glued(word, lang)
        if glued is not None:
            value, unit = glued
            return Quantity(i, i + 1, value, False, not low[0].isdigit(), unit)
    if lex == "id" and low in _ID_SE_OF_IT:
        return Quantity(i, i + 1, tidy(_ID_SE_OF_IT[low]), False, True)  # "sepertiganya"
    if low[-1] in _VULGAR_FRACTIONS:
        return _read_vulgar(words, i, lang)
    if low[0].isdigit():
        return _read_digits(words, i, lang)
    if lex == "en" and low in ("a", "an") and i + 1 < len(words):
        nxt = words[i + 1].low
        if nxt == "dozen":
            return with_scales(words, i, i + 2, 12, lang, from_words=True)
        if nxt in _EN_INNER or nxt in _EN_SCALES:
            return _read_words(words, i + 1, lang, start_value=1, first=i)
        if nxt == "few" or (nxt in _EN_A_VAGUE_OF and _of_after(words, i + 2)):
            j = i + 2
            while (
                j + 1 < len(words) and words[j].low == "of" and _is_magnitude(words[j + 1].low, lex)
            ):
                j += 2  # "a couple of hundred fans": the hundreds are rough too
            return Quantity(i, j, None, True, True)  # "a few days", "a handful of"
        if nxt in _EN_FRACTIONS and (
            _of_after(words, i + 2)
            or _by_before(words, i, i + 2)
            or (nxt == "quarter" and i + 2 < len(words) and words[i + 2].low in _QUARTER_OF)
        ):
            # "a third of the homes", "grew by a third", "fell by almost a third", "a cut of
            # a quarter point"
            return Quantity(i, i + 2, tidy(1 / _EN_FRACTIONS[nxt]), False, True)
        return None
    if lex == "en" and low == "half":
        return _half_a_scale(words, i, lang) or _half_of(words, i)
    vague = _VAGUE.get(lex, {})
    if low in vague:
        j = i + 1
        # "puluhan ribu", "hundreds of thousands": the scale is vague too
        while j < len(words):
            w = words[j].low
            if w == "of" and j + 1 < len(words) and _is_magnitude(words[j + 1].low, lex):
                j += 2
            elif _is_magnitude(w, lex):
                j += 1
            else:
                break
        if lex == "en" and low == "tens" and j == i + 1:
            return None  # "tens" alone is not an amount
        if low == "few" and (i == 0 or words[i - 1].low not in _FEW_AFTER):
            return None
        return Quantity(i, j, None, True, True)
    return _read_words(words, i, lang)


def needs_unit(quantity: Quantity, words: tuple[Word, ...], lang: str) -> bool:
    """True when the amount means nothing without a unit after it ("beberapa", "one", but
    not "several hundred"); a fraction is a share on its own ("setengah dari anggaran",
    "two-thirds of the seats")."""
    first = words[quantity.first].low
    if quantity.is_range:
        return True
    if quantity.vague:
        if quantity.next - quantity.first > 1 and first != "a":
            return False  # "several hundred", "beberapa ratus": a size of its own
        return not _VAGUE.get(base_lang(lang), {}).get(first, True) or first == "a"
    if quantity.from_words and base_lang(lang) not in ("id", "en"):
        return True  # "drei Wochen": a number word of those languages counts with its unit
    return quantity.from_words and quantity.value is not None and 1 <= quantity.value < 2


#: Multipliers that can follow a vague amount besides the scales: "beberapa ratus",
#: "several hundred", "several dozen".
_VAGUE_MULTIPLIERS = {"id": frozenset({"puluh", "ratus"}), "en": frozenset({"hundred", "dozen"})}


def _is_range(low: str, lang: str) -> bool:
    """True for "10-15", "8,5-9": two amounts, the second larger (so "3-1" is a score), and
    no years ("2019-2022" is a period)."""
    m = _RANGE.fullmatch(low)
    if m is None or YEAR_DIGITS.fullmatch(m.group(1)) or YEAR_DIGITS.fullmatch(m.group(2)):
        return False
    low_end, high_end = parse_digits(m.group(1), lang), parse_digits(m.group(2), lang)
    return low_end is not None and high_end is not None and low_end < high_end


def _is_magnitude(low: str, lex: str) -> bool:
    """Scale words ("ribu", "million"), multipliers ("ratus", "dozen") and vague magnitudes
    ("thousands") that can follow a vague amount: "puluhan ribu", "several hundred",
    "hundreds of thousands"."""
    if low in _VAGUE_MULTIPLIERS.get(lex, ()):
        return True
    if lex == "id":
        return low in _ID_SCALES or _VAGUE["id"].get(low, False)
    return lex == "en" and (low in _EN_SCALES or _VAGUE["en"].get(low, False))


def _read_digits(words: tuple[Word, ...], i: int, lang: str) -> Quantity | None:
    low = words[i].low
    value = parse_digits(low, lang)
    if value is not None:
        j = _spaced_groups(words, i, lang)
        if j > i + 1:  # "50 000 logements"
            value = int("".join(word.low for word in words[i:j]))
        return with_scales(words, i, j, value, lang, from_words=False)
    lex = base_lang(lang)
    if "/" in low:
        return _read_fraction(words, i)
    if lex == "en":
        m = _EN_SUFFIXED.fullmatch(low)
        if m and (words[i].text[-1].islower() or _after_currency_sign(words, i)):
            number = parse_digits(m.group(1), lang)
            if number is not None and not _metres(m.group(2), number, words, i):
                return Quantity(i, i + 1, tidy(number * _EN_SUFFIX[m.group(2)]), False, False)
    elif lex == "id" and (m := _ID_SUFFIXED.fullmatch(low)):
        number = parse_digits(m.group(1), lang)
        if number is not None:  # "25rb" after "Rp "
            return Quantity(i, i + 1, tidy(number * ID_GLUED_SCALES[m.group(2)]), False, False)
    return _read_glued_measure(words, i, lang)


def _spaced_groups(words: tuple[Word, ...], i: int, lang: str) -> int:
    """Where the digits at ``words[i]`` end when the other European languages write their
    thousands apart, one space between groups of three ("50 000 logements", "1 200 000
    euros"): the index after the last group, else ``i + 1``. English and Indonesian write
    them with a separator, so there two numbers side by side stay two."""
    j = i + 1
    if base_lang(lang) in ("en", "id") or not (len(words[i].low) <= 3 and words[i].low.isdigit()):
        return j
    while j < len(words) and len(words[j].low) == 3 and words[j].low.isdigit():
        if words[j].start != words[j - 1].end + 1:
            break
        j += 1
    return j


def _read_fraction(words: tuple[Word, ...], i: int) -> Quantity | None:
    """ "1/3", "3/4" at ``words[i]``: a fraction, unless a day and month read so ("(1/3)",
    "pada 2/3", "on 1/3") or a round of a cup ("babak 1/8 final")."""
    m = _SLASH_FRACTION.fullmatch(words[i].low)
    if m is None or (i > 0 and words[i - 1].low in _DAY_CUES):
        return None
    if i + 1 < len(words) and words[i + 1].low in _ROUND_WORDS:
        return None
    numerator, denominator = int(m.group(1)), int(m.group(2))
    if numerator >= denominator:
        return None
    return Quantity(i, i + 1, tidy(numerator / denominator), False, False)


def _read_vulgar(words: tuple[Word, ...], i: int, lang: str) -> Quantity | None:
    """ "½", "1½ inches": a fraction character after the whole number, if any."""
    low = words[i].low
    whole = parse_digits(low[:-1], lang) if len(low) > 1 else 0
    if whole is None:
        return None
    value = whole + _VULGAR_FRACTIONS[low[-1]]
    return with_scales(words, i, i + 1, value, lang, from_words=False)


def _metres(suffix: str, number: float, words: tuple[Word, ...], i: int) -> bool:
    """Is the "m" after ``number`` metres rather than millions? A thousand millions would be
    written "bn", so "the 10,000m" is a distance, unless it is money ("$1,500m")."""
    return suffix == "m" and number >= 1000 and not _after_currency_sign(words, i)


def _read_glued_measure(words: tuple[Word, ...], i: int, lang: str) -> Quantity | None:
    """ "50km", "2,5ha": digits with their measure unit in the same word (the unit's offsets
    in ``glued_unit``), or None. A capital "M" makes a name ("3M"), and after a currency
    sign "m" is a scale ("£200m"). British "3.5pc" is per cent: its unit is "%"."""
    word = words[i]
    m = _GLUED_MEASURE.fullmatch(word.low)
    if m is None:
        return None
    unit = m.group(2)
    percent = unit == "pc" and base_lang(lang) == "en"  # British "3.5pc": per cent
    if not (unit in _GLUED_UNITS or percent or _degrees(unit, word.text) or _pence(unit, lang)):
        return None
    if unit == "m" and (word.text.endswith("M") or _after_currency_sign(words, i)):
        return None
    if unit == "g" and word.text.endswith("G"):
        return None  # "5G", "4G" are generations of mobile networks, "250g" is grams
    number = parse_digits(m.group(1), lang)
    if number is None:
        return None
    unit_start = word.start + m.end(1)
    written = "%" if percent else word.text[m.end(1) :]
    return Quantity(i, i + 1, number, False, False, (unit_start, word.end, written))


def _pence(unit: str, lang: str) -> bool:
    """Is the unit glued to the digits pence, as British news writes prices: "194p"?"""
    return unit == "p" and base_lang(lang) == "en"


def _degrees(unit: str, text: str) -> bool:
    """Is the unit glued to the digits of ``text`` a temperature scale: "1.5C", "104F"?"""
    return unit in ("c", "f") and text[-1].isupper()


def _after_currency_sign(words: tuple[Word, ...], i: int) -> bool:
    """Is ``words[i]`` written right after a currency sign ("$100M")?"""
    return i > 0 and words[i - 1].text in _CURRENCY_SIGNS and words[i - 1].end == words[i].start


def with_scales(
    words: tuple[Word, ...], first: int, j: int, value: float, lang: str, *, from_words: bool
) -> Quantity:
    """Apply scale words after a number: "2,5 juta", "1.2 trillion", "dua ribu", and after
    digits glued to their currency ("Rp1,5 triliun"); an English scale may open a hyphenated
    word ("£1.5 million-a-year")."""
    lex = base_lang(lang)
    scales = _ID_SCALES if lex == "id" else _EN_SCALES if lex == "en" else _EU_SCALES.get(lex, {})
    while j < len(words) and words[j].low in scales:
        value *= scales[words[j].low]
        j += 1
    if lex == "en" and j < len(words) and "-" in words[j].low:  # (the cheap test first)
        glued = words[j].low.split("-", 1)[0]
        if glued in scales:
            value *= scales[glued]  # "£1.5 million-a-year", "$2 billion-plus"
            j += 1
    return Quantity(first, j, tidy(value), False, from_words)


def _read_words(
    words: tuple[Word, ...], i: int, lang: str, *, start_value: int = 0, first: int | None = None
) -> Quantity | None:
    """Read a run of number words ("tiga puluh lima ribu", "one hundred and five")."""
    lex = base_lang(lang)
    if lex not in ("id", "en"):
        value = EU_NUMBER_WORDS.get(lex, {}).get(words[i].low)
        if value is None or words[i].low in _EU_HOMOGRAPHS:
            return None
        return Quantity(i, i + 1, value, False, True)  # "drei Wochen", "dos años"
    total: float = 0
    group: float = start_value
    j = i
    read_any = False
    while j < len(words):
        w = words[j].low
        if lex == "id":
            if w in _ID_DIGITS:
                group += _ID_DIGITS[w]
            elif w in _ID_SE:
                group += _ID_SE[w]
            elif w in _ID_INNER and read_any:
                group = group + 10 if w == "belas" else group * _ID_INNER[w]
            elif w in _ID_ROUGH_INNER and read_any and not total:
                return Quantity(i if first is None else first, j + 1, None, True, True)
            elif w in _ID_SE_SCALES:
                total += (group or 0) + _ID_SE_SCALES[w]
                group = 0
            elif w in _ID_SCALES and read_any:
                total += group * _ID_SCALES[w]
                group = 0
            elif w in _ID_FRACTIONS and group:
                group /= _ID_FRACTIONS[w]
                j += 1
                break  # a fraction ends the number: "dua pertiga"
            else:
                break
        else:
            written = english_count(w)
            if written is not None:
                group += written
            elif w in _EN_INNER and (read_any or group):
                group = (group or 1) * _EN_INNER[w]
            elif w == "dozen" and read_any:
                group *= 12  # "two dozen"
            elif w in _EN_FRACTIONS and group and _of_after(words, j + 1):
                group /= _EN_FRACTIONS[w]
                j += 1
                break  # "two thirds of", "two tenths of a second"
            elif w in _EN_SCALES and (read_any or group):
                total += (group or 1) * _EN_SCALES[w]
                group = 0
            elif w == "and" and read_any and j + 1 < len(words) and words[j + 1].low in _EN_DIGITS:
                pass  # "one hundred and five"
            elif w == "and" and group and _and_a_half(words, j):
                group += 0.5  # "two and a half years", "one and a half million"
                j += 3
                continue
            else:
                break
        read_any = True
        j += 1
    if not read_any:
        return None
    return Quantity(i if first is None else first, j, total + group, False, True)


#: Words after "half" that open what it is half of, as "of the" does: "half the staff",
#: "half their income".
_HALF_DETERMINERS = frozenset({"the", "their", "its", "his", "her", "our", "your", "all"})
#: Words before "half" that make it part of a period, a match or a table: "the first half
#: of 2026", "the top half of the league".
_HALF_AS_PERIOD = frozenset({"the", "first", "second", "last", "back", "latter", "other",
                             "top", "bottom", "upper", "lower"})  # fmt: skip


def _half_a_scale(words: tuple[Word, ...], i: int, lang: str) -> Quantity | None:
    """ "half a billion dollars", "half a dozen": half of the scale after "a"; "half an
    hour", "half a percentage point": half of the unit after "a", read as "setengah jam"
    is."""
    if i + 2 >= len(words) or words[i + 1].low not in ("a", "an"):
        return None
    scale = words[i + 2].low
    value = 12 if scale == "dozen" else _EN_SCALES.get(scale)
    if value is None:
        unit = words[i + 2].text
        return Quantity(i, i + 2, 0.5, False, True) if unit.isalpha() and unit.islower() else None
    return with_scales(words, i, i + 3, value / 2, lang, from_words=True)


def _half_of(words: tuple[Word, ...], i: int) -> Quantity | None:
    """ "half of the money", "half the staff": a share of something (not "the first half of
    the year")."""
    shared = _of_after(words, i + 1) or (
        i + 1 < len(words) and words[i + 1].low in _HALF_DETERMINERS
    )
    if not shared or (i > 0 and words[i - 1].low in _HALF_AS_PERIOD):
        return None
    return Quantity(i, i + 1, 0.5, False, True)


#: Verbs of a change whose size may follow them as a fraction: "shares lost a third".
_CHANGE_VERBS = frozenset({"gained", "lost", "rose", "fell", "dropped", "jumped", "climbed",
                           "shed", "slumped", "tumbled", "grew", "shrank", "gain", "lose",
                           "gains", "loses"})  # fmt: skip
#: Adverbs that tell a change without a verb ("the harvest is up nearly a quarter"), after
#: a form of "be" or a comma only: "set up a third" is a phrasal verb and its object.
_CHANGE_ADVERBS = frozenset({"up", "down"})
_BEFORE_CHANGE_ADVERBS = EN_BE_FORMS | {","}
#: Words that may follow the size of a change ("lost a third since May", "in a week").
_AFTER_CHANGE = frozenset({"since", "in", "on", "over", "this", "last", "from", "to", "after",
                           "during", "between", "so", "against"})  # fmt: skip
#: Units that "a quarter" right before is a fraction of: "a quarter point", "a quarter
#: century" (while "a third hour" is an ordinal).
_QUARTER_OF = frozenset({"point", "percentage", "mile", "century", "hour", "inch", "cent"})
#: Hedges between "by" and the amount of a change: "fell by almost a third".
_HEDGES = frozenset({"almost", "nearly", "about", "around", "roughly", "some", "over", "just"})
#: Words before "than" that hedge the size of a change the same way: "by more than a third".
_COMPARED = frozenset({"more", "less"})


def _by_before(words: tuple[Word, ...], i: int, j: int) -> bool:
    """Is the amount at ``words[i]`` (up to ``j``) the size of a change: "by a third", "by
    nearly a fifth", "by more than a third", "have gained nearly a fifth since May", "is up
    nearly a quarter on last year", or hedged before the end of its clause ("about a third
    in London"); not "lost a third straight game", an ordinal?"""
    k = i - 1
    after = words[j].low if j < len(words) else ""
    ends = not after[:1].isalnum() or after in _AFTER_CHANGE
    if k > 0 and words[k].low == "than" and words[k - 1].low in _COMPARED:
        k -= 2  # "dropped by more than a third"
    elif k >= 0 and words[k].low in _HEDGES:
        if ends or after in EN_BE_FORMS:
            return True  # "with about a third in London", "about a third were children"
        k -= 1
    if k < 0:
        return False
    if words[k].low == "by":
        return True
    if words[k].low in _CHANGE_ADVERBS:
        changes = k > 0 and words[k - 1].low in _BEFORE_CHANGE_ADVERBS
    else:
        changes = words[k].low in _CHANGE_VERBS
    return changes and ends


def _of_after(words: tuple[Word, ...], j: int) -> bool:
    """Is ``words[j]`` "of"? A fraction written apart is one only before it: "a third of the
    homes", while "the third quarter" and "two quarters" are no fractions."""
    return j < len(words) and words[j].low == "of"


def _and_a_half(words: tuple[Word, ...], j: int) -> bool:
    """Do "and a half" follow from ``words[j]`` ("and")?"""
    return j + 2 < len(words) and words[j + 1].low == "a" and words[j + 2].low == "half"


def english_count(word: str) -> int | None:
    """The value of one English number word, lower-cased, hyphenated tens and units too
    ("seven", "forty-eight"); None for any other word."""
    return _en_written(word.split("-"))


def _en_written(parts: list[str]) -> int | None:
    """The value of an English number word, alone ("seven") or as tens and units joined
    with a hyphen ("twenty-five"); None for other words and other joins ("one-two", a
    finish of two racers, "two-three")."""
    if len(parts) == 1:
        return _EN_DIGITS.get(parts[0])
    if len(parts) != 2:
        return None
    tens, units = _EN_DIGITS.get(parts[0], 0), _EN_DIGITS.get(parts[1], 0)
    if tens < 20 or tens % 10 or not 1 <= units <= 9:
        return None
    return tens + units


#: English particles that, glued after an amount, make a word that counts nothing: "a
#: one-off payment", "one-on-one talks", "a one-to-one meeting".
_EN_GLUED_PARTICLES = word_set("off on to by up out in")


def _read_glued(word: Word, lang: str) -> tuple[int | float, tuple[int, int, str] | None] | None:
    """Read a hyphenated word: "twenty-five" → (25, None), "30-day" → (30, "day"),
    "19-year-old" → (19, "year-old").

    "4-billion-euro" → (4e9, "euro"). "ke-3" (an ordinal) and "COVID-19" (a name) are no
    amounts and give None.
    """
    parts = word.low.split("-")
    lex = base_lang(lang)
    if lex == "en" and all(p in _EN_DIGITS for p in parts):
        written = _en_written(parts)  # "a one-two finish" is no amount
        return None if written is None else (written, None)
    if lex == "en" and len(parts) == 2 and parts[0] in _EN_DIGITS and parts[1] in _EN_FRACTIONS:
        return tidy(_EN_DIGITS[parts[0]] / _EN_FRACTIONS[parts[1]]), None  # "two-thirds"
    if lex == "id" and len(parts) == 2 and parts[1] == "an" and parts[0][:1].isdigit():
        about = parse_digits(parts[0], lang)  # "1.500-an": about 1,500
        return (about, None) if about is not None else None
    if not all(p.isalpha() for p in parts[1:]) or (lex == "en" and parts[1] in _EN_GLUED_PARTICLES):
        return None
    head = parts[0]
    value: float | None
    if head[:1].isdigit():
        value = parse_digits(head, lang)
    else:
        value = _EN_DIGITS.get(head) if lex == "en" else _ID_DIGITS.get(head)
    if value is None:
        return None
    scale = _EN_SCALES.get(parts[1]) if lex == "en" and len(parts) > 2 else None
    if scale is not None:  # "a 4-billion-euro offer": the scale is part of the amount
        value, head = tidy(value * scale), f"{head}-{parts[1]}"
    unit_start = word.start + len(head) + 1
    return value, (unit_start, word.end, word.text[len(head) + 1 :])
