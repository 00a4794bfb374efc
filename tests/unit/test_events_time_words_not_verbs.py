"""The first word of a time expression is never a clause's predicate, though "pukul" (as in
"pukul 22.00 WIB") is also the bare verb "hit"."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        (
            "Hendra Wijaya mengklaim kemenangan pukul 22.00 WIB, sedangkan Rina meminta "
            "pendukungnya menunggu.",
            ["mengklaim", "meminta"],
        ),
        ("Warga sudah pukul 10.00 WIB di lokasi.", []),
    ],
)
def test_pukul_of_a_clock_time_is_no_predicate(text: str, triggers: list[str]) -> None:
    events = analyze(text, lang="id", backend="builtin", pubdate="2026-05-18").events
    assert [e.trigger.text for e in events if e.trigger] == triggers
