"""ArticleHeader: the title line and the facts about the article and its analysis."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from reader.analysis.model import Analysis
from reader.store.records import ArticleRecord
from reader.widgets.article_layout import showable


class ArticleHeader(Static):
    """Title, then language · date · which backend made the highlights · source, and last a
    remark on the analysis (how to get a better one). Each is one line, cut with "…" when
    the terminal is too narrow (``app.tcss``), so what matters most comes first and a long
    remark never pushes the source out of sight."""

    def show(
        self, article: ArticleRecord, analysis: Analysis | None, *, busy: bool, hint: str = ""
    ) -> None:
        """Describe ``article``; ``busy`` says a better analysis is running in the background,
        ``hint`` how to get a better one."""
        lang = (analysis.lang if analysis else article.lang) or "language unknown"
        facts = [lang, article.pubdate or "no date (D sets it)"]
        if analysis is not None:
            facts.append(f"analysis: {analysis.backend}")
        if busy:
            facts.append("Stanza analysis running…")
        if article.source:
            facts.append(showable(article.source))
        remark = hint or (analysis.notes[0] if analysis is not None and analysis.notes else "")
        parts: list[str | tuple[str, str]] = [
            (showable(article.title) or "Untitled", "bold"),
            "\n",
            (" · ".join(facts), "$text-muted"),
        ]
        if remark:
            parts.append((f" · {remark}", "$text-warning"))
        self.update(Content.assemble(*parts))
