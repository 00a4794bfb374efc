"""Whether a word is a verb, and which word tells the happening: by its tag with a parse,
by its form without (English, Indonesian and the European languages), headlines'
verbs, gerunds after a joiner, and the verb a European auxiliary or a plan verb serves."""

from __future__ import annotations

from reader.analysis.events.lexicon import _BARE_SUBJECT_WORDS, _REPORTED_HAPPENINGS
from reader.analysis.events.text import _Text
from reader.analysis.number_words import starts_quantity
from reader.analysis.predicates import (
    EN_AUXILIARIES,
    EN_FUNCTION_WORDS,
    EN_HEADLINE_VERBS,
    EN_OBJECT_OPENERS,
    EU_AUXILIARIES,
    EU_NOUN_ARTICLES,
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
    plural_present_verb,
)
from reader.analysis.speech import word_set
from reader.analysis.words import tokens_of

#: "be" and "have" between "expected to" and the verb ("expected to be sentenced").
_PASSIVE_BE = word_set("be have")
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
#: English joiners a gerund may follow as a clause of its own ("before slipping to third").
_GERUND_JOINERS = word_set("after before since")
#: What may open such a gerund's object or a phrase after it: "losing the vote", "slipping
#: to third", "passing him" (or a name or a number; "her" is among EN_OBJECT_OPENERS).
_GERUND_OBJECTS = EN_OBJECT_OPENERS | word_set("him them it us me")


class _Verbs(_Text):
    """How surely a word is a verb, and which verb tells what happened."""

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
        strength = english_verb_strength(word.text, prev, nxt, prev2, after_name)
        if strength == 0 and self._after_joined_subject(i, first, nxt.lower()):
            return 2
        return strength

    def _after_joined_subject(self, i: int, first: int, nxt: str) -> bool:
        """Whether the English base form at word ``i`` is the verb of a subject joined by
        "and" ("The unions and Extinction Rebellion plan a march", "Britain and France
        fear …"), which is plural whatever its last word: one of the plural-present verbs
        (those also nouns before what they take), with "and" two to four words before it
        and only words of the subject between."""
        words = self.words
        low = words[i].lower
        if not plural_present_verb(low, nxt):
            return False
        if i - 2 <= first or words[i - 1].lower in EN_FUNCTION_WORDS:
            return False
        for k in range(i - 2, max(first, i - 5), -1):
            if words[k].lower == "and":
                return True
            if words[k].is_punct or words[k].lower in EN_AUXILIARIES:
                return False
        return False

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

    def _bare_reported(self, subject: int, i: int) -> bool:
        """Whether word ``i`` is the bare verb ("tangkap", "naikkan") of an Indonesian clause
        reported from word ``subject`` on, right after a subject of at most
        :data:`_BARE_SUBJECT_WORDS` words ("mengatakan polisi tangkap dua pelaku", "menyebut
        pemerintah naikkan harga"): speech written quickly drops the me- prefix as headlines
        do; a word that might be a noun after a longer phrase is not read so. So is a verb of
        happening that is as often an adjective ("mengatakan lonjakan terjadi sejak …",
        "menyebut dua warga tewas"): right after the subject it is the reported predicate."""
        word = self.words[i]
        low = word.lower
        return (
            subject < i <= subject + _BARE_SUBJECT_WORDS
            and word.text.islower()
            and (
                low in _REPORTED_HAPPENINGS
                # (a prefixed verb is read as any other)
                or (not self.may_be_verb[low] and bare_indonesian_verb(low))
            )
            and word.start not in self._time_start_set  # ("kemenangan pukul 22.00 WIB")
        )

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
