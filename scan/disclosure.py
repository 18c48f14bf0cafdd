"""Statistical disclosure control: the rules for publishing counts of people and ratings.

A small count of people (clients, respondents, people waiting) can point at
a person, so every count a reader sees passes through :func:`suppress`:

* a count from 1 up to ``threshold - 1`` is shown as ``"<threshold"``;
* a delivered 0 is a true zero that identifies no one, and is shown as 0;
* a count nobody delivered (None, NaN, pandas' NA) stays None: unknown, never 0.

A suppressed count must not be recoverable from what is shown beside it:

* :func:`complement`: in a table of parts with a shown total (flows per pair
  and per organisation, respondents per layer and in all), one hidden part
  would be the total minus the others, so a second part is hidden with it;
* :func:`derived`: a number computed from a suppressed count (utilisation =
  demand / capacity, room = capacity - demand, a share of clients) would give
  the count back with its other operand, so it is hidden too;
* :func:`at_cap`: a 0-1 factor of such a ratio, which a score needs, is a
  straight line of it between its bounds; beside a suppressed count it says
  only whether it reached its cap.

A rating (trust, value, readiness) is shown only as a mean of at least
:data:`MIN_RATERS` raters (:func:`rated`): a mean of two lets either rater
read the other's answer, and a mean of one is that partner's own rating.

:data:`SUPPRESSION_THRESHOLD` is the one default threshold; a region may set
another in ``region.toml`` (``[defaults] suppression_threshold``).

This module sits at the bottom of the import layers, beside ``config`` and
``errors``, so that the HTML building blocks (:mod:`scan.html.show`), the data,
the diagnosis and the follow-up all call the same rule.

Examples
--------
>>> suppress(0), suppress(3), suppress(12), suppress(None)
(0, '<5', 12, None)
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any, TypeVar, overload

import pandas as pd

K = TypeVar("K", bound=Hashable)

__all__ = [
    "MIN_RATERS",
    "SUPPRESSION_THRESHOLD",
    "at_cap",
    "complement",
    "complement_table",
    "derived",
    "is_suppressed",
    "min_raters",
    "rated",
    "suppress",
    "suppressed",
]

#: Counts of people from 1 up to this number minus one are never shown.
SUPPRESSION_THRESHOLD = 5
#: The fewest raters behind any rating shown; a setting may raise it, never lower it.
MIN_RATERS = 3


@overload
def suppress(count: int, threshold: int = SUPPRESSION_THRESHOLD) -> int | str: ...
@overload
def suppress(count: Any, threshold: int = SUPPRESSION_THRESHOLD) -> int | str | None: ...


def suppress(count: Any, threshold: int = SUPPRESSION_THRESHOLD) -> int | str | None:
    """A count of people as it may be published.

    Parameters
    ----------
    count : int, float or None
        The exact count. A fractional count (a mean of people, say) is
        compared before rounding, so 4.6 is suppressed and not shown as 5.
    threshold : int
        Counts above 0 and below it are shown as ``"<threshold"``; 0 (or less)
        suppresses nothing.

    Returns
    -------
    int, str or None
        The count rounded to a whole number; ``"<threshold"`` when it is small;
        None when it is missing.

    Examples
    --------
    >>> [suppress(n) for n in (0, 1, 4, 4.6, 5, 12.4)]
    [0, '<5', '<5', '<5', 5, 12]
    >>> suppress(float("nan")), suppress(pd.NA), suppress(3, threshold=0)
    (None, None, 3)
    """
    if count is None or pd.isna(count):
        return None
    value = float(count)
    if 0 < value < threshold:
        return f"<{threshold}"
    return round(value)


def is_suppressed(count: Any, threshold: int = SUPPRESSION_THRESHOLD) -> bool:
    """Whether :func:`suppress` hides this count (1 up to ``threshold - 1``).

    Examples
    --------
    >>> is_suppressed(3), is_suppressed(0), is_suppressed(None), is_suppressed(5)
    (True, False, False, False)
    """
    return isinstance(suppress(count, threshold), str)


def suppressed(counts: pd.Series, threshold: int = SUPPRESSION_THRESHOLD) -> pd.Series:
    """:func:`is_suppressed` of every count: True where :func:`suppress` hides it.

    Examples
    --------
    >>> suppressed(pd.Series([3, 0, None, 12])).tolist()
    [True, False, False, False]
    """
    return counts.map(lambda n: is_suppressed(n, threshold)).astype(bool)


def derived(value: Any, *counts: Any, threshold: int = SUPPRESSION_THRESHOLD) -> Any:
    """A number computed from counts of people, as it may be published.

    A ratio or a difference shown beside a suppressed count gives the count
    back (demand = capacity x utilisation, demand = capacity - room), so it
    is None (not shown) when any count it was computed from is suppressed.

    Parameters
    ----------
    value : object
        The ratio, share or difference.
    *counts : int, float or None
        The counts of people it was computed from.
    threshold : int
        As for :func:`suppress`.

    Examples
    --------
    >>> derived(1.5, 3), derived(1.5, 30), derived(0.25, 10, 40), derived(7, None)
    (None, 1.5, 0.25, 7)
    """
    if any(is_suppressed(c, threshold) for c in counts):
        return None
    return value


def at_cap(
    factor: pd.Series, *counts: pd.Series, threshold: int = SUPPRESSION_THRESHOLD
) -> pd.Series:
    """0-1 factors computed from counts of people, as a score may use and show them.

    Between its bounds a factor is a straight line of its ratio (utilisation
    0.667 is 133 %), and with a count below the threshold the ratio alone
    names it (133 % of fewer than 5 is 4 in 3 places). Where any count it was
    computed from is suppressed, the factor is therefore only whether it
    reached its cap: 1 at the cap, else 0, never more than it was. Unknown
    stays unknown (NaN).

    Parameters
    ----------
    factor : pandas.Series
        The factors (0-1).
    *counts : pandas.Series
        The counts of people each factor was computed from, on the same index.
    threshold : int
        As for :func:`suppress`.

    Examples
    --------
    >>> f = pd.Series([0.667, 1.0, 0.667, float("nan")])
    >>> at_cap(f, pd.Series([4, 3, 40, 3])).tolist()
    [0.0, 1.0, 0.667, nan]
    """
    small = pd.Series(False, index=factor.index)
    for c in counts:
        small |= suppressed(c.reindex(factor.index), threshold)
    coarse = (factor >= 1.0 - 1e-12).astype(float).where(factor.notna())
    return factor.where(~small, coarse)


def complement(
    parts: Mapping[K, Any],
    threshold: int = SUPPRESSION_THRESHOLD,
    *,
    hidden: Iterable[K] = (),
    unshown: Iterable[K] = (),
) -> set[K]:
    """The parts to hide so that no suppressed part follows from a shown total.

    When a table shows a total (all clients of an organisation, all
    respondents) and its parts, one hidden part is the total minus the shown
    ones. So while fewer than two parts are hidden, or the hidden parts add up
    to less than the threshold (a small sum narrows each of them down), the
    smallest shown part above 0 is hidden too (ties by key). Pass every part
    of the total, a "rest" without a row included, or the rule cannot see it.

    Parameters
    ----------
    parts : mapping
        Part → its count of people (None or NaN: unknown, never hidden).
    threshold : int
        As for :func:`suppress`.
    hidden : iterable
        Parts already hidden to protect another (in a second table with its
        own total): they need the same cover as a suppressed part.
    unshown : iterable
        Parts that are not shown anyway (a table's rows beyond its first
        ten, say): they cover a hidden part, and need no cover themselves.

    Returns
    -------
    set
        The keys whose count (and any figure derived from it) must not be
        shown: the suppressed ones and their complements. Empty when nothing is
        suppressed. When every part is hidden only the total remains, and that
        is shown by :func:`suppress` like any count.

    Examples
    --------
    >>> sorted(complement({"a": 3, "b": 40, "c": 12}))
    ['a', 'c']
    >>> sorted(complement({"a": 3, "b": 1, "c": 12}))
    ['a', 'b', 'c']
    >>> complement({"a": 30, "b": 0, "c": 12})
    set()
    """
    known = {k: float(v) for k, v in parts.items() if v is not None and not pd.isna(v)}
    hidden_now = {k for k, v in known.items() if is_suppressed(v, threshold)}
    hidden_now |= {k for k in hidden if k in known}
    if not hidden_now:
        return set()
    hidden_now |= {k for k in unshown if known.get(k, 0.0) > 0}
    shown = sorted((v, str(k), k) for k, v in known.items() if k not in hidden_now and v > 0)
    while shown and (len(hidden_now) < 2 or sum(known[k] for k in hidden_now) < threshold):
        hidden_now.add(shown.pop(0)[2])
    return hidden_now


def complement_table(
    counts: pd.Series,
    groups: Sequence[pd.Series],
    threshold: int = SUPPRESSION_THRESHOLD,
    unshown: pd.Series | None = None,
) -> pd.Series:
    """Which cells of a table of counts to hide, so no suppressed one follows from a total.

    :func:`complement` applied to every group whose total is shown somewhere
    (the pairs of one sender: its outflow; of one receiver: its inflow; the
    layers of one dimension: all respondents), again until nothing changes,
    since a cell hidden for one group may be the only hidden cell of another.

    Parameters
    ----------
    counts : pandas.Series
        One count of people per cell.
    groups : sequence of pandas.Series
        Each aligned with ``counts``: the group of every cell (one group per
        shown total).
    threshold : int
        As for :func:`suppress`.
    unshown : pandas.Series of bool, optional
        Cells not shown anyway (beyond a table's first rows).

    Returns
    -------
    pandas.Series of bool
        True for the cells to hide: the suppressed ones and their complements.

    Examples
    --------
    >>> flows = pd.DataFrame({"from_org": ["A", "A", "B", "B"], "to_org": ["X", "Y", "X", "Y"],
    ...                       "clients": [3, 40, 12, 30]})
    >>> complement_table(flows["clients"], [flows["from_org"], flows["to_org"]]).tolist()
    [True, True, True, True]
    """
    hide = suppressed(counts, threshold)
    away = (
        unshown.reindex(counts.index).fillna(False).astype(bool)
        if unshown is not None
        else pd.Series(False, index=counts.index)
    )
    changed = bool(hide.any())
    while changed:
        changed = False
        for keys in groups:
            for idx in counts.groupby(keys.reindex(counts.index), dropna=False).groups.values():
                cells = list(idx)
                if not hide[cells].any():
                    continue
                mine = [i for i in cells if hide[i]]
                gone = [i for i in cells if away[i]]
                for i in complement(counts[cells].to_dict(), threshold, hidden=mine, unshown=gone):
                    if not hide[i] and not away[i]:
                        hide[i] = changed = True
    return hide


def min_raters(requested: int = MIN_RATERS) -> int:
    """The fewest raters a rating needs: ``requested``, but never below :data:`MIN_RATERS`.

    Examples
    --------
    >>> min_raters(), min_raters(1), min_raters(5)
    (3, 3, 5)
    """
    return max(MIN_RATERS, int(requested))


def rated(means: pd.Series, raters: pd.Series, minimum: int = MIN_RATERS) -> pd.Series:
    """Mean ratings as they may be shown: from fewer than ``minimum`` raters, unknown (NaN).

    ``minimum`` is raised to :data:`MIN_RATERS` (:func:`min_raters`).

    Examples
    --------
    >>> rated(pd.Series([3.0, 2.5, 4.0]), pd.Series([1, 3, 0])).tolist()
    [nan, 2.5, nan]
    """
    enough = pd.to_numeric(raters, errors="coerce").fillna(0) >= min_raters(minimum)
    return means.astype(float).where(enough.to_numpy())
