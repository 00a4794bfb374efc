"""Stanza model management: the model folder, the availability check, listing, and downloads
that fail fast and clearly without a network.

Model folders here are built by hand in tmp_path (empty ``.pt`` files are enough: availability
is decided from files, never by loading them). Nothing here imports stanza or torch in-process.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

from reader.analysis import models
from reader.analysis.backends import BackendError, choose_backend
from reader.model_commands import human_size, run_models_download, run_models_list

REPO = Path(__file__).resolve().parents[2]


def make_model_dir(
    root: Path,
    lang: str = "id",
    *,
    files: tuple[str, ...] = ("tokenize", "mwt", "pos", "lemma", "depparse", "pretrain"),
    with_ner: bool = False,
) -> Path:
    """A model folder like Stanza's: resources.json with ``lang`` (and an alias) plus the
    ``<lang>/<processor>/<package>.pt`` files named in ``files`` (empty files)."""
    needs_pretrain = [{"model": "pretrain", "package": "conll17"}]
    default = {"tokenize": "gsd", "mwt": "gsd", "pos": "gsd", "lemma": "gsd", "depparse": "gsd"}
    if with_ner:
        default["ner"] = "grit"
    entry: dict[str, object] = {
        "lang_name": "Test",
        "packages": {"default": default},
        "pos": {"gsd": {"dependencies": needs_pretrain}},
        "depparse": {"gsd": {"dependencies": needs_pretrain}},
        "ner": {"grit": {"dependencies": needs_pretrain}},
    }
    root.mkdir(parents=True, exist_ok=True)
    resources = {lang: entry, "testish": {"alias": lang}}
    (root / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    packages = {**default, "pretrain": "conll17"}
    for processor in files:
        path = root / lang / processor / f"{packages[processor]}.pt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 100)
    return root


@pytest.fixture
def stanza_present(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend the stanza package is importable, whatever the machine has."""
    monkeypatch.setattr(models, "stanza_installed", lambda: True)


@pytest.fixture
def model_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "stanza"
    monkeypatch.setenv(models.MODEL_DIR_ENV, str(root))
    return root


# --- where the models live ---------------------------------------------------------------------


def test_newsreader_variable_wins_over_stanzas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(models.MODEL_DIR_ENV, "/a/newsreader")
    monkeypatch.setenv(models.STANZA_DIR_ENV, "/b/stanza")
    assert models.model_dir() == Path("/a/newsreader")
    monkeypatch.delenv(models.MODEL_DIR_ENV)
    assert models.model_dir() == Path("/b/stanza")


def test_unknown_user_in_the_model_folder_is_taken_literally(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As the shell does: "~nosuchuser/models" stays as written instead of raising."""
    monkeypatch.setenv(models.MODEL_DIR_ENV, "~nosuchuser-newsreader/models")
    assert models.model_dir() == Path("~nosuchuser-newsreader/models")


@pytest.mark.stanza
@pytest.mark.skipif(not models.stanza_installed(), reason="stanza is not installed")
def test_default_folder_is_the_one_stanza_itself_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(models.MODEL_DIR_ENV)
    monkeypatch.delenv(models.STANZA_DIR_ENV, raising=False)
    env = {k: v for k, v in os.environ.items() if k != models.STANZA_DIR_ENV}
    stanzas = subprocess.run(
        [
            sys.executable,
            "-c",
            "from stanza.resources.common import DEFAULT_MODEL_DIR as d; print(d)",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.strip()
    assert models.model_dir() == Path(stanzas)


# --- is Stanza usable for a language? ----------------------------------------------------------


def test_not_installed_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models.importlib.util, "find_spec", lambda name: None)
    reason = models.stanza_unavailable_reason("id")
    assert reason is not None and "Stanza is not installed" in reason
    assert "pip install 'newsreader[stanza]'" in reason


@pytest.mark.usefixtures("stanza_present")
def test_empty_folder_says_which_folder_and_how_to_download(model_root: Path) -> None:
    assert models.stanza_unavailable_reason("id") == (
        f"no Stanza models for 'id' in {model_root}; run: newsreader models download id"
    )


@pytest.mark.usefixtures("stanza_present")
def test_complete_folder_is_usable_with_all_its_processors(model_root: Path) -> None:
    make_model_dir(model_root, with_ner=True, files=(*models.PROCESSORS, "pretrain"))
    assert models.stanza_unavailable_reason("id") is None
    assert models.usable_processors("id") == models.PROCESSORS


@pytest.mark.usefixtures("stanza_present")
def test_aliases_in_resources_json_are_followed(model_root: Path) -> None:
    make_model_dir(model_root)
    assert models.stanza_unavailable_reason("testish") is None


@pytest.mark.usefixtures("stanza_present")
def test_language_not_downloaded_is_missing_not_broken(model_root: Path) -> None:
    make_model_dir(model_root, lang="id")
    reason = models.stanza_unavailable_reason("en")
    assert (
        reason == f"no Stanza models for 'en' in {model_root}; run: newsreader models download en"
    )


@pytest.mark.usefixtures("stanza_present")
def test_processors_missing_their_dependencies_are_left_out(model_root: Path) -> None:
    # pos and depparse need the pretrain file; lemma needs pos; so only tokenize and mwt remain
    make_model_dir(model_root, files=("tokenize", "mwt", "pos", "lemma", "depparse"))
    assert models.usable_processors("id") == ("tokenize", "mwt")


@pytest.mark.usefixtures("stanza_present")
@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (
            lambda root: (root / "resources.json").write_text("{not json"),
            "cannot read resources.json",
        ),
        (lambda root: (root / "resources.json").write_text("[1, 2]"), "is not a JSON object"),
        (lambda root: (root / "id" / "tokenize" / "gsd.pt").unlink(), "tokenize/gsd.pt is missing"),
        (lambda root: (root / "id" / "mwt" / "gsd.pt").unlink(), "mwt/gsd.pt is missing"),
        (lambda root: (root / "resources.json").unlink(), "resources.json is missing"),
    ],
    ids=["bad-json", "not-an-object", "no-tokenizer", "no-mwt", "no-resources-json"],
)
def test_broken_folder_is_named_in_the_reason(
    model_root: Path, damage: Callable[[Path], object], expected: str
) -> None:
    make_model_dir(model_root)
    damage(model_root)
    reason = models.stanza_unavailable_reason("id")
    assert reason is not None
    assert reason.startswith(f"the Stanza model folder {model_root} is broken: ")
    assert expected in reason and reason.endswith("run: newsreader models download id")
    with pytest.raises(models.ModelError, match="is broken"):
        models.usable_processors("id")


@pytest.mark.usefixtures("stanza_present")
def test_broken_folder_is_an_error_for_stanza_and_a_note_for_auto(model_root: Path) -> None:
    make_model_dir(model_root)
    (model_root / "resources.json").write_text("{not json")
    with pytest.raises(BackendError, match=f"model folder {model_root} is broken"):
        choose_backend("stanza", "id")
    backend, notes = choose_backend("auto", "id")
    assert backend.name == "builtin"
    assert len(notes) == 1 and str(model_root) in notes[0] and "broken" in notes[0]


# --- models list ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("stanza_present")
def test_installed_models_lists_languages_processors_size_and_folder(model_root: Path) -> None:
    make_model_dir(model_root)
    (model_root / "xx").mkdir()  # a folder without model files is no language
    found = models.installed_models()
    assert [(m.lang, m.processors, m.size_bytes, m.directory, m.problem) for m in found] == [
        ("id", ("tokenize", "mwt", "pos", "lemma", "depparse"), 600, model_root / "id", None)
    ]


def test_installed_languages_are_the_folders_the_index_lists(
    model_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_model_dir(model_root)
    (model_root / "xx").mkdir()  # a folder resources.json does not list
    monkeypatch.setattr(models, "stanza_installed", lambda: True)
    assert models.installed_languages() == {"id"}
    monkeypatch.setattr(models, "stanza_installed", lambda: False)
    assert models.installed_languages() == frozenset()


@pytest.mark.usefixtures("stanza_present")
def test_no_installed_languages_without_a_model_folder(model_root: Path) -> None:
    assert models.installed_languages() == frozenset()
    model_root.mkdir()
    (model_root / "resources.json").write_text("{broken", encoding="utf-8")
    assert models.installed_languages() == frozenset()


def test_auto_analysis_answers_a_language_whose_models_are_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The language comes from the installed models; the built-in backend still runs when
    Stanza cannot (here it has no such models), with a remark saying why."""
    from reader.analysis import analyze

    text = "Cyhoeddodd y llywodraeth fesurau newydd ddydd Llun i helpu ffermwyr yr ardal."
    monkeypatch.setattr(models, "installed_languages", lambda: frozenset({"cy"}))
    auto = analyze(text)
    assert (auto.lang, auto.backend) == ("cy", "builtin") and auto.notes
    assert analyze(text, backend="builtin").lang != "cy"  # the builtin choice ignores models


def test_models_list_prints_a_table_of_what_is_installed(model_root: Path) -> None:
    make_model_dir(model_root)
    out = StringIO()
    assert run_models_list(Console(file=out, width=200)) == 0
    text = out.getvalue()
    assert "tokenize, mwt, pos, lemma, depparse" in text and "600 B" in text
    assert str(model_root / "id") in text


def test_models_list_with_nothing_installed_says_how_to_get_models(model_root: Path) -> None:
    out = StringIO()
    assert run_models_list(Console(file=out, width=200)) == 0
    assert f"No Stanza models in {model_root}" in out.getvalue()
    assert "newsreader models download id" in out.getvalue()


def test_models_list_sentences_are_not_wrapped_in_a_narrow_console(
    model_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rich wraps at 80 columns when output is not a terminal; each sentence must stay one
    line."""
    monkeypatch.setattr(models, "stanza_installed", lambda: False)
    out = StringIO()
    assert run_models_list(Console(file=out, width=40)) == 0
    assert out.getvalue().splitlines() == [
        models.NOT_INSTALLED,
        f"No Stanza models in {model_root}; get some with: newsreader models download id",
    ]


@pytest.mark.parametrize(
    ("size", "shown"), [(0, "0 B"), (999, "999 B"), (1500, "1.5 KB"), (9_315_252, "9.3 MB")]
)
def test_sizes_are_shown_in_decimal_units(size: int, shown: str) -> None:
    assert human_size(size) == shown


def test_model_management_and_builtin_analysis_never_load_torch(model_root: Path) -> None:
    make_model_dir(model_root)
    code = (
        "import sys, io\n"
        "import reader.analysis\n"
        "from rich.console import Console\n"
        "from reader.analysis import models\n"
        "from reader.model_commands import run_models_list\n"
        "reader.analysis.analyze('x', backend='builtin')\n"
        "models.stanza_unavailable_reason('id'); models.installed_models()\n"
        "run_models_list(Console(file=io.StringIO()))\n"
        "assert 'torch' not in sys.modules and 'stanza' not in sys.modules, 'loaded'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr


# --- downloading -----------------------------------------------------------------------------


def closed_port() -> int:
    """A local TCP port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.skipif(not models.stanza_installed(), reason="without stanza it stops earlier")
def test_download_without_network_fails_at_once_with_one_sentence(tmp_path: Path) -> None:
    """Through the command handler in a fresh process: exit code 2, one sentence on one line
    (not wrapped at the 80 columns of a pipe, no blank progress frame), and the fast path (the
    probe refused, so stanza/torch were never imported and nothing was written)."""
    target = tmp_path / "models"
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from rich.console import Console\n"
        "from reader.model_commands import run_models_download\n"
        "console = Console()  # not a terminal: 80 columns\n"
        f"status = run_models_download('id', console, model_dir=Path({str(target)!r}))\n"
        "print('imported stanza:', 'stanza' in sys.modules)\n"
        "sys.exit(status)\n"
    )
    env = {**os.environ, models.STANZA_URL_ENV: f"http://127.0.0.1:{closed_port()}/resources"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, timeout=60
    )
    assert done.returncode == 2, done.stderr
    assert done.stdout.splitlines() == [
        "Cannot download Stanza models for 'id': no network connection to the model hub "
        "(127.0.0.1: Connection refused)",
        "imported stanza: False",
    ]
    assert not target.exists()


@pytest.mark.usefixtures("stanza_present")
def test_download_from_the_real_hub_fails_fast_offline(tmp_path: Path) -> None:
    """The real default hub address; on a machine with internet this would download, so skip."""
    try:
        socket.create_connection(("raw.githubusercontent.com", 443), timeout=2).close()
    except OSError:
        pass
    else:
        pytest.skip("online: this test only checks the offline failure")
    with pytest.raises(models.ModelError) as caught:
        models.download_models(
            "id", directory=tmp_path / "m", resources_url=models.DEFAULT_RESOURCES_URL, timeout=2.0
        )
    assert str(caught.value).startswith(
        "Cannot download Stanza models for 'id': no network connection to the model hub "
        "(raw.githubusercontent.com: "
    )
    assert not (tmp_path / "m").exists()


@pytest.mark.parametrize("lang", ["", "x y", "../etc", "123"])
def test_download_rejects_what_is_not_a_language_code(lang: str, tmp_path: Path) -> None:
    out = StringIO()
    assert run_models_download(lang, Console(file=out, width=200), model_dir=tmp_path) == 2
    assert "is not a language code" in out.getvalue()


def test_download_without_stanza_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(models, "stanza_installed", lambda: False)
    out = StringIO()
    assert run_models_download("id", Console(file=out, width=200), model_dir=tmp_path) == 2
    assert out.getvalue().strip() == models.NOT_INSTALLED


def test_the_network_probe_goes_through_the_proxy_the_environment_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Behind a proxy the hub itself is unreachable, yet Stanza's downloads would work: the
    probe must try the proxy, and name it when the proxy is down."""
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with socket.socket() as proxy:
        proxy.bind(("127.0.0.1", 0))
        proxy.listen()
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy.getsockname()[1]}")
        models._probe("https://hub.invalid/resources.json", "id", timeout=2.0)  # no error
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(models.ModelError, match=r"\(127\.0\.0\.1: Connection refused\)"):
        models._probe("https://hub.invalid/resources.json", "id", timeout=2.0)
