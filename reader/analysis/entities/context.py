"""What the whole document tells each sentence's reader before any of them looks for names:
which words it writes capitalised mid-sentence, the names it gives after head words
("Kabupaten Sleman" makes "Sleman" a place), constituencies, and the sport it reports."""

from __future__ import annotations

import itertools
from collections import Counter

from reader.analysis import gazetteer
from reader.analysis.doc import Doc
from reader.analysis.entities.lexicon import (
    _BUILDING_HEADS,
    _COMMON_WORD_OPENERS,
    _CONSTITUENCY_CUES,
    _CONSTITUENCY_LINKS,
    _ENGLISH_NAMES_AMONG_FUNCTION_WORDS,
    _FOOTBALL_WORDS,
    _GIVEN_NAMES_AMONG_HEADS,
    _HOLIDAY_FIRSTS,
    _HOLIDAYS,
    _LEGAL_FORMS_AFTER,
    _MAX_NAME_WORDS,
    _NAME_TAILS,
    _NAMESAKE_HEADS,
    _NON_BRANCH_ORG_HEADS,
    _SERVICE_HEADS,
    _TEAM_SPORTS,
    _TITLE_CUES,
    _UNTAGGED,
)
from reader.analysis.entities.sentence import _SentenceReader
from reader.analysis.entities.shapes import (
    _index,
    _is_acronym,
    _is_possessive,
    _place_ends_with_head,
)
from reader.analysis.entities.word_bits import _HEAD_WORD, _TITLE_START, _may_be_given_name
from reader.analysis.model import EntityLabel
from reader.analysis.name_cues import (
    BRANCH_HEADS,
    BRANCH_REGION_HEADS,
    CALENDAR_WORDS,
    COMMON_SUBJECTS,
    EN_FUNCTION_WORDS,
    GIVEN_NAMES,
    ID_FUNCTION_WORDS,
    NAME_PARTICLES,
    NOUNS_BEFORE_NAMES,
    ORG_HEADS,
    PERSON_CONTEXT,
    PLACE_HEADS,
    SPEECH_VERBS,
    abbreviates,
    looks_like_common_noun,
)
from reader.analysis.titles import (
    ROYAL_GIVEN_NAMES,
    TITLE_EXTENSIONS,
    TITLE_HEADS,
    match_title,
)


class _DocContext:
    """Document-wide facts the per-sentence rules consult."""

    def __init__(self, doc: Doc) -> None:
        mid_capitalised: set[str] = set()  # first words of names after a title
        run_ends: set[str] = set()  # first and last words of runs of capitalised words
        body_ends: set[str] = set()  # last words of bodies' names ("Lembaga Sensor Film")
        known: dict[tuple[str, ...], EntityLabel] = {}
        counted: list[str] = []  # the capitalised words outside sentence starts
        runs: set[tuple[str, ...]] = set()
        opening_runs: set[tuple[str, ...]] = set()  # runs of two words or more opening one
        run_starts: set[str] = set()
        opening_firsts: set[str] = set()
        lone_openers: set[str] = set()
        lone_speakers: set[str] = set()
        person_ends: set[str] = set()
        placed_alone: set[str] = set()
        short_names: set[str] = set()
        name_months: set[str] = set()
        royal_months: set[tuple[str, str]] = set()  # ("Raja", "Juli") of "Raja Juli Antoni"
        english = doc.lang == "en"
        #: The sentences, each read as it looks (its capitals, its starts) at once.
        self.readers = [_SentenceReader(doc.text, sent, self) for sent in doc.sentences]
        for reader in self.readers:
            words, caps, bits = reader.words, reader.capitalised, reader.bits
            headline, initial = reader.headline, reader.initial
            n = len(words)
            # Each run of capitalised words [i, k). Only its first word may start the
            # sentence or a quotation (a mark opens them, and no mark is capitalised).
            k = 0  # end of the last run
            for i in itertools.compress(range(n), caps):
                if i < k:
                    continue  # inside the run already read
                k = i + 1
                while k < n and caps[k]:
                    k += 1
                if k - i == 1 and i > 2 and words[i - 1] == "(" and words[k : k + 1] == (")",):
                    _learn_short_name(words, caps, i, short_names)
                if headline:
                    # In a Title Case Headline every word is capitalised: no evidence.
                    first = k
                elif i not in initial:
                    first = i
                    runs.add(words[i:k])  # a whole run, as written mid-sentence
                    run_starts.add(words[i])
                    if k - i == 1 and i > 0 and words[i - 1] == "di":
                        placed_alone.add(words[i])  # "di Kherson"
                else:
                    first = i + 1
                    if k - i > 1:
                        opening_runs.add(words[i:k])
                    if 2 < k - i <= 4 and words[i].lower() in NOUNS_BEFORE_NAMES:
                        opening_firsts.add(words[i + 1])  # "Baim" of "Artis Baim Wong"
                    elif 1 < k - i <= 3 and _may_be_given_name(words[i], bits[i]):
                        opening_firsts.add(words[i])  # "Muhyiddin" of "Muhyiddin Yassin hadir"
                    elif k - i == 1:
                        lone_openers.add(words[i])  # "Mochtar" of "Mochtar akan banding"
                if k - i > 2 and not headline:
                    # "Juli" of "Raja Juli Antoni": a month inside a name
                    name_months.update(
                        w for w in words[i + 1 : k - 1] if w.lower() in CALENDAR_WORDS
                    )
                    royal_months.update(
                        (w, m)
                        for w, m in zip(words[i : k - 2], words[i + 1 : k - 1], strict=True)
                        if w in ROYAL_GIVEN_NAMES and m.lower() in CALENDAR_WORDS
                    )
                if (
                    k - i == 1
                    and not headline
                    and _speech_verb_next_to(words, i, k)
                    and words[i].lower() not in COMMON_SUBJECTS
                    and not looks_like_common_noun(words[i])
                ):
                    lone_speakers.add(words[i])  # "Hotman mengatakan", not "Warga mengatakan"
                t_end = match_title(words, i) if k - i > 1 and bits[i] & _TITLE_START else i
                if (
                    k + 1 < n
                    and words[k + 1] in _PERSONAL_AFTER_NAME
                    and (words[k] == "," or words[k] in SPEECH_VERBS)
                ) or i < t_end < k:
                    person_ends.add(words[k - 1])  # "Tinto, who", "Tinto said he", "Dr Tinto"
                if english and i > 1 and words[i - 1] in _CONSTITUENCY_LINKS:
                    _learn_constituency(words, caps, i, k, known)
                if k - i > 2 and i < t_end < k - 1:
                    # "Presiden Prabowo Subianto": the name's first word is a name's start
                    # too, so "Prabowo belum berkomentar" opens a sentence with a name.
                    mid_capitalised.add(words[t_end])
                if first < k:
                    counted.extend(words[first:k])
                    # Run starts and ends ("Donald", "Trump") but not the middle of a
                    # multi-word name ("Air" in "Sungai Air Lemau").
                    if first == i:
                        run_ends.add(words[i])
                    run_ends.add(words[k - 1])
                    if (
                        k - i > 1
                        and bits[i] & _HEAD_WORD
                        and words[i].lower() in _NON_BRANCH_ORG_HEADS
                    ):
                        body_ends.add(words[k - 1])
                if k - i > 1 and not headline:
                    # (A Title Case headline capitalises every word: "Bahas Koalisi Pilkada
                    # Jakarta" has no head word "Koalisi" before a body's name.)
                    _learn_head_names(words, bits, i, k, english, known)
        #: Every word of the text as written (see :meth:`written_in_lowercase`), gathered
        #: by one C-level call.
        self.words_seen: set[str] = set().union(*(reader.words for reader in self.readers))
        # "Acme's" shows "Acme".
        possessives = set(filter(_is_possessive, run_ends))
        run_ends.difference_update(possessives)
        run_ends.update([word[:-2] for word in possessives])
        self.mid_capitalised = mid_capitalised | run_ends
        #: Last words of the names of bodies ("Film" of "Lembaga Sensor Film"): when the
        #: text also writes one in small letters, it is an ordinary word in the name.
        self.body_ends = body_ends
        #: Names opening with a royal title that a sentence read so far gave a regional head
        #: ("Ratu", "Dewa" of "Wali Kota Palembang Ratu Dewa"): names there on.
        #: (A royal title before a month inside a longer name is one at once: "Raja Juli
        #: menegaskan" may come before "Menteri Kehutanan Raja Juli Antoni".)
        self.royal_given_names: set[tuple[str, str]] = royal_months
        #: First words of the full names a sentence read so far split off an office after
        #: a title ("Dadan" of "Kepala Badan Gizi Nasional Dadan Hindayana"): a sentence
        #: opening with one alone names that person ("Dadan juga meninjau …").
        self.office_holder_firsts: set[str] = set()
        #: Names that followed a place or organisation head word somewhere in the text, with
        #: the label the head gives them ("Rejang Lestari" → LOC).
        self.known = known
        #: How often each word is written capitalised (outside sentence starts).
        self.cap_counts = Counter(counted)
        #: Runs of capitalised words written mid-sentence ("Persija", "Donald Trump").
        self.runs = runs
        #: Runs of two words or more opening a sentence ("Judge Amy Harlow ruled").
        self.opening_runs = opening_runs
        #: First words of those runs.
        self.run_starts = run_starts
        #: First words of runs of two or three words opening a sentence: a lone word
        #: opening another ("Muhyiddin didakwa") is that name's short form, unless the text
        #: writes it in small letters too.
        self.opening_firsts = opening_firsts
        #: Words opening a sentence alone, capitalised only as its start ("Mochtar akan
        #: banding", but also "Sementara itu").
        self.lone_openers = lone_openers
        #: Words that speak alone, a speech verb right before or after them ("Hotman
        #: mengatakan", "kata Hotman"): mostly people's short names.
        self.lone_speakers = lone_speakers
        #: Last words of runs the text shows to be a person's name: "who" after it, a
        #: speech verb and "he" or "she" ("Tinto said he"), or a title before it ("Dr
        #: Tinto"). Such a name saying "it would" speaks for a body, not as one.
        self.person_ends = person_ends
        #: Words written alone after "di" ("serangan di Kherson"): places, even those the
        #: gazetteer lacks, so no person's first name after a governor's title.
        self.placed_alone = placed_alone
        #: Short names in mixed case a text defines in brackets after the long one
        #: ("Universitas Sultan Ageng Tirtayasa (Untirta)"): a body wherever it is written.
        self.short_names = short_names
        #: Months written inside a run of names between two other words ("Juli" of "Raja
        #: Juli Antoni"): given names in this text (see _SentenceReader._month_given_name).
        self.name_months = name_months
        #: Their beginnings of two words or more ("Gemilang Tekstil" of "Gemilang Tekstil
        #: Utama Tbk"), which often stand for the whole.
        self.known_prefixes = {name[:k] for name in known for k in range(2, len(name) + 1)}
        self._tagged: bool | None = None
        self._written_names: dict[tuple[str, ...], tuple[str, ...]] | None = None
        self._surnames: frozenset[str] | None = None
        self._full_name_ends: frozenset[str] | None = None
        self.english = english
        #: Whether the text is Indonesian (the rules for non-English text serve the European
        #: languages too, before their own corrections; a few are Indonesian only).
        self.indonesian = doc.lang == "id"
        #: The holidays the text's language names (see HOLIDAYS, INDONESIAN_HOLIDAYS) and
        #: the words that open them; whether the text may name one, by its words.
        self.holiday_names = _HOLIDAYS[english]
        self.holiday_firsts = _HOLIDAY_FIRSTS[english]
        self.holidays = not self.holiday_firsts.isdisjoint(self.words_seen)
        #: Whether the text is a team sport's story, by a wire slug ("SOCCER - ...") or a
        #: word only football stories use (see _FOOTBALL_WORDS).
        self.team_sport = english and (
            _team_sport_slug(self.readers[0].words)
            or not _FOOTBALL_WORDS.isdisjoint(self.words_seen)
        )
        #: Whether an Indonesian text may name a Sasak nobleman ("Lalu Muhammad").
        self.sasak_names = not english and "Lalu" in self.words_seen
        #: Whether an Indonesian text has a capitalised "Hari" or "Pekan", which may open a
        #: man's name or a games' name (see _SentenceReader._read_common_word_openers).
        self.common_word_openers = not english and not _COMMON_WORD_OPENERS.isdisjoint(
            self.words_seen
        )
        #: Whether the text may list people's initials ("berinisial RW") or, in Indonesian,
        #: quote a work's title after "berjudul" (see _with_cued_initials, _with_quoted_titles).
        self.initials_cues = not PERSON_CONTEXT.isdisjoint(self.words_seen)
        self.title_cues = not english and not _TITLE_CUES.isdisjoint(self.words_seen)
        #: The Indonesian function words an English text takes as names: those of
        #: _ENGLISH_NAMES_AMONG_FUNCTION_WORDS when it writes "Dan" or "Ada" mid-sentence
        #: (or "Dan" anywhere: in English it is no "and", even after a list's dash: "1 - Dan
        #: Crowley"), and any other it writes capitalised mid-sentence ("Margie Apa").
        self.english_function_word_names = (
            self._english_names_among_function_words() if english else frozenset()
        )

    def _english_names_among_function_words(self) -> frozenset[str]:
        """The Indonesian function words this English text writes as names (see
        english_function_word_names): no English word, capitalised mid-sentence."""
        found = frozenset(
            word
            for word in self.cap_counts
            if word[:1].isupper()
            and word.lower() in ID_FUNCTION_WORDS
            and word.lower() not in EN_FUNCTION_WORDS
        )
        if "Dan" in self.words_seen or not _ENGLISH_NAMES_AMONG_FUNCTION_WORDS.isdisjoint(found):
            found |= _ENGLISH_NAMES_AMONG_FUNCTION_WORDS
        return found

    def written_in_lowercase(self, word: str) -> bool:
        """Does the text write ``word`` in small letters somewhere ("pejabat" for
        "Pejabat"), so that it is an ordinary word?"""
        low = word.lower()
        return low[:1].islower() and low in self.words_seen

    def tagged(self) -> bool:
        """Whether the backend tagged parts of speech (the built-in one only marks numbers
        and punctuation), by the first five sentences. Worked out when first asked (only a
        run opening a sentence with no other evidence asks)."""
        if self._tagged is None:
            self._tagged = not _UNTAGGED.issuperset(
                {token.upos for reader in self.readers[:5] for token in reader.toks}
            )
        return self._tagged

    def surnames(self) -> frozenset[str]:
        """Last words of the runs written mid-sentence that open with a given name ("Harris"
        of "Kamala Harris"): a person's surname, a name wherever a headline has it alone.
        A last word that ends bodies or places ("Grace Church", "Morgan Park") is none.
        Worked out when first asked (headlines and a sports story's opponents ask)."""
        if self._surnames is None:
            # (A title may open the run: "President Donald Trump", "U.S. President Joe Biden".)
            self._surnames = frozenset(
                run[-1]
                for run in self.runs
                if len(run) > 1
                and (
                    (len(run) <= 3 and run[0] in GIVEN_NAMES)
                    or run[-2] in GIVEN_NAMES
                    or self._titled_full_name(run)
                )
                and run[-1].lower() not in _NAME_TAILS
            )
        return self._surnames

    def _titled_full_name(self, run: tuple[str, ...]) -> bool:
        """Is the English run a title and two words, a person's given name and surname
        though the given name is not listed ("President Jair Bolsonaro", "Minister Ida
        Auken")? Not when a place or head word may stand in it."""
        return (
            self.english
            and len(run) == 3
            and run[0].lower() in TITLE_HEADS
            and not any(word.lower() in _NAME_TAILS for word in run[1:])
            and all(gazetteer.lookup(word) is None for word in run[1:])
        )

    def full_name_ends(self) -> frozenset[str]:
        """The :meth:`surnames`, and the last words of runs opening a sentence with a given
        name before them ("Harlow" of "Judge Amy Harlow ruled"): words a person's full name
        ends with somewhere in the text. Worked out when first asked."""
        if self._full_name_ends is None:
            self._full_name_ends = self.surnames() | frozenset(
                run[-1]
                for run in self.opening_runs
                if run[-2] in GIVEN_NAMES and run[-1].lower() not in _NAME_TAILS
            )
        return self._full_name_ends

    def written_names(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Names of two to four words the text writes in small letters, capitalised words
        with a particle between them maybe ("U.S. Open", "Tour de France"), keyed by their
        lowercased words (and by their last word alone): what a line in capitals may name.
        Worked out when first asked (only lines in capitals ask)."""
        if self._written_names is None:
            self._written_names = {}
            for reader in self.readers:
                if not reader.shouting:
                    self._add_written_names(reader)
        return self._written_names

    def _add_written_names(self, reader: _SentenceReader) -> None:
        words, caps, n = reader.words, reader.caps, reader.n
        names = self._written_names
        assert names is not None
        lowered = [w.lower() for w in words]
        for i in itertools.compress(range(n - 1), caps):
            if not caps[i + 1] and lowered[i + 1] not in NAME_PARTICLES:
                continue  # the usual case: a name of one word
            if _is_possessive(words[i]):
                continue  # "Britain's" of "Britain's Damon Hill" owns the name after it
            for j in range(i + 1, min(i + 4, n)):
                if caps[j]:
                    name = words[i : j + 1]
                    names[tuple(lowered[i : j + 1])] = name
                    # Its last word alone may stand for it: "FOREST", "Nottingham Forest".
                    names.setdefault((lowered[j],), name)
                elif lowered[j] not in NAME_PARTICLES:
                    break


def _learn_short_name(words: tuple[str, ...], caps: bytes, i: int, short_names: set[str]) -> None:
    """Learn the word at ``i``, in brackets, if it abbreviates the capitalised run right
    before the bracket ("Universitas Sultan Ageng Tirtayasa (Untirta)"), or that run past
    its head word ("Pengadilan Tindak Pidana Korupsi (Tipikor)": the court's field)."""
    j = i - 1
    while j > 0 and caps[j - 1]:
        j -= 1
    if j >= i - 2 or _is_acronym(words[i]):
        return
    run = words[j : i - 1]
    if abbreviates(words[i], run) or (
        len(run) > 2 and run[0].lower() in ORG_HEADS and abbreviates(words[i], run[1:])
    ):
        short_names.add(words[i])


#: Words after a name (and a comma or a speech verb) that show it is a person's: "Tinto,
#: who leads the trial", "Tinto said he was hopeful".
_PERSONAL_AFTER_NAME = frozenset(("who", "he", "she"))


def _speech_verb_next_to(words: tuple[str, ...], i: int, k: int) -> bool:
    """Does a speech verb stand right before or after the run ``words[i:k]``?"""
    return (k < len(words) and words[k] in SPEECH_VERBS) or (i > 0 and words[i - 1] in SPEECH_VERBS)


def _learn_constituency(
    words: tuple[str, ...], caps: bytes, i: int, k: int, known: dict[tuple[str, ...], EntityLabel]
) -> None:
    """After "the seat of" or "MP for", the capitalised run ``[i, k)`` names a
    constituency, a place, maybe of two parts joined by "and" ("Harrowfield and
    Stainmoor"): learn it, so that it is one place wherever the text names it."""
    if words[i - 2 : i] not in _CONSTITUENCY_CUES:
        return
    n = len(words)
    if k + 1 < n and words[k] == "and" and caps[k + 1]:
        k += 2
        while k < n and caps[k]:
            k += 1
    known[words[i:k]] = "LOC"


def _learn_head_names(
    words: tuple[str, ...],
    bits: bytes,
    i: int,
    k: int,
    english: bool,
    known: dict[tuple[str, ...], EntityLabel],
) -> None:
    """Learn the names after the place and organisation head words (see _HEAD_WORD in
    ``bits``) inside the capitalised run ``[i, k)``: "Kabupaten Rejang Lestari" makes
    "Rejang Lestari" a known name, a place, and "Polres Sleman" a place "Sleman"."""
    # (A head word needs a name after it, of at most _MAX_NAME_WORDS words.)
    for j in range(max(i, k - 1 - _MAX_NAME_WORDS), k - 1):
        if not bits[j] & _HEAD_WORD:
            continue
        word = words[j]
        low = word.lower()
        if (
            # "Tim Henman"; in any language "CEO Apple Tim Cook", "Tim Cook mengatakan": such
            # a head and one word after it may be a man's name, so "Cook" is not learnt as a body
            (word in _GIVEN_NAMES_AMONG_HEADS and (english or k - j == 2))
            # "Speaker of the House Mike Johnson": an English body's head word then a given
            # name and more is the end of a title and its holder, no body named after it
            or (english and k - j > 2 and words[j + 1] in GIVEN_NAMES)
            or low in _BUILDING_HEADS  # "Gedung DPR": no place "DPR"
            or (k - j == 2 and low in _SERVICE_HEADS)  # "RSUD Morowali": no firm "Morowali"
            or (k - j == 2 and low in _NAMESAKE_HEADS)  # "Museum Affandi": the painter too
            # "Wali Kota Blitar Santoso": "Kota" ends the mayor's title, so the town and
            # its mayor after it are no one place
            or (low == "kota" and j > i and words[j - 1].lower() == "wali")
        ):
            continue
        if j > i and low in TITLE_EXTENSIONS and _portfolio_before(words[j - 1]):
            # "Menteri Sekretaris Negara Prasetyo Hadi", "Menteri Desa Yandri Susanto": the
            # title's portfolio, no place (but "Kepala Desa Sakra" heads a village)
            continue
        place = low in PLACE_HEADS or low in BRANCH_HEADS
        if place and j > i and _place_ends_with_head(words[j - 1], word):
            # "BPBD Konawe Kepulauan Hasanuddin": the head word ends a regency's name, and
            # the word after it is the office holder's, no place
            continue
        if not place and words[j + 1].lower() in BRANCH_REGION_HEADS:
            # "Disdik Kabupaten Buleleng": the body's region after its head, no body's name
            # (the region's own head word learns "Buleleng" a place)
            continue
        known[words[j + 1 : k]] = "LOC" if place else "ORG"
        if not place and k - j > 3 and words[k - 1] in _LEGAL_FORMS_AFTER:
            # "PT Bukit Asam Tbk": the company is also "Bukit Asam".
            known[words[j + 1 : k - 1]] = "ORG"


def _portfolio_before(word: str) -> bool:
    """Is ``word`` a title's head or portfolio word after which a head word names the
    portfolio ("Menteri Desa", "Sekretaris Negara"), not the unit a "Kepala" heads?"""
    low = word.lower()
    return low in TITLE_EXTENSIONS or (low in TITLE_HEADS and low != "kepala")


def _team_sport_slug(words: tuple[str, ...]) -> bool:
    """Does a line open with a team sport's wire slug: "SOCCER -", "RUGBY UNION -"?"""
    k = _index(words[:3], "-", 1)
    return k > 0 and " ".join(words[:k]).lower() in _TEAM_SPORTS
