"""Batch analysis of JSON lines: in-process or spread over worker processes."""

from __future__ import annotations

import json
import multiprocessing
import os
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


def test_a_worker_that_dies_costs_only_its_own_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """A record that kills its process gets an error line; the records around it, in flight
    in the same broken pool, still get their results, in order."""
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched analysis reaches the workers only when they are forked")
    real = batch.analyze_one

    def dies_on_poison(text: str, options: batch.Options, pubdate: str | None = None) -> Any:
        if text == "poison":
            os._exit(1)  # as the kernel's out-of-memory killer would end it
        return real(text, options, pubdate)

    monkeypatch.setattr(batch, "analyze_one", dies_on_poison)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    texts = ["Putin met Trump.", "poison", "Zelensky spoke.", "Rubio agreed.", "Kyiv waited."]
    lines = [json.dumps({"id": i, "text": t}).encode() for i, t in enumerate(texts)]
    out = [json.loads(line) for line in batch.analyze_lines(lines, batch.Options("en"), workers=2)]
    assert [o["id"] for o in out] == [0, 1, 2, 3, 4]
    assert "died" in out[1]["error"]
    assert all("error" not in o and o["lang"] == "en" for i, o in enumerate(out) if i != 1)
