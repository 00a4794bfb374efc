"""The codes of TimeML's period values are written down once (:mod:`reader.analysis.timevalues`):
what the time grammar writes, the status line reads back."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reader.analysis.timevalues import period_number, period_value, read_value
from tests.conftest import REPO


@pytest.mark.parametrize(
    ("kind", "count"), [("month", 12), ("quarter", 4), ("half", 2), ("season", 4)]
)
def test_every_part_of_a_year_reads_back_as_written(kind: str, count: int) -> None:
    for number in range(1, count + 1):
        value = period_value(kind, number, "2025")
        assert read_value(value) == (kind, "2025", number)
        assert period_number(value.partition("-")[2]) == number


@pytest.mark.parametrize(
    ("value", "read"),
    [
        ("2024", ("year", "2024", 0)),
        ("199", ("decade", "199", 0)),
        ("19", ("century", "19", 0)),
        ("19-03", None),
        ("FY2026", ("fiscal", "2026", 0)),
        ("XXXX-03", None),
        ("2025-H3", None),
        ("2025-13", None),
        ("P3Y", None),
    ],
)
def test_a_value_reads_as_its_kind_or_not_at_all(
    value: str, read: tuple[str, str, int] | None
) -> None:
    assert read_value(value) == read


def test_the_status_line_reads_values_without_the_time_grammar() -> None:
    """Importing the time grammar would slow the reader's start-up."""
    code = "import sys, reader.widgets.status_line as s; print('timegrammar' in str(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
