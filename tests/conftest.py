"""Test-wide safety: no test ever touches the user's real data folder or Stanza models.

Every test gets a fresh ``NEWSREADER_HOME`` and an empty Stanza model folder, so results do
not depend on what happens to be installed on the machine; tests that want the tiny Stanza
models point ``NEWSREADER_STANZA_DIR`` at them explicitly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_11623c467df5d8d0.txt"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NEWSREADER_HOME", str(home))
    monkeypatch.setenv("NEWSREADER_STANZA_DIR", str(tmp_path_factory.mktemp("no-stanza-models")))
    return home


@pytest.fixture
def seed_text() -> str:
    """The bundled Indonesian seed article, exactly as shipped."""
    return SEED.read_text(encoding="utf-8")
