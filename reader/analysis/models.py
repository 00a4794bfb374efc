"""PLACEHOLDER — replaced by Stanza model management (issue 3)."""


def stanza_unavailable_reason(lang: str) -> str | None:
    return f"no Stanza models for {lang!r} are installed (newsreader models download {lang})"
