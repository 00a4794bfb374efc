"""Titles, ranks, honorifics and roles that stand before a person's name (Indonesian, English).

Entity spans exclude them ("Presiden AS Donald Trump" → "AS" + "Donald Trump") and the actor
builder keeps them as roles. :func:`match_title` recognises a whole title phrase such as
"Menteri Luar Negeri", "Wakil Presiden", "Secretary of State", "Foreign Minister",
"juru bicara", matched case-insensitively on tokens.
"""

# Word lists read best as text.
# ruff: noqa: SIM905

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reader.analysis.name_cues import ORG_HEADS, ORG_TAILS

#: Police and military ranks. A rank stands right before the name, never before an office
#: ("Kombes Ade Safri Simanjuntak", "Brigjen TNI Deddy Suryadi"), and may carry its service
#: ("TNI", "Pol"). Not "kapten" and "mayor": a team's captain, an English mayor. "Letnan"
#: opens the lieutenants' and lieutenant colonels' ranks written out: "Letnan Kolonel Inf
#: Ferry", "Letnan Satu Adi".
RANKS = frozenset(
    """
    jenderal letjen mayjen brigjen laksamana laksdya laksda laksma marsekal marsdya marsda
    marsma kolonel letkol lettu letda serka sertu praka pratu prada komjen irjen kombes akbp
    kompol akp iptu ipda aiptu aipda bripka brigpol briptu bripda brigadir letnan
    """.split()
)

#: The Indonesian (Javanese, Sundanese, Betawi) courtesy titles and the pilgrim's ("Haji
#: Muh Saleh", "Hajah Siti"): besides a whole name, they call people by a clipped one ("Bu
#: Mega" is Megawati). The formal "Nyonya", "Tuan" and "Saudari" are written short ("Ny. Siti
#: Marfuah", "Sdri. Rina").
INDONESIAN_COURTESY_TITLES = frozenset(
    "pak bapak bu ibu mas mbak mbah kang teh bang haji hajah hajjah ny ny. nyonya tn tn. sdr "
    "sdr. sdri sdri.".split()
)
#: Royal titles that are given names too ("Ratu Dewa", "Raja Juli Antoni"): after
#: another title they are never stacked onto it ("Menteri Kehutanan Raja Juli Antoni" is
#: a minister, no king) but left to open the name (see entities' _SentenceReader._title_end).
ROYAL_GIVEN_NAMES = frozenset({"Ratu", "Raja"})
#: Forms of address written before a person's name that are no part of it (lowercase, with
#: and without their period): "Mr Trump", "Pak Hasanudin", "Kang Dedi". Not titles that
#: some carry as a name ("Lord Sugar", "Lady Gaga"), nor roles. Kept here, with the other
#: words before a name, for the actor builder (which drops them from names) and the role
#: references in :mod:`reader.analysis.words` (where they name no role).
COURTESY_TITLES = (
    frozenset("mr mr. mrs mrs. ms ms. miss mx dr dr.".split()) | INDONESIAN_COURTESY_TITLES
)

#: Forms of address that some carry as a name ("Lord Sugar", "Lady Gaga", "Sir Keir",
#: "Prof", "Kak Seto"): the actor builder keeps them in the name; like the courtesy titles,
#: they open a title phrase but name no role.
NAME_ADDRESSES = frozenset("sir dame lord lady prof kak".split())

#: Head words of titles and roles (lowercase). One word each; multi-word heads are below.
TITLE_HEADS = (
    frozenset(
        """
    presiden wapres menteri menlu mendagri menkeu menhan menko menkopolhukam mensesneg
    menpora menkes menag mentan mendag menperin menhub mendikbud menaker menkominfo menpupr
    menparekraf menkumham mensos menlhk menpan menristek
    gubernur wagub bupati wabup walikota wali camat lurah kades perbekel kuwu keuchik geuchik
    kapolri wakapolri kapolda kapolres kapolsek kabareskrim kadiv kabid kasat
    panglima kasad kasal kasau pangdam pangkostrad danrem dandim danjen
    mayor kapten
    ketua wakil sekjen sekretaris bendahara direktur dirut dirjen kepala kabag pemimpin
    komisaris presdir ceo cfo coo cto chair chairman chairwoman chairperson founder pendiri
    pelatih kapten manajer juru jubir hakim jaksa pengacara advokat duta dubes konsul konjen
    utusan
    raja ratu sultan paus kardinal uskup imam ustaz ustadz habib syekh kiai kanselir
    perdana anggota senator profesor dokter analis ekonom peneliti pengamat
    epidemiolog sosiolog psikolog kriminolog ahli pakar dosen guru aktivis wartawan jurnalis
    prakirawan asisten deputi petugas
    president vice minister secretary governor mayor senator congressman congresswoman
    representative chancellor premier king queen prince princess pope cardinal bishop archbishop
    sheikh emir sultan ambassador envoy general admiral colonel lieutenant major captain
    sergeant commander marshal director chief head spokesman spokeswoman spokesperson
    judge justice prosecutor attorney lawyer coach manager striker midfielder defender
    goalkeeper chairman executive professor doctor justices
    analyst economist researcher boss bos leader owner winger forward mp mep mla msp speaker
    whip administrator commissioner supervisor clerk treasurer sheriff coroner comptroller
    assessor barrister
    councillor councilor epidemiologist activist strategist adviser advisor penasihat
    detective inspector constable superintendent
    critic reporter journalist editor columnist correspondent presenter
    guitarist bassist drummer keyboardist pianist violinist cellist frontman
    frontwoman conductor promoter trainer jockey billionaire tycoon magnate mogul
    komandan kapolresta kapolrestabes kajati kajari sekda kadinkes kadisdik
    kadishub panewu rektor dekan koordinator komisioner inspektur wamen seskab kapuspen
    kapuspenkum kapendam kadispen kasdam danlanal danlantamal danyon danramil pangkoarmada
    dirreskrimsus dirreskrimum dirresnarkoba dirlantas dirintelkam kasatreskrim kasatlantas
    kasatnarkoba kasubdit kanit jampidsus jampidum mendikdasmen mendiktisaintek menpar
    menkop menkomdigi menekraf menbud
    wamenkeu wamenlu wamendagri wamenhan wamenkes wamenag wamentan wamendag wamenperin
    wamenhub wamenaker wamensos wamenpupr wamenkominfo wamenkumham wamenpora wamenparekraf
    kakorlantas kakorbrimob kabaharkam kabaintelkam kalemdiklat kadivhumas kadivpropam
    kabidhumas kakanwil kalapas karutan kadisdukcapil kadispora kadisparbud kalaksa
    wakapolda wakapolres wakapolresta wakapolrestabes wakapolsek wakabareskrim wakajati
    wakajari wakasad wakasal wakasau
    pendeta pastor romo biksu bhikkhu pandita pedanda ustazah
    vokalis gitaris bassis drumer kibordis pianis pedangdut pengasuh produser sutradara
    kasi kasie kasubbag kasubag kasubbid kaur ketum waketum
    aspidsus aspidum asintel kasipidsus kasipidum kasintel kasipenkum
    vp svp evp avp
    """.split()
    )
    | RANKS
    | (COURTESY_TITLES - {"teh"})
    | NAME_ADDRESSES
)
#: Forms of address, which are no title inside a hyphenated word (see :func:`is_title_head`).
_ADDRESS_WORDS = COURTESY_TITLES | NAME_ADDRESSES
# (The forms of address are the courtesy titles but "teh", which is "tea" as well as the
# Sundanese "sister" and opens the names of drinks and stalls: "Teh Botol Sosro".
# The last lines above: Indonesian offices as the press abbreviates them, police and
# military commands, regional government, campus and the newer ministries; not "Kadis" or
# "Mendes", which are surnames too: "Costas Kadis said". Then heads fused from a police
# corps or regional office and its "Ka-" ("Kakorlantas Polri", "Kakanwil Kemenag") or
# deputy's "Waka-" ("Wakapolda Jatim"), and the
# clergy's titles: "Pendeta Darwin", "Romo Magnis", "Biksu Pannyavaro"; a band's members
# ("Vokalis Duta"), a film's makers with their company ("Produser MD Entertainment Manoj
# Punjabi") and the head of a pesantren ("Pengasuh Ponpes Lirboyo KH Anwar Manshur");
# heads of sections: "Kasi Humas Polres Bogor Iptu Desi", a body's chair and deputy chair
# as the press shortens them ("Ketum PSSI Erick Thohir", "Waketum"), and the prosecutors' assistants
# and section heads fused from their field ("Aspidsus Kejati Jabar"); a firm's vice presidents, as
# Indonesian companies write them: "VP Corporate Communication Pertamina".)

#: Forms of address that are surnames too ("Kang Dedi", but "Minister Kang Kyung-wha"): they
#: may open a title phrase, never continue one.
SURNAME_HONORIFICS = frozenset({"kang"})

#: The services and corps a rank may name after it: "Brigjen TNI", "Kombes Pol.".
_RANK_SERVICES = frozenset(
    {"TNI", "Pol", "Pol.", "POL"}
    # the army's corps ("Letkol Inf Candra", "Mayor Czi", "Kapten Cpm") and the air force's
    # and navy's ("Letkol Pnb", "Mayor Mar")
    | set("Inf Kav Arh Art Czi Cpl Chb Cpm Ckm Cku Caj Chk Cba Pnb Pas Tek Lek Mar Kes Psk".split())
)

#: Heads of posts numbered among their like in a body, the numeral part of the title:
#: "Deputi V Kantor Staf Presiden", "Asisten II Setda Provinsi Bali".
_NUMBERED_TITLE_HEADS = frozenset({"deputi", "asisten"})
_TITLE_NUMERALS = frozenset("I II III IV V VI VII VIII IX X XI XII".split())

#: The grades written after a rank's word: "Letnan Satu", "Letnan Dua" (Lettu, Letda).
_RANK_GRADES = frozenset({"Satu", "Dua"})

#: A rank left out of RANKS for its other sense (a team's captain) that is a rank still
#: before an army corps: "Kapten Inf Suryadi", "Kapten Cpm Andi". (Not "mayor": "Mayor Art
#: Agnos" is a city's mayor, and "Art" a corps.)
_CORPS_RANKS = frozenset({"kapten"})

#: Titles of offices that govern a place: the word after them is a place ("Bupati Sidoarjo"),
#: with a village head's regional names ("Perbekel" in Bali, "Kuwu" in Cirebon, "Keuchik" in
#: Aceh).
PLACE_TITLES = frozenset(
    """
    bupati wabup gubernur wagub walikota wali camat lurah kades kapolda kapolres kapolsek
    pangdam danrem dandim kajati kajari governor mayor kapolresta kapolrestabes sekda panewu
    wakapolda wakapolres wakapolresta wakapolrestabes wakapolsek wakajati wakajari
    desa dusun kampung perbekel kuwu keuchik geuchik
    """.split()
)

#: Heads of envoys' titles: the place they are posted to may follow a preposition before
#: the name ("Duta Besar Jepang untuk Indonesia Masaki Yasushi", "Ambassador to Japan Rahm
#: Emanuel").
ENVOY_TITLES = frozenset("duta dubes konsul konjen utusan ambassador envoy consul".split())

#: Abbreviated titles as written (case-sensitive, with their period when they have one).
TITLE_ABBREVIATIONS = frozenset(
    """
    Dr. Drs. Dra. Ir. Prof. H. Hj. KH K.H. dr. Mr. Mrs. Ms. Sen. Rep. Gov. Gen. Lt. Col.
    Capt. Sgt. Adm. Cmdr. Supt. Insp. Rev. Pres. PM
    """.split()
)

#: Words that modify a following title head: "Wakil Presiden", "mantan Menteri", "Vice President",
#: and air force ranks: "Group Captain", "Wing Commander", "Air Marshal"; last, portfolios
#: of affairs: "Foreign Affairs Minister", "External Affairs Minister" (no body "Foreign
#: Affairs" before the minister).
TITLE_PREFIXES = frozenset(
    """
    wakil plt plh pj penjabat mantan eks calon bakal
    vice deputy acting former interim outgoing incoming designate first
    foreign defense defence finance interior home health education justice trade energy
    transport environment treasury agriculture culture press prime attorney
    surgeon security national communications economy economic housing shadow majority federal
    minority policy managing crown district circuit veteran solicitor auditor comptroller
    planning immigration infrastructure industry employment tourism sport sports climate
    science arts heritage resources fisheries corrections veterans communities business mining
    commerce welfare corporate senior presiding fire area regional
    group wing squadron air
    affairs external internal indigenous consumer multicultural religious
    """.split()
)

#: Words of tenure among TITLE_PREFIXES: before a name that is no title's head they belong
#: to the title after the name ("Former Bank of England governor Mark Carney"), never to
#: the name.
TENURE_WORDS = frozenset("former ex outgoing incoming interim acting mantan eks".split())

#: Words that extend a title head to its portfolio: "Menteri Luar Negeri", "Direktur Utama",
#: "Kepala Staf", "Jaksa Agung", "Menteri Koordinator Bidang Perekonomian"; near the end,
#: the faiths whose directorates a title serves ("Dirjen Pendidikan Islam") and the pilgrimage.
TITLE_EXTENSIONS = frozenset(
    """
    luar dalam negeri keuangan pertahanan perdagangan perindustrian pendidikan kesehatan
    agama sosial hukum ham pertanian perhubungan energi sumber daya mineral esdm bumn
    sekretaris sekretariat kabinet pariwisata ketenagakerjaan koordinator bidang politik
    keamanan perekonomian investasi kelautan perikanan kehutanan lingkungan hidup polkam imipas
    komunikasi informatika digital pemuda olahraga desa agraria tata ruang perumahan
    pekerjaan umum kebudayaan riset teknologi perencanaan pembangunan nasional
    utama umum eksekutif jenderal agung besar harian staf khusus muda tertinggi pelaksana
    bicara bersama negara senior divisi biro bagian seksi humas pusat operasi operasional
    korporasi pemasaran penerangan polhukam marves pmk darat udara daerah
    reskrim reserse kriminal narkoba lantas intelkam binmas samapta pengawas perbankan
    pasar modal pajak anggaran bea cukai imigrasi data informasi pengembangan usaha mikro
    kecil menengah koperasi ukm umkm kukm ptsp pol dasar tinggi sains pertama resnarkoba
    reskrimum reskrimsus binpres akademik kemahasiswaan redaksi teknik
    bimbingan bimas islam katolik kristen protestan hindu buddha konghucu khonghucu
    penyelenggaraan haji umrah
    financial operating technology information marketing investment commercial officer
    corporate communication communications public relations csr penkum
    pangan pemberdayaan masyarakat infrastruktur kewilayahan pemasyarakatan hak asasi manusia
    kependudukan keluarga perlindungan pekerja migran transmigrasi ekonomi kreatif perempuan
    anak hilirisasi tertinggal penuntut
    tindak pidana siber korupsi tertentu penyakit menular penyidikan penyelidikan penuntutan
    jatanras resmob renakta harda tipidkor tipidter tipiter tipideksus tipidum tipidsus
    tipidnarkoba krimum krimsus kamneg fismondev indagsi ppa ppo propam paminal pidsus
    pidum intel intelijen datun perdata inafis labfor puslabfor jibom gegana
    meteorologi klimatologi geofisika hubungan internasional
    """.split()
)
# (Near the end: the English C-suite, "Chief Financial Officer", "Chief Operating Officer",
# and the English portfolios of Indonesian firms' spokesmen, "Vice President Corporate
# Communication Pertamina", "VP Public Relations KAI"; "Kasi Penkum Kejati NTT" is the
# prosecutors' press section;
# last, the portfolios of the cabinet formed in 2024: "Menteri Koordinator Bidang Pangan",
# "Menteri Imigrasi dan Pemasyarakatan", "Menteri Hak Asasi Manusia", "Menteri
# Pemberdayaan Perempuan dan Perlindungan Anak"; the units of police detectives and
# prosecutors as the press abbreviates them, "Kasubdit Jatanras Ditreskrimum Polda Metro
# Jaya", "Kanit PPA Satreskrim", "Kasi Pidsus Kejari Bandung", "Kepala Seksi Intelijen
# Kejari Depok", "Kasi Perdata dan Tata Usaha Negara"; the fields of the weather
# agency's deputies and stations, "Deputi Bidang Meteorologi BMKG", "Kepala Stasiun
# Klimatologi Jawa Tengah".)

#: "Secretary of State", "Chief of Staff", "Minister of Finance": head + "of" + one of these.
OF_PORTFOLIOS = frozenset(
    """
    state defense defence staff finance health education justice the treasury commerce
    agriculture energy labor labour transportation homeland foreign interior
    """.split()
)

#: Portfolios after a title's "for" ("Minister for Health Mark Butler", "Secretary for
#: Justice"), as after "of", and the ministers' fields that open titles ("Trade Minister").
_FOR_PORTFOLIOS = OF_PORTFOLIOS - {"the", "state", "staff"} | frozenset(
    "trade environment education defence industry infrastructure housing tourism sport "
    "immigration employment resources science climate security transport".split()
)

#: Portfolios named like a party ("Labour leader Keir Starmer" is the party's): a title's
#: prefix only right before a capitalised cabinet head, "Labor Secretary Julie Su".
_PARTY_PORTFOLIOS = frozenset({"labor", "labour"})
_CABINET_HEADS = frozenset({("Secretary",), ("Minister",)})

#: The longest title phrase, in tokens: "Menteri Pendidikan Tinggi , Sains , dan Teknologi".
_MAX_TITLE_TOKENS = 9
_TITLE_STARTS = TITLE_HEADS | TITLE_PREFIXES | _PARTY_PORTFOLIOS


@lru_cache(maxsize=1 << 16)
def may_start_title(word: str) -> bool:
    """Cheap test before :func:`match_title`: could a title phrase start with ``word``?"""
    return word in TITLE_ABBREVIATIONS or word.lower() in _TITLE_STARTS or is_title_head(word)


@lru_cache(maxsize=1 << 14)
def is_title_word(word: str) -> bool:
    """Could ``word`` be part of a title phrase (head, prefix, extension, abbreviation)?"""
    low = word.lower()
    return (
        low in _TITLE_STARTS
        or low in TITLE_EXTENSIONS
        or word in TITLE_ABBREVIATIONS
        or is_title_head(word)
    )


def is_rank_title(words: Sequence[str], i: int, end: int) -> bool:
    """Is the title phrase ``words[i:end]`` a rank ("Kombes", "Brigjen TNI", "Irjen Pol"),
    so that the run after it is the person's name alone?"""
    j = i
    while j < end and words[j].lower() in TITLE_PREFIXES:
        j += 1
    return j < end and words[j].lower() in RANKS


#: Heads of Indonesian offices that one person holds in the land, whole without a body
#: named after them: "Presiden", "Wapres", "Kapolri" and the ministers' short titles
#: ("Menkeu", "Menlu"), so that capitals after them open the holder's name.
_SOLE_OFFICE_HEADS = frozenset(
    "presiden wapres kapolri wakapolri seskab jampidsus jampidum".split()
) | frozenset(w for w in TITLE_HEADS if w.startswith(("men", "wamen")) and w != "menteri")
#: Heads that are such an office with their portfolio after them: "Menteri Keuangan",
#: "Menteri Koordinator Bidang Perekonomian".
_PORTFOLIO_OFFICE_HEADS = frozenset({"menteri"})
#: Two-word titles of such an office: "Jaksa Agung" (not "Jaksa Penuntut Umum", who
#: belongs to an office named next).
_SOLE_OFFICE_PHRASES = frozenset({("jaksa", "agung")})


def is_sole_office(words: Sequence[str], i: int, end: int) -> bool:
    """Is the title phrase ``words[i:end]`` an Indonesian office of one person in the land
    ("Jaksa Agung", "Wakil Presiden", "Menteri Luar Negeri", "Menkeu"), which names no
    body after it, so that capitals right after it are the holder's initials ("Jaksa Agung
    ST Burhanuddin"), not a body's acronym ("Ketua MA Syarifuddin")?"""
    j = i
    while j < end and words[j].lower() in TITLE_PREFIXES:
        j += 1
    if j >= end:
        return False
    low = [w.lower() for w in words[j:end]]
    if tuple(low) in _SOLE_OFFICE_PHRASES:
        return True
    portfolio = low[1:]
    if any(w not in TITLE_EXTENSIONS or is_title_head(w) for w in portfolio):
        return False  # "Presiden Direktur": the head of a firm, named next
    return low[0] in _SOLE_OFFICE_HEADS or (low[0] in _PORTFOLIO_OFFICE_HEADS and bool(portfolio))


#: Forms of address that, written in capitals in a line that is not all capitals, are a
#: person's initials rather ("tersangka berinisial AR, MS dan TW"): "MS" is no "Ms". ("DR"
#: stays a doctor's title, as Indonesian writes it: "DR H Ahmad".)
INITIALS_LIKE_ADDRESSES = _ADDRESS_WORDS - {"dr", "dr."}


def is_title_head(word: str) -> bool:
    """A title head, also hyphenated: "President-elect", "Secretary-General"; not by a form
    of address inside a hyphenated given name ("Lip-Bu Tan", "Ah-Pak": "Bu", "Pak")."""
    low = word.lower()
    if low in TITLE_HEADS:
        return True
    return "-" in low and any(
        part in TITLE_HEADS and part not in _ADDRESS_WORDS for part in low.split("-")
    )


def portfolio_goes_on(words: Sequence[str], j: int) -> bool:
    """Does a title's list of portfolios go on at ``words[j]`` (after a comma: "Menteri
    Pendidikan Tinggi, Sains, dan Teknologi")? Not when another title begins there
    ("Menteri Keuangan, Menteri Luar Negeri")."""
    if j < len(words) and words[j].lower() == "dan":
        j += 1
    return j < len(words) and words[j].lower() in TITLE_EXTENSIONS and not is_title_head(words[j])


def match_title(words: Sequence[str], i: int) -> int:
    """Return the index just past a title phrase starting at ``words[i]``, or ``i`` if none.

    ``words`` are token texts. "Menteri Luar Negeri Marco Rubio" at 0 → 3; "Presiden AS" → 1
    (the country is a separate entity); "Secretary of State Rubio" → 3.
    """
    n = len(words)
    if i >= n:
        return i
    if words[i] in TITLE_ABBREVIATIONS:
        return i + 1
    j = i
    # Prefixes ("Wakil", "Foreign") only count when a head follows.
    while j < n and j - i < _MAX_TITLE_TOKENS and words[j].lower() in TITLE_PREFIXES:
        j += 1
    if (
        j < n
        and words[j].lower() in _PARTY_PORTFOLIOS
        and tuple(words[j + 1 : j + 2]) in _CABINET_HEADS
    ):
        j += 1
    if j < n and is_title_head(words[j]):
        head = words[j].lower()
        nxt = words[j + 1].lower() if j + 1 < n else ""
        if head in ("ibu", "bapak") and nxt == "kota":
            return i  # "Ibu Kota Nusantara" is a capital city, not a lady
        j += 2 if head == "wali" and nxt == "kota" else 1
        if head == "letnan" and j < n and words[j] in _RANK_GRADES:
            j += 1  # "Letnan Satu Inf Adi": the lieutenant's grade
        if head in _NUMBERED_TITLE_HEADS and j < n and words[j] in _TITLE_NUMERALS:
            j += 1  # "Deputi V Kantor Staf Presiden", "Asisten II Setda": the post's number
        if (head in RANKS or head in _CORPS_RANKS) and j < n and words[j] in _RANK_SERVICES:
            # "Brigjen TNI Deddy Suryadi", "Kapten Inf Suryadi": the rank's service or
            # corps, then the name
            return _past_retired(words, j + 1)
    elif j > i and words[j - 1].lower() in TITLE_HEADS:
        # "Attorney General": the last prefix word may itself be a head.
        pass
    else:
        return i
    while j < n and j - i < _MAX_TITLE_TOKENS:
        low = words[j].lower()
        if low in TITLE_EXTENSIONS or (
            is_title_head(words[j])
            and low not in SURNAME_HONORIFICS
            and words[j] not in ROYAL_GIVEN_NAMES
        ):
            j += 1
            if low in RANKS and j < n and words[j] in _RANK_SERVICES:
                return _past_retired(words, j + 1)  # "Kapendam Letkol Inf Rudi"
        elif low == "masyarakat" and words[j - 1].lower() == "bimbingan":
            j += 1  # "Dirjen Bimbingan Masyarakat Islam": the directorate for a faith
        elif (
            low == "perusahaan"
            and words[j - 1].lower() == "sekretaris"
            and _company_at(words, j + 1)
        ):
            j += 1  # "Sekretaris Perusahaan PT Telkom": the corporate secretary, of a company
        elif low in ("dan", "&") and j + 1 < n and words[j + 1].lower() in TITLE_EXTENSIONS:
            j += 2  # "Kepala Pusat Data dan Informasi", "Relations & CSR": two parts
        elif (unit_end := _unit_named_after(words, i, j)) > j:
            # "Kepala Pusat Gempa Bumi dan Tsunami BMKG": the rest is the unit's own name,
            # up to the acronym of the body it belongs to
            j = unit_end
            break
        elif low == "," and portfolio_goes_on(words, j + 1):
            j += 1  # "Menteri Pendidikan Tinggi, Sains, dan Teknologi": a list of them
        elif low in ("of", "for") and (end := _affairs_portfolio_end(words, j + 1)) > j + 1:
            j = end  # "Minister for Foreign Affairs", "Minister of Home Affairs"
        elif low == "of" and j + 1 < n and words[j + 1].lower() in OF_PORTFOLIOS:
            j += 2
            if words[j - 1].lower() == "the" and j < n:
                if _body_named_at(words, j):
                    break  # "Secretary of the Department of Homeland Security": the body's name
                j += 1
        elif low == "for" and j + 1 < n and words[j + 1].lower() in _FOR_PORTFOLIOS:
            j += 2  # "Minister for Health", "Secretary for Justice"
        else:
            break
    return _past_retired(words, j)


def _affairs_portfolio_end(words: Sequence[str], k: int) -> int:
    """Past a portfolio of affairs at ``k``, after a title's "for" or "of" ("Minister for
    Foreign Affairs", "Minister of Indigenous Affairs"): one or two capitalised words, then
    "Affairs"; ``k`` when none is there."""
    for m in (k + 1, k + 2):
        if m < len(words) and words[m] == "Affairs":
            return m + 1 if all(w[:1].isupper() for w in words[k:m]) else k
    return k


#: How far :func:`_body_named_at` looks for a body's head or last word.
_BODY_NAME_REACH = 6


def _body_named_at(words: Sequence[str], j: int) -> bool:
    """Does the name of a body open at ``j``, after "of the" in an English title: a head
    word first ("Secretary of the Department of Homeland Security") or a last word among
    the capitalised words (and "and", "of") after it ("Administrator of the National
    Aeronautics and Space Administration")? Then the title ends before it; else one
    capitalised word is the title's portfolio ("Secretary of the Treasury")."""
    if words[j].lower() in ORG_HEADS:
        return True
    for word in words[j + 1 : j + _BODY_NAME_REACH]:
        if word.lower() in ORG_TAILS:
            return True
        if not word[:1].isupper() and word not in ("and", "of"):
            return False
    return False


#: Words that open a company's name after "Sekretaris Perusahaan" (besides acronyms):
#: "Sekretaris Perusahaan Bank BTN" (but "Perusahaan Listrik Negara" is a company).
_COMPANY_OPENERS = frozenset({"Bank", "Perum", "Perumda"})


def _company_at(words: Sequence[str], k: int) -> bool:
    """Does a company's name open at ``k`` (its legal form, "Bank", or an acronym: "PT",
    "BRI")?"""
    return k < len(words) and (
        words[k] in _COMPANY_OPENERS or (len(words[k]) > 1 and words[k].isupper())
    )


#: Words for a unit inside a body ("Pusat", "Bidang", "Biro"): a title that names one goes
#: on with the unit's own name ("Deputi Bidang Geofisika BMKG").
_OFFICE_UNITS = frozenset("pusat bidang biro bagian divisi seksi direktorat subdirektorat".split())
#: The longest own name of a unit, in tokens: "Gempa Bumi dan Tsunami".
_MAX_UNIT_NAME = 5


def _unit_named_after(words: Sequence[str], i: int, j: int) -> int:
    """Where the own name of the unit the title ``words[i:j]`` names ("Kepala Pusat", "Deputi
    Bidang") ends, when one follows at ``j``, capitalised and ended by the acronym of its
    body; ``j`` when none does."""
    if words[j][:1].isupper() and any(w.lower() in _OFFICE_UNITS for w in words[i:j]):
        return _unit_name_end(words, j)
    return j


def _unit_name_end(words: Sequence[str], j: int) -> int:
    """End of a unit's own name at ``j`` ("Gempa Bumi dan Tsunami" before "BMKG"): capitalised
    words, joined by "dan" or commas, that a body's acronym follows; ``j`` when none is."""
    n = len(words)
    k = j
    while k < n and k - j <= _MAX_UNIT_NAME:
        word = words[k]
        if len(word) > 2 and word.isupper() and word.isalpha():  # the body's: "BMKG", "KPK"
            return k if k > j and words[k - 1] not in ("dan", ",") else j
        if not (word[:1].isupper() or (k > j and word in ("dan", ","))) or is_title_head(word):
            return j
        k += 1
    return j


def _past_retired(words: Sequence[str], j: int) -> int:
    """Past "(Purn)" at ``j``, the mark of a retired officer that goes with the title before
    the name ("Jenderal (Purn) Badrodin Haiti"); else ``j``."""
    retired = j + 2 < len(words) and words[j] == "(" and words[j + 2] == ")"
    return j + 3 if retired and words[j + 1].rstrip(".").lower() == "purn" else j
