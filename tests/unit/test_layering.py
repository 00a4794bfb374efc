"""Imports point one way: UI → library → store/analysis. These rules keep the analysis core
usable without a terminal and keep TinyDB behind one package."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import REPO

PACKAGE = REPO / "reader"


def imported_modules(path_glob: str) -> dict[str, set[str]]:
    """Top-level module names imported by each file matching the glob under reader/."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.glob(path_glob):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(REPO))] = names
    return found


def test_only_the_store_imports_tinydb() -> None:
    offenders = [
        name
        for name, mods in imported_modules("**/*.py").items()
        if "tinydb" in mods and not name.startswith("reader/store/")
    ]
    assert offenders == []


def test_analysis_and_store_never_import_textual() -> None:
    for pattern in ("analysis/**/*.py", "store/**/*.py"):
        offenders = [name for name, mods in imported_modules(pattern).items() if "textual" in mods]
        assert offenders == [], offenders


def test_builtin_analysis_loads_neither_textual_nor_torch() -> None:
    code = (
        "import sys, reader.analysis, reader.library\n"
        "reader.analysis.analyze('Presiden Joko Widodo tiba di Jakarta.', backend='builtin')\n"
        "bad = [m for m in ('textual', 'torch', 'stanza', 'tinydb') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    # tinydb may load with reader.library (the store), but never textual, torch or stanza.
    assert set(filter(None, out.stdout.strip().split(","))) <= {"tinydb"}
