"""``newsreader models list`` and ``newsreader models download LANG``: Stanza model management.

Thin command handlers over :mod:`reader.analysis.models`: they print with Rich and return the
exit code (0 ok, 2 a problem the user can fix, told in one sentence). The argument parsing
lives in :mod:`reader.cli`.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from reader.analysis import models


def run_models_list(console: Console) -> int:
    """Print the installed Stanza models: language, processors, size on disk, folder."""
    directory = models.model_dir()
    if not models.stanza_installed():
        console.print(models.NOT_INSTALLED, markup=False, highlight=False, soft_wrap=True)
    installed = models.installed_models(directory)
    if not installed:
        console.print(
            f"No Stanza models in {directory}; get some with: newsreader models download id",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        return 0
    table = Table(title=f"Stanza models in {directory}", title_justify="left")
    table.add_column("Language")
    table.add_column("Processors")
    table.add_column("Size", justify="right")
    table.add_column("Folder", overflow="fold")
    for found in installed:
        processors = (
            ", ".join(found.processors) if not found.problem else f"unusable: {found.problem}"
        )
        table.add_row(found.lang, processors, human_size(found.size_bytes), str(found.directory))
    console.print(table)
    return 0


def run_models_download(lang: str, console: Console, *, model_dir: Path | None = None) -> int:
    """Download the default Stanza models for ``lang`` with a progress bar, one step per model.

    Offline (or with no models for ``lang``) it stops at once with one sentence and returns 2.
    """
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,  # the bar goes away; the outcome is the sentence printed after it
        disable=not console.is_terminal,  # no bar frames in logs and pipes
    )
    try:
        with progress:
            task = progress.add_task(f"Stanza models for {lang}", total=None)

            def show(done: int, total: int, label: str) -> None:
                progress.update(task, completed=done, total=total, description=label)

            result = models.download_models(lang, show, directory=model_dir)
    except models.ModelError as error:
        console.print(str(error), style="red", markup=False, highlight=False, soft_wrap=True)
        return 2
    if result.problem:
        console.print(result.problem, style="red", markup=False, highlight=False, soft_wrap=True)
        return 2
    console.print(
        f"Installed Stanza models for {result.lang!r} ({', '.join(result.processors)}) "
        f"in {result.directory}, {human_size(result.size_bytes)}",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    return 0


def human_size(size: int) -> str:
    """A byte count as people read it: 512 B, 9.3 MB, 1.2 GB."""
    units = ("B", "KB", "MB", "GB", "TB")
    value, index = float(size), 0
    while value >= 1000 and index < len(units) - 1:
        value /= 1000
        index += 1
    return f"{size} B" if index == 0 else f"{value:.1f} {units[index]}"
