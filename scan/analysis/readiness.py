"""Collaboration readiness from the survey: the shared ambition and six driving forces.

Every respondent answers Likert items (1-5) per dimension (``trust_1``,
``trust_2``, …). Scores are built bottom-up and every figure carries the
number of respondents behind it:

1. a respondent's dimension score is the mean of the items they answered;
2. an organisation's (or layer's, or the region's) score is the mean of its
   respondents' scores: every person counts once, whatever their
   organisation's size;
3. the band: ``>= 4`` strength, ``3 - 3.9`` discuss, ``< 3`` concern
   (Wilder Collaboration Factors Inventory practice), judged on the score as
   reported, to one decimal: 3.95 is shown as 4,0 and is a strength.

Perception gaps compare layers (bestuur, management, uitvoering): the gap is
the difference of the two layers' means, with a percentile bootstrap
confidence interval (respondents resampled with replacement within each
layer, seeded). A gap is ``significant`` when its interval excludes 0.

References
----------
Mattessich, P., & Johnson, K. (2018). Collaboration: What Makes It Work
(3rd ed.). Wilder Research. Mattessich, P., Murray-Close, M., & Monsey, B.
(2001). The Wilder Collaboration Factors Inventory. Fieldstone Alliance (the
bands). Efron, B., & Tibshirani, R. (1993). An Introduction to the Bootstrap.
Chapman & Hall.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from scan.data.schema import DIMENSIONS, LAYERS
from scan.disclosure import SUPPRESSION_THRESHOLD, complement_table
from scan.text import fmt
from scan.text.labels import BAND_LABELS, DIMENSION_LABELS

__all__ = ["BAND_LABELS", "DIMENSION_LABELS"]  # the labels live in the catalogue

ITEM_PATTERN = re.compile(rf"^({'|'.join(DIMENSIONS)})_\d+$")

#: Bands on the 1-5 scale: (lower bound, code) (Mattessich & Johnson 2018, the Wilder
#: Collaboration Factors Inventory: 4.0 and up a strength, 3.0-3.9 to discuss, below
#: 3.0 a concern).
BANDS: tuple[tuple[float, str], ...] = ((4.0, "strength"), (3.0, "discuss"))
#: Decimals of a score as reported; its band is judged on that number.
BAND_DECIMALS = 1


def item_columns(survey: pd.DataFrame) -> dict[str, list[str]]:
    """The Likert item columns per dimension, in the order of :data:`DIMENSIONS`.

    Examples
    --------
    >>> item_columns(pd.DataFrame(columns=["org_id", "trust_2", "trust_1", "ambition_1"]))
    {'ambition': ['ambition_1'], 'trust': ['trust_1', 'trust_2']}
    """
    found: dict[str, list[str]] = {}
    for col in survey.columns:
        m = ITEM_PATTERN.match(str(col))
        if m:
            found.setdefault(m.group(1), []).append(str(col))
    return {
        d: sorted(found[d], key=lambda c: int(c.rsplit("_", 1)[1]))
        for d in DIMENSIONS
        if d in found
    }


def band(score: float | None) -> str | None:
    """The band of a score as reported (one decimal): strength (>= 4), discuss (>= 3), concern.

    The score is first rounded as the report writes it (:func:`scan.text.fmt.rounded`):
    3.95 reads "4,0" and is a strength, 3.94 reads "3,9" and is to discuss.
    None if unknown.

    Examples
    --------
    >>> [band(s) for s in (4.0, 3.95, 3.94, 3.0, 2.95, 2.94, float("nan"))]
    ['strength', 'strength', 'discuss', 'discuss', 'discuss', 'concern', None]
    """
    if score is None or pd.isna(score):
        return None
    shown = fmt.rounded(float(score), BAND_DECIMALS)
    for bound, code in BANDS:
        if shown >= bound:
            return code
    return "concern"


def respondent_scores(survey: pd.DataFrame) -> pd.DataFrame:
    """Each respondent's score per dimension: the mean of the items they answered.

    Returns
    -------
    pandas.DataFrame
        ``respondent_id``, ``org_id``, ``layer`` and one column per dimension
        present (NaN when the respondent answered none of its items).

    Examples
    --------
    >>> s = pd.DataFrame({"respondent_id": ["r1"], "org_id": ["A"], "layer": ["bestuur"],
    ...                   "trust_1": [4.0], "trust_2": [None], "ambition_1": [None]})
    >>> respondent_scores(s)[["trust", "ambition"]].values.tolist()
    [[4.0, nan]]
    """
    items = item_columns(survey)
    out = pd.DataFrame(
        {
            "respondent_id": survey["respondent_id"].astype("string"),
            "org_id": survey["org_id"].astype("string"),
            "layer": survey["layer"].astype("string"),
        }
    )
    for dim, cols in items.items():
        vals = survey[cols].astype("Float64").astype(float)
        with np.errstate(invalid="ignore"):
            out[dim] = vals.mean(axis=1, skipna=True)
    return out.reset_index(drop=True)


def dimensions_of(scores: pd.DataFrame) -> list[str]:
    """The dimension columns present in a respondent-score table."""
    return [d for d in DIMENSIONS if d in scores.columns]


def readiness_scores(scores: pd.DataFrame, *, by: Sequence[str] = ("org_id",)) -> pd.DataFrame:
    """Mean score per dimension per group, with its band and number of respondents.

    Parameters
    ----------
    scores : pandas.DataFrame
        From :func:`respondent_scores`.
    by : sequence of str
        Grouping columns, e.g. ``("org_id",)``, ``("layer",)``,
        ``("org_id", "layer")``; ``()`` for the whole region.

    Returns
    -------
    pandas.DataFrame
        Long form: the ``by`` columns, ``dimension``, ``score`` (mean over
        respondents), ``sd``, ``n_respondents`` (who scored this dimension),
        ``band``. An ``overall`` dimension is added: the mean of a
        respondent's dimension scores.

    Examples
    --------
    >>> s = pd.DataFrame({"respondent_id": ["r1", "r2"], "org_id": ["A", "A"],
    ...     "layer": ["bestuur", "uitvoering"], "trust": [4.0, 3.0]})
    >>> readiness_scores(s, by=())[["dimension", "score", "n_respondents", "band"]
    ...     ].values.tolist()[0]
    ['trust', 3.5, 2, 'discuss']
    """
    by = list(by)
    dims = dimensions_of(scores)
    work = scores.copy()
    if dims:
        with np.errstate(invalid="ignore"):
            work["overall"] = work[dims].mean(axis=1, skipna=True)
        dims = [*dims, "overall"]
    long = work.melt(
        id_vars=[c for c in ["respondent_id", *by] if c in work],
        value_vars=dims,
        var_name="dimension",
        value_name="score",
    )
    long = long.dropna(subset=["score"])
    long["score"] = long["score"].astype(float)
    cols = [*by, "dimension", "score", "sd", "n_respondents", "band"]
    if len(long) == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    keys = [*by, "dimension"]
    g = (
        long.groupby(keys, sort=False, dropna=False)["score"]
        .agg(score="mean", sd="std", n_respondents="count")
        .reset_index()
    )
    order = {d: i for i, d in enumerate(dims)}
    g["_d"] = g["dimension"].map(order)
    g = g.sort_values([*by, "_d"], kind="stable").drop(columns="_d")
    g["n_respondents"] = g["n_respondents"].astype(int)
    # one band per distinct score: the rounding as the text writes it is slow per row
    bands = {x: band(x) for x in set(g["score"].dropna().tolist())}
    g["band"] = [bands[x] if x == x else None for x in g["score"]]
    return g[cols].reset_index(drop=True)


def layers_shown(by_layer: pd.DataFrame, threshold: int = SUPPRESSION_THRESHOLD) -> pd.Series:
    """Which layer rows may be published beside the region's figures.

    A layer with fewer than ``threshold`` respondents on a dimension is not
    shown; and since the region's count and mean are shown, one hidden layer
    would follow from them and the other layers (its count by subtraction, its
    mean from ``n × mean``), so a second layer is hidden with it
    (:func:`scan.disclosure.complement`). Respondents without a layer are a
    part too (the row whose layer is empty).

    Parameters
    ----------
    by_layer : pandas.DataFrame
        ``readiness_scores(scores, by=("layer",))``.
    threshold : int
        The suppression threshold.

    Returns
    -------
    pandas.Series of bool
        Aligned with ``by_layer``: True where the row's mean, spread and count
        may be shown.

    Examples
    --------
    >>> t = pd.DataFrame({"layer": ["bestuur", "management", "uitvoering"],
    ...                   "dimension": ["trust"] * 3, "n_respondents": [3, 12, 30]})
    >>> layers_shown(t).tolist()
    [False, False, True]
    """
    if len(by_layer) == 0:
        return pd.Series(dtype=bool)
    hidden = complement_table(by_layer["n_respondents"], [by_layer["dimension"]], threshold)
    return ~hidden


def gaps_shown(
    gaps: pd.DataFrame, by_layer: pd.DataFrame, threshold: int = SUPPRESSION_THRESHOLD
) -> pd.Series:
    """Which layer gaps may be published: both layers shown (:func:`layers_shown`).

    A gap to a shown layer gives a hidden layer's mean back (mean_b = mean_a -
    gap), so a gap is shown only when both of its layers are.

    Examples
    --------
    >>> t = pd.DataFrame({"layer": ["bestuur", "management", "uitvoering"],
    ...                   "dimension": ["trust"] * 3, "n_respondents": [3, 12, 30]})
    >>> g = pd.DataFrame({"dimension": ["trust"] * 2, "layer_a": ["management", "bestuur"],
    ...                   "layer_b": ["uitvoering", "uitvoering"], "n_a": [12, 3], "n_b": [30, 30]})
    >>> gaps_shown(g, t).tolist()
    [False, False]
    """
    if len(gaps) == 0:
        return pd.Series(dtype=bool)
    ok = by_layer[layers_shown(by_layer, threshold)]
    shown = set(zip(ok["layer"].astype(str), ok["dimension"].astype(str), strict=True))
    both = [
        (str(a), str(d)) in shown and (str(b), str(d)) in shown
        for a, b, d in zip(gaps["layer_a"], gaps["layer_b"], gaps["dimension"], strict=True)
    ]
    enough = (gaps["n_a"] >= threshold) & (gaps["n_b"] >= threshold)
    return pd.Series(both, index=gaps.index, dtype=bool) & enough


#: Resampled values per block of bootstrap means (1 MB of float64).
BOOT_BLOCK = 1 << 17


def bootstrap_means(
    x: np.ndarray, n_boot: int, rng: np.random.Generator, *, block: int = BOOT_BLOCK
) -> np.ndarray:
    """Means of ``n_boot`` resamples of ``x`` with replacement, drawn block by block.

    The same numbers as ``x[rng.integers(0, len(x), (n_boot, len(x)))].mean(axis=1)``
    (the draws come in the same order and every mean is taken over one row)
    without the two ``n_boot x len(x)`` arrays: blocks of about ``block``
    values stay in memory that is reused, instead of fresh pages per draw.

    Examples
    --------
    >>> x = np.array([1.0, 2.0, 4.0])
    >>> a = bootstrap_means(x, 5, np.random.default_rng(0), block=3)
    >>> b = x[np.random.default_rng(0).integers(0, 3, (5, 3))].mean(axis=1)
    >>> bool(np.array_equal(a, b))
    True
    """
    out = np.empty(n_boot)
    rows = max(1, block // max(len(x), 1))
    for start in range(0, n_boot, rows):
        stop = min(start + rows, n_boot)
        out[start:stop] = x[rng.integers(0, len(x), size=(stop - start, len(x)))].mean(axis=1)
    return out


def layer_gaps(
    scores: pd.DataFrame,
    *,
    by: str | None = None,
    n_boot: int = 2000,
    level: float = 0.95,
    seed: int = 0,
    min_respondents: int = 2,
) -> pd.DataFrame:
    """Perception gaps between layers per dimension, with bootstrap confidence intervals.

    Parameters
    ----------
    scores : pandas.DataFrame
        From :func:`respondent_scores`.
    by : str, optional
        Also split by this column (e.g. ``"org_id"``); None for the region.
    n_boot : int
        Bootstrap resamples.
    level : float
        Confidence level of the interval.
    seed : int
        Seed of :func:`numpy.random.default_rng`; the same seed gives the same
        intervals.
    min_respondents : int
        Both layers need at least this many respondents on the dimension.

    Returns
    -------
    pandas.DataFrame
        ``[by,]`` ``dimension``, ``layer_a``, ``layer_b`` (in the order
        bestuur, management, uitvoering), ``mean_a``, ``mean_b``, ``n_a``,
        ``n_b``, ``gap`` (= mean_a − mean_b), ``ci_low``, ``ci_high``,
        ``significant`` (the interval excludes 0).

    Examples
    --------
    >>> s = pd.DataFrame({"respondent_id": list("abcdef"), "org_id": ["A"] * 6,
    ...     "layer": ["bestuur"] * 3 + ["uitvoering"] * 3,
    ...     "trust": [4.5, 5.0, 4.0, 2.0, 2.5, 1.5]})
    >>> g = layer_gaps(s, seed=1)
    >>> g[["layer_a", "layer_b", "gap", "significant"]].values.tolist()
    [['bestuur', 'uitvoering', 2.5, True]]
    """
    if not 0 < level < 1:
        raise ValueError("level must be between 0 and 1")
    rng = np.random.default_rng(seed)
    dims = dimensions_of(scores)
    alpha = (1 - level) / 2
    rows: list[dict[str, object]] = []
    values = scores[dims].to_numpy(dtype=float, na_value=np.nan)
    layers = scores["layer"].astype(object).to_numpy()
    groups: list[tuple[object, np.ndarray]]
    if by is None:
        groups = [(None, np.arange(len(scores)))]
    else:
        # only groups where at least two layers have enough respondents can have a gap
        counts = scores.groupby([by, "layer"]).size().unstack(fill_value=0)
        eligible = counts.index[(counts >= min_respondents).sum(axis=1) >= 2]
        keys = scores[by].astype(object).to_numpy()
        groups = [(k, np.flatnonzero(keys == k)) for k in sorted(eligible, key=str)]
    for key, idx in groups:
        for j, dim in enumerate(dims):
            col = values[idx, j]
            per_layer = {lay: col[(layers[idx] == lay) & ~np.isnan(col)] for lay in LAYERS}
            for i, a in enumerate(LAYERS):
                for b in LAYERS[i + 1 :]:
                    xa, xb = per_layer[a], per_layer[b]
                    if len(xa) < min_respondents or len(xb) < min_respondents:
                        continue
                    gap = float(xa.mean() - xb.mean())
                    boot_a = bootstrap_means(xa, n_boot, rng)
                    boot_b = bootstrap_means(xb, n_boot, rng)
                    lo, hi = np.quantile(boot_a - boot_b, [alpha, 1 - alpha])
                    row: dict[str, object] = {} if by is None else {by: key}
                    row |= {
                        "dimension": dim,
                        "layer_a": a,
                        "layer_b": b,
                        "mean_a": float(xa.mean()),
                        "mean_b": float(xb.mean()),
                        "n_a": len(xa),
                        "n_b": len(xb),
                        "gap": gap,
                        "ci_low": float(lo),
                        "ci_high": float(hi),
                        "significant": bool(lo > 0 or hi < 0),
                    }
                    rows.append(row)
    cols = ([] if by is None else [by]) + [
        "dimension",
        "layer_a",
        "layer_b",
        "mean_a",
        "mean_b",
        "n_a",
        "n_b",
        "gap",
        "ci_low",
        "ci_high",
        "significant",
    ]
    return pd.DataFrame(rows, columns=cols)
