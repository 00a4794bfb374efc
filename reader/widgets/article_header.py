"""ArticleHeader: the title line and the facts about the article and its analysis."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from reader.analysis.model import Analysis
from reader.store.records import ArticleRecord


class ArticleHeader(Static):
    """Title, then source · language · date · which backend made the highlights."""

    def show(self, article: ArticleRecord, analysis: Analysis | None, *, busy: bool) -> None:
        """Describe ``article``; ``busy`` says a better analysis is running in the background."""
        facts = [article.source or "no source", (analysis.lang if analysis else article.lang)
                 or "language unknown", article.pubdate or "no date (D sets it)"]
        if analysis is not None:
            facts.append(f"analysis: {analysis.backend}")
        if busy:
            facts.append("Stanza analysis running…")
        parts: list[str | tuple[str, str]] = [
            (article.title or "Untitled", "bold"), "\n", (" · ".join(facts), "$text-muted")
        ]
        if analysis is not None and analysis.notes:
            parts.append(("  — " + analysis.notes[0], "$text-warning"))
        self.update(Content.assemble(*parts))
