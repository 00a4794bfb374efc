"""README.md must stay true: its key table comes from the bindings, and CI runs exactly its
Quick start test command."""

from __future__ import annotations

import re

from scripts.keys_table import keys_table
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section)


def test_quick_start_has_exactly_two_commands_install_run_and_test() -> None:
    run, test = quick_start_commands()
    assert "pip install ." in run and run.endswith("newsreader")
    assert "pip install -e '.[test]'" in test and test.endswith("pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_commands()[1] in ci.splitlines()


def test_key_table_matches_the_bindings() -> None:
    assert keys_table() in README
