"""Analysis quality against the hand-made gold annotations (``tests/fixtures/gold``).

Prints, per article and over all of them, exact-span precision/recall/F1 per entity label
(PER, ORG, LOC, MISC) and overall, then the recall of numbers, times and quotes (exact span,
and in brackets any overlap), how many matched values are right, how many quote speakers are
right, how many people are one actor with all their mentions, and how many timeline
constraints hold.

Usage: ``python bench/entity_quality.py [--backend builtin|stanza] [--errors]``. With
``stanza`` an article is skipped, with the reason, when no Stanza models for its language are
installed. ``--errors`` also lists, per article, the gold entities missed and the predicted ones
that match no gold entity (label and span), to see what to fix.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "fixtures"))

import gold_tools  # noqa: E402
from gold_tools import ENTITY_LABELS, Report, Score  # noqa: E402

from reader.analysis import analyze  # noqa: E402
from reader.analysis.models import stanza_unavailable_reason  # noqa: E402

NAME_WIDTH = 28


def _prf(score: Score) -> str:
    return f"{score.precision:5.2f} {score.recall:5.2f} {score.f1:5.2f}"


def _share(score: Score) -> str:
    return f"{score.tp}/{score.tp + score.fn}"


def entity_table(rows: list[tuple[str, Report]]) -> list[str]:
    """One line per article (and the total): P R F1 for each label, PER/ORG/LOC and overall."""
    columns = [*ENTITY_LABELS, "PER+ORG+LOC", "ALL"]
    lines = [
        f"{'entities (exact span, P R F1)':<{NAME_WIDTH}}"
        + "".join(f" | {c:^17}" for c in columns),
    ]
    for name, report in rows:
        cells = [report.entities[label] for label in ENTITY_LABELS]
        cells.append(gold_tools.total(report.entities, ("PER", "ORG", "LOC")))
        cells.append(gold_tools.total(report.entities))
        lines.append(f"{name:<{NAME_WIDTH}}" + "".join(f" | {_prf(c)}" for c in cells))
    return lines


def other_table(rows: list[tuple[str, Report]]) -> list[str]:
    """Recall of numbers, times and quotes; right values, speakers, people and timeline."""
    header = (
        f"{'recall: exact (overlap)':<{NAME_WIDTH}} | numbers     | num.value | times       "
        "| time.value | quotes | speakers | people | timeline"
    )
    lines = [header]
    for name, r in rows:
        lines.append(
            f"{name:<{NAME_WIDTH}}"
            f" | {r.numbers.recall:4.2f} ({r.numbers_overlap.recall:4.2f})"
            f" | {_share(r.number_values):>9}"
            f" | {r.times.recall:4.2f} ({r.times_overlap.recall:4.2f})"
            f" | {_share(r.time_values):>10}"
            f" | {r.quotes.recall:6.2f}"
            f" | {_share(r.speakers):>8}"
            f" | {_share(r.people):>6}"
            f" | {_share(r.timeline):>8}"
        )
    return lines


def entity_errors(gold: gold_tools.Gold, analysis: Any) -> list[str]:
    """Lines naming the missed gold entities and the spurious predicted ones, in text order."""
    wanted = {(e.start, e.end, e.label) for e in gold.entities}
    got = {(e.start, e.end, e.label) for e in analysis.entities}
    lines = []
    for start, end, label in sorted(wanted ^ got):
        kind = "missed  " if (start, end, label) in wanted else "spurious"
        lines.append(f"  {kind} {label:<4} {gold.text[start:end]!r} @{start}")
    return lines


def run(backend: str, *, errors: bool = False) -> list[tuple[str, Report]]:
    """Analyse every gold article with ``backend``; rows per article and a final total row.

    With ``errors`` the entity mistakes of each article are printed as it is analysed.
    """
    rows: list[tuple[str, Report]] = []
    for gold in gold_tools.load_all():
        if backend == "stanza" and (reason := stanza_unavailable_reason(gold.lang)):
            print(f"skipped {gold.name}: {reason}")
            continue
        analysis = analyze(gold.text, lang=gold.lang, backend=backend, pubdate=gold.pubdate)
        rows.append((gold.name[:NAME_WIDTH], gold_tools.evaluate(gold, analysis)))
        if errors:
            print(gold.name, *entity_errors(gold, analysis), sep="\n")
    if rows:
        overall = Report()
        for _, report in rows:
            overall = overall + report
        rows.append(("ALL ARTICLES", overall))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the quality tables for the chosen backend."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("builtin", "stanza"), default="builtin")
    parser.add_argument("--errors", action="store_true", help="list entity mistakes per article")
    args = parser.parse_args(argv)
    rows = run(args.backend, errors=args.errors)
    if not rows:
        print(f"nothing to measure with the {args.backend} backend")
        return 1
    print(f"backend: {args.backend}")
    print("\n".join(entity_table(rows)))
    print()
    print("\n".join(other_table(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
