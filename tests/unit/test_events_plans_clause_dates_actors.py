"""Events: plans told with "dijadwalkan"/"is expected to" placed ahead, a clause
with a date of its own not dated by the clause before, "when" clauses on their host's day,
headline verbs in ber- and of collapse, adjectives in -ed after a preposition, and bodies in
a person's title or places where things happen left out of an event's actors
(reader.analysis.events, reader.analysis.predicates)."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.model import Analysis, Event
from reader.analysis.narrative import closing_cue
from reader.analysis.predicates import (
    english_verb_strength,
    headline_verb_strength,
    same_happening_verb,
)


def _analysis(text: str, lang: str, pubdate: str = "2026-11-26") -> Analysis:
    return analyze(text, lang=lang, backend="builtin", pubdate=pubdate)


def _by_trigger(events: list[Event], word: str) -> Event:
    return next(e for e in events if e.trigger and e.trigger.text == word)


def _actor_names(analysis: Analysis, event: Event) -> set[str]:
    names = {a.id: a.name for a in analysis.actors}
    return {names[x] for x in event.actors if x in names}


def test_a_scheduled_indonesian_event_comes_after_the_news_of_the_day() -> None:
    text = (
        "Kedua negara dijadwalkan melanjutkan perundingan teknis bulan depan. "
        "Menteri Luar Negeri Sugiono bertemu mitranya di Kuala Lumpur pada Rabu."
    )
    events = _analysis(text, "id").events
    met = _by_trigger(events, "bertemu")
    planned = next(e for e in events if e is not met)
    assert planned.order > met.order


def test_is_expected_to_puts_a_sentencing_ahead_not_on_the_day_before() -> None:
    text = (
        "The former chief executive pleaded guilty last week and is expected to be "
        "sentenced in January. A former mayor was sentenced to six years on Monday."
    )
    events = _analysis(text, "en").events
    pleaded = _by_trigger(events, "pleaded")
    expected = next(e for e in events if e.start > pleaded.start and e.start < 100)
    monday = next(e for e in events if e.time == "2026-11-23")
    assert expected.time == "2027-01"  # the coming January, not last week
    assert pleaded.order < monday.order < expected.order


def test_a_when_clause_happened_on_its_hosts_day_and_just_before_it() -> None:
    text = (
        "The store was targeted on Saturday afternoon when three masked men smashed the "
        "display cases. Police arrested two men on Monday."
    )
    events = _analysis(text, "en").events
    targeted, smashed = _by_trigger(events, "targeted"), _by_trigger(events, "smashed")
    assert smashed.time == targeted.time == "2026-11-21"
    assert smashed.order < targeted.order < _by_trigger(events, "arrested").order


def test_an_after_clause_keeps_no_date_of_its_host() -> None:
    text = "The army launched airstrikes on Tuesday after the talks collapsed."
    events = _analysis(text, "en").events
    assert _by_trigger(events, "collapsed").time is None


def test_headline_verbs_in_ber_and_of_collapse_are_sure() -> None:
    assert headline_verb_strength("Bertemu", "id", "RI", "Menlu") == 2
    assert headline_verb_strength("Berdarah", "id", "Demam", "") == 1
    assert headline_verb_strength("Collapse", "en", "Talks", "as") == 2


def test_the_headline_meeting_is_its_event_not_the_topic_after_it() -> None:
    text = (
        "Menlu RI Bertemu Menlu Malaysia Bahas Ambalat\n\nSugiono bertemu Mohamad Hasan pada Rabu."
    )
    headline = _analysis(text, "id").events[0]
    assert headline.trigger is not None and headline.trigger.text == "Bertemu"


def test_a_headline_is_dated_by_the_lede_that_reports_it() -> None:
    text = (
        "Harbor Foods agrees to buy Crisply\n\n"
        "Harbor Foods said on Monday it had agreed to buy Crisply for $1.2 billion."
    )
    headline = _analysis(text, "en").events[0]
    assert headline.time == "2026-11-23"


def test_an_ed_word_after_a_preposition_before_a_noun_is_an_adjective() -> None:
    assert english_verb_strength("baked", "of", "snacks", "maker") == 0
    assert english_verb_strength("armed", "with", "men", "clashed") == 0
    assert english_verb_strength("questioned", "and", "suspects", "arrested") == 2


def test_the_body_in_a_persons_title_is_no_actor() -> None:
    text = (
        "Kepala BPBD Garut, Satria Budi, mengatakan tim gabungan mengevakuasi warga. "
        "Harbor's chief executive, Laura Benson, told analysts the deal would add revenue."
    )
    analysis = _analysis(text, "id")
    first = analysis.events[0]
    assert "Satria Budi" in _actor_names(analysis, first)
    assert not any("BPBD" in name for name in _actor_names(analysis, first))
    english = _analysis(text.split(". ", 1)[1], "en")
    told = english.events[0]
    assert _actor_names(english, told) == {"Laura Benson"}


def test_a_body_named_as_the_place_of_a_happening_is_no_actor() -> None:
    text = "Menteri Sugiono menggelar konferensi pers di Kedutaan Besar RI pada Rabu."
    analysis = _analysis(text, "id")
    assert _actor_names(analysis, analysis.events[0]) == {"Sugiono"}


def test_a_body_in_a_list_before_a_person_stays_an_actor() -> None:
    text = "Persib Tekuk Persija, Bojan Hodak Puji Mental Pemain\n\nPersib menang 2-0 pada Minggu."
    analysis = _analysis(text, "id")
    names = _actor_names(analysis, analysis.events[0])
    assert any("Persija" in name for name in names)


def test_a_clause_told_ahead_does_not_take_the_day_of_the_clause_before() -> None:
    text = "Polisi menahan tersangka pada Senin dan akan melimpahkan berkasnya ke jaksa."
    events = _analysis(text, "id").events
    assert _by_trigger(events, "menahan").time == "2026-11-23"
    assert _by_trigger(events, "melimpahkan").time is None


def test_short_and_intransitive_past_tenses_are_sure_verbs() -> None:
    assert english_verb_strength("died", "patients", "on", "three") == 2
    assert english_verb_strength("used", "Police", "tear", "") == 2
    assert english_verb_strength("introduced", "increases", "in", "price") == 1


def test_an_after_clause_with_died_is_an_event_of_its_own() -> None:
    text = "Vale was arrested in 2023 after three patients died on her ward."
    events = _analysis(text, "en").events
    died, arrested = _by_trigger(events, "died"), _by_trigger(events, "arrested")
    assert died.order < arrested.order


def test_a_cue_closing_a_clause_orders_it() -> None:
    text = (
        "A jury acquitted Vale on Wednesday. She was arrested in 2023. "
        "She was suspended by the trust shortly afterwards."
    )
    events = _analysis(text, "en").events
    arrested, suspended = _by_trigger(events, "arrested"), _by_trigger(events, "suspended")
    assert arrested.order < suspended.order < _by_trigger(events, "acquitted").order


def test_a_compared_period_is_no_closing_cue() -> None:
    assert closing_cue("tahun", "sebelumnya") is None
    assert closing_cue("year", "earlier") is None
    assert closing_cue("shortly", "afterwards") == "after"
    assert closing_cue("dibebaskan", "kemudian") == "after"


def test_a_clause_going_on_from_a_report_shares_the_reported_doer() -> None:
    text = (
        "Kapolres Budi Santoso mengatakan kedua tersangka membobol ATM itu pada Minggu "
        "dan membawa kabur uang Rp 380 juta."
    )
    analysis = _analysis(text, "id")
    assert _actor_names(analysis, _by_trigger(analysis.events, "membawa")) == set()
    text = "Melissa Tan said Tanjong Logistics would sell the unit and expects a profit."
    analysis = _analysis(text, "en")
    assert _actor_names(analysis, _by_trigger(analysis.events, "expects")) == {"Tanjong Logistics"}


def test_a_clause_going_on_from_a_pronoun_report_or_a_thing_said_keeps_the_speaker() -> None:
    analysis = _analysis("Mayor John Hale said he would resign and urged calm.", "en")
    assert _actor_names(analysis, _by_trigger(analysis.events, "urged")) == {"John Hale"}
    text = "Bupati Garut Rudy Gunawan mengatakan hal itu dan meminta warga tenang."
    analysis = _analysis(text, "id")
    assert _actor_names(analysis, _by_trigger(analysis.events, "meminta")) == {"Rudy Gunawan"}


def test_a_headline_verb_and_its_ledes_near_synonym_tell_one_happening() -> None:
    assert same_happening_verb("jailed", "sentenced", "en")
    assert same_happening_verb("quits", "resigned", "en")
    assert same_happening_verb("bekuk", "menangkap", "id")
    assert not same_happening_verb("jailed", "freed", "en")
    text = (
        "Former mayor jailed for six years over bribery\n\n"
        "A former mayor was sentenced to six years in prison on Monday."
    )
    assert _analysis(text, "en").events[0].time == "2026-11-23"
