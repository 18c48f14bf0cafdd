"""Small HTML building blocks the report notebook displays.

Every function returns :class:`Html`, a string that Jupyter shows as HTML, so
the notebook stays a sequence of short calls. Text is escaped; numbers are
formatted per language (:mod:`scan.text.fmt`); counts below the suppression
threshold are shown as ``<N`` (:func:`scan.disclosure.suppress`).

:func:`esc` is the project's one escape: markupsafe's, the same that the
Jinja2 page templates (:mod:`scan.html.pages`) apply to every plain value.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import pandas as pd
from markupsafe import escape

from scan.disclosure import suppress
from scan.text import Lang, fmt

Format = Literal["text", "int", "count", "num1", "num2", "pct", "date"]


class Html(str):
    """A string of HTML, already escaped, that Jupyter renders.

    Jinja2 and markupsafe see it as safe (``__html__``), so a page template
    puts it in as it is.
    """

    def _repr_html_(self) -> str:
        return str(self)

    def __html__(self) -> str:
        return str(self)


def esc(value: object) -> str:
    """Text escaped for HTML (None as empty text).

    Examples
    --------
    >>> esc("<b>'Zorg' & co</b>"), esc(None)
    ('&lt;b&gt;&#39;Zorg&#39; &amp; co&lt;/b&gt;', '')
    """
    return str(escape("" if value is None else str(value)))


def join(*parts: str) -> Html:
    """Several blocks as one output."""
    return Html("\n".join(parts))


def anchor(key: str) -> str:
    """The id of a section's heading."""
    return f"sec-{key}"


def heading(key: str, text: str, level: int = 2) -> Html:
    """A section heading with a stable anchor for the table of contents."""
    return Html(f'<h{level} id="{anchor(key)}">{esc(text)}</h{level}>')


def paragraph(text: str, css: str = "") -> Html:
    """A paragraph of (escaped) text."""
    cls = f' class="{css}"' if css else ""
    return Html(f"<p{cls}>{esc(text)}</p>")


def bullets(items: Iterable[str], css: str = "") -> Html:
    """A bulleted list of (escaped) sentences."""
    cls = f' class="{css}"' if css else ""
    lis = "".join(f"<li>{esc(i)}</li>" for i in items)
    return Html(f"<ul{cls}>{lis}</ul>")


def title_block(
    kicker: str,
    title: str,
    meta: Sequence[str],
    toc_title: str,
    sections: Sequence[tuple[str, str]],
) -> Html:
    """Title, subtitle lines and a table of contents linking to the section anchors."""
    toc = "".join(f'<li><a href="#{anchor(k)}">{esc(t)}</a></li>' for k, t in sections)
    lines = "".join(f'<p class="ns-meta">{esc(m)}</p>' for m in meta)
    return Html(
        f'<header class="ns-title"><div class="ns-kicker">{esc(kicker)}</div>'
        f"<h1>{esc(title)}</h1>{lines}</header>"
        f'<nav class="ns-toc"><strong>{esc(toc_title)}</strong><ol>{toc}</ol></nav>'
    )


def key_figures(items: Sequence[tuple[str, str]]) -> Html:
    """A row of key figures: (label, formatted value)."""
    cells = "".join(
        f'<div class="ns-figure"><div class="v">{esc(v)}</div>'
        f'<div class="l">{esc(label)}</div></div>'
        for label, v in items
    )
    return Html(f'<div class="ns-figures">{cells}</div>')


def cell(value: Any, kind: Format, lang: Lang, threshold: int = 0) -> str:
    """One value formatted for a table: numbers per language, small counts suppressed.

    Examples
    --------
    >>> [cell(n, "count", "nl", 5) for n in (0, 3, 1200, None)]
    ['0', '<5', '1.200', '–']
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    if kind == "count":
        shown = suppress(value, threshold)
        return shown if isinstance(shown, str) else fmt.number(shown, lang, 0)
    if kind == "int":
        return fmt.number(float(value), lang, 0)
    if kind == "num1":
        return fmt.number(float(value), lang, 1, fixed=True)
    if kind == "num2":
        return fmt.number(float(value), lang, 2, fixed=True)
    if kind == "pct":
        return fmt.percent(float(value), lang)
    if kind == "date":
        return fmt.date(pd.Timestamp(value).date(), lang)
    return str(value)


def table(
    frame: pd.DataFrame,
    columns: Mapping[str, tuple[str, Format]],
    lang: Lang,
    *,
    threshold: int = 0,
    caption: str = "",
    max_rows: int | None = None,
) -> Html:
    """A DataFrame as a report table.

    Parameters
    ----------
    frame : DataFrame
    columns : mapping
        Column → (heading, format); only these columns are shown, in this order.
    lang : {"nl", "en"}
    threshold : int
        Counts (format ``"count"``) between 1 and ``threshold - 1`` show as ``<threshold``.
    caption : str
    max_rows : int, optional
        Show at most this many rows.

    Examples
    --------
    >>> t = table(pd.DataFrame({"n": [3, 1200]}), {"n": ("Cliënten", "count")}, "nl", threshold=5)
    >>> "&lt;5" in t and "1.200" in t
    True
    """
    rows = frame if max_rows is None else frame.head(max_rows)
    head = "".join(
        f'<th class="{"num" if kind not in ("text", "date") else ""}">{esc(label)}</th>'
        for label, kind in columns.values()
    )
    body = []
    for _, row in rows.iterrows():
        tds = "".join(
            f'<td class="{"num" if kind not in ("text", "date") else ""}">'
            f"{esc(cell(row[c], kind, lang, threshold))}</td>"
            for c, (_, kind) in columns.items()
        )
        body.append(f"<tr>{tds}</tr>")
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    return Html(
        f'<table class="ns-table">{cap}<thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def figure(fig: Any, alt: str, dpi: int = 110) -> Html:
    """A matplotlib figure embedded as a PNG with alt text; the figure is closed."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    if hasattr(fig, "number"):  # a pyplot figure: release it
        import matplotlib.pyplot as plt

        plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    # the alt text is for screen readers; the figure carries its own title and note
    return Html(f'<figure><img src="data:image/png;base64,{data}" alt="{esc(alt)}"></figure>')
