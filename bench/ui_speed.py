"""How fast the reader feels: start-up, key presses, and the library with 10,000 articles.

    python bench/ui_speed.py [--runs 10] [--keys 200]

(a) Start-up: time from process start to the first paint of the seed article (warm analysis
    cache, bytecode written), through the real command line (``newsreader --home H``), side
    by side with an empty Textual app, each run in a pseudo-terminal (120×40) the way a user
    runs it. Each child exits right after its first paint; the figure is process spawn →
    first paint.
    Target: at most 1.5× the empty app.
(b) Key to repaint: moving between items (``n``) on a ~50 KB article made by joining the
    bundled articles, headless, from the key press to the next frame the screen composes.
    Target: p95 under 50 ms.
(c) Library: from pushing the library screen with 10,000 articles to its first frame.

Prints figures only; it asserts nothing (speed is not a test).
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import fcntl
import os
import pty
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

SIZE = (120, 40)
TARGET_BYTES = 50_000

# -- child processes (they import as little as they need: imports are part of the figure) --


def _child_empty(report: Path) -> None:
    """An empty Textual app that exits right after its first paint."""
    from textual.app import App

    class Empty(App[None]):
        def on_mount(self) -> None:
            self.call_after_refresh(self._painted)

        def _painted(self) -> None:
            report.write_text(str(time.monotonic()))
            self.exit()

    Empty().run()


def _child_reader(report: Path, home: str) -> None:
    """The real command line, with ``run_app`` swapped for an app that exits once the
    article's first paint (with its analysis) is on screen."""
    import reader.app
    from reader.cli import main
    from reader.library import Library
    from reader.screens.reader import ReaderScreen

    class FirstPaint(reader.app.NewsReaderApp):
        # A relative CSS_PATH is read next to the defining module: point at the app's own.
        CSS_PATH = str(Path(reader.app.__file__).with_name("app.tcss"))

        def on_mount(self) -> None:
            # Textual also runs NewsReaderApp.on_mount (handlers run for each class in the
            # MRO), so no super() call here: that would open the article twice.
            self.call_after_refresh(self._check)

        def _check(self) -> None:
            screen = self.screen
            if isinstance(screen, ReaderScreen) and screen.analysis is not None:
                screen.call_after_refresh(self._painted)
            else:
                self.call_after_refresh(self._check)

        def _painted(self) -> None:
            report.write_text(str(time.monotonic()))
            self.exit()

    def run_app(library: Library, article_id: str | None) -> None:
        FirstPaint(library, article_id).run()

    reader.app.run_app = run_app
    main(["--home", home])


def _run_in_pty(args: list[str]) -> float:
    """Spawn ``args`` in a 120×40 pseudo-terminal; seconds from spawn to its first paint."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "painted"
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
        drain = threading.Thread(target=_drain, args=(master,), daemon=True)
        drain.start()
        # The size comes from the pty, not from variables inherited from our own terminal.
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        env["TERM"] = "xterm-256color"
        start = time.monotonic()
        child = subprocess.Popen(
            [*args, "--report", str(report)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            close_fds=True,
        )
        child.wait(timeout=120)
        os.close(slave)
        drain.join(timeout=5)
        os.close(master)
        if child.returncode != 0 or not report.exists():
            raise RuntimeError(f"{args} failed with exit code {child.returncode}")
        return float(report.read_text()) - start


def _drain(fd: int) -> None:
    """Read and discard the child's terminal output (so it never blocks on a full pty)."""
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass


def bench_startup(runs: int) -> None:
    """(a) Median spawn → first paint of the reader and of an empty Textual app."""
    me = [sys.executable, str(Path(__file__).resolve())]
    with tempfile.TemporaryDirectory(prefix="newsreader-bench-") as home:
        reader_cmd = [*me, "--child", "reader", "--home", home]
        empty_cmd = [*me, "--child", "empty"]
        # Warm up: the first reader run imports the seeds and caches their analysis. The
        # package's bytecode is written first, as pip does on install: a shell with
        # PYTHONDONTWRITEBYTECODE set would otherwise compile every module at every start.
        compileall.compile_dir(REPO / "reader", quiet=1)
        _run_in_pty(reader_cmd)
        _run_in_pty(empty_cmd)
        reader_times: list[float] = []
        empty_times: list[float] = []
        for _ in range(runs):  # interleaved, so drift on the machine hits both alike
            empty_times.append(_run_in_pty(empty_cmd))
            reader_times.append(_run_in_pty(reader_cmd))
    empty = statistics.median(empty_times)
    ours = statistics.median(reader_times)
    print(f"(a) start to first paint, median of {runs} (pty {SIZE[0]}x{SIZE[1]}, warm cache):")
    print(f"    empty Textual app  {empty * 1000:7.0f} ms")
    print(f"    newsreader (seed)  {ours * 1000:7.0f} ms")
    print(f"    ratio              {ours / empty:7.2f}x   (target <= 1.5x)")


# -- (b) key to repaint ------------------------------------------------------------------


def long_article() -> str:
    """About 50 KB of real prose: the bundled articles joined, repeated until long enough."""
    from reader.paths import seeds_dir

    texts = [p.read_text(encoding="utf-8").strip() for p in sorted(seeds_dir().glob("*.txt"))]
    parts: list[str] = []
    while sum(len(p.encode("utf-8")) + 2 for p in parts) < TARGET_BYTES:
        parts.extend(texts)
    return "\n\n".join(parts)


class FrameClock:
    """Records when the app hands a composed frame to the terminal (its ``_display`` hook:
    called for every frame, also headless, after the screen has rendered its changes)."""

    def __init__(self, app: Any) -> None:
        self.frames: list[float] = []
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            if renderable is not None:
                self.frames.append(time.perf_counter())
            original(screen, renderable)

        app._display = display

    def first_after(self, moment: float) -> float | None:
        """The first frame after ``moment``."""
        return next((t for t in self.frames if t > moment), None)


async def _next_frame(pilot: Any, clock: FrameClock, since: float) -> float:
    """Let the app run until a frame after ``since`` has been drawn; that frame's time."""
    for _ in range(200):
        frame = clock.first_after(since)
        if frame is not None:
            return frame
        await pilot.pause()
    raise RuntimeError("no frame was drawn after the key press")


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def bench_keys(presses: int) -> None:
    """(b) p50/p95 from pressing ``n`` to the frame that shows the moved cursor."""
    from reader.app import NewsReaderApp
    from reader.library import Library
    from reader.screens.reader import ReaderScreen

    text = long_article()
    with tempfile.TemporaryDirectory(prefix="newsreader-bench-") as home:
        library = Library(home)
        article = library.import_text(text, title="Long article for the benchmark", lang="id")
        app = NewsReaderApp(library, article.id)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ReaderScreen) and screen.analysis is not None
            items = len(screen.view.items)
            clock = FrameClock(app)
            latencies: list[float] = []
            moves = 0
            for _ in range(presses):
                await pilot.pause()
                before = screen.view.cursor_item
                pressed = time.perf_counter()
                await pilot.press("n")
                latencies.append(await _next_frame(pilot, clock, pressed) - pressed)
                moves += screen.view.cursor_item is not before
    size = len(text.encode("utf-8")) / 1000
    print(
        f"(b) key n -> next frame on a {size:.0f} KB article ({items} items), {presses} presses"
        f" ({moves} cursor moves):"
    )
    print(
        f"    p50 {_percentile(latencies, 0.5) * 1000:6.1f} ms   "
        f"p95 {_percentile(latencies, 0.95) * 1000:6.1f} ms   "
        f"max {max(latencies) * 1000:6.1f} ms   (target < 50 ms)"
    )


# -- (c) library with 10,000 articles ------------------------------------------------------


async def bench_library(count: int = 10_000) -> None:
    """(c) Push the library screen over ``count`` articles; time to its first frame."""
    from textual.app import App

    from reader.screens.library import LibraryScreen
    from reader.store.records import ArticleSummary

    class ManyArticles:
        """Stands in for a Library with ``count`` articles (only ``articles`` is used)."""

        def __init__(self) -> None:
            self.summaries = [
                ArticleSummary(
                    id=f"{i:016x}",
                    title=f"Article {i}: a headline of usual length",
                    lang="en",
                    pubdate="2025-01-01",
                    actors=i % 20,
                    notes=i % 3,
                    added_at="2025-01-01T00:00:00+00:00",
                    opened_at=None,
                )
                for i in range(count)
            ]

        def articles(self) -> list[ArticleSummary]:
            return list(self.summaries)

    app: App[None] = App()
    async with app.run_test(size=SIZE) as pilot:
        clock = FrameClock(app)
        timings = []
        for _ in range(3):
            await pilot.pause()
            pushed = time.perf_counter()
            await app.push_screen(LibraryScreen(ManyArticles()))  # type: ignore[arg-type]
            timings.append(await _next_frame(pilot, clock, pushed) - pushed)
            app.pop_screen()
            await pilot.pause()
        await app.push_screen(LibraryScreen(ManyArticles()))  # type: ignore[arg-type]
        await pilot.pause()
        moved = time.perf_counter()
        await pilot.press("G")
        last = await _next_frame(pilot, clock, moved) - moved
    print(
        f"(c) library screen with {count:,} articles: first frame "
        f"{statistics.median(timings) * 1000:.0f} ms (median of 3), "
        f"jump to the last row {last * 1000:.0f} ms"
    )


def main() -> int:
    """Run the three measurements (or one child process, when called by (a))."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="start-ups of each app for (a)")
    parser.add_argument("--keys", type=int, default=200, help="key presses for (b)")
    parser.add_argument("--child", choices=("empty", "reader"), help=argparse.SUPPRESS)
    parser.add_argument("--home", help=argparse.SUPPRESS)
    parser.add_argument("--report", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "empty":
        _child_empty(args.report)
        return 0
    if args.child == "reader":
        _child_reader(args.report, args.home)
        return 0
    # Built-in analysis only, so figures compare across machines (children inherit this).
    from reader.analysis.models import MODEL_DIR_ENV

    os.environ[MODEL_DIR_ENV] = tempfile.mkdtemp(prefix="no-models-")
    bench_startup(args.runs)
    asyncio.run(bench_keys(args.keys))
    asyncio.run(bench_library())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
