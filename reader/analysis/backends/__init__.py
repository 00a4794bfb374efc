"""Backends turn text into the shared token layer (:class:`reader.analysis.doc.Doc`).

``builtin`` needs nothing and is always there; ``stanza`` is imported lazily, only when chosen,
so that ``newsreader analyze`` with the built-in backend never loads torch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the command line imports BackendError at start-up: keep that cheap
    from reader.analysis.doc import Doc

BACKENDS = ("auto", "stanza", "builtin")


class Backend(Protocol):
    """Something that parses text into a :class:`Doc`."""

    name: str

    def parse(self, text: str, lang: str) -> Doc:
        """Split ``text`` into sentences and tokens (and more, when the backend can)."""
        ...


class BackendError(Exception):
    """The requested backend cannot run (e.g. Stanza chosen but not installed)."""


def choose_backend(requested: str, lang: str) -> tuple[Backend, list[str]]:
    """Return the backend to use for ``lang`` and remarks explaining the choice.

    "auto" picks Stanza only when the package and its models for ``lang`` are installed and
    load, otherwise the built-in backend, with a remark saying why and how to get models.
    "stanza" raises :class:`BackendError` when that is impossible; it never downloads.
    """
    from reader.analysis import models  # cheap: never imports stanza or torch

    if requested not in BACKENDS:
        raise BackendError(f"unknown backend {requested!r}; choose one of {', '.join(BACKENDS)}")
    if requested == "builtin":
        return _builtin(), []
    problem = models.stanza_unavailable_reason(lang)
    if problem is None:
        from reader.analysis.backends.stanza import StanzaBackend

        try:
            return StanzaBackend.for_language(lang), []
        except BackendError as error:  # e.g. a model file that exists but will not load
            problem = str(error)
    if requested == "stanza":
        raise BackendError(problem)
    return _builtin(), [f"Built-in analysis: {problem}"]


def _builtin() -> Backend:
    from reader.analysis.backends.builtin import BuiltinBackend

    return BuiltinBackend()
