"""Evidence from sports reports: teams, results lines, scores, players and their countries."""

from __future__ import annotations

import itertools
import re

from reader.analysis.candidate import Candidate as _Candidate
from reader.analysis.entities.lexicon import (
    _AFTER_FIXTURE,
    _AGAINST,
    _AWAY_RESULTS,
    _CLUB_NOUNS,
    _COORDINATION,
    _EVENT_KINDS_AFTER,
    _EVENT_SPORTS,
    _FIXTURE_VERBS,
    _FOOTBALLER_NOUNS,
    _HOME_FIXTURE_VERBS,
    _INNINGS_ENDS,
    _MARGIN_UNITS,
    _MATCH_INFINITIVES,
    _MATCH_NOUNS,
    _MATCH_REACH,
    _MATCH_VERBS,
    _NUMBER_WORDS,
    _PLACE_WORDS_BEFORE_TEAMS,
    _PLAYED_FOR,
    _PLAYER_NOUNS,
    _PLURAL_FIXTURE_VERBS,
    _PLURAL_VERBS,
    _SALE_WORDS,
    _SCORERS_AFTER,
    _SCORERS_BEFORE,
    _SPORTS_ROLES,
    _TEAM_CUES,
    _TRANSFER_WORDS,
    DEFINED,
    STRONG,
)
from reader.analysis.entities.places import _PlaceEvidence
from reader.analysis.entities.shapes import (
    _gazetteer_place,
    _has_letter_or_digit,
    _index,
    _is_competition,
    _is_country,
    _is_home_place,
    _is_possessive,
    _label_by_form,
    _organisation_shaped,
)
from reader.analysis.entities.word_bits import _MORE_BITS, _TEAM_CUE_AFTER, _TEAM_CUE_BEFORE
from reader.analysis.model import EntityLabel
from reader.analysis.name_cues import COMMON_SUBJECTS, FUNCTION_WORDS, GIVEN_NAMES, SURNAMES_IN_S

#: Words between a table's points and the side they are counted against: "one point ahead
#: of Harwell", "three points clear of", "two points behind".
_STANDINGS_CUES = (("ahead", "of"), ("clear", "of"), ("behind",), ("above",), ("below",))
_POINTS = frozenset({"point", "points", "pts"})
#: Words between the members of a list of sides ("Harwell , Chorley and Southport").
_LIST_JOINERS = frozenset({",", "and"})
#: The plural verbs as one-word slices (see _club_with_plural_verb).
_PLURAL_VERB_WORDS = frozenset((verb,) for verb in _PLURAL_VERBS)
#: A sports season written as two years ("2026/2027", "2025/26"), after its competition.
_SEASON = re.compile(r"(?:19|20)\d\d/(?:\d\d|(?:19|20)\d\d)")


class _SportEvidence(_PlaceEvidence):
    """Evidence from sports reports: teams, results lines, scores, players and their
    countries."""

    def _champion_named(self, a: int, b: int, cue: str) -> bool:
        """Is the run ``[a, b)`` after a team's cue word a person ("Olympic champions
        Michael Johnson and ...", "rival Chris Evert"): a common given name and more?"""
        return cue in _TEAM_CUES and b - a > 1 and self.words[a] in GIVEN_NAMES

    def _side_before_player(self, a: int, b: int) -> list[_Candidate]:
        """ "pasangan China Liang Weikeng", "pemain Denmark Anders Antonsen", "pebalap
        Pertamina Enduro VR46 Racing Team Marco Bezzecchi": after a noun for a player or a
        side (see _PLAYER_NOUNS), a country or a team (named by its last word) and a name
        of two words or more with no mark of a body or a place are the player's side and
        the player; so is a club abroad named by its town ("bek Como Jay Idzes"). Empty when
        ``[a, b)`` is not so."""
        if a == 0 or b - a < 3 or self.words[a - 1].lower() not in _PLAYER_NOUNS:
            return []
        side: EntityLabel = "LOC"
        m = next((m for m in (2, 1) if b - a - m >= 2 and self._country_at(a, m)), 0)
        if not m and self._club_town_at(a):
            side, m = "ORG", 1  # "bek Como Jay Idzes": the club, by its town
        elif not m:
            side = "ORG"
            m = self._organisation_tail_length(a, b) or self._organisations_length(a, b - 2)
        if not m or self._typed_name(a + m, b) or _label_by_form(self.words[a + m : b]):
            return []  # "pemain Indonesia Open", "wakil Korea Selatan LG Twins"
        return [self._make(a, a + m, side, STRONG), self._make(a + m, b, "PER", STRONG)]

    def _club_town_at(self, a: int) -> bool:
        """Is the word at ``a``, after a footballer's noun, a town abroad that names its club
        ("bek Como Jay Idzes", "gelandang Parma …")? Not a country, a region or an
        Indonesian province or town, whose players are its own ("pemain Bandung")."""
        if self.words[a - 1].lower() not in _FOOTBALLER_NOUNS:
            return False
        place = _gazetteer_place(self.words[a : a + 1])
        return place is not None and place.label == "LOC" and not _is_home_place(place)

    def _country_before_club(self, a: int, b: int) -> list[_Candidate]:
        """ "klub Inggris Oxford United": after a noun for a side (see _CLUB_NOUNS), a
        country and then a name shaped as an organisation's are the club's country and the
        club. Empty when ``[a, b)`` is not so."""
        if a == 0 or self.words[a - 1].lower() not in _CLUB_NOUNS:
            return []
        m = next((m for m in (2, 1) if b - a - m >= 1 and self._country_at(a, m)), 0)
        if not m or _label_by_form(self.words[a + m : b]) != "ORG":
            return []
        return [self._make(a, a + m, "LOC", STRONG), self._make(a + m, b, "ORG", STRONG)]

    def _organisations_length(self, k: int, limit: int) -> int:
        """Length of the gazetteer organisations one after another from ``k`` (up to
        ``limit``): a team named by its maker and sponsor ("Ducati Lenovo")."""
        end = k
        while (m := self._gazetteer_length(end, limit)) and self._gaz(end, end + m) == "ORG":
            end += m
        return end - k

    def _country_at(self, a: int, m: int) -> bool:
        """Do the ``m`` words at ``a`` name a country?"""
        place = _gazetteer_place(self.words[a : a + m])
        return place is not None and place.key.startswith("country:")

    def _competition_end(self, k: int, b: int) -> int:
        """End of a league or division in capitals at ``k`` (see :func:`_is_competition`),
        or 0."""
        for end in (k + 3, k + 2):
            if end <= b and _is_competition(self.words[k:end]):
                return end
        return 0

    def _table_row(self, a: int) -> bool:
        """Is the sentence a row of a table, a name at ``a`` and then only numbers (and
        punctuation) up to a number at the end ("Bayer Leverkusen 15 9 4 2 33 17 31"), or a
        mark after it (a sentence split at a percentage: "Baltimore 69 62 .527 5")? Its first
        word then needs no evidence."""
        toks = self.toks
        if a != 0 or (toks[-1].upos != "NUM" and not (self.n > 2 and toks[-2].upos == "NUM")):
            return False
        k = 1
        while k < self.n and self.caps[k]:
            k += 1
        rest = self.toks[k:]
        return sum(t.upos == "NUM" for t in rest) >= 2 and all(
            t.upos in ("NUM", "PUNCT") for t in rest
        )

    def _scorer_at(self, a: int, b: int) -> bool:
        """Is the name at ``[a, b)`` a scorer or a batsman listed in brackets with his minute
        or runs ("( Klinsmann 34 , Scholl 78 )", "( A. Stewart 54 ; ...)")?"""
        words, n = self.words, self.n
        return (
            a > 0
            and words[a - 1] in _SCORERS_BEFORE
            and b + 1 < n
            and self.toks[b].upos == "NUM"
            and words[b + 1] in _SCORERS_AFTER
            and self._inside_brackets(a)
        )

    def _scorer_opens_list(self, a: int, b: int) -> bool:
        """Is the name at ``[a, b)``, opening its sentence, the first of a list of scorers
        or batsmen with their minutes or runs ("Shadman Islam 46, Mominul Haque 33, Liton
        Das 12.")?"""
        return (
            a == 0
            and b + 1 < self.n
            and self.toks[b].upos == "NUM"
            and self.words[b + 1] in _SCORERS_AFTER
            and self._many_numbers()
        )

    def _may_be_team(self, a: int, b: int) -> bool:
        """May the words around the name at ``[a, b)`` make it a team (or a scorer): a
        number or a word of matches after it, or one before it (see _TEAM_CUE_AFTER), or
        a team sport's story? A cheap test before the rules of sports reports."""
        words = self.words
        return (
            (
                b < self.n
                and (_MORE_BITS[words[b]] & _TEAM_CUE_AFTER != 0 or self.toks[b].upos == "NUM")
            )
            or (a > 1 and _MORE_BITS[words[a - 1]] & _TEAM_CUE_BEFORE != 0)
            or self.ctx.team_sport
            or self._scored_after_who(b)
        )

    def _club_with_plural_verb(self, a: int) -> bool:
        """Is the lone word opening a sentence of a team sport's story at ``a`` a club, by
        the plural verb British copy gives a club ("Napoli have signed", "Ajax were
        beaten")? A word in "-s" may be a plural noun, and the ordinary subjects that take
        "have" ("Police have", "Both were", "People are") name nothing."""
        words = self.words
        word = words[a]
        return (
            self.ctx.team_sport
            and words[a + 1 : a + 2] in _PLURAL_VERB_WORDS
            and len(word) > 3
            and word[1:].islower()
            and not word.endswith("s")
            and word.lower() not in COMMON_SUBJECTS
            and word.lower() not in FUNCTION_WORDS
            and not self.ctx.written_in_lowercase(word.lower())
        )

    def _beats_plural_side(self, b: int) -> bool:
        """Does a match verb at ``b`` take "the" and a side's plural name ("beat the
        Lakers", "edged the Yankees")? People play no side so named."""
        words = self.words
        return (
            b + 2 < self.n
            and words[b] in _MATCH_VERBS
            and words[b + 1] == "the"
            and bool(self.caps[b + 2])
            and words[b + 2].endswith("s")
        )

    def _plural_team_name(self, a: int, b: int) -> bool:
        """Is the name ``[a, b)`` of several words, before a match verb that takes "the"
        and a side's plural name, a team by its own plural nickname ("Golden State Warriors
        beat the Lakers"), though no place in it is listed? A person's name ends so only
        with a surname in -s ("Tom Jones")."""
        words = self.words
        last = words[b - 1]
        return (
            b - a > 1
            and self.ctx.english
            and words[a] not in GIVEN_NAMES
            and last.endswith("s")
            and not last.endswith(("ss", "'s"))
            and last not in SURNAMES_IN_S
            and self._beats_plural_side(b)
        )

    def _player_of_country(self, a: int, b: int) -> bool:
        """Is the run ``[a, b)`` a country's ("Spain's Conchita Martinez", "China 's Liang
        Weikeng") or followed by one in brackets ("Monica Seles ( U.S. )")? A name of
        several words so placed, with no cue of its own, is one of its people: its firms,
        parties and places carry a cue word or are listed."""
        return self._owned_by_country(a) or self._country_after(b)

    def _country_after(self, b: int) -> bool:
        """Is the run ending at ``b`` followed by a country in brackets, as players are in
        results ("Monica Seles ( U.S. )")?"""
        words = self.words
        if b >= self.n or words[b] != "(":
            return False
        close = _index(words, ")", b + 2)
        return 0 < close - b <= 4 and _is_country(" ".join(words[b + 1 : close]))

    def _team_after_country(self, a: int) -> bool:
        """Does the run at ``a`` follow a name and its country in brackets, as a rider's or
        driver's team does in results ("Damon Hill ( Britain ) Williams", "Jan Ullrich (
        Germany ) Telekom")? Then it is the team, whatever else the name may be."""
        words = self.words
        if a < 4:
            return False
        open_at = a - 3
        while open_at > 0 and a - open_at <= 5 and words[open_at] != "(":
            open_at -= 1
        return (
            open_at > 0
            and words[open_at] == "("
            and bool(self.caps[open_at - 1])
            and self._country_after(open_at)
        )

    def _score_after(self, b: int) -> bool:
        """Does one match score ("2-1", "110-102", not a tennis score "6-3 6-4" nor
        "2019-2020") follow the name ending at ``b``? Written without spaces, each side one to
        three digits (a basketball score)."""
        toks, n = self.toks, self.n
        if b + 2 >= n or toks[b].upos != "NUM" or self.words[b + 1] != "-":
            return False
        home, away = self.words[b], self.words[b + 2]
        if self._inside_brackets(b):
            return False  # "( S. Warne 4-42 )": a bowler's figures in a scorecard
        return (
            toks[b + 2].upos == "NUM"
            and len(home) <= 3
            and len(away) <= 3
            and toks[b].end == toks[b + 1].start
            and toks[b + 1].end == toks[b + 2].start
            and not (b + 3 < n and toks[b + 3].upos == "NUM")
        )

    def _sports_meeting(self, a: int, b: int) -> bool:
        """Does "the", the name at ``[a, b)``, a sport and a kind of event say that the name
        is an event's ("the Van Damme Memorial athletics meeting")?"""
        words = self.words
        return (
            words[a - 1 : a] == ("the",)
            and words[b : b + 1] in _EVENT_SPORTS
            and words[b + 1 : b + 2] in _EVENT_KINDS_AFTER
        )

    def _transferred_from(self, a: int) -> bool:
        """Is the name at ``a`` the club a player moves from ("a free transfer from
        Rosenborg", "on loan from Leeds", "signed from Ajax"), perhaps after the club he
        joins ("joined Brighton from Kawasaki Frontale"), or the club he is sold to ("sold
        midfielder Florian Wirtz to Liverpool")?"""
        words = self.words
        if a < 2 or words[a - 1] not in ("from", "to"):
            return False
        k = a - 2
        while k > 0 and k > a - 5 and (self.caps[k] or words[k] in _SPORTS_ROLES):
            k -= 1  # "joined Brighton from", "sold midfielder Florian Wirtz to": past names
        return words[k] in (_TRANSFER_WORDS if words[a - 1] == "from" else _SALE_WORDS)

    def _town_as_team(self, a: int, b: int) -> bool:
        """In a team sport's story, is the known place at ``[a, b)`` (a town or county, not a
        person's name) its club: "Liverpool moved to", "second behind Leicestershire"? Not
        after a word that makes it a place ("in Liverpool", "at Canterbury")."""
        if not self.ctx.team_sport or self.words[a] in GIVEN_NAMES:
            return False
        if a > 0 and self.words[a - 1].lower() in _PLACE_WORDS_BEFORE_TEAMS:
            return False
        return self._gaz(a, b) == "LOC"

    def _rival_club(self, a: int, b: int) -> bool:
        """Is the English name at ``[a, b)`` across a match verb from a club or a town's
        club ("Atalanta host Lazio", "Juventus play Atalanta")?"""
        if not self.ctx.english:
            return False
        rival = self._fixture_rival(a, b)
        return rival >= 0 and self._team_label(rival, rival + 1) == "ORG"

    def _plural_fixture_side(self, a: int, b: int, rival: int) -> EntityLabel | None:
        """Label of the name at ``[a, b)``, one side of a match with its ``rival`` (see
        _fixture_rival), when a single name takes the plural verb as a team does ("Monaco
        face Nice on Saturday", "Lazio meet Fiorentina"): national sides, places, when both
        are countries or regions ("Italy face Croatia"), else clubs ("Monaco", a country,
        against Nice). None for any other verb or a subject of several names ("Britain and
        France face Trump"), or a second side that is no name of its own ("face Trump's
        tariffs")."""
        words, n = self.words, self.n
        if not self.ctx.english:
            return None
        if rival > a:  # "Monaco face Nice": the rival's name runs on after the verb
            home, verb, end = a, rival - 1, rival
            while end < n and self.caps[end]:
                end += 1
            if end < n and words[end] not in _AFTER_FIXTURE:
                return None
            other = (rival, end)
        else:  # "… face Nice": the rival's name ends before the verb
            home, verb = rival, rival + 1
            while home > 0 and self.caps[home - 1]:
                home -= 1
            other = (home, rival + 1)
        if words[verb] not in _PLURAL_FIXTURE_VERBS or (
            home > 0 and words[home - 1] in _COORDINATION
        ):
            return None
        sides = (self._team_label(a, b), self._team_label(*other))
        return "LOC" if sides == ("LOC", "LOC") else "ORG"

    def _fixture_rival(self, a: int, b: int) -> int:
        """Where the other side's name (its word next to the verb) is if the name at ``[a,
        b)`` is one side of a match, before or after a verb of _FIXTURE_VERBS with the other
        side's name across it ("Roma play Lazio on Sunday"); else -1. Not after a place's
        preposition ("fans in Rome face a ban"), nor a known given name ("Jordan"); a name
        after the verb ends the clause ("… beat Lille."), so that "beat Washington
        insiders" keeps a place."""
        words, n = self.words, self.n
        if words[a] in GIVEN_NAMES:
            return -1
        if b + 1 < n and words[b] in _HOME_FIXTURE_VERBS and self.caps[b + 1]:
            if a == 0 or words[a - 1].lower() not in _PLACE_WORDS_BEFORE_TEAMS:
                return b + 1
            return -1
        if (
            a > 1
            and words[a - 1] in _FIXTURE_VERBS
            and self.caps[a - 2]
            and (b == n or words[b] in _AFTER_FIXTURE)
        ):
            return a - 2
        return -1

    def _innings_after(self, b: int) -> bool:
        """Does a cricket innings follow the name ending at ``b``: its runs (maybe with the
        wickets, "412-8"), then "declared", a bracket of batsmen, a semicolon or a second
        innings ("Glamorgan 287 ( H. Morris 102 )", "Lancashire 210 and 15-0")? Then the
        name is a team, as in a scoreboard."""
        toks, words, n = self.toks, self.words, self.n
        if b + 1 >= n or not words[b].isdigit() or len(words[b]) > 3:
            return False
        k = b + 1
        if words[k] == "-" and k + 1 < n and toks[k + 1].upos == "NUM":
            k += 2  # "412-8": the wickets down
        if k >= n or self._inside_brackets(b):
            return False
        if words[k] == "and":
            return k + 1 < n and toks[k + 1].upos == "NUM"
        return words[k] in _INNINGS_ENDS

    def _inside_brackets(self, k: int) -> bool:
        """Is ``k`` inside an open bracket of its sentence?"""
        for word in reversed(self.words[:k]):
            if word in ("(", ")"):
                return word == "("
        return False

    def _scored_after_who(self, b: int) -> bool:
        """Does a relative clause with a scored match follow the name ending at ``b``
        ("Chorley, who drew 0-0 at home", "Leeds, who beat Hull 2-1")? British copy gives a
        club "who"; a person draws or beats no one with a match score."""
        words = self.words
        return (
            words[b : b + 2] == (",", "who")
            and b + 2 < self.n
            and words[b + 2] in _MATCH_VERBS
            and self._plays_scored_match(b + 2)
        )

    def _ranked_against(self, a: int) -> bool:
        """In a team sport's story, is the name at ``a`` (maybe the last of a list: "ahead of
        Harwell and Chorley") the side a league table measures against, by points ("one
        point ahead of", "three points clear of", "two points behind")? Only in a team
        sport's story: a poll's points put people behind people too."""
        if not self.ctx.team_sport:
            return False
        words, caps = self.words, self.caps
        k = a
        while k > 2 and words[k - 1] in _LIST_JOINERS and caps[k - 2]:
            k -= 2
            while k > 0 and caps[k - 1]:
                k -= 1
        for cue in _STANDINGS_CUES:
            start = k - len(cue)
            if start > 0 and words[start:k] == cue and words[start - 1] in _POINTS:
                return True
        return False

    def _plays_scored_match(self, b: int) -> bool:
        """Does a score or a cricket margin follow the match verb at ``b``, after the name it
        ends ("Barcelona beat Real Betis 3-2", "Leeds drew 1-1 with", "Kent beat Essex by
        five wickets")? Then the name is a team."""
        reach = range(b + 1, min(b + _MATCH_REACH, self.n))
        first = next((k for k in reach if self.toks[k].upos == "NUM" or self.words[k] == "by"), 0)
        # (The first number only: "Seles beat Novotna 6-3 6-4" is a tennis score.)
        if not first:
            return False
        return self._margin_after(first) if self.words[first] == "by" else self._score_after(first)

    def _coach_of_team(self, a: int, b: int) -> bool:
        """Is the name ``[a, b)`` before "team" or "squad" a person owning it, as a coach or
        manager does: a name of two or three words in the possessive, shaped as no body's
        ("Arne Slot's team", while "Germany's Telekom team" and "Red Bull's team" are
        bodies')?"""
        name = self.words[a:b]
        return (
            2 <= b - a <= 3
            and _is_possessive(name[-1])
            and self._gaz(a, b) is None
            and not _organisation_shaped(name)
        )

    def _comes_back_to_match(self, b: int) -> bool:
        """Does the fightback verb at ``b`` lead, within a few words, to "to" and a match
        verb with a score ("came from behind to beat Manchester City 2-1", "rallied from
        two goals down to draw 2-2 with Everton")? Then its subject is a team."""
        words = self.words
        for k in range(b + 1, min(b + 6, self.n - 1)):
            if words[k] == "to" and words[k + 1] in _MATCH_INFINITIVES:
                return self._plays_scored_match(k + 1)
        return False

    def _played_against_or_for(self, a: int, b: int) -> bool:
        """Is the name at ``a`` a match's opponent or a player's team, by the words before
        it ("a draw with Parma", "a 2-0 win over Piacenza", "lost 2-1 to Leeds", "drew 0-0
        at Groningen", "lost at home to Leeds", "scored for Barcelona", "his debut for
        Chelsea")? (A ground after
        "at" is no team: see :meth:`_team_label`.)"""
        if a < 2:
            return False
        prev, before = self.words[a - 1], self.words[a - 2].lower()
        if prev == "for":
            # "scored for Barcelona", "scored his 20th goal of the season for Pittsburgh"
            words = reversed(self.words[max(0, a - 7) : a - 1])
            clause = itertools.takewhile(_has_letter_or_digit, words)
            return not _PLAYED_FOR.isdisjoint(word.lower() for word in clause)
        if prev in _AGAINST and a > 3 and self._score_after(a - 4):
            return True  # "lost 2-1 to Leeds", "drew 1-1 with Parma"
        if prev == "at" and a > 3 and self._score_after(a - 4):
            # "drew 0-0 at Groningen", but "won 44-9 at Cardiff Arms Park": its ground
            return _label_by_form(self.words[a:b]) != "LOC"
        if prev == "at" and before in _AWAY_RESULTS:
            return True  # "a 2-0 win at Gillingham": the hosts
        if prev == "to" and self.words[a - 3 : a - 1] == ("at", "home"):
            return True  # "dropped points at home to Cagliari": the visitors
        return prev in _AGAINST and before in _MATCH_NOUNS

    def _margin_after(self, b: int) -> bool:
        """Does a cricket margin follow the name ending at ``b`` ("Kent beat Yorkshire by
        five wickets", "won by 42 runs", "by an innings")? Then the name is a team."""
        words = self.words
        if b + 2 >= self.n or words[b] != "by":
            return False
        count = words[b + 1]
        if count == "an":
            return words[b + 2] == "innings"
        numbered = self.toks[b + 1].upos == "NUM" or count in _NUMBER_WORDS
        return numbered and words[b + 2] in _MARGIN_UNITS

    def _season_at(self, k: int) -> int:
        """1 if the token at ``k`` is a sports season written as two years ("2026/2027",
        "2025/26"), which goes with the competition before it ("Liga 1 2026/2027"); else 0."""
        return int(
            k < self.n and self.toks[k].upos == "NUM" and bool(_SEASON.fullmatch(self.words[k]))
        )

    def _results_line(self) -> list[_Candidate]:
        """A line of sports results, "Leeds 0 Aston Villa 3": two teams, each followed by
        its score (teams named by their town are organisations here). A sentence not so
        shaped (no number at its end) may list results instead (:meth:`_results_list`)."""
        if self.n < 4 or self.toks[-1].upos != "NUM" or not self.caps[0]:
            return self._results_list()
        teams, k = self._result_at(0)
        return teams if k == self.n else []

    def _results_list(self) -> list[_Candidate]:
        """Results listed in a sentence, maybe after a label: "Results : Arsenal 2 West Ham
        0 , Blackburn 1 Tottenham 2 ." (each result a results line, see above)."""
        words, n = self.words, self.n
        if n < 6 or words[-1] != "." or self.toks[-2].upos != "NUM":
            return []
        k = words.index(":") + 1 if ":" in words[:5] else 0  # "Serie A results :"
        out = self._label_names_in_label(k)
        while k < n - 1:
            teams, k = self._result_at(k)
            if not teams or words[k] not in (",", ";", "."):
                return []
            out.extend(teams)
            k += 1
        return out

    def _label_names_in_label(self, k: int) -> list[_Candidate]:
        """Names in the label ``[0, k)`` before listed results that their form or the
        gazetteer labels ("Dutch first division results :", "Serie A results :")."""
        out: list[_Candidate] = []
        m = 0
        while m < k:
            if not self.caps[m]:
                m += 1
                continue
            end = min(self._run_end(m), k)
            label = self._gaz(m, end) or _label_by_form(self.words[m:end])
            if label is not None:
                out.append(self._make(m, end, label, STRONG))
            m = end
        return out

    def _result_at(self, k: int) -> tuple[list[_Candidate], int]:
        """The two teams of a result at ``k`` ("Leeds 0 Aston Villa 3") and the index just
        past its last score; no teams if no result starts there."""
        toks, caps, n = self.toks, self.caps, self.n
        teams: list[_Candidate] = []
        start = k
        while len(teams) < 2:
            j = k
            while j < n and caps[j]:
                j += 1
            if j == k or j >= n or toks[j].upos != "NUM":
                return [], start
            teams.append(self._make(k, j, self._team_label(k, j) or "ORG", DEFINED))
            k = j + 1
        return teams, k
