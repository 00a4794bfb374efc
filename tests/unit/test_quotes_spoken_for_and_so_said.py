"""An unnamed spokesperson's quote is whom they speak for ("a spokesperson for the mayor
said" is the mayor named before, as "a Ryanair spokesman said" is Ryanair), and "So said X"
after a quote names its speaker."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "London Mayor Sadiq Khan announced the plan on Monday. "
            '"We will review it," a spokesperson for the mayor said.',
            "sadiq-khan",
        ),
        (
            "London Mayor Sadiq Khan announced the plan on Monday. "
            '"We will review it," said a spokesman for the mayor.',
            "sadiq-khan",
        ),
        (
            "The Health Ministry issued a statement. "
            '"We will review the plan," a spokesperson for the ministry said.',
            "health-ministry",
        ),
        ('"We will review the plan," a Ryanair spokesman said.', "ryanair"),
        # nobody named to speak for: no speaker
        ('"We will review the plan," a spokesperson for the mayor said.', None),
        ('"We will review the plan," a spokesperson for the family said.', None),
    ],
)
def test_spokespeople_speak_for_whom_they_name(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in analyze(text, lang="en").quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Nobody is above the law." So said Judge Maria Lopez on Monday.', "maria-lopez"),
        (
            '"Nobody is above the law." So said Maria Lopez, a retired judge, in 2019.',
            "maria-lopez",
        ),
        ('"Nobody is above the law." Or so said Maria Lopez.', "maria-lopez"),
        # "So what …" is the writer's sentence, no cue
        ('"We lost." So what happens next for the club is unclear, Smith said.', None),
    ],
)
def test_so_said_names_the_speaker(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in analyze(text, lang="en").quotes] == [speaker]
