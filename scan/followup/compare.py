"""The follow-up scan: what changed since the baseline ("Wat is er veranderd").

A year after the first scan the adviser runs it again to see whether the
measures worked. :func:`compare` sets two *rounds* side by side and lists

* organisations that left or entered the region (matched through codes,
  names and aliases: a renamed organisation is the same organisation);
* new and lost working relations, relations that became (or stopped being)
  mutual, and pairs whose trust or value changed clearly;
* the region's network figures, with a bootstrap interval for the change in
  trust and value among relations named in both rounds;
* bottlenecks and transfers that became heavier, lighter, new or gone, and
  organisations whose pressure (utilisation) changed;
* the baseline's quick wins that show up as realised (the missing link now
  works together, the pressure is relieved, …);
* readiness per dimension and layer, with a 95 % interval of the change, so
  that noise is not sold as progress.

A round is what a scan leaves behind: ``findings.json`` (the diagnosis,
``docs/findings.md``), ``monitor.json`` (what the follow-up needs beyond the
findings: the tie list, readiness per layer, capacity, initiatives; written
by :func:`write_monitor`) and ``positions.json`` (the network map's layout,
so the same organisation keeps its place in both maps). The current round is
computed from the data (:func:`round_from_data`), with the baseline's
diagnosis parameters so a change of weights is never shown as a change in the
region.

Only differences that pass a threshold (:class:`CompareParams`) or whose
interval excludes zero are *changes* (:meth:`Changes.headlines`); everything
else is shown as unchanged.

Examples
--------
>>> before = example_round(ties=[("A", "B"), ("B", "A")])
>>> after = example_round(ties=[("A", "B"), ("B", "A"), ("A", "C"), ("C", "A")])
>>> [(h.kind, h.key) for h in compare(before, after).headlines()]
[('tie_new', 'A-C')]
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from scan.config import SEED
from scan.disclosure import MIN_RATERS, SUPPRESSION_THRESHOLD
from scan.followup.actions import ACTION_COLUMNS, follow
from scan.followup.match import _orgs_of, match_organisations
from scan.followup.rounds import (
    _FREQ_LEVEL,
    MONITOR_FORMAT,
    MONITOR_VERSION,
    Round,
    _dump,
    beyond,
    load_round,
    positions_doc,
    round_from_data,
)
from scan.followup.rounds import number as _f

if TYPE_CHECKING:
    import networkx as nx

    from scan.analysis.analyse import Analysis
    from scan.data.model import ScanData
    from scan.diagnosis.model import Findings

# --------------------------------------------------------------------------------------
# Parameters
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompareParams:
    """When a difference counts as a change.

    Attributes
    ----------
    tie_change : float
        A pair's trust or value (mean of three items, 1-4) must move at least
        this much: one item by one point is noise.
    frequency_gap : int
        A one-sided tie of "less often" is closed when the two now report
        working together less than this many frequency levels apart (as
        ``AnalysisParams.asymmetry_frequency_gap``).
    score_change : float
        A bottleneck's or transfer's score (0-1) must move at least this much.
    utilisation_change : float
        An organisation's utilisation (latest period) must move at least this much.
    region_change : float
        Density or reciprocity (shares) must move at least this much.
    region_rating_change : float
        The mean change of trust or value within the same relations must be at
        least this large *and* its bootstrap interval must exclude 0.
    level : float
        Confidence level of the intervals.
    n_boot : int
        Bootstrap resamples (respondents resampled, their relations together).
    seed : int
        Seed of the bootstrap.
    min_respondents : int
        Readiness is compared only where both rounds have at least this many
        people (and the counts are never shown below the suppression threshold).
    min_raters : int
        A region-wide change in trust or value needs at least this many
        respondents whose relations are in both rounds.
    wait_change : float
        An action's wait (days, of a transfer or an organisation) must move
        at least this much.
    contact_change : float
        How often two organisations work together (0 never … 5 daily) must
        move at least this many steps.
    tables_change : float
        The tables an organisation sits at must change by at least this many.
    target_utilisation : float
        The aim the change agenda suggests for an organisation under pressure.
    """

    tie_change: float = 0.75
    frequency_gap: int = 3
    score_change: float = 0.1
    utilisation_change: float = 0.1
    region_change: float = 0.05
    region_rating_change: float = 0.1
    level: float = 0.95
    n_boot: int = 2000
    seed: int = SEED
    min_respondents: int = SUPPRESSION_THRESHOLD
    min_raters: int = 5
    wait_change: float = 2.0
    contact_change: float = 1.0
    tables_change: float = 1.0
    target_utilisation: float = 1.0

    def thresholds(self) -> dict[str, float]:
        """The smallest move of each action measure that counts (readiness: its interval)."""
        return {
            "transition_wait": self.wait_change,
            "utilisation": self.utilisation_change,
            "wait_days": self.wait_change,
            "contact": self.contact_change,
            "tables": self.tables_change,
            "readiness": math.inf,
        }


# --------------------------------------------------------------------------------------
# The comparison
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Headline:
    """One change that counts: its ``kind`` (``tie_new``, …), a stable ``key``, organisations."""

    kind: str
    key: str
    org_ids: tuple[str, ...]
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Changes:
    """Everything that changed between two rounds (:func:`compare`).

    Organisations are keyed by their *current* ``org_id``; an organisation that
    left keeps its baseline code (with ``†`` when that code is now someone
    else's). ``names`` gives the name shown for every key.

    Attributes
    ----------
    before, after : dict
        ``key``, ``name``, ``period`` of each round.
    organisations : DataFrame
        :func:`match_organisations`.
    pairs : DataFrame
        Per pair of organisations present in both rounds with a relation in
        either: ``org_a``, ``org_b``, ``before`` and ``after``
        (``none``/``one_sided``/``mutual``, over the directions whose
        respondent answered in both rounds), ``status`` (``new``, ``lost``,
        ``kept``, ``unknown``) and ``reciprocity`` (``gained``/``lost``/``""``).
    tie_changes : DataFrame
        Per relation named in both rounds: ``respondent``, ``partner``,
        ``trust_before``, ``trust_after``, ``value_before``, ``value_after``,
        ``d_trust``, ``d_value``, ``trust``/``value`` (``up``/``down``/``""``).
    network : DataFrame
        ``measure``, ``before``, ``after``, ``delta``, ``ci_low``, ``ci_high``, ``status``.
    bottlenecks : DataFrame
        ``id``, ``kind`` (bottleneck/transition), ``org_ids``, ``rank_before``,
        ``rank_after``, ``score_before``, ``score_after``, ``delta``,
        ``pressure_before``, ``pressure_after``, ``status``.
    pressure : DataFrame
        ``org_id``, ``period_before``, ``period_after``, ``utilisation_before``,
        ``utilisation_after``, ``delta``, ``status``.
    quick_wins : DataFrame
        The baseline's quick wins: ``id``, ``kind``, ``org_ids``, ``status``
        (``realised``, ``open``, ``left``, ``cannot_tell``), ``listed_now``, ``info``.
    readiness : DataFrame
        ``layer`` (``all`` or a layer), ``dimension``, ``mean_before``,
        ``mean_after``, ``n_before``, ``n_after``, ``delta``, ``ci_low``,
        ``ci_high``, ``status`` (``better``/``worse``/``same``/``too_few``).
    names : dict
        Key → name shown.
    types : dict
        Key → organisation type (for the map's colours).
    positions_before, positions_after : dict
        Map positions; the same organisation has the same place in both.
    ties_before, ties_after : tuple of (str, str)
        Directed relations of each round (current keys), for the map.
    notes : tuple of str
        Keys ``note.*`` of the catalogue (``followup.note.*``) with their fields: what could
        not be compared.
    params : CompareParams
    anonymised : bool
        Names are codes; sentences never quote the baseline.
    current : Round or None
        This scan as a round (with the positions of its map), for the next
        follow-up (:func:`write_current`).
    actions : DataFrame
        The change agenda's actions and what their measures did
        (:func:`scan.followup.actions.follow`); empty without an agenda.
    """

    before: dict[str, Any]
    after: dict[str, Any]
    organisations: pd.DataFrame
    pairs: pd.DataFrame
    tie_changes: pd.DataFrame
    network: pd.DataFrame
    bottlenecks: pd.DataFrame
    pressure: pd.DataFrame
    quick_wins: pd.DataFrame
    readiness: pd.DataFrame
    names: dict[str, str]
    types: dict[str, str | None]
    positions_before: dict[str, tuple[float, float]]
    positions_after: dict[str, tuple[float, float]]
    ties_before: tuple[tuple[str, str], ...]
    ties_after: tuple[tuple[str, str], ...]
    notes: tuple[tuple[str, dict[str, str]], ...] = ()
    params: CompareParams = field(default_factory=CompareParams)
    anonymised: bool = False
    current: Round | None = None
    actions: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=list(ACTION_COLUMNS))
    )

    def headlines(self) -> list[Headline]:
        """The changes that count, in a fixed order (see :class:`CompareParams`)."""
        out: list[Headline] = []
        for r in self.organisations.itertuples(index=False):
            if r.status == "left":
                key = _leaver_key(r.before_id, self.names)
                out.append(Headline("org_left", key, (key,)))
        for r in self.organisations.itertuples(index=False):
            if r.status == "entered":
                out.append(Headline("org_entered", str(r.org_id), (str(r.org_id),)))
        for r in self.pairs.itertuples(index=False):
            pair = (str(r.org_a), str(r.org_b))
            if r.status in ("new", "lost"):
                out.append(Headline(f"tie_{r.status}", "-".join(pair), pair))
            elif r.reciprocity in ("gained", "lost"):
                out.append(Headline(f"mutual_{r.reciprocity}", "-".join(pair), pair))
        for measure in ("trust", "value"):
            flagged = self.tie_changes[self.tie_changes[measure] != ""]
            by_pair: dict[tuple[str, str], list[Any]] = {}
            for r in flagged.itertuples(index=False):
                first, second = sorted((str(r.respondent), str(r.partner)))
                by_pair.setdefault((first, second), []).append(r)
            for pair, rows in sorted(by_pair.items()):
                ups = {getattr(r, measure) for r in rows}
                direction = ups.pop() if len(ups) == 1 else "mixed"
                out.append(
                    Headline(
                        f"{measure}_{direction}",
                        "-".join(pair),
                        pair,
                        {
                            "rows": [
                                (
                                    str(r.respondent),
                                    str(r.partner),
                                    getattr(r, f"{measure}_before"),
                                    getattr(r, f"{measure}_after"),
                                )
                                for r in rows
                            ]
                        },
                    )
                )
        for r in self.network.itertuples(index=False):
            if r.status in ("up", "down"):
                out.append(
                    Headline(
                        f"network_{r.status}",
                        str(r.measure),
                        (),
                        {"measure": r.measure, "before": r.before, "after": r.after},
                    )
                )
        for r in self.bottlenecks.itertuples(index=False):
            if r.status in ("heavier", "lighter", "new", "gone"):
                out.append(
                    Headline(
                        f"{r.kind}_{r.status}",
                        str(r.id),
                        tuple(r.org_ids),
                        {
                            "before": r.score_before,
                            "after": r.score_after,
                            "pressure_before": r.pressure_before,
                            "pressure_after": r.pressure_after,
                        },
                    )
                )
        for r in self.pressure.itertuples(index=False):
            if r.status in ("up", "down"):
                out.append(
                    Headline(
                        f"pressure_{r.status}",
                        str(r.org_id),
                        (str(r.org_id),),
                        {"before": r.utilisation_before, "after": r.utilisation_after},
                    )
                )
        for r in self.quick_wins.itertuples(index=False):
            if r.status == "realised":
                out.append(
                    Headline("quick_win_realised", str(r.id), tuple(r.org_ids), dict(r.info))
                )
        for r in self.readiness.itertuples(index=False):
            if r.status in ("better", "worse"):
                out.append(
                    Headline(
                        f"readiness_{r.status}",
                        f"{r.dimension}-{r.layer}",
                        (),
                        {
                            "dimension": r.dimension,
                            "layer": r.layer,
                            "before": r.mean_before,
                            "after": r.mean_after,
                        },
                    )
                )
        return out

    def anonymise(self, codes: Mapping[str, str]) -> Changes:
        """The same changes with codes instead of names (for the anonymised report).

        Parameters
        ----------
        codes : mapping
            Current ``org_id`` → code (:func:`scan.data.privacy.anonymise`). An
            organisation that left gets a code of its type numbered on from
            the current ones (``HA-10``).
        """
        from scan.data.privacy import TYPE_CODES

        used: dict[str, int] = {}
        for code in codes.values():
            prefix, _, number = code.rpartition("-")
            if number.isdigit():
                used[prefix] = max(used.get(prefix, 0), int(number))
        names: dict[str, str] = {}
        for key in sorted(self.names):
            if key in codes:
                names[key] = codes[key]
            else:
                prefix = TYPE_CODES.get(str(self.types.get(key)), "OV")
                used[prefix] = used.get(prefix, 0) + 1
                names[key] = f"{prefix}-{used[prefix]}"
        orgs = self.organisations.copy()
        orgs["before_name"] = orgs["before_id"].map(
            lambda b: None if b is None or pd.isna(b) else names.get(_leaver_key(b, self.names), "")
        )
        orgs["name"] = orgs["org_id"].map(lambda o: None if o is None else names.get(str(o)))
        quick = self.quick_wins.copy()
        quick["info"] = [
            {k: v for k, v in info.items() if k not in ("initiative_a", "initiative_b")}
            for info in quick["info"]
        ]
        # a guessed match names both spellings: by its code only
        fuzzy = orgs[orgs["method"] == "fuzzy"]
        guessed = ", ".join(str(n) for n in fuzzy["name"] if n)
        notes = tuple(
            (key, {"pairs": guessed} if key == "note.fuzzy" else fields)
            for key, fields in self.notes
        )
        return replace(
            self, names=names, organisations=orgs, quick_wins=quick, notes=notes, anonymised=True
        )


def _leaver_key(before_id: object, names: Mapping[str, str]) -> str:
    """The key of an organisation that left: its baseline code, marked when now taken."""
    key = str(before_id)
    return key if f"{key}†" not in names else f"{key}†"


def _level(frequency: object) -> int | None:
    if frequency is None or (isinstance(frequency, float) and math.isnan(frequency)):
        return None
    return _FREQ_LEVEL.get(str(frequency).strip().lower())


def _bootstrap_mean(
    groups: Sequence[Sequence[float]], n_boot: int, level: float, seed: int
) -> tuple[float, float]:
    """Percentile interval of the mean of all values, resampling the groups (respondents)."""
    groups = [g for g in groups if len(g)]
    if not groups:
        return math.nan, math.nan
    rng = np.random.default_rng(seed)
    sums = np.array([float(np.sum(g)) for g in groups])
    sizes = np.array([len(g) for g in groups], dtype=float)
    picks = rng.integers(0, len(groups), size=(n_boot, len(groups)))
    means = sums[picks].sum(axis=1) / sizes[picks].sum(axis=1)
    alpha = (1 - level) / 2
    lo, hi = np.quantile(means, [alpha, 1 - alpha])
    return float(lo), float(hi)


def _state(named: set[tuple[str, str]], respondents: set[str], a: str, b: str) -> str:
    """A pair's relation in one round: ``mutual``, ``one_sided``, ``none`` or ``unknown``.

    A direction is only known to be absent when its respondent answered; a
    pair with no named direction and an unknown one is ``unknown``.
    """
    hits = [d for d in ((a, b), (b, a)) if d in named]
    if len(hits) == 2:
        return "mutual"
    if hits:
        return "one_sided"
    return "none" if {a, b} <= respondents else "unknown"


def compare(before: Round, after: Round, params: CompareParams | None = None) -> Changes:
    """What changed from ``before`` to ``after``.

    Parameters
    ----------
    before : Round
        The baseline (:func:`load_round`).
    after : Round
        This scan (:func:`round_from_data`); its positions are computed here
        from the baseline's when it has none.
    params : CompareParams, optional

    Returns
    -------
    Changes
    """
    p = params or CompareParams()
    notes: list[tuple[str, dict[str, str]]] = [("note.params", {})]
    orgs = match_organisations(_orgs_of(before), _orgs_of(after))
    tr: dict[str, str] = {
        str(r.before_id): str(r.org_id)
        for r in orgs.itertuples(index=False)
        if r.before_id is not None and r.org_id is not None
    }
    names: dict[str, str] = {}
    types: dict[str, str | None] = {}
    for o in _orgs_of(after):
        names[str(o["org_id"])] = str(o.get("name", o["org_id"]))
        types[str(o["org_id"])] = o.get("type")
    before_types = {str(o["org_id"]): o.get("type") for o in _orgs_of(before)}
    for r in orgs.itertuples(index=False):
        if r.status == "left":
            key = str(r.before_id) if str(r.before_id) not in names else f"{r.before_id}†"
            names[key] = str(r.before_name)
            types[key] = before_types.get(str(r.before_id))
            tr.setdefault(str(r.before_id), key)
    fuzzy = orgs[orgs["method"] == "fuzzy"]
    if len(fuzzy):
        pairs_text = ", ".join(f"{r.before_name} → {r.name}" for r in fuzzy.itertuples(index=False))
        notes.append(("note.fuzzy", {"pairs": pairs_text}))
    present = {
        str(r.org_id) for r in orgs.itertuples(index=False) if r.status not in ("left", "entered")
    }

    # -- relations ---------------------------------------------------------------------------
    def ties_of(
        r: Round, mapping: Mapping[str, str] | None
    ) -> tuple[dict[tuple[str, str], dict[str, Any]], set[str]]:
        if r.monitor is None:
            return {}, set()
        m = (lambda x: mapping.get(x, x)) if mapping is not None else (lambda x: x)
        ties = {
            (m(str(t["respondent_org"])), m(str(t["partner_org"]))): t
            for t in r.monitor.get("ties", [])
        }
        return ties, {m(str(x)) for x in r.monitor.get("respondents", [])}

    t_before, resp_before = ties_of(before, tr)
    t_after, resp_after = ties_of(after, None)
    have_monitor = before.monitor is not None and after.monitor is not None
    if before.monitor is None:
        notes.append(("note.no_monitor", {}))
    answered = resp_before & resp_after
    pair_rows: list[dict[str, Any]] = []
    change_rows: list[dict[str, Any]] = []
    if have_monitor:
        pairs = {
            tuple(sorted(d)) for d in (*t_before, *t_after) if d[0] in present and d[1] in present
        }
        named_before, named_after = set(t_before), set(t_after)
        for a, b in sorted(pairs):
            s_before = _state(named_before, resp_before, a, b)
            s_after = _state(named_after, resp_after, a, b)
            if s_before == "none" and s_after in ("one_sided", "mutual"):
                status = "new"
            elif s_before in ("one_sided", "mutual") and s_after == "none":
                status = "lost"
            elif s_before in ("one_sided", "mutual") and s_after in ("one_sided", "mutual"):
                status = "kept"
            else:
                status = "unknown" if "unknown" in (s_before, s_after) else "none"
            reciprocity = ""
            both_known = {a, b} <= answered
            if status == "kept" and both_known and s_before != s_after:
                reciprocity = "gained" if s_after == "mutual" else "lost"
            pair_rows.append(
                {
                    "org_a": a,
                    "org_b": b,
                    "before": s_before,
                    "after": s_after,
                    "status": status,
                    "reciprocity": reciprocity,
                }
            )
        for d in sorted(set(t_before) & set(t_after)):
            if d[0] not in answered or d[1] not in present:
                continue
            row: dict[str, Any] = {"respondent": d[0], "partner": d[1]}
            for measure in ("trust", "value"):
                x, y = _f(t_before[d].get(measure)), _f(t_after[d].get(measure))
                delta = y - x
                row[f"{measure}_before"], row[f"{measure}_after"] = x, y
                row[f"d_{measure}"] = delta
                flag = ("up" if delta > 0 else "down") if beyond(delta, p.tie_change) else ""
                row[measure] = flag
            change_rows.append(row)
    pair_cols = ["org_a", "org_b", "before", "after", "status", "reciprocity"]
    pairs_frame = pd.DataFrame(pair_rows, columns=pair_cols)
    pairs_frame = pairs_frame[pairs_frame["status"] != "none"].reset_index(drop=True)
    change_cols = [
        "respondent",
        "partner",
        "trust_before",
        "trust_after",
        "value_before",
        "value_after",
        "d_trust",
        "d_value",
        "trust",
        "value",
    ]
    tie_changes = pd.DataFrame(change_rows, columns=change_cols)

    # -- the network as a whole ---------------------------------------------------------------
    net_rows: list[dict[str, Any]] = []
    if have_monitor and before.monitor and after.monitor:
        nb, na = before.monitor.get("network") or {}, after.monitor.get("network") or {}
        for measure in (
            "ties",
            "density",
            "reciprocity",
            "mean_trust",
            "mean_value",
            "response_rate",
        ):
            x, y = _f(nb.get(measure)), _f(na.get(measure))
            status = ""
            if measure in ("density", "reciprocity") and not math.isnan(y - x):
                status = ("up" if y > x else "down") if beyond(y - x, p.region_change) else "same"
            net_rows.append(
                {
                    "measure": measure,
                    "before": x,
                    "after": y,
                    "delta": y - x,
                    "ci_low": math.nan,
                    "ci_high": math.nan,
                    "status": status,
                }
            )
        for measure in ("trust", "value"):
            kept = tie_changes.dropna(subset=[f"d_{measure}"])
            groups = [g[f"d_{measure}"].tolist() for _, g in kept.groupby("respondent", sort=True)]
            before_mean = float(kept[f"{measure}_before"].mean()) if len(kept) else math.nan
            after_mean = float(kept[f"{measure}_after"].mean()) if len(kept) else math.nan
            delta = float(kept[f"d_{measure}"].mean()) if len(kept) else math.nan
            lo, hi = _bootstrap_mean(groups, p.n_boot, p.level, p.seed)
            if len(groups) < MIN_RATERS:  # a mean of one or two raters is never shown
                before_mean = after_mean = delta = lo = hi = math.nan
            status = "same"
            enough = len(groups) >= p.min_raters
            real = not math.isnan(lo) and (lo > 0 or hi < 0)
            if enough and real and abs(delta) >= p.region_rating_change:
                status = "up" if delta > 0 else "down"
            net_rows.append(
                {
                    "measure": f"{measure}_kept",
                    "before": before_mean,
                    "after": after_mean,
                    "delta": delta,
                    "ci_low": lo,
                    "ci_high": hi,
                    "status": status,
                }
            )
    network = pd.DataFrame(
        net_rows, columns=["measure", "before", "after", "delta", "ci_low", "ci_high", "status"]
    )

    # -- bottlenecks and transfers ------------------------------------------------------------
    bottlenecks = _bottlenecks(before, after, tr, present, p)

    # -- pressure -----------------------------------------------------------------------------
    press_rows: list[dict[str, Any]] = []
    if have_monitor and before.monitor and after.monitor:
        cb = {
            tr.get(str(c["org_id"]), str(c["org_id"])): c
            for c in before.monitor.get("capacity", [])
        }
        ca = {str(c["org_id"]): c for c in after.monitor.get("capacity", [])}
        for org in sorted(set(cb) & set(ca) & present):
            x, y = _f(cb[org].get("utilisation")), _f(ca[org].get("utilisation"))
            status = ("up" if y > x else "down") if beyond(y - x, p.utilisation_change) else "same"
            press_rows.append(
                {
                    "org_id": org,
                    "period_before": cb[org].get("period"),
                    "period_after": ca[org].get("period"),
                    "utilisation_before": x,
                    "utilisation_after": y,
                    "delta": y - x,
                    "status": status,
                }
            )
    pressure = pd.DataFrame(
        press_rows,
        columns=[
            "org_id",
            "period_before",
            "period_after",
            "utilisation_before",
            "utilisation_after",
            "delta",
            "status",
        ],
    )

    # -- quick wins ---------------------------------------------------------------------------
    quick = _quick_wins(before, after, tr, present, t_after, resp_after, p)

    # -- readiness ----------------------------------------------------------------------------
    readiness = _readiness(before, after, p)

    # -- positions ----------------------------------------------------------------------------
    pos_before, pos_after = _positions(before, after, tr, p.seed)
    return Changes(
        before=dict(before.findings.get("region", {})),
        after=dict(after.findings.get("region", {})),
        organisations=orgs,
        pairs=pairs_frame,
        tie_changes=tie_changes,
        network=network,
        bottlenecks=bottlenecks,
        pressure=pressure,
        quick_wins=quick,
        readiness=readiness,
        names=names,
        types=types,
        positions_before=pos_before,
        positions_after=pos_after,
        ties_before=tuple(sorted(t_before)),
        ties_after=tuple(sorted(t_after)),
        notes=tuple(notes),
        params=p,
        current=replace(after, positions=pos_after),
    )


def _bottlenecks(
    before: Round, after: Round, tr: Mapping[str, str], present: set[str], p: CompareParams
) -> pd.DataFrame:
    """Bottlenecks and transfers of both rounds, by their (translated) id."""
    cols = [
        "id",
        "kind",
        "org_ids",
        "rank_before",
        "rank_after",
        "score_before",
        "score_after",
        "delta",
        "pressure_before",
        "pressure_after",
        "status",
    ]
    rows: dict[str, dict[str, Any]] = {}

    def scores_of(r: Round, mapping: Mapping[str, str] | None) -> dict[str, dict[str, Any]]:
        out = {}
        for o in r.findings.get("organisation_scores", []):
            key = str(o["org_id"])
            out[mapping.get(key, key) if mapping else key] = o
        return out

    s_before, s_after = scores_of(before, tr), scores_of(after, None)
    for side, r, mapping in (("before", before, tr), ("after", after, None)):
        for list_name, kind, prefix in (
            ("bottlenecks", "bottleneck", "B"),
            ("transitions", "transition", "T"),
        ):
            for f in r.findings.get(list_name, []):
                ids = [str(o["org_id"]) for o in f.get("organisations", [])]
                ids = [mapping.get(i, i) for i in ids] if mapping else ids
                key = f"{prefix}-{'-'.join(ids)}"
                row = rows.setdefault(
                    key,
                    {
                        "id": key,
                        "kind": kind,
                        "org_ids": tuple(ids),
                        "rank_before": math.nan,
                        "rank_after": math.nan,
                        "score_before": math.nan,
                        "score_after": math.nan,
                        "pressure_before": math.nan,
                        "pressure_after": math.nan,
                    },
                )
                row[f"rank_{side}"] = float(f.get("rank", math.nan))
                row[f"score_{side}"] = _f(f.get("score"))
                row[f"pressure_{side}"] = _f((f.get("scores") or {}).get("pressure"))
    for key, row in rows.items():
        if row["kind"] == "bottleneck":
            org = row["org_ids"][0]
            for side, scores in (("before", s_before), ("after", s_after)):
                if math.isnan(row[f"score_{side}"]) and org in scores:
                    row[f"score_{side}"] = _f(scores[org].get("score"))
                    row[f"pressure_{side}"] = _f((scores[org].get("groups") or {}).get("pressure"))
        delta = row["score_after"] - row["score_before"]
        row["delta"] = delta
        listed_b, listed_a = not math.isnan(row["rank_before"]), not math.isnan(row["rank_after"])
        if any(o not in present for o in row["org_ids"]):
            status = "left" if listed_b and not listed_a else "entered" if listed_a else "left"
        elif listed_b and not listed_a:
            status = "gone" if math.isnan(delta) or delta <= -p.score_change + 1e-9 else "unchanged"
        elif listed_a and not listed_b:
            status = "new" if math.isnan(delta) or delta >= p.score_change - 1e-9 else "unchanged"
        elif beyond(delta, p.score_change):
            status = "heavier" if delta > 0 else "lighter"
        else:
            status = "unchanged"
        row["status"] = status
        del key
    frame = pd.DataFrame(list(rows.values()), columns=cols)
    return frame.sort_values(["kind", "rank_before", "rank_after"], na_position="last").reset_index(
        drop=True
    )


def _qw_id(f: Mapping[str, Any], ids: Sequence[str], original: Sequence[str]) -> str:
    """The id of a baseline quick win with the organisations' current codes."""
    fid = str(f["id"])
    if list(ids) == list(original):
        return fid
    kind = str(f["kind"])
    prefix = f"QW-{kind}-"
    if kind in ("missing_link", "front_runners"):
        return prefix + "-".join(sorted(ids))
    if kind == "capacity_pool":
        rest = fid.removeprefix(prefix + "-".join(original))
        return prefix + "-".join(ids) + rest
    if kind in ("asymmetric_tie", "too_many_tables"):
        return prefix + "-".join(ids)
    return fid


def _quick_wins(
    before: Round,
    after: Round,
    tr: Mapping[str, str],
    present: set[str],
    t_after: Mapping[tuple[str, str], Mapping[str, Any]],
    resp_after: set[str],
    p: CompareParams,
) -> pd.DataFrame:
    """Whether each of the baseline's quick wins shows up as realised now."""
    cols = ["id", "kind", "org_ids", "status", "listed_now", "info"]
    qp = before.findings.get("params", {}).get("quick_wins", {}) or {}
    weak = int(qp.get("weak_tie_level", 1))
    min_gap = float(qp.get("min_gap", 1.0))
    now_ids = {str(f["id"]) for f in after.findings.get("quick_wins", [])}
    mon_a = after.monitor or {}
    mon_b = before.monitor
    services = {
        (str(s["org_id"]), str(s.get("service"))): _f(s.get("utilisation"))
        for s in mon_a.get("services", [])
    }
    load = {str(x["org_id"]): int(x["tables"]) for x in mon_a.get("load", [])}
    inits_a = {str(i["initiative"]): i for i in mon_a.get("initiatives", [])}
    gaps = {
        (str(g["dimension"]), str(g["layer_a"]), str(g["layer_b"])): g
        for g in mon_a.get("gaps", [])
    }
    rows = []
    for f in before.findings.get("quick_wins", []):
        kind = str(f["kind"])
        original = [str(o["org_id"]) for o in f.get("organisations", [])]
        ids = [tr.get(o, o) for o in original]
        ev = f.get("evidence", {}) or {}
        info: dict[str, Any] = {}
        status = "open"
        if any(i not in present for i in ids):
            status = "left"
        elif after.monitor is None:
            status = "cannot_tell"
        elif kind == "missing_link":
            a, b = ids
            if a not in resp_after and b not in resp_after:
                status = "cannot_tell"
            else:
                levels = [
                    _level(t_after[d].get("frequency")) for d in ((a, b), (b, a)) if d in t_after
                ]
                known = [lv if lv is not None else 1 for lv in levels]
                if known and max(known) > weak:
                    status = "realised"
                    info["frequency"] = max(known)
        elif kind == "asymmetric_tie":
            a, b = ids
            if b not in resp_after:
                status = "cannot_tell"
            elif (b, a) in t_after:
                reason = ev.get("reason")
                if reason == "not_named_back":
                    status = "realised"
                elif reason == "less_often" and (a, b) in t_after:
                    # how often each says they work together (answers, not ratings)
                    ab = _level(t_after[(a, b)].get("frequency"))
                    ba = _level(t_after[(b, a)].get("frequency"))
                    if ab is not None and ba is not None and ab - ba < p.frequency_gap:
                        status = "realised"
                else:
                    # rated lower (an older scan): whether it closed would set one partner's
                    # rating against the other's, two raters (docs/findings.md)
                    status = "cannot_tell"
        elif kind == "capacity_pool":
            service = str(ev.get("service"))
            now = services.get((ids[0], service), math.nan)
            was = _f(ev.get("utilisation_a"))
            info |= {"service": service, "before": was, "after": now}
            if math.isnan(now):
                status = "cannot_tell"
            elif now <= 1.0 or (not math.isnan(was) and was - now >= p.utilisation_change - 1e-9):
                status = "realised"
        elif kind == "front_runners":
            if mon_b is None:
                status = "cannot_tell"
            else:
                old = {str(i["initiative"]) for i in mon_b.get("initiatives", [])}
                for name, init in inits_a.items():
                    active = init.get("status") not in ("finished", "stopped")
                    if active and name not in old and set(ids) <= set(init.get("members", [])):
                        status = "realised"
                        info["initiative"] = name
        elif kind == "tables_to_merge":
            names = [str(ev.get("initiative_a")), str(ev.get("initiative_b"))]
            info |= {"initiative_a": names[0], "initiative_b": names[1]}
            running = [
                n in inits_a and inits_a[n].get("status") not in ("finished", "stopped")
                for n in names
            ]
            if not all(running):
                status = "realised"
        elif kind == "too_many_tables":
            tables = load.get(ids[0])
            limit = int(_f(ev.get("max_tables"))) if not math.isnan(_f(ev.get("max_tables"))) else 5
            info |= {"tables": tables, "max_tables": limit}
            if tables is None or tables <= limit:
                status = "realised"
        elif kind == "perception_gap":
            key = (str(ev.get("dimension")), str(ev.get("layer_a")), str(ev.get("layer_b")))
            info |= {"dimension": key[0], "layer_a": key[1], "layer_b": key[2]}
            g = gaps.get(key)
            if g is None:
                status = "cannot_tell"
            elif not g.get("significant") or abs(_f(g.get("gap"))) < min_gap:
                status = "realised"
        new_id = _qw_id(f, ids, original)
        rows.append(
            {
                "id": new_id,
                "kind": kind,
                "org_ids": tuple(ids),
                "status": status,
                "listed_now": new_id in now_ids,
                "info": info,
            }
        )
    return pd.DataFrame(rows, columns=cols)


def _readiness(before: Round, after: Round, p: CompareParams) -> pd.DataFrame:
    """Readiness per dimension and layer in both rounds, the change and its interval."""
    cols = [
        "layer",
        "dimension",
        "mean_before",
        "mean_after",
        "n_before",
        "n_after",
        "delta",
        "ci_low",
        "ci_high",
        "status",
    ]
    if before.monitor is None or after.monitor is None:
        return pd.DataFrame(columns=cols)
    z = statistics.NormalDist().inv_cdf(1 - (1 - p.level) / 2)
    rb = {(str(r["layer"]), str(r["dimension"])): r for r in before.monitor.get("readiness", [])}
    ra = {(str(r["layer"]), str(r["dimension"])): r for r in after.monitor.get("readiness", [])}
    rows = []
    for key in [k for k in rb if k in ra] + [k for k in ra if k not in rb]:
        x, y = rb.get(key, {}), ra.get(key, {})
        nx_, ny = _f(x.get("n")), _f(y.get("n"))
        mx, my = _f(x.get("mean")), _f(y.get("mean"))
        sx, sy = _f(x.get("sd")), _f(y.get("sd"))
        row: dict[str, Any] = {
            "layer": key[0],
            "dimension": key[1],
            "mean_before": mx,
            "mean_after": my,
            "n_before": x.get("n"),
            "n_after": y.get("n"),
            "delta": my - mx,
            "ci_low": math.nan,
            "ci_high": math.nan,
            "status": "too_few",
        }
        enough = not math.isnan(nx_ + ny + mx + my) and min(nx_, ny) >= p.min_respondents
        if enough:
            se = math.sqrt(
                (0 if math.isnan(sx) else sx) ** 2 / nx_ + (0 if math.isnan(sy) else sy) ** 2 / ny
            )
            lo, hi = (my - mx) - z * se, (my - mx) + z * se
            row |= {"ci_low": lo, "ci_high": hi}
            row["status"] = "better" if lo > 0 else "worse" if hi < 0 else "same"
        rows.append(row)
    return pd.DataFrame(rows, columns=cols)


def _graph_from(
    ties: Iterable[tuple[str, str]],
    frequencies: Mapping[tuple[str, str], Any],
    nodes: Iterable[str],
) -> nx.DiGraph:
    """A graph for the layout: every organisation a node, ties with their strength."""
    import networkx as nx

    from scan.analysis.network import strength_of

    G = nx.DiGraph()
    G.add_nodes_from(sorted(nodes))
    for u, v in ties:
        G.add_edge(u, v, strength=strength_of(_level(frequencies.get((u, v)))))
    return G


def _positions(
    before: Round, after: Round, tr: Mapping[str, str], seed: int
) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """Map positions of both rounds: every organisation present in both keeps its place."""
    from scan.analysis.layout import layout

    seed = int(before.findings.get("params", {}).get("seed", seed))
    mon_b, mon_a = before.monitor or {}, after.monitor or {}
    nodes_after = [str(o["org_id"]) for o in _orgs_of(after)]
    nodes_before = [tr.get(str(o["org_id"]), str(o["org_id"])) for o in _orgs_of(before)]
    if before.positions:
        pos_b = {tr.get(k, k): v for k, v in before.positions.items()}
    else:
        ties_b = [
            (tr.get(str(t["respondent_org"]), ""), tr.get(str(t["partner_org"]), ""))
            for t in mon_b.get("ties", [])
        ]
        freq_b = {
            (tr.get(str(t["respondent_org"]), ""), tr.get(str(t["partner_org"]), "")): t.get(
                "frequency"
            )
            for t in mon_b.get("ties", [])
        }
        G = _graph_from([t for t in ties_b if all(t)], freq_b, nodes_before)
        pos_b = {str(k): v for k, v in layout(G, seed=seed).items()}
    if after.positions:
        pos_a = dict(after.positions)
    else:
        ties_a = [(str(t["respondent_org"]), str(t["partner_org"])) for t in mon_a.get("ties", [])]
        freq_a = {
            (str(t["respondent_org"]), str(t["partner_org"])): t.get("frequency")
            for t in mon_a.get("ties", [])
        }
        G = _graph_from(ties_a, freq_a, nodes_after)
        previous: dict[Hashable, tuple[float, float]] = {k: v for k, v in pos_b.items()}
        pos_a = {str(k): v for k, v in layout(G, seed=seed, previous=previous).items()}
    return pos_b, pos_a


# --------------------------------------------------------------------------------------
# Building the comparison for a region
# --------------------------------------------------------------------------------------


def write_current(changes: Changes, folder: Path) -> list[Path]:
    """Write this scan's ``monitor.json`` and ``positions.json`` (for the next follow-up).

    Returns
    -------
    list of Path
        The files written (none when the changes carry no current round).
    """
    current = changes.current
    if current is None or current.monitor is None:
        return []
    seed = int(current.findings.get("params", {}).get("seed", changes.params.seed))
    out = [_dump(current.monitor, folder / "monitor.json")]
    if current.positions:
        out.append(_dump(positions_doc(current.positions, seed), folder / "positions.json"))
    return out


def build(
    data: ScanData,
    baseline: str | Path | Round,
    *,
    analysis: Analysis | None = None,
    findings: Findings | None = None,
    params: CompareParams | None = None,
) -> Changes:
    """The changes of a region's data since a baseline, with the baseline's diagnosis settings.

    Parameters
    ----------
    data : ScanData
        This scan's data (not anonymised).
    baseline : path or Round
        The earlier report folder, its ``findings.json``, or a region's raw data.
    analysis, findings : optional
        This scan's, when already computed; the findings are made anew when
        their parameters differ from the baseline's (and the analysis when its
        seed does).
    params : CompareParams, optional
    """
    from scan.diagnosis.findings import DiagnosisParams

    before = baseline if isinstance(baseline, Round) else load_round(baseline)
    prm = before.findings.get("params")
    dparams = DiagnosisParams.from_mapping(prm) if prm else None
    if dparams is not None and findings is not None and findings.params != dparams:
        findings = None  # diagnosed with other settings: diagnose again with the baseline's
        if analysis is not None and int(analysis.params.seed) != dparams.seed:
            analysis = None
    after = round_from_data(data, analysis, findings, params=dparams)
    changes = compare(before, after, params)
    if not len(data.agenda):
        return changes
    translate = {
        str(r.before_id): str(r.org_id)
        for r in changes.organisations.itertuples(index=False)
        if r.before_id is not None and r.org_id is not None
    }
    actions = follow(
        data.agenda,
        before,
        after,
        translate=translate,
        thresholds=changes.params.thresholds(),
        readiness=changes.readiness,
    )
    return replace(changes, actions=actions)


# --------------------------------------------------------------------------------------
# A tiny example (for the docs and the tests)
# --------------------------------------------------------------------------------------


def example_round(
    ties: Sequence[tuple[str, str]],
    *,
    orgs: Sequence[tuple[str, str]] = (("A", "Aa"), ("B", "Bb"), ("C", "Cc")),
    trust: Mapping[tuple[str, str], float] | None = None,
    period: str = "2026",
) -> Round:
    """A hand-made round: organisations, weekly ties (trust 3 unless given), everyone answered."""
    organisations = [{"org_id": o, "name": n, "type": "vvt", "aliases": []} for o, n in orgs]
    mon = {
        "format": MONITOR_FORMAT,
        "version": MONITOR_VERSION,
        "region": {"key": "x", "name": "X", "period": period},
        "organisations": organisations,
        "respondents": [o for o, _ in orgs],
        "ties": [
            {
                "respondent_org": a,
                "partner_org": b,
                "frequency": "weekly",
                "trust": (trust or {}).get((a, b), 3.0),
                "value": 3.0,
            }
            for a, b in ties
        ],
        "network": None,
        "capacity": [],
        "services": [],
        "readiness": [],
        "gaps": [],
        "initiatives": [],
        "load": [],
    }
    findings = {
        "format": "netwerkscan-findings",
        "version": 1,
        "region": {"key": "x", "name": "X", "period": period},
        "params": {"seed": 1},
        "bottlenecks": [],
        "transitions": [],
        "quick_wins": [],
        "organisation_scores": [{"org_id": o, "name": n} for o, n in orgs],
    }
    return Round(findings=findings, monitor=mon)
