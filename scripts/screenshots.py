"""Regenerate ``screenshots/`` from the real app on the seed article.

    python scripts/screenshots.py [--out screenshots]

Each picture is one state of the app (reader, actor selected, timeline, notes, help, library,
narrow terminal), reached with real key presses in a headless run on a temporary home that
holds the bundled seeds. Writes SVG (Textual's own export) and, when a renderer is installed,
PNG: headless Chromium draws Textual's SVG exactly; ``rsvg-convert`` is the lighter fallback.
The snapshot tests (``tests/snapshots``) use the same states, so the pictures in the README
and the committed snapshots always show the same thing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from reader.analysis.models import MODEL_DIR_ENV  # noqa: E402
from reader.app import NewsReaderApp  # noqa: E402
from reader.library import Library  # noqa: E402
from reader.paths import HOME_ENV  # noqa: E402
from reader.store.records import Anchor, ArticleSummary  # noqa: E402

#: The day the library list claims articles were added and opened, so pictures and snapshots
#: don't change from one day to the next.
FIXED_DAY = "2025-03-20T08:00:00+00:00"


@dataclass(frozen=True)
class Shot:
    """One state of the app: its name, terminal size and the keys that reach it."""

    name: str
    size: tuple[int, int] = (120, 40)
    keys: tuple[str, ...] = ()
    notes: bool = False  # add two notes (on an entity and on the article) first


SHOTS: tuple[Shot, ...] = (
    Shot("reader"),
    Shot("actor_selected", keys=("A", "enter")),
    Shot("timeline", keys=("t", "down")),
    Shot("notes", keys=("m",), notes=True),
    Shot("help", keys=("question_mark",)),
    Shot("library", keys=("l",)),
    Shot("narrow", size=(80, 24)),
)


class FixedDayLibrary(Library):
    """A Library whose list shows :data:`FIXED_DAY` as every article's added/opened time
    (the order stays the real one)."""

    def articles(self) -> list[ArticleSummary]:
        """The real list, with the fixed day in place of the clock's."""
        return [
            replace(s, added_at=FIXED_DAY, opened_at=FIXED_DAY if s.opened_at else None)
            for s in super().articles()
        ]


def build_library(home: Path, *, notes: bool = False) -> Library:
    """A library in ``home`` with the bundled seeds (the Indonesian seed opens first) and,
    if asked, a note on the seed's first entity and one on the whole article."""
    library = FixedDayLibrary(home)
    library.ensure_seeds()
    if notes:
        article = library.most_recent()
        assert article is not None
        analysis = library.quick_analysis(article)
        if analysis.entities:
            entity = analysis.entities[0]
            anchor = Anchor(entity.start, entity.end, entity.text, "entity")
            library.add_note(article.id, "Check who else was on the call.", anchor)
        whole = Anchor(0, 0, "", "article")
        library.add_note(article.id, "Compare with the Kremlin's own summary.", whole)
    return library


def build_app(shot: Shot, home: Path) -> NewsReaderApp:
    """The real app on a fresh library for ``shot`` (keys not pressed yet)."""
    return NewsReaderApp(build_library(home, notes=shot.notes))


async def save_svg(shot: Shot, home: Path, out_dir: Path) -> Path:
    """Run the app headless at the shot's size, press its keys, save the screen as SVG."""
    app = build_app(shot, home)
    async with app.run_test(size=shot.size) as pilot:
        await pilot.pause()
        await pilot.press(*shot.keys)
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        return Path(app.save_screenshot(f"{shot.name}.svg", str(out_dir)))


def _svg_size(svg: Path) -> tuple[int, int]:
    match = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg.read_text(encoding="utf-8"))
    if not match:
        return (1600, 1000)
    return (round(float(match.group(1))), round(float(match.group(2))))


def to_png(svg: Path) -> Path | None:
    """Render ``svg`` next to itself as PNG with Chromium or rsvg-convert, if installed."""
    png = svg.with_suffix(".png")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        width, height = _svg_size(svg)
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--window-size={width},{height}",
                f"--screenshot={png}",
                svg.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return png
    if shutil.which("rsvg-convert"):
        subprocess.run(["rsvg-convert", "-o", str(png), str(svg)], check=True, timeout=120)
        return png
    return None


def main(argv: list[str] | None = None) -> int:
    """Write every shot to ``--out`` (SVG, plus PNG where a renderer exists)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    args = parser.parse_args(argv)
    out_dir: Path = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="newsreader-shots-") as tmp:
        # No Stanza models: the pictures show the deterministic built-in analysis; and
        # nothing may touch the user's own data folder.
        os.environ[MODEL_DIR_ENV] = str(Path(tmp) / "no-models")
        os.environ[HOME_ENV] = str(Path(tmp) / "home")
        for shot in SHOTS:
            svg = asyncio.run(save_svg(shot, Path(tmp) / shot.name, out_dir))
            png = to_png(svg)
            print(
                f"{svg.relative_to(out_dir.parent) if out_dir.parent in svg.parents else svg}"
                + (f" + {png.name}" if png else "")
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
