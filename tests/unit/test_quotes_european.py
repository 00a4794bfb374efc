"""Quote speakers in German, French, Spanish, Italian, Portuguese and Dutch given by a pronoun,
a description or no subject at all, on sentences written for these tests (names invented)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, lang=lang, backend="builtin").quotes]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ministerin Jana Kellermann kam am Montag. „Wir handeln jetzt“, sagte sie."),
        ("es", 'La alcaldesa Lucía Ferrer habló el lunes. "Vamos a actuar", dijo ella.'),
        ("pt", 'A ministra Joana Brito falou na segunda. "Vamos agir", afirmou ela.'),
        ("it", "La sindaca Giulia Ferri ha parlato lunedì. «Agiremo subito», ha detto lei."),
        ("nl", 'Minister Anouk Verbeek sprak maandag. "We doen het nu", zei ze.'),
    ],
)
def test_pronoun_after_the_speech_verb_is_the_person_just_named(lang: str, text: str) -> None:
    assert speakers(text, lang) != [None]


def test_french_inverted_pronoun_after_an_auxiliary_or_a_verb() -> None:
    text = (
        "Le maire Paul Garnier a parlé jeudi. « Je ferai appel », a-t-il déclaré. "
        "La juge Anne Roussel a répondu. « La loi est claire », estime-t-elle."
    )
    assert speakers(text, "fr") == ["paul-garnier", "anne-roussel"]


def test_inverted_pronoun_is_no_organisation() -> None:
    text = "Le syndicat CGT a réagi, par la voix de Marc Olivier. « Non », dit-il."
    assert speakers(text, "fr") != ["cgt"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", 'El técnico Ramón Gil habló tras el partido. "Fuimos mejores", aseguró.'),
        ("it", "Il tecnico Marco Sala ha parlato dopo la gara. «Siamo vivi», ha dichiarato."),
        ("pt", 'O treinador Rui Lopes falou depois do jogo. "Fomos melhores", disse.'),
        ("es", 'El técnico Ramón Gil habló. "Fuimos mejores", dijo en rueda de prensa.'),
    ],
)
def test_speech_verb_without_subject_is_the_person_the_text_is_about(lang: str, text: str) -> None:
    assert speakers(text, lang) != [None]


def test_definite_description_after_the_verb_is_the_person_just_named() -> None:
    text = "Verkehrsminister Karl Brandt sprach in Berlin. „Wir bauen“, erklärte der CDU-Politiker."
    assert speakers(text, "de") == ["karl-brandt"]


def test_indefinite_subject_after_the_verb_names_nobody() -> None:
    text = "Ministerin Jana Kellermann kam am Montag. „Das reicht nicht“, sagte ein Sprecher."
    assert speakers(text, "de") == [None]


def test_spokesperson_after_the_verb_is_not_the_person_just_named() -> None:
    text = 'El ministro Pablo Vera viajó a Roma. "No hay cambios", dijo el portavoz.'
    assert speakers(text, "es") == [None]


def test_pronoun_after_the_verb_of_a_clause_before_a_colon() -> None:
    text = (
        "Bürgermeister Karl Brandt schwieg lange. "
        "Nur einmal meldete er sich zu Wort: „Ich bin kein Verbrecher.“"
    )
    assert speakers(text, "de") == ["karl-brandt"]


def test_a_speaker_s_pronoun_tells_their_gender_for_the_next_pronoun() -> None:
    text = (
        "Le préfet Gaston Leclerc et la maire Sylvie Marchand ont visité le site mardi. "
        "« Le risque reste très élevé », a-t-il déclaré. « Nous sommes prêts à évacuer », "
        "a-t-elle ajouté."
    )
    assert speakers(text, "fr") == ["gaston-leclerc", "sylvie-marchand"]


def test_a_resident_who_tells_her_story_is_an_unnamed_source() -> None:
    text = (
        "Le préfet Gaston Leclerc a appelé à la prudence. « Le risque reste élevé », "
        "a-t-il déclaré.\n\nUne habitante du quartier raconte avoir été évacuée à 2 heures. "
        "« On a tout laissé », dit-elle."
    )
    assert speakers(text, "fr") == ["gaston-leclerc", None]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "«Bajaremos los impuestos», anunció el presidente Tomás Ortega.", "tomas-ortega"),
        ("pt", "«Vamos investir», anunciou o ministro Caio Ribeiro.", "caio-ribeiro"),
        ("pt", "«Não aceitamos», sublinhou o presidente do sindicato, Rui Faria.", "rui-faria"),
        ("es", "«No aceptamos», recalcó el líder sindical Unai Berrio.", "unai-berrio"),
        ("it", "«È un passo avanti», ha evidenziato la sindaca Lia Conti.", "lia-conti"),
        ("nl", "„Dit is goed nieuws”, onderstreepte minister Anke Mulder.", "anke-mulder"),
        ("de", "„Wir halten Wort“, bestätigte Ministerin Eva Lorenz.", "eva-lorenz"),
    ],
)
def test_announcing_and_stressing_verbs_after_a_quote_name_its_speaker(
    lang: str, text: str, speaker: str
) -> None:
    assert speakers(text, lang) == [speaker]


def test_a_verb_that_calls_something_a_quoted_name_cues_its_quote() -> None:
    text = "Il presidente Marco Elti ha definito la vettura «la più ambiziosa di sempre»."
    assert speakers(text, "it") == ["marco-elti"]
