"""Word lists shared by the quote and event annotators: speech verbs, pronouns, attribution cues.

Kept in one place so "who said it" (quotes) and "is this clause only a speech frame" (events)
agree on what counts as saying something. All entries are lowercase; lookups lowercase first.
"""

from __future__ import annotations


def word_set(words: str) -> frozenset[str]:
    """A frozenset from a whitespace-separated word list (keeps long lists readable)."""
    return frozenset(words.split())


# Indonesian speech-verb roots used bare after a quote ("…,” kata X / ujar X / tambah Rubio)
# and with the -nya clitic ("…,” katanya / tulisnya / tambahnya), which means "he/she said".
ID_SPEECH_ROOTS = word_set(
    """kata ujar ucap tutur tambah tulis jelas ungkap sebut lanjut imbuh tegas terang papar
    klaim pungkas tandas tukas seru kilah sambung timpal bilang cetus tanya jawab urai
    cuit kicau keluh aku sesal pinta harap kenang tutup ajak imbau seloroh kelakar sindir
    beber tepis bantah sergah sahut pesan kisah cerita celetuk canda teriak bisik balas
    sanggah"""
)

# Prefixed Indonesian verbs of saying, describing and announcing ("X mengatakan …",
# "X menggambarkan … sebagai “…”"), and the bare forms a pronoun subject takes in speech
# ("saya sampaikan ke senat, “…”", "seperti dia katakan"). Describing/calling verbs count:
# their quoted complement is the subject's own wording.
ID_SPEECH_VERBS = word_set(
    """mengatakan berkata menambahkan menulis menuliskan menjelaskan mengungkapkan menyebut
    menyebutkan menegaskan menyatakan menuturkan mengucapkan menggambarkan mengklaim
    memperingatkan berujar bertanya menerangkan memaparkan melanjutkan mengimbuhkan
    berkomentar menilai mengaku mengakui menyampaikan mengumumkan menjawab menekankan
    mengingatkan membantah menyangkal menandaskan berpendapat bercerita menceritakan berpesan
    mencuit menanggapi mengeluhkan mengkritik menyebutnya menamakan menjuluki membeberkan
    menepis mengimbau mengajak menyesalkan menyayangkan mengenang berjanji menjanjikan
    mempertanyakan memastikan menimpali menyahut berseloroh berkelakar menyindir
    katakan sampaikan tegaskan jelaskan ungkapkan
    berteriak meneriakkan berbisik membisikkan bergumam menjerit"""
)

# English verbs of saying and describing, all inflections that occur in news, and the manner
# verbs features use as speech tags ("“…,” he laughs", "she murmured"). Present forms matter
# for headlines and features ("Minister vows …", "“…,” she insists"); those that are mostly
# plural nouns ("demands", "comments", "promises") are left out, as are "assert" and
# "asserts", which in text about software are the code word (only "asserted" is kept).
EN_SPEECH_VERBS = word_set(
    """say says said saying tell tells told telling add adds added adding write writes wrote
    writing state states stated explain explains explained note notes noted ask asks asked
    reply replies replied respond responds responded warn warns warned insist insists insisted
    argue argues argued claim claims claimed declare declares declared announce announces
    announced remark remarked continue continued recall recalls recalled describe describes
    described describing call calls called calling admit admits admitted acknowledge
    acknowledged stress stressed emphasise emphasised emphasize emphasized confirm confirmed
    deny denies denied post posted tweet tweeted predict predicted promise promised vow vowed
    urge urged suggest suggested conclude concluded shout shouted joke joked quip quipped
    comment commented agree agreed concede conceded counter countered retort retorted
    recount recounted reveal revealed observe observed assure assured lament lamented
    complain complained caution cautioned maintain maintained reiterate reiterated testify
    testified plead pleaded demand demanded disclose disclosed muse mused wonder wondered
    boast boasted pledge pledged reflect reflected snap snapped remind reminds reminded
    asserted
    laugh laughs laughed sigh sighs sighed whisper whispers whispered murmur murmurs murmured
    mutter mutters muttered yell yelled scream screamed exclaim exclaimed chuckle chuckled
    vows urges reveals predicts confirms concedes quips jokes acknowledges emphasises
    emphasizes reiterates discloses maintains cautions complains laments assures observes
    recounts retorts agrees shouts concludes suggests accuse accuses accused accusing"""
)

# Verbs of saying in the other languages the built-in backend reads, past and present (a
# compound past adds its participle: "a déclaré", "ha detto", "heeft gezegd"). Only the
# common wire-copy verbs; each language's list is its own, so a word of one never cues another.
EUROPEAN_SPEECH_VERBS = {
    "de": word_set(
        """sagte sagt sagten sagen gesagt erklärte erklärt erklärten betonte betont meinte
        meint fügte ergänzte ergänzt warnte warnt kritisierte kritisiert forderte fordert
        teilte schrieb schreibt berichtete sprach antwortete räumte kündigte versicherte
        bekräftigte unterstrich hieß heißt verkündete bestätigte erläuterte beteuerte
        mahnte bezeichnete"""
    ),
    "fr": word_set(
        """dit déclaré affirmé expliqué ajouté souligné indiqué estimé précisé assuré
        annoncé confié répondu lancé prévenu insisté martelé reconnu regretté rappelé
        dénoncé jugé déclare affirme explique ajoute souligne indique estime précise assure
        annonce confie répond lance prévient insiste martèle reconnaît regrette rappelle
        dénonce juge raconté raconte témoigné témoigne détaillé détaille averti plaidé
        déploré commenté qualifié"""
    ),
    "es": word_set(
        """dijo dice afirmó afirma declaró declara explicó explica añadió añade aseguró
        asegura señaló señala indicó indica subrayó subraya destacó destaca advirtió
        advierte insistió insiste reconoció reconoce respondió responde manifestó
        manifiesta apuntó apunta comentó comenta sostuvo sostiene agregó agrega admitió
        criticó denunció lamentó anunció anuncia recalcó recalca reiteró reitera precisó
        aclaró aclara defendió defiende expresó concluyó relató sentenció calificó"""
    ),
    "pt": word_set(
        """disse diz afirmou afirma declarou declara explicou explica acrescentou
        acrescenta garantiu garante ressaltou ressalta destacou destaca informou informa
        avaliou avalia alertou alerta respondeu responde comentou comenta admitiu
        reconheceu criticou lamentou anunciou anuncia sublinhou sublinha salientou
        salienta frisou frisa reiterou reitera defendeu defende adiantou adianta assegurou
        assegura revelou concluiu classificou"""
    ),
    "it": word_set(
        """detto dichiarato affermato spiegato aggiunto sottolineato precisato assicurato
        annunciato commentato ribadito osservato risposto avvertito ammesso denunciato
        dice dichiara afferma spiega aggiunge sottolinea precisa assicura annuncia
        commenta ribadisce osserva risponde avverte ammette denuncia disse evidenziato
        rimarcato sostenuto chiarito concluso replicato definito"""
    ),
    "nl": word_set(
        """zei zegt zeggen gezegd verklaarde verklaart benadrukte benadrukt stelde stelt
        voegde legde schreef schrijft waarschuwde waarschuwt vertelde vertelt antwoordde
        reageerde liet meldde meldt aldus kondigde onderstreepte erkende bevestigde
        concludeerde noemde"""
    ),
}

# "menurut X" / "according to X" / "in the words of X": the attribution names the source
# after the cue; in "menurutnya" ("according to him/her") the source is the person "-nya"
# stands for.
ACCORDING_TO = {
    "id": ("menurut", "menurutnya"),
    "en": ("according to", "in the words of"),
    "de": ("laut", "nach angaben von", "nach angaben"),
    "fr": ("selon", "d'après"),
    "es": ("según", "de acuerdo con"),
    "pt": ("segundo", "de acordo com", "conforme"),
    "it": ("secondo", "stando a"),
    "nl": ("volgens",),
}
# "by her count", "by his account", "in their words": the source is the person the possessive
# stands for. By the noun (a word rarer than the preposition, so fewer words are looked at
# twice), with the preposition that comes before the possessive.
POSSESSIVE_SOURCES = {"count": "by", "account": "by", "words": "in"}
ACCORDING_CLITICS = word_set("menurutnya")

# Speech idioms of a verb that is no speech verb on its own and the word that must follow it
# ("that was how the MP put it", "as she put it").
SPEECH_IDIOMS = {"put": "it"}

# Words after a quote that point back at it and name its source a word or two later
# ("…,” demikian pesan Mulyadi / demikian Anhar / demikian disampaikan Bayu), and what a
# document reads ("…,” bunyi keterangan tertulis BMKG": its issuer is the speaker).
SOURCE_POINTERS = word_set("demikian begitu bunyi")

# Indonesian speech verbs in the passive, whose agent, named right after, is the speaker
# ("…,” disampaikan Budi", "“…” Hal itu disampaikan Kapolres Ronni kepada wartawan").
ID_PASSIVE_SPEECH_VERBS = word_set(
    """disampaikan dikatakan diungkapkan ditegaskan dijelaskan disebutkan diutarakan
    dituturkan dinyatakan diucapkan diterangkan dipaparkan"""
)

# Openings of a sentence after a quote that points back at it ("“…” That was Natarajan's
# verdict." / "That was how the MP put it." / "Itulah penilaian Faisal." / "Hal itu
# disampaikan Ronni …"): the sentence is the quote's cue even though it is a sentence of its
# own. By first word, with the words that may follow it ("that was", "that is"; nothing after
# "itulah"). ("Hal senada disampaikan X", a like thing said, is someone else's.) An
# Indonesian noun for what was said points back too ("Pernyataan itu disampaikan X").
BACK_POINTERS: dict[str, frozenset[str]] = {
    "that": word_set("was is"),
    "this": word_set("was"),
    "those": word_set("were"),
    "these": word_set("were"),
    "such": word_set("was"),
    "so": word_set("said says wrote writes"),  # "So said Judge Maria Lopez on Monday."
    "or": word_set("so"),  # "Or so said …"
    "itulah": frozenset(),
    "begitulah": frozenset(),
    "begitu": frozenset(),
    "demikian": frozenset(),
    "hal": word_set("itu tersebut ini"),
    # what was said, named by a noun ("Pernyataan itu disampaikan Ketua DPRD X")
    **dict.fromkeys(
        word_set("pernyataan ucapan penegasan penjelasan keterangan kalimat perkataan"),
        word_set("itu tersebut ini"),
    ),
}
# Words after such an opening that go on to say whose the quote is: "That was how/what …",
# "Hal itu disampaikan …", "Begitu kata …", "So said …" (else a verdict noun: "That was
# Natarajan's verdict").
BACK_POINTER_GOES_ON = (
    word_set("how what said says wrote writes") | ID_PASSIVE_SPEECH_VERBS | ID_SPEECH_ROOTS
)

# Nouns for what a quote is, in a sentence pointing back at it (BACK_POINTERS): the person
# whose it is ("Natarajan's verdict", "the verdict of Natarajan", "Those were the words of
# Natarajan", "penilaian Faisal") said it.
VERDICT_NOUNS = word_set(
    """verdict assessment view message warning response reaction answer summary diagnosis
    advice reply words penilaian pesan tanggapan jawaban komentar peringatan kata-kata"""
)

# Words that open a sentence with a clause about someone else, ended by a comma ("Ditanya soal
# tudingan Marwan, Saifullah mengatakan", "Responding to Orme, the prosecutor said"): the
# people named before that comma are the topic, not the subject. "menurut"/"according to" do
# not belong here: the person after them is the source.
OPENING_CLAUSE_WORDS = word_set(
    """ditanya menanggapi merespons merespon menjawab mengomentari menyikapi disinggung
    asked responding replying reacting answering commenting addressing pressed questioned"""
)

# Personal pronouns that can stand for a person speaker ("ia mengatakan", "he said"); "nya" is
# the clitic as Stanza's multi-word expander splits it off ("tulisnya" → "tulis" + "nya").
PERSON_PRONOUNS = word_set("ia dia beliau nya he she")

# Subject pronouns for a person in the other languages the built-in backend reads ("„…“,
# sagte sie", "dijo ella", "zei hij"), with the gender each gives its person. French also has
# the auxiliary inverted with its subject before a participle ("« … », a-t-il déclaré").
# German "sie" and Dutch "ze" may also be "they"; after a quote they are mostly "she".
EUROPEAN_PERSON_PRONOUNS: dict[str, dict[str, str]] = {
    "de": {"er": "m", "sie": "f"},
    "fr": {
        "il": "m",
        "elle": "f",
        "a-t-il": "m",
        "a-t-elle": "f",
        "avait-il": "m",
        "avait-elle": "f",
    },
    "es": {"él": "m", "ella": "f"},
    "pt": {"ele": "m", "ela": "f"},
    "it": {"lui": "m", "lei": "f"},
    "nl": {"hij": "m", "zij": "f", "ze": "f"},
}

# Languages that leave a pronoun subject out ("«…», ha dichiarato", "“…”, aseguró"): a
# speech verb after a quote naming nobody has the person the text was about as its subject.
PRO_DROP_LANGUAGES = frozenset({"es", "it", "pt"})

# Singular definite and indefinite articles opening a subject after a speech verb in the
# other languages: "erklärte der CDU-Politiker" describes the person the text was about (as
# a pronoun would), "dijo un portavoz" someone unnamed.
EUROPEAN_SUBJECT_ARTICLES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "de": (word_set("der die"), word_set("ein eine")),
    "fr": (word_set("le la"), word_set("un une")),
    "es": (word_set("el la"), word_set("un una")),
    "pt": (word_set("o a"), word_set("um uma")),
    "it": (word_set("il lo la"), word_set("un uno una")),
    "nl": (word_set("de het"), word_set("een")),
}

# Relative pronouns opening an aside about a subject between commas ("An official, who asked
# not to be named, said"): the subject is before the aside, not in it.
RELATIVE_OPENERS = word_set("who which")

# English spokespeople: "a spokesperson for the mayor" speaks for the mayor, as "a Ryanair
# spokesman" for Ryanair.
SPOKESPEOPLE = word_set("spokesman spokeswoman spokesperson")

# Spokespeople in the other languages: a definite one ("sagte die Sprecherin") is the person
# introduced by that word, else someone unnamed, never just the person last named.
EUROPEAN_SPOKESPEOPLE = word_set(
    """sprecher sprecherin porte-parole portavoz porta-voz portavoce woordvoerder
    woordvoerster"""
)

# The person pronouns that never stand for an organisation: "she said" is no ministry's
# quote, while "-nya" may be ("Kemenkes mencatat …. “…,” tulisnya").
PERSON_ONLY_PRONOUNS = PERSON_PRONOUNS - {"nya"}

# Pronouns that stand for an organisation speaking ("“…,” it said", "It warned that “…”"):
# the organisation last named as a subject or a speaker, or the issuer of a report.
BODY_PRONOUNS = word_set("it")

# Plural pronouns ("“…,” they said", "kata mereka"): one speaker only when they stand for an
# organisation named just before; people named before are several, none the speaker alone.
GROUP_PRONOUNS = word_set("they mereka")

# English nouns for several people that do not end in "s": "said the women", "the couple
# said", "the two said" describe a group, not a person.
IRREGULAR_PLURALS = word_set("people men women children couple pair duo trio two both")

# The gender a pronoun or the head of a description ("the woman said", "kata pria itu") gives
# its person, and the honorifics that give it to the name they precede ("Mrs Doyle", "Pak
# Budi"): with two people of different gender in view, "she said" is the woman. Indonesian
# pronouns have no gender, so only descriptions and honorifics count there.
MALE_WORDS = word_set(
    """he his man boy father husband son brother businessman chairman spokesman mr mr. sir lord
    pria lelaki laki-laki bapak pak ayah suami putra"""
)
FEMALE_WORDS = word_set(
    """she her woman girl mother wife daughter sister businesswoman chairwoman spokeswoman mrs
    mrs. ms ms. miss dame lady perempuan wanita ibu bu istri putri"""
)

# Common given names whose bearers are nearly always women or nearly always men, in English
# and Indonesian news: with no honorific or pronoun telling, "Sarah Lindqvist" is still a
# woman to a "she". Names borne by both ("Sam", "Dian", "Andi", "Nur", "Sri", "Tri") are left
# out on purpose, and so are rare names: an unknown gender only keeps the first candidate.
FEMALE_NAMES = word_set(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah
    stephanie rebecca laura sharon cynthia kathleen amy angela anna brenda pamela nicole emma
    helen samantha katherine christine rachel catherine janet ruth maria heather diane julie
    joyce victoria olivia kelly christina lauren joan evelyn judith megan andrea hannah martha
    jacqueline frances gloria ann anne teresa sara alice julia grace denise marie diana
    natalie isabella charlotte rose claire sophie lucy chloe jane kate ellen eleanor louise
    siti dewi wati yanti rina putri ayu ratna indah fitri rini puan megawati retno khofifah
    susi yuni lina maya kartini"""
)
MALE_NAMES = word_set(
    """james robert john michael david william richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
    timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
    justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis
    jerry tyler aaron adam nathan henry douglas peter kyle ethan walter keith roger carl
    harold arthur lawrence bryan bruce gabriel joe alan albert vincent roy ralph russell
    philip boris vladimir rishi keir tony gordon nigel jim tom tim ben mike dave steve bob
    bill budi agus joko bambang ahmad muhammad mohammad eko hendra rudi dedi yusuf slamet
    hadi heru irfan rizal fajar arief bayu anies prabowo ganjar gibran bagus wahyu teguh
    rahmat iwan"""
)

# English pronouns by the gender they give the person they refer to: one a few words after a
# person's name, with nobody else named in between, most often refers to that person ("Sarah
# Lindqvist argued that her team needed time").
PRONOUN_GENDERS = dict.fromkeys(("he", "his", "him", "himself"), "m") | dict.fromkeys(
    ("she", "her", "hers", "herself"), "f"
)

# First-person pronouns: in a news text, the writer ("“Why now?” I asked"), whose questions
# are nobody's quotes a later "she replied" could refer back to.
WRITER_PRONOUNS = word_set("i we saya kami aku")

# The first-person singular among them: in an interview's answer ("Q: … ?\n\nA: I told the
# board, “…”") the person answering speaks, not the writer.
FIRST_PERSON_SINGULAR = word_set("i saya aku")

# Labels opening an interview's answer paragraph ("A: …", "J: …", "Jawab: …").
ANSWER_LABELS = word_set("a j jawab jawaban answer")

# Verbs of reporting someone else's words in "Reuters quoted him as saying" / "state media
# cited Putin as saying": their object, not their subject (a news outlet), is the speaker.
QUOTING_VERBS = word_set("quoted quotes quoting cited cites citing")

# Verbs of asking ("“…?” she asked", "“…?” tanya Budi", "tanyanya"): the next quote's
# pronoun cue is the answer of the person asked, not the asker.
ASKING_VERBS = word_set("ask asks asked tanya tanyanya bertanya menanyakan")

# English speech verbs whose object is the hearer, never the speaker ("“…,” an official told
# Reuters"): no speaker is looked for after them.
TELL_VERBS = word_set("tell tells told telling")

# Verbs of saying a quote again, which are no speech verbs elsewhere ("repeated the feat"):
# a sentence opening with a person who "repeated" it after a quote with no cue names its
# speaker ("“Nobody wins from a strike.” The health secretary repeated that line").
REPEAT_VERBS = word_set("repeat repeats repeated repeating mengulang mengulangi")

# Words that may stand between a subject and its verb without breaking the link
# ("Trump juga mengatakan", "Rubio later said", "she has said").
ADVERBS_BETWEEN = word_set(
    """juga telah sudah pun kemudian lalu sempat akan sedang masih pernah bahkan hanya tidak
    tak belum kembali also later then has had have was is will would again previously earlier
    reportedly further once already not now still kini"""
)

# Role words that may sit between a quote and its speaker's name ("…,” juru bicara Budi said).
ROLE_WORDS = word_set(
    """juru bicara sang seorang the a an spokesman spokeswoman spokesperson official minister
    president"""
)

# Determiners opening an indefinite description of a speaker ("a colleague told her", "one
# witness said", "seorang warga mengatakan"): someone not named, never a person named before.
INDEFINITES = word_set("a an one another seorang sejumlah beberapa para")

# Demonstratives closing an Indonesian definite description ("pelatih asal Kroasia itu").
ID_DEMONSTRATIVES = word_set("itu tersebut")

# Words inside such a description that introduce the described person's own name ("pria yang
# akrab disapa Ucok itu"); any other name inside it only describes ("pelatih asal Irlandia
# Utara itu", "istri Budi itu").
ID_NAME_INTRODUCERS = word_set("bernama disapa dipanggil berjuluk dijuluki")

# English words that end a noun phrase's premodifiers: what follows them is a complement
# ("the spokesperson | for the ministry"), so the head is the word before.
NP_BREAKS = word_set("for of at in on from with who whose which that and to by")

# Coordinators right before a speech verb that make it share the subject of the clause before
# ("Arteta said … but warned that “…”"): no description of its own stands before the verb.
SHARED_SUBJECT_JOINERS = word_set("and but yet")

# The prepositions among NP_BREAKS: the complement they open still belongs to the subject
# ("a spokesperson | for the ministry | said"), unlike a clause after "that" or "who".
NP_PREPOSITIONS = word_set("for of at in on from with")

# Heads of definite descriptions naming an organisation ("the company said", "kata
# perusahaan itu"): the organisation the article is about, named before. Common nouns in
# lowercase, not the words that open a body's name (name_cues.ORG_HEADS: "Kementerian
# Keuangan", "Polres Sleman").
BODY_HEADS = word_set(
    """ministry department company firm agency council committee board union party embassy
    commission institute university club team group bank fund airline carrier operator
    retailer insurer lender carmaker automaker manufacturer maker producer developer
    publisher broadcaster regulator charity society association federation foundation service
    kementerian perusahaan lembaga badan partai tim klub dinas komisi dewan perseroan emiten
    maskapai produsen pengembang"""
)

# Heads of definite descriptions that name no earlier actor: documents, vague bodies and
# unnamed sources ("the statement said", "tulis laporan itu", "the spokesman said").
NOT_PERSON_HEADS = BODY_HEADS | word_set(
    """government police prosecution statement report court army military authority authorities
    organisation organization survey study data document letter website newspaper paper
    magazine network office source sources official officials spokesman spokeswoman
    spokesperson aide aides pemerintah polisi kepolisian pengadilan laporan surat pernyataan
    keterangan rilis sumber pihak juru kantor organisasi pejabat"""
)

# Heads of a subject that speaks for its possessor ("Netanyahu's office said", "his campaign
# said", "Lopez's statement said", "China's foreign ministry said"): the possessor is the
# speaker. A spokesman or lawyer is a person of their own, possibly unnamed, and is not one
# of them.
SPOKEN_FOR = word_set("office campaign camp statement ministry government embassy military army")

# English possessive determiners: a subject they own is someone unnamed ("its owner said",
# "his lawyer said"), unless it speaks for its owner ("his office said", see SPOKEN_FOR).
POSSESSIVE_PRONOUNS = word_set("his her its their")

# Heads of descriptions of a document whose issuer, named before, is the speaker ("CEPA said
# in a statement that … “…,” the statement said"), or named after "by"/"oleh" ("The report
# by the WHO warned …. “…,” the report said", see ISSUED_BY).
DOCUMENT_HEADS = word_set(
    "statement pernyataan keterangan rilis report study survey laporan kajian letter surat edaran"
)

# "from" in both languages. After a document word it names the author ("the report from the
# regulator", "laporan dari BPK"), but only right after it or its participle ("a statement
# issued from"): further on it belongs to another phrase ("as pressure from investors grew").
FROM_WORDS = word_set("from dari")
# Prepositions naming a document's author after it ("a study by Oxford University", "the
# report from the regulator", "laporan dari BPK"); not "for"/"untuk": whoever a report is
# for did not write it.
ISSUED_BY = word_set("by oleh") | FROM_WORDS

# Prepositions after which a name is an object or a place, not the subject of its clause
# ("ditemui di Bandung: “…”", "bertanya kepada Budi: “…”"). "by"/"oleh" are left out: their
# name is the agent of a passive verb, so the speaker ("dikatakan oleh Budi: “…”").
OBJECT_PREPOSITIONS = word_set(
    "to at in on from with for about into di ke dari kepada pada untuk dengan bagi terhadap tentang"
)

# The prepositions among those that place the speaking or name whom it was told to ("said at
# Morehouse College", "told reporters in Parliament", "kata dia di Gedung Sate", "ujarnya
# kepada Kompas"): an organisation after them is no speaker. ("a spokesman for Acme", "juru
# bicara dari Kemenkes" speak for theirs; "to" opens "according to Acme".)
PLACE_PREPOSITIONS = word_set("at in on di ke kepada pada")

# Prepositions naming whom the speaking was addressed to ("tanya seorang warga kepada Budi",
# "a shopper said to Mark Delaney"): a name after one is the hearer, never the speaker.
ADDRESSEE_PREPOSITIONS = word_set("kepada to")

# Prepositions right after a trailing speech verb that open what was spoken of, not who spoke
# ("“…,” the 27-year-old said of Volkov", "“…,” she said about Baker").
TOPIC_PREPOSITIONS = word_set("of about tentang mengenai")

# Prepositions opening an adverbial between a subject and its speech verb ("Kementerian
# Keuangan dalam keterangan tertulisnya menyebutkan", "Acme in a statement said").
ADVERBIAL_OPENERS = word_set("dalam melalui lewat via pada in through on at during")

# Prepositions linking a person to the organisation they belong to ("Andrew Chen of the
# University of Washington said"): the person, not the organisation, is the subject.
MEMBER_OF = word_set("of at from dari")

# Words that end a title after a speech verb ("kata Menteri X kepada …", "said X when …"):
# a name after them is not in apposition to the title.
TITLE_BREAKS = word_set(
    """kepada saat ketika usai seusai setelah sebelum dalam sambil bersama to when while after
    before during at in on with"""
)

# Conjunctions opening a contrasting clause with a subject of its own: a cue after one after
# a quote is that clause's ("… “playing politics”, while Niello has said …").
CLAUSE_OPENERS = word_set("while whereas sementara sedangkan")

#: Words after which a trailing search for a speaker must stop: what follows is content.
CONTENT_OPENERS = word_set("bahwa that jika if agar supaya")


# Words right before a quoted name that make it a name, not speech: titles of works, slogans,
# nicknames and terms ("the novel “The Salt Road”", "so-called “golden age”", "lagu “Serba
# Salah”", "dijuluki “Si Kancil”"). Only words that never introduce someone's own words belong
# here ("called", "menyebut", "sebagai" do: "she called it “a fairy tale”").
NAMING_CUES = word_set(
    """so-called dubbed nicknamed titled entitled album song film movie novel book poem
    series documentary podcast slogan motto hashtag term berjudul bertajuk dijuluki julukan
    dinamai menamai bernama lagu buku serial sinetron puisi tagar semboyan jargon istilah"""
)

# Two-word naming cues ("known as “the Old Lady”", "yang disebut “klaim kilat”").
NAMING_PHRASES = frozenset({("known", "as"), ("dikenal", "sebagai"), ("yang", "disebut")})

# Verbs of calling something by a name ("what locals call “the brick”", "warga menyebutnya
# “kedai tanpa nama”", "disebut warga “klaim kilat”"). With a group as the one calling (see
# NAMING_GROUPS) the quoted words are a name in common use, not anyone's words.
CALLING_VERBS = word_set(
    """call calls called calling menyebut menyebutnya menyebutkan disebut menamai menamakan
    menjuluki"""
)

# Who calls something by a common name: groups and people in general ("what they call …").
# A person is not one of them: "what he called “a bridging proposal”" quotes him.
NAMING_GROUPS = word_set(
    """they we people locals residents regulars critics fans supporters many some others
    everyone villagers mereka kita kami warga orang masyarakat pelanggan penggemar
    warganet netizen banyak"""
)

# Indonesian associates by "-nya", subjects of a speech verb who are not the person the
# "-nya" stands for ("kliennya pernah berkata, “…”" is the lawyer's client speaking).
ID_ASSOCIATES = word_set(
    """kliennya pengacaranya ajudannya asistennya sopirnya rekannya temannya sahabatnya
    tetangganya atasannya bawahannya muridnya gurunya pelatihnya"""
)

# The groups above that are no pronoun: a subject of a speech verb naming nobody ("warga
# bertanya", "critics said"), where a pronoun ("they", "mereka") may stand for people named.
UNNAMED_GROUPS = NAMING_GROUPS - word_set("they we mereka kita kami")

# Words that may stand between a calling verb and the name ("call it “…”", "call the “…”").
CALLED_OBJECTS = word_set("it them this that him her a an the itu ini")

# English determiners before a quoted modifier of a noun: in "the “famous” meatloaf" the
# marks distance the writer from a word, nobody is quoted ("scare quotes").
SCARE_DETERMINERS = word_set("the a an its his her their our this that these those")

# Short function words a title in title case may keep in lowercase ("Crossing the Sound",
# "Day of Empty Wards", "Laskar di Ujung Timur").
TITLE_LOWERCASE = word_set(
    """a an the of and or in on at to for with from by as but nor
    di ke dari dan atau yang untuk dengan pada dalam oleh bagi"""
)

# Verbs of expecting, believing, finding and judging that frame a quoted phrase before it
# as the subject's own words ("She expected the slump to last “at least two more
# quarters”", "Ia yakin timnya akan “bangkit”", a study: "It found that … “…”", "Musyoka
# dismissed the plan as “theft”"; of the judging verbs only the forms that are no nouns).
# Only for a framing cue: they report no speech, so events keep them. The other languages
# have none.
BELIEF_VERBS = {
    "en": word_set(
        """expect expects expected believe believes believed hope hopes hoped fear fears
        feared think thinks thought find finds found dismiss dismisses dismissed branded
        labelled labeled hailed slammed"""
    ),
    "id": word_set(
        """berharap yakin meyakini memperkirakan menduga khawatir mengkhawatirkan menemukan
        menganggap mencap melabeli memuji mengecam"""
    ),
}

# French speech verbs inverted with their subject pronoun after a quote ("« … », estime-t-elle",
# "dit-il"), by the gender the pronoun gives: like Indonesian "katanya", the word holds both
# the cue and its speaker. (Forms that French never writes, "dit-t-il", do no harm.)
_FR_INVERTED_SPEECH = {
    verb + joint + pronoun: gender
    for verb in EUROPEAN_SPEECH_VERBS["fr"]
    for joint in ("-t-", "-")
    for pronoun, gender in (("il", "m"), ("elle", "f"))
}

_ID_SPEECH_WORDS = ID_SPEECH_ROOTS | ID_SPEECH_VERBS
#: Every lowercase form of a speech verb by language, the Indonesian ones also with "-nya"
#: ("katanya", "menggambarkannya"); a language without a list of its own takes the union of
#: the Indonesian and English ones, which is harmless: the words rarely collide.
_SPEECH_FORMS = {
    "id": _ID_SPEECH_WORDS | {word + "nya" for word in _ID_SPEECH_WORDS},
    "en": EN_SPEECH_VERBS,
    **EUROPEAN_SPEECH_VERBS,
    "fr": EUROPEAN_SPEECH_VERBS["fr"] | frozenset(_FR_INVERTED_SPEECH),
}
_ANY_SPEECH_FORMS = _SPEECH_FORMS["id"] | _SPEECH_FORMS["en"]
_FRAMING_FORMS = {
    lang: forms | BELIEF_VERBS.get(lang, frozenset()) for lang, forms in _SPEECH_FORMS.items()
}
_ANY_FRAMING_FORMS = _FRAMING_FORMS["id"] | _FRAMING_FORMS["en"]


def speech_verb_forms(lang: str) -> frozenset[str]:
    """The lowercase words :func:`is_speech_verb` accepts in ``lang``: an annotator that has
    a word in lowercase already tests it by one set lookup."""
    return _SPEECH_FORMS.get(lang, _ANY_SPEECH_FORMS)


def framing_verb_forms(lang: str) -> frozenset[str]:
    """The lowercase verbs that frame a quote after them in ``lang``: the speech verbs and
    the :data:`BELIEF_VERBS`."""
    return _FRAMING_FORMS.get(lang, _ANY_FRAMING_FORMS)


def is_speech_verb(word: str, lang: str) -> bool:
    """True when ``word`` is a verb of saying/describing in ``lang``.

    Indonesian forms may carry "-nya" ("katanya", "menggambarkannya").
    """
    return word.lower() in speech_verb_forms(lang)


def has_subject_clitic(word: str, lang: str) -> bool:
    """True for Indonesian speech verbs whose "-nya" is their subject ("katanya", "tulisnya"),
    and French ones inverted with their subject pronoun ("dit-il", "estime-t-elle").

    A prefixed verb with "-nya" ("menggambarkannya") has an *object* clitic instead, so it is
    not one of these.
    """
    low = word.lower()
    if lang == "fr":
        return low in _FR_INVERTED_SPEECH  # "estime-t-elle", "dit-il"
    return lang != "en" and low.endswith("nya") and low[:-3] in ID_SPEECH_ROOTS


def person_pronouns(lang: str) -> frozenset[str]:
    """The words that may stand for a person speaker in ``lang``: :data:`PERSON_PRONOUNS`
    and, for a language of :data:`EUROPEAN_PERSON_PRONOUNS`, its own."""
    return PERSON_PRONOUNS | frozenset(EUROPEAN_PERSON_PRONOUNS.get(lang, ()))


def pronoun_gender(word: str, lang: str) -> str | None:
    """The gender ("m"/"f") a pronoun of ``lang`` in the other languages gives its person,
    the subject clitic of an inverted French verb included ("dit-elle"); else None."""
    low = word.lower()
    return EUROPEAN_PERSON_PRONOUNS.get(lang, {}).get(low) or (
        _FR_INVERTED_SPEECH.get(low) if lang == "fr" else None
    )
