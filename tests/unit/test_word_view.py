"""The shared word view over the token layer (reader.analysis.words) and the per-Doc cache
(reader.analysis.doc.derived) that lets the quote and event annotators split a document once."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.doc import Doc, SentenceTokens, Token, derived
from reader.analysis.model import Entity
from reader.analysis.words import (
    _MOST_SINGLES,
    _SINGLES,
    Mentions,
    _title_words,
    word_starts,
    words_inside,
    words_of,
)
from tests.unit.quotes_events_inputs import parse

TEXT = "“Kami siap,” tulisnya. Presiden Joko Widodo tiba di Jakarta pada hari Selasa."


def test_a_view_is_built_once_per_document() -> None:
    doc = parse(TEXT, "id")
    calls: list[Doc] = []

    def build(d: Doc) -> int:
        calls.append(d)
        return len(calls)

    assert derived(doc, "test view", build) == 1
    assert derived(doc, "test view", build) == 1  # shared, not rebuilt
    assert calls == [doc]
    assert words_of(doc) is words_of(doc)


def _copy(doc: Doc) -> Doc:
    """A Doc with the same tokens, made by hand (no backend hands its words over)."""
    sentences = [SentenceTokens(s.start, s.end, list(s.tokens)) for s in doc.sentences]
    return Doc(doc.text, doc.lang, "stanza", sentences)


def test_another_document_with_the_same_text_gets_its_own_words() -> None:
    first = parse(TEXT, "id")
    words = words_of(first)
    second = _copy(first)
    second.sentences[0].tokens[1] = Token(1, 3, "Ka")  # "Kami" cut short in this one only
    assert words_of(second) is not words
    assert words_of(second)[1].text == "Ka"
    assert words_of(first)[1].text == "Kami"


def test_words_carry_lowercase_punctuation_flag_and_sentence() -> None:
    words = words_of(parse(TEXT, "id"))
    by_text = {w.text: w for w in words}
    assert by_text["Presiden"].lower == "presiden" and not by_text["Presiden"].is_punct
    assert by_text["“"].is_punct and by_text[","].is_punct
    assert by_text["Jakarta"].sent == 1 and by_text["tulisnya"].sent == 0
    assert [w.start for w in words] == word_starts(parse(TEXT, "id"))


def test_expanded_multi_word_tokens_are_one_word_with_their_parts() -> None:
    text = "Katanya begitu."
    tokens = [
        Token(0, 7, "Kata", upos="VERB"),
        Token(0, 7, "nya", upos="PRON"),  # Stanza's MWT parts share the written token's offsets
        Token(8, 14, "begitu"),
        Token(14, 15, "."),
    ]
    doc = Doc(text, "id", "stanza", [SentenceTokens(0, 15, tokens)])
    first = words_of(doc)[0]
    assert (first.text, first.lower, first.parts) == ("Katanya", "katanya", (0, 1))
    assert [w.text for w in words_of(doc)] == ["Katanya", "begitu", "."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab1 ,.“”\"'-_\n$%Rp", max_size=60))
def test_the_built_in_backend_hands_over_the_words_a_walk_over_its_tokens_gives(
    text: str,
) -> None:
    parsed = parse(TEXT + " " + text, "id")
    handed_over, starts = words_of(parsed), word_starts(parsed)
    walked = words_of(_copy(parsed))
    assert handed_over == walked
    assert starts == [w.start for w in walked]


def _words_inside_by_walk(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """What :func:`words_inside` finds by offset, found by one walk over all words."""
    inside: set[int] = set()
    k = 0
    for word in words_of(doc):
        while k < len(spans) and spans[k][1] <= word.start:
            k += 1
        if k < len(spans) and spans[k][0] <= word.start and word.end <= spans[k][1]:
            inside.add(word.start)
    return inside


def _spans(draw_offsets: list[int]) -> list[tuple[int, int]]:
    offsets = sorted(set(draw_offsets))
    return list(zip(offsets[::2], offsets[1::2], strict=False))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, len(TEXT)), max_size=12))
def test_words_inside_spans_by_offset_agree_with_a_walk_over_all_words(
    offsets: list[int],
) -> None:
    doc = parse(TEXT, "id")
    spans = _spans(offsets)
    assert words_inside(doc, spans) == _words_inside_by_walk(doc, spans)


def test_the_built_in_backend_makes_its_tokens_as_the_words() -> None:
    doc = parse(TEXT, "id")
    tokens = doc.tokens()
    assert all(word is token for word, token in zip(words_of(doc), tokens, strict=True))
    assert word_starts(doc) == [t.start for t in tokens]


def test_the_words_of_a_very_long_sentence_have_their_own_parts() -> None:
    text = " ".join(["kata"] * 1500)  # one sentence, longer than the shared parts
    words = words_of(parse(text, "id"))
    assert [w.parts for w in words] == [(k,) for k in range(1500)]
    assert len(_SINGLES) <= _MOST_SINGLES


def test_organisations_before_are_the_bodies_nearest_first_without_a_dateline_credit() -> None:
    text = "JAKARTA (Reuters) - Kestrel met Ana Putri. Kestrel and Quillon signed. Orbis came."
    entities = [
        Entity(9, 16, "Reuters", "ORG"),
        Entity(20, 27, "Kestrel", "ORG"),
        Entity(32, 41, "Ana Putri", "PER"),
        Entity(43, 50, "Kestrel", "ORG"),
        Entity(55, 62, "Quillon", "ORG"),
        Entity(71, 76, "Orbis", "ORG"),
    ]
    assert [e.text for e in entities] == [text[e.start : e.end] for e in entities]
    mentions = Mentions(entities, [])
    found = list(mentions.organisations_before(text, 71))
    assert [(e.start, e.text) for e in found] == [(55, "Quillon"), (43, "Kestrel"), (20, "Kestrel")]
    assert list(mentions.organisations_before(text, 20)) == []


def test_a_titles_words_have_its_countrys_key_and_its_head() -> None:
    english = _title_words("US President", "en")
    indonesian = _title_words("Presiden AS", "id")
    assert english is not None and indonesian is not None
    assert english[1] == "president" and indonesian[1] == "presiden"
    countries = {w for w in english[0] if w.startswith("#")}
    assert countries and countries == {w for w in indonesian[0] if w.startswith("#")}
    stray = _title_words("Unggahan Menteri Perdagangan", "id")
    assert stray is not None and stray[1] == "menteri"  # not the stray first word
    assert _title_words("Mr", "en") is None  # a form of address is no title
