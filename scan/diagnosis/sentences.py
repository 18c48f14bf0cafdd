"""The sentences of the diagnosis: a :class:`~scan.diagnosis.evidence.Message` written out.

A finding keeps its sentence as a template key and its fields
(:class:`~scan.diagnosis.evidence.Message`); :func:`render` writes it in one
language with the names given (names, or codes for the anonymised report), and
counts of people below the threshold as ``"<5"``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from scan.diagnosis.evidence import Count, Message, Num, Org, Orgs, Pct, Term
from scan.disclosure import SUPPRESSION_THRESHOLD
from scan.text import LANGS, Lang, fmt, t

__all__ = ["render", "texts"]


def _field(value: Any, lang: Lang, names: Mapping[str, str], threshold: int) -> str:
    if isinstance(value, Count):
        v = value.shown(threshold)
        if v is None:  # hidden beside a suppressed count: no figure
            return "–"
        return v if isinstance(v, str) else fmt.number(v, lang, 0)
    if isinstance(value, Org):
        return names.get(value.org_id, value.org_id)
    if isinstance(value, Orgs):
        return fmt.listing((names.get(v, v) for v in value.org_ids), lang)
    if isinstance(value, Pct):
        return fmt.percent(value.value, lang)
    if isinstance(value, Num):
        return fmt.number(round(value.value, value.decimals), lang, value.decimals)
    if isinstance(value, Term):
        return t(f"term.{value.group}.{value.code}", lang)
    if isinstance(value, Message):
        return render(value, lang, names, threshold, sentence=False)
    if isinstance(value, tuple):
        return fmt.listing((_field(v, lang, names, threshold) for v in value), lang)
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int | float | np.integer | np.floating):
        return fmt.number(float(value), lang, 1)
    return str(value)


def render(
    message: Message,
    lang: Lang,
    names: Mapping[str, str],
    threshold: int = SUPPRESSION_THRESHOLD,
    *,
    sentence: bool = True,
) -> str:
    """A message written out in ``lang``; a sentence starts with a capital.

    Examples
    --------
    >>> m = Message.of("why_t.volume", clients=Count(3))
    >>> render(m, "nl", {}, sentence=False)
    'het gaat om <5 cliënten'
    >>> render(Message.of("qw.front_runner", orgs=Orgs(("A",))), "en", {"A": "Alpha"})[:20]
    'Alpha is well connec'
    """
    fields = {k: _field(v, lang, names, threshold) for k, v in message.fields}
    text = t(f"finding.{message.key}", lang, **fields)
    if sentence and text:
        text = text[0].upper() + text[1:]
    return text


def texts(message: Message, names: Mapping[str, str], threshold: int) -> dict[str, str]:
    """The message in every language.

    Examples
    --------
    >>> texts(Message.of("qw.front_runner", orgs=Orgs(("A",))), {"A": "Alpha"}, 5)["nl"][:26]
    'Alpha heeft veel contacten'
    """
    return {lang: render(message, lang, names, threshold) for lang in LANGS}
