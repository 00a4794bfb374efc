"""The Stanza adapter (doc_from_stanza) on real stanza.Document objects built from token dicts.

No model is needed: the documents are written by hand in CoNLL-U dict form, the way Stanza's
own pipeline fills them. Skipped when stanza is not installed.
"""

from __future__ import annotations

from typing import Any

import pytest

stanza = pytest.importorskip("stanza")

from reader.analysis.backends.stanza import (  # noqa: E402
    MAX_SENTENCE_WORDS,
    StanzaBackend,
    doc_from_stanza,
    split_long_sentences,
)


def word(
    wid: int | tuple[int, int],
    text: str,
    start: int | None = None,
    *,
    upos: str | None = None,
    head: int | None = None,
    deprel: str | None = None,
    lemma: str | None = None,
    ner: str | None = "O",
) -> dict[str, Any]:
    """One CoNLL-U dict as stanza.Document takes it (offsets only on written tokens)."""
    entry: dict[str, Any] = {"id": wid, "text": text}
    if start is not None:
        entry.update(start_char=start, end_char=start + len(text), ner=ner)
    for key, value in (("upos", upos), ("head", head), ("deprel", deprel), ("lemma", lemma)):
        if value is not None:
            entry[key] = value
    return entry


def build(text: str, sentences: list[list[dict[str, Any]]]) -> Any:
    return stanza.Document(sentences, text=text)


TEXT = "Trump tiba di Jakarta kemarin. Ia bicara."


def two_sentences() -> Any:
    return build(
        TEXT,
        [
            [
                word(
                    1,
                    "Trump",
                    0,
                    upos="PROPN",
                    head=2,
                    deprel="nsubj",
                    lemma="Trump",
                    ner="S-PERSON",
                ),
                word(2, "tiba", 6, upos="VERB", head=0, deprel="root", lemma="tiba"),
                word(3, "di", 11, upos="ADP", head=4, deprel="case", lemma="di"),
                word(4, "Jakarta", 14, upos="PROPN", head=2, deprel="obl", ner="S-GPE"),
                word(5, "kemarin", 22, upos="ADV", head=2, deprel="advmod", ner="S-DATE"),
                word(6, ".", 29, upos="PUNCT", head=2, deprel="punct"),
            ],
            [
                word(1, "Ia", 31, upos="PRON", head=2, deprel="nsubj"),
                word(2, "bicara", 34, upos="VERB", head=0, deprel="root"),
                word(3, ".", 40, upos="PUNCT", head=2, deprel="punct"),
            ],
        ],
    )


def test_sentences_and_tokens_keep_offsets_into_the_text() -> None:
    doc = doc_from_stanza(two_sentences(), TEXT, "id")
    assert doc.backend == "stanza" and doc.lang == "id"
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 30), (31, 41)]
    for token in doc.tokens():
        assert TEXT[token.start : token.end] == token.text
    assert [t.text for t in doc.sentences[1].tokens] == ["Ia", "bicara", "."]
    first = doc.sentences[0].tokens[0]
    assert (first.lemma, first.upos, first.deprel) == ("Trump", "PROPN", "nsubj")


def test_heads_become_zero_based_indexes_within_the_sentence_and_root_is_minus_one() -> None:
    doc = doc_from_stanza(two_sentences(), TEXT, "id")
    assert [t.head for t in doc.sentences[0].tokens] == [1, -1, 3, 1, 1, 1]
    assert [t.head for t in doc.sentences[1].tokens] == [1, -1, 1]
    assert doc.has_parse


def test_entities_are_mapped_to_our_labels_and_dates_dropped() -> None:
    doc = doc_from_stanza(two_sentences(), TEXT, "id")
    assert [(TEXT[e.start : e.end], e.label) for e in doc.ner] == [
        ("Trump", "PER"),
        ("Jakarta", "LOC"),
    ]


@pytest.mark.parametrize(
    ("tag", "label"),
    [
        ("PLACE", "LOC"),  # NERGrit (Indonesian)
        ("ORGANISATION", "ORG"),
        ("PERSON", "PER"),
        ("ORG", "ORG"),  # OntoNotes / CoNLL
        ("FAC", "LOC"),
        ("NORP", "MISC"),
        ("MISC", "MISC"),
        ("WORK_OF_ART", "MISC"),
    ],
)
def test_each_model_family_label_maps_to_ours(tag: str, label: str) -> None:
    text = "Kementerian Luar Negeri"
    doc = build(
        text,
        [
            [
                word(1, "Kementerian", 0, ner=f"B-{tag}"),
                word(2, "Luar", 12, ner=f"I-{tag}"),
                word(3, "Negeri", 17, ner=f"E-{tag}"),
            ]
        ],
    )
    converted = doc_from_stanza(doc, text, "id")
    assert [(e.start, e.end, e.label) for e in converted.ner] == [(0, len(text), label)]


def test_numeric_entity_types_are_dropped_and_unknown_ones_passed_on() -> None:
    text = "175 orang di Gaza"
    doc = build(
        text,
        [
            [
                word(1, "175", 0, ner="S-CARDINAL"),
                word(2, "orang", 4),
                word(3, "di", 10),
                word(4, "Gaza", 13, ner="S-SOMETHING"),
            ]
        ],
    )
    assert [(e.start, e.label) for e in doc_from_stanza(doc, text, "id").ner] == [(13, "SOMETHING")]


def test_multi_word_token_parts_get_their_own_offsets_when_found_inside_it() -> None:
    text = "Bukunya hilang."
    doc = build(
        text,
        [
            [
                word((1, 2), "Bukunya", 0),
                word(1, "buku", upos="NOUN", head=3, deprel="nsubj"),
                word(2, "nya", upos="PRON", head=1, deprel="nmod:poss"),
                word(3, "hilang", 8, upos="VERB", head=0, deprel="root"),
                word(4, ".", 14, upos="PUNCT", head=3, deprel="punct"),
            ]
        ],
    )
    tokens = doc_from_stanza(doc, text, "id").tokens()
    # case is ignored when placing the parts; the token text is what the article says
    assert [(t.start, t.end, t.text) for t in tokens] == [
        (0, 4, "Buku"),
        (4, 7, "nya"),
        (8, 14, "hilang"),
        (14, 15, "."),
    ]
    # heads count words, not written tokens: "hilang" is word 3 but token index 2
    assert [t.head for t in tokens] == [2, 0, -1, 2]


def test_multi_word_token_parts_that_cannot_be_placed_share_the_token_offsets() -> None:
    text = "Il parle du vin."
    doc = build(
        text,
        [
            [
                word(1, "Il", 0, upos="PRON", head=2, deprel="nsubj"),
                word(2, "parle", 3, upos="VERB", head=0, deprel="root"),
                word((3, 4), "du", 9),
                word(3, "de", upos="ADP", head=5, deprel="case"),
                word(4, "le", upos="DET", head=5, deprel="det"),
                word(5, "vin", 12, upos="NOUN", head=2, deprel="obl"),
                word(6, ".", 15, upos="PUNCT", head=2, deprel="punct"),
            ]
        ],
    )
    tokens = doc_from_stanza(doc, text, "fr").tokens()
    de, le = tokens[2], tokens[3]
    assert (de.start, de.end, de.text) == (9, 11, "de")
    assert (le.start, le.end, le.text) == (9, 11, "le")
    assert [t.head for t in tokens] == [1, -1, 4, 4, 1, 1]


def test_without_a_parse_heads_stay_none_and_has_parse_is_false() -> None:
    text = "Halo dunia"
    doc = build(text, [[word(1, "Halo", 0, upos="INTJ"), word(2, "dunia", 5, upos="NOUN")]])
    converted = doc_from_stanza(doc, text, "id")
    assert not converted.has_parse
    assert all(t.head is None and t.deprel is None for t in converted.tokens())
    assert [t.upos for t in converted.tokens()] == ["INTJ", "NOUN"]


def test_an_empty_document_gives_an_empty_doc() -> None:
    converted = doc_from_stanza(build("", []), "", "en")
    assert converted.sentences == [] and converted.ner == [] and not converted.has_parse


def test_blank_text_is_not_sent_to_the_pipeline() -> None:
    def pipeline(text: str) -> Any:
        raise AssertionError("the pipeline must not run on blank text")

    backend = StanzaBackend("id", pipeline, ("tokenize",))
    doc = backend.parse(" \n\t", "id")
    assert doc.sentences == [] and doc.backend == "stanza"


def test_parse_runs_the_pipeline_on_the_whole_text_and_converts_it() -> None:
    seen = []

    def pipeline(text: str) -> Any:
        seen.append(text)
        return two_sentences()

    doc = StanzaBackend("id", pipeline, ("tokenize", "pos")).parse(TEXT, "id")
    assert seen == [TEXT]
    assert len(doc.sentences) == 2 and doc.has_parse


def test_overlong_sentences_are_cut_before_tagging_and_parsing() -> None:
    long = [f"w{i}" for i in range(2 * MAX_SENTENCE_WORDS + 1)]
    short = ["Ia", ("bicaranya", True), "."]
    pieces = split_long_sentences([short, long, []])
    assert pieces[0] == short and pieces[-1] == []
    assert [len(p) for p in pieces[1:-1]] == [MAX_SENTENCE_WORDS, MAX_SENTENCE_WORDS, 1]
    assert [w for p in pieces[1:-1] for w in p] == long
