"""Where newsreader keeps its files. Every path comes from here, so tests can redirect them.

The home folder is, in order: the ``--home`` option, the ``NEWSREADER_HOME`` variable, or the
platform's user data folder (e.g. ``~/.local/share/newsreader`` on Linux).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

HOME_ENV = "NEWSREADER_HOME"


def home_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder (not created here: the store creates it when it first writes)."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("newsreader", appauthor=False))


def seeds_dir() -> Path:
    """The bundled sample articles: ``seeds/`` in a checkout, ``reader/seeds`` when installed."""
    package = Path(__file__).resolve().parent
    installed = package / "seeds"
    return installed if installed.is_dir() else package.parent / "seeds"
