"""Word lists and limits that more than one module of the events package asks, with
the few that read best beside them and the attribute getters the modules share.

A list that one module alone asks lives in that module, next to the rules that use it.
(See the package docstring for what is where.)"""

from __future__ import annotations

from operator import attrgetter

from reader.analysis.narrative import CUE_OPENERS, TEMPORAL_JOINERS
from reader.analysis.predicates import EN_AUXILIARIES, ID_AUXILIARIES, ID_HEARSAY_VERBS
from reader.analysis.speech import ADVERBS_BETWEEN, word_set

#: Most words of the subject before a bare verb in a reported Indonesian clause (see
#: _Verbs._bare_reported): "polisi", "pemerintah daerah", "tim gabungan polisi".
_BARE_SUBJECT_WORDS = 3
#: Verbs in "ter-" that tell a happening, not a state ("terjadi", not "tersebut", "terbaik"):
#: right after a reported subject they are its predicate (see _Verbs._bare_reported).
_REPORTED_HAPPENINGS = word_set("terjadi terbakar tertangkap terluka tewas")
#: Words that open a sentence with the time of its main clause: "Saat rapat berlangsung,
#: mahasiswa berunjuk rasa", "When the polls closed, …". Such a clause dates the one after it
#: rather than being a happening of its own. ("While" and "as" are left out: they as often
#: contrast two happenings or give a reason.)
_WHEN_OPENERS = word_set("saat ketika sewaktu tatkala when")
#: Those that cut a clause off mid-sentence ("… tertunda ketika dana habis", "… delayed
#: when funding ran out"): said only of the time, left out of that clause's summary (unlike
#: "after"/"setelah", which tell the order).
_WHEN_JOINERS = _WHEN_OPENERS & frozenset(TEMPORAL_JOINERS)

# Words that join clauses: the segment starting with one is a new clause candidate.
_STRONG_WORDS = word_set(
    "tetapi tapi namun sedangkan sementara padahal meskipun walaupun walau "
    "but while whereas although though because"
)
#: "And" in the other European languages: before a verb it joins a second predicate of the
#: same subject ("rechazó la medida y pidió su retirada"), as "and" does.
_EU_AND_WORDS = {"de": "und", "nl": "en", "fr": "et", "es": "y", "it": "e", "pt": "e"}
_STRONG_MARKS = frozenset(";\u2013\u2014")  # semicolon, en dash, em dash
#: A colon cuts like a semicolon when a clause in lowercase follows it ("The dispute sounds
#: familiar: managers offered …"); before a quote or a capitalised list it is no cut.
_COLON = ":"
#: Words that open what was said or found ("said on Tuesday that …", "mengatakan bahwa …"),
#: and verbs of finding out that, like speech verbs, may be followed by one ("learned that
#: a witness had lied"). Such a clause with a day of its own is a happening of its own.
_THAT_WORDS = word_set("that bahwa")
_KNOWING_VERBS = word_set(
    "learned learnt found ruled showed shown revealed knew concluded decided discovered "
    "mengetahui menemukan memutuskan mengakui menyadari"
)
#: Words between a verb and "that" that may belong to a time phrase: "said on Tuesday that".
_TIME_PREPOSITIONS = word_set("on in at pada di")
# Words and marks a sentence may be cut at (lowercase): commas, strong marks, strong words.
_CUT_WORDS = _STRONG_WORDS | _STRONG_MARKS | {","} | frozenset(TEMPORAL_JOINERS)
# First words of narrative cues looked for beyond a clause's first four words ("Jaksa
# sebelumnya menuntut"): all but the very common ones ("the next day", "at the time").
_LATE_CUE_OPENERS = CUE_OPENERS - word_set("the at")
# "and" cuts only before a sure verb: "… arrived in Seoul and met her counterpart".
_AND_WORDS = word_set("dan and")
# Words that join two clauses in a headline only: "Mayor Jailed as Bribery Saga Ends",
# "Shares fall as inflation bites". (In running text "as" is as often "such as", "as well
# as", "known as".)
_HEADLINE_JOINERS = word_set("as")
#: Words before "as" that make it no joiner of clauses in running text: "such as", "as well
#: as", "as soon as", "the same as", "known as", "twice as" (see _Clauses._as_clause).
_AS_NOT_JOINING = word_set(
    "such well soon same many much long far so just known regarded seen described twice"
)

#: Languages whose reported clauses may follow the speech verb with no "that"/"bahwa".
_BARE_REPORT_LANGUAGES = frozenset(("en", "id"))
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
# Words between "and" and the verb of a second predicate: "… and was charged", "dan kini
# memuncaki klasemen", "dan telah menahan".
_BEFORE_SECOND_VERB = _AUXILIARIES | ADVERBS_BETWEEN | word_set("kini now")
# Words before the subject of a clause after "and": "and the group cut …".
_DETERMINERS = word_set("the a an its their his her para")
_START = attrgetter("start")
_SENT = attrgetter("sent")
