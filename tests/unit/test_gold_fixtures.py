"""The gold annotations are sound: every span matches its article, nothing overlaps within a
kind, labels and values are well formed, and every actor mention is an annotated entity.

These tests guard the yardstick itself; the quality tests measure the engine against it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import gold_tools

GOLD_PATHS = gold_tools.gold_paths()
CATALOG = json.loads((gold_tools.REPO_ROOT / "seeds" / "catalog.json").read_text("utf-8"))


def test_there_are_gold_files_for_the_seed_and_four_more_articles_in_two_languages() -> None:
    assert len(GOLD_PATHS) >= 5
    assert {gold_tools.load_gold(p).lang for p in GOLD_PATHS} >= {"id", "en"}


@pytest.mark.parametrize("path", GOLD_PATHS, ids=lambda p: p.stem)
def test_gold_file_is_consistent_with_its_article(path: Path) -> None:
    gold = gold_tools.load_gold(path)
    assert gold_tools.problems(gold) == []


@pytest.mark.parametrize("path", GOLD_PATHS, ids=lambda p: p.stem)
def test_gold_file_matches_the_catalog(path: Path) -> None:
    gold = gold_tools.load_gold(path)
    entry = CATALOG[Path(gold.file).name]
    assert (gold.lang, gold.pubdate) == (entry["lang"], entry["pubdate"])
    assert path.stem == Path(gold.file).stem


@pytest.mark.parametrize("path", GOLD_PATHS, ids=lambda p: p.stem)
def test_every_article_has_people_places_organisations_numbers_times_and_quotes(
    path: Path,
) -> None:
    gold = gold_tools.load_gold(path)
    labels = {e.label for e in gold.entities}
    assert {"PER", "LOC", "ORG"} <= labels
    assert gold.numbers and gold.times and gold.quotes and gold.timeline


def test_every_seed_article_is_catalogued() -> None:
    seeds = {p.name for p in (gold_tools.REPO_ROOT / "seeds").glob("*.txt")}
    assert seeds == set(CATALOG)
    for entry in CATALOG.values():
        assert set(entry) == {"title", "pubdate", "source", "lang"}


def test_problems_reports_a_span_that_does_not_match_its_text() -> None:
    gold = gold_tools.load_gold(GOLD_PATHS[0])
    first = gold.entities[0]
    gold.entities[0] = gold_tools.GoldSpan(first.start + 1, first.end + 1, first.text, first.info)
    assert any("text there is" in p for p in gold_tools.problems(gold))


def test_problems_reports_overlapping_spans_of_one_kind() -> None:
    gold = gold_tools.load_gold(GOLD_PATHS[0])
    first = gold.entities[0]
    wider = gold_tools.GoldSpan(
        first.start, first.end + 1, gold.text[first.start : first.end + 1], first.info
    )
    gold.entities.insert(1, wider)
    assert any("overlap" in p for p in gold_tools.problems(gold))


def test_entity_scores_count_exact_spans_and_labels_only() -> None:
    gold = [
        gold_tools.GoldSpan(0, 5, "Jokow", {"label": "PER"}),
        gold_tools.GoldSpan(10, 15, "Medan", {"label": "LOC"}),
    ]
    predicted = [
        gold_tools.GoldSpan(0, 5, "Jokow", {"label": "PER"}),
        gold_tools.GoldSpan(10, 15, "Medan", {"label": "ORG"}),
        gold_tools.GoldSpan(20, 22, "xx", {"label": "PER"}),
    ]
    scores = gold_tools.entity_scores(gold, predicted)
    assert (scores["PER"].tp, scores["PER"].fp, scores["PER"].fn) == (1, 1, 0)
    assert (scores["LOC"].tp, scores["LOC"].fn, scores["ORG"].fp) == (0, 1, 1)
    overall = gold_tools.total(scores)
    assert overall.precision == pytest.approx(1 / 3)
    assert overall.recall == pytest.approx(1 / 2)
    assert overall.f1 == pytest.approx(0.4)
