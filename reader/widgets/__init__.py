"""The reader's widgets: the highlighted article, its header, legend and status line, and the
side panels (actors, timeline, notes)."""
