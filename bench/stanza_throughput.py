"""Throughput of the Stanza backend next to the built-in one, on the seed article.

    python bench/stanza_throughput.py [--models DIR] [--lang id] [--runs 5] [FILE]

By default it uses the tiny Indonesian test models in ``../shared/stanza-id-tiny``. Those are
deliberately small: the official Stanza models are larger (charlm, bigger vectors) and slower,
and far more accurate, so point ``--models`` at a real model folder to measure what users get.
Prints tokens per second of the backend's parse alone, the time of a whole ``analyze()``, and
the one-off costs (importing stanza/torch, loading the pipeline) separately.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.analysis import analyze, models  # noqa: E402
from reader.analysis.backends.builtin import BuiltinBackend  # noqa: E402
from reader.paths import seeds_dir  # noqa: E402

TINY = REPO.parent / "shared" / "stanza-id-tiny"
SEED = seeds_dir() / "000_11623c467df5d8d0.txt"


def median_seconds(work: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls (after one warm-up call)."""
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(backend: str, tokens: int, parse: float, whole: float) -> str:
    """One line of the table: token count, parse time, tokens/s, whole analyze() time."""
    speed = tokens / parse
    return f"{backend:<10}{tokens:>8}{parse * 1000:>11.1f}{speed:>11,.0f}{whole * 1000:>12.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=SEED, help="text to analyse")
    parser.add_argument("--models", type=Path, default=TINY, help="Stanza model folder")
    parser.add_argument("--lang", default="id")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    os.environ[models.MODEL_DIR_ENV] = str(args.models)
    text = args.file.read_text(encoding="utf-8")
    print(f"text: {args.file.name}, {len(text):,} characters; median of {args.runs} warm runs")
    print(f"{'backend':<10}{'tokens':>8}{'parse ms':>11}{'tokens/s':>11}{'analyze ms':>12}")

    builtin = BuiltinBackend()
    tokens = len(builtin.parse(text, args.lang).tokens())
    parse = median_seconds(lambda: builtin.parse(text, args.lang), args.runs)
    whole = median_seconds(lambda: analyze(text, lang=args.lang, backend="builtin"), args.runs)
    print(row("builtin", tokens, parse, whole))

    problem = models.stanza_unavailable_reason(args.lang)
    if problem:
        print(f"{'stanza':<10}skipped: {problem}")
        return 0
    start = time.perf_counter()
    import stanza  # noqa: F401  (torch comes with it)

    imported = time.perf_counter() - start
    from reader.analysis.backends.stanza import StanzaBackend

    start = time.perf_counter()
    backend = StanzaBackend.for_language(args.lang)
    loaded = time.perf_counter() - start
    tokens = len(backend.parse(text, args.lang).tokens())
    parse = median_seconds(lambda: backend.parse(text, args.lang), args.runs)
    whole = median_seconds(lambda: analyze(text, lang=args.lang, backend="stanza"), args.runs)
    print(row("stanza", tokens, parse, whole))
    print(
        f"stanza one-off: import stanza+torch {imported:.2f} s, load pipeline "
        f"({','.join(backend.processors)}) {loaded:.2f} s, from {args.models}"
    )
    if args.models.resolve() == TINY.resolve():
        print(
            "note: these are the tiny test models; official Stanza models are larger and "
            "slower (and far more accurate), so measure them with --models"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
