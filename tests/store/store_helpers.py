"""Helpers shared by the store's process-level tests (imported, not a conftest)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

WRITER = Path(__file__).with_name("note_writer.py")


def start_writer(home: Path, tag: str, *extra: str) -> subprocess.Popen[str]:
    """Start ``note_writer.py`` on ``home``; its stdout yields one saved note id per line."""
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(home), tag, *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
