"""Names in Title Case headlines, subheads and credits, where capitals prove nothing."""

from __future__ import annotations

from reader.analysis import gazetteer
from reader.analysis.candidate import Candidate as _Candidate
from reader.analysis.entities.labels import _LabelReader
from reader.analysis.entities.lexicon import (
    _ARTICLES,
    _CREDIT_WORDS,
    _DASHES,
    _EN_HEADLINE_NOUN_ENDINGS,
    _HEADS,
    _ID_COMPASS_WORDS,
    _ID_COUNT_WORDS,
    _PLACES_EVENT_TAILS,
    _SPORT_SLUGS,
    _SUBJECT_JOINERS,
    _TITLE_SMALL_WORDS,
    _TRAIN_ABBREVIATIONS,
    CUED,
    DEFAULT,
    STRONG,
)
from reader.analysis.entities.shapes import (
    _ROMAN_NUMERAL,
    _community_group_kind_length,
    _gazetteer_label,
    _gazetteer_place,
    _is_acronym,
    _is_body_acronym,
    _is_region,
    _is_sector_body,
    _label_by_form,
)
from reader.analysis.name_cues import (
    BRANCH_REGION_HEADS,
    CALENDAR_WORDS,
    COMMON_ACRONYMS,
    COMMON_SUBJECTS,
    EVENT_TAILS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    HEADLINE_SUBJECT_NOUNS,
    NOUNS_BEFORE_NAMES,
    OF_JOINERS,
    ORG_TAILS,
    PLACE_TAILS,
    WHERE_NOUNS,
    looks_like_common_noun,
)
from reader.analysis.predicates import headline_verb_strength
from reader.analysis.titles import TENURE_WORDS, match_title


def _with_small_words(name: tuple[str, ...]) -> tuple[str, ...]:
    """``name`` of a Title Case headline with its inner small words in small letters, as
    body text writes them ("Bank Of England" → "Bank of England")."""
    return (
        name[0],
        *(w.lower() if w.lower() in _TITLE_SMALL_WORDS else w for w in name[1:-1]),
        name[-1],
    )


def _body_of_place(name: tuple[str, ...]) -> bool:
    """Is ``name`` a body named for its place after "of" ("Bank of England", "Reserve Bank
    of Australia", "Supreme Court of Canada"): a word that takes "of" before it, a listed
    place after it and nothing more?"""
    if "of" not in name[1:-1] or name[0].lower() in TENURE_WORDS:
        return False  # ("Former Bank Of England Governor": the governor's tenure)
    link = name.index("of")
    return name[link - 1].lower() in OF_JOINERS and _gazetteer_label(name[link + 1 :]) == "LOC"


#: How many words a pair of names joined by a hyphen spans at most in a headline:
#: "Papua Nugini-Timor Leste".
_PAIR_REACH = 4


class _HeadlineReader(_LabelReader):
    """Names in Title Case headlines, where every word has a capital: only words with
    evidence of their own count, or the headline's subject before its verb."""

    def _sport_slug(self, b: int) -> bool:
        """Are the words before the dash at ``b`` a section's slug: a sport ("RUGBY UNION",
        "GOLF", though a place may be called so too), or one word no place is called?"""
        if " ".join(self.words[:b]).lower() in _SPORT_SLUGS:
            return True
        return b == 1 and self._gaz(0, 1) is None

    def _hyphened_pair_at(self, k: int, b: int) -> list[_Candidate]:
        """Two listed names joined by a hyphen inside a word, the first opening at ``k``
        (see :meth:`_hyphened_places`, :meth:`_compound_parts`), in a headline run ending at
        ``b``: the longest such span of up to four words; empty when none is there."""
        if all("-" not in word for word in self.words[k : k + _PAIR_REACH]):
            return []
        for m in range(min(b - k, _PAIR_REACH), 1, -1):
            if pair := self._hyphened_places(k, k + m):
                return pair
        return self._compound_parts(k, k + 1) if "-" in self.words[k] else []

    def _community_group_at(self, k: int, b: int) -> int:
        """Past a community body's head, kind and own name opening at ``k`` in a headline
        run ending at ``b`` ("Kelompok Tani Sri Makmur Terima Bantuan"): its name runs to
        the headline's verb; 0 when no such body opens there."""
        kind = _community_group_kind_length(self.words[k:b])
        if not kind or k + kind >= b:
            return 0
        name = k + kind + 1
        return next((j for j in range(name, b) if self._headline_verb(j)), b)

    def _index_after(self, name: _Candidate, k: int) -> int:
        """Index of the first word after ``name``, searched from ``k``."""
        while k < self.n and self.toks[k].start < name.end:
            k += 1
        return k

    def _sector_body_length(self, k: int, b: int) -> int:
        """How many words from ``k`` (up to ``b``) name a country's body by its sector
        ("Health New Zealand To Cut Jobs", see :func:`_is_sector_body`) in an English
        headline, where the sector's capital says nothing; 0 if none do."""
        if not self.ctx.english:
            return 0
        return next((m for m in (3, 2) if k + m <= b and _is_sector_body(self.words[k : k + m])), 0)

    def _headline_names(self, a: int, b: int) -> list[_Candidate]:
        """Names in a headline run ("Trump Says Ukraine Talks Went Well", "JAPAN GET LUCKY
        WIN"): gazetteer names, and stretches of words with evidence of their own (named
        mid-sentence in the text, acronyms unless the whole line is in capitals)."""
        if a == 0 and b < self.n and self.words[b] in _DASHES and self._sport_slug(b):
            return []  # "GOLF - NORMAN LEADS", "RUGBY UNION - …": the section's slug
        out: list[_Candidate] = []
        k = a
        while k < b:
            written = self._written_name_at(k, b) if self.shouting else ()
            if written:
                end = k + len(written)
                out.append(self._make(k, end, "PER", DEFAULT))
                self._stand_for(out[-1], written)
                k = end
                continue
            if self.shouting and gazetteer.is_demonym(self.words[k].title()):
                # "GERMAN BONDS EASE"; "AUSTRALIAN OPEN", "BRITISH GRAND PRIX": an event
                end = self._event_tail_end(k + 1, b)
                out.append(self._make(k, end, "MISC", STRONG))
                k = end
                continue
            if (
                not self.shouting
                and gazetteer.is_demonym(self.words[k])
                and self._titled_event_tail(k + 1, b)
            ):
                end = self._event_tail_end(k + 1, b)  # "Nadal Pulls Out of Australian Open"
                out.append(self._make(k, end, "MISC", STRONG))
                k = end
                continue
            if k + 2 <= b and not self.shouting and self._initials_before_surname(k, k + 2):
                out.append(self._make(k, k + 2, "PER", STRONG))  # "Jaksa Agung ST Burhanuddin"
                k += 2
                continue
            if group := self._community_group_at(k, b):
                out.append(self._make(k, group, "ORG", STRONG))  # "Kelompok Tani Sri Makmur"
                k = group
                continue
            if pair := self._hyphened_pair_at(k, b):
                out.extend(pair)  # "Hubungan Indonesia-Timor Leste Makin Erat"
                k = self._index_after(pair[-1], k)
                continue
            body = 0 if self.shouting else self._body_name_at(k, b)
            if body:
                # "Bank Rakyat Indonesia" of "PT Bank Rakyat Indonesia", "Deli Serdang" of
                # "Polresta Deli Serdang": the name as the text writes it.
                name = self.words[k : k + body]
                known = self.ctx.known.get(name)
                label, strength = (known, STRONG) if known else self._label(k, k + body)
                out.append(self._make(k, k + body, label, strength))
                k += body
                continue
            if branch := self._acronym_branch_length(k, b):
                out.append(self._make(k, k + branch, "ORG", STRONG))  # "MUI Jatim Minta …"
                k += branch
                continue
            if sector := self._sector_body_length(k, b):
                out.append(self._make(k, k + sector, "ORG", CUED))  # "Sport England Backs …"
                k += sector
                continue
            place = self._gazetteer_length(k, b)
            if place == 1 and not self.shouting and self._ordinary_in_headline(k):
                k += 1
                continue  # "Lima" of "Banjir Rendam Lima Kecamatan": "lima kecamatan"
            if place == 1 and not self.shouting and self._verb_after_plural_subject(k):
                k += 1
                continue  # "Unions Unite Against …", "Rebels Shell Town": a verb, no union
            if place == 1 and self.shouting and self._ordinary_in_capitals(k):
                place = 0  # "AS" in "ROVERS HOLD LEADERS AS LATE GOAL SINKS VILLA"
            if place == 1 and (person := self._person_named_like_place(k, a, b)):
                out.append(self._make(k, person, "PER", CUED))  # "Bima Arya Minta …"
                k = person
                continue
            if place:
                label = self._gaz(k, k + place) or "LOC"
                if self._town_as_team(k, k + place):
                    label = self._team_label(k, k + place) or label  # "SOCCER - LIVERPOOL SIGN"
                elif self._city_with_plural_verb(k, k + place):
                    label = "ORG"  # "Liverpool Hold Off Everton": a club
                if label == "LOC" and self._compass_after(k + place, b):
                    place += 1  # "Jakarta Timur", "Lombok Barat": the part named after it
                if k + place < b and self.words[k + place].lower() in ORG_TAILS:
                    place, label = place + 1, "ORG"  # "Borneo FC", "Leeds United"
                elif (self.shouting or self._titled_event_tail(k + place, b)) and (
                    end := self._place_event_end(k + place, b)
                ):
                    place, label = end - k, "MISC"  # "BRUSSELS GRAND PRIX": an event
                out.append(self._make(k, k + place, label, STRONG))
                if self.shouting:
                    # "MILAN" is the text's "Milan", a club where the text says so
                    out[-1].words = self._as_written(out[-1].words)
                    out[-1].strength = CUED
                k += place
                continue
            # A place or organisation head word before a name: "Kabupaten Bekasi".
            head = (
                self.words[k].lower() in _HEADS
                and k + 1 < b
                and (
                    self._gaz(k + 1, k + 2)
                    or self.words[k + 1] in self.ctx.mid_capitalised
                    or _ROMAN_NUMERAL.fullmatch(self.words[k + 1])  # "Komisi III DPR Setujui"
                )
            ) or self._headline_branch_at(k, b)
            if not head and not self._headline_evidence(k):
                if person := self._headline_person_end(k, a, b):
                    out.append(self._make(k, person, *self._label(k, person)))
                    if self.shouting:  # "JOKOWI" is the text's "Jokowi", no acronym
                        self._stand_for(out[-1], self._as_written(out[-1].words))
                    k = person
                    continue
                k += 1
                continue
            end = k + 2 if head else k + 1
            if head and _ROMAN_NUMERAL.fullmatch(self.words[k + 1]):
                while end < b and _is_body_acronym(self.words[end]):
                    end += 1  # "Komisi III DPR RI": the commission's parent body
            while (
                end < b
                and self._headline_evidence(end, first=False)
                and self._gaz(end, end + 1) is None
                and not self._headline_verb(end)  # "Sri Mulyani | Sebut Defisit"
            ):
                end += 1
            if end == k + 1 and (
                self.words[k].lower() in _HEADS
                or self.words[k] in COMMON_ACRONYMS
                or self.words[k] in _TRAIN_ABBREVIATIONS  # "KA Anjlok di Grobogan"
            ):
                k = end
                continue  # a head word or "SD" alone ("Perbaikan Jalan Rusak") names nothing
            label, strength = self._label(k, end)
            found = self._make(k, end, label, strength)
            if self.shouting:
                self._as_written_elsewhere(found)
            out.append(found)
            k = end
        return out

    def _verb_after_subject(self, k: int) -> bool:
        """Is the word at ``k``, after a headline's subject, its verb?"""
        return k < self.n and self._headline_verb(k)

    def _headline_person_end(self, k: int, a: int, b: int) -> int:
        """End of a name at ``k`` of a Title Case headline's run ``[a, b)`` that no word of
        the text vouches for: the headline's subject before its verb ("Jokowi Minta …"),
        or a given name and the surname after it ("Photo: Sarah Jones / …"); 0 if none.
        In a line in capitals the subject's words must be written capitalised in the text
        too, if only at a sentence's start ("JOKOWI MINTA …" over "Jokowi menyampaikan")."""
        if k == a and self._opens_headline_clause(a) and (end := self._headline_subject_end(k, b)):
            seen = self.ctx.words_seen
            if not self.shouting or all(w.title() in seen for w in self.words[k:end]):
                return end
        if self.shouting:
            return 0
        if k == a > 1 and b - k <= 3 and self._credit_line() and self._unwritten_in_lowercase(k, b):
            return b  # "Photograph: Dan Kitwood/Getty Images": who took it, for whom
        given = (
            self.words[k] in GIVEN_NAMES
            and k + 1 < b
            and not self.ctx.written_in_lowercase(self.words[k])  # "putri" of "tunggal putri"
            and not self._headline_verb(k + 1)
            and self._may_name_subject(k + 1)
            and not self._gazetteer_length(k + 1, b)  # "Putri Hong Kong Open"
        )
        return k + 2 if given else 0

    def _person_named_like_place(self, k: int, a: int, b: int) -> int:
        """End of a person's name opening a Title Case headline's subject whose first word
        is also a place ("Bima Arya Minta …", "Atalia Praratya Dukung …"), or 0. The other
        words of the subject must be no place's ("Jakarta Pusat Gelar …" is a place), and
        the run must open the line or a clause (after a title, "Kapolda Metro Jaya Karyoto",
        the place is the title's)."""
        if self.shouting or k != a or not (a == 0 or self.words[a - 1] in (",", ":", ";")):
            return 0
        if self._gaz(k, k + 1) != "LOC":
            return 0
        end = self._headline_subject_end(k, b)
        if end <= k + 1:
            return 0
        rest = self.words[k + 1 : end]
        if any(w.lower() in PLACE_TAILS or self._gaz(j, j + 1) for j, w in enumerate(rest, k + 1)):
            return 0
        return end

    def _compass_after(self, k: int, b: int) -> bool:
        """Does an Indonesian compass word ("Timur", "Utara") at ``k`` of a Title Case
        headline name a part of the place before it ("Jakarta Timur", "Sumatera Utara")?"""
        return (
            not self.ctx.english
            and not self.shouting
            and k < b
            and self.words[k].lower() in _ID_COMPASS_WORDS
        )

    def _city_with_plural_verb(self, a: int, b: int) -> bool:
        """Is the city at ``[a, b)`` of an English Title Case headline the subject of a
        plural verb ("Liverpool Hold Off Everton", "Leeds Sign Striker")? A city takes a
        singular one ("London Braces for Strike"); British news writes a club's plural."""
        if not self.ctx.english or self.shouting or b >= self.n or not self._headline_verb(b):
            return False
        if self.words[b].lower().endswith("s"):
            return False
        place = _gazetteer_place(self.words[a:b])
        return place is not None and place.key.startswith("city:")

    def _unwritten_in_lowercase(self, a: int, b: int) -> bool:
        """Does the text never write a word of ``[a, b)`` in small letters ("Foto:
        Istimewa" over "istimewa": an ordinary word)?"""
        return not any(map(self.ctx.written_in_lowercase, self.words[a:b]))

    def _credit_line(self) -> bool:
        """Is the line a credit ("Photograph: Dan Kitwood/Getty Images", "Foto: Antara/Budi
        Santoso")? Its capitalised runs after the colon are people and agencies."""
        return self.n > 2 and self.words[1] == ":" and self.words[0].lower() in _CREDIT_WORDS

    def _opens_headline_clause(self, a: int) -> bool:
        """Does a run at ``a`` open the headline or a clause of it, where its subject stands:
        the first word, after a title ("Menlu Retno Ungkap …") or after a comma or colon
        ("…, Warga Diminta Waspada") or "and" after a name ("Biden and Xi Agree …")? Not
        after a preposition ("Over Winter Strikes")."""
        if a > 1 and self.words[a - 1].lower() in _SUBJECT_JOINERS and self.capitalised[a - 2]:
            return True  # "Biden and Xi Agree …": the second subject
        return a == 0 or self.words[a - 1] in (",", ":", ";") or match_title(self.words, 0) == a

    def _headline_subject_end(self, k: int, b: int) -> int:
        """End of the name opening a Title Case headline's run at ``k``, its subject before a
        verb within three words ("Jokowi Minta …", "Erick Thohir Pastikan …", "Starmer Warns
        …") when every word of it may be a name (see :meth:`_may_name_subject`; not
        "Measles Cases Rise" over "measles cases"); 0 if none. Headlines name who acts
        before the verb."""
        for v in range(k + 1, min(b, k + 4)):
            if self._headline_verb(v):
                break
        else:
            v = self._coordinated_subject_end(k, b)
            if not v:
                return 0
        if self.ctx.english and v == k + 1 and self._plural_subject(k, v):
            return 0  # "as Leaders Meet": a plural noun, as "Rebels Seize Town"
        if any(self._headline_evidence(j) or self._body_name_at(j, b) for j in range(k + 1, v)):
            return 0  # "Chipmaker Quillon Systems Cuts": a name the text knows comes later
        return v if all(map(self._may_name_subject, range(k, v))) else 0

    def _coordinated_subject_end(self, k: int, b: int) -> int:
        """``b`` when the run ``[k, b)`` of at most three words is the first of two subjects
        joined by "and" or "dan" before the headline's verb ("Biden and Xi Agree …",
        "Prabowo dan Anwar Bahas …", "Biden and X-Men Stars Meet Fans"), else 0. The
        second need be no name (the caller judges the first by its own words), only
        capitalised words before the verb."""
        if b - k > 3 or b + 2 >= self.n or self.words[b].lower() not in _SUBJECT_JOINERS:
            return 0
        nxt = b + 1
        if not self.capitalised[nxt]:
            return 0
        for v in range(nxt + 1, min(self.n, nxt + 4)):
            if self._headline_verb(v):
                return b if all(self.capitalised[nxt:v]) else 0
        return 0

    def _plural_subject(self, k: int, v: int) -> bool:
        """Is the one-word English subject at ``k`` a plural before a plural verb at ``v``
        ("Leaders Meet", "Rebels Seize"): a common noun, not a name?"""
        return self.words[k].endswith("s") and not self.words[v].lower().endswith("s")

    def _verb_after_plural_subject(self, k: int) -> bool:
        """Is the one-word name at ``k`` of a Title Case headline its verb, right after a
        plural common noun as its subject ("Unions Unite Against …", where Unite is also a
        union)? The subject is no place, and the text never capitalises the verb mid-sentence
        (see _headline_verb)."""
        return (
            k > 0
            and self._plural_subject(k - 1, k)
            and self._gaz(k - 1, k) is None
            and self._headline_verb(k)
        )

    def _may_name_subject(self, k: int) -> bool:
        """May the headline word at ``k`` be (part of) a name as its subject: capitalised,
        no ordinary word (function word, common subject, a word the text writes in small
        letters, a title or a head word) and no verb, nor a derived noun by its form
        ("Penyelundupan", "Kebakaran")?"""
        word = self.words[k]
        low = word.lower()
        if not word[:1].isupper() or not word.replace("'", "").isalpha():  # "Ma'ruf"
            return False
        if self.ctx.written_in_lowercase(word):
            return False
        if self._headline_verb(k) or (k == 0 and self._verb_root_form(word)):
            return False  # "Mayor Says Harbour Plan …": the verb after a title
        if (
            low in FUNCTION_WORDS
            or low in COMMON_SUBJECTS
            or low in HEADLINE_SUBJECT_NOUNS
            or low in CALENDAR_WORDS
            or low in _HEADS
            or low in NOUNS_BEFORE_NAMES
            or (self.ctx.english and looks_like_common_noun(word))  # not "Nasution"
            or match_title(self.words, k) > k
        ):
            return False
        if self.ctx.english:
            return not low.endswith(_EN_HEADLINE_NOUN_ENDINGS)  # "Tourism", "Ceasefire"
        if word in GIVEN_NAMES:
            return True
        derived = len(low) > 6 and (
            (low.startswith(("ke", "pe")) and low.endswith("an")) or low.endswith("asi")
        )  # "Kebakaran", "Penyelundupan"; loans in -asi: "Vaksinasi", "Relokasi"
        return not derived and headline_verb_strength(word, "id") < 2

    def _acronym_branch_length(self, k: int, b: int) -> int:
        """Length of an Indonesian body's acronym and the province or country it serves at
        ``k`` in a headline ("MUI Jatim Minta …", "KPU DKI Jakarta Tetapkan …"), which the
        body text reads as one name; 0 if none. After a region's head word any known place
        is the branch's region, and the body's short name may be one the text defines in
        syllables ("Bawaslu Kota Bandung Terima …"): the body text may name the region
        apart ("Badan Pengawas Pemilu (Bawaslu) Kota Bandung"), yet the head word shows
        the short name and the place are one branch."""
        if self.ctx.english or self.shouting or not k + 1 < b:
            return 0  # (in a line in capitals every word looks like an acronym)
        word = self.words[k]
        head = int(
            k + 2 < b
            and self.words[k + 1].lower() in BRANCH_REGION_HEADS
            and self.words[k - 1 : k] not in (("dan",), ("serta",))  # "Dinas Koperasi dan UKM"
        )
        if not (_is_acronym(word) or (head and word in self.ctx.short_names)):
            return 0
        if self._gaz(k, k + 1) == "LOC":
            return 0  # "AS Serang Iran": a country
        m = self._gazetteer_length(k + 1 + head, b)
        place = _gazetteer_place(self.words[k + 1 + head : k + 1 + head + m]) if m else None
        if place is None or place.label != "LOC" or not (head or _is_region(place)):
            return 0
        return 1 + head + m

    def _titled_event_tail(self, k: int, b: int) -> bool:
        """Does an event's kind ("Open", "Cup", "Marathon") follow at ``k`` in a Title Case
        headline, the text never writing it in small letters ("Australian Open", "Indonesia
        Open"), and no verb's object after it ("Japan Open Talks With China")?"""
        if k >= b or self.words[k].lower() not in _PLACES_EVENT_TAILS:
            return False
        if self.ctx.written_in_lowercase(self.words[k]):
            return False
        return k + 1 >= self.n or not self.capitalised[k + 1] or self._headline_verb(k + 1)

    def _place_event_end(self, k: int, b: int) -> int:
        """Index past an event's last word right after a place in a line in capitals
        ("BRUSSELS GRAND PRIX", "JAPAN OPEN"), or 0: only tails no headline uses as verbs
        ("ENGLAND SHOW RESOLVE" shows no event)."""
        if k < b and self.words[k].lower() in _PLACES_EVENT_TAILS:
            return k + 1
        if k + 1 < b and self.words[k].lower() == "grand" and self.words[k + 1].lower() == "prix":
            return k + 2
        return 0

    def _event_tail_end(self, k: int, b: int) -> int:
        """Index past an event's last word ("OPEN", "GRAND PRIX") at ``k`` or ``k + 1``
        (up to ``b``), or ``k`` when there is none or the text writes that word in small
        letters ("GERMAN CUP RESULTS" over "German cup matches")."""
        for end in (k + 2, k + 1):
            if end <= b and self.words[end - 1].lower() in EVENT_TAILS:
                return k if self.ctx.written_in_lowercase(self.words[end - 1]) else end
        return k

    def _headline_branch_at(self, k: int, b: int) -> bool:
        """Does a body's acronym and the place it serves open at ``k`` in a headline ("DPRD
        Garut Setujui Raperda", "KPU Medan Tetapkan")? One name, as "Polres Jember" is. The
        text must name the place mid-sentence too (not "Dinas PUPR Lima Tahun": "lima tahun")."""
        return (
            not self.shouting
            and k + 1 < b
            and _is_acronym(self.words[k])
            and self._gaz(k + 1, k + 2) == "LOC"
            and self.words[k + 1] in self.ctx.mid_capitalised
        )

    def _body_name_at(self, k: int, b: int) -> int:
        """Length of the longest name of two words or more at ``k`` (up to ``b``) that the
        text writes mid-sentence, as a whole run or after a head word; 0 if none. (A
        headline's own words are never counted as written mid-sentence.)"""
        ctx = self.ctx
        for m in range(min(b - k, 6), 1, -1):
            name = self.words[k : k + m]
            if name in ctx.runs or (name in ctx.known and ctx.cap_counts.keys() >= set(name)):
                return m
            if m > 2 and self._written_with_small_words(name):
                return m  # "Bank Of England Holds Rates"
        return 0

    def _written_with_small_words(self, name: tuple[str, ...]) -> bool:
        """Is ``name`` of a Title Case headline, with its inner small words in small
        letters, a name the text writes so mid-sentence, the gazetteer lists, or a body
        named for its place after "of" ("Bank Of England")?"""
        small = _with_small_words(name)
        return small != name and (
            small in self.ctx.runs or _gazetteer_label(small) is not None or _body_of_place(small)
        )

    def _ordinary_in_capitals(self, k: int) -> bool:
        """Is the word at ``k`` of a line in capitals an ordinary word, though some place is
        called so: a function word ("AS") or one the text writes only in small letters
        ("DERBY" where the text has "derby" and no "Derby")?"""
        low = self.words[k].lower()
        return low in FUNCTION_WORDS or (
            self.ctx.written_in_lowercase(low) and low.title() not in self.ctx.cap_counts
        )

    def _ordinary_in_headline(self, k: int) -> bool:
        """Is the word at ``k`` of a Title Case headline an ordinary word the text writes only
        in small letters, though some place is called so ("Lima" in "Banjir Rendam Lima
        Kecamatan" where the text has "lima kecamatan"), or a number counting the next word
        ("Lima Rumah Terbakar" with no text below)?"""
        word = self.words[k]
        if self._counted_in_headline(k):
            return True
        return self.ctx.written_in_lowercase(word) and word not in self.ctx.cap_counts

    def _counted_in_headline(self, k: int) -> bool:
        """Is the word at ``k`` of an Indonesian headline a number word counting the next
        one ("Lima Rumah Terbakar", "Tumbuh Lima Persen"), not the city called so?"""
        return (
            not self.ctx.english
            and self.words[k].lower() in _ID_COUNT_WORDS
            and k + 1 < self.n
            and self.capitalised[k + 1] == 1
            and not self._headline_verb(k + 1)
        )

    def _as_written_elsewhere(self, found: _Candidate) -> None:
        """A name in a line in capitals ("SELES") stands for the same name written in the
        text ("Seles"): its words become those, and its label weak, so that the label of
        that mention wins when harmonising (an all-caps word only looks like an acronym)."""
        capitals = found.words
        found.words = self._as_written(capitals)
        found.strength = min(found.strength, CUED)
        if found.label == "ORG" and found.words != capitals:
            # "SUTEJO" over "Sutejo": an organisation by its capitals alone, so the words as
            # written decide, weakly (a person's name must not take the label of a shape)
            self._stand_for(found, found.words)
        if len(found.words) == 1 and found.words not in self.ctx.runs:
            # "FOREST" where the text only writes "Nottingham Forest": that name.
            written = self.ctx.written_names().get((found.words[0].lower(),))
            if written is not None:
                self._stand_for(found, written)

    def _as_written(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """Words of a line in capitals as the text writes them ("SELES" → "Seles")."""
        seen = self.ctx.mid_capitalised
        return tuple(w if w in seen else w.title() for w in words)

    @staticmethod
    def _stand_for(found: _Candidate, written: tuple[str, ...]) -> None:
        """Make a name in a line in capitals stand for ``written``, a name the text writes
        in small letters: its words, and a label from those words alone (the capitals look
        like acronyms), weak so that the text's mention decides when harmonising."""
        label = _gazetteer_label(written) or _label_by_form(written)
        found.words = written
        found.label, found.strength = (label, CUED) if label else ("PER", DEFAULT)

    def _headline_evidence(self, k: int, *, first: bool = True) -> bool:
        """Is the headline word at ``k`` a name, or (``first`` False) the next word of one?"""
        word = self.words[k]
        if self.shouting:
            named = word.title() in self.ctx.mid_capitalised or word in self.ctx.mid_capitalised
            return named and not (first and self._ordinary_word_in_capitals(k))
        if k + 1 < self.n and self._title_starts_at(k + 1):
            # "KPK Tahan Mantan Kepala Dinas": a verb before a title, unless the text names
            # the word elsewhere ("Tesla CEO Elon Musk").
            return word in self.ctx.cap_counts or self._gaz(k, k + 1) is not None
        if not first:
            return self._initial_evidence(k, k + 1)
        if len(word) > 1 and _ROMAN_NUMERAL.fullmatch(word):
            return False  # "Laba Naik pada Kuartal III" over "kuartal III 2024": no name
        # A name starts with a word named mid-sentence elsewhere as a name of its own or the
        # start of one ("Trump", "Donald Trump"), not only as the end of a longer one
        # ("Council" of "Bristol City Council"), or known otherwise.
        # Or a word that followed a place or organisation head mid-sentence ("Banyumas" of
        # "Polresta Banyumas"), unless the text writes it in small letters too ("Batik" of
        # "Museum Batik" over "pameran batik": "Pameran Batik Pesisir" names nothing).
        return (
            word in self.ctx.run_starts
            or (
                (word,) in self.ctx.known
                and word in self.ctx.cap_counts
                and not self.ctx.written_in_lowercase(word)
            )
            or self._initial_evidence(k, k + 1, seen=False)
            or word in self.ctx.surnames()  # "Obama Endorses Harris" over "Kamala Harris"
            or (self.words[k - 1] == "di" and self._place_after_di(k))
        )

    def _place_after_di(self, k: int) -> bool:
        """Does the word at ``k`` of an Indonesian Title Case headline, after "di" (which
        such a headline writes in small letters), open a place's name ("Koruptor Dana Desa
        di Lombok Divonis …")? Not a noun that says where without naming a place ("di
        Tengah Pandemi"), a headline verb, nor a word the text writes in small letters."""
        word = self.words[k]
        low = word.lower()
        return not (
            self.ctx.english
            or low in FUNCTION_WORDS
            or low in WHERE_NOUNS
            or low in CALENDAR_WORDS
            or self.ctx.written_in_lowercase(word)
            or self._headline_verb(k)
        )

    def _ordinary_word_in_capitals(self, k: int) -> bool:
        """Is the word at ``k`` of a line in capitals one the text writes in small letters,
        and capitalised only inside longer names that do not start here ("BILL" of "SENATE
        PASSES WELFARE BILL" over "the bill" and "Bill Clinton")? Then it is that ordinary
        word."""
        written = self.words[k].title()
        if written.lower() in _ARTICLES or (written,) in self.ctx.runs:
            return False  # "THE" of "THE OVAL" over "The Oval"
        if not self.ctx.written_in_lowercase(written):
            return False
        return not self._written_name_at(k, self.n)

    def _written_name_at(self, k: int, b: int) -> tuple[str, ...]:
        """The longest name of two words or more that the text writes in small letters and
        the line in capitals has at ``k`` ("TOUR DE FRANCE" for "Tour de France"), or ()."""
        names = self.ctx.written_names()
        lowered = tuple(w.lower() for w in self.words[k : min(b, k + 4)])
        for m in range(len(lowered), 1, -1):
            name = names.get(lowered[:m])
            if name is not None:
                return name
        return ()
