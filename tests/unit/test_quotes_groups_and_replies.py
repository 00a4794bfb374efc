"""Quotes framed by a group as subject name nobody ("penggemar sempat bertanya, “…”"), a
reply verb before the quote frames it ("Euis menimpali, “…”"), and a name a group gives
a thing named between the calling verb and the quote is no quote ("warga menyebut alat itu
“…”"). Sentences written for these tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def test_group_subject_of_a_speech_verb_names_nobody() -> None:
    text = (
        "Penyanyi Laras Wening akan tampil di Malang. Menurut Laras, penggemar sempat "
        "bertanya, “Kapan konser lagi?” di media sosial."
    )
    found = analyze(text, lang="id", backend="builtin")
    assert [q.speaker for q in found.quotes] == [None]


def test_reply_verb_before_a_quote_frames_it() -> None:
    text = (
        "Warga Desa Sukamaju, Darto Wiyono dan istrinya, Sumi Wiyono, masih trauma. "
        "“Rumah kami retak,” kata Darto. Sumi menimpali, “Kami tidur di tenda.”"
    )
    found = analyze(text, lang="id", backend="builtin")
    sumi = next(a for a in found.actors if a.name == "Sumi Wiyono")
    assert found.quotes[-1].speaker == sumi.id


def test_name_a_group_gives_a_thing_is_no_quote() -> None:
    text = (
        "Camat Rudi Hartono memasang sirene di bukit. "
        "Warga menyebut alat itu “penjaga malam” kampung mereka."
    )
    found = analyze(text, lang="id", backend="builtin")
    assert found.quotes == []


def test_client_by_nya_speaking_is_not_the_lawyer() -> None:
    text = (
        "Pengacara Rahmat, Yusuf Darmawan, membela kliennya. Menurut Yusuf, kliennya pernah "
        "berkata, “Saya tidak tahu soal uang itu.”"
    )
    found = analyze(text, lang="id", backend="builtin")
    yusuf = next(a for a in found.actors if a.name == "Yusuf Darmawan")
    assert found.quotes[-1].speaker != yusuf.id


def test_relative_by_nya_speaking_is_the_one_introduced_so() -> None:
    text = (
        "Darto Wiyono pulang larut malam. Istrinya, Sumi Lestari, menunggu di rumah. "
        "Pagi harinya, istrinya berkata, “Saya cemas sekali.”"
    )
    found = analyze(text, lang="id", backend="builtin")
    sumi = next(a for a in found.actors if a.name == "Sumi Lestari")
    assert found.quotes[-1].speaker == sumi.id
