"""What an Indonesian speaker reports is an event of its own even when written quickly, its
verb bare as in a headline ("mengatakan polisi tangkap dua pelaku")."""

from __future__ import annotations

from reader.analysis import analyze


def _triggers(text: str) -> dict[str, str | None]:
    found = analyze(text, lang="id", backend="builtin", pubdate="2025-03-19")
    return {e.trigger.text: e.time for e in found.events if e.trigger}


def test_a_bare_verb_after_a_reported_subject_is_an_event_with_its_own_day() -> None:
    events = _triggers("Kapolres mengatakan polisi tangkap dua pelaku pada Senin.")
    assert events == {"mengatakan": None, "tangkap": "2025-03-17"}


def test_a_bare_verb_with_kan_after_a_two_word_subject() -> None:
    events = _triggers("Bupati Anne Ratna menyebut pemerintah daerah naikkan tarif air.")
    assert "naikkan" in events


def test_a_root_far_from_the_reported_subject_is_no_verb() -> None:
    events = _triggers("Kapolres mengatakan kasus pencurian dan perampokan toko emas itu selesai.")
    assert "emas" not in events and set(events) <= {"mengatakan", "selesai"}


def test_a_root_inside_a_noun_before_a_sure_verb_is_no_predicate() -> None:
    events = _triggers("Dekan FEB UI Sri Wahyuni menilai daya beli melemah.")
    assert set(events) == {"menilai", "melemah"}
    events = _triggers("Ia mengatakan mereka setuju untuk menghentikan serangan.")
    assert "menghentikan" not in events


def test_a_plan_right_after_the_speech_verb_is_the_speakers_own_event() -> None:
    # Indonesian drops the subject that English writes "said it would"
    text = "Serikat buruh itu menyatakan akan menggelar mogok kerja pada Kamis."
    found = analyze(text, lang="id", backend="builtin", pubdate="2025-03-19")
    events = {e.trigger.text: e for e in found.events if e.trigger}
    assert {t: e.time for t, e in events.items()} == {
        "menyatakan": None,
        "menggelar": "2025-03-20",
    }
    assert events["menggelar"].summary.startswith("Serikat buruh itu akan menggelar")


def test_a_past_auxiliary_after_the_speech_verb_opens_no_plan() -> None:
    events = _triggers("Kepala desa mengatakan sudah melapor ke polisi pada Senin.")
    assert set(events) == {"mengatakan"}
