"""A person named after someone's associate in apposition is the subject, not the owner
("kuasa hukum HS, Dr. Maqdir Ismail, menilai …"), so a pronoun after it is that associate.
Sentences written for these tests (names invented)."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang=lang, backend="builtin").quotes]


def test_indonesian_lawyer_named_after_the_defendant_speaks_next() -> None:
    text = (
        "Hakim memvonis terdakwa berinisial HS enam tahun penjara. Sementara itu, kuasa hukum HS, "
        "Dr. Rudi Pangaribuan, S.H., menilai putusan itu tidak adil. "
        "Ia menegaskan: “Klien kami tidak menikmati uang itu.”"
    )
    assert speakers(text, "id") == ["rudi-pangaribuan"]


def test_english_lawyer_for_a_named_client_speaks_next() -> None:
    text = (
        "Darren Kemp was jailed on Friday. The barrister for Kemp, Rupert Vale, asked for "
        "mercy. He added: “My client is deeply ashamed.”"
    )
    assert speakers(text, "en") == ["rupert-vale"]


def test_a_list_of_names_keeps_its_first_person_as_subject() -> None:
    text = (
        "Menurut polisi, saksi Budi Hartono, Ani Lestari dan Joko Susilo melihat mobil itu. "
        "“Mobilnya melaju kencang,” katanya."
    )
    assert speakers(text, "id") != ["ani-lestari"]
