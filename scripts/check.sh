#!/usr/bin/env bash
# The code checks in one command: lint, formatting and strict typing (needs the dev extra:
# pip install -e '.[dev]').
set -euo pipefail
cd "$(dirname "$0")/.."
ruff check reader tests bench scripts
ruff format --check reader tests bench scripts
mypy reader
