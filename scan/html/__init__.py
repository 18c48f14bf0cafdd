"""HTML building blocks shared by every page: escaped fragments, stylesheet, page templates."""
