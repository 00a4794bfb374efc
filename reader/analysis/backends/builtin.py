"""PLACEHOLDER — replaced by the built-in tokenizer work (issue 3)."""

from __future__ import annotations

import re

from reader.analysis.doc import Doc, SentenceTokens, Token

_SENT = re.compile(r"[^.!?]+[.!?]*")
_TOKEN = re.compile(r"\w+|[^\w\s]")


class BuiltinBackend:
    name = "builtin"

    def parse(self, text: str, lang: str) -> Doc:
        sentences = []
        for m in _SENT.finditer(text):
            toks = [Token(t.start() + m.start(), t.end() + m.start(), t.group()) for t in _TOKEN.finditer(m.group())]
            if toks:
                sentences.append(SentenceTokens(toks[0].start, toks[-1].end, toks))
        return Doc(text=text, lang=lang, backend=self.name, sentences=sentences)
