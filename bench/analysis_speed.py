"""Speed and memory of the built-in analysis (issue 3's targets), measured in one run.

Prints the warm time for the seed article (target: under 20 ms), throughput over a corpus of
about 1 MB of news text made from the bundled articles (target: at least 1 MB/s on one core),
and the peak memory of that run. Throughput is the steady state: each distinct article is
analysed once before the clock starts, so the one-time loading of lazily imported libraries
(dateparser alone takes about 0.3 s on its first call) is not spread over the megabyte.
A second throughput line gives every copy of an article its own publication date, so no
resolved date is reused from an earlier copy: the cost of reading dates (dateparser, for the
forms the time grammar does not read itself) shows as it would over a megabyte of distinct news.
Usage: ``python bench/analysis_speed.py [--mb 1.0]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.analysis import analyze  # noqa: E402

SEED = REPO / "seeds" / "000_11623c467df5d8d0.txt"


def warm_times(text: str, runs: int = 30) -> list[float]:
    """Milliseconds per analysis of ``text`` after a first, cold run."""
    analyze(text, lang="id", backend="builtin", pubdate="2025-03-19")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        analyze(text, lang="id", backend="builtin", pubdate="2025-03-19")
        times.append((time.perf_counter() - start) * 1000)
    return times


def corpus(megabytes: float) -> list[str]:
    """The bundled articles repeated until they add up to ``megabytes`` of UTF-8 text."""
    articles = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for article in articles:
            out.append(article)
            size += len(article.encode("utf-8"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in MB")
    args = parser.parse_args()

    seed = SEED.read_text(encoding="utf-8")
    times = warm_times(seed)
    print(
        f"seed article ({len(seed):,} chars), warm: median {statistics.median(times):.1f} ms, "
        f"best {min(times):.1f} ms  (target < 20 ms)"
    )

    texts = corpus(args.mb)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
    for text in set(texts):  # steady state: libraries the annotators load on first use
        analyze(text, backend="builtin", pubdate="2025-03-19")  # (dateparser, gazetteers)
    start = time.perf_counter()
    for text in texts:
        analyze(text, backend="builtin", pubdate="2025-03-19")
    elapsed = time.perf_counter() - start
    print(
        f"throughput: {megabytes:.2f} MB in {elapsed:.2f} s = {megabytes / elapsed:.2f} MB/s "
        f"on one core, language detected per article  (target >= 1 MB/s)"
    )

    first_day = date(2020, 1, 1)
    start = time.perf_counter()
    for copy, text in enumerate(texts):
        analyze(text, backend="builtin", pubdate=first_day + timedelta(days=copy))
    elapsed = time.perf_counter() - start
    print(f"throughput, each copy with its own publication date: {megabytes / elapsed:.2f} MB/s")

    tracemalloc.start()  # a separate pass: tracing slows Python down several times
    for text in texts[: max(1, len(texts) // 10)]:
        analyze(text, backend="builtin", pubdate="2025-03-19")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory while analysing: {peak / 1_048_576:.1f} MiB")


if __name__ == "__main__":
    main()
