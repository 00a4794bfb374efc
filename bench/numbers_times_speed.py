"""Speed of the number and time annotators alone, on the built-in backend's tokens.

Prints the warm time of ``find_numbers`` + ``find_times`` on the seed article and their
throughput over about 1 MB of the bundled articles glued into one text. The word scan and
the time grammar are cached per text (the two annotators share them), so the caches are
cleared before every run: the figures are those of a text seen for the first time.
Usage: ``python bench/numbers_times_speed.py [--mb 1.0]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.analysis import timegrammar, wordscan  # noqa: E402
from reader.analysis.backends.builtin import BuiltinBackend  # noqa: E402
from reader.analysis.doc import Doc  # noqa: E402
from reader.analysis.numbers import find_numbers  # noqa: E402
from reader.analysis.times import find_times  # noqa: E402

PUBDATE = date(2025, 3, 19)


def run_once(doc: Doc) -> float:
    """Milliseconds for both annotators on ``doc``, with the per-text caches emptied first."""
    wordscan.clear_cache()
    timegrammar.find_time_expressions.cache_clear()
    start = time.perf_counter()
    find_numbers(doc)
    find_times(doc, PUBDATE)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0, help="size of the throughput corpus")
    args = parser.parse_args()
    backend = BuiltinBackend()
    seed = (REPO / "seeds" / "000_11623c467df5d8d0.txt").read_text(encoding="utf-8")
    seed_doc = backend.parse(seed, "id")
    run_once(seed_doc)  # cold: imports, dateparser's first call
    times = [run_once(seed_doc) for _ in range(50)]
    print(f"seed ({len(seed)} chars): median {statistics.median(times):.2f} ms warm")

    articles = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    text = ""
    while len(text.encode("utf-8")) < args.mb * 1_000_000:
        text += "\n\n".join(articles) + "\n\n"
    megabytes = len(text.encode("utf-8")) / 1_000_000
    doc = backend.parse(text, "id")
    run_once(doc)  # first pass: dateparser meets the corpus's dates once
    cpu = time.process_time()
    elapsed = run_once(doc) / 1000
    cpu = time.process_time() - cpu
    print(
        f"corpus {megabytes:.2f} MB: {elapsed:.2f} s wall, {cpu:.2f} s CPU, "
        f"{megabytes / cpu:.2f} MB/s of CPU time"
    )


if __name__ == "__main__":
    main()
