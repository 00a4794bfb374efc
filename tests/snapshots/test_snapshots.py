"""Snapshot tests: one picture per main state of the app, at a fixed size, on a temp home
holding the bundled seeds, with the deterministic built-in analysis (no Stanza models).

The states are the ones ``scripts/screenshots.py`` draws for the README, so both always agree.
When a change to the look is intended, read the HTML report pytest-textual-snapshot writes on
failure, then accept it with ``python -m pytest tests/snapshots --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.analysis import models
from reader.analysis.models import MODEL_DIR_ENV
from reader.paths import HOME_ENV
from scripts.screenshots import SHOTS, Shot, build_app


@pytest.fixture(autouse=True)
def _no_stanza_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever is installed on the machine, "auto" must pick the built-in backend, and the
    header's hint must read the same with or without the stanza package (it says how to get
    models when stanza is installed, how to install stanza when it is not)."""
    monkeypatch.setattr(models, "stanza_installed", lambda: True)
    (tmp_path / "no-models").mkdir()
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path / "no-models"))
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))


@pytest.mark.parametrize("shot", SHOTS, ids=[shot.name for shot in SHOTS])
def test_snapshot(shot: Shot, tmp_path: Path, snap_compare: Any) -> None:
    app = build_app(shot, tmp_path / "library")
    assert snap_compare(app, press=shot.keys, terminal_size=shot.size)
