"""A definite role phrase ("the Russian leader", "pemimpin Rusia", "mantan gubernur itu")
stands for the one person named before with that title: as an event's subject, and as the
subject a pronoun after it goes back to."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.model import Analysis


def _analysis(text: str, lang: str) -> Analysis:
    return analyze(text, lang=lang, backend="builtin", pubdate="2025-05-01")


def _people_of(text: str, lang: str, trigger: str) -> list[str]:
    """Names of the people taking part in the event whose predicate is ``trigger``."""
    analysis = _analysis(text, lang)
    people = {a.id: a.name for a in analysis.actors if a.label == "PER"}
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    return [people[a] for a in event.actors if a in people]


def test_a_leader_word_with_the_country_names_the_head_of_state() -> None:
    text = (
        "French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva "
        "in Belem on Monday. The French leader promised new funds for the rainforest."
    )
    assert _people_of(text, "en", "promised") == ["Emmanuel Macron"]


def test_the_role_word_alone_names_the_only_person_with_that_title() -> None:
    text = (
        "Chelsea striker Nicolas Jackson scored twice against Fulham on Saturday. "
        "The striker celebrated with the travelling fans."
    )
    assert _people_of(text, "en", "celebrated") == ["Nicolas Jackson"]


def test_two_people_with_the_title_leave_the_role_unresolved() -> None:
    text = (
        "Health Minister Budi Gunadi Sadikin and Education Minister Nadiem Makarim visited "
        "the school. The minister said classes would resume."
    )
    assert _people_of(text, "en", "said") == []


def test_indonesian_role_with_its_country_or_determiner() -> None:
    text = (
        "Presiden Prancis Emmanuel Macron bertemu Kanselir Jerman Olaf Scholz di Berlin, "
        "Senin. Pemimpin Prancis itu menyerukan persatuan Eropa."
    )
    assert _people_of(text, "id", "menyerukan") == ["Emmanuel Macron"]
    text = (
        "Mantan Gubernur Jawa Barat Ridwan Kamil tiba di Bandung pada Kamis. Mantan gubernur "
        "itu menjawab pertanyaan wartawan selama satu jam."
    )
    assert _people_of(text, "id", "menjawab") == ["Ridwan Kamil"]


def test_a_bare_indonesian_title_names_no_one() -> None:
    text = (
        "Presiden Prancis Emmanuel Macron tiba di Jakarta pada Senin. "
        "Presiden menyampaikan pidato di depan mahasiswa."
    )
    assert _people_of(text, "id", "menyampaikan") == []


def test_a_pronoun_goes_back_to_the_role_subject_of_the_last_clause() -> None:
    text = (
        "Presiden AS Donald Trump berbicara dengan Presiden Rusia Vladimir Putin melalui "
        "telepon pada hari Selasa, di mana pemimpin Rusia setuju menghentikan serangan. "
        "Tetapi ia mengatakan gencatan senjata penuh butuh syarat."
    )
    assert _people_of(text, "id", "menghentikan") == ["Vladimir Putin"]
    assert _people_of(text, "id", "mengatakan") == ["Vladimir Putin"]


def test_a_pronoun_after_a_role_subject_in_its_own_sentence() -> None:
    text = (
        "President Prabowo Subianto met Finance Minister Sri Mulyani Indrawati on Tuesday. "
        "The minister arrived late, and she left before the vote."
    )
    assert _people_of(text, "en", "arrived") == ["Sri Mulyani Indrawati"]
    assert _people_of(text, "en", "left") == ["Sri Mulyani Indrawati"]


def test_a_demonym_in_the_role_phrase_meets_the_country_in_the_title() -> None:
    text = (
        "US President Joe Biden met Kenyan President William Ruto on Monday. "
        "The American president pledged new loans for the port."
    )
    assert _people_of(text, "en", "pledged") == ["Joe Biden"]


def test_the_leader_of_a_kingdom_may_be_its_crown_prince() -> None:
    text = (
        "Saudi Crown Prince Mohammed bin Salman spoke with the Indonesian president on Monday. "
        "The Saudi leader invited him to Riyadh."
    )
    assert _people_of(text, "en", "invited") == ["Mohammed bin Salman"]


def _bodies_of(text: str, lang: str, trigger: str) -> list[str]:
    """Names of the organisations taking part in the event whose predicate is ``trigger``."""
    analysis = _analysis(text, lang)
    bodies = {a.id: a.name for a in analysis.actors if a.label == "ORG"}
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    return [bodies[a] for a in event.actors if a in bodies]


def test_the_company_is_the_one_the_nearest_sentence_names_first() -> None:
    text = (
        "Orbis Shipping agreed to buy Calder Freight on Monday. Calder Freight, founded in "
        "1962, has struggled for years. The company lost money in each of the last three years."
    )
    assert _bodies_of(text, "en", "lost") == ["Calder Freight"]


def test_a_company_description_passes_over_a_public_body() -> None:
    text = (
        "The Securities and Exchange Commission sued Crestmoor Capital on Monday. "
        "The firm collapsed in 2023."
    )
    assert _bodies_of(text, "en", "collapsed") == ["Crestmoor Capital"]


def test_a_body_whose_name_has_the_head_word() -> None:
    text = (
        "Orbis Shipping told the Dutch Ministry of Infrastructure about the sale on Monday. "
        "Orbis Shipping expects no delay. The ministry wants guarantees for jobs."
    )
    assert _bodies_of(text, "en", "wants") == ["Dutch Ministry of Infrastructure"]


def test_an_indonesian_description_with_its_determiner() -> None:
    text = (
        "Komisi Pemberantasan Korupsi (KPK) menahan seorang kepala dinas pada Rabu. "
        "Lembaga antirasuah itu juga memeriksa tiga saksi."
    )
    assert _bodies_of(text, "id", "memeriksa") == ["Komisi Pemberantasan Korupsi"]


def test_a_named_body_after_the_is_no_description() -> None:
    text = "Orbis Shipping expects no delay. The Ministry of Health opened an inquiry on Monday."
    assert "Orbis Shipping" not in _bodies_of(text, "en", "opened")


def test_a_body_in_a_relative_clause_is_not_the_one_described() -> None:
    text = (
        "Juventus sacked coach Thiago Motta on Sunday. Motta, who joined from Bologna last "
        "summer, leaves with the team fifth. The club named Igor Tudor as his replacement."
    )
    assert _bodies_of(text, "en", "named")[:1] == ["Juventus"]


def test_a_quoted_company_is_no_ministry_named_more_often() -> None:
    text = (
        "Kementerian Keuangan memeriksa PT Arta Niaga. Kementerian Keuangan menemukan selisih "
        "pajak. Kementerian Keuangan memberi waktu 30 hari. "
        '"Kami akan melunasi seluruh kewajiban," kata perusahaan itu dalam pernyataan.'
    )
    analysis = _analysis(text, "id")
    names = {a.id: a.name for a in analysis.actors}
    assert [names[q.speaker] for q in analysis.quotes if q.speaker] == ["PT Arta Niaga"]


def test_a_public_body_by_its_acronym_is_still_no_firm() -> None:
    text = (
        "The Securities and Exchange Commission (SEC) opened an inquiry. The SEC sued "
        "Crestmoor Capital on Monday. The firm collapsed in 2023."
    )
    assert _bodies_of(text, "en", "collapsed") == ["Crestmoor Capital"]


def test_a_capitalised_head_names_a_body_of_its_own() -> None:
    text = (
        "The International Crisis Group published a report on Monday. "
        "The European Union pledged 25 million euros for demining."
    )
    assert _bodies_of(text, "en", "pledged") == ["European Union"]


def test_a_bare_regional_heads_title_names_the_one_holder() -> None:
    text = (
        "Bupati Garut Rudy Gunawan meninjau lokasi pengungsian pada Senin. Bupati mengatakan "
        "bantuan logistik sudah tiba."
    )
    assert _people_of(text, "id", "mengatakan") == ["Rudy Gunawan"]


def test_a_bare_minister_is_still_nobody_in_particular() -> None:
    text = "Menteri Keuangan Sri Mulyani hadir pada Senin. Menteri mengatakan anggaran cukup."
    assert _people_of(text, "id", "mengatakan") == []


def test_a_title_word_inside_a_name_names_its_bearer_alone() -> None:
    text = (
        "Gubernur DIY Sri Sultan Hamengku Buwono X membuka festival itu. Sultan meminta "
        'generasi muda menjaga tradisi. "Jaga budaya kita," kata Sultan.'
    )
    assert _people_of(text, "id", "meminta") == ["Sri Sultan Hamengku Buwono X"]
    analysis = _analysis(text, "id")
    assert [q.speaker for q in analysis.quotes] == ["sri-sultan-hamengku-buwono-x"]


def test_a_bare_monarchs_title_names_the_one_monarch() -> None:
    text = (
        "Sultan Hamengku Bawono X menerima Raja Belanda Willem-Alexander di keraton. Raja "
        "juga menyaksikan pembuatan batik."
    )
    assert _people_of(text, "id", "menyaksikan") == ["Willem-Alexander"]


def test_a_body_after_a_preposition_and_the_is_not_the_company() -> None:
    text = (
        "Kestrel Mining posted a loss. Analysts sided with the Crestmoor Group. "
        "The company cut jobs."
    )
    assert _bodies_of(text, "en", "cut") == ["Kestrel Mining"]


def test_a_public_bodys_description_fits_an_acronym() -> None:
    text = "The CMA opened an inquiry on Monday. The agency fined Kestrel Mining."
    assert _bodies_of(text, "en", "fined") == ["CMA", "Kestrel Mining"]


def test_a_title_with_no_word_of_letters_is_passed_over() -> None:
    text = 'Dr. Amara Osei opened the clinic on Monday. "We are ready," the surgeon said.'
    analysis = _analysis(text, "en")
    people = {a.id: a.name for a in analysis.actors}
    assert [people[q.speaker] for q in analysis.quotes if q.speaker] == ["Amara Osei"]
