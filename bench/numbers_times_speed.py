"""Speed of the number and time annotators alone, on the built-in backend's tokens.

Prints the warm time of ``find_numbers`` + ``find_times`` on the seed article and their
throughput over about 1 MB of the bundled articles glued into one text. The word scan and
the time grammar are made once per document (the two annotators share them), so every run
gets a freshly parsed document: the figures are those of a text seen for the first time.
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

from reader.analysis.backends.builtin import BuiltinBackend  # noqa: E402
from reader.analysis.numbers import find_numbers  # noqa: E402
from reader.analysis.times import find_times  # noqa: E402

PUBDATE = date(2025, 3, 19)


def run_once(text: str, backend: BuiltinBackend) -> tuple[float, float]:
    """Wall and CPU seconds for both annotators on ``text``, parsed afresh (outside the
    clock) so that no view of an earlier run's document is reused."""
    doc = backend.parse(text, "id")
    cpu, wall = time.process_time(), time.perf_counter()
    find_numbers(doc)
    find_times(doc, PUBDATE)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0, help="size of the throughput corpus")
    args = parser.parse_args()
    backend = BuiltinBackend()
    seed = (REPO / "seeds" / "000_11623c467df5d8d0.txt").read_text(encoding="utf-8")
    run_once(seed, backend)  # cold: imports, dateparser's first call
    times = [run_once(seed, backend)[0] * 1000 for _ in range(50)]
    print(f"seed ({len(seed)} chars): median {statistics.median(times):.2f} ms warm")

    articles = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    text = ""
    while len(text.encode("utf-8")) < args.mb * 1_000_000:
        text += "\n\n".join(articles) + "\n\n"
    megabytes = len(text.encode("utf-8")) / 1_000_000
    run_once(text, backend)  # first pass: dateparser meets the corpus's dates once
    elapsed, cpu = run_once(text, backend)
    print(
        f"corpus {megabytes:.2f} MB: {elapsed:.2f} s wall, {cpu:.2f} s CPU, "
        f"{megabytes / cpu:.2f} MB/s of CPU time"
    )


if __name__ == "__main__":
    main()
