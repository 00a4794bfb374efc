"""The ``newsreader`` command line: open the reader, or analyse, take notes and manage models
from scripts. Exit codes: 0 ok, 2 bad input or usage, 1 internal error; never a traceback."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn

from reader import __version__
from reader.analysis.backends import BackendError
from reader.errors import UserError
from reader.store import StoreError

if TYPE_CHECKING:
    from reader.library import Library
    from reader.store.records import ArticleRecord

COMMANDS = ("read", "analyze", "notes", "models", "doctor")
#: Control characters and line breaks: shown as escapes in messages and listings.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

EXAMPLES = """\
examples:
  newsreader                          open the library (the bundled articles on first run)
  newsreader story.html notes.md      import these files and open the first
  newsreader analyze story.txt --date 2025-03-19
  cat corpus.jsonl | newsreader analyze - --format jsonl --workers 2 > out.jsonl
  newsreader notes add "Trump" "Check the 175 figure" --anchor 912:930
  newsreader notes export --format md > notes.md
  newsreader models download id       fetch Stanza's Indonesian models (needs network)
  newsreader doctor                   check the data folder

data folder: --home DIR, else $NEWSREADER_HOME, else the platform's user data folder.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args_list = _with_default_command(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
        handler: Callable[[argparse.Namespace], int] = args.handler
        try:
            return handler(args)
        finally:
            _print_store_warnings(args)
    except UserError as exc:
        return _fail(str(exc), UserError.exit_code)
    except (BackendError, StoreError) as exc:
        return _fail(str(exc), 2)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`); that is not an error of ours.
        sys.stderr.close()
        return 0
    except Exception as exc:
        if os.environ.get("NEWSREADER_DEBUG"):
            raise
        return _fail(_describe_internal(exc), 1)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, like every other error here.

    argparse prints the whole usage block before the error; the block says nothing about what
    went wrong, and ``--help`` shows it when wanted. Sub-command parsers are of this class too.
    """

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {_printable(message)} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per job."""
    parser = _Parser(
        prog="newsreader",
        description="Read news closely: who is involved, what numbers matter, "
        "who said what, and when.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="data folder (default: $NEWSREADER_HOME or the platform's user data folder)",
    )
    sub = parser.add_subparsers(metavar="COMMAND", title="commands")

    read = sub.add_parser("read", help="open the reader (the default command)")
    read.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="article files (.txt, .md, .html) or folders to import and open",
    )
    read.set_defaults(handler=_cmd_read)

    an = sub.add_parser(
        "analyze",
        help="print the analysis of an article as JSON",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog='jsonl reads one {"id", "text", "date"?} object per line '
        "and writes one result per line, same id, same order.",
    )
    an.add_argument("source", metavar="PATH|-", help="an article file, or - for standard input")
    an.add_argument("--format", choices=("json", "jsonl"), default="json")
    an.add_argument("--backend", choices=("auto", "stanza", "builtin"), default="auto")
    an.add_argument("--lang", metavar="xx", help="language code (default: detected)")
    an.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        help="publication date, to resolve 'yesterday', 'Tuesday'…",
    )
    an.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="with jsonl: analyse in N processes, at most one per CPU core (output order is kept)",
    )
    an.set_defaults(handler=_cmd_analyze)

    notes = sub.add_parser("notes", help="list, add or export your notes")
    notes_sub = notes.add_subparsers(metavar="ACTION", required=True)
    ls = notes_sub.add_parser("list", help="list notes (of one article, or all)")
    ls.add_argument(
        "article", nargs="?", metavar="ARTICLE", help="file path, id prefix or title words"
    )
    ls.set_defaults(handler=_cmd_notes_list)
    add = notes_sub.add_parser("add", help="add a note to an article")
    add.add_argument("article", metavar="ARTICLE", help="file path, id prefix or title words")
    add.add_argument("text", metavar="TEXT")
    add.add_argument(
        "--anchor",
        metavar="START:END",
        type=_anchor_range,
        help="character range of the text the note is about",
    )
    add.set_defaults(handler=_cmd_notes_add)
    ex = notes_sub.add_parser("export", help="export notes as Markdown or JSON")
    ex.add_argument("article", nargs="?", metavar="ARTICLE")
    ex.add_argument("--format", choices=("md", "json"), default="md")
    ex.set_defaults(handler=_cmd_notes_export)

    models = sub.add_parser("models", help="list or download Stanza models")
    models_sub = models.add_subparsers(metavar="ACTION", required=True)
    models_sub.add_parser("list", help="show installed Stanza models").set_defaults(
        handler=_cmd_models_list
    )
    dl = models_sub.add_parser("download", help="download Stanza models for a language")
    dl.add_argument("lang", metavar="LANG", help="language code, e.g. id or en")
    dl.set_defaults(handler=_cmd_models_download)

    doctor = sub.add_parser("doctor", help="check the data folder and say what it found")
    doctor.set_defaults(handler=_cmd_doctor)
    return parser


# -- commands ---------------------------------------------------------------------------------


def _cmd_read(args: argparse.Namespace) -> int:
    library = _library(args)
    article: ArticleRecord | None
    if args.paths:
        article = library.import_paths(args.paths)[0]
    else:
        library.ensure_seeds()
        article = library.most_recent()
    from reader.app import run_app  # Textual is imported only when the UI runs

    run_app(library, article.id if article else None)
    return 0


def _cmd_analyze(args: argparse.Namespace) -> int:
    from reader import batch

    options = batch.Options(lang=args.lang, backend=args.backend, pubdate=args.date)
    if args.format == "jsonl":
        stream = _stdin() if args.source == "-" else _open_binary(Path(args.source))
        for line in batch.analyze_lines(stream, options, workers=args.workers):
            _emit(line)
        return 0
    text = _read_text_source(args.source)
    result = batch.analyze_one(text, options)
    _emit(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    return 0


def _cmd_notes_list(args: argparse.Namespace) -> int:
    library = _library(args)
    article_id = library.find(args.article).id if args.article else None
    notes = library.store.notes(article_id)
    if not notes:
        _emit("No notes yet.")
    for note in notes:
        where = f"“{note.anchor.text}”" if note.anchor and note.anchor.text else "whole article"
        _emit(_printable(f"{note.id[:8]}  {note.article_id[:8]}  {where}: {note.body}"))
    return 0


def _cmd_notes_add(args: argparse.Namespace) -> int:
    from reader.store.records import Anchor

    library = _library(args)
    article = library.find(args.article)
    anchor = None
    if args.anchor:
        start, end = args.anchor
        if end > len(article.text):
            raise UserError(
                f"--anchor {start}:{end} is past the end of the article ({len(article.text)} "
                "characters)."
            )
        anchor = Anchor(start, end, article.text[start:end], "span")
    note = library.add_note(article.id, args.text, anchor)
    _emit(_printable(f"Saved note {note.id[:8]} on “{article.title}”."))
    return 0


def _cmd_notes_export(args: argparse.Namespace) -> int:
    library = _library(args)
    article_id = library.find(args.article).id if args.article else None
    _emit(library.export_notes(article_id, args.format), end="")
    return 0


def _cmd_models_list(args: argparse.Namespace) -> int:
    from rich.console import Console

    from reader.model_commands import run_models_list

    return run_models_list(Console())


def _cmd_models_download(args: argparse.Namespace) -> int:
    from rich.console import Console

    from reader.model_commands import run_models_download

    return run_models_download(args.lang, Console(stderr=True))


def _cmd_doctor(args: argparse.Namespace) -> int:
    library = _library(args)
    findings = library.store.doctor()
    for line in findings:
        _emit(_printable(line))
    return 0 if findings and findings[0].startswith("Store OK") else 1


# -- helpers ----------------------------------------------------------------------------------


def _library(args: argparse.Namespace) -> Library:
    """The library in the chosen home; kept on ``args`` so its warnings are printed at the end."""
    from reader.library import Library

    library = Library(args.home)
    args.library = library
    return library


def _print_store_warnings(args: argparse.Namespace) -> None:
    """Tell the user about any file the store recovered or moved aside while the command ran
    (the store opens lazily, so they are only known afterwards)."""
    library: Library | None = getattr(args, "library", None)
    for warning in library.warnings if library else []:
        _tell(warning)


def _read_text_source(source: str) -> str:
    from reader.importing import decode, read_article, read_capped

    if source == "-":
        raw = read_capped(_stdin(), "standard input")
        if not raw.strip():
            raise UserError("standard input is empty.")
        return decode(raw, "standard input")
    return read_article(Path(source)).text


def _stdin() -> BinaryIO:
    """Standard input as bytes; Python sets it to None when the shell closed it (``<&-``)."""
    if sys.stdin is None:
        raise UserError("standard input is closed; give a file, or pipe the text in.")
    return sys.stdin.buffer


def _open_binary(path: Path) -> Any:
    from reader.importing import article_files

    if article_files(path) != [path]:
        raise UserError(f"{path}: give a .jsonl file, not a folder.")
    try:
        return path.open("rb")
    except OSError as exc:
        raise UserError(f"{path}: cannot read the file ({exc.strerror or exc}).") from None


def _with_default_command(argv: list[str]) -> list[str]:
    """Insert the default ``read`` command when the first word is not a command."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in ("-h", "--help", "--version"):
            return argv
        if word == "--home":
            if i + 1 == len(argv):
                return argv  # no folder given: argparse says so
            i += 2
        elif word.startswith("--home="):
            i += 1
        else:
            break
    if i < len(argv) and argv[i] in COMMANDS:
        return argv
    return [*argv[:i], "read", *argv[i:]]


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2025-03-19") from None


def _positive_int(value: str) -> int:
    if not value.isdecimal() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return int(value)


def _anchor_range(value: str) -> tuple[int, int]:
    start, sep, end = value.partition(":")
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    if not (sep and start.isdecimal() and end.isdecimal() and int(start) < int(end)):
        raise argparse.ArgumentTypeError(f"{value!r} is not a range like 120:135")
    return int(start), int(end)


def _emit(text: str, end: str = "\n") -> None:
    """Write to standard output at once. A write that fails (a full disk behind ``> file``, a
    closed output) is the user's to fix, so it becomes one sentence, not an internal error; a
    reader that went away (``| head``) is left to :func:`main`."""
    try:
        if sys.stdout is None:
            raise OSError("standard output is closed")
        sys.stdout.write(text + end)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise UserError(f"cannot write the output ({exc.strerror or exc}).") from None


def _fail(message: str, code: int) -> int:
    _tell(message)
    return code


def _tell(message: str) -> None:
    """One line on stderr, as every message and warning of newsreader's is written."""
    print(f"newsreader: {_printable(message)}", file=sys.stderr)


def _printable(text: str) -> str:
    """``text`` with control characters and line breaks written as escapes (``\\n``,
    ``\\x1b``): a message or a listed note stays on one line, and a file name, title or note
    cannot move the cursor or recolour the terminal."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _describe_internal(exc: BaseException) -> str:
    return (
        f"internal error: {type(exc).__name__}: {exc} (set NEWSREADER_DEBUG=1 for details, "
        "and please report it)"
    )
