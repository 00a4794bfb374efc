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
        return expand_user(override)
    env = os.environ.get(HOME_ENV)
    if env:
        return expand_user(env)
    return Path(user_data_dir("newsreader", appauthor=False))


def expand_user(path: str | os.PathLike[str]) -> Path:
    """``path`` with a leading ``~`` or ``~user`` expanded, or as given when that user does not
    exist, as the shell does (``Path.expanduser`` raises instead)."""
    try:
        return Path(path).expanduser()
    except RuntimeError:
        return Path(path)


def seeds_dir() -> Path:
    """The bundled sample articles: ``seeds/`` in a checkout, ``reader/seeds`` when installed."""
    package = Path(__file__).resolve().parent
    installed = package / "seeds"
    return installed if installed.is_dir() else package.parent / "seeds"
