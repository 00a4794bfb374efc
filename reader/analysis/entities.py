"""Named entities (PER/ORG/LOC/MISC) from capitalisation, titles, cue words and gazetteers.

Neither backend has an Indonesian NER model, so this annotator is the entity layer for
Indonesian, and for English too when Stanza's NER is absent. It works on the shared token
layer, in three steps:

1. **Runs.** Per sentence, runs of capitalised tokens are candidate names, with lowercase
   particles where real ("bin", "van", "of" after "University"). Title phrases ("Presiden",
   "Menteri Luar Negeri", "Foreign Minister", "juru bicara") split runs and are never part of
   a span: the word after a title is a name.
2. **Labels.** Each run is labelled from the strongest evidence available: gazetteer names,
   organisation and place head/tail words ("Partai X", "X Tbk", "Kabupaten X", "X River"),
   acronyms (ORG unless the gazetteer knows a place: "AS", "UK"), demonyms (MISC), a title
   before it (PER), a speech verb next to it (PER), a cue noun before it ("perusahaan X",
   "kota X") or an apposition after it ("X, the vaccine alliance"), the workplace of a
   role ("analysts at X"), a place noun after it ("the X road"), a common given name
   ("Chris Sutton"), a place preposition ("di X", "in X"); "the X" is no person, a line of
   sports results names teams (and a name before a match score is one), the capitals that
   open a dateline ("SLEMAN, KOMPAS.com -", "LONDON 1996-08-30") are a place; a possessive
   may sit inside a name ("Women's Institute") or end a business's ("McDonald's said"), and a
   model number or a launch makes a product, MISC ("Boeing 777 jets", "meluncurkan X").
   Without evidence a run is a weak PER.
   A capitalised word that starts a sentence needs evidence to be a name at all (gazetteer,
   title, seen capitalised mid-sentence elsewhere, a speech verb after it, Stanza's PROPN).
3. **Consistency.** Weak labels take the label of a strongly labelled mention of the same
   words, or of a longer entity containing them ("Ratna" → "Ratna Suryaningsih" PER,
   "Rejang Lestari" → "Kabupaten Rejang Lestari" LOC). A results line's teams and acronyms
   defined in brackets ("Indeks Harga Saham Gabungan (IHSG)") set the label for every
   mention; a name in a shouting headline ("SELES", "TOUR DE FRANCE", "FOREST") takes its
   mention in the text ("Seles", "Tour de France", "Nottingham Forest").

When the backend brings NER spans (Stanza English), they are fused with ours: the NER span
and label first, but the gazetteer's label and our title/complement splits where they
disagree, and our strongly supported names (and parts of NER's names) where NER found none.
Title Case headlines are read word by word: only words with evidence of their own count,
or the headline's subject before its verb ("Jokowi Minta …", "Starmer Warns …"), and no
name runs across that verb.
"""

# Word lists read best as text.
# ruff: noqa: SIM905

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from reader.analysis import european, gazetteer
from reader.analysis.candidate import Candidate as _Candidate
from reader.analysis.doc import Doc, SentenceTokens, Token
from reader.analysis.memo import WordMemo
from reader.analysis.model import Entity, EntityLabel
from reader.analysis.name_cues import (
    BRANCH_HEADS,
    CALENDAR_WORDS,
    CHURCH_BODY_WORDS,
    COMMEMORATION_TAILS,
    COMMEMORATION_WORDS,
    COMMON_ACRONYMS,
    COMMON_SUBJECTS,
    EAST_ASIAN_SURNAMES,
    EVENT_HEADS,
    EVENT_TAILS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    HEADLINE_SUBJECT_NOUNS,
    HEADLINE_VERB_ROOTS,
    HOLIDAYS,
    INDONESIAN_HOLIDAYS,
    LAW_CODES,
    LAW_HEADS,
    LAW_NUMBER_WORDS,
    MODEL_NOUNS,
    NAME_PARTICLES,
    NAME_POSSESSORS,
    NON_NAMES,
    NOUNS_BEFORE_NAMES,
    NUMBERED_EVENTS,
    NUMBERED_UNIT_HEADS,
    OF_JOINERS,
    ON_JOINERS,
    ORG_CONTEXT,
    ORG_HEADS,
    ORG_TAILS,
    PERSON_CONTEXT,
    PERSONAL_PAST_VERBS,
    PLACE_CONTEXT,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    PLACE_TAILS,
    PRODUCT_CONTEXT,
    PRODUCT_NOUNS,
    RELATIVE_WORDS,
    SCHOOL_LEVELS,
    SPEECH_VERBS,
    SURNAMES_IN_S,
    WHERE_NOUNS,
    WORK_NOUNS,
    WORK_NOUNS_PLURAL,
    abbreviates,
    foreign_surname_shaped,
    is_given_name,
    looks_like_common_noun,
    surname_shaped,
)
from reader.analysis.number_words import starts_quantity
from reader.analysis.predicates import headline_form_of, headline_verb_strength
from reader.analysis.titles import (
    ENVOY_TITLES,
    PLACE_TITLES,
    ROYAL_GIVEN_NAMES,
    SURNAME_HONORIFICS,
    TITLE_EXTENSIONS,
    TITLE_HEADS,
    TITLE_PREFIXES,
    is_rank_title,
    match_title,
    may_start_title,
)

#: Our labels. Backends map their NER labels to these when they fill ``Doc.ner`` (see
#: ``backends/stanza.py``); a label they could not map is ignored here.
_LABELS: frozenset[EntityLabel] = frozenset({"PER", "ORG", "LOC", "MISC"})

#: Parts of speech that rule out a name at the start of a sentence (when a backend tags).
_NOT_NAME_POS = frozenset(
    {"VERB", "AUX", "ADV", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "ADJ"}
)
#: Head words of places and organisations: "Kabupaten", "Partai".
_HEADS = PLACE_HEADS | ORG_HEADS
#: Words that close the names of bodies, places and events, never a person's surname.
_NAME_TAILS = ORG_TAILS | PLACE_TAILS | EVENT_TAILS | _HEADS
#: Parts of speech the built-in backend gives too (it does not tag otherwise).
_UNTAGGED = frozenset({None, "PUNCT", "NUM", "SYM"})
#: Nouns that make an apposition call a name an organisation, and what may stand before
#: them or end the phrase (see ``_apposition_kind``).
_ORGANISATION_NOUNS = ORG_CONTEXT | frozenset(
    "alliance agency organisation organization coalition association body "
    "institute firms companies groups badan".split()
)
#: Nouns that make an apposition call a name a product or work: "Leqembi, a new drug".
_PRODUCT_APPOSITION_NOUNS = PRODUCT_NOUNS | frozenset(
    "treatment therapy phone game satellite rocket spacecraft".split()
)
#: Nouns that make an apposition call a name a place: "Maun, a town near the delta".
_PLACE_NOUNS = frozenset(
    "town city village suburb island river lake mountain valley region province district "
    "state country wetland wetlands desert volcano peninsula glacier resort".split()
)
_APPOSITION_KINDS: dict[str, EntityLabel] = {
    **dict.fromkeys(_PRODUCT_APPOSITION_NOUNS, "MISC"),
    **dict.fromkeys(_PLACE_NOUNS, "LOC"),
}
_APPOSITION_DETERMINERS = frozenset("the a an two three several sebuah salah".split())
_APPOSITION_STOPS = frozenset(
    "of for with in at from by who which that yang dari untuk di dengan".split()
)
#: Compass words (and "Greater") that make part of a place a place: "Northern Nigeria",
#: "East Java", "Greater Manchester".
_COMPASS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest north-east north-west south-east south-west greater".split()
)
#: Indonesian compass words that end a region's name: "Nias Selatan", "Halmahera Barat".
_INDONESIAN_COMPASS = frozenset("Utara Selatan Timur Barat Tengah Tenggara".split())
#: Words before a Roman numeral that numbers a district or town part ("Ilir Barat I",
#: "Seberang Ulu II", "Kemayoran Utara III"): the numeral is no sequel's nor group's.
_NUMBERED_PART_WORDS = _INDONESIAN_COMPASS | {"Ulu", "Ilir"}
#: First words of nationalities of two words: "South African", "New Zealander".
_NATIONALITY_FIRSTS = _COMPASS | {"new", "latin"}
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", '"', "”"})
#: Marks after which a capital proves nothing: those opening a quotation, bracket or clause,
#: and a full stop the sentence splitter left inside a sentence, as it does inside a
#: quotation ('"Kita tidak boleh puas. Rute harus dievaluasi," kata Erick').
#: Parties to a crime or a case, whom Indonesian news names by their initials: "tersangka
#: RH", "korban DS".
_CASE_PARTIES = frozenset("tersangka terdakwa terpidana pelaku korban".split())
#: Legal forms that end a company's name, never a person's, as written: "PT Adaro Energy
#: Indonesia Tbk". Fewer than :data:`~reader.analysis.name_cues.LEGAL_FORMS` on purpose: not
#: "PT" or "CV", which open a name, nor the short ones that may be something else at a
#: name's end ("SE" is also a degree written after an Indonesian name).
_LEGAL_FORMS = frozenset({"tbk", "tbk.", "persero", "inc", "inc.", "ltd", "ltd.", "plc", "llc"})
#: Quotation marks that may open a work's title after its kind: 'novel "Laut Bercerita"'.
_TITLE_QUOTES = frozenset({'"', "“"})
#: The mark that closes a quotation each opening mark opens.
_CLOSING_QUOTES = {'"': '"', "“": "”", "‘": "’"}
_QUOTE_OPENERS = frozenset(_CLOSING_QUOTES)
#: Small words that stand uncapitalised inside a work's title ("The Lord of the Rings"),
#: and marks that may stand inside one ("Dune: Part Two").
_TITLE_SMALL_WORDS = frozenset("of the a an and in on at to for with from by or & : - –".split())
#: At most this many words in quotation marks make a work's title, not a quotation.
_MAX_TITLE_WORDS = 7
#: At most this many tokens in a line that labels a table ("AMERICAN LEAGUE").
_MAX_LABEL_LINE = 4
#: The marks that close a title in quotation marks after a cue word.
_TITLE_CLOSERS = frozenset(_CLOSING_QUOTES[mark] for mark in _TITLE_QUOTES)
#: Indonesian words before a work's or event's title in quotation marks: "berjudul".
_TITLE_CUES = frozenset({"berjudul", "bertajuk", "bertitel"})
_OPENING_MARKS = frozenset({'"', "“", "‘", "'", "«", "(", "[", ":", "—", "–", "-", ".", "!", "?"})
_APPOSITION_LINKS = frozenset({",", "dan", "and", "&"})
_ARTICLES = frozenset({"the", "a", "an"})
#: Articles as a work's title opens with them mid-sentence: "Homer's The Odyssey".
_TITLE_ARTICLES = frozenset({"The", "A", "An"})
#: Prepositions that link a body's verb to another party ("The company lost to Jones",
#: "the firm was sued by Smith"): a body's noun before them says nothing of the name after.
_OTHER_PARTY_LINKS = frozenset({"to", "by", "against"})
#: Words of other languages that open the names of companies and bodies as English news
#: writes them, never a person's: "Deutsche Bahn", "Koninklijke Philips", "Nippon Steel".
_FOREIGN_BODY_OPENERS = frozenset(
    "Deutsche Deutscher Nederlandse Svenska Norsk Norske Dansk Danske Nippon Koninklijke "
    "Société Compagnie Banco Banca Groupe".split()
)
#: The words right before a work an actor starred in (as _SentenceReader._cue_before
#: gives them): "starred in Oppenheimer", "starred in The Crown".
_STARRING_LINKS = frozenset({"in", "the", "a", "an"})
#: Verbs of acting before "in" and a work: "She starred in The Crown".
_STARRING = frozenset("starred stars starring co-starred co-stars".split())
#: Verbs of making a work, after "which" and its maker: "Barbie, which Greta Gerwig directed".
_WORKS_MADE = frozenset(
    "directed wrote adapted composed painted filmed narrated co-wrote stars starred".split()
)
#: Verbs of a share price's move, and the units it moves by (see
#: _SentenceReader._price_move_after).
_PRICE_MOVES = frozenset(
    "rose fell gained lost added shed slipped climbed jumped dropped eased firmed".split()
)
_PRICE_UNITS = frozenset(
    "marks cents pence francs yen pfennigs centimes lire pesetas kroner crowns percent pct "
    "%".split()
)
#: Verbs after "it" that judge a thing rather than tell a body's deeds, as slices: "said it
#: was a mistake" (see _SentenceReader._it_reports_at).
_IT_JUDGED = frozenset({("was",), ("is",)})
#: What "it would" or "it will" opens to judge a thing rather than tell a body's plan, as
#: slices: "said it would be wrong", "said it would take months" (see
#: _SentenceReader._it_reports_at).
_IT_WOULD_JUDGE = frozenset((aux, verb) for aux in ("would", "will") for verb in ("be", "take"))
#: Words after "it would be" that still tell a body's plan: "it would be able to".
_BODY_STATES = frozenset({"able", "unable", "forced"})
#: Verbs after "it" that tell a body's plans or deeds (as slices): "said on Monday it would".
_ITS_DEEDS = frozenset(
    (word,) for word in "would will had has plans planned expects expected aims".split()
)
#: Kinds of body that, before a name between commas, call it a body: "Its publisher,
#: Fourth Estate," (not the words for teams or rivals, which may be people).
_APPOSED_BODY_NOUNS = ORG_CONTEXT - frozenset(
    "side champions holders hosts visitors rivals rival saham shares stocks stake developer "
    "union platform".split()
)
#: Owners and articles that open a noun phrase before such a name: "its", "the".
_OWNERS_BEFORE_KINDS = frozenset("its her his their our the a an".split())
#: Articles inside a title after a joining word, as slices: "The Mirror and the Light".
_LOWER_ARTICLES = frozenset({("the",), ("a",), ("an",)})
#: Longest name (in words) the document-wide tables remember or a split considers: longer
#: capitalised runs are lists or shouting, and must not cost quadratic time or memory.
_MAX_NAME_WORDS = 10
_COORDINATION = frozenset({",", "dan", "and", "serta", "atau", "or", "&"})
#: Words that join the names of a list: coordination, and the Indonesian "to" of a range
#: ("di Kota Palu, Kabupaten Sigi hingga Tentena").
_LIST_LINKS = _COORDINATION | {"hingga", "sampai"}
#: Indonesian number words that are also places' names ("Lima"): in a headline before a
#: noun they count it.
_ID_COUNT_WORDS = frozenset({"lima"})
#: Indonesian compass words after a place's name, naming its part ("Jakarta Timur").
_ID_COMPASS_WORDS = frozenset("utara selatan timur barat tengah tenggara pusat".split())
#: Place tails that are common surnames too: after a given name they end a person's name
#: ("Tom Hill", "Ricki Lake"); streets and parks are named after kings ("George Street").
_SURNAME_PLACE_TAILS = frozenset({"hill", "lake"})
#: Lowercase particles that open a surname after a given name ("Laurence des Cars", "Lula
#: da Silva"); not "of" or "for", which name bodies after a head ("Bank of England").
_SURNAME_PARTICLES = frozenset(
    "van von der den ten ter de del della da do dos das des du le la".split()
)
#: Words that open a photo or story credit, before a colon.
_CREDIT_WORDS = frozenset(
    "photo photograph photos picture pictures image images credit foto gambar "
    "reporter editor penulis pewarta".split()
)
#: Endings of English nouns that open headlines as their subject ("Tourism Boosts …",
#: "Ceasefire Holds …", "Turnout Rises …", "Pressure Mounts …"); few names end so.
_EN_HEADLINE_NOUN_ENDINGS = ("ism", "ure", "fire", "out")
#: Words joining two subjects of a headline: "Biden and Xi Agree …", "Prabowo dan Anwar Bahas …".
_SUBJECT_JOINERS = frozenset({"and", "dan", "&"})
#: Longest text between two listed names: ", serta ", ") and the ".
_MAX_LINK_CHARS = 12
#: Words that make a multi-word name an organisation wherever they stand in it.
_ORG_WORDS = frozenset(
    "bank league party university ministry council committee commission agency radio news "
    "airlines corporation company association federation foundation institute partai "
    "kementerian badan komisi dewan universitas liga polri polda polres polsek kodam kodim "
    "pemkab pemprov pemkot dinas government fraksi pesantren cukai fc".split()
)

#: A date as datelines in wire copy write it: "1996-08-22".
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
#: Words a number before them counts or measures: that number is no model number.
_MEASURE_WORDS = frozenset(
    """
    tahun years year persen percent per poin points gol goals orang people unit units ribu
    juta miliar triliun million billion thousand km kg meter meters menit minutes hari days
    jam hours kali times kursi seats suara votes
    hour minute week weeks month months lap laps mile miles jobs workers employees staff
    """.split()
)
#: Words after a number that show it is a score or tally, not a model number: "West Indies
#: 255 and 122", "M. Taylor 37 not out", "Australia 291 for 4".
_NOT_AFTER_MODELS = frozenset({"and", "or", "not", "for", "off", "runs", "wickets", "overs"})
#: The words of an index after "industrial" or "stock" ("the IPSA stock index").
_INDICES = frozenset({("average",), ("index",)})
#: Words after a name that make it a traded good or index, or name an agreement after
#: it, MISC: "Brent crude", "the Hang Seng index", "the Oslo accords".
_GOODS_AFTER = frozenset(
    {"crude", "index", "indeks", "accord", "accords", "treaty", "average"}  # "the Nikkei average"
)
#: Everyday goods after a name the gazetteer does not know make it a brand: "Lipton tea",
#: "Persil washing powder", "Dove soap" (but "Java coffee" stays a place).
_BRANDED_GOODS = frozenset(
    "tea coffee soap detergent shampoo toothpaste washing mayonnaise ketchup chocolate "
    "cigarettes margarine noodles biscuits beer phones smartphones handsets laptops tablets "
    "consoles accessories brand brands model models software app apps chatbot browser".split()
)
#: Kinds of organisations after a name the gazetteer does not know make it one: "Le Monde
#: newspaper", "the Aerospatiale group" (a known place stays one: "a Texas airline").
_BODY_KINDS_AFTER = frozenset(
    "newspaper daily weekly magazine tabloid broadcaster group conglomerate airline "
    "carrier publisher".split()
)
#: Lowercase words inside a long name: "of", "for", "and", "dan", "untuk".
_NAME_INNER_WORDS = NAME_PARTICLES | {"and", "dan", "untuk"}
#: Organisation head words that are also given names ("Tim"): heads only in Indonesian.
_GIVEN_NAMES_AMONG_HEADS = frozenset(
    name for name in (w.title() for w in ORG_HEADS) if name in GIVEN_NAMES
)
#: Heads of civil-society bodies whose names go on to the cause they serve, after "untuk":
#: "Koalisi Masyarakat Sipil untuk Reformasi Polri", "Komite untuk Keadilan Iklim".
_PURPOSE_NAMED_HEADS = frozenset("koalisi gerakan aliansi forum komite front".split())
#: Words after a name the gazetteer does not know that make it a listed company.
_STOCK_WORDS = frozenset({"shares", "stock", "saham"})
#: Words after "shares" that make it the verb, said of a person ("Smith shares a flat",
#: "shares his view", "shares with"), not a company's stock ("Zelvano shares fell").
_SHARING_OBJECTS = frozenset((word,) for word in "a an the his her their with this".split())
#: Last words of street names, which win over an organisation word before them:
#: "Parliament Square", "Church Street", "College Road".
_STREET_TAILS = frozenset("street avenue road square lane".split())
#: Kinds of building or ground named "Centre" that are venues, not bodies ("Leisure Centre",
#: but "Carter Center").
_VENUE_KINDS = frozenset(
    "leisure shopping sports arts community conference exhibition convention civic visitor "
    "trade aquatics cultural heritage garden tennis".split()
)
#: Last words of public bodies named after the fields they oversee, which may join two
#: single words with "and": "Food and Drug Administration", "Monopolies and Mergers
#: Commission", "Fish and Wildlife Service", "Land and Environment Court", "Health and Safety
#: Executive" (a company's tail does not: "Alibaba and Tencent Holdings" are two names).
_SUBJECT_BODY_TAILS = frozenset(
    "administration commission authority agency board service court tribunal executive "
    "committee".split()
)
#: Nations that field national teams but are no countries in the gazetteer ("England").
_HOME_NATIONS = frozenset({"sub:GB-ENG", "sub:GB-SCT", "sub:GB-WLS", "sub:GB-NIR"})
#: Verbs whose subject is a team when a score follows: "Barcelona beat Real Betis 3-2".
_MATCH_VERBS = frozenset(
    "beat beats drew draw lost lose defeated thrashed edged held routed crushed hammered "
    "overcame".split()
)
#: Verbs between two sides of a match, whatever the sport or the story: a town before one
#: and a name after it ("Roma play Lazio on Sunday", "AS Monaco beat Lille") is a club. Only
#: forms no town takes as its own subject ("London faces", not "face") and no past tense
#: but "beat" (its place use, "beat back", takes a small word after it).
_FIXTURE_VERBS = frozenset("beat play face host".split())
#: ... and those after the first side only: "Liverpool visit Everton" (but "Trump will visit
#: Moscow": a place after it).
_HOME_FIXTURE_VERBS = _FIXTURE_VERBS | {"visit"}
#: Small words after the second side of a match ("Roma play Lazio on Sunday").
_AFTER_FIXTURE = frozenset("on in at and after before for with , . ; :".split())
#: The word a photo credit puts after its agency, before the slash and the photographer:
#: "(AP Photo/Evan Vucci)", "(Reuters Photos/…)".
_PHOTO_WORDS = frozenset({"Photo", "Photos"})
#: "Founded" after a name, as a slice: its founder's full name opens the sentence even
#: when its last word is the company's ("Enzo Ferrari founded the carmaker in 1947").
_FOUNDED = frozenset({("founded",), ("co-founded",)})
#: Verbs of a fightback before "to" and the match verb it ends in: "Liverpool came from
#: behind to beat City 2-1", "Leeds rallied to draw 2-2" (see
#: _SentenceReader._comes_back_to_match).
_COMEBACK_VERBS = frozenset("came fought rallied recovered battled".split())
#: Match verbs after such a "to": the infinitive forms.
_MATCH_INFINITIVES = frozenset("beat draw win edge hold overcome".split())
#: What befalls a team, after a plural "were" no town takes: "Barcelona were held to a
#: draw", "Leeds were relegated" (one word each, as tuples to compare with a slice).
_TEAMS_FATES = frozenset(
    (w,)
    for w in "held beaten defeated relegated promoted eliminated knocked thrashed crowned "
    "dumped edged".split()
)
#: Words that name a road with the number after them: "Route 9", "Highway 401".
_NUMBERED_ROADS = frozenset("route highway interstate motorway".split())
#: Last words of venues that are organisations' too: "at the United Center".
_VENUE_TAILS = frozenset("centre center hall arena".split())
#: First words of venues' names that open clubs' names too, lowercase: "Stade Rennais" is a
#: club by its head word, but "at the Stade de France" a venue ("Parc" and "Palais" open
#: places only: see PLACE_HEADS).
_VENUE_HEADS = frozenset({"stade"})
#: Cue words for a team (in ORG_CONTEXT) that may name a person too ("champions Michael
#: Johnson").
_TEAM_CUES = frozenset("champions holders hosts visitors rivals rival side".split())
#: What follows "up" after a verb opening a sentence ("Fed up with", "Fed up of").
_UP_ENDS = frozenset({("with",), ("of",)})
#: Words for a match, then a preposition, before the opponent: "a draw with Parma".
_MATCH_NOUNS = frozenset(
    "draw win victory defeat loss match game tie clash drew lost beaten defeated final".split()
)
_AGAINST = frozenset({"with", "over", "against", "to", "by"})
#: Results a team takes away, before "at" and its hosts ("a 2-0 win at Gillingham"; but "the
#: final at Wembley" names a ground, and "a draw at Coventry" may name the town).
_AWAY_RESULTS = frozenset("win victory defeat loss".split())
#: The words before a team that held, beat or lost to the subject: "held 1-1 by Crewe",
#: "lost 2-0 to Barrow" (not "with", a scorer's: "won 5-0 with Litmanen scoring twice"; nor
#: "at", mostly a ground's: "beat Leeds 2-0 at Highbury").
_BEATEN_BY = frozenset({"by", "to", "over", "against"})
#: What a player does for a team named after "for": "scored for Barcelona".
_PLAYED_FOR = frozenset(
    "scored score scores played plays signed debut start appearance hat-trick goals goal "
    "try tries points rebounds assists touchdowns".split()
)
#: Team sports as wire slugs name them ("SOCCER - LIVERPOOL SIGN DEFENDER"): in their
#: stories a town is its club (see _SentenceReader._town_as_team).
_TEAM_SPORTS = frozenset(
    {
        *"soccer football cricket rugby basketball baseball hockey nfl nba nhl".split(),
        *("rugby union", "rugby league", "ice hockey", "american football"),
    }
)
#: Words only a football story uses, which make it a team sport's story as its slug would:
#: players' positions and clubs' usual last words ("Bromley striker Michael Cheek", "a win
#: at Gillingham" in a report on "Doncaster Rovers"). No "strikers": a labour strike has
#: them ("The strikers were beaten by Smith police").
_FOOTBALL_WORDS = frozenset(
    """striker midfielder midfielders goalkeeper goalkeepers winger wingers equaliser
    equalizer half-time relegation Rovers Wanderers Albion Hotspur""".split()
)
#: Words before a constituency's name: "the seat of Harrowfield and Stainmoor", "MP for
#: Kellbeck West" (as tuples to compare with a slice).
_CONSTITUENCY_CUES = frozenset(
    {("seat", "of"), ("constituency", "of"), ("ward", "of"), ("riding", "of"), ("MP", "for")}
)
_CONSTITUENCY_LINKS = frozenset(cue[1] for cue in _CONSTITUENCY_CUES)
#: Words right before "from" and the club a player leaves: "a free transfer from X".
_TRANSFER_WORDS = frozenset("transfer loan signed signing joined joins move moved".split())
#: Words before a town that keep it a place in a sports story: "in Liverpool".
_PLACE_WORDS_BEFORE_TEAMS = PLACE_PREPOSITIONS | frozenset("of to into via outside the".split())
#: Marks around a scorer and his minute in a match summary: "( Klinsmann 34 , Scholl 78 )".
_SCORERS_BEFORE = frozenset({"(", ",", ";"})
_SCORERS_AFTER = frozenset({",", ")", ";"})
#: What follows a cricket innings' runs in a scoreboard: "412-8 declared", "287 ( H. Morris
#: 102 )", "96-3 ;".
_INNINGS_ENDS = frozenset({"declared", "(", ";"})
#: A cricket match's margin: "by five wickets", "by 42 runs".
_MARGIN_UNITS = frozenset("wickets wicket runs run".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
#: How far (in tokens) past a match verb its score may come: the opponent's name between.
_MATCH_REACH = 8
#: Roles in a team that make the place before them the team: "Madrid coach Fabio Capello".
_SPORTS_ROLES = frozenset(
    "coach manager striker captain skipper goalkeeper keeper midfielder defender winger "
    "forward playmaker driver rider flanker fly-half scrum-half hooker jockey "
    # American sports: "Eagles quarterback Jalen Hurts", "Celtics guard Jrue Holiday"
    "quarterback receiver linebacker pitcher catcher shortstop outfielder infielder guard "
    "center centre "
    # cricket: "Surrey all-rounder Chris Lewis", "Lancashire batsman Neil Fairbrother"
    "all-rounder batsman bowler spinner paceman opener wicketkeeper seamer".split()
)
#: Nouns after a leader's name for what the leader heads: "the Biden administration".
_LEADERS_BODIES = frozenset("administration campaign presidency premiership era".split())
#: Nouns between a brand and the company that owns it ("Zara owner Inditex", "Google parent
#: Alphabet"): see :meth:`_SentenceReader._company_owning_brand`.
_BRAND_OWNER_NOUNS = frozenset({"owner", "parent"})
#: "sales" before "of" and a product's name (see _SentenceReader._product_line_sold).
_SALES = frozenset({("sales",), ("Sales",)})
#: Romance words for a professional body ("Ordem dos Médicos", "Ordre des avocats", "Colegio
#: de Abogados"), which open a body's name as european's institution heads do.
_PROFESSIONAL_ORDERS = frozenset({"ordem", "ordre", "ordine", "colegio", "collegio"})
#: People whose work is named after "of": "author of Lace", "composer of Tosca".
#: What the racing news says right after a horse's name and a comma: "Frankel, ridden by".
_HORSES_CLAUSES = frozenset(
    (verb, "by") for verb in "trained ridden owned bred sired saddled partnered".split()
)

#: Kinds of works whose "of" names their maker: "the songs of Andrew Lloyd Webber".
_WORKS_BY_MAKERS = WORK_NOUNS | WORK_NOUNS_PLURAL

#: Roles of the makers of works, named after "by" and a work's title: "Orbital by author
#: Samantha Harvey", "Sentimental Value by Norwegian director Joachim Trier".
_MAKERS_BY_ROLE = frozenset(
    """director filmmaker author novelist writer poet playwright artist composer sculptor
    painter singer photographer""".split()
)

#: Words right before a work's maker: "a film by Ari Aster", "novel karya Andrea Hirata",
#: "film garapan Joko Anwar", "lagu ciptaan Ismail Marzuki".
_BY_MAKERS = frozenset("by karya garapan besutan arahan ciptaan oleh".split())

_MAKERS_OF_WORKS = frozenset("author composer creator writer maker makers developer".split())
#: A body's clause before what it makes or sells: "Pellix, which makes Dormival".
_MAKERS_CLAUSES = frozenset(
    (which, verb) for which in ("which", "that") for verb in ("makes", "sells", "markets")
)
#: Two words before a game's title that make it a work, MISC ("the video game Elden Ring");
#: "game" alone may be a match ("a game Liverpool won").
_GAME_KINDS = frozenset((kind, "game") for kind in ("video", "computer", "mobile", "board"))
#: Lowercase nouns after a name that make it a spacecraft or mission, MISC: "the Juice
#: mission", "a Falcon rocket", "the Orion capsule".
_CRAFT_AFTER = frozenset(
    "mission spacecraft probe rover lander rocket capsule satellite spaceplane".split()
)
#: Last words of instruments' names, MISC: "James Webb Space Telescope".
_INSTRUMENT_TAILS = frozenset({"telescope"})
#: Showings and versions of a work named after "of": "a screening of Michael Collins".
_SHOWINGS_OF_WORKS = frozenset(
    "screening screenings premiere premieres sequel remake version adaptation translation "
    "production staging revival performance recording encore".split()
)
#: Parties' adjectives, MISC before a lowercase noun as news sets tag them ("the state's
#: Democratic governor", "a Republican spending bill").
_PARTY_ADJECTIVES = frozenset("Democratic Republican Conservative Tory".split())
#: Nouns after a place that make it an electoral district, whose name may join two places
#: with "and": "the Runcorn and Helsby seat".
_SEAT_NOUNS = frozenset({"seat", "constituency", "by-election"})
#: A legislature's chamber before its parties' members, two names: "Senate Democrats".
_CHAMBERS = frozenset({"Senate", "House"})
_PARTY_MEMBERS = frozenset({"Democrats", "Republicans"})
#: Institutions named after a person or saint with a possessive and nothing after it:
#: "Guy's Hospital", "King's College" (else a possessive ends a name: "Britain's Labour").
_POSSESSED_INSTITUTIONS = frozenset("Hospital College Cathedral Infirmary Abbey".split())
#: The "v" between the parties of a law case ("Donoghue v Stevenson").
_VERSUS = frozenset({"v", "v."})
#: Small words inside a work's title: "War and Peace", "The Ballad of Darren".
_TITLE_JOINS = frozenset({("and",), ("of",)})
#: Words in a sentence that make "A v B" a law case, not a fixture ("Arsenal v Chelsea").
_CASE_CUES = frozenset(
    "case cases court ruling ruled judgment judgement judge judges appeal appeals lawsuit "
    "precedent hearing heard".split()
)
#: Stock indices and cryptocurrencies named alone, MISC as news sets tag them ("the DAX
#: rose"; with "index" or "average" after them any name is one, see _GOODS_AFTER).
_MARKET_NAMES = frozenset(
    "DAX FTSE CAC Nikkei TOPIX Topix KOSPI Kospi SMI Sensex Nifty Stoxx Bitcoin Ethereum "
    # government bonds by their nicknames: "the September Bund future", "BTP futures"
    "Bund Bunds BUND BUNDS Bobl BTP BTPs JGB JGBs".split()
)
#: Words named with a letter after them, which may be "A": "Serie A", "Group A", "Plan A".
_LETTER_TAKERS = frozenset("serie group pool division section plan grade category".split())
#: First words of leagues that are competitions, not bodies: "Champions League", "American
#: League" (and "Major League Baseball", "National League East": see _LEAGUE_LAST_WORDS).
_COMPETITION_LEAGUES = frozenset(
    "champions premier europa conference super american national major".split()
)
#: Third words of a competition's league: its sport or its division.
_LEAGUE_LAST_WORDS = frozenset("baseball soccer east west central".split())
#: First words of a league's divisions, competitions as CoNLL tags them: "Central Division",
#: "SCOTTISH PREMIER DIVISION", "First Division" (not "Criminal Division", "Airborne Division").
_DIVISION_FIRSTS = frozenset(
    "central eastern western northern southern atlantic pacific first second third premier".split()
)
#: Event tails that name the event alone when capitalised: "the Championships" (Wimbledon),
#: "the Games", "the Olympics"; an Islamic body's congress, "Muktamar", "Munas"; Indonesia's
#: elections, "Pilkada", "Pemilu".
_EVENTS_NAMED_ALONE = frozenset(
    "championships championship premiership games olympics paralympics bundesliga muktamar "
    "munas "
    "rakernas rakornas rakerda musda muswil porprov "  # gatherings and games, by level
    "pilkada pemilu pilpres pileg "
    "oscars baftas emmys grammys grammy emmy bafta "  # prizes, named by their ceremony
    "masters "  # golf's first major: "won the Masters"
    "tour "  # cycling's: "won the Tour five times"
    "test ashes".split()  # cricket's: "the second Test", "the Ashes"
)
#: Diseases named by a capitalised word (not an acronym), MISC: "cases of Covid".
_DISEASES = frozenset("covid ebola mpox zika".split())
#: Indonesian weekdays, which name markets and the places around them ("Pasar Minggu"), and
#: their Betawi forms ("Senen", "Rebo").
_WEEKDAYS = frozenset("senin senen selasa rabu rebo kamis jumat sabtu minggu".split())
#: Lowercase words right before the name of a rite, festival, tradition or government
#: programme (MISC): "upacara Melasti", "ritual Tiwah", "tradisi Seba Baduy", "festival
#: Gandrung Sewu", "program Makan Bergizi Gratis".
#: Words that make a church named with a denomination a building still: "Gereja Kristen
#: Santo Paulus", "Gereja Katedral".
_CHURCH_BUILDING_WORDS = frozenset({"santo", "santa", "st", "st.", "katedral", "paroki"})
#: Indonesian nouns for shops before a shop's name, lowercase: "toko buku Gramedia",
#: "gerai Indomaret" (a chain's branch is named by its area: an organisation).
_SHOP_NOUNS = frozenset("toko gerai kedai swalayan minimarket".split())
#: Words between a thing and the person who owns or runs it: "toko milik Ahmad".
_OWNER_LINKS = frozenset("milik kepunyaan punya pimpinan".split())
_MISC_CUES = frozenset(
    "upacara ritual tradisi festival perayaan prosesi tarian tari program suku kesenian "
    # a batik's or a cloth's pattern: "batik Parang", "motif Kawung"
    "batik motif".split()
)
#: Chinese-Indonesian family names in the spelling the families keep ("Tjhai Chui Mie",
#: "Kwik Kian Gie", "Oei Hong Djien"): a run opening with one is a person's name.
_CHINESE_INDONESIAN_SURNAMES = frozenset(
    "Tjhai Tjia Tjoa Tjio Tjong Tjan Oei Oey Kwik Kwee Liem Liauw Njoo Thio Tio Khoe Gouw "
    "Lauw Phang Bong Auw Tan Lim Ong".split()
)
#: Words that make a city after a place's head part of its name, saying what kind of
#: place it is rather than naming it: "Masjid Agung Semarang", "Bandara Internasional
#: Lombok", "Gereja Katedral Jakarta", "Pasar Besar Malang", "Pasar Seni Sukawati".
_GENERIC_PLACE_WORDS = frozenset(
    "agung raya besar utama internasional katedral nasional kota kabupaten provinsi induk "
    "baru lama umum pusat seni tradisional".split()
)
#: Heads of institutions that are often named after one person, whose name alone elsewhere
#: is that person: "Museum Affandi" and "maestro Affandi", "Galeri Basoeki Abdullah".
_NAMESAKE_HEADS = frozenset({"museum", "galeri", "sanggar"})
#: Nouns for a member of a party or body, before it and the member's name: "politikus
#: PDI-P Ganjar Pranowo", "kader PKB Cucun Ahmad Syamsurijal".
_MEMBER_NOUNS = frozenset(
    "politikus politisi kader anggota petinggi elite elit pendiri simpatisan caleg "
    "fungsionaris".split()
)
#: Indonesian demonstratives after a noun ("pasar itu", "partai tersebut"), as 1-tuples to
#: compare with a slice of the words.
_DEMONSTRATIVES = frozenset({("itu",), ("ini",), ("tersebut",)})
#: Javanese noble titles that open a person's full name and take the title after them
#: along: "Raden Mas Said", "Raden Ayu Siti Hartinah", and the royal "Sri" of "Sri Sultan
#: Hamengku Buwono X", "Sri Paduka Paku Alam X", "Sri Paus Fransiskus".
_JAVANESE_NOBLES = frozenset({"Raden", "Sri"})
#: The names Javanese courts give their rulers, always followed by a regnal numeral, even
#: one of a single letter ("Hamengku Buwono X", "Paku Alam X", "Pakubuwono XIII").
_COURT_NAMES = frozenset(
    "Buwono Bawono Hamengkubuwono Hamengkubuwana Pakubuwono Pakubuwana Alam Pakualam "
    "Mangkunegara Mangkunagara Mangkunegoro".split()
)
#: Lowercase words before a route written as two places joined by a hyphen: "relasi
#: Gambir-Bandung", "trayek Bogor-Sukabumi".
_ROUTE_WORDS = frozenset("relasi rute jurusan trayek".split())
#: Times of day that end a train's name, for its morning or night service: "Taksaka Pagi".
_TRAIN_SERVICES = frozenset({"Pagi", "Siang", "Malam"})
#: Lowercase words after "kereta" that say a train's name follows: "kereta api Gajayana".
_TRAIN_KINDS = frozenset({"api", "cepat"})
#: Indonesia's peoples and faiths, MISC as Indonesian NER sets tag them ("masyarakat Dayak",
#: "warga Tionghoa", "umat Hindu"); not those that name a place as well ("Jawa", "Bali",
#: "Toraja", "Madura"), which the gazetteer labels.
_PEOPLES_AND_FAITHS = frozenset(
    """
    Dayak Baduy Minangkabau Minang Tionghoa Bugis Batak Betawi Sasak Mandar Osing Tengger
    Melayu Rohingya Uighur Uyghur
    Islam Kristen Katolik Protestan Hindu Buddha Konghucu Khonghucu
    """.split()
)
#: Programmes, exams and schemes the Indonesian government names by an acronym, MISC as
#: those sets tag them ("pendaftaran SNBP", "penyaluran KUR"), not bodies.
_PROGRAMME_ACRONYMS = frozenset(
    """
    SNBP SNBT UTBK SPMB PPDB PDSS TKA ANBK AKM KUR KIP KIS PKH BLT BSU MBG BPNT PIP
    """.split()
)
#: Indonesia's traditional theatre, music and dance forms, MISC alone ("menonton Reog") or
#: named with their home or kind: "Reog Ponorogo", "Wayang Kulit", "Ketoprak Mataram".
_ART_FORMS = frozenset(
    "reog wayang ketoprak ludruk jaranan jathilan sendratari kecak sintren gamelan angklung".split()
)
#: Single words that open the names of Indonesian programmes, exams, schemes and
#: gatherings (MISC): "Ujian Nasional", "Tes Kemampuan Akademik", "Kartu Indonesia
#: Pintar", "Kredit Usaha Rakyat", "Bantuan Subsidi Upah", "Muktamar NU".
_PROGRAMME_HEADS = (
    frozenset(
        "ujian tes asesmen seleksi kartu kredit bantuan konferensi muktamar musyawarah jambore "
        # games and fairs opened by "Pekan" (week), once a name word: "Pekan Olahraga Nasional"
        "pekan "
        # dances and ships, which the Indonesian NER sets tag MISC too: "Tari Saman", "KRI
        # Nanggala", "KMP Tunu Pratama Jaya", "Kapal Motor Tampomas II"
        "tari kri kmp kapal".split()
    )
    | _ART_FORMS
)
#: Words after "Program" that make it a university's study programme or school, a unit
#: of the university rather than a scheme: "Program Studi Teknik Sipil", "Program
#: Pascasarjana".
_ACADEMIC_PROGRAMME_WORDS = frozenset("studi pascasarjana magister doktor doktoral diploma".split())
#: Heads of bodies' names whose last word may be an ordinary word ("Lembaga Sensor Film",
#: "Dinas Pendidikan"): the organisation heads but the branches', whose last word names a
#: place ("Polres Sleman"). Not speech.BODY_HEADS, the heads of a body's description.
_NON_BRANCH_ORG_HEADS = ORG_HEADS - BRANCH_HEADS
#: The vehicles and devices before a brand and model (MODEL_NOUNS), as written mid-sentence
#: and opening one.
_MODEL_NOUN_FORMS = MODEL_NOUNS | {noun.capitalize() for noun in MODEL_NOUNS}
#: First and last words of the Indonesian names of UN and world bodies (see
#: _names_world_body): "Program Pangan Dunia", "Dana Moneter Internasional".
_WORLD_BODY_HEADS = frozenset({"program", "dana"})
_WORLD_BODY_TAILS = frozenset({"dunia", "sedunia", "internasional", "pbb", "bangsa-bangsa"})
#: Last words of the bodies that run a place named by its head word ("Port Authority",
#: "Lake District Board"): an organisation, though the name opens as a place.
_GOVERNING_TAILS = frozenset("authority board commission corporation council trust".split())
#: British honours written after a name or alone, MISC (not acronyms of bodies): "was
#: appointed CBE", "Sir Bobby Charlton CBE".
_HONOURS = frozenset("CBE OBE MBE KBE DBE GBE".split())
#: Stages of a tournament after its name: "the Wimbledon final", "the Masters title".
_EVENT_STAGES = frozenset(
    "final finals semi-final semi-finals semifinal semifinals quarter-final quarter-finals "
    "quarterfinal quarterfinals title".split()
)
#: Kinds of events after a name and "the": "the Weltklasse meeting" (but "a Trump meeting").
_EVENT_KINDS = frozenset("meeting meet tournament".split())
#: Last words of events named by a place (in a line in capitals): "JAPAN OPEN".
_PLACES_EVENT_TAILS = frozenset(
    "cup open prix marathon trophy championship championships games".split()
)
#: Sports named between an event's name and its kind: "the Van Damme Memorial athletics
#: meeting", "the Bislett Games athletics meet".
_EVENT_SPORTS = frozenset(
    (sport,) for sport in "athletics track golf tennis chess swimming cycling".split()
)
_EVENT_KINDS_AFTER = frozenset((kind,) for kind in _EVENT_KINDS)
#: Determiners that come before things, never before a person's name: "an Oscar
#: nomination", "its Galaxy phones".
_DETERMINERS_BEFORE_THINGS = frozenset({"a", "an", "its", "their"})
#: A leader's time in office, capitalised as style after "her" or "his" ("Her
#: Premiership ended in 1990"; see _SentenceReader._tenure_of_owner).
_TENURES = frozenset("premiership presidency chancellorship papacy".split())
#: Nouns after "his Premiership" that make it the league, as slices: "his Premiership debut".
_LEAGUE_NOUNS_AFTER = frozenset(
    (word,) for word in "debut title titles career season seasons club side goal goals".split()
)
#: Kinds of storm, whose names (after "named") are no people's: "a storm named Darragh".
_STORM_NOUNS = frozenset("storm storms typhoon hurricane cyclone tornado".split())
#: A person's owning pronouns: before a name and a kind of work, the name is the work's
#: ("her Harry Potter books", "his Bond films").
_PERSONAL_OWNERS = frozenset({"her", "his", "their", "my", "our", "your"})
#: Nouns after such a determiner and a name that make the name a site ("its Brackwell
#: plant") or a body, by what it makes ("a Gallup poll").
_SITE_NOUNS = frozenset("plant factory mine site facility refinery smelter".split())
_WORK_OF_BODIES = frozenset("poll polls survey surveys report study statement".split())
#: Abbreviated Indonesian noble titles written as part of a person's name, which would
#: otherwise pass for an organisation's acronym: "TB" (Tubagus), "RA" (Raden Ajeng).
_NOBLE_ABBREVIATIONS = frozenset({"TB", "RA"})
#: Malaysian honours before a name ("Tun", "Datuk Seri", "Dato' Sri"), and those that are
#: honours only before "Sri" ("Tan Sri", "Puan Sri"); titles, not part of the name.
_MALAYSIAN_HONOURS = frozenset({"Tun", "Datuk", "Dato", "Datin"})
_MALAYSIAN_PAIRED_HONOURS = frozenset({"Tan", "Puan"})
_MALAYSIAN_SECOND_HONOURS = frozenset({"Sri", "Seri"})
_APOSTROPHES = frozenset({"'", "’"})
_HONOUR_OPENERS = _MALAYSIAN_HONOURS | _MALAYSIAN_PAIRED_HONOURS
#: Compass adjectives, which open companies and places ("Northern Rail", "Western
#: Australia") but never a person's name.
_COMPASS_ADJECTIVES = frozenset("Northern Southern Eastern Western".split())
#: "KA" (kereta api) before a train's name: a kind of vehicle, alone no organisation.
_TRAIN_ABBREVIATIONS = frozenset({"KA"})
#: Verbs of using something, before a product written in CamelCase ("used ChatGPT").
_USE_VERBS = frozenset(
    "use uses used using menggunakan memakai pakai memanfaatkan makes made".split()
)
#: Verbs of climbing or walking round, before a mountain or lake named without a head
#: word ("climbed Helvellyn", "walked around Ullswater").
_CLIMB_VERBS = frozenset("climb climbs climbed climbing summited scaled".split())
_ROUND = frozenset({"around", "round"})
_WALK_VERBS = frozenset("walk walks walked walking hiked cycled sailed ran swam".split())
#: Words after a name that make it a team: "Germany's Telekom team".
_TEAM_AFTER = frozenset({"team", "squad"})
#: Lowercase nouns that say who a person is, opening an apposition: "Sutarmi, pedagang
#: di pasar itu, mengeluhkan"; titles count too (see _is_role_noun).
_PERSON_NOUNS = frozenset(
    """
    warga pedagang petani nelayan buruh sopir pengemudi mahasiswa siswa pelajar karyawan
    pegawai pengusaha pemilik penjual pembeli korban saksi perantau jenazah almarhum
    almarhumah mendiang terdakwa tersangka terpidana pelaku santri penumpang peserta
    resident farmer trader owner student worker driver victim witness shopkeeper
    """.split()
)
#: Honorifics before the name of a person a place or hospital is named after, lowercased:
#: "Bandara Internasional Sultan Hasanuddin", "RSUD dr. Soetomo", "Jalan KH Ahmad Dahlan".
_HONORIFICS = frozenset(
    "dr dr. prof prof. sultan jenderal jend. kh k.h. haji sunan syekh raden pangeran "
    "teuku laksamana marsekal".split()
)
#: Words between a place's or hospital's head and the person it is named after, saying
#: what kind it is: "Rumah Sakit Umum Pusat", "Bandara Internasional".
_KIND_WORDS = frozenset("sakit umum pusat daerah internasional raya agung utama".split())
#: First words of hospitals, which Indonesian news names after people ("RSUP Dr Sardjito").
_HOSPITAL_HEADS = frozenset("rumah rs rsu rsud rsup rsia rspad".split())
#: Ranks before the person a place is named after that are no titles of a rank on their
#: own ("kapten" is a team's captain too): "Stadion Kapten I Wayan Dipta".
_NAMESAKE_RANKS = frozenset({"kapten", "letnan", "mayor"})
#: Balinese birth-order and caste names, which follow the "I" that opens a man's name:
#: "I Wayan Koster", "I Gusti Ngurah Rai".
_BALINESE = frozenset(
    "Wayan Made Nyoman Ketut Putu Gede Kadek Komang Nengah Gusti Dewa Ida Luh".split()
)
#: Nouns after a name and its comma that say it is what someone is called: "Ucok,
#: sapaan akrab Rudi, …"; and the verbs of "X, begitu ia biasa disapa".
_NICKNAME_NOUNS = frozenset({("sapaan",), ("panggilan",)})
_CALLED = frozenset({"disapa", "dipanggil", "disebut"})
#: Words that open a Balinese name before a birth-order or caste name: "I Wayan Koster",
#: "Sang Made Mahendra Jaya" (elsewhere the numeral and the article "the").
_BALINESE_OPENERS = frozenset({"I", "Ni", "Sang"})
#: Title words that are common given names too: "Imam Sudjarwo" is a man, "Imam Masjid
#: Istiqlal Nasaruddin Umar" a title and a man (see _SentenceReader._given_name_not_title).
#: Ordinary Indonesian phrases written with capitals that name no one thing: the homeland.
_CAPITALISED_PHRASES = frozenset({("Tanah", "Air"), ("Ibu", "Pertiwi")})

_TITLES_AMONG_GIVEN_NAMES = frozenset({"Imam"})
#: Title words that go on a person's name after a first name ("Lukman Hakim Saifuddin",
#: "KH Abdul Hakim Mahfudz", "Ali Imam Sudrajat"): not a judge or an imam there.
_TITLES_INSIDE_NAMES = frozenset({"Hakim", "Imam"})
#: Sundanese forms of address that are Korean surnames too: "Kang Dedi" is Dedi, "Kang
#: Kyung-wha" a Korean minister (see _SentenceReader._korean_name_at).
_KOREAN_SURNAME_TITLES = frozenset(word.title() for word in SURNAME_HONORIFICS)
#: Balinese noble names that open a person's name by themselves: "Tjok Bagus Pemayun".
_BALINESE_NOBLES = frozenset("Tjok Tjokorda Cok Cokorda".split())
#: Noble titles of Indonesian peoples that open a person's full name, never a company's
#: (Javanese, Acehnese, Malay, Balinese): where one stands inside the run after a title
#: and a company, the person begins ("Direktur PT Sinar Harapan Raden Mas Joko").
_NOBLE_NAME_OPENERS = _BALINESE_NOBLES | {"Raden", "Teuku", "Tengku", "Cut"}
#: Indonesian function words written capitalised inside people's names, between two name
#: words: "Ribut Hari Wibowo" ("hari" is "day").
_FUNCTION_WORDS_IN_NAMES = frozenset({"Hari"})
#: Heads of districts, the level of an Indonesian address right below the regency:
#: "Kecamatan Paguyangan, Brebes".
_DISTRICT_HEADS = frozenset({"kecamatan", "kapanewon", "distrik"})

#: The two words that open the full names of jails, places as "Rutan" and "Lapas" are, and
#: of official residences ("Rumah Jabatan Gubernur"), though their first words open
#: organisations' names ("Rumah Sakit", "Lembaga Survei").
#: Words that open the names of headquarters, places ("Mapolres Klaten" is the police
#: station of "Polres Klaten"); not place heads, so the actors keep them apart from the
#: region named after them.
_BASES = frozenset("markas mapolda mapolres mapolresta mapolrestabes mapolsek".split())

#: Heads of a body's parts, named by their fields and then their parent body: "Fakultas
#: Hukum dan Ilmu Politik Universitas X", "Departemen Kimia dan Biologi Institut Y".
_SUBUNIT_HEADS = frozenset("fakultas departemen jurusan".split())

_JAILS = frozenset(
    {("rumah", "tahanan"), ("lembaga", "pemasyarakatan"), ("rumah", "jabatan"), ("rumah", "dinas")}
)
#: Place heads of buildings, which a body inside them names ("Gedung DPR", "Kompleks
#: Parlemen"): the name after them is no place elsewhere in the text.
_BUILDING_HEADS = frozenset({"gedung", "kompleks"})
#: Nouns for sportspeople: "Pebalap Indonesia Mario Aji" opens with one, no name.
_SPORTS_PEOPLE = frozenset(
    """
    pasangan pemain tunggal ganda pebalap pembalap petenis pegolf atlet unggulan pelari
    perenang pecatur kiper bek gelandang penyerang striker pesilat lifter karateka judoka
    pesenam pemanah penembak pendayung pebasket pevoli pesepeda
    """.split()
)
#: Lowercase nouns for a sportsperson or a side, right before a country and a player's name:
#: "pasangan China Liang Weikeng", "pemain Denmark Anders Antonsen", "tunggal putra Jepang
#: Kodai Naraoka", "asal Korea Selatan Kim Won-ho" (a place, then a person).
_PLAYER_NOUNS = _SPORTS_PEOPLE | {"wakil", "putra", "putri", "asal", "lawan", "juara", "timnas"}
#: Lowercase nouns for a side before a country and a club's name: "klub Inggris Oxford
#: United", "raksasa Italia AC Milan" (a place, then an organisation).
_CLUB_NOUNS = frozenset({"klub", "tim", "raksasa"})
#: Professions whose workplace follows "at" or "from" ("auditors from Grant Thornton",
#: "a lawyer at Clifford Chance"; see _is_role_noun for "at"), as an office-holder's
#: home town may ("councillors from Salford").
_PROFESSION_NOUNS = frozenset(
    "auditor lawyer consultant engineer banker accountant broker adviser advisor analyst "
    "economist researcher strategist scientist expert".split()
)
#: Nouns for the people of a place, right before its name: "warga Kendeng".
_RESIDENT_NOUNS = frozenset({"warga", "penduduk"})
#: Meetings and sessions, which open a run before the body that holds them: "Rapat Paripurna
#: DPR", "Sidang Tahunan MPR", "Muktamar NU". The meeting is no name; its body is.
_MEETING_WORDS = frozenset("rapat sidang muktamar musyawarah munas".split())
#: Words that say which kind of meeting, between its word and its body: "Rapat Dengar
#: Pendapat Komisi III", "Sidang Bersama DPR dan DPD", "Musyawarah Nasional Partai Golkar".
_MEETING_KINDS = frozenset(
    "paripurna tahunan pleno bersama kerja istimewa terbuka tertutup gabungan dengar pendapat "
    "umum nasional wilayah daerah luar biasa".split()
)
#: Indonesian kin words that open a sentence before the relative's name: "Istri Hasanudin"
#: is Hasanudin's wife, so the name alone is the entity (and no role of his). Not "anak",
#: which opens Balinese names ("Anak Agung Gde Agung").
_KIN_WORDS = frozenset(
    "istri suami ayah adik kakak cucu menantu mertua paman bibi keponakan".split()
)
#: Cue words before a place (a resident noun only right before it: "warga bernama Joko").
_PLACE_CUES = PLACE_CONTEXT | _RESIDENT_NOUNS
#: Roles and owners only businesses have: "Tesco's chairman", "Acme's shareholders".
_BUSINESS_ROLES = frozenset("chairman chairwoman ceo cfo shareholders shares board".split())
#: A business's chief officers, as slices of two words (a person's "chief of staff" is no
#: business's): "Klarnify's chief executive".
_CHIEF_OFFICERS = frozenset(
    ("chief", role) for role in "executive financial operating technology".split()
)
#: A business's results, after its possessive or before "at" it: "Zelvano's profit rose",
#: "revenue at Zelvano fell" (a country's are its economy's: "Japan's exports").
_BUSINESS_RESULTS = frozenset(
    "profit profits revenue revenues sales earnings turnover orders margins".split()
)
#: Printed works besides WORK_NOUNS that a house publishes: "a collection of stories
#: published by Faber and Faber".
_PRINTED_WORKS = frozenset("collection anthology stories poems essays edition".split())
#: Pronouns for anyone, which own things as names do: "Everyone's favourite".
_EVERYONE = frozenset(
    "everyone everybody someone somebody anyone anybody nobody no-one one nation world".split()
)
#: A deal's noun and the word that links it to its target, as slices: the target of a bid,
#: takeover or stake is a company ("Gencor's bid for Billiton", "the takeover of
#: Mannesmann"), and so is its maker, the name owning the deal (see _SentenceReader._deal).
_DEAL_LINKS = frozenset(
    {
        ("bid", "for"),
        ("offer", "for"),
        ("takeover", "of"),
        ("acquisition", "of"),
        ("buyout", "of"),
        ("merger", "with"),
        ("stake", "in"),
    }
)
#: The words after a name that :meth:`_SentenceReader._label` looks at first.
_CUES_AFTER = _GOODS_AFTER | _BUSINESS_ROLES
#: The Arabic article written apart before a name ("al Qaeda"), part of it when the
#: gazetteer lists the two together.
_ARABIC_ARTICLES = frozenset({"al", "el"})
#: The kinds of law that close a law's or treaty's name, written so ("Digital Services
#: Act", "Maastricht Treaty"): alone they refer back to a law named before.
_LAW_KINDS = frozenset({"Act", "Treaty", "Accord", "Accords"})
#: The words that may link a name to its field inside it (see _field_inside_name).
_FIELD_LINKS = frozenset({"on", "in"})
#: Companies the gazetteer lists (for English text) whose one-word names are Indonesian
#: words: "kering" is "dry".
_INDONESIAN_WORD_BRANDS = frozenset({"Kering", "KERING"})
#: A speech verb alone, as a slice of words.
_SAID = frozenset((verb,) for verb in SPEECH_VERBS)
#: "will" and "would" before a subject's plans, as slices of words ("Kroger would close").
_FUTURE_AUXILIARIES = frozenset({("will",), ("would",)})
#: Verbs of a business's reports that, with "its" right after them, make their one-word
#: subject a business: "Rheinmetall raised its forecast", "Hensoldt posted its best year"
#: (people's own things are "his" or "her"). No speech verb: "Putin said its troops had
#: advanced" speaks of a country's troops ("said it would" has its own weaker rule).
_REPORTING_VERBS = frozenset(
    """
    raised lifted cut lowered trimmed kept reaffirmed reported posted doubled boosted
    narrowed widened increased reduced expects forecast
    """.split()
)
#: The words after a name that :meth:`_SentenceReader._reports_its` looks further at, and
#: with "shares" and a comma :meth:`_SentenceReader._business_cue_after` (as slices).
_ITS_VERBS = _REPORTING_VERBS | {"will", "would"}
#: Words before a model whose number opens its name ("its 737 MAX", "the 787 Dreamliner").
_MODEL_OWNERS = _DETERMINERS_BEFORE_THINGS | {"the"}
#: Peers' titles, which name no one themselves before "of" and a place ("the Duke of
#: Sussex", "the Countess of Wessex").
_PEERAGES = frozenset(
    "duke duchess earl countess marquess marchioness viscount viscountess baron baroness".split()
)
#: Prepositions after which "the X" is a building or a place ("outside the Reichstag").
_ONLY_PLACES_AFTER = frozenset("outside inside near opposite beside".split())
#: A person's possessives, after a verb that follows a sentence's lone first word.
_GENDERED_OWNERS = frozenset({("his",), ("her",)})
#: Verbs by which an office speaks besides speech verbs: "Kensington Palace announced".
_STATEMENT_VERBS = frozenset("announced confirmed declined issued released".split())
_BUSINESS_CUES_AFTER = frozenset((word,) for word in _ITS_VERBS | _STOCK_WORDS | {","})
#: Verbs that may follow a sentence's subject at once (besides speech verbs and past forms).
_AUXILIARIES = frozenset("will would could can may might has had is was plans".split())
#: Prefixes of surnames written with an inner capital, so no brand: "McDonald",
#: "FitzGerald", "DeSantis", "DiMaggio", "LeBron", "VanDyke".
_SURNAME_PREFIXES = ("Mc", "Mac", "O'", "D'", "Fitz", "De", "Di", "Le", "La", "Van")
#: Titles that are also adjectives opening organisation names: "Major League", "General
#: Assembly" (but "Major Tom Hale", "General Sudirman").
_ADJECTIVE_TITLES = frozenset({"major", "general"})
#: Roman numerals after a name: a monarch's, pope's or sequel's ("Elizabeth II").
_REGNAL_NUMERALS = frozenset("II III IV VI VII VIII".split())
#: Tokens no name word that may stand inside a name (see _SentenceReader._run_end).
_INNER_MARKS = _REGNAL_NUMERALS | {"'s", "'"}
#: How "Saint" is written before a saint's name ("St Mary's Hospital").
_SAINTS = frozenset({"St", "St.", "Saint"})
_SAINTS_IN_CAPITALS = frozenset({"ST"})
#: Prepositions that end the lowercase words between a title and its name.
_TITLE_GAP_STOPS = frozenset(
    "of for to in at from by with on untuk di dari dengan ke pada dalam bagi".split()
)
#: Prepositions before the place an envoy is posted to: "Duta Besar RI untuk Malaysia",
#: "Konsul Jenderal RI di Jeddah", "Ambassador to Japan", "UN envoy for Syria".
_ENVOY_POST_PREPOSITIONS = frozenset({"untuk", "di", "to", "for"})
#: Prepositions that introduce places even before multi-word names ("at Old Trafford", "ke
#: Besuk Kobokan", "sepanjang Jalan Tol Cipali"; Indonesian says "kepada" to a person);
#: "from"/"dari" also introduce people ("a letter from Jane Doe").
_NAME_PLACE_PREPOSITIONS = frozenset({"di", "in", "at", "near", "ke", "menuju", "sepanjang"})

#: Month names that are also surnames, part of a name right after a first name.
_MONTH_SURNAMES = frozenset({"May", "June", "April", "August"})
#: The fasting month, an Indonesian surname too: "AKP Bayu Ramadhan", "Fajar Ramadan".
_RAMADAN_SURNAMES = frozenset({"Ramadhan", "Ramadan"})
#: Endings of English plurals of people ("Teachers", "Migrants", "Economists",
#: "Investors", "Politicians", "Neighbours", "Relatives"), not surnames, which rarely end so.
_PLURAL_PEOPLE_ENDINGS = ("ers", "ents", "ants", "ists", "ors", "ians", "ours", "ives")
#: Words after a month that make it the month, not a given name: "Juli lalu", "Juli ini",
#: "Juli hingga Agustus", "Juli dan Agustus".
_AFTER_MONTHS = frozenset(
    "lalu ini depan mendatang nanti kemarin tahun hingga sampai dan atau sd s.d. -".split()
)
#: Month names (and abbreviations) that are also given names before a surname.
_CALENDAR_GIVEN_NAMES = frozenset({"Jan", "May", "June", "April", "August"})
#: The one of them that opens a sentence as a given name, not as a month or a word ("Jan
#: Smit said …"; a sentence opens with "Jan." or "Jan 5" as a date, "May" as a verb).
_GIVEN_NAME_MORE_THAN_MONTH = "Jan"
#: Lowercase place nouns after a name that make it a place: "the Lachin road", "Tavush and
#: Gazakh districts"; and the people and offices of a place ("a Salford councillor").
_PLACE_NOUNS_AFTER = frozenset(
    "road highway corridor district districts region regions province provinces border "
    "river rivers valley county counties village villages town city municipality stadium "
    "residents councillor councillors councilor councilors mayor seat constituency "
    "by-election peninsula glacier volcano archipelago settlement suburb suburbs "
    # golf courses and racing circuits: "the Nippenburg course"
    "course circuit racecourse pass passes".split()
)
#: Verbs in the plural after one name: a band, team or party, never a person ("Coldplay
#: were", "Rangers have").
_PLURAL_VERBS = frozenset({"were", "are", "have"})
#: Lowercase landscape nouns after a name that make it a place even where the gazetteer
#: knows a company so named: "the Amazon rainforest", "the Congo basin".
#: Horse races named after a town or place, which "the" before the name means: "the Derby".
_RACES_AFTER_THE = frozenset({"Derby", "Oaks", "DERBY"})

#: Artists' and public figures' roles that open a sentence before a full name ("Singer
#: Grian Chatten said", "Actress Ilse Varga won", "Investor Warren Buffett"); no titles
#: elsewhere, as "the actor earned an Oscar" and the "Singer Cup" show.
_ROLES_BEFORE_NAMES = frozenset(
    "Singer Actor Actress Author Novelist Poet Rapper Comedian Artist Filmmaker Playwright "
    "Screenwriter Songwriter Photographer Investor Billionaire Entrepreneur Businessman "
    "Businesswoman Activist Campaigner Historian Designer Chef Broadcaster Architect "
    "Astronaut".split()
)
#: Social networks, which are the medium, MISC, where something is posted on them ("wrote
#: on Instagram", "a post on Truth Social"), and otherwise the companies.
_PLATFORMS = frozenset(
    "Instagram Facebook TikTok YouTube Snapchat WhatsApp Telegram Bluesky LinkedIn Reddit "
    "Weibo WeChat".split()
) | {"Truth Social"}
#: Words before "on" and a social network that make it the medium of a post.
_POSTS_ON = frozenset(
    "wrote write writes posted post posts said says message video videos statement account "
    "shared announced comment comments page channel live".split()
)

#: Venues that name the tournament played there: "a set since Wimbledon", "at Wimbledon".
_VENUES_NAMING_EVENTS = frozenset({"Wimbledon", "WIMBLEDON"})

#: First words of names that :meth:`_SentenceReader._event_or_model` reads in context.
_NAMES_READ_IN_CONTEXT = (
    _RACES_AFTER_THE
    | _VENUES_NAMING_EVENTS
    | _PARTY_MEMBERS
    | gazetteer.PRODUCT_LINES
    | frozenset(platform.split()[0] for platform in _PLATFORMS)
)

#: Prepositions that end a phrase opening a sentence before a name and a comma: "Asked
#: about Brexit, Sunak declined", "Speaking to Reuters, Jones said".
_FRONTING_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset("about to for with on after".split())

#: Companies named after a river, which is what "the" before the name means ("the Amazon").
_RIVERS_AMONG_COMPANIES = frozenset({"Amazon"})

_LANDSCAPE_AFTER = frozenset("rainforest rainforests basin delta jungle wetlands".split())
#: Words before "in" that make the name after it a publication ("published in Nature",
#: "an interview in Le Monde"), before "to" a place ("flights to Split"), before "by" a
#: company ("developed by Eisai"; a person's full name is one before this is asked), before
#: "as" a brand, before "from" a place.
_WORDS_BEFORE_PREPOSITIONS: dict[str, tuple[frozenset[str], EntityLabel]] = {
    "in": (frozenset("published article articles interview editorial column".split()), "ORG"),
    # "revenue at Zelvano", "orders at Boeing"; "her career at Vogue", "worked at Acme"
    "at": (
        _BUSINESS_RESULTS
        | frozenset("career job jobs stint internship tenure worked works working".split()),
        "ORG",
    ),
    # "works for Zelvano" (a cue only, and none for a known person: see _known_person)
    "for": (frozenset("works worked working".split()), "ORG"),
    "to": (
        frozenset(
            "flights flight trains ferries cruises trips trip routes route road climb ascent "
            "journey".split()
        ),
        "LOC",
    ),
    "by": (frozenset("developed manufactured marketed".split()), "ORG"),
    # ("sold as Nuvasta"; "a Democrat from Round Rock": a member's home)
    "as": (frozenset("sold marketed branded rebranded".split()), "MISC"),
    "from": (
        frozenset(
            "democrat republican lawmaker lawmakers legislator legislators congressman "
            "congresswoman".split()
        ),
        "LOC",
    ),
}
#: Endings of nouns that describe a company at the start of a headline or sentence
#: ("Chipmaker Acme Semiconductor", "Automaker X", "Drugmaker Y"); ORG_CONTEXT lists whole
#: words of this kind ("Lender", "Retailer").
_BUSINESS_DESCRIPTOR_ENDINGS = ("maker", "makers")

#: Last parts of web addresses that name news sites: "KOMPAS.com", "Bisnis.com", "Tempo.co".
_WEB_ENDINGS = frozenset("com co id net org news".split())
#: Legal forms written in brackets inside a company name: "PT Bank Mandiri (Persero) Tbk".
_BRACKETED_LEGAL_FORMS = frozenset({"Persero"})
#: Legal forms written after an Indonesian company's name: "PT Bukit Asam Tbk".
_LEGAL_FORMS_AFTER = frozenset({"Tbk", "Tbk.", "TBK"})
#: Indonesian legal forms written before a business's name: "PT Pindad", "CV Mitra Abadi".
_COMPANY_FORMS = frozenset({"PT", "CV"})
#: Dashes that end a dateline ("JAKARTA, Bisnis.com -", "SAN JOSE (AP) —").
_DASHES = frozenset({"-", "—", "–"})
#: What may follow a dateline's place: "SLEMAN, …", "JAKARTA (Reuters)", "BANDUNG -".
_DATELINE_PLACE_ENDS = frozenset({",", "("}) | _DASHES
#: How far (in tokens) past the place a dateline's dash may come.
_DATELINE_REACH = 8

#: Indonesian function words that are English names or parts of them: "Dan" in an English
#: text is Dan, "Di" in "Paolo Di Canio" a surname's particle.
_ENGLISH_NAMES_AMONG_FUNCTION_WORDS = frozenset({"Dan", "Ada", "Di", "Salah"})


def _holiday_firsts(holidays: frozenset[str]) -> frozenset[str]:
    """Words that open a holiday's name as a text writes them ("Christmas", "RAMADAN"): a
    sentence without one has no holiday to look for."""
    return frozenset(
        form
        for first in {name.split()[0] for name in holidays}
        for form in (first[:1].upper() + first[1:], first.upper())
    )


#: The holidays of each language, and the words that open them (see :func:`_holiday_firsts`).
_HOLIDAYS = {True: HOLIDAYS, False: INDONESIAN_HOLIDAYS}
#: "HUT" (Hari Ulang Tahun), which opens an anniversary's name: "HUT Bhayangkara", "HUT RI"
#: (see _SentenceReader._commemoration); Indonesian text looks for it as for a holiday.
_ANNIVERSARY_OPENERS = frozenset({"HUT"})
_HOLIDAY_FIRSTS = {
    True: _holiday_firsts(HOLIDAYS),
    False: _holiday_firsts(INDONESIAN_HOLIDAYS) | _ANNIVERSARY_OPENERS,
}
#: Longest holiday name, in tokens ("New Year 's Eve", "Martin Luther King Day").
_HOLIDAY_WORDS = 4
#: "Hari" as it opens a commemoration day's name (see COMMEMORATION_WORDS).
_DAY_OPENERS = frozenset({"Hari", "HARI"})
#: Indonesian common nouns that open a body's name (they are in ORG_HEADS) only before a
#: word saying which kind of body (lowercase): "Pimpinan" before the level of a mass
#: organisation's branch ("Pimpinan Cabang Muhammadiyah Kartasura"; but "Pimpinan KPK", the
#: leaders of KPK), "Kelompok" before what its members do ("Kelompok Tani Makmur Jaya",
#: "Kelompok Wanita Tani Melati"; but "Kelompok Abu Sayyaf", a group named Abu Sayyaf).
_BODY_OPENERS = {
    "Pimpinan": frozenset({"pusat", "wilayah", "daerah", "cabang", "ranting"}),
    # "Pengurus Yayasan X": the foundation's board; "Pengurus Besar NU" is the body itself
    "Pengurus": frozenset({"pusat", "wilayah", "daerah", "cabang", "ranting", "besar"}),
    "Kelompok": frozenset(
        "tani nelayan wanita ternak peternak pembudidaya usaha kerja sadar swadaya "
        "informasi belajar kriminal".split()
    ),
}
#: News agencies whose names are function words: "DENPASAR, Antara -" (see
#: _SentenceReader._read_dateline_outlet).
_OUTLETS_AMONG_FUNCTION_WORDS = frozenset({"Antara"})
#: Indonesian common words ("day", "week") that open names when capitalised before a name
#: word: "Hari Wiratmoko" (a man), "Pekan Olahraga Nasional" (games); see
#: _SentenceReader._read_common_word_openers.
_COMMON_WORD_OPENERS = frozenset({"Hari", "Pekan"})
#: Words after "Hari" that make it a day's name, not a man's: commemoration words and the
#: second words of holidays ("Hari Raya Nyepi", "Hari Natal").
_DAY_SECOND_WORDS = COMMEMORATION_WORDS | frozenset(
    name.split()[1] for name in INDONESIAN_HOLIDAYS if name.startswith("hari ")
)
#: First words of gatherings and contests named by their level (see _GATHERING_LEVELS),
#: MISC: "Rapat Kerja Nasional", "Lomba Cerdas Cermat Nasional".
_GATHERING_HEADS = frozenset({"rapat", "lomba"})
#: Level words that end the names of Indonesian games and gatherings held at each level of
#: government: "Pekan Olahraga Nasional", "Rapat Kerja Daerah", "Musyawarah Wilayah".
_GATHERING_LEVELS = COMMEMORATION_TAILS | frozenset({"provinsi", "daerah", "wilayah", "cabang"})

_NON_SPACE = re.compile(r"\S+")
_CURRENCY_SIGNS = frozenset("$€£¥₹₩")

#: How sure a label is: evidence chose it, a weak contextual cue did, or nothing did.
STRONG, CUED, DEFAULT = 2, 1, 0
#: The labels of a body and of the place it is named for (see :func:`_read_in_place`).
_BODY_OR_PLACE: frozenset[str] = frozenset({"ORG", "LOC"})
#: Surer still, so that the label holds wherever the text repeats the words: a town named
#: as a team in a line of results ("Derby 2 Aston Villa 1") is the club throughout the report
#: ("earned Derby a win", "Newcastle manager"); an acronym defined in brackets ("Indeks Harga
#: Saham Gabungan (IHSG)") has the label of its definition throughout, and initials after
#: "berinisial" are that person's wherever they come back ("berinisial RF", "RF melawan").
DEFINED = 3


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


class _DocContext:
    """Document-wide facts the per-sentence rules consult."""

    def __init__(self, doc: Doc) -> None:
        mid_capitalised: set[str] = set()  # first words of names after a title
        run_ends: set[str] = set()  # first and last words of runs of capitalised words
        body_ends: set[str] = set()  # last words of bodies' names ("Lembaga Sensor Film")
        known: dict[tuple[str, ...], EntityLabel] = {}
        counted: list[str] = []  # the capitalised words outside sentence starts
        runs: set[tuple[str, ...]] = set()
        run_starts: set[str] = set()
        opening_firsts: set[str] = set()
        lone_openers: set[str] = set()
        lone_speakers: set[str] = set()
        name_months: set[str] = set()
        royal_months: set[tuple[str, str]] = set()  # ("Raja", "Juli") of "Raja Juli Antoni"
        english = doc.lang == "en"
        #: The sentences, each read as it looks (its capitals, its starts) at once.
        self.readers = [_SentenceReader(doc.text, sent, self) for sent in doc.sentences]
        for reader in self.readers:
            words, caps, bits = reader.words, reader.capitalised, reader.bits
            headline, initial = reader.headline, reader.initial
            n = len(words)
            # Each run of capitalised words [i, k). Only its first word may start the
            # sentence or a quotation (a mark opens them, and no mark is capitalised).
            k = 0  # end of the last run
            for i in itertools.compress(range(n), caps):
                if i < k:
                    continue  # inside the run already read
                k = i + 1
                while k < n and caps[k]:
                    k += 1
                if headline:
                    # In a Title Case Headline every word is capitalised: no evidence.
                    first = k
                elif i not in initial:
                    first = i
                    runs.add(words[i:k])  # a whole run, as written mid-sentence
                    run_starts.add(words[i])
                else:
                    first = i + 1
                    if 2 < k - i <= 4 and words[i].lower() in NOUNS_BEFORE_NAMES:
                        opening_firsts.add(words[i + 1])  # "Baim" of "Artis Baim Wong"
                    elif 1 < k - i <= 3 and _may_be_given_name(words[i], bits[i]):
                        opening_firsts.add(words[i])  # "Muhyiddin" of "Muhyiddin Yassin hadir"
                    elif k - i == 1:
                        lone_openers.add(words[i])  # "Mochtar" of "Mochtar akan banding"
                if k - i > 2 and not headline:
                    # "Juli" of "Raja Juli Antoni": a month inside a name
                    name_months.update(
                        w for w in words[i + 1 : k - 1] if w.lower() in CALENDAR_WORDS
                    )
                    royal_months.update(
                        (w, m)
                        for w, m in zip(words[i : k - 2], words[i + 1 : k - 1], strict=True)
                        if w in ROYAL_GIVEN_NAMES and m.lower() in CALENDAR_WORDS
                    )
                if k - i == 1 and not headline and _speech_verb_beside(words, i, k):
                    lone_speakers.add(words[i])  # "Hotman mengatakan", "kata Hotman"
                if english and i > 1 and words[i - 1] in _CONSTITUENCY_LINKS:
                    _learn_constituency(words, caps, i, k, known)
                if k - i > 2 and bits[i] & _TITLE_START:
                    # "Presiden Prabowo Subianto": the name's first word is a name's start
                    # too, so "Prabowo belum berkomentar" opens a sentence with a name.
                    t_end = match_title(words, i)
                    if i < t_end < k - 1:
                        mid_capitalised.add(words[t_end])
                if first < k:
                    counted.extend(words[first:k])
                    # Run starts and ends ("Donald", "Trump") but not the middle of a
                    # multi-word name ("Air" in "Sungai Air Lemau").
                    if first == i:
                        run_ends.add(words[i])
                    run_ends.add(words[k - 1])
                    if (
                        k - i > 1
                        and bits[i] & _HEAD_WORD
                        and words[i].lower() in _NON_BRANCH_ORG_HEADS
                    ):
                        body_ends.add(words[k - 1])
                if k - i > 1 and not headline:
                    # (A Title Case headline capitalises every word: "Bahas Koalisi Pilkada
                    # Jakarta" has no head word "Koalisi" before a body's name.)
                    _learn_head_names(words, bits, i, k, english, known)
        #: Every word of the text as written (see :meth:`written_in_lowercase`), gathered
        #: by one C-level call.
        self.words_seen: set[str] = set().union(*(reader.words for reader in self.readers))
        # "Acme's" shows "Acme".
        possessives = set(filter(_is_possessive, run_ends))
        run_ends.difference_update(possessives)
        run_ends.update([word[:-2] for word in possessives])
        self.mid_capitalised = mid_capitalised | run_ends
        #: Last words of the names of bodies ("Film" of "Lembaga Sensor Film"): when the
        #: text also writes one in small letters, it is an ordinary word in the name.
        self.body_ends = body_ends
        #: Names opening with a royal title that a sentence read so far gave a regional head
        #: ("Ratu", "Dewa" of "Wali Kota Palembang Ratu Dewa"): names there on.
        #: (A royal title before a month inside a longer name is one at once: "Raja Juli
        #: menegaskan" may come before "Menteri Kehutanan Raja Juli Antoni".)
        self.royal_given_names: set[tuple[str, str]] = royal_months
        #: First words of the full names a sentence read so far split off an office after
        #: a title ("Dadan" of "Kepala Badan Gizi Nasional Dadan Hindayana"): a sentence
        #: opening with one alone names that person ("Dadan juga meninjau …").
        self.office_holder_firsts: set[str] = set()
        #: Names that followed a place or organisation head word somewhere in the text, with
        #: the label the head gives them ("Rejang Lestari" → LOC).
        self.known = known
        #: How often each word is written capitalised (outside sentence starts).
        self.cap_counts = Counter(counted)
        #: Runs of capitalised words written mid-sentence ("Persija", "Donald Trump").
        self.runs = runs
        #: First words of those runs.
        self.run_starts = run_starts
        #: First words of runs of two or three words opening a sentence: a lone word
        #: opening another ("Muhyiddin didakwa") is that name's short form, unless the text
        #: writes it in small letters too.
        self.opening_firsts = opening_firsts
        #: Words opening a sentence alone, capitalised only as its start ("Mochtar akan
        #: banding", but also "Sementara itu").
        self.lone_openers = lone_openers
        #: Words that speak alone, a speech verb right before or after them ("Hotman
        #: mengatakan", "kata Hotman"): mostly people's short names.
        self.lone_speakers = lone_speakers
        #: Months written inside a run of names between two other words ("Juli" of "Raja
        #: Juli Antoni"): given names in this text (see _SentenceReader._month_given_name).
        self.name_months = name_months
        #: Their beginnings of two words or more ("Gemilang Tekstil" of "Gemilang Tekstil
        #: Utama Tbk"), which often stand for the whole.
        self.known_prefixes = {name[:k] for name in known for k in range(2, len(name) + 1)}
        self._tagged: bool | None = None
        self._written_names: dict[tuple[str, ...], tuple[str, ...]] | None = None
        self._surnames: frozenset[str] | None = None
        self.english = english
        #: Whether the text is Indonesian (the rules for non-English text serve the European
        #: languages too, before their own corrections; a few are Indonesian only).
        self.indonesian = doc.lang == "id"
        #: The holidays the text's language names (see HOLIDAYS, INDONESIAN_HOLIDAYS) and
        #: the words that open them; whether the text may name one, by its words.
        self.holiday_names = _HOLIDAYS[english]
        self.holiday_firsts = _HOLIDAY_FIRSTS[english]
        self.holidays = not self.holiday_firsts.isdisjoint(self.words_seen)
        #: Whether the text is a team sport's story, by a wire slug ("SOCCER - ...") or a
        #: word only football stories use (see _FOOTBALL_WORDS).
        self.team_sport = english and (
            _team_sport_slug(self.readers[0].words)
            or not _FOOTBALL_WORDS.isdisjoint(self.words_seen)
        )
        #: Whether an Indonesian text may name a Sasak nobleman ("Lalu Muhammad").
        self.sasak_names = not english and "Lalu" in self.words_seen
        #: Whether an Indonesian text has a capitalised "Hari" or "Pekan", which may open a
        #: man's name or a games' name (see _SentenceReader._read_common_word_openers).
        self.common_word_openers = not english and not _COMMON_WORD_OPENERS.isdisjoint(
            self.words_seen
        )
        #: Whether the text may list people's initials ("berinisial RW") or, in Indonesian,
        #: quote a work's title after "berjudul" (see _with_cued_initials, _with_quoted_titles).
        self.initials_cues = not PERSON_CONTEXT.isdisjoint(self.words_seen)
        self.title_cues = not english and not _TITLE_CUES.isdisjoint(self.words_seen)
        #: Whether an English text writes "Dan" or "Ada" mid-sentence, as a name (or "Dan"
        #: anywhere: in English it is no "and", even after a list's dash: "1 - Dan Crowley").
        self.english_function_word_names = self.english and (
            "Dan" in self.words_seen
            or not _ENGLISH_NAMES_AMONG_FUNCTION_WORDS.isdisjoint(self.cap_counts)
        )

    def written_in_lowercase(self, word: str) -> bool:
        """Does the text write ``word`` in small letters somewhere ("pejabat" for
        "Pejabat"), so that it is an ordinary word?"""
        low = word.lower()
        return low[:1].islower() and low in self.words_seen

    def tagged(self) -> bool:
        """Whether the backend tagged parts of speech (the built-in one only marks numbers
        and punctuation), by the first five sentences. Worked out when first asked (only a
        run opening a sentence with no other evidence asks)."""
        if self._tagged is None:
            self._tagged = not _UNTAGGED.issuperset(
                {token.upos for reader in self.readers[:5] for token in reader.toks}
            )
        return self._tagged

    def surnames(self) -> frozenset[str]:
        """Last words of the runs written mid-sentence that open with a given name ("Harris"
        of "Kamala Harris"): a person's surname, a name wherever a headline has it alone.
        A last word that ends bodies or places ("Grace Church", "Morgan Park") is none.
        Worked out when first asked (headlines and a sports story's opponents ask)."""
        if self._surnames is None:
            # (A title may open the run: "President Donald Trump", "U.S. President Joe Biden".)
            self._surnames = frozenset(
                run[-1]
                for run in self.runs
                if len(run) > 1
                and ((len(run) <= 3 and run[0] in GIVEN_NAMES) or run[-2] in GIVEN_NAMES)
                and run[-1].lower() not in _NAME_TAILS
            )
        return self._surnames

    def written_names(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Names of two to four words the text writes in small letters, capitalised words
        with a particle between them maybe ("U.S. Open", "Tour de France"), keyed by their
        lowercased words (and by their last word alone): what a line in capitals may name.
        Worked out when first asked (only lines in capitals ask)."""
        if self._written_names is None:
            self._written_names = {}
            for reader in self.readers:
                if not reader.shouting:
                    self._add_written_names(reader)
        return self._written_names

    def _add_written_names(self, reader: _SentenceReader) -> None:
        words, caps, n = reader.words, reader.caps, reader.n
        names = self._written_names
        assert names is not None
        lowered = [w.lower() for w in words]
        for i in itertools.compress(range(n - 1), caps):
            if not caps[i + 1] and lowered[i + 1] not in NAME_PARTICLES:
                continue  # the usual case: a name of one word
            if _is_possessive(words[i]):
                continue  # "Britain's" of "Britain's Damon Hill" owns the name after it
            for j in range(i + 1, min(i + 4, n)):
                if caps[j]:
                    name = words[i : j + 1]
                    names[tuple(lowered[i : j + 1])] = name
                    # Its last word alone may stand for it: "FOREST", "Nottingham Forest".
                    names.setdefault((lowered[j],), name)
                elif lowered[j] not in NAME_PARTICLES:
                    break


def _speech_verb_beside(words: tuple[str, ...], i: int, k: int) -> bool:
    """Does a speech verb stand right before or after the run ``words[i:k]``?"""
    return (k < len(words) and words[k] in SPEECH_VERBS) or (i > 0 and words[i - 1] in SPEECH_VERBS)


def _learn_constituency(
    words: tuple[str, ...], caps: bytes, i: int, k: int, known: dict[tuple[str, ...], EntityLabel]
) -> None:
    """After "the seat of" or "MP for", the capitalised run ``[i, k)`` names a
    constituency, a place, maybe of two parts joined by "and" ("Harrowfield and
    Stainmoor"): learn it, so that it is one place wherever the text names it."""
    if words[i - 2 : i] not in _CONSTITUENCY_CUES:
        return
    n = len(words)
    if k + 1 < n and words[k] == "and" and caps[k + 1]:
        k += 2
        while k < n and caps[k]:
            k += 1
    known[words[i:k]] = "LOC"


def _learn_head_names(
    words: tuple[str, ...],
    bits: bytes,
    i: int,
    k: int,
    english: bool,
    known: dict[tuple[str, ...], EntityLabel],
) -> None:
    """Learn the names after the place and organisation head words (see _HEAD_WORD in
    ``bits``) inside the capitalised run ``[i, k)``: "Kabupaten Rejang Lestari" makes
    "Rejang Lestari" a known name, a place, and "Polres Sleman" a place "Sleman"."""
    # (A head word needs a name after it, of at most _MAX_NAME_WORDS words.)
    for j in range(max(i, k - 1 - _MAX_NAME_WORDS), k - 1):
        if not bits[j] & _HEAD_WORD:
            continue
        word = words[j]
        low = word.lower()
        if (
            (english and word in _GIVEN_NAMES_AMONG_HEADS)  # "Tim Henman"
            # "Speaker of the House Mike Johnson": an English body's head word then a given
            # name and more is the end of a title and its holder, no body named after it
            or (english and k - j > 2 and words[j + 1] in GIVEN_NAMES)
            or low in _BUILDING_HEADS  # "Gedung DPR": no place "DPR"
            or (k - j == 2 and low in _NAMESAKE_HEADS)  # "Museum Affandi": the painter too
        ):
            continue
        if j > i and low in TITLE_EXTENSIONS and _portfolio_before(words[j - 1]):
            # "Menteri Sekretaris Negara Prasetyo Hadi", "Menteri Desa Yandri Susanto": the
            # title's portfolio, no place (but "Kepala Desa Sakra" heads a village)
            continue
        place = low in PLACE_HEADS or low in BRANCH_HEADS
        known[words[j + 1 : k]] = "LOC" if place else "ORG"
        if not place and k - j > 3 and words[k - 1] in _LEGAL_FORMS_AFTER:
            # "PT Bukit Asam Tbk": the company is also "Bukit Asam".
            known[words[j + 1 : k - 1]] = "ORG"


def _portfolio_before(word: str) -> bool:
    """Is ``word`` a title's head or portfolio word after which a head word names the
    portfolio ("Menteri Desa", "Sekretaris Negara"), not the unit a "Kepala" heads?"""
    low = word.lower()
    return low in TITLE_EXTENSIONS or (low in TITLE_HEADS and low != "kepala")


def _team_sport_slug(words: tuple[str, ...]) -> bool:
    """Does a line open with a team sport's wire slug: "SOCCER -", "RUGBY UNION -"?"""
    k = _index(words[:3], "-", 1)
    return k > 0 and " ".join(words[:k]).lower() in _TEAM_SPORTS


def find_entities(doc: Doc) -> list[Entity]:
    """Return the named entities of ``doc``, sorted and non-overlapping."""
    if not doc.sentences:
        return []
    ctx = _DocContext(doc)
    candidates: list[_Candidate] = []
    headlines: list[tuple[_SentenceReader, int, int]] = []
    for reader in ctx.readers:
        found = reader.candidates()
        if reader.headline and not reader.shouting:
            headlines.append((reader, len(candidates), len(candidates) + len(found)))
        candidates.extend(found)
    if headlines:
        candidates = _with_headline_names_from_text(ctx, headlines, candidates)
    if doc.ner:
        candidates = _with_backend_ner(doc, candidates)
    elif doc.lang in european.LANGUAGES:
        candidates = _european_refined(doc, candidates)
    _harmonise(candidates)
    if not _SPLIT_WEB_ENDINGS.isdisjoint(ctx.words_seen):
        candidates = _joined_web_addresses(doc.text, candidates)
    common = _acronyms_of_common_nouns(ctx.readers) if "(" in ctx.words_seen else set()
    named = [c for c in candidates if c.words not in common] if common else candidates
    return _non_overlapping(doc.text, named)


def _with_headline_names_from_text(
    ctx: _DocContext,
    headlines: list[tuple[_SentenceReader, int, int]],
    candidates: list[_Candidate],
) -> list[_Candidate]:
    """``candidates`` with each name of two words or more that the text below a Title Case
    headline finds (or names after a head word) taken whole, with its label, where the
    headline writes it: "Sri Sultan Hamengku Buwono X Minta …", "Museum Batik Pekalongan
    Gelar …", "… di Si Jalak Harupat". A headline's words carry no capitals as evidence, so
    its own reading splits or mislabels such names ("Koalisi Pilkada Jakarta"); the text's
    reading of them is surer. A headline candidate that holds more than the name stays.
    A person's first names count as the headline's subject before its verb ("Ni Luh Putu
    Ary Pertahankan …" over "Ni Luh Putu Ary Pratiwi")."""
    in_headline = {i for _, lo, hi in headlines for i in range(lo, hi)}
    names: dict[str, dict[tuple[str, ...], EntityLabel]] = {}
    full: set[tuple[str, ...]] = set()
    first_names: set[tuple[str, ...]] = set()
    for i, c in enumerate(candidates):
        if len(c.words) > 1 and (c.strength >= CUED or c.label == "PER") and i not in in_headline:
            names.setdefault(c.words[0], {}).setdefault(c.words, c.label)
            full.add(c.words)
            if len(c.words) > 2 and c.words[-1].isdigit():
                # "Festival Danau Toba 2025": the headline leaves the year out
                names[c.words[0]].setdefault(c.words[:-1], c.label)
            elif len(c.words) > 2 and c.label == "PER":
                for j in range(2, len(c.words)):
                    names[c.words[0]].setdefault(c.words[:j], "PER")
                    first_names.add(c.words[:j])
    first_names -= full
    seen = ctx.cap_counts.keys()  # (a headline learns names after its own head words)
    for words, label in ctx.known.items():
        if len(words) > 1 and seen >= set(words):
            names.setdefault(words[0], {}).setdefault(words, label)
    if not names:
        return candidates
    replaced: dict[int, list[_Candidate]] = {}
    for reader, lo, hi in headlines:
        words, k = reader.words, 0
        own = candidates[lo:hi]
        while k < reader.n:
            m = max(
                (
                    len(name)
                    for name in names.get(words[k], ())
                    if words[k : k + len(name)] == name
                    and (name not in first_names or reader._verb_after_subject(k + len(name)))
                ),
                default=0,
            )
            if not m:
                k += 1
                continue
            found = reader._make(k, k + m, names[words[k]][words[k : k + m]], STRONG)
            if not any(_holds_more(c, found) for c in own):
                own = [c for c in own if not _overlaps(c, found)]
                own.append(found)
                own.sort(key=_START)
                replaced[lo] = own
            k += m
    if not replaced:
        return candidates
    out: list[_Candidate] = []
    pos = 0
    for _, lo, hi in headlines:
        out.extend(candidates[pos:lo])
        out.extend(replaced.get(lo, candidates[lo:hi]))
        pos = hi
    out.extend(candidates[pos:])
    return out


def _european_refined(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """The candidates of a German, French, Spanish, Italian, Portuguese or Dutch text,
    corrected by that language's rules (see :mod:`reader.analysis.european`)."""
    return european.refine(doc.text, doc.lang, candidates)


#: Web endings as a token of their own, as the sentence splitter leaves them ("CO" of
#: "TEMPO.CO"): written in small letters, capitals or Title Case.
_SPLIT_WEB_ENDINGS = frozenset(
    form for end in _WEB_ENDINGS for form in (end, end.upper(), end.title())
)


def _joined_web_addresses(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """A news site's address split by the sentence splitter ("TEMPO." "CO, Jakarta -")
    made whole again: the name, "." and a web ending with no space between."""
    out: list[_Candidate] = []
    for c in candidates:
        last = out[-1] if out else None
        if (
            last is not None
            and c.start == last.end + 1
            and text[last.end] == "."
            and len(c.words) == 1
            and c.words[0].lower() in _WEB_ENDINGS
        ):
            last.end, last.words = c.end, (*last.words, ".", c.words[0])
            last.label, last.strength = "ORG", STRONG
            continue
        out.append(c)
    return out


def _acronyms_of_common_nouns(readers: list[_SentenceReader]) -> set[tuple[str]]:
    """Acronyms the text defines by ordinary lowercase words ("demam berdarah dengue
    (DBD)", "bahan bakar minyak (BBM)"): common nouns, never names."""
    found: set[tuple[str]] = set()
    for reader in readers:
        words = reader.words
        if "(" not in words:
            continue
        j = 0
        while (j := _index(words, "(", j + 1)) and j + 2 < reader.n:
            short = words[j + 1]
            if words[j + 2] == ")" and _is_acronym(short):
                spelt = [w for w in words[max(0, j - 8) : j] if w not in _PORTFOLIO_LINKS]
                spelt = spelt[-len(short) :]
                if (
                    len(spelt) == len(short)
                    and all(w.isalpha() and w.islower() for w in spelt)
                    and "".join(w[0] for w in spelt) == short.lower()
                ):
                    found.add((short,))
    return found


def _index(words: tuple[str, ...], word: str, start: int) -> int:
    """Index of ``word`` in ``words`` from ``start`` on, or 0 if none."""
    try:
        return words.index(word, start)
    except ValueError:
        return 0


#: A Roman numeral that numbers a body or a building: "Komisi X", "Gedung Nusantara I"
#: (an English "Room X" or "Plan B" stays as the words before it say).
_ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")
#: An age group ending a team's or tournament's name, or after a country naming its national
#: side: "Timnas U-23", "Piala AFF U-19", "Indonesia U-23".
_AGE_GROUP = re.compile(r"U-\d\d")
#: Faiths' adjectives that are given names too: before a surname alone, not a believer but
#: a person's first name ("Christian Eriksen"; news writes "Christian activist Ana Lee").
_GIVEN_NAMES_AMONG_FAITHS = frozenset({"Christian"})
#: German and French "and", which join the two names of one work's title in English copy.
_FOREIGN_ANDS = frozenset({"und", "et"})
#: Country codes that open the names of clubs in English copy ("AS Roma", "US Lecce").
_CLUB_PREFIX_CODES = frozenset({"AS", "US"})
#: A quarter or half of a year, as Indonesian business news writes it: "III-2026", "I/2025".
_QUARTER = re.compile(r"[IV]{1,3}[-/]\d{4}")

_BRACKETED_AGE = re.compile(r" ?\(\d{1,2}\)")

#: The parts of an Indonesian number plate: region, number, letters ("DK 1234 AB").
_PLATE_REGION = re.compile(r"[A-Z]{1,2}")
_PLATE_LETTERS = re.compile(r"[A-Z]{1,3}")
_PLATE_NUMBER = re.compile(r"\d{1,4}")
#: Words just before a number plate ("nopol B 12 XY", "pelat nomor", "nomor polisi").
_PLATE_CUES = frozenset("nopol pelat plat bernopol polisi".split())

_SEASON = re.compile(r"(?:19|20)\d\d/(?:\d\d|(?:19|20)\d\d)")


def _is_short_title(text: str, sent: SentenceTokens, words: tuple[str, ...]) -> bool:
    """Is ``sent`` a short Title Case title: the text's first line, standing alone, with at
    least two of its words written in small letters elsewhere ("Harga Beras Naik" over a text
    that writes "harga" and "naik")? Short titles are common in news, but three capitalised
    words standing alone are as often a name ("Siti Nurbaya Bakar" over a biography), unless
    the second is a headline's verb (see :func:`_verb_second`)."""
    if text[: sent.start].strip() or text[sent.end : sent.end + 1] not in ("\n", ""):
        return False
    if _verb_second(words):
        return True  # "Ministers Back Plan", "Vaksinasi Dimulai Serentak"
    rest = text[sent.end :]
    lowercase = sum(
        1 for w in words if w.isalpha() and re.search(rf"\b{re.escape(w.lower())}\b", rest)
    )
    return lowercase >= 2


def _title_case_with_small_words(words: tuple[str, ...], capital: int) -> bool:
    """Is a line of three capitalised words or more Title Case, every word capitalised but
    small function words ("United Nations Warns of Famine in Gaza", "Apple Unveils New
    iPhone at Cupertino Event")? A sentence has lowercase words of other kinds too. (Only
    asked of lines that end without a full stop.)"""
    if capital < 3:
        return False
    # (A word with a capital anywhere counts as capitalised: "iPhone".)
    return all(w in FUNCTION_WORDS or not w.islower() for w in words if w[:1].isalpha())


def _verb_second(words: tuple[str, ...]) -> bool:
    """Is the second of two or three words a headline's verb, in either language
    ("Ministers Back Plan", "Vaksinasi Dimulai Serentak", "Markets React")? A name's second
    word seldom is ("Siti Nurbaya Bakar" has its verb-like word last)."""
    if len(words) not in (2, 3) or words[1] in GIVEN_NAMES:
        return False
    nxt = words[2] if len(words) == 3 else ""
    return (
        headline_verb_strength(words[1], "id") == 2
        or headline_verb_strength(words[1], "en", words[0], nxt) == 2
    )


def _is_subhead(text: str, sent: SentenceTokens, words: tuple[str, ...]) -> bool:
    """Is ``sent`` a subhead of two or three words: a line of its own after the text's first
    line, with its verb second ("Markets React") or a word the text writes in small letters
    ("Tanggapan Ibu" over "ibu korban")? Without either a short line is as often a name: a
    byline, a caption ("Sarah Jones")."""
    before = text[: sent.start].rstrip(" \t")
    if not before or before[-1] != "\n" or text[sent.end : sent.end + 1] not in ("\n", ""):
        return False
    if _verb_second(words):
        return True  # "Markets React", "Warga Mengungsi"
    lows = [w.lower() for w in words if w.isalpha()]
    return any(low in text and re.search(rf"\b{re.escape(low)}\b", text) for low in lows)


class _SentenceReader:
    """Finds candidate names in one sentence (steps 1 and 2 of the module docstring)."""

    def __init__(self, text: str, sent: SentenceTokens, ctx: _DocContext) -> None:
        """Read what the sentence looks like; the document context ``ctx`` is gathered from
        all the sentences' readers before any of them looks for names."""
        self.text = text
        self.toks: list[Token] = sent.tokens
        #: The words, a tuple, so that a slice of it is a name's words as they are kept.
        self.words = words = tuple([t.text for t in sent.tokens])
        #: What each word is (see :func:`_word_bits`), one byte per word.
        self.bits = bits = bytes(map(_WORD_BITS.__getitem__, words))
        self.ctx = ctx
        self.n = len(words)
        #: Whether each word may be (part of) a name, 1 or 0 (see :func:`_is_name_word`).
        self.caps = bits.translate(_FLAG_TABLES[_NAME_WORD])
        #: Whether each word starts with a capital letter, 1 or 0.
        self.capitalised = capitalised = bits.translate(_FLAG_TABLES[_CAPITALISED])
        #: Indexes where capitals prove nothing (sentence or quotation starts).
        self.initial = _initial_positions(bits)
        alpha = bits.translate(_FLAG_TABLES[_ALPHA_FIRST]).count(1)
        capital = capitalised.count(1)
        #: A line in capitals ("JAPAN GET LUCKY WIN"): every word looks like an acronym.
        self.shouting = False
        if alpha >= 4 and capital > 0.75 * alpha:
            # Words in capitals that start with a letter (never more than the capitalised).
            upper = sum(1 for w in words if w[:1].isalpha() and w.isupper())
            self.shouting = upper > 0.75 * alpha
        #: A Title Case Headline (most words capitalised and no full stop at the end: a
        #: sentence full of names has one), so capitals prove nothing; or a shouting line.
        #: (A line of names with their countries in brackets is a list, not a headline.)
        self.headline = self.shouting or (
            (
                alpha >= 4
                or (alpha == 3 and _is_short_title(text, sent, words))
                or (alpha in (2, 3) and _is_subhead(text, sent, words))
            )
            and words[-1] not in _SENTENCE_ENDS
            and (capital > 0.75 * alpha or _title_case_with_small_words(words, capital))
            and "(" not in words
            and not self._many_numbers()
            and not self._scored_names()
        )
        #: Whether the last title governs a place ("Bupati", "Governor"), so that its
        #: complement is a place: "Bupati Sidoarjo Ahmad Muhdlor Ali".
        self.place_title = False
        #: Whether the last title is a rank ("Kombes", "Brigjen TNI"): the run after it is
        #: the person alone, never an office and a person.
        self.rank_title = False
        #: Whether some capitalised function word is a name here ("Dan" in English; known
        #: once the document context is).
        self.names_among_function_words = False

    def _many_numbers(self) -> bool:
        """Three numbers or more: a row of a table or results ("Phil Mickelson 67 68 , Billy
        Mayfair 69 66"), not a headline."""
        return sum(t.upos == "NUM" for t in self.toks) >= 3

    def _scored_names(self) -> bool:
        """A row of a leaderboard: a score, then the names that share it ("66 Phil
        Mickelson , Billy Mayfair"), not a headline."""
        return self.toks[0].upos == "NUM" and "," in self.words

    def candidates(self) -> list[_Candidate]:
        if self.ctx.english_function_word_names and not (
            _ENGLISH_NAMES_AMONG_FUNCTION_WORDS.isdisjoint(self.words)
        ):
            self.names_among_function_words = True
            self.caps = bytes(
                cap or word in _ENGLISH_NAMES_AMONG_FUNCTION_WORDS
                for cap, word in zip(self.caps, self.words, strict=True)
            )
        if not self.ctx.english and not _BALINESE_OPENERS.isdisjoint(self.words):
            self._read_balinese_names()
        if self.ctx.sasak_names and "Lalu" in self.words and not self.headline:
            self._read_sasak_names()
        if self.ctx.common_word_openers and not self.headline:
            self._read_common_word_openers()
        if not _OUTLETS_AMONG_FUNCTION_WORDS.isdisjoint(self.words[2:_DATELINE_REACH]):
            self._read_dateline_outlet()
        # (A line or list of results ends with a number, or a number and a full stop.)
        toks = self.toks
        if self.n >= 4 and (toks[-1].upos == "NUM" or toks[-2].upos == "NUM"):
            results = self._results_line()
            if results:
                return results
        out: list[_Candidate] = []
        words, caps, bits, n = self.words, self.caps, self.bits, self.n
        title_end = -1
        #: Where the name goes after a title and the place or body it holds ("Wali Kota
        #: Palembang|Ratu Dewa").
        office_end = -1
        envoy = False  # whether the last title is an envoy's, who is posted to a place
        pos = 0  # words before this one are read already
        # The ordinary lowercase words between starters are skipped without a look.
        starters: Iterable[int] = bits.translate(_FLAG_TABLES[_NAME_START])
        if self.names_among_function_words:
            starters = map(operator.or_, caps, starters)
        set_names = self._set_names() if self.ctx.english else {}
        for i in itertools.compress(range(n), starters):
            if i < pos:
                continue
            if set_names and i in set_names:
                start, pos = set_names[i]
                out.append(self._make(start, pos, "MISC", STRONG))
                continue
            # (Most starters start no title: only a title word is looked at further.)
            t_end = (
                self._title_end(i, i == (office_end if self.place_title else title_end))
                if bits[i] & _TITLE_START
                else i
            )
            if t_end > i:
                t_end = self._portfolio_end(t_end)
                # "juru bicara kepolisian Benny Saragih": up to two lowercase words may
                # stand between a title and the name it introduces; a preposition
                # introduces something else ("the mayor of Tarnwick", "calon wali kota
                # untuk Pilkada 2024").
                k = t_end
                while (
                    k < n
                    and k - t_end < 2
                    and words[k][:1].islower()
                    and words[k] not in _TITLE_GAP_STOPS
                    and words[k] not in PERSON_CONTEXT  # "lurah berinisial SW": initials
                ):
                    k += 1
                # "Premier League", "General Motors": a title word opening an organisation.
                if k < n and caps[k] and not self._title_opens_organisation(i, t_end):
                    self.place_title = any(w.lower() in PLACE_TITLES for w in words[i:t_end])
                    self.rank_title = is_rank_title(words, i, t_end)
                    title_end = pos = k
                    envoy = self._envoy_title(i, t_end)
                    if t_end - i > 1:
                        out.extend(self._bodies_in_portfolio(i, t_end))
                    continue
                if k == t_end and self._envoys_post_at(k) and self._envoy_title(i, t_end):
                    # "Dubes untuk Jepang Heri Akhmadi", "UN envoy for Syria Geir Pedersen":
                    # the post, then the envoy, read as after the title
                    self.place_title = self.rank_title = envoy = False
                    title_end = pos = k + 1
                    continue
                if not (k < n and caps[k]):
                    # A title with no name after it ("menjabat Menteri BUMN pada", "served
                    # as Foreign Minister until") names no one: only an acronym in it counts.
                    out.extend(
                        self._make(m, m + 1, "ORG", STRONG)
                        for m in range(i, t_end)
                        if _is_acronym(words[m])
                    )
                    pos = t_end
                    continue
            if not caps[i] and not self._calendar_given_name(i):
                pos = i + 1
                continue
            pos = self._run_end(i)
            if words[i] in _BODY_OPENERS and self._common_noun_before_body(i, pos):
                i += 1  # "Pimpinan KPK", "Kelompok Abu Sayyaf": the body is what follows
                if i == pos:
                    continue  # "kepada Pimpinan": no body named
            if i > 0 and words[i - 1] in _ARABIC_ARTICLES and self._gaz(i - 1, pos) is not None:
                i -= 1  # "al Shabaab", "al Qaeda": the article is part of the listed name
            if words[i] in _LAW_KINDS:
                if i > 0 and self._common_acronym_names_law(i - 1):
                    i -= 1  # "the AI Act": the acronym is the law's subject
                elif pos - i == 1:
                    continue  # "the Act", "the Treaty": a law named before, no name here
            if words[pos : pos + 1] in _TITLE_JOINS and self._joins_title(pos) and self._work_at(i):
                # "a version of War and Peace", "her memoir The Year of Magical Thinking",
                # "that The Legend of Zelda: Tears of the Kingdom": one title
                pos = self._title_words_end(pos)
                if words[i - 1] in _TITLE_ARTICLES:
                    out.append(self._make(i - 1, pos, "MISC", CUED))
                    continue
            if self.headline:
                out.extend(self._with_event_number(self._headline_names(i, pos), pos))
            else:
                out.extend(self._label_run(i, pos, after_title=i == title_end))
                if i == title_end:
                    office_end = pos
                    if envoy and self._envoys_post_at(pos):
                        # "Duta Besar Jepang untuk Indonesia Masaki Yasushi": the post, then
                        # the envoy, read as after the title
                        title_end = pos + 1
        if self.ctx.holidays and not self.ctx.holiday_firsts.isdisjoint(words):
            out = self._with_holidays(out)
        if self.ctx.title_cues and not _TITLE_CUES.isdisjoint(words):
            out = self._with_quoted_titles(out)
        if self.ctx.initials_cues and not PERSON_CONTEXT.isdisjoint(words):
            out = self._with_cued_initials(out)
        self._share_across_coordination(out)
        if len(out) > 1 and not _VERSUS.isdisjoint(words):
            out = self._with_law_cases(out)
        if len(out) > 1 and "(" in words:
            self._label_defined_acronyms(out)
        return out

    def _bodies_in_portfolio(self, i: int, t_end: int) -> list[_Candidate]:
        """The bodies a title's portfolio names by their listed acronym ("BUMN" of "Menteri
        BUMN Erick Thohir"), as they are when no name follows ("menjabat Menteri BUMN");
        not a rank's service ("Brigjen TNI") nor a portfolio written out."""
        words = self.words
        return [
            self._make(m, m + 1, "ORG", STRONG)
            for m in range(i + 1, t_end)
            if words[m].isupper()
            and words[m].lower() in TITLE_EXTENSIONS
            and self._gaz(m, m + 1) == "ORG"
        ]

    def _envoy_title(self, i: int, t_end: int) -> bool:
        """Is the title ``[i, t_end)`` an envoy's ("Duta Besar", "Konsul Jenderal")?"""
        return not ENVOY_TITLES.isdisjoint(map(str.lower, self.words[i:t_end]))

    def _envoys_post_at(self, k: int) -> bool:
        """Does the place an envoy is posted to follow at ``k``, after "untuk", "di", "to" or
        "for" ("Duta Besar RI untuk Malaysia Hermono", "Konsul Jenderal RI di Jeddah",
        "Ambassador to Japan")? A known place must open the run after it."""
        if not (k + 1 < self.n and self.words[k] in _ENVOY_POST_PREPOSITIONS and self.caps[k + 1]):
            return False
        m = self._gazetteer_length(k + 1, min(self.n, k + 4))
        return self._gaz(k + 1, k + 1 + m) == "LOC" if m else self._place_word(k + 1)

    def _common_noun_before_body(self, i: int, end: int) -> bool:
        """Is the word of _BODY_OPENERS at ``i``, opening the run up to ``end``, a common
        noun before a body's name ("Pimpinan KPK": the leaders of KPK; "Kelompok Abu
        Sayyaf": the group Abu Sayyaf)? It opens the name itself before a word that says
        which kind of body ("Pimpinan Wilayah Muhammadiyah", "Kelompok Tani Makmur")."""
        return end - i == 1 or self.words[i + 1].lower() not in _BODY_OPENERS[self.words[i]]

    def _common_acronym_names_law(self, k: int) -> bool:
        """Is the word at ``k``, before a law's kind, an acronym of a common noun ("AI",
        "VAT") written mid-sentence: the subject of the law ("the AI Act")?"""
        word = self.words[k]
        return len(word) > 1 and word.isupper() and k not in self.initial

    def _title_end(self, i: int, name_slot: bool = False) -> int:
        """End of the title phrase starting at ``i`` that introduces a name, or ``i`` when
        the words there are no such title. In the ``name_slot`` right after a regional
        head's title and place, or right after any other full title, a royal title that
        is a given name too opens the name: "Wali Kota Palembang Ratu Dewa", "Menteri
        Kehutanan Raja Juli Antoni" (no king is a mayor's or a minister's)."""
        words, n = self.words, self.n
        t_end = match_title(words, i)
        if words[i] in ROYAL_GIVEN_NAMES and i + 1 < n and self._royal_given_name(i, name_slot):
            t_end = i
        elif t_end == i + 1 and self.ctx.english and _is_initial(words[i]):
            t_end = i  # "H. Morris": in English an initial, not Indonesian "H." (Haji)
        elif t_end > i and i > 0 and words[i - 1].lower() in PERSON_CONTEXT:
            t_end = i  # "berinisial MR (35)": initials, no "Mr"
        elif t_end > i and self._title_opens_place(i, t_end):
            t_end = i  # "Raja Ampat": a title's word opening a listed place
        elif words[i] in _TITLES_AMONG_GIVEN_NAMES and self._given_name_not_title(i, t_end):
            t_end = i  # "Ketua RT, Imam Mahmud, mengatakan"
        elif (
            t_end > i + 1
            and words[t_end - 1] in _TITLES_AMONG_GIVEN_NAMES
            and self._given_name_not_title(t_end - 1, t_end)
        ):
            t_end -= 1  # "AKP Imam Fauzi": a rank, then the given name
        elif words[i] in _KOREAN_SURNAME_TITLES and self._korean_name_at(i + 1):
            t_end = i  # "Kang Kyung-wha": a Korean surname, no Sundanese "Kang"
        elif i > 0 and words[i - 1].lower() == "para":
            t_end = i  # "para pemimpin Eropa": leaders in the plural, no title of one
        if i < t_end < n and words[t_end] == "'s":
            t_end = i  # "Queen 's Club": a title's possessive (written apart) is no title
        elif t_end > i + 2 and self._title_ends_inside_name(t_end):
            # "president of the United States", "chairman of the British Medical
            # Association": "of the" takes no place nor a body's first word
            t_end -= 1
        elif t_end > i + 1 and words[t_end - 1] == "Kabinet" and self._names_cabinet(t_end - 1):
            t_end -= 1  # "menteri Kabinet Merah Putih": the cabinet, no "Sekretaris Kabinet"
        return t_end

    def _royal_given_name(self, i: int, name_slot: bool) -> bool:
        """Is the royal title at ``i`` (not the last word) a given name: in the name slot
        after a regional head's title and place, before a name word (learned then for the
        rest of the text: "Ratu Dewa mengatakan …"), or so learned before? A month after it
        is a name word there before another ("Raja Juli Antoni", and "Raja Juli" alone later)."""
        pair = (self.words[i], self.words[i + 1])
        if pair not in self.ctx.royal_given_names and not (
            name_slot
            and (
                self.caps[i + 1]
                or (self.capitalised[i + 1] and i + 2 < self.n and self.caps[i + 2])
            )
        ):
            return False
        self.ctx.royal_given_names.add(pair)
        if not self.caps[i + 1]:
            self._mark_name_words([i + 1])
        return True

    def _names_cabinet(self, k: int) -> bool:
        """Does "Kabinet" at ``k`` open a listed cabinet's name ("Kabinet Merah Putih",
        "Kabinet Indonesia Maju"), rather than end a title's portfolio?"""
        m = self._gazetteer_length(k, min(self.n, k + 3))
        return m > 1 and self._gaz(k, k + m) == "ORG"

    def _set_names(self) -> dict[int, tuple[int, int]]:
        """English names of works and competitions whose words are read before any rule,
        MISC: each word of one maps to the name's start and end (see :meth:`_quoted_titles`,
        and a league or division in capitals, whose words may be a title's: "AMERICAN
        LEAGUE", "SCOTTISH PREMIER DIVISION")."""
        words = self.words
        found = (
            self._quoted_titles()
            if not self.headline and not _QUOTE_OPENERS.isdisjoint(words)
            else {}
        )
        if not _FOREIGN_ANDS.isdisjoint(words):
            found = self._titles_with_foreign_and(found)
        if not (self.shouting or self.n <= _MAX_LABEL_LINE):
            return found  # (leagues in capitals head tables or stand in shouting lines)
        for k in itertools.compress(range(self.n - 1), self.capitalised):
            if words[k].isupper() and words[k + 1].isupper() and k not in found:
                end = self._competition_end(k, self.n)
                found.update((j, (k, end)) for j in range(k, end))
        return found

    def _titles_with_foreign_and(
        self, found: dict[int, tuple[int, int]]
    ) -> dict[int, tuple[int, int]]:
        """``found`` with the names joined by a German or French "and" in an English text
        ("Tristan und Isolde", "Sturm und Drang", "Pelleas et Melisande"): one title of a
        work or a phrase quoted, MISC, not two people; English copy writes the firms of two
        partners with "and" or "&"."""
        words, caps, n = self.words, self.caps, self.n
        found = dict(found)
        for k in range(1, n - 1):
            if words[k] not in _FOREIGN_ANDS or not (caps[k - 1] and caps[k + 1]) or k in found:
                continue
            start, end = k - 1, k + 2
            while (
                start > 0
                and caps[start - 1]
                and start - 1 not in self.initial
                and not _is_possessive(words[start - 1])  # "Strauss's Tod und Verklarung"
            ):
                start -= 1
            while end < n and caps[end]:
                end += 1
            found.update((j, (start, end)) for j in range(start, end))
        return found

    def _quoted_titles(self) -> dict[int, tuple[int, int]]:
        """The titles of works in quotation marks ('the film "Cold Harbour"', '"The Salt
        Road" won'), MISC: each word of a title maps to the title's start and end (a
        title's "The" may be no name's start). A title is a few capitalised words (and
        small words); a quotation has words in small letters. One word alone counts only
        after a kind of work or an owner ('Reyes's "Westbound"'), as a quoted word is as
        often a slogan or a word quoted; a known name in marks stays what it is."""
        words, n = self.words, self.n
        found: dict[int, tuple[int, int]] = {}
        opening = self.bits.translate(_FLAG_TABLES[_OPENING])
        q = opening.find(1)
        while 0 <= q < n - 2:
            close = _CLOSING_QUOTES.get(words[q])
            if close is not None and self.capitalised[q + 1]:
                # (A quotation is mostly longer than a title: no mark closes it so soon.)
                near = words[q + 1 : q + _MAX_TITLE_WORDS + 2]
                if close in near:
                    r = q + 1 + near.index(close)
                    end = r - 1 if words[r - 1] in (",", ".") else r  # American '"Westbound,"'
                    if self._is_quoted_title(q, end, r):
                        found.update((k, (q + 1, end)) for k in range(q + 1, end))
                        r += 1
                    q = r - 1  # (a straight mark that closed no title may open the next)
            q = opening.find(1, q + 1)
        return found

    def _is_quoted_title(self, q: int, end: int, r: int) -> bool:
        """Are the words ``(q, end)`` between quotation marks at ``q`` and ``r`` a work's
        title (see :meth:`_quoted_titles`), not speech nor a nickname inside a name
        (Joaquin "El Chapo" Guzman)?"""
        words, caps = self.words, self.capitalised
        inner = words[q + 1 : end]
        if not inner or not caps[q + 1] or inner[-1].lower() in _TITLE_SMALL_WORDS:
            return False
        if not all(
            caps[k] or words[k].isdigit() or words[k].lower() in _TITLE_SMALL_WORDS
            for k in range(q + 1, end)
        ):
            return False
        if q > 0 and caps[q - 1] and r + 1 < self.n and caps[r + 1]:
            return False
        if len(inner) == 1 and not any(
            w.lower() in WORK_NOUNS or _is_possessive(w) or w in _POSSESSIVE_ENDINGS
            for w in words[max(q - 2, 0) : q]
        ):
            return False
        return _gazetteer_label(inner) is None

    def _work_at(self, i: int) -> bool:
        """Is a creative work's title at ``i``, after its kind ("the novel Pride", "a
        staging of War"), or opened by an article written with a capital mid-sentence
        ("memoir The Year", "said The Legend"; not a body's head: "The Bank") - so that
        "and" or "of" after its first words does not end it?"""
        if not self.ctx.english or i < 2:
            return False
        words = self.words
        if words[i - 1] in _TITLE_ARTICLES and i - 1 not in self.initial:
            return words[i].lower() not in ORG_HEADS and words[i - 2] not in _OPENING_MARKS
        cue = self._cue_before(i)
        return cue in WORK_NOUNS or (cue == "of" and words[i - 2].lower() in _SHOWINGS_OF_WORKS)

    def _joins_title(self, j: int) -> bool:
        """Does a capitalised word follow the joining word at ``j``, perhaps after an
        article ("War and Peace", "The Mirror and the Light")?"""
        k = j + 1
        if self.words[k : k + 1] in _LOWER_ARTICLES:
            k += 1
        return k < self.n and bool(self.caps[k])

    def _title_words_end(self, j: int) -> int:
        """End of a work's title whose first words end at ``j``, before a joining word: it
        goes on over small words ("of the", "and the", ":") to each next capitalised word,
        up to _MAX_TITLE_WORDS small words ("Tears of the Kingdom")."""
        words, caps, n = self.words, self.caps, self.n
        end, k, small = j, j, 0
        while k < n and small <= _MAX_TITLE_WORDS:
            if words[k] in _TITLE_ARTICLES:
                break  # "The Road and The Hobbit": the next title
            if caps[k]:
                end = k = k + 1
            elif words[k].lower() in _TITLE_SMALL_WORDS and k + 1 < n:
                k += 1
                small += 1
            else:
                break
        return end

    def _with_law_cases(self, found: list[_Candidate]) -> list[_Candidate]:
        """``found`` with each pair of names joined by "v" made one law case, MISC, when the
        sentence speaks of courts or cases ("the judgment in Smith v Jones"); without such
        a word "Arsenal v Chelsea" is a fixture between two names."""
        if _CASE_CUES.isdisjoint(w.lower() for w in self.words):
            return found
        out: list[_Candidate] = []
        for name in found:
            last = out[-1] if out else None
            if last is not None and self.text[last.end : name.start].strip() in _VERSUS:
                words = (*last.words, "v", *name.words)
                # (Only cued: a party named alone elsewhere keeps its own label.)
                out[-1] = _Candidate(last.start, name.end, words, "MISC", CUED)
            else:
                out.append(name)
        return out

    def _read_balinese_names(self) -> None:
        """ "Irjen I Wayan Sukawinaya", "I Gusti Ngurah Rai": a Balinese name opens with "I"
        before a birth-order or caste name; that "I" is a name word here, no numeral. So is
        the caste's "Sang" ("Sang Made Mahendra Jaya"), else the article "the"."""
        words = self.words
        self._mark_name_words(
            [
                k
                for k in range(self.n - 1)
                if words[k] in _BALINESE_OPENERS and words[k + 1] in _BALINESE
            ]
        )

    def _title_opens_place(self, i: int, t_end: int) -> bool:
        """Is the title at ``[i, t_end)`` the start of a listed place ("Raja Ampat")?"""
        return (
            not self.ctx.english
            and self.words[i] in gazetteer.first_words()
            and self._gazetteer_length(i, min(self.n, t_end + 2)) > t_end - i
        )

    def _read_sasak_names(self) -> None:
        """ "Lalu Muhammad Saleh", "bin Lalu Abdurrahman": mid-sentence, a capitalised "Lalu"
        (else the word "then") before a name word is a Sasak nobleman's title that opens his
        name; it is a name word there."""
        words, caps = self.words, self.caps
        self._mark_name_words(
            [
                k
                for k in range(1, self.n - 1)
                if words[k] == "Lalu" and k not in self.initial and caps[k + 1]
            ]
        )

    def _read_common_word_openers(self) -> None:
        """Indonesian common words that open a name (see _COMMON_WORD_OPENERS): "Hari" before
        a name word is a man's given name ("Hari Wiratmoko"), unless a commemoration day's
        or holiday's name follows ("Hari Ibu", "Hari Pers Nasional", "Hari Raya Nyepi");
        "Pekan" before a run with a level word, or before "Raya", opens a games' or fair's
        name ("Pekan Olahraga Nasional", "Pekan Raya Jakarta"). Both are name words there."""
        words, caps, n = self.words, self.caps, self.n
        marks = []
        for k in range(n - 1):
            word = words[k]
            if word not in _COMMON_WORD_OPENERS or not caps[k + 1]:
                continue
            end = k + 1
            while end < n and caps[end]:
                end += 1
            if word == "Pekan":
                if words[k + 1] == "Raya" or not _GATHERING_LEVELS.isdisjoint(
                    w.lower() for w in words[k + 1 : end]
                ):
                    marks.append(k)  # (also "Pekan Raya Jakarta", a fair)
            elif words[k + 1].lower() not in _DAY_SECOND_WORDS and not self._commemoration(
                k, end - k
            ):
                marks.append(k)
        self._mark_name_words(marks)

    def _read_dateline_outlet(self) -> None:
        """Count a news agency named by a function word as a name word where it stands
        between a dateline's place and its dash: "DENPASAR, Antara -" ("antara" is
        "between" elsewhere)."""
        words = self.words
        for k in range(2, min(self.n - 1, _DATELINE_REACH)):
            if (
                words[k] in _OUTLETS_AMONG_FUNCTION_WORDS
                and words[k - 1] == ","
                and words[k + 1] in _DASHES
                and self._dateline_place(0, k - 1)
            ):
                self._mark_name_words([k])
                return

    def _mark_name_words(self, marks: list[int]) -> None:
        """Count the function words at ``marks`` as name words (capitalised) here."""
        if marks:
            caps = bytearray(self.caps)
            for k in marks:
                caps[k] = 1
            self.caps = bytes(caps)
            self.names_among_function_words = True

    def _portfolio_end(self, k: int) -> int:
        """Past a title's portfolio written out in capitals before its body's acronym and
        the name ("Direktur Pencegahan dan Pengendalian Penyakit Menular Kemenkes Imran
        Pambudi", "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul
        Muhari"), so that the acronym opens the run after the title; else ``k``. Its first
        word and at least half of them must be ordinary nouns (see :func:`_is_portfolio_noun`)
        ("Ketua Bawaslu RI" keeps Bawaslu), none a place's head or a gazetteer name."""
        words, caps, n = self.words, self.caps, self.n
        first = k + 1 if k < n and words[k] in _PORTFOLIO_LINKS else k
        if first >= n or not _is_portfolio_noun(words[first]):
            return k  # (the usual case: a name, not a portfolio, follows the title)
        m, nouns, others = k, 0, 0
        while m < n and m - k < _MAX_NAME_WORDS:
            word = words[m]
            if word in _PORTFOLIO_LINKS:
                m += 1
                continue
            if not self.capitalised[m]:
                return k
            if caps[m] and (_is_acronym(word) or word.lower() in ORG_HEADS):
                break  # the body: "BNPB", "Kemenkes", "Dinas Kesehatan"
            if self.bits[m] & _HEAD_WORD or _may_start_gazetteer_name(word):
                return k
            if _is_portfolio_noun(word) or self.ctx.written_in_lowercase(word):
                nouns += 1
            else:
                others += 1
            m += 1
        else:
            return k
        if nouns == 0 or others > nouns or words[m] in COMMON_ACRONYMS:
            return k
        # The name right after the body, or after a comma: "… Jasa Keuangan OJK, Friderica"
        named = m + 1 < n and (caps[m + 1] or (words[m + 1] == "," and m + 2 < n and caps[m + 2]))
        return m if named else k

    def _with_holidays(self, found: list[_Candidate]) -> list[_Candidate]:
        """``found`` with the holidays of the sentence (see HOLIDAYS, INDONESIAN_HOLIDAYS) as
        MISC in place of what overlaps them ("Day" of "Christmas Day", "Black" of "Black
        Friday"), unless a name goes on after one ("Easter Island")."""
        words, n = self.words, self.n
        names, firsts = self.ctx.holiday_names, self.ctx.holiday_firsts
        holidays: list[_Candidate] = []
        end = 0  # past the last holiday found
        for i in itertools.compress(range(n), map(firsts.__contains__, words)):
            if i < end or self._inside_indonesian_name(i):
                continue  # "New" of "Chinese New Year"
            for m in range(self._holiday_reach(i), 0, -1):
                name = " ".join(words[i : i + m]).lower().replace(" 's", "'s")
                if (name in names or self._commemoration(i, m)) and not (
                    i + m < n and self.caps[i + m]
                ):
                    holidays.append(self._make(i, i + m, "MISC", STRONG))
                    end = i + m
                    break
        if not holidays:
            return found
        kept = [c for c in found if not any(_overlaps(c, h) for h in holidays)]
        return sorted(kept + holidays, key=operator.attrgetter("start"))

    def _with_cued_initials(self, found: list[_Candidate]) -> list[_Candidate]:
        """``found`` with the initials listed after "berinisial" that are also everyday
        abbreviations, so no name words ("berinisial RW (29), AS (34) dan FN", "pria
        berinisial AI"): after the cue they are people, PER."""
        words, n = self.words, self.n
        starts = {c.start for c in found}
        more = []
        for k in (k for k, word in enumerate(words) if word in PERSON_CONTEXT):
            j = k + 1
            while j < n and _is_initials_word(words[j]):
                if self.toks[j].start not in starts:
                    more.append(self._make(j, j + 1, "PER", DEFINED))
                j += 1
                if j + 2 < n and words[j] == "(" and words[j + 2] == ")":
                    j += 3  # the age: "RW (29)"
                if not (j + 1 < n and words[j] in _COORDINATION):
                    break
                j += 1
        if not more:
            return found
        return sorted(found + more, key=operator.attrgetter("start"))

    def _with_quoted_titles(self, found: list[_Candidate]) -> list[_Candidate]:
        """``found`` with the quoted title after "berjudul" or "bertajuk" as one work, MISC,
        whatever its words ('singel berjudul "Tentang Kita"', 'konser bertajuk "Tunggu Aku
        Di"'): a title is made of any words, function words too, up to its closing mark."""
        words, n = self.words, self.n
        titles = []
        for k in (k for k, word in enumerate(words[: n - 3]) if word in _TITLE_CUES):
            if words[k + 1] in _TITLE_QUOTES and self.capitalised[k + 2]:
                reach = range(k + 3, min(n, k + 3 + _MAX_NAME_WORDS))
                close = next((j for j in reach if words[j] in _TITLE_CLOSERS), 0)
                if close:
                    titles.append(self._make(k + 2, close, "MISC", STRONG))
        if not titles:
            return found
        kept = [c for c in found if not any(c.start < t.end and t.start < c.end for t in titles)]
        return sorted(kept + titles, key=operator.attrgetter("start"))

    def _commemoration(self, i: int, m: int) -> bool:
        """Do the ``m`` words from ``words[i]``, in an Indonesian text, name a commemoration
        day: "Hari" and a word of COMMEMORATION_WORDS ("Hari Kesaktian Pancasila", "Hari
        Ibu") or a last word of COMMEMORATION_TAILS ("Hari Pers Nasional")? Days are many
        and new ones come; "Hari" before other words is a man's name ("Hari Purnomo")."""
        words = self.words
        if words[i] in _ANNIVERSARY_OPENERS:
            return m > 1 and not self.ctx.english  # "HUT Bhayangkara ke-79"
        return (
            m > 1
            and words[i] in _DAY_OPENERS
            and not self.ctx.english
            and (
                words[i + 1].lower() in COMMEMORATION_WORDS
                or words[i + m - 1].lower() in COMMEMORATION_TAILS
            )
        )

    def _holiday_reach(self, i: int) -> int:
        """How many words from ``words[i]`` a holiday's name may take: up to _HOLIDAY_WORDS,
        and in an Indonesian text only capitalised ones ("Tahun Baru", not "Tahun baru
        ajaran" at a sentence's start)."""
        reach = min(_HOLIDAY_WORDS, self.n - i)
        if self.ctx.english:
            return reach
        return next((m for m in range(1, reach) if not self.words[i + m][:1].isupper()), reach)

    def _inside_indonesian_name(self, i: int) -> bool:
        """Does the capitalised word before ``words[i]``, mid-sentence, make it part of a
        place's name in an Indonesian text ("Kabupaten Mandailing Natal"), no holiday? In
        a Title Case headline every word is capitalised: not a word the text writes in small
        letters nor the headline's verb ("Jelang Libur Natal", "Rayakan Imlek")."""
        if self.ctx.english or i < 2 or not self.caps[i - 1]:
            return False
        before = self.words[i - 1]
        return not (
            self.headline and (self.ctx.written_in_lowercase(before) or self._headline_verb(i - 1))
        )

    def _label_defined_acronyms(self, found: list[_Candidate]) -> None:
        """An acronym in brackets right after a name is defined by it and takes its label:
        "Indeks Harga Saham Gabungan (IHSG)" is an index, "Daerah Istimewa Yogyakarta
        (DIY)" a place, whatever acronyms usually are."""
        for name, short in itertools.pairwise(found):
            if (
                len(short.words) == 1
                and len(name.words) > 1
                and (_is_acronym(short.words[0]) or abbreviates(short.words[0], name.words))
                and self.text[name.end : short.start].strip() == "("
                and name.label != "PER"
                and _gazetteer_label(short.words) is None  # "California (AP)"
            ):
                short.label, short.strength = name.label, DEFINED

    def _results_line(self) -> list[_Candidate]:
        """A line of sports results, "Leeds 0 Aston Villa 3": two teams, each followed by
        its score (teams named by their town are organisations here). A sentence not so
        shaped (no number at its end) may list results instead (:meth:`_results_list`)."""
        if self.n < 4 or self.toks[-1].upos != "NUM" or not self.caps[0]:
            return self._results_list()
        teams, k = self._result_at(0)
        return teams if k == self.n else []

    def _results_list(self) -> list[_Candidate]:
        """Results listed in a sentence, maybe after a label: "Results : Arsenal 2 West Ham
        0 , Blackburn 1 Tottenham 2 ." (each result a results line, see above)."""
        words, n = self.words, self.n
        if n < 6 or words[-1] != "." or self.toks[-2].upos != "NUM":
            return []
        k = words.index(":") + 1 if ":" in words[:5] else 0  # "Serie A results :"
        out = self._label_names_in_label(k)
        while k < n - 1:
            teams, k = self._result_at(k)
            if not teams or words[k] not in (",", ";", "."):
                return []
            out.extend(teams)
            k += 1
        return out

    def _label_names_in_label(self, k: int) -> list[_Candidate]:
        """Names in the label ``[0, k)`` before listed results that their form or the
        gazetteer labels ("Dutch first division results :", "Serie A results :")."""
        out: list[_Candidate] = []
        m = 0
        while m < k:
            if not self.caps[m]:
                m += 1
                continue
            end = min(self._run_end(m), k)
            label = self._gaz(m, end) or _label_by_form(self.words[m:end])
            if label is not None:
                out.append(self._make(m, end, label, STRONG))
            m = end
        return out

    def _result_at(self, k: int) -> tuple[list[_Candidate], int]:
        """The two teams of a result at ``k`` ("Leeds 0 Aston Villa 3") and the index just
        past its last score; no teams if no result starts there."""
        toks, caps, n = self.toks, self.caps, self.n
        teams: list[_Candidate] = []
        start = k
        while len(teams) < 2:
            j = k
            while j < n and caps[j]:
                j += 1
            if j == k or j >= n or toks[j].upos != "NUM":
                return [], start
            teams.append(self._make(k, j, self._team_label(k, j) or "ORG", DEFINED))
            k = j + 1
        return teams, k

    def _team_label(self, a: int, b: int) -> EntityLabel | None:
        """Label of a name in a sports table or results line: a country or region is a
        place (its national team), a name with a town or region in it a club ("Hamburg", "Bayern
        Munich"); None when no place is named (a player's name)."""
        words = self.words[a:b]
        whole = _lookup_in_any_case(" ".join(words))  # "BALTIMORE 69 62", "LIVERPOOL SIGN"
        if whole is not None and whole.key.startswith("venue:"):
            return None  # "at Highbury": the ground, not a team
        if whole is None and words[0].lower() in _COMPASS and _is_country(" ".join(words[1:])):
            return "LOC"  # "Western Samoa"
        if whole is not None and (
            whole.key.startswith(("country:", "region:")) or whole.key in _HOME_NATIONS
        ):
            return "LOC"  # (a region: "West Indies" in cricket, "Europe" in golf)
        if whole is not None or any(gazetteer.lookup(w) is not None for w in words):
            return "ORG"
        return None

    def _calendar_given_name(self, i: int) -> bool:
        """A month that is a given name here: "Jan Siemerink", "April Ross" (a capitalised
        name word follows, no number)."""
        return (
            self.words[i] in _CALENDAR_GIVEN_NAMES
            and i + 1 < self.n
            and bool(self.caps[i + 1])
            and (i not in self.initial or self.words[i] == _GIVEN_NAME_MORE_THAN_MONTH)
        ) or (bool(self.ctx.name_months) and self._month_given_name(i))

    def _month_given_name(self, i: int) -> bool:
        """Is the month at ``i`` the given name the text writes inside a person's name
        elsewhere ("Juli" of "Raja Juli Antoni"), here opening the sentence or after the
        name's royal first word, before a word in small letters that is no time ("Juli
        berkata", "Raja Juli menegaskan"; not "Juli lalu", "Juli 2025", "pada Juli")?"""
        words = self.words
        if words[i] not in self.ctx.name_months or i + 1 >= self.n:
            return False
        nxt = words[i + 1]
        return (
            (i in self.initial or words[i - 1] in ROYAL_GIVEN_NAMES)
            and nxt[:1].islower()
            and nxt not in _AFTER_MONTHS
        )

    def _share_across_coordination(self, found: list[_Candidate]) -> None:
        """In "BPBD, Basarnas, TNI, Polri, dan Palang Merah Indonesia" or "Sindoro dan
        Sumbing", names without evidence take the label of a listed neighbour that has it."""
        if len(found) < 2:
            return
        # Neighbours joined only by commas and coordinating words, and whether only by a
        # comma; labels then flow left to right, and right to left.
        listed: list[tuple[_Candidate, _Candidate, bool]] = []
        for left, right in itertools.pairwise(found):
            if right.start - left.end > _MAX_LINK_CHARS:
                continue  # words between: no list
            if self.text[right.end : right.end + 3].lstrip().startswith(("'s", "’s")):
                continue  # "Frank Nobilo and Spain's Miguel Jimenez": Spain owns, not listed
            gap = self.text[min(left.end, right.end) : max(left.start, right.start)]
            # (A closing bracket ends a defined acronym: "Palang Merah Indonesia (PMI) dan X".)
            links = gap.replace(",", " ").replace(")", " ").lower().split()
            if "(" in gap:
                # (So does a count or age: "Sleman (120), Bantul (98) dan Kulon Progo (40)".)
                links = [link for link in links if not link.lstrip("(").isdigit()]
            if len(links) > 1 and links[-1] in _ARTICLES:
                links.pop()  # "Visa and the International Finance Corporation"
            if not links and self._fronted_by_preposition(left, right):
                continue  # "In Britain, Coldplay were": the place opens the sentence
            if not links and self._enclosed_by_commas(right):
                if _is_regency_after_district(left, right):
                    right.label, right.strength = "LOC", CUED
                continue  # "Warga Dusun Krajan, Sutrisno, menuturkan": an apposition
            if _LIST_LINKS.issuperset(links) and ("," in gap or links):
                listed.append((left, right, not links))
        if not listed:
            return
        # A name that took its label so passes it on down the list: "Kecamatan Suli,
        # Latimojong, dan Bajo".
        relayed: set[int] = set()
        for left, right, bare in listed:
            if self._share(left, right, bare, relay=id(left) in relayed):
                relayed.add(id(right))
        relayed.clear()
        for left, right, bare in reversed(listed):
            if self._share(right, left, bare, relay=id(right) in relayed):
                relayed.add(id(left))

    def _fronted_by_preposition(self, left: _Candidate, right: _Candidate) -> bool:
        """Does ``left`` follow only a preposition opening the sentence, or a phrase ending
        in one ("Asked about Brexit, Sunak declined"), and a clause go on after ``right``
        ("In Britain, Coldplay were …"), so that the comma between them closes that phrase
        rather than listing names ("In Dunvale, Portwick and Tarnby")?"""
        opening = self.text[self.toks[0].start : left.start].strip().lower()
        after = self.text[right.end : right.end + 40].split(maxsplit=1)
        return (
            "," not in opening
            and opening.rpartition(" ")[2] in _FRONTING_PREPOSITIONS
            and bool(after)
            and after[0][:1].islower()
            and after[0] not in _COORDINATION
        )

    def _enclosed_by_commas(self, name: _Candidate) -> bool:
        """Does a comma and then an ordinary lowercase word follow ``name`` (", Sutrisno,
        menuturkan")? A listed name is followed by another name or a coordinating word."""
        end = name.end
        if age := _BRACKETED_AGE.match(self.text, end):
            end = age.end()  # "Warga Padukuhan Jetis, Suparmi (45), mengaku": an age between
        if self.text[end : end + 1] != ",":
            return False
        nxt = self.text[end + 1 : end + 40].split(maxsplit=1)
        return bool(nxt) and nxt[0][:1].islower() and nxt[0] not in _COORDINATION

    @staticmethod
    def _share(left: _Candidate, right: _Candidate, bare_comma: bool, *, relay: bool) -> bool:
        """Give ``right`` the label of ``left`` (strong, or ``relay``-ing one); did it?"""
        # A bare comma may be an apposition ("Kencana Agro, Ratna Suryaningsih"): only
        # single words take their neighbour's label across it.
        if bare_comma and len(right.words) > 1:
            return False
        # A nationality does not make the next name one ("Swede X and Australian Y"); nor
        # does any other name make a person's full name its kind ("Shane Lowry of Ireland
        # and Tommy Fleetwood of England").
        if len(right.words) > 1 and (
            (len(left.words) == 1 and left.label == "MISC")
            or (right.label == "PER" and left.label != "PER" and right.words[0] in GIVEN_NAMES)
        ):
            return False
        if (left.strength >= STRONG or relay) and right.strength < STRONG:
            right.label, right.strength = left.label, CUED
            return True
        if left.label == "LOC" and left.strength > right.strength:
            right.label = "LOC"  # "in Saxony and Thuringia": the preposition governs both
        return False

    # -- step 1: runs -----------------------------------------------------------------------

    def _ends_organisation(self, k: int) -> bool:
        """Is ``words[k]`` the last word of an organisation name ("League" in "Premier
        League club", "Motors" in "General Motors said")?"""
        last = k + 1 == self.n or not self.caps[k + 1]
        return last and self.words[k].lower() in ORG_TAILS

    def _title_opens_organisation(self, i: int, t_end: int) -> bool:
        """Is the title at ``[i, t_end)`` the first word of an organisation or event name
        instead ("Premier League club", "General Motors said", "Major League Baseball", "the
        Queen Anne Stakes")?"""
        if self._ends_organisation(t_end) or self._event_named_from(t_end):
            return True
        return t_end == i + 1 and self._adjective_opens_organisation(i)

    def _adjective_opens_organisation(self, i: int) -> bool:
        """Does a title word that is an adjective open an organisation's name at ``i``
        ("Major League Baseball", "General Motors"), even at a sentence's start?"""
        return (
            self.words[i].lower() in _ADJECTIVE_TITLES
            and i + 1 < self.n
            and self.words[i + 1].lower() in ORG_TAILS
        )

    def _event_named_from(self, k: int) -> bool:
        """Are the capitalised words from ``k``, up to three and no more, the end of an
        event's name ("Anne Stakes" of "Queen Anne Stakes"; not "Direktur Utama Mandalika
        Grand Prix Association Priandhi Satria": a title, a body and a person)?"""
        end = k
        while end < self.n and self.caps[end]:
            end += 1
        return 0 < end - k <= 3 and self.words[end - 1].lower() in EVENT_TAILS

    def _title_ends_inside_name(self, t_end: int) -> bool:
        """Did a title phrase of "of the" and a portfolio take the first word of a known
        place ("president of the United States", with or without its holder after it) or
        of a longer name: a listed body's ("Secretary-General of the United Nations"), a
        body's head before "of" ("Governor of the Bank of England"), a nationality ("leader
        of the African National Congress"), or a word that is no body's head before more
        words shaped like an organisation's ("head of the National Health Service"; but
        "Speaker of the House Mike Johnson": the title's own body)?"""
        words = self.words
        if words[t_end - 2] != "the":
            return False
        k = t_end
        while k < self.n and self.caps[k]:
            k += 1
        # the place may be the whole run, its start before the holder's name ("President of
        # the United States Donald Trump") or a word of its own ("king of the Netherlands")
        m = self._gazetteer_length(t_end - 1, k)
        known = self._gaz(t_end - 1, t_end - 1 + m) if m else None
        if known == "LOC" or (m > 1 and known == "ORG"):
            # (a body of two words or more too: "Secretary-General of the United Nations
            # Antonio Guterres", but "Speaker of the House")
            return True
        first = words[t_end - 1]
        if (
            k == t_end
            and words[k : k + 1] == ("of",)
            and k + 1 < self.n
            and self.caps[k + 1]
            and first.lower() in ORG_HEADS
        ):
            return True  # "Governor of the Bank of England": the bank's name goes on
        if k == t_end:
            return False
        if gazetteer.is_demonym(first):
            return True
        low = first.lower()
        return (
            low not in ORG_HEADS
            and low not in TITLE_EXTENSIONS
            and _label_by_form(words[t_end - 1 : k]) == "ORG"
        )

    def _title_starts_at(self, k: int) -> bool:
        if not self.bits[k] & _TITLE_START:
            return False
        end = match_title(self.words, k)
        if self.words[k] in _TITLES_AMONG_GIVEN_NAMES and self._given_name_not_title(k, end):
            return False  # "Ketua Umum PBVSI Imam Sudjarwo"
        return (
            k < end < self.n
            and bool(self.caps[end])
            and not self._title_opens_organisation(k, end)
            and not self._title_opens_place(k, end)  # "Dinas Pariwisata Raja Ampat Yusdi"
        )

    def _prefixed_title(self, k: int) -> bool:
        """Does an English title start at ``k`` with a word that only qualifies its head
        ("Majority" of "Senate Majority Leader John Thune")? Such a word is no member noun
        of the body before it, as "Dokter" of "Ikatan Dokter Indonesia" is."""
        low = self.words[k].lower()
        return self.ctx.english and low in TITLE_PREFIXES and low not in TITLE_HEADS

    def _office_starts_at(self, k: int) -> bool:
        """Does a title of an organisation start at ``k``, its body's head word right after
        it ("… Daerah dan Sekretaris Jenderal Kementerian Dalam Negeri")? Not a title's word
        that names a place: "Candi Borobudur, Prambanan, dan Ratu Boko"."""
        if not self.bits[k] & _TITLE_START:
            return False
        end = match_title(self.words, k)
        return k < end < self.n and self.words[end].lower() in ORG_HEADS

    def _korean_name_at(self, k: int) -> bool:
        """After a surname-like form of address, does a Korean given name follow at ``k``?
        In English text any name does; in Indonesian one written with a hyphen ("Kyung-wha"),
        as Sundanese given names never are."""
        return k < self.n and (self.ctx.english or "-" in self.words[k])

    def _given_name_not_title(self, k: int, end: int) -> bool:
        """Is the title word at ``k`` (ending at ``end``) a given name, with one name word
        after it and no more ("Imam Sudjarwo", not "Imam Masjid Istiqlal Nasaruddin Umar")?"""
        caps, n = self.caps, self.n
        return end == k + 1 < n and bool(caps[end]) and not (end + 1 < n and caps[end + 1])

    def _thing_named(self, k: int) -> bool:
        """Does "bernama" at ``k`` name a thing, not a person: after a kind of product,
        body or place, perhaps with its modifiers ("aplikasi baca digital bernama iPusnas",
        "sebuah desa bernama Sukamaju")?"""
        if self.words[k] != "bernama":
            return False
        for kind in reversed(self.words[max(k - 3, 0) : k]):
            if kind in PRODUCT_CONTEXT or kind in ORG_CONTEXT or kind in PLACE_CONTEXT:
                return True
            if kind in FUNCTION_WORDS or not kind.islower():
                return False  # "anak dari pasangan di desa itu bernama Budi": a person
        return False

    def _number_inside_place(self, i: int) -> bool:
        """Does the number after the place head at ``i`` belong to the place's name, as a
        capitalised word that is no head of its own follows it ("Pasar 16 Ilir", "Jalan 17
        Agustus"; not "Terminal 3 Bandara Soekarno-Hatta")?"""
        words = self.words
        after = words[i + 2]
        return (
            words[i].lower() in PLACE_HEADS
            and bool(self.caps[i + 2])
            and after.lower() not in _HEADS
            and not after.isupper()
        )

    def _run_end(self, i: int) -> int:
        """Index just past the run of name words starting at ``i``."""
        words, caps, n = self.words, self.caps, self.n
        # A place's name may open with a title or a function word: "Bandara Sultan
        # Hasanuddin", "Jalan Jenderal Sudirman", "Stadion Si Jalak Harupat".
        head_run = bool(self.bits[i] & _HEAD_WORD)
        joined = False  # whether an "of" or "for" joined the run already
        more = _MORE_BITS  # (looked up by word: most runs end at their first word or two)
        # What words, besides name words and possessives, may go on the run.
        joins = _JOINS_RUN
        if head_run and words[i].lower() in ORG_HEADS:
            joins |= _LINKS_LIST
        j = i + 1
        if head_run and j + 1 < n and words[j].isdigit() and self._number_inside_place(i):
            j += 2  # "Pasar 16 Ilir", "Kelurahan 8 Ilir": a number inside a place's name
        while j < n:
            if not (caps[j] or more[words[j]] & joins or more[words[j - 1]] & _POSSESSIVE):
                if words[j] in _FIELD_LINKS and self._field_inside_name(j, joined):
                    j += 1  # "Treaty on European Union", "Nobel Prize in Literature"
                    continue
                if words[j] != "di" or not self._place_inside_name(i, j):
                    break  # the usual end: an ordinary word or a mark
                j += 1  # "Gereja Masehi Injili di Minahasa (GMIM)": its place in its name
                continue
            if more[words[j - 1]] & _POSSESSIVE:
                if not self._possessive_inside_name(j):
                    break
                if words[j] in ("of", "and"):
                    j += 1  # "Lloyd's of London", "Guy's and St Thomas'"
                j += 1
                continue
            if caps[j]:
                # A title word right after an organisation head names the members, not a
                # person: "Ikatan Dokter Indonesia", "RSUP Dr Sardjito"; an honorific goes
                # on with the name of the person a place is named after.
                if (
                    self._title_starts_at(j)
                    and not (
                        head_run
                        and (
                            (j == i + 1 and not self._prefixed_title(j)) or self._honoured_at(i, j)
                        )
                    )
                    and words[j - 1] not in _JAVANESE_NOBLES  # "Raden Mas Said"
                    and not (
                        words[j] in _TITLES_INSIDE_NAMES
                        # "Ketua PWNU Jawa Timur Abdul Hakim Mahfudz": a given name before
                        and (not head_run or words[j - 1] in GIVEN_NAMES)
                    )
                ):
                    break
                j += 1
                continue
            if head_run and self._honoured_at(i, j) and j + 1 < n and caps[j + 1]:
                j += 1  # "RSUD dr. Zainoel Abidin"
                continue
            if (
                words[j] in _FUNCTION_WORDS_IN_NAMES
                and not self.ctx.english
                and j + 1 < n
                and caps[j + 1]
            ):
                j += 1  # "Irjen Ribut Hari Wibowo": "Hari" (day) inside a name
                continue
            if words[j] == "I" and not self.ctx.english:
                j += 1  # "Gedung Nusantara I", "Perang Dunia I": a numeral, no pronoun
                continue
            if self._weekday_in_place_name(j):
                j += 1  # "Pasar Minggu", "Pasar Rebo": a market named after its day
                continue
            if words[j] in _INNER_MARKS:
                if words[j] == "'s" and self._split_possessive_inside_name(j):
                    j += 2  # "Queen 's Club", as tokenised wire copy writes "Queen's Club"
                    continue
                if words[j] == "'s" and self._gaz(i, j + 1) is not None:
                    j += 1  # "Lord 's", a ground the gazetteer lists with its "'s"
                    continue
                if words[j] == "'" and self._plural_possessive_inside_name(j):
                    j += 1  # "St Thomas'", "St James' Park", "Taxpayers' Alliance"
                    continue
                if words[j] in _REGNAL_NUMERALS:
                    j += 1  # "John Paul II", "Gladiator II"
                    continue
            if self.capitalised[j] and self._gaz(i, j + 1) is not None:
                j += 1  # "Sheffield Wednesday": a listed name goes on with a calendar word
                continue
            if words[j] == "A" and words[j - 1].lower() in _LETTER_TAKERS:
                j += 1  # "Serie A", "Group A": a letter, not the article
                continue
            if words[j] == "." and self._web_ending_at(j):
                j += 2  # "KOMPAS" "." "com"
                continue
            if words[j] == "(" and self._bracketed_legal_form_at(j):
                j += 3  # "(Persero)", a legal form inside the name
                continue
            low = words[j].lower()
            if head_run and self.capitalised[j] and j + 1 < n and caps[j + 1]:
                j += 1  # "Kementerian Dalam Negeri": a function word inside the name
                continue
            if (
                low == "untuk"
                and words[i].lower() in _PURPOSE_NAMED_HEADS
                and j + 1 < n
                and caps[j + 1]
            ):
                j += 1  # "Koalisi Masyarakat Sipil untuk Pemilu Bersih": the cause it serves
                continue
            if words[j] in _MONTH_SURNAMES and not (j + 1 < n and words[j + 1][:1].isdigit()):
                j += 1  # "Theresa May said", but not "in May 2024"
                continue
            if words[j].startswith("ke-") and self._edition_of_event(i, j):
                j += 1  # "Pesta Kesenian Bali ke-49": the edition is part of its name
                break
            if words[j] in _RAMADAN_SURNAMES and self._ramadan_surname_at(j):
                j += 1  # "Bayu Ramadhan", but not "Jelang Ramadhan" opening a sentence
                continue
            if low in NAME_PARTICLES:
                # "bin", "van der", "de la": particles, then a capitalised word.
                k = j
                while (
                    k < n
                    and k - j < 3
                    and (
                        words[k].lower() in NAME_PARTICLES
                        or (words[k] == "the" and k == j + 1 and low == "of")  # "Council of the EU"
                    )
                ):
                    k += 1
                if k < n and caps[k]:
                    # "Bank of England", "Institute for Development of Economics": "of" or
                    # "for" after a word that takes one, then "of" once a name has taken one.
                    if (
                        low in ("of", "for")
                        and words[j - 1].lower() not in OF_JOINERS
                        and not (low == "of" and joined)
                        and not self._names_a_law(k)  # "Proceeds of Crime Act"
                        and not (_is_acronym(words[j - 1]) and self._gaz(k, k + 1) == "LOC")
                        and self._gaz(i, k + 1) is None  # "Alternative for Germany": listed
                    ):
                        break
                    if low == "of" and self._person_at(k):
                        break  # "the National Party of F.W. de Klerk": its leader
                    joined = joined or low in ("of", "for")
                    j = k
                    continue
            if low in ("and", "dan") and j + 1 < n and caps[j + 1]:
                # "National Disaster Risk Reduction and Management Council": "and" inside an
                # organisation name whose last word says so.
                k = j + 1
                while k < n and caps[k]:
                    k += 1
                if self.ctx.known.get(words[i:k]) == "LOC":
                    j = k  # "Harrowfield and Stainmoor", a constituency (_learn_constituency)
                    continue
                if k - i == 3 and self._gaz(i, k) == "ORG":
                    j = k  # "Marks and Spencer": a company the gazetteer knows so
                    continue
                if self._subjects_of_body(i, j, k):
                    j = k  # "Food and Drug Administration"
                    continue
                if k < n and words[k] in _SEAT_NOUNS:
                    j = k  # "the Runcorn and Helsby seat": one constituency
                    continue
                # Not when the part before "and" is a whole organisation already ("East
                # Ventures dan Modal Nusantara Capital").
                # Nor when a single word stands before it ("Alibaba and Tencent Holdings"),
                # unless two places are joined ("England and Wales Cricket Board"), or a place
                # and an area the gazetteer does not know before a body's longer name ("Cardiff
                # and Vale University Health Board").
                if (
                    words[k - 1].lower() in ORG_TAILS
                    and words[j - 1].lower() not in ORG_TAILS
                    and (
                        j - i > 1
                        or self._gaz(j - 1, j) == self._gaz(j + 1, j + 2) == "LOC"
                        or (
                            k - j > 3
                            and self._gaz(j - 1, j) == "LOC"
                            and not _is_country(words[j - 1])
                            and self._gaz(j + 1, j + 2) is None
                        )
                        or looks_like_common_noun(words[j - 1])  # "Competition and Markets"
                    )
                    and not self._title_starts_at(j + 1)
                    and self._gaz(i, j) != "ORG"  # "Air China and China Eastern Airlines"
                ) or self._and_inside_name(i, j, joined):
                    j = k
                    continue
            if (
                low in _APPOSITION_LINKS
                and words[i].lower() in ORG_HEADS
                and words[j - 1].lower() not in ORG_TAILS
            ):
                # "Badan Meteorologi, Klimatologi, dan Geofisika": a listed organisation name.
                k = self._org_list_end(j)
                if k > j:
                    j = k
                    continue
            break
        if not (more[words[i]] & _NUMBERED_HEAD or more[words[j - 1]] & _NUMBERED_HEAD):
            return j
        if j == i + 2 and words[j - 1].lower() in NUMBERED_UNIT_HEADS:
            # "Markas Kodim 1710/Mimika": the unit's base; "KAI Daop 2 Bandung Kuswardojo":
            # the unit of a body, and maybe a name after it
            end = self._unit_number_end(j, j)
            return self._run_end(end) if j < end < n and caps[end] else end
        head = words[i].lower()
        if head in LAW_HEADS:
            return self._law_end(j)
        if head in NUMBERED_UNIT_HEADS and j <= i + 2:
            return self._unit_number_end(i + 1, j)
        if words[i] in SCHOOL_LEVELS or words[j - 1] in SCHOOL_LEVELS:
            return self._school_end(j)
        return j

    def _field_inside_name(self, j: int, joined: bool) -> bool:
        """Does the "on" or "in" at ``j`` go on with the name before it, naming its field:
        "on" after a treaty's or committee's kind (ON_JOINERS: "Committee on Foreign
        Affairs"), "in" after a prize and before no place ("Nobel Prize in Physics", not
        "won the Booker Prize in London") or after a mission and before its country ("UN
        Mission in Somalia")? Or, once "of" or "for" ``joined`` the name, "in"
        before the wide region it serves after a subject of two parts that is no place or
        body ("Organisation for Security and Co-operation in Europe", not "Institute of
        Physics in Europe", "Bank of England in Europe" or "Department of Health and Social
        Care in Africa")."""
        if j + 1 == self.n or not self.caps[j + 1]:
            return False
        before = self.words[j - 1].lower()
        if self.words[j] == "on":
            return before in ON_JOINERS
        if before == "prize":
            return self._gaz(j + 1, j + 2) is None
        if before == "mission":
            return self._gaz(j + 1, j + 2) == "LOC"  # "UN Mission in Somalia"
        if not joined or self.words[j - 2] != "and" or before in ORG_TAILS or self._gaz(j - 1, j):
            return False
        region = _gazetteer_place(self.words[j + 1 : j + 2])
        return region is not None and region.key.startswith("region:")

    def _place_inside_name(self, i: int, j: int) -> bool:
        """Does the "di" at ``j`` and the place after it go on with the organisation or
        church whose name opens at ``i``? Only when its short form in brackets after the
        place reads the place too ("Gereja Masehi Injili di Minahasa (GMIM)", "Persekutuan
        Gereja-gereja di Indonesia (PGI)"), or a church names its country or region so
        ("Gereja Pantekosta di Indonesia", "Gereja Masehi Injili di Timor"); else "di" says
        where the body is ("Polres Bantul di Bantul")."""
        words, caps, n = self.words, self.caps, self.n
        head = words[i].lower()
        if self.ctx.english or not (head in ORG_HEADS or head == "gereja"):
            return False
        k = j + 1
        while k < n and caps[k] and k - j <= 2:
            k += 1
        if k == j + 1:
            return False
        if k + 2 < n and words[k] == "(" and words[k + 2] == ")":
            short = words[k + 1]
            return short[-1:].lower() == words[j + 1][:1].lower() and abbreviates(
                short, tuple(words[i:k])
            )
        if head != "gereja":
            return False
        if k == j + 2 and words[j + 1] == "Indonesia":
            return True
        # A denomination named by its faith alone names its region after "di": "Gereja
        # Masehi Injili di Timor" (but "Gereja Kristen Jawa di Klaten": one congregation).
        return (
            j > i + 1
            and words[j + 1].lower() not in PLACE_HEADS
            and all(word.lower() in CHURCH_BODY_WORDS for word in words[i + 1 : j])
        )

    def _weekday_in_place_name(self, j: int) -> bool:
        """Is the capitalised weekday at ``j`` part of a place named after a market day,
        right after the place's head ("Pasar Minggu", "Kelurahan Pasar Rebo")? Not when a
        date in brackets follows: "di Pasar Induk Minggu (12/3)"."""
        words = self.words
        return (
            not self.ctx.english
            and words[j].lower() in _WEEKDAYS
            and words[j - 1].lower() in PLACE_HEADS
            and not (j + 1 < self.n and words[j + 1] == "(")
        )

    def _person_at(self, k: int) -> bool:
        """Does a person's name start at ``k``: initials or a common given name and another
        name word ("F.W. de Klerk", "Nelson Mandela")?"""
        word = self.words[k]
        initials = _is_initials(word) and self._gaz(k, k + 1) is None  # not "U.S."
        return (
            (initials or word in GIVEN_NAMES)
            and k + 1 < self.n
            and (bool(self.caps[k + 1]) or self.words[k + 1].lower() in NAME_PARTICLES)
        )

    def _school_end(self, j: int) -> int:
        """Past the number and place that end a school's name, the run up to ``j`` holding
        its level: "SD Negeri 071 Hilimaera", "SMAN 3 Yogyakarta", "SMK Muhammadiyah 2
        Bantul"; else ``j``."""
        words, n = self.words, self.n
        if not (j + 1 < n and words[j].isdigit() and self.caps[j + 1]):
            return j
        return self._run_end(j + 1)

    def _unit_number_end(self, k: int, j: int) -> int:
        """Past the number of a military unit at ``k`` (and its name after a slash), right
        after its head word: "Kodim 0832", "Korem 042/Garuda Putih", "Kodam IV/Diponegoro";
        else ``j``, the end of the run so far."""
        words, n = self.words, self.n
        if not (k < n and (words[k].isdigit() or _ROMAN_NUMERAL.fullmatch(words[k]))):
            return j
        k += 1
        if k + 1 < n and words[k] == "/" and self.caps[k + 1]:
            k = self._run_end(k + 1)
        elif k < n and self.caps[k]:
            k += self._gazetteer_length(k, min(n, k + 3))  # "Daop 2 Bandung": its region
        return max(k, j)

    def _unit_length(self, k: int, b: int) -> int:
        """Length of a numbered unit ("Daop 2 Bandung", "Kodim 0832") at ``k``, within
        the run ending at ``b``; 0 if none."""
        if self.words[k].lower() not in NUMBERED_UNIT_HEADS:
            return 0
        end = self._unit_number_end(k + 1, k + 1)
        return end - k if k + 1 < end <= b else 0

    def _law_end(self, j: int) -> int:
        """Past the number and subject that follow a law's name ending at ``j``: "UU Nomor 1
        Tahun 2023", "UU No. 13/2003 tentang Ketenagakerjaan", "Rancangan Peraturan Daerah
        tentang Penanganan Sampah" are one name each; else ``j``."""
        words, n = self.words, self.n
        k = j
        # "Undang-Undang Informasi dan Transaksi Elektronik": a subject of two parts
        while k + 1 < n and words[k] == "dan" and self._law_subject_at(k + 1):
            k = j = self._run_end(k + 1)
        if k < n and words[k].lower() in LAW_NUMBER_WORDS:
            k += words[k - 1].lower() not in LAW_NUMBER_WORDS  # past "No." unless the run has it
        if words[k - 1].lower() in LAW_NUMBER_WORDS:
            if not (k < n and words[k][:1].isdigit()):
                return j  # "Nomor" with no number after it
            k += 1
            if k + 1 < n and words[k].lower() == "tahun" and words[k + 1].isdigit():
                k += 2
        if k + 1 < n and words[k] == "tentang" and self.caps[k + 1]:
            k = self._run_end(k + 1)
            # "tentang Anggaran Pendapatan dan Belanja Daerah 2027"
            while k + 1 < n and words[k] in ("dan", "serta") and self.caps[k + 1]:
                k = self._run_end(k + 1)
            if k < n and len(words[k]) == 4 and words[k].isdigit():
                k += 1
        return k

    def _law_subject_at(self, k: int) -> bool:
        """After a law's name and "dan", does the second part of its subject start at ``k``
        ("… Informasi dan Transaksi Elektronik"), not another law, body, place or person
        ("UU ITE dan KUHP", "UU Pemilu dan Komisi Pemilihan Umum", "… dan Presiden")?"""
        word = self.words[k]
        return (
            bool(self.caps[k])
            and not self.bits[k] & (_HEAD_WORD | _TITLE_START)
            and word.lower() not in LAW_HEADS
            and word not in LAW_CODES
            and not _is_acronym(word)
            and word not in GIVEN_NAMES
            and self._gaz(k, k + 1) is None
        )

    def _honoured_at(self, i: int, j: int) -> bool:
        """Is ``words[j]`` an honorific inside the name of a place or hospital opening at
        ``i``, before the person it is named after ("Bandara Internasional Sultan
        Hasanuddin", "Rumah Sakit Umum Pusat Dr. M. Djamil")? Only kind words may stand
        between: after a name the honorific is a person's ("RSUD Bahteramas dr. Hasmudin")."""
        words = self.words
        head = words[i].lower()
        return (
            (head in PLACE_HEADS or head in _HOSPITAL_HEADS)
            and words[j].lower() in _HONORIFICS
            and self._kind_words_between(i, j)
        )

    def _edition_of_event(self, i: int, j: int) -> bool:
        """Is ``words[j]`` ("ke-49") the edition of the event whose name opens at ``i``
        ("Festival", "Pesta", "Piala")?"""
        return self.words[j][3:].isdigit() and self.words[i].lower() in EVENT_HEADS

    def _ramadan_surname_at(self, j: int) -> bool:
        """Is "Ramadhan" at ``j`` an Indonesian surname, after a name word that neither opens
        the sentence ("Jelang Ramadhan, …"), nor is a headline's or an ordinary word ("Awal
        Ramadhan"), nor is a place ("warga Jakarta Ramadhan ini")?"""
        before = self.words[j - 1]
        return (
            not self.ctx.english
            and not self.headline
            and j - 1 not in self.initial
            and not self.ctx.written_in_lowercase(before)
            and self._gaz(j - 1, j) != "LOC"
        )

    def _hospital_named_after(self, i: int, k: int) -> bool:
        """Does the person at ``k`` name the hospital opening at ``i``, with only kind words
        between ("RSUD Abdul Wahab Sjahranie", "Rumah Sakit Umum Abdul Moeloek")? Hospitals
        are named after people far more often than written next to their director's name."""
        return self.words[i].lower() in _HOSPITAL_HEADS and self._kind_words_between(i, k)

    def _kind_words_between(self, i: int, k: int) -> bool:
        """Are the words between ``i`` and ``k`` all kind words ("Sakit Umum Pusat",
        "Internasional"; see _KIND_WORDS), or none?"""
        return all(w.lower() in _KIND_WORDS for w in self.words[i + 1 : k])

    def _names_a_law(self, k: int) -> bool:
        """Do the capitalised words from ``k`` end with "Act", so that the "of" before them
        is inside a law's name ("Freedom of Information Act")?"""
        while k < self.n and self.caps[k]:
            k += 1
        return self.words[k - 1] == "Act"

    def _subjects_of_body(self, i: int, j: int, k: int) -> bool:
        """Do the single word at ``i``, the "and" at ``j`` and the words up to ``k`` name one
        public body by the fields it oversees ("Securities and Exchange Commission", "Food
        and Drug Administration")? Not when either side is a known name ("Wales Tourist
        Board") or the first word is a given name."""
        words = self.words
        return (
            j - i == 1
            and words[k - 1].lower() in _SUBJECT_BODY_TAILS
            and words[i] not in GIVEN_NAMES
            and self._gaz(i, j) is None
            and self._gaz(j + 1, j + 2) is None
        )

    def _and_inside_name(self, i: int, j: int, joined: bool) -> bool:
        """Does the name starting at ``i`` go on past the "and" at ``j`` in another way: a
        name repeated ("Faber and Faber"), two partners' names the text calls a body
        ("Chatto and Windus, the publisher"; see _partners_named), or the subject of a body
        named with "of" ("Department of Health and Human Services"), where no place ends the
        part before it ("Bank of England and Barclays") and no place or head word starts the
        part after it?"""
        words = self.words
        if j - i == 1:
            return words[j + 1] == words[i] or self._partners_named(i, j)
        return (
            joined
            and self._gaz(j - 1, j) is None
            and self._gaz(j + 1, j + 2) is None
            and words[j + 1].lower() not in _HEADS
        )

    def _partners_named(self, i: int, j: int) -> bool:
        """Are the single words at ``i`` and after the "and" at ``j`` two partners' names of
        one firm, as publishers and law firms are named ("Chatto and Windus", "Allen and
        Overy")? Only when the text says it is a body: an apposition naming its kind after it
        ("…, the publisher") or "published by" before it with a work named before that
        (while "a study published by Smith and Jones" is its authors'). Never for a name
        the gazetteer knows ("Germany and France, the two economies" are two)."""
        words, n = self.words, self.n
        k = j + 2
        if k > n or (k < n and self.caps[k]):
            return False
        if self._gaz(i, j) is not None or self._gaz(j + 1, k) is not None:
            return False
        if k + 1 < n and words[k] == "," and self._apposition_kind(k + 1) == "ORG":
            return True
        return (
            i > 1
            and words[i - 1] == "by"
            and words[i - 2] == "published"
            and self._work_before(i - 2)
        )

    def _possessive_inside_name(self, j: int) -> bool:
        """Does the name go on past the possessive before ``j``? It does after a saint
        ("St Joseph's Hospital") or a possessor that names a name's members or patron
        ("Women's Institute", "King's College Hospital", "People's Party"), and before
        "of" and a name ("Lloyd's of London"); else the possessive ends it ("Britain's
        Labour Party" is two names)."""
        words, caps, n = self.words, self.caps, self.n
        if words[j] == "of":
            return j + 1 < n and bool(caps[j + 1])
        if words[j] == "and":
            # Two saints' (or a founder's and a saint's) names of one hospital or school:
            # "Guy's and St Thomas'".
            return j + 2 < n and words[j + 1] in _SAINTS and bool(caps[j + 2])
        if not caps[j]:
            return False
        if words[j] in _POSSESSED_INSTITUTIONS and not (j + 1 < n and caps[j + 1]):
            return True  # "Guy's Hospital", "King's College"
        return words[j - 1][:-2].lower() in NAME_POSSESSORS or (j > 1 and words[j - 2] in _SAINTS)

    def _split_possessive_inside_name(self, j: int) -> bool:
        """Is the "'s" at ``j``, a token of its own as tokenised wire copy writes it, inside
        a name ("Queen 's Club", "St Mary 's Hospital"), as :meth:`_possessive_inside_name`
        says of a glued one?"""
        words = self.words
        return (
            j + 1 < self.n
            and bool(self.caps[j + 1])
            and (words[j - 1].lower() in NAME_POSSESSORS or (j > 1 and words[j - 2] in _SAINTS))
        )

    def _plural_possessive_inside_name(self, j: int) -> bool:
        """Is the "'" at ``j``, glued to a word ending in "s", a possessive inside a name: a
        saint's ("St Thomas'") or a name's members' before the rest of it ("Taxpayers'
        Alliance")?"""
        toks, words = self.toks, self.words
        if not (words[j - 1].endswith("s") and toks[j].start == toks[j - 1].end):
            return False
        members = words[j - 1].lower() in NAME_POSSESSORS and j + 1 < self.n and self.caps[j + 1]
        return bool(members) or (j > 1 and words[j - 2] in _SAINTS)

    def _web_ending_at(self, j: int) -> bool:
        """Is the "." at ``j`` the start of a web address ending (".com", ".co") written
        without spaces?"""
        toks = self.toks
        return (
            j + 1 < self.n
            and self.words[j + 1].lower() in _WEB_ENDINGS
            and toks[j - 1].end == toks[j].start
            and toks[j].end == toks[j + 1].start
        )

    def _bracketed_legal_form_at(self, j: int) -> bool:
        """Is ``words[j]`` the "(" of "(Persero)" inside a company name? It belongs to the
        name also where the name ends with it: "PT Kereta Api Indonesia (Persero) menambah"."""
        words = self.words
        return j + 2 < self.n and words[j + 1] in _BRACKETED_LEGAL_FORMS and words[j + 2] == ")"

    def _org_list_end(self, j: int) -> int:
        """Past ", X, dan Y" starting at ``j`` inside an organisation name, or ``j``."""
        words, caps, n = self.words, self.caps, self.n
        k = j
        while k + 1 < n and words[k] == "," and caps[k + 1]:
            k += 2
        if k < n and words[k] == ",":
            k += 1
        if k + 1 < n and words[k].lower() in ("dan", "and", "&") and caps[k + 1]:
            # Not when a second organisation or place begins ("Kementerian Keuangan dan Bank
            # Indonesia"); "Kementerian Lingkungan Hidup dan Kehutanan" is one name.
            nxt = words[k + 1]
            if nxt.lower() in _HEADS or self._office_starts_at(k + 1):
                return j
            if k + 2 < n and words[k + 2].lower() in ORG_HEADS and not self._subunit_at(j):
                return j  # "Ponpes Lirboyo dan Pondok Pesantren Tebuireng": a head second
            if nxt in gazetteer.first_words():
                return j
            place = _gazetteer_place(words[j - 1 : j])
            if place is not None and place.label == "LOC" and _is_region(place):
                return j  # "Palang Merah Indonesia dan Aksi Cepat Tanggap": its country ends it
            return k + 2
        return j

    def _after_meeting(self, a: int, b: int) -> int:
        """Where the body holding the meeting named at ``a`` starts in the run ``[a, b)``
        ("Rapat Paripurna DPR", "Sidang Tahunan MPR": a session is no person, and the body
        is the organisation), ``b`` for the meeting word alone ("Sidang"), or ``a`` when
        what follows is no body ("Rapat Umum Pemegang Saham", "Sidang Isbat"; "Rapat Kerja
        Nasional" is a gathering by its level, see _label_by_form)."""
        if b - a == 1:
            return b
        words, k = self.words, a + 1
        while k < b and words[k].lower() in _MEETING_KINDS:
            k += 1
        if k == b:
            return a
        if _is_body_acronym(words[k]) or words[k].lower() in ORG_HEADS:
            return k
        return a

    def _subunit_at(self, j: int) -> bool:
        """Does the organisation name before ``j`` open with the head of a body's part,
        whose parent body follows its fields ("Fakultas Ekonomi dan Bisnis Universitas
        Indonesia")?"""
        for k in range(j - 1, max(j - 4, -1), -1):
            if self.words[k].lower() in _SUBUNIT_HEADS:
                return True
        return False

    # -- step 2: labels ---------------------------------------------------------------------

    def _label_run(self, a: int, b: int, *, after_title: bool) -> list[_Candidate]:
        """Label the run ``[a, b)``, possibly splitting it (complement + name after a title)."""
        words = self.words
        if b - a == 1 and self._lone_word_names_no_one(a):
            return []
        if a == 0 or words[a - 1] == ",":  # (where a dateline's place or outlet may stand)
            if (a == 0 or self._after_dateline_media(a)) and self._dateline_place(a, b):
                return [self._make(a, b, "LOC", STRONG)]
            if a and self._dateline_outlet(a, b):
                if b - a == 1 and _is_state_abbreviation(words[a]):
                    return [self._make(a, b, "LOC", STRONG)]  # "TAMPA, Fla. -": the state
                return [self._make(a, b, "ORG", STRONG)]  # "JAKARTA, Detik -": the outlet
        if b - a > 1 and words[b - 1] in _PHOTO_WORDS and words[b : b + 1] == ("/",):
            b -= 1  # "(AP Photo/Evan Vucci)": a caption's credit names the agency
        if words[a].lower() in _MEETING_WORDS:
            a = self._after_meeting(a, b)
            if a == b:
                return []  # "Sidang" alone: a meeting, no name
        if (
            a in self.initial
            and b - a > 2
            and words[a].lower() in _RESIDENT_NOUNS
            and self.bits[a + 1] & _HEAD_WORD
        ):
            a += 1  # "Warga Desa Sendangrejo, Pak Sumarno, mengaku": the village
        if after_title and words[a] == "Metro" and b - a > 1 and self._gaz(a + 1, a + 2):
            a += 1  # "Kapolres Metro Jakarta Selatan": the command of that city, a place
        if b - a > 1 and words[a].lower() in _KIN_WORDS and not self.ctx.english:
            a += 1  # "Istri Hasanudin, Ratna, menangis": Hasanudin
        if a in self.initial and b - a > 1 and self._noun_before_name(words[a]):
            a += 1  # "Kunjungan Xi Jinping ke Jakarta", "Penyanyi Raisa Andriana tampil"
        elif a in self.initial and b - a > 2 and words[a] in _ROLES_BEFORE_NAMES:
            a += 1  # "Singer Grian Chatten said": the role, then a full name
        if a in self.initial and b - a == 1 and self._opens_phrasal_verb(b):
            return []  # "Fed up with the delays", "Fed by strong winds": no bank
        # A capitalised first word proves nothing: keep the run only from its second word
        # on, when the rest is a name by itself ("Pejabat AS", "Data BPS") or the first is
        # an ordinary word with nothing (such as a speech verb after it) to make it a name.
        if (
            a in self.initial
            and not after_title
            and not self._table_row(a)
            and not self._initial_evidence(a, b)
            and not (b - a > 1 and self._adjective_opens_organisation(a))
            and not (b - a > 1 and is_given_name(words[a]))
            and not (b - a > 2 and words[a] in _BALINESE_OPENERS and words[a + 1] in _BALINESE)
            and not (  # the cheap test first: honours open few runs
                self._after_malaysian_honours_at(a)
                and (
                    self._after_malaysian_honours(a, b) != a
                    or self._after_honour_apostrophe(a)  # "Dato' Tahir": no quote opens
                )
            )
            and not (b - a > 2 and _names_world_body(words[a:b]))  # "Program Pangan Dunia"
        ):
            speaks = (
                b < self.n
                and (
                    words[b].lower() in SPEECH_VERBS
                    or (words[b] in _AUXILIARIES and words[b + 1 : b + 2] in _SAID)  # "has said"
                )
                and not (b - a == 1 and self._plural_subject_noun(a))
            )
            if (
                words[a].lower() in COMMON_SUBJECTS  # "Police said", "Warga mengatakan"
                or _is_business_descriptor(words[a])  # "Chipmaker Acme Semiconductor"
                or words[a].lower() in _SPORTS_PEOPLE  # "Pebalap Indonesia Mario Aji"
                or words[a].lower() in _PERSON_NOUNS  # "Jenazah Fatimah binti Umar"
                or _drops_misc_cue(words[a])  # "Program Makan Bergizi Gratis"
                or (b - a > 2 and self._model_noun_before(a + 1))  # "Mobil Toyota Fortuner"
                or (b - a > 1 and _is_lowercase_compound(words[a]))  # "Leg-spinner Shane Warne"
                or (b - a > 2 and words[a + 1] in GIVEN_NAMES)  # "Later Chris Sutton said"
                or (self._typed_name(a + 1, b) and not self._named_for_country_code(a, b))
                or (b - a > 1 and self._misc_without_first(a, b))
                or self._compound_parts(a + 1, b)
                or (
                    not speaks
                    and (
                        b - a == 1
                        or self.ctx.written_in_lowercase(words[a])
                        or self._pos_rules_out(a)
                    )
                )
            ):
                a += 1
                if a == b or not self.caps[a]:
                    return []
        if self._after_malaysian_honours_at(a):
            a = self._after_malaysian_honours(a, b)
        if a == b:
            return []  # "Tan Sri Dato'": honours alone, no name
        if b - a == 2 and words[a:b] in _CAPITALISED_PHRASES:
            return []  # "bioskop Tanah Air": the homeland, written with capitals
        # (Most runs, after a lowercase word and opening with an ordinary one, take none of
        # the rules of odd shapes: a cheap test of their words first.)
        odd = self._odd_run(a, b, after_title=after_title)
        if odd and (found := self._label_by_shape(a, b, after_title=after_title)) is not None:
            # (An event after a title takes its number too: "juri Festival Film Indonesia
            # 2026".)
            return self._with_event_number(found, b) if after_title else found
        # One word may be a compound of names ("Trump-Putin"); a longer run an office and a
        # person, or several places.
        if b - a == 1:
            parts = self._compound_parts(a, b) if "-" in words[a] else []
        else:
            parts = (
                (self.bits[b - 1] & _TITLE_START and self._place_before_office(a, b))
                or self._side_before_player(a, b)
                or self._country_before_club(a, b)
                or self._body_then_member(a, b)
                or self._office_and_person(a, b)
                or self._office_and_balinese_name(a, b)
                or self._landmark_then_city(a, b)
                or self._gazetteer_segments(a, b)
            )
        if parts:
            return parts
        if odd and (found := self._label_by_word_before(a, b)) is not None:
            return found
        label, strength = self._label(a, b)
        if (
            label == "PER"
            and b - a > 2
            and self.ctx.indonesian
            and (pair := self._running_mates(a, b))
        ):
            return pair
        if label == "PER" and words[a] in _COMPASS_ADJECTIVES:
            label = "ORG"  # "Northern Trains", "Southern Water": no person's name
        if self._model_number_before(a, b):
            # "its 737 MAX jets", "the 737 MAX 9" (its variant's number too)
            variant = b < self.n and words[b].isdigit() and len(words[b]) <= 2
            return [self._make(a - 1, b + variant, "MISC", STRONG)]
        numbered = b < self.n and self.toks[b].upos == "NUM"
        if numbered and b - a == 1 and words[a].lower() in _NUMBERED_ROADS:
            return [self._make(a, b + 1, "LOC", STRONG)]  # "Route 9", "Interstate 95"
        if numbered and (self._numbered_event(a, b, label) or self._model_number(a, b, label)):
            if self._maker_before_model(a, b) and not self._numbered_event(a, b, label):
                # "a SpaceX Falcon 9 rocket": the maker, then its product's own name
                return [
                    self._make(a, a + 1, "ORG", STRONG),
                    self._make(a + 1, b + 1, "MISC", STRONG),
                ]
            # "Liga 1", "Olimpiade Paris 2024"; "Boeing 777 jets", "Windows 95 sales"
            return [self._make(a, b + 1 + self._season_at(b + 1), "MISC", STRONG)]
        if label == "MISC" and self._season_at(b):
            return [self._make(a, b + 1, "MISC", STRONG)]  # "Liga Champions 2025/2026"
        if a > 0 and words[a - 1] in _TITLE_ARTICLES and a - 1 not in self.initial:
            if self._article_opens_work(a, label):
                return [self._make(a - 1, b, "MISC", max(strength, CUED))]
            if words[a - 1] == "The":
                # "sementara The Jakmania meminta": "The" written so mid-sentence is part of
                # the name, a group's (a place when the gazetteer says so or "at" comes
                # before it: "at The Oval"; but "in The Guardian" is mostly a paper), never a
                # person's.
                if label == "PER" or strength < STRONG:
                    label = "ORG"
                if a > 1 and words[a - 2] in _NAME_PLACE_PREPOSITIONS and words[a - 2] != "in":
                    label, strength = "LOC", STRONG
                label = self._gaz(a - 1, b) or label
                return [self._make(a - 1, b, label, max(strength, CUED))]
        return [self._make(a, b, label, strength)]

    def _lone_word_names_no_one(self, a: int) -> bool:
        """Is the run of the one word at ``a`` no name, by the words around it? (Asked
        before the rules of datelines: a leader's time in office follows its owner, where no
        dateline's place or outlet stands.)"""
        words, b = self.words, a + 1
        if len(words[a]) <= 3 and self._on_number_plate(a):
            return True  # "nopol DK 1234 AB": the letters of a number plate
        if words[b : b + 1] in _DEMONSTRATIVES and self.bits[a] & _HEAD_WORD:
            return True  # "Pasar itu berada di …": the market named before, by its kind
        if (
            a > 0
            and words[a - 1] == "the"
            and _is_possessive(words[a])
            and words[a][:-2].lower() in TITLE_HEADS
        ):
            return True  # "the King's birthday", "the Pope's visit": a title, as "the King" is
        if words[b : b + 1] == ("of",) and words[a].lower() in _PEERAGES:
            return True  # "The Duke of Sussex": a peer's title; the place after it is named
        # "Her Premiership ended in 1990": her time in office, no league
        return a > 0 and self._tenure_of_owner(a)

    def _model_number_before(self, a: int, b: int) -> bool:
        """Is the short name ``[a, b)`` the rest of a model whose number opens it, after
        "the" or an owner ("its 737 MAX jets", "the 787 Dreamliner")? A number of three
        digits is no year, and one that ends in "00" counts something ("the 100 Club")."""
        words = self.words
        return (
            self.ctx.english
            and a > 1
            and b - a <= 2
            and len(words[a - 1]) == 3
            and words[a - 1].isdigit()
            and not words[a - 1].endswith("00")
            and words[a - 2].lower() in _MODEL_OWNERS
        )

    def _maker_before_model(self, a: int, b: int) -> bool:
        """Does the model name ``[a, b)`` (its number after it) open with its maker, a
        brand written in inner capitals or a listed organisation, before a product's name
        of its own ("SpaceX Falcon 9", "Apple iPhone 16")? A maker's name and a number
        alone ("Boeing 777") are one product."""
        first = self.words[a]
        return (
            b - a == 2
            and self.words[a + 1].isalpha()
            and not _is_acronym(self.words[a + 1])
            and (_is_camel_case(first) or self._gaz(a, a + 1) == "ORG")
        )

    def _plural_subject_noun(self, a: int) -> bool:
        """Is the lone word opening the sentence at ``a`` (with no other evidence of a
        name) shaped as an English plural noun, so that a speech verb after it makes no
        person ("Aides said", "Relatives said", "Regulators said")? A surname the text
        gives after a given name ("Jones" of "Ann Jones"), a common surname or given name of
        that shape ("Jones said", "Williams said", "James said") is still a person."""
        word = self.words[a]
        return (
            self.ctx.english
            and len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "'s"))
            and word[1:].islower()
            and word not in SURNAMES_IN_S
            and word not in GIVEN_NAMES
            and word not in self.ctx.surnames()
        )

    def _noun_before_name(self, word: str) -> bool:
        """Is ``word``, opening a sentence before a name, a noun that is no part of it: an
        act or trade (NOUNS_BEFORE_NAMES), or in Indonesian a kind of work ("Film Laskar
        Pelangi disutradarai …", "Album Kisah Klasik dirilis …"), whose title follows?"""
        low = word.lower()
        return low in NOUNS_BEFORE_NAMES or (not self.ctx.english and low in WORK_NOUNS)

    def _article_opens_work(self, a: int, label: EntityLabel) -> bool:
        """Does the capitalised article (see _TITLE_ARTICLES) mid-sentence before the run at
        ``a`` open the title of a work: after a possessive or a work's kind, with a comma or
        not ("Homer's The Odyssey", "the novel The Road"), or before a run already read as a
        work ("releasing A Moon Shaped Pool")?"""
        if a < 2:
            return False
        before = self.words[a - 2]
        if before == "," and a > 2:
            before = self.words[a - 3]  # "her new comedy, The Phoenician Scheme"
        return label == "MISC" or _is_possessive(before) or before.lower() in WORK_NOUNS

    def _odd_run(self, a: int, b: int, *, after_title: bool) -> bool:
        """May a rule of :meth:`_label_by_shape` or :meth:`_label_by_word_before` label the
        run ``[a, b)``: after a title, at the sentence's start, after a capitalised word, its
        first word or the word before it odd (see _ODD_WORD), or a title after it?"""
        words = self.words
        return (
            after_title
            or a == 0
            or bool(self.capitalised[a - 1])
            or _MORE_BITS[words[a]] & _ODD_WORD != 0
            or _MORE_BITS[words[a - 1]] & _ODD_WORD != 0
            or (b < self.n and self.bits[b] & _TITLE_START != 0)
        )

    def _label_by_shape(self, a: int, b: int, *, after_title: bool) -> list[_Candidate] | None:
        """The names of the run ``[a, b)`` as its shape and first word make them (a train,
        a title or letter alone, the complement after a title, a chamber and party, a
        nationality before a name, a row of a table, a capitalised word before it), or
        None when none of those rules applies."""
        words = self.words
        if self._names_train(a, b):
            a += words[a] == "KA"
            b += b < self.n and words[b] in _TRAIN_SERVICES  # "KA Taksaka Pagi"
            return [self._make(a, b, "MISC", STRONG)]  # "KA Taksaka Pagi", "kereta api Gajayana"
        if b - a == 1:
            word = words[a]
            if self._business_named_possessive(a):
                tok = self.toks[a]  # "McDonald's said": the "'s" is part of the name
                return [_Candidate(tok.start, tok.end, (word,), "ORG", STRONG)]
            initials = a > 0 and words[a - 1].lower() in PERSON_CONTEXT  # "berinisial MR"
            if (
                (
                    word.lower() in TITLE_HEADS
                    and not initials
                    and word not in _KOREAN_SURNAME_TITLES
                )
                or len(word) == 1
                or (word in COMMON_ACRONYMS)
            ):
                return []  # a title alone, a lone letter ("seri B", "Grup A"), "RUU", "THR"
            if word.lower() in LAW_HEADS:
                return []  # "Perppu itu": a law's kind, no name
            if b < self.n and self.bits[b] & _TITLE_START and self._qualifies_role(a):
                return []  # "said Opposition leader Jane Doe": the role's kind, not a name
        if after_title:
            return self._after_title(a, b)
        if b - a == 2 and words[a] in _CHAMBERS and words[a + 1] in _PARTY_MEMBERS:
            # "Senate Democrats": the chamber and the party, two names
            return [
                self._make(a, a + 1, "ORG", STRONG),
                *self._label_run(a + 1, b, after_title=False),
            ]
        if (
            b - a > 2
            and words[a].lower() in _NATIONALITY_FIRSTS
            and self._nationality_before_name(a, b)
        ):
            # "South African Ernie Els", "New Zealander Frank Nobilo"
            rest = self._label_run(a + 2, b, after_title=False)
            return [self._make(a, a + 2, "MISC", STRONG), *rest]
        if b - a > 1 and _is_name_compound(words[a]):
            # "Boston-based Keralon Therapeutics", "Oscar-winning Tilda Swinton": a modifier
            rest = self._label_run(a + 1, b, after_title=False)
            return [self._make(a, a + 1, "MISC", STRONG), *rest]
        if b - a > 1 and gazetteer.is_demonym(words[a]):
            if (
                all(map(gazetteer.is_demonym, words[a + 1 : b]))
                and self._gaz(a, b) is None
                and not self._business_before(a)  # "drugmaker Bavarian Nordic"
            ):
                return [self._make(a, b, "MISC", STRONG)]  # "Bosnian Serb", not "Arab Saudi"
            # "Croatian Goran Ivanisevic": a nationality before a name, unless the whole run
            # is one organisation or event ("Dutch Safety Board").
            label, strength = self._label(a, b, context=False)
            if self._gaz(a + 1, b) == "ORG" or self._business_before(a):
                # "Indian Red Cross": its branch; "drugmaker Bavarian Nordic": a company
                return [self._make(a, b, "ORG", STRONG)]
            if strength == DEFAULT and words[a] in _GIVEN_NAMES_AMONG_FAITHS and b - a == 2:
                return [self._make(a, b, "PER", CUED)]  # "Christian Eriksen": a given name
            if strength == DEFAULT and self.ctx.indonesian and b - a > 2:
                # Indonesian puts a nationality after the noun ("petenis Kroasia"), so one
                # before two more names is a given name: "Muslim Jaya Butarbutar"
                return [self._make(a, b, "PER", CUED)]
            if strength == DEFAULT:
                rest = self._label_run(a + 1, b, after_title=False)
                return [self._make(a, a + 1, "MISC", STRONG), *rest]
        if a == 0 and self._table_row(a):
            team = self._team_label(a, b)
            if team is not None:
                return [self._make(a, b, team, STRONG)]
        if a > 0 and not self.caps[a - 1] and self.capitalised[a - 1]:
            # "the All Blacks": a capitalised function word that opens a listed name, or
            # "All" mid-sentence, which opens names only ("the All England Club").
            listed = self._gaz(a - 1, b)
            if listed is not None:
                return [self._make(a - 1, b, listed, STRONG)]
            if words[a - 1] == "All" and a - 1 not in self.initial:
                label, strength = self._label(a - 1, b, default="ORG")
                return [self._make(a - 1, b, label, max(strength, CUED))]
        return None

    def _label_by_word_before(self, a: int, b: int) -> list[_Candidate] | None:
        """The name at ``[a, b)`` as the word before it or a noble's abbreviation makes it
        ("used ChatGPT", "climbed Helvellyn", "TB Hasanuddin"), or None."""
        words = self.words
        before = words[a - 1].lower() if a else ""
        if before in _USE_VERBS and b - a == 1 and _is_camel_case(words[a]):
            return [self._make(a, b, "MISC", STRONG)]  # "used ChatGPT", "pakai ChatGPT"
        if (
            words[a] not in GIVEN_NAMES
            and (
                before in _CLIMB_VERBS
                or (before in _ROUND and a > 1 and words[a - 2].lower() in _WALK_VERBS)
            )
            and not (_is_possessive(words[b - 1]) or words[b : b + 1] == ("'s",))  # "Smith's"
        ):
            return [self._make(a, b, "LOC", STRONG)]  # "climbed Helvellyn", "sailed round X"
        if b - a > 1 and words[a] in _NOBLE_ABBREVIATIONS and not self.ctx.english:
            return [self._make(a, b, "PER", STRONG)]  # "TB Hasanuddin", "RA Kartini"
        return None

    def _names_train(self, a: int, b: int) -> bool:
        """Is run ``[a, b)`` a named train, MISC as a vehicle's name: "KA" before its name
        ("KA Argo Parahyangan"), or the name right after "kereta api" or "kereta cepat"
        ("Kereta api Gajayana", "kereta cepat Whoosh")?"""
        words = self.words
        if words[a] == "KA":
            return b - a > 1
        return a > 1 and words[a - 1] in _TRAIN_KINDS and words[a - 2].lower() == "kereta"

    def _champion_named(self, a: int, b: int, cue: str) -> bool:
        """Is the run ``[a, b)`` after a team's cue word a person ("Olympic champions
        Michael Johnson and ...", "rival Chris Evert"): a common given name and more?"""
        return cue in _TEAM_CUES and b - a > 1 and self.words[a] in GIVEN_NAMES

    def _venue_after_at(self, a: int) -> bool:
        """Is the name at ``a`` after "at the", not a workplace ("an analyst at the X"), or
        after a word of where only a place may follow ("outside the Reichstag")? Things
        happen at a venue."""
        words = self.words
        if a < 2:
            return False
        before = words[a - 2].lower()
        return before in _ONLY_PLACES_AFTER or (
            before == "at"
            and not (a > 2 and (_is_role_noun(words[a - 3]) or _is_professional(words[a - 3])))
        )

    def _business_before(self, a: int) -> bool:
        """Is the word before ``a`` a cue for a business ("drugmaker", "firm")?"""
        return a > 0 and _is_business_descriptor(self.words[a - 1])

    def _opens_phrasal_verb(self, b: int) -> bool:
        """Is the first word, before ``b``, a participle before "by" ("Fed by strong winds",
        "Hit by") or the verb of "X up with" or "X up of" ("Fed up with", "Teamed up of")?
        No name opening a sentence is followed so."""
        after = self.words[b : b + 1]
        return after == ("by",) or (after == ("up",) and self.words[b + 1 : b + 2] in _UP_ENDS)

    def _nationality_before_name(self, a: int, b: int) -> bool:
        """Does the run ``[a, b)``, opening with a compass word, open with a nationality of
        two words ("South African", "North Korean") before a name, rather than being one
        organisation or event?"""
        return (
            gazetteer.is_demonym(self.words[a + 1])
            and self._label(a, b, context=False)[1] == DEFAULT
        )

    def _business_named_possessive(self, a: int) -> bool:
        """Is the possessive at ``a`` a business named after its founder ("McDonald's",
        "Moody's warned", "Sainsbury's reported")? A possessive must have a noun after it,
        so one that a verb follows is the whole name, if the text never writes the
        founder's name without its "'s" (as it would a person's: "Trump said")."""
        word = self.words[a]
        if not _is_possessive(word) or a + 1 >= self.n or word[:-2] in self.ctx.cap_counts:
            return False
        if _is_acronym(word[:-2]):
            return False  # "NATO's plans": no founder's name
        nxt = self.words[a + 1]
        return nxt in SPEECH_VERBS or nxt in _AUXILIARIES or (nxt.endswith("ed") and nxt.islower())

    def _numbered_event(self, a: int, b: int, label: EntityLabel) -> bool:
        """Is the run ``[a, b)`` an event or competition named with a number right after it
        ("Indonesia Open 2024", "Liga 1", "Pemilu 2024", "Formula 1")? The number is a whole
        token of up to four digits, not the start of a score, date or decimal."""
        if b >= self.n or self.toks[b].upos != "NUM" or not self.words[b].isdigit():
            return False
        if len(self.words[b]) > 4:
            return False
        if not (label == "MISC" or (b - a <= 2 and self.words[b - 1].lower() in NUMBERED_EVENTS)):
            return False  # (a sponsor may open the name: "BRI Liga 1")
        after = self.words[b + 1] if b + 1 < self.n else ""
        if after in ("-", "/", "%", ":"):
            return False
        return not (after in (".", ",") and b + 2 < self.n and self.words[b + 2][:1].isdigit())

    def _season_at(self, k: int) -> int:
        """1 if the token at ``k`` is a sports season written as two years ("2026/2027",
        "2025/26"), which goes with the competition before it ("Liga 1 2026/2027"); else 0."""
        return int(
            k < self.n and self.toks[k].upos == "NUM" and bool(_SEASON.fullmatch(self.words[k]))
        )

    def _model_number(self, a: int, b: int, label: EntityLabel) -> bool:
        """Is the number after the run ``[a, b)`` a product's model number ("Boeing 777
        jets", "iPhone 15 di Indonesia")? Two to four digits, then an ordinary word that
        counts nothing ("Toyota 10 unit", "Arsenal 10 points") - not a score in a table, a
        place's number nor an age."""
        word = self.words[b]
        if label == "LOC" or not (word.isdigit() and len(word) <= 4) or word[0] == "0":
            return False
        after = self.words[b + 1] if b + 1 < self.n else ""
        return (
            after.isalpha()
            and after.islower()
            and after not in _MEASURE_WORDS
            and after not in _NOT_AFTER_MODELS
            and not _is_initial(self.words[a])
            and not _is_possessive(self.words[b - 1])  # "Lumeq's 600 engineers"
            and not gazetteer.is_club(" ".join(self.words[a:b]))  # "Gol PSS 1 dicetak"
        )

    def _after_dateline_media(self, a: int) -> bool:
        """Does the sentence open with a news site and a comma before ``a``, as in
        "TRIBUNPEKANBARU.COM, SIAK -", so that a dateline's place may start at ``a``?"""
        words = self.words
        return (
            2 < a <= _DATELINE_REACH
            and words[a - 1] == ","
            and words[a - 2].lower() in _WEB_ENDINGS
            and all(w.isupper() or w == "." or w.lower() in _WEB_ENDINGS for w in words[: a - 1])
        )

    def _dateline_place(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` the place of a dateline ("SLEMAN, KOMPAS.com -", "SAN JOSE,
        California (AP) -", "BANDUNG -"): words in capitals, then a comma, bracket or dash,
        and a dash soon after? Or wire copy's "FRANKFURT 1996-08-22". Unknown towns in
        capitals would otherwise pass for acronyms."""
        words = self.words
        if b >= self.n:
            return False
        if words[b] not in _DATELINE_PLACE_ENDS:
            return (
                b + 5 == self.n
                and bool(_ISO_DATE.fullmatch("".join(words[b:])))
                and all(w.isupper() for w in words[a:b])
            )
        if not all(
            (len(w) > 2 or w in _SAINTS_IN_CAPITALS) and w.isalpha() and w.isupper()
            for w in words[a:b]
        ):
            return False  # ("ST" of "LYTHAM ST ANNES" may be short)
        return not _DASHES.isdisjoint(words[b : b + _DATELINE_REACH])

    def _after_malaysian_honours(self, a: int, b: int) -> int:
        """Where the name starts after Malaysian honours opening the run ``[a, b)`` ("Tan
        Sri Dato' Tahir", "Datuk Seri Anwar Ibrahim"): titles, kept out of the name as
        "Sir" is. "Sri" and "Tan" alone are names ("Sri Mulyani", "Vincent Tan"); "Sri"
        after an honour is one ("Dato' Sri"), even when the apostrophe ended the run."""
        words, k = self.words, a
        if self._after_honour_apostrophe(a):
            k += b - a > 1 and words[a] in _MALAYSIAN_SECOND_HONOURS
        while k < b:
            if words[k] in _MALAYSIAN_PAIRED_HONOURS and words[k + 1 : k + 2] == ("Sri",):
                k += 2
            elif words[k] in _MALAYSIAN_HONOURS:
                k += 1
                k += k < b - 1 and words[k] in _MALAYSIAN_SECOND_HONOURS
            else:
                break
        return min(k, b)

    def _after_malaysian_honours_at(self, a: int) -> bool:
        """May Malaysian honours open the run at ``a``, or the apostrophe of "Dato'"
        (tokenised apart) come right before it? A cheap test before the full one."""
        words = self.words
        return words[a] in _HONOUR_OPENERS or (a > 1 and words[a - 1] in _APOSTROPHES)

    def _after_honour_apostrophe(self, a: int) -> bool:
        """Does the run at ``a`` follow the apostrophe of "Dato'" (tokenised apart)?"""
        words = self.words
        return a > 1 and words[a - 1] in _APOSTROPHES and words[a - 2] in _MALAYSIAN_HONOURS

    def _dateline_outlet(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` the news outlet between a dateline's place and its dash
        ("JAKARTA, Detik -", "SURABAYA, Tribun -")? It is a publisher, not a second place
        unless the gazetteer knows it as one ("MANCHESTER, England -")."""
        words = self.words
        return (
            1 < a <= _DATELINE_REACH
            and b < self.n
            and words[a - 1] == ","
            and words[b] in _DASHES
            and self._dateline_place(0, a - 1)
            and self._gaz(a, b) != "LOC"  # "MANCHESTER, England -": a region
        )

    def _compound_parts(self, a: int, b: int) -> list[_Candidate]:
        """ "Trump-Putin" (one token) as two names when the text names each of them on its own
        elsewhere (or the gazetteer knows them); "Soekarno-Hatta" and "Pryce-Whitlock" stay
        whole otherwise. After a word for a route, an unlisted end is a place like the listed
        one: "relasi Gambir-Bandung". Empty when ``[a, b)`` is not such a compound."""
        if b - a != 1 or "-" not in self.words[a]:
            return []
        tok = self.toks[a]
        if self.text[tok.start : tok.end] != tok.text:
            return []  # a word split off a written token: no offsets to split it by
        parts = tok.text.split("-")
        places = [gazetteer.lookup(part) for part in parts]
        route = (
            a > 0
            and self.words[a - 1] in _ROUTE_WORDS
            and any(place is not None and place.label == "LOC" for place in places)
        )
        out: list[_Candidate] = []
        offset = tok.start
        for part, place in zip(parts, places, strict=True):
            if not part[:1].isupper():
                return []
            if place is None and not (route or part in self.ctx.mid_capitalised):
                return []
            known_place = place.label == "LOC" if place is not None else route
            label: EntityLabel = "LOC" if known_place else "PER"
            out.append(_Candidate(offset, offset + len(part), (part,), label, CUED))
            offset += len(part) + 1
        return out

    def _running_mates(self, a: int, b: int) -> list[_Candidate]:
        """ "Andi Asman Sulaiman-Andi Akmal Pasluddin", "Pramono Anung-Rano Karno": two
        people's names of two words or more joined by a hyphen, as the Indonesian press
        writes a ticket of candidates, are two people. Empty when the run ``[a, b)`` of a
        person is not so (one hyphen inside a word, not at either end)."""
        words = self.words
        k = next((k for k in range(a + 1, b - 1) if "-" in words[k]), 0)
        if not k:
            return []
        tok = self.toks[k]
        left, _, right = tok.text.partition("-")
        if (
            self.text[tok.start : tok.end] != tok.text
            or not (left[:1].isupper() and right[:1].isupper())
            or not (left.isalpha() and right.isalpha())
        ):
            return []
        cut = tok.start + len(left)
        first = _Candidate(self.toks[a].start, cut, (*words[a:k], left), "PER", CUED)
        second = _Candidate(cut + 1, self.toks[b - 1].end, (right, *words[k + 1 : b]), "PER", CUED)
        return [first, second]

    def _side_before_player(self, a: int, b: int) -> list[_Candidate]:
        """ "pasangan China Liang Weikeng", "pemain Denmark Anders Antonsen", "pebalap
        Pertamina Enduro VR46 Racing Team Marco Bezzecchi": after a noun for a player or a
        side (see _PLAYER_NOUNS), a country or a team (named by its last word) and a name
        of two words or more with no mark of a body or a place are the player's side and
        the player. Empty when ``[a, b)`` is not so."""
        if a == 0 or b - a < 3 or self.words[a - 1].lower() not in _PLAYER_NOUNS:
            return []
        side: EntityLabel = "LOC"
        m = next((m for m in (2, 1) if b - a - m >= 2 and self._country_at(a, m)), 0)
        if not m:
            side = "ORG"
            m = self._organisation_tail_length(a, b) or self._organisations_length(a, b - 2)
        if not m or self._typed_name(a + m, b) or _label_by_form(self.words[a + m : b]):
            return []  # "pemain Indonesia Open", "wakil Korea Selatan LG Twins"
        return [self._make(a, a + m, side, STRONG), self._make(a + m, b, "PER", STRONG)]

    def _country_before_club(self, a: int, b: int) -> list[_Candidate]:
        """ "klub Inggris Oxford United": after a noun for a side (see _CLUB_NOUNS), a
        country and then a name shaped as an organisation's are the club's country and the
        club. Empty when ``[a, b)`` is not so."""
        if a == 0 or self.words[a - 1].lower() not in _CLUB_NOUNS:
            return []
        m = next((m for m in (2, 1) if b - a - m >= 1 and self._country_at(a, m)), 0)
        if not m or _label_by_form(self.words[a + m : b]) != "ORG":
            return []
        return [self._make(a, a + m, "LOC", STRONG), self._make(a + m, b, "ORG", STRONG)]

    def _organisations_length(self, k: int, limit: int) -> int:
        """Length of the gazetteer organisations one after another from ``k`` (up to
        ``limit``): a team named by its maker and sponsor ("Ducati Lenovo")."""
        end = k
        while (m := self._gazetteer_length(end, limit)) and self._gaz(end, end + m) == "ORG":
            end += m
        return end - k

    def _country_at(self, a: int, m: int) -> bool:
        """Do the ``m`` words at ``a`` name a country?"""
        place = _gazetteer_place(self.words[a : a + m])
        return place is not None and place.key.startswith("country:")

    def _office_and_person(self, a: int, b: int) -> list[_Candidate]:
        """ "(BPBD) Kabupaten Bekasi Muhammad Said", "BMKG Rizal Hakim": a typed name (head
        word, gazetteer, acronym) and then a person whose given name is a common one. Empty
        when ``[a, b)`` is not such a pair."""
        words = self.words
        for k in range(a + 1, min(b - 1, a + _MAX_NAME_WORDS)):
            if words[k - 1] == "I" and words[k] in _BALINESE:
                break  # "Stadion I Wayan Dipta": a Balinese name opens at "I" (see below)
            if words[k] in GIVEN_NAMES and self._typed_name(a, k):
                if (
                    self._honoured_at(a, k - 1)
                    or self._hospital_named_after(a, k)
                    or words[b - 1].lower() in PLACE_TAILS
                ):
                    # "Jalan KH Ahmad Dahlan", "Liverpool John Lennon Airport": a place
                    # named after the person
                    return []
                office = self._before_title(a, k)
                label, _ = self._label(a, office, default="ORG", context=False)
                return [self._make(a, office, label, STRONG), self._make(k, b, "PER", STRONG)]
        return []

    def _body_then_member(self, a: int, b: int) -> list[_Candidate]:
        """ "politikus PDI-P Ganjar Pranowo", "kader PKB Cucun Ahmad Syamsurijal": after a
        noun for a member, a listed body of one word, then the member's name of two words
        or more. Empty when the words after the body are a place or part of its own name
        ("kader PKB Jawa Timur", "anggota PDI Perjuangan")."""
        words = self.words
        if (
            self.ctx.english
            or b - a < 3
            or a == 0
            or words[a - 1].lower() not in _MEMBER_NOUNS
            or self._gaz(a, a + 1) != "ORG"
            or self._gaz(a + 1, a + 2) is not None
            or self._gaz(a, a + 2) is not None
            or self.bits[a + 1] & _HEAD_WORD
        ):
            return []
        return [self._make(a, a + 1, "ORG", STRONG), self._make(a + 1, b, "PER", STRONG)]

    def _landmark_then_city(self, a: int, b: int) -> list[_Candidate]:
        """ "di Gedung Sate Bandung", "Simpang Lima Semarang", "Jembatan Ampera Palembang": a
        building or landmark named by its head and its own name, then the city it stands in,
        two places. Empty when the city is part of the name ("Masjid Agung Semarang",
        "Bandara Internasional Lombok": only a kind word before it) or none ends the run."""
        words = self.words
        if self.ctx.english or b - a < 3 or words[a].lower() not in PLACE_HEADS:
            return []
        for k in (b - 1, b - 2):
            place = _gazetteer_place(words[k:b]) if k > a + 1 else None
            if place is not None and gazetteer.is_home_city(place):
                if not _GENERIC_PLACE_WORDS.isdisjoint(w.lower() for w in words[a + 1 : k]):
                    return []
                if self._gaz(a, b) is not None:
                    return []
                return [self._make(a, k, "LOC", STRONG), self._make(k, b, "LOC", STRONG)]
        return []

    def _place_before_office(self, a: int, b: int) -> list[_Candidate]:
        """ "the U.S. Attorney in Manhattan", "the NSW Premier said": a known place, then an
        office that ends the run, no one named after it: the place alone is a name (a title
        never is). Empty when ``[a, b)`` is not so made."""
        if not self.ctx.english:
            return []
        for k in range(a + 1, b):
            if self.bits[k] & _TITLE_START and match_title(self.words, k) == b:
                return [self._make(a, k, "LOC", STRONG)] if self._gaz(a, k) == "LOC" else []
        return []

    def _office_and_balinese_name(self, a: int, b: int) -> list[_Candidate]:
        """ "(PHDI) Provinsi Bali I Nyoman Kenak": a body or place, then a Balinese name
        (see :meth:`_balinese_name_in`); empty when ``[a, b)`` holds none after its start."""
        if self.ctx.english or b - a < 3:
            return []
        k = self._balinese_name_in(a, b)
        if not k or (self.bits[a] & _HEAD_WORD and self._honours_before(a + 1, k)):
            # "Bandara I Gusti Ngurah Rai", "Stadion Kapten I Wayan Dipta": a place named
            # after the person
            return []
        label, _ = self._label(a, k, default="ORG", context=False)
        return [self._make(a, k, label, STRONG), self._make(k, b, "PER", STRONG)]

    def _honours_before(self, j: int, k: int) -> bool:
        """Are the words from ``j`` to ``k`` none, or one honorific or rank ("Prof",
        "Kapten"), so that a head word before them names its place after the person at
        ``k``?"""
        if k - j != 1:
            return k == j
        low = self.words[j].lower()
        return low in _HONORIFICS or low in _NAMESAKE_RANKS or is_rank_title(self.words, j, k)

    def _before_title(self, a: int, k: int) -> int:
        """Where a title that ends at ``k`` starts inside ``[a, k)``, or ``k``: the title is
        no part of the body it serves ("House Speaker Mike Johnson": "House")."""
        for j in range(a + 1, k):
            if self.bits[j] & _TITLE_START and match_title(self.words, j) == k:
                return j
        return k

    def _gazetteer_segments(self, a: int, b: int) -> list[_Candidate]:
        """Split a run made of several gazetteer places ("sekutu Eropa Ukraina") into them;
        empty when the run is one name or has words that are no known place ("Palang Merah
        Indonesia" is one organisation)."""
        if b - a < 2 or self.words[b - 1].lower() in EVENT_TAILS:
            return []  # (a place's event: "Kentucky Derby", where Derby is a town too)
        if b - a == 2 and self._club_prefix_at(a):
            return []  # "AS Roma", "US Lecce": one club
        out: list[_Candidate] = []
        k = a
        while k < b:
            if not _may_start_gazetteer_name(self.words[k]):
                return []  # (spares looking up every span that starts here)
            for m in range(min(b - k, gazetteer.MAX_NAME_TOKENS), 0, -1):
                label = self._gaz(k, k + m)
                if label == "LOC":
                    out.append(self._make(k, k + m, label, STRONG))
                    k += m
                    break
            else:
                return []
        return out if len(out) > 1 else []

    def _club_prefix_at(self, k: int) -> bool:
        """Is the country code at ``k``, in an English text and before a town or region, the
        short form of a sports club ("AS Roma", "AS Monaco", "US Lecce": Associazione or
        Association Sportive, Unione Sportiva)? English writes the United States "US", never
        "AS", and names no place after its code ("US China" is two countries, though)."""
        word = self.words[k]
        if not self.ctx.english or word not in _CLUB_PREFIX_CODES:
            return False
        place = _gazetteer_place(self.words[k + 1 : k + 2])
        return word == "AS" or (place is not None and not place.key.startswith("country:"))

    def _with_event_number(self, names: list[_Candidate], b: int) -> list[_Candidate]:
        """``names`` of a headline run ending at ``b``, the last one, an event or programme,
        taking the number after the run as body text does ("Kuota SNBP 2027 Dipangkas")."""
        if not names or names[-1].label != "MISC" or names[-1].end != self.toks[b - 1].end:
            return names
        a = b - len(names[-1].words)
        if not self._numbered_event(a, b, "MISC"):
            return names
        return [*names[:-1], self._make(a, b + 1, "MISC", STRONG)]

    def _competition_end(self, k: int, b: int) -> int:
        """End of a league or division in capitals at ``k`` (see :func:`_is_competition`),
        or 0."""
        for end in (k + 3, k + 2):
            if end <= b and _is_competition(self.words[k:end]):
                return end
        return 0

    def _headline_names(self, a: int, b: int) -> list[_Candidate]:
        """Names in a headline run ("Trump Says Ukraine Talks Went Well", "JAPAN GET LUCKY
        WIN"): gazetteer names, and stretches of words with evidence of their own (named
        mid-sentence in the text, acronyms unless the whole line is in capitals)."""
        if a == 0 and b == 1 < self.n and self.words[1] in _DASHES and self._gaz(0, 1) is None:
            return []  # "GOLF - NORMAN LEADS": the section's slug
        out: list[_Candidate] = []
        k = a
        while k < b:
            written = self._written_name_at(k, b) if self.shouting else ()
            if written:
                end = k + len(written)
                out.append(self._make(k, end, "PER", DEFAULT))
                self._stand_for(out[-1], written)
                k = end
                continue
            if self.shouting and gazetteer.is_demonym(self.words[k].title()):
                # "GERMAN BONDS EASE"; "AUSTRALIAN OPEN", "BRITISH GRAND PRIX": an event
                end = self._event_tail_end(k + 1, b)
                out.append(self._make(k, end, "MISC", STRONG))
                k = end
                continue
            if (
                not self.shouting
                and gazetteer.is_demonym(self.words[k])
                and self._titled_event_tail(k + 1, b)
            ):
                end = self._event_tail_end(k + 1, b)  # "Nadal Pulls Out of Australian Open"
                out.append(self._make(k, end, "MISC", STRONG))
                k = end
                continue
            body = 0 if self.shouting else self._body_name_at(k, b)
            if body:
                # "Bank Rakyat Indonesia" of "PT Bank Rakyat Indonesia", "Deli Serdang" of
                # "Polresta Deli Serdang": the name as the text writes it.
                name = self.words[k : k + body]
                known = self.ctx.known.get(name)
                label, strength = (known, STRONG) if known else self._label(k, k + body)
                out.append(self._make(k, k + body, label, strength))
                k += body
                continue
            if branch := self._acronym_branch_length(k, b):
                out.append(self._make(k, k + branch, "ORG", STRONG))  # "MUI Jatim Minta …"
                k += branch
                continue
            place = self._gazetteer_length(k, b)
            if place == 1 and not self.shouting and self._ordinary_in_headline(k):
                k += 1
                continue  # "Lima" of "Banjir Rendam Lima Kecamatan": "lima kecamatan"
            if place == 1 and self.shouting and self._ordinary_in_capitals(k):
                place = 0  # "AS" in "ROVERS HOLD LEADERS AS LATE GOAL SINKS VILLA"
            if place == 1 and (person := self._person_named_like_place(k, a, b)):
                out.append(self._make(k, person, "PER", CUED))  # "Bima Arya Minta …"
                k = person
                continue
            if place:
                label = self._gaz(k, k + place) or "LOC"
                if self._town_as_team(k, k + place):
                    label = self._team_label(k, k + place) or label  # "SOCCER - LIVERPOOL SIGN"
                elif self._city_with_plural_verb(k, k + place):
                    label = "ORG"  # "Liverpool Hold Off Everton": a club
                if label == "LOC" and self._compass_after(k + place, b):
                    place += 1  # "Jakarta Timur", "Lombok Barat": the part named after it
                if k + place < b and self.words[k + place].lower() in ORG_TAILS:
                    place, label = place + 1, "ORG"  # "Borneo FC", "Leeds United"
                elif (self.shouting or self._titled_event_tail(k + place, b)) and (
                    end := self._place_event_end(k + place, b)
                ):
                    place, label = end - k, "MISC"  # "BRUSSELS GRAND PRIX": an event
                out.append(self._make(k, k + place, label, STRONG))
                if self.shouting:
                    # "MILAN" is the text's "Milan", a club where the text says so
                    out[-1].words = self._as_written(out[-1].words)
                    out[-1].strength = CUED
                k += place
                continue
            # A place or organisation head word before a name: "Kabupaten Bekasi".
            head = (
                self.words[k].lower() in _HEADS
                and k + 1 < b
                and (
                    self._gaz(k + 1, k + 2)
                    or self.words[k + 1] in self.ctx.mid_capitalised
                    or _ROMAN_NUMERAL.fullmatch(self.words[k + 1])  # "Komisi III DPR Setujui"
                )
            ) or self._headline_branch_at(k, b)
            if not head and not self._headline_evidence(k):
                if person := self._headline_person_end(k, a, b):
                    out.append(self._make(k, person, *self._label(k, person)))
                    if self.shouting:  # "JOKOWI" is the text's "Jokowi", no acronym
                        self._stand_for(out[-1], self._as_written(out[-1].words))
                    k = person
                    continue
                k += 1
                continue
            end = k + 2 if head else k + 1
            if head and _ROMAN_NUMERAL.fullmatch(self.words[k + 1]):
                while end < b and _is_body_acronym(self.words[end]):
                    end += 1  # "Komisi III DPR RI": the commission's parent body
            while (
                end < b
                and self._headline_evidence(end, first=False)
                and self._gaz(end, end + 1) is None
                and not self._headline_verb(end)  # "Sri Mulyani | Sebut Defisit"
            ):
                end += 1
            if end == k + 1 and (
                self.words[k].lower() in _HEADS
                or self.words[k] in COMMON_ACRONYMS
                or self.words[k] in _TRAIN_ABBREVIATIONS  # "KA Anjlok di Grobogan"
            ):
                k = end
                continue  # a head word or "SD" alone ("Perbaikan Jalan Rusak") names nothing
            label, strength = self._label(k, end)
            found = self._make(k, end, label, strength)
            if self.shouting:
                self._as_written_elsewhere(found)
            out.append(found)
            k = end
        return out

    def _verb_after_subject(self, k: int) -> bool:
        """Is the word at ``k``, after a headline's subject, its verb?"""
        return k < self.n and self._headline_verb(k)

    def _headline_verb(self, k: int) -> bool:
        """Is the word at ``k`` of a Title Case headline its verb ("Sebut", "Tanggapi",
        "Unveils")? Never its first word (the subject comes first), a given name ("Dimas"
        looks like a di- verb) or a word the text capitalises mid-sentence ("Manchester
        United")."""
        word = self.words[k]
        if k == 0 or word in self.ctx.cap_counts or word in GIVEN_NAMES:
            return False
        if self._verb_root_form(word):
            return True
        nxt = self.words[k + 1] if k + 1 < self.n else ""
        lang = "en" if self.ctx.english else "id"
        return headline_verb_strength(word, lang, self.words[k - 1], nxt) == 2

    def _verb_root_form(self, word: str) -> bool:
        """Is ``word`` written from one of :data:`HEADLINE_VERB_ROOTS` ("Tanggapi",
        "Signals")?"""
        english = self.ctx.english  # English roots count inflected only (see name_cues)
        lang = "en" if english else "id"
        return headline_form_of(word.lower(), lang, HEADLINE_VERB_ROOTS, bare=not english)

    def _headline_person_end(self, k: int, a: int, b: int) -> int:
        """End of a name at ``k`` of a Title Case headline's run ``[a, b)`` that no word of
        the text vouches for: the headline's subject before its verb ("Jokowi Minta …"),
        or a given name and the surname after it ("Photo: Sarah Jones / …"); 0 if none.
        In a line in capitals the subject's words must be written capitalised in the text
        too, if only at a sentence's start ("JOKOWI MINTA …" over "Jokowi menyampaikan")."""
        if k == a and self._opens_headline_clause(a) and (end := self._headline_subject_end(k, b)):
            seen = self.ctx.words_seen
            if not self.shouting or all(w.title() in seen for w in self.words[k:end]):
                return end
        if self.shouting:
            return 0
        if k == a > 1 and b - k <= 3 and self._credit_line() and self._unwritten_in_lowercase(k, b):
            return b  # "Photograph: Dan Kitwood/Getty Images": who took it, for whom
        given = (
            self.words[k] in GIVEN_NAMES
            and k + 1 < b
            and not self.ctx.written_in_lowercase(self.words[k])  # "putri" of "tunggal putri"
            and not self._headline_verb(k + 1)
            and self._may_name_subject(k + 1)
            and not self._gazetteer_length(k + 1, b)  # "Putri Hong Kong Open"
        )
        return k + 2 if given else 0

    def _person_named_like_place(self, k: int, a: int, b: int) -> int:
        """End of a person's name opening a Title Case headline's subject whose first word
        is also a place ("Bima Arya Minta …", "Atalia Praratya Dukung …"), or 0. The other
        words of the subject must be no place's ("Jakarta Pusat Gelar …" is a place), and
        the run must open the line or a clause (after a title, "Kapolda Metro Jaya Karyoto",
        the place is the title's)."""
        if self.shouting or k != a or not (a == 0 or self.words[a - 1] in (",", ":", ";")):
            return 0
        if self._gaz(k, k + 1) != "LOC":
            return 0
        end = self._headline_subject_end(k, b)
        if end <= k + 1:
            return 0
        rest = self.words[k + 1 : end]
        if any(w.lower() in PLACE_TAILS or self._gaz(j, j + 1) for j, w in enumerate(rest, k + 1)):
            return 0
        return end

    def _compass_after(self, k: int, b: int) -> bool:
        """Does an Indonesian compass word ("Timur", "Utara") at ``k`` of a Title Case
        headline name a part of the place before it ("Jakarta Timur", "Sumatera Utara")?"""
        return (
            not self.ctx.english
            and not self.shouting
            and k < b
            and self.words[k].lower() in _ID_COMPASS_WORDS
        )

    def _city_with_plural_verb(self, a: int, b: int) -> bool:
        """Is the city at ``[a, b)`` of an English Title Case headline the subject of a
        plural verb ("Liverpool Hold Off Everton", "Leeds Sign Striker")? A city takes a
        singular one ("London Braces for Strike"); British news writes a club's plural."""
        if not self.ctx.english or self.shouting or b >= self.n or not self._headline_verb(b):
            return False
        if self.words[b].lower().endswith("s"):
            return False
        place = _gazetteer_place(self.words[a:b])
        return place is not None and place.key.startswith("city:")

    def _unwritten_in_lowercase(self, a: int, b: int) -> bool:
        """Does the text never write a word of ``[a, b)`` in small letters ("Foto:
        Istimewa" over "istimewa": an ordinary word)?"""
        return not any(map(self.ctx.written_in_lowercase, self.words[a:b]))

    def _credit_line(self) -> bool:
        """Is the line a credit ("Photograph: Dan Kitwood/Getty Images", "Foto: Antara/Budi
        Santoso")? Its capitalised runs after the colon are people and agencies."""
        return self.n > 2 and self.words[1] == ":" and self.words[0].lower() in _CREDIT_WORDS

    def _opens_headline_clause(self, a: int) -> bool:
        """Does a run at ``a`` open the headline or a clause of it, where its subject stands:
        the first word, after a title ("Menlu Retno Ungkap …") or after a comma or colon
        ("…, Warga Diminta Waspada") or "and" after a name ("Biden and Xi Agree …")? Not
        after a preposition ("Over Winter Strikes")."""
        if a > 1 and self.words[a - 1].lower() in _SUBJECT_JOINERS and self.capitalised[a - 2]:
            return True  # "Biden and Xi Agree …": the second subject
        return a == 0 or self.words[a - 1] in (",", ":", ";") or match_title(self.words, 0) == a

    def _headline_subject_end(self, k: int, b: int) -> int:
        """End of the name opening a Title Case headline's run at ``k``, its subject before a
        verb within three words ("Jokowi Minta …", "Erick Thohir Pastikan …", "Starmer Warns
        …") when every word of it may be a name (see :meth:`_may_name_subject`; not
        "Measles Cases Rise" over "measles cases"); 0 if none. Headlines name who acts
        before the verb."""
        for v in range(k + 1, min(b, k + 4)):
            if self._headline_verb(v):
                break
        else:
            v = self._coordinated_subject_end(k, b)
            if not v:
                return 0
        if self.ctx.english and v == k + 1 and self._plural_subject(k, v):
            return 0  # "as Leaders Meet": a plural noun, as "Rebels Seize Town"
        if any(self._headline_evidence(j) or self._body_name_at(j, b) for j in range(k + 1, v)):
            return 0  # "Chipmaker Quillon Systems Cuts": a name the text knows comes later
        return v if all(map(self._may_name_subject, range(k, v))) else 0

    def _coordinated_subject_end(self, k: int, b: int) -> int:
        """``b`` when the run ``[k, b)`` of at most three words is the first of two subjects
        joined by "and" or "dan" before the headline's verb ("Biden and Xi Agree …",
        "Prabowo dan Anwar Bahas …"), else 0."""
        if b - k > 3 or b + 2 >= self.n or self.words[b].lower() not in _SUBJECT_JOINERS:
            return 0
        nxt = b + 1
        if not self.capitalised[nxt]:
            return 0
        for v in range(nxt + 1, min(self.n, nxt + 4)):
            if self._headline_verb(v):
                return b if all(map(self._may_name_subject, range(nxt, v))) else 0
        return 0

    def _plural_subject(self, k: int, v: int) -> bool:
        """Is the one-word English subject at ``k`` a plural before a plural verb at ``v``
        ("Leaders Meet", "Rebels Seize"): a common noun, not a name?"""
        return self.words[k].endswith("s") and not self.words[v].lower().endswith("s")

    def _may_name_subject(self, k: int) -> bool:
        """May the headline word at ``k`` be (part of) a name as its subject: capitalised,
        no ordinary word (function word, common subject, a word the text writes in small
        letters, a title or a head word) and no verb, nor a derived noun by its form
        ("Penyelundupan", "Kebakaran")?"""
        word = self.words[k]
        low = word.lower()
        if not word[:1].isupper() or not word.replace("'", "").isalpha():  # "Ma'ruf"
            return False
        if self.ctx.written_in_lowercase(word):
            return False
        if self._headline_verb(k) or (k == 0 and self._verb_root_form(word)):
            return False  # "Mayor Says Harbour Plan …": the verb after a title
        if (
            low in FUNCTION_WORDS
            or low in COMMON_SUBJECTS
            or low in HEADLINE_SUBJECT_NOUNS
            or low in CALENDAR_WORDS
            or low in _HEADS
            or low in NOUNS_BEFORE_NAMES
            or (self.ctx.english and looks_like_common_noun(word))  # not "Nasution"
            or match_title(self.words, k) > k
        ):
            return False
        if self.ctx.english:
            return not low.endswith(_EN_HEADLINE_NOUN_ENDINGS)  # "Tourism", "Ceasefire"
        if word in GIVEN_NAMES:
            return True
        derived = len(low) > 6 and (
            (low.startswith(("ke", "pe")) and low.endswith("an")) or low.endswith("asi")
        )  # "Kebakaran", "Penyelundupan"; loans in -asi: "Vaksinasi", "Relokasi"
        return not derived and headline_verb_strength(word, "id") < 2

    def _acronym_branch_length(self, k: int, b: int) -> int:
        """Length of an Indonesian body's acronym and the province or country it serves at
        ``k`` in a headline ("MUI Jatim Minta …", "KPU DKI Jakarta Tetapkan …"), which the
        body text reads as one name; 0 if none."""
        if self.ctx.english or self.shouting or not (k + 1 < b and _is_acronym(self.words[k])):
            return 0  # (in a line in capitals every word looks like an acronym)
        if self._gaz(k, k + 1) == "LOC":
            return 0  # "AS Serang Iran": a country
        m = self._gazetteer_length(k + 1, b)
        place = _gazetteer_place(self.words[k + 1 : k + 1 + m]) if m else None
        return 1 + m if place is not None and place.label == "LOC" and _is_region(place) else 0

    def _titled_event_tail(self, k: int, b: int) -> bool:
        """Does an event's kind ("Open", "Cup", "Marathon") follow at ``k`` in a Title Case
        headline, the text never writing it in small letters ("Australian Open", "Indonesia
        Open"), and no verb's object after it ("Japan Open Talks With China")?"""
        if k >= b or self.words[k].lower() not in _PLACES_EVENT_TAILS:
            return False
        if self.ctx.written_in_lowercase(self.words[k]):
            return False
        return k + 1 >= self.n or not self.capitalised[k + 1] or self._headline_verb(k + 1)

    def _place_event_end(self, k: int, b: int) -> int:
        """Index past an event's last word right after a place in a line in capitals
        ("BRUSSELS GRAND PRIX", "JAPAN OPEN"), or 0: only tails no headline uses as verbs
        ("ENGLAND SHOW RESOLVE" shows no event)."""
        if k < b and self.words[k].lower() in _PLACES_EVENT_TAILS:
            return k + 1
        if k + 1 < b and self.words[k].lower() == "grand" and self.words[k + 1].lower() == "prix":
            return k + 2
        return 0

    def _event_tail_end(self, k: int, b: int) -> int:
        """Index past an event's last word ("OPEN", "GRAND PRIX") at ``k`` or ``k + 1``
        (up to ``b``), or ``k`` when there is none or the text writes that word in small
        letters ("GERMAN CUP RESULTS" over "German cup matches")."""
        for end in (k + 2, k + 1):
            if end <= b and self.words[end - 1].lower() in EVENT_TAILS:
                return k if self.ctx.written_in_lowercase(self.words[end - 1]) else end
        return k

    def _headline_branch_at(self, k: int, b: int) -> bool:
        """Does a body's acronym and the place it serves open at ``k`` in a headline ("DPRD
        Garut Setujui Raperda", "KPU Medan Tetapkan")? One name, as "Polres Jember" is. The
        text must name the place mid-sentence too (not "Dinas PUPR Lima Tahun": "lima tahun")."""
        return (
            not self.shouting
            and k + 1 < b
            and _is_acronym(self.words[k])
            and self._gaz(k + 1, k + 2) == "LOC"
            and self.words[k + 1] in self.ctx.mid_capitalised
        )

    def _body_name_at(self, k: int, b: int) -> int:
        """Length of the longest name of two words or more at ``k`` (up to ``b``) that the
        text writes mid-sentence, as a whole run or after a head word; 0 if none. (A
        headline's own words are never counted as written mid-sentence.)"""
        ctx = self.ctx
        for m in range(min(b - k, 6), 1, -1):
            name = self.words[k : k + m]
            if name in ctx.runs or (name in ctx.known and ctx.cap_counts.keys() >= set(name)):
                return m
        return 0

    def _ordinary_in_capitals(self, k: int) -> bool:
        """Is the word at ``k`` of a line in capitals an ordinary word, though some place is
        called so: a function word ("AS") or one the text writes only in small letters
        ("DERBY" where the text has "derby" and no "Derby")?"""
        low = self.words[k].lower()
        return low in FUNCTION_WORDS or (
            self.ctx.written_in_lowercase(low) and low.title() not in self.ctx.cap_counts
        )

    def _ordinary_in_headline(self, k: int) -> bool:
        """Is the word at ``k`` of a Title Case headline an ordinary word the text writes only
        in small letters, though some place is called so ("Lima" in "Banjir Rendam Lima
        Kecamatan" where the text has "lima kecamatan"), or a number counting the next word
        ("Lima Rumah Terbakar" with no text below)?"""
        word = self.words[k]
        if self._counted_in_headline(k):
            return True
        return self.ctx.written_in_lowercase(word) and word not in self.ctx.cap_counts

    def _counted_in_headline(self, k: int) -> bool:
        """Is the word at ``k`` of an Indonesian headline a number word counting the next
        one ("Lima Rumah Terbakar", "Tumbuh Lima Persen"), not the city called so?"""
        return (
            not self.ctx.english
            and self.words[k].lower() in _ID_COUNT_WORDS
            and k + 1 < self.n
            and self.capitalised[k + 1] == 1
            and not self._headline_verb(k + 1)
        )

    def _written_name_at(self, k: int, b: int) -> tuple[str, ...]:
        """The longest name of two words or more that the text writes in small letters and
        the line in capitals has at ``k`` ("TOUR DE FRANCE" for "Tour de France"), or ()."""
        names = self.ctx.written_names()
        lowered = tuple(w.lower() for w in self.words[k : min(b, k + 4)])
        for m in range(len(lowered), 1, -1):
            name = names.get(lowered[:m])
            if name is not None:
                return name
        return ()

    def _as_written_elsewhere(self, found: _Candidate) -> None:
        """A name in a line in capitals ("SELES") stands for the same name written in the
        text ("Seles"): its words become those, and its label weak, so that the label of
        that mention wins when harmonising (an all-caps word only looks like an acronym)."""
        found.words = self._as_written(found.words)
        found.strength = min(found.strength, CUED)
        if len(found.words) == 1 and found.words not in self.ctx.runs:
            # "FOREST" where the text only writes "Nottingham Forest": that name.
            written = self.ctx.written_names().get((found.words[0].lower(),))
            if written is not None:
                self._stand_for(found, written)

    def _as_written(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """Words of a line in capitals as the text writes them ("SELES" → "Seles")."""
        seen = self.ctx.mid_capitalised
        return tuple(w if w in seen else w.title() for w in words)

    @staticmethod
    def _stand_for(found: _Candidate, written: tuple[str, ...]) -> None:
        """Make a name in a line in capitals stand for ``written``, a name the text writes
        in small letters: its words, and a label from those words alone (the capitals look
        like acronyms), weak so that the text's mention decides when harmonising."""
        label = _gazetteer_label(written) or _label_by_form(written)
        found.words = written
        found.label, found.strength = (label, CUED) if label else ("PER", DEFAULT)

    def _headline_evidence(self, k: int, *, first: bool = True) -> bool:
        """Is the headline word at ``k`` a name, or (``first`` False) the next word of one?"""
        word = self.words[k]
        if self.shouting:
            named = word.title() in self.ctx.mid_capitalised or word in self.ctx.mid_capitalised
            return named and not (first and self._ordinary_word_in_capitals(k))
        if k + 1 < self.n and self._title_starts_at(k + 1):
            # "KPK Tahan Mantan Kepala Dinas": a verb before a title, unless the text names
            # the word elsewhere ("Tesla CEO Elon Musk").
            return word in self.ctx.cap_counts or self._gaz(k, k + 1) is not None
        if not first:
            return self._initial_evidence(k, k + 1)
        if len(word) > 1 and _ROMAN_NUMERAL.fullmatch(word):
            return False  # "Laba Naik pada Kuartal III" over "kuartal III 2024": no name
        # A name starts with a word named mid-sentence elsewhere as a name of its own or the
        # start of one ("Trump", "Donald Trump"), not only as the end of a longer one
        # ("Council" of "Bristol City Council"), or known otherwise.
        # Or a word that followed a place or organisation head mid-sentence ("Banyumas" of
        # "Polresta Banyumas"), unless the text writes it in small letters too ("Batik" of
        # "Museum Batik" over "pameran batik": "Pameran Batik Pesisir" names nothing).
        return (
            word in self.ctx.run_starts
            or (
                (word,) in self.ctx.known
                and word in self.ctx.cap_counts
                and not self.ctx.written_in_lowercase(word)
            )
            or self._initial_evidence(k, k + 1, seen=False)
            or word in self.ctx.surnames()  # "Obama Endorses Harris" over "Kamala Harris"
            or (self.words[k - 1] == "di" and self._place_after_di(k))
        )

    def _place_after_di(self, k: int) -> bool:
        """Does the word at ``k`` of an Indonesian Title Case headline, after "di" (which
        such a headline writes in small letters), open a place's name ("Koruptor Dana Desa
        di Lombok Divonis …")? Not a noun that says where without naming a place ("di
        Tengah Pandemi"), a headline verb, nor a word the text writes in small letters."""
        word = self.words[k]
        low = word.lower()
        return not (
            self.ctx.english
            or low in FUNCTION_WORDS
            or low in WHERE_NOUNS
            or low in CALENDAR_WORDS
            or self.ctx.written_in_lowercase(word)
            or self._headline_verb(k)
        )

    def _ordinary_word_in_capitals(self, k: int) -> bool:
        """Is the word at ``k`` of a line in capitals one the text writes in small letters,
        and capitalised only inside longer names that do not start here ("BILL" of "SENATE
        PASSES WELFARE BILL" over "the bill" and "Bill Clinton")? Then it is that ordinary
        word."""
        written = self.words[k].title()
        if written.lower() in _ARTICLES or (written,) in self.ctx.runs:
            return False  # "THE" of "THE OVAL" over "The Oval"
        if not self.ctx.written_in_lowercase(written):
            return False
        return not self._written_name_at(k, self.n)

    def _table_row(self, a: int) -> bool:
        """Is the sentence a row of a table, a name at ``a`` and then only numbers (and
        punctuation) up to a number at the end ("Bayer Leverkusen 15 9 4 2 33 17 31"), or a
        mark after it (a sentence split at a percentage: "Baltimore 69 62 .527 5")? Its first
        word then needs no evidence."""
        toks = self.toks
        if a != 0 or (toks[-1].upos != "NUM" and not (self.n > 2 and toks[-2].upos == "NUM")):
            return False
        k = 1
        while k < self.n and self.caps[k]:
            k += 1
        rest = self.toks[k:]
        return sum(t.upos == "NUM" for t in rest) >= 2 and all(
            t.upos in ("NUM", "PUNCT") for t in rest
        )

    def _initial_evidence(self, a: int, b: int, *, seen: bool = True) -> bool:
        """Is the sentence-initial word at ``a`` (run up to ``b``) a name after all?
        ``seen`` False leaves out one piece of evidence: being capitalised mid-sentence
        elsewhere."""
        word = self.words[a]
        if _is_possessive(word):
            word = word[:-2]  # "Harwell's winger"
        return (
            self._gaz(a, b) is not None
            or (_is_acronym(word) and word not in COMMON_ACRONYMS)
            or _is_camel_case(word)  # "AirNav Indonesia menutup bandara"
            or (b - a == 1 and _is_capitalised_compound(word) and self._verb_at(b))
            or gazetteer.is_demonym(word)
            or (seen and word in self.ctx.mid_capitalised and not self._ordinary_body_end(a, b))
            or self.toks[a].upos == "PROPN"
            or (b - a > 1 and word.lower() in _HEADS)
            or (b - a > 1 and word.lower() in LAW_HEADS)  # "UU Cipta Kerja digugat"
            or (b - a > 1 and word.lower() in EVENT_HEADS)  # "Perang Diponegoro berakhir"
            or self._owns_title(a, b)
            or (b - a > 1 and self._inner_evidence(a, b))
            or (b - a == 1 and self._short_name_in_brackets(a))
            or (b - a > 1 and self._gaz(a, a + 1) == "ORG")  # "Telkom Indonesia menyatakan"
            or (b < self.n and self._evidence_after(b))
            or (b - a > 1 and self.words[b : b + 1] in _FOUNDED)  # "Enzo Ferrari founded"
            or (b - a == 1 and self._age_after(b))  # "Yeltsin , 65 , is recovering"
            or (b - a == 1 and self._acts_on_own(a, b))  # "Beyonce opened her tour"
            or (b - a == 1 and self._acts_as_person(a, b))  # "Kessler praised the statue"
            # "Atalanta host Lazio in Bergamo": a club's rival across a match verb
            or (b - a == 1 and self._rival_club(a, b))
            # "Mbeki arrived late", "Kowalski resigned": shaped as no English word is
            or (
                b - a == 1
                and self.ctx.english
                and foreign_surname_shaped(word)
                and self._verb_at(b)
            )
            or (b - a == 1 and self._person_before_who(a))  # "Fenwick, who chairs it, said"
            or (
                b - a == 1
                and self.words[b : b + 1] in _BUSINESS_CUES_AFTER
                and self._business_cue_after(a, b)
            )
            # "Xi juga bertemu": a surname seen capitalised inside a name elsewhere
            or (b - a == 1 and word in EAST_ASIAN_SURNAMES and word in self.ctx.cap_counts)
            or (b - a == 1 and self._short_form_of_opening_name(a))
            or (b - a == 1 and word in self.ctx.office_holder_firsts)
            or (b - a == 2 and self._speaker_named_like_city(a, b))  # "Hotman Paris hadir"
            or (b - a == 1 and bool(self.ctx.name_months) and self._month_given_name(a))
            or (
                b - a == 1 and _is_possessive(self.words[a]) and self._owner_opens_sentence(a, word)
            )
        )

    def _person_before_who(self, a: int) -> bool:
        """Is the English word opening the sentence at ``a`` someone's name, as ", who"
        after it says ("Fenwick, who chairs the committee, called it a mistake")? Not a
        plural of people the text or the lists know as ordinary words ("Residents, who",
        "Teachers, who"): only a name is capitalised there and nowhere in small letters."""
        words = self.words
        if not self.ctx.english or words[a + 1 : a + 3] != (",", "who"):
            return False
        word = words[a]
        low = word.lower()
        return not (
            low in COMMON_SUBJECTS
            or low in FUNCTION_WORDS
            or looks_like_common_noun(word)
            or self.ctx.written_in_lowercase(word)
            or self.ctx.written_in_lowercase(word[:-1])  # "Teachers" beside "a teacher"
            or (len(low) > 5 and low.endswith(_PLURAL_PEOPLE_ENDINGS))
        )

    def _owner_opens_sentence(self, a: int, word: str) -> bool:
        """Is ``word``, the possessive opening the sentence at ``a`` with a word in small
        letters after it, someone's name ("Kessler's lawyers appealed", "Gencor's bid for
        Billiton")? Not a word of time, grammar, a common subject or a name's members or anyone
        ("Today's", "Police's", "Women's", "Everyone's"),
        nor one the text writes in small letters ("Government's plan" beside "the
        government"), nor in a headline, where every word is capitalised."""
        nxt = self.words[a + 1] if a + 1 < self.n else ""
        low = word.lower()
        return (
            self.ctx.english
            and not self.headline
            and nxt[:1].islower()
            and low not in FUNCTION_WORDS
            and low not in CALENDAR_WORDS
            and low not in COMMON_SUBJECTS
            and low not in NAME_POSSESSORS  # "Women's football"
            and low not in _EVERYONE
            and not looks_like_common_noun(word)
            and not self.ctx.written_in_lowercase(word)
        )

    def _work_before(self, k: int) -> bool:
        """Is a kind of work ("novel", "memoir", "book") named in the dozen words of the
        sentence before ``k`` ("her new crime novel, written as Robert Galbraith, will be
        published by")? Then what published it is a publishing house, not a person
        (while "a study published by John Smith" is his)."""
        for j in range(k - 1, max(k - 12, -1), -1):
            low = self.words[j].lower()
            if low in WORK_NOUNS or low in WORK_NOUNS_PLURAL or low in _PRINTED_WORKS:
                return True
            if j in self.initial:
                break
        return False

    def _misc_without_first(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` opening a sentence an event or work by its words after the
        first ("Program Makan Bergizi Gratis")? An event's last word alone is none: it needs
        the word before it ("Wimbledon Championships", "Rockstar Games")."""
        rest = self.words[a + 1 : b]
        return _label_by_form(rest) == "MISC" and not (
            len(rest) == 1 and rest[0].lower() in EVENT_TAILS
        )

    def _body_acts(self, b: int) -> bool:
        """Does the name ending at ``b`` act as a body, speaking of itself as "it" ("said it
        would") or doing something to its own ("delayed the release of its title")? An
        event does neither ("the Asian Games open on Saturday")."""
        words = self.words
        nxt = words[b] if b < self.n else ""
        if nxt.lower() in SPEECH_VERBS:
            return self._it_reports_at(b + 1)
        return (nxt.endswith("ed") or nxt in _ITS_VERBS) and "its" in words[b + 1 : b + 7]

    def _deal_party(self, a: int, b: int) -> bool:
        """Is the lone name at ``a`` a side of a company deal: its target after "bid for",
        "takeover of", "stake in" … ("the takeover of Mannesmann"), or the owner of such a
        deal with a named target ("Gencor's bid for Billiton")? A person the text names in
        full is no company ("Chelsea's bid for Rice" after "Declan Rice"), nor a place or a
        person the gazetteer knows."""
        words = self.words
        word = words[a]
        if _is_possessive(word):
            word = word[:-2]
            if words[b : b + 2] not in _DEAL_LINKS or not words[b + 2 : b + 3]:
                return False
            if not words[b + 2][:1].isupper():
                return False
        elif a < 2 or words[a - 2 : a] not in _DEAL_LINKS:
            return False
        return (
            word not in GIVEN_NAMES and word not in self.ctx.surnames() and self._gaz(a, b) is None
        )

    def _verb_at(self, b: int) -> bool:
        """Does a verb in the past, a speech verb or an auxiliary follow the subject ending at
        ``b`` ("Daimler-Benz gained", "Pryce-Whitlock said"; not "Trump-Putin talks")?"""
        if b >= self.n:
            return False
        word = self.words[b]
        return (
            word in _AUXILIARIES
            or word.lower() in SPEECH_VERBS
            or (word.islower() and (word.endswith("ed") or word in _PRICE_MOVES))
        )

    def _ordinary_body_end(self, a: int, b: int) -> bool:
        """Is the lone word at ``a`` capitalised mid-sentence only as the last word of a
        body's name, and written in small letters too ("Film horor itu tayang" beside
        "Lembaga Sensor Film" and "film pertama")? Then that is no evidence of a name."""
        word = self.words[a]
        return (
            b - a == 1
            and not self.headline  # (where each word is weighed alone)
            and word in self.ctx.body_ends
            and word not in self.ctx.run_starts
            and self.ctx.written_in_lowercase(word)
        )

    def _short_form_of_opening_name(self, a: int) -> bool:
        """Is the lone word at ``a``, opening its sentence, the first word of a name of
        two or three words opening another ("Muhyiddin Yassin hadir … Muhyiddin
        didakwa")? Not when a capitalised word follows here (this run is that name) or
        the text writes the word in small letters (an ordinary word)."""
        word = self.words[a]
        return (
            word in self.ctx.opening_firsts
            and not (a + 1 < self.n and self.capitalised[a + 1])
            and not self.ctx.written_in_lowercase(word)
            and not self._noun_before_name(word)  # "Penyanyi Raisa … Penyanyi dangdut …"
        )

    def _named_for_country_code(self, a: int, b: int) -> bool:
        """Does an English run of several words end in a country's code ("Diabetes UK
        said")? People's names never do, so the first word is no ordinary word before a
        place. (Indonesian "Pejabat AS" means "US officials".)"""
        last = self.words[b - 1]
        return (
            self.ctx.english
            and b - a > 1
            and len(last) <= 3
            and last.isupper()
            and (place := _gazetteer_place((last,))) is not None
            and place.key.startswith("country:")
        )

    def _short_name_in_brackets(self, a: int) -> bool:
        """Is the word at ``a`` a short name in brackets right after the longer name it
        abbreviates ("Institute for Development of Economics and Finance (Indef)")?"""
        words = self.words
        if not (1 < a < self.n - 1 and words[a - 1] == "(" and words[a + 1] == ")"):
            return False
        k = a - 1
        while k > 0 and (self.caps[k - 1] or words[k - 1].lower() in _NAME_INNER_WORDS):
            k -= 1
        # (The name may start after the run's first word: "Ekonom Institute for …".)
        return any(abbreviates(words[a], words[start : a - 1]) for start in range(k, a - 2))

    def _inner_evidence(self, a: int, b: int) -> bool:
        """A possessive inside the run ("Women's Institute") or an initial opening it ("M.
        Atherton b Waqar Younis 31")."""
        return _is_initial(self.words[a]) or any(map(_is_possessive, self.words[a : b - 1]))

    def _acts_on_own(self, a: int, b: int) -> bool:
        """Does the lone word at ``a`` act on something of his or hers right after it
        ("Beyonce opened her tour", "Merckx won his fifth Tour")? A gendered owner makes the
        subject a person; not after a plural or a word the text writes in small letters
        ("Officials told her", where "her" is whom they told)."""
        return (
            self.ctx.english
            and self.words[b + 1 : b + 2] in _GENDERED_OWNERS
            and self.words[b].isalpha()
            and self.words[b].islower()
            and self.words[b] not in FUNCTION_WORDS  # "Asked about his rival": no subject
            and self._may_name_someone(a)
        )

    def _acts_as_person(self, a: int, b: int) -> bool:
        """Does the lone English word at ``a`` do what only people do right after it
        ("Kessler praised the statue", "Mbeki apologised"; see PERSONAL_PAST_VERBS), or is
        it described between commas as a person ("Vandenbroucke, the sculptor, said")?"""
        if not self.ctx.english or b >= self.n:
            return False
        nxt = self.words[b]
        if nxt in PERSONAL_PAST_VERBS:
            return self._may_name_someone(a)
        return nxt == "," and self._person_apposed(b + 1) and self._may_name_someone(a)

    def _person_apposed(self, k: int) -> bool:
        """Does an English apposition open at ``k`` with an article and a noun for a person,
        closed by a comma and a word in small letters ("the sculptor, said", "a retired
        teacher, told")?"""
        words, n = self.words, self.n
        if words[k : k + 1] not in _LOWER_ARTICLES:
            return False
        for j in range(k + 1, min(k + 4, n - 2)):
            word = words[j]
            if not word.islower():
                return False
            if _is_person_noun(word) or word in _MAKERS_BY_ROLE:
                return words[j + 1] == "," and words[j + 2].islower()
        return False

    def _may_name_someone(self, a: int) -> bool:
        """Could the lone word opening the sentence at ``a`` be someone's name, given a cue
        after it that only people take? Not a word of grammar, everyone, a plural or an
        "-ing" form, a common subject, nor one the text writes in small letters or shaped
        like a common noun ("Officials told her", "Nobody saw his face")."""
        word = self.words[a]
        low = word.lower()
        return not (
            low in FUNCTION_WORDS
            or low in _EVERYONE
            or word.endswith(("s", "ing"))
            or low in COMMON_SUBJECTS
            or low in CALENDAR_WORDS
            or self.ctx.written_in_lowercase(word)
            or looks_like_common_noun(word)
        )

    def _evidence_after(self, b: int) -> bool:
        """A description between commas after the run ("Sutarmi, pedagang di pasar, …") or
        a business's role or a person's name after its possessive ("Tesco's chairman",
        "Ferrari 's Michael Schumacher")."""
        nxt = self.words[b]
        if nxt == ",":
            return (
                self._described_after(b)
                or self._organisation_apposition(b + 1)
                or self._nickname_after(b)
            )
        if nxt == "'s" or _is_possessive(self.words[b - 1]):
            return (
                nxt.lower() in _BUSINESS_ROLES
                or self.words[b : b + 2] in _CHIEF_OFFICERS  # "Klarnify's chief executive"
                or self._owns_a_name(b)
                or (nxt in _BUSINESS_RESULTS and self._gaz(b - 1, b) is None)
            )
        if nxt in _MATCH_VERBS and self._plays_scored_match(b):
            return True  # "Kent beat Sussex 2-1"
        # "Schalke 1 ( Max 60 )": a team and its goals, with the scorers after them; or a
        # scorer and the minute ("( Max 60 )").
        return self._innings_after(b) or self._scorer_at(b - 1, b)

    def _business_cue_after(self, a: int, b: int) -> bool:
        """Do the words after the sentence-initial word at ``a`` make it a business: its
        figures ("Rheinmetall raised its forecast", see _reports_its), ", which" ("Zelvano,
        which makes chips"), or "shares" or "stock" ("Wingtech shares fell") after a word the
        text never writes in small letters and of no common noun's form (not "Bank shares",
        "Technology shares")?"""
        word, nxt = self.words[a], self.words[b]
        if nxt in _STOCK_WORDS:
            return (
                not self.ctx.written_in_lowercase(word)
                and not looks_like_common_noun(word)
                and self.words[b + 1 : b + 2] not in _SHARING_OBJECTS
            )
        if nxt == ",":
            return self.words[b + 1 : b + 2] == ("which",)
        return self._reports_its(b)

    def _known_person(self, a: int, b: int) -> bool:
        """Does the run ``[a, b)`` open with a given name, or is it one word the text gives
        elsewhere as a surname after a given name ("Harris" of "Kamala Harris", "Harris's")?"""
        word = self.words[a]
        if b == a + 1 and _is_possessive(word):
            word = word[:-2]
        return word in GIVEN_NAMES or (b == a + 1 and word in self.ctx.surnames())

    def _reports_its(self, b: int) -> bool:
        """Do a business's reporting verb and "its" follow the name ending at ``b`` (see
        _REPORTING_VERBS), or "will" or "would", a verb and soon "its" after no person's name?"""
        words = self.words
        if words[b : b + 1] in _FUTURE_AUXILIARIES:
            # "Kroger would close three of its sites"; not a person's name: "Biden would
            # sign its version of the bill" (a given name, or a surname the text gives in full)
            if self._known_person(b - 1, b):
                return False
            return "its" in words[b + 2 : b + 5]
        return words[b + 1 : b + 2] == ("its",) and words[b] in _REPORTING_VERBS

    def _scorer_at(self, a: int, b: int) -> bool:
        """Is the name at ``[a, b)`` a scorer or a batsman listed in brackets with his minute
        or runs ("( Klinsmann 34 , Scholl 78 )", "( A. Stewart 54 ; ...)")?"""
        words, n = self.words, self.n
        return (
            a > 0
            and words[a - 1] in _SCORERS_BEFORE
            and b + 1 < n
            and self.toks[b].upos == "NUM"
            and words[b + 1] in _SCORERS_AFTER
            and self._inside_brackets(a)
        )

    def _romance_institution(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` in English text a French, Spanish, Italian or Portuguese
        institution kept in its own language: an institution's head word, then a lowercase
        particle inside ("Tribunal de Contas", "Partido dos Trabalhadores", "Consiglio di
        Stato")? People's names with a particle start with a given name ("Lula da Silva")."""
        head = self.words[a].lower()
        # (european keeps the heads of the bodies it reads in their own languages.)
        if head not in european.EUROPEAN_ORG_HEADS and head not in _PROFESSIONAL_ORDERS:
            return False
        return any(w in NAME_PARTICLES and w.islower() for w in self.words[a + 1 : b - 1])

    def _product_line_sold(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` of two words or more, right after "sales of", a product
        ("sales of Mario Kart World")? A name that looks like a business's ("sales of Volvo
        Cars") or opens with a given name is no product."""
        return (
            b - a > 1
            and self.words[a - 2 : a - 1] in _SALES
            and self.words[a] not in GIVEN_NAMES
            and not _organisation_shaped(self.words[a:b])
        )

    def _company_owning_brand(self, a: int, b: int) -> bool:
        """Is the one word at ``[a, b)``, after "owner" or "parent", the company owning the
        brand named before that ("Zara owner Inditex", "Google parent Alphabet")? A club's
        owner is a person ("Newcastle owner Ashley", "Lakers owner Jeanie Buss"): clubs are
        mostly named for places, and a person is mostly named in full."""
        if b - a > 1 or a < 2 or self.words[a] in GIVEN_NAMES or not self.caps[a - 2]:
            return False
        k = a - 2
        while k > 0 and self.caps[k - 1]:
            k -= 1
        return self._team_label(k, a - 1) is None

    def _speech_verb_beside(self, a: int, b: int) -> bool:
        """Is the name from ``a`` to ``b`` the speaker of a speech verb right before or
        after it ("said Helen Park", "Helen Park said")?"""
        words = self.words
        return (a > 0 and words[a - 1].lower() in SPEECH_VERBS) or (
            b < self.n and words[b].lower() in SPEECH_VERBS
        )

    def _described_after(self, b: int) -> bool:
        """Does an apposition between commas that says who someone is follow ``b``
        ("Sutarmi, pedagang di Pasar Beringharjo, mengeluhkan")? It starts with a noun for a
        person or a title and the clause goes on in lowercase after it."""
        words, n = self.words, self.n
        if b + 2 >= n:
            return False
        if words[b + 1] in ("the", "a", "an") and self.ctx.english:
            return self._kin_described_at(b + 2)
        if not _is_person_noun(words[b + 1]):
            return False
        close = next((k for k in range(b + 2, min(b + 8, n - 1)) if words[k] == ","), 0)
        return close > 0 and words[close + 1][:1].islower()

    def _kin_described_at(self, k: int) -> bool:
        """Do the few words in small letters from ``k``, after an English apposition's
        article, name a relative ("the founder's son", "the late singer's brother")? Only a
        person is someone's kin, while "the founder's company" is none."""
        for word in self.words[k : k + 4]:
            if not word[:1].islower() or word in _APPOSITION_STOPS:
                return False
            if word in RELATIVE_WORDS:
                return True
        return False

    def _nickname_after(self, b: int) -> bool:
        """Does the comma at ``b`` open the words that say the name before it is what
        someone is called ("Ucok, begitu ia biasa disapa, …", "Ucok, sapaan akrab Rudi
        Hartono, …")? Only people have nicknames."""
        words = self.words
        cue = words[b + 1 : b + 2]
        return cue in _NICKNAME_NOUNS or (
            cue == ("begitu",) and not _CALLED.isdisjoint(words[b + 2 : b + 6])
        )

    def _age_after(self, b: int) -> bool:
        """Is the name ending at ``b`` followed by an age between commas ("Yeltsin , 65 ,
        is recovering")? Only people are given one."""
        words = self.words
        return (
            b + 3 < self.n
            and words[b] == ","
            and words[b + 2] == ","
            and words[b + 1].isdigit()
            and 14 < int(words[b + 1]) < 110
        )

    def _owns_title(self, a: int, b: int) -> bool:
        """ "Tesla CEO Elon Musk": an unknown word that a title and a name follow names the
        title's organisation (unless it is an ordinary word of the text)."""
        word = self.words[a]
        return (
            b < self.n
            and self._title_starts_at(b)
            and word.lower() not in COMMON_SUBJECTS
            and not self.ctx.written_in_lowercase(word)
            # "Opposition leader Jane Doe", "Health minister": a common noun qualifying the
            # role, not an organisation.
            and not (b - a == 1 and looks_like_common_noun(word))
            # Indonesian puts the body after the title ("CEO Tesla"): a word before a title
            # in small letters is a common noun ("Majelis hakim", "Dewan juri").
            and (self.ctx.english or not self.words[b][:1].islower())
        )

    def _qualifies_role(self, a: int) -> bool:
        """Is the word at ``a`` an ordinary noun that a title follows ("Opposition leader",
        "Health minister"), so no name even after a speech verb? Not one that opens a longer
        name elsewhere ("Activision chief executive" after "Activision Blizzard")."""
        word = self.words[a]
        return (
            looks_like_common_noun(word)
            and self._title_starts_at(a + 1)
            and self._gaz(a, a + 1) is None
            and not (
                word in self.ctx.run_starts
                and any(len(run) > 1 and run[0] == word for run in self.ctx.runs)
            )
        )

    def _typed_name(self, a: int, b: int) -> bool:
        """Is ``[a, b)`` a name by the gazetteer, as an acronym, by its head word or by a
        head word elsewhere in the text?"""
        return a < b and (
            self._gaz(a, b) is not None
            or self.words[a:b] in self.ctx.known_prefixes
            or _is_acronym(self.words[a])
            or (b - a > 1 and self.words[a].lower() in _HEADS)
        )

    def _pos_rules_out(self, a: int) -> bool:
        return self.ctx.tagged() and self.toks[a].upos in _NOT_NAME_POS

    def _after_title(self, a: int, b: int) -> list[_Candidate]:
        """A run right after a title: a name, or a complement ("AS", "Kencana Agro") and a
        name ("Presiden AS Donald Trump", "Ketua KPK Firli Bahuri")."""
        words = self.words
        if self.rank_title:
            return [self._make(a, b, "PER", STRONG)]  # "Kombes Ade Safri Simanjuntak"
        if words[a - 1].lower() in _BRAND_OWNER_NOUNS and self._company_owning_brand(a, b):
            return [self._make(a, b, "ORG", STRONG)]  # "Gucci owner Kering", no person
        if (
            words[a].lower() in ORG_HEADS
            and b + 1 < self.n
            and words[b] == ","
            and self._organisation_apposition(b + 1)
        ):
            # "pendiri PT Cahaya Abadi, perusahaan yang …": the title's body, no person.
            return [self._make(a, b, "ORG", STRONG)]
        # "Direktur Utama Kencana Agro, Ratna Suryaningsih" and "Kapolda Metro Jaya Irjen
        # Karyoto": the run is the complement of the title; the person comes next.
        # The apposition must itself look like a name of two words or more (not "D-N.Y."),
        # and not open with a title: "Presiden Joko Widodo, Menteri Keuangan Sri Mulyani dan
        # …" lists people; but a rank after the place of a police chief opens the chief's
        # name: "Kapolsek Cilandak, Kompol Wahyu Hidayat".
        appositive = (
            b + 2 < self.n
            and words[b] == ","
            # (not a person the text has speak alone: "Manajer Ari, Vera Lasso" is Ari's)
            and not (b - a == 1 and words[a] in self.ctx.lone_speakers)
            and self.caps[b + 1]
            and self.caps[b + 2]
            and (
                not self._title_starts_at(b + 1)
                or (self.place_title and is_rank_title(words, b + 1, match_title(words, b + 1)))
            )
        )
        office: EntityLabel = "LOC" if self.place_title else "ORG"
        if (
            appositive
            or (b < self.n and self._title_starts_at(b))
            or self._another_office_after(a, b)
        ) and b - a <= 8:
            label, _ = self._label(a, b, default=office, context=False)
            return [self._make(a, b, label, STRONG)]
        whole = self._gaz(a, b)
        if whole is not None:
            return [self._make(a, b, whole, STRONG)]
        if words[a].lower() in ORG_HEADS and b < self.n and words[b] in PERSON_CONTEXT:
            # "direktur CV Mitra Sehat Abadi berinisial RH": the initials name the person
            return [self._make(a, b, "ORG", STRONG)]
        if k := self._balinese_name_in(a, b):
            # "Ketua PHRI Badung I Gusti Agung Rai": a Balinese name ends the office
            label, _ = self._label(a, k, default=office, context=False)
            return [self._make(a, k, label, STRONG), self._make(k, b, "PER", STRONG)]
        if self._given_name_not_place(a, b):
            return [self._make(a, b, "PER", STRONG)]  # "Wali Kota Victoria Rodriguez Ceja"
        if (
            b - a == 2
            and words[a] in GIVEN_NAMES
            and words[a + 1].lower() in PLACE_TAILS
            and self._gaz(a, b) is None
        ):
            # "Judge Peter Lane", "Senator John Hill": a given name and a surname that is
            # also a place's last word (no street is given a title)
            return [self._make(a, b, "PER", STRONG)]
        if self._numbered_body_length(a, b) == b - a:
            # "Kepala SMAN 2 Malang, Drs. Hadi", "Wakil Ketua Komisi VIII DPR dari Fraksi …"
            return [self._make(a, b, "ORG", STRONG)]
        if words[b - 1].lower() in _LEGAL_FORMS:
            return [self._make(a, b, "ORG", STRONG)]  # "komisaris PT Adaro Energy Indonesia Tbk"
        split = self._complement_length(a, b)
        if split == 1 and b - a > 2 and words[a + 1] == "Pusat" and _is_acronym(words[a]):
            split = 2  # "Wakil Ketua KPI Pusat Mohamad Reza": the body's central board
        if split and (self.place_title or self._gaz(a, a + split) == "LOC"):
            split += self._compass_after_place(a + split, b)
        if split and (known := self._listed_in_office(a + split - 1, b)) > 1:
            split += known - 1  # "Anggota Fraksi PDI Perjuangan Rieke": the party's name
        # "Ketua KPU Medan Mutia Atiqah": an organisation's branch in a place.
        while split and b - a - split > 2 and self._gaz(a, a + split) != "LOC":
            if known := self._listed_in_office(a + split, b):
                # "Ketua DPD Partai Golkar Jawa Barat Ace Hasan": a party and its province
                split += known
            elif self._place_word(a + split):
                split += 1
            elif words[a + split].lower() in PLACE_HEADS and (
                b - a - split > 3 or self._place_word(a + split + 1)
            ):
                # "Kepala BNN Provinsi Lampung Budi Wibowo", "Sekretaris DPC PDI Perjuangan
                # Kabupaten Bekasi Nurdin", "Kepala OJK Provinsi Jawa Tengah Hidayat"
                split += 1 + (self._gazetteer_length(a + split + 1, b - 1) or 1)
            elif _is_body_acronym(words[a + split]):
                split += 1  # "Kabid Binpres PP PBSI Eng Hian": a body named by acronyms
            elif (unit := self._unit_length(a + split, b)) and a + split + unit < b:
                split += unit  # "Manager Humas KAI Daop 2 Bandung Kuswardojo": its unit
            else:
                break
        if split and self._branch_town_then_name(a, a + split, b):
            split += 1  # "Ketua KPU Surabaya Soeprayitno": a one-word name after the town
        if split and self._place_word(a + split - 1):
            # "Ketua DPRD Jawa Tengah Sumanto": the province's compass word, no given name
            split += self._compass_after_place(a + split, b)
        if split and self._gaz(a, a + split) == "ORG" and self._gaz(a + split, b) == "LOC":
            return [self._make(a, b, "ORG", STRONG)]  # "Direktur Walhi Jawa Timur": a branch
        if split and _is_acronym(words[a]) and self._place_named(a + split, b):
            return [self._make(a, b, "ORG", STRONG)]  # "anggota DPRD Lampung Tengah"
        if split and not self.place_title and self._ends_with_province(a + split, b):
            # "anggota Dewan Perwakilan Rakyat Daerah Sumatera Barat": no person's name ends
            # with a province
            return [self._make(a, b, "ORG", STRONG)]
        if split:
            label, _ = self._label(a, a + split, default=office, context=False)
            rest: EntityLabel = "PER"
            if b - a - split > 1 and words[a + split].lower() in _HEADS:
                # "Prakirawan BMKG Stasiun Meteorologi Minangkabau": a head word opens the
                # body's unit or place, no person's name
                rest, _ = self._label(a + split, b, default="ORG", context=False)
            elif b - a - split > 1:
                self.ctx.office_holder_firsts.add(words[a + split])
            return [
                self._make(a, a + split, label, STRONG),
                self._make(a + split, b, rest, STRONG),
            ]
        label, strength = self._label(a, b, context=False)
        if strength == DEFAULT and (
            self._defines_acronym(a, b)
            or (b - a > 2 and b < self.n and words[b] == "(" and _organisation_shaped(words[a:b]))
        ):
            # "Koordinator Nasional Jaringan … (JPPI)"; "Ketua Umum Perwakilan Umat Buddha
            # Indonesia (Walubi)": a body named with its country, its short name after it
            return [self._make(a, b, "ORG", STRONG)]
        if strength == DEFAULT or label == "PER":
            return [self._make(a, b, "PER", STRONG)]
        return [self._make(a, b, label, strength)]

    def _another_office_after(self, a: int, b: int) -> bool:
        """Does "dan" and another title follow run ``[a, b)``, which opens with an
        organisation's head? Then the run is the first office's body, no person: "Sekjen
        Dewan Perwakilan Daerah dan Sekjen Kementerian Dalam Negeri"."""
        return (
            b + 1 < self.n
            and self.words[b] in ("dan", "serta")
            and self.words[a].lower() in ORG_HEADS
            and self._title_starts_at(b + 1)
        )

    def _branch_town_then_name(self, a: int, k: int, b: int) -> bool:
        """Is the body ``[a, k)`` after a title followed by the town of its branch and a
        one-word name that ends the run at ``b`` ("Ketua KPU Surabaya Soeprayitno")? The
        loop that reads branches leaves the last two words to the person; here the first
        is a known place while the second is none and no place together with it (not
        "Walhi Jawa Timur", "KPU Kota Batu"), and the body is no place itself ("Wali Kota
        Medan Bobby")."""
        words = self.words
        return (
            b - k == 2
            and self._place_word(k)
            and words[k + 1] not in _INDONESIAN_COMPASS
            and not self._place_word(k + 1)
            and self._gaz(k, b) is None
            and self._gaz(a, k) != "LOC"
            and not self.ctx.written_in_lowercase(words[k + 1])
        )

    def _compass_after_place(self, k: int, b: int) -> int:
        """How many Indonesian compass words at ``k`` (before the end ``b`` of a run after
        a regional title) finish the place before them rather than open the person's name:
        "Bupati Nias Selatan Hilarius Duha", "Gubernur Jawa Timur Khofifah"; 0 if none."""
        words = self.words
        n = 0
        if words[k] in _INDONESIAN_COMPASS:
            n = 2 if words[k] == "Barat" and k + 1 < b and words[k + 1] == "Daya" else 1
        return n if b - k - n >= 1 else 0

    def _balinese_name_in(self, a: int, b: int) -> int:
        """Where a Balinese name opens inside run ``[a, b)``, after its first word ("I Gusti",
        "I Wayan", "Tjok"): such an opening is always a person's, so the words before it
        name something else; 0 if none."""
        words = self.words
        for k in range(a + 1, b - 1):
            if (words[k] == "I" and words[k + 1] in _BALINESE) or words[k] in _BALINESE_NOBLES:
                return k
        return 0

    def _defines_acronym(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` followed by its acronym in brackets ("Jaringan Pemantau
        Pendidikan Indonesia (JPPI)")? People's names get none: it is a body's."""
        words = self.words
        return (
            b + 2 < self.n
            and words[b] == "("
            and words[b + 2] == ")"
            and b - a > 1
            and abbreviates(words[b + 1], words[a:b])
        )

    def _place_word(self, k: int) -> bool:
        """Is the word at ``k`` a place, by the gazetteer or by a place head word before it
        elsewhere in the text ("Sleman" after "Kabupaten Sleman")?"""
        return self._gaz(k, k + 1) == "LOC" or self.ctx.known.get((self.words[k],)) == "LOC"

    def _complement_length(self, a: int, b: int) -> int:
        """How many tokens at the start of run ``[a, b)`` after a title name its office
        (country, organisation) rather than the person; 0 if none."""
        words = self.words
        for m in range(min(b - a - 1, gazetteer.MAX_NAME_TOKENS), 0, -1):
            prefix = words[a : a + m]
            place = gazetteer.lookup(" ".join(prefix))
            # A lone word left for the person must follow a country or an organisation
            # ("Presiden Rusia Putin"), not any small region that shares a given name.
            if (
                place is not None
                and (b - a - m > 1 or place.key.startswith(("country:", "org:", "region:")))
            ) or prefix in self.ctx.known:
                # "Manajer Borneo FC Dandri Dauri": a place named club or company.
                while a + m < b - 1 and (
                    words[a + m].lower() in ORG_TAILS or _AGE_GROUP.fullmatch(words[a + m])
                ):
                    m += 1  # (also "Pelatih timnas Indonesia U-23 Gerald Vanenburg")
                return m
        numbered = self._numbered_body_length(a, b)
        if numbered:
            return numbered
        if (noble := self._noble_name_in(a, b)) and (
            words[a] == "Bank" or self._gaz(a, noble) == "ORG"
        ):
            # "Corporate Secretary Bank Mandiri Teuku Ali Usman" (but universities and
            # hospitals are named after nobles: "UIN Raden Intan Lampung")
            return noble - a
        tail = self._organisation_tail_length(a, b)
        if tail:
            return tail
        if words[a] in _COMPANY_FORMS and b - a >= 3:
            # "Direktur Utama PT Pindad Sigit Santosa": the company has a name after its
            # form and maybe its country; the person is the last two words, or one, unless
            # the text says where the company ends.
            return self._branch_place_end(a, b) or self._company_end(a, b) or max(2, b - a - 2)
        if (
            b - a >= 2
            and (_is_acronym(words[a]) or _is_camel_case(words[a]))
            and not (_is_initials(words[a]) and self._gaz(a, a + 1) is None)  # "H.D. Deve Gowda"
        ):
            return 1  # "Ketua KPK Firli Bahuri", "CEO KirimCepat Dimas Prakoso"
        for k in range(b - 3, a, -1):
            if _is_body_acronym(words[k]):
                return k + 1 - a  # "Kepala Pengawas Pasar Modal OJK Inarno Djajadi"
        if b < self.n and self.words[b] == "(":
            return 0  # "Badan Pusat Statistik (BPS)": an organisation defining its acronym
        if self.place_title and b - a >= 3:
            return 1  # "Bupati Sidoarjo Ahmad Muhdlor Ali": one place word, then the person
        heads = words[a].lower() in _HEADS
        if body := self._field_body_length(a, b) if heads else 0:
            return body
        if branch := self._branch_place_end(a, b):
            return branch
        # The person is the last two words unless they are ordinary words elsewhere or name
        # a place ("Hakim Pengadilan Negeri Jakarta Pusat"). Without a head word the
        # complement must be named elsewhere in the text too: "Melissa Tan Hwee Lin" is
        # one person, "Kencana Agro Ratna Suryaningsih" an office and a person, and so is
        # "Pelatih Persija Carlos Pena" where "Persija" is a name of its own elsewhere.
        complement = words[a : b - 2]
        if (
            (heads and b - a >= 3)
            or (b - a >= 4 and all(self.ctx.cap_counts.get(w, 0) > 1 for w in complement))
            or (b - a >= 3 and complement in self.ctx.runs)
        ) and not (
            any(map(self.ctx.written_in_lowercase, words[b - 2 : b]))
            or self._place_like(b - 2, b)
            or self._place_word(b - 1)  # "Jaksa Kejaksaan Negeri Belawan": the branch's town
        ):
            if self._gaz(b - 2, b - 1) == "ORG" or self._name_written_before(a, b - 1):
                # "Ketua Komisi III DPR Habiburokhman", "Kepala Balai Taman Nasional Way
                # Kambas Kuswandono" (the park named alone elsewhere): a one-word name
                return b - a - 1
            return b - a - 2
        return 0

    def _name_written_before(self, a: int, e: int) -> bool:
        """Does a name of two words or more end the complement ``[a, e)`` that the text
        writes as a run of its own elsewhere ("Taman Nasional Way Kambas" of "Balai Taman
        Nasional Way Kambas")? Then the complement ends there, not a word earlier."""
        words, runs = self.words, self.ctx.runs
        return any(words[k:e] in runs for k in range(a, e - 1))

    def _ends_with_province(self, k: int, b: int) -> bool:
        """Does the Indonesian run ending at ``b`` end, after ``k``, with a province or a
        place of two words or more ("… Daerah Sumatera Barat")?"""
        if self.ctx.english:
            return False
        for m in range(min(3, b - k), 0, -1):
            place = _gazetteer_place(self.words[b - m : b])
            if place is not None and place.label == "LOC":
                return m > 1 or place.key.startswith("sub:ID-")
        return False

    def _company_end(self, a: int, b: int) -> int:
        """How many tokens of run ``[a, b)`` after a title, which opens with a company's
        legal form ("PT"), name the company, by what opens the person's name: a noble title
        ("PT Sinar Harapan Raden Mas Joko", see _NOBLE_NAME_OPENERS), the company written
        alone elsewhere in the text, with or without its form ("PT Kereta Api Indonesia
        menambah …", "Jasa Marga"), or a given name three words from the end, listed or
        written alone elsewhere ("PT Maju Bersama Agus Dwi Santoso"); 0 when none says.
        The company keeps a word after its form."""
        words, runs = self.words, self.ctx.runs
        if noble := self._noble_name_in(a, b):
            return noble - a
        for k in range(b - 1, a + 1, -1):
            if words[a:k] in runs or words[a + 1 : k] in runs:
                return k - a  # (or without its form: "Jasa Marga menambah …")
        if k := self._company_words_repeated(a + 1, b):
            return k - a  # "Jasa Marga" named again in a run of its own
        k = b - 3
        if k - a >= 2 and (
            words[k] in GIVEN_NAMES
            or (
                ((words[k],) in runs or words[k] in self.ctx.lone_openers)
                and self._gaz(k, k + 1) is None
            )
        ):
            return k - a  # "PT Timah Mochtar Riza Pahlevi … Mochtar akan banding"
        return 0

    def _company_words_repeated(self, a: int, b: int) -> int:
        """Where the person opens in run ``[a, b)`` (a company's name and a person's, its
        legal form before ``a``) when the text writes the company's words capitalised
        again ("VP Corporate Secretary Jasa Marga Lisye Octaviana") and the two to four
        words of the person's full name nowhere else; 0 if not so."""
        counts = self.ctx.cap_counts
        k = a
        while k < b and counts[self.words[k]] > 1:
            k += 1
        if k - a < 1 or not 2 <= b - k <= 4:
            return 0
        return k if all(counts[word] == 1 for word in self.words[k:b]) else 0

    def _noble_name_in(self, a: int, b: int) -> int:
        """Where a noble title that opens a person's name (_NOBLE_NAME_OPENERS) stands in run
        ``[a, b)`` two words or more after its start, before a name word; 0 if none."""
        words = self.words
        for k in range(a + 2, b - 1):
            if words[k] in _NOBLE_NAME_OPENERS and self.caps[k + 1]:
                return k
        return 0

    def _branch_place_end(self, a: int, b: int) -> int:
        """How many tokens of Indonesian run ``[a, b)`` after a title name an office that
        ends with the region it serves, the rest being the person: "Kepala Kanwil Kemenag
        Jawa Timur Akhmad Sruji Bahtiar", "Kepala Dinas Pendidikan Provinsi Jawa Timur Aries
        Agung Paewai"; 0 if none. The run must open with an organisation ("Pengacara
        Muhammad Rizal Fadillah" is one man); only a country, an Indonesian province or a
        region, or a place of two words or more, counts: single towns and foreign provinces
        are given names too ("Bima Arya", "Rizal")."""
        first = self.words[a]
        if self.ctx.english or not (
            first.lower() in ORG_HEADS or _is_acronym(first) or self._gaz(a, a + 1) == "ORG"
        ):
            return 0
        for k in range(b - 2, a, -1):
            m = self._gazetteer_length(k, b - 1)
            place = _gazetteer_place(self.words[k : k + m]) if m else None
            if place is not None and place.label == "LOC" and (m > 1 or _is_region(place)):
                end = k + m
                end += self._compass_after_place(end, b)
                # (Not "… Kabupaten Lampung Tengah": the compass word finishes the place.)
                return 0 if self.words[end] in _INDONESIAN_COMPASS else end - a
        return 0

    def _field_body_length(self, a: int, b: int) -> int:
        """How many tokens of run ``[a, b)``, which opens with an organisation's head, name
        the body by its field and maybe its place, the rest being the person: "Kementerian
        Agama Suparman", "Dinas Pendidikan Sumatera Barat Barlius", "Universitas Negeri
        Padang Yunia Wardi", "Universitas Indonesia Fithra Faisal Hastiadi". The field words
        are those of titles' portfolios (see TITLE_EXTENSIONS); 0 when neither follows or
        what is left may still be the body's ("Kejaksaan Negeri Belawan", "Dinas Pendidikan
        Nias Selatan Ferdinand Laia", "Dinas Pekerjaan Umum dan Penataan Ruang …")."""
        words = self.words
        k = a + 1
        while k < b - 1 and words[k].lower() in TITLE_EXTENSIONS:
            k += 1
        place = self._gazetteer_length(k, b - 1)
        k += place
        if k == a + 1 or self._place_word(b - 1) or not all(self.caps[k:b]):
            return 0
        if not place and b - k > 2:
            return 0  # "Imam Masjid Agung Lintang Hasan Basri": the town is unlisted
        if any(w.lower() in PLACE_TAILS or w.lower() in _HEADS for w in words[k:b]):
            return 0  # "… Nias Selatan Ferdinand Laia": the place goes on
        return k - a

    def _given_name_not_place(self, a: int, b: int) -> bool:
        """After the title of a place's office, is the place-like first word of run ``[a, b)``
        a given name, with surnames (no second given name) after it? "Mayor Victoria
        Rodriguez Ceja" is one woman; "Gubernur Victoria Daniel Andrews" a state and a man."""
        words = self.words
        return (
            self.place_title
            and b - a >= 3
            and words[a] in GIVEN_NAMES
            and words[a + 1] not in GIVEN_NAMES
            and self._gaz(a, a + 2) is None
            and not self.ctx.known.get(words[a : a + 1])
        )

    def _numbered_body_length(self, a: int, b: int) -> int:
        """How many tokens at the start of run ``[a, b)`` after a title name a numbered body
        (a commission, a school); 0 if none. The rest, if any, is the person."""
        words = self.words
        if b - a < 2:
            return 0
        if words[a].lower() in NUMBERED_UNIT_HEADS and self._unit_number_end(a + 1, a + 1) > a + 1:
            return b - a  # "anggota Yonif 753/Arga Vira Tama": the unit, its name and all
        if words[a].lower() in _HEADS and _ROMAN_NUMERAL.fullmatch(words[a + 1]):
            # "Anggota Komisi III Benny Kabur Harman", "Ketua Komisi XII DPR RI Bambang
            # Patijaya": the numeral, then the acronyms of the parent body
            m = 2
            while a + m < b and _is_body_acronym(words[a + m]):
                m += 1
            return m
        if words[a].lower() in _HEADS:
            for k in range(a + 2, b - 1):
                if words[k - 1] == "Wilayah" and _ROMAN_NUMERAL.fullmatch(words[k]):
                    # "Kepala Balai Pelestarian Kebudayaan Wilayah X Iskandar Mulia Siregar":
                    # the region's numeral ends the unit's name
                    return k + 1 - a
        return self._numbered_school_length(a, b)

    def _numbered_school_length(self, a: int, b: int) -> int:
        """How many tokens at the start of run ``[a, b)`` name a numbered school and its
        town: "Kepala SMAN 3 Padang Yusrizal", "Kepala SMAN 2 Malang, Drs. Hadi" (the whole
        run), "Kepala SD Negeri 5 Denpasar Ni Made Sri" (a word may stand between the level
        and the number); 0 if the run opens with no such school."""
        words = self.words
        if not (b - a > 2 and words[a] in SCHOOL_LEVELS):
            return 0
        k = a + 1 if words[a + 1].isdigit() else a + 2
        if not words[k].isdigit():
            return 0
        return min(b - a, k + 1 - a + (self._gazetteer_length(k + 1, b) or 1))

    def _organisation_tail_length(self, a: int, b: int) -> int:
        """How many tokens at the start of run ``[a, b)`` after a title end with the last
        word of an organisation (a legal form or a tail word, and maybe a country after it)
        with two words or more left for the person: "Direktur Utama PT Garuda Indonesia
        (Persero) Tbk Wamildan Tsani Panjaitan", "Analis Mirae Asset Sekuritas Indonesia
        Nafan Aji Gusta", "PT Kereta Api Indonesia (Persero) Bobby Rasyidin"; 0 if none. (A
        tail word opening the run, or the name after a legal form, is a head: "Bank X", "PT
        Bank Tabungan Negara Nixon Napitupulu".)"""
        words = self.words
        for k in range(b - 3, a + (words[a] in _COMPANY_FORMS), -1):
            if (
                words[k].lower() in ORG_TAILS
                or words[k] in _LEGAL_FORMS_AFTER
                or (words[k] == ")" and words[k - 1] in _BRACKETED_LEGAL_FORMS)
            ):
                end = k + 1
                if b - end > 2 and self._gaz(end, end + 1) == "LOC":
                    end += 1  # "Sekuritas Indonesia"
                return end - a
        return 0

    def _gazetteer_length(self, k: int, limit: int) -> int:
        """Length of the longest gazetteer name (up to three words) at ``k`` that ends by
        ``limit``; 0 if none."""
        for m in range(min(3, limit - k), 0, -1):
            if self._gaz(k, k + m) is not None:
                return m
        return 0

    def _listed_in_office(self, k: int, b: int) -> int:
        """Length of the gazetteer name at ``k`` inside an office before the person that
        ends run ``[., b)``: it leaves two words for the person, or one after an
        organisation ("Ketua DPP Partai Demokrat Herman", as after "Presiden Rusia")."""
        known = self._gazetteer_length(k, b - 1)
        if k + known <= b - 2 or self._gaz(k, k + known) == "ORG":
            return known
        return self._gazetteer_length(k, b - 2)

    def _place_named(self, a: int, b: int) -> bool:
        """Is ``[a, b)`` a place by the gazetteer, or a gazetteer place and a place's last
        word after it, a compass word mostly ("Lampung Tengah", "Jakarta Selatan")?"""
        if self._gaz(a, b) == "LOC":
            return True
        last = self.words[b - 1].lower()
        return b - a > 1 and last in PLACE_TAILS and self._gaz(a, b - 1) == "LOC"

    def _may_be_team(self, a: int, b: int) -> bool:
        """May the words around the name at ``[a, b)`` make it a team (or a scorer): a
        number or a word of matches after it, or one before it (see _TEAM_CUE_AFTER), or
        a team sport's story? A cheap test before the rules of sports reports."""
        words = self.words
        return (
            (
                b < self.n
                and (_MORE_BITS[words[b]] & _TEAM_CUE_AFTER != 0 or self.toks[b].upos == "NUM")
            )
            or (a > 1 and _MORE_BITS[words[a - 1]] & _TEAM_CUE_BEFORE != 0)
            or self.ctx.team_sport
        )

    def _place_like(self, a: int, b: int) -> bool:
        """Does ``[a, b)`` look like a place name (gazetteer, place head or tail word, or a
        place head word right before it)?"""
        return (
            self._gaz(a, b) is not None
            or self.words[b - 1].lower() in PLACE_TAILS
            or self.words[a].lower() in PLACE_HEADS
            or (a > 0 and self.words[a - 1].lower() in PLACE_HEADS)
        )

    def _on_number_plate(self, a: int) -> bool:
        """Is ``words[a]`` the region code or the last letters of an Indonesian vehicle's
        number plate ("nopol DK 1234 AB", "B 1234 XYZ"): up to three capitals either side
        of a number of one to four digits, one or two before? No acronym of a body; nor a
        result line's clubs ("PSM 2 PSS 1"): a number of one or two digits needs a plate's
        word just before ("nopol B 12 XY")."""
        words, n = self.words, self.n
        for k in (a - 1, a + 1):
            if (
                0 < k < n - 1
                and words[k][:1].isdigit()
                and not self.ctx.english
                and _PLATE_NUMBER.fullmatch(words[k])
                and _PLATE_REGION.fullmatch(words[k - 1])
                and _PLATE_LETTERS.fullmatch(words[k + 1])
                and (len(words[k]) > 2 or self._plate_cue_before(k - 1))
            ):
                return True
        return False

    def _plate_cue_before(self, k: int) -> bool:
        """Does a plate's word come within the three words before ``k`` ("nopol", "pelat
        nomor", "nomor polisi")?"""
        return any(word.lower() in _PLATE_CUES for word in self.words[max(0, k - 3) : k])

    def _model_noun_before(self, a: int) -> bool:
        """Is the word before ``words[a]``, in an Indonesian text, a vehicle or a device
        (MODEL_NOUNS) whose brand and model follow ("sepeda motor Honda Beat", "Mobil
        Toyota Fortuner itu")?"""
        return a > 0 and self.words[a - 1] in _MODEL_NOUN_FORMS and not self.ctx.english

    def _label(
        self, a: int, b: int, default: EntityLabel = "PER", *, context: bool = True
    ) -> tuple[EntityLabel, int]:
        """The label of the span ``[a, b)`` and how sure: :data:`STRONG`, :data:`CUED` (a
        weak contextual cue) or :data:`DEFAULT`. ``context`` False ignores the words around
        the span (after a title they belong to the title)."""
        words = self.words
        single = b - a == 1
        if (
            context
            and a > 0
            and (
                (words[a - 1].lower() in PERSON_CONTEXT and not self._thing_named(a - 1))
                or (words[a - 1] in _COORDINATION and self._listed_after_initials_cue(a))
            )
        ):
            # "berinisial RS", "berinisial AS, RH dan DS": people's initials, not acronyms
            # or countries, and wherever the text uses them ("RF mencoba melawan") unless
            # they name a place too ("AS").
            return "PER", STRONG if self._gaz(a, b) else DEFINED
        if (
            context
            and single
            and len(words[a]) <= 3
            and not self.ctx.english
            and self._initials_of_party(a)
        ):
            # "tersangka RH", "Korban, DS (17), dirawat": a party's initials, as above
            return "PER", STRONG if self._gaz(a, b) else DEFINED
        after = words[b] if context and b < self.n else ""  # (lowercase words only, below)
        if after in _BUSINESS_RESULTS and _is_possessive(words[b - 1]) and self._gaz(a, b) is None:
            return "ORG", STRONG  # "Zelvano's profit rose"
        if context and single and self._deal_party(a, b):
            return "ORG", CUED  # "Gencor's bid for Billiton": both sides are companies
        if after in _CUES_AFTER:
            if after in _GOODS_AFTER:
                return "MISC", STRONG  # "Brent crude", "the Hang Seng index"
            if _is_possessive(words[b - 1]):
                return "ORG", STRONG  # "Acme's chairman", "Tesco's shareholders"
        if (
            after == "chief"
            and words[b : b + 2] in _CHIEF_OFFICERS
            and _is_possessive(words[b - 1])
        ):
            return "ORG", STRONG  # "Klarnify's chief executive"
        if (after == "industrial" or after in _STOCK_WORDS) and words[b + 1 : b + 2] in _INDICES:
            # "the Dow Jones industrial average", "the IPSA stock index": an index
            return "MISC", STRONG
        scored = False
        if context and self._may_be_team(a, b):
            scored = (
                self._score_after(b)
                or self._margin_after(b)
                or self._innings_after(b)
                or (after in _MATCH_VERBS and self._plays_scored_match(b))
                or (after == "were" and words[b + 1 : b + 2] in _TEAMS_FATES)
                or (after in _COMEBACK_VERBS and self._comes_back_to_match(b))
            )
            if self._played_against_or_for(a, b):
                team = self._team_label(a, b)
                if team is not None:
                    return team, STRONG  # "a goalless draw with Parma", "a hat-trick for Barça"
                if (
                    words[a - 2 : a] == ("draw", "with")
                    or (words[a - 1] == "with" and a > 3 and self._score_after(a - 4))
                ) or (
                    self.ctx.team_sport
                    and (
                        words[a - 1] in _BEATEN_BY
                        or (words[a - 1] == "at" and words[a - 2] in _AWAY_RESULTS)
                    )
                    and words[a] not in self.ctx.surnames()
                ):
                    # "a 1-1 draw with Crystal Palace", "drew 1-1 with Nice": only teams
                    # draw with a score; in a team sport's story "held 1-1 by Crewe" (but
                    # "lost 6-4 to Nadal" after "Rafael Nadal": a player)
                    return "ORG", CUED
            if self._scorer_at(a, b):
                return "PER", STRONG  # "( Haessler 22 , Dundee 51 )": scorers, whatever else
            if self._transferred_from(a):
                return self._team_label(a, b) or "ORG", STRONG  # "on loan from Leeds"
            rival = -1
            teamish = (
                scored
                or after in _SPORTS_ROLES
                or self._town_as_team(a, b)
                or (rival := self._fixture_rival(a, b)) >= 0
            )
            if teamish and (team := self._team_label(a, b)) is not None:
                # "beat Leeds 2-1", "Barcelona beat Betis 3-2", "Madrid coach Fabio Capello":
                # the club; "beat Japan 2-1", "England captain": the country
                return team, STRONG
            if rival >= 0 and single and self._team_label(rival, rival + 1) == "ORG":
                return "ORG", CUED  # "Juventus play Atalanta on Monday": a club's rival
        if context and words[a - 1] == ")" and self.ctx.english and self._team_after_country(a):
            return "ORG", STRONG  # "Damon Hill ( Britain ) Williams": the driver's team
        if after in _LANDSCAPE_AFTER or (
            a > 0 and single and words[a] in _RIVERS_AMONG_COMPANIES and words[a - 1] == "the"
        ):
            return "LOC", STRONG  # "the Amazon rainforest", "up the Amazon": not the company
        name = words[a:b]
        if words[a] in _NAMES_READ_IN_CONTEXT and (found := self._event_or_model(a, b)):
            return found
        if context and not single and self._model_noun_before(a):
            return "MISC", CUED  # "sepeda motor Honda Beat", "mobil Toyota Avanza"
        if (
            context
            and not single
            and words[b : b + 1] in _FOUNDED
            and words[a] not in _FOREIGN_BODY_OPENERS
            and not _organisation_shaped(name)
            and self._founds_a_body(b + 1)
        ):
            return "PER", STRONG  # "Walt Disney founded the studio": its founder, not it
        gaz = _gazetteer_label(name)
        if gaz is not None:
            if (
                gaz == "ORG"
                and context
                and words[a - 1 : a] == ("the",)
                and self._venue_after_at(a)
                and gazetteer.is_seat_of_power(" ".join(name))
            ):
                return "LOC", STRONG  # "talks at the White House": the building
            return gaz, STRONG
        known = self.ctx.known.get(name)
        if known is not None:
            # "Rejang Lestari" of "Kabupaten Rejang Lestari" - but a cue word right before
            # wins: "kawasan Kebayoran Baru" is a place even beside "Polsek Kebayoran Baru".
            cue = self._cue_before(a) if context else ""
            if cue in PLACE_CONTEXT or cue in PLACE_PREPOSITIONS:
                return "LOC", STRONG
            return known, STRONG
        if (
            b - a > 2
            and words[b - 1] in _REGNAL_NUMERALS
            and words[a] not in GIVEN_NAMES
            and not self.bits[a] & _HEAD_WORD  # "Bandara Sultan Syarif Kasim II"
            and words[b - 2] not in _COURT_NAMES
            and words[b - 2] not in _NUMBERED_PART_WORDS  # "Kecamatan Ilir Barat II"
        ):
            # "Grand Theft Auto VI", "Final Fantasy VII": a sequel's number after a name
            # of two words or more that opens with no given name ("John Paul II")
            return "MISC", CUED
        if b - a > 2 and self.ctx.english and self._romance_institution(a, b):
            return "ORG", STRONG  # "Ordem dos Médicos said": a body, though it speaks
        if after in _BRANDED_GOODS:
            return "MISC", STRONG
        if after == "," and self.words[b + 1 : b + 3] in _HORSES_CLAUSES:
            return "MISC", STRONG  # "Constitution Hill, trained by Nicky Henderson": a horse
        if a > 0 and words[a - 1].endswith("-based"):
            return "ORG", CUED  # "Paris-based Ipsos": people are "a Paris-based artist"
        if a > 1 and words[a - 2 : a] == ("published", "by") and self._work_before(a - 2):
            return "ORG", STRONG  # "The novel was published by Alfred A. Knopf": its house
        if after == "by" and self._maker_named_after(b + 1):
            return "MISC", STRONG  # "Sentimental Value by Norwegian director Joachim Trier"
        if (
            after in _BODY_KINDS_AFTER
            and words[a] not in GIVEN_NAMES
            and not gazetteer.is_demonym(words[b - 1])
            and not _is_name_compound(words[b - 1])  # "the Oslo-based carrier"
        ):
            return "ORG", CUED  # "Le Monde newspaper reported", "the Aerospatiale group"
        if (
            after in _STOCK_WORDS
            and not gazetteer.is_demonym(words[a])
            and words[b + 1 : b + 2] not in _SHARING_OBJECTS
        ):
            # "Marks & Spencer shares fell" (but "Tokyo shares": a place; "Japanese shares")
            return "ORG", STRONG
        # An Indonesian head word that is an English given name ("Tim" of "Tim SAR") opens
        # a person's name in English: "Tim Cook said".
        by_form = None
        player = context and not single and self._player_of_country(a, b)
        if b - a == 2 and words[b - 1].lower() in PLACE_TAILS:
            if self._surname_like_place(a, b):
                return "PER", CUED  # "Damon Hill" where the text names "Hill" alone too
            if player:
                return "PER", STRONG  # "Britain's Damon Hill"
            if context and words[a] in GIVEN_NAMES and self._speech_verb_beside(a, b):
                return "PER", STRONG  # "Marianne Lake said": a woman, not a lake
            if self.headline and words[a] in GIVEN_NAMES and b < self.n and self._headline_verb(b):
                return "PER", STRONG  # "Tom Hill Wins Marathon": who acts, not a hill
            if (
                words[a] in GIVEN_NAMES
                and words[b - 1].lower() in _SURNAME_PLACE_TAILS
                and not (a > 0 and words[a - 1].lower() in PLACE_PREPOSITIONS)
            ):
                return "PER", CUED  # "By Sarah Jones and Tom Hill" (not "in Lawrence Hill")
        if context and self._sports_meeting(a, b):
            return "MISC", CUED  # "the Van Damme Memorial athletics meeting": an event
        if not (self.ctx.english and words[a] in _GIVEN_NAMES_AMONG_HEADS):
            by_form = _label_by_form(name)
        if (
            by_form == "ORG"
            and context
            and words[b - 1].lower() in _VENUE_TAILS
            and words[a - 1 : a] == ("the",)
            and self._venue_after_at(a)
        ):
            return "LOC", CUED  # "at the United Center": a venue, whatever else it is
        if (
            by_form == "ORG"
            and context
            and single
            and _is_camel_case(words[a])
            and (self._cue_before(a) in PRODUCT_CONTEXT or self._made_by_before(a))
        ):
            return "MISC", CUED  # "sales of KitKat", "launched the PlayStation"
        if (
            by_form == "MISC"
            and context
            and words[b - 1] == "Games"
            and not gazetteer.is_demonym(words[a])  # "the Asian Games"
            and self._body_acts(b)
        ):
            return "ORG", CUED  # "Rockstar Games delayed its new title": a games studio
        if (
            by_form == "LOC"
            and context
            and words[b - 1] == "Palace"
            and b < self.n
            and (words[b] in SPEECH_VERBS or words[b] in _STATEMENT_VERBS)
            and words[a - 1 : a] != ("at",)
        ):
            # "Buckingham Palace said", "Kensington Palace announced": the household that
            # speaks for the royals (but "outside Buckingham Palace" is the building), in
            # each mention as it reads
            return "ORG", STRONG
        if (
            context
            and not single
            and words[a].lower() in _VENUE_HEADS
            and words[a - 1 : a] == ("the",)
            and self._venue_after_at(a)
        ):
            return "LOC", CUED  # "at the Stade de France" (but "beat Stade de Reims", above)
        if by_form is not None:
            return by_form, STRONG
        if self.ctx.english and not single and _ends_in_acronym(name):
            return "ORG", STRONG  # "Africa CDC": no person's name ends so
        if player:
            return "PER", STRONG  # "Spain's Conchita Martinez", "Liang Weikeng ( China )"
        if single and words[a].lower() in ORG_HEADS and a not in self.initial:
            return "ORG", STRONG  # "Parliament"
        if not single and self._country_first(a, b):
            return "ORG", CUED  # "Indonesia Corruption Watch", "Singapore Airlines"
        if not single and words[a] in _FOREIGN_BODY_OPENERS:
            return "ORG", CUED  # "Deutsche Telekom said", "Nippon Steel": no person
        if not context:
            return default, DEFAULT
        prev = self._cue_before(a)
        nxt = words[b].lower() if b < self.n else ""
        if prev in _PERSONAL_OWNERS and nxt in WORK_NOUNS_PLURAL:
            # "her Harry Potter books", "his James Bond films": a series, though it opens
            # with a given name (people are no plural works)
            return "MISC", CUED
        if single and words[a] in _PARTY_ADJECTIVES and nxt[:1].islower():
            return "MISC", CUED  # "the state's Democratic governor"
        if (prev in ORG_CONTEXT and not self._champion_named(a, b, prev)) or (
            nxt in _TEAM_AFTER and not self._coach_of_team(a, b)
        ):
            return "ORG", STRONG
        if self._shop_before(a):
            return "ORG", STRONG  # "toko buku Gramedia Matraman": a shop, its branch
        if prev == "band" and not self.ctx.english:
            return "ORG", STRONG  # "band Kotak" (in English "the band" follows what it names)
        if prev in _PLACE_CUES:
            return "LOC", STRONG  # "kota Bogor", "warga Kendeng"
        if prev in _MISC_CUES:
            return "MISC", STRONG  # "upacara Melasti", "program Makan Bergizi Gratis"
        if (
            prev in PRODUCT_CONTEXT
            or (a > 1 and words[a - 2 : a] in _MAKERS_CLAUSES)
            or (prev == "game" and words[a - 2 : a] in _GAME_KINDS)
        ) and not self._maker_of_work(a, b):
            return "MISC", CUED  # "the novel Intermezzo", "Pellix, which makes Dormival"
        if (
            prev == "of"
            and a > 1
            and words[a - 2].lower() in _SHOWINGS_OF_WORKS
            and not self._maker_of_work(a, b)
        ):
            return "MISC", CUED  # "a screening of Michael Collins", "a version of Ridge Racer"
        if prev in _STARRING_LINKS and self._starred_in_before(a) and not self._maker_of_work(a, b):
            return "MISC", CUED  # "starred in Killing Eve", "starred in The Crown"
        if prev == "of" and self._product_line_sold(a, b):
            return "MISC", CUED  # "sales of Mario Kart World": goods, no person
        if (
            prev == "of"
            and a > 1
            and (words[a - 2].lower() in PLACE_TITLES or words[a - 2].lower() in _PEERAGES)
        ):
            # "the mayor of Tarnwick", "governor of Kelantan", "the Countess of Wessex"
            return "LOC", STRONG
        if a > 1 and (
            (prev in ("at", "of") and _is_role_noun(words[a - 2]))
            or (prev == "from" and _is_professional(words[a - 2]))
            or (
                prev in _SUBJECT_JOINERS
                and words[a] not in GIVEN_NAMES  # "the head of Acme and John Smith said"
                and self._employer_listed_before(a - 1)
            )
        ):
            # "analysts at Goldman Sachs", "a strategist at Mizuho", "auditors from KPMG"
            # (but "councillors from Salford" come from a place); "analysts at Jefferies
            # and Berenberg said": the second employer too, though a speech verb follows
            return "ORG", STRONG
        if nxt == "," and (apposed := self._kind_apposed_before(a)) is not None:
            # "Its publisher, Fourth Estate, said", "her final novel, The Mirror and the
            # Light, topped": the noun before says what the name is, though it speaks
            return apposed, STRONG
        kind = self._apposition_kind(b + 1) if nxt == "," else None
        if kind == "ORG" and prev != "menurut":
            # (After "Menurut Perry," a clause follows: "bank sentral AS akan …".)
            return "ORG", STRONG  # "Gavi, the vaccine alliance", "Harita, perusahaan tambang"
        if kind in ("MISC", "LOC"):
            # "Leqembi, an Alzheimer's treatment"; "the Pantanal, the vast wetland"
            return kind, CUED
        if nxt == "," and b + 1 < self.n and words[b + 1] == "which":
            if self._made_by_after_which(b + 2):
                return "MISC", CUED  # "Barbie, which Greta Gerwig directed": a work
            return "ORG", CUED  # "Novo Nordisk, which makes the drug": people are "who"
        if b - a == 2 and self._speaker_named_like_city(a, b):
            return "PER", CUED  # "Hotman Paris" where "Hotman" speaks alone elsewhere
        if not single and _organisation_shaped(name):
            # "Persib Bandung", "Alibaba Cloud"; even before a speech verb: "Garuda
            # Indonesia melaporkan", "Age UK said" (never with a given name: "Chris Sutton").
            return "ORG", CUED
        if nxt == "," and prev not in PLACE_PREPOSITIONS and self._age_after(b):
            return "PER", STRONG  # "Graham Pellow, 58, of Altrincham"
        if prev == "of" and self._home_after_age(a):
            return "LOC", STRONG  # "Graham Pellow, 58, of Altrincham, admitted"
        if single and nxt in _PLURAL_VERBS and prev not in PLACE_PREPOSITIONS and prev != "of":
            # "Coldplay were forced to cancel": a band, team or party (but in "Police in
            # Victoria have charged" the verb is the police's)
            return "ORG", CUED
        if single and after in _ITS_VERBS and self._reports_its(b):
            return "ORG", CUED  # "Rheinmetall raised its forecast"
        if (
            single
            and nxt in SPEECH_VERBS
            and not surname_shaped(words[a])
            and not self._known_person(a, b)
            and self._it_reports_at(b + 1)
        ):
            # "Eurostar said it would", "Klarnify said on Wednesday it would": a body (a
            # person named in full elsewhere is still that person, as the cue is weak:
            # "Obama said it was time"; and so is a surname's shape: "Kowalski said it
            # would take months")
            return "ORG", CUED
        if single and after in _PRICE_MOVES and self._price_move_after(b):
            return "ORG", CUED  # "Daimler-Benz gained four marks", "Bayer rose 1.50 to 45.20"
        if (
            single
            and _brand_shaped(words[a])
            and not self._known_person(a, b)
            and not self.ctx.written_in_lowercase(words[a])
        ):
            return "ORG", CUED  # "Nexify said", "Grubly reported": a brand's coined word
        if (
            not single
            and (words[b - 1] == "House" or (words[b - 1] == "Palace" and nxt in SPEECH_VERBS))
            and words[a] not in GIVEN_NAMES
            and prev not in PLACE_PREPOSITIONS
        ):
            # "Penguin Random House said", "Chatham House": no person; nor "Buckingham
            # Palace said", speaking for the monarch's household
            return "ORG", CUED
        if prev in _BRAND_OWNER_NOUNS and self._company_owning_brand(a, b):
            return "ORG", STRONG  # "Zara owner Inditex said": the company, though it speaks
        if (prev in SPEECH_VERBS and nxt not in _AUXILIARIES) or (
            nxt in SPEECH_VERBS and prev not in _NAME_PLACE_PREPOSITIONS
        ):
            # (Not "the institute in Heidelberg said": the speaker came before; nor "said
            # Oppenheimer had taken $1 billion": the reported clause's subject follows.)
            return "PER", STRONG
        if not single and (words[a] in GIVEN_NAMES or _is_initial(words[a])):
            # "Chris Sutton", although Sutton is also a town; "S. Warne 4-42" in a scorecard
            return "PER", CUED
        if scored:
            return "ORG", CUED  # "Dunvale beat Portwick 2-1": a team
        if b < self.n and self._title_starts_at(b) and not self._known_person(a, b):
            # "Tesla CEO Elon Musk", "Kremlin spokesman" (but "Trump's adviser Peter
            # Navarro" after "Donald Trump": people have advisers too)
            return "ORG", STRONG
        if nxt in _SPORTS_ROLES:
            return "ORG", CUED  # "McLaren driver Mika Hakkinen"
        if (
            nxt.endswith("s")
            and _is_professional(nxt)
            and not _is_possessive(words[b - 1])
            and not self._known_person(a, b)
        ):
            # "misled by Fujitsu engineers", "Goldman analysts said": a firm's staff (but
            # "Trump lawyers" after "Donald Trump": a person's)
            return "ORG", CUED
        if (nxt == "'s" or _is_possessive(words[b - 1])) and self._owns_a_name(b):
            return "ORG", CUED  # "Ferrari 's Michael Schumacher": people own no people
        if nxt in _PLACE_NOUNS_AFTER:
            return "LOC", STRONG  # "the Lachin road", "Gazakh districts"
        if nxt in _CRAFT_AFTER:
            return "MISC", CUED  # "the Juice mission"
        if prev == "di" and single:
            return "LOC", STRONG  # Indonesian "di" before one word is a place
        if prev in _WORDS_BEFORE_PREPOSITIONS and a > 1:
            nouns, label = _WORDS_BEFORE_PREPOSITIONS[prev]
            if words[a - 2].lower() in nouns:
                if prev != "for":
                    return label, STRONG  # "published in Nature", "flights to Split"
                if not self._known_person(a, b):
                    # "works for Zelvano", weakly: people are worked for too ("She worked
                    # for Trump for years … Trump said")
                    return label, CUED
        if prev in PLACE_PREPOSITIONS and (single or prev in _NAME_PLACE_PREPOSITIONS):
            return "LOC", CUED
        if nxt in _LEADERS_BODIES:
            return "PER", CUED  # "the Biden administration", "the Trump campaign"
        if self._made_by_before(a):
            return "MISC", CUED  # "author of Lace", "the maker of Wegovy"
        if default == "PER" and self._owned_by_organisation(a):
            # "NASA's own Europa Clipper" is no person (but "Apple's Tim Cook" is, above)
            return "MISC", CUED
        if prev == "by" and a > 1 and words[a - 2].lower() in _WORK_OF_BODIES:
            return "ORG", CUED  # "Polls by Forsa", "a survey by Gallup"
        if prev == "named" and not _STORM_NOUNS.isdisjoint(words[max(a - 4, 0) : a - 1]):
            return "MISC", CUED  # "a storm named Darragh", "The typhoon, named Kong-rey,"
        if prev in _PERSONAL_OWNERS and (
            nxt in WORK_NOUNS or nxt in WORK_NOUNS_PLURAL or nxt == "tour"
        ):
            # "his Bond films", "her Cowboy Carter tour": a series or a show, no person
            return "MISC", CUED
        if nxt in _EVENT_STAGES and default == "PER" and not self._adjective_after_owner(b):
            return "MISC", CUED  # "the Wimbledon final", "his first Wimbledon title"
        if prev == "the" and default == "PER":
            if nxt in _EVENT_KINDS:
                return "MISC", CUED  # "the Weltklasse meeting": an event
            if self._venue_after_at(a):
                return "LOC", CUED  # "a concert at the Barbican"
            return "ORG", CUED  # "the Kremlin", "the Nasdaq": people do not take "the"
        if prev in _DETERMINERS_BEFORE_THINGS and default == "PER":
            # People take neither "a" nor "its": "an Oscar nomination", "its Galaxy phones"
            # name a thing; but "a Gallup poll" a pollster, "its Brackwell plant" a place.
            if nxt in _SITE_NOUNS or words[b - 1].lower() in _VENUE_TAILS:
                return "LOC", CUED  # "its Brackwell plant", "its Turbine Hall"
            if nxt in _WORK_OF_BODIES or _is_role_noun(nxt):
                return "ORG", CUED  # "a Gallup poll", "a Zelvano spokesman"
            return "MISC", CUED
        return default, DEFAULT

    def _starred_in_before(self, a: int) -> bool:
        """Does "starred in" (or "stars in", perhaps with an article of the title) stand
        before the name at ``a``? What an actor stars in is a film, show or play."""
        words, k = self.words, a - 1
        if k > 0 and words[k] in _TITLE_ARTICLES:
            k -= 1
        return k > 0 and words[k] == "in" and words[k - 1] in _STARRING

    def _made_by_after_which(self, k: int) -> bool:
        """Does the clause after "which" at ``k`` name who made the thing before it, then
        the making ("which Greta Gerwig directed", "which the BBC adapted", "which stars
        Cillian Murphy")? Bodies are not directed, adapted or starred in."""
        words, n = self.words, self.n
        if words[k : k + 1] in _LOWER_ARTICLES:
            k += 1
        while k < n and self.caps[k]:
            k += 1
        return k < n and words[k] in _WORKS_MADE

    def _price_move_after(self, b: int) -> bool:
        """Does a share price's move follow the verb at ``b``: an amount, then a price's
        unit ("gained four marks", "fell 3 percent") or "to" and the new price ("rose
        1.50 to 45.20")? Market reports name companies so, with no "shares"."""
        words, k = self.words, b + 1
        if k + 1 >= self.n or not starts_quantity(words[k].lower(), "en"):
            return False
        unit = words[k + 1].lower()
        return unit in _PRICE_UNITS or (
            unit == "to" and k + 2 < self.n and self.toks[k + 2].upos == "NUM"
        )

    def _it_reports_at(self, k: int) -> bool:
        """Does the clause a speech verb opens at ``k`` have "it" as its subject, perhaps
        after its day and "that" ("said it would", "said on Wednesday it would", "said on
        Monday that it")? A body speaks of itself as "it"."""
        words = self.words
        if words[k : k + 1] == ("it",):
            # (But "it was" or "is" before no "-ing" judges something: "Smith said it was
            # a mistake" is a person's word on the match; "it was reviewing" a body's.)
            if words[k + 1 : k + 3] in _IT_WOULD_JUDGE:
                return self._body_state_at(k + 3)
            return words[k + 1 : k + 2] not in _IT_JUDGED or self._body_state_at(k + 2)
        if (
            words[k : k + 1] == ("on",)
            and k + 1 < self.n
            and words[k + 1].lower() in CALENDAR_WORDS
        ):
            k += 2
        if words[k : k + 1] == ("that",):
            k += 1
        # (Past the day or "that" only before its plans or deeds: "said on Monday it was
        # time" may be a person's, and so may "it would be wrong".)
        return (
            words[k : k + 1] == ("it",)
            and words[k + 1 : k + 2] in _ITS_DEEDS
            and (words[k + 1 : k + 3] not in _IT_WOULD_JUDGE or self._body_state_at(k + 3))
        )

    def _body_state_at(self, k: int) -> bool:
        """Does the word at ``k``, after "it was" or "it would be", tell what a body is
        doing or made to do ("reviewing", "forced to", "able to") rather than judge a thing
        ("a mistake", "wrong", "months")?"""
        if k >= self.n:
            return False
        word = self.words[k]
        return word.endswith("ing") or word in _BODY_STATES

    def _kind_apposed_before(self, a: int) -> EntityLabel | None:
        """What the noun before a name between commas calls it, when an owner or article
        opens that noun phrase: a body ("Its publisher, Fourth Estate,", "the carrier,
        Wizz Air,") or a work ("her debut album, Midnights,"); None otherwise, and for a
        name opening with a given name ("the label's owner, John Smith,")."""
        words = self.words
        if a < 3 or words[a - 1] != "," or words[a] in GIVEN_NAMES:
            return None
        noun = words[a - 2].lower()
        label: EntityLabel
        if noun in _APPOSED_BODY_NOUNS:
            label = "ORG"
        elif noun in WORK_NOUNS:
            label = "MISC"
        else:
            return None
        for k in range(a - 3, max(a - 6, -1), -1):
            word = words[k]
            if word.lower() in _OWNERS_BEFORE_KINDS or _is_possessive(word):
                # (Not after a preposition: "In his novel, Smith, a detective, …".)
                return None if k and words[k - 1].lower() in _APPOSITION_STOPS else label
            if not (word.isalpha() and word.islower()):
                return None  # (up to two adjectives: "its main rival")
        return None

    def _adjective_after_owner(self, b: int) -> bool:
        """Does the name ending at ``b`` own what follows, the stage word there qualifying
        a noun ("Hilary Mantel's final novel"), not naming a stage ("Wimbledon final")?"""
        return (
            _is_possessive(self.words[b - 1])
            and b + 1 < self.n
            and self.words[b + 1].isalpha()
            and self.words[b + 1].islower()
        )

    def _employer_listed_before(self, j: int) -> bool:
        """Does the coordinating word at ``j`` follow a name of one to three words after
        "at" or "of" and a role ("analysts at Jefferies and …")? Then what it adds is
        another employer."""
        k = j - 1
        while k > 0 and j - k <= 3 and self.caps[k]:
            k -= 1
        return (
            k < j - 1
            and k > 0
            and self.words[k] in ("at", "of")
            and _is_role_noun(self.words[k - 1])
        )

    def _made_by_before(self, a: int) -> bool:
        """Is the name at ``a`` what its maker made, after "of" ("author of Lace", "the
        maker of ChatGPT")?"""
        return a > 1 and self.words[a - 1] == "of" and self.words[a - 2].lower() in _MAKERS_OF_WORKS

    def _owned_by_country(self, a: int) -> bool:
        """Does a country's possessive come right before ``a`` ("Spain's", "China 's")?"""
        return _is_country(self._owner_before(a))

    def _owned_by_organisation(self, a: int) -> bool:
        """Does a known organisation's possessive come right before ``a`` ("Samsung's",
        "NASA's")? What follows is then mostly a thing it makes or runs."""
        owner = self._owner_before(a)
        return bool(owner) and (
            (_is_acronym(owner) and not _is_country(owner)) or _gazetteer_label((owner,)) == "ORG"
        )

    def _owner_before(self, a: int) -> str:
        """The word whose possessive comes right before ``a`` ("Spain" of "Spain's" or
        "Spain 's"), or ""."""
        if a == 0:
            return ""
        owner = self.words[a - 1]
        if owner in _POSSESSIVE_ENDINGS:
            return self.words[a - 2] if a > 1 else ""
        return owner[:-2] if _is_possessive(owner) else ""

    def _player_of_country(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` a country's ("Spain's Conchita Martinez", "China 's Liang
        Weikeng") or followed by one in brackets ("Monica Seles ( U.S. )")? A name of
        several words so placed, with no cue of its own, is one of its people: its firms,
        parties and places carry a cue word or are listed."""
        return self._owned_by_country(a) or self._country_after(b)

    def _country_after(self, b: int) -> bool:
        """Is the run ending at ``b`` followed by a country in brackets, as players are in
        results ("Monica Seles ( U.S. )")?"""
        words = self.words
        if b >= self.n or words[b] != "(":
            return False
        close = _index(words, ")", b + 2)
        return 0 < close - b <= 4 and _is_country(" ".join(words[b + 1 : close]))

    def _team_after_country(self, a: int) -> bool:
        """Does the run at ``a`` follow a name and its country in brackets, as a rider's or
        driver's team does in results ("Damon Hill ( Britain ) Williams", "Jan Ullrich (
        Germany ) Telekom")? Then it is the team, whatever else the name may be."""
        words = self.words
        if a < 4:
            return False
        open_at = a - 3
        while open_at > 0 and a - open_at <= 5 and words[open_at] != "(":
            open_at -= 1
        return (
            open_at > 0
            and words[open_at] == "("
            and bool(self.caps[open_at - 1])
            and self._country_after(open_at)
        )

    def _home_after_age(self, a: int) -> bool:
        """Is ``a`` right after "of" in a person's age and home town between commas
        ("Graham Pellow, 58, of Altrincham")?"""
        toks = self.toks
        return (
            a > 3
            and toks[a - 2].text == ","
            and toks[a - 3].upos == "NUM"
            and toks[a - 4].text == ","
        )

    def _owns_a_name(self, b: int) -> bool:
        """Does a person's name, opening with a common given name, follow the possessive that
        ends the run before ``b`` (glued, or a token of its own): "Ferrari 's Michael
        Schumacher", not "Taylor Swift's Eras Tour"?"""
        words, n = self.words, self.n
        k = b + 1 if b < n and words[b] == "'s" else b
        return k + 1 < n and words[k] in GIVEN_NAMES and bool(self.caps[k + 1])

    def _speaker_named_like_city(self, a: int, b: int) -> bool:
        """Is ``[a, b)``, a word and a city ("Hotman Paris"), a person, as the
        text has the first word alone speak elsewhere ("Hotman mengatakan", "kata Hotman")?
        A club or a firm named for its town ("Persib Bandung") is mostly in the gazetteer
        or after a head word; otherwise the city would make it a branch, an organisation."""
        first = self.words[a : a + 1]
        return (
            first[0] in self.ctx.lone_speakers
            and self._gaz(a, a + 1) is None
            and first not in self.ctx.known
            and not _is_acronym(first[0])
            and self._gaz(b - 1, b) == "LOC"
            and self._gaz(a, b) is None
        )

    def _surname_like_place(self, a: int, b: int) -> bool:
        """Is ``[a, b)``, two words ending in a place word ("Damon Hill", "Grant Park"), a
        person, as the text also writes the last word alone mid-sentence ("without Hill")?
        A place so named is not called by its last word."""
        return self.words[b - 1 : b] in self.ctx.runs and self._gaz(a, b) is None

    def _initials_of_party(self, a: int) -> bool:
        """Is the short acronym at ``a`` the initials Indonesian crime news gives a suspect
        or victim: after such a party's noun ("tersangka RH", "Korban, DS") or before an
        age in brackets ("RH (34)")? Not a known body ("tersangka KPK")."""
        words, n = self.words, self.n
        before = a - 2 if a > 1 and words[a - 1] == "," else a - 1
        party = (before >= 0 and words[before].lower() in _CASE_PARTIES) or (
            a + 3 < n
            and words[a + 1] == "("
            and words[a + 3] == ")"
            and words[a + 2].isdigit()
            and len(words[a + 2]) <= 2
        )
        return (
            party and len(words[a]) <= 3 and _is_acronym(words[a]) and self._gaz(a, a + 1) != "ORG"
        )

    def _listed_after_initials_cue(self, a: int) -> bool:
        """Does ``a`` end a list of initials after "berinisial" (or "initials", "alias"):
        "berinisial RH, AS dan DS", "berinisial AS (24) dan RF (19)"?"""
        words = self.words
        k = a - 1
        while k > 1 and words[k] in _COORDINATION:
            m = k - 1
            if m > 3 and words[m] == ")" and words[m - 2] == "(" and words[m - 1].isdigit():
                m -= 3  # an age after the initials
            if not _is_acronym(words[m]):
                break
            k = m - 1
        if k + 1 < a and self._initials_of_party(k + 1):
            return True  # "Dua tersangka, RH dan AS, ditangkap"
        return k >= 0 and words[k].lower() in PERSON_CONTEXT

    def _score_after(self, b: int) -> bool:
        """Does one match score ("2-1", not a tennis score "6-3 6-4" nor "2019-2020") follow
        the name ending at ``b``? Written without spaces, each side one or two digits."""
        toks, n = self.toks, self.n
        if b + 2 >= n or toks[b].upos != "NUM" or self.words[b + 1] != "-":
            return False
        home, away = self.words[b], self.words[b + 2]
        if self._inside_brackets(b):
            return False  # "( S. Warne 4-42 )": a bowler's figures in a scorecard
        return (
            toks[b + 2].upos == "NUM"
            and len(home) <= 2
            and len(away) <= 2
            and toks[b].end == toks[b + 1].start
            and toks[b + 1].end == toks[b + 2].start
            and not (b + 3 < n and toks[b + 3].upos == "NUM")
        )

    def _sports_meeting(self, a: int, b: int) -> bool:
        """Does "the", the name at ``[a, b)``, a sport and a kind of event say that the name
        is an event's ("the Van Damme Memorial athletics meeting")?"""
        words = self.words
        return (
            words[a - 1 : a] == ("the",)
            and words[b : b + 1] in _EVENT_SPORTS
            and words[b + 1 : b + 2] in _EVENT_KINDS_AFTER
        )

    def _transferred_from(self, a: int) -> bool:
        """Is the name at ``a`` the club a player moves from ("a free transfer from
        Rosenborg", "on loan from Leeds", "signed from Ajax")?"""
        return a > 1 and self.words[a - 1] == "from" and self.words[a - 2] in _TRANSFER_WORDS

    def _town_as_team(self, a: int, b: int) -> bool:
        """In a team sport's story, is the known place at ``[a, b)`` (a town or county, not a
        person's name) its club: "Liverpool moved to", "second behind Leicestershire"? Not
        after a word that makes it a place ("in Liverpool", "at Canterbury")."""
        if not self.ctx.team_sport or self.words[a] in GIVEN_NAMES:
            return False
        if a > 0 and self.words[a - 1].lower() in _PLACE_WORDS_BEFORE_TEAMS:
            return False
        return self._gaz(a, b) == "LOC"

    def _rival_club(self, a: int, b: int) -> bool:
        """Is the English name at ``[a, b)`` across a match verb from a club or a town's
        club ("Atalanta host Lazio", "Juventus play Atalanta")?"""
        if not self.ctx.english:
            return False
        rival = self._fixture_rival(a, b)
        return rival >= 0 and self._team_label(rival, rival + 1) == "ORG"

    def _fixture_rival(self, a: int, b: int) -> int:
        """Where the other side's name (its word next to the verb) is if the name at ``[a,
        b)`` is one side of a match, before or after a verb of _FIXTURE_VERBS with the other
        side's name across it ("Roma play Lazio on Sunday"); else -1. Not after a place's
        preposition ("fans in Rome face a ban"), nor a known given name ("Jordan"); a name
        after the verb ends the clause ("… beat Lille."), so that "beat Washington
        insiders" keeps a place."""
        words, n = self.words, self.n
        if words[a] in GIVEN_NAMES:
            return -1
        if b + 1 < n and words[b] in _HOME_FIXTURE_VERBS and self.caps[b + 1]:
            if a == 0 or words[a - 1].lower() not in _PLACE_WORDS_BEFORE_TEAMS:
                return b + 1
            return -1
        if (
            a > 1
            and words[a - 1] in _FIXTURE_VERBS
            and self.caps[a - 2]
            and (b == n or words[b] in _AFTER_FIXTURE)
        ):
            return a - 2
        return -1

    def _innings_after(self, b: int) -> bool:
        """Does a cricket innings follow the name ending at ``b``: its runs (maybe with the
        wickets, "412-8"), then "declared", a bracket of batsmen, a semicolon or a second
        innings ("Glamorgan 287 ( H. Morris 102 )", "Lancashire 210 and 15-0")? Then the
        name is a team, as in a scoreboard."""
        toks, words, n = self.toks, self.words, self.n
        if b + 1 >= n or not words[b].isdigit() or len(words[b]) > 3:
            return False
        k = b + 1
        if words[k] == "-" and k + 1 < n and toks[k + 1].upos == "NUM":
            k += 2  # "412-8": the wickets down
        if k >= n or self._inside_brackets(b):
            return False
        if words[k] == "and":
            return k + 1 < n and toks[k + 1].upos == "NUM"
        return words[k] in _INNINGS_ENDS

    def _inside_brackets(self, k: int) -> bool:
        """Is ``k`` inside an open bracket of its sentence?"""
        for word in reversed(self.words[:k]):
            if word in ("(", ")"):
                return word == "("
        return False

    def _plays_scored_match(self, b: int) -> bool:
        """Does a score or a cricket margin follow the match verb at ``b``, after the name it
        ends ("Barcelona beat Real Betis 3-2", "Leeds drew 1-1 with", "Kent beat Essex by
        five wickets")? Then the name is a team."""
        reach = range(b + 1, min(b + _MATCH_REACH, self.n))
        first = next((k for k in reach if self.toks[k].upos == "NUM" or self.words[k] == "by"), 0)
        # (The first number only: "Seles beat Novotna 6-3 6-4" is a tennis score.)
        if not first:
            return False
        return self._margin_after(first) if self.words[first] == "by" else self._score_after(first)

    def _tenure_of_owner(self, a: int) -> bool:
        """Is the word at ``a`` a leader's time in office after a person's owning pronoun
        ("her Premiership", "his Presidency"), capitalised as style, not the league of the
        same name ("his Premiership debut")?"""
        words = self.words
        return (
            words[a].lower() in _TENURES
            and words[a - 1].lower() in _PERSONAL_OWNERS
            and words[a + 1 : a + 2] not in _LEAGUE_NOUNS_AFTER
        )

    def _founds_a_body(self, k: int) -> bool:
        """Does "founded" before ``k`` take a company, a studio or a band, perhaps after an
        owner or an article ("founded the studio", "founded his carmaker")? A person founds
        those; a company founds a fund or a charity, not itself."""
        for word in self.words[k : k + 3]:
            if word in ORG_CONTEXT:
                return True
            if word not in _OWNERS_BEFORE_KINDS:
                return False
        return False

    def _coach_of_team(self, a: int, b: int) -> bool:
        """Is the name ``[a, b)`` before "team" or "squad" a person owning it, as a coach or
        manager does: a name of two or three words in the possessive, shaped as no body's
        ("Arne Slot's team", while "Germany's Telekom team" and "Red Bull's team" are
        bodies')?"""
        name = self.words[a:b]
        return (
            2 <= b - a <= 3
            and _is_possessive(name[-1])
            and self._gaz(a, b) is None
            and not _organisation_shaped(name)
        )

    def _comes_back_to_match(self, b: int) -> bool:
        """Does the fightback verb at ``b`` lead, within a few words, to "to" and a match
        verb with a score ("came from behind to beat Manchester City 2-1", "rallied from
        two goals down to draw 2-2 with Everton")? Then its subject is a team."""
        words = self.words
        for k in range(b + 1, min(b + 6, self.n - 1)):
            if words[k] == "to" and words[k + 1] in _MATCH_INFINITIVES:
                return self._plays_scored_match(k + 1)
        return False

    def _played_against_or_for(self, a: int, b: int) -> bool:
        """Is the name at ``a`` a match's opponent or a player's team, by the words before
        it ("a draw with Parma", "a 2-0 win over Piacenza", "lost 2-1 to Leeds", "drew 0-0
        at Groningen", "scored for Barcelona", "his debut for Chelsea")? (A ground after
        "at" is no team: see :meth:`_team_label`.)"""
        if a < 2:
            return False
        prev, before = self.words[a - 1], self.words[a - 2].lower()
        if prev == "for":
            # "scored for Barcelona", "scored his 20th goal of the season for Pittsburgh"
            words = reversed(self.words[max(0, a - 7) : a - 1])
            clause = itertools.takewhile(_has_letter_or_digit, words)
            return not _PLAYED_FOR.isdisjoint(word.lower() for word in clause)
        if prev in _AGAINST and a > 3 and self._score_after(a - 4):
            return True  # "lost 2-1 to Leeds", "drew 1-1 with Parma"
        if prev == "at" and a > 3 and self._score_after(a - 4):
            # "drew 0-0 at Groningen", but "won 44-9 at Cardiff Arms Park": its ground
            return _label_by_form(self.words[a:b]) != "LOC"
        if prev == "at" and before in _AWAY_RESULTS:
            return True  # "a 2-0 win at Gillingham": the hosts
        return prev in _AGAINST and before in _MATCH_NOUNS

    def _margin_after(self, b: int) -> bool:
        """Does a cricket margin follow the name ending at ``b`` ("Kent beat Yorkshire by
        five wickets", "won by 42 runs", "by an innings")? Then the name is a team."""
        words = self.words
        if b + 2 >= self.n or words[b] != "by":
            return False
        count = words[b + 1]
        if count == "an":
            return words[b + 2] == "innings"
        numbered = self.toks[b + 1].upos == "NUM" or count in _NUMBER_WORDS
        return numbered and words[b + 2] in _MARGIN_UNITS

    def _country_first(self, a: int, b: int) -> bool:
        """Does an unknown run start with a country name and go on with ordinary words
        (three words or more, or a word also written in lowercase)? Such names are
        organisations; a country that is a given name ("Jordan Henderson") is followed by
        a surname."""
        first = gazetteer.lookup(self.words[a])
        if first is None or not first.key.startswith("country:") or self.words[a] in GIVEN_NAMES:
            return False
        rest = self.words[a + 1 : b]
        return len(rest) >= 2 or self.ctx.written_in_lowercase(rest[0])

    def _organisation_apposition(self, k: int) -> bool:
        """Does an apposition starting at ``k`` call the name before it an organisation?"""
        return self._apposition_kind(k) == "ORG"

    def _apposition_kind(self, k: int) -> EntityLabel | None:
        """What an apposition starting at ``k`` calls the name before it, by its kind
        noun: an organisation (wherever its noun stands: "the vaccine alliance"), else a
        product or work (MISC) or a place, by the first such noun; or None.
        After a determiner its first few lowercase words (or an owner's: "an Alzheimer's
        treatment"), up to a preposition, must include the noun ("the vaccine alliance",
        "two firms run by"; not "the company's chief"); without one the first word must be
        one ("perusahaan tambang")."""
        words, n = self.words, self.n
        # Without a determiner only the first word may be the noun ("perusahaan tambang"),
        # or a clause would count ("…, memperkirakan saham perseroan").
        reach = 1
        other: EntityLabel | None = None
        if k < n and words[k].lower() in _APPOSITION_DETERMINERS:
            k, reach = k + 1, 3
        for j in range(k, min(k + reach, n)):
            word = words[j]
            if reach > 1 and (
                _is_possessive(word)
                or gazetteer.is_demonym(word)
                or (word[:1].isupper() and _gazetteer_label((word,)) == "LOC")
            ):
                # "an Alzheimer's treatment", "the Canadian e-commerce firm", "a Paris start-up"
                continue
            if not word[:1].islower() or word in _APPOSITION_STOPS:
                break
            if word in _ORGANISATION_NOUNS and word not in _STOCK_WORDS:
                # (Not "saham": "Sebaliknya, saham X turun" opens a clause.)
                # "…, charity director at" describes a person by the body they work for.
                return None if j + 1 < n and _is_role_noun(words[j + 1]) else "ORG"
            if other is None:
                # A product or place noun may only qualify a body: "the vaccine alliance".
                other = _APPOSITION_KINDS.get(word)
        return other

    def _event_or_model(self, a: int, b: int) -> tuple[EntityLabel, int] | None:
        """The label of a race, tournament or product model that its first word and the
        word before it tell from a place or product (see _NAMES_READ_IN_CONTEXT), or None."""
        words = self.words
        if b - a == 1 and words[a] in _RACES_AFTER_THE and a > 0 and words[a - 1] == "the":
            return "MISC", STRONG  # "won the Derby at Epsom": the race, not the town
        if b - a == 1 and words[a] in _VENUES_NAMING_EVENTS:
            # "at Wimbledon": the place; "since Wimbledon", "won Wimbledon": the tournament
            return ("LOC" if self._cue_before(a) in PLACE_PREPOSITIONS else "MISC"), STRONG
        if b - a == 1 and words[a] in _PARTY_MEMBERS:
            return "MISC", STRONG  # "Eight Democrats joined Republicans": members, as CoNLL
        if (
            a > 1
            and words[a - 1] == "on"
            and words[a - 2] in _POSTS_ON
            and " ".join(words[a:b]) in _PLATFORMS
        ):
            return "MISC", STRONG  # "wrote on Instagram": the medium, not the company
        if 1 < b - a < 4 and words[a] in gazetteer.PRODUCT_LINES:
            return "MISC", STRONG  # "Galaxy Fold", "Kindle Scribe": a model of a product
        return None

    def _maker_named_after(self, k: int) -> bool:
        """Does a maker's role open at ``k``, after "by", perhaps after a nationality ("by
        Norwegian director Joachim Trier"), so that the name before "by" is a work?"""
        words = self.words
        if k < self.n and gazetteer.is_demonym(words[k]):
            k += 1
        return k + 1 < self.n and words[k].lower() in _MAKERS_BY_ROLE and bool(self.caps[k + 1])

    def _maker_of_work(self, a: int, b: int) -> bool:
        """Is the name ``[a, b)`` after a work's cue its maker rather than the work: after
        "by" ("a horror film by Ari Aster") or a kind of work and "of" ("the songs of
        Andrew Lloyd Webber"), or owning what follows ("the premiere of Wes Anderson's new
        comedy")?"""
        words = self.words
        return (
            words[a - 1] in _BY_MAKERS
            or (a > 1 and words[a - 1] == "of" and words[a - 2].lower() in _WORKS_BY_MAKERS)
            or _is_possessive(words[b - 1])
            or (b < self.n and words[b] in _POSSESSIVE_ENDINGS)
        )

    def _shop_before(self, a: int) -> bool:
        """Is the name at ``a`` a shop's, by a shop noun right before it ("gerai Indomaret")
        or before the goods it sells ("toko buku Gramedia", not the book's title; "toko
        oleh-oleh X"), but not before its owner ("toko milik Ahmad")?"""
        if self.ctx.english or a < 1:
            return False
        before = self.words[a - 1]
        if a > 1 and before[:1].islower() and before not in _OWNER_LINKS:
            before = self.words[a - 2]
        return before.lower() in _SHOP_NOUNS

    def _cue_before(self, a: int) -> str:
        """The nearest cue word before ``a``, looking past up to two lowercase words
        ("platform media sosialnya Truth Social" → "platform", "Shares of Nvidia" →
        "shares"), "-nya" removed."""
        for k in range(a - 1, max(a - 4, -1), -1):
            word = self.words[k]
            low = word.lower()
            low = low[:-3] if low.endswith("nya") and len(low) > 5 else low
            if k == a - 1 and word in _TITLE_QUOTES and not self.ctx.english:
                continue  # 'film "Pengabdi Setan"': a work's title in quotation marks
            if not word[:1].islower():
                # A capitalised cue only when it starts the sentence ("Shares of ...", 'Film
                # "Pengabdi Setan" laris').
                if k in self.initial and (
                    low in ORG_CONTEXT
                    or low in PLACE_CONTEXT
                    or (low in WORK_NOUNS and k == a - 2 and self.words[k + 1] in _TITLE_QUOTES)
                ):
                    return low
                break
            if k == a - 1 and (low in PLACE_PREPOSITIONS or low in SPEECH_VERBS):
                before = self.words[k - 1] if k > 0 else ""
                if low == "in" and (
                    before in ORG_CONTEXT
                    or (k - 1 in self.initial and before.lower() in ORG_CONTEXT)
                ):
                    return self.words[k - 1].lower()  # "shares in Deutsche Telekom"
                return low
            if low in ORG_CONTEXT or low in PLACE_CONTEXT or low in PRODUCT_CONTEXT:
                return low
            if low in _OTHER_PARTY_LINKS:
                break  # "The company lost to Jones": another party, not the company
        return self.words[a - 1].lower() if a > 0 else ""

    def _gaz(self, a: int, b: int) -> EntityLabel | None:
        """Gazetteer label of the exact words ``[a, b)`` (see :func:`_gazetteer_label`)."""
        if b - a > gazetteer.MAX_NAME_TOKENS or not _may_start_gazetteer_name(self.words[a]):
            return None  # (spares slicing the words and looking them up)
        if b - a == 1 and not self.ctx.english and self.words[a] in _INDONESIAN_WORD_BRANDS:
            return None  # "Kering sekali tanah di desa itu": "dry", no luxury house
        return _gazetteer_label_of(self.words[a:b])

    def _make(self, a: int, b: int, label: EntityLabel, strength: int) -> _Candidate:
        start, end = self.toks[a].start, self.toks[b - 1].end
        words = self.words[a:b]
        if _is_possessive(words[-1]):
            end -= 2
            words = (*words[:-1], words[-1][:-2])
        elif words[-1] == "Tbk" and self._abbreviation_dot_at(end):
            end += 1  # "PT Astra International Tbk. (ASII)"
        elif self.text[end : end + 1] == "+" and self._plus_ends_name(end):
            end += 1  # "OPEC+", "Disney+": the plus is part of the name
        return _Candidate(start, end, words, label, strength)

    def _plus_ends_name(self, end: int) -> bool:
        """Does the "+" at ``end``, written against a name, end it: no letter, digit or
        second plus follows ("OPEC+ agreed", "LGBTQ+ rights"; not "C++", "A+B")?"""
        after = self.text[end + 1 : end + 2]
        return not after.isalnum() and after != "+"

    def _abbreviation_dot_at(self, end: int) -> bool:
        """Is the "." at ``end`` an abbreviation's, not a sentence's end (what follows is
        a bracket or a word in small letters)?"""
        text = self.text
        if text[end : end + 1] != ".":
            return False
        rest = text[end + 1 : end + 4].lstrip(" ")
        return rest[:1] == "(" or rest[:1].islower()


def _is_competition(words: tuple[str, ...]) -> bool:
    """Is a name of two or three words a league or division that is a competition, MISC as
    CoNLL tags it: "Champions League", "Major League Baseball", "National League East",
    "Central Division", "SCOTTISH PREMIER DIVISION"?"""
    size, first, last = len(words), words[0].lower(), words[-1].lower()
    if not 1 < size <= 3:
        return False
    if first in _COMPETITION_LEAGUES and words[1].lower() == "league":
        return size == 2 or last in _LEAGUE_LAST_WORDS
    if first == "league" and size == 2:
        return last in _NUMBER_WORDS  # "League One", "League Two": English divisions
    return last == "division" and (
        first in _DIVISION_FIRSTS or gazetteer.is_demonym(words[0].title())
    )


#: Last words of grounds, places even when named after a business ("SMH Group Stadium",
#: "TD Garden").
_SPONSORED_GROUNDS = frozenset({"stadium", "arena", "garden"})
#: The lowercase words that link a name's head to what it is of or for ("Bank of England",
#: "Treaty on European Union", "Nobel Prize in Physics"): the word before the first of them
#: says what kind of name it is.
_NAME_LINKS = frozenset({"of", "for", "on", "in"})


@lru_cache(maxsize=1 << 14)
def _label_by_form(words: tuple[str, ...]) -> EntityLabel | None:
    """The label the way a name is written gives it wherever it stands (an acronym, a number
    in it, a demonym, a brand's capitals; a web address, a place, organisation or event head
    or tail word), or None. Only for names the gazetteer does not know."""
    first, last = words[0].lower(), words[-1].lower()
    if len(words) > 1 and _is_possessive(last):
        last = last[:-2]  # "Wall Street's"
    if len(words) == 1:
        word = words[0]
        if word in _MARKET_NAMES or word in _HONOURS:
            return "MISC"  # "Germany's DAX rose", "Bitcoin fell", "appointed CBE"
        if _is_name_compound(word):
            return "MISC"  # "Irish-trained", "Oscar-winning", "French-born"
        if word in LAW_CODES or word in _PEOPLES_AND_FAITHS:
            return "MISC"  # "KUHP": a code of law; "Dayak", "Hindu"
        if word in _PROGRAMME_ACRONYMS or (
            "-" in word and all(part in _PROGRAMME_ACRONYMS for part in word.split("-"))
        ):
            return "MISC"  # "SNBP", "UTBK-SNBT"
        if _is_acronym(word):
            return "ORG"
        if not word.isalpha() and any(ch.isdigit() for ch in word):
            return "MISC"  # "G20", "MH370", "COVID-19"
        if gazetteer.is_demonym(word) or (_is_possessive(word) and gazetteer.is_demonym(word[:-2])):
            return "MISC"  # "the Belgian's record": a nationality standing for a person
        if _is_i_product(word) or (len(word) > 5 and word.endswith("exit")):
            return "MISC"  # "iPhone"; "Brexit", "Grexit"
        if _is_camel_case(word) or _is_lower_camel_case(word):
            return "ORG"  # "YouGov", "detikJabar"
        if word.lower() in _EVENTS_NAMED_ALONE or word.lower() in _DISEASES:
            return "MISC"  # "next year's Championships", "Covid"
        if word.lower() in _ART_FORMS:
            return "MISC"  # "menonton Reog"
        return None
    if len(words) > 2 and words[1] in _SURNAME_PARTICLES and words[0] in GIVEN_NAMES:
        return "PER"  # "Laurence des Cars", "Ursula von der Leyen": whatever the last word
    if last in _INSTRUMENT_TAILS:
        return "MISC"  # "Hubble Space Telescope"
    if last in _WEB_ENDINGS and words[-2] == ".":
        return "ORG"  # "KOMPAS.com": a news site
    if first in EVENT_HEADS or last in EVENT_TAILS or first in LAW_HEADS:
        return "MISC"  # "Typhoon Kalmaegi", "Piala Dunia", "Asian Cup", "UU Cipta Kerja"
    if _names_world_body(words):
        return "ORG"  # "Program Pangan Dunia", "Dana Anak-anak PBB"
    if first in _PROGRAMME_HEADS:
        return "MISC"  # "Ujian Nasional", "Kartu Indonesia Pintar"
    if words[0] == "Program" and words[1].lower() not in _ACADEMIC_PROGRAMME_WORDS:
        # "Program Keluarga Harapan", "Program Indonesia Pintar": a government scheme
        # (opening a sentence, "Program" is only its cue: see _drops_misc_cue)
        return "MISC"
    if first in _GATHERING_HEADS and last in _GATHERING_LEVELS:
        return "MISC"  # "Rapat Kerja Nasional" (but "Rapat Paripurna DPR", a sitting)
    if first == "suku" and words[1].lower() != "dinas":
        return "MISC"  # "Suku Moi", a people (but "Suku Dinas Pendidikan", an office)
    if last == "masters" and _gazetteer_label(words[:-1]) == "LOC":
        return "MISC"  # "Indonesia Masters", "China Masters": a tournament
    if _is_competition(words):
        return "MISC"  # "Champions League", "Central Division" (but "Arab League" a body)
    if (
        len(words) == 2
        and first == "liga"
        and (last in _COMPETITION_LEAGUES or _is_country(words[1]))
    ):
        return "MISC"  # "Liga Champions", "Liga Inggris": a competition
    if len(words) == 2 and first in NUMBERED_EVENTS and last in ("one", "two", "three"):
        return "MISC"  # "Formula One", "Liga Two"
    if link := next((k for k, word in enumerate(words) if word in _NAME_LINKS), 0):
        before_of = words[link - 1].lower()
        if before_of in EVENT_TAILS:
            # "World Series of Golf", "Africa Cup of Nations", "Women's Prize for Fiction",
            # "Treaty on European Union"
            return "MISC"
        if before_of in ORG_TAILS:
            return "ORG"  # "Society of Human Reproduction and Embryology"
        if before_of in PLACE_TAILS:
            return "LOC"  # "District of Columbia", "Gulf of Tonkin"
    if first in _HEADS and _ROMAN_NUMERAL.fullmatch(words[-1]):
        return "LOC" if first in PLACE_HEADS else "ORG"  # "Komisi X", "Gedung Nusantara I"
    if len(words) == 2 and _AGE_GROUP.fullmatch(words[1]) and _is_country(words[0]):
        return "ORG"  # "Indonesia U-23": a national side
    if len(last) == 1 and last.isalpha():
        if words[-1] in ("I", "V", "X"):
            if words[-2] in _COURT_NAMES:
                return "PER"  # "Hamengku Buwono X": a ruler's numeral, no "Group C"
            if words[-2] in _NUMBERED_PART_WORDS:
                return "LOC"  # "Ilir Timur I": a numbered district
        return "MISC"  # "Group C", "Plan B", "Hepatitis B"
    if len(words) == 2 and first in _NATIONALITY_FIRSTS and gazetteer.is_demonym(words[1]):
        return "MISC"  # "South African", "North Korean", "New Zealander"
    if (any(map(_is_possessive, words[:-1])) or "'s" in words) and last not in PLACE_TAILS:
        return "ORG"  # "Women's Aid", "Lloyd's of London": a run goes on past one so
    if words[0] in SCHOOL_LEVELS:
        return "ORG"  # "SMAN 3 Yogyakarta"
    if words[0] in _CHINESE_INDONESIAN_SURNAMES and len(words) == 3:
        return "PER"  # "Tjhai Chui Mie", not a club named after "Mie" (Japan's prefecture)
    if first in PLACE_HEADS and last in _GOVERNING_TAILS:
        return "ORG"  # "Port of London Authority", "Lake District Board": who runs a place
    if first == "gereja" and _names_church_body(words):
        return "ORG"  # "Gereja Kristen Jawa": a church's body of believers, no building
    if first in _BASES:
        return "LOC"  # "Mapolres Klaten", "Markas Kodim 1710/Mimika": a headquarters
    if (first, words[1].lower()) in _JAILS:
        return "LOC"  # "Rumah Tahanan Negara Kelas I Medan", as "Rutan Medan" is a place
    if first in PLACE_HEADS or last in _STREET_TAILS or (len(words) == 2 and first == "county"):
        return "LOC"  # ("County Durham", "County Kerry": British and Irish counties)
    if (last in ("centre", "center") and words[-2].lower() in _VENUE_KINDS) or (
        last == "club" and words[-2].lower() in ("country", "golf")
    ):
        return "LOC"  # "Todmorden Leisure Centre", "World Trade Center", "Firestone Country Club"
    if last in _SPONSORED_GROUNDS:
        return "LOC"  # "SMH Group Stadium", "Co-op Live Arena": a ground named for a business
    if (
        first in ORG_HEADS
        or last in ORG_TAILS
        or not _ORG_WORDS.isdisjoint(w.lower() for w in words)
        or any(_is_camel_case(w) for w in words)
    ):
        return "ORG"
    if (
        _is_acronym(words[0])
        and words[1][:1].isupper()
        and not (_is_initials(words[0]) and gazetteer.lookup(words[0]) is None)
    ):
        return "ORG"  # "BBC Radio Humberside", "AS Roma" (not "H.D. Deve Gowda")
    if last in PLACE_TAILS and not _place_named_last(words):
        return "LOC"
    if len(words) > 2 and _named_city_first(words):
        return "ORG"  # "Jakarta Bhayangkara Presisi": a club named after its city first
    return None


def _drops_misc_cue(word: str) -> bool:
    """Is ``word``, opening a sentence, a cue for the name after it that is no part of it
    ("Program Makan Bergizi Gratis")? Not one that opens such names ("Tari Saman")."""
    low = word.lower()
    return low in _MISC_CUES and low not in _PROGRAMME_HEADS


def _names_world_body(words: tuple[str, ...]) -> bool:
    """Do ``words`` give the Indonesian name of a United Nations or world body that opens
    like a programme or a fund and ends with the world it serves ("Program Pangan Dunia",
    "Program Pembangunan PBB", "Dana Anak-anak Perserikatan Bangsa-Bangsa")? Such names
    read as a programme, or a person ("Dana" is a given name), otherwise."""
    return (
        len(words) > 2
        and words[0].lower() in _WORLD_BODY_HEADS
        and words[-1].lower() in _WORLD_BODY_TAILS
    )


def _names_church_body(words: tuple[str, ...]) -> bool:
    """Does a name opening with "Gereja" name a denomination ("Gereja Kristen Jawa",
    "Gereja Protestan Maluku"), an organisation, rather than a church building named for a
    saint or a see ("Gereja Santo Yosef", "Gereja Katedral Jakarta")?"""
    lows = [w.lower() for w in words[1:]]
    return _CHURCH_BUILDING_WORDS.isdisjoint(lows) and not CHURCH_BODY_WORDS.isdisjoint(lows)


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


def _named_city_first(words: tuple[str, ...]) -> bool:
    """Does a name of three words or more open with a city and go on with words that name
    no person or place ("Jakarta Popsivo Polwan", "Bandung BJB Tandamata")? Clubs and teams
    are so named; people and places are not."""
    place = gazetteer.lookup(words[0])
    return (
        place is not None
        and place.key.startswith("city:")
        and words[1] not in GIVEN_NAMES
        and all(w.lower() not in PLACE_TAILS and w[:1].isupper() for w in words[1:])
    )


@lru_cache(maxsize=1 << 14)
def _ends_in_acronym(words: tuple[str, ...]) -> bool:
    """Does the name end in an acronym of three letters or more ("Africa CDC"), not a
    regnal numeral ("Henry VIII")?"""
    last = words[-1]
    return len(last) > 2 and _is_acronym(last) and last not in _REGNAL_NUMERALS


@lru_cache(maxsize=1 << 14)
def _organisation_shaped(words: tuple[str, ...]) -> bool:
    """Is a name of several words, not opening with a given name, shaped like a company or
    body's: a known organisation plus more words ("Pertamina Patra Niaga", "Alibaba Cloud"),
    or words ending in a place or a country ("Persib Bandung", "Garuda Indonesia", "Age UK")?
    Such names are no people even before a speech verb."""
    if words[0] in GIVEN_NAMES or words[-1] in GIVEN_NAMES or _is_initial(words[0]):
        return False  # "Chris Sutton", "Michael Jordan", "B. Lara" (a state in Venezuela)
    first = _gazetteer_label(words[:1])
    if first == "ORG":
        return True
    if _place_named_last(words):
        return True
    place = _gazetteer_place(words[-1:])
    return (
        place is not None
        and place.key.startswith("country:")
        and first is None
        and words[0].lower() not in _COMPASS
    )


@lru_cache(maxsize=1 << 14)
def _place_named_last(words: tuple[str, ...]) -> bool:
    """Does the name end with a city or region ("Persib Bandung", "Walhi Jawa Barat"), or
    a country code ("Reform UK"), while its first word is no place? (Not a country name,
    which is also a surname: "Michael Jordan".)"""
    if _gazetteer_label(words[:1]) == "LOC":
        return False  # (an organisation's branch is fine: "Walhi Jawa Barat")
    first_words = gazetteer.first_words()
    for m in range(min(3, len(words) - 1), 0, -1):
        if words[-m] not in first_words:
            continue
        place = _gazetteer_place(words[-m:])
        if place is not None and place.label == "LOC":
            code = m == 1 and words[-1].isupper()
            return code or not place.key.startswith("country:")
    return False


def _gazetteer_place(words: tuple[str, ...]) -> gazetteer.Place | None:
    """The gazetteer entry of ``words`` written exactly so."""
    return gazetteer.lookup(" ".join(words))


def _is_region(place: gazetteer.Place) -> bool:
    """Is the gazetteer place a country, an Indonesian province or a wider region (not a
    town or a foreign province, whose name may be a person's too: "Rizal")?"""
    return place.key.startswith(("country:", "sub:ID-", "region:"))


def _gazetteer_label(words: tuple[str, ...]) -> EntityLabel | None:
    """Gazetteer label of a name written as ``words``: all-caps words are tried title-cased,
    a trailing "'s" is dropped, and a compass word before a place makes a place ("Northern
    Nigeria")."""
    if len(words) > gazetteer.MAX_NAME_TOKENS or not _may_start_gazetteer_name(words[0]):
        return None
    return _gazetteer_label_of(words)


@lru_cache(maxsize=1 << 16)
def _may_start_gazetteer_name(word: str) -> bool:
    """Could a name :func:`_gazetteer_label` knows start with ``word``? A cheap test on one
    word that spares building and looking up the longer spans that start with it."""
    first_words = gazetteer.first_words()
    stems = (word, word[:-2]) if _is_possessive(word) else (word,)
    return word.lower() in _COMPASS or any(
        stem in first_words or stem.title() in first_words for stem in stems
    )


@lru_cache(maxsize=1 << 16)
def _gazetteer_label_of(words: tuple[str, ...]) -> EntityLabel | None:
    """:func:`_gazetteer_label` without its cheap tests, cached across documents, as the
    same names come back."""
    first = words[0]
    if len(words) == 1 and _is_possessive(first):
        first = first[:-2]
    if len(words) > 1 and first.lower() in _COMPASS and _gazetteer_label(words[1:]) == "LOC":
        return "LOC"  # "Northern Nigeria", "Southern California"
    first_words = gazetteer.first_words()
    if first not in first_words and first.title() not in first_words:
        return None  # no gazetteer name starts so
    if _is_possessive(words[-1]):
        words = (*words[:-1], words[-1][:-2])  # "European Union's"
    place = _lookup_in_any_case(" ".join(words))
    return place.label if place is not None else None


def _lookup_in_any_case(name: str) -> gazetteer.Place | None:
    """The gazetteer entry for ``name``, or for a name in capitals of four characters or
    more its title-cased form ("BALTIMORE" → "Baltimore")."""
    place = gazetteer.lookup(name)
    if place is None and name.isupper() and len(name) > 3:
        place = gazetteer.lookup(name.title())
    return place


def _may_start_name(word: str) -> bool:
    """Could a name or a title before one start at this word? Capitalised words, title words
    and months that are given names can (any capitalised one may be in a text that gives it
    inside a person's name: "Juli" of "Raja Juli Antoni"); an article glued to a name only
    goes on one ("Palais de l'Elysee"), as a name starts after it ("à l'Assemblée nationale")."""
    if word[:1] in _ARTICLE_LETTERS and _after_elided_article(word):
        return False
    return (
        _is_name_word(word)
        or may_start_title(word)
        or word in _CALENDAR_GIVEN_NAMES
        or (word[:1].isupper() and word.lower() in CALENDAR_WORDS)
    )


def _is_name_word(word: str) -> bool:
    """Could this token be (part of) a name? Capitalised, not a function word, day, month,
    currency or unit."""
    first = word[:1]
    if not first.isupper():
        # "al-Assad", "el-Sisi", "bin-Salman", "d'Or", "l'Elysee", "dell'Arte": a lowercase
        # particle or elided article glued to a name; and news sites written in camel case
        # ("detikJabar", "kumparanNEWS").
        return (
            (len(word) > 3 and word[2] == "-" and word[3:4].isupper() and word[:2] in ("al", "el"))
            or _after_elided_article(word)
            or _is_lower_camel_case(word)
            or _is_i_product(word)
        )
    low = word.lower()
    if word in _ACRONYMS_LIKE_MONTHS:
        return True  # "Dekan FEB UI": a faculty, no February
    if low in NON_NAMES or low in CALENDAR_WORDS or not _CURRENCY_SIGNS.isdisjoint(word):
        return False  # "S$", "HK$", "€": money, not names
    if low.endswith("days") and low[:-1] in CALENDAR_WORDS:
        return False  # "on Tuesdays": days, not a name (but "Mars" and "Mays" may be)
    if _is_possessive(word) and (low[:-2] in CALENDAR_WORDS or low[:-2] in NON_NAMES):
        return False  # "Sunday's election", "August's figures", "Her Majesty's visit"
    if "-" in low and _is_calendar_range(low):
        return False  # "January-September", "Senin-Jumat": a span of time, not a name
    if len(word) > 2 and word[1] == "-" and not _AGE_GROUP.fullmatch(word):
        return False  # party and state: "D-Ore.", "R-Texas", "D-N.Y." (not "Piala AFF U-23")
    if _QUARTER.fullmatch(word):
        return False  # "kuartal III-2026": a quarter of a year
    if len(word) > 2 and word[-1] == "s" and word[:-1].isupper() and word[-2] not in "'’":
        return False  # "MPs", "NGOs": plural common nouns (but "NATO's" is a name's)
    # "AS" is a country, not the English "as"; "I'll" is a pronoun.
    if (not word.isupper() or len(word) == 1) and low.split("'")[0] in FUNCTION_WORDS:
        return False
    return any(ch.isalpha() for ch in word)


def _after_elided_article(word: str) -> bool:
    """Is ``word`` a French or Italian elided article or preposition glued to a capitalised
    name ("d'Orsay", "l'Elysee", "dell'Arte")? Inside a name it is one of its words."""
    cut = max(word.find("'"), word.find("’"))
    return (
        0 < cut < 5
        and word[: cut + 1].replace("’", "'") in _ELIDED_ARTICLES
        and (word[cut + 1 : cut + 2].isupper())
    )


#: French and Italian elided articles and prepositions, as glued to the next word.
_ELIDED_ARTICLES = frozenset("d' l' dell' all' nell' dall' sull'".split())
#: The first letters of the elided words above that open no name ("d'Alema" does).
_ARTICLE_LETTERS = frozenset("lans")
#: Faculties' acronyms spelt like a month's short form, names when written in capitals
#: ("FEB UI", the school of economics and business; not "Feb." of a date).
_ACRONYMS_LIKE_MONTHS = frozenset({"FEB"})
#: Words that join the parts of a written-out portfolio: "Data, Informasi dan Komunikasi".
_PORTFOLIO_LINKS = frozenset({",", "dan", "serta", "&"})
#: Endings of Indonesian abstract nouns that name a portfolio ("Pencegahan", "Kebencanaan",
#: "Informasi"), with the prefixes an "-an" noun needs to count.
_PORTFOLIO_PREFIXES = ("pe", "ke")


def _is_portfolio_noun(word: str) -> bool:
    """ "Pengendalian", "Kebencanaan", "Komunikasi": an Indonesian abstract noun, the stuff
    of a portfolio, hardly ever a name."""
    low = word.lower()
    if len(low) < 7:
        return False
    return (low.endswith("an") and low.startswith(_PORTFOLIO_PREFIXES)) or low.endswith("si")


def _is_role_noun(word: str) -> bool:
    """ "analysts", "strategist", "economist", "auditors": a title or role word, also in the
    plural."""
    low = word.lower()
    return low in TITLE_HEADS or low.removesuffix("s") in TITLE_HEADS or _is_professional(low)


def _is_lowercase_compound(word: str) -> bool:
    """ "Leg-spinner", "Co-founder": a hyphenated word whose later part is in small letters,
    an ordinary word capitalised to open a sentence."""
    _, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest[:1].islower()


def _is_professional(word: str) -> bool:
    """ "auditors", "analyst": a profession of :data:`_PROFESSION_NOUNS`, also in the plural."""
    low = word.lower()
    return low in _PROFESSION_NOUNS or low.removesuffix("s") in _PROFESSION_NOUNS


def _is_person_noun(word: str) -> bool:
    """ "warga", "pedagang", "lawyer": a word that says who a person is (or a title)."""
    return word in _PERSON_NOUNS or _is_role_noun(word)


def _is_business_descriptor(word: str) -> bool:
    """Is ``word`` a noun that describes a company ("Lender", "Chipmaker")?"""
    low = word.lower()
    return low in ORG_CONTEXT or (low.endswith(_BUSINESS_DESCRIPTOR_ENDINGS) and len(low) > 7)


@lru_cache(maxsize=1 << 14)
def _is_lower_camel_case(word: str) -> bool:
    """ "detikJabar", "kumparanNEWS": a lowercase word of four letters or more, then
    capitals (not a product's one-letter prefix: "iPhone", "eBay")."""
    if word.islower() or not word[:4].isalpha():
        return False  # the usual case, cheaply
    k = next((i for i, ch in enumerate(word) if ch.isupper()), 0)
    return k >= 4 and word.isalnum() and word[:k].islower()


def _is_initial(word: str) -> bool:
    """ "M.", "J.": a given name's initial."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _is_initials(word: str) -> bool:
    """ "M.", "F.W.": a given name's initials."""
    return len(word) % 2 == 0 and word[1::2] == "." * (len(word) // 2) and word[::2].isupper()


def _is_i_product(word: str) -> bool:
    """ "iPhone", "iPad", "iMac": a product named with a lowercase "i" before a capital."""
    return len(word) > 3 and word[0] == "i" and word[1].isupper() and word[2:].islower()


#: Lowercase last parts of a hyphenated word that make a name before them a modifier,
#: MISC as CoNLL tags it: "Irish-trained", "Oscar-winning", "French-born", "Swiss-made",
#: "Persian-language", "Soviet-style".
_COMPOUND_TAIL_ENDINGS = ("ed", "ing", "born", "built", "made", "run", "language", "style")


def _is_name_compound(word: str) -> bool:
    """Is ``word`` a name and a lowercase participle joined by a hyphen ("Irish-trained",
    "Oscar-winning")? Such a word modifies a noun; it names no person or body."""
    head, dash, tail = word.rpartition("-")
    return (
        bool(dash)
        and head[:1].isupper()
        and tail.islower()
        and tail.endswith(_COMPOUND_TAIL_ENDINGS)
    )


def _is_capitalised_compound(word: str) -> bool:
    """Is ``word`` two or more capitalised words joined by hyphens ("Daimler-Benz",
    "Pryce-Whitlock")? Ordinary words are not written so, even opening a sentence."""
    parts = word.split("-")
    return len(parts) > 1 and all(
        len(part) > 1 and part[0].isupper() and part[1:].isalpha() and part[1:].islower()
        for part in parts
    )


@lru_cache(maxsize=1 << 14)
def _is_camel_case(word: str) -> bool:
    """ "YouGov", "PayPal", "OpenAI": an inner capital marks a brand (not "McDonald", nor
    one after an apostrophe: "Da'Vine", "D'Angelo")."""
    return (
        len(word) > 3
        and word[0].isupper()
        and not word.isupper()
        and any(ch.isupper() and word[k - 1] not in "'’" for k, ch in enumerate(word[2:], 2))
        and not any(
            word.startswith(p) and word[len(p) : len(p) + 1].isupper() for p in _SURNAME_PREFIXES
        )
        and "-" not in word
    )


def _is_calendar_range(low: str) -> bool:
    """Is the lowercase hyphenated word a range of months or days ("januari-juni")?"""
    return all(part in CALENDAR_WORDS for part in low.split("-"))


@lru_cache(maxsize=1 << 14)
def _is_acronym(word: str) -> bool:
    """All-caps token of 2–7 letters that is not a unit or currency: "KPK", "NATO", "U.N."."""
    letters = word.replace(".", "") if word.endswith(".") else word
    return (
        2 <= len(letters) <= 7
        and letters.isupper()
        and letters.replace("&", "").isalpha()
        and word.lower() not in NON_NAMES
    )


def _is_initials_word(word: str) -> bool:
    """Is ``word`` a person's initials as the Indonesian press writes them after
    "berinisial": two to four capitals, everyday abbreviations too ("RW", "AI")?"""
    return 2 <= len(word) <= 4 and word.isupper() and word.isalpha()


def _is_body_acronym(word: str) -> bool:
    """Could ``word`` be a body's acronym in an office before a person's name? Not a noble
    title abbreviated like one: "Komisi VIII DPR TB Ace Hasan Syadzily"."""
    return _is_acronym(word) and word not in _NOBLE_ABBREVIATIONS


@lru_cache(maxsize=1 << 14)
def _brand_shaped(word: str) -> bool:
    """Is ``word`` shaped as brands are coined and no English surname is: "-ify"
    ("Spotify", "Nexify"), "-ly" after a consonant other than l, n or r ("Grubly",
    "Bitly"; not "Kelly", "Beverly", "Hanly", "Donly"), or "-ex" ("Zentrex", "Rolex")?
    Short words and given names ("Alex") are not."""
    if len(word) < 5 or not word[0].isupper() or not word[1:].islower() or word in GIVEN_NAMES:
        return False
    if word.endswith(("ify", "ex")):
        return True
    return word.endswith("ly") and word[-3] not in "aeiouylnr"


def _is_state_abbreviation(word: str) -> bool:
    """Is ``word`` written as American wire copy shortens a state after a dateline's town
    ("Fla.", "Calif.", "Mass.")? No outlet is written so."""
    return 3 <= len(word) <= 7 and word[-1] == "." and word[0].isupper() and word[1:-1].islower()


def _is_possessive(word: str) -> bool:
    return word[-2:] in _POSSESSIVE_ENDINGS and len(word) > 2


_POSSESSIVE_ENDINGS = frozenset({"'s", "'S", "’s", "’S"})


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


def _is_country(word: str) -> bool:
    """Is ``word`` a country's name, or one of the home nations of British sport?"""
    place = gazetteer.lookup(word)
    return place is not None and (place.key.startswith("country:") or place.key in _HOME_NATIONS)


def _has_letter_or_digit(word: str) -> bool:
    return any(map(str.isalnum, word))


def _with_backend_ner(doc: Doc, ours: list[_Candidate]) -> list[_Candidate]:
    """Backend NER spans first (cut to our span conventions), then our own
    strongly supported candidates (see :func:`_fuse`)."""
    from_ner: list[_Candidate] = []
    by_start = {t.start: t for t in doc.tokens()}
    for ent in doc.ner:
        if ent.label not in _LABELS:
            continue
        label = ent.label
        start, end = max(0, ent.start), min(len(doc.text), ent.end)
        # Word offsets within the span, to strip what our conventions exclude: leading
        # "the" and titles, a trailing "'s".
        spans = [
            (m.start() + start, m.end() + start) for m in _NON_SPACE.finditer(doc.text[start:end])
        ]
        words = [doc.text[s:e] for s, e in spans]
        k = 0
        while k < len(words) - 1 and (
            words[k].lower() in FUNCTION_WORDS or match_title(words, k) > k
        ):
            k = max(k + 1, match_title(words, k))
        if k >= len(words):
            continue  # nothing but a title or function words
        start, end = spans[k][0], spans[-1][1]
        words = words[k:]
        if _is_possessive(words[-1]):
            end -= 2
            words[-1] = words[-1][:-2]
        if start < end and (start in by_start or doc.text[start - 1 : start].isspace()):
            from_ner.append(_Candidate(start, end, tuple(words), label, STRONG))
    return _fuse(from_ner, ours)


def _fuse(from_ner: list[_Candidate], ours: list[_Candidate]) -> list[_Candidate]:
    """Combine backend NER spans with our candidates: the NER span and label by default, but
    the gazetteer's label where it knows the exact name ("Kyiv" is a place), our finer split
    where the NER span swallowed a title's complement ("Ukraina Volodymyr Zelensky"), and our
    strongly supported candidates where NER found nothing."""
    exact = {(c.start, c.end): c for c in ours}
    fused: list[_Candidate] = []
    for f in from_ner:
        mine = exact.get((f.start, f.end))
        inside = [c for c in ours if f.start <= c.start and c.end <= f.end]
        if mine is not None:
            if gazetteer.lookup(" ".join(mine.words)) is None:
                mine.label = f.label
            mine.strength = STRONG
            fused.append(mine)
        elif len(inside) > 1:
            fused.extend(inside)
        else:
            fused.append(f)
    # Also ours that are strongly supported or are parts of a name NER found ("Zelensky"
    # after NER's "Volodymyr Zelensky"); harmonising later gives them that name's label.
    name_parts = {w for f in fused for w in f.words}
    fused.extend(
        c
        for c in ours
        if (c.strength >= STRONG or name_parts.issuperset(c.words))
        and not any(_overlaps(c, f) for f in fused)
    )
    return sorted(fused, key=lambda c: c.start)


#: (strength, votes per label) before any candidate of some words was seen (never written
#: to: a strength of -1 is always beaten).
_NO_VOTES: tuple[int, dict[EntityLabel, int]] = (-1, {})


def _harmonise(candidates: list[_Candidate]) -> None:
    """Give less sure candidates the label the document gives the same words where it is
    surer, or failing that the label of a longer name containing them (step 3 of the module
    docstring). Changes labels in place."""
    best: dict[tuple[str, ...], tuple[int, dict[EntityLabel, int]]] = {}
    for c in candidates:
        level, votes = best.get(c.words, _NO_VOTES)
        if c.strength > level:
            best[c.words] = (c.strength, {c.label: 1})
        elif c.strength == level:
            votes[c.label] = votes.get(c.label, 0) + 1
    # Only names that stay unsure look for a longer name, by their first word.
    unsure_firsts = {words[0] for words, (level, _) in best.items() if level < STRONG}
    containers = _Containers(
        (
            c
            for c in candidates
            if 1 < len(c.words) <= _MAX_NAME_WORDS
            and (c.strength >= STRONG or c.label == "PER")
            and c.words[0].lower() not in _NAMESAKE_HEADS  # "Museum Affandi": no "Affandi"
        ),
        unsure_firsts,
    )
    # A place or nationality word that is also a name of someone in the text is that
    # person here ("Ibarra" after "Tomas Ibarra", although Ibarra is a city in Ecuador;
    # "Christian" after "Christian Vogel"; "Rizal" after "Muhammad Rizal Fadillah").
    name_ends: set[str] = set()
    # The first word of an organisation whose last word says so stands for it ("Quillon"
    # after "Quillon Systems"), even where a speech verb made it look like a person.
    org_firsts: set[str] = set()
    single_words: list[_Candidate] = []
    for c in candidates:
        words = c.words
        level, votes = best[words]
        if level > c.strength or (
            level == c.strength and len(votes) > 1 and not _read_in_place(c, votes)
        ):
            c.label = _winning_label(words, votes)
            c.strength = level
        if c.strength < STRONG:
            label = containers.label_of(words)
            if label is not None:
                c.label = label
        # (Each name's label is final here: gather the names for the single words.)
        if len(words) == 1:
            single_words.append(c)
        elif c.label == "PER" and c.strength >= CUED:
            name_ends.update(words)
        elif c.label == "ORG" and words[-1].lower() in ORG_TAILS:
            org_firsts.add(words[0])
    for c in single_words:
        word = c.words[0]
        if _is_acronym(word):
            continue
        if c.label in ("LOC", "MISC") and word in name_ends:
            c.label = "PER"
        elif c.label == "PER" and word in org_firsts and word not in name_ends:
            c.label = "ORG"


def _read_in_place(c: _Candidate, votes: dict[EntityLabel, int]) -> bool:
    """Does the sure mention ``c`` keep its own label although other mentions as sure give
    another, as a body and the building or town it is named for ("the White House said" and
    "at the White House"; "Buckingham Palace said" and "outside Buckingham Palace"), each
    read by its own strong cue?"""
    return c.strength >= STRONG and c.label in _BODY_OR_PLACE and votes.keys() <= _BODY_OR_PLACE


def _winning_label(words: tuple[str, ...], votes: dict[EntityLabel, int]) -> EntityLabel:
    """The label most of the surest mentions give; on a tie the first seen, except that a
    lone word as sure a person as a company is the company ("Zelvano said …" and "Zelvano
    shares rose"): companies speak, but no person has shares traded or reports its profit."""
    label = max(votes, key=votes.__getitem__)
    if label == "PER" and len(words) == 1 and votes.get("ORG") == votes[label]:
        return "ORG"
    return label


class _Containers:
    """Multi-word names, indexed by word, to find the longest one containing some words
    (that start with one of ``firsts``)."""

    def __init__(self, candidates: Iterable[_Candidate], firsts: set[str]) -> None:
        self.by_word: dict[str, dict[tuple[str, ...], EntityLabel]] = {}
        for c in candidates:
            for word in firsts.intersection(c.words):
                self.by_word.setdefault(word, {}).setdefault(c.words, c.label)
        self.cache: dict[tuple[str, ...], EntityLabel | None] = {}

    def label_of(self, words: tuple[str, ...]) -> EntityLabel | None:
        """Label of the longest name containing ``words`` contiguously, or None."""
        if words not in self.cache:
            size = len(words)
            best: tuple[str, ...] = ()
            label: EntityLabel | None = None
            for cw, cl in self.by_word.get(words[0], {}).items():
                if len(cw) > max(size, len(best)) and any(
                    cw[k : k + size] == words for k in range(len(cw) - size + 1)
                ):
                    best, label = cw, cl
            self.cache[words] = label
        return self.cache[words]


def _is_regency_after_district(left: _Candidate, right: _Candidate) -> bool:
    """Is ``right`` the regency of an address after its district ("Kecamatan Paguyangan,
    Brebes, panik")? After a district, the word between commas names the larger place,
    not a person in apposition (as it may after a hamlet: "Dusun Krajan, Sutrisno,")."""
    return (
        left.label == "LOC"
        and left.words[0].lower() in _DISTRICT_HEADS
        and len(right.words) == 1
        and right.strength < STRONG
    )


def _holds_more(a: _Candidate, b: _Candidate) -> bool:
    """Does ``a`` hold all of ``b`` and more?"""
    return a.start <= b.start and b.end <= a.end and a.end - a.start > b.end - b.start


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    return a.start < b.end and b.start < a.end


_START, _END = operator.attrgetter("start"), operator.attrgetter("end")


def _non_overlapping(text: str, candidates: list[_Candidate]) -> list[Entity]:
    """Sorted entities, dropping any candidate that overlaps an earlier kept one."""
    out: list[Entity] = []
    last_end = -1
    # By start, the longest first (two stable sorts by C-level keys).
    for c in sorted(sorted(candidates, key=_END, reverse=True), key=_START):
        if c.start < last_end or c.start >= c.end:
            continue
        out.append(Entity(c.start, c.end, text[c.start : c.end], c.label))
        last_end = c.end
    return out
