"""Word lists that tell names apart from capitalised ordinary words, and name types apart.

All lowercase; Indonesian and English together (the sets are disjoint enough in practice).
Used by the entity annotator; kept here so the rules in ``entities/`` stay readable.
"""

# Word lists read best as text.
# ruff: noqa: SIM905

from __future__ import annotations

#: Function words and common sentence openers that are capitalised only because they start a
#: sentence or a headline; never (part of) a name on their own: Indonesian ones, then English
#: ones (see FUNCTION_WORDS).
ID_FUNCTION_WORDS = frozenset(
    """
    namun tetapi tapi sementara setiap semua beberapa banyak para sang si itu ini tersebut
    dan atau serta dengan untuk bagi dari di ke pada dalam oleh karena sebab jika kalau
    bila apabila ketika saat sejak hingga sampai setelah sebelum kemudian lalu akhirnya
    meski meskipun walaupun walau bahkan juga pun hanya sudah telah belum akan sedang masih
    ia dia mereka kami kita saya aku anda engkau beliau kalian
    yang apa siapa mana bagaimana mengapa kenapa kapan berapa
    ada tidak bukan jangan bisa dapat harus perlu mungkin pernah selalu sering
    menurut sebagai seperti sekitar terhadap tentang antara atas bawah selama tanpa
    bersama melalui kepada usai seusai jelang menjelang terkait soal mengenai
    kedua ketiga pertama terakhir lain lainnya selain sebagian seluruh tiap salah satu
    baik maupun adapun sedangkan padahal sehingga agar supaya maka jadi oleh-oleh
    selanjutnya sebelumnya sesudahnya kini sekarang nanti tadi kemarin besok dulu
    hari pekan minggu bulan tahun jam pukul pagi siang sore malam
    begitu demikian ya tak nah wah oh
    """.split()
)
EN_FUNCTION_WORDS = frozenset(
    """
    the a an this that these those there here it its he she they we i you his her their
    our my your who whom whose which what when where why how
    and or but nor so yet for of in on at to from by with without into onto over under
    after before during since until while as if because although though however meanwhile
    also still even just only then now today yesterday tomorrow tonight
    is are was were be been being has have had do does did will would can could should may
    might must shall not no yes all some many most more each every any both either neither
    such other another several few according despite amid among between about against
    outside inside behind beyond along alongside throughout within upon toward towards
    around through unlike besides beside
    rival rivals fellow elsewhere separately
    unseeded unbeaten embattled beleaguered struggling injured
    """.split()
)
FUNCTION_WORDS = ID_FUNCTION_WORDS | EN_FUNCTION_WORDS

#: Days and months: capitalised but handled by the time annotator, never entities.
CALENDAR_WORDS = frozenset(
    """
    senin selasa rabu kamis jumat jum'at sabtu minggu ahad
    januari februari maret april mei juni juli agustus september oktober november desember
    natal lebaran ramadan ramadhan idulfitri idul fitri adha imlek waisak nyepi christmas easter
    hijriah hijriyah masehi
    monday tuesday wednesday thursday friday saturday sunday
    january february march may june july august october december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

#: European particles, inside a name and opening a surname after a given name ("Laurence
#: des Cars", "Lula da Silva", "María de los Ángeles").
EUROPEAN_PARTICLES = frozenset(
    "van von der den ten ter de del della da do dos das des du le la los las".split()
)
#: Lowercase particles allowed inside a name between capitalised words ("Osama bin Laden",
#: "Vincent van Gogh", "Bank of America", "Ahmad bin Abdullah", "Rio Grande do Norte"; Batak
#: women's "boru", also written "br": "Tiurma boru Sitorus"; Filipino "ng": "Bangko Sentral
#: ng Pilipinas").
NAME_PARTICLES = (
    frozenset(
        """
    bin binti boru br ibn bte
    al el ng
    of for y & upon arap
    """.split()
    )
    | EUROPEAN_PARTICLES
)

#: Acronyms of common nouns in Indonesian news, no names: "RUU" (a bill), "PPN" (VAT),
#: "THR" (holiday bonus). (Those in NON_NAMES, "APBN", "BBM", "PHK", are no name words at
#: all and need no listing here.)
COMMON_ACRONYMS = frozenset(
    "RUU UU PPN PPh THR UMR UMP PSBB PPKM NIK SD SMP SMA SMK SPBU PLTU PLTA PLTS TPS TPA "
    # and a word of English results tables: "( home team in CAPS )"
    "CAPS".split()
)
#: Levels of school that open a school's name, as written: "SD Negeri 071 Hilimaera",
#: "SMAN 3 Yogyakarta", "SMK Muhammadiyah 2 Bantul" (alone they are common nouns, above).
SCHOOL_LEVELS = frozenset("SD SDN SMP SMPN SMA SMAN SMK SMKN MTs MTsN".split())

#: Possessors that sit inside organisation names rather than own the name after them: the
#: members a body serves or the patron it is named after ("Women's Institute", "Scottish
#: Fishermen's Federation", "King's College", "People's Bank of China"), also of events and
#: landmarks ("Breeders' Cup", "Players' Championship", "Giant's Causeway").
NAME_POSSESSORS = frozenset(
    """
    women men children fishermen farmers workers teachers nurses people peoples veterans
    citizens students miners writers taxpayers king queen prince princess
    breeders players owners drivers builders parents giant devil magistrates
    """.split()
)

#: First words of organisation names: "Partai Golkar", "Kementerian Keuangan", "PT Pertamina".
ORG_HEADS = frozenset(
    """
    partai kementerian kemenkeu kemlu kemendagri badan dewan majelis komisi lembaga
    kemenlu kemenkes kemenag kemendikbud kemendikbudristek kemenhub kemenkumham kemenpora
    kemensos kemnaker kemenaker kemenperin kemendag kementan kemenko kemenparekraf
    kemenkominfo kominfo kemhan kemenhan kemenpupr kemendes kemenkop kemenpan kemenhut
    kemendikdasmen kemendiktisaintek kemenkum kemenham kemenimipas kemenpar kemenekraf
    kemenbud kemenlh kementrans kemenpu kemenkomdigi komdigi kemenpppa kemensetneg
    pengadilan mahkamah kejaksaan kepolisian polda polres polresta polrestabes polsek
    satreskrim satnarkoba satlantas kodam korem kodim satresnarkoba satreskoba satintelkam
    satsamapta satpolairud ditreskrimum ditreskrimsus ditresnarkoba ditlantas ditintelkam
    koramil yonif brigif batalyon brigade resimen
    bank pt cv tbk universitas institut sekolah akademi politeknik yayasan perusahaan
    perserikatan persatuan perhimpunan ikatan asosiasi serikat gabungan himpunan sentra
    pemerintah pemprov pemkab pemkot pemko pemda direktorat subdirektorat subdit sekretariat kantor
    kedutaan kedubes konsulat pos setda setjen setwan
    dinkes disdik dishub inspektorat kejati kejari
    rumah tentara angkatan pasukan klub persatuan tim timnas organisasi gerakan front koalisi
    aliansi forum fraksi pengurus pimpinan kelompok paguyuban koperasi perkumpulan
    sinode persekutuan keuskupan puskesmas pesantren ponpes
    museum galeri perpustakaan sanggar perum perumda
    posyandu bumdes bumdesa poktan gapoktan pokdarwis
    kanwil satgas penerbit fakultas uin iain universiti daop
    bursa dinas palang kabinet pusat rsup rsud rsu rsia rspad balai
    federasi konfederasi liga uni otoritas komite kongres parlemen senat
    olympique stade sporting dynamo borussia
    ministry department university college institute bank party council committee office
    commission agency bureau court federation association union league organization
    organisation corporation company foundation church house senate congress parliament
    government police
    """.split()
)

#: Organisation heads whose next words name the place the branch serves: "Polres Sleman",
#: "Pemkab Bekasi", "Kejari Medan" (so "Sleman" is a place elsewhere in the text).
BRANCH_HEADS = frozenset(
    """
    polda polres polresta polrestabes polsek kodam korem kodim pemprov pemkab pemkot pemko
    pemda kejati kejari
    """.split()
)

#: Words in the names of public bodies (government, its agencies and councils, courts,
#: police), which name no company, club or union: Indonesian ones, all among
#: :data:`ORG_HEADS` ("Komisi Pemberantasan Korupsi", "Pemkab Bogor"; ministries' short
#: names open with "kemen" instead), and English ones ("Competition and Markets Authority").
ID_PUBLIC_BODY_WORDS = frozenset(
    """kementerian lembaga badan dinas komisi dewan otoritas direktorat kantor pemerintah
    pemkot pemko pemkab pemprov kepolisian kejaksaan pengadilan mahkamah""".split()
)
EN_PUBLIC_BODY_WORDS = frozenset(
    """ministry department agency council commission committee board regulator authority
    office administration bureau service centers centres court police government parliament
    organization organisation""".split()
)
PUBLIC_BODY_WORDS = ID_PUBLIC_BODY_WORDS | EN_PUBLIC_BODY_WORDS

#: Last words of organisation names: "Apple Inc", "Chelsea FC", "Labour Party".
ORG_TAILS = frozenset(
    """
    tbk persero inc inc. ltd ltd. corp corp. co co. llc plc ag gmbh sa nv bv fc cf sc ac afc
    group grup company corporation holdings partners bank party university college institute
    ministry department agency council committee commission association federation union
    foundation airlines airways motors news times post press journal network media
    international organization organisation authority court club league centre center
    athletic athletico united rovers wanderers albion hotspur reserve fund service police army
    navy exchange electronics technologies technology systems industries pharmaceuticals
    semiconductor capital securities insurance telecom mining office bureau board ventures
    construction logistics labs lab robotics energy power pharma pharmaceutical biotech
    therapeutics foods hospital society societies trusts alliance forum movement assembly front
    newsroom studies consortium bros bros. brothers books congress museum library school
    academy racing team mines fighters
    beverages brands retail motor automotive aerospace airline shipping steel chemicals
    resources petroleum oil gas solutions software networks communications dynamics
    analytics studios entertainment pictures films production productions records publishing
    textiles garments apparel
    hotels resorts realty
    properties estates investments asset assets management advisors consulting bancorp firm
    trust finance financial sekuritas persada asuransi
    transit transport transportation rail railway railways railroad freight ferries
    broadcasting telecoms utilities developments homes builders optics global chamber
    tribunal democrats republicans socialists water electric infirmary clinic administration
    zeitung rundschau tagblatt
    lending taskforce coalition health nation institution community
    programme images observatory laboratory cars mission research devices economics platform
    associates macroeconomics forces force corps guard stores supermarkets space
    marine maritime cargo
    """.split()
)

#: Words that introduce a person as someone's child: "his eldest son, Lachlan Murdoch",
#: "putra sulungnya, Agus Yudhoyono".
CHILD_WORDS = frozenset(
    "son sons daughter daughters child children putra putri putranya putrinya anak anaknya "
    "sulungnya bungsunya".split()
)
#: Words that introduce a person as someone's parent: "their father, Richard Williams".
PARENT_WORDS = frozenset("father mother parents ayah ayahnya ibunya ayahanda ibunda".split())
#: Words that introduce a person as someone's relative, so as not the story's main figure
#: of the name: "her sister, Ellie Reeves", "istrinya, Annisa Pohan".
RELATIVE_WORDS = (
    CHILD_WORDS
    | PARENT_WORDS
    | frozenset(
        "brother brothers sister sisters wife husband cousin nephew niece uncle aunt kakak "
        "kakaknya adik adiknya istri istrinya suami suaminya sepupu sepupunya keponakan "
        "keponakannya".split()
    )
)
#: Last words that tell a son from his father of the same name ("Martin Luther King Jr.",
#: "Martin Luther King III"): no surname.
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: A company's legal forms (lowercase, without their period), before or after its name: "PT",
#: "CV", "Tbk", "(Persero)", "Inc", "Co", "GmbH", "Sdn Bhd". The actor builder leaves them out
#: of a company's acronym ("GM" of "General Motors Co."); the entity annotator takes a name
#: ending in one of the few of them that never end a person's name for a company. Most are
#: among :data:`ORG_TAILS` too, which are all the words that may close an organisation's
#: name.
LEGAL_FORMS = frozenset(
    "pt cv tbk persero inc co corp ltd llc plc ag se sa nv bv gmbh berhad bhd sdn".split()
)

#: Head words of the regions a body's branch is named with: "BPBD Kabupaten Lumajang",
#: "KPU Kota Medan".
BRANCH_REGION_HEADS = frozenset({"kabupaten", "kota", "provinsi"})

#: First words of place names: "Kabupaten Bogor", "Laut Hitam", "Mount Everest".
PLACE_HEADS = frozenset(
    """
    kabupaten provinsi kota kecamatan desa kelurahan kampung dusun jalan jl. jl jln. pulau
    kepulauan laut selat teluk gunung pegunungan sungai danau tanjung semenanjung samudra
    samudera lembah bukit pantai kawasan wilayah distrik negara bagian benua
    bandara bandar pelabuhan stadion terminal rutan lapas istana monumen masjid taman alun-alun
    dataran
    kerajaan kesultanan
    nagari gampong kali kompleks gedung waduk bendungan jembatan sesar sirkuit lapangan asrama
    candi pura vihara klenteng keraton tol observatorium planetarium pasar kapanewon kalurahan gor
    stasiun gereja katedral makam
    padukuhan pedukuhan dukuh jorong
    simpang bundaran tugu patung
    perumahan komplek apartemen rusun rusunawa rusunami
    mount lake cape port fort gulf strait river loch estadio stadio parc palais palazzo piazza
    gmina
    """.split()
)

#: Last words of place names: "Black Sea", "Hudson River", "Oxford Street".
PLACE_TAILS = frozenset(
    """
    sea ocean river lake island islands mountain mountains hills valley bay gulf strait canal
    peninsula coast desert street avenue road square province county city district region
    garden gardens canyon reef falls glacier rim delta lagoon highlands springs creek heights
    beach
    state territory airport station park bridge lane stadium arena hill ground jail prison
    highway motorway freeway expressway boulevard
    palace castle abbey cathedral empire
    voivodeship oblast raion krai governorate
    building buildings courthouse memorial capitol
    utara selatan timur barat tengah tenggara daya laut raya pusat
    """.split()
)

#: Place tails that are surnames too ("Michael Beach", "Sarah Heights"): after a given name
#: they make no place by their form alone.
SURNAME_PLACE_TAILS = frozenset("beach creek springs heights".split())

#: Lowercase words before a name that say what kind of name follows.
ORG_CONTEXT = frozenset(
    """
    perusahaan platform aplikasi situs laman media surat kabar harian majalah stasiun klub
    partai organisasi kelompok lembaga maskapai bank raksasa startup produsen operator
    company firm platform app website newspaper broadcaster network club party group
    carrier airline maker manufacturer retailer startup insurer lender outlet regulator
    watchdog charity chain journal magazine tabloid daily weekly publisher label studio
    streamer supermarket brewer conglomerate giant subsidiary developer creditor union
    side champions holders hosts visitors rivals
    saham shares stocks stake rival
    distributor exporter importer miner
    utility unit division carmaker automaker chipmaker drugmaker brokerage consultancy
    start-up start-ups grup
    agency service grocer line shipper
    """.split()
)
PLACE_CONTEXT = frozenset(
    """
    kota kabupaten provinsi desa negara wilayah kawasan daerah pulau kampung kecamatan
    negeri benua lereng puncak kelurahan dusun distrik pelabuhan bandara terminal gunung
    perairan pesisir aliran hulu hilir muara bantaran waduk bendungan bendung embung pintu
    sungai danau pantai selat teluk city town village country province region state island capital
    river lake
    utara selatan timur barat tenggara daya
    constellation planet
    residents inhabitants
    port suburb suburbs outskirts municipality county enclave settlement hamlet community
    """.split()
)
#: Kinds of creative work, whose titles may hold "and" or "of" ("the novel War and Peace").
WORK_NOUNS = frozenset(
    """
    novel film movie album single song documentary memoir musical opera sitcom painting poem
    drama comedy thriller biopic sequel series podcast book
    lagu buku sinetron serial lukisan puisi
    """.split()
)
#: Kinds of works in the plural: before names ("the novels Normal People and Intermezzo"),
#: and before "of" and their maker ("the songs of Andrew Lloyd Webber").
WORK_NOUNS_PLURAL = frozenset("novels films movies albums songs books".split())
#: Kinds of products and works, before a name ("the drug Leqembi") or in an apposition after
#: it ("Leqembi, a new drug").
PRODUCT_NOUNS = WORK_NOUNS | frozenset(
    "drug medicine vaccine pill chatbot console smartphone".split()
)
#: Lowercase words before a name that make it a product, traded good or work, MISC:
#: "meluncurkan Kijang Innova", "harga Pertamax", "launched the Corvane", "the novel
#: Intermezzo", "her album Folklore".
PRODUCT_CONTEXT = PRODUCT_NOUNS | WORK_NOUNS_PLURAL
PRODUCT_CONTEXT |= frozenset(
    """
    meluncurkan merilis memperkenalkan harga merek produk varian indeks
    launched launches unveiled unveils brand model
    sales
    drugs medicines jab marketed
    titled entitled
    """.split()
)
#: Words right before a name that make it a person even when it looks like an acronym
#: ("pelaku berinisial RS").
PERSON_CONTEXT = frozenset({"inisial", "berinisial", "initials", "alias", "bernama"})
#: Prepositions that usually introduce a place ("di Jakarta", "in Paris").
PLACE_PREPOSITIONS = frozenset("di ke dari menuju sepanjang in at from near across".split())

#: Indonesian nouns that follow "di" to say where or when without naming a place ("di
#: Tengah Pandemi", "di Balik Layar", "di Era Digital"), besides the function words.
WHERE_NOUNS = frozenset(
    """
    tengah balik depan belakang luar samping sisi pinggir ujung tepi sela hadapan era masa
    akhir awal lokasi tempat rumah jalan laga final sidang sini sana situ mana kandang
    markas kantor kamar media dunia ruang ruangan panggung layar udara darat negeri jalur
    kampus tenda pengungsian hutan sawah kebun ladang toko warung kos hotel kafe restoran
    mal bioskop apartemen gang kolong parkiran bengkel dapur toilet lapak tanah air
    """.split()
)

#: Speech and reporting verbs next to a name make it a person ("kata Budi", "Budi said").
SPEECH_VERBS = frozenset(
    """
    kata ujar ucap tutur ungkap jelas tegas tambah tulis sebut terang papar imbuh
    mengatakan menyatakan menegaskan menjelaskan mengungkapkan menyebutkan menambahkan
    menulis berkata bertanya menjawab mengaku menilai meminta menyebut berujar
    said says say told tells added wrote asked replied stated explained argued noted
    """.split()
)

#: Capitalised tokens that are never names: currencies, time zones, units and common
#: all-caps abbreviations that are not organisations (among them the tests of a body's
#: matter: "tes DNA", "swab PCR"); the article and clause of a law
#: ("Pasal 365 ayat 2 KUHP"), a volcano's alert levels ("naik dari Siaga ke Awas") and the
#: heading of a page of short items ("WORLD BRIEFS"); and the styles a monarch, prelate,
#: envoy or judge is addressed by ("His Majesty", "Her Royal Highness", "His Holiness",
#: "Your Lordship"), which stand for a person without naming one; and the letters of a
#: rank or seat written after a name ("Tom Ashby KC", "Labour MEP Dara Quinlan"), which
#: end the person and are no entity of their own. (Not "TD", a bank's and an arena's name
#: too: "TD Garden"; for honours, "Ann Lee CBE", see the sentence reader's runs.)
NON_NAMES = frozenset(
    """
    majesty majesties highness highnesses excellency excellencies holiness eminence
    lordship ladyship
    rp us$ s$ a$ hk$ nz$ c$ usd idr eur gbp jpy sgd myr cny rmb aud cad chf inr rm
    wib wita wit gmt utc am pm a.m. p.m. ok tv pdb gdp no.
    ai ceo cfo km kg mw rt rw dpo bbm phk sms pc ii iii iv mp mps
    kc qc kcs qcs mep meps msp msps
    briefs
    wni wna tki tkw pns asn umkm apbn apbd ott ipo etf vat atm ktp npwp stnk cctv
    dbd ispa tbc klb odgj dna rna pcr
    pasal ayat siaga awas
    rupiah dolar dollar dollars ringgit internet cd-rom vip
    """.split()
) | frozenset(
    form
    for degree in (
        # Academic degrees written after a person's name ("Rina Kartika, S.H., M.H.",
        # "Ana Ruiz, PhD"): neither an entity nor part of the name. Each also without its
        # last period ("M.Si", "S.Ked").
        """
        s.h. m.h. s.e. m.m. s.pd. m.pd. s.si. m.si. s.sos. m.sos. s.kom. m.kom. s.ked.
        m.kes. s.kep. s.ip. s.hum. m.hum. s.ag. m.ag. s.t. m.t. s.psi. m.psi. s.ikom.
        s.farm. s.gz. m.ak. m.sc. b.sc. ph.d. ll.m. ll.b. ll.d. sp.og sp.a sp.pd sp.b sp.jp
        sp.n sp.m sp.kk sp.an sp.rad sp.ot sp.tht phd mba msc bsc llm lc.
        """.split()
    )
    for form in (degree, degree.rstrip("."))
)

#: States and their parts, named with "of" and a place: "Republic of Korea", "Kingdom of
#: Sardinia", "Province of Ancona", "County of Kent" are places, not the bodies ruling them.
POLITY_HEADS = frozenset(
    "republic kingdom state province county municipality prefecture region territory "
    "emirate duchy principality".split()
)
#: Words after which "of" continues a name: "University of Indonesia", "Bank of America".
OF_JOINERS = (
    frozenset(
        """
    university bank ministry department republic kingdom state states house isle gulf strait
    bay cape city institute school college museum library gallery archives theatre theater
    orchestra church court office board council
    centre center centres centers
    federation association union league organization organisation
    cup series championship championships games
    society academy foundation fund trust agency commission committee authority bureau
    community service chamber congress conference tribunal festival treaty battle movement
    alliance coalition campaign front party journal district port harbour harbor forum
    prize medal order tour government forces corps group
    empire
    """.split()
    )
    | POLITY_HEADS
)
#: Words after which "on" continues a name: "Treaty on European Union", "Convention on
#: Biological Diversity", "Committee on Foreign Affairs", "Intergovernmental Authority on
#: Development", "Council on Foreign Relations".
ON_JOINERS = frozenset(
    "treaty convention conference committee commission authority council institute".split()
)

#: Common nouns that often start a sentence before a speech verb ("Police said", "Warga
#: mengatakan"): a speech verb after them is no evidence of a name; and the Indonesian
#: counting words before such a noun or a title ("Seorang menteri Rusia").
COMMON_SUBJECTS = frozenset(
    """
    police officials residents witnesses analysts authorities experts critics investigators
    researchers scientists doctors prosecutors lawmakers officers protesters organisers
    organizers sources reports observers economists diplomats rescuers survivors voters
    dealers traders brokers bankers investors people staff women men children
    polisi warga pejabat petugas saksi pihak korban peneliti pengamat aparat ekonom
    penyidik relawan pengunjung penduduk nelayan petani pedagang mahasiswa siswa prajurit
    data hasil laporan survei riset studi kajian catatan sejumlah
    seorang para beberapa sebagian
    """.split()
)

#: Headline verbs the shared headline-verb test (predicates.headline_verb_strength) does not
#: know, as roots: Indonesian ones also with "-kan" or "-i" ("Tanggapi", "Peringatkan"),
#: English ones with "-s" or "-es" only ("Signals", "Hosts"; bare "Host", "Post" are nouns as
#: often), by the one stem test :func:`reader.analysis.predicates.headline_form_of`. A name
#: before one of them opens a Title Case headline ("Jokowi Minta …", "Fed Signals …"), and
#: no name runs across one.
HEADLINE_VERB_ROOTS = frozenset(
    """
    tanggap ungkap janji klaim sorot ajak imbau kritik perluas hapus keluh peringat
    pertahan akui nilai harap sebut minta jamin tegas ancam pamer puji sindir tawar soal
    lapor resmi yakin ingat umum penuh cek mangkir
    signal host break post pull thank deploy flood batter welcome expect call say tell
    return resign retire die endorse inspect see grip lay scale
    """.split()
)

#: Words that open Title Case headlines as their subject and are no names: happenings,
#: groups and things ("Banjir Rendam …", "Heavy Rain Floods …", "Nobody Expected …"). With
#: :data:`COMMON_SUBJECTS`, :func:`looks_like_common_noun` and the words the text writes in
#: small letters, what a headline's first words must not be to name its subject.
HEADLINE_SUBJECT_NOUNS = frozenset(
    """
    banjir longsor gempa kebakaran hujan angin cuaca harga pemerintah pemkot pemko pemkab
    guru dokter buruh ojol pemudik penumpang pendaki pelajar pasien pengungsi
    heavy rain storm fire flood floods prices shares stocks markets oil gold nobody
    drought heatwave wildfire wildfires quake earthquake blast explosion crash
    everyone someone anyone man woman teen boy girl family families workers
    dua tiga empat lima puluhan ratusan ribuan two three four five dozens hundreds thousands
    """.split()
)

#: Common nouns that qualify a role ("Opposition leader", "Health minister", "Police
#: chief", "Airport chief executive"), or say what the role is about ("Race director",
#: "Festival director", "Civil defence chief", "Water Minister"): at a sentence start, a
#: title after one of them is no evidence of a name (as it is in "Tesla CEO Elon Musk"). See also
#: :func:`looks_like_common_noun`.
ROLE_QUALIFIERS = frozenset(
    """
    opposition government health defence defense foreign finance interior justice education
    trade transport energy environment security police fire army military party union
    city state council county campaign team club school hospital court jury cabinet coalition
    community church business company village town regional local national intelligence industry
    film music art arts theatre football sports fashion science technology political
    tech media property mining shipping shareholder consumer investor labour environmental
    airport station prison museum library
    race tournament festival competition election emergency rescue relief aid disaster civil
    public medical legal water tax budget immigration border customs climate
    oposisi pemerintah partai
    """.split()
)
#: Endings of English abstract nouns ("Opposition", "Management"); not "-ance" or "-ity",
#: which end brand names too ("Reliance", "Fidelity").
_COMMON_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ship")


def looks_like_common_noun(word: str) -> bool:
    """Is ``word`` (any case) an ordinary noun rather than a name, by a short list of
    role-qualifying nouns or by an abstract-noun ending? Used only where nothing else says
    the word is a name."""
    low = word.lower()
    return (
        low in ROLE_QUALIFIERS
        or low in NOUNS_BEFORE_NAMES
        or (len(low) > 5 and low.endswith(_COMMON_NOUN_ENDINGS))
    )


#: Indonesian nouns that open a sentence right before a name and are never part of it: what
#: someone does or undergoes ("Kunjungan Xi Jinping ke Jakarta", "Penangkapan Budi Santoso")
#: and what someone does for a living ("Penyanyi Raisa Andriana tampil"). Titles that go
#: with a name ("Presiden", "Pelatih") are in titles.py instead.
NOUNS_BEFORE_NAMES = frozenset(
    """
    kunjungan pertemuan kedatangan kepulangan keberangkatan kepergian kehadiran kematian
    penangkapan penahanan pemeriksaan penetapan pelantikan pengangkatan pencopotan pemecatan
    penunjukan pencalonan pernyataan keputusan kebijakan usulan permintaan tuntutan gugatan
    kemenangan kekalahan pidato sambutan
    penyanyi musisi aktor aktris artis pelawak komedian sutradara produser pelukis penari promotor
    presenter selebgram pesinetron penulis sastrawan novelis penyair
    seniman budayawan perancang desainer koreografer dalang pematung fotografer perajin
    politikus politisi kader sejarawan arkeolog antropolog sosiolog
    """.split()
)

#: Words that name a church as a body of believers rather than a building: "Gereja Kristen
#: Jawa", "Gereja Masehi Injili di Minahasa", "Gereja Bethel Indonesia" are organisations,
#: "Gereja Katedral Jakarta" and "Gereja Santo Yosef" places.
CHURCH_BODY_WORDS = frozenset(
    """
    kristen protestan masehi injili injil pantekosta pentakosta bethel advent baptis lutheran
    methodist metodis reformed evangelis sidang
    """.split()
)


#: First words of named storms and similar events, which are MISC: "Typhoon Kalmaegi".
EVENT_HEADS = frozenset(
    "typhoon hurricane cyclone storm tropical topan badai siklon operation operasi piala "
    "olimpiade festival pesta ktt indeks tour treaty battle motogp kejuaraan kejurnas "
    # battles and wars, prizes, elections: "Perang Diponegoro", "Anugerah Musik Indonesia",
    # "Pilkada Serentak 2024"
    "pertempuran perang penghargaan anugerah pilkada pemilu pilpres pileg "
    # a tournament's qualifying rounds: "Kualifikasi Piala Dunia 2026"
    "kualifikasi prakualifikasi "
    # outbreaks, by the disease's name: "Virus Nipah", "Demam Berdarah Dengue", "Penyakit
    # Menular Seksual", "Flu Burung", "Cacar Monyet"
    "virus penyakit demam flu cacar".split()
)
#: Last words of named events and prizes, also MISC: "Asian Cup", "Nobel Prize".
EVENT_TAILS = frozenset(
    "cup championship championships premiership olympics games prize award awards festival fair "
    "summit open dialogue "
    "prix "
    "marathon show expo series trophy shield medal tour d'or slam finals classic carnival "
    # horse races: "Queen Anne Stakes", "Champion Hurdle", "Irish Derby"
    "stakes hurdle handicap derby "
    # pacts named as agreements: "Good Friday Agreement"
    "agreement "
    # stock indices: "Dow Jones Industrial Average", "Hang Seng Index"
    "average index "
    # laws and treaties: "Proceeds of Crime Act", "Maastricht Treaty", "First Amendment"
    "act treaty accord accords amendment".split()
)
#: First words of laws, bills and regulations, which Indonesian NER sets tag MISC together
#: with the rest of the name: "Undang-Undang Narkotika", "UU Cipta Kerja", "RUU Penyiaran",
#: "Perppu Nomor 2 Tahun 2022", "Rancangan Peraturan Daerah tentang Penanganan Sampah".
#: Only a run of capitalised words that opens with one counts ("UU" alone is no name).
LAW_HEADS = frozenset(
    """
    undang-undang uu ruu perppu perpu perpres permen permenkes permendagri permenkeu
    perda raperda pergub perbup perwali perkap perma peraturan rancangan kitab
    """.split()
)
#: Codes of law named by one capitalised word, MISC as laws are: "Pasal 365 KUHP".
LAW_CODES = frozenset("KUHP KUHAP KUHPerdata RKUHP UUD".split())
#: The words for "number" between a law's kind and its number: "UU Nomor 1 Tahun 2023",
#: "UU No. 13/2003".
LAW_NUMBER_WORDS = frozenset({"nomor", "no", "no."})

#: Military units named by their head word and a number, and maybe a name after a slash:
#: "Kodim 0832", "Korem 042/Garuda Putih", "Kodam IV/Diponegoro" (one organisation); and
#: the railway's operating regions, with their city: "Daop 2 Bandung".
NUMBERED_UNIT_HEADS = frozenset(
    "kodam korem kodim koramil yonif brigif lanud lantamal lanal daop batalyon brigade "
    "resimen".split()
)
#: Titles of the commanders of such units, whose number and name may follow them
#: ("Pangdam IX/Udayana", "Dandim 1609/Buleleng", "Danyon 741/Garuda Nusantara").
UNIT_COMMANDER_TITLES = frozenset(
    "pangdam danrem dandim danramil danyon danlanal danlantamal".split()
)

#: Words named with a letter after them: "Serie A", "Group B", "Plan A", "Grup C". The letter
#: is no initial, so its period may end a sentence ("second in Serie A. Inter then lost").
LETTER_TAKERS = frozenset("serie group grup pool division section plan grade category".split())

#: Competitions, elections and stock indices named by one word and a number: "Liga 1",
#: "Pemilu 2024", "Nikkei 225".
NUMBERED_EVENTS = frozenset(
    "liga ligue formula pilkada pemilu pilpres pileg euro super motogp moto2 moto3 nikkei".split()
)

#: Holidays and feasts, which English news sets tag as MISC ("Christmas", "Boxing Day",
#: "Eid al-Fitr"), lowercased, with a possessive glued to its word ("new year's eve"). The
#: single words among them are calendar words too (see CALENDAR_WORDS), which the time
#: annotator reads. Indonesian ones are in INDONESIAN_HOLIDAYS.
HOLIDAYS = frozenset(
    """
    christmas|christmas day|christmas eve|xmas|easter|easter sunday|easter monday|
    good friday|holy week|palm sunday|ash wednesday|maundy thursday|lent|pentecost|whitsun|
    new year|new year's day|new year's eve|chinese new year|lunar new year|boxing day|
    thanksgiving|thanksgiving day|halloween|valentine's day|st valentine's day|
    st patrick's day|st. patrick's day|mother's day|father's day|mothering sunday|
    independence day|memorial day|labor day|labour day|veterans day|armistice day|
    remembrance day|remembrance sunday|martin luther king day|martin luther king jr. day|
    mlk day|bastille day|australia day|
    anzac day|canada day|may day|guy fawkes night|bonfire night|hogmanay|mardi gras|
    black friday|cyber monday|ramadan|ramadhan|eid|eid al-fitr|eid al-adha|eid ul-fitr|
    eid ul-adha|diwali|hanukkah|chanukah|passover|yom kippur|rosh hashanah|purim|kwanzaa|
    nowruz|vesak|
    election day|polling day|inauguration day|presidents day|presidents' day|columbus day|
    victory day|national day|republic day|constitution day|unification day|flag day|
    st george's day|st andrew's day|st david's day|earth day|d-day|ve day|super tuesday
    """.replace("\n", "")
    .replace("    ", "")
    .split("|")
)

#: Indonesian holidays and feasts, tagged MISC as English news sets tag "Christmas", lowercased
#: and written out as the press does ("Idul Adha", "Hari Raya Nyepi", "Tahun Baru Imlek"). Left
#: out: "Ramadan", a month in Indonesian and a surname ("Bayu Ramadhan"), and "Kuningan", a
#: regency as often as a Balinese feast.
INDONESIAN_HOLIDAYS = frozenset(
    """
    idul fitri|idulfitri|hari raya idul fitri|idul adha|iduladha|hari raya idul adha|lebaran|
    natal|hari natal|hari raya natal|paskah|jumat agung|kenaikan isa almasih|waisak|
    hari raya waisak|nyepi|hari raya nyepi|galungan|imlek|tahun baru imlek|cap go meh|
    tahun baru|tahun baru islam|malam tahun baru|maulid nabi|isra miraj|isra mi'raj|
    hari kemerdekaan|hari buruh|hari pahlawan|hari kartini|hari santri|hari guru nasional|
    sumpah pemuda
    """.replace("\n", "")
    .replace("    ", "")
    .split("|")
)

#: Words that follow "Hari" in the names of commemoration days, MISC as holidays are: "Hari
#: Ibu", "Hari Kesaktian Pancasila", "Hari Sumpah Pemuda", "Hari Bhayangkara", and
#: anniversaries ("Hari Ulang Tahun Bhayangkara", "Hari Jadi Kota Bogor"). Not words
#: that follow "Hari" as a man's given name ("Hari Tanoesoedibjo", "Hari Purnomo", "Hari
#: Dharma"). Days whose name ends in one of COMMEMORATION_TAILS need no listing here.
COMMEMORATION_WORDS = frozenset(
    """
    ibu ayah anak guru buruh pahlawan santri pers bumi air hutan lingkungan pangan kesehatan
    pendidikan kebangkitan kesaktian lahir sumpah bhayangkara kartini batik bela tani
    nelayan perempuan disabilitas aids gizi olahraga keluarga kemerdekaan veteran ulang jadi
    """.split()
)
#: Last words of commemoration days opening with "Hari": "Hari Pers Nasional", "Hari Pangan
#: Sedunia", "Hari Perempuan Internasional".
COMMEMORATION_TAILS = frozenset({"nasional", "sedunia", "internasional"})

#: Vehicles and devices named before their brand and model: a name of two words or more
#: right after one is a product, MISC ("sepeda motor Honda Beat", "mobil Toyota Avanza",
#: "ponsel Samsung Galaxy A54"); a brand alone stays what it is ("mobil Toyota").
MODEL_NOUNS = frozenset("mobil motor truk ponsel skuter pikap minibus".split())

#: Chinese and Korean surnames, which come first in the name ("Xi Jinping", "Yoon Suk Yeol")
#: and stand alone for the person later ("Xi juga bertemu ..."). Not those that are common
#: English words or place words ("He", "Ma", "Sun", "Song", "Park", "Moon", "Hong").
EAST_ASIAN_SURNAMES = frozenset(
    """
    Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Zhu Hu Guo Lin Gao Luo Zheng Liang
    Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Cheng Wei Ding Shen
    Yao Wen Kim Lee Choi Jung Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Yoo
    """.split()
)

#: Common given names (English, European, Latin American, Indonesian, Arabic, African,
#: Ukrainian, Persian), as written: a
#: run that starts with one is a person even at the start of a sentence ("Chris Sutton scored",
#: where "Sutton" is also a town), and a country that is a given name ("Jordan") does not make a
#: run an organisation. Deliberately modest: common names only, never keyed to any text.
GIVEN_NAMES = frozenset(
    """
    Adam Alan Albert Alex Alexander Alice Amanda Amy Andrew Andy Angela Anna Anne Anthony
    Antonio Barbara Ben Benjamin Bill Bob Brian Carl Carlos Caroline Catherine Charles
    Charlie Chris Christopher Claire Daniel David Dennis Diana Dmitry Edward Elizabeth
    Emily Emma Eric Frank Gary George Georgia Graham Hannah Harry Helen Henry Ian Jack
    Jacob James Jan Jane Jason Jean Jennifer Jessica Jim Joe John Jonathan Jordan Jose Joseph
    Juan Julia Karen Kate Kevin Laura Lisa Louis Luis Maria Mark Martin Mary Matthew Michael
    Michelle Mike Nicholas Nick Oliver Patrick Paul Peter Philip Rachel Richard Robert Roger
    Ryan Sam Sarah Scott Sean Simon Stephen Steve Steven Susan Thomas Tim Tom Tony Victoria
    Vladimir William Ahmad Ahmed Ali Budi Dewi Agus Andi Bambang Hendra Joko Rudi Siti Sri
    Wahyu Yusuf Muhammad Mohammed Mohamed Abdul Nur Putri Rina Dian Eko Fajar Indra Rizky
    Rizal Dedi Dani Nurul Hadi Arif Rahmat Slamet Teguh Bayu Dimas Ketut Wayan Hari
    Fatima Aisha Omar Hassan Ibrahim Hans Klaus Pierre Marco Giovanni Pablo Sergei Ivan Olga
    Yuki Hiroshi Wei
    Lewis Max Sergio Fernando Lionel Cristiano Roberto Rafael Novak Andre Pete Boris Steffi
    Serena Venus Monica Martina Gabriela Conchita Goran Stefan Michel Francois Jacques
    Philippe Nicolas Emmanuel Olaf Helmut Gerhard Friedrich Wolfgang Jurgen Dieter Manfred
    Franz Karl Heinz Werner Giuseppe Luca Paolo Alessandro Francesco Matteo Andrea Silvio
    Massimo Fabio Gianluca Diego Miguel Javier Alejandro Manuel Pedro Jorge Felipe Alexei
    Mikhail Yuri Igor Nikolai Viktor Andrei Pavel Anatoly Gennady Yevgeny Dmitri Oleg Natalia
    Tatiana Irina Elena Svetlana Kenji Takeshi Akira Rahul Sachin Amit Vijay Sanjay Imran
    Shane Brett Glenn Damon Mika Nigel Ayrton Alain Sebastian Kimi Nico Gordon Margaret Neil
    Kenneth Malcolm Colin Stuart Gareth Rhys Dylan Kieran Declan Liam Connor Callum Craig
    Darren Gavin Trevor Keith Barry Terry Wayne Shaun Neville Ruud Arsene Marcus Heather
    Sophie Charlotte Olivia Amelia Lucy Rebecca Natalie Nicola Joanna Katherine Louise Julie
    Deborah Janet Ruth Hillary Nancy Kamala Ursula Christine Theresa Rishi Keir Donald Barack
    Bernie Jeremy Justin Jacinda Narendra Shinzo Recep Benazir Nelson
    Marianne Marie Patricia Linda Sandra Donna Carol Sharon Melissa Stephanie Nicole
    Samantha Katie Diane Jacqueline Joanne Gillian Fiona Alison Judith Pamela Valerie
    Kathleen Eleanor Ellen Rosemary Sally Wendy Tracy Paula Jill
    Matt Jeff Greg Doug Todd Brad Jeffrey Gregory Timothy Raymond Larry Walter Harold
    Arthur Ralph Fred Alfred Bruce Dave Ron Ronald Joshua Tyler Aaron
    Adrian Hugh Ewan Angus Duncan Alistair Jamie Joel Ethan Luke Nathan Owen Toby
    Maggie Chloe Megan Lauren Zoe Ella Isla Freya Abigail Harriet Molly Jasmine Maya Mia Ava
    Sophia Isabella Ashley Brittany Heidi Cynthia Ariana Ann
    Samuel Jerry Zachary Kyle Noah Alfie Freddie Archie Jon Rob Rory Jude Harvey Reece Phil
    Iain Kemi Wes Mitch Hakeem Valtteri Esteban Kylian Erling Lando
    Stewart Roy Ernie Stan Glen Derek Geoffrey Graeme Gerry Howard Jimmy Johnny Kenny
    Ray Rodney Roland Lawrence Leonard Vincent Victor Wesley Clive Cyril Eddie Herbert
    Marvin Reggie Ricky Robbie Ronnie Tommy Vernon Willie Bobby Danny Alec
    Brenda Dorothy Doris Gloria Joan Joyce Lorraine Maureen Sheila Shirley Sylvia Yvonne
    Anita Cheryl Denise Gail Jenny Teresa Vanessa
    Naomi Aryna Bruno Marta Iga Coco Jannik Daniil Beatriz Ana Lucas Mateo Gabriel Felix Hugo
    Joao Thiago Paulo Ricardo Elina Jelena Petra Simona Karolina Daria Anastasia Ekaterina
    Yannick Laurence Isabelle Antoine Dominique
    Nicky Jonny Ollie Josh Jake Becky Vicky Gemma Kirsty Lindsay Carly Danielle Leah Holly
    Tubagus Danang
    Markus Yohanes Yohanis Yosef Lukas Matius Paulus Petrus Yakobus Agustinus Stefanus
    Fransiskus Yulius Marthen Benediktus Hendrik
    Oleksandr Oleksiy Volodymyr Andriy Serhiy Mykola Yuriy Dmytro Vitali Vitaliy Ihor
    Vadym Mykhailo Vasyl Olena Yulia Mohammad Mahmoud Masoud Hossein Abbas Alireza Javad
    Gustavo Ignacio Mario Claudia Carla Lucia Cristina Andres Andrés Alberto Eduardo Enrique
    Ernesto Rodrigo Camila Valentina Luiz Kwame Kofi Julius Ousmane Mamadou Moussa
    """.split()
)


def is_given_name(word: str) -> bool:
    """Is ``word`` a common given name (GIVEN_NAMES), perhaps in the other spelling of its
    pet form ("Freddy" for "Freddie", "Jimmie" for "Jimmy")? Pet forms are spelt both ways,
    and the list keeps one."""
    if word in GIVEN_NAMES:
        return True
    if word.endswith("y"):
        return word[:-1] + "ie" in GIVEN_NAMES
    return word.endswith("ie") and word[:-2] + "y" in GIVEN_NAMES


#: Common English surnames ending in -s (Welsh and patronymic ones mostly), none of them an
#: English plural: alone opening a sentence before a speech verb ("Jones said", "Williams
#: said") they are a person where a plural noun of the same shape ("Aides said") is none.
SURNAMES_IN_S = frozenset(
    """
    Jones Williams Davies Evans Roberts Edwards Hughes Phillips Adams Collins Stevens
    Stephens Rogers Reynolds Richards Simmons Jenkins Perkins Hopkins Watkins Dawkins Wilkins
    Atkins Hawkins Higgins Robbins Matthews Mathews Andrews Peters Owens Myers Meyers Sanders
    Parsons Rhodes Hayes Daniels Nichols Jacobs Michaels Gibbs Giles Barnes Hodges Bates
    Holmes Knowles Stokes Sykes Dickens Watts Combs Childs Lyons Burns Brooks Woods Mills
    Wells Sims Walters
    """.split()
)


#: English past tenses that only people do, lowercase: a lone unknown word opening a
#: sentence before one is someone's name ("Kessler praised the statue", "Mbeki apologised
#: to the family"), where a body or a thing would not ("arrived", "won", "rose" are done by
#: trains, teams and prices too).
PERSONAL_PAST_VERBS = frozenset(
    """
    praised thanked apologised apologized wept smiled grinned nodded shrugged hugged kissed
    married divorced confessed pleaded testified prayed sang danced frowned blushed
    """.split()
)


#: English past tenses of doing that people and bodies do but things and amounts do not,
#: lowercase: a lone word shaped as a name opening a sentence before one is a name, a
#: person's unless the text says otherwise ("Verstappen won in Monza", "Kostal rejected the
#: plan", "Ruto signed the bill"; not "Prices rose", "Inflation slowed"). "beat" only before a
#: name ("Sinner beat Alcaraz"; "Revenue beat forecasts" is no name).
AGENT_PAST_VERBS = frozenset(
    """
    won rejected signed resigned retired vetoed refused vowed pledged appointed nominated
    endorsed visited met died joined quit scored defeated criticised criticized condemned
    blamed welcomed accused dismissed denied admitted conceded crashed overtook clinched
    fled survived sued hired sacked fired defended called urged warned demanded hailed
    """.split()
)
#: Ordinary English words that open a sentence before one of AGENT_PAST_VERBS, lowercase, that
#: no shape test rules out: adverbs, ordinals, kin, groups and stand-ins for people ("Later
#: won", "First came", "Dad died", "Women won the vote"); amounts are ruled out by their words.
NO_AGENTS = frozenset(
    """
    later earlier then together instead again once here there
    first second last next another other
    mum mom dad father mother grandma grandpa granny grandmother grandfather wife husband son
    daughter brother sister uncle aunt baby
    women men people children voters fans residents protesters officials
    analysts experts witnesses neighbours neighbors relatives locals authorities sources aides
    colleagues friends families troops police insiders diplomats allies staff crews pupils
    everybody somebody anybody nobody someone anyone everyone none
    """.split()
)
#: Endings of English abstract nouns and adverbs besides _COMMON_NOUN_ENDINGS ("Democracy",
#: "Security", "Terrorism", "Eventually", "Recently"); surnames in "-ly" ("Kelly", "Daly")
#: end otherwise.
ABSTRACT_ENDINGS = ("cy", "ity", "ism", "ally", "tely", "ntly", "ously", "ckly")


#: Endings that only surnames take among capitalised words: Slavic ("Kowalski", "Sikorska",
#: "Petrovic", "Shevchenko", "Lavrov"), Romanian, Greek, Georgian, Turkish, Armenian and
#: Spanish patronymic ones, and Swedish "-sson" ("Andersson"; "Ericsson" is in the
#: gazetteer). Brands are not coined so ("-son" and "-mann" are: "Dyson").
_SURNAME_ENDINGS = (
    "ski", "ska", "cki", "cka", "wicz", "czyk", "czak", "vich", "vic", "vić", "ić", "enko",
    "chuk", "czuk", "sson", "escu", "poulos", "akis", "idis", "shvili", "adze", "oglu", "oğlu",
    "yan", "ova", "eva", "ov", "ev", "ez",
)  # fmt: skip


#: Openings of names that no English word has, lowercase: African, Slavic, Hungarian and
#: Albanian ones ("Mbeki", "Ndlovu", "Nkosi", "Nguema", "Nwosu", "Dzeko", "Kwarteng",
#: "Szabo", "Zbigniew", "Zverev", "Xhaka", "Djokovic").
_NAME_ONSETS = frozenset("mb nd ng nk nw nz dz kw sz zb zv xh dj".split())


def surname_shaped(word: str) -> bool:
    """Is ``word`` shaped as a surname and as no company's name: one of the common English
    surnames in -s, an Irish "O'" name ("O'Leary"), or a foreign one (see
    :func:`foreign_surname_shaped`)? Alone before "said it would" such a word is still a
    person speaking of something else ("Kowalski said it would take months")."""
    if word in SURNAMES_IN_S:
        return True
    if word[:2] in ("O'", "O’") and word[2:3].isupper():
        return True
    return foreign_surname_shaped(word)


def foreign_surname_shaped(word: str) -> bool:
    """Is ``word`` shaped as no English word but as a foreign surname: of six letters or
    more with a surname's ending (_SURNAME_ENDINGS), or of four or more opening as no
    English word does (_NAME_ONSETS)? Unlike an English surname ("Williams", a team too),
    such a word alone opening a sentence is a person ("Mbeki arrived late")."""
    if len(word) < 4 or not word[1:].islower():
        return False
    return word[:2].lower() in _NAME_ONSETS or (len(word) >= 6 and word.endswith(_SURNAME_ENDINGS))


def abbreviates(short: str, name: tuple[str, ...]) -> bool:
    """Can ``short`` be read off ``name`` as a short form written in mixed case ("Indef" of
    "Institute for Development of Economics and Finance", "Lekon" of "Lembaga Kajian
    Ekonomi Nusantara")? Its first letter is the name's; each other letter is the initial of
    the next capitalised word or comes later in the current one (or a later one); and at
    least half of the capitalised words lend a letter."""
    low = short.lower()
    if len(low) < 3 or not low.isalpha() or low[0] != name[0][:1].lower():
        return False
    capitalised = [k for k, word in enumerate(name) if word[:1].isupper()]
    used = {0}
    w, pos = 0, 1
    for ch in low[1:]:
        nxt = next((k for k in capitalised if k > w), -1)
        if nxt > 0 and name[nxt][0].lower() == ch:
            w, pos = nxt, 1
        elif (found := name[w].lower().find(ch, pos)) >= 0:
            pos = found + 1
        else:
            later = next((k for k in range(w + 1, len(name)) if ch in name[k].lower()), -1)
            if later < 0:
                return False
            w, pos = later, name[later].lower().index(ch) + 1
        used.add(w)
    return 2 * len(used.intersection(capitalised)) >= len(capitalised)
