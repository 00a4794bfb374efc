"""A definite role phrase ("the Russian leader", "pemimpin Rusia", "mantan gubernur itu")
stands for the one person named before with that title: as an event's subject, and as the
subject a pronoun after it goes back to."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.model import Analysis


def _analysis(text: str, lang: str) -> Analysis:
    return analyze(text, lang=lang, backend="builtin", pubdate="2025-05-01")


def _people_of(text: str, lang: str, trigger: str) -> list[str]:
    """Names of the people taking part in the event whose predicate is ``trigger``."""
    analysis = _analysis(text, lang)
    people = {a.id: a.name for a in analysis.actors if a.label == "PER"}
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    return [people[a] for a in event.actors if a in people]


def test_a_leader_word_with_the_country_names_the_head_of_state() -> None:
    text = (
        "French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva "
        "in Belem on Monday. The French leader promised new funds for the rainforest."
    )
    assert _people_of(text, "en", "promised") == ["Emmanuel Macron"]


def test_the_role_word_alone_names_the_only_person_with_that_title() -> None:
    text = (
        "Chelsea striker Nicolas Jackson scored twice against Fulham on Saturday. "
        "The striker celebrated with the travelling fans."
    )
    assert _people_of(text, "en", "celebrated") == ["Nicolas Jackson"]


def test_two_people_with_the_title_leave_the_role_unresolved() -> None:
    text = (
        "Health Minister Budi Gunadi Sadikin and Education Minister Nadiem Makarim visited "
        "the school. The minister said classes would resume."
    )
    assert _people_of(text, "en", "said") == []


def test_indonesian_role_with_its_country_or_determiner() -> None:
    text = (
        "Presiden Prancis Emmanuel Macron bertemu Kanselir Jerman Olaf Scholz di Berlin, "
        "Senin. Pemimpin Prancis itu menyerukan persatuan Eropa."
    )
    assert _people_of(text, "id", "menyerukan") == ["Emmanuel Macron"]
    text = (
        "Mantan Gubernur Jawa Barat Ridwan Kamil tiba di Bandung pada Kamis. Mantan gubernur "
        "itu menjawab pertanyaan wartawan selama satu jam."
    )
    assert _people_of(text, "id", "menjawab") == ["Ridwan Kamil"]


def test_a_bare_indonesian_title_names_no_one() -> None:
    text = (
        "Presiden Prancis Emmanuel Macron tiba di Jakarta pada Senin. "
        "Presiden menyampaikan pidato di depan mahasiswa."
    )
    assert _people_of(text, "id", "menyampaikan") == []


def test_a_pronoun_goes_back_to_the_role_subject_of_the_last_clause() -> None:
    text = (
        "Presiden AS Donald Trump berbicara dengan Presiden Rusia Vladimir Putin melalui "
        "telepon pada hari Selasa, di mana pemimpin Rusia setuju menghentikan serangan. "
        "Tetapi ia mengatakan gencatan senjata penuh butuh syarat."
    )
    assert _people_of(text, "id", "menghentikan") == ["Vladimir Putin"]
    assert _people_of(text, "id", "mengatakan") == ["Vladimir Putin"]


def test_a_pronoun_after_a_role_subject_in_its_own_sentence() -> None:
    text = (
        "President Prabowo Subianto met Finance Minister Sri Mulyani Indrawati on Tuesday. "
        "The minister arrived late, and she left before the vote."
    )
    assert _people_of(text, "en", "arrived") == ["Sri Mulyani Indrawati"]
    assert _people_of(text, "en", "left") == ["Sri Mulyani Indrawati"]
