"""The kill test: a writer saving notes is SIGKILLed at random moments, again and again, and
after every kill the store must open cleanly and hold every note the writer reported saved."""

from __future__ import annotations

import random
import signal
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_helpers import start_writer

from reader.store import Store

KILLS = 60

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def test_sigkilled_writer_never_loses_a_reported_note(tmp_path: Path) -> None:
    rng = random.Random(20261125)
    home = tmp_path / "home"
    reported: set[str] = set()
    for round_number in range(KILLS):
        writer = start_writer(home, f"round{round_number}")
        assert writer.stdout is not None
        # Let it save 0-6 notes (0: killed while starting up), then kill it somewhere inside
        # its next save: the random pause spreads the kills over every phase of a write.
        for _ in range(rng.randint(0, 6)):
            line = writer.stdout.readline()
            assert line, "the writer stopped on its own"
            reported.add(line.strip())
        time.sleep(rng.uniform(0, 0.004))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        # Ids it printed before dying were saved too, even if we had not read them yet.
        reported.update(line.strip() for line in writer.stdout.read().splitlines())
        writer.stdout.close()
        writer.stdin.close()  # type: ignore[union-attr]

        store = Store(home)
        saved = {note.id for note in store.notes()}
        assert reported <= saved, f"lost after kill {round_number}: {reported - saved}"
        assert store.warnings == []
    assert len(reported) >= KILLS  # the writer really did save notes between kills
    leftovers = [*home.glob("library/.*.tmp"), *home.glob("notes/.*.tmp")]
    assert not leftovers, "temporary files outlived a fresh open"
    assert Store(home).doctor()[0].startswith("Store OK")
