"""PLACEHOLDER — replaced by language identification (issue 3)."""


def detect_language(text: str) -> str:
    return "id"
