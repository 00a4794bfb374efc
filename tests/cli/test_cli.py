"""The real ``newsreader`` command in a subprocess: good input works, bad input gets one
clear sentence on stderr and exit code 2, never a traceback, and nothing half-written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m reader`` with the test's home (inherited from the environment)."""
    proc = subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def assert_clean_failure(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit code 2 and exactly one line on stderr, naming what went wrong."""
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for word in words:
        assert word in lines[0]


def library_is_empty() -> bool:
    from reader.library import Library

    return Library().articles() == []


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("newsreader ")
    help_text = run("--help").stdout
    for command in ("analyze", "notes", "models", "doctor", "examples:"):
        assert command in help_text


def test_analyze_seed_prints_valid_json() -> None:
    proc = run(
        "analyze", str(SEED), "--format", "json", "--backend", "builtin", "--date", "2025-03-19"
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert data["backend"] == "builtin" and data["lang"] == "id"
    assert data["pubdate"] == "2025-03-19"
    for kind in ("entities", "numbers", "times", "quotes"):
        for span in data[kind]:
            assert text[span["start"] : span["end"]] == span["text"]
    assert data["sentences"] and data["sentences"][-1]["end"] <= len(text)


def test_analyze_reads_standard_input() -> None:
    proc = run("analyze", "-", "--backend", "builtin", stdin=b"Trump spoke to Putin.")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["lang"] == "en"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_analyze_jsonl_keeps_order_and_survives_bad_lines(workers: str) -> None:
    lines = [
        json.dumps({"id": i, "text": f"Article {i}: Putin met Trump on Tuesday."}) for i in range(6)
    ]
    lines.insert(3, "this is not json")
    lines.insert(5, json.dumps({"id": "no-text"}))
    stdin = ("\n".join(lines) + "\n").encode()
    proc = run(
        "analyze",
        "-",
        "--format",
        "jsonl",
        "--backend",
        "builtin",
        "--workers",
        workers,
        stdin=stdin,
    )
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == [0, 1, 2, None, 3, "no-text", 4, 5]
    assert "error" in out[3] and "error" in out[5]
    assert all("entities" in o for i, o in enumerate(out) if i not in (3, 5))


def test_analyze_stanza_without_models_is_a_clear_error() -> None:
    proc = run("analyze", str(SEED), "--backend", "stanza")
    assert_clean_failure(proc, "Stanza")


def test_missing_file(tmp_path: Path) -> None:
    assert_clean_failure(run("analyze", str(tmp_path / "nope.txt")), "nope.txt")
    assert_clean_failure(run(str(tmp_path / "nope.txt")), "nope.txt")


def test_folder_with_nothing_readable(tmp_path: Path) -> None:
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n")
    assert_clean_failure(run(str(tmp_path)), "no article files")


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    assert_clean_failure(run("analyze", str(empty)), "empty")


def test_binary_file(tmp_path: Path) -> None:
    blob = tmp_path / "data.txt"
    blob.write_bytes(bytes(range(256)) * 20)
    assert_clean_failure(run("analyze", str(blob)), "binary")


def test_huge_file(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    assert_clean_failure(run("analyze", str(huge)), "50.0 MB")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_nobody_writes_to_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_clean_failure(run("analyze", str(fifo)), "pipe.txt", "empty")
    assert_clean_failure(run(str(fifo)), "pipe.txt", "empty")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_is_refused_like_a_huge_file() -> None:
    assert_clean_failure(run("analyze", "/dev/zero"), "/dev/zero", "5 MB")


def test_huge_standard_input_is_refused_like_a_huge_file() -> None:
    proc = run("analyze", "-", stdin=b"word " * (1_200_000))
    assert_clean_failure(proc, "standard input", "5 MB")


def test_a_file_name_with_control_characters_still_gets_one_line(tmp_path: Path) -> None:
    name = tmp_path / "two\nlines\x1b[2J.txt"
    proc = run("analyze", str(name))
    assert_clean_failure(proc, "two\\nlines\\x1b[2J.txt")
    assert "\x1b" not in proc.stderr


def test_a_file_name_too_long_for_the_system_is_one_sentence(tmp_path: Path) -> None:
    name = str(tmp_path / ("a" * 300))
    assert_clean_failure(run("analyze", name), "File name too long")
    assert_clean_failure(run(name), "File name too long")
    assert_clean_failure(run("notes", "list", name), "No article")
    assert_clean_failure(run("--home", name, "notes", "list"), "File name too long")


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(
        "Le président Macron a déclaré à Paris que la réforme était nécessaire "
        "et qu'elle serait votée en février.".encode("cp1252")
    )
    proc = run("analyze", str(legacy), "--backend", "builtin")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["sentences"]


def test_html_is_reduced_to_its_article(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><title>Flood in Example Town</title></head><body>"
        "<nav>Home | Sport | Weather</nav><article><h1>Flood in Example Town</h1>"
        "<p>Heavy rain since Monday night pushed the river over its banks and flooded "
        "hundreds of homes in three districts of Example Town.</p><p>Rescue teams moved "
        "1,200 people to a school on the hill, the mayor said on Tuesday.</p></article>"
        "<footer>Copyright and cookie notice</footer></body></html>",
        encoding="utf-8",
    )
    proc = run("notes", "add", str(page), "Check the evacuation figure")
    assert proc.returncode == 0, proc.stderr
    listed = run("notes", "list", "Flood").stdout
    assert "Check the evacuation figure" in listed


def test_failed_import_writes_nothing(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Menteri Keuangan berbicara di Jakarta pada hari Senin.", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    proc = run(str(good), str(bad))
    assert_clean_failure(proc, "b.txt")
    assert library_is_empty()


def test_notes_add_list_export_round_trip() -> None:
    added = run("notes", "add", str(SEED), "Compare with the Tuesday call", "--anchor", "12:24")
    assert added.returncode == 0, added.stderr
    listed = run("notes", "list", str(SEED))
    assert "Compare with the Tuesday call" in listed.stdout
    assert "Donald Trump" in listed.stdout  # the anchored text, characters 12–24
    exported = json.loads(run("notes", "export", "--format", "json").stdout)
    assert exported[0]["body"] == "Compare with the Tuesday call"
    assert exported[0]["anchor"]["text"] == "Donald Trump"
    markdown = run("notes", "export").stdout
    assert "“Donald Trump”" in markdown and "Compare with the Tuesday call" in markdown


def test_notes_list_shows_each_note_on_one_line_without_terminal_escapes() -> None:
    body = "first line\nsecond line \x1b[31mred\x1b[0m \u202eRTL 😀"
    assert run("notes", "add", str(SEED), body).returncode == 0
    listed = run("notes", "list").stdout
    assert len(listed.splitlines()) == 1 and "\x1b" not in listed
    assert "first line\\nsecond line \\x1b[31mred" in listed and "\u202eRTL 😀" in listed
    exported = json.loads(run("notes", "export", "--format", "json").stdout)
    assert exported[0]["body"] == body  # the note itself is kept exactly


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [("analyze", "-", "--backend", "builtin"), ("notes", "list"), ("notes", "export"), ("doctor",)],
)
def test_output_that_cannot_be_written_is_one_sentence(args: tuple[str, ...]) -> None:
    """A full disk behind ``> file`` is the user's to fix, not an internal error."""
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "reader", *args],
            input=b"Trump spoke to Putin.",
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=REPO,
            timeout=120,
        )
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 2, stderr
    assert stderr.count("\n") == 1 and "cannot write the output" in stderr


@pytest.mark.skipif(os.name != "posix", reason="closes a file descriptor with sh")
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_closed_standard_input_is_one_sentence(fmt: str) -> None:
    proc = subprocess.run(
        ["sh", "-c", 'exec "$0" -m reader analyze - --format "$1" <&-', sys.executable, fmt],
        capture_output=True,
        cwd=REPO,
        timeout=120,
    )
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 2, stderr
    assert stderr.count("\n") == 1 and "standard input is closed" in stderr


def test_notes_add_rejects_bad_anchor() -> None:
    assert_clean_failure(run("notes", "add", str(SEED), "x", "--anchor", "10:999999"), "past")
    proc = run("notes", "add", str(SEED), "x", "--anchor", "nonsense")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_unknown_article_is_a_clear_error() -> None:
    assert_clean_failure(run("notes", "list", "no such title anywhere"), "No article")


def test_bad_usage_exits_2_with_one_line_naming_the_help() -> None:
    proc = run("analyze", "--format", "xml", "-")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1
    assert "invalid choice: 'xml'" in proc.stderr and "newsreader analyze --help" in proc.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--home",), "expected one argument"),
        (("analyze", "-", "--workers", "²"), "'²' is not a whole number"),
        (("notes", "add", "x", "y", "--anchor", "¹:²"), "'¹:²' is not a range"),
    ],
)
def test_odd_usage_gets_a_usage_message(args: tuple[str, ...], says: str) -> None:
    proc = run(*args)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert says in proc.stderr and "internal error" not in proc.stderr
    assert proc.stderr.count("\n") == 1


def test_a_tilde_path_of_an_unknown_user_is_taken_literally_as_the_shell_does(
    tmp_path: Path,
) -> None:
    home = tmp_path / "~nosuchuser-xyz" / "data"
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "--home", "~nosuchuser-xyz/data", "notes", "list"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert home.is_dir()
    assert_clean_failure(run("notes", "list", "~nosuchuser-xyz/story.txt"), "No article")


def test_a_damaged_notes_file_is_moved_aside_and_reported(tmp_path: Path) -> None:
    assert run("notes", "add", str(SEED), "first thought").returncode == 0
    home = Path(os.environ["NEWSREADER_HOME"])
    (shard,) = (home / "notes").glob("*.json")
    shard.write_text('{"notes": {"x":', encoding="utf-8")  # cut short mid-write
    proc = run("notes", "list")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    backups = list((home / "notes").glob("*.damaged-*"))
    assert len(backups) == 1 and backups[0].read_text() == '{"notes": {"x":'
    assert str(backups[0]) in proc.stderr  # the user is told where it went


def test_a_newer_schema_is_refused_without_touching_it() -> None:
    assert run("notes", "add", str(SEED), "first thought").returncode == 0
    (shard,) = (Path(os.environ["NEWSREADER_HOME"]) / "notes").glob("*.json")
    data = json.loads(shard.read_text(encoding="utf-8"))
    data["_meta"] = {"1": {"schema": 99}}
    shard.write_text(json.dumps(data), encoding="utf-8")
    before = shard.read_bytes()
    assert_clean_failure(run("notes", "list"), "newer newsreader")
    assert shard.read_bytes() == before
