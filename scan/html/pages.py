"""The HTML pages: their templates, their stylesheet and the one Jinja2 environment.

The report (nbconvert), the index page, the feedback pages and the
follow-up page share one stylesheet: ``templates/netwerkscan/report.css``.

The index, feedback and follow-up pages are Jinja2 templates in
``templates/pages/``, each extending ``page.html.j2`` (doctype, language,
title, the stylesheet inlined, body). The environment escapes every value
(``autoescape``); HTML that is already escaped, :class:`scan.html.show.Html`
or :class:`markupsafe.Markup`, is put in as it is. None shows as nothing.

Examples
--------
>>> page = render("page.html.j2", lang="en", title="<A & B>")
>>> "<title>&lt;A &amp; B&gt;</title>" in page and page.startswith("<!DOCTYPE html>")
True
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

#: The nbconvert template folder and the pages' templates.
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


def stylesheet() -> str:
    """The report's stylesheet, to inline in a self-contained page."""
    return (TEMPLATE_DIR / "netwerkscan" / "report.css").read_text(encoding="utf-8")


def _blank_none(value: Any) -> Any:
    return "" if value is None else value


@cache
def environment() -> jinja2.Environment:
    """The pages' Jinja2 environment: ``templates/pages``, every value escaped."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR / "pages"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=_blank_none,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(template: str, **context: Any) -> str:
    """A page from ``templates/pages/<template>``, with the stylesheet inlined.

    Parameters
    ----------
    template : str
        E.g. ``"index.html.j2"``.
    **context
        The template's values; plain text is escaped, HTML fragments must be
        :class:`scan.html.show.Html` or :class:`markupsafe.Markup`.
    """
    return environment().get_template(template).render(stylesheet=Markup(stylesheet()), **context)
