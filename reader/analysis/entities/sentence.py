"""The sentence reader: walks one sentence and gathers its candidate names."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable

from reader.analysis.candidate import Candidate as _Candidate
from reader.analysis.entities.headlines import _HeadlineReader
from reader.analysis.entities.lexicon import (
    _ADDRESS_PART_HEADS,
    _ANNIVERSARY_OPENERS,
    _ARABIC_ARTICLES,
    _ARTICLES,
    _BALINESE,
    _BALINESE_OPENERS,
    _BODY_OPENERS,
    _CALENDAR_GIVEN_NAMES,
    _CASE_CUES,
    _CLOSING_QUOTES,
    _COMMON_WORD_OPENERS,
    _COORDINATION,
    _DASHES,
    _DATELINE_REACH,
    _DAY_OPENERS,
    _DAY_SECOND_WORDS,
    _DISTRICT_HEADS,
    _ENVOY_POST_PREPOSITIONS,
    _FIRM_OR_CLUB_MARKS,
    _FRONTING_OPENERS,
    _FRONTING_PREPOSITIONS,
    _GATHERING_LEVELS,
    _GIVEN_NAME_MORE_THAN_MONTH,
    _HOLIDAY_WORDS,
    _HONORIFICS_IN_NAMES,
    _KOREAN_SURNAME_TITLES,
    _LAW_KINDS,
    _LIST_LINKS,
    _LOWER_ARTICLES,
    _MAX_LABEL_LINE,
    _MAX_LINK_CHARS,
    _MAX_NAME_WORDS,
    _MAX_TITLE_WORDS,
    _MONTH_NAMES,
    _OPENING_MARKS,
    _OUTLETS_AMONG_FUNCTION_WORDS,
    _QUOTE_OPENERS,
    _SHOWINGS_OF_WORKS,
    _SITE_HEADS,
    _TITLE_ARTICLES,
    _TITLE_CLOSERS,
    _TITLE_CUES,
    _TITLE_GAP_STOPS,
    _TITLE_JOINS,
    _TITLE_QUOTES,
    _TITLE_SMALL_WORDS,
    _TITLES_AMONG_GIVEN_NAMES,
    _VERSUS,
    CUED,
    DEFINED,
    STRONG,
)
from reader.analysis.entities.shapes import (
    _BRACKETED_AGE,
    _FOREIGN_ANDS,
    _PORTFOLIO_LINKS,
    _POSSESSIVE_ENDINGS,
    _gazetteer_label,
    _gazetteer_place,
    _is_acronym,
    _is_home_place,
    _is_initial,
    _is_initials_word,
    _is_portfolio_noun,
    _is_possessive,
    _may_start_gazetteer_name,
    _overlaps,
)
from reader.analysis.entities.word_bits import (
    _FLAG_TABLES,
    _HEAD_WORD,
    _NAME_START,
    _OPENING,
    _TITLE_START,
)
from reader.analysis.name_cues import (
    COMMEMORATION_TAILS,
    COMMEMORATION_WORDS,
    COMMON_ACRONYMS,
    GIVEN_NAMES,
    ORG_HEADS,
    ORG_TAILS,
    PERSON_CONTEXT,
    UNIT_COMMANDER_TITLES,
    WORK_NOUNS,
    abbreviates,
)
from reader.analysis.predicates import indonesian_verb_strength
from reader.analysis.titles import (
    ENVOY_TITLES,
    PLACE_TITLES,
    ROYAL_GIVEN_NAMES,
    TITLE_EXTENSIONS,
    is_rank_title,
    is_sole_office,
    match_title,
)

#: A cabinet title's heads, after a portfolio listed in capitals ("Work and Pensions
#: Secretary", "Immigration and Border Protection Minister"), the words that join its
#: fields, and the most words before the head.
_CABINET_HEADS = frozenset({"Secretary", "Minister"})
_PORTFOLIO_LIST_LINKS = frozenset({",", "and", "&"})
_MAX_LISTED_PORTFOLIO = 8


def _is_regency_after_district(left: _Candidate, right: _Candidate) -> bool:
    """Is ``right`` the regency of an address after its district ("Kecamatan Paguyangan,
    Brebes, panik") or the town of a site ("Pasar Inpres Manonda, Palu, naik")? After a
    district, the word between commas names the larger place, not a person in apposition
    (as it may after a hamlet: "Dusun Krajan, Sutrisno,"); after a site, unless it is a
    common given name ("Pasar Sentral, Budi, pedagang"). A longer name there is a place when
    it opens with an Indonesian town no given name ("Kelurahan Tanjung Sari, Medan
    Selayang,": Medan's district), whatever part of an address comes before it."""
    if left.label != "LOC" or right.strength >= STRONG or right.words[0] in GIVEN_NAMES:
        return False
    head = left.words[0].lower()
    if len(right.words) == 1:
        return head in _DISTRICT_HEADS or head in _SITE_HEADS
    return (
        len(right.words) <= 3
        and head in _ADDRESS_PART_HEADS
        and (town := _gazetteer_place(right.words[:1])) is not None
        and _is_home_place(town)
    )


class _SentenceReader(_HeadlineReader):
    """Finds the candidate names of one sentence (steps 1 and 2 of the package docstring):
    the top layer, which walks the sentence and asks the layers below."""

    def candidates(self) -> list[_Candidate]:
        names = self.ctx.english_function_word_names
        if names and not names.isdisjoint(self.words):
            self.names_among_function_words = True
            self.caps = bytes(
                cap or word in names for cap, word in zip(self.caps, self.words, strict=True)
            )
        if not self.ctx.english and not _BALINESE_OPENERS.isdisjoint(self.words):
            self._read_balinese_names()
        if self.ctx.sasak_names and "Lalu" in self.words and not self.headline:
            self._read_sasak_names()
        if self.ctx.common_word_openers and not self.headline:
            self._read_common_word_openers()
        if not _MONTH_NAMES.isdisjoint(self.words) and not self.headline:
            self._read_months_in_names()
        if not _OUTLETS_AMONG_FUNCTION_WORDS.isdisjoint(self.words[2:_DATELINE_REACH]):
            self._read_dateline_outlet()
        # (A line or list of results ends with a number, or a number and a full stop.)
        toks = self.toks
        if self.n >= 4 and (toks[-1].upos == "NUM" or toks[-2].upos == "NUM"):
            results = self._results_line()
            if results:
                return results
        out: list[_Candidate] = []
        words, caps, bits, n = self.words, self.caps, self.bits, self.n
        title_end = -1
        #: Where the name goes after a title and the place or body it holds ("Wali Kota
        #: Palembang|Ratu Dewa").
        office_end = -1
        envoy = False  # whether the last title is an envoy's, who is posted to a place
        pos = 0  # words before this one are read already
        # The ordinary lowercase words between starters are skipped without a look.
        starters: Iterable[int] = bits.translate(_FLAG_TABLES[_NAME_START])
        if self.names_among_function_words:
            starters = map(operator.or_, caps, starters)
        set_names = self._set_names() if self.ctx.english else {}
        for i in itertools.compress(range(n), starters):
            if i < pos:
                continue
            if set_names and i in set_names:
                start, pos = set_names[i]
                out.append(self._make(start, pos, "MISC", STRONG))
                continue
            # (Most starters start no title: only a title word is looked at further.)
            t_end = (
                self._title_end(i, i == (office_end if self.place_title else title_end))
                if bits[i] & _TITLE_START
                else i
            )
            if t_end == i and self.ctx.english:
                t_end = self._listed_portfolio_title(i)
            if t_end > i:
                t_end = self._portfolio_end(t_end)
                # "juru bicara kepolisian Benny Saragih": up to two lowercase words may
                # stand between a title and the name it introduces; a preposition
                # introduces something else ("the mayor of Tarnwick", "calon wali kota
                # untuk Pilkada 2024").
                k = t_end
                while (
                    k < n
                    and k - t_end < 2
                    and not self.ctx.english
                    and words[k][:1].islower()
                    and words[k] not in _TITLE_GAP_STOPS
                    and words[k] not in PERSON_CONTEXT  # "lurah berinisial SW": initials
                    and not self._indonesian_verb_at(k)  # "Wali Kota meninjau Perumahan X"
                ):
                    k += 1
                if k == t_end and self._body_article_at(k):
                    k += 1  # "Kepala The Fed Jerome Powell": the body's English article
                if k == t_end and (unit := self._commanded_unit_end(i, t_end)) > k:
                    # "Dandim 1609/Buleleng Letkol Inf Budi": the command's number and
                    # name, one body; the rank and the commander follow
                    out.append(self._make(k, unit, "ORG", STRONG))
                    pos = unit
                    continue
                # "Premier League", "General Motors": a title word opening an organisation.
                if k < n and caps[k] and not self._title_opens_organisation(i, t_end):
                    self.place_title = any(w.lower() in PLACE_TITLES for w in words[i:t_end])
                    self.rank_title = is_rank_title(words, i, t_end)
                    self.sole_office = is_sole_office(words, i, t_end)
                    title_end = pos = k
                    envoy = self._envoy_title(i, t_end)
                    if t_end - i > 1:
                        out.extend(self._bodies_in_portfolio(i, t_end))
                    continue
                if k == t_end and self._envoys_post_at(k) and self._envoy_title(i, t_end):
                    # "Dubes untuk Jepang Heri Akhmadi", "UN envoy for Syria Geir Pedersen":
                    # the post, then the envoy, read as after the title
                    self.place_title = self.rank_title = self.sole_office = envoy = False
                    title_end = pos = k + 1
                    continue
                if not (k < n and caps[k]):
                    # A title with no name after it ("menjabat Menteri BUMN pada", "served
                    # as Foreign Minister until") names no one: only an acronym in it counts.
                    out.extend(
                        self._make(m, m + 1, "ORG", STRONG)
                        for m in range(i, t_end)
                        if _is_acronym(words[m])
                    )
                    pos = t_end
                    continue
            if not caps[i] and not self._calendar_given_name(i):
                pos = i + 1
                continue
            pos = self._run_end(i)
            if words[i] in _BODY_OPENERS and self._common_noun_before_body(i, pos):
                i += 1  # "Pimpinan KPK", "Kelompok Abu Sayyaf": the body is what follows
                if i == pos:
                    continue  # "kepada Pimpinan": no body named
            if i > 0 and words[i - 1] in _ARABIC_ARTICLES and self._gaz(i - 1, pos) is not None:
                i -= 1  # "al Shabaab", "al Qaeda": the article is part of the listed name
            elif self._ordinal_opens_run(i, pos):
                i -= 2  # "the 7th Circuit", "the 12th Congressional District": one name
            if words[i] in _LAW_KINDS:
                if i > 0 and self._common_acronym_names_law(i - 1):
                    i -= 1  # "the AI Act": the acronym is the law's subject
                elif pos - i == 1:
                    continue  # "the Act", "the Treaty": a law named before, no name here
            if words[pos : pos + 1] in _TITLE_JOINS and self._joins_title(pos) and self._work_at(i):
                # "a version of War and Peace", "her memoir The Year of Magical Thinking",
                # "that The Legend of Zelda: Tears of the Kingdom": one title
                pos = self._title_words_end(pos)
                if words[i - 1] in _TITLE_ARTICLES:
                    out.append(self._make(i - 1, pos, "MISC", CUED))
                    continue
            if self.headline:
                out.extend(self._with_event_number(self._headline_names(i, pos), pos))
            else:
                found = self._label_run(i, pos, after_title=i == title_end)
                if i == title_end and found and self._body_article_at(i - 1):
                    found[0] = self._with_article(found[0], i)
                out.extend(found)
                if i == title_end:
                    office_end = pos
                    if envoy and self._envoys_post_at(pos):
                        # "Duta Besar Jepang untuk Indonesia Masaki Yasushi": the post, then
                        # the envoy, read as after the title
                        title_end = pos + 1
                elif self._envoy_title_ends_run(i, pos):
                    # "US Ambassador to Japan Rahm Emanuel": the same, the run having taken
                    # the title, as no name came right after it
                    self.place_title = self.rank_title = self.sole_office = False
                    title_end = pos + 1
        if self.ctx.holidays and not self.ctx.holiday_firsts.isdisjoint(words):
            out = self._with_holidays(out)
        if self.ctx.title_cues and not _TITLE_CUES.isdisjoint(words):
            out = self._with_quoted_titles(out)
        if self.ctx.initials_cues and not PERSON_CONTEXT.isdisjoint(words):
            out = self._with_cued_initials(out)
        self._share_across_coordination(out)
        if len(out) > 1 and not _VERSUS.isdisjoint(words):
            out = self._with_law_cases(out)
        if len(out) > 1 and "(" in words:
            self._label_defined_acronyms(out)
        return out

    def _bodies_in_portfolio(self, i: int, t_end: int) -> list[_Candidate]:
        """The bodies a title's portfolio names by their listed acronym ("BUMN" of "Menteri
        BUMN Erick Thohir"), as they are when no name follows ("menjabat Menteri BUMN");
        not a rank's service ("Brigjen TNI") nor a portfolio written out."""
        words = self.words
        return [
            self._make(m, m + 1, "ORG", STRONG)
            for m in range(i + 1, t_end)
            if words[m].isupper()
            and words[m].lower() in TITLE_EXTENSIONS
            and self._gaz(m, m + 1) == "ORG"
        ]

    def _envoy_title(self, i: int, t_end: int) -> bool:
        """Is the title ``[i, t_end)`` an envoy's ("Duta Besar", "Konsul Jenderal")?"""
        return not ENVOY_TITLES.isdisjoint(map(str.lower, self.words[i:t_end]))

    def _envoy_title_ends_run(self, i: int, end: int) -> bool:
        """Does the run ``[i, end)`` end with an envoy's title before the place of the post
        ("US Ambassador" of "US Ambassador to Japan Rahm Emanuel")? A title with a
        preposition after it, not a name, stays in the run before it."""
        if end >= self.n or self.words[end] not in _ENVOY_POST_PREPOSITIONS:
            return False
        t = self._before_title(i, end)
        return t < end and self._envoy_title(t, end) and self._envoys_post_at(end)

    def _indonesian_verb_at(self, k: int) -> bool:
        """Is the lowercase word at ``k`` surely an Indonesian verb by its affixes
        ("meninjau", "dilantik")? A title's name never comes after one: the title was
        the subject, and the name after the verb its object."""
        return indonesian_verb_strength(self.words[k], "") == 2

    def _commanded_unit_end(self, i: int, t_end: int) -> int:
        """Past the number of the unit a commander's title ``words[i:t_end]`` names, and its
        name after a slash, right after the title ("Pangdam IX/Udayana", "Dandim
        1609/Buleleng"): the unit, one body, as "Kodam IX/Udayana" is; ``t_end`` when no
        such number follows."""
        words = self.words
        if t_end >= self.n or words[t_end - 1].lower() not in UNIT_COMMANDER_TITLES:
            return t_end
        end = self._unit_number_end(t_end, t_end)
        if "/" not in words[t_end:end]:
            return t_end  # "Dandim 0832": a number alone is no name
        if self.headline:
            # "Pangdam IX/Udayana Tinjau Banjir Buleleng": the headline's verb ends the name
            name = words.index("/", t_end) + 2
            end = next((k for k in range(name, end) if self._headline_verb(k)), end)
        return end

    def _body_article_at(self, k: int) -> bool:
        """Is the word at ``k``, right after a title in Indonesian, the English article of
        the body the title serves ("Kepala The Fed Jerome Powell", "CEO The Body Shop")?
        The title then reads on past it: the body, then the person."""
        return (
            k + 1 < self.n
            and self.words[k] == "The"
            and not self.ctx.english
            and k not in self.initial
            and bool(self.caps[k + 1])
        )

    def _with_article(self, first: _Candidate, i: int) -> _Candidate:
        """The name ``first`` read after a title, with the article at ``i - 1`` before it
        when it opens at ``i``: the body's ("The Fed"), never a person's, even when no
        person's name was split off after it ("Pendiri The Body Shop …")."""
        if first.start != self.toks[i].start:
            return first
        label = "ORG" if first.label == "PER" else first.label
        return self._make(i - 1, i + len(first.words), label, STRONG)

    def _envoys_post_at(self, k: int) -> bool:
        """Does the place an envoy is posted to follow at ``k``, after "untuk", "di", "to" or
        "for" ("Duta Besar RI untuk Malaysia Hermono", "Konsul Jenderal RI di Jeddah",
        "Ambassador to Japan")? A known place must open the run after it."""
        if not (k + 1 < self.n and self.words[k] in _ENVOY_POST_PREPOSITIONS and self.caps[k + 1]):
            return False
        m = self._gazetteer_length(k + 1, min(self.n, k + 4))
        return self._gaz(k + 1, k + 1 + m) == "LOC" if m else self._place_word(k + 1)

    def _common_noun_before_body(self, i: int, end: int) -> bool:
        """Is the word of _BODY_OPENERS at ``i``, opening the run up to ``end``, a common
        noun before a body's name ("Pimpinan KPK": the leaders of KPK; "Kelompok Abu
        Sayyaf": the group Abu Sayyaf)? It opens the name itself before a word that says
        which kind of body ("Pimpinan Wilayah Muhammadiyah", "Kelompok Tani Makmur")."""
        return end - i == 1 or self.words[i + 1].lower() not in _BODY_OPENERS[self.words[i]]

    def _common_acronym_names_law(self, k: int) -> bool:
        """Is the word at ``k``, before a law's kind, an acronym of a common noun ("AI",
        "VAT") written mid-sentence: the subject of the law ("the AI Act")?"""
        word = self.words[k]
        return len(word) > 1 and word.isupper() and k not in self.initial

    def _listed_portfolio_title(self, i: int) -> int:
        """End of an English cabinet title whose portfolio is a list of fields in capitals
        opening at ``i`` ("Work and Pensions Secretary", "Environment, Food and Rural Affairs
        Secretary"; each field had been a body or a person), or ``i``. An "and" must join
        the fields, and none may be a place ("Trinidad and Tobago Prime Minister" names its
        country)."""
        words, caps, n = self.words, self.caps, self.n
        joined = False
        field = j = i  # (where the last field opens)
        while j < n and j - i < _MAX_LISTED_PORTFOLIO:
            word = words[j]
            if word in _PORTFOLIO_LIST_LINKS and j > i and caps[j - 1]:
                joined = joined or word != ","
                field = j + 1
            elif not caps[j]:
                return i
            elif word in _CABINET_HEADS:
                # (the head right after a field: "Johnson and Minister Lee" lists people;
                # a last field that is a title by itself follows someone named: "Budi
                # Gunadi Sadikin and Education Minister Nadiem Makarim"; a place's name:
                # "Bosnia and Herzegovina Foreign Minister")
                if (
                    not joined
                    or field == j
                    or match_title(words, field) > j
                    or any(self._gazetteer_label_at(k, n) for k in range(i, j))
                ):
                    return i
                return match_title(words, j)
            j += 1
        return i

    def _title_end(self, i: int, name_slot: bool = False) -> int:
        """End of the title phrase starting at ``i`` that introduces a name, or ``i`` when
        the words there are no such title. In the ``name_slot`` right after a regional
        head's title and place, or right after any other full title, a royal title that
        is a given name too opens the name: "Wali Kota Palembang Ratu Dewa", "Menteri
        Kehutanan Raja Juli Antoni" (no king is a mayor's or a minister's)."""
        words, n = self.words, self.n
        t_end = match_title(words, i)
        if t_end > i and self._initials_like_address(i):
            t_end = i  # "berinisial AR, MS dan TW": initials, no title
        if words[i] in ROYAL_GIVEN_NAMES and i + 1 < n and self._royal_given_name(i, name_slot):
            t_end = i
        elif (
            t_end > i
            and self.ctx.english
            and words[t_end - 1] in _HONORIFICS_IN_NAMES
            and t_end < n
            and self.caps[t_end]
        ):
            # "Sheikh Hasina", "Prime Minister Sheikh Hasina", "Sheikh Mohammed bin
            # Rashid": the honorific is part of the name
            t_end -= 1
        elif t_end == i + 1 and self.ctx.english and _is_initial(words[i]):
            t_end = i  # "H. Morris": in English an initial, not Indonesian "H." (Haji)
        elif self._generation_at(t_end):
            t_end = i  # "Martin Luther King Jr.": a surname, as its generation says
        elif t_end > i and i > 0 and words[i - 1].lower() in PERSON_CONTEXT:
            t_end = i  # "berinisial MR (35)": initials, no "Mr"
        elif t_end > i and self._title_opens_place(i, t_end):
            t_end = i  # "Raja Ampat": a title's word opening a listed place
        elif words[i] in _TITLES_AMONG_GIVEN_NAMES and self._given_name_not_title(i, t_end):
            t_end = i  # "Ketua RT, Imam Mahmud, mengatakan"
        elif (
            t_end > i + 1
            and words[t_end - 1] in _TITLES_AMONG_GIVEN_NAMES
            and self._given_name_not_title(t_end - 1, t_end)
        ):
            t_end -= 1  # "AKP Imam Fauzi": a rank, then the given name
        elif words[i] in _KOREAN_SURNAME_TITLES and self._korean_name_at(i + 1):
            t_end = i  # "Kang Kyung-wha": a Korean surname, no Sundanese "Kang"
        elif i > 0 and words[i - 1].lower() == "para":
            t_end = i  # "para pemimpin Eropa": leaders in the plural, no title of one
        if i < t_end < n and words[t_end] in _FIRM_OR_CLUB_MARKS:
            # "Queen 's Club": a title's possessive (written apart) is no title; nor is a
            # partner's name before "&" ("King & Wood Mallesons", "King & Spalding")
            t_end = i
        elif t_end > i + 2 and self._title_ends_inside_name(t_end):
            # "president of the United States", "chairman of the British Medical
            # Association": "of the" takes no place nor a body's first word
            t_end -= 1
        elif t_end > i + 1 and words[t_end - 1] == "Kabinet" and self._names_cabinet(t_end - 1):
            t_end -= 1  # "menteri Kabinet Merah Putih": the cabinet, no "Sekretaris Kabinet"
        elif t_end + 1 < n and words[t_end] == "Perusahaan" and self._listed_company_after(t_end):
            t_end += 1  # "Sekretaris Perusahaan Telkom": the corporate secretary, of Telkom
        return t_end

    def _listed_company_after(self, k: int) -> bool:
        """Does "Perusahaan" at ``k`` end a corporate secretary's title ("Sekretaris
        Perusahaan"), a company the gazetteer lists after it ("Telkom", "Garuda
        Indonesia")? (titles.match_title takes it before a legal form or an acronym.)"""
        return (
            self.words[k - 1] == "Sekretaris" and self._gazetteer_label_at(k + 1, self.n) == "ORG"
        )

    def _royal_given_name(self, i: int, name_slot: bool) -> bool:
        """Is the royal title at ``i`` (not the last word) a given name: in the name slot
        after a regional head's title and place, before a name word (learned then for the
        rest of the text: "Ratu Dewa mengatakan …"), or so learned before? A month after it
        is a name word there before another ("Raja Juli Antoni", and "Raja Juli" alone later)."""
        pair = (self.words[i], self.words[i + 1])
        if pair not in self.ctx.royal_given_names and not (
            name_slot
            and (
                self.caps[i + 1]
                or (self.capitalised[i + 1] and i + 2 < self.n and self.caps[i + 2])
            )
        ):
            return False
        self.ctx.royal_given_names.add(pair)
        if not self.caps[i + 1]:
            self._mark_name_words([i + 1])
        return True

    def _names_cabinet(self, k: int) -> bool:
        """Does "Kabinet" at ``k`` open a listed cabinet's name ("Kabinet Merah Putih",
        "Kabinet Indonesia Maju"), rather than end a title's portfolio?"""
        m = self._gazetteer_length(k, min(self.n, k + 3))
        return m > 1 and self._gaz(k, k + m) == "ORG"

    def _set_names(self) -> dict[int, tuple[int, int]]:
        """English names of works and competitions whose words are read before any rule,
        MISC: each word of one maps to the name's start and end (see :meth:`_quoted_titles`,
        and a league or division in capitals, whose words may be a title's: "AMERICAN
        LEAGUE", "SCOTTISH PREMIER DIVISION")."""
        words = self.words
        found = (
            self._quoted_titles()
            if not self.headline and not _QUOTE_OPENERS.isdisjoint(words)
            else {}
        )
        if not _FOREIGN_ANDS.isdisjoint(words):
            found = self._titles_with_foreign_and(found)
        if not (self.shouting or self.n <= _MAX_LABEL_LINE):
            return found  # (leagues in capitals head tables or stand in shouting lines)
        for k in itertools.compress(range(self.n - 1), self.capitalised):
            if words[k].isupper() and words[k + 1].isupper() and k not in found:
                end = self._competition_end(k, self.n)
                found.update((j, (k, end)) for j in range(k, end))
        return found

    def _titles_with_foreign_and(
        self, found: dict[int, tuple[int, int]]
    ) -> dict[int, tuple[int, int]]:
        """``found`` with the names joined by a German or French "and" in an English text
        ("Tristan und Isolde", "Sturm und Drang", "Pelleas et Melisande"): one title of a
        work or a phrase quoted, MISC, not two people; English copy writes the firms of two
        partners with "and" or "&"."""
        words, caps, n = self.words, self.caps, self.n
        found = dict(found)
        for k in range(1, n - 1):
            if words[k] not in _FOREIGN_ANDS or not (caps[k - 1] and caps[k + 1]) or k in found:
                continue
            start, end = k - 1, k + 2
            while (
                start > 0
                and caps[start - 1]
                and start - 1 not in self.initial
                and not _is_possessive(words[start - 1])  # "Strauss's Tod und Verklarung"
            ):
                start -= 1
            while end < n and caps[end]:
                end += 1
            found.update((j, (start, end)) for j in range(start, end))
        return found

    def _quoted_titles(self) -> dict[int, tuple[int, int]]:
        """The titles of works in quotation marks ('the film "Cold Harbour"', '"The Salt
        Road" won'), MISC: each word of a title maps to the title's start and end (a
        title's "The" may be no name's start). A title is a few capitalised words (and
        small words); a quotation has words in small letters. One word alone counts only
        after a kind of work or an owner ('Reyes's "Westbound"'), as a quoted word is as
        often a slogan or a word quoted; a known name in marks stays what it is."""
        words, n = self.words, self.n
        found: dict[int, tuple[int, int]] = {}
        opening = self.bits.translate(_FLAG_TABLES[_OPENING])
        q = opening.find(1)
        while 0 <= q < n - 2:
            close = _CLOSING_QUOTES.get(words[q])
            if close is not None and self.capitalised[q + 1]:
                # (A quotation is mostly longer than a title: no mark closes it so soon.)
                near = words[q + 1 : q + _MAX_TITLE_WORDS + 2]
                if close in near:
                    r = q + 1 + near.index(close)
                    end = r - 1 if words[r - 1] in (",", ".") else r  # American '"Westbound,"'
                    if self._is_quoted_title(q, end, r):
                        found.update((k, (q + 1, end)) for k in range(q + 1, end))
                        r += 1
                    q = r - 1  # (a straight mark that closed no title may open the next)
            q = opening.find(1, q + 1)
        return found

    def _is_quoted_title(self, q: int, end: int, r: int) -> bool:
        """Are the words ``(q, end)`` between quotation marks at ``q`` and ``r`` a work's
        title (see :meth:`_quoted_titles`), not speech nor a nickname inside a name
        (Joaquin "El Chapo" Guzman)?"""
        words, caps = self.words, self.capitalised
        inner = words[q + 1 : end]
        if not inner or not caps[q + 1] or inner[-1].lower() in _TITLE_SMALL_WORDS:
            return False
        if not all(
            caps[k] or words[k].isdigit() or words[k].lower() in _TITLE_SMALL_WORDS
            for k in range(q + 1, end)
        ):
            return False
        if q > 0 and caps[q - 1] and r + 1 < self.n and caps[r + 1]:
            return False
        if len(inner) == 1 and not any(
            w.lower() in WORK_NOUNS or _is_possessive(w) or w in _POSSESSIVE_ENDINGS
            for w in words[max(q - 2, 0) : q]
        ):
            return False
        return _gazetteer_label(inner) is None

    def _work_at(self, i: int) -> bool:
        """Is a creative work's title at ``i``, after its kind ("the novel Pride", "a
        staging of War"), or opened by an article written with a capital mid-sentence
        ("memoir The Year", "said The Legend"; not a body's head: "The Bank") - so that
        "and" or "of" after its first words does not end it?"""
        if not self.ctx.english or i < 2:
            return False
        words = self.words
        if words[i - 1] in _TITLE_ARTICLES and i - 1 not in self.initial:
            return words[i].lower() not in ORG_HEADS and words[i - 2] not in _OPENING_MARKS
        cue = self._cue_before(i)
        return cue in WORK_NOUNS or (cue == "of" and words[i - 2].lower() in _SHOWINGS_OF_WORKS)

    def _joins_title(self, j: int) -> bool:
        """Does a capitalised word follow the joining word at ``j``, perhaps after an
        article ("War and Peace", "The Mirror and the Light")?"""
        k = j + 1
        if self.words[k : k + 1] in _LOWER_ARTICLES:
            k += 1
        return k < self.n and bool(self.caps[k])

    def _title_words_end(self, j: int) -> int:
        """End of a work's title whose first words end at ``j``, before a joining word: it
        goes on over small words ("of the", "and the", ":") to each next capitalised word,
        up to _MAX_TITLE_WORDS small words ("Tears of the Kingdom")."""
        words, caps, n = self.words, self.caps, self.n
        end, k, small = j, j, 0
        while k < n and small <= _MAX_TITLE_WORDS:
            if words[k] in _TITLE_ARTICLES:
                break  # "The Road and The Hobbit": the next title
            if caps[k]:
                end = k = k + 1
            elif words[k].lower() in _TITLE_SMALL_WORDS and k + 1 < n:
                k += 1
                small += 1
            else:
                break
        return end

    def _with_law_cases(self, found: list[_Candidate]) -> list[_Candidate]:
        """``found`` with each pair of names joined by "v" made one law case, MISC, when the
        sentence speaks of courts or cases ("the judgment in Smith v Jones"); without such
        a word "Arsenal v Chelsea" is a fixture between two names."""
        if _CASE_CUES.isdisjoint(w.lower() for w in self.words):
            return found
        out: list[_Candidate] = []
        for name in found:
            last = out[-1] if out else None
            if last is not None and self.text[last.end : name.start].strip() in _VERSUS:
                words = (*last.words, "v", *name.words)
                # (Only cued: a party named alone elsewhere keeps its own label.)
                out[-1] = _Candidate(last.start, name.end, words, "MISC", CUED)
            else:
                out.append(name)
        return out

    def _read_balinese_names(self) -> None:
        """ "Irjen I Wayan Sukawinaya", "I Gusti Ngurah Rai": a Balinese name opens with "I"
        before a birth-order or caste name; that "I" is a name word here, no numeral. So is
        the caste's "Sang" ("Sang Made Mahendra Jaya"), else the article "the"."""
        words = self.words
        self._mark_name_words(
            [
                k
                for k in range(self.n - 1)
                if words[k] in _BALINESE_OPENERS and words[k + 1] in _BALINESE
            ]
        )

    def _read_sasak_names(self) -> None:
        """ "Lalu Muhammad Saleh", "bin Lalu Abdurrahman": mid-sentence, a capitalised "Lalu"
        (else the word "then") before a name word is a Sasak nobleman's title that opens his
        name; it is a name word there."""
        words, caps = self.words, self.caps
        self._mark_name_words(
            [
                k
                for k in range(1, self.n - 1)
                if words[k] == "Lalu" and k not in self.initial and caps[k + 1]
            ]
        )

    def _read_common_word_openers(self) -> None:
        """Indonesian common words that open a name (see _COMMON_WORD_OPENERS): "Hari" before
        a name word is a man's given name ("Hari Wiratmoko"), unless a commemoration day's
        or holiday's name follows ("Hari Ibu", "Hari Pers Nasional", "Hari Raya Nyepi");
        "Pekan" before a run with a level word, or before "Raya", opens a games' or fair's
        name ("Pekan Olahraga Nasional", "Pekan Raya Jakarta"). Both are name words there."""
        words, caps, n = self.words, self.caps, self.n
        marks = []
        for k in range(n - 1):
            word = words[k]
            if word not in _COMMON_WORD_OPENERS or not caps[k + 1]:
                continue
            end = k + 1
            while end < n and caps[end]:
                end += 1
            if word == "Pekan":
                if words[k + 1] == "Raya" or not _GATHERING_LEVELS.isdisjoint(
                    w.lower() for w in words[k + 1 : end]
                ):
                    marks.append(k)  # (also "Pekan Raya Jakarta", a fair)
            elif words[k + 1].lower() not in _DAY_SECOND_WORDS and not self._commemoration(
                k, end - k
            ):
                marks.append(k)
        self._mark_name_words(marks)

    def _read_dateline_outlet(self) -> None:
        """Count a news agency named by a function word as a name word where it stands
        between a dateline's place and its dash: "DENPASAR, Antara -" ("antara" is
        "between" elsewhere)."""
        words = self.words
        for k in range(2, min(self.n - 1, _DATELINE_REACH)):
            if (
                words[k] in _OUTLETS_AMONG_FUNCTION_WORDS
                and words[k - 1] == ","
                and words[k + 1] in _DASHES
                and self._dateline_place(0, k - 1)
            ):
                self._mark_name_words([k])
                return

    def _read_months_in_names(self) -> None:
        """A month before the last word of a business's name opens that name ("label Juni
        Records", "April Productions"): a name word there. Not before a word that opens
        names too ("pada Juli Bank Indonesia …") nor one that more capitals follow."""
        words, caps, n = self.words, self.caps, self.n
        self._mark_name_words(
            [
                k
                for k in range(n - 1)
                if words[k] in _MONTH_NAMES
                and caps[k + 1]
                and words[k + 1].lower() in ORG_TAILS
                and words[k + 1].lower() not in ORG_HEADS
                and (k + 2 == n or not caps[k + 2])
            ]
        )

    def _mark_name_words(self, marks: list[int]) -> None:
        """Count the function words at ``marks`` as name words (capitalised) here."""
        if marks:
            caps = bytearray(self.caps)
            for k in marks:
                caps[k] = 1
            self.caps = bytes(caps)
            self.names_among_function_words = True

    def _portfolio_end(self, k: int) -> int:
        """Past a title's portfolio written out in capitals before its body's acronym and
        the name ("Direktur Pencegahan dan Pengendalian Penyakit Menular Kemenkes Imran
        Pambudi", "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul
        Muhari"), so that the acronym opens the run after the title; else ``k``. Its first
        word and at least half of them must be ordinary nouns (see :func:`_is_portfolio_noun`)
        ("Ketua Bawaslu RI" keeps Bawaslu), none a place's head or a gazetteer name."""
        words, caps, n = self.words, self.caps, self.n
        first = k + 1 if k < n and words[k] in _PORTFOLIO_LINKS else k
        if first >= n or not _is_portfolio_noun(words[first]):
            return k  # (the usual case: a name, not a portfolio, follows the title)
        m, nouns, others = k, 0, 0
        while m < n and m - k < _MAX_NAME_WORDS:
            word = words[m]
            if word in _PORTFOLIO_LINKS:
                m += 1
                continue
            if not self.capitalised[m]:
                return k
            if caps[m] and (_is_acronym(word) or word.lower() in ORG_HEADS):
                break  # the body: "BNPB", "Kemenkes", "Dinas Kesehatan"
            if self.bits[m] & _HEAD_WORD or _may_start_gazetteer_name(word):
                return k
            if _is_portfolio_noun(word) or self.ctx.written_in_lowercase(word):
                nouns += 1
            else:
                others += 1
            m += 1
        else:
            return k
        if nouns == 0 or others > nouns or words[m] in COMMON_ACRONYMS:
            return k
        # The name right after the body, or after a comma: "… Jasa Keuangan OJK, Friderica"
        named = m + 1 < n and (caps[m + 1] or (words[m + 1] == "," and m + 2 < n and caps[m + 2]))
        return m if named else k

    def _with_holidays(self, found: list[_Candidate]) -> list[_Candidate]:
        """``found`` with the holidays of the sentence (see HOLIDAYS, INDONESIAN_HOLIDAYS) as
        MISC in place of what overlaps them ("Day" of "Christmas Day", "Black" of "Black
        Friday"), unless a name goes on after one ("Easter Island")."""
        words, n = self.words, self.n
        names, firsts = self.ctx.holiday_names, self.ctx.holiday_firsts
        holidays: list[_Candidate] = []
        end = 0  # past the last holiday found
        for i in itertools.compress(range(n), map(firsts.__contains__, words)):
            if i < end or self._inside_indonesian_name(i):
                continue  # "New" of "Chinese New Year"
            for m in range(self._holiday_reach(i), 0, -1):
                name = " ".join(words[i : i + m]).lower().replace(" 's", "'s")
                if (name in names or self._commemoration(i, m)) and not (
                    i + m < n and self.caps[i + m]
                ):
                    holidays.append(self._make(i, i + m, "MISC", STRONG))
                    end = i + m
                    break
        if not holidays:
            return found
        kept = [c for c in found if not any(_overlaps(c, h) for h in holidays)]
        return sorted(kept + holidays, key=operator.attrgetter("start"))

    def _with_cued_initials(self, found: list[_Candidate]) -> list[_Candidate]:
        """``found`` with the initials listed after "berinisial" that are also everyday
        abbreviations, so no name words ("berinisial RW (29), AS (34) dan FN", "pria
        berinisial AI"): after the cue they are people, PER."""
        words, n = self.words, self.n
        starts = {c.start for c in found}
        more = []
        for k in (k for k, word in enumerate(words) if word in PERSON_CONTEXT):
            j = k + 1
            while j < n and _is_initials_word(words[j]):
                if self.toks[j].start not in starts:
                    more.append(self._make(j, j + 1, "PER", DEFINED))
                j += 1
                if j + 2 < n and words[j] == "(" and words[j + 2] == ")":
                    j += 3  # the age: "RW (29)"
                if not (j + 1 < n and words[j] in _COORDINATION):
                    break
                j += 1
        if not more:
            return found
        return sorted(found + more, key=operator.attrgetter("start"))

    def _with_quoted_titles(self, found: list[_Candidate]) -> list[_Candidate]:
        """``found`` with the quoted title after "berjudul" or "bertajuk" as one work, MISC,
        whatever its words ('singel berjudul "Tentang Kita"', 'konser bertajuk "Tunggu Aku
        Di"'): a title is made of any words, function words too, up to its closing mark."""
        words, n = self.words, self.n
        titles = []
        for k in (k for k, word in enumerate(words[: n - 3]) if word in _TITLE_CUES):
            if words[k + 1] in _TITLE_QUOTES and self.capitalised[k + 2]:
                reach = range(k + 3, min(n, k + 3 + _MAX_NAME_WORDS))
                close = next((j for j in reach if words[j] in _TITLE_CLOSERS), 0)
                if close:
                    titles.append(self._make(k + 2, close, "MISC", STRONG))
        if not titles:
            return found
        kept = [c for c in found if not any(c.start < t.end and t.start < c.end for t in titles)]
        return sorted(kept + titles, key=operator.attrgetter("start"))

    def _commemoration(self, i: int, m: int) -> bool:
        """Do the ``m`` words from ``words[i]``, in an Indonesian text, name a commemoration
        day: "Hari" and a word of COMMEMORATION_WORDS ("Hari Kesaktian Pancasila", "Hari
        Ibu") or a last word of COMMEMORATION_TAILS ("Hari Pers Nasional")? Days are many
        and new ones come; "Hari" before other words is a man's name ("Hari Purnomo")."""
        words = self.words
        if words[i] in _ANNIVERSARY_OPENERS:
            return m > 1 and not self.ctx.english  # "HUT Bhayangkara ke-79"
        return (
            m > 1
            and words[i] in _DAY_OPENERS
            and not self.ctx.english
            and (
                words[i + 1].lower() in COMMEMORATION_WORDS
                or words[i + m - 1].lower() in COMMEMORATION_TAILS
            )
        )

    def _holiday_reach(self, i: int) -> int:
        """How many words from ``words[i]`` a holiday's name may take: up to _HOLIDAY_WORDS,
        and in an Indonesian text only capitalised ones ("Tahun Baru", not "Tahun baru
        ajaran" at a sentence's start)."""
        reach = min(_HOLIDAY_WORDS, self.n - i)
        if self.ctx.english:
            return reach
        return next((m for m in range(1, reach) if not self.words[i + m][:1].isupper()), reach)

    def _inside_indonesian_name(self, i: int) -> bool:
        """Does the capitalised word before ``words[i]``, mid-sentence, make it part of a
        place's name in an Indonesian text ("Kabupaten Mandailing Natal"), no holiday? In
        a Title Case headline every word is capitalised: not a word the text writes in small
        letters nor the headline's verb ("Jelang Libur Natal", "Rayakan Imlek")."""
        if self.ctx.english or i < 2 or not self.caps[i - 1]:
            return False
        before = self.words[i - 1]
        return not (
            self.headline and (self.ctx.written_in_lowercase(before) or self._headline_verb(i - 1))
        )

    def _label_defined_acronyms(self, found: list[_Candidate]) -> None:
        """An acronym in brackets right after a name is defined by it and takes its label:
        "Indeks Harga Saham Gabungan (IHSG)" is an index, "Daerah Istimewa Yogyakarta
        (DIY)" a place, whatever acronyms usually are; a person's initials are the person
        ("Susilo Bambang Yudhoyono (SBY)"), but no other acronym after a person is."""
        for name, short in itertools.pairwise(found):
            if (
                len(short.words) == 1
                and len(name.words) > 1
                and self.text[name.end : short.start].strip() == "("
                and (
                    abbreviates(short.words[0], name.words)
                    # (or the name past its head: "Pengadilan Tindak Pidana Korupsi (Tipikor)")
                    or short.words[0] in self.ctx.short_names
                    or (name.label != "PER" and _is_acronym(short.words[0]))
                )
                and _gazetteer_label(short.words) is None  # "California (AP)"
            ):
                short.label, short.strength = name.label, DEFINED

    def _calendar_given_name(self, i: int) -> bool:
        """A month that is a given name here: "Jan Siemerink", "April Ross" (a capitalised
        name word follows, no number)."""
        return (
            self.words[i] in _CALENDAR_GIVEN_NAMES
            and i + 1 < self.n
            and bool(self.caps[i + 1])
            and (i not in self.initial or self.words[i] == _GIVEN_NAME_MORE_THAN_MONTH)
        ) or (bool(self.ctx.name_months) and self._month_given_name(i))

    def _share_across_coordination(self, found: list[_Candidate]) -> None:
        """In "BPBD, Basarnas, TNI, Polri, dan Palang Merah Indonesia" or "Sindoro dan
        Sumbing", names without evidence take the label of a listed neighbour that has it."""
        if len(found) < 2:
            return
        # Neighbours joined only by commas and coordinating words, and whether only by a
        # comma; labels then flow left to right, and right to left.
        listed: list[tuple[_Candidate, _Candidate, bool]] = []
        for left, right in itertools.pairwise(found):
            if right.start - left.end > _MAX_LINK_CHARS:
                continue  # words between: no list
            if self.text[right.end : right.end + 3].lstrip().startswith(("'s", "’s")):
                continue  # "Frank Nobilo and Spain's Miguel Jimenez": Spain owns, not listed
            gap = self.text[min(left.end, right.end) : max(left.start, right.start)]
            # (A closing bracket ends a defined acronym: "Palang Merah Indonesia (PMI) dan X".)
            links = gap.replace(",", " ").replace(")", " ").lower().split()
            if "(" in gap:
                # (So does a count or age: "Sleman (120), Bantul (98) dan Kulon Progo (40)".)
                links = [link for link in links if not link.lstrip("(").isdigit()]
            if len(links) > 1 and links[-1] in _ARTICLES:
                links.pop()  # "Visa and the International Finance Corporation"
            if not links and self._fronted_by_preposition(left, right):
                continue  # "In Britain, Coldplay were": the place opens the sentence
            if not links and self._enclosed_by_commas(right):
                if _is_regency_after_district(left, right):
                    right.label, right.strength = "LOC", CUED
                continue  # "Warga Dusun Krajan, Sutrisno, menuturkan": an apposition
            if _LIST_LINKS.issuperset(links) and ("," in gap or links):
                listed.append((left, right, not links))
        if not listed:
            return
        # A name that took its label so passes it on down the list: "Kecamatan Suli,
        # Latimojong, dan Bajo".
        relayed: set[int] = set()
        for left, right, bare in listed:
            if self._share(left, right, bare, relay=id(left) in relayed):
                relayed.add(id(right))
        relayed.clear()
        for left, right, bare in reversed(listed):
            if self._share(right, left, bare, relay=id(right) in relayed):
                relayed.add(id(left))

    def _fronted_by_preposition(self, left: _Candidate, right: _Candidate) -> bool:
        """Does ``left`` follow only a preposition opening the sentence, or a phrase ending
        in one ("Asked about Brexit, Sunak declined"), and a clause go on after ``right``
        ("In Britain, Coldplay were …"), so that the comma between them closes that phrase
        rather than listing names ("In Dunvale, Portwick and Tarnby")?"""
        opening = self.text[self.toks[0].start : left.start].strip().lower()
        after = self.text[right.end : right.end + 40].split(maxsplit=1)
        return (
            "," not in opening
            and (
                opening.rpartition(" ")[2] in _FRONTING_PREPOSITIONS
                or opening.partition(" ")[0] in _FRONTING_OPENERS  # "Dalam laga melawan X, Y"
            )
            and bool(after)
            and after[0][:1].islower()
            and after[0] not in _COORDINATION
        )

    def _enclosed_by_commas(self, name: _Candidate) -> bool:
        """Does a comma and then an ordinary lowercase word follow ``name`` (", Sutrisno,
        menuturkan")? A listed name is followed by another name or a coordinating word."""
        end = name.end
        if age := _BRACKETED_AGE.match(self.text, end):
            end = age.end()  # "Warga Padukuhan Jetis, Suparmi (45), mengaku": an age between
        if self.text[end : end + 1] != ",":
            return False
        nxt = self.text[end + 1 : end + 40].split(maxsplit=1)
        return bool(nxt) and nxt[0][:1].islower() and nxt[0] not in _COORDINATION

    @staticmethod
    def _share(left: _Candidate, right: _Candidate, bare_comma: bool, *, relay: bool) -> bool:
        """Give ``right`` the label of ``left`` (strong, or ``relay``-ing one); did it?"""
        # A bare comma may be an apposition ("Kencana Agro, Ratna Suryaningsih"): only
        # single words take their neighbour's label across it, and not a given name after
        # another kind of name ("Dua warga Desa Sukamaju, Joko dan Slamet, …": its people).
        if bare_comma and (
            len(right.words) > 1
            or (right.label == "PER" and left.label != "PER" and right.words[0] in GIVEN_NAMES)
        ):
            return False
        # A nationality does not make the next name one ("Swede X and Australian Y"); nor
        # does any other name make a person's full name its kind ("Shane Lowry of Ireland
        # and Tommy Fleetwood of England").
        if len(right.words) > 1 and (
            (len(left.words) == 1 and left.label == "MISC")
            or (right.label == "PER" and left.label != "PER" and right.words[0] in GIVEN_NAMES)
        ):
            return False
        if (
            right.label == "PER"
            and len(right.words) > 1
            and len(left.words) == 1
            and _is_acronym(left.words[0])
        ):
            return False  # "Kendrick Lamar and SZA": capitals say nothing of a full name
        if (left.strength >= STRONG or relay) and right.strength < STRONG:
            right.label, right.strength = left.label, CUED
            return True
        if left.label == "LOC" and left.strength > right.strength:
            right.label = "LOC"  # "in Saxony and Thuringia": the preposition governs both
        return False
