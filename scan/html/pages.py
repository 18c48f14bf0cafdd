"""Where the HTML pages' templates and stylesheet live (package data).

The report (nbconvert), the index page, the feedback pages and the
follow-up page share one stylesheet: ``templates/netwerkscan/report.css``.
"""

from __future__ import annotations

from pathlib import Path

#: The nbconvert template folder and the pages' templates.
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


def stylesheet() -> str:
    """The report's stylesheet, to inline in a self-contained page."""
    return (TEMPLATE_DIR / "netwerkscan" / "report.css").read_text(encoding="utf-8")
