"""The Stanza availability check caches what it parses (resources.json, Stanza's resources
version) per file stamp, so ``auto`` analyses stay cheap; changes on disk are still seen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.analysis import models
from tests.unit.test_models import make_model_dir


@pytest.fixture
def model_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(models, "stanza_installed", lambda: True)
    root = tmp_path / "stanza"
    monkeypatch.setenv(models.MODEL_DIR_ENV, str(root))
    return root


def test_a_rewritten_resources_json_is_read_again(model_root: Path) -> None:
    make_model_dir(model_root)
    assert models.stanza_unavailable_reason("id") is None
    (model_root / "resources.json").write_text(json.dumps({"en": {}}), encoding="utf-8")
    reason = models.stanza_unavailable_reason("id")
    assert reason is not None and reason.startswith("no Stanza models for 'id'")


def test_model_files_are_checked_on_every_call(model_root: Path) -> None:
    make_model_dir(model_root)
    assert models.stanza_unavailable_reason("id") is None
    (model_root / "id" / "tokenize" / "gsd.pt").unlink()
    reason = models.stanza_unavailable_reason("id")
    assert reason is not None and "tokenize/gsd.pt is missing" in reason
    make_model_dir(model_root)  # the download put it back
    assert models.stanza_unavailable_reason("id") is None
