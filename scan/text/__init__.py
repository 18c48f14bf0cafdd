"""The words: one catalogue of every sentence and label (Dutch, English), one lookup, and
number formats (:mod:`scan.text.fmt`).

A sentence a reader sees is a key of :data:`CATALOGUE`; change its words in the
topic module that holds it, the key's first part says which:

=============================================  ==========================================
``band. dimension. layer. family. type.``      :mod:`scan.text.labels`
``colour. feature. segment.``
``report.``                                    :mod:`scan.text.report`
``basis.``                                     :mod:`scan.text.basis`
``figure.``                                    :mod:`scan.text.figures`
``finding. term. evidence.``                   :mod:`scan.text.findings`
``reason. quality.``                           :mod:`scan.text.quality`
``followup.``                                  :mod:`scan.text.followup`
``template. feedback.``                        :mod:`scan.text.partners`
``index.``                                     :mod:`scan.text.index`
``agenda.``                                    :mod:`scan.text.agenda`
``error. cli.``                                :mod:`scan.text.errors`
=============================================  ==========================================

:func:`t` looks one up. Its rules: an unknown key raises :class:`KeyError` (a test
checks that every key the code names exists); a language the key lacks falls back
to Dutch; the fields fill the ``{placeholders}``, ``None`` as empty, and a
placeholder without a field raises :class:`KeyError`; a field that ends in a full
stop (a name like "Zorg B.V.") takes the place of the full stop after it, so no
sentence ends in "B.V..". A call site whose key comes
from data (a code that may be unknown) asks ``key in CATALOGUE`` first and
chooses its own fallback.

Examples
--------
>>> t("report.title_period", period="2026")
'Periode: 2026'
>>> t("reason.out_of_range", "en", value="7", detail="1–4", column="trust_open")
'7 is outside the allowed range (1–4); the row is not used'
>>> t("dimension.trust", "en")
'trust and openness'
>>> t("report.no_such_key")
Traceback (most recent call last):
...
KeyError: "no text 'report.no_such_key' in the catalogue"
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from scan.text.agenda import AGENDA
from scan.text.basis import BASIS_TEXT
from scan.text.errors import CLI, ERRORS
from scan.text.figures import FIGURES
from scan.text.findings import EVIDENCE, FINDINGS, TERMS
from scan.text.flows import FLOWS
from scan.text.followup import FOLLOWUP
from scan.text.index import INDEX
from scan.text.labels import LABELS
from scan.text.lang import LANGS, Lang
from scan.text.partners import (
    ADVICE,
    CHOICES,
    COLUMNS,
    FEEDBACK,
    FEEDBACK_REASONS,
    RECOGNITION_FORM,
    TABLES,
    TEMPLATE,
)
from scan.text.quality import REASONS, STOPS, WORDS
from scan.text.report import REPORT, REPORT_RECOGNITION

__all__ = ["CATALOGUE", "LANGS", "Lang", "counted", "t"]

_PARTS: tuple[Mapping[str, Mapping[Lang, str]], ...] = (
    LABELS,
    REPORT,
    REPORT_RECOGNITION,
    BASIS_TEXT,
    FIGURES,
    FLOWS,
    FINDINGS,
    TERMS,
    EVIDENCE,
    REASONS,
    WORDS,
    STOPS,
    FOLLOWUP,
    TEMPLATE,
    TABLES,
    COLUMNS,
    CHOICES,
    RECOGNITION_FORM,
    FEEDBACK_REASONS,
    ADVICE,
    FEEDBACK,
    INDEX,
    ERRORS,
    CLI,
    AGENDA,
)


def _merge(parts: tuple[Mapping[str, Mapping[Lang, str]], ...]) -> dict[str, Mapping[Lang, str]]:
    merged: dict[str, Mapping[Lang, str]] = {}
    for part in parts:
        twice = merged.keys() & part.keys()
        if twice:
            raise ValueError(f"keys in two places of the catalogue: {sorted(twice)}")
        merged.update(part)
    return merged


#: Every sentence and label: key → language → words (``{placeholders}`` for the fields).
CATALOGUE: dict[str, Mapping[Lang, str]] = _merge(_PARTS)


def t(key: str, lang: Lang = "nl", /, **fields: object) -> str:
    """The words of ``key`` in ``lang``, filled in with ``fields``.

    Parameters
    ----------
    key : str
        A key of :data:`CATALOGUE`, e.g. ``"index.position"``.
    lang : {"nl", "en"}
        The language; a key without it falls back to Dutch.
    **fields
        The values of the ``{placeholders}`` (``None`` is shown as empty).

    Raises
    ------
    KeyError
        When ``key`` is not in the catalogue, or a placeholder has no field.

    Examples
    --------
    >>> t("index.position", "en", region="Noord", metric="density", rank=2, n=5)
    'Noord ranks 2 of 5 on density.'
    """
    try:
        words = CATALOGUE[key]
    except KeyError:
        raise KeyError(f"no text {key!r} in the catalogue") from None
    template = words.get(lang, words["nl"])
    values = {k: "" if v is None else v for k, v in fields.items()}
    return _finished(template, values).format(**values)


def counted(key: str, n: float, lang: Lang = "nl", /, **fields: object) -> str:
    """:func:`t` for a sentence about ``n`` things: its singular ``<key>_one`` when ``n``
    is 1 and the catalogue has it ("1 regel kon niet …"), else ``key`` ("3 regels konden …").

    Examples
    --------
    >>> counted("quality.rows_n", 1, "nl", n="1"), counted("quality.rows_n", 2, "en", n="2")
    ('1 rij', '2 rows')
    """
    one = f"{key}_one"
    return t(one if n == 1 and one in CATALOGUE else key, lang, **fields)


_STOP_AFTER = re.compile(r"\{(\w+)\}\.")


def _finished(template: str, values: Mapping[str, object]) -> str:
    """``template`` without the full stop after a field whose value ends in one.

    Examples
    --------
    >>> _finished("Naar {org}.", {"org": "Zorg B.V."}), _finished("Naar {org}.", {"org": "Zorg"})
    ('Naar {org}', 'Naar {org}.')
    """

    def stop(match: re.Match[str]) -> str:
        ends = str(values.get(match[1], "")).endswith(".")
        return f"{{{match[1]}}}" if ends else match[0]

    return _STOP_AFTER.sub(stop, template)
