"""Stanza model management: where the models live, whether they are usable, how to get them.

This module must stay cheap to import: it never imports ``stanza`` or ``torch`` at module level,
so that the built-in backend (and ``newsreader models list``) never loads torch. Whether Stanza
is installed is answered with :func:`importlib.util.find_spec`, and the model folder is read as
plain files (``resources.json`` and ``<lang>/<processor>/<package>.pt``).

Only :func:`download_models` imports Stanza, after a quick connectivity probe, so that an
offline machine gets one clear sentence at once instead of a stack trace after a long wait.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from platformdirs import user_cache_dir

from reader.errors import UserError
from reader.paths import expand_user

#: newsreader's own override for the model folder (wins over Stanza's variable).
MODEL_DIR_ENV = "NEWSREADER_STANZA_DIR"
#: Stanza's variables for the model folder and the model index, honoured as Stanza does.
STANZA_DIR_ENV = "STANZA_RESOURCES_DIR"
STANZA_URL_ENV = "STANZA_RESOURCES_URL"
#: Where Stanza fetches ``resources_<version>.json`` (its DEFAULT_RESOURCES_URL).
DEFAULT_RESOURCES_URL = "https://raw.githubusercontent.com/stanfordnlp/stanza-resources/main"
#: Seconds to wait for a TCP connection to the model hub before declaring the machine offline.
PROBE_TIMEOUT = 5.0

#: The processors newsreader uses, in Stanza's pipeline order.
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
#: What each processor needs to run before it (Stanza's REQUIRES_DEFAULT; lemma models that use
#: UPOS, like most official ones, also need pos, so we ask for it to be safe).
_REQUIRES = {
    "mwt": ("tokenize",),
    "pos": ("tokenize",),
    "lemma": ("tokenize", "pos"),
    "depparse": ("tokenize", "pos", "lemma"),
    "ner": ("tokenize",),
}

NOT_INSTALLED = (
    "Stanza is not installed; run: pip install 'newsreader[stanza]' "
    "(install torch first, see README)"
)

#: Called during a download with (steps done, total steps, what happens now).
ProgressCallback = Callable[[int, int, str], None]


class ModelError(UserError):
    """A model folder or download problem, told to the user as one sentence (exit code 2)."""


@dataclass(frozen=True, slots=True)
class LanguageModels:
    """The Stanza models installed for one language, as ``newsreader models list`` shows them.

    ``processors`` are the ones that can run (model file and its dependencies present);
    ``problem`` says why the language cannot be used at all, or is None when it can.
    """

    lang: str
    processors: tuple[str, ...]
    size_bytes: int
    directory: Path
    problem: str | None = None


def stanza_installed() -> bool:
    """True when the ``stanza`` package can be imported (checked without importing it)."""
    return importlib.util.find_spec("stanza") is not None


def model_dir() -> Path:
    """The folder holding Stanza's ``resources.json`` and one sub-folder per language.

    In order: ``NEWSREADER_STANZA_DIR``, Stanza's own ``STANZA_RESOURCES_DIR``, then Stanza's
    default, so that models downloaded with plain ``stanza.download()`` are found too.
    """
    for variable in (MODEL_DIR_ENV, STANZA_DIR_ENV):
        value = os.environ.get(variable)
        if value:
            return expand_user(value)
    return _stanza_default_dir()


def _stanza_default_dir() -> Path:
    """Stanza's default model folder, worked out from its source files without importing it.

    Recent Stanza keeps models in the platform cache folder, per resources version
    (``user_cache_dir('stanza', 'StanfordNLP', version)/resources``); older releases used
    ``~/stanza_resources``. We read which one the installed copy does.
    """
    legacy = Path(os.path.expanduser("~/stanza_resources"))
    spec = importlib.util.find_spec("stanza")
    if spec is None or not spec.submodule_search_locations:
        return legacy
    package = Path(next(iter(spec.submodule_search_locations)))
    files = (package / "resources" / "common.py", package / "_version.py")
    try:
        stamps = tuple(_stamp(f) for f in files)
    except OSError:
        return legacy
    version = _resources_version(files, stamps)
    if version is None:
        return legacy
    return Path(user_cache_dir("stanza", "StanfordNLP", version)) / "resources"


def _stamp(path: Path) -> tuple[int, int, int]:
    """What tells that a file changed: its modification time, size and inode."""
    info = path.stat()
    return info.st_mtime_ns, info.st_size, info.st_ino


@lru_cache(maxsize=8)
def _resources_version(
    files: tuple[Path, Path], stamps: tuple[tuple[int, int, int], ...]
) -> str | None:
    """The resources version of a Stanza that keeps models in the cache folder, or None
    (older Stanza, unreadable source). Cached per file :func:`_stamp`: analysing with
    ``auto`` asks for every article."""
    common_file, version_file = files
    try:
        common = common_file.read_text(encoding="utf-8")
        version = version_file.read_text(encoding="utf-8")
    except OSError:
        return None
    found = re.search(r"__resources_version__\s*=\s*['\"]([^'\"]+)['\"]", version)
    if "user_cache_dir(" not in common or not found:
        return None
    return found.group(1)


def stanza_unavailable_reason(lang: str) -> str | None:
    """None when Stanza can analyse ``lang`` here, else one sentence saying what to do.

    Stanza must be installed and the model folder must hold a ``resources.json`` with an entry
    for ``lang`` plus at least its tokenizer under ``<dir>/<lang>/``. A broken folder (bad
    ``resources.json``, listed model files missing) gets a sentence that names the folder.
    """
    if not stanza_installed():
        return NOT_INSTALLED
    _, problem = _inspect(lang, model_dir())
    return problem


def installed_languages() -> frozenset[str]:
    """The languages with a folder in the model folder and an entry in its ``resources.json``
    (empty without Stanza), for language identification to choose from. Cheap enough to ask
    for every article: one folder listing; the index is cached."""
    if not stanza_installed():
        return frozenset()
    root = model_dir()
    resources_file = root / "resources.json"
    try:
        resources = _read_json(resources_file, _stamp(resources_file))
        folders = [entry.name for entry in os.scandir(root) if entry.is_dir()]
    except (OSError, UnicodeDecodeError, ValueError):
        return frozenset()  # no folder, or a broken one: the backend choice will say so
    if not isinstance(resources, dict):
        return frozenset()
    return frozenset(name for name in folders if name in resources)


def usable_processors(lang: str, directory: Path | None = None) -> tuple[str, ...]:
    """The processors of :data:`PROCESSORS` that can run for ``lang``, in pipeline order.

    Raises :class:`ModelError` (with the same sentence as :func:`stanza_unavailable_reason`)
    when the language cannot be analysed from that folder.
    """
    processors, problem = _inspect(lang, directory or model_dir())
    if problem:
        raise ModelError(problem)
    return processors


def installed_models(directory: Path | None = None) -> list[LanguageModels]:
    """Every language folder in the model folder, with what can run and its size on disk."""
    root = directory or model_dir()
    if not root.is_dir():
        return []
    found = []
    for lang_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if not any(lang_dir.rglob("*.pt")):
            continue  # not a language folder (or an aborted download)
        processors, problem = _inspect(lang_dir.name, root)
        found.append(
            LanguageModels(lang_dir.name, processors, _size_on_disk(lang_dir), lang_dir, problem)
        )
    return found


def _inspect(lang: str, root: Path) -> tuple[tuple[str, ...], str | None]:
    """Which processors can run for ``lang`` from ``root``, or the reason none can."""
    get_them = f"run: newsreader models download {lang}"
    missing = f"no Stanza models for {lang!r} in {root}; {get_them}"

    def broken(what: str) -> str:
        return f"the Stanza model folder {root} is broken: {what}; {get_them}"

    resources_file = root / "resources.json"
    if not resources_file.is_file():
        return (), broken("resources.json is missing") if (root / lang).is_dir() else missing
    try:
        resources = _read_json(resources_file, _stamp(resources_file))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return (), broken(f"cannot read resources.json ({error})")
    if not isinstance(resources, dict):
        return (), broken("resources.json is not a JSON object")
    code, entry = _language_entry(resources, lang)
    lang_dir = root / code
    if entry is None or not lang_dir.is_dir():
        return (), missing
    defaults = _default_packages(entry)
    present = {p for p in PROCESSORS if _model_files(entry, code, p, defaults, root, exist=True)}
    usable = _close_under_requirements(present)
    required = ["tokenize"] + (["mwt"] if "mwt" in defaults else [])
    for processor in required:
        if processor not in usable:
            files = _model_files(entry, code, processor, defaults, root, exist=False)
            what = ", ".join(str(f) for f in files) if files else f"a default {processor} model"
            return (), broken(f"resources.json lists {lang!r} but {what} is missing")
    return tuple(p for p in PROCESSORS if p in usable), None


@lru_cache(maxsize=2)
def _read_json(path: Path, stamp: tuple[int, int, int]) -> Any:
    """The parsed JSON file, cached per file :func:`_stamp` (an official resources.json is
    large, and ``auto`` analyses look at it for every article). Treat it as read-only; only
    the last two versions are kept, as each parsed official index takes megabytes."""
    return json.loads(path.read_text(encoding="utf-8"))


def _language_entry(resources: dict[str, Any], lang: str) -> tuple[str, dict[str, Any] | None]:
    """The language code and its resources entry, following Stanza's aliases ("indonesian")."""
    code, entry = lang, resources.get(lang)
    for _ in range(5):  # an alias points at another entry; never loop forever on a bad file
        if not isinstance(entry, dict) or "alias" not in entry:
            break
        code = str(entry["alias"])
        entry = resources.get(code)
    return code, entry if isinstance(entry, dict) else None


def _default_packages(entry: dict[str, Any]) -> dict[str, str]:
    """Processor → package name of the language's default models (what Pipeline loads)."""
    packages = entry.get("packages", {}).get("default") or entry.get("default_processors") or {}
    if not isinstance(packages, dict):
        return {}
    return {k: v for k, v in packages.items() if k in PROCESSORS and isinstance(v, str)}


def _model_files(
    entry: dict[str, Any],
    code: str,
    processor: str,
    defaults: dict[str, str],
    root: Path,
    *,
    exist: bool,
) -> list[Path]:
    """The files a processor needs (its model, then pretrain/charlm dependencies).

    With ``exist=True`` returns them only when all exist (else []); with ``exist=False``
    returns those that are missing.
    """
    package = defaults.get(processor)
    if package is None:
        return []
    files = [root / code / processor / f"{package}.pt"]
    spec = entry.get(processor, {})
    details = spec.get(package, {}) if isinstance(spec, dict) else {}
    for dependency in details.get("dependencies", []) if isinstance(details, dict) else []:
        if isinstance(dependency, dict) and "model" in dependency and "package" in dependency:
            files.append(root / code / str(dependency["model"]) / f"{dependency['package']}.pt")
    if exist:
        return files if all(f.is_file() for f in files) else []
    return [f for f in files if not f.is_file()]


def _close_under_requirements(present: set[str]) -> set[str]:
    """Drop processors whose prerequisites are absent (depparse without pos, ...)."""
    usable = set(present)
    changed = True
    while changed:
        changed = False
        for processor in list(usable):
            if not all(r in usable for r in _REQUIRES.get(processor, ())):
                usable.discard(processor)
                changed = True
    return usable


def _size_on_disk(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


# --- downloading -------------------------------------------------------------------------------

_LANG_CODE = re.compile(r"^[a-z]{2,3}(?:[_-][a-z0-9]+)*$")


def download_models(
    lang: str,
    progress_callback: ProgressCallback | None = None,
    *,
    directory: Path | None = None,
    resources_url: str | None = None,
    timeout: float = PROBE_TIMEOUT,
) -> LanguageModels:
    """Download the default Stanza models newsreader uses for ``lang`` into the model folder.

    Fails fast and clearly (:class:`ModelError`) when Stanza is missing, the machine cannot reach
    the model hub, or Stanza has no models for ``lang``. Calls ``stanza.download`` once per
    processor so ``progress_callback`` can report each step; files already present are skipped
    by Stanza itself (it checks their md5).
    """
    code = lang.strip().lower()
    if not _LANG_CODE.match(code):
        raise ModelError(f"{lang!r} is not a language code; use one like 'id' or 'en'")
    if not stanza_installed():
        raise ModelError(NOT_INSTALLED)
    url = resources_url or os.environ.get(STANZA_URL_ENV) or DEFAULT_RESOURCES_URL
    root = directory or model_dir()
    report = progress_callback or (lambda done, total, label: None)

    report(0, 1, "Reaching the model hub")
    _probe(url, code, timeout)  # before importing stanza: offline costs no torch import
    from stanza.resources import common  # heavy: imports torch

    report(0, 1, "Fetching the model index")
    try:
        common.download_resources_json(str(root), resources_url=url)
        resources = common.load_resources_json(str(root))
    except (OSError, ValueError) as error:
        raise _download_error(code, root, error) from error
    resolved, entry = _language_entry(resources, code)
    if entry is None:
        raise ModelError(f"Stanza has no models for {code!r}")
    model_url = resources.get("url")
    if isinstance(model_url, str) and "://" in model_url:
        _probe(model_url, code, timeout)
    wanted = [p for p in PROCESSORS if p in _default_packages(entry)]
    for done, processor in enumerate(wanted):
        report(done, len(wanted), f"Downloading {processor}")
        try:
            common.download(
                resolved,
                model_dir=str(root),
                processors=processor,
                resources_url=url,
                download_json=False,  # fetched above; keeps every step on the same index
                logging_level="ERROR",  # Stanza's own tqdm bars would fight with ours
            )
        except (OSError, ValueError) as error:
            raise _download_error(code, root, error) from error
    report(len(wanted), len(wanted), "Done")
    processors, problem = _inspect(resolved, root)
    lang_dir = root / resolved
    return LanguageModels(resolved, processors, _size_on_disk(lang_dir), lang_dir, problem)


def _probe(url: str, lang: str, timeout: float) -> None:
    """Open (and close) a TCP connection to the host of ``url``, or to the proxy that the
    environment (``HTTPS_PROXY`` and the like, as Stanza's downloads use) names for it, or
    raise :class:`ModelError`."""
    from urllib.request import getproxies, proxy_bypass  # only when downloading: a slow import

    parts = urlsplit(url)
    if not parts.hostname:
        raise ModelError(f"Cannot download Stanza models for {lang!r}: {url!r} is not a URL")
    proxy = getproxies().get(parts.scheme)
    if proxy and not proxy_bypass(parts.hostname):
        parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except OSError as error:
        reason = error.strerror or str(error) or type(error).__name__
        raise ModelError(
            f"Cannot download Stanza models for {lang!r}: no network connection to the model hub "
            f"({host}: {reason})"
        ) from error


def _download_error(lang: str, root: Path, error: Exception) -> ModelError:
    """Turn a failure during the download into one sentence (network, disk or index)."""
    if isinstance(error, PermissionError | IsADirectoryError | NotADirectoryError):
        return ModelError(f"Cannot write Stanza models to {root}: {error.strerror or error}")
    if type(error).__name__ == "UnknownLanguageError":
        return ModelError(f"Stanza has no models for {lang!r}")
    return ModelError(f"Cannot download Stanza models for {lang!r}: {error}")
