"""The per-word memo the annotators share (reader.analysis.memo)."""

from __future__ import annotations

from reader.analysis.memo import WordMemo


def test_a_word_memo_works_each_word_out_once() -> None:
    seen: list[str] = []

    def upper(word: str) -> str:
        seen.append(word)
        return word.upper()

    memo = WordMemo(upper)
    assert [memo[w] for w in ["kata", "dia", "kata"]] == ["KATA", "DIA", "KATA"]
    assert seen == ["kata", "dia"]  # "kata" was looked up the second time


def test_a_full_word_memo_starts_afresh() -> None:
    memo = WordMemo(str.upper, limit=2)
    memo["satu"], memo["dua"]
    assert memo["tiga"] == "TIGA"
    assert list(memo) == ["tiga"]  # emptied when full, then refilled
