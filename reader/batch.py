"""Analysis without the UI, for scripts and corpora: one text, or a JSON-lines stream.

A stream is analysed line by line, optionally in several processes, and results come out in
input order. A bad line yields an error object for its id; it never ends the stream.

Beyond one machine, :func:`analyze_record` is the unit of work: it takes one input line and
returns one output line, pure and picklable, so a cluster engine can map it over a corpus
unchanged, e.g. with Dask ``dask.bag.read_text("corpus-*.jsonl").map(analyze_record,
options).to_textfiles("out-*.jsonl")`` or with Ray ``ray.data.read_text(...).map(...)``.
Each worker process then loads the Stanza models once, as here.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from reader.analysis import Analysis, analyze

#: The error of a record whose worker process died (see _in_processes).
_WORKER_DIED = "the process analysing this record died (out of memory, or a crash in a model)"


@dataclass(frozen=True, slots=True)
class Options:
    """Settings shared by every text of one run; a record's own "date" overrides ``pubdate``."""

    lang: str | None = None
    backend: str = "auto"
    pubdate: str | None = None


def analyze_one(text: str, options: Options, pubdate: str | None = None) -> Analysis:
    """Analyse one text with the run's options."""
    return analyze(
        text, lang=options.lang, backend=options.backend, pubdate=pubdate or options.pubdate
    )


def analyze_record(line: bytes | str, options: Options) -> str:
    """Turn one input line ``{"id", "text", "date"?}`` into one output line (JSON, no newline).

    The output is the analysis with the record's ``id`` first, or ``{"id", "error"}``.
    """
    record_id: Any = None
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError("each line must be a JSON object")
        record_id = record.get("id")
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError('the object has no "text" string')
        pubdate = record.get("date")
        if pubdate is not None and not isinstance(pubdate, str):
            raise ValueError('"date" must be a string like 2025-03-19')
        result: dict[str, Any] = {"id": record_id, **analyze_one(text, options, pubdate).to_dict()}
    except Exception as exc:  # one bad record must not end the stream
        return _error_line(record_id, f"{type(exc).__name__}: {exc}")
    return json.dumps(result, ensure_ascii=False)


def _error_line(record_id: Any, message: str) -> str:
    return json.dumps({"id": record_id, "error": message}, ensure_ascii=False)


def _record_id(line: bytes | str) -> Any:
    """The ``id`` of an input line, or None when the line has none that can be read."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record.get("id") if isinstance(record, dict) else None


def analyze_lines(lines: Iterable[bytes], options: Options, workers: int = 1) -> Iterator[str]:
    """Analyse a JSON-lines stream, yielding output lines in input order.

    With ``workers > 1`` the records are spread over that many processes, at most one per CPU
    core (more would only compete for the cores, and each is a whole Python process); at most
    a few records per worker are in flight, so memory stays flat however long the stream is.
    """
    workers = min(workers, os.cpu_count() or 1)
    records = (line for line in lines if line.strip())
    if workers <= 1:
        for line in records:
            yield analyze_record(line, options)
        return
    yield from _in_processes(records, options, workers)


def _in_processes(records: Iterator[bytes], options: Options, workers: int) -> Iterator[str]:
    """Analyse ``records`` in a pool of ``workers`` processes, results in input order.

    A worker that dies (killed for memory, a crash in a model's native code) breaks the whole
    pool, and with it every record in flight. Those records are then run again one at a time
    in a new pool: the one that breaks it alone gets an error line, the others their results,
    and the stream goes on.
    """
    window = workers * 4
    suspects: deque[bytes] = deque()  # in flight when the pool broke, oldest first
    while True:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            # Lines in flight, oldest first; a line goes in before it is submitted, so one
            # whose submit finds the pool broken is retried like the rest.
            lines: deque[bytes] = deque()
            results: deque[Future[str]] = deque()
            try:
                while suspects:
                    result = pool.submit(analyze_record, suspects[0], options).result()
                    suspects.popleft()
                    yield result
                for line in records:
                    lines.append(line)
                    results.append(pool.submit(analyze_record, line, options))
                    while len(results) >= window or (results and results[0].done()):
                        yield _oldest(lines, results)
                while results:
                    yield _oldest(lines, results)
                return
            except BrokenProcessPool:
                if suspects:  # it broke with this record alone in it
                    yield _error_line(_record_id(suspects.popleft()), _WORKER_DIED)
                suspects.extend(lines)


def _oldest(lines: deque[bytes], results: deque[Future[str]]) -> str:
    """The oldest result in flight, waited for; its line is let go only once it is there."""
    result = results.popleft().result()
    lines.popleft()
    return result
