"""Quote and timeline quality over the gold fixtures: prints figures, asserts nothing.

For each ``tests/fixtures/gold/*.json`` it runs the quote and event annotators twice: on the
gold entities, actors and times (judging quotes and events alone), and inside the full
built-in ``analyze()`` (judging the whole chain). Reported: quotes found (exact span), speakers
right (actor name equal to the gold speaker, null counts when both are null), and timeline
constraints satisfied (the event at the "before" phrase is ordered before the one at "after").

Run: ``python bench/quotes_events_gold.py``
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.analysis import analyze  # noqa: E402
from reader.analysis.backends.builtin import BuiltinBackend  # noqa: E402
from reader.analysis.events import find_events  # noqa: E402
from reader.analysis.model import Actor, Event, Quote  # noqa: E402
from reader.analysis.quotes import find_quotes  # noqa: E402
from tests.unit.quotes_events_inputs import gold_inputs  # noqa: E402


def score(
    gold: dict[str, Any], text: str, quotes: list[Quote], events: list[Event], actors: list[Actor]
) -> tuple[int, int, int, int, list[str]]:
    """(quotes found, speakers right, constraints met, constraints checked, problems)."""
    names = {a.id: a.name for a in actors}
    found = {(q.start, q.end): q for q in quotes}
    hit = right = 0
    problems: list[str] = []
    for g in gold["quotes"]:
        q = found.get((g["start"], g["end"]))
        if q is None:
            problems.append(f"missed quote {text[g['start'] : g['end']][:40]!r}")
            continue
        hit += 1
        said = names.get(q.speaker) if q.speaker else None
        if said == g["speaker"]:
            right += 1
        else:
            problems.append(f"speaker {said!r} != {g['speaker']!r} for {q.text[:40]!r}")
    met = 0
    for c in gold.get("timeline", []):
        before, after = _event_at(text, events, c["before"]), _event_at(text, events, c["after"])
        if before and after and before.order < after.order:
            met += 1
        else:
            problems.append(f"timeline {c['before'][:30]!r} < {c['after'][:30]!r} not met")
    return hit, right, met, len(gold.get("timeline", [])), problems


def _event_at(text: str, events: list[Event], phrase: str) -> Event | None:
    """The event covering the phrase, else the nearest event starting in its vicinity."""
    at = text.find(phrase)
    if at < 0:
        return None
    covering = [e for e in events if e.start <= at + len(phrase) // 2 < e.end]
    if covering:
        return covering[0]
    near = sorted(events, key=lambda e: abs(e.start - at))
    return near[0] if near else None


def main() -> None:
    totals = {"gold": [0, 0, 0, 0, 0], "pipeline": [0, 0, 0, 0, 0]}
    for path in sorted((ROOT / "tests" / "fixtures" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (ROOT / gold["file"]).read_text(encoding="utf-8")
        entities, actors, times = gold_inputs(gold, text)
        doc = BuiltinBackend().parse(text, gold["lang"])
        quotes = find_quotes(doc, entities, actors)
        events = find_events(doc, entities, actors, times, quotes)
        runs = {"gold": score(gold, text, quotes, events, actors)}
        pubdate = date.fromisoformat(gold["pubdate"]) if gold.get("pubdate") else None
        full = analyze(text, lang=gold["lang"], backend="builtin", pubdate=pubdate)
        runs["pipeline"] = score(gold, text, full.quotes, full.events, full.actors)
        for kind, (hit, right, met, checked, problems) in runs.items():
            n = len(gold["quotes"])
            print(
                f"{path.stem:32} {kind:8} quotes {hit}/{n}  speakers {right}/{n}  "
                f"timeline {met}/{checked}  events {len(events if kind == 'gold' else full.events)}"
            )
            for problem in problems:
                print(f"    {problem}")
            for i, v in enumerate((hit, right, met, checked, n)):
                totals[kind][i] += v
    for kind, (hit, right, met, checked, n) in totals.items():
        print(f"TOTAL {kind:8} quotes {hit}/{n}  speakers {right}/{n}  timeline {met}/{checked}")


if __name__ == "__main__":
    main()
