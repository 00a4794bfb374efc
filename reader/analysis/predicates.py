"""Is this word a predicate (a verb that reports something happening)?

With a dependency parse the answer is the word's UD tag (VERB). Without one it comes from
surface cues: Indonesian verb morphology (me-/mem-/men-/meng-/meny-, ber-, di-, ter- prefixes,
-kan/-i suffixes), a short list of unaffixed Indonesian verbs, English past tenses (-ed and
irregulars) and a few present forms, and words right after an auxiliary ("telah", "akan",
"has", "will"). Words introducing relative or purpose clauses ("yang", "untuk", "who", "to")
mark the next verb as subordinate, not as a clause's own predicate. Most words can be no verb
whatever their neighbours: :func:`may_be_english_verb` and :func:`may_be_indonesian_verb` tell
so from the word alone, cheaply, before the neighbours are looked at.
"""

from __future__ import annotations

import functools
import re

from reader.analysis.memo import WordMemo
from reader.analysis.speech import (
    EN_SPEECH_VERBS,
    EUROPEAN_SPEECH_VERBS,
    EUROPEAN_SUBJECT_ARTICLES,
    word_set,
)

# Unaffixed Indonesian verbs common in news ("Putin setuju", "korban tewas").
ID_BARE_VERBS = word_set(
    """setuju sepakat tiba datang pergi pulang kembali tewas mati hilang lahir naik turun jatuh
    masuk keluar kalah menang lolos gagal mulai selesai tinggal bangkit runtuh rusak hancur
    pindah tumbuh pecah ingin mau tahu punya ikut bangun lari tenggelam ambruk mundur
    maju kabur tumbang anjlok terbit wafat gugur bekerja belajar kehilangan kebanjiran bocor
    kedatangan kecurian keracunan unggul hadir muncul absen mangkir"""
)

# Indonesian words that look prefixed but are not verbs (nouns, prepositions, adverbs,
# determiners and superlatives: "mereka", "menurut", "tersebut", "terbesar"; "dibandingkan"
# is "compared with": "naik 12 persen dibandingkan tahun lalu"), and ber- words
# that give a measure or a label, not a happening ("bermagnitudo 6,1", "berinisial AR").
ID_NOT_VERBS = word_set(
    """media meja merah mereka menteri menit meski meskipun melalui menurut mengenai menuju
    memang mesin metode meter mewah medan menara mental merek mekanisme melainkan memori
    mentah medis megah mendung menantu mertua menu merdeka berapa beras berat berita beruang
    bersama berdasarkan berbagai berikut berkat bersih berani berlian berkas bersamaan beranda
    berturut-turut dia diri dirinya dinas dialog diskusi digital diplomat diplomatik diplomasi
    direktur direksi dinamika dimana dini dinding dingin disiplin distrik distribusi divisi
    dividen diet dilema dimensi diagnosis diesel terhadap termasuk terutama terlalu tersebut
    terus terkait ternyata tertentu terakhir terbaru terlebih tersangka teroris terorisme
    teror terkini terbesar terbaik tertinggi terendah terbanyak terpenting terdekat terkecil
    teratas terlama terjauh terhormat teras terang terminal teritori teritorial terapi
    tertanggal terjadinya mendatang dibandingkan dibanding berusia berumur bermagnitudo
    berkekuatan berjumlah
    berkapasitas berdiameter berukuran berbobot bernilai berpenduduk berinisial beruntun
    terdakwa terpidana tergugat terlapor termohon tertuduh"""
)

#: Words that end an amount: after one, "menjadi" is the "to" of "dari X menjadi Y".
ID_AMOUNT_WORDS = word_set("persen ribu juta miliar triliun rupiah ton orang unit")
#: Adverbs that stand between an auxiliary and the predicate ("masih sering terjadi", "sudah
#: tidak berlaku"): after an auxiliary they are not its verb.
ID_ADVERBS = word_set(
    "sering jarang selalu juga tidak tak belum lagi pun hanya sangat cukup terus kerap sama mungkin"
)
#: The forms of English "be": an auxiliary, and the verb of a state or a passive ("is up
#: nearly a quarter", "Sentencing is set for June 3").
EN_BE_FORMS = word_set("is are was were be been being")
EN_MODALS = word_set("will would could should may might must can did does do")
# Auxiliaries and modals after which the next word is the predicate.
ID_AUXILIARIES = word_set(
    "telah sudah akan sedang sempat masih belum pernah tengah bakal bisa dapat harus"
)
EN_AUXILIARIES = word_set("has have had") | EN_MODALS | EN_BE_FORMS
#: Adverbs between an auxiliary and its verb ("must also repay", "has already left"): no
#: verb themselves.
EN_ADVERBS = word_set("also still not never already soon just again even only further now")
#: Auxiliaries that put what follows them ahead in time, in both languages ("said the work
#: would begin in September", "mengatakan tim akan bertemu Kamis"). The time grammar reads
#: them, and the plan verbs below, as future cues among others.
ID_FUTURE_AUXILIARIES = word_set("akan bakal hendak")
EN_FUTURE_AUXILIARIES = word_set("will would shall")
FUTURE_AUXILIARIES = EN_FUTURE_AUXILIARIES | ID_FUTURE_AUXILIARIES
#: Verbs of plans and schedules that put what they govern ahead in time as an auxiliary does
#: ("dijadwalkan melanjutkan perundingan", "is expected to be sentenced in January"); the
#: English ones only before "to" ("expected to", not "as expected", "expected a rise").
#: Indonesian verbs of a schedule: the passive is a plan ("dijadwalkan digelar"), the active
#: sets the day of what it names ("menjadwalkan putusan pada Jumat").
ID_SCHEDULE_VERBS = word_set("dijadwalkan menjadwalkan")
ID_PLAN_VERBS = word_set("dijadwalkan direncanakan berencana rencananya ditargetkan")
#: The English plan verbs that put a weekday in their clause ahead as well ("is scheduled
#: to meet Thursday").
EN_SCHEDULE_VERBS = word_set("expected scheduled")
#: Verbs that set a day for something else ("set sentencing for June 3", "menjadwalkan
#: putusan pada Jumat"): the day told in their clause is that thing's, not the verb's.
SCHEDULE_VERBS = EN_SCHEDULE_VERBS | ID_SCHEDULE_VERBS | word_set("schedule schedules set sets")
PLAN_VERBS = ID_PLAN_VERBS | EN_SCHEDULE_VERBS | word_set("slated poised planning")

# English irregular past tenses and participles common in news.
EN_IRREGULAR = word_set(
    """said told went gone came met gave given took taken made saw seen found held left lost won
    led began begun fell fallen rose risen ran sent spent struck shot became broke broken
    brought bought built caught chose chosen drove driven fled flew flown fought forgot grew
    grown heard hid kept knew known laid meant paid quit sold sought spoke spoken stood stole
    swore sworn taught thought threw thrown understood woke wrote written withdrew withdrawn
    overtook arose hit cut put set hurt sank sunk slid drew drawn beat beaten bore born dug
    felt forgave froze hung lent lit rode rang sang sat slept spun sprang stuck swam swept
    swung tore wore wept bent bled bound dealt leapt spread shut cast cost let shook shone
    shrank strove forbade foresaw undertook upheld overcame oversaw forecast broadcast burst
    split upset shown blown torn worn shaken hidden ridden stolen undertaken mistaken read
    blew"""
)

#: Those that also spell the verb's present or a noun ("cut", "set", "cost", "forecast"): "a
#: rate cut in March", "to set a date in May" tell no past, so only a reader that knows the
#: word is the clause's predicate may read it as one (see events' _past_month).
EN_BASE_PASTS = word_set(
    "hit cut put set hurt let shut cast cost spread quit split upset burst forecast broadcast "
    "beat bound read"
)

# English present forms that are verbs in news headlines and leads ("she says", "Acme plans").
EN_PRESENT = word_set(
    """says plans wants expects faces seeks warns hopes needs remains claims urges denies agrees
    insists argues believes accuses vows promises threatens launches announces reports rejects
    admits fears considers meets visits leads holds opens signs"""
)

#: English base forms that are the verb after a plural subject ("Analysts expect", "prices
#: rise", "Residents fear"): forecasting verbs, verbs of change and of what groups do
#: ("Unions threaten", "Farmers protest", "Ministers meet"). Only verbs that are
#: seldom a noun after a plural noun: not "report" ("the earnings report"), "plan". (Speech
#: verbs, "Analysts say", "Residents warn", are verbs there anyway: see ``EN_SPEECH_VERBS``.)
EN_PLURAL_PRESENT = word_set(
    """expect fear want hope believe remain estimate oppose welcome blame worry doubt seek
    face raise cut lift rise fall climb drop slip jump gain lose struggle threaten vow refuse
    reject agree meet gather flee arrive accuse protest"""
)

#: English base forms that are as often nouns ("the peace plan"), verbs after a plural
#: subject only before what they take: "to" or a determiner ("The unions plan a march",
#: "Both sides plan to meet").
EN_PLURAL_PRESENT_BEFORE_OBJECT = word_set("plan")
#: The words that open what those verbs take.
EN_PLAN_OBJECTS = word_set("to a an the their new")

#: Bare roots that Indonesian headlines use as verbs ("Polisi Tangkap Pelaku", "KPK Periksa
#: Bupati"), where the body writes "menangkap", "memeriksa"; with "-i" they are verbs too
#: ("Sepakati", "Datangi"). Transitive roots of news events only: not nouns as well ("jual"
#: is, "pasar" is not here).
ID_HEADLINE_ROOTS = word_set(
    """tangkap tolak bantah tunda tinjau serang minta desak tahan periksa gelar buka tutup raih
    bunuh tembak bakar landa terjang guncang rendam hantam kecam sebut dukung jual beli jerat
    vonis tuntut gugat cabut larang bahas temu tunjuk copot lantik kirim terima beri cari
    bongkar sita geledah segel usir tabrak tikam culik rampok curi aniaya kunjung sambang
    pukul hajar tekuk bekuk ringkus tantang kejar incar jamu hadap waspada libas gulung
    bungkam cegah dorong pangkas potong timbun sapu seret picu"""
)
#: Verbs in ber- that headlines use for a happening ("Menlu RI Bertemu Menlu Malaysia",
#: "Perundingan Berakhir Buntu"): sure verbs there, where other ber- words are weak ("Demam
#: Berdarah" is a disease).
ID_HEADLINE_BER = word_set(
    """bertemu berunding berakhir berhasil bergabung berkunjung berjanji berdamai bertanding
    bertolak berangkat berlanjut"""
)
#: Stems that are headline verbs with "-i" too ("Sepakati", "Datangi").
_ID_HEADLINE_STEMS = ID_HEADLINE_ROOTS | ID_BARE_VERBS
#: English base forms that headlines use as verbs after a plural subject ("Ministers Back
#: Plan", "Rebels Seize Town"); with "-s" or "-es" after a singular one ("Court Bans Rally").
EN_HEADLINE_VERBS = word_set(
    """back approve pass ban block cut raise hike slash seize strike kill win lose quit sack
    fire hire probe eye mull weigh urge vow warn plan seek reject deny agree sign meet visit
    name pick join leave halt end launch unveil open close shut sell buy take hold face slam
    order
    blast hail praise defend charge sue jail free arrest bar ease lift scrap drop delay extend
    boost fund oppose clash unite storm flee sink rise fall jump soar slump surge beat rescue
    evacuate threaten accuse announce admit confirm reveal force spark trigger prompt spur
    stoke ignite strengthen
    weaken grow shrink slow rally tumble plunge climb dip slide slip spread hit destroy
    damage collapse stall fail erupt retire clinch blame insist plead criticise criticize
    resign die apologise apologize suspend cancel postpone detain convict acquit resume reopen
    abandon survive injure arrive expel impose elect appoint overturn uphold dismiss condemn"""
)

# English words ending in -ed that are not verbs, and determiners that make an -ed word an
# adjective ("the injured", "a detailed statement").
EN_NOT_VERBS = word_set("indeed united hundred speed need seed red bed wed shed breed creed based")
EN_DETERMINERS = word_set(
    "the a an this that these those his her their its our my your more most very"
)

#: Numbers that make an -ed word between them and a noun an adjective ("three masked men",
#: "200 injured people"; not "the three agreed to …", "41,230 watched United"). (Not
#: "some", "many", "all": "many feared", "all agreed" are subjects with their verb.)
EN_COUNT_WORDS = word_set(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    sixty seventy eighty ninety dozens hundreds thousands"""
)


#: Indonesian verbs of a change by an amount: after a comma with the amount right after them
#: (", naik 12 persen dibandingkan …") they tell a happening of their own, not more of the
#: clause before.
ID_CHANGE_VERBS = word_set(
    """naik turun tumbuh anjlok melonjak meningkat menurun merosot melemah menguat susut
    bertambah berkurang melambat"""
)
#: Passive verbs of hearsay before the verb of what is alleged or reported ("Hevearita
#: diduga menerima suap", "pelaku disebut membawa senjata"): that verb is the predicate.
ID_HEARSAY_VERBS = word_set("diduga disebut dikabarkan dilaporkan diyakini disinyalir")
#: Words that close a "yang" phrase at once ("desa yang sama", "pekan yang lalu"): no
#: relative clause waits for a verb after them ("Desa yang sama pernah dilanda banjir").
ID_YANG_ADJECTIVES = word_set("sama lalu baru lain serupa sebelumnya berikutnya")
# Words that make the following verb subordinate: relative and purpose clauses.
RELATIVES = {"id": word_set("yang"), "en": word_set("who which")}
SUBORDINATORS = {
    "id": RELATIVES["id"] | word_set("untuk guna agar supaya demi"),
    "en": RELATIVES["en"] | word_set("to"),
}
#: Every word that subordinates in some language: a cheap test before :func:`is_subordinator`.
SUBORDINATOR_WORDS = frozenset().union(*SUBORDINATORS.values())
# "is due to meet", "is set to sign": after these the verb behind "to" is the predicate.
EN_RAISING = word_set("due set scheduled poised likely going about able unable ready bound")
# Words after which an -s word is a plural, not a verb ("of talks", "and shares").
EN_FUNCTION_WORDS = word_set(
    "of in on at to for from by with and or but as than about into over after before"
)
#: Words after an -ed word that are no noun it could describe: "… agreed to", "… accused him".
_EN_NOT_NOUNS = EN_FUNCTION_WORDS | EN_DETERMINERS | word_set("him them it us me you that")
# Words that may follow a present-tense verb: its object or a place/direction.
EN_OBJECT_OPENERS = word_set("the a an to its his her their on in at into from up down out off")
# English subject pronouns: the word after one is its verb ("they travel", "she plans").
EN_PLURAL_PRONOUNS = word_set("i we they you")
EN_SINGULAR_PRONOUNS = word_set("he she it")

#: English words after which the next word may be a verb whatever its form: auxiliaries and
#: modals, "to", subject pronouns, and adverbs after an auxiliary ("will meet", "has gone",
#: "to sign", "they travel", "must also repay").
EN_VERB_SLOTS = EN_AUXILIARIES | EN_PLURAL_PRONOUNS | EN_SINGULAR_PRONOUNS | EN_ADVERBS | {"to"}
# English words that are verbs by themselves, whatever their ending.
_EN_KNOWN_VERBS = (
    EN_IRREGULAR
    | EN_PRESENT
    | EN_SPEECH_VERBS
    | EN_PLURAL_PRESENT
    | EN_PLURAL_PRESENT_BEFORE_OBJECT
)

_ID_PREFIX = re.compile(r"^(?:me(?:m|n|ng|ny|[lrwy])|ber|be[lr]|di)[a-z]{3,}$")
_ID_TER = re.compile(r"^ter[a-z]{3,}$")


def plural_present_verb(word: str, nxt: str) -> bool:
    """Is ``word``, in small letters, an English present verb that a plural subject takes
    ("threaten", "protest"), or one that is as often a noun ("plan", "demand") and a verb
    only before what it takes (``nxt``: "plan a march")?"""
    return word in EN_PLURAL_PRESENT or (
        word in EN_PLURAL_PRESENT_BEFORE_OBJECT and nxt.lower() in EN_PLAN_OBJECTS
    )


def english_verb_strength(
    word: str, prev: str, nxt: str, prev2: str, prev_is_name: bool = False
) -> int:
    """How surely the English ``word`` is a verb from its form and its neighbours: 2 sure,
    1 weak, 0 not a verb.

    Weak are present forms in -s right after a name or a "the + noun" subject and before an
    object or place ("Acme unveils a phone", "The result lifts Redcliffe"), as plurals look
    the same. ``prev``/``nxt`` are the neighbouring words as written ("" when there is none),
    ``prev2`` the one before ``prev``; ``prev_is_name`` tells that ``prev`` ends a name.
    """
    if prev.lower() in EN_ADVERBS and prev2.lower() in EN_AUXILIARIES:
        prev, prev2 = prev2, ""  # "must also repay", "has already left": the auxiliary's verb
    elif prev[:1].isupper() and prev2 and prev.lower() in EN_MODALS:
        prev = ""  # "in May and …", "Theresa May said": capitalised mid-sentence, no modal
    if prev == "to" and not word[:1].islower():
        return 0  # "to June", "to 310": a preposition's object (see is_subordinator)
    if _english_verb(word.lower(), prev.lower()):
        if _counted_adjective(word, prev, nxt) or (prev == "," and nxt.lower() == "by"):
            return 0  # (", led by a judge, …": a participle describing the noun before)
        if prev.lower() == "by" and word.endswith("ed"):
            return 0  # "by retired judges", "by armed men": no verb follows "by" but in -ing
        return 1 if _reduced_relative(word, prev, nxt) else 2
    if plural_present_verb(word, nxt) and _plural_subject(prev):
        return 2
    return 1 if _english_present_s(word, prev, nxt, prev2, prev_is_name) else 0


#: Prepositions and conjunctions, never verbs even after a word that may be an auxiliary:
#: "sedang" is also "moderate" ("hujan dengan intensitas sedang hingga lebat").
_ID_LINKING_WORDS = word_set("hingga sampai dengan dan atau serta di ke dari untuk pada oleh bagi")


def indonesian_verb_strength(low: str, before: str) -> int:
    """How surely the Indonesian word ``low`` is a verb from its form and the word ``before``
    it (both lowercased; "" when there is none): 2 sure, 1 weak, 0 not a verb.

    Weak are ter- words (also the superlative prefix: "terbesar") and unaffixed verbs, which
    are often nouns or adjectives too ("tanah longsor", "korban hilang"); an auxiliary before
    either makes it sure ("masih hilang").
    """
    if (
        before in ID_AUXILIARIES
        and low.isalpha()
        and low not in ID_ADVERBS
        and low not in _ID_LINKING_WORDS
    ):
        return 0 if low in ID_AUXILIARIES else 2  # "belum pernah kalah": "kalah" is the verb
    if low == "menjadi" and (
        before[:1].isdigit() or before in ID_AMOUNT_WORDS or before in ID_CHANGE_VERBS
    ):
        return 0  # "naik dari 20 persen menjadi 31 persen", "naik menjadi": "to"
    return _indonesian_form_strength(low)


@functools.lru_cache(maxsize=1 << 16)
def _indonesian_form_strength(low: str) -> int:
    """The strength an Indonesian word has from its affixes alone (no auxiliary before it).

    A pure function of the word, and the same words come back again and again: memoised.
    """
    low = low[:-3] if low.endswith("nya") and len(low) > 6 else low
    if low in ID_BARE_VERBS:
        return 1
    if low in ID_NOT_VERBS or not low.replace("-", "").isalpha():
        return 0
    if _ID_PREFIX.match(low):
        return 2
    return 1 if _ID_TER.match(low) else 0


#: The auxiliaries of the future in those languages ("wird", "zal", "va", "vai"), among
#: :data:`EU_AUXILIARIES` below: also future cues of the time grammar.
EU_FUTURE_AUXILIARIES = {
    lang: word_set(forms)
    for lang, forms in {
        "de": "wird werden soll sollen",
        "nl": "zal zullen",
        "fr": "va vont",
        "es": "va van",
        "pt": "vai vão",
    }.items()
}
#: The modals of those languages in the present, future and conditional ("soll", "moet",
#: "doit", "pourrait", "debe", "potranno", "quer"): what they govern lies ahead, so a
#: weekday in their clause is the coming one ("Der Bundestag soll am Freitag abstimmen", "O
#: Congresso deve votar na quinta-feira"), and the verb after them tells what happens.
EU_MODALS = {
    lang: word_set(forms)
    for lang, forms in {
        "de": """will wollen muss müssen soll sollen kann können darf dürfen möchte möchten
              könnte könnten müsste müssten dürfte dürften würde würden""",
        "nl": "wil willen moet moeten kan kunnen mag mogen",
        "fr": """doit doivent peut peuvent veut veulent pourrait pourraient devrait devraient
              pourra pourront devra devront""",
        "es": """debe deben puede pueden quiere quieren podría podrían debería deberían podrá
              podrán deberá deberán""",
        "it": """deve devono può possono vuole vogliono potrebbe potrebbero dovrebbe
              dovrebbero potrà potranno dovrà dovranno""",
        "pt": """deve devem pode podem quer querem poderia poderiam deveria deveriam poderá
              poderão deverá deverão""",
    }.items()
}
#: The other European languages (German, French, Spanish, Italian, Portuguese, Dutch):
#: auxiliaries, modals and "be"/"have" in their common finite forms. They open the verb of
#: a clause ("hat … beschlossen", "a salué", "ha aprobado", "heeft gewonnen", "will …
#: senken", "wil … bevriezen"), so each is a sure predicate there, and the happening's own
#: word is the verb they serve (see ``events``).
EU_AUXILIARIES = {
    lang: word_set(forms) | EU_FUTURE_AUXILIARIES.get(lang, frozenset()) | EU_MODALS[lang]
    for lang, forms in {
        "de": """hat haben hatte hatten ist sind war waren wurde wurden sollte sollten konnte
              konnten musste mussten wollte wollten durfte durften""",
        "fr": "a ont avait avaient est sont était étaient sera seront",
        "es": "ha han había habían es son fue fueron era eran será serán está están estaba estaban",
        "it": "ha hanno aveva avevano è sono era erano sarà saranno sta stanno",
        "pt": "tem têm tinha tinham foi foram é são era eram será serão está estão estava estavam",
        "nl": """heeft hebben had hadden is zijn was waren wordt worden werd werden wilde wilden
              mocht mochten zou zouden kon konden moest moesten""",
    }.items()
}
#: The past of "have" in those languages, which makes the pluperfect with a participle
#: ("hatte gewarnt", "avait reçu", "había advertido", "aveva detto", "tinha feito", "had
#: gewonnen"): a look back before the story's events, as the English "had" is.
EU_PLUPERFECT_AUXILIARIES = {
    lang: word_set(forms)
    for lang, forms in {
        "de": "hatte hatten",
        "fr": "avait avaient",
        "es": "había habían",
        "it": "aveva avevano",
        "pt": "tinha tinham havia haviam",
        "nl": "had hadden",
    }.items()
}
#: Endings of the future tense in French, Spanish, Italian and Portuguese ("seront",
#: "publicarán", "parlerà", "debaterá"), sure of a verb on a lowercase word; French
#: singular ones are not ("era", "ira", "dra", "rra": "l'opéra", "la caméra").
_SURE_FUTURE_ENDINGS = {
    "fr": ("ront",),
    "es": ("rá", "rán"),
    "it": ("rà", "ranno"),
    "pt": ("rá", "rão"),
}
#: All those future endings (the French "-ra" only after a letter a future stem ends in,
#: so no passé simple "déclara"): the time grammar reads a weekday in a clause with one as
#: ahead ("décidera jeudi"), and the timeline puts such a clause after the news of the day.
ROMANCE_FUTURE_ENDINGS = {
    **_SURE_FUTURE_ENDINGS,
    "fr": _SURE_FUTURE_ENDINGS["fr"] + ("era", "ira", "ura", "dra", "vra", "rra"),
}
#: Endings of finite past and future verbs in those languages, rare on other lowercase
#: words: German weak past ("meldete", "stellte"; not after an article: "die letzte"),
#: French imperfect and future ("prévoyait", "seront"), Spanish, Italian and Portuguese
#: past and future ("arrasó", "cayeron", "parlerà", "falou", "venceu", "subiram"). Dutch past
#: endings are shared with adjectives: its verbs are listed instead (``_LISTED_VERBS``).
_EU_VERB_ENDINGS = {
    "de": ("te", "ten"),
    "fr": ("ait", "aient", "èrent") + _SURE_FUTURE_ENDINGS["fr"],
    "es": ("ó", "aron", "ieron", "aba", "aban") + _SURE_FUTURE_ENDINGS["es"],
    "it": ("ò", "arono", "irono", "ava", "avano") + _SURE_FUTURE_ENDINGS["it"],
    "pt": ("ou", "eu", "iu", "aram", "eram", "iram", "ava", "avam") + _SURE_FUTURE_ENDINGS["pt"],
    "nl": (),
}
#: The auxiliaries that make a future tense, for the timeline (what is told in the future
#: comes after the news of the day): German "wird"/"werden" (not before a participle: see
#: ``european_future_form``), Dutch "zal"/"zullen", French "va"/"vont", Spanish "va a" and
#: Portuguese "vai" before an infinitive only ("va fermer", "va a construir", "vai visitar";
#: not "va à Paris", "vai bem"), and the German "soll" of a plan ("Der Bundestag soll im
#: Mai abstimmen"; not before a perfect, "soll … gesagt haben": said to have).
_FUTURE_TENSE_AUXILIARIES = {
    "de": word_set("wird werden werde wirst soll sollen"),
    "nl": word_set("zal zullen zult"),
    "fr": word_set("va vont"),
    "es": word_set("va van voy vamos"),
    "pt": word_set("vai vão vou vamos"),
}
#: Endings of the infinitive after such an auxiliary.
_INFINITIVE_ENDINGS = {"fr": ("er", "ir", "re"), "es": ("ar", "er", "ir"), "pt": ("ar", "er", "ir")}
#: A German past participle: weak, in "-t" ("gebaut", "erstellt", "renoviert"; no infinitive
#: ends so), strong with "ge" ("geschlossen", "abgesagt") or with a vowel no infinitive has
#: there ("beschlossen", "verboten", "entschieden", "verschoben", "übernommen"): after
#: "wird" the present passive ("Das Werk wird gebaut": is being built), not the future.
_GERMAN_PARTICIPLE = re.compile(
    r"\w{2,}t"
    r"|(?:ab|an|auf|aus|bei|ein|fest|frei|mit|nach|vor|weg|zu|zurück|zusammen|um|hin|her)?"
    r"ge\w{3,}en"
    r"|\w+(?:ossen|oten|oben|ogen|ochen|offen|ieden|nommen|unden|ungen)"
)
#: The infinitives of a German perfect ("soll … gesagt haben", "soll … gestorben sein"):
#: what is reported of the past.
_PERFECT_INFINITIVES = word_set("haben sein")
#: Infinitives that look like such a participle ("wird gewinnen").
_GE_INFINITIVES = word_set(
    "gewinnen gelingen genießen gestehen gehören gewähren gewöhnen genehmigen gefährden gestalten"
)


def european_future_form(
    low: str, lang: str, after: tuple[str, ...] = (), final: str = "", penult: str = ""
) -> bool:
    """Whether the lowercase word ``low`` of ``lang`` tells of the future: a future ending
    ("resteront", "cerrará") or a future auxiliary; French "va", Spanish "va a" and
    Portuguese "vai" only before an infinitive among the lowercase words ``after`` it ("va
    fermer", "va a construir", "vai visitar"); German "wird" not when its clause ends, at
    ``final``, in a participle ("wird derzeit gebaut": the passive), "soll" not when it
    ends in a perfect, ``penult`` a participle ("soll … gesagt haben")."""
    if low in _FUTURE_TENSE_AUXILIARIES.get(lang, ()):
        if lang == "de":
            if low.startswith("soll"):
                return not (final in _PERFECT_INFINITIVES and _GERMAN_PARTICIPLE.fullmatch(penult))
            return not (_GERMAN_PARTICIPLE.fullmatch(final) and final not in _GE_INFINITIVES)
        if lang == "nl":
            return True
        at = 1 if lang == "es" and after[:1] == ("a",) else 0  # "va a construir"
        return len(after) > at and after[at].endswith(_INFINITIVE_ENDINGS[lang])
    return len(low) >= 4 and low.endswith(ROMANCE_FUTURE_ENDINGS.get(lang, ()))


#: Lowercase words with such an ending that are no verbs ("però", "perciò", "europeu").
_EU_NOT_VERBS = word_set("però perciò poiché europeu museu judeu ateu apogeu coliseu")
#: Articles and determiners: the word after one is a noun or an adjective, no verb ("die
#: letzte", "im ersten", "le retrait", "un extrait", "del portrait").
_EU_DETERMINERS = {
    lang: word_set(words)
    for lang, words in {
        "de": "der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins",
        "fr": "un une du des au aux ce cette",
        "es": "el un una del al",
        "it": "il i gli un una del della",
        "pt": "um uma do da dos das",
        "nl": "de het een",
    }.items()
}
#: Singular articles that are object pronouns as well ("le front" but "il le faisait", "la
#: aprobó"): after one only the endings nouns share are ruled out (``_EU_NOUN_ENDINGS``).
#: After a plural one ("les", "los", "le") a noun ends in -s, -x or a plural vowel, never in
#: those endings: what has one there is a verb ("il les attendait").
_EU_ARTICLE_PRONOUNS = {
    "fr": word_set("le la l' l\u2019"),
    "es": word_set("la lo"),
    "it": word_set("lo la"),
    "pt": word_set("o a"),
}
#: Verb endings that nouns have too: "le lait", "le portrait", "le front", "la lava".
_EU_NOUN_ENDINGS = {"fr": ("ait", "ront"), "es": ("aba",), "it": ("ava",), "pt": ("ava", "eu")}
#: Frequent verbs of news whose forms no ending tells: Dutch present and past ("won",
#: "verloor", "besloot", "sloot"; its past endings -de, -te are shared with adjectives) and
#: German strong pasts and presents ("sank", "schloss", "findet"); their modals are
#: auxiliaries (:data:`EU_AUXILIARIES`).
_LISTED_VERBS = {
    "nl": word_set(
        """won wint wonnen verloor verliest verloren speelt speelde kwam komt kwamen ging
        gaat gingen ligt lag staat stond stierf stierven steeg stegen daalde daalden kreeg
        krijgt vond vindt begint begon maakt maakte zegt zei zeiden meldt meldde besloot
        sloot sloten bood boden riep riepen liet lieten hield hielden nam namen gaf gaven zag
        zagen trof troffen viel vielen bleef bleven schreef schreven liep liepen trok trokken
        sprak spraken koos kozen bracht brachten dacht kocht kochten zocht wees ontving
        vertrok vertrokken greep verbood"""
    ),
    "de": word_set(
        """sank sanken stieg stiegen fiel fielen kam kamen ging gingen traf trafen verlor
        verloren gewann gewannen starb starben lag lagen stand standen sprach sprachen nahm
        nahmen gab gaben blieb blieben begann begannen fand fanden findet fällt steigt
        sinkt erwartet plant fordert droht liegt kommt geht beginnt schloss schlossen
        beschloss rief riefen hielt hielten ließ ließen bot boten zog zogen wies schrieb
        schrieben trat traten warf erhielt erhielten entschied verließ bat baten floh flohen
        brach brachen sah sahen lud luden schlug schlugen griff griffen verbot empfing
        wuchs"""
    ),
}


#: Endings of the present tense's third person, singular and plural ("plant", "debatteert",
#: "présente", "défend", "présentent", "incontra", "rechazan", "espera"): shared with
#: countless nouns and adjectives, so only a word right after a subject may be one (see
#: :func:`european_present_form`).
_EU_PRESENT_ENDINGS = {
    "de": ("t", "en"),
    "nl": ("t", "en"),
    "fr": ("e", "d", "t", "ent"),
    "es": ("a", "e", "an", "en"),
    "it": ("a", "e", "ano", "ono"),
    "pt": ("a", "e", "am", "em"),
}
#: Endings of adverbs, participles and adjectives that look like such a present ("-ment",
#: "-mente", "-ada", "-ata", "prévue", "française", "italiana", "nazionale"; not "-ica",
#: "-ique": "critica", "explique" are verbs as often, and the object after tells).
_EU_NOT_PRESENT_ENDINGS = (
    "ment", "mente", "ada", "ida", "ata", "ana", "aine", "aise", "enne", "ienne", "ese", "ense",
    "ale", "ile", "elle", "aire", "ée", "vue", "due", "enue", "nnue", "olue", "élue", "isch",
    "lich", "eur", "iste", "ista",
)  # fmt: skip
#: Words after a subject with such an ending that are no verbs: prepositions, conjunctions and
#: adverbs ("Das Treffen mit Macron", "la marche contre la réforme", "nicht", "gestern").
_EU_NOT_PRESENT = {
    lang: word_set(words)
    for lang, words in {
        "de": """mit seit laut samt binnen neben zwischen wegen gegen entgegen oben unten
              nicht jetzt erst selbst meist zuletzt zunächst längst fast damit dort morgen
              gestern eben vorgestern insgesamt zumindest sowie etwa""",
        "nl": """niet met tegen tussen achter sindsdien inmiddels steeds vooral alleen echt
              ongeveer ruim zelfs eerst intussen""",
        "fr": """contre entre comme encore toute toutes quelque chaque même presque autre
              autres ensemble""",
        "es": """contra entre sobre desde mientras donde cuando nunca siempre toda todas cada
              otra otras este esta ante hacia hasta""",
        "it": """contro come mentre dove sempre oltre ancora ogni tutta tutte altre altra
              insieme presso""",
        "pt": """contra entre sobre onde quando sempre ainda toda todas cada outra outras
              perante""",
    }.items()
}
#: The articles, singular and plural, a noun opens with in those languages: a subject's
#: first word and the object's after its verb ("Le gouvernement présente un projet",
#: "Giorgia Meloni incontra i sindacati"; no "des", "del": a noun's complement, "la
#: politique étrangère du pays"). Those of a person, speech.EUROPEAN_SUBJECT_ARTICLES
#: (definite and indefinite, which tells a described speaker from an unnamed one), and the
#: others: plural, elided or neuter.
_OTHER_NOUN_ARTICLES = {
    "de": "das",
    "fr": "les l' l\u2019",
    "es": "los las",
    "it": "i gli le l' l\u2019",
    "pt": "os as",
}
EU_NOUN_ARTICLES = {
    lang: definite | indefinite | word_set(_OTHER_NOUN_ARTICLES.get(lang, ""))
    for lang, (definite, indefinite) in EUROPEAN_SUBJECT_ARTICLES.items()
}
_EU_OBJECT_OPENERS = {
    lang: EU_NOUN_ARTICLES[lang] | word_set(words)
    for lang, words in {
        "fr": "ce cet cette ces son sa ses leur leurs",
        "es": "unos unas este esta estos estas su sus",
        "it": "questo questa questi queste suo sua suoi sue",
        "pt": "este esta estes estas seu sua seus suas ao aos",
    }.items()
}


def european_present_form(low: str, nxt: str, lang: str) -> bool:
    """Whether the lowercase word ``low`` of ``lang``, standing right after its clause's
    subject (the caller knows), is a verb in the present: one of the present's endings, no
    adjective's or adverb's, and in French, Spanish, Italian and Portuguese an object's first
    word ``nxt`` after it (an article, a possessive; "" when a time follows: "incontra oggi").
    German and Dutch put the verb second, so a lowercase word there is one."""
    if len(low) < 4 or not low.isalpha() or low in _EU_NOT_PRESENT[lang]:
        return False
    if not low.endswith(_EU_PRESENT_ENDINGS[lang]) or low.endswith(_EU_NOT_PRESENT_ENDINGS):
        return False
    return lang in ("de", "nl") or not nxt or nxt in _EU_OBJECT_OPENERS[lang]


#: Prepositions that open a noun's complement: the word after one is a noun ("conférence
#: de presse", "conferenza di stampa").
_NOUN_COMPLEMENT_OPENERS = word_set("de di da do du van von des del della dos das")
#: German and Dutch pasts in "-t", no present ("hielt", "galt", "bracht", "besloot").
_PASTS_IN_T = {
    "de": word_set("hielt trat bat galt riet briet tat"),
    "nl": word_set("bracht dacht kocht zocht wist liet besloot sloot schoot genoot"),
}


def european_present_verb(low: str, before: str, lang: str) -> bool:
    """Whether the lowercase word ``low`` of ``lang``, after the lowercase word ``before``
    and right before a day ("Das Gericht entscheidet am Donnerstag", "Ajax speelt vrijdag",
    "le Sénat vote jeudi", "El Barça juega el domingo"), is a verb in the present, which
    puts the day ahead: a present ending, no past one ("meldeten", "votaram") nor a past
    listed ("trafen", "hielt"), no auxiliary ("hat am Montag", "a … lundi"), no noun after
    an article ("le vote jeudi") nor after "de" ("une conférence de presse mardi")."""
    if (
        low in EU_AUXILIARIES[lang]
        or before in _EU_DETERMINERS[lang]
        or before in EU_NOUN_ARTICLES[lang]
        or before in _NOUN_COMPLEMENT_OPENERS
    ):
        return False
    if not european_present_form(low, "", lang):
        return False
    if lang in ("de", "nl"):
        if low.endswith("en"):
            return not low.endswith(("ten", "den")) and low not in _LISTED_VERBS[lang]
        return low not in _PASTS_IN_T[lang]
    return european_verb_strength(low, before, lang) == 0


def dutch_weak_past(low: str) -> bool:
    """Whether the lowercase Dutch word ``low``, right after its clause's subject (the
    caller knows), is a weak past ("presenteerde", "kondigde", "waarschuwden"): endings an
    adjective shares, but no adjective follows a subject in a Dutch clause."""
    return len(low) > 4 and low.isalpha() and low.endswith(_DUTCH_PAST_ENDINGS)


#: Endings of Dutch weak pasts, singular and plural.
_DUTCH_PAST_ENDINGS = ("de", "te", "den", "ten")


def dutch_verb_like(low: str) -> bool:
    """Whether the lowercase Dutch word ``low`` may be the infinitive or participle an
    auxiliary serves: "-en", "-aan" ("bevriezen", "verloren", "gaan") or a participle in
    "-d"/"-t" with "ge" early in it or a prefix ("gebouwd", "aangekondigd", "betaald",
    "verkocht"); not "rapport", "directeur"."""
    if low.endswith(("en", "aan")):
        return True
    return low.endswith(("d", "t")) and ("ge" in low[:6] or low.startswith(_DUTCH_PREFIXES))


#: Dutch verb prefixes that take no "ge" in the participle ("betaald", "verkocht", "erkend").
_DUTCH_PREFIXES = ("be", "ver", "ont", "her", "er")


@functools.lru_cache(maxsize=1 << 16)
def european_verb_strength(low: str, before: str, lang: str) -> int:
    """How surely the lowercase word ``low`` of ``lang`` (one of :data:`EU_AUXILIARIES`),
    after the lowercase word ``before``, is a verb: 2 for an auxiliary, a speech verb
    ("sagte", "a déclaré" → "a") or a listed verb, 1 for a past or future ending,
    else 0 (memoised: the same words come back)."""
    if lang in ("fr", "it") and ("'" in low or "\u2019" in low):
        low = low.replace("\u2019", "'").rpartition("'")[2]  # "l'a", "s'est", "l'avait", "c'è"
    if low == "a" and before == "y":
        return 0  # French "il y a": "there is", or "ago" ("il y a trois mois")
    if low in EU_AUXILIARIES[lang] or low in EUROPEAN_SPEECH_VERBS.get(lang, frozenset()):
        return 2
    if low in _LISTED_VERBS.get(lang, ()):
        return 2
    if lang == "nl" or before in _EU_DETERMINERS[lang]:
        return 0
    if before in _EU_ARTICLE_PRONOUNS.get(lang, ()) and low.endswith(_EU_NOUN_ENDINGS[lang]):
        return 0
    if lang == "pt" and "-" in low:
        low = low.partition("-")[0]  # a pronoun joined after the verb: "reuniu-se", "disse-lhe"
    if len(low) > 3 and low.isalpha() and low not in _EU_NOT_VERBS:
        return int(low.endswith(_EU_VERB_ENDINGS[lang]))
    return 0


@functools.lru_cache(maxsize=1 << 16)
def may_be_english_verb(low: str) -> bool:
    """Whether the lowercase English word's own form lets it be a verb.

    A word is a verb (:func:`english_verb_strength` above zero) only when this holds or the
    word before it is one of :data:`EN_VERB_SLOTS`: a cheap test on the word alone that rules
    out most words before their neighbours are looked at. Memoised, like
    :func:`may_be_indonesian_verb`: the same words come back again and again.
    """
    return low in _EN_KNOWN_VERBS or low.endswith(("ed", "s"))


@functools.lru_cache(maxsize=1 << 16)
def may_be_indonesian_verb(low: str) -> bool:
    """Whether the lowercase Indonesian word's own form lets it be a verb: with
    :data:`ID_AUXILIARIES` before it the only way :func:`indonesian_verb_strength` is above
    zero."""
    return _indonesian_form_strength(low) > 0


#: :func:`may_be_english_verb` and :func:`may_be_indonesian_verb` by word form.
ENGLISH_VERB_FORMS = WordMemo[bool](may_be_english_verb)
INDONESIAN_VERB_FORMS = WordMemo[bool](may_be_indonesian_verb)


def headline_verb_strength(word: str, lang: str, prev: str = "", nxt: str = "") -> int:
    """How surely a word of a headline (not its first word: the subject comes first) is its
    verb: 2 sure, 1 weak, 0 not. Headlines capitalise every word and drop affixes: "DPR
    Sahkan RUU", "Polisi Tangkap Pelaku", "Ministers Back Plan", "Court Bans Rally". A
    headline in sentence case ("Mayor backs tram plan") is read as any sentence, a
    capitalised word before being a name; ``prev`` and ``nxt`` are the English word's
    neighbours for that."""
    low = word.lower()
    if lang == "en":
        if word[:1].isupper() and headline_form_of(low, "en", EN_HEADLINE_VERBS):
            return 2
        if word[:1].islower() and prev[:1].isupper() and prev.lower() in EN_MODALS:
            prev = ""  # "reopens in May after repairs": a month (Title Case writes "May Reopen")
        strength = english_verb_strength(low, prev.lower(), nxt.lower(), "", prev[:1].isupper())
        return strength or int(word.islower() and _sentence_case_headline_verb(low, prev))
    form = _indonesian_form_strength(low)
    if form == 2:  # "Banjir Menerjang …", "IHSG Ditutup …"; ber- is weak: "Demam Berdarah"
        return 1 if low.startswith("be") and low not in ID_HEADLINE_BER else 2
    return 2 if bare_indonesian_verb(low) else form


def bare_indonesian_verb(low: str) -> bool:
    """Whether the lowercase word is an Indonesian verb without its prefix as headlines and
    quick speech write it: a root ("tangkap", "tolak"), with "-i" ("tanggapi") or with "-kan"
    ("naikkan"): "Polisi Tangkap Pelaku", "mengatakan polisi tangkap pelaku"."""
    if low in ID_HEADLINE_ROOTS or (low.endswith("i") and low[:-1] in _ID_HEADLINE_STEMS):
        return True
    return _headline_kan(low)


def headline_form_of(low: str, lang: str, roots: frozenset[str], bare: bool = True) -> bool:
    """Is the lowercase word one of ``roots`` as a headline writes it: an English base form
    bare or with "-s"/"-es" ("Back", "Bans", "Approves"), an Indonesian root bare or with
    "-kan" or "-i" ("Sebut", "Peringatkan", "Tanggapi")?

    The one stem test for headline verbs: :data:`EN_HEADLINE_VERBS` here and the looser
    roots of :data:`reader.analysis.name_cues.HEADLINE_VERB_ROOTS` in the entity reader.
    ``bare=False`` leaves out an English root's bare form, for roots that are nouns as often
    as verbs when bare ("Host", "Post", "Welcome") and verbs only when inflected ("Hosts").
    """
    if lang == "en":
        stems = (
            low if bare else "",
            low[:-1] if low.endswith("s") else "",
            low[:-2] if low.endswith("es") else "",
        )
    else:
        stems = (low, low[:-3] if low.endswith("kan") else "", low[:-1] if low[-1:] == "i" else "")
    return not roots.isdisjoint(stems)


def _sentence_case_headline_verb(low: str, prev: str) -> bool:
    """A headline verb in a headline written in sentence case, after a noun or name that
    agrees with it: "profit jumps", "prices rise", "Wildfire forces" (weak: "budget cuts
    hit schools" keeps the sure "hit")."""
    before = prev.lower()
    if not prev.isalpha() or before in EN_FUNCTION_WORDS or before in EN_DETERMINERS:
        return False
    if not headline_form_of(low, "en", EN_HEADLINE_VERBS):
        return False
    if prev[:1].isupper() and low.endswith("s"):
        return True  # after a name, which may end in "s" and be one ("Norvik Foods lifts")
    return before.endswith("s") != (low.endswith("s") and low not in EN_HEADLINE_VERBS)


def _headline_kan(low: str) -> bool:
    """A root with "-kan" ("Sahkan", "Umumkan", "Kembalikan"); not a ke-/pe- noun in "-an"
    ("Kebijakan", "Pendidikan") unless its stem is a bare verb ("Keluarkan")."""
    if len(low) < 6 or not low.endswith("kan") or not low.isalpha():
        return False
    return not low.startswith(("ke", "pe")) or low[:-3] in ID_BARE_VERBS


#: The nasal an Indonesian me- prefix puts in place of a root's first letter, which it drops:
#: "tahan" → "menahan", "pukul" → "memukul", "kirim" → "mengirim", "sita" → "menyita".
_ID_NASAL_FOR = {"t": "n", "p": "m", "k": "ng", "s": "ny"}
#: What may stand before a headline's root in the article's form of the verb ("menetapkan",
#: "ditahan", "mengesahkan"): the me- and di- prefixes, not ber-/ter- ("bertahan" is another verb).
ID_VERB_PREFIXES = frozenset(("me", "mem", "men", "meng", "meny", "menge", "di"))
#: Fewest letters two English forms must share to be one verb ("back" in "backs"/"backed").
_EN_SHARED_STEM = 4


#: Verbs a headline uses for the one its lede writes, as stems of English verbs and roots of
#: Indonesian ones: "Former mayor jailed …" / "… was sentenced to six years", "Polisi Bekuk
#: …" / "Polisi menangkap …". Only near-synonyms of the same happening.
_SYNONYMS = {
    "en": (
        ("jail", "sentenc", "imprison"),
        ("seiz", "captur"),
        ("quit", "resign"),
        ("slam", "blast", "critici", "condemn"),
        ("probe", "investigat"),
        ("vow", "pledg", "promis"),
        ("axe", "scrap"),
    ),
    "id": (
        ("tangkap", "bekuk", "ringkus", "ciduk", "amankan"),
        ("tinjau", "kunjungi", "sambangi"),
    ),
}
#: Most letters an English form adds to a stem of :data:`_SYNONYMS` ("sentenc" + "ed").
_SYNONYM_ENDING = 3


def same_happening_verb(headline: str, body: str, lang: str) -> bool:
    """Whether lowercase ``headline`` (a headline's verb) and ``body`` (an article's) tell one
    happening: forms of one verb (:func:`same_verb`) or of near-synonyms (:data:`_SYNONYMS`)."""
    if same_verb(headline, body, lang):
        return True
    group = _synonym_group(headline, lang)
    if group is None:
        return False  # most headline verbs
    if lang == "en":
        return _en_form_of_any(body, group)
    return any(same_verb(root, body, lang) for root in group)


@functools.lru_cache(maxsize=256)
def _synonym_group(headline: str, lang: str) -> tuple[str, ...] | None:
    """The group of :data:`_SYNONYMS` the headline's verb belongs to, if any (asked once per
    headline verb, which is compared with every word of its lede)."""
    for group in _SYNONYMS.get(lang, ()):
        if headline in group or (lang == "en" and _en_form_of_any(headline, group)):
            return group
    return None


def _en_form_of_any(word: str, stems: tuple[str, ...]) -> bool:
    """Whether the English ``word`` is a form of one of ``stems`` ("sentenced", "jails")."""
    return any(word.startswith(stem) and len(word) - len(stem) <= _SYNONYM_ENDING for stem in stems)


def same_verb(headline: str, body: str, lang: str) -> bool:
    """Whether lowercase ``headline`` (a headline's verb, as headlines write it) and ``body``
    (a verb of the article) are forms of one verb: "tetapkan"/"menetapkan", "tahan"/"menahan",
    "resigns"/"resigned", "backs"/"backed". Irregular English forms ("wins"/"won") are missed.
    """
    if headline == body:
        return True
    if lang == "en":
        shared = next(
            (k for k, (a, b) in enumerate(zip(headline, body, strict=False)) if a != b),
            min(len(headline), len(body)),
        )
        return shared >= max(_EN_SHARED_STEM, min(len(headline), len(body)) - 2)
    if len(headline) < 4:
        return False
    nasal = _ID_NASAL_FOR.get(headline[0])
    root = headline
    if nasal is not None and body.endswith(nasal + headline[1:]):
        root = nasal + headline[1:]  # "menahan": the nasal stands for the root's "t"
    return body.endswith(root) and body[: len(body) - len(root)] in ID_VERB_PREFIXES


def is_relative(word: str, lang: str) -> bool:
    """True for words that open a relative clause ("yang", "who", "which")."""
    return word.lower() in RELATIVES.get(lang, RELATIVES["id"])


def is_subordinator(word: str, lang: str, prev: str | None = None, nxt: str = "") -> bool:
    """True for words that open a relative or purpose clause ("yang", "untuk", "who", "to").

    ``prev`` is the word before: "to" after "due"/"set"/"going" ("is due to meet") does not
    subordinate, the verb after it is the clause's predicate. ``nxt`` is the word after:
    "to" before a determiner, a number or a name is a preposition ("profit for the three
    months to June climbed", "moved to the capital", "rose to 310").
    """
    low = word.lower()
    if low == "to" and (
        (prev or "").lower() in EN_RAISING
        or nxt[:1].isupper()
        or nxt[:1].isdigit()
        or nxt.lower() in EN_DETERMINERS
    ):
        return False
    return low in SUBORDINATORS.get(lang, SUBORDINATORS["id"])


#: Prepositions after which an -ed word before a noun describes it: "a maker of baked
#: snacks", "clashed with armed men", "over alleged fraud" ("by" is read apart; not "and",
#: whose -ed word may be a second verb: "arrested and questioned suspects").
_EN_PREPOSITIONS = EN_FUNCTION_WORDS - word_set("to by and or but as")


def _counted_adjective(word: str, prev: str, nxt: str) -> bool:
    """An -ed word between a number or a preposition and a noun: "three masked men", "200
    injured people", "a maker of baked snacks"."""
    before = prev.lower()
    return (
        word.endswith("ed")
        and (before in EN_COUNT_WORDS or prev[:1].isdigit() or before in _EN_PREPOSITIONS)
        and nxt.isalpha()
        and nxt.islower()
        and nxt not in _EN_NOT_NOUNS
    )


def _english_present_s(word: str, prev: str, after: str, prev2: str, prev_is_name: bool) -> bool:
    """A lowercase -s word after a subject (a name, "the result") and before an object,
    place, name or number ("unveils a", "lifts Redcliffe", "wins 2-1")."""
    low = word.lower()
    return (
        word.islower()
        and len(low) >= 4
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ics"))
        and (prev_is_name or (prev.isalpha() and prev2.lower() in EN_DETERMINERS))
        and prev.lower() not in EN_FUNCTION_WORDS
        and prev.lower() not in EN_COUNT_WORDS  # "the three months", "Thirty years on"
        and (
            after.lower() in EN_OBJECT_OPENERS
            or (after.lower() in _EN_UNTIL and low in _EN_LASTING)
            or after[:1].isupper()
            or after[:1].isdigit()
        )
    )


#: Words that bound how long a state lasts, after one of :data:`_EN_LASTING`: "The
#: festival runs through Sunday", "The strike lasts until Friday" (a plural before them is
#: a noun: "trains through the tunnel").
_EN_UNTIL = word_set("through until till")
#: Verbs in -s of a state that lasts.
_EN_LASTING = word_set("runs lasts continues stays")


#: English past tenses in -ed of four letters, which the -ed rule (five letters or more, to
#: leave out "bed", "red", "shed") would miss: "three patients died", "police used tear gas".
_EN_SHORT_ED = word_set("died used sued owed eyed axed tied")
#: English verbs in -ed that take no object, so are never a passive describing the noun
#: before them: "three patients died on her ward" tells a happening, unlike "price increases
#: introduced in the spring".
_EN_INTRANSITIVE_ED = word_set(
    """died arrived occurred happened collapsed erupted emerged disappeared vanished drowned
    resigned retired"""
)


def _reduced_relative(word: str, prev: str, nxt: str) -> bool:
    """Whether the -ed ``word`` after a plural noun and before a preposition may describe the
    noun rather than tell what it did: "price increases introduced in the spring angered
    commuters". Weak, so a sure verb later in the clause is its predicate; with none
    ("Shares dropped in early trading") the word still is."""
    return (
        word.islower()
        and word.endswith("ed")
        and word not in _EN_INTRANSITIVE_ED
        and nxt.lower() in _RELATIVE_PREPOSITIONS
        and _plural_subject(prev)
    )


#: Prepositions that may follow a participle describing a noun ("introduced in", "made by").
_RELATIVE_PREPOSITIONS = frozenset({"in", "by", "during", "at", "on", "last", "since", "under"})


def _plural_subject(word: str) -> bool:
    """Whether ``word``, right before a base-form verb, may be its plural subject: a noun in
    -s ("analysts", "Prices"), not "-ss", "-us", "-is" ("business", "census", "this") nor a
    function word or auxiliary."""
    low = word.lower()
    return (
        len(low) >= 4
        and low.isalpha()
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and low not in EN_FUNCTION_WORDS
        and low not in EN_AUXILIARIES
        and low not in EN_DETERMINERS
    )


def _english_verb(low: str, before: str) -> bool:
    if low in EN_AUXILIARIES or low in EN_ADVERBS:
        return False  # "has been arrested": the predicate is the verb after the auxiliaries
    if before in EN_MODALS or before == "to":  # "will meet"; "is due to meet" (see EN_RAISING)
        return low.isalpha() and low not in EN_DETERMINERS and low not in EN_AUXILIARIES
    if before in EN_AUXILIARIES and (low.endswith(("ed", "ing", "en")) or low in EN_IRREGULAR):
        return True
    if before in EN_PLURAL_PRONOUNS or (before in EN_SINGULAR_PRONOUNS and low.endswith("s")):
        return low.isalpha() and low not in EN_AUXILIARIES and low not in EN_DETERMINERS
    if low in EN_IRREGULAR or low in EN_PRESENT or low in EN_SPEECH_VERBS:
        return before not in EN_DETERMINERS
    return (
        low.endswith("ed")
        and (len(low) >= 5 or low in _EN_SHORT_ED)
        and low.isalpha()
        and low not in EN_NOT_VERBS
        and before not in EN_DETERMINERS
    )
