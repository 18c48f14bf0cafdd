"""Building blocks shared by the diagnosis: counts of people, confidence, normalisation.

Three small ideas that :mod:`scan.diagnosis.bottlenecks`, :mod:`scan.diagnosis.quickwins` and
:mod:`scan.diagnosis.findings` all need, kept here so that none of them imports another's
internals:

* :class:`Count`: a number of *people* (clients, respondents, people waiting).
  It stays an exact integer while the scan computes, and is shown through the
  one rule :func:`scan.disclosure.suppress` (1-4 as ``"<5"`` with the default
  threshold, 0 as 0) in every text, JSON file and workbook (:func:`shown`).
  Anything that counts people goes into evidence as a ``Count``, never as a
  bare int, so suppression cannot be forgotten.
* Confidence: ``high`` / ``moderate`` / ``low``, combined by taking the lowest
  (:func:`lowest`), with reason codes saying why it is not high.
* :func:`capped`: the one normalisation every factor uses, a straight line from
  ``low`` (0) to ``high`` (1), flat outside.

Examples
--------
>>> shown(Count(3)), shown(Count(12)), shown(Count(0))
('<5', 12, 0)
>>> lowest("high", "moderate")
'moderate'
>>> capped(1.25, 1.0, 1.5)
0.5
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd

from scan.disclosure import SUPPRESSION_THRESHOLD, suppress

Level = Literal["high", "moderate", "low"]
#: Confidence levels from least to most certain.
LEVELS: tuple[Level, ...] = ("low", "moderate", "high")


@dataclass(frozen=True, order=True)
class Count:
    """A count of people; shown as ``"<threshold"`` from 1 up to the threshold.

    Examples
    --------
    >>> Count(4).shown(5), Count(5).shown(5), Count(0).shown(5)
    ('<5', 5, 0)
    """

    n: int
    #: Hidden beside a suppressed count, which it would give away (``complement``): null.
    hidden: bool = field(default=False, repr=False)

    def shown(self, threshold: int = SUPPRESSION_THRESHOLD) -> int | str | None:
        """The count as it may be published (:func:`scan.disclosure.suppress`); None if hidden."""
        if self.hidden:
            return None
        return suppress(self.n, threshold)


def count(value: Any) -> Count:
    """A :class:`Count` from a number (rounded; NaN and None count as 0).

    Examples
    --------
    >>> count(7.6), count(None)
    (Count(n=8), Count(n=0))
    """
    if value is None:
        return Count(0)
    try:
        x = float(value)
    except (TypeError, ValueError):
        return Count(0)
    return Count(0 if math.isnan(x) else round(x))


def known_count(value: Any) -> Count | None:
    """A :class:`Count`, or None when nobody delivered the number (unknown, never 0).

    Examples
    --------
    >>> known_count(7.6), known_count(0), known_count(float("nan")), known_count(None)
    (Count(n=8), Count(n=0), None, None)
    """
    if value is None or value is pd.NA:
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else Count(round(x))


def shown(value: Any, threshold: int = SUPPRESSION_THRESHOLD) -> Any:
    """``value`` made publishable: every :class:`Count` inside it suppressed.

    Lists, tuples and dicts are walked; other values are returned as they are.

    Examples
    --------
    >>> shown({"clients": Count(2), "senders": [{"clients": Count(40)}]})
    {'clients': '<5', 'senders': [{'clients': 40}]}
    """
    if isinstance(value, Count):
        return value.shown(threshold)
    if isinstance(value, dict):
        return {k: shown(v, threshold) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [shown(v, threshold) for v in value]
    return value


def lowest(*levels: Level) -> Level:
    """The least certain of the given confidence levels (``high`` when none).

    Examples
    --------
    >>> lowest(), lowest("high", "low", "moderate")
    ('high', 'low')
    """
    if not levels:
        return "high"
    return min(levels, key=LEVELS.index)


@dataclass(frozen=True)
class Confidence:
    """A confidence level with the reasons it is not higher.

    Attributes
    ----------
    level : {"high", "moderate", "low"}
    reasons : tuple of str
        Reason codes (see ``docs/findings.md``), sorted.

    Examples
    --------
    >>> Confidence().level
    'high'
    """

    level: Level = "high"
    reasons: tuple[str, ...] = ()

    @staticmethod
    def of(issues: Iterable[tuple[Level, str]]) -> Confidence:
        """The confidence left after the given ``(level, reason)`` issues.

        Examples
        --------
        >>> Confidence.of([("moderate", "no_capacity_data"), ("low", "response_rate_low")])
        Confidence(level='low', reasons=('no_capacity_data', 'response_rate_low'))
        """
        items = list(issues)
        return Confidence(
            level=lowest(*(lv for lv, _ in items)),
            reasons=tuple(sorted({r for _, r in items})),
        )


def response_level(rate: float | None) -> Level:
    """Confidence in network figures from the response rate (>= 80 % high, >= 65 % moderate).

    Examples
    --------
    >>> response_level(0.8), response_level(0.7), response_level(None)
    ('high', 'moderate', 'low')
    """
    if rate is None or (isinstance(rate, float) and math.isnan(rate)):
        return "low"
    if rate >= 0.8 - 1e-12:
        return "high"
    if rate >= 0.65 - 1e-12:
        return "moderate"
    return "low"


def capped(x: Any, low: float, high: float) -> Any:
    """Normalise to 0-1: 0 at or below ``low``, 1 at or above ``high``, linear between.

    NaN stays NaN (the caller decides what unknown means). Works on scalars and
    numpy arrays / pandas Series.

    Examples
    --------
    >>> capped(0.05, 0.0, 0.1), capped(3.0, 0.0, 0.1), capped(-1.0, 0.0, 0.1)
    (0.5, 1.0, 0.0)
    """
    if high <= low:
        raise ValueError("high must be above low")
    out = np.clip((np.asarray(x, dtype=float) - low) / (high - low), 0.0, 1.0)
    if np.ndim(out) == 0:
        return float(out)
    if hasattr(x, "index"):
        import pandas as pd

        return pd.Series(out, index=x.index)
    return out


def is_missing(x: Any) -> bool:
    """True for None, NaN and pandas' NA.

    Examples
    --------
    >>> is_missing(None), is_missing(float("nan")), is_missing(0.0)
    (True, True, False)
    """
    if x is None:
        return True
    try:
        return bool(x != x)  # NaN and pd.NA
    except TypeError:
        return True


def num(x: Any) -> float | None:
    """A plain float, or None when missing.

    Examples
    --------
    >>> num(2), num(float("nan"))
    (2.0, None)
    """
    if is_missing(x):
        return None
    return float(x)


# --------------------------------------------------------------------------------------
# Fields of a finding's sentence, rendered per language by scan.diagnosis.findings
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    """An organisation in a sentence: shown by its (possibly anonymised) name.

    Examples
    --------
    >>> Org("VVT1").org_id
    'VVT1'
    """

    org_id: str


@dataclass(frozen=True)
class Orgs:
    """Several organisations, shown as "A, B en C".

    Examples
    --------
    >>> Orgs(("A", "B")).org_ids
    ('A', 'B')
    """

    org_ids: tuple[str, ...]


@dataclass(frozen=True)
class Pct:
    """A share 0-1, shown as a percentage.

    Examples
    --------
    >>> Pct(0.42).value
    0.42
    """

    value: float


@dataclass(frozen=True)
class Num:
    """A number shown with at most ``decimals`` decimals.

    Examples
    --------
    >>> Num(1.694, 1)
    Num(value=1.694, decimals=1)
    """

    value: float
    decimals: int = 1


@dataclass(frozen=True)
class Term:
    """A word from a fixed list, shown in the language.

    Examples
    --------
    >>> Term("dimension", "trust").code
    'trust'
    """

    group: str
    code: str


@dataclass(frozen=True)
class Message:
    """A sentence template of the catalogue (``finding.<key>``) with its fields.

    Fields may be plain text, :class:`Count`, :class:`Org`, :class:`Orgs`,
    :class:`Pct`, :class:`Num`, :class:`Term`, or a tuple of Messages (shown as
    a list joined with "en"/"and").

    Examples
    --------
    >>> Message.of("qw.too_many_tables", org=Org("ZH01")).key
    'qw.too_many_tables'
    """

    key: str
    fields: tuple[tuple[str, Any], ...] = ()

    @staticmethod
    def of(key: str, **fields: Any) -> Message:
        """A message from keyword fields (kept in a stable order).

        Examples
        --------
        >>> Message.of("x", b=1, a=2).fields
        (('a', 2), ('b', 1))
        """
        return Message(key, tuple(sorted(fields.items())))
