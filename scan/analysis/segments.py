"""Segments: organisations grouped by their profile (position, pressure, readiness).

The profile has three groups of features (:data:`FEATURES`): the
organisation's **position** in the collaboration network, the **pressure** on
its capacity and its **readiness** to collaborate. The recipe:

1. features that more than ``max_missing`` of the organisations lack (e.g.
   pressure when only a few partners delivered capacity) are dropped: filling
   most of a column with its median would make the feature meaningless; an
   organisation without any remaining feature is left out; remaining gaps are
   filled with the feature's median (and reported: how many, with which value);
2. every feature is standardised (mean 0, standard deviation 1) and divided
   by the square root of the number of features in its group, so that each
   group weighs the same whatever its number of features;
3. k-means (scikit-learn, ``n_init`` starts, seeded) for every ``k`` in
   ``k_range``; the ``k`` with the highest silhouette wins (ties: fewer
   segments); above ``silhouette_sample`` organisations the silhouette is
   computed on a seeded sample. A sample can choose another ``k`` when the
   silhouettes lie close together: on a synthetic 5,000-organisation region
   (silhouettes 0.19-0.22) a sample of 2,000 chose the ``k`` of all
   organisations for three of four seeds, a sample of 1,000 for one;
4. segments are numbered from the largest; each is described in words from
   its centroid: per group the mean standardised score is *high* above
   ``level_cut``, *low* below ``-level_cut``, else average; and labelled:

   ====================  =====================  ==================================
   label (nl)            label (en)             centroid
   ====================  =====================  ==================================
   voorlopers            front-runners          ready and central (not low), no
                                                more than average pressure
   overbelaste spillen   overloaded hubs        high pressure, not peripheral
   onder druk            under pressure         high pressure
   mee te nemen          to bring along         low readiness
   aan de rand           on the periphery       low position
   middenveld            middle group           otherwise
   ====================  =====================  ==================================

5. two segments never share a name (:func:`distinct_labels`): segments with the
   same label are told apart by the group in which their centroids differ
   most: "voorlopers: centraler" and "voorlopers: minder centraal" (with three
   or more: the most, the least and "in between").

The same data and seed always give the same segments. k-means and the
silhouette run on one thread (:data:`THREADS`): on a few thousand organisations
with five features the work per iteration is too small to share, and on a
machine whose cores are busy with other jobs, OpenMP threads waiting for each
other made the segments 5-10 times slower; one thread also makes the result
independent of the number of cores.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from scan.text import Lang, t

#: Feature → group of the profile.
FEATURES: dict[str, str] = {
    "degree_centrality": "position",
    "betweenness": "position",
    "utilisation": "pressure",
    "wait_days": "pressure",
    "readiness": "readiness",
}
GROUPS: tuple[str, ...] = ("position", "pressure", "readiness")

#: Threads of k-means and the silhouette (OpenMP and BLAS), see the module docstring.
THREADS = 1

#: The words of a level, in the catalogue's ``segment.<group>.<level>`` keys.
_LEVELS: tuple[str, str, str] = ("low", "average", "high")


@dataclass(frozen=True)
class Segmentation:
    """The result of :func:`segment`.

    Attributes
    ----------
    assignments : DataFrame
        Indexed by ``org_id``: ``segment`` (1 = largest), ``label``.
    segments : DataFrame
        One row per segment: ``segment``, ``size``, ``label`` (code),
        ``label_nl``, ``label_en``, ``description_nl``, ``description_en``,
        the group scores ``position_score``, ``pressure_score``,
        ``readiness_score`` (mean standardised score; NaN when the group has no
        feature) and the mean raw value of every feature.
    silhouette : DataFrame
        ``k`` and ``silhouette`` for every ``k`` tried.
    k : int
        Number of segments chosen.
    features : tuple of str
        Features used.
    dropped : tuple of str
        Features left out: absent, or missing for more than ``max_missing``
        of the organisations.
    imputed : DataFrame
        ``feature``, ``missing`` (organisations without a value), ``value``
        (the median filled in).
    excluded : tuple of str
        Organisations without any feature value, not segmented.
    """

    assignments: pd.DataFrame
    segments: pd.DataFrame
    silhouette: pd.DataFrame
    k: int
    features: tuple[str, ...]
    dropped: tuple[str, ...] = ()
    imputed: pd.DataFrame = field(default_factory=pd.DataFrame)
    excluded: tuple[str, ...] = ()


def level(score: float, cut: float = 0.5) -> int:
    """-1 (low), 0 (average) or 1 (high) for a standardised score; NaN is average.

    Examples
    --------
    >>> [level(x) for x in (0.8, 0.2, -0.6, float("nan"))]
    [1, 0, -1, 0]
    """
    if score is None or np.isnan(score):
        return 0
    return 1 if score > cut else (-1 if score < -cut else 0)


def label_for(position: float, pressure: float, readiness: float, cut: float = 0.5) -> str:
    """The label code of a centroid from its group scores (see the module docstring).

    Examples
    --------
    >>> label_for(1.0, -0.8, 0.9), label_for(0.9, 1.2, 0.0), label_for(0.0, 0.0, -1.0)
    ('front_runners', 'overloaded_hubs', 'to_bring_along')
    """
    pos, pre, rdy = level(position, cut), level(pressure, cut), level(readiness, cut)
    if pos >= 0 and rdy >= 0 and pre <= 0 and (pos > 0 or rdy > 0):
        return "front_runners"
    if pre > 0 and pos >= 0:
        return "overloaded_hubs"
    if pre > 0:
        return "under_pressure"
    if rdy < 0:
        return "to_bring_along"
    if pos < 0:
        return "periphery"
    return "middle"


def describe(scores: Mapping[str, float], language: Lang = "nl", cut: float = 0.5) -> str:
    """A centroid in words, e.g. "centraal in het netwerk, klaar voor samenwerking, weinig druk".

    Groups without a score (NaN) are left out.

    Examples
    --------
    >>> describe({"position": 1.0, "pressure": -1.0, "readiness": 0.7}, "en")
    'central in the network, ready to collaborate, little pressure'
    """
    parts = []
    for group in ("position", "readiness", "pressure"):
        x = scores.get(group, float("nan"))
        if x is None or np.isnan(x):
            continue
        parts.append(t(f"segment.{group}.{_LEVELS[level(x, cut) + 1]}", language))
    return ", ".join(parts)


def distinct_labels(segments: pd.DataFrame) -> pd.DataFrame:
    """The segments with ``label_nl``/``label_en`` made distinct.

    Segments sharing a label code are told apart by the group (position,
    pressure, readiness) whose centroid scores differ most between them: the
    one highest on it is "more …", the lowest "less …"; with three or more,
    "most …", "least …" and "in between" for the others (numbered if several).

    Parameters
    ----------
    segments : pandas.DataFrame
        ``label``, ``label_nl``, ``label_en`` and the group scores
        ``position_score``, ``pressure_score``, ``readiness_score``.

    Returns
    -------
    pandas.DataFrame
        A copy with distinct ``label_nl`` and ``label_en``; ``label`` (the
        code) is left as it is.

    Examples
    --------
    >>> s = pd.DataFrame({"label": ["front_runners"] * 2 + ["periphery"],
    ...     "label_nl": ["voorlopers"] * 2 + ["aan de rand"],
    ...     "label_en": ["front-runners"] * 2 + ["on the periphery"],
    ...     "position_score": [1.5, 0.6, -1.2], "pressure_score": [-0.6, -0.7, 0.1],
    ...     "readiness_score": [0.7, 0.9, -0.4]})
    >>> distinct_labels(s)["label_nl"].tolist()
    ['voorlopers: centraler', 'voorlopers: minder centraal', 'aan de rand']
    """
    out = segments.copy()
    if not len(out) or "label" not in out.columns:
        return out
    for _code, rows in out.groupby("label", sort=False):
        if len(rows) < 2:
            continue
        spread = {
            g: float(rows[f"{g}_score"].max() - rows[f"{g}_score"].min())
            for g in GROUPS
            if f"{g}_score" in rows.columns and rows[f"{g}_score"].notna().all()
        }
        if not spread:
            continue
        group = max(spread, key=lambda g: (spread[g], -GROUPS.index(g)))
        order = rows.sort_values(f"{group}_score", ascending=False, kind="stable").index
        n = len(order)
        words = (
            [f"more.{group}", f"less.{group}"]
            if n == 2
            else [f"most.{group}", *["between"] * (n - 2), f"least.{group}"]
        )
        for i, (index, word) in enumerate(zip(order, words, strict=True)):
            for lang in ("nl", "en"):
                qualifier = t(f"segment.{word}", lang)
                if word == "between" and n > 3:
                    qualifier = f"{qualifier} {i}"
                label = out.at[index, f"label_{lang}"]
                out.at[index, f"label_{lang}"] = t(
                    "segment.qualified", lang, label=label, qualifier=qualifier
                )
    return out


def segment(
    profile: pd.DataFrame,
    *,
    features: Mapping[str, str] | None = None,
    k_range: tuple[int, int] = (2, 6),
    seed: int = 0,
    n_init: int = 4,
    level_cut: float = 0.5,
    max_missing: float = 0.5,
    silhouette_sample: int = 2000,
) -> Segmentation:
    """Cluster organisations on their standardised profile with k-means.

    Parameters
    ----------
    profile : pandas.DataFrame
        Indexed by ``org_id``, with (some of) the feature columns.
    features : mapping, optional
        Feature → group (position, pressure or readiness); default
        :data:`FEATURES`.
    k_range : (int, int)
        Smallest and largest number of segments tried (inclusive; capped at
        the number of distinct profiles minus one).
    seed : int
        ``random_state`` of k-means (and of the silhouette sample).
    n_init : int
        k-means restarts.
    level_cut : float
        Standardised score above which a group is "high" (below minus it "low").
    max_missing : float
        A feature missing for a larger share of the organisations is dropped.
    silhouette_sample : int
        Above this many organisations the silhouette is computed on a seeded
        sample of this size.

    Returns
    -------
    Segmentation

    Examples
    --------
    >>> p = pd.DataFrame({"degree_centrality": [0.9, 0.8, 0.1, 0.2],
    ...     "utilisation": [0.7, 0.8, 1.4, 1.3], "readiness": [4.5, 4.2, 2.5, 2.8]},
    ...     index=pd.Index(list("ABCD"), name="org_id"))
    >>> s = segment(p, seed=1)
    >>> s.k, s.assignments["segment"].tolist()
    (2, [1, 1, 2, 2])
    >>> s.segments["label_en"].tolist()
    ['front-runners', 'under pressure']
    """
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score
    from threadpoolctl import threadpool_limits

    spec = dict(FEATURES if features is None else features)
    present = [f for f in spec if f in profile.columns]
    raw = profile[present].apply(pd.to_numeric, errors="coerce").astype(float)
    missing_share = raw.isna().mean() if len(raw) else pd.Series(1.0, index=present)
    dropped = tuple(
        f
        for f in spec
        if f not in present or raw[f].notna().sum() == 0 or missing_share[f] > max_missing + 1e-12
    )
    used = [f for f in present if f not in dropped]
    raw = raw[used]
    has_any = raw.notna().any(axis=1)
    excluded = tuple(str(v) for v in raw.index[~has_any])
    raw = raw[has_any]
    medians = raw.median()
    imputed = pd.DataFrame(
        {
            "feature": used,
            "missing": [int(raw[f].isna().sum()) for f in used],
            "value": [float(medians[f]) for f in used],
        }
    )
    filled = raw.fillna(medians)
    sd = filled.std(ddof=0).replace(0.0, 1.0)
    z = (filled - filled.mean()) / sd
    weights = pd.Series(
        {f: 1.0 / np.sqrt(sum(1 for g in used if spec[g] == spec[f])) for f in used}, dtype=float
    )
    X = (z * weights).to_numpy(float) if used else np.zeros((len(z), 0))
    n = len(X)
    distinct = len(np.unique(X, axis=0)) if n else 0
    k_low, k_high = k_range
    k_high = min(k_high, distinct - 1, n - 1)
    sil_rows = []
    best_labels = np.zeros(n, dtype=int)
    best_k = 1 if n else 0
    if k_high >= max(k_low, 2):
        best_score = -np.inf
        sample = silhouette_sample if n > silhouette_sample else None
        with threadpool_limits(limits=THREADS):
            for k in range(max(k_low, 2), k_high + 1):
                km = KMeans(n_clusters=k, n_init=n_init, random_state=seed)
                labels = km.fit_predict(X)
                score = float(silhouette_score(X, labels, sample_size=sample, random_state=seed))
                sil_rows.append({"k": k, "silhouette": score})
                if round(score, 9) > round(best_score, 9):
                    best_score, best_k, best_labels = score, k, labels
    silhouette = pd.DataFrame(sil_rows, columns=["k", "silhouette"])

    # number segments from the largest; ties by position score, then first member
    group_z = pd.DataFrame(index=z.index)
    for g in GROUPS:
        cols = [f for f in used if spec[f] == g]
        group_z[g] = z[cols].mean(axis=1) if cols else np.nan
    order_rows = []
    for lab in range(best_k):
        members = best_labels == lab
        pos = float(group_z.loc[members, "position"].mean()) if members.any() else np.nan
        first = int(np.flatnonzero(members)[0]) if members.any() else n
        order_rows.append((lab, -int(members.sum()), -(pos if not np.isnan(pos) else 0.0), first))
    order_rows.sort(key=lambda r: r[1:])
    renumber = {lab: i + 1 for i, (lab, *_rest) in enumerate(order_rows)}
    seg = np.array([renumber[int(x)] for x in best_labels], dtype=int)

    seg_rows = []
    for s in range(1, best_k + 1):
        members = seg == s
        scores = {g: float(group_z.loc[members, g].mean()) for g in GROUPS}
        code = label_for(scores["position"], scores["pressure"], scores["readiness"], level_cut)
        row: dict[str, object] = {
            "segment": s,
            "size": int(members.sum()),
            "label": code,
            "label_nl": t(f"segment.{code}", "nl"),
            "label_en": t(f"segment.{code}", "en"),
            "description_nl": describe(scores, "nl", level_cut),
            "description_en": describe(scores, "en", level_cut),
            **{f"{g}_score": x for g, x in scores.items()},
        }
        for f in used:
            row[f] = float(raw.loc[members, f].mean())
        seg_rows.append(row)
    segments = distinct_labels(pd.DataFrame(seg_rows))
    assignments = pd.DataFrame({"segment": seg}, index=z.index.rename("org_id"))
    labels_by_seg = (
        dict(zip(segments["segment"], segments["label"], strict=True)) if len(segments) else {}
    )
    assignments["label"] = assignments["segment"].map(labels_by_seg)
    return Segmentation(
        assignments=assignments,
        segments=segments,
        silhouette=silhouette,
        k=best_k,
        features=tuple(used),
        dropped=dropped,
        imputed=imputed,
        excluded=excluded,
    )
