"""Events: one per reported happening — a predicate with its participants — on a timeline.

How a sentence becomes events:

* It is cut into segments at commas (weak) and at clause-joining words and marks (strong:
  "tetapi", "namun", "sementara", "di mana", "but", "while", "where", ";", dashes,
  "lalu"/"kemudian"/"then" after a comma, and "dan"/"and" before a sure verb, whose clause
  shares the subject of the one before). Words inside direct quotes never count as
  predicates. "setelah", "sebelum", "sejak", "after", "before", "since" cut too, but what
  they open stays a phrase of the clause before unless it has a subject and a sure verb
  ("setelah warga melapor" is a clause, "after the break" and "sejak itu" are not; nor is
  "since" after an auxiliary, "have since improved"); a clause joined by "setelah"/"after"
  is an aside told out of order: it happened first.
* Each segment's predicate is its first verb that is not in a relative or purpose clause
  (:mod:`reader.analysis.predicates`; with a parse, a ``VERB`` that is not ``acl``). A segment
  with a predicate and something before it ("Putin menolak …", ", dengan Kyiv mengatakan …")
  opens a new clause; a predicate with nothing before it continues the clause it follows
  (", menambahkan bahwa …", ", adding that …") — or opens one after a strong boundary
  ("…, tetapi menolak …"); a segment without a predicate joins its neighbour (leading
  segments like "Namun," or "dalam panggilan … pada hari Selasa," join the next clause).
* Every clause with a predicate is an event, except a pure speech frame around a quote
  ("“…,” he said", "Lopez told reporters: “…”"): those add nothing the quote does not show.
  A speech (or belief) verb with reported content is cut where the content opens, at
  "that"/"bahwa" or, in English and Indonesian, at its subject ("Trump mengatakan | panggilan
  Rabu … berlangsung sekitar satu jam", "said on Monday | it would cut jobs"): the saying and
  what it reports are two events, each with its own day. A closing English attribution ("…,
  prosecutors said") is no event: it joins the clause it sources.

An event's ``actors`` are the actors of the entities in its clause (outside quotes) plus its
subject: the speaker when its predicate is a quote's speech cue, the person a subject pronoun
("ia", "he") stands for, the speaker for "it"/"they" opening what was reported, or for a
clause without a subject of its own ("… and met Cho") the subject of the clause before. Its
``time`` comes from a DATE (or a TIME naming a day) in its clause, else (but for a reported
clause, or one with a year or month of its own) from the clause before it in the same
sentence ("… pada hari Selasa, di mana pemimpin Rusia setuju …"), else from a date of the
sentence outside every clause, else from the previous event when the sentence continues the
same scene ("Dalam panggilan itu, …", "During the call, …"), else from a dated event that
reports the same happening (at least two shared people, the speaker counting for what was
reported, and a shared content word: "mengadakan panggilan … dengan Zelensky" / "Trump
mengatakan panggilan Rabu dengan Zelensky …").
A clause dated only by a month or a year has that period as its ``time`` ("2025-03",
"2022"; see :func:`_partial_time`), ordered by a rough day in it. Dates inside quotes are
ignored. ``order`` follows :func:`reader.analysis.narrative.timeline_order`
with the article's reference day (the day relative times were resolved against); in a live
blog, whose paragraphs open with a timestamp ("01:45 GMT — …"), the entries' events are
ordered by their stamps (see :func:`_live_blog_entries`).
Events are returned in text order; ids are "e1", "e2", … in that order.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from typing import Literal

from reader.analysis.doc import Doc
from reader.analysis.european import is_title
from reader.analysis.memo import WordMemo
from reader.analysis.model import Actor, Entity, Event, Quote, TimeSpan
from reader.analysis.name_cues import PLACE_PREPOSITIONS
from reader.analysis.narrative import (
    CLOSING_CUES,
    CUE_OPENERS,
    FLASHBACK_WORDS,
    LATER,
    SEQUENCE_WORDS,
    TEMPORAL_JOINERS,
    Cue,
    Placement,
    closing_cue,
    offset_day,
    rough_day,
    rough_future_day,
    rough_value_day,
    timeline_order,
    words_cue,
)
from reader.analysis.number_words import starts_quantity
from reader.analysis.predicates import (
    EN_ADVERBS,
    EN_AUXILIARIES,
    EN_BASE_PASTS,
    EN_HEADLINE_VERBS,
    EN_OBJECT_OPENERS,
    EN_SCHEDULE_VERBS,
    EN_VERB_SLOTS,
    ENGLISH_VERB_FORMS,
    EU_AUXILIARIES,
    EU_NOUN_ARTICLES,
    EU_PLUPERFECT_AUXILIARIES,
    FUTURE_AUXILIARIES,
    ID_ADVERBS,
    ID_AUXILIARIES,
    ID_CHANGE_VERBS,
    ID_HEARSAY_VERBS,
    ID_PLAN_VERBS,
    ID_YANG_ADJECTIVES,
    INDONESIAN_VERB_FORMS,
    PLAN_VERBS,
    RELATIVES,
    SUBORDINATOR_WORDS,
    bare_indonesian_verb,
    dutch_verb_like,
    dutch_weak_past,
    english_verb_strength,
    european_future_form,
    european_present_form,
    european_verb_strength,
    headline_form_of,
    headline_verb_strength,
    indonesian_verb_strength,
    is_relative,
    is_subordinator,
    same_happening_verb,
)
from reader.analysis.speech import (
    ADVERBS_BETWEEN,
    EUROPEAN_SUBJECT_ARTICLES,
    PERSON_ONLY_PRONOUNS,
    PERSON_PRONOUNS,
    framing_verb_forms,
    speech_verb_forms,
    word_set,
)
from reader.analysis.timegrammar import PERIOD_EDGE_WORDS, PRESENT_WORDS, UNTIL_WORDS
from reader.analysis.timevalues import period_value, read_value
from reader.analysis.titles import is_title_word
from reader.analysis.words import (
    Mentions,
    Persons,
    Word,
    according_length,
    according_openers,
    tokens_of,
    word_starts,
    words_inside,
    words_of,
)

#: The kinds of period an event's time may be when its clause names no day (see _partial_time).
_PARTIAL_KINDS = frozenset(("year", "month", "quarter"))
#: Most words of the subject before a bare verb in a reported Indonesian clause (see
#: _EventFinder._bare_reported): "polisi", "pemerintah daerah", "tim gabungan polisi".
_BARE_SUBJECT_WORDS = 3
#: Longest summary, in characters, before it is cut at a word boundary.
SUMMARY_LENGTH = 80
#: Words that open a sentence with the time of its main clause: "Saat rapat berlangsung,
#: mahasiswa berunjuk rasa", "When the polls closed, …". Such a clause dates the one after it
#: rather than being a happening of its own. ("While" and "as" are left out: they as often
#: contrast two happenings or give a reason.)
_WHEN_OPENERS = word_set("saat ketika sewaktu tatkala when")
#: Those that cut a clause off mid-sentence ("… tertunda ketika dana habis", "… delayed
#: when funding ran out"): said only of the time, left out of that clause's summary (unlike
#: "after"/"setelah", which tell the order).
_WHEN_JOINERS = _WHEN_OPENERS & frozenset(TEMPORAL_JOINERS)
#: Words of comparison: a date a few words (at most _COMPARED) after one is what a change
#: is measured against, not when it happened ("naik 12 persen dibandingkan tahun lalu").
_COMPARISON_WORDS = word_set("dibandingkan dibanding ketimbang daripada than compared versus vs")
_COMPARED = 5
#: Most words a headline has (see _EventFinder._headline).
_HEADLINE_WORDS = 16
#: How many words a sentence-opening "before" clause may have before its "before" ("Two
#: days before …", "Hanya sepekan sebelum …").
_LEAD_WORDS = 4
#: How many sentences after the headline its happening is looked for: the lede's.
_LEDE_SENTENCES = 3
#: How many events away a report of the same happening is looked for.
_SAME_HAPPENING_REACH = 40
#: A speech frame around a quote with at most this many other words adds nothing to it.
_BARE_FRAME_WORDS = 5
#: A closing "…, officials from both countries said in a statement" has at most this many
#: words on either side of its speech verb.
_ATTRIBUTION_WORDS = 6
# The most words a subject put before the summary of a clause that shares it may have.
_LEAD_SUBJECT_WORDS = 6

# Words that join clauses: the segment starting with one is a new clause candidate.
_STRONG_WORDS = word_set(
    "tetapi tapi namun sedangkan sementara padahal meskipun walaupun walau "
    "but while whereas although though because"
)
# "di mana"/"where" start a clause only after a comma (else "where" may be a question word).
_RELATIVE_WHERE = ("di mana", "dimana", "where")
# The words such a clause opens with: a cheap test before pairing words up.
_WHERE_OPENERS = frozenset(_RELATIVE_WHERE).union(p.split()[0] for p in _RELATIVE_WHERE)
# Words that may open a clause of their own right after a comma (a cheap test first).
_COMMA_OPENERS = _WHERE_OPENERS | SEQUENCE_WORDS
# Joining words left out of an event's span and summary ("Tetapi", "di mana", "but").
#: "And" in the other European languages: before a verb it joins a second predicate of the
#: same subject ("rechazó la medida y pidió su retirada"), as "and" does.
_EU_AND_WORDS = {"de": "und", "nl": "en", "fr": "et", "es": "y", "it": "e", "pt": "e"}
_LEADING_JOINERS = (
    _STRONG_WORDS | word_set("di mana dimana where dan and") | frozenset(_EU_AND_WORDS.values())
)
_STRONG_MARKS = frozenset(";\u2013\u2014")  # semicolon, en dash, em dash
#: A colon cuts like a semicolon when a clause in lowercase follows it ("The dispute sounds
#: familiar: managers offered …"); before a quote or a capitalised list it is no cut.
_COLON = ":"
#: Words that open what was said or found ("said on Tuesday that …", "mengatakan bahwa …"),
#: and verbs of finding out that, like speech verbs, may be followed by one ("learned that
#: a witness had lied"). Such a clause with a day of its own is a happening of its own.
_THAT_WORDS = word_set("that bahwa")
#: What joins the places of a list of subjects: "Indonesia dan Malaysia", "Poland, Lithuania
#: and …".
_LIST_JOINERS = word_set(", dan serta and &")
#: What may stand right before a place that is the subject of its clause (besides the clause's
#: start): a list of subjects ("Indonesia dan Malaysia", "Poland, Lithuania and …"), an
#: article ("the Kremlin"), "pihak" ("pihak Rusia"). A title or a preposition there makes the
#: place a modifier or a setting ("Bupati Garut", "warga di Bekasi", "governor of Volgograd").
_SUBJECT_OPENERS = _LIST_JOINERS | word_set("the pihak")
#: Words that open a subject only right before its predicate: "dengan Kyiv mengatakan …",
#: "with Kyiv saying …" (not "together with France, Germany said").
_ABSOLUTE_OPENERS = word_set("dengan with")
#: The word after the subject's head that names whom it acts for: "Negotiators from Verania
#: met", "Delegasi dari Malaysia tiba"; and how many words that subject may have.
_FROM = word_set("from dari")
_ORIGIN_HEAD_WORDS = 3
#: What may stand right after a subject place before its predicate (besides auxiliaries and a
#: time: "Kyiv has said", "Kyiv on Thursday said"): the list's joiners and a few adverbs.
_SUBJECT_LINKS = _LIST_JOINERS | ADVERBS_BETWEEN  # ("Kostal later accepted", "Kyiv juga")
_KNOWING_VERBS = word_set(
    "learned learnt found ruled showed shown revealed knew concluded decided discovered "
    "mengetahui menemukan memutuskan mengakui menyadari"
)
#: Verbs whose hearer stands between them and "that" ("told parliament that", "warned
#: investors that"), and the word that introduces the hearer of an Indonesian speech verb
#: ("mengatakan kepada wartawan bahwa"); the hearer has at most _HEARER_WORDS words.
_TELLING_VERBS = word_set("told tell tells informed assured reminded warned briefed notified")
_TO_HEARER = word_set("kepada")
_HEARER_WORDS = 4
#: Prepositions of where a hearer was told ("told a press conference in Kyiv"), and how
#: many words a hearer with that place may take.
_TOLD_AT = word_set("in at")
_HEARER_REACH = 7
#: Words between a verb and "that" that may belong to a time phrase: "said on Tuesday that".
_TIME_PREPOSITIONS = word_set("on in at pada di")
#: The words that may stand between a time and the "until"/"hingga" before it (which makes
#: the time the end of a state, not the day of a happening) besides a clock time ("until 9am
#: on Saturday") or the edge of it ("until the end of Monday"), and how many words that may
#: take.
_UNTIL_BRIDGE = word_set("on at pukul the of") | PERIOD_EDGE_WORDS
_UNTIL_REACH = 5  # "until 10 a.m. on Saturday": the clock may be several words
_UNTIL_CHARS = 32
# Words and marks a sentence may be cut at (lowercase): commas, strong marks, strong words.
_CUT_WORDS = _STRONG_WORDS | _STRONG_MARKS | {","} | frozenset(TEMPORAL_JOINERS)
# First words of narrative cues looked for beyond a clause's first four words ("Jaksa
# sebelumnya menuntut"): all but the very common ones ("the next day", "at the time").
_LATE_CUE_OPENERS = CUE_OPENERS - word_set("the at")
# "and" cuts only before a sure verb: "… arrived in Seoul and met her counterpart".
_AND_WORDS = word_set("dan and")
#: Words that may follow an Indonesian weak verb closing a clause opened by a temporal joiner
#: (see _EventFinder._weak_clause_end): a preposition of time or place, or "dan".
_AFTER_WEAK_VERB = _TIME_PREPOSITIONS | PLACE_PREPOSITIONS | _AND_WORDS
# Words that join two clauses in a headline only: "Mayor Jailed as Bribery Saga Ends",
# "Shares fall as inflation bites". (In running text "as" is as often "such as", "as well
# as", "known as".)
_HEADLINE_JOINERS = word_set("as")
# Words that may put what follows them ahead in time: auxiliaries ("akan", "will") and verbs
# of plans ("dijadwalkan", "expected to"; see _EventFinder._puts_ahead).
_AHEAD_WORDS = FUTURE_AUXILIARIES | PLAN_VERBS
#: Words that open a relative clause inside a subject ("A wildfire that started on
#: Saturday spread …"; see _EventFinder._past_subject_clause).
_SUBJECT_RELATIVES = word_set("that which who yang")
#: The English relative words, that open a clause inside another (see _relative_split).
_EN_RELATIVES = RELATIVES["en"]
# The marked words besides those sentences may be cut at.
_RARE_MARKED = (
    PERSON_PRONOUNS | _LATE_CUE_OPENERS | _AHEAD_WORDS | _COMPARISON_WORDS | _EN_RELATIVES
)
# Words looked for in every sentence: the ones it may be cut at, person pronouns, the
# first words of narrative cues, future auxiliaries, words of comparison and relatives.
_MARKED_WORDS = (
    _CUT_WORDS | _AND_WORDS | _HEADLINE_JOINERS | _RARE_MARKED | {_COLON}
    | frozenset(_EU_AND_WORDS.values())
)  # fmt: skip


@cache
def _marked_words(lang: str) -> frozenset[str]:
    """The :data:`_MARKED_WORDS` and the speech verbs of ``lang``: a clause they report may
    open after them (see _EventFinder._report_cuts)."""
    return _MARKED_WORDS | framing_verb_forms(lang) | _according_openers(lang)


@cache
def _according_openers(lang: str) -> frozenset[str]:
    """The first words of the "menurut"/"according to" phrases of ``lang``
    (speech.ACCORDING_TO) but common prepositions ("in the words of", "nach Angaben von",
    "de acuerdo con"), so that the preposition is not looked up at every use."""
    return according_openers(lang) - _COMMON_PREPOSITIONS


#: Languages whose reported clauses may follow the speech verb with no "that"/"bahwa".
_BARE_REPORT_LANGUAGES = frozenset(("en", "id"))
#: Speech verbs of requests, after which no reported clause opens with its subject: what
#: follows is what was asked for, not what happened, and the noun after the verb is the
#: request's object ("meminta pemerintah memperhatikan …", "urged the government to act").
_NO_BARE_REPORT = word_set(
    "meminta mendesak mengimbau menyerukan memerintahkan menginstruksikan asked urged "
    "ordered called"
)
#: Words after a speech verb that open no reported clause: prepositions, hearers' markers,
#: "that"/"bahwa" (cut on their own), "it"s of idioms ("as he put it").
_NOT_REPORT_OPENERS = (
    _THAT_WORDS
    | _TIME_PREPOSITIONS
    | word_set(
        "to kepada for with about of by from as after before during dalam dengan tentang "
        "soal terkait untuk oleh saat ketika usai seusai sebelum setelah sambil"
    )
)
#: Verbs that pass on to the verb of what is alleged or planned after them (see
#: _EventFinder._happening_verb): Indonesian hearsay and plan verbs, English schedule verbs.
_PASSED_ON_VERBS = ID_HEARSAY_VERBS | ID_PLAN_VERBS | EN_SCHEDULE_VERBS
#: "be" and "have" between "expected to" and the verb ("expected to be sentenced").
_PASSIVE_BE = word_set("be have")
#: Pronouns that open a reported clause for the speaker who is no person pronoun's: "it"
#: for a body, "they" for a group.
_SPEAKER_PRONOUNS = word_set("it they")
#: How many words a reported clause's subject and auxiliaries may take before its verb.
_REPORTED_SUBJECT = 8
#: Prepositions that open some "according to" phrases but far more other phrases.
_COMMON_PREPOSITIONS = word_set("in nach de")
#: Most words of the source named after "menurut"/"according to" ("Menurut Kepala Badan
#: Meteorologi, Klimatologi …" is cut at its comma before that).
_SOURCE_WORDS = 12
# Words that may precede a predicate without being its subject.
_NOT_SUBJECT = (
    _STRONG_WORDS
    | frozenset(TEMPORAL_JOINERS)
    | ADVERBS_BETWEEN
    | word_set(
        "dan and atau or itu kemudian setelah lalu selanjutnya sebelumnya later earlier afterwards "
        "previously meanwhile saling"
    )
    | frozenset(_EU_AND_WORDS.values())
    | ID_HEARSAY_VERBS  # "…, yang ditetapkan … pada Mei, diduga menerima …": no subject
)
# Auxiliaries: a temporal joiner right after one is an adverb ("have since improved").
_AUXILIARIES = EN_AUXILIARIES | ID_AUXILIARIES
#: Words after an auxiliary that are no verb it serves: articles, determiners, adverbs and
#: prepositions ("ist nicht", "a toujours", "es una", "è stato", "heeft ook").
_EU_NOT_LEXICAL = word_set(
    """nicht auch noch schon bereits sehr mehr jetzt heute gestern morgen wieder immer
    niet ook nog weer altijd vandaag gisteren morgen toujours encore aussi déjà jamais
    plus très aujourd'hui hier demain también todavía siempre nunca muy más hoy ayer mañana
    anche ancora sempre già molto più oggi ieri domani stato stata stati state sido estado
    também ainda sempre nunca muito mais hoje ontem amanhã então dans avec pour sans sobre
    para entre desde hasta dopo prima della delle degli nella nelle sulla sulle"""
)
#: Prepositions of a phrase a German or Dutch clause puts after its final verb ("heeft
#: verloren van PSV in Eindhoven", "speelde gelijk tegen Ajax").
_EXTRAPOSED_PREPOSITIONS = word_set(
    "van in op met tegen bij voor na aan uit om over naar door zonder tijdens gegen gegenüber"
)
#: Infinitives of "be", "become" and "have" that close a German or Dutch clause after the
#: word that tells what happens ("fortgesetzt werden", "fertig sein", "gebouwd worden").
_FINAL_AUXILIARIES = word_set("sein werden worden haben zijn hebben")
#: Dutch "be": the word after it that tells the state need not look like a verb ("was
#: aanwezig"); after another auxiliary it must (see predicates.dutch_verb_like: "heeft een
#: nieuwe directeur" has no verb but "heeft").
_DUTCH_COPULAS = word_set("is zijn was waren")
#: Heads of a description of an organisation after a definite article in those languages
#: ("el club", "la squadra", "das Unternehmen", "het bedrijf", "le groupe").
_EU_BODY_HEADS = word_set(
    """club equipo conjunto empresa compañía organismo institución squadra scuderia società
    azienda istituto équipe société entreprise groupe organisme equipa clube
    instituição unternehmen konzern verein mannschaft firma bedrijf ploeg concern"""
)
#: How many characters before a person's name their title is looked for ("La ministra de
#: Sanidad, Mónica García").
_TITLE_WINDOW = 40
#: How many sentences back such a description looks for the organisation it stands for.
_BODY_REACH = 3
#: Words between a Romance auxiliary and its infinitive: Spanish "a", reflexives and French
#: "pas" ("va a construir", "pourrait se tenir", "ne pourra pas venir").
_BEFORE_INFINITIVE = word_set("a se si pas")


def _without_clitic(low: str) -> str:
    """A Romance infinitive without the pronoun joined to it ("s'ouvrir", "realizar-se",
    "reunirsi" stays): what tells the verb."""
    if "'" in low or "\u2019" in low:
        low = low.replace("\u2019", "'").rpartition("'")[2]
    return low.partition("-")[0] if "-" in low else low


#: Languages whose sentences open with an article, not an object pronoun, before any word
#: but an auxiliary ("Le juge", "De rechter"; "Het is", and Italian "Lo ha detto", Spanish
#: "Lo dijo" open with a pronoun).
_ARTICLE_FIRST_LANGUAGES = frozenset(("fr", "nl"))
#: Prepositions and conjunctions that end a European subject's article and noun ("la marche
#: à Paris", "le gouvernement et …"): the word after them is not the subject's verb.
_EU_SUBJECT_BREAKS = word_set("de di da do du del van von et y e en in à a und")
# Words between "and" and the verb of a second predicate: "… and was charged", "dan kini
# memuncaki klasemen", "dan telah menahan".
_BEFORE_SECOND_VERB = _AUXILIARIES | ADVERBS_BETWEEN | word_set("kini now")
#: English joiners a gerund may follow as a clause of its own ("before slipping to third").
_GERUND_JOINERS = word_set("after before since")
#: What may open such a gerund's object or a phrase after it: "losing the vote", "slipping
#: to third", "passing him" (or a name or a number; "her" is among EN_OBJECT_OPENERS).
_GERUND_OBJECTS = EN_OBJECT_OPENERS | word_set("him them it us me")
# Words after "after"/"setelah"/"since" that make it an adverb or a phrase, not a clause
# joiner ("setelah itu", "since then", "after what he called …").
_NOT_A_CLAUSE_START = word_set("itu ini tersebut then that this what which")
# Of those, the words that make "since then", "sejak itu", "setelah itu" an adverb before a
# clause of its own: "Sejak itu pemerintah membangun …" is a happening.
_JOINER_ADVERBS = word_set("itu then")
# Words before the subject of a clause after "and": "and the group cut …".
_DETERMINERS = word_set("the a an its their his her para")
# Adverbs that may follow "and" before a verb, never its subject: "dan hampir mencuri".
_NO_SUBJECT_AFTER_AND = word_set("hampir nyaris almost nearly") | ID_ADVERBS | EN_ADVERBS
# Words ignored when comparing two events' content ("selama", "about").
_FUNCTION_WORDS = word_set(
    "selama sekitar dengan sebagai tentang kepada karena setelah sebelum dalam antara bahwa "
    "untuk tersebut sangat about after before with their there which would could should "
    "other still while where these those being"
)
# A sentence opening like "Dalam panggilan itu" / "During the call" continues the last scene.
_SAME_SCENE = re.compile(
    r"^\W*(?:dalam|pada|saat|selama|di|during|at|in|on)\s+(?:\w+\s+){0,3}?"
    r"(?:itu|tersebut|ini|this|that|the\s+call|the\s+meeting|the\s+talks)\b",
    re.IGNORECASE,
)

#: What stands between an organisation and the person it gives a title to: nothing but a
#: comma or a space ("Kepala BPBD Garut, Satria Budi"), or in English a possessive and the
#: role ("Harbor's chief executive, Laura Benson").
_TITLE_GAP = re.compile(r"(?:['\u2019]s((?: [a-z]+){1,3}))?,? ?")
#: Most words between a title and the body it names ("Kepala Eksekutif Pengawas Pasar Modal
#: OJK": "Eksekutif" is four words before "OJK").
_TITLE_REACH = 4
#: The four characters before an organisation named as the place where something happens:
#: "di Kedutaan Besar RI" (not "ke": "menyerahkan ke KPK" names a party to the happening;
#: nor English "at": "analysts at Goldman Sachs said" names whom they speak for).
_AT_PLACE = " di "
_IS_PUNCT = attrgetter("is_punct")
_LOWER = attrgetter("lower")
_START = attrgetter("start")
_SENT = attrgetter("sent")
_TIME = attrgetter("time")
_HAS_SUBJECT = attrgetter("has_subject")

_Boundary = Literal["start", "strong", "weak"]
_RANK: dict[str, int] = {"weak": 0, "strong": 1, "start": 2}


@dataclass(slots=True)
class _Segment:
    """Words ``[first, last]`` (indices into the sentence's words) between boundaries.

    Its kind: a clause with a ``trigger`` (predicate) and a subject before it, verbal with a
    trigger only, nominal without one."""

    first: int
    last: int
    boundary: _Boundary
    trigger: int | None = None
    sure: bool = False  # the trigger is surely a verb (strength 2)
    has_subject: bool = False
    #: a relative clause with a date of its own, its verb the trigger ("…, who visited Tokyo
    #: on Sunday, …"): the verb after it is the main clause's, a happening of its own
    relative: bool = False


@dataclass(slots=True)
class _Draft:
    """An event before ids, dates and order are final."""

    start: int
    end: int
    trigger: Word
    sent: int
    cue: Literal["before", "after"] | None
    aside: bool  # a flashback inside its sentence ("… setelah warga melapor")
    flashback: bool  # a look back in the pluperfect ("had approved", "pernah dilanda")
    ahead: bool  # told in the future ("akan dijerat", "will appear")
    actors: list[str]
    people: frozenset[str]
    time: str | None = None
    time_text: str | None = None
    #: The month, year or other period ("2025-02", "2024", "2024-Q3") the clause's time
    #: resolves to when it names no day, for ordering by a rough day (see _placements).
    coarse: str | None = None
    #: The words (first, last) of a clause with two people, whose content words are compared
    #: with other events' (see _EventFinder.content_of); None for any other clause.
    compared: tuple[int, int] | None = None
    content: frozenset[str] | None = None  # (found when first asked for)
    #: its predicate is a speech verb ("said", "mengatakan", "erklärte"): see _placements
    speech: bool = False
    #: it is what the speech clause before it reports ("said the talks had failed"): the
    #: day of the saying is not its day (see _EventFinder._date_sentence)
    reported: bool = False
    #: it opens its sentence with "before"/"sebelum" ("Before the meeting began, protesters
    #: gathered …"): the clause after it happened first (see _first_before)
    opens_before: bool = False
    #: its first actor is its subject, named or resolved before its predicate (not the
    #: object of "Officers detained Maria Lopez"): only then does a clause that shares the
    #: subject take it ("… and questioned her")
    subject_first: bool = True
    #: the words naming the subject a clause without its own shares with the clause before
    #: ("Lopez" for "… and met Cho"), put before its summary so that it says who acted
    lead: str = ""
    #: where the clause's own words resume after those ``lead`` stands for (the pronoun of
    #: "She said …" named as "Dana Cole said …"); 0 when the lead replaces none
    after_lead: int = 0


def find_events(
    doc: Doc,
    entities: list[Entity],
    actors: list[Actor],
    times: list[TimeSpan],
    quotes: list[Quote],
    pubdate: str | None = None,
) -> list[Event]:
    """The reported happenings of ``doc``, in text order, each placed on the timeline
    (``pubdate``, ISO, is the article's day when its times name none: see _reference_day)."""
    finder = _EventFinder(doc, Mentions(entities, actors), actors, times, quotes, pubdate)
    drafts = finder.drafts()
    _date_from_same_happening(drafts, finder.content_of)
    _date_by_offset(drafts, finder.reference)
    if finder.headline_end:
        _date_headline(drafts, doc.lang, doc.text)
    reference = finder.reference
    placements = _placements(drafts, reference, finder.valued_on_reference)
    _order_live_blog(placements, drafts, _live_blog_entries(doc.text, times), reference)
    order = timeline_order(placements, reference)
    _first_before(drafts, order)
    _first_of_joined(drafts, order)
    text = doc.text
    return [
        Event(  # id, start, end, summary, actors, time, time_text, order, trigger (by position:
            # a call with keywords costs more)
            f"e{i + 1}",
            d.start,
            d.end,
            _summary(d.lead + text[d.after_lead or d.start : _told_end(drafts, i)]),
            d.actors,
            d.time or _partial_time(d, reference),
            d.time_text,
            order[i],
            d.trigger.span(),
        )
        for i, d in enumerate(drafts)
    ]


class _EventFinder:
    """Clause segmentation and event drafting for one document.

    Words are addressed by their index in :func:`words_of` (the whole document); a sentence is
    the ``range`` of its words' indices.
    """

    def __init__(
        self,
        doc: Doc,
        mentions: Mentions,
        actors: list[Actor],
        times: list[TimeSpan],
        quotes: list[Quote],
        pubdate: str | None = None,
    ) -> None:
        self.doc = doc
        self.lang = doc.lang
        self.mentions = mentions
        #: people's names by actor id (a summary names the person a pronoun stands for)
        self.person_names = {a.id: a.name for a in actors if a.label == "PER"}
        self.people_ids = frozenset(self.person_names)
        quotes = sorted(quotes, key=_START)
        spans = [(q.start, q.end) for q in quotes]
        self.persons = Persons(doc, mentions, spans, quotes)
        # Days when things happened: DATEs, and TIMEs that name a day ("Selasa malam").
        self.dates = sorted(
            (
                t
                for t in times
                if (t.type == "DATE" or (t.type == "TIME" and _day(t)))
                and not self.persons.in_quote(t.start, t.end)
            ),
            key=_START,
        )
        self._date_starts = [t.start for t in self.dates]
        self._time_starts = [t.start for t in times]  # the time annotator's are disjoint
        self._time_ends = [t.end for t in times]
        self._time_start_set = frozenset(self._time_starts)
        self.reference = _reference_day(times) or pubdate
        #: Whether the time grammar valued the times against the reference day (a relative
        #: time is anchored on it), so that a period's value orders by that day (see
        #: narrative.rough_day).
        self.valued_on_reference = self.reference is not None and any(
            t.anchor and t.anchor[:10] == self.reference for t in times
        )
        # Speech cues of quotes ("ujarnya", "kata"), predicates of their clause here, and who
        # spoke at each: the subject of that clause, even when the cue names no one ("…,”
        # ujarnya), as the quote annotator has found the speaker already.
        self.cue_speakers = {(q.cue.start, q.cue.end): q.speaker for q in quotes if q.cue}
        self.words = words_of(doc)
        #: The words' start offsets, bisected at less cost than the words by a key.
        self.starts = word_starts(doc)
        self.quoted = words_inside(doc, spans)
        self._name_starts = [e.start for e in mentions.entities]
        self._name_ends = [e.end for e in mentions.entities]
        self._named = self._words_in_names()
        # A cheap test on a word alone that rules out most words before _form_of looks at
        # their neighbours: see predicates.may_be_english_verb.
        english = self.lang == "en"
        self.verb_slots = EN_VERB_SLOTS if english else ID_AUXILIARIES
        self.may_be_verb: Mapping[str, bool] = (
            ENGLISH_VERB_FORMS if english else INDONESIAN_VERB_FORMS
        )
        if doc.has_parse or self.lang in EU_AUXILIARIES:
            self.may_be_verb = _ANY_WORD  # the tags decide, or european_verb_strength
        self.cue_starts = {start for start, _ in self.cue_speakers}
        self.speech_forms = speech_verb_forms(self.lang)
        self.headline_end = self._headline_end()
        # The few words that cut sentences, person pronouns, cue openers and future auxiliaries:
        # one set lookup per word.
        marked_words = _marked_words(self.lang)
        marked = [i for i, word in enumerate(self.words) if word.lower in marked_words]
        self._untils: list[int] | None = None  # where "until", "hingga" … stand, once asked
        self.cut_at = self._cut_points(marked)
        reports = self._report_cuts(marked)
        #: Where the reported clauses open (past "that"/"bahwa"): see _reported_by.
        # (more are found after a comma: see _clauses)
        self.reported_starts = {
            self.words[k + (self.words[k].lower in _THAT_WORDS)].start for k in reports
        }
        if reports:  # few texts
            self.cut_at = sorted({*self.cut_at, *reports})
        words = self.words
        rare = [i for i in marked if words[i].lower in _RARE_MARKED]  # (most marked words cut)
        #: Where the Indonesian and English person pronouns stand ("dia" is Portuguese "day")
        self.pronoun_at = (
            [i for i in rare if words[i].lower in PERSON_PRONOUNS]
            if self.lang in _BARE_REPORT_LANGUAGES
            else []
        )
        self.cue_at = [i for i in rare if words[i].lower in _LATE_CUE_OPENERS]
        self.future_at = [i for i in rare if words[i].lower in _AHEAD_WORDS and self._puts_ahead(i)]
        self.compare_at = [i for i in rare if words[i].lower in _COMPARISON_WORDS]
        #: Where an English "who"/"which" stands right after a word (no comma): a clause it
        #: opens inside another may be dated apart (see _relative_split). (An Indonesian
        #: "yang" clause ending in a day leaves whose day it is open: "Polisi memeriksa rumah
        #: yang terbakar pada Senin" is more often the inspection's.)
        self.relative_at = (
            [i for i in rare if words[i].lower in _EN_RELATIVES and not words[i - 1].is_punct]
            if self.lang == "en"
            else []
        )
        according = _according_openers(self.lang)
        #: Where the sources named after "menurut"/"according to" start and end (see
        #: _sources): they tell who says so, not who took part.
        self.source_spans = self._sources([i for i in marked if words[i].lower in according])

    def _sources(self, openers: list[int]) -> list[tuple[int, int]]:
        """The (start, end) offsets of the sources named after the "menurut"/"according to"
        phrases opening at words ``openers``: from the word after the phrase to the next
        comma outside a name or the end of the sentence ("Menurut BPBD Cianjur, banjir
        melanda …", "Menurut Badan Meteorologi, Klimatologi, dan Geofisika, gempa …", "…,
        according to the coast guard")."""
        words, spans = self.words, []
        for i in openers:
            k = i + according_length(words, i, len(words), self.lang)
            if k == i or k >= len(words):
                continue
            sent, stop = words[i].sent, k
            while (
                stop < len(words)
                and stop - k < _SOURCE_WORDS
                and words[stop].sent == sent
                and (words[stop].text != "," or self._in_name(words[stop]))
            ):
                stop += 1
            if stop > k:
                spans.append((words[k].start, words[stop - 1].end))
        return spans

    def _in_source(self, start: int) -> bool:
        """Whether the name at offset ``start`` is a source named after "menurut"/"according
        to" (see _sources)."""
        return any(lo <= start < hi for lo, hi in self.source_spans)

    def _words_in_names(self) -> set[int] | None:
        """The start offsets of the words inside an entity's name, as
        :func:`~reader.analysis.words.words_inside` finds them, when the names overlap; None in
        the usual case, where :meth:`_in_name` bisects the names instead: only the few words
        that may be verbs are ever asked about."""
        starts, ends = self._name_starts, self._name_ends
        if all(map(operator.le, ends, starts[1:])) and all(map(operator.le, starts, ends)):
            return None
        return words_inside(self.doc, list(zip(starts, ends, strict=True)))

    def _in_name(self, word: Word) -> bool:
        """Whether ``word`` lies inside an entity's name ("Kota Lubuk Meranti")."""
        if self._named is not None:
            return word.start in self._named
        # the names are disjoint and in order: only the last one starting by then may hold it
        k = bisect.bisect_right(self._name_starts, word.start) - 1
        return k >= 0 and word.start < self._name_ends[k] and word.end <= self._name_ends[k]

    def _in_time(self, word: Word) -> bool:
        """Whether ``word`` lies inside a time expression ("on Tuesday", "9am")."""
        k = bisect.bisect_right(self._time_starts, word.start) - 1
        return k >= 0 and word.end <= self._time_ends[k]

    def _share_subject(self, draft: _Draft, before: _Draft) -> None:
        """Give ``draft`` the subject of the clause ``before`` it shares it with: the
        clause's own, or when that clause reports what someone other than its speaker did,
        that someone: "Gidion mengatakan kedua tersangka membobol ATM itu dan membawa kabur
        uangnya", "Tan said Tanjong would complete the sale and expects a profit"."""
        reported = self._reported_subject(before)
        if reported is None:
            _take_subject(draft, before, self.people_ids)
        elif reported:
            draft.actors = list(dict.fromkeys([reported, *draft.actors]))
            draft.people = self.people_ids.intersection(draft.actors)

    def _speaker_of_next(self, drafts: list[_Draft], first: int, draft: _Draft) -> _Draft | None:
        """The speech clause whose speaker does ``draft``, a clause with no subject of its
        own after the clause that speech reports, when its verb is one a speaker does ("John
        Hale said that the talks had failed and urged calm": Hale urged, not the talks; "…
        and added", "… and called for", "… dan meminta"); None otherwise (``drafts`` from
        index ``first`` are the sentence's). A report of the speaker's own doing ("said he
        would resign and urged calm") is left to the clause before, which names the speaker
        already."""
        if len(drafts) - 2 < first or not drafts[-1].reported or not drafts[-2].speech:
            return None
        if not self._speech(draft.trigger) and draft.trigger.lower not in _NO_BARE_REPORT:
            return None  # (a request is a speech act too: "… dan meminta warga tetap tenang")
        opener = self.words[bisect.bisect_left(self.starts, drafts[-1].start)]
        return None if opener.lower in PERSON_PRONOUNS else drafts[-2]

    def _subject_lead(self, before: _Draft, draft: _Draft) -> str:
        """The subject of the clause ``before`` as the lead of the summary of ``draft``, a
        clause that shares it ("Lopez arrived … and met Cho" → "Lopez met Cho", "Kirby, who
        resigned on Monday, said …" → "Kirby said …"), or "": in English and Indonesian only,
        for a finite verb (not "…, adding that …"), and for a short subject with neither a
        comma (but before a relative clause) nor a time ("On Monday police …"; one set off by
        its comma before the subject is left out: "Sehari kemudian, Sungai Cimanuk …"), nor before
        a clause opened by a joiner ("… setelah mengalahkan …"). A person's pronoun gives
        the person's name ("Hale said he would resign and urged calm" → "John Hale urged
        calm")."""
        if self.lang not in _BARE_REPORT_LANGUAGES or draft.trigger.lower.endswith("ing"):
            return ""
        words, starts = self.words, self.starts
        if words[bisect.bisect_left(starts, draft.start)].lower in TEMPORAL_JOINERS:
            return ""
        if before.lead:
            return before.lead
        first = bisect.bisect_left(starts, before.start)
        if words[first].lower in TEMPORAL_JOINERS or words[first].lower in _LATE_CUE_OPENERS:
            return ""  # ("Sejak itu pemerintah …", "Then police …")
        first = self._past_opening_time(first, before.trigger.start)
        if is_relative(words[first].lower, self.lang):
            return self._antecedent(first)  # "the mayor, who resigned …, will testify"
        if words[first].lower in PERSON_PRONOUNS and draft.actors:
            name = self.person_names.get(draft.actors[0])
            if name is not None:
                return name + " "
        cut = bisect.bisect_left(starts, before.trigger.start, first)
        for i in range(first, cut):
            if self._in_time(words[i]):
                return ""
            if words[i].text == ",":
                if not is_relative(words[i + 1].lower, self.lang):
                    return ""
                cut = i
                break
        while cut > first and words[cut - 1].lower in _BEFORE_SECOND_VERB:
            cut -= 1  # "The company will publish …": the subject, not its auxiliary
        if cut == first or cut - first > _LEAD_SUBJECT_WORDS:
            return ""
        return self.doc.text[words[first].start : words[cut - 1].end] + " "

    def _past_opening_time(self, first: int, trigger: int) -> int:
        """The word after a time and its comma that open a clause before its predicate
        ("Sehari kemudian, Sungai Cimanuk meluap", "On Sunday, the water reached …"): where
        its subject starts; ``first`` when the clause opens otherwise."""
        words, k = self.words, first
        if first + 1 < len(words) and self._in_time(words[first + 1]):
            k += 1  # its preposition: "On Sunday", "Pada Minggu (18/1)"
        while k < len(words) and words[k].start < trigger and self._in_time(words[k]):
            k += 1
        if k > first and words[k].text == ",":
            return k + 1
        return first

    def _antecedent(self, first: int) -> str:
        """The noun phrase a relative pronoun at word ``first`` stands for, as a summary's
        lead: the words before its comma (or right before it) back to their article
        ("Officials said the mayor, who …" → "the mayor ") or the capitalised name there ("…
        menang atas Bandung FC, yang …" → "Bandung FC "); "" when neither is within reach."""
        words, k = self.words, first - 1
        sent = words[first].sent
        if k < 1:
            return ""
        bare = words[k].text != ","
        if bare:
            k = first  # no comma: "the case which prosecutors filed" → "the case "
        start, named = k, False
        while start > 0 and k - start < _LEAD_SUBJECT_WORDS:
            word = words[start - 1]
            if word.sent != sent or not word.text[:1].isalnum() or self._speech(word):
                break  # the phrase starts at its clause's edge
            if word.lower in _DETERMINERS:
                start -= 1
                bare = False
                break  # its article
            if not word.text[:1].isupper() and named:
                bare = False
                break  # the name ends the phrase: "… atas Bandung FC"
            named = word.text[:1].isupper()
            start -= 1
        else:
            if start > 0 and k - start == _LEAD_SUBJECT_WORDS:
                return ""  # too long for a noun phrase
        if bare:
            return ""  # with no comma, only an article or a name marks where the phrase starts
        return self.doc.text[words[start].start : words[k - 1].end] + " " if start < k else ""

    def _reported_by(self, draft: _Draft, speech: _Draft) -> None:
        """Link the reported clause ``draft`` to the ``speech`` clause that reports it: "it"
        or "they" opening it stands for a speaker who is no person ("Harwick said on Monday
        it would cut jobs"; a person's "it" is something else: "Selby said it would be his
        last season"), and the speech's people count when it is compared with other events for the
        same happening ("Lopez said the meeting with Baker ended …" tells of Lopez's meeting
        with Baker; see _date_from_same_happening)."""
        words = self.words
        draft.reported = True
        at = bisect.bisect_left(self.starts, draft.start)
        if (
            words[at].lower in _SPEAKER_PRONOUNS
            and speech.actors
            and speech.actors[0] not in self.people_ids
        ):
            _take_subject(draft, speech, self.people_ids)
        people = draft.people | speech.people
        if len(people) >= 2 and draft.compared is None:
            draft.people = people
            draft.compared = (at, bisect.bisect_left(self.starts, draft.end, at) - 1)

    def _reported_subject(self, before: _Draft) -> str | None:
        """The actor a speech clause ``before`` reports the doing of, "" when it is no named
        actor ("kedua tersangka"); None when the clause reports no one else's doing: not a
        speech clause, a report opening with a pronoun, the speaker as often as not ("said
        he would resign and urged calm"), or a thing said, not a clause ("mengatakan hal itu
        dan meminta …", "called it “a licence to bulldoze” and said …")."""
        words = self.words
        if not self._speech(before.trigger):
            return None
        at = bisect.bisect_left(self.starts, before.trigger.end)
        if at < len(words) and words[at].lower in _THAT_WORDS:
            at += 1
        if at >= len(words) or words[at].start >= before.end:
            return None
        opener = words[at]
        if opener.lower in PERSON_PRONOUNS or opener.lower in _NOT_SUBJECT or opener.is_punct:
            return None
        clause = range(at, bisect.bisect_left(self.starts, before.end, at))
        quoted, may_be_verb, slots = self.quoted, self.may_be_verb, self.verb_slots
        if not any(
            words[i].start not in quoted
            and (may_be_verb[words[i].lower] or words[i - 1].lower in slots)  # (cheap first)
            and self._form_of(clause, i) == 2
            for i in clause[1:]
        ):
            return None
        entity = self.mentions.at(opener.start, opener.end)
        actor = self.mentions.actor_of(entity) if entity else None
        return actor or ""

    def _cue_speaker(self, word: Word) -> str | None:
        """The speaker of the quote whose speech cue ``word`` is, or None (a cheap test
        first: most words cue no quote)."""
        return (
            self.cue_speakers.get((word.start, word.end)) if word.start in self.cue_starts else None
        )

    def _speech(self, word: Word) -> bool:
        """Whether ``word`` is a speech verb (speech.is_speech_verb, by one set lookup)."""
        return word.lower in self.speech_forms

    def _headline_end(self) -> int:
        """The index after the headline's words, when the text opens with one: a first
        sentence of at most :data:`_HEADLINE_WORDS` words on a line of its own, with no
        closing stop ("DPR Sahkan RUU …", "Ministers Back Plan …"). Its verbs are read as
        headlines write them (see predicates.headline_verb_strength); 0 when there is none."""
        sentences, text, words = self.doc.sentences, self.doc.text, self.words
        if not sentences or not words or words[0].sent != 0 or self.doc.has_parse:
            return 0
        first = sentences[0]
        line = text[first.start : first.end].rstrip()
        if not line or line[-1] in '.!?"”' or "\n" in line:
            return 0
        if not text[first.end :].lstrip(" \t").startswith("\n") and first.end < len(text):
            return 0
        # how many words the first sentence has, counted no further than one past the most
        stop = bisect.bisect_right(words, 0, 0, min(len(words), _HEADLINE_WORDS + 1), key=_SENT)
        return stop if stop <= _HEADLINE_WORDS else 0

    def _sentences(self) -> Iterator[tuple[int, range]]:
        """Each sentence with words: its index in ``doc.sentences`` and its words' range.

        words_of() lists the words sentence by sentence, one per token or fewer (tokens of an
        expanded word are merged), so a sentence whose last token is a word of its own ends
        there, and any other sentence's end is found by bisection: no word is looked at one by
        one."""
        words, sent_of, sentences = self.words, _SENT, self.doc.sentences
        first = 0
        while first < len(words):
            sent = words[first].sent
            stop = min(first + len(sentences[sent].tokens), len(words))
            if words[stop - 1].sent != sent:
                stop = bisect.bisect_right(words, sent, first, stop, key=sent_of)
            yield sent, range(first, stop)
            first = stop

    def drafts(self) -> list[_Draft]:
        """Event drafts for every clause with a predicate, in text order."""
        drafts: list[_Draft] = []
        for sent, sentence in self._sentences():
            first_of_sentence = len(drafts)
            clauses = self._clauses(sentence)
            for k, clause in enumerate(clauses):
                draft = self._draft(sentence, clause, sent)
                if draft is None:
                    continue
                if len(drafts) > first_of_sentence:
                    # the last clause after a clause with a subject may only name its source
                    # ("The bridge, which closed in May, will reopen in June, the mayor
                    # said": the subject may be further back, before a relative clause)
                    closing = k == len(clauses) - 1 and any(map(_has_subject, clauses[:k]))
                    if closing and self._attribution(sentence, clause):
                        _absorb(drafts[-1], draft, self.people_ids)
                        continue
                    if not _has_subject(clause):
                        # "… and met Cho", "…, tetapi menolak …", "… setelah memanfaatkan
                        # umpan …": the subject is the one of the clause before, or of
                        # what it reports
                        speaker = self._speaker_of_next(drafts, first_of_sentence, draft)
                        if speaker is not None:
                            _take_subject(draft, speaker, self.people_ids)
                        else:
                            self._share_subject(draft, drafts[-1])
                        draft.lead = self._subject_lead(
                            speaker or _told_before(drafts, first_of_sentence), draft
                        )
                    elif draft.start in self.reported_starts and drafts[-1].speech:
                        self._reported_by(draft, drafts[-1])
                    if draft.cue == "after" and drafts[-1].ahead and not draft.flashback:
                        # "akan menambah anggaran sebelum seksi itu dikerjakan", "will be
                        # moved before work starts": what follows a plan is ahead as well
                        draft.ahead = True
                drafts.append(draft)
            current = drafts[first_of_sentence:]
            if len(current) > 1 and self._opens_before(sentence, current[0]):
                current[0].opens_before = True
            if None in map(_TIME, current):  # (a sentence all dated, or with no event, is done)
                before = drafts[first_of_sentence - 1] if first_of_sentence else None
                self._date_sentence(current, before, sentence)
        return drafts

    def _opens_before(self, sentence: range, draft: _Draft) -> bool:
        """Whether ``draft``, the sentence's first clause, is opened by "before"/"sebelum",
        maybe after a time, before its predicate ("Before the meeting began, …", "Two days
        before the summit opened, …", "Sebelum banjir datang, …")."""
        words = self.words
        i = sentence.start
        while (
            i < sentence.stop - 1 and i - sentence.start < _LEAD_WORDS and self._in_time(words[i])
        ):
            i += 1  # "Two days before …", "Sehari sebelum …"
        if TEMPORAL_JOINERS.get(words[i].lower) != "after" or words[i].start >= draft.trigger.start:
            return False  # ("The word before a …": a phrase's, not a clause's)
        # its own predicate, not the main clause's after a phrase ("Before joining the
        # government, he worked …")
        trigger = bisect.bisect_left(self.starts, draft.trigger.start, i, sentence.stop)
        return all(w.text != "," for w in words[i:trigger])

    def _attribution(self, sentence: range, clause: list[_Segment]) -> bool:
        """Whether the sentence's last clause only names the source of the one before it
        ("…, prosecutors said", "…, the White House said on Friday"): a short clause after a
        comma, a subject and a speech verb with no other verb after it ("…, dengan Kyiv
        mengatakan rumah sakit menjadi sasaran" says more). English only: Indonesian puts
        the verb first ("…, kata Ahmad"), and a clause with subject and speech verb after a
        comma there tells more ("Saat ditemui …, Veddriq bercerita tentang …")."""
        if self.lang != "en":
            return False
        main = _main_segment(clause)
        if main is None or main.trigger is None or not main.has_subject:
            return False
        trigger, last = main.trigger, clause[-1].last
        if main.boundary != "weak" or not self._speech(self.words[trigger]):
            return False
        if trigger - clause[0].first > _ATTRIBUTION_WORDS or last - trigger > _ATTRIBUTION_WORDS:
            return False
        return not any(self._form_of(sentence, i) for i in range(trigger + 1, last + 1))

    # ---- segmentation ------------------------------------------------------------------

    def _clauses(self, sentence: range) -> list[list[_Segment]]:
        """The sentence's clauses, each a list of consecutive segments."""
        segments = self._segments(sentence)
        clauses: list[list[_Segment]] = []
        pending: list[_Segment] = []
        for k, seg in enumerate(segments):
            if clauses and not pending and seg.boundary == "weak" and self._says(clauses[-1][-1]):
                if seg.trigger is not None and seg.has_subject:
                    # "Ratna menambahkan, penjualan … mencapai …": what she said happened
                    self.reported_starts.add(self.words[seg.first].start)
                    clauses.append([seg])
                else:
                    clauses[-1].append(seg)  # "Ratna menambahkan, …" with no clause of its own
                continue
            nxt = segments[k + 1] if k + 1 < len(segments) else None
            # (kinds by their fields here: a property costs a call for each segment)
            next_opens = (
                nxt is not None
                and nxt.boundary == "weak"
                and nxt.trigger is not None
                and nxt.has_subject
            )
            continues = bool(clauses) and not pending
            if k == 0 and next_opens and self.words[seg.first].lower in _WHEN_OPENERS:
                if seg.trigger is not None and seg.has_subject:
                    clauses.append([seg])  # "When the verdict was read, …": its own happening
                    continue
                seg.has_subject = False  # "When asked, …": its clause is the one after
                pending.append(seg)
                continue
            verbal = seg.trigger is not None
            # "Marsh, who chaired … on Tuesday, accepted …": the main verb after a dated
            # relative clause opens the clause of the subject before it, as after an aside
            # of that relative clause ("which closed in May after a crack was found, will …")
            after_relative = continues and self._ends_relative(clauses)
            if verbal and (
                seg.has_subject
                or seg.boundary == "strong"
                or after_relative
                or not (continues or next_opens)
            ):
                clauses.append([*pending, seg])
                pending = []
            elif not verbal and next_opens and (seg.boundary != "weak" or not continues):
                pending.append(seg)
            elif continues:
                clauses[-1].append(seg)
            else:
                pending.append(seg)
        if pending:
            if clauses:
                clauses[-1].extend(pending)
            else:
                clauses.append(pending)
        return clauses

    def _ends_relative(self, clauses: list[list[_Segment]]) -> bool:
        """Whether the clauses so far end with a dated relative clause, maybe followed by its
        aside opened by "after"/"setelah" or another temporal joiner (see _clauses), or by
        such a phrase ("which was shut in March after a landslide, will …")."""
        last = clauses[-1]
        if last[-1].relative:
            return True
        if (
            len(last) > 1
            and last[-1].trigger is None
            and last[-2].relative
            and self.words[last[-1].first].lower in TEMPORAL_JOINERS
        ):
            return True
        return (
            len(clauses) > 1
            and clauses[-2][-1].relative
            and self.words[clauses[-1][0].first].lower in TEMPORAL_JOINERS
        )

    def _says(self, seg: _Segment) -> bool:
        """True when the segment ends with its speech verb: what follows is what was said."""
        return seg.trigger == seg.last and self._speech(self.words[seg.last])

    def _segments(self, sentence: range) -> list[_Segment]:
        """Cut the sentence at commas (weak) and clause-joining words and marks (strong)."""
        segments: list[_Segment] = []
        start = sentence.start
        boundary: _Boundary = "start"
        words, quoted = self.words, self.quoted
        cut_at = self.cut_at
        at = bisect.bisect_left(cut_at, sentence.start)
        for i in cut_at[at : bisect.bisect_left(cut_at, sentence.stop, at)]:
            if words[i].start in quoted:
                continue
            text = words[i].text
            if text == "," or text in _STRONG_MARKS or text == _COLON:
                kind: _Boundary = "weak" if text == "," else "strong"
                if i > start:
                    segments.append(self._segment(sentence, start, i - 1, boundary))
                    boundary = kind
                elif _RANK[kind] > _RANK[boundary]:
                    boundary = kind
                start = i + 1
            else:  # a joining word, "and" before a verb, or "di mana"/"lalu" after a comma
                if i > start:
                    segments.append(self._segment(sentence, start, i - 1, boundary))
                start, boundary = i, "strong"
        if start < sentence.stop:
            segments.append(self._segment(sentence, start, sentence.stop - 1, boundary))
        if self.relative_at:
            segments = [part for seg in segments for part in self._relative_split(sentence, seg)]
        return segments

    def _relative_split(self, sentence: range, seg: _Segment) -> list[_Segment]:
        """The segment, or its main clause and a relative clause after its predicate that has
        a date of its own ("The court heard the case which prosecutors filed in 2024",
        "mengakhiri sidang yang dimulai pada Januari"): what the relative clause tells
        happened on its own day, which is not the main clause's."""
        if seg.trigger is None or not seg.sure:
            return [seg]
        at, words = self.relative_at, self.words
        k = bisect.bisect_left(at, seg.trigger + 2)
        if k == len(at) or at[k] > seg.last or words[at[k]].start in self.quoted:
            return [seg]
        opener = at[k]
        if not self._dated(words[opener].start, words[seg.last].end, roughly=True):
            return [seg]
        relative = self._segment(sentence, opener, seg.last, "weak")
        if not relative.relative:
            return [seg]
        return [self._segment(sentence, seg.first, opener - 1, seg.boundary), relative]

    def _cut_points(self, marked: list[int]) -> list[int]:
        """Indices of the words sentences may be cut at, in order: commas, dashes and
        semicolons, a colon before a clause in lowercase, joining words (not "sejak
        itu"/"since then", adverbs inside a clause; "and" only before a verb or a clause), and
        "di mana"/"where" or "lalu"/"then" right after a comma. ``marked`` are the words with
        a lowercase form in :data:`_CUT_WORDS` (and maybe others); "as" cuts a headline.
        Quoted words are among the cuts; :meth:`_segments` skips those."""
        words, eu_and = self.words, _EU_AND_WORDS.get(self.lang)
        cuts = []
        for i in marked:
            low = words[i].lower
            if low in _CUT_WORDS:  # (the temporal joiners among them)
                if not (low in TEMPORAL_JOINERS and self._adverbial(i)):
                    cuts.append(i)
            elif (
                (
                    low in _AND_WORDS
                    and words[i].text[:1].islower()  # ("union chief Dan Harper said")
                    and (self._joins_verbs(i) or self._joins_clause(i))
                )
                or (low == eu_and and self._joins_eu_verb(i))
                or (low in _HEADLINE_JOINERS and i < self.headline_end)
                or (low == _COLON and self._clause_after_colon(i))
            ):
                cuts.append(i)
        openers = [
            i + 1
            for i in cuts
            if words[i].text == ","
            and i + 1 < len(words)
            and words[i + 1].lower in _COMMA_OPENERS
            and words[i + 1].sent == words[i].sent  # (the word after the comma, in lowercase)
            and self._opens_after_comma(i + 1)
        ]
        return sorted({*cuts, *openers}) if openers else cuts

    def _clause_after_colon(self, i: int) -> bool:
        """Whether the colon at word ``i`` opens a clause of the same sentence: a lowercase
        word follows ("… sounds familiar: managers offered …", "mirip dengan 2021: gempa
        merusak …"), not a quote, a name or the end of the sentence."""
        return self._next_lower(i) is not None and self.words[i + 1].text[:1].islower()

    def _report_cuts(self, marked: list[int]) -> list[int]:
        """Where what a speech, belief or finding verb reports opens, when it is a clause with
        a verb of its own: at "that"/"bahwa" ("said on Tuesday that it had hired 200 people on March
        3, 2024") or, in English and Indonesian, at the subject right after the verb ("said
        the talks had failed", "mengatakan pemerintah akan membangun …"). What was reported is
        a happening of its own, with its own day (a plan's is ahead, "said it would cut
        jobs next year"), while the speech keeps the day it was made. A request's object is
        no report ("meminta pemerintah memperhatikan …"). The "that" words are few and found
        by ``str.find``; the speech verbs are among the ``marked`` words."""
        text, words, found = self.doc.text, self.words, []
        for at in _find_all(text, " that ") + _find_all(text, " bahwa "):
            k = bisect.bisect_left(self.starts, at + 1)
            if k < len(words) and self._reports(k) and self._clause_from(k + 1):
                found.append(k)
        if self.lang in _BARE_REPORT_LANGUAGES:
            framing = framing_verb_forms(self.lang)
            for i in marked:
                if words[i].lower in framing and words[i].lower not in _NO_BARE_REPORT:
                    opener = self._reported_opener(i)
                    if opener is not None:
                        found.append(opener)
        return found

    def _reported_opener(self, i: int) -> int | None:
        """The first word of a clause reported right after the speech verb at word ``i``,
        maybe past its time ("said on Monday it would …") or after a hearer of one noun ("told
        reporters the suspects had …"): a subject, not a preposition ("said in a statement"),
        a hearer ("told lawmakers") or a quote; None when there is none."""
        words, quoted = self.words, self.quoted
        verb = words[i]
        if verb.start in quoted or self._in_name(verb):
            return None
        if i > 0 and words[i - 1].is_punct and verb.start in self.cue_starts:
            return None  # "“…,” wrote Maria Lopez in a reply": its speaker follows
        sent, k = verb.sent, i + 1
        while k < len(words) and words[k].sent == sent and self._timed(k):
            k += 1  # past "on Monday" to the subject
        if k < len(words) and verb.lower in _TELLING_VERBS:
            k = self._past_hearer(k, sent)
        if k >= len(words) or words[k].sent != sent:
            return None
        opener = words[k]
        if (
            opener.is_punct
            or opener.start in quoted
            or opener.lower in _NOT_REPORT_OPENERS
            or opener.lower in _AUXILIARIES  # no subject: "demand had weakened" after "said"
            or not opener.text[:1].isalnum()
        ):
            return None
        return k if self._clause_from(k) else None

    def _past_hearer(self, k: int, sent: int) -> int:
        """The word after the hearer that opens at word ``k`` after a verb of telling: one
        noun maybe after an article ("told (the) reporters"), or more words up to a time
        ("told a council meeting on Wednesday the city …") or up to the article or pronoun
        opening what was told ("told a news conference the talks …", "told the state
        broadcaster he …"), maybe past where it was told ("told a press conference in Kyiv
        the army …", "told investors in a letter it …": an article right after "in" or "at"
        is the place's), at most :data:`_HEARER_REACH` words."""
        words = self.words
        first = k + (words[k].lower in _DETERMINERS)
        for j in range(first + 1, min(first + _HEARER_REACH, len(words))):
            word = words[j]
            if word.sent != sent or not word.text[:1].isalnum() or word.lower in _THAT_WORDS:
                break  # ("told analysts that …" is cut at "that")
            if word.lower in _AUXILIARIES:
                return k  # no hearer: "warned sales would slow"
            if self._timed(j):
                while j < len(words) and words[j].sent == sent and self._timed(j):
                    j += 1  # "on Wednesday"
                return j
            if (
                word.lower in PERSON_PRONOUNS
                or word.lower in _SPEAKER_PRONOUNS
                or (word.lower in _DETERMINERS and words[j - 1].lower not in _TOLD_AT)
            ):
                return j
        return first + 1

    def _timed(self, k: int) -> bool:
        """Whether word ``k`` is in a time, or a preposition right before one ("on Monday")."""
        words = self.words
        if self._in_time(words[k]):
            return True
        return (
            words[k].lower in _TIME_PREPOSITIONS
            and k + 1 < len(words)
            and self._in_time(words[k + 1])
        )

    def _clause_from(self, k: int) -> bool:
        """Whether a clause opens at word ``k``: a sure verb (not its first word, no quoted
        one) follows within :data:`_REPORTED_SUBJECT` words, before any comma or the end of
        the sentence ("the budget had failed", not "the budget, which …", "lawmakers"). The
        word at ``k`` is the subject, never the predicate (see _segment)."""
        words, quoted = self.words, self.quoted
        if k >= len(words):
            return False
        sent = words[k].sent
        stop, limit = k + 1, min(len(words), k + _REPORTED_SUBJECT + 1)
        while stop < limit and words[stop].sent == sent:
            if words[stop].text == "," or words[stop].start in quoted:
                break
            stop += 1
        clause = range(k, stop)
        may_be_verb, slots = self.may_be_verb, self.verb_slots
        # "mengatakan 120 rumah rusak": after a counted Indonesian subject a bare verb (one
        # that may be an adjective, "rusak", "hilang", "tewas") is its predicate too
        weakest = 1 if self.lang == "id" and starts_quantity(words[k].lower, "id") else 2
        if self.lang == "id" and any(
            self._bare_reported(k, j) for j in clause[1 : 1 + _BARE_SUBJECT_WORDS]
        ):
            return True
        return any(
            (may_be_verb[words[j].lower] or words[j - 1].lower in slots)
            and self._form_of(clause, j) >= weakest
            for j in clause[1 + (weakest == 1) :]
        )

    def _reports(self, i: int) -> bool:
        """Whether the "that"/"bahwa" at word ``i`` follows a speech or finding verb, maybe
        with its time between ("said on Tuesday that")."""
        words = self.words
        sent = words[i].sent
        k = i - 1
        while (
            k >= 0
            and words[k].sent == sent
            and (self._in_time(words[k]) or words[k].lower in _TIME_PREPOSITIONS)
        ):
            k -= 1  # back over "on Tuesday" to the verb
        if k < 0 or words[k].sent != sent:
            return False
        return (
            self._speech(words[k]) or words[k].lower in _KNOWING_VERBS or self._told_hearer(k, sent)
        )

    def _told_hearer(self, k: int, sent: int) -> bool:
        """Whether word ``k`` ends the hearer of a speech verb: "told parliament (on
        Wednesday) that", "mengatakan kepada wartawan bahwa". What follows such a hearer is
        what was said, never a relative clause of the hearer's."""
        words = self.words
        for j in range(k, max(-1, k - _HEARER_WORDS - 1), -1):
            word = words[j]
            if word.sent != sent or not word.text[:1].isalnum():
                return False
            if word.lower in _TELLING_VERBS:
                return j < k
            if word.lower in _TO_HEARER:
                return 0 < j < k and self._speech(words[j - 1])
        return False

    def _joins_verbs(self, i: int) -> bool:
        """Whether word ``i`` is "and"/"dan" before a sure verb, maybe after auxiliaries and
        adverbs: a second predicate of the same subject ("Okafor apologized and asked the
        court for mercy", "resigned and was charged", "Polisi menangkap dan menahan
        tersangka") is a happening of its own."""
        words = self.words
        if self._next_lower(i) is None:
            return False
        at = i + 1
        while at - i <= 2 and words[at].lower in _BEFORE_SECOND_VERB and self._next_lower(at):
            at += 1  # "… and was charged", "dan kini memuncaki": the verb after them
        verb = words[at]
        if verb.start in self.quoted or not (self.may_be_verb[verb.lower] or at > i + 1):
            return False
        stop = at + 2 if at + 1 < len(words) and words[at + 1].sent == verb.sent else at + 1
        return self._form_of(range(i, stop), at) == 2

    def _joins_eu_verb(self, i: int) -> bool:
        """Whether word ``i``, "and" in a German, French, Spanish, Italian, Portuguese or
        Dutch sentence, stands right before a verb in small letters: a second predicate of
        the same subject ("rechazó la medida y pidió su retirada", "a signé et a quitté")."""
        if self._next_lower(i) is None:
            return False
        verb = self.words[i + 1]
        return (
            verb.start not in self.quoted
            and verb.text[:1].islower()
            and european_verb_strength(verb.lower, "", self.lang) > 0
        )

    def _joins_clause(self, i: int) -> bool:
        """Whether word ``i`` is "and"/"dan" before a clause with a subject of its own, maybe
        after "that" or a time: "offered a rise and staff rejected it", "said … and that
        services could resume", "dan warga mengungsi", "and last year it added routes". The
        subject is one word, or a determiner and one."""
        words = self.words
        at = i + 1
        if self._next_lower(i) in _THAT_WORDS:
            at += 1
        elif i and not self._in_time(words[i - 1]):
            # past a time that opens the clause: "and last year it added routes", "dan pada
            # Senin polisi menangkap …" (not "in March and April": one time of two)
            while at < len(words) and self._in_time(words[at]):
                at += 1
        if at < len(words) and words[at].lower in _DETERMINERS:
            at += 1
        if at + 1 >= len(words) or words[at + 1].sent != words[i].sent:
            return False
        subject = words[at]
        if subject.is_punct or subject.start in self.quoted or not subject.text[:1].isalpha():
            return False
        if subject.lower in _NOT_SUBJECT or subject.lower in _NO_SUBJECT_AFTER_AND:
            return False
        if subject.text[:1].isupper() and i > 0 and words[i - 1].text[:1].isupper():
            return False  # "Kyiv dan Moskow melakukan", "Katsina and Sokoto states": names
        if self._next_lower(at + 1) == "by":
            return False  # "protests and a petition signed by 8,000 people": a noun phrase
        # not "and rose", "and said": there the word after "and" is the verb itself
        return self._joins_verbs(at) and not self._form_of(range(i, at + 2), at)

    def _adverbial(self, i: int) -> bool:
        """Whether the temporal joiner at word ``i`` is an adverb or opens a phrase, not a
        clause: "sejak itu", "since then", "after what he called …", right after an
        auxiliary ("Relations have since improved"), or closing a time ("the week before")."""
        if self._next_lower(i) in _NOT_A_CLAUSE_START:
            return True
        words = self.words
        if self._in_time(words[i]) and words[i].start not in self._time_start_set:
            return True
        return i > 0 and words[i - 1].sent == words[i].sent and words[i - 1].lower in _AUXILIARIES

    def _next_lower(self, i: int) -> str | None:
        """The word after word ``i`` in its sentence, in lowercase; None at the sentence end."""
        words = self.words
        if i + 1 < len(words) and words[i + 1].sent == words[i].sent:
            return words[i + 1].lower
        return None

    def _opens_after_comma(self, i: int) -> bool:
        """Whether word ``i``, right after a comma, opens a clause of its own: "di mana"/"where"
        or the next step of a sequence ("lalu", "kemudian", "then")."""
        low = self.words[i].lower
        if low in SEQUENCE_WORDS:
            return True
        if low not in _WHERE_OPENERS:
            return False
        after = self._next_lower(i)
        pair = low if after is None else f"{low} {after}"
        return low in _RELATIVE_WHERE or pair in _RELATIVE_WHERE

    def _segment(self, sentence: range, first: int, last: int, boundary: _Boundary) -> _Segment:
        """A segment with its predicate and whether anything stands before the predicate.

        The first verb after a relative or purpose word ("yang didukung", "yang sekutu Eropa
        sebelumnya menolak", "untuk membahas", "who left") is subordinate, not the predicate; a
        later verb is the main one again ("Pejabat yang ditemui mengatakan …"). A relative
        clause with a date of its own ("…, who drew 0-0 on Friday night", "…, who visited
        Tokyo last year") does report a happening: its verb is then the predicate.
        """
        seg = _Segment(first, last, boundary)
        weak: int | None = None
        subordinate: list[int] = []
        waiting = False  # a relative/purpose word waits for its verb
        passed_to = -1
        words, lang, quoted = self.words, self.lang, self.quoted
        may_be_verb, slots, cue_starts = self.may_be_verb, self.verb_slots, self.cue_starts
        headline_end, start = self.headline_end, sentence.start
        # "mengatakan polisi tangkap dua pelaku": a bare verb after a reported subject
        bare_from = first if lang == "id" and words[first].start in self.reported_starts else -1
        for i in range(first, last + 1):
            word = words[i]
            if word.is_punct or word.start in quoted:
                continue
            low = word.lower
            if bare_from >= 0 and i <= bare_from + _BARE_SUBJECT_WORDS:
                if weak is None and self._bare_reported(bare_from, i):
                    weak = i  # (a sure verb after it is the predicate: "daya beli melemah")
                    continue
                if may_be_verb[low] or low in SUBORDINATOR_WORDS:
                    bare_from = -1  # "mereka setuju untuk menghentikan …": past the subject
            if low in SUBORDINATOR_WORDS:
                prev = words[i - 1].text if i > first else None
                nxt = words[i + 1].text if i < last else ""
                if is_subordinator(word.text, lang, prev, nxt) and not (
                    low == "yang" and self._next_lower(i) in ID_YANG_ADJECTIVES
                ):
                    waiting = True
                    continue
            if i == first + 1 and first > start and self._gerund_after_joiner(i):
                seg.trigger, seg.sure = i, True  # "… before slipping to third"
                break
            if not (
                may_be_verb[low]
                or (i > start and words[i - 1].lower in slots)
                or word.start in cue_starts
                or i < headline_end
            ):
                continue  # most words: not a verb whatever their neighbours
            if word.start in self.reported_starts:
                continue  # the subject opening what was said ("said demand had recovered")
            strength = self._form_of(sentence, i)  # segments never overlap: asked once per word
            if not strength:
                continue
            if i == passed_to:
                continue  # the verb a subordinate hearsay or plan verb passed on to
            if waiting:
                waiting = False
                subordinate.append(i)
                if low in _PASSED_ON_VERBS:
                    # "yang diduga mencuri …": the verb it passes on to is the relative
                    # clause's too; the main verb comes after it ("… ditangkap")
                    passed_to = self._happening_verb(sentence, i, last)
            elif strength == 2:
                if low in _PASSED_ON_VERBS:  # (few words)
                    i = self._happening_verb(sentence, i, last)
                seg.trigger, seg.sure = i, True
                break
            elif weak is None:
                weak = i
        if seg.trigger is None:
            seg.trigger = weak
        if seg.trigger is None and subordinate and self._headline_to(subordinate[0]):
            seg.trigger, seg.sure = subordinate[0], True  # "Bridge to reopen in May"
        if seg.trigger is None and subordinate and is_relative(words[first].text, lang):
            if self._dated(words[first].start, words[last].end, roughly=True):
                seg.trigger, seg.has_subject, seg.relative = subordinate[0], True, True
            return seg
        if seg.trigger is not None:
            seg.has_subject = self._subject_before(first, seg.trigger) or self._change_by(seg)
        if words[first].lower in TEMPORAL_JOINERS and not self._joined_clause(seg):
            seg.trigger = None  # "after the break", "setelah itu": a phrase, not a clause
        return seg

    def _gerund_after_joiner(self, i: int) -> bool:
        """Whether word ``i`` is an English gerund right after "after"/"before"/"since"
        mid-sentence ("led the race before slipping to third", "resigned after losing the
        vote"): a happening of the clause's subject, told out of order, as "setelah
        mengalahkan …" is. Its object or a preposition must follow ("to third", "the vote",
        "Malaysia", "him"): a noun in -ing is the subject of a clause ("after funding ran out"), or
        its time ("after morning prayers"); nor is "after something" a gerund. After a count
        of time ("three minutes after coming on") it only tells when."""
        words = self.words
        word = words[i]
        low = word.lower
        if not (
            self.lang == "en"
            and words[i - 1].lower in _GERUND_JOINERS
            and low.endswith("ing")
            and len(low) > 5
            and word.text.islower()
            and not low.endswith("thing")
            and low not in EN_AUXILIARIES
            and i + 1 < len(words)
            and words[i + 1].sent == word.sent
            and not self._counted_time(i - 2)
        ):
            return False
        nxt = words[i + 1].text
        return nxt.lower() in _GERUND_OBJECTS or nxt[:1].isupper() or nxt[:1].isdigit()

    def _counted_time(self, k: int) -> bool:
        """Whether words ``k - 1`` and ``k`` are a count of time inside a time expression,
        an amount and its unit ("three minutes", "a week")."""
        words = self.words
        return (
            k > 0
            and self._in_time(words[k])
            and self._in_time(words[k - 1])
            and starts_quantity(words[k - 1].lower, self.lang)
        )

    def _bare_reported(self, subject: int, i: int) -> bool:
        """Whether word ``i`` is the bare verb ("tangkap", "naikkan") of an Indonesian clause
        reported from word ``subject`` on, right after a subject of at most
        :data:`_BARE_SUBJECT_WORDS` words ("mengatakan polisi tangkap dua pelaku", "menyebut
        pemerintah naikkan harga"): speech written quickly drops the me- prefix as headlines
        do; a word that might be a noun after a longer phrase is not read so."""
        word = self.words[i]
        return (
            subject < i <= subject + _BARE_SUBJECT_WORDS
            and word.text.islower()
            and not self.may_be_verb[word.lower]  # (a prefixed verb is read as any other)
            and bare_indonesian_verb(word.lower)
            and word.start not in self._time_start_set  # ("kemenangan pukul 22.00 WIB")
        )

    def _headline_to(self, i: int) -> bool:
        """Whether word ``i`` is an English headline's verb after "to" (or "to be"), its
        future ("Bridge to reopen in May", "Harbor Foods to close plant", "Barrier to be
        finished by December"): the headline's happening when it has no other verb ("Plan
        to cut jobs sparks protest" keeps "sparks"). The verb is one headlines use, or a
        participle after "to be"; not a noun after "to" ("relative to publication date")."""
        if i >= self.headline_end or self.lang != "en" or i < 2:
            return False
        words = self.words
        if words[i - 1].lower == "be":
            return words[i - 2].lower == "to" and i > 2
        return words[i - 1].lower == "to" and headline_form_of(
            words[i].lower, "en", EN_HEADLINE_VERBS
        )

    def _happening_verb(self, sentence: range, i: int, last: int) -> int:
        """The verb of what is alleged or planned after the hearsay or plan verb at word
        ``i`` (up to word ``last``): "diduga menerima suap", "dijadwalkan melanjutkan
        perundingan", "is expected to (be) sign(ed)"; ``i`` itself when none follows."""
        words = self.words
        if self.lang == "en":
            at = i + 2
            if i + 1 > last or words[i + 1].lower != "to" or at > last:
                return i
            if words[at].lower in _PASSIVE_BE and at < last:
                at += 1  # "expected to be sentenced"
            verb = words[at]
            return at if verb.text.isalpha() and verb.text.islower() else i
        if i < last and self._form_of(sentence, i + 1) == 2:
            return i + 1
        return i

    def _change_by(self, seg: _Segment) -> bool:
        """Whether the segment opens with an Indonesian verb of change and its amount (",
        naik 12 persen", ", turun 7,9 persen"): a happening of its own, as if with a subject
        (see predicates.ID_CHANGE_VERBS)."""
        if self.lang == "en" or seg.trigger != seg.first or seg.first >= seg.last:
            return False
        amount = self.words[seg.first + 1].lower
        return self.words[seg.first].lower in ID_CHANGE_VERBS and amount[:1].isdigit()

    def _joined_clause(self, seg: _Segment) -> bool:
        """Whether a segment opened by "after"/"setelah"/"before" is a clause of its own, a
        sure verb after a subject or right after the joiner ("setelah warga melapor", "before
        Saka curled in …", "setelah menerima laporan"; in Indonesian a weak verb after a
        subject at the clause's end: "sebelum air naik"), rather than a phrase ("after the
        break", "after what he called …", "sejak itu")."""
        if seg.trigger is None or seg.first + 1 > seg.last:
            return False
        after = self.words[seg.first + 1].lower
        if after in _JOINER_ADVERBS and seg.sure:
            return self._subject_before(seg.first + 2, seg.trigger)  # "Sejak itu warga …"
        if after in _NOT_A_CLAUSE_START:
            return False
        if not seg.sure:
            # "sebelum air naik", "setelah gempa susulan terjadi", "ketika pesawat terjatuh di
            # laut": an Indonesian bare or ter- verb after its subject is its predicate
            return (
                self.lang == "id"
                and seg.has_subject
                and self._weak_clause_end(seg.trigger, seg.last)
            )
        return seg.has_subject or seg.trigger == seg.first + 1

    def _weak_clause_end(self, trigger: int, last: int) -> bool:
        """Whether what follows the weak verb at word ``trigger`` up to word ``last`` leaves
        it the predicate: nothing, a
        time or a phrase of place, or another verb after "dan" ("masuk pukul 21.30 WIB",
        "terjatuh dan cedera pada September", "pulang ke rumah"); not the noun of "sejak
        harga minyak mentah dunia", whose next word names more of it."""
        for word in self.words[trigger + 1 : last + 1]:
            if not word.is_punct:
                low = word.lower
                return low in _AFTER_WEAK_VERB or self._in_time(word)
        return True

    def _subject_before(self, first: int, trigger: int) -> bool:
        """Whether a word that can be a subject stands in ``words[first:trigger]``."""
        words, quoted = self.words, self.quoted
        for i in range(first, trigger):
            word = words[i]
            if not word.is_punct and word.lower not in _NOT_SUBJECT and word.start not in quoted:
                return True
        return False

    def _dates_in(self, start: int, end: int) -> list[TimeSpan]:
        """The dates starting in ``[start, end)``, in text order."""
        lo = bisect.bisect_left(self._date_starts, start)
        hi = bisect.bisect_left(self._date_starts, end)
        return self.dates[lo:hi]

    def _dated(self, start: int, end: int, roughly: bool = False) -> bool:
        """True when a resolved date lies in ``[start, end)`` (or, ``roughly``, a phrase that
        places it in the past: "last year", "in 2018"; with no day to place it against, any
        date: "which was shut in March" in an undated text)."""
        return any(
            _day(t)
            or (
                roughly
                and (
                    self.reference is None
                    or rough_day(t.value, t.text, self.reference, self.valued_on_reference)
                )
            )
            for t in self._dates_in(start, end)
        )

    def _form_of(self, sentence: range, i: int) -> int:
        """How surely word ``i`` is a verb by its tag (with a parse) or its form (without)."""
        words = self.words
        word = words[i]
        if (
            word.start in self.cue_starts
            and (word.start, word.end) in self.cue_speakers
            and self._speech(word)
        ):
            return 2
        if self._in_name(word):
            return 0  # part of a name ("Kota Lubuk Meranti")
        if word.start in self._time_start_set:
            return 0  # the first word of a time ("pukul 22.00 WIB": "pukul" is "hit" too)
        if i < self.headline_end:
            if i == 0:
                return 0  # the subject
            nxt = words[i + 1].text if i + 1 < sentence.stop else ""
            return headline_verb_strength(word.text, self.lang, words[i - 1].text, nxt)
        if self.doc.has_parse:
            verbal = [t for t in tokens_of(self.doc, word) if t.upos == "VERB"]
            main = any(not (t.deprel or "").startswith(("acl", "amod")) for t in verbal)
            return 2 if main else 0
        first = sentence.start
        if self.lang in EU_AUXILIARIES:
            if word.text[:1].isupper() and (i > first or self.lang == "de"):
                return 0  # a name, or a German noun (even first: "Experten in Berlin")
            if word.lower in EU_AUXILIARIES[self.lang] and self._speech_next(i):
                return 0  # "a déclaré", "ha affermato": the speech verb is the predicate
            before = words[i - 1].lower if i > first else ""
            if word.lower == "zijn" and before in _EXTRAPOSED_PREPOSITIONS:
                return 0  # "over zijn ploeg", "met zijn vrouw": "his", no verb
            if (
                i == first + 1
                and self.lang in _ARTICLE_FIRST_LANGUAGES
                and before in EU_NOUN_ARTICLES[self.lang]
                and word.lower not in EU_AUXILIARIES[self.lang]
            ):
                return 0  # "Le juge …": a noun after the article that opens the sentence
            strength = european_verb_strength(word.lower, before, self.lang)
            if strength or i == first or not self._after_subject(i, first):
                return strength
            object_word = words[i + 1] if i + 1 < sentence.stop else None
            following = (
                "" if object_word is None or self._in_time(object_word) else object_word.lower
            )
            low = word.lower
            return int(
                european_present_form(low, following, self.lang)
                or european_future_form(low, self.lang)
                or (self.lang == "nl" and dutch_weak_past(low))
            )
        if self.lang != "en":
            if i > first and word.text[:1].isupper():
                return 0  # capitalised inside a sentence: a name, not an Indonesian verb
            return indonesian_verb_strength(word.lower, words[i - 1].lower if i > first else "")
        prev = words[i - 1].text if i > first else ""
        nxt = words[i + 1].text if i + 1 < sentence.stop else ""
        prev2 = words[i - 2].text if i > first + 1 else ""
        after_name = i > first and self._in_name(words[i - 1])
        return english_verb_strength(word.text, prev, nxt, prev2, after_name)

    def _subject_named(self, first: int, trigger: int, actors: list[str]) -> bool:
        """Whether the clause's first actor stood before its predicate: a speaker, a pronoun
        or an entity in ``words[first:trigger]``; False when the only actors come after it
        (its objects: "Officers detained Maria Lopez")."""
        if not actors:
            return True
        words = self.words
        start, stop = words[first].start, words[trigger].start
        if self._cue_speaker(words[trigger]):
            return True
        pronoun_at = self.pronoun_at
        if pronoun_at and pronoun_at[_within(pronoun_at, first, trigger)]:
            return True
        return bool(self._name_starts[_within(self._name_starts, start, stop)])

    def _after_subject(self, i: int, first: int) -> bool:
        """Whether word ``i`` of a German, French, Spanish, Italian, Portuguese or Dutch
        sentence starting at ``first`` follows a subject: a name ("Giorgia Meloni incontra"),
        an article and one or two words ("Le gouvernement français présente", "Het kabinet
        wil") or a capitalised first word ("Supermarkten waarschuwden"); in German a noun
        or a name, which it capitalises."""
        words = self.words
        prev = words[i - 1]
        articles = EU_NOUN_ARTICLES[self.lang]
        if prev.text == "," and i - 2 > first and self._in_name(words[i - 2]):
            return self._apposition_before(i - 2, first)
        if prev.is_punct or prev.lower in articles:
            return False  # "Die beiden Politiker": an adjective after the article
        if self._in_name(prev) or (i - 1 == first and prev.text[:1].isupper()):
            return True
        if self.lang == "de":
            return prev.text[:1].isupper()  # a German subject ends in a noun ("Die Regierung")
        if i - 2 >= first and words[i - 2].lower in articles:
            return True
        return (
            i - 3 >= first
            and words[i - 3].lower in articles
            and not words[i - 2].is_punct
            and words[i - 2].lower not in _EU_SUBJECT_BREAKS
        )

    def _apposition_before(self, j: int, first: int) -> bool:
        """Whether the name ending at word ``j`` stands between commas after the subject's
        head ("De minister van Financiën, Eelco Heinen, presenteerde"), so that the word
        after its comma follows the subject."""
        words = self.words
        while j > first and self._in_name(words[j - 1]):
            j -= 1
        return j - 1 > first and words[j - 1].text == ","

    def _speech_next(self, i: int) -> bool:
        """Whether the word after word ``i`` is a speech verb that cues a quote ("a déclaré"
        after "« … »,"), so that a frame around a quote is seen as one."""
        if i + 1 >= len(self.words):
            return False
        nxt = self.words[i + 1]
        return nxt.start in self.cue_starts and nxt.lower in self.speech_forms

    # ---- drafts ------------------------------------------------------------------------

    def _draft(self, sentence: range, clause: list[_Segment], sent: int) -> _Draft | None:
        """The event of one clause, or None when it has no predicate or is a bare speech frame."""
        main = _main_segment(clause)
        if main is None or main.trigger is None:
            return None
        words = self.words
        first, last = clause[0].first, clause[-1].last
        while first < last and self._droppable(first):
            first += 1
        if (
            words[first].lower == "itu"
            and first > sentence.start
            and words[first - 1].lower == "sementara"
        ):
            first += 1  # "Sementara itu, …" = "Meanwhile, …"
            while first < last and self._droppable(first):
                first += 1
        while last > first and words[last].is_punct and words[last].start not in self.quoted:
            last -= 1
        if (
            last + 1 < sentence.stop
            and words[last + 1].text == ")"
            and self._leaves_bracket_open(first, last)
        ):
            last += 1  # "pada Senin (17/3)" keeps its ")" (trailing punctuation is left out)
        trigger = words[main.trigger]
        speech = trigger.lower in self.speech_forms
        if speech and self._bare_speech_frame(first, last):
            return None
        joined = self._joiner_cue(sentence, main)
        actors = self._participants(first, main.trigger, last, sent)
        draft = _Draft(  # (by position: a call with keywords costs more, made for every clause)
            words[first].start,
            words[last].end,
            trigger,
            sent,
            joined or self._cue(first, main.trigger, last),
            joined == "before",
            self._looks_back(first, main.trigger),
            (bool(self.future_at) and self._told_ahead(first, main.trigger))
            or self._headline_to(main.trigger)
            or (
                self.lang in EU_AUXILIARIES and self._told_ahead_european(first, main.trigger, last)
            ),
            actors,
            self.people_ids.intersection(actors),
        )
        draft.speech = speech
        draft.subject_first = self._subject_named(first, main.trigger, actors)
        # (English and Indonesian only: Portuguese "Dia 5 de março" is a day)
        if first < main.trigger and self.lang in _BARE_REPORT_LANGUAGES:
            if words[first].lower in PERSON_ONLY_PRONOUNS:
                self._name_pronoun(draft, first, sent)
            elif is_relative(words[first].lower, self.lang):
                # "the mayor, who resigned on Monday, …" → "The mayor resigned on Monday"
                draft.lead = self._antecedent(first)
                draft.after_lead = words[first + 1].start if draft.lead else 0
        if not draft.lead:
            self._leave_out_dateline(draft)
        if main.has_subject and self._time_opener(sentence, first, clause):
            # "… delayed when funding ran out" → "Funding ran out": the time it hung on is
            # its place on the timeline, no part of what happened ("when told this", with no
            # subject, keeps it)
            draft.after_lead = words[first + 1].start
        if len(draft.people) >= 2:  # only events with two people are compared (same happening)
            draft.compared = (first, last)
        self._date_clause(draft, main.trigger, last)
        if self.lang in EU_AUXILIARIES and trigger.lower in EU_AUXILIARIES[self.lang]:
            lexical = self._lexical_verb(main.trigger, last)
            draft.trigger = words[lexical]
            if lexical != main.trigger and trigger.lower in EU_PLUPERFECT_AUXILIARIES[self.lang]:
                draft.flashback = True  # "avait reçu", "hatte gewarnt", "había advertido"
        return draft

    def _leave_out_dateline(self, draft: _Draft) -> None:
        """Start the summary of a clause that opens a line past its dateline ("PORTHAVEN — A
        jury convicted …" → "A jury convicted …", "JAKARTA, KOMPAS.com — Polisi menangkap
        …"): where and by whom a story was filed is no part of its first event."""
        start, text = draft.start, self.doc.text
        if start and text[start - 1] != "\n":
            return
        resumed = self._after_dateline(start)
        if start < resumed < draft.end:
            draft.after_lead = resumed

    def _name_pronoun(self, draft: _Draft, first: int, sent: int) -> None:
        """Name the person a clause's opening pronoun stands for in its summary ("She said the
        plan …" → "Dana Cole said the plan …", "Ia mengatakan …" → "Buky Wibawa mengatakan
        …"): a timeline row is read apart from the sentence before it, where "she" was
        named. The pronoun is resolved as the quotes resolve it; unresolved, it stays, and so
        it does when the person is named in the clause itself ("He lost to Nadal": not
        Nadal)."""
        pronoun = self.words[first]
        actor = self.persons.resolve(sent, pronoun.start)
        name = self.person_names.get(actor) if actor else None
        if name is None or name.rsplit(" ", 1)[-1] in self.doc.text[pronoun.end : draft.end]:
            return
        if first + 1 < len(self.words):
            draft.lead = name + " "
            draft.after_lead = self.words[first + 1].start

    def _lexical_verb(self, aux: int, last: int) -> int:
        """The verb an auxiliary at word ``aux`` of a European clause ending at ``last``
        serves, the happening's own word: in German and Dutch the clause's last word ("hat
        … beschlossen", "wird … gebaut", "heeft … gewonnen"), elsewhere the word after it
        ("ont manifesté", "ha approvato", "va a construir", "foi feito"); the auxiliary
        itself when that word is none ("ist in Berlin", "è stato", "es un")."""
        words = self.words
        if self.lang in ("de", "nl"):
            at = self._clause_final_verb(aux, last)
        else:
            at = aux + 1
            if at < last and words[at].lower in _BEFORE_INFINITIVE:
                at += 1  # "va a construir", "pourrait se tenir", "ne pourra pas venir"
        if at <= aux or at > last:
            return aux
        word = words[at]
        low = _without_clitic(word.lower)
        if (
            len(low) < 4
            or not low.isalpha()
            or not word.text[:1].islower()
            or low in EU_AUXILIARIES[self.lang]
            or low in _EU_NOT_LEXICAL
            or word.start in self.quoted
            or (
                self.lang == "nl"
                and not dutch_verb_like(low)
                and words[aux].lower not in _DUTCH_COPULAS
            )
        ):
            return aux
        return at

    def _clause_final_verb(self, aux: int, last: int) -> int:
        """Where the verb an auxiliary at word ``aux`` serves stands in a German or Dutch
        clause ending at ``last``: its end, before a phrase put after it (names, numbers and
        their prepositions: "heeft … verloren van PSV in Eindhoven") and before an
        auxiliary's infinitive there ("sollen … fortgesetzt werden", "soll … fertig sein",
        "zal … gebouwd worden": the word before tells what happens)."""
        words = self.words
        at = last
        while at > aux + 1 and (
            not words[at].text[:1].islower()
            or (at < last and words[at].lower in _EXTRAPOSED_PREPOSITIONS)
        ):
            at -= 1
        if self.lang == "nl" and not dutch_verb_like(words[at].lower):
            # "zal … reageren op het rapport": the verb before the phrase put after it
            at = next(
                (
                    k - 1
                    for k in range(at - 1, aux + 1, -1)
                    if words[k].lower in _EXTRAPOSED_PREPOSITIONS
                    and dutch_verb_like(words[k - 1].lower)
                ),
                at,
            )
        while (
            at > aux + 1
            and words[at].lower in _FINAL_AUXILIARIES
            and words[at - 1].text[:1].islower()
        ):
            at -= 1
        return at

    def _cue(self, first: int, trigger: int, last: int) -> Cue | None:
        """The ordering cue in the words before the clause's predicate (at least its first
        four words): "Sebelumnya, …", "Jaksa sebelumnya menuntut", "Pada pertemuan di
        Jakarta lima hari sebelumnya, Indonesia menang"."""
        words = self.words
        cue = words_cue(list(map(_LOWER, words[first : min(first + 4, last + 1)])))
        cue_at = self.cue_at
        if (
            cue is None
            and trigger > first + 4
            and cue_at
            and cue_at[_within(cue_at, first, trigger)]
        ):
            cue = words_cue(list(map(_LOWER, words[first:trigger])))
        if cue is None and self.lang in EU_AUXILIARIES and trigger < last:
            # German and Dutch put the adverb after the verb: "sloot eerder een akkoord"
            cue = words_cue(list(map(_LOWER, words[trigger + 1 : min(trigger + 3, last + 1)])))
        if cue is None and trigger < last - 1 and words[last].lower in CLOSING_CUES:
            cue = closing_cue(words[last - 1].lower, words[last].lower)
        if (
            cue is None
            and TEMPORAL_JOINERS.get(words[first].lower) == "after"
            and (first == 0 or words[first - 1].sent != words[first].sent)
        ):
            cue = self._before_phrase_cue(first, trigger)
        return cue

    def _before_phrase_cue(self, first: int, trigger: int) -> Cue | None:
        """The cue of a clause opened by a "before"/"sebelum" phrase with no event of its
        own opening its sentence ("Before there was a plan, residents protested …", "Sebelum
        ada jembatan, warga harus menyeberang …"): a look back, as "Sebelumnya, …", when a
        comma ends the phrase before the predicate and the clause is not about the future
        ("Before the summer, the city will repaint …")."""
        words = self.words
        if not any(w.text == "," for w in words[first + 1 : trigger]):
            return None
        ahead = bool(self.future_at) and self._told_ahead(first, trigger)
        return None if ahead else "before"

    def _looks_back(self, first: int, trigger: int) -> bool:
        """Whether the predicate is in the pluperfect: "had" or "pernah" right before it, or
        one word before it ("had been frozen", "pernah juga dilanda"; not "had to leave")."""
        words = self.words
        if trigger > first and words[trigger - 1].lower in FLASHBACK_WORDS:
            return True
        return (
            trigger > first + 1
            and words[trigger - 2].lower in FLASHBACK_WORDS
            and words[trigger - 1].lower != "to"
        )

    def _puts_ahead(self, i: int) -> bool:
        """Whether word ``i``, one of :data:`_AHEAD_WORDS`, puts what follows it ahead: a
        future auxiliary always, an English verb of plans only before "to" ("is expected to
        be sentenced", not "as expected" nor "analysts expected a rise")."""
        words = self.words
        if words[i].lower in FUTURE_AUXILIARIES or self.lang != "en":
            return True
        return i + 1 < len(words) and words[i + 1].lower == "to"

    def _told_ahead(self, first: int, trigger: int) -> bool:
        """Whether a future auxiliary or verb of plans outside quotes stands before the
        predicate or is it ("Ia akan dijerat", "the talks will resume", "dijadwalkan
        melanjutkan", "is expected to be sentenced"; not the "would" of a quote before "he
        told"). Asked only of a text with one (most have none)."""
        future_at = self.future_at
        if future_at[0] > trigger:
            return False  # most clauses: no future word before their predicate
        quoted, words = self.quoted, self.words
        at = bisect.bisect_left(future_at, first)
        return any(
            words[k].start not in quoted
            for k in future_at[at : bisect.bisect_left(future_at, trigger + 1, at)]
        )

    def _told_ahead_european(self, first: int, trigger: int, last: int) -> bool:
        """Whether the predicate of a German, French, Spanish, Italian, Portuguese or Dutch
        clause ``words[first:last + 1]``, or a word before it outside quotes, is in the future
        ("Les routes resteront fermées", "Die Straße wird gesperrt werden", "La strada
        resterà chiusa", "va a construir"): the clause comes after the news of the day, as an
        English one with "will" does; "Das Werk wird gebaut" is the passive, of today."""
        words, quoted, lang = self.words, self.quoted, self.lang
        final = words[last].lower
        penult = words[last - 1].lower if last > first else ""
        return any(
            european_future_form(
                words[k].lower,
                lang,
                tuple(w.lower for w in words[k + 1 : min(k + 3, last + 1)]),
                final,
                penult,
            )
            and words[k].start not in quoted
            for k in range(first, trigger + 1)
        )

    def _time_opener(self, sentence: range, first: int, clause: list[_Segment]) -> bool:
        """Whether word ``first``, opening ``clause``, only ties it to the time of another:
        "when"/"ketika" mid-sentence ("… delayed when funding ran out"), "as" joining a
        headline's two clauses, or any of _WHEN_OPENERS or "as" opening the sentence with a
        clause of one segment ("When the verdict was read, …", "As JD Vance visits Geneva,
        …"; not "When asked, he …", nor the times "Saat ini", "Saat itu")."""
        word = self.words[first]
        low = word.lower
        if first > sentence.start:
            return low in _WHEN_JOINERS or (low in _HEADLINE_JOINERS and first < self.headline_end)
        return (
            len(clause) == 1
            and (low in _WHEN_OPENERS or low in _HEADLINE_JOINERS)
            and word.start not in self._time_start_set
            and self._next_lower(first) not in _NOT_A_CLAUSE_START  # ("Saat itu warga …")
        )

    def _droppable(self, i: int) -> bool:
        """Joining words and punctuation outside quotes, left out of an event's span; also
        "that"/"bahwa" opening a clause mid-sentence (see :meth:`_report_cuts`)."""
        word = self.words[i]
        if word.start in self.quoted:
            return False
        if word.lower in _THAT_WORDS:
            return i > 0 and self.words[i - 1].sent == word.sent
        return word.is_punct or word.lower in _LEADING_JOINERS

    def _joiner_cue(self, sentence: range, main: _Segment) -> Cue | None:
        """The order a clause opened mid-sentence by "after"/"setelah"/"before" gives its event
        against the clause before ("Kasus ini terungkap setelah warga melapor" → the report
        came first). A sentence opening with one ("Setelah rapat, …") relates to no clause."""
        if main.first == sentence.start or main.boundary != "strong":
            return None
        low = self.words[main.first].lower
        if low in _WHEN_OPENERS and self.words[main.first - 1].text == ",":
            return None  # "ran until 2020, when an auditor flagged it": the time it reached
        return TEMPORAL_JOINERS.get(low)

    def _leaves_bracket_open(self, first: int, last: int) -> bool:
        """Whether words ``first`` to ``last`` leave a bracket open: "pada Senin (17/3"."""
        inside = self.doc.text[self.words[first].start : self.words[last].end]
        return inside.count("(") > inside.count(")")

    def _bare_speech_frame(self, first: int, last: int) -> bool:
        """Whether the clause (words ``first`` to ``last``) of a speech verb is a quote plus a
        few words ("he told reporters") and no date (a dated statement, "ujarnya …, Rabu
        (11/6)", is a happening of its own)."""
        span = self.words[first : last + 1]
        quoted = self.quoted
        if not any(map(quoted.__contains__, map(_START, span))):
            return False  # no quote in the clause
        outside = [w for w in span if w.start not in quoted]
        short = len(outside) - sum(map(_IS_PUNCT, outside)) <= _BARE_FRAME_WORDS
        return short and not self._dated(span[0].start, span[-1].end)

    def _participants(self, first: int, trigger: int, last: int, sent: int) -> list[str]:
        """Actor ids of the clause (words ``first`` to ``last``): its subject first — the
        speaker when the predicate is a quote's speech cue, a pronoun before the predicate
        resolved to its person, or with a parse the predicate's ``nsubj`` wherever it stands —
        then the actors of the entities in the clause outside quotes."""
        words = self.words
        verb = words[trigger]
        speaker = self._cue_speaker(verb)
        found: list[str] = [speaker] if speaker else []
        pronoun_at = self.pronoun_at
        at = bisect.bisect_left(pronoun_at, first)
        subjects: list[Word] = []
        if at < len(pronoun_at) and pronoun_at[at] < trigger:  # (most clauses have none)
            subjects = list(
                map(words.__getitem__, pronoun_at[at : bisect.bisect_left(pronoun_at, trigger, at)])
            )
        if self.doc.has_parse:
            subjects += self._parse_subjects(words[trigger], words[first : last + 1])
        for word in subjects:  # few clauses have one
            entity = self.mentions.at(word.start, word.end)
            actor = self.mentions.actor_of(entity) if entity else None
            if actor is None and word.lower in PERSON_PRONOUNS:
                actor = self.persons.resolve(sent, word.start)
            if actor:
                found.append(actor)
        if not found:  # "The Russian leader agreed …": the person named before by that role
            actor = self.persons.role_at(words, first, trigger)
            if actor is None and self.lang in EUROPEAN_SUBJECT_ARTICLES:
                actor = self._described_person(first, trigger, sent) or self._described_body(
                    first, trigger, sent
                )
            if actor:
                found.append(actor)
        # the entities inside the clause, its dateline left out (Mentions.iter_within, by two
        # bisects here: a generator costs more to resume than the few entities cost to test)
        names, starts, ends, end = (
            self.mentions.entities,
            self._name_starts,
            self._name_ends,
            words[last].end,
        )
        start, text = words[first].start, self.doc.text
        if not start or text[start - 1] == "\n":  # (a clause opening a line: a dateline?)
            start = self._after_dateline(start)
        lo = bisect.bisect_left(starts, start)
        quotes = self.persons.quote_spans  # (no quote, nothing to leave out)
        for k in range(lo, bisect.bisect_left(starts, end, lo)):
            label = names[k].label
            if (
                ends[k] <= end
                and (label != "LOC" or self._acts(first, trigger, starts[k], ends[k]))
                and (label != "ORG" or not self._backdrop(k))
                and not (self.source_spans and self._in_source(starts[k]))
            ):
                actor = names[k].actor or self.mentions.actor_of(names[k])
                if actor and not (quotes and self.persons.in_quote(starts[k], ends[k])):
                    found.append(actor)
        return list(dict.fromkeys(found)) if len(found) > 1 else found

    def _described_person(self, first: int, trigger: int, sent: int) -> str | None:
        """The person a German, French, Spanish, Italian, Portuguese or Dutch clause opening
        with a definite article and a title names ("La ministra insistió", "Der Kanzler
        reist", "Il ministro ha difeso"; no name after it): the one the text was about, as
        a pronoun would (the quotes read "erklärte der CDU-Politiker" so)."""
        words = self.words
        if trigger - first < 2 or words[first].lower not in EUROPEAN_SUBJECT_ARTICLES[self.lang][0]:
            return None
        if not is_title(words[first + 1].text, self.lang):
            return None
        starts = self._name_starts
        if starts and starts[_within(starts, words[first].start, words[trigger].start)]:
            return None  # "O ministro dos Transportes, Renan Filho, afirmou": named there
        person = self.persons.resolve(sent, words[first].start)
        if person is None or not self._titled_so(person, words[first + 1].lower):
            return None
        return person

    def _described_body(self, first: int, trigger: int, sent: int) -> str | None:
        """The organisation a German, French, Spanish, Italian, Portuguese or Dutch clause
        opening with a definite article and a body's head names ("El club visitará", "La
        squadra affronterà", "Das Unternehmen will"; no name after it): the one that opens
        the nearest sentence before opened by an organisation ("El Real Madrid ganó … al
        Sevilla", not the club it beat), up to :data:`_BODY_REACH` sentences back."""
        words = self.words
        if trigger - first < 2 or words[first + 1].lower not in _EU_BODY_HEADS:
            return None
        article = words[first].lower  # (any but an indefinite one: "das Unternehmen")
        if (
            article not in EU_NOUN_ARTICLES[self.lang]
            or article in EUROPEAN_SUBJECT_ARTICLES[self.lang][1]
        ):
            return None
        names, starts, mentions = self.mentions.entities, self._name_starts, self.mentions
        if starts and starts[_within(starts, words[first].start, words[trigger].start)]:
            return None  # "Der Konzern Bayer will": named there
        for back in range(sent - 1, max(-1, sent - 1 - _BODY_REACH), -1):
            sentence = self.doc.sentences[back]
            at = bisect.bisect_left(starts, sentence.start)
            if at == len(names) or names[at].start >= sentence.end:
                continue
            opener = names[at]
            if mentions.label_of(opener) == "ORG":
                return opener.actor or mentions.actor_of(opener)
        return None

    def _titled_so(self, person: str, head: str) -> bool:
        """Whether ``person`` was named with the title ``head`` shortly before a mention
        ("La ministra de Sanidad, Mónica García", "Bundeskanzler Olaf Scholz"), so that "la
        ministra", "der Kanzler" is them; not "O presidente Rui Lemos …. O ministro falou"
        nor "zijn advocaat Peter Schouten …. De rechter zal": someone else."""
        text, mentions = self.doc.text, self.mentions
        return any(
            head in text[max(0, entity.start - _TITLE_WINDOW) : entity.start].lower()
            for entity in mentions.entities
            if (entity.actor or mentions.actor_of(entity)) == person
        )

    def _backdrop(self, k: int) -> bool:
        """Whether organisation ``k`` (an index into the entities) takes no part in its clause:
        part of the title of the person named right after it ("Kepala BPBD Garut, Satria
        Budi", "Ketua DPR Puan Maharani", "Harbor's chief executive, Laura Benson"), where the
        person acts and the body only says who they are; the party in brackets after a person
        ("Olaf Scholz (SPD) sagte"); or a building where things happen ("menggelar konferensi
        pers di Kedutaan Besar RI")."""
        names, text = self.mentions.entities, self.doc.text
        start = names[k].start
        if text[max(0, start - 4) : start].lower() == _AT_PLACE:
            return True
        if text[start - 1 : start] == "(" and text[names[k].end : names[k].end + 1] == ")":
            return self._party_of_person(k)
        if k + 1 == len(names) or names[k + 1].label != "PER":
            return False
        gap = _TITLE_GAP.fullmatch(text, names[k].end, names[k + 1].start)
        if gap is None:
            return False
        if gap.group(1):  # "Harbor's chief executive, Laura Benson"
            return any(map(is_title_word, gap.group(1).split()))
        # a title shortly before: "Kepala BPBD Garut, Satria Budi", "Ketua DPR Puan Maharani";
        # not a list, "Persib Tekuk Persija, Bojan Puji …", nor "saksi dari PT Bumi Cahaya"
        # misread as a firm and a person
        words = self.words
        at = bisect.bisect_left(self.starts, start)
        for i in range(at - 1, max(-1, at - 1 - _TITLE_REACH), -1):
            if words[i].is_punct or words[i].sent != words[at].sent:
                return False
            if is_title_word(words[i].text):
                return True
        return False

    def _party_of_person(self, k: int) -> bool:
        """Whether organisation ``k``, in brackets, follows a person's name, as a party or a
        firm does ("Olaf Scholz (SPD)"); not a name read in pieces, with another name right
        before the person ("Malayan Banking Berhad (MB)": a bank's acronym)."""
        names = self.mentions.entities
        person = names[k - 1] if k else None
        if person is None or person.label != "PER" or person.end < names[k].start - 2:
            return False
        return k < 2 or names[k - 2].end < person.start - 1

    def _acts(self, first: int, trigger: int, start: int, end: int) -> bool:
        """Whether the place named at ``start``–``end`` in the clause opening at word ``first``
        is a subject of its predicate (word ``trigger``), so a participant: "Kyiv said",
        "Pada Selasa, Tiongkok mengirim …", "Indonesia dan Malaysia menandatangani …". It
        stands before the predicate, at the clause's start or after a comma, "and", an
        article or a time ("Beberapa jam kemudian Ukraina …"), and only auxiliaries, adverbs,
        a time or a list's joiners come between it and the predicate. Other places are where
        things happen ("tiba di Garut", "returned from a visit to Singapore") or modify a
        name ("Bupati Garut"), and take no part."""
        words = self.words
        if end > words[trigger].start:
            return False
        at = bisect.bisect_left(self.starts, start, first, trigger)
        after = bisect.bisect_left(self.starts, end, at, trigger)
        if at > first:
            before = words[at - 1]
            if after == trigger and before.lower in _ABSOLUTE_OPENERS:
                return True
            if (
                before.lower not in _SUBJECT_OPENERS
                and not self._in_time(before)
                and not (words[after].text != "," and self._origin_of_subject(first, at))
            ):
                return False  # ("Away from Westminster, the reaction …": a setting)
        if after == trigger:
            return True
        word = words[after]
        return word.lower in _SUBJECT_LINKS or word.lower in self.verb_slots or self._in_time(word)

    def _origin_of_subject(self, first: int, at: int) -> bool:
        """Whether the place at word ``at`` follows "from"/"dari" right after a short subject
        of common nouns opening the clause ("Negotiators from Verania and Kostal met …", "The
        delegates from France signed …", "Delegasi dari Malaysia tiba …"): those who act
        there act for it, as "Verania's negotiators" would; not a person's home town ("Andi
        dari Garut", a name before it) nor a setting ("arrived from Geneva": after the
        predicate, see _acts)."""
        words = self.words
        head = at - 2
        if head < first or words[at - 1].lower not in _FROM:
            return False
        while first < head and (words[first].is_punct or self._timed(first)):
            first += 1  # "On Monday, troops from Russia crossed …"
        if head - first >= _ORIGIN_HEAD_WORDS:
            return False
        return not any(
            words[i].is_punct or self._in_name(words[i]) or self._in_time(words[i])
            for i in range(first, head + 1)
        )

    def _parse_subjects(self, trigger: Word, span: list[Word]) -> list[Word]:
        """Words of the clause that the parse marks as ``nsubj`` of the predicate."""
        tokens = self.doc.sentences[trigger.sent].tokens
        heads = set(trigger.parts)
        return [
            w
            for w in span
            if any(
                tokens[i].head in heads and (tokens[i].deprel or "").startswith("nsubj")
                for i in w.parts
            )
        ]

    def content_of(self, draft: _Draft) -> frozenset[str]:
        """The content words of a draft's clause when it had two people as it was made, else
        none. Found when first asked for: few events are ever compared."""
        if draft.content is None:
            compared = draft.compared
            draft.content = frozenset() if compared is None else self._content_words(*compared)
        return draft.content

    def _content_words(self, first: int, last: int) -> frozenset[str]:
        """Lowercased longer words of the clause outside names and quotes, for comparing events."""
        return frozenset(
            w.lower
            for w in self.words[first : last + 1]
            if len(w.text) >= 5
            and w.start not in self.quoted
            and w.text.isalpha()
            and w.lower not in _FUNCTION_WORDS
            and self.mentions.at(w.start, w.end) is None
            and not self._speech(w)
        )

    # ---- dates -------------------------------------------------------------------------

    def _date_clause(self, draft: _Draft, trigger: int, last: int) -> None:
        """Date the draft from a date in its clause, a resolved one first. A date after a
        future auxiliary that follows the predicate is when something said or planned is to
        happen ("Brennan said the dredging would begin in September"), not the event's; nor
        is a date a change is measured against (see :meth:`_compared_with`)."""
        starts = self._date_starts
        at = bisect.bisect_left(starts, draft.start)
        if at == len(starts) or starts[at] >= draft.end:
            return  # most clauses: no date
        inside = self.dates[at : bisect.bisect_left(starts, draft.end, at)]
        future_at = self.future_at  # (most texts have no future auxiliary, nor comparison)
        ahead = bisect.bisect_left(future_at, trigger + 1) if future_at else 0
        if ahead < len(future_at) and future_at[ahead] <= last:
            limit = self.words[future_at[ahead]].start
            inside = [t for t in inside if t.start < limit]
        if self.compare_at:
            compared = self.compare_at[_within(self.compare_at, trigger + 1, last + 1)]
            if compared:  # few clauses compare: "naik 12 persen dibandingkan tahun lalu"
                inside = [t for t in inside if not self._compared_with(t, compared)]
        inside = [t for t in inside if not self._until(t)]
        if not inside:
            return
        if len(inside) > 1 and inside[-1].start > draft.trigger.start and _day(inside[-1]):
            inside = self._past_subject_clause(inside, draft.start, draft.trigger.start)
        resolved = [t for t in inside if _day(t)]
        own = next((t for t in resolved if not self._in_dateline(t)), None)
        chosen = own or (resolved[0] if resolved else self._period_of(inside))
        draft.time, draft.time_text = _day(chosen), chosen.text
        if draft.time is None:
            draft.coarse = self._past_month(draft, chosen.value)

    def _past_subject_clause(
        self, inside: list[TimeSpan], start: int, trigger: int
    ) -> list[TimeSpan]:
        """The clause's times but those of a relative clause inside its subject, when a day
        comes after the predicate ("A wildfire that started on Saturday spread to Cortaz on
        Monday", "Sidang yang dimulai pada Januari berakhir pada Rabu"): the relative clause
        tells when the subject began, the predicate's own time comes after it."""
        words = self.words
        k = bisect.bisect_left(self.starts, start)
        for i in range(k, bisect.bisect_left(self.starts, trigger, k)):
            if words[i].lower in _SUBJECT_RELATIVES:
                opener = words[i].end
                return [t for t in inside if not opener < t.start < trigger]
        return inside

    def _past_month(self, draft: _Draft, value: str | None) -> str | None:
        """The month an English clause in the simple past ("cut 200 jobs in March", told in
        November) was in: the last such month, when the time annotator took the nearest one
        ahead as its past is also the verb's present or a noun ("a rate cut in March": see
        predicates.EN_BASE_PASTS), which only the clause's predicate tells apart; any other
        ``value`` as it is. (The time annotator reads the other irregular pasts itself.)"""
        reference = self.reference
        if (
            value is None
            or reference is None
            or self.lang != "en"
            or draft.ahead
            or len(value) != 7
            or value <= reference[:7]
            or draft.trigger.lower not in EN_BASE_PASTS
        ):
            return value
        k = bisect.bisect_left(self.starts, draft.trigger.start)
        if k and self.words[k - 1].lower in _AUXILIARIES:
            return value  # "is seen in March", "was sold …": not the simple past
        month = read_value(value)
        if month is None or month[0] != "month":
            return value
        return period_value("month", month[2], f"{int(month[1]) - 1:04d}")

    def _period_of(self, inside: list[TimeSpan]) -> TimeSpan:
        """Which of a clause's times that name no day dates it: the first after a time
        preposition ("menyerahkan rancangan APBD 2026 pada Agustus" → Agustus: a year right
        after a noun is part of a name, "APBD 2026", "Euro 2024"), else the first."""
        if len(inside) > 1:  # (most clauses have one)
            starts, words = self.starts, self.words
            for time in inside:
                at = bisect.bisect_left(starts, time.start)
                if at and words[at - 1].lower in _TIME_PREPOSITIONS:
                    return time
        return inside[0]

    def _until(self, time: TimeSpan) -> bool:
        """Whether ``time`` is where something lasts until ("extended the warning until
        Saturday", "ditunda hingga pekan depan"): the end of a state, not when the clause's
        happening took place. A clock time may stand between ("until 9am on Saturday")."""
        if self._untils is None:  # looked for once, at C speed: most texts have none
            text = self.doc.text
            # mid-sentence only: "Hingga Kamis pagi, …" opening a sentence tells when a tally
            # stands ("as of"), the time of the clause
            self._untils = sorted(at for w in UNTIL_WORDS for at in _find_all(text, f" {w} "))
        k = bisect.bisect_left(self._untils, time.start) - 1
        if k < 0 or time.start - self._untils[k] > _UNTIL_CHARS:
            return False
        words = self.words
        at = bisect.bisect_left(self.starts, time.start)
        for k in range(at - 1, max(-1, at - 1 - _UNTIL_REACH), -1):
            if words[k].lower in UNTIL_WORDS:
                return True
            if not (words[k].lower in _UNTIL_BRIDGE or self._in_time(words[k])):
                return False
        return False

    def _after_dateline(self, start: int) -> int:
        """Where a clause opening a line at ``start`` begins once its dateline is left out
        ("LIVERPOOL, Nov 24 (Reuters) - Dock workers … voted"): just past the dateline's
        dash, else ``start``. The place and agency of a dateline say where and by whom the
        story was filed, not who took part in its first event."""
        text = self.doc.text
        if not _CAPITALS_WORD.match(text, start):
            return start  # a dateline opens its line with its place in capitals
        dash = _DATELINE_DASH.search(text, start, start + _DATELINE_LENGTH)
        if dash is None or _LOWERCASE_WORD.search(text, start, dash.start()):
            return start
        return dash.end()

    def _in_dateline(self, time: TimeSpan) -> bool:
        """Whether ``time`` is the date of a dateline ("BOSTON, June 11 (Reuters) -", "OSLO,
        Oct 24 -"). That is the day the story was filed; a day of its own in the lead ("on
        Thursday raised its forecast") is the event's."""
        line_start = self.doc.text.rfind("\n", 0, time.start) + 1
        return time.end <= self._after_dateline(line_start)

    def _compared_with(self, time: TimeSpan, compared: list[int]) -> bool:
        """Whether ``time`` is what a change is compared with, a few words after one of the
        ``compared`` words (words of comparison after the predicate): "naik 12 persen
        dibandingkan periode yang sama tahun lalu", "higher than a year earlier"."""
        at = bisect.bisect_left(self.starts, time.start)
        return any(0 < at - k <= _COMPARED for k in compared)

    def _date_sentence(
        self, current: list[_Draft], earlier: _Draft | None, sentence: range
    ) -> None:
        """Date the sentence's undated clauses: from the clause before in the same sentence
        ("… pada hari Selasa, di mana pemimpin Rusia setuju …"), else from a date of the
        sentence outside every clause, else from the last event (``earlier``) when the sentence
        opens with "Dalam panggilan itu" / "During the call". A later clause's date never
        dates an earlier clause ("Tim itu menang …, yang kalah … pada Minggu"), an aside
        ("… setelah warga melapor") happened before the day of the clause it hangs on, a
        clause with a year or month of its own is not on another's day, nor is what a speech
        reports on the day it was said ("said on Tuesday the talks had failed"). Asked only
        of a sentence with an undated clause."""
        start, end = self.words[sentence.start].start, self.words[sentence.stop - 1].end
        loose = [
            t
            for t in self._dates_in(start, end)
            if _day(t) and not any(d.start <= t.start < d.end for d in current)
        ]
        scene = (
            earlier
            and earlier.time
            and _SAME_SCENE.match(self.doc.text[start:end])
            and not self._about_now(start, end)
        )
        closing = self._closing_date(current, sentence)
        previous: _Draft | None = None
        for draft in current:
            if draft.time is None and previous is not None and previous.time is not None:
                # "resigned on Monday, a week after his coalition lost …": that many days
                # from the clause it hangs on
                counted = self._counted_from(draft, previous.time)
                if counted is not None:
                    draft.time, draft.time_text = counted
            if closing is not None and draft.time is None and not draft.aside:
                # "meraih emas setelah mengalahkan Malaysia, Kamis (11/12)": the date set off
                # at the sentence's end is the whole sentence's, the main clause's too
                draft.time, draft.time_text = _day(closing), closing.text
            # an aside keeps to its own dates, as does a clause told ahead ("pleaded guilty
            # last week and is expected to be sentenced in January"), but for "when" clauses
            if (
                draft.time is None
                and draft.coarse is None  # its own year or month ("closed it in 2023")
                and not draft.reported
                and not draft.ahead
                and (not draft.aside or self._at_the_time(draft))
            ):
                if previous is not None and previous.time is not None:
                    draft.time, draft.time_text = previous.time, previous.time_text
                elif loose:
                    nearest = min(loose, key=lambda t: abs(t.start - draft.trigger.start))
                    draft.time, draft.time_text = _day(nearest), nearest.text
                elif scene and earlier is not None:
                    draft.time, draft.time_text = earlier.time, earlier.time_text
            previous = draft
        self._date_by_when(current)

    def _date_by_when(self, current: list[_Draft]) -> None:
        """Give an undated clause the day of the "when"/"ketika" clause that follows it in its
        sentence ("Residents were asleep when the river burst its banks on Sunday night",
        "Warga sedang tidur ketika sungai meluap pada Minggu malam"): it went on at that
        time, the one exception to a later clause's date never dating an earlier one; so
        does a "when" clause opening the sentence, on the day of the clause after it ("When
        the verdict was read, workers gathered outside on Wednesday")."""
        if len(current) > 1 and self._at_the_time(current[0]):
            _share_when(current[0], current[1])
        for draft, aside in itertools.pairwise(current):
            if (
                draft.time is None
                and draft.coarse is None
                and not (draft.reported or draft.ahead or draft.aside)
                and aside.aside
                and aside.time is not None
                and self._at_the_time(aside)
            ):
                draft.time, draft.time_text = aside.time, aside.time_text

    def _counted_from(self, draft: _Draft, day: str) -> tuple[str, str] | None:
        """The day (and the words that count it) of a clause opened by "after"/"before"/
        "setelah"/"sebelum" right after a count of days or weeks ("…, two days after it
        forced …", "sepekan sebelum pemilu digelar"), counted from ``day``, the day of the
        clause before it; None for any other clause."""
        words = self.words
        at = bisect.bisect_left(self.starts, draft.start)
        way = TEMPORAL_JOINERS.get(words[at].lower)
        if way is None or at == 0 or words[at - 1].sent != words[at].sent:
            return None
        k = bisect.bisect_right(self._time_ends, words[at - 1].end) - 1
        if k < 0 or self._time_ends[k] != words[at - 1].end:
            return None
        count = self.doc.text[self._time_starts[k] : self._time_ends[k]]
        counted = offset_day(f"{count.lower()} {way}", day)
        return None if counted is None else (counted, f"{count} {words[at].text}")

    def _closing_date(self, current: list[_Draft], sentence: range) -> TimeSpan | None:
        """The date that closes the sentence after a comma ("…, Kamis (11/12).", "…, on
        Thursday.") when it lies in an aside's clause ("meraih emas setelah mengalahkan
        Malaysia di final, Kamis (11/12)"): set off so, it dates the sentence, not only the
        aside; one inside the aside ("setelah mengalahkan Malaysia pada Kamis") stays its
        own. None for any other sentence."""
        last = current[-1]
        if not (last.aside and last.time) or len(current) < 2:
            return None
        starts = self._date_starts
        at = bisect.bisect_left(starts, self.words[sentence.stop - 1].end) - 1
        if at < 0 or starts[at] < last.start:
            return None
        date = self.dates[at]
        if not _day(date):
            return None
        words = self.words
        k = bisect.bisect_left(self.starts, date.start, sentence.start, sentence.stop)
        if k == sentence.start or words[k - 1].text != ",":
            return None
        end = bisect.bisect_left(self.starts, date.end, k, sentence.stop)
        if not all(words[j].is_punct for j in range(end, sentence.stop)):
            return None
        return date

    def _at_the_time(self, aside: _Draft) -> bool:
        """Whether an aside opens with "when"/"ketika" ("was targeted on Saturday when three
        men smashed the cases"): it happened on the day of the clause it hangs on, unlike
        one opened by "after"/"setelah", which may be days before."""
        at = bisect.bisect_left(self.starts, aside.start)
        return self.words[at].lower in _WHEN_OPENERS

    def _about_now(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` has a time of the present ("Saat ini", "kini", "now"): a
        sentence opening "Saat ini, …" tells how things stand as the article is written, not
        the last scene, though it reads like "Saat itu, …"."""
        return any(t.text.lower() in PRESENT_WORDS for t in self._dates_in(start, end))


def _find_all(text: str, part: str) -> list[int]:
    """The offsets where ``part`` occurs in ``text``, found at C speed."""
    found = []
    at = text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _main_segment(clause: list[_Segment]) -> _Segment | None:
    """The segment whose predicate is the clause's: the first with a subject before its
    predicate, else the first with a predicate."""
    verbal: _Segment | None = None
    for seg in clause:
        if seg.trigger is not None:
            if seg.has_subject:
                return seg
            if verbal is None:
                verbal = seg
    return verbal


def _told_before(drafts: list[_Draft], first: int) -> _Draft:
    """The last of ``drafts`` not an aside ("after a crack was found") from index ``first``
    on (the sentence's first), else the last: the clause a subject is shared with."""
    for k in range(len(drafts) - 1, first - 1, -1):
        if not drafts[k].aside:
            return drafts[k]
    return drafts[-1]


def _has_subject(clause: list[_Segment]) -> bool:
    """Whether the clause has a subject of its own ("Okafor had accepted …", not "Saat
    ditemui di Jakarta" nor "… and met Cho")."""
    return any(map(_HAS_SUBJECT, clause))


def _absorb(draft: _Draft, source: _Draft, people_ids: frozenset[str]) -> None:
    """Extend ``draft`` over the clause naming its ``source``. The source's actors become
    its actors only when it names none of its own ("Rail workers will strike …, union chief
    Dan Harper said"): the one who tells of it takes no part in what was done ("Kostal later
    accepted the offer, minister Ana Petrov said" is Kostal's doing, as after "according
    to")."""
    draft.end = source.end
    if not draft.actors:
        draft.actors = source.actors
        draft.people = people_ids.intersection(draft.actors)


def _take_subject(draft: _Draft, before: _Draft, people_ids: frozenset[str]) -> None:
    """Give ``draft`` the subject (first actor) of the clause ``before`` it shares it with,
    when that clause named it before its predicate."""
    if before.actors and before.subject_first:
        draft.actors = list(dict.fromkeys([before.actors[0], *draft.actors]))
        draft.people = people_ids.intersection(draft.actors)


def _any_word(low: str) -> bool:
    """Any word may be a verb (with a parse, its tag decides)."""
    return True


_ANY_WORD = WordMemo[bool](_any_word)


def _within(starts: list[int], lo: int, hi: int) -> slice:
    """Where the sorted ``starts`` lie in ``[lo, hi)``."""
    return slice(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi))


def _date_from_same_happening(
    drafts: list[_Draft], content_of: Callable[[_Draft], frozenset[str]]
) -> None:
    """An undated event takes the date of the nearest dated event (at most
    :data:`_SAME_HAPPENING_REACH` events away) reporting the same happening: at least two people
    in common and a shared content word (``content_of`` a draft)."""
    for i, draft in enumerate(drafts):
        if draft.time is not None or len(draft.people) < 2:
            continue
        lo, hi = max(0, i - _SAME_HAPPENING_REACH), i + _SAME_HAPPENING_REACH + 1
        same = [
            d
            for d in drafts[lo:hi]
            if d.time is not None
            and len(d.people & draft.people) >= 2
            and content_of(d) & content_of(draft)
        ]
        if same:
            nearest = min(same, key=lambda d: abs(d.start - draft.start))
            draft.time, draft.time_text = nearest.time, nearest.time_text


def _date_by_offset(drafts: list[_Draft], reference: str | None) -> None:
    """An event told with days counted from the story ("Dua hari sebelumnya, warga …", "Two
    days later, engineers …", "keesokan harinya") takes the day that many days from the
    last event told before it with a time, when that time is a day: after one dated only
    roughly ("bermula pada Oktober 2023. Dua hari kemudian, …") the day is not known. A day
    counted past the article's own day (``reference``) is left unsaid: news tells what has
    happened, so the count went from a day other than the one told last."""
    anchor: str | None = None
    for draft in drafts:
        if draft.time_text is None:
            continue
        if draft.time is None and anchor is not None:
            day = offset_day(draft.time_text, anchor[:10])
            if day is not None and (reference is None or day <= reference):
                draft.time = day  # and the story counts on from it
        anchor = draft.time


def _date_headline(drafts: list[_Draft], lang: str, text: str) -> None:
    """An undated headline event takes the date of the lede's event it restates, the first
    one of the next :data:`_LEDE_SENTENCES` sentences told with the same verb ("KPK Tahan …"
    / "KPK menahan … pada Kamis malam", "Minister resigns …" / "… resigned on Tuesday"),
    as its predicate or, failing that, in what it reports ("Harbor agrees to buy …" /
    "Harbor said on Monday it had agreed to buy …", dated by the saying when what it reports
    has no day of its own, unless the headline's is ahead: "Bank to cut jobs" / "… said on
    Monday it would cut …"): a headline rarely says when, its lede does. One with a month or
    year of its own ("Bridge to reopen in May") keeps it."""
    lede = [d for d in drafts if 0 < d.sent <= _LEDE_SENTENCES]
    for draft in drafts:
        if draft.sent != 0:
            break
        if draft.time is not None or draft.coarse is not None:
            continue
        verb = draft.trigger.lower
        told = next((d for d in lede if same_happening_verb(verb, d.trigger.lower, lang)), None)
        if told is None:
            told = next((d for d in lede if d.time and _tells(text, d, verb, lang)), None)
        if told is not None and told.time is None and told.reported:
            if draft.ahead:
                continue  # a plan is not made on the day it was announced
            told = drafts[drafts.index(told) - 1]  # the speech that reports it
        if told is not None and told.time is not None:
            draft.time, draft.time_text = told.time, told.time_text


def _tells(text: str, draft: _Draft, verb: str, lang: str) -> bool:
    """Whether the clause of ``draft`` has a form of the headline's ``verb`` among its words."""
    words = _WORD.findall(text, draft.start, draft.end)
    return any(same_happening_verb(verb, word.lower(), lang) for word in words)


def _placements(drafts: list[_Draft], reference: str | None, valued: bool) -> list[Placement]:
    """What the timeline needs of each draft. An event dated only roughly ("pada Agustus
    2023", "last year") before a day an earlier event was surely dated on is a flashback:
    the story has moved past it. An undated clause in the pluperfect ("Rivian had lost half
    its value") happened before the scene it is told in, as if told with "sebelumnya"; an
    undated clause in the sentence of a flashback ("…from 2016 until 2020, when an auditor
    flagged …") goes on with it, as if told with "kemudian". An undated clause in the future
    ("akan dijerat", "will appear") comes after the latest sure day and the reference day, as
    an aside: the next undated clause goes on from the story, not from that future. An
    undated statement ("Analysts said …") after a dated day is made on the reference day,
    an aside too (see :func:`_said_today`). A rough day comes from the time's value, or its
    phrase first unless the grammar ``valued`` the times against ``reference`` (see
    :func:`~reader.analysis.narrative.rough_day`)."""
    placements: list[Placement] = []
    latest = ""  # the latest sure day so far
    for k, d in enumerate(drafts):
        if d.time is not None and not _dated_by_host(drafts, k):
            placements.append(Placement(d.time, d.cue, d.aside, d.flashback))
            latest = max(latest, d.time)
            continue
        if _hosts_dated_aside(drafts, k):
            # "Warga mengungsi setelah banjir menerjang desa pada Minggu": on that day or
            # soon after, and after the flood (the aside is ordered right before it)
            day = drafts[k + 1].time
            placements.append(Placement(day, d.cue, d.aside, d.flashback))
            latest = max(latest, day or "")
            continue
        # (a month in a clause about the future is the next one: "will report in February")
        rough = None if d.ahead else rough_day(d.coarse, d.time_text, reference, valued)
        # "two weeks later", "tiga hari sebelumnya": told from the story, so a cue to it
        cue = d.cue or (words_cue(d.time_text.lower().split()) if d.time_text else None)
        if rough is None and cue != "before" and d.ahead:
            # "Ia akan dijerat …": not before what the story has reached, nor before today; an
            # aside, as the story told next goes on from where it was; "pada Juni" is June;
            # "kemudian akan …" too: later than the story, and later than today
            ahead = rough_future_day(d.time_text or "", reference) or rough_value_day(
                d.coarse, reference, ahead=True
            )
            if ahead is not None and reference is not None:
                ahead = max(ahead, reference)  # "would begin this week": not before today
            placements.append(Placement(ahead or max(latest, reference or "") or LATER, aside=True))
            continue
        told_on = drafts[k - 1] if k else None
        if (
            rough is None
            and cue is None
            and d.speech
            and _said_today(d, told_on, latest, reference)
        ):
            # "Analysts said …" after "On March 3, the board fired …": said on the article's
            # day, not on the last date told; an aside, as the story goes on from its events
            placements.append(Placement(reference, aside=True))
            continue
        flashback = d.flashback or (rough is not None and rough < latest)
        if cue is None and d.flashback and rough is None:
            cue = "before"
        elif cue is None and k and drafts[k - 1].sent == d.sent and placements[-1].flashback:
            cue = "after"
        placements.append(Placement(rough, cue, d.aside, flashback))
    return placements


def _said_today(draft: _Draft, before: _Draft | None, latest: str, reference: str | None) -> bool:
    """Whether an undated statement ``draft`` (its predicate a speech verb, no cue, not in
    the future or the pluperfect) is placed on the ``reference`` day: when a day before it
    was dated (``latest``, the latest so far) and not past that day. Without a date before
    it the story is told in text order and the statement stays in it; so it does where it
    goes on from the clause told ``before`` it: in that clause's sentence ("… melancarkan
    serangan, dengan Kyiv mengatakan …"), or said by one of its people in the next sentence
    ("… pemimpin Rusia setuju … Tetapi ia mengatakan …": said in the talks just told)."""
    if before is not None and (
        before.sent == draft.sent
        or (before.sent + 1 == draft.sent and not set(before.actors).isdisjoint(draft.actors))
    ):
        return False
    return (
        reference is not None
        and latest != ""
        and latest[:10] <= reference
        and not (draft.ahead or draft.flashback or draft.aside)
    )


def _share_when(opening: _Draft, main: _Draft) -> None:
    """Give a sentence-opening "when"/"ketika" clause and the main clause after it the one
    time either names ("When the verdict was read, workers gathered outside on Wednesday",
    "When the company reported figures in July, its shares dropped"): they happened
    together. What the main clause reports or plans keeps to its own."""
    if main.reported or main.ahead or (opening.time is not None and main.time is not None):
        return
    if opening.time is None and opening.coarse is None and main.time is not None:
        opening.time, opening.time_text = main.time, main.time_text
    elif main.time is None and main.coarse is None and opening.time_text is not None:
        main.time, main.coarse, main.time_text = opening.time, opening.coarse, opening.time_text


def _first_before(drafts: list[_Draft], order: list[int]) -> None:
    """Put the clause after a sentence-opening "before" clause ahead of it on the timeline:
    in "Before the meeting began, protesters gathered outside" the gathering came first,
    though told second. Moved only when the two are not dated apart; the events between
    them on the timeline move one place on."""
    for k, d in enumerate(drafts[:-1]):
        main = drafts[k + 1]
        if not d.opens_before or main.sent != d.sent or order[k + 1] < order[k]:
            continue
        if main.time is not None and d.time is not None and main.time != d.time:
            continue
        _put_ahead(order, k + 1, k)


def _first_of_joined(drafts: list[_Draft], order: list[int]) -> None:
    """Put an undated clause ahead of the dated one its sentence joins to it with "before",
    "sebelum" or "then" ("Marlow had taken kickbacks before he resigned in 2023", "Hadi
    telah menerima suap sebelum ia mencalonkan diri lagi pada 2024"): it happened first,
    though the date alone would place it after. The events between them on the timeline
    move one place on."""
    for k in range(1, len(drafts)):
        d, first = drafts[k], drafts[k - 1]
        if d.cue != "after" or first.sent != d.sent or order[k - 1] < order[k]:
            continue
        if first.time is not None or first.coarse is not None or d.time_text is None:
            continue
        _put_ahead(order, k - 1, k)


def _put_ahead(order: list[int], moved: int, ahead_of: int) -> None:
    """Give the event ``moved`` the timeline place of ``ahead_of`` (which comes before it);
    the events from that place up to ``moved``'s old one move one place on."""
    lo, hi = order[ahead_of], order[moved]
    for j, position in enumerate(order):
        if lo <= position < hi:
            order[j] = position + 1
    order[moved] = lo


def _dated_by_host(drafts: list[_Draft], k: int) -> bool:
    """Whether draft ``k`` is an aside dated by the clause it hangs on ("targeted on Saturday
    when three men smashed the cases"): it is ordered by that clause, right before it, as an
    undated aside is, not after the whole of that day's story."""
    d = drafts[k]
    if not d.aside or k == 0:
        return False
    host = drafts[k - 1]
    if host.sent == d.sent and host.time == d.time and host.time_text == d.time_text:
        return True
    return _hosts_dated_aside(drafts, k - 1)


def _hosts_dated_aside(drafts: list[_Draft], k: int) -> bool:
    """Whether draft ``k`` is an undated main clause whose "setelah"/"after" aside, next in
    its sentence, has a day of its own ("Warga mengungsi setelah banjir menerjang desa itu
    pada Minggu"): the day is the aside's alone (see _EventFinder._date_sentence), but the
    main clause is ordered on it, right after the aside, not before everything dated."""
    if k + 1 >= len(drafts):
        return False
    d, aside = drafts[k], drafts[k + 1]
    return (
        aside.aside
        and aside.time is not None
        and aside.sent == d.sent
        and d.time is None
        and d.coarse is None
        and d.cue is None
        and not (d.ahead or d.reported or d.flashback or d.speech)
    )


#: Most characters a dateline has before its dash ("WASHINGTON, D.C., June 11 (Reuters) -").
_DATELINE_LENGTH = 56
#: A dateline's dash between spaces; a word in small letters, which no dateline has; the
#: place in capitals a dateline opens with.
_DATELINE_DASH = re.compile(r"\s[-\u2013\u2014]\s")
_LOWERCASE_WORD = re.compile(r"(?<![^\s(])[a-z]")
_CAPITALS_WORD = re.compile(r"[A-Z]{2,}\b")

_DAY_MINUTES = 24 * 60
_WORD = re.compile(r"[^\W\d_]+")
#: Marks between a live blog's timestamp and its entry: "09:40 — Heathrow …", "10.15 WIB: …".
_STAMP_MARKS = frozenset("\u2014\u2013-:|")
#: The hours and minutes of a timestamp, with its a.m./p.m. if any: "09:40", "2.15pm".
_STAMP_CLOCK = re.compile(r"(\d{1,2})[.:](\d{2})\s*([ap])?", re.IGNORECASE)


def _live_blog_entries(text: str, times: list[TimeSpan]) -> list[tuple[int, int]]:
    """The entries of a live blog, as (start, end) character spans in time order.

    A live blog is told in entries that each open a line with a clock time: followed by a
    dash or colon, the entry is the rest of that paragraph ("01:45 GMT — The returning
    officer …", "Pukul 10.15 WIB: …"); alone on its line, the entry runs to the next stamp.
    Told newest first or oldest first, its entries have no day of their own, so only their
    stamps can order them. The direction is the one most steps between neighbouring stamps
    take round the clock, so a night that passes midnight keeps its order (00:30 is half an
    hour after 23:58). Fewer than two stamps make no live blog: none are returned.
    """
    stamps: list[tuple[int, int, int]] = []  # (start, entry end, minutes)
    for t in times:
        clock = _STAMP_CLOCK.search(t.text) if t.type == "TIME" else None
        if clock is None or text[text.rfind("\n", 0, t.start) + 1 : t.start].strip():
            continue
        after = text[t.end : t.end + 4].lstrip(" \t")[:1]
        if after not in _STAMP_MARKS and after not in ("\n", "\r"):
            continue
        hour = int(clock.group(1)) % 12 if clock.group(3) else int(clock.group(1))
        hour += 12 if (clock.group(3) or "").lower() == "p" else 0
        end = text.find("\n", t.end) if after in _STAMP_MARKS else -1  # -1: the next stamp
        stamps.append((t.start, end, hour * 60 + int(clock.group(2))))
    if len(stamps) < 2:
        return []
    # a step from one stamp to the next goes back in time when going forward round the
    # clock would take more than half a day: 00:20 → 23:50 steps back half an hour
    steps = [(b[2] - a[2]) % _DAY_MINUTES for a, b in itertools.pairwise(stamps)]
    newest_first = sum(step > _DAY_MINUTES // 2 for step in steps) > len(steps) / 2
    nexts = [start for start, _, _ in stamps[1:]] + [len(text)]
    entries = [
        (start, nxt if end < 0 else end) for (start, end, _), nxt in zip(stamps, nexts, strict=True)
    ]
    return entries[::-1] if newest_first else entries


def _order_live_blog(
    placements: list[Placement],
    drafts: list[_Draft],
    entries: list[tuple[int, int]],
    reference: str | None,
) -> None:
    """Order the events of live-blog ``entries`` (in time order) by their entry: an event
    dated the article's day, and the first event of an entry when it has no day of its own,
    is placed later that day than the events of the entries before it ("2025-02-08T001"
    sorts after "2025-02-08"); the entry's other undated events stay next to the event told
    before them, as anywhere (an aside "setelah menabrak …" before it). Events dated another
    day ("late on Friday") keep that day. With no reference day no event has a day (see
    :func:`_reference_day`), and the keys alone ("T001") order the entries."""
    for rank, (start, end) in enumerate(entries):
        key = f"{reference or ''}T{rank:03d}"
        first = bisect.bisect_left(drafts, start, key=_START)
        for k in range(first, len(drafts)):
            if drafts[k].start >= end:
                break
            if placements[k].date == reference or (k == first and placements[k].date is None):
                placements[k] = placements[k]._replace(date=key)


def _reference_day(times: list[TimeSpan]) -> str | None:
    """The article's own day: the day relative days were resolved against (their most common
    ``anchor``, normally the publication date); with no relative day, the first full date of
    the text (news gives its own day first, in the dateline or lead); else None. Relative
    periods ("tahun lalu") carry an anchor too but are not counted: the timeline places
    events by days, and an article whose only relative times are periods keeps its first
    full date as its day. With neither, the caller falls back on the publication date: a
    text whose times are all months and years ("will open in December", "began in August")
    still has a day, so what was said in it comes before what it plans. A day counted from
    the story ("keesokan harinya", "two days later") is told from the story's day, not the
    article's, and is not counted either."""
    anchors = [
        t.anchor[:10] for t in times if t.anchor and t.relative and (t.value is None or _day(t))
    ]
    if anchors:
        return max(sorted(set(anchors)), key=anchors.count)
    return next((day for t in times if t.type == "DATE" and (day := _day(t))), None)


def _one_line(text: str) -> bool:
    """Whether ``text`` is already one line of single spaces, as most clauses are: printable
    text has no whitespace but the space, so no double space and no space at either end
    leaves nothing to collapse."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def _day(time: TimeSpan) -> str | None:
    """The day ``time`` names, the date part of its value, or None: a year, month, quarter,
    decade, week or weekend ("2024", "2025-03", "2026-W47-WE") is no day to place an event
    on."""
    value = time.value
    return value[:10] if value and len(value) >= 10 and value[5].isdecimal() else None


def _partial_time(draft: _Draft, reference: str | None) -> str | None:
    """An event's time when its clause names a month or a year but no day ("in May" →
    "2026-05", "pada 2022" → "2022"): ISO 8601 of reduced precision, as the time annotator
    values it, so a timeline row shows when it happened; so does a quarter, which results
    are told by ("profit fell in the third quarter" → "2025-Q3"). Its order still comes from
    a rough day (see :func:`_placements`); seasons, weeks and decades stay None, no date a
    reader would sort among days. A month of a plan is the next one to come, as it is
    ordered ("Barrier to be finished by December" is not last December)."""
    value = draft.coarse
    if value is None:
        return None
    kind = read_value(value)
    if kind is None or kind[0] not in _PARTIAL_KINDS:
        return None
    if draft.ahead and kind[0] == "month" and reference is not None and value < reference[:7]:
        coming = rough_future_day(draft.time_text or "", reference)
        return coming[:7] if coming else None
    return value


def _told_end(drafts: list[_Draft], i: int) -> int:
    """Where the summary of ``drafts[i]`` ends: a speech clause whose report is an event of
    its own runs on into it, so the timeline says what was said ("Ia mengatakan gencatan
    senjata penuh hanya akan berhasil …"), not only that someone spoke ("Ia mengatakan");
    any other clause ends where its span does."""
    draft = drafts[i]
    if draft.speech and i + 1 < len(drafts):
        told = drafts[i + 1]
        if told.reported and told.sent == draft.sent:
            return told.end
    return draft.end


def _summary(text: str) -> str:
    """One readable line: whitespace collapsed, first letter capitalised, cut at a word."""
    line = text if _one_line(text) else " ".join(text.split())
    if line:
        line = line[0].upper() + line[1:]
    if len(line) <= SUMMARY_LENGTH:
        return line
    cut = line[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
