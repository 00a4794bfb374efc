"""The Stanza backend: a real ``stanza.Pipeline`` turned into the shared token layer.

Stanza (and torch) are imported only here, and only when this backend is chosen. A pipeline is
loaded once per process, model folder and language and kept in :data:`_PIPELINES`; it never
downloads anything (``download_method=None``): getting models is ``newsreader models download``'s
job.

:func:`doc_from_stanza` is the whole adapter, a pure function from a Stanza ``Document`` to our
:class:`~reader.analysis.doc.Doc`, so it can be tested on hand-built Stanza documents.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from reader.analysis import models
from reader.analysis.backends import BackendError
from reader.analysis.doc import BackendEntity, Doc, SentenceTokens, Token

#: Stanza NER labels → ours. Covers OntoNotes (English), the CoNLL 4-class sets, and label
#: spellings of other Stanza NER models (NERGrit for Indonesian: PERSON/PLACE/ORGANISATION).
#: Labels mapped to None (dates, amounts...) are dropped: numbers and times are found by our
#: own annotators. Labels not listed are passed on as they are.
NER_LABELS: dict[str, str | None] = {
    # people
    "PER": "PER",
    "PERSON": "PER",
    # organisations
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    # places: countries, cities, regions, facilities
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "PLACE": "LOC",
    # everything else with a name
    "MISC": "MISC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "LAW": "MISC",
    "WORK_OF_ART": "MISC",
    "LANGUAGE": "MISC",
    # numbers and times: left to newsreader's own annotators
    "DATE": None,
    "TIME": None,
    "PERCENT": None,
    "MONEY": None,
    "QUANTITY": None,
    "ORDINAL": None,
    "CARDINAL": None,
}

#: Longest sentence, in words, handed to the tagger and parser; longer ones are cut into pieces.
#: Parsing cost grows much faster than sentence length (600 words take seconds, a few thousand
#: exhaust memory), and text without sentence punctuation would otherwise come as one sentence.
MAX_SENTENCE_WORDS = 150

#: Loaded pipelines by (model folder, language): loading takes seconds, so it happens once.
#: A folder that failed to load keeps its error, so it is not retried on every article.
_PIPELINES: dict[tuple[Path, str], StanzaBackend | BackendError] = {}
_LOADING = threading.Lock()  # a UI worker and the main thread must not load a model twice


class StanzaBackend:
    """Parses text with a loaded ``stanza.Pipeline`` for one language."""

    name = "stanza"

    def __init__(self, lang: str, pipeline: Any, processors: tuple[str, ...]) -> None:
        self.lang = lang
        self.processors = processors
        self._pipeline = pipeline

    @classmethod
    def for_language(cls, lang: str) -> StanzaBackend:
        """The backend for ``lang``, loading its pipeline on first use (then cached).

        Raises :class:`BackendError` naming the model folder when the models cannot be loaded.
        """
        directory = models.model_dir()
        with _LOADING:
            loaded = _PIPELINES.get((directory, lang))
            if loaded is None:
                try:
                    loaded = cls._load(lang, directory)
                except BackendError as error:
                    loaded = error
                _PIPELINES[directory, lang] = loaded
        if isinstance(loaded, BackendError):
            raise BackendError(str(loaded))
        return loaded

    @classmethod
    def _load(cls, lang: str, directory: Path) -> StanzaBackend:
        try:
            processors = models.usable_processors(lang, directory)
        except models.ModelError as error:
            raise BackendError(str(error)) from error
        try:
            import stanza  # heavy: imports torch

            pipeline = stanza.Pipeline(
                lang,
                dir=str(directory),
                download_method=None,  # never touch the network while analysing
                processors=",".join(processors),
                logging_level="CRITICAL",  # a failed load is reported below, in one sentence
                tokenize_postprocessor=split_long_sentences,
            )
            logging.getLogger("stanza").setLevel(logging.WARNING)  # while parsing: warnings only
        except ImportError as error:
            raise BackendError(models.NOT_INSTALLED) from error
        except Exception as error:  # a corrupt or incompatible model file: name the folder
            detail = (str(error).strip().splitlines() or [""])[0][:200]  # torch errors run long
            raise BackendError(
                f"the Stanza model folder {directory} is broken: loading the {lang!r} models "
                f"failed ({type(error).__name__}: {detail}); run: newsreader models download {lang}"
            ) from error
        return cls(lang, pipeline, processors)

    def parse(self, text: str, lang: str) -> Doc:
        """Run the whole document through the pipeline and convert the result."""
        if not text.strip():  # Stanza has nothing to say about blank text
            return Doc(text=text, lang=lang, backend=self.name)
        return doc_from_stanza(self._pipeline(text), text, lang)


def split_long_sentences(sentences: list[list[Any]]) -> list[list[Any]]:
    """Stanza tokenizer post-processor: cut sentences longer than :data:`MAX_SENTENCE_WORDS`.

    Stanza passes the tokenized sentences as lists of words (an MWT as ``(text, True)``) and
    takes back the same shape, recomputing offsets itself.
    """
    step = MAX_SENTENCE_WORDS
    return [words[i : i + step] for words in sentences for i in range(0, len(words) or 1, step)]


def doc_from_stanza(stanza_doc: Any, text: str, lang: str) -> Doc:
    """Convert a Stanza ``Document`` over ``text`` into our :class:`Doc`.

    Words become tokens with character offsets into ``text``; words of a multi-word token
    ("bukunya" → "buku" + "nya") get their own offsets when their texts can be found in order
    inside the written token (ignoring case), else they share the token's offsets. Heads are
    turned from Stanza's 1-based word ids (0 = root) into indexes within the sentence (-1 = root).
    ``has_parse`` is True when every word has a head and a relation.
    """
    sentences = []
    parsed = True
    for sentence in stanza_doc.sentences:
        tokens: list[Token] = []
        ids: list[int] = []  # Stanza's word id of each of our tokens
        heads: list[tuple[int | None, str | None]] = []
        for written in sentence.tokens:
            spans = _word_spans(written, text)
            if spans is None:
                continue  # no offsets and not findable: keep the layer honest, drop it
            for word, (start, end, own) in zip(written.words, spans, strict=True):
                surface = text[start:end] if own else word.text
                tokens.append(Token(start, end, surface, lemma=word.lemma, upos=word.upos))
                ids.append(word.id)
                heads.append((word.head, word.deprel))
        if not tokens:
            continue
        index_of = {word_id: i for i, word_id in enumerate(ids)}
        for token, (head, deprel) in zip(tokens, heads, strict=True):
            if head is None or deprel is None:
                parsed = False
                continue
            token.head = -1 if head == 0 else index_of.get(head)
            token.deprel = deprel
            parsed = parsed and token.head is not None
        sentences.append(SentenceTokens(tokens[0].start, max(t.end for t in tokens), tokens))
    return Doc(
        text=text,
        lang=lang,
        backend=StanzaBackend.name,
        sentences=sentences,
        ner=_entities(stanza_doc, text),
        has_parse=parsed and bool(sentences),
    )


def _word_spans(written: Any, text: str) -> list[tuple[int, int, bool]] | None:
    """(start, end, has its own offsets) for each word of a Stanza token, None without offsets.

    A word that shares its token's offsets (an MWT part that could not be placed) is marked
    False, so its token text is the word's own form rather than the written token.
    """
    start, end = written.start_char, written.end_char
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    words = written.words
    if len(words) == 1:
        return [(start, end, True)]
    surface = text[start:end].lower()
    located: list[tuple[int, int, bool]] = []
    cursor = 0
    if len(surface) == end - start:  # lower() kept the length, so positions still line up
        for word in words:
            found = surface.find(word.text.lower(), cursor) if word.text else -1
            if found < 0:
                break
            located.append((start + found, start + found + len(word.text), True))
            cursor = found + len(word.text)
    if len(located) == len(words):
        return located
    return [(start, end, False)] * len(words)


def _entities(stanza_doc: Any, text: str) -> list[BackendEntity]:
    """Stanza's entities with our labels; dropped when unlabelled for us or out of bounds."""
    found = []
    for entity in getattr(stanza_doc, "ents", None) or []:
        label = NER_LABELS.get(entity.type, entity.type)
        start, end = entity.start_char, entity.end_char
        if label is None or start is None or end is None or not 0 <= start < end <= len(text):
            continue
        found.append(BackendEntity(start, end, label))
    return found
