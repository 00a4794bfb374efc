"""A verb of judging frames the quoted phrase after it as its named subject's words ("Musyoka
dismissed the plan as “…”"), and a body described before the speech verb is the speaker
though a person is named later in the sentence ("“…,” the society said in a statement
signed by its president, X"). Sentences written for these tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def test_judging_verb_frames_its_named_subjects_words() -> None:
    text = (
        "President Daniel Mwangi defended the new tax in Mombasa. Opposition leader Grace "
        "Achieng dismissed the plan as “a raid on the poor”."
    )
    found = analyze(text, lang="en", backend="builtin")
    grace = next(a for a in found.actors if a.name == "Grace Achieng")
    assert found.quotes[0].speaker == grace.id


def test_body_described_before_the_verb_beats_a_name_after_it() -> None:
    text = (
        "The Chess Society of Malta (CSM) said the ban was unlawful. “We will appeal,” the "
        "society said in a statement signed by its chairman, Paul Borg."
    )
    found = analyze(text, lang="en", backend="builtin")
    society = next(a for a in found.actors if a.name == "Chess Society of Malta")
    assert found.quotes[0].speaker == society.id


def test_bunyi_names_the_issuer_of_the_document_quoted() -> None:
    text = (
        "Dinas Kesehatan Kota Malang mengeluarkan edaran soal demam berdarah. “Warga diminta "
        "menguras bak mandi setiap pekan,” bunyi edaran Dinas Kesehatan Kota Malang, Senin."
    )
    found = analyze(text, lang="id", backend="builtin")
    assert [q.speaker for q in found.quotes] == ["dinas-kesehatan-kota-malang"]


def test_bunyi_of_a_document_with_no_issuer_named_is_nobodys() -> None:
    text = (
        "Bupati Arman Siregar menerima sepucuk surat dari warga. “Jalan desa kami rusak "
        "parah,” bunyi surat itu."
    )
    found = analyze(text, lang="id", backend="builtin")
    assert [q.speaker for q in found.quotes] == [None]


def test_from_further_after_the_document_word_leaves_its_issuer_named_before() -> None:
    text = (
        "Acme Corp put out a statement on Monday as pressure from investors grew. “We will "
        "respond,” the statement said."
    )
    assert [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes] == ["acme-corp"]
    text = (
        "Dinas Kesehatan Kota Malang mengeluarkan edaran pada Senin setelah keluhan dari warga "
        "meningkat. “Warga diminta menguras bak mandi,” bunyi edaran itu."
    )
    found = analyze(text, lang="id", backend="builtin")
    assert [q.speaker for q in found.quotes] == ["dinas-kesehatan-kota-malang"]


def test_from_after_the_documents_participle_names_an_unnamed_sender() -> None:
    text = (
        "Acme Corp received a statement sent from investors on Monday. “We will respond,” the "
        "statement said."
    )
    assert [q.speaker for q in analyze(text, lang="en", backend="builtin").quotes] == [None]


def test_pernyataan_itu_disampaikan_names_the_speaker_of_the_quote_before() -> None:
    text = (
        "Rapat anggaran digelar Senin. “Kita tidak bisa terus menaikkan pajak.” Pernyataan "
        "itu disampaikan Ketua DPRD Kota Bogor Adityawarman Adil saat rapat paripurna."
    )
    found = analyze(text, lang="id", backend="builtin")
    assert [q.speaker for q in found.quotes] == ["adityawarman-adil"]


def test_those_were_the_words_of_names_the_speaker_of_the_quote_before() -> None:
    text = (
        "The council met on Monday. “We cannot keep raising taxes.” Those were the words of "
        "council leader Maria Okafor, who chairs the budget committee."
    )
    found = analyze(text, lang="en", backend="builtin")
    assert [q.speaker for q in found.quotes] == ["maria-okafor"]


def test_itulah_kata_kata_names_the_speaker_of_the_quote_before() -> None:
    text = (
        "Rapat anggaran digelar Senin. “Kita tidak bisa terus menaikkan pajak.” Itulah "
        "kata-kata Wali Kota Bogor Dedie Rachim di hadapan anggota dewan."
    )
    found = analyze(text, lang="id", backend="builtin")
    assert [q.speaker for q in found.quotes] == ["dedie-rachim"]


def test_demikian_before_a_document_names_its_issuer() -> None:
    text = (
        "Badan Pangan Nasional dalam keterangan tertulisnya menyebut stok beras aman. "
        "“Harga di pasar induk mulai turun,” demikian keterangan tersebut."
    )
    found = analyze(text, lang="id", backend="builtin")
    assert [q.speaker for q in found.quotes] == ["badan-pangan-nasional"]


def test_letter_from_someone_unnamed_is_not_its_receivers() -> None:
    text = (
        "Governor Lydia Marsh received a letter from a group of nurses. “We are exhausted "
        "and underpaid,” the letter said."
    )
    found = analyze(text, lang="en", backend="builtin")
    assert [q.speaker for q in found.quotes] == [None]
