"""How the store scales: libraries of 100, 1,000 and 10,000 articles, side by side.

    python bench/store_scale.py [--sizes 100,1000,10000] [--saves 300]

For each size it generates a library in a temporary folder (synthetic short articles, a
realistic cached analysis for each, and a note on every fifth article), written in bulk, then
measures:

* note save p50/p95: ``add_note`` on random articles, fsync included (targets: p95 < 15 ms at
  10,000 articles and at most 2x the 100-article figure);
* library list: ``article_summaries()`` on a fresh Store (target: < 300 ms at 10,000);
* store open: a fresh Store's first call (``get_article``);
* start-up path: what the app does when it starts (fresh Store, library list, most recent
  article, its cached analysis and notes), also for an empty library, so the growth is visible
  (target: under 200 ms more than with an empty library).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tinydb.table import Document

from reader.analysis.model import (
    ANALYZER_VERSION,
    Actor,
    Analysis,
    Entity,
    Event,
    NumberSpan,
    Quote,
    Sentence,
    Span,
    TimeSpan,
)
from reader.store import Anchor, Store
from reader.store.files import atomic_write

# fmt: off
WORDS = [
    "council", "minister", "river", "harbour", "union", "budget", "police", "market", "school",
    "village", "farmers", "port", "court", "election", "bridge", "hospital", "water", "prices",
    "workers", "station", "report", "road", "storm", "festival",
]
# fmt: on
NAMES = ["Lena Ortiz", "Ari Santoso", "Maya Chen", "Tomas Berg", "Dewi Lestari", "Omar Haddad"]
PLACES = ["Jakarta", "Surabaya", "Lisbon", "Nairobi", "Oslo", "Lima"]
ORGS = ["Harbour Authority", "Farmers Union", "City Council", "Water Board"]


def article_text(rng: random.Random, number: int) -> str:
    """A short synthetic news text (about 1,500 characters) that is unique to ``number``."""
    sentences = []
    for index in range(12):
        words = " ".join(rng.choice(WORDS) for _ in range(14))
        who, where, org = rng.choice(NAMES), rng.choice(PLACES), rng.choice(ORGS)
        sentences.append(
            f"{who} of the {org} said in {where} on Monday that {words} "
            f"affected {rng.randint(2, 9000)} people (report {number}-{index})."
        )
    sentences.insert(
        3, f'"We will rebuild the {rng.choice(WORDS)} by March," said {rng.choice(NAMES)}.'
    )
    return "\n".join(sentences)


def realistic_analysis(text: str) -> Analysis:
    """An analysis shaped like a real one of ``text``: every span points at its own words."""

    def spans(needle: str) -> list[Span]:
        found, start = [], text.find(needle)
        while start >= 0:
            found.append(Span(start, start + len(needle), needle))
            start = text.find(needle, start + 1)
        return found

    sentences, start = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(start, start + len(line)))
        start += len(line) + 1
    actors, entities = [], []
    for number, (name, label) in enumerate(
        [(n, "PER") for n in NAMES] + [(p, "LOC") for p in PLACES] + [(o, "ORG") for o in ORGS]
    ):
        mentions = spans(name)
        if mentions:
            actor_id = f"a{number}"
            actors.append(Actor(actor_id, name, label, [name.split()[-1]], mentions, ["official"]))  # type: ignore[arg-type]
            entities += [Entity(m.start, m.end, m.text, label, actor_id) for m in mentions]  # type: ignore[arg-type]
    entities.sort(key=lambda e: e.start)
    numbers = [
        NumberSpan(s.start, s.end + 7, text[s.start : s.end + 7], 1, "people")
        for s in spans("affected")[:10]
    ]
    times = [
        TimeSpan(s.start, s.end, s.text, "DATE", "2026-11-23", "2026-11-25", True)
        for s in spans("Monday")
    ]
    quote_start = text.index('"')
    quote_end = text.index('"', quote_start + 1) + 1
    quotes = [
        Quote(quote_start, quote_end, text[quote_start:quote_end], actors[0].id if actors else None)
    ]
    events = [
        Event(
            f"e{i}",
            s.start,
            s.end,
            text[s.start : s.start + 40],
            [actors[0].id] if actors else [],
            "2026-11-23",
            "Monday",
            i,
        )
        for i, s in enumerate(sentences[:10])
    ]
    return Analysis(
        lang="en",
        backend="builtin",
        analyzer_version=ANALYZER_VERSION,
        sentences=sentences,
        entities=entities,
        numbers=numbers,
        times=times,
        quotes=quotes,
        actors=actors,
        events=events,
    )


def generate(home: Path, size: int, rng: random.Random) -> list[str]:
    """Write a library of ``size`` articles in bulk; returns the article ids."""
    store = Store(home)
    texts = [article_text(rng, n) for n in range(size)]
    results = store.add_articles(  # made durable by the os.sync() after generate()
        ({"text": t, "title": f"Report {n}: {t[:40]}"} for n, t in enumerate(texts)), sync=False
    )
    ids = [record.id for record, _ in results]
    analysis = realistic_analysis(results[0][0].text) if results else None
    # Serialised once: the same cache file content for every article (to_dict is slow).
    cached = json.dumps(analysis.to_dict() if analysis else {}).encode()
    with store._writing():
        actors_by_shard: dict[str, list[str]] = {}
        notes_by_shard: dict[str, list[Document]] = {}
        for number, (record, _) in enumerate(results):
            assert analysis is not None
            path = store.analyses.path(
                record.id, backend="builtin", analyzer_version=ANALYZER_VERSION, pubdate=None
            )
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, cached, durable=False)
            actors_by_shard.setdefault(record.id[:2], []).append(record.id)
            if number % 5 == 0:
                note = {
                    "article_id": record.id,
                    "body": f"Check the figure in report {number} against last year's.",
                    "anchor": {"start": 0, "end": 10, "text": record.text[:10], "kind": "span"},
                    "created_at": "2026-11-25T12:00:00+00:00",
                    "updated_at": "2026-11-25T12:00:00+00:00",
                }
                notes_by_shard.setdefault(record.id[:2], []).append(
                    Document(note, doc_id=f"{record.id[:2]}{number:010x}")  # type: ignore[arg-type]
                )
        for shard, article_ids in actors_by_shard.items():
            store._table("library", shard).update(
                {"actors": len(analysis.actors) if analysis else 0},
                doc_ids=article_ids,  # type: ignore[arg-type]
            )
        for shard, docs in notes_by_shard.items():
            store._table("notes", shard).insert_multiple(docs)
    return ids


def timed(action: Callable[[], Any]) -> float:
    """Milliseconds one call of ``action`` takes."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def start_up(home: Path) -> None:
    """What the app does when it starts: list, open the most recent article, its analysis, notes."""
    store = Store(home)
    summaries = store.article_summaries()
    if summaries:
        article = store.get_article(summaries[0].id)
        assert article is not None
        store.load_analysis(article.id, analyzer_version=ANALYZER_VERSION, pubdate=article.pubdate)
        store.notes(article.id)


def measure_reads(home: Path, rng: random.Random) -> dict[str, float]:
    """Median times of opening the store, the library list and the start-up path."""
    ids = [s.id for s in Store(home).article_summaries()]
    repeats = 5
    return {
        "open_ms": statistics.median(
            timed(lambda: Store(home).get_article(rng.choice(ids)) if ids else Store(home).notes())
            for _ in range(repeats)
        ),
        "list_ms": statistics.median(
            timed(lambda: Store(home).article_summaries()) for _ in range(repeats)
        ),
        "startup_ms": statistics.median(timed(lambda: start_up(home)) for _ in range(repeats)),
    }


def disk_probe(folder: Path) -> float:
    """Milliseconds for the disk alone: a 2 KB crash-safe write (two fsyncs), no store."""
    start = time.perf_counter()
    atomic_write(folder / "probe.json", b"x" * 2048)
    return (time.perf_counter() - start) * 1000


def measure_writes(
    homes: dict[int, Path], saves: int, rng: random.Random, scratch: Path
) -> tuple[dict[int, dict[str, float]], list[float]]:
    """Note saves (and mark-opened) timed round-robin across the libraries, so that a burst of
    disk activity from anything else on the machine hits every size alike. Also returns the
    disk probe's times, taken in the same rounds."""
    stores = {size: Store(home) for size, home in homes.items()}
    ids = {size: [s.id for s in store.article_summaries()] for size, store in stores.items()}
    saved: dict[int, list[float]] = {size: [] for size in homes}
    opened: dict[int, list[float]] = {size: [] for size in homes}
    probes = []
    for number in range(saves):
        probes.append(disk_probe(scratch))
        order = list(homes)
        rng.shuffle(order)
        for size in order:
            store, article_id = stores[size], rng.choice(ids[size])
            article = store.get_article(article_id)
            assert article is not None
            anchor = Anchor(0, 10, article.text[:10], "span")
            start = time.perf_counter()
            store.add_note(article_id, f"bench note {number}", anchor)
            saved[size].append((time.perf_counter() - start) * 1000)
            if number % 5 == 0:
                opened[size].append(timed(lambda: store.mark_opened(article_id)))  # noqa: B023
    figures = {
        size: {
            "save_p50_ms": percentile(saved[size], 0.5),
            "save_p95_ms": percentile(saved[size], 0.95),
            "opened_p95_ms": percentile(opened[size], 0.95),
        }
        for size in homes
    }
    return figures, probes


ROWS = [
    ("note save p50 (ms, fsync incl.)", "save_p50_ms", "{:.2f}"),
    ("note save p95 (ms, fsync incl.)", "save_p95_ms", "{:.2f}"),
    ("mark opened p95 (ms)", "opened_p95_ms", "{:.2f}"),
    ("library list, fresh Store (ms)", "list_ms", "{:.1f}"),
    ("store open, first call (ms)", "open_ms", "{:.1f}"),
    ("start-up path (ms)", "startup_ms", "{:.1f}"),
    ("generation (s)", "generate_s", "{:.1f}"),
]


def main() -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated library sizes")
    parser.add_argument("--saves", type=int, default=300, help="note saves timed per size")
    args = parser.parse_args()
    sizes = [0, *(int(s) for s in args.sizes.split(","))]
    results: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="newsreader-bench-") as root:
        homes = {size: Path(root) / f"library-{size}" for size in sizes}
        for size, home in homes.items():
            print(f"generating {size:,} articles...", file=sys.stderr, flush=True)
            seconds = timed(lambda: generate(home, size, random.Random(size))) / 1000  # noqa: B023
            results[size] = {"generate_s": seconds}
        os.sync()  # flush the bulk writes now, or the first measured fsyncs would pay for them
        print("measuring...", file=sys.stderr, flush=True)
        rng = random.Random(1)
        for size, home in homes.items():
            results[size].update(measure_reads(home, rng))
        libraries = {size: home for size, home in homes.items() if size}
        writes, probes = measure_writes(libraries, args.saves, rng, Path(root))
        for size, figures in writes.items():
            results[size].update(figures)
    header = f"{'articles':<34}" + "".join(f"{size:>10,}" for size in sizes)
    print(header)
    print("-" * len(header))
    for label, key, fmt in ROWS:
        cells = "".join(
            f"{fmt.format(results[s][key]) if key in results[s] else '-':>10}" for s in sizes
        )
        print(f"{label:<34}{cells}")
    print(
        f"\ndisk alone (2 KB crash-safe write, no store): p50 {percentile(probes, 0.5):.2f} ms, "
        f"p95 {percentile(probes, 0.95):.2f} ms"
    )
    smallest, largest = sizes[1], sizes[-1]
    if "save_p95_ms" in results[largest]:
        ratio = results[largest]["save_p95_ms"] / results[smallest]["save_p95_ms"]
        growth = results[largest]["startup_ms"] - results[0]["startup_ms"]
        p95 = results[largest]["save_p95_ms"]
        print(
            f"note save p95 at {largest:,}: {p95:.2f} ms (target < 15), "
            f"{ratio:.2f}x the {smallest:,}-article figure (target <= 2)"
        )
        print(f"library list at {largest:,}: {results[largest]['list_ms']:.0f} ms (target < 300)")
        print(f"start-up growth over an empty library: {growth:.0f} ms (target < 200)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
