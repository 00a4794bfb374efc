"""The seed article's quality bar (issue 3), checked against its hand-made gold annotation.

The built-in backend must find the four people as four actors with all their mentions, the
places, the numbers (satu jam twice, 175 tawanan perang, 22, 30 hari, dua jam), all 11 quotes with
at least 10 speakers right, the relative days resolved against the publication date, and a
timeline that puts Tuesday's Trump-Putin call and Putin's refusal before Wednesday's
Trump-Zelensky call. Expectations come from the gold file, not from the engine's own output.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import gold_tools

from reader.analysis import Analysis, analyze

SEED_GOLD = gold_tools.GOLD_DIR / "000_11623c467df5d8d0.json"
PEOPLE = ("Donald Trump", "Volodymyr Zelensky", "Vladimir Putin", "Marco Rubio")


@pytest.fixture(scope="module")
def gold() -> gold_tools.Gold:
    return gold_tools.load_gold(SEED_GOLD)


@pytest.fixture(scope="module")
def analysis(gold: gold_tools.Gold) -> Analysis:
    return analyze(gold.text, lang="id", backend="builtin", pubdate="2025-03-19")


def _offsets(spans: list) -> set[tuple[int, int]]:
    return {(s.start, s.end) for s in spans}


@pytest.mark.parametrize("name", PEOPLE)
def test_each_person_is_one_actor_with_all_mentions(
    name: str, gold: gold_tools.Gold, analysis: Analysis
) -> None:
    wanted = gold.actor(name)
    actor = gold_tools.actor_for(wanted, analysis)
    assert actor is not None, f"no actor for {name}"
    assert (actor.name, actor.label) == (name, "PER")
    missing = _offsets(wanted.spans) - _offsets(actor.mentions)
    assert not missing, [gold.text[a:b] + f"@{a}" for a, b in sorted(missing)]


def test_the_four_people_are_exactly_four_person_actors(analysis: Analysis) -> None:
    people = sorted(a.name for a in analysis.actors if a.label == "PER")
    assert people == sorted(PEOPLE)


def test_every_person_mention_is_a_person_entity(gold: gold_tools.Gold, analysis: Analysis) -> None:
    wanted = {(e.start, e.end) for e in gold.entities if e.label == "PER"}
    found = {(e.start, e.end) for e in analysis.entities if e.label == "PER"}
    assert wanted <= found, sorted(wanted - found)


def test_every_place_is_a_location_entity(gold: gold_tools.Gold, analysis: Analysis) -> None:
    wanted = {(e.start, e.end, e.text) for e in gold.entities if e.label == "LOC"}
    found = {(e.start, e.end, e.text) for e in analysis.entities if e.label == "LOC"}
    assert wanted <= found, sorted(wanted - found)


def test_as_and_amerika_serikat_are_one_actor(gold: gold_tools.Gold, analysis: Analysis) -> None:
    usa = gold.actor("Amerika Serikat")
    actor = gold_tools.actor_for(usa, analysis)
    assert actor is not None and actor.label == "LOC"
    assert _offsets(usa.spans) <= _offsets(actor.mentions)


def test_truth_social_is_an_organisation(gold: gold_tools.Gold, analysis: Analysis) -> None:
    wanted = {(e.start, e.end) for e in gold.entities if e.label == "ORG"}
    found = {(e.start, e.end) for e in analysis.entities if e.label == "ORG"}
    assert wanted <= found


@pytest.mark.parametrize(
    ("text", "value", "occurrences"),
    [("satu jam", 1, 2), ("30 hari", 30, 1), ("175 tawanan perang", 175, 1), ("dua jam", 2, 1)],
)
def test_numbers_cover_the_quantity_and_what_it_counts(
    text: str, value: int, occurrences: int, gold: gold_tools.Gold, analysis: Analysis
) -> None:
    wanted = [n for n in gold.numbers if n.text == text]
    assert len(wanted) == occurrences
    for number in wanted:
        match = [p for p in analysis.numbers if (p.start, p.end) == (number.start, number.end)]
        assert match, f"{text!r} at {number.start} not found"
        assert match[0].value == value
        assert match[0].unit == number.info["unit"]


def test_twenty_two_wounded_soldiers_are_a_number(
    gold: gold_tools.Gold, analysis: Analysis
) -> None:
    (wanted,) = [n for n in gold.numbers if n.info["value"] == 22]
    match = [p for p in analysis.numbers if p.start == wanted.start]
    assert match and match[0].value == 22


@pytest.mark.parametrize(
    ("text", "value"),
    [("hari Selasa", "2025-03-18"), ("Rabu", "2025-03-19"), ("kemarin", "2025-03-18")],
)
def test_relative_days_resolve_against_the_publication_date(
    text: str, value: str, gold: gold_tools.Gold, analysis: Analysis
) -> None:
    for wanted in (t for t in gold.times if t.text == text):
        found = [t for t in analysis.times if gold_tools.overlaps(t, wanted)]
        assert found, f"{text!r} at {wanted.start} not found"
        assert found[0].value == value


def test_a_thirty_day_ceasefire_is_a_duration_not_a_date(
    gold: gold_tools.Gold, analysis: Analysis
) -> None:
    (wanted,) = [t for t in gold.times if t.text == "30 hari"]
    found = [t for t in analysis.times if gold_tools.overlaps(t, wanted)]
    assert found and all(t.type == "DURATION" and t.value is None for t in found)


def test_all_eleven_quotes_are_found(gold: gold_tools.Gold, analysis: Analysis) -> None:
    assert len(gold.quotes) == 11
    missing = _offsets(gold.quotes) - _offsets(analysis.quotes)
    assert not missing, [gold.text[a:b] for a, b in sorted(missing)]


def test_at_least_ten_speakers_are_right(gold: gold_tools.Gold, analysis: Analysis) -> None:
    found = gold_tools.matches(gold.quotes, analysis.quotes)
    wrong = [
        (q.text[:30], q.info["speaker"])
        for q in gold.quotes
        if q not in found
        or not gold_tools.speaker_is_right(q.info["speaker"], found[q].speaker, gold, analysis)
    ]
    assert len(wrong) <= 1, wrong


@pytest.mark.parametrize(
    "earlier",
    ["Trump berbicara dengan Putin selama dua jam", "Putin menolak gencatan senjata 30 hari"],
)
def test_tuesday_call_and_refusal_come_before_wednesday_call(
    earlier: str, gold: gold_tools.Gold, analysis: Analysis
) -> None:
    constraint = {"before": earlier, "after": "Trump mengatakan panggilan Rabu dengan Zelensky"}
    assert constraint in gold.timeline
    assert gold_tools.timeline_holds(gold, constraint, analysis)
