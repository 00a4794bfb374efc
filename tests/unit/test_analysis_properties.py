"""Property-based tests: any string gives a valid Analysis from the built-in backend."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import Analysis, analyze
from reader.analysis.actors import build_actors
from reader.analysis.doc import BackendEntity, Doc, SentenceTokens, Token
from reader.analysis.entities import find_entities

#: Pieces news text is made of, plus the awkward ones: quotes of every kind, dashes, emoji,
#: right-to-left text, control characters, abbreviations, titles and names.
_PIECES = [
    "Presiden",
    "AS",
    "Donald Trump",
    " ",
    "  ",
    "\n",
    "\t",
    ".",
    ",",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    '"',
    "'",
    "—",
    "–",
    "…",
    "...",
    "Dr.",
    "U.S.",
    "Jl.",
    "1,5",
    "2.000",
    "30%",
    "US$",
    "Rp",
    "katanya",
    "said",
    "PBB",
    "Kabupaten",
    "of",
    "bin",
    "al-",
    "😀",
    "مرحبا",
    "שלום",
    "\u202e",
    "\x00",
    "\x1b",
    "\u200b",
    "https://x.id/a.b",
    "a@b.co",
    "(",
    ")",
    ":",
    "Namun",
    "The",
    "3000",
    "99999",
    "years ago",
    "tahun lalu",
    "next year",
    "besok",
    "Selasa",
]

news_like = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=300), news_like)


def _check(text: str, result: Analysis) -> None:
    n = len(text)
    kinds: dict[str, list[Any]] = {
        "sentences": result.sentences,
        "entities": result.entities,
        "numbers": result.numbers,
        "times": result.times,
        "quotes": result.quotes,
    }
    for kind, spans in kinds.items():
        for span in spans:
            assert 0 <= span.start <= span.end <= n, (kind, span)
            if hasattr(span, "text"):
                assert text[span.start : span.end] == span.text, (kind, span)
        ordered = sorted(spans, key=lambda s: (s.start, s.end))
        for a, b in itertools.pairwise(ordered):
            assert a.end <= b.start, (kind, a, b)
    ids = {a.id for a in result.actors}
    assert len(ids) == len(result.actors)
    for ent in result.entities:
        assert ent.label in ("PER", "ORG", "LOC", "MISC")
        assert ent.actor in ids
    for actor in result.actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text
    assert Analysis.from_dict(result.to_dict()) == result


#: Publication days relative times are resolved against, the calendar's ends among them:
#: "3000 years ago" of an article of 2025, or "next year" of one of 9999, is no day at all.
_PUBDATES = st.sampled_from([None, "2025-03-19", "0001-01-01", "9999-12-31"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.sampled_from(["id", "en"]), _PUBDATES)
def test_any_text_gives_a_valid_analysis(text: str, lang: str, pubdate: str | None) -> None:
    _check(text, analyze(text, lang=lang, backend="builtin", pubdate=pubdate))


def test_counts_past_the_calendar_give_no_day() -> None:
    for text in ["The temple was built 3000 years ago.", "Candi itu dibangun 3000 tahun lalu."]:
        result = analyze(text, backend="builtin", pubdate="2025-03-19")
        _check(text, result)
        assert [t.value for t in result.times] == [None]


@settings(max_examples=30, deadline=None)
@given(any_text)
def test_language_detection_and_analysis_never_raise(text: str) -> None:
    _check(text, analyze(text, backend="builtin"))


def test_one_megabyte_line_without_spaces() -> None:
    text = "Ab" * 500_000
    _check(text, analyze(text, lang="id", backend="builtin"))


def test_only_punctuation_and_unbalanced_quotes() -> None:
    for text in ["", ".", "“““", "”.”.”", '"a. "B', "« Kami siap. »", "...!?"]:
        _check(text, analyze(text, lang="id", backend="builtin"))


_WORDS = ["Presiden", "AS", "Budi", "di", "Jakarta", "kata", "Trump-Putin", "PT", "Tbk", "of"]
_WORDS += ["the", "“", ",", ".", "berinisial", "RS", "al-Assad", "Jones's", "Sen.", "President"]


@st.composite
def tagged_docs(draw: st.DrawFn) -> Doc:
    """Docs as a tagging backend with NER would make them: POS tags, words sharing a written
    token's offsets (multi-word tokens), and NER spans anywhere, even mid-word."""
    words = draw(st.lists(st.sampled_from(_WORDS), max_size=15))
    text = " ".join(words)
    tokens: list[Token] = []
    pos = 0
    for word in words:
        tag = draw(st.sampled_from([None, "PROPN", "NOUN", "VERB"]))
        tokens.append(Token(pos, pos + len(word), word, upos=tag))
        if draw(st.booleans()) and draw(st.booleans()):
            tokens.append(Token(pos, pos + len(word), "nya", upos="PRON"))
        pos += len(word) + 1
    cut = draw(st.integers(0, len(tokens)))
    sentences = [
        SentenceTokens(part[0].start, part[-1].end, part)
        for part in (tokens[:cut], tokens[cut:])
        if part
    ]
    ner = []
    for _ in range(draw(st.integers(0, 3)) if text else 0):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start, len(text)))
        # Labels as backends pass them on: mapped to ours, or unmapped ones left as they were.
        label = draw(st.sampled_from(["PER", "ORG", "LOC", "MISC", "TIMEX"]))
        ner.append(BackendEntity(start, end, label))
    return Doc(text, "id", "stanza", sentences, ner)


@settings(max_examples=200, deadline=None)
@given(tagged_docs())
def test_entities_and_actors_on_any_tagged_doc(doc: Doc) -> None:
    entities = find_entities(doc)
    for ent in entities:
        assert 0 <= ent.start < ent.end <= len(doc.text)
        assert doc.text[ent.start : ent.end] == ent.text
    for a, b in itertools.pairwise(entities):
        assert a.end <= b.start
    actors, linked = build_actors(doc, entities)
    ids = {a.id for a in actors}
    assert len(ids) == len(actors)
    assert all(e.actor in ids for e in linked)
