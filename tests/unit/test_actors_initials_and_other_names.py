"""A person's other name given with "atau" ("Edhie Baskoro Yudhoyono atau Ibas") and a
person's initials given as a nickname though tagged as a body's ("Kalla, popularly known as
JK"); "X atau Y" choosing between two people named in full stays two people. Sentences
written for these tests (names invented or public figures)."""

from __future__ import annotations

from reader.analysis import analyze


def _actor_forms(text: str, lang: str) -> dict[str, set[str]]:
    found = analyze(text, lang=lang, backend="builtin")
    return {a.name: {a.name, *a.aliases} for a in found.actors if a.label == "PER"}


def test_atau_gives_a_persons_other_name() -> None:
    text = (
        "Wakil ketua partai, Wibowo Seto Prakoso atau Bowo, hadir di Semarang. "
        "“Kami siap,” kata Bowo kepada wartawan."
    )
    forms = _actor_forms(text, "id")
    assert forms["Wibowo Seto Prakoso"] == {"Wibowo Seto Prakoso", "Bowo"}


def test_atau_between_two_people_named_in_full_is_a_choice() -> None:
    text = (
        "Pemilih bisa memilih Hendra Wijaya Kusuma atau Santoso pada putaran kedua. "
        "Kandidat Budi Santoso berkampanye di Solo."
    )
    forms = _actor_forms(text, "id")
    assert "Santoso" not in forms.get("Hendra Wijaya Kusuma", set())


def test_initials_after_a_nickname_link_are_the_persons() -> None:
    text = (
        "Former vice president Jusuf Kalla spoke in Makassar. Kalla, popularly known as JK, "
        "urged calm. “Leaders must lead,” JK said."
    )
    found = analyze(text, lang="en", backend="builtin")
    kalla = next(a for a in found.actors if a.name == "Jusuf Kalla")
    assert "JK" in kalla.aliases
    assert found.quotes[-1].speaker == kalla.id


def test_mixed_case_acronym_in_brackets_names_the_body() -> None:
    text = (
        "The Swedish Rowing Federation (SvRF) picked its team in Malmo. "
        "SvRF said the squad would travel in May."
    )
    found = analyze(text, lang="en", backend="builtin")
    body = next(a for a in found.actors if a.name == "Swedish Rowing Federation")
    assert "SvRF" in body.aliases


def test_two_initials_defined_in_brackets_are_the_persons() -> None:
    text = (
        "Mantan Wakil Presiden Jusuf Kalla (JK) hadir di Makassar. “Kita harus bersatu,” kata JK."
    )
    found = analyze(text, lang="id", backend="builtin")
    kalla = next(a for a in found.actors if a.name == "Jusuf Kalla")
    assert "JK" in kalla.aliases
    assert found.quotes[0].speaker == kalla.id


def test_initials_after_a_form_of_address_given_with_atau_are_the_persons() -> None:
    text = "Gubernur Jawa Barat Dedi Mulyadi atau KDM meninjau banjir. “Kami bantu,” kata KDM."
    found = analyze(text, lang="id", backend="builtin")
    dedi = next(a for a in found.actors if a.name == "Dedi Mulyadi")
    assert "KDM" in dedi.aliases


def test_a_party_in_brackets_after_a_person_is_no_initials() -> None:
    text = "Anggota DPR Rieke Diah Pitaloka (PDIP) mengkritik rencana itu di Jakarta."
    forms = _actor_forms(text, "id")
    assert forms["Rieke Diah Pitaloka"] == {"Rieke Diah Pitaloka"}


def test_nickname_after_a_form_of_address_is_the_persons() -> None:
    text = (
        "Wakil Gubernur Rano Karno, yang akrab disapa Bang Doel, membagikan makanan. "
        "“Warga aman dulu,” kata Bang Doel."
    )
    found = analyze(text, lang="id", backend="builtin")
    rano = next(a for a in found.actors if a.name == "Rano Karno")
    assert found.quotes[0].speaker == rano.id
