"""The real stanza.Pipeline end to end, from the tiny Indonesian models in ../shared.

The tiny models are deliberately inaccurate, so these tests check structure and wiring (spans,
offsets, labels, that each code path runs), never exact predictions. Skipped when stanza or the
model folder is absent. The pipeline loads once for the module (about a second).
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

from reader.analysis import analyze, models
from reader.analysis.backends import BackendError, choose_backend
from reader.analysis.backends.stanza import MAX_SENTENCE_WORDS, StanzaBackend
from reader.analysis.model import Analysis
from reader.model_commands import run_models_download

pytest.importorskip("stanza")

REPO = Path(__file__).resolve().parents[2]
TINY = REPO.parent / "shared" / "stanza-id-tiny"
SEED = REPO / "seeds" / "000_11623c467df5d8d0.txt"
PUBDATE = "2025-03-19"

pytestmark = [
    pytest.mark.stanza,
    pytest.mark.skipif(not (TINY / "resources.json").is_file(), reason=f"no tiny models at {TINY}"),
]


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def analysis(seed: str) -> Analysis:
    """The seed analysed once with the tiny models (which also loads the cached pipeline)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(models.MODEL_DIR_ENV, str(TINY))
        return analyze(seed, lang="id", backend="stanza", pubdate=PUBDATE)


@pytest.fixture
def tiny_models(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(models.MODEL_DIR_ENV, str(TINY))
    return TINY


def test_the_tiny_models_are_accepted_as_installed(tiny_models: Path) -> None:
    assert models.stanza_unavailable_reason("id") is None
    assert models.usable_processors("id") == models.PROCESSORS


def test_analysis_says_it_used_stanza(analysis: Analysis) -> None:
    assert analysis.backend == "stanza" and analysis.lang == "id"
    assert analysis.pubdate == PUBDATE


def test_every_span_indexes_into_the_text(analysis: Analysis, seed: str) -> None:
    kinds = {
        "entities": analysis.entities,
        "numbers": analysis.numbers,
        "times": analysis.times,
        "quotes": analysis.quotes,
    }
    for kind, spans in kinds.items():
        for span in spans:
            assert 0 <= span.start < span.end <= len(seed), (kind, span)
            assert seed[span.start : span.end] == span.text, (kind, span)
    for sentence in analysis.sentences:
        assert 0 <= sentence.start < sentence.end <= len(seed)


def test_sentences_cover_the_text_in_order(analysis: Analysis, seed: str) -> None:
    spans = [(s.start, s.end) for s in analysis.sentences]
    assert len(spans) > 5
    assert spans == sorted(spans)
    gaps = [(a_end, b_start) for (_, a_end), (b_start, _) in itertools.pairwise(spans)]
    assert all(start <= end for start, end in gaps)
    # everything outside the sentences is whitespace
    outside = seed[: spans[0][0]] + seed[spans[-1][1] :] + "".join(seed[a:b] for a, b in gaps)
    assert outside.strip() == ""


def test_entities_come_out_with_our_labels(analysis: Analysis) -> None:
    assert analysis.entities
    assert {e.label for e in analysis.entities} <= {"PER", "ORG", "LOC", "MISC"}


def test_the_token_layer_has_tags_a_parse_and_ner(tiny_models: Path, seed: str) -> None:
    backend = StanzaBackend.for_language("id")
    assert StanzaBackend.for_language("id") is backend  # loaded once, then cached
    doc = backend.parse(seed, "id")
    assert doc.backend == "stanza" and doc.has_parse
    tokens = doc.tokens()
    assert len(tokens) > 300
    assert all(t.upos for t in tokens) and all(t.lemma is not None for t in tokens)
    for sentence in doc.sentences:
        roots = [t for t in sentence.tokens if t.head == -1]
        assert len(roots) == 1
        assert all(
            t.head is not None and -1 <= t.head < len(sentence.tokens) for t in sentence.tokens
        )
        for token in sentence.tokens:
            assert sentence.start <= token.start < token.end <= sentence.end
    assert doc.ner and {e.label for e in doc.ner} <= {"PER", "ORG", "LOC"}
    assert all(0 <= e.start < e.end <= len(seed) for e in doc.ner)


def test_text_without_sentence_breaks_is_parsed_in_bounded_pieces(tiny_models: Path) -> None:
    text = "warga desa menanam padi di sawah " * 60  # 360 words, no punctuation
    doc = StanzaBackend.for_language("id").parse(text, "id")
    assert len(doc.tokens()) > 300 and doc.has_parse  # the tiny tokenizer may merge a few
    assert max(len(s.tokens) for s in doc.sentences) <= MAX_SENTENCE_WORDS
    assert all(text[t.start : t.end] == t.text for t in doc.tokens())


def test_auto_picks_stanza_when_the_models_are_there(tiny_models: Path) -> None:
    backend, notes = choose_backend("auto", "id")
    assert backend.name == "stanza" and notes == []


def test_a_corrupt_model_file_is_an_error_naming_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "models"
    (broken / "id" / "tokenize").mkdir(parents=True)
    (broken / "id" / "tokenize" / "gsd_tiny.pt").write_bytes(b"not a torch file")
    resources = json.loads((TINY / "resources.json").read_text())
    resources["id"]["packages"]["default"] = {"tokenize": "gsd_tiny"}
    (broken / "resources.json").write_text(json.dumps(resources))
    monkeypatch.setenv(models.MODEL_DIR_ENV, str(broken))
    assert models.stanza_unavailable_reason("id") is None  # the files are there...
    with pytest.raises(BackendError, match=f"model folder {broken} is broken: loading"):
        StanzaBackend.for_language("id")  # ...but cannot be loaded
    # the failure is remembered: the next article does not pay for another load attempt
    monkeypatch.setattr(StanzaBackend, "_load", lambda *args: pytest.fail("loaded again"))
    with pytest.raises(BackendError, match=f"model folder {broken} is broken: loading"):
        StanzaBackend.for_language("id")
    # "auto" falls back to the built-in backend and says why; "stanza" refuses.
    backend, notes = choose_backend("auto", "id")
    assert backend.name == "builtin" and str(broken) in notes[0]
    with pytest.raises(BackendError, match="is broken"):
        choose_backend("stanza", "id")


# --- downloading from a local stand-in for the model hub ------------------------------------------


@pytest.fixture
def local_hub(tmp_path: Path) -> Iterator[str]:
    """An HTTP server laid out like Stanza's hub, offering the tiny tokenizer and MWT models."""
    import stanza

    site = tmp_path / "hub"
    (site / "models").mkdir(parents=True)
    (site / "models" / "id").symlink_to(TINY / "id")
    resources = json.loads((TINY / "resources.json").read_text())
    resources["id"]["packages"]["default"] = {"tokenize": "gsd_tiny", "mwt": "gsd_tiny"}
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(site)))
    resources["url"] = f"http://127.0.0.1:{server.server_port}/models/{{lang}}/{{filename}}"
    index = site / f"resources_{stanza.__resources_version__}.json"
    index.write_text(json.dumps(resources))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def test_download_fetches_each_model_and_reports_progress(local_hub: str, tmp_path: Path) -> None:
    target = tmp_path / "downloaded"
    steps: list[tuple[int, int, str]] = []
    result = models.download_models(
        "id",
        lambda done, total, label: steps.append((done, total, label)),
        directory=target,
        resources_url=local_hub,
    )
    assert result.lang == "id" and result.problem is None
    assert result.processors == ("tokenize", "mwt")
    assert (target / "id" / "tokenize" / "gsd_tiny.pt").read_bytes() == (
        TINY / "id" / "tokenize" / "gsd_tiny.pt"
    ).read_bytes()
    assert result.size_bytes == sum(f.stat().st_size for f in (target / "id").rglob("*.pt"))
    labels = [label for _, _, label in steps]
    assert labels[-3:] == ["Downloading tokenize", "Downloading mwt", "Done"]
    assert steps[-1][:2] == (2, 2)
    assert models.installed_models(target)[0].processors == ("tokenize", "mwt")


def test_download_of_a_language_the_hub_lacks_is_one_sentence(
    local_hub: str, tmp_path: Path
) -> None:
    with pytest.raises(models.ModelError, match=r"^Stanza has no models for 'xx'$"):
        models.download_models("xx", directory=tmp_path / "m", resources_url=local_hub)


def test_models_download_command_reports_what_it_installed(
    local_hub: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(models.STANZA_URL_ENV, local_hub)
    out = StringIO()
    target = tmp_path / "downloaded"
    assert run_models_download("id", Console(file=out, width=300), model_dir=target) == 0
    assert out.getvalue().strip() == (
        f"Installed Stanza models for 'id' (tokenize, mwt) in {target / 'id'}, 1.2 MB"
    )
