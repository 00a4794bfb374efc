"""The entity layer's own word lists, limits and label strengths.

Lists that other annotators share live in ``name_cues``, ``titles`` and ``words``; these are
the ones only the entity rules ask. They read best as text, so they are kept together and
apart from the rules that use them."""

# Word lists read best as text.
# ruff: noqa: SIM905

from __future__ import annotations

import re

from reader.analysis import gazetteer
from reader.analysis.model import EntityLabel
from reader.analysis.name_cues import (
    BRANCH_HEADS,
    COMMEMORATION_TAILS,
    COMMEMORATION_WORDS,
    EUROPEAN_PARTICLES,
    EVENT_TAILS,
    GIVEN_NAMES,
    HOLIDAYS,
    INDONESIAN_HOLIDAYS,
    MODEL_NOUNS,
    NAME_PARTICLES,
    ORG_CONTEXT,
    ORG_HEADS,
    ORG_TAILS,
    PLACE_CONTEXT,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    PLACE_TAILS,
    PRODUCT_NOUNS,
    SPEECH_VERBS,
    WORK_NOUNS,
    WORK_NOUNS_PLURAL,
)
from reader.analysis.titles import SURNAME_HONORIFICS

#: Our labels. Backends map their NER labels to these when they fill ``Doc.ner`` (see
#: ``backends/stanza.py``); a label they could not map is ignored here.
_LABELS: frozenset[EntityLabel] = frozenset({"PER", "ORG", "LOC", "MISC"})

#: Parts of speech that rule out a name at the start of a sentence (when a backend tags).
_NOT_NAME_POS = frozenset(
    {"VERB", "AUX", "ADV", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "ADJ"}
)
#: Head words of places and organisations: "Kabupaten", "Partai".
_HEADS = PLACE_HEADS | ORG_HEADS
#: Head words of two words whose first is no head alone ("Pondok Indah" is a district): at a
#: sentence's start that first word belongs to the name too ("Pondok Pesantren Al Khoziny").
_TWO_WORD_HEADS = frozenset({("Pondok", "Pesantren")})
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
#: The verbs of an encyclopaedia's defining sentence: "Sintra is a town", "The Smiths were
#: an English rock band".
_DEFINING_COPULAS = frozenset("is was are were".split())
#: The same in Indonesian, as one-word tuples: "Karangsari adalah sebuah desa".
_ID_DEFINING_COPULAS = frozenset({("adalah",), ("ialah",), ("merupakan",)})
#: Musicians' groups, organisations where a defining sentence calls a name so ("Mogwai are
#: a Scottish rock band"), though after a comma "the band" opens a clause ("At the Albert
#: Hall, the band played").
_ENSEMBLE_NOUNS = frozenset("band orchestra choir ensemble".split())
#: Nouns that make an apposition call a name a product or work: "Leqembi, a new drug".
_PRODUCT_APPOSITION_NOUNS = PRODUCT_NOUNS | frozenset(
    "treatment therapy phone game satellite rocket spacecraft".split()
)
#: Nouns that make an apposition call a name a place: "Maun, a town near the delta".
_PLACE_NOUNS = frozenset(
    "town city village suburb island river lake mountain valley region province district "
    "state country wetland wetlands desert volcano peninsula glacier resort capital municipality "
    "commune hamlet settlement county locality "
    "desa kelurahan kecamatan kabupaten kota pulau sungai gunung danau dusun".split()
)
_APPOSITION_KINDS: dict[str, EntityLabel] = {
    **dict.fromkeys(_PRODUCT_APPOSITION_NOUNS, "MISC"),
    **dict.fromkeys(_PLACE_NOUNS, "LOC"),
}
_APPOSITION_DETERMINERS = frozenset("the a an two three several sebuah salah".split())
_APPOSITION_STOPS = frozenset(
    "of for with in at from by who which that yang dari untuk di dengan".split()
)
#: Prepositions that end the noun phrase after "is a" besides the apposition stops: "a
#: fishing village on the north coast" is a village.
_PHRASE_END_PREPOSITIONS = frozenset("on near off along outside inside between under over".split())
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
) | frozenset(  # a firm of them: "Pryce's solicitors, Kingsley Napley, said"
    "solicitors lawyers attorneys auditors accountants".split()
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
#: Indonesian compass words after a place's name, naming its part ("Jakarta Timur"), in
#: lowercase; with "pusat" too.
_ID_COMPASS = frozenset(word.lower() for word in _INDONESIAN_COMPASS)
_ID_COMPASS_WORDS = _ID_COMPASS | {"pusat"}
#: Place tails that are common surnames too: after a given name they end a person's name
#: ("Tom Hill", "Ricki Lake"); streets and parks are named after kings ("George Street").
_SURNAME_PLACE_TAILS = frozenset({"hill", "lake"})
#: Plural landforms among PLACE_TAILS, which end a place's name after a given name too
#: ("Alice Springs", "Victoria Falls"): no surname is one (but "Hills" is: "Carla Hills").
_PLURAL_LANDFORMS = frozenset("springs falls heights highlands islands gardens".split())
#: Lowercase particles that open a surname after a given name ("Laurence des Cars", "Lula
#: da Silva"); not "of" or "for", which name bodies after a head ("Bank of England").
_SURNAME_PARTICLES = EUROPEAN_PARTICLES
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
    "pemkab pemprov pemkot pemko dinas government fraksi pesantren cukai fc".split()
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
    "carrier publisher alliance coalition".split()
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
#: Verbs of flying after a sentence's first word, which make the first word of a listed
#: airline's name that airline ("Garuda mendarat di Jeddah", "Garuda flew 300 pilgrims").
_FLIGHT_VERBS = frozenset("terbang mendarat menerbangkan flew flies landed lands".split())
#: Words right before the first word of a listed airline's name that make it that airline:
#: an aircraft or flight noun ("pesawat Garuda", "penerbangan Garuda"), or flying with it
#: ("menumpang Garuda"); see _TRAVEL_VERBS for "berangkat dengan Garuda".
_AIRCRAFT_NOUNS = frozenset("pesawat maskapai penerbangan menumpang".split())
#: Verbs of travelling before "dengan" and an airline: "berangkat dengan Garuda".
_TRAVEL_VERBS = frozenset("berangkat terbang pulang diberangkatkan diterbangkan".split())
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
#: Fields a public body oversees that are also firms' last words (ORG_TAILS): before "and"
#: inside a body's name they end no firm ("Biomedical Advanced Research and Development
#: Authority", "Health Resources and Services Administration", "Offshore Oil and Gas Authority").
_FIELDS_AMONG_TAILS = frozenset(
    "research resources health energy transport transportation finance water space "
    "technology economics management insurance securities mining shipping maritime marine "
    "aerospace power media communications oil gas".split()
)
#: Nations that field national teams but are no countries in the gazetteer ("England").
_HOME_NATIONS = frozenset({"sub:GB-ENG", "sub:GB-SCT", "sub:GB-WLS", "sub:GB-NIR"})
#: Countries whose states or provinces speak in the news as their governments do ("Texas
#: said it would appeal", "Kerala said", "Catalonia said"), as gazetteer key prefixes: a
#: province elsewhere that "said" something is mostly a person of that name ("Bono said",
#: not Ghana's Bono region).
_SPEAKING_PROVINCES = tuple(
    f"sub:{code}-" for code in "US IN AU CA DE BR MX NG MY CN ES IT GB ID RU PK PH TH FR".split()
)
#: Verbs whose subject is a team when a score follows: "Barcelona beat Real Betis 3-2".
_MATCH_VERBS = frozenset(
    "beat beats drew draw lost lose defeated thrashed edged held routed crushed hammered "
    "overcame".split()
)
#: Verbs between two sides of a match, whatever the sport or the story: a town before one
#: and a name after it ("Roma play Lazio on Sunday", "AS Monaco beat Lille") is a club. Only
#: forms no town takes as its own subject ("London faces", not "face") and no past tense
#: but "beat" (its place use, "beat back", takes a small word after it).
_FIXTURE_VERBS = frozenset("beat play face host meet".split())
#: ... and those after the first side only: "Liverpool visit Everton" (but "Trump will visit
#: Moscow": a place after it).
_HOME_FIXTURE_VERBS = _FIXTURE_VERBS | {"visit"}
#: The fixture verbs in the plural a team takes in British news whatever its name ("Monaco
#: face Nice", "Lazio meet Fiorentina"): after a single name, a mark of a team.
_PLURAL_FIXTURE_VERBS = _HOME_FIXTURE_VERBS - {"beat"}
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
#: Last words of companies' names only, no ordinary word's plural nor a common noun a
#: sentence opens with: "Rocket Lab launched", "Acme Holdings said".
_COMPANY_LAST_WORDS = frozenset(
    "Lab Labs Holdings Technologies Airlines Airways Therapeutics Pharmaceuticals Robotics "
    "Inc Inc. Corp Corp. Ltd Ltd. Plc".split()
)
#: Worlds named with "the", places (not "the Sun", a newspaper too): "landed on the Moon".
_WORLDS = frozenset({"Moon", "Earth"})
#: Words before "Centre" in the names of launch sites ("Guiana Space Centre", "Jiuquan
#: Satellite Launch Center"), a place where a rocket lifts off from.
_LAUNCH_SITE_WORDS = frozenset({"Space", "Launch"})
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
#: Sports as wire slugs name them before a dash ("RUGBY UNION - …", "GOLF - …"), no names.
_SPORT_SLUGS = _TEAM_SPORTS | frozenset(
    {
        *"tennis golf cycling athletics boxing swimming skiing badminton snooker".split(),
        *("motor racing", "horse racing", "formula one"),
    }
)
#: Words only a football story uses, which make it a team sport's story as its slug would:
#: players' positions, clubs' usual last words ("Bromley striker Michael Cheek", "a win
#: at Gillingham" in a report on "Doncaster Rovers") and leagues' names ("second in Serie
#: A", where "Roma" is the club). No "strikers": a labour strike has
#: them ("The strikers were beaten by Smith police").
_FOOTBALL_WORDS = frozenset(
    """striker midfielder midfielders goalkeeper goalkeepers winger wingers equaliser
    equalizer half-time relegation Rovers Wanderers Albion Hotspur
    Serie Bundesliga Ligue Eredivisie LaLiga""".split()
)
#: Words before a constituency's name: "the seat of Harrowfield and Stainmoor", "MP for
#: Kellbeck West" (as tuples to compare with a slice).
_CONSTITUENCY_CUES = frozenset(
    {("seat", "of"), ("constituency", "of"), ("ward", "of"), ("riding", "of"), ("MP", "for")}
)
_CONSTITUENCY_LINKS = frozenset(cue[1] for cue in _CONSTITUENCY_CUES)
#: Small words inside a body's name and never a person's: "Centres for Disease Control",
#: "Florida Power & Light".
_BODY_LINKS = frozenset({"for", "and", "&"})
#: The words before the house that issues a work: "published by", "distributed by".
_ISSUED_BY = frozenset({("published", "by"), ("distributed", "by")})
#: Words right before "from" and the club a player leaves: "a free transfer from X".
_TRANSFER_WORDS = frozenset("transfer loan signed signing joined joins move moved".split())
#: Words before "to" and the club a player goes to: "sold Wirtz to Liverpool".
_SALE_WORDS = frozenset("sold sell sells transfer".split())
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
#: Lowercase nouns right after a name that make it a body: "the far-right Chega party",
#: "the Wagner militia", "the Historic Pact coalition" (no person's name takes them: "the
#: Trump campaign" does).
_BODY_NOUNS_AFTER = frozenset({"party", "militia", "coalition"})
#: Words after a town's name that make it a party's: "the Morena party" (a town in India
#: too), "the Ennahda movement".
_PARTIES_AFTER = frozenset({"party", "movement"})
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
#: Verbs before "by" and a goods maker: "the vaccine, made by Merck", "chips produced by
#: Tessara" (a work's maker may be a person: "a film made by Scorsese", so only goods count).
_MAKING_VERBS = frozenset("made produced manufactured developed built supplied sold".split())
#: Goods a company makes, lowercase, before _MAKING_VERBS: "the drug made by Merck".
_MADE_GOODS = frozenset(
    """
    drug drugs medicine medicines vaccine vaccines pill pills jab treatment chip chips
    semiconductors car cars vehicle vehicles truck trucks jet jets aircraft plane planes
    engine engines battery batteries device devices phone phones smartphone smartphones
    laptop laptops console consoles chatbot software equipment missile missiles drone drones
    weapons rifle rifles tank tanks satellite satellites turbine turbines product products
    """.split()
)
#: How far back from a making verb its goods may stand: "the vaccine, made by".
_MADE_GOODS_REACH = 4
#: Verbs of taking on or letting go of staff, and nouns for the staff after an amount: a
#: lone name that "hired 200 engineers" or "cut 300 jobs" is an employer, a business.
_STAFFING_VERBS = frozenset(
    "hired recruited employs employed sacked fired cut shed axed added created".split()
)
_STAFF_NOUNS = frozenset(
    """
    workers employees staff engineers people jobs positions roles developers researchers
    nurses drivers scientists programmers technicians salespeople
    """.split()
)
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
#: Who flies a numbered spacecraft or mission: "the Artemis II crew".
_CRAFT_CREWS = frozenset({"crew", "astronauts"})
#: What a numbered spacecraft or mission does with no object, and who flies it: "Artemis II
#: launched from Florida" (a king with a numeral launches something).
_CRAFT_DEEDS = frozenset("launched launches lifted blasted splashed docked".split()) | _CRAFT_CREWS
#: Words after a verb of _CRAFT_DEEDS that give it an object, as a craft's does not have.
_OBJECT_OPENERS = frozenset("a an the his her its their this that".split())
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
#: Parties the news names by one word, after their country too ("UK Labour leader").
_PARTIES_BY_ONE_WORD = frozenset(
    "Labour Labor Conservatives Tories Democrats Republicans Liberals Greens".split()
)
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
#: First words of leagues that are competitions, not bodies: "Champions League", "American
#: League" (and "Major League Baseball", "National League East": see _LEAGUE_LAST_WORDS).
_COMPETITION_LEAGUES = frozenset(
    "champions premier europa conference super american national major".split()
)
#: First words of Iberian leagues and divisions named in their own language: "La Liga",
#: "Primeira Liga", "Segunda Division".
_IBERIAN_LEAGUE_FIRSTS = frozenset("la primera primeira segunda".split())
#: Third words of a competition's league: its sport or its division.
_LEAGUE_LAST_WORDS = frozenset("baseball soccer east west central".split())
#: First words of a league's divisions, competitions as CoNLL tags them: "Central Division",
#: "SCOTTISH PREMIER DIVISION", "First Division" (not "Criminal Division", "Airborne Division").
_DIVISION_FIRSTS = frozenset(
    "central eastern western northern southern atlantic pacific first second third premier".split()
)
#: Indonesia's elections, by level: a place after one is where it is held ("Pilkada
#: Kabupaten Bogor", "Pemilu Jepang"), a place of its own, no part of the event's name.
_ELECTIONS = frozenset("pilkada pemilu pilpres pileg pilgub pilwalkot pilbup pilkades".split())
#: Event tails that name the event alone when capitalised: "the Championships" (Wimbledon),
#: "the Games", "the Olympics"; an Islamic body's congress, "Muktamar", "Munas"; Indonesia's
#: elections, "Pilkada", "Pemilu".
_EVENTS_NAMED_ALONE = (
    frozenset(
        "championships championship premiership games olympics paralympics bundesliga eredivisie "
        "muktamar "
        "munas "
        "rakernas rakornas rakerda musda muswil porprov "  # gatherings and games, by level
        "oscars baftas emmys grammys grammy emmy bafta "  # prizes, named by their ceremony
        "masters "  # golf's first major: "won the Masters"
        "tour "  # cycling's: "won the Tour five times"
        "test ashes".split()  # cricket's: "the second Test", "the Ashes"
    )
    | _ELECTIONS
)
#: Living things a Latin binomial names after them: "nyamuk Aedes aegypti", "the bacterium
#: Escherichia coli".
_ORGANISM_NOUNS = frozenset(
    """nyamuk bakteri kuman virus parasit jamur cacing spesies mosquito mosquitoes bacterium
    bacteria parasite parasites fungus species""".split()
)
#: Endings of Latin genera that no name of a person or place shares ("Mycobacterium",
#: "Staphylococcus", "Salmonella"): a binomial is known by them without an organism noun.
_GENUS_ENDINGS = ("bacterium", "coccus", "bacter", "bacillus", "monas", "myces", "ella")
#: Endings of Latin species epithets: "aegypti", "pneumoniae", "falciparum", "aureus",
#: "tuberculosis", "coli".
_EPITHET_ENDINGS = ("i", "ae", "um", "us", "is", "a")
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
#: Lombok", "Gereja Katedral Jakarta", "Pasar Besar Malang", "Pasar Seni Sukawati"; the
#: kinds of a zone too ("Kawasan Industri Gresik", "Kawasan Ekonomi Khusus Gresik").
_GENERIC_PLACE_WORDS = frozenset(
    "agung raya besar utama internasional katedral nasional kota kabupaten provinsi induk "
    "baru lama umum pusat seni tradisional industri ekonomi khusus berikat".split()
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
#: Gambir-Bandung", "trayek Bogor-Sukabumi", a toll road's "tol Semarang-Solo", "ruas
#: Cikampek-Palimanan", "jalur Brebes-Tegal".
_ROUTE_WORDS = frozenset("relasi rute jurusan trayek tol ruas jalur".split())
#: English nouns for an encounter between two people, after a compound of their surnames:
#: "the Trump-Putin call", "the Biden-Xi summit", "the Federer-Nadal rivalry" (a company's
#: double name takes a "deal" or a "merger", none of these).
_ENCOUNTER_NOUNS = frozenset(
    "call calls summit summits talks meeting encounter handshake rivalry feud rematch duel "
    "debate debates showdown phone".split()
)
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
        # Nanggala", "KMP Tunu Pratama Jaya", "Kapal Motor Tampomas II", the state's rescue
        # ships "KN SAR Arjuna" (kapal negara)
        "tari kri kmp kn kapal".split()
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
#: Services that name an American special district, a public body rather than a place
#: ("Los Angeles Unified School District", "Metropolitan Water District", "Orange County
#: Fire Protection District"); "Congressional District" and "Lake District" are places.
_SERVICE_DISTRICT_WORDS = frozenset(
    "school water fire protection sanitation irrigation utility hospital park transit library "
    "sewer flood".split()
)
#: British honours: alone MISC (not acronyms of bodies): "was appointed CBE"; after a name
#: they end the person and are no entity ("Sir Bobby Charlton CBE").
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
#: plant", "its Felixstowe terminal") or a body, by what it makes ("a Gallup poll").
_SITE_NOUNS = frozenset(
    """plant plants factory factories mine mines site sites facility refinery smelter
    terminal port depot warehouse shipyard mill headquarters campus""".split()
)
_WORK_OF_BODIES = frozenset("poll polls survey surveys report study statement".split())
#: A government's seat named by its level and a building: "City Hall", "State House",
#: "County Hall", "Borough Hall" (the first word no given name, the last no surname here).
_SEAT_LEVELS = frozenset("city town county state borough village parish district".split())
_SEAT_BUILDINGS = frozenset("hall house".split())
#: Abbreviated Indonesian noble titles written as part of a person's name, which would
#: otherwise pass for an organisation's acronym: "TB" (Tubagus), "RA" (Raden Ajeng).
_NOBLE_ABBREVIATIONS = frozenset({"TB", "RA"})
#: Two-capital acronyms that open the names of Indonesian bodies and places, often named
#: after a person: hospitals ("RS Hasanuddin"), courts ("PN Surabaya", "PA", "PT"), ships
#: ("KM Sinar Bangun"), trains ("KA"), schools ("SD", "TK", "MI"), firms ("UD", "PD"), bus
#: companies ("PO Haryanto"), eateries ("RM"), football clubs ("PS Sleman"), neighbourhoods
#: ("RT", "RW"), a mass organisation's boards ("PP", "PW", "PC"), the supreme and judicial
#: courts ("MA", "KY"): no initials of a person.
_TWO_LETTER_HEADS = frozenset("RS PN PA KM KA TK MI UD PD PO RM PS RT RW PP PW PC MA KY BP".split())
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
#: What befell a victim, after "korban" and before the name: "Korban Selamat Ruma Akter".
_VICTIM_STATES = frozenset("selamat tewas meninggal luka hilang".split())
#: Honorifics before the name of a person a place or hospital is named after, lowercased:
#: "Bandara Internasional Sultan Hasanuddin", "RSUD dr. Soetomo", "Jalan KH Ahmad Dahlan".
_HONORIFICS = frozenset(
    "dr dr. prof prof. sultan jenderal jend. kh k.h. haji sunan syekh raden pangeran "
    "teuku laksamana marsekal".split()
)
#: Words between a place's or hospital's head and the person it is named after, saying
#: what kind it is: "Rumah Sakit Umum Pusat", "Bandara Internasional"; the weather
#: agency's stations take the airport's name ("Stasiun Meteorologi Sultan Hasanuddin").
_KIND_WORDS = frozenset(
    "sakit umum pusat daerah internasional raya agung utama meteorologi klimatologi "
    "geofisika maritim islam negeri".split()
)
#: Honorifics of a ruler or a saint (see _HONORIFICS), whose names often run to two words:
#: "Sunan Gunung Djati", "Sultan Ageng Tirtayasa".
_ROYAL_HONORIFICS = frozenset({"sultan", "sunan", "syekh", "pangeran"})
#: First words of hospitals, which Indonesian news names after people ("RSUP Dr Sardjito").
_HOSPITAL_HEADS = frozenset("rumah rs rsu rsud rsup rsia rspad".split())
#: First words of universities and colleges, which are named after people too, an
#: honorific before the name ("Universitas Sultan Ageng Tirtayasa", "UIN Sunan Kalijaga").
_SCHOOL_HEADS = frozenset("universitas institut uin iain politeknik akademi".split())
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
#: Honorifics that English news writes as part of the name they open ("Sheikh Hasina", a
#: given name; "Sheikh Mohammed bin Rashid", kept as CoNLL keeps it): no title there.
_HONORIFICS_IN_NAMES = frozenset({"Sheikh", "Shaikh", "Shaykh"})
#: Title words that go on a person's name after a first name ("Lukman Hakim Saifuddin",
#: "KH Abdul Hakim Mahfudz", "Ali Imam Sudrajat"): not a judge or an imam there.
_TITLES_INSIDE_NAMES = frozenset({"Hakim", "Imam"})
#: Sundanese forms of address that are Korean surnames too: "Kang Dedi" is Dedi, "Kang
#: Kyung-wha" a Korean minister (see _SentenceReader._korean_name_at).
_KOREAN_SURNAME_TITLES = frozenset(word.title() for word in SURNAME_HONORIFICS)
#: Balinese noble names that open a person's name by themselves: "Tjok Bagus Pemayun".
_BALINESE_NOBLES = frozenset("Tjok Tjokorda Cok Cokorda".split())
#: Noble titles of Indonesian peoples that open a person's full name, never a company's
#: (Javanese, Acehnese, Malay, Balinese, Sasak): where one stands inside the run after a
#: title and a company, or after a place, the person begins ("Direktur PT Sinar Harapan
#: Raden Mas Joko", "atlet asal Nusa Tenggara Barat Lalu Muhammad Zohri").
_NOBLE_NAME_OPENERS = _BALINESE_NOBLES | {"Raden", "Teuku", "Tengku", "Cut", "Lalu", "Baiq"}
#: Indonesian function words written capitalised inside people's names, between two name
#: words: "Ribut Hari Wibowo" ("hari" is "day"), and the Ukrainian given name "Oleh" ("by")
#: after a governor's region: "Gubernur Odesa Oleh Kiper".
_FUNCTION_WORDS_IN_NAMES = frozenset({"Hari", "Oleh"})
#: Indonesian function words that end a name after a body's or a disease's head when
#: capitalised mid-sentence, as adjectives: "Penyakit Dalam" (internal medicine; "dalam", in),
#: "Kelompok Tani Karya Bersama", "Sekretariat Bersama" ("bersama", with: joint).
_FUNCTION_WORDS_ENDING_NAMES = frozenset({"Dalam", "Bersama"})
#: Heads of districts, the level of an Indonesian address right below the regency:
#: "Kecamatan Paguyangan, Brebes".
_DISTRICT_HEADS = frozenset({"kecamatan", "kapanewon", "distrik"})
#: Heads of the levels of an address below the regency, whose larger place may follow
#: between commas under a name of more than one word: "Kelurahan Tanjung Sari, Medan
#: Selayang,", a city's district named for the city.
_ADDRESS_PART_HEADS = _DISTRICT_HEADS | {"kelurahan", "desa", "nagari", "gampong", "dusun"}
#: Heads of sites where nobody lives, whose town follows between commas: "di Pasar Inpres
#: Manonda, Palu, harga naik", "di Jalan Sisingamangaraja, Medan," (after a village or
#: hamlet the word may be a resident: "Warga Dusun Krajan, Sutrisno, menuturkan").
_SITE_HEADS = frozenset(
    "pasar jalan jl jl. jln. stadion terminal bandara pelabuhan kompleks gedung masjid "
    "gereja taman alun-alun stasiun gor lapangan".split()
)

#: The two words that open the full names of jails, places as "Rutan" and "Lapas" are, and
#: of official residences ("Rumah Jabatan Gubernur"), though their first words open
#: organisations' names ("Rumah Sakit", "Lembaga Survei").
#: Words that open the names of headquarters, places ("Mapolres Klaten" is the police
#: station of "Polres Klaten"); not place heads, so the actors keep them apart from the
#: region named after them.
_BASES = frozenset("markas mapolda mapolres mapolresta mapolrestabes mapolsek".split())
#: What the weather agency's stations observe, after "Stasiun": "Stasiun Meteorologi
#: Juanda", "Stasiun Geofisika Sleman" are offices of the agency (ORG), named by their kind
#: and then their place, not railway stations.
_STATION_FIELDS = frozenset("meteorologi klimatologi geofisika".split())
#: What a team is for, capitalised after "Tim" in its name ("Tim Hukum", "Tim Medis",
#: "Tim Gabungan"): no surname of a man named Tim. Portfolio words ("Hukum", TITLE_EXTENSIONS)
#: and derived nouns ("Pemenangan") are told so by their own tests.
_TEAM_KINDS = frozenset(
    """medis gabungan sukses ahli advokasi penyidik forensik dokter pencari
    evakuasi relawan teknis transisi kampanye pakar kuasa gugus seleksi penilai verifikasi
    kerja pengacara""".split()
)
#: Last words of the titles of a village's or district's head ("Lurah", "Kepala Desa",
#: "Camat"), whose place the gazetteer seldom knows.
_VILLAGE_HEAD_TITLES = frozenset({"lurah", "kades", "desa", "camat", "panewu"})
#: Bodies whose branches are stations named for an airport or village the gazetteer does
#: not know: "Kepala BMKG Karangploso Linda Fitriani".
_STATION_BODIES = frozenset({"BMKG"})
#: Bodies always named with their place after them (regional parliaments and disaster
#: agencies exist only in regions): "Anggota DPRD Wonogiri dari Fraksi PKB".
_PLACED_BODIES = _STATION_BODIES | {"DPRD", "BPBD"}

#: Heads of a body's parts, named by their fields and then their parent body: "Fakultas
#: Hukum dan Ilmu Politik Universitas X", "Departemen Kimia dan Biologi Institut Y"; or after
#: it: "PLN Unit Layanan Pelanggan Cibinong".
_SUBUNIT_HEADS = frozenset("fakultas departemen jurusan unit".split())
#: Words for a body's branch office, named by the place it serves after them: "BPJS
#: Kesehatan Cabang Mataram", "Bank Indonesia Perwakilan Jawa Timur".
_BRANCH_OFFICE_WORDS = frozenset({"cabang", "perwakilan"})
#: Heads of an office named for its holder's title, one word as well ("Kantor Presiden",
#: "Kantor Bupati Sleman"): the title goes on with the office's name, its holder does not.
_TITLED_OFFICES = frozenset({"Kantor"})

_JAILS = frozenset(
    {("rumah", "tahanan"), ("lembaga", "pemasyarakatan"), ("rumah", "jabatan"), ("rumah", "dinas")}
)
#: Place heads of buildings, which a body inside them names ("Gedung DPR", "Kompleks
#: Parlemen"): the name after them is no place elsewhere in the text.
_BUILDING_HEADS = frozenset({"gedung", "kompleks"})
#: Heads of a region's public services, named for the region or for someone honoured
#: ("RSUD Morowali", "RSUD Kanjuruhan"): one word after them is no organisation elsewhere
#: in the text ("Kapolres Morowali" serves a place).
_SERVICE_HEADS = frozenset({"rsud", "puskesmas"})
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
#: Footballers' nouns, before a foreign club named by its town and the player: "bek Como
#: Jay Idzes", "gelandang Parma Ivar Jenner".
_FOOTBALLER_NOUNS = frozenset("pemain kiper bek gelandang penyerang striker".split())
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
    "istri suami ayah adik kakak cucu menantu mertua paman bibi keponakan keluarga".split()
)
#: Indonesian organisation head words that are ordinary nouns: alone at the start of a
#: sentence they name no body ("Tim mengatakan pencarian berlanjut" is a search team), and
#: "Rumah" before a person's name is that person's house ("Rumah Budi Santoso terbakar").
_ORDINARY_BODY_NOUNS = frozenset(
    "tim kantor dinas pasukan sekolah koalisi tentara angkatan rumah pengurus pimpinan "
    "gerakan organisasi forum aliansi balai kabinet lembaga badan museum perpustakaan".split()
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
#: takeover, stake or sale is a company ("Gencor's bid for Billiton", "the takeover of
#: Mannesmann", "a possible sale of Gamesa"), and so is its maker, the name owning the deal
#: (see _SentenceReader._deal).
_DEAL_LINKS = frozenset(
    {
        ("bid", "for"),
        ("offer", "for"),
        ("takeover", "of"),
        ("acquisition", "of"),
        ("buyout", "of"),
        ("merger", "with"),
        ("stake", "in"),
        ("sale", "of"),
        ("divestment", "of"),
        ("spin-off", "of"),
        ("flotation", "of"),
    }
)
#: The words after a name that :meth:`_SentenceReader._label` looks at first.
_CUES_AFTER = _GOODS_AFTER | _BUSINESS_ROLES
#: The Arabic article written apart before a name ("al Qaeda"), part of it when the
#: gazetteer lists the two together.
_ARABIC_ARTICLES = frozenset({"al", "el"})
#: Particles written capitalised inside Indonesian and Arabic names before the last word,
#: which take the word before them into the name: "Dian Al Ma'ruf", "Ahmad Bin Zain".
_ARABIC_NAME_PARTICLES = _ARABIC_ARTICLES | {"bin", "binti"}
#: The kinds of law that close a law's or treaty's name, written so ("Digital Services
#: Act", "Maastricht Treaty"): alone they refer back to a law named before.
_LAW_KINDS = frozenset({"Act", "Treaty", "Accord", "Accords"})
#: Words of names that a digit ordinal before them numbers, lowercase: courts' circuits,
#: districts, military units and amendments ("the 7th Circuit", "the 12th Congressional
#: District", "the 82nd Airborne Division", "the 19th Amendment"): the ordinal is part of the
#: name, as "Fifth" is of "the Fifth Circuit".
_ORDINAL_NAME_WORDS = frozenset(
    "circuit district division fleet army corps regiment brigade battalion squadron precinct "
    "ward amendment airborne infantry congress".split()
)
#: Endings of English digit ordinals: "7th", "82nd", "101st".
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
#: Words that link a body's name to its cause, written with a capital inside the name
#: ("Movement Toward Socialism", "Campaign Against Arms Trade", "Doctors Without Borders").
_CAPITAL_LINKS = frozenset({"Toward", "Towards", "Against", "Without"})
#: The words that may link a name to its field inside it (see _field_inside_name).
_FIELD_LINKS = frozenset({"on", "in", "at"})
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
#: with "shares" and a comma :meth:`_SentenceReader._business_cue_after` (as slices; not
#: "saham": Indonesian names the company after it).
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
_BUSINESS_CUES_AFTER = frozenset(
    (word,) for word in _ITS_VERBS | (_STOCK_WORDS - {"saham"}) | {","}
)
#: Verbs that may follow a sentence's subject at once (besides speech verbs and past forms).
_AUXILIARIES = frozenset("will would could can may might has had is was plans".split())
#: Prefixes of surnames written with an inner capital, so no brand: "McDonald",
#: "FitzGerald", "DeSantis", "DiMaggio", "LeBron", "VanDyke".
_SURNAME_PREFIXES = ("Mc", "Mac", "O'", "D'", "Fitz", "De", "Di", "Le", "La", "Van")
#: Titles that are also adjectives opening organisation names: "Major League", "General
#: Assembly" (but "Major Tom Hale", "General Sudirman").
_ADJECTIVE_TITLES = frozenset({"major", "general"})
#: Other adjectives that open a body's name before its head or last word, kept opening a
#: sentence too: "Supreme Court of Canada", "High Court", "Federal Reserve", "Central Bank
#: of Nigeria", "Constitutional Court".
_BODY_ADJECTIVES = frozenset({"supreme", "high", "federal", "central", "constitutional"})
#: Roman numerals after a name: a monarch's, pope's or sequel's ("Elizabeth II", "Leo XIV",
#: "Benedict XVI"). Not "X", "V", "XI" or "XV": a platform, a letter, a cricket or rugby side.
_REGNAL_NUMERALS = frozenset("II III IV VI VII VIII IX XII XIII XIV XVI XVII XVIII XXIII".split())
#: Words that a Roman numeral numbers as a stage or grade, no name: "Phase III trials",
#: "Stage IV cancer", "a Category II storm", "Type II diabetes".
_NUMBERED_STAGES = frozenset("Phase Stage Level Tier Grade Category Class Type".split())
#: Tokens no name word that may stand inside a name (see _SentenceReader._run_end).
_INNER_MARKS = _REGNAL_NUMERALS | {"'s", "'"}
#: Legal forms written in small letters that end a company's name: "Shell plc", "Barclays plc".
_LOWERCASE_LEGAL_FORMS = frozenset({"plc"})
#: How "Saint" is written before a saint's name ("St Mary's Hospital").
_SAINTS = frozenset({"St", "St.", "Saint"})
_SAINTS_IN_CAPITALS = frozenset({"ST"})
#: Marks after a title's word that make it part of a name: a possessive written apart
#: ("Queen 's Club") and the "&" of a firm of partners ("King & Wood Mallesons").
_FIRM_OR_CLUB_MARKS = frozenset({"'s", "&"})
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
#: Verbs a month is the subject of when it opens a sentence, as its weather or its figures
#: are: "Juli merupakan puncak musim kemarau", "Juli tercatat 120 titik api", "July was
#: the hottest month".
_MONTH_SUBJECT_VERBS = frozenset(
    """
    merupakan menjadi adalah ialah mencatat mencatatkan tercatat menandai ditandai diwarnai
    is was will would saw brought marks marked
    """.split()
)
#: Month names (and abbreviations) that are also given names before a surname.
_CALENDAR_GIVEN_NAMES = frozenset({"Jan", "May", "June", "April", "August"})
#: Endings of Javanese and Muslim Indonesian personal names ("Subandi", "Haryanto",
#: "Sumaryono", "Santoso", "Prasetyo", "Hartopo", "Saifuddin", "Rahmawati", "Setiawan",
#: "Sugiarto"), which no regency's second word has ("Deli Serdang", "Aceh Tamiang").
_INDONESIAN_NAME_ENDINGS = (
    "awan",
    "anto",
    "arto",
    "ono",
    "andi",
    "wati",
    "yati",
    "uddin",
    "syah",
    "hadi",
    "oso",
    "tyo",
    "opo",
)
#: Listed given names that Indonesian names often carry second, after an unlisted first
#: name ("Kustini Sri Purnomo", "Fahmi Muhammad Hanif"): no sign a name opens at them.
_INNER_GIVEN_NAMES = frozenset(
    "Sri Nur Nurul Siti Dewi Putri Muhammad Mohammad Ahmad Abdul Ali Agus".split()
)
#: Heads of a council's standing bodies, which it letters rather than numbers: a regional
#: assembly's "Komisi A" to "Komisi E" is a body, no "Group C" or "Plan B".
_LETTERED_BODY_HEADS = frozenset({"komisi", "komite"})
#: Words after a speaker named after a bare verb of saying that opens a sentence: whom he
#: said it to, or when ("Kata Muh. Nasir kepada wartawan", "Ujar Budi saat ditemui").
_AFTER_SPEAKER = frozenset({("kepada",), ("saat",), ("ketika",), ("seusai",), ("usai",)})
#: Months, written as they open a name: "label Juni Records", "April Productions".
_MONTH_NAMES = frozenset(
    """
    Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember
    January February March May June July August October December
    """.split()
)
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
#: The English definite article as a slice of one word, either case.
_DEFINITE_ARTICLES = frozenset({("the",), ("The",)})
#: Metals that open the names of prizes, MISC, when one is won ("won the Golden Lion",
#: "took the Silver Bear"); see _PRIZE_VERBS.
_PRIZE_METALS = frozenset({"Golden", "Silver", "Bronze"})
#: What follows a prize's name, as a slice: "the Silver Bear for best actress".
_FOR_BEST = ("for", "best")
#: Verbs before "the" and a prize: "won the Golden Bear", "was awarded the Silver Lion".
_PRIZE_VERBS = frozenset(
    "won win wins winning took take takes awarded received receives claimed scooped "
    "collected shared".split()
)

#: Lowercase words for a prize between its verb and "for" its work: "won best album for".
_PRIZE_WORDS = frozenset({"award", "prize", "best"})
#: Last words of prizes' names, after which "for" gives the prize's field, no work: "the
#: Nobel Prize for Peace", "the Pulitzer Prize for Fiction".
_PRIZE_NAME_ENDS = frozenset({"Prize", "Award", "Medal"})
#: How many words back from "for" its prize's verb may stand.
_PRIZE_REACH = 9
#: Marks that close a clause, where a search for its verb stops.
_CLAUSE_MARKS = frozenset({",", ";", ".", ":"})
#: How many words an aside between commas may run after a name: "Nawrocki, backed by the
#: Law and Justice party, won".
_ASIDE_REACH = 14

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
    | _PRIZE_METALS
    | _VENUES_NAMING_EVENTS
    | _PARTY_MEMBERS
    | gazetteer.PRODUCT_LINES
    | frozenset(platform.split()[0] for platform in _PLATFORMS)
)

#: Prepositions that end a phrase opening a sentence before a name and a comma: "Asked
#: about Brexit, Sunak declined", "Speaking to Reuters, Jones said".
_FRONTING_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset("about to for with on after".split())
#: Words that open a sentence with a phrase of time or circumstance, which a comma closes
#: before the clause's subject: "Dalam laga melawan Barcelona, Vinicius mencetak gol",
#: "Setelah bertemu Prabowo, Anies mengatakan …", "During the talks in Geneva, Lavrov said".
_FRONTING_OPENERS = _FRONTING_PREPOSITIONS | frozenset(
    "dalam pada saat ketika usai seusai setelah sebelum sejak during".split()
)

#: Companies named after a river, which is what "the" before the name means ("the Amazon").
_RIVERS_AMONG_COMPANIES = frozenset({"Amazon"})

_LANDSCAPE_AFTER = frozenset("rainforest rainforests basin delta jungle wetlands".split())
#: Words of a boat's or water's way along a river before "the" and its name: "sailed up the
#: Tagus", "flows down the", "cruising along the"; and the parts of a river before "of the"
#: ("the banks of the Tagus").
_ALONG_WATER = frozenset("up down along upstream downstream".split())
_WATER_VERBS = frozenset(
    "sailed sail sailing sails cruised cruise cruising flows flowed flowing drifted floated "
    "rowed paddled steamed swam swept washed".split()
)
_RIVER_PARTS = frozenset("banks bank mouth estuary waters shores".split())
#: Boats before "on the" and a river's name: "ferries on the Rhine", "barges on the Rhine".
_BOATS = frozenset(
    "boats boat ships ship ferries ferry barges barge vessels steamers shipping".split()
)
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
    # "flights to Split", and a journey's verb: "will travel to Marlow Bottom", "moved to
    # Castle Pellow" (people are written to, not travelled to)
    "to": (
        frozenset(
            "flights flight trains ferries cruises trips trip routes route road climb ascent "
            "journey travel travels travelled traveled travelling traveling fly flies flew "
            "flying flown drive drives drove driving driven sail sails sailed sailing "
            "relocate relocates relocated relocating emigrate emigrated emigrating "
            "evacuated deported extradited".split()
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
#: Sectors that name a country's public body before the country ("Sport England", "Tourism
#: Australia", "Health Canada", "Historic England"), or before "for" and the place it serves
#: ("Transport for London"); these open such a body's name even at a sentence's start (after
#: "for" or mid-sentence any role qualifier does: "Health New Zealand").
_SECTORS = frozenset(
    "sport tourism water cancer health transport education energy arts historic natural "
    "creative heritage".split()
)
#: Factions in brackets after a split party's name, part of it: "Janata Dal (Secular)".
_BRACKETED_FACTIONS = frozenset("United Secular Marxist Maoist Marxist-Leninist Socialist".split())
#: Words of a party's name, before such a faction: "Communist Party of India (Marxist)".
_PARTY_WORDS = frozenset("party front congress league alliance movement".split())
#: Legal forms written after an Indonesian company's name: "PT Bukit Asam Tbk".
_LEGAL_FORMS_AFTER = frozenset({"Tbk", "Tbk.", "TBK"})
#: Indonesian legal forms written before a business's name: "PT Pindad", "CV Mitra Abadi".
_COMPANY_FORMS = frozenset({"PT", "CV"})
#: Indonesian words that say what a subject is, before a role in small letters: "HW adalah
#: direktur PT Medika Sarana Utama", "selaku kepala dinas".
_PREDICATE_LINKS = frozenset("adalah ialah merupakan selaku sebagai".split())
#: Forms of address that are words of firms' names too, after their legal form: "Mas"
#: (Javanese "brother", but also "emas", gold) of "PT Sinar Mas Multifinance".
_ADDRESSES_IN_FIRMS = frozenset({"Mas"})
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
#: Longest holiday name, in tokens ("New Year 's Eve", "Martin Luther King Jr. Day").
_HOLIDAY_WORDS = 5
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
#: Heads of Indonesian community bodies (farmers', fishers', women's groups, village
#: cooperatives) named by their kind and then a name of good omen, which may be a given
#: name: "Kelompok Tani Sri Makmur", "Gabungan Kelompok Tani Maju Jaya", "Koperasi Unit
#: Desa Sri Rejeki". The name after the kind is the body's, no person's.
_COMMUNITY_GROUP_HEADS = frozenset("kelompok gabungan koperasi paguyuban perkumpulan".split())
#: The words of such a body's kind between its head and its name (lowercase).
_COMMUNITY_GROUP_KINDS = _BODY_OPENERS["Kelompok"] | frozenset(
    "kelompok unit desa simpan pinjam serba produsen konsumen".split()
)
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
