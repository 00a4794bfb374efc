"""The verb that tells a period's tense may stand further back than the word scan keeps
around the period: "joined on a free transfer from Gainsborough Trinity in the summer" is
the summer gone; a nearer future cue or a far speech verb does not make it past."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Okafor, who joined on a free transfer from Gainsborough Trinity in the summer, "
            "scored twice.",
            "2024-SU",
        ),
        ("Okafor joined on a free transfer from Gainsborough Trinity in the summer.", "2024-SU"),
        (
            "The long-awaited stadium built by the city council will finally open in the summer.",
            "2025-SU",
        ),
        (
            "Officials said the long-delayed bridge over the river would open in the summer.",
            "2025-SU",
        ),
    ],
)
def test_far_verbs_tell_the_season(text: str, value: str) -> None:
    times = analyze(text, lang="en", pubdate="2025-03-19").times
    assert [(t.text, t.value) for t in times] == [("the summer", value)]
