"""Step 1 of the package docstring: where runs of name words start and end.

The bottom layer of the sentence reader (see the package docstring for the layers)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.analysis import gazetteer
from reader.analysis.candidate import Candidate as _Candidate
from reader.analysis.doc import SentenceTokens, Token
from reader.analysis.entities.lexicon import (
    _ADDRESSES_IN_FIRMS,
    _ADJECTIVE_TITLES,
    _APPOSITION_DETERMINERS,
    _APPOSITION_KINDS,
    _APPOSITION_LINKS,
    _APPOSITION_STOPS,
    _BODY_ADJECTIVES,
    _BRACKETED_FACTIONS,
    _BRACKETED_LEGAL_FORMS,
    _CAPITAL_LINKS,
    _COMPANY_FORMS,
    _COMPASS,
    _ELECTIONS,
    _FIELD_LINKS,
    _FIELDS_AMONG_TAILS,
    _FUNCTION_WORDS_ENDING_NAMES,
    _FUNCTION_WORDS_IN_NAMES,
    _HEADS,
    _HOME_NATIONS,
    _HONORIFICS,
    _HONOURS,
    _HOSPITAL_HEADS,
    _INDONESIAN_WORD_BRANDS,
    _INNER_MARKS,
    _JAVANESE_NOBLES,
    _KIND_WORDS,
    _LOWERCASE_LEGAL_FORMS,
    _MONTH_SURNAMES,
    _NAME_TAILS,
    _ORDINAL_ENDINGS,
    _ORDINAL_NAME_WORDS,
    _ORGANISATION_NOUNS,
    _PARTY_ADJECTIVES,
    _PARTY_WORDS,
    _POSSESSED_INSTITUTIONS,
    _PRINTED_WORKS,
    _PURPOSE_NAMED_HEADS,
    _RAMADAN_SURNAMES,
    _REGNAL_NUMERALS,
    _SAINTS,
    _SCHOOL_HEADS,
    _SEAT_NOUNS,
    _SECTORS,
    _SENTENCE_ENDS,
    _STATION_BODIES,
    _STOCK_WORDS,
    _SUBJECT_BODY_TAILS,
    _SUBUNIT_HEADS,
    _TITLED_OFFICES,
    _TITLES_AMONG_GIVEN_NAMES,
    _TITLES_INSIDE_NAMES,
    _WEB_ENDINGS,
    _WEEKDAYS,
)
from reader.analysis.entities.shapes import (
    _ROMAN_NUMERAL,
    _gazetteer_label,
    _gazetteer_label_of,
    _gazetteer_place,
    _is_acronym,
    _is_country,
    _is_initials,
    _is_possessive,
    _is_region,
    _is_role_noun,
    _is_sector_body,
    _may_start_gazetteer_name,
)
from reader.analysis.entities.word_bits import (
    _ALPHA_FIRST,
    _CAPITALISED,
    _FLAG_TABLES,
    _HEAD_WORD,
    _JOINS_RUN,
    _LINKS_LIST,
    _MORE_BITS,
    _NAME_WORD,
    _NUMBERED_HEAD,
    _POSSESSIVE,
    _TITLE_START,
    _WORD_BITS,
    _initial_positions,
)
from reader.analysis.model import EntityLabel
from reader.analysis.name_cues import (
    CHURCH_BODY_WORDS,
    EVENT_HEADS,
    EVENT_TAILS,
    FUNCTION_WORDS,
    GENERATIONS,
    GIVEN_NAMES,
    LAW_CODES,
    LAW_HEADS,
    LAW_NUMBER_WORDS,
    LETTER_TAKERS,
    NAME_PARTICLES,
    NAME_POSSESSORS,
    NUMBERED_UNIT_HEADS,
    OF_JOINERS,
    ON_JOINERS,
    ORG_CONTEXT,
    ORG_HEADS,
    ORG_TAILS,
    PLACE_HEADS,
    PUBLIC_BODY_WORDS,
    SCHOOL_LEVELS,
    WORK_NOUNS,
    WORK_NOUNS_PLURAL,
    abbreviates,
    looks_like_common_noun,
)
from reader.analysis.predicates import headline_verb_strength
from reader.analysis.titles import (
    INITIALS_LIKE_ADDRESSES,
    TITLE_EXTENSIONS,
    TITLE_HEADS,
    TITLE_PREFIXES,
    is_title_word,
    match_title,
)

if TYPE_CHECKING:
    from reader.analysis.entities.context import _DocContext

#: Styles a judge or mayor is addressed by, which stand for a person without naming one
#: right after "His", "Her" or "Your" ("Her Honour said", "Your Honor, I object") but are a
#: name's word elsewhere ("Medal of Honour", "Honour Blackman").
_STYLES_AFTER_POSSESSIVE = frozenset(("Honour", "Honor", "Worship"))
#: The possessives before such a style.
_STYLE_POSSESSIVES = frozenset(("His", "Her", "Your", "his", "her", "your"))
#: Letters written after a name that are a name's word elsewhere: an honour ("Ann Lee CBE",
#: but "was appointed CBE", MISC) and an Irish member's seat ("Fianna Fáil TD Mary Byrne",
#: "Mary Byrne TD", but "TD Garden", "TD Bank").
_AFTER_NAMES = _HONOURS | frozenset(("TD", "TDs"))
#: Words that name no one in some places (see :meth:`_RunReader._styles_unnamed`).
_UNNAMED_SOMETIMES = _STYLES_AFTER_POSSESSIVE | _AFTER_NAMES
#: Initials that spell a time of day ("10 AM"), and so are no name word alone, but open a
#: person's name before a capitalised word with no number before them: "AM Hendropriyono",
#: "AM Fatwa" (Abdul Mahmud, Andi Mappetahang).
_INITIALS_LIKE_TIMES = frozenset({"AM"})


def _is_short_title(text: str, sent: SentenceTokens, words: tuple[str, ...]) -> bool:
    """Is ``sent`` a short Title Case title: the text's first line, standing alone, with at
    least two of its words written in small letters elsewhere ("Harga Beras Naik" over a text
    that writes "harga" and "naik")? Short titles are common in news, but three capitalised
    words standing alone are as often a name ("Siti Nurbaya Bakar" over a biography), unless
    the second is a headline's verb (see :func:`_verb_second`)."""
    if text[: sent.start].strip() or text[sent.end : sent.end + 1] not in ("\n", ""):
        return False
    if _verb_second(words):
        return True  # "Ministers Back Plan", "Vaksinasi Dimulai Serentak"
    rest = text[sent.end :]
    lowercase = sum(
        1 for w in words if w.isalpha() and re.search(rf"\b{re.escape(w.lower())}\b", rest)
    )
    return lowercase >= 2


def _title_case_with_small_words(words: tuple[str, ...], capital: int) -> bool:
    """Is a line of three capitalised words or more Title Case, every word capitalised but
    small function words ("United Nations Warns of Famine in Gaza", "Apple Unveils New
    iPhone at Cupertino Event")? A sentence has lowercase words of other kinds too. (Only
    asked of lines that end without a full stop.)"""
    if capital < 3:
        return False
    # (A word with a capital anywhere counts as capitalised: "iPhone".)
    return all(w in FUNCTION_WORDS or not w.islower() for w in words if w[:1].isalpha())


def _verb_second(words: tuple[str, ...]) -> bool:
    """Is the second of two or three words a headline's verb, in either language
    ("Ministers Back Plan", "Vaksinasi Dimulai Serentak", "Markets React")? A name's second
    word seldom is ("Siti Nurbaya Bakar" has its verb-like word last)."""
    if len(words) not in (2, 3) or words[1] in GIVEN_NAMES:
        return False
    nxt = words[2] if len(words) == 3 else ""
    return (
        headline_verb_strength(words[1], "id") == 2
        or headline_verb_strength(words[1], "en", words[0], nxt) == 2
    )


def _is_subhead(text: str, sent: SentenceTokens, words: tuple[str, ...]) -> bool:
    """Is ``sent`` a subhead of two or three words: a line of its own after the text's first
    line, with its verb second ("Markets React") or a word the text writes in small letters
    ("Tanggapan Ibu" over "ibu korban")? Without either a short line is as often a name: a
    byline, a caption ("Sarah Jones")."""
    before = text[: sent.start].rstrip(" \t")
    if not before or before[-1] != "\n" or text[sent.end : sent.end + 1] not in ("\n", ""):
        return False
    if _verb_second(words):
        return True  # "Markets React", "Warga Mengungsi"
    lows = [w.lower() for w in words if w.isalpha()]
    return any(low in text and re.search(rf"\b{re.escape(low)}\b", text) for low in lows)


#: What may follow the number that ends a school's name after its village ("SD Negeri
#: Cibanteng 02, …", "SDN Sukamaju 1 di Garut"), where a count would have its noun.
_AFTER_SCHOOL_NUMBER = frozenset(
    (",", ".", ";", ":", ")", "di", "dan", "serta", "yang", "itu", "ini", "tersebut")
)


def _members_own_body(possessor: str, nxt: str) -> bool:
    """Does ``possessor``, written before "'s", name the members of the body whose name goes
    on with ``nxt``: a listed one ("Women's Institute", "People's Party") or any
    people-noun in "-men" before a body's last word ("International Longshoremen's
    Association", "Firemen's Union"), but not a place ("Yemen's Houthis")?"""
    low = possessor.lower()
    return low in NAME_POSSESSORS or (
        low.endswith("men") and nxt.lower() in ORG_TAILS and gazetteer.lookup(possessor) is None
    )


class _RunReader:
    """The bottom layer: one sentence's words as the rules see them, and step 1, where a
    run of name words starts and ends.

    Each layer above adds the rules of one concern and may call only the layers below it, so
    that each module can be read on its own. Methods take token indexes into the sentence:
    ``[a, b)`` is a run, ``k`` one word."""

    def __init__(self, text: str, sent: SentenceTokens, ctx: _DocContext) -> None:
        """Read what the sentence looks like; the document context ``ctx`` is gathered from
        all the sentences' readers before any of them looks for names."""
        self.text = text
        self.toks: list[Token] = sent.tokens
        #: The words, a tuple, so that a slice of it is a name's words as they are kept.
        self.words = words = tuple([t.text for t in sent.tokens])
        #: What each word is (see :func:`_word_bits`), one byte per word.
        self.bits = bits = bytes(map(_WORD_BITS.__getitem__, words))
        self.ctx = ctx
        self.n = len(words)
        #: Whether each word may be (part of) a name, 1 or 0 (see :func:`_is_name_word`).
        self.caps = bits.translate(_FLAG_TABLES[_NAME_WORD])
        if not _UNNAMED_SOMETIMES.isdisjoint(words):
            self.caps = self._styles_unnamed()
        named_initials = not _INITIALS_LIKE_TIMES.isdisjoint(words)
        if named_initials:
            self.caps = self._initials_named()
        #: Whether each word starts with a capital letter, 1 or 0.
        self.capitalised = capitalised = bits.translate(_FLAG_TABLES[_CAPITALISED])
        #: Indexes where capitals prove nothing (sentence or quotation starts).
        self.initial = _initial_positions(bits)
        alpha = bits.translate(_FLAG_TABLES[_ALPHA_FIRST]).count(1)
        capital = capitalised.count(1)
        #: A line in capitals ("JAPAN GET LUCKY WIN"): every word looks like an acronym.
        self.shouting = False
        if alpha >= 4 and capital > 0.75 * alpha:
            # Words in capitals that start with a letter (never more than the capitalised).
            upper = sum(1 for w in words if w[:1].isalpha() and w.isupper())
            self.shouting = upper > 0.75 * alpha
        #: A Title Case Headline (most words capitalised and no full stop at the end: a
        #: sentence full of names has one), so capitals prove nothing; or a shouting line.
        #: (A line of names with their countries in brackets is a list, not a headline.)
        #: (The tests of the text around a short line come last: they are the costly ones.)
        self.headline = self.shouting or (
            alpha >= 2
            and words[-1] not in _SENTENCE_ENDS
            and "(" not in words
            and (capital > 0.75 * alpha or _title_case_with_small_words(words, capital))
            and not self._many_numbers()
            and not self._scored_names()
            and (
                alpha >= 4
                or (alpha == 3 and _is_short_title(text, sent, words))
                or (alpha in (2, 3) and _is_subhead(text, sent, words))
            )
        )
        #: Whether the last title governs a place ("Bupati", "Governor"), so that its
        #: complement is a place: "Bupati Sidoarjo Ahmad Muhdlor Ali".
        self.place_title = False
        #: Whether the last title is a rank ("Kombes", "Brigjen TNI"): the run after it is
        #: the person alone, never an office and a person.
        self.rank_title = False
        #: Whether the last title is an Indonesian office of one person in the land
        #: ("Jaksa Agung"): capitals after it are the holder's initials, no body.
        self.sole_office = False
        #: Whether some word that opens no name elsewhere is a name word here, so that runs
        #: start at the name-word flags too: a capitalised function word ("Dan" in English;
        #: known once the document context is) or initials spelling a time ("AM
        #: Hendropriyono").
        self.names_among_function_words = named_initials

    def _styles_unnamed(self) -> bytes:
        """The name-word flags with a style after a possessive ("Her Honour") and an honour
        or seat after a name ("Sir Bobby Charlton CBE", "Fianna Fáil TD") unset: the style
        names no one and the letters end the name before them (alone, "was appointed
        CBE", or after a possessive, "Toronto's TD Bank", they are left as they are)."""
        caps = bytearray(self.caps)
        words = self.words
        for k in range(1, self.n):
            word = words[k]
            if (word in _STYLES_AFTER_POSSESSIVE and words[k - 1] in _STYLE_POSSESSIVES) or (
                word in _AFTER_NAMES and caps[k - 1] and not _is_possessive(words[k - 1])
            ):
                caps[k] = 0
        return bytes(caps)

    def _initials_like_address(self, k: int) -> bool:
        """Is the word at ``k`` a form of address written in capitals in a line that is not
        all capitals ("berinisial AR, MS dan TW"): initials, no "Ms"?"""
        word = self.words[k]
        return (
            not self.shouting
            and len(word) > 1
            and word.isupper()
            and word.lower() in INITIALS_LIKE_ADDRESSES
        )

    def _initials_named(self) -> bytes:
        """The name-word flags with initials that spell a time of day set where they open
        a name: before a name word and after no number ("AM Hendropriyono"; not "10 AM
        Eastern")."""
        caps = bytearray(self.caps)
        words = self.words
        for k in range(self.n - 1):
            if (
                words[k] in _INITIALS_LIKE_TIMES
                and caps[k + 1]
                and words[k + 1][1:].islower()
                and not (k and words[k - 1][:1].isdigit())
            ):
                caps[k] = 1
        return bytes(caps)

    def _many_numbers(self) -> bool:
        """Three numbers or more: a row of a table or results ("Phil Mickelson 67 68 , Billy
        Mayfair 69 66"), not a headline."""
        return sum(t.upos == "NUM" for t in self.toks) >= 3

    def _scored_names(self) -> bool:
        """A row of a leaderboard: a score, then the names that share it ("66 Phil
        Mickelson , Billy Mayfair"), not a headline."""
        return self.toks[0].upos == "NUM" and "," in self.words

    def _title_opens_place(self, i: int, t_end: int) -> bool:
        """Is the title at ``[i, t_end)`` the start of a listed place ("Raja Ampat")?"""
        return (
            not self.ctx.english
            and self.words[i] in gazetteer.first_words()
            and self._gazetteer_length(i, min(self.n, t_end + 2)) > t_end - i
        )

    def _team_label(self, a: int, b: int) -> EntityLabel | None:
        """Label of a name in a sports table or results line: a country or region is a
        place (its national team), a name with a town or region in it a club ("Hamburg", "Bayern
        Munich"); None when no place is named (a player's name)."""
        words = self.words[a:b]
        whole = gazetteer.lookup_in_any_case(" ".join(words))  # "BALTIMORE 69 62", "LIVERPOOL SIGN"
        if whole is not None and whole.key.startswith("venue:"):
            return None  # "at Highbury": the ground, not a team
        if whole is None and words[0].lower() in _COMPASS and _is_country(" ".join(words[1:])):
            return "LOC"  # "Western Samoa"
        if whole is not None and (
            whole.key.startswith(("country:", "region:")) or whole.key in _HOME_NATIONS
        ):
            return "LOC"  # (a region: "West Indies" in cricket, "Europe" in golf)
        if whole is not None or any(gazetteer.lookup(w) is not None for w in words):
            return "ORG"
        return None

    # -- step 1: runs -----------------------------------------------------------------------

    def _ends_organisation(self, k: int) -> bool:
        """Is ``words[k]`` the last word of an organisation name ("League" in "Premier
        League club", "Motors" in "General Motors said")?"""
        last = k + 1 == self.n or not self.caps[k + 1]
        return last and self.words[k].lower() in ORG_TAILS

    def _title_opens_organisation(self, i: int, t_end: int) -> bool:
        """Is the title at ``[i, t_end)`` the first word of an organisation or event name
        instead ("Premier League club", "General Motors said", "Major League Baseball", "the
        Queen Anne Stakes")? Not a body's head with its own name after "of", the office
        of its chief ("Secretary of the Department of Homeland Security Kristi Noem")."""
        if (
            self._ends_organisation(t_end) and self.words[t_end + 1 : t_end + 2] != ("of",)
        ) or self._event_named_from(t_end):
            return True
        return t_end == i + 1 and self._adjective_opens_organisation(i)

    def _adjective_opens_organisation(self, i: int) -> bool:
        """Does a title word or another adjective (see _BODY_ADJECTIVES) open an
        organisation's name at ``i`` ("Major League Baseball", "General Motors", "Supreme
        Court of Canada"), even at a sentence's start?"""
        low = self.words[i].lower()
        return (
            (low in _ADJECTIVE_TITLES or low in _BODY_ADJECTIVES)
            and i + 1 < self.n
            and self.words[i + 1].lower() in ORG_TAILS
        )

    def _event_named_from(self, k: int) -> bool:
        """Are the capitalised words from ``k``, up to three and no more, the end of an
        event's name ("Anne Stakes" of "Queen Anne Stakes"; not "Direktur Utama Mandalika
        Grand Prix Association Priandhi Satria": a title, a body and a person)?"""
        end = k
        while end < self.n and self.caps[end]:
            end += 1
        return 0 < end - k <= 3 and self.words[end - 1].lower() in EVENT_TAILS

    def _title_starts_at(self, k: int) -> bool:
        if not self.bits[k] & _TITLE_START:
            return False
        end = match_title(self.words, k)
        if self.words[k] in _TITLES_AMONG_GIVEN_NAMES and self._given_name_not_title(k, end):
            return False  # "Ketua Umum PBVSI Imam Sudjarwo"
        if self._generation_at(end):
            return False  # "Martin Luther King Jr.": a surname
        return (
            k < end < self.n
            and bool(self.caps[end])
            and not self._title_opens_organisation(k, end)
            and not self._title_opens_place(k, end)  # "Dinas Pariwisata Raja Ampat Yusdi"
        )

    def _portfolio_ends_body(self, i: int, j: int) -> bool:
        """In English, is the capitalised word at ``j``, inside a run from ``i`` that names
        no place, a portfolio before a title in small letters ("Cal Fire spokesperson Dana
        Ruiz", "Acme Energy chief executive")? Then it ends the body's name, as the press
        capitalises the whole title when the portfolio opens it ("California Health
        Secretary"); a place before it keeps the portfolio in the title ("Texas Health
        commissioner")."""
        if not self.ctx.english:
            return False
        words = self.words
        end = match_title(words, j)
        return (
            end > j + 1
            and words[j].lower() not in TITLE_HEADS
            and all(word[:1].islower() for word in words[j + 1 : end])
            and self._gaz(i, j) != "LOC"
            and not gazetteer.is_demonym(words[j - 1])
        )

    def _body_end_before_holder(self, j: int, k: int) -> int:
        """End of the capitalised words ``[j, k)`` after "and" inside a body's name, where a
        person's name of two or three words may follow the body's last word ("National
        Aeronautics and Space Administration Sean Duffy" after a title): past that last
        word; else ``k``."""
        words = self.words
        if words[k - 1].lower() in ORG_TAILS:
            return k  # "Cardiff and Vale University Health Board": the body's last word
        for end in (k - 2, k - 3):
            if end > j and words[end - 1].lower() in ORG_TAILS:
                return end
        return k

    def _generation_at(self, k: int) -> bool:
        """Is the word at ``k``, right after a title's word, a generation ("Jr.", "Sr.")?
        Then that word is a surname, no title: "Martin Luther King Jr."; not a unit's
        numeral before its name ("Pangdam IV/Diponegoro")."""
        return (
            k < self.n
            and self.words[k].lower().rstrip(".") in GENERATIONS
            and self.words[k + 1 : k + 2] != ("/",)
        )

    def _prefixed_title(self, k: int) -> bool:
        """Does an English title start at ``k`` with a word that only qualifies its head
        ("Majority" of "Senate Majority Leader John Thune")? Such a word is no member noun
        of the body before it, as "Dokter" of "Ikatan Dokter Indonesia" is."""
        low = self.words[k].lower()
        return self.ctx.english and low in TITLE_PREFIXES and low not in TITLE_HEADS

    def _holder_after_member_title(self, k: int) -> bool:
        """Does the English title at ``k``, right after a body's head word, introduce a
        person's name of up to three words ("Police Chief Dana Ruiz", "Police Chief
        Ruiz")? Then the title is that person's office, not a member noun inside the body's
        name ("Ikatan Dokter Indonesia", "Police Executive Research Forum": a body's last
        word ends it)."""
        if not self.ctx.english:
            return False
        words, caps = self.words, self.caps
        start = end = match_title(words, k)
        while end < self.n and caps[end]:
            end += 1
        return (
            1 <= end - start <= 3
            and self._gaz(start, start + 1) is None
            and not any(
                word.lower() in _NAME_TAILS or word.lower() in ORG_CONTEXT  # "… Magazine"
                for word in words[start:end]
            )
            and not (end - start == 1 and self.ctx.written_in_lowercase(words[start]))
        )

    def _office_starts_at(self, k: int) -> bool:
        """Does a title of an organisation start at ``k``, its body's head word right after
        it ("… Daerah dan Sekretaris Jenderal Kementerian Dalam Negeri")? Not a title's word
        that names a place: "Candi Borobudur, Prambanan, dan Ratu Boko"."""
        if not self.bits[k] & _TITLE_START:
            return False
        end = match_title(self.words, k)
        return k < end < self.n and self.words[end].lower() in ORG_HEADS

    def _given_name_not_title(self, k: int, end: int) -> bool:
        """Is the title word at ``k`` (ending at ``end``) a given name, with one name word
        after it and no more ("Imam Sudjarwo", not "Imam Masjid Istiqlal Nasaruddin Umar")?"""
        caps, n = self.caps, self.n
        return end == k + 1 < n and bool(caps[end]) and not (end + 1 < n and caps[end + 1])

    def _number_inside_place(self, i: int) -> bool:
        """Does the number after the place head at ``i`` belong to the place's name, as a
        capitalised word that is no head of its own follows it ("Pasar 16 Ilir", "Jalan 17
        Agustus"; not "Terminal 3 Bandara Soekarno-Hatta")?"""
        words = self.words
        after = words[i + 2]
        return (
            words[i].lower() in PLACE_HEADS
            and bool(self.caps[i + 2])
            and after.lower() not in _HEADS
            and not after.isupper()
        )

    def _ordinal_opens_run(self, i: int, end: int) -> bool:
        """Does a digit ordinal right before the run ``[i, end)`` (two tokens, "7" and "th")
        belong to its name, as the run names a numbered circuit, district, unit or amendment
        ("the 7th Circuit", "the 12th Congressional District", "the 82nd Airborne Division";
        not "his 15th Grand Slam")?"""
        if i < 2 or self.words[i - 1] not in _ORDINAL_ENDINGS or not self.words[i - 2].isdigit():
            return False
        return self.toks[i - 2].end == self.toks[i - 1].start and any(
            w.lower() in _ORDINAL_NAME_WORDS for w in self.words[i:end]
        )

    def _listed_through(self, i: int, j: int) -> bool:
        """Does a name the gazetteer lists start at ``i`` and take the word at ``j`` in,
        a title word that would end the run ("Kantor Staf Presiden")?"""
        last = min(self.n, i + gazetteer.MAX_NAME_TOKENS)
        return any(self._gaz(i, m) is not None for m in range(j + 1, last + 1))

    def _run_end(self, i: int) -> int:
        """Index just past the run of name words starting at ``i``."""
        words, caps, n = self.words, self.caps, self.n
        # A place's name may open with a title or a function word: "Bandara Sultan
        # Hasanuddin", "Jalan Jenderal Sudirman", "Stadion Si Jalak Harupat".
        head_run = bool(self.bits[i] & _HEAD_WORD)
        joined = False  # whether an "of" or "for" joined the run already
        more = _MORE_BITS  # (looked up by word: most runs end at their first word or two)
        # What words, besides name words and possessives, may go on the run.
        joins = _JOINS_RUN
        if head_run and words[i].lower() in ORG_HEADS:
            joins |= _LINKS_LIST
        j = i + 1
        if head_run and j + 1 < n and words[j].isdigit() and self._number_inside_place(i):
            j += 2  # "Pasar 16 Ilir", "Kelurahan 8 Ilir": a number inside a place's name
        while j < n:
            if not (caps[j] or more[words[j]] & joins or more[words[j - 1]] & _POSSESSIVE):
                if words[j][:1].isdigit() and self._gaz(i, j + 1) == "ORG":
                    j += 1  # "Racing 92", "Schalke 04": a club's number, part of its name
                    continue
                if words[j] in _FIELD_LINKS and self._field_inside_name(j, joined):
                    j += 1  # "Treaty on European Union", "Nobel Prize in Literature"
                    continue
                if words[j] == "," and j == i + 1 and (end := self._partners_firm_end(j)) > j:
                    j = end  # "Wachtell, Lipton, Rosen & Katz": one firm of its partners
                    continue
                if words[j] != "di" or not self._place_inside_name(i, j):
                    break  # the usual end: an ordinary word or a mark
                j += 1  # "Gereja Masehi Injili di Minahasa (GMIM)": its place in its name
                continue
            if more[words[j - 1]] & _POSSESSIVE:
                if not self._possessive_inside_name(j):
                    break
                if words[j] in ("of", "and"):
                    j += 1  # "Lloyd's of London", "Guy's and St Thomas'"
                j += 1
                continue
            if caps[j]:
                if j == i + 1 and words[i].lower() in _ELECTIONS and self._place_at(j):
                    break  # "Pilkada Kabupaten Bogor": the election, then where it is held
                # A title word right after an organisation head names the members, not a
                # person: "Ikatan Dokter Indonesia", "RSUP Dr Sardjito"; an honorific goes
                # on with the name of the person a place is named after.
                if (
                    self._title_starts_at(j)
                    and not (
                        head_run
                        and (
                            (
                                j == i + 1
                                and not self._prefixed_title(j)
                                and not self._holder_after_member_title(j)
                            )
                            or self._honoured_at(i, j)
                        )
                    )
                    # "Data Stasiun Meteorologi Sultan Hasanuddin menunjukkan …": the place's
                    # head after the sentence's first word
                    and not (i in self.initial and j > i + 1 and self._honoured_at(i + 1, j))
                    # "BMKG Sultan Hasanuddin": a weather station named after its airport's hero
                    and not (words[j - 1] in _STATION_BODIES and words[j].lower() in _HONORIFICS)
                    and words[j - 1] not in _JAVANESE_NOBLES  # "Raden Mas Said"
                    # "PT Sinar Mas Multifinance": "Mas" (gold) in a company's name
                    and not (words[i] in _COMPANY_FORMS and words[j] in _ADDRESSES_IN_FIRMS)
                    and not (
                        words[j] in _TITLES_INSIDE_NAMES
                        # "Ketua PWNU Jawa Timur Abdul Hakim Mahfudz": a given name before
                        and (not head_run or words[j - 1] in GIVEN_NAMES)
                    )
                    and not self._portfolio_ends_body(i, j)
                    and not self._listed_through(i, j)  # "Kantor Staf Presiden Moeldoko"
                ):
                    break
                if (
                    head_run
                    and j == i + 1
                    and self.bits[j] & _TITLE_START
                    and (end := match_title(words, j)) > j + (words[i] not in _TITLED_OFFICES)
                ):
                    # "Kantor Perdana Menteri Israel": the members' title of several words,
                    # all of them (its own head "Menteri" opens no holder's title inside the
                    # body), or the one title an office is named for ("Kantor Presiden");
                    # only the place the office serves goes on with it, a name after it is
                    # the holder's ("Kantor Perdana Menteri Malaysia Anwar Ibrahim")
                    while j < end and caps[j]:
                        j += 1
                    if j < n and caps[j] and not self._place_at(j):
                        break
                    if place := self._gazetteer_length(j, n):
                        j += place
                        if j < n and caps[j]:
                            break
                    continue
                j += 1
                continue
            if head_run and self._honoured_at(i, j) and j + 1 < n and caps[j + 1]:
                j += 1  # "RSUD dr. Zainoel Abidin"
                continue
            if (
                words[j] in _FUNCTION_WORDS_IN_NAMES
                and not self.ctx.english
                and j + 1 < n
                and caps[j + 1]
            ):
                j += 1  # "Irjen Ribut Hari Wibowo": "Hari" (day) inside a name
                continue
            if (
                words[j] in _FUNCTION_WORDS_ENDING_NAMES
                and not self.ctx.english
                and (head_run or words[j - 1].lower() in EVENT_HEADS)
            ):
                j += 1  # "bagian Penyakit Dalam": internal medicine, not "in"
                continue
            if words[j] == "I" and not self.ctx.english:
                j += 1  # "Gedung Nusantara I", "Perang Dunia I": a numeral, no pronoun
                continue
            if self._weekday_in_place_name(j):
                j += 1  # "Pasar Minggu", "Pasar Rebo": a market named after its day
                continue
            if words[j] in _INNER_MARKS:
                if words[j] == "'s" and self._split_possessive_inside_name(j):
                    j += 2  # "Queen 's Club", as tokenised wire copy writes "Queen's Club"
                    continue
                if words[j] == "'s" and self._gaz(i, j + 1) is not None:
                    j += 1  # "Lord 's", a ground the gazetteer lists with its "'s"
                    continue
                if words[j] == "'" and self._plural_possessive_inside_name(j):
                    j += 1  # "St Thomas'", "St James' Park", "Taxpayers' Alliance"
                    continue
                if words[j] in _REGNAL_NUMERALS:
                    j += 1  # "John Paul II", "Gladiator II"
                    continue
            if _is_possessive(words[j]) and words[j][:-2] in _REGNAL_NUMERALS:
                j += 1  # "Charles III's speech": the numeral, and the owner's mark ends it
                break
            if self.capitalised[j] and self._gaz(i, j + 1) is not None:
                j += 1  # "Sheffield Wednesday": a listed name goes on with a calendar word
                continue
            if words[j] in _LOWERCASE_LEGAL_FORMS:
                j += 1  # "Shell plc": the company's legal form ends its name
                break
            if words[j] == "A" and words[j - 1].lower() in LETTER_TAKERS:
                j += 1  # "Serie A", "Group A": a letter, not the article
                continue
            if words[j] == "." and self._web_ending_at(j):
                j += 2  # "KOMPAS" "." "com"
                continue
            if words[j] == "(" and self._bracketed_legal_form_at(j):
                j += 3  # "(Persero)", a legal form inside the name
                continue
            if words[j] == "(" and self._bracketed_faction_at(i, j):
                j += 3  # "Janata Dal (United)": the faction ends the party's name
                break
            if words[j] == "(" and self._acronym_before_honoured_name_at(i, j):
                j += 3  # "Rumah Sakit Umum Daerah (RSUD) Dr. Soetomo": one hospital
                continue
            low = words[j].lower()
            if words[j] in _CAPITAL_LINKS and j + 1 < n and caps[j + 1] and not self.headline:
                j += 1  # "Movement Toward Socialism": a body named for its cause
                continue
            if head_run and self.capitalised[j] and j + 1 < n and caps[j + 1]:
                j += 1  # "Kementerian Dalam Negeri": a function word inside the name
                continue
            if (
                low == "untuk"
                and words[i].lower() in _PURPOSE_NAMED_HEADS
                and j + 1 < n
                and caps[j + 1]
            ):
                j += 1  # "Koalisi Masyarakat Sipil untuk Pemilu Bersih": the cause it serves
                continue
            if words[j] in _MONTH_SURNAMES and not (j + 1 < n and words[j + 1][:1].isdigit()):
                j += 1  # "Theresa May said", but not "in May 2024"
                continue
            if words[j].startswith("ke-") and self._edition_of_event(i, j):
                j += 1  # "Pesta Kesenian Bali ke-49": the edition is part of its name
                break
            if words[j] in _RAMADAN_SURNAMES and self._ramadan_surname_at(j):
                j += 1  # "Bayu Ramadhan", but not "Jelang Ramadhan" opening a sentence
                continue
            if low in NAME_PARTICLES:
                # "bin", "van der", "de la": particles, then a capitalised word.
                k = j
                while (
                    k < n
                    and k - j < 3
                    and (
                        words[k].lower() in NAME_PARTICLES
                        or (words[k] == "the" and k == j + 1 and self._article_in_name(j))
                    )
                ):
                    k += 1
                if k < n and caps[k]:
                    # "Bank of England", "Institute for Development of Economics": "of" or
                    # "for" after a word that takes one, then "of" once a name has taken one.
                    if (
                        low in ("of", "for")
                        and words[j - 1].lower() not in OF_JOINERS
                        and not (low == "of" and joined)
                        and not self._names_a_law(k)  # "Proceeds of Crime Act"
                        and not (
                            _is_acronym(words[j - 1])
                            and words[j - 1] not in _REGNAL_NUMERALS  # "Felipe VI of Spain"
                            and self._gaz(k, k + 1) == "LOC"
                        )
                        and self._gaz(i, k + 1) is None  # "Alternative for Germany": listed
                        and not (low == "for" and self._sector_serves_place(i, j, k))
                    ):
                        break
                    if low == "of" and (self._person_at(k) or self._leader_of_party(j, k)):
                        # "the National Party of F.W. de Klerk", "the Bangladesh Nationalist
                        # Party of Khaleda Zia": its leader
                        break
                    joined = joined or low in ("of", "for")
                    j = k
                    continue
            if low == "and" and j + 1 < n and self.capitalised[j + 1] and self._gaz(i, j + 2):
                j += 2  # "Slaughter and May": a listed name, its last word a month's too
                continue
            if low in ("and", "dan") and j + 1 < n and caps[j + 1]:
                # "National Disaster Risk Reduction and Management Council": "and" inside an
                # organisation name whose last word says so.
                k = j + 1
                while k < n and caps[k]:
                    k += 1
                if self.ctx.known.get(words[i:k]) == "LOC":
                    j = k  # "Harrowfield and Stainmoor", a constituency (_learn_constituency)
                    continue
                if (place_end := self._place_past_and(i, j, k)) > j:
                    j = place_end  # "Bosnia and Herzegovina", "Trinidad and Tobago"
                    continue
                if k - i == 3 and self._gaz(i, k) == "ORG":
                    j = k  # "Marks and Spencer": a company the gazetteer knows so
                    continue
                k = self._body_end_before_holder(j + 1, k)
                if self._subjects_of_body(i, j, k):
                    j = k  # "Food and Drug Administration"
                    continue
                if k < n and words[k] in _SEAT_NOUNS:
                    j = k  # "the Runcorn and Helsby seat": one constituency
                    continue
                if (
                    self.ctx.english
                    and (
                        words[k - 1] == "Party"
                        or (k < n and words[k] == "party" and words[i - 1 : i] == ("the",))
                    )
                    and self._gaz(i, j) is None  # "Labour and Conservative Party members"
                ):
                    j = k  # "the Law and Justice party", "the Peace and Freedom Party"
                    continue
                # Not when the part before "and" is a whole organisation already ("East
                # Ventures dan Modal Nusantara Capital").
                # Nor when a single word stands before it ("Alibaba and Tencent Holdings"),
                # unless two places are joined ("England and Wales Cricket Board"), or a place
                # and an area the gazetteer does not know before a body's longer name ("Cardiff
                # and Vale University Health Board").
                if (
                    (
                        words[k - 1].lower() in ORG_TAILS
                        and (
                            words[j - 1].lower() not in ORG_TAILS
                            # "Research and Development Authority": two fields of one body
                            or self._fields_before_body(j, k)
                        )
                        and (
                            (j - i > 1 and not self._two_firms_joined(j, k))
                            or self._gaz(j - 1, j) == self._gaz(j + 1, j + 2) == "LOC"
                            or (
                                k - j > 3
                                and self._gaz(j - 1, j) == "LOC"
                                and not _is_country(words[j - 1])
                                and self._gaz(j + 1, j + 2) is None
                            )
                            or looks_like_common_noun(words[j - 1])  # "Competition and Markets"
                        )
                        and not self._title_starts_at(j + 1)
                        and self._gaz(i, j) != "ORG"  # "Air China and China Eastern Airlines"
                        and not _is_sector_body(words[i:j])  # "Sport England and Transport for …"
                    )
                    or self._and_inside_name(i, j, joined)
                ):
                    j = k
                    continue
            if (
                low in _APPOSITION_LINKS
                and words[i].lower() in ORG_HEADS
                and words[j - 1].lower() not in ORG_TAILS
            ):
                # "Badan Meteorologi, Klimatologi, dan Geofisika": a listed organisation name.
                k = self._org_list_end(j)
                if k > j:
                    j = k
                    continue
            break
        if i in self.initial and j > i + 2 and words[i + 1] in SCHOOL_LEVELS:
            return self._school_end(j)  # "Murid SDN Kalisari 03 libur": the sentence's cap
        if not (more[words[i]] & _NUMBERED_HEAD or more[words[j - 1]] & _NUMBERED_HEAD):
            return j
        second = j == i + 2 or (j == i + 3 and words[i] in _COMPANY_FORMS)  # after "PT"
        if second and words[j - 1].lower() in NUMBERED_UNIT_HEADS:
            # "Markas Kodim 1710/Mimika": the unit's base; "KAI Daop 2 Bandung Kuswardojo",
            # "PT KAI Daop 6 Yogyakarta": the unit of a body, and maybe a name after it
            end = self._unit_number_end(j, j)
            return self._run_end(end) if j < end < n and caps[end] else end
        head = words[i].lower()
        if head in LAW_HEADS:
            return self._law_end(j)
        if head in NUMBERED_UNIT_HEADS and j <= i + 3:
            end = self._unit_number_end(i + 1, j)
            # "Yonif Raider 700/Wira Yudha Cakti", "Batalyon Infanteri Raider 200/Mahesa
            # Jaya": the unit's kind, then its number
            return end if end > j else self._unit_number_end(j, j)
        if words[i] in SCHOOL_LEVELS or words[j - 1] in SCHOOL_LEVELS:
            return self._school_end(j)
        return j

    def _article_in_name(self, j: int) -> bool:
        """May "the" after the joiner at ``j`` stay inside a name: after "of" ("Council of
        the EU"), or after "for" in English when a body's word stands before it and no
        place after it ("Forum for the Restoration of Democracy", "Centre for the Study of
        Islam"; not "won the Cup for the Netherlands")?"""
        low = self.words[j].lower()
        if low == "of":
            return True
        return (
            low == "for"
            and self.ctx.english
            and self.words[j - 1].lower() in OF_JOINERS
            and j + 2 < self.n
            and self._gaz(j + 2, j + 3) != "LOC"
        )

    def _place_at(self, j: int) -> bool:
        """Does a place's name open at ``j``: a place head ("Kabupaten", "Kota") or a place
        the gazetteer lists ("Jawa Barat", "DKI Jakarta")?"""
        if self.words[j].lower() in PLACE_HEADS:
            return True
        return self._gazetteer_label_at(j, self.n) == "LOC"

    def _field_inside_name(self, j: int, joined: bool) -> bool:
        """Does the "on" or "in" at ``j`` go on with the name before it, naming its field:
        "on" after a treaty's or committee's kind (ON_JOINERS: "Committee on Foreign
        Affairs"), "in" after a prize and before no place ("Nobel Prize in Physics", not
        "won the Booker Prize in London") or after a mission and before its country ("UN
        Mission in Somalia")? Or, once "of" or "for" ``joined`` the name, "in"
        before the wide region it serves after a subject of two parts that is no place or
        body ("Organisation for Security and Co-operation in Europe", not "Institute of
        Physics in Europe", "Bank of England in Europe" or "Department of Health and Social
        Care in Africa")."""
        if j + 1 == self.n or not self.caps[j + 1]:
            return False
        before = self.words[j - 1].lower()
        if self.words[j] == "on":
            # (a place after it is no field: "the Security Council on Syria")
            return before in ON_JOINERS and self._gaz(j + 1, j + 2) != "LOC"
        if self.words[j] == "at":
            return self._campus_at(j)
        if before == "prize":
            return self._gaz(j + 1, j + 2) is None
        if before == "mission":
            return self._gaz(j + 1, j + 2) == "LOC"  # "UN Mission in Somalia"
        if not joined or self.words[j - 2] != "and" or before in ORG_TAILS or self._gaz(j - 1, j):
            return False
        region = _gazetteer_place(self.words[j + 1 : j + 2])
        return region is not None and region.key.startswith("region:")

    def _campus_at(self, j: int) -> bool:
        """Does the "at" at ``j`` name the campus of a state university, a place after
        "University of" and a place ("University of Texas at El Paso"), part of its name?"""
        words = self.words
        for m in range(1, min(3, j - 2) + 1):  # the place before "at" ("North Carolina")
            if words[j - m - 2] == "University" and words[j - m - 1] == "of":
                return self._gaz(j - m, j) == "LOC"
        return False

    def _place_inside_name(self, i: int, j: int) -> bool:
        """Does the "di" at ``j`` and the place after it go on with the organisation or
        church whose name opens at ``i``? Only when its short form in brackets after the
        place reads the place too ("Gereja Masehi Injili di Minahasa (GMIM)", "Persekutuan
        Gereja-gereja di Indonesia (PGI)"), or a church names its country or region so
        ("Gereja Pantekosta di Indonesia", "Gereja Masehi Injili di Timor"); else "di" says
        where the body is ("Polres Bantul di Bantul")."""
        words, caps, n = self.words, self.caps, self.n
        head = words[i].lower()
        if self.ctx.english or not (head in ORG_HEADS or head == "gereja"):
            return False
        k = j + 1
        while k < n and caps[k] and k - j <= 2:
            k += 1
        if k == j + 1:
            return False
        if k + 2 < n and words[k] == "(" and words[k + 2] == ")":
            short = words[k + 1]
            return short[-1:].lower() == words[j + 1][:1].lower() and abbreviates(
                short, tuple(words[i:k])
            )
        if head != "gereja":
            return False
        if k == j + 2 and words[j + 1] == "Indonesia":
            return True
        # A denomination named by its faith alone names its region after "di": "Gereja
        # Masehi Injili di Timor" (but "Gereja Kristen Jawa di Klaten": one congregation).
        return (
            j > i + 1
            and words[j + 1].lower() not in PLACE_HEADS
            and all(word.lower() in CHURCH_BODY_WORDS for word in words[i + 1 : j])
        )

    def _weekday_in_place_name(self, j: int) -> bool:
        """Is the capitalised weekday at ``j`` part of a place named after a market day,
        right after the place's head ("Pasar Minggu", "Kelurahan Pasar Rebo")? Not when a
        date in brackets follows: "di Pasar Induk Minggu (12/3)"."""
        words = self.words
        return (
            not self.ctx.english
            and words[j].lower() in _WEEKDAYS
            and words[j - 1].lower() in PLACE_HEADS
            and not (j + 1 < self.n and words[j + 1] == "(")
        )

    def _person_at(self, k: int) -> bool:
        """Does a person's name start at ``k``: initials or a common given name and another
        name word ("F.W. de Klerk", "Nelson Mandela")?"""
        word = self.words[k]
        initials = _is_initials(word) and self._gaz(k, k + 1) is None  # not "U.S."
        return (
            (initials or word in GIVEN_NAMES)
            and k + 1 < self.n
            and (bool(self.caps[k + 1]) or self.words[k + 1].lower() in NAME_PARTICLES)
        )

    def _leader_of_party(self, j: int, k: int) -> bool:
        """Do the two or three capitalised words from ``k``, after "Party of" (the "of" at
        ``j``), name its leader rather than its land or creed ("Party of Khaleda Zia", not
        "Communist Party of China", "Party of European Socialists", "Party of Democratic
        Socialism"): none of them listed, a nationality or a party's adjective?"""
        words, caps = self.words, self.caps
        if not self.ctx.english or words[j - 1] != "Party":
            return False
        end = k
        while end < self.n and caps[end]:
            end += 1
        return 2 <= end - k <= 3 and not any(
            self._gaz(m, m + 1) is not None
            or gazetteer.is_demonym(words[m])
            or words[m] in _PARTY_ADJECTIVES
            or words[m].lower() in ORG_TAILS
            or words[m].endswith("ism")
            for m in range(k, end)
        )

    def _school_end(self, j: int) -> int:
        """Past the number and place that end a school's name, the run up to ``j`` holding
        its level: "SD Negeri 071 Hilimaera", "SMAN 3 Yogyakarta", "SMK Muhammadiyah 2
        Bantul"; or past a number that ends the name after its village, as West Java
        numbers its schools ("SD Negeri Cibanteng 02", "SDN Sukamaju 1 di …": no count,
        written with a leading zero or with no noun after it); else ``j``."""
        words, n = self.words, self.n
        if not (j < n and words[j].isdigit()):
            return j
        if j + 1 < n and self.caps[j + 1]:
            return self._run_end(j + 1)
        if len(words[j]) <= 3 and (
            words[j].startswith("0") or j + 1 == n or words[j + 1] in _AFTER_SCHOOL_NUMBER
        ):
            return j + 1  # (no count is written with a leading zero: "SDN Cibanteng 02 libur")
        return j

    def _unit_number_end(self, k: int, j: int) -> int:
        """Past the number of a military unit at ``k`` (and its name after a slash), right
        after its head word: "Kodim 0832", "Korem 042/Garuda Putih", "Kodam IV/Diponegoro";
        else ``j``, the end of the run so far."""
        words, n = self.words, self.n
        if not (k < n and (words[k].isdigit() or _ROMAN_NUMERAL.fullmatch(words[k]))):
            return j
        k += 1
        if k + 1 < n and words[k] == "-" and words[k + 1].isdigit():
            k += 2  # "Koramil 1609-01/Sukasada": a district command numbered under its Kodim
        if k + 1 < n and words[k] == "/" and self.caps[k + 1]:
            k = self._run_end(k + 1)
        elif k < n and self.caps[k]:
            k += self._gazetteer_length(k, min(n, k + 3))  # "Daop 2 Bandung": its region
        return max(k, j)

    def _law_end(self, j: int) -> int:
        """Past the number and subject that follow a law's name ending at ``j``: "UU Nomor 1
        Tahun 2023", "UU No. 13/2003 tentang Ketenagakerjaan", "Rancangan Peraturan Daerah
        tentang Penanganan Sampah" are one name each; else ``j``."""
        words, n = self.words, self.n
        k = j
        # "Undang-Undang Informasi dan Transaksi Elektronik": a subject of two parts
        while k + 1 < n and words[k] == "dan" and self._law_subject_at(k + 1):
            k = j = self._run_end(k + 1)
        if k < n and words[k].lower() in LAW_NUMBER_WORDS:
            k += words[k - 1].lower() not in LAW_NUMBER_WORDS  # past "No." unless the run has it
        if words[k - 1].lower() in LAW_NUMBER_WORDS:
            if not (k < n and words[k][:1].isdigit()):
                return j  # "Nomor" with no number after it
            k += 1
            if k + 1 < n and words[k].lower() == "tahun" and words[k + 1].isdigit():
                k += 2
        if k + 1 < n and words[k] == "tentang" and self.caps[k + 1]:
            k = self._run_end(k + 1)
            # "tentang Anggaran Pendapatan dan Belanja Daerah 2027"
            while k + 1 < n and words[k] in ("dan", "serta") and self.caps[k + 1]:
                k = self._run_end(k + 1)
            if k < n and len(words[k]) == 4 and words[k].isdigit():
                k += 1
        return k

    def _law_subject_at(self, k: int) -> bool:
        """After a law's name and "dan", does the second part of its subject start at ``k``
        ("… Informasi dan Transaksi Elektronik"), not another law, body, place or person
        ("UU ITE dan KUHP", "UU Pemilu dan Komisi Pemilihan Umum", "… dan Presiden")?"""
        word = self.words[k]
        return (
            bool(self.caps[k])
            and not self.bits[k] & (_HEAD_WORD | _TITLE_START)
            and word.lower() not in LAW_HEADS
            and word not in LAW_CODES
            and not _is_acronym(word)
            and word not in GIVEN_NAMES
            and self._gaz(k, k + 1) is None
        )

    def _honoured_at(self, i: int, j: int) -> bool:
        """Is ``words[j]`` an honorific inside the name of a place, hospital or university
        opening at ``i``, before the person it is named after ("Bandara Internasional Sultan
        Hasanuddin", "Rumah Sakit Umum Pusat Dr. M. Djamil", "Universitas Sultan Ageng")?
        Only kind words or more honorifics may stand between: after a name the honorific is
        a person's ("RSUD Bahteramas dr. Hasmudin")."""
        words = self.words
        head = words[i].lower()
        return (
            (head in PLACE_HEADS or head in _HOSPITAL_HEADS or head in _SCHOOL_HEADS)
            and words[j].lower() in _HONORIFICS
            and (
                self._kind_words_between(i, j)
                # "Rumah Sakit Umum Daerah (RSUD) Dr. Soetomo": the acronym between
                or self._acronym_before_honorifics(i, j)
                # "RSUD Prof. Dr. Margono Soekarjo": honorifics in a row
                or all(w.lower() in _HONORIFICS for w in words[i + 1 : j])
            )
        )

    def _edition_of_event(self, i: int, j: int) -> bool:
        """Is ``words[j]`` ("ke-49") the edition of the event whose name opens at ``i``
        ("Festival", "Pesta", "Piala")?"""
        return self.words[j][3:].isdigit() and self.words[i].lower() in EVENT_HEADS

    def _ramadan_surname_at(self, j: int) -> bool:
        """Is "Ramadhan" at ``j`` an Indonesian surname, after a name word that neither opens
        the sentence ("Jelang Ramadhan, …"), nor is a headline's or an ordinary word ("Awal
        Ramadhan"), nor is a place ("warga Jakarta Ramadhan ini")?"""
        before = self.words[j - 1]
        return (
            not self.ctx.english
            and not self.headline
            and j - 1 not in self.initial
            and not self.ctx.written_in_lowercase(before)
            and self._gaz(j - 1, j) != "LOC"
        )

    def _hospital_named_after(self, i: int, k: int) -> bool:
        """Does the person at ``k`` name the hospital opening at ``i``, with only kind words
        between ("RSUD Abdul Wahab Sjahranie", "Rumah Sakit Umum Abdul Moeloek")? Hospitals
        are named after people far more often than written next to their director's name."""
        return self.words[i].lower() in _HOSPITAL_HEADS and self._kind_words_between(i, k)

    def _kind_words_between(self, i: int, k: int) -> bool:
        """Are the words between ``i`` and ``k`` all kind words ("Sakit Umum Pusat",
        "Internasional"; see _KIND_WORDS), or none?"""
        return all(w.lower() in _KIND_WORDS for w in self.words[i + 1 : k])

    def _names_a_law(self, k: int) -> bool:
        """Do the capitalised words from ``k`` end with "Act", so that the "of" before them
        is inside a law's name ("Freedom of Information Act")?"""
        while k < self.n and self.caps[k]:
            k += 1
        return self.words[k - 1] == "Act"

    def _subjects_of_body(self, i: int, j: int, k: int) -> bool:
        """Do the single word at ``i``, the "and" at ``j`` and the words up to ``k`` name one
        public body by the fields it oversees ("Securities and Exchange Commission", "Food
        and Drug Administration")? Not when either side is a known name ("Wales Tourist
        Board") or the first word is a given name."""
        words = self.words
        return (
            j - i == 1
            and words[k - 1].lower() in _SUBJECT_BODY_TAILS
            and words[i] not in GIVEN_NAMES
            and self._gaz(i, j) is None
            and self._gaz(j + 1, j + 2) is None
        )

    def _partners_firm_end(self, j: int) -> int:
        """Past the partners' names listed by commas from ``j`` (after one name word) up to
        the last two joined by "&" ("Wachtell, Lipton, Rosen & Katz", "Cravath, Swaine &
        Moore"): the name of a law firm, each partner one word; ``j`` when the words there
        are not so, or one is a known place ("Paris, Lyon & Marseille") or a title's word
        ("Communication, Relations & CSR": a portfolio)."""
        words, caps, n = self.words, self.caps, self.n
        k = j
        while k + 2 < n and words[k] == "," and caps[k + 1] and words[k + 2] in (",", "&"):
            k += 2
        if not (k > j and k + 1 < n and words[k] == "&" and caps[k + 1]):
            return j
        names = [words[m] for m in range(j - 1, k + 2, 2)]
        if any(_gazetteer_label((name,)) == "LOC" or is_title_word(name) for name in names):
            return j
        return k + 2

    def _sector_serves_place(self, i: int, j: int, k: int) -> bool:
        """Does the "for" at ``j`` after a lone sector's word at ``i`` name the place a
        public body serves ("Transport for London", "Transport for Wales", "Health for
        Ontario")? A known place must open at ``k``, after it."""
        return (
            j == i + 1
            and self.words[i].lower() in _SECTORS
            and self._gazetteer_label_at(k, self.n) == "LOC"
        )

    def _fields_before_body(self, j: int, k: int) -> bool:
        """Do the "and" at ``j`` and the words up to ``k`` join two fields of one public
        body ("National Research and Innovation Agency", "Health Resources and Services
        Administration")? The word before "and" is a field (see _FIELDS_AMONG_TAILS), which
        may end a firm's name too, and a public body's word ends the part after it."""
        words = self.words
        return (
            words[j - 1].lower() in _FIELDS_AMONG_TAILS
            and words[k - 1].lower() in _SUBJECT_BODY_TAILS
        )

    def _two_firms_joined(self, j: int, k: int) -> bool:
        """Does the "and" at ``j`` join two businesses ("Applied Materials and Lam Research",
        "SK Hynix and Samsung Electronics") rather than the fields of one body ("Disaster Risk
        Reduction and Management Council")? So when one name word and a business's last word
        follow it, and no abstract noun stands before it."""
        words = self.words
        return (
            k - j == 3
            and words[k - 1].lower() not in PUBLIC_BODY_WORDS
            and not looks_like_common_noun(words[j - 1])
            and not looks_like_common_noun(words[j + 1])
        )

    def _and_inside_name(self, i: int, j: int, joined: bool) -> bool:
        """Does the name starting at ``i`` go on past the "and" at ``j`` in another way: a
        name repeated ("Faber and Faber"), two partners' names the text calls a body
        ("Chatto and Windus, the publisher"; see _partners_named), or the subject of a body
        named with "of" ("Department of Health and Human Services"), where no place ends the
        part before it ("Bank of England and Barclays") and no place or head word starts the
        part after it?"""
        words = self.words
        if j - i == 1:
            return words[j + 1] == words[i] or self._partners_named(i, j)
        return (
            joined
            and self._gaz(j - 1, j) is None
            and self._gaz(j + 1, j + 2) is None
            and words[j + 1].lower() not in _HEADS
        )

    def _partners_named(self, i: int, j: int) -> bool:
        """Are the single words at ``i`` and after the "and" at ``j`` two partners' names of
        one firm, as publishers and law firms are named ("Chatto and Windus", "Allen and
        Overy")? Only when the text says it is a body: an apposition naming its kind after it
        ("…, the publisher") or "published by" before it with a work named before that
        (while "a study published by Smith and Jones" is its authors'). Never for a name
        the gazetteer knows ("Germany and France, the two economies" are two)."""
        words, n = self.words, self.n
        k = j + 2
        if k > n or (k < n and self.caps[k]):
            return False
        if self._gaz(i, j) is not None or self._gaz(j + 1, k) is not None:
            return False
        if k + 1 < n and words[k] == "," and self._apposition_kind(k + 1) == "ORG":
            return True
        return (
            i > 1
            and words[i - 1] == "by"
            and words[i - 2] == "published"
            and self._work_before(i - 2)
        )

    def _possessive_inside_name(self, j: int) -> bool:
        """Does the name go on past the possessive before ``j``? It does after a saint
        ("St Joseph's Hospital") or a possessor that names a name's members or patron
        ("Women's Institute", "King's College Hospital", "People's Party"), and before
        "of" and a name ("Lloyd's of London"); else the possessive ends it ("Britain's
        Labour Party" is two names)."""
        words, caps, n = self.words, self.caps, self.n
        if words[j] == "of":
            return j + 1 < n and bool(caps[j + 1])
        if words[j] == "and":
            # Two saints' (or a founder's and a saint's) names of one hospital or school:
            # "Guy's and St Thomas'".
            return j + 2 < n and words[j + 1] in _SAINTS and bool(caps[j + 2])
        if not caps[j]:
            return False
        if words[j] in _POSSESSED_INSTITUTIONS and not (j + 1 < n and caps[j + 1]):
            return True  # "Guy's Hospital", "King's College"
        return _members_own_body(words[j - 1][:-2], words[j]) or (j > 1 and words[j - 2] in _SAINTS)

    def _split_possessive_inside_name(self, j: int) -> bool:
        """Is the "'s" at ``j``, a token of its own as tokenised wire copy writes it, inside
        a name ("Queen 's Club", "St Mary 's Hospital"), as :meth:`_possessive_inside_name`
        says of a glued one?"""
        words = self.words
        return (
            j + 1 < self.n
            and bool(self.caps[j + 1])
            and (
                _members_own_body(words[j - 1], words[j + 1]) or (j > 1 and words[j - 2] in _SAINTS)
            )
        )

    def _plural_possessive_inside_name(self, j: int) -> bool:
        """Is the "'" at ``j``, glued to a word ending in "s", a possessive inside a name: a
        saint's ("St Thomas'") or a name's members' before the rest of it ("Taxpayers'
        Alliance")?"""
        toks, words = self.toks, self.words
        if not (words[j - 1].endswith("s") and toks[j].start == toks[j - 1].end):
            return False
        members = words[j - 1].lower() in NAME_POSSESSORS and j + 1 < self.n and self.caps[j + 1]
        return bool(members) or (j > 1 and words[j - 2] in _SAINTS)

    def _web_ending_at(self, j: int) -> bool:
        """Is the "." at ``j`` the start of a web address ending (".com", ".co") written
        without spaces?"""
        toks = self.toks
        return (
            j + 1 < self.n
            and self.words[j + 1].lower() in _WEB_ENDINGS
            and toks[j - 1].end == toks[j].start
            and toks[j].end == toks[j + 1].start
        )

    def _bracketed_legal_form_at(self, j: int) -> bool:
        """Is ``words[j]`` the "(" of "(Persero)" inside a company name? It belongs to the
        name also where the name ends with it: "PT Kereta Api Indonesia (Persero) menambah"."""
        words = self.words
        return j + 2 < self.n and words[j + 1] in _BRACKETED_LEGAL_FORMS and words[j + 2] == ")"

    def _bracketed_faction_at(self, i: int, j: int) -> bool:
        """Is ``words[j]`` the "(" of the faction that tells a split party from its sister
        ("Janata Dal (United)", "Communist Party of India (Marxist)")? Only after a party,
        by the gazetteer or a word of the run, so a player's club stays apart ("Rashford
        (United)")."""
        words = self.words
        return (
            j + 2 < self.n
            and words[j + 1] in _BRACKETED_FACTIONS
            and words[j + 2] == ")"
            and (
                self._gaz(i, j) == "ORG" or any(word.lower() in _PARTY_WORDS for word in words[i:j])
            )
        )

    def _acronym_before_honoured_name_at(self, i: int, j: int) -> bool:
        """Is ``words[j]`` the "(" of a body's acronym defined between its kind words and
        the honoured person it is named after ("Rumah Sakit Umum Daerah (RSUD) Dr. Soetomo",
        "Rumah Sakit Umum Pusat (RSUP) dr. Kariadi")? The name goes on past the bracket, as
        it does past "(Persero)": kind words alone name no hospital, and the honorific after
        them opens its name, not a person (the text's "RSUD Dr. Soetomo")."""
        words = self.words
        return (
            j + 4 < self.n
            and words[j + 2] == ")"
            and _is_acronym(words[j + 1])
            and self.caps[j + 4] != 0
            and words[j + 3].lower() in _HONORIFICS
            and self._kind_words_between(i, j)
            and words[i].lower() in _HOSPITAL_HEADS
        )

    def _acronym_before_honorifics(self, i: int, j: int) -> bool:
        """Do only honorifics stand between ``j`` and a bracketed acronym the hospital name
        opening at ``i`` defines ("Rumah Sakit Umum Daerah (RSUD) Prof. Dr. Margono")?"""
        k = j - 1
        while k > i and self.words[k].lower() in _HONORIFICS:
            k -= 1
        return self.words[k] == ")" and self._acronym_before_honoured_name_at(i, k - 2)

    def _org_list_end(self, j: int) -> int:
        """Past ", X, dan Y" starting at ``j`` inside an organisation name, or ``j``."""
        words, caps, n = self.words, self.caps, self.n
        k = j
        while k + 1 < n and words[k] == "," and caps[k + 1]:
            k += 2
        if k < n and words[k] == ",":
            k += 1
        if (
            k + 1 < n
            and words[k].lower() in ("dan", "and", "&")
            # (a field by its acronym is one too, though no name: "Dinas Koperasi dan UMKM")
            and (
                caps[k + 1] or (words[k + 1].isupper() and words[k + 1].lower() in TITLE_EXTENSIONS)
            )
        ):
            # Not when a second organisation or place begins ("Kementerian Keuangan dan Bank
            # Indonesia"); "Kementerian Lingkungan Hidup dan Kehutanan" is one name.
            nxt = words[k + 1]
            if nxt.lower() in _HEADS or self._office_starts_at(k + 1):
                return j
            if self._title_starts_at(k + 1):
                return j  # "PT Pertamina Nicke Widyawati dan Direktur Utama PLN …": a holder
            if _is_acronym(nxt) and len(nxt) > 2 and nxt.lower() not in TITLE_EXTENSIONS:
                # "Tim Basarnas dan BPBD Lumajang": a second body by its acronym (but a
                # field may be one: "Kementerian Hukum dan HAM", "Koperasi dan UKM")
                return j
            if k + 2 < n and words[k + 2].lower() in ORG_HEADS and not self._subunit_at(j):
                return j  # "Ponpes Lirboyo dan Pondok Pesantren Tebuireng": a head second
            if self._gaz(j - 1, j) == "ORG":
                return j  # "Tim Basarnas dan Tagana": a listed body ends, a second follows
            if nxt in gazetteer.first_words():
                return j
            place = _gazetteer_place(words[j - 1 : j])
            if place is not None and place.label == "LOC" and _is_region(place):
                return j  # "Palang Merah Indonesia dan Aksi Cepat Tanggap": its country ends it
            return k + 2
        return j

    def _subunit_at(self, j: int) -> bool:
        """Does the organisation name before ``j`` open with the head of a body's part,
        whose parent body follows its fields ("Fakultas Ekonomi dan Bisnis Universitas
        Indonesia")?"""
        for k in range(j - 1, max(j - 4, -1), -1):
            if self.words[k].lower() in _SUBUNIT_HEADS:
                return True
        return False

    def _work_before(self, k: int) -> bool:
        """Is a kind of work ("novel", "memoir", "book") named in the dozen words of the
        sentence before ``k`` ("her new crime novel, written as Robert Galbraith, will be
        published by")? Then what published it is a publishing house, not a person
        (while "a study published by John Smith" is his)."""
        for j in range(k - 1, max(k - 12, -1), -1):
            low = self.words[j].lower()
            if low in WORK_NOUNS or low in WORK_NOUNS_PLURAL or low in _PRINTED_WORKS:
                return True
            if j in self.initial:
                break
        return False

    def _known_person(self, a: int, b: int) -> bool:
        """Does the run ``[a, b)`` open with a given name, or is it one word the text gives
        elsewhere as a surname after a given name ("Harris" of "Kamala Harris", "Harris's"),
        perhaps in a full name opening a sentence ("Carlos Alcaraz beat …")?"""
        word = self.words[a]
        if b == a + 1 and _is_possessive(word):
            word = word[:-2]
        return word in GIVEN_NAMES or (b == a + 1 and word in self.ctx.full_name_ends())

    def _place_past_and(self, i: int, j: int, k: int) -> int:
        """End of the longest place the gazetteer lists that opens at ``i`` and goes on past
        the "and" at ``j`` among the capitalised words up to ``k`` ("Bosnia and Herzegovina
        Foreign Minister": one country, then the title); else ``j``."""
        for end in range(min(k, i + gazetteer.MAX_NAME_TOKENS), j + 1, -1):
            if self._gaz(i, end) == "LOC":
                return end
        return j

    def _gazetteer_length(self, k: int, limit: int) -> int:
        """Length of the longest gazetteer name (up to three words) at ``k`` that ends by
        ``limit``; 0 if none."""
        for m in range(min(3, limit - k), 0, -1):
            if self._gaz(k, k + m) is not None:
                return m
        return 0

    def _gazetteer_label_at(self, k: int, limit: int) -> EntityLabel | None:
        """The label of the longest gazetteer name at ``k`` that ends by ``limit``; None if
        none opens there."""
        m = self._gazetteer_length(k, limit)
        return self._gaz(k, k + m) if m else None

    def _apposition_kind(self, k: int) -> EntityLabel | None:
        """What an apposition starting at ``k`` calls the name before it, by its kind
        noun: an organisation (wherever its noun stands: "the vaccine alliance"), else a
        product or work (MISC) or a place, by the first such noun; or None.
        After a determiner its first few lowercase words (or an owner's: "an Alzheimer's
        treatment"), up to a preposition, must include the noun ("the vaccine alliance",
        "two firms run by"; not "the company's chief"); without one the first word must be
        one ("perusahaan tambang")."""
        words, n = self.words, self.n
        # Without a determiner only the first word may be the noun ("perusahaan tambang"),
        # or a clause would count ("…, memperkirakan saham perseroan").
        reach = 1
        other: EntityLabel | None = None
        if k < n and words[k].lower() in _APPOSITION_DETERMINERS:
            k, reach = k + 1, 3
        for j in range(k, min(k + reach, n)):
            word = words[j]
            if reach > 1 and (
                _is_possessive(word)
                or gazetteer.is_demonym(word)
                or (word[:1].isupper() and _gazetteer_label((word,)) == "LOC")
            ):
                # "an Alzheimer's treatment", "the Canadian e-commerce firm", "a Paris start-up"
                continue
            if not word[:1].islower() or word in _APPOSITION_STOPS:
                break
            if word in _ORGANISATION_NOUNS and word not in _STOCK_WORDS:
                # (Not "saham": "Sebaliknya, saham X turun" opens a clause.)
                # "…, charity director at" describes a person by the body they work for.
                return None if j + 1 < n and _is_role_noun(words[j + 1]) else "ORG"
            if other is None:
                # A product or place noun may only qualify a body: "the vaccine alliance".
                other = _APPOSITION_KINDS.get(word)
        return other

    def _gaz(self, a: int, b: int) -> EntityLabel | None:
        """Gazetteer label of the exact words ``[a, b)`` (see :func:`_gazetteer_label`)."""
        if b - a > gazetteer.MAX_NAME_TOKENS or not _may_start_gazetteer_name(self.words[a]):
            return None  # (spares slicing the words and looking them up)
        if b - a == 1 and not self.ctx.english and self.words[a] in _INDONESIAN_WORD_BRANDS:
            return None  # "Kering sekali tanah di desa itu": "dry", no luxury house
        return _gazetteer_label_of(self.words[a:b])

    def _make(self, a: int, b: int, label: EntityLabel, strength: int) -> _Candidate:
        while b - a > 1 and self.words[b - 1] in NAME_PARTICLES:
            b -= 1  # "the Workers' Party of President Lula": the run went on to a title
        start, end = self.toks[a].start, self.toks[b - 1].end
        words = self.words[a:b]
        if _is_possessive(words[-1]) and gazetteer.lookup(" ".join(words)) is None:
            # (but "Lord's", a ground the gazetteer lists with its "'s", keeps it)
            end -= 2
            words = (*words[:-1], words[-1][:-2])
        elif words[-1] == "Tbk" and self._abbreviation_dot_at(end):
            end += 1  # "PT Astra International Tbk. (ASII)"
        elif self.text[end : end + 1] == "+" and self._plus_ends_name(end):
            end += 1  # "OPEC+", "Disney+": the plus is part of the name
        return _Candidate(start, end, words, label, strength)

    def _plus_ends_name(self, end: int) -> bool:
        """Does the "+" at ``end``, written against a name, end it: no letter, digit or
        second plus follows ("OPEC+ agreed", "LGBTQ+ rights"; not "C++", "A+B")?"""
        after = self.text[end + 1 : end + 2]
        return not after.isalnum() and after != "+"

    def _abbreviation_dot_at(self, end: int) -> bool:
        """Is the "." at ``end`` an abbreviation's, not a sentence's end (what follows is
        a bracket or a word in small letters)?"""
        text = self.text
        if text[end : end + 1] != ".":
            return False
        rest = text[end + 1 : end + 4].lstrip(" ")
        return rest[:1] == "(" or rest[:1].islower()
