"""The number annotator: quantities with what they count.

"175 tawanan perang" → value 175, unit "tawanan perang"; "gencatan senjata 30 hari" → the span
"30 hari"; "dua jam" → 2 "jam"; "Rp 1,2 triliun" → 1.2e12 "Rp"; "$4.5 billion" → 4.5e9 "$";
"30 persen" / "30%" → 30 "%"; "beberapa hari", "dozens of people" → value None.

Decisions (so a reader knows what is *not* here):
- Ordinals ("pertama", "kedua", "first", "ke-3", "3rd", "his 300th appearance", "laga
  ke-300") are positions, not quantities: skipped, but for a digit ordinal of a measure, a
  point on its scale ("14th minute", and Indonesian "menit ke-67" with the noun before it).
- A range is one span with value None: "10-15 orang", "8-10 persen", "Rp 10-15 miliar",
  "between 30 and 40 percent" (without "between"), "$1.10 to $1.20", "Rp16.200-Rp16.350",
  and so is a rough amount: "two or three partners", "satu atau dua kali". Without a unit a
  range is one span only for levels and prices in the thousands ("IHSG di kisaran
  7.150-7.300", "between 5,900 and 6,100"); a smaller one reads its first end alone.
- Fractions are amounts on their own: "dua pertiga rumah", "seperlima", "a third of the
  homes", "half of them"; a ratio is not ("one in five adults").
- The digits of dates and clock times (found by :mod:`reader.analysis.timegrammar`), bare years
  ("2024", "its 2026 earnings"), phone numbers, scores and votes ("2-1", "a 1-2 defeat", "74
  to 24"), and numbers inside names ("G20", "COVID-19", "Boeing 737", "Pasal 5", "Liga 1")
  are skipped, and so are labels and places: grades ("type 2 diabetes", "kelas tiga"), house
  numbers ("10 Downing Street") and the numbers of items in a list or a table of results
  ("1. Noureddine Morceli"). "dua hari lalu" keeps its number: it counts days.
- The unit is the short counted noun phrase right after the number: at most three words,
  stopping at function words, verbs (Indonesian me-/ber-/di-/ter- forms, English -ed), names,
  punctuation, and right after a measure word ("hari", "km", "dolar"). An acronym after the
  noun names whose members are counted ("tiga anggota DPR"), and a capitalised adjective
  before it is part of it ("two Republican senators"). A number word that means little on
  its own ("satu", "one", "beberapa", "several") only counts with a unit, and "one" as an
  article ("in one village") not at all.
- A rate keeps what it is counted against in the unit: "5,8 ton per hektare", "15 litres
  per person", "2.4 tonnes a hectare", and a measure's against time ("500 ton per hari",
  "20 km a day"); a count's or money's rate against time ("20 kontainer per bulan", "Rp 10
  juta per bulan") is a SET of the time grammar, and the unit stops before it.
- An amount of time written in parts is one number in its larger unit: "4 tahun 6 bulan" →
  4.5 "tahun", "two hours and 30 minutes" → 2.5 "hours" (as the time grammar reads it).
- A part of a whole counts what the whole counts: "76 of the 150 seats" and "23 dari 55
  kursi" give 76 and 23 the unit of the whole, which keeps its own span.
- Money keeps its currency symbol or code as the unit ("Rp", "US$", "$"), the scale folded into
  the value; percentages have unit "%", and a degree sign is the unit as written ("4°C").
- An earthquake's magnitude has unit "magnitude", with the word in the span ("magnitude 6.4",
  "bermagnitudo 5,6"), not the quake as what is counted.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import compress, count
from operator import attrgetter

from reader.analysis.doc import Doc
from reader.analysis.gazetteer import lookup
from reader.analysis.model import NumberSpan
from reader.analysis.number_words import (
    APOSTROPHES,
    ID_AGE_WORDS,
    ID_GLUED_SCALES,
    PHYSICAL_UNITS,
    Quantity,
    base_lang,
    elided_partitive,
    joins_range,
    needs_unit,
    owns_year,
    parse_digits,
    partitive_after_scale,
    quantity_starters,
    read_quantity,
    starts_quantity,
    tidy,
    with_scales,
)
from reader.analysis.predicates import (
    EN_AUXILIARIES,
    EN_BASE_PASTS,
    EN_IRREGULAR,
    EN_NOT_VERBS,
    ID_AUXILIARIES,
    ID_BARE_VERBS,
    english_verb_strength,
    headline_verb_strength,
    indonesian_verb_strength,
)
from reader.analysis.speech import FROM_WORDS
from reader.analysis.timegrammar import (
    ID_ONE_UNIT_WORDS,
    candidate_words,
    find_time_expressions,
    word_scan,
)
from reader.analysis.wordscan import is_capitalized, may_start, padded, word_set

#: Currency written before the amount: "Rp 1,2 triliun", "US$ 3 miliar", "$4.5bn", "€20".
_CURRENCY_BEFORE = re.compile(
    r"(?:Rp\.?|IDR|USD|EUR|GBP|JPY|CNY|SGD|AUD|CHF|RM|Rs\.?|(?:US|S|A|HK|C|NZ|AS)?\$|[€£¥₹₩₽])"
    r" ?(?=\d)"
)
#: Currency glued into one word with the digits: "Rp1,2" or "Rp.50.000", with a scale in
#: shorthand after them: "Rp15rb", "Rp1,5jt" (see ``ID_GLUED_SCALES``), or a capital letter
#: of business news: "Rp2,5T", "Rp500M" (see ``_ID_LETTER_SCALES``).
_CURRENCY_GLUED = re.compile(
    r"(Rp\.?|IDR|USD|RM)(\d+(?:[.,]\d+)*)(rb|ribu|jt|juta|(?-i:T|M))?", re.I
)
#: The codes both glued patterns start with: a word that starts with none of them is tested
#: against neither.
_GLUED_CODES = ("Rp", "IDR", "USD", "RM")
#: A range of money glued into one word: "Rp16.200-Rp16.350", "Rp10-15".
_CURRENCY_GLUED_RANGE = re.compile(
    r"(Rp\.?|IDR|USD|RM)(\d+(?:[.,]\d+)*)-(?:Rp\.?|IDR|USD|RM)?(\d+(?:[.,]\d+)*)"
)
#: Capital letters for a scale after an amount of money in Indonesian business news.
_ID_LETTER_SCALES = {"T": 10**12, "M": 10**9}
#: Words that may open a number that does not start with a digit: currencies and a minus sign.
_MAY_OPEN_NUMBER = word_set(
    "Rp IDR USD EUR GBP JPY CNY SGD AUD CHF RM Rs US S A HK C NZ AS $ € £ ¥ ₹ ₩ ₽ - \u2212 minus"
)
_PERCENT_WORDS = {"persen", "percent", "pct", "procent", "prozent", "por ciento", "pour cent"}

#: Function words of the other languages the built-in backend reads, which no counted noun
#: starts with: "300 de los 500 invitados" counts nothing at "de" (they have no stop-word
#: list of their own, so their counted noun is one word long).
_OTHER_FUNCTION_WORDS = {
    "de": word_set("der die das den dem des ein eine und oder in im am an auf aus bei mit nach "
                   "von vor zu zum zur für über um bis seit"),
    "fr": word_set("de du des la le les un une et ou à au aux en pour par sur dans avec que qui"),
    "es": word_set("de del la el los las un una y o en a al por para con que"),
    "it": word_set("di del della dei delle degli il lo la i gli le un una e o in a al per con "
                   "che da"),
    "pt": word_set("de do da dos das o a os as um uma e ou em no na ao por para com que"),
    "nl": word_set("de het een en of in op van voor met te aan bij"),
}  # fmt: skip
#: German words before a year ("seit 2019", "im Jahr 2020"): the noun after it is no count.
_DE_YEAR_PREPOSITIONS = word_set("seit im bis ab vor nach von jahr jahre jahren")
#: Other European languages, which have no stop-word list here: adjectives that stand
#: before the noun counted, so the unit goes on to it ("120 neue Weichen", "12 grandes
#: villes", "30 nieuwe woningen"), and comparatives, after which nothing is counted ("2
#: miljoen meer", "3 % de plus").
_EU_NOUN_ADJECTIVES = word_set(
    """
    neue neuen weitere weiteren zusätzliche zusätzlichen große großen kleine kleinen
    grands grandes nouveaux nouvelles petits petites autres jeunes
    nuevos nuevas pequeños pequeñas otros otras jóvenes
    nuovi nuove grandi piccoli piccole altri altre giovani
    novos novas pequenos pequenas outros outras jovens
    nieuwe grote kleine andere jonge
    """
)
_EU_COMPARATIVES = word_set("mehr weniger plus moins más menos più meno mais meer minder")
#: Words that end the unit (or mean there is none): function words, adverbs, common verbs.
_STOP = {
    "id": word_set(
        """
     yang di ke dari dan atau untuk dengan pada dalam oleh sebagai bahwa ini itu tersebut juga
     telah sudah akan sedang masih lagi saja pun hanya lebih kurang sekitar hingga sampai sejak
     selama setelah sebelum sesudah ketika saat lalu kemudian mendatang depan terakhir segera
     per tiap setiap para adalah ialah merupakan tidak bukan belum yaitu yakni serta namun
     tetapi tapi karena sehingga jika kalau agar supaya maupun antara atas bagi tentang terhadap
     menurut sama lain pula sekali lebih kini tadi nanti silam tewas hilang sembuh hadir ikut masuk
     keluar tiba naik turun jatuh hancur rusak selamat lainnya di antaranya sebanyak mencapai
     kata ujar ia dia mereka kami kita saya terjadi tercatat terdapat terlihat terus
     asal milik putus roboh ambruk tenggelam hanyut mati luka sakit luka-luka mulai stagnan
     tumbang runtuh anjlok wafat gugur kabur lolos bocor
     sehari semalam seminggu sepekan sebulan setahun
     jelang menjelang usai akibat
     kemarin besok lusa senilai seharga seluas sepanjang setinggi sebesar seberat sedalam
     bisa dapat harus perlu mampu ingin mau ada datang pergi pulang ambil gagal kembali
     dibanding dibandingkan ketimbang daripada sisanya selebihnya
     bahkan justru malah memang sempat pernah tetap biasanya buka tutup belajar bekerja vs
     kepada tanpa lewat via usai setuju terluka terjebak tertimbun tertangkap terinfeksi
     terpapar terendam terbakar terseret terjangkit terkena terbunuh terisolasi terdampak
     tertembak hampir sedikitnya setidaknya kira-kira
     """
    ),
    "en": word_set(
        """
     the a an of in on at to for from by with and or but than that which who whom whose was were
     is are be been being has have had will would could should may might must can said says say
     ago later earlier before after more less per each every this these those its their his her
     our your my as into over under about around while when since until last next past not no so
     also only just still all both other another up down out off away back there here
     then now what it they them we us he she i you or nor yet such very too most least some any
     came went got took made did saw left told gave found won lost fell rose led met ran paid
     held hit put set cut spent sent built kept brought became began knew ahead behind clear
     apart adrift short below above higher lower between among across against through within
     without during despite including via amid toward towards beyond struck shook swept tore
     sank stood grew drew flew broke drove sold spread threw remain remained remains
     get gets go goes come comes need needs want wants seem seems do does know knows
     yesterday today tomorrow tonight vs versus nearly almost roughly approximately aged worth
     """
    ),
}
#: Unit symbols, which the counted phrase takes however they are capitalised or whatever
#: digits they carry: power and energy ("50 MW", "1,2 TWh"), data rates ("100 Mbps"), areas
#: and volumes ("2.000 m2", "3 km²"), frequencies ("700 MHz").
_UNIT_SYMBOLS = word_set(
    "kw mw gw kwh mwh gwh twh kbps mbps gbps hz khz mhz ghz m2 km2 cm2 m3 cm3 m² km² cm² m³ cm³"
)
#: Measures that count how often, no scale with points on it: "3 kali" is an amount, "kali
#: ke-3" (the third time) a position.
_OCCURRENCES = frozenset({"kali", "times"})
#: Units after which the phrase ends: time, measures, money, percent, "times".
_MEASURES = (
    word_set(
        """
     detik menit jam hari minggu pekan bulan tahun dekade abad kali derajat persen dolar rupiah
     euro yen yuan ringgit rubel won peso poin second seconds minute minutes hour hours day
     days week weeks month months year years decade decades century centuries times point
     degrees points percent dollar dollars euros pounds rupiahs ft
     """
    )
    | PHYSICAL_UNITS
    | _UNIT_SYMBOLS
)
#: What a rate is counted against, after "per" (and in English "a"/"an"): "5,8 ton per
#: hektare", "2.4 tonnes a hectare", "15 litres per person", "30 points a game". Units of
#: time are not here: after a measure they join it ("ton per hari", see :meth:`rate_end`),
#: after money or a count they are SETs of the time grammar ("Rp 10 juta per bulan").
_RATE_BASES = word_set(
    """
    hektare hektar ha kapita orang jiwa ekor lembar saham unit butir kilogram kg gram ton liter
    barel meter km kilometer pertandingan laga kuintal kwintal
    hectare acre tonne ton barrel litre liter gallon kilogram kilo person head capita share
    household passenger game match quintal bushel
    """
)
#: The least low end of a range with no unit that is still one span: levels and prices
#: ("7.150-7.300"), not scores ("1-2") nor small counts whose first end is read alone.
_LEVEL_RANGE_MIN = 1000
#: Words after an amount that name the whole it is part of: "76 of the 150 seats".
_PART_OF = frozenset({"of", "dari"})
#: Determiners between "of" and the whole: "of the 150 seats", "of its 40 stores".
_WHOLE_DETERMINERS = word_set("the its their his her our")
#: The words that join a rate's base to the unit before it.
_RATE_JOINERS = {"id": frozenset({"per"}), "en": frozenset({"per", "a", "an"})}
#: Words that may follow a measure inside the unit, as written: "dolar AS", "dollar
#: Singapura", "degrees Celsius", "derajat Celsius", "kali lipat" (twofold), "poin
#: persentase" (percentage points), "meter kubik" (cubic metres), "hari kerja" (working
#: days).
_DOLLAR_COUNTRIES = frozenset({"AS", "Amerika", "Singapura", "Australia", "Kanada", "Hong"})
_SCALES = frozenset({"Celsius", "Celcius", "Fahrenheit", "C", "F"})
_MEASURE_TAILS = {"dolar": _DOLLAR_COUNTRIES, "dollar": _DOLLAR_COUNTRIES, "degrees": _SCALES,
                  "degree": _SCALES, "derajat": _SCALES, "kali": frozenset({"lipat"}),
                  "poin": frozenset({"persentase"}),
                  "meter": frozenset({"kubik", "persegi"}), "kilometer": frozenset({"persegi"}),
                  "hari": frozenset({"kerja", "kalender", "perdagangan", "bursa"})}  # fmt: skip
#: Words before a number that make it an earthquake's magnitude: "a magnitude 6.4 quake",
#: "gempa bermagnitudo 5,6". The word joins the span, and the unit is "magnitude", as it is
#: for the word after the number ("a 5.9 magnitude tremor", "5,9 magnitudo").
_MAGNITUDE_WORDS = word_set("magnitude magnitudo bermagnitudo")
#: The words after a number that make it a magnitude too, without joining the span.
_RICHTER = ("on", "the", "richter", "scale")
#: Words for a minus sign before the digits: "minus 18 degrees", "minus 5 derajat".
_MINUS_WORDS = word_set("minus")
_MINUS_OPENERS = _MINUS_WORDS | {"-", "\u2212"}
#: Words before "satu"/"one" that make it no count: "salah satu" (one of), "no one".
_NOT_COUNTING_BEFORE = {
    "satu": frozenset({"salah"}),
    "one": frozenset({"no", "any", "every", "some", "the", "this", "that", "each", "which"}),
}
#: Nouns after "satu" that make a fixed phrase of it, no count: "jalan satu arah" (one-way),
#: "layanan satu pintu" (one-stop), "di bawah satu atap", "satu kesatuan"; and the round of
#: a cup, "babak seperempat final" (the quarter-finals).
_NOT_COUNTING_AFTER = {
    "satu": word_set("arah pintu atap kesatuan"),
    "seperempat": word_set("final finalis"),
}
#: An Indonesian digit ordinal: "ke-67".
_ID_DIGIT_ORDINAL = re.compile(r"ke-(\d{1,4})")
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")
#: English plurals without an -s, which end the counted phrase like "soldiers" does.
_EN_IRREGULAR_PLURALS = word_set(
    "people children men women police staff cattle personnel aircraft spacecraft sheep deer "
    "fish species livestock"
)
#: Units of time, which after a counted noun say when rather than what: "siswa tahun depan".
_TIME_UNITS = word_set(
    """
    detik menit jam hari minggu pekan bulan tahun dekade abad second seconds minute minutes
    hour hours day days week weeks month months year years decade decades
    """
)
#: English adjectives before a counted time unit that say which kind of units they are:
#: "eleven consecutive weeks", "three straight years", "five working days", "two full weeks".
_TIME_UNIT_ADJECTIVES = word_set(
    "consecutive straight successive working business full whole calendar additional extra more"
)
#: English past participles without -ed: after a number they say what happened ("the
#: 66,000 seen before"), and inside the unit they end it.
_EN_IRREGULAR_PARTICIPLES = word_set(
    """
    seen done given taken known shown grown born drawn thrown written driven beaten chosen
    spoken stolen broken hidden forgotten sworn torn worn
    """
)
#: English nouns that end in -s but modify the noun after them: "two sports cars", and
#: diseases named in -s: "1,200 measles cases".
_EN_PLURAL_MODIFIERS = word_set("sports arms savings news goods measles mumps rabies diabetes")
#: Headlines are short lines with no full stop; longer lines are body text.
_HEADLINE_MAX_WORDS = 16
_HEADLINE_MAX_CHARS = 160
#: Words before an amount of money that make "$1.25 to $48.50" a change and the price it
#: reached rather than a range: "shares rose $1.25 to $48.50", "were down $3 to $71".
_PRICE_MOVES = word_set(
    """
    rose fell gained lost climbed dropped jumped slid slipped added advanced declined rallied
    tumbled sank eased edged surged soared plunged up down increased decreased
    """
)
#: Nouns made of two words whose second is a stop word elsewhere: "dua rumah sakit" (two
#: hospitals), while "dua orang sakit" ends at "sakit".
#: So are nouns whose second word looks like a verb: "58 kasus demam berdarah" (dengue).
_COMPOUNDS = frozenset({("rumah", "sakit"), ("demam", "berdarah"), ("rumah", "bersalin")})
#: Indonesian nouns that only modify together with the adjective after them: "kereta jarak
#: jauh" (long-distance), "kredit jangka panjang". When the unit's length cuts the pair, the
#: unit ends before it: "420 perjalanan kereta", not "... kereta jarak".
_ID_PAIRED_MODIFIERS = word_set("jarak jangka")
#: English words that are stop words elsewhere but open a counted noun after a number: "two
#: more rate rises", "three other people" ("two more than" keeps only "two").
_EN_COUNTED_BESIDES = word_set("more other")
#: A golfer's score against par, the unit after a number: "12 under par", "tiga di bawah par".
_PAR_PHRASES = (("under", "par"), ("over", "par"), ("di", "bawah", "par"), ("di", "atas", "par"))
_PAR_OPENERS = frozenset(phrase[0] for phrase in _PAR_PHRASES)
#: Degree signs, and the scale letters glued after them: "4°C", "98.6°F", "45°".
_DEGREE_SIGNS = frozenset("°º")
_DEGREE_SCALES = frozenset("CF")
#: Multiplication signs: "3 x 24 jam".
_TIMES_SIGNS = frozenset({"x", "\u00d7"})
#: Marks after the number of an item in a list: "1. Noureddine Morceli", "15 - Matt Burke".
_LIST_MARKS = frozenset({".", "-"})
#: The first and last words of what joins a ratio's sides ("in", "out of"): cheap tests
#: before the ratio rules.
_RATIO_FIRST_WORDS = frozenset({"in", "out"})
_RATIO_LAST_WORDS = frozenset({"in", "of"})
#: Words between the two sides of a vote or a score written out: "a vote of 74 to 24",
#: "unggul 3 berbanding 1".
_TALLY_JOINERS = word_set("to berbanding")
#: Words after a number that make it some of those counted before: "18 di antaranya"
#: (18 of them), "14 of them", "two of whom".
_SOME_OF_THEM = frozenset({("di", "antaranya"), ("of", "them"), ("of", "whom")})
#: Marks that end a sentence or a clause, across which no count lends its noun.
_CLAUSE_ENDS = frozenset(".;:!?")
#: The plain "and" of the two languages, which joins two clauses whatever their shape.
_AND = word_set("and dan")
#: Negations between a count and its verb: "210 tidak bergerak", "12 did not finish".
_NEGATIONS = word_set("tidak tak belum not never")
#: Words that open a sentence before its count, at most _OPENER_WORDS of them: "Sebanyak 23
#: di antaranya …", "Nearly 2,000 of them …", "Namun hanya tujuh mencatat …", "But more
#: than 40 were …": a hedge, "only", a linking word.
_AMOUNT_OPENERS = word_set(
    """sebanyak hanya cuma namun tetapi tapi sementara sekitar hampir lebih dari kurang
    only but however while nearly almost about around roughly some over just more than"""
)
_OPENER_WORDS = 3
#: Prepositions that make a count right after another count a modifier of the first's noun
#: ("214 siswa dari empat sekolah", "40 workers from three firms", "12 houses in two
#: villages"): the first is the head, whose noun a later bare count shares.
_PLACE_OF = word_set("dari di from in at across")
#: What may stand between a count and the "from" of its comparison: ", up from", ", down from".
_COMPARISON_LINKS = word_set(", up down")
#: "the others" after an Indonesian number whose noun is left out: "12 lainnya luka-luka".
_ID_OTHERS = word_set("lainnya")
#: What befell those counted, said without a verb: "tiga orang tewas dan 12 luka-luka".
_ID_STATES = word_set("luka luka-luka selamat")
#: Words that join two clauses of counts, the second with its noun left out: "1,150 stocks
#: advanced and 830 declined", "287 saham menguat, 240 melemah".
_CLAUSE_JOINERS = word_set(", and while whereas but dan sementara sedangkan namun")
#: Prepositions before "one" that make it an article rather than a count: "in one
#: village", "analysts at one bank" (but "by one vote", "killed one soldier" count).
_ONE_AS_ARTICLE_AFTER = word_set("in at on from for with into among within across")
#: Nouns after "1-2" that make it a score, not a range: "a 1-2 defeat", "a 2-3 loss".
_RESULT_NOUNS = word_set("win victory defeat loss draw lead scoreline triumph aggregate")
#: Words after which a number is a label, not an amount: "Pasal 27", "nomor 5", "page 3".
_REFERENCE_WORDS = word_set(
    """
    + # no nomor urut pasal ayat huruf bab halaman hal jilid seri versi tahap lantai kamar ruang
    gerbang km kilometer liga formula article section chapter page paragraph clause volume vol
    version series phase room floor gate route number
    hotline telepon telp tel phone whatsapp sms fax faks ext
    """
)
#: Words after which a number is a grade on a scale or a rank, unless a measure follows it:
#: "type 2 diabetes", "stage 4 cancer", "a category 5 storm", "kelas 3", "peringkat 1", but
#: "kategori 5 km" and "kelas 60 kg" are distances and weights (not "level", which is also
#: an index's value: "IHSG di level 7.100").
_GRADE_WORDS = word_set("type tipe stage category kategori grade tier kelas rank peringkat")
#: Words before a number written out that make it a label: "kelas tiga", "number two".
_LABEL_WORDS = _REFERENCE_WORDS | _GRADE_WORDS
#: The months of the Hijri calendar as Indonesian news writes them: "1 Ramadhan", "10
#: Dzulhijjah" are dates.
_HIJRI_MONTHS = word_set(
    """
    muharram muharam safar rabiul jumadil rajab syakban syaban ramadan ramadhan syawal
    zulkaidah dzulqaidah zulhijah dzulhijjah zulhijjah
    """
)
#: Street words that make the digits before a capitalised name a house number: "10
#: Downing Street", "1600 Pennsylvania Avenue".
_STREET_WORDS = word_set("street avenue road lane boulevard drive square terrace")
#: Marks that open a quote (or an aside) when glued to the word after them.
_OPENING_MARKS = frozenset({'"', "\u201c", "\u2018", "'", "("})
#: "14th minute", "2nd round": a position, counted here only when a unit follows.
_DIGIT_ORDINAL = re.compile(r"(\d{1,4})(?:st|nd|rd|th)")
#: The endings of :data:`_DIGIT_ORDINAL`, a cheap test before it.
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
#: "me-" becomes "mem-", "men-", "meng-", "meny-" or stays before l, r, w, y: "me" before
#: any other letter is no verb prefix ("medis", "media", "meja").
_ID_VERB = re.compile(r"(?:me(?=[lmnrwy])|ber|di|ter)[a-z]{3,}")
_ID_ACTIVE_VERB = re.compile(r"(?:me[mnl]?|meng|meny|ber)[a-z]{3,}")
#: Common Indonesian nouns and adjectives that only look like me-/ber-/di-/ter- verbs: they
#: can be counted or describe what is ("lima menteri baru", "tiga berkas perkara", "pegawai
#: dinas", "mobil mewah", "minyak mentah").
_ID_VERB_LOOKALIKES = word_set(
    """
    menteri menara merek mentor mertua meriam mercusuar berita berkas beras beruang dinas
    direksi direktur distrik divisi diplomat diskon dialog dimensi terminal ternak teras mewah
    merah mentah distributor dirut dirjen diskusi disertasi diaspora dinasti diagnosis digit
    dividen dinding disiplin diesel dialek
    """
)
#: Indonesian classifiers, which come before the noun they count: "dua unit mobil mewah",
#: "lima ekor sapi", "100 lembar saham" (the unit may then be a word longer).
_ID_CLASSIFIERS = word_set("unit buah ekor lembar batang butir biji helai potong pucuk")
#: Indonesian people counted by their part in a case: what follows names the case, not
#: them ("lima tersangka kasus penipuan", "tiga tersangka pembobolan ATM"), but for these.
_ID_ROLE_HEADS = word_set("tersangka terdakwa terpidana pelaku")
#: "pelaku usaha", "pelaku UMKM" are businesses, not offenders
_ID_ROLE_TAILS = word_set("baru utama usaha umkm ukm")
#: Indonesian words that open the case a counted noun is part of: "dua korban kasus ...",
#: or the outcome it is about: "87 permohonan sengketa hasil pemilu".
_ID_CASE_WORDS = word_set("kasus dugaan hasil")
_START = attrgetter("start")
_UNIT_POS = {"NOUN", "PROPN", "ADJ", "X"}
_YEAR_LIKE = re.compile(r"(1[6-9]|20)\d{2}")
#: A decade of someone's age: "60s" in English, "60-an" in Indonesian.
_AGE_DECADE = {"en": re.compile(r"[1-9]0s"), "id": re.compile(r"[1-9]0-an")}
#: What comes before an age decade: "in his (early) 60s", "berusia 60-an", "usia 60-an".
_AGE_DECADE_OWNERS = {
    "en": word_set("his her their my your our"),
    "id": ID_AGE_WORDS,
}
_EN_AGE_DECADE_PARTS = word_set("early mid late")


def _age_decade_part(low: str) -> int:
    """The length of the part of a decade glued to it by a hyphen ("mid-" of "mid-60s", "late-"
    of "late-30s"), 0 without one: the words make one token, and the decade is the number."""
    head, dash, _ = low.partition("-")
    return len(head) + 1 if dash and head in _EN_AGE_DECADE_PARTS else 0


_AND_OR = _AND | word_set("or atau")
#: Marks that open or close an aside or a quotation.
_QUOTE_AND_BRACKETS = frozenset('()"\u201c\u201d')
#: The unit of an age decade, in years.
_AGE_DECADE_UNITS = {"en": "years", "id": "tahun"}


#: The length in seconds of each unit of an ISO 8601 duration, months and years as the
#: calendar's mean: only their ratios matter, to put "2 bulan 15 hari" in months.
_ISO_DATE_SECONDS = {"Y": 31_557_600.0, "M": 2_629_800.0, "W": 604_800.0, "D": 86_400.0}
_ISO_TIME_SECONDS = {"H": 3_600.0, "M": 60.0, "S": 1.0}
_ISO_PART = re.compile(r"(\d+(?:\.\d+)?)([A-Z])")


def _iso_parts(iso: str) -> list[tuple[float, float]]:
    """The parts of an ISO 8601 duration as (amount, seconds of its unit), in order:
    "P4Y6M" → [(4, years), (6, months)], "PT2H30M" → [(2, hours), (30, minutes)]."""
    date_part, _, time_part = iso[1:].partition("T")
    return [
        (float(m.group(1)), table[m.group(2)])
        for part, table in ((date_part, _ISO_DATE_SECONDS), (time_part, _ISO_TIME_SECONDS))
        for m in _ISO_PART.finditer(part)
        if m.group(2) in table
    ]


def find_numbers(doc: Doc) -> list[NumberSpan]:
    """Quantities in ``doc`` with what they count, in text order, without overlaps."""
    return _NumberFinder(doc).run()


def _en_participle(low: str) -> bool:
    """An English past participle: "injured", "seen", "taken"."""
    return low.endswith("ed") or low in _EN_IRREGULAR_PARTICIPLES


def _en_plural(low: str) -> bool:
    """An English plural noun ("soldiers", "people"), but not a singular in -is or -us ("50
    basis points", "two bonus payments") nor a plural that modifies ("two sports cars")."""
    if low in _EN_IRREGULAR_PLURALS:
        return True
    if len(low) > 5 and low.endswith("men") and not low.endswith(("imen", "omen", "umen")):
        return True  # "gunmen", "policemen" (not "specimen", "abdomen", "acumen")
    if len(low) <= 3 or not low.endswith("s") or low.endswith(("ss", "is", "us")):
        return False
    return low not in _EN_PLURAL_MODIFIERS


def _id_befalls(low: str) -> bool:
    """An Indonesian ke-…-an verb of what befalls someone ("keracunan", "kehilangan",
    "kebanjiran"): after a counted noun it is the predicate, no part of the noun."""
    return low.startswith("ke") and low in ID_BARE_VERBS


def _is_rate(low: str) -> bool:
    """A measure per another written with a slash: "km/jam", "km/h", "m/s"."""
    return "/" in low and low.split("/", 1)[0] in _MEASURES


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of title-case headline lines: short, with no full stop at the
    end, and most longer words capitalised ("Gempa Magnitudo 5,6 Guncang Cianjur")."""
    found = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line) <= _HEADLINE_MAX_CHARS and _title_case(line):
            found.append((start, end))
        start = end + 1
    return found


def _title_case(line: str) -> bool:
    """A short line with no full stop whose longer words are mostly capitalised."""
    tokens = line.split()
    if len(tokens) > _HEADLINE_MAX_WORDS or line.rstrip().endswith("."):
        return False
    long_words = [w for w in tokens if len(w) > 3 and w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in long_words)
    return len(long_words) >= 2 and capitals >= 0.75 * len(long_words)


#: An amount as :meth:`_NumberFinder.amount_at` reads it: the quantity, its currency if any,
#: and its sign.
_Amount = tuple[Quantity, str | None, int]


class _Tags:
    """Part-of-speech tags by token start offset: the unit rules ask about a few words per
    article, found by bisection in their sentence's tokens (which are in text order), with
    no table of every token built first."""

    def __init__(self, doc: Doc) -> None:
        self.sentences = doc.sentences
        #: tagged when the backend tags the first sentences
        self.tagged = any(t.upos for s in doc.sentences[:3] for t in s.tokens)
        self.starts = [s.start for s in doc.sentences]

    def get(self, offset: int) -> str | None:
        """The tag of the token that starts at ``offset`` (the last such one), or None."""
        if not self.tagged:
            return None
        k = bisect_right(self.starts, offset) - 1
        if k < 0:
            return None
        tokens = self.sentences[k].tokens
        n = bisect_right(tokens, offset, key=_START) - 1
        return tokens[n].upos if n >= 0 and tokens[n].start == offset else None


class _NumberFinder:
    """One pass over the words of a document."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        self.lang = doc.lang
        self.lex = base_lang(doc.lang)
        triggers = candidate_words(doc.lang)
        self.words, self.lows, self.scan_starts = word_scan(doc)
        #: ``low(i)``: word ``i`` in lowercase, "" before the first word and after the last
        self.low: Callable[[int], str] = padded(self.lows).__getitem__
        starts = frozenset(s.start for s in doc.sentences)
        self.sentence_starts = starts
        # digits inside calendar dates and clock times belong to the time annotator
        dated = [
            m for m in find_time_expressions(doc) if m.type in ("DATE", "TIME") and not m.counted
        ]
        self.dated_starts = [m.start for m in dated]
        self.dated_ends = [m.end for m in dated]
        #: compound amounts of time the time grammar read as one ("4 tahun 6 bulan", "two
        #: hours and 41 minutes"): their ISO durations by (start, end)
        self.compound_durations = {
            (m.start, m.end): m.duration
            for m in find_time_expressions(doc)
            if m.type == "DURATION" and m.duration and len(_iso_parts(m.duration)) > 1
        }
        self.upos = _Tags(doc)
        self.openers = quantity_starters(doc.lang)
        #: openers the scan does not look for, too common to scan around ("a", "an")
        self.unscanned = self.openers - triggers
        #: time and number words ("Sunday", "March"): a capitalised one is no adjective
        self.triggers = triggers
        self.stop: frozenset[str] = _STOP.get(self.lex, frozenset())
        self.other_function_words = _OTHER_FUNCTION_WORDS.get(self.lex, frozenset())
        self._headlines: list[tuple[int, int]] | None = None  # found when first asked

    def run(self) -> list[NumberSpan]:
        found: list[NumberSpan] = []
        free = 0  # the first word not inside a number already found
        head_of_last = False  # whether the count before the last is the head of its noun
        for i in self.openings():
            if i < free:
                continue
            hit = self.number_at(i)
            if hit is not None:
                span, after = hit
                lent = found[-2] if head_of_last else found[-1] if found else None
                if span.unit is None and lent and self.shares_unit(lent, free, i, after):
                    span = NumberSpan(span.start, span.end, span.text, span.value, lent.unit)
                elif span.unit is None and found and self.more_of(found[-1], free, i, after):
                    end = self.words[after].end  # "and plans to sign 15 more": more players
                    span = NumberSpan(
                        span.start, end, self.text[span.start : end], span.value, found[-1].unit
                    )
                    after += 1
                # "214 siswa dari empat sekolah dasar": the schools only say where the pupils
                # are from; a count left without its noun after them counts the pupils
                head_of_last = (
                    bool(found and found[-1].unit) and i == free + 1 and self.low(free) in _PLACE_OF
                )
                whole = self.compound_duration(found[-1], span) if found else None
                if whole is not None:
                    found[-1] = whole
                    free = after
                    continue
                found.append(span)
                free = after
        return found

    def compound_duration(self, prev: NumberSpan, span: NumberSpan) -> NumberSpan | None:
        """``prev`` and ``span`` as one amount of time when the time grammar read them as
        one ("4 tahun 6 bulan", "four years and six months", "2 jam 30 menit"): a sentence of
        four and a half years is one number, not a count of years and a count of months. The
        value is in the larger, first unit (4.5 "tahun", 2.5 "jam"); None otherwise."""
        if prev.value is None or not prev.unit:
            return None
        for (start, end), iso in self.compound_durations.items():
            if start <= prev.start and span.end <= end:
                parts = _iso_parts(iso)
                first_amount, first_seconds = parts[0]
                if not first_amount:
                    return None
                total = sum(amount * seconds for amount, seconds in parts) / first_seconds
                value = tidy(round(prev.value * total / first_amount, 2))
                text = self.text[prev.start : span.end]
                return NumberSpan(prev.start, span.end, text, value, prev.unit)
        return None

    def shares_unit(self, prev: NumberSpan, prev_end: int, i: int, after: int) -> bool:
        """Does the bare number at word ``i`` (its span ending before word ``after``) count
        what the number ``prev`` before it (ending before word ``prev_end``) counted, in a
        clause of the same shape: "1,150 stocks advanced and 830 declined", "287 saham
        menguat, 240 melemah", "12 people were killed and 30 injured"? Both numbers open
        their clause with a verb after them, joined by "and" or a comma; the noun is elided.
        So does a number that counts some of them, in the same sentence or opening the next:
        "215 rumah rusak, 18 di antaranya rusak berat", "300 passengers ..., 14 of them
        children", "Police arrested 12 men on Monday. Five of them were released"; a
        bare count opening the next sentence with its verb ("… hurt. Three are critical");
        and the amount a count is compared with ("33 seats, up from 19").
        Only a counted noun is shared, not a currency, a percentage, a magnitude or a measure
        ("dalam dua minggu, dan separuh di antaranya" is half of something else)."""
        unit = prev.unit
        if not unit or not unit[0].isalpha() or unit == "magnitude" or prev.text.startswith(unit):
            return False
        if unit.split(" ", 1)[0].lower() in _MEASURES or unit.startswith("year-"):
            return False  # nor an age: "The 45-year-old was arrested and 2 were charged"
        if self.compared_with(prev_end, i):
            return True
        opening = self.opening_before(i)  # "Sebanyak 23 di antaranya", "Nearly 2,000 of"
        if (self.low(after), self.low(after + 1)) in _SOME_OF_THEM:
            ends = sum(self.low(k) in _CLAUSE_ENDS for k in range(prev_end, i))
            if ends == 1 and self.low(opening) in _CLAUSE_ENDS:
                return i - prev_end <= 20  # the next sentence opens with some of them
            return i - prev_end <= 8 and not ends
        if self.low(opening) in _CLAUSE_ENDS and i - prev_end <= 20:
            # the next sentence opens with a bare count of the same and its verb: "Twelve
            # people were hurt on Monday. Three are in a critical condition."
            ends = sum(self.low(k) in _CLAUSE_ENDS for k in range(prev_end, i))
            return ends == 1 and self.clause_verb(after)
        if self.low(i - 1) == "another":
            i -= 1  # "and another 34 were injured"
        elif self.low(i - 1) == "further" and self.low(i - 2) == "a":
            i -= 2  # "and a further 1,200 delayed"
        if not 0 < i - prev_end <= 6 or self.low(i - 1) not in _CLAUSE_JOINERS:
            return False
        marks = [k for k in range(prev_end, i - 1) if not self.low(k)[:1].isalnum()]
        if any(self.low(k) in _CLAUSE_ENDS for k in marks):
            return False  # another sentence or clause between them
        # "and" opens the second clause even after the first count's object: "Medics treated
        # 310 runners, mostly for dehydration, and eight were taken to hospital"
        conjoined = self.low(i - 1) in _AND
        if any(k != i - 2 for k in marks) and not conjoined:
            return False
        after += self.low(after) in _ID_OTHERS  # "tiga orang tewas dan 12 lainnya luka-luka"
        after += self.low(after) in _NEGATIONS  # "265 saham menguat ... dan 210 tidak bergerak"
        return (conjoined or self.clause_verb(prev_end)) and self.clause_verb(after)

    def opening_before(self, i: int) -> int:
        """The word before the :data:`_AMOUNT_OPENERS` right before word ``i`` (at most
        :data:`_OPENER_WORDS` of them): the end of the sentence before when ``i`` opens its
        sentence's count ("… 5,000 people attended. Nearly 2,000 of them …")."""
        k = i - 1
        while k >= 0 and i - k <= _OPENER_WORDS and self.low(k) in _AMOUNT_OPENERS:
            k -= 1
        return k

    def compared_with(self, prev_end: int, i: int) -> bool:
        """Is the bare number at word ``i`` what the count ending before word ``prev_end``
        is compared with, right after it: "33 seats, up from 19", "45 orang dari sebelumnya
        30"? Like is compared with like, so it counts the same."""
        if not 0 < i - prev_end <= 4:
            return False
        last = i - 1 - (self.low(i - 1) == "sebelumnya")  # "dari sebelumnya 30"
        if self.low(last) not in FROM_WORDS:  # "33 seats, up from 19"
            return False
        return all(self.low(k) in _COMPARISON_LINKS for k in range(prev_end, last))

    def more_of(self, prev: NumberSpan, prev_end: int, i: int, after: int) -> bool:
        """Is the bare number at word ``i``, with "more" after it and no noun ("sign 15 more",
        "options for five more", "12 more were injured"), more of what the count ``prev``
        just before it counted (ending before word ``prev_end``, at most a sentence back)?
        "two more than" compares and counts nothing; a currency, a percentage or a magnitude
        is no counted noun."""
        if self.low(after) != "more" or self.low(after + 1) == "than" or i - prev_end > 30:
            return False
        if any(self.low(k) in _QUOTE_AND_BRACKETS for k in range(prev_end, i)):
            return False  # an aside or a quotation between: another thing's count
        unit = prev.unit
        if not unit or not unit[0].isalpha() or unit == "magnitude" or unit.startswith("year-"):
            return False
        if prev.text.startswith(unit):
            return False
        return after + 1 == len(self.words) or not self.unit_word(after + 1, first=True)

    def clause_verb(self, k: int) -> bool:
        """Is word ``k``, right after a number and what it counts, the verb of its clause
        ("advanced", "were", "melemah", "rusak", "masih" as "were" is)?"""
        if k >= len(self.words):
            return False
        low = self.low(k)
        if self.lex == "id":
            if low in _ID_STATES or low in ID_AUXILIARIES:
                return True
            return indonesian_verb_strength(low, self.low(k - 1)) > 0
        if self.lex != "en":
            return False
        return (
            low in EN_AUXILIARIES
            or english_verb_strength(low, self.low(k - 1), self.low(k + 1), "") > 0
        )

    def openings(self) -> list[int]:
        """The indexes of the words where a number may start: a digit, a number word, a
        currency or a minus sign.

        The scan has found the digits and the number words among its triggers; only the
        openers it does not look for are looked up word by word here (as written: a
        hyphenated "a-..." never opens an amount). A currency or minus sign opens a number
        only right before its digits ("US$ 3", "Rp. 5", "-5"): one of the two words before.
        """
        words = self.words
        openings = may_start(self.lows, self.openers, among=self.scan_starts)
        others: set[int] = set()
        if self.unscanned:
            others.update(compress(count(), map(self.unscanned.__contains__, self.lows)))
        if self.lex == "en":  # "in his mid-60s": the decade is glued to its part
            lows = self.lows
            others.update(k for k in self.scan_starts if lows[k][-1] == "s" and "-" in lows[k])
        for k in openings:
            for sign in (k - 2, k - 1):  # currency codes count as written: "Rp", "US"
                if sign >= 0 and words[sign].text in _MAY_OPEN_NUMBER:
                    others.add(sign)
        return sorted(others.union(openings)) if others else openings

    def number_at(self, i: int, *, ranges: bool = True) -> tuple[NumberSpan, int] | None:
        """The quantity starting at word ``i`` and the index after it, or None. A range only
        counts with a unit ("10 to 15 people"); without one its first end is read alone."""
        word = self.words[i]
        joiner = self.ratio_joiner_before(i) if self.low(i - 1) in _RATIO_LAST_WORDS else 0
        if joiner and self.ratio_sides(i - joiner - 1, i):
            return None  # "one in five adults", "four out of five": a ratio, not five adults
        ordinal = (
            _DIGIT_ORDINAL.fullmatch(word.low) if word.low.endswith(_ORDINAL_ENDINGS) else None
        )
        if ordinal:
            return self.ordinal_at(i, int(ordinal.group(1)))
        if word.low.startswith("ke-"):
            return self.noun_ordinal_at(i)
        if word.low[-1] in "sn" and self.age_decade(i):
            years = _AGE_DECADE_UNITS[self.lex]  # "in his 60s": ages 60 to 69, a rough amount
            start = word.start + _age_decade_part(word.low)  # "mid-60s": the decade, "60s"
            return NumberSpan(start, word.end, self.text[start : word.end], None, years), i + 1
        amount = self.amount_at(i, ranges=ranges)
        if amount is None:
            return None
        quantity, currency, sign = amount
        after = self.low(quantity.next)
        joiner = self.ratio_joiner_at(quantity.next) if after in _RATIO_FIRST_WORDS else 0
        if joiner and self.ratio_sides(i, quantity.next + joiner):
            return None  # "1 in 10 people", "two in three stores", "9 out of 10"
        if currency and ranges:
            money_range = self.range_at(
                i,
                quantity,
                quantity.next,
                currency,
                lambda high: high[0].next if high[1] == currency else 0,
            )
            if money_range is not None:
                return money_range
        j = quantity.next
        unit: str | None = currency
        end = self.words[j - 1].end
        if quantity.glued_unit is not None:
            unit = quantity.glued_unit[2]  # "30-day", "50km"
        elif not currency:
            symbol = self.symbol_unit(j)
            if symbol is not None:
                unit, j = symbol
                if unit == "%" and ranges:
                    percent_range = self.range_at(
                        i,
                        quantity,
                        j,
                        "%",
                        lambda high: 0 if high[1] else self.percent_at(high[0].next),
                    )
                    if percent_range is not None:
                        return percent_range
                end = self.words[j - 1].end
            else:
                j = self.unit_start(quantity)
                # "sepertiganya": a share of what was named before, nothing after it
                unit_end = j if word.low.endswith("nya") else self.unit_end(j)
                if quantity.is_range and self.low(j) in _RESULT_NOUNS:
                    return None
                richter = self.richter_end(j) if unit_end > j else 0
                if unit_end > j and self.low(j) in _MAGNITUDE_WORDS:
                    unit, end, j = "magnitude", self.words[j].end, j + 1  # "5.9 magnitude quake"
                elif richter:
                    unit, end, j = "magnitude", self.words[richter - 1].end, richter  # "5,6 SR"
                elif unit_end > j and self.one_as_article(quantity, unit_end):
                    return None
                elif unit_end > j:
                    # "180 millions d'euros" counts "euros"
                    first = self.words[j].start + 2 * elided_partitive(self.words, j, self.lang)
                    unit = self.text[first : self.words[unit_end - 1].end]
                    end = self.words[unit_end - 1].end
                    j = unit_end
                elif quantity.is_range and not currency:
                    if not self.range_of_levels(i):
                        return self.number_at(i, ranges=False)
                elif self.low(j) in _PART_OF:
                    unit = self.whole_unit(quantity, j)
                    if unit is None and needs_unit(quantity, self.words, self.lang):
                        return None
                elif needs_unit(quantity, self.words, self.lang):
                    return None
        value = None if quantity.value is None else tidy(sign * quantity.value)
        start = word.start
        if not currency and self.magnitude_before(i):
            start, unit = self.words[i - 1].start, "magnitude"  # "magnitude 6.4 earthquake"
            end = self.words[quantity.next - 1].end
            j = quantity.next
        elif unit is None and self.richter_after(j):
            unit = "magnitude"  # "5.8 on the Richter scale"
        return NumberSpan(start, end, self.text[start:end], value, unit), j

    def amount_at(self, i: int, *, ranges: bool = True) -> _Amount | None:
        """The amount at word ``i`` with its currency and sign: "Rp 1,2 triliun", "$4.5bn",
        "Rp50.000", "-5", "dua belas"; None for what only looks like one (dates, names...)."""
        words = self.words
        word = words[i]
        codes = word.text.startswith(_GLUED_CODES)  # the cheap test before the two patterns
        glued = _CURRENCY_GLUED.fullmatch(word.text) if codes else None
        if glued:
            value = parse_digits(glued.group(2), self.lang)
            if value is None:
                return None
            suffix = glued.group(3)
            if suffix:  # "Rp15rb", "Rp2,5T"
                scale = _ID_LETTER_SCALES.get(suffix) or ID_GLUED_SCALES[suffix.lower()]
                value = tidy(value * scale)
            scaled = with_scales(words, i, i + 1, value, self.lang, from_words=False)
            return self.letter_scaled(scaled), glued.group(1).rstrip("."), 1  # "Rp1,5 triliun"
        glued_range = _CURRENCY_GLUED_RANGE.fullmatch(word.text) if ranges and codes else None
        if glued_range:
            return self.glued_money_range(i, glued_range)
        currency: str | None = None
        sign, k = 1, i
        # no currency starts with a digit, as most words here do
        cur = None if word.text[:1].isdigit() else _CURRENCY_BEFORE.match(self.text, word.start)
        if cur is not None:
            while k < len(words) and words[k].start < cur.end():
                k += 1
            if k == len(words) or words[k].start != cur.end():
                return None
            currency = cur.group().strip().rstrip(".")
        elif word.low in _MINUS_OPENERS and self.is_minus(i):
            sign, k = -1, i + 1
        if not starts_quantity(words[k].low, self.lang):
            return None
        quantity = read_quantity(words, k, self.lang, ranges=ranges)
        if quantity is None or (currency and quantity.from_words):
            return None
        if currency:
            quantity = self.letter_scaled(quantity)
        if not quantity.from_words and not currency and self.not_a_count(quantity):
            return None
        if quantity.from_words and self.low(k - 1) in _NOT_COUNTING_BEFORE.get(words[k].low, ()):
            return None  # "salah satu" is "one of"; "no one" counts nobody
        if quantity.from_words and (quantity.value or 0) >= 1 and self.low(k - 1) in _LABEL_WORDS:
            return None  # "kelas tiga", "number two": a label written out (not "separuh")
        if quantity.from_words and self.low(quantity.next) in _NOT_COUNTING_AFTER.get(
            words[k].low, ()
        ):
            return None  # "satu arah" is one-way
        if quantity.from_words and is_capitalized(words[k]) and self.in_name(k):
            return None  # "the Six Nations", "Formula One"
        if self.low(quantity.next) == "-" and self.suspended_hyphen(quantity.next):
            return None  # "two- and ten-year yields": the first half of a compound
        return quantity, currency, sign

    def suspended_hyphen(self, k: int) -> bool:
        """Is the hyphen at word ``k`` glued to the amount before it and followed by "and" or
        "or": the first half of a shared compound ("two- and ten-year yields")?"""
        glued = self.words[k].start == self.words[k - 1].end
        return glued and self.low(k + 1) in ("and", "or")

    def letter_scaled(self, amount: Quantity) -> Quantity:
        """``amount`` of money with the capital letter that Indonesian business news writes
        for its scale after it, if any: "Rp1,1 T" (triliun), "Rp 500 M" (miliar)."""
        if self.lex != "id" or amount.value is None or amount.next >= len(self.words):
            return amount
        scale = _ID_LETTER_SCALES.get(self.words[amount.next].text)
        if scale is None:
            return amount
        return amount._replace(next=amount.next + 1, value=tidy(amount.value * scale))

    def glued_money_range(self, i: int, m: re.Match[str]) -> tuple[Quantity, str, int] | None:
        """ "Rp16.200-Rp16.350", "Rp10-15 miliar": a range of money written as one word
        (``m`` its match of :data:`_CURRENCY_GLUED_RANGE`)."""
        words = self.words
        low, high = parse_digits(m.group(2), self.lang), parse_digits(m.group(3), self.lang)
        if low is None or high is None or low >= high:
            return None
        scaled = with_scales(words, i, i + 1, low, self.lang, from_words=False)
        return (
            Quantity(i, scaled.next, None, False, False, is_range=True),
            m.group(1).rstrip("."),
            1,
        )

    def range_at(
        self, i: int, low: Quantity, j: int, unit: str, high_end: Callable[[_Amount], int]
    ) -> tuple[NumberSpan, int] | None:
        """The range that the amount ``low`` at word ``i`` (its unit ending before word ``j``)
        opens with a larger second amount of the same ``unit`` ("$1.10 to $1.20", "Rp 10.000
        hingga Rp 15.000", "3% to 5%", "between 10% and 12%") and the index after it, or None;
        ``high_end`` gives the index after the second amount and its unit, 0 when its unit is
        another. After a verb of change it is a change and the new level: "shares rose $1.25
        to $48.50", "rose 0.5% to 3.2%"."""
        if j + 1 >= len(self.words) or not joins_range(self.words, i, j, self.lang):
            return None
        if self.low(i - 1) in _PRICE_MOVES or low.value is None:
            return None
        high = self.amount_at(j + 1, ranges=False)
        if high is None or high[0].value is None or high[0].value <= low.value:
            return None
        after = high_end(high)
        if not after:
            return None
        start, end = self.words[i].start, self.words[after - 1].end
        return NumberSpan(start, end, self.text[start:end], None, unit), after

    def range_of_levels(self, i: int) -> bool:
        """Is the range at word ``i``, with no unit after it, one of levels or prices in the
        thousands ("IHSG di kisaran 7.150-7.300", "antara 7.200 dan 7.300"), which no score
        or tally reaches, so one span with no value?"""
        low = parse_digits(self.low(i).split("-", 1)[0], self.lang)
        return low is not None and low >= _LEVEL_RANGE_MIN

    def whole_unit(self, part: Quantity, j: int) -> str | None:
        """What the amount ``part`` counts when "of"/"dari" at ``j`` names a larger whole
        with its unit after it: "76 of the 150 seats" and "23 dari 55 kursi" count seats,
        "52 of the 57 laps" laps, and so does a whole in words, "lima dari enam soal";
        None otherwise (the whole keeps its own span)."""
        k = j + 1 + (self.low(j + 1) in _WHOLE_DETERMINERS)
        if (
            part.value is None
            or k >= len(self.words)
            or not starts_quantity(self.low(k), self.lang)
        ):
            return None
        whole = self.number_at(k, ranges=False)
        if whole is None or whole[0].value is None or whole[0].value <= part.value:
            return None
        unit = whole[0].unit
        return unit if unit and unit[0].isalpha() else None  # not "%" nor "$"

    def year_counts(self, j: int) -> bool:
        """Does a year-like number before word ``j`` count what follows ("2000 orang")? Not
        when nothing does, nor when an Indonesian verb follows: "Kuota SNBP 2027 Dipangkas"."""
        if self.unit_end(j) == j:
            return False
        low = self.low(j)
        return not (self.lex == "id" and _ID_VERB.fullmatch(low) and not self.id_verb_lookalike(j))

    def ratio_joiner_at(self, k: int) -> int:
        """The number of words of the "in" or "out of" that may join a ratio's two sides at
        word ``k``, else 0."""
        if self.low(k) == "in":
            return 1
        return 2 if self.low(k) == "out" and self.low(k + 1) == "of" else 0

    def ratio_joiner_before(self, i: int) -> int:
        """The number of words of the "in" or "out of" that may join a ratio's two sides
        right before word ``i``, else 0."""
        if self.low(i - 1) == "in":
            return 1
        return 2 if self.low(i - 1) == "of" and self.low(i - 2) == "out" else 0

    def ratio_sides(self, a: int, b: int) -> bool:
        """Are the amounts at words ``a`` and ``b``, with "in" or "out of" between, the sides
        of a ratio: "one in five adults", "two in three stores", "9 out of 10"? Not "2 in 10
        minutes"."""
        if a < 0 or b >= len(self.words) or not starts_quantity(self.low(b), self.lang):
            return False
        first = read_quantity(self.words, a, self.lang, ranges=False)
        second = read_quantity(self.words, b, self.lang, ranges=False)
        if first is None or second is None or first.next != a + 1 or first.value is None:
            return False
        if second.value is None or _YEAR_LIKE.fullmatch(self.low(b)):
            return False
        return first.value < second.value and self.low(second.next) not in _MEASURES

    def is_tally(self, a: int, b: int) -> bool:
        """Are the digits at words ``a`` and ``b`` the two sides of a vote or score ("74 to
        24", "3 berbanding 1")? "to" needs the larger side first and no unit after the
        second: "from 120 to 80", "5 to 10 people" and "7 to 5 percent" are amounts."""
        if a < 0 or b >= len(self.words):
            return False
        first, second = self.low(a), self.low(b)
        if not (first.isdecimal() and second.isdecimal()):
            return False
        if self.low(a + 1) == "berbanding":
            return True
        if self.low(a - 1) in ("from", "dari") or int(first) <= int(second):
            return False
        return self.percent_at(b + 1) == 0 and self.unit_end(b + 1) == b + 1

    def one_as_article(self, quantity: Quantity, unit_end: int) -> bool:
        """Is an English "one" before a noun that is no measure a mere article: "in one
        village", or a sentence that opens "One pensioner, 81, said"? "one hour" counts."""
        k = quantity.first
        if self.lex != "en" or self.low(k) != "one" or self.low(quantity.next) in _MEASURES:
            return False
        if self.low(k - 1) in _ONE_AS_ARTICLE_AFTER:
            return True
        opens = k == 0 or self.words[k].start in self.sentence_starts
        return opens and self.low(unit_end) == ","

    def age_decade(self, i: int) -> bool:
        """Is word ``i`` a decade of someone's age: "in his 60s", "in her early 40s", "usia
        60-an", and the next in "in their 20s and 30s"? Without the owner before it, "the 60s"
        is a decade of the calendar (a time) and "1.500-an peserta" about 1,500."""
        pattern = _AGE_DECADE.get(self.lex)
        low = self.low(i)
        glued = _age_decade_part(low) if self.lex == "en" else 0  # "in his mid-60s"
        if pattern is None or not pattern.fullmatch(low[glued:]):
            return False
        apart = not glued and self.lex == "en" and self.low(i - 1) in _EN_AGE_DECADE_PARTS
        owner = i - 1 - apart
        if self.low(owner) in _AND_OR and owner > 0:
            return self.age_decade(owner - 1)
        return self.low(owner) in _AGE_DECADE_OWNERS[self.lex]

    def ordinal_at(self, i: int, value: int) -> tuple[NumberSpan, int] | None:
        """ "14th minute": a digit ordinal before a measure, a point on its scale, read as
        the measure counted up to it; a position among things ("his 300th appearance", "the
        3rd" alone) is an ordinal, as CoNLL and TimeML keep it, no amount."""
        word = self.words[i]
        if self.in_date(word.start) or self.low(i + 1) not in _MEASURES:
            return None  # "March 19th", "the 140th meeting"
        end = self.unit_end(i + 1)
        if end == i + 1:
            return None
        last = self.words[end - 1].end
        unit = self.text[self.words[i + 1].start : last]
        return NumberSpan(word.start, last, self.text[word.start : last], value, unit), end

    def noun_ordinal_at(self, i: int) -> tuple[NumberSpan, int] | None:
        """ "menit ke-67", "pekan ke-14": an Indonesian digit ordinal after the measure it
        numbers, read as English "67th minute" is (value 67, unit "menit"); not after any
        other noun ("laga ke-300", a position: see :meth:`ordinal_at`), nor after "kali" ("kali
        ke-3", the third time: which time, not how many) or a name ("HUT ke-80")."""
        ordinal = _ID_DIGIT_ORDINAL.fullmatch(self.words[i].low)
        if ordinal is None or i == 0 or self.in_date(self.words[i].start):
            return None
        noun = self.words[i - 1]
        if noun.low not in _MEASURES or noun.low in _OCCURRENCES or not noun.text.islower():
            return None
        end = self.words[i].end
        value = int(ordinal.group(1))
        return NumberSpan(noun.start, end, self.text[noun.start : end], value, noun.text), i + 1

    def magnitude_before(self, i: int) -> bool:
        """True when word ``i`` (a number) follows "magnitude", "bermagnitudo" or a capital "M"
        before a decimal ("M 5.2", not "M 5")."""
        if i == 0:
            return False
        before = self.words[i - 1]
        if before.low in _MAGNITUDE_WORDS:
            return True
        return before.text == "M" and ("." in self.words[i].text or "," in self.words[i].text)

    def richter_end(self, j: int) -> int:
        """Index after the Richter scale named at word ``j`` as Indonesian news writes it
        after a quake's magnitude, "5,6 SR" or "5,6 skala Richter", else 0."""
        if self.words[j].text == "SR":
            digits = self.words[j - 1].text
            return j + 1 if "," in digits or "." in digits else 0  # a decimal: not "3 SR"
        return j + 2 if self.low(j) == "skala" and self.low(j + 1) == "richter" else 0

    def richter_after(self, j: int) -> bool:
        """True when "on the Richter scale" starts at word ``j``."""
        return all(self.low(j + k) == word for k, word in enumerate(_RICHTER))

    def in_headline(self, offset: int) -> bool:
        """True when ``offset`` is on a title-case headline line ("8 Warga Tewas"), where a
        capital letter says nothing about names (asked only of capitalised words)."""
        if self._headlines is None:
            self._headlines = _headline_lines(self.text)
        return any(start <= offset < end for start, end in self._headlines)

    def headline_verb(self, k: int) -> bool:
        """Is word ``k`` an Indonesian verb as headlines write it, often bare: "1,2 Juta
        Kendaraan Tinggalkan Jakarta", "8 Rumah Terendam"?"""
        low = self.low(k)
        if self.lex != "id":
            return False
        return low.endswith("kan") or _ID_VERB.fullmatch(low) is not None or _id_befalls(low)

    def in_name(self, k: int) -> bool:
        """Is the capitalised word ``k`` inside a name: next to another capitalised word
        ("the Six Nations", "Formula One"), neither opening a sentence or a quote, nor in a
        headline or a line in capitals ("WIN BY FIVE WICKETS")?"""
        word = self.words[k]
        if k == 0 or word.start in self.sentence_starts or word.text.isupper():
            return False
        if not self.low(k - 1)[:1].isalnum():
            return False
        beside = [self.words[n] for n in (k - 1, k + 1) if n < len(self.words)]
        if not any(is_capitalized(w) for w in beside):
            return False
        return not self.in_headline(word.start)

    def abbreviated_reference(self, k: int) -> bool:
        """Is the dot at word ``k`` the end of an abbreviated reference word: "No.", "hal."?"""
        return (
            k > 0
            and self.words[k - 1].end == self.words[k].start
            and self.low(k - 1) in _REFERENCE_WORDS
        )

    def headline_run(self, k: int) -> int:
        """How many words, two or three, the counted noun of an Indonesian headline has when
        it opens with the capitalised word ``k`` and ends right after them ("KAI Tambah 40
        Perjalanan Kereta Jelang Natal", "Polisi Tangkap 7 Tersangka Penipuan Daring"), else
        0; a place closing it is where, not what ("500 Rumah Warga Bekasi"). Asked of a first
        word that does not end the noun alone. Indonesian headline verbs show by their form;
        English capitalises its verbs alike, so there the noun must end in a plural at the
        end of the noun ("Fed Cuts Rates by 50 Basis Points", "3 Police Officers")."""
        first = self.words[k]
        if self.lex not in ("id", "en") or first.text.isupper() or first.low in _MEASURES:
            return 0  # "Divonis 5 Tahun Penjara": the years are counted
        if self.lex == "en" and not self.en_headline_count(k):
            return 0
        for last in (k + 1, k + 2):
            if last >= len(self.words) or self.ends_line(last - 1):
                return 0
            word = self.words[last]
            if not is_capitalized(word) or word.text.isupper() or word.low in self.stop:
                return 0
            if self.headline_verb(last) or lookup(word.text) is not None:
                return 0
            plural = self.lex == "en" and _en_plural(word.low)
            if self.headline_noun_ends(last) and (plural or self.lex == "id"):
                return last - k + 1
            if plural:
                return 0
        return 0

    def en_headline_count(self, k: int) -> bool:
        """Does the English headline noun that may open at word ``k`` follow a count: the
        amount before it comes after a verb or a function word ("Fed Cuts Rates by 50 Basis
        Points"), not after a name whose model it numbers ("Boeing 737 Max Returns"), and
        the noun does not open with a plural, which ends it or is a verb?"""
        if self.low(k).endswith("s") and _en_plural(self.low(k)):
            return False
        m = k - 1
        while m >= 0 and (self.low(m)[:1].isdigit() or starts_quantity(self.low(m), self.lang)):
            m -= 1
        if m < 0 or self.ends_line(m) or self.low(m) in self.stop:
            return True
        before = self.words[m]
        return not is_capitalized(before) or headline_verb_strength(before.text, "en") > 0

    def headline_noun_ends(self, k: int) -> bool:
        """Does the counted noun of a headline end at word ``k``: before a function word, a
        mark, the end of the line or a verb as headlines write it ("8 Warga Tewas", "12
        Pasien Meninggal")?"""
        after = self.low(k + 1)
        ends = after in self.stop or not after[:1].isalnum() or self.ends_line(k)
        return ends or self.headline_verb(k + 1)

    def ends_line(self, k: int) -> bool:
        """Is word ``k`` the last of its line?"""
        if k + 1 >= len(self.words):
            return True
        return "\n" in self.text[self.words[k].end : self.words[k + 1].start]

    def in_date(self, offset: int) -> bool:
        """True inside a calendar date or clock time found by the time grammar."""
        k = bisect_right(self.dated_starts, offset) - 1
        return k >= 0 and offset < self.dated_ends[k]

    def is_minus(self, i: int) -> bool:
        """A "-" glued to the digits after it and not glued to a word before it ("-5
        derajat"), or the word "minus" before digits ("minus 18 degrees")."""
        nxt = self.words[i + 1] if i + 1 < len(self.words) else None
        if self.words[i].low in _MINUS_WORDS:
            plus_or = self.low(i - 1) == "or" and self.low(i - 2) == "plus"  # "plus or minus 2%"
            return nxt is not None and nxt.low[:1].isdigit() and not plus_or
        if nxt is None or nxt.start != self.words[i].end or not nxt.low[:1].isdigit():
            return False
        return i == 0 or self.words[i - 1].end < self.words[i].start

    def not_a_count(self, quantity: Quantity) -> bool:
        """Digits that are not a quantity: dates, clock times, years, phone numbers, names."""
        words = self.words
        first = words[quantity.first]
        if self.in_date(first.start):
            return True
        digits = first.low
        if not digits.isdigit():
            return False
        if len(digits) > 1 and digits.startswith("0"):
            return True  # "021", "0812": codes and phone numbers
        if len(digits) == 2 and self.text[first.start - 1 : first.start] in APOSTROPHES:
            return True  # "Angkatan '45", "the class of '98": a year
        after = self.low(quantity.next)
        before = self.low(quantity.first - 1)
        if before == "." and self.abbreviated_reference(quantity.first - 1):
            return True  # "No. 1", "hal. 12"
        if before == "(" and self.low(quantity.first - 2) in _REFERENCE_WORDS:
            return True  # "Pasal 114 ayat (2)"
        if after in _HIJRI_MONTHS:
            return True  # "1 Ramadhan": a date the calendar of months does not know
        if after.isdigit() or before.isdigit() or before in _REFERENCE_WORDS:
            return True  # "0812 3456 7890", "+62 21", "no. 5", "Pasal 27", "page 3"
        if before in _GRADE_WORDS and after not in _MEASURES:
            return True  # "type 2 diabetes", but "kategori 5 km"
        if self.low(quantity.next + 1) in _STREET_WORDS and is_capitalized(words[quantity.next]):
            return True  # "10 Downing Street": a house number
        if after in _LIST_MARKS and self.list_marker(quantity):
            return True  # "1. Noureddine Morceli", "15 - Matt Burke": a place in a list
        k = quantity.first
        if after in _TALLY_JOINERS and self.is_tally(k, k + 2):
            return True  # "a vote of 74 to 24"
        if before in _TALLY_JOINERS and self.is_tally(k - 2, k):
            return True
        if self.dash_joined(quantity.first - 2, quantity.first) or self.dash_joined(
            quantity.first, quantity.next + 1
        ):
            return True  # "3–1": a score (a range with a unit is read before this)
        if after in _TIMES_SIGNS and self.low(quantity.next + 1)[:1].isdigit():
            return True  # "3 x 24 jam": a factor, the hours are counted after it
        if quantity.next == quantity.first + 1 and _YEAR_LIKE.fullmatch(digits):
            if self.lex == "en" and owns_year(before, self.low(quantity.first - 2)):
                return True  # "its 2026 earnings", "the 2024 election", "Apple's 2025 revenue"
            return not self.year_counts(quantity.next)
        prev = quantity.first - 1
        if prev >= 0 and words[prev].text != before and before not in self.stop:
            # a capital in the word before ("Boeing 737", "Liga 1", "iPhone 15"); but "Total
            # 50 orang" opens a sentence, and a headline capitalises every word: "Banjir
            # Rendam 500 Rumah"
            initial = prev == 0 or words[prev].start in self.sentence_starts or self.quoted(prev)
            start = self.unit_start(quantity)
            counts = self.unit_end(start) > start
            if counts and (initial or self.in_headline(words[prev].start)):
                return False
            return not (after in _MEASURES or after in _PERCENT_WORDS or after == "%")
        return False

    def quoted(self, k: int) -> bool:
        """Does word ``k`` open a quote, right after its opening mark: the first word of
        what someone said, capitalised as a sentence's ("\u201cPembangunan 15 kelas ...")?"""
        mark = self.words[k - 1] if k > 0 else None
        return mark is not None and mark.text in _OPENING_MARKS and mark.end == self.words[k].start

    def list_marker(self, quantity: Quantity) -> bool:
        """Are the digits of ``quantity`` (a full stop or a dash after them) the number of an
        item in a list or a table of results, not an amount: "1. Noureddine Morceli" opening
        a line, "15 - Matt Burke , 14 - Joe Roff" before a name?"""
        first, mark = self.words[quantity.first], self.words[quantity.next]
        if first.end != mark.start:
            return mark.text == "-" and self.starts_name(quantity.next + 1)
        return mark.text == "." and self.text[first.start - 1 : first.start] in ("", "\n")

    def starts_name(self, k: int) -> bool:
        """Does a capitalised word that is no number start at word ``k``?"""
        return k < len(self.words) and is_capitalized(self.words[k]) and self.low(k).isalpha()

    def dash_joined(self, a: int, b: int) -> bool:
        """Are words ``a`` and ``b`` digits joined by an en dash with no space ("3–1")?"""
        if a < 0 or b >= len(self.words) or self.low(a + 1) != "\u2013" or b != a + 2:
            return False
        words = self.words
        glued = words[a].end == words[a + 1].start and words[a + 1].end == words[b].start
        return glued and words[a].low.isdigit() and words[b].low.isdigit()

    def percent_at(self, j: int) -> int:
        """Index after a percent sign or word at ``j`` ("%", "persen", "per cent"), else 0."""
        low = self.low(j)
        if low == "%" or low in _PERCENT_WORDS:
            return j + 1
        if low == "per" and self.low(j + 1) == "cent":
            return j + 2
        return 0

    def symbol_unit(self, j: int) -> tuple[str, int] | None:
        """The unit written as a sign at ``j`` ("%", "persen", "°C") and the index after it."""
        percent = self.percent_at(j)
        if percent:
            return "%", percent
        if self.low(j) not in _DEGREE_SIGNS:
            return None
        end = j + 1
        scale = self.words[end] if end < len(self.words) else None
        if scale is not None and scale.text in _DEGREE_SCALES and scale.start == self.words[j].end:
            end += 1  # "4°C"
        return self.text[self.words[j].start : self.words[end - 1].end], end

    def par_end(self, j: int) -> int:
        """Index after a score against par at ``j`` ("under par", "di bawah par"), else 0."""
        if self.low(j) not in _PAR_OPENERS:
            return 0
        for phrase in _PAR_PHRASES:
            if all(self.low(j + n) == word for n, word in enumerate(phrase)):
                return j + len(phrase)
        return 0

    def unit_end(self, j: int) -> int:
        """Index after the counted noun phrase that starts at ``j`` (``j`` if there is none)."""
        words = self.words
        par = self.par_end(j)
        if par:
            return par
        # without a stop-word list for the language, keep to the one word after the number,
        # or to the noun after an adjective that stands before it ("120 neue Weichen")
        longest = 3 if self.stop else 1 + (self.low(j) in _EU_NOUN_ADJECTIVES)
        if not self.stop and self.low(j) in _EU_COMPARATIVES:
            return j  # "2 miljoen meer": more of what was counted before
        if self.lex == "id" and self.low(j) in _ID_CLASSIFIERS:
            longest += 1
        headline = (
            self.lex in ("id", "en")
            and j < len(words)
            and is_capitalized(words[j])
            and self.in_headline(words[j].start)
        )
        run = self.headline_run(j) if headline else 0
        if run:  # "12 Pelaku Tawuran": a noun of two or three words
            return j + run if self.unit_word(j, first=True) else j
        k = self.en_name_modifier_end(j)  # "23 Grand Slam titles": on from "titles"
        while k < len(words) and k - j < longest:
            word = words[k]
            low = word.low
            if not self.unit_word(k, first=k == j) or self.in_date(word.start):
                break  # "di kisaran 7.150-7.300 pekan ini": the week is a date of its own
            k += 1
            if k - j == longest and k - 2 > j and (self.low(k - 2), low) in _COMPOUNDS:
                longest += 1  # "120 kasus demam berdarah dengue": a compound closing the
                # words the unit may have is one of them, the word after it the head's too
            if _is_rate(low):
                break
            if low in _MEASURES:
                tails = _MEASURE_TAILS.get(low)
                if tails is not None and k < len(words) and tails & {words[k].text, words[k].low}:
                    k += 1  # "dolar AS", "degrees Celsius", "dua kali lipat"
                break
            if is_capitalized(word) and not (k - 1 == j and self.en_proper_adjective(j)):
                break  # an acronym is the whole unit: "72 MPs", "tiga anggota DPR"
            if self.lex == "en" and _en_plural(low):
                break  # an English plural noun ends the phrase: "injured soldiers", "people"
        if self.lex == "en" and k == j + 1 and self.en_verb_alone(j):
            return j  # "dozens injured": a participle alone is what happened, not a unit
        if self.lex == "en" and k > j + 1 and self.en_verb_with_object(j, k):
            return j  # "140 needed intensive care": what they did and to what
        if k - j == longest and k - 1 > j and self.low(k - 1) in _ID_PAIRED_MODIFIERS:
            k -= 1  # "420 perjalanan kereta jarak jauh": the pair is cut, so left out
        return self.rate_end(k) if k > j else k

    def rate_end(self, k: int) -> int:
        """Index after the base of a rate that the unit ending before word ``k`` is counted
        against ("ton per hektare", "litres per person", "tonnes a hectare", "mikrogram per
        meter kubik"), else ``k``."""
        last, before = self.low(k - 1), self.low(k - 2)  # "meter kubik"
        measured = last in PHYSICAL_UNITS or last in _MEASURE_TAILS.get(before, ())
        if self.lex == "id" and measured and self.low(k) in ID_ONE_UNIT_WORDS:
            return k + 1  # "3 liter sehari"
        if self.low(k) not in _RATE_JOINERS.get(self.lex, ()):
            return k
        base = self.low(k + 1)
        if measured and base in _TIME_UNITS:
            return k + 2  # "500 ton per hari", "20 km a day": the time is the rate's base
        if base not in _RATE_BASES:
            return k
        return k + 2 + (self.low(k + 2) in _MEASURE_TAILS.get(base, ()))

    def en_verb_alone(self, j: int) -> bool:
        """Is the English word ``j``, alone after a number, what the counted did: "dozens
        injured", "three abstaining", "dozens spoke"? After "one" an -ing word is a noun:
        "one meeting"."""
        low = self.words[j].low
        if _en_participle(low) or (low in EN_IRREGULAR and low not in EN_BASE_PASTS):
            return True
        if self.low(j - 1) in ("one", "1", "a", "an"):
            return False
        return low.endswith("ing")

    def en_verb_with_object(self, j: int, end: int) -> bool:
        """Is the English -ed word ``j``, first of the phrase up to ``end``, the verb of those
        counted with its object ("140 needed intensive care", "20 received treatment")? An
        -ed adjective describes a plural ("50 armed men", "200 injured people"), or a single
        thing after "one" ("one armed man"), so the phrase ends on no plural here."""
        low = self.words[j].low
        if not low.endswith("ed") or low in EN_NOT_VERBS or self.low(j - 1) in ("one", "1"):
            return False
        return not _en_plural(self.words[end - 1].low)

    def id_active_verb(self, k: int) -> bool:
        """Is the Indonesian word ``k`` clearly a verb, by a me- or ber- prefix that no
        counted noun here has ("meninggal", "berhasil"; not "menteri")?"""
        return _ID_ACTIVE_VERB.fullmatch(self.words[k].low) is not None and not (
            self.id_verb_lookalike(k)
        )

    def id_verb_lookalike(self, k: int) -> bool:
        """Is the Indonesian word ``k``, shaped like a verb, a noun or adjective here: "dua
        menteri", "mobil mewah", "kasus demam berdarah"?"""
        low = self.words[k].low
        return low in _ID_VERB_LOOKALIKES or (self.low(k - 1), low) in _COMPOUNDS

    def unit_start(self, quantity: Quantity) -> int:
        """The word where what ``quantity`` counts may begin: after "of" for what counts
        across it ("dozens of people", "two-thirds of economists"), after the partitive of a
        scale word ("5.000 millones de euros"), else right after the amount."""
        j = quantity.next
        if self.low(j) == "of" and self.counts_after_of(quantity):
            return j + 1
        return j + 1 if partitive_after_scale(self.words, j, self.lang) else j

    def counts_after_of(self, quantity: Quantity) -> bool:
        """Does the amount count what follows "of": a vague one ("dozens of flights"), a
        fraction ("two-thirds of economists"), a dozen ("a dozen of them")? A plain number
        word does not: "17 counts of fraud and two of money laundering"."""
        if quantity.vague:
            return True
        if not quantity.from_words or quantity.value is None:
            return False
        return quantity.value < 1 or self.low(quantity.next - 1) == "dozen"

    def acronym_among_lowercase(self, k: int) -> bool:
        """Is word ``k`` in capitals between words that are not ("64 US cents"): an acronym,
        even when it spells a stop word?"""
        word = self.words[k]
        if len(word.text) < 2 or not word.text.isupper():
            return False
        return not any(self.words[n].text.isupper() for n in (k - 1, k + 1) if n < len(self.words))

    def ends_id_unit(self, k: int) -> bool:
        """Does the Indonesian word ``k`` (not the first of the unit) open what the counted
        people are part of: "lima tersangka kasus penipuan", "dua pelaku pencurian"?"""
        low = self.words[k].low
        if low in _ID_CASE_WORDS:
            return True
        return self.low(k - 1) in _ID_ROLE_HEADS and low not in _ID_ROLE_TAILS

    def en_proper_adjective(self, k: int) -> bool:
        """Is the capitalised English word ``k``, first in the unit, an adjective before the
        counted noun ("two Republican senators", "three Israeli soldiers", "five Labour
        MPs"), not a name ("2 Downing Street") or a day or month ("3 Sunday nights")?"""
        if self.lex != "en" or self.words[k].low in self.triggers:
            return False
        if k + 1 >= len(self.words):
            return False
        after = self.words[k + 1]
        low = self.words[k].low
        if low.endswith("s") and not low.endswith("ss") and not self.words[k].text.isupper():
            return False  # a plural is a name: "the 3 Lions fans" (but "64 US cents")
        if is_capitalized(after):
            return _ACRONYM.fullmatch(after.text) is not None and after.text.endswith("s")
        return (
            after.low.isalpha()
            and after.low not in self.stop
            and self.unit_word(k + 1, first=False)
        )

    def en_name_modifier_end(self, j: int) -> int:
        """The index of the plural noun after a two-word name at ``j`` that says what kind of
        thing is counted ("23 Grand Slam titles", "three Premier League games"), else ``j``."""
        if self.lex != "en" or j + 2 >= len(self.words):
            return j
        first, second, noun = self.words[j], self.words[j + 1], self.words[j + 2]
        if not (is_capitalized(first) and is_capitalized(second)) or is_capitalized(noun):
            return j
        if first.text.isupper() or first.low in self.triggers or self.in_headline(first.start):
            return j
        if not _en_plural(noun.low) or noun.low in self.stop:
            return j
        return j + 2

    def en_people_plural(self, k: int) -> bool:
        """Is the capitalised English word ``k`` a plural that is what is counted, with no
        noun after it: "two Democrats voting", "five Palestinians were killed" (but "3
        Lions fans" names a team)?"""
        word = self.words[k]
        if self.lex != "en" or not _en_plural(word.low) or word.text.isupper():
            return False
        if word.low[:-1] in self.triggers or k + 1 >= len(self.words):
            return False  # "two Sundays ago" is a time
        after = self.words[k + 1]
        return not is_capitalized(after) and not self.unit_word(k + 1, first=False)

    def exact_amount_at(self, k: int) -> bool:
        """Does an amount with a value open at word ``k`` ("four years"), not a vague one
        that may scale the number before it ("180 millions")?"""
        if not starts_quantity(self.words[k].low, self.lang):
            return False
        amount = read_quantity(self.words, k, self.lang)
        return amount is not None and not amount.vague

    def unit_word(self, k: int, *, first: bool) -> bool:
        """Can word ``k`` be part of the counted noun phrase?"""
        word = self.words[k]
        low = word.low
        if first and elided_partitive(self.words, k, self.lang):
            low = low[2:]  # "millions d'euros": the noun is "euros"
        if _is_rate(low) or low in _UNIT_SYMBOLS:
            return True  # "40 km/jam", "1,2 TWh", "2.000 m2"
        if not low.replace("-", "").isalpha():
            return False
        if low in self.other_function_words:
            return False
        if first and low.isalpha() and self.exact_amount_at(k):
            return False  # "up from 19 four years ago": another amount, not what is counted
        if first and self.lex == "en" and low in _EN_COUNTED_BESIDES:
            return k + 1 < len(self.words) and self.unit_word(k + 1, first=False)
        stop = low in self.stop and not self.acronym_among_lowercase(k)  # "US" is not "us"
        if stop and (first or (self.low(k - 1), low) not in _COMPOUNDS):
            return False
        if not first and (starts_quantity(low, self.lang) or low in _TIME_UNITS):
            # "18 juta siswa tahun depan": the year is when, not what; but "eleven
            # consecutive weeks", "five working days" count the weeks and days
            return low in _TIME_UNITS and self.low(k - 1) in _TIME_UNIT_ADJECTIVES
        if self.lex == "id" and not first and self.ends_id_unit(k):
            return False
        if self.lex == "id" and not first and _id_befalls(low):
            return False  # "214 siswa keracunan makanan": what befell them
        pos = self.upos.get(word.start)
        if pos is not None and pos not in _UNIT_POS:
            return False
        if is_capitalized(word):
            # an acronym can be counted ("100 WNI", "72 MPs") or a name whose members are
            # counted ("tiga anggota DPR"); other capitalised words are names, but in a
            # headline every word is capitalised: "8 Warga Tewas" counts "Warga" when a
            # function word, a verb or the end comes next
            if _ACRONYM.fullmatch(word.text):
                # not first: after a counted noun in Indonesian, after an adjective in English
                return first or self.lex == "id" or is_capitalized(self.words[k - 1])
            if first and self.in_headline(word.start):
                if self.lex == "id" and low not in _MEASURES and self.id_active_verb(k):
                    return False  # "Dua Meninggal": what the two did ("4 Meter" is a measure)
                ends = self.headline_noun_ends(k) or low in _MEASURES
                return ends or self.headline_run(k) > 0
            if self.lex == "de" and (first or self.low(k - 1) in _EU_NOUN_ADJECTIVES):
                # German writes every noun capitalised: "22 Soldaten", "5 Milliarden Euro",
                # "120 neue Weichen"; but "seit 2019 Kanzler" is a year and the office held
                return self.low(k - 2 - (not first)) not in _DE_YEAR_PREPOSITIONS
            return first and (self.en_proper_adjective(k) or self.en_people_plural(k))
        if low in _MEASURES:
            return True  # before the verb test: "meter" and "menit" look like me- verbs
        if self.lex == "id" and _ID_VERB.fullmatch(low) and not self.id_verb_lookalike(k):
            # "22 tentara terluka": the verb is no part of what is counted; as the first word
            # only the clearest verb prefixes count ("tersangka" is a noun), and a di- word is
            # a passive ("lima ditangkap", "enam dirujuk") once the nouns that only look like
            # one are set apart ("direktur", "distributor")
            return first and not _ID_ACTIVE_VERB.fullmatch(low) and not low.startswith("di")
        return not (
            self.lex == "en" and not first and (_en_participle(low) or low.endswith(("ly", "ing")))
        )
