"""Batch analysis of JSON lines: in-process or spread over worker processes."""

from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from reader import batch

LINES = [json.dumps({"id": i, "text": f"Article {i}: Putin met Trump."}).encode() for i in range(3)]


def test_more_workers_than_cores_are_capped_at_the_cores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """--workers 1000 must not fork a thousand processes on a two-core machine."""
    pools: list[int] = []

    class RecordingPool(ProcessPoolExecutor):
        def __init__(self, max_workers: int, **kwargs: Any) -> None:
            pools.append(max_workers)
            super().__init__(max_workers=max_workers, **kwargs)

    monkeypatch.setattr(batch, "ProcessPoolExecutor", RecordingPool)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    options = batch.Options(backend="builtin")
    out = [json.loads(line)["id"] for line in batch.analyze_lines(LINES, options, workers=1000)]
    assert out == [0, 1, 2] and pools == [2]


def test_one_core_means_no_worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "ProcessPoolExecutor", None)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: None)
    options = batch.Options(backend="builtin")
    assert len(list(batch.analyze_lines(LINES, options, workers=8))) == 3
